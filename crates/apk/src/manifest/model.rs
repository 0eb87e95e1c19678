//! The manifest model: what `PackageParser` reads from `AndroidManifest.xml`, built from a
//! decoded [`XmlDocument`].

use serde::Serialize;

use super::attrs;
use super::axml::{Element, Value, XmlDocument, parse_axml_with};
use super::error::{Anomaly, ManifestError, Tally};
use super::{Limits, ResourceTable, ResourceValue};

/// Intent action of a launcher entry point.
pub const ACTION_MAIN: &str = "android.intent.action.MAIN";
/// Intent category of a launcher entry point.
pub const CATEGORY_LAUNCHER: &str = "android.intent.category.LAUNCHER";

/// A requested permission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Permission {
    /// `android:name`.
    pub name: String,
    /// `android:maxSdkVersion`, if set.
    pub max_sdk: Option<i64>,
    /// Declared with `<uses-permission-sdk-23>` (or `-sdk-m`): requested on Android 6+ only.
    pub sdk23: bool,
}

/// The kind of a component.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ComponentKind {
    /// `<activity>`.
    Activity,
    /// `<activity-alias>`.
    ActivityAlias,
    /// `<service>`.
    Service,
    /// `<receiver>`.
    Receiver,
    /// `<provider>`.
    Provider,
}

/// An `<intent-filter>`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct IntentFilter {
    /// `<action android:name>` values.
    pub actions: Vec<String>,
    /// `<category android:name>` values.
    pub categories: Vec<String>,
    /// `<data android:scheme>` values.
    pub schemes: Vec<String>,
    /// `<data android:host>` values.
    pub hosts: Vec<String>,
    /// `<data android:mimeType>` values.
    pub mime_types: Vec<String>,
    /// `android:priority`, if set.
    pub priority: Option<i64>,
}

/// A `<meta-data>` entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetaData {
    /// `android:name`.
    pub name: String,
    /// `android:value`, if set.
    pub value: Option<Value>,
    /// `android:resource` (a resource id), if set.
    pub resource: Option<u32>,
}

/// An activity, activity-alias, service, receiver or provider.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    /// What it is.
    pub kind: ComponentKind,
    /// The class name, resolved against the package (`.Foo` → `com.example.Foo`).
    pub name: String,
    /// `android:name` as written.
    pub raw_name: String,
    /// `android:exported`, if set.
    pub exported: Option<bool>,
    /// `android:enabled` (Android's default: true).
    pub enabled: bool,
    /// `android:permission` (callers must hold it; `BIND_ACCESSIBILITY_SERVICE`…).
    pub permission: Option<String>,
    /// `android:process`, if set.
    pub process: Option<String>,
    /// `android:label`, if set.
    pub label: Option<Value>,
    /// `android:targetActivity` (aliases), resolved against the package.
    pub target_activity: Option<String>,
    /// `android:authorities` (providers).
    pub authorities: Option<String>,
    /// `android:excludeFromRecents` (activities).
    pub exclude_from_recents: Option<bool>,
    /// Intent filters.
    pub intent_filters: Vec<IntentFilter>,
    /// Meta-data entries.
    pub meta_data: Vec<MetaData>,
}

impl Component {
    /// Whether any intent filter has `action`.
    pub fn handles_action(&self, action: &str) -> bool {
        self.intent_filters
            .iter()
            .any(|f| f.actions.iter().any(|a| a == action))
    }

    /// Whether it is a launcher entry point (an intent filter with MAIN and LAUNCHER).
    pub fn is_launcher(&self) -> bool {
        self.intent_filters.iter().any(|f| {
            f.actions.iter().any(|a| a == ACTION_MAIN)
                && f.categories.iter().any(|c| c == CATEGORY_LAUNCHER)
        })
    }

    /// Whether other apps can start it: `android:exported`, or, when unset, whether it has
    /// an intent filter (Android's default before API 31; providers default to exported
    /// before API 17, treated as not exported here).
    pub fn is_exported(&self) -> bool {
        self.exported
            .unwrap_or(self.kind != ComponentKind::Provider && !self.intent_filters.is_empty())
    }

    /// The meta-data entry named `name`: the last of that name, as Android keeps it (each
    /// `<meta-data>` goes into one Bundle, a later one replacing an earlier), so a harmless
    /// first copy cannot hide the configuration Android uses.
    pub fn meta(&self, name: &str) -> Option<&MetaData> {
        self.meta_data.iter().rfind(|m| m.name == name)
    }
}

