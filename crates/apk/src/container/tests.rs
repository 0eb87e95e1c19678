//! Unit tests on ZIP files built here, byte by byte, with the tricks seen in the wild.

use std::io::Write;

use flate2::Compression;
use flate2::write::DeflateEncoder;

use super::*;

/// One entry as it will be written; the `local_*` fields override the local header only.
#[derive(Clone)]
struct E {
    name: Vec<u8>,
    payload: Vec<u8>,
    method: u16,
    flags: u16,
    crc: u32,
    csize: u32,
    usize: u32,
    local_name: Option<Vec<u8>>,
    local_method: Option<u16>,
    local_crc: Option<u32>,
}

fn crc(data: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(data);
    hasher.finalize()
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut encoder = DeflateEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(data).expect("in-memory write");
    encoder.finish().expect("in-memory write")
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).expect("test data under 4 GiB")
}

impl E {
    fn stored(name: &str, data: &[u8]) -> E {
        E {
            name: name.as_bytes().to_vec(),
            payload: data.to_vec(),
            method: 0,
            flags: 0,
            crc: crc(data),
            csize: len32(data.len()),
            usize: len32(data.len()),
            local_name: None,
            local_method: None,
            local_crc: None,
        }
    }

    fn deflated(name: &str, data: &[u8]) -> E {
        let payload = deflate(data);
        E {
            csize: len32(payload.len()),
            payload,
            method: 8,
            ..E::stored(name, data)
        }
    }
}

/// A ZIP file to build, with knobs for the evasions.
#[derive(Clone, Default)]
struct Zip {
    entries: Vec<E>,
    /// Bytes before the first entry.
    prefix: Vec<u8>,
    /// Whether offsets count the prefix (a self-extracting archive) or not (junk prepended).
    offsets_include_prefix: bool,
    /// Central directory records written after the declared count.
    hidden: Vec<E>,
    comment: Vec<u8>,
    trailing: Vec<u8>,
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

impl Zip {
    fn of(entries: Vec<E>) -> Zip {
        Zip {
            entries,
            ..Zip::default()
        }
    }

    fn build(&self) -> Vec<u8> {
        let mut out = self.prefix.clone();
        let base = if self.offsets_include_prefix {
            0
        } else {
            self.prefix.len()
        };
        let mut offsets = Vec::new();
        for e in self.entries.iter().chain(&self.hidden) {
            offsets.push(len32(out.len() - base));
            let name = e.local_name.clone().unwrap_or_else(|| e.name.clone());
            u32le(&mut out, 0x0403_4b50);
            u16le(&mut out, 20);
            u16le(&mut out, e.flags);
            u16le(&mut out, e.local_method.unwrap_or(e.method));
            u16le(&mut out, 0);
            u16le(&mut out, 0);
            u32le(&mut out, e.local_crc.unwrap_or(e.crc));
            u32le(&mut out, e.csize);
            u32le(&mut out, e.usize);
            u16le(&mut out, u16::try_from(name.len()).expect("short name"));
            u16le(&mut out, 0);
            out.extend_from_slice(&name);
            out.extend_from_slice(&e.payload);
        }
        let cd_offset = out.len() - base;
        let mut declared_size = 0;
        for (i, (e, offset)) in self
            .entries
            .iter()
            .chain(&self.hidden)
            .zip(&offsets)
            .enumerate()
        {
            if i == self.entries.len() {
                declared_size = out.len() - base - cd_offset;
            }
            u32le(&mut out, 0x0201_4b50);
            u16le(&mut out, 20);
            u16le(&mut out, 20);
            u16le(&mut out, e.flags);
            u16le(&mut out, e.method);
            u16le(&mut out, 0);
            u16le(&mut out, 0);
            u32le(&mut out, e.crc);
            u32le(&mut out, e.csize);
            u32le(&mut out, e.usize);
            u16le(&mut out, u16::try_from(e.name.len()).expect("short name"));
            u16le(&mut out, 0);
            u16le(&mut out, 0);
            u16le(&mut out, 0);
            u16le(&mut out, 0);
            u32le(&mut out, 0);
            u32le(&mut out, *offset);
            out.extend_from_slice(&e.name);
        }
        if self.hidden.is_empty() {
            declared_size = out.len() - base - cd_offset;
        }
        let count = u16::try_from(self.entries.len()).expect("few entries");
        u32le(&mut out, 0x0605_4b50);
        u16le(&mut out, 0);
        u16le(&mut out, 0);
        u16le(&mut out, count);
        u16le(&mut out, count);
        u32le(&mut out, len32(declared_size));
        u32le(&mut out, len32(cd_offset));
        u16le(
            &mut out,
            u16::try_from(self.comment.len()).expect("short comment"),
        );
        out.extend_from_slice(&self.comment);
        out.extend_from_slice(&self.trailing);
        out
    }
}

const MANIFEST: &[u8] = b"\x03\x00\x08\x00binary manifest stand-in";

fn small_apk() -> Vec<u8> {
    Zip::of(vec![
        E::deflated("AndroidManifest.xml", MANIFEST),
        E::stored("resources.arsc", b"\x02\x00\x0c\x00table"),
        E::deflated(
            "classes.dex",
            b"dex\n035\0 the first dex, repeated repeated repeated",
        ),
        E::deflated("classes2.dex", b"dex\n035\0 the second dex"),
        E::stored(
            "assets/config.json",
            b"{\"c2\": \"https://example.invalid\"}",
        ),
    ])
    .build()
}

fn open(bytes: Vec<u8>) -> Apk {
    match Apk::from_bytes(bytes) {
        Ok(apk) => apk,
        Err(error) => panic!("should open: {error}"),
    }
}

fn codes(apk: &Apk) -> Vec<&'static str> {
    apk.anomalies().iter().map(Anomaly::code).collect()
}

