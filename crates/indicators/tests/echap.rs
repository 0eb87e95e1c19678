//! Echap layout: the real feed (counts, quirks, lossless round trip, determinism), the older
//! snapshots, and malformed inputs built in code.

use std::path::{Path, PathBuf};

use unstalk_indicators::formats::echap;
use unstalk_indicators::{
    Diagnostic, Error, Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Loaded,
    Provenance, Role, Sample, Severity, Source, SourceFormat, YaraSource,
};

/// The corpus folder in Echap layout, or `None` (the test returns early, loudly).
fn corpus_folder(test: &str) -> Option<PathBuf> {
    let ioc = unstalk_testkit::corpus_path(test, "stalkerware-indicators/ioc.yaml")?;
    ioc.parent().map(Path::to_path_buf)
}

fn with_code<'a>(diagnostics: &'a [Diagnostic], code: &str) -> Vec<&'a Diagnostic> {
    diagnostics.iter().filter(|d| d.code == code).collect()
}

fn has(set: &IndicatorSet, kind: IndicatorKind, value: &str, family: &str, role: Option<Role>) {
    assert!(
        set.indicators.iter().any(|indicator| indicator.kind == kind
            && indicator.value == value
            && indicator.family.as_deref() == Some(family)
            && indicator.role == role),
        "missing {kind} {value} of {family} ({role:?})"
    );
}

/// (kind, value, family, role) of every indicator, sorted: a multiset.
fn records(set: &IndicatorSet) -> Vec<(IndicatorKind, String, Option<String>, Option<Role>)> {
    let mut records: Vec<_> = set
        .indicators
        .iter()
        .map(|i| (i.kind, i.value.clone(), i.family.clone(), i.role))
        .collect();
    records.sort();
    records
}

fn families(set: &IndicatorSet) -> Vec<(String, Vec<String>, FamilyKind)> {
    set.families
        .iter()
        .map(|f| (f.name.clone(), f.aliases.clone(), f.kind))
        .collect()
}

fn samples(set: &IndicatorSet) -> Vec<Sample> {
    set.samples
        .iter()
        .cloned()
        .map(|mut sample| {
            sample.source = 0;
            sample
        })
        .collect()
}

/// Asserts that `after` holds everything `before` did.
fn assert_same_content(before: &IndicatorSet, after: &IndicatorSet) {
    assert_eq!(families(before), families(after), "families");
    assert_eq!(before.value_triples(), after.value_triples(), "triples");
    assert_eq!(records(before), records(after), "records");
    assert_eq!(samples(before), samples(after), "samples");
    let yara = |set: &IndicatorSet| -> Vec<String> {
        set.yara_sources.iter().map(|y| y.text.clone()).collect()
    };
    assert_eq!(yara(before), yara(after), "YARA text");
}

fn read_yaml(text: &str) -> Result<Loaded, Error> {
    echap::read_file(Path::new("test.yaml"), text.as_bytes())
}

fn write_dir_files(set: &IndicatorSet, dir: &Path) -> Vec<(String, Vec<u8>)> {
    echap::write_dir(set, dir).expect("write the folder");
    ["ioc.yaml", "watchware.yaml", "samples.csv", "rules.yar"]
        .into_iter()
        .map(|name| {
            let bytes = std::fs::read(dir.join(name)).expect("written file");
            (name.to_owned(), bytes)
        })
        .collect()
}

// --- The real feed ----------------------------------------------------------------------------

