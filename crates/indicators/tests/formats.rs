//! Readers and writers of MISP, TinyCheck, CSV, Suricata, hosts and ClamAV: real corpus files,
//! round trips, determinism and malformed input.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use unstalk_indicators::formats::{clamav, csv, hosts, misp, suricata, tinycheck};
use unstalk_indicators::{
    Criterion, Error, Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Loaded,
    Provenance, Role, Severity, Source, SourceFormat, Tlp,
};

// ----------------------------------------------------------------------------------------------
// Helpers

fn read_corpus(
    test: &str,
    relative: &str,
    reader: fn(&Path, &[u8]) -> Result<Loaded, Error>,
) -> Option<Loaded> {
    let path = unstalk_testkit::corpus_path(test, relative)?;
    let bytes = std::fs::read(&path).expect("corpus file readable");
    Some(reader(&path, &bytes).expect("corpus file parses"))
}

fn count(set: &IndicatorSet, kind: IndicatorKind) -> usize {
    set.of_kind(kind).count()
}

fn write_to_vec(
    set: &IndicatorSet,
    writer: fn(&IndicatorSet, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> Vec<u8> {
    let mut out = Vec::new();
    writer(set, &mut out).expect("writing to memory");
    out
}

fn errors(loaded: &Loaded) -> Vec<String> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(ToString::to_string)
        .collect()
}

const YARA_RULE: &str = "rule snoopza_test : stalkerware {\n    strings:\n        $a = \"Server changed to\" ascii\n    condition:\n        $a\n}";

fn indicator(kind: IndicatorKind, value: &str, family: Option<&str>) -> Indicator {
    Indicator {
        kind,
        value: value.to_owned(),
        family: family.map(str::to_owned),
        family_kind: None,
        role: None,
        label: None,
        provenance: Provenance::default(),
    }
}

/// A set built in code with every kind, values already in normalised form.
fn sample_set() -> IndicatorSet {
    let mut set = IndicatorSet::default();
    set.add_source(Source {
        name: "sample".into(),
        location: "https://example.org/feeds/sample".into(),
        format: SourceFormat::Csv,
        version: None,
        sha256: "0".repeat(64),
        files: Vec::new(),
        date: None,
        built_in: false,
    });
    for (name, kind) in [
        ("TheTruthSpy", FamilyKind::Stalkerware),
        ("KidsControl", FamilyKind::Watchware),
        ("AnyDesk", FamilyKind::DualUse),
        ("Odd \"Name\", Inc.", FamilyKind::Other),
    ] {
        set.add_family(Family {
            name: name.into(),
            aliases: Vec::new(),
            kind,
            source: 0,
        });
    }
    use IndicatorKind as K;
    let ttspy = Some("TheTruthSpy");
    let kids = Some("KidsControl");
    let mut list = vec![
        indicator(K::AndroidPackage, "com.thetruth", ttspy),
        indicator(K::AndroidPackage, "app.gpsme", kids),
        indicator(K::AndroidPackage, "com.unattributed.app", None),
        indicator(K::IosBundle, "com.anydesk.anydeskios", Some("AnyDesk")),
        indicator(K::IosBundle, "com.example.bundle", None),
        indicator(
            K::CertSha1,
            "31a6ececd97cf39bc4126b8745cd94a7c30bf81c",
            ttspy,
        ),
        indicator(
            K::CertSha1,
            "f9181c6cf9aacb3ab1092f5338c3198a8d833431",
            None,
        ),
        indicator(K::CertSha256, &"ab".repeat(32), ttspy),
        indicator(K::FileSha256, &"cd".repeat(32), ttspy),
        indicator(K::FileSha256, &"ef".repeat(32), None),
        indicator(K::FileSha1, &"12".repeat(20), kids),
        indicator(K::FileMd5, &"34".repeat(16), Some("Odd \"Name\", Inc.")),
        indicator(K::Domain, "copy9.com", ttspy),
        indicator(K::Domain, "copy9.com", kids),
        indicator(K::Domain, "my.thetruthspy.com", ttspy),
        indicator(K::Domain, "xn--bcher-kva.example", None),
        indicator(K::Ipv4, "69.64.74.239", ttspy),
        indicator(K::Ipv6, "2001:db8::1", kids),
        indicator(K::Cidr, "192.0.2.0/24", None),
        indicator(K::Cidr, "198.51.100.7/32", ttspy),
        indicator(
            K::Url,
            "https://media-sync-a.thetruthspy.com/Upload.php?a=b",
            ttspy,
        ),
        indicator(K::Email, "support@thetruthspy.com", ttspy),
        indicator(K::YaraRule, YARA_RULE, ttspy),
        indicator(K::CertOrganization, "TheTruthSpy, Inc.", ttspy),
        indicator(K::CertCnRegex, "^Spy[0-9]+$", None),
        indicator(K::ConfigurationProfile, "com.example.profile", None),
        indicator(K::AndroidProperty, "persist.sys.spy", kids),
        indicator(K::ProcessName, "com.thetruth:remote", ttspy),
        indicator(K::FilePath, "/sdcard/.spy/config.json", ttspy),
        indicator(K::FileName, "config.json", None),
    ];
    for item in &mut list {
        item.provenance.source = 0;
        if item.kind == K::YaraRule {
            item.label = Some("snoopza_test".into());
        }
    }
    if let Some(first) = list.first_mut() {
        first.role = Some(Role::C2);
        first.provenance.tlp = Tlp::Amber;
        first.provenance.confidence = Some(80);
        first.provenance.criterion = Some(Criterion::CovertOperation);
        first.provenance.first_seen = Some("2023-01-02".into());
        first.provenance.last_seen = Some("2024-03-04T05:06:07Z".into());
        first.provenance.contributor = Some("Echap".into());
    }
    set.indicators = list;
    set
}

/// (name, kind) of the families that have indicators.
fn used_families(set: &IndicatorSet) -> BTreeSet<(String, FamilyKind)> {
    set.indicators
        .iter()
        .filter_map(|indicator| indicator.family.as_deref())
        .filter_map(|name| set.family(name))
        .map(|family| (family.name.clone(), family.kind))
        .collect()
}

fn kind_values(set: &IndicatorSet, carried: &[IndicatorKind]) -> BTreeSet<(IndicatorKind, String)> {
    set.indicators
        .iter()
        .filter(|indicator| carried.contains(&indicator.kind))
        .map(|indicator| (indicator.kind, indicator.value.clone()))
        .collect()
}
type Writer = fn(&IndicatorSet, &mut dyn std::io::Write) -> std::io::Result<()>;

const WRITERS: [(&str, Writer); 6] = [
    ("misp", misp::write),
    ("tinycheck", tinycheck::write),
    ("csv", csv::write),
    ("suricata", suricata::write),
    ("hosts", hosts::write),
    ("clamav", clamav::write),
];

/// Runs `scripts/NAME FILE ARGS…` and returns its output, or `None` when its tool is not
/// installed (the script exits 77).
fn run_check_script(test: &str, script: &str, file: &Path, args: &[&Path]) -> Option<String> {
    let script = unstalk_testkit::workspace_root()
        .join("scripts")
        .join(script);
    let output = std::process::Command::new("bash")
        .arg(&script)
        .arg(file)
        .args(args)
        .output()
        .expect("bash runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    if output.status.code() == Some(77) {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{test}: {} (CI=true requires the tool; .ci/run installs it)",
            text.trim()
        );
        eprintln!("\n*** SKIPPED {test}: {} ***\n", text.trim());
        return None;
    }
    assert!(
        output.status.success(),
        "{} failed:\n{text}",
        script.display()
    );
    Some(text)
}

