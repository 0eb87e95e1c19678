//! CSV: unstalk's own flat export, plus two CSV feeds of the field, told apart by their header.
//!
//! - **unstalk** (read and written): header
//!   `type,value,family,family_kind,role,label,tlp,confidence,first_seen,last_seen,contributor,criterion`;
//!   `type` is [`IndicatorKind::as_str`], `family_kind` [`FamilyKind::as_str`], `role` and
//!   `criterion` their kebab-case names, `tlp` `CLEAR`/`GREEN`/`AMBER`/`RED`; empty cells for
//!   "not known". Quoting follows RFC 4180 (YARA rule text spans lines inside quotes). The writer
//!   puts one row per indicator record, in the set's order, `\n`-terminated. Only `type` and
//!   `value` are required when reading, and the columns may come in any order. A family without a
//!   readable `family_kind` is [`FamilyKind::Other`] (with a warning). Not carried: family
//!   aliases, samples, verbatim YARA sources, the source of each record.
//! - **Echap `generated/network.csv`** (read): `type,indicator,app`, `type` `domain` or `ipv4`
//!   (also `ipv6`, `ip`, `cidr`, `url` and every unstalk kind name). `app` is the family; the file is
//!   generated from `ioc.yaml`, so the family kind is [`FamilyKind::Stalkerware`] (a few of those
//!   families are also in `watchware.yaml`; load the Echap folder for that distinction).
//! - **ISDi `app-flags.csv`** (read): `appId,store,flag,title`. The family is the app `title`,
//!   its kind the `flag` (`stalkerware`, `dual-use`, `spyware` → [`FamilyKind::Other`]); a title
//!   already seen with another flag gets the family name `title (flag)`. `playstore`/`offstore`
//!   ids are Android packages; `appstore` ids are iOS bundle ids, with a leading Team ID
//!   (`5ZPN38G6GE.com.trailbehind.GaiaGPS`, ten upper-case letters or digits and a dot) removed
//!   because devices report the bundle id without it. Rows flagged `safe` are not indicators:
//!   skipped with a warning.
//!
//! Any other header is an [`Error::Syntax`] naming the three accepted ones. A row with the wrong
//! number of fields, invalid UTF-8, an unknown type or TLP is skipped with an error diagnostic; a
//! value listed twice for the same family is kept once.

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::builder::{Location, RawIndicator, SetBuilder};
use crate::error::Severity;
use crate::model::{
    Criterion, Family, FamilyKind, IndicatorKind, IndicatorSet, Provenance, Role, SourceFormat, Tlp,
};
use crate::normalize::ip_kind;
use crate::{Error, Loaded};

/// The header of unstalk's CSV export.
pub const HEADER: [&str; 12] = [
    "type",
    "value",
    "family",
    "family_kind",
    "role",
    "label",
    "tlp",
    "confidence",
    "first_seen",
    "last_seen",
    "contributor",
    "criterion",
];

const EXPECTED_HEADERS: &str = "`type,value,family,family_kind,role,label,tlp,confidence,\
first_seen,last_seen,contributor,criterion` (unstalk; only type and value are required), \
`type,indicator,app` (Echap generated/network.csv) or `appId,store,flag,title` (ISDi app-flags.csv)";

/// The serde (kebab-case) name of a unit enum value such as [`Role`] or [`Criterion`].
pub(crate) fn serde_name<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => Some(name),
        _ => None,
    }
}

/// Parses a serde (kebab-case) name, accepting any case and `_` for `-`.
pub(crate) fn from_serde_name<T: DeserializeOwned>(text: &str) -> Option<T> {
    let name = text.trim().to_ascii_lowercase().replace('_', "-");
    serde_json::from_value(serde_json::Value::String(name)).ok()
}

/// Keeps the first record of each (kind, value, family): feeds list some values twice.
pub(crate) fn dedup_indicators(set: &mut IndicatorSet) {
    let mut seen = HashSet::new();
    set.indicators.retain(|indicator| {
        seen.insert((
            indicator.kind,
            indicator.value.clone(),
            indicator.family.clone(),
            indicator.family_kind,
        ))
    });
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Unstalk,
    EchapNetwork,
    Isdi,
}

/// Column positions by lower-case header name.
struct Columns {
    index: HashMap<String, usize>,
    width: usize,
}

impl Columns {
    fn get<'r>(&self, row: &'r [String], name: &str) -> Option<&'r str> {
        self.index
            .get(name)
            .and_then(|&i| row.get(i))
            .map(|cell| cell.trim())
            .filter(|cell| !cell.is_empty())
    }
}

