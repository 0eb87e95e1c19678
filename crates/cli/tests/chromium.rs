//! The HTML report in a real browser (headless Chromium, Debian package `chromium`): it renders
//! at a phone's width without fetching anything. Chromium's own background traffic (update
//! checks, accounts) is told apart from the page's by the request's initiator, and a control
//! page with one external image proves the check can fail. Screenshots are kept in
//! `target/report-screenshots/` for people to look at.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Opens `page` headless at 412 px wide, saves a screenshot to `shot`, and returns the URLs
/// the page itself requested (not Chromium's own background requests).
fn page_requests(page: &Path, shot: &Path, work: &Path) -> Vec<String> {
    let net_log = work.join(format!(
        "{}.netlog.json",
        page.file_stem().and_then(|s| s.to_str()).unwrap_or("page")
    ));
    let profile = work.join("profile");
    let output = Command::new("chromium")
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--disable-background-networking",
            "--window-size=412,2400",
            "--net-log-capture-mode=Default",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("--log-net-log={}", net_log.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(output.status.success(), "{output:?}");
    let log: Value = serde_json::from_slice(&std::fs::read(&net_log).expect("net log written"))
        .expect("net log is JSON");
    let start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].clone();
    log["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|event| event["type"] == start_job)
        .filter(|event| event["params"]["initiator"] != "not an origin")
        .filter_map(|event| event["params"]["url"].as_str())
        .filter(|url| !url.starts_with("file:") && !url.starts_with("data:"))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_html_report_renders_on_a_phone_screen_and_fetches_nothing() {
    const TEST: &str = "HTML report in Chromium";
    let Some(corpus) = unstalk_testkit::corpus(TEST) else {
        return;
    };
    if unstalk_testkit::system_tool(TEST, "chromium", "--version", "chromium").is_none() {
        return;
    }
    let work = tempfile::tempdir().expect("work folder");
    let shots: PathBuf = unstalk_testkit::workspace_root().join("target/report-screenshots");
    std::fs::create_dir_all(&shots).expect("screenshot folder");

    // The check can fail: a page with one external image is caught.
    let control = work.path().join("control.html");
    std::fs::write(
        &control,
        "<!DOCTYPE html><html><body><img src=\"http://127.0.0.1:9/x.png\"></body></html>",
    )
    .expect("control page");
    let caught = page_requests(&control, &work.path().join("control.png"), work.path());
    assert!(
        caught
            .iter()
            .any(|url| url.starts_with("http://127.0.0.1:9/")),
        "the control page's request was not seen: {caught:?}"
    );

    let echap = corpus.join("stalkerware-indicators");
    for language in ["en", "fr"] {
        let page = work.path().join(format!("report-{language}.html"));
        let output = unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), work.path())
            .args(["--indicators", echap.to_str().expect("UTF-8"), "scan"])
            .arg(corpus.join("apks/synthetic/apk/ioc-thetruth.apk"))
            .args([
                "--lang",
                language,
                "--report",
                page.to_str().expect("UTF-8"),
            ])
            .output()
            .expect("unstalk runs");
        assert_eq!(output.status.code(), Some(1), "{output:?}");
        let shot = shots.join(format!("report-{language}.png"));
        let requests = page_requests(&page, &shot, work.path());
        assert!(
            requests.is_empty(),
            "{language}: the page fetched {requests:?}"
        );
        let png = std::fs::read(&shot).expect("screenshot");
        assert!(
            png.starts_with(b"\x89PNG") && png.len() > 10_000,
            "{language}: screenshot"
        );
    }
}
