//! STIX 2.1 reader and writer: MVT's real bundles, every pattern form, round trips, determinism
//! and malformed input.

use std::path::Path;

use serde_json::{Value, json};
use unstalk_indicators::formats::stix2;
use unstalk_indicators::normalize::normalize;
use unstalk_indicators::{
    Criterion, Error, Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Loaded,
    Provenance, Role, Sample, Severity, Tlp,
};

fn read_json(value: &Value) -> Loaded {
    let bytes = serde_json::to_vec_pretty(value).expect("serialise fixture");
    stix2::read(Path::new("fixture.json"), &bytes).expect("fixture is a bundle")
}

fn bundle(objects: Vec<Value>) -> Value {
    json!({"type": "bundle", "id": "bundle--00000000-0000-4000-8000-000000000000", "objects": objects})
}

fn indicator(id: &str, pattern: &str) -> Value {
    json!({
        "type": "indicator", "spec_version": "2.1", "id": id,
        "created": "2023-01-02T03:04:05.000Z", "modified": "2023-01-02T03:04:05.000Z",
        "pattern": pattern, "pattern_type": "stix", "valid_from": "2023-01-02T03:04:05.000Z"
    })
}

fn codes(loaded: &Loaded) -> Vec<&'static str> {
    loaded.diagnostics.iter().map(|d| d.code).collect()
}

#[test]
fn cytrox_bundle_loads_every_indicator_under_predator() {
    let Some(path) =
        unstalk_testkit::corpus_path("cytrox_bundle", "mvt-artifacts/stix2/cytrox.stix2")
    else {
        return;
    };
    let bytes = std::fs::read(&path).expect("read corpus file");
    let loaded = stix2::read(&path, &bytes).expect("cytrox.stix2 is a bundle");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let set = &loaded.set;
    assert_eq!(set.indicators.len(), 343);
    assert_eq!(set.of_kind(IndicatorKind::Domain).count(), 336);
    assert_eq!(set.of_kind(IndicatorKind::FilePath).count(), 6);
    assert_eq!(set.of_kind(IndicatorKind::ConfigurationProfile).count(), 1);
    assert_eq!(set.families.len(), 1);
    assert_eq!(set.families[0].name, "Predator");
    assert_eq!(set.families[0].kind, FamilyKind::Other);
    assert!(
        set.indicators
            .iter()
            .all(|i| i.family.as_deref() == Some("Predator"))
    );
    let first = set
        .indicators
        .iter()
        .find(|i| i.value == "shortenurls.me")
        .expect("first domain");
    assert_eq!(
        first.provenance.first_seen.as_deref(),
        Some("2023-07-28T12:14:36.194951Z")
    );
    assert_eq!(set.sources.len(), 1);
    assert_eq!(
        set.sources[0].version.as_deref(),
        Some("bundle--55fd9639-3cd6-47e1-bed0-1aa726d6b2d3")
    );
}

#[test]
fn report_grouped_bundle_takes_the_report_as_family() {
    let Some(path) = unstalk_testkit::corpus_path(
        "report_grouped_bundle",
        "mvt-artifacts/stix2/638cd3ee5e5f019f84f9e0ea.json",
    ) else {
        return;
    };
    let bytes = std::fs::read(&path).expect("read corpus file");
    let loaded = stix2::read(&path, &bytes).expect("a bundle");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let set = &loaded.set;
    assert_eq!(set.indicators.len(), 69);
    assert_eq!(set.of_kind(IndicatorKind::Url).count(), 54);
    assert_eq!(set.of_kind(IndicatorKind::Domain).count(), 15);
    assert_eq!(set.families.len(), 1);
    let family = &set.families[0];
    assert!(family.name.starts_with("Pegasus Forensic Traces"));
    assert_eq!(family.kind, FamilyKind::Other);
    assert!(set.indicators.iter().all(|i| {
        i.family.as_deref() == Some(family.name.as_str())
            && i.provenance.contributor.as_deref() == Some("Open Threat Exchange")
    }));
    assert!(
        set.indicators
            .iter()
            .any(|i| i.value == "http://statsads.co/2dL8ARH")
    );
    // Also found through format detection (a .json file).
    let detected = unstalk_indicators::load(&path, Default::default()).expect("detected");
    assert_eq!(detected.set.indicators.len(), 69);
}

