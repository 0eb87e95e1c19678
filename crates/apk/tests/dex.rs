//! DEX parser against the shared corpus: every DEX parses cleanly, numbers match independent
//! tools, endpoints are exactly the planted ones, and damaged copies never panic.
//!
//! The expected counts and class names were obtained, when this parser was written, with two
//! independent tools: Debian's `dexdump` 11.0.0+r48-5 (`dexdump -f` for
//! `string_ids_size`, `type_ids_size`, `class_defs_size`; `dexdump -c` says "Checksum verified";
//! `dexdump FILE | grep 'Class descriptor'` for class names in order) and androguard 4 from
//! PyPI (`DEX(bytes).get_strings()`, `get_classes()`), whose decoded strings were byte-equal to
//! ours for all 16 corpus DEX files.

use std::path::{Path, PathBuf};

use unstalk_apk::dex::{self, Anomaly, EndpointKind, Limits};

fn dex_files(test: &str, folder: &str) -> Option<Vec<PathBuf>> {
    let dir = unstalk_testkit::corpus_path(test, folder)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus folder readable")
        .map(|entry| entry.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "dex"))
        .collect();
    files.sort();
    Some(files)
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn corpus_file(test: &str, relative: &str) -> Option<Vec<u8>> {
    Some(read(&unstalk_testkit::corpus_path(test, relative)?))
}

fn endpoint_values(bytes: &[u8]) -> Vec<(EndpointKind, String)> {
    let dex = dex::parse(bytes, &Limits::default()).expect("parses");
    let mut found: Vec<_> = dex
        .endpoints()
        .into_iter()
        .map(|e| (e.kind, e.value))
        .collect();
    found.sort();
    found
}

#[test]
fn every_corpus_dex_parses_without_anomalies() {
    let mut seen = 0;
    for folder in ["apks/androguard/dex", "apks/synthetic/dex"] {
        let Some(files) = dex_files("every_corpus_dex_parses_without_anomalies", folder) else {
            return;
        };
        for path in files {
            let bytes = read(&path);
            let dex = dex::parse(&bytes, &Limits::default())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert!(
                dex.anomalies().is_empty(),
                "{}: {:?}",
                path.display(),
                dex.anomalies()
            );
            let header = dex.header();
            assert_eq!(header.version, "035", "{}", path.display());
            assert_eq!(header.checksum_valid, Some(true), "{}", path.display());
            assert_eq!(header.signature_valid, Some(true), "{}", path.display());
            assert_eq!(header.file_size as usize, bytes.len());
            assert_eq!(dex.string_count(), header.string_ids.size as usize);
            assert_eq!(dex.strings().count(), dex.string_count());
            assert_eq!(dex.class_names().len(), header.class_defs.size as usize);
            seen += 1;
        }
    }
    assert_eq!(seen, 16, "6 androguard + 10 synthetic DEX files");
}

#[test]
fn counts_and_class_names_match_dexdump_and_androguard() {
    // (file, string_ids, type_ids, class_defs, stored checksum, first class): dexdump -f / androguard
    let expected = [
        (
            "apks/androguard/dex/AnalysisTest.dex",
            21,
            10,
            1,
            0x226b_865a,
            "AnalysisTest",
        ),
        (
            "apks/androguard/dex/ExceptionHandling.dex",
            22,
            9,
            3,
            0x3735_b8d0,
            "AnotherException",
        ),
        (
            "apks/androguard/dex/NativeOnly.dex",
            13,
            6,
            1,
            0xe37c_71d2,
            "NativeOnly",
        ),
        (
            "apks/androguard/dex/StringTests.dex",
            23,
            7,
            1,
            0xbe69_6a25,
            "StringTests",
        ),
        ("apks/androguard/dex/Test.dex", 8, 4, 1, 0x3098_3637, "Test"),
        (
            "apks/androguard/dex/classes.dex",
            4329,
            596,
            340,
            0xdc1d_e759,
            "TestDefaultPackage$TestInnerClass$TestInnerInnerClass",
        ),
        (
            "apks/synthetic/dex/ioc-thetruth.classes.dex",
            56,
            26,
            8,
            0xd4d3_1dd0,
            "com.thetruth.net.Config",
        ),
        (
            "apks/synthetic/dex/unknown-stalkerlike.classes2.dex",
            13,
            5,
            1,
            0xe3ca_76f9,
            "com.devicehealth.sync.net.Config",
        ),
        (
            "apks/synthetic/dex/watchware-kidcontrol.classes.dex",
            30,
            16,
            5,
            0xc56e_2b55,
            "app.gpsme.MainActivity",
        ),
    ];
    for (file, strings, types, classes, checksum, first_class) in expected {
        let Some(bytes) = corpus_file("counts_and_class_names_match_dexdump_and_androguard", file)
        else {
            return;
        };
        let dex = dex::parse(&bytes, &Limits::default()).expect(file);
        assert_eq!(dex.strings().count(), strings, "{file}");
        assert_eq!(dex.type_count(), types, "{file}");
        assert_eq!(dex.class_names().len(), classes, "{file}");
        assert_eq!(dex.header().checksum, checksum, "{file}");
        assert_eq!(
            dex.class_names().first().map(String::as_str),
            Some(first_class),
            "{file}"
        );
    }
}

