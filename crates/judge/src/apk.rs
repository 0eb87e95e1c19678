//! The behaviour judgement of an APK: manifest traits mapped to the Coalition criteria, a
//! weighted score, and a verdict.
//!
//! [`judge_apk`] reads an [`ApkManifest`] and builds one [`Finding`] per trait present, its
//! evidence naming the manifest element, permission, component or label it rests on:
//!
//! - **covert operation**: no launcher entry (`app.covert.no-launcher`), a disabled launcher
//!   entry with none enabled (`app.covert.launcher-alias-disabled`), a label imitating the
//!   system (`app.covert.label-imitates-system`), an activity excluded from recents
//!   (`app.covert.excluded-from-recents`);
//! - **monitoring capability**: permissions (`app.permission.*`: SMS, call log, contacts,
//!   precise and background location, microphone, camera, screen capture, browser history,
//!   usage stats), a notification listener, an accessibility service (`…reads-window-content`
//!   when its configuration sets `canRetrieveWindowContent`), a keyboard (`app.input-method`);
//! - **persistence**: a boot receiver, a device-admin receiver, the battery-optimisation
//!   exemption, foreground services;
//! - **remote control**: device-admin lock/wipe/password policies, SMS receivers;
//! - **exfiltration**: the internet permission; uploading in the background
//!   (`app.exfiltration.background-upload`): a boot receiver, a service and the internet
//!   permission, with an upload endpoint among the code's strings (a URL whose path names an
//!   upload, `upload.php`, `/api/…/data`, or a hard-coded public IP address).
//!
//! Which permissions, actions, labels and policies count, each trait's weight, severity and
//! confidence, and the threshold live in `data/apk-traits.json` (its `description` fields
//! document them), not in this code.
//!
//! # The rule
//!
//! Each trait's weight counts towards its criterion (the id's [`FindingId::criterion`]). The
//! APK is `stalkerware_like` from behaviour when the total score reaches `threshold` **and**
//! every criterion of `required_criteria` (covert operation and monitoring capability) has a
//! trait. A summary finding `app.behaviour.stalkerware-like` then records the scores; its
//! confidence comes from score / threshold (`confidence_by_ratio`). Indicator findings are
//! judged first ([`SubjectReport::with_behaviour`]): a known stalkerware or watchware family
//! wins, and watchware that hides itself stays `known_watchware` with its covert traits among
//! the reasons. An app with a visible launcher and no imitating label has no covert trait,
//! so monitoring permissions alone (parental control, a messaging app) never make it
//! `stalkerware_like`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use unstalk_apk::dex::{Endpoint, EndpointKind};
use unstalk_apk::manifest::{ApkManifest, BIND_ACCESSIBILITY_SERVICE, Component, ComponentKind};

use crate::finding::{Confidence, Criterion, Evidence, EvidenceSource, Finding, Severity, Subject};
use crate::finding_id::FindingId;
use crate::report::SubjectReport;

/// The data file, as committed.
const TRAITS_JSON: &str = include_str!("../data/apk-traits.json");

/// Permission a notification listener service requires.
const BIND_NOTIFICATION_LISTENER: &str = "android.permission.BIND_NOTIFICATION_LISTENER_SERVICE";
/// Permission a keyboard (input method) service requires.
const BIND_INPUT_METHOD: &str = "android.permission.BIND_INPUT_METHOD";
/// The manifest entry evidence points at.
const MANIFEST_ENTRY: &str = "AndroidManifest.xml";
/// The permission every upload needs.
const INTERNET: &str = "android.permission.INTERNET";

/// `data/apk-traits.json`.
#[derive(Debug, Clone, Deserialize)]
pub struct TraitConfig {
    /// The score from which an APK may be `stalkerware_like`.
    pub threshold: f64,
    /// Criteria that must each have at least one trait.
    pub required_criteria: Vec<Criterion>,
    /// Confidence bands of score / threshold, highest first.
    pub confidence_by_ratio: Vec<ConfidenceBand>,
    /// Normalised labels imitating the system.
    pub system_labels: Vec<String>,
    /// Broadcast actions of boot receivers.
    pub boot_actions: Vec<String>,
    /// Broadcast actions of SMS receivers.
    pub sms_actions: Vec<String>,
    /// Device-admin policies that give remote control.
    pub remote_control_policies: Vec<String>,
    /// What makes an endpoint of the code an upload endpoint.
    pub upload_endpoints: UploadEndpoints,
    /// Each trait by finding id.
    pub traits: BTreeMap<String, TraitSpec>,
}

