//! Tests of the vocabulary, the verdict rule and the committed schema and example.
//!
//! `docs/schema/scan-report.schema.json`, `docs/schema/scan-report.example.json` and the JSON
//! example in `docs/scan-report.md` are golden files: `UNSTALK_BLESS=1 cargo test -p
//! unstalk-judge` rewrites them from the code.

use std::path::PathBuf;

use serde_json::Value;

use crate::{
    AllowListUsed, Check, Confidence, Criterion, Evidence, EvidenceSource, FamilyKind, Finding,
    FindingId, IndicatorRef, IndicatorSetUsed, IndicatorSource, Input, InputKind, NotChecked,
    ScanReport, Severity, Subject, SubjectReport, Tlp, Verdict, report_schema,
};

const ECHAP_SHA256: &str = "044daf9ba3001c1642b6f5cecda9319fa23c3c66905def6fcb8be42a481f2522";

fn docs_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs")
        .join(relative)
}

fn blessing() -> bool {
    std::env::var_os("UNSTALK_BLESS").is_some_and(|value| value == "1")
}

/// Pretty JSON with object keys sorted, whatever serde_json's `preserve_order` feature says,
/// so the committed files do not depend on feature unification.
fn canonical_json(value: &Value) -> String {
    fn sorted(value: &Value) -> Value {
        match value {
            Value::Object(map) => {
                let mut entries: Vec<_> = map.iter().collect();
                entries.sort_by(|a, b| a.0.cmp(b.0));
                Value::Object(
                    entries
                        .into_iter()
                        .map(|(key, value)| (key.clone(), sorted(value)))
                        .collect(),
                )
            }
            Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    let mut text = serde_json::to_string_pretty(&sorted(value)).expect("a Value serialises");
    text.push('\n');
    text
}

/// Compares the JSON `text` with the file at `relative` under docs/ (as JSON values, so
/// formatting does not matter), or writes `text` there when blessing.
fn check_golden_json(relative: &str, text: &str) {
    let path = docs_path(relative);
    if blessing() {
        std::fs::write(&path, text).expect("golden file is writable");
        return;
    }
    let actual: Value = serde_json::from_str(text).expect("generated text is JSON");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let committed: Value = serde_json::from_str(&text).expect("golden file is JSON");
    assert!(
        committed == actual,
        "docs/{relative} is out of date; run `UNSTALK_BLESS=1 cargo test -p unstalk-judge`, \
         review the diff and commit it"
    );
}

fn app(package: &str) -> Subject {
    Subject::App {
        package: package.to_owned(),
        name: None,
        version: None,
        sha256: None,
    }
}

fn indicator(kind: &str, value: &str, family: &str, family_kind: FamilyKind) -> IndicatorRef {
    IndicatorRef {
        family: Some(family.to_owned()),
        family_kind: Some(family_kind),
        kind: kind.to_owned(),
        value: value.to_owned(),
        label: None,
        details: None,
        source: "echap".to_owned(),
        source_sha256: ECHAP_SHA256.to_owned(),
        tlp: Tlp::Clear,
        confidence: None,
    }
}

fn package_hit(package: &str, family: &str, family_kind: FamilyKind) -> Finding {
    Finding::new(
        FindingId::IndicatorPackage,
        Severity::Critical,
        Confidence::Certain,
        app(package),
    )
    .with_indicator(indicator("android-package", package, family, family_kind))
}

fn behaviour(id: FindingId, severity: Severity) -> Finding {
    Finding::new(id, severity, Confidence::Medium, app("com.example.app"))
}

/// A line of a file inside the example's androidqf acquisition.
fn acquisition_file(entry: &str, line: u64) -> EvidenceSource {
    EvidenceSource::File {
        path: "acquisitions/pixel.zip".to_owned(),
        entry: Some(entry.to_owned()),
        line: Some(line),
    }
}

/// A realistic report: an androidqf acquisition and an APK scanned against Echap's set.
fn example_report() -> ScanReport {
    let spy_package = "com.android.systemservice.sync";
    let spy = Subject::App {
        package: spy_package.to_owned(),
        name: Some("System Service".to_owned()),
        version: Some("7.2.1".to_owned()),
        sha256: Some("dd37c2d7274f7ea982cb83390c36918fee9ce8889073c44b68cdc00bdb8c3e04".to_owned()),
    };
    let c2 = Subject::NetworkHost {
        host: "api.examplespy.example".to_owned(),
    };
    let spy_findings = vec![
        Finding::new(
            FindingId::IndicatorPackage,
            Severity::Critical,
            Confidence::Certain,
            spy.clone(),
        )
        .with_evidence(
            Evidence::new(acquisition_file("packages.json", 412))
                .with_value("package_name", spy_package),
        )
        .with_indicator(indicator(
            "android-package",
            spy_package,
            "ExampleSpy",
            FamilyKind::Stalkerware,
        )),
        Finding::new(
            FindingId::AndroidAccessibilityEnabled,
            Severity::High,
            Confidence::Certain,
            spy.clone(),
        )
        .with_evidence(
            Evidence::new(acquisition_file("settings_secure.txt", 12)).with_value(
                "enabled_accessibility_services",
                "com.android.systemservice.sync/.AccessService",
            ),
        ),
        Finding::new(
            FindingId::IndicatorDomain,
            Severity::High,
            Confidence::High,
            c2.clone(),
        )
        .with_evidence(
            Evidence::new(EvidenceSource::File {
                path: "sample.apk".to_owned(),
                entry: Some("classes.dex".to_owned()),
                line: None,
            })
            .with_value("string", "https://api.examplespy.example/upload"),
        )
        .with_indicator(IndicatorRef {
            label: None,
            details: None,
            confidence: Some(90),
            ..indicator(
                "domain",
                "examplespy.example",
                "ExampleSpy",
                FamilyKind::Stalkerware,
            )
        })
        .with_criterion(Criterion::Exfiltration),
    ];
    let locator = Subject::App {
        package: "org.example.familylocator".to_owned(),
        name: Some("Family Locator".to_owned()),
        version: None,
        sha256: None,
    };
    let locator_findings = vec![
        Finding::new(
            FindingId::IndicatorPackage,
            Severity::Medium,
            Confidence::Certain,
            locator.clone(),
        )
        .with_evidence(
            Evidence::new(acquisition_file("packages.json", 97))
                .with_value("package_name", "org.example.familylocator"),
        )
        .with_indicator(indicator(
            "android-package",
            "org.example.familylocator",
            "ExampleLocator",
            FamilyKind::Watchware,
        )),
    ];
    let device = Subject::Device {
        serial: Some("R58M12ABCDE".to_owned()),
        model: Some("Pixel 7".to_owned()),
    };
    let device_findings = vec![
        Finding::new(
            FindingId::AndroidPlayProtectDisabled,
            Severity::Medium,
            Confidence::Certain,
            Subject::Setting {
                name: "global/package_verifier_user_consent".to_owned(),
            },
        )
        .with_evidence(
            Evidence::new(acquisition_file("settings_global.txt", 57))
                .with_value("package_verifier_user_consent", "-1"),
        ),
    ];
    let cdn = Subject::NetworkHost {
        host: "cdn.example.net".to_owned(),
    };
    let cdn_findings = vec![
        Finding::new(
            FindingId::IndicatorAllowListed,
            Severity::Info,
            Confidence::High,
            cdn.clone(),
        )
        .with_evidence(
            Evidence::new(EvidenceSource::Packet {
                capture: "capture.pcapng".to_owned(),
                frame: 1204,
            })
            .with_value("dns.qry.name", "cdn.example.net")
            .with_value("allow_list", "clinic-allow.txt"),
        )
        .with_indicator(indicator(
            "domain",
            "cdn.example.net",
            "ExampleSpy",
            FamilyKind::Stalkerware,
        )),
    ];

    let mut report = ScanReport::new("2026-11-23T14:05:00Z");
    // Fixed, so the committed example does not change with every release.
    report.tool.version = "0.1.0".to_owned();
    report.inputs = vec![
        Input {
            path: "acquisitions/pixel.zip".to_owned(),
            sha256: Some(
                "a7acee25dc6496a8b41b6dd49813f0779387847f676cc9f219a596877f523733".to_owned(),
            ),
            kind: InputKind::Androidqf,
        },
        Input {
            path: "sample.apk".to_owned(),
            sha256: Some(
                "dd37c2d7274f7ea982cb83390c36918fee9ce8889073c44b68cdc00bdb8c3e04".to_owned(),
            ),
            kind: InputKind::Apk,
        },
    ];
    report.indicator_sets = vec![IndicatorSetUsed {
        sources: vec![IndicatorSource {
            name: "echap".to_owned(),
            location: "https://github.com/AssoEchap/stalkerware-indicators".to_owned(),
            sha256: ECHAP_SHA256.to_owned(),
            version: Some("9c1f0e2".to_owned()),
            date: Some("2026-11-02T09:14:00Z".to_owned()),
            built_in: false,
        }],
        sha256: "6ee0eb490ff832101cf82a3d387c35f29e4230be786978f7acf9e811febf6723".to_owned(),
        counts: [
            ("android-package", 1184),
            ("domain", 3361),
            ("families", 189),
            ("samples", 2240),
        ]
        .into_iter()
        .map(|(kind, count)| (kind.to_owned(), count))
        .collect(),
    }];
    report.allow_lists = vec![AllowListUsed {
        location: "clinic-allow.txt".to_owned(),
        sha256: "410083735735a10e658a19edd1704e606c9dd112e225825b63fafeded766c8b9".to_owned(),
        entries: 12,
    }];
    report.checked = vec![
        Check {
            id: "indicator.packages".to_owned(),
            description: "Installed app ids against indicator feeds".to_owned(),
            phrase: None,
        },
        Check {
            id: "android.accessibility".to_owned(),
            description: "Enabled accessibility services".to_owned(),
            phrase: None,
        },
    ];
    report.not_checked = vec![NotChecked {
        id: "android.notification-listeners".to_owned(),
        description: "Apps allowed to read notifications".to_owned(),
        why: "acquisition has no dumpsys.txt".to_owned(),
        phrase: None,
        why_phrase: None,
        unread: false,
    }];
    report.subjects = vec![
        SubjectReport::new(spy, spy_findings),
        SubjectReport::new(locator, locator_findings),
        SubjectReport::new(device, device_findings),
        SubjectReport::new(cdn, cdn_findings),
    ];
    report
}

/// The example report as committed: fields in declaration order, which reads better than
/// sorted keys and does not depend on serde_json features either.
fn example_text() -> String {
    let mut text = serde_json::to_string_pretty(&example_report()).expect("report serialises");
    text.push('\n');
    text
}

#[test]
fn committed_schema_matches_the_types() {
    let schema = report_schema().to_value();
    check_golden_json("schema/scan-report.schema.json", &canonical_json(&schema));
}

#[test]
fn committed_example_matches_the_example_report() {
    check_golden_json("schema/scan-report.example.json", &example_text());
}

#[test]
fn documented_example_is_the_example_report() {
    let path = docs_path("scan-report.md");
    let text = std::fs::read_to_string(&path).expect("docs/scan-report.md is readable");
    let start = text.find("```json\n").expect("doc has a ```json block") + "```json\n".len();
    let length = text
        .get(start..)
        .and_then(|rest| rest.find("```"))
        .expect("json block is closed");
    let example = example_text();
    if blessing() {
        let blessed = format!(
            "{}{}{}",
            text.get(..start).unwrap_or_default(),
            example,
            text.get(start + length..).unwrap_or_default()
        );
        std::fs::write(&path, blessed).expect("docs/scan-report.md is writable");
        return;
    }
    let documented: Value = text
        .get(start..start + length)
        .and_then(|block| serde_json::from_str(block).ok())
        .expect("json block parses");
    let example: Value = serde_json::from_str(&example).expect("example is JSON");
    assert!(
        documented == example,
        "the example in docs/scan-report.md is out of date; run `UNSTALK_BLESS=1 cargo test -p \
         unstalk-judge`"
    );
}

#[test]
fn example_report_round_trips_unchanged() {
    let report = example_report();
    let text = serde_json::to_string_pretty(&report).expect("report serialises");
    let back: ScanReport = serde_json::from_str(&text).expect("report deserialises");
    assert_eq!(back, report);
    assert_eq!(
        serde_json::to_string_pretty(&back).expect("report serialises"),
        text
    );
}

#[test]
fn example_report_verdicts_follow_the_rule() {
    let verdicts: Vec<(Verdict, Vec<u32>)> = example_report()
        .subjects
        .into_iter()
        .map(|entry| (entry.verdict, entry.reasons))
        .collect();
    assert_eq!(
        verdicts,
        [
            (Verdict::KnownStalkerware, vec![0, 2]),
            (Verdict::KnownWatchware, vec![0]),
            (Verdict::NothingFound, vec![]),
            (Verdict::NothingFound, vec![]),
        ]
    );
}

#[test]
fn verdict_names_are_exactly_the_documented_ones() {
    let cases = [
        (Verdict::KnownStalkerware, "known_stalkerware"),
        (Verdict::KnownWatchware, "known_watchware"),
        (Verdict::StalkerwareLike, "stalkerware_like"),
        (Verdict::NothingFound, "nothing_found"),
    ];
    for (verdict, name) in cases {
        assert_eq!(
            serde_json::to_value(verdict).expect("verdict serialises"),
            Value::String(name.to_owned())
        );
        assert_eq!(verdict.as_str(), name);
        let back: Verdict = serde_json::from_value(Value::String(name.to_owned()))
            .expect("verdict name deserialises");
        assert_eq!(back, verdict);
    }
    let schema = report_schema().to_value();
    assert_eq!(
        schema.pointer("/$defs/Verdict/oneOf").map(|variants| {
            variants
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|variant| variant.pointer("/const").or(variant.pointer("/enum/0")))
                .cloned()
                .collect::<Vec<_>>()
        }),
        Some(cases.iter().map(|(_, name)| Value::from(*name)).collect())
    );
}

/// The serialised names of `values`.
fn names<T: serde::Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .map(|value| match serde_json::to_value(value) {
            Ok(Value::String(name)) => name,
            other => panic!("expected a string, got {other:?}"),
        })
        .collect()
}

