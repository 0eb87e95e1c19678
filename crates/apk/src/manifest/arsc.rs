//! `resources.arsc`: just enough of the resource table to resolve a resource id to a string or
//! a file path, the way `ResTable::getResource` does for the default configuration.

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::Serialize;

use super::Limits;
use super::cursor::{ChunkHeader, Cursor, at};
use super::error::{Anomaly, ManifestError, Part, Tally};
use super::strings::{StringPool, parse_pool};

const RES_STRING_POOL_TYPE: u16 = 0x0001;
const RES_TABLE_TYPE: u16 = 0x0002;
const RES_TABLE_PACKAGE_TYPE: u16 = 0x0200;
const RES_TABLE_TYPE_TYPE: u16 = 0x0201;
const FLAG_SPARSE: u8 = 0x01;
const FLAG_OFFSET16: u8 = 0x02;
const ENTRY_FLAG_COMPLEX: u16 = 0x0001;
const ENTRY_FLAG_COMPACT: u16 = 0x0008;
const NO_ENTRY: u32 = u32::MAX;
/// References followed before giving up (a reference loop is an anomaly, not a hang).
const MAX_REFERENCE_DEPTH: usize = 8;

/// A resolved resource value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ResourceValue {
    /// A string resource.
    String(String),
    /// A file resource: its path in the APK (`res/xml/device_admin.xml`).
    File(String),
    /// An integer, colour or dimension (`data` with its `dataType`).
    Data {
        /// `Res_value::dataType`.
        data_type: u8,
        /// `Res_value::data`.
        data: u32,
    },
    /// A bag (style, array, plural): not decoded.
    Bag,
}

#[derive(Debug, Clone)]
struct TypeChunk {
    /// Offset of the chunk in the table.
    offset: usize,
    header_size: usize,
    size: usize,
    flags: u8,
    entry_count: u32,
    entries_start: usize,
    default_config: bool,
}

#[derive(Debug, Clone)]
struct Package {
    id: u8,
    type_names: StringPool,
    key_names: StringPool,
    /// Type id → chunks, default configuration first.
    types: BTreeMap<u8, Vec<TypeChunk>>,
}

/// A decoded resource table. Holds a copy of the bytes; entries are read on lookup.
#[derive(Debug, Clone)]
pub struct ResourceTable {
    bytes: Arc<[u8]>,
    strings: StringPool,
    packages: Vec<Package>,
    anomalies: Vec<Anomaly>,
}

/// Parses `resources.arsc` with the default [`Limits`].
///
/// # Errors
/// When the bytes are not a resource table at all.
pub fn parse_arsc(bytes: &[u8]) -> Result<ResourceTable, ManifestError> {
    parse_arsc_with(bytes, &Limits::default())
}

