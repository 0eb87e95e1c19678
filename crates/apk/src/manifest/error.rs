//! Why a binary XML or resource table could not be read, and what was odd about one that could.

use serde::Serialize;
use thiserror::Error;

use crate::container::ContainerError;

/// Which binary format an [`Anomaly`] was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// A binary XML file (`AndroidManifest.xml`, `res/xml/*.xml`).
    Axml,
    /// The resource table (`resources.arsc`).
    Arsc,
}

impl Part {
    fn pick(self, axml: &'static str, arsc: &'static str) -> &'static str {
        match self {
            Part::Axml => axml,
            Part::Arsc => arsc,
        }
    }
}

/// A binary XML file or resource table that cannot be decoded at all.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ManifestError {
    /// Shorter than one chunk header.
    #[error("not a binary XML/resource file: only {len} bytes, a chunk header needs 8")]
    TooShort {
        /// The length.
        len: usize,
    },
    /// Plain-text XML where Android expects compiled binary XML.
    #[error(
        "this is plain-text XML, not Android's compiled binary XML: Android refuses to install an \
         APK whose AndroidManifest.xml is text (read it as text instead)"
    )]
    PlainTextXml,
    /// Larger than the cap.
    #[error(
        "{len} bytes, more than the {limit} bytes unstalk reads from one manifest, so it was not read"
    )]
    TooLarge {
        /// The length.
        len: usize,
        /// The cap.
        limit: usize,
    },
    /// No element could be decoded (Android cannot read it either).
    #[error("binary XML has no readable root element ({reason}); Android cannot read it either")]
    NoRootElement {
        /// The first problem found.
        reason: String,
    },
    /// Not a resource table (the first chunk is not `RES_TABLE_TYPE`).
    #[error("not a resource table: first chunk type {found:#06x}, expected 0x0002")]
    NotResourceTable {
        /// The chunk type found.
        found: u16,
    },
    /// The APK could not be read.
    #[error(transparent)]
    Container(#[from] ContainerError),
    /// A resource id that is not in the resource table (default or any configuration).
    #[error("resource {id:#010x} is not in resources.arsc")]
    ResourceNotFound {
        /// The id.
        id: u32,
    },
    /// A resource that is not a file path (`res/xml/…`).
    #[error("resource {id:#010x} is not a file in the APK but {value}")]
    NotAFileResource {
        /// The id.
        id: u32,
        /// What it is.
        value: String,
    },
}

impl ManifestError {
    /// What to do about it.
    pub fn hint(&self) -> &'static str {
        match self {
            ManifestError::TooShort { .. } | ManifestError::NoRootElement { .. } => {
                "the file is damaged or deliberately corrupted; report it as an anomaly"
            }
            ManifestError::PlainTextXml => "read the file as text XML",
            ManifestError::TooLarge { .. } => "raise the limit if the file is genuine",
            ManifestError::NotResourceTable { .. } => "pass resources.arsc, not another entry",
            ManifestError::Container(_) => "see the container error",
            ManifestError::ResourceNotFound { .. } | ManifestError::NotAFileResource { .. } => {
                "the manifest points at a resource the APK lacks: Android fails the same lookup"
            }
        }
    }
}

