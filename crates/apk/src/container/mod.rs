//! The APK's ZIP container, read the way Android's installer reads it.
//!
//! Stalkerware and other Android malware bend the ZIP format so that analysis tools fail while
//! the phone still installs the app. This module reads an APK the way Android does, reports each
//! trick as an [`Anomaly`] (with a stable [`code`](Anomaly::code) and whether
//! [Android refuses it](Anomaly::android_rejects)), caps decompression, and hashes the file and
//! its DEX entries.
//!
//! ```no_run
//! use unstalk_apk::container::{Apk, Limits};
//! let apk = Apk::open("app.apk")?;
//! for anomaly in apk.anomalies() {
//!     println!("{}: {anomaly}", anomaly.code());
//! }
//! let manifest = apk.read_entry("AndroidManifest.xml", &Limits::default())?;
//! for dex in apk.dex_entries() {
//!     let hashes = apk.hash_entry(dex, &Limits::default())?;
//!     println!("{} {}", dex.name, hashes.sha256_hex());
//! }
//! println!("{}", apk.hashes()?.sha256_hex());
//! # Ok::<(), unstalk_apk::container::ContainerError>(())
//! ```
//!
//! # What Android does, and what this module does
//!
//! Android opens APKs with libziparchive (`system/libziparchive/zip_archive.cc`: functions
//! `MapCentralDirectory`, `ParseZipArchive`, `FindEntry`, `extractToWriter`), and reads the
//! manifest and resources through androidfw (`ApkAssets::Open`, later
//! `ZipAssetsProvider::OpenInternal`). What follows was read from that source (Android 10 to
//! 15); versions before Android 8 were more lenient, as noted.
//!
//! | trick | Android | here |
//! |---|---|---|
//! | end record: searched in the last 65,557 bytes (record + longest comment), backwards; the **last** signature wins | same | same; a record planted in another's comment is [`EocdInComment`](Anomaly::EocdInComment) |
//! | bytes after the end record and its comment, or a comment running past the end | refuses ("extraneous bytes at the end of the central directory") | reads on; [`EocdNotAtEnd`](Anomaly::EocdNotAtEnd) |
//! | data before the first entry (file not starting with `PK\3\4`) | refuses since the Janus fix (bug 64211847, Android 8): "Entry at offset zero has invalid LFH signature" | reads on, finding the central directory where its size says it ends when the declared offset is stale (offsets shifted by the prefix); [`DataBeforeFirstEntry`](Anomaly::DataBeforeFirstEntry) |
//! | central directory not at the declared offset / records longer than its declared size / fewer records than declared | refuses | reads what it can; [`CentralDirectoryMoved`](Anomaly::CentralDirectoryMoved), [`CentralDirectorySizeMismatch`](Anomaly::CentralDirectorySizeMismatch), [`CentralDirectoryTruncated`](Anomaly::CentralDirectoryTruncated) |
//! | records after the declared count (a decoy seen by tools that read to the end) | reads exactly the count, ignores the rest | same; [`ExtraCentralDirectoryRecords`](Anomaly::ExtraCentralDirectoryRecords) |
//! | two entries with one name | refuses (`kDuplicateEntry`) since the Master Key fix (bug 8219321); Android ≤ 4.3 ran the first copy and verified the last | lists every copy ([`Entry::duplicated`]); [`find`](Apk::find) and [`read_entry`](Apk::read_entry) take the **first** (the one old phones ran); [`read`](Apk::read) reads any copy; [`DuplicateEntry`](Anomaly::DuplicateEntry) |
//! | name not UTF-8, or containing NUL | refuses (`kInvalidEntryName`) | keeps it (lossy); [`InvalidEntryName`](Anomaly::InvalidEntryName) |
//! | "encrypted" flag (bit 0) set on plain data | never looks at it | reads as plain; [`FakeEncryptionFlag`](Anomaly::FakeEncryptionFlag) |
//! | compression method other than 0 and 8 | androidfw inflates only method 8 and maps anything else as **stored** (`uncompressed_size` bytes), so the manifest and resources load (Zimperium, 2023: ~3,300 such samples install on Android 9+); libcore's `StrictJarFile` (v1 signature checks) inflates anything not stored (from its source; not tried on a device); libziparchive's own extraction (native libraries, ART's DEX extraction) refuses | equal sizes: read as stored; sizes differ: inflated when the data is one whole DEFLATE stream (AOSP's `weird-compression-method.apk`), else stored; [`UnknownCompressionMethod`](Anomaly::UnknownCompressionMethod) |
//! | stored entry with compressed ≠ uncompressed size | copies `uncompressed_size` bytes | same; [`StoredSizeMismatch`](Anomaly::StoredSizeMismatch) |
//! | local header disagrees with the central directory | takes method, sizes and CRC from the central directory; refuses the entry when the name, or (without a data descriptor) the CRC or a size differs; never compares method or flags | uses the central directory; [`LocalCentralMismatch`](Anomaly::LocalCentralMismatch) per field, with [`HeaderField::android_rejects_mismatch`] |
//! | local header offset or data past the start of the central directory / the end of the file | refuses ("bad LFH offset", "bad compressed length") | reads what lies inside the file; [`EntryPastEof`](Anomaly::EntryPastEof); beyond the file: [`ContainerError::EntryPastEof`] |
//! | CRC-32 wrong | not checked (`kCrcChecksEnabled = false`) | data returned; [`CrcMismatch`](Anomaly::CrcMismatch) in [`EntryData::anomalies`] |
//! | inflated size ≠ declared | refuses the entry (`kInconsistentInformation`) | data returned; [`SizeMismatch`](Anomaly::SizeMismatch) |
//! | `classes5.dex` after a gap in `classes.dex`, `classes2.dex`, … | ART loads the unbroken sequence only | [`dex_entries`](Apk::dex_entries) follows ART; the others are [`DexNotLoaded`](Anomaly::DexNotLoaded) |
//! | no entries at all | refuses (`kEmptyArchive`) | [`ContainerError::NoEntries`] |
//! | ZIP64 | read (Android 11+) | not yet: [`ContainerError::Zip64Unsupported`] |
//!
//! Where Android refuses a file, the phone cannot install it as is; the anomaly is still worth
//! reporting (a dropped, repackaged or damaged sample), so this module reads on whenever it can.
//!
//! # Caps
//!
//! [`Limits`] bounds every read: the declared and the actual size of one entry
//! ([`max_entry_size`](Limits::max_entry_size), default 128 MiB: the largest DEX or resource
//! table in real apps is tens of MiB), the expansion ratio once an entry passes 16 MiB
//! ([`max_ratio`](Limits::max_ratio), default 200:1: APK entries rarely pass 20:1, while DEFLATE
//! can reach 1032:1, which only bombs and padding use), and the bytes decompressed from one
//! APK across all reads ([`max_total`](Limits::max_total), default 512 MiB). Nothing is sized
//! from a declared length: data is streamed in 64 KiB chunks and a buffer grows only with what
//! was really produced. The central directory is read once (at most 64 MiB); a file opened
//! with [`Apk::open`] is read at offsets and never loaded whole.
//!
//! # Why no ZIP crate
//!
//! `apk-info-zip` 1.1.0 is Android-faithful, but pulls in the `cms`/`der` signature stack (34 s
//! cold build), reads whole entries under one fixed internal cap (no per-call size, ratio or
//! total cap), and refuses data before the first entry instead of reporting it. `zip` 9 fails
//! on fake-encryption and unknown-method APKs, keeps the last of duplicate names silently and
//! does not compare local headers. The structures needed here (end record, central directory
//! records, local headers) are small and fully specified, so they are parsed here
//! (`parse.rs`) with a checked cursor (`source.rs`); only DEFLATE comes from a crate (`flate2` on the
//! pure-Rust `zlib-rs` backend), used through its streaming `Decompress` so it can be
//! swapped without touching the API.

