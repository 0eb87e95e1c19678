//! The indicator set built into unstalk: used on a first run with nothing installed and no
//! network, named with its date in every report, outranked by every set given or installed.
//! None of these tests needs the corpus: the inputs are made here.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

/// The Echap commit the committed snapshot was made from, and its date.
const SNAPSHOT_COMMIT: &str = "a04c5c1958bff93fec3b1b56edbb412b209f2a38";
const SNAPSHOT_DATE: &str = "2026-06-21T20:40:25Z";

/// The binary as a person runs it on a fresh machine: `home` as HOME and XDG data folder (both
/// empty), no indicator or data-folder variables, English texts.
fn fresh_unstalk(home: &Path, update_from: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_unstalk"));
    command
        .env("HOME", home)
        .env("XDG_DATA_HOME", home)
        .env("UNSTALK_UPDATE_FROM", update_from)
        .env_remove("UNSTALK_INDICATORS")
        .env_remove("UNSTALK_DATA_DIR")
        .env_remove("UNSTALK_ALLOWLIST")
        .env("LC_ALL", "C.UTF-8");
    command
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// An APK-named file with nothing in it but an empty ZIP directory: enough for `scan` to read
/// it and write a report, without the corpus.
fn empty_apk(folder: &Path) -> std::path::PathBuf {
    let path = folder.join("empty.apk");
    let mut end_of_directory = b"PK\x05\x06".to_vec();
    end_of_directory.extend([0u8; 18]);
    std::fs::write(&path, end_of_directory).expect("write the input");
    path
}

#[test]
fn an_empty_home_offline_scans_with_the_built_in_snapshot_and_no_network() {
    let home = tempfile::tempdir().expect("temporary HOME");
    let inputs = tempfile::tempdir().expect("temporary folder");
    let apk = empty_apk(inputs.path());
    // Any attempt to fetch indicators would connect here.
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    listener.set_nonblocking(true).expect("non-blocking");
    let url = format!("http://{}/", listener.local_addr().expect("address"));
    let output: Output = fresh_unstalk(home.path(), &url)
        .args(["scan", "--json"])
        .arg(&apk)
        .output()
        .expect("unstalk runs");
    let stderr = text(&output.stderr);
    assert!(
        matches!(
            listener.accept(),
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock
        ),
        "unstalk tried the network: {stderr}"
    );
    assert!(
        stderr.contains("built into unstalk") && stderr.contains("unstalk indicators update"),
        "one line says which set is used and how to get a newer one: {stderr}"
    );
    assert_eq!(
        stderr
            .lines()
            .filter(|line| line.contains("built into unstalk"))
            .count(),
        1,
        "{stderr}"
    );
    let report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("scan --json prints JSON ({error}): {stderr}"));
    let source = &report["indicator_sets"][0]["sources"][0];
    assert_eq!(source["name"], "echap", "{source}");
    assert_eq!(source["built_in"], true, "{source}");
    assert_eq!(source["version"], SNAPSHOT_COMMIT, "{source}");
    assert_eq!(source["date"], SNAPSHOT_DATE, "{source}");
    assert!(
        source["location"]
            .as_str()
            .is_some_and(|location| location.ends_with(SNAPSHOT_COMMIT)),
        "{source}"
    );
    assert_eq!(report["indicator_sets"][0]["counts"]["families"], 174);
    let left: Vec<_> = std::fs::read_dir(home.path())
        .expect("HOME")
        .flatten()
        .map(|entry| entry.path())
        .collect();
    assert!(left.is_empty(), "nothing is written to HOME: {left:?}");
}

#[test]
fn the_built_in_snapshot_finds_echap_stalkerware() {
    let home = tempfile::tempdir().expect("temporary HOME");
    let output = fresh_unstalk(home.path(), "http://127.0.0.1:9/")
        .args(["indicators", "search", "copy9.com"])
        .output()
        .expect("unstalk runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert!(
        text(&output.stdout).contains("TheTruthSpy"),
        "{}",
        text(&output.stdout)
    );
}

