//! Which files to scan under the paths a person gave.
//!
//! A file named on the command line is always scanned: as DEX when it starts with the DEX
//! magic, else as an APK (a damaged APK still gets a clear error). In a folder (walked
//! recursively, symbolic links to folders not followed so a loop cannot trap the walk) only
//! files ending in `.apk` or `.dex`, or starting with the DEX magic, are taken: a phone dump
//! holds many other files. Files are scanned in path order, so reports are reproducible.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use unstalk_judge::NotChecked;

/// What a file is scanned as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Apk,
    Dex,
}

/// One file to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    pub kind: TargetKind,
}

/// A path given that does not exist or cannot be listed.
#[derive(Debug, thiserror::Error)]
#[error(
    "{path}: {source} (check the path; unstalk scans APK and DEX files and folders holding them)"
)]
pub struct InputError {
    pub path: String,
    #[source]
    pub source: std::io::Error,
}

/// The files to scan under `paths`, and the parts of folders that could not be read.
///
/// # Errors
/// When a path given does not exist or cannot be read.
pub fn collect(paths: &[PathBuf]) -> Result<(Vec<Target>, Vec<NotChecked>), InputError> {
    let mut targets = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        let metadata = fs::metadata(path).map_err(|source| InputError {
            path: path.display().to_string(),
            source,
        })?;
        if metadata.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found, &mut problems);
            found.sort_by(|a, b| a.path.cmp(&b.path));
            targets.extend(found);
        } else {
            let kind = if starts_with_dex_magic(path) {
                TargetKind::Dex
            } else {
                TargetKind::Apk
            };
            targets.push(Target {
                path: path.clone(),
                kind,
            });
        }
    }
    Ok((targets, problems))
}

fn walk(folder: &Path, found: &mut Vec<Target>, problems: &mut Vec<NotChecked>) {
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                problems.push(unlisted(&dir, &error));
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    problems.push(unlisted(&dir, &error));
                    continue;
                }
            };
            let path = entry.path();
            // `file_type` does not follow links: a link to a folder is skipped, a link to a
            // file is followed by the metadata check below.
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            if file_type.is_dir() {
                pending.push(path);
            } else if path.is_file()
                && let Some(kind) = kind_in_folder(&path)
            {
                found.push(Target { path, kind });
            }
        }
    }
}

fn unlisted(dir: &Path, error: &std::io::Error) -> NotChecked {
    crate::phrases::not_read(
        "apk.read",
        crate::phrases::folder_files(&dir.display().to_string()),
        crate::phrases::folder_unlisted(&error.to_string()),
    )
}

fn kind_in_folder(path: &Path) -> Option<TargetKind> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("apk") => Some(TargetKind::Apk),
        Some("dex") => Some(TargetKind::Dex),
        _ => starts_with_dex_magic(path).then_some(TargetKind::Dex),
    }
}

/// `dex\n` followed by a three-digit version and NUL.
fn starts_with_dex_magic(path: &Path) -> bool {
    let mut magic = [0u8; 8];
    fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut magic))
        .is_ok()
        && magic.starts_with(b"dex\n")
        && magic[7] == 0
}
