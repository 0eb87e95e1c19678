//! Signing blocks and APKs built in code: round trip, truncation and corruption.

use p256::ecdsa::signature::Signer as _;
use p256::ecdsa::{Signature, SigningKey};

use super::block::{self, parse_block};
use super::der::Der;
use super::verify::ContentDigest;
use super::*;

fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else if len < 0x100 {
        out.extend([0x81, len as u8]);
    } else {
        out.extend([0x82, (len >> 8) as u8, len as u8]);
    }
    out.extend_from_slice(content);
    out
}

fn name(cn: &str, o: &str) -> Vec<u8> {
    let atv = |oid: &[u8], value: &str| {
        tlv(
            0x31,
            &tlv(
                0x30,
                &[tlv(0x06, oid), tlv(0x0c, value.as_bytes())].concat(),
            ),
        )
    };
    // Encoded O first, CN last: printed "CN=…, O=…".
    tlv(
        0x30,
        &[atv(&[0x55, 4, 10], o), atv(&[0x55, 4, 3], cn)].concat(),
    )
}

fn key() -> SigningKey {
    let mut scalar = [0u8; 32];
    scalar[31] = 7;
    SigningKey::from_bytes(&scalar.into()).unwrap_or_else(|e| panic!("{e}"))
}

fn spki(key: &SigningKey) -> Vec<u8> {
    let point = key.verifying_key().to_encoded_point(false);
    let alg = tlv(
        0x30,
        &[
            tlv(0x06, &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01]),
            tlv(0x06, &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]),
        ]
        .concat(),
    );
    let bits = [&[0u8][..], point.as_bytes()].concat();
    tlv(0x30, &[alg, tlv(0x03, &bits)].concat())
}

fn certificate(key: &SigningKey) -> Vec<u8> {
    let sig_alg = tlv(
        0x30,
        &tlv(0x06, &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02]),
    );
    let validity = tlv(
        0x30,
        &[tlv(0x17, b"200101000000Z"), tlv(0x18, b"20491231235959Z")].concat(),
    );
    let tbs = tlv(
        0x30,
        &[
            tlv(0xa0, &tlv(0x02, &[2])),
            tlv(0x02, &[0x01, 0x23]),
            sig_alg.clone(),
            name("Test, Inc", "Unstalk"),
            validity,
            name("Test, Inc", "Unstalk"),
            spki(key),
        ]
        .concat(),
    );
    tlv(0x30, &[tbs, sig_alg, tlv(0x03, &[0, 1, 2, 3])].concat())
}

fn lp(bytes: &[u8]) -> Vec<u8> {
    [&(bytes.len() as u32).to_le_bytes()[..], bytes].concat()
}

fn id_value(id: u32, value: &[u8]) -> Vec<u8> {
    lp(&[&id.to_le_bytes()[..], &lp(value)].concat())
}

/// A v2 signer over `digest` (CHUNKED_SHA256) with an ECDSA P-256 key.
fn v2_signer(digest: &[u8]) -> Vec<u8> {
    let key = key();
    let signed_data = [
        lp(&id_value(0x0201, digest)),
        lp(&lp(&certificate(&key))),
        lp(&[]),
    ]
    .concat();
    let signature: Signature = key.sign(&signed_data);
    [
        lp(&signed_data),
        lp(&id_value(0x0201, signature.to_der().as_bytes())),
        lp(&spki(&key)),
    ]
    .concat()
}

fn signing_block(pairs: &[(u32, Vec<u8>)]) -> Vec<u8> {
    let body: Vec<u8> = pairs
        .iter()
        .flat_map(|(id, value)| {
            let len = (value.len() + 4) as u64;
            [&len.to_le_bytes()[..], &id.to_le_bytes(), value].concat()
        })
        .collect();
    let size = (body.len() + 24) as u64;
    [
        &size.to_le_bytes()[..],
        &body,
        &size.to_le_bytes(),
        SIGNING_BLOCK_MAGIC,
    ]
    .concat()
}

