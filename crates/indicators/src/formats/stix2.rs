//! STIX 2.1 bundles, read and written the way MVT (Mobile Verification Toolkit) exchanges them.
//!
//! # Reading
//!
//! [`read()`] takes a bundle (`{"type": "bundle", "objects": [...]}`). A file that is not JSON, or
//! JSON that is not a bundle, is an [`Error::Syntax`]; everything else is read object by object,
//! so a malformed object becomes a [`Diagnostic`](crate::Diagnostic) and the rest is kept.
//!
//! - `indicator` objects (and our own `x-unstalk-indicator`, see below) with `pattern_type`
//!   `stix` (or absent) and a single comparison `[object:path = 'value']` — with or without
//!   spaces around `=`, with `\'` and `\\` escapes, values may contain `=` — become one
//!   indicator each: `domain-name:value`, `ipv4-addr:value` / `ipv6-addr:value` (a value with
//!   `/` is a [`IndicatorKind::Cidr`]), `url:value`, `email-addr:value`, `app:id`,
//!   `app:cert.sha1|sha256`, `file:hashes.sha256|sha1|md5` (also `'SHA-256'`, `'SHA-1'`, `MD5`),
//!   `x509-certificate:hashes.*`, `configuration-profile:id`, `android-property:name`,
//!   `process:name`, `file:path`, `file:name`, and our `x509-certificate:x_unstalk_subject_organization = '…'`
//!   and `x509-certificate:x_unstalk_subject_cn MATCHES '…'`. Compound patterns (`AND`, `OR`,
//!   several observations, qualifiers) and unknown paths are skipped with a warning; a pattern
//!   that is not well-formed is skipped with an error. `pattern_type: yara` gives a
//!   [`IndicatorKind::YaraRule`] labelled with the rule name (and a [`YaraSource`], so a YARA
//!   export passes it through); other pattern types are skipped with a warning.
//! - Families: an indicator's family is the `name` (and `aliases`) of each `malware` object an
//!   `indicates` relationship points it to, and the `name` of each `report` listing it in
//!   `object_refs`. The kind is the custom `x_unstalk_kind`, else `stalkerware`/`spouseware` in
//!   `malware_types` or `labels` → stalkerware, `watchware`/`parental-control` → watchware,
//!   `dual-use` → dual-use, else other. A family is its name *and* kind: two `malware` objects
//!   with the same name and different kinds (Echap lists WiseMo and FindMyKids both as
//!   stalkerware and as watchware) are two families, each indicator goes to the one its
//!   relationship names, and each record's [`Indicator::family_kind`] says which. An indicator
//!   with two families gives two records; one with none has no family.
//! - Provenance: one [`Source`](crate::Source) for the file (version = the bundle id).
//!   `first_seen` = `valid_from` (else `created`); `last_seen` = our `x_unstalk_last_seen`, else
//!   `valid_until`. `modified` is not read as a sighting: it says when the STIX object was
//!   edited. The writer's placeholder date [`UNKNOWN_TIME`] reads back as unknown. TLP comes from
//!   `object_marking_refs` (the standard TLP 1.0 and 2.0 marking-definition ids, or a TLP
//!   `marking-definition` in the bundle; the most restrictive wins; other markings are warned
//!   about); `confidence` (0–100); contributor = `name` of the `identity` in `created_by_ref`
//!   (of the indicator, else of the report listing it; unstalk's own identity is not a
//!   contributor); `x_unstalk_role`, `x_unstalk_criterion`,
//!   `x_unstalk_label` and `x_unstalk_value_kind` (which tells `app:id` of an iOS bundle from an
//!   Android package) are read back.
//!
//! ## Reading speed
//!
//! A bundle of 16,000 indicators (14 MB) loads in a few tens of milliseconds, about a hundred
//! times faster than MVT. The bundle is deserialised in one pass into typed structures that
//! borrow their strings from the input: each object's properties are matched by name, those the
//! reader does not use are skipped without being built, and only a property of an unexpected
//! JSON type is kept as a [`Value`] (so a diagnostic can quote it). That pass cannot fail on a
//! malformed object, only on text that is not JSON, so a bad object is still reported by id and
//! the rest load. Line numbers are looked up in the text only when the first diagnostic needs
//! one. Each family is resolved once per `malware`/`report` object, and a value with several
//! families is normalised once.
//!
//! # Writing
//!
//! [`write()`] emits a deterministic bundle (no clock, no randomness): ids are UUIDv5 of the
//! content (family name and kind for `malware`, kind + value + family name and kind for
//! indicators, the pair for relationships, the name for identities; the bundle id hashes all
//! object ids), so a name listed under two kinds gives two `malware` objects with distinct ids.
//! Timestamps are the indicators' `first_seen`/`last_seen` normalised to UTC milliseconds, or
//! [`UNKNOWN_TIME`] (`1970-01-01T00:00:00.000Z`) when unknown; a family's `created` is the
//! earliest of its indicators. Objects: one `identity` for unstalk (fixed id), one per
//! contributor; one `malware` per family (`name`, `aliases`, `is_family`, `malware_types` = the
//! kind, `x_unstalk_kind`); one indicator per distinct (kind, value, family) record, the family
//! being resolved by name and kind with [`IndicatorSet::family_of`] (duplicates from several
//! sources are merged: earliest first seen, latest last seen, most restrictive TLP, the first
//! record's other fields), each followed by its `indicates` relationship to its family's
//! `malware`. Samples of [`IndicatorSet::samples`] not already present as a `FileSha256`
//! indicator of the same family are written as `[file:hashes.sha256 = '…']` with role `sample`.
//!
//! # MVT compatibility
//!
//! MVT's `Indicators.parse_stix2` (mvt/common/indicators.py) reads every object of type
//! `indicator` as `key, value = pattern.strip("[]").split("=")`: a pattern with no `=` or with
//! more than one raises `ValueError` and aborts the whole load. It ignores `pattern_type`. So the
//! writer emits a record as a standard `indicator` only when its pattern contains exactly one
//! `=`; any other (YARA rules, URLs with query strings, regular expressions) is written as a
//! custom STIX object of type `x-unstalk-indicator` with the same properties, which MVT skips and
//! [`read()`] reads. [`export_counts`] says how many of each there are.
//!
//! MVT then keeps, per collection (one per `malware` object, so one per family even when two
//! share a name; one per `report`; plus a default one), the
//! unique values of the keys it knows and counts them: `domain-name:value` and
//! `ipv4-addr:value` (one list; our IPv4 CIDRs land there and never match), `url:value`,
//! `email-addr:value`, `app:id` (Android packages and iOS bundle ids), `app:cert.*`,
//! `file:hashes.*`, `file:path`, `file:name`, `process:name`, `configuration-profile:id`,
//! `android-property:name`. It logs `Loaded a total of N unique indicators`.
//! It ignores (debug log only) `ipv6-addr:value` (IPv6 addresses and networks), and our
//! `x509-certificate:x_unstalk_*` patterns (certificate organisation and CN regex);
//! `x-unstalk-indicator` objects (YARA rules and every value containing `=`) it never sees.
//! [`mvt_indicator_count`] reproduces MVT's count for our export; `scripts/check-mvt-stix.sh`
//! checks it against the real MVT.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::{self, Write};
use std::path::Path;

use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::builder::{Location, RawIndicator, SetBuilder};
use crate::error::Severity;
use crate::model::{
    Criterion, Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Provenance, Role,
    SourceFormat, Tlp, YaraSource,
};
use crate::{Error, Loaded};

/// The timestamp written when no date is known; read back as unknown.
pub const UNKNOWN_TIME: &str = "1970-01-01T00:00:00.000Z";

/// The STIX type of records MVT could not parse (see the module documentation).
pub const CUSTOM_INDICATOR_TYPE: &str = "x-unstalk-indicator";

/// TLP 2.0 marking definitions (FIRST TLP 2.0 / OASIS TLP 2.0 extension), written by [`write()`].
pub const TLP2_CLEAR: &str = "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487";
pub const TLP2_GREEN: &str = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
pub const TLP2_AMBER: &str = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
pub const TLP2_AMBER_STRICT: &str = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
pub const TLP2_RED: &str = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
/// TLP 1.0 marking definitions (STIX 2.1 specification, section 7.2.1.4), read only.
pub const TLP1_WHITE: &str = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";
pub const TLP1_GREEN: &str = "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da";
pub const TLP1_AMBER: &str = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
pub const TLP1_RED: &str = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";

/// The TLP of a standard marking-definition id.
pub fn tlp_of_marking(id: &str) -> Option<Tlp> {
    match id {
        TLP2_CLEAR | TLP1_WHITE => Some(Tlp::Clear),
        TLP2_GREEN | TLP1_GREEN => Some(Tlp::Green),
        TLP2_AMBER | TLP2_AMBER_STRICT | TLP1_AMBER => Some(Tlp::Amber),
        TLP2_RED | TLP1_RED => Some(Tlp::Red),
        _ => None,
    }
}

/// The TLP 2.0 marking-definition id written for `tlp`.
pub fn marking_of_tlp(tlp: Tlp) -> &'static str {
    match tlp {
        Tlp::Clear => TLP2_CLEAR,
        Tlp::Green => TLP2_GREEN,
        Tlp::Amber => TLP2_AMBER,
        Tlp::Red => TLP2_RED,
    }
}

// ---------------------------------------------------------------------------------------------
// Patterns
// ---------------------------------------------------------------------------------------------

/// One comparison of a STIX pattern: `[object:path OPERATOR 'value']`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// The cyber-observable type (`domain-name`).
    pub object: String,
    /// The property path, quotes removed (`hashes`, `SHA-256`).
    pub path: Vec<String>,
    /// `=`, `!=`, `MATCHES`, `LIKE`, …
    pub operator: String,
    /// The string literal, escapes resolved.
    pub value: String,
}

/// Why a pattern was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternError {
    /// Not a well-formed STIX pattern.
    Syntax(String),
    /// Well-formed, but not a form unstalk reads (compound, non-string literal, …).
    Unsupported(String),
}

impl std::fmt::Display for PatternError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PatternError::Syntax(message) | PatternError::Unsupported(message) => {
                f.write_str(message)
            }
        }
    }
}

