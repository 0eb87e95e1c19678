//! What was odd about an APK's ZIP container, and what Android does about it.
//!
//! Every [`Anomaly`] has a stable [`code`](Anomaly::code) slug (never renamed or reused), a
//! message that says what Android's installer does with it, and
//! [`android_rejects`](Anomaly::android_rejects): whether Android refuses the APK, or the entry
//! the anomaly is about. The behaviour behind each answer is documented in the
//! [module doc](super) with the Android source it comes from.

use std::fmt;

use serde::Serialize;

/// Which copy of a duplicated name a lookup by name returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kept {
    /// The first record in central-directory order (what Android ≤ 4.3's native loader ran).
    First,
    /// The last record (what Android ≤ 4.3's Java signature verifier checked).
    Last,
}

impl fmt::Display for Kept {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kept::First => "first",
            Kept::Last => "last",
        })
    }
}

/// What is wrong with an entry name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NameProblem {
    /// Not valid UTF-8 (shown with U+FFFD replacement characters).
    NotUtf8,
    /// Contains a NUL byte.
    ContainsNul,
    /// Empty.
    Empty,
}

impl fmt::Display for NameProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NameProblem::NotUtf8 => "is not valid UTF-8",
            NameProblem::ContainsNul => "contains a NUL byte",
            NameProblem::Empty => "is empty",
        })
    }
}

/// A field that the local file header and the central directory record both carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum HeaderField {
    /// The entry name.
    Name,
    /// The compression method.
    Method,
    /// The general-purpose flags.
    Flags,
    /// The CRC-32 of the uncompressed data.
    Crc32,
    /// The compressed size.
    CompressedSize,
    /// The uncompressed size.
    UncompressedSize,
}

impl HeaderField {
    /// Whether Android refuses to read the entry when this field differs.
    ///
    /// libziparchive's `FindEntry` compares the name, and (when the local header does not use a
    /// data descriptor) the CRC and both sizes; it takes the method from the central directory
    /// and never compares it or the flags.
    pub fn android_rejects_mismatch(self) -> bool {
        matches!(
            self,
            HeaderField::Name
                | HeaderField::Crc32
                | HeaderField::CompressedSize
                | HeaderField::UncompressedSize
        )
    }
}

impl fmt::Display for HeaderField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HeaderField::Name => "name",
            HeaderField::Method => "compression method",
            HeaderField::Flags => "flags",
            HeaderField::Crc32 => "CRC-32",
            HeaderField::CompressedSize => "compressed size",
            HeaderField::UncompressedSize => "uncompressed size",
        })
    }
}

