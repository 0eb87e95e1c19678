//! DEX files (Dalvik/ART bytecode): the header, the string table, type and class names, and the
//! network endpoints among the strings.
//!
//! ```no_run
//! # fn demo(bytes: &[u8]) -> Result<(), unstalk_apk::dex::DexError> {
//! use unstalk_apk::dex::{self, Limits};
//! let dex = dex::parse(bytes, &Limits::default())?;
//! println!("DEX {} with {} strings", dex.header().version, dex.string_count());
//! for name in dex.class_names() { println!("class {name}"); }
//! for endpoint in dex.endpoints() { println!("{:?} {}", endpoint.kind, endpoint.value); }
//! for anomaly in dex.anomalies() { println!("{}: {anomaly}", anomaly.code()); }
//! let hashes = unstalk_apk::Hashes::of(bytes); // sha256, sha1, md5
//! # Ok(()) }
//! ```
//!
//! # What is parsed
//!
//! [`parse`] reads the 0x70-byte header ([`Header`]: magic version such as `035` or `039`,
//! Adler-32 checksum and SHA-1 signature as stored and whether they verify, file and header
//! size, endian tag, and the size and offset of every table), then the `string_ids` table and
//! the `string_data_item`s it points to, the `type_ids` table (descriptors such as
//! `Lcom/thetruth/Main;`) and the `class_defs` table (the classes this file defines, as Java
//! names such as `com.thetruth.Main`). Protos, fields, methods and code are not decoded: the
//! scanner needs names and strings, and less code is less to get wrong. Strings are decoded from
//! Modified UTF-8 lazily and lossily ([`Dex::strings`] borrows from the input when the bytes are
//! also plain UTF-8); invalid sequences become U+FFFD and are counted.
//!
//! # Errors, anomalies, limits
//!
//! Only two things are fatal ([`DexError`]): the magic is not `dex\n` + three digits + `\0`
//! (it is not a DEX), or the file is shorter than the header. Everything else (a bad checksum,
//! an offset past the end, a string cut short, invalid MUTF-8, a count over a limit) is an
//! [`Anomaly`] beside a partial result: malware is malformed on purpose, and we want what can
//! be read. Anomalies about individual strings, types and classes are aggregated (a count and
//! the first index), so their list stays short on any input. Like yara-x's DEX module we follow
//! the layout of Android's verifier without being strict.
//!
//! [`Limits`] bound the work and memory for a hostile file: `max_file_size` (bytes past it are
//! not read: 128 MiB, far above real `classesN.dex`, which the 64 Ki method limit keeps to tens
//! of MiB), `max_strings` (1,000,000 string ids; real files have up to ~100,000),
//! `max_string_len` (64 KiB of MUTF-8 per string; longer strings are cut, which is enough to
//! see a URL or key), `max_types` and `max_classes` (65,536: type and class indexes are 16-bit
//! in DEX code, so more are unusable). Tables are also clamped to what fits in the file, and the
//! total of string bytes scanned may not exceed the file length (real string data never
//! overlaps, while a hostile table can point a million ids at one long string). Parsing keeps
//! offsets only, so memory is a few words per id, and it never panics: reads go through a
//! checked reader (no indexing, no unchecked arithmetic, no `unwrap` on input).
//!
//! # Endpoints
//!
//! [`Dex::endpoints`] (or [`endpoints()`] on any strings) reports URLs, bare domain names, IPv4
//! and IPv6 addresses, precision first: a false domain sends an advocate chasing nothing. A URL
//! needs `http(s)://`, `ws(s)://` or `ftp://`; a bare domain needs a TLD from a compact
//! embedded list and must not look like a Java package or class (`com.example.Foo`,
//! `android.intent.action.BOOT_COMPLETED`), a file name (`classes.dex`, `config.json`) or a
//! package of the DEX itself; an IPv4 address must be a whole token. The exact rules and their
//! reasons are in the doc of the [`endpoints` module](mod@self::endpoints).
//!
//! # Why our own parser
//!
//! The Rust DEX crates (`dex`, `dexparser`) are unmaintained, read the whole file eagerly and
//! panic or allocate on hostile counts; we need ~500 lines that never do, and only the parts
//! a stalkerware scanner uses.