#[test]
fn thetruth_classes_and_header_match_dexdump() {
    let Some(bytes) = corpus_file(
        "thetruth_classes_and_header_match_dexdump",
        "apks/synthetic/dex/ioc-thetruth.classes.dex",
    ) else {
        return;
    };
    let dex = dex::parse(&bytes, &Limits::default()).expect("parses");
    // dexdump ioc-thetruth.classes.dex | grep 'Class descriptor'
    assert_eq!(
        dex.class_names(),
        [
            "com.thetruth.net.Config",
            "com.thetruth.rcv.AdminReceiver",
            "com.thetruth.rcv.BootReceiver",
            "com.thetruth.rcv.SmsReceiver",
            "com.thetruth.svc.KeyAccessService",
            "com.thetruth.svc.LocationService",
            "com.thetruth.svc.NotifService",
            "com.thetruth.ui.SetupActivity",
        ]
    );
    // dexdump -f
    let h = dex.header();
    assert_eq!(
        (h.file_size, h.header_size, h.link.size, h.link.offset),
        (3056, 112, 0, 0)
    );
    assert_eq!((h.string_ids.size, h.string_ids.offset), (56, 112));
    assert_eq!((h.type_ids.size, h.type_ids.offset), (26, 336));
    assert_eq!((h.proto_ids.size, h.proto_ids.offset), (9, 440));
    assert_eq!((h.field_ids.size, h.field_ids.offset), (3, 548));
    assert_eq!((h.method_ids.size, h.method_ids.offset), (27, 572));
    assert_eq!((h.class_defs.size, h.class_defs.offset), (8, 788));
    assert_eq!((h.data.size, h.data.offset), (2012, 1044));
    assert!(
        h.signature.starts_with("1fe1") && h.signature.ends_with("be42"),
        "{}",
        h.signature
    );
    assert_eq!(h.endian_tag, dex::ENDIAN_CONSTANT);
    assert!(
        dex.type_names()
            .any(|t| t == "Lcom/thetruth/svc/KeyAccessService;")
    );
}

#[test]
fn thetruth_dex_yields_its_c2_endpoints() {
    let Some(bytes) = corpus_file(
        "thetruth_dex_yields_its_c2_endpoints",
        "apks/synthetic/dex/ioc-thetruth.classes.dex",
    ) else {
        return;
    };
    // MANIFEST.csv c2_strings: my.thetruthspy.com https://media-sync-a.thetruthspy.com/upload.php 69.64.74.239
    assert_eq!(
        endpoint_values(&bytes),
        [
            (
                EndpointKind::Url,
                "https://media-sync-a.thetruthspy.com/upload.php".to_owned()
            ),
            (EndpointKind::Domain, "my.thetruthspy.com".to_owned()),
            (EndpointKind::Ipv4, "69.64.74.239".to_owned()),
        ]
    );
    let dex = dex::parse(&bytes, &Limits::default()).expect("parses");
    for endpoint in dex.endpoints() {
        let string = dex.string(endpoint.string_index).expect("string");
        assert!(string.contains(&endpoint.host), "{endpoint:?}");
    }
}

#[test]
fn every_synthetic_dex_yields_exactly_its_planted_endpoints() {
    // MANIFEST.csv (c2_location dex/dex2/none), checked against the strings androguard lists
    let expected: [(&str, &[(EndpointKind, &str)]); 10] = [
        (
            "benign-notes.classes.dex",
            &[(EndpointKind::Url, "https://notes.example.org/api/v1/sync")],
        ),
        ("ioc-c2only-snoopza.classes.dex", &[]), // its C2s are in assets/config.json
        (
            "ioc-thetruth.classes.dex",
            &[
                (
                    EndpointKind::Url,
                    "https://media-sync-a.thetruthspy.com/upload.php",
                ),
                (EndpointKind::Domain, "my.thetruthspy.com"),
                (EndpointKind::Ipv4, "69.64.74.239"),
            ],
        ),
        (
            "sigbase.classes.dex",
            &[(EndpointKind::Url, "https://www.example.org/")],
        ),
        ("unknown-stalkerlike.classes.dex", &[]),
        (
            "unknown-stalkerlike.classes2.dex",
            &[
                (
                    EndpointKind::Url,
                    "https://upload.devhealth-sync.example/v2/collect",
                ),
                (
                    EndpointKind::Url,
                    "wss://live.devhealth-sync.example/socket",
                ),
            ],
        ),
        ("watchware-kidcontrol.classes.dex", &[]), // its C2s are in resources.arsc
        (
            "yara-fixture-snoopza-6of9.dex",
            &[(EndpointKind::Domain, "snoopza.com")],
        ),
        (
            "yara-fixture-snoopza-7of9.dex",
            &[(EndpointKind::Domain, "snoopza.com")],
        ),
        (
            "yara-fixture-snoopza.classes.dex",
            &[(EndpointKind::Domain, "snoopza.com")],
        ),
    ];
    for (file, want) in expected {
        let Some(bytes) = corpus_file(
            "every_synthetic_dex_yields_exactly_its_planted_endpoints",
            &format!("apks/synthetic/dex/{file}"),
        ) else {
            return;
        };
        let want: Vec<_> = want.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
        assert_eq!(endpoint_values(&bytes), want, "{file}");
    }
}