fn read(apk: &Apk, name: &str) -> EntryData {
    match apk.read_entry(name, &Limits::default()) {
        Ok(data) => data,
        Err(error) => panic!("{name} should read: {error}"),
    }
}

#[test]
fn reads_a_well_formed_apk_without_anomalies() {
    let apk = open(small_apk());
    assert_eq!(codes(&apk), Vec::<&str>::new());
    assert!(!apk.android_rejects());
    let names: Vec<_> = apk.entries().iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "AndroidManifest.xml",
            "resources.arsc",
            "classes.dex",
            "classes2.dex",
            "assets/config.json"
        ]
    );
    let manifest = read(&apk, "AndroidManifest.xml");
    assert_eq!(manifest.data, MANIFEST);
    assert!(manifest.anomalies.is_empty());
    assert_eq!(read(&apk, "resources.arsc").data, b"\x02\x00\x0c\x00table");
    let dex: Vec<_> = apk.dex_entries().iter().map(|e| e.name.clone()).collect();
    assert_eq!(dex, ["classes.dex", "classes2.dex"]);
    assert!(matches!(
        apk.read_entry("missing", &Limits::default()),
        Err(ContainerError::EntryNotFound { .. })
    ));
}

#[test]
fn hashes_match_known_digests() {
    let hashes = Hashes::of(b"abc");
    assert_eq!(
        hashes.sha256_hex(),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        hashes.sha1_hex(),
        "a9993e364706816aba3e25717850c26c9cd0d89d"
    );
    assert_eq!(hashes.md5_hex(), "900150983cd24fb0d6963f7d28e17f72");

    let bytes = small_apk();
    let apk = open(bytes.clone());
    assert_eq!(apk.hashes().ok(), Some(Hashes::of(&bytes)));
    let dex = apk.find("classes2.dex").cloned();
    let dex = dex
        .as_ref()
        .and_then(|e| apk.hash_entry(e, &Limits::default()).ok());
    assert_eq!(dex, Some(Hashes::of(b"dex\n035\0 the second dex")));
}

#[test]
fn duplicate_names_are_reported_and_the_first_is_looked_up() {
    let apk = open(
        Zip::of(vec![
            E::deflated("AndroidManifest.xml", b"benign"),
            E::stored("classes.dex", b"dex"),
            E::deflated("AndroidManifest.xml", b"stalker"),
        ])
        .build(),
    );
    assert_eq!(
        apk.anomalies(),
        [Anomaly::DuplicateEntry {
            name: "AndroidManifest.xml".into(),
            count: 2,
            kept: Kept::First
        }]
    );
    assert!(apk.android_rejects());
    assert_eq!(read(&apk, "AndroidManifest.xml").data, b"benign");
    let copies: Vec<_> = apk
        .entries()
        .iter()
        .filter(|e| e.duplicated)
        .filter_map(|e| apk.read(e, &Limits::default()).ok())
        .map(|d| d.data)
        .collect();
    assert_eq!(copies, [b"benign".to_vec(), b"stalker".to_vec()]);
}

