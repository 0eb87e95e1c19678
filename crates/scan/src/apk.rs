//! One APK: identity, indicator hits (file hashes, package, signing certificates, endpoints in
//! code, resources and text assets, YARA rules over code, native libraries and the file), and
//! the behaviour judgement of its manifest.
//!
//! Reading is best effort, as an analyst would want: a manifest that cannot be decoded still
//! leaves hashes, certificates, code and YARA to check (the entry is then about the file, not
//! an app id, and the report says the behaviour was not judged).

use std::path::Path;

use unstalk_apk::Hashes;
use unstalk_apk::container::{Anomaly, Apk, ContainerError, Entry};
use unstalk_apk::dex;
use unstalk_apk::manifest::{
    Anomaly as ManifestAnomaly, ApkManifest, Component, ComponentKind, RESOURCE_TABLE,
    read_apk_manifest, read_apk_manifest_copy,
};
use unstalk_apk::signing::{Scheme, Signatures, Status, read_signatures};
use unstalk_judge::apk::judge_apk;
use unstalk_judge::app_details::{
    AnomalyDetails, AppDetails, CertificateDetails, ComponentDetails, SignatureDetails,
    SignatureStatus,
};
use unstalk_judge::{
    Confidence, Evidence, Finding, FindingId, Input, InputKind, NotChecked, Severity, Subject,
    SubjectReport,
};

use crate::code::{CodePlace, read_code, unreadable_code, yara};
use crate::hits::IndicatorFindings;
use crate::{FileScan, Scanner, file_details, phrases, unreadable};

/// Text assets larger than this are not searched for endpoints (configuration files are
/// small; large assets are media or databases).
const MAX_TEXT_ASSET: u64 = 1024 * 1024;
/// The whole file is given to YARA only up to this size, so memory stays bounded on huge APKs
/// (its code and libraries are still scanned entry by entry).
pub const MAX_YARA_FILE: u64 = 64 * 1024 * 1024;

/// Scans the APK at `path`.
pub fn scan_apk(scanner: &Scanner, path: &Path) -> FileScan {
    match Apk::open(path) {
        Ok(apk) => scan_opened(scanner, path, &apk),
        Err(error) => unreadable(
            path,
            InputKind::Apk,
            phrases::file_unreadable(&error.to_string()),
        ),
    }
}

