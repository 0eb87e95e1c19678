//! The STIX 2.1 export is loaded by the real MVT (from PyPI, installed by scripts/test.sh), and
//! MVT's own count of loaded indicators equals the count unstalk reports for the export.

use std::path::PathBuf;
use std::process::Command;

fn mvt_venv() -> Option<PathBuf> {
    unstalk_testkit::venv("mvt cross-check", "mvt", "MVT_VENV", "bin/mvt-android")
}

#[test]
fn mvt_loads_the_stix_export_with_our_count() {
    let Some(echap) = unstalk_testkit::corpus_path(
        "mvt_loads_the_stix_export_with_our_count",
        "stalkerware-indicators",
    ) else {
        return;
    };
    let Some(androidqf) = unstalk_testkit::corpus_path(
        "mvt_loads_the_stix_export_with_our_count",
        "mvt-artifacts/androidqf",
    ) else {
        return;
    };
    let Some(venv) = mvt_venv() else { return };
    let work = tempfile::tempdir().expect("temporary folder");
    // A canary for a package the androidqf acquisition holds, merged with Echap's set: MVT must
    // not only load our file but match with it.
    let canary = work.path().join("canary.csv");
    std::fs::write(
        &canary,
        "type,value,family,family_kind,role,label,tlp,confidence,first_seen,last_seen,contributor,criterion\n\
         android-package,com.malware.blah,Canary,other,,,CLEAR,,,,,\n",
    )
    .expect("write canary");
    let stix = work.path().join("echap.stix2");
    let export = Command::new(env!("CARGO_BIN_EXE_unstalk"))
        .args(["indicators", "export", "--format", "stix2", "-o"])
        .arg(&stix)
        .arg("--indicators")
        .arg(&echap)
        .arg("--indicators")
        .arg(&canary)
        .env("UNSTALK_DATA_DIR", work.path())
        .output()
        .expect("unstalk runs");
    let said = String::from_utf8_lossy(&export.stderr);
    assert!(export.status.success(), "{said}");
    let expected: usize = said
        .split("MVT loads ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("export did not report MVT's count: {said}"));
    assert!(
        expected > 5000,
        "the Echap export should carry thousands of indicators, said {expected}"
    );

    let script = unstalk_testkit::workspace_root()
        .join("scripts")
        .join("check-mvt-stix.sh");
    let check = Command::new("bash")
        .arg(&script)
        .arg(&stix)
        .arg(expected.to_string())
        .arg(&androidqf)
        .env("MVT_VENV", &venv)
        .output()
        .expect("bash runs");
    let out = String::from_utf8_lossy(&check.stdout);
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "MVT check failed:\n{out}\n{err}");
    assert!(
        out.contains(&format!("Loaded a total of {expected} unique indicators")),
        "{out}\n{err}"
    );
    assert!(
        out.contains("com.malware.blah"),
        "MVT did not match the canary package:\n{out}\n{err}"
    );
}
