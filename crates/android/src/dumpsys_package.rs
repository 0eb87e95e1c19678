//! `dumpsys package` (the whole dump, or one package's): installed packages with their
//! versions, install times, installer, flags, signatures and permissions, and the intent
//! resolver tables, which say which components answer which actions (boot, device admin,
//! accessibility, notification listener…) and which activities the launcher shows.
//!
//! The dump is indented text whose sections come in any order (MVT's samples even move them
//! around): a line at column 0 opens a section, and inside a section nesting is read from the
//! indentation. Sections not needed here (content providers, queries, shared users, the factory
//! versions under "Hidden system packages", …) are skipped whole.
//!
//! The resolver tables print each intent filter (its `Action:` and `Category:` lines, and a
//! service's required permission) only when the dump is of one package or was asked with `-f`;
//! the full dump lists components under each action without their filters. So
//! [`PackageDump::launcher`] is `None` when no filter was printed (ask
//! `cmd package query-activities`, [`crate::pm_list::parse_query_activities`]), and
//! [`Package::services`] lists only services whose filter line was printed (its permission,
//! `None` when the line names none, is then known).
//!
//! Every installed package is under "Packages:". When a dump has that section, packages seen
//! only in the resolver tables (a dump cut short or edited, as MVT's samples are) are dropped
//! and named in the lines not understood: kept, they would look like packages whose installer
//! and flags Android did not record.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{ComponentName, Launcher, Package, ServiceSeen};
use crate::pm_list::installer_name;
use crate::text::{
    NotUnderstood, component, fill, indent, is_package_name, key_value, leading_number, push_unique,
};

/// What `dumpsys package` says.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackageDump {
    /// Packages by name, from the "Packages:" section and the resolver tables.
    pub packages: BTreeMap<String, Package>,
    /// Packages with an activity for `android.intent.action.MAIN` in category
    /// `android.intent.category.LAUNCHER`, covering the packages of the dump (those under
    /// "Packages:", else those of the resolver tables): a dump of one package says nothing of
    /// the others' icons. `None` when the activity table printed no filters (the full dump
    /// without `-f`), so the launcher activities cannot be told.
    pub launcher: Option<Launcher>,
}

/// Reads a `dumpsys package` dump; the second value lists lines inside the sections read here
/// that were not understood.
pub fn parse(text: &str) -> (PackageDump, Vec<String>) {
    let mut parser = Parser::default();
    for line in text.lines() {
        parser.line(line);
    }
    parser.finish()
}

/// Fuzzing entry point: any bytes, read as the phone's text would be. Must never panic.
pub fn fuzz_parse(bytes: &[u8]) {
    let _ = parse(&String::from_utf8_lossy(bytes));
}

const MAIN: &str = "android.intent.action.MAIN";
const LAUNCHER: &str = "android.intent.category.LAUNCHER";

#[derive(Default)]
struct Parser {
    packages: BTreeMap<String, Package>,
    /// The packages of the "Packages:" section.
    listed: BTreeSet<String>,
    launcher: BTreeSet<String>,
    activity_filters_seen: bool,
    section: Section,
    odd: NotUnderstood,
}

#[derive(Default)]
enum Section {
    #[default]
    Skipped,
    Resolver(Resolver),
    /// "Packages:", and where in it the line is.
    Packages(InPackages),
    /// "Dexopt state:", and the package whose APK paths follow.
    Dexopt(Option<String>),
}

#[derive(Clone, Copy, PartialEq)]
enum ResolverKind {
    Activity,
    Receiver,
    Service,
}

struct Resolver {
    kind: ResolverKind,
    /// Whether the keys of the current sub-table are actions ("Non-Data Actions", "MIME Typed
    /// Actions") rather than MIME types or schemes.
    keys_are_actions: bool,
    key: Option<String>,
    entry: Option<Entry>,
}

/// One component line of a resolver table, with the filter lines below it.
struct Entry {
    component: ComponentName,
    indent: usize,
    /// The line is `hash component filter hash [permission P]`, not the short
    /// `hash component (N filters)` of the full dump.
    filtered: bool,
    permission: Option<String>,
    actions: Vec<String>,
    categories: Vec<String>,
}

