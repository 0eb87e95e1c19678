//! End-to-end tests of `unstalk scan …` through the built binary: exit codes, the summary a
//! person reads, the JSON report (validated against the committed schema by an independent
//! validator), allow-lists, and clear errors.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

fn unstalk(data_dir: &Path, args: &[&str]) -> Output {
    unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), data_dir)
        .args(args)
        .output()
        .expect("the unstalk binary runs")
}

/// `unstalk ARGS` (an `unstalk report …` command), which must succeed.
fn unstalk_report(data_dir: &Path, args: &[&str]) -> Output {
    let output = unstalk(data_dir, args);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn corpus(test: &str) -> Option<PathBuf> {
    unstalk_testkit::corpus(test)
}

fn scan(corpus: &Path, extra: &[&str], paths: &[PathBuf]) -> Output {
    let data = tempfile::tempdir().expect("temporary folder");
    let echap = corpus.join("stalkerware-indicators");
    let mut args = vec!["--indicators", echap.to_str().expect("UTF-8 path"), "scan"];
    args.extend_from_slice(extra);
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(paths.iter().map(String::as_str));
    unstalk(data.path(), &args)
}

#[test]
fn a_known_stalkerware_apk_is_flagged_with_its_reasons() {
    let Some(corpus) = corpus("scan summary") else {
        return;
    };
    let output = scan(
        &corpus,
        &["--verbose", "--lang", "en"],
        &[corpus.join("apks/synthetic/apk/ioc-thetruth.apk")],
    );
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(1),
        "flagged: {out}{}",
        text(&output.stderr)
    );
    assert!(out.contains("Known stalkerware"), "{out}");
    assert!(out.contains("com.thetruth"), "{out}");
    assert!(out.contains("(TheTruthSpy)"), "{out}");
    assert!(
        out.contains("my.thetruthspy.com"),
        "evidence with --verbose: {out}"
    );
    assert!(out.contains("only reads"), "says it is read-only: {out}");
    assert!(out.contains("Your safety first"), "{out}");
    assert!(out.contains("may be alerted"), "warns about removal: {out}");
    assert!(out.contains("does not prove"), "{out}");
    assert!(out.contains("What was not checked"), "{out}");
}

#[test]
fn contacts_come_from_the_organisations_file() {
    let Some(corpus) = corpus("scan --contacts") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temporary folder");
    let contacts = folder.path().join("contacts.json");
    std::fs::write(
        &contacts,
        r#"[{"name": "Test helpline", "phone": "+00 123", "note": "free, 24 hours"}]"#,
    )
    .expect("write");
    let output = scan(
        &corpus,
        &["--contacts", contacts.to_str().expect("UTF-8")],
        &[corpus.join("apks/synthetic/apk/ioc-thetruth.apk")],
    );
    let out = text(&output.stdout);
    assert!(out.contains("Where to find help"), "{out}");
    assert!(
        out.contains("Test helpline — +00 123 — free, 24 hours"),
        "{out}"
    );
    std::fs::write(&contacts, r#"{"phone": 1}"#).expect("write");
    let broken = scan(
        &corpus,
        &["--contacts", contacts.to_str().expect("UTF-8")],
        &[corpus.join("apks/synthetic/apk/benign-notes.apk")],
    );
    assert_eq!(broken.status.code(), Some(2));
    assert!(
        text(&broken.stderr).contains("contacts file"),
        "{}",
        text(&broken.stderr)
    );
}

#[test]
fn the_text_speaks_the_readers_language() {
    let Some(corpus) = corpus("scan --lang fr") else {
        return;
    };
    let output = scan(
        &corpus,
        &["--lang", "fr"],
        &[corpus.join("apks/synthetic/apk/ioc-thetruth.apk")],
    );
    let out = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert!(!out.contains("Your safety first"), "still English: {out}");
    assert!(out.contains("com.thetruth"), "{out}");
    let unknown = scan(
        &corpus,
        &["--lang", "tlh"],
        &[corpus.join("apks/synthetic/apk/benign-notes.apk")],
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        text(&unknown.stderr).contains("fr"),
        "lists the languages: {}",
        text(&unknown.stderr)
    );
}

/// Reports hold sensitive data: only their owner may read them.
fn assert_owner_only(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .expect("written")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}: {mode:o}", path.display());
    }
}

