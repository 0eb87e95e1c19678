//! Evasion shapes an attacker builds to make a known stalkerware app look like nothing: each
//! is built here in code and must still be reported as what it is (issue 12). The shapes come
//! from `unstalk_demo::crafted`, which the structural fuzz target starts from too.

use std::path::Path;

use unstalk_demo::axml::{Element, Value, write};
use unstalk_demo::crafted::{self, Expected, KNOWN_PACKAGE as KNOWN_STALKERWARE, ManifestShape};
use unstalk_indicators::snapshot::built_in;
use unstalk_judge::Verdict;
use unstalk_match::Matcher;
use unstalk_scan::{Scanner, Target, TargetKind};

/// A manifest for `package` whose `<application>` holds `padding` empty `<meta-data>`.
fn padded_manifest(package: &str, padding: u16) -> Vec<u8> {
    let mut manifest = ManifestShape::new(package);
    manifest.padding = padding;
    manifest.build()
}

fn write_deflated_apk(path: &Path, entries: &[(&str, &[u8])]) {
    std::fs::write(path, deflated_zip(entries)).expect("write APK");
}

/// A ZIP archive of `entries`, each deflated.
fn deflated_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let entries: Vec<unstalk_demo::zip::Entry<'_>> = entries
        .iter()
        .map(|(name, data)| unstalk_demo::zip::Entry {
            name,
            data,
            deflated: true,
            declared_size: None,
        })
        .collect();
    let archive = unstalk_demo::zip::write_entries(&entries, 0);
    [
        archive.entries,
        archive.central_directory,
        archive.end_record,
    ]
    .concat()
}

/// The report of a scan of `path`, its kind decided as `unstalk scan` decides it.
fn scan_found(path: &Path) -> unstalk_judge::ScanReport {
    let (targets, not_checked) =
        unstalk_scan::inputs::collect(&[path.to_path_buf()]).expect("collect");
    assert_eq!((targets.len(), not_checked.len()), (1, 0), "{path:?}");
    scan_as(path, targets[0].kind)
}

/// Every case of `unstalk_demo::crafted` (the structural fuzz target's starting points, and
/// fuzz seeds) is reported as what it is: known stalkerware however it hides, or the part that
/// could not be read named as not read, with nothing else said to be found.
#[test]
fn every_crafted_evasion_case_is_reported_as_what_it_is() {
    let dir = tempfile::tempdir().expect("temp dir");
    for case in crafted::cases() {
        let path = dir.path().join(format!("{}.apk", case.name));
        std::fs::write(&path, case.shape.build()).expect("write");
        let report = scan_found(&path);
        let verdicts: Vec<Verdict> = report.subjects.iter().map(|s| s.verdict).collect();
        match case.expected {
            Expected::KnownStalkerware => assert!(
                verdicts.contains(&Verdict::KnownStalkerware),
                "{}: {report:#?}",
                case.name
            ),
            Expected::NamedAsNotRead(entry) => {
                assert!(
                    !unread_naming(&report, entry).is_empty(),
                    "{}: {:#?}",
                    case.name,
                    report.not_checked
                );
                assert!(
                    verdicts.iter().all(|v| *v == Verdict::NothingFound),
                    "{}: {verdicts:?}",
                    case.name
                );
            }
        }
    }
}

fn scan(path: &Path) -> unstalk_judge::ScanReport {
    let (_, loaded) = built_in().expect("built-in snapshot");
    Scanner::new(Matcher::new(loaded.set)).scan(
        &[Target {
            path: path.to_path_buf(),
            kind: TargetKind::Apk,
        }],
        "2026-12-07T00:00:00Z",
        &|_| {},
    )
}

