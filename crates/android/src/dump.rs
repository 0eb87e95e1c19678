//! One entry point for every dump: [`read_dump`] parses a text with the parser of its
//! [`DumpKind`], puts what it says into a [`DeviceState`] and records the source with what was
//! not understood. The live adb reader and the acquisition reader both go through it, so a dump
//! reads the same whichever way it came.

use std::io::Read;

use crate::androidqf::{self, LocalCopy};
use crate::bounded;
use crate::model::{DeviceState, Launcher, SettingsNamespace, SourceRead, dumps};
use crate::sections::{self, Header};
use crate::{
    accessibility, appops, device_policy, deviceidle, dumpsys_package, getprop, merge, pm_list, ps,
    settings,
};

/// Which command printed a dump (or which file of an acquisition it is).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DumpKind {
    /// `getprop`.
    Getprop,
    /// `settings list <namespace>`, androidqf's `settings_<namespace>.txt`.
    Settings(SettingsNamespace),
    /// `pm list packages` with any of `-f -i -U --show-versioncode`.
    PmListPackages,
    /// `cmd package query-activities --components -a android.intent.action.MAIN -c
    /// android.intent.category.LAUNCHER`: gives [`DeviceState::launcher`] for every app.
    LauncherActivities,
    /// `dumpsys package`, whole or for one package.
    DumpsysPackage,
    /// `dumpsys accessibility`.
    DumpsysAccessibility,
    /// `dumpsys device_policy`.
    DumpsysDevicePolicy,
    /// `dumpsys appops`.
    DumpsysAppops,
    /// `ps`, `ps -A`, androidqf's `processes.txt` (text or JSON).
    Ps,
    /// `dumpsys deviceidle whitelist`, or the whole `dumpsys deviceidle`.
    DumpsysDeviceidle,
    /// androidqf's `packages.json`.
    AndroidqfPackages,
    /// androidqf's `root_binaries.json`.
    AndroidqfRootBinaries,
    /// androidqf's `files.json`.
    AndroidqfFiles,
    /// Several services in one text: the plain `dumpsys` (androidqf's `dumpsys.txt`) or a
    /// bugreport's `dumpstate.txt`. Each section this crate reads becomes a source of its own;
    /// the others are skipped.
    Combined,
}

impl DumpKind {
    /// Every kind, each namespace of settings once.
    pub const ALL: [DumpKind; 16] = [
        DumpKind::Getprop,
        DumpKind::Settings(SettingsNamespace::Secure),
        DumpKind::Settings(SettingsNamespace::Global),
        DumpKind::Settings(SettingsNamespace::System),
        DumpKind::PmListPackages,
        DumpKind::LauncherActivities,
        DumpKind::DumpsysPackage,
        DumpKind::DumpsysAccessibility,
        DumpKind::DumpsysDevicePolicy,
        DumpKind::DumpsysAppops,
        DumpKind::Ps,
        DumpKind::DumpsysDeviceidle,
        DumpKind::AndroidqfPackages,
        DumpKind::AndroidqfRootBinaries,
        DumpKind::AndroidqfFiles,
        DumpKind::Combined,
    ];

