//! The scan report: what was scanned, with which indicators, what was and was not checked, and
//! one entry per subject with its findings and a [`Verdict`].
//!
//! [`ScanReport`] is the JSON wire format (described for people in `docs/scan-report.md`, for
//! machines in `docs/schema/scan-report.schema.json`). Within one [`SCHEMA_VERSION`] changes
//! are additive only: new optional fields and new finding ids, never a rename, removal or
//! change of meaning. The closed vocabularies (verdict, severity, confidence, criterion,
//! family kind, TLP, subject, evidence source and input kinds) change only with a new schema
//! version. Readers ignore fields they do not know.
//!
//! # How a verdict is reached (for now)
//!
//! [`SubjectReport::new`] derives the verdict from the findings with a deliberately small rule,
//! until a later judgement with weights kept in a data file replaces it:
//!
//! 1. `known_stalkerware` if any finding matched an indicator of a `stalkerware` family;
//! 2. else `known_watchware` if any matched an indicator of a `watchware` family;
//! 3. else `stalkerware_like` if any finding has severity `high` or `critical` (this covers
//!    hits on `dual-use`, `other` or family-less indicators, rated by the scanner);
//! 4. else `nothing_found`.
//!
//! Findings with id `indicator.allow-listed` never count: they record a hit the allow-list
//! suppressed.
//!
//! [`SubjectReport::with_behaviour`] is the same rule for a subject whose behaviour was also
//! judged (an APK, by [`crate::apk`], with weights from `data/apk-traits.json`): the rule above
//! runs on the indicator findings only; a known family wins; otherwise the behaviour judgement
//! decides `stalkerware_like`. Known stalkerware whose behaviour also reaches the threshold has
//! those findings among its reasons too. Known watchware that hides itself keeps
//! `known_watchware`, and its covert-operation findings are added to the reasons.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::app_details::AppDetails;
use crate::finding::{FamilyKind, Finding, SHA256_PATTERN, Severity, Subject};
use crate::finding_id::{FINDING_ID_PATTERN, FindingId};

/// The version of the report format this crate writes. Raised only for a change that is not
/// additive.
pub const SCHEMA_VERSION: u32 = 1;

/// What unstalk concluded about one subject.
///
/// The serialised names are an interface: scripts and the other tools of this project rely on
/// them, so they never change.
///
/// `nothing_found` never means safe: it means none of the checks that ran found anything.
/// Checks that did not run are listed in the report's `not_checked`, and monitoring can hide
/// from every check unstalk has.
///
/// Ordered by precedence: when findings support several verdicts, the first in this order wins.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Matches an indicator of a known stalkerware family.
    KnownStalkerware,
    /// Matches an indicator of a known watchware family: monitoring that is visible to the
    /// person monitored (parental control, workforce apps).
    KnownWatchware,
    /// Not a known family, but shows behaviour typical of stalkerware.
    StalkerwareLike,
    /// None of the checks that ran found anything. This never means safe.
    NothingFound,
}

impl Verdict {
    /// The serialised name (`known_stalkerware`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::KnownStalkerware => "known_stalkerware",
            Verdict::KnownWatchware => "known_watchware",
            Verdict::StalkerwareLike => "stalkerware_like",
            Verdict::NothingFound => "nothing_found",
        }
    }
}

/// A complete scan: provenance, coverage and results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ScanReport {
    /// The report format version: 1 for this schema. Raised only for a change that is not
    /// additive.
    #[schemars(range(min = 1))]
    pub schema_version: u32,
    pub tool: Tool,
    /// When the scan ran, RFC 3339 (`2026-11-23T14:05:00Z`).
    #[schemars(extend("format" = "date-time"))]
    pub created: String,
    /// What was scanned.
    pub inputs: Vec<Input>,
    /// The indicator sets matched against.
    pub indicator_sets: Vec<IndicatorSetUsed>,
    /// Allow-lists that suppressed hits, when any were given.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow_lists: Vec<AllowListUsed>,
    /// The checks that ran.
    pub checked: Vec<Check>,
    /// The checks that did not run, and why. A reader must see these before trusting a
    /// `nothing_found`.
    pub not_checked: Vec<NotChecked>,
    /// One entry per subject: each app, the device, each network host.
    pub subjects: Vec<SubjectReport>,
    /// The reference the helping organisation gives the case (never a person's name: reports
    /// travel), when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_reference: Option<String>,
}

impl ScanReport {
    /// An empty report by this version of unstalk, created at `created` (RFC 3339).
    pub fn new(created: impl Into<String>) -> ScanReport {
        ScanReport {
            schema_version: SCHEMA_VERSION,
            tool: Tool::unstalk(),
            created: created.into(),
            inputs: Vec::new(),
            indicator_sets: Vec::new(),
            allow_lists: Vec::new(),
            checked: Vec::new(),
            not_checked: Vec::new(),
            subjects: Vec::new(),
            case_reference: None,
        }
    }
}

/// The program that wrote the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

