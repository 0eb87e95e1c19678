//! The APK container reader on the shared corpus: every APK opens or fails with a clear error,
//! entry lists agree with Python's `zipfile`, the malformed samples give the right anomalies,
//! and hashes agree with `sha256sum`/`sha1sum`/`md5sum` and MANIFEST.csv.

use std::path::{Path, PathBuf};

use unstalk_apk::container::{Anomaly, Apk, ContainerError, Kept, Limits};

fn apks(test: &str, folder: &str) -> Option<Vec<PathBuf>> {
    let dir = unstalk_testkit::corpus_path(test, folder)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "apk"))
        .collect();
    files.sort();
    Some(files)
}

fn open(path: &Path) -> Apk {
    Apk::open(path).unwrap_or_else(|e| panic!("{} should open: {e}", path.display()))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Opens and reads every entry of every corpus APK: a clear error or data, never a panic.
#[test]
fn every_corpus_apk_opens_or_fails_clearly() {
    let mut opened = 0;
    for folder in [
        "apks/synthetic/apk",
        "apks/synthetic/malformed",
        "apks/androguard/apk",
        "apks/androguard/apksig",
    ] {
        let Some(files) = apks("every_corpus_apk_opens_or_fails_clearly", folder) else {
            return;
        };
        assert!(!files.is_empty(), "{folder} has no APKs");
        for path in files {
            match Apk::open(&path) {
                Ok(apk) => {
                    opened += 1;
                    for entry in apk.entries() {
                        if let Err(error) = apk.read(entry, &Limits::default()) {
                            let message = error.to_string();
                            assert!(message.contains(&entry.name), "{message}");
                        }
                    }
                    assert!(apk.hashes().is_ok());
                }
                Err(error) => {
                    let message = error.to_string();
                    assert!(
                        message.contains(&file_name(&path)),
                        "error does not name the file: {message}"
                    );
                }
            }
        }
    }
    // 15 synthetic + 7 malformed (of 11) + 20 androguard + 51 apksig (of 52: not
    // empty-unsigned.apk, a bare end record).
    assert_eq!(opened, 93);
}

/// Entry counts of the well-formed APKs, from Python 3's `zipfile`:
/// `len(zipfile.ZipFile(path).namelist())`, run over the corpus on 2026-11-23.
#[test]
fn entry_counts_agree_with_python_zipfile() {
    let expected: &[(&str, usize, &[&str])] = &[
        ("apks/synthetic/apk/benign-notes.apk", 9, &["classes.dex"]),
        (
            "apks/synthetic/apk/ioc-c2only-snoopza.apk",
            11,
            &["classes.dex"],
        ),
        ("apks/synthetic/apk/ioc-thetruth.apk", 11, &["classes.dex"]),
        ("apks/synthetic/apk/sig-v1-rsa2048.apk", 9, &["classes.dex"]),
        (
            "apks/synthetic/apk/sig-v1v2-2signers-rsa2048-ec256.apk",
            11,
            &["classes.dex"],
        ),
        ("apks/synthetic/apk/sig-v2-rsa2048.apk", 6, &["classes.dex"]),
        ("apks/synthetic/apk/sig-v3-rsa2048.apk", 6, &["classes.dex"]),
        ("apks/synthetic/apk/sigbase.apk", 6, &["classes.dex"]),
        (
            "apks/synthetic/apk/unknown-stalkerlike.apk",
            12,
            &["classes.dex", "classes2.dex"],
        ),
        (
            "apks/synthetic/apk/watchware-kidcontrol.apk",
            8,
            &["classes.dex"],
        ),
        (
            "apks/synthetic/apk/yara-fixture-snoopza.apk",
            9,
            &["classes.dex"],
        ),
        ("apks/androguard/apk/AndroidManifest_ShortName.apk", 1, &[]),
        ("apks/androguard/apk/a2dp.Vol_137.apk", 48, &["classes.dex"]),
        (
            "apks/androguard/apk/app-prod-debug.apk",
            475,
            &["classes.dex", "classes2.dex"],
        ),
        (
            "apks/androguard/apk/com.teleca.jamendo_35.apk",
            149,
            &["classes.dex"],
        ),
        (
            "apks/androguard/apk/com.test.intent_filter.apk",
            539,
            &["classes.dex"],
        ),
        ("apks/androguard/apk/hello-world.apk", 438, &["classes.dex"]),
        (
            "apks/androguard/apk/multidex.apk",
            3,
            &["classes.dex", "classes2.dex"],
        ),
        (
            "apks/androguard/apksig/v2-only-missing-classes.dex.apk",
            2,
            &[],
        ),
    ];
    for (relative, count, dex) in expected {
        let Some(path) =
            unstalk_testkit::corpus_path("entry_counts_agree_with_python_zipfile", relative)
        else {
            return;
        };
        let apk = open(&path);
        assert_eq!(apk.entries().len(), *count, "{relative}");
        assert!(
            apk.anomalies().is_empty(),
            "{relative}: {:?}",
            apk.anomalies()
        );
        let names: Vec<&str> = apk.dex_entries().iter().map(|e| e.name.as_str()).collect();
        assert_eq!(&names, dex, "{relative}");
    }
}

/// Whole-file digests agree with `sha256sum`, `sha1sum` and `md5sum` (run on the corpus) and
/// with MANIFEST.csv's sha256 column for every synthetic file.
#[test]
fn hashes_agree_with_coreutils_and_the_manifest() {
    let Some(root) =
        unstalk_testkit::corpus_path("hashes_agree_with_coreutils_and_the_manifest", "apks")
    else {
        return;
    };
    let known = [
        (
            "synthetic/apk/benign-notes.apk",
            "53b0ba1868c4ed2d328cc9061828e408b32318ef0a04648e71cdf096fae7012e",
            "d1fe294203ce5d5a9ccb0ae5cfc6c27be374dfee",
            "30cd6d6459e3cc6835395b05a4824562",
        ),
        (
            "synthetic/malformed/prefixed-garbage-ioc-thetruth.apk",
            "bd614b684ba69c9da7eba3dece738faae6c09b18a545d394d827d772cb22fd2d",
            "e0380bbf0ef8073ba13580529e7f5e5602d37eca",
            "335a03ea2506775597b6a9724e710060",
        ),
        (
            "androguard/apk/a2dp.Vol_137.apk",
            "fb913cccb0957c5b52caea48c3ef7a3ce1d616219b47eed65482097920fe8cc5",
            "3b9e9d9a7a5a05ac1e50786955706b299630ae31",
            "cf5c18b97eec9b1da651bacb8a076b95",
        ),
    ];
    for (relative, sha256, sha1, md5) in known {
        let hashes = open(&root.join(relative)).hashes();
        let hashes = hashes.unwrap_or_else(|e| panic!("{relative}: {e}"));
        assert_eq!(hashes.sha256_hex(), sha256, "{relative}");
        assert_eq!(hashes.sha1_hex(), sha1, "{relative}");
        assert_eq!(hashes.md5_hex(), md5, "{relative}");
    }

    let manifest = std::fs::read_to_string(root.join("synthetic/MANIFEST.csv"))
        .unwrap_or_else(|e| panic!("MANIFEST.csv: {e}"));
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let mut fields = line.split(',');
        let (Some(file), Some(_kind), Some(sha256)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if !file.ends_with(".apk") {
            continue;
        }
        let path = root.join("synthetic").join(file);
        match Apk::open(&path) {
            Ok(apk) => {
                let hashes = apk.hashes().unwrap_or_else(|e| panic!("{file}: {e}"));
                assert_eq!(hashes.sha256_hex(), sha256, "{file}");
                checked += 1;
            }
            Err(_) => assert!(file.starts_with("malformed/"), "{file} should open"),
        }
    }
    // 15 apk/ + 7 malformed/ (the other 4 are the truncated, empty and non-ZIP files).
    assert_eq!(checked, 22);
}

/// DEX digests: each synthetic APK's classes.dex / classes2.dex hashes to the sha256 that
/// MANIFEST.csv gives for the DEX files extracted by the build script.
#[test]
fn dex_hashes_agree_with_the_manifest() {
    let cases = [
        (
            "apks/synthetic/apk/benign-notes.apk",
            vec!["925770291802ae9a15d378ad578e11e860d8127adf9540dc1595cd659ce03129"],
        ),
        (
            "apks/synthetic/apk/ioc-thetruth.apk",
            vec!["5248154f55b57543d3002917dcb345ca713f3123b4510041ddda927fc7f771bd"],
        ),
        (
            "apks/synthetic/apk/unknown-stalkerlike.apk",
            vec![
                "a8e6ceea20651535583555e9fce76625ccde3ca978d0a2b02dfb65aefd2fbe96",
                "89975dcc5df0eb2d27a54d63dfdc999d8c91b063c86912d19022007e330ada8d",
            ],
        ),
    ];
    for (relative, expected) in cases {
        let Some(path) =
            unstalk_testkit::corpus_path("dex_hashes_agree_with_the_manifest", relative)
        else {
            return;
        };
        let apk = open(&path);
        let hashes: Vec<String> = apk
            .dex_entries()
            .into_iter()
            .map(|dex| {
                apk.hash_entry(dex, &Limits::default())
                    .unwrap_or_else(|e| panic!("{e}"))
                    .sha256_hex()
            })
            .collect();
        assert_eq!(hashes, expected, "{relative}");
    }
}

/// Two AndroidManifest.xml entries, benign-notes' first and ioc-thetruth's second: reported,
/// the first is looked up, and each copy is byte-identical to the manifest of its source APK.
#[test]
fn duplicate_manifest_is_reported_and_both_copies_read() {
    let Some(root) = unstalk_testkit::corpus_path(
        "duplicate_manifest_is_reported_and_both_copies_read",
        "apks/synthetic",
    ) else {
        return;
    };
    let apk = open(&root.join("malformed/dup-manifest-benign-notes-then-ioc-thetruth.apk"));
    assert_eq!(
        apk.anomalies(),
        [Anomaly::DuplicateEntry {
            name: "AndroidManifest.xml".into(),
            count: 2,
            kept: Kept::First,
        }]
    );
    assert!(apk.android_rejects());
    // zipfile lists 7 entries: both manifests (2264 and 9196 bytes) and 5 others.
    assert_eq!(apk.entries().len(), 7);
    let limits = Limits::default();
    let copies: Vec<Vec<u8>> = apk
        .entries()
        .iter()
        .filter(|e| e.name == "AndroidManifest.xml")
        .map(|e| {
            apk.read(e, &limits)
                .unwrap_or_else(|err| panic!("{err}"))
                .data
        })
        .collect();
    let manifest_of = |file: &str| {
        open(&root.join(file))
            .read_entry("AndroidManifest.xml", &limits)
            .unwrap_or_else(|e| panic!("{e}"))
            .data
    };
    let benign = manifest_of("apk/benign-notes.apk");
    let stalker = manifest_of("apk/ioc-thetruth.apk");
    assert_eq!(copies, [benign.clone(), stalker]);
    let looked_up = apk.read_entry("AndroidManifest.xml", &limits);
    assert_eq!(looked_up.ok().map(|d| d.data), Some(benign));
}

/// 4 KiB of 'A' prepended (offsets not adjusted): Android refuses the file (libziparchive wants
/// a local header at offset 0); unstalk reports it and still reads the same entries.
#[test]
fn junk_prefix_is_reported_and_content_still_read() {
    let Some(root) = unstalk_testkit::corpus_path(
        "junk_prefix_is_reported_and_content_still_read",
        "apks/synthetic",
    ) else {
        return;
    };
    let apk = open(&root.join("malformed/prefixed-garbage-ioc-thetruth.apk"));
    assert_eq!(
        apk.anomalies(),
        [Anomaly::DataBeforeFirstEntry { bytes: 4096 }]
    );
    assert!(apk.android_rejects());
    let original = open(&root.join("apk/ioc-thetruth.apk"));
    assert_eq!(apk.entries().len(), original.entries().len());
    let limits = Limits::default();
    for entry in original.entries() {
        let want = original.read(entry, &limits).map(|d| d.data).ok();
        let got = apk.read_entry(&entry.name, &limits).map(|d| d.data).ok();
        assert!(want.is_some());
        assert_eq!(got, want, "{}", entry.name);
    }
}

#[test]
fn truncated_empty_and_non_zip_files_fail_clearly() {
    let cases = [
        ("empty.apk", "only 0 bytes"),
        ("not-a-zip.apk", "no end-of-central-directory record"),
        (
            "truncated-eocd-ioc-thetruth.apk",
            "no end-of-central-directory record",
        ),
        (
            "truncated-two-thirds-ioc-thetruth.apk",
            "no end-of-central-directory record",
        ),
    ];
    for (file, wording) in cases {
        let Some(path) = unstalk_testkit::corpus_path(
            "truncated_empty_and_non_zip_files_fail_clearly",
            &format!("apks/synthetic/malformed/{file}"),
        ) else {
            return;
        };
        let error = Apk::open(&path).err();
        let message = error.as_ref().map(ToString::to_string).unwrap_or_default();
        assert!(
            matches!(
                error,
                Some(
                    ContainerError::TooShort { .. }
                        | ContainerError::NoEndOfCentralDirectory { .. }
                )
            ),
            "{file}: {error:?}"
        );
        assert!(
            message.contains(file) && message.contains(wording),
            "{message}"
        );
    }
}

/// AOSP apksig's broken-ZIP vectors: each trick gives its anomaly, with Android's verdict.
#[test]
fn apksig_zip_vectors_give_their_anomalies() {
    let cases: &[(&str, &[&str], bool)] = &[
        // CERT.RSA: method 8 in the central directory, 0 in the local header.
        (
            "mismatched-compression-method.apk",
            &["local-central-mismatch"],
            false,
        ),
        // CERT.RSA: method 21 (deflated data).
        (
            "weird-compression-method.apk",
            &["unknown-compression-method"],
            false,
        ),
        (
            "v2-only-garbage-between-cd-and-eocd.apk",
            &["gap-before-eocd"],
            false,
        ),
        // central directory size runs 2 bytes into the end record.
        (
            "v1v2v3-with-rsa-2048-lineage-3-signers-invalid-zip.apk",
            &["central-directory-size-mismatch"],
            true,
        ),
        // 3 records declared, the third cut off, and the declared size runs past the end record.
        (
            "v2-only-truncated-cd.apk",
            &[
                "central-directory-truncated",
                "central-directory-size-mismatch",
            ],
            true,
        ),
        (
            "v1-only-with-nul-in-entry-name.apk",
            &["invalid-entry-name"],
            true,
        ),
    ];
    for (file, code, rejects) in cases {
        let Some(path) = unstalk_testkit::corpus_path(
            "apksig_zip_vectors_give_their_anomalies",
            &format!("apks/androguard/apksig/{file}"),
        ) else {
            return;
        };
        let apk = open(&path);
        let codes: Vec<&str> = apk.anomalies().iter().map(Anomaly::code).collect();
        assert_eq!(&codes, code, "{file}");
        assert_eq!(apk.android_rejects(), *rejects, "{file}");
    }

    // The method-21 entry is real DEFLATE data: it inflates to zipfile's 1160 bytes, CRC intact.
    let Some(path) = unstalk_testkit::corpus_path(
        "apksig_zip_vectors_give_their_anomalies",
        "apks/androguard/apksig/weird-compression-method.apk",
    ) else {
        return;
    };
    let data = open(&path).read_entry("META-INF/CERT.RSA", &Limits::default());
    let data = data.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.data.len(), 1160);
    assert!(data.anomalies.is_empty(), "{:?}", data.anomalies);
}