#[test]
fn every_pattern_form_is_read() {
    let sha256 = "a".repeat(64);
    let sha1 = "b".repeat(40);
    let md5 = "c".repeat(32);
    let cases: Vec<(String, IndicatorKind, String)> = vec![
        (
            "[domain-name:value = 'Evil.Example.']".into(),
            IndicatorKind::Domain,
            "evil.example".into(),
        ),
        (
            "[domain-name:value='tight.example']".into(),
            IndicatorKind::Domain,
            "tight.example".into(),
        ),
        (
            "[ipv4-addr:value = '192.0.2.1']".into(),
            IndicatorKind::Ipv4,
            "192.0.2.1".into(),
        ),
        (
            "[ipv4-addr:value = '198.51.100.7/24']".into(),
            IndicatorKind::Cidr,
            "198.51.100.0/24".into(),
        ),
        (
            "[ipv6-addr:value = '2001:DB8::1']".into(),
            IndicatorKind::Ipv6,
            "2001:db8::1".into(),
        ),
        (
            "[ipv6-addr:value = '2001:db8::/32']".into(),
            IndicatorKind::Cidr,
            "2001:db8::/32".into(),
        ),
        (
            "[url:value = 'https://c2.example/up.php?id=1&k=2']".into(),
            IndicatorKind::Url,
            "https://c2.example/up.php?id=1&k=2".into(),
        ),
        (
            "[app:id = 'com.thetruth']".into(),
            IndicatorKind::AndroidPackage,
            "com.thetruth".into(),
        ),
        (
            format!("[app:cert.sha1 = '{}']", sha1.to_uppercase()),
            IndicatorKind::CertSha1,
            sha1.clone(),
        ),
        (
            format!("[app:cert.sha256 = '{sha256}']"),
            IndicatorKind::CertSha256,
            sha256.clone(),
        ),
        (
            format!("[file:hashes.sha256 = '{sha256}']"),
            IndicatorKind::FileSha256,
            sha256.clone(),
        ),
        (
            format!("[file:hashes.'SHA-256' = '{sha256}']"),
            IndicatorKind::FileSha256,
            sha256.clone(),
        ),
        (
            format!("[file:hashes.'SHA-1' = '{sha1}']"),
            IndicatorKind::FileSha1,
            sha1.clone(),
        ),
        (
            format!("[file:hashes.sha1 = '{sha1}']"),
            IndicatorKind::FileSha1,
            sha1.clone(),
        ),
        (
            format!("[file:hashes.MD5 = '{md5}']"),
            IndicatorKind::FileMd5,
            md5.clone(),
        ),
        (
            format!("[file:hashes.md5 = '{md5}']"),
            IndicatorKind::FileMd5,
            md5.clone(),
        ),
        (
            "[email-addr:value = 'spy@Example.COM']".into(),
            IndicatorKind::Email,
            "spy@example.com".into(),
        ),
        (
            "[configuration-profile:id = '4b2c8e6a-0000-4000-8000-000000000001']".into(),
            IndicatorKind::ConfigurationProfile,
            "4b2c8e6a-0000-4000-8000-000000000001".into(),
        ),
        (
            "[android-property:name = 'persist.sys.spy']".into(),
            IndicatorKind::AndroidProperty,
            "persist.sys.spy".into(),
        ),
        (
            "[process:name = 'spyd']".into(),
            IndicatorKind::ProcessName,
            "spyd".into(),
        ),
        (
            "[file:path = '/data/local/tmp/spy']".into(),
            IndicatorKind::FilePath,
            "/data/local/tmp/spy".into(),
        ),
        (
            r"[file:name = 'it\'s a \\ file=1.apk']".into(),
            IndicatorKind::FileName,
            r"it's a \ file=1.apk".into(),
        ),
        (
            "[x509-certificate:x_unstalk_subject_organization = 'Spy Ltd']".into(),
            IndicatorKind::CertOrganization,
            "Spy Ltd".into(),
        ),
        (
            "[x509-certificate:x_unstalk_subject_cn MATCHES '^Android Debug$']".into(),
            IndicatorKind::CertCnRegex,
            "^Android Debug$".into(),
        ),
    ];
    let objects: Vec<Value> = cases
        .iter()
        .enumerate()
        .map(|(n, (pattern, _, _))| {
            indicator(
                &format!("indicator--00000000-0000-4000-8000-{n:012}"),
                pattern,
            )
        })
        .collect();
    let loaded = read_json(&bundle(objects));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let got: Vec<(IndicatorKind, String)> = loaded
        .set
        .indicators
        .iter()
        .map(|i| (i.kind, i.value.clone()))
        .collect();
    let want: Vec<(IndicatorKind, String)> = cases
        .into_iter()
        .map(|(_, kind, value)| (kind, value))
        .collect();
    assert_eq!(got, want);
    assert!(loaded.set.indicators.iter().all(|i| i.family.is_none()));
}

#[test]
fn yara_patterns_become_rules_and_other_pattern_types_are_skipped() {
    let rule = "rule snoopza : stalkerware {\n  strings:\n    $a = \"Server changed\"\n  condition:\n    $a\n}";
    let mut yara = indicator("indicator--00000000-0000-4000-8000-000000000001", rule);
    yara["pattern_type"] = json!("yara");
    let mut snort = indicator(
        "indicator--00000000-0000-4000-8000-000000000002",
        "alert tcp any any -> any any (msg:\"x\";)",
    );
    snort["pattern_type"] = json!("snort");
    let loaded = read_json(&bundle(vec![yara, snort]));
    assert_eq!(codes(&loaded), ["stix2.unsupported-pattern-type"]);
    let rules: Vec<&Indicator> = loaded.set.of_kind(IndicatorKind::YaraRule).collect();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].value, rule);
    assert_eq!(rules[0].label.as_deref(), Some("snoopza"));
    assert_eq!(loaded.set.yara_sources.len(), 1);
}

