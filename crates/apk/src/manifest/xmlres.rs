//! Resource XML files the manifest points to, where a judgement depends on them: the
//! accessibility-service configuration and the device-admin policies; and reading a whole APK's
//! manifest with its resources.

use serde::Serialize;

use super::attrs;
use super::axml::{Value, XmlDocument, parse_axml_with};
use super::error::{Anomaly, ManifestError};
use super::model::{Component, Manifest};
use super::{Limits, ResourceTable, ResourceValue, parse_arsc_with};
use crate::container::{self, Apk};

/// Intent action of an accessibility service.
pub const ACCESSIBILITY_SERVICE_ACTION: &str = "android.accessibilityservice.AccessibilityService";
/// Meta-data naming an accessibility service's configuration.
pub const ACCESSIBILITY_META_DATA: &str = "android.accessibilityservice";
/// Permission an accessibility service must require for Android to bind it.
pub const BIND_ACCESSIBILITY_SERVICE: &str = "android.permission.BIND_ACCESSIBILITY_SERVICE";
/// Meta-data naming a device-admin receiver's policies.
pub const DEVICE_ADMIN_META_DATA: &str = "android.app.device_admin";
/// Intent action of a device-admin receiver.
pub const DEVICE_ADMIN_ENABLED: &str = "android.app.action.DEVICE_ADMIN_ENABLED";
/// Permission a device-admin receiver must require.
pub const BIND_DEVICE_ADMIN: &str = "android.permission.BIND_DEVICE_ADMIN";

/// An `<accessibility-service>` configuration (`res/xml/…`).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct AccessibilityConfig {
    /// `android:canRetrieveWindowContent`: the service reads the screen's text.
    pub can_retrieve_window_content: Option<bool>,
    /// `android:accessibilityEventTypes` (`0xffffffff` = `typeAllMask`).
    pub event_types: Option<u32>,
    /// `android:accessibilityFlags`.
    pub flags: Option<u32>,
    /// `android:accessibilityFeedbackType`.
    pub feedback_type: Option<u32>,
    /// `android:packageNames` (apps watched; none = every app).
    pub package_names: Option<String>,
    /// `android:notificationTimeout`.
    pub notification_timeout: Option<i64>,
    /// `android:settingsActivity`.
    pub settings_activity: Option<String>,
    /// `android:description` as written.
    pub description: Option<Value>,
}

/// Reads an accessibility configuration (root `<accessibility-service>`).
pub fn accessibility_config(doc: &XmlDocument) -> Option<AccessibilityConfig> {
    let root = &doc.root;
    if &*root.name != "accessibility-service" {
        return None;
    }
    let a = |id| root.android_attr(id);
    let flags = |id| {
        a(id)
            .and_then(Value::as_int)
            .and_then(|v| u32::try_from(v & 0xffff_ffff).ok())
    };
    Some(AccessibilityConfig {
        can_retrieve_window_content: a(attrs::CAN_RETRIEVE_WINDOW_CONTENT).and_then(Value::as_bool),
        event_types: flags(attrs::ACCESSIBILITY_EVENT_TYPES),
        flags: flags(attrs::ACCESSIBILITY_FLAGS),
        feedback_type: flags(attrs::ACCESSIBILITY_FEEDBACK_TYPE),
        package_names: a(attrs::PACKAGE_NAMES)
            .and_then(Value::as_str)
            .map(str::to_owned),
        notification_timeout: a(attrs::NOTIFICATION_TIMEOUT).and_then(Value::as_int),
        settings_activity: a(attrs::SETTINGS_ACTIVITY)
            .and_then(Value::as_str)
            .map(str::to_owned),
        description: a(attrs::DESCRIPTION).cloned(),
    })
}

/// Policies a device-admin receiver asks for (`res/xml/…`, root `<device-admin>`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct DeviceAdminPolicies {
    /// Element names under `<uses-policies>`, in order: `force-lock`, `wipe-data`,
    /// `reset-password`, `limit-password`, `watch-login`, `disable-camera`,
    /// `disable-keyguard-features`, `encrypted-storage`, `expire-password`.
    pub policies: Vec<String>,
}

impl DeviceAdminPolicies {
    /// Whether `policy` is requested.
    pub fn has(&self, policy: &str) -> bool {
        self.policies.iter().any(|p| p == policy)
    }
}

