//! Collecting the indicator findings of one file: every lookup's hits become findings (hits
//! suppressed by the allow-list become `indicator.allow-listed` findings), once per indicator
//! kind, family and observed value: a domain found in three DEX files is one finding, and
//! `api.snoopza.com` listed both itself and under its parent `snoopza.com` is one finding (the
//! first hit, the most specific listing, is kept).

use std::collections::HashSet;

use unstalk_apk::dex::{Endpoint, EndpointKind};
use unstalk_indicators::IndicatorKind;
use unstalk_judge::apk::CodeEndpoint;
use unstalk_judge::indicator_findings::{allow_listed_finding, finding_for_hit};
use unstalk_judge::{Evidence, EvidenceSource, Finding, Subject};
use unstalk_match::Matches;

use crate::Scanner;

/// The indicator findings of one subject, deduplicated.
pub(crate) struct IndicatorFindings<'s> {
    scanner: &'s Scanner,
    subject: Subject,
    /// Where evidence points: the file (an entry is added per hit), or the command that showed
    /// the value.
    source: EvidenceSource,
    findings: Vec<Finding>,
    seen: HashSet<(IndicatorKind, Option<String>, String)>,
    /// The endpoints of the subject's code, for the behaviour judgement.
    code_endpoints: Vec<CodeEndpoint>,
}

impl<'s> IndicatorFindings<'s> {
    pub(crate) fn new(scanner: &'s Scanner, subject: Subject, path: &str) -> Self {
        let source = EvidenceSource::File {
            path: path.to_owned(),
            entry: None,
            line: None,
        };
        IndicatorFindings::with_source(scanner, subject, source)
    }

    /// Findings whose evidence points at `source`.
    pub(crate) fn with_source(
        scanner: &'s Scanner,
        subject: Subject,
        source: EvidenceSource,
    ) -> Self {
        IndicatorFindings {
            scanner,
            subject,
            source,
            findings: Vec::new(),
            seen: HashSet::new(),
            code_endpoints: Vec::new(),
        }
    }

    pub(crate) fn scanner(&self) -> &'s Scanner {
        self.scanner
    }

    /// Evidence pointing at `entry` of the file (or the file itself).
    pub(crate) fn evidence(&self, entry: Option<&str>) -> Evidence {
        let source = match &self.source {
            EvidenceSource::File { path, line, .. } => EvidenceSource::File {
                path: path.clone(),
                entry: entry.map(str::to_owned),
                line: *line,
            },
            other => other.clone(),
        };
        Evidence::new(source)
    }

    /// Adds the findings of `matches`, their evidence `evidence` plus the observed value.
    pub(crate) fn add(&mut self, matches: Matches<'_>, evidence: &Evidence) {
        for hit in &matches.hits {
            if self.first_time(hit) {
                let finding = finding_for_hit(hit, self.subject.clone(), evidence.clone());
                self.findings.push(finding);
            }
        }
        for (hit, entry) in &matches.allow_listed {
            if self.first_time(hit) {
                let finding =
                    allow_listed_finding(hit, entry, self.subject.clone(), evidence.clone());
                self.findings.push(finding);
            }
        }
    }

    fn first_time(&mut self, hit: &unstalk_match::Hit<'_>) -> bool {
        self.seen.insert((
            hit.indicator.kind,
            hit.indicator.family.clone(),
            hit.query.clone(),
        ))
    }

    /// Looks up the three hashes of a file or entry.
    pub(crate) fn add_hashes(&mut self, hashes: &unstalk_apk::Hashes, entry: Option<&str>) {
        for digest in [&hashes.sha256[..], &hashes.sha1[..], &hashes.md5[..]] {
            self.add_hash(digest, entry);
        }
    }

    /// Looks up one digest (SHA-256, SHA-1 or MD5) of a file or entry.
    pub(crate) fn add_hash(&mut self, digest: &[u8], entry: Option<&str>) {
        self.add_hash_hex(&hex::encode(digest), entry);
    }

    /// Looks up one digest written in hex, as an acquisition reports it.
    pub(crate) fn add_hash_hex(&mut self, digest: &str, entry: Option<&str>) {
        let evidence = self.evidence(entry);
        let matches = self.scanner.matcher().match_file_hash(digest);
        self.add(matches, &evidence);
    }

    /// Looks up endpoints found in `entry`.
    pub(crate) fn add_endpoints(&mut self, endpoints: &[Endpoint], entry: &str) {
        let matcher = self.scanner.matcher();
        for endpoint in endpoints {
            let matches = match endpoint.kind {
                EndpointKind::Url => matcher.match_url(&endpoint.value),
                EndpointKind::Domain => matcher.match_domain(&endpoint.value),
                // Addresses, and any kind a newer reader adds: look the host up as a value.
                _ => match endpoint.host.parse() {
                    Ok(address) => matcher.match_ip(address),
                    Err(_) => matcher.match_domain(&endpoint.host),
                },
            };
            if !matches.hits.is_empty() || !matches.allow_listed.is_empty() {
                let evidence = self
                    .evidence(Some(entry))
                    .with_value("found", endpoint.value.clone());
                self.add(matches, &evidence);
            }
        }
    }

    /// Looks up endpoints found in the code file `entry` (a DEX), and keeps them for the
    /// behaviour judgement ([`Self::code_endpoints`]).
    pub(crate) fn add_code_endpoints(&mut self, endpoints: Vec<Endpoint>, entry: &str) {
        self.add_endpoints(&endpoints, entry);
        self.code_endpoints
            .extend(endpoints.into_iter().map(|endpoint| CodeEndpoint {
                entry: entry.to_owned(),
                endpoint,
            }));
    }

    /// The endpoints found in code so far.
    pub(crate) fn code_endpoints(&self) -> &[CodeEndpoint] {
        &self.code_endpoints
    }

    /// Runs the YARA rules over `bytes` (entry `entry` of the file, or the file itself) and
    /// adds a finding per rule matched. Returns why the rules could not finish, if they could
    /// not.
    pub(crate) fn add_yara(
        &mut self,
        bytes: &[u8],
        entry: Option<&str>,
    ) -> Option<unstalk_yara::YaraError> {
        let scanner = self.scanner;
        let matched = match scanner.rules().scan(bytes) {
            Ok(matched) => matched,
            Err(error) => return Some(error),
        };
        for rule in matched {
            let Some(source) = scanner.rule_source(&rule.namespace) else {
                continue;
            };
            let evidence = self.evidence(entry).with_value("rule", rule.rule.clone());
            self.add(
                scanner.matcher().match_yara_rule(source, &rule.rule),
                &evidence,
            );
        }
        None
    }

    pub(crate) fn into_findings(self) -> Vec<Finding> {
        self.findings
    }
}