/// Reads a CSV file in one of the three dialects (chosen by the header).
pub fn read(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let syntax = |line: Option<u64>, message: String| Error::Syntax {
        path: path.to_path_buf(),
        line,
        message,
    };
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        None => {
            return Err(syntax(
                None,
                format!("empty CSV: expected a header, one of {EXPECTED_HEADERS}"),
            ));
        }
        Some(Err(error)) => {
            return Err(syntax(
                error.position().map(|p| p.line()),
                format!("not readable as CSV: {error}"),
            ));
        }
        Some(Ok(header)) => header,
    };
    let names: Vec<String> = header
        .iter()
        .enumerate()
        .map(|(i, field)| {
            let field = if i == 0 {
                field.strip_prefix(b"\xef\xbb\xbf").unwrap_or(field)
            } else {
                field
            };
            String::from_utf8_lossy(field).trim().to_ascii_lowercase()
        })
        .collect();
    let has = |wanted: &[&str]| wanted.iter().all(|w| names.iter().any(|n| n == w));
    let dialect = if has(&["type", "value"]) {
        Dialect::Unstalk
    } else if has(&["type", "indicator", "app"]) {
        Dialect::EchapNetwork
    } else if has(&["appid", "store", "flag", "title"]) {
        Dialect::Isdi
    } else {
        return Err(syntax(
            Some(1),
            format!(
                "unknown CSV header `{}`; expected {EXPECTED_HEADERS}",
                names.join(",")
            ),
        ));
    };
    let mut columns = Columns {
        index: HashMap::new(),
        width: names.len(),
    };
    for (i, name) in names.iter().enumerate() {
        columns.index.entry(name.clone()).or_insert(i);
    }

    let mut builder = SetBuilder::new(path.display().to_string());
    let source = builder
        .set
        .add_source(crate::file_source(path, bytes, SourceFormat::Csv, None));
    let mut state = RowReader {
        builder,
        source,
        warned_families: HashSet::new(),
        isdi_families: HashMap::new(),
    };
    for (index, record) in records.enumerate() {
        let row_number = index + 1;
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map(|p| p.line());
                state.error(
                    "csv.row",
                    line,
                    row_number,
                    format!("not readable as CSV ({error}); skipped"),
                );
                // A broken quote can swallow the rest of the file: stop at the first I/O or
                // syntax error that the reader cannot resynchronise from.
                if !matches!(error.kind(), ::csv::ErrorKind::Utf8 { .. }) {
                    break;
                }
                continue;
            }
        };
        let line = record.position().map(|p| p.line());
        if record.len() != columns.width {
            state.error(
                "csv.row-width",
                line,
                row_number,
                format!(
                    "has {} field(s), the header has {}; skipped",
                    record.len(),
                    columns.width
                ),
            );
            continue;
        }
        let mut row = Vec::with_capacity(record.len());
        let mut bad_utf8 = None;
        for (i, field) in record.iter().enumerate() {
            match std::str::from_utf8(field) {
                Ok(text) => row.push(text.to_owned()),
                Err(_) => {
                    bad_utf8 = Some(i + 1);
                    break;
                }
            }
        }
        if let Some(column) = bad_utf8 {
            state.error(
                "csv.utf8",
                line,
                row_number,
                format!("field {column} is not valid UTF-8; skipped"),
            );
            continue;
        }
        let at = Location {
            line,
            record: Some(format!("row {row_number}")),
        };
        match dialect {
            Dialect::Unstalk => state.unstalk_row(&columns, &row, &at),
            Dialect::EchapNetwork => state.network_row(&columns, &row, &at),
            Dialect::Isdi => state.isdi_row(&columns, &row, &at),
        }
    }
    let mut builder = state.builder;
    dedup_indicators(&mut builder.set);
    Ok(builder.finish())
}

struct RowReader {
    builder: SetBuilder,
    source: u32,
    /// Families already warned about (missing kind).
    warned_families: HashSet<String>,
    /// ISDi: the family name chosen for each (title, flag).
    isdi_families: HashMap<(String, FamilyKind), String>,
}

impl RowReader {
    fn error(&mut self, code: &'static str, line: Option<u64>, row: usize, message: String) {
        let at = Location {
            line,
            record: Some(format!("row {row}")),
        };
        self.builder.report(Severity::Error, code, &at, message);
    }

    fn family(&mut self, name: &str, kind: FamilyKind) -> String {
        self.builder.set.add_family(Family {
            name: name.to_owned(),
            aliases: Vec::new(),
            kind,
            source: self.source,
        })
    }

