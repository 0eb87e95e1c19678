//! The scanner on the shared corpus: the synthetic APKs get the verdicts their MANIFEST.csv
//! describes, the real benign APKs (androguard's test set) get no stalkerware verdict, the
//! identity block equals the ground truth, malformed files are errors or reports (never
//! panics), and a parallel scan equals a serial one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use unstalk_indicators::{Indicator, IndicatorKind, IndicatorSet, Provenance, ReadOptions, Role};
use unstalk_judge::{FindingId, InputKind, ScanReport, SubjectReport, Verdict};
use unstalk_match::Matcher;
use unstalk_scan::{Scanner, inputs, thread_pool};

mod common;

use common::{echap, scan_paths as scan};

/// Each file's first report entry (a file with two app descriptions has an entry for each).
fn by_path(report: &ScanReport) -> BTreeMap<String, &SubjectReport> {
    let mut first = BTreeMap::new();
    for subject in &report.subjects {
        let app = subject.app.as_ref().expect("file scans carry details");
        first.entry(app.file.path.clone()).or_insert(subject);
    }
    first
}

fn families(subject: &SubjectReport) -> Vec<String> {
    subject
        .reasons
        .iter()
        .filter_map(|&i| {
            subject
                .findings
                .get(i as usize)?
                .indicator
                .as_ref()?
                .family
                .clone()
        })
        .collect()
}

fn has(subject: &SubjectReport, id: &FindingId) -> bool {
    subject.findings.iter().any(|finding| &finding.id == id)
}

type Row = BTreeMap<String, String>;

fn manifest_rows(corpus: &Path) -> Vec<Row> {
    let mut reader =
        csv::Reader::from_path(corpus.join("apks/synthetic/MANIFEST.csv")).expect("MANIFEST.csv");
    reader
        .deserialize::<Row>()
        .map(|row| row.expect("MANIFEST.csv row"))
        .collect()
}

#[test]
fn synthetic_apks_get_the_verdicts_their_manifest_describes() {
    let Some(corpus) = unstalk_testkit::corpus("synthetic verdicts") else {
        return;
    };
    let synthetic = corpus.join("apks/synthetic");
    let report = scan(echap(&corpus), std::slice::from_ref(&synthetic));
    let subjects = by_path(&report);
    let mut checked = 0;
    for row in manifest_rows(&corpus) {
        let file = &row["file"];
        let path = synthetic.join(file).display().to_string();
        let kind = row["kind"].as_str();
        let expected = row["expected"].as_str();
        if kind == "malformed-axml" || kind == "axml" {
            continue; // bare manifests: not app files, not taken from a folder
        }
        let Some(subject) = subjects.get(&path) else {
            assert_eq!(kind, "malformed", "{file} was not scanned");
            let unreadable = report
                .not_checked
                .iter()
                .any(|n| n.id == "apk.read" && n.why.contains(file.as_str()));
            assert!(unreadable, "{file}: neither a report nor a read error");
            checked += 1;
            continue;
        };
        let family = row["ioc_family"].as_str();
        let in_code = matches!(
            row["c2_location"].as_str(),
            "dex" | "dex2" | "assets" | "arsc"
        );
        match (kind, expected) {
            ("app" | "sign-variant", "benign") => {
                assert_eq!(subject.verdict, Verdict::NothingFound, "{file}")
            }
            ("app", "ioc-stalkerware") => {
                assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{file}");
                assert!(families(subject).iter().any(|f| f == family), "{file}");
                // Behaviour is judged too, even when an indicator decides.
                assert!(
                    has(subject, &FindingId::AppBehaviourStalkerwareLike),
                    "{file}"
                );
            }
            ("app", "unknown-stalkerlike") => {
                assert_eq!(subject.verdict, Verdict::StalkerwareLike, "{file}");
                assert!(has(subject, &FindingId::AppBehaviourStalkerwareLike));
                assert!(has(subject, &FindingId::AppCovertNoLauncher));
            }
            ("app", "watchware") => {
                assert_eq!(subject.verdict, Verdict::KnownWatchware, "{file}");
                assert!(families(subject).iter().any(|f| f == family), "{file}");
                assert!(
                    !has(subject, &FindingId::AppBehaviourStalkerwareLike),
                    "{file}"
                );
            }
            ("app", "yara-positive") => {
                assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{file}");
                assert!(has(subject, &FindingId::IndicatorYara), "{file}");
            }
            ("dex", "yara-positive") => assert!(has(subject, &FindingId::IndicatorYara), "{file}"),
            ("dex", "yara-negative") => assert!(!has(subject, &FindingId::IndicatorYara), "{file}"),
            ("dex", "ioc-stalkerware") if in_code => {
                assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{file}");
                assert!(families(subject).iter().any(|f| f == family), "{file}");
            }
            // DEX files of apps whose indicators are elsewhere (manifest, assets, resources).
            ("dex", _) => assert_eq!(subject.verdict, Verdict::NothingFound, "{file}"),
            ("malformed", _) => {
                // Readable in part: whatever is decided rests on what Android would read.
            }
            other => panic!("{file}: no expectation for {other:?}"),
        }
        checked += 1;
    }
    assert!(checked >= 36, "only {checked} MANIFEST rows checked");
}