/// `upload_endpoints` of the data file.
#[derive(Debug, Clone, Deserialize)]
pub struct UploadEndpoints {
    /// A URL path segment starting with one of these (lower case, extension dropped).
    pub path_prefixes: Vec<String>,
    /// The last segment of a path whose first segment is `api`.
    pub api_last_segments: Vec<String>,
    /// Public addresses apps name without sending anything there (DNS resolvers).
    pub ignored_addresses: Vec<String>,
}

impl UploadEndpoints {
    /// Whether `endpoint` looks like where an app uploads what it collected.
    pub fn matches(&self, endpoint: &Endpoint) -> bool {
        let public_address = endpoint
            .host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|address| {
                is_public(address) && !self.ignored_addresses.contains(&endpoint.host)
            });
        match endpoint.kind {
            EndpointKind::Url => public_address || self.upload_path(&endpoint.value),
            EndpointKind::Domain => false,
            // Addresses, and any kind a newer reader adds.
            _ => public_address,
        }
    }

    fn upload_path(&self, url: &str) -> bool {
        let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
        let path = after_scheme
            .split_once('/')
            .map_or("", |(_, path)| path)
            .split(['?', '#'])
            .next()
            .unwrap_or_default()
            .to_lowercase();
        let segments: Vec<&str> = path
            .split('/')
            .filter(|segment| !segment.is_empty())
            .map(|segment| segment.split('.').next().unwrap_or_default())
            .collect();
        let named = segments.iter().any(|segment| {
            self.path_prefixes
                .iter()
                .any(|prefix| segment.starts_with(prefix.as_str()))
        });
        let api_data = segments.len() > 1
            && segments.first() == Some(&"api")
            && segments
                .last()
                .is_some_and(|last| self.api_last_segments.iter().any(|s| s == last));
        named || api_data
    }
}

/// Whether `address` is a public one (not private, loopback, link-local, documentation…).
fn is_public(address: std::net::IpAddr) -> bool {
    match address {
        std::net::IpAddr::V4(v4) => {
            !(v4.is_private()
                || v4.is_loopback()
                || v4.is_link_local()
                || v4.is_broadcast()
                || v4.is_documentation()
                || v4.is_unspecified()
                || v4.is_multicast())
        }
        std::net::IpAddr::V6(v6) => {
            let first = v6.segments()[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || first & 0xfe00 == 0xfc00
                || first & 0xffc0 == 0xfe80
                || (first == 0x2001 && v6.segments()[1] == 0x0db8))
        }
    }
}

/// An endpoint among the strings of the app's code, and the entry it was found in
/// (`classes2.dex`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeEndpoint {
    pub entry: String,
    pub endpoint: Endpoint,
}

/// One band of `confidence_by_ratio`.
#[derive(Debug, Clone, Deserialize)]
pub struct ConfidenceBand {
    pub min_ratio: f64,
    pub confidence: Confidence,
}

/// One trait of the data file.
#[derive(Debug, Clone, Deserialize)]
pub struct TraitSpec {
    pub weight: f64,
    pub severity: Severity,
    pub confidence: Confidence,
    /// Requesting any of these permissions is the trait (permission traits only).
    #[serde(default)]
    pub permissions: Vec<String>,
}

impl TraitConfig {
    /// The committed data file, parsed once.
    ///
    /// # Panics
    /// When the committed file does not parse (a test guards it).
    pub fn builtin() -> &'static TraitConfig {
        static CONFIG: OnceLock<TraitConfig> = OnceLock::new();
        CONFIG
            .get_or_init(|| serde_json::from_str(TRAITS_JSON).expect("data/apk-traits.json parses"))
    }

    pub(crate) fn spec(&self, id: &FindingId) -> Option<&TraitSpec> {
        self.traits.get(id.as_str())
    }
}