mod anomalies;
mod error;
mod parse;
mod source;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::fs::File;
use std::ops::ControlFlow;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::{Decompress, FlushDecompress, Status};
use serde::Serialize;

pub use crate::hashes::Hashes;
pub use anomalies::{Anomaly, HeaderField, Kept, NameProblem};
pub use error::ContainerError;
pub use parse::{EOCD_SEARCH, MAX_CENTRAL_DIRECTORY};

use crate::hashes::Hasher;
use parse::{METHOD_DEFLATED, METHOD_STORED};
use source::{CHUNK, Source};

/// Decompression caps; see the [module doc](self#caps) for why these defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest entry read, declared or actual, in bytes. Default 128 MiB.
    pub max_entry_size: u64,
    /// Largest expansion (uncompressed ÷ compressed) once an entry has produced
    /// [`ratio_from`](Limits::ratio_from) bytes. Default 200.
    pub max_ratio: u64,
    /// Output up to this is never refused for its ratio, only by the size caps. Default
    /// 16 MiB. Repetitive content compresses far past 200:1 and is no danger at this size: a
    /// manifest padded with 20,000 empty elements (1.1 MB deflating to 4 KB) is how an app
    /// would hide its package name from a scanner that gave up on the ratio, so every real
    /// manifest, resource table and DEX is read whatever its ratio; the ratio cap is for bombs
    /// that would otherwise run on to the size caps.
    pub ratio_from: u64,
    /// Most bytes decompressed from one [`Apk`] over all reads. Default 512 MiB.
    pub max_total: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_entry_size: 128 * 1024 * 1024,
            max_ratio: 200,
            ratio_from: 16 * 1024 * 1024,
            max_total: 512 * 1024 * 1024,
        }
    }
}

