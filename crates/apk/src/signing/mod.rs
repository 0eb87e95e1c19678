//! APK signatures: who signed an app, and whether the signature holds.
//!
//! ```no_run
//! use unstalk_apk::container::Apk;
//! use unstalk_apk::signing::read_signatures;
//! let apk = Apk::open("app.apk")?;
//! let signatures = read_signatures(&apk);
//! for scheme in &signatures.schemes {
//!     for signer in &scheme.signers {
//!         if let Some(cert) = signer.certificates.first() {
//!             println!("{:?} {:?} {} {}", scheme.scheme, scheme.status, cert.sha1, cert.subject);
//!         }
//!     }
//! }
//! # Ok::<(), unstalk_apk::container::ContainerError>(())
//! ```
//!
//! # Schemes
//!
//! - **v1** (JAR signing): `META-INF/*.RSA|DSA|EC` hold PKCS#7 SignedData. For each SignerInfo
//!   the certificate it names (issuer + serial number, so a decoy first certificate in the bag
//!   is not taken) is the signing certificate, followed by its issuers found in the bag. The JAR
//!   signature itself (the `.SF` signature, `MANIFEST.MF` digests) is **not verified**: the
//!   status is [`Status::NotVerified`] ("certificates extracted"). As in apksig, a block file
//!   without its `.SF` is ignored, and the signer certificate is matched by issuer value and
//!   serial magnitude when the encodings differ (signing tools write PrintableString where
//!   the certificate has UTF8String).
//! - **v2** (id `0x7109871a`), **v3** (`0xf05368c0`) and **v3.1** (`0x1b93ad61`) live in the
//!   APK Signing Block between the entries and the central directory. They are **verified** as
//!   apksig (`V2SchemeVerifier`, `V3SchemeVerifier`) does: every signature whose algorithm is
//!   known is checked over the signer's signed data with the signer's public key (RSA PKCS#1
//!   v1.5 and PSS with SHA-256/512, ECDSA P-256/P-384 with SHA-256/512, DSA with SHA-256); the
//!   public key must be the first certificate's; digests and signatures must list the same
//!   algorithms; the CHUNKED_SHA256/CHUNKED_SHA512 content digests are recomputed over the file
//!   (1 MiB chunks of the data before the block, the central directory, and the end record with
//!   its central-directory offset pointing at the block) and compared; the central directory
//!   must be immediately followed by the end record; for v3/v3.1 the SDK range in the signed data
//!   must match the signer's; v2's stripping protection (v3 present) and v3's (v3.1 present) are
//!   checked; a v3 proof-of-rotation lineage is read and its links verified, and its last
//!   certificate must be the signer's.
//!
//! When the ZIP end record or central directory cannot be located, or the block is malformed
//! (sizes in header and footer differ, an entry runs past it), v2 is [`Status::Invalid`] when
//! the block magic appears in the file (else every scheme is [`Status::NotPresent`]) and a
//! [`SigningAnomaly::SigningBlockMalformed`] is recorded.
//!
//! Not verified: VERITY_CHUNKED_SHA256 digests (a signer that has only those is
//! [`Status::NotVerified`]); the v1 JAR signature; EC curves other than P-256/P-384 (rare;
//! reported as invalid with the reason); source stamps. Which signer Android would pick on a
//! given SDK level (v3 SDK ranges, v3.1 targeting) is left to the caller: all are reported.
//!
//! # Fingerprints
//!
//! [`Certificate::sha1`] and [`Certificate::sha256`] are hashes of the certificate's bytes
//! exactly as stored (the v2/v3 certificate record, or the PKCS#7 certificate element), never
//! re-encoded: this is what `apksigner verify --print-certs` prints and what Echap's indicators
//! list, including for certificates that are not valid DER (`v1-only-with-rsa-1024-cert-not-der`
//! in AOSP's vectors). Subjects and issuers are printed as apksigner (Java's `X500Principal`)
//! does: relative names last-encoded first, `, ` between them, `EMAILADDRESS`/`ST`/… keywords;
//! special characters are escaped as RFC 4514 says (Java quotes instead).
//!
//! # Agreement with apksigner
//!
//! `tests/signing.rs` runs apksigner 31.0.2 on the 87 corpus APKs: all 52 signers it prints
//! (SHA-1, SHA-256, DN, key algorithm and size) and its 40 per-scheme verdicts agree; no
//! fingerprint differs. Two known differences, both where apksigner 31.0.2 falls short: an
//! RSA-PSS vector (apksigner crashes on Debian's JRE; valid here, as AOSP's tests expect) and
//! the v3.1 vector (apksigner 31 predates v3.1 and leaves v3 unverified; valid here).
//!
//! # Crates, and why
//!
//! X.509, PKCS#7 and the signing block are decoded here (`der.rs`, `x509.rs`, `v1.rs`,
//! `block.rs`) with checked cursors: only a handful of fields are needed, fingerprints must be
//! over the original bytes, and `cms`/`x509-cert` are strict DER (they refuse the non-DER
//! certificates old tools wrote) and pull a second `der` version. Verification uses RustCrypto:
//! `rsa` 0.9, `p256`/`p384` 0.13, `dsa` 0.6, on the `sha2`/`sha1` 0.10 already in use. Measured
//! cold build of these four on 2 cores (dev profile, deps at opt-level 1): 15.8 s, against 2.2 s
//! for `sha1` + `sha2` alone, i.e. about 14 s added.
//!
//! Never panics: every read is bounded and checked; the signing block is capped at
//! [`MAX_SIGNING_BLOCK`], signers at 10 per scheme (apksig's limit), certificates and lineage
//! nodes at 64, RSA keys at 16384 bits.