// ----------------------------------------------------------------------------------------------
// MISP

#[test]
fn misp_reads_echap_event() {
    let Some(loaded) = read_corpus(
        "misp_reads_echap_event",
        "stalkerware-indicators/generated/misp_event.json",
        misp::read,
    ) else {
        return;
    };
    let set = &loaded.set;
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    // 1692 android-app objects naming 173 apps; `SpyApp` and `spyapp` are one family.
    assert_eq!(set.families.len(), 172);
    assert!(
        set.families
            .iter()
            .all(|family| family.kind == FamilyKind::Stalkerware)
    );
    // The file has 3262 sha256, 1000 domain, 650 appid and 490 certificate attributes; once
    // the two spellings of SpyApp are one family, 4 sha256 are listed twice for it.
    assert_eq!(count(set, IndicatorKind::FileSha256), 3258);
    assert_eq!(count(set, IndicatorKind::Domain), 1000);
    assert_eq!(count(set, IndicatorKind::AndroidPackage), 650);
    assert_eq!(count(set, IndicatorKind::CertSha1), 490);
    assert_eq!(set.indicators.len(), 3258 + 1000 + 650 + 490);
    let source = set.sources.first().expect("one source");
    assert_eq!(source.format, SourceFormat::Misp);
    assert_eq!(
        source.version.as_deref(),
        Some("a7d60a6a-f4ec-4e9a-ae3b-2cf5e05cd01e")
    );
    let triples = set.value_triples();
    let thetruthspy = Some("TheTruthSpy".to_owned());
    assert!(triples.contains(&(
        IndicatorKind::AndroidPackage,
        "com.thetruth".into(),
        thetruthspy.clone()
    )));
    // Certificates are upper case in the file, lower case once normalised.
    assert!(triples.contains(&(
        IndicatorKind::CertSha1,
        "31a6ececd97cf39bc4126b8745cd94a7c30bf81c".into(),
        thetruthspy
    )));

    // The same event wrapped as MISP exports it reads the same.
    let path = unstalk_testkit::corpus_path(
        "misp_reads_echap_event",
        "stalkerware-indicators/generated/misp_event.json",
    )
    .expect("present");
    let bare: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).expect("readable")).expect("JSON");
    let wrapped = serde_json::to_vec(&serde_json::json!({ "Event": bare })).expect("JSON");
    let rewrapped = misp::read(Path::new("wrapped.json"), &wrapped).expect("wrapped form reads");
    assert_eq!(rewrapped.set.value_triples(), triples);
}

#[test]
fn misp_round_trip_keeps_every_kind() {
    let set = sample_set();
    let written = write_to_vec(&set, misp::write);
    let read = misp::read(Path::new("export.json"), &written).expect("own output reads");
    assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics);
    assert_eq!(read.set.value_triples(), set.value_triples());
    assert_eq!(used_families(&read.set), used_families(&set));

    let first = read
        .set
        .indicators
        .iter()
        .find(|i| i.value == "com.thetruth")
        .expect("package read back");
    assert_eq!(first.role, Some(Role::C2));
    assert_eq!(first.provenance.tlp, Tlp::Amber);
    assert_eq!(first.provenance.confidence, Some(80));
    assert_eq!(first.provenance.criterion, Some(Criterion::CovertOperation));
    assert_eq!(first.provenance.first_seen.as_deref(), Some("2023-01-02"));
    assert_eq!(
        first.provenance.last_seen.as_deref(),
        Some("2024-03-04T05:06:07Z")
    );
    let rule = read
        .set
        .of_kind(IndicatorKind::YaraRule)
        .next()
        .expect("rule read back");
    assert_eq!(rule.label.as_deref(), Some("snoopza_test"));

    // Standard MISP import shape: one wrapped event, one android-app object per family that
    // has android-app values, to_ids on every indicator, a TLP tag only where not CLEAR.
    let json: serde_json::Value = serde_json::from_slice(&written).expect("JSON");
    let event = json.get("Event").expect("wrapped event");
    assert_eq!(
        event.get("info").and_then(|v| v.as_str()),
        Some("unstalk indicators")
    );
    assert_eq!(
        event.get("distribution").and_then(|v| v.as_str()),
        Some("0")
    );
    let objects = event
        .get("Object")
        .and_then(|v| v.as_array())
        .expect("objects");
    assert_eq!(objects.len(), 2, "TheTruthSpy and KidsControl");
    let text = String::from_utf8_lossy(&written);
    assert_eq!(text.matches("\"tlp:amber\"").count(), 1);
    assert!(!text.contains("tlp:white") && !text.contains("tlp:clear"));
}