/// A one-entry stored ZIP: (bytes, central directory offset).
fn unsigned_apk() -> (Vec<u8>, usize) {
    let name = b"AndroidManifest.xml";
    let data = b"not really a manifest, but bytes to sign";
    let crc = crc32fast::hash(data);
    let mut local = Vec::new();
    local.extend(0x0403_4b50u32.to_le_bytes());
    local.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    local.extend(crc.to_le_bytes());
    local.extend((data.len() as u32).to_le_bytes());
    local.extend((data.len() as u32).to_le_bytes());
    local.extend((name.len() as u16).to_le_bytes());
    local.extend(0u16.to_le_bytes());
    local.extend(name);
    local.extend(data);
    let mut cd = Vec::new();
    cd.extend(0x0201_4b50u32.to_le_bytes());
    cd.extend([20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    cd.extend(crc.to_le_bytes());
    cd.extend((data.len() as u32).to_le_bytes());
    cd.extend((data.len() as u32).to_le_bytes());
    cd.extend((name.len() as u16).to_le_bytes());
    cd.extend([0u8; 12]);
    cd.extend(0u32.to_le_bytes());
    cd.extend(name);
    let cd_offset = local.len();
    let mut eocd = Vec::new();
    eocd.extend(0x0605_4b50u32.to_le_bytes());
    eocd.extend([0, 0, 0, 0, 1, 0, 1, 0]);
    eocd.extend((cd.len() as u32).to_le_bytes());
    eocd.extend((cd_offset as u32).to_le_bytes());
    eocd.extend(0u16.to_le_bytes());
    ([local, cd, eocd].concat(), cd_offset)
}

/// A v2-signed APK built in code, and where its signing block starts and ends.
fn signed_apk() -> (Vec<u8>, std::ops::Range<usize>) {
    let (unsigned, cd_offset) = unsigned_apk();
    // The content digest does not depend on the block's contents, only on where it starts
    // (the old central directory offset), so it can be computed on the unsigned file.
    let apk = Apk::from_bytes(unsigned.clone()).unwrap_or_else(|e| panic!("{e}"));
    let sections = block::zip_sections(&apk).unwrap_or_else(|e| panic!("{e}"));
    let digest = block::content_digest(
        &apk,
        &sections,
        cd_offset as u64,
        ContentDigest::ChunkedSha256,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let block = signing_block(&[(V2_BLOCK_ID, lp(&lp(&v2_signer(&digest))))]);
    let mut signed = unsigned[..cd_offset].to_vec();
    signed.extend(&block);
    signed.extend(&unsigned[cd_offset..]);
    let new_cd = (cd_offset + block.len()) as u32;
    let at = signed.len() - 6;
    signed[at..at + 4].copy_from_slice(&new_cd.to_le_bytes());
    (signed, cd_offset..cd_offset + block.len())
}

fn read(bytes: &[u8]) -> Option<Signatures> {
    Apk::from_bytes(bytes.to_vec())
        .ok()
        .map(|apk| read_signatures(&apk))
}

#[test]
fn accepts_v2_apk_built_in_code() {
    let (apk, _) = signed_apk();
    let s = read(&apk).unwrap_or_else(|| panic!("opens"));
    let v2 = s.scheme(Scheme::V2).unwrap_or_else(|| panic!("v2"));
    assert_eq!(v2.status, Status::Valid);
    let cert = &v2.signers[0].certificates[0];
    assert_eq!(cert.subject, "CN=Test\\, Inc, O=Unstalk");
    assert_eq!(cert.subject_attribute("CN").as_deref(), Some("Test, Inc"));
    assert_eq!(cert.subject_attribute("O").as_deref(), Some("Unstalk"));
    assert_eq!(cert.subject_attribute("OU"), None);
    assert_eq!(cert.not_before, "2020-01-01T00:00:00Z");
    assert_eq!(cert.not_after, "2049-12-31T23:59:59Z");
    assert_eq!(cert.public_key_algorithm, "EC");
    assert_eq!(cert.public_key_bits, Some(256));
    assert_eq!(cert.parse_error, None);
    assert_eq!(cert.sha256.len(), 64);
    for other in [Scheme::V1, Scheme::V3, Scheme::V31] {
        assert_eq!(
            s.scheme(other).map(|r| &r.status),
            Some(&Status::NotPresent)
        );
    }
    assert!(s.anomalies().is_empty());
}

#[test]
fn refuses_changed_content_and_signed_data() {
    let (apk, block) = signed_apk();
    // An entry byte: the content digest no longer matches.
    let mut changed = apk.clone();
    changed[40] ^= 1;
    let s = read(&changed).unwrap_or_else(|| panic!("opens"));
    assert!(matches!(
        &s.scheme(Scheme::V2).unwrap_or_else(|| panic!("v2")).status,
        Status::Invalid(r) if r.contains("CHUNKED_SHA256 digest mismatch")
    ));
    // A byte of the digest inside the signed data: the signature no longer verifies.
    let mut changed = apk;
    let at = block.start + 8 + 8 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 4 + 2;
    changed[at] ^= 1;
    let s = read(&changed).unwrap_or_else(|| panic!("opens"));
    assert!(matches!(
        &s.scheme(Scheme::V2).unwrap_or_else(|| panic!("v2")).status,
        Status::Invalid(r) if r.contains("did not verify")
    ));
}

#[test]
fn refuses_every_truncated_block_and_signer() {
    let (apk, range) = signed_apk();
    let block = &apk[range];
    let pairs = parse_block(block).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(pairs.len(), 1);
    for n in 0..block.len() {
        assert!(
            parse_block(&block[..n]).is_err(),
            "prefix of {n} bytes accepted"
        );
    }
    let signer = v2_signer(&[0; 32]);
    assert!(parse_signer(&signer, false).is_ok());
    for n in 0..signer.len() {
        assert!(parse_signer(&signer[..n], false).is_err(), "prefix {n}");
    }
    let cert = certificate(&key());
    for n in 0..cert.len() {
        let c = Certificate::from_der(&cert[..n]);
        assert!(c.parse_error.is_some(), "certificate prefix {n} parsed");
    }
}

/// Every byte of the signing block and the end record flipped, and the file cut at every
/// length: a status or an error, never a panic, and never `Valid` for a changed signed part.
#[test]
fn survives_corruption_of_every_byte() {
    let (apk, range) = signed_apk();
    for i in range.start..apk.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut changed = apk.clone();
            changed[i] ^= flip;
            let _ = read(&changed);
        }
    }
    for n in 0..apk.len() {
        let _ = read(&apk[..n]);
    }
    for n in 0..=apk.len() {
        fuzz_signing_block(&apk[..n]);
    }
}

#[test]
fn reads_names_times_and_oids() {
    let mut der = Der::new(&[0x06, 0x03, 0x55, 0x04, 0x03]);
    let oid = der.read().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(der::oid_string(oid.content), Ok("2.5.4.3".to_owned()));
    assert!(der::oid_string(&[0x80]).is_err());
    assert!(Der::new(&[0x30, 0x80, 0, 0]).read().is_err());
    assert!(Der::new(&[0x30, 0x85, 1, 1, 1, 1, 1]).read().is_err());
    assert!(
        Der::new(&[0x30, 0x84, 0xff, 0xff, 0xff, 0xff])
            .read()
            .is_err()
    );
    assert_eq!(der::bit_len(&[0x00, 0x01, 0x00]), 9);
}