#[test]
fn malformed_apks_are_read_as_android_reads_them_and_say_what_is_odd() {
    let Some(malformed) = unstalk_testkit::corpus_path("malformed", "apks/synthetic/malformed")
    else {
        return;
    };
    let corpus = malformed.join("../../..");
    let report = scan(echap(&corpus), std::slice::from_ref(&malformed));
    let subjects = by_path(&report);
    let get = |name: &str| {
        subjects
            .get(&malformed.join(name).display().to_string())
            .copied()
            .unwrap_or_else(|| panic!("{name} scanned"))
    };
    let codes = |subject: &SubjectReport| -> Vec<String> {
        let app = subject.app.as_ref().expect("details");
        app.anomalies.iter().map(|a| a.code.clone()).collect()
    };
    let prefixed = get("prefixed-garbage-ioc-thetruth.apk");
    assert_eq!(prefixed.verdict, Verdict::KnownStalkerware);
    assert!(codes(prefixed).contains(&"zip.data-before-first-entry".to_owned()));
    assert!(has(prefixed, &FindingId::ApkEvasion));
    // Old Android read the first of two manifests, the benign one (new Android refuses the
    // file); the app the second describes is reported as itself.
    let duplicated = get("dup-manifest-benign-notes-then-ioc-thetruth.apk");
    assert!(codes(duplicated).contains(&"zip.duplicate-entry".to_owned()));
    assert!(codes(duplicated).contains(&"apk.hidden-manifest".to_owned()));
    let hidden: Vec<&SubjectReport> = report
        .subjects
        .iter()
        .filter(|s| {
            s.app
                .as_ref()
                .is_some_and(|app| app.file.path == duplicated_path(&malformed))
                && !std::ptr::eq(*s, duplicated)
        })
        .collect();
    assert_eq!(hidden.len(), 1);
    assert_eq!(
        hidden[0].verdict,
        Verdict::KnownStalkerware,
        "{:#?}",
        hidden[0]
    );
    let plain = get("plaintext-manifest-benign-notes.apk");
    assert!(matches!(plain.subject, unstalk_judge::Subject::File { .. }));
    assert!(
        report
            .not_checked
            .iter()
            .any(|n| n.id == "apk.behaviour" && n.description.contains("plaintext-manifest"))
    );
    let unreadable = report
        .not_checked
        .iter()
        .filter(|n| n.id == "apk.read")
        .count();
    assert_eq!(
        unreadable, 4,
        "empty, not a zip, two truncated: {:?}",
        report.not_checked
    );
    assert_eq!(
        report.inputs.len(),
        subjects.len() + unreadable,
        "every input is listed, read or not"
    );
}

fn duplicated_path(malformed: &Path) -> String {
    malformed
        .join("dup-manifest-benign-notes-then-ioc-thetruth.apk")
        .display()
        .to_string()
}

#[test]
fn real_benign_apks_get_no_stalkerware_verdict() {
    let Some(androguard) = unstalk_testkit::corpus_path("benign APKs", "apks/androguard") else {
        return;
    };
    let corpus = androguard.join("../..");
    let report = scan(echap(&corpus), std::slice::from_ref(&androguard));
    let apks = report
        .inputs
        .iter()
        .filter(|input| input.kind == InputKind::Apk)
        .count();
    assert!(apks >= 70, "only {apks} APKs found");
    let flagged: Vec<String> = report
        .subjects
        .iter()
        .filter(|subject| subject.verdict != Verdict::NothingFound)
        .map(|subject| format!("{:?}: {:?}", subject.subject, subject.verdict))
        .collect();
    assert!(flagged.is_empty(), "false positives: {flagged:#?}");
}

