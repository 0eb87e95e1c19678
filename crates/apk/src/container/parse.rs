//! Finding the end record, reading the central directory and checking each local header.
//!
//! The rules follow Android's libziparchive (`MapCentralDirectory`, `ParseZipArchive`,
//! `FindEntry`); where Android refuses a file, this code records an [`Anomaly`] and goes on
//! when it still can, so that the scanner sees what a hostile APK holds.

use std::collections::HashMap;

use super::Entry;
use super::anomalies::{Anomaly, HeaderField, Kept, NameProblem};
use super::error::ContainerError;
use super::source::{Reader, Source};

const SIG_LOCAL: u32 = 0x0403_4b50;
const SIG_CENTRAL: u32 = 0x0201_4b50;
const SIG_EOCD: u32 = 0x0605_4b50;
const SIG_ZIP64_LOCATOR: u32 = 0x0706_4b50;

const EOCD_LEN: u64 = 22;
const LOCAL_LEN: u64 = 30;
const ZIP64_LOCATOR_LEN: u64 = 20;
const ZIP64_EXTRA_ID: u16 = 0x0001;

/// General-purpose flag bit 0: "encrypted".
pub(crate) const FLAG_ENCRYPTED: u16 = 0x0001;
/// General-purpose flag bit 3: sizes and CRC follow the data in a data descriptor.
const FLAG_DATA_DESCRIPTOR: u16 = 0x0008;

/// Bytes searched backwards for the end record: the record plus the longest comment, as
/// libziparchive's `kMaxEOCDSearch`.
pub const EOCD_SEARCH: u64 = EOCD_LEN + u16::MAX as u64;

/// The most central directory bytes read (64 MiB); real APKs need well under 10 MiB.
pub const MAX_CENTRAL_DIRECTORY: u64 = 64 * 1024 * 1024;

/// Compression methods.
pub(crate) const METHOD_STORED: u16 = 0;
pub(crate) const METHOD_DEFLATED: u16 = 8;

/// What opening found: the entries in central-directory order, the anomalies, and the index.
pub(crate) struct Layout {
    pub(crate) entries: Vec<Entry>,
    pub(crate) anomalies: Vec<Anomaly>,
    /// First entry with each raw name.
    pub(crate) by_name: HashMap<Vec<u8>, usize>,
}

/// The end-of-central-directory record.
struct Eocd {
    offset: u64,
    records: u16,
    cd_size: u32,
    cd_offset: u32,
    comment_len: u16,
}

fn parse_eocd(bytes: &[u8], offset: u64) -> Option<Eocd> {
    let mut r = Reader::new(bytes);
    if r.u32()? != SIG_EOCD {
        return None;
    }
    let _disk = r.u16()?;
    let _cd_disk = r.u16()?;
    let _records_on_disk = r.u16()?;
    let records = r.u16()?;
    let cd_size = r.u32()?;
    let cd_offset = r.u32()?;
    let comment_len = r.u16()?;
    Some(Eocd {
        offset,
        records,
        cd_size,
        cd_offset,
        comment_len,
    })
}

fn eocd_end(eocd: &Eocd) -> u64 {
    eocd.offset
        .saturating_add(EOCD_LEN)
        .saturating_add(u64::from(eocd.comment_len))
}

/// One central directory record, before its local header is checked.
struct CentralRecord {
    flags: u16,
    method: u16,
    crc32: u32,
    compressed_size: u64,
    uncompressed_size: u64,
    local_header_offset: u64,
    name: Vec<u8>,
}