/// A cursor over pattern text.
struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Cursor<'_> {
    fn skip_whitespace(&mut self) {
        while self.chars.next_if(|c| c.is_whitespace()).is_some() {}
    }

    fn take_while(&mut self, accept: impl Fn(char) -> bool) -> String {
        let mut taken = String::new();
        while let Some(c) = self.chars.next_if(|&c| accept(c)) {
            taken.push(c);
        }
        taken
    }

    /// Reads a quoted string whose opening quote was consumed.
    fn quoted(&mut self) -> Result<String, PatternError> {
        let mut value = String::new();
        loop {
            match self.chars.next() {
                None => {
                    return Err(PatternError::Syntax(
                        "a quoted string is not closed".to_owned(),
                    ));
                }
                Some('\'') => return Ok(value),
                Some('\\') => match self.chars.next() {
                    Some(c @ ('\'' | '\\')) => value.push(c),
                    // Not a STIX escape; keep it as written (regular expressions in the wild).
                    Some(other) => {
                        value.push('\\');
                        value.push(other);
                    }
                    None => {
                        return Err(PatternError::Syntax(
                            "a quoted string ends with a lone backslash".to_owned(),
                        ));
                    }
                },
                Some(c) => value.push(c),
            }
        }
    }
}

/// Parses a pattern holding exactly one comparison, `[object:path OP 'value']`.
pub fn parse_pattern(pattern: &str) -> Result<Comparison, PatternError> {
    let syntax = |message: &str| PatternError::Syntax(message.to_owned());
    let unsupported = |message: &str| PatternError::Unsupported(message.to_owned());
    let mut cursor = Cursor {
        chars: pattern.chars().peekable(),
    };
    cursor.skip_whitespace();
    if cursor.chars.next() != Some('[') {
        return Err(syntax("does not start with '['"));
    }
    cursor.skip_whitespace();
    let object = cursor.take_while(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if object.is_empty() {
        return Err(syntax("no object type after '['"));
    }
    if cursor.chars.next() != Some(':') {
        return Err(syntax("no ':' after the object type"));
    }
    let mut path = Vec::new();
    loop {
        let segment = if cursor.chars.next_if_eq(&'\'').is_some() {
            cursor.quoted()?
        } else {
            cursor.take_while(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        };
        if segment.is_empty() {
            return Err(syntax("empty property name"));
        }
        path.push(segment);
        match cursor.chars.peek() {
            Some('.') => {
                cursor.chars.next();
            }
            Some('[') => return Err(unsupported("list indexes in a property path")),
            _ => break,
        }
    }
    cursor.skip_whitespace();
    let operator = match cursor.chars.peek() {
        Some(c) if c.is_ascii_alphabetic() => cursor.take_while(|c| c.is_ascii_alphabetic()),
        Some(_) => cursor.take_while(|c| matches!(c, '=' | '!' | '<' | '>')),
        None => String::new(),
    };
    if operator.is_empty() {
        return Err(syntax("no comparison operator"));
    }
    if !matches!(
        operator.to_ascii_uppercase().as_str(),
        "=" | "!="
            | "=="
            | "<"
            | ">"
            | "<="
            | ">="
            | "IN"
            | "LIKE"
            | "MATCHES"
            | "ISSUBSET"
            | "ISSUPERSET"
            | "NOT"
    ) {
        return Err(PatternError::Syntax(format!(
            "unknown comparison operator {operator:?}"
        )));
    }
    cursor.skip_whitespace();
    let value = match cursor.chars.next() {
        Some('\'') => cursor.quoted()?,
        Some(_) => {
            return Err(unsupported(
                "compares to something other than a string (number, set, hex, binary or timestamp literal)",
            ));
        }
        None => return Err(syntax("no value after the operator")),
    };
    cursor.skip_whitespace();
    match cursor.chars.next() {
        Some(']') => {}
        Some(_) => {
            return Err(unsupported(
                "compound comparison (AND/OR) inside one observation",
            ));
        }
        None => return Err(syntax("no closing ']'")),
    }
    cursor.skip_whitespace();
    if cursor.chars.peek().is_some() {
        return Err(unsupported(
            "several observations or qualifiers (AND, OR, FOLLOWEDBY, WITHIN, REPEATS, START)",
        ));
    }
    Ok(Comparison {
        object,
        path,
        operator,
        value,
    })
}

/// The key of a comparison with hash algorithm names folded the way MVT does
/// (`file:hashes.'SHA-256'` → `file:hashes.sha256`).
fn comparison_key(comparison: &Comparison) -> String {
    let mut key = comparison.object.to_ascii_lowercase();
    key.push(':');
    let mut fold_next = false;
    for (index, segment) in comparison.path.iter().enumerate() {
        if index > 0 {
            key.push('.');
        }
        if fold_next {
            key.push_str(&segment.replace('-', "").to_ascii_lowercase());
        } else {
            key.push_str(segment);
        }
        fold_next = segment == "hashes" || segment == "cert";
    }
    key
}

/// The indicator kind a comparison denotes.
pub fn comparison_kind(comparison: &Comparison) -> Result<IndicatorKind, PatternError> {
    let key = comparison_key(comparison);
    let operator = comparison.operator.to_ascii_uppercase();
    if key == "x509-certificate:x_unstalk_subject_cn" {
        return if operator == "MATCHES" {
            Ok(IndicatorKind::CertCnRegex)
        } else {
            Err(PatternError::Unsupported(format!(
                "{key} is read with MATCHES only"
            )))
        };
    }
    if operator != "=" && operator != "==" {
        return Err(PatternError::Unsupported(format!(
            "operator {} (only '=' is read)",
            comparison.operator
        )));
    }
    let is_network = comparison.value.contains('/');
    let kind = match key.as_str() {
        "domain-name:value" => IndicatorKind::Domain,
        "ipv4-addr:value" if is_network => IndicatorKind::Cidr,
        "ipv4-addr:value" => IndicatorKind::Ipv4,
        "ipv6-addr:value" if is_network => IndicatorKind::Cidr,
        "ipv6-addr:value" => IndicatorKind::Ipv6,
        "url:value" => IndicatorKind::Url,
        "email-addr:value" => IndicatorKind::Email,
        "app:id" => IndicatorKind::AndroidPackage,
        "app:cert.sha1" | "x509-certificate:hashes.sha1" => IndicatorKind::CertSha1,
        "app:cert.sha256" | "x509-certificate:hashes.sha256" => IndicatorKind::CertSha256,
        "file:hashes.sha256" => IndicatorKind::FileSha256,
        "file:hashes.sha1" => IndicatorKind::FileSha1,
        "file:hashes.md5" => IndicatorKind::FileMd5,
        "configuration-profile:id" => IndicatorKind::ConfigurationProfile,
        "android-property:name" => IndicatorKind::AndroidProperty,
        "process:name" => IndicatorKind::ProcessName,
        "file:path" => IndicatorKind::FilePath,
        "file:name" => IndicatorKind::FileName,
        "x509-certificate:x_unstalk_subject_organization" => IndicatorKind::CertOrganization,
        _ => {
            return Err(PatternError::Unsupported(format!(
                "{key} is not a property unstalk reads"
            )));
        }
    };
    Ok(kind)
}

/// The object path and operator the writer uses for `kind` (`None` for YARA rules).
fn pattern_path(kind: IndicatorKind, value: &str) -> Option<(&'static str, &'static str)> {
    let path = match kind {
        IndicatorKind::AndroidPackage | IndicatorKind::IosBundle => "app:id",
        IndicatorKind::CertSha1 => "app:cert.sha1",
        IndicatorKind::CertSha256 => "app:cert.sha256",
        IndicatorKind::FileSha256 => "file:hashes.sha256",
        IndicatorKind::FileSha1 => "file:hashes.sha1",
        IndicatorKind::FileMd5 => "file:hashes.md5",
        IndicatorKind::Domain => "domain-name:value",
        IndicatorKind::Ipv4 => "ipv4-addr:value",
        IndicatorKind::Ipv6 => "ipv6-addr:value",
        IndicatorKind::Cidr if value.contains(':') => "ipv6-addr:value",
        IndicatorKind::Cidr => "ipv4-addr:value",
        IndicatorKind::Url => "url:value",
        IndicatorKind::Email => "email-addr:value",
        IndicatorKind::YaraRule => return None,
        IndicatorKind::CertOrganization => "x509-certificate:x_unstalk_subject_organization",
        IndicatorKind::CertCnRegex => {
            return Some(("x509-certificate:x_unstalk_subject_cn", "MATCHES"));
        }
        IndicatorKind::ConfigurationProfile => "configuration-profile:id",
        IndicatorKind::AndroidProperty => "android-property:name",
        IndicatorKind::ProcessName => "process:name",
        IndicatorKind::FilePath => "file:path",
        IndicatorKind::FileName => "file:name",
    };
    Some((path, "="))
}

/// Escapes a value for a STIX pattern string literal (`\` and `'`).
pub fn escape_pattern_value(value: &str) -> String {
    value.replace('\\', "\\\\").replace('\'', "\\'")
}

/// The STIX pattern (and its `pattern_type`) written for an indicator.
pub fn pattern_for(kind: IndicatorKind, value: &str) -> (String, &'static str) {
    match pattern_path(kind, value) {
        Some((path, operator)) => (
            format!("[{path} {operator} '{}']", escape_pattern_value(value)),
            "stix",
        ),
        None => (value.to_owned(), "yara"),
    }
}

/// True when MVT's `pattern.strip("[]").split("=")` gives exactly a key and a value: anything
/// else makes MVT raise and abandon the whole file.
pub fn mvt_can_split(pattern: &str) -> bool {
    pattern.matches('=').count() == 1
}

// ---------------------------------------------------------------------------------------------
// Timestamps
// ---------------------------------------------------------------------------------------------

fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = (month + 9) % 12;
    let day_of_year = (153 * month_index + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn digits(text: &str, from: usize, count: usize) -> Option<i64> {
    let part = text.get(from..from + count)?;
    if part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

/// Normalises an ISO-8601 date (`2021-03-04`) or date-time (`2021-03-04T05:06:07+02:00`,
/// `2021-03-04 05:06`) to a STIX timestamp: UTC, millisecond precision, `Z`. A time without zone
/// is taken as UTC. `None` when the text is not such a date.
pub fn stix_timestamp(text: &str) -> Option<String> {
    let text = text.trim();
    let year = digits(text, 0, 4)?;
    let month = digits(text, 5, 2)?;
    let day = digits(text, 8, 2)?;
    if text.get(4..5) != Some("-") || text.get(7..8) != Some("-") {
        return None;
    }
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (mut hour, mut minute, mut second, mut millis, mut offset) = (0, 0, 0, 0i64, 0i64);
    let rest = text.get(10..)?;
    if !rest.is_empty() {
        if !matches!(rest.get(..1), Some("T" | "t" | " ")) {
            return None;
        }
        hour = digits(rest, 1, 2)?;
        if rest.get(3..4) != Some(":") {
            return None;
        }
        minute = digits(rest, 4, 2)?;
        let mut position = 6;
        if rest.get(6..7) == Some(":") {
            second = digits(rest, 7, 2)?;
            position = 9;
        }
        if rest.get(position..position + 1) == Some(".") {
            position += 1;
            let fraction: String = rest
                .get(position..)?
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if fraction.is_empty() {
                return None;
            }
            position += fraction.len();
            let padded = format!("{fraction:0<3}");
            millis = padded.get(..3)?.parse().ok()?;
        }
        let zone = rest.get(position..)?;
        match zone {
            "" | "Z" | "z" => {}
            _ => {
                let sign = match zone.get(..1) {
                    Some("+") => 1,
                    Some("-") => -1,
                    _ => return None,
                };
                let compact = zone.get(1..)?.replace(':', "");
                if compact.len() != 4 {
                    return None;
                }
                let hours = digits(&compact, 0, 2)?;
                let minutes = digits(&compact, 2, 2)?;
                offset = sign * (hours * 3600 + minutes * 60);
            }
        }
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
    }
    let seconds =
        days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offset;
    let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
    let of_day = seconds.rem_euclid(86_400);
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        of_day / 3600,
        of_day % 3600 / 60,
        of_day % 60
    ))
}

// ---------------------------------------------------------------------------------------------
// Reader
// ---------------------------------------------------------------------------------------------
//
// The bundle is deserialised in one pass into typed, borrowing structures: each object's fields
// are matched by name, strings without escapes borrow from the input, unknown fields are skipped
// without being built, and a field of an unexpected JSON type is kept as a `Value` so the
// diagnostics can quote it. No object can fail this pass (only invalid JSON does), so a
// malformed object is still reported by id and the others load.

/// A JSON value as the reader keeps it: a string (borrowed from the input when it holds no
/// escapes), or anything else as a [`Value`].
#[derive(Debug)]
enum Loose<'a> {
    Str(Cow<'a, str>),
    Other(Value),
}

impl<'a> Loose<'a> {
    fn as_str(&self) -> Option<&str> {
        match self {
            Loose::Str(text) => Some(text),
            Loose::Other(_) => None,
        }
    }

    fn into_str(self) -> Option<Cow<'a, str>> {
        match self {
            Loose::Str(text) => Some(text),
            Loose::Other(_) => None,
        }
    }

    /// The value as an integer, as [`Value::as_u64`] sees it.
    fn as_u64(&self) -> Option<u64> {
        match self {
            Loose::Str(_) => None,
            Loose::Other(value) => value.as_u64(),
        }
    }

    /// Deserialises a unit enum (`Role`, `Criterion`) the way `serde_json::from_value` does.
    fn parse_enum<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        match self {
            Loose::Str(text) => {
                let deserializer: serde::de::value::StrDeserializer<'_, serde::de::value::Error> =
                    text.as_ref().into_deserializer();
                T::deserialize(deserializer).ok()
            }
            Loose::Other(value) => serde_json::from_value(value.clone()).ok(),
        }
    }
}

