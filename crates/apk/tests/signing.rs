//! Signature reading and verification on the shared corpus.
//!
//! - `synthetic_apks_match_manifest` and `apksig_vectors_match_index`: per-scheme signer SHA-1s,
//!   verification results and subjects against MANIFEST.csv / INDEX.csv (computed by the corpus
//!   builders with apksigner 31.0.2: `apksigner verify --print-certs -v` per scheme).
//! - `broken_apksig_vectors_are_invalid_with_reason`: every broken AOSP vector gives `Invalid`
//!   with the expected reason.
//! - `agrees_with_apksigner`: runs the real `apksigner verify --print-certs -v` (Debian package
//!   `apksigner`) on every corpus APK and compares signers, fingerprints, DN, key and result. When
//!   apksigner is missing it is skipped loudly, and fails under `CI=true`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use unstalk_apk::container::Apk;
use unstalk_apk::signing::{Scheme, SchemeResult, Signatures, Status, read_signatures};

type Row = HashMap<String, String>;

fn rows(test: &str, csv_path: &str) -> Option<(PathBuf, Vec<Row>)> {
    let path = unstalk_testkit::corpus_path(test, csv_path)?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut reader = csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{csv_path}: {e}"));
    let headers = reader.headers().cloned().unwrap_or_default();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap_or_else(|e| panic!("{csv_path}: {e}"));
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_owned(), v.to_owned()))
                .collect()
        })
        .collect();
    Some((dir, rows))
}

fn field<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).map(String::as_str).unwrap_or_default()
}

fn signatures_of(path: &Path) -> Option<Signatures> {
    Apk::open(path).ok().map(|apk| read_signatures(&apk))
}

fn result(s: &Signatures, scheme: Scheme) -> &SchemeResult {
    s.scheme(scheme)
        .unwrap_or_else(|| panic!("{scheme:?} missing"))
}

fn sha1s(result: &SchemeResult) -> Vec<String> {
    result
        .signers
        .iter()
        .filter_map(|s| s.certificates.first().map(|c| c.sha1.clone()))
        .collect()
}

fn scheme_named(name: &str) -> Scheme {
    match name {
        "v1" => Scheme::V1,
        "v2" => Scheme::V2,
        "v3" => Scheme::V3,
        other => panic!("unknown scheme {other}"),
    }
}

const VALID: &str = "(valid)";

/// Vectors where the CSV's per-scheme column is not apksig's final word, and why: the expected
/// status of that scheme (`VALID`, or a reason of `Invalid`).
fn index_exception(file: &str, scheme: Scheme) -> Option<&'static str> {
    match (file, scheme) {
        // The CSV's v2 column is true, but apksig refuses v2 there: its stripping-protection
        // attribute says a v3 block existed (apksigner: "v2 signer #1: APK Signature Scheme v3
        // signature stripped" in the notes column).
        ("apksig/v2v3-signed-v3-block-stripped.apk" | "apksig/v3-stripped.apk", Scheme::V2) => {
            Some("v3 signature stripped")
        }
        // apksigner 31.0.2 on Debian's JRE crashes here ("NoSuchAlgorithmException:
        // SHA256withRSA/PSS"), so the CSV says false; AOSP's own test (ApkVerifierTest) expects
        // this vector to verify, and it does here.
        ("apksig/v2-only-with-rsa-pss-sha256-2048.apk", Scheme::V2) => Some(VALID),
        // apksigner 31.0.2 predates v3.1 ("Unknown additional attribute: ID 0x559f8b02") and
        // leaves v3 unverified; the v3 signature and digests do verify (AOSP expects the APK to).
        ("apksig/v31-ec-p256-2-tgt-33-1-tgt-28-targetSdk-30.apk", Scheme::V3) => Some(VALID),
        _ => None,
    }
}

