//! Suricata rules (written only).
//!
//! For every distinct domain, three rules, each matching the domain itself and any subdomain on
//! a label boundary (`copy9.com` and `a.copy9.com`, not `evilcopy9.com`): the `dotprefix`
//! transform (Suricata 5 and later) puts a `.` before the buffer, which must then end with
//! `.copy9.com`:
//!
//! - `dns.query; dotprefix; content:".copy9.com"; nocase; endswith;` (DNS questions),
//! - `tls.sni; dotprefix; content:".copy9.com"; nocase; endswith;` (TLS ClientHello SNI),
//! - `http.host; dotprefix; content:".copy9.com"; endswith;` (HTTP Host; Suricata lower-cases
//!   that buffer and rejects upper-case content for it, so normalised, lower-case domains need
//!   no `nocase`).
//!
//! Checked with Suricata 7.0.10 (`scripts/check-suricata-rules.sh`): every rule loads, and the
//! rules fire on the corpus captures of listed names (mixed-case DNS queries included) and stay
//! silent on the benign-only capture.
//!
//! Every IPv4/IPv6 address and network gives `alert ip $HOME_NET any -> [ADDR] any`.
//! Other kinds (packages, hashes, URLs, …) have no network form here and are not written.
//!
//! `msg` names the family kind, the families (at most three, then "+N more") and the value with
//! its dots defanged (`copy9[.]com`); `metadata` lists `unstalk_family`, `unstalk_family_kind`
//! and `unstalk_indicator`; `reference:url,…` is added when the value's source was read from an
//! http(s) URL; `classtype` is `targeted-activity` for stalkerware, `policy-violation` for
//! watchware and dual-use, `trojan-activity` otherwise.
//!
//! **Stable sids.** A rule's sid is derived from its content, not its position: the first eight
//! bytes of SHA-256 over `"<rule type>:<value>"` (rule types `dns`, `tls`, `http`, `ip`), modulo
//! 10^9, plus 10^9 (sids 1 000 000 000 to 1 999 999 999, far above the usual local range
//! 1 000 000–1 999 999 and Emerging Threats' 2 000 000–2 999 999). Adding or removing other indicators
//! therefore leaves a rule's sid unchanged. If two rules of one export land on the same sid, the
//! later one (in output order) takes the next free sid; for an export of 3 000 rules the chance
//! of any such collision is about 0.45 %, and only then can a sid move when the set changes
//! (when the rule it collided with goes away or comes after it).
//! `rev` is always 1. No timestamps: the same set gives byte-identical output.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use sha2::{Digest, Sha256};

use crate::model::{FamilyKind, IndicatorKind, IndicatorSet};

/// The first sid used.
pub const SID_BASE: u32 = 1_000_000_000;
/// How many sids the export may use.
pub const SID_SPAN: u32 = 1_000_000_000;

/// The sid a rule gets unless another rule of the same export already has it.
pub fn preferred_sid(rule_type: &str, value: &str) -> u32 {
    let digest = Sha256::digest(format!("{rule_type}:{value}").as_bytes());
    let mut prefix = [0u8; 8];
    for (slot, byte) in prefix.iter_mut().zip(digest.iter()) {
        *slot = *byte;
    }
    let offset = u64::from_be_bytes(prefix) % u64::from(SID_SPAN);
    SID_BASE + u32::try_from(offset).unwrap_or(0)
}

/// Hands out sids, probing for the next free one on a collision.
struct Sids(HashSet<u32>);

impl Sids {
    fn take(&mut self, rule_type: &str, value: &str) -> u32 {
        let mut sid = preferred_sid(rule_type, value);
        while !self.0.insert(sid) {
            sid = if sid + 1 >= SID_BASE + SID_SPAN {
                SID_BASE
            } else {
                sid + 1
            };
        }
        sid
    }
}

/// One distinct value with the families it is listed under.
struct Target<'a> {
    kind: IndicatorKind,
    value: &'a str,
    families: Vec<(&'a str, Option<FamilyKind>)>,
    reference: Option<String>,
}

/// Keeps the characters that are safe inside a quoted `msg`.
fn msg_text(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || " .-_()/+,'&!".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// Keeps free text on its `#` comment line.
fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Keeps the characters that are safe as a `metadata` value (no spaces, commas, semicolons).
fn metadata_value(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// `http(s)://host/path` → `host/path` when safe for a `reference:url,` value.
fn reference_of(location: &str) -> Option<String> {
    let rest = location
        .strip_prefix("https://")
        .or_else(|| location.strip_prefix("http://"))?;
    (!rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_graphic() && !";\"\\,".contains(c)))
    .then(|| rest.to_owned())
}

fn classtype(kind: Option<FamilyKind>) -> &'static str {
    match kind {
        Some(FamilyKind::Stalkerware) => "targeted-activity",
        Some(FamilyKind::Watchware | FamilyKind::DualUse) => "policy-violation",
        Some(FamilyKind::Other) | None => "trojan-activity",
    }
}