#[test]
fn closed_vocabularies_serialise_as_documented() {
    let severities = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];
    assert_eq!(
        names(&severities),
        ["critical", "high", "medium", "low", "info"]
    );
    let confidences = [
        Confidence::Certain,
        Confidence::High,
        Confidence::Medium,
        Confidence::Low,
    ];
    assert_eq!(names(&confidences), ["certain", "high", "medium", "low"]);
    let criteria = [
        Criterion::CovertOperation,
        Criterion::MonitoringCapability,
        Criterion::Persistence,
        Criterion::RemoteControl,
        Criterion::Exfiltration,
        Criterion::Marketing,
    ];
    assert_eq!(
        names(&criteria),
        [
            "covert-operation",
            "monitoring-capability",
            "persistence",
            "remote-control",
            "exfiltration",
            "marketing"
        ]
    );
    let kinds = [
        FamilyKind::Stalkerware,
        FamilyKind::Watchware,
        FamilyKind::DualUse,
        FamilyKind::Other,
    ];
    assert_eq!(
        names(&kinds),
        ["stalkerware", "watchware", "dual-use", "other"]
    );
    assert_eq!(
        names(&[Tlp::Clear, Tlp::Green, Tlp::Amber, Tlp::Red]),
        ["CLEAR", "GREEN", "AMBER", "RED"]
    );
    let inputs = [
        InputKind::Apk,
        InputKind::Androidqf,
        InputKind::AdbDevice,
        InputKind::IosBackup,
        InputKind::Pcap,
    ];
    assert_eq!(
        names(&inputs),
        ["apk", "androidqf", "adb_device", "ios_backup", "pcap"]
    );
}