/// [`parse_arsc`] with explicit [`Limits`] (`max_table_size` applies).
pub fn parse_arsc_with(bytes: &[u8], limits: &Limits) -> Result<ResourceTable, ManifestError> {
    if bytes.len() > limits.max_table_size {
        return Err(ManifestError::TooLarge {
            len: bytes.len(),
            limit: limits.max_table_size,
        });
    }
    let cursor = Cursor::new(bytes);
    let header =
        ChunkHeader::read(&cursor, 0).ok_or(ManifestError::TooShort { len: bytes.len() })?;
    if header.kind != RES_TABLE_TYPE {
        return Err(ManifestError::NotResourceTable { found: header.kind });
    }
    let mut anomalies = Vec::new();
    let end = match usize::try_from(header.size) {
        Ok(size) if size <= bytes.len() && size >= 12 => size,
        _ => {
            anomalies.push(Anomaly::ChunkInvalid {
                part: Part::Arsc,
                kind: header.kind,
                offset: 0,
                reason: "table size disagrees with the data",
            });
            bytes.len()
        }
    };
    let budget = (end as u64).saturating_mul(4).saturating_add(1 << 16);
    let mut table = ResourceTable {
        bytes: Arc::from(bytes),
        strings: StringPool::default(),
        packages: Vec::new(),
        anomalies: Vec::new(),
    };
    let mut unknown = Tally::default();
    for child in ChildChunks::new(&cursor, usize::from(header.header_size.max(12)), end) {
        let (pos, chunk, size) = match child {
            Ok(child) => child,
            Err(invalid) => {
                anomalies.push(invalid);
                break;
            }
        };
        let body = cursor.take(pos, size).unwrap_or_default();
        match chunk.kind {
            RES_STRING_POOL_TYPE => {
                table.strings =
                    parse_pool(body, Part::Arsc, limits.max_strings, budget, &mut anomalies);
            }
            RES_TABLE_PACKAGE_TYPE => {
                if table.packages.len() < 256
                    && let Some(p) = package(&cursor, pos, size, limits, budget, &mut anomalies)
                {
                    table.packages.push(p);
                }
            }
            kind => unknown.add(|| (kind, pos as u64)),
        }
    }
    if let Some((count, (first_kind, first_offset))) = unknown.take() {
        anomalies.push(Anomaly::UnknownChunk {
            part: Part::Arsc,
            count,
            first_kind,
            first_offset,
        });
    }
    table.anomalies = anomalies;
    Ok(table)
}

fn package(
    cursor: &Cursor<'_>,
    start: usize,
    size: usize,
    limits: &Limits,
    budget: u64,
    anomalies: &mut Vec<Anomaly>,
) -> Option<Package> {
    let header = ChunkHeader::read(cursor, start)?;
    let invalid = |reason| Anomaly::ChunkInvalid {
        part: Part::Arsc,
        kind: RES_TABLE_PACKAGE_TYPE,
        offset: start as u64,
        reason,
    };
    let id = cursor.u32_at(at(start, 8usize)?)?;
    let type_strings = cursor.u32_at(at(start, 268usize)?);
    let key_strings = cursor.u32_at(at(start, 276usize)?);
    let (Some(type_strings), Some(key_strings)) = (type_strings, key_strings) else {
        anomalies.push(invalid("package header cut short"));
        return None;
    };
    let end = start.saturating_add(size);
    let pool_at = |rel: u32, anomalies: &mut Vec<Anomaly>| -> StringPool {
        let Some(off) = at(start, rel) else {
            return StringPool::default();
        };
        let Some(h) = ChunkHeader::read(cursor, off) else {
            return StringPool::default();
        };
        let len = usize::try_from(h.size)
            .unwrap_or(usize::MAX)
            .min(end.saturating_sub(off));
        let chunk = cursor.take(off, len).unwrap_or_default();
        parse_pool(chunk, Part::Arsc, limits.max_strings, budget, anomalies)
    };
    let type_names = pool_at(type_strings, anomalies);
    let key_names = pool_at(key_strings, anomalies);
    let mut types: BTreeMap<u8, Vec<TypeChunk>> = BTreeMap::new();
    let mut chunks = 0u64;
    let first = start.saturating_add(usize::from(header.header_size));
    for child in ChildChunks::new(cursor, first, end) {
        let (pos, chunk) = match child {
            Ok((pos, chunk, _)) => (pos, chunk),
            Err(invalid) => {
                anomalies.push(invalid);
                break;
            }
        };
        chunks = chunks.saturating_add(1);
        if chunks > limits.max_elements {
            anomalies.push(Anomaly::OverLimit {
                what: "resource table chunks",
                count: chunks,
                limit: limits.max_elements,
            });
            break;
        }
        if chunk.kind == RES_TABLE_TYPE_TYPE
            && let Some((type_id, t)) = type_chunk(cursor, pos, &chunk)
        {
            let list = types.entry(type_id).or_default();
            if t.default_config {
                list.insert(0, t);
            } else {
                list.push(t);
            }
        }
    }
    Some(Package {
        id: u8::try_from(id).unwrap_or(0),
        type_names,
        key_names,
        types,
    })
}

