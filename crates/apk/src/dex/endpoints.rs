//! Network endpoints among strings: URLs, domain names, IPv4 and IPv6 addresses.
//!
//! The policy is precision first: every endpoint we report may send an advocate to look up a
//! server, so a string must look like an endpoint beyond reasonable doubt.
//!
//! - **URL**: `http`, `https`, `ws`, `wss` or `ftp` followed by `://` (case-insensitive, not
//!   preceded by a letter or digit), anywhere in a string. The host must be a domain name whose
//!   last label is alphabetic (any TLD, so `*.example` test hosts count), an IPv4 address or a
//!   bracketed IPv6 address; it must not be `localhost`, a loopback or an unspecified address.
//!   Trailing punctuation (`.,;:!?)]}'"`) is dropped; a URL is cut after 2,048 bytes. `http://` alone, `https://%s/x` and the
//!   like are not endpoints.
//! - **Domain**: a token (a run of ASCII letters, digits, `.`, `-`) outside URLs with at least
//!   two labels of `[a-z0-9-]` (no label starting or ending with `-`, at most 63 bytes, 253 in
//!   all) whose last label is in the embedded list of TLDs ([`KNOWN_TLDS`]: the generic TLDs, the
//!   country codes, and the common new gTLDs, ~330 in all). Refused, because code is full of
//!   dotted names that are not hosts:
//!   - Java-style names: a first label that starts reverse-DNS package names or names a code
//!     object (`com`, `org`, `net`, `android`, `java`, `window`, `this`… [`CODE_FIRST_LABELS`]),
//!     a last label with capitals unless the whole token is in capitals (`com.foo.App`), a
//!     one-letter capital label (`android.R.id.list`), and (for [`crate::dex::Dex::endpoints`])
//!     any package or class of the DEX itself;
//!   - file names: TLDs that are mostly file extensions (`zip`, `mov`, `so`, `sh`, `py`, `md`)
//!     are left out of the list, and `json`, `html`, `dex`, `java`… are not TLDs;
//!   - tokens holding `_`, `%`, `$`, `{` or `}` (identifiers, format strings, templates).
//!
//!   A domain is reported in lower case. `user@example.com` yields `example.com`.
//! - **IPv4**: a token that is exactly a dotted quad of decimal numbers 0-255 without leading
//!   zeros (an optional `:port` is dropped), not in 0.0.0.0/8, 127.0.0.0/8 or 224.0.0.0/3
//!   (unspecified, loopback, multicast, reserved and netmasks such as `255.255.255.0`), and not
//!   right after a version word (`version`, `ver`, `v`, `build`, `release`, `rev`). A token with
//!   more parts (`1.2.3.4.5`) or glued to letters (`v1.2.3.4`) is not an address. A version
//!   string written as a bare quad ("1.2.3.4") is indistinguishable and is reported.
//! - **IPv6**: a token with at least two `:` that std parses as an IPv6 address, with at least
//!   three non-empty groups (so `a::b` is not one), not loopback, unspecified or multicast.
//!
//! Each endpoint is reported once (per kind and value), with the index of the first string it
//! was found in. Not found: internationalised domain names, hosts built at run time, strings
//! encrypted or split by obfuscators.

use std::collections::BTreeSet;
use std::net::{Ipv4Addr, Ipv6Addr};

use serde::Serialize;

/// What an endpoint is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum EndpointKind {
    Url,
    Domain,
    Ipv4,
    Ipv6,
}

/// A URL, domain or IP address found in a string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Endpoint {
    pub kind: EndpointKind,
    /// The URL (scheme and host in lower case, the rest as written), the domain in lower case,
    /// or the address.
    pub value: String,
    /// The host to match against indicators: the URL's host (IPv6 without brackets), or the
    /// value itself for domains and addresses.
    pub host: String,
    /// Index of the (first) string it was found in.
    pub string_index: u32,
}

/// Finds the endpoints in `(string index, string)` pairs; see the module doc for what counts.
pub fn endpoints<S: AsRef<str>>(strings: impl IntoIterator<Item = (u32, S)>) -> Vec<Endpoint> {
    endpoints_excluding(strings, |_| false)
}

/// Like [`endpoints`], but a bare domain for which `is_code_name` is true is not reported.
pub(crate) fn endpoints_excluding<S: AsRef<str>>(
    strings: impl IntoIterator<Item = (u32, S)>,
    is_code_name: impl Fn(&str) -> bool,
) -> Vec<Endpoint> {
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    for (index, text) in strings {
        let mut push = |kind: EndpointKind, value: String, host: String| {
            if seen.insert((kind, value.clone())) {
                found.push(Endpoint {
                    kind,
                    value,
                    host,
                    string_index: index,
                });
            }
        };
        let text = text.as_ref();
        if !may_hold_endpoint(text.as_bytes()) {
            continue;
        }
        let mut rest_start = 0;
        for (start, end, url, host) in urls(text) {
            bare(
                text.get(rest_start..start).unwrap_or_default(),
                &is_code_name,
                &mut push,
            );
            rest_start = end;
            push(EndpointKind::Url, url, host);
        }
        bare(
            text.get(rest_start..).unwrap_or_default(),
            &is_code_name,
            &mut push,
        );
    }
    found
}

