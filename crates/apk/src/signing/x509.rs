//! X.509 certificates: fingerprints over the bytes as found, and the few fields a report shows.

use serde::Serialize;
use sha1::Sha1;
use sha2::{Digest, Sha256};

use super::der::{
    Der, Malformed, Parsed, TAG_BIT_STRING, TAG_INTEGER, TAG_OID, TAG_SEQUENCE, TAG_SET, Tlv,
    bit_len, oid_string, time_string, unsigned,
};

pub(crate) const OID_RSA: &str = "1.2.840.113549.1.1.1";
pub(crate) const OID_EC: &str = "1.2.840.10045.2.1";
pub(crate) const OID_DSA: &str = "1.2.840.10040.4.1";
pub(crate) const OID_P256: &str = "1.2.840.10045.3.1.7";
pub(crate) const OID_P384: &str = "1.3.132.0.34";
pub(crate) const OID_P521: &str = "1.3.132.0.35";

/// A signer's certificate.
///
/// `sha1` and `sha256` are computed over the certificate's bytes exactly as stored in the APK
/// (never re-encoded), which is what `apksigner verify --print-certs` prints and what
/// stalkerware indicator lists (Echap's `certificates`) hold. The other fields are `None` or
/// empty when the certificate cannot be decoded; `parse_error` then says why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Certificate {
    /// SHA-1 of the encoded certificate, lower-case hex.
    pub sha1: String,
    /// SHA-256 of the encoded certificate, lower-case hex.
    pub sha256: String,
    /// Subject, RFC 4514 order and syntax (`CN=Android Debug, O=Android, C=US`).
    pub subject: String,
    /// Issuer, same syntax.
    pub issuer: String,
    /// Serial number, lower-case hex of the encoded INTEGER.
    pub serial: String,
    /// Start of validity, `YYYY-MM-DDTHH:MM:SSZ`.
    pub not_before: String,
    /// End of validity, same form.
    pub not_after: String,
    /// `RSA`, `EC`, `DSA`, or the algorithm's OID.
    pub public_key_algorithm: String,
    /// Key size in bits (RSA modulus, DSA prime, EC field), when known.
    pub public_key_bits: Option<u32>,
    /// Why the certificate could not be fully decoded (fingerprints are still right).
    pub parse_error: Option<String>,
    /// The SubjectPublicKeyInfo, DER, as encoded in the certificate.
    #[serde(skip)]
    pub(crate) spki: Vec<u8>,
    /// The issuer and serial number as encoded, to match a PKCS#7 SignerInfo.
    #[serde(skip)]
    pub(crate) issuer_raw: Vec<u8>,
    #[serde(skip)]
    pub(crate) serial_raw: Vec<u8>,
    #[serde(skip)]
    pub(crate) subject_raw: Vec<u8>,
}

impl Certificate {
    /// Reads a certificate from its encoding; never fails (fingerprints always exist).
    pub fn from_der(bytes: &[u8]) -> Certificate {
        let mut cert = Certificate {
            sha1: hex::encode(Sha1::digest(bytes)),
            sha256: hex::encode(Sha256::digest(bytes)),
            subject: String::new(),
            issuer: String::new(),
            serial: String::new(),
            not_before: String::new(),
            not_after: String::new(),
            public_key_algorithm: String::new(),
            public_key_bits: None,
            parse_error: None,
            spki: Vec::new(),
            issuer_raw: Vec::new(),
            serial_raw: Vec::new(),
            subject_raw: Vec::new(),
        };
        if let Err(e) = cert.fill(bytes) {
            cert.parse_error = Some(e.to_string());
        }
        cert
    }

    /// The first value of subject attribute `key` (`CN`, `O`, …, as in [`Certificate::subject`]),
    /// read from the encoded name rather than split out of the display string, so a value
    /// holding `, O=` cannot fake another attribute.
    pub fn subject_attribute(&self, key: &str) -> Option<String> {
        let mut outer = Der::new(&self.subject_raw);
        let name = outer.expect(TAG_SEQUENCE, "certificate subject").ok()?;
        let mut rdns = Der::new(name.content);
        while !rdns.is_empty() {
            let set = rdns.expect(TAG_SET, "name component is not a SET").ok()?;
            let mut atvs = Der::new(set.content);
            while !atvs.is_empty() {
                let mut atv = atvs.sequence("name attribute is not a SEQUENCE").ok()?;
                let oid =
                    oid_string(atv.expect(TAG_OID, "name attribute type").ok()?.content).ok()?;
                let value = atv.read().ok()?;
                if attribute_name(&oid) == Some(key) {
                    return attribute_text(&value);
                }
            }
        }
        None
    }

