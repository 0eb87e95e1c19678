//! `dumpsys device_policy`: the device administrators (stalkerware asks for device admin so it
//! cannot simply be uninstalled, and for its lock and wipe powers), the device owner and the
//! profile owners.
//!
//! The layout is AOSP's `DevicePolicyManagerService.dump` (Android 7 to 15):
//!
//! ```text
//! Current Device Policy Manager state:
//!   Device Owner:
//!     admin=ComponentInfo{com.x/com.x.Admin}
//!     name=
//!     package=com.x
//!   Profile Owner (User 10):
//!     admin=ComponentInfo{com.y/com.y.Admin}
//!   Enabled Device Admins (User 0, provisioningState: 3):
//!     com.wifi0/.receivers.DeviceAdmin:
//!       uid=10155
//!       policies:
//!         wipe-data
//!         force-lock
//!       passwordQuality=0x0
//!
//!     mPasswordOwner=-1
//! ```
//!
//! Each admin's policies are the indented lines under `policies:`; some builds print them on
//! the same line, comma-separated, which is read too.

use crate::model::{ComponentName, DevicePolicy};
use crate::text::{NotUnderstood, component, indent, key_value, push_unique};

/// Reads `dumpsys device_policy`; the second value lists the lines of the admin and owner blocks
/// that were not understood.
pub fn parse(text: &str) -> (DevicePolicy, Vec<String>) {
    let mut policy = DevicePolicy::default();
    let mut odd = NotUnderstood::default();
    let mut block = Block::None;
    // Owner blocks seen, and owners read from them: an owner printed some other way than
    // `admin=ComponentInfo{…}` must not go unnoticed.
    let (mut owner_blocks, mut owners) = (0, 0);
    // Android prints an `Enabled Device Admins` list for every user, even empty: without one
    // (a timed-out or denied dump), no admin was read.
    let mut saw_admins_list = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let depth = indent(line);
        if trimmed.starts_with("Device Owner:") {
            owner_blocks += 1;
            block = Block::Owner {
                depth,
                device: true,
            };
            continue;
        }
        if trimmed.starts_with("Profile Owner (User") {
            owner_blocks += 1;
            block = Block::Owner {
                depth,
                device: false,
            };
            continue;
        }
        if trimmed.starts_with("Enabled Device Admins") {
            saw_admins_list = true;
            block = Block::Admins(Admins {
                depth,
                entry_depth: None,
                current: None,
                policies_depth: None,
            });
            continue;
        }
        match &mut block {
            Block::None => {}
            Block::Owner { depth: header, .. } if depth <= *header => block = Block::None,
            Block::Admins(admins) if depth <= admins.depth => block = Block::None,
            Block::Owner { device, .. } => {
                if let Some(value) = trimmed.strip_prefix("admin=") {
                    match component(value) {
                        Some(owner) if *device => {
                            owners += 1;
                            policy.device_owner = Some(owner);
                        }
                        Some(owner) => {
                            owners += 1;
                            push_unique(&mut policy.profile_owners, owner);
                        }
                        None => odd.push(line),
                    }
                }
            }
            Block::Admins(admins) => admins.line(&mut policy, &mut odd, line),
        }
    }
    if text.trim().is_empty() {
        odd.push("the dump is empty");
    } else if !saw_admins_list {
        odd.push("no Enabled Device Admins list in the dump");
    }
    if owners < owner_blocks {
        odd.push(&format!(
            "{} owner block(s) without an admin=ComponentInfo{{…}} line",
            owner_blocks - owners
        ));
    }
    (policy, odd.finish())
}

enum Block {
    None,
    /// `Device Owner:` or `Profile Owner (User N):`, at this indentation.
    Owner {
        depth: usize,
        device: bool,
    },
    Admins(Admins),
}

/// An `Enabled Device Admins (User N…):` block.
struct Admins {
    depth: usize,
    /// The indentation of the admin lines (`pkg/.Receiver:`), known from the first.
    entry_depth: Option<usize>,
    current: Option<ComponentName>,
    /// Inside `policies:`, whose items are deeper than this.
    policies_depth: Option<usize>,
}