/// Scans `apk`, opened from `path`.
pub(crate) fn scan_opened(scanner: &Scanner, path: &Path, apk: &Apk) -> FileScan {
    let shown = path.display().to_string();
    let limits = scanner.limits();
    let hashes = match apk.hashes() {
        Ok(hashes) => hashes,
        Err(error) => {
            return unreadable(
                path,
                InputKind::Apk,
                phrases::file_unreadable(&error.to_string()),
            );
        }
    };
    let sha256 = hex::encode(hashes.sha256);
    let mut not_checked = Vec::new();
    let manifest = read_apk_manifest(apk, &limits.manifest, &limits.container);
    let signatures = read_signatures(apk);
    let subject = match &manifest {
        Ok(manifest) => Subject::App {
            package: manifest.manifest.package.clone(),
            name: manifest.manifest.application.label_resolved.clone(),
            version: manifest.manifest.version_name.clone(),
            sha256: Some(sha256.clone()),
        },
        Err(_) => Subject::File {
            path: shown.clone(),
            sha256: Some(sha256.clone()),
        },
    };
    let mut found = IndicatorFindings::new(scanner, subject.clone(), &shown);
    let mut details = AppDetails {
        file: file_details(&shown, apk.len(), &hashes),
        ..AppDetails::default()
    };
    found.add_hashes(&hashes, None);
    if let Ok(manifest) = &manifest {
        let evidence = found.evidence(Some("AndroidManifest.xml"));
        found.add(
            scanner.matcher().match_package(&manifest.manifest.package),
            &evidence,
        );
        describe_manifest(manifest, &mut details);
        // A manifest read only in part (over a cap, its strings past the budget, decoding
        // stopped): what the rest says about the app was not checked.
        let unread: Vec<String> = manifest
            .manifest
            .anomalies()
            .iter()
            .filter(|anomaly| anomaly.leaves_part_unread())
            .map(ToString::to_string)
            .collect();
        if !unread.is_empty() {
            not_checked.push(entry_not_read(
                "AndroidManifest.xml",
                &shown,
                &unread.join("; "),
            ));
        }
        if let Some(table) = &manifest.resources {
            let strings: Vec<(u32, String)> = table.strings().collect();
            found.add_endpoints(&dex::endpoints(strings), RESOURCE_TABLE);
        }
        // A table present but not read: its strings were not searched, its labels not known.
        let table_unread = manifest.anomalies.iter().find_map(|anomaly| match anomaly {
            ManifestAnomaly::ResourceUnresolved {
                purpose: RESOURCE_TABLE,
                reason,
                ..
            } => Some(reason),
            _ => None,
        });
        if let Some(reason) = table_unread {
            not_checked.push(entry_not_read(RESOURCE_TABLE, &shown, reason));
        }
    }
    add_certificates(&mut found, &signatures);
    describe_signatures(&signatures, &mut details);
    scan_code(
        scanner,
        apk,
        &shown,
        &mut found,
        &mut details,
        &mut not_checked,
    );
    scan_assets(scanner, apk, &shown, &mut found, &mut not_checked);
    scan_dex_prefix(scanner, apk, &mut found, &mut details, &mut not_checked);
    if !scanner.rules().is_empty() {
        scan_whole_file(path, apk.len(), &mut found, &mut not_checked);
    }
    describe_anomalies(apk, manifest.as_ref().ok(), &signatures, &mut details);
    let hidden = hidden_manifests(scanner, apk, &shown, &mut not_checked);
    let shown_package = manifest.as_ref().ok().map(|m| m.manifest.package.as_str());
    for (label, copy) in &hidden {
        details.anomalies.push(AnomalyDetails {
            code: HIDDEN_MANIFEST.to_owned(),
            description: format!(
                "{shown} holds more than one app description: {label} describes {}, hidden \
                 behind the first copy{}",
                copy.manifest.package,
                shown_package.map_or_else(String::new, |p| format!(" (which describes {p})"))
            ),
            android_rejects: true,
        });
    }
    let code_endpoints = found.code_endpoints().to_vec();
    let indicator_findings = found.into_findings();
    let mut report = match &manifest {
        Ok(manifest) => judge_apk(
            manifest,
            subject.clone(),
            &shown,
            &code_endpoints,
            indicator_findings,
        ),
        Err(error) => {
            // Neither the app id nor the behaviour was checked: both come from the manifest.
            let why = phrases::manifest_unreadable(&error.to_string());
            not_checked.push(phrases::not_read(
                "apk.package",
                phrases::app_id_of(&shown),
                why.clone(),
            ));
            not_checked.push(phrases::not_read(
                "apk.behaviour",
                phrases::behaviour_of(&shown),
                why,
            ));
            SubjectReport::new(subject.clone(), indicator_findings)
        }
    };
    report
        .findings
        .extend(file_findings(&subject, &shown, &details));
    let file = details.file.clone();
    let mut subjects = vec![report.with_app(details)];
    for (label, copy) in &hidden {
        let mut hidden_details = AppDetails {
            file: file.clone(),
            ..AppDetails::default()
        };
        describe_manifest(copy, &mut hidden_details);
        let report = judge_hidden_manifest(
            scanner,
            &shown,
            &sha256,
            label,
            copy,
            shown_package,
            &code_endpoints,
        );
        subjects.push(report.with_app(hidden_details));
    }
    FileScan {
        input: Input {
            path: shown,
            sha256: Some(sha256),
            kind: InputKind::Apk,
        },
        subjects,
        not_checked,
    }
}

/// The anomaly of a file that is a DEX and an APK at once.
const DEX_ZIP_POLYGLOT: &str = "apk.dex-zip-polyglot";

/// How a report names the DEX at the start of a DEX+APK polyglot.
const DEX_PREFIX_LABEL: &str = "the DEX file at the start of the file, before the ZIP data";

