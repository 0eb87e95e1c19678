//! What the scanners say they checked and did not check, and why: every such line of a report,
//! in English (a [`Check`]'s `description`, a [`NotChecked`]'s `description` and `why`) and as a
//! message of the report catalogues (`crates/report/locales/<lang>/unstalk.ftl`), a
//! [`Phrase`], so a report can say it in the reader's language.
//!
//! All the lines are built here, and all the message ids are listed in [`PHRASE_IDS`]:
//! `check-…` for what a check looks at, `why-…` for why it did not run. A phrase's args carry
//! what is never translated: numbers, paths, error messages, the names of dumps
//! (`dumpsys package`). The English catalogue must say exactly the English line built here: a
//! test of `unstalk-report` renders every line of [`examples`] with it.

use unstalk_judge::{Check, NotChecked, Phrase};
use unstalk_yara::YaraError;

/// Defines one constant per message id and [`PHRASE_IDS`], listing them all, from one list.
macro_rules! phrase_ids {
    ($($name:ident = $id:literal,)*) => {
        $(const $name: &str = $id;)*

        /// Every message id a scanner puts in a report's phrases: the catalogues of every
        /// shipped language have each one, and no other `check-` or `why-` message.
        pub const PHRASE_IDS: &[&str] = &[$($id,)*];
    };
}

phrase_ids! {
    // What a check of app files looks at.
    CHECK_FILE_HASHES = "check-file-hashes",
    CHECK_APP_ID = "check-app-id",
    CHECK_SIGNING_CERTIFICATES = "check-signing-certificates",
    CHECK_ENDPOINTS = "check-endpoints",
    CHECK_MANIFEST_BEHAVIOUR = "check-manifest-behaviour",
    CHECK_FILE_STRUCTURE = "check-file-structure",
    CHECK_YARA = "check-yara",
    CHECK_YARA_RULES = "check-yara-rules",
    CHECK_YARA_SOURCE = "check-yara-source",
    CHECK_YARA_WHOLE_FILE = "check-yara-whole-file",
    CHECK_YARA_CODE = "check-yara-code",
    CHECK_RUNTIME = "check-runtime",
    CHECK_WHOLE_FILE = "check-whole-file",
    CHECK_FOLDER_FILES = "check-folder-files",
    CHECK_BEHAVIOUR_OF = "check-behaviour-of",
    CHECK_DEX_BEHAVIOUR = "check-dex-behaviour",
    CHECK_APP_ID_OF = "check-app-id-of",
    CHECK_ENTRY = "check-entry",
    // What a check of a phone looks at.
    CHECK_ANDROID_PACKAGES = "check-android-packages",
    CHECK_ANDROID_APP_BEHAVIOUR = "check-android-app-behaviour",
    CHECK_ANDROID_ACCESSIBILITY = "check-android-accessibility",
    CHECK_ANDROID_DEVICE_ADMIN = "check-android-device-admin",
    CHECK_ANDROID_NOTIFICATION_LISTENERS = "check-android-notification-listeners",
    CHECK_ANDROID_HIDDEN_ICONS = "check-android-hidden-icons",
    CHECK_ANDROID_APP_OPS = "check-android-app-ops",
    CHECK_ANDROID_BATTERY_EXEMPTIONS = "check-android-battery-exemptions",
    CHECK_ANDROID_SETTINGS = "check-android-settings",
    CHECK_ANDROID_ROOT = "check-android-root",
    CHECK_ANDROID_ACCOUNTS = "check-android-accounts",
    CHECK_DUMP_PARTS = "check-dump-parts",
    // Why a check did not run.
    WHY_NO_YARA_RULES = "why-no-yara-rules",
    WHY_YARA_NOT_COMPILING = "why-yara-not-compiling",
    WHY_YARA_TIMEOUT = "why-yara-timeout",
    WHY_YARA_FAILED = "why-yara-failed",
    WHY_TOO_LARGE_FOR_YARA = "why-too-large-for-yara",
    WHY_FILE_NOT_REREAD = "why-file-not-reread",
    WHY_NEVER_RUN = "why-never-run",
    WHY_FILE_UNREADABLE = "why-file-unreadable",
    WHY_DEX_UNREADABLE = "why-dex-unreadable",
    WHY_DEX_TOO_LARGE = "why-dex-too-large",
    WHY_DEX_NO_MANIFEST = "why-dex-no-manifest",
    WHY_MANIFEST_UNREADABLE = "why-manifest-unreadable",
    WHY_ENTRY_UNREADABLE = "why-entry-unreadable",
    WHY_NESTED_TOO_DEEP = "why-nested-too-deep",
    WHY_EMBEDDED_BUDGET = "why-embedded-budget",
    WHY_FOLDER_UNLISTED = "why-folder-unlisted",
    WHY_INPUT_LACKS = "why-input-lacks",
    WHY_INPUT_LACKS_PACKAGE_LIST = "why-input-lacks-package-list",
    WHY_INPUT_LACKS_SECURE_SETTING = "why-input-lacks-secure-setting",
    WHY_INPUT_LACKS_LAUNCHER_ACTIVITIES = "why-input-lacks-launcher-activities",
    WHY_INPUT_LACKS_SETTINGS = "why-input-lacks-settings",
    WHY_ACCOUNTS_OUTSIDE_PHONE = "why-accounts-outside-phone",
    WHY_LINES_NOT_UNDERSTOOD = "why-lines-not-understood",
}