    fn provenance(&self) -> Provenance {
        Provenance {
            source: self.source,
            ..Provenance::default()
        }
    }

    fn unstalk_row(&mut self, columns: &Columns, row: &[String], at: &Location) {
        let Some(type_name) = columns.get(row, "type") else {
            self.builder
                .report(Severity::Error, "csv.type", at, "empty `type`; skipped");
            return;
        };
        let Some(kind) = IndicatorKind::parse(&type_name.to_ascii_lowercase()) else {
            self.builder.report(
                Severity::Error,
                "csv.type",
                at,
                format!("unknown type `{type_name}`; skipped"),
            );
            return;
        };
        let tlp = match columns.get(row, "tlp") {
            None => Tlp::Clear,
            Some(text) => match Tlp::parse(text) {
                Some(tlp) => tlp,
                None => {
                    // Guessing would risk sharing a value more widely than allowed.
                    self.builder.report(
                        Severity::Error,
                        "csv.tlp",
                        at,
                        format!("unknown TLP `{text}`; skipped"),
                    );
                    return;
                }
            },
        };
        let family = match columns.get(row, "family") {
            None => None,
            Some(name) => {
                let kind_text = columns.get(row, "family_kind");
                let kind = kind_text.and_then(FamilyKind::parse);
                if kind.is_none() && self.warned_families.insert(name.to_ascii_lowercase()) {
                    self.builder.report(
                        Severity::Warning,
                        "csv.family-kind",
                        at,
                        format!(
                            "family `{name}` has {}; taken as `other`",
                            kind_text.map_or("no family_kind".to_owned(), |text| format!(
                                "unknown family_kind `{text}`"
                            ))
                        ),
                    );
                }
                Some(self.family(name, kind.unwrap_or(FamilyKind::Other)))
            }
        };
        let mut optional = |column: &str, parse: &dyn Fn(&str) -> bool| {
            let text = columns.get(row, column)?;
            if parse(text) {
                Some(text.to_owned())
            } else {
                self.builder.report(
                    Severity::Warning,
                    "csv.field",
                    at,
                    format!("unknown {column} `{text}`; left empty"),
                );
                None
            }
        };
        let role = optional("role", &|t| from_serde_name::<Role>(t).is_some())
            .and_then(|t| from_serde_name::<Role>(&t));
        let criterion = optional("criterion", &|t| from_serde_name::<Criterion>(t).is_some())
            .and_then(|t| from_serde_name::<Criterion>(&t));
        let confidence = optional("confidence", &|t| {
            t.parse::<u8>().is_ok_and(|value| value <= 100)
        })
        .and_then(|t| t.parse::<u8>().ok());
        let text = |column: &str| columns.get(row, column).map(str::to_owned);
        let provenance = Provenance {
            source: self.source,
            contributor: text("contributor"),
            first_seen: text("first_seen"),
            last_seen: text("last_seen"),
            tlp,
            confidence,
            criterion,
        };
        // The value keeps its own spacing (YARA rule text); other kinds are trimmed on
        // normalisation.
        let value = columns
            .index
            .get("value")
            .and_then(|&i| row.get(i))
            .map_or("", String::as_str);
        let label = text("label");
        self.builder.push(
            RawIndicator {
                kind,
                value,
                family: family.as_deref(),
                role,
                label: label.as_deref(),
                provenance,
            },
            at,
        );
    }

    fn network_row(&mut self, columns: &Columns, row: &[String], at: &Location) {
        let value = columns.get(row, "indicator").unwrap_or("");
        let type_name = columns.get(row, "type").unwrap_or("").to_ascii_lowercase();
        let kind = match type_name.as_str() {
            "domain" => Some(IndicatorKind::Domain),
            "ip" | "ipv4" | "ipv6" | "ip4" | "ip6" => {
                Some(ip_kind(value).unwrap_or(IndicatorKind::Ipv4))
            }
            other => IndicatorKind::parse(other),
        };
        let Some(kind) = kind else {
            self.builder.report(
                Severity::Error,
                "csv.type",
                at,
                format!("unknown type `{type_name}`; skipped"),
            );
            return;
        };
        let family = columns
            .get(row, "app")
            .map(|app| self.family(app, FamilyKind::Stalkerware));
        let provenance = self.provenance();
        self.builder.push(
            RawIndicator {
                kind,
                value,
                family: family.as_deref(),
                role: None,
                label: None,
                provenance,
            },
            at,
        );
    }

