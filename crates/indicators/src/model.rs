//! The indicator model: families, typed indicators, samples, YARA sources and their provenance.
//!
//! An [`IndicatorSet`] is what every reader produces and every writer consumes. It keeps one
//! [`Indicator`] record per (value, family) pair, so a value listed under two families (Echap
//! lists some packages and domains twice) is kept twice and matching reports both families.
//! Values are normalised on the way in ([`crate::normalize`]), so two readers that spell the
//! same certificate with and without colons produce equal records.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// What a family of apps is, as the Coalition's criteria distinguish them.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FamilyKind {
    /// Sold or used to covertly monitor another adult's phone.
    Stalkerware,
    /// Monitoring apps that are visible to the person monitored (parental control, workforce).
    Watchware,
    /// Legitimate apps frequently misused for monitoring (remote support, family locators).
    DualUse,
    /// Anything else a feed lists (spyware, trackers, generic malware).
    Other,
}

impl FamilyKind {
    /// The lower-case name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FamilyKind::Stalkerware => "stalkerware",
            FamilyKind::Watchware => "watchware",
            FamilyKind::DualUse => "dual-use",
            FamilyKind::Other => "other",
        }
    }

    /// Parses the names feeds use (`stalkerware`, `watchware`, `dual-use`/`dualuse`, …).
    pub fn parse(text: &str) -> Option<FamilyKind> {
        match text.trim().to_ascii_lowercase().replace('_', "-").as_str() {
            "stalkerware" | "spouseware" => Some(FamilyKind::Stalkerware),
            "watchware" | "parental-control" => Some(FamilyKind::Watchware),
            "dual-use" | "dualuse" => Some(FamilyKind::DualUse),
            "other" | "spyware" | "malware" | "tracker" => Some(FamilyKind::Other),
            _ => None,
        }
    }
}

/// A named app family with the other names it is sold under.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Family {
    /// The family's canonical name (Echap `name`).
    pub name: String,
    /// Other names of the same product (Echap `names`), in the feed's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    pub kind: FamilyKind,
    /// Index into [`IndicatorSet::sources`] of the feed that defined the family first.
    pub source: u32,
}

impl Family {
    /// True when `name` is the family's name or one of its aliases (ASCII case-insensitive).
    pub fn answers_to(&self, name: &str) -> bool {
        self.name.eq_ignore_ascii_case(name)
            || self
                .aliases
                .iter()
                .any(|alias| alias.eq_ignore_ascii_case(name))
    }
}

/// The type of an indicator value.
///
/// The names (`as_str`) are stable: they appear in JSON output, CSV exports and `stats`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum IndicatorKind {
    /// Android application id (`com.thetruth`).
    AndroidPackage,
    /// iOS bundle identifier.
    IosBundle,
    /// SHA-1 of an APK signing certificate (DER), lower-case hex.
    CertSha1,
    /// SHA-256 of an APK signing certificate (DER), lower-case hex.
    CertSha256,
    FileSha256,
    FileSha1,
    FileMd5,
    /// A DNS name; matches itself and its subdomains.
    Domain,
    Ipv4,
    Ipv6,
    /// An IPv4 or IPv6 network in CIDR notation.
    Cidr,
    Url,
    Email,
    /// The source text of one YARA rule; [`Indicator::label`] holds the rule name.
    YaraRule,
    /// Exact organisation (`O=`) of a signing certificate's subject.
    CertOrganization,
    /// Regular expression over a signing certificate's subject common name (`CN=`).
    CertCnRegex,
    /// iOS configuration profile identifier (STIX `configuration-profile:id`).
    ConfigurationProfile,
    /// Android system property name (STIX `android-property:name`).
    AndroidProperty,
    /// Process name (STIX `process:name`).
    ProcessName,
    /// File path on the device (STIX `file:path`).
    FilePath,
    /// File name on the device (STIX `file:name`).
    FileName,
}

impl IndicatorKind {
    /// Every kind, in a fixed order (used for stable `stats` output).
    pub const ALL: [IndicatorKind; 21] = [
        IndicatorKind::AndroidPackage,
        IndicatorKind::IosBundle,
        IndicatorKind::CertSha1,
        IndicatorKind::CertSha256,
        IndicatorKind::FileSha256,
        IndicatorKind::FileSha1,
        IndicatorKind::FileMd5,
        IndicatorKind::Domain,
        IndicatorKind::Ipv4,
        IndicatorKind::Ipv6,
        IndicatorKind::Cidr,
        IndicatorKind::Url,
        IndicatorKind::Email,
        IndicatorKind::YaraRule,
        IndicatorKind::CertOrganization,
        IndicatorKind::CertCnRegex,
        IndicatorKind::ConfigurationProfile,
        IndicatorKind::AndroidProperty,
        IndicatorKind::ProcessName,
        IndicatorKind::FilePath,
        IndicatorKind::FileName,
    ];

