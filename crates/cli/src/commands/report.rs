//! `unstalk report REPORT.json`, and the report files `scan --report` writes: the text in the
//! reader's language, and files only their owner can read (reports hold sensitive data).

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use unstalk_judge::ScanReport;
use unstalk_report::Catalogue;
use unstalk_report::contacts::{Contact, parse_contacts};
use unstalk_report::text::{Style, render_with_contacts};

use crate::ExitCode;
use crate::args::ReportArgs;

/// `unstalk report`.
pub fn run(args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(&args.input)
        .with_context(|| format!("reading the report {}", args.input.display()))?;
    let mut report: ScanReport = serde_json::from_slice(&bytes).with_context(|| {
        format!(
            "{} is not a report written by `unstalk scan --json` (or `--report x.json`)",
            args.input.display()
        )
    })?;
    if args.case_reference.is_some() {
        report.case_reference = args.case_reference.clone();
    }
    let catalogue = Catalogue::choose(args.lang.as_deref())?;
    let contacts = load_contacts(args.contacts.as_deref())?;
    let html = args.format == "html";
    match &args.output {
        Some(path) => {
            let style = Style {
                colour: false,
                verbose: args.verbose,
            };
            let page = if html {
                unstalk_report::html::render_with_contacts(&report, &catalogue, &contacts)
            } else {
                render_with_contacts(&report, &catalogue, style, &contacts)
            };
            write_private(path, page.as_bytes())?;
        }
        None if html => {
            let page = unstalk_report::html::render_with_contacts(&report, &catalogue, &contacts);
            std::io::stdout().write_all(page.as_bytes())?;
        }
        None => print_with(&report, &catalogue, &contacts, args.verbose)?,
    }
    Ok(ExitCode::Success)
}

/// Prints `report` as text for the terminal (colour only on a terminal without `NO_COLOR`).
pub fn print_with(
    report: &ScanReport,
    catalogue: &Catalogue,
    contacts: &[Contact],
    verbose: bool,
) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let style = Style {
        colour: stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        verbose,
    };
    let mut out = stdout.lock();
    out.write_all(render_with_contacts(report, catalogue, style, contacts).as_bytes())?;
    Ok(())
}

/// Writes `report` to `path` as JSON (`.json`), text (`.txt`) or a page (`.html`), owner-only.
pub fn write_report_file(
    report: &ScanReport,
    path: &Path,
    catalogue: &Catalogue,
    contacts: &[Contact],
) -> anyhow::Result<()> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let bytes = match extension.as_deref() {
        Some("json") => {
            let mut bytes = serde_json::to_vec_pretty(report)?;
            bytes.push(b'\n');
            bytes
        }
        Some("txt") => {
            render_with_contacts(report, catalogue, Style::plain(), contacts).into_bytes()
        }
        Some("html" | "htm") => {
            unstalk_report::html::render_with_contacts(report, catalogue, contacts).into_bytes()
        }
        _ => anyhow::bail!(
            "{}: unstalk writes reports as .json, .txt or .html for now (PDF is not available yet)",
            path.display()
        ),
    };
    write_private(path, &bytes)
}

/// The contacts file, when one is named.
pub fn load_contacts(path: Option<&Path>) -> anyhow::Result<Vec<Contact>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the contacts file {}", path.display()))?;
    Ok(parse_contacts(&text, &path.display().to_string())?)
}

/// Creates `path` readable and writable by its owner only, and writes `bytes`.
fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    // A file that existed keeps its mode: make sure it is owner-only too.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("restricting {}", path.display()))?;
    }
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", path.display()))
}