    fn isdi_row(&mut self, columns: &Columns, row: &[String], at: &Location) {
        let app_id = columns.get(row, "appid").unwrap_or("");
        let flag = columns.get(row, "flag").unwrap_or("").to_ascii_lowercase();
        let store = columns.get(row, "store").unwrap_or("").to_ascii_lowercase();
        let family_kind = match flag.as_str() {
            "stalkerware" => FamilyKind::Stalkerware,
            "dual-use" | "dualuse" => FamilyKind::DualUse,
            "spyware" => FamilyKind::Other,
            "safe" => {
                self.builder.report(
                    Severity::Warning,
                    "isdi.safe",
                    at,
                    format!("`{app_id}` is flagged `safe`: not an indicator; skipped"),
                );
                return;
            }
            other => {
                self.builder.report(
                    Severity::Error,
                    "isdi.flag",
                    at,
                    format!("unknown flag `{other}`; skipped"),
                );
                return;
            }
        };
        let (kind, value) = match store.as_str() {
            "playstore" | "offstore" => (IndicatorKind::AndroidPackage, app_id),
            "appstore" => (IndicatorKind::IosBundle, strip_team_id(app_id)),
            other => {
                self.builder.report(
                    Severity::Error,
                    "isdi.store",
                    at,
                    format!("unknown store `{other}` (expected playstore, offstore or appstore); skipped"),
                );
                return;
            }
        };
        let family = columns
            .get(row, "title")
            .map(|title| self.isdi_family(title, family_kind, &flag));
        let provenance = self.provenance();
        self.builder.push(
            RawIndicator {
                kind,
                value,
                family: family.as_deref(),
                role: None,
                label: None,
                provenance,
            },
            at,
        );
    }

    /// The family for an ISDi title: the title itself, or `title (flag)` when the title is
    /// already a family of another kind.
    fn isdi_family(&mut self, title: &str, kind: FamilyKind, flag: &str) -> String {
        let key = (title.to_ascii_lowercase(), kind);
        if let Some(name) = self.isdi_families.get(&key) {
            return name.clone();
        }
        let name = match self.builder.set.family(title) {
            Some(existing) if existing.kind != kind => {
                self.family(&format!("{title} ({flag})"), kind)
            }
            _ => self.family(title, kind),
        };
        self.isdi_families.insert(key, name.clone());
        name
    }
}

/// Removes an App Store Team ID prefix (`5ZPN38G6GE.`) from a bundle id.
fn strip_team_id(app_id: &str) -> &str {
    match app_id.split_once('.') {
        Some((prefix, rest))
            if prefix.len() == 10
                && !rest.is_empty()
                && prefix
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                && prefix.bytes().any(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => app_id,
    }
}

/// Writes every indicator record as one row of unstalk's CSV, in the set's order.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(out);
    writer.write_record(HEADER)?;
    for indicator in &set.indicators {
        let provenance = &indicator.provenance;
        let family_kind = set
            .family_kind(indicator)
            .map(|kind| kind.as_str().to_owned());
        let record: [Option<String>; 12] = [
            Some(indicator.kind.as_str().to_owned()),
            Some(indicator.value.clone()),
            indicator.family.clone(),
            family_kind,
            indicator.role.and_then(|role| serde_name(&role)),
            indicator.label.clone(),
            Some(provenance.tlp.as_str().to_owned()),
            provenance.confidence.map(|c| c.to_string()),
            provenance.first_seen.clone(),
            provenance.last_seen.clone(),
            provenance.contributor.clone(),
            provenance.criterion.and_then(|c| serde_name(&c)),
        ];
        writer.write_record(record.iter().map(|cell| cell.as_deref().unwrap_or("")))?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_id_prefix_is_removed_only_when_it_looks_like_one() {
        assert_eq!(
            strip_team_id("5ZPN38G6GE.com.trailbehind.GaiaGPS"),
            "com.trailbehind.GaiaGPS"
        );
        assert_eq!(strip_team_id("Anon.Mobile.Tracker"), "Anon.Mobile.Tracker");
        assert_eq!(strip_team_id("com.example.app"), "com.example.app");
    }

    #[test]
    fn serde_names_round_trip() {
        assert_eq!(serde_name(&Role::C2).as_deref(), Some("c2"));
        assert_eq!(from_serde_name::<Role>("C2"), Some(Role::C2));
        assert_eq!(
            from_serde_name::<Criterion>("covert_operation"),
            Some(Criterion::CovertOperation)
        );
    }
}