#[test]
fn saved_reports_are_private_and_re_render() {
    let Some(corpus) = corpus("scan --report") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temporary folder");
    let json = folder.path().join("r.json");
    let output = scan(
        &corpus,
        &[
            "--report",
            json.to_str().expect("UTF-8"),
            "--case",
            "2026-0042",
        ],
        &[corpus.join("apks/synthetic/apk/ioc-thetruth.apk")],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    assert_owner_only(&json);
    let data = tempfile::tempdir().expect("data folder");
    let txt = folder.path().join("r.txt");
    unstalk_report(
        data.path(),
        &[
            "report",
            json.to_str().expect("UTF-8"),
            "--lang",
            "de",
            "-o",
            txt.to_str().expect("UTF-8"),
        ],
    );
    let page = std::fs::read_to_string(&txt).expect("text written");
    assert!(page.contains("com.thetruth"), "{page}");
    assert!(
        page.contains("Aktenzeichen: 2026-0042"),
        "case reference: {page}"
    );
    let html = folder.path().join("r.html");
    unstalk_report(
        data.path(),
        &[
            "report",
            json.to_str().expect("UTF-8"),
            "--format",
            "html",
            "--lang",
            "fr",
            "-o",
            html.to_str().expect("UTF-8"),
        ],
    );
    let page = std::fs::read_to_string(&html).expect("page written");
    assert!(page.contains("<html lang=\"fr\">"), "{page}");
    assert!(!page.contains("<script"), "{page}");
    let broken = folder.path().join("broken.json");
    std::fs::write(&broken, "{}").expect("write");
    let refused = unstalk(data.path(), &["report", broken.to_str().expect("UTF-8")]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains("not a report"),
        "{}",
        text(&refused.stderr)
    );
}

#[test]
fn benign_apps_exit_zero_and_never_claim_safety() {
    let Some(corpus) = corpus("scan benign") else {
        return;
    };
    let output = scan(
        &corpus,
        &[],
        &[corpus.join("apks/synthetic/apk/benign-notes.apk")],
    );
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{out}{}",
        text(&output.stderr)
    );
    assert!(out.contains("Nothing found by these checks"), "{out}");
    let disclaimer = "does not prove that the phone is safe";
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(disclaimer), "{out}");
    let lower = flat.replace(disclaimer, "").to_lowercase();
    for claim in ["safe", "clean", "no stalkerware"] {
        assert!(!lower.contains(claim), "claims `{claim}`: {out}");
    }
}

#[test]
fn the_json_report_is_complete_and_valid() {
    let Some(corpus) = corpus("scan --json") else {
        return;
    };
    let synthetic = corpus.join("apks/synthetic");
    let output = scan(&corpus, &["--json"], std::slice::from_ref(&synthetic));
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).expect("--json prints JSON");
    let subjects = report["subjects"].as_array().expect("subjects");
    let thetruth = subjects
        .iter()
        .find(|s| {
            s["subject"]["package"] == "com.thetruth"
                && s["app"]["file"]["path"]
                    .as_str()
                    .is_some_and(|p| p.ends_with("apk/ioc-thetruth.apk"))
        })
        .expect("com.thetruth reported");
    assert_eq!(thetruth["verdict"], "known_stalkerware");
    let app = &thetruth["app"];
    assert_eq!(app["version_name"], "42.0");
    assert_eq!(
        app["certificates"][0]["schemes"],
        serde_json::json!(["v1", "v2"])
    );
    assert!(app["permissions"].as_array().is_some_and(|p| p.len() > 10));
    assert!(app["components"].as_array().is_some_and(|c| !c.is_empty()));
    assert!(
        report["not_checked"]
            .as_array()
            .is_some_and(|n| n.iter().any(|n| n["id"] == "apk.runtime"))
    );
    assert_eq!(report["indicator_sets"][0]["counts"]["families"], 174);
    validate_against_schema(&output.stdout);
}

/// The report validates against docs/schema/scan-report.schema.json with an independent
/// validator.
fn validate_against_schema(report: &[u8]) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("report.json");
    std::fs::write(&path, report).expect("write report");
    unstalk_testkit::check_report_schema("scan report schema", &[path.as_path()]);
}

