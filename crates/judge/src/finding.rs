//! One finding: what was seen, about what, how bad and how sure, and the raw evidence.
//!
//! A [`Finding`] is the unit every scanner emits and every report shows. It names its kind by
//! a [`FindingId`], says how much harm it points at ([`Severity`]) and how sure unstalk is
//! ([`Confidence`]), what it is about ([`Subject`]), the raw values it rests on and where they
//! were read ([`Evidence`]), and for indicator hits which feed entry matched
//! ([`IndicatorRef`]).
//!
//! [`Criterion`], [`FamilyKind`] and [`Tlp`] are the indicator model's own enums, re-exported:
//! a finding speaks of families and markings exactly as the feeds do.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use unstalk_indicators::{Criterion, FamilyKind, Tlp};

use crate::finding_id::FindingId;

/// JSON Schema pattern of a lower-case hex SHA-256.
pub(crate) const SHA256_PATTERN: &str = "^[0-9a-f]{64}$";

/// How much harm a finding points at if it is what it seems.
///
/// Ordered from least to most severe, so `severity >= Severity::High` reads naturally.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Context only; never a reason for concern on its own.
    Info,
    /// Common in ordinary apps; matters only together with other findings.
    Low,
    /// Worth a look; found in monitoring apps and in some ordinary ones.
    Medium,
    /// Strongly associated with monitoring software.
    High,
    /// Known monitoring software, or a capability that gives someone else control of the phone.
    Critical,
}

/// How sure unstalk is that the finding means what its title says.
///
/// Four named levels rather than a percentage: they are what guidance can honestly put into
/// words, and a 0–100 number would suggest a precision nobody has. A feed's own 0–100
/// confidence, when it gives one, is kept in the indicator's `confidence`. Ordered from
/// least to most sure.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// A weak heuristic; legitimate apps often show the same.
    Low,
    /// A behaviour typical of monitoring software that some legitimate apps share.
    Medium,
    /// Strong but indirect: a contacted domain or address listed in a feed, a certificate name
    /// pattern or YARA rule matched.
    High,
    /// An exact identifier (app id, signing certificate, file hash) listed in a feed, or a
    /// setting read directly from the device.
    Certain,
}

/// What a finding or a report entry is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Subject {
    /// An installed app or an app file (APK, IPA).
    App {
        /// Android application id or iOS bundle id.
        package: String,
        /// The label people see, when known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        name: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        version: Option<String>,
        /// SHA-256 of the app file, lower-case hex, when the file was read.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(SHA256_PATTERN))]
        sha256: Option<String>,
    },
    /// The phone as a whole.
    Device {
        /// The adb serial or iOS UDID, when known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        serial: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        model: Option<String>,
    },
    /// One device setting.
    Setting {
        /// `namespace/key` as `adb shell settings` names it
        /// (`secure/enabled_accessibility_services`), else a descriptive name.
        name: String,
    },
    /// A host the phone or an app contacted or is configured to contact.
    NetworkHost {
        /// A DNS name or an IP address.
        host: String,
    },
    /// A file on the phone or among the inputs.
    File {
        path: String,
        /// SHA-256 of the file, lower-case hex, when it was read.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[schemars(pattern(SHA256_PATTERN))]
        sha256: Option<String>,
    },
}

/// Where a piece of evidence was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum EvidenceSource {
    /// A file among the inputs (or inside one of them).
    File {
        /// The path as given on the command line, or the input's path.
        path: String,
        /// The file inside `path` when `path` is an archive or a folder (an androidqf zip
        /// member such as `dumpsys.txt`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        entry: Option<String>,
        /// 1-based line number, for text files.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        line: Option<u64>,
    },
    /// Output of a command run against a connected phone (`adb shell dumpsys package`).
    Command { command: String },
    /// One packet of a capture file.
    Packet {
        /// The capture file's path.
        capture: String,
        /// 1-based frame number, as Wireshark counts.
        frame: u64,
    },
}

/// The raw values a finding rests on and where they came from.
///
/// Values are kept as read (not translated or summarised), so a reader can check the finding
/// against the source without unstalk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    pub source: EvidenceSource,
    /// Raw values by name (`permission` → `android.permission.READ_SMS`), in name order.
    pub values: BTreeMap<String, String>,
}

impl Evidence {
    /// Evidence from `source` with no values yet.
    pub fn new(source: EvidenceSource) -> Evidence {
        Evidence {
            source,
            values: BTreeMap::new(),
        }
    }

    /// Adds one raw value.
    pub fn with_value(mut self, name: impl Into<String>, value: impl Into<String>) -> Evidence {
        self.values.insert(name.into(), value.into());
        self
    }
}

/// The feed entry an `indicator.*` finding matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct IndicatorRef {
    /// The family's canonical name; absent for values a feed lists without a family.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_kind: Option<FamilyKind>,
    /// The indicator's kind as `unstalk-indicators` names it (`android-package`,
    /// `cert-sha256`, `domain`, …).
    pub kind: String,
    /// The listed value (normalised), which may differ from the observed one (a listed domain
    /// matches its subdomains).
    pub value: String,
    /// A short name where the value has one (the rule name of a YARA rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// What the listed entry is in full where `value` only names it: the source text of a
    /// YARA rule (whose `value` is `source:rule_name`), for whoever checks the match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
    /// The name of the feed that listed it (`echap`, a STIX bundle's file name).
    pub source: String,
    /// SHA-256 of that feed as read, lower-case hex.
    #[schemars(pattern(SHA256_PATTERN))]
    pub source_sha256: String,
    pub tlp: Tlp,
    /// The feed's own 0–100 confidence in the value, when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(max = 100))]
    pub confidence: Option<u8>,
}

/// One thing unstalk noticed about a subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    pub id: FindingId,
    /// One line of English for people and scripts that do not know the id.
    pub title: String,
    pub severity: Severity,
    pub confidence: Confidence,
    /// What the finding is about. Usually the subject of the report entry holding it; differs
    /// when a finding about one thing (a host an app contacted) is filed under another (the
    /// app).
    pub subject: Subject,
    pub evidence: Vec<Evidence>,
    /// The feed entry that matched, for `indicator.*` findings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<IndicatorRef>,
    /// The Coalition criterion the finding relates to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<Criterion>,
}

impl Finding {
    /// A finding with the id's title and criterion, and no evidence yet.
    pub fn new(
        id: FindingId,
        severity: Severity,
        confidence: Confidence,
        subject: Subject,
    ) -> Finding {
        Finding {
            title: id.title().to_owned(),
            criterion: id.criterion(),
            id,
            severity,
            confidence,
            subject,
            evidence: Vec::new(),
            indicator: None,
        }
    }

    pub fn with_evidence(mut self, evidence: Evidence) -> Finding {
        self.evidence.push(evidence);
        self
    }

    /// Attaches the matched feed entry (does not change the criterion; set that with
    /// [`Finding::with_criterion`] when the feed states one).
    pub fn with_indicator(mut self, indicator: IndicatorRef) -> Finding {
        self.indicator = Some(indicator);
        self
    }

    pub fn with_criterion(mut self, criterion: Criterion) -> Finding {
        self.criterion = Some(criterion);
        self
    }
}
