//! The ADB wire protocol between the adb server and a phone's adbd (`protocol.txt` in adb's
//! sources): messages of a 24-byte header — six little-endian `u32`s: command, arg0, arg1,
//! payload length, payload checksum (byte sum), magic (command XOR `0xffffffff`) — and the
//! payload.
//!
//! Decoding checks the magic, bounds the length before allocating, and checks the checksum
//! when the sender set one (protocol version `0x01000001` lets it be 0).

use std::io::{self, Read};

pub(crate) const A_CNXN: u32 = u32::from_le_bytes(*b"CNXN");
pub(crate) const A_AUTH: u32 = u32::from_le_bytes(*b"AUTH");
pub(crate) const A_OPEN: u32 = u32::from_le_bytes(*b"OPEN");
pub(crate) const A_OKAY: u32 = u32::from_le_bytes(*b"OKAY");
pub(crate) const A_CLSE: u32 = u32::from_le_bytes(*b"CLSE");
pub(crate) const A_WRTE: u32 = u32::from_le_bytes(*b"WRTE");

/// The protocol version this device speaks: the one that lets checksums be skipped.
pub(crate) const A_VERSION: u32 = 0x0100_0001;
/// The largest payload accepted from the server (adb's `MAX_PAYLOAD`, 1 MiB).
pub(crate) const MAX_PAYLOAD: u32 = 1024 * 1024;

/// `AUTH` subtypes (arg0).
pub(crate) const AUTH_TOKEN: u32 = 1;
pub(crate) const AUTH_SIGNATURE: u32 = 2;

const HEADER: usize = 24;

/// One message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Message {
    pub(crate) command: u32,
    pub(crate) arg0: u32,
    pub(crate) arg1: u32,
    pub(crate) payload: Vec<u8>,
}

/// Why a message could not be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum WireError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("bad magic {magic:#010x} for command {command:#010x}")]
    BadMagic { command: u32, magic: u32 },
    #[error("payload of {length} bytes is over the {max}-byte limit")]
    TooLong { length: u32, max: u32 },
    #[error("payload checksum {found:#x}, header says {expected:#x}")]
    BadChecksum { expected: u32, found: u32 },
}

/// The byte sum the header carries.
fn checksum(payload: &[u8]) -> u32 {
    payload
        .iter()
        .fold(0u32, |sum, &byte| sum.wrapping_add(u32::from(byte)))
}

/// `command` with its arguments and payload, ready to send.
pub(crate) fn encode(command: u32, arg0: u32, arg1: u32, payload: &[u8]) -> Vec<u8> {
    let length = u32::try_from(payload.len()).unwrap_or(u32::MAX);
    let mut bytes = Vec::with_capacity(HEADER + payload.len());
    for word in [
        command,
        arg0,
        arg1,
        length,
        checksum(payload),
        command ^ 0xffff_ffff,
    ] {
        bytes.extend_from_slice(&word.to_le_bytes());
    }
    bytes.extend_from_slice(payload);
    bytes
}

/// Reads one message.
pub(crate) fn read_message(reader: &mut impl Read) -> Result<Message, WireError> {
    let mut header = [0u8; HEADER];
    reader.read_exact(&mut header)?;
    let word = |index: usize| {
        header
            .get(index * 4..index * 4 + 4)
            .and_then(|bytes| <[u8; 4]>::try_from(bytes).ok())
            .map_or(0, u32::from_le_bytes)
    };
    let (command, arg0, arg1, length, check, magic) =
        (word(0), word(1), word(2), word(3), word(4), word(5));
    if magic != command ^ 0xffff_ffff {
        return Err(WireError::BadMagic { command, magic });
    }
    if length > MAX_PAYLOAD {
        return Err(WireError::TooLong {
            length,
            max: MAX_PAYLOAD,
        });
    }
    let mut payload = vec![0u8; length as usize];
    reader.read_exact(&mut payload)?;
    let found = checksum(&payload);
    if check != 0 && check != found {
        return Err(WireError::BadChecksum {
            expected: check,
            found,
        });
    }
    Ok(Message {
        command,
        arg0,
        arg1,
        payload,
    })
}

/// Fuzzing entry point: `bytes` as what an adb server could send the phone. Must never panic
/// or allocate beyond the payload cap, whatever the bytes.
pub fn fuzz_read_messages(bytes: &[u8]) {
    let mut reader = bytes;
    while read_message(&mut reader).is_ok() {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_a_message() {
        let bytes = encode(A_OPEN, 7, 0, b"shell:getprop\0");
        assert_eq!(bytes.len(), 24 + 14);
        assert_eq!(&bytes[..4], b"OPEN");
        let message = read_message(&mut bytes.as_slice()).expect("decodes");
        assert_eq!(
            message,
            Message {
                command: A_OPEN,
                arg0: 7,
                arg1: 0,
                payload: b"shell:getprop\0".to_vec()
            }
        );
    }

    #[test]
    fn accepts_a_zero_checksum() {
        let mut bytes = encode(A_WRTE, 1, 2, b"abc");
        bytes[16..20].copy_from_slice(&0u32.to_le_bytes());
        assert!(read_message(&mut bytes.as_slice()).is_ok());
    }

    #[test]
    fn refuses_damaged_messages() {
        let good = encode(A_WRTE, 1, 2, b"abc");
        let mut bad_magic = good.clone();
        bad_magic[20] ^= 1;
        assert!(matches!(
            read_message(&mut bad_magic.as_slice()),
            Err(WireError::BadMagic { .. })
        ));
        let mut bad_sum = good.clone();
        bad_sum[16] ^= 1;
        assert!(matches!(
            read_message(&mut bad_sum.as_slice()),
            Err(WireError::BadChecksum { .. })
        ));
        let mut huge = good.clone();
        huge[12..16].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(matches!(
            read_message(&mut huge.as_slice()),
            Err(WireError::TooLong { .. })
        ));
        for end in 0..good.len() {
            assert!(
                matches!(read_message(&mut &good[..end]), Err(WireError::Io(_))),
                "prefix of {end} bytes"
            );
        }
    }

    #[test]
    fn hostile_bytes_do_not_panic() {
        let mut state = 0x2545_f491_u32;
        for _ in 0..2000 {
            let bytes: Vec<u8> = (0..40)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 17;
                    state ^= state << 5;
                    state.to_le_bytes()[0]
                })
                .collect();
            let _ = read_message(&mut bytes.as_slice());
        }
    }
}
