//! Every corpus APK read by androguard (PyPI, the version pinned in
//! `scripts/ensure-androguard.sh`) and by this crate: what androguard reads, we read the same.
//!
//! `scripts/androguard_dump.py` runs once over every `.apk` under `apks/androguard` and
//! `apks/synthetic` and prints one JSON line per file. Compared, per file:
//!
//! - `opens`: androguard reads the ZIP (`APK(path)`, or `APK(path, skip_analysis=True)` when
//!   the manifest is what raised) / [`Apk::open`] succeeds;
//! - `manifest`: `APK.is_valid_APK()` / [`manifest::read_apk_manifest`] succeeds (when both
//!   opened the file);
//! - when both decoded the manifest: `package`, `version_code`, `version_name`, `min_sdk`,
//!   `target_sdk`, `max_sdk`, `permissions` (the distinct `<uses-permission>` names, sorted) and
//!   `uses_permissions` (every `<uses-permission>` element with its `maxSdkVersion`, duplicates
//!   kept, sorted: androguard lists them in the order of a Python set, not the file's);
//! - when both opened the file: `v1`, `v2`, `v3`, `v31`: SHA-1 and SHA-256 of the certificates
//!   of each scheme. v1: androguard returns, per signature file, the certificate of the first
//!   SignerInfo it verifies against the `.SF` (only the first SignerInfo below minSdkVersion
//!   24), so ours is the signing certificate of each v1 signer; v2/v3/v3.1: every certificate
//!   of every signer, in order.
//!
//! Where the two legitimately differ the difference is listed in [`DOCUMENTED`] with the reason;
//! the test asserts that exactly those differ, so a new divergence (or a fixed one) fails it.
//!
//! The venv is `ANDROGUARD_VENV` or `.venv/androguard`, installed by
//! `scripts/ensure-androguard.sh` (which `scripts/test.sh` runs). Without it the test prints a
//! loud SKIPPED line; under `CI=true` it fails.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use unstalk_apk::container::{self, Apk};
use unstalk_apk::manifest::{self, ApkManifest, Limits};
use unstalk_apk::signing::{Scheme, Signatures, Status, read_signatures};

const TEST: &str = "agrees_with_androguard";

