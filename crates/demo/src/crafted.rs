//! APK files shaped as an attacker shapes them to slip past a scanner (the evasion cases of
//! issue 12), built from a description: the scanner's tests, the fuzz seeds and the structural
//! fuzz target (`fuzz/fuzz_targets/apk_shapes.rs`) all build the same files from
//! [`cases`], and the fuzzer combines shapes (a second manifest inside an archive inside a
//! polyglot) instead of only flipping bytes.
//!
//! Sizes are clamped when a shape is built ([`MAX_ZEROS`], [`MAX_NESTING`],
//! [`MAX_ARCHIVE_DEPTH`]; padding is at most `u16::MAX` elements) so that any description,
//! however it was made, builds a file of bounded size with bounded recursion.

use crate::axml::{self, Element, Value};
use crate::zip::{self, Entry};

/// TheTruthSpy's application id, as Echap's indicators list it.
pub const KNOWN_PACKAGE: &str = "com.thetruth";
/// TheTruthSpy's upload server, as Echap's indicators list it.
pub const KNOWN_UPLOAD_URL: &str = "https://media-sync-a.thetruthspy.com/upload";
/// The most zero bytes a [`Content::Zeros`] entry is built with.
pub const MAX_ZEROS: u32 = 1024 * 1024;
/// The most elements a manifest's `<application>` is nested in (the writer recurses).
pub const MAX_NESTING: u16 = 2_000;
/// Archives nested deeper than this are built empty.
pub const MAX_ARCHIVE_DEPTH: usize = 6;

/// An APK file: an archive, maybe behind a DEX.
#[derive(Debug, Clone, Default)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ApkShape {
    /// A DEX written in front of the archive (the Janus shape, CVE-2017-13156).
    pub dex_in_front: Option<DexShape>,
    /// Whether the archive's offsets count from the start of the file (a well-formed archive
    /// behind a prefix, as `zip -A` leaves it) rather than from the start of the archive.
    pub offsets_from_file_start: bool,
    pub entries: Vec<EntryShape>,
}

/// One entry of the archive.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct EntryShape {
    pub name: EntryName,
    pub content: Content,
    pub deflated: bool,
    /// The uncompressed size its headers declare, when that is not the true one.
    pub declared_size: Option<u32>,
}

/// Where an entry sits: the names Android gives meaning to, and any other.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum EntryName {
    Manifest,
    /// `classes.dex` for 0 and 1, `classes{n}.dex` above.
    Dex(u8),
    ResourceTable,
    /// `assets/{name}`.
    Asset(String),
    /// `lib/arm64-v8a/{name}`.
    NativeLibrary(String),
    Other(String),
}

/// What an entry holds.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum Content {
    Manifest(ManifestShape),
    Dex(DexShape),
    /// An archive inside the archive (an APK, JAR or ZIP the app unpacks).
    Archive(Box<ApkShape>),
    /// An ELF file holding these strings.
    Native(Vec<String>),
    /// This many zero bytes (at most [`MAX_ZEROS`]).
    Zeros(u32),
    Bytes(Vec<u8>),
}

/// A binary `AndroidManifest.xml`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ManifestShape {
    pub package: String,
    /// Empty `<meta-data>` elements in `<application>`.
    pub padding: u16,
    /// Elements `<application>` sits inside, below `<manifest>` (at most [`MAX_NESTING`]).
    pub nesting: u16,
}

/// A DEX file.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct DexShape {
    /// A class descriptor, `Lcom/example/Main;`.
    pub class: String,
    pub strings: Vec<String>,
    pub damage: DexDamage,
}

/// How a DEX is broken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum DexDamage {
    None,
    /// Cut after this many bytes.
    TruncatedTo(u16),
    /// Its string ids said to start far past the end of the file.
    StringIdsPastEnd,
}

/// What a scanner must say of a shape built from [`cases`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    /// It is known stalkerware, however it is hidden.
    KnownStalkerware,
    /// The entry of this name could not be read, and the report says so.
    NamedAsNotRead(&'static str),
}

/// A named evasion case of issue 12.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: &'static str,
    pub shape: ApkShape,
    pub expected: Expected,
}

impl EntryName {
    /// The entry's path inside the archive.
    pub fn path(&self) -> String {
        match self {
            EntryName::Manifest => "AndroidManifest.xml".to_owned(),
            EntryName::Dex(0 | 1) => "classes.dex".to_owned(),
            EntryName::Dex(n) => format!("classes{n}.dex"),
            EntryName::ResourceTable => "resources.arsc".to_owned(),
            EntryName::Asset(name) => format!("assets/{name}"),
            EntryName::NativeLibrary(name) => format!("lib/arm64-v8a/{name}"),
            EntryName::Other(path) => path.clone(),
        }
    }
}