#[test]
fn misp_round_trip_of_the_echap_event() {
    let Some(loaded) = read_corpus(
        "misp_round_trip_of_the_echap_event",
        "stalkerware-indicators/generated/misp_event.json",
        misp::read,
    ) else {
        return;
    };
    let written = write_to_vec(&loaded.set, misp::write);
    let read = misp::read(Path::new("export.json"), &written).expect("own output reads");
    assert!(read.diagnostics.is_empty());
    assert_eq!(read.set.value_triples(), loaded.set.value_triples());
    let json: serde_json::Value = serde_json::from_slice(&written).expect("JSON");
    let objects = json
        .pointer("/Event/Object")
        .and_then(|v| v.as_array())
        .expect("objects");
    // One object per family that has values: 12 of the 172 families are objects with only a
    // `name` in Echap's event, and have nothing to write.
    let with_values: BTreeSet<&str> = loaded
        .set
        .indicators
        .iter()
        .filter_map(|i| i.family.as_deref())
        .collect();
    assert_eq!(with_values.len(), 160);
    assert_eq!(objects.len(), 160);
    assert_eq!(
        json.pointer("/Event/distribution").and_then(|v| v.as_str()),
        Some("3"),
        "all CLEAR: all communities"
    );
}

#[test]
fn misp_keeps_good_attributes_next_to_bad_ones() {
    let template = r#"{"Event": {"uuid": "5f0c1e4e-0000-4000-8000-000000000001", "timestamp": "1700000000",
        "Orgc": {"name": "Echap"},
        "Tag": [{"name": "tlp:green"}],
        "Attribute": [
            {"uuid": "a1", "type": "sha256", "value": "HASH"},
            {"uuid": "a2", "type": "sha256", "value": "not-a-hash"},
            {"uuid": "a3", "type": "domain", "value": "Copy9.COM.", "first_seen": "2023-01-01",
             "Tag": [{"name": "tlp:amber"}]},
            5,
            {"uuid": "a5", "type": "domain"},
            {"uuid": "a6", "type": "AS", "value": "AS1234"},
            {"uuid": "a7", "type": "AS", "value": "AS5678"},
            {"uuid": "a8", "type": "link", "value": "https://example.org"},
            {"uuid": "a9", "type": "ip-dst|port", "value": "192.0.2.1|443", "deleted": true},
            {"uuid": "a10", "type": "domain|ip", "value": "evil.example|2001:DB8::1"}
        ],
        "Object": [
            {"name": "android-app", "Attribute": [
                {"object_relation": "name", "type": "text", "value": "KidsControl",
                 "Tag": [{"name": "unstalk:family-kind=\"watchware\""}]},
                {"object_relation": "appid", "type": "text", "value": "app.gpsme"},
                {"object_relation": "certificate", "type": "sha1", "value": "zz"}
            ]},
            "not an object"
        ]}}"#;
    // An upper-case SHA-256, as feeds write them.
    let text = template.replace("HASH", &"AB".repeat(32));
    let loaded = misp::read(Path::new("mixed.json"), text.as_bytes()).expect("event reads");
    let triples: Vec<(IndicatorKind, String)> = loaded
        .set
        .value_triples()
        .into_iter()
        .map(|(kind, value, _)| (kind, value))
        .collect();
    assert_eq!(
        triples,
        vec![
            (IndicatorKind::AndroidPackage, "app.gpsme".to_owned()),
            (IndicatorKind::FileSha256, "ab".repeat(32)),
            (IndicatorKind::Domain, "copy9.com".to_owned()),
            (IndicatorKind::Domain, "evil.example".to_owned()),
            (IndicatorKind::Ipv6, "2001:db8::1".to_owned()),
        ]
    );
    let family = loaded
        .set
        .family("KidsControl")
        .expect("family from the object");
    assert_eq!(family.kind, FamilyKind::Watchware);
    let domain = loaded
        .set
        .indicators
        .iter()
        .find(|i| i.value == "copy9.com")
        .expect("domain");
    assert_eq!(domain.provenance.tlp, Tlp::Amber, "attribute tag wins");
    assert_eq!(domain.provenance.contributor.as_deref(), Some("Echap"));
    assert_eq!(domain.provenance.first_seen.as_deref(), Some("2023-01-01"));
    let hash = loaded
        .set
        .of_kind(IndicatorKind::FileSha256)
        .next()
        .expect("hash");
    assert_eq!(hash.provenance.tlp, Tlp::Green, "event tag applies");
    assert_eq!(
        loaded
            .set
            .sources
            .first()
            .and_then(|s| s.version.as_deref()),
        Some("5f0c1e4e-0000-4000-8000-000000000001@1700000000")
    );

    let errors = errors(&loaded);
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("Attribute[1] a2") && e.contains("not-a-hash"))
    );
    assert!(errors.iter().any(|e| e.contains("Attribute[3]")));
    assert!(errors.iter().any(|e| e.contains("Attribute[4] a5")));
    assert!(
        errors
            .iter()
            .any(|e| e.contains("Object[0]") && e.contains("\"zz\""))
    );
    assert!(errors.iter().any(|e| e.contains("Object[1]")));
    let warnings: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].message.contains("2 attribute(s) of type `AS`"));
}

