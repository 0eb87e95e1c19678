//! Nothing but checked values can ride along with an allow-listed command: package names and
//! APK paths that could make the phone's shell do anything else are refused. (That the types
//! have no other constructor is checked by the `compile_fail` examples on them.)

use std::fmt::Debug;
use std::str::FromStr;

use unstalk_adb::{AdbError, ApkPath, DeviceCommand, PackageName};

const HOSTILE: &[&str] = &[
    "com.x;reboot",
    "com.x; reboot",
    "com.x && pm uninstall com.y",
    "com.x|sh",
    "com.x$(reboot)",
    "com.x`reboot`",
    "com.x\nreboot",
    "com.x\rreboot",
    "com.x\0",
    "com.x>/sdcard/x",
    "com.x<y",
    "com.x'y",
    "com.x\"y",
    "com.x*",
    "com.x?",
    "com.x{a,b}",
    "com.x\\y",
    "com.x#",
    "com.x!",
    "com.x%",
    "com.x y",
    "com.x\ty",
    "-f",
    "--user",
    "com.\u{e9}x",
    "com.x\u{200b}",
];

/// `text` is refused as a `T` (through `FromStr`, which is `T::new`) with a validation error.
fn assert_refused<T: FromStr<Err = AdbError> + Debug>(text: &str) {
    match text.parse::<T>() {
        Err(
            AdbError::InvalidPackageName { reason, .. } | AdbError::InvalidApkPath { reason, .. },
        ) => {
            assert!(!reason.is_empty());
        }
        other => panic!("{text:?} was not refused: {other:?}"),
    }
}

#[test]
fn refuses_package_names_the_shell_would_read_as_code() {
    for name in HOSTILE.iter().copied().chain([
        "",
        ".",
        "com..x",
        ".com.x",
        "com.x.",
        "1com.x",
        "com.1x",
        "com._x",
        "com.x/y",
        "../../system",
    ]) {
        assert_refused::<PackageName>(name);
    }
    assert!(PackageName::new(&"a".repeat(256)).is_err());
}

#[test]
fn accepts_real_package_names() {
    for name in [
        "android",
        "com.android.vending",
        "com.spylive360",
        "org.fdroid.fdroid",
        "com.example.app_2",
        "de.A1.b2_C3",
        &"a".repeat(255),
    ] {
        let package = PackageName::new(name).expect(name);
        assert_eq!(
            DeviceCommand::PackagePath(package).shell_line(),
            format!("pm path {name}")
        );
    }
}

#[test]
fn refuses_apk_paths_outside_the_rules() {
    // Inside a path, a leading `-` is harmless: the path starts with `/`.
    for suffix in HOSTILE.iter().filter(|suffix| !suffix.starts_with('-')) {
        let path = format!("/data/app/{suffix}/base.apk");
        assert_refused::<ApkPath>(&path);
    }
    for path in [
        "",
        "base.apk",
        "data/app/x/base.apk",
        "/data/app/x/base.apk.txt",
        "/data/app/x/base.APK ",
        "/data/app/../../data/data/com.whatsapp/databases/msgstore.db.apk",
        "/data/app/x/../../../etc/passwd.apk",
        "/data/app/./x.apk",
        "/data/app//x.apk",
        "/data/data/com.x/files/x.apk",
        "/sdcard/Download/x.apk",
        "/storage/emulated/0/x.apk",
        "/proc/self/root/data/app/x.apk",
        "/system/app/x.apk\ncat /data/x",
        "/system/app/x.apk;reboot;.apk",
        "/system/app/$(reboot).apk",
        "/system/app/x y.apk",
        "/systemx/app/x.apk",
    ] {
        assert_refused::<ApkPath>(path);
    }
    assert!(ApkPath::new(&format!("/data/app/{}.apk", "a".repeat(4096))).is_err());
}

#[test]
fn accepts_the_paths_pm_path_prints() {
    for path in [
        "/data/app/~~QmFzZTY0==/com.example.spy-Zq_9==/base.apk",
        "/data/app/com.example.spy-1/base.apk",
        "/data/app/com.example.spy-2/split_config.arm64_v8a.apk",
        "/system/priv-app/Settings/Settings.apk",
        "/system_ext/priv-app/SystemUI/SystemUI.apk",
        "/product/app/Maps/Maps.apk",
        "/vendor/app/Ims+Service/Ims+Service.apk",
    ] {
        let apk = ApkPath::new(path).expect(path);
        assert_eq!(
            DeviceCommand::ReadApk(apk).shell_line(),
            format!("cat {path}")
        );
    }
}

#[test]
fn every_shell_line_is_free_of_control_characters() {
    let mut commands = DeviceCommand::survey();
    commands.push(DeviceCommand::PackagePath(
        PackageName::new("com.example").expect("valid"),
    ));
    commands.push(DeviceCommand::ReadApk(
        ApkPath::new("/data/app/x/base.apk").expect("valid"),
    ));
    for command in commands {
        let line = command.shell_line();
        assert!(
            !line.chars().any(|c| c.is_control()),
            "{line:?} holds a control character"
        );
        assert!(
            !line.contains(';') && !line.contains('`') && !line.contains('$'),
            "{line}"
        );
    }
}