#[test]
fn a_manifest_padded_to_compress_past_any_ratio_is_still_read_and_matched() {
    let manifest = padded_manifest(KNOWN_STALKERWARE, 20_000);
    assert!(manifest.len() > 100_000, "{} bytes", manifest.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("padded.apk");
    write_deflated_apk(&path, &[("AndroidManifest.xml", &manifest)]);
    let compressed = std::fs::metadata(&path).expect("APK").len();
    assert!(
        manifest.len() as u64 > 200 * compressed,
        "{} bytes in {compressed}: not past the 200:1 ratio cap",
        manifest.len()
    );
    let report = scan(&path);
    let subject = report.subjects.first().expect("the app is reported");
    assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{subject:#?}");
    assert!(
        report.not_checked.iter().all(|n| n.id != "apk.behaviour"),
        "{:#?}",
        report.not_checked
    );
}

/// An app that is fine apart from `classes2.dex`, whose bytes are `second_dex`.
fn app_with_second_dex(path: &Path, second_dex: &[u8]) {
    let manifest = padded_manifest("org.example.notes", 0);
    let code = unstalk_demo::dex::write("Lorg/example/notes/Main;", &["https://example.org/"]);
    write_deflated_apk(
        path,
        &[
            ("AndroidManifest.xml", &manifest),
            ("classes.dex", &code),
            ("classes2.dex", second_dex),
        ],
    );
}

/// Rewrites the uncompressed size `name`'s local header and central directory record declare.
fn declare_uncompressed_size(apk: &mut [u8], name: &str, size: u32) {
    let fields = [
        (b"PK\x03\x04", 22usize, 30usize, 26usize),
        (b"PK\x01\x02", 24, 46, 28),
    ];
    for (signature, size_at, name_at, name_len_at) in fields {
        let mut patched = false;
        for start in 0..apk.len().saturating_sub(name_at) {
            if &apk[start..start + 4] != signature {
                continue;
            }
            let name_len = usize::from(u16::from_le_bytes([
                apk[start + name_len_at],
                apk[start + name_len_at + 1],
            ]));
            if apk.get(start + name_at..start + name_at + name_len) == Some(name.as_bytes()) {
                apk[start + size_at..start + size_at + 4].copy_from_slice(&size.to_le_bytes());
                patched = true;
            }
        }
        assert!(patched, "{name}: no {signature:?} record");
    }
}

/// The unread parts of `report` that name `entry`.
fn unread_naming<'a>(
    report: &'a unstalk_judge::ScanReport,
    entry: &str,
) -> Vec<&'a unstalk_judge::NotChecked> {
    report
        .unread()
        .filter(|n| n.description.contains(entry))
        .collect()
}

#[test]
fn a_secondary_dex_over_the_cap_is_named_as_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Declared larger than unstalk reads (a lying size, or an honest bomb: both are refused
    // before inflating) and one that inflates past the cap for real.
    let lying = dir.path().join("lying.apk");
    app_with_second_dex(&lying, b"dex\n035\0 small, but said to be 3.75 GiB");
    let mut bytes = std::fs::read(&lying).expect("APK");
    declare_uncompressed_size(&mut bytes, "classes2.dex", 0xF000_0000);
    std::fs::write(&lying, bytes).expect("APK");
    let report = scan(&lying);
    let named = unread_naming(&report, "classes2.dex");
    assert_eq!(named.len(), 1, "{:#?}", report.not_checked);
    assert!(named[0].why.contains("classes2.dex"), "{:#?}", named[0]);
    let subject = report.subjects.first().expect("the app is reported");
    assert_eq!(subject.verdict, Verdict::NothingFound);
    // What ran on the rest of the app is still listed as checked.
    assert!(report.checked.iter().any(|c| c.id == "apk.endpoints"));
}