#[test]
fn corpus_folder_loads_with_its_counts_and_quirks() {
    let Some(dir) = corpus_folder("corpus_folder_loads_with_its_counts_and_quirks") else {
        return;
    };
    let loaded = echap::read_dir(&dir).expect("the Echap folder reads");
    let set = &loaded.set;

    // 147 entries in ioc.yaml and 27 in watchware.yaml = 174 families. WiseMo and FindMyKids
    // are listed in both files, as stalkerware and as watchware: kept as two families each
    // (name + kind identify a family), with a warning, so a match names both.
    let of_kind = |kind| set.families.iter().filter(|f| f.kind == kind).count();
    assert_eq!(set.families.len(), 174);
    assert_eq!(of_kind(FamilyKind::Stalkerware), 147);
    assert_eq!(of_kind(FamilyKind::Watchware), 27);
    let repeated = with_code(&loaded.diagnostics, "echap.family-two-kinds");
    assert_eq!(repeated.len(), 2);
    assert!(repeated.iter().any(|d| d.message.contains("WiseMo")));
    assert!(repeated.iter().any(|d| d.message.contains("FindMyKids")));
    // Values of the watchware.yaml entry are kept, under the watchware family.
    has(
        set,
        IndicatorKind::Domain,
        "discount.findmykids.org",
        "FindMyKids",
        Some(Role::Website),
    );

    let the_truth = set.family("thetruthspy").expect("TheTruthSpy");
    assert_eq!(the_truth.kind, FamilyKind::Stalkerware);
    assert_eq!(the_truth.aliases.first().map(String::as_str), Some("Copy9"));
    assert!(the_truth.aliases.iter().any(|alias| alias == "TheTruthSpy"));
    assert_eq!(
        set.family("Copy9").map(|f| f.name.as_str()),
        Some("TheTruthSpy")
    );

    assert_eq!(set.samples.len(), 3228);
    assert_eq!(set.of_kind(IndicatorKind::FileSha256).count(), 3228);
    assert!(set.samples.iter().all(|s| s.sha256.len() == 64));
    assert_eq!(set.of_kind(IndicatorKind::YaraRule).count(), 12);
    assert_eq!(set.yara_sources.len(), 1);
    let snoopza_rule = set
        .of_kind(IndicatorKind::YaraRule)
        .find(|rule| rule.label.as_deref() == Some("snoopza"))
        .expect("rule snoopza");
    assert_eq!(snoopza_rule.family.as_deref(), Some("Snoopza"));

    // Per-key counts, as PyYAML's `safe_load` counts the two files' lists.
    let count = |kind: IndicatorKind, role: Option<Role>| {
        set.of_kind(kind).filter(|i| i.role == role).count()
    };
    assert_eq!(count(IndicatorKind::AndroidPackage, None), 616 + 30);
    assert_eq!(count(IndicatorKind::CertSha1, None), 472 + 14);
    assert_eq!(count(IndicatorKind::Domain, Some(Role::Website)), 624 + 46);
    assert_eq!(count(IndicatorKind::Domain, Some(Role::C2)), 925 + 67);

    has(
        set,
        IndicatorKind::AndroidPackage,
        "com.thetruth",
        "TheTruthSpy",
        None,
    );
    has(
        set,
        IndicatorKind::CertSha1,
        "31a6ececd97cf39bc4126b8745cd94a7c30bf81c",
        "TheTruthSpy",
        None,
    );
    has(
        set,
        IndicatorKind::Ipv4,
        "69.64.74.239",
        "TheTruthSpy",
        Some(Role::C2),
    );
    has(
        set,
        IndicatorKind::Domain,
        "thetruthspy.com",
        "TheTruthSpy",
        Some(Role::Website),
    );
    has(
        set,
        IndicatorKind::Domain,
        "app.xpspy.com",
        "TheTruthSpy",
        Some(Role::Distribution),
    );
    has(
        set,
        IndicatorKind::IosBundle,
        "com.life360.safetymap",
        "Life360",
        None,
    );

    // Quirks: reported with their lines, values kept.
    let ip_key = with_code(&loaded.diagnostics, "echap.c2-ip-key");
    assert_eq!(ip_key.len(), 2);
    assert!(ip_key.iter().all(|d| d.severity == Severity::Warning));
    assert!(
        ip_key
            .iter()
            .all(|d| d.line.is_some() && d.file.ends_with("ioc.yaml"))
    );
    has(
        set,
        IndicatorKind::Ipv4,
        "72.167.46.196",
        "MobiStealth",
        Some(Role::C2),
    );
    has(
        set,
        IndicatorKind::Ipv4,
        "85.10.199.40",
        "Ahmyth",
        Some(Role::C2),
    );

    assert_eq!(
        with_code(&loaded.diagnostics, "echap.certificate-organizations").len(),
        5
    );
    has(
        set,
        IndicatorKind::CertOrganization,
        "Tesline-Service SRL",
        "KidsShield",
        None,
    );
    has(
        set,
        IndicatorKind::CertOrganization,
        "H20201128",
        "MyCellSpy",
        None,
    );
    let cname = with_code(&loaded.diagnostics, "echap.certificate-cname-re");
    assert_eq!(cname.len(), 1);
    assert_eq!(cname.first().and_then(|d| d.line), Some(3024));
    has(
        set,
        IndicatorKind::CertCnRegex,
        r"^Kids\WSafety\W[0-9]{2}-[0-9]{2}-[0-9]{2,4}\W[0-9]{2}:[0-9]{2}:[0-9]{2}$",
        "KidsShield",
        None,
    );

    // URLs listed as distribution sites stay URLs.
    has(
        set,
        IndicatorKind::Url,
        "https://github.com/karma9874/AndroRAT",
        "AndroRat",
        Some(Role::Distribution),
    );
    assert_eq!(with_code(&loaded.diagnostics, "echap.url-value").len(), 2);

    // A value listed under two families is kept for both, and reported.
    let shared: Vec<_> = set
        .indicators
        .iter()
        .filter(|i| i.kind == IndicatorKind::AndroidPackage && i.value == "com.spappm_mondow.alarm")
        .filter_map(|i| i.family.as_deref())
        .collect();
    assert_eq!(shared, ["EasyPhoneTrack", "SpyPhoneApp"]);
    let shared_warnings = with_code(&loaded.diagnostics, "echap.shared-value");
    assert!(
        shared_warnings
            .iter()
            .any(|d| d.message.contains("com.spappm_mondow.alarm")
                && d.message.contains("EasyPhoneTrack")
                && d.message.contains("SpyPhoneApp")
                && d.line.is_some())
    );

    // Nothing was rejected; every diagnostic has a line.
    assert_eq!(loaded.rejected(), 0, "{:#?}", loaded.diagnostics);
    assert!(loaded.diagnostics.iter().all(|d| d.line.is_some()));

    // One source for the folder, with each file's hash (these match SOURCE.md).
    assert_eq!(set.sources.len(), 1);
    let source = set.sources.first().expect("source");
    assert_eq!(source.format, SourceFormat::Echap);
    assert_eq!(source.name, "echap");
    let names: Vec<_> = source.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(
        names,
        ["ioc.yaml", "rules.yar", "samples.csv", "watchware.yaml"]
    );
    assert_eq!(
        source.files.first().map(|f| f.sha256.as_str()),
        Some("6052636f093dce2d329fc06b7d572c6d4462d73539f72f13d1af1f96ea74864e")
    );
    let listing: String = source
        .files
        .iter()
        .map(|f| format!("{}  {}\n", f.sha256, f.name))
        .collect();
    assert_eq!(
        source.sha256,
        unstalk_indicators::sha256_hex(listing.as_bytes())
    );
}

