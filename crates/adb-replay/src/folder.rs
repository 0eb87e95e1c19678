//! The replay folder: which recorded output answers which command line.
//!
//! A command line (what follows `shell:` or `exec:`) is answered from, in this order:
//!
//! 1. `replay.json` in the folder, if there is one:
//!    ```json
//!    {
//!      "device": { "product": "beyond1lteeea", "model": "SM-G973F", "device": "beyond1lte" },
//!      "commands": {
//!        "dumpsys package": "../mvt-artifacts/android_data/dumpsys_packages.txt",
//!        "pm path com.example": { "text": "package:/data/app/com.example-1/base.apk\n" }
//!      }
//!    }
//!    ```
//!    A file name is relative to the folder (or absolute), so the corpus's dumps are used
//!    where they are; `{"text": …}` answers inline. `device` (all optional) is what the phone
//!    says about itself when the adb server connects, shown by `adb devices -l`.
//! 2. A file named after the command line: each run of characters other than
//!    `A-Z a-z 0-9 . _ -` becomes one `_`, then `.txt` — `getprop.txt`, `dumpsys_package.txt`,
//!    `settings_list_secure.txt`. MVT's `android_data/` names (`getprop.txt`,
//!    `dumpsys_appops.txt`, `dumpsys_accessibility.txt`) already follow it.
//! 3. Otherwise the command does not exist on this phone: the answer is what Android's shell
//!    prints for an unknown command, `/system/bin/sh: NAME: inaccessible or not found`.
//!
//! With `extra_packages = N`, N made-up apps (`com.unstalk.synthetic.app0001`…) are added to
//! the answers of `pm list packages …` and `dumpsys package`, and `pm path` knows them: the
//! benchmark grows a recorded phone to 40 or 400 apps this way.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{Answer, ReplayError};

/// The name of the optional mapping file.
pub const REPLAY_FILE: &str = "replay.json";
/// The prefix of made-up package names.
const SYNTHETIC_PREFIX: &str = "com.unstalk.synthetic.app";

/// What the phone says about itself in its connection banner.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Identity {
    /// `ro.product.name`.
    pub product: String,
    /// `ro.product.model`.
    pub model: String,
    /// `ro.product.device`.
    pub device: String,
}

