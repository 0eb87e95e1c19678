//! `unstalk scan --device` end to end: the binary → a private real adb server → a replay phone
//! answering with spytrap-adb's SpyLive360 dumps (real `dumpsys` output of a phone with that
//! stalkerware). Also proves the phone received nothing but the allow-listed commands.

use std::path::{Path, PathBuf};
use std::process::Output;

use serde_json::Value;
use unstalk_adb::{ApkPath, DeviceCommand, SettingsNamespace};
use unstalk_adb_replay::harness::{PrivateAdb, real_adb};
use unstalk_adb_replay::{ReplayDevice, ReplayOptions};

/// The SpyLive360 phone with the app's package name replaced by `package`.
fn replay_folder(corpus: &Path, folder: &Path, package: &str) {
    let spytrap = corpus.join("spytrap-adb/dumpsys");
    let renamed = |path: PathBuf| {
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
            .replace("com.wifi0", package)
    };
    let apk = format!("/data/app/~~V5jud4ex5==/{package}-q-C29y==/base.apk");
    let texts: Vec<(DeviceCommand, String)> = vec![
        (
            DeviceCommand::DumpsysPackage,
            renamed(spytrap.join("package/spylive360.txt")),
        ),
        (
            DeviceCommand::DumpsysAccessibility,
            renamed(spytrap.join("accessibility/spylive360.txt")),
        ),
        (
            DeviceCommand::Getprop,
            std::fs::read_to_string(corpus.join("mvt-artifacts/android_data/getprop.txt"))
                .expect("getprop"),
        ),
        (
            DeviceCommand::ListPackages,
            format!(
                "package:{apk}={package} versionCode:140 installer=com.android.packageinstaller uid:10155\n\
                 package:/system/priv-app/Settings/Settings.apk=com.android.settings versionCode:30 installer=null uid:1000\n"
            ),
        ),
        (
            DeviceCommand::SettingsList(SettingsNamespace::Secure),
            format!(
                "enabled_accessibility_services={package}/{package}.AccessibilityReceiver4\n\
                 enabled_notification_listeners={package}/{package}.listeners.NotificationListener\n"
            ),
        ),
        (
            DeviceCommand::SettingsList(SettingsNamespace::Global),
            "adb_enabled=1\npackage_verifier_enable=1\n".to_owned(),
        ),
        (
            DeviceCommand::SettingsList(SettingsNamespace::System),
            "screen_brightness=102\n".to_owned(),
        ),
        (
            DeviceCommand::LauncherActivities,
            format!(
                "2 activities found:\n  Activity #0:\n    com.android.settings/.Settings\n  Activity #1:\n    {package}/.activities.WelcomeActivity\n"
            ),
        ),
    ];
    let mut commands = serde_json::Map::new();
    for (command, text) in texts {
        commands.insert(command.shell_line(), serde_json::json!({ "text": text }));
    }
    // The app's APK, for `--pull-apks`: a benign corpus APK standing in for it.
    let read_apk = DeviceCommand::ReadApk(ApkPath::new(&apk).expect("valid path"));
    commands.insert(
        read_apk.shell_line(),
        corpus
            .join("apks/synthetic/apk/benign-notes.apk")
            .display()
            .to_string()
            .into(),
    );
    let replay = serde_json::json!({
        "device": { "product": "lineage_x", "model": "Pixel 3a", "device": "sargo" },
        "commands": commands,
    });
    std::fs::write(folder.join("replay.json"), replay.to_string()).expect("written");
}

/// The replay phone holding `package`, connected to a private real adb server, and a work
/// folder for unstalk; `None` (after the skip message) without the corpus or adb.
struct ConnectedPhone {
    corpus: PathBuf,
    phone: ReplayDevice,
    server: PrivateAdb,
    serial: String,
    work: tempfile::TempDir,
    _replay: tempfile::TempDir,
}

