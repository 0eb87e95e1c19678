//! The per-user indicator cache that `unstalk indicators update` fills and every other command
//! reads when no `--indicators` is given.
//!
//! Layout under the store root (by default the per-user data folder, `…/unstalk/indicators`):
//!
//! ```text
//! versions/<time>-<sha256 prefix>/   one complete Echap-layout folder per update, never modified
//!     ioc.yaml watchware.yaml samples.csv rules.yar unstalk-source.json
//! current                            the name of the version in use (one line)
//! ```
//!
//! An update is installed atomically: the files are written and synced into a hidden temporary
//! folder, which is renamed into `versions/`, and only then is `current` replaced by a
//! write-to-temp-and-rename. A crash or a lost connection at any point leaves the previous set in
//! use; a reader never sees a half-written set. `unstalk-source.json` records where the files
//! came from, when, and each file's SHA-256. The two most recent versions are kept.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::{Error, sha256_hex};

/// File name of the provenance record inside each version folder.
pub const SOURCE_RECORD: &str = "unstalk-source.json";

/// The Echap files an update fetches, in the order they are fetched. `rules.yar` and
/// `samples.csv` are optional in the sense that a feed without them is still usable.
pub const ECHAP_FILES: [&str; 4] = ["ioc.yaml", "watchware.yaml", "samples.csv", "rules.yar"];

/// How many installed versions to keep (the current one and its predecessor).
const VERSIONS_KEPT: usize = 2;

/// Where and when an installed set came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// The URL or folder the files were taken from.
    pub source: String,
    /// RFC 3339 time of the update.
    pub fetched_at: String,
    /// A version label for reports (`<fetched_at>`; feeds do not publish one).
    pub version: String,
    /// SHA-256 over the `sha256  name` lines of the files, as `sha256sum` prints them.
    pub sha256: String,
    pub files: Vec<crate::SourceFile>,
}

/// An indicator cache rooted at one folder.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of the set in use, if an update has been installed.
    pub fn current(&self) -> Option<PathBuf> {
        let name = std::fs::read_to_string(self.root.join("current")).ok()?;
        let name = name.trim();
        if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
            return None;
        }
        let folder = self.root.join("versions").join(name);
        folder.is_dir().then_some(folder)
    }

    /// The provenance record of the set in use.
    pub fn current_record(&self) -> Option<SourceRecord> {
        let text = std::fs::read(self.current()?.join(SOURCE_RECORD)).ok()?;
        serde_json::from_slice(&text).ok()
    }

    /// Installs `files` (name, bytes) as the new current set, atomically. `validate` is called
    /// on the complete temporary folder before it becomes current; an error there leaves the
    /// previous set in use.
    pub fn install(
        &self,
        source: &str,
        fetched_at: &str,
        files: &[(String, Vec<u8>)],
        validate: impl FnOnce(&Path) -> Result<(), Error>,
    ) -> Result<(PathBuf, SourceRecord), Error> {
        let versions = self.root.join("versions");
        create_dir(&versions)?;
        let mut listed: Vec<crate::SourceFile> = files
            .iter()
            .map(|(name, bytes)| crate::SourceFile {
                name: name.clone(),
                sha256: sha256_hex(bytes),
            })
            .collect();
        listed.sort_by(|a, b| a.name.cmp(&b.name));
        let sha256 = sha256_hex(sha256sum_lines(&listed).as_bytes());
        let record = SourceRecord {
            source: source.to_owned(),
            fetched_at: fetched_at.to_owned(),
            version: fetched_at.to_owned(),
            sha256: sha256.clone(),
            files: listed,
        };
        let stamp: String = fetched_at
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let name = format!("{stamp}-{}", sha256.get(..12).unwrap_or(&sha256));
        let temporary = versions.join(format!(".incoming-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&temporary);
        create_dir(&temporary)?;
        let result = (|| {
            for (file_name, bytes) in files {
                if file_name.contains(['/', '\\']) || file_name.starts_with('.') {
                    return Err(write_error(
                        &temporary.join(file_name),
                        "refusing a file name with a path",
                    ));
                }
                write_synced(&temporary.join(file_name), bytes)?;
            }
            let record_json = serde_json::to_vec_pretty(&record)
                .map_err(|error| write_error(&temporary.join(SOURCE_RECORD), &error.to_string()))?;
            write_synced(&temporary.join(SOURCE_RECORD), &record_json)?;
            validate(&temporary)?;
            let final_folder = versions.join(&name);
            let _ = std::fs::remove_dir_all(&final_folder);
            std::fs::rename(&temporary, &final_folder).map_err(|source| Error::Write {
                path: final_folder.clone(),
                source,
            })?;
            replace_file(&self.root.join("current"), format!("{name}\n").as_bytes())?;
            Ok(final_folder)
        })();
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&temporary);
        }
        let folder = result?;
        self.prune(&name);
        Ok((folder, record))
    }

    /// Removes versions beyond the newest [`VERSIONS_KEPT`], never the current one.
    fn prune(&self, current: &str) {
        let Ok(entries) = std::fs::read_dir(self.root.join("versions")) else {
            return;
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| !name.starts_with('.'))
            .collect();
        names.sort();
        let excess = names.len().saturating_sub(VERSIONS_KEPT);
        for name in names
            .into_iter()
            .take(excess)
            .filter(|name| name != current)
        {
            let _ = std::fs::remove_dir_all(self.root.join("versions").join(name));
        }
    }
}

