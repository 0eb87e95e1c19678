//! The findings vocabulary shared by every unstalk scanner and report.
//!
//! - [`finding_id`]: the registry of every [`FindingId`], a stable dotted slug with a one-line
//!   title (`indicator.package`, `android.accessibility.enabled`).
//! - [`finding`]: a [`Finding`] — id, [`Severity`], [`Confidence`], [`Subject`], raw
//!   [`Evidence`], the matched [`IndicatorRef`] and the Coalition [`Criterion`].
//! - [`report`]: the [`ScanReport`] JSON wire format — inputs, indicator sets, what was and was
//!   not checked (in English, and as [`Phrase`]s a report can translate), and one
//!   [`SubjectReport`] per subject with its [`Verdict`].
//!
//! - [`indicator_findings`]: the findings for matcher hits, and the indicator set a report
//!   names, so every scanner reports indicator hits alike.
//!
//! - [`android`]: the judgement of a phone — each app's traits as the phone reports them,
//!   judged with the APK weights, and the device's own settings.
//! - [`app_details`]: the identity of an app file in a report entry (package, version,
//!   hashes, signers, permissions, components, code files, anomalies).
//! - [`apk`]: the behaviour judgement of an APK — manifest traits mapped to the Coalition
//!   criteria, weighted by `data/apk-traits.json`, and a verdict.
//!
//! Scanners build findings; this crate does no scanning, matching or rendering. The JSON
//! Schema of the report is committed as `docs/schema/scan-report.schema.json` and kept equal
//! to [`report_schema`] by a test (rewrite it with `UNSTALK_BLESS=1 cargo test -p
//! unstalk-judge`).

pub mod android;
pub mod apk;
pub mod app_details;
pub mod finding;
pub mod finding_id;
pub mod indicator_findings;
pub mod report;

pub use finding::{
    Confidence, Criterion, Evidence, EvidenceSource, FamilyKind, Finding, IndicatorRef, Severity,
    Subject, Tlp,
};
pub use finding_id::{FindingId, UnknownFindingId};
pub use report::{
    AllowListUsed, Check, IndicatorSetUsed, IndicatorSource, Input, InputKind, NotChecked,
    PHRASE_ID_PATTERN, Phrase, SCHEMA_VERSION, ScanReport, SubjectReport, Tool, Verdict,
};

/// The JSON Schema (draft 2020-12) of [`ScanReport`], as committed in
/// `docs/schema/scan-report.schema.json`.
pub fn report_schema() -> schemars::Schema {
    schemars::schema_for!(ScanReport)
}

#[cfg(test)]
mod tests;