#[test]
fn severity_and_confidence_order_from_least_to_most() {
    assert!(Severity::Info < Severity::Low);
    assert!(Severity::Low < Severity::Medium);
    assert!(Severity::Medium < Severity::High);
    assert!(Severity::High < Severity::Critical);
    assert!(Confidence::Low < Confidence::Medium);
    assert!(Confidence::Medium < Confidence::High);
    assert!(Confidence::High < Confidence::Certain);
}

#[test]
fn finding_ids_are_unique_well_formed_and_titled() {
    let mut seen = std::collections::BTreeSet::new();
    for id in FindingId::ALL {
        let slug = id.as_str();
        assert!(seen.insert(slug), "{slug} is listed twice");
        assert_eq!(
            FindingId::parse(slug).as_ref(),
            Some(id),
            "{slug} parses back"
        );
        let title = id.title();
        assert!(
            !title.is_empty() && !title.contains('\n') && !title.ends_with('.'),
            "{slug}: title must be one line without a final full stop"
        );
    }
}

#[test]
fn indicator_ids_carry_no_criterion_of_their_own() {
    for id in FindingId::ALL {
        if id.as_str().starts_with("indicator.") {
            assert_eq!(id.criterion(), None, "{id}");
        }
    }
    assert_eq!(
        FindingId::AppPersistenceBootReceiver.criterion(),
        Some(Criterion::Persistence)
    );
}

