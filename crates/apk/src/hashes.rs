//! SHA-256, SHA-1 and MD5 computed together in one pass: the digests indicator feeds key
//! samples by, for whole APKs (streamed by the container) and for each DEX.

use md5::Md5;
use serde::Serialize;
use sha1::Sha1;
use sha2::{Digest, Sha256};

/// The digests indicator feeds use for samples: SHA-256, SHA-1 and MD5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Hashes {
    /// SHA-256.
    #[serde(serialize_with = "as_hex")]
    pub sha256: [u8; 32],
    /// SHA-1.
    #[serde(serialize_with = "as_hex")]
    pub sha1: [u8; 20],
    /// MD5.
    #[serde(serialize_with = "as_hex")]
    pub md5: [u8; 16],
}

fn as_hex<S: serde::Serializer, const N: usize>(
    bytes: &[u8; N],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&hex::encode(bytes))
}

impl Hashes {
    /// The digests of `bytes`.
    pub fn of(bytes: &[u8]) -> Hashes {
        let mut hasher = Hasher::default();
        hasher.update(bytes);
        hasher.finish()
    }

    /// SHA-256 alone, when the weaker digests are not needed (a third of the work: MD5 has no
    /// hardware support).
    pub fn sha256_of(bytes: &[u8]) -> [u8; 32] {
        Sha256::digest(bytes).into()
    }

    /// SHA-256 in lower-case hex.
    pub fn sha256_hex(&self) -> String {
        hex::encode(self.sha256)
    }

    /// SHA-1 in lower-case hex.
    pub fn sha1_hex(&self) -> String {
        hex::encode(self.sha1)
    }

    /// MD5 in lower-case hex.
    pub fn md5_hex(&self) -> String {
        hex::encode(self.md5)
    }
}

/// Feeds the three digests at once, for data that arrives in pieces.
#[derive(Default)]
pub struct Hasher {
    sha256: Sha256,
    sha1: Sha1,
    md5: Md5,
}

impl Hasher {
    pub fn update(&mut self, bytes: &[u8]) {
        self.sha256.update(bytes);
        self.sha1.update(bytes);
        self.md5.update(bytes);
    }

    pub fn finish(self) -> Hashes {
        Hashes {
            sha256: self.sha256.finalize().into(),
            sha1: self.sha1.finalize().into(),
            md5: self.md5.finalize().into(),
        }
    }
}