fn parse_central_record(r: &mut Reader<'_>) -> Option<CentralRecord> {
    if r.u32()? != SIG_CENTRAL {
        return None;
    }
    let _version_made_by = r.u16()?;
    let _version_needed = r.u16()?;
    let flags = r.u16()?;
    let method = r.u16()?;
    let _time = r.u16()?;
    let _date = r.u16()?;
    let crc32 = r.u32()?;
    let compressed = r.u32()?;
    let uncompressed = r.u32()?;
    let name_len = r.u16()?;
    let extra_len = r.u16()?;
    let comment_len = r.u16()?;
    let _disk = r.u16()?;
    let _internal = r.u16()?;
    let _external = r.u32()?;
    let local_offset = r.u32()?;
    let name = r.take(usize::from(name_len))?.to_vec();
    let extra = r.take(usize::from(extra_len))?;
    r.take(usize::from(comment_len))?;

    let (mut uncompressed_size, mut compressed_size, mut local_header_offset) = (
        u64::from(uncompressed),
        u64::from(compressed),
        u64::from(local_offset),
    );
    if uncompressed == u32::MAX || compressed == u32::MAX || local_offset == u32::MAX {
        // ZIP64 extended information (APPNOTE 4.5.3): only the saturated fields are present, in
        // this order. A missing or short field leaves the 32-bit value.
        if let Some(mut z) = zip64_extra(extra) {
            if uncompressed == u32::MAX {
                uncompressed_size = z.u64().unwrap_or(uncompressed_size);
            }
            if compressed == u32::MAX {
                compressed_size = z.u64().unwrap_or(compressed_size);
            }
            if local_offset == u32::MAX {
                local_header_offset = z.u64().unwrap_or(local_header_offset);
            }
        }
    }
    Some(CentralRecord {
        flags,
        method,
        crc32,
        compressed_size,
        uncompressed_size,
        local_header_offset,
        name,
    })
}

/// The data of the ZIP64 extended information field, if the extra field has one.
fn zip64_extra(extra: &[u8]) -> Option<Reader<'_>> {
    let mut r = Reader::new(extra);
    loop {
        let id = r.u16()?;
        let len = r.u16()?;
        let data = r.take(usize::from(len))?;
        if id == ZIP64_EXTRA_ID {
            return Some(Reader::new(data));
        }
    }
}

fn io_error(file: &str, source: std::io::Error) -> ContainerError {
    ContainerError::Io {
        file: file.to_owned(),
        source,
    }
}

/// Finds the end record the way libziparchive does: the last signature in the final
/// [`EOCD_SEARCH`] bytes that leaves room for a whole record.
fn find_eocd(
    source: &Source,
    file: &str,
    anomalies: &mut Vec<Anomaly>,
) -> Result<Eocd, ContainerError> {
    let len = source.len();
    let searched = len.min(EOCD_SEARCH);
    let no_eocd = || ContainerError::NoEndOfCentralDirectory {
        file: file.to_owned(),
        searched,
        len,
    };
    if len < EOCD_LEN {
        return Err(ContainerError::TooShort {
            file: file.to_owned(),
            len,
        });
    }
    let start = len - searched;
    let tail = source
        .read_vec_at(start, usize::try_from(searched).map_err(|_| no_eocd())?)
        .map_err(|e| io_error(file, e))?;
    let signature = SIG_EOCD.to_le_bytes();
    let record_len = usize::try_from(EOCD_LEN).unwrap_or(usize::MAX);
    // Positions (in `tail`) of every signature with a whole record after it, last first.
    let candidates: Vec<usize> = (0..=tail.len().saturating_sub(record_len))
        .rev()
        .filter(|&i| tail.get(i..i.saturating_add(4)) == Some(&signature[..]))
        .collect();
    let parsed: Vec<Eocd> = candidates
        .iter()
        .filter_map(|&i| {
            let bytes = tail.get(i..)?;
            parse_eocd(bytes, start + u64::try_from(i).ok()?)
        })
        .collect();
    let mut iter = parsed.into_iter();
    let chosen = iter.next().ok_or_else(no_eocd)?;

    let declared_end = eocd_end(&chosen);
    if declared_end != len {
        anomalies.push(Anomaly::EocdNotAtEnd {
            declared_end,
            file_len: len,
        });
    } else if let Some(outer) = iter.find(|e| eocd_end(e) == len) {
        // A consistent record earlier in the file whose comment holds the chosen one: the
        // chosen record was planted in that comment.
        anomalies.push(Anomaly::EocdInComment {
            planted: chosen.offset,
            outer: outer.offset,
        });
    }
    Ok(chosen)
}

fn has_signature(source: &Source, offset: u64, signature: u32) -> bool {
    let mut buf = [0u8; 4];
    source.read_exact_at(offset, &mut buf).is_ok() && u32::from_le_bytes(buf) == signature
}

