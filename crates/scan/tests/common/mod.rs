//! What the scan tests share: Echap's indicator set, a scan of app files and a phone scan of a
//! folder of dumps.

#![allow(dead_code)] // Each test file uses its own part.

use std::path::{Path, PathBuf};

use unstalk_android::acquisition::read_acquisition;
use unstalk_indicators::{IndicatorSet, ReadOptions};
use unstalk_judge::{InputKind, ScanReport};
use unstalk_match::Matcher;
use unstalk_scan::android::PhoneSource;
use unstalk_scan::{Scanner, inputs};

/// Echap's stalkerware indicators from the corpus.
pub fn echap(corpus: &Path) -> IndicatorSet {
    unstalk_indicators::load(
        &corpus.join("stalkerware-indicators"),
        ReadOptions { strict: false },
    )
    .expect("Echap set loads")
    .set
}

/// The report of the app files in `paths` (files or folders, all of which must be readable),
/// matched against `set`.
pub fn scan_paths(set: IndicatorSet, paths: &[PathBuf]) -> ScanReport {
    let (targets, problems) = inputs::collect(paths).expect("paths exist");
    assert!(problems.is_empty(), "{problems:?}");
    Scanner::new(Matcher::new(set)).scan(&targets, "2026-11-23T00:00:00Z", &|_| {})
}

/// The report of the phone whose dumps are in `acquisition`, matched against [`echap`].
pub fn scan_phone(corpus: &Path, acquisition: &Path) -> ScanReport {
    let (state, _) = read_acquisition(acquisition).expect("acquisition reads");
    let source = PhoneSource {
        location: acquisition.display().to_string(),
        kind: InputKind::AndroidDumps,
        sha256: None,
        serial: None,
        model: None,
        reference_day: Some("2022-01-10".into()),
        apk_folder: None,
    };
    Scanner::new(Matcher::new(echap(corpus))).scan_phone(&state, &source, "2026-11-23T00:00:00Z")
}