/// The outcome of the behaviour rule for one APK.
#[derive(Debug, Clone, PartialEq)]
pub struct BehaviourScore {
    /// Sum of the weights of the traits present.
    pub total: f64,
    /// The same sum per criterion.
    pub by_criterion: BTreeMap<Criterion, f64>,
    /// Whether the rule gives `stalkerware_like`.
    pub stalkerware_like: bool,
    /// The confidence of that verdict (from score / threshold), when it holds.
    pub confidence: Option<Confidence>,
}

/// The behaviour findings of `manifest` about `subject`, one per trait present, in data-file
/// order of detection (covert, monitoring, persistence, remote control, exfiltration).
pub fn apk_traits(
    manifest: &ApkManifest,
    subject: &Subject,
    apk_path: &str,
    code_endpoints: &[CodeEndpoint],
    config: &TraitConfig,
) -> Vec<Finding> {
    let m = &manifest.manifest;
    let source = || EvidenceSource::File {
        path: apk_path.to_owned(),
        entry: Some(MANIFEST_ENTRY.to_owned()),
        line: None,
    };
    let mut found: Vec<(FindingId, Vec<Evidence>)> = Vec::new();

    // Covert operation.
    let launchers = m.launcher_activities();
    let disabled = m.disabled_launcher_entries();
    if launchers.is_empty() && disabled.is_empty() {
        let evidence = Evidence::new(source())
            .with_value("element", "activity, activity-alias")
            .with_value(
                "observed",
                "no enabled or disabled MAIN+LAUNCHER intent filter",
            );
        found.push((FindingId::AppCovertNoLauncher, vec![evidence]));
    }
    if launchers.is_empty() && !disabled.is_empty() {
        let evidence = disabled
            .iter()
            .map(|c| component_evidence(source(), c).with_value("android:enabled", "false"))
            .collect();
        found.push((FindingId::AppCovertLauncherAliasDisabled, evidence));
    }
    if let Some(label) = m.application.label_resolved.as_deref().or(match subject {
        Subject::App { name, .. } => name.as_deref(),
        _ => None,
    }) && imitates_system(label, &config.system_labels)
    {
        let evidence = Evidence::new(source())
            .with_value("element", "application")
            .with_value("android:label", label);
        found.push((FindingId::AppCovertLabelImitatesSystem, vec![evidence]));
    }
    let hidden: Vec<Evidence> = m
        .activities
        .iter()
        .filter(|c| c.exclude_from_recents == Some(true))
        .map(|c| component_evidence(source(), c).with_value("android:excludeFromRecents", "true"))
        .collect();
    if !hidden.is_empty() {
        found.push((FindingId::AppCovertExcludedFromRecents, hidden));
    }

    // Permission traits (every trait of the data file that lists permissions).
    found.extend(permission_traits(
        config,
        |p| m.requests(p),
        |p| {
            Evidence::new(source())
                .with_value("element", "uses-permission")
                .with_value("permission", p)
        },
    ));

    // Monitoring services.
    let bound = |permission: &str| -> Vec<Evidence> {
        m.services
            .iter()
            .filter(|s| s.permission.as_deref() == Some(permission))
            .map(|s| component_evidence(source(), s).with_value("android:permission", permission))
            .collect()
    };
    let listeners = bound(BIND_NOTIFICATION_LISTENER);
    if !listeners.is_empty() {
        found.push((FindingId::AppNotificationListener, listeners));
    }
    let keyboards = bound(BIND_INPUT_METHOD);
    if !keyboards.is_empty() {
        found.push((FindingId::AppInputMethod, keyboards));
    }
    let (mut reads, mut other) = (Vec::new(), Vec::new());
    for service in &manifest.accessibility_services {
        let mut evidence = Evidence::new(source())
            .with_value("element", "service")
            .with_value("component", service.component.as_str())
            .with_value(
                "android:permission",
                if service.requires_bind_permission {
                    BIND_ACCESSIBILITY_SERVICE
                } else {
                    "(none)"
                },
            );
        if let Some(path) = &service.config_path {
            evidence = evidence.with_value("config", path.as_str());
        }
        let can_read = service
            .config
            .as_ref()
            .and_then(|c| c.can_retrieve_window_content);
        if let Some(value) = can_read {
            evidence = evidence.with_value("android:canRetrieveWindowContent", value.to_string());
        }
        if can_read == Some(true) {
            reads.push(evidence);
        } else {
            other.push(evidence);
        }
    }
    if !reads.is_empty() {
        found.push((FindingId::AppAccessibilityReadsWindowContent, reads));
    }
    if !other.is_empty() {
        found.push((FindingId::AppAccessibilityService, other));
    }

    // Persistence.
    let receivers = |actions: &[String]| -> Vec<Evidence> {
        m.receivers
            .iter()
            .flat_map(|r| {
                actions
                    .iter()
                    .filter(|a| r.handles_action(a))
                    .map(|a| component_evidence(source(), r).with_value("action", a.as_str()))
            })
            .collect()
    };
    let boot = receivers(&config.boot_actions);
    let started_at_boot = boot.first().cloned();
    if !boot.is_empty() {
        found.push((FindingId::AppPersistenceBootReceiver, boot));
    }
    if !manifest.device_admins.is_empty() {
        let evidence = manifest
            .device_admins
            .iter()
            .map(|admin| {
                let mut e = Evidence::new(source())
                    .with_value("element", "receiver")
                    .with_value("component", admin.component.as_str());
                if let Some(path) = &admin.policies_path {
                    e = e.with_value("policies_resource", path.as_str());
                }
                e
            })
            .collect();
        found.push((FindingId::AppPersistenceDeviceAdmin, evidence));
    }

    // Remote control.
    let policies: Vec<Evidence> = manifest
        .device_admins
        .iter()
        .filter_map(|admin| {
            let asked: Vec<&str> = admin
                .policies
                .as_ref()?
                .policies
                .iter()
                .filter(|p| config.remote_control_policies.contains(p))
                .map(String::as_str)
                .collect();
            (!asked.is_empty()).then(|| {
                Evidence::new(source())
                    .with_value("element", "receiver")
                    .with_value("component", admin.component.as_str())
                    .with_value("uses-policies", asked.join(", "))
            })
        })
        .collect();
    if !policies.is_empty() {
        found.push((FindingId::AppRemoteControlDeviceAdminPolicies, policies));
    }
    let sms = receivers(&config.sms_actions);
    if !sms.is_empty() {
        found.push((FindingId::AppRemoteControlSmsReceiver, sms));
    }

    // Exfiltration: started at boot, running as a service, with somewhere to send to. Each
    // alone is common; together with an upload endpoint in the code they are how stalkerware
    // sends what it collected without the phone's owner opening it.
    let uploads: Vec<Evidence> = code_endpoints
        .iter()
        .filter(|code| config.upload_endpoints.matches(&code.endpoint))
        .map(|code| {
            Evidence::new(EvidenceSource::File {
                path: apk_path.to_owned(),
                entry: Some(code.entry.clone()),
                line: None,
            })
            .with_value("endpoint", code.endpoint.value.as_str())
        })
        .collect();
    if let (Some(boot), Some(service), true, false) = (
        started_at_boot,
        m.services.first(),
        m.requests(INTERNET),
        uploads.is_empty(),
    ) {
        let mut evidence = vec![
            boot,
            component_evidence(source(), service),
            Evidence::new(source())
                .with_value("element", "uses-permission")
                .with_value("permission", INTERNET),
        ];
        evidence.extend(uploads);
        found.push((FindingId::AppExfiltrationBackgroundUpload, evidence));
    }

    trait_findings(found, subject, config)
}

