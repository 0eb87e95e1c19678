//! End to end with the real adb: our client → a private adb server (Debian package `adb`) →
//! `unstalk_adb_replay::ReplayDevice` playing the phone.
//!
//! Each test starts its own adb server on a free port (never the person's server on 5037) and
//! kills it at the end. Without `adb` installed a test prints a loud `*** SKIPPED` line; under
//! `CI=true` it fails, as a missing corpus does.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use unstalk_adb::{
    AdbError, AdbServer, ApkPath, DeviceCommand, DeviceState, PackageName, SettingsNamespace,
};
use unstalk_adb_replay::harness::{private_server_port, real_adb};
use unstalk_adb_replay::{Answer, ReplayDevice, ReplayOptions};

/// An adb server of our own on a free port, killed when dropped.
struct PrivateServer {
    port: u16,
}

impl PrivateServer {
    /// A free port for it; the server itself is started by our client on first use.
    fn new() -> Self {
        Self {
            port: private_server_port(),
        }
    }

    fn client(&self) -> AdbServer {
        AdbServer::at(SocketAddr::from((Ipv4Addr::LOCALHOST, self.port)))
            .with_io_timeout(Duration::from_secs(30))
    }

    fn adb(&self, args: &[&str]) -> Output {
        Command::new("adb")
            .arg("-P")
            .arg(self.port.to_string())
            .args(args)
            .output()
            .expect("adb runs")
    }

    /// `adb connect` to the replay device, then waits until the server lists it in `state`.
    fn connect(&self, device: &ReplayDevice, state: &DeviceState) -> String {
        let serial = device.address().to_string();
        let output = self.adb(&["connect", &serial]);
        let said = String::from_utf8_lossy(&output.stdout);
        // adb 29 says "failed to authenticate" for a phone that wants a key, yet keeps it.
        assert!(
            said.contains("connected to") || said.contains("failed to authenticate"),
            "adb connect said {said:?}"
        );
        self.wait_for(&serial, state);
        serial
    }