impl Target<'_> {
    fn first_kind(&self) -> Option<FamilyKind> {
        self.families.iter().find_map(|(_, kind)| *kind)
    }

    /// `UNSTALK STALKERWARE TheTruthSpy, Copy9` or `UNSTALK SUSPICIOUS`.
    fn msg_prefix(&self) -> String {
        let kind = self
            .first_kind()
            .map_or("SUSPICIOUS".to_owned(), |k| k.as_str().to_ascii_uppercase());
        let mut names: Vec<String> = self
            .families
            .iter()
            .take(3)
            .map(|(name, _)| msg_text(name))
            .collect();
        if self.families.len() > 3 {
            names.push(format!("+{} more", self.families.len() - 3));
        }
        if names.is_empty() {
            format!("UNSTALK {kind}")
        } else {
            format!("UNSTALK {kind} {}", names.join(", "))
        }
    }

    /// `metadata:…; reference:…; classtype:…;` shared by the target's rules.
    fn trailer(&self) -> String {
        let mut metadata: Vec<String> = self
            .families
            .iter()
            .map(|(name, _)| format!("unstalk_family {}", metadata_value(name)))
            .collect();
        if let Some(kind) = self.first_kind() {
            metadata.push(format!("unstalk_family_kind {}", kind.as_str()));
        }
        metadata.push(format!("unstalk_indicator {}", self.kind.as_str()));
        let mut trailer = format!("metadata: {};", metadata.join(", "));
        if let Some(reference) = &self.reference {
            trailer.push_str(&format!(" reference:url,{reference};"));
        }
        trailer.push_str(&format!(" classtype:{};", classtype(self.first_kind())));
        trailer
    }
}

fn defang(value: &str) -> String {
    value.replace('.', "[.]")
}

/// Writes the Suricata rules for the set's domains and IP addresses/networks.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    let mut targets: Vec<Target<'_>> = Vec::new();
    let mut index: HashMap<(IndicatorKind, &str), usize> = HashMap::new();
    for indicator in &set.indicators {
        if !matches!(
            indicator.kind,
            IndicatorKind::Domain | IndicatorKind::Ipv4 | IndicatorKind::Ipv6 | IndicatorKind::Cidr
        ) {
            continue;
        }
        let position = *index
            .entry((indicator.kind, indicator.value.as_str()))
            .or_insert_with(|| {
                targets.push(Target {
                    kind: indicator.kind,
                    value: &indicator.value,
                    families: Vec::new(),
                    reference: None,
                });
                targets.len() - 1
            });
        let Some(target) = targets.get_mut(position) else {
            continue;
        };
        if let Some(family) = indicator.family.as_deref()
            && !target.families.iter().any(|(name, _)| *name == family)
        {
            target.families.push((family, set.family_kind(indicator)));
        }
        if target.reference.is_none() {
            target.reference = set
                .source(indicator.provenance.source)
                .and_then(|source| reference_of(&source.location));
        }
    }
    let (domains, addresses): (Vec<&Target<'_>>, Vec<&Target<'_>>) = targets
        .iter()
        .partition(|target| target.kind == IndicatorKind::Domain);

    let mut text = String::new();
    text.push_str(
        "# unstalk Suricata rules. Each domain: DNS query, TLS SNI and HTTP Host rules matching\n\
         # the domain and its subdomains (needs Suricata 5 or later for `dotprefix`).\n\
         # Each IP address or network: one `alert ip` rule. sids derive from the rule content.\n",
    );
    for source in &set.sources {
        text.push_str(&format!(
            "# source: {} ({})\n",
            comment_text(&source.name),
            comment_text(&source.location)
        ));
    }
    text.push_str(&format!(
        "# {} domain(s), {} address(es)/network(s)\n",
        domains.len(),
        addresses.len()
    ));

    let mut sids = Sids(HashSet::new());
    for target in &domains {
        let value = target.value;
        let prefix = target.msg_prefix();
        let trailer = target.trailer();
        let shown = defang(value);
        let rules = [
            (
                "dns",
                "alert dns $HOME_NET any -> any any",
                "DNS query for",
                "dns.query; dotprefix;",
                "nocase; ",
            ),
            (
                "tls",
                "alert tls $HOME_NET any -> any any",
                "TLS SNI",
                "flow:established,to_server; tls.sni; dotprefix;",
                "nocase; ",
            ),
            (
                "http",
                "alert http $HOME_NET any -> any any",
                "HTTP Host",
                "flow:established,to_server; http.host; dotprefix;",
                "",
            ),
        ];
        for (rule_type, header, what, buffer, nocase) in rules {
            let sid = sids.take(rule_type, value);
            text.push_str(&format!(
                "{header} (msg:\"{prefix} {what} {shown}\"; {buffer} content:\".{value}\"; \
                 {nocase}endswith; {trailer} sid:{sid}; rev:1;)\n"
            ));
        }
    }
    for target in &addresses {
        let sid = sids.take("ip", target.value);
        text.push_str(&format!(
            "alert ip $HOME_NET any -> [{value}] any (msg:\"{prefix} traffic to {shown}\"; \
             {trailer} sid:{sid}; rev:1;)\n",
            value = target.value,
            prefix = target.msg_prefix(),
            shown = defang(target.value),
            trailer = target.trailer(),
        ));
    }
    out.write_all(text.as_bytes())
}