impl ConnectedPhone {
    fn start(test: &str, package: &str) -> Option<ConnectedPhone> {
        let corpus = unstalk_testkit::corpus(test)?;
        real_adb(test)?;
        let replay = tempfile::tempdir().expect("temporary folder");
        replay_folder(&corpus, replay.path(), package);
        let phone = ReplayDevice::start(replay.path(), ReplayOptions::default()).expect("replay");
        let server = PrivateAdb::start();
        let serial = server.connect(phone.address());
        Some(ConnectedPhone {
            corpus,
            phone,
            server,
            serial,
            work: tempfile::tempdir().expect("work folder"),
            _replay: replay,
        })
    }

    /// Runs the unstalk binary against the private server.
    fn unstalk(&self, args: &[&str]) -> Output {
        unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), self.work.path())
            .env("ADB_SERVER_SOCKET", self.server.socket())
            .args(args)
            .output()
            .expect("unstalk runs")
    }

    fn echap(&self) -> String {
        self.corpus
            .join("stalkerware-indicators")
            .to_str()
            .expect("UTF-8")
            .to_owned()
    }
}

/// Scans the replay phone holding `package`, copying APKs as `pull` says; the report and the
/// services the phone received.
fn scan_phone(test: &str, package: &str, pull: &str) -> Option<(Value, Vec<String>)> {
    let connected = ConnectedPhone::start(test, package)?;
    let echap = connected.echap();
    let output = connected.unstalk(&[
        "--indicators",
        &echap,
        "scan",
        "--device",
        "--serial",
        &connected.serial,
        "--pull-apks",
        pull,
        "--json",
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(1), "flags an app: {stderr}");
    assert!(
        stderr.contains("without changing it"),
        "says it is read-only: {stderr}"
    );
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    check_schema(test, &output.stdout);
    let received = connected
        .phone
        .received()
        .into_iter()
        .map(|r| r.service)
        .collect();
    Some((report, received))
}

fn app<'r>(report: &'r Value, package: &str) -> &'r Value {
    report["subjects"]
        .as_array()
        .expect("subjects")
        .iter()
        .find(|s| s["subject"]["package"] == package)
        .unwrap_or_else(|| panic!("{package} not in the report: {report:#}"))
}

