//! A phone, read live over adb or from an acquisition, to a report: every installed package
//! looked up in the indicators (name, signing certificate, APK hashes, and the APK itself when
//! the acquisition holds a copy), each app's behaviour judged ([`unstalk_judge::android`]),
//! and the device's own settings.
//!
//! The report says which dumps were read and which were not, check by check: a phone whose
//! accessibility dump is missing must not read as "no accessibility service enabled".

use std::path::Path;

use unstalk_android::model::dumps;
use unstalk_android::{DeviceState, Package};
use unstalk_judge::android::{
    PhoneContext, evidence_source, judge_app, judge_device, launcher_covers_user_apps,
};
use unstalk_judge::apk::TraitConfig;
use unstalk_judge::{Finding, Input, InputKind, NotChecked, ScanReport, Subject};

use crate::hits::IndicatorFindings;
use crate::phrases::{self, Needs};
use crate::{Scanner, apk};

/// Where a phone's state came from.
#[derive(Debug, Clone)]
pub struct PhoneSource {
    /// `adb:<serial>` for a phone read live, else the acquisition's path.
    pub location: String,
    pub kind: InputKind,
    /// SHA-256 of the acquisition (absent for a phone read live).
    pub sha256: Option<String>,
    pub serial: Option<String>,
    pub model: Option<String>,
    /// When the phone was read (`YYYY-MM-DD`): "recently installed" and "old patch" are
    /// measured from it.
    pub reference_day: Option<String>,
    /// The folder APK copies named in the state (`FileSeen::local_copy`) are relative to.
    pub apk_folder: Option<std::path::PathBuf>,
}

/// One check of a phone: its id, what it looks at, and what it needs from the input.
struct PhoneCheck {
    id: &'static str,
    what: fn() -> phrases::Line,
    needs: Needs,
    present: fn(&DeviceState) -> bool,
}

const PHONE_CHECKS: [PhoneCheck; 10] = [
    PhoneCheck {
        id: "android.packages",
        what: phrases::android_packages,
        needs: Needs::PackageList,
        present: |s| !s.packages.is_empty(),
    },
    PhoneCheck {
        id: "android.app.behaviour",
        what: phrases::android_app_behaviour,
        needs: Needs::Dump("dumpsys package"),
        present: |s| {
            s.packages
                .values()
                .any(|p| !p.requested_permissions.is_empty())
        },
    },
    PhoneCheck {
        id: "android.accessibility",
        what: phrases::android_accessibility,
        needs: Needs::Dump("dumpsys accessibility"),
        present: |s| s.accessibility.is_some(),
    },
    PhoneCheck {
        id: "android.device-admin",
        what: phrases::android_device_admin,
        needs: Needs::Dump("dumpsys device_policy"),
        present: |s| s.device_policy.is_some(),
    },
    PhoneCheck {
        id: "android.notification-listener",
        what: phrases::android_notification_listeners,
        needs: Needs::SecureSetting("enabled_notification_listeners"),
        present: |s| s.notification_listeners.is_some(),
    },
    PhoneCheck {
        id: "android.app.hidden-icon",
        what: phrases::android_hidden_icons,
        needs: Needs::LauncherActivities,
        // Every user app's launcher entries, or the check did not run for this input.
        present: launcher_covers_user_apps,
    },
    PhoneCheck {
        id: "android.app-ops",
        what: phrases::android_app_ops,
        needs: Needs::Dump("dumpsys appops"),
        present: |s| s.app_ops.is_some(),
    },
    PhoneCheck {
        id: "android.battery-exemptions",
        what: phrases::android_battery_exemptions,
        needs: Needs::Dump("dumpsys deviceidle"),
        present: |s| s.battery_exempt.is_some(),
    },
    PhoneCheck {
        id: "android.settings",
        what: phrases::android_settings,
        needs: Needs::Settings,
        present: |s| !s.settings.is_empty(),
    },
    PhoneCheck {
        id: "android.root",
        what: phrases::android_root,
        needs: Needs::Dump("getprop"),
        present: |s| !s.properties.is_empty(),
    },
];