/// A DEX at the very start of the file, before the ZIP data (the Janus trick, CVE-2017-13156:
/// Android 5 to 8 ran the DEX at offset 0 of an update while verifying the v1 signature of
/// the APK behind it). Its code is the code that runs, so it is hashed, searched and scanned
/// like `classes.dex`, and the shape is tampering in itself.
fn scan_dex_prefix(
    scanner: &Scanner,
    apk: &Apk,
    found: &mut IndicatorFindings<'_>,
    details: &mut AppDetails,
    not_checked: &mut Vec<NotChecked>,
) {
    // A file that starts with a ZIP entry has nothing before it: no read for the usual APK.
    let starts_elsewhere = apk
        .anomalies()
        .iter()
        .any(|anomaly| matches!(anomaly, Anomaly::DataBeforeFirstEntry { .. }));
    if !starts_elsewhere || apk.len() < DEX_HEADER_SIZE {
        return;
    }
    let unreadable = |details: &mut AppDetails, not_checked: &mut Vec<NotChecked>, why: &str| {
        unreadable_code(
            details,
            not_checked,
            CodePlace::Entry(DEX_PREFIX_LABEL),
            why,
        );
    };
    let mut header = [0u8; DEX_HEADER_SIZE as usize];
    if let Err(error) = apk.read_raw(0, &mut header) {
        return unreadable(details, not_checked, &error.to_string());
    }
    let Some(declared) = declared_dex_size(&header) else {
        return;
    };
    details.anomalies.push(AnomalyDetails {
        code: DEX_ZIP_POLYGLOT.to_owned(),
        description: format!(
            "{} is a DEX file and an APK at once: older Android versions could run the DEX at \
             its start while checking the signature of the APK behind it (the Janus trick)",
            details.file.path
        ),
        android_rejects: false,
    });
    // The header's file_size says where the DEX ends; never past the file or the entry cap.
    let cap = scanner.limits().container.max_entry_size;
    let length = declared.clamp(DEX_HEADER_SIZE, apk.len());
    if length > cap {
        let why =
            format!("it is {length} bytes, more than the {cap} bytes unstalk reads from one DEX");
        return unreadable(details, not_checked, &why);
    }
    // Within the entry cap, so it fits in memory.
    let mut bytes = vec![0u8; usize::try_from(length).unwrap_or(0)];
    match apk.read_raw(0, &mut bytes) {
        Ok(()) => scan_dex_bytes(
            scanner,
            &bytes,
            DEX_PREFIX_LABEL,
            found,
            details,
            not_checked,
        ),
        Err(error) => unreadable(details, not_checked, &error.to_string()),
    }
}

/// The size of a DEX header, the least a DEX can be.
const DEX_HEADER_SIZE: u64 = 0x70;

/// The `file_size` a DEX header declares, when `header` starts as a DEX does (`dex\n`, three
/// version bytes, NUL); `None` otherwise.
fn declared_dex_size(header: &[u8]) -> Option<u64> {
    if !header.starts_with(b"dex\n") || header.get(7) != Some(&0) {
        return None;
    }
    let field = header.get(32..36)?.try_into().ok()?;
    Some(u64::from(u32::from_le_bytes(field)))
}

/// The anomaly of an APK with a second, different `AndroidManifest.xml`.
const HIDDEN_MANIFEST: &str = "apk.hidden-manifest";

/// Every copy of `AndroidManifest.xml` after the first that says something else (a copy with
/// the same bytes hides nothing), read, with its label (`AndroidManifest.xml (copy 2 of 2)`).
/// Android refuses such a file, but a scanner that read only the first copy would let a
/// benign first copy hide the real app behind it; so each is matched and judged as an app of
/// its own. A copy that cannot be read is named as not read.
fn hidden_manifests(
    scanner: &Scanner,
    apk: &Apk,
    shown: &str,
    not_checked: &mut Vec<NotChecked>,
) -> Vec<(String, ApkManifest)> {
    let limits = scanner.limits();
    let copies: Vec<&Entry> = apk
        .entries()
        .iter()
        .filter(|entry| entry.name == MANIFEST)
        .collect();
    // One copy, as in every real app: nothing to compare, nothing hidden.
    let Some((first, later)) = copies.split_first().filter(|(_, later)| !later.is_empty()) else {
        return Vec::new();
    };
    let mut hidden = Vec::new();
    // Compared by what they hold: the CRC and size in the directory are the attacker's to set.
    let first_hash = apk
        .hash_entry(first, &limits.container)
        .ok()
        .map(|h| h.sha256);
    for entry in later {
        let hash = apk
            .hash_entry(entry, &limits.container)
            .ok()
            .map(|h| h.sha256);
        if hash.is_some() && hash == first_hash {
            continue;
        }
        let label = entry_label(apk, entry);
        match read_apk_manifest_copy(apk, entry, &limits.manifest, &limits.container) {
            Ok(manifest) => hidden.push((label, manifest)),
            Err(error) => not_checked.push(phrases::not_read(
                "apk.entry",
                phrases::entry_of(&label, shown),
                phrases::manifest_unreadable(&error.to_string()),
            )),
        }
    }
    hidden
}

