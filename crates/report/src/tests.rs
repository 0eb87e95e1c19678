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

    /// [`report`] with nothing flagged and one part of the input that could not be read.
    fn report_with_an_unread_part() -> ScanReport {
        let mut report = report(false);
        report.not_checked.push(unstalk_judge::NotChecked {
            id: "apk.entry".into(),
            description: "classes2.dex in notes.apk".into(),
            why: "it could not be read: cut short".into(),
            phrase: None,
            why_phrase: None,
            unread: true,
        });
        report
    }

    #[test]
    fn a_part_not_read_is_said_under_the_summary_in_every_language_and_format() {
        for language in crate::languages() {
            let catalogue = Catalogue::load(language).expect("catalogue");
            let warning = crate::unread_warning(&catalogue, &report_with_an_unread_part())
                .expect("a warning");
            assert!(!warning.is_empty(), "{language}");
            assert_eq!(crate::unread_warning(&catalogue, &report(false)), None);
            let text = render(&report_with_an_unread_part(), &catalogue, Style::plain());
            let summary_end = text
                .find(&catalogue.message("checked-heading"))
                .expect("checked heading");
            let first_words: String = warning.split(' ').take(4).collect::<Vec<_>>().join(" ");
            let at = text.find(&first_words).expect("warning in the text");
            assert!(
                at < summary_end,
                "{language}: not under the summary: {text}"
            );
            let page = crate::html::render(&report_with_an_unread_part(), &catalogue);
            assert!(
                page.contains(&crate::html::escape(&first_words)),
                "{language}: {page}"
            );
        }
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
    fn names_from_a_scan_cannot_steer_the_terminal_or_hide_in_it() {
        let catalogue = Catalogue::load("en").expect("catalogue");
        let mut report = report(true);
        if let Subject::App { name, .. } = &mut report.subjects[0].subject {
            *name = Some(
                "Sys\u{1b}[2J\u{1b}]0;owned\u{7}tem\n!! Nothing found\u{202E}kcatta\u{200B}".into(),
            );
        }
        let shown = render(&report, &catalogue, Style::plain());
        assert!(!shown.contains('\u{1b}'), "{shown:?}");
        assert!(
            !shown.contains('\u{202E}') && !shown.contains('\u{200B}'),
            "{shown:?}"
        );
        assert!(
            shown.contains("Sys[U+001B][2J[U+001B]]0;owned[U+0007]tem[U+000A]!! Nothing found[U+202E]kcatta[U+200B]"),
            "{shown}"
        );
        let page = crate::html::render(&report, &catalogue);
        assert!(page.contains("[U+202E]kcatta"), "{page}");
    }

    #[test]
    fn colour_is_only_added_when_asked() {
        let catalogue = Catalogue::load("en").expect("catalogue");
        let style = Style {
            colour: true,
            ..Style::plain()
        };
        assert!(render(&report(true), &catalogue, style).contains("\x1b[1;33m"));
    }

    #[test]
    fn prose_fits_a_narrow_terminal_and_stays_readable_on_a_wide_one() {
        let catalogue = Catalogue::load("en").expect("catalogue");
        let longest = |columns: Option<usize>| {
            let style = Style {
                terminal_columns: columns,
                ..Style::plain()
            };
            render(&report(true), &catalogue, style)
                .lines()
                // Subject lines hold names and paths, which are never cut.
                .filter(|line| line.starts_with("  ") && !line.contains('/'))
                .map(|line| line.chars().count())
                .max()
                .unwrap_or_default()
        };
        assert!(longest(Some(60)) <= 60, "{}", longest(Some(60)));
        assert!(longest(None) > 60);
        assert_eq!(longest(Some(300)), longest(None));
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

/// The lines of what was and was not checked: the `check-` and `why-` messages of every
/// language against the scanners' list and their English lines.
mod phrases {
    use std::collections::BTreeSet;

    use unstalk_judge::Phrase;
    use unstalk_scan::phrases::{PHRASE_IDS, examples};

    use crate::{Catalogue, LOCALES, PHRASE_PREFIXES, languages};

    /// The source line of message `id` in `language`'s own catalogue.
    fn source(language: &str, id: &str) -> Option<&'static str> {
        let start = format!("{id} =");
        LOCALES
            .iter()
            .filter(|(lang, _)| *lang == language)
            .flat_map(|(_, files)| files.iter())
            .flat_map(|text| text.lines())
            .find(|line| line.starts_with(&start))
    }

    /// The variables a message's text refers to (`{ $path }` gives `path`); an error for any
    /// other use of braces.
    fn placeables(text: &str) -> Result<BTreeSet<String>, String> {
        let mut names = BTreeSet::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            if rest[..open].contains('}') {
                return Err(format!("a `}}` without `{{` in {text:?}"));
            }
            let after = &rest[open + 1..];
            let close = after
                .find('}')
                .ok_or_else(|| format!("an unclosed `{{` in {text:?}"))?;
            let inner = after[..close].trim();
            let name = inner
                .strip_prefix('$')
                .filter(|name| {
                    !name.is_empty()
                        && name
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
                })
                .ok_or_else(|| format!("`{{ {inner} }}` is not a variable in {text:?}"))?;
            names.insert(name.to_owned());
            rest = &after[close + 1..];
        }
        if rest.contains('}') {
            return Err(format!("a `}}` without `{{` in {text:?}"));
        }
        Ok(names)
    }

    #[test]
    fn every_phrase_id_is_said_in_every_language_with_the_english_placeables() {
        let mut problems = Vec::new();
        for id in PHRASE_IDS {
            let english = source("en", id)
                .map(placeables)
                .unwrap_or_else(|| panic!("en: no message {id}"))
                .unwrap_or_else(|problem| panic!("en: {id}: {problem}"));
            for language in languages() {
                match source(language, id).map(placeables) {
                    None => problems.push(format!("{language}: no message {id}")),
                    Some(Err(problem)) => problems.push(format!("{language}: {id}: {problem}")),
                    Some(Ok(names)) if names != english => problems.push(format!(
                        "{language}: {id} has placeables {names:?}, English has {english:?}"
                    )),
                    Some(Ok(_)) => {}
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn catalogues_say_no_check_or_reason_the_scanners_do_not_write() {
        for language in languages() {
            let catalogue = Catalogue::load(language).expect("catalogue parses");
            let messages = catalogue.phrase_messages();
            assert!(!messages.is_empty(), "{language}: no phrase found");
            for id in messages {
                assert!(
                    PHRASE_PREFIXES.iter().any(|prefix| id.starts_with(prefix)),
                    "{id}"
                );
                assert!(
                    PHRASE_IDS.contains(&id.as_str()),
                    "{language}: {id} is not in unstalk_scan::phrases::PHRASE_IDS"
                );
            }
        }
    }

    #[test]
    fn english_messages_say_exactly_what_the_scanners_write() {
        let english = Catalogue::load("en").expect("catalogue parses");
        for line in examples() {
            assert!(
                english.has(&line.phrase.id, None),
                "en: no message {}",
                line.phrase.id
            );
            assert_eq!(
                english.phrase(Some(&line.phrase), "(missing)"),
                line.english,
                "{}",
                line.phrase.id
            );
        }
    }

    #[test]
    fn every_language_fills_in_every_value_untranslated() {
        for language in languages() {
            let catalogue = Catalogue::load(language).expect("catalogue parses");
            for line in examples() {
                let said = catalogue
                    .own_text(&line.phrase.id, None, Some(&fluent_args(&line.phrase)))
                    .unwrap_or_else(|| panic!("{language}: {} does not format", line.phrase.id));
                for value in line.phrase.args.values() {
                    assert!(
                        said.contains(value.as_str()),
                        "{language}: {}: {value:?} not in {said:?}",
                        line.phrase.id
                    );
                }
            }
        }
    }

    fn fluent_args(phrase: &Phrase) -> fluent_bundle::FluentArgs<'_> {
        let mut args = fluent_bundle::FluentArgs::new();
        for (name, value) in &phrase.args {
            args.set(name.as_str(), value.as_str());
        }
        args
    }

    #[test]
    fn a_line_without_a_phrase_or_with_an_unknown_one_is_shown_in_english() {
        let french = Catalogue::load("fr").expect("catalogue parses");
        assert_eq!(french.phrase(None, "Old line"), "Old line");
        let later = Phrase::new("check-from-a-later-version");
        assert_eq!(french.phrase(Some(&later), "Later line"), "Later line");
        // A message whose placeable has no value cannot be said: the English line is shown.
        let missing = Phrase::new("check-yara-rules");
        assert_eq!(
            french.phrase(Some(&missing), "12 YARA rules"),
            "12 YARA rules"
        );
        let rules = Phrase::new("check-yara-rules").with_arg("count", "12");
        let said = french.phrase(Some(&rules), "12 YARA rules");
        assert!(said.starts_with("Règles YARA (12) "), "{said}");
    }

    #[test]
    fn french_phrases_put_no_break_spaces_where_french_needs_them() {
        for id in PHRASE_IDS {
            let Some(line) = source("fr", id) else {
                continue;
            };
            let text = line.split_once(" = ").map_or(line, |(_, text)| text);
            for (index, c) in text.char_indices() {
                if matches!(c, ':' | ';' | '?' | '!' | '»') {
                    assert!(
                        text[..index].ends_with('\u{a0}'),
                        "fr: {id}: no no-break space before `{c}`"
                    );
                }
                if c == '«' {
                    assert!(
                        text[index + c.len_utf8()..].starts_with('\u{a0}'),
                        "fr: {id}: no no-break space after `«`"
                    );
                }
            }
        }
    }
}
