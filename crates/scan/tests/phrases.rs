//! Every line of what was and was not checked carries its catalogue message, so a report can
//! say it in the reader's language: scans of the corpus's app files (good, malformed, DEX, with
//! YARA rules that do not compile) and of phones (an androidqf acquisition, a folder with one
//! dump) give `check-…` and `why-…` phrases listed in `PHRASE_IDS`, and nothing else.

use std::collections::BTreeSet;

use unstalk_indicators::{IndicatorSet, ReadOptions};
use unstalk_judge::{Phrase, ScanReport};
use unstalk_scan::phrases::PHRASE_IDS;

mod common;

use common::{echap, scan_paths, scan_phone};

/// The phrase ids of `report`, after checking each line has the phrases it should.
fn phrase_ids(report: &ScanReport) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut expect = |phrase: Option<&Phrase>, prefix: &str, line: &str| {
        let phrase = phrase.unwrap_or_else(|| panic!("no phrase for {line:?}"));
        assert!(
            phrase.id.starts_with(prefix) && PHRASE_IDS.contains(&phrase.id.as_str()),
            "{}: not a {prefix} id of PHRASE_IDS ({line:?})",
            phrase.id
        );
        ids.insert(phrase.id.clone());
    };
    for check in &report.checked {
        expect(check.phrase.as_ref(), "check-", &check.description);
    }
    for not in &report.not_checked {
        expect(not.phrase.as_ref(), "check-", &not.description);
        expect(not.why_phrase.as_ref(), "why-", &not.why);
    }
    ids
}

#[test]
fn app_file_scans_say_every_line_as_a_listed_phrase() {
    let Some(corpus) = unstalk_testkit::corpus("phrases of app-file scans") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temp dir");
    let broken = folder.path().join("broken.yar");
    std::fs::write(&broken, "rule broken { condition: }").expect("write rules");
    let mut set = echap(&corpus);
    set.merge(
        unstalk_indicators::load(&broken, ReadOptions { strict: false })
            .expect("rules load")
            .set,
    );
    let synthetic = corpus.join("apks/synthetic");
    let paths = [
        synthetic.join("apk"),
        synthetic.join("dex"),
        synthetic.join("malformed"),
    ];
    let ids = phrase_ids(&scan_paths(set, &paths));
    for id in [
        "check-file-hashes",
        "check-yara-rules",
        "check-yara-source",
        "why-yara-not-compiling",
        "check-runtime",
        "why-never-run",
        "check-dex-behaviour",
        "why-dex-no-manifest",
        "check-whole-file",
        "why-file-unreadable",
    ] {
        assert!(ids.contains(id), "{id} not in {ids:?}");
    }

    let ids = phrase_ids(&scan_paths(IndicatorSet::default(), &paths));
    assert!(ids.contains("why-no-yara-rules"), "{ids:?}");
}

#[test]
fn phone_scans_say_every_line_as_a_listed_phrase() {
    let Some(androidqf) =
        unstalk_testkit::corpus_path("phrases of phone scans", "mvt-artifacts/androidqf")
    else {
        return;
    };
    let corpus = androidqf.join("../..");
    let mut ids = phrase_ids(&scan_phone(&corpus, &androidqf));

    // A folder with the package dump only: most phone checks did not run.
    let folder = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        corpus.join("spytrap-adb/dumpsys/package/spylive360.txt"),
        folder.path().join("dumpsys_packages.txt"),
    )
    .expect("package dump");
    ids.extend(phrase_ids(&scan_phone(&corpus, folder.path())));
    for id in [
        "check-android-packages",
        "check-android-accessibility",
        "check-android-accounts",
        "why-accounts-outside-phone",
        "why-input-lacks",
    ] {
        assert!(ids.contains(id), "{id} not in {ids:?}");
    }
}