/// One line of a report: the English a report has always carried, and the catalogue message
/// that says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub english: String,
    pub phrase: Phrase,
}

impl Line {
    fn new(id: &str, english: impl Into<String>) -> Line {
        Line {
            english: english.into(),
            phrase: Phrase::new(id),
        }
    }

    fn arg(mut self, name: &str, value: impl Into<String>) -> Line {
        self.phrase = self.phrase.with_arg(name, value);
        self
    }
}

/// Check `id` (dotted, like finding ids), which ran and looked at `what`.
pub(crate) fn check(id: &str, what: Line) -> Check {
    Check {
        id: id.to_owned(),
        description: what.english,
        phrase: Some(what.phrase),
    }
}

/// Check `id`, which would have looked at `what` and does not run on this input, because of
/// `why` (it never runs on such input, or needs something not given).
pub(crate) fn not_checked(id: &str, what: Line, why: Line) -> NotChecked {
    NotChecked {
        id: id.to_owned(),
        description: what.english,
        why: why.english,
        phrase: Some(what.phrase),
        why_phrase: Some(why.phrase),
        unread: false,
    }
}

/// Check `id` did not look at `what`, a part of the input that could not be read because of
/// `why` ([`NotChecked::unread`]).
pub(crate) fn not_read(id: &str, what: Line, why: Line) -> NotChecked {
    NotChecked {
        unread: true,
        ..not_checked(id, what, why)
    }
}

// What a check of app files looks at.

pub(crate) fn file_hashes() -> Line {
    Line::new(
        CHECK_FILE_HASHES,
        "SHA-256, SHA-1 and MD5 of each file (and each DEX) against known samples",
    )
}

pub(crate) fn app_id() -> Line {
    Line::new(
        CHECK_APP_ID,
        "App id (package name) against known stalkerware and watchware apps",
    )
}

pub(crate) fn signing_certificates() -> Line {
    Line::new(
        CHECK_SIGNING_CERTIFICATES,
        "Signing certificates (SHA-1, SHA-256, organisation, name) against known developers",
    )
}

pub(crate) fn endpoints() -> Line {
    Line::new(
        CHECK_ENDPOINTS,
        "URLs, domains and IP addresses in the app's code, resources and text assets against known servers",
    )
}

