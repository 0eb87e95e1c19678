//! `AndroidManifest.xml` and the resources it points to: Android's binary XML (AXML), the
//! resource table (`resources.arsc`), and the manifest model a stalkerware scanner judges.
//!
//! ```no_run
//! use unstalk_apk::container::{self, Apk};
//! use unstalk_apk::manifest::{self, Limits};
//! let apk = Apk::open("app.apk")?;
//! let read = manifest::read_apk_manifest(&apk, &Limits::default(), &container::Limits::default())?;
//! let m = &read.manifest;
//! println!("{} {:?} label {:?}", m.package, m.version_code, m.application.label_resolved);
//! for p in &m.permissions { println!("uses {}", p.name); }
//! if m.launcher_activities().is_empty() { println!("no launcher icon"); }
//! for s in &read.accessibility_services {
//!     println!("{} reads the screen: {:?}", s.component,
//!              s.config.as_ref().and_then(|c| c.can_retrieve_window_content));
//! }
//! for a in m.anomalies() { println!("{}: {a}", a.code()); }
//! # Ok::<(), manifest::ManifestError>(())
//! ```
//!
//! # The format
//!
//! Binary XML is a sequence of chunks, each starting with `ResChunk_header` (`u16` type,
//! `u16` header size, `u32` total size, little-endian). The file is one `RES_XML_TYPE`
//! (0x0003) chunk holding: a **string pool** (0x0001: string count, style count, flags with
//! `UTF8_FLAG` 0x100, offsets of the strings and styles, then `u32` offsets; UTF-8 strings are
//! prefixed by their UTF-16 and UTF-8 lengths, UTF-16 ones by their length, each 1 or 2 units,
//! and end with a 0), a **resource map** (0x0180: the `u32` resource id of each attribute
//! name, by string index), then **nodes**: start/end namespace (0x0100/0x0101), start element
//! (0x0102: namespace, name, then attributes of 20 bytes — namespace, name, raw string, and a
//! typed `Res_value` of size, type, data), end element (0x0103) and CDATA (0x0104). Typed
//! values are strings, decimal or hex integers, booleans (non-zero is true), references
//! `@0x7f…` into `resources.arsc`, theme attributes and a few numeric kinds ([`Value`]).
//!
//! **Attributes are resolved by resource id, as Android does.** The framework reads
//! `android:name` through the resource map (id `0x01010003`), never by the string `name`;
//! malware renames attribute strings (or adds a decoy `android:name` without an id) to mislead
//! tools. [`Element::android_attr`] looks up by id ([`attrs`] lists the ids read, checked
//! against `aapt`), falls back to an id-less android attribute only when no attribute has the
//! id, and [`Anomaly::AttributeNameMismatch`]/[`Anomaly::AttributeWithoutResourceId`] report
//! both tricks.
//!
//! # What Android does with corrupted files, and what this module does
//!
//! Read from androidfw (`ResourceTypes.cpp`: `ResXMLTree::setTo`, `validateNode`,
//! `ResXMLParser::nextNode`, `ResStringPool::setTo`/`stringAt`, Android 10 as shipped in
//! Debian's `aapt`, which the tests run):
//!
//! | corruption | Android | here |
//! |---|---|---|
//! | file type not 0x0003 | not checked | read; [`Anomaly::WrongFileType`] |
//! | file size field past the data | refuses | reads the data; [`Anomaly::FileSizeMismatch`] (rejects) |
//! | chunk before the first node fails `validate_chunk` (header < 8, size < header, not 4-aligned, past the end: e.g. a string pool size of `0xFFFFFFF0`) | refuses (BAD_TYPE) | a pool is read to the end of the file, then decoding resynchronises on the next plausible resource map or node header; [`Anomaly::ChunkInvalid`] (rejects) |
//! | unknown chunk or node types | skipped | skipped; [`Anomaly::UnknownChunk`] |
//! | several string pools | the last one before the first node is used | same; [`Anomaly::DuplicateStringPool`] |
//! | `stringCount` past the chunk (e.g. `0x0FFFFFFF`) | refuses | reads the entries that fit before the string data; [`Anomaly::StringPoolInvalid`] (rejects) |
//! | pool not ending with a 0 character, styles out of place | refuses | reads on; [`Anomaly::StringPoolInvalid`] |
//! | one string's offset past the pool (e.g. `0x7FFFFFF0`), no terminator, UTF-16 length mismatch, invalid UTF-8 | that string is null; the file loads | that string is `None` (an element name becomes empty, an attribute value [`Value::Other`]); [`Anomaly::StringInvalid`], aggregated |
//! | `UTF8_FLAG` flipped | strings decode as garbage or null: the manifest is unreadable | when most strings fail with the flagged encoding and fewer fail with the other, the other is used; [`Anomaly::StringEncodingMismatch`] (rejects) |
//! | node fails `validateNode` (attributes past the node, size past the file) | stops (BAD_DOCUMENT): refused | stops, keeps the elements read; [`Anomaly::DocumentTruncated`] (rejects) |
//! | end tags that do not match, or missing | not checked (a pull parser) | closed by position; [`Anomaly::UnbalancedElements`] |
//! | elements after the root | `PackageParser` stops at the root's end | ignored; [`Anomaly::ExtraRootElements`] |
//! | plain-text XML | refuses the APK | [`ManifestError::PlainTextXml`] |
//!
//! [`Anomaly::android_rejects`] says which anomalies make Android refuse the file: those are
//! reported but do not stop decoding, because a corrupted sample is still evidence. Fatal
//! errors ([`ManifestError`]) are only: shorter than a chunk header, plain text, over
//! [`Limits::max_size`], or no element at all.
//!
//! # The manifest model
//!
//! [`Manifest`] reads what `PackageParser` reads from direct children of `<manifest>`:
//! `package`, `versionCode`/`versionName`, `<uses-sdk>` (min/target/max), `<uses-permission>`
//! and `<uses-permission-sdk-23>` (with `maxSdkVersion`), `<permission>`, and the first
//! `<application>` (label raw and resolved, icon, name, debuggable, allowBackup,
//! usesCleartextTraffic, testOnly, persistent, process, permission, theme,
//! networkSecurityConfig, enabled, meta-data) with its activities, activity-aliases, services,
//! receivers and providers: name resolved against the package (`.Foo`), exported, enabled,
//! permission, process, label, targetActivity, authorities, intent filters (actions,
//! categories, data schemes/hosts/MIME types, priority) and meta-data (value or resource id).
//! [`Manifest::launcher_activities`] lists enabled MAIN+LAUNCHER activities and aliases;
//! [`Manifest::disabled_launcher_entries`] the disabled ones (an icon hidden at install).
//!
//! # Resource resolution: scope
//!
//! [`parse_arsc`] reads the table's global string pool and, per package, the type and key
//! names and the `RES_TABLE_TYPE_TYPE` chunks (dense, sparse and 16-bit-offset entry tables,
//! compact entries). [`ResourceTable::resolve`] returns the value of an id in the **default
//! configuration** (all config fields zero), or when absent there the first configuration
//! that has it; references are followed up to 8 hops. Strings and file paths (`res/xml/…`)
//! are decoded; bags (styles, arrays, plurals) are not. No locale, density or SDK selection:
//! a label defined only in `values-fr` is still found, but which of several labels a given
//! phone shows is not modelled. Resolution is used where a judgement needs it:
//! the application label, and, via [`read_xml_resource`], the accessibility-service
//! configuration (`canRetrieveWindowContent`, event types, flags, package names) and the
//! device-admin policies (`<uses-policies>` children).
//!
//! # Limits
//!
//! [`Limits`]: `max_size` (16 MiB of binary XML; real manifests are under 1 MiB),
//! `max_table_size` (256 MiB for `resources.arsc`), `max_strings` (1,048,576 per pool),
//! `max_elements` (1,000,000), `max_depth` (512 nested elements; deeper subtrees are skipped),
//! `max_text` (1 MiB of character data). Decoded strings share one budget of four times the
//! file size plus 64 KiB, so a pool pointing a million offsets at one long string cannot
//! exhaust memory. Reads go through a checked cursor: no indexing, unwrap or unchecked
//! arithmetic on input.
//!
//! # Why our own decoder
//!
//! `apk-info` 1.1.0 (`apk-info-axml`, 9,200 lines) is robust to many corruptions, but measured
//! here: a cold build of `apk-info` pulls 51 crates in 31 s on one core (its default features
//! bring `apk-info-zip`, the pre-release `cms` 0.3.0-rc.0, `x509-cert` 0.3, `der` 0.8,
//! `sha2`/`digest` 0.11 beside our 0.10, a second `syn`, `winnow`, `serde_json`); its API
//! returns attribute values as `String`s looked up **by attribute name** (`el.attr("name")`),
//! which the renamed-attribute trick defeats, keeps no typed values or resource ids for callers,
//! and has `unwrap()` on its element stack. What we need is ~1,500 lines with the same
//! never-panic, capped, anomaly-reporting discipline as [`crate::container`] and
//! [`crate::dex`], so it is written here.