/// Compares one row; returns how many scheme results were compared.
fn check_row(dir: &Path, row: &Row) -> usize {
    let file = field(row, "file");
    let Some(signatures) = signatures_of(&dir.join(file)) else {
        assert!(
            field(row, "certs_by_scheme_sha1").is_empty(),
            "{file}: does not open but has signers"
        );
        return 0;
    };
    let mut compared = 0;
    // Signer SHA-1s per scheme (`v1=a|b;v2=c`).
    for part in field(row, "certs_by_scheme_sha1")
        .split(';')
        .filter(|p| !p.is_empty())
    {
        let (scheme, list) = part.split_once('=').unwrap_or(("", ""));
        let expected: Vec<String> = list.split('|').map(str::to_owned).collect();
        let ours = sha1s(result(&signatures, scheme_named(scheme)));
        assert_eq!(ours, expected, "{file}: {scheme} signers");
        compared += 1;
    }
    // v2/v3 verification.
    for (column, scheme) in [("v2_verified", Scheme::V2), ("v3_verified", Scheme::V3)] {
        let status = &result(&signatures, scheme).status;
        let expected = field(row, column) == "true";
        if let Some(reason) = index_exception(file, scheme) {
            assert!(
                match status {
                    Status::Invalid(r) => r.contains(reason),
                    Status::Valid => reason == VALID,
                    _ => false,
                },
                "{file}: {status:?}"
            );
            continue;
        }
        assert_eq!(
            *status == Status::Valid,
            expected,
            "{file}: {scheme:?} is {status:?}, {column} says {expected}"
        );
        compared += 1;
    }
    // Subject of the first signer of the highest scheme (the one apksigner prints).
    if let Some(dn) = field(row, "signer_dn")
        .split('|')
        .next()
        .filter(|d| !d.is_empty())
    {
        let first = [Scheme::V3, Scheme::V2, Scheme::V1]
            .iter()
            .find_map(|&s| result(&signatures, s).signers.first())
            .and_then(|s| s.certificates.first())
            .unwrap_or_else(|| panic!("{file}: no signer"));
        assert_eq!(first.subject, dn, "{file}: subject");
        compared += 1;
    }
    compared
}

#[test]
fn synthetic_apks_match_manifest() {
    let Some((dir, rows)) = rows(
        "synthetic_apks_match_manifest",
        "apks/synthetic/MANIFEST.csv",
    ) else {
        return;
    };
    let mut compared = 0;
    for row in rows.iter().filter(|r| field(r, "file").starts_with("apk/")) {
        compared += check_row(&dir, row);
    }
    assert!(compared >= 40, "only {compared} comparisons");
}

#[test]
fn apksig_vectors_match_index() {
    let Some((dir, rows)) = rows("apksig_vectors_match_index", "apks/androguard/INDEX.csv") else {
        return;
    };
    let mut compared = 0;
    let mut files = 0;
    for row in rows
        .iter()
        .filter(|r| field(r, "file").starts_with("apksig/"))
    {
        compared += check_row(&dir, row);
        files += 1;
    }
    assert_eq!(files, 52);
    assert!(compared >= 120, "only {compared} comparisons");
}

/// Every broken AOSP vector: the scheme it breaks is `Invalid` with the right reason (or the
/// scheme is absent where apksig finds no block at all), never a panic.
#[test]
fn broken_apksig_vectors_are_invalid_with_reason() {
    let Some(dir) = unstalk_testkit::corpus_path(
        "broken_apksig_vectors_are_invalid_with_reason",
        "apks/androguard/apksig",
    ) else {
        return;
    };
    let cases: [(&str, Scheme, Option<&str>); 13] = [
        (
            "two-signers-second-signer-v2-broken.apk",
            Scheme::V2,
            Some("signer #2: ECDSA_WITH_SHA512 signature did not verify"),
        ),
        (
            "v2-only-apk-sig-block-size-mismatch.apk",
            Scheme::V2,
            Some("sizes in header and footer do not match"),
        ),
        (
            "v2-only-garbage-between-cd-and-eocd.apk",
            Scheme::V2,
            Some("not immediately followed by the end record"),
        ),
        (
            "v2-only-no-certs-in-sig.apk",
            Scheme::V2,
            Some("no certificates"),
        ),
        (
            "v2-only-truncated-cd.apk",
            Scheme::V2,
            Some("central directory"),
        ),
        (
            "v2-only-with-ecdsa-sha256-p256-digest-mismatch.apk",
            Scheme::V2,
            Some("CHUNKED_SHA256 digest mismatch"),
        ),
        (
            "v2-only-with-rsa-pkcs1-sha256-2048-sig-does-not-verify.apk",
            Scheme::V2,
            Some("RSA_PKCS1_V1_5_WITH_SHA256 signature did not verify"),
        ),
        (
            "v2v3-signed-v3-block-stripped.apk",
            Scheme::V2,
            Some("v3 signature stripped"),
        ),
        ("v3-stripped.apk", Scheme::V2, Some("v3 signature stripped")),
        (
            "v3-only-cert-and-public-key-mismatch.apk",
            Scheme::V3,
            Some("public key mismatch"),
        ),
        (
            "v3-only-with-rsa-pkcs1-sha512-4096-apk-sig-block-size-mismatch.apk",
            Scheme::V2,
            Some("sizes in header and footer do not match"),
        ),
        (
            "v1v2v3-with-rsa-2048-lineage-3-signers-invalid-zip.apk",
            Scheme::V2,
            Some("central directory"),
        ),
        // Wrong magic: apksig sees no signing block at all.
        ("v2-only-wrong-apk-sig-block-magic.apk", Scheme::V2, None),
    ];
    for (file, scheme, reason) in cases {
        let signatures =
            signatures_of(&dir.join(file)).unwrap_or_else(|| panic!("{file} should open"));
        let status = &result(&signatures, scheme).status;
        match reason {
            Some(reason) => assert!(
                matches!(status, Status::Invalid(r) if r.contains(reason)),
                "{file}: {scheme:?} is {status:?}, expected Invalid({reason})"
            ),
            None => assert_eq!(*status, Status::NotPresent, "{file}"),
        }
    }
    // Malformed blocks are also reported as anomalies.
    let s = signatures_of(&dir.join("v2-only-apk-sig-block-size-mismatch.apk"));
    assert!(s.is_some_and(|s| {
        s.anomalies()
            .iter()
            .any(|a| a.code() == "signing.block-malformed")
    }));
}

