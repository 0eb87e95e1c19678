//! Command-line flags. Parsing only: what each command does lives in `commands/`.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};
use unstalk_indicators::ExportFormat;

const AFTER_HELP: &str = "\
Exit codes:
  0  success (for `search`: the value is a known indicator; for `scan`: no app was flagged)
  1  nothing found by `search`; `lint` found records it had to skip; `scan` flagged an app
  2  an error: bad input, unreadable file, no indicator set, network failure (for `scan`:
     some file could not be read and nothing was flagged)

Indicator set used, the first that applies: --indicators PATH, UNSTALK_INDICATORS, the set
`unstalk indicators update` installed in the data folder, the snapshot of Echap's set built into
unstalk. Reports name the set and its date, and say when it is more than 90 days old.

unstalk never changes a phone it checks. It uses the network only on `unstalk indicators
update`, to fetch indicators. Report problems and questions to the project's issue tracker.";

/// unstalk finds stalkerware: apps sold to secretly watch a partner's phone.
///
/// It works from the Coalition Against Stalkerware's shared indicators (Echap's
/// stalkerware-indicators by default) and is meant for the people who help survivors:
/// shelter and clinic technologists, survivors themselves, analysts and researchers.
#[derive(Debug, Parser)]
#[command(name = "unstalk", version, after_help = AFTER_HELP, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Indicator set to use: a folder in Echap layout, or a STIX 2.1 / MISP / TinyCheck / CSV /
    /// YARA file. Repeat to merge several. Without it (and without UNSTALK_INDICATORS): the set
    /// `indicators update` installed, else the snapshot built into unstalk. Never the network.
    #[arg(
        long = "indicators",
        global = true,
        value_name = "PATH",
        env = "UNSTALK_INDICATORS",
        value_delimiter = ':'
    )]
    pub indicators: Vec<PathBuf>,

    /// Values that must never raise an alert: a text file (one domain, address or network per
    /// line) or TinyCheck's whitelist JSON. Repeatable.
    #[arg(
        long = "allowlist",
        global = true,
        value_name = "PATH",
        env = "UNSTALK_ALLOWLIST",
        value_delimiter = ':'
    )]
    pub allowlist: Vec<PathBuf>,

    /// Refuse an indicator file with any bad record instead of skipping the record.
    #[arg(long, global = true)]
    pub strict: bool,

    /// Where unstalk keeps its downloaded indicator set (default: the per-user data folder).
    #[arg(
        long,
        global = true,
        value_name = "DIR",
        env = "UNSTALK_DATA_DIR",
        hide_env_values = true
    )]
    pub data_dir: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read, inspect, search, check and convert stalkerware indicators.
    #[command(subcommand)]
    Indicators(IndicatorsCommand),
    /// Check a phone or files for stalkerware: a phone connected over USB (`--device`), an
    /// acquisition made earlier (androidqf folder or zip, MVT dumps, a bugreport), or app
    /// files (APK, DEX, folders holding them). Only reads: nothing on the phone is changed.
    Scan(ScanArgs),
    /// Print or convert a saved report (`scan --json` or `--report x.json`) for a person, in
    /// their language.
    Report(ReportArgs),
    /// Write made-up example inputs (six APKs built and signed here, a simulated phone's
    /// acquisition, a demo indicator file), check them and write report.html and report.pdf
    /// beside them. Needs nothing else: no corpus, no network. Exits 1, as `scan` does when it
    /// flags apps.
    Demo(DemoArgs),
    /// Save everything `scan --device` reads from a phone into a folder (androidqf's layout, so
    /// MVT reads it too), with the SHA-256 of every file, to check now or later.
    Acquire(AcquireArgs),
}

