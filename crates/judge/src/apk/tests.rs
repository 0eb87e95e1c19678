//! Tests of the APK behaviour judgement: the data file, the rule, and the corpus APKs.

use std::path::Path;

use unstalk_apk::container::{self, Apk};
use unstalk_apk::manifest::{self, ApkManifest, Limits};

use unstalk_apk::dex::{Endpoint, EndpointKind};

use super::*;
use crate::finding::{FamilyKind, IndicatorRef, Tlp};
use crate::report::Verdict;

fn app(package: &str) -> Subject {
    Subject::App {
        package: package.to_owned(),
        name: None,
        version: None,
        sha256: None,
    }
}

fn read(path: &Path) -> Option<ApkManifest> {
    let apk = Apk::open(path).ok()?;
    manifest::read_apk_manifest(&apk, &Limits::default(), &container::Limits::default()).ok()
}

/// The endpoints among the strings of the APK's `classes*.dex`, as the scanner finds them.
fn code_endpoints(path: &Path) -> Vec<CodeEndpoint> {
    let Ok(apk) = Apk::open(path) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in apk.dex_entries() {
        let Ok(data) = apk.read(entry, &container::Limits::default()) else {
            continue;
        };
        let Ok(dex) = unstalk_apk::dex::parse(&data.data, &unstalk_apk::dex::Limits::default())
        else {
            continue;
        };
        found.extend(dex.endpoints().into_iter().map(|endpoint| CodeEndpoint {
            entry: entry.name.clone(),
            endpoint,
        }));
    }
    found
}

/// Judges the synthetic corpus APK `name` (its manifest and the endpoints of its code) with
/// `indicators`; `None` without corpus.
fn judge_synthetic(test: &str, name: &str, indicators: Vec<Finding>) -> Option<SubjectReport> {
    let path = unstalk_testkit::corpus_path(test, &format!("apks/synthetic/apk/{name}"))?;
    let manifest = read(&path).unwrap_or_else(|| panic!("{name} reads"));
    let subject = app(&manifest.manifest.package);
    let code = code_endpoints(&path);
    Some(judge_apk(&manifest, subject, name, &code, indicators))
}

/// TheTruthSpy's APK starts at boot, runs services, may use the internet, and its code names
/// `https://media-sync-a.thetruthspy.com/upload.php` and the address `69.64.74.239`: it
/// uploads in the background. The benign notes app names a sync URL but has no boot receiver
/// and no service.
#[test]
fn background_upload_needs_boot_a_service_internet_and_an_upload_endpoint() {
    const TEST: &str = "background upload";
    let Some(spy) = judge_synthetic(TEST, "ioc-thetruth.apk", Vec::new()) else {
        return;
    };
    let upload = spy
        .findings
        .iter()
        .find(|f| f.id == FindingId::AppExfiltrationBackgroundUpload)
        .unwrap_or_else(|| panic!("no background upload: {:?}", ids(&spy)));
    assert_eq!(upload.criterion, Some(Criterion::Exfiltration));
    let endpoints: Vec<&str> = upload
        .evidence
        .iter()
        .filter_map(|e| e.values.get("endpoint").map(String::as_str))
        .collect();
    assert!(
        endpoints.contains(&"https://media-sync-a.thetruthspy.com/upload.php")
            && endpoints.contains(&"69.64.74.239"),
        "{endpoints:?}"
    );
    let Some(notes) = judge_synthetic(TEST, "benign-notes.apk", Vec::new()) else {
        return;
    };
    assert!(
        !ids(&notes).contains(&"app.exfiltration.background-upload"),
        "{:?}",
        ids(&notes)
    );
    assert_eq!(notes.verdict, Verdict::NothingFound);
}