#[test]
fn misp_rejects_files_that_are_not_events() {
    let cases: [(&[u8], &str); 6] = [
        (b"this is not json", "not valid JSON"),
        (b"[1, 2, 3]", "not a MISP event"),
        (b"{\"Event\": 5}", "not a MISP event"),
        (b"{\"info\": \"no lists\"}", "not a MISP event"),
        (b"{\"Attribute\": 5}", "`Attribute` is not a list"),
        (
            b"{\"Attribute\": [{\"type\": \"domain\", \"value\": \"a\xff.com\"}]}",
            "not valid JSON",
        ),
    ];
    for (bytes, expected) in cases {
        match misp::read(Path::new("bad.json"), bytes) {
            Err(Error::Syntax { message, .. }) => {
                assert!(message.contains(expected), "{message:?} lacks {expected:?}");
            }
            other => panic!("expected a syntax error for {bytes:?}, got {other:?}"),
        }
    }
    match misp::read(
        Path::new("bad.json"),
        b"{\n\"Event\": {\n\"Attribute\": [\n}",
    ) {
        Err(Error::Syntax { line, .. }) => assert_eq!(line, Some(4)),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

// ----------------------------------------------------------------------------------------------
// TinyCheck

#[test]
fn tinycheck_reads_echaps_list() {
    let Some(loaded) = read_corpus(
        "tinycheck_reads_echaps_list",
        "stalkerware-indicators/generated/indicators-for-tinycheck.json",
        tinycheck::read,
    ) else {
        return;
    };
    let set = &loaded.set;
    // 1658 entries (1593 domain, 65 ip4addr), 1520 distinct; two "domain" entries are GitHub
    // URLs and are rejected.
    assert_eq!(count(set, IndicatorKind::Domain), 1453);
    assert_eq!(count(set, IndicatorKind::Ipv4), 65);
    assert_eq!(set.indicators.len(), 1518);
    let errors = errors(&loaded);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors.iter().all(|e| e.contains("https://github.com/")));
    assert!(set.indicators.iter().all(|i| i.family.is_none()
        && i.label.as_deref() == Some("stalkerware")
        && i.provenance.tlp == Tlp::Clear));
    assert_eq!(
        set.sources.first().map(|s| s.format),
        Some(SourceFormat::Tinycheck)
    );
}

#[test]
fn tinycheck_reads_its_own_list_and_reports_unsupported_types() {
    let Some(loaded) = read_corpus(
        "tinycheck_reads_its_own_list_and_reports_unsupported_types",
        "other-feeds/tinycheck-iocs.json",
        tinycheck::read,
    ) else {
        return;
    };
    let set = &loaded.set;
    assert_eq!(count(set, IndicatorKind::Domain), 2110);
    assert_eq!(count(set, IndicatorKind::Ipv4), 36);
    assert_eq!(count(set, IndicatorKind::Cidr), 349);
    assert_eq!(set.indicators.len(), 2110 + 36 + 349);
    assert_eq!(
        count(set, IndicatorKind::CertSha1),
        0,
        "TLS certs are not APK certs"
    );
    assert!(errors(&loaded).is_empty());
    let warnings: Vec<String> = loaded
        .diagnostics
        .iter()
        .map(|d| d.message.clone())
        .collect();
    for expected in [
        "669 entries of type `freedns`",
        "20 entries of type `ns`",
        "132 entries of type `sha1cert`",
        "81 entries of type `snort`",
        "23 entries of type `tld`",
    ] {
        assert!(
            warnings.iter().any(|w| w.starts_with(expected)),
            "{expected} in {warnings:#?}"
        );
    }
    assert_eq!(warnings.len(), 5);
    let tags: BTreeSet<&str> = set
        .indicators
        .iter()
        .filter_map(|i| i.label.as_deref())
        .collect();
    assert!(tags.contains("pegasus") && tags.contains("tracker") && tags.contains("stalkerware"));
}

#[test]
fn tinycheck_reads_the_allowlist() {
    let Some(loaded) = read_corpus(
        "tinycheck_reads_the_allowlist",
        "other-feeds/tinycheck-whitelist.json",
        tinycheck::read_allowlist,
    ) else {
        return;
    };
    let set = &loaded.set;
    assert_eq!(count(set, IndicatorKind::Domain), 842);
    assert_eq!(count(set, IndicatorKind::Cidr), 685);
    assert_eq!(count(set, IndicatorKind::Ipv4), 3);
    assert_eq!(count(set, IndicatorKind::Ipv6), 1);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let triples = set.value_triples();
    assert!(triples.contains(&(IndicatorKind::Domain, "google.com".into(), None)));
    assert!(triples.contains(&(IndicatorKind::Cidr, "192.168.0.0/16".into(), None)));
}

#[test]
fn tinycheck_round_trip_keeps_network_values() {
    let mut set = sample_set();
    // The same domain under a second family with a stricter TLP: the strictest is written.
    if let Some(copy9) = set
        .indicators
        .iter_mut()
        .find(|i| i.value == "copy9.com" && i.family.as_deref() == Some("KidsControl"))
    {
        copy9.provenance.tlp = Tlp::Green;
    }
    let written = write_to_vec(&set, tinycheck::write);
    let read = tinycheck::read(Path::new("iocs.json"), &written).expect("own output reads");
    assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics);
    let carried = [
        IndicatorKind::Domain,
        IndicatorKind::Ipv4,
        IndicatorKind::Ipv6,
        IndicatorKind::Cidr,
    ];
    assert_eq!(
        kind_values(&read.set, &carried),
        kind_values(&set, &carried)
    );
    assert_eq!(read.set.indicators.len(), 7, "one entry per distinct value");
    let label_of = |value: &str| {
        read.set
            .indicators
            .iter()
            .find(|i| i.value == value)
            .and_then(|i| i.label.clone())
    };
    assert_eq!(label_of("copy9.com").as_deref(), Some("stalkerware"));
    assert_eq!(label_of("2001:db8::1").as_deref(), Some("watchware"));
    assert_eq!(label_of("192.0.2.0/24").as_deref(), Some("suspect"));
    let copy9 = read
        .set
        .indicators
        .iter()
        .find(|i| i.value == "copy9.com")
        .expect("copy9");
    assert_eq!(copy9.provenance.tlp, Tlp::Green);
    let text = String::from_utf8_lossy(&written);
    assert!(
        text.contains(
            r#"{"type": "cidr", "tag": "stalkerware", "tlp": "white", "value": "198.51.100.7/32"}"#
        ),
        "{text}"
    );

    // TinyCheck's own tags survive a read-write-read cycle.
    let own = br#"{"iocs": [{"id": 1, "type": "domain", "tag": "pegasus", "tlp": "white", "value": "x.example"}]}"#;
    let first = tinycheck::read(Path::new("own.json"), own).expect("reads");
    let again = tinycheck::read(
        Path::new("again.json"),
        &write_to_vec(&first.set, tinycheck::write),
    )
    .expect("reads");
    assert_eq!(
        again
            .set
            .indicators
            .first()
            .and_then(|i| i.label.as_deref()),
        Some("pegasus")
    );
}

