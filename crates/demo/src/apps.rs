//! The demo's six apps, each made to show one kind of result, and the APK each becomes: a
//! binary manifest, a DEX with the app's strings, stored in a ZIP and v2-signed.

use crate::DemoError;
use crate::axml::{self, Element, Value};
use crate::cert::SigningKey;
use crate::{dex, sign, zip};

const MAIN: &str = "android.intent.action.MAIN";
const LAUNCHER: &str = "android.intent.category.LAUNCHER";

/// Who signs an app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signer {
    /// A key of the app's own, in no indicator list.
    Own,
    /// The key listed in the demo indicator overlay (the made-up DemoSpy family).
    DemoSpy,
}

/// One example app.
#[derive(Debug, Clone)]
pub struct App {
    /// The APK's file name.
    pub file: &'static str,
    pub package: &'static str,
    pub label: &'static str,
    /// What a reader should see for it in the report.
    pub shows: &'static str,
    pub signer: Signer,
    /// A MAIN/LAUNCHER activity: an icon on the home screen.
    pub launcher: bool,
    pub permissions: &'static [&'static str],
    /// An accessibility service (reads what is on the screen).
    pub accessibility: bool,
    /// A receiver of BOOT_COMPLETED (starts itself after a restart).
    pub boot_receiver: bool,
    /// A receiver of incoming SMS.
    pub sms_receiver: bool,
    /// A device administrator receiver (hard to uninstall).
    pub device_admin: bool,
    /// A background service.
    pub service: bool,
    /// Strings in the app's code.
    pub code_strings: &'static [&'static str],
}

/// The stalker-like permissions, none of which a notes app needs.
const SPY_PERMISSIONS: &[&str] = &[
    "android.permission.INTERNET",
    "android.permission.RECEIVE_BOOT_COMPLETED",
    "android.permission.FOREGROUND_SERVICE",
    "android.permission.READ_SMS",
    "android.permission.RECEIVE_SMS",
    "android.permission.READ_CALL_LOG",
    "android.permission.READ_CONTACTS",
    "android.permission.ACCESS_FINE_LOCATION",
    "android.permission.ACCESS_BACKGROUND_LOCATION",
    "android.permission.RECORD_AUDIO",
];

/// The six apps, in the order they are written.
pub fn all() -> Vec<App> {
    let plain = App {
        file: "",
        package: "",
        label: "",
        shows: "",
        signer: Signer::Own,
        launcher: true,
        permissions: &[],
        accessibility: false,
        boot_receiver: false,
        sms_receiver: false,
        device_admin: false,
        service: false,
        code_strings: &[],
    };
    vec![
        App {
            file: "1-known-stalkerware-by-package.apk",
            // TheTruthSpy, in Echap's ioc.yaml.
            package: "com.thetruth",
            label: "System Service",
            shows: "known stalkerware (TheTruthSpy), found by its package name in the built-in indicators",
            launcher: false,
            permissions: SPY_PERMISSIONS,
            accessibility: true,
            boot_receiver: true,
            service: true,
            ..plain.clone()
        },
        App {
            file: "2-renamed-app-by-certificate.apk",
            package: "net.sunnyday.weather",
            label: "Sunny Weather",
            shows: "a renamed app found only by its signing certificate, listed in demo-indicators/ioc.yaml (made up)",
            signer: Signer::DemoSpy,
            permissions: &["android.permission.INTERNET"],
            ..plain.clone()
        },
        App {
            file: "3-unknown-app-by-behaviour.apk",
            package: "com.wifi.sync.helper",
            label: "Wi-Fi Service",
            shows: "an app in no indicator list, flagged by its behaviour alone",
            launcher: false,
            permissions: SPY_PERMISSIONS,
            accessibility: true,
            boot_receiver: true,
            sms_receiver: true,
            device_admin: true,
            service: true,
            code_strings: &[
                "https://sync-backup.example.net/api/upload.php",
                "content://sms/inbox",
                "android.intent.action.NEW_OUTGOING_CALL",
            ],
            ..plain.clone()
        },
        App {
            file: "4-monitoring-app-watchware.apk",
            // KidsControl, in Echap's watchware.yaml.
            package: "app.gpsme",
            label: "Kids Control",
            shows: "a visible monitoring app (KidsControl), listed as watchware",
            permissions: &[
                "android.permission.INTERNET",
                "android.permission.ACCESS_FINE_LOCATION",
            ],
            ..plain.clone()
        },
        App {
            file: "5-benign-notes.apk",
            package: "org.example.notes",
            label: "Notes",
            shows: "a benign app: nothing found",
            ..plain.clone()
        },
        App {
            file: "6-benign-calculator.apk",
            package: "org.example.calculator",
            label: "Calculator",
            shows: "a benign app: nothing found",
            ..plain
        },
    ]
}