pub mod endpoints;
mod hashes;
mod mutf8;
pub(crate) mod reader;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::BTreeSet;

use serde::Serialize;

pub use endpoints::{CODE_FIRST_LABELS, Endpoint, EndpointKind, KNOWN_TLDS, endpoints};
use reader::Reader;

/// Size of the DEX header this parser reads (versions 035-040; 041 adds 8 bytes we ignore).
pub const HEADER_SIZE: usize = 0x70;
/// The `endian_tag` of a little-endian DEX (all DEX files Android runs).
pub const ENDIAN_CONSTANT: u32 = 0x1234_5678;
/// The `endian_tag` of a byte-swapped DEX (allowed by the format, never produced, not read).
pub const REVERSE_ENDIAN_CONSTANT: u32 = 0x7856_3412;
/// Versions Android has produced (`035` up to Android 7, `037`-`041` since).
pub const KNOWN_VERSIONS: [&str; 6] = ["035", "037", "038", "039", "040", "041"];
const NO_INDEX: u32 = u32::MAX;

/// Caps on what [`parse`] reads; see the module doc for the defaults and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of the file that are read; the rest is ignored (with an anomaly).
    pub max_file_size: usize,
    /// String ids read; the rest is ignored (with an anomaly).
    pub max_strings: u32,
    /// MUTF-8 bytes of one string; a longer string is cut (with an anomaly).
    pub max_string_len: usize,
    /// Type ids read.
    pub max_types: u32,
    /// Class definitions read.
    pub max_classes: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_size: 128 << 20,
            max_strings: 1_000_000,
            max_string_len: 64 << 10,
            max_types: 65_536,
            max_classes: 65_536,
        }
    }
}

/// Why bytes are not a DEX file at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DexError {
    /// The first 8 bytes are not `dex\n`, three digits, `\0`.
    #[error("not a DEX file: magic at offset 0 is {found} (hex), expected \"dex\\n0NN\\0\"")]
    BadMagic {
        /// The first (up to 8) bytes, in hex.
        found: String,
    },
    /// The file ends inside the header.
    #[error("DEX header truncated: the file has {len} bytes, the header needs {needed}")]
    HeaderTruncated { len: usize, needed: usize },
}

impl DexError {
    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            DexError::BadMagic { .. } => {
                "this is not a DEX file; if it came from an APK, check the entry name (classesN.dex)"
            }
            DexError::HeaderTruncated { .. } => {
                "the file is incomplete: it ends inside the DEX header"
            }
        }
    }
}