#[test]
fn an_allow_listed_domain_is_reported_but_not_raised() {
    let Some(corpus) = corpus("scan allow-list") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temporary folder");
    let allow = folder.path().join("allow.txt");
    std::fs::write(&allow, "api.snoopza.com\napp.snoopza.com\n178.62.59.165\n").expect("write");
    let output = scan(
        &corpus,
        &["--json", "--allowlist", allow.to_str().expect("UTF-8")],
        &[corpus.join("apks/synthetic/apk/ioc-c2only-snoopza.apk")],
    );
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let subject = &report["subjects"][0];
    // Its C2s were its only indicators: what is left is its behaviour.
    assert_eq!(subject["verdict"], "stalkerware_like", "{subject:#}");
    let allow_listed = subject["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["id"] == "indicator.allow-listed")
        .count();
    assert_eq!(allow_listed, 3);
    assert_eq!(report["allow_lists"][0]["entries"], 3);
}

#[test]
fn bad_paths_are_clear_errors() {
    let data = tempfile::tempdir().expect("temporary folder");
    let output = unstalk(
        data.path(),
        &[
            "--indicators",
            "/nonexistent-indicators",
            "scan",
            "/nonexistent.apk",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let err = text(&output.stderr);
    assert!(err.contains("/nonexistent.apk"), "{err}");
    assert!(err.contains("check the path"), "{err}");
}

#[test]
fn unreadable_files_are_named_and_the_rest_still_scanned() {
    let Some(corpus) = corpus("scan unreadable") else {
        return;
    };
    let malformed = corpus.join("apks/synthetic/malformed");
    let output = scan(
        &corpus,
        &[],
        &[
            malformed.join("empty.apk"),
            corpus.join("apks/synthetic/apk/benign-notes.apk"),
        ],
    );
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(2),
        "an unreadable file is an error: {out}"
    );
    assert!(out.contains("not a ZIP/APK"), "says why: {out}");
    assert!(out.contains("empty.apk"), "{out}");
    assert!(out.contains("org.example.simplenotes"), "{out}");
}

#[test]
fn pdf_reports_come_from_scan_and_from_report_and_are_private() {
    let Some(corpus) = corpus("scan --report r.pdf") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temporary folder");
    let apk = corpus.join("apks/synthetic/apk/ioc-thetruth.apk");

    let refused = scan(
        &corpus,
        &[
            "--report",
            folder.path().join("r.doc").to_str().expect("UTF-8"),
        ],
        std::slice::from_ref(&apk),
    );
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        text(&refused.stderr).contains(".pdf"),
        "names the formats: {}",
        text(&refused.stderr)
    );
    assert!(
        refused.stdout.is_empty(),
        "refused before scanning: {}",
        text(&refused.stdout)
    );

    let pdf = folder.path().join("rapport.pdf");
    let json = folder.path().join("r.json");
    for report in [&pdf, &json] {
        let output = scan(
            &corpus,
            &[
                "--report",
                report.to_str().expect("UTF-8"),
                "--lang",
                "fr",
                "--case",
                "2026-0042",
            ],
            std::slice::from_ref(&apk),
        );
        assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    }
    let bytes = std::fs::read(&pdf).expect("PDF written");
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    assert_owner_only(&pdf);

    let data = tempfile::tempdir().expect("data folder");
    let again = folder.path().join("again.pdf");
    unstalk_report(
        data.path(),
        &[
            "report",
            json.to_str().expect("UTF-8"),
            "--format",
            "pdf",
            "--lang",
            "fr",
            "-o",
            again.to_str().expect("UTF-8"),
        ],
    );
    let again = std::fs::read(&again).expect("PDF written");
    assert!(again.starts_with(b"%PDF-"), "a PDF");
    // Not on a terminal, the PDF goes to standard output.
    let piped = unstalk_report(
        data.path(),
        &[
            "report",
            json.to_str().expect("UTF-8"),
            "--format",
            "pdf",
            "--lang",
            "fr",
        ],
    );
    assert!(
        piped.stdout == again,
        "one saved report gives the same PDF, byte for byte"
    );
}

/// A copy of the corpus's androidqf acquisition with `extra` files added (name, content).
fn androidqf_with(corpus: &Path, work: &Path, extra: &[(&str, &str)]) -> PathBuf {
    let folder = work.join("androidqf");
    std::fs::create_dir(&folder).expect("folder");
    let from = corpus.join("mvt-artifacts/androidqf");
    for entry in std::fs::read_dir(&from).expect("corpus androidqf") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), folder.join(entry.file_name())).expect("copied");
    }
    for (name, content) in extra {
        std::fs::write(folder.join(name), content).expect("written");
    }
    folder
}

