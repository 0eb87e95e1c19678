//! Reads an acquisition made earlier, folder or zip, into one [`DeviceState`]:
//!
//! - **androidqf** (folder or zip): `packages.json`, `dumpsys.txt`, `getprop.txt`,
//!   `settings_*.txt`, `processes.txt` or `ps.txt`, `root_binaries.json`, `files.json`, and the
//!   APK copies in `apks/`;
//! - **MVT-style dumps** (a folder of `adb shell` outputs as MVT's `android_data` names them):
//!   `dumpsys_packages.txt`, `dumpsys_accessibility.txt`, `dumpsys_appops.txt`, `getprop.txt`,
//!   `ps.txt`…;
//! - **a bugreport** (zip or folder): the dumpstate text that `main_entry.txt` names, or
//!   `dumpstate.txt`, or `bugreport-*.txt`;
//! - **a single dump file**: a bugreport's text, a plain `dumpsys` output, or one of the files
//!   above by its name.
//!
//! The files may sit in one sub-folder (androidqf zips hold `<name>/getprop.txt`). Nothing is
//! written or extracted: files are streamed through the parsers under a memory budget
//! ([`crate::bounded`]) and a size cap per file, decided from the size before reading and
//! enforced while reading, since a zip can claim anything about itself. A file that cannot be
//! read, or is over the cap, is listed in [`DeviceState::sources`] and the others are still
//! read.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{Read, Seek};
use std::path::{Path, PathBuf};

use serde::Serialize;
use thiserror::Error;

use crate::dump::{self, DumpKind};
use crate::model::{DeviceState, SettingsNamespace};

/// What kind of acquisition was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AcquisitionKind {
    /// An androidqf acquisition, folder or zip.
    Androidqf,
    /// A folder of `adb shell` outputs named as MVT names them (`dumpsys_packages.txt`…).
    MvtDumps,
    /// An Android bugreport, zip or unzipped folder.
    Bugreport,
    /// One text file: a bugreport's dumpstate, a plain `dumpsys` output, or one file of the
    /// acquisitions above, known by its name.
    DumpFile,
}

/// Why an acquisition could not be read at all.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum AcquisitionError {
    #[error("cannot read {}: {source}; check the path and that you may read it", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{} is not a readable zip ({source}); it may be incomplete: unzip it and give the folder, \
         or make the acquisition again",
        path.display()
    )]
    Zip {
        path: PathBuf,
        #[source]
        source: zip::result::ZipError,
    },
    #[error(
        "{}: no acquisition found there; give an androidqf folder or zip (packages.json, \
         dumpsys.txt, getprop.txt…), a folder of dumps named as MVT names them \
         (dumpsys_packages.txt, dumpsys_accessibility.txt…), a bugreport zip or folder \
         (main_entry.txt, dumpstate.txt), a bugreport/dumpsys text file, or one of those files",
        path.display()
    )]
    NotRecognised { path: PathBuf },
}

/// A file of an acquisition is read up to this size. The reading streams, under the memory
/// budget of [`crate::bounded`], so the cap bounds time, not memory: a whole phone's
/// `dumpsys` is tens of MB, a bugreport's text a few hundred.
const MAX_FILE: u64 = 1 << 30;
/// Folders are listed this deep (androidqf zipped in a folder: `<name>/apks/x.apk`).
const MAX_DEPTH: usize = 3;
/// And at most this many names are listed.
const MAX_NAMES: usize = 200_000;