impl Admins {
    fn line(&mut self, policy: &mut DevicePolicy, odd: &mut NotUnderstood, line: &str) {
        let trimmed = line.trim();
        let depth = indent(line);
        if let Some(policies_depth) = self.policies_depth {
            if depth > policies_depth {
                self.add_policies(policy, trimmed);
                return;
            }
            self.policies_depth = None;
        }
        let entry_depth = *self.entry_depth.get_or_insert(depth);
        if depth > entry_depth {
            // Inside one admin: only its policies matter here.
            if let Some(inline) = trimmed.strip_prefix("policies:") {
                self.policies_depth = Some(depth);
                self.add_policies(policy, inline);
            }
            return;
        }
        let admin = trimmed
            .strip_suffix(':')
            .and_then(component)
            .or_else(|| trimmed.strip_prefix("admin=").and_then(component));
        match admin {
            Some(admin) => {
                push_unique(&mut policy.active_admins, admin.clone());
                self.current = Some(admin);
            }
            // After the admins, at their indentation, come the user's own fields
            // (`mPasswordOwner=-1`) and `Removing Device Admins (User 0): […]`.
            None if key_value(trimmed).is_some()
                || trimmed.starts_with("Removing Device Admins") =>
            {
                self.current = None;
            }
            None => {
                self.current = None;
                odd.push(line);
            }
        }
    }

    fn add_policies(&self, policy: &mut DevicePolicy, text: &str) {
        let Some(admin) = &self.current else {
            return;
        };
        let list = policy.admin_policies.entry(admin.clone()).or_default();
        for tag in text.split(',').map(str::trim).filter(|tag| !tag.is_empty()) {
            push_unique(list, tag.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = "Current Device Policy Manager state:
  Immutable state:
    mHasFeature=true
  Device Owner:
    admin=ComponentInfo{com.x/com.x.Admin}
    name=
    package=com.x
    User ID: 0

  Profile Owner (User 10):
    admin=ComponentInfo{com.y/.Admin}
    name=Work

  Enabled Device Admins (User 0, provisioningState: 3):
    com.wifi0/.receivers.DeviceAdmin:
      uid=10155
      testOnlyAdmin=false
      policies:
        wipe-data
        force-lock
      passwordQuality=0x0
      parentAdmin:
        uid=10155
        policies:
          force-lock
          reset-password
    com.x/com.x.Admin:
      uid=10200
      policies: wipe-data, reset-password,
                limit-password
    ???

    mPasswordOwner=-1
    Removing Device Admins (User 0): []
  Enabled Device Admins (User 10, provisioningState: 0):
    admin=ComponentInfo{com.y/com.y.Admin}

  mDeviceProvisioningConfigApplied=false
";

    #[test]
    fn reads_admins_owners_and_policies() {
        let (policy, odd) = parse(DUMP);
        assert_eq!(odd, ["???"]);
        let names: Vec<String> = policy
            .active_admins
            .iter()
            .map(|c| format!("{}/{}", c.package, c.class))
            .collect();
        assert_eq!(
            names,
            [
                "com.wifi0/com.wifi0.receivers.DeviceAdmin",
                "com.x/com.x.Admin",
                "com.y/com.y.Admin"
            ]
        );
        assert_eq!(
            policy.device_owner.as_ref().map(|c| c.class.as_str()),
            Some("com.x.Admin")
        );
        assert_eq!(policy.profile_owners.len(), 1);
        assert_eq!(policy.profile_owners[0].class, "com.y.Admin");
        let spy = &policy.admin_policies[&policy.active_admins[0]];
        assert_eq!(spy, &["wipe-data", "force-lock", "reset-password"]);
        let inline = &policy.admin_policies[&policy.active_admins[1]];
        assert_eq!(inline, &["wipe-data", "reset-password", "limit-password"]);
    }

    #[test]
    fn no_admin_no_owner() {
        let (policy, odd) = parse(
            "Current Device Policy Manager state:\n  Enabled Device Admins (User 0, provisioningState: 0):\n\n    mPasswordOwner=-1\n",
        );
        assert_eq!(policy, DevicePolicy::default());
        assert!(odd.is_empty());
        let (policy, odd) = parse(
            "  Device Owner:\n    Device Owner Package: com.x\n  Enabled Device Admins (User 0):\n",
        );
        assert_eq!(policy.device_owner, None);
        assert_eq!(
            odd,
            ["1 owner block(s) without an admin=ComponentInfo{…} line"]
        );
    }

    #[test]
    fn a_dump_without_the_admins_list_is_named() {
        assert_eq!(parse("").1, ["the dump is empty"]);
        assert_eq!(
            parse("*** SERVICE 'device_policy' DUMP TIMEOUT (10000ms) EXPIRED ***\n").1,
            ["no Enabled Device Admins list in the dump"]
        );
    }
}
