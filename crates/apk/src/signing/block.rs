//! Finding the ZIP sections and the APK Signing Block as apksig does (`ApkUtils.findZipSections`,
//! `ApkSigningBlockUtils.findApkSigningBlock`), and the chunked content digest
//! (`ApkSigningBlockUtils.computeContentDigests`).

use sha2::{Digest, Sha256, Sha512};

use super::der::{Le, Malformed, Parsed};
use super::verify::ContentDigest;
use crate::container::Apk;

/// `APK Sig Block 42`.
pub const SIGNING_BLOCK_MAGIC: &[u8; 16] = b"APK Sig Block 42";
/// Largest signing block read (apksig caps it at `Integer.MAX_VALUE`; real ones are KiB).
pub const MAX_SIGNING_BLOCK: u64 = 64 * 1024 * 1024;
const EOCD_LEN: u64 = 22;
const EOCD_SIG: u32 = 0x0605_4b50;
const CHUNK: u64 = 1024 * 1024;

/// Where the ZIP's central directory and end record are.
#[derive(Debug, Clone)]
pub(crate) struct ZipSections {
    pub(crate) cd_offset: u64,
    pub(crate) cd_size: u64,
    pub(crate) eocd_offset: u64,
    /// The end record and its comment.
    pub(crate) eocd: Vec<u8>,
}

fn read(apk: &Apk, offset: u64, len: u64) -> Result<Vec<u8>, String> {
    let n = usize::try_from(len).map_err(|_| "section too large".to_owned())?;
    let mut buf = vec![0u8; n];
    apk.read_raw(offset, &mut buf).map_err(|e| e.to_string())?;
    Ok(buf)
}

/// Finds the end record as apksig does: first with an empty comment, then backwards for a
/// record whose comment runs exactly to the end of the file.
pub(crate) fn zip_sections(apk: &Apk) -> Result<ZipSections, String> {
    let len = apk.len();
    if len < EOCD_LEN {
        return Err("not a ZIP file: too short".to_owned());
    }
    let searched = len.min(EOCD_LEN + u64::from(u16::MAX));
    let tail = read(apk, len - searched, searched)?;
    let tail_len = tail.len();
    let mut found = None;
    for comment in 0..=usize::from(u16::MAX) {
        let Some(at) = tail_len
            .checked_sub(22)
            .and_then(|p| p.checked_sub(comment))
        else {
            break;
        };
        let mut r = Le::new(tail.get(at..).unwrap_or_default());
        if r.u32("eocd").ok() != Some(EOCD_SIG) {
            continue;
        }
        let declared = tail
            .get(at.saturating_add(20)..at.saturating_add(22))
            .and_then(|b| <[u8; 2]>::try_from(b).ok())
            .map(u16::from_le_bytes);
        if declared.map(usize::from) == Some(comment) {
            found = Some(at);
            break;
        }
    }
    let at = found.ok_or_else(|| "no ZIP end of central directory record".to_owned())?;
    let eocd = tail.get(at..).unwrap_or_default().to_vec();
    let eocd_offset = (len - searched).saturating_add(u64::try_from(at).unwrap_or(u64::MAX));
    let mut r = Le::new(&eocd);
    let fields = (|| -> Parsed<(u32, u32)> {
        r.take(12, "eocd")?;
        let cd_size = r.u32("eocd")?;
        let cd_offset = r.u32("eocd")?;
        Ok((cd_size, cd_offset))
    })();
    let (cd_size, cd_offset) = fields.map_err(|e| e.to_string())?;
    let (cd_size, cd_offset) = (u64::from(cd_size), u64::from(cd_offset));
    if cd_offset > eocd_offset {
        return Err("ZIP central directory offset is past the end record".to_owned());
    }
    if cd_offset.saturating_add(cd_size) > eocd_offset {
        return Err("ZIP central directory overlaps the end record".to_owned());
    }
    Ok(ZipSections {
        cd_offset,
        cd_size,
        eocd_offset,
        eocd,
    })
}

/// Whether the signing block magic appears anywhere in the file (read in 1 MiB chunks): when
/// the ZIP sections cannot be located, this tells a damaged signed APK from an unsigned one.
pub(crate) fn contains_magic(apk: &Apk) -> bool {
    let len = apk.len();
    let magic = SIGNING_BLOCK_MAGIC.len() as u64;
    let mut offset = 0u64;
    while offset < len {
        // Overlap consecutive chunks so a magic across a boundary is seen.
        let n = (len - offset).min(CHUNK + magic);
        let Ok(chunk) = read(apk, offset, n) else {
            return false;
        };
        if chunk
            .windows(SIGNING_BLOCK_MAGIC.len())
            .any(|w| w == SIGNING_BLOCK_MAGIC)
        {
            return true;
        }
        offset = offset.saturating_add(CHUNK);
    }
    false
}

/// The APK Signing Block: where it starts and its ID-value pairs.
#[derive(Debug, Clone)]
pub(crate) struct SigningBlock {
    pub(crate) offset: u64,
    pub(crate) pairs: Vec<(u32, Vec<u8>)>,
}

