//! A ZIP writer for APKs. The demo's apps are stored, which every APK reader accepts and
//! Android wants for `resources.arsc` anyway (their files are a few kilobytes, so compression
//! would buy nothing); the crafted shapes of [`crate::crafted`] also deflate entries, declare
//! sizes that are not true, and put the archive behind other bytes.
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

/// One entry to write.
pub struct Entry<'a> {
    pub name: &'a str,
    pub data: &'a [u8],
    /// Deflated (method 8) rather than stored.
    pub deflated: bool,
    /// The uncompressed size the headers declare, when it is not the true one.
    pub declared_size: Option<u32>,
}

/// Builds a stored archive of `files` (name, contents), in that order.
pub fn write(files: &[(&str, &[u8])]) -> Archive {
    let entries: Vec<Entry<'_>> = files
        .iter()
        .map(|(name, data)| Entry {
            name,
            data,
            deflated: false,
            declared_size: None,
        })
        .collect();
    write_entries(&entries, 0)
}

/// Builds an archive of `files`, in that order, whose offsets count from `base`: the archive is
/// meant to follow `base` bytes of something else in the file (offsets from the start of the
/// file), or to be read with them counting from its own start (`base` 0).
pub fn write_entries(files: &[Entry<'_>], base: u32) -> Archive {
    let mut entries = Vec::new();
    let mut central_directory = Vec::new();
    for file in files {
        let offset = base.saturating_add(u32_len(entries.len()));
        let stored = if file.deflated {
            deflate(file.data)
        } else {
            file.data.to_vec()
        };
        let fields = Fields {
            method: if file.deflated { 8 } else { 0 },
            crc: crc32fast::hash(file.data),
            compressed: u32_len(stored.len()),
            uncompressed: file.declared_size.unwrap_or(u32_len(file.data.len())),
            name_len: u16::try_from(file.name.len()).unwrap_or(u16::MAX),
        };
        put32(&mut entries, 0x0403_4b50); // local file header
        fields.put(&mut entries);
        entries.extend_from_slice(file.name.as_bytes());
        entries.extend_from_slice(&stored);
        put32(&mut central_directory, 0x0201_4b50); // central directory header
        put16(&mut central_directory, 10); // version made by
        fields.put(&mut central_directory);
        put16(&mut central_directory, 0); // comment length
        put16(&mut central_directory, 0); // disk
        put16(&mut central_directory, 0); // internal attributes
        put32(&mut central_directory, 0); // external attributes
        put32(&mut central_directory, offset);
        central_directory.extend_from_slice(file.name.as_bytes());
    }
    let end_record = end_record(
        files.len(),
        central_directory.len(),
        base.saturating_add(u32_len(entries.len())),
    );
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

/// The fields a local header and its central directory record share.
struct Fields {
    method: u16,
    crc: u32,
    compressed: u32,
    uncompressed: u32,
    name_len: u16,
}

impl Fields {
    /// Writes them in the order both records have: version needed, flags, method, time, date,
    /// CRC-32, sizes, name and extra lengths.
    fn put(&self, out: &mut Vec<u8>) {
        put16(out, if self.method == 0 { 10 } else { 20 }); // version needed
        put16(out, 0); // flags
        put16(out, self.method);
        put16(out, DOS_TIME);
        put16(out, DOS_DATE);
        put32(out, self.crc);
        put32(out, self.compressed);
        put32(out, self.uncompressed);
        put16(out, self.name_len);
        put16(out, 0); // extra length
    }
}

/// `data` as raw DEFLATE (no zlib header), as ZIP stores it.
fn deflate(data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(data);
    encoder.finish().unwrap_or_default()
}

pub(crate) fn put16(out: &mut Vec<u8>, value: u16) {
    out.extend_from_slice(&value.to_le_bytes());
}

pub(crate) fn put32(out: &mut Vec<u8>, value: u32) {
    out.extend_from_slice(&value.to_le_bytes());
}
