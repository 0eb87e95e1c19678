//! Words for people: the texts a report is made of, in the reader's language.
//!
//! Every finding id has a guidance entry in every shipped language (a test enforces it): what
//! was found, in plain words; what it can do to the person; how sure unstalk is and why; what
//! the options are; and what not to do, because removing stalkerware can alert the person who
//! installed it. Texts live in Fluent catalogues, `locales/<lang>/*.ftl`, one folder per
//! language, embedded at build time: adding a language is adding a folder.
//!
//! [`text`] renders a [`ScanReport`](unstalk_judge::ScanReport) with these texts for a
//! terminal or a plain file, [`html`] as one self-contained page, [`pdf`] as an evidence-ready
//! document.
//!
//! A finding's entry is the message `finding-<slug>` (dots of the slug written `_`, since Fluent
//! names cannot hold dots: `finding-indicator_package`) whose value is a short title and whose
//! attributes are the [`GUIDANCE_ATTRIBUTES`]. The other messages a report needs are listed in
//! [`UI_MESSAGES`].
//!
//! What was and was not checked, and why, comes from the scanners as English lines, each with
//! a [`Phrase`]: a `check-…` or `why-…` message and its args (numbers, paths, error messages,
//! left untranslated). [`Catalogue::phrase`] says it in the reader's language, and the English
//! line is shown when a report has no phrase or no catalogue has the message.

pub mod contacts;
pub mod html;
pub mod pdf;
pub mod text;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;
use unstalk_judge::{FindingId, Phrase};

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// The language used when the reader's is not shipped, and for any text a catalogue lacks.
pub const FALLBACK_LANGUAGE: &str = "en";

/// The prefixes of the messages that say what was checked (`check-…`) and why something was
/// not (`why-…`): the phrases of a report's `checked` and `not_checked` lines, whose ids the
/// scanners list (`unstalk_scan::phrases::PHRASE_IDS`).
pub const PHRASE_PREFIXES: [&str; 2] = ["check-", "why-"];

/// The attributes of every finding's entry.
pub const GUIDANCE_ATTRIBUTES: [&str; 5] = ["what", "means", "sure", "next", "avoid"];

/// The messages every catalogue has besides the findings' entries.
pub const UI_MESSAGES: &[&str] = &[
    "read-only-files",
    "read-only-phone",
    "verdict-known_stalkerware",
    "verdict-known_watchware",
    "verdict-stalkerware_like",
    "verdict-nothing_found",
    "summary-heading",
    "case-reference",
    "checked-heading",
    "not-checked-heading",
    "nothing-found-disclaimer",
    "summary-unread",
    "safety-heading",
    "safety-notify",
    "safety-document",
    "safety-advocate",
    "safety-device",
    "safety-options",
    "contacts-heading",
    "details-heading",
    "evidence-heading",
    "pdf-title",
    "pdf-subtitle",
    "pdf-created",
    "pdf-tool",
    "pdf-in-short",
    "pdf-inputs",
    "pdf-indicator-sets",
    "pdf-no-indicator-sets",
    "pdf-indicator-counts",
    "pdf-hash-note",
    "pdf-see-appendix",
    "pdf-nothing-skipped",
    "pdf-appendix-heading",
    "pdf-appendix-intro",
    "pdf-page",
    "not-checked-line",
    "subject-phone",
    "indicator-set-line",
    "indicator-set-undated",
    "indicator-set-built-in",
    "indicator-set-old",
];

/// The warning under a report's summary when parts of the input could not be read
/// ([`unstalk_judge::NotChecked::unread`]): without it, a summary of "nothing found" lines
/// would be read as a complete check.
pub fn unread_warning(catalogue: &Catalogue, report: &unstalk_judge::ScanReport) -> Option<String> {
    let count = report.unread().count();
    if count == 0 {
        return None;
    }
    let mut args = FluentArgs::new();
    args.set("count", count);
    catalogue.text("summary-unread", None, Some(&args))
}

/// A report calls its indicator set old when it is more than this many days older than the
/// report: new stalkerware appears every month, and a list this old misses it.
pub const OLD_INDICATOR_SET_DAYS: i64 = 90;