/// The report entry of the app a hidden copy of the manifest describes: its package against
/// the lists, its behaviour (with the file's code), and the hiding itself as tampering.
fn judge_hidden_manifest(
    scanner: &Scanner,
    shown: &str,
    sha256: &str,
    label: &str,
    copy: &ApkManifest,
    shown_package: Option<&str>,
    code_endpoints: &[unstalk_judge::apk::CodeEndpoint],
) -> SubjectReport {
    let subject = Subject::App {
        package: copy.manifest.package.clone(),
        name: copy.manifest.application.label_resolved.clone(),
        version: copy.manifest.version_name.clone(),
        sha256: Some(sha256.to_owned()),
    };
    let mut found = IndicatorFindings::new(scanner, subject.clone(), shown);
    let evidence = found.evidence(Some(label));
    found.add(
        scanner.matcher().match_package(&copy.manifest.package),
        &evidence,
    );
    let mut hiding = Evidence::new(unstalk_judge::EvidenceSource::File {
        path: shown.to_owned(),
        entry: Some(label.to_owned()),
        line: None,
    })
    .with_value("anomaly.1", HIDDEN_MANIFEST);
    if let Some(package) = shown_package {
        hiding = hiding.with_value("first_copy_package", package);
    }
    let mut report = judge_apk(
        copy,
        subject.clone(),
        shown,
        code_endpoints,
        found.into_findings(),
    );
    report.findings.push(
        Finding::new(
            FindingId::ApkEvasion,
            Severity::Low,
            Confidence::High,
            subject,
        )
        .with_evidence(hiding),
    );
    report
}

const MANIFEST: &str = "AndroidManifest.xml";

/// How a report names `entry`: its name, and which copy it is when the name is duplicated.
fn entry_label(apk: &Apk, entry: &Entry) -> String {
    if !entry.duplicated {
        return entry.name.clone();
    }
    let copies: Vec<usize> = apk
        .entries()
        .iter()
        .filter(|other| other.name == entry.name)
        .map(|other| other.index)
        .collect();
    let number = copies
        .iter()
        .position(|&index| index == entry.index)
        .map_or(0, |position| position + 1);
    format!("{} (copy {number} of {})", entry.name, copies.len())
}

fn add_certificates(found: &mut IndicatorFindings<'_>, signatures: &Signatures) {
    let matcher = found.scanner().matcher();
    for certificate in signatures.signing_certificates() {
        let evidence = found
            .evidence(None)
            .with_value("certificate_subject", certificate.subject.clone());
        found.add(matcher.match_certificate(&certificate.sha1), &evidence);
        found.add(matcher.match_certificate(&certificate.sha256), &evidence);
        let organization = certificate.subject_attribute("O");
        let common_name = certificate.subject_attribute("CN");
        if organization.is_some() || common_name.is_some() {
            found.add(
                matcher.match_certificate_subject(organization.as_deref(), common_name.as_deref()),
                &evidence,
            );
        }
    }
}

/// Every `classes*.dex` (hashes, endpoints, YARA); code embedded elsewhere in the file, told
/// by its magic bytes whatever its name (DEX, ODEX, VDEX, native code, and archives, opened
/// and read the same way, nested up to [`Limits::embedded_depth`](crate::Limits) deep:
/// droppers carry the real app this way, `assets/a.apk` holding `assets/b.apk` holding the
/// code, or a DEX named `assets/x.bin`); and, when there are rules, every native library
/// (YARA).
fn scan_code(
    scanner: &Scanner,
    apk: &Apk,
    shown: &str,
    found: &mut IndicatorFindings<'_>,
    details: &mut AppDetails,
    not_checked: &mut Vec<NotChecked>,
) {
    let mut code = CodeScan {
        scanner,
        shown,
        found,
        details,
        not_checked,
        budget: scanner.limits().embedded_total,
    };
    code.archive(apk, "", 0);
}

/// The code of one file being read, archive by archive, and what is left of the bytes it may
/// read from inside itself.
struct CodeScan<'a, 'f> {
    scanner: &'a Scanner,
    shown: &'a str,
    found: &'a mut IndicatorFindings<'f>,
    details: &'a mut AppDetails,
    not_checked: &'a mut Vec<NotChecked>,
    /// Bytes of embedded code still allowed ([`Limits::embedded_total`](crate::Limits)).
    budget: u64,
}

/// Enough of an entry to tell code by its magic bytes (`dex\n035\0`, `PK\x03\x04`, …).
const MAGIC_LEN: usize = 8;

