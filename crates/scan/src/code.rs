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
            for anomaly in parsed.anomalies() {
                details.anomalies.push(AnomalyDetails {
                    code: anomaly.code().to_owned(),
                    description: place.describe(&anomaly.to_string()),
                    android_rejects: false,
                });
            }
        }
        Err(error) => unreadable_code(details, place, &error.to_string()),
    }
    yara(found, data, place, not_checked);
}

/// A code file that could not be read or parsed, as an anomaly.
pub(crate) fn unreadable_code(details: &mut AppDetails, place: CodePlace<'_>, error: &str) {
    details.anomalies.push(AnomalyDetails {
        code: "dex.unreadable".to_owned(),
        description: place.describe(error),
        android_rejects: false,
    });
}

/// The YARA rules over `data`; a scan that could not finish is a `not_checked` entry.
pub(crate) fn yara(
    found: &mut IndicatorFindings<'_>,
    data: &[u8],
    place: CodePlace<'_>,
    not_checked: &mut Vec<NotChecked>,
) {
    if let Some(error) = found.add_yara(data, place.evidence_entry()) {
        not_checked.push(phrases::not_checked(
            "apk.yara",
            phrases::yara_code(place.label()),
            phrases::yara_error(&error),
        ));
    }
}