/// What a report says about one indicator set, in `catalogue`'s language: which set it is and
/// its date (one line), and, when it is more than [`OLD_INDICATOR_SET_DAYS`] older than the
/// report's `created` time, a plain warning saying so and how to get the current one.
pub fn indicator_set_lines(
    catalogue: &Catalogue,
    set: &unstalk_judge::IndicatorSetUsed,
    created: &str,
) -> (String, Option<String>) {
    let names: Vec<String> = set
        .sources
        .iter()
        .map(|source| {
            let version = source.version.as_deref().map(|version| {
                if version.len() == 40 && version.bytes().all(|b| b.is_ascii_hexdigit()) {
                    version.get(..7).unwrap_or(version)
                } else {
                    version
                }
            });
            match (source.built_in, version) {
                (true, version) => {
                    let mut args = FluentArgs::new();
                    args.set("name", source.name.as_str());
                    args.set("version", version.unwrap_or("-"));
                    catalogue
                        .text("indicator-set-built-in", None, Some(&args))
                        .unwrap_or_else(|| source.name.clone())
                }
                (false, Some(version)) => format!("{} ({version})", source.name),
                (false, None) => source.name.clone(),
            }
        })
        .collect();
    let mut args = FluentArgs::new();
    args.set("names", names.join(", "));
    let date = set.oldest_date().map(|date| date.get(..10).unwrap_or(date));
    let line = match date {
        Some(date) => {
            args.set("date", date);
            catalogue.text("indicator-set-line", None, Some(&args))
        }
        None => catalogue.text("indicator-set-undated", None, Some(&args)),
    }
    .unwrap_or_else(|| names.join(", "));
    let warning = date
        .and_then(|date| days_between(date, created))
        .filter(|days| *days > OLD_INDICATOR_SET_DAYS)
        .and_then(|days| {
            let mut args = FluentArgs::new();
            args.set("days", days);
            catalogue.text("indicator-set-old", None, Some(&args))
        });
    (line, warning)
}

/// Whole days from the day `from` (`YYYY-MM-DD…`) to the day of `to` (RFC 3339).
fn days_between(from: &str, to: &str) -> Option<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = |text: &str| time::Date::parse(text.get(..10)?, format).ok();
    Some((day(to)? - day(from)?).whole_days())
}

/// What a report says about one kind of finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guidance {
    /// A short title.
    pub title: String,
    /// What was found, in plain words.
    pub what: String,
    /// What it can do to the person.
    pub means: String,
    /// How sure unstalk is, and why.
    pub sure: String,
    /// The options, with their risks.
    pub next: String,
    /// What not to do.
    pub avoid: String,
}

/// A language that is not shipped, or a catalogue that does not parse.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("no texts in language `{asked}`; unstalk has: {}", available.join(", "))]
    UnknownLanguage {
        asked: String,
        available: Vec<String>,
    },
    #[error("the {language} catalogue does not parse: {detail} (a packaging mistake: report it)")]
    Broken { language: String, detail: String },
}

/// The texts of one language, with English behind it for anything missing.
pub struct Catalogue {
    language: String,
    bundle: FluentBundle<FluentResource>,
    fallback: Option<Box<Catalogue>>,
}

/// The shipped languages.
pub fn languages() -> Vec<&'static str> {
    LOCALES.iter().map(|(lang, _)| *lang).collect()
}

/// The Fluent message id of a finding's entry.
pub fn message_id(finding: &FindingId) -> String {
    format!("finding-{}", finding.as_str().replace('.', "_"))
}

