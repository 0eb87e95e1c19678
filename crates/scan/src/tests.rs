use std::fs;

use unstalk_indicators::IndicatorSet;

use super::*;

#[test]
fn folders_yield_apk_and_dex_files_in_path_order_and_links_to_folders_are_not_followed() {
    let root = tempfile::tempdir().expect("temp dir");
    let dir = root.path();
    fs::create_dir_all(dir.join("b/deeper")).expect("folders");
    fs::write(dir.join("b/deeper/z.APK"), b"PK").expect("write");
    fs::write(dir.join("a.apk"), b"").expect("write");
    fs::write(dir.join("code.bin"), b"dex\n035\0rest").expect("write");
    fs::write(dir.join("notes.txt"), b"dex\n").expect("write");
    fs::write(dir.join("photo.jpg"), b"\xff\xd8").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir, dir.join("b/loop")).expect("symlink");
    let (targets, problems) = inputs::collect(&[dir.to_path_buf()]).expect("collect");
    assert!(problems.is_empty(), "{problems:?}");
    let found: Vec<(String, TargetKind)> = targets
        .iter()
        .map(|t| {
            let relative = t.path.strip_prefix(dir).expect("under root");
            (relative.display().to_string(), t.kind)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("a.apk".to_owned(), TargetKind::Apk),
            ("b/deeper/z.APK".to_owned(), TargetKind::Apk),
            ("code.bin".to_owned(), TargetKind::Dex),
        ]
    );
}

#[test]
fn a_file_named_explicitly_is_always_scanned() {
    let root = tempfile::tempdir().expect("temp dir");
    let path = root.path().join("photo.jpg");
    fs::write(&path, b"\xff\xd8").expect("write");
    let (targets, _) = inputs::collect(std::slice::from_ref(&path)).expect("collect");
    assert_eq!(targets.len(), 1);
    let scanner = Scanner::new(Matcher::new(IndicatorSet::default()));
    let report = scanner.scan(&targets, "2026-11-23T00:00:00Z", &|_| {});
    assert!(report.subjects.is_empty());
    let problem = report
        .not_checked
        .iter()
        .find(|n| n.id == "apk.read")
        .expect("read error recorded");
    assert!(problem.why.contains("photo.jpg"), "{problem:?}");
    assert!(problem.why.contains("not a ZIP/APK"), "{problem:?}");
    assert_eq!(report.inputs.len(), 1);
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let error = inputs::collect(&["/no/such/path.apk".into()]).expect_err("missing");
    let message = error.to_string();
    assert!(message.contains("/no/such/path.apk"), "{message}");
    assert!(message.contains("check the path"), "{message}");
}

#[test]
fn without_yara_rules_the_report_says_yara_did_not_run() {
    let scanner = Scanner::new(Matcher::new(IndicatorSet::default()));
    let report = scanner.report(Vec::new(), "2026-11-23T00:00:00Z");
    assert!(report.not_checked.iter().any(|n| n.id == "apk.yara"));
    assert!(!report.checked.iter().any(|c| c.id == "apk.yara"));
    assert!(report.not_checked.iter().any(|n| n.id == "apk.runtime"));
}

#[test]
fn hostile_bytes_named_as_apk_or_dex_never_panic() {
    let root = tempfile::tempdir().expect("temp dir");
    let scanner = Scanner::new(Matcher::new(IndicatorSet::default()));
    let mut seed: u32 = 0x1234_5678;
    for round in 0..64u32 {
        let mut bytes: Vec<u8> = match round % 3 {
            0 => b"PK\x03\x04".to_vec(),
            1 => b"dex\n035\0".to_vec(),
            _ => Vec::new(),
        };
        for _ in 0..(round * 37) {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            bytes.push((seed >> 24) as u8);
        }
        bytes.extend_from_slice(b"PK\x05\x06");
        bytes.extend(std::iter::repeat_n(0u8, (round % 20) as usize));
        let path = root.path().join(format!("f{round}.bin"));
        fs::write(&path, &bytes).expect("write");
        for kind in [TargetKind::Apk, TargetKind::Dex] {
            let scan = scanner.scan_file(&Target {
                path: path.clone(),
                kind,
            });
            assert!(!scan.subjects.is_empty() || !scan.not_checked.is_empty());
        }
    }
}

/// Files of different sizes (largest last), none of them a readable app.
fn files_of_growing_size(dir: &std::path::Path) -> Vec<Target> {
    (0..12u8)
        .map(|i| {
            let path = dir.join(format!("f{i:02}.apk"));
            fs::write(&path, vec![i; 1000 * usize::from(i)]).expect("write");
            Target {
                path,
                kind: TargetKind::Apk,
            }
        })
        .collect()
}

#[test]
fn files_are_scanned_largest_first_but_reported_in_the_order_given() {
    let root = tempfile::tempdir().expect("temp dir");
    let targets = files_of_growing_size(root.path());
    let started = std::sync::Mutex::new(Vec::new());
    let pool = thread_pool(Some(1)).expect("pool");
    let report = pool.install(|| {
        Scanner::new(Matcher::new(IndicatorSet::default())).scan(
            &targets,
            "2026-12-07T00:00:00Z",
            &|target| started.lock().expect("lock").push(target.path.clone()),
        )
    });
    let given: Vec<String> = targets
        .iter()
        .map(|t| t.path.display().to_string())
        .collect();
    let reported: Vec<String> = report.inputs.iter().map(|i| i.path.clone()).collect();
    assert_eq!(reported, given);
    let mut largest_first = targets.iter().map(|t| t.path.clone()).collect::<Vec<_>>();
    largest_first.reverse();
    assert_eq!(*started.lock().expect("lock"), largest_first);
}

#[test]
fn scanning_while_the_indicators_load_gives_the_report_of_a_scan_after_loading() {
    let root = tempfile::tempdir().expect("temp dir");
    let targets = files_of_growing_size(root.path());
    let created = "2026-12-07T00:00:00Z";
    let after =
        Scanner::new(Matcher::new(IndicatorSet::default())).scan(&targets, created, &|_| {});
    for jobs in [1, 2, 4] {
        let pool = thread_pool(Some(jobs)).expect("pool");
        let meanwhile = pool
            .install(|| {
                Scanner::scan_while_loading(Limits::default(), &targets, created, &|_| {}, || {
                    // Slow on purpose: files are read before the indicators are there.
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    Ok::<_, String>(Matcher::new(IndicatorSet::default()))
                })
            })
            .expect("loaded");
        assert_eq!(
            serde_json::to_value(&meanwhile).expect("json"),
            serde_json::to_value(&after).expect("json"),
            "{jobs} threads"
        );
    }
}

#[test]
fn indicators_that_fail_to_load_end_the_scan_with_their_error() {
    let root = tempfile::tempdir().expect("temp dir");
    let targets = files_of_growing_size(root.path());
    let pool = thread_pool(Some(2)).expect("pool");
    let result = pool.install(|| {
        Scanner::scan_while_loading(
            Limits::default(),
            &targets,
            "2026-12-07T00:00:00Z",
            &|_| {},
            || Err("feed unreadable".to_owned()),
        )
    });
    assert_eq!(result.err().as_deref(), Some("feed unreadable"));
    // A loader that panics does not leave the scanning threads waiting: the panic comes back.
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        pool.install(|| {
            Scanner::scan_while_loading(
                Limits::default(),
                &targets,
                "2026-12-07T00:00:00Z",
                &|_| {},
                || -> Result<Matcher, String> { panic!("loader bug") },
            )
        })
    }));
    assert!(panicked.is_err());
}