mod block;
mod der;
#[cfg(test)]
mod tests;
mod v1;
mod verify;
mod x509;

use std::collections::HashMap;

use serde::Serialize;

use crate::container::Apk;
pub use block::{MAX_SIGNING_BLOCK, SIGNING_BLOCK_MAGIC};
use block::{SigningBlock, ZipSections};
use der::{Le, Malformed, Parsed};
use verify::{Algorithm, ContentDigest};
pub use x509::Certificate;

/// Block id of APK Signature Scheme v2.
pub const V2_BLOCK_ID: u32 = 0x7109_871a;
/// Block id of APK Signature Scheme v3.
pub const V3_BLOCK_ID: u32 = 0xf053_68c0;
/// Block id of APK Signature Scheme v3.1.
pub const V31_BLOCK_ID: u32 = 0x1b93_ad61;
/// Ids that are known and not signatures (padding, source stamps, dependency info, Play).
const KNOWN_OTHER_IDS: [u32; 5] = [
    0x4272_6577,
    0x2b09_189e,
    0x6dff_800d,
    0x504b_4453,
    0x2146_444e,
];
const ATTR_STRIPPING_PROTECTION: u32 = 0xbeef_f00d;
const ATTR_PROOF_OF_ROTATION: u32 = 0x3ba0_6f8c;
const ATTR_ROTATION_MIN_SDK: u32 = 0x559f_8b02;
const MAX_SIGNERS: usize = 10;
const MAX_ITEMS: usize = 64;

/// A signature scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Scheme {
    /// JAR signing (PKCS#7 in `META-INF/`).
    V1,
    /// APK Signature Scheme v2.
    V2,
    /// APK Signature Scheme v3.
    V3,
    /// APK Signature Scheme v3.1.
    V31,
}

/// What was found for one scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Status {
    /// Signatures and content digests verified.
    Valid,
    /// Present but does not verify or cannot be read; the reason names the signer.
    Invalid(String),
    /// Present, certificates read, but not verified (v1 always; the reason says what).
    NotVerified(String),
    /// Not in the APK.
    NotPresent,
}

/// One scheme's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SchemeResult {
    /// The scheme.
    pub scheme: Scheme,
    /// Valid, invalid, not verified or not present.
    pub status: Status,
    /// Every signer read, also when the scheme is invalid.
    pub signers: Vec<Signer>,
}

