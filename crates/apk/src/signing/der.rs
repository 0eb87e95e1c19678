//! A lenient DER reader (tag, length, value) for X.509 certificates and PKCS#7, and the
//! little-endian length-prefixed reader of the APK Signing Block. Every read is checked and
//! fails with a named [`Malformed`] instead of indexing past the end.

use std::fmt;

/// What could not be decoded, naming the structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Malformed(pub(crate) &'static str);

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

pub(crate) type Parsed<T> = Result<T, Malformed>;

pub(crate) const TAG_INTEGER: u8 = 0x02;
pub(crate) const TAG_BIT_STRING: u8 = 0x03;
pub(crate) const TAG_OID: u8 = 0x06;
pub(crate) const TAG_UTC_TIME: u8 = 0x17;
pub(crate) const TAG_GENERALIZED_TIME: u8 = 0x18;
pub(crate) const TAG_SEQUENCE: u8 = 0x30;
pub(crate) const TAG_SET: u8 = 0x31;

/// One element: its tag byte, its content, and its whole encoding (tag + length + content).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tlv<'a> {
    pub(crate) tag: u8,
    pub(crate) content: &'a [u8],
    pub(crate) raw: &'a [u8],
}

/// A cursor over DER elements. Lenient where real signing tools are (non-minimal lengths are
/// accepted, as Android's certificate parser does); indefinite lengths and multi-byte tags,
/// which no signing certificate uses, are refused.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Der<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Der<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Der<'a> {
        Der { buf, pos: 0 }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    fn byte(&mut self, what: &'static str) -> Parsed<u8> {
        let b = *self.buf.get(self.pos).ok_or(Malformed(what))?;
        self.pos = self.pos.checked_add(1).ok_or(Malformed(what))?;
        Ok(b)
    }

    /// The next element, whatever its tag.
    pub(crate) fn read(&mut self) -> Parsed<Tlv<'a>> {
        let start = self.pos;
        let tag = self.byte("DER element cut short (tag)")?;
        if tag & 0x1f == 0x1f {
            return Err(Malformed("DER multi-byte tag"));
        }
        let first = self.byte("DER element cut short (length)")?;
        let len = if first < 0x80 {
            usize::from(first)
        } else if first == 0x80 {
            return Err(Malformed("DER indefinite length"));
        } else {
            let count = first & 0x7f;
            if count > 4 {
                return Err(Malformed("DER length longer than 4 bytes"));
            }
            let mut len = 0usize;
            for _ in 0..count {
                let b = self.byte("DER element cut short (length)")?;
                len = len
                    .checked_mul(256)
                    .and_then(|l| l.checked_add(usize::from(b)))
                    .ok_or(Malformed("DER length overflows"))?;
            }
            len
        };
        let end = self
            .pos
            .checked_add(len)
            .ok_or(Malformed("DER length overflows"))?;
        let content = self
            .buf
            .get(self.pos..end)
            .ok_or(Malformed("DER element runs past its container"))?;
        let raw = self
            .buf
            .get(start..end)
            .ok_or(Malformed("DER element runs past its container"))?;
        self.pos = end;
        Ok(Tlv { tag, content, raw })
    }

    /// The next element, which must have tag `tag`.
    pub(crate) fn expect(&mut self, tag: u8, what: &'static str) -> Parsed<Tlv<'a>> {
        let tlv = self.read().map_err(|_| Malformed(what))?;
        if tlv.tag != tag {
            return Err(Malformed(what));
        }
        Ok(tlv)
    }

    /// The next element if it has tag `tag`; nothing is consumed otherwise.
    pub(crate) fn optional(&mut self, tag: u8) -> Option<Tlv<'a>> {
        let mut copy = *self;
        match copy.read() {
            Ok(tlv) if tlv.tag == tag => {
                *self = copy;
                Some(tlv)
            }
            _ => None,
        }
    }

    /// The content of a SEQUENCE as a cursor.
    pub(crate) fn sequence(&mut self, what: &'static str) -> Parsed<Der<'a>> {
        Ok(Der::new(self.expect(TAG_SEQUENCE, what)?.content))
    }
}