    fn fill(&mut self, bytes: &[u8]) -> Parsed<()> {
        let mut outer = Der::new(bytes);
        let mut cert = outer.sequence("certificate is not a SEQUENCE")?;
        let mut tbs = cert.sequence("tbsCertificate is not a SEQUENCE")?;
        // [0] EXPLICIT version, optional.
        let _version = tbs.optional(0xa0);
        let serial = tbs.expect(TAG_INTEGER, "certificate serial number")?;
        self.serial = hex::encode(serial.content);
        self.serial_raw = serial.raw.to_vec();
        let _signature = tbs.expect(TAG_SEQUENCE, "certificate signature algorithm")?;
        let issuer = tbs.expect(TAG_SEQUENCE, "certificate issuer")?;
        self.issuer_raw = issuer.raw.to_vec();
        self.issuer = name_string(&issuer)?;
        let mut validity = tbs.sequence("certificate validity")?;
        self.not_before = time_string(&validity.read()?)?;
        self.not_after = time_string(&validity.read()?)?;
        let subject = tbs.expect(TAG_SEQUENCE, "certificate subject")?;
        self.subject_raw = subject.raw.to_vec();
        self.subject = name_string(&subject)?;
        let spki = tbs.expect(TAG_SEQUENCE, "certificate public key")?;
        self.spki = spki.raw.to_vec();
        let key = PublicKey::parse(spki.raw)?;
        self.public_key_algorithm = key.algorithm_name();
        self.public_key_bits = key.bits();
        Ok(())
    }
}

/// A decoded SubjectPublicKeyInfo.
pub(crate) struct PublicKey<'a> {
    pub(crate) algorithm: String,
    /// The algorithm parameters element (EC curve OID, DSA domain parameters), if any.
    pub(crate) params: Option<Tlv<'a>>,
    /// The BIT STRING's key bytes (after the unused-bits byte).
    pub(crate) key: &'a [u8],
}

impl<'a> PublicKey<'a> {
    pub(crate) fn parse(spki: &'a [u8]) -> Parsed<PublicKey<'a>> {
        let mut outer = Der::new(spki);
        let mut seq = outer.sequence("public key is not a SEQUENCE")?;
        let mut alg = seq.sequence("public key algorithm")?;
        let oid = alg.expect(TAG_OID, "public key algorithm OID")?;
        let algorithm = oid_string(oid.content)?;
        let params = if alg.is_empty() {
            None
        } else {
            Some(alg.read()?)
        };
        let bits = seq.expect(TAG_BIT_STRING, "public key bits")?;
        let key = match bits.content.split_first() {
            Some((0, key)) => key,
            _ => return Err(Malformed("public key BIT STRING has unused bits")),
        };
        Ok(PublicKey {
            algorithm,
            params,
            key,
        })
    }

    pub(crate) fn curve(&self) -> Option<String> {
        self.params
            .filter(|p| p.tag == TAG_OID)
            .and_then(|p| oid_string(p.content).ok())
    }

    fn algorithm_name(&self) -> String {
        match self.algorithm.as_str() {
            OID_RSA => "RSA".to_owned(),
            OID_EC => "EC".to_owned(),
            OID_DSA => "DSA".to_owned(),
            other => other.to_owned(),
        }
    }

    fn bits(&self) -> Option<u32> {
        match self.algorithm.as_str() {
            OID_RSA => {
                let mut key = Der::new(self.key);
                let mut seq = key.sequence("RSA key").ok()?;
                let n = seq.expect(TAG_INTEGER, "RSA modulus").ok()?;
                Some(bit_len(n.content))
            }
            OID_EC => match self.curve()?.as_str() {
                OID_P256 => Some(256),
                OID_P384 => Some(384),
                OID_P521 => Some(521),
                _ => None,
            },
            OID_DSA => {
                let params = self.params.filter(|p| p.tag == TAG_SEQUENCE)?;
                let p = Der::new(params.content)
                    .expect(TAG_INTEGER, "DSA prime")
                    .ok()?;
                Some(bit_len(unsigned(p.content)))
            }
            _ => None,
        }
    }
}

/// Short names for attribute types, as Java's `X500Principal.toString()` (what apksigner
/// prints) spells them.
fn attribute_name(oid: &str) -> Option<&'static str> {
    Some(match oid {
        "2.5.4.3" => "CN",
        "2.5.4.4" => "SURNAME",
        "2.5.4.5" => "SERIALNUMBER",
        "2.5.4.6" => "C",
        "2.5.4.7" => "L",
        "2.5.4.8" => "ST",
        "2.5.4.9" => "STREET",
        "2.5.4.10" => "O",
        "2.5.4.11" => "OU",
        "2.5.4.12" => "T",
        "2.5.4.42" => "GIVENNAME",
        "2.5.4.43" => "INITIALS",
        "2.5.4.44" => "GENERATION",
        "2.5.4.46" => "DNQ",
        "1.2.840.113549.1.9.1" => "EMAILADDRESS",
        "0.9.2342.19200300.100.1.1" => "UID",
        "0.9.2342.19200300.100.1.25" => "DC",
        _ => return None,
    })
}