/// Reads device-admin policies (root `<device-admin>`).
pub fn device_admin_policies(doc: &XmlDocument) -> Option<DeviceAdminPolicies> {
    let root = &doc.root;
    if &*root.name != "device-admin" {
        return None;
    }
    Some(DeviceAdminPolicies {
        policies: root
            .children_named("uses-policies")
            .flat_map(|u| u.children.iter().map(|p| p.name.to_string()))
            .collect(),
    })
}

/// Resolves `id` to a file path through the table, reads it from the APK and decodes it.
///
/// # Errors
/// When the id is not a file resource, the entry cannot be read, or it is not binary XML.
pub fn read_xml_resource(
    apk: &Apk,
    table: &ResourceTable,
    id: u32,
    limits: &Limits,
    container_limits: &container::Limits,
) -> Result<(String, XmlDocument), ManifestError> {
    let path = match table.resolve(id) {
        Some(ResourceValue::File(path)) => path,
        Some(other) => {
            return Err(ManifestError::NotAFileResource {
                id,
                value: format!("{other:?}"),
            });
        }
        None => return Err(ManifestError::ResourceNotFound { id }),
    };
    let data = apk.read_entry(&path, container_limits)?;
    let doc = parse_axml_with(&data.data, limits)?;
    Ok((path, doc))
}

/// An accessibility service declared in the manifest, with its configuration.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccessibilityService {
    /// The service's class name.
    pub component: String,
    /// Whether it is enabled in the manifest.
    pub enabled: bool,
    /// Whether it requires `BIND_ACCESSIBILITY_SERVICE` (Android binds it only then).
    pub requires_bind_permission: bool,
    /// The `android.accessibilityservice` meta-data resource id.
    pub config_resource: Option<u32>,
    /// Its path in the APK, when resolved.
    pub config_path: Option<String>,
    /// The configuration, when read.
    pub config: Option<AccessibilityConfig>,
}

/// A device-admin receiver declared in the manifest, with its policies.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeviceAdmin {
    /// The receiver's class name.
    pub component: String,
    /// Whether it is enabled in the manifest.
    pub enabled: bool,
    /// Whether it requires `BIND_DEVICE_ADMIN`.
    pub requires_bind_permission: bool,
    /// The `android.app.device_admin` meta-data resource id.
    pub policies_resource: Option<u32>,
    /// Its path in the APK, when resolved.
    pub policies_path: Option<String>,
    /// The policies, when read.
    pub policies: Option<DeviceAdminPolicies>,
}

/// The `purpose` of the [`Anomaly::ResourceUnresolved`] raised when `resources.arsc` itself is
/// present but could not be read or parsed.
pub const RESOURCE_TABLE: &str = "resources.arsc";

/// A manifest read from an APK, with what its resources say.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ApkManifest {
    /// The manifest (application label resolved when `resources.arsc` is readable).
    pub manifest: Manifest,
    /// `resources.arsc`, when present and readable.
    pub resources: Option<ResourceTable>,
    /// Services handling `android.accessibilityservice.AccessibilityService`.
    pub accessibility_services: Vec<AccessibilityService>,
    /// Receivers with `android.app.device_admin` meta-data or `DEVICE_ADMIN_ENABLED`.
    pub device_admins: Vec<DeviceAdmin>,
    /// Resource problems (unreadable table, missing or broken XML resources).
    pub anomalies: Vec<Anomaly>,
}

/// Reads `AndroidManifest.xml` (the first copy, as Android does) and `resources.arsc` from
/// `apk`, resolves the application label, and reads the accessibility and device-admin
/// configurations the manifest points to.
///
/// # Errors
/// When the manifest entry is missing or unreadable, or is not decodable binary XML. Problems
/// with resources are anomalies in the result.
pub fn read_apk_manifest(
    apk: &Apk,
    limits: &Limits,
    container_limits: &container::Limits,
) -> Result<ApkManifest, ManifestError> {
    let data = apk.read_entry("AndroidManifest.xml", container_limits)?;
    manifest_from(apk, &data.data, limits, container_limits)
}