/// One signer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Signer {
    /// The signer's certificates: the first is the signing certificate.
    pub certificates: Vec<Certificate>,
    /// v3/v3.1: lowest SDK level this signer is for.
    pub min_sdk: Option<u32>,
    /// v3/v3.1: highest SDK level this signer is for.
    pub max_sdk: Option<u32>,
    /// v3/v3.1 key rotation: the certificates from the oldest to the current one.
    pub lineage: Vec<LineageNode>,
}

/// One certificate in a proof-of-rotation lineage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LineageNode {
    /// The certificate.
    pub certificate: Certificate,
    /// Capability flags granted to it (1 installed data, 2 shared UID, 4 permission,
    /// 8 rollback, 16 auth).
    pub flags: u32,
}

/// Something odd about an APK's signatures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum SigningAnomaly {
    /// The ZIP sections or the APK Signing Block could not be read.
    SigningBlockMalformed {
        /// Why.
        detail: String,
    },
    /// An id in the signing block that no known tool writes.
    UnknownBlockEntry {
        /// The id.
        id: u32,
    },
    /// Two schemes name different signing certificates (and no rotation explains it).
    SignersDiffer {
        /// One scheme.
        first: Scheme,
        /// The other.
        second: Scheme,
    },
}

impl SigningAnomaly {
    /// Stable code.
    pub fn code(&self) -> &'static str {
        match self {
            SigningAnomaly::SigningBlockMalformed { .. } => "signing.block-malformed",
            SigningAnomaly::UnknownBlockEntry { .. } => "signing.unknown-block-entry",
            SigningAnomaly::SignersDiffer { .. } => "signing.signers-differ",
        }
    }
}

impl std::fmt::Display for SigningAnomaly {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SigningAnomaly::SigningBlockMalformed { detail } => {
                write!(f, "APK Signing Block unreadable: {detail}")
            }
            SigningAnomaly::UnknownBlockEntry { id } => {
                write!(f, "unknown entry {id:#010x} in the APK Signing Block")
            }
            SigningAnomaly::SignersDiffer { first, second } => {
                write!(
                    f,
                    "{first:?} and {second:?} name different signing certificates"
                )
            }
        }
    }
}

/// All schemes of one APK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Signatures {
    /// v1, v2, v3 and v3.1, always in that order.
    pub schemes: Vec<SchemeResult>,
    anomalies: Vec<SigningAnomaly>,
}

impl Signatures {
    /// The result for `scheme`.
    pub fn scheme(&self, scheme: Scheme) -> Option<&SchemeResult> {
        self.schemes.iter().find(|s| s.scheme == scheme)
    }

    /// What was odd.
    pub fn anomalies(&self) -> &[SigningAnomaly] {
        &self.anomalies
    }

    /// Every distinct signing certificate (first of each signer) and lineage certificate, in
    /// scheme order: the values to match against indicator lists.
    pub fn signing_certificates(&self) -> Vec<&Certificate> {
        let mut out: Vec<&Certificate> = Vec::new();
        for scheme in &self.schemes {
            for signer in &scheme.signers {
                let certs = signer
                    .certificates
                    .first()
                    .into_iter()
                    .chain(signer.lineage.iter().map(|n| &n.certificate));
                for cert in certs {
                    if !out.iter().any(|c| c.sha256 == cert.sha256) {
                        out.push(cert);
                    }
                }
            }
        }
        out
    }
}

