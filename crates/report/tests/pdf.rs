//! The PDF report of a real scan of corpus APKs, read back by poppler (Debian `poppler-utils`,
//! installed by `.ci/run`): `pdftotext` must find the facts a record needs (case reference,
//! date, tool, every input's and indicator set's SHA-256, verdicts, safety advice, guidance,
//! the evidence appendix) in English and French, and `pdftoppm` draws the first pages as PNG
//! into `target/report-screenshots/` for people to look at. Strings from the scan that look
//! like Typst markup come out as the same text.

use std::path::{Path, PathBuf};
use std::process::Command;

use unstalk_judge::{ScanReport, Subject};
use unstalk_report::Catalogue;
use unstalk_report::contacts::Contact;

mod common;

const CASE: &str = "CASE-2026-0042";

/// Strings a hostile app could carry as its name: Typst code, markup and an unbalanced bracket.
const HOSTILE_NAME: &str = "#panic(\"boom\") *bold* $x^2$ ] <label> @ref `raw`";

/// A name in a script no embedded font draws, with a right-to-left override and an emoji.
const FOREIGN_NAME: &str = "现代汉语 \u{202E}kcatta 🙂";

/// The corpus, when it and poppler are there (a loud SKIPPED otherwise; a failure under CI).
fn corpus_and_poppler(test: &str) -> Option<PathBuf> {
    let corpus = unstalk_testkit::corpus(test)?;
    unstalk_testkit::system_tool(test, "pdftotext", "-v", "poppler-utils")?;
    Some(corpus)
}

fn screenshots() -> PathBuf {
    let folder = unstalk_testkit::workspace_root().join("target/report-screenshots");
    std::fs::create_dir_all(&folder).expect("screenshot folder");
    folder
}

/// The PDF's text, its whitespace (line ends, layout gaps) folded to single spaces.
fn pdf_text(pdf: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext: {output:?}");
    folded(&String::from_utf8(output.stdout).expect("UTF-8 text"))
}

fn page_count(pdf: &Path) -> usize {
    let output = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    assert!(output.status.success(), "pdfinfo: {output:?}");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|count| count.trim().parse().ok())
        .expect("pdfinfo prints the page count")
}

fn report_of_corpus(corpus: &Path) -> ScanReport {
    let mut report = common::scan(corpus);
    report.case_reference = Some(CASE.to_owned());
    report
}

/// `text` with every run of whitespace, no-break spaces included, as one space.
fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every expected phrase is in `text` (whitespace folded); the message names the ones that are
/// not.
fn assert_contains_all(text: &str, expected: &[String], what: &str) {
    let missing: Vec<&String> = expected
        .iter()
        .filter(|phrase| !text.contains(&folded(phrase)))
        .collect();
    let start: String = text.chars().take(3000).collect();
    assert!(
        missing.is_empty(),
        "{what}: the PDF's text lacks {missing:#?}\n--- text (start) ---\n{start}"
    );
}

#[test]
fn pdf_of_a_corpus_scan_states_the_facts_of_the_record_in_english_and_french() {
    let Some(corpus) = corpus_and_poppler("pdf report") else {
        return;
    };
    let report = report_of_corpus(&corpus);
    let contacts = [Contact {
        name: "Example Helpline".into(),
        phone: Some("+00 0000 0000".into()),
        website: Some("helpline.example".into()),
        note: None,
    }];
    let out = screenshots();
    for language in ["en", "fr"] {
        let catalogue = Catalogue::load(language).expect("catalogue");
        let bytes = unstalk_report::pdf::render(&report, &catalogue, &contacts).expect("PDF");
        assert!(bytes.starts_with(b"%PDF-"), "a PDF file");
        let again = unstalk_report::pdf::render(&report, &catalogue, &contacts).expect("PDF");
        assert!(bytes == again, "one report gives one PDF, byte for byte");
        let pdf = out.join(format!("report.{language}.pdf"));
        std::fs::write(&pdf, &bytes).expect("PDF written");
        let text = pdf_text(&pdf);

        let say = |id: &str| {
            catalogue
                .text(id, None, None)
                .unwrap_or_else(|| panic!("{language} has {id}"))
        };
        let mut expected: Vec<String> = [
            "pdf-title",
            "pdf-created",
            "pdf-inputs",
            "pdf-indicator-sets",
            "summary-heading",
            "safety-heading",
            "contacts-heading",
            "details-heading",
            "checked-heading",
            "not-checked-heading",
            "pdf-appendix-heading",
            "verdict-known_stalkerware",
            "verdict-stalkerware_like",
            "verdict-known_watchware",
            "read-only-files",
            "safety-notify",
            "nothing-found-disclaimer",
        ]
        .iter()
        .map(|id| say(id))
        .collect();
        expected.extend([
            CASE.to_owned(),
            report.created.clone(),
            format!("{} {}", report.tool.name, report.tool.version),
            "Example Helpline".to_owned(),
        ]);
        for input in &report.inputs {
            expected.push(input.sha256.clone().expect("an APK's hash"));
        }
        for set in &report.indicator_sets {
            for source in &set.sources {
                expected.push(source.sha256.clone());
            }
        }
        for subject in &report.subjects {
            if let Subject::App { package, .. } = &subject.subject {
                expected.push(package.clone());
            }
            for &reason in &subject.reasons {
                let finding = &subject.findings[reason as usize];
                expected.push(catalogue.guidance(&finding.id).title);
                // The appendix lists every finding of a flagged subject by its id.
                expected.push(finding.id.as_str().to_owned());
            }
        }
        for check in &report.checked {
            expected.push(catalogue.phrase(check.phrase.as_ref(), &check.description));
        }
        assert_contains_all(&text, &expected, language);
        assert!(
            page_count(&pdf) >= 4,
            "cover, summary and safety, details, appendix"
        );
        let metadata = Command::new("pdfinfo")
            .arg("-meta")
            .arg(&pdf)
            .output()
            .expect("pdfinfo runs");
        let metadata = String::from_utf8_lossy(&metadata.stdout);
        assert!(
            metadata
                .contains("<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>"),
            "declared PDF/A-2a: {metadata}"
        );

        // The first pages as images, for a person to look at (the acceptance asks for it).
        // `-singlefile` names the image without a page number.
        for page in 1..=3 {
            let status = Command::new("pdftoppm")
                .args(["-png", "-r", "70", "-singlefile", "-f"])
                .arg(page.to_string())
                .arg(&pdf)
                .arg(out.join(format!("report-pdf.{language}.page{page}")))
                .status()
                .expect("pdftoppm runs");
            assert!(status.success());
            let image = out.join(format!("report-pdf.{language}.page{page}.png"));
            assert!(
                std::fs::metadata(&image).is_ok_and(|m| m.len() > 10_000),
                "{} drawn",
                image.display()
            );
        }
    }
}