#[test]
fn upload_endpoints_are_upload_paths_and_public_addresses() {
    let rules = &TraitConfig::builtin().upload_endpoints;
    let endpoint = |kind, value: &str, host: &str| Endpoint {
        kind,
        value: value.to_owned(),
        host: host.to_owned(),
        string_index: 0,
    };
    let url = |value: &str| {
        let host = value
            .split_once("://")
            .and_then(|(_, rest)| rest.split(['/', ':']).next())
            .unwrap_or_default()
            .to_owned();
        endpoint(EndpointKind::Url, value, &host)
    };
    for yes in [
        "https://media-sync-a.thetruthspy.com/upload.php",
        "https://x.example/v2/uploads/",
        "https://x.example/uploadFile?id=1",
        "https://x.example/api/v2/device/data",
        "http://69.64.74.239/index.php",
    ] {
        assert!(rules.matches(&url(yes)), "{yes}");
    }
    for no in [
        "https://notes.example.org/api/v1/sync",
        "https://www.example.org/",
        "https://x.example/data",
        "https://x.example/help?upload=1",
        "http://192.168.1.1/status",
    ] {
        assert!(!rules.matches(&url(no)), "{no}");
    }
    assert!(rules.matches(&endpoint(
        EndpointKind::Ipv4,
        "69.64.74.239",
        "69.64.74.239"
    )));
    for quiet in ["8.8.8.8", "10.0.0.2", "192.0.2.7"] {
        assert!(
            !rules.matches(&endpoint(EndpointKind::Ipv4, quiet, quiet)),
            "{quiet}"
        );
    }
    assert!(!rules.matches(&endpoint(
        EndpointKind::Domain,
        "upload.example",
        "upload.example"
    )));
}

fn ids(report: &SubjectReport) -> Vec<&str> {
    report.findings.iter().map(|f| f.id.as_str()).collect()
}

fn family_hit(package: &str, family: &str, kind: FamilyKind) -> Finding {
    Finding::new(
        FindingId::IndicatorPackage,
        Severity::Medium,
        Confidence::High,
        app(package),
    )
    .with_indicator(IndicatorRef {
        family: Some(family.to_owned()),
        family_kind: Some(kind),
        kind: "android-package".to_owned(),
        value: package.to_owned(),
        label: None,
        details: None,
        source: "test".to_owned(),
        source_sha256: "0".repeat(64),
        tlp: Tlp::Clear,
        confidence: None,
    })
}

fn trait_finding(id: FindingId) -> Finding {
    Finding::new(id, Severity::Medium, Confidence::Medium, app("x.y"))
}

#[test]
fn data_file_parses_and_names_only_known_ids_with_criteria() {
    let config = TraitConfig::builtin();
    assert!(config.threshold > 0.0);
    assert!(!config.confidence_by_ratio.is_empty());
    for (slug, spec) in &config.traits {
        let id = FindingId::parse(slug).unwrap_or_else(|| panic!("{slug} is malformed"));
        assert!(
            !matches!(id, FindingId::Unknown(_)),
            "{slug} is not in the registry"
        );
        assert!(id.criterion().is_some(), "{slug} has no criterion");
        assert!(spec.weight >= 0.0, "{slug} has a negative weight");
        assert!(
            spec.severity <= Severity::Medium,
            "{slug}: no single trait may be high severity"
        );
    }
    // Every trait the code detects has its weights in the data file.
    for id in [
        FindingId::AppCovertNoLauncher,
        FindingId::AppCovertLauncherAliasDisabled,
        FindingId::AppCovertLabelImitatesSystem,
        FindingId::AppCovertExcludedFromRecents,
        FindingId::AppNotificationListener,
        FindingId::AppInputMethod,
        FindingId::AppAccessibilityReadsWindowContent,
        FindingId::AppAccessibilityService,
        FindingId::AppPersistenceBootReceiver,
        FindingId::AppPersistenceDeviceAdmin,
        FindingId::AppRemoteControlDeviceAdminPolicies,
        FindingId::AppRemoteControlSmsReceiver,
        // Read from a phone (crate::android).
        FindingId::AndroidAppHiddenIcon,
        FindingId::AndroidAccessibilityEnabled,
        FindingId::AndroidNotificationListenerEnabled,
        FindingId::AndroidDeviceAdminActive,
        FindingId::AndroidDeviceOwner,
        FindingId::AndroidDefaultAppReplaced,
        FindingId::AndroidAppBatteryExempt,
        FindingId::AndroidAppOpAllowed,
    ] {
        assert!(
            config.spec(&id).is_some(),
            "{id} missing from the data file"
        );
    }
}

