//! The two DEX integrity checks: the header's SHA-1 `signature` and Adler-32 `checksum`.

use sha1::Digest as _;

/// SHA-1 of `bytes` (the DEX header's `signature` covers everything after it).
pub(crate) fn sha1(bytes: &[u8]) -> [u8; 20] {
    sha1::Sha1::digest(bytes).into()
}

/// Adler-32 (RFC 1950), the DEX header's `checksum` over everything after it.
pub(crate) fn adler32(bytes: &[u8]) -> u32 {
    adler2::adler32_slice(bytes)
}
