//! TinyCheck's JSON: the IOC list (`{"iocs": [{"type", "tag", "tlp", "value"}, …]}`, as in
//! TinyCheck's `assets/iocs.json` and Echap's `generated/indicators-for-tinycheck.json`) and the
//! allow-list (`{"elements": [{"type", "element"}, …]}`, TinyCheck's `assets/whitelist.json`).
//!
//! **Read** (IOCs): `domain` → domain, `ip4addr` → IPv4, `ip6addr` → IPv6, `cidr` → network.
//! TinyCheck has no families: each value has no family, and its `tag` (`stalkerware`, `tracker`,
//! `pegasus`, …) is kept as the indicator's label. `tlp` gives the TLP (TLP 1.0 names; an unknown
//! TLP skips the record with an error, since guessing could widen its sharing). Types the model
//! cannot hold are skipped and reported once per type as a warning:
//! - `sha1cert`: SHA-1 of a *TLS server* certificate seen in traffic. The model's certificate
//!   kinds are APK *signing* certificates; filing a TLS fingerprint there would make it look like
//!   an app signer, so these are not kept;
//! - `freedns` (free dynamic-DNS zones: "suspect", not an indicator of a product), `tld`, `ns`
//!   (suspicious name servers) and `snort` (whole IDS rules).
//!
//! A value listed twice is kept once (Echap's file lists some domains twice).
//!
//! **Read** (allow-list, [`read_allowlist`]): `domain`, `cidr`, `ip4addr`, `ip6addr` elements as
//! indicators without family, for the matcher to use as an allow-list.
//!
//! **Write**: the IOC list with one entry per distinct (type, value), one entry per line, in the
//! set's order; only domains, IPv4/IPv6 addresses and networks are written (TinyCheck matches
//! nothing else from this model). `tag` is the kind of the value's first family (`stalkerware`,
//! `watchware`, `dual-use`, `other`), else its label when that is a plain word (so TinyCheck's
//! own tags survive a round trip), else `suspect`; `tlp` is the most restrictive TLP of its
//! records in TLP 1.0 names (`white` for CLEAR). Families are lost.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

use serde_json::Value;

use crate::builder::{Location, RawIndicator, SetBuilder};
use crate::error::Severity;
use crate::formats::csv::dedup_indicators;
use crate::model::{IndicatorKind, IndicatorSet, Provenance, SourceFormat, Tlp};
use crate::{Error, Loaded};

/// Why a TinyCheck type is not read.
fn unsupported_reason(type_name: &str) -> &'static str {
    match type_name {
        "sha1cert" => {
            "TLS server certificate fingerprints; the model's certificate kinds are APK signing certificates"
        }
        "freedns" => "free dynamic-DNS zones (suspect, not an indicator of a product)",
        "tld" => "top-level domains (suspect, not an indicator of a product)",
        "ns" => "name servers (suspect, not an indicator of a product)",
        "snort" => "whole Snort/Suricata rules",
        _ => "unknown type",
    }
}

fn kind_of(type_name: &str) -> Option<IndicatorKind> {
    match type_name {
        "domain" => Some(IndicatorKind::Domain),
        "ip4addr" => Some(IndicatorKind::Ipv4),
        "ip6addr" => Some(IndicatorKind::Ipv6),
        "cidr" => Some(IndicatorKind::Cidr),
        _ => None,
    }
}

/// Parses the file and takes the list under `key` out of its top-level object.
fn parse_root(path: &Path, bytes: &[u8], key: &str, what: &str) -> Result<Vec<Value>, Error> {
    let syntax = |line: Option<u64>, message: String| Error::Syntax {
        path: path.to_path_buf(),
        line,
        message,
    };
    let value: Value = serde_json::from_slice(bytes).map_err(|error| {
        syntax(
            Some(error.line() as u64),
            format!("not a TinyCheck {what}: not valid JSON ({error})"),
        )
    })?;
    match value {
        Value::Object(mut fields) => match fields.remove(key) {
            Some(Value::Array(list)) => Ok(list),
            _ => Err(syntax(
                None,
                format!("not a TinyCheck {what}: expected a JSON object with a `{key}` list"),
            )),
        },
        _ => Err(syntax(
            None,
            format!("not a TinyCheck {what}: expected a JSON object with a `{key}` list"),
        )),
    }
}

struct Unsupported(BTreeMap<String, usize>);

impl Unsupported {
    fn add(&mut self, type_name: &str) {
        let key = if type_name.is_empty() {
            "(no type)"
        } else {
            type_name
        };
        *self.0.entry(key.to_owned()).or_default() += 1;
    }

    fn report(self, builder: &mut SetBuilder) {
        for (type_name, count) in self.0 {
            builder.report(
                Severity::Warning,
                "tinycheck.unsupported-type",
                &Location::default(),
                format!(
                    "{count} entr{} of type `{type_name}` skipped: {}",
                    if count == 1 { "y" } else { "ies" },
                    unsupported_reason(&type_name)
                ),
            );
        }
    }
}