pub(crate) fn manifest_behaviour() -> Line {
    Line::new(
        CHECK_MANIFEST_BEHAVIOUR,
        "The manifest against the Coalition Against Stalkerware's behaviour criteria",
    )
}

pub(crate) fn file_structure() -> Line {
    Line::new(
        CHECK_FILE_STRUCTURE,
        "How the file is built: ZIP tricks, damaged manifest, signatures that do not verify",
    )
}

/// The YARA check, when no rule could run.
pub(crate) fn yara() -> Line {
    Line::new(
        CHECK_YARA,
        "YARA rules over each DEX, native library and APK",
    )
}

/// The YARA check with `count` rules.
pub(crate) fn yara_rules(count: usize) -> Line {
    Line::new(
        CHECK_YARA_RULES,
        format!("{count} YARA rules over each DEX, native library and APK"),
    )
    .arg("count", count.to_string())
}

/// The rules of one YARA file or feed (`source`: its path or URL).
pub(crate) fn yara_source(source: &str) -> Line {
    Line::new(CHECK_YARA_SOURCE, format!("The YARA rules of {source}")).arg("source", source)
}

pub(crate) fn yara_whole_file(path: &str) -> Line {
    Line::new(
        CHECK_YARA_WHOLE_FILE,
        format!("YARA rules over the whole of {path}"),
    )
    .arg("path", path)
}

/// YARA rules over one code file (`file`: its path, or its entry in the APK).
pub(crate) fn yara_code(file: &str) -> Line {
    Line::new(CHECK_YARA_CODE, format!("YARA rules over {file}")).arg("file", file)
}

pub(crate) fn runtime() -> Line {
    Line::new(
        CHECK_RUNTIME,
        "What the app does when it runs: code downloaded later, encrypted or packed code, what native code does",
    )
}

/// Every check of the file at `path`.
pub(crate) fn whole_file(path: &str) -> Line {
    Line::new(CHECK_WHOLE_FILE, format!("Everything about {path}")).arg("path", path)
}

pub(crate) fn folder_files(folder: &str) -> Line {
    Line::new(CHECK_FOLDER_FILES, format!("Files in {folder}")).arg("folder", folder)
}

/// The behaviour judgement of the app file at `path`.
pub(crate) fn behaviour_of(path: &str) -> Line {
    Line::new(CHECK_BEHAVIOUR_OF, format!("The behaviour of {path}")).arg("path", path)
}

/// The app id of the app file at `path` against the lists of known apps.
pub(crate) fn app_id_of(path: &str) -> Line {
    Line::new(
        CHECK_APP_ID_OF,
        format!("The app id of {path} against the lists of known apps"),
    )
    .arg("path", path)
}

/// What an entry of an app file holds (`entry`: its name, `assets/a.apk!classes.dex` inside
/// an embedded app): code, libraries and text files are searched for addresses and YARA rules.
pub(crate) fn entry_of(entry: &str, path: &str) -> Line {
    Line::new(CHECK_ENTRY, format!("{entry} in {path}"))
        .arg("entry", entry)
        .arg("path", path)
}

pub(crate) fn dex_behaviour() -> Line {
    Line::new(
        CHECK_DEX_BEHAVIOUR,
        "App behaviour, for DEX files scanned on their own",
    )
}

// What a check of a phone looks at.

pub(crate) fn android_packages() -> Line {
    Line::new(
        CHECK_ANDROID_PACKAGES,
        "Installed apps against known stalkerware and watchware (app id, signing certificate, APK hashes)",
    )
}

pub(crate) fn android_app_behaviour() -> Line {
    Line::new(
        CHECK_ANDROID_APP_BEHAVIOUR,
        "Each user app's permissions, services and receivers against the Coalition's behaviour criteria",
    )
}

pub(crate) fn android_accessibility() -> Line {
    Line::new(
        CHECK_ANDROID_ACCESSIBILITY,
        "Accessibility services switched on (they can read the screen and typing)",
    )
}

