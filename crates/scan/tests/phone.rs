//! The phone judgement on real dumps: spytrap-adb's SpyLive360 phone is flagged, the benign
//! phones' apps are not, and MVT's androidqf acquisition gives a complete report.

use std::path::Path;

use unstalk_judge::{ScanReport, Subject, Verdict};

mod common;

use common::scan_phone as scan;

/// A folder of dumps named as MVT names them, from spytrap-adb's `name` dumps.
fn dumps_folder(corpus: &Path, name: &str, with_accessibility: bool) -> tempfile::TempDir {
    let folder = tempfile::tempdir().expect("temporary folder");
    let spytrap = corpus.join("spytrap-adb/dumpsys");
    std::fs::copy(
        spytrap.join(format!("package/{name}.txt")),
        folder.path().join("dumpsys_packages.txt"),
    )
    .expect("package dump");
    if with_accessibility {
        std::fs::copy(
            spytrap.join(format!("accessibility/{name}.txt")),
            folder.path().join("dumpsys_accessibility.txt"),
        )
        .expect("accessibility dump");
    }
    folder
}

fn flagged(report: &ScanReport) -> Vec<String> {
    report
        .subjects
        .iter()
        .filter(|s| s.verdict != Verdict::NothingFound)
        .map(|s| format!("{:?}: {:?}", s.subject, s.verdict))
        .collect()
}

#[test]
fn spylive360_dumps_flag_com_wifi0_with_its_accessibility_service() {
    let Some(corpus) = unstalk_testkit::corpus("SpyLive360 dumps") else {
        return;
    };
    let folder = dumps_folder(&corpus, "spylive360", true);
    let report = scan(&corpus, folder.path());
    let spy = report
        .subjects
        .iter()
        .find(|s| matches!(&s.subject, Subject::App { package, .. } if package == "com.wifi0"))
        .expect("com.wifi0 listed");
    assert_eq!(spy.verdict, Verdict::KnownStalkerware);
    let ids: Vec<&str> = spy.findings.iter().map(|f| f.id.as_str()).collect();
    for id in [
        "indicator.package",
        "android.accessibility.enabled",
        "app.covert.label-imitates-system",
        "app.notification-listener",
        "app.persistence.device-admin",
        "app.persistence.boot-receiver",
    ] {
        assert!(ids.contains(&id), "{id} missing: {ids:?}");
    }
}

#[test]
fn benign_phones_have_no_stalkerware_verdict() {
    let Some(corpus) = unstalk_testkit::corpus("benign dumps") else {
        return;
    };
    for name in ["contacts", "fdroid", "gpstest", "jitsi"] {
        let folder = dumps_folder(&corpus, name, false);
        let report = scan(&corpus, folder.path());
        assert!(
            flagged(&report).is_empty(),
            "{name}: {:#?}",
            flagged(&report)
        );
    }
    for name in ["plain", "plain2"] {
        let folder = tempfile::tempdir().expect("temporary folder");
        std::fs::copy(
            corpus.join(format!("spytrap-adb/dumpsys/accessibility/{name}.txt")),
            folder.path().join("dumpsys_accessibility.txt"),
        )
        .expect("accessibility dump");
        let report = scan(&corpus, folder.path());
        assert!(
            flagged(&report).is_empty(),
            "{name}: {:#?}",
            flagged(&report)
        );
    }
}

#[test]
fn the_androidqf_acquisition_gives_a_complete_report() {
    let Some(androidqf) =
        unstalk_testkit::corpus_path("androidqf report", "mvt-artifacts/androidqf")
    else {
        return;
    };
    let corpus = androidqf.join("../..");
    let report = scan(&corpus, &androidqf);
    let checked: Vec<&str> = report.checked.iter().map(|c| c.id.as_str()).collect();
    let not_checked: Vec<&str> = report.not_checked.iter().map(|c| c.id.as_str()).collect();
    assert!(checked.contains(&"android.packages"), "{checked:?}");
    assert!(not_checked.contains(&"android.accounts"), "{not_checked:?}");
    // Every phone check is either checked or not checked, never silently skipped.
    for id in [
        "android.packages",
        "android.app.behaviour",
        "android.accessibility",
        "android.device-admin",
        "android.notification-listener",
        "android.app.hidden-icon",
        "android.app-ops",
        "android.battery-exemptions",
        "android.settings",
        "android.root",
    ] {
        assert!(
            checked.contains(&id) ^ not_checked.contains(&id),
            "{id}: checked {checked:?}, not checked {not_checked:?}"
        );
    }
    assert!(
        report
            .subjects
            .iter()
            .any(|s| matches!(s.subject, Subject::Device { .. }))
    );
    assert!(flagged(&report).is_empty(), "{:#?}", flagged(&report));
}