/// Where a line of the "Packages:" section is.
enum InPackages {
    /// Before the first package, or after a line that ended one.
    Between,
    Package(PackageBlock),
    /// In a sub-section other than a package (`APEX session state:`), at this indentation.
    Skipped(usize),
}

struct PackageBlock {
    name: String,
    indent: usize,
    list: Option<(List, usize)>,
    /// The user whose `enabled=` was taken (user 0, the phone's owner, wins).
    enabled_user: Option<u32>,
}

#[derive(Clone, Copy)]
enum List {
    Requested,
    /// `install permissions:` / `runtime permissions:`: `name: granted=true, flags=[…]`.
    Granted,
    /// `grantedPermissions:` of Android 5 and older: the granted names alone.
    GrantedNames,
    Skipped,
}

impl Parser {
    fn line(&mut self, line: &str) {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            return;
        }
        if indent(line) == 0 {
            // An app's own text (a versionName with a newline in it) can print a line at
            // column 0 inside "Packages:": a line no section header looks like does not end the
            // section, and is named.
            if matches!(self.section, Section::Packages(_))
                && (!trimmed.ends_with(':') || trimmed.starts_with("DUMP OF SERVICE"))
            {
                self.odd.push(line);
                return;
            }
            self.end_section();
            self.section = match trimmed {
                "Activity Resolver Table:" => {
                    Section::Resolver(Resolver::new(ResolverKind::Activity))
                }
                "Receiver Resolver Table:" => {
                    Section::Resolver(Resolver::new(ResolverKind::Receiver))
                }
                "Service Resolver Table:" => {
                    Section::Resolver(Resolver::new(ResolverKind::Service))
                }
                "Packages:" => Section::Packages(InPackages::Between),
                "Dexopt state:" => Section::Dexopt(None),
                _ => Section::Skipped,
            };
            return;
        }
        // Every package is under "Packages:", which comes first: a `Package [` header of a
        // package not listed there, in a later section, follows a section ended by an app's own
        // text. It is named, and read as a package.
        if !matches!(self.section, Section::Packages(_))
            && !self.listed.is_empty()
            && package_header(trimmed).is_some_and(|name| !self.listed.contains(name))
        {
            self.end_section();
            self.odd.push(line);
            self.section = Section::Packages(InPackages::Between);
        }
        let mut section = std::mem::take(&mut self.section);
        match &mut section {
            Section::Skipped => {}
            Section::Resolver(resolver) => self.resolver_line(resolver, line),
            Section::Packages(at) => self.package_line(at, line),
            Section::Dexopt(current) => self.dexopt_line(current, line),
        }
        self.section = section;
    }

    fn end_section(&mut self) {
        if let Section::Resolver(mut resolver) = std::mem::take(&mut self.section) {
            self.flush_entry(&mut resolver);
        }
    }

    fn finish(mut self) -> (PackageDump, Vec<String>) {
        self.end_section();
        // See the module doc: packages known only by their components are dropped.
        if !self.listed.is_empty() {
            let unlisted: Vec<String> = self
                .packages
                .keys()
                .filter(|name| !self.listed.contains(*name))
                .cloned()
                .collect();
            if !unlisted.is_empty() {
                self.odd.push(&format!(
                    "{} package(s) in the resolver tables but not under Packages (not kept): {}",
                    unlisted.len(),
                    unlisted.join(", ")
                ));
                self.packages.retain(|name, _| self.listed.contains(name));
                self.launcher.retain(|name| self.listed.contains(name));
            }
        }
        let launcher = self.activity_filters_seen.then(|| Launcher {
            packages: self.launcher.into_iter().collect(),
            covered: Some(self.packages.keys().cloned().collect()),
        });
        let dump = PackageDump {
            packages: self.packages,
            launcher,
        };
        (dump, self.odd.finish())
    }

    fn package_mut(&mut self, name: &str) -> &mut Package {
        self.packages
            .entry(name.to_owned())
            .or_insert_with(|| Package {
                name: name.to_owned(),
                ..Package::default()
            })
    }

    fn resolver_line(&mut self, resolver: &mut Resolver, line: &str) {
        let trimmed = line.trim();
        let depth = indent(line);
        if let Some(entry) = resolver.entry.as_mut().filter(|entry| depth > entry.indent) {
            if let Some(action) = quoted(trimmed, "Action:") {
                push_unique(&mut entry.actions, action.to_owned());
            } else if let Some(category) = quoted(trimmed, "Category:") {
                push_unique(&mut entry.categories, category.to_owned());
            }
            // Other filter lines (Scheme, Type, mPriority…) say nothing checked here.
            return;
        }
        self.flush_entry(resolver);
        if let Some(mut entry) = parse_entry(trimmed, depth) {
            if resolver.keys_are_actions
                && let Some(key) = &resolver.key
            {
                entry.actions.push(key.clone());
            }
            resolver.entry = Some(entry);
        } else if let Some(name) = trimmed.strip_suffix(':') {
            if depth < 4 {
                // A sub-table: "Non-Data Actions:", "Full MIME Types:", "Schemes:"…
                resolver.keys_are_actions = name.ends_with("Actions");
                resolver.key = None;
            } else {
                resolver.key = Some(name.to_owned());
            }
        } else {
            self.odd.push(line);
        }
    }

    fn flush_entry(&mut self, resolver: &mut Resolver) {
        let Some(entry) = resolver.entry.take() else {
            return;
        };
        let kind = resolver.kind;
        if kind == ResolverKind::Activity && entry.filtered {
            self.activity_filters_seen = true;
            if entry.actions.iter().any(|a| a == MAIN)
                && entry.categories.iter().any(|c| c == LAUNCHER)
            {
                self.launcher.insert(entry.component.package.clone());
            }
        }
        let package = self.package_mut(&entry.component.package);
        for action in entry.actions {
            push_unique(
                package.actions.entry(action).or_default(),
                entry.component.clone(),
            );
        }
        if kind == ResolverKind::Service
            && entry.filtered
            && !package
                .services
                .iter()
                .any(|service| service.component == entry.component)
        {
            package.services.push(ServiceSeen {
                component: entry.component,
                permission: entry.permission,
            });
        }
    }

    fn package_line(&mut self, at: &mut InPackages, line: &str) {
        let trimmed = line.trim();
        let depth = indent(line);
        if let Some(name) = package_header(trimmed) {
            self.package_mut(name);
            self.listed.insert(name.to_owned());
            *at = InPackages::Package(PackageBlock {
                name: name.to_owned(),
                indent: depth,
                list: None,
                enabled_user: None,
            });
            return;
        }
        let current = match at {
            InPackages::Package(current) if depth > current.indent => current,
            InPackages::Skipped(header) if depth > *header => return,
            _ => {
                if trimmed.starts_with("Package [") {
                    // A package header not read as one (`Package [com.spy\u{fffd}] (1):`):
                    // its block is skipped, and named.
                    *at = InPackages::Skipped(depth);
                    self.odd.push(line);
                } else if trimmed.ends_with(':') {
                    *at = InPackages::Skipped(depth);
                } else {
                    *at = InPackages::Between;
                    self.odd.push(line);
                }
                return;
            }
        };
        if let Some((list, list_indent)) = current.list {
            if depth > list_indent {
                let package = self.package_mut(&current.name);
                if !list_item(package, list, trimmed) {
                    self.odd.push(line);
                }
                return;
            }
            current.list = None;
        }
        if let Some((user, attributes)) = user_line(trimmed) {
            let enabled = attributes
                .split_whitespace()
                .find_map(|attribute| attribute.strip_prefix("enabled="))
                .and_then(|state| state.parse::<u8>().ok());
            // Whether this user's choice is the one kept: user 0 (the owner) wins, else the first.
            let kept = current
                .enabled_user
                .is_none_or(|kept| kept != 0 && user == 0);
            if let (Some(state), true) = (enabled, kept) {
                current.enabled_user = Some(user);
                // COMPONENT_ENABLED_STATE_DEFAULT (0) and _ENABLED (1); 2, 3 and 4 are the
                // disabled states (by the app, by the user, until used).
                self.package_mut(&current.name).enabled = Some(state <= 1);
            }
            return;
        }
        if let Some(header) = trimmed.strip_suffix(':').filter(|h| !h.contains('=')) {
            let list = match header {
                "requested permissions" => List::Requested,
                "install permissions" | "runtime permissions" => List::Granted,
                "grantedPermissions" => List::GrantedNames,
                _ => List::Skipped,
            };
            current.list = Some((list, depth));
            return;
        }
        if let Some((key, value)) = key_value(trimmed) {
            package_field(self.package_mut(&current.name), key, value.trim());
        } else if !trimmed.contains(": ") {
            // `key: value` lines (`lastDisabledCaller: auto_disabler`) carry nothing needed.
            self.odd.push(line);
        }
    }

    fn dexopt_line(&mut self, current: &mut Option<String>, line: &str) {
        let trimmed = line.trim();
        if let Some(name) = trimmed
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .filter(|name| is_package_name(name))
        {
            *current = Some(name.to_owned());
        } else if let (Some(name), Some(path)) =
            (current.as_deref(), trimmed.strip_prefix("path: "))
            && path.ends_with(".apk")
        {
            let path = path.to_owned();
            push_unique(&mut self.package_mut(name).paths, path);
        }
    }
}

