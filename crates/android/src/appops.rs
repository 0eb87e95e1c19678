//! `dumpsys appops`: the app-op modes (may this app read SMS, the location, run in the
//! background…), per package and per uid.
//!
//! Only the `Uid …:` blocks are read; the settings and watcher lists before them are skipped.
//!
//! ```text
//!   Uid u0a103:
//!     state=cch
//!       COARSE_LOCATION: mode=ignore              ← a uid mode
//!     Package com.facebook.katana:
//!       READ_CONTACTS (allow):                    ← a package mode
//!           Access: [bg-tpd] 2022-03-07 18:05:34.325 (-22d4h22m19s762ms)
//!       COARSE_LOCATION (allow / switch COARSE_LOCATION=allow):
//! ```
//!
//! Android 8 and older print package modes as `OP: mode=allow; time=…`, also read.

use std::collections::BTreeMap;

use crate::text::{NotUnderstood, indent, key_value};

/// Op name → mode.
pub type Modes = BTreeMap<String, String>;

/// What `dumpsys appops` says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppOps {
    /// Package → op → mode, as each package's block lists them.
    pub packages: BTreeMap<String, Modes>,
    /// Uid → op → mode, the `OP: mode=…` lines of a `Uid` block outside its packages.
    pub uids: BTreeMap<u32, Modes>,
}

/// Reads `dumpsys appops`; the second value lists lines of the `Uid` blocks that were not
/// understood.
pub fn parse(text: &str) -> (AppOps, Vec<String>) {
    let mut ops = AppOps::default();
    let mut odd = NotUnderstood::default();
    // The current `Uid` block: its uid (None for forms not read, such as shared uids) and
    // indentation.
    let mut uid_block: Option<(Option<u32>, usize)> = None;
    // The current `Package` block: name, indentation, indentation of its op lines.
    let mut package: Option<(String, usize, Option<usize>)> = None;
    // The service's header, or a `Uid` block: without either (a timed-out or denied dump), no
    // mode was read.
    let mut anchored = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let depth = indent(line);
        anchored |= trimmed == "Current AppOps Service state:";
        if let Some(uid) = trimmed
            .strip_prefix("Uid ")
            .and_then(|rest| rest.strip_suffix(':'))
        {
            let parsed = parse_uid(uid);
            // Shared uids (`u0s1000`) are a form not read here; any other uid not understood
            // leaves its modes unread, so it is named.
            if parsed.is_none() && !is_shared_uid(uid) {
                odd.push(line);
            }
            anchored = true;
            uid_block = Some((parsed, depth));
            package = None;
            continue;
        }
        let Some((uid, uid_depth)) = uid_block else {
            continue;
        };
        if depth <= uid_depth {
            uid_block = None;
            package = None;
            continue;
        }
        if let Some(name) = trimmed
            .strip_prefix("Package ")
            .and_then(|rest| rest.strip_suffix(':'))
        {
            package = Some((name.to_owned(), depth, None));
            continue;
        }
        if let Some((name, package_depth, op_depth)) = package.as_mut() {
            if depth > *package_depth {
                let op_depth = *op_depth.get_or_insert(depth);
                if depth == op_depth {
                    match op_line(trimmed) {
                        Some((op, mode)) => {
                            ops.packages
                                .entry(name.clone())
                                .or_default()
                                .insert(op.to_owned(), mode.to_owned());
                        }
                        None => odd.push(line),
                    }
                }
                // Deeper lines are the op's accesses and rejections.
                continue;
            }
            package = None;
        }
        if let Some((op, mode)) = uid_mode(trimmed) {
            if let Some(uid) = uid {
                ops.uids
                    .entry(uid)
                    .or_default()
                    .insert(op.to_owned(), mode.to_owned());
            }
        } else if key_value(trimmed).is_none() && !trimmed.ends_with(':') {
            // `state=cch`, `capability=…` and sub-headers say nothing about modes.
            odd.push(line);
        }
    }
    if text.trim().is_empty() {
        odd.push("the dump is empty");
    } else if !anchored {
        odd.push("no AppOps Service state in the dump");
    }
    (ops, odd.finish())
}

/// `u0a103` → 10103 (`UserHandle.formatUid`: user, then `a` app or `i` isolated id), `1000` → 1000.
fn parse_uid(text: &str) -> Option<u32> {
    if let Ok(uid) = text.parse() {
        return Some(uid);
    }
    let (user, app) = text.strip_prefix('u')?.split_once(['a', 'i'])?;
    let base = if text.contains('a') { 10_000 } else { 99_000 };
    let user: u32 = user.parse().ok()?;
    let app: u32 = app.parse().ok()?;
    user.checked_mul(100_000)?
        .checked_add(base)?
        .checked_add(app)
}

