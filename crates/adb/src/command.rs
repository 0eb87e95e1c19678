//! The allow-list: every command that can reach the phone.
//!
//! [`DeviceCommand`] is the only door. [`Device`](crate::Device) takes nothing else, and the
//! two values a command can carry — a package name and an APK path — only exist after
//! validation ([`PackageName::new`], [`ApkPath::new`]) to a character set in which the phone's
//! shell sees no metacharacter (`;`, `|`, `&`, `$`, quotes, spaces, newlines, globs,
//! redirections). So the shell line of every command is one of the fixed lines below, or
//! `pm path` / `cat` followed by one plain word.
//!
//! Why each command is safe — none installs, uninstalls, changes a setting, or shows anything
//! on the phone's screen:
//!
//! | command | shell line | why it only reads |
//! |---|---|---|
//! | [`Getprop`](DeviceCommand::Getprop) | `getprop` | without arguments it lists properties; setting one is `setprop` |
//! | [`SettingsList`](DeviceCommand::SettingsList) | `settings list secure` (`global`, `system`) | `list` only; `put`/`delete` are never sent |
//! | [`ListPackages`](DeviceCommand::ListPackages) | `pm list packages -f -i -U --show-versioncode` | a query of the package manager |
//! | [`DumpsysPackage`](DeviceCommand::DumpsysPackage) | `dumpsys package` | `dumpsys` prints a service's state; arguments are fixed because some services take state-changing ones |
//! | [`DumpsysAccessibility`](DeviceCommand::DumpsysAccessibility) | `dumpsys accessibility` | as above |
//! | [`DumpsysDevicePolicy`](DeviceCommand::DumpsysDevicePolicy) | `dumpsys device_policy` | as above |
//! | [`DumpsysAppops`](DeviceCommand::DumpsysAppops) | `dumpsys appops` | as above |
//! | [`DumpsysDeviceIdleWhitelist`](DeviceCommand::DumpsysDeviceIdleWhitelist) | `dumpsys deviceidle whitelist` | with no `+pkg`/`-pkg` after it, `whitelist` only prints the list |
//! | [`LauncherActivities`](DeviceCommand::LauncherActivities) | `cmd package query-activities --brief -a android.intent.action.MAIN -c android.intent.category.LAUNCHER` | a query: which apps show an icon |
//! | [`Processes`](DeviceCommand::Processes) | `ps -A -o USER,PID,PPID,NAME 2>/dev/null \|\| ps` | lists processes; the plain `ps` fallback is for old toolbox phones |
//! | [`RootPaths`](DeviceCommand::RootPaths) | `ls -ld` of fixed `su`/Magisk/Superuser paths | lists names; "No such file" is the usual answer |
//! | [`PackagePath`](DeviceCommand::PackagePath) | `pm path <package>` | a query for one app's APK files |
//! | [`ReadApk`](DeviceCommand::ReadApk) | `cat <path>` (over `exec:`) | copies an APK file off the phone |
//!
//! Left out on purpose: `dumpsys notification` (it prints the text of notifications — the
//! survivor's messages — while the enabled listeners are already in `settings list secure`),
//! `logcat`, `content query` (SMS, contacts), anything under `am`, `input`, `svc`, `setprop`.
//! The fewer things we copy off a survivor's phone, the less a report can leak.
//!
//! A phone answers in text; the bytes are returned as they came, for the parsers to read.

use std::fmt;

use crate::AdbError;

/// A settings table `settings list` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SettingsNamespace {
    /// `secure`: enabled accessibility services, notification listeners, input methods.
    Secure,
    /// `global`: device-wide switches (adb enabled, package verifier, …).
    Global,
    /// `system`: per-user preferences.
    System,
}

impl SettingsNamespace {
    /// All three tables, in the order a survey reads them.
    pub const ALL: [SettingsNamespace; 3] = [Self::Secure, Self::Global, Self::System];

    /// The name `settings list` takes.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Secure => "secure",
            Self::Global => "global",
            Self::System => "system",
        }
    }
}

/// Paths where root tools (`su`, Magisk, Superuser, SuperSU, busybox) are installed; stalkerware
/// with root access can read everything, so their presence is worth reporting. `ls -ld` names
/// each path that exists and says "No such file or directory" for the others.
const ROOT_PATHS: &[&str] = &[
    "/system/bin/su",
    "/system/xbin/su",
    "/system/sbin/su",
    "/sbin/su",
    "/su/bin/su",
    "/vendor/bin/su",
    "/data/local/su",
    "/data/local/bin/su",
    "/data/local/xbin/su",
    "/system/xbin/daemonsu",
    "/system/xbin/busybox",
    "/system/app/Superuser.apk",
    "/system/app/SuperSU.apk",
    "/system/app/SuperSU",
    "/sbin/magisk",
    "/system/bin/magisk",
    "/debug_ramdisk/magisk",
    "/data/adb/magisk",
    "/cache/magisk.log",
];

