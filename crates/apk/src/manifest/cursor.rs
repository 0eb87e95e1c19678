//! A bounds-checked view of resource-chunk bytes (rustls `Reader` style): every read names its
//! offset and returns `None` instead of reading past the end. No indexing, no unchecked
//! arithmetic.

/// A read-only byte slice with checked little-endian reads at absolute offsets.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
}

impl<'a> Cursor<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }

    /// `len` bytes at `offset`, or `None` when any of them is past the end.
    pub(crate) fn take(&self, offset: usize, len: usize) -> Option<&'a [u8]> {
        self.bytes.get(offset..offset.checked_add(len)?)
    }

    /// The bytes from `start` to `end` (clamped to the slice), or `None` when `start > end`
    /// or `start` is past the end.
    pub(crate) fn range(&self, start: usize, end: usize) -> Option<&'a [u8]> {
        self.bytes.get(start..end.min(self.bytes.len()))
    }

    pub(crate) fn u8_at(&self, offset: usize) -> Option<u8> {
        self.bytes.get(offset).copied()
    }

    pub(crate) fn u16_at(&self, offset: usize) -> Option<u16> {
        let b: [u8; 2] = self.take(offset, 2)?.try_into().ok()?;
        Some(u16::from_le_bytes(b))
    }

    pub(crate) fn u32_at(&self, offset: usize) -> Option<u32> {
        let b: [u8; 4] = self.take(offset, 4)?.try_into().ok()?;
        Some(u32::from_le_bytes(b))
    }
}

/// `base + add` for offsets, `None` on overflow.
pub(crate) fn at(base: usize, add: impl TryInto<usize>) -> Option<usize> {
    base.checked_add(add.try_into().ok()?)
}

/// A chunk header (`ResChunk_header`): type, header size, total size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ChunkHeader {
    pub(crate) kind: u16,
    pub(crate) header_size: u16,
    pub(crate) size: u32,
}

impl ChunkHeader {
    pub(crate) fn read(cursor: &Cursor<'_>, offset: usize) -> Option<ChunkHeader> {
        Some(ChunkHeader {
            kind: cursor.u16_at(offset)?,
            header_size: cursor.u16_at(offset.checked_add(2)?)?,
            size: cursor.u32_at(offset.checked_add(4)?)?,
        })
    }

    /// androidfw's `validate_chunk`: the header is at least `min_header` bytes, fits in the
    /// chunk, both sizes are multiples of 4, and the chunk ends at or before `room` bytes from
    /// its start. The reason it fails, if it does.
    pub(crate) fn validate(&self, min_header: u16, room: usize) -> Result<(), &'static str> {
        if self.header_size < min_header {
            return Err("header size too small");
        }
        if u32::from(self.header_size) > self.size {
            return Err("chunk size smaller than its header");
        }
        if (u32::from(self.header_size) | self.size) & 3 != 0 {
            return Err("size not a multiple of 4");
        }
        if usize::try_from(self.size).map_or(true, |size| size > room) {
            return Err("chunk runs past the end of its parent");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{ChunkHeader, Cursor};

    #[test]
    fn refuses_reads_past_the_end() {
        let c = Cursor::new(&[1, 2, 3, 4, 5]);
        assert_eq!(c.u32_at(1), Some(0x0504_0302));
        assert_eq!(c.u32_at(2), None);
        assert_eq!(c.u16_at(4), None);
        assert_eq!(c.take(usize::MAX, 2), None);
        assert_eq!(c.range(6, 9), None);
        assert_eq!(c.range(3, 99), Some(&[4u8, 5][..]));
    }

    #[test]
    fn validates_chunks_like_androidfw() {
        let ok = ChunkHeader {
            kind: 1,
            header_size: 28,
            size: 64,
        };
        assert_eq!(ok.validate(28, 64), Ok(()));
        assert!(ok.validate(28, 60).is_err());
        assert!(ok.validate(32, 64).is_err());
        let odd = ChunkHeader { size: 66, ..ok };
        assert!(odd.validate(8, 100).is_err());
        let small = ChunkHeader { size: 8, ..ok };
        assert!(small.validate(8, 100).is_err());
    }
}
