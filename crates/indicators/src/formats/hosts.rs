//! A hosts file (written only): `0.0.0.0 <domain>` for every distinct domain, in the set's
//! order, after `#` comment lines naming each source and how many distinct domains it gave.
//!
//! A hosts file blocks exactly the names listed, not their subdomains, and has no place for
//! addresses, hashes or anything else: only [`IndicatorKind::Domain`] values are written.
//! Families, TLP and other provenance are not carried. No timestamps: the same set gives
//! byte-identical output.

use std::collections::HashSet;
use std::io::Write;

use crate::model::{IndicatorKind, IndicatorSet};

/// Source names and locations are free text: keep them on their comment line.
fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Writes `0.0.0.0 domain` lines.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    let mut seen = HashSet::new();
    let domains: Vec<&str> = set
        .of_kind(IndicatorKind::Domain)
        .map(|indicator| indicator.value.as_str())
        .filter(|value| seen.insert(*value))
        .collect();
    let mut text = String::from(
        "# unstalk hosts file: stalkerware and monitoring-app domains resolved to 0.0.0.0.\n\
         # Only the names listed are blocked, not their subdomains.\n",
    );
    for (index, source) in set.sources.iter().enumerate() {
        let count = set
            .of_kind(IndicatorKind::Domain)
            .filter(|indicator| indicator.provenance.source as usize == index)
            .map(|indicator| indicator.value.as_str())
            .collect::<HashSet<_>>()
            .len();
        text.push_str(&format!(
            "# source: {} ({count} domain(s))\n",
            comment_text(&source.name)
        ));
    }
    text.push_str(&format!("# {} domain(s)\n", domains.len()));
    for domain in domains {
        text.push_str("0.0.0.0 ");
        text.push_str(domain);
        text.push('\n');
    }
    out.write_all(text.as_bytes())
}
