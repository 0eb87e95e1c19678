//! A signing key and its self-signed X.509 certificate, as `keytool` makes for an app
//! developer: ECDSA P-256 (ring), the certificate written here in DER (version 3, a random
//! serial, valid 2026-2051, subject = issuer).

use ring::rand::{SecureRandom, SystemRandom};
use ring::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::DemoError;

/// id-ecPublicKey, prime256v1, ecdsa-with-SHA256, commonName, organizationName.
const OID_EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];
const OID_ECDSA_SHA256: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02];
const OID_CN: &[u8] = &[0x55, 0x04, 0x03];
const OID_O: &[u8] = &[0x55, 0x04, 0x0a];

/// A developer's signing key with its certificate.
pub struct SigningKey {
    pair: EcdsaKeyPair,
    rng: SystemRandom,
    /// The certificate, DER.
    pub certificate: Vec<u8>,
    /// The SubjectPublicKeyInfo, DER (what v2 signing records as the public key).
    pub public_key: Vec<u8>,
}

impl SigningKey {
    /// A new random key, its certificate naming `common_name` of `organisation`.
    pub fn generate(common_name: &str, organisation: &str) -> Result<SigningKey, DemoError> {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng)
            .map_err(|_| DemoError::Crypto("generating a P-256 key"))?;
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .map_err(|_| DemoError::Crypto("reading the generated key"))?;
        let public_key = sequence(&[
            sequence(&[tlv(0x06, OID_EC_PUBLIC_KEY), tlv(0x06, OID_P256)]),
            bit_string(pair.public_key().as_ref()),
        ]);
        let mut serial = [0u8; 8];
        rng.fill(&mut serial)
            .map_err(|_| DemoError::Crypto("drawing a serial number"))?;
        // A positive INTEGER with no leading zero byte.
        serial[0] = (serial[0] & 0x7f) | 0x01;
        let name = sequence(&[
            set(&sequence(&[
                tlv(0x06, OID_O),
                tlv(0x0c, organisation.as_bytes()),
            ])),
            set(&sequence(&[
                tlv(0x06, OID_CN),
                tlv(0x0c, common_name.as_bytes()),
            ])),
        ]);
        let algorithm = sequence(&[tlv(0x06, OID_ECDSA_SHA256)]);
        let tbs = sequence(&[
            tlv(0xa0, &tlv(0x02, &[2])), // version 3
            tlv(0x02, &serial),
            algorithm.clone(),
            name.clone(),
            sequence(&[tlv(0x17, b"260101000000Z"), tlv(0x18, b"20510101000000Z")]),
            name,
            public_key.clone(),
        ]);
        let mut key = SigningKey {
            pair,
            rng,
            certificate: Vec::new(),
            public_key,
        };
        let signature = key.sign(&tbs)?;
        key.certificate = sequence(&[tbs, algorithm, bit_string(&signature)]);
        Ok(key)
    }

    /// An ECDSA P-256 SHA-256 signature of `message`, DER-encoded (what Java's
    /// `SHA256withECDSA` verifies).
    pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>, DemoError> {
        self.pair
            .sign(&self.rng, message)
            .map(|signature| signature.as_ref().to_vec())
            .map_err(|_| DemoError::Crypto("signing"))
    }

    /// SHA-1 of the certificate, upper-case hex: how Echap's ioc.yaml lists certificates.
    pub fn sha1(&self) -> String {
        hex::encode_upper(Sha1::digest(&self.certificate))
    }

    /// SHA-256 of the certificate, lower-case hex.
    pub fn sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.certificate))
    }
}

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes: Vec<u8> = len
            .to_be_bytes()
            .into_iter()
            .skip_while(|b| *b == 0)
            .collect();
        out.push(0x80 | bytes.len() as u8);
        out.extend_from_slice(&bytes);
    }
    out.extend_from_slice(content);
    out
}

fn sequence(parts: &[Vec<u8>]) -> Vec<u8> {
    tlv(0x30, &parts.concat())
}

fn set(part: &[u8]) -> Vec<u8> {
    tlv(0x31, part)
}

fn bit_string(bytes: &[u8]) -> Vec<u8> {
    let mut content = vec![0];
    content.extend_from_slice(bytes);
    tlv(0x03, &content)
}
