//! Unit tests: DEX files built in code (valid, truncated, corrupted), and endpoint rules.

use super::*;

/// Builds a small DEX: header, string ids, type ids, class defs, then the string data.
#[derive(Default)]
pub(super) struct Builder {
    /// Raw MUTF-8 bytes of each string (sorted or not: we do not check order).
    strings: Vec<Vec<u8>>,
    /// String index of each type descriptor.
    types: Vec<u32>,
    /// Type index of each class definition.
    classes: Vec<u32>,
}

const STRING_IDS_OFF: usize = 56;
const TYPE_IDS_OFF: usize = 64;
const CLASS_DEFS_OFF: usize = 96;

impl Builder {
    fn string(mut self, s: &str) -> Self {
        self.strings.push(s.as_bytes().to_vec());
        self
    }

    fn raw_string(mut self, bytes: &[u8]) -> Self {
        self.strings.push(bytes.to_vec());
        self
    }

    fn class(mut self, descriptor: &str) -> Self {
        let string_idx = u32::try_from(self.strings.len()).expect("few strings");
        let type_idx = u32::try_from(self.types.len()).expect("few types");
        self = self.string(descriptor);
        self.types.push(string_idx);
        self.classes.push(type_idx);
        self
    }

    /// A small DEX with a class, a URL, a domain, an address and non-ASCII strings.
    fn sample() -> Self {
        Builder::default()
            .class("Lcom/thetruth/net/Config;")
            .class("Lcom/thetruth/Main$Inner;")
            .string("https://media-sync-a.thetruthspy.com/upload.php")
            .string("my.thetruthspy.com")
            .string("69.64.74.239")
            .string("com.thetruth.Launcher")
            .string("Россия")
            .raw_string(&[b'a', 0xc0, 0x80, b'b']) // "a\0b" in MUTF-8
    }

