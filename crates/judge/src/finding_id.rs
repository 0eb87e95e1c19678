//! The registry of finding ids: every kind of finding unstalk can report, by a stable name.
//!
//! A finding id is a dotted slug, `area.subarea.condition` in lower-case words joined by `-`
//! (`indicator.package`, `android.accessibility.enabled`). The id is what the JSON report
//! carries, what guidance files are keyed by (`guidance/<lang>/<id>.md`), and what the hub and
//! scripts filter on, so nobody has to parse prose.
//!
//! # Rules for ids
//!
//! - An id is **never renamed and never reused** for another meaning. A retired id stays in
//!   this list (with a note in its title) so old reports still read.
//! - New ids are added here first, with a one-line title and, where one applies, the Coalition
//!   Against Stalkerware criterion it relates to. The list grows with every scanner.
//! - `indicator.*` ids say that a value matched an indicator feed; the other ids describe
//!   behaviour or device state observed directly.
//!
//! # Ids from newer versions
//!
//! A report written by a newer unstalk may carry ids this version does not know. They
//! deserialize as [`FindingId::Unknown`], keeping the slug verbatim, so an older hub or
//! `report` command still reads the report (the finding's `title` field gives the one-line
//! description). A string that is not a well-formed slug is rejected. An enum with a fallback
//! was chosen over a string newtype with constants so that scanners name ids as variants,
//! `match` is checked by the compiler, and [`FindingId::ALL`] is generated from the same list.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::finding::Criterion;

/// The JSON Schema pattern every finding id matches (also checked by [`FindingId::parse`]).
pub const FINDING_ID_PATTERN: &str = r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$";

/// Longest accepted id, so a hostile report cannot smuggle megabytes in as an id.
const MAX_ID_LEN: usize = 128;

/// Declares the known ids once and derives the enum, [`FindingId::ALL`], the slugs, titles
/// and criteria from that single table.
macro_rules! finding_ids {
    ($($variant:ident = $slug:literal, $criterion:expr, $title:literal;)*) => {
        /// One kind of finding, serialised as its dotted slug (see the module documentation).
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum FindingId {
            $(
                #[doc = concat!("`", $slug, "`: ", $title, ".")]
                $variant,
            )*
            /// An id written by a newer unstalk; the slug is kept verbatim.
            Unknown(UnknownFindingId),
        }

        impl FindingId {
            /// Every id this version knows, in registry order.
            pub const ALL: &'static [FindingId] = &[$(FindingId::$variant),*];

            /// The stable dotted slug written to reports.
            pub fn as_str(&self) -> &str {
                match self {
                    $(FindingId::$variant => $slug,)*
                    FindingId::Unknown(unknown) => unknown.as_str(),
                }
            }

            /// A one-line English title; ids unknown to this version get a generic line.
            pub fn title(&self) -> &'static str {
                match self {
                    $(FindingId::$variant => $title,)*
                    FindingId::Unknown(_) => "Finding unknown to this version of unstalk",
                }
            }

            /// The Coalition criterion a finding of this kind relates to, where one does.
            /// Indicator hits take theirs from the indicator feed instead.
            pub fn criterion(&self) -> Option<Criterion> {
                match self {
                    $(FindingId::$variant => $criterion,)*
                    FindingId::Unknown(_) => None,
                }
            }
        }
    };
}