#[test]
fn accepts_unknown_finding_id_verbatim() {
    let id: FindingId =
        serde_json::from_str("\"ios.profile.installed-by-mdm\"").expect("well-formed id");
    assert!(matches!(id, FindingId::Unknown(_)));
    assert_eq!(id.as_str(), "ios.profile.installed-by-mdm");
    assert_eq!(
        serde_json::to_string(&id).expect("id serialises"),
        "\"ios.profile.installed-by-mdm\""
    );
}

#[test]
fn known_slug_deserializes_to_its_variant() {
    let id: FindingId = serde_json::from_str("\"indicator.package\"").expect("known id");
    assert_eq!(id, FindingId::IndicatorPackage);
}

#[test]
fn rejects_malformed_finding_ids() {
    for bad in [
        "",
        "indicator",
        "Indicator.package",
        "indicator..package",
        "indicator.package.",
        "indicator.-package",
        "indicator.pack--age",
        "indicator.pack_age",
        "indicator package",
    ] {
        assert_eq!(FindingId::parse(bad), None, "{bad:?}");
        let json = Value::String(bad.to_owned());
        assert!(
            serde_json::from_value::<FindingId>(json).is_err(),
            "{bad:?}"
        );
    }
    assert_eq!(FindingId::parse(&format!("a.{}", "b".repeat(200))), None);
}