impl Catalogue {
    /// The catalogue for `language` (`fr`, `fr-FR`, `fr_FR.UTF-8`: the primary language decides).
    ///
    /// # Errors
    /// A language that is not shipped, or a catalogue that does not parse.
    pub fn load(language: &str) -> Result<Catalogue, CatalogueError> {
        let primary = primary_language(language);
        let Some((lang, files)) = LOCALES.iter().find(|(lang, _)| *lang == primary) else {
            return Err(CatalogueError::UnknownLanguage {
                asked: language.to_owned(),
                available: languages().iter().map(|l| (*l).to_owned()).collect(),
            });
        };
        let broken = |detail: String| CatalogueError::Broken {
            language: (*lang).to_owned(),
            detail,
        };
        let id: LanguageIdentifier = lang.parse().map_err(|e| broken(format!("{e}")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks (U+2068/U+2069) show as junk in terminals and PDFs.
        bundle.set_use_isolating(false);
        for text in *files {
            let resource = FluentResource::try_new((*text).to_owned())
                .map_err(|(_, errors)| broken(format!("{errors:?}")))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| broken(format!("{errors:?}")))?;
        }
        let fallback = if *lang == FALLBACK_LANGUAGE {
            None
        } else {
            Some(Box::new(Catalogue::load(FALLBACK_LANGUAGE)?))
        };
        Ok(Catalogue {
            language: (*lang).to_owned(),
            bundle,
            fallback,
        })
    }

    /// `requested` (`--lang`) if given, else the system locale (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`), else English; an unshipped system locale falls back to English quietly.
    ///
    /// # Errors
    /// When `requested` names a language that is not shipped.
    pub fn choose(requested: Option<&str>) -> Result<Catalogue, CatalogueError> {
        if let Some(language) = requested {
            return Catalogue::load(language);
        }
        let system = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty() && value != "C" && value != "POSIX");
        match system.map(|value| Catalogue::load(&value)) {
            Some(Ok(catalogue)) => Ok(catalogue),
            _ => Catalogue::load(FALLBACK_LANGUAGE),
        }
    }

    /// The language of this catalogue (`en`, `fr`, …).
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Message `id` (or its attribute `attribute`), formatted with `args`; from English when
    /// this language lacks it.
    pub fn text(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        self.own_text(id, attribute, args).or_else(|| {
            self.fallback
                .as_ref()
                .and_then(|fallback| fallback.text(id, attribute, args))
        })
    }

    /// Message `id`, which takes no args; empty when no catalogue has it (the completeness
    /// tests see that every shipped one has the [`UI_MESSAGES`]).
    pub fn message(&self, id: &str) -> String {
        self.text(id, None, None).unwrap_or_default()
    }

    fn own_text(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// What `phrase` says, with its args, in this language (or in English when this language
    /// lacks the message); `english` when there is no phrase (a report of an earlier version)
    /// or no catalogue can say it (a message of a later version).
    ///
    /// For the lines of what was and was not checked: `phrase` is a [`Check`]'s or
    /// [`NotChecked`]'s phrase and `english` the line it stands beside.
    ///
    /// [`Check`]: unstalk_judge::Check
    /// [`NotChecked`]: unstalk_judge::NotChecked
    pub fn phrase(&self, phrase: Option<&Phrase>, english: &str) -> String {
        phrase
            .and_then(|phrase| {
                let mut args = FluentArgs::new();
                for (name, value) in &phrase.args {
                    args.set(name.as_str(), value.as_str());
                }
                self.text(&phrase.id, None, Some(&args))
            })
            .unwrap_or_else(|| english.to_owned())
    }

    /// A line of what was checked.
    pub fn checked_line(&self, check: &unstalk_judge::Check) -> String {
        self.phrase(check.phrase.as_ref(), &check.description)
    }

    /// A line of what was not checked: what, and why not, joined as this language punctuates.
    pub fn not_checked_line(&self, not: &unstalk_judge::NotChecked) -> String {
        let check = self.phrase(not.phrase.as_ref(), &not.description);
        let why = self.phrase(not.why_phrase.as_ref(), &not.why);
        let mut args = FluentArgs::new();
        args.set("check", check.as_str());
        args.set("why", why.as_str());
        self.text("not-checked-line", None, Some(&args))
            .unwrap_or_else(|| format!("{check}: {why}"))
    }

    /// Whether this language itself (not its fallback) has message `id` with `attribute`.
    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|message| match attribute {
                Some(name) => message.get_attribute(name).is_some(),
                None => message.value().is_some(),
            })
    }

    /// The guidance for `finding`; for an id this version does not know, its title and the
    /// general advice.
    pub fn guidance(&self, finding: &FindingId) -> Guidance {
        let id = message_id(finding);
        let part = |attribute: &str| self.text(&id, Some(attribute), None).unwrap_or_default();
        Guidance {
            title: self
                .text(&id, None, None)
                .unwrap_or_else(|| finding.title().to_owned()),
            what: part("what"),
            means: part("means"),
            sure: part("sure"),
            next: part("next"),
            avoid: part("avoid"),
        }
    }

    /// The ids of the finding entries this catalogue holds (for the completeness test).
    pub fn finding_messages(&self) -> Vec<String> {
        self.message_ids(&["finding-"])
    }

    /// The ids of the messages of what was and was not checked (`check-…`, `why-…`) this
    /// catalogue holds (for the completeness test).
    pub fn phrase_messages(&self) -> Vec<String> {
        self.message_ids(&PHRASE_PREFIXES)
    }

    /// The ids of this language's own messages that start with one of `prefixes`.
    fn message_ids(&self, prefixes: &[&str]) -> Vec<String> {
        LOCALES
            .iter()
            .filter(|(lang, _)| *lang == self.language)
            .flat_map(|(_, files)| files.iter())
            .flat_map(|text| text.lines())
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim()))
            .filter(|id| prefixes.iter().any(|prefix| id.starts_with(prefix)))
            .map(str::to_owned)
            .collect()
    }
}

