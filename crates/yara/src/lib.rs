//! YARA rules from indicator feeds and analysts, run over app files (DEX, native libraries, the
//! APK itself).
//!
//! # Why boreal and not yara-x
//!
//! The engine is [boreal](https://github.com/vthib/boreal), a maintained pure-Rust YARA engine,
//! wrapped behind [`Rules`] so it can be replaced. yara-x (VirusTotal's) was measured first
//! (`../shared/notes/dependencies.md`, 2-core CI machine): 6 min 44 s for a cold release build
//! plus 2 min 19 s for the test build, 1.7–1.85 GB of memory to build, a 34 MB binary; and it
//! broke on a fresh dependency resolve (a `rsa` 0.10 pin is needed). unstalk is built from
//! source by clinics on modest laptops and downloaded by survivors, and CI builds both profiles
//! on every run, so yara-x would have doubled the whole CI run for twelve rules. boreal builds
//! in about 30 s, adds about 4 MB, and evaluates YARA 4.5 syntax including libyara's `dex`
//! module, which analysts' Android rules are written for; yara-x's `dex` module differs (no
//! `DEX_FILE_MAGIC_*` constants, no `has_method`), so rules written for YARA would need
//! rewriting. Echap's `rules.yar` compiles and matches the same with both.
//!
//! # Hostile rules and inputs
//!
//! Rules come from feeds and from people: a source that does not compile is left out whole and
//! named in [`Rules::problems`], so the other sources still run; `include` is refused (a feed
//! must not make the scanner read local files). Every scan has a time limit.

use std::time::Duration;

use boreal::Compiler;
use boreal::scanner::{ScanError, ScanParams};

/// How long one buffer may take to scan: a pathological regular expression must not stall a
/// whole scan.
pub const SCAN_TIMEOUT: Duration = Duration::from_secs(20);

/// One YARA source to compile.
#[derive(Debug, Clone, Copy)]
pub struct RuleSource<'a> {
    /// The namespace its rules live in: rules of different sources may share names.
    pub namespace: &'a str,
    /// Where it came from, for messages (`echap: rules.yar`).
    pub name: &'a str,
    pub text: &'a str,
}

/// A source that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleProblem {
    /// [`RuleSource::name`].
    pub source: String,
    /// The engine's message, `name:line:column: …`.
    pub message: String,
}

/// Compiled rules, ready to scan. Cheap to share between threads.
pub struct Rules {
    scanner: boreal::Scanner,
    rule_count: usize,
    problems: Vec<RuleProblem>,
}

/// One rule that matched.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct RuleMatch {
    pub namespace: String,
    pub rule: String,
    pub tags: Vec<String>,
}

/// A scan that could not finish.
#[derive(Debug, thiserror::Error)]
pub enum YaraError {
    #[error(
        "YARA rules took longer than {}s on this input; the rules were not fully evaluated (report the rules and input to the project)",
        SCAN_TIMEOUT.as_secs()
    )]
    Timeout,
    #[error("YARA scan failed: {0}")]
    Engine(String),
}

impl Rules {
    /// Compiles `sources`. A source that does not compile is left out whole (its rules are
    /// all-or-nothing) and listed in [`Rules::problems`]; the others are kept.
    pub fn compile<'a>(sources: impl IntoIterator<Item = RuleSource<'a>>) -> Rules {
        let mut compiler = new_compiler();
        let mut problems = Vec::new();
        for source in sources {
            // Check on a scratch compiler first: a source failing half-way would otherwise
            // leave its first rules in the real one.
            let mut scratch = new_compiler();
            let checked = scratch
                .add_rules_str_in_namespace(source.text, source.namespace)
                .and_then(|_| compiler.add_rules_str_in_namespace(source.text, source.namespace));
            if let Err(error) = checked {
                let message = boreal::compiler::generate_description(
                    &error.to_diagnostic(),
                    source.name,
                    source.text,
                );
                problems.push(RuleProblem {
                    source: source.name.to_owned(),
                    message,
                });
            }
        }
        let mut scanner = compiler.finalize();
        scanner.set_scan_params(ScanParams::default().timeout_duration(Some(SCAN_TIMEOUT)));
        let rule_count = scanner.rules().count();
        Rules {
            scanner,
            rule_count,
            problems,
        }
    }

    /// How many rules compiled.
    pub fn rule_count(&self) -> usize {
        self.rule_count
    }

    /// Whether no rule compiled (scanning would find nothing).
    pub fn is_empty(&self) -> bool {
        self.rule_count == 0
    }

    /// The sources left out.
    pub fn problems(&self) -> &[RuleProblem] {
        &self.problems
    }

    /// The rules matching `bytes`, sorted.
    pub fn scan(&self, bytes: &[u8]) -> Result<Vec<RuleMatch>, YaraError> {
        if self.is_empty() {
            return Ok(Vec::new());
        }
        let result = self
            .scanner
            .scan_mem(bytes)
            .map_err(|(error, _)| match error {
                ScanError::Timeout => YaraError::Timeout,
                other => YaraError::Engine(other.to_string()),
            })?;
        let mut matches: Vec<RuleMatch> = result
            .rules
            .iter()
            .filter(|rule| rule.matched)
            .map(|rule| RuleMatch {
                namespace: rule.namespace.to_owned(),
                rule: rule.name.to_owned(),
                tags: rule
                    .tags
                    .iter()
                    .map(|tag| self.scanner.get_string_symbol(*tag).to_owned())
                    .collect(),
            })
            .collect();
        matches.sort();
        Ok(matches)
    }
}

fn new_compiler() -> Compiler {
    let mut compiler = Compiler::new();
    compiler.set_include_callback(|name, _, _| {
        Err(std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            format!("`include \"{name}\"` is not allowed in rules unstalk runs"),
        ))
    });
    compiler
}

#[cfg(test)]
mod tests;
