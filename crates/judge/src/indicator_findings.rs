//! Turns what the [`Matcher`](unstalk_match::Matcher) found into findings, and describes the
//! indicator set a scan used, so every scanner reports indicator hits the same way.
//!
//! How sure a hit is depends on what matched: a package name, a signing certificate or a file
//! hash names the app itself ([`Confidence::Certain`] for hashes and certificates, which cannot
//! collide by accident; [`Confidence::High`] for package names, which another app could reuse);
//! a domain, address or URL says the app or phone talked to that family's servers
//! ([`Confidence::High`] when listed as C2, [`Confidence::Medium`] for a product's web site,
//! which a person may simply have visited). Severity follows the family's kind: stalkerware is
//! [`Severity::Critical`], watchware [`Severity::Medium`] (visible, often consented monitoring,
//! still worth a conversation), dual-use [`Severity::Low`].

use unstalk_indicators::{IndicatorKind, IndicatorSet, Role};
use unstalk_match::{AllowEntry, Hit};

use crate::finding::{Confidence, Evidence, FamilyKind, Finding, IndicatorRef, Severity, Subject};
use crate::finding_id::FindingId;
use crate::report::{IndicatorSetUsed, IndicatorSource};

/// The finding for one indicator hit about `subject`, with `evidence` saying where the
/// observed value was seen.
pub fn finding_for_hit(hit: &Hit<'_>, subject: Subject, evidence: Evidence) -> Finding {
    let indicator = hit.indicator;
    let id = FindingId::for_indicator_kind(indicator.kind.as_str())
        .unwrap_or(FindingId::IndicatorFilePath);
    let family_kind = hit.family.map(|family| family.kind);
    let severity = match family_kind {
        Some(FamilyKind::Stalkerware) => Severity::Critical,
        Some(FamilyKind::Watchware) | Some(FamilyKind::Other) | None => Severity::Medium,
        Some(FamilyKind::DualUse) => Severity::Low,
    };
    let confidence = match indicator.kind {
        IndicatorKind::CertSha1
        | IndicatorKind::CertSha256
        | IndicatorKind::FileSha256
        | IndicatorKind::FileSha1
        | IndicatorKind::FileMd5 => Confidence::Certain,
        IndicatorKind::Domain
        | IndicatorKind::Url
        | IndicatorKind::Ipv4
        | IndicatorKind::Ipv6
        | IndicatorKind::Cidr
            if indicator.role == Some(Role::Website) =>
        {
            Confidence::Medium
        }
        IndicatorKind::CertOrganization | IndicatorKind::CertCnRegex => Confidence::Medium,
        _ => Confidence::High,
    };
    let mut finding = Finding::new(id, severity, confidence, subject)
        .with_evidence(evidence.with_value("observed", hit.query.clone()))
        .with_indicator(indicator_ref(hit));
    if let Some(criterion) = indicator.provenance.criterion {
        finding = finding.with_criterion(criterion);
    }
    finding
}

/// The informational finding for a hit the allow-list suppressed, so a report says what was
/// not raised and why.
pub fn allow_listed_finding(
    hit: &Hit<'_>,
    entry: &AllowEntry,
    subject: Subject,
    evidence: Evidence,
) -> Finding {
    Finding::new(
        FindingId::IndicatorAllowListed,
        Severity::Info,
        Confidence::High,
        subject,
    )
    .with_evidence(
        evidence
            .with_value("observed", hit.query.clone())
            .with_value("allow_list_entry", entry.value.clone())
            .with_value("allow_list", entry.source.clone()),
    )
    .with_indicator(indicator_ref(hit))
}

/// What a report says about the indicator set a scan matched against.
pub fn indicator_set_used(set: &IndicatorSet) -> IndicatorSetUsed {
    let sources: Vec<IndicatorSource> = set
        .sources
        .iter()
        .map(|source| IndicatorSource {
            name: source.name.clone(),
            location: source.location.clone(),
            sha256: source.sha256.clone(),
            version: source.version.clone(),
            date: source.date.clone(),
            built_in: source.built_in,
        })
        .collect();
    let lines: String = sources
        .iter()
        .map(|source| format!("{}  {}\n", source.sha256, source.name))
        .collect();
    IndicatorSetUsed {
        sources,
        sha256: unstalk_indicators::sha256_hex(lines.as_bytes()),
        counts: set.counts(),
    }
}

