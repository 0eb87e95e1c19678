use unstalk_indicators::{Family, FamilyKind, Provenance, Role, Source, SourceFormat};

use super::*;

fn set() -> IndicatorSet {
    let mut set = IndicatorSet::default();
    set.add_source(Source {
        name: "test".into(),
        location: "memory".into(),
        format: SourceFormat::Csv,
        version: None,
        sha256: "00".repeat(32),
        files: Vec::new(),
        date: None,
        built_in: false,
    });
    for (name, kind) in [
        ("TheTruthSpy", FamilyKind::Stalkerware),
        ("Other", FamilyKind::Stalkerware),
        ("Kids", FamilyKind::Watchware),
    ] {
        set.add_family(Family {
            name: name.into(),
            aliases: vec![],
            kind,
            source: 0,
        });
    }
    let add = |set: &mut IndicatorSet, kind, value: &str, family: &str| {
        set.indicators.push(Indicator {
            kind,
            value: normalize::normalize(kind, value).expect("valid test value"),
            family: Some(family.into()),
            family_kind: None,
            role: Some(Role::C2),
            label: None,
            provenance: Provenance::default(),
        });
    };
    add(&mut set, IndicatorKind::Domain, "copy9.com", "TheTruthSpy");
    add(
        &mut set,
        IndicatorKind::Domain,
        "media-sync-a.copy9.com",
        "TheTruthSpy",
    );
    add(
        &mut set,
        IndicatorKind::Domain,
        "shared.example",
        "TheTruthSpy",
    );
    add(&mut set, IndicatorKind::Domain, "shared.example", "Other");
    add(
        &mut set,
        IndicatorKind::AndroidPackage,
        "com.thetruth",
        "TheTruthSpy",
    );
    add(
        &mut set,
        IndicatorKind::CertSha1,
        "31A6ECECD97CF39BC4126B8745CD94A7C30BF81C",
        "TheTruthSpy",
    );
    add(
        &mut set,
        IndicatorKind::FileSha256,
        &"ab".repeat(32),
        "TheTruthSpy",
    );
    add(&mut set, IndicatorKind::Ipv4, "69.64.74.239", "TheTruthSpy");
    add(&mut set, IndicatorKind::Cidr, "203.0.113.0/24", "Other");
    add(
        &mut set,
        IndicatorKind::Url,
        "https://x.example/upload.php?a=b",
        "Other",
    );
    add(
        &mut set,
        IndicatorKind::CertCnRegex,
        r"^Kids\WSafety$",
        "Kids",
    );
    add(
        &mut set,
        IndicatorKind::CertOrganization,
        "Tesline-Service SRL",
        "Kids",
    );
    set
}

fn families(matches: &Matches<'_>) -> Vec<String> {
    matches
        .hits
        .iter()
        .filter_map(|hit| hit.family.map(|f| f.name.clone()))
        .collect()
}

#[test]
fn subdomains_match_on_label_boundaries_only() {
    let matcher = Matcher::new(set());
    assert_eq!(
        families(&matcher.match_domain("copy9.com")),
        ["TheTruthSpy"]
    );
    let deep = matcher.match_domain("A.B.Copy9.com.");
    assert_eq!(deep.hits.len(), 1);
    assert_eq!(deep.hits[0].matched_by, MatchedBy::Subdomain);
    assert_eq!(deep.hits[0].query, "a.b.copy9.com");
    assert!(matcher.match_domain("xcopy9.com").is_empty());
    assert!(matcher.match_domain("copy9.com.evil").is_empty());
    // Both the specific name and its listed parent are reported, most specific first.
    let both = matcher.match_domain("media-sync-a.copy9.com");
    let listed: Vec<_> = both
        .hits
        .iter()
        .map(|hit| hit.indicator.value.as_str())
        .collect();
    assert_eq!(listed, ["media-sync-a.copy9.com", "copy9.com"]);
}

#[test]
fn allocation_free_lookup_agrees_with_match_domain() {
    let matcher = Matcher::new(set());
    for name in [
        "copy9.com",
        "X.COPY9.com",
        "media-sync-a.copy9.com.",
        "xcopy9.com",
        "com",
        "",
        ".",
    ] {
        let slow = matcher
            .match_domain(name)
            .hits
            .first()
            .map(|hit| hit.indicator.value.clone());
        let fast = matcher.lookup_domain(name).map(|hit| hit.listed.to_owned());
        assert_eq!(slow, fast, "{name}");
    }
}

#[test]
fn a_value_in_two_families_names_both() {
    let matcher = Matcher::new(set());
    assert_eq!(
        families(&matcher.match_domain("cdn.shared.example")),
        ["TheTruthSpy", "Other"]
    );
}

