//! The indicator set compiled into unstalk, so a first run on an offline laptop has one, and
//! the file format it is kept in.
//!
//! `data/echap-snapshot.json.gz` is made by `scripts/update-indicator-snapshot.sh` from a copy
//! of Echap's stalkerware-indicators repository at a known commit: the script runs this crate's
//! `make-snapshot` example, which reads the folder with the same reader as
//! `unstalk --indicators FOLDER` ([`crate::formats::echap::read_dir`]) and writes the resulting
//! [`IndicatorSet`] with [`write`]. So the built-in set is exactly what reading the Echap files
//! gives; a test compares the two when the corpus is present. The Echap files themselves are
//! not in the repository, only the facts read from them (CC BY 4.0, attributed in the file and
//! in `data/README.md`).
//!
//! # Format
//!
//! One gzip-compressed JSON object:
//!
//! ```json
//! { "format": "unstalk-indicator-snapshot", "format_version": 1,
//!   "origin": { "name": "echap", "url": "https://github.com/AssoEchap/stalkerware-indicators",
//!               "commit": "a04c5c19…", "commit_date": "2026-06-21T20:40:25Z",
//!               "snapshot_date": "2026-12-07", "licence": "CC BY 4.0 …",
//!               "attribution": "…" },
//!   "set": { …IndicatorSet as serde writes it… } }
//! ```
//!
//! JSON of the model, because the model already has its serde form and nothing has to be kept
//! in step with a second schema; gzip, because flate2 is already built for reading APKs and
//! brings the file from about 1.6 MB to a few hundred KB (the rest is incompressible hex of
//! sample hashes). Each source of the set carries the commit as `version`, the commit date as
//! `date` and `built_in: true`, so reports say which set they used and how old it is.

use std::io::{Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::{Error, IndicatorSet, Loaded};

/// The value of the file's `format` key.
pub const FORMAT: &str = "unstalk-indicator-snapshot";

/// The only format version this reader accepts.
pub const FORMAT_VERSION: u32 = 1;

/// The snapshot compiled into unstalk. `include_bytes!` makes a missing file a build error, so
/// a binary can never ship without it.
const EMBEDDED: &[u8] = include_bytes!("../data/echap-snapshot.json.gz");

/// What a path in an error about the built-in snapshot shows.
const EMBEDDED_NAME: &str = "<built-in indicator snapshot>";

/// A decompressed snapshot larger than this is not one of ours (the Echap one is under 2 MB);
/// the limit keeps a hostile file given as a snapshot from filling memory.
const MAX_DECOMPRESSED: u64 = 256 * 1024 * 1024;

/// Where a snapshot's indicators come from, and on what terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The feed's short name (`echap`), the name its source has in the set.
    pub name: String,
    /// The feed's repository.
    pub url: String,
    /// The full git commit id the files were taken at.
    pub commit: String,
    /// That commit's date, RFC 3339 (`2026-06-21T20:40:25Z`).
    pub commit_date: String,
    /// The day the snapshot file was made (`2026-12-07`).
    pub snapshot_date: String,
    /// The feed's licence (`CC BY 4.0`, with its URL).
    pub licence: String,
    /// Who made the data, as the licence asks to credit them.
    pub attribution: String,
}

impl Origin {
    /// Where the exact files are: the repository at the commit.
    pub fn location(&self) -> String {
        format!("{}/tree/{}", self.url.trim_end_matches('/'), self.commit)
    }
}

#[derive(Serialize, Deserialize)]
struct SnapshotFile {
    format: String,
    format_version: u32,
    origin: Origin,
    set: IndicatorSet,
}

/// Writes `set` as a snapshot of `origin`: every source of the set is marked as built in, with
/// the commit as its version and the commit date as its date. Deterministic: the same set and
/// origin give the same bytes (gzip's time stamp is left at zero).
pub fn write(mut set: IndicatorSet, origin: &Origin, out: impl Write) -> std::io::Result<()> {
    for source in &mut set.sources {
        source.name = origin.name.clone();
        source.location = origin.location();
        source.version = Some(origin.commit.clone());
        source.date = Some(origin.commit_date.clone());
        source.built_in = true;
    }
    let file = SnapshotFile {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        origin: origin.clone(),
        set,
    };
    let mut encoder = flate2::write::GzEncoder::new(out, flate2::Compression::best());
    serde_json::to_writer(&mut encoder, &file).map_err(std::io::Error::other)?;
    encoder.finish()?.flush()
}

/// Reads a snapshot from `bytes`; `path` names it in errors.
pub fn read(path: &Path, bytes: &[u8]) -> Result<(Origin, Loaded), Error> {
    let syntax = |message: String| Error::Syntax {
        path: path.to_path_buf(),
        line: None,
        message,
    };
    let mut json = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .take(MAX_DECOMPRESSED)
        .read_to_end(&mut json)
        .map_err(|error| syntax(format!("not a gzip-compressed snapshot: {error}")))?;
    if json.len() as u64 >= MAX_DECOMPRESSED {
        return Err(syntax(format!(
            "larger than {MAX_DECOMPRESSED} bytes uncompressed: not an indicator snapshot"
        )));
    }
    let file: SnapshotFile = serde_json::from_slice(&json)
        .map_err(|error| syntax(format!("not an indicator snapshot: {error}")))?;
    if file.format != FORMAT || file.format_version != FORMAT_VERSION {
        return Err(syntax(format!(
            "format {:?} version {}; this unstalk reads {FORMAT:?} version {FORMAT_VERSION}",
            file.format, file.format_version
        )));
    }
    let mut set = file.set;
    set.reindex();
    Ok((
        file.origin,
        Loaded {
            set,
            diagnostics: Vec::new(),
        },
    ))
}

/// The snapshot compiled into this binary.
pub fn built_in() -> Result<(Origin, Loaded), Error> {
    read(Path::new(EMBEDDED_NAME), EMBEDDED)
}

#[cfg(test)]
mod tests;