fn hidden_icon_apps(report: &Value) -> Vec<String> {
    report["subjects"]
        .as_array()
        .expect("subjects")
        .iter()
        .filter(|subject| {
            subject["findings"]
                .as_array()
                .is_some_and(|f| f.iter().any(|f| f["id"] == "android.app.hidden-icon"))
        })
        .filter_map(|subject| subject["subject"]["package"].as_str().map(str::to_owned))
        .collect()
}

fn listed_ids(report: &Value, list: &str) -> Vec<String> {
    report[list]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|c| c["id"].as_str().map(str::to_owned))
        .collect()
}

/// `android.app.hidden-icon` only for apps whose launcher entries the input shows: not for
/// the androidqf apps (WhatsApp, F-Droid…) when only a dump of another package printed its
/// launcher filter, nor for any app when the launcher query gave no answer (an empty file,
/// as `acquire` writes when the command failed). The check is then listed as not run.
#[test]
fn hidden_icons_only_where_the_launcher_was_read() {
    let Some(corpus) = corpus("hidden icons") else {
        return;
    };
    let one_package = "Activity Resolver Table:\n\
        \x20 Non-Data Actions:\n\
        \x20     android.intent.action.MAIN:\n\
        \x20       6e6b31 org.nuclearfog.apollo/.ui.activities.HomeActivity filter c92c216\n\
        \x20         Action: \"android.intent.action.MAIN\"\n\
        \x20         Category: \"android.intent.category.LAUNCHER\"\n\
        \n\
        Packages:\n\
        \x20 Package [org.nuclearfog.apollo] (5de2c5f):\n\
        \x20   userId=10155\n";
    for (case, extra) in [
        (
            "a dump of one package",
            ("dumpsys_package.txt", one_package),
        ),
        ("an empty launcher query", ("launcher_activities.txt", "")),
    ] {
        let work = tempfile::tempdir().expect("work folder");
        let folder = androidqf_with(&corpus, work.path(), &[extra]);
        let output = scan(&corpus, &["--json"], &[folder]);
        let report: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{case}: {e}: {}", text(&output.stderr)));
        assert_eq!(hidden_icon_apps(&report), Vec::<String>::new(), "{case}");
        assert!(
            listed_ids(&report, "not_checked").contains(&"android.app.hidden-icon".to_owned()),
            "{case}"
        );
        assert!(
            !listed_ids(&report, "checked").contains(&"android.app.hidden-icon".to_owned()),
            "{case}"
        );
    }
}

/// A YARA hit names the rule (`echap:snoopza`) in the JSON, the text and the HTML page; the
/// rule's source is in the JSON's `details` only, never in the lines people read.
#[test]
fn yara_findings_name_the_rule_not_its_source() {
    let Some(corpus) = corpus("YARA rule names") else {
        return;
    };
    let dex = corpus.join("apks/synthetic/dex/yara-fixture-snoopza-7of9.dex");
    let json = scan(&corpus, &["--json"], std::slice::from_ref(&dex));
    let report: Value = serde_json::from_slice(&json.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&json.stderr)));
    let hit = report["subjects"][0]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["id"] == "indicator.yara")
        .unwrap_or_else(|| panic!("no YARA finding: {report:#}"));
    validate_against_schema(&json.stdout);
    assert_eq!(hit["indicator"]["value"], "echap:snoopza", "{hit:#}");
    assert_eq!(hit["indicator"]["family"], "Snoopza", "{hit:#}");
    let details = hit["indicator"]["details"]
        .as_str()
        .expect("the rule's source");
    assert!(details.contains("rule snoopza") && details.contains("MIPKOMONITOR"));
    let rule_text = "MIPKOMONITOR";
    let verbose = text(&scan(&corpus, &["--verbose"], std::slice::from_ref(&dex)).stdout);
    let folder = tempfile::tempdir().expect("temporary folder");
    let page = folder.path().join("report.html");
    scan(
        &corpus,
        &["--report", page.to_str().expect("UTF-8 path")],
        std::slice::from_ref(&dex),
    );
    let html = std::fs::read_to_string(&page).expect("HTML report written");
    for (format, out) in [("text", &verbose), ("HTML", &html)] {
        assert!(out.contains("snoopza"), "{format} names the rule: {out}");
        assert!(
            !out.contains(rule_text),
            "{format} shows no rule source: {out}"
        );
    }
}