#[test]
fn every_indicator_kind_has_a_finding_id() {
    // The names of `unstalk_indicators::IndicatorKind::ALL`.
    let kinds = [
        "android-package",
        "ios-bundle",
        "cert-sha1",
        "cert-sha256",
        "file-sha256",
        "file-sha1",
        "file-md5",
        "domain",
        "ipv4",
        "ipv6",
        "cidr",
        "url",
        "email",
        "yara-rule",
        "cert-organization",
        "cert-cn-regex",
        "configuration-profile",
        "android-property",
        "process-name",
        "file-path",
        "file-name",
    ];
    for kind in kinds {
        let id = FindingId::for_indicator_kind(kind);
        assert!(
            id.as_ref()
                .is_some_and(|id| id.as_str().starts_with("indicator.")),
            "{kind}: {id:?}"
        );
    }
    assert_eq!(FindingId::for_indicator_kind("carrier-pigeon"), None);
}

#[test]
fn finding_new_takes_title_and_criterion_from_the_id() {
    let finding = behaviour(FindingId::AppPermissionSms, Severity::Medium);
    assert_eq!(finding.title, "App can read text messages");
    assert_eq!(finding.criterion, Some(Criterion::MonitoringCapability));
    assert!(finding.evidence.is_empty() && finding.indicator.is_none());
}