/// One central directory record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// The name (lossy UTF-8; see [`Anomaly::InvalidEntryName`]).
    pub name: String,
    /// Compressed size, from the central directory.
    pub compressed_size: u64,
    /// Uncompressed size, from the central directory.
    pub uncompressed_size: u64,
    /// Compression method from the central directory: 0 stored, 8 deflated, anything else is
    /// read as stored.
    pub method: u16,
    /// General-purpose flags from the central directory.
    pub flags: u16,
    /// CRC-32 from the central directory.
    pub crc32: u32,
    /// Local header offset as declared (before any shift for data before the first entry).
    pub local_header_offset: u64,
    /// Where the data starts in the file, or `None` when the local header is missing.
    pub data_offset: Option<u64>,
    /// Whether another record has the same name.
    pub duplicated: bool,
    /// Position in the central directory.
    pub index: usize,
}

impl Entry {
    /// Whether the data is inflated (method 8); every other method is read as stored.
    pub fn is_deflated(&self) -> bool {
        self.method == METHOD_DEFLATED
    }
}

/// An entry's bytes and what was odd while reading them.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntryData {
    /// The uncompressed bytes.
    pub data: Vec<u8>,
    /// [`Anomaly::CrcMismatch`], [`Anomaly::SizeMismatch`].
    pub anomalies: Vec<Anomaly>,
}

/// An opened APK: its entries and anomalies; entries are read on demand.
pub struct Apk {
    name: String,
    source: Source,
    entries: Vec<Entry>,
    anomalies: Vec<Anomaly>,
    by_name: HashMap<Vec<u8>, usize>,
    decompressed: AtomicU64,
}

impl std::fmt::Debug for Apk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Apk")
            .field("name", &self.name)
            .field("len", &self.source.len())
            .field("entries", &self.entries.len())
            .field("anomalies", &self.anomalies)
            .finish_non_exhaustive()
    }
}