    /// What the dump is, for [`SourceRead::what`]: one of [`dumps`].
    pub fn describe(self) -> &'static str {
        match self {
            DumpKind::Getprop => dumps::GETPROP,
            DumpKind::Settings(SettingsNamespace::Secure) => dumps::SETTINGS_SECURE,
            DumpKind::Settings(SettingsNamespace::Global) => dumps::SETTINGS_GLOBAL,
            DumpKind::Settings(SettingsNamespace::System) => dumps::SETTINGS_SYSTEM,
            DumpKind::PmListPackages => dumps::PACKAGE_LIST,
            DumpKind::LauncherActivities => dumps::LAUNCHER_ACTIVITIES,
            DumpKind::DumpsysPackage => dumps::DUMPSYS_PACKAGE,
            DumpKind::DumpsysAccessibility => dumps::DUMPSYS_ACCESSIBILITY,
            DumpKind::DumpsysDevicePolicy => dumps::DUMPSYS_DEVICE_POLICY,
            DumpKind::DumpsysAppops => dumps::DUMPSYS_APPOPS,
            DumpKind::Ps => dumps::PROCESSES,
            DumpKind::DumpsysDeviceidle => dumps::DUMPSYS_DEVICEIDLE,
            DumpKind::AndroidqfPackages => dumps::PACKAGES_JSON,
            DumpKind::AndroidqfRootBinaries => dumps::ROOT_BINARIES,
            DumpKind::AndroidqfFiles => dumps::FILES_JSON,
            DumpKind::Combined => dumps::COMBINED,
        }
    }

    /// The kind of a combined dump's section, when it is one read here.
    fn of_section(header: Header) -> Option<DumpKind> {
        match header {
            Header::Service("package") => Some(DumpKind::DumpsysPackage),
            Header::Service("accessibility") => Some(DumpKind::DumpsysAccessibility),
            Header::Service("device_policy") => Some(DumpKind::DumpsysDevicePolicy),
            Header::Service("appops") => Some(DumpKind::DumpsysAppops),
            Header::Service("deviceidle") => Some(DumpKind::DumpsysDeviceidle),
            Header::Command {
                title: "SYSTEM PROPERTIES",
                ..
            } => Some(DumpKind::Getprop),
            Header::Command { title, command } => {
                let ps = title.starts_with("PROCESSES")
                    || command.split_whitespace().next() == Some("ps");
                ps.then_some(DumpKind::Ps)
            }
            Header::Service(_) => None,
        }
    }
}

/// Parses `text` as a dump of `kind` into `state`, and records it in [`DeviceState::sources`]
/// with `location` (a file, `file: section`, or `adb:<serial>`). Never fails: what is not
/// understood, or not read, is listed in the source.
pub fn read_dump(state: &mut DeviceState, kind: DumpKind, text: &str, location: &str) {
    read_stream(state, kind, text.as_bytes(), location, &|_| None);
}

/// [`read_dump`] from a stream, read under the memory budget of [`bounded`]; for
/// `packages.json`, with the copies of the APKs found by `local_copy`.
pub(crate) fn read_stream(
    state: &mut DeviceState,
    kind: DumpKind,
    reader: impl Read,
    location: &str,
    local_copy: LocalCopy,
) {
    let (not_understood, unread) = match kind {
        DumpKind::Combined => {
            read_combined(state, reader, location);
            return;
        }
        DumpKind::AndroidqfPackages => {
            let (packages, odd, unread) = androidqf::parse_packages_with(reader, local_copy);
            merge::packages(state, packages);
            (odd, unread)
        }
        DumpKind::AndroidqfRootBinaries => {
            let (found, odd, unread) = androidqf::parse_root_binaries(reader);
            merge::union(&mut state.root_binaries, found);
            (odd, unread)
        }
        DumpKind::AndroidqfFiles => {
            let (files, odd, unread) = androidqf::parse_files(reader);
            merge::files(state, files);
            (odd, unread)
        }
        _ => {
            let lines = bounded::read_lines(reader, |_| true);
            let odd = read_text(state, kind, &lines.text).unwrap_or_default();
            (odd, lines.unread)
        }
    };
    record(state, kind, location, not_understood, unread);
}

