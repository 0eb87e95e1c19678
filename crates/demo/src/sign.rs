//! APK Signature Scheme v2, as apksigner writes it for one signer: the APK Signing Block goes
//! between the ZIP entries and the central directory and holds, under id `0x7109871a`, the
//! signer's signed data (the CHUNKED_SHA256 digest of the file, the certificate), its ECDSA
//! P-256 SHA-256 signature (algorithm `0x0201`) and public key.
//!
//! The digest covers, in 1 MiB chunks, the entries, the central directory and the end record
//! with its central-directory offset pointing at the signing block: where the central
//! directory was before the block was inserted, so the digest is computed on the unsigned
//! archive's parts as they are. v2 alone is enough for Android 7.0 (API 24) and later, which
//! is why the demo's manifests say `minSdkVersion 24`: no v1 JAR signature is needed.

use sha2::{Digest, Sha256};

use crate::DemoError;
use crate::cert::SigningKey;
use crate::zip::{Archive, end_record_with_offset, u32_len};

const V2_BLOCK_ID: u32 = 0x7109_871a;
const ECDSA_SHA256: u32 = 0x0201;
const CHUNK: usize = 1 << 20;
const MAGIC: &[u8; 16] = b"APK Sig Block 42";

/// The signed APK.
pub fn sign(archive: &Archive, key: &SigningKey) -> Result<Vec<u8>, DemoError> {
    let digest = content_digest(&[
        &archive.entries,
        &archive.central_directory,
        &archive.end_record,
    ]);
    let signed_data = [
        prefixed(&prefixed(
            &[ECDSA_SHA256.to_le_bytes().to_vec(), prefixed(&digest)].concat(),
        )),
        prefixed(&prefixed(&key.certificate)),
        prefixed(&[]), // additional attributes
    ]
    .concat();
    let signature = key.sign(&signed_data)?;
    let signer = [
        prefixed(&signed_data),
        prefixed(&prefixed(
            &[ECDSA_SHA256.to_le_bytes().to_vec(), prefixed(&signature)].concat(),
        )),
        prefixed(&key.public_key),
    ]
    .concat();
    let value = prefixed(&prefixed(&signer));
    let mut pair = Vec::new();
    pair.extend_from_slice(&(4 + value.len() as u64).to_le_bytes());
    pair.extend_from_slice(&V2_BLOCK_ID.to_le_bytes());
    pair.extend_from_slice(&value);
    let block_size = (pair.len() + 8 + MAGIC.len()) as u64;
    let mut block = Vec::new();
    block.extend_from_slice(&block_size.to_le_bytes());
    block.extend_from_slice(&pair);
    block.extend_from_slice(&block_size.to_le_bytes());
    block.extend_from_slice(MAGIC);

    let end = end_record_with_offset(
        &archive.end_record,
        u32_len(archive.entries.len() + block.len()),
    );
    Ok([
        archive.entries.as_slice(),
        &block,
        &archive.central_directory,
        &end,
    ]
    .concat())
}

/// CHUNKED_SHA256 over `sections`, each cut into 1 MiB chunks of its own.
fn content_digest(sections: &[&[u8]]) -> Vec<u8> {
    let mut chunk_digests = Vec::new();
    let mut count: u32 = 0;
    for section in sections {
        for chunk in section.chunks(CHUNK) {
            let mut hasher = Sha256::new();
            hasher.update([0xa5]);
            hasher.update(u32_len(chunk.len()).to_le_bytes());
            hasher.update(chunk);
            chunk_digests.extend_from_slice(&hasher.finalize());
            count += 1;
        }
    }
    let mut hasher = Sha256::new();
    hasher.update([0x5a]);
    hasher.update(count.to_le_bytes());
    hasher.update(&chunk_digests);
    hasher.finalize().to_vec()
}

/// `bytes` after their `u32` little-endian length.
fn prefixed(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 + bytes.len());
    out.extend_from_slice(&u32_len(bytes.len()).to_le_bytes());
    out.extend_from_slice(bytes);
    out
}