/// The safety advice printed, in this order, whenever something was flagged.
pub(crate) const SAFETY_MESSAGES: [&str; 5] = [
    "safety-notify",
    "safety-document",
    "safety-advocate",
    "safety-device",
    "safety-options",
];

/// The read-only statement that fits `report`: a phone's, or app files'.
pub(crate) fn read_only_message(report: &unstalk_judge::ScanReport) -> &'static str {
    let phone = report
        .subjects
        .iter()
        .any(|s| matches!(s.subject, unstalk_judge::Subject::Device { .. }));
    if phone {
        "read-only-phone"
    } else {
        "read-only-files"
    }
}

/// The subject: its names, versions and paths as read (never translated); the phone as the
/// reader's word for it, with its model and serial when known.
pub(crate) fn describe(subject: &unstalk_judge::SubjectReport, catalogue: &Catalogue) -> String {
    use std::fmt::Write as _;
    use unstalk_judge::Subject;

    let path = subject
        .app
        .as_ref()
        .map(|app| app.file.path.as_str())
        .unwrap_or_default();
    match &subject.subject {
        Subject::App {
            package,
            name,
            version,
            ..
        } => {
            let mut line = package.clone();
            if let Some(version) = version {
                let _ = write!(line, " {version}");
            }
            if let Some(name) = name {
                let _ = write!(line, " \"{name}\"");
            }
            if !path.is_empty() {
                let _ = write!(line, "  ({path})");
            }
            line
        }
        Subject::File { path, .. } => path.clone(),
        Subject::Device { serial, model } => {
            let phone = catalogue.message("subject-phone");
            let known: Vec<&str> = [model.as_deref(), serial.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            if known.is_empty() {
                phone
            } else {
                format!("{phone} ({})", known.join(", "))
            }
        }
        Subject::Setting { name } => name.clone(),
        Subject::NetworkHost { host } => host.clone(),
    }
}

/// The verdict in the reader's words.
pub(crate) fn verdict_label(catalogue: &Catalogue, verdict: unstalk_judge::Verdict) -> String {
    catalogue
        .text(&format!("verdict-{}", verdict.as_str()), None, None)
        .unwrap_or_else(|| verdict.as_str().to_owned())
}

/// A symbol before the verdict, so it is told apart without colour.
pub(crate) fn verdict_symbol(verdict: unstalk_judge::Verdict) -> &'static str {
    use unstalk_judge::Verdict;
    match verdict {
        Verdict::KnownStalkerware | Verdict::StalkerwareLike => "⚠ ",
        Verdict::KnownWatchware => "◉ ",
        Verdict::NothingFound => "",
    }
}

/// Whether a report shows `c` as itself. Control characters (a terminal obeys escape sequences;
/// a line break would let a name fake a line of the report) and invisible or
/// direction-changing characters (which let a name disguise itself) are shown as their code
/// point instead.
pub(crate) fn shown_as_is(c: char) -> bool {
    if c.is_ascii_graphic() || c == ' ' {
        return true;
    }
    let invisible_or_directional = matches!(
        u32::from(c),
        0xAD | 0x61C | 0x180E | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x206F
            | 0xFEFF | 0xFFF9..=0xFFFB
    );
    !c.is_control() && !invisible_or_directional
}

