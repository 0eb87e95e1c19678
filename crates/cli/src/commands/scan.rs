//! `unstalk scan PATH…` / `--device`: app files, an acquisition or a phone to a report, printed
//! for a person in their language (`unstalk_report::text`) or, with `--json`, as the
//! `ScanReport`; `--report FILE` also writes it to an owner-only file.

use std::time::{Duration, Instant};

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};
use unstalk_judge::{ScanReport, Verdict};
use unstalk_scan::{Limits, Scanner, inputs};

use crate::args::{GlobalArgs, ScanArgs};
use crate::commands::{phone, report};
use crate::{ExitCode, sources};

pub fn run(global: &GlobalArgs, args: &ScanArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let reader = report::Reader::from_args(&args.reader)?;
    // A report file name unstalk cannot write is said before a scan, not after it.
    let existing = report::Existing::replace_if(args.force);
    let report_file = match &args.report {
        Some(path) => {
            existing.check(path)?;
            Some((path, report::Format::of_path(path)?))
        }
        None => None,
    };
    let created = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .context("formatting the report time")?;
    let mut report = if args.device {
        phone::scan_device(global, &args.phone, &created)?
    } else if let [path] = args.paths.as_slice()
        && let Some(report) =
            phone::scan_acquisition(path, args.identity.as_deref(), &created, || {
                sources::matcher(global)
            })?
    {
        report
    } else {
        scan_files(global, args, &created)?
    };
    reader.label(&mut report);
    if let Some((path, format)) = report_file {
        reader.write_file(&report, path, format, existing)?;
        eprintln!(
            "Wrote the report to {} (only you can read it).",
            crate::shown(path.display())
        );
    }
    if args.json {
        reader.show(&report, report::Format::Json, args.verbose)?;
    } else {
        reader.print(&report, args.verbose)?;
        eprintln!("({:.1} s)", started.elapsed().as_secs_f64());
    }
    let flagged = report
        .subjects
        .iter()
        .any(|subject| subject.verdict != Verdict::NothingFound);
    // A part that could not be read is never "nothing found": with nothing flagged, the
    // status says the check is incomplete.
    let unread = report.unread().next().is_some();
    Ok(if flagged {
        ExitCode::Flagged
    } else if unread || report.inputs.is_empty() {
        ExitCode::Error
    } else {
        ExitCode::Success
    })
}

/// App files (APK, DEX, folders of them).
fn scan_files(global: &GlobalArgs, args: &ScanArgs, created: &str) -> anyhow::Result<ScanReport> {
    let (targets, walk_problems) = inputs::collect(&args.paths)?;
    let pool = rayon_pool(args.jobs)?;
    let progress = progress_bar(targets.len() as u64, args.json);
    let mut allow_lists = Vec::new();
    let scanned = pool.install(|| {
        Scanner::scan_while_loading(
            Limits::default(),
            &targets,
            created,
            &|target| {
                progress.set_message(crate::shown(target.path.display()));
                progress.inc(1);
            },
            || {
                let load = sources::matcher(global)?;
                allow_lists = load.allow_lists;
                anyhow::Ok(load.matcher)
            },
        )
    });
    progress.finish_and_clear();
    let mut report = scanned?;
    report.allow_lists = allow_lists;
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