mod arsc;
pub mod attrs;
mod axml;
mod cursor;
mod error;
mod model;
mod strings;
mod xmlres;

#[cfg(test)]
mod tests;

pub use arsc::{ResourceTable, ResourceValue, fuzz_parse_arsc, parse_arsc, parse_arsc_with};
pub use axml::{Attribute, Element, Value, XmlDocument, parse_axml, parse_axml_with};
pub use error::{Anomaly, ManifestError, Part};
pub use model::{
    ACTION_MAIN, Application, CATEGORY_LAUNCHER, Component, ComponentKind, IntentFilter, Manifest,
    MetaData, Permission, resolve_class_name,
};
pub use xmlres::{
    ACCESSIBILITY_META_DATA, ACCESSIBILITY_SERVICE_ACTION, AccessibilityConfig,
    AccessibilityService, ApkManifest, BIND_ACCESSIBILITY_SERVICE, BIND_DEVICE_ADMIN,
    DEVICE_ADMIN_ENABLED, DEVICE_ADMIN_META_DATA, DeviceAdmin, DeviceAdminPolicies, RESOURCE_TABLE,
    accessibility_config, device_admin_policies, read_apk_manifest, read_apk_manifest_copy,
    read_xml_resource,
};

/// Caps on what is decoded; see the [module doc](self#limits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Largest binary XML file decoded.
    pub max_size: usize,
    /// Largest resource table decoded.
    pub max_table_size: usize,
    /// Strings read per pool.
    pub max_strings: u32,
    /// Elements kept (and resource-table chunks read).
    pub max_elements: u64,
    /// Nesting depth kept.
    pub max_depth: usize,
    /// Character data kept, in bytes.
    pub max_text: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_size: 16 << 20,
            max_table_size: 256 << 20,
            max_strings: 1 << 20,
            max_elements: 1_000_000,
            max_depth: 512,
            max_text: 1 << 20,
        }
    }
}