/// As JSON, like [`Value`]'s `Display` (diagnostics quote values this way).
impl std::fmt::Display for Loose<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Loose::Str(text) => Value::String(text.as_ref().to_owned()).fmt(f),
            Loose::Other(value) => value.fmt(f),
        }
    }
}

impl<'de> Deserialize<'de> for Loose<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Loose<'de>, E> {
                Ok(Loose::Str(Cow::Borrowed(text)))
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Loose<'de>, E> {
                Ok(Loose::Str(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E: de::Error>(self, text: String) -> Result<Loose<'de>, E> {
                Ok(Loose::Str(Cow::Owned(text)))
            }
            fn visit_bool<E: de::Error>(self, value: bool) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(Value::Bool(value)))
            }
            fn visit_i64<E: de::Error>(self, value: i64) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(Value::from(value)))
            }
            fn visit_u64<E: de::Error>(self, value: u64) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(Value::from(value)))
            }
            fn visit_f64<E: de::Error>(self, value: f64) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(
                    serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number),
                ))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(Value::Null))
            }
            fn visit_none<E: de::Error>(self) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(Value::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Loose<'de>, A::Error> {
                Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Loose::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Loose<'de>, A::Error> {
                Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(Loose::Other)
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

/// The visitor methods for JSON scalars (string, boolean, number, null), all answering
/// `$value`: a property of the wrong type is tolerated and reported by its reader, never a
/// reason to refuse the bundle.
macro_rules! scalars_answer {
    ($value:expr) => {
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok($value)
        }
    };
}

/// The strings of a JSON array; empty for anything else (non-string items are left out).
#[derive(Debug, Default)]
struct StrList<'a>(Vec<Cow<'a, str>>);

impl<'de> Deserialize<'de> for StrList<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = StrList<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StrList<'de>, A::Error> {
                let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(1));
                while let Some(item) = seq.next_element::<Loose<'de>>()? {
                    if let Loose::Str(text) = item {
                        items.push(text);
                    }
                }
                Ok(StrList(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StrList<'de>, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(StrList::default())
            }
            scalars_answer!(StrList::default());
        }
        deserializer.deserialize_any(ListVisitor)
    }
}

/// The properties of an object the reader looks at; any other is skipped unread.
#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum Field {
    Type,
    Id,
    Name,
    Aliases,
    MalwareTypes,
    Labels,
    XUnstalkKind,
    CreatedByRef,
    ObjectRefs,
    RelationshipType,
    SourceRef,
    TargetRef,
    Definition,
    DefinitionType,
    Extensions,
    Pattern,
    PatternType,
    ValidFrom,
    Created,
    ValidUntil,
    XUnstalkLastSeen,
    ObjectMarkingRefs,
    Confidence,
    XUnstalkCriterion,
    XUnstalkRole,
    XUnstalkValueKind,
    XUnstalkLabel,
    #[serde(other)]
    Other,
}

/// Every property the reader uses, of an object of any type (the type may come last).
#[derive(Default)]
struct ObjectIn<'a> {
    object_type: Option<Loose<'a>>,
    id: Option<Loose<'a>>,
    name: Option<Loose<'a>>,
    aliases: StrList<'a>,
    malware_types: StrList<'a>,
    labels: StrList<'a>,
    x_unstalk_kind: Option<Loose<'a>>,
    created_by_ref: Option<Loose<'a>>,
    object_refs: StrList<'a>,
    relationship_type: Option<Loose<'a>>,
    source_ref: Option<Loose<'a>>,
    target_ref: Option<Loose<'a>>,
    definition: Option<Value>,
    definition_type: Option<Loose<'a>>,
    extensions: Option<Value>,
    pattern: Option<Loose<'a>>,
    pattern_type: Option<Loose<'a>>,
    valid_from: Option<Loose<'a>>,
    created: Option<Loose<'a>>,
    valid_until: Option<Loose<'a>>,
    x_unstalk_last_seen: Option<Loose<'a>>,
    object_marking_refs: StrList<'a>,
    confidence: Option<Loose<'a>>,
    x_unstalk_criterion: Option<Loose<'a>>,
    x_unstalk_role: Option<Loose<'a>>,
    x_unstalk_value_kind: Option<Loose<'a>>,
    x_unstalk_label: Option<Loose<'a>>,
}

/// A `malware` or `report` object.
struct GroupIn<'a> {
    is_report: bool,
    name: Option<Loose<'a>>,
    aliases: StrList<'a>,
    malware_types: StrList<'a>,
    labels: StrList<'a>,
    x_unstalk_kind: Option<Loose<'a>>,
    created_by_ref: Option<Loose<'a>>,
    object_refs: StrList<'a>,
}

/// An `indicator` or `x-unstalk-indicator` object.
struct IndicatorIn<'a> {
    name: Option<Loose<'a>>,
    created_by_ref: Option<Loose<'a>>,
    pattern: Option<Loose<'a>>,
    pattern_type: Option<Loose<'a>>,
    valid_from: Option<Loose<'a>>,
    created: Option<Loose<'a>>,
    valid_until: Option<Loose<'a>>,
    x_unstalk_last_seen: Option<Loose<'a>>,
    object_marking_refs: StrList<'a>,
    confidence: Option<Loose<'a>>,
    x_unstalk_criterion: Option<Loose<'a>>,
    x_unstalk_role: Option<Loose<'a>>,
    x_unstalk_value_kind: Option<Loose<'a>>,
    x_unstalk_label: Option<Loose<'a>>,
}

/// One element of the bundle's `objects`, reduced to what its type needs.
enum Parsed<'a> {
    /// Not a JSON object.
    NotObject,
    /// An object without a string `type` and `id`; the id if it has a string one.
    Untyped(Option<Cow<'a, str>>),
    Identity {
        id: Cow<'a, str>,
        name: Option<Cow<'a, str>>,
    },
    Group {
        id: Cow<'a, str>,
        group: Box<GroupIn<'a>>,
    },
    Relationship {
        id: Cow<'a, str>,
        relationship_type: Option<Cow<'a, str>>,
        source_ref: Option<Cow<'a, str>>,
        target_ref: Option<Cow<'a, str>>,
    },
    Marking {
        id: Cow<'a, str>,
        tlp: Option<Tlp>,
    },
    Indicator {
        id: Cow<'a, str>,
        indicator: Box<IndicatorIn<'a>>,
    },
    /// Another type, ignored.
    Other,
}

