//! What a phone says about itself, parsed: the observations the checks work on, whatever the
//! input was (a live phone over adb, an androidqf acquisition, MVT's dumps, a bugreport).
//!
//! Every field is what the phone reported, not a judgement. Absent knowledge is `None` or an
//! empty list, and [`DeviceState::sources`] says which dumps were read, so a check can tell
//! "no accessibility service is enabled" from "the accessibility dump was not read".

use std::collections::BTreeMap;

use serde::Serialize;

/// Everything read about one phone.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DeviceState {
    /// `getprop`: property name → value.
    pub properties: BTreeMap<String, String>,
    /// `settings list secure|global|system`: namespace → key → value.
    pub settings: BTreeMap<SettingsNamespace, BTreeMap<String, String>>,
    /// Installed packages, by package name.
    pub packages: BTreeMap<String, Package>,
    /// `dumpsys accessibility`.
    pub accessibility: Option<Accessibility>,
    /// `dumpsys device_policy`: active admins, device owner, profile owners.
    pub device_policy: Option<DevicePolicy>,
    /// `dumpsys notification`/settings: enabled notification listeners (`package/class`).
    pub notification_listeners: Option<Vec<ComponentName>>,
    /// The launcher entries the input shows (`cmd package query-activities` for
    /// MAIN/LAUNCHER, or the resolver table of `dumpsys package`).
    pub launcher: Option<Launcher>,
    /// `ps`: running processes.
    pub processes: Option<Vec<Process>>,
    /// App-ops by package (`dumpsys appops`): op name → mode (`allow`, `ignore`, `foreground`…).
    pub app_ops: Option<BTreeMap<String, BTreeMap<String, String>>>,
    /// App-ops set for a whole uid (`dumpsys appops`, the `OP: mode=…` lines of a `Uid` block):
    /// uid → op name → mode. Android checks these first: when an op has a uid mode, it is the
    /// mode of every package of that uid ([`Package::uid`]), whatever [`Self::app_ops`] says.
    pub app_ops_uid: Option<BTreeMap<u32, BTreeMap<String, String>>>,
    /// Packages exempt from battery optimisation (`dumpsys deviceidle` whitelist).
    pub battery_exempt: Option<Vec<String>>,
    /// Root indicators found on the file system (androidqf's `root_binaries.json`, or `ls`
    /// of the usual paths).
    pub root_binaries: Option<Vec<String>>,
    /// Files listed on the phone (androidqf's `files.json`: `/sdcard`, `/data/local/tmp`, the
    /// system partitions…), with their hashes when the acquisition took them.
    pub files: Option<Vec<DeviceFile>>,
    /// Which dumps were read, in order, and what was odd in each.
    pub sources: Vec<SourceRead>,
}

/// What an input says about the launcher: which apps have an icon in it, and for which apps
/// it says so at all. A dump of some packages shows their launcher entries only: an app it
/// does not cover is not known to have no icon.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Launcher {
    /// Packages with an activity in the launcher.
    pub packages: Vec<String>,
    /// The packages whose launcher entries the input shows: `None` for every package (a
    /// launcher query of the whole phone), else these only.
    pub covered: Option<Vec<String>>,
}

impl Launcher {
    /// Launcher entries of the whole phone.
    pub fn of_phone(packages: Vec<String>) -> Launcher {
        Launcher {
            packages,
            covered: None,
        }
    }

    /// Whether `package` has an icon in the launcher; `None` when the input does not say.
    pub fn has_icon(&self, package: &str) -> Option<bool> {
        let covered = self
            .covered
            .as_ref()
            .is_none_or(|covered| covered.iter().any(|name| name == package));
        covered.then(|| self.packages.iter().any(|name| name == package))
    }
}

/// A settings namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SettingsNamespace {
    Secure,
    Global,
    System,
}

/// One dump that was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceRead {
    /// What it is: `dumpsys package`, `getprop`, `packages.json`, …
    pub what: String,
    /// Where it came from: a file (and entry, for a zip), or `adb:<serial>`.
    pub location: String,
    /// Lines or sections the parser did not understand (kept short: the first few), so a
    /// format change shows up in the report instead of silently hiding data.
    pub not_understood: Vec<String>,
    /// Why the source, or part of it, was not read (a link, not a regular file, over the size
    /// cap, an I/O error, lines or text over the memory budget); `None` when all of it was
    /// read. What the unread part holds was not checked.
    pub unread: Option<String>,
}

/// `package/class`, as Android names components (`com.wifi0/.AccessibilityReceiver4` is
/// expanded to `com.wifi0/com.wifi0.AccessibilityReceiver4`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct ComponentName {
    pub package: String,
    pub class: String,
}