    /// The stable kebab-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            IndicatorKind::AndroidPackage => "android-package",
            IndicatorKind::IosBundle => "ios-bundle",
            IndicatorKind::CertSha1 => "cert-sha1",
            IndicatorKind::CertSha256 => "cert-sha256",
            IndicatorKind::FileSha256 => "file-sha256",
            IndicatorKind::FileSha1 => "file-sha1",
            IndicatorKind::FileMd5 => "file-md5",
            IndicatorKind::Domain => "domain",
            IndicatorKind::Ipv4 => "ipv4",
            IndicatorKind::Ipv6 => "ipv6",
            IndicatorKind::Cidr => "cidr",
            IndicatorKind::Url => "url",
            IndicatorKind::Email => "email",
            IndicatorKind::YaraRule => "yara-rule",
            IndicatorKind::CertOrganization => "cert-organization",
            IndicatorKind::CertCnRegex => "cert-cn-regex",
            IndicatorKind::ConfigurationProfile => "configuration-profile",
            IndicatorKind::AndroidProperty => "android-property",
            IndicatorKind::ProcessName => "process-name",
            IndicatorKind::FilePath => "file-path",
            IndicatorKind::FileName => "file-name",
        }
    }

    /// The inverse of [`IndicatorKind::as_str`].
    pub fn parse(text: &str) -> Option<IndicatorKind> {
        IndicatorKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == text)
    }
}

impl std::fmt::Display for IndicatorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in a family's description a value was listed. Kept so that writing Echap's layout
/// back puts each value in the list it came from (a website is not a C2 server).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// The product's own web site (Echap `websites`).
    Website,
    /// Where the app is downloaded from (Echap `distribution`).
    Distribution,
    /// Command-and-control / data upload infrastructure (Echap `c2`).
    C2,
    /// A hash of a known sample (Echap `samples.csv`).
    Sample,
}

/// Traffic Light Protocol marking: who may see an indicator.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum Tlp {
    #[default]
    Clear,
    Green,
    Amber,
    Red,
}

impl Tlp {
    pub fn as_str(self) -> &'static str {
        match self {
            Tlp::Clear => "CLEAR",
            Tlp::Green => "GREEN",
            Tlp::Amber => "AMBER",
            Tlp::Red => "RED",
        }
    }

    /// Accepts TLP 2.0 names and the TLP 1.0 `WHITE` (= CLEAR), with or without `tlp:`.
    pub fn parse(text: &str) -> Option<Tlp> {
        let lower = text.trim().to_ascii_lowercase();
        match lower.strip_prefix("tlp:").unwrap_or(&lower) {
            "clear" | "white" => Some(Tlp::Clear),
            "green" => Some(Tlp::Green),
            "amber" | "amber+strict" => Some(Tlp::Amber),
            "red" => Some(Tlp::Red),
            _ => None,
        }
    }
}

/// The Coalition Against Stalkerware's detection criteria an indicator can support.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Criterion {
    /// Hides its presence from the person monitored.
    CovertOperation,
    /// Collects messages, calls, location, audio, screen or other personal data.
    MonitoringCapability,
    /// Survives reboots and resists removal.
    Persistence,
    /// Can be controlled remotely by the person monitoring.
    RemoteControl,
    /// Sends the collected data off the phone.
    Exfiltration,
    /// Marketed for monitoring another person without consent.
    Marketing,
}

/// Where an indicator came from and how far to trust it.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Provenance {
    /// Index into [`IndicatorSet::sources`].
    pub source: u32,
    /// The organisation that contributed the value, when the feed says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contributor: Option<String>,
    /// ISO-8601 date or time the value was first seen, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    #[serde(default)]
    pub tlp: Tlp,
    /// 0–100, as STIX and MISP express it; `None` when the feed does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub criterion: Option<Criterion>,
}

/// One typed value attached to (at most) one family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub kind: IndicatorKind,
    /// The normalised value (see [`crate::normalize::normalize`]).
    pub value: String,
    /// The family's name (a key of [`IndicatorSet::families`]); `None` for values a feed lists
    /// without saying which product they belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// The kind of that family. Needed because a feed can list one name under two kinds
    /// (Echap has WiseMo both as stalkerware and as watchware): the pair identifies the family.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_kind: Option<FamilyKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// A short name where the value needs one (the rule name of a YARA rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub provenance: Provenance,
}