#[test]
fn a_report_never_replaces_a_file_or_follows_a_link_unless_forced() {
    let Some(corpus) = corpus("scan --report over an existing file") else {
        return;
    };
    let folder = tempfile::tempdir().expect("temporary folder");
    let apk = corpus.join("apks/synthetic/apk/ioc-thetruth.apk");
    let earlier = folder.path().join("earlier.json");
    std::fs::write(&earlier, "an earlier report").expect("write");
    let elsewhere = folder.path().join("elsewhere.txt");
    std::fs::write(&elsewhere, "not a report").expect("write");
    let link = folder.path().join("link.json");
    let dangling = folder.path().join("dangling.json");
    let planted = folder.path().join("planted.txt");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&elsewhere, &link).expect("link");
        std::os::unix::fs::symlink(&planted, &dangling).expect("dangling link");
    }
    let report_to = |path: &Path, force: bool| {
        let mut extra = vec!["--report", path.to_str().expect("UTF-8")];
        if force {
            extra.push("--force");
        }
        scan(&corpus, &extra, std::slice::from_ref(&apk))
    };

    for taken in [&earlier, &link, &dangling] {
        let refused = report_to(taken, false);
        let stderr = text(&refused.stderr);
        assert_eq!(refused.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains("already exists"), "{stderr}");
        assert!(stderr.contains("--force"), "{stderr}");
        assert!(refused.stdout.is_empty(), "refused before scanning");
    }
    assert_eq!(
        std::fs::read_to_string(&earlier).expect("kept"),
        "an earlier report"
    );
    assert_eq!(
        std::fs::read_to_string(&elsewhere).expect("kept"),
        "not a report"
    );
    assert!(
        !planted.exists(),
        "a dangling link's target is never created"
    );

    for taken in [&earlier, &link] {
        let forced = report_to(taken, true);
        assert_eq!(forced.status.code(), Some(1), "{}", text(&forced.stderr));
        let metadata = std::fs::symlink_metadata(taken).expect("written");
        assert!(metadata.is_file(), "a regular file now, not a link");
        let written: Value =
            serde_json::from_slice(&std::fs::read(taken).expect("read")).expect("JSON report");
        assert!(written.get("subjects").is_some());
        assert_owner_only(taken);
    }
    assert_eq!(
        std::fs::read_to_string(&elsewhere).expect("kept"),
        "not a report",
        "--force replaces the link, it does not write through it"
    );

    // `unstalk report -o` keeps the same rule.
    let data = tempfile::tempdir().expect("data folder");
    let again = |force: bool| {
        let mut args = vec![
            "report",
            earlier.to_str().expect("UTF-8"),
            "--format",
            "text",
            "-o",
            elsewhere.to_str().expect("UTF-8"),
        ];
        if force {
            args.push("--force");
        }
        unstalk(data.path(), &args)
    };
    assert_eq!(again(false).status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&elsewhere).expect("kept"),
        "not a report"
    );
    assert_eq!(again(true).status.code(), Some(0));
    assert_ne!(
        std::fs::read_to_string(&elsewhere).expect("replaced"),
        "not a report"
    );

    let leftovers: Vec<_> = std::fs::read_dir(folder.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(".unstalk-report-")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_part_not_read_makes_nothing_found_an_incomplete_check() {
    use unstalk_demo::axml::{Element, Value};
    let folder = tempfile::tempdir().expect("temporary folder");
    let manifest = unstalk_demo::axml::write(
        &Element::new("manifest")
            .plain("package", Value::Str("org.example.notes".to_owned()))
            .child(Element::new("application")),
    );
    let code = unstalk_demo::dex::write("Lorg/example/notes/Main;", &["hello"]);
    let cut = code.get(..50).expect("longer than 50 bytes");
    let archive = unstalk_demo::zip::write(&[
        ("AndroidManifest.xml", &manifest),
        ("classes.dex", &code),
        ("classes2.dex", cut),
    ]);
    let apk = folder.path().join("notes.apk");
    std::fs::write(
        &apk,
        [
            archive.entries,
            archive.central_directory,
            archive.end_record,
        ]
        .concat(),
    )
    .expect("write APK");
    let data = tempfile::tempdir().expect("data folder");
    let output = unstalk(
        data.path(),
        &["scan", "--lang", "en", apk.to_str().expect("UTF-8")],
    );
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(2),
        "{out}{}",
        text(&output.stderr)
    );
    let summary = out.split("What was checked").next().unwrap_or_default();
    assert!(summary.contains("could not be read"), "{summary}");
    let not_checked = out.split("What was not checked").nth(1).unwrap_or_default();
    assert!(not_checked.contains("classes2.dex"), "{not_checked}");
}

