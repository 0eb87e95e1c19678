use super::*;

#[test]
fn the_built_in_snapshot_decodes_and_names_its_origin() {
    let (origin, loaded) = built_in().expect("the built-in snapshot decodes");
    assert_eq!(origin.name, "echap");
    assert_eq!(origin.commit.len(), 40);
    assert!(origin.licence.contains("CC BY 4.0"), "{}", origin.licence);
    assert!(
        origin.attribution.contains("Echap"),
        "{}",
        origin.attribution
    );
    assert!(loaded.set.families.len() > 100);
    assert!(!loaded.set.sources.is_empty());
    for source in &loaded.set.sources {
        assert!(source.built_in);
        assert_eq!(source.version.as_deref(), Some(origin.commit.as_str()));
        assert_eq!(source.date.as_deref(), Some(origin.commit_date.as_str()));
    }
    // Lookups use the index rebuilt after decoding.
    assert!(loaded.set.family("TheTruthSpy").is_some());
}

#[test]
fn a_written_snapshot_reads_back_equal() {
    let (origin, loaded) = built_in().expect("the built-in snapshot decodes");
    let mut bytes = Vec::new();
    write(loaded.set.clone(), &origin, &mut bytes).expect("write");
    let (again, reread) = read(Path::new("again"), &bytes).expect("read back");
    assert_eq!(again, origin);
    assert_eq!(reread.set, loaded.set);
    let mut twice = Vec::new();
    write(reread.set, &origin, &mut twice).expect("write again");
    assert_eq!(bytes, twice, "the writer is deterministic");
}

#[test]
fn damaged_snapshots_are_errors_not_panics() {
    let bytes = EMBEDDED;
    for cut in [0, 1, 10, bytes.len() / 2, bytes.len().saturating_sub(1)] {
        let prefix = bytes.get(..cut).unwrap_or(bytes);
        assert!(
            read(Path::new("cut"), prefix).is_err(),
            "prefix of {cut} bytes"
        );
    }
    let mut flipped = bytes.to_vec();
    if let Some(byte) = flipped.get_mut(bytes.len() / 3) {
        *byte ^= 0x55;
    }
    assert!(read(Path::new("flipped"), &flipped).is_err());
    let mut other = Vec::new();
    let mut encoder = flate2::write::GzEncoder::new(&mut other, flate2::Compression::fast());
    encoder
        .write_all(br#"{"format":"something-else","format_version":1}"#)
        .expect("compress");
    encoder.finish().expect("finish");
    let error = read(Path::new("other"), &other).expect_err("not a snapshot");
    assert!(error.to_string().contains("other"), "{error}");
}