impl CodeScan<'_, '_> {
    /// The code of `apk`, `depth` archives inside the file (0: the file itself), its entries
    /// labelled after `outer` (`""`, or `assets/a.apk!` inside an embedded app). Whether it
    /// holds any code.
    fn archive(&mut self, apk: &Apk, outer: &str, depth: usize) -> bool {
        // Every copy of a duplicated `classes*.dex`: Android refuses such a file, but a scanner
        // reading only the first copy would let it hide the code behind it.
        let main_names: Vec<String> = apk.dex_entries().iter().map(|e| e.name.clone()).collect();
        let mut holds_code = false;
        for entry in apk.entries() {
            if entry.name.ends_with('/') {
                continue;
            }
            let label = format!("{outer}{}", entry_label(apk, entry));
            let is_main = main_names.contains(&entry.name);
            let kind = if is_main {
                Code::Dex
            } else {
                match self.sniff(apk, entry, &label) {
                    Some(kind) => kind,
                    None => continue,
                }
            };
            // What Android loads from the file itself is its code, not code hidden in it.
            let loaded = is_main || (kind == Code::Native && is_native_library(entry));
            // Native code is only ever given to YARA: without rules there is nothing to do.
            let read = !(kind == Code::Native && self.scanner.rules().is_empty());
            let depth_limit = self.scanner.limits().embedded_depth;
            let holds = if kind == Code::Archive && depth >= depth_limit {
                self.not_checked.push(phrases::not_read(
                    "apk.entry",
                    phrases::entry_of(&label, self.shown),
                    phrases::nested_too_deep(depth_limit),
                ));
                // Not opened, so it may hold code: an archive this deep is suspicious anyway.
                true
            } else if read {
                // The file's own code is capped entry by entry; the rest shares one budget.
                let budgeted = depth > 0 || !loaded;
                match self.read(apk, entry, &label, kind, budgeted) {
                    Some(data) => self.code(data, &label, kind, depth),
                    // Named as not read: whatever it holds, it was not looked at.
                    None => kind != Code::Archive,
                }
            } else {
                true
            };
            if holds && !loaded {
                self.details.anomalies.push(AnomalyDetails {
                    code: EMBEDDED_CODE.to_owned(),
                    description: format!(
                        "{label} holds {} Android does not load by itself; an app loads it at \
                         run time",
                        kind.what()
                    ),
                    android_rejects: false,
                });
            }
            holds_code |= holds;
        }
        holds_code
    }

    /// What kind of code `entry` holds, by its first bytes, or else by its name; `None` for
    /// anything else, and for an entry whose first bytes could not be read (named as not read).
    fn sniff(&mut self, apk: &Apk, entry: &Entry, label: &str) -> Option<Code> {
        let limits = &self.scanner.limits().container;
        match apk.read_prefix(entry, MAGIC_LEN, limits) {
            Ok(head) => Code::of(&head).or_else(|| Code::named(entry)),
            Err(error) => {
                self.not_checked
                    .push(entry_not_read(label, self.shown, &error));
                None
            }
        }
    }

    /// `entry`'s bytes, within what is left of the budget when `budgeted`; `None` when they
    /// could not be read or would pass the budget (named as not read).
    fn read(
        &mut self,
        apk: &Apk,
        entry: &Entry,
        label: &str,
        kind: Code,
        budgeted: bool,
    ) -> Option<Vec<u8>> {
        let mut limits = self.scanner.limits().container;
        let over_budget = |scan: &mut Self| {
            scan.not_checked.push(phrases::not_read(
                "apk.entry",
                phrases::entry_of(label, scan.shown),
                phrases::embedded_budget(scan.scanner.limits().embedded_total),
            ));
        };
        if budgeted {
            if entry.uncompressed_size > self.budget {
                over_budget(self);
                return None;
            }
            // An entry that makes more than it declares is stopped at what is left too.
            limits.max_entry_size = limits.max_entry_size.min(self.budget);
        }
        let cap = self.scanner.limits().container.max_entry_size;
        match apk.read(entry, &limits) {
            Ok(data) => {
                if budgeted {
                    self.budget = self.budget.saturating_sub(data.data.len() as u64);
                }
                Some(data.data)
            }
            // Stopped by what was left of the budget, not by the cap on one entry.
            Err(ContainerError::EntryTooLarge { limit, .. }) if budgeted && limit < cap => {
                over_budget(self);
                None
            }
            Err(error) => {
                if kind == Code::Native {
                    self.not_checked
                        .push(entry_not_read(label, self.shown, &error));
                } else {
                    self.unreadable(label, &error.to_string());
                }
                None
            }
        }
    }