/// A problem in a DEX that did not stop parsing. The serialised `anomaly` tag equals [`Anomaly::code`] without the `dex.` prefix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "anomaly", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Anomaly {
    #[error("unknown DEX version {version:?}")]
    UnknownVersion { version: String },
    #[error("byte-swapped (big-endian) DEX: tables not read")]
    ReverseEndian,
    #[error("unknown endian tag {tag:#010x}, read as little-endian")]
    UnknownEndianTag { tag: u32 },
    #[error("header_size is {header_size:#x}, expected 0x70")]
    UnusualHeaderSize { header_size: u32 },
    #[error("header says file_size {declared}, the file has {actual} bytes")]
    FileSizeMismatch { declared: u32, actual: u64 },
    #[error("file has {size} bytes, only the first {limit} were read (limit)")]
    FileTooLarge { size: u64, limit: u64 },
    #[error("checksum {stored:#010x} does not match the content ({computed:#010x})")]
    ChecksumMismatch { stored: u32, computed: u32 },
    #[error("signature {stored} does not match the content ({computed})")]
    SignatureMismatch { stored: String, computed: String },
    #[error("{section}: {size} items at offset {offset:#x} reach past the end ({file_len} bytes)")]
    SectionOutOfRange {
        section: &'static str,
        offset: u32,
        size: u32,
        file_len: u64,
    },
    #[error("{table}: {count} entries, only the first {limit} were read (limit)")]
    CountOverLimit {
        table: &'static str,
        count: u32,
        limit: u32,
    },
    #[error(
        "{count} string offsets point past the end (first: string {first_index} at {first_offset:#x})"
    )]
    StringOffsetOutOfRange {
        count: u32,
        first_index: u32,
        first_offset: u32,
    },
    #[error("{count} strings are cut short by the end of the file (first: string {first_index})")]
    StringUnterminated { count: u32, first_index: u32 },
    #[error(
        "{count} strings are longer than {limit} bytes and were cut (first: string {first_index})"
    )]
    StringTooLong {
        count: u32,
        first_index: u32,
        limit: u64,
    },
    #[error(
        "{strings} strings hold {sequences} invalid MUTF-8 sequences (first: string {first_index})"
    )]
    InvalidMutf8 {
        strings: u32,
        sequences: u64,
        first_index: u32,
    },
    #[error(
        "{count} strings differ from their declared UTF-16 length (first: string {first_index})"
    )]
    StringSizeMismatch { count: u32, first_index: u32 },
    #[error("string data overlaps: {unread} strings not read after scanning {budget} bytes")]
    StringBudgetExhausted { unread: u32, budget: u64 },
    #[error("{count} type ids name no readable string (first: type {first_type})")]
    TypeDescriptorInvalid { count: u32, first_type: u32 },
    #[error("{count} class definitions name no class type (first: class_def {first_class})")]
    ClassTypeInvalid { count: u32, first_class: u32 },
}

impl Anomaly {
    /// Whether part of the code was not read because of it (strings or tables skipped or cut):
    /// what that part holds was not searched, which a report must say. Mismatched checksums,
    /// sizes or versions and invalid MUTF-8 (decoded with replacement characters) leave
    /// everything read.
    pub fn leaves_part_unread(&self) -> bool {
        matches!(
            self,
            Anomaly::ReverseEndian
                | Anomaly::FileTooLarge { .. }
                | Anomaly::SectionOutOfRange { .. }
                | Anomaly::CountOverLimit { .. }
                | Anomaly::StringOffsetOutOfRange { .. }
                | Anomaly::StringUnterminated { .. }
                | Anomaly::StringTooLong { .. }
                | Anomaly::StringBudgetExhausted { .. }
                | Anomaly::TypeDescriptorInvalid { .. }
                | Anomaly::ClassTypeInvalid { .. }
        )
    }

    /// A stable identifier (`dex.checksum-mismatch`…), for reports and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Anomaly::UnknownVersion { .. } => "dex.unknown-version",
            Anomaly::ReverseEndian => "dex.reverse-endian",
            Anomaly::UnknownEndianTag { .. } => "dex.unknown-endian-tag",
            Anomaly::UnusualHeaderSize { .. } => "dex.unusual-header-size",
            Anomaly::FileSizeMismatch { .. } => "dex.file-size-mismatch",
            Anomaly::FileTooLarge { .. } => "dex.file-too-large",
            Anomaly::ChecksumMismatch { .. } => "dex.checksum-mismatch",
            Anomaly::SignatureMismatch { .. } => "dex.signature-mismatch",
            Anomaly::SectionOutOfRange { .. } => "dex.section-out-of-range",
            Anomaly::CountOverLimit { .. } => "dex.count-over-limit",
            Anomaly::StringOffsetOutOfRange { .. } => "dex.string-offset-out-of-range",
            Anomaly::StringUnterminated { .. } => "dex.string-unterminated",
            Anomaly::StringTooLong { .. } => "dex.string-too-long",
            Anomaly::InvalidMutf8 { .. } => "dex.invalid-mutf8",
            Anomaly::StringSizeMismatch { .. } => "dex.string-size-mismatch",
            Anomaly::StringBudgetExhausted { .. } => "dex.string-budget-exhausted",
            Anomaly::TypeDescriptorInvalid { .. } => "dex.type-descriptor-invalid",
            Anomaly::ClassTypeInvalid { .. } => "dex.class-type-invalid",
        }
    }
}