#[test]
fn stalkerware_family_hit_gives_known_stalkerware() {
    let entry = SubjectReport::new(
        app("com.spy"),
        vec![package_hit("com.spy", "Spy", FamilyKind::Stalkerware)],
    );
    assert_eq!(entry.verdict, Verdict::KnownStalkerware);
    assert_eq!(entry.reasons, [0]);
}

#[test]
fn stalkerware_hit_outranks_watchware_hit() {
    let entry = SubjectReport::new(
        app("com.both"),
        vec![
            package_hit("com.both", "Locator", FamilyKind::Watchware),
            package_hit("com.both", "Spy", FamilyKind::Stalkerware),
        ],
    );
    assert_eq!(entry.verdict, Verdict::KnownStalkerware);
    assert_eq!(entry.reasons, [1]);
}

#[test]
fn watchware_family_hit_gives_known_watchware() {
    let entry = SubjectReport::new(
        app("org.locator"),
        vec![
            behaviour(FindingId::AppPermissionLocation, Severity::High),
            package_hit("org.locator", "Locator", FamilyKind::Watchware),
        ],
    );
    assert_eq!(entry.verdict, Verdict::KnownWatchware);
    assert_eq!(entry.reasons, [1]);
}

#[test]
fn high_severity_behaviour_gives_stalkerware_like() {
    let entry = SubjectReport::new(
        app("com.example.app"),
        vec![
            behaviour(FindingId::AppPermissionSms, Severity::Medium),
            behaviour(FindingId::AndroidAppHiddenIcon, Severity::High),
            behaviour(FindingId::AndroidDeviceAdminActive, Severity::Critical),
        ],
    );
    assert_eq!(entry.verdict, Verdict::StalkerwareLike);
    assert_eq!(entry.reasons, [1, 2]);
}

#[test]
fn dual_use_hit_counts_only_by_severity() {
    let mut hit = package_hit("com.remote", "Remote", FamilyKind::DualUse);
    hit.severity = Severity::Medium;
    let entry = SubjectReport::new(app("com.remote"), vec![hit]);
    assert_eq!(entry.verdict, Verdict::NothingFound);
}

#[test]
fn allow_listed_hit_does_not_count() {
    let mut suppressed = package_hit("com.clinic", "Spy", FamilyKind::Stalkerware);
    suppressed.id = FindingId::IndicatorAllowListed;
    let entry = SubjectReport::new(app("com.clinic"), vec![suppressed]);
    assert_eq!(entry.verdict, Verdict::NothingFound);
    assert!(entry.reasons.is_empty());
}

#[test]
fn no_findings_give_nothing_found() {
    let entry = SubjectReport::new(app("com.example.notes"), Vec::new());
    assert_eq!(entry.verdict, Verdict::NothingFound);
}

/// The committed example validates against the committed schema, and broken reports are
/// refused, by an independent validator (Python's jsonschema, installed by scripts/test.sh).
#[test]
fn an_independent_validator_accepts_the_example_and_refuses_broken_reports() {
    unstalk_testkit::check_report_schema("report schema", &[]);
}
