//! `unstalk report REPORT.json`, and the report files `scan --report` writes: the text in the
//! reader's language, and files only their owner can read (reports hold sensitive data).

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use unstalk_judge::ScanReport;
use unstalk_report::Catalogue;
use unstalk_report::contacts::{Contact, parse_contacts};
use unstalk_report::text::Style;

use crate::ExitCode;
use crate::args::{ReaderArgs, ReportArgs};

/// What the reader asked for: their language's texts, where to find help, the case reference.
pub struct Reader {
    catalogue: Catalogue,
    contacts: Vec<Contact>,
    case_reference: Option<String>,
}

impl Reader {
    /// Checks the language and reads the contacts file: before any scanning, so a mistake is
    /// reported at once.
    pub fn from_args(args: &ReaderArgs) -> anyhow::Result<Reader> {
        let contacts = match &args.contacts {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading the contacts file {}", path.display()))?;
                parse_contacts(&text, &path.display().to_string())?
            }
            None => Vec::new(),
        };
        Ok(Reader {
            catalogue: Catalogue::choose(args.lang.as_deref())?,
            contacts,
            case_reference: args.case_reference.clone(),
        })
    }

    /// Puts the case reference, when one was given, on `report`.
    pub fn label(&self, report: &mut ScanReport) {
        if self.case_reference.is_some() {
            report.case_reference.clone_from(&self.case_reference);
        }
    }

    fn text(&self, report: &ScanReport, style: Style) -> String {
        unstalk_report::text::render_with_contacts(report, &self.catalogue, style, &self.contacts)
    }

    /// `report` as a document in `format`; text without colour, as for a file.
    fn render(
        &self,
        report: &ScanReport,
        format: Format,
        verbose: bool,
    ) -> anyhow::Result<Vec<u8>> {
        Ok(match format {
            Format::Json => {
                let mut bytes = serde_json::to_vec_pretty(report)?;
                bytes.push(b'\n');
                bytes
            }
            Format::Text => self
                .text(
                    report,
                    Style {
                        verbose,
                        ..Style::plain()
                    },
                )
                .into_bytes(),
            Format::Html => {
                unstalk_report::html::render_with_contacts(report, &self.catalogue, &self.contacts)
                    .into_bytes()
            }
            Format::Pdf => unstalk_report::pdf::render(report, &self.catalogue, &self.contacts)?,
        })
    }

    /// Prints `report` as text for the terminal (colour only on a terminal without `NO_COLOR`;
    /// prose wrapped to a narrow terminal's width).
    pub fn print(&self, report: &ScanReport, verbose: bool) -> anyhow::Result<()> {
        let stdout = std::io::stdout();
        let terminal = stdout.is_terminal();
        let style = Style {
            colour: terminal && std::env::var_os("NO_COLOR").is_none(),
            verbose,
            terminal_columns: terminal
                .then(|| console::Term::stdout().size_checked())
                .flatten()
                .map(|(_rows, columns)| usize::from(columns)),
        };
        stdout
            .lock()
            .write_all(self.text(report, style).as_bytes())?;
        Ok(())
    }

    /// Prints `report` as `format`: text as [`Reader::print`] does, other formats as they
    /// would be written to a file.
    pub fn show(&self, report: &ScanReport, format: Format, verbose: bool) -> anyhow::Result<()> {
        match format {
            Format::Text => self.print(report, verbose),
            _ => Ok(std::io::stdout().write_all(&self.render(report, format, verbose)?)?),
        }
    }

    /// Writes `report` to `path` as `format`, owner-only; an existing `path` only when
    /// `existing` allows it.
    pub fn write_file(
        &self,
        report: &ScanReport,
        path: &Path,
        format: Format,
        existing: Existing,
    ) -> anyhow::Result<()> {
        write_private(path, &self.render(report, format, false)?, existing)
    }
}

/// The documents a report can be written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The ScanReport itself, for programs.
    Json,
    /// The words of the terminal output, without colour.
    Text,
    /// One self-contained page.
    Html,
    /// An evidence-ready document.
    Pdf,
}