#[test]
fn families_come_from_relationships_and_reports() {
    let objects = vec![
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000001",
               "name": "TheTruthSpy", "aliases": ["TTS", "TheTruthSpy"], "is_family": true,
               "malware_types": ["spyware", "stalkerware"]}),
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000002",
               "name": "KidsControl", "labels": ["parental-control"], "is_family": true}),
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000003",
               "name": "Remote", "x_unstalk_kind": "dual-use", "is_family": true}),
        json!({"type": "report", "id": "report--00000000-0000-4000-8000-000000000004",
               "name": "Campaign report", "published": "2023-01-01T00:00:00Z",
               "object_refs": ["indicator--00000000-0000-4000-8000-00000000000c"]}),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000a",
            "[domain-name:value = 'shared.example']",
        ),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000b",
            "[app:id = 'app.gpsme']",
        ),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000c",
            "[url:value = 'http://r.example/x']",
        ),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000d",
            "[process:name = 'lonely']",
        ),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000011",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000a",
               "target_ref": "malware--00000000-0000-4000-8000-000000000001"}),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000012",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000a",
               "target_ref": "malware--00000000-0000-4000-8000-000000000002"}),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000013",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000b",
               "target_ref": "malware--00000000-0000-4000-8000-000000000002"}),
    ];
    let loaded = read_json(&bundle(objects));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let set = &loaded.set;
    let kinds: Vec<(&str, FamilyKind)> = set
        .families
        .iter()
        .map(|f| (f.name.as_str(), f.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("TheTruthSpy", FamilyKind::Stalkerware),
            ("KidsControl", FamilyKind::Watchware),
            ("Remote", FamilyKind::DualUse),
            ("Campaign report", FamilyKind::Other),
        ]
    );
    assert_eq!(set.families[0].aliases, ["TTS"]);
    let triples = set.value_triples();
    let family = |value: &str| -> Vec<Option<String>> {
        triples
            .iter()
            .filter(|t| t.1 == value)
            .map(|t| t.2.clone())
            .collect()
    };
    assert_eq!(
        family("shared.example"),
        [Some("KidsControl".into()), Some("TheTruthSpy".into())]
    );
    assert_eq!(family("app.gpsme"), [Some("KidsControl".into())]);
    assert_eq!(
        family("http://r.example/x"),
        [Some("Campaign report".into())]
    );
    assert_eq!(family("lonely"), [None]);
}

#[test]
fn provenance_markings_confidence_contributor_and_custom_properties() {
    let mut first = indicator(
        "indicator--00000000-0000-4000-8000-000000000001",
        "[domain-name:value = 'amber.example']",
    );
    first["object_marking_refs"] = json!([
        "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
        "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
    ]);
    first["confidence"] = json!(85);
    first["created_by_ref"] = json!("identity--00000000-0000-4000-8000-0000000000aa");
    first["valid_until"] = json!("2024-01-01T00:00:00Z");
    first["x_unstalk_role"] = json!("c2");
    first["x_unstalk_criterion"] = json!("exfiltration");
    let mut second = indicator(
        "indicator--00000000-0000-4000-8000-000000000002",
        "[domain-name:value = 'red.example']",
    );
    second["object_marking_refs"] =
        json!(["marking-definition--00000000-0000-4000-8000-0000000000bb"]);
    let mut third = indicator(
        "indicator--00000000-0000-4000-8000-000000000003",
        "[domain-name:value = 'white.example']",
    );
    third["object_marking_refs"] =
        json!(["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"]);
    let objects = vec![
        json!({"type": "identity", "id": "identity--00000000-0000-4000-8000-0000000000aa",
               "name": "Echap", "identity_class": "organization"}),
        json!({"type": "marking-definition", "id": "marking-definition--00000000-0000-4000-8000-0000000000bb",
               "definition_type": "tlp", "name": "TLP:RED", "definition": {"tlp": "red"}}),
        first,
        second,
        third,
    ];
    let loaded = read_json(&bundle(objects));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let by_value = |value: &str| {
        loaded
            .set
            .indicators
            .iter()
            .find(|i| i.value == value)
            .expect("indicator read")
    };
    let amber = by_value("amber.example");
    assert_eq!(amber.provenance.tlp, Tlp::Amber);
    assert_eq!(amber.provenance.confidence, Some(85));
    assert_eq!(amber.provenance.contributor.as_deref(), Some("Echap"));
    assert_eq!(
        amber.provenance.first_seen.as_deref(),
        Some("2023-01-02T03:04:05.000Z")
    );
    assert_eq!(
        amber.provenance.last_seen.as_deref(),
        Some("2024-01-01T00:00:00Z")
    );
    assert_eq!(amber.role, Some(Role::C2));
    assert_eq!(amber.provenance.criterion, Some(Criterion::Exfiltration));
    assert_eq!(by_value("red.example").provenance.tlp, Tlp::Red);
    assert_eq!(by_value("white.example").provenance.tlp, Tlp::Clear);
}

