//! Measures unstalk's indicator work on the real corpus; `bench/run.sh` runs it next to the
//! peers (MVT, a plain Python baseline) and prints ratios. Timings are printed, never asserted.
//!
//! Usage: `unstalk-bench ECHAP_DIR WORK_DIR` — writes into WORK_DIR the STIX bundle and the
//! query file the peers use, and prints one JSON object of measurements on stdout.
//!
//! `unstalk-bench apk-identity FILE...` — the work androguard's `APK()` does in
//! `bench/androguard_scan.py` (package, version, permissions, components, certificates of every
//! scheme, file hash), in-process on one thread, for `bench/apk-scan.sh`; unstalk also verifies
//! the v2/v3 signatures and computes three digests. Prints the median of 5 runs as JSON.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use unstalk_indicators::{
    ExportFormat, Indicator, IndicatorKind, IndicatorSet, Provenance, ReadOptions, Role,
};
use unstalk_match::Matcher;

/// Size of the STIX bundle MVT is compared on (Echap's own bundle is about this size).
const STIX_INDICATORS: usize = 16_000;
const DOMAIN_QUERIES: usize = 1_000_000;

fn main() -> anyhow::Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if let Some((mode, files)) = args.split_first()
        && mode.as_os_str() == "apk-identity"
    {
        return apk_identity(files);
    }
    let [echap, work] = args.as_slice() else {
        bail!("usage: unstalk-bench ECHAP_DIR WORK_DIR");
    };
    std::fs::create_dir_all(work).with_context(|| format!("creating {}", work.display()))?;

    let (echap_load, loaded) = best_of(5, || {
        unstalk_indicators::load(echap, ReadOptions::default())
    })?;
    let loaded = loaded.context("loading the Echap folder")?;

    let stix_path = work.join("bench-16k.stix2");
    let stix_set = padded_set(&loaded.set, STIX_INDICATORS);
    let mut stix_file = std::io::BufWriter::new(std::fs::File::create(&stix_path)?);
    ExportFormat::Stix2.write(&stix_set, &mut stix_file)?;
    stix_file.flush()?;
    drop(stix_file);
    let (stix_load, stix_loaded) = best_of(5, || {
        unstalk_indicators::load(&stix_path, ReadOptions::default())
    })?;
    let stix_count = stix_loaded
        .context("loading the STIX bundle")?
        .set
        .indicators
        .len();

    let matcher = Matcher::new(loaded.set);
    let queries = domain_queries(&matcher, DOMAIN_QUERIES);
    write_lines(&work.join("domain-queries.txt"), &queries)?;
    write_lines(
        &work.join("domain-indicators.txt"),
        &matcher
            .set()
            .of_kind(IndicatorKind::Domain)
            .map(|i| i.value.clone())
            .collect::<Vec<_>>(),
    )?;
    let (match_time, hits) = best_of(5, || {
        queries
            .iter()
            .filter(|query| matcher.lookup_domain(query).is_some())
            .count()
    })?;

    let report = serde_json::json!({
        "echap_load_merge_seconds": echap_load.as_secs_f64(),
        "stix_file": stix_path,
        "stix_indicators_written": stix_set.indicators.len(),
        "stix_indicators_loaded": stix_count,
        "stix_load_seconds": stix_load.as_secs_f64(),
        "domain_queries": queries.len(),
        "domain_hits": hits,
        "domain_match_seconds": match_time.as_secs_f64(),
        "domain_lookups_per_second": queries.len() as f64 / match_time.as_secs_f64(),
    });
    println!("{report}");
    Ok(())
}

/// Reads package, manifest, certificates and hashes of each file; prints the median time.
fn apk_identity(files: &[PathBuf]) -> anyhow::Result<()> {
    let limits = (
        unstalk_apk::manifest::Limits::default(),
        unstalk_apk::container::Limits::default(),
    );
    let read_all = || {
        let mut read = 0usize;
        let mut certificates = 0usize;
        for file in files {
            let Ok(apk) = unstalk_apk::container::Apk::open(file) else {
                continue;
            };
            let _hashes = apk.hashes();
            if let Ok(manifest) =
                unstalk_apk::manifest::read_apk_manifest(&apk, &limits.0, &limits.1)
            {
                std::hint::black_box((
                    &manifest.manifest.package,
                    &manifest.manifest.permissions,
                    manifest.manifest.components().count(),
                ));
                read += 1;
            }
            certificates += unstalk_apk::signing::read_signatures(&apk)
                .signing_certificates()
                .len();
        }
        (read, certificates)
    };
    let mut times = Vec::new();
    let mut counts = (0, 0);
    for _ in 0..5 {
        let start = Instant::now();
        counts = std::hint::black_box(read_all());
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    let report = serde_json::json!({
        "files": files.len(),
        "manifests_read": counts.0,
        "certificates": counts.1,
        "seconds": median,
    });
    println!("{report}");
    Ok(())
}

/// Runs `work` `runs` times; returns the fastest time and the last result.
fn best_of<T>(runs: usize, mut work: impl FnMut() -> T) -> anyhow::Result<(Duration, T)> {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        let result = std::hint::black_box(work());
        best = best.min(start.elapsed());
        last = Some(result);
    }
    Ok((best, last.context("no run")?))
}

/// The set, with synthetic domains appended until it holds `target` indicators.
fn padded_set(set: &IndicatorSet, target: usize) -> IndicatorSet {
    let mut padded = set.clone();
    let mut counter = 0usize;
    while padded.indicators.len() < target {
        padded.indicators.push(Indicator {
            kind: IndicatorKind::Domain,
            value: format!("bench-{counter}.padding.example"),
            family: None,
            family_kind: None,
            role: Some(Role::C2),
            label: None,
            provenance: Provenance::default(),
        });
        counter += 1;
    }
    padded
}

/// A deterministic mix: a third listed names, a third subdomains of listed names, a third
/// names that are not listed (including look-alikes such as `xcopy9.com`), some in upper case.
fn domain_queries(matcher: &Matcher, count: usize) -> Vec<String> {
    let listed: Vec<&str> = matcher
        .set()
        .of_kind(IndicatorKind::Domain)
        .map(|i| i.value.as_str())
        .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|index| {
            let pick = listed
                .get((next() as usize) % listed.len().max(1))
                .copied()
                .unwrap_or("example.com");
            match index % 6 {
                0 | 1 => pick.to_owned(),
                2 => format!("cdn{}.{pick}", next() % 100),
                3 => format!("x{pick}"),
                4 => format!("www.site{}.example.org", next() % 10_000),
                _ => pick.to_ascii_uppercase(),
            }
        })
        .collect()
}

fn write_lines(path: &Path, lines: &[String]) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for line in lines {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(())
}
