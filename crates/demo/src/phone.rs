//! The simulated phone, in androidqf's layout: `getprop.txt`, `settings_global.txt` (Play
//! Protect off: `package_verifier_enable=0`), `settings_secure.txt` (the stalkerware's
//! accessibility service enabled), `packages.json` (the installed apps, as androidqf lists
//! them) and `dumpsys.txt` (the `accessibility` service's dump, with the enabled service).

use std::path::Path;

use serde_json::json;

use crate::{DemoError, write};

/// The stalkerware installed on the simulated phone (TheTruthSpy's package name).
pub const INSTALLED_STALKERWARE: &str = "com.thetruth";
const SERVICE: &str = "com.thetruth/com.thetruth.ScreenReaderService";

/// Writes the acquisition into `dir`; `stalkerware_certificate` is the SHA-256 of the
/// stalkerware APK's certificate, as androidqf records it.
pub fn write_acquisition(
    dir: &Path,
    stalkerware_certificate: Option<&str>,
) -> Result<(), DemoError> {
    let getprop = [
        ("ro.product.manufacturer", "Example"),
        ("ro.product.model", "Demo Phone (simulated)"),
        ("ro.serialno", "DEMO0000000001"),
        ("ro.build.version.release", "13"),
        ("ro.build.version.sdk", "33"),
        ("ro.build.version.security_patch", "2026-10-05"),
        (
            "ro.build.fingerprint",
            "example/demo/demo:13/TQ3A.230901.001/1:user/release-keys",
        ),
    ]
    .iter()
    .map(|(key, value)| format!("[{key}]: [{value}]\n"))
    .collect::<String>();
    write(&dir.join("getprop.txt"), getprop.as_bytes())?;
    write(
        &dir.join("settings_global.txt"),
        b"adb_enabled=0\npackage_verifier_enable=0\nverifier_verify_adb_installs=1\ndevelopment_settings_enabled=0\n",
    )?;
    write(
        &dir.join("settings_secure.txt"),
        format!("accessibility_enabled=1\nenabled_accessibility_services={SERVICE}\n").as_bytes(),
    )?;
    let package = |name: &str, installer: &str, system: bool, certificate: Option<&str>| {
        json!({
            "name": name,
            "files": [{
                "path": format!("/data/app/~~demo==/{name}-demo==/base.apk"),
                "local_name": "",
                "sha256": "",
                "certificate": certificate.map(|sha256| json!({ "Sha256": sha256 })),
            }],
            "installer": installer,
            "uid": 10_000 + name.len(),
            "disabled": false,
            "system": system,
            "third_party": !system,
        })
    };
    let packages = json!([
        package("com.android.settings", "null", true, None),
        package("com.google.android.gms", "null", true, None),
        package("org.example.notes", "com.android.vending", false, None),
        package(
            INSTALLED_STALKERWARE,
            "null",
            false,
            stalkerware_certificate
        ),
    ]);
    let text = serde_json::to_string_pretty(&packages).unwrap_or_default();
    write(&dir.join("packages.json"), text.as_bytes())?;
    let dumpsys = format!(
        "-------------------------------------------------------------------------------\n\
         DUMP OF SERVICE accessibility:\n\
         ACCESSIBILITY MANAGER (dumpsys accessibility)\n\
         \n\
         currentUserId=0\n\
         User state[\n\
         \x20 attributes:{{id=0, touchExplorationEnabled=false, serviceHandlesDoubleTap=false}}\n\
         \x20 Bound services:{{Service[label=System Service, feedbackType[FEEDBACK_GENERIC], capabilities=1, eventTypes=TYPES_ALL_MASK, notificationTimeout=100]}}\n\
         \x20 Enabled services:{{{{{SERVICE}}}}}\n\
         \x20 Binding services:{{}}\n\
         ]\n\
         --------- 0.004s was the duration of dumpsys accessibility, ending at: 2026-12-01 10:00:00\n"
    );
    write(&dir.join("dumpsys.txt"), dumpsys.as_bytes())
}