#[test]
fn tinycheck_rejects_bad_files_and_skips_bad_entries() {
    for (bytes, expected) in [
        (&b"nope"[..], "not valid JSON"),
        (&b"{\"iocs\": 3}"[..], "`iocs` list"),
        (&b"[]"[..], "`iocs` list"),
    ] {
        match tinycheck::read(Path::new("bad.json"), bytes) {
            Err(Error::Syntax { message, .. }) => assert!(message.contains(expected), "{message}"),
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }
    match tinycheck::read_allowlist(Path::new("bad.json"), b"{\"iocs\": []}") {
        Err(Error::Syntax { message, .. }) => assert!(message.contains("`elements` list")),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let mixed = br#"{"iocs": [
        {"type": "domain", "tag": "stalkerware", "tlp": "white", "value": "good.example"},
        "not an object",
        {"type": "domain", "tag": "stalkerware", "tlp": "white"},
        {"type": "ip4addr", "tag": "stalkerware", "tlp": "white", "value": "999.1.1.1"},
        {"type": "domain", "tag": "stalkerware", "tlp": "purple", "value": "secret.example"},
        {"type": "ip4addr", "tag": "stalkerware", "tlp": "AMBER", "value": "192.0.2.9"}
    ]}"#;
    let loaded = tinycheck::read(Path::new("mixed.json"), mixed).expect("reads");
    assert_eq!(
        kind_values(&loaded.set, &IndicatorKind::ALL),
        BTreeSet::from([
            (IndicatorKind::Domain, "good.example".to_owned()),
            (IndicatorKind::Ipv4, "192.0.2.9".to_owned()),
        ])
    );
    let errors = errors(&loaded);
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(
        errors
            .iter()
            .any(|e| e.contains("iocs[4]") && e.contains("purple"))
    );
    assert_eq!(
        loaded
            .set
            .of_kind(IndicatorKind::Ipv4)
            .next()
            .map(|i| i.provenance.tlp),
        Some(Tlp::Amber)
    );
}

// ----------------------------------------------------------------------------------------------
// CSV

#[test]
fn csv_reads_echaps_network_csv() {
    let Some(loaded) = read_corpus(
        "csv_reads_echaps_network_csv",
        "stalkerware-indicators/generated/network.csv",
        csv::read,
    ) else {
        return;
    };
    let set = &loaded.set;
    // 1034 rows (969 domain, 65 ipv4), 9 listed twice for the same app; two "domain" rows are
    // GitHub URLs and are rejected with their line.
    assert_eq!(set.families.len(), 110);
    assert!(
        set.families
            .iter()
            .all(|f| f.kind == FamilyKind::Stalkerware)
    );
    assert_eq!(count(set, IndicatorKind::Domain), 958);
    assert_eq!(count(set, IndicatorKind::Ipv4), 65);
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 2);
    assert_eq!(
        errors.iter().map(|d| d.line).collect::<Vec<_>>(),
        vec![Some(1022), Some(1023)]
    );
    assert!(set.value_triples().contains(&(
        IndicatorKind::Domain,
        "copy9.com".into(),
        Some("TheTruthSpy".into())
    )));
}

