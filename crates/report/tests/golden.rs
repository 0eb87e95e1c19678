//! Golden tests: the text and HTML of a real scan of corpus APKs (known stalkerware, an unknown
//! stalker-like app, a visible monitoring app, a benign app), in several languages, equal the
//! files in `tests/golden/`. A change to a text or a renderer shows up here as a diff to review;
//! rewrite them with `UNSTALK_BLESS=1 cargo test -p unstalk-report --test golden`.

use std::path::Path;

use unstalk_report::Catalogue;
use unstalk_report::text::{Style, render};

mod common;

/// `rendered` with the machine's corpus location written `<corpus>`.
fn portable(rendered: &str, corpus: &Path) -> String {
    rendered.replace(&corpus.display().to_string(), "<corpus>")
}

fn check(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UNSTALK_BLESS").is_some() {
        std::fs::write(&path, actual).expect("golden written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with UNSTALK_BLESS=1)", path.display()));
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(e, a)| e != a)
            .unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  now:    {:?}\n(review, then UNSTALK_BLESS=1 to accept)",
            first + 1,
            expected.lines().nth(first),
            actual.lines().nth(first)
        );
    }
}

#[test]
fn text_and_html_of_a_corpus_scan_equal_the_golden_files() {
    let Some(corpus) = unstalk_testkit::corpus("golden reports") else {
        return;
    };
    let report = common::scan(&corpus);
    for language in ["en", "fr", "es", "de"] {
        let catalogue = Catalogue::load(language).expect("catalogue");
        let text = render(&report, &catalogue, Style::plain());
        check(&format!("report.{language}.txt"), &portable(&text, &corpus));
    }
    for language in ["en", "fr"] {
        let catalogue = Catalogue::load(language).expect("catalogue");
        let page = unstalk_report::html::render(&report, &catalogue);
        check(
            &format!("report.{language}.html"),
            &portable(&page, &corpus),
        );
    }
}