/// v3 key rotation: the lineage is read and verified, its first certificate is the old key
/// (what v1/v2 name), its last the v3 signer.
#[test]
fn reads_v3_lineage() {
    let Some(path) = unstalk_testkit::corpus_path(
        "reads_v3_lineage",
        "apks/synthetic/apk/sig-v1v2v3-lineage-rsa2048-to-rsa3072.apk",
    ) else {
        return;
    };
    let s = signatures_of(&path).unwrap_or_else(|| panic!("opens"));
    let v3 = result(&s, Scheme::V3);
    assert_eq!(v3.status, Status::Valid);
    let signer = v3.signers.first().unwrap_or_else(|| panic!("a v3 signer"));
    let lineage: Vec<&str> = signer
        .lineage
        .iter()
        .map(|n| n.certificate.sha1.as_str())
        .collect();
    assert_eq!(
        lineage,
        [
            "ee41c0cead260b1e9a498615264afc718b6c432e",
            "662ca51343eb99b0c4667e3d931e3b58aeddd240"
        ]
    );
    assert!(signer.min_sdk.is_some() && signer.max_sdk.is_some());
    // Rotation explains the v2/v3 difference: no anomaly.
    assert!(s.anomalies().is_empty(), "{:?}", s.anomalies());
    let all: Vec<&str> = s
        .signing_certificates()
        .iter()
        .map(|c| c.sha1.as_str())
        .collect();
    assert_eq!(all.len(), 2);
    let cert = &signer.certificates[0];
    assert_eq!(cert.public_key_algorithm, "RSA");
    assert_eq!(cert.public_key_bits, Some(3072));
    assert!(cert.not_before.len() == 20 && cert.not_after > cert.not_before);
}

/// Certificates match KEYS.csv (made with `openssl x509 -fingerprint`).
#[test]
fn fingerprints_match_keys_csv() {
    let Some((dir, keys)) = rows(
        "fingerprints_match_keys_csv",
        "apks/synthetic/keys/KEYS.csv",
    ) else {
        return;
    };
    let apk_dir = dir.join("../apk");
    let mut seen = HashMap::new();
    for entry in std::fs::read_dir(&apk_dir).into_iter().flatten().flatten() {
        if let Some(s) = signatures_of(&entry.path()) {
            for c in s.signing_certificates() {
                seen.insert(
                    c.sha1.clone(),
                    (c.sha256.clone(), c.public_key_algorithm.clone()),
                );
            }
        }
    }
    for key in &keys {
        let sha1 = field(key, "cert_sha1").to_lowercase();
        let (sha256, algorithm) = seen
            .get(&sha1)
            .unwrap_or_else(|| panic!("{}: not seen in any APK", field(key, "key")));
        assert_eq!(*sha256, field(key, "cert_sha256").to_lowercase());
        let expected = match field(key, "type") {
            "rsaEncryption" => "RSA",
            "id-ecPublicKey" => "EC",
            _ => "DSA",
        };
        assert_eq!(algorithm, expected);
    }
}

/// What `apksigner verify --print-certs -v` says about one file.
#[derive(Debug, Default)]
struct Apksigner {
    verifies: bool,
    verified: Vec<Scheme>,
    signers: Vec<HashMap<String, String>>,
    errors: Vec<String>,
    crashed: bool,
}

