//! The parsers on real dumps of the shared corpus: spytrap-adb's `dumpsys` captures (a phone
//! with the SpyLive360 stalkerware, `com.wifi0`, and benign apps) and MVT's test artefacts
//! (androidqf folder and zip, `android_data` dumps, a bugreport).
//!
//! What each dump yields is asserted from the dump's text; every dump must parse with few lines
//! not understood (the counts are printed), and damaged copies of every dump must not panic.

use std::io::Write;
use std::path::{Path, PathBuf};

use unstalk_android::acquisition::fuzz_read_zip;
use unstalk_android::{
    AcquisitionKind, ComponentName, DeviceState, DumpKind, SettingsNamespace, read_acquisition,
    read_dump,
};
use unstalk_testkit::corpus_path;

/// Every text dump of the corpus and the parser it is for.
const DUMPS: &[(&str, DumpKind)] = &[
    (
        "spytrap-adb/dumpsys/package/spylive360.txt",
        DumpKind::DumpsysPackage,
    ),
    (
        "spytrap-adb/dumpsys/package/contacts.txt",
        DumpKind::DumpsysPackage,
    ),
    (
        "spytrap-adb/dumpsys/package/fdroid.txt",
        DumpKind::DumpsysPackage,
    ),
    (
        "spytrap-adb/dumpsys/package/gpstest.txt",
        DumpKind::DumpsysPackage,
    ),
    (
        "spytrap-adb/dumpsys/package/jitsi.txt",
        DumpKind::DumpsysPackage,
    ),
    (
        "spytrap-adb/dumpsys/accessibility/spylive360.txt",
        DumpKind::DumpsysAccessibility,
    ),
    (
        "spytrap-adb/dumpsys/accessibility/plain.txt",
        DumpKind::DumpsysAccessibility,
    ),
    (
        "spytrap-adb/dumpsys/accessibility/plain2.txt",
        DumpKind::DumpsysAccessibility,
    ),
    (
        "mvt-artifacts/android_data/dumpsys_accessibility.txt",
        DumpKind::DumpsysAccessibility,
    ),
    (
        "mvt-artifacts/android_data/dumpsys_accessibility_v14_or_later.txt",
        DumpKind::DumpsysAccessibility,
    ),
    (
        "mvt-artifacts/android_data/dumpsys_packages.txt",
        DumpKind::DumpsysPackage,
    ),
    (
        "mvt-artifacts/android_data/dumpsys_appops.txt",
        DumpKind::DumpsysAppops,
    ),
    ("mvt-artifacts/android_data/getprop.txt", DumpKind::Getprop),
    ("mvt-artifacts/android_data/ps.txt", DumpKind::Ps),
    (
        "mvt-artifacts/android_data/bugreport/dumpstate.txt",
        DumpKind::Combined,
    ),
    ("mvt-artifacts/androidqf/dumpsys.txt", DumpKind::Combined),
    ("mvt-artifacts/androidqf/getprop.txt", DumpKind::Getprop),
    ("mvt-artifacts/androidqf/ps.txt", DumpKind::Ps),
    (
        "mvt-artifacts/androidqf/settings_random.txt",
        DumpKind::Settings(SettingsNamespace::Secure),
    ),
    (
        "mvt-artifacts/androidqf/packages.json",
        DumpKind::AndroidqfPackages,
    ),
    (
        "mvt-artifacts/androidqf/root_binaries.json",
        DumpKind::AndroidqfRootBinaries,
    ),
    (
        "mvt-artifacts/androidqf/files.json",
        DumpKind::AndroidqfFiles,
    ),
];

fn dump(test: &str, relative: &str, kind: DumpKind) -> Option<DeviceState> {
    let path = corpus_path(test, relative)?;
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut state = DeviceState::default();
    read_dump(&mut state, kind, &String::from_utf8_lossy(&bytes), relative);
    Some(state)
}

fn component(package: &str, class: &str) -> ComponentName {
    ComponentName {
        package: package.into(),
        class: class.into(),
    }
}

fn not_understood(state: &DeviceState) -> Vec<&String> {
    state
        .sources
        .iter()
        .flat_map(|source| &source.not_understood)
        .collect()
}

