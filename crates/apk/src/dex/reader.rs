//! A bounds-checked view of the DEX bytes (rustls `Reader` style): every read says where and how
//! much, and returns `None` instead of reading past the end. No indexing, no unchecked arithmetic.

/// A read-only view of a byte slice with checked, position-based reads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }

    pub(crate) fn len(&self) -> usize {
        self.bytes.len()
    }

    /// `len` bytes at `offset`, or `None` when any of them is past the end.
    pub(crate) fn take(&self, offset: usize, len: usize) -> Option<&'a [u8]> {
        let end = offset.checked_add(len)?;
        self.bytes.get(offset..end)
    }

    /// Everything from `offset` to the end (empty at the end, `None` past it).
    pub(crate) fn rest(&self, offset: usize) -> Option<&'a [u8]> {
        self.bytes.get(offset..)
    }

    /// A little-endian `u32` at `offset`.
    pub(crate) fn u32_at(&self, offset: usize) -> Option<u32> {
        let bytes: [u8; 4] = self.take(offset, 4)?.try_into().ok()?;
        Some(u32::from_le_bytes(bytes))
    }

    /// The `index`-th little-endian `u32` of a table of `item_size`-byte items at `table_off`.
    pub(crate) fn item_u32(
        &self,
        table_off: u32,
        index: u32,
        item_size: u32,
        field: u32,
    ) -> Option<u32> {
        let item = u64::from(index).checked_mul(u64::from(item_size))?;
        let at = u64::from(table_off)
            .checked_add(item)?
            .checked_add(u64::from(field))?;
        self.u32_at(usize::try_from(at).ok()?)
    }

    /// An unsigned LEB128 value of at most 32 bits at `offset`: the value and its length in
    /// bytes (1 to 5). `None` when it runs past the end or does not fit in 32 bits.
    pub(crate) fn uleb128_at(&self, offset: usize) -> Option<(u32, usize)> {
        let mut value: u32 = 0;
        for i in 0..5u32 {
            let byte = *self
                .bytes
                .get(offset.checked_add(usize::try_from(i).ok()?)?)?;
            let low = u32::from(byte & 0x7f);
            if i == 4 && low > 0x0f {
                return None;
            }
            value |= low.checked_shl(7 * i)?;
            if byte & 0x80 == 0 {
                return Some((value, usize::try_from(i).ok()?.checked_add(1)?));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::Reader;

    #[test]
    fn refuses_reads_past_the_end() {
        let reader = Reader::new(&[1, 2, 3, 4, 5]);
        assert_eq!(reader.take(3, 2), Some(&[4u8, 5][..]));
        assert_eq!(reader.take(3, 3), None);
        assert_eq!(reader.take(usize::MAX, 2), None);
        assert_eq!(reader.u32_at(1), Some(0x0504_0302));
        assert_eq!(reader.u32_at(2), None);
        assert_eq!(reader.rest(5), Some(&[][..]));
        assert_eq!(reader.rest(6), None);
        assert_eq!(reader.item_u32(u32::MAX, u32::MAX, u32::MAX, 0), None);
    }

    #[test]
    fn reads_uleb128() {
        assert_eq!(Reader::new(&[0x00]).uleb128_at(0), Some((0, 1)));
        assert_eq!(Reader::new(&[0x7f]).uleb128_at(0), Some((127, 1)));
        assert_eq!(Reader::new(&[0x80, 0x7f]).uleb128_at(0), Some((16256, 2)));
        assert_eq!(
            Reader::new(&[0xff, 0xff, 0xff, 0xff, 0x0f]).uleb128_at(0),
            Some((u32::MAX, 5))
        );
        // too big for 32 bits, unterminated, truncated
        assert_eq!(
            Reader::new(&[0xff, 0xff, 0xff, 0xff, 0x1f]).uleb128_at(0),
            None
        );
        assert_eq!(
            Reader::new(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x00]).uleb128_at(0),
            None
        );
        assert_eq!(Reader::new(&[0x80]).uleb128_at(0), None);
    }
}