/// The files read, in this order (the first name present of each row): what comes first wins
/// where two files give a value (packages.json's installer over dumpsys').
const FILES: &[(&[&str], DumpKind)] = &[
    (&["getprop.txt"], DumpKind::Getprop),
    (
        &["settings_secure.txt"],
        DumpKind::Settings(SettingsNamespace::Secure),
    ),
    (
        &["settings_global.txt"],
        DumpKind::Settings(SettingsNamespace::Global),
    ),
    (
        &["settings_system.txt"],
        DumpKind::Settings(SettingsNamespace::System),
    ),
    (&["packages.json"], DumpKind::AndroidqfPackages),
    // Written by `unstalk acquire` beside androidqf's files: the raw outputs androidqf keeps none
    // of (the package list with uids and installers, and the launcher's apps).
    (&["pm_list_packages.txt"], DumpKind::PmListPackages),
    (&["launcher_activities.txt"], DumpKind::LauncherActivities),
    (&["dumpsys.txt"], DumpKind::Combined),
    (
        &["dumpsys_packages.txt", "dumpsys_package.txt"],
        DumpKind::DumpsysPackage,
    ),
    (
        &["dumpsys_accessibility.txt"],
        DumpKind::DumpsysAccessibility,
    ),
    (
        &["dumpsys_device_policy.txt"],
        DumpKind::DumpsysDevicePolicy,
    ),
    (&["dumpsys_appops.txt"], DumpKind::DumpsysAppops),
    (&["dumpsys_deviceidle.txt"], DumpKind::DumpsysDeviceidle),
    (&["processes.txt", "ps.txt"], DumpKind::Ps),
    (&["root_binaries.json"], DumpKind::AndroidqfRootBinaries),
    (&["files.json"], DumpKind::AndroidqfFiles),
];

