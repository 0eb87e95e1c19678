//! Sealing an acquisition for the road: the folder as one tar stream, encrypted with age to
//! X25519 recipients (`age1…`), so a clinic can carry or send it without exposing the
//! survivor's data; and opening it again with the matching identity file.
//!
//! The plaintext never touches the disk outside a private folder: `acquire --encrypt-to` reads
//! the phone into a temporary owner-only folder, seals it, and deletes it. Opening refuses
//! archive entries that would land outside the target folder and caps what it unpacks, since a
//! sealed file may come from anyone holding a recipient key.

use std::fs;
use std::io::{BufReader, Read};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::{AcquireError, FileRecord};

/// Most bytes unpacked from one sealed acquisition (a phone's dumps plus copied APKs).
const MAX_UNPACKED: u64 = 8 << 30;
/// Most entries unpacked.
const MAX_ENTRIES: usize = 100_000;

/// The first bytes of every age file.
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/v1";

/// Whether `path` is an age-encrypted file.
pub fn is_sealed(path: &Path) -> bool {
    let mut start = [0u8; 21];
    fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut start))
        .is_ok()
        && start == AGE_MAGIC
}

/// Seals `folder` into `output` (created owner-only, must not exist) for `recipients`.
///
/// # Errors
/// A recipient that is not an `age1…` X25519 key, or a file that cannot be read or written.
pub fn seal(
    folder: &Path,
    recipients: &[String],
    output: &Path,
) -> Result<FileRecord, AcquireError> {
    let parsed = recipients
        .iter()
        .map(|text| {
            text.trim()
                .parse::<age::x25519::Recipient>()
                .map_err(|why| AcquireError::Recipient {
                    recipient: text.clone(),
                    why: why.to_string(),
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let written = |source| AcquireError::Write {
        path: output.display().to_string(),
        source,
    };
    let encryptor =
        age::Encryptor::with_recipients(parsed.iter().map(|r| r as &dyn age::Recipient))
            .map_err(|why| written(std::io::Error::other(why.to_string())))?;
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(output).map_err(written)?;
    let encrypted = encryptor.wrap_output(file).map_err(written)?;
    let mut archive = tar::Builder::new(encrypted);
    archive.follow_symlinks(false);
    archive.append_dir_all(".", folder).map_err(written)?;
    let encrypted = archive.into_inner().map_err(written)?;
    let file = encrypted.finish().map_err(written)?;
    file.sync_all().map_err(written)?;
    record(output)
}

/// Opens `sealed` with the identities in `identity_file` into `into` (an existing, private,
/// empty folder).
///
/// # Errors
/// An identity file that cannot be read, a file not sealed to any of its identities, or an
/// archive that is damaged, too large, or tries to write outside `into`.
pub fn unseal(sealed: &Path, identity_file: &Path, into: &Path) -> Result<(), AcquireError> {
    let opened = |why: String| AcquireError::Unseal {
        path: sealed.display().to_string(),
        why,
    };
    let identities = age::IdentityFile::from_file(identity_file.display().to_string())
        .map_err(|e| AcquireError::Identity {
            path: identity_file.display().to_string(),
            why: e.to_string(),
        })?
        .into_identities()
        .map_err(|e| AcquireError::Identity {
            path: identity_file.display().to_string(),
            why: e.to_string(),
        })?;
    let file = fs::File::open(sealed).map_err(|e| opened(e.to_string()))?;
    let decryptor = age::Decryptor::new(BufReader::new(file)).map_err(|e| opened(e.to_string()))?;
    let reader = decryptor
        .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .map_err(|e| opened(format!("{e} (is it sealed to this identity?)")))?;
    let mut archive = tar::Archive::new(reader.take(MAX_UNPACKED));
    archive.set_preserve_permissions(false);
    archive.set_preserve_mtime(false);
    let entries = archive.entries().map_err(|e| opened(e.to_string()))?;
    for (count, entry) in entries.enumerate() {
        if count >= MAX_ENTRIES {
            return Err(opened(format!("more than {MAX_ENTRIES} files")));
        }
        let mut entry = entry.map_err(|e| opened(e.to_string()))?;
        let kind = entry.header().entry_type();
        if !(kind.is_file() || kind.is_dir()) {
            continue;
        }
        let inside = entry.unpack_in(into).map_err(|e| opened(e.to_string()))?;
        if !inside {
            return Err(opened(format!(
                "an entry would be written outside the folder: {}",
                entry
                    .path()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            )));
        }
    }
    Ok(())
}

/// Name, size and SHA-256 of a file, read as a stream.
///
/// # Errors
/// When the file cannot be read.
pub fn record(path: &Path) -> Result<FileRecord, AcquireError> {
    let mut hasher = Sha256::new();
    let size = fs::File::open(path)
        .and_then(|mut file| std::io::copy(&mut file, &mut hasher))
        .map_err(|source| AcquireError::Write {
            path: path.display().to_string(),
            source,
        })?;
    Ok(FileRecord {
        name: path.display().to_string(),
        size,
        sha256: hex::encode(hasher.finalize()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_acquisitions_open_only_with_the_identity_and_stay_inside() {
        let work = tempfile::tempdir().expect("temp dir");
        let folder = work.path().join("acq");
        fs::create_dir_all(folder.join("apks")).expect("folders");
        fs::write(folder.join("getprop.txt"), b"[ro.product.model]: [Pixel]\n").expect("write");
        fs::write(folder.join("apks/x.apk"), b"PK\x03\x04").expect("write");
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public().to_string();
        let sealed = work.path().join("phone.tar.age");
        let record = seal(&folder, &[recipient], &sealed).expect("sealed");
        assert_eq!(record.sha256.len(), 64);
        assert!(is_sealed(&sealed));
        assert!(!is_sealed(&folder.join("getprop.txt")));
        let key = work.path().join("key.txt");
        {
            use age::secrecy::ExposeSecret;
            fs::write(&key, identity.to_string().expose_secret()).expect("key");
        }
        let opened = work.path().join("opened");
        fs::create_dir(&opened).expect("dir");
        unseal(&sealed, &key, &opened).expect("opens");
        assert_eq!(
            fs::read(opened.join("getprop.txt")).expect("read"),
            b"[ro.product.model]: [Pixel]\n"
        );
        assert_eq!(
            fs::read(opened.join("apks/x.apk")).expect("read"),
            b"PK\x03\x04"
        );

        // Another identity cannot open it, and says so.
        let stranger = work.path().join("stranger.txt");
        {
            use age::secrecy::ExposeSecret;
            let other = age::x25519::Identity::generate();
            fs::write(&stranger, other.to_string().expose_secret()).expect("key");
        }
        let elsewhere = work.path().join("elsewhere");
        fs::create_dir(&elsewhere).expect("dir");
        let error = unseal(&sealed, &stranger, &elsewhere).expect_err("wrong key");
        assert!(
            error.to_string().contains("sealed to this identity"),
            "{error}"
        );
        // A recipient that is not a key is refused before anything is written.
        let error = seal(&folder, &["age1nope".into()], &work.path().join("x.age"))
            .expect_err("bad recipient");
        assert!(error.to_string().contains("age1nope"), "{error}");
        assert!(!work.path().join("x.age").exists());
    }
}
