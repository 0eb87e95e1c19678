//! Scanning app files: from APK and DEX files on disk to a [`ScanReport`].
//!
//! The path of the data: [`inputs`] finds the files under the paths a person gave; [`apk`] and
//! [`dex`] read one file each with `unstalk-apk` (never trusting its bytes), look every
//! identifier and endpoint up with the indicator [`Matcher`], run the YARA rules
//! ([`unstalk_yara`]), and hand the manifest to the behaviour judgement
//! ([`unstalk_judge::apk`]); [`Scanner::scan`] runs files in parallel and assembles the report,
//! including what was and was not checked.
//!
//! [`android`] does the same for a phone: its state ([`unstalk_android::DeviceState`], read
//! live or from an acquisition) to a report with one entry per app worth a look and one for
//! the device.
//!
//! A file that cannot be read is one `not_checked` entry naming the file and what to do; the
//! other files are still scanned. Scanning only reads files.
//!
//! What was and was not checked, and why, is written in English and as catalogue messages a
//! report can translate, all in [`phrases`].

pub mod android;
pub mod apk;
mod code;
pub mod dex;
mod hits;
pub mod inputs;
pub mod phrases;

use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use unstalk_indicators::{IndicatorKind, IndicatorSet};
use unstalk_judge::app_details::FileDetails;
use unstalk_judge::indicator_findings::indicator_set_used;
use unstalk_judge::{Check, Input, InputKind, NotChecked, ScanReport, SubjectReport};
use unstalk_match::Matcher;
use unstalk_yara::{RuleSource, Rules};

pub use inputs::{Target, TargetKind};
pub use rayon::ThreadPool;

/// A pool of `jobs` scan threads (default: one per core), for [`Scanner::scan`] run inside
/// [`ThreadPool::install`].
///
/// # Errors
/// When the threads cannot be started.
pub fn thread_pool(jobs: Option<usize>) -> Result<ThreadPool, rayon::ThreadPoolBuildError> {
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(jobs) = jobs {
        builder = builder.num_threads(jobs.max(1));
    }
    builder.build()
}

/// Caps on what one file may make the scanner read.
#[derive(Debug, Clone)]
pub struct Limits {
    pub container: unstalk_apk::container::Limits,
    pub manifest: unstalk_apk::manifest::Limits,
    pub dex: unstalk_apk::dex::Limits,
    /// How deep archives inside the file are opened: 1 opens `assets/a.apk`, 2 also
    /// `assets/a.apk!assets/b.apk`, and so on. Default 4: droppers seen in the wild nest one
    /// or two deep, and each level holds its bytes in memory while the next is read. An
    /// archive deeper than this is named as not checked.
    pub embedded_depth: usize,
    /// Most bytes of code read from inside one file, outside the `classes*.dex` and
    /// `lib/*.so` Android loads from the file itself: embedded DEX, ODEX, VDEX, native code and
    /// archives, and everything read inside those archives, at every depth. Default 256 MiB
    /// (twice the largest entry read), so nested archives cannot make the scanner hold or
    /// inflate more than that. What would pass it is named as not checked.
    pub embedded_total: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            container: unstalk_apk::container::Limits::default(),
            manifest: unstalk_apk::manifest::Limits::default(),
            dex: unstalk_apk::dex::Limits::default(),
            embedded_depth: 4,
            embedded_total: 256 * 1024 * 1024,
        }
    }
}

/// The indicators and rules a scan matches against; shared by all files of a scan.
pub struct Scanner {
    /// Set once; until then a file being scanned waits for it when it first needs it
    /// ([`Scanner::scan_while_loading`]).
    indicators: OnceLock<Indicators>,
    /// The indicators could not be loaded: threads stop taking files and the report is
    /// thrown away.
    abandoned: AtomicBool,
    limits: Limits,
}

/// What a scan matches against, made from one indicator set.
struct Indicators {
    matcher: Matcher,
    rules: Rules,
    /// For each YARA namespace `yara{i}`: the indicator source its rules came from.
    rule_sources: Vec<u32>,
    /// Whether the set lists SHA-1 or MD5 file hashes: only then are code files hashed with
    /// more than SHA-256 (app files always get all three, for their identity).
    lists_weak_hashes: bool,
}

impl Indicators {
    /// `matcher`'s indicators, compiling the YARA rules its set holds.
    fn compile(matcher: Matcher) -> Indicators {
        let set = matcher.set();
        let namespaces: Vec<String> = (0..set.yara_sources.len())
            .map(|i| format!("yara{i}"))
            .collect();
        let names: Vec<String> = set
            .yara_sources
            .iter()
            .map(|yara| {
                set.source(yara.source)
                    .map_or_else(|| "YARA rules".to_owned(), |s| s.location.clone())
            })
            .collect();
        let rules = Rules::compile(set.yara_sources.iter().zip(&namespaces).zip(&names).map(
            |((yara, namespace), name)| RuleSource {
                namespace,
                name,
                text: &yara.text,
            },
        ));
        let rule_sources = set.yara_sources.iter().map(|yara| yara.source).collect();
        let lists_weak_hashes = set.indicators.iter().any(|indicator| {
            matches!(
                indicator.kind,
                IndicatorKind::FileSha1 | IndicatorKind::FileMd5
            )
        });
        Indicators {
            matcher,
            rules,
            rule_sources,
            lists_weak_hashes,
        }
    }
}