/// A structural oddity of the ZIP container, found while opening the APK or reading an entry.
///
/// Offsets are from the start of the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Anomaly {
    /// The file does not start with a local file header: `bytes` bytes come before the first entry.
    DataBeforeFirstEntry {
        /// Bytes before the first local header.
        bytes: u64,
    },
    /// The end-of-central-directory record plus its comment does not end where the file ends
    /// (bytes appended after it, or a comment length running past the end).
    EocdNotAtEnd {
        /// Where the record and its declared comment end.
        declared_end: u64,
        /// The file's length.
        file_len: u64,
    },
    /// A second end-of-central-directory record is planted inside the comment of another one.
    EocdInComment {
        /// The planted record (the last one in the file, which Android and unstalk use).
        planted: u64,
        /// The record whose comment holds it.
        outer: u64,
    },
    /// The central directory is not at the offset the end record declares.
    CentralDirectoryMoved {
        /// Declared offset.
        declared: u64,
        /// Where it was found (the end record's offset minus the central directory size).
        actual: u64,
    },
    /// The records do not fit the central directory size the end record declares.
    CentralDirectorySizeMismatch {
        /// Declared size.
        declared: u64,
        /// Bytes the declared records take.
        used: u64,
    },
    /// Bytes between the end of the central directory and the end record. libziparchive
    /// accepts them; Android's signature verifier then finds no v2/v3 signature, and tools that
    /// locate the central directory from its size (Python's `zipfile`) fail.
    GapBeforeEocd {
        /// Bytes in the gap.
        bytes: u64,
    },
    /// Fewer readable central directory records than the end record declares.
    CentralDirectoryTruncated {
        /// Declared number of records.
        declared: u64,
        /// Records read.
        parsed: u64,
    },
    /// Central directory records after the declared count; Android never sees them.
    ExtraCentralDirectoryRecords {
        /// How many.
        count: u64,
    },
    /// An entry name Android refuses.
    InvalidEntryName {
        /// The name (lossy UTF-8).
        name: String,
        /// What is wrong with it.
        problem: NameProblem,
    },
    /// Several central directory records share a name.
    DuplicateEntry {
        /// The name.
        name: String,
        /// How many records have it.
        count: u64,
        /// Which one a lookup by name returns.
        kept: Kept,
    },
    /// The "encrypted" flag is set; Android ignores it and reads the data as plain.
    FakeEncryptionFlag {
        /// The entry.
        name: String,
    },
    /// A compression method other than stored (0) or deflated (8).
    UnknownCompressionMethod {
        /// The entry.
        name: String,
        /// The central directory's method.
        method: u16,
        /// Whether the data is read as stored (equal sizes, as Android's resource loader reads
        /// every method but 8); otherwise it is inflated when it is one whole DEFLATE stream (as
        /// Android's Java JAR reader treats every method but 0), and copied if not.
        treated_as_stored: bool,
    },
    /// A stored entry whose compressed and uncompressed sizes differ; Android copies the
    /// uncompressed size.
    StoredSizeMismatch {
        /// The entry.
        name: String,
        /// Compressed size.
        compressed: u64,
        /// Uncompressed size (the bytes read).
        uncompressed: u64,
    },
    /// The local file header disagrees with the central directory record.
    LocalCentralMismatch {
        /// The entry (central directory name).
        name: String,
        /// The field that differs.
        field: HeaderField,
        /// The central directory's value.
        central: String,
        /// The local header's value.
        local: String,
    },
    /// No local file header where the central directory says.
    LocalHeaderMissing {
        /// The entry.
        name: String,
        /// The offset looked at.
        offset: u64,
    },
    /// The entry's local header or data runs past the start of the central directory (Android's
    /// bound) or past the end of the file.
    EntryPastEof {
        /// The entry.
        name: String,
        /// Where its header or data ends.
        end: u64,
        /// The bound it crosses.
        limit: u64,
    },
    /// The data's CRC-32 differs from the central directory's.
    CrcMismatch {
        /// The entry.
        name: String,
        /// Declared CRC.
        declared: u32,
        /// CRC of the data read.
        actual: u32,
    },
    /// The inflated data is not as long as the declared uncompressed size.
    SizeMismatch {
        /// The entry.
        name: String,
        /// Declared uncompressed size.
        declared: u64,
        /// Bytes produced.
        actual: u64,
    },
    /// A `classesN.dex` that Android never loads: it is not in the unbroken sequence
    /// `classes.dex`, `classes2.dex`, … (the app may load it itself).
    DexNotLoaded {
        /// The entry.
        name: String,
    },
}