impl EntryShape {
    /// A deflated entry that declares its true size.
    pub fn new(name: EntryName, content: Content) -> EntryShape {
        EntryShape {
            name,
            content,
            deflated: true,
            declared_size: None,
        }
    }
}

impl ManifestShape {
    /// A plain manifest for `package`.
    pub fn new(package: &str) -> ManifestShape {
        ManifestShape {
            package: package.to_owned(),
            padding: 0,
            nesting: 0,
        }
    }

    pub fn build(&self) -> Vec<u8> {
        let mut application = Element::new("application");
        for _ in 0..self.padding {
            application = application.child(Element::new("meta-data"));
        }
        let mut inner = application;
        for _ in 0..self.nesting.min(MAX_NESTING) {
            inner = Element::new("uses-feature").child(inner);
        }
        axml::write(
            &Element::new("manifest")
                .plain("package", Value::Str(self.package.clone()))
                .child(inner),
        )
    }
}

impl DexShape {
    /// A well-formed DEX of `class` holding `strings`.
    pub fn new(class: &str, strings: &[&str]) -> DexShape {
        DexShape {
            class: class.to_owned(),
            strings: strings.iter().map(|s| (*s).to_owned()).collect(),
            damage: DexDamage::None,
        }
    }

    pub fn build(&self) -> Vec<u8> {
        let strings: Vec<&str> = self.strings.iter().map(String::as_str).collect();
        let mut dex = crate::dex::write(&self.class, &strings);
        match self.damage {
            DexDamage::None => {}
            DexDamage::TruncatedTo(len) => dex.truncate(usize::from(len)),
            DexDamage::StringIdsPastEnd => {
                // string_ids_off sits at byte 60 of the header.
                if let Some(field) = dex.get_mut(60..64) {
                    field.copy_from_slice(&0x00FF_FFF0u32.to_le_bytes());
                }
            }
        }
        dex
    }
}

impl Content {
    fn build(&self, depth: usize) -> Vec<u8> {
        match self {
            Content::Manifest(manifest) => manifest.build(),
            Content::Dex(dex) => dex.build(),
            Content::Archive(inner) if depth < MAX_ARCHIVE_DEPTH => inner.build_at(depth + 1),
            Content::Archive(_) => ApkShape::default().build_at(depth + 1),
            Content::Native(strings) => {
                let mut elf = b"\x7fELF\x02\x01\x01\0".to_vec();
                elf.resize(64, 0);
                for text in strings {
                    elf.extend_from_slice(text.as_bytes());
                    elf.push(0);
                }
                elf
            }
            Content::Zeros(count) => {
                vec![0; usize::try_from((*count).min(MAX_ZEROS)).unwrap_or_default()]
            }
            Content::Bytes(bytes) => bytes.clone(),
        }
    }
}

impl ApkShape {
    /// An archive of `entries`, with nothing in front of it.
    pub fn of(entries: Vec<EntryShape>) -> ApkShape {
        ApkShape {
            entries,
            ..ApkShape::default()
        }
    }

    /// An app: its manifest for `package`, its code, then `extra` entries.
    pub fn app(package: &str, code: DexShape, extra: Vec<EntryShape>) -> ApkShape {
        let mut entries = vec![manifest(package), main_code(code)];
        entries.extend(extra);
        ApkShape::of(entries)
    }

    /// The file's bytes.
    pub fn build(&self) -> Vec<u8> {
        self.build_at(0)
    }

    fn build_at(&self, depth: usize) -> Vec<u8> {
        let prefix = self
            .dex_in_front
            .as_ref()
            .map(DexShape::build)
            .unwrap_or_default();
        let built: Vec<(String, Vec<u8>)> = self
            .entries
            .iter()
            .map(|entry| (entry.name.path(), entry.content.build(depth)))
            .collect();
        let entries: Vec<Entry<'_>> = self
            .entries
            .iter()
            .zip(&built)
            .map(|(entry, (name, data))| Entry {
                name,
                data,
                deflated: entry.deflated,
                declared_size: entry.declared_size,
            })
            .collect();
        let base = if self.offsets_from_file_start {
            zip::u32_len(prefix.len())
        } else {
            0
        };
        let archive = zip::write_entries(&entries, base);
        [
            prefix,
            archive.entries,
            archive.central_directory,
            archive.end_record,
        ]
        .concat()
    }
}

