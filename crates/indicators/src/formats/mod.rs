//! One module per exchange format. Single-file readers share the signature
//! `read(path, bytes) -> Result<Loaded, Error>` (the path names the file in diagnostics and
//! provenance), writers `write(set, out) -> io::Result<()>`. All writers are deterministic: the
//! same set gives byte-identical output (ids derive from values, never from clocks or randomness).

pub mod clamav;
pub mod csv;
pub mod echap;
pub mod hosts;
pub mod misp;
pub mod stix2;
pub mod suricata;
pub mod tinycheck;
pub mod yara;

use std::io::Write;
use std::path::Path;

use crate::{Error, IndicatorSet, Loaded};

/// Formats `unstalk indicators export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// A folder in Echap layout (`ioc.yaml`, `watchware.yaml`, `samples.csv`, `rules.yar`).
    Yaml,
    Stix2,
    Misp,
    Suricata,
    Hosts,
    Tinycheck,
    Csv,
    Yara,
    Clamav,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 9] = [
        ExportFormat::Yaml,
        ExportFormat::Stix2,
        ExportFormat::Misp,
        ExportFormat::Suricata,
        ExportFormat::Hosts,
        ExportFormat::Tinycheck,
        ExportFormat::Csv,
        ExportFormat::Yara,
        ExportFormat::Clamav,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Yaml => "yaml",
            ExportFormat::Stix2 => "stix2",
            ExportFormat::Misp => "misp",
            ExportFormat::Suricata => "suricata",
            ExportFormat::Hosts => "hosts",
            ExportFormat::Tinycheck => "tinycheck",
            ExportFormat::Csv => "csv",
            ExportFormat::Yara => "yara",
            ExportFormat::Clamav => "clamav",
        }
    }

    /// True when the format is a folder rather than one file.
    pub fn is_folder(self) -> bool {
        self == ExportFormat::Yaml
    }

    /// Writes a one-file format to `out`. For [`ExportFormat::Yaml`] use [`echap::write_dir`].
    pub fn write(self, set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
        match self {
            ExportFormat::Yaml => echap::write_combined(set, out),
            ExportFormat::Stix2 => stix2::write(set, out),
            ExportFormat::Misp => misp::write(set, out),
            ExportFormat::Suricata => suricata::write(set, out),
            ExportFormat::Hosts => hosts::write(set, out),
            ExportFormat::Tinycheck => tinycheck::write(set, out),
            ExportFormat::Csv => csv::write(set, out),
            ExportFormat::Yara => yara::write(set, out),
            ExportFormat::Clamav => clamav::write(set, out),
        }
    }
}

/// Reads `path` in whatever supported format it is in.
pub(crate) fn read_any(path: &Path) -> Result<Loaded, Error> {
    if path.is_dir() {
        return echap::read_dir(path);
    }
    let bytes = crate::read_file(path)?;
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "yar" | "yara" => return yara::read(path, &bytes),
        "yaml" | "yml" => return echap::read_file(path, &bytes),
        "csv" => return csv::read(path, &bytes),
        "stix2" => return stix2::read(path, &bytes),
        _ => {}
    }
    let head = String::from_utf8_lossy(bytes.get(..4096).unwrap_or(&bytes));
    let compact: String = head.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.starts_with('{') {
        if compact.contains("\"type\":\"bundle\"") || compact.contains("\"spec_version\"") {
            return stix2::read(path, &bytes);
        }
        if compact.contains("\"iocs\"") {
            return tinycheck::read(path, &bytes);
        }
        if compact.contains("\"Event\"")
            || compact.contains("\"Object\"")
            || compact.contains("\"Attribute\"")
        {
            return misp::read(path, &bytes);
        }
        // Key order is not fixed: parse to decide.
        if let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) {
            if value.get("type").and_then(|t| t.as_str()) == Some("bundle") {
                return stix2::read(path, &bytes);
            }
            if value.get("iocs").is_some() {
                return tinycheck::read(path, &bytes);
            }
            if value.get("Event").is_some() || value.get("Object").is_some() {
                return misp::read(path, &bytes);
            }
        }
    }
    if compact.starts_with("-name:") || compact.starts_with("---") {
        return echap::read_file(path, &bytes);
    }
    if compact.starts_with("rule") || compact.starts_with("import") || compact.starts_with("//") {
        return yara::read(path, &bytes);
    }
    Err(Error::UnknownFormat {
        path: path.to_path_buf(),
    })
}

/// The readers a fuzz target can drive (see `fuzz/`).
#[derive(Debug, Clone, Copy)]
pub enum FuzzFormat {
    Stix2,
    Misp,
    Tinycheck,
    Csv,
    EchapYaml,
    Yara,
}

/// Feeds arbitrary bytes to one reader; any outcome but a panic or a hang is acceptable.
pub fn fuzz_read(format: FuzzFormat, bytes: &[u8]) {
    let path = Path::new("fuzz-input");
    let _ = match format {
        FuzzFormat::Stix2 => stix2::read(path, bytes),
        FuzzFormat::Misp => misp::read(path, bytes),
        FuzzFormat::Tinycheck => {
            tinycheck::read(path, bytes).and(tinycheck::read_allowlist(path, bytes))
        }
        FuzzFormat::Csv => csv::read(path, bytes),
        FuzzFormat::EchapYaml => echap::read_file(path, bytes),
        FuzzFormat::Yara => yara::read(path, bytes),
    };
}
