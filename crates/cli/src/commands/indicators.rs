//! `unstalk indicators …`: update, stats, search, lint, export.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use anyhow::Context;
use serde_json::{Value, json};
use unstalk_indicators::formats::stix2;
use unstalk_indicators::{ExportFormat, IndicatorKind, Severity};
use unstalk_match::{Hit, MatchedBy};

use crate::args::{
    ExportArgs, GlobalArgs, IndicatorsCommand, JsonFlag, LintArgs, SearchArgs, UpdateArgs,
};
use crate::{ExitCode, fetch, sources};

pub fn run(global: &GlobalArgs, command: &IndicatorsCommand) -> anyhow::Result<ExitCode> {
    match command {
        IndicatorsCommand::Update(args) => update(global, args),
        IndicatorsCommand::Stats(args) => stats(global, args),
        IndicatorsCommand::Search(args) => search(global, args),
        IndicatorsCommand::Lint(args) => lint(global, args),
        IndicatorsCommand::Export(args) => export(global, args),
    }
}

fn update(global: &GlobalArgs, args: &UpdateArgs) -> anyhow::Result<ExitCode> {
    let store = sources::store(global)?;
    let (folder, record) = fetch::update(&store, args.from.as_deref())?;
    let loaded = sources::load_paths(std::slice::from_ref(&folder), false)?;
    let counts = loaded.set.counts();
    if args.output.json {
        print_json(&json!({ "installed": folder, "record": record, "counts": counts }))?;
    } else {
        println!(
            "Installed the indicator set from {} into {}\n  {} families ({} stalkerware, {} watchware), {} samples; sha256 {}",
            record.source,
            folder.display(),
            counts["families"],
            counts["stalkerware"],
            counts["watchware"],
            counts["samples"],
            record.sha256
        );
    }
    Ok(ExitCode::Success)
}

fn stats(global: &GlobalArgs, args: &JsonFlag) -> anyhow::Result<ExitCode> {
    let loaded = sources::load_indicators(global)?;
    let counts = loaded.set.counts();
    if args.json {
        print_json(&serde_json::to_value(&counts)?)?;
        return Ok(ExitCode::Success);
    }
    let mut out = std::io::stdout().lock();
    for source in &loaded.set.sources {
        let built_in = if source.built_in {
            " built into unstalk,"
        } else {
            ""
        };
        let date = source
            .date
            .as_deref()
            .map_or_else(String::new, |date| format!(" dated {date},"));
        writeln!(
            out,
            "Source: {} ({}),{built_in}{date} sha256 {}",
            source.name, source.location, source.sha256
        )?;
    }
    writeln!(
        out,
        "Families: {} ({} stalkerware, {} watchware, {} dual-use, {} other)",
        counts["families"],
        counts["stalkerware"],
        counts["watchware"],
        counts["dual-use"],
        counts["other"]
    )?;
    let unattributed = loaded
        .set
        .samples
        .iter()
        .filter(|sample| sample.family.is_none())
        .count();
    writeln!(
        out,
        "Samples: {} ({unattributed} not tied to a family)",
        counts["samples"]
    )?;
    writeln!(out, "Distinct values by type:")?;
    for kind in IndicatorKind::ALL {
        let count = counts[kind.as_str()];
        if count > 0 {
            writeln!(out, "  {:<22} {count:>6}", kind.as_str())?;
        }
    }
    writeln!(
        out,
        "Indicator records (value x family x source): {}",
        counts["indicator-records"]
    )?;
    let (warnings, errors) = tally(&loaded.diagnostics);
    if warnings + errors > 0 {
        writeln!(
            out,
            "Lint: {warnings} warning(s), {errors} skipped record(s); see `unstalk indicators lint`"
        )?;
    }
    Ok(ExitCode::Success)
}

fn search(global: &GlobalArgs, args: &SearchArgs) -> anyhow::Result<ExitCode> {
    let matcher = sources::matcher(global)?.matcher;
    let matches = matcher.match_any(&args.value);
    if args.output.json {
        print_json(&json!({
            "query": args.value,
            "found": !matches.hits.is_empty(),
            "hits": matches.hits.iter().map(hit_json).collect::<Vec<_>>(),
            "allow_listed": matches.allow_listed.iter().map(|(hit, entry)| json!({"hit": hit_json(hit), "allow_entry": entry})).collect::<Vec<_>>(),
        }))?;
    } else if matches.hits.is_empty() {
        println!(
            "{}: not in the indicator set ({} families). Not being listed does not make an app, site or address safe.",
            crate::shown(&args.value),
            matcher.set().families.len()
        );
    } else {
        let families: BTreeSet<String> = matches
            .hits
            .iter()
            .map(|hit| {
                hit.family
                    .map_or_else(|| "(no family)".to_owned(), |family| family.name.clone())
            })
            .collect();
        println!(
            "{}: known indicator of {}",
            crate::shown(&args.value),
            crate::shown(families.into_iter().collect::<Vec<_>>().join(", "))
        );
        for hit in &matches.hits {
            println!("  {}", crate::shown(describe_hit(hit)));
        }
    }
    for (hit, entry) in &matches.allow_listed {
        eprintln!(
            "  suppressed by allow-list entry {} ({}): {}",
            crate::shown(&entry.value),
            crate::shown(&entry.source),
            crate::shown(describe_hit(hit))
        );
    }
    Ok(if matches.hits.is_empty() {
        ExitCode::NothingFound
    } else {
        ExitCode::Success
    })
}

