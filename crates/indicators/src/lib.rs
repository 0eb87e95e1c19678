//! Stalkerware indicators: the model every scanner matches against, and bridges to the formats
//! the field exchanges them in.
//!
//! - [`model`]: families, typed [`Indicator`]s with provenance, samples, YARA sources.
//! - [`normalize`]: canonical forms (hash case, domain IDNA, IP text) so feeds compare equal.
//! - [`formats`]: one module per format, each with `read` and/or `write`: Echap's layout,
//!   STIX 2.1 (as MVT reads it), MISP, TinyCheck, CSV, Suricata, hosts, YARA, ClamAV.
//! - [`load`]: reads any supported path, detecting its format.
//!
//! Readers never stop at the first bad record: a value that fails normalisation, or a record
//! of the wrong shape, becomes a [`Diagnostic`] and the rest of the feed is kept. Only a file
//! that cannot be read or parsed at all is an [`Error`] (and every rejected record, under
//! [`ReadOptions::strict`]).

pub mod builder;
pub mod error;
pub mod formats;
pub mod model;
pub mod normalize;
pub mod snapshot;
pub mod store;

use std::path::Path;

pub use error::{Diagnostic, Error, Severity};
pub use formats::ExportFormat;
pub use model::{
    Criterion, Family, FamilyKind, Indicator, IndicatorKind, IndicatorSet, Provenance, Role,
    Sample, Source, SourceFile, SourceFormat, Tlp, YaraSource,
};

/// A set read from a feed, with what was wrong in it.
#[derive(Debug, Default)]
pub struct Loaded {
    pub set: IndicatorSet,
    pub diagnostics: Vec<Diagnostic>,
}

impl Loaded {
    /// Appends another load's set and diagnostics.
    pub fn merge(&mut self, other: Loaded) {
        self.set.merge(other.set);
        self.diagnostics.extend(other.diagnostics);
    }

    /// Number of records skipped because they could not be read.
    pub fn rejected(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
}

/// How to read a feed.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Fail the whole file when any record is rejected, instead of skipping that record.
    pub strict: bool,
}

/// Reads indicators from `path`, detecting the format: a folder in Echap layout, or one file
/// (STIX 2.1 bundle, MISP event, TinyCheck JSON, Echap-style YAML, CSV, YARA).
pub fn load(path: &Path, options: ReadOptions) -> Result<Loaded, Error> {
    let loaded = formats::read_any(path)?;
    if options.strict
        && let Some(first) = loaded
            .diagnostics
            .iter()
            .find(|d| d.severity == Severity::Error)
    {
        return Err(Error::Strict {
            path: path.to_path_buf(),
            count: loaded.rejected(),
            first: first.to_string(),
        });
    }
    Ok(loaded)
}

/// Reads and merges several paths, in order.
pub fn load_all<'a>(
    paths: impl IntoIterator<Item = &'a Path>,
    options: ReadOptions,
) -> Result<Loaded, Error> {
    let mut all = Loaded::default();
    for path in paths {
        all.merge(load(path, options)?);
    }
    Ok(all)
}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Reads a whole file, naming it in the error.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// A [`Source`] describing one file read with `format`.
pub(crate) fn file_source(
    path: &Path,
    bytes: &[u8],
    format: SourceFormat,
    version: Option<String>,
) -> Source {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    let sha256 = sha256_hex(bytes);
    Source {
        name: name.clone(),
        location: path.display().to_string(),
        format,
        version,
        sha256: sha256.clone(),
        files: vec![SourceFile { name, sha256 }],
        date: None,
        built_in: false,
    }
}
