//! The report as an evidence-ready PDF: a cover that identifies the check (case reference, date,
//! tool and indicator-set versions, every input's SHA-256), the summary, the safety advice, what
//! each flagged subject's findings mean, what was and was not checked, and an appendix with the
//! raw evidence of every finding.
//!
//! Typst lays it out in-process (line breaking, tables, page numbers, a tagged PDF that screen
//! readers can follow) with fonts compiled into the binary, so a PDF needs no browser, LaTeX or
//! installed font. Why Typst and not a drawing crate such as printpdf or krilla: those place
//! glyphs where they are told, so paragraphs, page breaks and tables in four languages would be
//! ours to write and get wrong; Typst's cost is build time (a cold release build of unstalk with it
//! took 7½ minutes on two cores) and binary size (59 MB stripped).
//!
//! The layout is `pdf/report.typ`. It reads one JSON document, [`PdfReport`], holding the texts
//! already in the reader's language: no string from a scan (an app's name, a path) is ever
//! written into Typst markup, so hostile input cannot change the document. Characters the PDF
//! cannot or should not draw as themselves are written as their code point (see `printable`).

use std::sync::LazyLock;

use serde::Serialize;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};
use unstalk_judge::{EvidenceSource, Finding, ScanReport, SubjectReport, Verdict};

use crate::Catalogue;
use crate::contacts::{Contact, contact_line};

const TEMPLATE: &str = include_str!("pdf/report.typ");

/// Why a PDF could not be made. The template and the data are both ours, so this is a bug to
/// report, never something the reader did.
#[derive(Debug, thiserror::Error)]
#[error(
    "could not lay out the PDF report: {0} (this is a bug in unstalk; the JSON and HTML reports still work)"
)]
pub struct PdfError(String);

/// The whole report as a PDF in `catalogue`'s language, with where to find help listed after
/// the safety advice.
pub fn render(
    report: &ScanReport,
    catalogue: &Catalogue,
    contacts: &[Contact],
) -> Result<Vec<u8>, PdfError> {
    let data = PdfReport::new(report, catalogue, contacts);
    let mut data = serde_json::to_value(&data).map_err(|error| PdfError(error.to_string()))?;
    crate::show_code_points(&mut data, &printable);
    let json = serde_json::to_vec(&data).map_err(|error| PdfError(error.to_string()))?;
    let world = ReportWorld::new(json);
    let document = typst::compile::<typst_layout::PagedDocument>(&world)
        .output
        .map_err(|errors| PdfError(diagnostics(&world, &errors)))?;
    let options = PdfOptions {
        ident: typst::foundations::Smart::Custom(format!("unstalk-report-{}", report.created)),
        creator: typst::foundations::Smart::Custom(Some(format!(
            "{} {}",
            report.tool.name, report.tool.version
        ))),
        timestamp: created_timestamp(&report.created),
        // PDF/A-2a: the archival PDF courts and records offices ask for (everything needed to
        // show it is inside the file), tagged so that screen readers can follow it.
        standards: PdfStandards::new(&[PdfStandard::A_2a])
            .map_err(|error| PdfError(error.message().to_string()))?,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError(diagnostics(&world, &errors)))
}