/// Dotted form of an OBJECT IDENTIFIER's content (`1.2.840.113549.1.1.1`).
pub(crate) fn oid_string(content: &[u8]) -> Parsed<String> {
    let mut arcs: Vec<u64> = Vec::new();
    let mut value: u64 = 0;
    let mut pending = false;
    for &b in content {
        value = value
            .checked_mul(128)
            .and_then(|v| v.checked_add(u64::from(b & 0x7f)))
            .ok_or(Malformed("OID arc too large"))?;
        pending = true;
        if b & 0x80 == 0 {
            if arcs.is_empty() {
                let first = (value / 40).min(2);
                arcs.push(first);
                arcs.push(value.saturating_sub(first.saturating_mul(40)));
            } else {
                arcs.push(value);
            }
            value = 0;
            pending = false;
        }
    }
    if pending || arcs.is_empty() {
        return Err(Malformed("OID cut short"));
    }
    Ok(arcs
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join("."))
}

/// The magnitude of an INTEGER's content, without sign-padding zeros.
pub(crate) fn unsigned(content: &[u8]) -> &[u8] {
    let skip = content.iter().take_while(|&&b| b == 0).count();
    content.get(skip..).unwrap_or_default()
}

/// Bits in a big-endian magnitude.
pub(crate) fn bit_len(magnitude: &[u8]) -> u32 {
    let magnitude = unsigned(magnitude);
    let Some(&top) = magnitude.first() else {
        return 0;
    };
    let bytes = u32::try_from(magnitude.len()).unwrap_or(u32::MAX);
    bytes
        .saturating_sub(1)
        .saturating_mul(8)
        .saturating_add(8u32.saturating_sub(top.leading_zeros()))
}

/// A UTCTime or GeneralizedTime as `YYYY-MM-DDTHH:MM:SSZ`; another form is kept as written.
pub(crate) fn time_string(tlv: &Tlv<'_>) -> Parsed<String> {
    let text = std::str::from_utf8(tlv.content).map_err(|_| Malformed("time not ASCII"))?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let (year, rest) = match tlv.tag {
        TAG_UTC_TIME => {
            let yy = text
                .get(..2)
                .filter(|s| digits(s))
                .ok_or(Malformed("bad UTCTime"))?;
            let yy: u32 = yy.parse().map_err(|_| Malformed("bad UTCTime"))?;
            // RFC 5280: 50-99 are 19xx, 00-49 are 20xx.
            let year = if yy >= 50 { 1900 + yy } else { 2000 + yy };
            (year.to_string(), text.get(2..).unwrap_or_default())
        }
        TAG_GENERALIZED_TIME => {
            let yyyy = text
                .get(..4)
                .filter(|s| digits(s))
                .ok_or(Malformed("bad GeneralizedTime"))?;
            (yyyy.to_owned(), text.get(4..).unwrap_or_default())
        }
        _ => return Err(Malformed("validity time has another type")),
    };
    let field = |range: std::ops::Range<usize>| rest.get(range).filter(|s| digits(s));
    match (field(0..2), field(2..4), field(4..6), field(6..8)) {
        (Some(mo), Some(d), Some(h), Some(mi)) => {
            let s = field(8..10).unwrap_or("00");
            Ok(format!("{year}-{mo}-{d}T{h}:{mi}:{s}Z"))
        }
        _ => Ok(text.to_owned()),
    }
}

/// A cursor over the APK Signing Block's little-endian, length-prefixed values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Le<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Le<'a> {
    pub(crate) fn new(buf: &'a [u8]) -> Le<'a> {
        Le { buf, pos: 0 }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.pos >= self.buf.len()
    }

    pub(crate) fn take(&mut self, n: usize, what: &'static str) -> Parsed<&'a [u8]> {
        let end = self.pos.checked_add(n).ok_or(Malformed(what))?;
        let slice = self.buf.get(self.pos..end).ok_or(Malformed(what))?;
        self.pos = end;
        Ok(slice)
    }

    pub(crate) fn u32(&mut self, what: &'static str) -> Parsed<u32> {
        let bytes: [u8; 4] = self
            .take(4, what)?
            .try_into()
            .map_err(|_| Malformed(what))?;
        Ok(u32::from_le_bytes(bytes))
    }

    pub(crate) fn u64(&mut self, what: &'static str) -> Parsed<u64> {
        let bytes: [u8; 8] = self
            .take(8, what)?
            .try_into()
            .map_err(|_| Malformed(what))?;
        Ok(u64::from_le_bytes(bytes))
    }

    /// A value prefixed by its u32 length.
    pub(crate) fn lp(&mut self, what: &'static str) -> Parsed<&'a [u8]> {
        let len = usize::try_from(self.u32(what)?).map_err(|_| Malformed(what))?;
        self.take(len, what)
    }

    /// Everything left.
    pub(crate) fn rest(&mut self) -> &'a [u8] {
        let rest = self.buf.get(self.pos..).unwrap_or_default();
        self.pos = self.buf.len();
        rest
    }
}
