//! Made-up example inputs for `unstalk demo`, written from code (no corpus, no network):
//!
//! - `apps/`: six APKs built and signed here ([`apps::all`] says what each shows): a known
//!   stalkerware package name, a renamed app signed by the demo's own "DemoSpy" key, an app
//!   flagged by behaviour alone, a monitoring app (watchware) and two benign apps;
//! - `demo-indicators/ioc.yaml`: a demo indicator file in Echap's layout listing the DemoSpy
//!   certificate, clearly marked as made up;
//! - `phone/`: the acquisition of a simulated phone in androidqf's layout, with a stalkerware
//!   app installed, its accessibility service switched on and Play Protect off.
//!
//! ```no_run
//! let written = unstalk_demo::write_inputs(std::path::Path::new("unstalk-demo"))?;
//! println!("{} apps in {}", written.apps.len(), written.apps_dir.display());
//! # Ok::<(), unstalk_demo::DemoError>(())
//! ```
//!
//! The pieces, one module each: [`zip`] (stored entries), [`axml`] (binary manifest), [`dex`],
//! [`cert`] (P-256 key and X.509 certificate) and [`sign`] (APK Signature Scheme v2).

use std::path::{Path, PathBuf};

pub mod apps;
pub mod axml;
pub mod cert;
pub mod crafted;
pub mod dex;
mod phone;
pub mod sign;
pub mod zip;

#[cfg(test)]
mod tests;

use apps::{App, Signer};
use cert::SigningKey;

/// The made-up family of the demo indicator file.
pub const DEMO_FAMILY: &str = "DemoSpy (made-up, demo only)";

/// Why the demo's inputs could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DemoError {
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cryptography failed while {0}")]
    Crypto(&'static str),
}

/// What [`write_inputs`] wrote.
pub struct Written {
    pub apps_dir: PathBuf,
    /// Each app and where its APK is.
    pub apps: Vec<(App, PathBuf)>,
    /// The androidqf-layout acquisition of the simulated phone.
    pub phone_dir: PathBuf,
    /// The folder holding the demo indicator file (Echap layout).
    pub overlay_dir: PathBuf,
    /// SHA-1 (upper-case hex) of the DemoSpy certificate the overlay lists.
    pub demo_certificate_sha1: String,
}

/// Writes the inputs into `folder`, which must exist; its `apps`, `phone` and
/// `demo-indicators` folders must not (nothing is overwritten).
pub fn write_inputs(folder: &Path) -> Result<Written, DemoError> {
    let apps_dir = folder.join("apps");
    let phone_dir = folder.join("phone");
    let overlay_dir = folder.join("demo-indicators");
    for dir in [&apps_dir, &phone_dir, &overlay_dir] {
        std::fs::create_dir(dir).map_err(|source| DemoError::Write {
            path: dir.clone(),
            source,
        })?;
    }
    let demo_spy = SigningKey::generate("DemoSpy Developer", "DemoSpy (made up)")?;
    let mut apps = Vec::new();
    let mut phone_key = None;
    for app in apps::all() {
        let own;
        let key = match app.signer {
            Signer::DemoSpy => &demo_spy,
            Signer::Own => {
                own = SigningKey::generate(&format!("{} Developer", app.label), app.label)?;
                &own
            }
        };
        let path = apps_dir.join(app.file);
        write(&path, &app.apk(key)?)?;
        if app.package == phone::INSTALLED_STALKERWARE {
            phone_key = Some(key.sha256());
        }
        apps.push((app, path));
    }
    phone::write_acquisition(&phone_dir, phone_key.as_deref())?;
    let demo_certificate_sha1 = demo_spy.sha1();
    write(
        &overlay_dir.join("ioc.yaml"),
        overlay_yaml(&demo_certificate_sha1).as_bytes(),
    )?;
    Ok(Written {
        apps_dir,
        apps,
        phone_dir,
        overlay_dir,
        demo_certificate_sha1,
    })
}

/// The demo indicator file: one made-up family listing the DemoSpy certificate by SHA-1, as
/// Echap's ioc.yaml lists certificates.
fn overlay_yaml(certificate_sha1: &str) -> String {
    format!(
        "# MADE UP for `unstalk demo`: this family does not exist. It lists the certificate of a\n\
         # key the demo generated, so that the demo can show an app found by its signing\n\
         # certificate alone. Do not use this file for real checks.\n\
         - name: {DEMO_FAMILY}\n  type: stalkerware\n  certificates:\n  - {certificate_sha1}\n"
    )
}

pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), DemoError> {
    std::fs::write(path, bytes).map_err(|source| DemoError::Write {
        path: path.to_path_buf(),
        source,
    })
}