impl Scanner {
    /// The report for a phone whose state is `state`.
    pub fn scan_phone(
        &self,
        state: &DeviceState,
        source: &PhoneSource,
        created: &str,
    ) -> ScanReport {
        let mut report = ScanReport::new(created);
        report
            .indicator_sets
            .push(unstalk_judge::indicator_findings::indicator_set_used(
                self.matcher().set(),
            ));
        report.inputs.push(Input {
            path: source.location.clone(),
            sha256: source.sha256.clone(),
            kind: source.kind,
        });
        for check in &PHONE_CHECKS {
            if (check.present)(state) {
                report
                    .checked
                    .push(phrases::check(check.id, (check.what)()));
            } else {
                report.not_checked.push(phrases::not_checked(
                    check.id,
                    (check.what)(),
                    phrases::input_lacks(check.needs),
                ));
            }
        }
        report.not_checked.push(phrases::not_checked(
            "android.accounts",
            phrases::android_accounts(),
            phrases::accounts_outside_phone(),
        ));
        for read in &state.sources {
            if let Some(why) = &read.unread {
                report.not_checked.push(phrases::not_read(
                    "android.parse",
                    phrases::dump_parts(&read.what, &read.location),
                    phrases::entry_unreadable(why),
                ));
            }
            if let Some(example) = read.not_understood.first() {
                report.not_checked.push(phrases::not_read(
                    "android.parse",
                    phrases::dump_parts(&read.what, &read.location),
                    phrases::lines_not_understood(read.not_understood.len(), example),
                ));
            }
        }
        let context = PhoneContext {
            location: &source.location,
            reference_day: source.reference_day.as_deref(),
            config: TraitConfig::builtin(),
        };
        let device = Subject::Device {
            serial: source.serial.clone(),
            model: source.model.clone(),
        };
        report.subjects.push(judge_device(state, device, &context));
        let mut apps = Vec::new();
        for package in state.packages.values() {
            let (indicators, details, mut not_checked) =
                self.package_indicators(state, package, source, &context);
            report.not_checked.append(&mut not_checked);
            let subject = app_subject(package);
            if let Some(mut entry) = judge_app(state, package, subject, indicators, &context) {
                entry.app = details;
                apps.push(entry);
            }
        }
        // Flagged apps first, then by name: what an advocate reads first matters.
        apps.sort_by_key(|app| app.verdict);
        report.subjects.extend(apps);
        report
    }

    /// The indicator findings of one package, and the identity of its APK copy when the
    /// acquisition holds one.
    fn package_indicators(
        &self,
        state: &DeviceState,
        package: &Package,
        source: &PhoneSource,
        context: &PhoneContext<'_>,
    ) -> (
        Vec<Finding>,
        Option<Box<unstalk_judge::app_details::AppDetails>>,
        Vec<NotChecked>,
    ) {
        let subject = app_subject(package);
        let list_source = if package.files.is_empty() {
            evidence_source(state, context, dumps::PACKAGE_LIST)
        } else {
            evidence_source(state, context, dumps::PACKAGES_JSON)
        };
        let mut found = IndicatorFindings::with_source(self, subject, list_source);
        let evidence = found.evidence(None);
        found.add(self.matcher().match_package(&package.name), &evidence);
        for certificate in &package.certificates {
            let evidence = found.evidence(None);
            for fingerprint in [&certificate.sha1, &certificate.sha256]
                .into_iter()
                .flatten()
            {
                found.add(self.matcher().match_certificate(fingerprint), &evidence);
            }
            if let Some(subject) = &certificate.subject {
                let organization = dn_attribute(subject, "O");
                let common_name = dn_attribute(subject, "CN");
                if organization.is_some() || common_name.is_some() {
                    found.add(
                        self.matcher()
                            .match_certificate_subject(organization, common_name),
                        &evidence,
                    );
                }
            }
        }
        for file in &package.files {
            for digest in [&file.sha256, &file.sha1, &file.md5].into_iter().flatten() {
                found.add_hash_hex(digest, Some(&file.path));
            }
        }
        let mut findings = found.into_findings();
        let mut details = None;
        let mut not_checked = Vec::new();
        let copies = package.files.iter().filter_map(|file| {
            let copy = file.local_copy.as_deref()?;
            Some(match &source.apk_folder {
                Some(folder) => folder.join(copy),
                None => Path::new(copy).to_path_buf(),
            })
        });
        for copy in copies {
            // Inside an acquisition only regular files are read: a link there could pull in
            // any file of this computer, a FIFO would hang the scan.
            let kind = std::fs::symlink_metadata(&copy)
                .map_err(|error| error.to_string())
                .and_then(|metadata| unstalk_android::acquisition::regular_file(&metadata));
            if let Err(why) = kind {
                not_checked.push(phrases::not_read(
                    "apk.read",
                    phrases::whole_file(&copy.display().to_string()),
                    phrases::entry_unreadable(&why),
                ));
                continue;
            }
            let scan = apk::scan_apk(self, &copy);
            not_checked.extend(scan.not_checked);
            for apk_report in scan.subjects {
                for finding in apk_report.findings {
                    if finding.id.as_str().starts_with("indicator.")
                        && !findings_contain(&findings, &finding)
                    {
                        findings.push(finding);
                    }
                }
                details = details.or(apk_report.app);
            }
        }
        (findings, details, not_checked)
    }
}

/// Whether an indicator finding for the same indicator and value is already there.
fn findings_contain(findings: &[Finding], finding: &Finding) -> bool {
    let key = |f: &Finding| {
        f.indicator
            .as_ref()
            .map(|i| (i.kind.clone(), i.value.clone(), i.family.clone()))
    };
    findings.iter().any(|known| key(known) == key(finding))
}

fn app_subject(package: &Package) -> Subject {
    Subject::App {
        package: package.name.clone(),
        name: None,
        version: package.version_name.clone(),
        sha256: package.files.first().and_then(|file| file.sha256.clone()),
    }
}

/// The value of attribute `key` in a distinguished name written `C=US, O=Example, CN=Name`
/// (as androidqf writes it). Values holding `, ` are cut short: good enough to match listed
/// organisation names, which do not.
fn dn_attribute<'a>(dn: &'a str, key: &str) -> Option<&'a str> {
    dn.split(", ")
        .filter_map(|part| part.split_once('='))
        .find(|(name, _)| name.trim() == key)
        .map(|(_, value)| value.trim())
}
