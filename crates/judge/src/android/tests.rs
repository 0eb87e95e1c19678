use std::collections::BTreeMap;

use unstalk_android::{
    Accessibility, AccessibilityServiceSeen, ComponentName, DevicePolicy, DeviceState, Launcher,
    Package, ServiceSeen, SettingsNamespace,
};

use super::*;

fn component(package: &str, class: &str) -> ComponentName {
    ComponentName {
        package: package.into(),
        class: class.into(),
    }
}

/// A phone with one app shaped like SpyLive360 (`com.wifi0` in spytrap-adb's dumps) under
/// `name`, and one ordinary app.
fn phone(name: &str) -> DeviceState {
    let mut actions = BTreeMap::new();
    actions.insert(
        "android.intent.action.BOOT_COMPLETED".to_owned(),
        vec![component(name, &format!("{name}.BootComplete"))],
    );
    actions.insert(
        DEVICE_ADMIN_ENABLED.to_owned(),
        vec![component(name, &format!("{name}.receivers.DeviceAdmin"))],
    );
    let spy = Package {
        name: name.into(),
        installer: Some("com.android.packageinstaller".into()),
        system: Some(false),
        first_install_time: Some("2021-12-15 17:51:52".into()),
        requested_permissions: [
            "android.permission.READ_SMS",
            "android.permission.READ_CALL_LOG",
            "android.permission.ACCESS_FINE_LOCATION",
            "android.permission.RECORD_AUDIO",
            "android.permission.INTERNET",
        ]
        .map(String::from)
        .to_vec(),
        granted_permissions: BTreeMap::from([("android.permission.READ_SMS".to_owned(), false)]),
        actions,
        services: vec![ServiceSeen {
            component: component(name, &format!("{name}.listeners.NotificationListener")),
            permission: Some(BIND_NOTIFICATION_LISTENER.into()),
        }],
        ..Package::default()
    };
    let notes = Package {
        name: "org.example.notes".into(),
        installer: Some("com.android.vending".into()),
        system: Some(false),
        requested_permissions: vec!["android.permission.INTERNET".into()],
        ..Package::default()
    };
    let settings_app = Package {
        name: "com.android.settings".into(),
        paths: vec!["/system/priv-app/Settings/Settings.apk".into()],
        ..Package::default()
    };
    let service = component(name, &format!("{name}.AccessibilityReceiver4"));
    DeviceState {
        packages: [spy, notes, settings_app]
            .into_iter()
            .map(|p| (p.name.clone(), p))
            .collect(),
        accessibility: Some(Accessibility {
            enabled: vec![service.clone()],
            bound: vec![AccessibilityServiceSeen {
                component: Some(service),
                label: Some("WiFi".into()),
                retrieves_window_content: None,
            }],
            installed: Vec::new(),
        }),
        launcher: Some(Launcher::of_phone(vec![
            name.into(),
            "org.example.notes".into(),
        ])),
        ..DeviceState::default()
    }
}

fn context() -> PhoneContext<'static> {
    PhoneContext {
        location: "adb:emulator-5554",
        reference_day: Some("2021-12-20"),
        config: TraitConfig::builtin(),
    }
}

fn app_subject(name: &str) -> Subject {
    Subject::App {
        package: name.into(),
        name: None,
        version: None,
        sha256: None,
    }
}

fn judge(state: &DeviceState, name: &str) -> Option<SubjectReport> {
    let package = state.packages.get(name).expect("package");
    judge_app(state, package, app_subject(name), Vec::new(), &context())
}

fn ids(report: &SubjectReport) -> Vec<&str> {
    report.findings.iter().map(|f| f.id.as_str()).collect()
}

#[test]
fn an_unknown_app_behaving_like_spylive360_is_stalkerware_like() {
    let state = phone("com.renamed.unknown");
    let report = judge(&state, "com.renamed.unknown").expect("listed");
    assert_eq!(
        report.verdict,
        Verdict::StalkerwareLike,
        "{:#?}",
        ids(&report)
    );
    for id in [
        "app.covert.label-imitates-system",
        "android.accessibility.enabled",
        "app.notification-listener",
        "app.persistence.boot-receiver",
        "app.persistence.device-admin",
        "android.app.sideloaded",
        "app.behaviour.stalkerware-like",
        "android.app.recently-installed",
    ] {
        assert!(
            ids(&report).contains(&id),
            "{id} missing: {:?}",
            ids(&report)
        );
    }
    // The permission trait says the permission was refused.
    let sms = report
        .findings
        .iter()
        .find(|f| f.id == FindingId::AppPermissionSms)
        .expect("sms trait");
    assert_eq!(
        sms.evidence[0].values.get("state").map(String::as_str),
        Some("requested, not granted")
    );
    // Evidence names the command that showed it.
    assert!(matches!(
        &sms.evidence[0].source,
        EvidenceSource::Command { command } if command == "adb shell dumpsys package"
    ));
}

#[test]
fn an_ordinary_store_app_and_a_system_app_are_not_listed() {
    let state = phone("com.wifi0");
    assert!(judge(&state, "org.example.notes").is_none());
    assert!(judge(&state, "com.android.settings").is_none());
}

#[test]
fn a_system_app_with_an_indicator_hit_is_listed_without_behaviour() {
    let state = phone("com.wifi0");
    let package = state.packages.get("com.android.settings").expect("package");
    let hit = Finding::new(
        FindingId::IndicatorPackage,
        Severity::Critical,
        Confidence::High,
        app_subject("com.android.settings"),
    );
    let report = judge_app(
        &state,
        package,
        app_subject("com.android.settings"),
        vec![hit],
        &context(),
    )
    .expect("listed");
    assert_eq!(ids(&report), ["indicator.package"]);
}

