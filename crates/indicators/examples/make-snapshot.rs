//! Writes the built-in indicator snapshot from a copy of Echap's stalkerware-indicators.
//!
//! Run by `scripts/update-indicator-snapshot.sh`, which finds the commit and its date:
//!
//! ```text
//! make-snapshot ECHAP_FOLDER COMMIT COMMIT_DATE SNAPSHOT_DATE OUT
//! ```
//!
//! The folder is read by the same reader as `unstalk --indicators FOLDER`, so the snapshot is
//! what unstalk itself reads from those files.

use std::path::{Path, PathBuf};

use unstalk_indicators::snapshot::{self, Origin};
use unstalk_indicators::{ReadOptions, Severity};

const ECHAP_URL: &str = "https://github.com/AssoEchap/stalkerware-indicators";
const LICENCE: &str = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";
const ATTRIBUTION: &str = "\"Stalkerware indicators\" by Echap (https://echap.eu.org/) and the \
stalkerware-indicators contributors, https://github.com/AssoEchap/stalkerware-indicators, \
CC BY 4.0; converted to unstalk's snapshot format (values normalised, nothing added). \
Upstream gives no guarantee of accuracy.";

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [folder, commit, commit_date, snapshot_date, out] = args.as_slice() else {
        return Err(
            "usage: make-snapshot ECHAP_FOLDER COMMIT COMMIT_DATE SNAPSHOT_DATE OUT".to_owned(),
        );
    };
    if commit.len() != 40 || !commit.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("{commit}: not a full 40-digit git commit id"));
    }
    for (what, date) in [
        ("commit date", commit_date),
        ("snapshot date", snapshot_date),
    ] {
        if !looks_like_a_date(date) {
            return Err(format!("{what} {date:?}: not an ISO date (YYYY-MM-DD…)"));
        }
    }
    let loaded = unstalk_indicators::load(Path::new(folder), ReadOptions::default())
        .map_err(|error| format!("{error}\nhint: {}", error.hint()))?;
    let errors = loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    eprintln!(
        "read {folder}: {} families, {} samples, {} indicator records; {} warning(s), {errors} skipped record(s)",
        loaded.set.families.len(),
        loaded.set.samples.len(),
        loaded.set.indicators.len(),
        loaded.diagnostics.len() - errors
    );
    let origin = Origin {
        name: "echap".to_owned(),
        url: ECHAP_URL.to_owned(),
        commit: commit.to_ascii_lowercase(),
        commit_date: commit_date.clone(),
        snapshot_date: snapshot_date.clone(),
        licence: LICENCE.to_owned(),
        attribution: ATTRIBUTION.to_owned(),
    };
    let mut bytes = Vec::new();
    snapshot::write(loaded.set, &origin, &mut bytes).map_err(|error| error.to_string())?;
    let out = PathBuf::from(out);
    std::fs::write(&out, &bytes).map_err(|error| format!("{}: {error}", out.display()))?;
    eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
    Ok(())
}

fn looks_like_a_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() >= 10
        && bytes.iter().take(10).enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}