    /// Reads `data`, code of `kind` found `depth` archives inside the file at `label`. Whether
    /// it is code: an archive is when something inside it is.
    fn code(&mut self, data: Vec<u8>, label: &str, kind: Code, depth: usize) -> bool {
        match kind {
            Code::Dex => scan_dex_bytes(
                self.scanner,
                &data,
                label,
                self.found,
                self.details,
                self.not_checked,
            ),
            Code::Native => yara(self.found, &data, CodePlace::Entry(label), self.not_checked),
            Code::Odex | Code::Vdex => {
                yara(self.found, &data, CodePlace::Entry(label), self.not_checked);
                let inside = dex_inside(&data);
                // An ODEX wraps the DEX it was made from, so without one its code was not
                // read; a VDEX holds the DEX files it verified only up to Android 11.
                if inside.is_empty() && kind == Code::Odex {
                    self.unreadable(label, "no DEX file was found inside this optimised code");
                }
                for (offset, dex) in inside {
                    let label = format!("{label} (DEX at byte {offset})");
                    scan_dex_bytes(
                        self.scanner,
                        dex,
                        &label,
                        self.found,
                        self.details,
                        self.not_checked,
                    );
                }
            }
            Code::Archive => {
                // An app carried inside is a sample in its own right: all three digests.
                self.found.add_hashes(&Hashes::of(&data), Some(label));
                return match Apk::from_bytes(data) {
                    Ok(inner) => self.archive(&inner, &format!("{label}!"), depth + 1),
                    Err(error) => {
                        self.not_checked
                            .push(entry_not_read(label, self.shown, &error));
                        false
                    }
                };
            }
        }
        true
    }

    /// A code entry at `label` that could not be read, because of `why`.
    fn unreadable(&mut self, label: &str, why: &str) {
        unreadable_code(self.details, self.not_checked, CodePlace::Entry(label), why);
    }
}

/// The anomaly of code carried in the file that Android does not load by itself.
const EMBEDDED_CODE: &str = "apk.embedded-code";

/// Code found in an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Code {
    Dex,
    /// A DEX optimised by Dalvik (`dey\n`), wrapping the DEX it was made from.
    Odex,
    /// ART's verification data (`vdex`), holding the DEX files it verified up to Android 11.
    Vdex,
    /// ELF: native libraries and programs, and ART's compiled OAT files.
    Native,
    /// ZIP: an APK, JAR or ZIP archive, with code of its own to read.
    Archive,
}

impl Code {
    /// The code whose file starts with `head`.
    fn of(head: &[u8]) -> Option<Code> {
        let magics: [(&[u8], Code); 5] = [
            (b"dex\n", Code::Dex),
            (b"dey\n", Code::Odex),
            (b"vdex", Code::Vdex),
            (b"\x7fELF", Code::Native),
            (b"PK\x03\x04", Code::Archive),
        ];
        magics
            .into_iter()
            .find(|(magic, _)| head.starts_with(magic))
            .map(|(_, code)| code)
    }

    /// The code an entry's name says it holds: read even when its bytes do not start as such
    /// code does, so a damaged or disguised file is named as not read instead of skipped.
    fn named(entry: &Entry) -> Option<Code> {
        let lower = entry.name.to_ascii_lowercase();
        let ends = |extensions: &[&str]| extensions.iter().any(|ext| lower.ends_with(ext));
        if ends(&[".dex"]) {
            Some(Code::Dex)
        } else if ends(&[".odex"]) {
            Some(Code::Odex)
        } else if ends(&[".vdex"]) {
            Some(Code::Vdex)
        } else if ends(&[".apk", ".jar", ".zip"]) {
            Some(Code::Archive)
        } else if is_native_library(entry) {
            Some(Code::Native)
        } else {
            None
        }
    }

    /// What it is, in an anomaly's words.
    fn what(self) -> &'static str {
        match self {
            Code::Dex => "DEX code",
            Code::Odex => "optimised DEX code (ODEX)",
            Code::Vdex => "DEX verification data (VDEX)",
            Code::Native => "native code (ELF)",
            Code::Archive => "an app or code archive",
        }
    }
}

/// Every DEX file inside `data` (an ODEX or VDEX), with its offset: a `dex\n` magic followed
/// by a version and a NUL, whose header's `file_size` fits in what follows.
fn dex_inside(data: &[u8]) -> Vec<(usize, &[u8])> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = data
        .get(at..)
        .and_then(|rest| rest.windows(4).position(|w| w == b"dex\n"))
        .map(|position| at + position)
    {
        let header = data.get(start..start + DEX_HEADER_SIZE as usize);
        let size = header.and_then(|header| {
            let version_ok = header.get(4..7)?.iter().all(u8::is_ascii_digit);
            let size = declared_dex_size(header).filter(|size| *size >= DEX_HEADER_SIZE)?;
            version_ok.then(|| usize::try_from(size).ok()).flatten()
        });
        match size.and_then(|size| data.get(start..start.checked_add(size)?)) {
            Some(dex) => {
                found.push((start, dex));
                at = start + dex.len();
            }
            None => at = start + 1,
        }
    }
    found
}