#[test]
fn the_identity_block_equals_the_ground_truth() {
    let Some(corpus) = unstalk_testkit::corpus("identity") else {
        return;
    };
    let synthetic = corpus.join("apks/synthetic");
    let rows = manifest_rows(&corpus);
    let apps: Vec<&Row> = rows
        .iter()
        .filter(|row| matches!(row["kind"].as_str(), "app" | "sign-variant"))
        .collect();
    let paths: Vec<PathBuf> = apps
        .iter()
        .map(|row| synthetic.join(&row["file"]))
        .collect();
    let report = scan(IndicatorSet::default(), &paths);
    for (row, subject) in apps.iter().zip(&report.subjects) {
        let file = &row["file"];
        let app = subject.app.as_ref().expect("details");
        assert_eq!(app.file.sha256, row["sha256"], "{file}");
        assert_eq!(app.file.size.to_string(), row["size"], "{file}");
        assert_eq!(
            app.package.as_deref(),
            Some(row["package"].as_str()),
            "{file}"
        );
        assert_eq!(
            app.version_code.map(|v| v.to_string()).as_deref(),
            Some(row["version_code"].as_str()),
            "{file}"
        );
        // `v1=sha1|sha1;v2=sha1`: each scheme's signers (key-rotation history aside).
        let mut ours: Vec<String> = app
            .certificates
            .iter()
            .flat_map(|c| {
                c.schemes
                    .iter()
                    .filter(|scheme| *scheme != "lineage")
                    .map(move |scheme| format!("{scheme}={}", c.sha1))
            })
            .collect();
        if row["v1_verified"] == "false" {
            // MANIFEST lists the signers of the schemes apksigner verified; unstalk reads v1
            // certificates without verifying (a DSA v1 signature apksigner refuses for API
            // 18-23 still names its certificate).
            ours.retain(|entry| !entry.starts_with("v1="));
        }
        ours.sort();
        let mut expected: Vec<String> = row["certs_by_scheme_sha1"]
            .split(';')
            .filter(|s| !s.is_empty())
            .flat_map(|entry| {
                let (scheme, shas) = entry.split_once('=').unwrap_or((entry, ""));
                shas.split('|')
                    .map(move |sha| format!("{scheme}={}", sha.to_ascii_lowercase()))
            })
            .collect();
        expected.sort();
        assert_eq!(ours, expected, "{file}: signer certificates");
        if row["expected"] == "ioc-stalkerware" {
            assert!(
                app.permissions
                    .iter()
                    .any(|p| p == "android.permission.READ_SMS")
            );
            assert!(
                app.components
                    .iter()
                    .any(|c| c.kind == "activity-alias" && !c.enabled),
                "{file}: the disabled launcher alias is listed"
            );
            assert!(!app.dex.is_empty());
        }
    }
    assert_eq!(report.subjects.len(), apps.len());
}

#[test]
fn a_listed_signing_certificate_names_the_family() {
    let Some(corpus) = unstalk_testkit::corpus("certificate match") else {
        return;
    };
    let apk = corpus.join("apks/synthetic/apk/sig-v1v2-ec256.apk");
    let keys =
        std::fs::read_to_string(corpus.join("apks/synthetic/keys/KEYS.csv")).expect("KEYS.csv");
    let sha1 = keys
        .lines()
        .find(|line| line.starts_with("corpus-ec256,"))
        .and_then(|line| line.split(',').find(|field| field.len() == 40))
        .expect("EC key's SHA-1");
    let mut set = echap(&corpus);
    set.indicators.push(Indicator {
        kind: IndicatorKind::CertSha1,
        value: sha1.to_ascii_lowercase(),
        family: Some("TheTruthSpy".into()),
        family_kind: None,
        role: Some(Role::Sample),
        label: None,
        provenance: Provenance::default(),
    });
    let report = scan(set, &[apk]);
    let subject = &report.subjects[0];
    assert_eq!(subject.verdict, Verdict::KnownStalkerware);
    assert!(has(subject, &FindingId::IndicatorSigningCert));
    assert_eq!(families(subject), ["TheTruthSpy"]);
}