#[test]
fn labels_imitating_the_system_are_recognised() {
    let labels = &TraitConfig::builtin().system_labels;
    for label in [
        "System Service",
        "Wi-Fi",
        "wifi",
        "Sync",
        "Sync Services",
        "Wi-Fi Service",
    ] {
        assert!(imitates_system(label, labels), "{label}");
    }
    for label in [
        "Simple Notes",
        "Jamendo",
        "Syncthing",
        "My Wifi Photos",
        "",
        "—",
    ] {
        assert!(!imitates_system(label, labels), "{label}");
    }
}

#[test]
fn monitoring_without_covert_trait_is_not_stalkerware_like() {
    let config = TraitConfig::builtin();
    let traits: Vec<Finding> = [
        FindingId::AppPermissionSms,
        FindingId::AppPermissionCallLog,
        FindingId::AppPermissionContacts,
        FindingId::AppPermissionLocation,
        FindingId::AppPermissionBackgroundLocation,
        FindingId::AppPermissionMicrophone,
        FindingId::AppPermissionCamera,
        FindingId::AppNotificationListener,
        FindingId::AppAccessibilityReadsWindowContent,
        FindingId::AppPersistenceBootReceiver,
        FindingId::AppRemoteControlSmsReceiver,
    ]
    .into_iter()
    .map(trait_finding)
    .collect();
    let score = score(&traits, config);
    assert!(score.total >= config.threshold, "{score:?}");
    assert!(!score.stalkerware_like);
    assert_eq!(score.confidence, None);
}

#[test]
fn covert_alone_is_not_stalkerware_like() {
    let config = TraitConfig::builtin();
    let traits: Vec<Finding> = [
        FindingId::AppCovertNoLauncher,
        FindingId::AppCovertLabelImitatesSystem,
        FindingId::AppCovertExcludedFromRecents,
        FindingId::AppExfiltrationInternet,
    ]
    .into_iter()
    .map(trait_finding)
    .collect();
    assert!(!score(&traits, config).stalkerware_like);
}

#[test]
fn covert_plus_monitoring_over_threshold_is_stalkerware_like_with_graded_confidence() {
    let config = TraitConfig::builtin();
    let mut traits: Vec<Finding> = [
        FindingId::AppCovertNoLauncher,
        FindingId::AppPermissionSms,
        FindingId::AppPermissionCallLog,
        FindingId::AppAccessibilityReadsWindowContent,
        FindingId::AppNotificationListener,
    ]
    .into_iter()
    .map(trait_finding)
    .collect();
    let just = score(&traits, config);
    assert!(just.stalkerware_like, "{just:?}");
    assert_eq!(just.confidence, Some(Confidence::Low));
    traits.extend(
        [
            FindingId::AppCovertLabelImitatesSystem,
            FindingId::AppPermissionMicrophone,
            FindingId::AppPermissionBackgroundLocation,
            FindingId::AppRemoteControlSmsReceiver,
            FindingId::AppRemoteControlDeviceAdminPolicies,
            FindingId::AppPersistenceDeviceAdmin,
            FindingId::AppPermissionCamera,
            FindingId::AppCovertExcludedFromRecents,
            FindingId::AppPermissionContacts,
        ]
        .map(trait_finding),
    );
    let far = score(&traits, config);
    assert!(far.total / config.threshold >= 2.0, "{far:?}");
    assert_eq!(far.confidence, Some(Confidence::High));
}