/// `<application>`.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Application {
    /// `android:label` as written (a string or a `@string/…` reference).
    pub label: Option<Value>,
    /// The label resolved through `resources.arsc` (default configuration), after
    /// [`Manifest::resolve`]; equal to the string for a literal label.
    pub label_resolved: Option<String>,
    /// `android:icon`.
    pub icon: Option<Value>,
    /// `android:name` (Application subclass), resolved against the package.
    pub name: Option<String>,
    /// `android:debuggable`.
    pub debuggable: Option<bool>,
    /// `android:allowBackup`.
    pub allow_backup: Option<bool>,
    /// `android:usesCleartextTraffic`.
    pub uses_cleartext_traffic: Option<bool>,
    /// `android:testOnly`.
    pub test_only: Option<bool>,
    /// `android:persistent`.
    pub persistent: Option<bool>,
    /// `android:process`.
    pub process: Option<String>,
    /// `android:permission`.
    pub permission: Option<String>,
    /// `android:theme`.
    pub theme: Option<Value>,
    /// `android:networkSecurityConfig`.
    pub network_security_config: Option<Value>,
    /// `android:enabled` (default true).
    pub enabled: bool,
    /// Application-level meta-data.
    pub meta_data: Vec<MetaData>,
}

/// What `PackageParser` reads from `AndroidManifest.xml`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Manifest {
    /// `package` (empty when missing: see [`Anomaly::MissingPackage`]).
    pub package: String,
    /// `android:versionCode`.
    pub version_code: Option<i64>,
    /// `android:versionName` (a literal; references are kept in `version_name_value`).
    pub version_name: Option<String>,
    /// `android:versionName` as written.
    pub version_name_value: Option<Value>,
    /// `<uses-sdk android:minSdkVersion>` (Android's default when missing: 1).
    pub min_sdk: Option<i64>,
    /// `<uses-sdk android:targetSdkVersion>` (Android's default: `min_sdk`).
    pub target_sdk: Option<i64>,
    /// `<uses-sdk android:maxSdkVersion>`.
    pub max_sdk: Option<i64>,
    /// `<uses-permission>` and `<uses-permission-sdk-23>`, in order.
    pub permissions: Vec<Permission>,
    /// `<permission android:name>`: permissions this app defines.
    pub declared_permissions: Vec<String>,
    /// The first `<application>`.
    pub application: Application,
    /// `<activity>`s.
    pub activities: Vec<Component>,
    /// `<activity-alias>`es.
    pub activity_aliases: Vec<Component>,
    /// `<service>`s.
    pub services: Vec<Component>,
    /// `<receiver>`s.
    pub receivers: Vec<Component>,
    /// `<provider>`s.
    pub providers: Vec<Component>,
    anomalies: Vec<Anomaly>,
}

fn string_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.to_string()),
        _ => None,
    }
}

/// A `versionName`/`minSdkVersion` written as a string holds a number or a codename.
fn int_of(value: Option<&Value>) -> Option<i64> {
    value?.as_int()
}

/// `PackageParser.buildClassName`: `.Foo` and `Foo` are relative to the package.
pub fn resolve_class_name(package: &str, name: &str) -> String {
    if name.starts_with('.') {
        format!("{package}{name}")
    } else if !name.contains('.') && !package.is_empty() {
        format!("{package}.{name}")
    } else {
        name.to_owned()
    }
}

impl Manifest {
    /// Decodes `AndroidManifest.xml` bytes with the default [`Limits`].
    ///
    /// # Errors
    /// When the binary XML has no element at all (see [`parse_axml_with`]).
    pub fn parse(bytes: &[u8]) -> Result<Manifest, ManifestError> {
        Self::parse_with(bytes, &Limits::default())
    }

    /// [`Manifest::parse`] with explicit [`Limits`].
    pub fn parse_with(bytes: &[u8], limits: &Limits) -> Result<Manifest, ManifestError> {
        Ok(Manifest::from_document(&parse_axml_with(bytes, limits)?))
    }