impl Tool {
    /// `unstalk` at this workspace's version (all unstalk crates share one version).
    pub fn unstalk() -> Tool {
        Tool {
            name: "unstalk".to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
        }
    }
}

/// What kind of thing an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum InputKind {
    /// An Android app file.
    Apk,
    /// A DEX file (Android app code) on its own.
    Dex,
    /// An androidqf acquisition, folder or zip (also what `unstalk acquire` writes).
    Androidqf,
    /// A folder of `adb shell` outputs named as MVT names them (`dumpsys_packages.txt`, …).
    AndroidDumps,
    /// An Android bugreport (zip, folder, or its dumpstate text).
    Bugreport,
    /// A phone connected over adb, read live.
    AdbDevice,
    /// An iOS backup folder.
    IosBackup,
    /// A network capture (pcap or pcapng).
    Pcap,
}

/// One thing that was scanned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Input {
    /// The path as given; for a phone read live, `adb:<serial>`.
    pub path: String,
    /// SHA-256 of the bytes read, lower-case hex; for a folder, of its files' `sha256  name`
    /// lines in name order (as `sha256sum` prints them). Absent for a phone read live.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: Option<String>,
    pub kind: InputKind,
}

/// One indicator set matched against, identified well enough to reproduce the scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorSetUsed {
    pub sources: Vec<IndicatorSource>,
    /// SHA-256 over the sources' `sha256  name` lines, in `sources` order.
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    /// How many entries the set holds: one key per indicator kind (`android-package`,
    /// `domain`, …) plus `families` and `samples`.
    pub counts: BTreeMap<String, u64>,
}

/// One feed an indicator set was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorSource {
    /// A short name (`echap`, a STIX bundle's file name).
    pub name: String,
    /// The path or URL it was read from.
    pub location: String,
    /// SHA-256 of what was read, lower-case hex.
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    /// The feed's own version (git commit, MISP event timestamp), when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// When the feed's content dates from, RFC 3339: the upstream commit date of the built-in
    /// snapshot, the time `unstalk indicators update` fetched a downloaded set. Absent when
    /// unknown (a file given with `--indicators`). Reports compare it with `created` and say
    /// when the list is more than 90 days old.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("format" = "date-time"))]
    pub date: Option<String>,
    /// True for the snapshot built into unstalk, used when no other set was given or installed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub built_in: bool,
}

impl IndicatorSetUsed {
    /// The oldest date among the sources that have one: how current the set is, at best.
    pub fn oldest_date(&self) -> Option<&str> {
        self.sources
            .iter()
            .filter_map(|source| source.date.as_deref())
            .min_by_key(|date| date.get(..10).unwrap_or(date))
    }
}

/// One allow-list applied after matching.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AllowListUsed {
    /// The path or URL it was read from.
    pub location: String,
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    /// How many values it lists.
    pub entries: u64,
}

/// A check that ran.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Check {
    /// A stable dotted id, like finding ids (`android.packages`, `apk.signing-cert`).
    #[schemars(pattern(FINDING_ID_PATTERN))]
    pub id: String,
    /// One line of English.
    pub description: String,
    /// `description` as a message of the report catalogues, so a report can say it in the
    /// reader's language. Absent in reports of earlier versions: show `description` then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrase: Option<Phrase>,
}

/// A check that did not run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NotChecked {
    /// The id the check has when it runs.
    #[schemars(pattern(FINDING_ID_PATTERN))]
    pub id: String,
    /// One line of English: what would have been checked.
    pub description: String,
    /// One line of English: why not (`androidqf dump has no dumpsys.txt`).
    pub why: String,
    /// `description` as a message of the report catalogues. Absent in reports of earlier
    /// versions: show `description` then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phrase: Option<Phrase>,
    /// `why` as a message of the report catalogues. Absent in reports of earlier versions: show
    /// `why` then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_phrase: Option<Phrase>,
    /// A part of the input could not be read (unreadable, malformed, over a cap): what it
    /// holds was not looked at, so a report with nothing flagged does not say "nothing found"
    /// alone, and `unstalk scan` exits with status 2. False for a check that never runs on
    /// this kind of input (running the app) or needs something not given (YARA rules).
    #[serde(default)]
    pub unread: bool,
}

impl ScanReport {
    /// The parts of the input that could not be read ([`NotChecked::unread`]).
    pub fn unread(&self) -> impl Iterator<Item = &NotChecked> {
        self.not_checked.iter().filter(|n| n.unread)
    }
}

/// A line of a report as a message of the report catalogues (`crates/report/locales`): the
/// message id and the values of its placeables. A reader that has the message shows it in the
/// reader's language; one that does not shows the English line the phrase stands beside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Phrase {
    /// The message id (`check-yara-rules`, `why-input-lacks`): a Fluent identifier.
    #[schemars(pattern(PHRASE_ID_PATTERN))]
    pub id: String,
    /// The value of each placeable of the message, by name (`count`, `path`, `error`),
    /// untranslated: numbers, paths, error messages, names of dumps. Absent when it has none.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

