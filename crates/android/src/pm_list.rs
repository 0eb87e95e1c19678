//! The package manager's lists:
//!
//! - `pm list packages -f -i -U --show-versioncode`: one package a line,
//!   `package:/data/app/…/base.apk=com.example versionCode:12 installer=com.android.vending uid:10123`.
//!   Which fields follow the name, and in which order, changed across Android versions (and
//!   `-i` is missing on some phones), so each field is recognised by its own prefix. The APK
//!   path can itself contain `=` (`/data/app/~~abc==/…`): the package name follows the last one.
//! - `cmd package query-activities --brief -a android.intent.action.MAIN -c
//!   android.intent.category.LAUNCHER` (or `--components`): the activities the launcher shows,
//!   one component a line, under `Activity #N:` headers (`--brief` on older phones prints
//!   `priority=…` lines instead). The full `dumpsys package` cannot tell them (see
//!   [`crate::dumpsys_package`]).

use crate::model::{ComponentName, Package};
use crate::text::{
    NotUnderstood, component, is_package_name, key_value, leading_number, push_unique,
};

/// The listed packages, in order, and the lines (or fields) that were not understood.
pub fn parse(text: &str) -> (Vec<Package>, Vec<String>) {
    let mut packages = Vec::new();
    let mut odd = NotUnderstood::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let Some(listed) = line.trim().strip_prefix("package:") else {
            odd.push(line);
            continue;
        };
        let mut fields = listed.split_whitespace();
        let first = fields.next().unwrap_or_default();
        let (path, name) = match first.rsplit_once('=') {
            Some((path, name)) if path.contains('/') => (Some(path), name),
            _ => (None, first),
        };
        if !is_package_name(name) {
            odd.push(line);
            continue;
        }
        let mut package = Package {
            name: name.to_owned(),
            paths: path.map(str::to_owned).into_iter().collect(),
            ..Package::default()
        };
        let mut understood = true;
        for field in fields {
            if let Some(code) = field.strip_prefix("versionCode:") {
                package.version_code = code.parse().ok();
                understood &= package.version_code.is_some();
            } else if let Some(installer) = field.strip_prefix("installer=") {
                package.installer = installer_name(installer);
            } else if let Some(uids) = field.strip_prefix("uid:") {
                // `uid:10123,1010123` when the package is installed for several users.
                package.uid = leading_number(uids);
                understood &= package.uid.is_some();
            } else {
                understood = false;
            }
        }
        if !understood {
            odd.push(line);
        }
        packages.push(package);
    }
    (packages, odd.finish())
}

/// Reads `cmd package query-activities` (`--brief` or `--components`): the components listed,
/// or `None` when the text is no answer to the query.
pub fn parse_query_activities(text: &str) -> (Option<Vec<ComponentName>>, Vec<String>) {
    let mut found = Vec::new();
    let mut odd = NotUnderstood::default();
    // Whether the text answers the query at all: an empty file (the command failed when the
    // acquisition was made) or an error message must not read as "no app has an icon".
    let mut answered = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed == "No activities found" || is_count_line(trimmed) {
            answered = true;
            continue;
        }
        // `Activity #0:`, and `--brief`'s `priority=0 preferredOrder=0 match=0x108000 …`
        // lines say nothing more.
        if trimmed.is_empty() || trimmed.ends_with(':') || key_value(trimmed).is_some() {
            continue;
        }
        match component(trimmed) {
            Some(activity) => {
                answered = true;
                push_unique(&mut found, activity);
            }
            None => odd.push(line),
        }
    }
    (answered.then_some(found), odd.finish())
}

/// `3 activities found:`, `1 activity found:`.
fn is_count_line(line: &str) -> bool {
    line.split_once(' ').is_some_and(|(count, rest)| {
        count.parse::<u32>().is_ok() && matches!(rest, "activities found:" | "activity found:")
    })
}

/// The installer as phones print it: `null` (and empty) when none is recorded.
pub(crate) fn installer_name(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty() && text != "null").then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_launcher_activities() {
        let text = "2 activities found:\n\
                    \x20 Activity #0:\n\
                    \x20   priority=0 preferredOrder=0 match=0x108000 specificIndex=-1 isDefault=false\n\
                    \x20   com.wifi0/.activities.WelcomeActivity\n\
                    \x20 Activity #1:\n\
                    \x20   com.android.settings/com.android.settings.Settings\n\
                    Error: what\n";
        let (found, odd) = parse_query_activities(text);
        let found = found.expect("an answer");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].class, "com.wifi0.activities.WelcomeActivity");
        assert_eq!(odd, ["Error: what"]);
        assert_eq!(
            parse_query_activities("No activities found\n"),
            (Some(Vec::new()), Vec::new())
        );
        // No answer (the command failed, or printed only an error) is not "no icon anywhere".
        assert_eq!(parse_query_activities(""), (None, Vec::new()));
        let (found, odd) = parse_query_activities("Error: Unknown command: query-activities\n");
        assert_eq!((found, odd.len()), (None, 1));
    }

    #[test]
    fn reads_every_field_in_any_order() {
        let text = "package:/data/app/~~V5j==/com.wifi0-q==/base.apk=com.wifi0 versionCode:140  installer=com.android.packageinstaller uid:10155\n\
                    package:com.android.settings uid:1000 installer=null\n\
                    package:/system/app/X/X.apk=com.x  installer=com.android.vending versionCode:7 uid:10200,1010200\n\
                    \n\
                    package:com.y shiny:1\n\
                    Error: something\n\
                    package:b@d";
        let (packages, odd) = parse(text);
        assert_eq!(packages.len(), 4);
        let spy = &packages[0];
        assert_eq!(spy.name, "com.wifi0");
        assert_eq!(spy.paths, ["/data/app/~~V5j==/com.wifi0-q==/base.apk"]);
        assert_eq!(spy.version_code, Some(140));
        assert_eq!(
            spy.installer.as_deref(),
            Some("com.android.packageinstaller")
        );
        assert_eq!(spy.uid, Some(10155));
        assert_eq!(packages[1].installer, None);
        assert!(packages[1].paths.is_empty());
        assert_eq!(packages[2].uid, Some(10200));
        assert_eq!(packages[3].name, "com.y");
        assert_eq!(
            odd,
            ["package:com.y shiny:1", "Error: something", "package:b@d"]
        );
    }
}