#[test]
fn benign_androguard_dex_files_yield_no_endpoints() {
    // classes.dex is the Android support library plus tests: 4329 strings, many dotted names
    // (`android.R.id.list`, `super.onStop()`, `*.java`), a D8 marker with "8.6.2-dev"; none is
    // an endpoint.
    let Some(files) = dex_files(
        "benign_androguard_dex_files_yield_no_endpoints",
        "apks/androguard/dex",
    ) else {
        return;
    };
    for path in files {
        assert_eq!(endpoint_values(&read(&path)), [], "{}", path.display());
    }
}

#[test]
fn decodes_non_ascii_mutf8_like_androguard() {
    let Some(bytes) = corpus_file(
        "decodes_non_ascii_mutf8_like_androguard",
        "apks/androguard/dex/StringTests.dex",
    ) else {
        return;
    };
    let dex = dex::parse(&bytes, &Limits::default()).expect("parses");
    let strings: Vec<String> = dex.strings().map(|(_, s)| s.into_owned()).collect();
    // androguard get_strings(): a CESU-8 surrogate pair, U+0000 as C0 80, U+FFFF, Cyrillic, CJK
    for want in [
        "This is \u{1f64f}, an emoji.",
        "\0 \u{1} \u{1234}",
        "\u{ffff} \0 \u{ff00}",
        "Россия",
        "使用在線工具將字符串翻譯為中文",
        "✓ check this string",
    ] {
        assert!(
            strings.iter().any(|s| s == want),
            "{want:?} not in {strings:?}"
        );
    }
}

#[test]
fn hashes_match_the_manifest() {
    let Some(bytes) = corpus_file(
        "hashes_match_the_manifest",
        "apks/synthetic/dex/ioc-thetruth.classes.dex",
    ) else {
        return;
    };
    let hashes = unstalk_apk::Hashes::of(&bytes);
    // MANIFEST.csv sha256; sha1 and md5 from sha1sum / md5sum
    assert_eq!(
        hashes.sha256_hex(),
        "5248154f55b57543d3002917dcb345ca713f3123b4510041ddda927fc7f771bd"
    );
    assert_eq!(
        hashes.sha1_hex(),
        "9f74927341dac366e6492587218bd9567bc67e3b"
    );
    assert_eq!(hashes.md5_hex(), "766dbcba8541355309c515417c1120e5");
}

#[test]
fn every_truncation_of_a_corpus_dex_is_an_error_or_anomalies() {
    let Some(bytes) = corpus_file(
        "every_truncation_of_a_corpus_dex_is_an_error_or_anomalies",
        "apks/synthetic/dex/ioc-thetruth.classes.dex",
    ) else {
        return;
    };
    for len in 0..bytes.len() {
        let prefix = bytes.get(..len).expect("prefix");
        match dex::parse(prefix, &Limits::default()) {
            Err(dex::DexError::HeaderTruncated { .. }) => assert!(len < dex::HEADER_SIZE),
            Err(other) => panic!("{len}: {other}"),
            Ok(dex) => {
                assert!(!dex.anomalies().is_empty(), "{len}");
                dex::fuzz_parse(prefix);
            }
        }
    }
}

#[test]
fn corrupted_bytes_of_a_corpus_dex_never_panic() {
    let Some(bytes) = corpus_file(
        "corrupted_bytes_of_a_corpus_dex_never_panic",
        "apks/synthetic/dex/unknown-stalkerlike.classes2.dex",
    ) else {
        return;
    };
    for at in 0..bytes.len() {
        for value in [0x00u8, 0x7f, 0x80, 0xff] {
            let mut copy = bytes.clone();
            if let Some(b) = copy.get_mut(at) {
                *b = value;
            }
            dex::fuzz_parse(&copy);
            if at >= 8 && copy != bytes {
                let dex = dex::parse(&copy, &Limits::default()).expect("magic intact");
                assert!(
                    dex.anomalies()
                        .iter()
                        .any(|a| matches!(a, Anomaly::ChecksumMismatch { .. })),
                    "byte {at} = {value:#x}"
                );
            }
        }
    }
}