/// Where androguard and we differ, and why: (file under `apks/`, fields, reason). Every other
/// field of every file agrees.
const DOCUMENTED: &[(&str, &[&str], &str)] = &[
    (
        "androguard/apksig/empty-unsigned.apk",
        &["opens"],
        "a ZIP without any entry: Android refuses it (libziparchive kEmptyArchive) and so does \
         Apk::open (ContainerError::NoEntries); androguard opens it and then finds no \
         AndroidManifest.xml, so neither reads anything from it",
    ),
    (
        "androguard/apksig/mismatched-compression-method.apk",
        &["v1"],
        "META-INF/CERT.RSA is deflated according to the central directory and stored according \
         to its local header; Android and apksig take the method from the central directory \
         (apksigner prints v1 signer 0aa07c0f…, INDEX.csv, as we do); androguard's ZIP reader \
         (apkInspector) takes the local header's and hands the still-deflated bytes to \
         asn1crypto, which raises",
    ),
    (
        "androguard/apksig/v1v2v3-with-rsa-2048-lineage-3-signers-invalid-zip.apk",
        &["v2", "v3"],
        CD_OVERLAPS_EOCD,
    ),
    (
        "androguard/apksig/v2-only-truncated-cd.apk",
        &["v2"],
        CD_OVERLAPS_EOCD,
    ),
    (
        "androguard/apksig/v2-only-apk-sig-block-size-mismatch.apk",
        &["v2"],
        BLOCK_SIZES_DIFFER,
    ),
    (
        "androguard/apksig/v3-only-with-rsa-pkcs1-sha512-4096-apk-sig-block-size-mismatch.apk",
        &["v2"],
        BLOCK_SIZES_DIFFER,
    ),
    (
        "synthetic/malformed/badpool-chunksize-ioc-thetruth.apk",
        &["manifest"],
        "the manifest's string pool declares a chunk size of 0xFFFFFFF0: Android and aapt refuse \
         the file, androguard's AXML parser marks it invalid; we recover the manifest and report \
         axml.chunk-invalid, which android_rejects() (tests/manifest.rs): a scanner must still \
         see the package of a corrupted sample",
    ),
    (
        "synthetic/malformed/badpool-offset-ioc-thetruth.apk",
        &["manifest"],
        "one string offset points past the pool: Android reads that string as null and installs \
         the app (aapt decodes it too, tests/manifest.rs), and so do we (axml.string-invalid); \
         androguard raises struct.error while decoding the manifest",
    ),
    (
        "synthetic/malformed/badpool-utf8flag-ioc-thetruth.apk",
        &["manifest"],
        "the string pool's UTF-8 flag is flipped: Android refuses the manifest and androguard \
         raises IndexError decoding it; we decode the strings with the other encoding and report \
         axml.string-encoding-mismatch, which android_rejects()",
    ),
    (
        "synthetic/malformed/dup-manifest-benign-notes-then-ioc-thetruth.apk",
        &[
            "package",
            "version_code",
            "version_name",
            "permissions",
            "uses_permissions",
        ],
        "two AndroidManifest.xml entries (the Master Key bug, 8219321): Android up to 4.3 ran the \
         first copy (benign-notes) and later versions refuse the APK; we read the first copy \
         (and report the duplicate entry), androguard's ZIP reader keeps the last (ioc-thetruth)",
    ),
    (
        "synthetic/malformed/prefixed-garbage-ioc-thetruth.apk",
        &["manifest", "v1", "v2", "v3", "v31"],
        "4096 bytes prepended without adjusting the ZIP offsets (Android refuses such files since \
         the Janus fix, apksig cannot read them): we find the central directory from its size and \
         read the shifted entries (DataBeforeFirstEntry), so the manifest and the v1 certificate, \
         and find no signing block at the stale offset (v2/v3 not present, as MANIFEST.csv's \
         schemes_present says); androguard's ZIP reader follows the stale offsets and finds no \
         entry at all (no manifest, no v1) and its v2/v3/v3.1 reader raises BrokenAPKError (No \
         Central Dir at specified offset)",
    ),
];

const CD_OVERLAPS_EOCD: &str = "the central directory overlaps the end-of-central-directory \
    record: apksig refuses the APK before reading its signing block (INDEX.csv: \"ZIP Central \
    Directory overlaps with End of Central Directory\"), and so do we (v2 Invalid, no v2/v3 \
    signer read); androguard locates the block from the declared offset without checking the \
    directory and lists its certificates, unverified";

const BLOCK_SIZES_DIFFER: &str = "the APK Signing Block's header and footer give different \
    sizes: neither side reads a certificate; apksig and we refuse the block (v2 Invalid: sizes in \
    header and footer do not match), androguard's get_certificates_der_v2() raises \
    BrokenAPKError";

/// The venv's python, when androguard is installed there.
fn androguard_python() -> Option<PathBuf> {
    let venv = unstalk_testkit::venv(TEST, "androguard", "ANDROGUARD_VENV", "bin/androguard")?;
    Some(venv.join("bin").join("python"))
}

/// Every `.apk` under `dir`, recursively.
fn apks_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            apks_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "apk") {
            out.push(path);
        }
    }
}

/// What androguard printed, by path.
fn run_androguard(python: &Path, files: &[PathBuf]) -> BTreeMap<String, Value> {
    let script = unstalk_testkit::workspace_root()
        .join("scripts")
        .join("androguard_dump.py");
    let output = Command::new(python)
        .arg(&script)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", script.display()));
    assert!(
        output.status.success(),
        "androguard_dump.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"));
            let path = value["path"].as_str().expect("path").to_owned();
            (path, value)
        })
        .collect()
}

fn yes_no(value: bool) -> String {
    if value { "yes" } else { "no" }.to_owned()
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map_or_else(|| "-".to_owned(), |v| v.to_string())
}

