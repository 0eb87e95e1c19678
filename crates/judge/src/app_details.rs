//! What an app file is, independent of any judgement: the identity block of a report entry
//! for an APK (package, version, file hashes, signers, permissions, components, code files,
//! and what was odd about the file).
//!
//! It is part of the [`ScanReport`](crate::ScanReport) wire format (additive field
//! `subjects[].app`), so analysts and the hub can read an APK's identity from a report without
//! re-reading the file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::finding::SHA256_PATTERN;

/// The identity of one app file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AppDetails {
    pub file: FileDetails,
    /// The Android application id, when the manifest was readable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_code: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version_name: Option<String>,
    /// The label people see (resolved through `resources.arsc`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_sdk: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_sdk: Option<i64>,
    /// One entry per signature scheme present (`v1`, `v2`, `v3`, `v3.1`); empty when unsigned.
    #[serde(default)]
    pub signatures: Vec<SignatureDetails>,
    /// Each distinct certificate, with the schemes that name it.
    #[serde(default)]
    pub certificates: Vec<CertificateDetails>,
    /// Requested permissions (`uses-permission` and `uses-permission-sdk-23`), in manifest order.
    #[serde(default)]
    pub permissions: Vec<String>,
    #[serde(default)]
    pub components: Vec<ComponentDetails>,
    /// The code files (`classes*.dex`) read.
    #[serde(default)]
    pub dex: Vec<DexDetails>,
    /// What was odd about the file: ZIP tricks, manifest or resource damage, signing-block
    /// oddities. Codes are stable.
    #[serde(default)]
    pub anomalies: Vec<AnomalyDetails>,
}

/// The file an app was read from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct FileDetails {
    pub path: String,
    pub size: u64,
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    pub sha1: String,
    pub md5: String,
}

/// One signature scheme found in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SignatureDetails {
    /// `v1`, `v2`, `v3` or `v3.1`.
    pub scheme: String,
    pub status: SignatureStatus,
    /// Why it is invalid or not verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Whether a scheme's signatures hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignatureStatus {
    /// Signatures and content digests verified.
    Valid,
    /// Present but does not verify or cannot be read.
    Invalid,
    /// Certificates read, signatures not verified (v1: unstalk reads JAR signatures without
    /// verifying them).
    NotVerified,
}

/// One certificate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CertificateDetails {
    /// SHA-1 of the DER certificate, lower-case hex (what Echap's `certificates` list).
    pub sha1: String,
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    pub subject: String,
    pub issuer: String,
    pub not_before: String,
    pub not_after: String,
    /// The schemes naming it (`v1`, `v2`, …); `lineage` for an earlier certificate of a key
    /// rotation.
    pub schemes: Vec<String>,
}

/// One manifest component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ComponentDetails {
    /// `activity`, `activity-alias`, `service`, `receiver` or `provider`.
    pub kind: String,
    /// Fully qualified class name.
    pub name: String,
    pub enabled: bool,
    pub exported: bool,
    /// The permission a caller needs (`android.permission.BIND_ACCESSIBILITY_SERVICE`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permission: Option<String>,
    /// Intent-filter actions it handles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<String>,
}

/// One DEX file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DexDetails {
    /// Entry name in the APK (`classes2.dex`), or the path of a DEX file scanned on its own.
    pub entry: String,
    pub size: u64,
    #[schemars(pattern(SHA256_PATTERN))]
    pub sha256: String,
    pub strings: u64,
    pub classes: u64,
}

/// Something odd about the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct AnomalyDetails {
    /// Stable code (`zip.duplicate-entry`, `signing.signers-differ`, …).
    pub code: String,
    /// One line of English.
    pub description: String,
    /// Whether Android's installer would refuse the file because of it.
    pub android_rejects: bool,
}