/// The permission traits: for every trait of the data file that lists permissions, the
/// evidence of each listed permission the app `requests`.
pub(crate) fn permission_traits(
    config: &TraitConfig,
    requests: impl Fn(&str) -> bool,
    evidence: impl Fn(&str) -> Evidence,
) -> Vec<(FindingId, Vec<Evidence>)> {
    let mut found = Vec::new();
    for (slug, spec) in &config.traits {
        if spec.permissions.is_empty() {
            continue;
        }
        let Some(id) = FindingId::parse(slug) else {
            continue;
        };
        let seen: Vec<Evidence> = spec
            .permissions
            .iter()
            .filter(|p| requests(p))
            .map(|p| evidence(p))
            .collect();
        if !seen.is_empty() {
            found.push((id, seen));
        }
    }
    found
}

/// One finding per trait found, with the data file's severity and confidence (traits the
/// file does not weigh are dropped), in criterion order.
pub(crate) fn trait_findings(
    found: Vec<(FindingId, Vec<Evidence>)>,
    subject: &Subject,
    config: &TraitConfig,
) -> Vec<Finding> {
    let mut findings: Vec<Finding> = found
        .into_iter()
        .filter_map(|(id, evidence)| {
            let spec = config.spec(&id)?;
            let mut finding = Finding::new(id, spec.severity, spec.confidence, subject.clone());
            finding.evidence = evidence;
            Some(finding)
        })
        .collect();
    findings.sort_by_key(|f| criterion_order(f.criterion));
    findings
}

