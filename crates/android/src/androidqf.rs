//! androidqf's JSON files: `packages.json` (each package with its APK files, their hashes and
//! signing certificate, installer, uid, system and disabled flags), `root_binaries.json` (what
//! `which -a su`, `magisk`… printed) and `files.json` (files on the phone, with hashes).
//!
//! Items are read one by one, from a stream ([`crate::bounded`]): an item of an unexpected
//! shape, or one that is not JSON, is reported and skipped, the others are kept. Empty strings, which androidqf writes for what it did not get, are read as
//! absent.

use std::io::Read;

use serde::Deserialize;
use serde_json::Value;

use crate::bounded::json_items;

use crate::model::{CertificateSeen, DeviceFile, FileSeen, Package};
use crate::pm_list::installer_name;
use crate::text::{NotUnderstood, is_package_name, push_unique};

/// Finds the copy of an APK in the acquisition: called with the file names the copy may have
/// in `apks/`, best first; returns where it is, or `None`.
pub(crate) type LocalCopy<'a> = &'a dyn Fn(&[String]) -> Option<String>;

/// What a JSON file of androidqf says, the items that were not understood, and why part of
/// the file was not read (`None` when all of it was): see [`crate::bounded::json_items`].
pub type JsonRead<T> = (T, Vec<String>, Option<String>);

/// Reads `packages.json`, item by item.
pub fn parse_packages(reader: impl Read) -> JsonRead<Vec<Package>> {
    parse_packages_with(reader, &|_| None)
}

pub(crate) fn parse_packages_with(
    reader: impl Read,
    local_copy: LocalCopy,
) -> JsonRead<Vec<Package>> {
    let mut odd = NotUnderstood::default();
    let mut packages = Vec::new();
    let unread = json_items(reader, &mut odd, |item, odd| {
        match package(&item, local_copy) {
            Some(package) => packages.push(package),
            None => odd.push(&item.to_string()),
        }
    });
    (packages, odd.finish(), unread)
}

fn package(item: &Value, local_copy: LocalCopy) -> Option<Package> {
    let name = item
        .get("name")?
        .as_str()
        .filter(|name| is_package_name(name))?;
    let flag = |key: &str| item.get(key).and_then(Value::as_bool);
    let mut package = Package {
        name: name.to_owned(),
        uid: item
            .get("uid")
            .and_then(Value::as_u64)
            .and_then(|uid| u32::try_from(uid).ok()),
        installer: item
            .get("installer")
            .and_then(Value::as_str)
            .and_then(installer_name),
        system: flag("system"),
        enabled: flag("disabled").map(|disabled| !disabled),
        ..Package::default()
    };
    let files: Vec<&Value> = item
        .get("files")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|file| string(file, "path").is_some())
        .collect();
    let paths: Vec<String> = files
        .iter()
        .filter_map(|file| string(file, "path"))
        .collect();
    let path_refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let copies = local_copy_names(name, &path_refs);
    for ((file, path), androidqf_name) in files.iter().zip(&paths).zip(copies) {
        // `local_name`, when androidqf fills it, is a path on the machine that made the copy.
        let mut candidates: Vec<String> = string(file, "local_name")
            .and_then(|local| local.rsplit(['/', '\\']).next().map(str::to_owned))
            .into_iter()
            .collect();
        candidates.push(androidqf_name);
        push_unique(&mut package.paths, path.clone());
        package.files.push(FileSeen {
            path: path.clone(),
            sha256: string(file, "sha256"),
            sha1: string(file, "sha1"),
            md5: string(file, "md5"),
            local_copy: local_copy(&candidates),
        });
        if let Some(certificate) = file.get("certificate") {
            let seen = CertificateSeen {
                sha1: string(certificate, "Sha1"),
                sha256: string(certificate, "Sha256"),
                subject: string(certificate, "Subject"),
                issuer: string(certificate, "Issuer"),
            };
            if seen != CertificateSeen::default() {
                push_unique(&mut package.certificates, seen);
            }
        }
    }
    Some(package)
}

/// A non-empty string field.
fn string(item: &Value, key: &str) -> Option<String> {
    item.get(key)
        .and_then(Value::as_str)
        .filter(|text| !text.is_empty())
        .map(str::to_owned)
}

/// Reads `root_binaries.json`: the paths `which -a` found (one item may hold several lines).
pub fn parse_root_binaries(reader: impl Read) -> JsonRead<Vec<String>> {
    let mut odd = NotUnderstood::default();
    let mut found = Vec::new();
    let unread = json_items(reader, &mut odd, |item, odd| match item.as_str() {
        Some(output) => {
            for path in output
                .lines()
                .map(str::trim)
                .filter(|path| !path.is_empty())
            {
                push_unique(&mut found, path.to_owned());
            }
        }
        None => odd.push(&item.to_string()),
    });
    (found, odd.finish(), unread)
}

/// One item of `files.json`: an object, or a bare path in early androidqf versions.
#[derive(Deserialize)]
#[serde(untagged)]
enum FileItem {
    Path(String),
    Entry(FileEntry),
    Other(Value),
}

#[derive(Deserialize)]
struct FileEntry {
    path: String,
    size: Option<u64>,
    mode: Option<String>,
    modified_time: Option<i64>,
    sha256: Option<String>,
    sha1: Option<String>,
    md5: Option<String>,
}