#[test]
fn without_the_launcher_list_no_hidden_icon_is_claimed() {
    let mut state = phone("com.wifi0");
    state.launcher = Some(Launcher::of_phone(vec![]));
    let report = judge(&state, "com.wifi0").expect("listed");
    assert!(ids(&report).contains(&"android.app.hidden-icon"));
    assert!(launcher_covers_user_apps(&state));
    state.launcher = None;
    let report = judge(&state, "com.wifi0").expect("listed");
    assert!(!ids(&report).contains(&"android.app.hidden-icon"));
    assert!(!launcher_covers_user_apps(&state));
}

/// A dump of some packages (one package's `dumpsys package`, an edited or cut-short dump)
/// shows only their launcher entries: the other apps are not known to have no icon.
#[test]
fn launcher_entries_of_other_packages_say_nothing_of_this_one() {
    let mut state = phone("com.wifi0");
    state.launcher = Some(Launcher {
        packages: vec!["org.example.notes".into()],
        covered: Some(vec!["org.example.notes".into()]),
    });
    let report = judge(&state, "com.wifi0").expect("listed");
    assert!(
        !ids(&report).contains(&"android.app.hidden-icon"),
        "{:?}",
        ids(&report)
    );
    assert!(!launcher_covers_user_apps(&state));
    state.launcher = Some(Launcher {
        packages: vec!["org.example.notes".into()],
        covered: Some(vec!["org.example.notes".into(), "com.wifi0".into()]),
    });
    let report = judge(&state, "com.wifi0").expect("listed");
    assert!(ids(&report).contains(&"android.app.hidden-icon"));
    assert!(launcher_covers_user_apps(&state));
}

#[test]
fn admins_owners_defaults_and_app_ops_are_traits() {
    let mut state = phone("com.wifi0");
    let admin = component("com.wifi0", "com.wifi0.receivers.DeviceAdmin");
    state.device_policy = Some(DevicePolicy {
        active_admins: vec![admin.clone()],
        admin_policies: BTreeMap::from([(admin, vec!["wipe-data".into(), "watch-login".into()])]),
        device_owner: None,
        profile_owners: vec![component("com.wifi0", "com.wifi0.Owner")],
    });
    state.settings.insert(
        SettingsNamespace::Secure,
        BTreeMap::from([(
            "default_input_method".to_owned(),
            "com.wifi0/.Keyboard".to_owned(),
        )]),
    );
    state.app_ops = Some(BTreeMap::from([(
        "com.wifi0".to_owned(),
        BTreeMap::from([
            ("SYSTEM_ALERT_WINDOW".to_owned(), "allow".to_owned()),
            ("CAMERA".to_owned(), "allow".to_owned()),
        ]),
    )]));
    state.battery_exempt = Some(vec!["com.wifi0".into()]);
    let report = judge(&state, "com.wifi0").expect("listed");
    for id in [
        "android.device-admin.active",
        "android.device-owner.set",
        "app.remote-control.device-admin-policies",
        "android.default-app.replaced",
        "android.app-op.allowed",
        "android.app.battery-exempt",
    ] {
        assert!(
            ids(&report).contains(&id),
            "{id} missing: {:?}",
            ids(&report)
        );
    }
    let policies = report
        .findings
        .iter()
        .find(|f| f.id == FindingId::AppRemoteControlDeviceAdminPolicies)
        .expect("policies");
    assert_eq!(
        policies.evidence[0]
            .values
            .get("policies")
            .map(String::as_str),
        Some("wipe-data")
    );
}

#[test]
fn device_settings_are_findings_but_never_a_verdict() {
    let mut state = DeviceState::default();
    state.settings.insert(
        SettingsNamespace::Global,
        BTreeMap::from([
            ("package_verifier_enable".to_owned(), "0".to_owned()),
            ("adb_enabled".to_owned(), "1".to_owned()),
        ]),
    );
    state.properties = BTreeMap::from([
        ("ro.build.tags".to_owned(), "test-keys".to_owned()),
        (
            "ro.build.version.security_patch".to_owned(),
            "2019-03-05".to_owned(),
        ),
    ]);
    state.packages.insert(
        "com.topjohnwu.magisk".into(),
        Package {
            name: "com.topjohnwu.magisk".into(),
            ..Package::default()
        },
    );
    let subject = Subject::Device {
        serial: Some("emulator-5554".into()),
        model: None,
    };
    let report = judge_device(&state, subject, &context());
    assert_eq!(report.verdict, Verdict::NothingFound);
    assert_eq!(
        ids(&report),
        [
            "android.play-protect.disabled",
            "android.developer-options.enabled",
            "android.root.indicators",
            "android.security-patch.old",
        ]
    );
    let root = &report.findings[2];
    assert_eq!(root.evidence.len(), 2, "magisk and test-keys");
}

#[test]
fn dates_count_days() {
    assert_eq!(day_number("1970-01-01"), Some(0));
    assert_eq!(day_number("2000-03-01 12:00:00"), Some(11_017));
    assert_eq!(
        day_number("2021-12-20")
            .zip(day_number("2021-12-15"))
            .map(|(a, b)| a - b),
        Some(5)
    );
    assert_eq!(day_number("2021-13-01"), None);
    assert_eq!(day_number("yesterday"), None);
    assert_eq!(day_number("2021-1"), None);
}
