//! Why an APK, or one of its entries, could not be read.

use thiserror::Error;

/// An APK that cannot be opened, or an entry that cannot be read.
///
/// `file` is the path given to [`Apk::open`](super::Apk::open), or `in-memory APK`. Each
/// message names the file and says what to do; one failing APK or entry should be reported and
/// the scan should go on.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ContainerError {
    /// The file could not be read.
    #[error("cannot read {file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// Shorter than the smallest ZIP file.
    #[error(
        "{file} is not a ZIP/APK: it is only {len} bytes, shorter than the smallest ZIP file (22 \
         bytes), so it is incomplete or not an app file"
    )]
    TooShort {
        /// The file.
        file: String,
        /// Its length.
        len: u64,
    },
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    #[error(
        "{file} is not a ZIP/APK: no end-of-central-directory record found in the last \
         {searched} bytes ({len} bytes in all), so it is another kind of file or an incomplete \
         one"
    )]
    NoEndOfCentralDirectory {
        /// The file.
        file: String,
        /// Bytes searched from the end.
        searched: u64,
        /// The file's length.
        len: u64,
    },
    /// The end record declares no entries.
    #[error("{file} is an empty ZIP archive: it has no entries, so it is not an installable APK")]
    NoEntries {
        /// The file.
        file: String,
    },
    /// ZIP64 archives are not read yet.
    #[error(
        "{file} is a ZIP64 archive, which unstalk does not read yet (APKs rarely need ZIP64); \
         inspect it with another tool"
    )]
    Zip64Unsupported {
        /// The file.
        file: String,
    },
    /// The central directory is not where the end record says, nor anywhere it could be.
    #[error(
        "{file} is damaged: the end-of-central-directory record points to a central directory at \
         offset {offset} ({size} bytes) that is not there, so the file is incomplete or was \
         altered"
    )]
    CentralDirectoryNotFound {
        /// The file.
        file: String,
        /// Declared offset.
        offset: u64,
        /// Declared size.
        size: u64,
    },
    /// The central directory is larger than unstalk reads.
    #[error(
        "{file}: the central directory is {size} bytes, more than the {limit} bytes unstalk \
         reads; this is not an APK Android would install"
    )]
    CentralDirectoryTooLarge {
        /// The file.
        file: String,
        /// Its size.
        size: u64,
        /// The cap.
        limit: u64,
    },
    /// No entry with that name.
    #[error("{file} has no entry named {name:?}")]
    EntryNotFound {
        /// The file.
        file: String,
        /// The name asked for.
        name: String,
    },
    /// The entry's local header could not be found.
    #[error(
        "{file}: entry {name:?} has no local file header at offset {offset}; its data cannot be \
         located (Android cannot read it either)"
    )]
    LocalHeaderMissing {
        /// The file.
        file: String,
        /// The entry.
        name: String,
        /// Where the header should be.
        offset: u64,
    },
    /// The entry's data runs past the end of the file.
    #[error(
        "{file}: entry {name:?} runs to offset {end}, past the end of the file ({len} bytes); the \
         file is cut short or the entry is forged"
    )]
    EntryPastEof {
        /// The file.
        file: String,
        /// The entry.
        name: String,
        /// Where its data would end.
        end: u64,
        /// The file's length.
        len: u64,
    },
    /// The entry is larger than the per-entry cap (declared or actual size).
    #[error(
        "{file}: entry {name:?} is {size} bytes or more, more than the {limit} bytes unstalk reads \
         from one entry, so it was not read (real apps stay far below that; zip bombs do not)"
    )]
    EntryTooLarge {
        /// The file.
        file: String,
        /// The entry.
        name: String,
        /// Declared size, or bytes produced when the cap was hit.
        size: u64,
        /// The cap.
        limit: u64,
    },
    /// The entry expands more than the ratio cap allows.
    #[error(
        "{file}: entry {name:?} expands from {compressed} to more than {produced} bytes, more than \
         {limit} times its packed size, so it was not read (the shape of a zip bomb)"
    )]
    RatioExceeded {
        /// The file.
        file: String,
        /// The entry.
        name: String,
        /// Compressed size.
        compressed: u64,
        /// Bytes produced when the cap was hit.
        produced: u64,
        /// The cap.
        limit: u64,
    },
    /// Reading this entry would pass the cap on bytes decompressed from one APK.
    #[error(
        "{file}: reading entry {name:?} would pass the {limit} bytes unstalk unpacks from one APK, \
         so it was not read (the shape of a zip bomb)"
    )]
    TotalExceeded {
        /// The file.
        file: String,
        /// The entry being read.
        name: String,
        /// The cap.
        limit: u64,
    },
    /// The deflate stream is corrupt or ends early.
    #[error("{file}: entry {name:?} is corrupt: {detail} (Android cannot read it either)")]
    CorruptData {
        /// The file.
        file: String,
        /// The entry.
        name: String,
        /// What went wrong.
        detail: String,
    },
}