/// Reads `files.json`.
pub fn parse_files(reader: impl Read) -> JsonRead<Vec<DeviceFile>> {
    let mut odd = NotUnderstood::default();
    let mut files = Vec::new();
    let unread = json_items(reader, &mut odd, |item, odd| {
        let item = FileItem::deserialize(&item).unwrap_or(FileItem::Other(item));
        match item {
            FileItem::Path(path) => files.push(DeviceFile {
                path,
                ..DeviceFile::default()
            }),
            FileItem::Entry(entry) => {
                let present = |text: Option<String>| text.filter(|text| !text.is_empty());
                files.push(DeviceFile {
                    path: entry.path,
                    size: entry.size,
                    mode: present(entry.mode),
                    modified: entry.modified_time,
                    sha256: present(entry.sha256),
                    sha1: present(entry.sha1),
                    md5: present(entry.md5),
                });
            }
            FileItem::Other(value) => odd.push(&value.to_string()),
        }
    });
    (files, odd.finish(), unread)
}

/// The names androidqf gives the copies of a package's APKs in `apks/`, in the order of the
/// package's files: `<package>[_<part>].apk`, where `<part>` is the path component after the
/// first `==/` (the install folder's random name ends with `==`), with `_1`, `_2`… added when
/// the name is taken (androidqf's `getPathToLocalCopy`).
pub(crate) fn local_copy_names(package: &str, paths: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for path in paths {
        let part = path
            .split("==/")
            .nth(1)
            .map(|part| format!("_{}", part.replacen(".apk", "", 1)))
            .unwrap_or_default();
        let stem = format!("{package}{part}");
        let mut name = format!("{stem}.apk");
        let mut counter = 0;
        while names.contains(&name) {
            counter += 1;
            name = format!("{stem}_{counter}.apk");
        }
        names.push(name);
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_packages() {
        let text = r#"[{"name":"com.whatsapp","files":[{"path":"/data/app/~~/com.whatsapp-~~/base.apk","local_name":"","md5":"5870","sha1":"","sha256":"744e","certificate":{"Md5":"55","Sha1":"38a0","Sha256":"3987","Subject":"CN=Brian Acton","Issuer":"CN=Brian Acton"}}],"installer":"null","uid":10271,"disabled":false,"system":false,"third_party":true},
            {"name":"com.b","files":[{"path":"/x/base.apk","certificate":{"Sha1":""}}],"installer":"org.fdroid.fdroid","disabled":true},
            {"nom":"x"}, 7]"#;
        let (packages, odd, unread) = parse_packages(text.as_bytes());
        assert_eq!(unread, None);
        assert_eq!(odd.len(), 2);
        let whatsapp = &packages[0];
        assert_eq!(whatsapp.installer, None);
        assert_eq!(whatsapp.uid, Some(10271));
        assert_eq!(whatsapp.enabled, Some(true));
        assert_eq!(whatsapp.system, Some(false));
        assert_eq!(whatsapp.paths, ["/data/app/~~/com.whatsapp-~~/base.apk"]);
        assert_eq!(whatsapp.files[0].sha256.as_deref(), Some("744e"));
        assert_eq!(whatsapp.files[0].sha1, None);
        assert_eq!(whatsapp.certificates[0].sha1.as_deref(), Some("38a0"));
        assert_eq!(
            whatsapp.certificates[0].subject.as_deref(),
            Some("CN=Brian Acton")
        );
        assert_eq!(packages[1].installer.as_deref(), Some("org.fdroid.fdroid"));
        assert_eq!(packages[1].enabled, Some(false));
        assert!(packages[1].certificates.is_empty());
        assert_eq!(parse_packages(&b"{"[..]).1.len(), 1);
        assert_eq!(parse_packages(&b"null"[..]), (Vec::new(), Vec::new(), None));
    }

    #[test]
    fn reads_root_binaries_and_files() {
        let (found, odd, _) = parse_root_binaries(
            &br#"["/system/bin/su\n/system/xbin/su", "/system/bin/su", 3]"#[..],
        );
        assert_eq!(found, ["/system/bin/su", "/system/xbin/su"]);
        assert_eq!(odd, ["3"]);
        let (files, odd, _) = parse_files(
            &br#"[{"path":"/sdcard/a","size":36,"mode":"-rw-rw----","modified_time":1593109532,"sha256":"","md5":"ab"},
                "/data/local/tmp/x", {"size":"big"}]"#[..],
        );
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].size, Some(36));
        assert_eq!(files[0].sha256, None);
        assert_eq!(files[0].md5.as_deref(), Some("ab"));
        assert_eq!(files[1].path, "/data/local/tmp/x");
        assert_eq!(odd, [r#"{"size":"big"}"#]);
    }

    #[test]
    fn names_local_copies_as_androidqf_does() {
        assert_eq!(
            local_copy_names(
                "com.x",
                &[
                    "/data/app/~~abc==/com.x-def==/base.apk",
                    "/data/app/~~abc==/com.x-def==/split_config.arm64_v8a.apk",
                ]
            ),
            ["com.x_com.x-def.apk", "com.x_com.x-def_1.apk"]
        );
        assert_eq!(
            local_copy_names(
                "com.y",
                &["/data/app/com.y-1==/base.apk", "/system/app/Y/Y.apk"]
            ),
            ["com.y_base.apk", "com.y.apk"]
        );
    }
}