/// One installed package.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Package {
    pub name: String,
    /// Paths of its APK files (`base.apk` and splits).
    pub paths: Vec<String>,
    /// Where the package is installed (`codePath` of `dumpsys package`: the folder holding the
    /// APKs, or the APK itself on old phones).
    pub code_path: Option<String>,
    pub version_code: Option<i64>,
    pub version_name: Option<String>,
    pub uid: Option<u32>,
    /// The installer package (`com.android.vending`), when the phone records one; `None` when
    /// it records none (adb, or unknown).
    pub installer: Option<String>,
    /// A system app (on the system image), as opposed to one the user installed.
    pub system: Option<bool>,
    /// Whether the package is enabled for the user.
    pub enabled: Option<bool>,
    /// `YYYY-MM-DD HH:MM:SS` as the phone prints it (phone's local time).
    pub first_install_time: Option<String>,
    pub last_update_time: Option<String>,
    /// Requested permissions.
    pub requested_permissions: Vec<String>,
    /// Runtime and install permissions granted (name → granted), per the dump.
    pub granted_permissions: BTreeMap<String, bool>,
    /// Signing certificates as reported (androidqf's `packages.json` gives SHA-1/SHA-256; dumpsys
    /// gives only a short hash, kept in `signature_hashes`).
    pub certificates: Vec<CertificateSeen>,
    /// Short signature hashes from `dumpsys package` (`signatures:[74831dfd]`).
    pub signature_hashes: Vec<String>,
    /// File hashes of its APKs (from androidqf's `packages.json`, or a pulled APK).
    pub files: Vec<FileSeen>,
    /// Components that handle actions this check cares about, from the resolver tables:
    /// action → components.
    pub actions: BTreeMap<String, Vec<ComponentName>>,
    /// Services with the permission they require (`BIND_ACCESSIBILITY_SERVICE`, …).
    pub services: Vec<ServiceSeen>,
}

/// A signing certificate as the acquisition reports it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CertificateSeen {
    pub sha1: Option<String>,
    pub sha256: Option<String>,
    pub subject: Option<String>,
    pub issuer: Option<String>,
}

/// One APK file of a package.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FileSeen {
    pub path: String,
    pub sha256: Option<String>,
    pub sha1: Option<String>,
    pub md5: Option<String>,
    /// Where a copy of the file is in the acquisition (androidqf `apks/`), when it is there.
    pub local_copy: Option<String>,
}

/// A file on the phone, as a file listing (androidqf's `files.json`) describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeviceFile {
    pub path: String,
    pub size: Option<u64>,
    /// `-rwxr-xr-x`, as listed.
    pub mode: Option<String>,
    /// Last modification, seconds since 1970 (UTC).
    pub modified: Option<i64>,
    pub sha256: Option<String>,
    pub sha1: Option<String>,
    pub md5: Option<String>,
}

/// A service and the permission it requires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceSeen {
    pub component: ComponentName,
    pub permission: Option<String>,
}

/// `dumpsys accessibility`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Accessibility {
    /// Services the user enabled.
    pub enabled: Vec<ComponentName>,
    /// Services bound right now, with the label the phone shows, when the dump says.
    pub bound: Vec<AccessibilityServiceSeen>,
    /// Services installed (whether enabled or not), when the dump lists them.
    pub installed: Vec<AccessibilityServiceSeen>,
}

/// An accessibility service as a dump describes it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccessibilityServiceSeen {
    /// `None` when the dump gives only a label (the pre-Android-14 "Bound services" lines).
    pub component: Option<ComponentName>,
    pub label: Option<String>,
    /// `canRetrieveWindowContent` or the capabilities bit 1.
    pub retrieves_window_content: Option<bool>,
}

/// `dumpsys device_policy`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DevicePolicy {
    /// Active device admins (receivers), all users.
    pub active_admins: Vec<ComponentName>,
    /// Policies each admin uses (`force-lock`, `wipe-data`, …), when the dump lists them.
    pub admin_policies: BTreeMap<ComponentName, Vec<String>>,
    pub device_owner: Option<ComponentName>,
    pub profile_owners: Vec<ComponentName>,
}

/// One running process.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Process {
    pub user: String,
    pub pid: u32,
    pub ppid: Option<u32>,
    /// The process name (`com.wifi0`, `com.wifi0:remote`, `/system/bin/sh`).
    pub name: String,
}

/// Names of the dumps, as [`SourceRead::what`] records them; evidence names the dump a finding
/// rests on.
pub mod dumps {
    pub const GETPROP: &str = "getprop";
    pub const SETTINGS_SECURE: &str = "settings secure";
    pub const SETTINGS_GLOBAL: &str = "settings global";
    pub const SETTINGS_SYSTEM: &str = "settings system";
    pub const PACKAGE_LIST: &str = "pm list packages";
    pub const PACKAGES_JSON: &str = "packages.json";
    pub const DUMPSYS_PACKAGE: &str = "dumpsys package";
    pub const DUMPSYS_ACCESSIBILITY: &str = "dumpsys accessibility";
    pub const DUMPSYS_DEVICE_POLICY: &str = "dumpsys device_policy";
    pub const DUMPSYS_APPOPS: &str = "dumpsys appops";
    pub const DUMPSYS_DEVICEIDLE: &str = "dumpsys deviceidle";
    pub const LAUNCHER_ACTIVITIES: &str = "launcher activities";
    pub const PROCESSES: &str = "ps";
    pub const ROOT_BINARIES: &str = "root binaries";
    pub const FILES_JSON: &str = "files.json";
    /// A combined dump (androidqf's `dumpsys.txt`, a bugreport) in which no section was read;
    /// the sections that were read are sources of their own.
    pub const COMBINED: &str = "dumpsys/bugreport";
}