pub(crate) fn parse(source: &Source, file: &str) -> Result<Layout, ContainerError> {
    let len = source.len();
    let mut anomalies = Vec::new();
    let eocd = find_eocd(source, file, &mut anomalies)?;

    let zip64_locator = eocd
        .offset
        .checked_sub(ZIP64_LOCATOR_LEN)
        .is_some_and(|at| has_signature(source, at, SIG_ZIP64_LOCATOR));
    if eocd.cd_offset == u32::MAX || eocd.cd_size == u32::MAX || zip64_locator {
        return Err(ContainerError::Zip64Unsupported {
            file: file.to_owned(),
        });
    }
    if eocd.records == 0 {
        return Err(ContainerError::NoEntries {
            file: file.to_owned(),
        });
    }

    // Where the central directory is. Android takes the declared offset and refuses the file
    // when it is wrong; data prepended to an APK leaves it short by the prefix's length, so
    // also look where the size says it must end (right before the end record).
    let declared = u64::from(eocd.cd_offset);
    let cd_size = u64::from(eocd.cd_size);
    let not_found = || ContainerError::CentralDirectoryNotFound {
        file: file.to_owned(),
        offset: declared,
        size: cd_size,
    };
    let (cd_start, shift) =
        if declared < eocd.offset && has_signature(source, declared, SIG_CENTRAL) {
            (declared, 0)
        } else {
            let derived = eocd.offset.checked_sub(cd_size).ok_or_else(not_found)?;
            if derived > declared && has_signature(source, derived, SIG_CENTRAL) {
                (derived, derived - declared)
            } else {
                return Err(not_found());
            }
        };

    let region_len = eocd.offset - cd_start;
    if region_len > MAX_CENTRAL_DIRECTORY {
        return Err(ContainerError::CentralDirectoryTooLarge {
            file: file.to_owned(),
            size: region_len,
            limit: MAX_CENTRAL_DIRECTORY,
        });
    }
    let region = source
        .read_vec_at(
            cd_start,
            usize::try_from(region_len).map_err(|_| not_found())?,
        )
        .map_err(|e| io_error(file, e))?;

    // Android reads exactly the declared number of records.
    let mut reader = Reader::new(&region);
    let mut records = Vec::new();
    for _ in 0..eocd.records {
        match parse_central_record(&mut reader) {
            Some(record) => records.push(record),
            None => break,
        }
    }
    let parsed = u64::try_from(records.len()).unwrap_or(u64::MAX);
    if records.is_empty() {
        return Err(not_found());
    }
    if parsed < u64::from(eocd.records) {
        anomalies.push(Anomaly::CentralDirectoryTruncated {
            declared: u64::from(eocd.records),
            parsed,
        });
    }
    let used = u64::try_from(reader.pos()).unwrap_or(u64::MAX);
    if used > cd_size || cd_start.saturating_add(cd_size) > eocd.offset {
        // Records past the declared size, or a declared size running into the end record.
        anomalies.push(Anomaly::CentralDirectorySizeMismatch {
            declared: cd_size,
            used,
        });
    }
    // Records past the count: hidden from Android, visible to tools that read to the end.
    let mut extra = 0u64;
    while extra < u64::from(u16::MAX) && parse_central_record(&mut reader).is_some() {
        extra += 1;
    }
    if extra > 0 {
        anomalies.push(Anomaly::ExtraCentralDirectoryRecords { count: extra });
    }
    let cd_end = cd_start.saturating_add(cd_size.max(used));
    let planted = anomalies
        .iter()
        .any(|a| matches!(a, Anomaly::EocdInComment { .. }));
    // (A planted end record leaves the outer one in the gap: already reported.)
    if extra == 0 && !planted && cd_end < eocd.offset {
        anomalies.push(Anomaly::GapBeforeEocd {
            bytes: eocd.offset - cd_end,
        });
    }
    if shift > 0 && has_signature(source, 0, SIG_LOCAL) {
        anomalies.push(Anomaly::CentralDirectoryMoved {
            declared,
            actual: cd_start,
        });
    }

    // Names: validity and duplicates.
    let mut by_name: HashMap<Vec<u8>, usize> = HashMap::new();
    let mut counts: HashMap<&[u8], u64> = HashMap::new();
    for (index, record) in records.iter().enumerate() {
        by_name.entry(record.name.clone()).or_insert(index);
        *counts.entry(record.name.as_slice()).or_insert(0) += 1;
        let problem = if record.name.is_empty() {
            Some(NameProblem::Empty)
        } else if std::str::from_utf8(&record.name).is_err() {
            Some(NameProblem::NotUtf8)
        } else if record.name.contains(&0) {
            Some(NameProblem::ContainsNul)
        } else {
            None
        };
        if let Some(problem) = problem {
            anomalies.push(Anomaly::InvalidEntryName {
                name: String::from_utf8_lossy(&record.name).into_owned(),
                problem,
            });
        }
    }
    for record in &records {
        let count = counts.get(record.name.as_slice()).copied().unwrap_or(1);
        let first = by_name
            .get(&record.name)
            .and_then(|&i| records.get(i))
            .is_some_and(|first| std::ptr::eq(first, record));
        if count > 1 && first {
            anomalies.push(Anomaly::DuplicateEntry {
                name: String::from_utf8_lossy(&record.name).into_owned(),
                count,
                kept: Kept::First,
            });
        }
    }

    let mut entries = Vec::with_capacity(records.len());
    let mut first_local: Option<u64> = None;
    for (index, record) in records.iter().enumerate() {
        let name = String::from_utf8_lossy(&record.name).into_owned();
        let duplicated = counts.get(record.name.as_slice()).is_some_and(|&c| c > 1);
        let data_offset =
            check_local_header(source, record, &name, shift, cd_start, len, &mut anomalies);
        if data_offset.is_some() {
            let at = record.local_header_offset.saturating_add(shift);
            first_local = Some(first_local.map_or(at, |f| f.min(at)));
        }
        entries.push(Entry {
            name,
            compressed_size: record.compressed_size,
            uncompressed_size: record.uncompressed_size,
            method: record.method,
            flags: record.flags,
            crc32: record.crc32,
            local_header_offset: record.local_header_offset,
            data_offset,
            duplicated,
            index,
        });
    }

    if !has_signature(source, 0, SIG_LOCAL) {
        anomalies.push(Anomaly::DataBeforeFirstEntry {
            bytes: first_local.unwrap_or(shift),
        });
    }

    // Android's multidex sequence: classes.dex, classes2.dex, … up to the first gap.
    let loaded = super::dex_sequence(&by_name);
    for entry in &entries {
        if is_dex_name(&entry.name) && !loaded.contains(&entry.index) && !entry.duplicated {
            anomalies.push(Anomaly::DexNotLoaded {
                name: entry.name.clone(),
            });
        }
    }

    Ok(Layout {
        entries,
        anomalies,
        by_name,
    })
}