#[test]
fn corpus_round_trip_is_lossless() {
    let Some(dir) = corpus_folder("corpus_round_trip_is_lossless") else {
        return;
    };
    let first = echap::read_dir(&dir).expect("read the feed");
    let out = tempfile::tempdir().expect("temporary folder");
    echap::write_dir(&first.set, out.path()).expect("write the folder");
    let second = echap::read_dir(out.path()).expect("read what was written");
    assert_same_content(&first.set, &second.set);

    // samples.csv and rules.yar come back byte for byte.
    for name in ["samples.csv", "rules.yar"] {
        let original = std::fs::read(dir.join(name)).expect("corpus file");
        let written = std::fs::read(out.path().join(name)).expect("written file");
        assert!(original == written, "{name} differs");
    }

    // The quirks the writer normalises are not reported again; inherent ones are.
    let count = |loaded: &Loaded, code: &str| with_code(&loaded.diagnostics, code).len();
    for gone in ["echap.c2-ip-key", "echap.family-repeated"] {
        assert_eq!(count(&second, gone), 0, "{gone} reappeared");
    }
    for kept in [
        "echap.certificate-organizations",
        "echap.certificate-cname-re",
        "echap.url-value",
        "echap.shared-value",
    ] {
        assert_eq!(count(&first, kept), count(&second, kept), "{kept}");
    }
    assert_eq!(second.rejected(), 0, "{:#?}", second.diagnostics);

    // A second round trip is a fixed point.
    let again = tempfile::tempdir().expect("temporary folder");
    let files_once = write_dir_files(&second.set, again.path());
    let third = echap::read_dir(again.path()).expect("read again");
    assert_same_content(&second.set, &third.set);
    let fourth = tempfile::tempdir().expect("temporary folder");
    assert!(files_once == write_dir_files(&third.set, fourth.path()));
}

#[test]
fn corpus_writes_are_deterministic() {
    let Some(dir) = corpus_folder("corpus_writes_are_deterministic") else {
        return;
    };
    let loaded = echap::read_dir(&dir).expect("read the feed");
    let one = tempfile::tempdir().expect("temporary folder");
    let two = tempfile::tempdir().expect("temporary folder");
    let first = write_dir_files(&loaded.set, one.path());
    let second = write_dir_files(&loaded.set, two.path());
    assert!(first == second, "write_dir output differs between runs");

    let mut a = Vec::new();
    let mut b = Vec::new();
    echap::write_combined(&loaded.set, &mut a).expect("write to memory");
    echap::write_combined(&loaded.set, &mut b).expect("write to memory");
    assert!(a == b, "write_combined output differs between runs");

    // Echap's conventions: upper-case certificates, `ips` (never `ip`), key order.
    let ioc = String::from_utf8(first.first().map(|(_, b)| b.clone()).unwrap_or_default())
        .expect("UTF-8");
    assert!(ioc.starts_with("- name: TheTruthSpy\n  names:\n  - Copy9\n"));
    assert!(ioc.contains("\n  - 31A6ECECD97CF39BC4126B8745CD94A7C30BF81C\n"));
    assert!(!ioc.contains("    ip:\n"));
    assert!(ioc.contains("\n  c2:\n    domains:\n"));
}