/// The pattern of a [`Phrase`] id, as Fluent writes message identifiers.
pub const PHRASE_ID_PATTERN: &str = "^[a-zA-Z][a-zA-Z0-9_-]*$";

impl Phrase {
    /// Message `id`, with no argument yet.
    pub fn new(id: impl Into<String>) -> Phrase {
        Phrase {
            id: id.into(),
            args: BTreeMap::new(),
        }
    }

    /// The same phrase with placeable `name` set to `value`.
    pub fn with_arg(mut self, name: impl Into<String>, value: impl Into<String>) -> Phrase {
        self.args.insert(name.into(), value.into());
        self
    }
}

/// The result for one subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SubjectReport {
    pub subject: Subject,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    /// Indexes into `findings` of the findings that decided the verdict; empty for
    /// `nothing_found`.
    #[serde(default)]
    pub reasons: Vec<u32>,
    /// For an app file: what it is (package, version, hashes, signers, permissions,
    /// components, code files, anomalies).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app: Option<Box<AppDetails>>,
}

impl SubjectReport {
    /// This entry with the identity of the app file it is about.
    pub fn with_app(mut self, app: AppDetails) -> SubjectReport {
        self.app = Some(Box::new(app));
        self
    }
}

impl SubjectReport {
    /// The entry for `subject`, its verdict derived from `findings` by the rule in the module
    /// documentation.
    pub fn new(subject: Subject, findings: Vec<Finding>) -> SubjectReport {
        let (verdict, reasons) = judge(&findings);
        SubjectReport {
            subject,
            verdict,
            findings,
            reasons,
            app: None,
        }
    }
}

impl SubjectReport {
    /// The entry for `subject` whose first `indicator_count` findings are indicator findings
    /// (judged by the rule in the module documentation) and whose other findings are behaviour
    /// traits already judged by the caller:
    ///
    /// - `behaviour_reasons`: the indexes of the findings that make the subject
    ///   `stalkerware_like` by behaviour; empty when the behaviour does not;
    /// - `covert_reasons`: the indexes of covert-operation findings, added to the reasons of a
    ///   `known_watchware` verdict (watchware that hides itself).
    ///
    /// A `known_stalkerware` or `known_watchware` verdict from the indicators wins (known
    /// stalkerware also lists `behaviour_reasons`, which corroborate it); otherwise
    /// non-empty `behaviour_reasons` give `stalkerware_like`; otherwise the indicator verdict
    /// stands. Indexes outside `findings` are dropped.
    pub fn with_behaviour(
        subject: Subject,
        findings: Vec<Finding>,
        indicator_count: usize,
        behaviour_reasons: &[u32],
        covert_reasons: &[u32],
    ) -> SubjectReport {
        let indicators = findings.get(..indicator_count).unwrap_or(&findings);
        let (mut verdict, mut reasons) = judge(indicators);
        match verdict {
            // The behaviour, when it reaches the threshold on its own, corroborates.
            Verdict::KnownStalkerware => reasons.extend_from_slice(behaviour_reasons),
            Verdict::KnownWatchware => reasons.extend_from_slice(covert_reasons),
            Verdict::StalkerwareLike | Verdict::NothingFound => {
                if !behaviour_reasons.is_empty() {
                    verdict = Verdict::StalkerwareLike;
                    reasons.extend_from_slice(behaviour_reasons);
                }
            }
        }
        let len = u32::try_from(findings.len()).unwrap_or(u32::MAX);
        reasons.retain(|&index| index < len);
        reasons.sort_unstable();
        reasons.dedup();
        SubjectReport {
            subject,
            verdict,
            findings,
            reasons,
            app: None,
        }
    }
}

/// The verdict for `findings` and the indexes of the findings that decided it.
fn judge(findings: &[Finding]) -> (Verdict, Vec<u32>) {
    let verdict = findings
        .iter()
        .map(supported_verdict)
        .min()
        .unwrap_or(Verdict::NothingFound);
    let reasons = if verdict == Verdict::NothingFound {
        Vec::new()
    } else {
        findings
            .iter()
            .zip(0u32..)
            .filter(|(finding, _)| supported_verdict(finding) == verdict)
            .map(|(_, index)| index)
            .collect()
    };
    (verdict, reasons)
}

/// The verdict one finding supports on its own, by the rule in the module documentation.
fn supported_verdict(finding: &Finding) -> Verdict {
    if finding.id == FindingId::IndicatorAllowListed {
        return Verdict::NothingFound;
    }
    match finding
        .indicator
        .as_ref()
        .and_then(|indicator| indicator.family_kind)
    {
        Some(FamilyKind::Stalkerware) => Verdict::KnownStalkerware,
        Some(FamilyKind::Watchware) => Verdict::KnownWatchware,
        _ if finding.severity >= Severity::High => Verdict::StalkerwareLike,
        _ => Verdict::NothingFound,
    }
}