/// A problem in a binary XML file, resource table or manifest that did not stop decoding.
///
/// Per-string and per-attribute problems are aggregated (a count and the first index), so the
/// list stays short on any input. [`code`](Anomaly::code) is a stable slug;
/// [`android_rejects`](Anomaly::android_rejects) says whether Android fails to read the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Error)]
#[serde(tag = "anomaly", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Anomaly {
    /// The file's first chunk type is not `RES_XML_TYPE` (0x0003); Android never checks it.
    #[error("first chunk type is {found:#06x}, not RES_XML_TYPE (Android does not check)")]
    WrongFileType {
        /// The type found.
        found: u16,
    },
    /// The size in the file header disagrees with the data.
    #[error("header says {declared} bytes, the data has {actual}")]
    FileSizeMismatch {
        /// Declared.
        declared: u64,
        /// Actual.
        actual: u64,
    },
    /// A chunk whose header fails androidfw's checks; decoding resynchronised past it.
    #[error("{part:?} chunk type {kind:#06x} at {offset:#x}: {reason}")]
    ChunkInvalid {
        /// Where.
        part: Part,
        /// The chunk type.
        kind: u16,
        /// Its offset.
        offset: u64,
        /// Which check failed.
        reason: &'static str,
    },
    /// Chunks of a type that is not read here (skipped, as Android skips them).
    #[error(
        "{count} {part:?} chunks of unknown type skipped (first: {first_kind:#06x} at {first_offset:#x})"
    )]
    UnknownChunk {
        /// Where.
        part: Part,
        /// How many.
        count: u32,
        /// First type.
        first_kind: u16,
        /// First offset.
        first_offset: u64,
    },
    /// More than one string pool before the first element; the last one is used, as Android does.
    #[error("{count} string pools before the first element; the last is used")]
    DuplicateStringPool {
        /// How many.
        count: u32,
    },
    /// No string pool: Android refuses the file.
    #[error("no string pool")]
    NoStringPool {
        /// Where.
        part: Part,
    },
    /// The string pool header fails androidfw's checks (Android refuses the file); strings were
    /// read as far as possible.
    #[error("{part:?} string pool: {reason}")]
    StringPoolInvalid {
        /// Where.
        part: Part,
        /// Which check failed.
        reason: &'static str,
    },
    /// The UTF-8 flag does not match the string data; the strings were read with the other
    /// encoding (Android reads garbage or nothing).
    #[error("{part:?} string pool flagged {flagged} but holds {actual} strings; read as {actual}")]
    StringEncodingMismatch {
        /// Where.
        part: Part,
        /// `UTF-8` or `UTF-16`.
        flagged: &'static str,
        /// The encoding that decodes.
        actual: &'static str,
    },
    /// Strings that Android cannot read (it returns null for them): offset past the pool, no
    /// terminator, length mismatch, invalid UTF-8.
    #[error("{count} {part:?} strings unreadable (first: string {first_index}: {reason})")]
    StringInvalid {
        /// Where.
        part: Part,
        /// How many.
        count: u32,
        /// First string index.
        first_index: u32,
        /// Why the first one failed.
        reason: &'static str,
    },
    /// The decoded strings reached the memory budget; later strings were not decoded.
    #[error("{part:?} strings over the {budget}-byte decoding budget; {unread} not decoded")]
    StringBudgetExhausted {
        /// Where.
        part: Part,
        /// The budget.
        budget: u64,
        /// Strings left undecoded.
        unread: u32,
    },
    /// String references past the pool (Android reads them as null).
    #[error("{count} string references past the pool (first: index {first_index})")]
    StringIndexOutOfRange {
        /// How many.
        count: u32,
        /// First index.
        first_index: u32,
    },
    /// Attribute names that differ from the framework name of their resource id: Android
    /// resolves attributes by id, so the renamed string only misleads tools.
    #[error(
        "{count} attributes named unlike their resource id (first: {found:?} has id {resource_id:#010x}, which is android:{expected})"
    )]
    AttributeNameMismatch {
        /// How many.
        count: u32,
        /// First id.
        resource_id: u32,
        /// The framework name.
        expected: String,
        /// The name in the string pool.
        found: String,
    },
    /// Android-namespace attributes without a resource id: Android ignores them (they were
    /// used here only when no attribute with the right id existed).
    #[error(
        "{count} android: attributes without a resource id, ignored by Android (first: {first_name:?})"
    )]
    AttributeWithoutResourceId {
        /// How many.
        count: u32,
        /// First name.
        first_name: String,
    },
    /// Element start/end events that do not nest.
    #[error("{count} unbalanced element events ({detail})")]
    UnbalancedElements {
        /// How many.
        count: u32,
        /// The first.
        detail: String,
    },
    /// Elements after the root element closed (Android stops at the root's end).
    #[error("{count} elements after the root element, ignored")]
    ExtraRootElements {
        /// How many.
        count: u32,
    },
    /// A node that fails androidfw's checks: Android stops reading (BAD_DOCUMENT) and refuses
    /// the file; the elements before it were kept.
    #[error("node at {offset:#x} is invalid ({reason}); decoding stopped there")]
    DocumentTruncated {
        /// Where.
        offset: u64,
        /// Why.
        reason: &'static str,
    },
    /// A cap from [`Limits`](super::Limits) was reached.
    #[error("{what}: {count} over the limit of {limit}; the rest was not read")]
    OverLimit {
        /// What was capped.
        what: &'static str,
        /// How many (at least).
        count: u64,
        /// The cap.
        limit: u64,
    },
    /// The root element is not `<manifest>` (Android refuses the APK).
    #[error("root element is <{found}>, not <manifest>")]
    RootNotManifest {
        /// The name found.
        found: String,
    },
    /// `<manifest>` has no `package` attribute (Android refuses the APK).
    #[error("<manifest> has no package attribute")]
    MissingPackage,
    /// More than one `<application>`; Android reads the first and skips the others.
    #[error("{count} <application> elements; only the first is read, as Android does")]
    DuplicateApplication {
        /// How many.
        count: u32,
    },
    /// Components without `android:name` (Android refuses the APK).
    #[error("{count} components without android:name (first: <{element}>)")]
    ComponentWithoutName {
        /// How many.
        count: u32,
        /// First element name.
        element: String,
    },
    /// Resource table entries that could not be read.
    #[error("{count} resource entries unreadable (first: {first_id:#010x}: {reason})")]
    ResourceEntryInvalid {
        /// How many.
        count: u32,
        /// First id.
        first_id: u32,
        /// Why.
        reason: &'static str,
    },
    /// A resource referenced by the manifest could not be resolved or read.
    #[error("resource {id:#010x} for {purpose}: {reason}")]
    ResourceUnresolved {
        /// The id.
        id: u32,
        /// What it was needed for.
        purpose: &'static str,
        /// Why.
        reason: String,
    },
}

