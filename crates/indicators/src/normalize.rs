//! Canonical forms of indicator values, so that equal values compare equal whatever feed they
//! came from.
//!
//! - hashes and certificate fingerprints: lower-case hex, separators (`:`, spaces, `-`) removed,
//!   length checked against the kind;
//! - domains: lower case, trailing dot removed, internationalised names in IDNA ASCII form
//!   (punycode, `xn--`), as DNS and TLS carry them;
//! - IP addresses and networks: the standard library's canonical text (IPv6 compressed), networks
//!   truncated to their prefix (`10.1.2.3/8` → `10.0.0.0/8`);
//! - URLs: scheme and host in lower case (the path is case-sensitive and kept);
//! - package and bundle ids, e-mail addresses: trimmed; e-mail domains lower-cased.

use std::net::IpAddr;

use crate::model::IndicatorKind;

/// Why a value cannot be an indicator of the given kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a valid {kind}: {reason}")]
pub struct InvalidValue {
    pub kind: IndicatorKind,
    pub value: String,
    pub reason: String,
}

fn invalid(kind: IndicatorKind, value: &str, reason: impl Into<String>) -> InvalidValue {
    InvalidValue {
        kind,
        value: value.to_owned(),
        reason: reason.into(),
    }
}

/// Returns the canonical form of `value` as an indicator of `kind`.
pub fn normalize(kind: IndicatorKind, value: &str) -> Result<String, InvalidValue> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(invalid(kind, value, "empty value"));
    }
    match kind {
        IndicatorKind::CertSha1 | IndicatorKind::FileSha1 => hex_digest(kind, trimmed, 40),
        IndicatorKind::CertSha256 | IndicatorKind::FileSha256 => hex_digest(kind, trimmed, 64),
        IndicatorKind::FileMd5 => hex_digest(kind, trimmed, 32),
        IndicatorKind::Domain => domain(trimmed).map_err(|reason| invalid(kind, value, reason)),
        IndicatorKind::Ipv4 | IndicatorKind::Ipv6 => ip_address(kind, trimmed),
        IndicatorKind::Cidr => cidr(trimmed).map_err(|reason| invalid(kind, value, reason)),
        IndicatorKind::Url => url(trimmed).map_err(|reason| invalid(kind, value, reason)),
        IndicatorKind::Email => email(trimmed).map_err(|reason| invalid(kind, value, reason)),
        IndicatorKind::AndroidPackage | IndicatorKind::IosBundle => {
            if trimmed.chars().any(char::is_whitespace) {
                Err(invalid(kind, value, "contains white space"))
            } else {
                Ok(trimmed.to_owned())
            }
        }
        IndicatorKind::CertCnRegex => match regex::Regex::new(trimmed) {
            Ok(_) => Ok(trimmed.to_owned()),
            Err(error) => Err(invalid(
                kind,
                value,
                format!("not a regular expression: {error}"),
            )),
        },
        // Rule text keeps its own layout; the rest are free text compared exactly.
        IndicatorKind::YaraRule => Ok(value.to_owned()),
        IndicatorKind::CertOrganization
        | IndicatorKind::ConfigurationProfile
        | IndicatorKind::AndroidProperty
        | IndicatorKind::ProcessName
        | IndicatorKind::FilePath
        | IndicatorKind::FileName => Ok(trimmed.to_owned()),
    }
}

fn hex_digest(kind: IndicatorKind, value: &str, length: usize) -> Result<String, InvalidValue> {
    // Feeds list thousands of digests, almost all already bare hex: one pass and one copy.
    if value.len() == length && value.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(value.to_ascii_lowercase());
    }
    let digits: String = value
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(invalid(
            kind,
            value,
            "contains characters that are not hexadecimal",
        ));
    }
    if digits.len() != length {
        return Err(invalid(
            kind,
            value,
            format!("has {} hex digits, expected {length}", digits.len()),
        ));
    }
    Ok(digits)
}

/// Canonical DNS name: lower case, no trailing dot, IDNA ASCII.
pub fn domain(value: &str) -> Result<String, String> {
    let without_dot = value.strip_suffix('.').unwrap_or(value);
    if without_dot.is_empty() {
        return Err("empty name".into());
    }
    if without_dot.contains(['/', ':', '@', ' ']) {
        return Err(
            "contains '/', ':', '@' or a space: a URL, address or e-mail is not a domain".into(),
        );
    }
    let ascii = if without_dot.is_ascii() {
        without_dot.to_ascii_lowercase()
    } else {
        idna::domain_to_ascii(without_dot)
            .map_err(|error| format!("not a valid IDNA name: {error}"))?
    };
    // Leading wildcards (`*.example.com`) mean the same as the domain with subdomain matching.
    let ascii = ascii.strip_prefix("*.").map(str::to_owned).unwrap_or(ascii);
    if ascii.split('.').any(str::is_empty) {
        return Err("has an empty label".into());
    }
    if !ascii
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
    {
        return Err("contains characters not allowed in a DNS name".into());
    }
    Ok(ascii)
}

fn ip_address(kind: IndicatorKind, value: &str) -> Result<String, InvalidValue> {
    let address: IpAddr = value
        .parse()
        .map_err(|_| invalid(kind, value, "not an IP address"))?;
    match (kind, address) {
        (IndicatorKind::Ipv4, IpAddr::V4(_)) | (IndicatorKind::Ipv6, IpAddr::V6(_)) => {
            Ok(address.to_string())
        }
        _ => Err(invalid(kind, value, "wrong address family")),
    }
}