/// A one-family Echap-style YAML file, so each source is recognisable by its family.
fn one_family(folder: &Path, file: &str, family: &str) -> std::path::PathBuf {
    let path = folder.join(file);
    std::fs::write(
        &path,
        format!(
            "- name: {family}\n  type: stalkerware\n  packages:\n    - com.example.{}\n",
            family.to_ascii_lowercase()
        ),
    )
    .expect("write a feed");
    path
}

/// The `Source:` lines `indicators stats` prints.
fn sources_used(command: &mut Command) -> String {
    let output = command
        .args(["indicators", "stats"])
        .output()
        .expect("unstalk runs");
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    text(&output.stdout)
        .lines()
        .filter(|line| line.starts_with("Source:"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn indicators_flag_beats_environment_beats_data_folder_beats_built_in() {
    let home = tempfile::tempdir().expect("temporary HOME");
    let feeds = tempfile::tempdir().expect("temporary folder");
    let data = tempfile::tempdir().expect("data folder");
    let flag = one_family(feeds.path(), "flag.yaml", "FlagFamily");
    let environment = one_family(feeds.path(), "environment.yaml", "EnvFamily");
    let installed = feeds.path().join("installed");
    std::fs::create_dir(&installed).expect("folder");
    one_family(&installed, "ioc.yaml", "InstalledFamily");
    let run = || {
        let mut command = fresh_unstalk(home.path(), "http://127.0.0.1:9/");
        command.env("UNSTALK_DATA_DIR", data.path());
        command
    };

    let built_in = sources_used(&mut run());
    assert!(built_in.contains("built into unstalk"), "{built_in}");

    let update = run()
        .args(["indicators", "update", "--from"])
        .arg(&installed)
        .output()
        .expect("unstalk runs");
    assert_eq!(update.status.code(), Some(0), "{}", text(&update.stderr));
    let from_data = sources_used(&mut run());
    assert!(
        from_data.contains(&data.path().display().to_string()),
        "{from_data}"
    );
    assert!(!from_data.contains("built into unstalk"), "{from_data}");

    let from_environment = sources_used(run().env("UNSTALK_INDICATORS", &environment));
    assert!(
        from_environment.contains("environment.yaml"),
        "{from_environment}"
    );
    assert!(
        !from_environment.contains("built into"),
        "{from_environment}"
    );

    let from_flag = sources_used(
        run()
            .env("UNSTALK_INDICATORS", &environment)
            .arg("--indicators")
            .arg(&flag),
    );
    assert!(from_flag.contains("flag.yaml"), "{from_flag}");
    assert!(!from_flag.contains("environment.yaml"), "{from_flag}");
}

/// The report's age warning is measured from the report's own creation time: the same saved
/// report warns when it was made long after the snapshot, not when made soon after.
#[test]
fn a_report_made_more_than_90_days_after_its_set_says_so_and_how_to_update() {
    let home = tempfile::tempdir().expect("temporary HOME");
    let inputs = tempfile::tempdir().expect("temporary folder");
    let apk = empty_apk(inputs.path());
    let output = fresh_unstalk(home.path(), "http://127.0.0.1:9/")
        .args(["scan", "--json"])
        .arg(&apk)
        .output()
        .expect("unstalk runs");
    let mut report: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("JSON ({error}): {}", text(&output.stderr)));
    let render = |created: &str, report: &mut Value| {
        report["created"] = Value::from(created);
        let path = inputs
            .path()
            .join(format!("report-{}.json", &created[..10]));
        std::fs::write(&path, report.to_string()).expect("write the report");
        let shown = fresh_unstalk(home.path(), "http://127.0.0.1:9/")
            .arg("report")
            .arg(&path)
            .output()
            .expect("unstalk runs");
        assert_eq!(shown.status.code(), Some(0), "{}", text(&shown.stderr));
        text(&shown.stdout)
    };

    let soon = render("2026-07-01T10:00:00Z", &mut report);
    assert!(
        soon.contains("echap (built-in snapshot a04c5c1), dated 2026-06-21"),
        "{soon}"
    );
    assert!(!soon.contains("days old"), "{soon}");

    let late = render("2026-12-01T10:00:00Z", &mut report);
    assert!(
        late.contains("this list of known stalkerware is 163 days old"),
        "{late}"
    );
    assert!(late.contains("unstalk indicators update"), "{late}");
}