/// One DEX file of the APK: its hashes (SHA-256 alone unless the set lists weaker ones), then
/// what [`read_code`] reads.
fn scan_dex_bytes(
    scanner: &Scanner,
    data: &[u8],
    label: &str,
    found: &mut IndicatorFindings<'_>,
    details: &mut AppDetails,
    not_checked: &mut Vec<NotChecked>,
) {
    let sha256 = if scanner.lists_weak_hashes() {
        let hashes = Hashes::of(data);
        found.add_hashes(&hashes, Some(label));
        hashes.sha256
    } else {
        let sha256 = Hashes::sha256_of(data);
        found.add_hash(&sha256, Some(label));
        sha256
    };
    let place = CodePlace::Entry(label);
    read_code(scanner, data, &sha256, place, found, details, not_checked);
}

/// The entry `label` of the file `shown` was not read, because of `error`.
fn entry_not_read(label: &str, shown: &str, error: &impl std::fmt::Display) -> NotChecked {
    phrases::not_read(
        "apk.entry",
        phrases::entry_of(label, shown),
        phrases::entry_unreadable(&error.to_string()),
    )
}

fn is_native_library(entry: &Entry) -> bool {
    entry.name.starts_with("lib/") && entry.name.ends_with(".so")
}

/// Small text files under `assets/` and `res/raw/`: where apps keep server addresses in
/// configuration files.
fn scan_assets(
    scanner: &Scanner,
    apk: &Apk,
    shown: &str,
    found: &mut IndicatorFindings<'_>,
    not_checked: &mut Vec<NotChecked>,
) {
    let limits = &scanner.limits().container;
    let candidates = apk.entries().iter().filter(|entry| {
        (entry.name.starts_with("assets/") || entry.name.starts_with("res/raw/"))
            && entry.uncompressed_size <= MAX_TEXT_ASSET
            && !entry.name.ends_with('/')
    });
    for entry in candidates {
        let label = entry_label(apk, entry);
        let data = match apk.read(entry, limits) {
            Ok(data) => data,
            Err(error) => {
                not_checked.push(entry_not_read(&label, shown, &error));
                continue;
            }
        };
        if !looks_like_text(&data.data) {
            continue;
        }
        let text = String::from_utf8_lossy(&data.data);
        let lines = (0u32..).zip(text.lines());
        found.add_endpoints(&dex::endpoints(lines), &label);
    }
}

/// No NUL byte in the first 4 KiB: binary formats (images, databases, DEX) have them early.
fn looks_like_text(bytes: &[u8]) -> bool {
    !bytes.iter().take(4096).any(|&b| b == 0)
}

fn scan_whole_file(
    path: &Path,
    len: u64,
    found: &mut IndicatorFindings<'_>,
    not_checked: &mut Vec<NotChecked>,
) {
    let shown = path.display().to_string();
    let why = if len > MAX_YARA_FILE {
        phrases::too_large_for_yara(MAX_YARA_FILE / (1024 * 1024))
    } else {
        match std::fs::read(path) {
            Ok(bytes) => match found.add_yara(&bytes, None) {
                Some(error) => phrases::yara_error(&error),
                None => return,
            },
            Err(error) => phrases::file_not_reread(&error.to_string()),
        }
    };
    not_checked.push(phrases::not_read(
        "apk.yara",
        phrases::yara_whole_file(&shown),
        why,
    ));
}

fn describe_manifest(manifest: &ApkManifest, details: &mut AppDetails) {
    let m = &manifest.manifest;
    details.package = Some(m.package.clone());
    details.version_code = m.version_code;
    details.version_name = m.version_name.clone();
    details.label = m.application.label_resolved.clone();
    details.min_sdk = m.min_sdk;
    details.target_sdk = m.target_sdk;
    details.permissions = m.permissions.iter().map(|p| p.name.clone()).collect();
    details.components = m.components().map(component_details).collect();
}

fn component_details(component: &Component) -> ComponentDetails {
    let mut actions: Vec<String> = component
        .intent_filters
        .iter()
        .flat_map(|filter| filter.actions.iter().cloned())
        .collect();
    actions.dedup();
    ComponentDetails {
        kind: component_kind(component.kind).to_owned(),
        name: component.name.clone(),
        enabled: component.enabled,
        exported: component.is_exported(),
        permission: component.permission.clone(),
        actions,
    }
}

fn component_kind(kind: ComponentKind) -> &'static str {
    match kind {
        ComponentKind::Activity => "activity",
        ComponentKind::ActivityAlias => "activity-alias",
        ComponentKind::Service => "service",
        ComponentKind::Receiver => "receiver",
        ComponentKind::Provider => "provider",
    }
}

fn scheme_name(scheme: Scheme) -> &'static str {
    match scheme {
        Scheme::V1 => "v1",
        Scheme::V2 => "v2",
        Scheme::V3 => "v3",
        Scheme::V31 => "v3.1",
    }
}