/// Parses `text`, a dump of one of the line-oriented kinds, into `state`; returns what was
/// not understood, or `None` for the other kinds.
fn read_text(state: &mut DeviceState, kind: DumpKind, text: &str) -> Option<Vec<String>> {
    Some(match kind {
        DumpKind::Getprop => {
            let (properties, odd) = getprop::parse(text);
            merge::properties(state, properties);
            odd
        }
        DumpKind::Settings(namespace) => read_settings(state, namespace, text),
        DumpKind::PmListPackages => {
            let (packages, odd) = pm_list::parse(text);
            merge::packages(state, packages);
            odd
        }
        DumpKind::LauncherActivities => {
            let (activities, odd) = pm_list::parse_query_activities(text);
            if let Some(activities) = activities {
                let packages = activities
                    .into_iter()
                    .map(|activity| activity.package)
                    .collect();
                merge::launcher(state, Launcher::of_phone(packages));
            }
            odd
        }
        DumpKind::DumpsysPackage => {
            let (dump, odd) = dumpsys_package::parse(text);
            merge::packages(state, dump.packages.into_values());
            if let Some(launcher) = dump.launcher {
                merge::launcher(state, launcher);
            }
            odd
        }
        DumpKind::DumpsysAccessibility => {
            let (accessibility, odd) = accessibility::parse(text);
            merge::accessibility(state, accessibility);
            odd
        }
        DumpKind::DumpsysDevicePolicy => {
            let (policy, odd) = device_policy::parse(text);
            merge::device_policy(state, policy);
            odd
        }
        DumpKind::DumpsysAppops => {
            let (ops, odd) = appops::parse(text);
            merge::app_ops(state, ops);
            odd
        }
        DumpKind::Ps => {
            let (processes, odd) = ps::parse(text);
            merge::processes(state, processes);
            odd
        }
        DumpKind::DumpsysDeviceidle => {
            let (exempt, odd) = deviceidle::parse(text);
            merge::union(&mut state.battery_exempt, exempt);
            odd
        }
        // Not line-oriented text: `read_stream` reads these itself.
        DumpKind::Combined
        | DumpKind::AndroidqfPackages
        | DumpKind::AndroidqfRootBinaries
        | DumpKind::AndroidqfFiles => return None,
    })
}

/// Records the source `location`, of `kind`, with what was not understood and why part of it
/// was not read.
pub(crate) fn record(
    state: &mut DeviceState,
    kind: DumpKind,
    location: &str,
    not_understood: Vec<String>,
    unread: Option<String>,
) {
    state.sources.push(SourceRead {
        what: kind.describe().to_owned(),
        location: location.to_owned(),
        not_understood,
        unread,
    });
}

/// A source that was not read at all, because of `why`.
pub(crate) fn record_unread(state: &mut DeviceState, kind: DumpKind, location: &str, why: String) {
    record(state, kind, location, Vec::new(), Some(why));
}

/// Settings; the secure namespace also gives the enabled notification listeners.
fn read_settings(state: &mut DeviceState, namespace: SettingsNamespace, text: &str) -> Vec<String> {
    let (values, mut odd) = settings::parse(text);
    if namespace == SettingsNamespace::Secure && !values.is_empty() {
        // Absent or empty: no listener enabled (the namespace was read).
        let value = values
            .get("enabled_notification_listeners")
            .map_or("", String::as_str);
        let (listeners, bad) = settings::notification_listeners(value);
        merge::union(&mut state.notification_listeners, listeners);
        odd.extend(bad);
    }
    merge::settings(state, namespace, values);
    odd
}

/// A combined dump: only the sections read here are kept from the stream (a bugreport's text
/// is mostly other services), then each becomes a source of its own. Returns whether the text
/// had any section at all, read here or not: a file without is not a combined dump.
pub(crate) fn read_combined(state: &mut DeviceState, reader: impl Read, location: &str) -> bool {
    let mut any_section = false;
    let mut in_read_section = false;
    let keep = |line: &str| {
        let trimmed = line.trim();
        if let Some(header) = sections::header(trimmed) {
            any_section = true;
            let was_read = in_read_section;
            in_read_section = DumpKind::of_section(header).is_some();
            // The header of a section not read is kept only to end the one before it.
            in_read_section || was_read
        } else if sections::is_duration(trimmed) {
            std::mem::take(&mut in_read_section)
        } else {
            in_read_section
        }
    };
    let lines = bounded::read_lines(reader, keep);
    let mut read_any = false;
    for section in sections::split(&lines.text) {
        if let Some(kind) = DumpKind::of_section(section.header) {
            read_any = true;
            let odd = read_text(state, kind, section.body).unwrap_or_default();
            record(
                state,
                kind,
                &format!("{location}: {}", section.title),
                odd,
                None,
            );
        }
    }
    if lines.unread.is_some() || !read_any {
        let odd = if read_any {
            Vec::new()
        } else {
            let reason = "no section read here (DUMP OF SERVICE package, accessibility, \
                          device_policy, appops, deviceidle; SYSTEM PROPERTIES; PROCESSES)";
            vec![reason.to_owned()]
        };
        record(state, DumpKind::Combined, location, odd, lines.unread);
    }
    any_section
}