fn indicator_ref(hit: &Hit<'_>) -> IndicatorRef {
    let indicator = hit.indicator;
    let source_name = hit.source.map_or("", |source| source.name.as_str());
    // A YARA rule's value is its whole source text: one line of a report names the rule
    // (`echap:snoopza`, as its feed and name tell it apart from a same-named rule of another
    // feed) and the text goes to `details`.
    let (value, details) = match (&indicator.kind, &indicator.label) {
        (IndicatorKind::YaraRule, Some(rule)) => (
            format!("{source_name}:{rule}"),
            Some(indicator.value.clone()),
        ),
        _ => (indicator.value.clone(), None),
    };
    IndicatorRef {
        family: hit.family.map(|family| family.name.clone()),
        family_kind: hit.family.map(|family| family.kind),
        kind: indicator.kind.as_str().to_owned(),
        value,
        label: indicator.label.clone(),
        details,
        source: source_name.to_owned(),
        source_sha256: hit
            .source
            .map_or_else(String::new, |source| source.sha256.clone()),
        tlp: indicator.provenance.tlp,
        confidence: indicator.provenance.confidence,
    }
}

#[cfg(test)]
mod tests {
    use unstalk_indicators::{Family, Indicator, Provenance, Source, SourceFormat};
    use unstalk_match::{AllowList, Matcher};

    use super::*;
    use crate::finding::EvidenceSource;
    use crate::report::{SubjectReport, Verdict};

    fn matcher() -> Matcher {
        let mut set = IndicatorSet::default();
        set.add_source(Source {
            name: "echap".into(),
            location: "memory".into(),
            format: SourceFormat::Echap,
            version: None,
            sha256: "ab".repeat(32),
            files: Vec::new(),
            date: None,
            built_in: false,
        });
        for (name, kind) in [
            ("TheTruthSpy", unstalk_indicators::FamilyKind::Stalkerware),
            ("KidsControl", unstalk_indicators::FamilyKind::Watchware),
        ] {
            set.add_family(Family {
                name: name.into(),
                aliases: Vec::new(),
                kind,
                source: 0,
            });
        }
        for (kind, value, family, role) in [
            (
                IndicatorKind::AndroidPackage,
                "com.thetruth",
                "TheTruthSpy",
                None,
            ),
            (
                IndicatorKind::Domain,
                "thetruthspy.com",
                "TheTruthSpy",
                Some(Role::Website),
            ),
            (
                IndicatorKind::AndroidPackage,
                "app.gpsme",
                "KidsControl",
                None,
            ),
        ] {
            set.indicators.push(Indicator {
                kind,
                value: value.into(),
                family: Some(family.into()),
                family_kind: None,
                role,
                label: None,
                provenance: Provenance::default(),
            });
        }
        Matcher::new(set)
    }

    fn app(package: &str) -> Subject {
        Subject::App {
            package: package.into(),
            name: None,
            version: None,
            sha256: None,
        }
    }

    fn evidence() -> Evidence {
        Evidence::new(EvidenceSource::Command {
            command: "pm list packages".into(),
        })
    }

    #[test]
    fn a_stalkerware_package_hit_is_critical_and_gives_known_stalkerware() {
        let matcher = matcher();
        let matches = matcher.match_package("com.thetruth");
        let finding = finding_for_hit(&matches.hits[0], app("com.thetruth"), evidence());
        assert_eq!(finding.id, FindingId::IndicatorPackage);
        assert_eq!(finding.severity, Severity::Critical);
        assert_eq!(finding.confidence, Confidence::High);
        let indicator = finding.indicator.as_ref().expect("indicator reference");
        assert_eq!(indicator.family.as_deref(), Some("TheTruthSpy"));
        assert_eq!(indicator.source, "echap");
        assert_eq!(
            finding.evidence[0]
                .values
                .get("observed")
                .map(String::as_str),
            Some("com.thetruth")
        );
        let report = SubjectReport::new(app("com.thetruth"), vec![finding]);
        assert_eq!(report.verdict, Verdict::KnownStalkerware);
    }