/// Size and offset of a table or section, as the header states them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Section {
    pub size: u32,
    pub offset: u32,
}

/// The DEX header, as stored, plus whether its checksum and signature verify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Header {
    /// The three digits of the magic (`035`, `039`…).
    pub version: String,
    /// Adler-32 of everything after this field, as stored.
    pub checksum: u32,
    /// Whether `checksum` matches; `None` when the file is over [`Limits::max_file_size`].
    pub checksum_valid: Option<bool>,
    /// SHA-1 of everything after this field, as stored (hex).
    pub signature: String,
    /// Whether `signature` matches; `None` when the file is over [`Limits::max_file_size`].
    pub signature_valid: Option<bool>,
    pub file_size: u32,
    pub header_size: u32,
    pub endian_tag: u32,
    pub link: Section,
    pub map_off: u32,
    pub string_ids: Section,
    pub type_ids: Section,
    pub proto_ids: Section,
    pub field_ids: Section,
    pub method_ids: Section,
    pub class_defs: Section,
    /// `size` is in bytes here, not items.
    pub data: Section,
}

/// One `class_def_item` (the fields we read).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ClassDef {
    /// Index into the type ids of this class.
    pub class_idx: u32,
    pub access_flags: u32,
    /// Type index of the superclass (`None` for `java.lang.Object`).
    pub superclass_idx: Option<u32>,
    /// String index of the source file name, if recorded.
    pub source_file_idx: Option<u32>,
}

/// Where a string's MUTF-8 bytes are (without the terminating zero).
#[derive(Debug, Clone, Copy)]
struct Span {
    start: usize,
    len: usize,
}

/// A parsed DEX file; borrows the input.
#[derive(Debug, Clone)]
pub struct Dex<'a> {
    bytes: &'a [u8],
    header: Header,
    strings: Vec<Option<Span>>,
    types: Vec<Option<u32>>,
    classes: Vec<ClassDef>,
    anomalies: Vec<Anomaly>,
}

/// Counts one kind of per-item problem, remembering the first item.
#[derive(Default)]
struct Tally {
    count: u32,
    first: u32,
    extra: u64,
}

impl Tally {
    fn add(&mut self, index: u32, extra: u64) {
        if self.count == 0 {
            self.first = index;
            self.extra = extra;
        }
        self.count = self.count.saturating_add(1);
    }
}

fn section(reader: &Reader<'_>, at: usize) -> Result<Section, DexError> {
    Ok(Section {
        size: field(reader, at)?,
        offset: field(reader, at.saturating_add(4))?,
    })
}

fn field(reader: &Reader<'_>, at: usize) -> Result<u32, DexError> {
    reader.u32_at(at).ok_or(DexError::HeaderTruncated {
        len: reader.len(),
        needed: HEADER_SIZE,
    })
}

fn check_magic(bytes: &[u8]) -> Result<String, DexError> {
    let magic = bytes.get(..8).unwrap_or(bytes);
    let ok = magic.iter().enumerate().all(|(i, &b)| match i {
        0..=3 => b"dex\n".get(i) == Some(&b),
        4..=6 => b.is_ascii_digit(),
        _ => b == 0,
    });
    if !ok {
        return Err(DexError::BadMagic {
            found: hex::encode(magic),
        });
    }
    if bytes.len() < HEADER_SIZE {
        return Err(DexError::HeaderTruncated {
            len: bytes.len(),
            needed: HEADER_SIZE,
        });
    }
    Ok(String::from_utf8_lossy(magic.get(4..7).unwrap_or_default()).into_owned())
}

