//! Values that must never raise an alert (`google.com`, a clinic's own network, a benign app
//! that shares infrastructure with stalkerware).
//!
//! The allow-list is consulted after matching, never instead of it, so a suppressed hit is still
//! known and reported as suppressed. Domains cover their subdomains, networks cover their
//! addresses; other kinds must be equal.

use std::net::IpAddr;

use serde::Serialize;
use unstalk_indicators::normalize;
use unstalk_indicators::{Indicator, IndicatorKind, IndicatorSet};

/// One allow-listed value and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AllowEntry {
    pub kind: IndicatorKind,
    pub value: String,
    /// The file or feed that listed it.
    pub source: String,
}

/// A set of values that suppress hits.
#[derive(Debug, Clone, Default)]
pub struct AllowList {
    domains: foldhash::HashMap<String, AllowEntry>,
    networks: Vec<(ipnet::IpNet, AllowEntry)>,
    exact: foldhash::HashMap<(IndicatorKind, String), AllowEntry>,
}

impl AllowList {
    /// Adds one value; `kind` says how it is compared.
    pub fn add(
        &mut self,
        kind: IndicatorKind,
        value: &str,
        source: &str,
    ) -> Result<(), normalize::InvalidValue> {
        let value = normalize::normalize(kind, value)?;
        let entry = AllowEntry {
            kind,
            value: value.clone(),
            source: source.to_owned(),
        };
        match kind {
            IndicatorKind::Domain => {
                self.domains.insert(value, entry);
            }
            IndicatorKind::Ipv4 | IndicatorKind::Ipv6 | IndicatorKind::Cidr => {
                if let Ok(network) =
                    normalize::cidr(&value).and_then(|text| text.parse().map_err(|_| String::new()))
                {
                    self.networks.push((network, entry));
                }
            }
            _ => {
                self.exact.insert((kind, value), entry);
            }
        }
        Ok(())
    }

    /// Every indicator of `set` becomes an allow-list entry (for allow-lists kept in an
    /// indicator format, such as TinyCheck's).
    pub fn extend_from_set(&mut self, set: &IndicatorSet) {
        for indicator in &set.indicators {
            let source = set
                .source(indicator.provenance.source)
                .map_or_else(String::new, |source| source.location.clone());
            // Values in a set are already normalised, so this cannot fail; ignore if it does.
            let _ = self.add(indicator.kind, &indicator.value, &source);
        }
    }

    /// Reads a plain list: one value per line, `#` starts a comment. The kind of each value is
    /// guessed: address or network, else a value with `://` is a URL, else a domain.
    pub fn parse_text(text: &str, source: &str) -> Result<AllowList, String> {
        let mut list = AllowList::default();
        list.add_text(text, source)?;
        Ok(list)
    }

    /// Adds the values of a plain list (see [`AllowList::parse_text`]).
    pub fn add_text(&mut self, text: &str, source: &str) -> Result<(), String> {
        for (number, line) in text.lines().enumerate() {
            let value = line.split('#').next().unwrap_or("").trim();
            if value.is_empty() {
                continue;
            }
            let kind = normalize::ip_kind(value).unwrap_or(if value.contains("://") {
                IndicatorKind::Url
            } else {
                IndicatorKind::Domain
            });
            let kind = if kind == IndicatorKind::Ipv4 || kind == IndicatorKind::Ipv6 {
                IndicatorKind::Cidr
            } else {
                kind
            };
            self.add(kind, value, source)
                .map_err(|error| format!("{source}:{}: {error}", number + 1))?;
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.domains.len() + self.networks.len() + self.exact.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The entry that suppresses a hit of `indicator` for the (normalised) `query`, if any.
    pub fn covering(&self, query: &str, indicator: &Indicator) -> Option<&AllowEntry> {
        if self.is_empty() {
            return None;
        }
        match indicator.kind {
            IndicatorKind::Domain => self
                .domain_entry(query)
                .or_else(|| self.domain_entry(&indicator.value)),
            IndicatorKind::Ipv4 | IndicatorKind::Ipv6 | IndicatorKind::Cidr => query
                .parse::<IpAddr>()
                .ok()
                .and_then(|address| self.network_entry(address)),
            IndicatorKind::Url => self
                .exact
                .get(&(IndicatorKind::Url, query.to_owned()))
                .or_else(|| {
                    let host = normalize::url_host(query)?;
                    match host.parse::<IpAddr>() {
                        Ok(address) => self.network_entry(address),
                        Err(_) => self.domain_entry(&host),
                    }
                }),
            kind => self
                .exact
                .get(&(kind, query.to_owned()))
                .or_else(|| self.exact.get(&(kind, indicator.value.clone()))),
        }
    }

    fn domain_entry(&self, name: &str) -> Option<&AllowEntry> {
        let mut suffix = name;
        loop {
            if let Some(entry) = self.domains.get(suffix) {
                return Some(entry);
            }
            suffix = suffix.split_once('.')?.1;
        }
    }

    fn network_entry(&self, address: IpAddr) -> Option<&AllowEntry> {
        self.networks
            .iter()
            .find(|(network, _)| network.contains(&address))
            .map(|(_, entry)| entry)
    }
}
