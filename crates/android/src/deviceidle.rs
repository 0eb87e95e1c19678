//! `dumpsys deviceidle whitelist` (`system-excidle,com.x,1000`, `system,…`, `user,com.y,10123`)
//! and the full `dumpsys deviceidle` (`Whitelist user apps:` / `Allowlist user apps:` and the
//! package names under it): the apps the user exempted from battery optimisation, which
//! stalkerware asks for so that Android never stops it. System entries are the phone's own and
//! are not kept.

use crate::text::{NotUnderstood, indent, is_package_name, push_unique};

/// The user-exempted packages; the second value lists the `kind,package,uid` lines that were not
/// understood.
pub fn parse(text: &str) -> (Vec<String>, Vec<String>) {
    let mut exempt = Vec::new();
    let mut odd = NotUnderstood::default();
    // Inside `Whitelist user apps:`, whose items are deeper than this.
    let mut user_apps: Option<usize> = None;
    // A `kind,package,uid` line, a list header or the state lines of the full dump: without
    // any (a timed-out or denied dump), nothing was read.
    let mut anchored = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let depth = indent(line);
        anchored |= ["Whitelist", "Allowlist", "mLightEnabled=", "mDeepEnabled="]
            .iter()
            .any(|start| trimmed.starts_with(start));
        if let Some(header) = user_apps {
            if depth > header {
                if is_package_name(trimmed) {
                    push_unique(&mut exempt, trimmed.to_owned());
                } else {
                    odd.push(line);
                }
                continue;
            }
            user_apps = None;
        }
        if matches!(trimmed, "Whitelist user apps:" | "Allowlist user apps:") {
            user_apps = Some(depth);
            continue;
        }
        // Only `kind,package,uid` lines whose kind is one the whitelist prints; the full dump
        // has other lines with commas.
        match trimmed.split(',').collect::<Vec<_>>().as_slice() {
            ["user", package, uid] => {
                anchored = true;
                if is_package_name(package) && uid.parse::<u32>().is_ok() {
                    push_unique(&mut exempt, (*package).to_owned());
                } else {
                    odd.push(line);
                }
            }
            [kind, package, _] if kind.starts_with("system") => {
                anchored = true;
                if !is_package_name(package) {
                    odd.push(line);
                }
            }
            _ => {}
        }
    }
    if text.trim().is_empty() {
        odd.push("the dump is empty");
    } else if !anchored {
        odd.push("no battery optimisation whitelist in the dump");
    }
    (exempt, odd.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_user_entries() {
        let text = "system-excidle,com.android.providers.downloads,10023\n\
                    system,com.google.android.gms,10012\n\
                    user,com.wifi0,10155\n\
                    user,com.wifi0,10155\n\
                    user,bad name,1\n\
                    Idle mode: on\n";
        let (exempt, odd) = parse(text);
        assert_eq!(exempt, ["com.wifi0"]);
        assert_eq!(odd, ["user,bad name,1"]);
    }

    #[test]
    fn reads_the_full_dump() {
        let text = "  Whitelist (except idle) system apps:\n    com.android.phone\n\
                    \x20 Allowlist user apps:\n    com.wifi0\n    com.other\n\
                    \x20 Whitelist (except idle) all app ids:\n    UID=1000: true\n";
        assert_eq!(parse(text).0, ["com.wifi0", "com.other"]);
        let (exempt, odd) = parse("  Whitelist user apps:\n    com.a\n    com.spy evil\n");
        assert_eq!(exempt, ["com.a"]);
        assert_eq!(odd, ["com.spy evil"]);
        assert_eq!(parse("").1, ["the dump is empty"]);
        assert_eq!(
            parse("*** SERVICE 'deviceidle' DUMP TIMEOUT (10000ms) EXPIRED ***\n").1,
            ["no battery optimisation whitelist in the dump"]
        );
    }
}