#[test]
fn spylive360_package_dump() {
    let Some(state) = dump(
        "spylive360_package_dump",
        "spytrap-adb/dumpsys/package/spylive360.txt",
        DumpKind::DumpsysPackage,
    ) else {
        return;
    };
    assert!(
        not_understood(&state).is_empty(),
        "{:?}",
        not_understood(&state)
    );
    assert_eq!(state.packages.keys().collect::<Vec<_>>(), ["com.wifi0"]);
    let spy = &state.packages["com.wifi0"];
    assert_eq!(
        spy.installer.as_deref(),
        Some("com.android.packageinstaller")
    );
    assert_eq!(spy.uid, Some(10155));
    assert_eq!(spy.version_code, Some(140));
    assert_eq!(spy.version_name.as_deref(), Some("1.4.0"));
    assert_eq!(spy.system, Some(false));
    assert_eq!(spy.enabled, Some(true));
    assert_eq!(
        spy.first_install_time.as_deref(),
        Some("2021-12-15 17:51:52")
    );
    assert_eq!(spy.signature_hashes, ["74831dfd"]);
    assert_eq!(spy.requested_permissions.len(), 34);
    assert_eq!(
        spy.granted_permissions.get("android.permission.READ_SMS"),
        Some(&false)
    );
    assert_eq!(
        spy.granted_permissions.get("android.permission.INTERNET"),
        Some(&true)
    );
    assert_eq!(
        spy.paths,
        ["/data/app/~~V5jud4ex5-s8L3x2B4lvUA==/com.wifi0-q-C29yRZYy55N91XTD2EoA==/base.apk"]
    );

    let service = |class: &str| {
        spy.services
            .iter()
            .find(|service| service.component == component("com.wifi0", class))
            .and_then(|service| service.permission.as_deref())
    };
    assert_eq!(
        service("com.wifi0.listeners.NotificationListener"),
        Some("android.permission.BIND_NOTIFICATION_LISTENER_SERVICE")
    );
    assert_eq!(
        service("com.wifi0.AccessibilityReceiver4"),
        Some("android.permission.BIND_ACCESSIBILITY_SERVICE")
    );
    assert_eq!(
        spy.actions["android.app.action.DEVICE_ADMIN_ENABLED"],
        [component("com.wifi0", "com.wifi0.receivers.DeviceAdmin")]
    );
    assert!(
        spy.actions["android.intent.action.BOOT_COMPLETED"]
            .contains(&component("com.wifi0", "com.wifi0.BootComplete"))
    );
    assert_eq!(
        spy.actions["android.intent.action.MAIN"],
        [component(
            "com.wifi0",
            "com.wifi0.activities.WelcomeActivity"
        )]
    );
    let launcher = state.launcher.as_ref().expect("filters printed");
    assert_eq!(launcher.packages, ["com.wifi0"]);
    assert_eq!(launcher.covered, Some(vec!["com.wifi0".to_owned()]));
}

#[test]
fn benign_package_dumps() {
    for (file, name, system) in [
        ("contacts", "com.android.contacts", true),
        ("fdroid", "org.fdroid.fdroid", false),
        ("gpstest", "com.android.gpstest.osmdroid", false),
        ("jitsi", "org.jitsi.meet", false),
    ] {
        let relative = format!("spytrap-adb/dumpsys/package/{file}.txt");
        let Some(state) = dump("benign_package_dumps", &relative, DumpKind::DumpsysPackage) else {
            return;
        };
        assert!(
            not_understood(&state).is_empty(),
            "{file}: {:?}",
            not_understood(&state)
        );
        assert_eq!(state.packages.keys().collect::<Vec<_>>(), [name], "{file}");
        let package = &state.packages[name];
        assert_eq!(package.system, Some(system), "{file}");
        assert!(
            package.uid.is_some() && package.version_code.is_some(),
            "{file}"
        );
        assert!(!package.paths.is_empty(), "{file}");
        assert_eq!(
            state.launcher.as_ref().map(|l| l.has_icon(name)),
            Some(Some(true)),
            "{file}"
        );
        assert!(
            !package
                .services
                .iter()
                .any(|service| service.permission.as_deref()
                    == Some("android.permission.BIND_ACCESSIBILITY_SERVICE")),
            "{file}"
        );
    }
}