/// The benign code of the carrier app the cases hide things in.
fn benign_code() -> DexShape {
    DexShape::new("Lorg/example/notes/Main;", &["https://example.org/"])
}

/// TheTruthSpy's code: its upload server.
pub fn spy_code() -> DexShape {
    DexShape::new("Lcom/example/sync/Upload;", &[KNOWN_UPLOAD_URL])
}

/// A benign-looking app (`org.example.notes`) carrying `extra`.
fn carrier(extra: Vec<EntryShape>) -> ApkShape {
    ApkShape::app("org.example.notes", benign_code(), extra)
}

/// `AndroidManifest.xml` holding `shape`.
fn manifest_entry(shape: ManifestShape) -> EntryShape {
    EntryShape::new(EntryName::Manifest, Content::Manifest(shape))
}

fn manifest(package: &str) -> EntryShape {
    manifest_entry(ManifestShape::new(package))
}

/// `classes.dex` holding `dex`.
fn main_code(dex: DexShape) -> EntryShape {
    EntryShape::new(EntryName::Dex(1), Content::Dex(dex))
}

fn asset(name: &str, content: Content) -> EntryShape {
    EntryShape::new(EntryName::Asset(name.to_owned()), content)
}

fn second_dex(dex: DexShape) -> EntryShape {
    EntryShape::new(EntryName::Dex(2), Content::Dex(dex))
}

/// Every evasion case, with what a scanner must say of it.
pub fn cases() -> Vec<Case> {
    let janus = |offsets_from_file_start| ApkShape {
        dex_in_front: Some(benign_code()),
        offsets_from_file_start,
        entries: vec![manifest(KNOWN_PACKAGE)],
    };
    let mut padded = ManifestShape::new(KNOWN_PACKAGE);
    // 1.1 MB that deflate to 4 KB: far past a 200:1 ratio.
    padded.padding = 20_000;
    let mut nested = ManifestShape::new(KNOWN_PACKAGE);
    nested.nesting = 600;
    let mut lying = second_dex(benign_code());
    lying.declared_size = Some(0xF000_0000);
    let broken = |damage| {
        let mut dex = benign_code();
        dex.damage = damage;
        carrier(vec![second_dex(dex)])
    };
    let inner_most = ApkShape::of(vec![main_code(spy_code())]);
    let middle = ApkShape::of(vec![asset("b.apk", Content::Archive(Box::new(inner_most)))]);
    let known = Expected::KnownStalkerware;
    vec![
        Case {
            name: "dex-in-front-of-apk",
            shape: janus(false),
            expected: known,
        },
        Case {
            name: "dex-in-front-of-apk-offsets-shifted",
            shape: janus(true),
            expected: known,
        },
        Case {
            name: "manifest-compressed-past-any-ratio",
            shape: ApkShape::of(vec![manifest_entry(padded)]),
            expected: known,
        },
        Case {
            name: "manifest-nested-past-the-cap",
            shape: ApkShape::of(vec![manifest_entry(nested)]),
            // The package name sits above the cap; what lies below it is named as not read.
            expected: known,
        },
        Case {
            name: "second-manifest-behind-a-benign-one",
            shape: carrier(vec![manifest(KNOWN_PACKAGE)]),
            expected: known,
        },
        Case {
            name: "second-classes-dex-behind-a-benign-one",
            shape: carrier(vec![main_code(spy_code())]),
            expected: known,
        },
        Case {
            name: "secondary-dex-declared-past-the-cap",
            shape: carrier(vec![lying]),
            expected: Expected::NamedAsNotRead("classes2.dex"),
        },
        Case {
            name: "secondary-dex-truncated",
            shape: broken(DexDamage::TruncatedTo(50)),
            expected: Expected::NamedAsNotRead("classes2.dex"),
        },
        Case {
            name: "secondary-dex-string-ids-past-the-end",
            shape: broken(DexDamage::StringIdsPastEnd),
            expected: Expected::NamedAsNotRead("classes2.dex"),
        },
        Case {
            name: "spy-code-two-archives-deep",
            shape: carrier(vec![asset("a.apk", Content::Archive(Box::new(middle)))]),
            expected: known,
        },
        Case {
            name: "spy-code-under-an-asset-name",
            shape: carrier(vec![asset("x.bin", Content::Dex(spy_code()))]),
            expected: known,
        },
        Case {
            name: "resource-table-unreadable",
            shape: carrier(vec![EntryShape::new(
                EntryName::ResourceTable,
                Content::Bytes(b"not a resource table at all".to_vec()),
            )]),
            expected: Expected::NamedAsNotRead("resources.arsc"),
        },
    ]
}
