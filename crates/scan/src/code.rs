//! One DEX file's endpoints, identity and YARA matches, for a DEX inside an APK and a DEX
//! scanned on its own alike.

use unstalk_apk::dex;
use unstalk_judge::NotChecked;
use unstalk_judge::app_details::{AnomalyDetails, AppDetails, DexDetails};

use crate::hits::IndicatorFindings;
use crate::{Scanner, phrases};

/// Where a DEX file was read.
#[derive(Debug, Clone, Copy)]
pub(crate) enum CodePlace<'a> {
    /// An entry of the APK being scanned (`classes2.dex`, `assets/x.apk!classes.dex`).
    Entry(&'a str),
    /// A DEX file given on its own, by its path.
    File(&'a str),
}

impl<'a> CodePlace<'a> {
    fn label(self) -> &'a str {
        match self {
            CodePlace::Entry(name) | CodePlace::File(name) => name,
        }
    }

    /// The evidence entry of a whole-file match: the entry inside an APK, none for a file.
    fn evidence_entry(self) -> Option<&'a str> {
        match self {
            CodePlace::Entry(name) => Some(name),
            CodePlace::File(_) => None,
        }
    }

    /// An anomaly's description: an APK's anomalies say which entry they are about.
    fn describe(self, what: &str) -> String {
        match self {
            CodePlace::Entry(name) => format!("{name}: {what}"),
            CodePlace::File(_) => what.to_owned(),
        }
    }
}

/// Parses `data` (whose SHA-256 is `sha256`, hashes already looked up by the caller), looks up
/// its endpoints, records it in `details`, and runs the YARA rules over it.
pub(crate) fn read_code(
    scanner: &Scanner,
    data: &[u8],
    sha256: &[u8; 32],
    place: CodePlace<'_>,
    found: &mut IndicatorFindings<'_>,
    details: &mut AppDetails,
    not_checked: &mut Vec<NotChecked>,
) {
    let label = place.label();
    match dex::parse(data, &scanner.limits().dex) {
        Ok(parsed) => {
            found.add_code_endpoints(parsed.endpoints(), label);
            details.dex.push(DexDetails {
                entry: label.to_owned(),
                size: data.len() as u64,
                sha256: hex::encode(sha256),
                strings: parsed.string_count() as u64,
                classes: parsed.classes().len() as u64,
            });
            let mut unread = Vec::new();
            for anomaly in parsed.anomalies() {
                details.anomalies.push(AnomalyDetails {
                    code: anomaly.code().to_owned(),
                    description: place.describe(&anomaly.to_string()),
                    android_rejects: false,
                });
                if anomaly.leaves_part_unread() {
                    unread.push(anomaly.to_string());
                }
            }
            // One line per code file, however many of its parts were skipped.
            if !unread.is_empty() {
                not_checked.push(phrases::not_read(
                    "apk.entry",
                    code_place(place, details),
                    phrases::entry_unreadable(&unread.join("; ")),
                ));
            }
        }
        Err(error) => unreadable_code(details, not_checked, place, &error.to_string()),
    }
    yara(found, data, place, not_checked);
}

/// A code file that could not be read or parsed: an anomaly of the app, and a part of the
/// input whose addresses were not searched (its YARA scan, over the raw bytes, may still run).
pub(crate) fn unreadable_code(
    details: &mut AppDetails,
    not_checked: &mut Vec<NotChecked>,
    place: CodePlace<'_>,
    error: &str,
) {
    details.anomalies.push(AnomalyDetails {
        code: "dex.unreadable".to_owned(),
        description: place.describe(error),
        android_rejects: false,
    });
    not_checked.push(phrases::not_read(
        "apk.entry",
        code_place(place, details),
        phrases::entry_unreadable(error),
    ));
}

/// The code file at `place` of the file `details` describes, as a report names it.
fn code_place(place: CodePlace<'_>, details: &AppDetails) -> phrases::Line {
    match place {
        CodePlace::Entry(name) => phrases::entry_of(name, &details.file.path),
        CodePlace::File(path) => phrases::whole_file(path),
    }
}

/// The YARA rules over `data`; a scan that could not finish is a `not_checked` entry.
pub(crate) fn yara(
    found: &mut IndicatorFindings<'_>,
    data: &[u8],
    place: CodePlace<'_>,
    not_checked: &mut Vec<NotChecked>,
) {
    if let Some(error) = found.add_yara(data, place.evidence_entry()) {
        not_checked.push(phrases::not_read(
            "apk.yara",
            phrases::yara_code(place.label()),
            phrases::yara_error(&error),
        ));
    }
}