impl<'a> ObjectIn<'a> {
    fn into_parsed(mut self) -> Parsed<'a> {
        let object_type = self.object_type.take().and_then(Loose::into_str);
        let id = self.id.take().and_then(Loose::into_str);
        let (object_type, id) = match (object_type, id) {
            (Some(object_type), Some(id)) => (object_type, id),
            (_, id) => return Parsed::Untyped(id),
        };
        match object_type.as_ref() {
            "identity" => Parsed::Identity {
                id,
                name: self.name.and_then(Loose::into_str),
            },
            "malware" | "report" => Parsed::Group {
                id,
                group: Box::new(GroupIn {
                    is_report: object_type == "report",
                    name: self.name,
                    aliases: self.aliases,
                    malware_types: self.malware_types,
                    labels: self.labels,
                    x_unstalk_kind: self.x_unstalk_kind,
                    created_by_ref: self.created_by_ref,
                    object_refs: self.object_refs,
                }),
            },
            "relationship" => Parsed::Relationship {
                id,
                relationship_type: self.relationship_type.and_then(Loose::into_str),
                source_ref: self.source_ref.and_then(Loose::into_str),
                target_ref: self.target_ref.and_then(Loose::into_str),
            },
            "marking-definition" => Parsed::Marking {
                tlp: self.marking_tlp(),
                id,
            },
            "indicator" | CUSTOM_INDICATOR_TYPE => Parsed::Indicator {
                id,
                indicator: Box::new(IndicatorIn {
                    name: self.name,
                    created_by_ref: self.created_by_ref,
                    pattern: self.pattern,
                    pattern_type: self.pattern_type,
                    valid_from: self.valid_from,
                    created: self.created,
                    valid_until: self.valid_until,
                    x_unstalk_last_seen: self.x_unstalk_last_seen,
                    object_marking_refs: self.object_marking_refs,
                    confidence: self.confidence,
                    x_unstalk_criterion: self.x_unstalk_criterion,
                    x_unstalk_role: self.x_unstalk_role,
                    x_unstalk_value_kind: self.x_unstalk_value_kind,
                    x_unstalk_label: self.x_unstalk_label,
                }),
            },
            _ => Parsed::Other,
        }
    }

    /// The TLP a `marking-definition` object states, if it is a TLP marking.
    fn marking_tlp(&self) -> Option<Tlp> {
        let definition_tlp = self
            .definition
            .as_ref()
            .and_then(|definition| definition.get("tlp"))
            .and_then(Value::as_str);
        let extension_tlp = self
            .extensions
            .as_ref()
            .and_then(Value::as_object)
            .and_then(|extensions| {
                extensions
                    .values()
                    .find_map(|extension| extension.get("tlp_2_0").and_then(Value::as_str))
            });
        let is_tlp = |text: &&str| text.to_ascii_lowercase().starts_with("tlp:");
        let definition_type = self
            .definition_type
            .as_ref()
            .and_then(Loose::as_str)
            .filter(is_tlp);
        let name = self.name.as_ref().and_then(Loose::as_str).filter(is_tlp);
        definition_tlp
            .or(extension_tlp)
            .or(definition_type)
            .or(name)
            .and_then(Tlp::parse)
    }
}

impl<'de> Deserialize<'de> for Parsed<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;
        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = Parsed<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Parsed<'de>, A::Error> {
                let mut object = ObjectIn::default();
                // A repeated property keeps its last value, as with `serde_json::Value`.
                while let Some(field) = map.next_key::<Field>()? {
                    match field {
                        Field::Type => object.object_type = Some(map.next_value()?),
                        Field::Id => object.id = Some(map.next_value()?),
                        Field::Name => object.name = Some(map.next_value()?),
                        Field::Aliases => object.aliases = map.next_value()?,
                        Field::MalwareTypes => object.malware_types = map.next_value()?,
                        Field::Labels => object.labels = map.next_value()?,
                        Field::XUnstalkKind => object.x_unstalk_kind = Some(map.next_value()?),
                        Field::CreatedByRef => object.created_by_ref = Some(map.next_value()?),
                        Field::ObjectRefs => object.object_refs = map.next_value()?,
                        Field::RelationshipType => {
                            object.relationship_type = Some(map.next_value()?);
                        }
                        Field::SourceRef => object.source_ref = Some(map.next_value()?),
                        Field::TargetRef => object.target_ref = Some(map.next_value()?),
                        Field::Definition => object.definition = Some(map.next_value()?),
                        Field::DefinitionType => {
                            object.definition_type = Some(map.next_value()?);
                        }
                        Field::Extensions => object.extensions = Some(map.next_value()?),
                        Field::Pattern => object.pattern = Some(map.next_value()?),
                        Field::PatternType => object.pattern_type = Some(map.next_value()?),
                        Field::ValidFrom => object.valid_from = Some(map.next_value()?),
                        Field::Created => object.created = Some(map.next_value()?),
                        Field::ValidUntil => object.valid_until = Some(map.next_value()?),
                        Field::XUnstalkLastSeen => {
                            object.x_unstalk_last_seen = Some(map.next_value()?);
                        }
                        Field::ObjectMarkingRefs => {
                            object.object_marking_refs = map.next_value()?
                        }
                        Field::Confidence => object.confidence = Some(map.next_value()?),
                        Field::XUnstalkCriterion => {
                            object.x_unstalk_criterion = Some(map.next_value()?);
                        }
                        Field::XUnstalkRole => object.x_unstalk_role = Some(map.next_value()?),
                        Field::XUnstalkValueKind => {
                            object.x_unstalk_value_kind = Some(map.next_value()?);
                        }
                        Field::XUnstalkLabel => object.x_unstalk_label = Some(map.next_value()?),
                        Field::Other => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(object.into_parsed())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Parsed<'de>, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Parsed::NotObject)
            }
            scalars_answer!(Parsed::NotObject);
        }
        deserializer.deserialize_any(ObjectVisitor)
    }
}

/// The bundle's `objects`: the parsed elements, or a sign it was not an array.
enum Objects<'a> {
    List(Vec<Parsed<'a>>),
    NotList,
}

impl<'de> Deserialize<'de> for Objects<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectsVisitor;
        impl<'de> Visitor<'de> for ObjectsVisitor {
            type Value = Objects<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Objects<'de>, A::Error> {
                let mut objects = Vec::with_capacity(seq.size_hint().unwrap_or(1024));
                while let Some(object) = seq.next_element::<Parsed<'de>>()? {
                    objects.push(object);
                }
                Ok(Objects::List(objects))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Objects<'de>, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Objects::NotList)
            }
            scalars_answer!(Objects::NotList);
        }
        deserializer.deserialize_any(ObjectsVisitor)
    }
}

/// The top level of the file.
enum Root<'a> {
    Object {
        object_type: Option<Loose<'a>>,
        id: Option<Loose<'a>>,
        objects: Option<Objects<'a>>,
    },
    /// Not an object: what it is, for the error message.
    Not(&'static str),
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum RootField {
    Type,
    Id,
    Objects,
    #[serde(other)]
    Other,
}

impl<'de> Deserialize<'de> for Root<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RootVisitor;
        impl<'de> Visitor<'de> for RootVisitor {
            type Value = Root<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Root<'de>, A::Error> {
                let (mut object_type, mut id, mut objects) = (None, None, None);
                while let Some(field) = map.next_key::<RootField>()? {
                    match field {
                        RootField::Type => object_type = Some(map.next_value()?),
                        RootField::Id => id = Some(map.next_value()?),
                        RootField::Objects => objects = Some(map.next_value()?),
                        RootField::Other => {
                            map.next_value::<de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Root::Object {
                    object_type,
                    id,
                    objects,
                })
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Root<'de>, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Root::Not("an array"))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Root<'de>, E> {
                Ok(Root::Not("a string"))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Root<'de>, E> {
                Ok(Root::Not("a boolean"))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Root<'de>, E> {
                Ok(Root::Not("a number"))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<Root<'de>, E> {
                Ok(Root::Not("a number"))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Root<'de>, E> {
                Ok(Root::Not("a number"))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Root<'de>, E> {
                Ok(Root::Not("null"))
            }
            fn visit_none<E: de::Error>(self) -> Result<Root<'de>, E> {
                Ok(Root::Not("null"))
            }
        }
        deserializer.deserialize_any(RootVisitor)
    }
}

/// Line numbers of object ids, for diagnostics: found in the text only when the first
/// diagnostic needs one, so a clean file never pays for it.
struct Lines<'t> {
    text: &'t str,
    ids: OnceCell<HashMap<&'t str, u64>>,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        Lines {
            text,
            ids: OnceCell::new(),
        }
    }

    /// The line of the first `"id": "<id>"` in the text.
    fn of(&self, id: &str) -> Option<u64> {
        self.ids
            .get_or_init(|| id_lines(self.text))
            .get(id)
            .copied()
    }
}

/// Lines of each `"id": "…"` in the text (first occurrence).
fn id_lines(text: &str) -> HashMap<&str, u64> {
    let mut lines = HashMap::new();
    let mut line = 1u64;
    let mut counted_to = 0usize;
    for (position, _) in text.match_indices("\"id\"") {
        line += text.get(counted_to..position).map_or(0, |part| {
            part.bytes().filter(|&b| b == b'\n').count() as u64
        });
        counted_to = position;
        let Some(after) = text.get(position + 4..) else {
            continue;
        };
        let after = after.trim_start();
        let Some(after) = after.strip_prefix(':') else {
            continue;
        };
        let Some(after) = after.trim_start().strip_prefix('"') else {
            continue;
        };
        if let Some(end) = after.find('"')
            && let Some(id) = after.get(..end)
        {
            lines.entry(id).or_insert(line);
        }
    }
    lines
}

/// A family an indicator can belong to: a `malware` or a `report`.
#[derive(Debug)]
struct Group<'p> {
    name: &'p str,
    aliases: Vec<&'p str>,
    kind: FamilyKind,
    created_by: Option<&'p str>,
}