impl Anomaly {
    /// A stable identifier (`axml.string-invalid`, `arsc.chunk-invalid`,
    /// `manifest.missing-package`…), never renamed or reused.
    pub fn code(&self) -> &'static str {
        match self {
            Anomaly::WrongFileType { .. } => "axml.wrong-file-type",
            Anomaly::FileSizeMismatch { .. } => "axml.file-size-mismatch",
            Anomaly::ChunkInvalid { part, .. } => {
                part.pick("axml.chunk-invalid", "arsc.chunk-invalid")
            }
            Anomaly::UnknownChunk { part, .. } => {
                part.pick("axml.unknown-chunk", "arsc.unknown-chunk")
            }
            Anomaly::DuplicateStringPool { .. } => "axml.duplicate-string-pool",
            Anomaly::NoStringPool { part } => {
                part.pick("axml.no-string-pool", "arsc.no-string-pool")
            }
            Anomaly::StringPoolInvalid { part, .. } => {
                part.pick("axml.string-pool-invalid", "arsc.string-pool-invalid")
            }
            Anomaly::StringEncodingMismatch { part, .. } => part.pick(
                "axml.string-encoding-mismatch",
                "arsc.string-encoding-mismatch",
            ),
            Anomaly::StringInvalid { part, .. } => {
                part.pick("axml.string-invalid", "arsc.string-invalid")
            }
            Anomaly::StringBudgetExhausted { part, .. } => part.pick(
                "axml.string-budget-exhausted",
                "arsc.string-budget-exhausted",
            ),
            Anomaly::StringIndexOutOfRange { .. } => "axml.string-index-out-of-range",
            Anomaly::AttributeNameMismatch { .. } => "axml.attribute-name-mismatch",
            Anomaly::AttributeWithoutResourceId { .. } => "axml.attribute-without-resource-id",
            Anomaly::UnbalancedElements { .. } => "axml.unbalanced-elements",
            Anomaly::ExtraRootElements { .. } => "axml.extra-root-elements",
            Anomaly::DocumentTruncated { .. } => "axml.document-truncated",
            Anomaly::OverLimit { .. } => "axml.over-limit",
            Anomaly::RootNotManifest { .. } => "manifest.root-not-manifest",
            Anomaly::MissingPackage => "manifest.missing-package",
            Anomaly::DuplicateApplication { .. } => "manifest.duplicate-application",
            Anomaly::ComponentWithoutName { .. } => "manifest.component-without-name",
            Anomaly::ResourceEntryInvalid { .. } => "arsc.entry-invalid",
            Anomaly::ResourceUnresolved { .. } => "manifest.resource-unresolved",
        }
    }

    /// Whether part of the document was not read because of it (a cap, the string budget, a
    /// node that stopped decoding): what that part says was not checked.
    pub fn leaves_part_unread(&self) -> bool {
        matches!(
            self,
            Anomaly::OverLimit { .. }
                | Anomaly::StringBudgetExhausted { .. }
                | Anomaly::DocumentTruncated { .. }
        )
    }

    /// Whether Android (androidfw `ResXMLTree`/`ResStringPool`/`ResTable`, `PackageParser`)
    /// fails to read the file, so the phone would not install the APK as is. `false` means the
    /// trick breaks tools but not the phone.
    pub fn android_rejects(&self) -> bool {
        match self {
            Anomaly::FileSizeMismatch { declared, actual } => declared > actual,
            Anomaly::ChunkInvalid { .. }
            | Anomaly::NoStringPool { .. }
            | Anomaly::StringPoolInvalid { .. }
            | Anomaly::StringEncodingMismatch { .. }
            | Anomaly::DocumentTruncated { .. }
            | Anomaly::RootNotManifest { .. }
            | Anomaly::MissingPackage
            | Anomaly::ComponentWithoutName { .. } => true,
            Anomaly::WrongFileType { .. }
            | Anomaly::UnknownChunk { .. }
            | Anomaly::DuplicateStringPool { .. }
            | Anomaly::StringInvalid { .. }
            | Anomaly::StringBudgetExhausted { .. }
            | Anomaly::StringIndexOutOfRange { .. }
            | Anomaly::AttributeNameMismatch { .. }
            | Anomaly::AttributeWithoutResourceId { .. }
            | Anomaly::UnbalancedElements { .. }
            | Anomaly::ExtraRootElements { .. }
            | Anomaly::OverLimit { .. }
            | Anomaly::DuplicateApplication { .. }
            | Anomaly::ResourceEntryInvalid { .. }
            | Anomaly::ResourceUnresolved { .. } => false,
        }
    }
}

/// Counts one kind of per-item problem, remembering the first.
#[derive(Debug, Default, Clone)]
pub(crate) struct Tally<T> {
    pub(crate) count: u32,
    pub(crate) first: Option<T>,
}

impl<T> Tally<T> {
    pub(crate) fn add(&mut self, item: impl FnOnce() -> T) {
        if self.first.is_none() {
            self.first = Some(item());
        }
        self.count = self.count.saturating_add(1);
    }

    /// The count and the first item, if any were added.
    pub(crate) fn take(self) -> Option<(u32, T)> {
        Some((self.count, self.first?))
    }
}