fn describe_hit(hit: &Hit<'_>) -> String {
    let family = hit.family.map_or_else(
        || "no family".to_owned(),
        |family| format!("{} ({})", family.name, family.kind.as_str()),
    );
    let how = match hit.matched_by {
        MatchedBy::Exact => String::new(),
        MatchedBy::Subdomain => format!(", {} is under {}", hit.query, hit.indicator.value),
        MatchedBy::Network => format!(", {} is inside {}", hit.query, hit.indicator.value),
        MatchedBy::UrlHost => ", by the URL's host".to_owned(),
        MatchedBy::CertificateSubject => ", by certificate subject".to_owned(),
    };
    let role = hit
        .indicator
        .role
        .map(|role| {
            format!(
                " [{}]",
                serde_json::to_value(role)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            )
        })
        .unwrap_or_default();
    let source = hit
        .source
        .map_or_else(String::new, |source| format!(", from {}", source.name));
    let value = if hit.indicator.kind == IndicatorKind::YaraRule {
        hit.indicator.label.clone().unwrap_or_default()
    } else {
        hit.indicator.value.clone()
    };
    format!(
        "{family}: {} {value}{role}{how}{source}",
        hit.indicator.kind
    )
}

fn hit_json(hit: &Hit<'_>) -> Value {
    json!({
        "query": hit.query,
        "family": hit.family.map(|family| &family.name),
        "family_kind": hit.family.map(|family| family.kind),
        "indicator": hit.indicator,
        "source": hit.source.map(|source| json!({"name": source.name, "location": source.location, "sha256": source.sha256, "version": source.version})),
        "matched_by": format!("{:?}", hit.matched_by).to_lowercase(),
    })
}

fn lint(global: &GlobalArgs, args: &LintArgs) -> anyhow::Result<ExitCode> {
    let choice = if args.paths.is_empty() {
        sources::choose(global)
    } else {
        sources::Choice::Paths(args.paths.clone())
    };
    // The built-in snapshot was read, and its warnings seen, when it was made: linting it
    // shows its counts only. `lint FOLDER` on the Echap files shows their diagnostics.
    let (loaded, paths) = match choice {
        sources::Choice::Paths(paths) => (sources::load_paths(&paths, false)?, paths),
        sources::Choice::BuiltIn => (
            sources::load_built_in()?,
            vec![std::path::PathBuf::from("(built-in snapshot)")],
        ),
    };
    let (warnings, errors) = tally(&loaded.diagnostics);
    if args.output.json {
        print_json(&json!({
            "paths": paths,
            "warnings": warnings,
            "errors": errors,
            "diagnostics": loaded.diagnostics,
        }))?;
    } else {
        let mut out = std::io::stdout().lock();
        for diagnostic in &loaded.diagnostics {
            writeln!(out, "{diagnostic}")?;
        }
        writeln!(
            out,
            "{} path(s): {warnings} warning(s), {errors} record(s) skipped; {} families and {} indicator records read",
            paths.len(),
            loaded.set.families.len(),
            loaded.set.indicators.len()
        )?;
    }
    Ok(if errors > 0 {
        ExitCode::NothingFound
    } else {
        ExitCode::Success
    })
}

fn tally(diagnostics: &[unstalk_indicators::Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (diagnostics.len() - errors, errors)
}

fn export(global: &GlobalArgs, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let loaded = sources::load_indicators(global)?;
    let format = args.format;
    match (&args.output, format.is_folder()) {
        (Some(dir), true) => {
            unstalk_indicators::formats::echap::write_dir(&loaded.set, dir)
                .map_err(|error| anyhow::anyhow!("{error}\nhint: {}", error.hint()))?;
            eprintln!(
                "wrote the Echap layout ({} families) to {}",
                loaded.set.families.len(),
                dir.display()
            );
        }
        (Some(file), false) => {
            write_file_atomically(file, |out| format.write(&loaded.set, out))?;
            eprintln!("wrote {} to {}", format.as_str(), file.display());
        }
        (None, _) => {
            let mut out = std::io::stdout().lock();
            format.write(&loaded.set, &mut out)?;
            out.flush()?;
        }
    }
    if format == ExportFormat::Stix2 {
        let counts = stix2::export_counts(&loaded.set);
        eprintln!(
            "stix2: {} indicators and {} families; MVT loads {} unique indicators from it \
             ({} YARA/regex/query-string indicators are kept as x-unstalk-indicator objects, which MVT skips)",
            counts.indicators + counts.custom_indicators,
            counts.families,
            counts.mvt_loaded,
            counts.custom_indicators
        );
    }
    Ok(ExitCode::Success)
}

/// Writes through a temporary file in the same folder, renamed over `path` when complete, so a
/// failed export never leaves half a file where a good one was.
fn write_file_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> anyhow::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::NamedTempFile::new_in(folder)
        .with_context(|| format!("cannot create a file in {}", folder.display()))?;
    {
        let mut buffered = std::io::BufWriter::new(temporary.as_file_mut());
        write(&mut buffered).with_context(|| format!("writing {}", path.display()))?;
        buffered
            .flush()
            .with_context(|| format!("writing {}", path.display()))?;
    }
    temporary
        .persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn print_json(value: &Value) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    Ok(())
}