/// `text` as a terminal may show it: every character [`shown_as_is`] refuses (escape
/// sequences that retitle or clear a terminal, line breaks that fake a line, bidirectional
/// overrides that reverse one) written as its code point, `[U+001B]`. Every terminal writer
/// (the report, progress, messages, errors) shows strings from outside through this.
pub fn shown(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().all(shown_as_is) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(code_points(text, &shown_as_is))
}

fn code_points(text: &str, keep: &impl Fn(char) -> bool) -> String {
    text.chars()
        .map(|c| {
            if keep(c) {
                c.to_string()
            } else {
                format!("[U+{:04X}]", u32::from(c))
            }
        })
        .collect()
}

/// Every string in `value` (a report as JSON) with each character for which `keep` is false
/// written as its code point, `[U+202E]`; whether any string changed.
pub(crate) fn show_code_points(
    value: &mut serde_json::Value,
    keep: &impl Fn(char) -> bool,
) -> bool {
    match value {
        serde_json::Value::String(text) if !text.chars().all(keep) => {
            *text = code_points(text, keep);
            true
        }
        serde_json::Value::Array(items) => items.iter_mut().fold(false, |changed, item| {
            show_code_points(item, keep) | changed
        }),
        serde_json::Value::Object(fields) => fields.values_mut().fold(false, |changed, field| {
            show_code_points(field, keep) | changed
        }),
        _ => false,
    }
}

/// `report` with every string as a renderer may show it ([`shown_as_is`]): what a scan read
/// from an app or a phone goes into a terminal, a page or a PDF only this way. Borrowed when
/// nothing needs changing, as is usual.
pub(crate) fn displayable(
    report: &unstalk_judge::ScanReport,
) -> std::borrow::Cow<'_, unstalk_judge::ScanReport> {
    let Ok(mut value) = serde_json::to_value(report) else {
        return std::borrow::Cow::Borrowed(report);
    };
    if !show_code_points(&mut value, &shown_as_is) {
        return std::borrow::Cow::Borrowed(report);
    }
    match serde_json::from_value(value) {
        Ok(shown) => std::borrow::Cow::Owned(shown),
        Err(_) => std::borrow::Cow::Borrowed(report),
    }
}

/// The subjects, flagged first (by verdict precedence), in report order within a verdict.
pub(crate) fn by_verdict(report: &unstalk_judge::ScanReport) -> Vec<&unstalk_judge::SubjectReport> {
    let mut subjects: Vec<&unstalk_judge::SubjectReport> = report.subjects.iter().collect();
    subjects.sort_by_key(|s| s.verdict);
    subjects
}

/// The findings a renderer explains for `subject` — its reasons, or with `all` every finding —
/// once per kind (twenty permission lines say one thing), in order, each with the family it
/// names and its guidance.
pub(crate) fn explained<'r>(
    subject: &'r unstalk_judge::SubjectReport,
    all: bool,
    catalogue: &Catalogue,
) -> Vec<(&'r unstalk_judge::Finding, Option<&'r str>, Guidance)> {
    let shown: Vec<&unstalk_judge::Finding> = if all {
        subject.findings.iter().collect()
    } else {
        subject
            .reasons
            .iter()
            .filter_map(|&i| subject.findings.get(i as usize))
            .collect()
    };
    let mut seen: Vec<&FindingId> = Vec::new();
    let mut explained = Vec::new();
    for finding in shown {
        if seen.contains(&&finding.id) {
            continue;
        }
        seen.push(&finding.id);
        let family = finding
            .indicator
            .as_ref()
            .and_then(|indicator| indicator.family.as_deref());
        explained.push((finding, family, catalogue.guidance(&finding.id)));
    }
    explained
}

/// `fr_FR.UTF-8`, `fr-FR`, `FR` → `fr`.
fn primary_language(tag: &str) -> String {
    tag.split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

#[cfg(test)]
mod tests;