/// `unstalk ARGS` under a pseudo-terminal (util-linux `script`), as a person runs it: the
/// progress display, colours and messages are on. What the terminal received.
#[cfg(unix)]
fn unstalk_on_a_terminal(data_dir: &Path, args: &[&str]) -> String {
    let isolated = unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), data_dir);
    let quote = |part: &str| format!("'{}'", part.replace('\'', r"'\''"));
    let mut line = quote(&isolated.get_program().to_string_lossy());
    for arg in args {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    let mut command = std::process::Command::new("script");
    command.args(["-qec", &line, "/dev/null"]);
    for (key, value) in isolated.get_envs() {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
    let output = command.output().expect("util-linux script runs");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[cfg(unix)]
#[test]
fn names_that_try_to_steer_the_terminal_arrive_as_code_points() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let retitle = "\u{1b}]0;all clear\u{7}x.apk";
    let reversed = "\u{202e}kpa.evil.apk";
    for name in [retitle, reversed] {
        std::fs::write(folder.path().join(name), b"not an APK").expect("write");
    }
    let data = tempfile::tempdir().expect("data folder");
    let seen = unstalk_on_a_terminal(
        data.path(),
        &["scan", folder.path().to_str().expect("UTF-8")],
    );
    assert!(seen.contains("not a ZIP/APK"), "the scan ran: {seen}");
    assert!(
        !seen.contains("\u{1b}]"),
        "an OSC sequence reached the terminal: {seen:?}"
    );
    assert!(
        !seen.contains('\u{7}'),
        "a bell reached the terminal: {seen:?}"
    );
    assert!(
        !seen.contains('\u{202e}'),
        "a bidi override reached the terminal: {seen:?}"
    );
    assert!(
        seen.contains("[U+001B]") && seen.contains("[U+202E]"),
        "{seen:?}"
    );

    // An error naming the file takes the same way.
    let missing = folder.path().join("\u{1b}[2Jgone.apk");
    let seen = unstalk_on_a_terminal(data.path(), &["scan", missing.to_str().expect("UTF-8")]);
    assert!(seen.contains("[U+001B][2Jgone.apk"), "{seen:?}");
    assert!(!seen.contains("\u{1b}[2J"), "{seen:?}");
}

/// Issue 12, case 10: one bad value in `packages.json` (a lone surrogate escape) loses only its
/// own package, which is named as not understood; the others are read, and invalid UTF-8 in a
/// value spoils only that value: the stalkerware whose installer holds it is still found.
#[test]
fn one_bad_value_loses_only_its_package() {
    let folder = tempfile::tempdir().expect("temporary folder");
    let root = folder.path();
    std::fs::write(
        root.join("getprop.txt"),
        "[ro.build.version.release]: [13]\n",
    )
    .expect("getprop");
    let packages = [
        &br#"[{"name":"org.example.surrogate","installer":"\ud800"},"#[..],
        b"{\"name\":\"com.wifi0\",\"installer\":\"com.android.\xff\"}]",
    ]
    .concat();
    std::fs::write(root.join("packages.json"), packages).expect("packages");
    let data = tempfile::tempdir().expect("data folder");
    let output = unstalk(
        data.path(),
        &["scan", "--json", root.to_str().expect("UTF-8")],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    let apps: Vec<&str> = report["subjects"]
        .as_array()
        .expect("subjects")
        .iter()
        .filter_map(|subject| subject["subject"]["package"].as_str())
        .collect();
    assert_eq!(apps, ["com.wifi0"]);
    let not_checked = report["not_checked"].to_string();
    assert!(not_checked.contains("packages.json"), "{not_checked}");
    assert!(
        not_checked.contains("org.example.surrogate"),
        "{not_checked}"
    );
}