/// Scores `traits` by the rule in the module documentation.
pub fn score(traits: &[Finding], config: &TraitConfig) -> BehaviourScore {
    let mut by_criterion: BTreeMap<Criterion, f64> = BTreeMap::new();
    let mut total = 0.0;
    for finding in traits {
        let Some(spec) = config.spec(&finding.id) else {
            continue;
        };
        total += spec.weight;
        if let Some(criterion) = finding.criterion {
            *by_criterion.entry(criterion).or_insert(0.0) += spec.weight;
        }
    }
    let required = config
        .required_criteria
        .iter()
        .all(|c| by_criterion.get(c).is_some_and(|&s| s > 0.0));
    let stalkerware_like = required && config.threshold > 0.0 && total >= config.threshold;
    let confidence = stalkerware_like
        .then(|| {
            let ratio = total / config.threshold;
            config
                .confidence_by_ratio
                .iter()
                .find(|band| ratio >= band.min_ratio)
                .map(|band| band.confidence)
        })
        .flatten();
    BehaviourScore {
        total,
        by_criterion,
        stalkerware_like,
        confidence,
    }
}

/// The report entry for one APK: the indicator findings (from the matcher) first, then one
/// finding per behaviour trait, then, when the rule holds, the summary finding
/// `app.behaviour.stalkerware-like`. The verdict is decided by
/// [`SubjectReport::with_behaviour`]; `apk_path` is where evidence says the manifest was read,
/// `code_endpoints` what the app's DEX strings name.
pub fn judge_apk(
    manifest: &ApkManifest,
    subject: Subject,
    apk_path: &str,
    code_endpoints: &[CodeEndpoint],
    indicator_findings: Vec<Finding>,
) -> SubjectReport {
    judge_apk_with(
        manifest,
        subject,
        apk_path,
        code_endpoints,
        indicator_findings,
        TraitConfig::builtin(),
    )
}

/// [`judge_apk`] with an explicit configuration.
pub fn judge_apk_with(
    manifest: &ApkManifest,
    subject: Subject,
    apk_path: &str,
    code_endpoints: &[CodeEndpoint],
    indicator_findings: Vec<Finding>,
    config: &TraitConfig,
) -> SubjectReport {
    let traits = apk_traits(manifest, &subject, apk_path, code_endpoints, config);
    let source = EvidenceSource::File {
        path: apk_path.to_owned(),
        entry: Some(MANIFEST_ENTRY.to_owned()),
        line: None,
    };
    judge_traits(subject, source, indicator_findings, traits, config)
}