/// Parses a DEX file; see the module doc.
///
/// # Errors
/// [`DexError`] when `bytes` are not a DEX (bad magic) or end inside the header; any other
/// problem is an [`Anomaly`] in the result.
pub fn parse<'a>(bytes: &'a [u8], limits: &Limits) -> Result<Dex<'a>, DexError> {
    let version = check_magic(bytes)?;
    let full = Reader::new(bytes);
    let mut anomalies = Vec::new();
    let view_len = bytes.len().min(limits.max_file_size.max(HEADER_SIZE));
    let over_limit = view_len < bytes.len();
    if over_limit {
        anomalies.push(Anomaly::FileTooLarge {
            size: bytes.len() as u64,
            limit: view_len as u64,
        });
    }
    let view = bytes.get(..view_len).unwrap_or(bytes);
    let signature: [u8; 20] = full
        .take(12, 20)
        .and_then(|s| s.try_into().ok())
        .unwrap_or([0; 20]);
    let mut header = Header {
        version,
        checksum: field(&full, 8)?,
        checksum_valid: None,
        signature: hex::encode(signature),
        signature_valid: None,
        file_size: field(&full, 32)?,
        header_size: field(&full, 36)?,
        endian_tag: field(&full, 40)?,
        link: section(&full, 44)?,
        map_off: field(&full, 52)?,
        string_ids: section(&full, 56)?,
        type_ids: section(&full, 64)?,
        proto_ids: section(&full, 72)?,
        field_ids: section(&full, 80)?,
        method_ids: section(&full, 88)?,
        class_defs: section(&full, 96)?,
        data: section(&full, 104)?,
    };
    if !KNOWN_VERSIONS.contains(&header.version.as_str()) {
        anomalies.push(Anomaly::UnknownVersion {
            version: header.version.clone(),
        });
    }
    if header.header_size != 0x70 && !(header.version == "041" && header.header_size == 0x78) {
        anomalies.push(Anomaly::UnusualHeaderSize {
            header_size: header.header_size,
        });
    }
    if u64::from(header.file_size) != bytes.len() as u64 {
        anomalies.push(Anomaly::FileSizeMismatch {
            declared: header.file_size,
            actual: bytes.len() as u64,
        });
    }
    if !over_limit {
        verify(bytes, &mut header, &mut anomalies);
    }
    let mut dex = Dex {
        bytes: view,
        header,
        strings: Vec::new(),
        types: Vec::new(),
        classes: Vec::new(),
        anomalies,
    };
    match dex.header.endian_tag {
        ENDIAN_CONSTANT => {}
        REVERSE_ENDIAN_CONSTANT => {
            dex.anomalies.push(Anomaly::ReverseEndian);
            return Ok(dex);
        }
        tag => dex.anomalies.push(Anomaly::UnknownEndianTag { tag }),
    }
    dex.check_sections();
    dex.read_strings(limits);
    dex.read_types(limits);
    dex.read_classes(limits);
    Ok(dex)
}

/// Verifies the checksum and signature over the declared file (or the whole input if the
/// declared size is not within it).
fn verify(bytes: &[u8], header: &mut Header, anomalies: &mut Vec<Anomaly>) {
    let declared = usize::try_from(header.file_size).unwrap_or(usize::MAX);
    let end = if (HEADER_SIZE..=bytes.len()).contains(&declared) {
        declared
    } else {
        bytes.len()
    };
    let computed = hashes::adler32(bytes.get(12..end).unwrap_or_default());
    header.checksum_valid = Some(computed == header.checksum);
    if computed != header.checksum {
        anomalies.push(Anomaly::ChecksumMismatch {
            stored: header.checksum,
            computed,
        });
    }
    let computed = hex::encode(hashes::sha1(bytes.get(32..end).unwrap_or_default()));
    header.signature_valid = Some(computed == header.signature);
    if computed != header.signature {
        anomalies.push(Anomaly::SignatureMismatch {
            stored: header.signature.clone(),
            computed,
        });
    }
}

impl<'a> Dex<'a> {
    /// How many items of `item_size` bytes, of the `count` at `offset`, lie in the file.
    fn fitting(&self, offset: u32, count: u32, item_size: u32) -> u32 {
        let len = self.bytes.len() as u64;
        let room = len.saturating_sub(u64::from(offset)) / u64::from(item_size.max(1));
        u32::try_from(room.min(u64::from(count))).unwrap_or(count)
    }