/// Fuzzing entry point: the first byte chooses the kind of dump ([`DumpKind::ALL`]), the rest
/// is its text. Must never panic.
pub fn fuzz_read_dump(bytes: &[u8]) {
    let Some((selector, text)) = bytes.split_first() else {
        return;
    };
    let kind = DumpKind::ALL
        .get(usize::from(*selector) % DumpKind::ALL.len())
        .copied()
        .unwrap_or(DumpKind::Combined);
    let mut state = DeviceState::default();
    read_dump(&mut state, kind, &String::from_utf8_lossy(text), "fuzz");
    let _ = serde_json::to_string(&state);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn combined_dumps_become_one_source_a_section() {
        let text = "------ SYSTEM PROPERTIES (getprop) ------\n\
            [ro.build.version.release]: [13]\n\
            ------ 0.040s was the duration of 'SYSTEM PROPERTIES' ------\n\
            ------ PROCESSES AND THREADS (ps -A -T -Z -O pri,nice,rtprio,sched,pcy,time) ------\n\
            LABEL USER PID TID PPID VSZ RSS WCHAN ADDR S PRI NI RTPRI SCH PCY TIME CMD\n\
            u:r:untrusted_app:s0 u0_a155 12345 12345 800 1 1 0 0 S 19 0 - 0 fg 00:00:01 com.wifi0\n\
            ------ DUMPSYS (/system/bin/dumpsys) ------\n\
            DUMP OF SERVICE deviceidle:\n\
            \x20 Whitelist user apps:\n    com.wifi0\n\
            DUMP OF SERVICE window:\n\
            stuff\n";
        let mut state = DeviceState::default();
        read_dump(&mut state, DumpKind::Combined, text, "dumpstate.txt");
        assert_eq!(state.properties["ro.build.version.release"], "13");
        assert_eq!(state.processes.as_ref().map(Vec::len), Some(1));
        assert_eq!(state.battery_exempt, Some(vec!["com.wifi0".to_owned()]));
        let sources: Vec<(&str, &str)> = state
            .sources
            .iter()
            .map(|s| (s.what.as_str(), s.location.as_str()))
            .collect();
        assert_eq!(
            sources,
            [
                (
                    "getprop",
                    "dumpstate.txt: ------ SYSTEM PROPERTIES (getprop) ------"
                ),
                (
                    "ps",
                    "dumpstate.txt: ------ PROCESSES AND THREADS (ps -A -T -Z -O pri,nice,rtprio,sched,pcy,time) ------"
                ),
                (
                    "dumpsys deviceidle",
                    "dumpstate.txt: DUMP OF SERVICE deviceidle:"
                ),
            ]
        );
        let mut empty = DeviceState::default();
        read_dump(&mut empty, DumpKind::Combined, "nothing", "x");
        assert_eq!(empty.sources.len(), 1);
        assert_eq!(empty.sources[0].not_understood.len(), 1);
    }

    #[test]
    fn secure_settings_give_notification_listeners() {
        let mut state = DeviceState::default();
        read_dump(
            &mut state,
            DumpKind::Settings(SettingsNamespace::Secure),
            "enabled_notification_listeners=com.wifi0/com.wifi0.listeners.NotificationListener\n",
            "adb:x",
        );
        let listeners = state.notification_listeners.expect("read");
        assert_eq!(
            listeners[0].class,
            "com.wifi0.listeners.NotificationListener"
        );
        let mut none = DeviceState::default();
        read_dump(
            &mut none,
            DumpKind::Settings(SettingsNamespace::Secure),
            "a=1\n",
            "adb:x",
        );
        assert_eq!(none.notification_listeners, Some(Vec::new()));
        let mut global = DeviceState::default();
        read_dump(
            &mut global,
            DumpKind::Settings(SettingsNamespace::Global),
            "a=1\n",
            "adb:x",
        );
        assert_eq!(global.notification_listeners, None);
        assert_eq!(global.settings[&SettingsNamespace::Global]["a"], "1");
    }
}