impl Anomaly {
    /// Stable machine-readable slug.
    pub fn code(&self) -> &'static str {
        match self {
            Anomaly::DataBeforeFirstEntry { .. } => "data-before-first-entry",
            Anomaly::EocdNotAtEnd { .. } => "eocd-not-at-end",
            Anomaly::EocdInComment { .. } => "eocd-in-comment",
            Anomaly::CentralDirectoryMoved { .. } => "central-directory-moved",
            Anomaly::CentralDirectorySizeMismatch { .. } => "central-directory-size-mismatch",
            Anomaly::CentralDirectoryTruncated { .. } => "central-directory-truncated",
            Anomaly::GapBeforeEocd { .. } => "gap-before-eocd",
            Anomaly::ExtraCentralDirectoryRecords { .. } => "extra-central-directory-records",
            Anomaly::InvalidEntryName { .. } => "invalid-entry-name",
            Anomaly::DuplicateEntry { .. } => "duplicate-entry",
            Anomaly::FakeEncryptionFlag { .. } => "fake-encryption-flag",
            Anomaly::UnknownCompressionMethod { .. } => "unknown-compression-method",
            Anomaly::StoredSizeMismatch { .. } => "stored-size-mismatch",
            Anomaly::LocalCentralMismatch { .. } => "local-central-mismatch",
            Anomaly::LocalHeaderMissing { .. } => "local-header-missing",
            Anomaly::EntryPastEof { .. } => "entry-past-eof",
            Anomaly::CrcMismatch { .. } => "crc-mismatch",
            Anomaly::SizeMismatch { .. } => "size-mismatch",
            Anomaly::DexNotLoaded { .. } => "dex-not-loaded",
        }
    }

    /// The entry the anomaly is about, if it is about one.
    pub fn entry(&self) -> Option<&str> {
        match self {
            Anomaly::InvalidEntryName { name, .. }
            | Anomaly::DuplicateEntry { name, .. }
            | Anomaly::FakeEncryptionFlag { name }
            | Anomaly::UnknownCompressionMethod { name, .. }
            | Anomaly::StoredSizeMismatch { name, .. }
            | Anomaly::LocalCentralMismatch { name, .. }
            | Anomaly::LocalHeaderMissing { name, .. }
            | Anomaly::EntryPastEof { name, .. }
            | Anomaly::CrcMismatch { name, .. }
            | Anomaly::SizeMismatch { name, .. }
            | Anomaly::DexNotLoaded { name } => Some(name),
            Anomaly::DataBeforeFirstEntry { .. }
            | Anomaly::EocdNotAtEnd { .. }
            | Anomaly::EocdInComment { .. }
            | Anomaly::CentralDirectoryMoved { .. }
            | Anomaly::CentralDirectorySizeMismatch { .. }
            | Anomaly::CentralDirectoryTruncated { .. }
            | Anomaly::GapBeforeEocd { .. }
            | Anomaly::ExtraCentralDirectoryRecords { .. } => None,
        }
    }

    /// Whether current Android (libziparchive, Android 8 and later) refuses this: the whole APK
    /// for archive-level anomalies and duplicates, the entry for entry-level ones.
    ///
    /// `false` means Android installs and reads the APK the way unstalk reads it — the evasions
    /// that break other tools but not the phone.
    pub fn android_rejects(&self) -> bool {
        match self {
            Anomaly::DataBeforeFirstEntry { .. }
            | Anomaly::EocdNotAtEnd { .. }
            | Anomaly::CentralDirectoryMoved { .. }
            | Anomaly::CentralDirectorySizeMismatch { .. }
            | Anomaly::CentralDirectoryTruncated { .. }
            | Anomaly::InvalidEntryName { .. }
            | Anomaly::DuplicateEntry { .. }
            | Anomaly::LocalHeaderMissing { .. }
            | Anomaly::EntryPastEof { .. }
            | Anomaly::SizeMismatch { .. } => true,
            Anomaly::LocalCentralMismatch { field, .. } => field.android_rejects_mismatch(),
            Anomaly::EocdInComment { .. }
            | Anomaly::GapBeforeEocd { .. }
            | Anomaly::ExtraCentralDirectoryRecords { .. }
            | Anomaly::FakeEncryptionFlag { .. }
            | Anomaly::UnknownCompressionMethod { .. }
            | Anomaly::StoredSizeMismatch { .. }
            | Anomaly::CrcMismatch { .. }
            | Anomaly::DexNotLoaded { .. } => false,
        }
    }
}