finding_ids! {
    // Indicator matches: a value observed on the device or in a file is listed in a feed.
    IndicatorPackage = "indicator.package", None,
        "App id is listed in an indicator feed";
    IndicatorIosBundle = "indicator.ios-bundle", None,
        "iOS bundle id is listed in an indicator feed";
    IndicatorSigningCert = "indicator.signing-cert", None,
        "App signing certificate is listed in an indicator feed";
    IndicatorCertOrganization = "indicator.cert-organization", None,
        "App signing certificate organisation is listed in an indicator feed";
    IndicatorCertCn = "indicator.cert-cn", None,
        "App signing certificate name matches an indicator pattern";
    IndicatorFileHash = "indicator.file-hash", None,
        "File hash is listed in an indicator feed";
    IndicatorDomain = "indicator.domain", None,
        "Domain is listed in an indicator feed";
    IndicatorIp = "indicator.ip", None,
        "IP address is listed in an indicator feed";
    IndicatorUrl = "indicator.url", None,
        "URL is listed in an indicator feed";
    IndicatorEmail = "indicator.email", None,
        "Email address is listed in an indicator feed";
    IndicatorYara = "indicator.yara", None,
        "File matches a YARA rule from an indicator feed";
    IndicatorConfigurationProfile = "indicator.configuration-profile", None,
        "iOS configuration profile is listed in an indicator feed";
    IndicatorAndroidProperty = "indicator.android-property", None,
        "Android system property is listed in an indicator feed";
    IndicatorProcess = "indicator.process", None,
        "Process name is listed in an indicator feed";
    IndicatorFilePath = "indicator.file-path", None,
        "File path or name is listed in an indicator feed";
    IndicatorAllowListed = "indicator.allow-listed", None,
        "Indicator match suppressed by the allow-list";

    // Device state (Android).
    AndroidAccessibilityEnabled = "android.accessibility.enabled",
        Some(Criterion::MonitoringCapability),
        "An app's accessibility service is enabled";
    AndroidDeviceAdminActive = "android.device-admin.active", Some(Criterion::Persistence),
        "An app is an active device administrator";
    AndroidNotificationListenerEnabled = "android.notification-listener.enabled",
        Some(Criterion::MonitoringCapability),
        "An app can read all notifications";
    AndroidAppHiddenIcon = "android.app.hidden-icon", Some(Criterion::CovertOperation),
        "App has no icon in the launcher";
    AndroidAppSideloaded = "android.app.sideloaded", None,
        "App was installed from outside an app store";
    AndroidPlayProtectDisabled = "android.play-protect.disabled",
        Some(Criterion::CovertOperation),
        "Google Play Protect is turned off";
    AndroidUnknownSourcesAllowed = "android.unknown-sources.allowed", None,
        "Installing apps from unknown sources is allowed";
    AndroidRootIndicators = "android.root.indicators", None,
        "The phone shows signs of being rooted";
    AndroidDeviceOwner = "android.device-owner.set", Some(Criterion::RemoteControl),
        "An app manages the phone as device or profile owner";
    AndroidDefaultAppReplaced = "android.default-app.replaced",
        Some(Criterion::MonitoringCapability),
        "An app is the default keyboard, SMS app, phone app or assistant";
    AndroidAppBatteryExempt = "android.app.battery-exempt", Some(Criterion::Persistence),
        "App is exempt from battery optimisation";
    AndroidAppOpAllowed = "android.app-op.allowed", Some(Criterion::MonitoringCapability),
        "App is allowed to install apps, draw over apps, capture the screen or read app usage";
    AndroidAppRecentlyInstalled = "android.app.recently-installed", None,
        "App was installed shortly before the phone was checked";
    AndroidDeveloperOptionsEnabled = "android.developer-options.enabled", None,
        "Developer options or USB debugging are on";
    AndroidSecurityPatchOld = "android.security-patch.old", None,
        "The phone's security updates are more than a year old";

    // App capabilities and behaviour (from the APK or the package manager).
    AppPermissionSms = "app.permission.sms", Some(Criterion::MonitoringCapability),
        "App can read text messages";
    AppPermissionCallLog = "app.permission.call-log", Some(Criterion::MonitoringCapability),
        "App can read the call log";
    AppPermissionLocation = "app.permission.location", Some(Criterion::MonitoringCapability),
        "App can read the phone's location";
    AppPermissionMicrophone = "app.permission.microphone",
        Some(Criterion::MonitoringCapability),
        "App can record audio";
    AppPermissionCamera = "app.permission.camera", Some(Criterion::MonitoringCapability),
        "App can use the camera";
    AppPermissionContacts = "app.permission.contacts", Some(Criterion::MonitoringCapability),
        "App can read contacts";
    AppCovertLabelImitatesSystem = "app.covert.label-imitates-system",
        Some(Criterion::CovertOperation),
        "App name imitates a system app";
    AppPersistenceBootReceiver = "app.persistence.boot-receiver", Some(Criterion::Persistence),
        "App starts itself when the phone starts";
    AppRemoteControlDeviceAdminPolicies = "app.remote-control.device-admin-policies",
        Some(Criterion::RemoteControl),
        "App asks for device administrator powers such as lock or wipe";
    AppExfiltrationBackgroundUpload = "app.exfiltration.background-upload",
        Some(Criterion::Exfiltration),
        "App uploads data in the background";

    // Behaviour traits read from an APK's manifest (judged by `crate::apk`).
    AppCovertNoLauncher = "app.covert.no-launcher", Some(Criterion::CovertOperation),
        "App has no launcher entry to open it";
    AppCovertLauncherAliasDisabled = "app.covert.launcher-alias-disabled",
        Some(Criterion::CovertOperation),
        "App's launcher entry is disabled, ready to hide its icon";
    AppCovertExcludedFromRecents = "app.covert.excluded-from-recents",
        Some(Criterion::CovertOperation),
        "App keeps a screen out of the recent-apps list";
    AppPermissionBackgroundLocation = "app.permission.background-location",
        Some(Criterion::MonitoringCapability),
        "App can read the location while not in use";
    AppPermissionScreenCapture = "app.permission.screen-capture",
        Some(Criterion::MonitoringCapability),
        "App can capture the screen";
    AppPermissionBrowserHistory = "app.permission.browser-history",
        Some(Criterion::MonitoringCapability),
        "App can read the browser history and bookmarks";
    AppPermissionUsageStats = "app.permission.usage-stats",
        Some(Criterion::MonitoringCapability),
        "App can see which apps are used and when";
    AppNotificationListener = "app.notification-listener",
        Some(Criterion::MonitoringCapability),
        "App has a service that can read all notifications";
    AppAccessibilityReadsWindowContent = "app.accessibility.reads-window-content",
        Some(Criterion::MonitoringCapability),
        "App has an accessibility service that reads what is on the screen";
    AppAccessibilityService = "app.accessibility.service", Some(Criterion::MonitoringCapability),
        "App has an accessibility service";
    AppInputMethod = "app.input-method", Some(Criterion::MonitoringCapability),
        "App has a keyboard that sees what is typed";
    AppPersistenceDeviceAdmin = "app.persistence.device-admin", Some(Criterion::Persistence),
        "App has a device administrator component that resists removal";
    AppPersistenceBatteryExemption = "app.persistence.battery-exemption",
        Some(Criterion::Persistence),
        "App asks to be exempt from battery optimisation";
    AppPersistenceForegroundService = "app.persistence.foreground-service",
        Some(Criterion::Persistence),
        "App can keep running as a foreground service";
    AppRemoteControlSmsReceiver = "app.remote-control.sms-receiver",
        Some(Criterion::RemoteControl),
        "App receives incoming text messages, which can carry commands";
    AppExfiltrationInternet = "app.exfiltration.internet", Some(Criterion::Exfiltration),
        "App can send data over the internet";
    AppBehaviourStalkerwareLike = "app.behaviour.stalkerware-like", None,
        "App's combined behaviour is typical of stalkerware";
    // App files: how the file itself is built.
    ApkEvasion = "apk.evasion", None,
        "App file is built in an unusual way that can mislead analysis tools";
    ApkSignatureInvalid = "apk.signature.invalid", None,
        "App file's signature does not verify";
}

