//! The judgement of an Android phone: what the phone reports about each installed app, and
//! about itself, as findings, grouped into one verdict per app.
//!
//! An app's traits are the APK judgement's ([`crate::apk`]) read from the phone instead of the
//! manifest — the same ids, weights and threshold (`data/apk-traits.json`) — plus what only a
//! phone shows: an accessibility service or notification listener the person **enabled**
//! (`android.accessibility.enabled`, `android.notification-listener.enabled`), an **active**
//! device admin or owner, no icon in the launcher (`android.app.hidden-icon`), a default app
//! (keyboard, SMS, dialer, assistant) replaced, exemption from battery optimisation, app-ops,
//! and where it was installed from. [`judge_traits`] then decides, so an advocate reads "this
//! app: stalkerware-like, because …" rather than twenty permission lines.
//!
//! System apps (on the system image) are matched against indicators but their behaviour is not
//! judged: they hold these capabilities by design. User apps with nothing of note are not
//! listed (the report's `checked` says how many apps were looked at).
//!
//! The device's own entry holds settings that make monitoring easier — Play Protect off,
//! unknown sources allowed, developer options, root, an old security patch — never a verdict
//! stronger than `nothing_found` on their own (their severities stay at medium or below).

use unstalk_android::model::dumps;
use unstalk_android::{ComponentName, DeviceState, Package, SettingsNamespace};

use crate::apk::{TraitConfig, imitates_system, judge_traits, permission_traits, trait_findings};
use crate::finding::{Confidence, Evidence, EvidenceSource, Finding, Severity, Subject};
use crate::finding_id::FindingId;
use crate::report::{SubjectReport, Verdict};

const BIND_ACCESSIBILITY: &str = "android.permission.BIND_ACCESSIBILITY_SERVICE";
const BIND_NOTIFICATION_LISTENER: &str = "android.permission.BIND_NOTIFICATION_LISTENER_SERVICE";
const BIND_INPUT_METHOD: &str = "android.permission.BIND_INPUT_METHOD";
const DEVICE_ADMIN_ENABLED: &str = "android.app.action.DEVICE_ADMIN_ENABLED";

/// Installers that are app stores: an app from anywhere else was sideloaded.
const STORES: [&str; 6] = [
    "com.android.vending",
    "com.google.android.feedback",
    "com.amazon.venezia",
    "com.sec.android.app.samsungapps",
    "com.huawei.appmarket",
    "org.fdroid.fdroid",
];

/// Settings naming a default app: what it can see when replaced.
const DEFAULT_APPS: [(SettingsNamespace, &str, &str); 4] = [
    (
        SettingsNamespace::Secure,
        "default_input_method",
        "keyboard (sees everything typed)",
    ),
    (
        SettingsNamespace::Secure,
        "sms_default_application",
        "SMS app (reads and sends text messages)",
    ),
    (
        SettingsNamespace::Secure,
        "dialer_default_application",
        "phone app (sees and places calls)",
    ),
    (
        SettingsNamespace::Secure,
        "assistant",
        "assistant (sees the screen on request)",
    ),
];

/// App-ops that give an app power over the phone beyond permissions.
const WATCHED_APP_OPS: [&str; 4] = [
    "REQUEST_INSTALL_PACKAGES",
    "SYSTEM_ALERT_WINDOW",
    "PROJECT_MEDIA",
    "GET_USAGE_STATS",
];

/// Packages of root managers.
const ROOT_PACKAGES: [&str; 5] = [
    "com.topjohnwu.magisk",
    "eu.chainfire.supersu",
    "com.koushikdutta.superuser",
    "com.noshufou.android.su",
    "me.weishu.kernelsu",
];

/// Days after which an app counts as no longer recently installed.
const RECENT_DAYS: i64 = 30;
/// Months after which a security patch level is old.
const OLD_PATCH_MONTHS: i64 = 12;

/// What the judgement needs besides the phone's state.
#[derive(Debug, Clone, Copy)]
pub struct PhoneContext<'a> {
    /// The acquisition's location as evidence names it: `adb:<serial>` for a phone read live,
    /// else the folder or zip.
    pub location: &'a str,
    /// The day "recent" and "old" are measured from (`YYYY-MM-DD`): when the phone was read.
    pub reference_day: Option<&'a str>,
    pub config: &'a TraitConfig,
}