/// Typst's messages, each with the template line it points at.
fn diagnostics(world: &ReportWorld, errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .map(|error| {
            let line = world
                .range(error.span)
                .and_then(|range| world.main.lines().byte_to_line(range.start))
                .map(|line| format!("report.typ line {}: ", line + 1))
                .unwrap_or_default();
            format!("{line}{}", error.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The scan's time as the PDF's creation date, so one report always gives the same PDF.
fn created_timestamp(created: &str) -> Option<Timestamp> {
    let parsed =
        time::OffsetDateTime::parse(created, &time::format_description::well_known::Rfc3339)
            .ok()?
            .to_offset(time::UtcOffset::UTC);
    let datetime = Datetime::from_ymd_hms(
        parsed.year(),
        parsed.month().into(),
        parsed.day(),
        parsed.hour(),
        parsed.minute(),
        parsed.second(),
    )?;
    Some(Timestamp::new_utc(datetime))
}

/// What the layout prints, in the reader's language. Field names are the template's.
#[derive(Serialize)]
struct PdfReport {
    lang: String,
    title: String,
    subtitle: String,
    tool: String,
    created: String,
    case_reference: Option<String>,
    read_only: String,
    in_short: String,
    /// [`crate::unread_warning`], on the cover and under the summary.
    unread: Option<String>,
    labels: Labels,
    inputs: Vec<InputView>,
    indicator_sets: Vec<IndicatorSetView>,
    subjects: Vec<SubjectView>,
    safety: Option<SafetyView>,
    details: Vec<DetailView>,
    checked: Vec<String>,
    not_checked: Vec<String>,
    evidence: Vec<EvidenceView>,
}

#[derive(Serialize)]
struct Labels {
    case_reference: String,
    created: String,
    tool: String,
    in_short: String,
    inputs: String,
    indicator_sets: String,
    no_indicator_sets: String,
    indicator_counts: String,
    hash_note: String,
    summary: String,
    disclaimer: String,
    details: String,
    see_appendix: String,
    checked: String,
    not_checked: String,
    nothing_skipped: String,
    appendix: String,
    appendix_intro: String,
    page: String,
}

#[derive(Serialize)]
struct InputView {
    kind: String,
    path: String,
    sha256: String,
}

#[derive(Serialize)]
struct IndicatorSetView {
    names: String,
    /// Which set and its date, in the reader's language.
    line: String,
    /// Said plainly when the set is old (see [`crate::indicator_set_lines`]).
    warning: Option<String>,
    sources: Vec<SourceView>,
    counts: String,
}

#[derive(Serialize)]
struct SourceView {
    name: String,
    version: Option<String>,
    sha256: String,
}

#[derive(Serialize)]
struct SubjectView {
    verdict: &'static str,
    verdict_label: String,
    symbol: &'static str,
    flagged: bool,
    description: String,
}

#[derive(Serialize)]
struct SafetyView {
    heading: String,
    paragraphs: Vec<String>,
    contacts_heading: String,
    contacts: Vec<String>,
}

#[derive(Serialize)]
struct DetailView {
    #[serde(flatten)]
    subject: SubjectView,
    explained: Vec<ExplainedView>,
    next: Option<String>,
    avoid: Option<String>,
}

#[derive(Serialize)]
struct ExplainedView {
    title: String,
    parts: Vec<String>,
}

#[derive(Serialize)]
struct EvidenceView {
    description: String,
    rows: Vec<EvidenceRow>,
}

/// One finding of a subject: its id with severity and confidence, then the indicator entry that
/// matched, where each piece of evidence came from and its raw values, one per line.
#[derive(Serialize)]
struct EvidenceRow {
    finding: String,
    values: Vec<String>,
}

impl PdfReport {
    fn new(report: &ScanReport, catalogue: &Catalogue, contacts: &[Contact]) -> PdfReport {
        let text = |id: &str| catalogue.message(id);
        let subjects = crate::by_verdict(report);
        let flagged = subjects
            .iter()
            .any(|subject| subject.verdict != Verdict::NothingFound);
        let safety = flagged.then(|| SafetyView {
            heading: text("safety-heading"),
            paragraphs: crate::SAFETY_MESSAGES.iter().map(|id| text(id)).collect(),
            contacts_heading: text("contacts-heading"),
            contacts: contacts.iter().map(contact_line).collect(),
        });
        PdfReport {
            lang: catalogue.language().to_owned(),
            title: text("pdf-title"),
            subtitle: text("pdf-subtitle"),
            tool: format!("{} {}", report.tool.name, report.tool.version),
            created: report.created.clone(),
            case_reference: report.case_reference.clone(),
            read_only: text(crate::read_only_message(report)),
            in_short: in_short(&subjects, catalogue),
            unread: crate::unread_warning(catalogue, report),
            labels: Labels {
                case_reference: text("case-reference"),
                created: text("pdf-created"),
                tool: text("pdf-tool"),
                in_short: text("pdf-in-short"),
                inputs: text("pdf-inputs"),
                indicator_sets: text("pdf-indicator-sets"),
                no_indicator_sets: text("pdf-no-indicator-sets"),
                indicator_counts: text("pdf-indicator-counts"),
                hash_note: text("pdf-hash-note"),
                summary: text("summary-heading"),
                disclaimer: text("nothing-found-disclaimer"),
                details: text("details-heading"),
                see_appendix: text("pdf-see-appendix"),
                checked: text("checked-heading"),
                not_checked: text("not-checked-heading"),
                nothing_skipped: text("pdf-nothing-skipped"),
                appendix: text("pdf-appendix-heading"),
                appendix_intro: text("pdf-appendix-intro"),
                page: text("pdf-page"),
            },
            inputs: report
                .inputs
                .iter()
                .map(|input| InputView {
                    kind: json_name(&input.kind),
                    path: input.path.clone(),
                    sha256: input.sha256.clone().unwrap_or_else(|| "-".to_owned()),
                })
                .collect(),
            indicator_sets: report
                .indicator_sets
                .iter()
                .map(|set| {
                    let (line, warning) =
                        crate::indicator_set_lines(catalogue, set, &report.created);
                    IndicatorSetView {
                        line,
                        warning,
                        names: set
                            .sources
                            .iter()
                            .map(|source| source.name.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                        sources: set
                            .sources
                            .iter()
                            .map(|source| SourceView {
                                name: source.name.clone(),
                                version: source.version.clone(),
                                sha256: source.sha256.clone(),
                            })
                            .collect(),
                        counts: set
                            .counts
                            .iter()
                            .filter(|(_, count)| **count > 0)
                            .map(|(kind, count)| format!("{kind} {count}"))
                            .collect::<Vec<_>>()
                            .join(", "),
                    }
                })
                .collect(),
            subjects: subjects
                .iter()
                .map(|subject| SubjectView::new(subject, catalogue))
                .collect(),
            safety,
            details: subjects
                .iter()
                .filter(|subject| subject.verdict != Verdict::NothingFound)
                .map(|subject| DetailView::new(subject, catalogue))
                .collect(),
            checked: report
                .checked
                .iter()
                .map(|check| catalogue.checked_line(check))
                .collect(),
            not_checked: report
                .not_checked
                .iter()
                .map(|not| catalogue.not_checked_line(not))
                .collect(),
            evidence: subjects
                .iter()
                .filter(|subject| !subject.findings.is_empty())
                .map(|subject| EvidenceView::new(subject, catalogue))
                .collect(),
        }
    }
}

/// How many subjects got each verdict, flagged verdicts first: `1 × Known stalkerware · …`
/// (a form that needs no plural or punctuation rule of any language).
fn in_short(subjects: &[&SubjectReport], catalogue: &Catalogue) -> String {
    let mut counts: Vec<(Verdict, usize)> = Vec::new();
    for subject in subjects {
        match counts.last_mut() {
            Some((verdict, count)) if *verdict == subject.verdict => *count += 1,
            _ => counts.push((subject.verdict, 1)),
        }
    }
    counts
        .iter()
        .map(|(verdict, count)| format!("{count} × {}", crate::verdict_label(catalogue, *verdict)))
        .collect::<Vec<_>>()
        .join(" · ")
}

impl SubjectView {
    fn new(subject: &SubjectReport, catalogue: &Catalogue) -> SubjectView {
        SubjectView {
            verdict: subject.verdict.as_str(),
            verdict_label: crate::verdict_label(catalogue, subject.verdict),
            symbol: crate::verdict_symbol(subject.verdict),
            flagged: matches!(
                subject.verdict,
                Verdict::KnownStalkerware | Verdict::StalkerwareLike
            ),
            description: crate::describe(subject, catalogue),
        }
    }
}

impl DetailView {
    fn new(subject: &SubjectReport, catalogue: &Catalogue) -> DetailView {
        let explained = crate::explained(subject, false, catalogue);
        let options = explained.first().map(|(_, _, guidance)| guidance);
        DetailView {
            subject: SubjectView::new(subject, catalogue),
            next: options.map(|guidance| guidance.next.clone()),
            avoid: options.map(|guidance| guidance.avoid.clone()),
            explained: explained
                .iter()
                .map(|(_, family, guidance)| ExplainedView {
                    title: match family {
                        Some(family) => format!("{} ({family})", guidance.title),
                        None => guidance.title.clone(),
                    },
                    parts: [&guidance.what, &guidance.means, &guidance.sure]
                        .into_iter()
                        .filter(|part| !part.is_empty())
                        .cloned()
                        .collect(),
                })
                .collect(),
        }
    }
}

impl EvidenceView {
    fn new(subject: &SubjectReport, catalogue: &Catalogue) -> EvidenceView {
        EvidenceView {
            description: crate::describe(subject, catalogue),
            rows: subject.findings.iter().map(EvidenceRow::new).collect(),
        }
    }
}

impl EvidenceRow {
    fn new(finding: &Finding) -> EvidenceRow {
        let mut values = Vec::new();
        if let Some(indicator) = &finding.indicator {
            values.push(format!(
                "indicator: {} {} ({}{})",
                indicator.kind,
                indicator.value,
                indicator.source,
                indicator
                    .family
                    .as_ref()
                    .map(|family| format!(", {family}"))
                    .unwrap_or_default()
            ));
        }
        for evidence in &finding.evidence {
            values.push(format!("source: {}", source_line(&evidence.source)));
            values.extend(
                evidence
                    .values
                    .iter()
                    .map(|(name, value)| format!("{name}={value}")),
            );
        }
        EvidenceRow {
            finding: format!(
                "{} ({}, {})",
                finding.id.as_str(),
                json_name(&finding.severity),
                json_name(&finding.confidence)
            ),
            values,
        }
    }
}

/// The name a value has in the JSON report (`high`, `apk`), so the appendix and the JSON agree.
fn json_name(value: &impl Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// Where a piece of evidence was read, as a path, command or packet.
fn source_line(source: &EvidenceSource) -> String {
    match source {
        EvidenceSource::File { path, entry, line } => {
            let mut place = path.clone();
            if let Some(entry) = entry {
                place.push_str(" > ");
                place.push_str(entry);
            }
            if let Some(line) = line {
                place.push_str(&format!(" line {line}"));
            }
            place
        }
        EvidenceSource::Command { command } => command.clone(),
        EvidenceSource::Packet { capture, frame } => format!("{capture} frame {frame}"),
    }
}

/// Whether `c` is drawn as itself in the PDF: a character every report shows as itself
/// ([`crate::shown_as_is`]) that an embedded font has and PDF/A allows. PDF/A may not show a
/// character it has no glyph for, and an app's name from the wild can be in any script; the
/// code point written instead keeps the value exact for the record.
fn printable(c: char) -> bool {
    if c.is_ascii_graphic() || c == ' ' {
        return true;
    }
    // PDF/A-2 forbids these in a font's text mapping (krilla's validator names them).
    let refused_by_pdf_a = matches!(
        u32::from(c),
        0xFFFE | 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD
    );
    crate::shown_as_is(c)
        && !refused_by_pdf_a
        && FONTS
            .1
            .iter()
            .any(|font| font.info().coverage.contains(u32::from(c)))
}

/// The fonts every PDF is set in, compiled into the binary.
static FONTS: LazyLock<(LazyHash<FontBook>, Vec<Font>)> = LazyLock::new(|| {
    let fonts: Vec<Font> = typst_assets::fonts()
        .flat_map(|data| Font::iter(Bytes::new(data)))
        .collect();
    (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// The one Typst "project" a report is: the template and the report's JSON, nothing from disk.
struct ReportWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
}

impl ReportWorld {
    fn new(json: Vec<u8>) -> ReportWorld {
        let main_id = file_id("/report.typ");
        ReportWorld {
            main: Source::new(main_id, TEMPLATE.to_owned()),
            data_id: file_id("/report.json"),
            data: Bytes::new(json),
        }
    }
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable!("a fixed, valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_owned()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.1.get(index).cloned()
    }

    /// The template never asks for today's date: a report shows when the scan ran.
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_without_a_glyph_and_direction_overrides_are_written_as_code_points() {
        let mut value = serde_json::json!({
            "name": "现代 Müller \u{202E}evil ☺",
            "nested": ["ok", "tab\there", "What\u{200B}sApp\u{E000}\u{FEFF}"],
        });
        crate::show_code_points(&mut value, &printable);
        assert_eq!(
            value,
            serde_json::json!({
                "name": "[U+73B0][U+4EE3] Müller [U+202E]evil ☺",
                "nested": ["ok", "tab[U+0009]here", "What[U+200B]sApp[U+E000][U+FEFF]"],
            })
        );
    }

    /// Strings of characters chosen to trouble a layout: every script's letters, combining
    /// marks, joiners, direction controls, emoji, private-use and unassigned code points, Typst
    /// syntax, very long words, many lines.
    fn awkward_string(seed: &mut u64) -> String {
        const POOL: &[&str] = &[
            "a",
            "Z",
            "é",
            "ß",
            "Ж",
            "ω",
            "ש",
            "ع",
            "ह",
            "ก",
            "中",
            "한",
            "あ",
            "\u{0301}",
            "\u{200D}",
            "\u{200B}",
            "\u{202E}",
            "\u{2066}",
            "\u{FEFF}",
            "🙂",
            "👩\u{200D}💻",
            "\u{E000}",
            "\u{10FFFF}",
            "\u{0378}",
            "\t",
            "\n",
            "\r",
            "\u{0}",
            "\u{7F}",
            "#",
            "$",
            "*",
            "_",
            "[",
            "]",
            "{",
            "}",
            "<",
            ">",
            "@",
            "`",
            "\\",
            "=",
            "/",
            " ",
            "#panic(\"x\")",
            "#set page(width: 1pt)",
            "QUJD",
        ];
        let mut next = || {
            // xorshift64: reproducible, no dependency.
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            *seed
        };
        let length = (next() % 300) as usize;
        (0..length)
            .map(|_| POOL[(next() % POOL.len() as u64) as usize])
            .collect()
    }

    #[test]
    fn any_strings_a_scan_can_carry_lay_out() {
        let catalogue = Catalogue::load("en").expect("catalogue");
        let mut seed = 0x5eed_u64;
        for round in 0..24 {
            let mut report = ScanReport::new("2026-11-24T00:00:00Z");
            report.case_reference = Some(awkward_string(&mut seed));
            let subject = unstalk_judge::Subject::App {
                package: awkward_string(&mut seed),
                name: Some(awkward_string(&mut seed)),
                version: Some(awkward_string(&mut seed)),
                sha256: None,
            };
            let mut finding = Finding::new(
                unstalk_judge::FindingId::AppBehaviourStalkerwareLike,
                unstalk_judge::Severity::High,
                unstalk_judge::Confidence::Medium,
                subject.clone(),
            );
            let mut evidence = unstalk_judge::Evidence::new(EvidenceSource::File {
                path: awkward_string(&mut seed),
                entry: Some(awkward_string(&mut seed)),
                line: None,
            });
            for _ in 0..4 {
                evidence
                    .values
                    .insert(awkward_string(&mut seed), awkward_string(&mut seed));
            }
            finding.evidence.push(evidence);
            let mut entry = SubjectReport::new(subject, vec![finding]);
            entry.verdict = Verdict::StalkerwareLike;
            entry.reasons = vec![0];
            report.subjects.push(entry);
            let pdf = render(&report, &catalogue, &[])
                .unwrap_or_else(|error| panic!("round {round}: {error}"));
            assert!(pdf.starts_with(b"%PDF-"), "round {round}");
        }
    }

    #[test]
    fn an_empty_report_lays_out() {
        let report = ScanReport::new("2026-11-24T00:00:00Z");
        for language in crate::languages() {
            let catalogue = Catalogue::load(language).expect("catalogue");
            let pdf = render(&report, &catalogue, &[]).expect("PDF");
            assert!(pdf.starts_with(b"%PDF-"));
        }
    }
}