    #[test]
    fn a_watchware_hit_gives_known_watchware_and_a_website_is_less_sure() {
        let matcher = matcher();
        let watch = finding_for_hit(
            &matcher.match_package("app.gpsme").hits[0],
            app("app.gpsme"),
            evidence(),
        );
        assert_eq!(watch.severity, Severity::Medium);
        assert_eq!(
            SubjectReport::new(app("app.gpsme"), vec![watch]).verdict,
            Verdict::KnownWatchware
        );
        let site = finding_for_hit(
            &matcher.match_domain("www.thetruthspy.com").hits[0],
            Subject::NetworkHost {
                host: "www.thetruthspy.com".into(),
            },
            evidence(),
        );
        assert_eq!(site.id, FindingId::IndicatorDomain);
        assert_eq!(site.confidence, Confidence::Medium);
    }

    #[test]
    fn an_allow_listed_hit_is_informational_and_does_not_decide_the_verdict() {
        let allow = AllowList::parse_text("thetruthspy.com\n", "clinic.txt").expect("list");
        let matcher = matcher().with_allow_list(allow);
        let matches = matcher.match_domain("thetruthspy.com");
        let (hit, entry) = &matches.allow_listed[0];
        let finding = allow_listed_finding(
            hit,
            entry,
            Subject::NetworkHost {
                host: "thetruthspy.com".into(),
            },
            evidence(),
        );
        assert_eq!(finding.id, FindingId::IndicatorAllowListed);
        assert_eq!(finding.severity, Severity::Info);
        let report = SubjectReport::new(
            Subject::NetworkHost {
                host: "thetruthspy.com".into(),
            },
            vec![finding],
        );
        assert_eq!(report.verdict, Verdict::NothingFound);
    }

    /// A YARA hit names the rule by feed and name; the rule's source text is in `details`,
    /// never in the value a report shows on one line.
    #[test]
    fn a_yara_hit_names_the_rule_and_keeps_its_source_in_details() {
        let mut set = matcher().set().clone();
        let rule = "rule snoopza {\n  strings: $a = \"snoopza\"\n  condition: $a\n}";
        set.indicators.push(Indicator {
            kind: IndicatorKind::YaraRule,
            value: rule.into(),
            family: Some("TheTruthSpy".into()),
            family_kind: None,
            role: Some(Role::Sample),
            label: Some("snoopza".into()),
            provenance: Provenance::default(),
        });
        let matcher = Matcher::new(set);
        let matches = matcher.match_yara_rule(0, "snoopza");
        let finding = finding_for_hit(&matches.hits[0], app("com.thetruth"), evidence());
        assert_eq!(finding.id, FindingId::IndicatorYara);
        let indicator = finding.indicator.as_ref().expect("indicator reference");
        assert_eq!(indicator.value, "echap:snoopza");
        assert_eq!(indicator.label.as_deref(), Some("snoopza"));
        assert_eq!(indicator.family.as_deref(), Some("TheTruthSpy"));
        assert_eq!(indicator.details.as_deref(), Some(rule));
        // Other kinds keep their listed value and have no details.
        let package = finding_for_hit(
            &matcher.match_package("com.thetruth").hits[0],
            app("com.thetruth"),
            evidence(),
        );
        let indicator = package.indicator.as_ref().expect("indicator reference");
        assert_eq!(
            (indicator.value.as_str(), indicator.details.as_deref()),
            ("com.thetruth", None)
        );
    }

    #[test]
    fn the_set_used_names_its_sources_and_counts() {
        let matcher = matcher();
        let used = indicator_set_used(matcher.set());
        assert_eq!(used.sources.len(), 1);
        assert_eq!(used.sha256.len(), 64);
        assert_eq!(used.counts.get("families"), Some(&2));
        assert_eq!(used.counts.get("android-package"), Some(&2));
    }
}