#[test]
fn fake_encryption_flag_is_ignored_as_android_does() {
    let mut entry = E::deflated("AndroidManifest.xml", MANIFEST);
    entry.flags = 0x0001;
    let apk = open(Zip::of(vec![entry]).build());
    assert_eq!(codes(&apk), ["fake-encryption-flag"]);
    assert!(!apk.android_rejects());
    assert_eq!(read(&apk, "AndroidManifest.xml").data, MANIFEST);
}

#[test]
fn unknown_method_with_equal_sizes_is_read_as_stored() {
    let mut entry = E::stored("AndroidManifest.xml", MANIFEST);
    entry.method = 0x4b5a;
    let apk = open(Zip::of(vec![entry]).build());
    assert_eq!(
        apk.anomalies(),
        [Anomaly::UnknownCompressionMethod {
            name: "AndroidManifest.xml".into(),
            method: 0x4b5a,
            treated_as_stored: true
        }]
    );
    assert!(!apk.android_rejects());
    let data = read(&apk, "AndroidManifest.xml");
    assert_eq!(data.data, MANIFEST);
    assert!(data.anomalies.is_empty());
}

#[test]
fn unknown_method_on_deflated_data_is_inflated() {
    let mut entry = E::deflated("classes.dex", &[7u8; 5000]);
    entry.method = 21;
    let apk = open(Zip::of(vec![entry]).build());
    assert_eq!(codes(&apk), ["unknown-compression-method"]);
    let data = read(&apk, "classes.dex");
    assert_eq!(data.data, vec![7u8; 5000]);
    assert!(data.anomalies.is_empty());
}

#[test]
fn local_header_method_mismatch_uses_the_central_directory() {
    let mut entry = E::deflated("AndroidManifest.xml", MANIFEST);
    entry.local_method = Some(0);
    let apk = open(Zip::of(vec![entry]).build());
    assert_eq!(
        apk.anomalies(),
        [Anomaly::LocalCentralMismatch {
            name: "AndroidManifest.xml".into(),
            field: HeaderField::Method,
            central: "8".into(),
            local: "0".into()
        }]
    );
    assert!(!apk.android_rejects());
    assert_eq!(read(&apk, "AndroidManifest.xml").data, MANIFEST);
}

#[test]
fn local_header_name_and_crc_mismatches_are_ones_android_rejects() {
    let mut entry = E::deflated("AndroidManifest.xml", MANIFEST);
    entry.local_name = Some(b"AndroidManifest.xmX".to_vec());
    entry.local_crc = Some(0xdead_beef);
    let apk = open(Zip::of(vec![entry]).build());
    let fields: Vec<_> = apk
        .anomalies()
        .iter()
        .filter_map(|a| match a {
            Anomaly::LocalCentralMismatch { field, .. } => Some(*field),
            _ => None,
        })
        .collect();
    assert_eq!(fields, [HeaderField::Name, HeaderField::Crc32]);
    assert!(apk.android_rejects());
    assert_eq!(read(&apk, "AndroidManifest.xml").data, MANIFEST);
}

#[test]
fn entry_past_the_end_is_reported_and_refused_on_read() {
    let mut entry = E::stored("classes.dex", b"dex");
    entry.csize = 1_000_000;
    entry.usize = 1_000_000;
    let apk = open(Zip::of(vec![E::stored("a", b"a"), entry]).build());
    assert!(codes(&apk).contains(&"entry-past-eof"));
    assert!(matches!(
        apk.read_entry("classes.dex", &Limits::default()),
        Err(ContainerError::EntryPastEof { .. })
    ));
    assert_eq!(read(&apk, "a").data, b"a");
}

#[test]
fn junk_prefix_is_reported_and_entries_still_read() {
    for offsets_include_prefix in [false, true] {
        let zip = Zip {
            prefix: vec![b'A'; 4096],
            offsets_include_prefix,
            ..Zip::of(vec![
                E::deflated("AndroidManifest.xml", MANIFEST),
                E::stored("classes.dex", b"dex"),
            ])
        };
        let apk = open(zip.build());
        assert_eq!(
            apk.anomalies(),
            [Anomaly::DataBeforeFirstEntry { bytes: 4096 }],
            "offsets include prefix: {offsets_include_prefix}"
        );
        assert!(apk.android_rejects());
        assert_eq!(read(&apk, "AndroidManifest.xml").data, MANIFEST);
        assert_eq!(read(&apk, "classes.dex").data, b"dex");
    }
}

