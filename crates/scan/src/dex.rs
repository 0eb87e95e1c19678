//! One DEX file scanned on its own (code pulled out of an APK, or from a phone): hashes,
//! endpoints among its strings, YARA rules. With no manifest there is no app id and no
//! behaviour to judge, so the entry is about the file and the report says so.

use std::path::Path;

use unstalk_apk::Hashes;
use unstalk_judge::app_details::AppDetails;
use unstalk_judge::{Input, InputKind, Subject, SubjectReport};

use crate::code::{CodePlace, read_code};
use crate::hits::IndicatorFindings;
use crate::{FileScan, Scanner, file_details, phrases, unreadable};

/// Scans the DEX file at `path`.
pub fn scan_dex(scanner: &Scanner, path: &Path) -> FileScan {
    let shown = path.display().to_string();
    let max = scanner.limits().container.max_entry_size;
    let read = match std::fs::metadata(path) {
        Ok(metadata) if metadata.len() > max => {
            let why = phrases::dex_too_large(&shown, metadata.len(), max);
            return unreadable(path, InputKind::Dex, why);
        }
        Ok(_) => std::fs::read(path),
        Err(error) => Err(error),
    };
    let bytes = match read {
        Ok(bytes) => bytes,
        Err(error) => {
            let why = phrases::dex_unreadable(&shown, &error.to_string());
            return unreadable(path, InputKind::Dex, why);
        }
    };
    let hashes = Hashes::of(&bytes);
    let sha256 = hex::encode(hashes.sha256);
    let subject = Subject::File {
        path: shown.clone(),
        sha256: Some(sha256.clone()),
    };
    let mut found = IndicatorFindings::new(scanner, subject.clone(), &shown);
    let mut details = AppDetails {
        file: file_details(&shown, bytes.len() as u64, &hashes),
        ..AppDetails::default()
    };
    found.add_hashes(&hashes, None);
    let mut not_checked = vec![phrases::not_checked(
        "apk.behaviour",
        phrases::dex_behaviour(),
        phrases::dex_no_manifest(),
    )];
    read_code(
        scanner,
        &bytes,
        &hashes.sha256,
        CodePlace::File(&shown),
        &mut found,
        &mut details,
        &mut not_checked,
    );
    let report = SubjectReport::new(subject, found.into_findings()).with_app(details);
    FileScan {
        input: Input {
            path: shown,
            sha256: Some(sha256),
            kind: InputKind::Dex,
        },
        subjects: vec![report],
        not_checked,
    }
}