/// Where evidence read from dump `what` points: the adb command, or the acquisition file.
pub fn evidence_source(
    state: &DeviceState,
    context: &PhoneContext<'_>,
    what: &str,
) -> EvidenceSource {
    if context.location.starts_with("adb:") {
        return EvidenceSource::Command {
            command: format!("adb shell {what}"),
        };
    }
    let read = state.sources.iter().find(|source| source.what == what);
    EvidenceSource::File {
        path: read.map_or_else(|| context.location.to_owned(), |r| r.location.clone()),
        entry: None,
        line: None,
    }
}

/// Whether the input shows the launcher entries of every user app, so the hidden-icon check
/// ran for each app it judges.
pub fn launcher_covers_user_apps(state: &DeviceState) -> bool {
    state.launcher.as_ref().is_some_and(|launcher| {
        state
            .packages
            .values()
            .filter(|package| !is_system(package))
            .all(|package| launcher.has_icon(&package.name).is_some())
    })
}

/// Whether `package` is part of the system image.
pub fn is_system(package: &Package) -> bool {
    package.system.unwrap_or_else(|| {
        package.paths.iter().any(|path| {
            [
                "/system/",
                "/product/",
                "/vendor/",
                "/system_ext/",
                "/apex/",
            ]
            .iter()
            .any(|prefix| path.starts_with(prefix))
        })
    })
}

/// The report entry for `package`: `indicator_findings` (from the matcher) first, then its
/// behaviour traits, judged with the APK rule. `None` for a user app with nothing of note and
/// for a system app with no indicator hit.
pub fn judge_app(
    state: &DeviceState,
    package: &Package,
    subject: Subject,
    indicator_findings: Vec<Finding>,
    context: &PhoneContext<'_>,
) -> Option<SubjectReport> {
    let system = is_system(package);
    let traits = if system {
        Vec::new()
    } else {
        app_traits(state, package, &subject, context)
    };
    let listed = !indicator_findings.is_empty() || traits.iter().any(|f| is_noteworthy(&f.id));
    let source = evidence_source(state, context, dumps::DUMPSYS_PACKAGE);
    let mut report = judge_traits(
        subject.clone(),
        source,
        indicator_findings,
        traits,
        context.config,
    );
    // Without an indicator hit or a noteworthy state, only a stalkerware-like verdict lists it.
    if !listed && report.verdict == Verdict::NothingFound {
        return None;
    }
    if !system {
        report
            .findings
            .extend(informational_findings(state, package, &subject, context));
    }
    Some(report)
}

/// Traits that put an app in the report even when its verdict is `nothing_found`: states an
/// advocate should see on any phone.
fn is_noteworthy(id: &FindingId) -> bool {
    matches!(
        id,
        FindingId::AndroidAccessibilityEnabled
            | FindingId::AndroidNotificationListenerEnabled
            | FindingId::AndroidDeviceAdminActive
            | FindingId::AndroidDeviceOwner
            | FindingId::AndroidDefaultAppReplaced
            | FindingId::AndroidAppHiddenIcon
    )
}

