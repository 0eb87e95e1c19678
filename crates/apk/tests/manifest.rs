//! Manifest and resource decoding against the shared corpus, cross-checked with Debian's
//! `aapt` (AOSP 10.0.0_r36, the tool the synthetic corpus was built with).
//!
//! The aapt cross-checks run `aapt` itself: `aapt dump badging` for package, versionCode,
//! versionName, sdkVersion and targetSdkVersion, `aapt dump permissions` for the
//! `uses-permission` and `uses-permission-sdk-23` lines (with maxSdkVersion), and
//! `aapt dump xmltree` for element trees of bare binary XML files (zipped in a temporary
//! APK). Without `aapt` they print a loud SKIPPED line; under `CI=true` they fail, so CI must
//! install it (`apt-get install aapt`).

use std::path::{Path, PathBuf};
use std::process::Command;

use unstalk_apk::container::{self, Apk};
use unstalk_apk::manifest::{self, Limits, Manifest, ManifestError};

fn aapt(test: &str) -> bool {
    if Command::new("aapt")
        .arg("version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        return true;
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test}: aapt is not installed; CI=true requires it (apt-get install aapt)");
    }
    eprintln!("\n*** SKIPPED {test}: aapt not installed (apt-get install aapt) ***\n");
    false
}

/// aapt's output, when it exits with success or (`partial`) printed something before failing
/// (badging stops at the first resource it cannot resolve, after the lines compared here).
fn run_aapt(args: &[&str], path: &Path, partial: bool) -> Option<String> {
    let xmltree = args.contains(&"xmltree");
    let mut command = Command::new("aapt");
    command.args(args).arg(path);
    if xmltree {
        command.arg("AndroidManifest.xml");
    }
    let out = command.output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.success() || (partial && text.starts_with("package:"))).then_some(text)
}

fn files(test: &str, folder: &str, ext: &str) -> Option<Vec<PathBuf>> {
    let dir = unstalk_testkit::corpus_path(test, folder)?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus folder readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(ext))
        .collect();
    files.sort();
    Some(files)
}

/// The value of `key='…'` on a line.
fn quoted<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let start = line.find(&format!("{key}='"))? + key.len() + 2;
    let rest = line.get(start..)?;
    rest.get(..rest.find('\'')?)
}

fn open_manifest(path: &Path) -> Result<manifest::ApkManifest, ManifestError> {
    let apk = Apk::open(path)?;
    manifest::read_apk_manifest(&apk, &Limits::default(), &container::Limits::default())
}