/// Reads the acquisition at `path` (folder, zip, or dump file), whatever its kind.
pub fn read_acquisition(path: &Path) -> Result<(DeviceState, AcquisitionKind), AcquisitionError> {
    let read_error = |source| AcquisitionError::Read {
        path: path.to_owned(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(read_error)?;
    if metadata.is_dir() {
        let mut store = Folder::list(path);
        return read_store(&mut store, path, Limits::FILES);
    }
    let mut file = File::open(path).map_err(read_error)?;
    let mut magic = [0u8; 2];
    let is_zip = file.read_exact(&mut magic).is_ok() && &magic == b"PK";
    file.rewind().map_err(read_error)?;
    if is_zip {
        let mut store = Zip::open(file, path)?;
        return read_store(&mut store, path, Limits::FILES);
    }
    let location = path.display().to_string();
    let mut state = DeviceState::default();
    if metadata.len() > MAX_FILE {
        // Decided before reading: what it says would take long to go through, and whatever it
        // is, it is far larger than any real dump.
        dump::record_unread(
            &mut state,
            DumpKind::Combined,
            &location,
            too_large(MAX_FILE),
        );
        return Ok((state, AcquisitionKind::DumpFile));
    }
    // One file of an acquisition, by its name (`dumpsys_packages.txt`…), or a combined dump.
    let named = path
        .file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| {
            FILES
                .iter()
                .find(|(names, _)| names.contains(&name))
                .map(|(_, kind)| *kind)
        });
    let reader = Capped::new(file, MAX_FILE);
    match named {
        Some(kind) => dump::read_stream(&mut state, kind, reader, &location, &|_| None),
        None if dump::read_combined(&mut state, reader, &location) => {}
        None => {
            return Err(AcquisitionError::NotRecognised {
                path: path.to_owned(),
            });
        }
    }
    Ok((state, AcquisitionKind::DumpFile))
}

/// Fuzzing entry point: `bytes` read as an acquisition zip, under small caps. Must never panic.
pub fn fuzz_read_zip(bytes: &[u8]) {
    let path = Path::new("fuzz.zip");
    if let Ok(mut store) = Zip::open(std::io::Cursor::new(bytes), path) {
        let limits = Limits { file: 1 << 20 };
        if let Ok((state, _)) = read_store(&mut store, path, limits) {
            let _ = serde_json::to_string(&state);
        }
    }
}

#[derive(Clone, Copy)]
struct Limits {
    /// Bytes read from one file at most.
    file: u64,
}

impl Limits {
    const FILES: Limits = Limits { file: MAX_FILE };
}

/// Where the files are: a folder or a zip.
trait Store {
    /// Every file, as `/`-separated paths relative to the folder or zip.
    fn names(&self) -> &[String];
    /// The file `name` to read, and its size as the folder or zip gives it (a zip may lie:
    /// the reader is capped too).
    fn open(&mut self, name: &str) -> Result<(Box<dyn Read + '_>, u64), String>;
    /// Where `name` is, for [`SourceRead::location`](crate::SourceRead).
    fn location(&self, name: &str) -> String;
}

fn read_store(
    store: &mut dyn Store,
    path: &Path,
    limits: Limits,
) -> Result<(DeviceState, AcquisitionKind), AcquisitionError> {
    let Some((root, kind)) = find_root(store.names()) else {
        return Err(AcquisitionError::NotRecognised {
            path: path.to_owned(),
        });
    };
    let in_root: BTreeSet<String> = store
        .names()
        .iter()
        .filter_map(|name| name.strip_prefix(root.as_str()))
        .map(str::to_owned)
        .collect();
    let apks: BTreeSet<String> = in_root
        .iter()
        .filter_map(|name| name.strip_prefix("apks/"))
        .map(str::to_owned)
        .collect();
    let mut wanted: Vec<(String, DumpKind)> = Vec::new();
    if kind == AcquisitionKind::Bugreport {
        if let Some(name) = dumpstate_name(store, &root, &in_root) {
            wanted.push((name, DumpKind::Combined));
        }
    } else {
        for (names, dump_kind) in FILES {
            if let Some(name) = names.iter().find(|name| in_root.contains(**name)) {
                wanted.push(((*name).to_owned(), *dump_kind));
            }
        }
    }
    let mut state = DeviceState::default();
    let local_copy = |candidates: &[String]| {
        candidates
            .iter()
            .find(|candidate| apks.contains(*candidate))
            .map(|found| format!("apks/{found}"))
    };
    for (name, dump_kind) in wanted {
        let full = format!("{root}{name}");
        let location = store.location(&full);
        match store.open(&full) {
            Ok((_, size)) if size > limits.file => {
                dump::record_unread(&mut state, dump_kind, &location, too_large(limits.file));
            }
            Ok((reader, _)) => {
                let reader = Capped::new(reader, limits.file);
                dump::read_stream(&mut state, dump_kind, reader, &location, &local_copy);
            }
            Err(error) => dump::record_unread(&mut state, dump_kind, &location, error),
        }
    }
    Ok((state, kind))
}

/// Why a file over `limit` bytes was not read.
fn too_large(limit: u64) -> String {
    format!(
        "it is larger than {} MiB, more than any real dump; unstalk does not read files that \
         large in an acquisition",
        limit >> 20
    )
}

/// A reader that fails, in plain words, once more than `limit` bytes came out of it: a zip
/// entry may inflate to far more than it says.
struct Capped<R> {
    reader: R,
    left: u64,
    limit: u64,
}

impl<R: Read> Capped<R> {
    fn new(reader: R, limit: u64) -> Self {
        Capped {
            reader,
            left: limit,
            limit,
        }
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte more tells a file of exactly `limit` bytes from a larger one.
            let read = self.reader.read(&mut [0u8; 1])?;
            return match read {
                0 => Ok(0),
                _ => Err(std::io::Error::other(too_large(self.limit))),
            };
        }
        let wanted = buf
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        let read = self.reader.read(&mut buf[..wanted])?;
        self.left -= read as u64;
        Ok(read)
    }
}

/// The folder (`""` or `"name/"`) holding the acquisition's files, the shallowest one, and
/// the kind of acquisition its files say.
fn find_root(names: &[String]) -> Option<(String, AcquisitionKind)> {
    let known = |file: &str| {
        FILES.iter().any(|(names, _)| names.contains(&file)) || is_bugreport_marker(file)
    };
    let root = names
        .iter()
        .filter_map(|name| {
            let (folder, file) = name.rsplit_once('/').unwrap_or(("", name));
            known(file).then_some(folder)
        })
        .min_by_key(|folder| {
            (
                folder.matches('/').count() + usize::from(!folder.is_empty()),
                *folder,
            )
        })?;
    let root = if root.is_empty() {
        String::new()
    } else {
        format!("{root}/")
    };
    let files: Vec<&str> = names
        .iter()
        .filter_map(|name| name.strip_prefix(root.as_str()))
        .filter(|name| !name.contains('/'))
        .collect();
    let kind = if files
        .iter()
        .any(|file| *file == "packages.json" || *file == "dumpsys.txt")
    {
        AcquisitionKind::Androidqf
    } else if files.iter().any(|file| is_bugreport_marker(file)) {
        AcquisitionKind::Bugreport
    } else if files.iter().any(|file| file.starts_with("dumpsys_")) {
        AcquisitionKind::MvtDumps
    } else {
        // getprop.txt, settings_*.txt, ps.txt alone: androidqf writes these names too.
        AcquisitionKind::Androidqf
    };
    Some((root, kind))
}

fn is_bugreport_marker(file: &str) -> bool {
    file == "main_entry.txt"
        || file == "dumpstate.txt"
        || (file.starts_with("bugreport") && file.ends_with(".txt"))
}

/// The bugreport's main text: what `main_entry.txt` names, else `dumpstate.txt`, else the first
/// `bugreport*.txt`.
fn dumpstate_name(store: &mut dyn Store, root: &str, in_root: &BTreeSet<String>) -> Option<String> {
    if in_root.contains("main_entry.txt")
        && let Ok((reader, _)) = store.open(&format!("{root}main_entry.txt"))
        && let Ok(bytes) = read_capped(reader, 4096)
    {
        let named = String::from_utf8_lossy(&bytes).trim().to_owned();
        if in_root.contains(&named) {
            return Some(named);
        }
    }
    if in_root.contains("dumpstate.txt") {
        return Some("dumpstate.txt".to_owned());
    }
    in_root
        .iter()
        .find(|name| name.starts_with("bugreport") && name.ends_with(".txt"))
        .cloned()
}

fn read_capped(reader: impl Read, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// An unzipped acquisition.
struct Folder {
    root: PathBuf,
    names: Vec<String>,
}

impl Folder {
    fn list(root: &Path) -> Self {
        let mut names = Vec::new();
        let mut pending = vec![(root.to_path_buf(), String::new(), 0)];
        while let Some((folder, prefix, depth)) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                if names.len() >= MAX_NAMES {
                    break;
                }
                let Ok(name) = entry.file_name().into_string() else {
                    continue;
                };
                let relative = format!("{prefix}{name}");
                match entry.file_type() {
                    // Links to folders are not followed: an acquisition does not need them.
                    Ok(kind) if kind.is_dir() => {
                        if depth + 1 < MAX_DEPTH {
                            pending.push((entry.path(), format!("{relative}/"), depth + 1));
                        }
                    }
                    Ok(_) => names.push(relative),
                    Err(_) => {}
                }
            }
        }
        names.sort();
        Folder {
            root: root.to_path_buf(),
            names,
        }
    }
}

