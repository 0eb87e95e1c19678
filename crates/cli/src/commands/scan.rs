//! `unstalk scan PATH…`: app files (APK, DEX, folders) to a report.
//!
//! The summary is for a person: one block per file, flagged files first, each with its verdict
//! and the reasons for it, then what was not checked and what "nothing found" means. `--json`
//! prints the whole `ScanReport` instead.

use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use unstalk_judge::{
    EvidenceSource, Finding, FindingId, InputKind, ScanReport, Subject, SubjectReport, Verdict,
};
use unstalk_scan::{Scanner, inputs};

use crate::args::{GlobalArgs, ScanArgs};
use crate::commands::phone;
use crate::{ExitCode, sources};

/// Reasons shown per file without `--verbose`.
const REASONS_SHOWN: usize = 8;

const READ_ONLY: &str = "unstalk only reads the files given: it installs, removes and changes nothing, on this computer or on any phone.";

pub fn run(global: &GlobalArgs, args: &ScanArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let created = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .context("formatting the report time")?;
    let report = if args.device {
        phone::scan_device(global, &args.phone, &created)?
    } else if let [path] = args.paths.as_slice()
        && let Some(report) =
            phone::scan_acquisition(global, path, args.identity.as_deref(), &created)?
    {
        report
    } else {
        scan_files(global, args, &created)?
    };
    let elapsed = started.elapsed();
    if args.json {
        let mut out = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_summary(&report, args.verbose, elapsed)?;
    }
    let flagged = report
        .subjects
        .iter()
        .any(|subject| subject.verdict != Verdict::NothingFound);
    let unreadable = report.not_checked.iter().any(|n| n.id == "apk.read");
    Ok(if flagged {
        ExitCode::Flagged
    } else if unreadable || report.inputs.is_empty() {
        ExitCode::Error
    } else {
        ExitCode::Success
    })
}

/// App files (APK, DEX, folders of them).
fn scan_files(global: &GlobalArgs, args: &ScanArgs, created: &str) -> anyhow::Result<ScanReport> {
    let (targets, walk_problems) = inputs::collect(&args.paths)?;
    let load = sources::matcher(global)?;
    let scanner = Scanner::new(load.matcher);
    let pool = rayon_pool(args.jobs)?;
    let progress = progress_bar(targets.len() as u64, args.json);
    let mut report = pool.install(|| {
        scanner.scan(&targets, created, &|target| {
            progress.set_message(target.path.display().to_string());
            progress.inc(1);
        })
    });
    progress.finish_and_clear();
    report.allow_lists = load.allow_lists;
    report.not_checked.extend(walk_problems);
    Ok(report)
}

fn rayon_pool(jobs: Option<usize>) -> anyhow::Result<unstalk_scan::ThreadPool> {
    unstalk_scan::thread_pool(jobs).context("starting the scan threads")
}

/// A bar on standard error when it is a terminal (indicatif draws nothing otherwise).
fn progress_bar(len: u64, quiet: bool) -> ProgressBar {
    if quiet || len < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} files  {wide_msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn print_summary(report: &ScanReport, verbose: bool, elapsed: Duration) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{READ_ONLY}\n")?;
    let mut subjects: Vec<&SubjectReport> = report.subjects.iter().collect();
    subjects.sort_by_key(|subject| subject.verdict);
    for subject in &subjects {
        write_subject(&mut out, subject, verbose)?;
    }
    let count = |verdict: Verdict| subjects.iter().filter(|s| s.verdict == verdict).count();
    let unreadable: Vec<_> = report
        .not_checked
        .iter()
        .filter(|n| n.id == "apk.read")
        .collect();
    let scanned = match report.inputs.as_slice() {
        [input] if !matches!(input.kind, InputKind::Apk | InputKind::Dex) => "the phone".to_owned(),
        inputs => format!("{} files", inputs.len()),
    };
    writeln!(
        out,
        "Scanned {scanned} in {:.1} s: {} known stalkerware, {} known watchware, {} stalkerware-like, {} nothing found (entries above); {} could not be read.",
        elapsed.as_secs_f64(),
        count(Verdict::KnownStalkerware),
        count(Verdict::KnownWatchware),
        count(Verdict::StalkerwareLike),
        count(Verdict::NothingFound),
        unreadable.len(),
    )?;
    for problem in &unreadable {
        writeln!(out, "  could not read: {}", problem.why)?;
    }
    writeln!(out, "\nChecked:")?;
    for check in &report.checked {
        writeln!(out, "  - {}", check.description)?;
    }
    writeln!(out, "Not checked:")?;
    for not in report.not_checked.iter().filter(|n| n.id != "apk.read") {
        writeln!(out, "  - {}: {}", not.description, not.why)?;
    }
    writeln!(
        out,
        "\n\"Nothing found\" means none of these checks found anything in the files given. It does not prove that an app or a phone is safe: monitoring can hide from every check, and accounts (Google, iCloud) can be watched without any app."
    )?;
    Ok(())
}