#[test]
fn csv_reads_isdi_app_flags() {
    let Some(loaded) = read_corpus(
        "csv_reads_isdi_app_flags",
        "other-feeds/isdi-app-flags.csv",
        csv::read,
    ) else {
        return;
    };
    let set = &loaded.set;
    // 5777 rows: 5128 Android (playstore/offstore), 648 App Store, 1 flagged `safe`.
    assert_eq!(count(set, IndicatorKind::AndroidPackage), 5128);
    assert_eq!(count(set, IndicatorKind::IosBundle), 648);
    assert_eq!(set.indicators.len(), 5776);
    let mut by_kind = BTreeMap::new();
    for family in &set.families {
        *by_kind.entry(family.kind).or_insert(0) += 1;
    }
    assert_eq!(set.families.len(), 4668);
    assert_eq!(
        by_kind,
        BTreeMap::from([
            (FamilyKind::Stalkerware, 191),
            (FamilyKind::DualUse, 4470),
            (FamilyKind::Other, 7),
        ])
    );
    assert!(errors(&loaded).is_empty());
    assert_eq!(loaded.diagnostics.len(), 1, "the `safe` row");
    let triples = set.value_triples();
    assert!(triples.contains(&(
        IndicatorKind::IosBundle,
        "com.trailbehind.GaiaGPS".into(),
        Some("Gaia GPS Classic".into())
    )));
    assert!(triples.contains(&(
        IndicatorKind::AndroidPackage,
        "Aktualizacja.apps".into(),
        Some("Spyone".into())
    )));
    // A title flagged both ways gets one family per kind.
    let mobile_tracker: Vec<_> = set
        .families
        .iter()
        .filter(|f| {
            f.name.eq_ignore_ascii_case("mobile tracker")
                || f.name.eq_ignore_ascii_case("mobile tracker (stalkerware)")
        })
        .map(|f| (f.name.as_str(), f.kind))
        .collect();
    assert_eq!(
        mobile_tracker,
        vec![
            ("Mobile Tracker", FamilyKind::DualUse),
            ("Mobile Tracker (stalkerware)", FamilyKind::Stalkerware)
        ]
    );

    // Our own CSV of it reads back to the same values.
    let again = csv::read(Path::new("isdi.csv"), &write_to_vec(set, csv::write)).expect("reads");
    assert_eq!(again.set.value_triples(), triples);
}

#[test]
fn csv_round_trip_keeps_every_field() {
    let set = sample_set();
    let written = write_to_vec(&set, csv::write);
    let text = String::from_utf8(written.clone()).expect("UTF-8");
    assert!(text.starts_with(
        "type,value,family,family_kind,role,label,tlp,confidence,first_seen,last_seen,contributor,criterion\n"
    ));
    assert!(text.contains(
        "android-package,com.thetruth,TheTruthSpy,stalkerware,c2,,AMBER,80,2023-01-02,2024-03-04T05:06:07Z,Echap,covert-operation\n"
    ));
    assert!(
        text.contains("\"Odd \"\"Name\"\", Inc.\""),
        "RFC 4180 quoting"
    );
    let read = csv::read(Path::new("export.csv"), &written).expect("own output reads");
    assert!(read.diagnostics.is_empty(), "{:?}", read.diagnostics);
    // Reading records each value's family kind; the set built in code leaves it unset.
    let mut expected = set.indicators.clone();
    for indicator in &mut expected {
        indicator.family_kind = set.family_of(indicator).map(|family| family.kind);
    }
    assert_eq!(read.set.indicators, expected, "every field survives");
    assert_eq!(used_families(&read.set), used_families(&set));
}

#[test]
fn csv_rejects_unknown_headers_and_skips_bad_rows() {
    match csv::read(Path::new("x.csv"), b"name,colour\nx,y\n") {
        Err(Error::Syntax { line, message, .. }) => {
            assert_eq!(line, Some(1));
            assert!(message.contains("name,colour"), "{message}");
            assert!(
                message.contains("type,indicator,app")
                    && message.contains("appId,store,flag,title")
            );
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    match csv::read(Path::new("x.csv"), b"") {
        Err(Error::Syntax { message, .. }) => assert!(message.contains("empty CSV")),
        other => panic!("expected a syntax error, got {other:?}"),
    }
    let mut bytes = b"type,value,family,family_kind,tlp\n\
        domain,good.example,Fam,stalkerware,CLEAR\n\
        domain,short.example\n\
        domain,b\xffd.example,Fam,stalkerware,CLEAR\n\
        colour,blue,,,\n\
        domain,secret.example,,,PURPLE\n\
        ipv4,300.1.1.1,,,\n\
        ipv4,192.0.2.1,NoKind,,GREEN\n"
        .to_vec();
    bytes.extend_from_slice(b"\"yara-rule\",\"rule a {\n condition: true\n}\",,,\n");
    let loaded = csv::read(Path::new("mixed.csv"), &bytes).expect("reads");
    assert_eq!(
        kind_values(&loaded.set, &IndicatorKind::ALL),
        BTreeSet::from([
            (IndicatorKind::Domain, "good.example".to_owned()),
            (IndicatorKind::Ipv4, "192.0.2.1".to_owned()),
            (
                IndicatorKind::YaraRule,
                "rule a {\n condition: true\n}".to_owned()
            ),
        ])
    );
    let errors: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.line, d.code))
        .collect();
    assert_eq!(
        errors,
        vec![
            (Some(3), "csv.row-width"),
            (Some(4), "csv.utf8"),
            (Some(5), "csv.type"),
            (Some(6), "csv.tlp"),
            (Some(7), "value.invalid"),
        ]
    );
    assert_eq!(
        loaded.set.family("NoKind").map(|f| f.kind),
        Some(FamilyKind::Other)
    );
    assert!(
        loaded
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Warning && d.code == "csv.family-kind")
    );
}

// ----------------------------------------------------------------------------------------------
// Suricata, hosts, ClamAV

/// (rule type, content, sid) of every rule line.
fn rules(text: &str) -> Vec<(String, String, u32)> {
    let sid = regex::Regex::new(r"sid:(\d+);").expect("regex");
    let content = regex::Regex::new(r#"content:"([^"]+)";"#).expect("regex");
    let address = regex::Regex::new(r"-> \[([^\]]+)\]").expect("regex");
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| {
            let kind = line.split_whitespace().nth(1).expect("protocol").to_owned();
            let target = content
                .captures(line)
                .or_else(|| address.captures(line))
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_owned())
                .expect("content or address");
            let sid = sid
                .captures(line)
                .and_then(|c| c.get(1))
                .and_then(|m| m.as_str().parse().ok())
                .expect("sid");
            (kind, target, sid)
        })
        .collect()
}