impl Apk {
    /// Opens the APK at `path`, reading only its end record, central directory and local
    /// headers.
    pub fn open(path: impl AsRef<Path>) -> Result<Apk, ContainerError> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let io = |source| ContainerError::Io {
            file: name.clone(),
            source,
        };
        let file = File::open(path).map_err(io)?;
        let source = Source::file(file).map_err(io)?;
        Apk::from_source(name, source)
    }

    /// Opens an APK held in memory.
    pub fn from_bytes(bytes: impl Into<Vec<u8>>) -> Result<Apk, ContainerError> {
        Apk::from_source("in-memory APK".to_owned(), Source::Bytes(bytes.into()))
    }

    fn from_source(name: String, source: Source) -> Result<Apk, ContainerError> {
        let layout = parse::parse(&source, &name)?;
        Ok(Apk {
            name,
            source,
            entries: layout.entries,
            anomalies: layout.anomalies,
            by_name: layout.by_name,
            decompressed: AtomicU64::new(0),
        })
    }

    /// The path it was opened from, or `in-memory APK`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The file's length in bytes.
    pub fn len(&self) -> u64 {
        self.source.len()
    }

    /// Whether the file is empty (never true for an opened APK).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every central directory record Android reads, in order (duplicates included).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// What was odd about the container, in the order found.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// Whether current Android would refuse this APK or one of its entries.
    pub fn android_rejects(&self) -> bool {
        self.anomalies.iter().any(Anomaly::android_rejects)
    }

    /// The entry named `name`: the first one when the name is duplicated.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.by_name
            .get(name.as_bytes())
            .and_then(|&i| self.entries.get(i))
    }

    /// The DEX files ART loads, in its order: `classes.dex`, `classes2.dex`, … up to the first
    /// missing number.
    pub fn dex_entries(&self) -> Vec<&Entry> {
        dex_sequence(&self.by_name)
            .into_iter()
            .filter_map(|i| self.entries.get(i))
            .collect()
    }

    /// Reads the entry named `name` (the first one when duplicated).
    pub fn read_entry(&self, name: &str, limits: &Limits) -> Result<EntryData, ContainerError> {
        let entry = self
            .find(name)
            .ok_or_else(|| ContainerError::EntryNotFound {
                file: self.name.clone(),
                name: name.to_owned(),
            })?;
        self.read(entry, limits)
    }

    /// Reads one entry (any copy of a duplicated name).
    pub fn read(&self, entry: &Entry, limits: &Limits) -> Result<EntryData, ContainerError> {
        let mut data = Vec::new();
        let anomalies = self.stream(entry, limits, u64::MAX, &mut |chunk| {
            data.extend_from_slice(chunk);
        })?;
        Ok(EntryData { data, anomalies })
    }

    /// The first `n` uncompressed bytes of one entry (fewer when the entry is shorter): enough
    /// to tell what an entry holds by its magic bytes without inflating it whole. What the entry
    /// declares about its size is not held against it here, since no more than `n` bytes are
    /// made; they count against [`Limits::max_total`] like a read, and the ratio cap applies
    /// past [`Limits::ratio_from`]. No [`Anomaly`] is returned: the CRC and the size can only
    /// be checked over the whole entry.
    pub fn read_prefix(
        &self,
        entry: &Entry,
        n: usize,
        limits: &Limits,
    ) -> Result<Vec<u8>, ContainerError> {
        let mut data = Vec::new();
        self.stream(entry, limits, n as u64, &mut |chunk| {
            data.extend_from_slice(chunk);
        })?;
        Ok(data)
    }

    /// SHA-256, SHA-1 and MD5 of one entry's uncompressed bytes, streamed (the entry is never
    /// held whole in memory). Counts against [`Limits::max_total`] like a read.
    pub fn hash_entry(&self, entry: &Entry, limits: &Limits) -> Result<Hashes, ContainerError> {
        let mut hasher = Hasher::default();
        self.stream(entry, limits, u64::MAX, &mut |chunk| hasher.update(chunk))?;
        Ok(hasher.finish())
    }

    /// SHA-256, SHA-1 and MD5 of the whole file, in one pass with a 64 KiB buffer.
    pub fn hashes(&self) -> Result<Hashes, ContainerError> {
        let mut hasher = Hasher::default();
        let mut buf = vec![0u8; CHUNK];
        let len = self.source.len();
        let mut offset = 0u64;
        while offset < len {
            let n = chunk_len(len - offset);
            let chunk = buf.get_mut(..n).unwrap_or_default();
            self.source
                .read_exact_at(offset, chunk)
                .map_err(|e| self.io(e))?;
            hasher.update(chunk);
            offset += n as u64;
        }
        Ok(hasher.finish())
    }

    /// Fills `buf` with the file's raw bytes from `offset` (not an entry's data): for readers of
    /// structures outside the entries, such as the APK Signing Block.
    pub fn read_raw(&self, offset: u64, buf: &mut [u8]) -> Result<(), ContainerError> {
        self.source
            .read_exact_at(offset, buf)
            .map_err(|e| self.io(e))
    }

    fn io(&self, source: std::io::Error) -> ContainerError {
        ContainerError::Io {
            file: self.name.clone(),
            source,
        }
    }

    /// Streams an entry's first `want` uncompressed bytes (`u64::MAX`: all of them) to `sink`
    /// in chunks, under `limits`. The anomalies are those of a whole entry, so a read stopped at
    /// `want` has none.
    fn stream(
        &self,
        entry: &Entry,
        limits: &Limits,
        want: u64,
        sink: &mut dyn FnMut(&[u8]),
    ) -> Result<Vec<Anomaly>, ContainerError> {
        // Use our own copy: the caller's may come from another Apk.
        let entry = self
            .entries
            .get(entry.index)
            .filter(|own| own.name == entry.name)
            .ok_or_else(|| ContainerError::EntryNotFound {
                file: self.name.clone(),
                name: entry.name.clone(),
            })?;
        let data_offset = entry
            .data_offset
            .ok_or_else(|| ContainerError::LocalHeaderMissing {
                file: self.name.clone(),
                name: entry.name.clone(),
                offset: entry.local_header_offset,
            })?;
        // A read of no more than the cap makes no more than the cap, whatever the entry says.
        if want > limits.max_entry_size && entry.uncompressed_size > limits.max_entry_size {
            return Err(ContainerError::EntryTooLarge {
                file: self.name.clone(),
                name: entry.name.clone(),
                size: entry.uncompressed_size,
                limit: limits.max_entry_size,
            });
        }

        let deflated = match entry.method {
            METHOD_DEFLATED => true,
            METHOD_STORED => false,
            // Unknown method: Java's StrictJarFile (v1 signature checks) inflates it, androidfw
            // (manifest, resources) copies it; equal sizes mean stored, otherwise take deflate
            // when the data is one whole DEFLATE stream.
            _ => {
                entry.compressed_size != entry.uncompressed_size
                    && self
                        .inflate(entry, data_offset, CHUNK, &mut |chunk| {
                            self.check_entry_caps(entry, limits, chunk.len() as u64)
                                .map(|()| ControlFlow::Continue(()))
                        })
                        .is_ok()
            }
        };

        let mut crc = crc32fast::Hasher::new();
        let mut produced = 0u64;
        let mut emit = |chunk: &[u8]| -> Result<ControlFlow<()>, ContainerError> {
            let keep = usize::try_from(want.saturating_sub(produced)).unwrap_or(usize::MAX);
            let chunk = chunk.get(..keep).unwrap_or(chunk);
            let n = chunk.len() as u64;
            produced = produced.saturating_add(n);
            self.check_entry_caps(entry, limits, produced)?;
            let total = self
                .decompressed
                .fetch_add(n, Ordering::Relaxed)
                .saturating_add(n);
            if total > limits.max_total {
                return Err(ContainerError::TotalExceeded {
                    file: self.name.clone(),
                    name: entry.name.clone(),
                    limit: limits.max_total,
                });
            }
            crc.update(chunk);
            sink(chunk);
            Ok(if produced >= want {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            })
        };
        // No step larger than what is wanted: a sniff of a few bytes reads and inflates a few.
        let step = chunk_len(want);
        let stopped = if deflated {
            self.inflate(entry, data_offset, step, &mut emit)?
        } else {
            self.copy(entry, data_offset, step, &mut emit)?
        };

        let mut anomalies = Vec::new();
        if stopped.is_break() {
            return Ok(anomalies);
        }
        let actual = crc.finalize();
        if actual != entry.crc32 {
            anomalies.push(Anomaly::CrcMismatch {
                name: entry.name.clone(),
                declared: entry.crc32,
                actual,
            });
        }
        if produced != entry.uncompressed_size {
            anomalies.push(Anomaly::SizeMismatch {
                name: entry.name.clone(),
                declared: entry.uncompressed_size,
                actual: produced,
            });
        }
        Ok(anomalies)
    }

    /// Refuses an entry that has produced `produced` bytes when that passes the size or ratio
    /// cap.
    fn check_entry_caps(
        &self,
        entry: &Entry,
        limits: &Limits,
        produced: u64,
    ) -> Result<(), ContainerError> {
        if produced > limits.max_entry_size {
            return Err(ContainerError::EntryTooLarge {
                file: self.name.clone(),
                name: entry.name.clone(),
                size: produced,
                limit: limits.max_entry_size,
            });
        }
        if produced > limits.ratio_from
            && produced > entry.compressed_size.saturating_mul(limits.max_ratio)
        {
            return Err(ContainerError::RatioExceeded {
                file: self.name.clone(),
                name: entry.name.clone(),
                compressed: entry.compressed_size,
                produced,
                limit: limits.max_ratio,
            });
        }
        Ok(())
    }

    /// Checks that `len` bytes from `offset` lie inside the file.
    fn check_inside(&self, entry: &Entry, offset: u64, len: u64) -> Result<(), ContainerError> {
        let file_len = self.source.len();
        let end = offset.saturating_add(len);
        if end > file_len {
            return Err(ContainerError::EntryPastEof {
                file: self.name.clone(),
                name: entry.name.clone(),
                end,
                len: file_len,
            });
        }
        Ok(())
    }

    /// Copies `uncompressed_size` bytes from `offset` (stored data), at most `step` bytes (64
    /// KiB or less) at a time, until `emit` breaks.
    fn copy(
        &self,
        entry: &Entry,
        offset: u64,
        step: usize,
        emit: &mut Emit<'_>,
    ) -> Result<ControlFlow<()>, ContainerError> {
        self.check_inside(entry, offset, entry.uncompressed_size)?;
        let mut buf = vec![0u8; chunk_len(entry.uncompressed_size).min(step.max(1))];
        let mut next = offset;
        let mut remaining = entry.uncompressed_size;
        while remaining > 0 {
            let n = chunk_len(remaining).min(buf.len());
            let chunk = buf.get_mut(..n).unwrap_or_default();
            self.source
                .read_exact_at(next, chunk)
                .map_err(|e| self.io(e))?;
            next += n as u64;
            remaining -= n as u64;
            if emit(chunk)?.is_break() {
                return Ok(ControlFlow::Break(()));
            }
        }
        Ok(ControlFlow::Continue(()))
    }

    /// Inflates the raw DEFLATE stream of `compressed_size` bytes at `offset`, making at most
    /// `step` bytes (64 KiB or less) at a time, until `emit` breaks.
    fn inflate(
        &self,
        entry: &Entry,
        offset: u64,
        step: usize,
        emit: &mut Emit<'_>,
    ) -> Result<ControlFlow<()>, ContainerError> {
        self.check_inside(entry, offset, entry.compressed_size)?;
        let corrupt = |detail: String| ContainerError::CorruptData {
            file: self.name.clone(),
            name: entry.name.clone(),
            detail,
        };
        // A few bytes need little input: the code tables at the start of a DEFLATE block take
        // a few hundred bytes, so a small step reads 4 KiB at a time.
        let input_step = step.max(4096);
        let mut input = vec![0u8; chunk_len(entry.compressed_size).min(input_step)];
        let mut output = vec![0u8; step.clamp(1, CHUNK)];
        let mut inflater = Decompress::new(false);
        let mut next = offset;
        let mut remaining = entry.compressed_size;
        let (mut start, mut filled) = (0usize, 0usize);
        loop {
            if start == filled && remaining > 0 {
                let n = chunk_len(remaining).min(input.len());
                let buf = input.get_mut(..n).unwrap_or_default();
                self.source
                    .read_exact_at(next, buf)
                    .map_err(|e| self.io(e))?;
                next += n as u64;
                remaining -= n as u64;
                (start, filled) = (0, n);
            }
            let available = input.get(start..filled).unwrap_or_default();
            let (in_before, out_before) = (inflater.total_in(), inflater.total_out());
            let status = inflater
                .decompress(available, &mut output, FlushDecompress::None)
                .map_err(|e| corrupt(format!("invalid DEFLATE data ({e})")))?;
            let consumed =
                usize::try_from(inflater.total_in().saturating_sub(in_before)).unwrap_or(0);
            let made =
                usize::try_from(inflater.total_out().saturating_sub(out_before)).unwrap_or(0);
            start = start.saturating_add(consumed).min(filled);
            if made > 0 && emit(output.get(..made).unwrap_or_default())?.is_break() {
                return Ok(ControlFlow::Break(()));
            }
            if status == Status::StreamEnd {
                return Ok(ControlFlow::Continue(()));
            }
            if consumed == 0 && made == 0 {
                return Err(corrupt(if start == filled && remaining == 0 {
                    format!(
                        "the DEFLATE stream ends early, after all {} compressed bytes",
                        entry.compressed_size
                    )
                } else {
                    "the DEFLATE stream makes no progress".to_owned()
                }));
            }
        }
    }
}