/// Reads and verifies every signature scheme of `apk`. Never fails: problems are statuses and
/// anomalies.
pub fn read_signatures(apk: &Apk) -> Signatures {
    let mut anomalies = Vec::new();
    let v1 = v1::read_v1(apk);
    let mut results = vec![v1];
    let located = block::zip_sections(apk).and_then(|sections| {
        let block = block::find_signing_block(apk, &sections)?;
        Ok((sections, block))
    });
    match located {
        Ok((sections, Some(block))) => {
            let mut ctx = Context {
                apk,
                sections,
                block,
                digests: HashMap::new(),
            };
            for &(id, _) in &ctx.block.pairs {
                if ![V2_BLOCK_ID, V3_BLOCK_ID, V31_BLOCK_ID].contains(&id)
                    && !KNOWN_OTHER_IDS.contains(&id)
                {
                    anomalies.push(SigningAnomaly::UnknownBlockEntry { id });
                }
            }
            for scheme in [Scheme::V2, Scheme::V3, Scheme::V31] {
                results.push(ctx.verify_scheme(scheme));
            }
        }
        Ok((_, None)) => {
            for scheme in [Scheme::V2, Scheme::V3, Scheme::V31] {
                results.push(not_present(scheme));
            }
        }
        Err(detail) => {
            anomalies.push(SigningAnomaly::SigningBlockMalformed {
                detail: detail.clone(),
            });
            // Which scheme the damaged block held is unknown: it is reported on v2, the scheme
            // every signing block carries unless the app targets Android 9+ only.
            results.push(if block::contains_magic(apk) {
                SchemeResult {
                    scheme: Scheme::V2,
                    status: Status::Invalid(format!("APK Signing Block unreadable: {detail}")),
                    signers: Vec::new(),
                }
            } else {
                not_present(Scheme::V2)
            });
            results.push(not_present(Scheme::V3));
            results.push(not_present(Scheme::V31));
        }
    }
    compare_signers(&results, &mut anomalies);
    Signatures {
        schemes: results,
        anomalies,
    }
}

fn not_present(scheme: Scheme) -> SchemeResult {
    SchemeResult {
        scheme,
        status: Status::NotPresent,
        signers: Vec::new(),
    }
}

fn signing_set(result: &SchemeResult) -> Vec<&str> {
    let mut set: Vec<&str> = result
        .signers
        .iter()
        .filter_map(|s| s.certificates.first().map(|c| c.sha256.as_str()))
        .collect();
    set.sort_unstable();
    set.dedup();
    set
}

fn compare_signers(results: &[SchemeResult], anomalies: &mut Vec<SigningAnomaly>) {
    let present: Vec<&SchemeResult> = results.iter().filter(|r| !r.signers.is_empty()).collect();
    for pair in present.windows(2) {
        let [a, b] = pair else { continue };
        if signing_set(a) == signing_set(b) {
            continue;
        }
        // Rotation: every earlier certificate appears in the later scheme's lineage.
        let rotated = signing_set(a).iter().all(|sha| {
            b.signers.iter().any(|s| {
                s.lineage
                    .iter()
                    .any(|n| n.certificate.sha256.as_str() == *sha)
            })
        });
        if !rotated {
            anomalies.push(SigningAnomaly::SignersDiffer {
                first: a.scheme,
                second: b.scheme,
            });
        }
    }
}

struct Context<'a> {
    apk: &'a Apk,
    sections: ZipSections,
    block: SigningBlock,
    digests: HashMap<ContentDigest, Result<Vec<u8>, String>>,
}

