//! Which indicator set a command uses, the first that applies:
//!
//! 1. `--indicators PATH` (repeatable);
//! 2. `UNSTALK_INDICATORS` (clap reads it into the same flag, only when no flag is given);
//! 3. the set `unstalk indicators update` installed in the data folder;
//! 4. the snapshot of Echap's set built into unstalk.
//!
//! Nothing here uses the network: an offline first run works on the built-in snapshot and
//! says, on one line of standard error, which set that is and how to get a newer one.

use std::path::PathBuf;

use anyhow::Context;
use unstalk_indicators::store::Store;
use unstalk_indicators::{IndicatorSet, Loaded, ReadOptions, snapshot};
use unstalk_judge::AllowListUsed;
use unstalk_match::{AllowList, Matcher};

use crate::args::GlobalArgs;

/// After this many days a set is called old, here and in reports: new stalkerware appears
/// every month, and Echap's list changes about as often.
const OLD_AFTER_DAYS: i64 = 90;

/// The store under `--data-dir`, or the per-user data folder.
pub fn store(global: &GlobalArgs) -> anyhow::Result<Store> {
    let root = match &global.data_dir {
        Some(dir) => dir.join("indicators"),
        None => dirs::data_dir()
            .context(
                "cannot find a per-user data folder; give one with --data-dir or UNSTALK_DATA_DIR",
            )?
            .join("unstalk")
            .join("indicators"),
    };
    Ok(Store::new(root))
}

/// Where the indicator set to use comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Files or folders: from `--indicators`/`UNSTALK_INDICATORS`, or the installed set.
    Paths(Vec<PathBuf>),
    /// The snapshot compiled into unstalk.
    BuiltIn,
}

/// The indicator set to use, by the precedence in the module doc.
pub fn choose(global: &GlobalArgs) -> Choice {
    if !global.indicators.is_empty() {
        return Choice::Paths(global.indicators.clone());
    }
    // No data folder (no HOME) is no reason to fail: the built-in set still works.
    match store(global).ok().and_then(|store| store.current()) {
        Some(current) => Choice::Paths(vec![current]),
        None => Choice::BuiltIn,
    }
}

/// Reads and merges the indicator set to use.
pub fn load_indicators(global: &GlobalArgs) -> anyhow::Result<Loaded> {
    match choose(global) {
        Choice::Paths(paths) => load_paths(&paths, global.strict),
        Choice::BuiltIn => load_built_in(),
    }
}

/// The built-in snapshot, announced on standard error.
pub fn load_built_in() -> anyhow::Result<Loaded> {
    let (origin, loaded) = snapshot::built_in().map_err(|error| {
        anyhow::anyhow!("{error}\nthe indicator set built into unstalk is damaged: a packaging mistake, please report it; meanwhile give a set with --indicators PATH")
    })?;
    let day = origin.commit_date.get(..10).unwrap_or(&origin.commit_date);
    let age = days_since(&origin.commit_date)
        .filter(|days| *days > OLD_AFTER_DAYS)
        .map(|days| format!(", {days} days old"))
        .unwrap_or_default();
    eprintln!(
        "Using the indicator set built into unstalk (Echap {}, {day}{age}); `unstalk indicators update` downloads the current one.",
        origin.commit.get(..7).unwrap_or(&origin.commit)
    );
    Ok(loaded)
}

/// Whole days from `date` (RFC 3339, or a plain `YYYY-MM-DD`) to now.
fn days_since(date: &str) -> Option<i64> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let day = time::Date::parse(date.get(..10)?, format).ok()?;
    Some((time::OffsetDateTime::now_utc().date() - day).whole_days())
}

pub fn load_paths(paths: &[PathBuf], strict: bool) -> anyhow::Result<Loaded> {
    let mut all = Loaded::default();
    for path in paths {
        let loaded = unstalk_indicators::load(path, ReadOptions { strict })
            .map_err(|error| anyhow::anyhow!("{error}\nhint: {}", error.hint()))?;
        all.merge(loaded);
    }
    Ok(all)
}

/// The allow-list from `--allowlist` files: TinyCheck whitelist JSON, any indicator format, or
/// a plain list of values.
/// Also returns what a report says about each file.
fn allow_list(global: &GlobalArgs) -> anyhow::Result<(AllowList, Vec<AllowListUsed>)> {
    let mut list = AllowList::default();
    let mut used = Vec::new();
    for path in &global.allowlist {
        let bytes = std::fs::read(path)
            .with_context(|| format!("reading allow-list {}", path.display()))?;
        let before = list.len();
        let text = String::from_utf8_lossy(&bytes);
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .take(64)
            .collect();
        if compact.starts_with("{\"elements\"") {
            let loaded = unstalk_indicators::formats::tinycheck::read_allowlist(path, &bytes)
                .map_err(|error| anyhow::anyhow!("allow-list: {error}"))?;
            list.extend_from_set(&loaded.set);
        } else if compact.starts_with('{') || path.is_dir() {
            let loaded = load_paths(std::slice::from_ref(path), global.strict)?;
            list.extend_from_set(&loaded.set);
        } else {
            list.add_text(&text, &path.display().to_string())
                .map_err(anyhow::Error::msg)?;
        }
        used.push(AllowListUsed {
            location: path.display().to_string(),
            sha256: unstalk_indicators::sha256_hex(&bytes),
            entries: (list.len() - before) as u64,
        });
    }
    Ok((list, used))
}

/// The matcher over the indicator set in use, with the allow-list applied.
pub struct MatcherLoad {
    pub matcher: Matcher,
    /// The allow-list files applied, for a report.
    pub allow_lists: Vec<AllowListUsed>,
}

/// The matcher over the indicator set in use, with the allow-list applied.
pub fn matcher(global: &GlobalArgs) -> anyhow::Result<MatcherLoad> {
    matcher_over(load_indicators(global)?.set, global)
}

/// The matcher over `set`, with the allow-lists `global` names applied.
pub fn matcher_over(set: IndicatorSet, global: &GlobalArgs) -> anyhow::Result<MatcherLoad> {
    let (allow, allow_lists) = allow_list(global)?;
    Ok(MatcherLoad {
        matcher: Matcher::new(set).with_allow_list(allow),
        allow_lists,
    })
}