fn finding_ids(subject: &Value) -> Vec<String> {
    subject["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["id"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn spylive360_on_a_phone_is_known_stalkerware_with_its_behaviour() {
    let Some((report, received)) = scan_phone("scan --device SpyLive360", "com.wifi0", "none")
    else {
        return;
    };
    let spy = app(&report, "com.wifi0");
    assert_eq!(spy["verdict"], "known_stalkerware", "{spy:#}");
    let families: Vec<&str> = spy["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter_map(|f| f["indicator"]["family"].as_str())
        .collect();
    assert!(families.contains(&"SpyLive360"), "{families:?}");
    let ids = finding_ids(spy);
    for id in [
        "android.accessibility.enabled",
        "android.notification-listener.enabled",
        "app.persistence.boot-receiver",
        "app.persistence.device-admin",
        "android.app.sideloaded",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id} missing: {ids:?}");
    }
    assert_eq!(report["inputs"][0]["kind"], "adb_device");
    // A live read covers every phone check.
    let checked: Vec<&str> = report["checked"]
        .as_array()
        .expect("checked")
        .iter()
        .filter_map(|c| c["id"].as_str())
        .collect();
    for id in [
        "android.packages",
        "android.app.behaviour",
        "android.accessibility",
        "android.notification-listener",
        "android.app.hidden-icon",
        "android.settings",
        "android.root",
    ] {
        assert!(checked.contains(&id), "{id} not checked: {checked:?}");
    }
    assert!(
        report["inputs"][0]["path"]
            .as_str()
            .is_some_and(|p| p.starts_with("adb:"))
    );
    // Only the survey reached the phone: one command each, nothing per app.
    let allowed: Vec<String> = DeviceCommand::survey()
        .iter()
        .map(|c| format!("shell:{}", c.shell_line()))
        .collect();
    for service in &received {
        assert!(allowed.contains(service), "not allow-listed: {service}");
    }
    assert_eq!(received.len(), allowed.len(), "{received:#?}");
}

#[test]
fn the_same_app_under_an_unknown_name_is_stalkerware_like_from_behaviour() {
    let Some((report, _)) = scan_phone("scan --device renamed", "org.helper.sync", "none") else {
        return;
    };
    let renamed = app(&report, "org.helper.sync");
    assert_eq!(renamed["verdict"], "stalkerware_like", "{renamed:#}");
    let ids = finding_ids(renamed);
    assert!(
        ids.iter().any(|i| i == "app.behaviour.stalkerware-like"),
        "{ids:?}"
    );
    assert!(!ids.iter().any(|i| i.starts_with("indicator.")), "{ids:?}");
    // The device's own entry is there, and says nothing stronger than nothing_found.
    let device = report["subjects"]
        .as_array()
        .expect("subjects")
        .iter()
        .find(|s| s["subject"]["kind"] == "device")
        .expect("device entry");
    assert_eq!(device["verdict"], "nothing_found");
}

/// `--pull-apks suspicious` copies the sideloaded app's APK (one command more, whatever the
/// number of apps) and analyses it: the app's entry carries the APK's identity.
#[test]
fn the_sideloaded_app_is_copied_and_analysed() {
    let Some((report, received)) =
        scan_phone("scan --device --pull-apks", "com.wifi0", "suspicious")
    else {
        return;
    };
    let spy = app(&report, "com.wifi0");
    assert_eq!(spy["verdict"], "known_stalkerware");
    let details = &spy["app"];
    assert_eq!(details["package"], "org.example.simplenotes", "{details:#}");
    assert!(
        details["certificates"]
            .as_array()
            .is_some_and(|c| !c.is_empty())
    );
    let copies: Vec<&String> = received
        .iter()
        .filter(|s| s.starts_with("exec:cat "))
        .collect();
    assert_eq!(copies.len(), 1, "{received:#?}");
    assert_eq!(received.len(), DeviceCommand::survey().len() + 1);
}

/// `unstalk acquire` writes an acquisition that `unstalk scan` and the real MVT both read, with
/// a manifest whose hashes match the files, all owner-only.
#[test]
fn an_acquisition_is_read_by_unstalk_and_by_mvt() {
    const TEST: &str = "acquire then scan and MVT";
    let Some(connected) = ConnectedPhone::start(TEST, "com.wifi0") else {
        return;
    };
    let Some(venv) = unstalk_testkit::venv(TEST, "mvt", "MVT_VENV", "bin/mvt-android") else {
        return;
    };
    let (serial, work) = (&connected.serial, connected.work.path());
    let unstalk = |args: &[&str]| connected.unstalk(args);
    let acquisition = work.join("phone");
    let path = acquisition.to_str().expect("UTF-8");
    let acquired = unstalk(&["acquire", "--device", "--serial", serial, "-o", path]);
    assert!(
        acquired.status.success(),
        "{}",
        String::from_utf8_lossy(&acquired.stderr)
    );

    // The manifest: every file with its SHA-256, the device, the commands.
    let manifest: Value = serde_json::from_slice(
        &std::fs::read(acquisition.join("unstalk-acquisition.json")).expect("manifest"),
    )
    .expect("manifest JSON");
    assert_eq!(manifest["device"]["serial"], serial.as_str());
    let files = manifest["files"].as_array().expect("files");
    assert!(files.len() >= 9, "{files:#?}");
    for file in files {
        let name = file["name"].as_str().expect("name");
        let bytes = std::fs::read(acquisition.join(name)).expect("listed file exists");
        assert_eq!(
            file["sha256"].as_str(),
            Some(hex_sha256(&bytes).as_str()),
            "{name}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(acquisition.join(name))
                .expect("metadata")
                .permissions()
                .mode();
            assert_eq!(mode & 0o077, 0, "{name} is readable by others: {mode:o}");
        }
    }

    // unstalk reads it back.
    let echap = connected.echap();
    let echap = echap.as_str();
    let scanned = unstalk(&["--indicators", echap, "scan", path, "--json"]);
    let report: Value = serde_json::from_slice(&scanned.stdout).expect("JSON report");
    assert_eq!(app(&report, "com.wifi0")["verdict"], "known_stalkerware");
    assert_eq!(report["inputs"][0]["kind"], "androidqf");

    // The real MVT reads it and matches SpyLive360's package from unstalk's STIX export.
    let stix = work.join("echap.stix2");
    let exported = unstalk(&[
        "--indicators",
        echap,
        "indicators",
        "export",
        "--format",
        "stix2",
        "-o",
        stix.to_str().expect("UTF-8"),
    ]);
    let said = String::from_utf8_lossy(&exported.stderr).into_owned();
    let expected = said
        .split("MVT loads ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap_or_else(|| panic!("export did not report MVT's count: {said}"));
    let check = std::process::Command::new("bash")
        .arg(unstalk_testkit::workspace_root().join("scripts/check-mvt-stix.sh"))
        .arg(&stix)
        .arg(expected)
        .arg(&acquisition)
        .env("MVT_VENV", &venv)
        .output()
        .expect("bash runs");
    let out = String::from_utf8_lossy(&check.stdout);
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(check.status.success(), "MVT failed:\n{out}\n{err}");
    assert!(
        out.contains("com.wifi0"),
        "MVT did not match com.wifi0:\n{out}\n{err}"
    );
}

/// `acquire --encrypt-to` leaves one sealed file and no plain copy; `scan --identity` opens it.
#[test]
fn a_sealed_acquisition_opens_only_with_its_identity() {
    const TEST: &str = "sealed acquisition";
    let Some(connected) = ConnectedPhone::start(TEST, "com.wifi0") else {
        return;
    };
    let (serial, work) = (&connected.serial, connected.work.path());
    let unstalk = |args: &[&str]| connected.unstalk(args);
    // A throw-away key pair.
    let pair = age::x25519::Identity::generate();
    let recipient = pair.to_public().to_string();
    let key = work.join("key.txt");
    {
        use age::secrecy::ExposeSecret;
        std::fs::write(&key, format!("{}\n", pair.to_string().expose_secret())).expect("key");
    }
    let sealed = work.join("phone.tar.age");
    let sealed_path = sealed.to_str().expect("UTF-8");
    let acquired = unstalk(&[
        "acquire",
        "--device",
        "--serial",
        serial,
        "-o",
        sealed_path,
        "--encrypt-to",
        &recipient,
    ]);
    assert!(
        acquired.status.success(),
        "{}",
        String::from_utf8_lossy(&acquired.stderr)
    );
    let names: Vec<String> = std::fs::read_dir(work)
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    assert!(names.contains(&"phone.tar.age".to_owned()), "{names:?}");
    let echap = connected.echap();
    let echap = echap.as_str();
    let without = unstalk(&["--indicators", echap, "scan", sealed_path]);
    assert_eq!(without.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&without.stderr).contains("--identity"));
    let key_path = key.to_str().expect("UTF-8");
    let scanned = unstalk(&[
        "--indicators",
        echap,
        "scan",
        sealed_path,
        "--identity",
        key_path,
        "--json",
    ]);
    let report: Value = serde_json::from_slice(&scanned.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&scanned.stderr)));
    assert_eq!(app(&report, "com.wifi0")["verdict"], "known_stalkerware");
    assert_eq!(report["inputs"][0]["path"], sealed_path);
    check_schema(TEST, &scanned.stdout);
    // Evidence names files inside the sealed archive, never the temporary folder it was opened
    // in (deleted after the scan).
    let mut file_paths = Vec::new();
    for subject in report["subjects"].as_array().expect("subjects") {
        for finding in subject["findings"].as_array().into_iter().flatten() {
            for evidence in finding["evidence"].as_array().into_iter().flatten() {
                if evidence["source"]["kind"] == "file" {
                    file_paths.push(
                        evidence["source"]["path"]
                            .as_str()
                            .expect("path")
                            .to_owned(),
                    );
                }
            }
        }
    }
    assert!(
        !file_paths.is_empty(),
        "some evidence names a file: {report:#}"
    );
    assert!(
        file_paths.iter().all(|path| path.starts_with(sealed_path)),
        "{file_paths:?}"
    );
}