impl Context<'_> {
    fn has(&self, id: u32) -> bool {
        self.block.pairs.iter().any(|(i, _)| *i == id)
    }

    fn digest(&mut self, kind: ContentDigest) -> Result<Vec<u8>, String> {
        if let Some(found) = self.digests.get(&kind) {
            return found.clone();
        }
        let computed = if self
            .sections
            .cd_offset
            .saturating_add(self.sections.cd_size)
            != self.sections.eocd_offset
        {
            Err("ZIP central directory is not immediately followed by the end record".to_owned())
        } else {
            block::content_digest(self.apk, &self.sections, self.block.offset, kind)
        };
        self.digests.insert(kind, computed.clone());
        computed
    }

    fn verify_scheme(&mut self, scheme: Scheme) -> SchemeResult {
        let id = match scheme {
            Scheme::V2 => V2_BLOCK_ID,
            Scheme::V3 => V3_BLOCK_ID,
            _ => V31_BLOCK_ID,
        };
        let Some(value) = self
            .block
            .pairs
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, v)| v.clone())
        else {
            return not_present(scheme);
        };
        let mut signers = Vec::new();
        let mut problems: Vec<String> = Vec::new();
        let mut unverified: Vec<String> = Vec::new();
        let parsed = (|| -> Parsed<()> {
            let mut outer = Le::new(&value);
            let mut list = Le::new(outer.lp("signer list cut short")?);
            while !list.is_empty() {
                if signers.len() >= MAX_SIGNERS {
                    return Err(Malformed("more than 10 signers"));
                }
                let raw = list.lp("signer cut short")?;
                let n = signers.len().saturating_add(1);
                let (signer, outcome) = self.signer(scheme, raw);
                match outcome {
                    Outcome::Valid => {}
                    Outcome::Invalid(e) => problems.push(format!("signer #{n}: {e}")),
                    Outcome::NotVerified(e) => unverified.push(format!("signer #{n}: {e}")),
                }
                signers.push(signer);
            }
            Ok(())
        })();
        if let Err(e) = parsed {
            problems.push(e.to_string());
        }
        let status = if let Some(first) = problems.first() {
            Status::Invalid(first.clone())
        } else if signers.is_empty() {
            Status::Invalid("no signers".to_owned())
        } else if let Some(first) = unverified.first() {
            Status::NotVerified(first.clone())
        } else {
            Status::Valid
        };
        SchemeResult {
            scheme,
            status,
            signers,
        }
    }

    /// Reads one signer and verifies it; the signer is returned also when it does not verify.
    fn signer(&mut self, scheme: Scheme, raw: &[u8]) -> (Signer, Outcome) {
        let mut signer = Signer {
            certificates: Vec::new(),
            min_sdk: None,
            max_sdk: None,
            lineage: Vec::new(),
        };
        let outcome = match self.check_signer(scheme, raw, &mut signer) {
            Ok(outcome) => outcome,
            Err(e) => Outcome::Invalid(e),
        };
        (signer, outcome)
    }

    fn check_signer(
        &mut self,
        scheme: Scheme,
        raw: &[u8],
        signer: &mut Signer,
    ) -> Result<Outcome, String> {
        let v3 = scheme != Scheme::V2;
        let fields = parse_signer(raw, v3).map_err(|e| e.to_string())?;
        signer.certificates = fields
            .certificates
            .iter()
            .map(|c| Certificate::from_der(c))
            .collect();
        signer.min_sdk = fields.min_sdk;
        signer.max_sdk = fields.max_sdk;
        if let Some(lineage) = fields
            .attributes
            .iter()
            .find(|(id, _)| *id == ATTR_PROOF_OF_ROTATION)
            .filter(|_| v3)
        {
            signer.lineage = read_lineage(lineage.1)?;
        }

        // Signatures over the signed data.
        if fields.signatures.is_empty() {
            return Err("no signatures".to_owned());
        }
        let mut verified = 0usize;
        for (alg_id, signature) in &fields.signatures {
            if let Some(algorithm) = Algorithm::from_id(*alg_id) {
                verify::verify(algorithm, fields.public_key, fields.signed_data, signature)?;
                verified = verified.saturating_add(1);
            }
        }
        if verified == 0 {
            return Err("no signature with a supported algorithm".to_owned());
        }
        let first = signer
            .certificates
            .first()
            .ok_or_else(|| "no certificates".to_owned())?;
        if first.spki != fields.public_key {
            return Err("public key mismatch between certificate and signature record".to_owned());
        }
        let mut sig_algs: Vec<u32> = fields.signatures.iter().map(|(a, _)| *a).collect();
        let mut dig_algs: Vec<u32> = fields.digests.iter().map(|(a, _)| *a).collect();
        sig_algs.sort_unstable();
        dig_algs.sort_unstable();
        if sig_algs != dig_algs {
            return Err(
                "signature algorithms do not match between digests and signatures records"
                    .to_owned(),
            );
        }
        if v3
            && (fields.signed_min_sdk != fields.min_sdk || fields.signed_max_sdk != fields.max_sdk)
        {
            return Err("SDK versions in signed data and signer record differ".to_owned());
        }
        if let Some(last) = signer.lineage.last()
            && last.certificate.sha256 != first.sha256
        {
            return Err("the lineage's last certificate is not the signing certificate".to_owned());
        }
        for (id, value) in &fields.attributes {
            let stripped = match (scheme, *id) {
                (Scheme::V2, ATTR_STRIPPING_PROTECTION) => {
                    let mut r = Le::new(value);
                    (r.u32("stripping protection") == Ok(3) && !self.has(V3_BLOCK_ID))
                        .then_some("APK Signature Scheme v3 signature stripped")
                }
                (Scheme::V3, ATTR_ROTATION_MIN_SDK) => (!self.has(V31_BLOCK_ID))
                    .then_some("APK Signature Scheme v3.1 signature stripped"),
                _ => None,
            };
            if let Some(stripped) = stripped {
                return Err(stripped.to_owned());
            }
        }

        // Content digests.
        let mut checked = 0usize;
        let mut skipped = None;
        for (alg_id, expected) in &fields.digests {
            let Some(algorithm) = Algorithm::from_id(*alg_id) else {
                continue;
            };
            if algorithm.digest == ContentDigest::VeritySha256 {
                skipped = Some(algorithm.digest.name());
                continue;
            }
            let actual = self.digest(algorithm.digest)?;
            if &actual != expected {
                return Err(format!(
                    "APK integrity check failed: {} digest mismatch",
                    algorithm.digest.name()
                ));
            }
            checked = checked.saturating_add(1);
        }
        if checked == 0 {
            return Ok(Outcome::NotVerified(format!(
                "signature verified, content digest not checked ({})",
                skipped.unwrap_or("no supported digest")
            )));
        }
        Ok(Outcome::Valid)
    }
}