fn write_subject(
    out: &mut impl Write,
    subject: &SubjectReport,
    verbose: bool,
) -> std::io::Result<()> {
    let verdict = match subject.verdict {
        Verdict::KnownStalkerware => "KNOWN STALKERWARE",
        Verdict::KnownWatchware => "KNOWN WATCHWARE",
        Verdict::StalkerwareLike => "STALKERWARE-LIKE",
        Verdict::NothingFound => "nothing found",
    };
    writeln!(out, "{verdict:<18}  {}", describe(subject))?;
    let shown: Vec<&Finding> = if verbose {
        subject.findings.iter().collect()
    } else {
        subject
            .reasons
            .iter()
            .filter_map(|&index| subject.findings.get(index as usize))
            .collect()
    };
    for finding in shown
        .iter()
        .take(if verbose { usize::MAX } else { REASONS_SHOWN })
    {
        writeln!(out, "{:20}- {}", "", reason_line(finding))?;
    }
    if shown.len() > REASONS_SHOWN && !verbose {
        writeln!(
            out,
            "{:20}  … and {} more (--verbose or --json for all)",
            "",
            shown.len() - REASONS_SHOWN
        )?;
    }
    if !verbose {
        // Facts about the file itself never decide a verdict, but an analyst wants them.
        let notes = subject
            .findings
            .iter()
            .zip(0u32..)
            .filter(|(finding, index)| {
                !subject.reasons.contains(index)
                    && matches!(
                        finding.id,
                        FindingId::ApkEvasion
                            | FindingId::ApkSignatureInvalid
                            | FindingId::IndicatorAllowListed
                    )
            });
        for (finding, _) in notes {
            writeln!(out, "{:20}note: {}", "", reason_line(finding))?;
        }
    }
    writeln!(out)
}

/// `com.thetruth 1.0 "System Service"  (path)` for an app; the path for a file.
fn describe(subject: &SubjectReport) -> String {
    let path = subject
        .app
        .as_ref()
        .map(|app| app.file.path.as_str())
        .unwrap_or_default();
    match &subject.subject {
        Subject::App {
            package,
            name,
            version,
            ..
        } => {
            let mut line = package.clone();
            if let Some(version) = version {
                line.push_str(&format!(" {version}"));
            }
            if let Some(name) = name {
                line.push_str(&format!(" \"{name}\""));
            }
            if !path.is_empty() {
                line.push_str(&format!("  ({path})"));
            }
            line
        }
        Subject::File { path, .. } => path.clone(),
        Subject::Device { serial, model } => format!(
            "this phone: {} ({})",
            model.as_deref().unwrap_or("model unknown"),
            serial.as_deref().unwrap_or("serial unknown")
        ),
        Subject::Setting { name } => format!("setting {name}"),
        Subject::NetworkHost { host } => format!("host {host}"),
    }
}

/// The finding's title, and the family and value it rests on.
fn reason_line(finding: &Finding) -> String {
    let mut line = finding.id.title().to_owned();
    if let Some(indicator) = &finding.indicator
        && let Some(family) = &indicator.family
    {
        let kind = indicator
            .family_kind
            .map(|kind| format!("{kind:?}").to_lowercase())
            .unwrap_or_default();
        line.push_str(&format!(": {family} ({kind})"));
    }
    let values: Vec<String> = finding
        .evidence
        .iter()
        .flat_map(|evidence| evidence.values.iter())
        .filter(|(name, value)| {
            // `observed` repeats `found` when the value matched as found.
            let repeats_found = name.as_str() == "observed"
                && finding
                    .evidence
                    .iter()
                    .any(|e| e.values.get("found") == Some(*value));
            !name.starts_with("score.") && !repeats_found
        })
        .map(|(name, value)| format!("{name} {value}"))
        .take(3)
        .collect();
    if !values.is_empty() {
        line.push_str(&format!(" [{}]", values.join("; ")));
    }
    let entry = finding
        .evidence
        .first()
        .and_then(|evidence| match &evidence.source {
            EvidenceSource::File {
                entry: Some(entry), ..
            } if entry != "AndroidManifest.xml" => Some(entry),
            _ => None,
        });
    if let Some(entry) = entry {
        line.push_str(&format!(" in {entry}"));
    }
    line
}