/// Longest package name accepted (Android itself stops at 255 characters per file name).
const MAX_PACKAGE_NAME: usize = 255;
/// Longest APK path accepted (Linux `PATH_MAX`).
const MAX_APK_PATH: usize = 4096;
/// Where installed APKs live; `pm path` answers with paths under these.
const APK_ROOTS: &[&str] = &[
    "/data/app/",
    "/system/",
    "/system_ext/",
    "/product/",
    "/vendor/",
];

/// `as_str`, `Display` and `FromStr` (which validates) for a checked string newtype.
macro_rules! checked_text {
    ($type:ident) => {
        impl $type {
            /// The checked text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $type {
            type Err = AdbError;
            fn from_str(text: &str) -> Result<Self, AdbError> {
                Self::new(text)
            }
        }
    };
}

/// One command that may be sent to the phone. See the module documentation for the shell line
/// of each and why it only reads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DeviceCommand {
    /// `getprop`: model, Android version, build, security patch, debug flags.
    Getprop,
    /// `settings list <namespace>`.
    SettingsList(SettingsNamespace),
    /// `pm list packages -f -i -U --show-versioncode`: every package with its APK path,
    /// installer, uid and version code.
    ListPackages,
    /// `dumpsys package`: every package's permissions, components, install times, signatures.
    DumpsysPackage,
    /// `dumpsys accessibility`: enabled and bound accessibility services.
    DumpsysAccessibility,
    /// `dumpsys device_policy`: device admins, device and profile owners.
    DumpsysDevicePolicy,
    /// `dumpsys appops`: which app was allowed or used which operation.
    DumpsysAppops,
    /// `dumpsys deviceidle whitelist`: apps exempt from battery optimisation.
    DumpsysDeviceIdleWhitelist,
    /// `cmd package query-activities …`: packages with a launcher icon.
    LauncherActivities,
    /// `ps`: running processes.
    Processes,
    /// `ls -ld` of the fixed root-tool paths.
    RootPaths,
    /// `pm path <package>`: the APK files of one package.
    PackagePath(PackageName),
    /// `cat <path>` over `exec:` (binary-safe): one APK file. Use
    /// [`Device::stream`](crate::Device::stream) to write it to a file as it arrives.
    ReadApk(ApkPath),
}

impl DeviceCommand {
    /// The commands a survey of the phone runs, once each: everything without an argument.
    pub fn survey() -> Vec<DeviceCommand> {
        let mut commands = vec![Self::Getprop];
        commands.extend(SettingsNamespace::ALL.map(Self::SettingsList));
        commands.extend([
            Self::ListPackages,
            Self::DumpsysPackage,
            Self::DumpsysAccessibility,
            Self::DumpsysDevicePolicy,
            Self::DumpsysAppops,
            Self::DumpsysDeviceIdleWhitelist,
            Self::LauncherActivities,
            Self::Processes,
            Self::RootPaths,
        ]);
        commands
    }

    /// The command line the phone's shell runs.
    pub fn shell_line(&self) -> String {
        match self {
            Self::Getprop => "getprop".to_owned(),
            Self::SettingsList(namespace) => format!("settings list {}", namespace.as_str()),
            Self::ListPackages => "pm list packages -f -i -U --show-versioncode".to_owned(),
            Self::DumpsysPackage => "dumpsys package".to_owned(),
            Self::DumpsysAccessibility => "dumpsys accessibility".to_owned(),
            Self::DumpsysDevicePolicy => "dumpsys device_policy".to_owned(),
            Self::DumpsysAppops => "dumpsys appops".to_owned(),
            Self::DumpsysDeviceIdleWhitelist => "dumpsys deviceidle whitelist".to_owned(),
            Self::LauncherActivities => "cmd package query-activities --brief \
                 -a android.intent.action.MAIN -c android.intent.category.LAUNCHER"
                .to_owned(),
            Self::Processes => "ps -A -o USER,PID,PPID,NAME 2>/dev/null || ps".to_owned(),
            Self::RootPaths => format!("ls -ld {}", ROOT_PATHS.join(" ")),
            Self::PackagePath(package) => format!("pm path {package}"),
            Self::ReadApk(path) => format!("cat {path}"),
        }
    }

    /// The adb service request: `exec:` (raw bytes, no terminal) for APK files, `shell:` (which
    /// every Android version has) for text.
    pub(crate) fn service(&self) -> String {
        match self {
            Self::ReadApk(_) => format!("exec:{}", self.shell_line()),
            _ => format!("shell:{}", self.shell_line()),
        }
    }
}