enum Outcome {
    Valid,
    Invalid(String),
    NotVerified(String),
}

/// A v2/v3 signer record, decoded but not checked.
pub(crate) struct SignerFields<'a> {
    signed_data: &'a [u8],
    digests: Vec<(u32, &'a [u8])>,
    certificates: Vec<&'a [u8]>,
    attributes: Vec<(u32, &'a [u8])>,
    signed_min_sdk: Option<u32>,
    signed_max_sdk: Option<u32>,
    min_sdk: Option<u32>,
    max_sdk: Option<u32>,
    signatures: Vec<(u32, &'a [u8])>,
    public_key: &'a [u8],
}

/// A sequence of length-prefixed items, at most [`MAX_ITEMS`].
fn items<'a>(bytes: &'a [u8], what: &'static str) -> Parsed<Vec<&'a [u8]>> {
    let mut r = Le::new(bytes);
    let mut out = Vec::new();
    while !r.is_empty() {
        if out.len() >= MAX_ITEMS {
            return Err(Malformed(what));
        }
        out.push(r.lp(what)?);
    }
    Ok(out)
}

/// Items that are an id followed by a length-prefixed value (digests, signatures).
fn id_values<'a>(bytes: &'a [u8], what: &'static str) -> Parsed<Vec<(u32, &'a [u8])>> {
    items(bytes, what)?
        .into_iter()
        .map(|item| {
            let mut r = Le::new(item);
            Ok((r.u32(what)?, r.lp(what)?))
        })
        .collect()
}

pub(crate) fn parse_signer(raw: &[u8], v3: bool) -> Parsed<SignerFields<'_>> {
    let mut r = Le::new(raw);
    let signed_data = r.lp("signed data cut short")?;
    let (min_sdk, max_sdk) = if v3 {
        (
            Some(r.u32("signer min SDK")?),
            Some(r.u32("signer max SDK")?),
        )
    } else {
        (None, None)
    };
    let signatures = id_values(r.lp("signatures cut short")?, "signature record malformed")?;
    let public_key = r.lp("public key cut short")?;
    let mut sd = Le::new(signed_data);
    let digests = id_values(sd.lp("digests cut short")?, "digest record malformed")?;
    let certificates = items(
        sd.lp("certificates cut short")?,
        "certificate list malformed",
    )?;
    let (signed_min_sdk, signed_max_sdk) = if v3 {
        (
            Some(sd.u32("signed min SDK")?),
            Some(sd.u32("signed max SDK")?),
        )
    } else {
        (None, None)
    };
    let attributes = items(
        sd.lp("additional attributes cut short")?,
        "attribute list malformed",
    )?
    .into_iter()
    .map(|item| {
        let mut r = Le::new(item);
        Ok((r.u32("attribute id")?, r.rest()))
    })
    .collect::<Parsed<Vec<_>>>()?;
    Ok(SignerFields {
        signed_data,
        digests,
        certificates,
        attributes,
        signed_min_sdk,
        signed_max_sdk,
        min_sdk,
        max_sdk,
        signatures,
        public_key,
    })
}