/// `sha256  name` lines, as `sha256sum` prints them.
pub fn sha256sum_lines(files: &[crate::SourceFile]) -> String {
    files
        .iter()
        .map(|file| format!("{}  {}\n", file.sha256, file.name))
        .collect()
}

fn create_dir(path: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(path).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn write_error(path: &Path, message: &str) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(message.to_owned()),
    }
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    };
    write().map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// Replaces `path` by writing a sibling temporary file and renaming it over `path`.
pub fn replace_file(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let parent = path.parent().unwrap_or(Path::new("."));
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = parent.join(format!(".{file_name}.{}.tmp", std::process::id()));
    write_synced(&temporary, bytes)?;
    std::fs::rename(&temporary, path).map_err(|source| {
        let _ = std::fs::remove_file(&temporary);
        Error::Write {
            path: path.to_path_buf(),
            source,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(marker: &str) -> Vec<(String, Vec<u8>)> {
        vec![(
            "ioc.yaml".into(),
            format!("- name: {marker}\n  type: stalkerware\n").into_bytes(),
        )]
    }

    #[test]
    fn install_switches_current_and_records_provenance() {
        let root = tempfile::tempdir().expect("temporary folder");
        let store = Store::new(root.path());
        assert_eq!(store.current(), None);
        let (folder, record) = store
            .install(
                "https://example.invalid/",
                "2026-11-23T20:00:00Z",
                &files("A"),
                |_| Ok(()),
            )
            .expect("install");
        assert_eq!(store.current().as_deref(), Some(folder.as_path()));
        assert_eq!(store.current_record().as_ref(), Some(&record));
        assert_eq!(record.files.len(), 1);
        assert_eq!(record.files[0].sha256, sha256_hex(&files("A")[0].1));
    }

    #[test]
    fn failed_validation_keeps_the_previous_set() {
        let root = tempfile::tempdir().expect("temporary folder");
        let store = Store::new(root.path());
        let (first, _) = store
            .install("a", "2026-01-01T00:00:00Z", &files("A"), |_| Ok(()))
            .expect("install");
        let refused = store.install("b", "2026-01-02T00:00:00Z", &files("B"), |path| {
            Err(Error::UnknownFormat {
                path: path.to_path_buf(),
            })
        });
        assert!(refused.is_err());
        assert_eq!(store.current(), Some(first));
        let leftovers = std::fs::read_dir(root.path().join("versions"))
            .expect("versions")
            .count();
        assert_eq!(leftovers, 1, "the refused temporary folder is removed");
    }

    #[test]
    fn only_the_newest_versions_are_kept() {
        let root = tempfile::tempdir().expect("temporary folder");
        let store = Store::new(root.path());
        for (day, marker) in ["01", "02", "03"].iter().zip(["A", "B", "C"]) {
            store
                .install(
                    "s",
                    &format!("2026-01-{day}T00:00:00Z"),
                    &files(marker),
                    |_| Ok(()),
                )
                .expect("install");
        }
        let kept = std::fs::read_dir(root.path().join("versions"))
            .expect("versions")
            .count();
        assert_eq!(kept, 2);
        assert!(store.current().is_some());
    }
}
