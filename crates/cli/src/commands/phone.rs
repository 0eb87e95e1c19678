//! `unstalk scan --device`, `unstalk scan ACQUISITION` and `unstalk acquire --device`: a phone,
//! live or as read earlier.
//!
//! A live scan is an acquisition into a private temporary folder, read back and scanned, then
//! deleted: one path for live and offline checks, so both see the same data the same way.

use std::path::Path;

use anyhow::Context;
use unstalk_acquire::{AcquisitionManifest, PullApks, acquire, seal};
use unstalk_adb::AdbServer;
use unstalk_android::acquisition::{AcquisitionKind, read_acquisition};
use unstalk_judge::{EvidenceSource, InputKind, Phrase, ScanReport, Subject};
use unstalk_scan::Scanner;
use unstalk_scan::android::PhoneSource;

use crate::args::{AcquireArgs, DeviceArgs, GlobalArgs};
use crate::sources::{self, MatcherLoad};

/// Said before reading a phone, so the person knows what will happen to it.
pub const READ_ONLY_PHONE: &str = "unstalk reads the phone without changing it: it installs, removes and changes nothing, and shows nothing on the phone. USB debugging must stay on until it is done.";

fn pull_mode(args: &DeviceArgs) -> PullApks {
    match args.pull_apks.as_str() {
        "all" => PullApks::All,
        "none" => PullApks::None,
        _ => PullApks::Suspicious,
    }
}

/// Reads the phone into `folder`; an adb server started for it is stopped afterwards, whether
/// the reading worked or not.
fn read_phone(args: &DeviceArgs, folder: &Path) -> anyhow::Result<AcquisitionManifest> {
    let server = AdbServer::from_env()?;
    let read = read_through(&server, args, folder);
    if let Err(error) = server.stop_if_started() {
        eprintln!(
            "note: the adb server unstalk started could not be stopped ({}); `adb kill-server` stops it",
            crate::shown(&error)
        );
    }
    read
}

fn read_through(
    server: &AdbServer,
    args: &DeviceArgs,
    folder: &Path,
) -> anyhow::Result<AcquisitionManifest> {
    let device = server.device(args.serial.as_deref())?;
    eprintln!("{READ_ONLY_PHONE}");
    eprintln!(
        "Reading {} ({})…",
        crate::shown(device.model().unwrap_or("the phone")),
        crate::shown(device.serial())
    );
    let manifest = acquire(&device, folder, pull_mode(args), &|step| {
        eprintln!("  {}", crate::shown(step));
    })?;
    Ok(manifest)
}

/// A private temporary folder (owner-only) for a phone's data.
fn private_folder() -> anyhow::Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix("unstalk-phone-")
        .tempdir()
        .context("creating a private temporary folder for the phone's data")
}

/// `unstalk acquire --device -o DIR` (or `-o FILE --encrypt-to age1…`).
pub fn acquire_command(args: &AcquireArgs) -> anyhow::Result<()> {
    let output = match &args.output {
        Some(output) => output.clone(),
        None => {
            let now = time::OffsetDateTime::now_utc();
            let stamp = format!(
                "acquisition-{:04}{:02}{:02}-{:02}{:02}{:02}",
                now.year(),
                u8::from(now.month()),
                now.day(),
                now.hour(),
                now.minute(),
                now.second()
            );
            let name = if args.encrypt_to.is_empty() {
                stamp
            } else {
                format!("{stamp}.tar.age")
            };
            std::path::PathBuf::from(name)
        }
    };
    if !args.encrypt_to.is_empty() {
        let private = private_folder()?;
        let folder = private.path().join("acquisition");
        let manifest = read_phone(&args.phone, &folder)?;
        let sealed = seal::seal(&folder, &args.encrypt_to, &output)?;
        println!(
            "Sealed the acquisition of {} ({}) for {} recipient(s) in {}: {} files, SHA-256 of the sealed file {}.\nOpen it with `unstalk scan {} --identity KEY`.",
            crate::shown(manifest.device.model.as_deref().unwrap_or("the phone")),
            crate::shown(&manifest.device.serial),
            args.encrypt_to.len(),
            output.display(),
            manifest.files.len(),
            sealed.sha256,
            output.display(),
        );
        return Ok(());
    }
    let manifest = read_phone(&args.phone, &output)?;
    let failed = manifest
        .commands
        .iter()
        .filter(|c| c.error.is_some())
        .count();
    println!(
        "Saved the acquisition of {} ({}) in {}: {} files, {} commands ({} failed), {} → {}.\nThe SHA-256 of every file is in {}. Check it with `unstalk scan {}`.",
        crate::shown(manifest.device.model.as_deref().unwrap_or("the phone")),
        crate::shown(&manifest.device.serial),
        output.display(),
        manifest.files.len(),
        manifest.commands.len(),
        failed,
        manifest.started,
        manifest.finished,
        unstalk_acquire::MANIFEST,
        output.display(),
    );
    Ok(())
}

