//! `ResStringPool`: the string table of binary XML files and resource tables, decoded the way
//! androidfw decodes it (`ResStringPool::setTo`, `stringAt`), with each check Android makes
//! reported as an anomaly instead of a failure.

use std::sync::Arc;

use super::cursor::{ChunkHeader, Cursor, at};
use super::error::{Anomaly, Part, Tally};

/// `ResStringPool_header` size.
pub(crate) const POOL_HEADER_SIZE: u16 = 28;
const UTF8_FLAG: u32 = 0x100;

/// Decoded strings of one pool; `None` where Android reads null.
#[derive(Debug, Clone, Default)]
pub(crate) struct StringPool {
    strings: Vec<Option<Arc<str>>>,
}

impl StringPool {
    /// String `index`; `None` for `0xFFFFFFFF` (no string), an unreadable string, or an index
    /// past the pool.
    pub(crate) fn get(&self, index: u32) -> Option<Arc<str>> {
        self.strings.get(usize::try_from(index).ok()?)?.clone()
    }

    /// Whether `index` is a valid slot of this pool.
    pub(crate) fn contains(&self, index: u32) -> bool {
        usize::try_from(index).is_ok_and(|i| i < self.strings.len())
    }

    pub(crate) fn len(&self) -> usize {
        self.strings.len()
    }
}

/// Why one string cannot be read.
type Failure = &'static str;

struct Decoded {
    strings: Vec<Option<Arc<str>>>,
    invalid: Tally<(u32, Failure)>,
    unread: u32,
}

/// Parses the pool chunk `chunk` (header included; its declared size already clamped to the
/// bytes available). `max_strings` caps the count; `budget` caps the decoded bytes.
pub(crate) fn parse_pool(
    chunk: &[u8],
    part: Part,
    max_strings: u32,
    budget: u64,
    anomalies: &mut Vec<Anomaly>,
) -> StringPool {
    let cursor = Cursor::new(chunk);
    let invalid = |reason| Anomaly::StringPoolInvalid { part, reason };
    let Some(header) = ChunkHeader::read(&cursor, 0) else {
        anomalies.push(invalid("header cut short"));
        return StringPool::default();
    };
    let field = |off: usize| cursor.u32_at(off);
    let (Some(count), Some(style_count), Some(flags), Some(strings_start), Some(styles_start)) =
        (field(8), field(12), field(16), field(20), field(24))
    else {
        anomalies.push(invalid("header cut short"));
        return StringPool::default();
    };
    let header_size = usize::from(header.header_size.max(POOL_HEADER_SIZE));
    if header.header_size < POOL_HEADER_SIZE {
        anomalies.push(invalid("header size too small"));
    }
    let len = chunk.len();
    // Entries (u32 offsets) fitting between the header and the end of the chunk.
    let mut entries_end = len;
    if let Ok(start) = usize::try_from(strings_start)
        && (header_size..len).contains(&start)
    {
        entries_end = start;
    }
    let room = u32::try_from(entries_end.saturating_sub(header_size) / 4).unwrap_or(u32::MAX);
    let mut count_read = count;
    if count > room {
        anomalies.push(invalid("stringCount entries extend past the chunk"));
        count_read = room;
    }
    if count_read > max_strings {
        anomalies.push(Anomaly::OverLimit {
            what: "strings in a pool",
            count: u64::from(count_read),
            limit: u64::from(max_strings),
        });
        count_read = max_strings;
    }
    if count_read == 0 {
        return StringPool::default();
    }
    let strings_start_at = usize::try_from(strings_start).unwrap_or(usize::MAX);
    if strings_start_at >= len.saturating_sub(2) {
        anomalies.push(invalid("stringsStart is past the end of the chunk"));
    }
    let mut pool_end = len;
    if style_count > 0 {
        let styles_at = usize::try_from(styles_start).unwrap_or(usize::MAX);
        if styles_at >= len.saturating_sub(2) || styles_start <= strings_start {
            anomalies.push(invalid("stylesStart is out of place"));
        } else {
            pool_end = styles_at;
        }
    }
    let area = cursor.range(strings_start_at, pool_end).unwrap_or_default();
    let utf8 = flags & UTF8_FLAG != 0;
    let unit = if utf8 { 1 } else { 2 };
    let pool_units = area.len() / unit;
    // Android: the pool's last character must be 0.
    let last = if utf8 {
        area.last().map(|&b| u16::from(b))
    } else {
        area.get(pool_units.saturating_sub(1).saturating_mul(2)..)
            .and_then(|b| Some(u16::from_le_bytes(b.get(..2)?.try_into().ok()?)))
    };
    if last != Some(0) {
        anomalies.push(invalid("last string is not 0-terminated"));
    }
    let entries: Vec<u32> = (0..count_read)
        .map_while(|i| cursor.u32_at(at(header_size, i.checked_mul(4)?)?))
        .collect();
    let declared = decode_all(area, &entries, utf8, budget);
    // The UTF-8 flag is a favourite corruption: when most strings fail one way and fewer fail
    // the other, the flag is wrong.
    let chosen = if declared.invalid.count > 0
        && u64::from(declared.invalid.count) * 2 >= entries.len() as u64
    {
        let other = decode_all(area, &entries, !utf8, budget);
        if other.invalid.count < declared.invalid.count {
            let name = |u: bool| if u { "UTF-8" } else { "UTF-16" };
            anomalies.push(Anomaly::StringEncodingMismatch {
                part,
                flagged: name(utf8),
                actual: name(!utf8),
            });
            other
        } else {
            declared
        }
    } else {
        declared
    };
    if let Some((count, (first_index, reason))) = chosen.invalid.take() {
        anomalies.push(Anomaly::StringInvalid {
            part,
            count,
            first_index,
            reason,
        });
    }
    if chosen.unread > 0 {
        anomalies.push(Anomaly::StringBudgetExhausted {
            part,
            budget,
            unread: chosen.unread,
        });
    }
    StringPool {
        strings: chosen.strings,
    }
}