pub(crate) fn android_device_admin() -> Line {
    Line::new(
        CHECK_ANDROID_DEVICE_ADMIN,
        "Active device administrators, device and profile owners",
    )
}

pub(crate) fn android_notification_listeners() -> Line {
    Line::new(
        CHECK_ANDROID_NOTIFICATION_LISTENERS,
        "Apps allowed to read every notification",
    )
}

pub(crate) fn android_hidden_icons() -> Line {
    Line::new(
        CHECK_ANDROID_HIDDEN_ICONS,
        "User apps with no icon in the launcher",
    )
}

pub(crate) fn android_app_ops() -> Line {
    Line::new(
        CHECK_ANDROID_APP_OPS,
        "App-ops allowing app installs, drawing over apps, screen capture, usage access",
    )
}

pub(crate) fn android_battery_exemptions() -> Line {
    Line::new(
        CHECK_ANDROID_BATTERY_EXEMPTIONS,
        "Apps exempt from battery optimisation",
    )
}

pub(crate) fn android_settings() -> Line {
    Line::new(
        CHECK_ANDROID_SETTINGS,
        "Play Protect, unknown sources, developer options, default keyboard/SMS/phone/assistant apps",
    )
}

pub(crate) fn android_root() -> Line {
    Line::new(
        CHECK_ANDROID_ROOT,
        "Signs of root: su binaries, root managers, build properties, SELinux, patch level",
    )
}

pub(crate) fn android_accounts() -> Line {
    Line::new(
        CHECK_ANDROID_ACCOUNTS,
        "Google, iCloud and other accounts, shared passwords, cloud backups, location sharing",
    )
}

/// Parts of a dump (`dump`: `dumpsys package`, `getprop`, …) read from `location`.
pub(crate) fn dump_parts(dump: &str, location: &str) -> Line {
    Line::new(CHECK_DUMP_PARTS, format!("Parts of {dump} ({location})"))
        .arg("dump", dump)
        .arg("location", location)
}

// Why a check did not run.

pub(crate) fn no_yara_rules() -> Line {
    Line::new(
        WHY_NO_YARA_RULES,
        "the indicator set holds no YARA rule that compiles (add rules with --indicators FILE.yar)",
    )
}

/// YARA rules that do not compile; `problem` is the compiler's message.
pub(crate) fn yara_not_compiling(problem: &str) -> Line {
    Line::new(
        WHY_YARA_NOT_COMPILING,
        format!("they do not compile: {problem}"),
    )
    .arg("problem", problem)
}

/// A YARA scan that could not finish.
pub(crate) fn yara_error(error: &YaraError) -> Line {
    let english = error.to_string();
    match error {
        YaraError::Timeout => Line::new(WHY_YARA_TIMEOUT, english)
            .arg("seconds", unstalk_yara::SCAN_TIMEOUT.as_secs().to_string()),
        YaraError::Engine(detail) => {
            Line::new(WHY_YARA_FAILED, english).arg("error", detail.as_str())
        }
    }
}

/// A file larger than `limit_mib` MiB, given to YARA entry by entry only.
pub(crate) fn too_large_for_yara(limit_mib: u64) -> Line {
    Line::new(
        WHY_TOO_LARGE_FOR_YARA,
        format!(
            "the file is larger than {limit_mib} MiB; its code and native libraries were scanned one by one"
        ),
    )
    .arg("limit", limit_mib.to_string())
}

pub(crate) fn file_not_reread(error: &str) -> Line {
    Line::new(
        WHY_FILE_NOT_REREAD,
        format!("the file could not be read again: {error}"),
    )
    .arg("error", error)
}

pub(crate) fn never_run() -> Line {
    Line::new(WHY_NEVER_RUN, "unstalk reads app files; it never runs them")
}