#[test]
fn exact_kinds_normalise_the_query() {
    let matcher = Matcher::new(set());
    assert_eq!(
        families(&matcher.match_package("com.thetruth")),
        ["TheTruthSpy"]
    );
    assert!(matcher.match_package("com.thetruth.x").is_empty());
    assert_eq!(
        families(
            &matcher
                .match_certificate("31:a6:ec:ec:d9:7c:f3:9b:c4:12:6b:87:45:cd:94:a7:c3:0b:f8:1c")
        ),
        ["TheTruthSpy"]
    );
    assert_eq!(
        families(&matcher.match_file_hash(&"AB".repeat(32))),
        ["TheTruthSpy"]
    );
    assert!(matcher.match_certificate("1234").is_empty());
}

#[test]
fn addresses_match_exactly_and_by_network() {
    let matcher = Matcher::new(set());
    let exact = matcher.match_ip("69.64.74.239".parse().expect("address"));
    assert_eq!(exact.hits[0].matched_by, MatchedBy::Exact);
    let inside = matcher.match_ip("203.0.113.77".parse().expect("address"));
    assert_eq!(inside.hits[0].matched_by, MatchedBy::Network);
    assert!(
        matcher
            .match_ip("198.51.100.1".parse().expect("address"))
            .is_empty()
    );
}

#[test]
fn urls_match_whole_and_by_host() {
    let matcher = Matcher::new(set());
    let whole = matcher.match_url("HTTPS://X.example/upload.php?a=b");
    assert_eq!(whole.hits.len(), 1);
    assert_eq!(whole.hits[0].matched_by, MatchedBy::Exact);
    let by_host = matcher.match_url("http://media-sync-a.copy9.com:8080/upload.php");
    assert!(
        by_host
            .hits
            .iter()
            .all(|hit| hit.matched_by == MatchedBy::UrlHost)
    );
    assert_eq!(by_host.hits.len(), 2);
    assert_eq!(matcher.match_url("http://69.64.74.239/x").hits.len(), 1);
}

#[test]
fn certificate_subjects_match_organisation_and_cn_pattern() {
    let matcher = Matcher::new(set());
    assert_eq!(
        matcher
            .match_certificate_subject(Some("tesline-service srl"), None)
            .hits
            .len(),
        1
    );
    assert_eq!(
        matcher
            .match_certificate_subject(None, Some("Kids Safety"))
            .hits
            .len(),
        1
    );
    assert!(
        matcher
            .match_certificate_subject(Some("Google"), Some("Android"))
            .is_empty()
    );
}

#[test]
fn search_guesses_the_kind() {
    let matcher = Matcher::new(set());
    assert_eq!(
        families(&matcher.match_any("com.thetruth")),
        ["TheTruthSpy"]
    );
    assert_eq!(
        families(&matcher.match_any("media-sync-a.copy9.com")),
        ["TheTruthSpy", "TheTruthSpy"]
    );
    assert_eq!(
        families(&matcher.match_any("69.64.74.239")),
        ["TheTruthSpy"]
    );
    assert!(matcher.match_any("xcopy9.com").is_empty());
    assert!(matcher.match_any("").is_empty());
}

#[test]
fn allow_list_suppresses_after_matching_and_reports_it() {
    let allow = AllowList::parse_text("# clinic list\ncopy9.com\n203.0.113.0/25\n", "allow.txt")
        .expect("valid list");
    let matcher = Matcher::new(set()).with_allow_list(allow);
    let matches = matcher.match_domain("a.copy9.com");
    assert!(matches.hits.is_empty());
    assert_eq!(matches.allow_listed.len(), 1);
    assert_eq!(matches.allow_listed[0].1.value, "copy9.com");
    assert_eq!(matches.allow_listed[0].1.source, "allow.txt");
    assert!(
        matcher
            .match_ip("203.0.113.1".parse().expect("address"))
            .hits
            .is_empty()
    );
    assert_eq!(
        matcher
            .match_ip("203.0.113.200".parse().expect("address"))
            .hits
            .len(),
        1
    );
    assert_eq!(matcher.match_package("com.thetruth").hits.len(), 1);
}

#[test]
fn allow_list_text_errors_name_the_line() {
    let error = AllowList::parse_text("ok.example\nbad domain\n", "list.txt").expect_err("invalid");
    assert!(error.starts_with("list.txt:2:"), "{error}");
}

#[test]
fn yara_rules_are_found_by_source_and_name() {
    let mut set = set();
    set.indicators.push(Indicator {
        kind: IndicatorKind::YaraRule,
        value: "rule snoopza { condition: true }".into(),
        family: Some("Other".into()),
        family_kind: None,
        role: Some(Role::Sample),
        label: Some("snoopza".into()),
        provenance: Provenance::default(),
    });
    let matcher = Matcher::new(set);
    assert_eq!(families(&matcher.match_yara_rule(0, "snoopza")), ["Other"]);
    assert_eq!(
        matcher.match_yara_rule(0, "snoopza").hits[0].query,
        "snoopza"
    );
    assert!(
        matcher.match_yara_rule(1, "snoopza").is_empty(),
        "other source"
    );
    assert!(
        matcher.match_yara_rule(0, "Snoopza").is_empty(),
        "names are case-sensitive"
    );
}