/// A JSON string, number or null as compared text.
fn text(value: &Value) -> String {
    match value {
        Value::Null => "-".to_owned(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Sorted, duplicates kept, space-separated: androguard collects `<uses-permission>` elements
/// in a Python set (`APK.find_tags_from_xml`), so their order is not the file's.
fn sorted(items: impl Iterator<Item = String>) -> String {
    let mut items: Vec<String> = items.collect();
    items.sort();
    items.join(" ")
}

/// The manifest fields, ours.
fn our_manifest_fields(read: &ApkManifest) -> Vec<(&'static str, String)> {
    let m = &read.manifest;
    let uses: Vec<_> = m.permissions.iter().filter(|p| !p.sdk23).collect();
    let names: BTreeSet<&str> = uses.iter().map(|p| p.name.as_str()).collect();
    vec![
        ("package", m.package.clone()),
        ("version_code", opt(m.version_code)),
        ("version_name", opt(m.version_name.as_deref())),
        ("min_sdk", opt(m.min_sdk)),
        ("target_sdk", opt(m.target_sdk)),
        ("max_sdk", opt(m.max_sdk)),
        (
            "permissions",
            names.into_iter().collect::<Vec<_>>().join(" "),
        ),
        (
            "uses_permissions",
            sorted(
                uses.iter()
                    .map(|p| format!("{}:{}", p.name, opt(p.max_sdk))),
            ),
        ),
    ]
}

/// The same fields, androguard's.
fn their_manifest_fields(theirs: &Value) -> Vec<(&'static str, String)> {
    let list = |key: &str| -> Vec<Value> { theirs[key].as_array().cloned().unwrap_or_default() };
    vec![
        ("package", text(&theirs["package"])),
        ("version_code", text(&theirs["version_code"])),
        ("version_name", text(&theirs["version_name"])),
        ("min_sdk", text(&theirs["min_sdk"])),
        ("target_sdk", text(&theirs["target_sdk"])),
        ("max_sdk", text(&theirs["max_sdk"])),
        (
            "permissions",
            list("permissions")
                .iter()
                .map(text)
                .collect::<Vec<_>>()
                .join(" "),
        ),
        (
            "uses_permissions",
            sorted(
                list("uses_permissions")
                    .iter()
                    .map(|p| format!("{}:{}", text(&p[0]), text(&p[1]))),
            ),
        ),
    ]
}

const SCHEMES: [(&str, Scheme); 4] = [
    ("v1", Scheme::V1),
    ("v2", Scheme::V2),
    ("v3", Scheme::V3),
    ("v31", Scheme::V31),
];

/// Certificates of one scheme, ours: v1 the signing certificate of each signer, the others
/// every certificate of every signer.
fn our_certificates(signatures: &Signatures, scheme: Scheme) -> String {
    let Some(result) = signatures.scheme(scheme) else {
        return String::new();
    };
    result
        .signers
        .iter()
        .flat_map(|s| {
            let take = if scheme == Scheme::V1 {
                1
            } else {
                s.certificates.len()
            };
            s.certificates.iter().take(take)
        })
        .map(|c| format!("{}/{}", c.sha1, c.sha256))
        .collect::<Vec<_>>()
        .join(" ")
}

fn their_certificates(theirs: &Value, scheme: &str) -> String {
    if let Some(error) = theirs["certificate_errors"][scheme].as_str() {
        return format!("androguard raised {error}");
    }
    theirs["certificates"][scheme]
        .as_array()
        .map(|certs| {
            certs
                .iter()
                .map(|c| format!("{}/{}", text(&c["sha1"]), text(&c["sha256"])))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

#[test]
fn agrees_with_androguard() {
    let started = std::time::Instant::now();
    let Some(corpus) = unstalk_testkit::corpus(TEST) else {
        return;
    };
    let Some(python) = androguard_python() else {
        return;
    };
    let apks = corpus.join("apks");
    let mut files = Vec::new();
    for folder in ["androguard", "synthetic"] {
        apks_under(&apks.join(folder), &mut files);
    }
    files.sort();
    let theirs_by_path = run_androguard(&python, &files);
    assert_eq!(theirs_by_path.len(), files.len(), "one line per APK");

    let mut compared = 0;
    let mut agreed = 0;
    let mut parsed_by_both = 0;
    let mut certificates_agreed = 0;
    // (file, field) -> (ours, theirs, notes)
    let mut differences: BTreeMap<(String, &'static str), (String, String, String)> =
        BTreeMap::new();
    for path in &files {
        let name = path
            .strip_prefix(&apks)
            .unwrap_or(path)
            .to_string_lossy()
            .into_owned();
        let theirs = theirs_by_path
            .get(&path.to_string_lossy().into_owned())
            .unwrap_or_else(|| panic!("{name}: no androguard line"));
        let mut fields: Vec<(&'static str, String, String)> = Vec::new();
        // Why either side failed, shown with a difference (the failures themselves are compared
        // as yes/no: the two word their errors differently).
        let mut notes = Vec::new();
        if let Some(error) = theirs["error"].as_str() {
            notes.push(format!("androguard: {error}"));
        }
        let apk = Apk::open(path);
        if let Err(e) = &apk {
            notes.push(format!("ours: {e}"));
        }
        let they_open = theirs["opened"] == Value::Bool(true);
        fields.push(("opens", yes_no(apk.is_ok()), yes_no(they_open)));
        if let (Ok(apk), true) = (&apk, they_open) {
            let read =
                manifest::read_apk_manifest(apk, &Limits::default(), &container::Limits::default());
            if let Err(e) = &read {
                notes.push(format!("ours: {e}"));
            }
            let they_parse = theirs["parsed"] == Value::Bool(true);
            fields.push(("manifest", yes_no(read.is_ok()), yes_no(they_parse)));
            if let (Ok(read), true) = (&read, they_parse) {
                parsed_by_both += 1;
                for ((field, ours), (_, theirs)) in our_manifest_fields(read)
                    .into_iter()
                    .zip(their_manifest_fields(theirs))
                {
                    fields.push((field, ours, theirs));
                }
            }
            let signatures = read_signatures(apk);
            for result in &signatures.schemes {
                if result.status != Status::NotPresent {
                    notes.push(format!("ours {:?}: {:?}", result.scheme, result.status));
                }
            }
            for (key, scheme) in SCHEMES {
                fields.push((
                    key,
                    our_certificates(&signatures, scheme),
                    their_certificates(theirs, key),
                ));
            }
        }
        for (field, ours, theirs) in fields {
            compared += 1;
            if ours == theirs {
                agreed += 1;
                if SCHEMES.iter().any(|&(key, _)| key == field) {
                    certificates_agreed += ours.split_whitespace().count();
                }
            } else {
                differences.insert((name.clone(), field), (ours, theirs, notes.join("; ")));
            }
        }
    }

    let documented: BTreeMap<(String, &str), &str> = DOCUMENTED
        .iter()
        .flat_map(|&(file, fields, reason)| {
            fields
                .iter()
                .map(move |&field| ((file.to_owned(), field), reason))
        })
        .collect();
    let undocumented: Vec<String> = differences
        .iter()
        .filter(|(key, _)| !documented.contains_key(&(key.0.clone(), key.1)))
        .map(|((file, field), (ours, theirs, notes))| {
            format!(
                "{file} {field}:\n    ours:       {ours}\n    androguard: {theirs}\n    notes: {notes}"
            )
        })
        .collect();
    let agreeing: Vec<String> = documented
        .keys()
        .filter(|(file, field)| !differences.contains_key(&(file.clone(), *field)))
        .map(|(file, field)| format!("{file} {field}"))
        .collect();
    eprintln!(
        "{TEST}: {} APKs compared with androguard {}, {parsed_by_both} manifests decoded by both; \
         {agreed} of {compared} fields agree ({certificates_agreed} certificate fingerprints), {} differ ({} documented, in {} files); {:.1} s",
        files.len(),
        theirs_by_path
            .values()
            .next()
            .map(|v| text(&v["androguard"]))
            .unwrap_or_default(),
        differences.len(),
        documented.len(),
        DOCUMENTED.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        undocumented.is_empty(),
        "{} undocumented differences with androguard:\n{}",
        undocumented.len(),
        undocumented.join("\n")
    );
    assert!(
        agreeing.is_empty(),
        "documented differences that no longer differ (remove them from DOCUMENTED): {agreeing:?}"
    );
    assert!(files.len() >= 98, "only {} APKs", files.len());
    assert!(
        parsed_by_both >= 80,
        "only {parsed_by_both} manifests compared"
    );
}