fn run_apksigner(path: &Path) -> Apksigner {
    let output = Command::new("apksigner")
        .args(["verify", "--print-certs", "-v"])
        .arg(path)
        .output()
        .unwrap_or_else(|e| panic!("apksigner: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let mut out = Apksigner {
        verifies: text.starts_with("Verifies"),
        crashed: text.contains("Exception in thread"),
        ..Apksigner::default()
    };
    for line in text.lines() {
        for (n, scheme) in [("v1", Scheme::V1), ("v2", Scheme::V2), ("v3", Scheme::V3)] {
            if line.starts_with(&format!("Verified using {n} scheme")) && line.ends_with(": true") {
                out.verified.push(scheme);
            }
        }
        if let Some(e) = line.strip_prefix("ERROR: ") {
            out.errors.push(e.to_owned());
        }
        if let Some(rest) = line.strip_prefix("Signer #")
            && let Some((number, kv)) = rest.split_once(' ')
            && let Some((key, value)) = kv.split_once(": ")
        {
            let index: usize = number.parse().unwrap_or(1);
            while out.signers.len() < index {
                out.signers.push(HashMap::new());
            }
            if let Some(signer) = out.signers.get_mut(index - 1) {
                signer.insert(key.to_owned(), value.to_owned());
            }
        }
    }
    out
}

#[test]
fn agrees_with_apksigner() {
    const TEST: &str = "agrees_with_apksigner";
    let Some(corpus) = unstalk_testkit::corpus(TEST) else {
        return;
    };
    if unstalk_testkit::system_tool(TEST, "apksigner", "version", "apksigner").is_none() {
        return;
    }
    let mut files: Vec<PathBuf> = [
        "apks/synthetic/apk",
        "apks/androguard/apksig",
        "apks/androguard/apk",
    ]
    .iter()
    .flat_map(|d| {
        std::fs::read_dir(corpus.join(d))
            .into_iter()
            .flatten()
            .flatten()
    })
    .map(|e| e.path())
    .filter(|p| p.extension().is_some_and(|e| e == "apk"))
    .collect();
    files.sort();
    let (mut signers_compared, mut verdicts_compared, mut skipped) = (0, 0, Vec::new());
    for path in &files {
        let name = path.display().to_string();
        let theirs = run_apksigner(path);
        let Some(ours) = signatures_of(path) else {
            assert!(
                !theirs.verifies,
                "{name}: apksigner verifies, we cannot open it"
            );
            continue;
        };
        if theirs.crashed {
            // apksigner itself failed (no AndroidManifest.xml, or its JRE lacks RSA-PSS).
            skipped.push(name);
            continue;
        }
        // Every v2/v3 error apksigner names is an invalid scheme here.
        for error in &theirs.errors {
            for (prefix, scheme) in [
                ("APK Signature Scheme v2 ", Scheme::V2),
                ("APK Signature Scheme v3 ", Scheme::V3),
            ] {
                if error.starts_with(prefix) {
                    let status = &result(&ours, scheme).status;
                    assert!(
                        matches!(status, Status::Invalid(_)),
                        "{name}: apksigner says {error}; we say {status:?}"
                    );
                    verdicts_compared += 1;
                }
            }
        }
        if !theirs.verifies {
            continue;
        }
        // apksigner stops at the highest scheme that verifies; it is valid here too.
        for scheme in &theirs.verified {
            if *scheme != Scheme::V1 {
                assert_eq!(
                    result(&ours, *scheme).status,
                    Status::Valid,
                    "{name}: {scheme:?}"
                );
                verdicts_compared += 1;
            }
        }
        let top = theirs.verified.iter().max_by_key(|s| match s {
            Scheme::V1 => 1,
            Scheme::V2 => 2,
            _ => 3,
        });
        let Some(&top) = top else { continue };
        let our_signers = &result(&ours, top).signers;
        assert_eq!(
            our_signers.len(),
            theirs.signers.len(),
            "{name}: signer count"
        );
        for (mine, theirs) in our_signers.iter().zip(&theirs.signers) {
            let cert = mine
                .certificates
                .first()
                .unwrap_or_else(|| panic!("{name}: signer without certificate"));
            let get = |k: &str| theirs.get(k).map(String::as_str).unwrap_or_default();
            assert_eq!(cert.sha1, get("certificate SHA-1 digest"), "{name}");
            assert_eq!(cert.sha256, get("certificate SHA-256 digest"), "{name}");
            assert_eq!(cert.subject, get("certificate DN"), "{name}");
            assert_eq!(cert.public_key_algorithm, get("key algorithm"), "{name}");
            assert_eq!(
                cert.public_key_bits
                    .map(|b| b.to_string())
                    .unwrap_or_default(),
                get("key size (bits)"),
                "{name}"
            );
            signers_compared += 1;
        }
    }
    eprintln!(
        "{TEST}: {} APKs, {signers_compared} signers and {verdicts_compared} verdicts agree; \
         apksigner itself failed on {}: {skipped:?}",
        files.len(),
        skipped.len()
    );
    assert!(
        signers_compared >= 40,
        "only {signers_compared} signers compared"
    );
}