/// One known sample (Echap `samples.csv` row), joined to its family by app name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sample {
    /// SHA-256 of the APK, lower-case hex.
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    /// SHA-1 of the signing certificate, lower-case hex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The app name as the feed wrote it (Echap's `App` column).
    pub app: String,
    /// The family `app` resolved to, `None` when no family or alias has that name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    pub source: u32,
}

/// A YARA source file kept verbatim, so `export --format yara` passes rules through unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YaraSource {
    pub source: u32,
    pub text: String,
}

/// The format a source was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// Echap's layout: `ioc.yaml`, `watchware.yaml`, `samples.csv`, `rules.yar`.
    Echap,
    Stix2,
    Misp,
    Tinycheck,
    Csv,
    /// A YARA rules file on its own.
    Yara,
}

/// A feed an [`IndicatorSet`] was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// A short name for people (`echap`, the STIX bundle's file name, …).
    pub name: String,
    /// The path or URL it was read from.
    pub location: String,
    pub format: SourceFormat,
    /// The feed's own version where it states one (git commit, MISP event timestamp, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// SHA-256 over the bytes read: of the file, or for a folder of the files' `sha256  name`
    /// lines in name order (the output format of `sha256sum`).
    pub sha256: String,
    /// Each file read and its SHA-256, in name order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<SourceFile>,
    /// When the feed's content dates from, RFC 3339: the upstream commit date of the built-in
    /// snapshot, the time `indicators update` fetched a downloaded set. `None` when unknown.
    /// Reports show it and warn when it is old: a stale list misses new stalkerware.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// True for the snapshot compiled into unstalk ([`crate::snapshot::built_in`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub built_in: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceFile {
    pub name: String,
    pub sha256: String,
}

/// Everything read from one or more feeds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndicatorSet {
    pub sources: Vec<Source>,
    /// Families in the order first seen; (name, kind) pairs are unique (names ASCII
    /// case-insensitive). Add them with [`IndicatorSet::add_family`].
    pub families: Vec<Family>,
    pub indicators: Vec<Indicator>,
    pub samples: Vec<Sample>,
    pub yara_sources: Vec<YaraSource>,
    #[serde(skip)]
    family_index: FamilyIndex,
}

/// Positions in [`IndicatorSet::families`] by lower-case name and by lower-case alias.
///
/// Feeds can hold thousands of families (ISDi's list has 4,668) and every value a reader adds
/// names one, so lookups must not scan the list. The index is a cache: it is brought up to
/// date by [`IndicatorSet::add_family`] (the way readers add families) and trusted only while
/// it covers exactly the families present; otherwise lookups fall back to a scan. It takes no
/// part in equality or serialisation.
#[derive(Debug, Clone, Default)]
struct FamilyIndex {
    names: HashMap<String, Vec<usize>>,
    aliases: HashMap<String, Vec<usize>>,
    /// How many families (from the start of the list) are indexed.
    indexed: usize,
}

impl PartialEq for FamilyIndex {
    fn eq(&self, _: &FamilyIndex) -> bool {
        true
    }
}

impl Eq for FamilyIndex {}

impl FamilyIndex {
    fn add(&mut self, position: usize, family: &Family) {
        self.names
            .entry(family.name.to_ascii_lowercase())
            .or_default()
            .push(position);
        for alias in &family.aliases {
            self.add_alias(position, alias);
        }
    }

    fn add_alias(&mut self, position: usize, alias: &str) {
        let positions = self.aliases.entry(alias.to_ascii_lowercase()).or_default();
        if !positions.contains(&position) {
            positions.push(position);
        }
    }

    /// Indexes families appended since the last call; rebuilds when the list was changed in
    /// another way (shrunk, or an indexed name no longer where it was).
    fn refresh(&mut self, families: &[Family]) {
        let last_indexed = self.indexed.checked_sub(1);
        let consistent = self.indexed <= families.len()
            && last_indexed.is_none_or(|position| {
                families.get(position).is_some_and(|last| {
                    self.names
                        .get(&last.name.to_ascii_lowercase())
                        .is_some_and(|positions| positions.contains(&position))
                })
            });
        if !consistent {
            *self = FamilyIndex::default();
        }
        for (position, family) in families.iter().enumerate().skip(self.indexed) {
            self.add(position, family);
        }
        self.indexed = families.len();
    }

