//! What the report tests share: a real scan of corpus APKs to render.

use std::path::Path;

use unstalk_indicators::ReadOptions;
use unstalk_judge::ScanReport;
use unstalk_match::Matcher;
use unstalk_scan::{Scanner, inputs};

/// Known stalkerware, an unknown stalker-like app, a visible monitoring app, a benign app.
const APKS: [&str; 4] = [
    "apks/synthetic/apk/ioc-thetruth.apk",
    "apks/synthetic/apk/unknown-stalkerlike.apk",
    "apks/synthetic/apk/watchware-kidcontrol.apk",
    "apks/synthetic/apk/benign-notes.apk",
];

/// The report of [`APKS`] matched against Echap's indicators, at a fixed time and version.
pub fn scan(corpus: &Path) -> ScanReport {
    scan_paths(corpus, &APKS)
}

/// The report of `relative` paths in the corpus (files or folders) matched against Echap's
/// indicators, at a fixed time and version.
pub fn scan_paths(corpus: &Path, relative: &[&str]) -> ScanReport {
    let set = unstalk_indicators::load(
        &corpus.join("stalkerware-indicators"),
        ReadOptions { strict: false },
    )
    .expect("Echap set")
    .set;
    let paths: Vec<_> = relative.iter().map(|path| corpus.join(path)).collect();
    let (targets, _) = inputs::collect(&paths).expect("corpus APKs");
    let mut report =
        Scanner::new(Matcher::new(set)).scan(&targets, "2026-11-24T00:00:00Z", &|_| {});
    report.tool.version = "(version)".into();
    report
}