/// The report for the phone connected over USB.
pub fn scan_device(
    global: &GlobalArgs,
    args: &DeviceArgs,
    created: &str,
) -> anyhow::Result<ScanReport> {
    let load = sources::matcher(global)?;
    let private = private_folder()?;
    let folder = private.path().join("acquisition");
    let manifest = read_phone(args, &folder)?;
    let (state, _) = read_acquisition(&folder)?;
    let source = PhoneSource {
        location: format!("adb:{}", manifest.device.serial),
        kind: InputKind::AdbDevice,
        sha256: None,
        serial: Some(manifest.device.serial.clone()),
        model: manifest.device.model.clone(),
        reference_day: manifest.started.get(..10).map(str::to_owned),
        apk_folder: Some(folder.clone()),
    };
    let mut report = Scanner::new(load.matcher).scan_phone(&state, &source, created);
    report.allow_lists = load.allow_lists;
    Ok(report)
}

/// The report for an acquisition read earlier, or `None` when `path` is not one.
pub fn scan_acquisition(
    path: &Path,
    identity: Option<&Path>,
    created: &str,
    load: impl FnOnce() -> anyhow::Result<MatcherLoad>,
) -> anyhow::Result<Option<ScanReport>> {
    if seal::is_sealed(path) {
        let Some(identity) = identity else {
            anyhow::bail!(
                "{} is a sealed acquisition: give the age identity that opens it with --identity KEY",
                path.display()
            );
        };
        let private = private_folder()?;
        seal::unseal(path, identity, private.path())?;
        let mut report = scan_acquisition(private.path(), None, created, load)?
            .with_context(|| format!("{} holds no acquisition", path.display()))?;
        name_inside_sealed(&mut report, private.path(), path);
        if let Some(input) = report.inputs.first_mut() {
            input.sha256 = Some(seal::record(path)?.sha256);
        }
        return Ok(Some(report));
    }
    let (state, kind) = match read_acquisition(path) {
        Ok(read) => read,
        Err(unstalk_android::acquisition::AcquisitionError::NotRecognised { .. }) => {
            return Ok(None);
        }
        Err(error) => return Err(error.into()),
    };
    let load = load()?;
    let manifest: Option<serde_json::Value> = std::fs::read(path.join(unstalk_acquire::MANIFEST))
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok());
    let recorded = |key: &str| {
        manifest
            .as_ref()
            .and_then(|m| m["device"][key].as_str().map(str::to_owned))
    };
    let reference_day = manifest
        .as_ref()
        .and_then(|m| {
            m["started"]
                .as_str()
                .and_then(|s| s.get(..10))
                .map(str::to_owned)
        })
        .or_else(|| created.get(..10).map(str::to_owned));
    let source = PhoneSource {
        location: path.display().to_string(),
        kind: match kind {
            AcquisitionKind::Androidqf => InputKind::Androidqf,
            AcquisitionKind::MvtDumps => InputKind::AndroidDumps,
            AcquisitionKind::Bugreport | AcquisitionKind::DumpFile => InputKind::Bugreport,
        },
        sha256: None,
        serial: recorded("serial").or_else(|| state.properties.get("ro.serialno").cloned()),
        model: recorded("model").or_else(|| state.properties.get("ro.product.model").cloned()),
        reference_day,
        apk_folder: path.is_dir().then(|| path.to_path_buf()),
    };
    let mut report = Scanner::new(load.matcher).scan_phone(&state, &source, created);
    report.allow_lists = load.allow_lists;
    Ok(Some(report))
}

/// Names the files of a sealed acquisition opened into `opened` (a private temporary folder,
/// deleted after the scan) as entries of the sealed file, `phone.tar.age/dumpsys.txt` as a
/// zip's are named, wherever the report names a path: evidence must point at what the
/// examiner keeps.
fn name_inside_sealed(report: &mut ScanReport, opened: &Path, sealed: &Path) {
    let from = opened.display().to_string();
    let to = sealed.display().to_string();
    let rename = |text: &mut String| {
        if text.contains(&from) {
            *text = text.replace(&from, &to);
        }
    };
    let rename_phrase = |phrase: &mut Option<Phrase>| {
        for arg in phrase
            .iter_mut()
            .flat_map(|phrase| phrase.args.values_mut())
        {
            rename(arg);
        }
    };
    let rename_subject = |subject: &mut Subject| {
        if let Subject::File { path, .. } = subject {
            rename(path);
        }
    };
    for input in &mut report.inputs {
        rename(&mut input.path);
    }
    for check in &mut report.checked {
        rename(&mut check.description);
        rename_phrase(&mut check.phrase);
    }
    for not in &mut report.not_checked {
        rename(&mut not.description);
        rename(&mut not.why);
        rename_phrase(&mut not.phrase);
        rename_phrase(&mut not.why_phrase);
    }
    for entry in &mut report.subjects {
        rename_subject(&mut entry.subject);
        for finding in &mut entry.findings {
            rename_subject(&mut finding.subject);
            for evidence in &mut finding.evidence {
                if let EvidenceSource::File { path, .. } = &mut evidence.source {
                    rename(path);
                }
                evidence.values.values_mut().for_each(rename);
            }
        }
        if let Some(app) = &mut entry.app {
            rename(&mut app.file.path);
        }
    }
}