/// `u0s1000`: a shared uid, `UserHandle.formatUid`'s form for shared app gids.
fn is_shared_uid(text: &str) -> bool {
    text.strip_prefix('u')
        .and_then(|rest| rest.split_once('s'))
        .is_some_and(|(user, app)| {
            !user.is_empty()
                && !app.is_empty()
                && user.chars().chain(app.chars()).all(|c| c.is_ascii_digit())
        })
}

/// `READ_CONTACTS (allow):`, `COARSE_LOCATION (allow / switch COARSE_LOCATION=allow):`,
/// `WAKE_LOCK (allow): time=…`, or Android 8's `WAKE_LOCK: mode=allow; time=…`.
fn op_line(line: &str) -> Option<(&str, &str)> {
    if let Some((op, rest)) = line.split_once(" (") {
        let mode = rest.split([' ', ')', '/']).next()?;
        return (is_op(op) && !mode.is_empty() && rest.contains(')')).then_some((op, mode));
    }
    uid_mode(line)
}

/// `COARSE_LOCATION: mode=ignore` (anything after the mode, `; time=…`, ignored).
fn uid_mode(line: &str) -> Option<(&str, &str)> {
    let (op, rest) = line.split_once(": mode=")?;
    let mode = rest.split([';', ' ']).next()?;
    (is_op(op) && !mode.is_empty()).then_some((op, mode))
}

fn is_op(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_package_and_uid_modes() {
        let text = "Current AppOps Service state:
  Settings:
    top_state_settle_time=+30s0ms
  Op mode watchers:
    Op COARSE_LOCATION:
      #0: ModeCallback{b8f1a14 watchinguid=-1 flags=0x1 from uid=1000 pid=4098}
  Uid 1000:
    state=pers
      LEGACY_STORAGE: mode=allow
    Package android:
      READ_EXTERNAL_STORAGE (allow):
  Uid u0a103:
    state=cch
    capability=LCMN
      COARSE_LOCATION: mode=ignore
    Package com.facebook.katana:
      READ_CONTACTS (allow):
          Access: [bg-tpd] 2022-03-07 18:05:34.325 (-22d4h22m19s762ms)
      WRITE_SMS (ignore):
          Reject: [fg-s]2021-05-19 22:02:52.054 (-314d1h25m2s33ms)
      COARSE_LOCATION (foreground / switch COARSE_LOCATION=foreground):
        null=[
          Access: [top-s] 2022-10-06 13:05:00.296
        ]
      WAKE_LOCK: mode=allow; time=+1h ago
      what is this
  Uid u10i5:
      CAMERA: mode=deny
  Uid u0s1000:
      CAMERA: mode=deny

  Other:
    CAMERA: mode=deny
";
        let (ops, odd) = parse(text);
        assert_eq!(odd, ["what is this"]);
        let katana = &ops.packages["com.facebook.katana"];
        assert_eq!(katana["READ_CONTACTS"], "allow");
        assert_eq!(katana["WRITE_SMS"], "ignore");
        assert_eq!(katana["COARSE_LOCATION"], "foreground");
        assert_eq!(katana["WAKE_LOCK"], "allow");
        assert_eq!(ops.packages["android"]["READ_EXTERNAL_STORAGE"], "allow");
        assert_eq!(ops.uids[&10103]["COARSE_LOCATION"], "ignore");
        assert_eq!(ops.uids[&1000]["LEGACY_STORAGE"], "allow");
        assert_eq!(ops.uids[&1_099_005]["CAMERA"], "deny");
        assert_eq!(
            ops.uids.len(),
            3,
            "shared uids and lines outside Uid blocks are not read"
        );
    }

    #[test]
    fn a_uid_not_understood_is_named() {
        let (ops, odd) = parse("  Uid u0a:\n      CAMERA: mode=allow\n");
        assert!(ops.uids.is_empty());
        assert_eq!(odd, ["Uid u0a:"]);
        assert_eq!(parse("").1, ["the dump is empty"]);
        assert_eq!(
            parse("*** SERVICE 'appops' DUMP TIMEOUT (10000ms) EXPIRED ***\n").1,
            ["no AppOps Service state in the dump"]
        );
    }

    #[test]
    fn uids() {
        assert_eq!(parse_uid("0"), Some(0));
        assert_eq!(parse_uid("u0a12"), Some(10_012));
        assert_eq!(parse_uid("u10a1"), Some(1_010_001));
        assert_eq!(parse_uid("u99999a1"), None);
        assert_eq!(parse_uid("ux"), None);
    }
}
