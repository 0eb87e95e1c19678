//! A ZIP writer for APKs: stored entries only, which every APK reader accepts and Android wants
//! for `resources.arsc` anyway; the demo's files are a few kilobytes, so compression would buy
//! nothing.
//!
//! The archive is returned in the three parts APK Signature Scheme v2 digests separately (the
//! entries, the central directory, the end record), so the signer can put its block between
//! the first two.

/// An archive in the parts v2 signing needs.
pub struct Archive {
    /// Local headers and file data.
    pub entries: Vec<u8>,
    pub central_directory: Vec<u8>,
    /// The end of central directory record, its central-directory offset pointing right after
    /// `entries`.
    pub end_record: Vec<u8>,
}

/// 2026-01-01 00:00 in MS-DOS format: a fixed time, so the same inputs give the same bytes.
const DOS_DATE: u16 = ((2026 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME: u16 = 0;

/// Builds a stored archive of `files` (name, contents), in that order.
pub fn write(files: &[(&str, &[u8])]) -> Archive {
    let mut entries = Vec::new();
    let mut central_directory = Vec::new();
    for (name, data) in files {
        let offset = u32_len(entries.len());
        let crc = crc32fast::hash(data);
        let size = u32_len(data.len());
        let name_len = u16::try_from(name.len()).unwrap_or(u16::MAX);
        put32(&mut entries, 0x0403_4b50); // local file header
        put_common_fields(&mut entries, crc, size, name_len);
        entries.extend_from_slice(name.as_bytes());
        entries.extend_from_slice(data);
        put32(&mut central_directory, 0x0201_4b50); // central directory header
        put16(&mut central_directory, 10); // version made by
        put_common_fields(&mut central_directory, crc, size, name_len);
        put16(&mut central_directory, 0); // comment length
        put16(&mut central_directory, 0); // disk
        put16(&mut central_directory, 0); // internal attributes
        put32(&mut central_directory, 0); // external attributes
        put32(&mut central_directory, offset);
        central_directory.extend_from_slice(name.as_bytes());
    }
    let end_record = end_record(files.len(), central_directory.len(), u32_len(entries.len()));
    Archive {
        entries,
        central_directory,
        end_record,
    }
}

/// The end of central directory record for `count` entries.
fn end_record(count: usize, directory_len: usize, directory_offset: u32) -> Vec<u8> {
    let count = u16::try_from(count).unwrap_or(u16::MAX);
    let mut out = Vec::with_capacity(22);
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, u32_len(directory_len));
    put32(&mut out, directory_offset);
    put16(&mut out, 0); // comment length
    out
}

/// `end_record` with its central-directory offset replaced by `offset`.
pub fn end_record_with_offset(end_record: &[u8], offset: u32) -> Vec<u8> {
    let mut out = end_record.to_vec();
    if let Some(slot) = out.get_mut(16..20) {
        slot.copy_from_slice(&offset.to_le_bytes());
    }
    out
}

/// The demo's archives are kilobytes: a length past 4 GiB cannot happen.
pub(crate) fn u32_len(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

/// The fields a local header and its central directory record share, in the same order:
/// version needed, flags, method (stored), time, date, CRC-32, sizes, name and extra lengths.
fn put_common_fields(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    put16(out, 10); // version needed: stored
    put16(out, 0); // flags
    put16(out, 0); // method: stored
    put16(out, DOS_TIME);
    put16(out, DOS_DATE);
    put32(out, crc);
    put32(out, size); // compressed
    put32(out, size); // uncompressed
    put16(out, name_len);
    put16(out, 0); // extra length
}

pub(crate) fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

pub(crate) fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}