/// The behaviour traits of a user app, in criterion order.
pub fn app_traits(
    state: &DeviceState,
    package: &Package,
    subject: &Subject,
    context: &PhoneContext<'_>,
) -> Vec<Finding> {
    let config = context.config;
    let from = |what: &str| Evidence::new(evidence_source(state, context, what));
    let owns = |component: &ComponentName| component.package == package.name;
    let mut found: Vec<(FindingId, Vec<Evidence>)> = Vec::new();

    // Covert operation.
    // Only where the input shows this app's launcher entries: a dump of other packages, or
    // none, says nothing about its icon.
    if state
        .launcher
        .as_ref()
        .and_then(|launcher| launcher.has_icon(&package.name))
        == Some(false)
    {
        found.push((
            FindingId::AndroidAppHiddenIcon,
            vec![
                from(dumps::LAUNCHER_ACTIVITIES)
                    .with_value("package", package.name.as_str())
                    .with_value("observed", "no activity in the launcher"),
            ],
        ));
    }
    if let Some(accessibility) = &state.accessibility {
        let deceptive: Vec<Evidence> = accessibility
            .bound
            .iter()
            .chain(&accessibility.installed)
            .filter(|service| service.component.as_ref().is_some_and(&owns))
            .filter_map(|service| {
                let label = service.label.as_deref()?;
                imitates_system(label, &config.system_labels).then(|| {
                    from(dumps::DUMPSYS_ACCESSIBILITY)
                        .with_value("accessibility_service_label", label)
                })
            })
            .take(1)
            .collect();
        if !deceptive.is_empty() {
            found.push((FindingId::AppCovertLabelImitatesSystem, deceptive));
        }
    }

    let declared = |permission: &str| -> Vec<Evidence> {
        package
            .services
            .iter()
            .filter(|s| s.permission.as_deref() == Some(permission))
            .map(|s| {
                from(dumps::DUMPSYS_PACKAGE)
                    .with_value("component", component_string(&s.component))
                    .with_value("permission", permission)
            })
            .collect()
    };
    if let Some(accessibility) = &state.accessibility {
        let enabled: Vec<Evidence> = accessibility
            .enabled
            .iter()
            .filter(|c| owns(c))
            .map(|c| {
                from(dumps::DUMPSYS_ACCESSIBILITY)
                    .with_value("enabled_service", component_string(c))
            })
            .collect();
        if !enabled.is_empty() {
            found.push((FindingId::AndroidAccessibilityEnabled, enabled));
        }
    }
    let accessibility_services = declared(BIND_ACCESSIBILITY);
    if !accessibility_services.is_empty() {
        found.push((FindingId::AppAccessibilityService, accessibility_services));
    }
    if let Some(listeners) = &state.notification_listeners {
        let enabled: Vec<Evidence> = listeners
            .iter()
            .filter(|c| owns(c))
            .map(|c| {
                from(dumps::SETTINGS_SECURE)
                    .with_value("enabled_notification_listeners", component_string(c))
            })
            .collect();
        if !enabled.is_empty() {
            found.push((FindingId::AndroidNotificationListenerEnabled, enabled));
        }
    }
    let listeners = declared(BIND_NOTIFICATION_LISTENER);
    if !listeners.is_empty() {
        found.push((FindingId::AppNotificationListener, listeners));
    }
    let keyboards = declared(BIND_INPUT_METHOD);
    if !keyboards.is_empty() {
        found.push((FindingId::AppInputMethod, keyboards));
    }
    let replaced: Vec<Evidence> = DEFAULT_APPS
        .iter()
        .filter_map(|(namespace, key, role)| {
            let value = state.settings.get(namespace)?.get(*key)?;
            let owner = value.split('/').next()?;
            (owner == package.name).then(|| {
                from(namespace_dump(*namespace))
                    .with_value("setting", *key)
                    .with_value("value", value.as_str())
                    .with_value("role", *role)
            })
        })
        .collect();
    if !replaced.is_empty() {
        found.push((FindingId::AndroidDefaultAppReplaced, replaced));
    }

    // Permissions, as the APK judgement reads them: after what the phone shows switched on,
    // which matters more to a reader.
    found.extend(permission_traits(
        config,
        |p| package.requested_permissions.iter().any(|r| r == p),
        |p| {
            let granted = match package.granted_permissions.get(p) {
                Some(true) => "granted",
                Some(false) => "requested, not granted",
                None => "requested",
            };
            from(dumps::DUMPSYS_PACKAGE)
                .with_value("permission", p)
                .with_value("state", granted)
        },
    ));
    // Persistence.
    let handling = |actions: &[String]| -> Vec<Evidence> {
        actions
            .iter()
            .flat_map(|action| {
                package
                    .actions
                    .get(action)
                    .into_iter()
                    .flatten()
                    .filter(|c| owns(c))
                    .map(move |c| {
                        from(dumps::DUMPSYS_PACKAGE)
                            .with_value("component", component_string(c))
                            .with_value("action", action.as_str())
                    })
            })
            .collect()
    };
    let boot = handling(&config.boot_actions);
    if !boot.is_empty() {
        found.push((FindingId::AppPersistenceBootReceiver, boot));
    }
    let admin_receivers = handling(&[DEVICE_ADMIN_ENABLED.to_owned()]);
    if !admin_receivers.is_empty() {
        found.push((FindingId::AppPersistenceDeviceAdmin, admin_receivers));
    }
    if let Some(policy) = &state.device_policy {
        let active: Vec<Evidence> = policy
            .active_admins
            .iter()
            .filter(|c| owns(c))
            .map(|c| {
                from(dumps::DUMPSYS_DEVICE_POLICY).with_value("active_admin", component_string(c))
            })
            .collect();
        if !active.is_empty() {
            found.push((FindingId::AndroidDeviceAdminActive, active));
        }
        let owner: Vec<Evidence> = policy
            .device_owner
            .iter()
            .map(|c| ("device_owner", c))
            .chain(policy.profile_owners.iter().map(|c| ("profile_owner", c)))
            .filter(|(_, c)| owns(c))
            .map(|(role, c)| {
                from(dumps::DUMPSYS_DEVICE_POLICY).with_value(role, component_string(c))
            })
            .collect();
        if !owner.is_empty() {
            found.push((FindingId::AndroidDeviceOwner, owner));
        }
        let policies: Vec<Evidence> = policy
            .admin_policies
            .iter()
            .filter(|(c, _)| owns(c))
            .filter_map(|(c, used)| {
                let asked: Vec<&str> = used
                    .iter()
                    .filter(|p| config.remote_control_policies.contains(p))
                    .map(String::as_str)
                    .collect();
                (!asked.is_empty()).then(|| {
                    from(dumps::DUMPSYS_DEVICE_POLICY)
                        .with_value("active_admin", component_string(c))
                        .with_value("policies", asked.join(", "))
                })
            })
            .collect();
        if !policies.is_empty() {
            found.push((FindingId::AppRemoteControlDeviceAdminPolicies, policies));
        }
    }
    if state
        .battery_exempt
        .as_ref()
        .is_some_and(|exempt| exempt.contains(&package.name))
    {
        found.push((
            FindingId::AndroidAppBatteryExempt,
            vec![from(dumps::DUMPSYS_DEVICEIDLE).with_value("whitelisted", package.name.as_str())],
        ));
    }

    // Remote control.
    let sms = handling(&config.sms_actions);
    if !sms.is_empty() {
        found.push((FindingId::AppRemoteControlSmsReceiver, sms));
    }

    // Other powers.
    if let Some(ops) = state
        .app_ops
        .as_ref()
        .and_then(|ops| ops.get(&package.name))
    {
        let allowed: Vec<Evidence> = WATCHED_APP_OPS
            .iter()
            .filter_map(|op| {
                let mode = ops.get(*op)?;
                (mode == "allow").then(|| {
                    from(dumps::DUMPSYS_APPOPS)
                        .with_value("app_op", *op)
                        .with_value("mode", mode.as_str())
                })
            })
            .collect();
        if !allowed.is_empty() {
            found.push((FindingId::AndroidAppOpAllowed, allowed));
        }
    }

    trait_findings(found, subject, config)
}

