//! v1 (JAR) signatures: the certificates of `META-INF/*.RSA|DSA|EC` (PKCS#7 SignedData).

use super::der::{
    Der, Malformed, Parsed, TAG_INTEGER, TAG_OID, TAG_SEQUENCE, TAG_SET, oid_string, unsigned,
};
use super::x509::{Certificate, name_string};
use super::{Scheme, SchemeResult, Signer, Status};
use crate::container::{Apk, Limits};

const OID_SIGNED_DATA: &str = "1.2.840.113549.1.7.2";
/// Most certificates read from one PKCS#7 bag, and longest chain built.
const MAX_CERTIFICATES: usize = 64;
/// Largest signature block file read (real ones are a few KiB).
const MAX_BLOCK_FILE: u64 = 4 * 1024 * 1024;

/// Whether `name` is a v1 signature block file as apksig sees it.
pub(crate) fn is_signature_block(name: &str) -> bool {
    name.strip_prefix("META-INF/").is_some_and(|rest| {
        !rest.contains('/')
            && (rest.ends_with(".RSA") || rest.ends_with(".DSA") || rest.ends_with(".EC"))
    })
}

pub(crate) fn read_v1(apk: &Apk) -> SchemeResult {
    let limits = Limits {
        max_entry_size: MAX_BLOCK_FILE,
        ..Limits::default()
    };
    let mut signers = Vec::new();
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for entry in apk.entries() {
        if !is_signature_block(&entry.name) || !seen.insert(entry.name.clone()) {
            continue;
        }
        // As apksig: a signer is a `.SF` file with its block; a block alone is ignored.
        let base = entry.name.rsplit_once('.').map_or("", |(base, _)| base);
        if apk.find(&format!("{base}.SF")).is_none() {
            continue;
        }
        let data = match apk.read(entry, &limits) {
            Ok(d) => d.data,
            Err(e) => {
                problems.push(format!("{}: {e}", entry.name));
                continue;
            }
        };
        match signers_of(&data) {
            Ok(found) if found.is_empty() => {
                problems.push(format!("{}: no signer certificate", entry.name));
            }
            Ok(found) => signers.extend(found),
            Err(e) => problems.push(format!("{}: {e}", entry.name)),
        }
    }
    let status = if signers.is_empty() && problems.is_empty() {
        Status::NotPresent
    } else if let Some(first) = problems.first() {
        Status::Invalid(first.clone())
    } else {
        Status::NotVerified(
            "certificates extracted; the JAR signature (.SF signature, MANIFEST.MF digests) is \
             not verified"
                .to_owned(),
        )
    };
    SchemeResult {
        scheme: Scheme::V1,
        status,
        signers,
    }
}

/// The signers of a PKCS#7 SignedData: for each SignerInfo, the certificate it names (issuer
/// and serial number) followed by its issuers found in the bag.
pub(crate) fn signers_of(pkcs7: &[u8]) -> Parsed<Vec<Signer>> {
    let mut outer = Der::new(pkcs7);
    let mut content_info = outer.sequence("PKCS#7 ContentInfo is not a SEQUENCE")?;
    let oid = oid_string(content_info.expect(TAG_OID, "PKCS#7 content type")?.content)?;
    if oid != OID_SIGNED_DATA {
        return Err(Malformed("PKCS#7 content is not SignedData"));
    }
    let explicit = content_info.expect(0xa0, "PKCS#7 SignedData missing")?;
    let mut signed_data = Der::new(explicit.content).sequence("SignedData is not a SEQUENCE")?;
    let _version = signed_data.expect(TAG_INTEGER, "SignedData version")?;
    let _digest_algorithms = signed_data.expect(TAG_SET, "SignedData digest algorithms")?;
    let _content = signed_data.expect(TAG_SEQUENCE, "SignedData content")?;
    let mut bag = Vec::new();
    if let Some(certs) = signed_data.optional(0xa0) {
        let mut certs = Der::new(certs.content);
        while !certs.is_empty() && bag.len() < MAX_CERTIFICATES {
            let cert = certs.read()?;
            if cert.tag == TAG_SEQUENCE {
                bag.push(Certificate::from_der(cert.raw));
            }
        }
    }
    let _crls = signed_data.optional(0xa1);
    let infos = signed_data.expect(TAG_SET, "SignedData signer infos")?;
    let mut infos = Der::new(infos.content);
    let mut signers = Vec::new();
    while !infos.is_empty() && signers.len() < MAX_CERTIFICATES {
        let mut info = infos.sequence("SignerInfo is not a SEQUENCE")?;
        let _version = info.expect(TAG_INTEGER, "SignerInfo version")?;
        let mut sid = info.sequence("SignerInfo issuer and serial number")?;
        let issuer = sid.expect(TAG_SEQUENCE, "SignerInfo issuer")?;
        let serial = sid.expect(TAG_INTEGER, "SignerInfo serial number")?;
        // Exact encoding first; then as Java compares (issuer by value: signing tools write
        // PrintableString where the certificate has UTF8String; serial by magnitude).
        let issuer_text = name_string(&issuer).ok();
        let serial_value = unsigned(serial.content);
        let Some(signing) = bag
            .iter()
            .find(|c| c.issuer_raw == issuer.raw && c.serial_raw == serial.raw)
            .or_else(|| {
                bag.iter().find(|c| {
                    issuer_text.as_deref() == Some(c.issuer.as_str())
                        && Der::new(&c.serial_raw)
                            .expect(TAG_INTEGER, "serial")
                            .is_ok_and(|t| unsigned(t.content) == serial_value)
                })
            })
        else {
            return Err(Malformed(
                "the signer's certificate is not in the PKCS#7 bag",
            ));
        };
        let mut chain = vec![signing.clone()];
        while chain.len() < MAX_CERTIFICATES {
            let Some(last) = chain.last() else { break };
            if last.issuer_raw == last.subject_raw {
                break;
            }
            match bag.iter().find(|c| {
                c.subject_raw == last.issuer_raw && !chain.iter().any(|k| k.sha256 == c.sha256)
            }) {
                Some(next) => chain.push(next.clone()),
                None => break,
            }
        }
        signers.push(Signer {
            certificates: chain,
            min_sdk: None,
            max_sdk: None,
            lineage: Vec::new(),
        });
    }
    Ok(signers)
}