impl fmt::Display for DeviceCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shell_line())
    }
}

/// An Android package name, checked: dot-separated segments, each an ASCII letter followed by
/// letters, digits or `_` (Android's own rule), at most 255 characters.
///
/// There is no other way to make one, so a name like `x; reboot` cannot reach the phone:
///
/// ```compile_fail,E0603
/// let name = unstalk_adb::PackageName(String::from("x; reboot"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PackageName(String);

impl PackageName {
    /// Checks `name`; the error says which rule it breaks.
    pub fn new(name: &str) -> Result<Self, AdbError> {
        let invalid = |reason: &'static str| AdbError::InvalidPackageName {
            name: name.escape_debug().to_string(),
            reason,
        };
        if name.is_empty() || name.len() > MAX_PACKAGE_NAME {
            return Err(invalid("it must be 1 to 255 characters long"));
        }
        for segment in name.split('.') {
            let mut chars = segment.chars();
            if !chars.next().is_some_and(|c| c.is_ascii_alphabetic()) {
                return Err(invalid(
                    "each dot-separated part must start with an ASCII letter",
                ));
            }
            if !chars.all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(invalid(
                    "only ASCII letters, digits, `_` and `.` are allowed",
                ));
            }
        }
        Ok(Self(name.to_owned()))
    }
}

checked_text!(PackageName);

/// The path of an installed APK on the phone, checked: absolute, under `/data/app/`,
/// `/system/`, `/system_ext/`, `/product/` or `/vendor/`, ending in `.apk`, made only of
/// `A-Z a-z 0-9 . _ ~ = + / -`, with no empty, `.` or `..` part.
///
/// These are the characters `pm path` answers with (`/data/app/~~Xy==/com.app-Zq==/base.apk`);
/// none of them means anything to the shell in the middle of a word.
///
/// ```compile_fail,E0603
/// let path = unstalk_adb::ApkPath(String::from("/data/app/x.apk; reboot"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApkPath(String);

impl ApkPath {
    /// Checks `path`; the error says which rule it breaks.
    pub fn new(path: &str) -> Result<Self, AdbError> {
        let invalid = |reason: &'static str| AdbError::InvalidApkPath {
            path: path.escape_debug().to_string(),
            reason,
        };
        if path.len() > MAX_APK_PATH {
            return Err(invalid("it is longer than 4096 characters"));
        }
        if !APK_ROOTS.iter().any(|root| path.starts_with(root)) {
            return Err(invalid(
                "it must start with /data/app/, /system/, /system_ext/, /product/ or /vendor/",
            ));
        }
        if !path.ends_with(".apk") {
            return Err(invalid("it must end in .apk"));
        }
        if !path
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._~=+/-".contains(c))
        {
            return Err(invalid(
                "only ASCII letters, digits and . _ ~ = + / - are allowed",
            ));
        }
        if path
            .split('/')
            .skip(1)
            .any(|part| part.is_empty() || part == "." || part == "..")
        {
            return Err(invalid("it must not contain `//`, `/./` or `/../`"));
        }
        Ok(Self(path.to_owned()))
    }
}

checked_text!(ApkPath);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survey_runs_every_argument_free_command_once() {
        let survey = DeviceCommand::survey();
        assert_eq!(survey.len(), 13);
        let lines: std::collections::BTreeSet<String> =
            survey.iter().map(DeviceCommand::shell_line).collect();
        assert_eq!(lines.len(), survey.len(), "no command twice");
        assert!(survey.iter().all(|c| c.service().starts_with("shell:")));
    }

    #[test]
    fn shell_lines_are_the_documented_ones() {
        let package =
            DeviceCommand::PackagePath(PackageName::new("com.example.app").expect("valid"));
        assert_eq!(package.shell_line(), "pm path com.example.app");
        let apk = ApkPath::new("/data/app/~~Ab1==/com.example.app-Zq_9==/base.apk").expect("valid");
        let read = DeviceCommand::ReadApk(apk);
        assert_eq!(
            read.service(),
            "exec:cat /data/app/~~Ab1==/com.example.app-Zq_9==/base.apk"
        );
        assert_eq!(
            DeviceCommand::SettingsList(SettingsNamespace::Global).service(),
            "shell:settings list global"
        );
        let root = DeviceCommand::RootPaths.shell_line();
        assert!(root.starts_with("ls -ld /system/bin/su "), "{root}");
    }

    #[test]
    fn root_paths_need_no_quoting() {
        for path in ROOT_PATHS {
            assert!(
                path.starts_with('/')
                    && path
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "._/-".contains(c)),
                "{path}"
            );
        }
    }
}