    fn is_fresh(&self, families: &[Family]) -> bool {
        self.indexed == families.len()
    }
}

impl IndicatorSet {
    /// Families called `name`, ASCII case-insensitively, in list order (more than one when a
    /// feed lists one name under two kinds); from either end, so the latest is found without
    /// going through the others.
    pub fn families_named<'s>(
        &'s self,
        name: &str,
    ) -> Box<dyn DoubleEndedIterator<Item = &'s Family> + 's> {
        if self.family_index.is_fresh(&self.families) {
            let positions = self.family_index.names.get(&name.to_ascii_lowercase());
            Box::new(
                positions
                    .into_iter()
                    .flatten()
                    .filter_map(|&position| self.families.get(position)),
            )
        } else {
            let name = name.to_owned();
            Box::new(
                self.families
                    .iter()
                    .filter(move |family| family.name.eq_ignore_ascii_case(&name)),
            )
        }
    }

    /// The family called `name` (or having it as an alias), case-insensitively; the first one
    /// when several match.
    pub fn family(&self, name: &str) -> Option<&Family> {
        if let Some(family) = self.families_named(name).next() {
            return Some(family);
        }
        if self.family_index.is_fresh(&self.families) {
            let positions = self.family_index.aliases.get(&name.to_ascii_lowercase())?;
            positions
                .iter()
                .min()
                .and_then(|&position| self.families.get(position))
        } else {
            self.families.iter().find(|family| family.answers_to(name))
        }
    }

    /// The source an indicator, family or sample refers to.
    pub fn source(&self, index: u32) -> Option<&Source> {
        self.sources.get(index as usize)
    }

    /// Adds a source and returns its index.
    pub fn add_source(&mut self, source: Source) -> u32 {
        self.sources.push(source);
        u32::try_from(self.sources.len() - 1).unwrap_or(u32::MAX)
    }

    /// The family an indicator belongs to: by name and, when recorded, kind.
    pub fn family_of(&self, indicator: &Indicator) -> Option<&Family> {
        let name = indicator.family.as_deref()?;
        match indicator.family_kind {
            Some(kind) => self
                .families_named(name)
                .find(|family| family.kind == kind)
                .or_else(|| self.family(name)),
            None => self.family(name),
        }
    }

    /// Adds `family` unless one with the same name and kind exists; then its aliases are merged
    /// in. A family of the same name but another kind is kept apart (see
    /// [`Indicator::family_kind`]). Returns the canonical name to refer to it by.
    pub fn add_family(&mut self, family: Family) -> String {
        self.family_index.refresh(&self.families);
        let existing = self
            .family_index
            .names
            .get(&family.name.to_ascii_lowercase())
            .into_iter()
            .flatten()
            .copied()
            .find(|&position| {
                self.families
                    .get(position)
                    .is_some_and(|known| known.kind == family.kind)
            });
        if let Some(position) = existing
            && let Some(known) = self.families.get_mut(position)
        {
            let mut known_aliases: std::collections::HashSet<String> = known
                .aliases
                .iter()
                .map(|alias| alias.to_ascii_lowercase())
                .collect();
            known_aliases.insert(known.name.to_ascii_lowercase());
            for alias in family.aliases {
                if known_aliases.insert(alias.to_ascii_lowercase()) {
                    self.family_index.add_alias(position, &alias);
                    known.aliases.push(alias);
                }
            }
            return known.name.clone();
        }
        let name = family.name.clone();
        self.family_index.add(self.families.len(), &family);
        self.families.push(family);
        self.family_index.indexed = self.families.len();
        name
    }

    /// Rebuilds the family index, which deserialisation leaves empty.
    pub(crate) fn reindex(&mut self) {
        self.family_index.refresh(&self.families);
    }

    /// Appends every source, family, indicator, sample and YARA source of `other`.
    ///
    /// Nothing is dropped: an indicator present in both sets is kept twice, once per source,
    /// so its provenance from each feed survives. Families are unified by name.
    pub fn merge(&mut self, other: IndicatorSet) {
        let offset = u32::try_from(self.sources.len()).unwrap_or(u32::MAX);
        self.sources.extend(other.sources);
        for mut family in other.families {
            family.source = family.source.saturating_add(offset);
            self.add_family(family);
        }
        self.indicators
            .extend(other.indicators.into_iter().map(|mut indicator| {
                indicator.provenance.source = indicator.provenance.source.saturating_add(offset);
                indicator
            }));
        self.samples
            .extend(other.samples.into_iter().map(|mut sample| {
                sample.source = sample.source.saturating_add(offset);
                sample
            }));
        self.yara_sources
            .extend(other.yara_sources.into_iter().map(|mut yara| {
                yara.source = yara.source.saturating_add(offset);
                yara
            }));
    }

    /// Indicator records of `kind`.
    pub fn of_kind(&self, kind: IndicatorKind) -> impl Iterator<Item = &Indicator> {
        self.indicators
            .iter()
            .filter(move |indicator| indicator.kind == kind)
    }

    /// The kind of the family an indicator belongs to.
    pub fn family_kind(&self, indicator: &Indicator) -> Option<FamilyKind> {
        self.family_of(indicator).map(|family| family.kind)
    }

    /// Counts for `indicators stats --json` and for reports: `families` and one key per family
    /// kind, `samples`, `sources`, `indicator-records` (value × family × source), and per
    /// indicator kind (its `as_str` name) the number of distinct values.
    pub fn counts(&self) -> std::collections::BTreeMap<String, u64> {
        let mut counts = std::collections::BTreeMap::new();
        let mut put = |key: &str, value: usize| {
            counts.insert(key.to_owned(), u64::try_from(value).unwrap_or(u64::MAX));
        };
        put("families", self.families.len());
        for kind in [
            FamilyKind::Stalkerware,
            FamilyKind::Watchware,
            FamilyKind::DualUse,
            FamilyKind::Other,
        ] {
            put(
                kind.as_str(),
                self.families
                    .iter()
                    .filter(|family| family.kind == kind)
                    .count(),
            );
        }
        put("samples", self.samples.len());
        put("sources", self.sources.len());
        put("indicator-records", self.indicators.len());
        for kind in IndicatorKind::ALL {
            let distinct: std::collections::HashSet<&str> = self
                .of_kind(kind)
                .map(|indicator| indicator.value.as_str())
                .collect();
            put(kind.as_str(), distinct.len());
        }
        counts
    }

    /// A comparable view of the set that ignores order and provenance details which a format
    /// cannot carry: (kind, value, family) triples, sorted and de-duplicated. Round-trip tests
    /// compare these.
    pub fn value_triples(&self) -> Vec<(IndicatorKind, String, Option<String>)> {
        let mut triples: Vec<_> = self
            .indicators
            .iter()
            .map(|indicator| {
                (
                    indicator.kind,
                    indicator.value.clone(),
                    indicator.family.clone(),
                )
            })
            .collect();
        triples.sort();
        triples.dedup();
        triples
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(name: &str, kind: FamilyKind, aliases: &[&str]) -> Family {
        Family {
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind,
            source: 0,
        }
    }

    #[test]
    fn one_name_under_two_kinds_is_two_families() {
        let mut set = IndicatorSet::default();
        set.add_family(family("WiseMo", FamilyKind::Stalkerware, &[]));
        set.add_family(family("wisemo", FamilyKind::Watchware, &["WiseMo Host"]));
        set.add_family(family("WISEMO", FamilyKind::Watchware, &["Another"]));
        assert_eq!(set.families.len(), 2);
        assert_eq!(set.families_named("wisemo").count(), 2);
        assert_eq!(
            set.family("WiseMo").map(|f| f.kind),
            Some(FamilyKind::Stalkerware)
        );
        assert_eq!(
            set.family("another").map(|f| f.kind),
            Some(FamilyKind::Watchware)
        );
        let indicator = Indicator {
            kind: IndicatorKind::AndroidPackage,
            value: "com.wisemo.host.v10".into(),
            family: Some("WiseMo".into()),
            family_kind: Some(FamilyKind::Watchware),
            role: None,
            label: None,
            provenance: Provenance::default(),
        };
        assert_eq!(set.family_of(&indicator).map(|f| f.aliases.len()), Some(2));
    }

    #[test]
    fn lookups_stay_right_when_families_are_changed_directly() {
        let mut set = IndicatorSet::default();
        set.add_family(family("A", FamilyKind::Stalkerware, &["Alpha"]));
        set.families.push(family("B", FamilyKind::Watchware, &[]));
        assert_eq!(set.family("b").map(|f| f.kind), Some(FamilyKind::Watchware));
        set.families.clear();
        set.add_family(family("C", FamilyKind::Other, &[]));
        assert!(set.family("A").is_none());
        assert!(set.family("alpha").is_none());
        assert_eq!(set.family("c").map(|f| f.name.as_str()), Some("C"));
    }
}