#[test]
fn suricata_writes_three_rules_per_domain_with_stable_unique_sids() {
    let set = sample_set();
    let text = String::from_utf8(write_to_vec(&set, suricata::write)).expect("UTF-8");
    let parsed = rules(&text);
    let domains: BTreeSet<&str> = set
        .of_kind(IndicatorKind::Domain)
        .map(|i| i.value.as_str())
        .collect();
    for domain in &domains {
        let dotted = format!(".{domain}");
        let kinds: BTreeSet<&str> = parsed
            .iter()
            .filter(|(_, target, _)| *target == dotted)
            .map(|(kind, _, _)| kind.as_str())
            .collect();
        assert_eq!(kinds, BTreeSet::from(["dns", "http", "tls"]), "{domain}");
    }
    assert_eq!(parsed.len(), 3 * domains.len() + 4, "plus 4 IP rules");
    let sids: BTreeSet<u32> = parsed.iter().map(|(_, _, sid)| *sid).collect();
    assert_eq!(sids.len(), parsed.len(), "sids unique");
    assert!(text.contains("dns.query; dotprefix; content:\".copy9.com\"; nocase; endswith;"));
    assert!(text.contains("tls.sni; dotprefix; content:\".copy9.com\"; nocase; endswith;"));
    assert!(text.contains("http.host; dotprefix; content:\".copy9.com\"; endswith;"));
    assert!(text.contains("alert ip $HOME_NET any -> [69.64.74.239] any"));
    assert!(text.contains("classtype:targeted-activity;"));
    assert!(text.contains("reference:url,example.org/feeds/sample;"));
    assert!(text.contains(
        "msg:\"UNSTALK STALKERWARE TheTruthSpy, KidsControl DNS query for copy9[.]com\""
    ));

    // Adding and removing other indicators leaves every remaining rule's sid alone.
    let mut bigger = set.clone();
    bigger
        .indicators
        .push(indicator(IndicatorKind::Domain, "new.example", None));
    bigger
        .indicators
        .push(indicator(IndicatorKind::Ipv4, "203.0.113.5", None));
    bigger
        .indicators
        .retain(|i| i.value != "my.thetruthspy.com");
    let after = rules(&String::from_utf8(write_to_vec(&bigger, suricata::write)).expect("UTF-8"));
    for (kind, target, sid) in &parsed {
        if target.ends_with("my.thetruthspy.com") {
            continue;
        }
        assert!(
            after.contains(&(kind.clone(), target.clone(), *sid)),
            "{kind} {target} kept sid {sid}"
        );
    }
    assert_eq!(after.len(), parsed.len() + 3 + 1 - 3);

    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("sample.rules");
    std::fs::write(&file, &text).expect("write rules");
    if let Some(output) = run_check_script(
        "suricata_writes_three_rules_per_domain_with_stable_unique_sids",
        "check-suricata-rules.sh",
        &file,
        &[],
    ) {
        assert!(output.contains("13 rule(s) load"), "{output}");
    }
}

#[test]
fn suricata_rules_for_the_echap_event() {
    let Some(loaded) = read_corpus(
        "suricata_rules_for_the_echap_event",
        "stalkerware-indicators/generated/misp_event.json",
        misp::read,
    ) else {
        return;
    };
    let text = String::from_utf8(write_to_vec(&loaded.set, suricata::write)).expect("UTF-8");
    let parsed = rules(&text);
    assert_eq!(parsed.len(), 3 * 991, "991 distinct domains");
    let sids: BTreeSet<u32> = parsed.iter().map(|(_, _, sid)| *sid).collect();
    assert_eq!(sids.len(), parsed.len());
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("unstalk.rules");
    std::fs::write(&file, &text).expect("write rules");
    // With Suricata installed: every rule loads, and the rules fire on the corpus captures of
    // listed names (including the mixed-case `MY.TheTruthSpy.COM` query) and not on the
    // benign-only capture.
    let Some(pcap_dns) =
        unstalk_testkit::corpus_path("suricata_rules_for_the_echap_event", "pcap/dns-v4.pcap")
    else {
        return;
    };
    let Some(pcap_benign) = unstalk_testkit::corpus_path(
        "suricata_rules_for_the_echap_event",
        "pcap/benign-only.pcapng",
    ) else {
        return;
    };
    let Some(output) = run_check_script(
        "suricata_rules_for_the_echap_event",
        "check-suricata-rules.sh",
        &file,
        &[&pcap_dns, &pcap_benign],
    ) else {
        return;
    };
    assert!(
        output.contains(&format!("ok: {}: 2973 rule(s) load", file.display())),
        "{output}"
    );
    assert!(
        output.contains("pcap benign-only.pcapng: 0 alert(s)"),
        "{output}"
    );
    assert!(
        output.contains("TheTruthSpy DNS query for my[.]thetruthspy[.]com"),
        "{output}"
    );
}

#[test]
fn hosts_lists_each_domain_once() {
    let set = sample_set();
    let text = String::from_utf8(write_to_vec(&set, hosts::write)).expect("UTF-8");
    let entries: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(
        entries,
        vec![
            "0.0.0.0 copy9.com",
            "0.0.0.0 my.thetruthspy.com",
            "0.0.0.0 xn--bcher-kva.example"
        ]
    );
    assert!(text.contains("# source: sample (3 domain(s))\n"));
    let Some(loaded) = read_corpus(
        "hosts_lists_each_domain_once",
        "stalkerware-indicators/generated/misp_event.json",
        misp::read,
    ) else {
        return;
    };
    let text = String::from_utf8(write_to_vec(&loaded.set, hosts::write)).expect("UTF-8");
    let entries: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(entries.len(), 991);
    assert!(
        entries
            .iter()
            .all(|line| line.starts_with("0.0.0.0 ") && line.split_whitespace().count() == 2)
    );
}

