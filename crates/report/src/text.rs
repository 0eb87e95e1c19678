//! The report as text, for a terminal or a plain file: a short summary first (each subject's
//! verdict), then the safety advice when anything was flagged, then what each flagged subject's
//! findings mean and the options, then what was and was not checked, and always the reminder
//! that "nothing found" proves nothing.
//!
//! Colour and symbols are for terminals: without them (`Style::plain`, when the output is not a
//! terminal or `NO_COLOR` is set) the text reads the same.

use std::fmt::Write as _;

use unstalk_judge::{ScanReport, SubjectReport, Verdict};

use crate::Catalogue;
use crate::contacts::{Contact, contact_line};

/// How the text is decorated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// ANSI colours for verdicts and headings.
    pub colour: bool,
    /// Every finding of each subject with its raw evidence, not only the reasons.
    pub verbose: bool,
    /// The terminal's width in columns, when printing to one: prose is wrapped to fit, but
    /// never wider than [`WIDTH`] (long lines are hard to read).
    pub terminal_columns: Option<usize>,
}

impl Style {
    /// No colour, reasons only.
    pub fn plain() -> Style {
        Style::default()
    }

    /// The width prose is wrapped at.
    fn width(self) -> usize {
        self.terminal_columns
            .map_or(WIDTH, |columns| columns.clamp(NARROWEST, WIDTH))
    }
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";

/// Width of the indented blocks of prose in a file, and at most on a terminal.
const WIDTH: usize = 92;

/// Below this, a terminal is treated as this wide: words would not fit anyway.
const NARROWEST: usize = 40;

/// The whole report as text in `catalogue`'s language.
pub fn render(report: &ScanReport, catalogue: &Catalogue, style: Style) -> String {
    render_with_contacts(report, catalogue, style, &[])
}

/// [`render`], with where to find help listed after the safety advice.
pub fn render_with_contacts(
    report: &ScanReport,
    catalogue: &Catalogue,
    style: Style,
    contacts: &[Contact],
) -> String {
    let text = |id: &str| catalogue.message(id);
    let report = &*crate::displayable(report);
    let mut out = String::new();
    out.push_str(&text(crate::read_only_message(report)));
    out.push_str("\n\n");
    if let Some(case) = &report.case_reference {
        let _ = writeln!(out, "{}: {case}\n", text("case-reference"));
    }

    let subjects = crate::by_verdict(report);
    heading(&mut out, &text("summary-heading"), style);
    for subject in &subjects {
        let _ = writeln!(out, "  {}", subject_line(subject, catalogue, style));
    }
    out.push('\n');
    if let Some(warning) = crate::unread_warning(catalogue, report) {
        wrap_into(&mut out, &warning, "  ", style.width());
        out.push('\n');
    }
    wrap_into(
        &mut out,
        &text("nothing-found-disclaimer"),
        "  ",
        style.width(),
    );
    out.push('\n');
    // Which lists the verdicts rest on, and whether they are current, belongs next to the
    // verdicts: a stale list is a reason a phone can look clean.
    if report.indicator_sets.is_empty() {
        wrap_into(
            &mut out,
            &text("pdf-no-indicator-sets"),
            "  ",
            style.width(),
        );
        out.push('\n');
    }
    for set in &report.indicator_sets {
        let (line, warning) = crate::indicator_set_lines(catalogue, set, &report.created);
        wrap_into(&mut out, &line, "  ", style.width());
        if let Some(warning) = warning {
            wrap_into(&mut out, &warning, "  ", style.width());
        }
        out.push('\n');
    }

    let flagged: Vec<&&SubjectReport> = subjects
        .iter()
        .filter(|s| s.verdict != Verdict::NothingFound)
        .collect();
    if !flagged.is_empty() {
        heading(&mut out, &text("safety-heading"), style);
        for id in crate::SAFETY_MESSAGES {
            wrap_into(&mut out, &text(id), "  ", style.width());
            out.push('\n');
        }
        if !contacts.is_empty() {
            let _ = writeln!(out, "  {}:", text("contacts-heading"));
            for contact in contacts {
                let _ = writeln!(out, "   - {}", contact_line(contact));
            }
            out.push('\n');
        }
    }

    let detailed: Vec<&&SubjectReport> = subjects
        .iter()
        .filter(|s| style.verbose || s.verdict != Verdict::NothingFound)
        .collect();
    if !detailed.is_empty() {
        heading(&mut out, &text("details-heading"), style);
        for subject in detailed {
            subject_details(&mut out, subject, catalogue, style);
        }
    }

    heading(&mut out, &text("checked-heading"), style);
    for check in &report.checked {
        let _ = writeln!(out, "  - {}", catalogue.checked_line(check));
    }
    out.push('\n');
    heading(&mut out, &text("not-checked-heading"), style);
    for not in &report.not_checked {
        let _ = writeln!(out, "  - {}", catalogue.not_checked_line(not));
    }
    out
}

fn subject_details(out: &mut String, subject: &SubjectReport, catalogue: &Catalogue, style: Style) {
    let _ = writeln!(out, "{}", subject_line(subject, catalogue, style));
    let explained = crate::explained(subject, style.verbose, catalogue);
    for (index, (finding, family, guidance)) in explained.iter().enumerate() {
        let family = family
            .map(|family| format!(" ({family})"))
            .unwrap_or_default();
        let _ = writeln!(out, "  * {}{family}", guidance.title);
        wrap_into(out, &guidance.what, "      ", style.width());
        if index < 3 {
            wrap_into(out, &guidance.means, "      ", style.width());
            wrap_into(out, &guidance.sure, "      ", style.width());
        }
        if style.verbose {
            for same in subject.findings.iter().filter(|f| f.id == finding.id) {
                for evidence in &same.evidence {
                    let values: Vec<String> = evidence
                        .values
                        .iter()
                        .map(|(name, value)| format!("{name}={value}"))
                        .collect();
                    let _ = writeln!(out, "      > {}", values.join("  "));
                }
            }
        }
    }
    // The options and cautions of the most telling reason (the first: indicators, then
    // covert traits).
    if let Some((_, _, guidance)) = explained.first() {
        out.push('\n');
        wrap_into(out, &guidance.next, "  ", style.width());
        wrap_into(out, &guidance.avoid, "  ", style.width());
    }
    out.push('\n');
}

/// Marker, verdict and the subject, on one line.
fn subject_line(subject: &SubjectReport, catalogue: &Catalogue, style: Style) -> String {
    format!(
        "{} {}  {}",
        marker(subject.verdict, style),
        verdict_label(catalogue, subject.verdict, style),
        crate::describe(subject, catalogue)
    )
}

fn heading(out: &mut String, title: &str, style: Style) {
    if style.colour {
        let _ = writeln!(out, "{BOLD}{title}{RESET}");
    } else {
        let _ = writeln!(out, "{title}");
        let _ = writeln!(out, "{}", "=".repeat(title.chars().count()));
    }
}

fn verdict_label(catalogue: &Catalogue, verdict: Verdict, style: Style) -> String {
    let label = crate::verdict_label(catalogue, verdict);
    if !style.colour {
        return label;
    }
    let colour = match verdict {
        Verdict::KnownStalkerware => "\x1b[1;31m",
        Verdict::StalkerwareLike => "\x1b[1;33m",
        Verdict::KnownWatchware => "\x1b[1;36m",
        Verdict::NothingFound => "",
    };
    format!("{colour}{label}{RESET}")
}

/// A symbol that survives without colour: on a terminal, the one every renderer shows; in
/// plain text, ASCII.
fn marker(verdict: Verdict, style: Style) -> &'static str {
    match (verdict, style.colour) {
        (Verdict::NothingFound, true) => "·",
        (_, true) => crate::verdict_symbol(verdict).trim_end(),
        (Verdict::KnownStalkerware | Verdict::StalkerwareLike, false) => "!!",
        (Verdict::KnownWatchware, false) => "! ",
        (Verdict::NothingFound, false) => "- ",
    }
}

/// `text` wrapped at `width` columns, each line after `indent`.
fn wrap_into(out: &mut String, text: &str, indent: &str, width: usize) {
    if text.is_empty() {
        return;
    }
    let mut line = String::new();
    // Only ASCII spaces break a line: French puts no-break spaces before `:` and `;`.
    for word in text.split_ascii_whitespace() {
        if !line.is_empty()
            && indent.len() + line.chars().count() + 1 + word.chars().count() > width
        {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
}