/// The child chunks of a table or package between `pos` and `end`, in order, as (offset,
/// header, size). Like androidfw, the walk stops at a chunk it cannot read, and at an invalid
/// one, which it yields as an anomaly.
struct ChildChunks<'c, 'b> {
    cursor: &'c Cursor<'b>,
    pos: usize,
    end: usize,
}

impl<'c, 'b> ChildChunks<'c, 'b> {
    fn new(cursor: &'c Cursor<'b>, pos: usize, end: usize) -> ChildChunks<'c, 'b> {
        ChildChunks { cursor, pos, end }
    }
}

impl Iterator for ChildChunks<'_, '_> {
    type Item = Result<(usize, ChunkHeader, usize), Anomaly>;

    fn next(&mut self) -> Option<Self::Item> {
        let pos = self.pos;
        if pos.saturating_add(8) > self.end {
            return None;
        }
        let chunk = ChunkHeader::read(self.cursor, pos)?;
        if let Err(reason) = chunk.validate(8, self.end.saturating_sub(pos)) {
            self.pos = self.end;
            return Some(Err(Anomaly::ChunkInvalid {
                part: Part::Arsc,
                kind: chunk.kind,
                offset: pos as u64,
                reason,
            }));
        }
        // A valid chunk is at least its 8-byte header long, so the walk always advances.
        let size = usize::try_from(chunk.size).unwrap_or(usize::MAX);
        self.pos = pos.saturating_add(size);
        Some(Ok((pos, chunk, size)))
    }
}

fn type_chunk(cursor: &Cursor<'_>, pos: usize, chunk: &ChunkHeader) -> Option<(u8, TypeChunk)> {
    let id = cursor.u8_at(at(pos, 8usize)?)?;
    let flags = cursor.u8_at(at(pos, 9usize)?)?;
    let entry_count = cursor.u32_at(at(pos, 12usize)?)?;
    let entries_start = usize::try_from(cursor.u32_at(at(pos, 16usize)?)?).ok()?;
    let header_size = usize::from(chunk.header_size);
    let config_size = usize::try_from(cursor.u32_at(at(pos, 20usize)?)?).ok()?;
    // The default configuration: every field after the size is zero.
    let config_end = 20usize.saturating_add(config_size).min(header_size);
    let config = cursor
        .range(at(pos, 24usize)?, at(pos, config_end)?)
        .unwrap_or_default();
    Some((
        id,
        TypeChunk {
            offset: pos,
            header_size,
            size: usize::try_from(chunk.size).ok()?,
            flags,
            entry_count,
            entries_start,
            default_config: config.iter().all(|&b| b == 0),
        },
    ))
}

