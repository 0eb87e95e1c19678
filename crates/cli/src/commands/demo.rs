//! `unstalk demo [-o FOLDER]`: made-up inputs written by `unstalk_demo`, checked as `scan` checks
//! files and acquisitions, into one report written as `report.html` and `report.pdf` beside
//! them. It needs nothing but the binary: the built-in indicators (or the set the flags name)
//! plus the demo's own indicator file, which lists the certificate of a key the demo made.

use std::path::{Path, PathBuf};

use anyhow::Context;
use unstalk_judge::{ScanReport, Verdict};
use unstalk_scan::{Scanner, inputs};

use crate::args::{DemoArgs, GlobalArgs};
use crate::commands::{phone, report};
use crate::{ExitCode, sources};

/// The folder name the demo writes into when none is given.
const DEFAULT_FOLDER: &str = "unstalk-demo";
/// What reports call the demo's indicator file.
const DEMO_SOURCE: &str = "demo (made-up, demo only)";

pub fn run(global: &GlobalArgs, args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let reader = report::Reader::from_args(&args.reader)?;
    let folder = match &args.output {
        Some(folder) => prepare_given(folder)?,
        None => create_default(Path::new("."))?,
    };
    let written = unstalk_demo::write_inputs(&folder)
        .with_context(|| format!("writing the demo's examples into {}", folder.display()))?;
    let created = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .context("formatting the report time")?;

    let mut loaded = sources::load_indicators(global)?;
    let mut overlay =
        sources::load_paths(std::slice::from_ref(&written.overlay_dir), global.strict)?;
    // Read as Echap's layout, it would be called `echap` like the real set beside it.
    for source in &mut overlay.set.sources {
        source.name = DEMO_SOURCE.to_owned();
    }
    loaded.merge(overlay);
    // One matcher for the apps and the phone: the set and the allow-lists are read once.
    let load = sources::matcher_over(loaded.set, global)?;
    let scanner = Scanner::new(load.matcher.clone());
    let (targets, walk_problems) = inputs::collect(std::slice::from_ref(&written.apps_dir))?;
    let pool = unstalk_scan::thread_pool(None).context("starting the scan threads")?;
    let mut combined = pool.install(|| scanner.scan(&targets, &created, &|_| {}));
    combined.not_checked.extend(walk_problems);
    combined.allow_lists = load.allow_lists.clone();
    let phone = phone::scan_acquisition(&written.phone_dir, None, &created, || Ok(load))?
        .with_context(|| {
            format!(
                "{} is not read as an acquisition: the demo's phone is broken, please report it",
                written.phone_dir.display()
            )
        })?;
    add_report(&mut combined, phone);
    reader.label(&mut combined);

    let html = folder.join("report.html");
    let pdf = folder.join("report.pdf");
    // The demo's own folder: a second run replaces the first run's reports.
    let existing = report::Existing::Replace;
    reader.write_file(&combined, &html, report::Format::Html, existing)?;
    reader.write_file(&combined, &pdf, report::Format::Pdf, existing)?;
    if args.json {
        reader.show(&combined, report::Format::Json, false)?;
    } else {
        reader.print(&combined, false)?;
    }
    eprintln!(
        "These are MADE-UP examples, written by `unstalk demo` into {}: six app files (apps/), \
         a simulated phone (phone/) and a demo indicator file (demo-indicators/). No real person \
         or phone is involved.\nThe reports for people: {} and {} (only you can read them).",
        folder.display(),
        html.display(),
        pdf.display()
    );
    let flagged = combined
        .subjects
        .iter()
        .any(|subject| subject.verdict != Verdict::NothingFound);
    Ok(if flagged {
        ExitCode::Flagged
    } else {
        ExitCode::Success
    })
}

/// `-o FOLDER`: created when missing; an existing folder must be empty, so nothing is
/// overwritten.
fn prepare_given(folder: &Path) -> anyhow::Result<PathBuf> {
    match std::fs::read_dir(folder) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                anyhow::bail!(
                    "{} is not empty: give a new or empty folder with -o, so that nothing in it is overwritten",
                    folder.display()
                );
            }
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("creating {}", folder.display()))?;
        }
        Err(error) => {
            return Err(error).with_context(|| {
                format!(
                    "reading {}: give a folder you can write to with -o",
                    folder.display()
                )
            });
        }
    }
    Ok(folder.to_path_buf())
}

/// A new folder `unstalk-demo` under `parent`, or `unstalk-demo-2`, `-3`… when that exists:
/// `create_dir` fails on an existing one, so no earlier demo is touched.
fn create_default(parent: &Path) -> anyhow::Result<PathBuf> {
    for number in 1..1000 {
        let name = match number {
            1 => DEFAULT_FOLDER.to_owned(),
            n => format!("{DEFAULT_FOLDER}-{n}"),
        };
        let folder = parent.join(name);
        match std::fs::create_dir(&folder) {
            Ok(()) => return Ok(folder),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(error) => {
                return Err(error).with_context(|| {
                    format!(
                        "creating {}: run the demo in a folder you can write to, or give one with -o",
                        folder.display()
                    )
                });
            }
        }
    }
    anyhow::bail!(
        "there are already 999 demo folders here: give a folder with -o, or remove old ones"
    )
}

/// Adds the phone's report to the apps' one: its inputs, entries and notes; a check both
/// made is listed once, and the indicator sets and allow-lists (the same as the apps') once.
fn add_report(combined: &mut ScanReport, other: ScanReport) {
    combined.inputs.extend(other.inputs);
    combined.subjects.extend(other.subjects);
    for check in other.checked {
        if !combined.checked.iter().any(|known| known.id == check.id) {
            combined.checked.push(check);
        }
    }
    combined.not_checked.extend(other.not_checked);
    for set in other.indicator_sets {
        let known = set.sources.iter().all(|source| {
            combined
                .indicator_sets
                .iter()
                .any(|used| used.sources.contains(source))
        });
        if !known {
            combined.indicator_sets.push(set);
        }
    }
    for list in other.allow_lists {
        if !combined.allow_lists.contains(&list) {
            combined.allow_lists.push(list);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_folders_are_new_and_numbered() {
        let parent = tempfile::tempdir().expect("temporary folder");
        let first = create_default(parent.path()).expect("first");
        let second = create_default(parent.path()).expect("second");
        assert!(first.ends_with("unstalk-demo"), "{}", first.display());
        assert!(second.ends_with("unstalk-demo-2"), "{}", second.display());
    }

    #[test]
    fn a_given_folder_must_be_new_or_empty() {
        let parent = tempfile::tempdir().expect("temporary folder");
        let new = parent.path().join("new");
        assert_eq!(prepare_given(&new).expect("created"), new);
        assert!(prepare_given(&new).is_ok(), "an empty folder is fine");
        std::fs::write(new.join("keep.txt"), "mine").expect("write");
        let refused = prepare_given(&new).expect_err("not empty");
        assert!(refused.to_string().contains("not empty"), "{refused}");
        assert_eq!(
            std::fs::read_to_string(new.join("keep.txt")).expect("kept"),
            "mine"
        );
    }
}