#[test]
fn a_broken_dex_is_named_as_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let valid = unstalk_demo::dex::write("Lorg/example/notes/Extra;", &["hello"]);
    let truncated = valid.get(..50).expect("longer than 50 bytes").to_vec();
    let mut out_of_range = valid.clone();
    // string_ids_off (header offset 60) far past the end of the file.
    out_of_range[60..64].copy_from_slice(&0x00FF_FFF0u32.to_le_bytes());
    for (label, second) in [("truncated", truncated), ("out of range", out_of_range)] {
        let path = dir.path().join(format!("{}.apk", label.replace(' ', "-")));
        app_with_second_dex(&path, &second);
        let report = scan(&path);
        let named = unread_naming(&report, "classes2.dex");
        assert_eq!(named.len(), 1, "{label}: {:#?}", report.not_checked);
        assert_eq!(named[0].id, "apk.entry", "{label}");
    }
}

fn write_stored_apk(path: &Path, entries: &[(&str, &[u8])]) {
    let archive = unstalk_demo::zip::write(entries);
    std::fs::write(
        path,
        [
            archive.entries,
            archive.central_directory,
            archive.end_record,
        ]
        .concat(),
    )
    .expect("write APK");
}

#[test]
fn a_second_manifest_behind_a_benign_one_is_judged_as_the_app_it_describes() {
    let benign = padded_manifest("org.example.notes", 0);
    let hidden = padded_manifest(KNOWN_STALKERWARE, 0);
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, first, second) in [
        ("benign-first", &benign, &hidden),
        ("spy-first", &hidden, &benign),
    ] {
        let path = dir.path().join(format!("{name}.apk"));
        write_stored_apk(
            &path,
            &[
                ("AndroidManifest.xml", first),
                ("AndroidManifest.xml", second),
            ],
        );
        let report = scan(&path);
        let spy = report
            .subjects
            .iter()
            .find(|s| {
                matches!(&s.subject, unstalk_judge::Subject::App { package, .. }
                    if package == KNOWN_STALKERWARE)
            })
            .unwrap_or_else(|| panic!("{name}: the stalkerware copy is reported: {report:#?}"));
        assert_eq!(spy.verdict, Verdict::KnownStalkerware, "{name}");
        assert_eq!(
            report.subjects.len(),
            2,
            "{name}: one entry per app description"
        );
        // The hiding is said plainly, on the first copy's entry.
        let first = report.subjects.first().expect("first copy");
        let app = first.app.as_ref().expect("app details");
        let said = app
            .anomalies
            .iter()
            .find(|a| a.code == "apk.hidden-manifest")
            .unwrap_or_else(|| panic!("{name}: {:#?}", app.anomalies));
        assert!(
            said.description.contains("copy 2 of 2"),
            "{}",
            said.description
        );
    }
}