impl ResourceTable {
    /// What was odd about the table.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    fn package(&self, id: u32) -> Option<&Package> {
        let pid = u8::try_from(id >> 24).ok()?;
        self.packages.iter().find(|p| p.id == pid)
    }

    /// The table's global string pool (the values of string resources, in every
    /// configuration, and file paths), with each string's index. Apps keep server addresses
    /// there.
    pub fn strings(&self) -> impl Iterator<Item = (u32, String)> + '_ {
        (0..u32::try_from(self.strings.len()).unwrap_or(u32::MAX))
            .filter_map(|index| Some((index, self.strings.get(index)?.to_string())))
    }

    /// `type/key` of resource `id` (`string/app_name`, `xml/device_admin`).
    pub fn name(&self, id: u32) -> Option<String> {
        let package = self.package(id)?;
        let type_id = u8::try_from((id >> 16) & 0xff).ok()?;
        let type_name = package.type_names.get(u32::from(type_id).checked_sub(1)?)?;
        let chunks = package.types.get(&type_id)?;
        let key = chunks.iter().find_map(|t| {
            let (key, _) = self.entry(t, id & 0xffff)?;
            package.key_names.get(key)
        })?;
        Some(format!("{type_name}/{key}"))
    }

    /// Resolves `id` in the default configuration (or, when it has none there, the first
    /// configuration that has it), following references. `None` when it is not in the table.
    pub fn resolve(&self, id: u32) -> Option<ResourceValue> {
        let mut id = id;
        for _ in 0..MAX_REFERENCE_DEPTH {
            let package = self.package(id)?;
            let type_id = u8::try_from((id >> 16) & 0xff).ok()?;
            let chunks = package.types.get(&type_id)?;
            let (_, value) = chunks.iter().find_map(|t| self.entry(t, id & 0xffff))?;
            match value {
                Some((0x01, next)) => id = next,
                Some((0x03, index)) => {
                    let s = self.strings.get(index)?.to_string();
                    let type_name = package
                        .type_names
                        .get(u32::from(type_id).checked_sub(1)?)
                        .unwrap_or_else(|| Arc::from(""));
                    return Some(if &*type_name != "string" && s.starts_with("res/") {
                        ResourceValue::File(s)
                    } else {
                        ResourceValue::String(s)
                    });
                }
                Some((data_type, data)) => return Some(ResourceValue::Data { data_type, data }),
                None => return Some(ResourceValue::Bag),
            }
        }
        None
    }

    /// Entry `index` of a type chunk: its key index and value (`None` for a bag).
    #[allow(clippy::type_complexity)]
    fn entry(&self, t: &TypeChunk, index: u32) -> Option<(u32, Option<(u8, u32)>)> {
        let c = Cursor::new(&self.bytes);
        let chunk_end = t.offset.saturating_add(t.size);
        let table = t.offset.saturating_add(t.header_size);
        let offset = if t.flags & FLAG_SPARSE != 0 {
            // Pairs (u16 index, u16 offset/4), sorted by index.
            let count = usize::try_from(t.entry_count).ok()?;
            let mut found = None;
            for i in 0..count.min(65_536) {
                let p = table.checked_add(i.checked_mul(4)?)?;
                if p.saturating_add(4) > chunk_end {
                    break;
                }
                if u32::from(c.u16_at(p)?) == index {
                    found = Some(u32::from(c.u16_at(p.checked_add(2)?)?).checked_mul(4)?);
                    break;
                }
            }
            found?
        } else {
            if index >= t.entry_count {
                return None;
            }
            let i = usize::try_from(index).ok()?;
            if t.flags & FLAG_OFFSET16 != 0 {
                let p = table.checked_add(i.checked_mul(2)?)?;
                let raw = c.u16_at(p)?;
                if raw == u16::MAX {
                    return None;
                }
                u32::from(raw).checked_mul(4)?
            } else {
                let raw = c.u32_at(table.checked_add(i.checked_mul(4)?)?)?;
                if raw == NO_ENTRY {
                    return None;
                }
                raw
            }
        };
        let e = t
            .offset
            .checked_add(t.entries_start)?
            .checked_add(usize::try_from(offset).ok()?)?;
        if e.saturating_add(8) > chunk_end {
            return None;
        }
        let size = c.u16_at(e)?;
        let flags = c.u16_at(e.checked_add(2)?)?;
        if flags & ENTRY_FLAG_COMPACT != 0 {
            let data = c.u32_at(e.checked_add(4)?)?;
            return Some((
                u32::from(size),
                Some((u8::try_from(flags >> 8).ok()?, data)),
            ));
        }
        let key = c.u32_at(e.checked_add(4)?)?;
        if flags & ENTRY_FLAG_COMPLEX != 0 {
            return Some((key, None));
        }
        let v = e.checked_add(usize::from(size))?;
        if v.saturating_add(8) > chunk_end {
            return None;
        }
        let data_type = c.u8_at(v.checked_add(3)?)?;
        let data = c.u32_at(v.checked_add(4)?)?;
        Some((key, Some((data_type, data))))
    }
}