/// The report entry for a subject with `indicator_findings` and behaviour `traits` (found in
/// an APK's manifest, or on a phone): scores the traits by the rule in the module
/// documentation, adds the summary finding (its evidence read from `source`) when the rule
/// holds, and lets [`SubjectReport::with_behaviour`] decide the verdict.
pub fn judge_traits(
    subject: Subject,
    source: EvidenceSource,
    indicator_findings: Vec<Finding>,
    traits: Vec<Finding>,
    config: &TraitConfig,
) -> SubjectReport {
    let behaviour = score(&traits, config);
    let indicator_count = indicator_findings.len();
    let mut findings = indicator_findings;
    findings.extend(traits);
    let index = |i: usize| u32::try_from(i).unwrap_or(u32::MAX);
    let covert: Vec<u32> = (indicator_count..findings.len())
        .filter(|&i| findings.get(i).and_then(|f| f.criterion) == Some(Criterion::CovertOperation))
        .map(index)
        .collect();
    let mut behaviour_reasons = Vec::new();
    if behaviour.stalkerware_like {
        behaviour_reasons.push(index(findings.len()));
        behaviour_reasons.extend((indicator_count..findings.len()).map(index));
        findings.push(summary_finding(&subject, source, &behaviour, config));
    }
    SubjectReport::with_behaviour(
        subject,
        findings,
        indicator_count,
        &behaviour_reasons,
        &covert,
    )
}

/// `app.behaviour.stalkerware-like` with the scores as evidence.
fn summary_finding(
    subject: &Subject,
    source: EvidenceSource,
    behaviour: &BehaviourScore,
    config: &TraitConfig,
) -> Finding {
    let mut evidence = Evidence::new(source)
        .with_value("score", format!("{:.1}", behaviour.total))
        .with_value("threshold", format!("{:.1}", config.threshold));
    for (criterion, value) in &behaviour.by_criterion {
        evidence = evidence.with_value(
            format!("score.{}", criterion_name(*criterion)),
            format!("{value:.1}"),
        );
    }
    Finding::new(
        FindingId::AppBehaviourStalkerwareLike,
        Severity::High,
        behaviour.confidence.unwrap_or(Confidence::Low),
        subject.clone(),
    )
    .with_evidence(evidence)
}

/// Whether `label`, normalised (lower case, runs of other characters as one space), equals a
/// listed system label or starts with one followed by a space.
pub fn imitates_system(label: &str, system_labels: &[String]) -> bool {
    let normal = normalise_label(label);
    !normal.is_empty()
        && system_labels.iter().any(|listed| {
            let listed = normalise_label(listed);
            !listed.is_empty()
                && (normal == listed
                    || normal
                        .strip_prefix(listed.as_str())
                        .is_some_and(|rest| rest.starts_with(' ')))
        })
}

fn normalise_label(label: &str) -> String {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

fn component_evidence(source: EvidenceSource, component: &Component) -> Evidence {
    let element = match component.kind {
        ComponentKind::Activity => "activity",
        ComponentKind::ActivityAlias => "activity-alias",
        ComponentKind::Service => "service",
        ComponentKind::Receiver => "receiver",
        ComponentKind::Provider => "provider",
    };
    Evidence::new(source)
        .with_value("element", element)
        .with_value("component", component.name.as_str())
}

pub(crate) fn criterion_order(criterion: Option<Criterion>) -> u8 {
    match criterion {
        Some(Criterion::CovertOperation) => 0,
        Some(Criterion::MonitoringCapability) => 1,
        Some(Criterion::Persistence) => 2,
        Some(Criterion::RemoteControl) => 3,
        Some(Criterion::Exfiltration) => 4,
        Some(Criterion::Marketing) => 5,
        None => 6,
    }
}

fn criterion_name(criterion: Criterion) -> &'static str {
    match criterion {
        Criterion::CovertOperation => "covert-operation",
        Criterion::MonitoringCapability => "monitoring-capability",
        Criterion::Persistence => "persistence",
        Criterion::RemoteControl => "remote-control",
        Criterion::Exfiltration => "exfiltration",
        Criterion::Marketing => "marketing",
    }
}

#[cfg(test)]
mod tests;