#[test]
fn strings_from_a_scan_are_printed_as_text_never_read_as_typst() {
    let Some(corpus) = corpus_and_poppler("pdf report with hostile strings") else {
        return;
    };
    let mut report = report_of_corpus(&corpus);
    let long_value = "QUJD".repeat(100);
    for (index, subject) in report.subjects.iter_mut().enumerate() {
        if let Subject::App { name, .. } = &mut subject.subject {
            let hostile = if index == 0 {
                HOSTILE_NAME
            } else {
                FOREIGN_NAME
            };
            *name = Some(hostile.to_owned());
        }
        for finding in &mut subject.findings {
            for evidence in &mut finding.evidence {
                evidence
                    .values
                    .insert("blob".to_owned(), long_value.clone());
            }
        }
    }
    report.case_reference = Some("#set page(width: 1cm) ]".to_owned());
    let catalogue = Catalogue::load("en").expect("catalogue");
    let bytes = unstalk_report::pdf::render(&report, &catalogue, &[]).expect("PDF");
    let pdf = screenshots().join("report-hostile.en.pdf");
    std::fs::write(&pdf, &bytes).expect("PDF written");
    let text = pdf_text(&pdf);
    assert_contains_all(
        &text,
        &[
            HOSTILE_NAME.to_owned(),
            "#set page(width: 1cm) ]".to_owned(),
            // Kept exact, as code points, rather than refused by PDF/A or drawn as empty boxes.
            "[U+73B0][U+4EE3][U+6C49][U+8BED] [U+202E]kcatta".to_owned(),
        ],
        "hostile strings",
    );
    // The long value wraps inside its cell and comes back whole once the break points go.
    let joined = text.replace(['\u{200B}', ' '], "");
    assert!(
        joined.contains(&long_value),
        "the long evidence value is all there"
    );
}

#[test]
fn every_corpus_apk_goes_into_one_pdf() {
    let Some(corpus) = corpus_and_poppler("pdf report of every corpus APK") else {
        return;
    };
    // Real apps from the wild: names in other scripts, malformed files, many findings.
    let report = common::scan_paths(&corpus, &["apks"]);
    assert!(report.subjects.len() > 50, "the corpus APKs were scanned");
    let catalogue = Catalogue::load("en").expect("catalogue");
    let bytes = unstalk_report::pdf::render(&report, &catalogue, &[]).expect("PDF");
    let pdf = screenshots().join("report-corpus.en.pdf");
    std::fs::write(&pdf, &bytes).expect("PDF written");
    let text = pdf_text(&pdf);
    let packages: Vec<String> = report
        .subjects
        .iter()
        .filter_map(|subject| match &subject.subject {
            Subject::App { package, .. } if package.is_ascii() => Some(package.clone()),
            _ => None,
        })
        .collect();
    assert_contains_all(&text, &packages, "every app");
}

#[test]
fn a_part_not_read_is_said_on_the_cover_and_under_the_summary() {
    let Some(corpus) = corpus_and_poppler("pdf report with a part not read") else {
        return;
    };
    let mut report = report_of_corpus(&corpus);
    for subject in &mut report.subjects {
        subject.verdict = unstalk_judge::Verdict::NothingFound;
    }
    report.not_checked.push(unstalk_judge::NotChecked {
        id: "apk.entry".into(),
        description: "classes2.dex in notes.apk".into(),
        why: "it could not be read: cut short".into(),
        phrase: None,
        why_phrase: None,
        unread: true,
    });
    let catalogue = Catalogue::load("en").expect("catalogue");
    let bytes = unstalk_report::pdf::render(&report, &catalogue, &[]).expect("PDF");
    let pdf = screenshots().join("report-unread.en.pdf");
    std::fs::write(&pdf, &bytes).expect("PDF written");
    let text = pdf_text(&pdf);
    let warning = folded(&unstalk_report::unread_warning(&catalogue, &report).expect("warning"));
    assert_eq!(
        text.matches(&warning).count(),
        2,
        "cover and summary: {text}"
    );
    let cover_end = text.find("Summary").expect("summary heading");
    assert!(text.find(&warning).expect("on the cover") < cover_end);
}