/// Limits small enough that fuzzed inputs reach every cap: the fuzz entry points decode each
/// input with these and with the defaults.
const FUZZ_TINY_LIMITS: Limits = Limits {
    max_size: 1 << 20,
    max_table_size: 1 << 20,
    max_strings: 64,
    max_elements: 64,
    max_depth: 8,
    max_text: 256,
};

/// Fuzzing entry point: decodes `bytes` as binary XML (default and tiny limits), builds the
/// manifest and every derived view, and decodes them as a resource table and resolves a few
/// ids. Must never panic, hang or allocate much.
pub fn fuzz_parse(bytes: &[u8]) {
    let mut total = 0usize;
    for limits in [Limits::default(), FUZZ_TINY_LIMITS] {
        match parse_axml_with(bytes, &limits) {
            Ok(doc) => {
                total = total.wrapping_add(doc.root.descendants().len());
                let _ = accessibility_config(&doc);
                let _ = device_admin_policies(&doc);
                let m = Manifest::from_document(&doc);
                total = total.wrapping_add(m.launcher_activities().len());
                total = total.wrapping_add(m.disabled_launcher_entries().len());
                total = total.wrapping_add(m.components().count());
                for a in m.anomalies() {
                    total = total.wrapping_add(a.to_string().len() + a.code().len());
                    let _ = a.android_rejects();
                }
                total = total.wrapping_add(serde_json_len(&m));
            }
            Err(e) => total = total.wrapping_add(e.to_string().len() + e.hint().len()),
        }
        if let Ok(table) = parse_arsc_with(bytes, &limits) {
            for id in [
                0x7f01_0000u32,
                0x7f02_0000,
                0x7f03_0000,
                0x7f04_0000,
                0x7f04_0001,
            ] {
                let _ = table.resolve(id);
                let _ = table.name(id);
            }
            total = total.wrapping_add(table.anomalies().len());
        }
    }
    std::hint::black_box(total);
}

fn serde_json_len(m: &Manifest) -> usize {
    // Serialisation must not panic either (no serde_json dependency here: Debug instead).
    format!("{m:?}").len()
}
