//! Reading Android packages and their code, for the APK scanner (work in progress, issue 3).
//!
//! - [`container`]: the APK's ZIP container, read the way Android's installer reads it, with
//!   the evasions seen in the wild reported as anomalies, bounded decompression, and hashes.
//! - [`dex`]: DEX files: header, string table, type and class names, and the URLs, domains and
//!   addresses among the strings.
//! - [`manifest`]: the binary AndroidManifest.xml (AXML) and resources.arsc, decoded the way
//!   Android resolves them (attributes by resource id), with the accessibility-service and
//!   device-admin XML a judgement needs.
//! - [`signing`]: v1 signer certificates, and the v2/v3/v3.1 APK Signing Block, verified.
//! - [`hashes`]: SHA-256, SHA-1 and MD5 in one pass.
//!
//! Every parser here takes hostile bytes: it never panics, caps what it allocates, and turns a
//! malformed input into a named error or a partial result with anomalies.

pub mod container;
pub mod dex;
pub mod hashes;
pub mod manifest;
pub mod signing;

pub use hashes::Hashes;