/// One scanned file: its report entries (none when it could not be read; more than one when
/// it holds more than one app description, each judged) and notes on what could not be
/// checked in it.
#[derive(Debug, Clone)]
pub struct FileScan {
    pub input: Input,
    pub subjects: Vec<SubjectReport>,
    pub not_checked: Vec<NotChecked>,
}

/// The checks [`Scanner::scan`] runs on every file it can read.
fn file_checks() -> Vec<Check> {
    vec![
        phrases::check("apk.file-hash", phrases::file_hashes()),
        phrases::check("apk.package", phrases::app_id()),
        phrases::check("apk.signing-cert", phrases::signing_certificates()),
        phrases::check("apk.endpoints", phrases::endpoints()),
        phrases::check("apk.behaviour", phrases::manifest_behaviour()),
        phrases::check("apk.evasion", phrases::file_structure()),
    ]
}

/// Abandons the scan when the loader it guards ends without handing over indicators (an
/// error, or a panic unwinding through it), so no thread waits for them forever.
struct AbandonUnlessProvided<'a>(&'a Scanner);

impl Drop for AbandonUnlessProvided<'_> {
    fn drop(&mut self) {
        if self.0.indicators.get().is_none() {
            self.0.abandoned.store(true, Ordering::Relaxed);
            let _ = self
                .0
                .indicators
                .set(Indicators::compile(Matcher::new(IndicatorSet::default())));
        }
    }
}

impl Scanner {
    /// A scanner over `matcher`'s indicators, compiling the YARA rules its set holds.
    pub fn new(matcher: Matcher) -> Scanner {
        let scanner = Scanner::awaiting_indicators(Limits::default());
        let _ = scanner.indicators.set(Indicators::compile(matcher));
        scanner
    }

    fn awaiting_indicators(limits: Limits) -> Scanner {
        Scanner {
            indicators: OnceLock::new(),
            abandoned: AtomicBool::new(false),
            limits,
        }
    }

    /// Scans `targets` (as [`Scanner::scan`]) while `load` reads the indicator set on one of
    /// the current pool's threads: the others open, hash and parse the first files meanwhile
    /// and wait for the indicators when a file first needs them. Loading a large feed takes
    /// as long as reading the largest APKs, so the two overlap instead of one after the other.
    ///
    /// # Errors
    /// `load`'s error; the files already scanned are thrown away.
    pub fn scan_while_loading<E: Send>(
        limits: Limits,
        targets: &[Target],
        created: &str,
        done: &(dyn Fn(&Target) + Sync),
        load: impl FnOnce() -> Result<Matcher, E> + Send,
    ) -> Result<ScanReport, E> {
        let scanner = Scanner::awaiting_indicators(limits);
        let (loaded, report) = rayon::join(
            || {
                let _guard = AbandonUnlessProvided(&scanner);
                let matcher = load()?;
                let _ = scanner.indicators.set(Indicators::compile(matcher));
                Ok(())
            },
            || scanner.scan(targets, created, done),
        );
        loaded.map(|()| report)
    }

    /// The same scanner with other caps.
    pub fn with_limits(mut self, limits: Limits) -> Scanner {
        self.limits = limits;
        self
    }

    fn indicators(&self) -> &Indicators {
        self.indicators.wait()
    }

    pub fn matcher(&self) -> &Matcher {
        &self.indicators().matcher
    }

    pub fn rules(&self) -> &Rules {
        &self.indicators().rules
    }

    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    fn lists_weak_hashes(&self) -> bool {
        self.indicators().lists_weak_hashes
    }

    /// The indicator source of YARA namespace `namespace` (`yara{i}`).
    fn rule_source(&self, namespace: &str) -> Option<u32> {
        let index: usize = namespace.strip_prefix("yara")?.parse().ok()?;
        self.indicators().rule_sources.get(index).copied()
    }

    /// Scans one file. A file that starts as a DEX but also ends in a ZIP directory is both
    /// (the Janus shape): it is scanned as the APK Android would install, and the DEX at its
    /// start is scanned as that APK's code ([`apk::scan_opened`]).
    pub fn scan_file(&self, target: &Target) -> FileScan {
        match target.kind {
            TargetKind::Apk => apk::scan_apk(self, &target.path),
            TargetKind::Dex => match unstalk_apk::container::Apk::open(&target.path) {
                Ok(opened) => apk::scan_opened(self, &target.path, &opened),
                Err(_) => dex::scan_dex(self, &target.path),
            },
        }
    }