#[test]
fn malformed_objects_are_reported_and_good_ones_still_load() {
    let mut unknown_marking = indicator(
        "indicator--00000000-0000-4000-8000-000000000005",
        "[domain-name:value = 'marked.example']",
    );
    unknown_marking["object_marking_refs"] =
        json!(["marking-definition--00000000-0000-4000-8000-0000000000ff"]);
    let mut bad_confidence = indicator(
        "indicator--00000000-0000-4000-8000-000000000008",
        "[domain-name:value = 'confident.example']",
    );
    bad_confidence["confidence"] = json!(250);
    let objects = vec![
        json!("not an object"),
        json!({"type": "indicator", "pattern": "[domain-name:value = 'no-id.example']"}),
        json!({"type": "indicator", "id": "indicator--00000000-0000-4000-8000-000000000001",
               "pattern_type": "stix"}),
        indicator(
            "indicator--00000000-0000-4000-8000-000000000002",
            "[domain-name:value = 'unterminated",
        ),
        indicator(
            "indicator--00000000-0000-4000-8000-000000000003",
            "[domain-name:value = 'a.example' OR domain-name:value = 'b.example']",
        ),
        indicator(
            "indicator--00000000-0000-4000-8000-000000000004",
            "[mutex:name = 'Global\\\\x']",
        ),
        unknown_marking,
        indicator(
            "indicator--00000000-0000-4000-8000-000000000006",
            "[ipv4-addr:value = '999.1.1.1']",
        ),
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000007"}),
        bad_confidence,
        indicator(
            "indicator--00000000-0000-4000-8000-000000000009",
            "[domain-name:value = 'good.example']",
        ),
    ];
    let loaded = read_json(&bundle(objects));
    let values: Vec<&str> = loaded
        .set
        .indicators
        .iter()
        .map(|i| i.value.as_str())
        .collect();
    assert_eq!(
        values,
        ["marked.example", "confident.example", "good.example"]
    );
    assert_eq!(
        codes(&loaded),
        [
            "stix2.bad-object",          // "not an object"
            "stix2.bad-object",          // no id
            "stix2.bad-object",          // malware without name
            "stix2.bad-object",          // indicator without pattern
            "stix2.bad-pattern",         // unterminated string
            "stix2.unsupported-pattern", // OR
            "stix2.unsupported-pattern", // mutex
            "stix2.unknown-marking",     //
            "value.invalid",             // 999.1.1.1
            "stix2.bad-property",        // confidence 250
        ]
    );
    let without_pattern = loaded
        .diagnostics
        .iter()
        .find(|d| d.message.contains("without a string \"pattern\""))
        .expect("missing pattern reported");
    assert_eq!(
        without_pattern.record.as_deref(),
        Some("indicator--00000000-0000-4000-8000-000000000001 pattern")
    );
    assert!(without_pattern.line.is_some());
    let or = loaded
        .diagnostics
        .iter()
        .find(|d| d.message.contains("OR"))
        .expect("compound reported");
    assert_eq!(or.severity, Severity::Warning);
    assert!(or.message.contains("a.example"), "{}", or.message);
    assert_eq!(loaded.rejected(), 6);
}

#[test]
fn rejected_values_are_reported_per_family_with_their_place() {
    let objects = vec![
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000001",
               "name": "A", "is_family": true}),
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000002",
               "name": "B", "is_family": true}),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000a",
            "[ipv4-addr:value = '999.1.1.1']",
        ),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000011",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000a",
               "target_ref": "malware--00000000-0000-4000-8000-000000000001"}),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000012",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000a",
               "target_ref": "malware--00000000-0000-4000-8000-000000000002"}),
    ];
    let value = bundle(objects);
    let text = serde_json::to_string_pretty(&value).expect("serialise fixture");
    let loaded = read_json(&value);
    assert!(loaded.set.indicators.is_empty());
    assert_eq!(codes(&loaded), ["value.invalid", "value.invalid"]);
    let line = text
        .lines()
        .position(|line| {
            line.contains("\"id\": \"indicator--00000000-0000-4000-8000-00000000000a\"")
        })
        .map(|index| index as u64 + 1);
    for diagnostic in &loaded.diagnostics {
        assert_eq!(
            diagnostic.record.as_deref(),
            Some("indicator--00000000-0000-4000-8000-00000000000a pattern")
        );
        assert_eq!(diagnostic.line, line);
        assert_eq!(diagnostic.file, "fixture.json");
    }
}

#[test]
fn escapes_repeated_keys_and_odd_property_types_read_as_json_says() {
    // Escaped strings, a repeated property (the last one counts), properties of unexpected JSON
    // types, and unknown nested properties.
    let text = r#"{"type": "bundle", "id": "bundle--x", "objects": [
      {"type": "malware", "id": "malware--1", "name": "Sp\u0079 \"Pro\"", "aliases": ["Sp\u0079 \"Pro\"", 3, "SP2"],
       "malware_types": "stalkerware", "labels": ["Stalkerware"], "x_unstalk_kind": 7, "extra": {"a": [1, {"b": null}]}},
      {"type": "indicator", "id": "indicator--1", "pattern": "[domain-name:value = 'old.example']",
       "pattern": "[domain-name:value = 'sp\u0079.example']", "pattern_type": "STIX",
       "confidence": "high", "x_unstalk_role": {"c2": null}, "x_unstalk_criterion": ["x"],
       "object_marking_refs": "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
       "valid_from": 5, "created": "2020-01-01T00:00:00Z", "x_unstalk_label": 1.5},
      {"type": "relationship", "id": "relationship--1", "relationship_type": "indicates",
       "source_ref": "indicator--1", "target_ref": "malware--1"},
      {"type": 3, "id": "weird--1"},
      [1, 2],
      null
    ]}"#;
    let loaded = stix2::read(Path::new("odd.json"), text.as_bytes()).expect("a bundle");
    assert_eq!(
        codes(&loaded),
        [
            "stix2.bad-object",   // type 3
            "stix2.bad-object",   // [1, 2]
            "stix2.bad-object",   // null
            "stix2.bad-property", // confidence "high"
            "stix2.bad-property", // criterion ["x"]
        ]
    );
    let confidence = &loaded.diagnostics[3];
    assert!(
        confidence.message.contains("confidence \"high\""),
        "{}",
        confidence.message
    );
    assert_eq!(loaded.diagnostics[0].record.as_deref(), Some("weird--1"));
    assert_eq!(loaded.diagnostics[0].line, Some(11));
    assert_eq!(loaded.diagnostics[1].record.as_deref(), Some("objects[4]"));
    let set = &loaded.set;
    assert_eq!(set.families.len(), 1);
    assert_eq!(set.families[0].name, "Spy \"Pro\"");
    assert_eq!(set.families[0].aliases, ["SP2"]);
    assert_eq!(set.families[0].kind, FamilyKind::Stalkerware);
    assert_eq!(set.indicators.len(), 1);
    let record = &set.indicators[0];
    assert_eq!(record.value, "spy.example");
    assert_eq!(record.family.as_deref(), Some("Spy \"Pro\""));
    assert_eq!(record.family_kind, Some(FamilyKind::Stalkerware));
    assert_eq!(record.role, Some(Role::C2));
    assert_eq!(record.label, None);
    assert_eq!(record.provenance.tlp, Tlp::Clear);
    assert_eq!(
        record.provenance.first_seen.as_deref(),
        Some("2020-01-01T00:00:00Z")
    );
}