impl Store for Folder {
    fn names(&self) -> &[String] {
        &self.names
    }

    /// Only regular files are read. A link is never followed (`packages.json ->
    /// /etc/shadow` would put another file's lines into a report that gets shared), and a
    /// FIFO or device is never opened (opening a FIFO waits forever; `/dev/zero` never ends).
    /// The type is checked before opening and again on the opened file, which must be the
    /// one that was checked.
    fn open(&mut self, name: &str) -> Result<(Box<dyn Read + '_>, u64), String> {
        let path = self.root.join(name);
        let checked = std::fs::symlink_metadata(&path).map_err(|error| error.to_string())?;
        regular_file(&checked)?;
        let file = File::open(&path).map_err(|error| error.to_string())?;
        let opened = file.metadata().map_err(|error| error.to_string())?;
        regular_file(&opened)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if (opened.dev(), opened.ino()) != (checked.dev(), checked.ino()) {
                return Err("it changed while it was being read; read it again".to_owned());
            }
        }
        Ok((Box::new(file), opened.len()))
    }

    fn location(&self, name: &str) -> String {
        self.root.join(name).display().to_string()
    }
}

/// Refuses anything but a regular file (`metadata` from `symlink_metadata`, so a link is seen
/// as a link), in words a person understands.
///
/// # Errors
/// Why the file is not read.
pub fn regular_file(metadata: &std::fs::Metadata) -> Result<(), String> {
    let kind = metadata.file_type();
    if kind.is_file() {
        Ok(())
    } else if kind.is_symlink() {
        Err("it is a link to another file, and links are never followed".to_owned())
    } else {
        Err(
            "it is not a regular file (a pipe, a device or a socket), so it was not opened"
                .to_owned(),
        )
    }
}