/// A Name as an RFC 4514 string: relative names last-encoded first, `, ` between them, `+`
/// inside a multi-valued one; strings escaped, other values as `#` and hex.
pub(crate) fn name_string(name: &Tlv<'_>) -> Parsed<String> {
    let mut rdns = Vec::new();
    let mut seq = Der::new(name.content);
    while !seq.is_empty() {
        let set = seq.expect(TAG_SET, "name component is not a SET")?;
        let mut atvs = Der::new(set.content);
        let mut parts = Vec::new();
        while !atvs.is_empty() {
            let mut atv = atvs.sequence("name attribute is not a SEQUENCE")?;
            let oid = oid_string(atv.expect(TAG_OID, "name attribute type")?.content)?;
            let value = atv.read()?;
            let key = attribute_name(&oid).map_or(oid, str::to_owned);
            parts.push(format!("{key}={}", attribute_value(&value)));
        }
        rdns.push(parts.join("+"));
    }
    rdns.reverse();
    Ok(rdns.join(", "))
}

fn attribute_value(value: &Tlv<'_>) -> String {
    match attribute_text(value) {
        Some(text) => escape(&text),
        None => format!("#{}", hex::encode(value.raw)),
    }
}

/// The text of a string-typed attribute value, unescaped; `None` for other types.
fn attribute_text(value: &Tlv<'_>) -> Option<String> {
    match value.tag {
        // UTF8String, PrintableString, T61String, IA5String, VisibleString, NumericString.
        0x0c | 0x13 | 0x14 | 0x16 | 0x1a | 0x12 => {
            Some(String::from_utf8_lossy(value.content).into_owned())
        }
        // BMPString: UTF-16BE.
        0x1e => {
            let units: Vec<u16> = value
                .content
                .chunks(2)
                .map(|c| match c {
                    [a, b] => u16::from_be_bytes([*a, *b]),
                    _ => 0xfffd,
                })
                .collect();
            Some(String::from_utf16_lossy(&units))
        }
        // UniversalString: UTF-32BE.
        0x1c => Some(
            value
                .content
                .chunks(4)
                .map(|c| {
                    let v = match c {
                        [a, b, c, d] => u32::from_be_bytes([*a, *b, *c, *d]),
                        _ => 0xfffd,
                    };
                    char::from_u32(v).unwrap_or('\u{fffd}')
                })
                .collect(),
        ),
        _ => None,
    }
}

/// RFC 4514 section 2.4 escaping.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let last = text.chars().count().saturating_sub(1);
    for (i, c) in text.chars().enumerate() {
        match c {
            ',' | '+' | '"' | '\\' | '<' | '>' | ';' | '=' => {
                out.push('\\');
                out.push(c);
            }
            '#' if i == 0 => out.push_str("\\#"),
            ' ' if i == 0 || i == last => out.push_str("\\ "),
            '\0' => out.push_str("\\00"),
            c => out.push(c),
        }
    }
    out
}
