//! Which indicator set a command uses: `--indicators`/`UNSTALK_INDICATORS`, else the set
//! installed by `indicators update`, else (first run) a one-time fetch of Echap's set.

use std::path::PathBuf;

use anyhow::{Context, bail};
use unstalk_indicators::store::Store;
use unstalk_indicators::{Loaded, ReadOptions};
use unstalk_judge::AllowListUsed;
use unstalk_match::{AllowList, Matcher};

use crate::args::GlobalArgs;
use crate::fetch;

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

/// The paths of the indicator set to use, fetching Echap's set on first use.
pub fn indicator_paths(global: &GlobalArgs) -> anyhow::Result<Vec<PathBuf>> {
    if !global.indicators.is_empty() {
        return Ok(global.indicators.clone());
    }
    let store = store(global)?;
    if let Some(current) = store.current() {
        return Ok(vec![current]);
    }
    let from = std::env::var("UNSTALK_UPDATE_FROM").ok();
    eprintln!(
        "No indicator set installed yet: fetching Echap's stalkerware indicators from {} (once; `unstalk indicators update` refreshes it).",
        from.as_deref().unwrap_or(fetch::ECHAP_RAW_BASE)
    );
    match fetch::update(&store, from.as_deref()) {
        Ok((folder, _)) => Ok(vec![folder]),
        Err(error) => bail!(
            "{error:#}\nno indicator set is available: run `unstalk indicators update` when online, \
             or give one with --indicators PATH (a folder in Echap layout or a STIX2/MISP file)"
        ),
    }
}

/// Reads and merges the indicator set to use.
pub fn load_indicators(global: &GlobalArgs) -> anyhow::Result<Loaded> {
    let paths = indicator_paths(global)?;
    load_paths(&paths, global.strict)
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
    let loaded = load_indicators(global)?;
    let (allow, allow_lists) = allow_list(global)?;
    Ok(MatcherLoad {
        matcher: Matcher::new(loaded.set).with_allow_list(allow),
        allow_lists,
    })
}