#[test]
fn a_second_classes_dex_behind_a_benign_one_is_searched_too() {
    let manifest = padded_manifest("org.example.notes", 0);
    let benign = unstalk_demo::dex::write("Lorg/example/notes/Main;", &["https://example.org/"]);
    let spy = unstalk_demo::dex::write(
        "Lorg/example/notes/Sync;",
        &["https://media-sync-a.thetruthspy.com/upload"],
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("two-dex.apk");
    write_stored_apk(
        &path,
        &[
            ("AndroidManifest.xml", &manifest),
            ("classes.dex", &benign),
            ("classes.dex", &spy),
        ],
    );
    let report = scan(&path);
    let subject = report.subjects.first().expect("the app");
    assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{subject:#?}");
    let from_second_copy = subject.findings.iter().any(|finding| {
        finding.evidence.iter().any(|evidence| {
            matches!(&evidence.source, unstalk_judge::EvidenceSource::File { entry: Some(entry), .. }
                if entry == "classes.dex (copy 2 of 2)")
        })
    });
    assert!(from_second_copy, "{:#?}", subject.findings);
}

fn scan_as(path: &Path, kind: TargetKind) -> unstalk_judge::ScanReport {
    let (_, loaded) = built_in().expect("built-in snapshot");
    Scanner::new(Matcher::new(loaded.set)).scan(
        &[Target {
            path: path.to_path_buf(),
            kind,
        }],
        "2026-12-07T00:00:00Z",
        &|_| {},
    )
}

/// The cases of `unstalk_demo::crafted` that put a DEX in front of an APK.
fn dex_in_front_cases() -> Vec<crafted::Case> {
    let cases: Vec<crafted::Case> = crafted::cases()
        .into_iter()
        .filter(|case| case.shape.dex_in_front.is_some())
        .collect();
    assert_eq!(cases.len(), 2, "offsets shifted and not");
    cases
}

#[test]
fn a_benign_dex_in_front_of_a_stalkerware_apk_hides_neither() {
    let dir = tempfile::tempdir().expect("temp dir");
    for case in dex_in_front_cases() {
        let shape = case.name;
        let polyglot = case.shape.build();
        for (name, kind) in [
            ("janus.dex", TargetKind::Dex),
            ("janus.apk", TargetKind::Apk),
        ] {
            let path = dir.path().join(name);
            std::fs::write(&path, &polyglot).expect("write");
            // Recognised by its ZIP directory whatever its name says.
            let (targets, _) =
                unstalk_scan::inputs::collect(std::slice::from_ref(&path)).expect("collect");
            assert_eq!(targets.len(), 1);
            let report = scan_as(&path, kind);
            let subject = report.subjects.first().expect("reported");
            assert_eq!(
                subject.verdict,
                Verdict::KnownStalkerware,
                "{shape}, {name}: {subject:#?}"
            );
            let app = subject.app.as_ref().expect("details");
            assert!(
                app.anomalies
                    .iter()
                    .any(|a| a.code == "apk.dex-zip-polyglot"),
                "{shape}, {name}: {:#?}",
                app.anomalies
            );
            assert!(
                app.dex
                    .iter()
                    .any(|dex| dex.entry.contains("before the ZIP data")),
                "{shape}, {name}: the DEX half is read too: {:#?}",
                app.dex
            );
            assert!(
                subject
                    .findings
                    .iter()
                    .any(|f| f.id == unstalk_judge::FindingId::ApkEvasion),
                "{shape}, {name}: the shape is tampering"
            );
        }
    }
}

/// An acquisition folder whose dumps are a link to a secret elsewhere, a link to a device and
/// a FIFO (cases 7 and 8): none is followed or opened, each is named as not read, and nothing
/// of the secret reaches the report.
#[cfg(unix)]
#[test]
fn links_fifos_and_devices_in_an_acquisition_are_never_read() {
    use unstalk_android::acquisition::read_acquisition;
    use unstalk_scan::android::PhoneSource;
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = outside.path().join("shadow");
    std::fs::write(&secret, "root:$6$secret-hash:19000:0:99999:7:::\n").expect("secret");
    let acquisition = tempfile::tempdir().expect("temp dir");
    let root = acquisition.path();
    std::os::unix::fs::symlink(&secret, root.join("packages.json")).expect("link");
    std::os::unix::fs::symlink("/dev/zero", root.join("ps.txt")).expect("device link");
    let fifo = root.join("getprop.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", fifo.display());

    let (state, _) = read_acquisition(root).expect("recognised as an acquisition");
    let source = PhoneSource {
        location: root.display().to_string(),
        kind: unstalk_judge::InputKind::AndroidDumps,
        sha256: None,
        serial: None,
        model: None,
        reference_day: None,
        apk_folder: None,
    };
    let (_, loaded) = built_in().expect("built-in snapshot");
    let report =
        Scanner::new(Matcher::new(loaded.set)).scan_phone(&state, &source, "2026-12-07T00:00:00Z");
    let json = serde_json::to_string(&report).expect("JSON");
    assert!(!json.contains("secret-hash"), "quoted from outside: {json}");
    for name in ["packages.json", "ps.txt", "getprop.txt"] {
        let named = report
            .unread()
            .find(|n| n.description.contains(name))
            .unwrap_or_else(|| panic!("{name} not named: {:#?}", report.not_checked));
        assert!(
            named.why.contains("link") || named.why.contains("not a regular file"),
            "{name}: {}",
            named.why
        );
    }
}

/// Code of TheTruthSpy: its upload server, listed in the built-in snapshot.
fn spy_dex() -> Vec<u8> {
    crafted::spy_code().build()
}

/// A benign-looking app (`org.example.notes`, its own harmless code) carrying `extra`.
fn carrier(path: &Path, extra: &[(&str, &[u8])]) {
    let manifest = padded_manifest("org.example.notes", 0);
    let code = unstalk_demo::dex::write("Lorg/example/notes/Main;", &["https://example.org/"]);
    let mut entries: Vec<(&str, &[u8])> =
        vec![("AndroidManifest.xml", &manifest), ("classes.dex", &code)];
    entries.extend_from_slice(extra);
    write_deflated_apk(path, &entries);
}

fn scan_with(path: &Path, limits: unstalk_scan::Limits) -> unstalk_judge::ScanReport {
    let (_, loaded) = built_in().expect("built-in snapshot");
    Scanner::new(Matcher::new(loaded.set))
        .with_limits(limits)
        .scan(
            &[Target {
                path: path.to_path_buf(),
                kind: TargetKind::Apk,
            }],
            "2026-12-07T00:00:00Z",
            &|_| {},
        )
}

/// Whether a finding of `subject` has evidence from the entry `entry`.
fn found_in(subject: &unstalk_judge::SubjectReport, entry: &str) -> bool {
    subject.findings.iter().any(|finding| {
        finding.evidence.iter().any(|evidence| {
            matches!(&evidence.source, unstalk_judge::EvidenceSource::File { entry: Some(e), .. }
                if e == entry)
        })
    })
}

fn embedded_code_anomalies(subject: &unstalk_judge::SubjectReport) -> Vec<String> {
    let app = subject.app.as_ref().expect("app details");
    app.anomalies
        .iter()
        .filter(|a| a.code == "apk.embedded-code")
        .map(|a| a.description.clone())
        .collect()
}

#[test]
fn stalkerware_code_two_archives_deep_is_known_stalkerware() {
    let spy = spy_dex();
    let b = deflated_zip(&[("classes.dex", &spy)]);
    let a = deflated_zip(&[("assets/b.apk", &b)]);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dropper.apk");
    carrier(&path, &[("assets/a.apk", &a)]);
    let report = scan(&path);
    let subject = report.subjects.first().expect("the app");
    assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{subject:#?}");
    assert!(
        found_in(subject, "assets/a.apk!assets/b.apk!classes.dex"),
        "{:#?}",
        subject.findings
    );
    let said = embedded_code_anomalies(subject);
    assert!(
        said.iter().any(|d| d.starts_with("assets/a.apk ")),
        "{said:#?}"
    );
    assert_eq!(report.unread().count(), 0, "{:#?}", report.not_checked);
}

#[test]
fn stalkerware_code_under_a_name_that_is_not_code_is_known_stalkerware() {
    let spy = spy_dex();
    // An ODEX wraps the DEX at the offset its header gives (40: right after the header).
    let mut odex = b"dey\n036\0".to_vec();
    odex.extend_from_slice(&40u32.to_le_bytes());
    odex.extend_from_slice(&u32::try_from(spy.len()).expect("small").to_le_bytes());
    odex.resize(40, 0);
    odex.extend_from_slice(&spy);
    // A VDEX of Android 8 to 11 holds the DEX files it verified, after its own header.
    let mut vdex = b"vdex021\0".to_vec();
    vdex.resize(64, 0);
    vdex.extend_from_slice(&spy);
    let shapes: [(&str, &[u8], &str); 4] = [
        ("assets/x.bin", &spy, "assets/x.bin"),
        ("res/raw/logo.png", &spy, "res/raw/logo.png"),
        (
            "assets/cache.dat",
            &odex,
            "assets/cache.dat (DEX at byte 40)",
        ),
        ("assets/state", &vdex, "assets/state (DEX at byte 64)"),
    ];
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, bytes, evidence) in shapes {
        let path = dir.path().join("hidden.apk");
        carrier(&path, &[(name, bytes)]);
        let report = scan(&path);
        let subject = report.subjects.first().expect("the app");
        assert_eq!(
            subject.verdict,
            Verdict::KnownStalkerware,
            "{name}: {subject:#?}"
        );
        assert!(
            found_in(subject, evidence),
            "{name}: {:#?}",
            subject.findings
        );
        let said = embedded_code_anomalies(subject);
        assert!(
            said.iter().any(|d| d.starts_with(&format!("{name} "))),
            "{name}: {said:#?}"
        );
        assert_eq!(
            report.unread().count(),
            0,
            "{name}: {:#?}",
            report.not_checked
        );
    }
}

#[test]
fn native_code_under_another_name_is_embedded_code_given_to_yara() {
    let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
    elf.resize(256, 0);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("native.apk");
    carrier(
        &path,
        &[("assets/helper", &elf), ("lib/arm64-v8a/libok.so", &elf)],
    );
    let report = scan(&path);
    let subject = report.subjects.first().expect("the app");
    let said = embedded_code_anomalies(subject);
    // Under lib/ it is a library Android loads; elsewhere it is run by the app itself.
    assert_eq!(said.len(), 1, "{said:#?}");
    assert!(
        said[0].starts_with("assets/helper holds native code"),
        "{said:#?}"
    );

    // Given to YARA as a native library is: a rule for ELF files matches it there.
    let mut marked = elf.clone();
    marked.extend_from_slice(b"spy-upload-marker");
    carrier(&path, &[("assets/helper", &marked)]);
    let rules = dir.path().join("elf.yar");
    std::fs::write(
        &rules,
        "rule hidden_elf { strings: $a = \"spy-upload-marker\" condition: uint32(0) == 0x464c457f and $a }",
    )
    .expect("write rules");
    let set = unstalk_indicators::load(&rules, unstalk_indicators::ReadOptions { strict: true })
        .expect("rules load")
        .set;
    let report = Scanner::new(Matcher::new(set)).scan(
        &[Target {
            path: path.clone(),
            kind: TargetKind::Apk,
        }],
        "2026-12-07T00:00:00Z",
        &|_| {},
    );
    let subject = report.subjects.first().expect("the app");
    let yara = subject
        .findings
        .iter()
        .any(|f| f.id == unstalk_judge::FindingId::IndicatorYara);
    assert!(
        yara && found_in(subject, "assets/helper"),
        "{:#?}",
        subject.findings
    );
}

/// `entry` is named, once, as not read because of an embedded-code budget of `budget` bytes.
fn assert_stopped_by_budget(report: &unstalk_judge::ScanReport, entry: &str, budget: usize) {
    let named = unread_naming(report, entry);
    assert_eq!(named.len(), 1, "{:#?}", report.not_checked);
    assert!(
        named[0].why.contains(&format!("at most {budget} bytes")),
        "{:#?}",
        named[0]
    );
}

#[test]
fn what_the_depth_and_byte_budgets_stop_is_named_as_not_checked() {
    let spy = spy_dex();
    let dir = tempfile::tempdir().expect("temp dir");
    // Six archives deep, past the four unstalk opens.
    let mut nested = deflated_zip(&[("classes.dex", &spy)]);
    for _ in 0..5 {
        nested = deflated_zip(&[("assets/n.apk", &nested)]);
    }
    let deep = dir.path().join("deep.apk");
    carrier(&deep, &[("assets/n.apk", &nested)]);
    let report = scan(&deep);
    let stopped = "assets/n.apk!assets/n.apk!assets/n.apk!assets/n.apk!assets/n.apk";
    let named: Vec<_> = report
        .unread()
        .filter(|n| n.description.starts_with(&format!("{stopped} in ")))
        .collect();
    assert_eq!(named.len(), 1, "{:#?}", report.not_checked);
    assert!(
        named[0].why.contains("nested more than 4 deep"),
        "{:#?}",
        named[0]
    );

    // A DEX under another name larger than what is left of the byte budget.
    let hidden = dir.path().join("budget.apk");
    let second = spy_dex();
    carrier(
        &hidden,
        &[("assets/a.bin", &spy), ("assets/x.bin", &second)],
    );
    let limits = unstalk_scan::Limits {
        embedded_total: spy.len() as u64 + 10,
        ..unstalk_scan::Limits::default()
    };
    let report = scan_with(&hidden, limits.clone());
    assert_stopped_by_budget(&report, "assets/x.bin", spy.len() + 10);
    let subject = report.subjects.first().expect("the app");
    // What fit in the budget was read: the first copy is found.
    assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{subject:#?}");

    // One that says it fits and makes more is stopped by the budget all the same.
    let mut bytes = std::fs::read(&hidden).expect("APK");
    declare_uncompressed_size(&mut bytes, "assets/x.bin", 8);
    std::fs::write(&hidden, bytes).expect("APK");
    let report = scan_with(&hidden, limits);
    assert_stopped_by_budget(&report, "assets/x.bin", spy.len() + 10);
}

#[test]
fn optimised_code_with_no_dex_inside_is_named_as_not_read() {
    let mut odex = b"dey\n036\0".to_vec();
    odex.resize(200, 0);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("odex.apk");
    carrier(&path, &[("assets/cache.dat", &odex)]);
    let report = scan(&path);
    let named = unread_naming(&report, "assets/cache.dat");
    assert_eq!(named.len(), 1, "{:#?}", report.not_checked);
    assert!(named[0].why.contains("no DEX file"), "{:#?}", named[0]);
}

#[test]
fn ordinary_assets_are_no_embedded_code_and_leave_nothing_unread() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
    let fonts = deflated_zip(&[("font.ttf", b"\0\x01\0\0 a font, not code")]);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("benign.apk");
    carrier(
        &path,
        &[
            ("assets/logo.png", png),
            ("res/drawable/icon.png", png),
            ("assets/readme.txt", b"Thanks for using Notes.\n"),
            ("assets/fonts.zip", &fonts),
            ("assets/empty", b""),
        ],
    );
    let report = scan(&path);
    let subject = report.subjects.first().expect("the app");
    assert_eq!(subject.verdict, Verdict::NothingFound, "{subject:#?}");
    assert_eq!(embedded_code_anomalies(subject), Vec::<String>::new());
    assert_eq!(report.unread().count(), 0, "{:#?}", report.not_checked);
}

/// `AndroidManifest.xml` whose package name is `package` and whose `<application>` sits
/// inside `depth` nested elements. The writer and the element tree recurse, so they get a
/// thread with room for that; the scanner must not need it.
fn nested_manifest(package: &str, depth: usize) -> Vec<u8> {
    let package = package.to_owned();
    std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let mut inner = Element::new("application");
            for _ in 0..depth {
                inner = Element::new("meta-data").child(inner);
            }
            write(
                &Element::new("manifest")
                    .plain("package", Value::Str(package))
                    .child(inner),
            )
        })
        .expect("thread")
        .join()
        .expect("the manifest is written")
}