/// Everything of a bundle but its indicators, indexed by id.
struct Index<'p> {
    identities: HashMap<&'p str, &'p str>,
    groups: HashMap<&'p str, Group<'p>>,
    /// Report ids, in file order, for each object they list.
    listed_in: HashMap<&'p str, Vec<&'p str>>,
    /// `indicates` targets of each source, in file order.
    indicates: HashMap<&'p str, Vec<&'p str>>,
    markings: HashMap<&'p str, Option<Tlp>>,
}

/// The family kind of a `malware` or `report` object.
fn group_kind(group: &GroupIn<'_>) -> Result<FamilyKind, String> {
    if let Some(text) = group.x_unstalk_kind.as_ref().and_then(Loose::as_str) {
        return FamilyKind::parse(text).ok_or_else(|| format!("unknown x_unstalk_kind {text:?}"));
    }
    let has = |names: &[&str]| {
        group
            .malware_types
            .0
            .iter()
            .chain(&group.labels.0)
            .any(|label| names.contains(&label.trim().to_ascii_lowercase().as_str()))
    };
    Ok(if has(&["stalkerware", "spouseware"]) {
        FamilyKind::Stalkerware
    } else if has(&["watchware", "parental-control"]) {
        FamilyKind::Watchware
    } else if has(&["dual-use", "dualuse"]) {
        FamilyKind::DualUse
    } else {
        FamilyKind::Other
    })
}

/// Reads a STIX 2.1 bundle (see the module documentation).
pub fn read(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let syntax = |line: Option<u64>, message: String| Error::Syntax {
        path: path.to_path_buf(),
        line,
        message,
    };
    let not_json = |error: serde_json::Error| {
        syntax(
            Some(error.line() as u64),
            format!("not a STIX bundle: not valid JSON ({error})"),
        )
    };
    let Ok(text) = std::str::from_utf8(bytes) else {
        // Not UTF-8, so not JSON: let serde_json say where.
        return Err(match serde_json::from_slice::<de::IgnoredAny>(bytes) {
            Err(error) => not_json(error),
            Ok(_) => syntax(
                None,
                "not a STIX bundle: not valid JSON (not UTF-8)".to_owned(),
            ),
        });
    };
    let root: Root<'_> = serde_json::from_str(text).map_err(not_json)?;
    let (object_type, id, objects) = match root {
        Root::Object {
            object_type,
            id,
            objects,
        } => (object_type, id, objects),
        Root::Not(what) => {
            return Err(syntax(
                None,
                format!(
                    "not a STIX bundle: the top level is {what}, expected an object with \"type\": \"bundle\""
                ),
            ));
        }
    };
    match object_type.as_ref().and_then(Loose::as_str) {
        Some("bundle") => {}
        Some(other) => {
            return Err(syntax(
                None,
                format!(
                    "not a STIX bundle: the top-level object has type {other:?}; wrap STIX objects in {{\"type\": \"bundle\", \"objects\": [...]}}"
                ),
            ));
        }
        None => {
            return Err(syntax(
                None,
                "not a STIX bundle: the top-level object has no \"type\": \"bundle\"".to_owned(),
            ));
        }
    }
    let lines = Lines::new(text);
    let mut builder = SetBuilder::new(path.display().to_string());
    let version = id.and_then(Loose::into_str).map(Cow::into_owned);
    let source = builder.set.add_source(crate::file_source(
        path,
        bytes,
        SourceFormat::Stix2,
        version,
    ));
    let objects = match objects {
        None => {
            builder.report(
                Severity::Warning,
                "stix2.empty-bundle",
                &Location::default(),
                "the bundle has no \"objects\": no indicators",
            );
            return Ok(builder.finish());
        }
        Some(Objects::List(objects)) => objects,
        Some(Objects::NotList) => {
            return Err(syntax(
                None,
                "the bundle's \"objects\" is not an array".to_owned(),
            ));
        }
    };
    let index = index_objects(&objects, &mut builder, &lines, source);
    let indicator_count = objects
        .iter()
        .filter(|object| matches!(object, Parsed::Indicator { .. }))
        .count();
    builder.set.indicators.reserve(indicator_count);
    let mut reader = IndicatorReader {
        builder: &mut builder,
        index: &index,
        lines: &lines,
        source,
        canonical: HashMap::with_capacity(index.groups.len()),
    };
    for object in &objects {
        if let Parsed::Indicator { id, indicator } = object {
            reader.read(id, indicator);
        }
    }
    Ok(builder.finish())
}

fn at(lines: &Lines<'_>, id: &str, field: Option<&str>) -> Location {
    Location {
        line: lines.of(id),
        record: Some(match field {
            Some(field) => format!("{id} {field}"),
            None => id.to_owned(),
        }),
    }
}

fn index_objects<'p>(
    objects: &'p [Parsed<'_>],
    builder: &mut SetBuilder,
    lines: &Lines<'_>,
    source: u32,
) -> Index<'p> {
    let (mut relationships, mut groups) = (0, 0);
    for object in objects {
        match object {
            Parsed::Relationship { .. } => relationships += 1,
            Parsed::Group { .. } => groups += 1,
            _ => {}
        }
    }
    let mut index = Index {
        identities: HashMap::new(),
        groups: HashMap::with_capacity(groups),
        listed_in: HashMap::new(),
        indicates: HashMap::with_capacity(relationships),
        markings: HashMap::new(),
    };
    let unstalk = unstalk_identity_id();
    for (position, object) in objects.iter().enumerate() {
        match object {
            Parsed::NotObject => builder.report(
                Severity::Error,
                "stix2.bad-object",
                &Location {
                    line: None,
                    record: Some(format!("objects[{position}]")),
                },
                "not a JSON object; skipped",
            ),
            Parsed::Untyped(id) => {
                let record = id
                    .as_deref()
                    .map_or_else(|| format!("objects[{position}]"), str::to_owned);
                builder.report(
                    Severity::Error,
                    "stix2.bad-object",
                    &Location {
                        line: id.as_deref().and_then(|id| lines.of(id)),
                        record: Some(record),
                    },
                    "object without a string \"type\" and \"id\"; skipped",
                );
            }
            // Our own identity is the exporter, not a contributor.
            Parsed::Identity { id, .. } if *id == unstalk => {}
            Parsed::Identity { id, name } => {
                if let Some(name) = name {
                    index.identities.insert(id, name);
                }
            }
            Parsed::Group { id, group } => {
                let what = if group.is_report { "report" } else { "malware" };
                let Some(name) = group
                    .name
                    .as_ref()
                    .and_then(Loose::as_str)
                    .map(str::trim)
                    .filter(|name| !name.is_empty())
                else {
                    builder.report(
                        Severity::Error,
                        "stix2.bad-object",
                        &at(lines, id, Some("name")),
                        format!("{what} without a name: its indicators get no family from it"),
                    );
                    continue;
                };
                let family_kind = group_kind(group).unwrap_or_else(|message| {
                    builder.report(
                        Severity::Warning,
                        "stix2.bad-property",
                        &at(lines, id, Some("x_unstalk_kind")),
                        format!("{message}; taken as \"other\""),
                    );
                    FamilyKind::Other
                });
                let aliases: Vec<&str> = group
                    .aliases
                    .0
                    .iter()
                    .map(AsRef::as_ref)
                    .filter(|alias: &&str| !alias.eq_ignore_ascii_case(name))
                    .collect();
                if group.is_report {
                    for reference in &group.object_refs.0 {
                        index.listed_in.entry(reference).or_default().push(id);
                    }
                } else {
                    // Families are listed in file order, with or without indicators.
                    builder.set.add_family(Family {
                        name: name.to_owned(),
                        aliases: aliases.iter().map(|alias| (*alias).to_owned()).collect(),
                        kind: family_kind,
                        source,
                    });
                }
                index.groups.insert(
                    id,
                    Group {
                        name,
                        aliases,
                        kind: family_kind,
                        created_by: group.created_by_ref.as_ref().and_then(Loose::as_str),
                    },
                );
            }
            Parsed::Relationship {
                id,
                relationship_type,
                source_ref,
                target_ref,
            } => {
                if relationship_type.as_deref() != Some("indicates") {
                    continue;
                }
                let (Some(source_ref), Some(target_ref)) = (source_ref, target_ref) else {
                    builder.report(
                        Severity::Error,
                        "stix2.bad-object",
                        &at(lines, id, Some("source_ref/target_ref")),
                        "relationship without source_ref or target_ref; skipped",
                    );
                    continue;
                };
                index
                    .indicates
                    .entry(source_ref)
                    .or_default()
                    .push(target_ref);
            }
            Parsed::Marking { id, tlp } => {
                index.markings.insert(id, *tlp);
            }
            Parsed::Indicator { .. } | Parsed::Other => {}
        }
    }
    index
}

