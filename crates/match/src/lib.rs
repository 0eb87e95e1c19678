//! Answers "is this value a known stalkerware indicator, and whose?" for every scanner.
//!
//! A [`Matcher`] is built once from a merged [`IndicatorSet`] and then queried many times (every
//! app on a phone, every DNS name in a capture). Building indexes the set by kind: hash maps for
//! exact values, a domain map queried suffix by suffix on label boundaries (`a.copy9.com` finds
//! `copy9.com`; `xcopy9.com` does not), a list of networks for CIDR containment, and compiled
//! regular expressions for certificate common names.
//!
//! Every [`Hit`] names the indicator, its family and the feed it came from, so a finding can say
//! exactly why it was raised. An optional [`AllowList`] is applied *after* matching: hits it
//! suppresses are returned separately in [`Matches::allow_listed`] so reports can say what was
//! suppressed instead of hiding it.
//!
//! The domain lookup is the hot path (millions of names in a large capture): it does not
//! allocate for ASCII input and hashes with `foldhash`, which is several times faster than the
//! standard library's SipHash on short keys; no denial-of-service concern applies because the
//! keys are our own indicator values, fixed before any query arrives.

mod allowlist;

use std::net::IpAddr;

use foldhash::HashMapExt;
use unstalk_indicators::normalize;
use unstalk_indicators::{Family, Indicator, IndicatorKind, IndicatorSet, Source};

pub use allowlist::{AllowEntry, AllowList};

type FastMap<K, V> = foldhash::HashMap<K, V>;

/// How a hit relates the queried value to the indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MatchedBy {
    /// The value equals the indicator.
    Exact,
    /// The queried name is a subdomain of the listed domain.
    Subdomain,
    /// The queried address lies inside the listed network.
    Network,
    /// The URL's host matched a domain or address indicator.
    UrlHost,
    /// The certificate subject matched a listed organisation or common-name pattern.
    CertificateSubject,
}

/// One indicator that matched a query.
#[derive(Debug, Clone)]
pub struct Hit<'m> {
    /// The value that was queried, normalised.
    pub query: String,
    pub indicator: &'m Indicator,
    /// The family the indicator belongs to, when the feed says.
    pub family: Option<&'m Family>,
    /// The feed the indicator came from.
    pub source: Option<&'m Source>,
    pub matched_by: MatchedBy,
}

/// The answer to one query: hits, and hits the allow-list suppressed.
#[derive(Debug, Clone, Default)]
pub struct Matches<'m> {
    pub hits: Vec<Hit<'m>>,
    /// Hits suppressed by the allow-list, with the allow-list entry responsible.
    pub allow_listed: Vec<(Hit<'m>, AllowEntry)>,
}

impl Matches<'_> {
    pub fn is_empty(&self) -> bool {
        self.hits.is_empty()
    }
}

/// The result of the allocation-free domain lookup: the listed domain that matched and the
/// indicator records under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DomainHit<'m> {
    /// The listed domain (a suffix of the query on a label boundary, or the query itself).
    pub listed: &'m str,
    /// Indexes into the set's indicators.
    pub indicators: &'m [u32],
}

/// An indexed, immutable indicator set.
#[derive(Debug, Clone)]
pub struct Matcher {
    set: IndicatorSet,
    exact: FastMap<(IndicatorKind, Box<str>), Vec<u32>>,
    domains: FastMap<Box<str>, Vec<u32>>,
    /// True when some listed domain is a single label (a TLD): only then are single-label
    /// suffixes looked up.
    single_label_domains: bool,
    addresses: FastMap<IpAddr, Vec<u32>>,
    networks: Vec<(ipnet::IpNet, u32)>,
    organizations: FastMap<Box<str>, Vec<u32>>,
    common_name_patterns: Vec<(regex::Regex, u32)>,
    /// YARA rules by (source, rule name): a scanner reports which rule of which source matched.
    yara_rules: FastMap<(u32, Box<str>), Vec<u32>>,
    families: FastMap<Box<str>, usize>,
    allow_list: AllowList,
}

/// Kinds looked up by exact value.
const EXACT_KINDS: [IndicatorKind; 13] = [
    IndicatorKind::AndroidPackage,
    IndicatorKind::IosBundle,
    IndicatorKind::CertSha1,
    IndicatorKind::CertSha256,
    IndicatorKind::FileSha256,
    IndicatorKind::FileSha1,
    IndicatorKind::FileMd5,
    IndicatorKind::Url,
    IndicatorKind::Email,
    IndicatorKind::ConfigurationProfile,
    IndicatorKind::AndroidProperty,
    IndicatorKind::ProcessName,
    IndicatorKind::FilePath,
];