/// Issue 12, case 2 (variants): a manifest no real app has — a 5 MB package name, or elements
/// nested 100,000 deep — is either read or named as not read, and the app-id check is then not
/// claimed as done.
#[test]
fn a_huge_package_name_or_deep_nesting_is_read_or_named_as_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long_name = format!("com.{}", "a".repeat(5_000_000));
    let shapes = [
        (
            "long-name.apk",
            long_name.as_str(),
            nested_manifest(&long_name, 0),
        ),
        (
            "deep.apk",
            KNOWN_STALKERWARE,
            nested_manifest(KNOWN_STALKERWARE, 100_000),
        ),
    ];
    for (name, package, manifest) in shapes {
        let path = dir.path().join(name);
        write_deflated_apk(&path, &[("AndroidManifest.xml", &manifest)]);
        let report = scan(&path);
        let subject = report.subjects.first().expect("the app is reported");
        let named = report
            .not_checked
            .iter()
            .any(|item| item.unread && item.description.contains("AndroidManifest.xml"));
        let read = matches!(&subject.subject, unstalk_judge::Subject::App { package: seen, .. } if seen == package);
        eprintln!(
            "{name}: read: {read}, verdict {:?}, named as not read: {named}",
            subject.verdict
        );
        assert!(read || named, "{name}: {:#?}", report.not_checked);
        if read && package == KNOWN_STALKERWARE {
            assert_eq!(subject.verdict, Verdict::KnownStalkerware, "{name}");
            // What sits below the depth cap (here the whole <application>) was not read.
            assert!(named, "{name}: {:#?}", report.not_checked);
        }
        if !read {
            assert!(
                report.checked.iter().all(|check| check.id != "apk.package"),
                "{name}: {:#?}",
                report.checked
            );
        }
    }
}