/// The families of an indicator: reports listing it, then malware it indicates; one per
/// (name, kind), with the group's id.
fn families_of<'i, 'p>(index: &'i Index<'p>, id: &str) -> Vec<(&'p str, &'i Group<'p>)> {
    let mut groups: Vec<(&'p str, &'i Group<'p>)> = Vec::new();
    let from_reports = index.listed_in.get(id).into_iter().flatten();
    let from_malware = index.indicates.get(id).into_iter().flatten();
    for group_id in from_reports.chain(from_malware) {
        if let Some((group_id, group)) = index.groups.get_key_value(group_id)
            && !groups.iter().any(|(_, known)| {
                known.kind == group.kind && known.name.eq_ignore_ascii_case(group.name)
            })
        {
            groups.push((*group_id, group));
        }
    }
    groups
}

/// A timestamp property, `None` when absent, not a string, or the writer's [`UNKNOWN_TIME`].
fn timestamp_property(value: Option<&Loose<'_>>) -> Option<String> {
    let text = value?.as_str()?;
    let trimmed = text.trim();
    // Only a date within a few days of the epoch can normalise to UNKNOWN_TIME.
    let unknown = trimmed == UNKNOWN_TIME
        || ((trimmed.starts_with("1970") || trimmed.starts_with("1969"))
            && stix_timestamp(trimmed).as_deref() == Some(UNKNOWN_TIME));
    (!unknown).then(|| text.to_owned())
}

/// Reads indicator objects once the rest of the bundle is indexed.
struct IndicatorReader<'r, 'p> {
    builder: &'r mut SetBuilder,
    index: &'r Index<'p>,
    lines: &'r Lines<'r>,
    source: u32,
    /// The canonical family name of each group already added to the set, by group id.
    canonical: HashMap<&'p str, String>,
}

impl<'p> IndicatorReader<'_, 'p> {
    /// Provenance of an indicator object, minus the contributor (which depends on the family).
    fn provenance(&mut self, id: &str, object: &IndicatorIn<'_>) -> Provenance {
        let mut provenance = Provenance {
            source: self.source,
            first_seen: timestamp_property(object.valid_from.as_ref())
                .or_else(|| timestamp_property(object.created.as_ref())),
            last_seen: timestamp_property(object.x_unstalk_last_seen.as_ref())
                .or_else(|| timestamp_property(object.valid_until.as_ref())),
            ..Provenance::default()
        };
        let mut tlp: Option<Tlp> = None;
        for marking in &object.object_marking_refs.0 {
            let found = match tlp_of_marking(marking) {
                Some(found) => Some(found),
                None => match self.index.markings.get(marking.as_ref()) {
                    Some(found) => *found,
                    None => {
                        self.builder.report(
                            Severity::Warning,
                            "stix2.unknown-marking",
                            &at(self.lines, id, Some("object_marking_refs")),
                            format!(
                                "marking {marking} is neither a standard TLP marking nor defined in the bundle; ignored"
                            ),
                        );
                        None
                    }
                },
            };
            tlp = tlp.max(found);
        }
        provenance.tlp = tlp.unwrap_or_default();
        if let Some(confidence) = &object.confidence {
            match confidence.as_u64().and_then(|c| u8::try_from(c).ok()) {
                Some(value) if value <= 100 => provenance.confidence = Some(value),
                _ => self.builder.report(
                    Severity::Warning,
                    "stix2.bad-property",
                    &at(self.lines, id, Some("confidence")),
                    format!("confidence {confidence} is not an integer from 0 to 100; ignored"),
                ),
            }
        }
        if let Some(criterion) = &object.x_unstalk_criterion {
            match criterion.parse_enum::<Criterion>() {
                Some(criterion) => provenance.criterion = Some(criterion),
                None => self.builder.report(
                    Severity::Warning,
                    "stix2.bad-property",
                    &at(self.lines, id, Some("x_unstalk_criterion")),
                    format!("unknown criterion {criterion}; ignored"),
                ),
            }
        }
        provenance
    }

    /// The canonical name of a group's family, adding the family to the set on first use.
    fn family_name(&mut self, group_id: &'p str, group: &Group<'_>) -> String {
        if let Some(name) = self.canonical.get(group_id) {
            return name.clone();
        }
        let name = self.builder.set.add_family(Family {
            name: group.name.to_owned(),
            aliases: group
                .aliases
                .iter()
                .map(|alias| (*alias).to_owned())
                .collect(),
            kind: group.kind,
            source: self.source,
        });
        self.canonical.insert(group_id, name.clone());
        name
    }

    fn read(&mut self, id: &str, object: &IndicatorIn<'_>) {
        let builder = &mut *self.builder;
        let lines = self.lines;
        let Some(pattern) = object.pattern.as_ref().and_then(Loose::as_str) else {
            builder.report(
                Severity::Error,
                "stix2.bad-object",
                &at(lines, id, Some("pattern")),
                "indicator without a string \"pattern\"; skipped",
            );
            return;
        };
        let pattern_type = object
            .pattern_type
            .as_ref()
            .and_then(Loose::as_str)
            .unwrap_or("stix");
        let (kind, value, label) = if pattern_type.eq_ignore_ascii_case("stix") {
            let comparison = match parse_pattern(pattern)
                .and_then(|comparison| comparison_kind(&comparison).map(|kind| (kind, comparison)))
            {
                Ok(found) => found,
                Err(PatternError::Syntax(message)) => {
                    builder.report(
                        Severity::Error,
                        "stix2.bad-pattern",
                        &at(lines, id, Some("pattern")),
                        format!("pattern {pattern:?} is not valid STIX: {message}; skipped"),
                    );
                    return;
                }
                Err(PatternError::Unsupported(message)) => {
                    builder.report(
                        Severity::Warning,
                        "stix2.unsupported-pattern",
                        &at(lines, id, Some("pattern")),
                        format!("pattern {pattern:?} not read: {message}; skipped"),
                    );
                    return;
                }
            };
            let (mut kind, comparison) = comparison;
            // Our own exports say which kind shares a path (`app:id` of an iOS bundle).
            if let Some(stated) = object
                .x_unstalk_value_kind
                .as_ref()
                .and_then(Loose::as_str)
                .and_then(IndicatorKind::parse)
                && stated != kind
                && pattern_path(stated, &comparison.value) == pattern_path(kind, &comparison.value)
            {
                kind = stated;
            }
            (kind, comparison.value, None)
        } else if pattern_type.eq_ignore_ascii_case("yara") {
            let name = crate::formats::yara::split_rules(pattern)
                .0
                .first()
                .map(|rule| rule.name.to_owned())
                .or_else(|| {
                    object
                        .name
                        .as_ref()
                        .and_then(Loose::as_str)
                        .map(str::to_owned)
                });
            builder.set.yara_sources.push(YaraSource {
                source: self.source,
                text: pattern.to_owned(),
            });
            (IndicatorKind::YaraRule, pattern.to_owned(), name)
        } else {
            let other = pattern_type.to_ascii_lowercase();
            builder.report(
                Severity::Warning,
                "stix2.unsupported-pattern-type",
                &at(lines, id, Some("pattern_type")),
                format!("pattern_type {other:?} is not read (only stix and yara); skipped"),
            );
            return;
        };
        let label = object
            .x_unstalk_label
            .as_ref()
            .and_then(Loose::as_str)
            .map(str::to_owned)
            .or(label);
        let role = match &object.x_unstalk_role {
            None => None,
            Some(role) => match role.parse_enum::<Role>() {
                Some(role) => Some(role),
                None => {
                    builder.report(
                        Severity::Warning,
                        "stix2.bad-property",
                        &at(lines, id, Some("x_unstalk_role")),
                        format!("unknown role {role}; ignored"),
                    );
                    None
                }
            },
        };
        let provenance = self.provenance(id, object);
        let index = self.index;
        let own_creator = object.created_by_ref.as_ref().and_then(Loose::as_str);
        let contributor_of = |creator: Option<&str>| {
            creator
                .and_then(|creator| index.identities.get(creator))
                .map(|name| (*name).to_owned())
        };
        let groups = families_of(index, id);
        let raw = |provenance: Provenance| RawIndicator {
            kind,
            value: &value,
            // Attached after the push: the builder would look the family kind up by name only.
            family: None,
            role,
            label: label.as_deref(),
            provenance,
        };
        if groups.is_empty() {
            let provenance = Provenance {
                contributor: contributor_of(own_creator),
                ..provenance
            };
            self.push(id, raw(provenance), None);
            return;
        }
        // The value is normalised once; the records of further families copy the first.
        let mut first: Option<usize> = None;
        for (group_id, group) in groups {
            let family = self.family_name(group_id, group);
            let provenance = Provenance {
                contributor: contributor_of(own_creator.or(group.created_by)),
                ..provenance.clone()
            };
            let copied = first
                .and_then(|position| self.builder.set.indicators.get(position))
                .cloned();
            match copied {
                Some(mut record) => {
                    record.family = Some(family);
                    record.family_kind = Some(group.kind);
                    record.provenance = provenance;
                    self.builder.set.indicators.push(record);
                }
                None => {
                    if self.push(id, raw(provenance), Some((family, group.kind))) {
                        first = Some(self.builder.set.indicators.len() - 1);
                    }
                }
            }
        }
    }

    /// Pushes a record through the builder (normalisation, diagnostics) and attaches its family
    /// (name and kind). The diagnostic's place is filled in only when the value is rejected, so
    /// valid values never look for their line.
    fn push(
        &mut self,
        id: &str,
        raw: RawIndicator<'_>,
        family: Option<(String, FamilyKind)>,
    ) -> bool {
        let reported = self.builder.diagnostics.len();
        if !self.builder.push(raw, &Location::default()) {
            let location = at(self.lines, id, Some("pattern"));
            for diagnostic in self.builder.diagnostics.iter_mut().skip(reported) {
                diagnostic.line = location.line;
                diagnostic.record.clone_from(&location.record);
            }
            return false;
        }
        if let Some((name, kind)) = family
            && let Some(record) = self.builder.set.indicators.last_mut()
        {
            record.family = Some(name);
            record.family_kind = Some(kind);
        }
        true
    }
}

// ---------------------------------------------------------------------------------------------
// Writer
// ---------------------------------------------------------------------------------------------

/// Namespace of every UUIDv5 the writer derives.
fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"https://unstalk.invalid/stix2")
}

fn stix_id(object_type: &str, key: &str) -> String {
    let name = format!("{object_type}\u{0}{key}");
    format!(
        "{object_type}--{}",
        Uuid::new_v5(&namespace(), name.as_bytes())
    )
}

/// The id of the identity object describing unstalk, creator of every exported object.
pub fn unstalk_identity_id() -> String {
    stix_id("identity", "unstalk")
}

fn identity_id(name: &str) -> String {
    stix_id("identity", &format!("contributor\u{0}{name}"))
}

/// What identifies a family in ids: its name (case-insensitively) and its kind.
fn family_key(name: &str, kind: FamilyKind) -> String {
    format!("{}\u{0}{}", name.to_lowercase(), kind.as_str())
}

fn malware_id(name: &str, kind: FamilyKind) -> String {
    stix_id("malware", &family_key(name, kind))
}

/// One record the writer emits.
#[derive(Debug, Clone)]
struct PlannedIndicator {
    kind: IndicatorKind,
    value: String,
    /// Canonical family name.
    family: Option<String>,
    /// The family's kind (`Some` exactly when `family` is).
    family_kind: Option<FamilyKind>,
    role: Option<Role>,
    label: Option<String>,
    provenance: Provenance,
    pattern: String,
    pattern_type: &'static str,
    /// A standard `indicator` (MVT reads it) rather than an `x-unstalk-indicator`.
    standard: bool,
}