/// Reads a TinyCheck IOC list.
pub fn read(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let iocs = parse_root(path, bytes, "iocs", "IOC file")?;
    let mut builder = SetBuilder::new(path.display().to_string());
    let source = builder.set.add_source(crate::file_source(
        path,
        bytes,
        SourceFormat::Tinycheck,
        None,
    ));
    let mut unsupported = Unsupported(BTreeMap::new());
    for (index, ioc) in iocs.iter().enumerate() {
        let id = ioc
            .get("id")
            .map(|id| match id {
                Value::String(text) => format!(" id {text}"),
                other => format!(" id {other}"),
            })
            .unwrap_or_default();
        let at = Location {
            line: None,
            record: Some(format!("iocs[{index}]{id}")),
        };
        let Some(fields) = ioc.as_object() else {
            builder.report(
                Severity::Error,
                "tinycheck.shape",
                &at,
                "an entry is not a JSON object; skipped",
            );
            continue;
        };
        let text = |key: &str| fields.get(key).and_then(Value::as_str).map(str::trim);
        let type_name = text("type").unwrap_or("").to_ascii_lowercase();
        let Some(value) = text("value") else {
            builder.report(
                Severity::Error,
                "tinycheck.shape",
                &at,
                "an entry has no text `value`; skipped",
            );
            continue;
        };
        let Some(kind) = kind_of(&type_name) else {
            unsupported.add(&type_name);
            continue;
        };
        let tlp = match text("tlp").filter(|t| !t.is_empty()) {
            None => Tlp::Clear,
            Some(name) => match Tlp::parse(name) {
                Some(tlp) => tlp,
                None => {
                    builder.report(
                        Severity::Error,
                        "tinycheck.tlp",
                        &at,
                        format!("unknown TLP `{name}`; skipped"),
                    );
                    continue;
                }
            },
        };
        let label = text("tag").filter(|tag| !tag.is_empty());
        builder.push(
            RawIndicator {
                kind,
                value,
                family: None,
                role: None,
                label,
                provenance: Provenance {
                    source,
                    tlp,
                    ..Provenance::default()
                },
            },
            &at,
        );
    }
    unsupported.report(&mut builder);
    dedup_indicators(&mut builder.set);
    Ok(builder.finish())
}

/// Reads TinyCheck's allow-list (`whitelist.json`): the values TinyCheck never alerts on.
pub fn read_allowlist(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let elements = parse_root(path, bytes, "elements", "allow-list")?;
    let mut builder = SetBuilder::new(path.display().to_string());
    let source = builder.set.add_source(crate::file_source(
        path,
        bytes,
        SourceFormat::Tinycheck,
        None,
    ));
    let mut unsupported = Unsupported(BTreeMap::new());
    for (index, element) in elements.iter().enumerate() {
        let at = Location {
            line: None,
            record: Some(format!("elements[{index}]")),
        };
        let text = |key: &str| element.get(key).and_then(Value::as_str).map(str::trim);
        let (Some(type_name), Some(value)) = (text("type"), text("element")) else {
            builder.report(
                Severity::Error,
                "tinycheck.shape",
                &at,
                "an element is not an object with text `type` and `element`; skipped",
            );
            continue;
        };
        let type_name = type_name.to_ascii_lowercase();
        let Some(kind) = kind_of(&type_name) else {
            unsupported.add(&type_name);
            continue;
        };
        builder.push(
            RawIndicator {
                kind,
                value,
                family: None,
                role: None,
                label: None,
                provenance: Provenance {
                    source,
                    ..Provenance::default()
                },
            },
            &at,
        );
    }
    unsupported.report(&mut builder);
    dedup_indicators(&mut builder.set);
    Ok(builder.finish())
}

fn type_of(kind: IndicatorKind) -> Option<&'static str> {
    match kind {
        IndicatorKind::Domain => Some("domain"),
        IndicatorKind::Ipv4 => Some("ip4addr"),
        IndicatorKind::Ipv6 => Some("ip6addr"),
        IndicatorKind::Cidr => Some("cidr"),
        _ => None,
    }
}

/// TLP 1.0 names, as TinyCheck uses them.
fn tlp_name(tlp: Tlp) -> &'static str {
    match tlp {
        Tlp::Clear => "white",
        Tlp::Green => "green",
        Tlp::Amber => "amber",
        Tlp::Red => "red",
    }
}

fn is_plain_tag(label: &str) -> bool {
    !label.is_empty()
        && label.len() <= 40
        && label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Writes the TinyCheck IOC list.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    struct Entry<'a> {
        type_name: &'static str,
        value: &'a str,
        tag: String,
        tlp: Tlp,
    }
    let mut entries: Vec<Entry<'_>> = Vec::new();
    let mut position: HashMap<(&'static str, &str), usize> = HashMap::new();
    for indicator in &set.indicators {
        let Some(type_name) = type_of(indicator.kind) else {
            continue;
        };
        let tlp = indicator.provenance.tlp;
        if let Some(entry) = position
            .get(&(type_name, indicator.value.as_str()))
            .and_then(|&i| entries.get_mut(i))
        {
            entry.tlp = entry.tlp.max(tlp);
            continue;
        }
        let tag = match set.family_kind(indicator) {
            Some(kind) => kind.as_str().to_owned(),
            None => indicator
                .label
                .as_deref()
                .filter(|label| is_plain_tag(label))
                .unwrap_or("suspect")
                .to_owned(),
        };
        position.insert((type_name, indicator.value.as_str()), entries.len());
        entries.push(Entry {
            type_name,
            value: &indicator.value,
            tag,
            tlp,
        });
    }
    out.write_all(b"{\"iocs\": [")?;
    for (index, entry) in entries.iter().enumerate() {
        let line = format!(
            "{{\"type\": {}, \"tag\": {}, \"tlp\": {}, \"value\": {}}}",
            Value::from(entry.type_name),
            Value::from(entry.tag.as_str()),
            Value::from(tlp_name(entry.tlp)),
            Value::from(entry.value),
        );
        out.write_all(if index == 0 { b"\n" } else { b",\n" })?;
        out.write_all(line.as_bytes())?;
    }
    out.write_all(b"\n]}\n")
}