/// An app file that could not be opened; `error` says why in a sentence that names the file.
pub(crate) fn file_unreadable(error: &str) -> Line {
    Line::new(WHY_FILE_UNREADABLE, error).arg("error", error)
}

pub(crate) fn dex_unreadable(path: &str, error: &str) -> Line {
    Line::new(WHY_DEX_UNREADABLE, format!("cannot read {path}: {error}"))
        .arg("path", path)
        .arg("error", error)
}

/// A DEX file of `size` bytes, over the `limit` unstalk reads.
pub(crate) fn dex_too_large(path: &str, size: u64, limit: u64) -> Line {
    Line::new(
        WHY_DEX_TOO_LARGE,
        format!(
            "cannot read {path}: it is {size} bytes, more than the {limit} bytes unstalk reads from one DEX"
        ),
    )
    .arg("path", path)
    .arg("size", size.to_string())
    .arg("limit", limit.to_string())
}

pub(crate) fn dex_no_manifest() -> Line {
    Line::new(
        WHY_DEX_NO_MANIFEST,
        "a DEX file has no manifest: scan the APK it came from",
    )
}

pub(crate) fn manifest_unreadable(error: &str) -> Line {
    Line::new(
        WHY_MANIFEST_UNREADABLE,
        format!("its manifest could not be read: {error}"),
    )
    .arg("error", error)
}

/// An entry that could not be read or decoded; `error` names it and says why.
pub(crate) fn entry_unreadable(error: &str) -> Line {
    Line::new(
        WHY_ENTRY_UNREADABLE,
        format!("it could not be read: {error}"),
    )
    .arg("error", error)
}

/// An archive nested deeper than the `limit` levels unstalk opens.
pub(crate) fn nested_too_deep(limit: usize) -> Line {
    Line::new(
        WHY_NESTED_TOO_DEEP,
        format!(
            "it is an archive nested more than {limit} deep, and unstalk opens archives no deeper"
        ),
    )
    .arg("limit", limit.to_string())
}

/// Code inside a file that would take what unstalk reads from inside one file past `limit`
/// bytes.
pub(crate) fn embedded_budget(limit: u64) -> Line {
    Line::new(
        WHY_EMBEDDED_BUDGET,
        format!(
            "unstalk reads at most {limit} bytes of code carried inside one file, and this would go past it"
        ),
    )
    .arg("limit", limit.to_string())
}

pub(crate) fn folder_unlisted(error: &str) -> Line {
    Line::new(
        WHY_FOLDER_UNLISTED,
        format!("the folder could not be listed: {error}"),
    )
    .arg("error", error)
}