/// Canonical network: address truncated to the prefix; a bare address becomes a host route.
pub fn cidr(value: &str) -> Result<String, String> {
    if let Ok(network) = value.parse::<ipnet::IpNet>() {
        return Ok(network.trunc().to_string());
    }
    match value.parse::<IpAddr>() {
        Ok(address) => Ok(ipnet::IpNet::from(address).to_string()),
        Err(_) => Err("not an IP network in CIDR notation".into()),
    }
}

/// The kind an IP-like text belongs to: `Ipv4`, `Ipv6` or `Cidr`; `None` when it is none.
pub fn ip_kind(value: &str) -> Option<IndicatorKind> {
    let value = value.trim();
    match value.parse::<IpAddr>() {
        Ok(IpAddr::V4(_)) => Some(IndicatorKind::Ipv4),
        Ok(IpAddr::V6(_)) => Some(IndicatorKind::Ipv6),
        Err(_) => value
            .parse::<ipnet::IpNet>()
            .ok()
            .map(|_| IndicatorKind::Cidr),
    }
}

/// Splits `scheme://host[:port]/rest` into its parts; `None` when there is no `://`.
pub fn split_url(value: &str) -> Option<(&str, &str, &str)> {
    let (scheme, rest) = value.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let host_port = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    Some((scheme, host_port, tail))
}

/// The host of a URL in canonical domain or IP form; `None` when it has none.
pub fn url_host(value: &str) -> Option<String> {
    let (_, host_port, _) = split_url(value.trim())?;
    let host = if let Some(bracketed) = host_port.strip_prefix('[') {
        bracketed.split(']').next().unwrap_or(bracketed)
    } else {
        host_port
            .rsplit_once(':')
            .map_or(host_port, |(host, port)| {
                if port.bytes().all(|b| b.is_ascii_digit()) {
                    host
                } else {
                    host_port
                }
            })
    };
    if let Ok(address) = host.parse::<IpAddr>() {
        return Some(address.to_string());
    }
    domain(host).ok()
}

fn url(value: &str) -> Result<String, String> {
    let Some((scheme, host_port, tail)) = split_url(value) else {
        // Feeds list scheme-less URLs (`example.com/path`); keep them as written, host lowered.
        let end = value.find('/').unwrap_or(value.len());
        let (host, tail) = value.split_at(end);
        return Ok(format!("{}{tail}", host.to_ascii_lowercase()));
    };
    if scheme.is_empty() || host_port.is_empty() {
        return Err("has no scheme or no host".into());
    }
    let host_port_lower = host_port.to_ascii_lowercase();
    let host_port = match host_port_lower.rsplit_once(':') {
        Some((host, port))
            if port.bytes().all(|b| b.is_ascii_digit()) && !host.starts_with('[') =>
        {
            format!(
                "{}:{port}",
                domain(host).unwrap_or_else(|_| host.to_owned())
            )
        }
        _ if host_port_lower.starts_with('[') => host_port_lower,
        _ => domain(&host_port_lower).unwrap_or(host_port_lower),
    };
    Ok(format!(
        "{}://{host_port}{tail}",
        scheme.to_ascii_lowercase()
    ))
}

fn email(value: &str) -> Result<String, String> {
    let (local, domain_part) = value.rsplit_once('@').ok_or("has no '@'")?;
    if local.is_empty() {
        return Err("has an empty local part".into());
    }
    Ok(format!("{local}@{}", domain(domain_part)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_fingerprints_lose_case_and_colons() {
        assert_eq!(
            normalize(
                IndicatorKind::CertSha1,
                "31:A6:EC:EC:D9:7C:F3:9B:C4:12:6B:87:45:CD:94:A7:C3:0B:F8:1C"
            )
            .as_deref(),
            Ok("31a6ececd97cf39bc4126b8745cd94a7c30bf81c")
        );
        assert!(normalize(IndicatorKind::CertSha1, "31A6").is_err());
        assert!(normalize(IndicatorKind::FileMd5, "zz".repeat(16).as_str()).is_err());
    }

    #[test]
    fn domains_lose_case_trailing_dot_and_get_punycode() {
        assert_eq!(
            domain("MY.TheTruthSpy.COM.").as_deref(),
            Ok("my.thetruthspy.com")
        );
        assert_eq!(
            domain("bücher.example").as_deref(),
            Ok("xn--bcher-kva.example")
        );
        assert_eq!(domain("*.copy9.com").as_deref(), Ok("copy9.com"));
        assert!(domain("a..b").is_err());
        assert!(domain("http://x.com").is_err());
    }

    #[test]
    fn addresses_and_networks_take_canonical_form() {
        assert_eq!(
            normalize(IndicatorKind::Ipv6, "2001:DB8:0:0::1").as_deref(),
            Ok("2001:db8::1")
        );
        assert!(normalize(IndicatorKind::Ipv4, "2001:db8::1").is_err());
        assert_eq!(cidr("10.1.2.3/8").as_deref(), Ok("10.0.0.0/8"));
        assert_eq!(cidr("192.0.2.1").as_deref(), Ok("192.0.2.1/32"));
        assert_eq!(ip_kind("192.0.2.0/24"), Some(IndicatorKind::Cidr));
    }

    #[test]
    fn urls_keep_path_case_and_expose_host() {
        assert_eq!(
            normalize(
                IndicatorKind::Url,
                "HTTPS://Media-Sync-A.TheTruthSpy.com/Upload.php?a=b=c"
            )
            .as_deref(),
            Ok("https://media-sync-a.thetruthspy.com/Upload.php?a=b=c")
        );
        assert_eq!(
            url_host("http://user@[2001:db8::1]:8080/x").as_deref(),
            Some("2001:db8::1")
        );
        assert_eq!(
            url_host("https://copy9.com:443/").as_deref(),
            Some("copy9.com")
        );
    }
}