#[test]
fn trailing_bytes_after_the_end_record_are_reported() {
    let zip = Zip {
        trailing: b"appended".to_vec(),
        ..Zip::of(vec![E::stored("classes.dex", b"dex")])
    };
    let apk = open(zip.build());
    assert_eq!(codes(&apk), ["eocd-not-at-end"]);
    assert!(apk.android_rejects());
    assert_eq!(read(&apk, "classes.dex").data, b"dex");
}

#[test]
fn end_record_planted_in_the_comment_wins_as_on_android() {
    // The planted record declares the same central directory, so it is consistent; Android
    // takes it because it is the last one.
    let real = Zip::of(vec![E::stored("classes.dex", b"dex")]).build();
    let eocd_at = real.len() - 22;
    let mut planted = real.get(eocd_at..).map(<[u8]>::to_vec).unwrap_or_default();
    let mut bytes = real.clone();
    // The outer comment is exactly the planted record.
    let comment_len = u16::try_from(planted.len()).unwrap_or(0).to_le_bytes();
    bytes.truncate(bytes.len() - 2);
    bytes.extend_from_slice(&comment_len);
    bytes.append(&mut planted);
    let apk = open(bytes);
    assert_eq!(
        apk.anomalies(),
        [Anomaly::EocdInComment {
            planted: (eocd_at + 22) as u64,
            outer: eocd_at as u64
        }]
    );
    assert!(!apk.android_rejects());
}

#[test]
fn records_after_the_declared_count_are_ignored_like_android() {
    let zip = Zip {
        hidden: vec![E::stored("AndroidManifest.xml", b"decoy")],
        ..Zip::of(vec![E::stored("AndroidManifest.xml", MANIFEST)])
    };
    let apk = open(zip.build());
    assert_eq!(codes(&apk), ["extra-central-directory-records"]);
    assert_eq!(apk.entries().len(), 1);
    assert_eq!(read(&apk, "AndroidManifest.xml").data, MANIFEST);
}

#[test]
fn dex_after_a_gap_is_not_loaded() {
    let apk = open(
        Zip::of(vec![
            E::stored("classes.dex", b"1"),
            E::stored("classes2.dex", b"2"),
            E::stored("classes4.dex", b"4"),
            E::stored("assets/classes3.dex", b"3"),
        ])
        .build(),
    );
    let dex: Vec<_> = apk.dex_entries().iter().map(|e| e.name.clone()).collect();
    assert_eq!(dex, ["classes.dex", "classes2.dex"]);
    assert_eq!(
        apk.anomalies(),
        [Anomaly::DexNotLoaded {
            name: "classes4.dex".into()
        }]
    );
}

#[test]
fn invalid_names_are_reported() {
    let mut nul = E::stored("x", b"x");
    nul.name = b"test.txt\0".to_vec();
    let mut latin1 = E::stored("y", b"y");
    latin1.name = b"caf\xe9".to_vec();
    let apk = open(Zip::of(vec![nul, latin1]).build());
    assert_eq!(codes(&apk), ["invalid-entry-name", "invalid-entry-name"]);
    assert_eq!(
        apk.entries().get(1).map(|e| e.name.as_str()),
        Some("caf\u{fffd}")
    );
}

#[test]
fn crc_mismatch_is_an_anomaly_not_an_error() {
    let mut entry = E::deflated("classes.dex", b"dex body");
    entry.crc ^= 1;
    entry.local_crc = Some(entry.crc);
    let apk = open(Zip::of(vec![entry]).build());
    let data = read(&apk, "classes.dex");
    assert_eq!(data.data, b"dex body");
    assert_eq!(
        data.anomalies.iter().map(Anomaly::code).collect::<Vec<_>>(),
        ["crc-mismatch"]
    );
}

#[test]
fn corrupt_deflate_data_is_a_clear_error() {
    let mut entry = E::deflated("classes.dex", &[1u8; 100]);
    entry.payload = vec![0xff; entry.payload.len()];
    let apk = open(Zip::of(vec![entry]).build());
    let error = apk.read_entry("classes.dex", &Limits::default());
    assert!(
        matches!(error, Err(ContainerError::CorruptData { .. })),
        "{error:?}"
    );
}

