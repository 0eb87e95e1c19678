//! Reading a phone into an acquisition folder: the first step of every phone check, live or
//! not.
//!
//! [`acquire`] runs the survey of allow-listed commands once each ([`DeviceCommand::survey`]:
//! the number of commands does not grow with the number of apps), writes their output in
//! androidqf's layout (so MVT's `check-androidqf` and unstalk's own reader take it), copies the
//! APK files of the apps chosen by [`PullApks`], and ends with `unstalk-acquisition.json`: who
//! read which phone when, each command with its duration and size, and the SHA-256 of every
//! file, for the chain of custody. The folder and its files are created owner-only: they hold
//! the survivor's app list and more.
//!
//! | file | from |
//! |---|---|
//! | `getprop.txt` | `getprop` |
//! | `settings_secure.txt`, `settings_global.txt`, `settings_system.txt` | `settings list …` |
//! | `dumpsys.txt` | `dumpsys package`, `accessibility`, `device_policy`, `appops`, `deviceidle whitelist`, as `DUMP OF SERVICE name:` sections |
//! | `ps.txt` | `ps` |
//! | `packages.json` | `pm list packages -f -i -U --show-versioncode`, with hashes of the pulled APKs |
//! | `root_binaries.json` | `ls -ld` of the usual root-tool paths: those that exist |
//! | `pm_list_packages.txt`, `launcher_activities.txt` | the raw outputs androidqf has no file for |
//! | `apks/<package>.apk` | the pulled APK files |
//!
//! A command that fails is recorded with its error and the acquisition goes on: a partial
//! acquisition that says what is missing is worth more than none.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

pub mod seal;

use serde::Serialize;
use sha2::{Digest, Sha256};
use unstalk_adb::{ApkPath, Device, DeviceCommand, SettingsNamespace};
use unstalk_android::Package;
use unstalk_apk::hashes::Hasher;

/// The manifest's file name.
pub const MANIFEST: &str = "unstalk-acquisition.json";

/// Which apps' APK files to copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PullApks {
    /// None.
    None,
    /// User apps not installed from an app store, and user apps the phone shows with an
    /// enabled accessibility service, notification access or device-admin rights.
    Suspicious,
    /// Every user app.
    All,
}

/// Why an acquisition could not be made at all.
#[derive(Debug, thiserror::Error)]
pub enum AcquireError {
    #[error(
        "`{recipient}` is not an age recipient ({why}); give an X25519 public key, `age1…` (make one with `age-keygen`)"
    )]
    Recipient { recipient: String, why: String },
    #[error("cannot read the age identity file {path}: {why}; give the file `age-keygen` wrote")]
    Identity { path: String, why: String },
    #[error("cannot open the sealed acquisition {path}: {why}")]
    Unseal { path: String, why: String },
    #[error("{path} exists and is not an empty folder: give a new folder for the acquisition")]
    NotEmpty { path: String },
    #[error("cannot write the acquisition to {path}: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// `unstalk-acquisition.json`.
#[derive(Debug, Clone, Serialize)]
pub struct AcquisitionManifest {
    pub tool: String,
    pub tool_version: String,
    /// RFC 3339, UTC.
    pub started: String,
    pub finished: String,
    pub device: DeviceIdentity,
    pub commands: Vec<CommandRun>,
    /// Every file of the acquisition but this manifest, in name order.
    pub files: Vec<FileRecord>,
}

/// The phone, as adb and `getprop` name it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DeviceIdentity {
    pub serial: String,
    pub model: Option<String>,
    pub manufacturer: Option<String>,
    pub android_version: Option<String>,
    pub security_patch: Option<String>,
    pub build_fingerprint: Option<String>,
}

/// One command sent to the phone.
#[derive(Debug, Clone, Serialize)]
pub struct CommandRun {
    pub command: String,
    pub file: Option<String>,
    pub bytes: u64,
    pub milliseconds: u64,
    pub error: Option<String>,
}

/// One file written.
#[derive(Debug, Clone, Serialize)]
pub struct FileRecord {
    pub name: String,
    pub size: u64,
    pub sha256: String,
}

/// The dumpsys services written to `dumpsys.txt`, with the command that reads each.
const DUMPSYS: [(&str, DeviceCommand); 5] = [
    ("package", DeviceCommand::DumpsysPackage),
    ("accessibility", DeviceCommand::DumpsysAccessibility),
    ("device_policy", DeviceCommand::DumpsysDevicePolicy),
    ("appops", DeviceCommand::DumpsysAppops),
    ("deviceidle", DeviceCommand::DumpsysDeviceIdleWhitelist),
];