/// Who reads the report: language, where to find help, case reference.
#[derive(Debug, Args)]
pub struct ReaderArgs {
    /// The language of the text (`en`, `fr`, `es`, `de`); default: the system's, else English.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Where to find help, listed after the safety advice: a JSON list of
    /// `{"name", "phone", "website", "note"}` set by your organisation.
    #[arg(long, value_name = "FILE", env = "UNSTALK_CONTACTS")]
    pub contacts: Option<PathBuf>,
    /// Your organisation's reference for the case, printed on the report (never a name).
    #[arg(long = "case", value_name = "REF")]
    pub case_reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Where to write the examples and reports: a new or empty folder (default: a new folder
    /// `unstalk-demo` in the current directory, `unstalk-demo-2`… when that exists).
    #[arg(long, short, value_name = "FOLDER")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub reader: ReaderArgs,
    /// Print the full report as JSON (the ScanReport format) instead of the summary.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The saved report (JSON).
    #[arg(value_name = "REPORT.json")]
    pub input: PathBuf,
    /// `text`, `html` (one self-contained page), `pdf` (an evidence-ready document) or `json`.
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: crate::commands::report::Format,
    #[command(flatten)]
    pub reader: ReaderArgs,
    /// Write to FILE (readable only by you) instead of printing. An existing FILE is kept
    /// unless you add --force.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace the file --output names when it exists (a link there is replaced, not
    /// followed).
    #[arg(long)]
    pub force: bool,
    /// Every finding with its evidence, not only the reasons.
    #[arg(long, short)]
    pub verbose: bool,
}

#[derive(Debug, Args)]
pub struct DeviceArgs {
    /// The phone's serial, when several are connected (`adb devices` lists them).
    #[arg(long, value_name = "SERIAL", env = "ANDROID_SERIAL")]
    pub serial: Option<String>,
    /// Which apps' APK files to copy from the phone and analyse (certificate, code, behaviour
    /// from the manifest): `suspicious` (sideloaded apps and apps flagged by what the phone
    /// reports), `all` user apps, or `none`.
    #[arg(long, value_name = "WHICH", default_value = "suspicious", value_parser = ["suspicious", "all", "none"])]
    pub pull_apks: String,
}

#[derive(Debug, Args)]
pub struct AcquireArgs {
    /// Read the phone connected over USB (the only source `acquire` has).
    #[arg(long, required = true)]
    pub device: bool,
    #[command(flatten)]
    pub phone: DeviceArgs,
    /// The folder to write (created; must not exist or be empty); with `--encrypt-to`, the
    /// sealed file to write (for example `phone.tar.age`). Default: `acquisition-<date>-<time>`
    /// (`.tar.age` when sealed) in the current folder.
    #[arg(long, short, value_name = "DIR|FILE")]
    pub output: Option<PathBuf>,
    /// Seal the acquisition for an age X25519 recipient (`age1…`, from `age-keygen`):
    /// one encrypted file instead of a folder; the plain files never stay on disk.
    /// Repeatable. Open it with `unstalk scan FILE --identity KEY`.
    #[arg(long, value_name = "RECIPIENT")]
    pub encrypt_to: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// APK or DEX files, folders to search for them (recursively), or an acquisition
    /// (androidqf folder or zip, folder of MVT `android_data` dumps, bugreport zip).
    #[arg(value_name = "PATH", required_unless_present = "device")]
    pub paths: Vec<PathBuf>,
    /// Read the phone connected over USB (USB debugging on) instead of files.
    #[arg(long, conflicts_with = "paths")]
    pub device: bool,
    /// The age identity file (from `age-keygen`) that opens a sealed acquisition
    /// (`acquire --encrypt-to`).
    #[arg(long, value_name = "KEY")]
    pub identity: Option<PathBuf>,
    /// Also write the report to FILE, readable only by you: `.json` (the ScanReport), `.txt`,
    /// `.html` or `.pdf` (for people, in `--lang`). An existing FILE is kept unless you add
    /// --force.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Replace the file --report names when it exists (a link there is replaced, not
    /// followed).
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub reader: ReaderArgs,
    #[command(flatten)]
    pub phone: DeviceArgs,
    /// Print the full report as JSON (the ScanReport format, docs/scan-report.md) instead of
    /// the summary.
    #[arg(long)]
    pub json: bool,
    /// Show every finding of each app, not only the reasons for its verdict.
    #[arg(long, short)]
    pub verbose: bool,
    /// How many files to read at once (default: one per processor core).
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, Subcommand)]
pub enum IndicatorsCommand {
    /// Download the latest Echap indicator set (or copy one from a folder or URL) into
    /// unstalk's data folder, where it takes precedence over the built-in snapshot. The only
    /// use of the network.
    Update(UpdateArgs),
    /// Count families, samples and indicators of each type.
    Stats(JsonFlag),
    /// Tell whether a value (package, domain, URL, IP, hash, certificate) is a known indicator,
    /// and of which families.
    Search(SearchArgs),
    /// Check indicator files for problems: bad values, unknown keys, quirks, shared values.
    Lint(LintArgs),
    /// Write the indicator set in another format.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Print JSON for scripts instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// A folder holding the Echap files, or a base URL they are fetched from (default: Echap's
    /// repository on GitHub, over HTTPS).
    #[arg(long, value_name = "URL|DIR", env = "UNSTALK_UPDATE_FROM")]
    pub from: Option<String>,
    #[command(flatten)]
    pub output: JsonFlag,
}

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The value to look up: a domain, URL, package name, IP address, file hash or
    /// signing-certificate fingerprint.
    pub value: String,
    #[command(flatten)]
    pub output: JsonFlag,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files or folders to check (default: the indicator set in use).
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub output: JsonFlag,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format: yaml (Echap layout: ioc.yaml, watchware.yaml, samples.csv, rules.yar; needs
    /// -o DIR), stix2 (STIX 2.1, loadable by MVT's --iocs), misp (MISP event JSON), suricata
    /// (DNS, TLS SNI and HTTP Host rules per domain; IP rules), hosts (0.0.0.0 name), tinycheck
    /// (TinyCheck IOC JSON), csv (one row per indicator with family and provenance), yara (the
    /// rules, unchanged), clamav (.hsb hash signatures).
    #[arg(long, short, value_parser = format_parser())]
    pub format: ExportFormat,
    /// Where to write: a file, or for `yaml` a folder (Echap layout). Default: standard output
    /// (for `yaml`, one combined YAML stream).
    #[arg(long, short, value_name = "PATH")]
    pub output: Option<PathBuf>,
}

/// Accepts exactly the names of `ExportFormat`, listing them in `--help` and in errors.
fn format_parser() -> impl TypedValueParser<Value = ExportFormat> {
    PossibleValuesParser::new(ExportFormat::ALL.map(ExportFormat::as_str)).map(|name| {
        ExportFormat::ALL
            .into_iter()
            .find(|format| format.as_str() == name)
            // Unreachable: PossibleValuesParser admits only the names above.
            .unwrap_or(ExportFormat::Csv)
    })
}