/// Fuzzing entry point: decodes `bytes` as a resource table with default and with tiny
/// limits, then resolves and names the ids the table itself declares (the first entries of
/// every type of every package) and a few fixed ones, the way the manifest code does for the
/// application label, the version name and the accessibility/device-admin XML files
/// (references followed, strings and `res/…` paths decoded). Must never panic, hang or
/// allocate much.
pub fn fuzz_parse_arsc(bytes: &[u8]) {
    let mut total = 0usize;
    for limits in [Limits::default(), super::FUZZ_TINY_LIMITS] {
        let table = match parse_arsc_with(bytes, &limits) {
            Ok(table) => table,
            Err(e) => {
                total = total.wrapping_add(e.to_string().len() + e.hint().len());
                continue;
            }
        };
        // Fixed ids (label, version name, xml files in a typical aapt layout; framework and
        // out-of-range ids), then the ids the table declares.
        let mut ids = vec![
            0x7f01_0000u32,
            0x7f02_0000,
            0x7f03_0000,
            0x7f03_0001,
            0x7f04_0000,
            0x7f04_0001,
            0x0101_0000,
            0,
            u32::MAX,
        ];
        'ids: for p in table.packages.iter().take(8) {
            for (&type_id, chunks) in p.types.iter().take(32) {
                let count = chunks.iter().map(|t| t.entry_count).max().unwrap_or(0);
                let package_type = (u32::from(p.id) << 24) | (u32::from(type_id) << 16);
                for entry in (0..count.min(8)).chain([count.saturating_sub(1), count]) {
                    if ids.len() >= 256 {
                        break 'ids;
                    }
                    ids.push(package_type | (entry & 0xffff));
                }
            }
        }
        for id in ids {
            match table.resolve(id) {
                Some(ResourceValue::String(s) | ResourceValue::File(s)) => {
                    total = total.wrapping_add(s.len());
                }
                Some(other) => total = total.wrapping_add(format!("{other:?}").len()),
                None => {}
            }
            if let Some(name) = table.name(id) {
                total = total.wrapping_add(name.len());
            }
        }
        for a in table.anomalies() {
            total = total.wrapping_add(a.to_string().len() + a.code().len());
            let _ = a.android_rejects();
        }
    }
    std::hint::black_box(total);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::strings::build_pool;

    fn u16s(out: &mut Vec<u8>, values: &[u16]) {
        for v in values {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }

    fn u32s(out: &mut Vec<u8>, values: &[u32]) {
        for v in values {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }

    /// A `RES_TABLE_TYPE_TYPE` chunk in the default configuration: `offsets` is the raw
    /// offset table (its layout depends on `flags`), `entries` the entry data.
    fn type_chunk(id: u8, flags: u8, count: u32, offsets: &[u8], entries: &[u8]) -> Vec<u8> {
        let header = 20 + 64;
        let entries_start = header + offsets.len();
        let mut out = Vec::new();
        u16s(&mut out, &[RES_TABLE_TYPE_TYPE, header as u16]);
        u32s(&mut out, &[(entries_start + entries.len()) as u32]);
        out.extend_from_slice(&[id, flags, 0, 0]);
        u32s(&mut out, &[count, entries_start as u32, 64]);
        out.resize(header, 0);
        out.extend_from_slice(offsets);
        out.extend_from_slice(entries);
        out
    }

    /// A plain entry (key, then a `Res_value` of `data_type`/`data`).
    fn entry(key: u32, data_type: u8, data: u32) -> Vec<u8> {
        let mut out = Vec::new();
        u16s(&mut out, &[8, 0]);
        u32s(&mut out, &[key]);
        u16s(&mut out, &[8]);
        out.extend_from_slice(&[0, data_type]);
        u32s(&mut out, &[data]);
        out
    }

    /// Package 0x7f: `string` (dense: "Hello", then a reference to `xml/cfg`), `xml` (sparse:
    /// entry 3 is `res/xml/a.xml`), `integer` (16-bit offsets, a compact entry 42).
    fn sample() -> Vec<u8> {
        let strings = build_pool(&["Hello", "res/xml/a.xml"], true);
        let type_names = build_pool(&["string", "xml", "integer"], false);
        let key_names = build_pool(&["app_name", "cfg", "answer"], true);
        let mut dense = Vec::new();
        u32s(&mut dense, &[0, 16]);
        let mut dense_entries = entry(0, 0x03, 0);
        dense_entries.extend(entry(1, 0x01, 0x7f02_0003));
        let mut sparse = Vec::new();
        u16s(&mut sparse, &[3, 0]);
        let mut offset16 = Vec::new();
        u16s(&mut offset16, &[0, u16::MAX]);
        let mut compact = Vec::new();
        u16s(&mut compact, &[2, ENTRY_FLAG_COMPACT | (0x10 << 8)]);
        u32s(&mut compact, &[42]);
        let mut body = Vec::new();
        body.extend(&type_names);
        body.extend(&key_names);
        body.extend(type_chunk(1, 0, 2, &dense, &dense_entries));
        body.extend(type_chunk(2, FLAG_SPARSE, 1, &sparse, &entry(1, 0x03, 1)));
        body.extend(type_chunk(3, FLAG_OFFSET16, 2, &offset16, &compact));
        let mut package = Vec::new();
        u16s(&mut package, &[RES_TABLE_PACKAGE_TYPE, 288]);
        u32s(&mut package, &[(288 + body.len()) as u32, 0x7f]);
        package.resize(268, 0);
        u32s(&mut package, &[288, 3, 288 + type_names.len() as u32, 3, 0]);
        package.extend(body);
        let mut table = Vec::new();
        u16s(&mut table, &[RES_TABLE_TYPE, 12]);
        u32s(
            &mut table,
            &[(12 + strings.len() + package.len()) as u32, 1],
        );
        table.extend(strings);
        table.extend(package);
        table
    }

    #[test]
    fn resolves_dense_sparse_offset16_and_compact_entries() {
        let table = parse_arsc(&sample()).expect("table");
        assert!(table.anomalies().is_empty(), "{:?}", table.anomalies());
        assert_eq!(
            table.resolve(0x7f01_0000),
            Some(ResourceValue::String("Hello".into()))
        );
        assert_eq!(table.name(0x7f01_0000).as_deref(), Some("string/app_name"));
        let file = Some(ResourceValue::File("res/xml/a.xml".into()));
        assert_eq!(table.resolve(0x7f01_0001), file);
        assert_eq!(table.resolve(0x7f02_0003), file);
        assert_eq!(table.name(0x7f02_0003).as_deref(), Some("xml/cfg"));
        assert_eq!(table.resolve(0x7f02_0000), None);
        assert_eq!(
            table.resolve(0x7f03_0000),
            Some(ResourceValue::Data {
                data_type: 0x10,
                data: 42
            })
        );
        assert_eq!(table.name(0x7f03_0000).as_deref(), Some("integer/answer"));
        assert_eq!(table.resolve(0x7f03_0001), None);
        assert_eq!(table.resolve(0x7f04_0000), None);
    }

    #[test]
    fn fuzz_entry_survives_prefixes_and_corruptions() {
        fuzz_parse_arsc(b"");
        fuzz_parse_arsc(&[2, 0, 12, 0, 0xff, 0xff, 0xff, 0xff]);
        let bytes = sample();
        for len in 0..bytes.len() {
            fuzz_parse_arsc(bytes.get(..len).unwrap_or_default());
        }
        for i in 0..bytes.len() {
            for flip in [0x01, 0x80, 0xff] {
                let mut copy = bytes.clone();
                if let Some(b) = copy.get_mut(i) {
                    *b ^= flip;
                }
                fuzz_parse_arsc(&copy);
            }
        }
    }
}