/// The report of every kind of input validates against docs/schema/scan-report.schema.json,
/// names no field the schema leaves out, and the documentation names every field.
fn check_schema(test: &str, report: &[u8]) {
    let folder = tempfile::tempdir().expect("temporary folder");
    let path = folder.path().join("report.json");
    std::fs::write(&path, report).expect("write report");
    unstalk_testkit::check_report_schema(test, &[path.as_path()]);
}

fn hex_sha256(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let digest = <sha2::Sha256 as sha2::Digest>::digest(bytes);
    digest.iter().fold(String::new(), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}

/// `unstalk scan PATH` recognises each kind of acquisition in the corpus and says what it read.
#[test]
fn offline_acquisitions_are_recognised_by_kind() {
    let Some(corpus) = unstalk_testkit::corpus("offline acquisitions") else {
        return;
    };
    let data = tempfile::tempdir().expect("data folder");
    let echap = corpus.join("stalkerware-indicators");
    for (relative, kind) in [
        ("mvt-artifacts/androidqf", "androidqf"),
        ("mvt-artifacts/androidqf.zip", "androidqf"),
        ("mvt-artifacts/android_data", "android_dumps"),
        ("mvt-artifacts/android_data/bugreport", "bugreport"),
    ] {
        let path = corpus.join(relative);
        let output = unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), data.path())
            .args(["--indicators", echap.to_str().expect("UTF-8"), "scan"])
            .arg(&path)
            .arg("--json")
            .output()
            .expect("unstalk runs");
        let report: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
            panic!(
                "{relative}: {e}: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
        assert_eq!(report["inputs"][0]["kind"], kind, "{relative}");
        check_schema(relative, &output.stdout);
        assert!(
            report["subjects"]
                .as_array()
                .is_some_and(|s| s.iter().any(|s| s["subject"]["kind"] == "device")),
            "{relative}: no device entry"
        );
        assert!(
            report["not_checked"]
                .as_array()
                .is_some_and(|n| n.iter().any(|n| n["id"] == "android.accounts")),
            "{relative}: does not say accounts were not checked"
        );
    }
}