impl Matcher {
    /// Indexes `set`. Values were normalised when read, so no normalisation happens here.
    pub fn new(set: IndicatorSet) -> Matcher {
        let mut matcher = Matcher {
            exact: FastMap::new(),
            domains: FastMap::new(),
            single_label_domains: false,
            addresses: FastMap::new(),
            networks: Vec::new(),
            organizations: FastMap::new(),
            common_name_patterns: Vec::new(),
            yara_rules: FastMap::new(),
            families: FastMap::new(),
            allow_list: AllowList::default(),
            set: IndicatorSet::default(),
        };
        for (index, family) in set.families.iter().enumerate() {
            matcher
                .families
                .entry(family.name.to_ascii_lowercase().into())
                .or_insert(index);
        }
        for (index, indicator) in set.indicators.iter().enumerate() {
            let Ok(id) = u32::try_from(index) else { break };
            let value = indicator.value.as_str();
            match indicator.kind {
                IndicatorKind::Domain => {
                    matcher.single_label_domains |= !value.contains('.');
                    matcher.domains.entry(value.into()).or_default().push(id);
                }
                IndicatorKind::Ipv4 | IndicatorKind::Ipv6 => {
                    if let Ok(address) = value.parse::<IpAddr>() {
                        matcher.addresses.entry(address).or_default().push(id);
                    }
                }
                IndicatorKind::Cidr => {
                    if let Ok(network) = value.parse::<ipnet::IpNet>() {
                        matcher.networks.push((network, id));
                    }
                }
                IndicatorKind::CertOrganization => {
                    matcher
                        .organizations
                        .entry(value.to_lowercase().into())
                        .or_default()
                        .push(id);
                }
                IndicatorKind::CertCnRegex => {
                    if let Ok(pattern) = regex::Regex::new(value) {
                        matcher.common_name_patterns.push((pattern, id));
                    }
                }
                IndicatorKind::YaraRule => {
                    if let Some(name) = &indicator.label {
                        matcher
                            .yara_rules
                            .entry((indicator.provenance.source, name.as_str().into()))
                            .or_default()
                            .push(id);
                    }
                }
                IndicatorKind::FileName => {}
                kind => {
                    matcher
                        .exact
                        .entry((kind, value.into()))
                        .or_default()
                        .push(id);
                }
            }
        }
        matcher.set = set;
        matcher
    }

    /// Applies `allow_list` to every later query.
    pub fn with_allow_list(mut self, allow_list: AllowList) -> Matcher {
        self.allow_list = allow_list;
        self
    }

    /// The indexed set.
    pub fn set(&self) -> &IndicatorSet {
        &self.set
    }

    pub fn allow_list(&self) -> &AllowList {
        &self.allow_list
    }

