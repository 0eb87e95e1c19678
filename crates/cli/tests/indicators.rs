//! End-to-end tests of `unstalk indicators …` on the real corpus, through the built binary.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;

/// Runs the binary with a private, empty data folder so no test touches the user's cache or
/// the network by accident (`UNSTALK_UPDATE_FROM` points at a closed local port).
fn unstalk(data_dir: &Path, args: &[&str]) -> Output {
    unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), data_dir)
        .args(args)
        .output()
        .expect("the unstalk binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn echap(test: &str) -> Option<PathBuf> {
    unstalk_testkit::corpus_path(test, "stalkerware-indicators")
}

fn stats_json(data: &Path, indicators: &Path) -> Value {
    let output = unstalk(
        data,
        &[
            "indicators",
            "stats",
            "--json",
            "--indicators",
            &indicators.to_string_lossy(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("stats --json prints JSON")
}

#[test]
fn stats_match_the_echap_files() {
    let Some(echap) = echap("stats_match_the_echap_files") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let counts = stats_json(data.path(), &echap);
    assert_eq!(counts["families"], 174);
    assert_eq!(counts["stalkerware"], 147);
    assert_eq!(counts["watchware"], 27);
    assert_eq!(counts["samples"], 3228);
    assert_eq!(counts["yara-rule"], 12);
    assert!(counts["android-package"].as_u64() > Some(300), "{counts}");
    assert!(counts["domain"].as_u64() > Some(1000), "{counts}");

    let text = unstalk(
        data.path(),
        &[
            "indicators",
            "stats",
            "--indicators",
            &echap.to_string_lossy(),
        ],
    );
    assert!(
        stdout(&text).contains("Families: 174 (147 stalkerware, 27 watchware"),
        "{}",
        stdout(&text)
    );
}

#[test]
fn search_finds_thetruthspy_on_label_boundaries_only() {
    let Some(echap) = echap("search_finds_thetruthspy_on_label_boundaries_only") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let indicators = echap.to_string_lossy();
    for value in ["copy9.com", "media-sync-a.copy9.com"] {
        let output = unstalk(
            data.path(),
            &["indicators", "search", value, "--indicators", &indicators],
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "{value}: {}",
            stderr(&output)
        );
        assert!(
            stdout(&output).contains("TheTruthSpy"),
            "{value}: {}",
            stdout(&output)
        );
    }
    let miss = unstalk(
        data.path(),
        &[
            "indicators",
            "search",
            "xcopy9.com",
            "--indicators",
            &indicators,
        ],
    );
    assert_eq!(miss.status.code(), Some(1));
    assert!(
        stdout(&miss).contains("not in the indicator set"),
        "{}",
        stdout(&miss)
    );
    assert!(!stdout(&miss).contains("TheTruthSpy"));

    let json = unstalk(
        data.path(),
        &[
            "indicators",
            "search",
            "com.thetruth",
            "--json",
            "--indicators",
            &indicators,
        ],
    );
    let value: Value = serde_json::from_str(&stdout(&json)).expect("JSON");
    assert_eq!(value["found"], true);
    assert_eq!(value["hits"][0]["family"], "TheTruthSpy");
    assert_eq!(value["hits"][0]["indicator"]["kind"], "android-package");
}

#[test]
fn allow_list_suppresses_and_says_so() {
    let Some(echap) = echap("allow_list_suppresses_and_says_so") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let allow = data.path().join("allow.txt");
    std::fs::write(&allow, "copy9.com\n").expect("write allow-list");
    let output = unstalk(
        data.path(),
        &[
            "indicators",
            "search",
            "a.copy9.com",
            "--indicators",
            &echap.to_string_lossy(),
            "--allowlist",
            &allow.to_string_lossy(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("suppressed by allow-list entry copy9.com"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn every_export_is_deterministic() {
    let Some(echap) = echap("every_export_is_deterministic") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let indicators = echap.to_string_lossy();
    for format in [
        "stix2",
        "misp",
        "suricata",
        "hosts",
        "tinycheck",
        "csv",
        "yaml",
        "yara",
        "clamav",
    ] {
        let first = unstalk(
            data.path(),
            &[
                "indicators",
                "export",
                "--format",
                format,
                "--indicators",
                &indicators,
            ],
        );
        let second = unstalk(
            data.path(),
            &[
                "indicators",
                "export",
                "--format",
                format,
                "--indicators",
                &indicators,
            ],
        );
        assert_eq!(first.status.code(), Some(0), "{format}: {}", stderr(&first));
        assert!(!first.stdout.is_empty(), "{format} wrote nothing");
        assert!(
            first.stdout == second.stdout,
            "{format} differs between two runs"
        );
    }
}

#[test]
fn yaml_export_round_trips_without_loss() {
    let Some(echap) = echap("yaml_export_round_trips_without_loss") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let out = data.path().join("echap-copy");
    let output = unstalk(
        data.path(),
        &[
            "indicators",
            "export",
            "--format",
            "yaml",
            "-o",
            &out.to_string_lossy(),
            "--indicators",
            &echap.to_string_lossy(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for file in ["ioc.yaml", "watchware.yaml", "samples.csv", "rules.yar"] {
        assert!(out.join(file).is_file(), "{file} missing from the export");
    }
    let mut original = stats_json(data.path(), &echap);
    let mut copy = stats_json(data.path(), &out);
    assert_eq!(
        original.as_object_mut().map(|o| o.remove("sources")),
        copy.as_object_mut().map(|o| o.remove("sources"))
    );
    assert_eq!(original, copy);
}

#[test]
fn stix_misp_and_csv_exports_reimport_with_the_same_values() {
    let Some(echap) = echap("stix_misp_and_csv_exports_reimport_with_the_same_values") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let original = stats_json(data.path(), &echap);
    // Every count but those of things the formats do not carry as such: samples.csv rows (their
    // hashes are carried), per-source records (duplicates within a family merge) and sources.
    let carried = |counts: &Value| -> Vec<(String, Value)> {
        counts
            .as_object()
            .expect("counts object")
            .iter()
            .filter(|(key, _)| !matches!(key.as_str(), "samples" | "indicator-records" | "sources"))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect()
    };
    for (format, file) in [
        ("stix2", "set.stix2"),
        ("misp", "set.misp.json"),
        ("csv", "set.csv"),
    ] {
        let path = data.path().join(file);
        let output = unstalk(
            data.path(),
            &[
                "indicators",
                "export",
                "--format",
                format,
                "-o",
                &path.to_string_lossy(),
                "--indicators",
                &echap.to_string_lossy(),
            ],
        );
        assert_eq!(
            output.status.code(),
            Some(0),
            "{format}: {}",
            stderr(&output)
        );
        let reread = stats_json(data.path(), &path);
        assert_eq!(
            carried(&reread),
            carried(&original),
            "{format}: counts differ after re-import"
        );
    }
}

#[test]
fn lint_reports_the_echap_quirks_as_warnings() {
    let Some(echap) = echap("lint_reports_the_echap_quirks_as_warnings") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let output = unstalk(
        data.path(),
        &["indicators", "lint", "--json", &echap.to_string_lossy()],
    );
    let report: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let codes: Vec<&str> = report["diagnostics"]
        .as_array()
        .expect("diagnostics list")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    for quirk in [
        "echap.c2-ip-key",
        "echap.certificate-organizations",
        "echap.certificate-cname-re",
    ] {
        assert!(codes.contains(&quirk), "{quirk} not reported: {codes:?}");
    }
}

#[test]
fn bad_input_is_a_clear_error_not_a_panic() {
    let data = tempfile::tempdir().expect("temporary folder");
    let broken = data.path().join("broken.json");
    std::fs::write(&broken, b"{\"type\": \"bundle\", \"objects\": [").expect("write");
    let output = unstalk(
        data.path(),
        &[
            "indicators",
            "stats",
            "--indicators",
            &broken.to_string_lossy(),
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("broken.json"), "{message}");
    assert!(!message.contains("panicked"), "{message}");

    let missing = unstalk(
        data.path(),
        &["indicators", "stats", "--indicators", "/nonexistent/ioc"],
    );
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/nonexistent/ioc"));
}

#[test]
fn one_bad_record_is_skipped_unless_strict() {
    let data = tempfile::tempdir().expect("temporary folder");
    let feed = data.path().join("feed.csv");
    std::fs::write(
        &feed,
        "type,value,family,family_kind,role,label,tlp,confidence,first_seen,last_seen,contributor,criterion\n\
         domain,copy9.com,TheTruthSpy,stalkerware,c2,,CLEAR,,,,,\n\
         cert-sha1,not-hex,TheTruthSpy,stalkerware,,,CLEAR,,,,,\n\
         android-package,com.thetruth,TheTruthSpy,stalkerware,,,CLEAR,,,,,\n",
    )
    .expect("write feed");
    let feed = feed.to_string_lossy();
    let lenient = unstalk(
        data.path(),
        &[
            "indicators",
            "search",
            "com.thetruth",
            "--indicators",
            &feed,
        ],
    );
    assert_eq!(lenient.status.code(), Some(0), "{}", stderr(&lenient));

    let lint = unstalk(data.path(), &["indicators", "lint", &feed]);
    assert_eq!(lint.status.code(), Some(1));
    let said = stdout(&lint);
    assert!(
        said.contains("feed.csv:3"),
        "the bad record is located: {said}"
    );
    assert!(said.contains("not-hex"), "{said}");

    let strict = unstalk(
        data.path(),
        &[
            "indicators",
            "search",
            "com.thetruth",
            "--strict",
            "--indicators",
            &feed,
        ],
    );
    assert_eq!(strict.status.code(), Some(2));
    assert!(stderr(&strict).contains("--strict"), "{}", stderr(&strict));
}

/// A first run with nothing installed and no network answers from the built-in snapshot and says
/// how to get a newer set; it never tries to download by itself.
#[test]
fn first_run_offline_uses_the_built_in_set_and_says_how_to_update() {
    let data = tempfile::tempdir().expect("temporary folder");
    let output = unstalk(
        data.path(),
        &["indicators", "search", "media-sync-a.copy9.com"],
    );
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{message}");
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("TheTruthSpy"),
        "{message}"
    );
    assert!(message.contains("built into unstalk"), "{message}");
    assert!(message.contains("unstalk indicators update"), "{message}");
    assert!(!message.contains("fetching"), "{message}");
}

#[test]
fn update_from_a_folder_installs_and_later_commands_use_it() {
    let Some(echap) = echap("update_from_a_folder_installs_and_later_commands_use_it") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let output = unstalk(
        data.path(),
        &[
            "indicators",
            "update",
            "--from",
            &echap.to_string_lossy(),
            "--json",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(report["counts"]["families"], 174);
    assert_eq!(report["record"]["files"].as_array().map(Vec::len), Some(4));

    let search = unstalk(data.path(), &["indicators", "search", "copy9.com"]);
    assert_eq!(search.status.code(), Some(0), "{}", stderr(&search));
    assert!(stdout(&search).contains("TheTruthSpy"));
    assert!(
        !stderr(&search).contains("fetching"),
        "the installed set is used without a fetch"
    );
}

/// Serves the Echap files over plain HTTP on loopback, for `update --from http://…`.
fn serve_folder(folder: PathBuf, requests: usize) -> (String, std::thread::JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let address = listener.local_addr().expect("address");
    let handle = std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let mut request_line = String::new();
            let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let name = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_owned();
            let response = match std::fs::File::open(folder.join(&name)) {
                Ok(mut file) if !name.contains("..") => {
                    let mut body = Vec::new();
                    file.read_to_end(&mut body).expect("read served file");
                    let mut response = format!(
                        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    )
                    .into_bytes();
                    response.extend(body);
                    response
                }
                _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_vec(),
            };
            let _ = stream.write_all(&response);
        }
    });
    (format!("http://{address}/"), handle)
}

#[test]
fn update_from_a_url_fetches_the_four_files() {
    let Some(echap) = echap("update_from_a_url_fetches_the_four_files") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let (url, server) = serve_folder(echap, 4);
    let output = unstalk(data.path(), &["indicators", "update", "--from", &url]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("174 families (147 stalkerware, 27 watchware), 3228 samples"),
        "{}",
        stdout(&output)
    );
    server.join().expect("server thread");
    let stats = unstalk(data.path(), &["indicators", "stats", "--json"]);
    let counts: Value = serde_json::from_str(&stdout(&stats)).expect("JSON");
    assert_eq!(counts["families"], 174);
}

#[test]
fn update_from_an_unreachable_url_keeps_the_installed_set() {
    let Some(echap) = echap("update_from_an_unreachable_url_keeps_the_installed_set") else {
        return;
    };
    let data = tempfile::tempdir().expect("temporary folder");
    let first = unstalk(
        data.path(),
        &["indicators", "update", "--from", &echap.to_string_lossy()],
    );
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let offline = unstalk(
        data.path(),
        &["indicators", "update", "--from", "http://127.0.0.1:9/"],
    );
    assert_eq!(offline.status.code(), Some(2));
    assert!(stderr(&offline).contains("offline"), "{}", stderr(&offline));
    let stats = unstalk(data.path(), &["indicators", "stats", "--json"]);
    assert_eq!(stats.status.code(), Some(0));
}

#[test]
fn help_explains_the_tool_and_exit_codes() {
    let data = tempfile::tempdir().expect("temporary folder");
    let output = unstalk(data.path(), &["--help"]);
    let help = stdout(&output);
    assert!(help.contains("stalkerware"), "{help}");
    assert!(help.contains("Exit codes"), "{help}");
    assert!(help.contains("never changes a phone"), "{help}");
}