#[test]
fn accessibility_in_both_formats() {
    const TEST: &str = "accessibility_in_both_formats";
    let Some(spy) = dump(
        TEST,
        "spytrap-adb/dumpsys/accessibility/spylive360.txt",
        DumpKind::DumpsysAccessibility,
    ) else {
        return;
    };
    let receiver = component("com.wifi0", "com.wifi0.AccessibilityReceiver4");
    let accessibility = spy.accessibility.expect("read");
    assert_eq!(accessibility.enabled, std::slice::from_ref(&receiver));
    assert_eq!(accessibility.bound.len(), 1);
    assert_eq!(accessibility.bound[0].label.as_deref(), Some("WiFi"));
    assert_eq!(accessibility.bound[0].component, Some(receiver));
    assert_eq!(accessibility.bound[0].retrieves_window_content, Some(true));

    let v14 = dump(
        TEST,
        "mvt-artifacts/android_data/dumpsys_accessibility_v14_or_later.txt",
        DumpKind::DumpsysAccessibility,
    )
    .and_then(|state| state.accessibility)
    .expect("read");
    assert_eq!(
        v14.enabled,
        [component(
            "com.malware.accessibility",
            "com.malware.service.malwareservice"
        )]
    );
    assert_eq!(v14.bound[0].label.as_deref(), Some("Accessibility service"));

    let samsung = dump(
        TEST,
        "mvt-artifacts/android_data/dumpsys_accessibility.txt",
        DumpKind::DumpsysAccessibility,
    )
    .and_then(|state| state.accessibility)
    .expect("read");
    assert!(samsung.enabled.is_empty());
    assert_eq!(samsung.installed.len(), 4);
    assert_eq!(
        samsung.installed[1].component,
        Some(component(
            "com.samsung.accessibility",
            "com.samsung.accessibility.universalswitch.UniversalSwitchService"
        ))
    );

    for plain in ["plain", "plain2"] {
        let state = dump(
            TEST,
            &format!("spytrap-adb/dumpsys/accessibility/{plain}.txt"),
            DumpKind::DumpsysAccessibility,
        )
        .expect("read");
        assert!(not_understood(&state).is_empty());
        assert_eq!(state.accessibility, Some(Default::default()), "{plain}");
    }
}

#[test]
fn every_dump_parses_with_few_lines_not_understood() {
    const TEST: &str = "every_dump_parses_with_few_lines_not_understood";
    for (relative, kind) in DUMPS {
        let Some(state) = dump(TEST, relative, *kind) else {
            return;
        };
        let odd = not_understood(&state);
        println!(
            "{relative}: {} source(s), {} not understood",
            state.sources.len(),
            odd.len()
        );
        for line in &odd {
            println!("    {line}");
        }
        assert!(!state.sources.is_empty(), "{relative}");
        assert!(odd.len() <= 2, "{relative}: {odd:?}");
    }
}