#[test]
fn an_entry_that_compresses_very_well_is_read_up_to_ratio_from() {
    // A manifest padded with empty elements: far past 200:1, and only 1.1 MB.
    let padded = b"<meta-data/>".repeat(100_000);
    let apk = open(Zip::of(vec![E::deflated("AndroidManifest.xml", &padded)]).build());
    let entry = apk.find("AndroidManifest.xml").expect("entry");
    assert!(entry.uncompressed_size > entry.compressed_size * 200);
    assert_eq!(read(&apk, "AndroidManifest.xml").data, padded);
    // Zeros, up to `ratio_from`: still read.
    let zeros = vec![0u8; 16 * 1024 * 1024];
    let apk = open(Zip::of(vec![E::deflated("classes.dex", &zeros)]).build());
    assert_eq!(read(&apk, "classes.dex").data.len(), zeros.len());
}

#[test]
fn zip_bomb_of_zeros_hits_the_ratio_cap() {
    // 32 MiB of zeros deflate to about 32 KiB: a 1000:1 ratio.
    let zeros = vec![0u8; 32 * 1024 * 1024];
    let apk = open(Zip::of(vec![E::deflated("classes.dex", &zeros)]).build());
    let error = apk.read_entry("classes.dex", &Limits::default());
    assert!(
        matches!(error, Err(ContainerError::RatioExceeded { produced, compressed, .. })
            if produced > compressed * 200
                && produced <= Limits::default().ratio_from + 64 * 1024),
        "{error:?}"
    );
    let limits = Limits {
        max_ratio: 10_000,
        max_entry_size: 1024 * 1024,
        ..Limits::default()
    };
    let error = apk.read_entry("classes.dex", &limits);
    assert!(
        matches!(error, Err(ContainerError::EntryTooLarge { .. })),
        "{error:?}"
    );
}

#[test]
fn bomb_declaring_a_small_size_is_capped_by_what_it_produces() {
    let mut entry = E::deflated("classes.dex", &vec![0u8; 8 * 1024 * 1024]);
    entry.usize = 100;
    let apk = open(Zip::of(vec![entry]).build());
    let limits = Limits {
        max_entry_size: 2 * 1024 * 1024,
        max_ratio: 10_000,
        ..Limits::default()
    };
    let error = apk.read_entry("classes.dex", &limits);
    assert!(
        matches!(error, Err(ContainerError::EntryTooLarge { size, .. }) if size <= 2 * 1024 * 1024 + 64 * 1024),
        "{error:?}"
    );
}

#[test]
fn huge_declared_size_is_refused_before_reading() {
    let mut entry = E::deflated("classes.dex", b"tiny");
    entry.usize = u32::MAX - 1;
    let apk = open(Zip::of(vec![entry]).build());
    let error = apk.read_entry("classes.dex", &Limits::default());
    assert!(
        matches!(error, Err(ContainerError::EntryTooLarge { size, .. }) if size == u64::from(u32::MAX - 1)),
        "{error:?}"
    );
}

#[test]
fn a_prefix_read_makes_only_the_bytes_asked_for() {
    let large = vec![7u8; 3 * 64 * 1024 + 5];
    let mut lying = E::deflated("lying.bin", b"dex\n035\0 said to be 4 GiB");
    lying.usize = u32::MAX - 1;
    let apk = open(
        Zip::of(vec![
            E::deflated("deflated.bin", &large),
            E::stored("stored.bin", &large),
            E::stored("short.bin", b"dex"),
            lying,
        ])
        .build(),
    );
    let limits = Limits {
        max_total: 64,
        ..Limits::default()
    };
    let prefix = |name: &str| {
        let entry = apk.find(name).expect("entry");
        apk.read_prefix(entry, 8, &limits)
    };
    for name in ["deflated.bin", "stored.bin"] {
        assert_eq!(prefix(name).expect(name), vec![7u8; 8], "{name}");
    }
    assert_eq!(prefix("short.bin").expect("short"), b"dex");
    // Its declared size is no reason to refuse 8 bytes of it.
    assert_eq!(prefix("lying.bin").expect("lying"), b"dex\n035\0");
    // 27 bytes made in all, under the 64-byte total: the large entries were not inflated whole.
    let apk_total = apk.read_prefix(apk.find("stored.bin").expect("entry"), 40, &limits);
    assert!(
        matches!(apk_total, Err(ContainerError::TotalExceeded { .. })),
        "{apk_total:?}"
    );
}