/// Reads the signing block right before the central directory: `Ok(None)` when there is none
/// (no magic), an error when one is there but malformed.
pub(crate) fn find_signing_block(
    apk: &Apk,
    sections: &ZipSections,
) -> Result<Option<SigningBlock>, String> {
    let Some(footer_at) = sections.cd_offset.checked_sub(24) else {
        return Ok(None);
    };
    let footer = read(apk, footer_at, 24)?;
    if footer.get(8..24) != Some(&SIGNING_BLOCK_MAGIC[..]) {
        return Ok(None);
    }
    let size = Le::new(&footer).u64("footer").map_err(|e| e.to_string())?;
    if size < 24 {
        return Err(format!("APK Signing Block size too small: {size}"));
    }
    if size > MAX_SIGNING_BLOCK {
        return Err(format!(
            "APK Signing Block size {size} over the {MAX_SIGNING_BLOCK}-byte limit"
        ));
    }
    let total = size.saturating_add(8);
    let offset = sections
        .cd_offset
        .checked_sub(total)
        .ok_or_else(|| format!("APK Signing Block size out of range: {size}"))?;
    let block = read(apk, offset, total)?;
    let pairs = parse_block(&block).map_err(|e| e.to_string())?;
    Ok(Some(SigningBlock { offset, pairs }))
}

/// Parses a whole signing block (size, pairs, size, magic) into its ID-value pairs.
pub(crate) fn parse_block(block: &[u8]) -> Parsed<Vec<(u32, Vec<u8>)>> {
    let mut r = Le::new(block);
    let header = r.u64("APK Signing Block header cut short")?;
    let body_len = block
        .len()
        .checked_sub(8 + 24)
        .ok_or(Malformed("APK Signing Block too short"))?;
    let body = r.take(body_len, "APK Signing Block cut short")?;
    let footer = r.u64("APK Signing Block footer cut short")?;
    let magic = r.take(16, "APK Signing Block magic cut short")?;
    if magic != SIGNING_BLOCK_MAGIC {
        return Err(Malformed("APK Signing Block magic missing"));
    }
    if header != footer {
        return Err(Malformed(
            "APK Signing Block sizes in header and footer do not match",
        ));
    }
    if u64::try_from(block.len()).ok() != footer.checked_add(8) {
        return Err(Malformed(
            "APK Signing Block size does not match its length",
        ));
    }
    let mut pairs = Vec::new();
    let mut r = Le::new(body);
    while !r.is_empty() {
        let len = r.u64("APK Signing Block entry cut short")?;
        if len < 4 {
            return Err(Malformed("APK Signing Block entry shorter than its id"));
        }
        let len =
            usize::try_from(len).map_err(|_| Malformed("APK Signing Block entry too long"))?;
        let value = r.take(len, "APK Signing Block entry runs past the block")?;
        let mut v = Le::new(value);
        let id = v.u32("APK Signing Block entry id")?;
        pairs.push((id, v.rest().to_vec()));
    }
    Ok(pairs)
}

/// The chunked content digest (1 MiB chunks over the data before the signing block, the
/// central directory, and the end record with its central directory offset pointing at the
/// signing block), as apksig computes it.
pub(crate) fn content_digest(
    apk: &Apk,
    sections: &ZipSections,
    block_offset: u64,
    kind: ContentDigest,
) -> Result<Vec<u8>, String> {
    let mut eocd = sections.eocd.clone();
    let offset = u32::try_from(block_offset).map_err(|_| "offset too large".to_owned())?;
    if let Some(field) = eocd.get_mut(16..20) {
        field.copy_from_slice(&offset.to_le_bytes());
    }
    let ranges = [(0u64, block_offset), (sections.cd_offset, sections.cd_size)];
    let mut chunk_digests: Vec<u8> = Vec::new();
    let mut count: u32 = 0;
    let mut digest_chunk = |chunk: &[u8]| -> Result<(), String> {
        let len = u32::try_from(chunk.len()).map_err(|_| "chunk too large".to_owned())?;
        let d = hash(kind, &[&[0xa5], &len.to_le_bytes(), chunk])?;
        chunk_digests.extend_from_slice(&d);
        count = count
            .checked_add(1)
            .ok_or_else(|| "too many chunks".to_owned())?;
        Ok(())
    };
    for (start, len) in ranges {
        let mut done = 0u64;
        while done < len {
            let n = (len - done).min(CHUNK);
            let chunk = read(apk, start.saturating_add(done), n)?;
            digest_chunk(&chunk)?;
            done += n;
        }
    }
    for chunk in eocd.chunks(usize::try_from(CHUNK).unwrap_or(usize::MAX)) {
        digest_chunk(chunk)?;
    }
    hash(kind, &[&[0x5a], &count.to_le_bytes(), &chunk_digests])
}

fn hash(kind: ContentDigest, parts: &[&[u8]]) -> Result<Vec<u8>, String> {
    match kind {
        ContentDigest::ChunkedSha256 => {
            let mut h = Sha256::new();
            parts.iter().for_each(|p| h.update(p));
            Ok(h.finalize().to_vec())
        }
        ContentDigest::ChunkedSha512 => {
            let mut h = Sha512::new();
            parts.iter().for_each(|p| h.update(p));
            Ok(h.finalize().to_vec())
        }
        ContentDigest::VeritySha256 => Err("verity digests are not computed".to_owned()),
    }
}