#[test]
fn androidqf_folder() {
    let Some(path) = corpus_path("androidqf_folder", "mvt-artifacts/androidqf") else {
        return;
    };
    let (state, kind) = read_acquisition(&path).expect("reads");
    assert_eq!(kind, AcquisitionKind::Androidqf);
    assert_eq!(state.properties.len(), 10);
    assert_eq!(state.properties["dalvik.vm.heapgrowthlimit"], "128m");
    // 7 in packages.json, 2 more under Packages in dumpsys.txt.
    assert_eq!(state.packages.len(), 9);
    let whatsapp = &state.packages["com.whatsapp"];
    assert_eq!(whatsapp.installer, None);
    assert_eq!(whatsapp.uid, Some(10271));
    assert_eq!(whatsapp.system, Some(false));
    assert_eq!(whatsapp.enabled, Some(true));
    assert_eq!(
        whatsapp.files[0].sha256.as_deref(),
        Some("744ed47f8176ec423840344c33e88bd2c96e8988cda0797f3415bb5229efc12b")
    );
    assert_eq!(
        whatsapp.certificates[0].sha1.as_deref(),
        Some("38a0f7d505fe18fec64fbf343ecaaaf310dbd799")
    );
    assert_eq!(
        state.packages["org.nuclearfog.apollo"].installer.as_deref(),
        Some("org.fdroid.fdroid")
    );
    assert_eq!(
        state.packages["com.sec.android.app.DataCreate"].uid,
        Some(10143)
    );
    assert_eq!(
        state.accessibility.as_ref().map(|a| a.installed.len()),
        Some(4)
    );
    assert_eq!(state.processes.as_ref().map(Vec::len), Some(15));
    assert_eq!(state.root_binaries.as_ref().map(Vec::len), Some(4));
    assert_eq!(state.files.as_ref().map(Vec::len), Some(3));
    let ops = state.app_ops.as_ref().expect("appops");
    assert_eq!(ops["com.facebook.katana"]["WRITE_SMS"], "ignore");
    assert_eq!(
        state.app_ops_uid.as_ref().expect("uid ops")[&10103]["COARSE_LOCATION"],
        "ignore"
    );
    let read: Vec<&str> = state.sources.iter().map(|s| s.what.as_str()).collect();
    assert_eq!(
        read,
        [
            "getprop",
            "packages.json",
            "dumpsys accessibility",
            "dumpsys package",
            "dumpsys appops",
            "ps",
            "root binaries",
            "files.json",
        ]
    );
}

/// The state without where each source was: the same acquisition zipped and unzipped.
fn without_locations(mut state: DeviceState) -> DeviceState {
    for source in &mut state.sources {
        source.location.clear();
    }
    state
}

fn zip_folder(folder: &Path, prefix: &str, out: &Path) {
    let file = std::fs::File::create(out).expect("create zip");
    let mut zip = zip::ZipWriter::new(file);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("list")
        .map(|entry| entry.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(format!("{prefix}{name}"), options)
            .expect("entry");
        zip.write_all(&std::fs::read(&path).expect("read"))
            .expect("write");
    }
    zip.finish().expect("finish");
}

#[test]
fn androidqf_folder_and_zip_agree() {
    const TEST: &str = "androidqf_folder_and_zip_agree";
    let (Some(folder), Some(zipped)) = (
        corpus_path(TEST, "mvt-artifacts/androidqf"),
        corpus_path(TEST, "mvt-artifacts/androidqf.zip"),
    ) else {
        return;
    };
    let (from_folder, _) = read_acquisition(&folder).expect("folder");

    // The corpus zip holds androidqf's getprop.txt alone, in a folder: the same properties.
    let (from_zip, kind) = read_acquisition(&zipped).expect("zip");
    assert_eq!(kind, AcquisitionKind::Androidqf);
    assert_eq!(from_zip.properties, from_folder.properties);
    assert_eq!(
        from_zip.sources[0].location,
        format!("{}/androidqfzip/getprop.txt", zipped.display())
    );

    // The whole folder zipped, at the root and inside a folder, reads the same as unzipped.
    let temp = tempfile::tempdir().expect("tempdir");
    for prefix in ["", "acquisition-2024/"] {
        let out = temp.path().join("androidqf.zip");
        zip_folder(&folder, prefix, &out);
        let (zipped_state, kind) = read_acquisition(&out).expect("zipped folder");
        assert_eq!(kind, AcquisitionKind::Androidqf);
        assert_eq!(
            without_locations(zipped_state),
            without_locations(from_folder.clone()),
            "prefix {prefix:?}"
        );
    }
}

#[test]
fn mvt_dumps_folder() {
    let Some(path) = corpus_path("mvt_dumps_folder", "mvt-artifacts/android_data") else {
        return;
    };
    let (state, kind) = read_acquisition(&path).expect("reads");
    assert_eq!(kind, AcquisitionKind::MvtDumps);
    assert_eq!(state.properties.len(), 13);
    assert_eq!(state.properties["dalvik.vm.heapgrowthlimit"], "192m");
    assert_eq!(state.packages.len(), 2);
    assert_eq!(
        state.packages["com.samsung.android.provider.filterprovider"].system,
        Some(true)
    );
    assert_eq!(state.processes.as_ref().map(Vec::len), Some(17));
    assert_eq!(state.app_ops.as_ref().map(|ops| ops.len()), Some(13));
    assert_eq!(
        state.accessibility.as_ref().map(|a| a.installed.len()),
        Some(4)
    );
}