#[test]
fn combined_stream_keeps_every_value() {
    let Some(dir) = corpus_folder("combined_stream_keeps_every_value") else {
        return;
    };
    let loaded = echap::read_dir(&dir).expect("read the feed");
    let mut bytes = Vec::new();
    echap::write_combined(&loaded.set, &mut bytes).expect("write to memory");
    let back = echap::read_file(Path::new("combined.yaml"), &bytes).expect("read it back");
    assert_eq!(families(&loaded.set), families(&back.set));
    assert_eq!(records(&loaded.set), records(&back.set));
    assert_eq!(back.rejected(), 0, "{:#?}", back.diagnostics);
    assert!(with_code(&back.diagnostics, "echap.unknown-key").is_empty());
    let rule = back
        .set
        .of_kind(IndicatorKind::YaraRule)
        .find(|rule| rule.family.as_deref() == Some("Snoopza"))
        .expect("the snoopza rule, as an x_yara_rules value");
    assert_eq!(rule.label.as_deref(), Some("snoopza"));
}

#[test]
fn older_snapshots_load() {
    // Counts as PyYAML's `safe_load` sees them; both snapshots still listed watchware in
    // ioc.yaml.
    for (name, families, watchware, packages) in [
        ("other-feeds/echap-ioc-2022-09-14.yaml", 117, 11, 491),
        ("other-feeds/echap-ioc-2022-12-15.yaml", 146, 13, 560),
    ] {
        let Some(path) = unstalk_testkit::corpus_path("older_snapshots_load", name) else {
            return;
        };
        let bytes = std::fs::read(&path).expect("snapshot");
        let loaded = echap::read_file(&path, &bytes).expect("the snapshot reads");
        assert_eq!(loaded.set.families.len(), families, "{name}");
        assert_eq!(loaded.rejected(), 0, "{name}: {:#?}", loaded.diagnostics);
        assert_eq!(
            loaded.set.of_kind(IndicatorKind::AndroidPackage).count(),
            packages,
            "{name}"
        );
        let of_watchware = loaded
            .set
            .families
            .iter()
            .filter(|family| family.kind == FamilyKind::Watchware)
            .count();
        assert_eq!(of_watchware, watchware, "{name}");
        // The September snapshot has `certificates: ` (trailing space) before its list.
        has(
            &loaded.set,
            IndicatorKind::CertSha1,
            "d09ee9d79ff75e737429dde34fd13edfdda34e78",
            "MyCellSpy",
            None,
        );
    }
}

// --- Fixtures built in code -------------------------------------------------------------------

const GOOD: &str = "\
- name: Alpha
  names:
  - Alpha
  - AlphaSpy
  type: stalkerware
  packages:
  - com.alpha
  certificates:
  - 31:A6:EC:EC:D9:7C:F3:9B:C4:12:6B:87:45:CD:94:A7:C3:0B:F8:1C
  websites:
  - alpha.example
  c2:
    domains:
    - c2.alpha.example
    ips:
    - 192.0.2.1
    - 2001:DB8::1
    - 198.51.100.0/24

- name: Beta
  type: watchware
  packages:
  - com.beta
";

#[test]
fn fixture_maps_every_key() {
    let loaded = read_yaml(GOOD).expect("reads");
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let set = &loaded.set;
    assert_eq!(
        families(set),
        [
            (
                "Alpha".to_owned(),
                vec!["Alpha".to_owned(), "AlphaSpy".to_owned()],
                FamilyKind::Stalkerware
            ),
            ("Beta".to_owned(), Vec::new(), FamilyKind::Watchware),
        ]
    );
    has(
        set,
        IndicatorKind::Ipv6,
        "2001:db8::1",
        "Alpha",
        Some(Role::C2),
    );
    has(
        set,
        IndicatorKind::Cidr,
        "198.51.100.0/24",
        "Alpha",
        Some(Role::C2),
    );
    has(
        set,
        IndicatorKind::CertSha1,
        "31a6ececd97cf39bc4126b8745cd94a7c30bf81c",
        "Alpha",
        None,
    );
    assert_eq!(
        set.sources.first().map(|s| s.name.as_str()),
        Some("test.yaml")
    );
}

