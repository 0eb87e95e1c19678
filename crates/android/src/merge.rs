//! Puts what each dump said into one [`DeviceState`]. An acquisition holds several dumps that
//! describe the same things (packages are in `packages.json`, `dumpsys package` and `pm list`):
//! lists are joined without duplicates, and for a single value the first dump read that gives
//! one is kept.

use std::collections::BTreeMap;

use crate::appops::{AppOps, Modes};
use crate::model::{
    Accessibility, DeviceFile, DevicePolicy, DeviceState, FileSeen, Launcher, Package, Process,
    SettingsNamespace,
};
use crate::text::{fill, push_unique};

pub(crate) fn properties(state: &mut DeviceState, properties: BTreeMap<String, String>) {
    for (name, value) in properties {
        state.properties.entry(name).or_insert(value);
    }
}

pub(crate) fn settings(
    state: &mut DeviceState,
    namespace: SettingsNamespace,
    settings: BTreeMap<String, String>,
) {
    let known = state.settings.entry(namespace).or_default();
    for (key, value) in settings {
        known.entry(key).or_insert(value);
    }
}

pub(crate) fn packages(state: &mut DeviceState, packages: impl IntoIterator<Item = Package>) {
    for from in packages {
        match state.packages.get_mut(&from.name) {
            Some(into) => package(into, from),
            None => {
                state.packages.insert(from.name.clone(), from);
            }
        }
    }
}

fn package(into: &mut Package, from: Package) {
    fill(&mut into.code_path, from.code_path);
    fill(&mut into.version_code, from.version_code);
    fill(&mut into.version_name, from.version_name);
    fill(&mut into.uid, from.uid);
    fill(&mut into.installer, from.installer);
    fill(&mut into.system, from.system);
    fill(&mut into.enabled, from.enabled);
    fill(&mut into.first_install_time, from.first_install_time);
    fill(&mut into.last_update_time, from.last_update_time);
    join(&mut into.paths, from.paths);
    join(&mut into.requested_permissions, from.requested_permissions);
    for (permission, granted) in from.granted_permissions {
        *into.granted_permissions.entry(permission).or_insert(false) |= granted;
    }
    join(&mut into.certificates, from.certificates);
    join(&mut into.signature_hashes, from.signature_hashes);
    for file in from.files {
        match into.files.iter_mut().find(|known| known.path == file.path) {
            Some(known) => file_seen(known, file),
            None => into.files.push(file),
        }
    }
    for (action, components) in from.actions {
        join(into.actions.entry(action).or_default(), components);
    }
    for service in from.services {
        if !into
            .services
            .iter()
            .any(|known| known.component == service.component)
        {
            into.services.push(service);
        }
    }
}

fn file_seen(into: &mut FileSeen, from: FileSeen) {
    fill(&mut into.sha256, from.sha256);
    fill(&mut into.sha1, from.sha1);
    fill(&mut into.md5, from.md5);
    fill(&mut into.local_copy, from.local_copy);
}

pub(crate) fn accessibility(state: &mut DeviceState, from: Accessibility) {
    let into = state
        .accessibility
        .get_or_insert_with(Accessibility::default);
    join(&mut into.enabled, from.enabled);
    join(&mut into.bound, from.bound);
    join(&mut into.installed, from.installed);
}

pub(crate) fn device_policy(state: &mut DeviceState, from: DevicePolicy) {
    let into = state
        .device_policy
        .get_or_insert_with(DevicePolicy::default);
    join(&mut into.active_admins, from.active_admins);
    for (admin, policies) in from.admin_policies {
        join(into.admin_policies.entry(admin).or_default(), policies);
    }
    fill(&mut into.device_owner, from.device_owner);
    join(&mut into.profile_owners, from.profile_owners);
}

pub(crate) fn app_ops(state: &mut DeviceState, from: AppOps) {
    join_modes(
        state.app_ops.get_or_insert_with(BTreeMap::new),
        from.packages,
    );
    join_modes(
        state.app_ops_uid.get_or_insert_with(BTreeMap::new),
        from.uids,
    );
}

/// Modes by package or by uid; a mode already known is kept.
fn join_modes<K: Ord>(into: &mut BTreeMap<K, Modes>, from: BTreeMap<K, Modes>) {
    for (owner, modes) in from {
        let known = into.entry(owner).or_default();
        for (op, mode) in modes {
            known.entry(op).or_insert(mode);
        }
    }
}

pub(crate) fn processes(state: &mut DeviceState, from: Vec<Process>) {
    state.processes.get_or_insert_with(Vec::new).extend(from);
}

pub(crate) fn files(state: &mut DeviceState, from: Vec<DeviceFile>) {
    state.files.get_or_insert_with(Vec::new).extend(from);
}

/// Joins `from` into a list that was not known before (`None`) or already has items.
/// Joins launcher entries: what one input covers, and another does not, stays covered.
pub(crate) fn launcher(state: &mut DeviceState, from: Launcher) {
    let Some(into) = &mut state.launcher else {
        state.launcher = Some(from);
        return;
    };
    join(&mut into.packages, from.packages);
    into.covered = match (into.covered.take(), from.covered) {
        (Some(mut covered), Some(more)) => {
            join(&mut covered, more);
            Some(covered)
        }
        _ => None,
    };
}

pub(crate) fn union<T: PartialEq>(slot: &mut Option<Vec<T>>, from: Vec<T>) {
    join(slot.get_or_insert_with(Vec::new), from);
}

fn join<T: PartialEq>(into: &mut Vec<T>, from: Vec<T>) {
    for item in from {
        push_unique(into, item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ComponentName;

    #[test]
    fn packages_are_joined_field_by_field() {
        let component = ComponentName {
            package: "com.a".into(),
            class: "com.a.B".into(),
        };
        let mut state = DeviceState::default();
        let first = Package {
            name: "com.a".into(),
            installer: Some("com.android.vending".into()),
            files: vec![FileSeen {
                path: "/a/base.apk".into(),
                sha256: Some("aa".into()),
                ..FileSeen::default()
            }],
            granted_permissions: [("p".to_owned(), false)].into(),
            ..Package::default()
        };
        let second = Package {
            name: "com.a".into(),
            installer: Some("other".into()),
            version_code: Some(3),
            files: vec![FileSeen {
                path: "/a/base.apk".into(),
                sha1: Some("bb".into()),
                ..FileSeen::default()
            }],
            granted_permissions: [("p".to_owned(), true)].into(),
            actions: [("BOOT".to_owned(), vec![component.clone()])].into(),
            ..Package::default()
        };
        packages(&mut state, [first, second.clone(), second]);
        let joined = &state.packages["com.a"];
        assert_eq!(joined.installer.as_deref(), Some("com.android.vending"));
        assert_eq!(joined.version_code, Some(3));
        assert_eq!(joined.files.len(), 1);
        assert_eq!(joined.files[0].sha256.as_deref(), Some("aa"));
        assert_eq!(joined.files[0].sha1.as_deref(), Some("bb"));
        assert!(joined.granted_permissions["p"]);
        assert_eq!(joined.actions["BOOT"], [component]);
    }
}