/// What a phone check needs and the input lacked.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Needs {
    /// A dump named by the command that prints it (`dumpsys package`, `getprop`).
    Dump(&'static str),
    PackageList,
    /// The secure settings, for the one named.
    SecureSetting(&'static str),
    LauncherActivities,
    Settings,
}

/// The input lacks what a phone check needs.
pub(crate) fn input_lacks(needs: Needs) -> Line {
    let lacks = |id, what: &str| Line::new(id, format!("the input does not include {what}"));
    match needs {
        Needs::Dump(dump) => lacks(WHY_INPUT_LACKS, dump).arg("needs", dump),
        Needs::PackageList => lacks(WHY_INPUT_LACKS_PACKAGE_LIST, "the package list"),
        Needs::SecureSetting(setting) => lacks(
            WHY_INPUT_LACKS_SECURE_SETTING,
            &format!("the secure settings ({setting})"),
        )
        .arg("setting", setting),
        Needs::LauncherActivities => lacks(
            WHY_INPUT_LACKS_LAUNCHER_ACTIVITIES,
            "the launcher activities",
        ),
        Needs::Settings => lacks(WHY_INPUT_LACKS_SETTINGS, "the settings"),
    }
}

pub(crate) fn accounts_outside_phone() -> Line {
    Line::new(
        WHY_ACCOUNTS_OUTSIDE_PHONE,
        "they are watched from outside the phone: check them from a device the other person has no access to",
    )
}

/// `count` lines of a dump not understood, the first being `example`.
pub(crate) fn lines_not_understood(count: usize, example: &str) -> Line {
    Line::new(
        WHY_LINES_NOT_UNDERSTOOD,
        format!("{count} lines in a format unstalk does not know, such as: {example}"),
    )
    .arg("count", count.to_string())
    .arg("example", example)
}

/// One line of every kind this module builds, with made-up values: what the catalogue tests
/// render, so every message is checked against the English the scanners write.
pub fn examples() -> Vec<Line> {
    let path = "/cases/0042/app.apk";
    vec![
        file_hashes(),
        app_id(),
        signing_certificates(),
        endpoints(),
        manifest_behaviour(),
        file_structure(),
        yara(),
        yara_rules(12),
        yara_source("rules/snoopza.yar"),
        yara_whole_file(path),
        yara_code("assets/update.apk!classes.dex"),
        runtime(),
        whole_file(path),
        folder_files("/cases/0042"),
        behaviour_of(path),
        dex_behaviour(),
        app_id_of(path),
        entry_of("classes2.dex", path),
        android_packages(),
        android_app_behaviour(),
        android_accessibility(),
        android_device_admin(),
        android_notification_listeners(),
        android_hidden_icons(),
        android_app_ops(),
        android_battery_exemptions(),
        android_settings(),
        android_root(),
        android_accounts(),
        dump_parts("dumpsys package", "/cases/0042/dumpsys.txt"),
        no_yara_rules(),
        yara_not_compiling("line 3: syntax error"),
        yara_error(&YaraError::Timeout),
        yara_error(&YaraError::Engine("out of memory".to_owned())),
        too_large_for_yara(64),
        file_not_reread("permission denied"),
        never_run(),
        file_unreadable("cannot read /cases/0042/app.apk: permission denied"),
        dex_unreadable("/cases/0042/classes.dex", "permission denied"),
        dex_too_large("/cases/0042/classes.dex", 300_000_000, 268_435_456),
        dex_no_manifest(),
        manifest_unreadable("root element is <html>, not <manifest>"),
        entry_unreadable("classes2.dex is larger than the 128 MiB unstalk reads from one entry"),
        nested_too_deep(4),
        embedded_budget(268_435_456),
        folder_unlisted("permission denied"),
        input_lacks(Needs::Dump("dumpsys package")),
        input_lacks(Needs::PackageList),
        input_lacks(Needs::SecureSetting("enabled_notification_listeners")),
        input_lacks(Needs::LauncherActivities),
        input_lacks(Needs::Settings),
        accounts_outside_phone(),
        lines_not_understood(3, "Dexopt state:"),
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn the_examples_cover_every_phrase_id_once() {
        let listed: BTreeSet<&str> = PHRASE_IDS.iter().copied().collect();
        assert_eq!(listed.len(), PHRASE_IDS.len(), "an id is listed twice");
        let examples = examples();
        let shown: BTreeSet<&str> = examples
            .iter()
            .map(|line| line.phrase.id.as_str())
            .collect();
        assert_eq!(shown, listed);
    }

    #[test]
    fn ids_are_kebab_case_checks_and_reasons() {
        for id in PHRASE_IDS {
            assert!(
                id.starts_with("check-") || id.starts_with("why-"),
                "{id}: neither check- nor why-"
            );
            assert!(
                id.split('-').all(|word| !word.is_empty()
                    && word
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
                "{id}: not kebab-case"
            );
        }
    }

    #[test]
    fn every_argument_shows_in_the_english_line() {
        for line in examples() {
            for (name, value) in &line.phrase.args {
                assert!(
                    line.english.contains(value.as_str()),
                    "{}: argument {name}={value:?} not in {:?}",
                    line.phrase.id,
                    line.english
                );
            }
        }
    }
}