/// `classes.dex` or `classes<digits>.dex` at the top level.
fn is_dex_name(name: &str) -> bool {
    name.strip_prefix("classes")
        .and_then(|rest| rest.strip_suffix(".dex"))
        .is_some_and(|digits| digits.bytes().all(|b| b.is_ascii_digit()))
}

/// Checks the entry's local header against its central record, as libziparchive's `FindEntry`
/// does, and returns where its data starts (`None` when the header cannot be found).
fn check_local_header(
    source: &Source,
    record: &CentralRecord,
    name: &str,
    shift: u64,
    cd_start: u64,
    len: u64,
    anomalies: &mut Vec<Anomaly>,
) -> Option<u64> {
    let past = |end: u64, limit: u64| Anomaly::EntryPastEof {
        name: name.to_owned(),
        end,
        limit,
    };
    let Some(offset) = record.local_header_offset.checked_add(shift) else {
        anomalies.push(past(u64::MAX, len));
        return None;
    };
    let Some(header_end) = offset.checked_add(LOCAL_LEN) else {
        anomalies.push(past(u64::MAX, len));
        return None;
    };
    let mut fixed = [0u8; 30];
    if source.read_exact_at(offset, &mut fixed).is_err() {
        anomalies.push(past(header_end, len));
        return None;
    }
    let mut r = Reader::new(&fixed);
    let fields = (|| {
        let signature = r.u32()?;
        let _version = r.u16()?;
        let flags = r.u16()?;
        let method = r.u16()?;
        let _time = r.u16()?;
        let _date = r.u16()?;
        let crc32 = r.u32()?;
        let compressed = r.u32()?;
        let uncompressed = r.u32()?;
        let name_len = r.u16()?;
        let extra_len = r.u16()?;
        Some((
            signature,
            flags,
            method,
            crc32,
            compressed,
            uncompressed,
            name_len,
            extra_len,
        ))
    })();
    let Some((signature, flags, method, crc32, compressed, uncompressed, name_len, extra_len)) =
        fields
    else {
        anomalies.push(past(header_end, len));
        return None;
    };
    if signature != SIG_LOCAL {
        anomalies.push(Anomaly::LocalHeaderMissing {
            name: name.to_owned(),
            offset,
        });
        return None;
    }
    if offset >= cd_start {
        // Android refuses the archive: "bad LFH offset".
        anomalies.push(past(header_end, cd_start));
    }

    let mut mismatch = |field: HeaderField, central: String, local: String| {
        anomalies.push(Anomaly::LocalCentralMismatch {
            name: name.to_owned(),
            field,
            central,
            local,
        });
    };
    let local_name = source
        .read_vec_at(header_end, usize::from(name_len))
        .unwrap_or_default();
    if local_name != record.name {
        mismatch(
            HeaderField::Name,
            format!("{name:?}"),
            format!("{:?}", String::from_utf8_lossy(&local_name)),
        );
    }
    if method != record.method {
        mismatch(
            HeaderField::Method,
            record.method.to_string(),
            method.to_string(),
        );
    }
    if flags != record.flags {
        mismatch(
            HeaderField::Flags,
            format!("{:#06x}", record.flags),
            format!("{flags:#06x}"),
        );
    }
    // Without a data descriptor the local header carries the real CRC and sizes; a saturated
    // (ZIP64) size is not compared.
    if flags & FLAG_DATA_DESCRIPTOR == 0 {
        if crc32 != record.crc32 {
            mismatch(
                HeaderField::Crc32,
                format!("{:08x}", record.crc32),
                format!("{crc32:08x}"),
            );
        }
        if compressed != u32::MAX && u64::from(compressed) != record.compressed_size {
            mismatch(
                HeaderField::CompressedSize,
                record.compressed_size.to_string(),
                compressed.to_string(),
            );
        }
        if uncompressed != u32::MAX && u64::from(uncompressed) != record.uncompressed_size {
            mismatch(
                HeaderField::UncompressedSize,
                record.uncompressed_size.to_string(),
                uncompressed.to_string(),
            );
        }
    }

    if (flags | record.flags) & FLAG_ENCRYPTED != 0 {
        anomalies.push(Anomaly::FakeEncryptionFlag {
            name: name.to_owned(),
        });
    }
    let unknown_method = record.method != METHOD_STORED && record.method != METHOD_DEFLATED;
    if unknown_method {
        anomalies.push(Anomaly::UnknownCompressionMethod {
            name: name.to_owned(),
            method: record.method,
            treated_as_stored: record.compressed_size == record.uncompressed_size,
        });
    }
    if record.method == METHOD_STORED && record.compressed_size != record.uncompressed_size {
        anomalies.push(Anomaly::StoredSizeMismatch {
            name: name.to_owned(),
            compressed: record.compressed_size,
            uncompressed: record.uncompressed_size,
        });
    }

    // The data starts after the local header's own name and extra field.
    let data_offset = header_end
        .checked_add(u64::from(name_len))?
        .checked_add(u64::from(extra_len))?;
    // Android bounds the compressed size, and for anything it does not inflate the
    // uncompressed size, by the start of the central directory.
    let read_len = if record.method == METHOD_DEFLATED
        || (unknown_method && record.compressed_size != record.uncompressed_size)
    {
        record.compressed_size
    } else {
        record.compressed_size.max(record.uncompressed_size)
    };
    let data_end = data_offset.saturating_add(read_len);
    if offset < cd_start && data_end > cd_start {
        anomalies.push(past(data_end, cd_start));
    }
    Some(data_offset)
}