    fn wait_for(&self, serial: &str, state: &DeviceState) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let devices = self.client().devices().expect("devices");
            if devices
                .iter()
                .any(|device| device.serial == serial && &device.state == state)
            {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{serial} never became {state}: {devices:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for PrivateServer {
    fn drop(&mut self) {
        let _ = self.adb(&["kill-server"]);
    }
}

const SPY_PACKAGE: &str = "com.example.spy";
const SPY_APK: &str = "/data/app/~~QmFzZTY0==/com.example.spy-Zq_9==/base.apk";

/// A replay folder built from the corpus: `getprop.txt` by its conventional name, the rest
/// through `replay.json`. Returns the expected bytes per shell line.
fn replay_folder(corpus: &Path, folder: &Path) -> BTreeMap<String, Vec<u8>> {
    let mvt = corpus.join("mvt-artifacts/android_data");
    let spytrap = corpus.join("spytrap-adb/dumpsys");
    std::fs::copy(mvt.join("getprop.txt"), folder.join("getprop.txt")).expect("copied");
    let read = |path: &Path| std::fs::read(path).expect("corpus file");

    let files: Vec<(DeviceCommand, PathBuf)> = vec![
        (
            DeviceCommand::DumpsysPackage,
            spytrap.join("package/spylive360.txt"),
        ),
        (
            DeviceCommand::DumpsysAccessibility,
            spytrap.join("accessibility/spylive360.txt"),
        ),
        (DeviceCommand::DumpsysAppops, mvt.join("dumpsys_appops.txt")),
        (DeviceCommand::Processes, mvt.join("ps.txt")),
        (
            DeviceCommand::ReadApk(ApkPath::new(SPY_APK).expect("valid path")),
            corpus.join("apks/synthetic/apk/ioc-thetruth.apk"),
        ),
    ];
    let texts: Vec<(DeviceCommand, String)> = vec![
        (
            DeviceCommand::SettingsList(SettingsNamespace::Secure),
            "enabled_accessibility_services=com.example.spy/.Svc\nenabled_notification_listeners=\n"
                .to_owned(),
        ),
        (
            DeviceCommand::SettingsList(SettingsNamespace::Global),
            "adb_enabled=1\npackage_verifier_enable=0\n".to_owned(),
        ),
        (
            DeviceCommand::SettingsList(SettingsNamespace::System),
            "screen_brightness=102\n".to_owned(),
        ),
        (
            DeviceCommand::ListPackages,
            format!("package:{SPY_APK}={SPY_PACKAGE} versionCode:7  installer=null uid:10123\n"),
        ),
        (
            DeviceCommand::DumpsysDevicePolicy,
            "Current Device Policy Manager state:\n  Enabled Device Admins (User 0, provisioningState: 0):\n"
                .to_owned(),
        ),
        (
            DeviceCommand::DumpsysDeviceIdleWhitelist,
            format!("system-excidle,com.android.shell,2000\nuser,{SPY_PACKAGE},10123\n"),
        ),
        (
            DeviceCommand::LauncherActivities,
            "1 activities found:\n  Activity #0:\n    com.android.settings/.Settings\n"
                .to_owned(),
        ),
        (
            DeviceCommand::RootPaths,
            "ls: /system/bin/su: No such file or directory\n".to_owned(),
        ),
        (
            DeviceCommand::PackagePath(PackageName::new(SPY_PACKAGE).expect("valid name")),
            format!("package:{SPY_APK}\n"),
        ),
    ];

    let mut commands = serde_json::Map::new();
    let mut expected = BTreeMap::new();
    expected.insert("getprop".to_owned(), read(&mvt.join("getprop.txt")));
    for (command, path) in files {
        commands.insert(command.shell_line(), path.display().to_string().into());
        expected.insert(command.shell_line(), read(&path));
    }
    for (command, text) in texts {
        commands.insert(command.shell_line(), serde_json::json!({ "text": text }));
        expected.insert(command.shell_line(), text.into_bytes());
    }
    let replay = serde_json::json!({
        "device": { "product": "beyond1lteeea", "model": "SM-G973F", "device": "beyond1lte" },
        "commands": commands,
    });
    std::fs::write(folder.join("replay.json"), replay.to_string()).expect("written");
    expected
}

fn service(command: &DeviceCommand) -> String {
    match command {
        DeviceCommand::ReadApk(_) => format!("exec:{}", command.shell_line()),
        _ => format!("shell:{}", command.shell_line()),
    }
}

#[test]
fn reads_every_allow_listed_command_through_the_real_adb_server() {
    const TEST: &str = "reads_every_allow_listed_command_through_the_real_adb_server";
    let Some(corpus) = unstalk_testkit::corpus(TEST) else {
        return;
    };
    let Some(adb_version) = real_adb(TEST) else {
        return;
    };
    println!("real adb: {adb_version}");
    let folder = tempfile::tempdir().expect("temporary folder");
    let expected = replay_folder(&corpus, folder.path());
    // A small payload makes the APK cross many WRTE/OKAY rounds; the latency shows that a
    // batch runs a few commands at a time.
    let latency = Duration::from_millis(20);
    let phone = ReplayDevice::start(
        folder.path(),
        ReplayOptions {
            max_payload: 4096,
            latency,
            ..ReplayOptions::default()
        },
    )
    .expect("replay device starts");

    let server = PrivateServer::new();
    let started = Instant::now();
    // Our client starts the private server with the real `adb start-server`.
    let version = server.client().version().expect("server version");
    println!(
        "adb server version {version}, started in {:?}",
        started.elapsed()
    );
    assert!(version >= 31, "server protocol version {version}");
    let serial = server.connect(&phone, &DeviceState::Device);

    let device = server
        .client()
        .device(Some(&serial))
        .expect("the replay phone");
    assert_eq!(device.serial(), serial);
    // adb keeps letters and digits of the model and writes the rest as `_`.
    assert_eq!(device.model(), Some("SM_G973F"));
    assert_eq!(device.info().product(), Some("beyond1lteeea"));

    let mut batch = DeviceCommand::survey();
    batch.push(DeviceCommand::PackagePath(
        PackageName::new(SPY_PACKAGE).expect("valid name"),
    ));
    let started = Instant::now();
    let outputs = device.run_all(&batch);
    let batch_time = started.elapsed();
    for (command, output) in batch.iter().zip(&outputs) {
        let output = output.as_ref().expect("command ran");
        assert!(
            expected.get(&command.shell_line()) == Some(output),
            "`{command}` answered {} bytes, not the replay file",
            output.len()
        );
    }
    let apk = DeviceCommand::ReadApk(ApkPath::new(SPY_APK).expect("valid path"));
    let mut file = Vec::new();
    let bytes = device.stream(&apk, &mut file).expect("APK read");
    assert_eq!(Some(&file), expected.get(&apk.shell_line()));
    assert_eq!(bytes, file.len() as u64);

    // Only allow-listed lines reached the phone, each once, each answered from the folder.
    batch.push(apk);
    let mut sent: Vec<String> = batch.iter().map(service).collect();
    let mut received: Vec<String> = phone.received().into_iter().map(|c| c.service).collect();
    sent.sort();
    received.sort();
    assert_eq!(received, sent);
    assert!(
        phone
            .received()
            .iter()
            .all(|command| command.answer == Answer::Replayed),
        "{:?}",
        phone.received()
    );

    let log = device.log();
    assert_eq!(log.len(), batch.len());
    for record in &log {
        assert_eq!(record.error, None, "{record:?}");
        println!(
            "{:>8.1} ms {:>7} bytes  {}",
            record.duration.as_secs_f64() * 1000.0,
            record.bytes,
            record.command
        );
    }
    println!(
        "batch of {} commands: {batch_time:?}, at most {} at once",
        batch.len() - 1,
        phone.most_commands_at_once()
    );
    assert!(log.iter().all(|record| record.duration >= latency));
    // Each command keeps the phone busy for `latency`; a batch run one at a time never has
    // two open together.
    assert!(
        phone.most_commands_at_once() > 1,
        "the batch was not run in parallel"
    );

    // A command printing more than the caller accepts is stopped.
    let small = server
        .client()
        .device(Some(&serial))
        .expect("the replay phone")
        .with_max_output(100);
    let error = small
        .run(&DeviceCommand::DumpsysPackage)
        .expect_err("too much output");
    assert!(matches!(error, AdbError::OutputTooLarge { .. }), "{error}");
}

#[test]
fn explains_which_phone_cannot_be_read_and_why() {
    const TEST: &str = "explains_which_phone_cannot_be_read_and_why";
    let Some(_) = real_adb(TEST) else {
        return;
    };
    let folder = tempfile::tempdir().expect("temporary folder");
    let server = PrivateServer::new();
    // Phones on this machine's USB would show up in a private server too.
    let usb = server.client().devices().expect("devices");
    if usb.is_empty() {
        let error = server.client().device(None).expect_err("no phone");
        assert!(matches!(error, AdbError::NoDevice), "{error}");
        assert!(error.to_string().contains("USB debugging"), "{error}");
    }

    let start = |unauthorized| {
        ReplayDevice::start(
            folder.path(),
            ReplayOptions {
                unauthorized,
                ..ReplayOptions::default()
            },
        )
        .expect("replay device starts")
    };
    let good = start(false);
    let good_serial = server.connect(&good, &DeviceState::Device);
    let locked = start(true);
    let locked_serial = server.connect(&locked, &DeviceState::Unauthorized);

    let error = server.client().device(None).expect_err("two phones");
    let message = error.to_string();
    assert!(
        matches!(error, AdbError::SeveralDevices { .. }),
        "{message}"
    );
    assert!(message.contains(&good_serial), "{message}");
    assert!(message.contains(&locked_serial), "{message}");
    assert!(message.contains("--serial"), "{message}");

    let error = server
        .client()
        .device(Some(&locked_serial))
        .expect_err("unauthorized");
    assert!(matches!(error, AdbError::Unauthorized { .. }), "{error}");
    assert!(error.to_string().contains("Allow USB debugging"), "{error}");

    let error = server
        .client()
        .device(Some("R58M00000"))
        .expect_err("no such phone");
    assert!(matches!(error, AdbError::NotFound { .. }), "{error}");

    // An unknown command answers as Android's shell does — but none can be sent through the
    // client, so ask the server directly with the real adb.
    let output = server.adb(&["-s", &good_serial, "shell", "reboot"]);
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "/system/bin/sh: reboot: inaccessible or not found\n"
    );
    assert_eq!(
        good.received()
            .last()
            .map(|c| (c.service.as_str(), c.answer)),
        Some(("shell:reboot", Answer::NotFound))
    );

    // A phone whose connection drops is listed offline.
    let device = server
        .client()
        .device(Some(&good_serial))
        .expect("the phone");
    drop(good);
    server.wait_for(&good_serial, &DeviceState::Offline);
    let error = server
        .client()
        .device(Some(&good_serial))
        .expect_err("offline");
    assert!(matches!(error, AdbError::Offline { .. }), "{error}");
    let error = device.run(&DeviceCommand::Getprop).expect_err("offline");
    assert!(matches!(error, AdbError::Offline { .. }), "{error}");
    assert_eq!(device.log().len(), 1);
    assert!(device.log().iter().all(|record| record.error.is_some()));
}