impl FindingId {
    /// The id for a slug: a known id, [`FindingId::Unknown`] for a well-formed slug this
    /// version does not know, or `None` when `slug` is not a well-formed id.
    pub fn parse(slug: &str) -> Option<FindingId> {
        if let Some(known) = FindingId::ALL.iter().find(|id| id.as_str() == slug) {
            return Some(known.clone());
        }
        is_well_formed(slug).then(|| FindingId::Unknown(UnknownFindingId(slug.to_owned())))
    }

    /// The `indicator.*` id for a hit on an indicator of `kind`, named as
    /// `unstalk_indicators::IndicatorKind::as_str` names it (`android-package`, `cert-sha256`).
    /// Keeps the mapping in one place for every matcher.
    pub fn for_indicator_kind(kind: &str) -> Option<FindingId> {
        Some(match kind {
            "android-package" => FindingId::IndicatorPackage,
            "ios-bundle" => FindingId::IndicatorIosBundle,
            "cert-sha1" | "cert-sha256" => FindingId::IndicatorSigningCert,
            "cert-organization" => FindingId::IndicatorCertOrganization,
            "cert-cn-regex" => FindingId::IndicatorCertCn,
            "file-sha256" | "file-sha1" | "file-md5" => FindingId::IndicatorFileHash,
            "domain" => FindingId::IndicatorDomain,
            "ipv4" | "ipv6" | "cidr" => FindingId::IndicatorIp,
            "url" => FindingId::IndicatorUrl,
            "email" => FindingId::IndicatorEmail,
            "yara-rule" => FindingId::IndicatorYara,
            "configuration-profile" => FindingId::IndicatorConfigurationProfile,
            "android-property" => FindingId::IndicatorAndroidProperty,
            "process-name" => FindingId::IndicatorProcess,
            "file-path" | "file-name" => FindingId::IndicatorFilePath,
            _ => return None,
        })
    }
}

/// A well-formed finding id that this version of unstalk does not know.
///
/// Only [`FindingId::parse`] (and deserialization) create one, so it never holds a known id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UnknownFindingId(String);

impl UnknownFindingId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// True when `slug` matches [`FINDING_ID_PATTERN`]: at least two dot-separated words, each
/// made of lower-case ASCII letters and digits joined by single hyphens.
fn is_well_formed(slug: &str) -> bool {
    let word = |word: &str| {
        word.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        })
    };
    slug.len() <= MAX_ID_LEN && slug.contains('.') && slug.split('.').all(word)
}

impl fmt::Display for FindingId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FindingId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FindingId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let slug = String::deserialize(deserializer)?;
        FindingId::parse(&slug).ok_or_else(|| {
            serde::de::Error::custom(format_args!(
                "invalid finding id {slug:?}: expected dotted lower-case words such as \
                 `indicator.package`"
            ))
        })
    }
}

impl JsonSchema for FindingId {
    fn schema_name() -> Cow<'static, str> {
        "FindingId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let known: Vec<&str> = FindingId::ALL.iter().map(FindingId::as_str).collect();
        json_schema!({
            "description": "A stable finding id: dotted lower-case words. Ids are never renamed \
                or reused; newer versions add ids, so readers must accept ids they do not know.",
            "type": "string",
            "maxLength": MAX_ID_LEN,
            "pattern": FINDING_ID_PATTERN,
            "anyOf": [
                { "description": "An id known to this schema version.", "enum": known },
                { "description": "An id added by a newer version." }
            ]
        })
    }
}
