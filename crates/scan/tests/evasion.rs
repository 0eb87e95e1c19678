//! Evasion shapes an attacker builds to make a known stalkerware app look like nothing: each
//! is built here in code and must still be reported as what it is (issue 12).

use std::io::Write;
use std::path::Path;

use unstalk_demo::axml::{Element, Value, write};
use unstalk_indicators::snapshot::built_in;
use unstalk_judge::Verdict;
use unstalk_match::Matcher;
use unstalk_scan::{Scanner, Target, TargetKind};

/// TheTruthSpy's application id, listed in the built-in snapshot of Echap's indicators.
const KNOWN_STALKERWARE: &str = "com.thetruth";

/// A manifest for `package` whose `<application>` holds `padding` empty `<meta-data>`.
fn padded_manifest(package: &str, padding: usize) -> Vec<u8> {
    let mut application = Element::new("application");
    for _ in 0..padding {
        application = application.child(Element::new("meta-data"));
    }
    write(
        &Element::new("manifest")
            .plain("package", Value::Str(package.to_owned()))
            .child(application),
    )
}

fn write_deflated_apk(path: &Path, entries: &[(&str, &[u8])]) {
    let file = std::fs::File::create(path).expect("create APK");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9));
    for (name, data) in entries {
        zip.start_file(*name, options).expect("entry");
        zip.write_all(data).expect("entry data");
    }
    zip.finish().expect("finish APK");
}

fn scan(path: &Path) -> unstalk_judge::ScanReport {
    let (_, loaded) = built_in().expect("built-in snapshot");
    Scanner::new(Matcher::new(loaded.set)).scan(
        &[Target {
            path: path.to_path_buf(),
            kind: TargetKind::Apk,
        }],
        "2026-12-07T00:00:00Z",
        &|_| {},
    )
}

#[test]
fn a_manifest_padded_to_compress_past_any_ratio_is_still_read_and_matched() {
    let manifest = padded_manifest(KNOWN_STALKERWARE, 20_000);
    assert!(manifest.len() > 100_000, "{} bytes", manifest.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("padded.apk");
    write_deflated_apk(&path, &[("AndroidManifest.xml", &manifest)]);
    let compressed = std::fs::metadata(&path).expect("APK").len();
    assert!(
        manifest.len() as u64 > 200 * compressed,
        "{} bytes in {compressed}: not past the 200:1 ratio cap",
        manifest.len()
    );
    let report = scan(&path);
    let subject = report.subjects.first().expect("the app is reported");
    assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{subject:#?}");
    assert!(
        report.not_checked.iter().all(|n| n.id != "apk.behaviour"),
        "{:#?}",
        report.not_checked
    );
}