    /// Builds the model from a decoded document; the document's anomalies are carried over.
    pub fn from_document(doc: &XmlDocument) -> Manifest {
        let root = &doc.root;
        let mut anomalies = doc.anomalies.clone();
        if &*root.name != "manifest" {
            anomalies.push(Anomaly::RootNotManifest {
                found: root.name.to_string(),
            });
        }
        let package = string_of(root.plain_attr("package")).unwrap_or_default();
        if package.is_empty() {
            anomalies.push(Anomaly::MissingPackage);
        }
        let version_name_value = root.android_attr(attrs::VERSION_NAME).cloned();
        let mut m = Manifest {
            version_code: int_of(root.android_attr(attrs::VERSION_CODE)),
            version_name: version_name_value.as_ref().and_then(|v| match v {
                Value::String(s) => Some(s.to_string()),
                Value::Int(i) => Some(i.to_string()),
                _ => None,
            }),
            version_name_value,
            package,
            min_sdk: None,
            target_sdk: None,
            max_sdk: None,
            permissions: Vec::new(),
            declared_permissions: Vec::new(),
            application: Application {
                enabled: true,
                ..Application::default()
            },
            activities: Vec::new(),
            activity_aliases: Vec::new(),
            services: Vec::new(),
            receivers: Vec::new(),
            providers: Vec::new(),
            anomalies: Vec::new(),
        };
        let mut applications = 0u32;
        let mut unnamed = Tally::default();
        for child in &root.children {
            match &*child.name {
                "uses-sdk" => {
                    // Android reads every <uses-sdk>; the last value set wins.
                    if let Some(v) = int_of(child.android_attr(attrs::MIN_SDK_VERSION)) {
                        m.min_sdk = Some(v);
                    }
                    if let Some(v) = int_of(child.android_attr(attrs::TARGET_SDK_VERSION)) {
                        m.target_sdk = Some(v);
                    }
                    if let Some(v) = int_of(child.android_attr(attrs::MAX_SDK_VERSION)) {
                        m.max_sdk = Some(v);
                    }
                }
                "uses-permission" | "uses-permission-sdk-23" | "uses-permission-sdk-m" => {
                    if let Some(name) = string_of(child.android_attr(attrs::NAME)) {
                        m.permissions.push(Permission {
                            name,
                            max_sdk: int_of(child.android_attr(attrs::MAX_SDK_VERSION)),
                            sdk23: &*child.name != "uses-permission",
                        });
                    }
                }
                "permission" => {
                    if let Some(name) = string_of(child.android_attr(attrs::NAME)) {
                        m.declared_permissions.push(name);
                    }
                }
                "application" => {
                    applications = applications.saturating_add(1);
                    if applications == 1 {
                        m.read_application(child, &mut unnamed);
                    }
                }
                _ => {}
            }
        }
        if applications > 1 {
            anomalies.push(Anomaly::DuplicateApplication {
                count: applications,
            });
        }
        if let Some((count, element)) = unnamed.take() {
            anomalies.push(Anomaly::ComponentWithoutName { count, element });
        }
        m.anomalies = anomalies;
        m
    }

    fn read_application(&mut self, app: &Element, unnamed: &mut Tally<String>) {
        let a = |id| app.android_attr(id);
        let b = |id| a(id).and_then(Value::as_bool);
        self.application = Application {
            label: a(attrs::LABEL).cloned(),
            label_resolved: string_of(a(attrs::LABEL)),
            icon: a(attrs::ICON).cloned(),
            name: string_of(a(attrs::NAME)).map(|n| resolve_class_name(&self.package, &n)),
            debuggable: b(attrs::DEBUGGABLE),
            allow_backup: b(attrs::ALLOW_BACKUP),
            uses_cleartext_traffic: b(attrs::USES_CLEARTEXT_TRAFFIC),
            test_only: b(attrs::TEST_ONLY),
            persistent: b(attrs::PERSISTENT),
            process: string_of(a(attrs::PROCESS)),
            permission: string_of(a(attrs::PERMISSION)),
            theme: a(attrs::THEME).cloned(),
            network_security_config: a(attrs::NETWORK_SECURITY_CONFIG).cloned(),
            enabled: b(attrs::ENABLED).unwrap_or(true),
            meta_data: app
                .children_named("meta-data")
                .filter_map(meta_data)
                .collect(),
        };
        for child in &app.children {
            let kind = match &*child.name {
                "activity" => ComponentKind::Activity,
                "activity-alias" => ComponentKind::ActivityAlias,
                "service" => ComponentKind::Service,
                "receiver" => ComponentKind::Receiver,
                "provider" => ComponentKind::Provider,
                _ => continue,
            };
            let Some(component) = self.component(kind, child) else {
                unnamed.add(|| child.name.to_string());
                continue;
            };
            match kind {
                ComponentKind::Activity => self.activities.push(component),
                ComponentKind::ActivityAlias => self.activity_aliases.push(component),
                ComponentKind::Service => self.services.push(component),
                ComponentKind::Receiver => self.receivers.push(component),
                ComponentKind::Provider => self.providers.push(component),
            }
        }
    }

