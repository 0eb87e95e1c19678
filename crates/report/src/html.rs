//! The report as one self-contained HTML page: readable on a phone, printable, and safe to open
//! anywhere — no script, no external font, style sheet or image, nothing fetched, so opening it
//! tells no server that a report was read.
//!
//! The structure follows [`crate::text`]: the summary, safety first when anything was flagged,
//! what each flagged subject's findings mean with the options, the evidence (folded, unfolded
//! when printed), what was and was not checked, and the reminder that "nothing found" proves
//! nothing. Verdicts are told by words and symbols as well as colour.

use std::fmt::Write as _;

use unstalk_judge::{ScanReport, SubjectReport, Verdict};

use crate::Catalogue;
use crate::contacts::{Contact, contact_line};

/// Inline style: system fonts, high contrast (WCAG AA and better), one column on small screens.
const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;line-height:1.5;\
max-width:50rem;margin:0 auto;padding:1rem;color:#111;background:#fff}\
h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem;border-bottom:2px solid #444}\
h3{font-size:1.1rem;margin-top:1.5rem}h4{font-size:1rem;margin:1rem 0 .25rem}\
.note{background:#eef3f8;border-left:4px solid #2b5c8a;padding:.5rem 1rem}\
.warning{background:#fff4e5;border-left:4px solid #8a4b00;padding:.5rem 1rem;font-weight:bold}\
.safety{background:#fff4e5;border-left:4px solid #8a4b00;padding:.5rem 1rem}\
.verdict{font-weight:bold;padding:0 .3rem;border-radius:.2rem}\
.known_stalkerware,.stalkerware_like{background:#7a0c0c;color:#fff}\
.known_watchware{background:#0b4f6c;color:#fff}.nothing_found{background:#e6e6e6;color:#111}\
ul.subjects{list-style:none;padding:0}ul.subjects li{margin:.4rem 0;overflow-wrap:anywhere}\
h3{overflow-wrap:anywhere}\
code{font-family:ui-monospace,monospace;word-break:break-all}\
table{border-collapse:collapse;font-size:.9rem}td{border:1px solid #999;padding:.2rem .4rem;\
vertical-align:top;word-break:break-all}\
@media print{details{display:block}details>summary{list-style:none}body{max-width:none}}";

/// The whole report as an HTML page in `catalogue`'s language.
pub fn render(report: &ScanReport, catalogue: &Catalogue) -> String {
    render_with_contacts(report, catalogue, &[])
}

/// [`render`], with where to find help listed after the safety advice.
pub fn render_with_contacts(
    report: &ScanReport,
    catalogue: &Catalogue,
    contacts: &[Contact],
) -> String {
    let text = |id: &str| escape(&catalogue.message(id));
    let report = &*crate::displayable(report);
    let mut page = String::new();
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>unstalk — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        escape(catalogue.language()),
        text("summary-heading"),
    );
    let _ = writeln!(
        page,
        "<p class=\"note\">{}</p>",
        text(crate::read_only_message(report))
    );
    if let Some(case) = &report.case_reference {
        let _ = writeln!(
            page,
            "<p><strong>{}:</strong> {}</p>",
            text("case-reference"),
            escape(case)
        );
    }
    let subjects = crate::by_verdict(report);
    let _ = writeln!(
        page,
        "<h1>{}</h1>\n<ul class=\"subjects\">",
        text("summary-heading")
    );
    for subject in &subjects {
        let _ = writeln!(
            page,
            "<li>{} <span>{}</span></li>",
            badge(catalogue, subject.verdict),
            escape(&crate::describe(subject, catalogue))
        );
    }
    let _ = writeln!(page, "</ul>");
    if let Some(warning) = crate::unread_warning(catalogue, report) {
        let _ = writeln!(page, "<p class=\"warning\">{}</p>", escape(&warning));
    }
    let _ = writeln!(
        page,
        "<p class=\"note\">{}</p>",
        text("nothing-found-disclaimer")
    );
    // Which lists the verdicts rest on, and whether they are current, belongs next to the
    // verdicts: a stale list is a reason a phone can look clean.
    if report.indicator_sets.is_empty() {
        let _ = writeln!(page, "<p>{}</p>", text("pdf-no-indicator-sets"));
    }
    for set in &report.indicator_sets {
        let (line, warning) = crate::indicator_set_lines(catalogue, set, &report.created);
        let _ = writeln!(page, "<p>{}</p>", escape(&line));
        if let Some(warning) = warning {
            let _ = writeln!(page, "<p class=\"warning\">{}</p>", escape(&warning));
        }
    }

    if subjects.iter().any(|s| s.verdict != Verdict::NothingFound) {
        let _ = writeln!(
            page,
            "<section class=\"safety\">\n<h2>{}</h2>",
            text("safety-heading")
        );
        for id in crate::SAFETY_MESSAGES {
            let _ = writeln!(page, "<p>{}</p>", text(id));
        }
        if !contacts.is_empty() {
            let _ = writeln!(page, "<h3>{}</h3>\n<ul>", text("contacts-heading"));
            for contact in contacts {
                let _ = writeln!(page, "<li>{}</li>", escape(&contact_line(contact)));
            }
            page.push_str("</ul>\n");
        }
        page.push_str("</section>\n");
        let _ = writeln!(page, "<h2>{}</h2>", text("details-heading"));
        for subject in subjects
            .iter()
            .filter(|s| s.verdict != Verdict::NothingFound)
        {
            subject_details(&mut page, subject, catalogue);
        }
    }

    let _ = writeln!(page, "<h2>{}</h2>\n<ul>", text("checked-heading"));
    for check in &report.checked {
        let _ = writeln!(page, "<li>{}</li>", escape(&catalogue.checked_line(check)));
    }
    let _ = writeln!(
        page,
        "</ul>\n<h2>{}</h2>\n<ul>",
        text("not-checked-heading")
    );
    for not in &report.not_checked {
        let _ = writeln!(
            page,
            "<li>{}</li>",
            escape(&catalogue.not_checked_line(not))
        );
    }
    page.push_str("</ul>\n");
    provenance(&mut page, report);
    page.push_str("</body>\n</html>\n");
    page
}

fn subject_details(page: &mut String, subject: &SubjectReport, catalogue: &Catalogue) {
    let _ = writeln!(
        page,
        "<section>\n<h3>{} {}</h3>",
        badge(catalogue, subject.verdict),
        escape(&crate::describe(subject, catalogue))
    );
    let explained = crate::explained(subject, false, catalogue);
    for (_, family, guidance) in &explained {
        let family = family
            .map(|family| format!(" ({})", escape(family)))
            .unwrap_or_default();
        let _ = writeln!(page, "<h4>{}{family}</h4>", escape(&guidance.title));
        for part in [&guidance.what, &guidance.means, &guidance.sure] {
            if !part.is_empty() {
                let _ = writeln!(page, "<p>{}</p>", escape(part));
            }
        }
    }
    if let Some((_, _, guidance)) = explained.first() {
        let _ = writeln!(
            page,
            "<p class=\"safety\">{}</p>\n<p class=\"safety\">{}</p>",
            escape(&guidance.next),
            escape(&guidance.avoid)
        );
    }
    let _ = writeln!(
        page,
        "<details><summary>{}</summary>\n<table>",
        escape(&catalogue.message("evidence-heading"))
    );
    for finding in &subject.findings {
        for evidence in &finding.evidence {
            let values: Vec<String> = evidence
                .values
                .iter()
                .map(|(name, value)| format!("{}={}", escape(name), escape(value)))
                .collect();
            let _ = writeln!(
                page,
                "<tr><td><code>{}</code></td><td><code>{}</code></td></tr>",
                escape(finding.id.as_str()),
                values.join("<br>")
            );
        }
    }
    page.push_str("</table></details>\n</section>\n");
}

/// Tool, time, inputs and indicator sets with their hashes: what a record needs.
fn provenance(page: &mut String, report: &ScanReport) {
    let _ = writeln!(
        page,
        "<hr>\n<p><small>{} {} — {}</small></p>\n<table>",
        escape(&report.tool.name),
        escape(&report.tool.version),
        escape(&report.created)
    );
    for input in &report.inputs {
        let _ = writeln!(
            page,
            "<tr><td><code>{}</code></td><td><code>{}</code></td></tr>",
            escape(&input.path),
            escape(input.sha256.as_deref().unwrap_or("-"))
        );
    }
    for set in &report.indicator_sets {
        let names: Vec<String> = set.sources.iter().map(|s| escape(&s.name)).collect();
        let _ = writeln!(
            page,
            "<tr><td><code>{}</code></td><td><code>{}</code></td></tr>",
            names.join(", "),
            escape(&set.sha256)
        );
    }
    page.push_str("</table>\n");
}

fn badge(catalogue: &Catalogue, verdict: Verdict) -> String {
    format!(
        "<span class=\"verdict {}\">{}{}</span>",
        verdict.as_str(),
        crate::verdict_symbol(verdict),
        escape(&crate::verdict_label(catalogue, verdict))
    )
}

/// Text made safe inside HTML elements and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
