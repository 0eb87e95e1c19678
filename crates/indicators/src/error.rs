//! Errors and per-record diagnostics of readers and writers.

use std::path::PathBuf;

use serde::Serialize;

/// A reader or writer failure that stops the whole file.
///
/// One bad record never produces this (it becomes a [`Diagnostic`] and the record is skipped),
/// unless the caller asked for strict reading.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}{}: {message}", path.display(), line.map(|line| format!(":{line}")).unwrap_or_default())]
    Syntax {
        path: PathBuf,
        line: Option<u64>,
        message: String,
    },
    #[error(
        "{}: not a known indicator format; give a folder in Echap layout (ioc.yaml …), \
         a STIX 2.1 bundle (.stix2/.json), a MISP event (.json), a TinyCheck JSON, a CSV or a YARA file",
        path.display()
    )]
    UnknownFormat { path: PathBuf },
    #[error(
        "{}: {count} record(s) rejected and --strict was given; first: {first}",
        path.display()
    )]
    Strict {
        path: PathBuf,
        count: usize,
        first: String,
    },
}

impl Error {
    /// What the person running the command can do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            Error::Read { .. } => "check the path and that you may read it",
            Error::Write { .. } => "check that the folder exists and that you may write there",
            Error::Syntax { .. } => {
                "fix the file at the place shown, or fetch a fresh copy with `unstalk indicators update`"
            }
            Error::UnknownFormat { .. } => "see `unstalk indicators --help` for the formats read",
            Error::Strict { .. } => {
                "run `unstalk indicators lint PATH` for every problem, or drop --strict to skip bad records"
            }
        }
    }
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The data was read, but not in the documented form (kept; worth fixing upstream).
    Warning,
    /// A record could not be read and was skipped.
    Error,
}

/// One problem found in a feed, located as precisely as the format allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A stable slug (`echap.c2-ip-key`, `value.invalid`, …) for scripts.
    pub code: &'static str,
    /// The file the problem is in.
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The record (family name, object id, row) and field, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{level}[{}]: {}", self.code, self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(record) = &self.record {
            write!(f, " ({record})")?;
        }
        write!(f, ": {}", self.message)
    }
}