/// A zipped acquisition.
struct Zip<R> {
    archive: zip::ZipArchive<R>,
    path: PathBuf,
    names: Vec<String>,
}

impl<R: Read + Seek> Zip<R> {
    fn open(reader: R, path: &Path) -> Result<Self, AcquisitionError> {
        let archive = zip::ZipArchive::new(reader).map_err(|source| AcquisitionError::Zip {
            path: path.to_owned(),
            source,
        })?;
        let mut names: Vec<String> = archive
            .file_names()
            .filter_map(Result::ok)
            .filter(|name| !name.ends_with('/'))
            .take(MAX_NAMES)
            .map(|name| name.trim_start_matches('/').to_owned())
            .collect();
        names.sort();
        Ok(Zip {
            archive,
            path: path.to_owned(),
            names,
        })
    }
}

impl<R: Read + Seek> Store for Zip<R> {
    fn names(&self) -> &[String] {
        &self.names
    }

    fn open(&mut self, name: &str) -> Result<(Box<dyn Read + '_>, u64), String> {
        let index = self
            .archive
            .index_for_name(name)
            .or_else(|| self.archive.index_for_name(&format!("/{name}")))
            .ok_or("not in the zip")?;
        let entry = self
            .archive
            .by_index(index)
            .map_err(|error| error.to_string())?;
        let size = entry.size();
        Ok((Box::new(entry), size))
    }

    fn location(&self, name: &str) -> String {
        format!("{}/{name}", self.path.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|name| (*name).to_owned()).collect()
    }

    #[test]
    fn finds_the_root_and_the_kind() {
        let found = |list: &[&str]| find_root(&names(list));
        assert_eq!(
            found(&["acq/getprop.txt", "acq/packages.json", "acq/apks/x.apk"]),
            Some(("acq/".into(), AcquisitionKind::Androidqf))
        );
        assert_eq!(
            found(&[
                "getprop.txt",
                "dumpsys_packages.txt",
                "bugreport/dumpstate.txt"
            ]),
            Some(("".into(), AcquisitionKind::MvtDumps))
        );
        assert_eq!(
            found(&["main_entry.txt", "bugreport-x.txt", "FS/data/getprop.txt"]),
            Some(("".into(), AcquisitionKind::Bugreport))
        );
        assert_eq!(
            found(&["a/b/getprop.txt"]),
            Some(("a/b/".into(), AcquisitionKind::Androidqf))
        );
        assert_eq!(found(&["readme.md"]), None);
    }

    fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, bytes) in files {
            out.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            out.write_all(bytes).expect("write");
        }
        out.finish().expect("zip").into_inner()
    }

    #[test]
    fn reads_a_bugreport_zip_and_caps_entries() {
        let dumpstate = b"== dumpstate\n------ SYSTEM PROPERTIES (getprop) ------\n[ro.x]: [1]\n\
                          DUMP OF SERVICE package:\nPackages:\n  Package [com.wifi0] (1):\n    userId=10155\n";
        let bytes = zip_of(&[
            ("main_entry.txt", b"bugreport-a.txt\n"),
            ("bugreport-a.txt", dumpstate),
            ("FS/data/x", b"x"),
        ]);
        let mut store =
            Zip::open(std::io::Cursor::new(bytes.clone()), Path::new("b.zip")).expect("zip");
        let (state, kind) =
            read_store(&mut store, Path::new("b.zip"), Limits::FILES).expect("read");
        assert_eq!(kind, AcquisitionKind::Bugreport);
        assert_eq!(state.properties["ro.x"], "1");
        assert_eq!(state.packages["com.wifi0"].uid, Some(10155));
        assert_eq!(
            state.sources[0].location,
            "b.zip/bugreport-a.txt: ------ SYSTEM PROPERTIES (getprop) ------"
        );

        let mut store = Zip::open(std::io::Cursor::new(bytes), Path::new("b.zip")).expect("zip");
        let small = Limits { file: 16 };
        let (state, _) = read_store(&mut store, Path::new("b.zip"), small).expect("read");
        assert!(state.packages.is_empty());
        assert_eq!(state.sources.len(), 1);
        let unread = state.sources[0].unread.as_deref().unwrap_or_default();
        assert!(unread.starts_with("it is larger than"), "{unread}");
    }

    #[test]
    fn local_copies_are_found_in_apks() {
        let packages = br#"[{"name":"com.x","files":[{"path":"/data/app/com.x-1==/base.apk"}]},
                            {"name":"com.y","files":[{"path":"/data/app/com.y-1==/base.apk","local_name":"/tmp/acq/apks/y.apk"}]}]"#;
        let bytes = zip_of(&[
            ("q/packages.json", packages),
            ("q/apks/com.x_base.apk", b"PK"),
            ("q/apks/y.apk", b"PK"),
        ]);
        let mut store = Zip::open(std::io::Cursor::new(bytes), Path::new("q.zip")).expect("zip");
        let (state, kind) =
            read_store(&mut store, Path::new("q.zip"), Limits::FILES).expect("read");
        assert_eq!(kind, AcquisitionKind::Androidqf);
        assert_eq!(
            state.packages["com.x"].files[0].local_copy.as_deref(),
            Some("apks/com.x_base.apk")
        );
        assert_eq!(
            state.packages["com.y"].files[0].local_copy.as_deref(),
            Some("apks/y.apk")
        );
    }

    #[test]
    fn errors_name_the_path() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("missing");
        let error = read_acquisition(&missing).expect_err("missing");
        assert!(error.to_string().contains("missing"), "{error}");
        let other = tempfile::tempdir().expect("tempdir");
        let single = other.path().join("dumpsys_accessibility.txt");
        std::fs::write(&single, "Enabled services:{{a.b/.C}}\n").expect("write");
        let (state, kind) = read_acquisition(&single).expect("one dump, by its name");
        assert_eq!(kind, AcquisitionKind::DumpFile);
        assert_eq!(state.accessibility.map(|a| a.enabled.len()), Some(1));
        std::fs::write(dir.path().join("notes.txt"), "hello").expect("write");
        let error = read_acquisition(&dir.path().join("notes.txt")).expect_err("not a dump");
        assert!(
            matches!(error, AcquisitionError::NotRecognised { .. }),
            "{error}"
        );
        std::fs::write(dir.path().join("bad.zip"), "PK\u{3}\u{4}garbage").expect("write");
        let error = read_acquisition(&dir.path().join("bad.zip")).expect_err("bad zip");
        assert!(matches!(error, AcquisitionError::Zip { .. }), "{error}");
        let error = read_acquisition(dir.path()).expect_err("nothing known");
        assert!(
            matches!(error, AcquisitionError::NotRecognised { .. }),
            "{error}"
        );
    }
}