impl Format {
    /// The format a report file's extension names.
    pub fn of_path(path: &Path) -> anyhow::Result<Format> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        Ok(match extension.as_deref() {
            Some("json") => Format::Json,
            Some("txt") => Format::Text,
            Some("html" | "htm") => Format::Html,
            Some("pdf") => Format::Pdf,
            _ => anyhow::bail!(
                "{}: unstalk writes reports as .json, .txt, .html or .pdf; name the file with one of these extensions",
                path.display()
            ),
        })
    }
}

/// `unstalk report`.
pub fn run(args: &ReportArgs) -> anyhow::Result<ExitCode> {
    let reader = Reader::from_args(&args.reader)?;
    let bytes = std::fs::read(&args.input)
        .with_context(|| format!("reading the report {}", args.input.display()))?;
    let mut report: ScanReport = serde_json::from_slice(&bytes).with_context(|| {
        format!(
            "{} is not a report written by `unstalk scan --json` (or `--report x.json`)",
            args.input.display()
        )
    })?;
    reader.label(&mut report);
    let format = args.format;
    match &args.output {
        Some(path) => write_private(
            path,
            &reader.render(&report, format, args.verbose)?,
            Existing::replace_if(args.force),
        )?,
        None if format == Format::Pdf && std::io::stdout().is_terminal() => anyhow::bail!(
            "a PDF is not for printing on a terminal: name a file with -o report.pdf, or redirect the output"
        ),
        None => reader.show(&report, format, args.verbose)?,
    }
    Ok(ExitCode::Success)
}

/// What writing a report does when its path is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Refuse: a report is evidence, and the name may be an earlier one (or a link an
    /// attacker planted to make unstalk write elsewhere).
    Keep,
    /// Replace what is there (`--force`, or the demo's own folder). A link at the path is
    /// replaced by the report, never written through.
    Replace,
}

impl Existing {
    pub fn replace_if(force: bool) -> Existing {
        if force {
            Existing::Replace
        } else {
            Existing::Keep
        }
    }

    /// Fails when `path` is taken and may not be replaced: checked before a scan, so a long
    /// scan does not end in a report that cannot be written.
    pub fn check(self, path: &Path) -> anyhow::Result<()> {
        if self == Existing::Keep && std::fs::symlink_metadata(path).is_ok() {
            anyhow::bail!(
                "{} already exists: unstalk does not replace it. Name another file, or add \
                 --force to replace it",
                path.display()
            );
        }
        Ok(())
    }
}

/// Creates `path` readable and writable by its owner only, with `bytes`. The report is
/// written whole to a new file beside `path` and then moved into place, so a reader never
/// sees half a report and a link at `path` is never followed. With [`Existing::Keep`], the
/// move is a hard link, which fails when `path` exists (also as a dangling link); where the
/// file system has no hard links (FAT, exFAT memory sticks), a new file is created at `path`
/// with `O_EXCL`, which never follows a link either.
fn write_private(path: &Path, bytes: &[u8], existing: Existing) -> anyhow::Result<()> {
    existing.check(path)?;
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".unstalk-report-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o600));
    }
    let mut temporary = builder
        .tempfile_in(folder)
        .with_context(|| format!("creating a file in {}", folder.display()))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .with_context(|| format!("writing {}", path.display()))?;
    match existing {
        Existing::Replace => temporary
            .persist(path)
            .map(drop)
            .map_err(|e| e.error)
            .with_context(|| format!("writing {}", path.display())),
        Existing::Keep => match temporary.persist_noclobber(path) {
            Ok(_) => Ok(()),
            Err(error) if error.error.kind() == std::io::ErrorKind::AlreadyExists => {
                existing.check(path)
            }
            Err(_) => write_new(path, bytes),
        },
    }
}

/// `bytes` into a new owner-only file at `path`; nothing is left at `path` when writing fails.
fn write_new(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).with_context(|| {
        format!(
            "creating {} (it must not exist yet; add --force to replace it)",
            path.display()
        )
    })?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        let _ = std::fs::remove_file(path);
    }
    written.with_context(|| format!("writing {}", path.display()))
}