/// Reads `device` into `folder` (created; it must not exist or be empty). `progress` is told
/// what is being read.
///
/// # Errors
/// When the folder cannot be created or written. Commands that fail on the phone are recorded
/// in the manifest, not errors.
pub fn acquire(
    device: &Device,
    folder: &Path,
    pull: PullApks,
    progress: &dyn Fn(&str),
) -> Result<AcquisitionManifest, AcquireError> {
    let mut writer = Writer::create(folder)?;
    let started = now();
    progress("reading the phone's state");
    let survey = DeviceCommand::survey();
    let outputs = device.run_all(&survey);
    let output = |wanted: &DeviceCommand| -> &[u8] {
        survey
            .iter()
            .zip(&outputs)
            .find(|(command, _)| *command == wanted)
            .and_then(|(_, output)| output.as_ref().ok())
            .map_or(&[], Vec::as_slice)
    };
    let text = |wanted: &DeviceCommand| String::from_utf8_lossy(output(wanted)).into_owned();
    let mut files_of: Vec<(DeviceCommand, &str)> = Vec::new();

    writer.write("getprop.txt", output(&DeviceCommand::Getprop))?;
    files_of.push((DeviceCommand::Getprop, "getprop.txt"));
    for (namespace, name) in [
        (SettingsNamespace::Secure, "settings_secure.txt"),
        (SettingsNamespace::Global, "settings_global.txt"),
        (SettingsNamespace::System, "settings_system.txt"),
    ] {
        let command = DeviceCommand::SettingsList(namespace);
        writer.write(name, output(&command))?;
        files_of.push((command, name));
    }
    let mut dumpsys = Vec::new();
    for (service, command) in &DUMPSYS {
        dumpsys.extend_from_slice(format!("DUMP OF SERVICE {service}:\n").as_bytes());
        dumpsys.extend_from_slice(output(command));
        dumpsys.extend_from_slice(b"\n");
        files_of.push((command.clone(), "dumpsys.txt"));
    }
    writer.write("dumpsys.txt", &dumpsys)?;
    writer.write("ps.txt", output(&DeviceCommand::Processes))?;
    files_of.push((DeviceCommand::Processes, "ps.txt"));
    writer.write("pm_list_packages.txt", output(&DeviceCommand::ListPackages))?;
    files_of.push((DeviceCommand::ListPackages, "pm_list_packages.txt"));
    writer.write(
        "launcher_activities.txt",
        output(&DeviceCommand::LauncherActivities),
    )?;
    files_of.push((DeviceCommand::LauncherActivities, "launcher_activities.txt"));
    let root = existing_root_paths(&text(&DeviceCommand::RootPaths));
    writer.write_json("root_binaries.json", &root)?;
    files_of.push((DeviceCommand::RootPaths, "root_binaries.json"));

    let (packages, _) = unstalk_android::pm_list::parse(&text(&DeviceCommand::ListPackages));
    let chosen = choose_pulls(&packages, pull, &text);
    let mut pulled: Vec<(String, PulledFile)> = Vec::new();
    if !chosen.is_empty() {
        writer.create_dir("apks")?;
    }
    for (index, package) in chosen.iter().enumerate() {
        progress(&format!(
            "copying app {} of {}: {}",
            index + 1,
            chosen.len(),
            package.name
        ));
        if let Some(file) = writer.pull(device, package)? {
            pulled.push((package.name.clone(), file));
        }
    }
    writer.write_json("packages.json", &androidqf_packages(&packages, &pulled))?;

    let mut commands: Vec<CommandRun> = device
        .log()
        .into_iter()
        .map(|record| CommandRun {
            file: files_of
                .iter()
                .find(|(command, _)| *command == record.command)
                .map(|(_, file)| (*file).to_owned())
                .or_else(|| match &record.command {
                    DeviceCommand::ReadApk(path) => pulled
                        .iter()
                        .find(|(_, file)| file.device_path == path.as_str())
                        .map(|(_, file)| file.local_name.clone()),
                    _ => None,
                }),
            command: record.command.shell_line(),
            bytes: record.bytes,
            milliseconds: u64::try_from(record.duration.as_millis()).unwrap_or(u64::MAX),
            error: record.error,
        })
        .collect();
    commands.sort_by(|a, b| a.command.cmp(&b.command));
    let properties = unstalk_android::getprop::parse(&text(&DeviceCommand::Getprop)).0;
    let property = |key: &str| properties.get(key).cloned();
    let manifest = AcquisitionManifest {
        tool: "unstalk".to_owned(),
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        started,
        finished: now(),
        device: DeviceIdentity {
            serial: device.serial().to_owned(),
            model: property("ro.product.model").or_else(|| device.model().map(str::to_owned)),
            manufacturer: property("ro.product.manufacturer"),
            android_version: property("ro.build.version.release"),
            security_patch: property("ro.build.version.security_patch"),
            build_fingerprint: property("ro.build.fingerprint"),
        },
        commands,
        files: writer.records(),
    };
    writer.write_json(MANIFEST, &manifest)?;
    Ok(manifest)
}

