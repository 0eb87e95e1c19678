//! Signature algorithms of the APK Signature Schemes and their verification.
//!
//! RustCrypto decides every result. RSA, the scheme almost every APK uses, is first tried with
//! `ring` (already built for TLS), which verifies a 2048-bit signature about ten times faster
//! than the `rsa` crate: a signature `ring` accepts is valid; anything it refuses (a bad
//! signature, or a key outside its limits such as RSA-1024 with PSS) goes to the `rsa` crate,
//! so the verdicts are exactly the `rsa` crate's.

use rsa::{BigUint, Pkcs1v15Sign, Pss, RsaPublicKey};
use sha2::{Digest, Sha256, Sha512};

use super::der::{Der, TAG_INTEGER, TAG_SEQUENCE, unsigned};
use super::x509::{OID_DSA, OID_EC, OID_P256, OID_P384, OID_RSA, PublicKey};

/// Largest RSA modulus or DSA prime accepted, in bits (apksig accepts any; this bounds the work).
const MAX_KEY_BITS: usize = 16384;

/// Hash used for a signature, or for the content digest it goes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum ContentDigest {
    ChunkedSha256,
    ChunkedSha512,
    VeritySha256,
}

impl ContentDigest {
    pub(crate) fn name(self) -> &'static str {
        match self {
            ContentDigest::ChunkedSha256 => "CHUNKED_SHA256",
            ContentDigest::ChunkedSha512 => "CHUNKED_SHA512",
            ContentDigest::VeritySha256 => "VERITY_CHUNKED_SHA256",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    RsaPss,
    RsaPkcs1,
    Ecdsa,
    Dsa,
}

/// A signature algorithm id of the APK Signing Block (apksig `SignatureAlgorithm`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Algorithm {
    pub(crate) id: u32,
    pub(crate) name: &'static str,
    kind: Kind,
    sha512: bool,
    pub(crate) digest: ContentDigest,
}

const ALGORITHMS: [Algorithm; 10] = [
    alg(0x0101, "RSA_PSS_WITH_SHA256", Kind::RsaPss, false),
    alg(0x0102, "RSA_PSS_WITH_SHA512", Kind::RsaPss, true),
    alg(0x0103, "RSA_PKCS1_V1_5_WITH_SHA256", Kind::RsaPkcs1, false),
    alg(0x0104, "RSA_PKCS1_V1_5_WITH_SHA512", Kind::RsaPkcs1, true),
    alg(0x0201, "ECDSA_WITH_SHA256", Kind::Ecdsa, false),
    alg(0x0202, "ECDSA_WITH_SHA512", Kind::Ecdsa, true),
    alg(0x0301, "DSA_WITH_SHA256", Kind::Dsa, false),
    verity(0x0421, "VERITY_RSA_PKCS1_V1_5_WITH_SHA256", Kind::RsaPkcs1),
    verity(0x0423, "VERITY_ECDSA_WITH_SHA256", Kind::Ecdsa),
    verity(0x0425, "VERITY_DSA_WITH_SHA256", Kind::Dsa),
];

const fn alg(id: u32, name: &'static str, kind: Kind, sha512: bool) -> Algorithm {
    Algorithm {
        id,
        name,
        kind,
        sha512,
        digest: if sha512 {
            ContentDigest::ChunkedSha512
        } else {
            ContentDigest::ChunkedSha256
        },
    }
}

const fn verity(id: u32, name: &'static str, kind: Kind) -> Algorithm {
    Algorithm {
        id,
        name,
        kind,
        sha512: false,
        digest: ContentDigest::VeritySha256,
    }
}

impl Algorithm {
    pub(crate) fn from_id(id: u32) -> Option<Algorithm> {
        ALGORITHMS.iter().copied().find(|a| a.id == id)
    }
}

/// Whether `ring` verifies an RSA `signature` over `data` with the PKCS#1 `RSAPublicKey`
/// `public_key`.
fn ring_accepts(algorithm: Algorithm, public_key: &[u8], data: &[u8], signature: &[u8]) -> bool {
    use ring::signature as rs;
    let parameters: &dyn rs::VerificationAlgorithm = match (algorithm.kind, algorithm.sha512) {
        (Kind::RsaPss, false) => &rs::RSA_PSS_2048_8192_SHA256,
        (Kind::RsaPss, true) => &rs::RSA_PSS_2048_8192_SHA512,
        (_, false) => &rs::RSA_PKCS1_1024_8192_SHA256_FOR_LEGACY_USE_ONLY,
        (_, true) => &rs::RSA_PKCS1_1024_8192_SHA512_FOR_LEGACY_USE_ONLY,
    };
    rs::UnparsedPublicKey::new(parameters, public_key)
        .verify(data, signature)
        .is_ok()
}