#[test]
fn whole_file_errors_are_clear() {
    let path = Path::new("broken.stix2");
    let Err(Error::Syntax {
        line: Some(2),
        message,
        ..
    }) = stix2::read(path, b"{\n  \"type\": bundle\n}")
    else {
        panic!("not JSON must be a syntax error on line 2");
    };
    assert!(message.contains("not valid JSON"), "{message}");

    let Err(Error::Syntax { message, .. }) = stix2::read(path, b"[{\"type\": \"indicator\"}]")
    else {
        panic!("an array is not a bundle");
    };
    assert!(message.contains("array"), "{message}");

    let Err(Error::Syntax { message, .. }) =
        stix2::read(path, br#"{"type": "indicator", "id": "indicator--x"}"#)
    else {
        panic!("a lone object is not a bundle");
    };
    assert!(message.contains("\"indicator\""), "{message}");

    let Err(Error::Syntax { .. }) = stix2::read(path, br#"{"type": "bundle", "objects": 3}"#)
    else {
        panic!("objects must be an array");
    };

    let empty = stix2::read(path, br#"{"type": "bundle", "id": "bundle--1"}"#).expect("empty");
    assert!(empty.set.indicators.is_empty());
    assert_eq!(codes(&empty), ["stix2.empty-bundle"]);
    assert_eq!(empty.set.sources.len(), 1);

    let Err(Error::Syntax { .. }) = stix2::read(path, b"") else {
        panic!("empty file");
    };
    let Err(Error::Syntax { .. }) = stix2::read(path, &[0xff, 0xfe, 0x00]) else {
        panic!("binary file");
    };
}

fn value(kind: IndicatorKind, text: &str) -> String {
    normalize(kind, text).expect("fixture value is valid")
}

/// A set with every indicator kind, four families of every kind, a value in two families,
/// values needing escapes or holding '=', and provenance of every sort.
fn sample_set() -> IndicatorSet {
    let mut set = IndicatorSet::default();
    let families = [
        (
            "TheTruthSpy",
            vec!["TheTruthSpy Pro"],
            FamilyKind::Stalkerware,
        ),
        ("KidsControl", vec![], FamilyKind::Watchware),
        ("TeamViewer", vec!["TV", "Team Viewer"], FamilyKind::DualUse),
        ("Predator", vec![], FamilyKind::Other),
    ];
    for (name, aliases, kind) in families {
        set.add_family(Family {
            name: name.into(),
            aliases: aliases.into_iter().map(str::to_owned).collect(),
            kind,
            source: 0,
        });
    }
    let (d64, e64, f40, zero32) = (
        "d".repeat(64),
        "e".repeat(64),
        "f".repeat(40),
        "0".repeat(32),
    );
    let entries: Vec<(IndicatorKind, &str, Option<&str>)> = vec![
        (
            IndicatorKind::AndroidPackage,
            "com.thetruth",
            Some("TheTruthSpy"),
        ),
        (
            IndicatorKind::IosBundle,
            "com.kidscontrol.ios",
            Some("KidsControl"),
        ),
        (
            IndicatorKind::AndroidPackage,
            "com.kidscontrol.ios",
            Some("KidsControl"),
        ),
        (
            IndicatorKind::CertSha1,
            "31:A6:EC:EC:D9:7C:F3:9B:C4:12:6B:87:45:CD:94:A7:C3:0B:F8:1C",
            Some("TheTruthSpy"),
        ),
        (IndicatorKind::CertSha256, &d64, Some("TheTruthSpy")),
        (IndicatorKind::FileSha256, &e64, Some("TheTruthSpy")),
        (IndicatorKind::FileSha1, &f40, None),
        (IndicatorKind::FileMd5, &zero32, Some("Predator")),
        (
            IndicatorKind::Domain,
            "thetruthspy.com",
            Some("TheTruthSpy"),
        ),
        (IndicatorKind::Domain, "shared.example", Some("TheTruthSpy")),
        (IndicatorKind::Domain, "shared.example", Some("KidsControl")),
        (IndicatorKind::Ipv4, "69.64.74.239", Some("TheTruthSpy")),
        (IndicatorKind::Ipv6, "2001:db8::1", Some("Predator")),
        (IndicatorKind::Cidr, "192.0.2.0/24", Some("Predator")),
        (IndicatorKind::Cidr, "2001:db8:1::/48", None),
        (
            IndicatorKind::Url,
            "https://media-sync-a.thetruthspy.com/upload.php",
            Some("TheTruthSpy"),
        ),
        (
            IndicatorKind::Url,
            "https://c2.example/u.php?id=1&k=2",
            Some("TheTruthSpy"),
        ),
        (IndicatorKind::Url, "https://c2.example/v.php?id=1", None),
        (
            IndicatorKind::Email,
            "Spy@TheTruthSpy.com",
            Some("TheTruthSpy"),
        ),
        (
            IndicatorKind::YaraRule,
            "rule snoopza {\n  strings:\n    $a = \"x\"\n  condition:\n    $a\n}",
            Some("TheTruthSpy"),
        ),
        (
            IndicatorKind::YaraRule,
            "rule bare { condition: true }",
            None,
        ),
        (
            IndicatorKind::CertOrganization,
            "TeamViewer Germany GmbH",
            Some("TeamViewer"),
        ),
        (
            IndicatorKind::CertCnRegex,
            "^Android (Debug|Release)$",
            Some("TheTruthSpy"),
        ),
        (IndicatorKind::CertCnRegex, "^CN=Spy$", None),
        (
            IndicatorKind::ConfigurationProfile,
            "4b2c8e6a-0000-4000-8000-000000000001",
            Some("Predator"),
        ),
        (
            IndicatorKind::AndroidProperty,
            "persist.sys.spy",
            Some("TheTruthSpy"),
        ),
        (IndicatorKind::ProcessName, "spyd", Some("TheTruthSpy")),
        (
            IndicatorKind::FilePath,
            "/data/local/tmp/it's here",
            Some("Predator"),
        ),
        (IndicatorKind::FileName, r"back\slash'quote.apk", None),
    ];
    for (n, (kind, text, family)) in entries.into_iter().enumerate() {
        let label = (kind == IndicatorKind::YaraRule).then(|| {
            unstalk_indicators::formats::yara::split_rules(text).0[0]
                .name
                .to_owned()
        });
        set.indicators.push(Indicator {
            kind,
            value: value(kind, text),
            family: family.map(str::to_owned),
            family_kind: None,
            role: match n % 4 {
                0 => Some(Role::C2),
                1 => Some(Role::Website),
                2 => None,
                _ => Some(Role::Distribution),
            },
            label,
            provenance: Provenance {
                source: 0,
                contributor: (n % 3 == 0).then(|| "Echap".to_owned()),
                first_seen: (n % 2 == 0).then(|| "2021-03-04".to_owned()),
                last_seen: (n % 5 == 0).then(|| "2022-05-06T07:08:09Z".to_owned()),
                tlp: [Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::Red][n % 4],
                confidence: (n % 2 == 1).then_some(70),
                criterion: (n % 3 == 1).then_some(Criterion::Exfiltration),
            },
        });
    }
    set
}

fn export(set: &IndicatorSet) -> Vec<u8> {
    let mut out = Vec::new();
    stix2::write(set, &mut out).expect("write to memory");
    out
}

#[test]
fn every_kind_round_trips() {
    let set = sample_set();
    let covered: std::collections::BTreeSet<IndicatorKind> =
        set.indicators.iter().map(|i| i.kind).collect();
    assert_eq!(
        covered.len(),
        IndicatorKind::ALL.len(),
        "fixture covers every kind"
    );
    let bytes = export(&set);
    let loaded = stix2::read(Path::new("export.stix2"), &bytes).expect("own export reads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(loaded.set.value_triples(), set.value_triples());
    let families = |set: &IndicatorSet| -> Vec<(String, Vec<String>, FamilyKind)> {
        set.families
            .iter()
            .map(|f| (f.name.clone(), f.aliases.clone(), f.kind))
            .collect()
    };
    assert_eq!(families(&loaded.set), families(&set));
    // Provenance, role and label survive (dates in STIX form).
    for original in &set.indicators {
        let back = loaded
            .set
            .indicators
            .iter()
            .find(|i| {
                i.kind == original.kind && i.value == original.value && i.family == original.family
            })
            .expect("record read back");
        assert_eq!(back.role, original.role, "{}", original.value);
        assert_eq!(back.label, original.label, "{}", original.value);
        let p = &back.provenance;
        let o = &original.provenance;
        assert_eq!(
            (p.tlp, p.confidence, p.criterion, &p.contributor),
            (o.tlp, o.confidence, o.criterion, &o.contributor),
            "{}",
            original.value
        );
        assert_eq!(
            p.first_seen.as_deref(),
            o.first_seen.as_ref().map(|_| "2021-03-04T00:00:00.000Z"),
        );
        assert_eq!(
            p.last_seen.as_deref(),
            o.last_seen.as_ref().map(|_| "2022-05-06T07:08:09.000Z"),
        );
    }
}

#[test]
fn export_is_deterministic_and_shaped_for_mvt() {
    let set = sample_set();
    let first = export(&set);
    assert_eq!(first, export(&set));
    assert_eq!(first, export(&set.clone()));
    let bundle: Value = serde_json::from_slice(&first).expect("JSON");
    let objects = bundle["objects"].as_array().expect("objects");
    let of_type = |t: &str| objects.iter().filter(|o| o["type"] == t).count();
    let counts = stix2::export_counts(&set);
    assert_eq!(of_type("indicator"), counts.indicators);
    assert_eq!(of_type("x-unstalk-indicator"), counts.custom_indicators);
    assert_eq!(of_type("malware"), 4);
    assert_eq!(counts.families, 4);
    assert_eq!(
        counts.indicators + counts.custom_indicators,
        stix2::indicator_count(&set)
    );
    assert_eq!(stix2::indicator_count(&set), set.indicators.len());
    // Every relationship's source is an exported indicator, every target a malware.
    let ids: std::collections::HashSet<&str> =
        objects.iter().filter_map(|o| o["id"].as_str()).collect();
    for relationship in objects.iter().filter(|o| o["type"] == "relationship") {
        assert!(ids.contains(relationship["source_ref"].as_str().expect("ref")));
        assert!(ids.contains(relationship["target_ref"].as_str().expect("ref")));
    }
    // MVT splits every standard indicator's pattern on '=' into exactly two parts; YARA and
    // values holding '=' are custom objects MVT skips.
    for object in objects {
        let pattern = object["pattern"].as_str().unwrap_or("");
        match object["type"].as_str() {
            Some("indicator") => {
                assert_eq!(pattern.split('=').count(), 2, "{pattern}");
                assert!(
                    object["id"]
                        .as_str()
                        .expect("id")
                        .starts_with("indicator--")
                );
            }
            Some("x-unstalk-indicator") => assert_ne!(pattern.split('=').count(), 2, "{pattern}"),
            _ => {}
        }
        for key in ["created", "modified", "valid_from"] {
            if let Some(timestamp) = object[key].as_str() {
                assert!(
                    timestamp.len() == 24 && timestamp.ends_with('Z'),
                    "{key}: {timestamp}"
                );
            }
        }
    }
    // The iOS bundle id goes out as app:id, which MVT checks iOS bundle ids against.
    assert!(objects.iter().any(|o| {
        o["pattern"] == "[app:id = 'com.kidscontrol.ios']"
            && o["x_unstalk_value_kind"] == "ios-bundle"
    }));
    let text = String::from_utf8(first).expect("UTF-8");
    assert!(
        text.contains(r"[file:name = 'back\\\\slash\\'quote.apk']"),
        "escaped"
    );
    // Expected MVT count for the sample set: standard indicators MVT knows, unique per
    // collection and list (ipv6 and x509 patterns are not counted).
    assert_eq!(counts.mvt_loaded, stix2::mvt_indicator_count(&set));
    assert_eq!(counts.mvt_loaded, 19);
}

#[test]
fn samples_are_exported_once_as_file_hashes() {
    let mut set = IndicatorSet::default();
    set.add_family(Family {
        name: "TheTruthSpy".into(),
        aliases: vec![],
        kind: FamilyKind::Stalkerware,
        source: 0,
    });
    let listed = "a".repeat(64);
    let only_sample = "b".repeat(64);
    set.indicators.push(Indicator {
        kind: IndicatorKind::FileSha256,
        value: listed.clone(),
        family: Some("TheTruthSpy".into()),
        family_kind: None,
        role: Some(Role::Sample),
        label: None,
        provenance: Provenance::default(),
    });
    for sha256 in [&listed, &only_sample] {
        set.samples.push(Sample {
            sha256: sha256.clone(),
            package: Some("com.thetruth".into()),
            certificate: None,
            version: None,
            app: "thetruthspy".into(),
            family: Some("TheTruthSpy".into()),
            source: 0,
        });
    }
    assert_eq!(stix2::indicator_count(&set), 2);
    let text = String::from_utf8(export(&set)).expect("UTF-8");
    assert!(text.contains(&format!("[file:hashes.sha256 = '{only_sample}']")));
    let loaded = stix2::read(Path::new("x.stix2"), text.as_bytes()).expect("reads");
    assert!(
        loaded
            .set
            .indicators
            .iter()
            .all(|i| i.role == Some(Role::Sample) && i.kind == IndicatorKind::FileSha256)
    );
    assert_eq!(loaded.set.indicators.len(), 2);
}

#[test]
fn duplicate_records_merge_into_one_indicator() {
    let mut set = sample_set();
    let mut again = set.indicators[8].clone(); // thetruthspy.com
    again.provenance.tlp = Tlp::Red;
    again.provenance.first_seen = Some("2019-01-01".into());
    set.indicators.push(again);
    assert_eq!(stix2::indicator_count(&set), set.indicators.len() - 1);
    let loaded = stix2::read(Path::new("x.stix2"), &export(&set)).expect("reads");
    let merged = loaded
        .set
        .indicators
        .iter()
        .find(|i| i.value == "thetruthspy.com")
        .expect("present");
    assert_eq!(merged.provenance.tlp, Tlp::Red);
    assert_eq!(
        merged.provenance.first_seen.as_deref(),
        Some("2019-01-01T00:00:00.000Z")
    );
}

/// Echap lists WiseMo both as stalkerware and as watchware: two families with one name.
fn same_name_two_kinds_set() -> IndicatorSet {
    let mut set = IndicatorSet::default();
    for kind in [FamilyKind::Stalkerware, FamilyKind::Watchware] {
        set.add_family(Family {
            name: "WiseMo".into(),
            aliases: vec![],
            kind,
            source: 0,
        });
    }
    let records = [
        ("com.wisemo.a", FamilyKind::Stalkerware),
        ("com.wisemo.a", FamilyKind::Watchware),
        ("com.wisemo.b", FamilyKind::Watchware),
    ];
    for (package, kind) in records {
        set.indicators.push(Indicator {
            kind: IndicatorKind::AndroidPackage,
            value: package.into(),
            family: Some("WiseMo".into()),
            family_kind: Some(kind),
            role: None,
            label: None,
            provenance: Provenance::default(),
        });
    }
    set
}

/// The packages of each (family, kind) in a set, sorted.
fn packages_by_family(set: &IndicatorSet) -> Vec<(String, FamilyKind, String)> {
    let mut found: Vec<(String, FamilyKind, String)> = set
        .indicators
        .iter()
        .map(|i| {
            let family = set.family_of(i).expect("record has a family");
            assert_eq!(i.family_kind, Some(family.kind), "{}", i.value);
            (family.name.clone(), family.kind, i.value.clone())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn one_name_under_two_kinds_stays_two_families() {
    let set = same_name_two_kinds_set();
    let bytes = export(&set);
    let bundle: Value = serde_json::from_slice(&bytes).expect("JSON");
    let objects = bundle["objects"].as_array().expect("objects");
    // Distinct ids for the two malware objects and the two com.wisemo.a indicators.
    let ids: Vec<&str> = objects.iter().filter_map(|o| o["id"].as_str()).collect();
    let unique: std::collections::HashSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len(), "duplicate STIX ids");
    let malware: Vec<(&str, &str)> = objects
        .iter()
        .filter(|o| o["type"] == "malware")
        .map(|o| {
            (
                o["name"].as_str().expect("name"),
                o["x_unstalk_kind"].as_str().expect("kind"),
            )
        })
        .collect();
    assert_eq!(
        malware,
        [("WiseMo", "stalkerware"), ("WiseMo", "watchware")]
    );
    let counts = stix2::export_counts(&set);
    assert_eq!((counts.indicators, counts.families), (3, 2));
    // MVT makes one collection per malware object: com.wisemo.a counts once in each.
    assert_eq!(counts.mvt_loaded, 3);

    let loaded = stix2::read(Path::new("wisemo.stix2"), &bytes).expect("reads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let families: Vec<(&str, FamilyKind)> = loaded
        .set
        .families
        .iter()
        .map(|f| (f.name.as_str(), f.kind))
        .collect();
    assert_eq!(
        families,
        [
            ("WiseMo", FamilyKind::Stalkerware),
            ("WiseMo", FamilyKind::Watchware)
        ]
    );
    let expected = vec![
        (
            "WiseMo".to_owned(),
            FamilyKind::Stalkerware,
            "com.wisemo.a".to_owned(),
        ),
        (
            "WiseMo".to_owned(),
            FamilyKind::Watchware,
            "com.wisemo.a".to_owned(),
        ),
        (
            "WiseMo".to_owned(),
            FamilyKind::Watchware,
            "com.wisemo.b".to_owned(),
        ),
    ];
    assert_eq!(packages_by_family(&set), expected);
    assert_eq!(packages_by_family(&loaded.set), expected);
    // And once more through the writer: the same bytes.
    assert_eq!(export(&loaded.set), bytes);
}

#[test]
fn an_indicator_of_two_same_named_malware_objects_gets_both_kinds() {
    let objects = vec![
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000001",
               "name": "FindMyKids", "x_unstalk_kind": "stalkerware", "is_family": true}),
        json!({"type": "malware", "id": "malware--00000000-0000-4000-8000-000000000002",
               "name": "findmykids", "malware_types": ["watchware"], "is_family": true}),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000a",
            "[app:id = 'org.findmykids.app']",
        ),
        indicator(
            "indicator--00000000-0000-4000-8000-00000000000b",
            "[app:id = 'org.findmykids.child']",
        ),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000011",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000a",
               "target_ref": "malware--00000000-0000-4000-8000-000000000001"}),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000012",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000a",
               "target_ref": "malware--00000000-0000-4000-8000-000000000002"}),
        json!({"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000013",
               "relationship_type": "indicates",
               "source_ref": "indicator--00000000-0000-4000-8000-00000000000b",
               "target_ref": "malware--00000000-0000-4000-8000-000000000001"}),
    ];
    let loaded = read_json(&bundle(objects));
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(loaded.set.families.len(), 2);
    let mut got: Vec<(&str, Option<FamilyKind>)> = loaded
        .set
        .indicators
        .iter()
        .map(|i| (i.value.as_str(), i.family_kind))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("org.findmykids.app", Some(FamilyKind::Stalkerware)),
            ("org.findmykids.app", Some(FamilyKind::Watchware)),
            ("org.findmykids.child", Some(FamilyKind::Stalkerware)),
        ]
    );
}

#[test]
fn corpus_bundle_round_trips_through_the_writer() {
    let Some(path) =
        unstalk_testkit::corpus_path("corpus_round_trip", "mvt-artifacts/stix2/cytrox.stix2")
    else {
        return;
    };
    let bytes = std::fs::read(&path).expect("read corpus file");
    let loaded = stix2::read(&path, &bytes).expect("reads");
    let exported = export(&loaded.set);
    let again = stix2::read(Path::new("again.stix2"), &exported).expect("reads back");
    assert!(again.diagnostics.is_empty(), "{:?}", again.diagnostics);
    assert_eq!(again.set.value_triples(), loaded.set.value_triples());
    assert_eq!(stix2::mvt_indicator_count(&loaded.set), 343);
}
