//! ClamAV hash signatures (written only): a `.hsb` database, one line per distinct file hash.
//!
//! Each line is `HASH:*:NAME:73`. The size field is `*` because feeds give hashes without the
//! file size; ClamAV accepts a wildcard size from functionality level 73 (ClamAV 0.98) on, which
//! the fourth field declares. ClamAV tells MD5, SHA-1 and SHA-256 apart by length, so the three
//! kinds ([`IndicatorKind::FileMd5`], [`IndicatorKind::FileSha1`], [`IndicatorKind::FileSha256`])
//! share one file (load it as `NAME.hsb`).
//!
//! `NAME` is `Unstalk.<Kind>.<Family>.<first 12 hex digits of the hash>`, e.g.
//! `Unstalk.Stalkerware.TheTruthSpy.2f3bc9ebe8c2`: `<Kind>` is the family kind
//! (`Stalkerware`, `Watchware`, `DualUse`, `Other`; `Unattributed` without family), `<Family>`
//! the first family's name reduced to ASCII letters, digits, `_` and `-` (`Unknown` without
//! family). Certificates, packages and network values have no ClamAV hash form and are not
//! written. The file holds signature lines only (no header) and no timestamps: the same set
//! gives byte-identical output. `scripts/check-clamav-sigs.sh` loads an export into `clamscan`
//! and checks that MD5, SHA-1 and SHA-256 lines in this form detect a file.

use std::collections::HashSet;
use std::io::Write;

use crate::model::{FamilyKind, IndicatorKind, IndicatorSet};

fn kind_name(kind: Option<FamilyKind>) -> &'static str {
    match kind {
        Some(FamilyKind::Stalkerware) => "Stalkerware",
        Some(FamilyKind::Watchware) => "Watchware",
        Some(FamilyKind::DualUse) => "DualUse",
        Some(FamilyKind::Other) => "Other",
        None => "Unattributed",
    }
}

/// A family name reduced to the characters safe in a ClamAV signature name.
fn safe_name(name: &str) -> String {
    let mut safe = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            safe.push(c);
        } else if !safe.ends_with('_') {
            safe.push('_');
        }
    }
    let safe = safe.trim_matches('_');
    if safe.is_empty() {
        "Unknown".to_owned()
    } else {
        safe.to_owned()
    }
}

/// Writes one `.hsb` line per distinct file hash, in the set's order.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    let mut seen = HashSet::new();
    let mut text = String::new();
    for indicator in &set.indicators {
        if !matches!(
            indicator.kind,
            IndicatorKind::FileSha256 | IndicatorKind::FileSha1 | IndicatorKind::FileMd5
        ) {
            continue;
        }
        // Normalised hashes are lower-case hex already; refuse anything else rather than
        // write a line that would break the whole database.
        if indicator.value.is_empty() || !indicator.value.bytes().all(|b| b.is_ascii_hexdigit()) {
            continue;
        }
        if !seen.insert(indicator.value.as_str()) {
            continue;
        }
        let family = indicator
            .family
            .as_deref()
            .map_or("Unknown".to_owned(), safe_name);
        let short = indicator.value.get(..12).unwrap_or(&indicator.value);
        text.push_str(&format!(
            "{}:*:Unstalk.{}.{family}.{short}:73\n",
            indicator.value,
            kind_name(set.family_kind(indicator)),
        ));
    }
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn family_names_keep_only_safe_characters() {
        assert_eq!(safe_name("TheTruthSpy"), "TheTruthSpy");
        assert_eq!(safe_name("Spy Phone: App!"), "Spy_Phone_App");
        assert_eq!(safe_name("::"), "Unknown");
    }
}