impl Default for Identity {
    fn default() -> Self {
        Self {
            product: "unstalk_replay".to_owned(),
            model: "Replay_Phone".to_owned(),
            device: "replay".to_owned(),
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct ReplayFile {
    device: Identity,
    commands: BTreeMap<String, SourceSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum SourceSpec {
    File(PathBuf),
    Text { text: String },
}

/// Where an answer's bytes come from.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    File(PathBuf),
    Bytes(Vec<u8>),
}

impl Body {
    /// A reader over the answer; a file that cannot be read answers with the reason.
    pub(crate) fn open(self) -> Box<dyn Read + Send> {
        match self {
            Self::File(path) => match File::open(&path) {
                Ok(file) => Box::new(file),
                Err(error) => Box::new(io::Cursor::new(unreadable(&path, &error))),
            },
            Self::Bytes(bytes) => Box::new(io::Cursor::new(bytes)),
        }
    }

    fn read_all(&self) -> Vec<u8> {
        match self {
            Self::File(path) => {
                std::fs::read(path).unwrap_or_else(|error| unreadable(path, &error))
            }
            Self::Bytes(bytes) => bytes.clone(),
        }
    }
}

fn unreadable(path: &Path, error: &io::Error) -> Vec<u8> {
    format!(
        "unstalk-adb-replay: cannot read {}: {error}\n",
        path.display()
    )
    .into_bytes()
}

/// A loaded replay folder.
#[derive(Debug)]
pub(crate) struct Replay {
    folder: PathBuf,
    pub(crate) identity: Identity,
    commands: BTreeMap<String, Body>,
    extra_packages: usize,
}

impl Replay {
    /// Reads `replay.json` (if any) and checks that every file it names exists.
    pub(crate) fn load(folder: &Path, extra_packages: usize) -> Result<Self, ReplayError> {
        if !folder.is_dir() {
            return Err(ReplayError::NotAFolder {
                path: folder.to_owned(),
            });
        }
        let path = folder.join(REPLAY_FILE);
        let file: ReplayFile = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map_err(|source| ReplayError::BadReplayFile { path, source })?,
            Err(error) if error.kind() == io::ErrorKind::NotFound => ReplayFile::default(),
            Err(source) => return Err(ReplayError::Read { path, source }),
        };
        let mut commands = BTreeMap::new();
        for (line, spec) in file.commands {
            let body = match spec {
                SourceSpec::Text { text } => Body::Bytes(text.into_bytes()),
                SourceSpec::File(file) => {
                    let path = folder.join(file);
                    if !path.is_file() {
                        return Err(ReplayError::MissingFile {
                            command: line,
                            path,
                        });
                    }
                    Body::File(path)
                }
            };
            commands.insert(line, body);
        }
        Ok(Self {
            folder: folder.to_owned(),
            identity: file.device,
            commands,
            extra_packages,
        })
    }

    /// The answer to `line`.
    pub(crate) fn respond(&self, line: &str) -> (Body, Answer) {
        let recorded = self.recorded(line);
        if let Some(bytes) = self.synthesise(line, recorded.as_ref()) {
            return (Body::Bytes(bytes), Answer::Synthesised);
        }
        match recorded {
            Some(body) => (body, Answer::Replayed),
            None => (Body::Bytes(not_found(line)), Answer::NotFound),
        }
    }

    fn recorded(&self, line: &str) -> Option<Body> {
        if let Some(body) = self.commands.get(line) {
            return Some(body.clone());
        }
        let path = self.folder.join(file_name_for(line)?);
        path.is_file().then_some(Body::File(path))
    }

    /// The answer with the made-up packages added, for the commands that list packages.
    fn synthesise(&self, line: &str, recorded: Option<&Body>) -> Option<Vec<u8>> {
        if self.extra_packages == 0 {
            return None;
        }
        let recorded = || recorded.map(Body::read_all).unwrap_or_default();
        let names = (1..=self.extra_packages).map(synthetic_name);
        if line.starts_with("pm list packages") {
            let mut output = recorded();
            for (index, name) in names.enumerate() {
                output.extend_from_slice(
                    format!(
                        "package:{}={name} versionCode:1  installer=com.android.vending uid:{}\n",
                        apk_path(&name),
                        10_000 + index
                    )
                    .as_bytes(),
                );
            }
            Some(output)
        } else if line == "dumpsys package" {
            let blocks: String = names
                .enumerate()
                .map(|(index, name)| package_block(&name, 10_000 + index))
                .collect();
            Some(insert_packages(recorded(), blocks.as_bytes()))
        } else {
            let name = line.strip_prefix("pm path ")?;
            let number: usize = name.strip_prefix(SYNTHETIC_PREFIX)?.parse().ok()?;
            let known =
                (1..=self.extra_packages).contains(&number) && synthetic_name(number) == name;
            known.then(|| format!("package:{}\n", apk_path(name)).into_bytes())
        }
    }
}

/// The conventional file name for a command line, or `None` when it would be unreasonably
/// long. It never contains `/`, so it stays inside the folder.
pub(crate) fn file_name_for(line: &str) -> Option<String> {
    let mut name = String::new();
    for c in line.chars() {
        if c.is_ascii_alphanumeric() || "._-".contains(c) {
            name.push(c);
        } else if !name.ends_with('_') {
            name.push('_');
        }
    }
    let name = name.trim_matches('_');
    (!name.is_empty() && name.len() <= 200).then(|| format!("{name}.txt"))
}

/// What Android's shell (mksh) prints for a command that does not exist.
fn not_found(line: &str) -> Vec<u8> {
    let name = line.split_whitespace().next().unwrap_or(line);
    format!("/system/bin/sh: {name}: inaccessible or not found\n").into_bytes()
}

fn synthetic_name(number: usize) -> String {
    format!("{SYNTHETIC_PREFIX}{number:04}")
}

fn apk_path(name: &str) -> String {
    format!("/data/app/{name}-1/base.apk")
}

/// A package's section of `dumpsys package`, in the shape Android 10–14 print it.
fn package_block(name: &str, uid: usize) -> String {
    format!(
        "  Package [{name}] ({uid:x}):\n    userId={uid}\n    pkg=Package{{{uid:x} {name}}}\n    \
         codePath=/data/app/{name}-1\n    resourcePath=/data/app/{name}-1\n    \
         versionCode=1 minSdk=21 targetSdk=30\n    versionName=1.0\n    \
         flags=[ HAS_CODE ALLOW_CLEAR_USER_DATA ALLOW_BACKUP ]\n    \
         timeStamp=2024-01-01 00:00:00\n    firstInstallTime=2024-01-01 00:00:00\n    \
         lastUpdateTime=2024-01-01 00:00:00\n    installerPackageName=com.android.vending\n    \
         requested permissions:\n      android.permission.INTERNET\n    \
         install permissions:\n      android.permission.INTERNET: granted=true\n"
    )
}

/// `dump` with `blocks` right after its `Packages:` line (or in a new section at the end).
fn insert_packages(mut dump: Vec<u8>, blocks: &[u8]) -> Vec<u8> {
    const HEADER: &[u8] = b"Packages:\n";
    let at = if dump.starts_with(HEADER) {
        Some(HEADER.len())
    } else {
        dump.windows(HEADER.len() + 1)
            .position(|window| window.first() == Some(&b'\n') && window.ends_with(HEADER))
            .map(|position| position + 1 + HEADER.len())
    };
    match at {
        Some(at) => {
            let tail = dump.split_off(at);
            dump.extend_from_slice(blocks);
            dump.extend_from_slice(&tail);
        }
        None => {
            if !dump.is_empty() && !dump.ends_with(b"\n") {
                dump.push(b'\n');
            }
            dump.extend_from_slice(HEADER);
            dump.extend_from_slice(blocks);
        }
    }
    dump
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_files_after_command_lines() {
        assert_eq!(file_name_for("getprop").as_deref(), Some("getprop.txt"));
        assert_eq!(
            file_name_for("dumpsys package").as_deref(),
            Some("dumpsys_package.txt")
        );
        assert_eq!(
            file_name_for("ps -A -o USER,PID 2>/dev/null || ps").as_deref(),
            Some("ps_-A_-o_USER_PID_2_dev_null_ps.txt")
        );
        assert_eq!(
            file_name_for("../../etc/passwd").as_deref(),
            Some(".._.._etc_passwd.txt")
        );
        assert_eq!(file_name_for("   "), None);
        assert_eq!(file_name_for(&"a".repeat(201)), None);
    }

    #[test]
    fn unknown_commands_answer_like_the_shell() {
        assert_eq!(
            not_found("reboot now"),
            b"/system/bin/sh: reboot: inaccessible or not found\n"
        );
    }

    #[test]
    fn inserts_packages_after_the_packages_header() {
        let dump = b"Activity Resolver Table:\n\nPackages:\n  Package [a] (1):\n".to_vec();
        let merged = insert_packages(dump, b"  Package [x] (2):\n");
        assert_eq!(
            String::from_utf8_lossy(&merged),
            "Activity Resolver Table:\n\nPackages:\n  Package [x] (2):\n  Package [a] (1):\n"
        );
        assert_eq!(
            insert_packages(b"Packages:\n".to_vec(), b"B\n"),
            b"Packages:\nB\n"
        );
        assert_eq!(insert_packages(b"x".to_vec(), b"B\n"), b"x\nPackages:\nB\n");
    }

    #[test]
    fn synthesises_packages_on_request() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let replay = Replay::load(folder.path(), 3).expect("loads");
        let (body, answer) = replay.respond("pm list packages -f -i -U --show-versioncode");
        assert_eq!(answer, Answer::Synthesised);
        let text = String::from_utf8(body.read_all()).expect("text");
        assert_eq!(text.lines().count(), 3);
        assert!(text.starts_with(
            "package:/data/app/com.unstalk.synthetic.app0001-1/base.apk=com.unstalk.synthetic.app0001 \
             versionCode:1  installer=com.android.vending uid:10000\n"
        ));
        let (body, _) = replay.respond("pm path com.unstalk.synthetic.app0003");
        assert_eq!(
            body.read_all(),
            b"package:/data/app/com.unstalk.synthetic.app0003-1/base.apk\n"
        );
        for line in [
            "pm path com.unstalk.synthetic.app0004",
            "pm path com.unstalk.synthetic.app3",
        ] {
            assert_eq!(replay.respond(line).1, Answer::NotFound, "{line}");
        }
        let (body, _) = replay.respond("dumpsys package");
        let dump = String::from_utf8(body.read_all()).expect("text");
        assert_eq!(
            dump.matches("  Package [com.unstalk.synthetic.app").count(),
            3
        );
    }

    #[test]
    fn answers_from_replay_json_then_file_names() {
        let folder = tempfile::tempdir().expect("temporary folder");
        let write = |name: &str, text: &str| {
            std::fs::write(folder.path().join(name), text).expect("written");
        };
        write("getprop.txt", "[ro.product.model]: [Pixel]\n");
        write("packages.txt", "Packages:\n");
        write(
            REPLAY_FILE,
            r#"{"commands": {"dumpsys package": "packages.txt", "echo": {"text": "hi\n"}},
                "device": {"model": "SM-G973F"}}"#,
        );
        let replay = Replay::load(folder.path(), 0).expect("loads");
        assert_eq!(replay.identity.model, "SM-G973F");
        assert_eq!(replay.identity.product, "unstalk_replay");
        let answer = |line: &str| {
            let (body, answer) = replay.respond(line);
            (String::from_utf8(body.read_all()).expect("text"), answer)
        };
        assert_eq!(answer("getprop").0, "[ro.product.model]: [Pixel]\n");
        assert_eq!(
            answer("dumpsys package"),
            ("Packages:\n".to_owned(), Answer::Replayed)
        );
        assert_eq!(answer("echo"), ("hi\n".to_owned(), Answer::Replayed));
        assert_eq!(answer("dumpsys package").1, Answer::Replayed);
        assert_eq!(answer("pm path x").1, Answer::NotFound);
    }

    #[test]
    fn refuses_a_replay_file_naming_a_missing_file() {
        let folder = tempfile::tempdir().expect("temporary folder");
        std::fs::write(
            folder.path().join(REPLAY_FILE),
            r#"{"commands": {"getprop": "nope.txt"}}"#,
        )
        .expect("written");
        let error = Replay::load(folder.path(), 0).expect_err("refused");
        assert!(error.to_string().contains("nope.txt"), "{error}");
        std::fs::write(folder.path().join(REPLAY_FILE), r#"{"comands": {}}"#).expect("written");
        let error = Replay::load(folder.path(), 0).expect_err("refused");
        assert!(
            matches!(error, ReplayError::BadReplayFile { .. }),
            "{error}"
        );
    }
}