/// Whether `text` can hold an endpoint at all: every one holds a `.` (domains, IPv4) or a `:`
/// (URLs, IPv6), and most strings of code (identifiers, descriptors, messages) hold neither.
/// Works on MUTF-8 as on UTF-8: both write ASCII as itself.
pub(crate) fn may_hold_endpoint(text: &[u8]) -> bool {
    memchr::memchr2(b'.', b':', text).is_some()
}

const SCHEMES: [&str; 5] = ["http", "https", "ws", "wss", "ftp"];
/// Bytes after `scheme://` looked at; a longer URL is reported cut there.
const MAX_URL_LEN: usize = 2048;

/// The URLs in `text`: (start, end, normalised URL, host).
fn urls(text: &str) -> Vec<(usize, usize, String, String)> {
    let mut found = Vec::new();
    let mut search_from = 0;
    while let Some(pos) = text.get(search_from..).and_then(|t| t.find("://")) {
        let sep = search_from.saturating_add(pos);
        search_from = sep.saturating_add(3);
        let before = text.get(..sep).unwrap_or_default();
        let scheme_len = before
            .bytes()
            .rev()
            .take_while(u8::is_ascii_alphabetic)
            .count();
        let start = sep.saturating_sub(scheme_len);
        let scheme = before.get(start..).unwrap_or_default().to_ascii_lowercase();
        let glued = before
            .get(..start)
            .and_then(|b| b.bytes().next_back())
            .is_some_and(|b| b.is_ascii_alphanumeric());
        if glued || !SCHEMES.contains(&scheme.as_str()) {
            continue;
        }
        let body_start = sep.saturating_add(3);
        let body = text.get(body_start..).unwrap_or_default();
        // Bounded, so that a string of many broken URLs costs linear time, not quadratic.
        let mut body_len = 0;
        for (i, c) in body.char_indices() {
            let stop = c.is_whitespace() || c.is_control() || "\"'<>\\^`{}|".contains(c);
            if stop || i >= MAX_URL_LEN {
                break;
            }
            body_len = i.saturating_add(c.len_utf8());
        }
        let body = body.get(..body_len).unwrap_or_default();
        let body = body.trim_end_matches(|c: char| ".,;:!?)]}".contains(c));
        let Some((host, host_range)) = url_host(body) else {
            continue;
        };
        let end = body_start.saturating_add(body.len());
        let value = format!(
            "{scheme}://{}{}{}",
            body.get(..host_range.0).unwrap_or_default(),
            body.get(host_range.0..host_range.1)
                .unwrap_or_default()
                .to_ascii_lowercase(),
            body.get(host_range.1..).unwrap_or_default()
        );
        found.push((start, end, value, host));
        search_from = end.max(search_from);
    }
    found
}

/// The host of a URL body (what follows `scheme://`) and its byte range in `body`, if it is a
/// host we report.
fn url_host(body: &str) -> Option<(String, (usize, usize))> {
    let authority_len = body.find(['/', '?', '#']).unwrap_or(body.len());
    let authority = body.get(..authority_len)?;
    let host_start = authority.rfind('@').map_or(0, |at| at.saturating_add(1));
    let host_port = authority.get(host_start..)?;
    let (host, host_len) = if let Some(inner) = host_port.strip_prefix('[') {
        let close = inner.find(']')?;
        let v6 = inner.get(..close)?;
        let addr: Ipv6Addr = v6.parse().ok()?;
        if addr.is_loopback() || addr.is_unspecified() {
            return None;
        }
        (addr.to_string(), close.saturating_add(2))
    } else {
        let len = host_port.find(':').unwrap_or(host_port.len());
        let host = host_port.get(..len)?.to_ascii_lowercase();
        if let Some(addr) = ipv4(&host) {
            if addr.is_loopback() || addr.is_unspecified() {
                return None;
            }
        } else if !hostname_shape(&host) || host.ends_with(".localhost") {
            return None;
        }
        (host, len)
    };
    let port = host_port.get(host_len..)?;
    if let Some(digits) = port.strip_prefix(':') {
        if !digits.is_empty() && digits.parse::<u16>().is_err() {
            return None;
        }
    } else if !port.is_empty() {
        return None;
    }
    let start = host_start;
    Some((host, (start, start.saturating_add(host_len))))
}