impl fmt::Display for Anomaly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Anomaly::DataBeforeFirstEntry { bytes } => write!(
                f,
                "{bytes} bytes of data before the first entry; Android refuses an APK that does not \
                 start with a local file header"
            ),
            Anomaly::EocdNotAtEnd {
                declared_end,
                file_len,
            } => {
                if declared_end < file_len {
                    write!(
                        f,
                        "{} bytes after the end-of-central-directory record and its comment; \
                         Android refuses such an APK",
                        file_len.saturating_sub(*declared_end)
                    )
                } else {
                    write!(
                        f,
                        "the end-of-central-directory comment runs {} bytes past the end of the \
                         file; Android refuses such an APK",
                        declared_end.saturating_sub(*file_len)
                    )
                }
            }
            Anomaly::EocdInComment { planted, outer } => write!(
                f,
                "an end-of-central-directory record at offset {planted} is planted in the comment \
                 of the one at {outer}; Android uses the last one (at {planted}), as unstalk does"
            ),
            Anomaly::CentralDirectoryMoved { declared, actual } => write!(
                f,
                "the central directory is at offset {actual}, not at {declared} as declared; \
                 Android refuses such an APK"
            ),
            Anomaly::CentralDirectorySizeMismatch { declared, used } => write!(
                f,
                "the central directory records take {used} bytes, but {declared} are declared; \
                 Android refuses such an APK"
            ),
            Anomaly::CentralDirectoryTruncated { declared, parsed } => write!(
                f,
                "{declared} central directory records declared, only {parsed} readable; Android \
                 refuses such an APK"
            ),
            Anomaly::GapBeforeEocd { bytes } => write!(
                f,
                "{bytes} bytes between the central directory and the end record; Android reads \
                 the entries but its verifier finds no v2/v3 signature"
            ),
            Anomaly::ExtraCentralDirectoryRecords { count } => write!(
                f,
                "{count} central directory records after the declared count; Android ignores \
                 them, and so does unstalk"
            ),
            Anomaly::InvalidEntryName { name, problem } => write!(
                f,
                "entry name {name:?} {problem}; Android refuses such an APK"
            ),
            Anomaly::DuplicateEntry { name, count, kept } => write!(
                f,
                "{count} entries named {name:?}; Android refuses such an APK (Android 4.3 and \
                 earlier ran the first and verified the last); unstalk looks up the {kept} and \
                 reads every copy"
            ),
            Anomaly::FakeEncryptionFlag { name } => write!(
                f,
                "{name:?} has the encrypted flag set; Android ignores the flag and reads the data \
                 as plain, as unstalk does"
            ),
            Anomaly::UnknownCompressionMethod {
                name,
                method,
                treated_as_stored,
            } => {
                if *treated_as_stored {
                    write!(
                        f,
                        "{name:?} has unknown compression method {method}; Android's resource \
                         loader reads it as stored, as unstalk does"
                    )
                } else {
                    write!(
                        f,
                        "{name:?} has unknown compression method {method} and its sizes differ; \
                         Android's JAR reader inflates it, its resource loader copies it as \
                         stored; unstalk inflates it when it is a whole DEFLATE stream"
                    )
                }
            }
            Anomaly::StoredSizeMismatch {
                name,
                compressed,
                uncompressed,
            } => write!(
                f,
                "stored entry {name:?} declares compressed size {compressed} and uncompressed size \
                 {uncompressed}; Android reads {uncompressed} bytes, as unstalk does"
            ),
            Anomaly::LocalCentralMismatch {
                name,
                field,
                central,
                local,
            } => {
                let consequence = if field.android_rejects_mismatch() {
                    "Android refuses to read this entry"
                } else {
                    "Android uses the central directory's value, as unstalk does"
                };
                write!(
                    f,
                    "{name:?}: {field} is {central} in the central directory but {local} in the \
                     local header; {consequence}"
                )
            }
            Anomaly::LocalHeaderMissing { name, offset } => write!(
                f,
                "{name:?}: no local file header at offset {offset}; Android cannot read this entry"
            ),
            Anomaly::EntryPastEof { name, end, limit } => write!(
                f,
                "{name:?} runs to offset {end}, past {limit} (the start of the central directory \
                 or the end of the file); Android cannot read this entry"
            ),
            Anomaly::CrcMismatch {
                name,
                declared,
                actual,
            } => write!(
                f,
                "{name:?}: CRC-32 is {actual:08x}, {declared:08x} declared; Android does not \
                 check it and uses the data"
            ),
            Anomaly::SizeMismatch {
                name,
                declared,
                actual,
            } => write!(
                f,
                "{name:?} inflates to {actual} bytes, {declared} declared; Android refuses to \
                 read this entry"
            ),
            Anomaly::DexNotLoaded { name } => write!(
                f,
                "{name:?} is not in the sequence classes.dex, classes2.dex, … that Android loads; \
                 only the app itself can load it"
            ),
        }
    }
}