/// The silent-skip audit of issue 12: a `resources.arsc` that is present but cannot be read is
/// named as not read (its strings were not searched), where before it was dropped unsaid; an
/// app without one leaves nothing unread.
#[test]
fn an_unreadable_resource_table_is_named_as_not_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let manifest = padded_manifest("org.example.notes", 0);
    let broken = dir.path().join("broken-table.apk");
    write_deflated_apk(
        &broken,
        &[
            ("AndroidManifest.xml", &manifest),
            ("resources.arsc", b"not a resource table at all"),
        ],
    );
    let report = scan(&broken);
    let named: Vec<&str> = report
        .unread()
        .filter(|item| item.description.contains("resources.arsc"))
        .map(|item| item.why.as_str())
        .collect();
    assert_eq!(named.len(), 1, "{:#?}", report.not_checked);

    let without = dir.path().join("no-table.apk");
    write_deflated_apk(&without, &[("AndroidManifest.xml", &manifest)]);
    let report = scan(&without);
    assert_eq!(report.unread().count(), 0, "{:#?}", report.not_checked);
}

/// A second manifest that copies the first one's CRC-32 and size into its records (both are
/// the attacker's to write) is still read: copies are told apart by what they hold.
#[test]
fn a_second_manifest_claiming_the_first_ones_crc_and_size_is_still_read() {
    let benign = padded_manifest("org.example1", 0);
    let hidden = padded_manifest(KNOWN_STALKERWARE, 0);
    assert_eq!(
        benign.len(),
        hidden.len(),
        "same length: same declared size"
    );
    let archive = unstalk_demo::zip::write(&[
        ("AndroidManifest.xml", &benign),
        ("AndroidManifest.xml", &hidden),
    ]);
    let mut bytes = [
        archive.entries,
        archive.central_directory,
        archive.end_record,
    ]
    .concat();
    let opened = unstalk_apk::container::Apk::from_bytes(bytes.clone()).expect("opens");
    let [first_crc, hidden_crc] = [0, 1].map(|copy| opened.entries()[copy].crc32.to_le_bytes());
    let mut replaced = 0;
    for at in 0..bytes.len().saturating_sub(4) {
        if bytes[at..at + 4] == hidden_crc {
            bytes[at..at + 4].copy_from_slice(&first_crc);
            replaced += 1;
        }
    }
    assert_eq!(replaced, 2, "the local header and the directory record");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("same-crc.apk");
    std::fs::write(&path, bytes).expect("write");
    let report = scan(&path);
    let known = report
        .subjects
        .iter()
        .any(|s| s.verdict == Verdict::KnownStalkerware);
    let named = !unread_naming(&report, "AndroidManifest.xml (copy 2 of 2)").is_empty();
    assert!(known || named, "{report:#?}");
}
