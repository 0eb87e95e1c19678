//! Modified UTF-8 (MUTF-8), the string encoding of DEX `string_data_item`s.
//!
//! MUTF-8 differs from UTF-8 in two ways: U+0000 is written `C0 80` (so a string never holds a
//! zero byte, which ends it), and characters above U+FFFF are written as two 3-byte surrogates
//! (CESU-8). ART also accepts plain 4-byte UTF-8 sequences, so we do too. Anything else (a bad
//! lead or continuation byte, a sequence cut short, a lone surrogate) decodes to U+FFFD and is
//! counted as invalid.

use std::borrow::Cow;

/// What a scan of one string found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Scan {
    /// Length in UTF-16 code units (what `string_data_item.utf16_size` should say).
    pub(crate) utf16_len: u64,
    /// Number of invalid sequences (each decoded as U+FFFD).
    pub(crate) invalid: u64,
}

/// One decoded unit: a character, how many UTF-16 units it stands for, and whether it was valid.
struct Unit {
    ch: char,
    utf16: u64,
    valid: bool,
}

/// Decodes one 16-bit code unit (1 to 3 bytes) at the start of `bytes`: the unit and its length
/// in bytes, or `None` when the bytes there are not a valid 1-3 byte sequence.
fn code_unit(bytes: &[u8]) -> Option<(u32, usize)> {
    let b0 = u32::from(*bytes.first()?);
    let cont = |i: usize| -> Option<u32> {
        let b = u32::from(*bytes.get(i)?);
        (b & 0xc0 == 0x80).then_some(b & 0x3f)
    };
    match b0 {
        0x00..=0x7f => Some((b0, 1)),
        0xc0..=0xdf => Some((((b0 & 0x1f) << 6) | cont(1)?, 2)),
        0xe0..=0xef => Some((((b0 & 0x0f) << 12) | (cont(1)? << 6) | cont(2)?, 3)),
        _ => None,
    }
}

/// A 4-byte UTF-8 sequence (which ART accepts in DEX strings): the character and 4.
fn four_byte(bytes: &[u8]) -> Option<(char, usize)> {
    let b0 = u32::from(*bytes.first()?);
    if !(0xf0..=0xf4).contains(&b0) {
        return None;
    }
    let mut value = b0 & 0x07;
    for i in 1..4 {
        let b = u32::from(*bytes.get(i)?);
        if b & 0xc0 != 0x80 {
            return None;
        }
        value = (value << 6) | (b & 0x3f);
    }
    if value < 0x1_0000 {
        return None;
    }
    Some((char::from_u32(value)?, 4))
}

/// Decodes the unit at the start of `bytes` (never empty): the unit and how many bytes it used.
fn next_unit(bytes: &[u8]) -> (Unit, usize) {
    const BAD: Unit = Unit {
        ch: char::REPLACEMENT_CHARACTER,
        utf16: 1,
        valid: false,
    };
    if let Some((ch, used)) = four_byte(bytes) {
        return (
            Unit {
                ch,
                utf16: 2,
                valid: true,
            },
            used,
        );
    }
    let Some((unit, used)) = code_unit(bytes) else {
        return (BAD, 1);
    };
    match unit {
        0xd800..=0xdbff => {
            // A high surrogate must be followed by a low one; together they are one character.
            let low = bytes.get(used..).and_then(code_unit);
            if let Some((low @ 0xdc00..=0xdfff, low_used)) = low {
                let value = 0x1_0000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                if let Some(ch) = char::from_u32(value) {
                    return (
                        Unit {
                            ch,
                            utf16: 2,
                            valid: true,
                        },
                        used.saturating_add(low_used),
                    );
                }
            }
            (BAD, used)
        }
        0xdc00..=0xdfff => (BAD, used),
        _ => match char::from_u32(unit) {
            Some(ch) => (
                Unit {
                    ch,
                    utf16: 1,
                    valid: true,
                },
                used,
            ),
            None => (BAD, used),
        },
    }
}

/// Walks `bytes` unit by unit.
fn for_each_unit(mut bytes: &[u8], mut f: impl FnMut(Unit)) {
    while !bytes.is_empty() {
        let (unit, used) = next_unit(bytes);
        f(unit);
        bytes = bytes.get(used.max(1)..).unwrap_or_default();
    }
}

/// Counts UTF-16 units and invalid sequences without allocating.
pub(crate) fn scan(bytes: &[u8]) -> Scan {
    let mut scan = Scan::default();
    if let Ok(text) = std::str::from_utf8(bytes) {
        // Valid UTF-8 has no `C0 80` and no surrogates, so it means the same in MUTF-8.
        scan.utf16_len = text.chars().map(|c| c.len_utf16() as u64).sum();
        return scan;
    }
    for_each_unit(bytes, |unit| {
        scan.utf16_len = scan.utf16_len.saturating_add(unit.utf16);
        if !unit.valid {
            scan.invalid = scan.invalid.saturating_add(1);
        }
    });
    scan
}

/// Decodes MUTF-8 into a string, borrowing when the bytes are also valid UTF-8, replacing
/// invalid sequences with U+FFFD.
pub(crate) fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(bytes.len());
    for_each_unit(bytes, |unit| out.push(unit.ch));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{decode, scan};

    #[test]
    fn decodes_modified_utf8() {
        // U+0000 as C0 80
        assert_eq!(decode(b"a\xc0\x80b"), "a\0b");
        // U+1F64F (emoji) as a CESU-8 surrogate pair
        let pair = [0xed, 0xa0, 0xbd, 0xed, 0xb9, 0x8f];
        assert_eq!(decode(&pair), "\u{1f64f}");
        assert_eq!(scan(&pair).utf16_len, 2);
        assert_eq!(scan(&pair).invalid, 0);
        // the same as 4-byte UTF-8, which ART accepts
        assert_eq!(decode("\u{1f64f}".as_bytes()), "\u{1f64f}");
        // plain UTF-8 is borrowed
        assert!(matches!(
            decode("Россия".as_bytes()),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(scan("Россия".as_bytes()).utf16_len, 6);
    }

    #[test]
    fn replaces_invalid_sequences() {
        // lone high surrogate, lone low surrogate, bad lead byte, cut-short sequence
        let lone_high = [b'x', 0xed, 0xa0, 0xbd, b'y'];
        assert_eq!(decode(&lone_high), "x\u{fffd}y");
        assert_eq!(scan(&lone_high).invalid, 1);
        let lone_low = [0xed, 0xb9, 0x8f];
        assert_eq!(decode(&lone_low), "\u{fffd}");
        assert_eq!(decode(&[0xff, b'a']), "\u{fffd}a");
        assert_eq!(decode(&[b'a', 0xe2, 0x9c]), "a\u{fffd}\u{fffd}");
        assert_eq!(scan(&[b'a', 0xe2, 0x9c]).invalid, 2);
        assert_eq!(scan(&[0xf8, 0x80, 0x80, 0x80, 0x80]).invalid, 5);
    }
}