impl Resolver {
    fn new(kind: ResolverKind) -> Self {
        Resolver {
            kind,
            keys_are_actions: false,
            key: None,
            entry: None,
        }
    }
}

/// `Action: "android.intent.action.MAIN"` → the quoted text.
fn quoted<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    line.strip_prefix(label)?
        .trim()
        .strip_prefix('"')?
        .strip_suffix('"')
}

/// `6e6b31 com.wifi0/.WelcomeActivity filter c92c216 [permission P]`, or the full dump's
/// `18d43d com.x/.Activity [(2 filters)]`.
fn parse_entry(line: &str, depth: usize) -> Option<Entry> {
    let mut words = line.split_whitespace();
    let hash = words.next()?;
    if hash.is_empty() || hash.len() > 16 || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let component = component(words.next()?)?;
    let mut filtered = false;
    let mut permission = None;
    while let Some(word) = words.next() {
        match word {
            "filter" => filtered = true,
            "permission" => permission = words.next().map(str::to_owned),
            _ => {}
        }
    }
    Some(Entry {
        component,
        indent: depth,
        filtered,
        permission,
        actions: Vec::new(),
        categories: Vec::new(),
    })
}

/// `Package [com.wifi0] (5de2c5f):` → `com.wifi0`.
fn package_header(line: &str) -> Option<&str> {
    let (name, _) = line.strip_prefix("Package [")?.split_once(']')?;
    is_package_name(name).then_some(name)
}

