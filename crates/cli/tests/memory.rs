//! Issue 12, case 9: an acquisition whose files are far larger than any real dump (a 300 MiB
//! one-line `dumpsys.txt`, a 300 MiB item in `packages.json`, a `packages.json` of millions of
//! items, the same inside a zip) is read under a memory budget: every `unstalk` run here peaks
//! at no more than 256 MB, what was too large is named under "What was not checked", and the
//! rest is still read — known stalkerware listed after the huge item is still found.
//!
//! The peak is measured by GNU time (`/usr/bin/time -f %M`, the kernel's count for the process),
//! which `.ci/run` installs.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output};

const MIB: usize = 1 << 20;
/// Larger than the budget, so that reading any of these files whole would fail the test.
const HUGE: usize = 300 * MIB;
/// The budget of issue 12 for any acquisition.
const PEAK_LIMIT_KB: u64 = 256 * 1024;

/// `unstalk scan PATH`, and its peak resident size in KB.
fn scan(path: &Path) -> (Output, u64) {
    let data = tempfile::tempdir().expect("data folder");
    let peak = data.path().join("peak-kb");
    let mut unstalk = unstalk_testkit::isolated_unstalk(env!("CARGO_BIN_EXE_unstalk"), data.path());
    unstalk.args(["scan", "--lang", "en"]).arg(path);
    let mut timed = Command::new(TIME);
    timed
        .args(["-f", "%M", "-o"])
        .arg(&peak)
        .arg(unstalk.get_program())
        .args(unstalk.get_args());
    for (name, value) in unstalk.get_envs() {
        match value {
            Some(value) => timed.env(name, value),
            None => timed.env_remove(name),
        };
    }
    let output = timed.output().expect("GNU time runs unstalk");
    let peak = std::fs::read_to_string(&peak).expect("GNU time wrote the peak");
    let peak = peak
        .lines()
        .last()
        .and_then(|line| line.trim().parse().ok())
        .expect("a number of KB");
    (output, peak)
}

const TIME: &str = "/usr/bin/time";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `unstalk scan PATH` (`what`), which must end with `exit` and peak at no more than the
/// budget: what it printed, and what it lists under "What was not checked".
fn scan_within_budget(what: &str, path: &Path, exit: i32) -> (String, String) {
    let (output, peak_kb) = scan(path);
    eprintln!("{what}: peak {} MB", peak_kb / 1024);
    let out = text(&output.stdout);
    assert_eq!(
        output.status.code(),
        Some(exit),
        "{what}: {out}{}",
        text(&output.stderr)
    );
    assert!(
        peak_kb <= PEAK_LIMIT_KB,
        "{what}: unstalk peaked at {} MB, more than 256 MB",
        peak_kb / 1024
    );
    let not_checked = out
        .split("What was not checked")
        .nth(1)
        .unwrap_or_default()
        .to_owned();
    (out, not_checked)
}

/// Writes `count` bytes of `byte`, a MiB at a time.
fn fill(out: &mut impl Write, byte: u8, count: usize) {
    let block = vec![byte; MIB];
    let mut left = count;
    while left > 0 {
        let now = left.min(MIB);
        out.write_all(&block[..now]).expect("write");
        left -= now;
    }
}

const GETPROP: &[u8] = b"[ro.build.version.release]: [13]\n[ro.product.model]: [Pixel 7]\n";

#[test]
fn huge_acquisition_files_are_read_under_256_mb_and_named() {
    if unstalk_testkit::system_tool("memory", TIME, "--version", "time").is_none() {
        return;
    }
    let work = tempfile::tempdir().expect("temporary folder");

    // A folder: a 300 MiB item before known stalkerware in packages.json, and a dumpsys.txt
    // of one 300 MiB line.
    let folder = work.path().join("androidqf");
    std::fs::create_dir(&folder).expect("folder");
    std::fs::write(folder.join("getprop.txt"), GETPROP).expect("getprop");
    let mut packages = std::fs::File::create(folder.join("packages.json")).expect("create");
    packages
        .write_all(br#"[{"name":"org.example.big","pad":""#)
        .expect("write");
    fill(&mut packages, b'A', HUGE);
    packages
        .write_all(br#""}, {"name":"com.wifi0","files":[]}]"#)
        .expect("write");
    drop(packages);
    let mut dumpsys = std::fs::File::create(folder.join("dumpsys.txt")).expect("create");
    fill(&mut dumpsys, b'x', HUGE);
    drop(dumpsys);
    let (out, missed) = scan_within_budget("androidqf folder", &folder, 1);
    assert!(out.contains("com.wifi0"), "{out}");
    assert!(missed.contains("packages.json"), "{missed}");
    assert!(missed.contains("longer than 16 MiB"), "{missed}");
    assert!(missed.contains("dumpsys.txt"), "{missed}");
    assert!(missed.contains("longer than 1 MiB"), "{missed}");
    std::fs::remove_dir_all(&folder).expect("clean up");

    // The same dumpsys.txt inside an androidqf zip, streamed as it inflates.
    let zipped = work.path().join("androidqf.zip");
    let mut archive = zip::ZipWriter::new(std::fs::File::create(&zipped).expect("create"));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    archive
        .start_file("acq/getprop.txt", options)
        .expect("entry");
    archive.write_all(GETPROP).expect("write");
    archive
        .start_file("acq/dumpsys.txt", options)
        .expect("entry");
    fill(&mut archive, b'x', HUGE);
    archive.finish().expect("zip");
    let (_, missed) = scan_within_budget("androidqf zip", &zipped, 2);
    assert!(missed.contains("dumpsys.txt"), "{missed}");
    assert!(missed.contains("longer than 1 MiB"), "{missed}");
    std::fs::remove_file(&zipped).expect("clean up");

    // One packages.json of millions of small packages, given alone.
    let single = work.path().join("packages.json");
    let mut many = std::io::BufWriter::new(std::fs::File::create(&single).expect("create"));
    many.write_all(b"[").expect("write");
    let mut written = 0;
    let mut index = 0u64;
    while written < HUGE {
        let item = format!("{{\"name\":\"org.example.app{index}\"}},");
        many.write_all(item.as_bytes()).expect("write");
        written += item.len();
        index += 1;
    }
    many.write_all(b"{\"name\":\"org.example.last\"}]")
        .expect("write");
    drop(many);
    let (_, missed) = scan_within_budget("packages.json alone", &single, 2);
    assert!(missed.contains("more than 100000 items"), "{missed}");
}