    fn build(&self) -> Vec<u8> {
        let n_strings = self.strings.len();
        let string_ids = HEADER_SIZE;
        let type_ids = string_ids + 4 * n_strings;
        let class_defs = type_ids + 4 * self.types.len();
        let data = class_defs + 32 * self.classes.len();
        let mut out = vec![0u8; data];
        let mut offsets = Vec::new();
        for s in &self.strings {
            offsets.push(out.len());
            let utf16 = mutf8::scan(s).utf16_len;
            let mut v = utf16;
            loop {
                let byte = (v & 0x7f) as u8;
                v >>= 7;
                if v == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            out.extend_from_slice(s);
            out.push(0);
        }
        out[..8].copy_from_slice(b"dex\n035\0");
        let put = |out: &mut Vec<u8>, at: usize, v: usize| {
            let v = u32::try_from(v).expect("small");
            out[at..at + 4].copy_from_slice(&v.to_le_bytes());
        };
        let len = out.len();
        put(&mut out, 32, len);
        put(&mut out, 36, HEADER_SIZE);
        put(&mut out, 40, ENDIAN_CONSTANT as usize);
        put(&mut out, STRING_IDS_OFF, n_strings);
        put(&mut out, STRING_IDS_OFF + 4, string_ids);
        put(&mut out, TYPE_IDS_OFF, self.types.len());
        put(&mut out, TYPE_IDS_OFF + 4, type_ids);
        put(&mut out, CLASS_DEFS_OFF, self.classes.len());
        put(&mut out, CLASS_DEFS_OFF + 4, class_defs);
        put(&mut out, 104, len - data);
        put(&mut out, 108, data);
        for (i, offset) in offsets.iter().enumerate() {
            put(&mut out, string_ids + 4 * i, *offset);
        }
        for (i, t) in self.types.iter().enumerate() {
            put(&mut out, type_ids + 4 * i, *t as usize);
        }
        for (i, c) in self.classes.iter().enumerate() {
            let at = class_defs + 32 * i;
            put(&mut out, at, *c as usize);
            put(&mut out, at + 4, 1);
            put(&mut out, at + 8, NO_INDEX as usize);
            put(&mut out, at + 16, NO_INDEX as usize);
        }
        fix_hashes(&mut out);
        out
    }
}

/// Recomputes signature and checksum after an edit.
fn fix_hashes(out: &mut [u8]) {
    let sig = hashes::sha1(&out[32..]);
    out[12..32].copy_from_slice(&sig);
    let sum = hashes::adler32(&out[12..]);
    out[8..12].copy_from_slice(&sum.to_le_bytes());
}

fn set_u32(out: &mut [u8], at: usize, v: u32) {
    out[at..at + 4].copy_from_slice(&v.to_le_bytes());
    fix_hashes(out);
}

fn codes(dex: &Dex<'_>) -> Vec<&'static str> {
    dex.anomalies().iter().map(Anomaly::code).collect()
}

#[test]
fn parses_built_dex() {
    let bytes = Builder::sample().build();
    let dex = parse(&bytes, &Limits::default()).expect("valid");
    assert!(dex.anomalies().is_empty(), "{:?}", dex.anomalies());
    let h = dex.header();
    assert_eq!(h.version, "035");
    assert_eq!(h.checksum_valid, Some(true));
    assert_eq!(h.signature_valid, Some(true));
    assert_eq!(h.file_size as usize, bytes.len());
    assert_eq!(h.string_ids.size, 8);
    assert_eq!(dex.string_count(), 8);
    let strings: Vec<_> = dex.strings().map(|(_, s)| s.into_owned()).collect();
    assert_eq!(strings[4], "69.64.74.239");
    assert_eq!(strings[6], "Россия");
    assert_eq!(strings[7], "a\0b");
    assert_eq!(
        dex.type_names().collect::<Vec<_>>(),
        ["Lcom/thetruth/net/Config;", "Lcom/thetruth/Main$Inner;"]
    );
    assert_eq!(
        dex.class_names(),
        ["com.thetruth.net.Config", "com.thetruth.Main$Inner"]
    );
    assert_eq!(dex.classes()[0].superclass_idx, None);
    let found: Vec<_> = dex
        .endpoints()
        .into_iter()
        .map(|e| (e.kind, e.value))
        .collect();
    assert_eq!(
        found,
        [
            (
                EndpointKind::Url,
                "https://media-sync-a.thetruthspy.com/upload.php".to_owned()
            ),
            (EndpointKind::Domain, "my.thetruthspy.com".to_owned()),
            (EndpointKind::Ipv4, "69.64.74.239".to_owned()),
        ]
    );
}

#[test]
fn rejects_empty_and_wrong_magic() {
    assert_eq!(
        parse(b"", &Limits::default()).err(),
        Some(DexError::HeaderTruncated {
            len: 0,
            needed: HEADER_SIZE
        })
    );
    assert!(matches!(
        parse(b"PK\x03\x04 not a dex file at all, but long enough for a header..........................................", &Limits::default()),
        Err(DexError::BadMagic { .. })
    ));
    assert!(matches!(
        parse(b"dey\n036\0", &Limits::default()),
        Err(DexError::BadMagic { .. })
    ));
    assert!(matches!(
        parse(b"dex\n03x\0", &Limits::default()),
        Err(DexError::BadMagic { .. })
    ));
    let mut bytes = Builder::sample().build();
    bytes[7] = b'!';
    let err = parse(&bytes, &Limits::default()).expect_err("bad magic");
    assert!(err.to_string().contains("6465780a30333521"), "{err}");
    assert!(!err.hint().is_empty());
}

#[test]
fn rejects_truncated_header_and_accepts_every_longer_truncation() {
    let bytes = Builder::sample().build();
    for len in 0..bytes.len() {
        let prefix = &bytes[..len];
        match parse(prefix, &Limits::default()) {
            Err(DexError::HeaderTruncated { len: l, needed }) => {
                assert!(len < HEADER_SIZE, "{len}");
                assert_eq!((l, needed), (len, HEADER_SIZE));
            }
            Err(other) => panic!("{len}: {other}"),
            Ok(dex) => {
                assert!(len >= HEADER_SIZE);
                let codes = codes(&dex);
                assert!(
                    codes.contains(&"dex.file-size-mismatch"),
                    "{len}: {codes:?}"
                );
                assert_eq!(dex.header().checksum_valid, Some(false));
                fuzz_parse(prefix);
                // what is read is a prefix of the full result
                let full = parse(&bytes, &Limits::default()).expect("valid");
                for (i, s) in dex.strings() {
                    let whole = full.string(i).expect("string");
                    assert!(
                        whole.starts_with(s.trim_end_matches('\u{fffd}')),
                        "{len}: {s:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn string_ids_past_the_end_are_an_anomaly() {
    let mut bytes = Builder::sample().build();
    set_u32(&mut bytes, STRING_IDS_OFF + 4, 0xffff_fff0);
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(dex.string_count(), 0);
    assert!(codes(&dex).contains(&"dex.section-out-of-range"));
    assert!(codes(&dex).contains(&"dex.type-descriptor-invalid"));
    assert!(codes(&dex).contains(&"dex.class-type-invalid"));
    assert!(dex.class_names().is_empty());
}

#[test]
fn string_offset_out_of_range_skips_that_string_only() {
    let mut bytes = Builder::sample().build();
    set_u32(&mut bytes, HEADER_SIZE + 4 * 3, 0xffff_0000);
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(
        dex.anomalies(),
        [Anomaly::StringOffsetOutOfRange {
            count: 1,
            first_index: 3,
            first_offset: 0xffff_0000
        }]
    );
    assert_eq!(dex.string(3), None);
    assert_eq!(dex.string(4).as_deref(), Some("69.64.74.239"));
    assert_eq!(dex.strings().count(), 7);
}

#[test]
fn huge_counts_are_capped_without_big_allocations() {
    let mut bytes = Builder::sample().build();
    for table in [STRING_IDS_OFF, TYPE_IDS_OFF, CLASS_DEFS_OFF] {
        set_u32(&mut bytes, table, u32::MAX);
    }
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    let codes = codes(&dex);
    assert_eq!(
        codes
            .iter()
            .filter(|c| **c == "dex.count-over-limit")
            .count(),
        3
    );
    assert!(codes.contains(&"dex.section-out-of-range"));
    // clamped to what fits in the file
    assert!(dex.string_count() <= bytes.len() / 4);
    assert!(dex.type_count() <= bytes.len() / 4);
    assert!(dex.classes().len() <= bytes.len() / 32);
    fuzz_parse(&bytes);
}

#[test]
fn overlapping_strings_exhaust_the_scan_budget() {
    // 20,000 string ids all pointing at one 60 KB string: 1.2 GB to scan without the budget.
    let long = "x".repeat(60_000);
    let mut bytes = Builder::default().string(&long).build();
    let first_offset =
        u32::from_le_bytes(bytes[HEADER_SIZE..HEADER_SIZE + 4].try_into().expect("4"));
    let ids = 20_000u32;
    let table_off = u32::try_from(bytes.len()).expect("small");
    for _ in 0..ids {
        bytes.extend_from_slice(&first_offset.to_le_bytes());
    }
    set_u32(&mut bytes, STRING_IDS_OFF, ids);
    set_u32(&mut bytes, STRING_IDS_OFF + 4, table_off);
    let len = u32::try_from(bytes.len()).expect("small");
    set_u32(&mut bytes, 32, len);
    // The anomaly shows the budget stopped the scan; without it this test takes minutes.
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert!(
        codes(&dex).contains(&"dex.string-budget-exhausted"),
        "{:?}",
        dex.anomalies()
    );
    assert!(dex.string_count() < 10);
}

#[test]
fn long_strings_are_cut_at_the_limit() {
    let bytes = Builder::default()
        .string("https://example.com/a-long-path-that-goes-on")
        .string("ééééé")
        .build();
    let limits = Limits {
        max_string_len: 20,
        ..Limits::default()
    };
    let dex = parse(&bytes, &limits).expect("parses");
    assert_eq!(dex.string(0).as_deref(), Some("https://example.com/"));
    assert_eq!(dex.string(1).as_deref(), Some("ééééé"));
    let limits = Limits {
        max_string_len: 5,
        ..Limits::default()
    };
    let dex = parse(&bytes, &limits).expect("parses");
    // never cut inside a character: 5 bytes of "é" (2 bytes each) keep two
    assert_eq!(dex.string(1).as_deref(), Some("éé"));
    assert_eq!(
        dex.anomalies(),
        [Anomaly::StringTooLong {
            count: 2,
            first_index: 0,
            limit: 5
        }]
    );
}

#[test]
fn invalid_mutf8_is_replaced_and_counted() {
    let bytes = Builder::default()
        .string("ok")
        .raw_string(&[b'a', 0xff, b'b'])
        .raw_string(&[0xed, 0xa0, 0xbd]) // lone high surrogate
        .build();
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(dex.string(1).as_deref(), Some("a\u{fffd}b"));
    assert_eq!(dex.string(2).as_deref(), Some("\u{fffd}"));
    assert_eq!(
        dex.anomalies(),
        [Anomaly::InvalidMutf8 {
            strings: 2,
            sequences: 2,
            first_index: 1
        }]
    );
}

#[test]
fn detects_bad_checksum_and_signature() {
    let mut bytes = Builder::sample().build();
    let last = bytes.len() - 2;
    bytes[last] ^= 0x20;
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(dex.header().checksum_valid, Some(false));
    assert_eq!(dex.header().signature_valid, Some(false));
    assert_eq!(
        codes(&dex),
        ["dex.checksum-mismatch", "dex.signature-mismatch"]
    );
    // a string whose declared UTF-16 length is off
    let mut bytes = Builder::default().string("abc").build();
    let at = u32::from_le_bytes(bytes[HEADER_SIZE..HEADER_SIZE + 4].try_into().expect("4"));
    bytes[at as usize] = 7;
    fix_hashes(&mut bytes);
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(codes(&dex), ["dex.string-size-mismatch"]);
}

#[test]
fn reports_version_endian_header_size_and_file_limit() {
    let mut bytes = Builder::sample().build();
    bytes[4..7].copy_from_slice(b"099");
    set_u32(&mut bytes, 36, 0x80);
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(
        codes(&dex),
        ["dex.unknown-version", "dex.unusual-header-size"]
    );
    assert_eq!(dex.string_count(), 8);

    set_u32(&mut bytes, 40, REVERSE_ENDIAN_CONSTANT);
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert!(codes(&dex).contains(&"dex.reverse-endian"));
    assert_eq!(dex.string_count(), 0);

    let bytes = Builder::sample().build();
    let limits = Limits {
        max_file_size: 200,
        ..Limits::default()
    };
    let dex = parse(&bytes, &limits).expect("parses");
    assert_eq!(dex.header().checksum_valid, None);
    assert_eq!(codes(&dex)[0], "dex.file-too-large");
    assert!(dex.strings().count() < 8);
    assert!(codes(&dex).contains(&"dex.string-offset-out-of-range"));
}

#[test]
fn caps_strings_types_and_classes() {
    let bytes = Builder::sample().build();
    let limits = Limits {
        max_strings: 2,
        max_types: 1,
        max_classes: 1,
        ..Limits::default()
    };
    let dex = parse(&bytes, &limits).expect("parses");
    assert_eq!(dex.string_count(), 2);
    assert_eq!(dex.type_count(), 1);
    assert_eq!(dex.class_names(), ["com.thetruth.net.Config"]);
    let counts: Vec<_> = dex
        .anomalies()
        .iter()
        .filter_map(|a| match a {
            Anomaly::CountOverLimit {
                table,
                count,
                limit,
            } => Some((*table, *count, *limit)),
            _ => None,
        })
        .collect();
    assert_eq!(
        counts,
        [
            ("string_ids", 8, 2),
            ("type_ids", 2, 1),
            ("class_defs", 2, 1)
        ]
    );
}

#[test]
fn class_with_array_or_missing_type_is_an_anomaly() {
    let bytes = Builder::default().class("[I").build();
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert!(dex.class_names().is_empty());
    assert_eq!(codes(&dex), ["dex.class-type-invalid"]);
    let mut bytes = Builder::sample().build();
    let class_defs = HEADER_SIZE + 4 * 8 + 4 * 2;
    set_u32(&mut bytes, class_defs, 99);
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    assert_eq!(dex.class_names(), ["com.thetruth.Main$Inner"]);
    assert_eq!(
        dex.anomalies(),
        [Anomaly::ClassTypeInvalid {
            count: 1,
            first_class: 0
        }]
    );
}

#[test]
fn converts_descriptors_to_java_names() {
    assert_eq!(java_name("Lcom/a/B;").as_deref(), Some("com.a.B"));
    assert_eq!(java_name("LMain;").as_deref(), Some("Main"));
    for bad in ["I", "[Lcom/a/B;", "L;", "Lcom/a/B", "com/a/B;", "La.b;", ""] {
        assert_eq!(java_name(bad), None, "{bad}");
    }
}

#[test]
fn fuzz_entry_survives_odd_inputs() {
    fuzz_parse(b"");
    fuzz_parse(b"dex\n035\0");
    let mut bytes = vec![0u8; 0x70];
    bytes[..8].copy_from_slice(b"dex\n035\0");
    fuzz_parse(&bytes);
    for fill in [0x00u8, 0x7f, 0x80, 0xff] {
        let mut bytes = vec![fill; 4096];
        bytes[..8].copy_from_slice(b"dex\n039\0");
        fuzz_parse(&bytes);
    }
}

// ----- endpoints -----

fn found(strings: &[&str]) -> Vec<(EndpointKind, String)> {
    endpoints(strings.iter().enumerate().map(|(i, s)| (i as u32, *s)))
        .into_iter()
        .map(|e| (e.kind, e.value))
        .collect()
}

fn values(strings: &[&str]) -> Vec<String> {
    found(strings).into_iter().map(|(_, v)| v).collect()
}

#[test]
fn finds_urls() {
    assert_eq!(
        found(&["post to HTTPS://Media-Sync-A.TheTruthSpy.com/Upload.php?id=1, then retry"]),
        [(
            EndpointKind::Url,
            "https://media-sync-a.thetruthspy.com/Upload.php?id=1".to_owned()
        )]
    );
    assert_eq!(
        values(&[
            "wss://live.devhealth-sync.example/socket",
            "ftp://user:pw@files.example.net:2121/x",
            "http://69.64.74.239:8080/",
            "(see http://[2001:db8::7]/a)",
            "\"https://api.example.org\"",
        ]),
        [
            "wss://live.devhealth-sync.example/socket",
            "ftp://user:pw@files.example.net:2121/x",
            "http://69.64.74.239:8080/",
            "http://[2001:db8::7]/a",
            "https://api.example.org",
        ]
    );
    let e = &endpoints([(7u32, "x https://a.example.com:443/p y")])[0];
    assert_eq!((e.host.as_str(), e.string_index), ("a.example.com", 7));
    let e = &endpoints([(0u32, "http://[2001:db8::7]/a")])[0];
    assert_eq!(e.host, "2001:db8::7");
}

#[test]
fn refuses_url_lookalikes() {
    assert_eq!(
        values(&[
            "http://",
            "https://%s/api",
            "http://localhost:8080/",
            "http://127.0.0.1/",
            "http://[::1]/",
            "https://intranet/",
            "content://com.android.contacts/data",
            "file:///sdcard/a.txt",
            "https://a.b.c1/",
        ]),
        Vec::<String>::new()
    );
    // not a URL, but the host in it is still a domain
    assert_eq!(
        found(&["xhttp://a.example.com/", "http://a.example.com:99999/"]),
        [(EndpointKind::Domain, "a.example.com".to_owned())]
    );
}

#[test]
fn finds_bare_domains_and_addresses() {
    assert_eq!(
        found(&[
            "my.thetruthspy.com",
            "api.snoopza.com:443",
            "write to support@kid-control.com.",
            "Example.org",
            "API.SNOOPZA.COM",
            "178.62.59.165",
            "connect 69.64.74.239:5222 now",
            "2001:db8:85a3::8a2e:370:7334",
        ]),
        [
            (EndpointKind::Domain, "my.thetruthspy.com".to_owned()),
            (EndpointKind::Domain, "api.snoopza.com".to_owned()),
            (EndpointKind::Domain, "kid-control.com".to_owned()),
            (EndpointKind::Domain, "example.org".to_owned()),
            (EndpointKind::Ipv4, "178.62.59.165".to_owned()),
            (EndpointKind::Ipv4, "69.64.74.239".to_owned()),
            (
                EndpointKind::Ipv6,
                "2001:db8:85a3::8a2e:370:7334".to_owned()
            ),
        ]
    );
}

#[test]
fn refuses_code_and_file_names_as_domains() {
    let not_endpoints = [
        "com.example.Foo",
        "com.example.app",
        "com.thetruth.Launcher",
        "org.apache.http.client",
        "android.intent.action.BOOT_COMPLETED",
        "android.R.id.list",
        "Content has view with id attribute 'android.R.id.list'",
        "java.lang.String",
        "kotlin.io",
        "classes.dex",
        "config.json",
        "index.html",
        "MainActivity.java",
        "libnative.so",
        "install.sh",
        "archive.zip",
        "README.md",
        "super.onStop()",
        "window.top",
        "this.name",
        "%s.example.com",
        "${host}.example.com",
        "my_host.example.com",
        "e.g. this",
        "8.6.2-dev",
        "1.2.3.4.5",
        "v1.2.3.4",
        "version 1.2.3.4",
        "Build: 4.1.2.0",
        "01.02.03.04",
        "256.1.1.1",
        "127.0.0.1",
        "0.0.0.0",
        "255.255.255.0",
        "239.255.255.250",
        "a::b",
        "::1",
        "std::string",
        "ff02::1:2:3",
        "Lcom/example/Foo;",
        "com.example.foo.example.com",
    ];
    assert_eq!(values(&not_endpoints), Vec::<String>::new());
}

#[test]
fn deduplicates_keeping_the_first_string() {
    let all = endpoints([
        (3u32, "a.example.com"),
        (5, "x a.example.com y"),
        (6, "A.EXAMPLE.COM"),
    ]);
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].string_index, 3);
}

#[test]
fn dex_endpoints_skip_its_own_package_names() {
    let bytes = Builder::default()
        .class("Lokhttp3/internal/ws/RealWebSocket;")
        .string("okhttp3.internal.ws")
        .string("okhttp3.internal.ws.realwebsocket")
        .string("live.example.ws")
        .build();
    let dex = parse(&bytes, &Limits::default()).expect("parses");
    let values: Vec<_> = dex.endpoints().into_iter().map(|e| e.value).collect();
    assert_eq!(values, ["live.example.ws"]);
    // on strings alone, the package name is taken for a domain (hence the DEX variant)
    assert_eq!(super::endpoints([(0u32, "okhttp3.internal.ws")]).len(), 1);
}

#[test]
fn tld_list_is_sorted_unique_and_leaves_out_file_extensions() {
    assert!(
        KNOWN_TLDS.windows(2).all(|w| w[0] < w[1]),
        "binary_search needs sorted TLDs"
    );
    for ext in [
        "zip", "mov", "so", "sh", "py", "md", "json", "html", "dex", "java", "txt",
    ] {
        assert!(!KNOWN_TLDS.contains(&ext), "{ext}");
    }
    assert!(CODE_FIRST_LABELS.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn many_broken_urls_in_one_string_give_nothing_and_a_long_one_is_cut() {
    // How long this takes is the benchmarks' and the fuzz targets' (with their timeouts) to
    // watch: a timing threshold here would fail on a busy CI machine.
    let hostile = "(http://%".repeat(8_000);
    let long_url = format!("https://a.example.com/{}", "p".repeat(10_000));
    assert!(endpoints([(0u32, hostile.as_str())]).is_empty());
    let cut = endpoints([(0u32, long_url.as_str())]);
    assert_eq!(cut[0].value.len(), "https://".len() + 2048);
}