/// The installer, when it is not an app store (`(none)` when the phone records none: adb, or
/// a file manager that did not say).
fn sideloaded_from(package: &Package) -> Option<&str> {
    match package.installer.as_deref() {
        Some(store) if STORES.contains(&store) => None,
        Some(installer) => Some(installer),
        None => Some("(none)"),
    }
}

/// Facts that never score: where and when the app was installed. Sideloading is how
/// stalkerware arrives, but also how people install many honest apps, so it informs and never
/// tips a verdict.
fn informational_findings(
    state: &DeviceState,
    package: &Package,
    subject: &Subject,
    context: &PhoneContext<'_>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    if let Some(installer) = sideloaded_from(package) {
        findings.push(
            Finding::new(
                FindingId::AndroidAppSideloaded,
                Severity::Low,
                Confidence::High,
                subject.clone(),
            )
            .with_evidence(
                Evidence::new(evidence_source(state, context, dumps::PACKAGE_LIST))
                    .with_value("installer", installer),
            ),
        );
    }
    let installed = package.first_install_time.as_deref();
    let age = installed
        .and_then(day_number)
        .zip(context.reference_day.and_then(day_number))
        .map(|(installed, reference)| reference - installed);
    if let (Some(installed), Some(age)) = (installed, age)
        && (0..=RECENT_DAYS).contains(&age)
    {
        findings.push(
            Finding::new(
                FindingId::AndroidAppRecentlyInstalled,
                Severity::Info,
                Confidence::Certain,
                subject.clone(),
            )
            .with_evidence(
                Evidence::new(evidence_source(state, context, dumps::DUMPSYS_PACKAGE))
                    .with_value("first_install_time", installed)
                    .with_value("days_before_reading", age.to_string()),
            ),
        );
    }
    findings
}