/// `User 0: ceDataInode=… enabled=0 …` → (0, the attributes).
fn user_line(line: &str) -> Option<(u32, &str)> {
    let (user, attributes) = line.strip_prefix("User ")?.split_once(':')?;
    Some((user.trim().parse().ok()?, attributes))
}

fn package_field(package: &mut Package, key: &str, value: &str) {
    let text = || (!value.is_empty()).then(|| value.to_owned());
    match key {
        // `appId` replaced `userId` in Android 13.
        "userId" | "appId" => fill(&mut package.uid, leading_number(value)),
        "codePath" => fill(&mut package.code_path, text()),
        "versionCode" => fill(&mut package.version_code, leading_number(value)),
        "versionName" => fill(&mut package.version_name, text()),
        "firstInstallTime" => fill(&mut package.first_install_time, text()),
        "lastUpdateTime" => fill(&mut package.last_update_time, text()),
        "installerPackageName" => fill(&mut package.installer, installer_name(value)),
        "flags" | "pkgFlags" => fill(
            &mut package.system,
            Some(value.split_whitespace().any(|flag| flag == "SYSTEM")),
        ),
        "signatures" => {
            for hash in signature_hashes(value) {
                push_unique(&mut package.signature_hashes, hash);
            }
        }
        _ => {}
    }
}