fn decode_all(area: &[u8], entries: &[u32], utf8: bool, budget: u64) -> Decoded {
    let mut left = budget;
    let mut out = Decoded {
        strings: Vec::with_capacity(entries.len()),
        invalid: Tally::default(),
        unread: 0,
    };
    for (index, &offset) in (0u32..).zip(entries) {
        if left == 0 {
            out.unread = out.unread.saturating_add(1);
            out.strings.push(None);
            continue;
        }
        let result = if utf8 {
            decode_utf8(area, offset, left)
        } else {
            decode_utf16(area, offset, left)
        };
        match result {
            Ok(s) => {
                left = left.saturating_sub(s.len() as u64);
                out.strings.push(Some(Arc::from(s)));
            }
            Err(Some(reason)) => {
                out.invalid.add(|| (index, reason));
                out.strings.push(None);
            }
            Err(None) => {
                left = 0;
                out.unread = out.unread.saturating_add(1);
                out.strings.push(None);
            }
        }
    }
    out
}

/// androidfw `decodeLength` for UTF-8 pools: 1 byte, or 2 when the high bit is set.
fn length8(area: &[u8], at: usize) -> Option<(usize, usize)> {
    let first = *area.get(at)?;
    if first & 0x80 == 0 {
        return Some((usize::from(first), 1));
    }
    let second = *area.get(at.checked_add(1)?)?;
    Some(((usize::from(first & 0x7f) << 8) | usize::from(second), 2))
}

/// androidfw `decodeLength` for UTF-16 pools: 1 unit, or 2 when the high bit is set.
fn length16(area: &[u8], at: usize) -> Option<(usize, usize)> {
    let unit = |i: usize| -> Option<u16> {
        let b = area.get(i..i.checked_add(2)?)?;
        Some(u16::from_le_bytes(b.try_into().ok()?))
    };
    let first = unit(at)?;
    if first & 0x8000 == 0 {
        return Some((usize::from(first), 2));
    }
    let second = unit(at.checked_add(2)?)?;
    Some((
        ((usize::from(first & 0x7fff)) << 16) | usize::from(second),
        4,
    ))
}

/// `Err(Some(reason))`: Android reads null. `Err(None)`: over the decoding budget.
fn decode_utf8(area: &[u8], offset: u32, budget: u64) -> Result<String, Option<Failure>> {
    let start = usize::try_from(offset).map_err(|_| Some("offset past the pool"))?;
    if start >= area.len().saturating_sub(1) {
        return Err(Some("offset past the pool"));
    }
    let (utf16_len, a) = length8(area, start).ok_or(Some("length cut short"))?;
    let (byte_len, b) = length8(area, start.saturating_add(a)).ok_or(Some("length cut short"))?;
    let data = start.saturating_add(a).saturating_add(b);
    let end = data.saturating_add(byte_len);
    if end >= area.len() {
        return Err(Some("string runs past the pool"));
    }
    if byte_len as u64 > budget {
        return Err(None);
    }
    if area.get(end) != Some(&0) {
        return Err(Some("not 0-terminated"));
    }
    let bytes = area
        .get(data..end)
        .ok_or(Some("string runs past the pool"))?;
    let s = std::str::from_utf8(bytes).map_err(|_| Some("invalid UTF-8"))?;
    // Android compares the UTF-16 length (its low 15 bits: aapt truncated longer ones).
    if s.encode_utf16().count() & 0x7fff != utf16_len & 0x7fff {
        return Err(Some("UTF-16 length does not match"));
    }
    Ok(s.to_owned())
}