/// Reads and verifies a proof-of-rotation lineage (apksig `SigningCertificateLineage`): each
/// node after the first is signed by the previous node's key.
fn read_lineage(bytes: &[u8]) -> Result<Vec<LineageNode>, String> {
    let fail = |e: Malformed| format!("lineage: {e}");
    let mut r = Le::new(bytes);
    let version = r.u32("lineage version").map_err(fail)?;
    if version != 1 {
        return Err(format!("lineage: unknown version {version}"));
    }
    let mut nodes: Vec<LineageNode> = Vec::new();
    let mut last_alg: u32 = 0;
    while !r.is_empty() {
        if nodes.len() >= MAX_ITEMS {
            return Err("lineage: too many certificates".to_owned());
        }
        let node = r.lp("lineage node cut short").map_err(fail)?;
        let mut n = Le::new(node);
        let signed = n.lp("lineage signed data cut short").map_err(fail)?;
        let flags = n.u32("lineage flags").map_err(fail)?;
        let alg_id = n.u32("lineage algorithm").map_err(fail)?;
        let signature = n.lp("lineage signature cut short").map_err(fail)?;
        let mut s = Le::new(signed);
        let cert = s.lp("lineage certificate cut short").map_err(fail)?;
        let signed_alg = s.u32("lineage signed algorithm").map_err(fail)?;
        if let Some(previous) = nodes.last() {
            if signed_alg != last_alg {
                return Err("lineage: signing algorithm id mismatch".to_owned());
            }
            // Node i is signed by node i-1's key, with the algorithm node i-1 names.
            let algorithm = Algorithm::from_id(last_alg)
                .ok_or_else(|| format!("lineage: unknown signature algorithm {last_alg:#x}"))?;
            verify::verify(algorithm, &previous.certificate.spki, signed, signature)
                .map_err(|e| format!("lineage: {e}"))?;
        }
        last_alg = alg_id;
        nodes.push(LineageNode {
            certificate: Certificate::from_der(cert),
            flags,
        });
    }
    Ok(nodes)
}

/// Fuzzing entry point: `bytes` as a signing block (and each scheme's signers in it), as a
/// signer record, as PKCS#7, as a certificate, and as a whole APK. Must never panic.
pub fn fuzz_signing_block(bytes: &[u8]) {
    if let Ok(pairs) = block::parse_block(bytes) {
        for (id, value) in &pairs {
            let v3 = *id != V2_BLOCK_ID;
            if let Ok(list) = Le::new(value).lp("signers")
                && let Ok(signers) = items(list, "signers")
            {
                for raw in signers {
                    let _ = parse_signer(raw, v3);
                }
            }
        }
    }
    let _ = parse_signer(bytes, false);
    if let Ok(fields) = parse_signer(bytes, true) {
        for (id, value) in &fields.attributes {
            if *id == ATTR_PROOF_OF_ROTATION {
                let _ = read_lineage(value);
            }
        }
    }
    let _ = v1::signers_of(bytes);
    let _ = Certificate::from_der(bytes);
    if let Ok(apk) = Apk::from_bytes(bytes) {
        let signatures = read_signatures(&apk);
        for a in signatures.anomalies() {
            let _ = (a.code(), a.to_string());
        }
    }
}
