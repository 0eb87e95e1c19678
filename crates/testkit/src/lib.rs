//! Test helpers shared by unstalk's crates.
//!
//! The real-world inputs (Echap's indicators, MVT's artefacts, APKs, pcaps) live in the shared
//! corpus outside the repository. Every test reaches it through [`corpus`], which looks at
//! `UNSTALK_CORPUS` first and then at `../shared/corpus` relative to the workspace root.
//!
//! When the corpus is missing a test must not silently pass: [`corpus`] prints a loud
//! `SKIPPED` line and returns `None` on a developer machine, and panics under `CI=true` so a
//! CI run without the corpus fails.

use std::path::{Path, PathBuf};

/// The workspace root (the folder holding the top-level `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    // crates/testkit -> crates -> root
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// Where the corpus would be, whether or not it exists.
pub fn corpus_location() -> PathBuf {
    match std::env::var_os("UNSTALK_CORPUS") {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => workspace_root().join("..").join("shared").join("corpus"),
    }
}

/// The corpus folder, or `None` (after a loud message) when it is absent outside CI.
///
/// `test_name` appears in the skip message so a reader sees which test did not run.
///
/// # Panics
/// Under `CI=true` a missing corpus panics: CI must never report green without the real data.
pub fn corpus(test_name: &str) -> Option<PathBuf> {
    let location = corpus_location();
    if location.join("README.md").is_file() {
        return Some(location);
    }
    let message = format!(
        "corpus not found at {} (set UNSTALK_CORPUS or put the shared corpus at ../shared/corpus)",
        location.display()
    );
    if std::env::var("CI").is_ok_and(|value| value == "true") {
        panic!("{test_name}: {message}; CI=true requires the corpus");
    }
    eprintln!("\n*** SKIPPED {test_name}: {message} ***\n");
    None
}

/// A file or folder inside the corpus; `None` (after the skip message) when the corpus is absent.
///
/// # Panics
/// When the corpus exists but `relative` does not: that is a broken test, not a missing corpus.
pub fn corpus_path(test_name: &str, relative: &str) -> Option<PathBuf> {
    let path = corpus(test_name)?.join(relative);
    assert!(
        path.exists(),
        "{test_name}: {} is missing from the corpus",
        path.display()
    );
    Some(path)
}

/// A Python virtual environment the project's scripts install (`scripts/test.sh`): the folder
/// named by `env_var`, else `.venv/<name>` in the workspace, when it holds `probe` (a path
/// inside the venv such as `bin/mvt-android`).
///
/// Like [`corpus`]: `None` after a loud `SKIPPED` line on a developer machine; a panic under
/// `CI=true`, where the tools must be installed.
pub fn venv(test_name: &str, name: &str, env_var: &str, probe: &str) -> Option<PathBuf> {
    let venv = std::env::var_os(env_var)
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace_root().join(".venv").join(name));
    if venv.join(probe).is_file() {
        return Some(venv);
    }
    let message = format!(
        "{} not found (bash scripts/test.sh installs the venv; {env_var} names another)",
        venv.join(probe).display()
    );
    if std::env::var("CI").is_ok_and(|value| value == "true") {
        panic!("{test_name}: {message}; CI=true requires it");
    }
    eprintln!("\n*** SKIPPED {test_name}: {message} ***\n");
    None
}

/// A program the tests run from the system (`pdftotext`, `chromium`), installed by `.ci/run`
/// from the Debian package `package`: its version line (`program version_flag`), or, like
/// [`corpus`], `None` after a loud `SKIPPED` line on a developer machine and a panic under
/// `CI=true`.
pub fn system_tool(
    test_name: &str,
    program: &str,
    version_flag: &str,
    package: &str,
) -> Option<String> {
    match std::process::Command::new(program)
        .arg(version_flag)
        .output()
    {
        Ok(output) if output.status.success() => {
            // Some tools (poppler's) print their version on standard error.
            let text = [output.stdout, output.stderr].concat();
            let text = String::from_utf8_lossy(&text);
            Some(text.lines().next().unwrap_or_default().trim().to_owned())
        }
        outcome => {
            let message = format!(
                "`{program} {version_flag}` did not run ({outcome:?}): install Debian's `{package}` package"
            );
            if std::env::var("CI").is_ok_and(|value| value == "true") {
                panic!("{test_name}: {message}; CI=true requires it");
            }
            eprintln!("\n*** SKIPPED {test_name}: {message} ***\n");
            None
        }
    }
}

/// The unstalk binary at `binary` (pass `env!("CARGO_BIN_EXE_unstalk")`), isolated from the
/// user's setup: a private data folder `data_dir`, no indicator or allow-list from the
/// environment, English texts, and updates pointed at a closed local port so no test reaches
/// the network by accident.
pub fn isolated_unstalk(binary: &str, data_dir: &Path) -> std::process::Command {
    let mut command = std::process::Command::new(binary);
    command
        .env("UNSTALK_DATA_DIR", data_dir)
        .env("UNSTALK_UPDATE_FROM", "http://127.0.0.1:9/")
        .env_remove("UNSTALK_INDICATORS")
        .env_remove("UNSTALK_ALLOWLIST")
        // A locale unstalk has no texts for: English, whatever the machine's language.
        .env("LC_ALL", "C.UTF-8");
    command
}

/// Runs `scripts/check-report-schema.sh` (Python's jsonschema from `.venv/mvt`, an independent
/// validator) on `reports`, or on the committed example when `reports` is empty, and fails the
/// test when it refuses one. Skips like [`venv`] when the venv is missing.
///
/// # Panics
/// When a report does not validate, or the script cannot run.
pub fn check_report_schema(test_name: &str, reports: &[&Path]) {
    let Some(venv) = venv(test_name, "mvt", "MVT_VENV", "bin/python") else {
        return;
    };
    let output = std::process::Command::new("sh")
        .arg(workspace_root().join("scripts/check-report-schema.sh"))
        .args(reports)
        .env("PYTHON", venv.join("bin/python"))
        .output()
        .unwrap_or_else(|error| panic!("{test_name}: sh does not run: {error}"));
    assert!(
        output.status.success(),
        "{test_name}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