#[test]
fn clamav_writes_one_wildcard_size_signature_per_hash() {
    let set = sample_set();
    let text = String::from_utf8(write_to_vec(&set, clamav::write)).expect("UTF-8");
    let shape = regex::Regex::new(
        r"^([0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}):\*:Unstalk\.(Stalkerware|Watchware|DualUse|Other|Unattributed)\.[A-Za-z0-9_-]+\.[0-9a-f]{12}:73$",
    )
    .expect("regex");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines.iter().all(|line| shape.is_match(line)), "{text}");
    assert!(text.contains(&format!(
        "{}:*:Unstalk.Stalkerware.TheTruthSpy.cdcdcdcdcdcd:73\n",
        "cd".repeat(32)
    )));
    assert!(text.contains(&format!(
        "{}:*:Unstalk.Other.Odd_Name_Inc.343434343434:73\n",
        "34".repeat(16)
    )));
    assert!(text.contains(&format!(
        "{}:*:Unstalk.Unattributed.Unknown.efefefefefef:73\n",
        "ef".repeat(32)
    )));

    let Some(loaded) = read_corpus(
        "clamav_writes_one_wildcard_size_signature_per_hash",
        "stalkerware-indicators/generated/misp_event.json",
        misp::read,
    ) else {
        return;
    };
    let text = String::from_utf8(write_to_vec(&loaded.set, clamav::write)).expect("UTF-8");
    assert_eq!(text.lines().count(), 3228, "distinct APK SHA-256s");
    assert!(text.lines().all(|line| shape.is_match(line)));
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("unstalk.hsb");
    std::fs::write(&file, &text).expect("write signatures");
    if let Some(output) = run_check_script(
        "clamav_writes_one_wildcard_size_signature_per_hash",
        "check-clamav-sigs.sh",
        &file,
        &[],
    ) {
        assert!(output.contains("3228 signature(s)"), "{output}");
    }
}

// ----------------------------------------------------------------------------------------------
// Every writer

#[test]
fn every_writer_is_deterministic() {
    let mut sets = vec![("sample", sample_set())];
    if let Some(loaded) = read_corpus(
        "every_writer_is_deterministic",
        "stalkerware-indicators/generated/misp_event.json",
        misp::read,
    ) {
        sets.push(("echap misp", loaded.set));
    }
    for (set_name, set) in &sets {
        for (writer_name, writer) in WRITERS {
            let first = write_to_vec(set, writer);
            let second = write_to_vec(&set.clone(), writer);
            assert!(
                !first.is_empty(),
                "{writer_name} wrote nothing for {set_name}"
            );
            assert!(
                first == second,
                "{writer_name} differs between runs on {set_name}"
            );
        }
    }
    // Ids come from content: MISP uuids are the same for the same set read twice.
    let a = write_to_vec(&sample_set(), misp::write);
    let b = write_to_vec(&sample_set(), misp::write);
    assert_eq!(a, b);
}

#[test]
fn writers_handle_an_empty_set() {
    let empty = IndicatorSet::default();
    for (name, writer) in WRITERS {
        let out = write_to_vec(&empty, writer);
        match name {
            "misp" => {
                let read = misp::read(Path::new("e.json"), &out).expect("reads");
                assert!(read.set.indicators.is_empty());
            }
            "tinycheck" => {
                let read = tinycheck::read(Path::new("e.json"), &out).expect("reads");
                assert!(read.set.indicators.is_empty());
            }
            "csv" => {
                let read = csv::read(Path::new("e.csv"), &out).expect("reads");
                assert!(read.set.indicators.is_empty());
            }
            "clamav" => assert!(out.is_empty()),
            _ => {}
        }
    }
}

#[test]
fn readers_never_panic_on_truncated_input() {
    let set = sample_set();
    type Reader = fn(&Path, &[u8]) -> Result<Loaded, Error>;
    let inputs: [(Reader, Vec<u8>); 4] = [
        (misp::read, write_to_vec(&set, misp::write)),
        (tinycheck::read, write_to_vec(&set, tinycheck::write)),
        (
            tinycheck::read_allowlist,
            br#"{"elements": [{"type": "domain", "element": "a.example"}]}"#.to_vec(),
        ),
        (csv::read, write_to_vec(&set, csv::write)),
    ];
    for (reader, bytes) in inputs {
        for cut in (0..bytes.len()).step_by(7) {
            let _ = reader(Path::new("cut"), bytes.get(..cut).unwrap_or(&bytes));
        }
    }
}

#[test]
fn load_detects_misp_tinycheck_and_csv_files() {
    let set = sample_set();
    let dir = tempfile::tempdir().expect("temp dir");
    for (file, writer) in [
        ("event.json", misp::write as Writer),
        ("iocs.json", tinycheck::write),
        ("export.csv", csv::write),
    ] {
        let path = dir.path().join(file);
        std::fs::write(&path, write_to_vec(&set, writer)).expect("write");
        let loaded =
            unstalk_indicators::load(&path, unstalk_indicators::ReadOptions { strict: true })
                .expect("detected and read");
        let expected_format = match file {
            "event.json" => SourceFormat::Misp,
            "iocs.json" => SourceFormat::Tinycheck,
            _ => SourceFormat::Csv,
        };
        assert_eq!(
            loaded.set.sources.first().map(|s| s.format),
            Some(expected_format),
            "{file}"
        );
        assert!(!loaded.set.indicators.is_empty());
    }
}
