//! The adb server's host protocol, as framing and parsing on plain bytes (no sockets here, so
//! it is tested with in-code fixtures).
//!
//! From the server's `OVERVIEW.TXT` and `SERVICES.TXT`: a request is its length as 4 hex digits
//! followed by the text (`000chost:version`). The server answers `OKAY`, or `FAIL` followed by
//! a 4-hex-digit length and a message. Queries (`host:version`, `host:devices-l`) then send
//! one length-prefixed block; after `host:transport:<serial>` the same connection carries one
//! device service (`shell:…`, `exec:…`), whose output is the rest of the stream until the
//! server closes it.
//!
//! Everything the server sends is checked: a length must be 4 hex digits, a status one of the
//! two words. Nothing here can panic or allocate more than 64 KiB, whatever the bytes.

use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Read};

/// The longest request the 4-hex-digit length can describe.
const MAX_REQUEST: usize = 0xffff;

/// What the server answered to a request.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Reply {
    Okay,
    Fail(String),
}

/// Why reading a reply failed.
#[derive(Debug)]
pub(crate) enum ReadError {
    Io(io::Error),
    /// The bytes break the protocol; the text says how.
    Malformed(String),
}

impl From<io::Error> for ReadError {
    fn from(error: io::Error) -> Self {
        Self::Io(error)
    }
}

/// `request` framed for the server, or `None` when it is too long to frame.
pub(crate) fn encode_request(request: &str) -> Option<Vec<u8>> {
    if request.len() > MAX_REQUEST {
        return None;
    }
    let mut framed = format!("{:04x}", request.len()).into_bytes();
    framed.extend_from_slice(request.as_bytes());
    Some(framed)
}

/// Reads `OKAY`, or `FAIL` and its message.
pub(crate) fn read_reply(reader: &mut impl Read) -> Result<Reply, ReadError> {
    let mut status = [0u8; 4];
    reader.read_exact(&mut status)?;
    match &status {
        b"OKAY" => Ok(Reply::Okay),
        b"FAIL" => {
            let message = read_block(reader)?;
            Ok(Reply::Fail(
                String::from_utf8_lossy(&message).trim_end().to_owned(),
            ))
        }
        other => Err(ReadError::Malformed(format!(
            "expected OKAY or FAIL, got {:?}",
            String::from_utf8_lossy(other)
        ))),
    }
}

/// Reads a block: 4 hex digits of length, then that many bytes.
pub(crate) fn read_block(reader: &mut impl Read) -> Result<Vec<u8>, ReadError> {
    let mut digits = [0u8; 4];
    reader.read_exact(&mut digits)?;
    let length = parse_hex4(&digits)?;
    let mut block = vec![0u8; length];
    reader.read_exact(&mut block)?;
    Ok(block)
}

/// The 4 hex digits in `digits` (`u16::from_str_radix` would also take a sign).
fn parse_hex4(digits: &[u8; 4]) -> Result<usize, ReadError> {
    digits.iter().try_fold(0usize, |value, &digit| {
        let nibble = char::from(digit).to_digit(16).ok_or_else(|| {
            ReadError::Malformed(format!(
                "expected a 4-hex-digit length, got {:?}",
                String::from_utf8_lossy(digits)
            ))
        })?;
        Ok(value * 16 + nibble as usize)
    })
}

/// The server's version from the answer to `host:version` (4 hex digits, e.g. `0029` = 41).
pub(crate) fn parse_version(block: &[u8]) -> Result<u32, ReadError> {
    let digits: &[u8; 4] = block.try_into().map_err(|_| {
        ReadError::Malformed(format!(
            "expected a 4-hex-digit version, got {:?}",
            String::from_utf8_lossy(block)
        ))
    })?;
    parse_hex4(digits).map(|version| version as u32)
}

/// The state of a phone as the adb server lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DeviceState {
    /// Connected and authorised: it can be read.
    Device,
    /// The phone has not accepted this computer's key yet.
    Unauthorized,
    /// Connected but not answering.
    Offline,
    /// The USB device cannot be opened by this user; the server's explanation.
    NoPermissions(String),
    /// Anything else (`recovery`, `bootloader`, `sideload`, `authorizing`, `connecting`, …).
    Other(String),
}

impl fmt::Display for DeviceState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Device => f.write_str("device"),
            Self::Unauthorized => f.write_str("unauthorized"),
            Self::Offline => f.write_str("offline"),
            Self::NoPermissions(text) | Self::Other(text) => f.write_str(text),
        }
    }
}

/// One line of `adb devices -l`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    /// The serial number (USB) or `host:port` (network), as `--serial` takes it.
    pub serial: String,
    pub state: DeviceState,
    /// The `key:value` words after the state: `product`, `model`, `device`, `usb`,
    /// `transport_id`.
    pub properties: BTreeMap<String, String>,
}

impl DeviceInfo {
    /// The model (`model:` in the listing, from `ro.product.model`; adb writes characters other than letters and digits as `_`).
    pub fn model(&self) -> Option<&str> {
        self.property("model")
    }

    /// The product name (`ro.product.name`).
    pub fn product(&self) -> Option<&str> {
        self.property("product")
    }

    /// The device name (`ro.product.device`).
    pub fn device(&self) -> Option<&str> {
        self.property("device")
    }

    fn property(&self, key: &str) -> Option<&str> {
        self.properties.get(key).map(String::as_str)
    }
}

/// Parses the answer to `host:devices-l`: one phone a line, `SERIAL STATE key:value…`. Lines
/// that are not of that shape are skipped.
pub(crate) fn parse_devices(text: &str) -> Vec<DeviceInfo> {
    text.lines().filter_map(parse_device_line).collect()
}