#[test]
fn a_check_stops_the_adb_server_it_started_and_leaves_a_running_one() {
    let test = "scan --device stops its own adb server";
    if real_adb(test).is_none() {
        return;
    }
    let data = tempfile::tempdir().expect("data folder");
    let check = |socket: &str| {
        unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), data.path())
            .env("ADB_SERVER_SOCKET", socket)
            .args(["scan", "--device"])
            .output()
            .expect("unstalk runs")
    };
    let listening = |address: std::net::SocketAddr| {
        std::net::TcpStream::connect_timeout(&address, std::time::Duration::from_secs(1)).is_ok()
    };

    // No server on this port: unstalk starts one, finds no phone, and stops it again.
    let port = unstalk_adb_replay::harness::private_server_port();
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let output = check(&format!("tcp:{port}"));
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    // The server exits right after it answers; give it a moment to close its port.
    let stopped = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        !listening(address)
    });
    assert!(
        stopped,
        "the adb server unstalk started is still running on {port}"
    );

    // A server that was already running is someone else's: it stays.
    let server = PrivateAdb::start();
    let output = check(&server.socket());
    assert_eq!(output.status.code(), Some(2), "{output:?}");
    assert!(
        listening(server.address()),
        "unstalk stopped a server it did not start"
    );
}