#[test]
fn with_behaviour_lets_known_families_win() {
    let subject = app("a.b");
    let covert = trait_finding(FindingId::AppCovertNoLauncher);
    // Watchware that hides itself: known_watchware, the covert trait among the reasons.
    let findings = vec![
        family_hit("a.b", "Kids", FamilyKind::Watchware),
        covert.clone(),
    ];
    let report = SubjectReport::with_behaviour(subject.clone(), findings, 1, &[1], &[1]);
    assert_eq!(report.verdict, Verdict::KnownWatchware);
    assert_eq!(report.reasons, vec![0, 1]);
    // Stalkerware family: the indicator decides; behaviour that reaches the threshold on its
    // own corroborates, and is listed too.
    let findings = vec![
        family_hit("a.b", "Spy", FamilyKind::Stalkerware),
        covert.clone(),
    ];
    let report = SubjectReport::with_behaviour(subject.clone(), findings.clone(), 1, &[1], &[1]);
    assert_eq!(report.verdict, Verdict::KnownStalkerware);
    assert_eq!(report.reasons, vec![0, 1]);
    let report = SubjectReport::with_behaviour(subject.clone(), findings, 1, &[], &[1]);
    assert_eq!(
        report.reasons,
        vec![0],
        "covert traits alone do not corroborate"
    );
    // No indicator: behaviour decides; a high-severity trait alone does not.
    let loud = Finding::new(
        FindingId::AppPermissionSms,
        Severity::High,
        Confidence::Medium,
        subject.clone(),
    );
    let report = SubjectReport::with_behaviour(subject.clone(), vec![loud], 0, &[], &[]);
    assert_eq!(report.verdict, Verdict::NothingFound);
    let report = SubjectReport::with_behaviour(subject, vec![covert], 0, &[0, 7], &[0]);
    assert_eq!(report.verdict, Verdict::StalkerwareLike);
    assert_eq!(report.reasons, vec![0], "out-of-range indexes are dropped");
}

#[test]
fn unknown_stalkerlike_apk_is_stalkerware_like_from_behaviour() {
    let test = "unknown_stalkerlike_apk_is_stalkerware_like_from_behaviour";
    let Some(report) = judge_synthetic(test, "unknown-stalkerlike.apk", Vec::new()) else {
        return;
    };
    assert_eq!(
        report.verdict,
        Verdict::StalkerwareLike,
        "{:#?}",
        ids(&report)
    );
    let found = ids(&report);
    for id in [
        "app.covert.no-launcher",
        "app.permission.sms",
        "app.permission.call-log",
        "app.accessibility.reads-window-content",
        "app.notification-listener",
        "app.persistence.boot-receiver",
        "app.persistence.device-admin",
        "app.remote-control.sms-receiver",
        "app.exfiltration.internet",
        "app.behaviour.stalkerware-like",
    ] {
        assert!(found.contains(&id), "{id} missing from {found:?}");
    }
    // Every reason is a behaviour finding with evidence naming the manifest.
    for &reason in &report.reasons {
        let finding = &report.findings[reason as usize];
        assert!(
            !finding.evidence.is_empty(),
            "{} has no evidence",
            finding.id
        );
        for evidence in &finding.evidence {
            assert!(matches!(
                &evidence.source,
                EvidenceSource::File { entry: Some(entry), .. } if entry == "AndroidManifest.xml"
            ));
        }
    }
    let summary = report.findings.last().map(|f| f.confidence);
    assert!(summary >= Some(Confidence::Medium), "{summary:?}");
}

#[test]
fn snoopza_c2only_apk_is_stalkerware_like_from_behaviour_alone() {
    let test = "snoopza_c2only_apk_is_stalkerware_like_from_behaviour_alone";
    let Some(report) = judge_synthetic(test, "ioc-c2only-snoopza.apk", Vec::new()) else {
        return;
    };
    assert_eq!(
        report.verdict,
        Verdict::StalkerwareLike,
        "{:#?}",
        ids(&report)
    );
    assert!(ids(&report).contains(&"app.covert.launcher-alias-disabled"));
    // With the family's indicator it is known stalkerware.
    let hit = family_hit(
        "com.wifi.batterysaver.pro",
        "Snoopza",
        FamilyKind::Stalkerware,
    );
    let report =
        judge_synthetic(test, "ioc-c2only-snoopza.apk", vec![hit]).expect("corpus present");
    assert_eq!(report.verdict, Verdict::KnownStalkerware);
    assert_eq!(report.reasons.first(), Some(&0));
    let summary = report
        .findings
        .iter()
        .position(|f| f.id == FindingId::AppBehaviourStalkerwareLike)
        .and_then(|i| u32::try_from(i).ok());
    assert!(
        summary.is_some_and(|i| report.reasons.contains(&i)),
        "behaviour corroborates"
    );
}