    fn component(&self, kind: ComponentKind, e: &Element) -> Option<Component> {
        let a = |id| e.android_attr(id);
        let raw_name = string_of(a(attrs::NAME)).filter(|n| !n.is_empty())?;
        Some(Component {
            kind,
            name: resolve_class_name(&self.package, &raw_name),
            raw_name,
            exported: a(attrs::EXPORTED).and_then(Value::as_bool),
            enabled: a(attrs::ENABLED).and_then(Value::as_bool).unwrap_or(true),
            permission: string_of(a(attrs::PERMISSION)),
            process: string_of(a(attrs::PROCESS)),
            label: a(attrs::LABEL).cloned(),
            target_activity: string_of(a(attrs::TARGET_ACTIVITY))
                .map(|n| resolve_class_name(&self.package, &n)),
            authorities: string_of(a(attrs::AUTHORITIES)),
            exclude_from_recents: a(attrs::EXCLUDE_FROM_RECENTS).and_then(Value::as_bool),
            intent_filters: e
                .children_named("intent-filter")
                .map(intent_filter)
                .collect(),
            meta_data: e
                .children_named("meta-data")
                .filter_map(meta_data)
                .collect(),
        })
    }

    /// Resolves the application label through the resource table (default configuration
    /// first), following references.
    pub fn resolve(&mut self, table: &ResourceTable) {
        if let Some(Value::Reference(id)) = self.application.label {
            match table.resolve(id) {
                Some(ResourceValue::String(s)) => self.application.label_resolved = Some(s),
                other => self.anomalies.push(Anomaly::ResourceUnresolved {
                    id,
                    purpose: "application label",
                    reason: match other {
                        None => "not in resources.arsc".to_owned(),
                        Some(v) => format!("not a string but {v:?}"),
                    },
                }),
            }
        }
        if let Some(Value::Reference(id)) = self.version_name_value
            && let Some(ResourceValue::String(s)) = table.resolve(id)
        {
            self.version_name = Some(s);
        }
    }

    /// Activities and enabled activity-aliases with MAIN + LAUNCHER: the icons Android shows
    /// in the launcher (none when the application is disabled).
    pub fn launcher_activities(&self) -> Vec<&Component> {
        if !self.application.enabled {
            return Vec::new();
        }
        self.activities
            .iter()
            .chain(&self.activity_aliases)
            .filter(|c| c.enabled && c.is_launcher())
            .collect()
    }

    /// Launcher entries (MAIN + LAUNCHER) that are disabled in the manifest: the app starts
    /// without an icon, and can enable it later (`setComponentEnabledSetting`) — or keeps one
    /// ready to hide with.
    pub fn disabled_launcher_entries(&self) -> Vec<&Component> {
        self.activities
            .iter()
            .chain(&self.activity_aliases)
            .filter(|c| !c.enabled && c.is_launcher())
            .collect()
    }

    /// Every component, activities first.
    pub fn components(&self) -> impl Iterator<Item = &Component> {
        self.activities
            .iter()
            .chain(&self.activity_aliases)
            .chain(&self.services)
            .chain(&self.receivers)
            .chain(&self.providers)
    }

    /// Receivers with an intent filter for `action` (`BOOT_COMPLETED`, `SMS_RECEIVED`…).
    pub fn receivers_for(&self, action: &str) -> Vec<&Component> {
        self.receivers
            .iter()
            .filter(|r| r.handles_action(action))
            .collect()
    }

    /// Whether `permission` is requested (either form).
    pub fn requests(&self, permission: &str) -> bool {
        self.permissions.iter().any(|p| p.name == permission)
    }

    /// What was odd, from the binary XML and the manifest.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// Whether Android would refuse this manifest.
    pub fn android_rejects(&self) -> bool {
        self.anomalies.iter().any(Anomaly::android_rejects)
    }
}

fn intent_filter(e: &Element) -> IntentFilter {
    let names = |tag: &str| -> Vec<String> {
        e.children_named(tag)
            .filter_map(|c| string_of(c.android_attr(attrs::NAME)))
            .collect()
    };
    let data = |id| -> Vec<String> {
        e.children_named("data")
            .filter_map(|c| string_of(c.android_attr(id)))
            .collect()
    };
    IntentFilter {
        actions: names("action"),
        categories: names("category"),
        schemes: data(attrs::SCHEME),
        hosts: data(attrs::HOST),
        mime_types: data(attrs::MIME_TYPE),
        priority: int_of(e.android_attr(attrs::PRIORITY)),
    }
}

fn meta_data(e: &Element) -> Option<MetaData> {
    Some(MetaData {
        name: string_of(e.android_attr(attrs::NAME))?,
        value: e.android_attr(attrs::VALUE).cloned(),
        resource: e
            .android_attr(attrs::RESOURCE)
            .and_then(Value::as_reference),
    })
}