fn decode_utf16(area: &[u8], offset: u32, budget: u64) -> Result<String, Option<Failure>> {
    let units = area.len() / 2;
    let start_unit = usize::try_from(offset / 2).map_err(|_| Some("offset past the pool"))?;
    if start_unit >= units.saturating_sub(1) {
        return Err(Some("offset past the pool"));
    }
    let start = start_unit.saturating_mul(2);
    let (len, header) = length16(area, start).ok_or(Some("length cut short"))?;
    let data = start.saturating_add(header);
    let end = data.saturating_add(len.saturating_mul(2));
    if end.saturating_add(1) >= area.len() || end / 2 >= units {
        return Err(Some("string runs past the pool"));
    }
    if (len as u64).saturating_mul(2) > budget {
        return Err(None);
    }
    if area.get(end..end.saturating_add(2)) != Some(&[0, 0][..]) {
        return Err(Some("not 0-terminated"));
    }
    let bytes = area
        .get(data..end)
        .ok_or(Some("string runs past the pool"))?;
    let wide = bytes.chunks_exact(2).map(|c| {
        u16::from_le_bytes([
            c.first().copied().unwrap_or(0),
            c.get(1).copied().unwrap_or(0),
        ])
    });
    // Unpaired surrogates are legal UTF-16 to Android (Java strings); they become U+FFFD here
    // but count against this encoding when guessing a corrupted UTF-8 flag.
    let mut bad = false;
    let s: String = char::decode_utf16(wide)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bad {
        return Err(Some("unpaired UTF-16 surrogate"));
    }
    Ok(s)
}

/// Builds a pool chunk (for tests and fuzz seeds).
#[cfg(test)]
pub(crate) fn build_pool(strings: &[&str], utf8: bool) -> Vec<u8> {
    let mut data = Vec::new();
    let mut offsets = Vec::new();
    for s in strings {
        offsets.push(u32::try_from(data.len()).unwrap_or(0));
        if utf8 {
            let n16 = s.encode_utf16().count();
            for n in [n16, s.len()] {
                if n > 0x7f {
                    data.push(0x80 | ((n >> 8) as u8));
                    data.push((n & 0xff) as u8);
                } else {
                    data.push(n as u8);
                }
            }
            data.extend_from_slice(s.as_bytes());
            data.push(0);
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            data.extend_from_slice(&(units.len() as u16).to_le_bytes());
            for u in units {
                data.extend_from_slice(&u.to_le_bytes());
            }
            data.extend_from_slice(&[0, 0]);
        }
    }
    while data.len() % 4 != 0 {
        data.push(0);
    }
    let strings_start = 28 + 4 * strings.len();
    let size = strings_start + data.len();
    let mut out = Vec::new();
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&28u16.to_le_bytes());
    out.extend_from_slice(&(size as u32).to_le_bytes());
    out.extend_from_slice(&(strings.len() as u32).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&(if utf8 { UTF8_FLAG } else { 0 }).to_le_bytes());
    out.extend_from_slice(&(strings_start as u32).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes());
    for o in offsets {
        out.extend_from_slice(&o.to_le_bytes());
    }
    out.extend_from_slice(&data);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(chunk: &[u8]) -> (StringPool, Vec<Anomaly>) {
        let mut anomalies = Vec::new();
        let pool = parse_pool(chunk, Part::Axml, 1 << 20, 1 << 20, &mut anomalies);
        (pool, anomalies)
    }

    #[test]
    fn decodes_utf8_and_utf16_pools() {
        for utf8 in [true, false] {
            let words = ["manifest", "", "π现代", &"x".repeat(300)];
            let (pool, anomalies) = parse(&build_pool(&words, utf8));
            assert!(anomalies.is_empty(), "{anomalies:?}");
            for (i, w) in (0u32..).zip(words) {
                assert_eq!(pool.get(i).as_deref(), Some(w));
            }
            assert_eq!(pool.get(4), None);
        }
    }

    #[test]
    fn reads_a_pool_whose_utf8_flag_was_flipped() {
        let mut chunk = build_pool(&["manifest", "package", "application"], true);
        chunk[17] ^= 1; // flags bit 0x100
        let (pool, anomalies) = parse(&chunk);
        assert_eq!(pool.get(1).as_deref(), Some("package"));
        assert!(
            anomalies
                .iter()
                .any(|a| a.code() == "axml.string-encoding-mismatch")
        );
    }

    #[test]
    fn clamps_a_huge_string_count() {
        let mut chunk = build_pool(&["a", "b"], true);
        chunk[8..12].copy_from_slice(&0x0fff_ffffu32.to_le_bytes());
        let (pool, anomalies) = parse(&chunk);
        assert!(pool.len() < 10);
        assert_eq!(pool.get(0).as_deref(), Some("a"));
        assert!(
            anomalies
                .iter()
                .any(|a| a.code() == "axml.string-pool-invalid")
        );
    }
}