#[test]
fn benign_notes_apk_is_nothing_found() {
    let test = "benign_notes_apk_is_nothing_found";
    let Some(report) = judge_synthetic(test, "benign-notes.apk", Vec::new()) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::NothingFound, "{:#?}", ids(&report));
    assert!(report.reasons.is_empty());
    assert!(!ids(&report).iter().any(|id| id.starts_with("app.covert.")));
}

/// KidsControl has location, boot, accessibility and device admin but a visible launcher: by
/// behaviour alone it is not stalkerware-like (no covert trait). With its watchware indicator
/// it is known watchware.
#[test]
fn watchware_with_visible_launcher_is_not_stalkerware_like() {
    let test = "watchware_with_visible_launcher_is_not_stalkerware_like";
    let Some(report) = judge_synthetic(test, "watchware-kidcontrol.apk", Vec::new()) else {
        return;
    };
    assert_ne!(
        report.verdict,
        Verdict::StalkerwareLike,
        "{:#?}",
        ids(&report)
    );
    assert!(!ids(&report).iter().any(|id| id.starts_with("app.covert.")));
    let hit = family_hit("app.gpsme", "KidsControl", FamilyKind::Watchware);
    let report =
        judge_synthetic(test, "watchware-kidcontrol.apk", vec![hit]).expect("corpus present");
    assert_eq!(report.verdict, Verdict::KnownWatchware);
}

/// Watchware that hides itself stays watchware, with the covert traits as reasons.
#[test]
fn hidden_app_with_watchware_indicator_is_watchware_plus_covert_traits() {
    let test = "hidden_app_with_watchware_indicator_is_watchware_plus_covert_traits";
    let hit = family_hit(
        "com.devicehealth.sync",
        "SomeWatchware",
        FamilyKind::Watchware,
    );
    let Some(report) = judge_synthetic(test, "unknown-stalkerlike.apk", vec![hit]) else {
        return;
    };
    assert_eq!(report.verdict, Verdict::KnownWatchware);
    let reasons: Vec<&str> = report
        .reasons
        .iter()
        .map(|&i| report.findings[i as usize].id.as_str())
        .collect();
    assert!(reasons.contains(&"indicator.package"), "{reasons:?}");
    assert!(reasons.contains(&"app.covert.no-launcher"), "{reasons:?}");
    assert!(!reasons.contains(&"app.permission.sms"), "{reasons:?}");
}

/// The benign androguard test APKs with a readable manifest: none is stalkerware-like.
#[test]
fn benign_androguard_apks_are_not_stalkerware_like() {
    let test = "benign_androguard_apks_are_not_stalkerware_like";
    let Some(dir) = unstalk_testkit::corpus_path(test, "apks/androguard/apk") else {
        return;
    };
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("androguard folder lists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "apk"))
        .collect();
    entries.sort();
    let mut judged = 0;
    for path in entries {
        let Some(manifest) = read(&path) else {
            eprintln!("{test}: {} has no readable manifest", path.display());
            continue;
        };
        let name = path.display().to_string();
        let report = judge_apk(
            &manifest,
            app(&manifest.manifest.package),
            &name,
            &code_endpoints(&path),
            Vec::new(),
        );
        eprintln!("{test}: {name}: {:?} {:?}", report.verdict, ids(&report));
        assert_ne!(
            report.verdict,
            Verdict::StalkerwareLike,
            "{name}: {:?}",
            ids(&report)
        );
        judged += 1;
    }
    assert!(judged >= 10, "only {judged} androguard APKs were judged");
}