/// Verifies `signature` over `data` with the SubjectPublicKeyInfo `spki`.
pub(crate) fn verify(
    algorithm: Algorithm,
    spki: &[u8],
    data: &[u8],
    signature: &[u8],
) -> Result<(), String> {
    let key = PublicKey::parse(spki).map_err(|e| format!("unreadable public key: {e}"))?;
    let hash = if algorithm.sha512 {
        Sha512::digest(data).to_vec()
    } else {
        Sha256::digest(data).to_vec()
    };
    let failed =
        |e: &dyn std::fmt::Display| format!("{} signature did not verify ({e})", algorithm.name);
    match (algorithm.kind, key.algorithm.as_str()) {
        (Kind::RsaPss | Kind::RsaPkcs1, OID_RSA) => {
            if ring_accepts(algorithm, key.key, data, signature) {
                return Ok(());
            }
            let mut der = Der::new(key.key);
            let mut seq = der
                .sequence("RSA public key")
                .map_err(|e| format!("unreadable RSA key: {e}"))?;
            let n = seq
                .expect(TAG_INTEGER, "RSA modulus")
                .map_err(|e| format!("unreadable RSA key: {e}"))?;
            let e = seq
                .expect(TAG_INTEGER, "RSA exponent")
                .map_err(|e| format!("unreadable RSA key: {e}"))?;
            let public = RsaPublicKey::new_with_max_size(
                BigUint::from_bytes_be(unsigned(n.content)),
                BigUint::from_bytes_be(unsigned(e.content)),
                MAX_KEY_BITS,
            )
            .map_err(|e| format!("unusable RSA key ({e})"))?;
            let result = match (algorithm.kind, algorithm.sha512) {
                (Kind::RsaPss, false) => public.verify(Pss::new::<Sha256>(), &hash, signature),
                (Kind::RsaPss, true) => public.verify(Pss::new::<Sha512>(), &hash, signature),
                (_, false) => public.verify(Pkcs1v15Sign::new::<Sha256>(), &hash, signature),
                (_, true) => public.verify(Pkcs1v15Sign::new::<Sha512>(), &hash, signature),
            };
            result.map_err(|e| failed(&e))
        }
        (Kind::Ecdsa, OID_EC) => {
            use p256::ecdsa::signature::hazmat::PrehashVerifier;
            match key.curve().as_deref() {
                Some(OID_P256) => {
                    let vk = p256::ecdsa::VerifyingKey::from_sec1_bytes(key.key)
                        .map_err(|e| format!("unusable P-256 key ({e})"))?;
                    let sig =
                        p256::ecdsa::Signature::from_der(signature).map_err(|e| failed(&e))?;
                    vk.verify_prehash(&hash, &sig).map_err(|e| failed(&e))
                }
                Some(OID_P384) => {
                    let vk = p384::ecdsa::VerifyingKey::from_sec1_bytes(key.key)
                        .map_err(|e| format!("unusable P-384 key ({e})"))?;
                    let sig =
                        p384::ecdsa::Signature::from_der(signature).map_err(|e| failed(&e))?;
                    vk.verify_prehash(&hash, &sig).map_err(|e| failed(&e))
                }
                other => Err(format!(
                    "EC curve {} not supported",
                    other.unwrap_or("(none)")
                )),
            }
        }
        (Kind::Dsa, OID_DSA) => {
            use dsa::signature::hazmat::PrehashVerifier;
            let unusable = |e: &dyn std::fmt::Display| format!("unusable DSA key ({e})");
            let params = key
                .params
                .filter(|p| p.tag == TAG_SEQUENCE)
                .ok_or_else(|| unusable(&"no domain parameters"))?;
            let mut params = Der::new(params.content);
            let mut int = |what| {
                params
                    .expect(TAG_INTEGER, what)
                    .map(|t| BigUint::from_bytes_be(unsigned(t.content)))
                    .map_err(|e| unusable(&e))
            };
            let (p, q, g) = (int("DSA p")?, int("DSA q")?, int("DSA g")?);
            if p.bits() > MAX_KEY_BITS {
                return Err(unusable(&"prime over 16384 bits"));
            }
            let y = Der::new(key.key)
                .expect(TAG_INTEGER, "DSA public value")
                .map_err(|e| unusable(&e))?;
            let y = dsa::BigUint::from_bytes_be(unsigned(y.content));
            let p = dsa::BigUint::from_bytes_be(&p.to_bytes_be());
            let q = dsa::BigUint::from_bytes_be(&q.to_bytes_be());
            let g = dsa::BigUint::from_bytes_be(&g.to_bytes_be());
            let components = dsa::Components::from_components(p, q, g).map_err(|e| unusable(&e))?;
            let vk = dsa::VerifyingKey::from_components(components, y).map_err(|e| unusable(&e))?;
            let sig = dsa::Signature::try_from(signature).map_err(|e| failed(&e))?;
            vk.verify_prehash(&hash, &sig).map_err(|e| failed(&e))
        }
        (_, other) => Err(format!(
            "{} does not fit the signer's {} key",
            algorithm.name,
            match other {
                OID_RSA => "RSA",
                OID_EC => "EC",
                OID_DSA => "DSA",
                o => o,
            }
        )),
    }
}
