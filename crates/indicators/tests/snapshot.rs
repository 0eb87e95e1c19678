//! The built-in snapshot holds what unstalk reads from the Echap files it was made from.

use unstalk_indicators::ReadOptions;
use unstalk_indicators::snapshot;

#[test]
fn the_built_in_snapshot_equals_reading_the_corpus_echap_files() {
    let Some(echap) = unstalk_testkit::corpus_path(
        "the_built_in_snapshot_equals_reading_the_corpus_echap_files",
        "stalkerware-indicators",
    ) else {
        return;
    };
    let (origin, built_in) = snapshot::built_in().expect("the built-in snapshot decodes");
    let source_md = std::fs::read_to_string(echap.join("SOURCE.md")).expect("SOURCE.md");
    if !source_md.contains(&origin.commit) {
        // The corpus moved to another Echap commit: counts may differ; the snapshot is
        // remade with scripts/update-indicator-snapshot.sh.
        eprintln!(
            "\n*** SKIPPED the_built_in_snapshot_equals_reading_the_corpus_echap_files: the corpus is not at the snapshot's commit {} ***\n",
            origin.commit
        );
        return;
    }
    let read = unstalk_indicators::load(&echap, ReadOptions::default()).expect("corpus reads");
    let counts = built_in.set.counts();
    assert_eq!(counts, read.set.counts());
    assert_eq!(counts["families"], 174);
    assert_eq!(counts["stalkerware"], 147);
    assert_eq!(counts["watchware"], 27);
    assert_eq!(counts["samples"], 3228);
    assert_eq!(counts["yara-rule"], 12);
    assert_eq!(built_in.set.value_triples(), read.set.value_triples());
    assert_eq!(built_in.set.families, read.set.families);
    assert_eq!(built_in.set.samples, read.set.samples);
    assert_eq!(built_in.set.yara_sources, read.set.yara_sources);
    let (snap, corpus) = (&built_in.set.sources[0], &read.set.sources[0]);
    assert_eq!(snap.sha256, corpus.sha256, "the same Echap files");
    assert_eq!(snap.files, corpus.files);
    assert_eq!(origin.commit, "a04c5c1958bff93fec3b1b56edbb412b209f2a38");
    assert_eq!(snap.date.as_deref(), Some("2026-06-21T20:40:25Z"));
    assert!(snap.location.ends_with(&origin.commit), "{}", snap.location);
}