    fn check_sections(&mut self) {
        let h = &self.header;
        let tables: [(&'static str, Section, u32); 9] = [
            ("string_ids", h.string_ids, 4),
            ("type_ids", h.type_ids, 4),
            ("proto_ids", h.proto_ids, 12),
            ("field_ids", h.field_ids, 8),
            ("method_ids", h.method_ids, 8),
            ("class_defs", h.class_defs, 32),
            ("data", h.data, 1),
            ("link", h.link, 1),
            (
                "map",
                Section {
                    size: u32::from(h.map_off != 0),
                    offset: h.map_off,
                },
                4,
            ),
        ];
        let file_len = self.bytes.len() as u64;
        for (name, sec, item_size) in tables {
            let end = u64::from(sec.offset) + u64::from(sec.size) * u64::from(item_size);
            if sec.size != 0 && end > file_len {
                self.anomalies.push(Anomaly::SectionOutOfRange {
                    section: name,
                    offset: sec.offset,
                    size: sec.size,
                    file_len,
                });
            }
        }
    }

    fn limited(&mut self, table: &'static str, sec: Section, item_size: u32, limit: u32) -> u32 {
        if sec.size > limit {
            self.anomalies.push(Anomaly::CountOverLimit {
                table,
                count: sec.size,
                limit,
            });
        }
        self.fitting(sec.offset, sec.size.min(limit), item_size)
    }

    fn read_strings(&mut self, limits: &Limits) {
        let sec = self.header.string_ids;
        let count = self.limited("string_ids", sec, 4, limits.max_strings);
        let reader = Reader::new(self.bytes);
        let mut budget = self.bytes.len() as u64;
        let (mut out_of_range, mut unterminated, mut too_long) =
            (Tally::default(), Tally::default(), Tally::default());
        let (mut invalid, mut size_mismatch) = (Tally::default(), Tally::default());
        let mut invalid_sequences = 0u64;
        let mut strings = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        for index in 0..count {
            let Some(offset) = reader.item_u32(sec.offset, index, 4, 0) else {
                break;
            };
            let at = usize::try_from(offset).unwrap_or(usize::MAX);
            let Some((utf16_size, leb_len)) = reader.uleb128_at(at) else {
                if at >= reader.len() {
                    out_of_range.add(index, u64::from(offset));
                } else {
                    unterminated.add(index, 0);
                }
                strings.push(None);
                continue;
            };
            let start = at.saturating_add(leb_len);
            let data = reader.rest(start).unwrap_or_default();
            let window = data
                .get(..limits.max_string_len.saturating_add(1))
                .unwrap_or(data);
            let nul = window.iter().position(|&b| b == 0);
            let scanned = nul.map_or(window.len(), |n| n.saturating_add(1)) as u64;
            if scanned > budget {
                self.anomalies.push(Anomaly::StringBudgetExhausted {
                    unread: count.saturating_sub(index),
                    budget: self.bytes.len() as u64,
                });
                break;
            }
            budget = budget.saturating_sub(scanned);
            let (len, cut) = match nul {
                Some(len) => (len, false),
                None if data.len() > limits.max_string_len => {
                    too_long.add(index, 0);
                    (char_boundary(window, limits.max_string_len), true)
                }
                None => {
                    unterminated.add(index, 0);
                    (window.len(), true)
                }
            };
            let scan = mutf8::scan(window.get(..len).unwrap_or_default());
            if scan.invalid > 0 {
                invalid.add(index, 0);
                invalid_sequences = invalid_sequences.saturating_add(scan.invalid);
            }
            if !cut && scan.utf16_len != u64::from(utf16_size) {
                size_mismatch.add(index, 0);
            }
            strings.push(Some(Span { start, len }));
        }
        self.strings = strings;
        let tallies = [
            (out_of_range, 0),
            (unterminated, 1),
            (too_long, 2),
            (invalid, 3),
            (size_mismatch, 4),
        ];
        for (tally, kind) in tallies {
            if tally.count == 0 {
                continue;
            }
            let (count, first_index) = (tally.count, tally.first);
            self.anomalies.push(match kind {
                0 => Anomaly::StringOffsetOutOfRange {
                    count,
                    first_index,
                    first_offset: u32::try_from(tally.extra).unwrap_or(u32::MAX),
                },
                1 => Anomaly::StringUnterminated { count, first_index },
                2 => Anomaly::StringTooLong {
                    count,
                    first_index,
                    limit: limits.max_string_len as u64,
                },
                3 => Anomaly::InvalidMutf8 {
                    strings: count,
                    sequences: invalid_sequences,
                    first_index,
                },
                _ => Anomaly::StringSizeMismatch { count, first_index },
            });
        }
    }

    fn read_types(&mut self, limits: &Limits) {
        let sec = self.header.type_ids;
        let count = self.limited("type_ids", sec, 4, limits.max_types);
        let reader = Reader::new(self.bytes);
        let mut bad = Tally::default();
        let mut types = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        for index in 0..count {
            let Some(string_idx) = reader.item_u32(sec.offset, index, 4, 0) else {
                break;
            };
            let readable = self.span(string_idx).is_some();
            if !readable {
                bad.add(index, 0);
            }
            types.push(readable.then_some(string_idx));
        }
        self.types = types;
        if bad.count > 0 {
            self.anomalies.push(Anomaly::TypeDescriptorInvalid {
                count: bad.count,
                first_type: bad.first,
            });
        }
    }

    fn read_classes(&mut self, limits: &Limits) {
        let sec = self.header.class_defs;
        let count = self.limited("class_defs", sec, 32, limits.max_classes);
        let reader = Reader::new(self.bytes);
        let mut bad = Tally::default();
        let mut classes = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        let optional = |value: u32| (value != NO_INDEX).then_some(value);
        for index in 0..count {
            let item = |field: u32| reader.item_u32(sec.offset, index, 32, field);
            let (Some(class_idx), Some(access_flags), Some(superclass), Some(source_file)) =
                (item(0), item(4), item(8), item(16))
            else {
                break;
            };
            let def = ClassDef {
                class_idx,
                access_flags,
                superclass_idx: optional(superclass),
                source_file_idx: optional(source_file),
            };
            if self.class_name(&def).is_none() {
                bad.add(index, 0);
            }
            classes.push(def);
        }
        self.classes = classes;
        if bad.count > 0 {
            self.anomalies.push(Anomaly::ClassTypeInvalid {
                count: bad.count,
                first_class: bad.first,
            });
        }
    }

    fn span(&self, string_idx: u32) -> Option<Span> {
        *self.strings.get(usize::try_from(string_idx).ok()?)?
    }

    /// The header.
    pub fn header(&self) -> &Header {
        &self.header
    }

    /// Non-fatal problems found while parsing, in the order found.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// Number of string ids read (at most `string_ids.size` and [`Limits::max_strings`]).
    pub fn string_count(&self) -> usize {
        self.strings.len()
    }

    /// String `index`, decoded (lossily); `None` if it was not readable.
    pub fn string(&self, index: u32) -> Option<Cow<'a, str>> {
        self.raw_string(index).map(mutf8::decode)
    }