    /// Scans `targets` on the current rayon pool's threads (calling `done` after each file,
    /// from any thread) and assembles the report, subjects in the order of `targets`.
    /// `created` is the report's RFC 3339 time.
    ///
    /// Each thread takes the largest file not yet started. A scan takes time in proportion to
    /// a file's size, and the corpus of a phone or a sample collection is a few large apps
    /// among many small ones: handed out as `par_iter` splits a slice (runs of neighbours one
    /// thread works through alone), the large files ended up together at the end and the
    /// other threads sat idle for most of the run.
    pub fn scan(
        &self,
        targets: &[Target],
        created: &str,
        done: &(dyn Fn(&Target) + Sync),
    ) -> ScanReport {
        let mut largest_first: Vec<(u64, usize)> = targets
            .iter()
            .enumerate()
            .map(|(index, target)| {
                let size = std::fs::metadata(&target.path).map_or(0, |m| m.len());
                (size, index)
            })
            .collect();
        largest_first.sort_by_key(|&(size, index)| (std::cmp::Reverse(size), index));
        let next = AtomicUsize::new(0);
        let scans: Vec<OnceLock<FileScan>> = targets.iter().map(|_| OnceLock::new()).collect();
        rayon::scope(|scope| {
            for _ in 0..rayon::current_num_threads() {
                scope.spawn(|_| {
                    while !self.abandoned.load(Ordering::Relaxed)
                        && let Some(&(_, index)) =
                            largest_first.get(next.fetch_add(1, Ordering::Relaxed))
                    {
                        let target = &targets[index];
                        // Each index is taken once, so the cell is always empty here.
                        let _ = scans[index].set(self.scan_file(target));
                        done(target);
                    }
                });
            }
        });
        self.report(
            scans.into_iter().filter_map(OnceLock::into_inner).collect(),
            created,
        )
    }

    /// The report for `scans`.
    pub fn report(&self, scans: Vec<FileScan>, created: &str) -> ScanReport {
        let mut report = ScanReport::new(created);
        report
            .indicator_sets
            .push(indicator_set_used(self.matcher().set()));
        // A check is listed as done only when it ran on at least one file: one whose manifest
        // could not be read had no app id checked, a DEX file alone has no behaviour judged,
        // and a file that could not be opened had nothing checked (each is named under "not
        // checked"). Parts of a file that could not be read (`apk.entry`) leave the checks
        // that ran on the rest of it listed.
        let opened: Vec<&FileScan> = scans.iter().filter(|s| !s.subjects.is_empty()).collect();
        let ran_somewhere = |id: &str| {
            opened
                .iter()
                .any(|scan| !scan.not_checked.iter().any(|n| n.id == id))
        };
        report.checked = file_checks()
            .into_iter()
            .filter(|check| ran_somewhere(&check.id))
            .collect();
        if self.rules().is_empty() {
            report.not_checked.push(phrases::not_checked(
                "apk.yara",
                phrases::yara(),
                phrases::no_yara_rules(),
            ));
        } else if !opened.is_empty() {
            report.checked.push(phrases::check(
                "apk.yara",
                phrases::yara_rules(self.rules().rule_count()),
            ));
        }
        for problem in self.rules().problems() {
            report.not_checked.push(phrases::not_checked(
                "apk.yara",
                phrases::yara_source(&problem.source),
                phrases::yara_not_compiling(&problem.message),
            ));
        }
        report.not_checked.push(phrases::not_checked(
            "apk.runtime",
            phrases::runtime(),
            phrases::never_run(),
        ));
        for scan in scans {
            report.inputs.push(scan.input);
            for not_checked in scan.not_checked {
                if !report.not_checked.contains(&not_checked) {
                    report.not_checked.push(not_checked);
                }
            }
            report.subjects.extend(scan.subjects);
        }
        report
    }
}

/// The identity of a file read whole.
fn file_details(path: &str, size: u64, hashes: &unstalk_apk::Hashes) -> FileDetails {
    FileDetails {
        path: path.to_owned(),
        size,
        sha256: hex::encode(hashes.sha256),
        sha1: hex::encode(hashes.sha1),
        md5: hex::encode(hashes.md5),
    }
}

/// The `not_checked` entry for a file that could not be read at all, because of `why`.
fn unreadable(path: &Path, kind: InputKind, why: phrases::Line) -> FileScan {
    let shown = path.display().to_string();
    FileScan {
        input: Input {
            path: shown.clone(),
            sha256: None,
            kind,
        },
        subjects: Vec::new(),
        not_checked: vec![phrases::not_read(
            "apk.read",
            phrases::whole_file(&shown),
            why,
        )],
    }
}

#[cfg(test)]
mod tests;