/// `PackageSignatures{4cb6f75 version:2, signatures:[74831dfd], past signatures:[]}`, or the
/// `PackageSignatures{41b8e3f8 [41c1a8b0]}` of Android 6 and older → the current signers.
fn signature_hashes(value: &str) -> Vec<String> {
    let list = match value.split_once("signatures:[") {
        Some((_, rest)) => rest,
        None => value.split_once('[').map_or("", |(_, rest)| rest),
    };
    let list = list.split_once(']').map_or("", |(inside, _)| inside);
    list.split(',')
        .filter_map(|hash| hash.split_whitespace().next())
        .filter(|hash| hash.chars().all(|c| c.is_ascii_hexdigit()))
        .map(str::to_owned)
        .collect()
}

/// One line of a permission list; `false` when it is not understood.
fn list_item(package: &mut Package, list: List, line: &str) -> bool {
    let name = line.split(':').next().unwrap_or_default().trim();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return matches!(list, List::Skipped);
    }
    match list {
        List::Requested => push_unique(&mut package.requested_permissions, name.to_owned()),
        List::GrantedNames => grant(package, name, true),
        List::Granted => {
            let granted = line.split([' ', ',']).find_map(|word| match word {
                "granted=true" => Some(true),
                "granted=false" => Some(false),
                _ => None,
            });
            match granted {
                Some(granted) => grant(package, name, granted),
                None => return false,
            }
        }
        List::Skipped => {}
    }
    true
}

/// Granted for any user counts as granted: the dump lists runtime permissions per user.
fn grant(package: &mut Package, name: &str, granted: bool) {
    let slot = package
        .granted_permissions
        .entry(name.to_owned())
        .or_insert(false);
    *slot |= granted;
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE_PACKAGE: &str = r#"Activity Resolver Table:
  Non-Data Actions:
      android.intent.action.MAIN:
        6e6b31 com.wifi0/.activities.WelcomeActivity filter c92c216
          Action: "android.intent.action.MAIN"
          Category: "android.intent.category.LAUNCHER"

Receiver Resolver Table:
  Non-Data Actions:
      android.app.action.DEVICE_ADMIN_ENABLED:
        50f0633 com.wifi0/.receivers.DeviceAdmin filter 9bb5df0
          Action: "android.app.action.DEVICE_ADMIN_ENABLED"
      android.intent.action.QUICKBOOT_POWERON:
        4a38797 com.wifi0/.BootComplete filter 2baed84
          Action: "android.intent.action.BOOT_COMPLETED"
          Action: "android.intent.action.QUICKBOOT_POWERON"
          Category: "android.intent.category.DEFAULT"

Service Resolver Table:
  Non-Data Actions:
      android.accessibilityservice.AccessibilityService:
        94e4d9 com.wifi0/.AccessibilityReceiver4 filter 5f5be9e permission android.permission.BIND_ACCESSIBILITY_SERVICE
          Action: "android.accessibilityservice.AccessibilityService"
      com.google.firebase.MESSAGING_EVENT:
        5ea7d7f com.wifi0/.services.FbMessagingService filter 64e514c
          Action: "com.google.firebase.MESSAGING_EVENT"
          mPriority=-500, mOrder=0

Packages:
  Package [com.wifi0] (5de2c5f):
    userId=10155
    codePath=/data/app/~~V5j==/com.wifi0-q==
    versionCode=140 minSdk=19 targetSdk=30
    versionName=1.4.0
    flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ]
    timeStamp=2021-12-15 17:52:55
    firstInstallTime=2021-12-15 17:51:52
    lastUpdateTime=2021-12-15 17:52:55
    installerPackageName=com.android.packageinstaller
    signatures=PackageSignatures{4cb6f75 version:2, signatures:[74831dfd], past signatures:[abc flags: 17]}
    requested permissions:
      android.permission.ACCESS_FINE_LOCATION
      android.permission.READ_SMS: restricted=true
    install permissions:
      android.permission.INTERNET: granted=true
    User 0: ceDataInode=261852 installed=true hidden=false enabled=0 instant=false
      gids=[3003]
      lastDisabledCaller: nobody
      runtime permissions:
        android.permission.READ_SMS: granted=false, flags=[ USER_FIXED|USER_SENSITIVE_WHEN_GRANTED]
        android.permission.ACCESS_FINE_LOCATION: granted=true, flags=[ USER_SET]
      enabledComponents:
        androidx.work.impl.background.systemalarm.RescheduleReceiver
    User 10: ceDataInode=1 installed=true enabled=3
      runtime permissions:
        android.permission.READ_SMS: granted=true
    this line is odd