impl PlannedIndicator {
    fn object_type(&self) -> &'static str {
        if self.standard {
            "indicator"
        } else {
            CUSTOM_INDICATOR_TYPE
        }
    }

    fn id(&self) -> String {
        let family = match (&self.family, self.family_kind) {
            (Some(name), Some(kind)) => family_key(name, kind),
            (Some(name), None) => name.to_lowercase(),
            (None, _) => String::new(),
        };
        stix_id(
            self.object_type(),
            &format!("{}\u{0}{}\u{0}{family}", self.kind.as_str(), self.value),
        )
    }

    /// True when the record belongs to `family`.
    fn belongs_to(&self, family: &PlannedFamily) -> bool {
        self.family_kind == Some(family.kind)
            && self
                .family
                .as_deref()
                .is_some_and(|name| name.eq_ignore_ascii_case(&family.name))
    }

    fn created(&self) -> String {
        self.provenance
            .first_seen
            .as_deref()
            .and_then(stix_timestamp)
            .unwrap_or_else(|| UNKNOWN_TIME.to_owned())
    }

    fn last_seen(&self) -> Option<String> {
        self.provenance
            .last_seen
            .as_deref()
            .and_then(stix_timestamp)
    }

    fn modified(&self) -> String {
        let created = self.created();
        match self.last_seen() {
            Some(last) if last > created => last,
            _ => created,
        }
    }
}

/// A family the writer emits.
#[derive(Debug, Clone)]
struct PlannedFamily {
    name: String,
    aliases: Vec<String>,
    kind: FamilyKind,
}

struct Plan {
    families: Vec<PlannedFamily>,
    indicators: Vec<PlannedIndicator>,
}

