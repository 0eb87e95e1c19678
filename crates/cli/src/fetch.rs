//! `indicators update`: getting Echap's files from the network or a folder into the store.
//!
//! This is the only network code in unstalk, and it runs only on an explicit `update`: without
//! one, commands use the snapshot built into unstalk (see `sources`). HTTPS uses
//! rustls with the Mozilla root store compiled in (webpki-roots), so no system certificate
//! store is needed on the clinic's laptop.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use unstalk_indicators::store::{ECHAP_FILES, SourceRecord, Store};
use unstalk_indicators::{Error, ReadOptions};

/// Raw files of Echap's stalkerware-indicators repository (default branch).
pub const ECHAP_RAW_BASE: &str =
    "https://raw.githubusercontent.com/AssoEchap/stalkerware-indicators/master/";

/// No Echap file comes near this; a larger answer is not an indicator file.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Installs the Echap files from `from` (a folder or a base URL; default Echap's repository)
/// as the store's current set.
pub fn update(store: &Store, from: Option<&str>) -> anyhow::Result<(PathBuf, SourceRecord)> {
    let from = from.unwrap_or(ECHAP_RAW_BASE);
    let (source, files) = if from.starts_with("https://") || from.starts_with("http://") {
        let base = if from.ends_with('/') {
            from.to_owned()
        } else {
            format!("{from}/")
        };
        (base.clone(), download(&base)?)
    } else {
        let folder = Path::new(from);
        if !folder.is_dir() {
            bail!(
                "--from {from}: not a folder and not an http(s) URL; give the folder holding ioc.yaml or a URL"
            );
        }
        (folder.display().to_string(), read_folder(folder)?)
    };
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .context("formatting the current time")?;
    store
        .install(&source, &now, &files, validate)
        .with_context(|| {
            format!(
                "installing the indicator set from {source} into {}",
                store.root().display()
            )
        })
}

/// The downloaded files must read as an Echap set with at least one family: a captive portal's
/// HTML page must not replace a good set.
fn validate(folder: &Path) -> Result<(), Error> {
    let loaded = unstalk_indicators::load(folder, ReadOptions::default())?;
    if loaded.set.families.is_empty() {
        return Err(Error::Syntax {
            path: folder.join("ioc.yaml"),
            line: None,
            message: "no stalkerware family in the downloaded files: the source did not serve Echap's ioc.yaml".into(),
        });
    }
    Ok(())
}

fn read_folder(folder: &Path) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    for name in ECHAP_FILES {
        let path = folder.join(name);
        if path.is_file() {
            let bytes =
                std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
            files.push((name.to_owned(), bytes));
        }
    }
    if !files
        .iter()
        .any(|(name, _)| name == "ioc.yaml" || name == "watchware.yaml")
    {
        bail!(
            "{}: holds neither ioc.yaml nor watchware.yaml; give a folder in Echap layout",
            folder.display()
        );
    }
    Ok(files)
}

fn download(base: &str) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(60)))
        .timeout_connect(Some(Duration::from_secs(15)))
        .http_status_as_error(false)
        .user_agent(concat!("unstalk/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let mut files = Vec::new();
    for name in ECHAP_FILES {
        let url = format!("{base}{name}");
        let mut response = agent
            .get(&url)
            .call()
            .map_err(|error| offline_error(&url, &error))?;
        let status = response.status().as_u16();
        if status == 404 && name != "ioc.yaml" {
            eprintln!("note: {url} not found (404); continuing without {name}");
            continue;
        }
        if status != 200 {
            bail!(
                "{url}: the server answered HTTP {status}; try again later or use --from with another source"
            );
        }
        let bytes = response
            .body_mut()
            .with_config()
            .limit(MAX_FILE_BYTES)
            .read_to_vec()
            .map_err(|error| {
                anyhow::anyhow!("{url}: download interrupted: {error}; run the update again")
            })?;
        files.push((name.to_owned(), bytes));
    }
    Ok(files)
}

fn offline_error(url: &str, error: &ureq::Error) -> anyhow::Error {
    let offline = matches!(
        error,
        ureq::Error::HostNotFound
            | ureq::Error::ConnectionFailed
            | ureq::Error::Io(_)
            | ureq::Error::Timeout(_)
    );
    if offline {
        anyhow::anyhow!(
            "cannot reach {url} ({error}): this computer seems to be offline. Connect and run \
             `unstalk indicators update` again, or give a local copy with --indicators PATH \
             (or `unstalk indicators update --from FOLDER`)"
        )
    } else {
        anyhow::anyhow!("cannot download {url}: {error}")
    }
}