fn parse_device_line(line: &str) -> Option<DeviceInfo> {
    let mut words = line.split_whitespace();
    let serial = words.next()?.to_owned();
    let mut state_words = Vec::new();
    let mut properties = BTreeMap::new();
    for word in words {
        match word.split_once(':') {
            Some((key, value))
                if !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') =>
            {
                properties.insert(key.to_owned(), value.to_owned());
            }
            // The "no permissions" state is a sentence; keep all of it.
            _ => state_words.push(word),
        }
    }
    let state = match state_words.join(" ") {
        state if state.is_empty() => return None,
        state if state == "device" => DeviceState::Device,
        state if state == "unauthorized" => DeviceState::Unauthorized,
        state if state == "offline" => DeviceState::Offline,
        state if state.starts_with("no permissions") => DeviceState::NoPermissions(state),
        state => DeviceState::Other(state),
    };
    Some(DeviceInfo {
        serial,
        state,
        properties,
    })
}

/// Fuzzing entry point: `bytes` as everything an adb server could send back. Must never
/// panic, whatever the bytes.
pub fn fuzz_host_protocol(bytes: &[u8]) {
    let _ = read_reply(&mut &bytes[..]);
    let _ = read_block(&mut &bytes[..]);
    let _ = parse_version(bytes);
    let _ = parse_devices(&String::from_utf8_lossy(bytes));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_requests_with_a_hex_length() {
        assert_eq!(
            encode_request("host:version").as_deref(),
            Some(&b"000chost:version"[..])
        );
        assert_eq!(encode_request(&"x".repeat(0x10000)), None);
        assert!(encode_request(&"x".repeat(0xffff)).is_some());
    }

    #[test]
    fn reads_okay_and_fail_replies() {
        assert_eq!(read_reply(&mut &b"OKAY"[..]).ok(), Some(Reply::Okay));
        let reply = read_reply(&mut &b"FAIL0015device unauthorized.\n"[..]);
        assert_eq!(
            reply.ok(),
            Some(Reply::Fail("device unauthorized.".to_owned()))
        );
    }

    #[test]
    fn refuses_malformed_replies() {
        for bytes in [
            &b"OKEY"[..],
            b"FAIL00zz",
            b"FAIL+fff",
            b"FAIL 12x",
            b"\xff\xfe\x00\x01",
        ] {
            assert!(
                matches!(read_reply(&mut &bytes[..]), Err(ReadError::Malformed(_))),
                "{bytes:?}"
            );
        }
    }

    #[test]
    fn truncated_replies_are_io_errors() {
        let full = b"FAIL0015device unauthorized.\n";
        for end in 0..full.len() {
            let prefix = full.get(..end).unwrap_or_default();
            assert!(
                matches!(read_reply(&mut &prefix[..]), Err(ReadError::Io(_))),
                "prefix of {end} bytes"
            );
        }
    }

    #[test]
    fn reads_blocks_and_versions() {
        let block = read_block(&mut &b"00040029rest"[..]).ok();
        assert_eq!(block.as_deref(), Some(&b"0029"[..]));
        assert_eq!(parse_version(b"0029").ok(), Some(41));
        assert!(parse_version(b"29").is_err());
        assert!(parse_version(b"00290").is_err());
        assert!(parse_version(b"-029").is_err());
        assert_eq!(read_block(&mut &b"0000"[..]).ok(), Some(Vec::new()));
    }

    #[test]
    fn parses_the_device_listing() {
        let listing = "\
0123456789ABCDEF       device usb:1-1 product:bluejay model:Pixel_6a device:bluejay transport_id:3
R58M123ABC             unauthorized usb:1-2 transport_id:4
127.0.0.1:40000        offline product:replay model:Replay device:replay transport_id:5
emulator-5554          no permissions (missing udev rules? user is in the plugdev group); see [http://developer.android.com/tools/device.html] usb:1-3 transport_id:6
HT123                  recovery usb:1-4 transport_id:7

garbage
";
        let devices = parse_devices(listing);
        assert_eq!(devices.len(), 5, "{devices:#?}");
        let pixel = &devices[0];
        assert_eq!(pixel.serial, "0123456789ABCDEF");
        assert_eq!(pixel.state, DeviceState::Device);
        assert_eq!(pixel.model(), Some("Pixel_6a"));
        assert_eq!(pixel.product(), Some("bluejay"));
        assert_eq!(pixel.device(), Some("bluejay"));
        assert_eq!(
            pixel.properties.get("transport_id").map(String::as_str),
            Some("3")
        );
        assert_eq!(devices[1].state, DeviceState::Unauthorized);
        assert_eq!(devices[2].state, DeviceState::Offline);
        match &devices[3].state {
            DeviceState::NoPermissions(text) => {
                assert!(text.starts_with("no permissions (missing udev rules?"));
                assert!(text.ends_with("device.html]"), "{text}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            devices[3].properties.get("usb").map(String::as_str),
            Some("1-3")
        );
        assert_eq!(devices[4].state, DeviceState::Other("recovery".to_owned()));
    }

    #[test]
    fn hostile_listings_do_not_panic() {
        for listing in [
            "",
            "\n\n",
            "x",
            "x y:z",
            ":::: ::::",
            "\u{0}\u{ffff} é:é",
            "a\tb\rc",
        ] {
            let _ = parse_devices(listing);
        }
        assert!(parse_devices("serial-only").is_empty());
    }
}