/// The device's own entry.
pub fn judge_device(
    state: &DeviceState,
    subject: Subject,
    context: &PhoneContext<'_>,
) -> SubjectReport {
    let from = |what: &str| Evidence::new(evidence_source(state, context, what));
    let setting = |namespace: SettingsNamespace, key: &str| -> Option<&str> {
        state.settings.get(&namespace)?.get(key).map(String::as_str)
    };
    let mut findings = Vec::new();
    let mut push = |id: FindingId, severity: Severity, evidence: Evidence| {
        findings.push(
            Finding::new(id, severity, Confidence::Certain, subject.clone())
                .with_evidence(evidence),
        );
    };
    // Play Protect: the package verifier, and its check of apps installed over adb.
    for key in ["package_verifier_enable", "verifier_verify_adb_installs"] {
        if setting(SettingsNamespace::Global, key) == Some("0") {
            push(
                FindingId::AndroidPlayProtectDisabled,
                Severity::Medium,
                from(dumps::SETTINGS_GLOBAL)
                    .with_value("setting", key)
                    .with_value("value", "0"),
            );
        }
    }
    if setting(SettingsNamespace::Secure, "install_non_market_apps") == Some("1")
        || setting(SettingsNamespace::Global, "install_non_market_apps") == Some("1")
    {
        push(
            FindingId::AndroidUnknownSourcesAllowed,
            Severity::Low,
            from(dumps::SETTINGS_SECURE)
                .with_value("setting", "install_non_market_apps")
                .with_value("value", "1"),
        );
    }
    let developer = setting(SettingsNamespace::Global, "development_settings_enabled") == Some("1");
    let adb = setting(SettingsNamespace::Global, "adb_enabled") == Some("1");
    if developer || adb {
        push(
            FindingId::AndroidDeveloperOptionsEnabled,
            Severity::Info,
            from(dumps::SETTINGS_GLOBAL)
                .with_value("development_settings_enabled", if developer { "1" } else { "0" })
                .with_value("adb_enabled", if adb { "1" } else { "0" })
                .with_value(
                    "note",
                    "checking a phone over USB needs these on; turn them off afterwards if they were off before",
                ),
        );
    }
    let root = root_evidence(state, context);
    if !root.is_empty() {
        let mut finding = Finding::new(
            FindingId::AndroidRootIndicators,
            Severity::Medium,
            Confidence::High,
            subject.clone(),
        );
        finding.evidence = root;
        findings.push(finding);
    }
    if let (Some(patch), Some(reference)) = (
        state.properties.get("ro.build.version.security_patch"),
        context.reference_day,
    ) && let (Some(patch_day), Some(reference_day)) = (day_number(patch), day_number(reference))
    {
        let months = (reference_day - patch_day) / 30;
        if months > OLD_PATCH_MONTHS {
            findings.push(
                Finding::new(
                    FindingId::AndroidSecurityPatchOld,
                    Severity::Low,
                    Confidence::Certain,
                    subject.clone(),
                )
                .with_evidence(
                    from(dumps::GETPROP)
                        .with_value("ro.build.version.security_patch", patch.as_str())
                        .with_value("months_old", months.to_string()),
                ),
            );
        }
    }
    let report = SubjectReport::new(subject, findings);
    debug_assert!(
        report.verdict == Verdict::NothingFound,
        "device settings alone never make a verdict"
    );
    report
}

/// Signs of root: su binaries, root-manager apps, a debuggable or test-keys build, SELinux off.
fn root_evidence(state: &DeviceState, context: &PhoneContext<'_>) -> Vec<Evidence> {
    let from = |what: &str| Evidence::new(evidence_source(state, context, what));
    let mut evidence = Vec::new();
    for binary in state.root_binaries.iter().flatten() {
        evidence.push(from(dumps::ROOT_BINARIES).with_value("file", binary.as_str()));
    }
    for name in ROOT_PACKAGES {
        if state.packages.contains_key(name) {
            evidence.push(from(dumps::PACKAGE_LIST).with_value("package", name));
        }
    }
    let property = |key: &str| state.properties.get(key).map(String::as_str);
    if property("ro.build.tags").is_some_and(|tags| tags.contains("test-keys")) {
        evidence.push(from(dumps::GETPROP).with_value("ro.build.tags", "test-keys"));
    }
    if property("ro.debuggable") == Some("1") {
        evidence.push(from(dumps::GETPROP).with_value("ro.debuggable", "1"));
    }
    if let Some(mode) = property("ro.boot.selinux").filter(|m| *m != "enforcing") {
        evidence.push(from(dumps::GETPROP).with_value("ro.boot.selinux", mode));
    }
    evidence
}

fn namespace_dump(namespace: SettingsNamespace) -> &'static str {
    match namespace {
        SettingsNamespace::Secure => dumps::SETTINGS_SECURE,
        SettingsNamespace::Global => dumps::SETTINGS_GLOBAL,
        SettingsNamespace::System => dumps::SETTINGS_SYSTEM,
    }
}

fn component_string(component: &ComponentName) -> String {
    format!("{}/{}", component.package, component.class)
}

/// Days since 1970-01-01 of a `YYYY-MM-DD…` date (civil calendar; `None` when not a date).
fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10)?.split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

#[cfg(test)]
mod tests;