    /// The MUTF-8 bytes of string `index`, undecoded.
    fn raw_string(&self, index: u32) -> Option<&'a [u8]> {
        let span = self.span(index)?;
        self.bytes
            .get(span.start..span.start.checked_add(span.len)?)
    }

    /// Every readable string with its index, in table order.
    pub fn strings(&self) -> impl Iterator<Item = (u32, Cow<'a, str>)> + '_ {
        (0..u32::try_from(self.strings.len()).unwrap_or(u32::MAX))
            .filter_map(|index| Some((index, self.string(index)?)))
    }

    /// Number of type ids read.
    pub fn type_count(&self) -> usize {
        self.types.len()
    }

    /// The descriptor of type `type_idx` (`Lcom/example/Main;`, `[I`…).
    pub fn type_name(&self, type_idx: u32) -> Option<Cow<'a, str>> {
        let string_idx = (*self.types.get(usize::try_from(type_idx).ok()?)?)?;
        self.string(string_idx)
    }

    /// Every readable type descriptor, in table order (unreadable ones are left out).
    pub fn type_names(&self) -> impl Iterator<Item = Cow<'a, str>> + '_ {
        (0..u32::try_from(self.types.len()).unwrap_or(u32::MAX))
            .filter_map(|index| self.type_name(index))
    }

    /// The class definitions read.
    pub fn classes(&self) -> &[ClassDef] {
        &self.classes
    }

    /// The Java name (`com.example.Main`) of a class definition, if its type is a class.
    pub fn class_name(&self, class: &ClassDef) -> Option<String> {
        java_name(&self.type_name(class.class_idx)?)
    }

    /// Java names of the classes this file defines, in `class_defs` order.
    pub fn class_names(&self) -> Vec<String> {
        self.classes
            .iter()
            .filter_map(|c| self.class_name(c))
            .collect()
    }

    /// URLs, domains and IP addresses among the strings (rules: [`endpoints` module](mod@endpoints)),
    /// leaving out dotted names that are packages or classes of this file.
    pub fn endpoints(&self) -> Vec<Endpoint> {
        // Built only when a string holds a candidate domain: the set of every class and
        // package name costs more than the search itself.
        let code_names = std::cell::OnceCell::new();
        // Strings that cannot hold one are left out before they are decoded.
        let candidates =
            (0..u32::try_from(self.strings.len()).unwrap_or(u32::MAX)).filter_map(|index| {
                let raw = self.raw_string(index)?;
                endpoints::may_hold_endpoint(raw).then(|| (index, mutf8::decode(raw)))
            });
        endpoints::endpoints_excluding(candidates, |domain| {
            code_names
                .get_or_init(|| self.code_names())
                .contains(domain)
        })
    }

    /// Every class name of the DEX and each of its packages, in lower case (`com.example`,
    /// `com.example.main`).
    fn code_names(&self) -> BTreeSet<String> {
        let mut code_names = BTreeSet::new();
        for descriptor in self.type_names() {
            let Some(name) = java_name(&descriptor) else {
                continue;
            };
            let name = name.to_ascii_lowercase();
            for (i, c) in name.char_indices() {
                if c == '.' {
                    code_names.insert(name.get(..i).unwrap_or_default().to_owned());
                }
            }
            code_names.insert(name);
        }
        code_names
    }
}