/// An APK copied from the phone.
struct PulledFile {
    device_path: String,
    local_name: String,
    size: u64,
    sha256: String,
    sha1: String,
    md5: String,
}

/// The apps whose APK files `pull` asks for, among user apps.
fn choose_pulls<'p>(
    packages: &'p [Package],
    pull: PullApks,
    text: &dyn Fn(&DeviceCommand) -> String,
) -> Vec<&'p Package> {
    let user_apps = packages.iter().filter(|p| {
        p.paths
            .first()
            .is_some_and(|path| path.starts_with("/data/app/"))
    });
    match pull {
        PullApks::None => Vec::new(),
        PullApks::All => user_apps.collect(),
        PullApks::Suspicious => {
            let mut named: Vec<String> = Vec::new();
            let accessibility =
                unstalk_android::accessibility::parse(&text(&DeviceCommand::DumpsysAccessibility))
                    .0;
            named.extend(accessibility.enabled.into_iter().map(|c| c.package));
            let policy =
                unstalk_android::device_policy::parse(&text(&DeviceCommand::DumpsysDevicePolicy)).0;
            named.extend(policy.active_admins.into_iter().map(|c| c.package));
            let secure = unstalk_android::settings::parse(&text(&DeviceCommand::SettingsList(
                SettingsNamespace::Secure,
            )))
            .0;
            if let Some(value) = secure.get("enabled_notification_listeners") {
                let (listeners, _) = unstalk_android::settings::notification_listeners(value);
                named.extend(listeners.into_iter().map(|c| c.package));
            }
            user_apps
                .filter(|p| {
                    named.contains(&p.name)
                        || !matches!(
                            p.installer.as_deref(),
                            Some("com.android.vending" | "com.google.android.feedback")
                        )
                })
                .collect()
        }
    }
}

/// The paths `ls -ld` listed (a permissions column first), not its complaints about the others.
fn existing_root_paths(listing: &str) -> Vec<String> {
    listing
        .lines()
        .filter(|line| {
            line.chars()
                .next()
                .is_some_and(|c| matches!(c, '-' | 'l' | 'd'))
        })
        .filter_map(|line| {
            let path = line
                .split_whitespace()
                .find(|field| field.starts_with('/'))?;
            Some(path.to_owned())
        })
        .collect()
}

/// `packages.json` in androidqf's shape (the fields MVT reads).
fn androidqf_packages(packages: &[Package], pulled: &[(String, PulledFile)]) -> serde_json::Value {
    let list: Vec<serde_json::Value> = packages
        .iter()
        .map(|package| {
            let system = !package
                .paths
                .first()
                .is_some_and(|path| path.starts_with("/data/app/"));
            let files: Vec<serde_json::Value> = package
                .paths
                .iter()
                .map(|path| {
                    let copy = pulled
                        .iter()
                        .find(|(name, file)| name == &package.name && &file.device_path == path)
                        .map(|(_, file)| file);
                    serde_json::json!({
                        "path": path,
                        "local_name": copy.map(|f| f.local_name.clone()).unwrap_or_default(),
                        "sha256": copy.map(|f| f.sha256.clone()).unwrap_or_default(),
                        "sha1": copy.map(|f| f.sha1.clone()).unwrap_or_default(),
                        "md5": copy.map(|f| f.md5.clone()).unwrap_or_default(),
                        "size": copy.map(|f| f.size),
                        "error": "",
                    })
                })
                .collect();
            serde_json::json!({
                "name": package.name,
                "files": files,
                "installer": package.installer.clone().unwrap_or_else(|| "null".to_owned()),
                "uid": package.uid,
                "disabled": false,
                "system": system,
                "third_party": !system,
                "version_code": package.version_code,
            })
        })
        .collect();
    serde_json::Value::Array(list)
}