fn describe_signatures(signatures: &Signatures, details: &mut AppDetails) {
    for result in &signatures.schemes {
        let (status, detail) = match &result.status {
            Status::Valid => (SignatureStatus::Valid, None),
            Status::Invalid(why) => (SignatureStatus::Invalid, Some(why.clone())),
            Status::NotVerified(why) => (SignatureStatus::NotVerified, Some(why.clone())),
            Status::NotPresent => continue,
        };
        let scheme = scheme_name(result.scheme);
        details.signatures.push(SignatureDetails {
            scheme: scheme.to_owned(),
            status,
            detail,
        });
        for signer in &result.signers {
            for certificate in signer.certificates.iter().take(1) {
                note_certificate(details, certificate, scheme);
            }
            for node in &signer.lineage {
                note_certificate(details, &node.certificate, "lineage");
            }
        }
    }
}

fn note_certificate(
    details: &mut AppDetails,
    certificate: &unstalk_apk::signing::Certificate,
    scheme: &str,
) {
    if let Some(known) = details
        .certificates
        .iter_mut()
        .find(|known| known.sha256 == certificate.sha256)
    {
        if !known.schemes.iter().any(|s| s == scheme) {
            known.schemes.push(scheme.to_owned());
        }
        return;
    }
    details.certificates.push(CertificateDetails {
        sha1: certificate.sha1.clone(),
        sha256: certificate.sha256.clone(),
        subject: certificate.subject.clone(),
        issuer: certificate.issuer.clone(),
        not_before: certificate.not_before.clone(),
        not_after: certificate.not_after.clone(),
        schemes: vec![scheme.to_owned()],
    });
}

fn describe_anomalies(
    apk: &Apk,
    manifest: Option<&ApkManifest>,
    signatures: &Signatures,
    details: &mut AppDetails,
) {
    let zip = apk.anomalies().iter().map(|anomaly| AnomalyDetails {
        code: format!("zip.{}", anomaly.code()),
        description: anomaly.to_string(),
        android_rejects: anomaly.android_rejects(),
    });
    let mut found: Vec<AnomalyDetails> = zip.collect();
    if let Some(manifest) = manifest {
        found.extend(
            manifest
                .manifest
                .anomalies()
                .iter()
                .chain(&manifest.anomalies)
                .map(|anomaly| AnomalyDetails {
                    code: anomaly.code().to_owned(),
                    description: anomaly.to_string(),
                    android_rejects: anomaly.android_rejects(),
                }),
        );
    }
    found.extend(signatures.anomalies().iter().map(|anomaly| AnomalyDetails {
        code: anomaly.code().to_owned(),
        description: anomaly.to_string(),
        android_rejects: false,
    }));
    // DEX anomalies were noted while reading the code; keep them after the file's own.
    found.append(&mut details.anomalies);
    details.anomalies = found;
}

/// Findings about how the file is built: evasion tricks and signatures that do not verify.
/// They inform an analyst; they never decide a verdict.
fn file_findings(subject: &Subject, path: &str, details: &AppDetails) -> Vec<Finding> {
    let mut findings = Vec::new();
    let evasions: Vec<&AnomalyDetails> = details
        .anomalies
        .iter()
        .filter(|anomaly| {
            anomaly.code.starts_with("zip.")
                || anomaly.code.starts_with("axml.")
                || anomaly.code == EMBEDDED_CODE
                || anomaly.code == HIDDEN_MANIFEST
                || anomaly.code == DEX_ZIP_POLYGLOT
        })
        .collect();
    if !evasions.is_empty() {
        let mut evidence = Evidence::new(unstalk_judge::EvidenceSource::File {
            path: path.to_owned(),
            entry: None,
            line: None,
        });
        for (i, anomaly) in evasions.iter().enumerate() {
            evidence = evidence.with_value(format!("anomaly.{}", i + 1), anomaly.code.clone());
        }
        findings.push(
            Finding::new(
                FindingId::ApkEvasion,
                Severity::Low,
                Confidence::High,
                subject.clone(),
            )
            .with_evidence(evidence),
        );
    }
    for signature in &details.signatures {
        if signature.status == SignatureStatus::Invalid {
            let evidence = Evidence::new(unstalk_judge::EvidenceSource::File {
                path: path.to_owned(),
                entry: None,
                line: None,
            })
            .with_value("scheme", signature.scheme.clone())
            .with_value("why", signature.detail.clone().unwrap_or_default());
            findings.push(
                Finding::new(
                    FindingId::ApkSignatureInvalid,
                    Severity::Low,
                    Confidence::High,
                    subject.clone(),
                )
                .with_evidence(evidence),
            );
        }
    }
    findings
}