/// `Lcom/example/Main;` -> `com.example.Main`; `None` for arrays, primitives and junk.
pub fn java_name(descriptor: &str) -> Option<String> {
    let inner = descriptor.strip_prefix('L')?.strip_suffix(';')?;
    if inner.is_empty() || inner.contains(['.', ';', '[']) {
        return None;
    }
    Some(inner.replace('/', "."))
}

/// The longest prefix of `bytes` of at most `limit` bytes that does not end inside a
/// multi-byte sequence.
fn char_boundary(bytes: &[u8], limit: usize) -> usize {
    let mut len = limit.min(bytes.len());
    for _ in 0..3 {
        match bytes.get(len) {
            Some(b) if b & 0xc0 == 0x80 => len = len.saturating_sub(1),
            _ => break,
        }
    }
    len
}

/// Fuzzing entry point: parses `bytes` with default and with tiny limits and uses every
/// accessor. Must never panic, hang or allocate much.
pub fn fuzz_parse(bytes: &[u8]) {
    let tiny = Limits {
        max_file_size: 4096,
        max_strings: 64,
        max_string_len: 64,
        max_types: 16,
        max_classes: 8,
    };
    for limits in [Limits::default(), tiny] {
        let Ok(dex) = parse(bytes, &limits) else {
            continue;
        };
        let mut total = dex.strings().map(|(_, s)| s.len()).sum::<usize>();
        total = total.wrapping_add(dex.type_names().map(|t| t.len()).sum::<usize>());
        total = total.wrapping_add(dex.class_names().len());
        total = total.wrapping_add(dex.endpoints().len());
        for anomaly in dex.anomalies() {
            total = total.wrapping_add(anomaly.to_string().len() + anomaly.code().len());
        }
        std::hint::black_box(total);
    }
}