Hidden system packages:
  Package [com.wifi0] (1):
    userId=99
    codePath=/system/app/Wifi

Dexopt state:
  [com.wifi0]
    path: /data/app/~~V5j==/com.wifi0-q==/base.apk
      arm64: [status=speed-profile] [reason=bg-dexopt]
"#;

    #[test]
    fn reads_one_package_with_its_filters() {
        let (dump, odd) = parse(ONE_PACKAGE);
        assert_eq!(odd, ["this line is odd"]);
        let launcher = dump.launcher.as_ref().expect("filters printed");
        assert_eq!(launcher.packages, ["com.wifi0"]);
        // A dump of one package says whether it has an icon, and nothing of the others.
        assert_eq!(launcher.has_icon("com.wifi0"), Some(true));
        assert_eq!(launcher.has_icon("com.whatsapp"), None);
        let spy = &dump.packages["com.wifi0"];
        assert_eq!(spy.uid, Some(10155));
        assert_eq!(
            spy.code_path.as_deref(),
            Some("/data/app/~~V5j==/com.wifi0-q==")
        );
        assert_eq!(spy.paths, ["/data/app/~~V5j==/com.wifi0-q==/base.apk"]);
        assert_eq!(spy.version_code, Some(140));
        assert_eq!(spy.version_name.as_deref(), Some("1.4.0"));
        assert_eq!(
            spy.first_install_time.as_deref(),
            Some("2021-12-15 17:51:52")
        );
        assert_eq!(spy.last_update_time.as_deref(), Some("2021-12-15 17:52:55"));
        assert_eq!(
            spy.installer.as_deref(),
            Some("com.android.packageinstaller")
        );
        assert_eq!(spy.system, Some(false));
        assert_eq!(spy.enabled, Some(true), "user 0's state, not user 10's");
        assert_eq!(spy.signature_hashes, ["74831dfd"]);
        assert_eq!(
            spy.requested_permissions,
            [
                "android.permission.ACCESS_FINE_LOCATION",
                "android.permission.READ_SMS"
            ]
        );
        let granted: Vec<(&str, bool)> = spy
            .granted_permissions
            .iter()
            .map(|(name, granted)| (name.as_str(), *granted))
            .collect();
        assert_eq!(
            granted,
            [
                ("android.permission.ACCESS_FINE_LOCATION", true),
                ("android.permission.INTERNET", true),
                ("android.permission.READ_SMS", true),
            ]
        );
        let boot = &spy.actions["android.intent.action.BOOT_COMPLETED"];
        assert_eq!(boot[0].class, "com.wifi0.BootComplete");
        assert_eq!(
            spy.actions["android.intent.action.QUICKBOOT_POWERON"].len(),
            1,
            "the key and the filter's action are one"
        );
        assert!(
            spy.actions
                .contains_key("android.app.action.DEVICE_ADMIN_ENABLED")
        );
        assert_eq!(spy.services.len(), 2);
        assert_eq!(
            spy.services[0].component.class,
            "com.wifi0.AccessibilityReceiver4"
        );
        assert_eq!(
            spy.services[0].permission.as_deref(),
            Some("android.permission.BIND_ACCESSIBILITY_SERVICE")
        );
        assert_eq!(spy.services[1].permission, None);
    }

    #[test]
    fn the_full_dump_lists_components_without_filters() {
        let text = "Activity Resolver Table:\n\
                    \x20 Non-Data Actions:\n\
                    \x20     android.intent.action.MAIN:\n\
                    \x20       18d43d com.a/.Main (2 filters)\n\
                    \x20 Full MIME Types:\n\
                    \x20     text/plain:\n\
                    \x20       72c6194 com.b/.Share\n\
                    Service Resolver Table:\n\
                    \x20 Non-Data Actions:\n\
                    \x20     android.accessibilityservice.AccessibilityService:\n\
                    \x20       94e4d9 com.a/.Reader\n\
                    Packages:\n\
                    \x20 Package [com.a] (1):\n\
                    \x20   userId=10001 gids=[3003]\n\
                    \x20   pkgFlags=[ SYSTEM HAS_CODE ]\n\
                    \x20   signatures=PackageSignatures{41b8e3f8 [41c1a8b0, 51c1a8b0]}\n\
                    \x20   grantedPermissions:\n\
                    \x20     android.permission.INTERNET\n\
                    \x20   User 0: installed=true stopped=false enabled=2\n\
                    \x20 Package [com.b] (2):\n\
                    \x20   userId=10002\n";
        let (dump, odd) = parse(text);
        assert!(odd.is_empty(), "{odd:?}");
        assert_eq!(dump.launcher, None);
        let a = &dump.packages["com.a"];
        assert_eq!(a.uid, Some(10001));
        assert_eq!(a.system, Some(true));
        assert_eq!(a.enabled, Some(false));
        assert_eq!(a.signature_hashes, ["41c1a8b0", "51c1a8b0"]);
        assert!(a.granted_permissions["android.permission.INTERNET"]);
        assert_eq!(a.actions[MAIN][0].class, "com.a.Main");
        assert_eq!(
            a.actions["android.accessibilityservice.AccessibilityService"][0].class,
            "com.a.Reader"
        );
        assert!(
            a.services.is_empty(),
            "no filter line, so no permission known"
        );
        assert!(
            dump.packages["com.b"].actions.is_empty(),
            "MIME types are not actions"
        );
    }

    #[test]
    fn packages_known_only_by_their_components_are_reported() {
        let text = "Receiver Resolver Table:\n\
                    \x20 Non-Data Actions:\n\
                    \x20     android.intent.action.BOOT_COMPLETED:\n\
                    \x20       1 com.a/.Boot\n\
                    \x20       2 com.gone/.Boot\n\
                    Packages:\n\
                    \x20 Package [com.a] (1):\n";
        let (dump, odd) = parse(text);
        assert_eq!(dump.packages.keys().collect::<Vec<_>>(), ["com.a"]);
        assert_eq!(
            odd,
            ["1 package(s) in the resolver tables but not under Packages (not kept): com.gone"]
        );
        let (resolver_only, odd) = parse(text.split("Packages:").next().unwrap_or_default());
        assert_eq!(
            resolver_only.packages.len(),
            2,
            "without a Packages section all are kept"
        );
        assert!(odd.is_empty());
    }

    #[test]
    fn an_apps_newline_does_not_hide_the_packages_after_it() {
        for break_line in ["Hidden system packages:", "DUMP OF SERVICE zzz:", "zzz"] {
            let text = format!(
                "Packages:\n  Package [com.spy] (1):\n    versionName=1.0\n{break_line}\n    \
                 requested permissions:\n      android.permission.READ_SMS\n  \
                 Package [com.next] (2):\n    userId=10002\n"
            );
            let (dump, odd) = parse(&text);
            assert!(
                dump.packages.contains_key("com.next"),
                "{break_line}: {odd:?}"
            );
            assert_eq!(dump.packages["com.next"].uid, Some(10002));
            assert!(!odd.is_empty(), "{break_line}");
        }
        let (dump, odd) = parse(
            "Packages:\n  Package [com.spy\u{fffd}] (1):\n    userId=1\n  Package [com.b] (2):\n",
        );
        assert_eq!(dump.packages.keys().collect::<Vec<_>>(), ["com.b"]);
        assert_eq!(odd, ["Package [com.spy\u{fffd}] (1):"]);
    }

    #[test]
    fn hostile_text_is_kept_or_reported() {
        for text in [
            "Packages:\n  Package [",
            "Packages:\n  Package [a] (1):\n    User x: enabled=9\n    signatures=[zz",
            "Activity Resolver Table:\n      k:\n        ff com.a/.B filter\n          Action: \"",
            "Dexopt state:\n  [\n    path: x.apk\n",
            "\u{0}\u{ffff}\n\t\tPackage [a]",
        ] {
            let _ = parse(text);
        }
        let (dump, odd) = parse(
            "Packages:\n  Package [a] (1):\n    versionCode=99999999999999999999\n  \
             APEX session state:\n    whatever\n  stray\n",
        );
        assert_eq!(dump.packages["a"].version_code, None);
        assert_eq!(odd, ["stray"]);
    }
}