/// A DNS host name with at least two labels and an alphabetic last label (any TLD).
fn hostname_shape(host: &str) -> bool {
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let mut labels = 0usize;
    let mut last = "";
    for label in host.split('.') {
        let ok = !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-');
        if !ok {
            return false;
        }
        labels = labels.saturating_add(1);
        last = label;
    }
    labels >= 2 && last.len() >= 2 && last.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Finds bare domains and addresses in `text` (which holds no URL).
///
/// Tokens are runs of ASCII bytes, so the text is walked byte by byte: a byte of a multi-byte
/// character is never a token byte, so every token starts and ends on a character boundary.
fn bare(
    text: &str,
    is_code_name: &impl Fn(&str) -> bool,
    push: &mut impl FnMut(EndpointKind, String, String),
) {
    let is_token = |b: u8| b.is_ascii_alphanumeric() || b"._-:%${}".contains(&b);
    let mut token_start = None;
    for (i, b) in text.bytes().chain(std::iter::once(b' ')).enumerate() {
        if is_token(b) {
            token_start = token_start.or(Some(i));
        } else if let Some(start) = token_start.take() {
            let token = text.get(start..i).unwrap_or_default();
            // A token without `.` or `:` is an identifier or a number, never an endpoint.
            if may_hold_endpoint(token.as_bytes()) {
                let before = text.get(..start).unwrap_or_default();
                bare_token(token, before, is_code_name, push);
            }
        }
    }
}

/// Checks one token of [`bare`]; `before` is the text before it.
fn bare_token(
    piece: &str,
    before: &str,
    is_code_name: &impl Fn(&str) -> bool,
    push: &mut impl FnMut(EndpointKind, String, String),
) {
    if piece.is_empty() || piece.contains(['_', '%', '$', '{', '}']) {
        return;
    }
    if piece.bytes().filter(|&b| b == b':').count() >= 2 {
        if let Some(addr) = ipv6(piece) {
            push(EndpointKind::Ipv6, addr.clone(), addr);
        }
        return;
    }
    for part in piece.split(':') {
        let part = part.trim_matches('.');
        if let Some(addr) = ipv4(part) {
            if public_ish_v4(addr) && !after_version_word(before) {
                push(EndpointKind::Ipv4, part.to_owned(), part.to_owned());
            }
        } else if let Some(domain) = bare_domain(part, is_code_name) {
            push(EndpointKind::Domain, domain.clone(), domain);
        }
    }
}

/// A dotted quad without leading zeros.
fn ipv4(text: &str) -> Option<Ipv4Addr> {
    let mut octets = [0u8; 4];
    let mut parts = text.split('.');
    for octet in &mut octets {
        let part = parts.next()?;
        let ok = !part.is_empty()
            && part.len() <= 3
            && part.bytes().all(|b| b.is_ascii_digit())
            && !(part.len() > 1 && part.starts_with('0'));
        if !ok {
            return None;
        }
        *octet = part.parse().ok()?;
    }
    if parts.next().is_some() {
        return None;
    }
    Some(Ipv4Addr::from(octets))
}

fn public_ish_v4(addr: Ipv4Addr) -> bool {
    let first = addr.octets().first().copied().unwrap_or(0);
    first != 0 && first != 127 && first < 224
}

fn after_version_word(before: &str) -> bool {
    let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || ":=\"'(".contains(c));
    let word_len = trimmed
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    let word = trimmed
        .get(trimmed.len().saturating_sub(word_len)..)
        .unwrap_or_default()
        .to_ascii_lowercase();
    ["version", "ver", "v", "build", "release", "rev", "revision"].contains(&word.as_str())
}

fn ipv6(text: &str) -> Option<String> {
    let addr: Ipv6Addr = text.parse().ok()?;
    let groups = text.split(':').filter(|g| !g.is_empty()).count();
    if groups < 3 || addr.is_loopback() || addr.is_unspecified() || addr.is_multicast() {
        return None;
    }
    Some(addr.to_string())
}

/// A bare token that is a domain by the module's rules, in lower case.
fn bare_domain(token: &str, is_code_name: &impl Fn(&str) -> bool) -> Option<String> {
    if !token.contains('.') {
        return None;
    }
    let has_lower = token.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = token.bytes().any(|b| b.is_ascii_uppercase());
    let last = token.rsplit('.').next().unwrap_or_default();
    if has_lower && has_upper {
        if last.bytes().any(|b| b.is_ascii_uppercase()) {
            return None; // com.example.MainActivity, com.foo.App
        }
        let single_capital = |l: &str| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase());
        if token.split('.').any(single_capital) {
            return None; // android.R.id.list
        }
    }
    let domain = token.to_ascii_lowercase();
    if !hostname_shape(&domain) {
        return None;
    }
    let tld = domain.rsplit('.').next().unwrap_or_default();
    let first = domain.split('.').next().unwrap_or_default();
    if KNOWN_TLDS.binary_search(&tld).is_err()
        || CODE_FIRST_LABELS.contains(&first)
        || is_code_name(&domain)
    {
        return None;
    }
    Some(domain)
}