#[test]
fn every_corpus_apk_matches_aapt_badging_and_permissions() {
    let test = "every_corpus_apk_matches_aapt_badging_and_permissions";
    let mut compared = 0;
    for folder in ["apks/synthetic/apk", "apks/androguard/apk"] {
        let Some(apks) = files(test, folder, ".apk") else {
            return;
        };
        if !aapt(test) {
            return;
        }
        for path in apks {
            let name = path.display().to_string();
            let Some(badging) = run_aapt(&["dump", "badging"], &path, true) else {
                // aapt cannot read it (the two manifest-less zips): we must not either.
                assert!(
                    open_manifest(&path).is_err(),
                    "{name}: aapt fails, we decode"
                );
                continue;
            };
            let read = open_manifest(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            let m = &read.manifest;
            let package_line = badging
                .lines()
                .find(|l| l.starts_with("package:"))
                .expect("package line");
            assert_eq!(
                Some(m.package.as_str()),
                quoted(package_line, "name"),
                "{name}"
            );
            assert_eq!(
                m.version_code.map(|v| v.to_string()).as_deref(),
                quoted(package_line, "versionCode").filter(|v| !v.is_empty()),
                "{name}"
            );
            assert_eq!(
                m.version_name.as_deref(),
                quoted(package_line, "versionName").filter(|v| !v.is_empty()),
                "{name}"
            );
            let line_value = |prefix: &str| {
                badging
                    .lines()
                    .find_map(|l| l.strip_prefix(prefix))
                    .map(|v| v.trim_matches('\'').to_owned())
            };
            assert_eq!(
                m.min_sdk.map(|v| v.to_string()),
                line_value("sdkVersion:"),
                "{name}"
            );
            // aapt prints targetSdkVersion only when it is set.
            assert_eq!(
                m.target_sdk.map(|v| v.to_string()),
                line_value("targetSdkVersion:"),
                "{name}"
            );
            let permissions =
                run_aapt(&["dump", "permissions"], &path, false).expect("aapt permissions");
            let expected: Vec<(String, bool, Option<String>)> = permissions
                .lines()
                .filter_map(|l| {
                    let sdk23 = l.starts_with("uses-permission-sdk-23:");
                    if !sdk23 && !l.starts_with("uses-permission:") {
                        return None;
                    }
                    Some((
                        quoted(l, "name")?.to_owned(),
                        sdk23,
                        quoted(l, "maxSdkVersion").map(str::to_owned),
                    ))
                })
                .collect();
            let ours: Vec<(String, bool, Option<String>)> = m
                .permissions
                .iter()
                .map(|p| (p.name.clone(), p.sdk23, p.max_sdk.map(|v| v.to_string())))
                .collect();
            assert_eq!(ours, expected, "{name}");
            if let Some(label) = badging
                .lines()
                .find_map(|l| l.strip_prefix("application-label:"))
            {
                assert_eq!(
                    m.application.label_resolved.as_deref(),
                    Some(label.trim_matches('\'')),
                    "{name}"
                );
            }
            compared += 1;
        }
    }
    eprintln!("compared {compared} APKs with aapt");
    assert!(compared >= 30, "only {compared} APKs compared");
}

/// Element names with their depth, from `aapt dump xmltree` output.
fn aapt_elements(tree: &str) -> Vec<(usize, String)> {
    tree.lines()
        .filter_map(|l| {
            let trimmed = l.trim_start();
            let name = trimmed.strip_prefix("E: ")?;
            let name = name.split(" (line=").next()?;
            Some((l.len() - trimmed.len(), name.to_owned()))
        })
        .collect()
}

/// Our element names, prefixed like aapt prints namespaced elements (`xxx:Tag`).
fn our_elements(doc: &manifest::XmlDocument) -> Vec<String> {
    let prefix = |uri: &str| {
        doc.namespaces
            .iter()
            .find(|(_, u)| u.as_deref() == Some(uri))
            .and_then(|(p, _)| p.clone())
    };
    doc.root
        .descendants()
        .iter()
        .map(|e| match e.namespace.as_deref().and_then(prefix) {
            Some(p) => format!("{p}:{}", e.name),
            None => e.name.to_string(),
        })
        .collect()
}

/// A stored ZIP holding `AndroidManifest.xml` = `bytes`, for aapt.
fn zip_with_manifest(bytes: &[u8]) -> Vec<u8> {
    let name = b"AndroidManifest.xml";
    let crc = crc32fast::hash(bytes);
    let mut out = Vec::new();
    let mut common = Vec::new();
    common.extend_from_slice(&10u16.to_le_bytes()); // version needed
    common.extend_from_slice(&0u16.to_le_bytes()); // flags
    common.extend_from_slice(&0u16.to_le_bytes()); // stored
    common.extend_from_slice(&[0, 0, 0x21, 0]); // time, date
    common.extend_from_slice(&crc.to_le_bytes());
    common.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    common.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
    common.extend_from_slice(&(name.len() as u16).to_le_bytes());
    common.extend_from_slice(&0u16.to_le_bytes()); // extra
    out.extend_from_slice(b"PK\x03\x04");
    out.extend_from_slice(&common);
    out.extend_from_slice(name);
    out.extend_from_slice(bytes);
    let cd = out.len();
    out.extend_from_slice(b"PK\x01\x02");
    out.extend_from_slice(&20u16.to_le_bytes());
    out.extend_from_slice(&common);
    out.extend_from_slice(&[0; 10]); // comment len, disk, internal and external attributes
    out.extend_from_slice(&0u32.to_le_bytes()); // local header offset
    out.extend_from_slice(name);
    let cd_size = out.len() - cd;
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&(cd_size as u32).to_le_bytes());
    out.extend_from_slice(&(cd as u32).to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[test]
fn broken_binary_xml_decodes_what_aapt_decodes() {
    let test = "broken_binary_xml_decodes_what_aapt_decodes";
    let mut inputs = Vec::new();
    for (folder, ext) in [
        ("apks/androguard/axml", ".xml"),
        ("apks/synthetic/malformed", ".AndroidManifest.xml.bin"),
    ] {
        let Some(found) = files(test, folder, ext) else {
            return;
        };
        inputs.extend(found);
    }
    if !aapt(test) {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut same, mut both_fail, mut we_recover) = (0, 0, Vec::new());
    for path in inputs {
        let name = path.display().to_string();
        let bytes = std::fs::read(&path).expect("read");
        let zip = dir.path().join("x.apk");
        std::fs::write(&zip, zip_with_manifest(&bytes)).expect("write");
        let out = Command::new("aapt")
            .args(["dump", "xmltree"])
            .arg(&zip)
            .arg("AndroidManifest.xml")
            .output()
            .expect("aapt runs");
        let printed: Vec<String> = aapt_elements(&String::from_utf8_lossy(&out.stdout))
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        manifest::fuzz_parse(&bytes);
        match (
            out.status.success() && !printed.is_empty(),
            manifest::parse_axml(&bytes),
        ) {
            (true, Ok(doc)) => {
                assert_eq!(our_elements(&doc), printed, "{name}");
                same += 1;
            }
            (true, Err(e)) => panic!("{name}: aapt decodes it, we fail: {e}"),
            (false, Err(_)) => both_fail += 1,
            (false, Ok(doc)) => {
                // aapt stopped (its printer gives up at the first null string, where Android
                // reads null and goes on): what it printed is where we start, and we must
                // report what is wrong.
                let ours = our_elements(&doc);
                assert!(
                    ours.starts_with(&printed),
                    "{name}: {ours:?} vs aapt {printed:?}"
                );
                assert!(
                    !doc.anomalies.is_empty(),
                    "{name}: aapt fails, we see nothing wrong"
                );
                we_recover.push(path.file_name().map(|f| f.to_string_lossy().into_owned()));
            }
        }
    }
    eprintln!(
        "aapt and we decode the same tree: {same}; both fail: {both_fail}; we recover with anomalies: {we_recover:?}"
    );
    assert!(same >= 20);
}

fn synthetic(test: &str, file: &str) -> Option<manifest::ApkManifest> {
    let path = unstalk_testkit::corpus_path(test, &format!("apks/synthetic/{file}"))?;
    Some(open_manifest(&path).unwrap_or_else(|e| panic!("{file}: {e}")))
}

#[test]
fn stalkerware_apks_show_their_traits() {
    let test = "stalkerware_apks_show_their_traits";
    for file in [
        "apk/ioc-thetruth.apk",
        "apk/ioc-c2only-snoopza.apk",
        "apk/unknown-stalkerlike.apk",
        "apk/watchware-kidcontrol.apk",
    ] {
        let Some(read) = synthetic(test, file) else {
            return;
        };
        let m = &read.manifest;
        assert!(m.anomalies().is_empty(), "{file}: {:?}", m.anomalies());
        assert!(read.anomalies.is_empty(), "{file}: {:?}", read.anomalies);
        // Accessibility service reading window content, configured by @xml/accessibility_config.
        assert_eq!(read.accessibility_services.len(), 1, "{file}");
        let a11y = &read.accessibility_services[0];
        assert!(a11y.requires_bind_permission);
        assert_eq!(
            a11y.config_path.as_deref(),
            Some("res/xml/accessibility_config.xml")
        );
        let config = a11y.config.as_ref().expect("config read");
        assert_eq!(config.can_retrieve_window_content, Some(true), "{file}");
        assert_eq!(config.event_types, Some(0xffff_ffff));
        assert_eq!(config.flags, Some(0x52));
        // Device admin with its policies from @xml/device_admin.
        assert_eq!(read.device_admins.len(), 1, "{file}");
        let admin = &read.device_admins[0];
        assert!(admin.requires_bind_permission);
        assert_eq!(
            admin.policies_path.as_deref(),
            Some("res/xml/device_admin.xml")
        );
        let policies = admin.policies.as_ref().expect("policies read");
        assert!(policies.has("force-lock"), "{file}: {policies:?}");
        // Boot receiver.
        assert!(
            !m.receivers_for("android.intent.action.BOOT_COMPLETED")
                .is_empty(),
            "{file}"
        );
        assert!(m.requests("android.permission.RECEIVE_BOOT_COMPLETED"));
        // Label resolved through resources.arsc.
        assert!(
            matches!(m.application.label, Some(manifest::Value::Reference(_))),
            "{file}"
        );
        assert!(
            m.application
                .label_resolved
                .as_deref()
                .is_some_and(|l| !l.is_empty()),
            "{file}"
        );
        if file.contains("watchware") {
            assert_eq!(m.launcher_activities().len(), 1, "visible launcher");
        } else {
            let sms = m.receivers_for("android.provider.Telephony.SMS_RECEIVED");
            assert_eq!(sms.len(), 1, "{file}");
            assert_eq!(
                sms[0].permission.as_deref(),
                Some("android.permission.BROADCAST_SMS")
            );
            assert!(policies.has("wipe-data"), "{file}");
            assert!(m.services.iter().any(|s| s.permission.as_deref()
                == Some("android.permission.BIND_NOTIFICATION_LISTENER_SERVICE")));
        }
    }
}

#[test]
fn thetruth_hides_its_launcher_alias() {
    let Some(read) = synthetic("thetruth_hides_its_launcher_alias", "apk/ioc-thetruth.apk") else {
        return;
    };
    let m = &read.manifest;
    assert_eq!(m.package, "com.thetruth");
    assert_eq!(
        m.application.label_resolved.as_deref(),
        Some("System Service")
    );
    assert!(m.launcher_activities().is_empty());
    let hidden = m.disabled_launcher_entries();
    assert_eq!(hidden.len(), 1);
    assert_eq!(hidden[0].name, "com.thetruth.Launcher");
    assert_eq!(hidden[0].kind, manifest::ComponentKind::ActivityAlias);
    assert_eq!(
        hidden[0].target_activity.as_deref(),
        Some("com.thetruth.ui.SetupActivity")
    );
    assert_eq!(m.activities[0].exclude_from_recents, Some(true));
    let policies = read.device_admins[0].policies.as_ref().expect("policies");
    assert_eq!(
        policies.policies,
        ["force-lock", "wipe-data", "watch-login", "disable-camera"]
    );
    let sms = &m.receivers_for("android.provider.Telephony.SMS_RECEIVED")[0];
    assert_eq!(sms.intent_filters[0].priority, Some(0x7fff_ffff));
}

#[test]
fn unknown_stalkerlike_has_no_launcher_at_all() {
    let Some(read) = synthetic(
        "unknown_stalkerlike_has_no_launcher_at_all",
        "apk/unknown-stalkerlike.apk",
    ) else {
        return;
    };
    let m = &read.manifest;
    assert_eq!(m.package, "com.devicehealth.sync");
    assert!(m.launcher_activities().is_empty());
    assert!(m.disabled_launcher_entries().is_empty());
}

#[test]
fn benign_app_has_a_visible_launcher() {
    let Some(read) = synthetic("benign_app_has_a_visible_launcher", "apk/benign-notes.apk") else {
        return;
    };
    let m = &read.manifest;
    assert_eq!(m.launcher_activities().len(), 1);
    assert!(read.accessibility_services.is_empty() && read.device_admins.is_empty());
}

#[test]
fn corrupted_manifests_in_apks_are_decoded_or_refused_like_android() {
    let test = "corrupted_manifests_in_apks_are_decoded_or_refused_like_android";
    // stringCount 0x0FFFFFFF, chunk size 0xFFFFFFF0, UTF-8 flag flipped: Android (and aapt)
    // refuse these; we recover the manifest and flag it.
    for (file, code) in [
        (
            "malformed/badpool-count-ioc-thetruth.apk",
            "axml.string-pool-invalid",
        ),
        (
            "malformed/badpool-chunksize-ioc-thetruth.apk",
            "axml.chunk-invalid",
        ),
        (
            "malformed/badpool-utf8flag-ioc-thetruth.apk",
            "axml.string-encoding-mismatch",
        ),
    ] {
        let Some(read) = synthetic(test, file) else {
            return;
        };
        let m = &read.manifest;
        assert!(m.android_rejects(), "{file}");
        assert!(
            m.anomalies().iter().any(|a| a.code() == code),
            "{file}: {:?}",
            m.anomalies()
        );
        assert_eq!(m.package, "com.thetruth", "{file}");
        assert_eq!(m.permissions.len(), 20, "{file}");
    }
    // One string offset past the pool: Android reads that string as null and installs the
    // app (aapt too); so do we.
    let Some(read) = synthetic(test, "malformed/badpool-offset-ioc-thetruth.apk") else {
        return;
    };
    let m = &read.manifest;
    assert!(!m.android_rejects(), "{:?}", m.anomalies());
    assert!(
        m.anomalies()
            .iter()
            .any(|a| a.code() == "axml.string-invalid")
    );
    assert_eq!(
        (m.package.as_str(), m.version_code),
        ("com.thetruth", Some(42))
    );
    // Two manifests: Android (before the Master Key fix) ran the first: benign-notes.
    let Some(read) = synthetic(
        test,
        "malformed/dup-manifest-benign-notes-then-ioc-thetruth.apk",
    ) else {
        return;
    };
    assert_eq!(read.manifest.package, "org.example.simplenotes");
    let path = unstalk_testkit::corpus_path(
        test,
        "apks/synthetic/malformed/plaintext-manifest-benign-notes.apk",
    )
    .expect("corpus");
    assert!(matches!(
        open_manifest(&path),
        Err(ManifestError::PlainTextXml)
    ));
}

#[test]
fn truncated_and_corrupted_corpus_resources_never_panic() {
    let test = "truncated_and_corrupted_corpus_resources_never_panic";
    let Some(path) = unstalk_testkit::corpus_path(test, "apks/synthetic/apk/ioc-thetruth.apk")
    else {
        return;
    };
    let apk = Apk::open(&path).expect("opens");
    for entry in [
        "AndroidManifest.xml",
        "resources.arsc",
        "res/xml/device_admin.xml",
    ] {
        let bytes = apk
            .read_entry(entry, &container::Limits::default())
            .expect("entry")
            .data;
        for len in 0..bytes.len() {
            manifest::fuzz_parse(&bytes[..len]);
        }
        for i in (0..bytes.len()).step_by(3) {
            let mut copy = bytes.clone();
            copy[i] ^= 0xff;
            manifest::fuzz_parse(&copy);
        }
    }
    let table = manifest::parse_arsc(
        &apk.read_entry("resources.arsc", &container::Limits::default())
            .expect("arsc")
            .data,
    )
    .expect("table");
    assert!(table.anomalies().is_empty());
    assert_eq!(
        table.resolve(0x7f04_0000),
        Some(manifest::ResourceValue::String("System Service".into()))
    );
    assert_eq!(table.name(0x7f03_0001).as_deref(), Some("xml/device_admin"));
    assert_eq!(table.resolve(0x7f7f_0000), None);
    let _ = Manifest::parse;
}
