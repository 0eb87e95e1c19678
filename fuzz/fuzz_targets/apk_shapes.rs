#![no_main]
//! APK files built structurally rather than byte by byte: the input picks one of the evasion
//! cases of `unstalk_demo::crafted` and edits its description (adds, removes, duplicates,
//! renames entries, wraps them in archives, lies about sizes, puts a DEX in front), so the
//! fuzzer explores combinations of the shapes (ZIP layer × manifest × DEX) an attacker builds.
//! The whole scanner runs on each file as `unstalk scan` runs it. Besides never panicking, it
//! must keep the rule of issue 12: a file that holds TheTruthSpy where the scanner looks (a
//! top-level manifest, or code at any depth) is reported as known stalkerware, or the report
//! names something as not read.

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use unstalk_demo::crafted::{
    self, ApkShape, Content, DexDamage, DexShape, EntryName, EntryShape, KNOWN_PACKAGE,
    KNOWN_UPLOAD_URL,
};
use unstalk_judge::Verdict;
use unstalk_scan::Scanner;

#[derive(Debug, Arbitrary)]
struct Input {
    case: u8,
    edits: Vec<Edit>,
}

/// A change to the description; entries are picked by index modulo their number.
#[derive(Debug, Arbitrary)]
enum Edit {
    Add(EntryShape),
    Remove(u8),
    Duplicate(u8),
    Rename(u8, EntryName),
    Deflate(u8, bool),
    DeclareSize(u8, Option<u32>),
    /// The entry moved into an archive that takes its place under this name.
    Wrap(u8, EntryName),
    DexInFront(Option<DexShape>),
    OffsetsFromFileStart(bool),
}

fn apply(shape: &mut ApkShape, edit: Edit) {
    let count = shape.entries.len();
    let pick = |at: u8| (count > 0).then(|| usize::from(at) % count);
    match edit {
        Edit::Add(entry) => shape.entries.push(entry),
        Edit::Remove(at) => {
            if let Some(at) = pick(at) {
                shape.entries.remove(at);
            }
        }
        Edit::Duplicate(at) => {
            if let Some(at) = pick(at) {
                let copy = shape.entries[at].clone();
                shape.entries.push(copy);
            }
        }
        Edit::Rename(at, name) => {
            if let Some(at) = pick(at) {
                shape.entries[at].name = name;
            }
        }
        Edit::Deflate(at, deflated) => {
            if let Some(at) = pick(at) {
                shape.entries[at].deflated = deflated;
            }
        }
        Edit::DeclareSize(at, size) => {
            if let Some(at) = pick(at) {
                shape.entries[at].declared_size = size;
            }
        }
        Edit::Wrap(at, name) => {
            if let Some(at) = pick(at) {
                let inner = shape.entries.remove(at);
                let archive = ApkShape::of(vec![inner]);
                shape.entries.insert(
                    at,
                    EntryShape::new(name, Content::Archive(Box::new(archive))),
                );
            }
        }
        Edit::DexInFront(dex) => shape.dex_in_front = dex,
        Edit::OffsetsFromFileStart(from_start) => shape.offsets_from_file_start = from_start,
    }
}

fn holds_spy_code(dex: &DexShape) -> bool {
    dex.damage == DexDamage::None && dex.strings.iter().any(|s| s == KNOWN_UPLOAD_URL)
}

/// Whether TheTruthSpy sits where the scanner looks: a manifest at the top of the file (the
/// app Android installs), or code anywhere (found by its first bytes, archives opened).
fn holds_known_stalkerware(shape: &ApkShape, top: bool) -> bool {
    shape.dex_in_front.as_ref().is_some_and(holds_spy_code)
        || shape.entries.iter().any(|entry| match &entry.content {
            Content::Manifest(manifest) => {
                top && entry.name == EntryName::Manifest && manifest.package == KNOWN_PACKAGE
            }
            Content::Dex(dex) => holds_spy_code(dex),
            Content::Archive(inner) => holds_known_stalkerware(inner, false),
            Content::Native(_) | Content::Zeros(_) | Content::Bytes(_) => false,
        })
}

fn scanner() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| {
        let (_, loaded) =
            unstalk_indicators::snapshot::built_in().expect("the built-in indicator snapshot");
        Scanner::new(unstalk_match::Matcher::new(loaded.set))
    })
}

fn file() -> &'static PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        std::env::temp_dir().join(format!(
            "unstalk-fuzz-apk-shapes-{}.apk",
            std::process::id()
        ))
    })
}

fuzz_target!(|input: Input| {
    let cases = crafted::cases();
    let mut shape = cases[usize::from(input.case) % cases.len()].shape.clone();
    for edit in input.edits.into_iter().take(16) {
        apply(&mut shape, edit);
    }
    let path = file();
    std::fs::write(path, shape.build()).expect("write the built file");
    let scanner = scanner();
    let (targets, mut not_checked) =
        unstalk_scan::inputs::collect(std::slice::from_ref(path)).expect("collect");
    let scans = targets
        .iter()
        .map(|target| scanner.scan_file(target))
        .collect();
    let mut report = scanner.report(scans, "2026-12-07T00:00:00Z");
    report.not_checked.append(&mut not_checked);
    if holds_known_stalkerware(&shape, true) {
        let known = report
            .subjects
            .iter()
            .any(|subject| subject.verdict == Verdict::KnownStalkerware);
        assert!(
            known || report.unread().next().is_some(),
            "known stalkerware reported as nothing found, with nothing named as not read: \
             {shape:#?}\n{report:#?}"
        );
    }
});