#[test]
fn yaml_syntax_error_names_the_line() {
    let text = "- name: Alpha\n  packages:\n  - com.alpha\n  websites: [unclosed\n- name: Beta\n";
    match read_yaml(text) {
        Err(Error::Syntax { line, path, .. }) => {
            assert_eq!(path, Path::new("test.yaml"));
            let line = line.expect("a line number");
            assert!((4..=5).contains(&line), "line {line}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let tab = "- name: Alpha\n  packages:\n\t- com.alpha\n";
    assert!(matches!(
        read_yaml(tab),
        Err(Error::Syntax { line: Some(3), .. })
    ));
}

#[test]
fn entry_without_name_is_skipped_and_located() {
    let text = format!("{GOOD}\n- type: stalkerware\n  packages:\n  - com.nameless\n");
    let loaded = read_yaml(&text).expect("the good entries still load");
    assert_eq!(loaded.set.families.len(), 2);
    assert_eq!(loaded.set.of_kind(IndicatorKind::AndroidPackage).count(), 2);
    let errors = with_code(&loaded.diagnostics, "echap.bad-record");
    assert_eq!(errors.len(), 1);
    let error = errors.first().expect("one error");
    assert_eq!(error.severity, Severity::Error);
    assert_eq!(error.line, Some(25));
    assert!(error.to_string().contains("test.yaml:25"), "{error}");
    assert_eq!(loaded.rejected(), 1);
}

#[test]
fn entry_that_is_not_a_mapping_is_skipped() {
    let text = "- just a string\n- [a, list]\n- name: Alpha\n  type: stalkerware\n";
    let loaded = read_yaml(text).expect("reads");
    assert_eq!(loaded.set.families.len(), 1);
    let lines: Vec<_> = with_code(&loaded.diagnostics, "echap.bad-record")
        .iter()
        .map(|d| d.line)
        .collect();
    assert_eq!(lines, [Some(1), Some(2)]);
}

#[test]
fn bad_values_are_reported_and_the_rest_kept() {
    let text = "\
- name: Alpha
  type: stalkerware
  certificates:
  - NOT-HEX-AT-ALL
  - 31A6
  - 31A6ECECD97CF39BC4126B8745CD94A7C30BF81C
  - 0000000000000000000000000000000000000000000000000000000000000000
  c2:
    ips:
    - 999.1.1.1
    - evil.example
  packages:
  - com.alpha
  - {nested: mapping}
  -
";
    let loaded = read_yaml(text).expect("reads");
    let set = &loaded.set;
    assert_eq!(set.of_kind(IndicatorKind::CertSha1).count(), 1);
    assert_eq!(set.of_kind(IndicatorKind::CertSha256).count(), 1);
    assert_eq!(set.of_kind(IndicatorKind::AndroidPackage).count(), 1);
    // A domain under `ips` is kept as a domain.
    has(
        set,
        IndicatorKind::Domain,
        "evil.example",
        "Alpha",
        Some(Role::C2),
    );
    let invalid: Vec<_> = with_code(&loaded.diagnostics, "value.invalid")
        .iter()
        .map(|d| d.line)
        .collect();
    assert_eq!(invalid, [Some(4), Some(5), Some(10)]);
    let bad: Vec<_> = with_code(&loaded.diagnostics, "echap.bad-value")
        .iter()
        .map(|d| d.line)
        .collect();
    assert_eq!(bad, [Some(14), Some(15)]);
    assert_eq!(
        with_code(&loaded.diagnostics, "echap.domain-in-ips").len(),
        1
    );
}

#[test]
fn lesser_quirks_warn_and_keep_values() {
    let text = "\
- name: Alpha
  packages: com.alpha
  websites:
  - https://alpha.example/buy
  colour: red
  c2:
    ip:
    - 192.0.2.7
    servers:
    - x.example
- name: Beta
  type: adware
- name: Alpha
  type: watchware
  packages:
  - com.alpha
- name: Gamma
  type: stalkerware
  packages:
  - com.alpha
";
    let loaded = read_yaml(text).expect("reads");
    let set = &loaded.set;
    let codes: Vec<_> = loaded
        .diagnostics
        .iter()
        .map(|d| (d.code, d.line))
        .collect();
    for expected in [
        ("echap.unknown-type", Some(1)),
        ("echap.not-a-list", Some(2)),
        ("echap.url-value", Some(4)),
        ("echap.unknown-key", Some(5)),
        ("echap.c2-ip-key", Some(7)),
        ("echap.unknown-key", Some(9)),
        ("echap.unknown-type", Some(12)),
        ("echap.family-two-kinds", Some(13)),
        ("echap.duplicate-value", Some(16)),
        ("echap.shared-value", Some(20)),
    ] {
        assert!(codes.contains(&expected), "{expected:?} not in {codes:?}");
    }
    assert_eq!(loaded.rejected(), 0);
    assert_eq!(set.family("alpha").map(|f| f.kind), Some(FamilyKind::Other));
    assert_eq!(set.family("beta").map(|f| f.kind), Some(FamilyKind::Other));
    has(
        set,
        IndicatorKind::Url,
        "https://alpha.example/buy",
        "Alpha",
        Some(Role::Website),
    );
    has(
        set,
        IndicatorKind::Ipv4,
        "192.0.2.7",
        "Alpha",
        Some(Role::C2),
    );
    // com.alpha: twice in Alpha (kept as read) and once in Gamma.
    let owners: Vec<_> = set
        .indicators
        .iter()
        .filter(|i| i.value == "com.alpha")
        .filter_map(|i| i.family.as_deref())
        .collect();
    assert_eq!(owners, ["Alpha", "Alpha", "Gamma"]);
    let unknown = with_code(&loaded.diagnostics, "echap.unknown-key");
    assert!(unknown.iter().any(|d| d.message.contains("colour")));
    assert!(unknown.iter().any(|d| d.message.contains("c2.servers")));
}

#[test]
fn empty_and_odd_files() {
    for text in ["", "# only a comment\n", "---\n", "[]\n"] {
        let loaded = read_yaml(text).expect("an empty feed reads");
        assert!(loaded.set.families.is_empty(), "{text:?}");
        assert!(loaded.diagnostics.is_empty(), "{text:?}");
        assert_eq!(loaded.set.sources.len(), 1);
    }
    assert!(matches!(
        read_yaml("name: Alpha\ntype: stalkerware\n"),
        Err(Error::Syntax { line: Some(1), .. })
    ));
    assert!(matches!(
        read_yaml("just text\n"),
        Err(Error::Syntax { .. })
    ));
}

#[test]
fn non_utf8_is_an_error_not_a_panic() {
    let mut bytes = b"- name: Alpha\n  packages:\n  - com.".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe, b'\n']);
    match echap::read_file(Path::new("bad.yaml"), &bytes) {
        Err(Error::Syntax { line, message, .. }) => {
            assert_eq!(line, Some(3));
            assert!(message.contains("UTF-8"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }

    // In a folder, a bad samples.csv or rules.yar is an error too, never a panic.
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(dir.path().join("ioc.yaml"), GOOD).expect("write");
    std::fs::write(dir.path().join("rules.yar"), [0xc3, 0x28]).expect("write");
    assert!(matches!(
        echap::read_dir(dir.path()),
        Err(Error::Syntax { .. })
    ));
}

#[test]
fn folder_needs_a_yaml_file_and_reads_the_version() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        dir.path().join("samples.csv"),
        "SHA256,Package Name,Certificate,Version,App\n",
    )
    .expect("write");
    assert!(matches!(
        echap::read_dir(dir.path()),
        Err(Error::UnknownFormat { .. })
    ));

    std::fs::write(
        dir.path().join("watchware.yaml"),
        "- name: Beta\n  type: watchware\n",
    )
    .expect("write");
    std::fs::write(
        dir.path().join("unstalk-source.json"),
        r#"{"version": "a04c5c1958bff93fec3b1b56edbb412b209f2a38", "url": "x"}"#,
    )
    .expect("write");
    let loaded = echap::read_dir(dir.path()).expect("reads");
    let source = loaded.set.sources.first().expect("a source");
    assert_eq!(
        source.version.as_deref(),
        Some("a04c5c1958bff93fec3b1b56edbb412b209f2a38")
    );
    let names: Vec<_> = source.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["samples.csv", "watchware.yaml"]);
    assert_eq!(loaded.set.families.len(), 1);
}

#[test]
fn samples_join_families_and_report_bad_rows() {
    let dir = tempfile::tempdir().expect("temporary folder");
    std::fs::write(dir.path().join("ioc.yaml"), GOOD).expect("write");
    let sha = |c: char| c.to_string().repeat(64);
    let csv = format!(
        "SHA256,Package Name,Certificate,Version,App\r\n\
         {},com.alpha,31A6ECECD97CF39BC4126B8745CD94A7C30BF81C,1.0,alphaspy\r\n\
         not-a-hash,com.alpha,,,Alpha\r\n\
         {},,,,Nobody\r\n\
         {},,ZZ,,Nobody\r\n\
         {},,,,\"Beta\"\r\n",
        sha('A'),
        sha('b'),
        sha('c'),
        sha('d')
    );
    std::fs::write(dir.path().join("samples.csv"), csv).expect("write");
    std::fs::write(
        dir.path().join("rules.yar"),
        "rule alpha_spy { condition: true }\nrule unknown { condition: false }\n",
    )
    .expect("write");
    let loaded = echap::read_dir(dir.path()).expect("reads");
    let set = &loaded.set;
    assert_eq!(set.samples.len(), 4);
    let first = set.samples.first().expect("a sample");
    assert_eq!(first.sha256, "a".repeat(64));
    assert_eq!(first.family.as_deref(), Some("Alpha"));
    assert_eq!(first.app, "alphaspy");
    assert_eq!(
        first.certificate.as_deref(),
        Some("31a6ececd97cf39bc4126b8745cd94a7c30bf81c")
    );
    assert_eq!(first.version.as_deref(), Some("1.0"));
    has(
        set,
        IndicatorKind::FileSha256,
        &"a".repeat(64),
        "Alpha",
        Some(Role::Sample),
    );
    assert_eq!(set.samples.iter().filter(|s| s.family.is_none()).count(), 2);
    assert!(
        set.indicators
            .iter()
            .any(|i| i.value == "b".repeat(64) && i.family.is_none())
    );

    let bad_sha = with_code(&loaded.diagnostics, "echap.sample-bad-sha256");
    assert_eq!(
        bad_sha.iter().map(|d| d.line).collect::<Vec<_>>(),
        [Some(3)]
    );
    assert!(bad_sha.iter().all(|d| d.file.ends_with("samples.csv")));
    let unknown = with_code(&loaded.diagnostics, "echap.sample-unknown-app");
    assert_eq!(unknown.len(), 1, "one warning per app name");
    assert!(unknown.iter().all(|d| d.message.contains("2 sample")));
    assert_eq!(
        with_code(&loaded.diagnostics, "echap.sample-bad-certificate").len(),
        1
    );

    let rules: Vec<_> = set
        .of_kind(IndicatorKind::YaraRule)
        .map(|rule| (rule.label.clone(), rule.family.clone()))
        .collect();
    assert_eq!(
        rules,
        [
            (Some("alpha_spy".to_owned()), Some("Alpha".to_owned())),
            (Some("unknown".to_owned()), None),
        ]
    );
}

/// A set with every kind, values without a family, a family only an indicator names, and
/// awkward text, as other readers (STIX, MISP, …) could produce it.
fn foreign_set() -> IndicatorSet {
    let mut set = IndicatorSet::default();
    let source = set.add_source(Source {
        name: "foreign".to_owned(),
        location: "memory".to_owned(),
        format: SourceFormat::Stix2,
        version: None,
        sha256: String::new(),
        files: Vec::new(),
        date: None,
        built_in: false,
    });
    set.add_family(Family {
        name: "Weird: #1".to_owned(),
        aliases: vec![
            "*star".to_owned(),
            "Weird: #1".to_owned(),
            "Weird: #1".to_owned(),
        ],
        kind: FamilyKind::DualUse,
        source,
    });
    set.add_family(Family {
        name: "Kids".to_owned(),
        aliases: Vec::new(),
        kind: FamilyKind::Watchware,
        source,
    });
    let yara = "rule weird_rule : tag {\n  strings:\n    $a = \"x: #y\"\n  condition:\n    $a\n}";
    let values: [(IndicatorKind, &str, Option<&str>, Option<Role>); 27] = [
        (
            IndicatorKind::AndroidPackage,
            "com.weird",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::AndroidPackage,
            "com.weird",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::IosBundle,
            "com.weird.ios",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::CertSha1,
            "0123456789012345678901234567890123456789",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::CertSha256,
            &"e".repeat(64),
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::Domain,
            "weird.example",
            Some("Weird: #1"),
            Some(Role::Website),
        ),
        (
            IndicatorKind::Domain,
            "dl.weird.example",
            Some("Weird: #1"),
            Some(Role::Distribution),
        ),
        (
            IndicatorKind::Domain,
            "c2.weird.example",
            Some("Weird: #1"),
            Some(Role::C2),
        ),
        (
            IndicatorKind::Domain,
            "plain.weird.example",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::Ipv4,
            "192.0.2.1",
            Some("Weird: #1"),
            Some(Role::C2),
        ),
        (IndicatorKind::Ipv6, "2001:db8::1", Some("Weird: #1"), None),
        (
            IndicatorKind::Cidr,
            "203.0.113.0/24",
            Some("Weird: #1"),
            Some(Role::C2),
        ),
        (
            IndicatorKind::Url,
            "https://weird.example/a?b=c#d",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::Url,
            "https://weird.example/c2",
            Some("Weird: #1"),
            Some(Role::C2),
        ),
        (
            IndicatorKind::Email,
            "boss@weird.example",
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::FileSha256,
            &"1".repeat(64),
            Some("Weird: #1"),
            None,
        ),
        (
            IndicatorKind::FileSha256,
            &"2".repeat(64),
            Some("Weird: #1"),
            Some(Role::Sample),
        ),
        (IndicatorKind::FileSha1, &"3".repeat(40), None, None),
        (IndicatorKind::FileMd5, &"4".repeat(32), Some("Kids"), None),
        (
            IndicatorKind::CertOrganization,
            "ACME: \"Spy\" Ltd",
            Some("Kids"),
            None,
        ),
        (
            IndicatorKind::CertCnRegex,
            r"^a\W+b: #\d$",
            Some("Kids"),
            None,
        ),
        (
            IndicatorKind::ConfigurationProfile,
            "com.weird.profile",
            None,
            None,
        ),
        (
            IndicatorKind::AndroidProperty,
            "persist.weird",
            Some("Ghost"),
            None,
        ),
        (
            IndicatorKind::ProcessName,
            "weird-daemon",
            Some("Ghost"),
            None,
        ),
        (
            IndicatorKind::FilePath,
            "/data/local/tmp/wéird file",
            None,
            None,
        ),
        (IndicatorKind::FileName, "true", None, None),
        (
            IndicatorKind::YaraRule,
            yara,
            Some("Weird: #1"),
            Some(Role::Sample),
        ),
    ];
    for (kind, value, family, role) in values {
        set.indicators.push(Indicator {
            kind,
            value: value.to_owned(),
            family: family.map(str::to_owned),
            family_kind: None,
            role,
            label: (kind == IndicatorKind::YaraRule).then(|| "weird_rule".to_owned()),
            provenance: Provenance {
                source,
                ..Provenance::default()
            },
        });
    }
    set
}

#[test]
fn foreign_sets_round_trip_through_extension_keys() {
    let set = foreign_set();
    let dir = tempfile::tempdir().expect("temporary folder");
    let files = write_dir_files(&set, dir.path());
    let loaded = echap::read_dir(dir.path()).expect("reads back");
    // Only the inherent quirks are reported (a URL among C2 domains, the organisation and CN
    // keys, the duplicate package); extension keys read silently.
    let codes: Vec<_> = loaded.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(
        codes,
        [
            "echap.url-value",
            "echap.certificate-organizations",
            "echap.certificate-cname-re",
            "echap.duplicate-value",
        ],
        "{:#?}",
        loaded.diagnostics
    );
    assert_eq!(records(&set), records(&loaded.set));
    assert_eq!(set.value_triples(), loaded.set.value_triples());
    // Families: the two of the set, then the one only an indicator named; `unattributed`
    // is not a family.
    let names: Vec<_> = loaded
        .set
        .families
        .iter()
        .map(|f| f.name.as_str())
        .collect();
    assert_eq!(names, ["Weird: #1", "Ghost", "Kids"]);
    let weird = loaded.set.family("weird: #1").expect("family");
    assert_eq!(weird.aliases, ["*star", "Weird: #1", "Weird: #1"]);
    assert_eq!(weird.kind, FamilyKind::DualUse);
    let rule = loaded
        .set
        .of_kind(IndicatorKind::YaraRule)
        .next()
        .expect("the rule");
    assert_eq!(rule.label.as_deref(), Some("weird_rule"));

    let ioc = String::from_utf8(files.first().map(|(_, b)| b.clone()).unwrap_or_default())
        .expect("UTF-8");
    assert!(ioc.starts_with("- name: \"Weird: #1\"\n"), "{ioc}");
    assert!(
        ioc.contains("\n- name: unattributed\n  type: other\n"),
        "{ioc}"
    );
    assert!(ioc.contains("  x_file_names:\n  - \"true\"\n"), "{ioc}");
    assert!(ioc.contains("  - \"0123456789012345678901234567890123456789\"\n"));
    let watchware = files.get(1).map(|(_, b)| b.clone()).unwrap_or_default();
    assert!(watchware.starts_with(b"- name: Kids\n"));
}

#[test]
fn samples_and_yara_sources_round_trip() {
    let mut set = foreign_set();
    let source = 0;
    set.samples.push(Sample {
        sha256: "2".repeat(64),
        package: Some("com.weird".to_owned()),
        certificate: Some("0123456789012345678901234567890123456789".to_owned()),
        version: Some("1,2".to_owned()),
        app: "Weird: #1".to_owned(),
        family: Some("Weird: #1".to_owned()),
        source,
    });
    set.yara_sources.push(YaraSource {
        source,
        text: "rule weird_rule : tag {\n  strings:\n    $a = \"x: #y\"\n  condition:\n    $a\n}"
            .to_owned(),
    });
    let dir = tempfile::tempdir().expect("temporary folder");
    echap::write_dir(&set, dir.path()).expect("write");
    let ioc = std::fs::read_to_string(dir.path().join("ioc.yaml")).expect("ioc.yaml");
    assert!(
        !ioc.contains("x_sample_sha256"),
        "the sample is in samples.csv"
    );
    assert!(!ioc.contains("x_yara_rules"), "the rule is in rules.yar");
    // The rule is not named after its family: the entry says which rules are its own.
    assert!(
        ioc.contains("\n  x_yara_rule_names:\n  - weird_rule\n"),
        "{ioc}"
    );
    let loaded = echap::read_dir(dir.path()).expect("reads back");
    assert_eq!(records(&set), records(&loaded.set));
    assert_eq!(samples(&set), samples(&loaded.set));
    let text = |set: &IndicatorSet| -> Vec<String> {
        set.yara_sources
            .iter()
            .map(|y| y.text.trim_end().to_owned())
            .collect()
    };
    assert_eq!(text(&set), text(&loaded.set));
}

#[test]
fn an_empty_set_writes_readable_files() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let files = write_dir_files(&IndicatorSet::default(), dir.path());
    assert_eq!(files.first().map(|(_, b)| b.as_slice()), Some(&b"[]\n"[..]));
    let loaded = echap::read_dir(dir.path()).expect("reads back");
    assert!(loaded.set.families.is_empty());
    assert!(loaded.set.indicators.is_empty());
    assert!(loaded.set.yara_sources.is_empty());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
}