#[test]
fn user_yara_rules_run_beside_the_feed_rules() {
    let Some(corpus) = unstalk_testkit::corpus("user YARA rules") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temp dir");
    let rules = folder.path().join("mine.yar");
    // Same rule name as Echap's, different source: both must be told apart.
    std::fs::write(
        &rules,
        "rule snoopza { strings: $a = \"notes.example.org\" condition: uint16(0) == 0x6564 and $a }",
    )
    .expect("write rules");
    let mut set = echap(&corpus);
    set.merge(
        unstalk_indicators::load(&rules, ReadOptions { strict: true })
            .expect("rules load")
            .set,
    );
    let report = scan(
        set,
        &[
            corpus.join("apks/synthetic/apk/benign-notes.apk"),
            corpus.join("apks/synthetic/dex/yara-fixture-snoopza-7of9.dex"),
        ],
    );
    let yara_hits = |subject: &SubjectReport| -> Vec<(Option<String>, String)> {
        subject
            .findings
            .iter()
            .filter(|f| f.id == FindingId::IndicatorYara)
            .map(|f| {
                let indicator = f.indicator.as_ref().expect("indicator");
                (indicator.family.clone(), indicator.source.clone())
            })
            .collect()
    };
    let notes = yara_hits(&report.subjects[0]);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0].0, None, "a rule file on its own names no family");
    let fixture = yara_hits(&report.subjects[1]);
    assert_eq!(fixture.len(), 1, "{fixture:?}");
    assert_eq!(fixture[0].0.as_deref(), Some("Snoopza"));
    assert!(report.checked.iter().any(|c| c.id == "apk.yara"));
}

#[test]
fn a_parallel_scan_equals_a_serial_one() {
    let Some(apks) = unstalk_testkit::corpus_path("parallel", "apks") else {
        return;
    };
    let corpus = apks.join("..");
    let (targets, _) = inputs::collect(std::slice::from_ref(&apks)).expect("corpus");
    let scanner = Scanner::new(Matcher::new(echap(&corpus)));
    let run = |jobs| {
        thread_pool(Some(jobs))
            .expect("threads")
            .install(|| scanner.scan(&targets, "2026-11-23T00:00:00Z", &|_| {}))
    };
    let serial = run(1);
    assert_eq!(serial, run(4));
    assert!(serial.subjects.len() > 100);
}

/// Writes a stored ZIP with `entries`.
fn write_zip(path: &Path, entries: &[(&str, Vec<u8>)]) {
    let file = std::fs::File::create(path).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, data) in entries {
        zip.start_file(*name, options).expect("entry");
        std::io::Write::write_all(&mut zip, data).expect("write entry");
    }
    zip.finish().expect("finish zip");
}

#[test]
fn code_carried_inside_an_app_is_scanned_too() {
    let Some(corpus) = unstalk_testkit::corpus("embedded code") else {
        return;
    };
    let synthetic = corpus.join("apks/synthetic");
    let carrier = unstalk_apk::container::Apk::open(synthetic.join("apk/benign-notes.apk"))
        .expect("benign APK opens");
    let limits = unstalk_apk::container::Limits::default();
    let mut entries: Vec<(&str, Vec<u8>)> = carrier
        .entries()
        .iter()
        .filter(|e| !e.name.starts_with("META-INF/"))
        .map(|e| {
            let data = carrier.read(e, &limits).expect("entry reads").data;
            (e.name.as_str(), data)
        })
        .collect();
    // A dropper: the real app as an asset, and extra code loaded at run time.
    let payload = std::fs::read(synthetic.join("apk/ioc-thetruth.apk")).expect("payload");
    let payload_sha256 = unstalk_apk::Hashes::of(&payload).sha256;
    entries.push(("assets/update.apk", payload));
    entries.push((
        "assets/plugin.dex",
        std::fs::read(synthetic.join("dex/yara-fixture-snoopza-7of9.dex")).expect("dex"),
    ));
    let folder = tempfile::tempdir().expect("temp dir");
    let dropper = folder.path().join("dropper.apk");
    write_zip(&dropper, &entries);
    // The payload's hash is a known sample.
    let mut set = echap(&corpus);
    set.indicators.push(Indicator {
        kind: IndicatorKind::FileSha256,
        value: hex::encode(payload_sha256),
        family: Some("TheTruthSpy".into()),
        family_kind: None,
        role: Some(Role::Sample),
        label: None,
        provenance: Provenance::default(),
    });
    let report = scan(set, &[dropper]);
    let subject = &report.subjects[0];
    assert_eq!(subject.verdict, Verdict::KnownStalkerware);
    let reason_families = families(subject);
    assert!(
        reason_families.iter().any(|f| f == "TheTruthSpy"),
        "{reason_families:?}"
    );
    assert!(
        reason_families.iter().any(|f| f == "Snoopza"),
        "{reason_families:?}"
    );
    assert!(has(subject, &FindingId::IndicatorFileHash));
    assert!(has(subject, &FindingId::IndicatorYara));
    assert!(has(subject, &FindingId::ApkEvasion));
    let app = subject.app.as_ref().expect("details");
    let code: Vec<&str> = app.dex.iter().map(|d| d.entry.as_str()).collect();
    assert_eq!(
        code,
        [
            "classes.dex",
            "assets/update.apk!classes.dex",
            "assets/plugin.dex"
        ]
    );
}
