use super::*;

#[test]
fn english_and_the_other_shipped_languages_are_there() {
    let shipped = languages();
    for language in ["en", "fr", "es", "de"] {
        assert!(
            shipped.contains(&language),
            "{language} missing from {shipped:?}"
        );
    }
}

#[test]
fn every_finding_id_has_guidance_in_every_language() {
    let mut missing = Vec::new();
    for language in languages() {
        let catalogue = Catalogue::load(language).expect("catalogue parses");
        for finding in FindingId::ALL {
            let id = message_id(finding);
            if !catalogue.has(&id, None) {
                missing.push(format!("{language}: {id}"));
            }
            for attribute in GUIDANCE_ATTRIBUTES {
                if !catalogue.has(&id, Some(attribute)) {
                    missing.push(format!("{language}: {id}.{attribute}"));
                }
            }
        }
        for message in UI_MESSAGES {
            if !catalogue.has(message, None) {
                missing.push(format!("{language}: {message}"));
            }
        }
    }
    assert!(missing.is_empty(), "missing texts:\n{}", missing.join("\n"));
}

#[test]
fn catalogues_hold_no_entries_for_unknown_findings() {
    let known: Vec<String> = FindingId::ALL.iter().map(message_id).collect();
    for language in languages() {
        let catalogue = Catalogue::load(language).expect("catalogue parses");
        for id in catalogue.finding_messages() {
            assert!(known.contains(&id), "{language}: {id} is not a finding id");
        }
    }
}

#[test]
fn no_text_claims_a_phone_is_safe_or_clean() {
    for language in languages() {
        let catalogue = Catalogue::load(language).expect("catalogue parses");
        let disclaimer = catalogue
            .text("nothing-found-disclaimer", None, None)
            .expect("disclaimer");
        assert!(!disclaimer.is_empty());
        for finding in FindingId::ALL {
            let guidance = catalogue.guidance(finding);
            assert!(
                !guidance.what.is_empty() && !guidance.next.is_empty(),
                "{language}: {finding}"
            );
        }
    }
}

#[test]
fn languages_are_chosen_by_flag_then_locale_then_english() {
    assert_eq!(Catalogue::load("fr_FR.UTF-8").expect("fr").language(), "fr");
    assert_eq!(Catalogue::load("DE-at").expect("de").language(), "de");
    let error = Catalogue::load("tlh").err().expect("unknown");
    assert!(error.to_string().contains("en"), "{error}");
}

mod text_rendering {
    use unstalk_judge::{
        Confidence, Finding, FindingId, ScanReport, Severity, Subject, SubjectReport, Verdict,
    };

    use crate::Catalogue;
    use crate::text::{Style, render};

    fn app(package: &str) -> Subject {
        Subject::App {
            package: package.into(),
            name: None,
            version: Some("1.0".into()),
            sha256: None,
        }
    }

    fn report(flagged: bool) -> ScanReport {
        let mut report = ScanReport::new("2026-11-24T00:00:00Z");
        let subject = app("com.example.watch");
        let findings = if flagged {
            vec![Finding::new(
                FindingId::AppBehaviourStalkerwareLike,
                Severity::High,
                Confidence::Medium,
                subject.clone(),
            )]
        } else {
            Vec::new()
        };
        let mut entry = SubjectReport::new(subject, findings);
        if flagged {
            entry.verdict = Verdict::StalkerwareLike;
            entry.reasons = vec![0];
        }
        report.subjects.push(entry);
        report
    }

    #[test]
    fn every_language_renders_safety_first_only_when_something_was_flagged() {
        for language in crate::languages() {
            let catalogue = Catalogue::load(language).expect("catalogue");
            let safety = catalogue
                .text("safety-heading", None, None)
                .expect("heading");
            let disclaimer = catalogue
                .text("nothing-found-disclaimer", None, None)
                .expect("disclaimer");
            let first_words: String = disclaimer
                .split_ascii_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let flagged = render(&report(true), &catalogue, Style::plain());
            assert!(flagged.contains(&safety), "{language}: {flagged}");
            assert!(flagged.contains("com.example.watch"), "{language}");
            let label = catalogue
                .text("verdict-stalkerware_like", None, None)
                .expect("label");
            assert!(flagged.contains(&label), "{language}");
            let quiet = render(&report(false), &catalogue, Style::plain());
            assert!(
                !quiet.contains(&safety),
                "{language}: safety advice without a finding"
            );
            assert!(
                quiet.contains(&first_words),
                "{language}: no disclaimer: {quiet}"
            );
            assert!(
                !flagged.contains('\x1b'),
                "{language}: escape codes in plain text"
            );
        }
    }

    #[test]
    fn colour_is_only_added_when_asked() {
        let catalogue = Catalogue::load("en").expect("catalogue");
        let style = Style {
            colour: true,
            verbose: false,
        };
        assert!(render(&report(true), &catalogue, style).contains("\x1b[1;33m"));
    }
}

mod html_rendering {
    use unstalk_judge::{
        Confidence, Evidence, EvidenceSource, Finding, FindingId, ScanReport, Severity, Subject,
        SubjectReport, Verdict,
    };

    use crate::Catalogue;
    use crate::html::render;

    fn report() -> ScanReport {
        let mut report = ScanReport::new("2026-11-24T00:00:00Z");
        let subject = Subject::App {
            package: "com.example.<script>".into(),
            name: Some("\"System\" & Co".into()),
            version: None,
            sha256: None,
        };
        let finding = Finding::new(
            FindingId::IndicatorDomain,
            Severity::Critical,
            Confidence::High,
            subject.clone(),
        )
        .with_evidence(
            Evidence::new(EvidenceSource::File {
                path: "a.apk".into(),
                entry: None,
                line: None,
            })
            .with_value("found", "https://evil.example/<img src=x>"),
        );
        let mut entry = SubjectReport::new(subject, vec![finding]);
        entry.verdict = Verdict::KnownStalkerware;
        entry.reasons = vec![0];
        report.subjects.push(entry);
        report
    }

    #[test]
    fn pages_are_self_contained_escaped_and_in_the_readers_language() {
        for language in crate::languages() {
            let catalogue = Catalogue::load(language).expect("catalogue");
            let page = render(&report(), &catalogue);
            assert!(page.starts_with("<!DOCTYPE html>"), "{language}");
            assert!(
                page.contains(&format!("<html lang=\"{language}\">")),
                "{language}"
            );
            for external in [
                "<script", "<link", "<img", "<iframe", "<object", "<embed", " src=\"", " href=\"",
                "@import", "url(",
            ] {
                assert!(
                    !page.contains(external),
                    "{language}: `{external}` in the page"
                );
            }
            assert!(
                page.contains("com.example.&lt;script&gt;"),
                "{language}: not escaped"
            );
            assert!(
                page.contains("&lt;img src=x&gt;"),
                "{language}: evidence not escaped"
            );
            let safety = catalogue
                .text("safety-heading", None, None)
                .expect("heading");
            assert!(page.contains(&crate::html::escape(&safety)), "{language}");
            assert!(
                page.contains("<h1>") && page.contains("<h2>"),
                "{language}: headings"
            );
        }
    }
}