/// First labels that mark a dotted name as code, not a host: reverse-DNS package roots and the
/// objects of Java and JavaScript code (`window.top`, `this.name`).
#[rustfmt::skip]
pub const CODE_FIRST_LABELS: &[&str] = &[
    "android", "androidx", "com", "console", "dalvik", "document", "edu", "gov", "io", "java",
    "javax", "junit", "kotlin", "kotlinx", "libcore", "location", "math", "mil", "navigator", "net",
    "org", "parent", "self", "sun", "super", "this", "window",
];

/// TLDs accepted for bare domains, sorted: the original generic TLDs, every ISO 3166 country
/// code TLD in use (except `so`, `sh`, `py`, `md`, which are far more often file extensions
/// in app code), and the new gTLDs common in both benign and abusive hosting (`app`, `dev`,
/// `xyz`, `top`, `online`…). `zip` and `mov` are gTLDs but left out for the same reason as `so`.
/// A real domain under a rarer TLD is still found when written as a URL.
#[rustfmt::skip]
pub const KNOWN_TLDS: &[&str] = &[
    "ac", "ad", "ae", "aero", "af", "ag", "agency", "ai", "al", "am", "app", "ar", "art", "as",
    "asia", "at", "au", "aw", "ax", "az", "ba", "bar", "bb", "bd", "be", "best", "bet", "bf", "bg",
    "bh", "bi", "bid", "biz", "bj", "blog", "bm", "bn", "bo", "br", "bs", "bt", "buzz", "bw", "by",
    "bz", "ca", "cam", "cat", "cc", "cd", "center", "cf", "cfd", "cg", "ch", "chat", "ci", "city",
    "ck", "cl", "click", "cloud", "club", "cm", "cn", "co", "com", "company", "coop", "cr", "cu",
    "cv", "cw", "cx", "cy", "cyou", "cz", "date", "de", "design", "dev", "digital", "dj", "dk",
    "dm", "do", "download", "dz", "ec", "edu", "ee", "eg", "email", "es", "et", "eu", "fi", "fj",
    "fk", "fm", "fo", "fr", "fun", "ga", "gb", "gd", "ge", "gf", "gg", "gh", "gi", "gl", "global",
    "gm", "gn", "gov", "gp", "gq", "gr", "group", "gs", "gt", "gu", "guru", "gw", "gy", "hk", "hm",
    "hn", "host", "hr", "ht", "hu", "icu", "id", "ie", "il", "im", "in", "inc", "info", "ink",
    "int", "io", "iq", "ir", "is", "it", "je", "jm", "jo", "jobs", "jp", "ke", "kg", "kh", "ki",
    "kim", "km", "kn", "kp", "kr", "kw", "ky", "kz", "la", "lat", "lb", "lc", "li", "life", "link",
    "live", "lk", "lol", "lr", "ls", "lt", "ltd", "lu", "lv", "ly", "ma", "mc", "me", "media",
    "men", "mg", "mh", "mil", "mk", "ml", "mm", "mn", "mo", "mobi", "monster", "mp", "mq", "mr",
    "ms", "mt", "mu", "museum", "mv", "mw", "mx", "my", "mz", "na", "nc", "ne", "net", "network",
    "news", "nf", "ng", "ni", "ninja", "nl", "no", "np", "nr", "nu", "nz", "om", "one", "online",
    "org", "pa", "page", "party", "pe", "pf", "pg", "ph", "pk", "pl", "pm", "pn", "pr", "pro", "ps",
    "pt", "pw", "qa", "quest", "re", "rest", "review", "ro", "rocks", "rs", "ru", "run", "rw", "sa",
    "sb", "sbs", "sc", "sd", "se", "services", "sg", "shop", "si", "site", "sk", "sl", "sm", "sn",
    "social", "solutions", "space", "sr", "ss", "st", "store", "stream", "studio", "su", "support",
    "sv", "sx", "sy", "systems", "sz", "tc", "td", "tech", "tel", "tf", "tg", "th", "tj", "tk",
    "tl", "tm", "tn", "to", "today", "top", "tr", "travel", "tt", "tv", "tw", "tz", "ua", "ug",
    "uk", "us", "uy", "uz", "va", "vc", "ve", "vg", "vi", "video", "vip", "vn", "vu", "website",
    "wf", "win", "work", "world", "ws", "xyz", "ye", "yt", "za", "zm", "zone", "zw",
];