/// Writes the acquisition's files, owner-only, and records each one's size and SHA-256 from
/// the bytes as they are written (no second read).
struct Writer {
    folder: PathBuf,
    written: Vec<FileRecord>,
}

impl Writer {
    fn create(folder: &Path) -> Result<Writer, AcquireError> {
        let shown = folder.display().to_string();
        if folder.exists() {
            let empty = fs::read_dir(folder)
                .map(|mut entries| entries.next().is_none())
                .unwrap_or(false);
            if !empty {
                return Err(AcquireError::NotEmpty { path: shown });
            }
        }
        let writer = Writer {
            folder: folder.to_path_buf(),
            written: Vec::new(),
        };
        writer.create_dir("")?;
        Ok(writer)
    }

    fn error(&self, name: &str, source: std::io::Error) -> AcquireError {
        AcquireError::Write {
            path: self.folder.join(name).display().to_string(),
            source,
        }
    }

    fn create_dir(&self, name: &str) -> Result<(), AcquireError> {
        let path = self.folder.join(name);
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(&path).map_err(|e| self.error(name, e))
    }

    fn open(&self, name: &str) -> Result<fs::File, AcquireError> {
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        options
            .open(self.folder.join(name))
            .map_err(|e| self.error(name, e))
    }

    fn write(&mut self, name: &str, bytes: &[u8]) -> Result<(), AcquireError> {
        let mut file = self.open(name)?;
        file.write_all(bytes)
            .and_then(|()| file.sync_all())
            .map_err(|e| self.error(name, e))?;
        self.written.push(FileRecord {
            name: name.to_owned(),
            size: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(bytes)),
        });
        Ok(())
    }

    fn write_json(&mut self, name: &str, value: &impl Serialize) -> Result<(), AcquireError> {
        let mut bytes = serde_json::to_vec_pretty(value)
            .map_err(|e| self.error(name, std::io::Error::other(e)))?;
        bytes.push(b'\n');
        self.write(name, &bytes)
    }

    /// Copies the base APK of `package`; `None` when the phone would not give it (recorded in
    /// the command log).
    fn pull(
        &mut self,
        device: &Device,
        package: &Package,
    ) -> Result<Option<PulledFile>, AcquireError> {
        let Some(path) = package.paths.first() else {
            return Ok(None);
        };
        let Ok(apk_path) = ApkPath::new(path) else {
            return Ok(None);
        };
        let local_name = format!("apks/{}.apk", package.name);
        let mut file = self.open(&local_name)?;
        let mut hashing = HashingWriter::new(&mut file);
        let result = device.stream(&DeviceCommand::ReadApk(apk_path), &mut hashing);
        let (size, sha256, sha1, md5) = hashing.finish();
        match result {
            Ok(_) if size > 0 => {
                self.written.push(FileRecord {
                    name: local_name.clone(),
                    size,
                    sha256: sha256.clone(),
                });
                Ok(Some(PulledFile {
                    device_path: path.clone(),
                    local_name,
                    size,
                    sha256,
                    sha1,
                    md5,
                }))
            }
            Ok(_) | Err(_) => {
                drop(file);
                fs::remove_file(self.folder.join(&local_name))
                    .map_err(|e| self.error(&local_name, e))?;
                Ok(None)
            }
        }
    }

    /// Every file written so far, in name order.
    fn records(&self) -> Vec<FileRecord> {
        let mut records = self.written.clone();
        records.sort_by(|a, b| a.name.cmp(&b.name));
        records
    }
}

/// Hashes what passes through on its way to the file.
struct HashingWriter<'w> {
    inner: &'w mut fs::File,
    size: u64,
    hasher: Hasher,
}

impl<'w> HashingWriter<'w> {
    fn new(inner: &'w mut fs::File) -> Self {
        HashingWriter {
            inner,
            size: 0,
            hasher: Hasher::default(),
        }
    }

    /// Size, SHA-256, SHA-1 and MD5 in hex.
    fn finish(self) -> (u64, String, String, String) {
        let hashes = self.hasher.finish();
        (
            self.size,
            hashes.sha256_hex(),
            hashes.sha1_hex(),
            hashes.md5_hex(),
        )
    }
}

impl Write for HashingWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let written = self.inner.write(bytes)?;
        let done = bytes.get(..written).unwrap_or_default();
        self.hasher.update(done);
        self.size += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}