impl App {
    /// The app's compiled `AndroidManifest.xml`.
    pub fn manifest(&self) -> Vec<u8> {
        let mut manifest = Element::new("manifest")
            .plain("package", string(self.package))
            .android("versionCode", Value::Int(1))
            .android("versionName", string("1.0"))
            .child(
                Element::new("uses-sdk")
                    .android("minSdkVersion", Value::Int(24))
                    .android("targetSdkVersion", Value::Int(34)),
            );
        for permission in self.permissions {
            manifest =
                manifest.child(Element::new("uses-permission").android("name", string(permission)));
        }
        let mut filter = Element::new("intent-filter").child(action(MAIN));
        if self.launcher {
            filter = filter.child(Element::new("category").android("name", string(LAUNCHER)));
        }
        let mut application = Element::new("application")
            .android("label", string(self.label))
            .child(
                Element::new("activity")
                    .android("name", string(".MainActivity"))
                    .android("exported", Value::Bool(true))
                    .child(filter),
            );
        if self.service {
            application = application.child(
                Element::new("service")
                    .android("name", string(".SyncService"))
                    .android("exported", Value::Bool(false)),
            );
        }
        if self.accessibility {
            application = application.child(
                Element::new("service")
                    .android("name", string(".ScreenReaderService"))
                    .android(
                        "permission",
                        string("android.permission.BIND_ACCESSIBILITY_SERVICE"),
                    )
                    .android("exported", Value::Bool(false))
                    .child(
                        Element::new("intent-filter")
                            .child(action("android.accessibilityservice.AccessibilityService")),
                    ),
            );
        }
        if self.boot_receiver {
            application = application.child(receiver(
                ".BootReceiver",
                None,
                "android.intent.action.BOOT_COMPLETED",
            ));
        }
        if self.sms_receiver {
            application = application.child(receiver(
                ".SmsReceiver",
                Some("android.permission.BROADCAST_SMS"),
                "android.provider.Telephony.SMS_RECEIVED",
            ));
        }
        if self.device_admin {
            application = application.child(receiver(
                ".AdminReceiver",
                Some("android.permission.BIND_DEVICE_ADMIN"),
                "android.app.action.DEVICE_ADMIN_ENABLED",
            ));
        }
        axml::write(&manifest.child(application))
    }

    /// The app's `classes.dex`.
    pub fn dex(&self) -> Vec<u8> {
        let class = format!("L{}/MainActivity;", self.package.replace('.', "/"));
        dex::write(&class, self.code_strings)
    }

    /// The signed APK.
    pub fn apk(&self, key: &SigningKey) -> Result<Vec<u8>, DemoError> {
        let manifest = self.manifest();
        let dex = self.dex();
        let archive = zip::write(&[("AndroidManifest.xml", &manifest), ("classes.dex", &dex)]);
        sign::sign(&archive, key)
    }
}

/// A string attribute value.
fn string(text: &str) -> Value {
    Value::Str(text.to_owned())
}

/// An `<action>` of an intent filter.
fn action(name: &str) -> Element {
    Element::new("action").android("name", string(name))
}

/// An exported `<receiver>` of broadcast `action_name`, guarded by `permission` when given.
fn receiver(name: &str, permission: Option<&str>, action_name: &str) -> Element {
    let mut element = Element::new("receiver").android("name", string(name));
    if let Some(permission) = permission {
        element = element.android("permission", string(permission));
    }
    element
        .android("exported", Value::Bool(true))
        .child(Element::new("intent-filter").child(action(action_name)))
}