    /// Looks up an Android package name.
    pub fn match_package(&self, package: &str) -> Matches<'_> {
        self.exact_matches(IndicatorKind::AndroidPackage, package)
    }

    /// Looks up an iOS bundle identifier.
    pub fn match_bundle(&self, bundle: &str) -> Matches<'_> {
        self.exact_matches(IndicatorKind::IosBundle, bundle)
    }

    /// Looks up a signing-certificate fingerprint, SHA-1 or SHA-256 (told apart by length;
    /// case and colons do not matter).
    pub fn match_certificate(&self, fingerprint: &str) -> Matches<'_> {
        let kind = match hex_length(fingerprint) {
            40 => IndicatorKind::CertSha1,
            64 => IndicatorKind::CertSha256,
            _ => return Matches::default(),
        };
        self.exact_matches(kind, fingerprint)
    }

    /// Looks up a file hash: MD5, SHA-1 or SHA-256 (told apart by length).
    pub fn match_file_hash(&self, hash: &str) -> Matches<'_> {
        let kind = match hex_length(hash) {
            32 => IndicatorKind::FileMd5,
            40 => IndicatorKind::FileSha1,
            64 => IndicatorKind::FileSha256,
            _ => return Matches::default(),
        };
        self.exact_matches(kind, hash)
    }

    /// Looks up a certificate subject's organisation and common name.
    pub fn match_certificate_subject(
        &self,
        organization: Option<&str>,
        common_name: Option<&str>,
    ) -> Matches<'_> {
        let mut ids = Vec::new();
        let mut query = Vec::new();
        if let Some(organization) = organization {
            query.push(format!("O={organization}"));
            if let Some(found) = self
                .organizations
                .get(organization.trim().to_lowercase().as_str())
            {
                ids.extend_from_slice(found);
            }
        }
        if let Some(common_name) = common_name {
            query.push(format!("CN={common_name}"));
            ids.extend(
                self.common_name_patterns
                    .iter()
                    .filter(|(pattern, _)| pattern.is_match(common_name))
                    .map(|(_, id)| *id),
            );
        }
        let query = query.join(", ");
        self.finish(
            ids.into_iter()
                .map(|id| (id, MatchedBy::CertificateSubject, query.clone())),
        )
    }

    /// Looks up a DNS name: the name itself, then each parent domain on a label boundary.
    /// Every listed ancestor that matches is a hit, most specific first.
    pub fn match_domain(&self, name: &str) -> Matches<'_> {
        let Some(name) = canonical_domain(name) else {
            return Matches::default();
        };
        let mut found = Vec::new();
        self.for_each_domain_suffix(&name, |listed, ids| {
            let matched_by = if listed.len() == name.len() {
                MatchedBy::Exact
            } else {
                MatchedBy::Subdomain
            };
            found.extend(ids.iter().map(|&id| (id, matched_by.clone(), name.clone())));
            false
        });
        self.finish(found)
    }

    /// The most specific listed domain that `name` equals or is under, without allocating for
    /// ASCII names of at most 253 bytes. The allow-list is not applied: use [`Matcher::match_domain`]
    /// for findings.
    pub fn lookup_domain(&self, name: &str) -> Option<DomainHit<'_>> {
        let mut buffer = [0u8; 253];
        let name = name.strip_suffix('.').unwrap_or(name);
        let bytes = name.as_bytes();
        if !name.is_ascii() || bytes.len() > buffer.len() {
            let canonical = canonical_domain(name)?;
            return self.first_domain_hit(&canonical);
        }
        if bytes.iter().any(u8::is_ascii_uppercase) {
            let lowered = buffer.get_mut(..bytes.len())?;
            lowered.copy_from_slice(bytes);
            lowered.make_ascii_lowercase();
            let lowered = std::str::from_utf8(lowered).ok()?;
            return self.first_domain_hit(lowered);
        }
        self.first_domain_hit(name)
    }

    fn first_domain_hit(&self, name: &str) -> Option<DomainHit<'_>> {
        let mut result = None;
        self.for_each_domain_suffix(name, |listed, ids| {
            result = Some(DomainHit {
                listed,
                indicators: ids,
            });
            true
        });
        result
    }

    /// Calls `visit(listed, ids)` for `name` and each parent domain present in the index,
    /// most specific first, until `visit` returns true.
    fn for_each_domain_suffix<'m>(
        &'m self,
        name: &str,
        mut visit: impl FnMut(&'m str, &'m [u32]) -> bool,
    ) {
        let mut suffix = name;
        loop {
            if let Some((listed, ids)) = self.domains.get_key_value(suffix)
                && visit(listed, ids)
            {
                return;
            }
            match suffix.split_once('.') {
                Some((_, parent)) if self.single_label_domains || parent.contains('.') => {
                    suffix = parent
                }
                _ => return,
            }
        }
    }

    /// Looks up an IPv4 or IPv6 address: exact addresses, then the networks containing it.
    pub fn match_ip(&self, address: IpAddr) -> Matches<'_> {
        let query = address.to_string();
        let mut found: Vec<(u32, MatchedBy, String)> = self
            .addresses
            .get(&address)
            .into_iter()
            .flatten()
            .map(|&id| (id, MatchedBy::Exact, query.clone()))
            .collect();
        found.extend(
            self.networks
                .iter()
                .filter(|(network, _)| network.contains(&address))
                .map(|(_, id)| (*id, MatchedBy::Network, query.clone())),
        );
        self.finish(found)
    }

    /// Looks up a URL: the whole URL, then its host as a domain or address.
    pub fn match_url(&self, url: &str) -> Matches<'_> {
        let mut matches = self.exact_matches(IndicatorKind::Url, url);
        if let Some(host) = normalize::url_host(url) {
            let host_matches = match host.parse::<IpAddr>() {
                Ok(address) => self.match_ip(address),
                Err(_) => self.match_domain(&host),
            };
            for mut hit in host_matches.hits {
                hit.matched_by = MatchedBy::UrlHost;
                matches.hits.push(hit);
            }
            matches.allow_listed.extend(host_matches.allow_listed);
        }
        matches
    }

    /// The indicator of YARA rule `rule` from source `source` (an index into the set's
    /// sources), for a rule the YARA engine reported as matching. The hit's query is the rule
    /// name.
    pub fn match_yara_rule(&self, source: u32, rule: &str) -> Matches<'_> {
        let ids = self
            .yara_rules
            .get(&(source, rule.into()))
            .cloned()
            .unwrap_or_default();
        self.finish(
            ids.into_iter()
                .map(|id| (id, MatchedBy::Exact, rule.to_owned())),
        )
    }

    /// Looks up an e-mail address.
    pub fn match_email(&self, email: &str) -> Matches<'_> {
        self.exact_matches(IndicatorKind::Email, email)
    }

    /// Looks up a value of any kind, guessing what it can be: a URL, an address, a hash or
    /// fingerprint, an e-mail, a domain, a package or bundle id. Used by `indicators search`.
    pub fn match_any<'a>(&'a self, value: &str) -> Matches<'a> {
        let value = value.trim();
        if value.contains("://") {
            return self.match_url(value);
        }
        if let Ok(address) = value.parse::<IpAddr>() {
            return self.match_ip(address);
        }
        if value.contains('@') {
            return self.match_email(value);
        }
        let mut all = Matches::default();
        let mut absorb = |more: Matches<'a>| {
            all.hits.extend(more.hits);
            all.allow_listed.extend(more.allow_listed);
        };
        match hex_length(value) {
            40 | 64 => {
                absorb(self.match_certificate(value));
                absorb(self.match_file_hash(value));
            }
            32 => absorb(self.match_file_hash(value)),
            _ => {}
        }
        for kind in EXACT_KINDS.iter().copied().filter(|kind| {
            matches!(
                kind,
                IndicatorKind::AndroidPackage
                    | IndicatorKind::IosBundle
                    | IndicatorKind::ConfigurationProfile
                    | IndicatorKind::AndroidProperty
                    | IndicatorKind::ProcessName
                    | IndicatorKind::FilePath
            )
        }) {
            absorb(self.exact_matches(kind, value));
        }
        if value.contains('.') && !value.contains('/') {
            absorb(self.match_domain(value));
        }
        if value.contains('/') {
            absorb(self.exact_matches(IndicatorKind::Url, value));
        }
        absorb(self.match_certificate_subject(Some(value), Some(value)));
        all
    }

    fn exact_matches(&self, kind: IndicatorKind, value: &str) -> Matches<'_> {
        let Ok(value) = normalize::normalize(kind, value) else {
            return Matches::default();
        };
        let ids = self
            .exact
            .get(&(kind, value.as_str().into()))
            .cloned()
            .unwrap_or_default();
        self.finish(
            ids.into_iter()
                .map(|id| (id, MatchedBy::Exact, value.clone())),
        )
    }

    /// Turns indicator ids into hits and applies the allow-list.
    fn finish(&self, found: impl IntoIterator<Item = (u32, MatchedBy, String)>) -> Matches<'_> {
        let mut matches = Matches::default();
        for (id, matched_by, query) in found {
            let Some(indicator) = self.set.indicators.get(id as usize) else {
                continue;
            };
            let hit = Hit {
                family: self.family_of(indicator),
                source: self.set.source(indicator.provenance.source),
                query,
                indicator,
                matched_by,
            };
            match self.allow_list.covering(&hit.query, indicator) {
                Some(entry) => matches.allow_listed.push((hit, entry.clone())),
                None => matches.hits.push(hit),
            }
        }
        matches
    }

    /// The family `indicator` belongs to (name and kind: one name can be listed under two kinds).
    pub fn family_of(&self, indicator: &Indicator) -> Option<&Family> {
        let first = self.family(indicator.family.as_deref()?)?;
        match indicator.family_kind {
            Some(kind) if kind != first.kind => self.set.family_of(indicator),
            _ => Some(first),
        }
    }

    /// The first family called `name`.
    pub fn family(&self, name: &str) -> Option<&Family> {
        self.families
            .get(name.to_ascii_lowercase().as_str())
            .and_then(|&index| self.set.families.get(index))
            .or_else(|| self.set.family(name))
    }
}

/// Number of hex digits in `value` once `:` separators are removed; 0 when it is not hex.
fn hex_length(value: &str) -> usize {
    let digits = value.trim().bytes().filter(|&b| b != b':');
    let mut count = 0;
    for byte in digits {
        if !byte.is_ascii_hexdigit() {
            return 0;
        }
        count += 1;
    }
    count
}

fn canonical_domain(name: &str) -> Option<String> {
    normalize::domain(name.trim()).ok()
}

#[cfg(test)]
mod tests;