fn earlier(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => {
            let key = |text: &String| stix_timestamp(text).unwrap_or_else(|| text.clone());
            Some(if key(&b) < key(&a) { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

fn later(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => {
            let key = |text: &String| stix_timestamp(text).unwrap_or_else(|| text.clone());
            Some(if key(&b) > key(&a) { b } else { a })
        }
        (a, b) => a.or(b),
    }
}

fn plan(set: &IndicatorSet) -> Plan {
    let mut families: Vec<PlannedFamily> = set
        .families
        .iter()
        .map(|family| PlannedFamily {
            name: family.name.clone(),
            aliases: family.aliases.clone(),
            kind: family.kind,
        })
        .collect();
    let mut indicators: Vec<PlannedIndicator> = Vec::new();
    type Key = (IndicatorKind, String, Option<(String, FamilyKind)>);
    let mut positions: HashMap<Key, usize> = HashMap::new();
    let samples = set.samples.iter().map(|sample| Indicator {
        kind: IndicatorKind::FileSha256,
        value: sample.sha256.clone(),
        family: sample.family.clone(),
        family_kind: None,
        role: Some(Role::Sample),
        label: None,
        provenance: Provenance {
            source: sample.source,
            ..Provenance::default()
        },
    });
    let records = set.indicators.iter().cloned().chain(samples);
    for record in records {
        // A family is its name and kind; a name the set does not know is a family of kind other.
        let family = record
            .family
            .as_deref()
            .map(|name| match set.family_of(&record) {
                Some(family) => (family.name.clone(), family.kind),
                None => (name.to_owned(), FamilyKind::Other),
            });
        if let Some((name, kind)) = &family
            && !families
                .iter()
                .any(|known| known.kind == *kind && known.name.eq_ignore_ascii_case(name))
        {
            families.push(PlannedFamily {
                name: name.clone(),
                aliases: Vec::new(),
                kind: *kind,
            });
        }
        let key = (
            record.kind,
            record.value.clone(),
            family
                .as_ref()
                .map(|(name, kind)| (name.to_lowercase(), *kind)),
        );
        if let Some(&position) = positions.get(&key) {
            if let Some(existing) = indicators.get_mut(position) {
                // Samples already listed as indicators are not repeated; other duplicates
                // merge their provenance.
                let mine = &mut existing.provenance;
                let other = record.provenance;
                mine.first_seen = earlier(mine.first_seen.take(), other.first_seen);
                mine.last_seen = later(mine.last_seen.take(), other.last_seen);
                mine.tlp = mine.tlp.max(other.tlp);
                mine.contributor = mine.contributor.take().or(other.contributor);
                mine.confidence = mine.confidence.or(other.confidence);
                mine.criterion = mine.criterion.or(other.criterion);
                existing.role = existing.role.or(record.role);
                existing.label = existing.label.take().or(record.label);
            }
            continue;
        }
        let (pattern, pattern_type) = pattern_for(record.kind, &record.value);
        positions.insert(key, indicators.len());
        indicators.push(PlannedIndicator {
            standard: mvt_can_split(&pattern),
            kind: record.kind,
            value: record.value,
            family_kind: family.as_ref().map(|(_, kind)| *kind),
            family: family.map(|(name, _)| name),
            role: record.role,
            label: record.label,
            provenance: record.provenance,
            pattern,
            pattern_type,
        });
    }
    Plan {
        families,
        indicators,
    }
}

/// How many records a STIX export of a set holds, and how many MVT loads from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ExportCounts {
    /// Standard `indicator` objects (patterns MVT can split).
    pub indicators: usize,
    /// `x-unstalk-indicator` objects (YARA rules, values containing `=`), which MVT skips.
    pub custom_indicators: usize,
    /// `malware` objects (one per family).
    pub families: usize,
    /// What MVT's `Indicators` reports as "Loaded a total of N unique indicators" for the file.
    pub mvt_loaded: usize,
}

/// Counts of what [`write()`] emits for `set`.
pub fn export_counts(set: &IndicatorSet) -> ExportCounts {
    let plan = plan(set);
    let indicators = plan.indicators.iter().filter(|p| p.standard).count();
    ExportCounts {
        indicators,
        custom_indicators: plan.indicators.len() - indicators,
        families: plan.families.len(),
        mvt_loaded: mvt_count(&plan),
    }
}

/// Number of indicator records [`write()`] emits (standard `indicator` plus `x-unstalk-indicator`
/// objects): one per distinct (kind, value, family).
pub fn indicator_count(set: &IndicatorSet) -> usize {
    plan(set).indicators.len()
}

/// The number MVT logs as "Loaded a total of N unique indicators" when given our export alone
/// (see the module documentation for which kinds it consumes).
pub fn mvt_indicator_count(set: &IndicatorSet) -> usize {
    mvt_count(&plan(set))
}

/// Python's `str.strip()` (Unicode white space plus the ASCII separators).
fn python_strip(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

/// MVT's `_process_indicator` list for a key, and whether it lower-cases the value first.
fn mvt_list(key: &str) -> Option<(&'static str, bool)> {
    let mut key = key.to_owned();
    for separator in ["hashes.", "cert."] {
        if let Some((prefix, algorithm)) = key.split_once(separator) {
            key = format!(
                "{prefix}{separator}{}",
                algorithm.replace(['\'', '-'], "").to_lowercase()
            );
            break;
        }
    }
    Some(match key.as_str() {
        "domain-name:value" => ("domains", true),
        "ipv4-addr:value" => ("domains", false),
        "process:name" => ("processes", false),
        "email-addr:value" => ("emails", true),
        "file:name" => ("file_names", false),
        "file:path" => ("file_paths", false),
        "file:hashes.md5" => ("files_md5", false),
        "file:hashes.sha1" => ("files_sha1", false),
        "file:hashes.sha256" => ("files_sha256", false),
        "app:cert.md5" | "app:cert.sha1" | "app:cert.sha256" => ("app_cert_hashes", false),
        "app:id" => ("app_ids", false),
        "configuration-profile:id" => ("ios_profile_ids", false),
        "android-property:name" => ("android_property_names", false),
        "url:value" => ("urls", false),
        _ => return None,
    })
}

/// Replays MVT's `parse_stix2` over the standard indicators of a plan.
fn mvt_count(plan: &Plan) -> usize {
    // One collection per `malware` object, that is per family (name and kind).
    type Collection = Option<(String, Option<FamilyKind>)>;
    let mut seen: HashSet<(Collection, &'static str, String)> = HashSet::new();
    for planned in plan.indicators.iter().filter(|p| p.standard) {
        let stripped = planned.pattern.trim_matches(|c| c == '[' || c == ']');
        let Some((key, value)) = stripped.split_once('=') else {
            continue;
        };
        let Some((list, lower)) = mvt_list(python_strip(key)) else {
            continue;
        };
        let value = if lower {
            value.to_lowercase()
        } else {
            value.to_owned()
        };
        let value = python_strip(&value.replace('\'', "")).to_owned();
        let collection = planned
            .family
            .as_ref()
            .map(|name| (name.to_lowercase(), planned.family_kind));
        seen.insert((collection, list, value));
    }
    seen.len()
}

#[derive(Serialize)]
struct BundleOut {
    #[serde(rename = "type")]
    object_type: &'static str,
    id: String,
    objects: Vec<ObjectOut>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum ObjectOut {
    Identity(IdentityOut),
    Malware(MalwareOut),
    Indicator(Box<IndicatorOut>),
    Relationship(RelationshipOut),
}

impl ObjectOut {
    fn id(&self) -> &str {
        match self {
            ObjectOut::Identity(object) => &object.id,
            ObjectOut::Malware(object) => &object.id,
            ObjectOut::Indicator(object) => &object.id,
            ObjectOut::Relationship(object) => &object.id,
        }
    }
}

#[derive(Serialize)]
struct IdentityOut {
    #[serde(rename = "type")]
    object_type: &'static str,
    spec_version: &'static str,
    id: String,
    created: &'static str,
    modified: &'static str,
    name: String,
    identity_class: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'static str>,
}

#[derive(Serialize)]
struct MalwareOut {
    #[serde(rename = "type")]
    object_type: &'static str,
    spec_version: &'static str,
    id: String,
    created_by_ref: String,
    created: String,
    modified: String,
    name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    is_family: bool,
    malware_types: Vec<&'static str>,
    x_unstalk_kind: &'static str,
}

#[derive(Serialize)]
struct IndicatorOut {
    #[serde(rename = "type")]
    object_type: &'static str,
    spec_version: &'static str,
    id: String,
    created_by_ref: String,
    created: String,
    modified: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    pattern: String,
    pattern_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pattern_version: Option<&'static str>,
    valid_from: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<u8>,
    labels: Vec<&'static str>,
    object_marking_refs: Vec<&'static str>,
    x_unstalk_value_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_unstalk_role: Option<Role>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_unstalk_criterion: Option<Criterion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_unstalk_label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x_unstalk_last_seen: Option<String>,
}

#[derive(Serialize)]
struct RelationshipOut {
    #[serde(rename = "type")]
    object_type: &'static str,
    spec_version: &'static str,
    id: String,
    created_by_ref: String,
    created: String,
    modified: String,
    relationship_type: &'static str,
    source_ref: String,
    target_ref: String,
}

fn malware_types(kind: FamilyKind) -> Vec<&'static str> {
    match kind {
        FamilyKind::Other => vec!["unknown"],
        kind => vec![kind.as_str()],
    }
}

/// Writes `set` as a STIX 2.1 bundle (see the module documentation).
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> io::Result<()> {
    let plan = plan(set);
    let unstalk = unstalk_identity_id();
    let mut objects = vec![ObjectOut::Identity(IdentityOut {
        object_type: "identity",
        spec_version: "2.1",
        id: unstalk.clone(),
        created: UNKNOWN_TIME,
        modified: UNKNOWN_TIME,
        name: "unstalk".to_owned(),
        identity_class: "system",
        description: Some("Exported by unstalk, a toolkit against stalkerware"),
    })];
    let contributors: BTreeSet<&str> = plan
        .indicators
        .iter()
        .filter_map(|planned| planned.provenance.contributor.as_deref())
        .collect();
    objects.extend(contributors.iter().map(|name| {
        ObjectOut::Identity(IdentityOut {
            object_type: "identity",
            spec_version: "2.1",
            id: identity_id(name),
            created: UNKNOWN_TIME,
            modified: UNKNOWN_TIME,
            name: (*name).to_owned(),
            identity_class: "organization",
            description: None,
        })
    }));
    for family in &plan.families {
        let members = plan
            .indicators
            .iter()
            .filter(|planned| planned.belongs_to(family));
        // The earliest known date of its indicators; the latest for `modified`.
        let (created, modified) = members.fold((None::<String>, None::<String>), |acc, p| {
            let created = p.created();
            let known = (created != UNKNOWN_TIME).then_some(created);
            (
                match (acc.0, known) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                },
                Some(acc.1.map_or_else(|| p.modified(), |m| m.max(p.modified()))),
            )
        });
        let created = created.unwrap_or_else(|| UNKNOWN_TIME.to_owned());
        let modified = modified.filter(|modified| *modified > created);
        objects.push(ObjectOut::Malware(MalwareOut {
            object_type: "malware",
            spec_version: "2.1",
            id: malware_id(&family.name, family.kind),
            created_by_ref: unstalk.clone(),
            modified: modified.unwrap_or_else(|| created.clone()),
            created,
            name: family.name.clone(),
            aliases: family.aliases.clone(),
            is_family: true,
            malware_types: malware_types(family.kind),
            x_unstalk_kind: family.kind.as_str(),
        }));
    }
    for planned in &plan.indicators {
        let id = planned.id();
        let created = planned.created();
        let modified = planned.modified();
        let mut labels = vec![planned.kind.as_str()];
        if planned.family.is_some() {
            labels.push(planned.family_kind.unwrap_or(FamilyKind::Other).as_str());
        }
        objects.push(ObjectOut::Indicator(Box::new(IndicatorOut {
            object_type: planned.object_type(),
            spec_version: "2.1",
            id: id.clone(),
            created_by_ref: planned
                .provenance
                .contributor
                .as_deref()
                .map_or_else(|| unstalk.clone(), identity_id),
            created: created.clone(),
            modified: modified.clone(),
            name: if planned.kind == IndicatorKind::YaraRule {
                planned.label.clone()
            } else {
                None
            },
            pattern: planned.pattern.clone(),
            pattern_type: planned.pattern_type,
            pattern_version: (planned.pattern_type == "stix").then_some("2.1"),
            valid_from: created.clone(),
            confidence: planned.provenance.confidence,
            labels,
            object_marking_refs: vec![marking_of_tlp(planned.provenance.tlp)],
            x_unstalk_value_kind: planned.kind.as_str(),
            x_unstalk_role: planned.role,
            x_unstalk_criterion: planned.provenance.criterion,
            x_unstalk_label: planned.label.clone(),
            x_unstalk_last_seen: planned.last_seen(),
        })));
        if let Some(family) = &planned.family {
            let target = malware_id(family, planned.family_kind.unwrap_or(FamilyKind::Other));
            objects.push(ObjectOut::Relationship(RelationshipOut {
                object_type: "relationship",
                spec_version: "2.1",
                id: stix_id("relationship", &format!("indicates\u{0}{id}\u{0}{target}")),
                created_by_ref: unstalk.clone(),
                created,
                modified,
                relationship_type: "indicates",
                source_ref: id,
                target_ref: target,
            }));
        }
    }
    let all_ids: Vec<&str> = objects.iter().map(ObjectOut::id).collect();
    let bundle = BundleOut {
        object_type: "bundle",
        id: stix_id("bundle", &all_ids.join("\n")),
        objects,
    };
    serde_json::to_writer_pretty(&mut *out, &bundle).map_err(io::Error::other)?;
    out.write_all(b"\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comparison(pattern: &str) -> (IndicatorKind, String) {
        let parsed = parse_pattern(pattern).expect("pattern parses");
        (comparison_kind(&parsed).expect("kind known"), parsed.value)
    }

    #[test]
    fn parses_spacing_variants_escapes_and_equals_in_values() {
        assert_eq!(
            comparison("[domain-name:value='x.com']"),
            (IndicatorKind::Domain, "x.com".to_owned())
        );
        assert_eq!(
            comparison("  [ domain-name:value   =   'x.com' ]  "),
            (IndicatorKind::Domain, "x.com".to_owned())
        );
        assert_eq!(
            comparison("[url:value = 'https://a.b/?x=1&y=2']"),
            (IndicatorKind::Url, "https://a.b/?x=1&y=2".to_owned())
        );
        assert_eq!(
            comparison(r"[file:name = 'it\'s \\ here]']"),
            (IndicatorKind::FileName, r"it's \ here]".to_owned())
        );
        assert_eq!(
            comparison("[file:hashes.'SHA-256' = 'ab']").0,
            IndicatorKind::FileSha256
        );
        assert_eq!(
            comparison("[file:hashes.MD5 = 'ab']").0,
            IndicatorKind::FileMd5
        );
        assert_eq!(
            comparison("[ipv6-addr:value = '2001:db8::/32']").0,
            IndicatorKind::Cidr
        );
    }

    #[test]
    fn rejects_compound_and_broken_patterns() {
        assert!(matches!(
            parse_pattern("[domain-name:value = 'a' OR domain-name:value = 'b']"),
            Err(PatternError::Unsupported(_))
        ));
        assert!(matches!(
            parse_pattern("[domain-name:value = 'a'] AND [url:value = 'b']"),
            Err(PatternError::Unsupported(_))
        ));
        assert!(matches!(
            parse_pattern("[domain-name:value = 'a"),
            Err(PatternError::Syntax(_))
        ));
        assert!(matches!(
            parse_pattern("domain-name:value = 'a'"),
            Err(PatternError::Syntax(_))
        ));
        assert!(matches!(
            parse_pattern("[network-traffic:dst_port = 443]"),
            Err(PatternError::Unsupported(_))
        ));
        let unknown = parse_pattern("[mutex:name = 'x']").expect("well-formed");
        assert!(matches!(
            comparison_kind(&unknown),
            Err(PatternError::Unsupported(_))
        ));
    }

    #[test]
    fn written_patterns_parse_back() {
        for kind in IndicatorKind::ALL {
            if kind == IndicatorKind::YaraRule {
                continue;
            }
            let value = r"it's a \ value=1";
            let (pattern, pattern_type) = pattern_for(kind, value);
            assert_eq!(pattern_type, "stix");
            let parsed = parse_pattern(&pattern).expect("own pattern parses");
            assert_eq!(parsed.value, value, "{kind}");
        }
    }

    #[test]
    fn normalises_timestamps_to_utc_milliseconds() {
        assert_eq!(
            stix_timestamp("2021-03-04").as_deref(),
            Some("2021-03-04T00:00:00.000Z")
        );
        assert_eq!(
            stix_timestamp("2023-07-28T12:14:36.194951Z").as_deref(),
            Some("2023-07-28T12:14:36.194Z")
        );
        assert_eq!(
            stix_timestamp("2021-01-01T01:30:00+02:00").as_deref(),
            Some("2020-12-31T23:30:00.000Z")
        );
        assert_eq!(
            stix_timestamp("2020-02-28 23:00-0130").as_deref(),
            Some("2020-02-29T00:30:00.000Z")
        );
        assert_eq!(stix_timestamp("yesterday"), None);
        assert_eq!(stix_timestamp("2021-13-01"), None);
    }

    #[test]
    fn mvt_splitting_rule() {
        assert!(mvt_can_split("[domain-name:value = 'a.b']"));
        assert!(!mvt_can_split("[url:value = 'http://a/?b=c']"));
        assert!(!mvt_can_split("rule x { condition: true }"));
    }

    #[test]
    fn tlp_markings_map_both_versions() {
        assert_eq!(tlp_of_marking(TLP1_WHITE), Some(Tlp::Clear));
        assert_eq!(tlp_of_marking(TLP2_AMBER_STRICT), Some(Tlp::Amber));
        assert_eq!(tlp_of_marking(marking_of_tlp(Tlp::Red)), Some(Tlp::Red));
        assert_eq!(tlp_of_marking("marking-definition--nope"), None);
    }
}