#[test]
fn bugreport_gives_packages_and_properties() {
    const TEST: &str = "bugreport_gives_packages_and_properties";
    let (Some(folder), Some(getprop)) = (
        corpus_path(TEST, "mvt-artifacts/android_data/bugreport"),
        corpus_path(TEST, "mvt-artifacts/android_data/getprop.txt"),
    ) else {
        return;
    };
    let (state, kind) = read_acquisition(&folder).expect("reads");
    assert_eq!(kind, AcquisitionKind::Bugreport);
    let instagram = &state.packages["com.instagram.android"];
    assert_eq!(instagram.installer.as_deref(), Some("com.android.vending"));
    assert_eq!(
        instagram.enabled,
        Some(false),
        "enabled=4: disabled until used"
    );
    assert_eq!(instagram.version_code, Some(364_105_349));
    assert_eq!(state.app_ops.as_ref().map(|ops| ops.len()), Some(12));

    // The corpus bugreport has no properties section; a real one starts with it. Built here as
    // a bugreport zip: main_entry.txt naming bugreport-*.txt.
    let dumpstate = std::fs::read(folder.join("dumpstate.txt")).expect("read");
    let mut text = b"========================================================\n\
                     == dumpstate: 2022-03-29 23:14:26\n\
                     ------ SYSTEM PROPERTIES (getprop) ------\n"
        .to_vec();
    text.extend(std::fs::read(&getprop).expect("read"));
    text.extend(b"------ 0.040s was the duration of 'SYSTEM PROPERTIES' ------\n");
    text.extend(b"------ DUMPSYS (/system/bin/dumpsys) ------\n");
    text.extend(dumpstate);
    let temp = tempfile::tempdir().expect("tempdir");
    let out = temp.path().join("bugreport.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&out).expect("create"));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("main_entry.txt", options).expect("entry");
    zip.write_all(b"bugreport-a40-2022.txt").expect("write");
    zip.start_file("bugreport-a40-2022.txt", options)
        .expect("entry");
    zip.write_all(&text).expect("write");
    zip.finish().expect("finish");
    let (zipped, kind) = read_acquisition(&out).expect("zip");
    assert_eq!(kind, AcquisitionKind::Bugreport);
    assert_eq!(zipped.properties.len(), 13);
    assert_eq!(zipped.packages, state.packages);
}

/// Copies of `bytes` cut short and corrupted.
fn damaged(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut copies = Vec::new();
    for cut in 1..16 {
        copies.push(bytes[..bytes.len() * cut / 16].to_vec());
    }
    for (step, value) in [(97, 0u8), (89, b'\n'), (53, 0xff), (31, b'{'), (37, b' ')] {
        let mut copy = bytes.to_vec();
        for at in (step..copy.len()).step_by(step) {
            copy[at] = value;
        }
        copies.push(copy);
    }
    let mut shuffled: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
    shuffled.reverse();
    copies.push(shuffled.join(&b'\n'));
    copies
}

#[test]
fn damaged_dumps_never_panic() {
    const TEST: &str = "damaged_dumps_never_panic";
    for (relative, _) in DUMPS {
        let Some(path) = corpus_path(TEST, relative) else {
            return;
        };
        let bytes = std::fs::read(&path).expect("read");
        for copy in damaged(&bytes) {
            let text = String::from_utf8_lossy(&copy);
            for kind in DumpKind::ALL {
                let mut state = DeviceState::default();
                read_dump(&mut state, kind, &text, relative);
            }
        }
    }
    let Some(folder) = corpus_path(TEST, "mvt-artifacts/androidqf") else {
        return;
    };
    let temp = tempfile::tempdir().expect("tempdir");
    let out = temp.path().join("a.zip");
    zip_folder(&folder, "a/", &out);
    for zip in [
        out,
        corpus_path(TEST, "mvt-artifacts/androidqf.zip").expect("zip"),
    ] {
        let bytes = std::fs::read(&zip).expect("read");
        for copy in damaged(&bytes) {
            fuzz_read_zip(&copy);
        }
    }
}