/// [`read_apk_manifest`] of one given copy of `AndroidManifest.xml` (an APK with two holds two
/// app descriptions; Android refuses it, a scanner must read both).
///
/// # Errors
/// As [`read_apk_manifest`].
pub fn read_apk_manifest_copy(
    apk: &Apk,
    entry: &container::Entry,
    limits: &Limits,
    container_limits: &container::Limits,
) -> Result<ApkManifest, ManifestError> {
    let data = apk.read(entry, container_limits)?;
    manifest_from(apk, &data.data, limits, container_limits)
}

fn manifest_from(
    apk: &Apk,
    manifest_bytes: &[u8],
    limits: &Limits,
    container_limits: &container::Limits,
) -> Result<ApkManifest, ManifestError> {
    let mut manifest = Manifest::parse_with(manifest_bytes, limits)?;
    let mut anomalies = Vec::new();
    let resources = match apk.read_entry("resources.arsc", container_limits) {
        Ok(entry) => match parse_arsc_with(&entry.data, limits) {
            Ok(table) => {
                anomalies.extend(table.anomalies().iter().cloned());
                Some(table)
            }
            Err(e) => {
                anomalies.push(Anomaly::ResourceUnresolved {
                    id: 0,
                    purpose: RESOURCE_TABLE,
                    reason: e.to_string(),
                });
                None
            }
        },
        // Present but not read (over a cap, a broken entry): an anomaly, so the labels and
        // strings it holds are known to be missing.
        Err(e) if apk.find("resources.arsc").is_some() => {
            anomalies.push(Anomaly::ResourceUnresolved {
                id: 0,
                purpose: RESOURCE_TABLE,
                reason: e.to_string(),
            });
            None
        }
        // An app without resources.
        Err(_) => None,
    };
    if let Some(table) = &resources {
        manifest.resolve(table);
    }
    let mut read = |component: &Component, meta: &str, purpose: &'static str| {
        let id = component.meta(meta).and_then(|m| m.resource)?;
        let Some(table) = &resources else {
            anomalies.push(Anomaly::ResourceUnresolved {
                id,
                purpose,
                reason: "no readable resources.arsc".to_owned(),
            });
            return Some((id, None));
        };
        match read_xml_resource(apk, table, id, limits, container_limits) {
            Ok((path, doc)) => {
                anomalies.extend(doc.anomalies.iter().cloned());
                Some((id, Some((path, doc))))
            }
            Err(e) => {
                anomalies.push(Anomaly::ResourceUnresolved {
                    id,
                    purpose,
                    reason: e.to_string(),
                });
                Some((id, None))
            }
        }
    };
    let mut accessibility_services = Vec::new();
    for s in &manifest.services {
        if !s.handles_action(ACCESSIBILITY_SERVICE_ACTION)
            && s.meta(ACCESSIBILITY_META_DATA).is_none()
        {
            continue;
        }
        let found = read(
            s,
            ACCESSIBILITY_META_DATA,
            "accessibility service configuration",
        );
        let (config_resource, doc) = match found {
            Some((id, doc)) => (Some(id), doc),
            None => (None, None),
        };
        accessibility_services.push(AccessibilityService {
            component: s.name.clone(),
            enabled: s.enabled,
            requires_bind_permission: s.permission.as_deref() == Some(BIND_ACCESSIBILITY_SERVICE),
            config_resource,
            config: doc.as_ref().and_then(|(_, d)| accessibility_config(d)),
            config_path: doc.map(|(p, _)| p),
        });
    }
    let mut device_admins = Vec::new();
    for r in &manifest.receivers {
        if !r.handles_action(DEVICE_ADMIN_ENABLED) && r.meta(DEVICE_ADMIN_META_DATA).is_none() {
            continue;
        }
        let found = read(r, DEVICE_ADMIN_META_DATA, "device-admin policies");
        let (policies_resource, doc) = match found {
            Some((id, doc)) => (Some(id), doc),
            None => (None, None),
        };
        device_admins.push(DeviceAdmin {
            component: r.name.clone(),
            enabled: r.enabled,
            requires_bind_permission: r.permission.as_deref() == Some(BIND_DEVICE_ADMIN),
            policies_resource,
            policies: doc.as_ref().and_then(|(_, d)| device_admin_policies(d)),
            policies_path: doc.map(|(p, _)| p),
        });
    }
    Ok(ApkManifest {
        manifest,
        resources,
        accessibility_services,
        device_admins,
        anomalies,
    })
}
