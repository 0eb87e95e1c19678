//! Every reader survives damaged copies of the real feeds: cut short at many points and with
//! single bytes overwritten. "Survives" means it returns — an error or a partial set with
//! diagnostics — and never panics. (The fuzz targets in `fuzz/` explore further; this test
//! runs on every `cargo test`.)

use unstalk_indicators::formats::{FuzzFormat, fuzz_read};

/// Damaged variants of `bytes`: `count` prefixes and `count` copies with one byte replaced by a
/// byte that matters to the format's syntax, at spread-out, deterministic positions.
fn damaged(bytes: &[u8], count: usize) -> Vec<Vec<u8>> {
    let mut variants = Vec::new();
    if bytes.is_empty() {
        return variants;
    }
    const NASTY: [u8; 10] = [0x00, b'"', b'{', b'}', b'[', b':', b'\n', b',', 0xFF, b'\\'];
    for step in 1..=count {
        let position = bytes.len() * step / (count + 1);
        variants.push(bytes.get(..position).unwrap_or(bytes).to_vec());
        let mut corrupted = bytes.to_vec();
        if let Some(byte) = corrupted.get_mut(position) {
            *byte = NASTY[step % NASTY.len()];
        }
        variants.push(corrupted);
    }
    variants
}

#[test]
fn readers_survive_damaged_copies_of_every_corpus_feed() {
    let Some(corpus) =
        unstalk_testkit::corpus("readers_survive_damaged_copies_of_every_corpus_feed")
    else {
        return;
    };
    let feeds: [(&str, FuzzFormat, usize); 12] = [
        ("stalkerware-indicators/ioc.yaml", FuzzFormat::EchapYaml, 40),
        (
            "stalkerware-indicators/watchware.yaml",
            FuzzFormat::EchapYaml,
            40,
        ),
        (
            "other-feeds/echap-ioc-2022-09-14.yaml",
            FuzzFormat::EchapYaml,
            20,
        ),
        ("stalkerware-indicators/samples.csv", FuzzFormat::Csv, 30),
        (
            "stalkerware-indicators/generated/network.csv",
            FuzzFormat::Csv,
            30,
        ),
        ("other-feeds/isdi-app-flags.csv", FuzzFormat::Csv, 15),
        ("stalkerware-indicators/rules.yar", FuzzFormat::Yara, 60),
        (
            "stalkerware-indicators/generated/misp_event.json",
            FuzzFormat::Misp,
            8,
        ),
        (
            "stalkerware-indicators/generated/indicators-for-tinycheck.json",
            FuzzFormat::Tinycheck,
            30,
        ),
        (
            "other-feeds/tinycheck-whitelist.json",
            FuzzFormat::Tinycheck,
            30,
        ),
        ("mvt-artifacts/stix2/cytrox.stix2", FuzzFormat::Stix2, 30),
        (
            "mvt-artifacts/stix2/638cd3ee5e5f019f84f9e0ea.json",
            FuzzFormat::Stix2,
            30,
        ),
    ];
    for (relative, format, count) in feeds {
        let bytes = std::fs::read(corpus.join(relative))
            .unwrap_or_else(|error| panic!("{relative}: {error}"));
        for variant in damaged(&bytes, count) {
            fuzz_read(format, &variant);
        }
    }
}