/// Where [`Apk::copy`] and [`Apk::inflate`] hand each chunk; it breaks once it has what it
/// wants.
type Emit<'a> = dyn FnMut(&[u8]) -> Result<ControlFlow<()>, ContainerError> + 'a;

/// The next read size: `remaining` capped at one chunk.
fn chunk_len(remaining: u64) -> usize {
    usize::try_from(remaining.min(CHUNK as u64)).unwrap_or(CHUNK)
}

/// Indices of `classes.dex`, `classes2.dex`, … up to the first missing name (ART's
/// `DexFileLoader` order).
pub(crate) fn dex_sequence(by_name: &HashMap<Vec<u8>, usize>) -> Vec<usize> {
    let mut found = Vec::new();
    for n in 1usize.. {
        let name = if n == 1 {
            "classes.dex".to_owned()
        } else {
            format!("classes{n}.dex")
        };
        match by_name.get(name.as_bytes()) {
            Some(&i) => found.push(i),
            None => break,
        }
    }
    found
}

/// Fuzzing entry point: opens `bytes` and reads every entry (its first bytes, then all of it)
/// under small caps. It must never panic, hang or allocate without bound, whatever the bytes.
pub fn fuzz_open(bytes: &[u8]) {
    let Ok(apk) = Apk::from_bytes(bytes) else {
        return;
    };
    let limits = Limits {
        max_entry_size: 4 * 1024 * 1024,
        max_ratio: 100,
        ratio_from: 1024 * 1024,
        max_total: 16 * 1024 * 1024,
    };
    for anomaly in apk.anomalies() {
        let _ = (
            anomaly.code(),
            anomaly.to_string(),
            anomaly.android_rejects(),
        );
    }
    for entry in apk.entries() {
        let _ = apk.read_prefix(entry, 8, &limits);
        match apk.read(entry, &limits) {
            Ok(data) => {
                for anomaly in &data.anomalies {
                    let _ = anomaly.to_string();
                }
            }
            Err(error) => {
                let _ = error.to_string();
            }
        }
    }
    for dex in apk.dex_entries() {
        let _ = apk.hash_entry(dex, &limits);
    }
    let _ = apk.find("AndroidManifest.xml");
    let _ = apk.hashes();
}
