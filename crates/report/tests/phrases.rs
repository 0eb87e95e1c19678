//! What was and was not checked, in real scans of the corpus (the golden reports' APKs, the
//! DEX files, the malformed APKs): every line carries phrases the scanners list, English says
//! them exactly as the report's English lines, and every language has its own words for them.

use unstalk_judge::{Phrase, ScanReport};
use unstalk_report::Catalogue;
use unstalk_scan::phrases::PHRASE_IDS;

mod common;

/// Each line of what was and was not checked: its English and its phrase.
fn lines(report: &ScanReport) -> Vec<(&str, Option<&Phrase>)> {
    let mut lines = Vec::new();
    for check in &report.checked {
        lines.push((check.description.as_str(), check.phrase.as_ref()));
    }
    for not in &report.not_checked {
        lines.push((not.description.as_str(), not.phrase.as_ref()));
        lines.push((not.why.as_str(), not.why_phrase.as_ref()));
    }
    lines
}

#[test]
fn every_checked_and_not_checked_line_of_corpus_scans_is_said_in_every_language() {
    let Some(corpus) = unstalk_testkit::corpus("phrases of corpus scans") else {
        return;
    };
    let files = common::scan_paths(&corpus, &["apks/synthetic/dex", "apks/synthetic/malformed"]);
    let reports = [common::scan(&corpus), files];

    let english = Catalogue::load("en").expect("catalogue");
    let mut seen = 0;
    for report in &reports {
        for (line, phrase) in lines(report) {
            let phrase = phrase.unwrap_or_else(|| panic!("no phrase for {line:?}"));
            assert!(
                PHRASE_IDS.contains(&phrase.id.as_str()),
                "{}: not in PHRASE_IDS",
                phrase.id
            );
            assert_eq!(english.phrase(Some(phrase), "(missing)"), line);
            for language in unstalk_report::languages() {
                let catalogue = Catalogue::load(language).expect("catalogue");
                assert!(
                    catalogue.has(&phrase.id, None),
                    "{language}: no message {}",
                    phrase.id
                );
                let said = catalogue.phrase(Some(phrase), "(missing)");
                for value in phrase.args.values() {
                    assert!(
                        said.contains(value.as_str()),
                        "{language}: {value:?} not in {said:?}"
                    );
                }
            }
            seen += 1;
        }
    }
    assert!(seen > 10, "only {seen} lines");
}