#[test]
fn total_cap_spans_every_read_of_one_apk() {
    let block = vec![5u8; 600 * 1024];
    let apk = open(Zip::of(vec![E::stored("a", &block), E::stored("b", &block)]).build());
    let limits = Limits {
        max_total: 1024 * 1024,
        ..Limits::default()
    };
    assert!(apk.read_entry("a", &limits).is_ok());
    assert!(matches!(
        apk.read_entry("b", &limits),
        Err(ContainerError::TotalExceeded { .. })
    ));
}

#[test]
fn rejects_every_truncated_prefix_without_panicking() {
    let bytes = small_apk();
    for len in 0..bytes.len() {
        let prefix = bytes.get(..len).unwrap_or_default();
        fuzz_open(prefix);
        assert!(
            Apk::from_bytes(prefix).is_err(),
            "prefix of {len} bytes opened"
        );
    }
}

#[test]
fn survives_every_single_byte_corruption() {
    let bytes = small_apk();
    for at in 0..bytes.len() {
        for value in [0x00, 0xff, 0x50] {
            let mut corrupt = bytes.clone();
            if let Some(byte) = corrupt.get_mut(at) {
                *byte = value;
            }
            fuzz_open(&corrupt);
        }
    }
}

#[test]
fn refuses_empty_short_and_non_zip_input() {
    assert!(matches!(
        Apk::from_bytes(Vec::new()),
        Err(ContainerError::TooShort { len: 0, .. })
    ));
    assert!(matches!(
        Apk::from_bytes(vec![b'x'; 100]),
        Err(ContainerError::NoEndOfCentralDirectory { searched: 100, .. })
    ));
    let empty = Zip::default().build();
    assert!(matches!(
        Apk::from_bytes(empty),
        Err(ContainerError::NoEntries { .. })
    ));
}

#[test]
fn error_messages_name_the_file_and_what_to_do() {
    let error = Apk::from_bytes(vec![b'x'; 100])
        .err()
        .map(|e| e.to_string());
    assert_eq!(
        error.as_deref(),
        Some(
            "in-memory APK is not a ZIP/APK: no end-of-central-directory record found in the \
             last 100 bytes (100 bytes in all), so it is another kind of file or an incomplete \
             one"
        )
    );
}

#[test]
fn anomaly_codes_are_distinct() {
    let all = [
        Anomaly::DataBeforeFirstEntry { bytes: 1 },
        Anomaly::EocdNotAtEnd {
            declared_end: 1,
            file_len: 2,
        },
        Anomaly::EocdInComment {
            planted: 1,
            outer: 0,
        },
        Anomaly::CentralDirectoryMoved {
            declared: 0,
            actual: 1,
        },
        Anomaly::CentralDirectorySizeMismatch {
            declared: 0,
            used: 1,
        },
        Anomaly::CentralDirectoryTruncated {
            declared: 2,
            parsed: 1,
        },
        Anomaly::GapBeforeEocd { bytes: 1 },
        Anomaly::ExtraCentralDirectoryRecords { count: 1 },
        Anomaly::InvalidEntryName {
            name: "a".into(),
            problem: NameProblem::Empty,
        },
        Anomaly::DuplicateEntry {
            name: "a".into(),
            count: 2,
            kept: Kept::First,
        },
        Anomaly::FakeEncryptionFlag { name: "a".into() },
        Anomaly::UnknownCompressionMethod {
            name: "a".into(),
            method: 9,
            treated_as_stored: false,
        },
        Anomaly::StoredSizeMismatch {
            name: "a".into(),
            compressed: 1,
            uncompressed: 2,
        },
        Anomaly::LocalCentralMismatch {
            name: "a".into(),
            field: HeaderField::Flags,
            central: "0".into(),
            local: "1".into(),
        },
        Anomaly::LocalHeaderMissing {
            name: "a".into(),
            offset: 0,
        },
        Anomaly::EntryPastEof {
            name: "a".into(),
            end: 2,
            limit: 1,
        },
        Anomaly::CrcMismatch {
            name: "a".into(),
            declared: 0,
            actual: 1,
        },
        Anomaly::SizeMismatch {
            name: "a".into(),
            declared: 0,
            actual: 1,
        },
        Anomaly::DexNotLoaded { name: "a".into() },
    ];
    let mut codes: Vec<_> = all.iter().map(Anomaly::code).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), all.len());
    assert!(all.iter().all(|a| !a.to_string().is_empty()));
}
