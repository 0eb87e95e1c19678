//! The binary XML decoder: chunks, nodes, attributes and typed values, read the way
//! androidfw's `ResXMLTree::setTo` and `ResXMLParser::nextNode` read them.

use std::sync::Arc;

use serde::Serialize;

use super::Limits;
use super::attrs::{ANDROID_NS, framework_attr_name};
use super::cursor::{ChunkHeader, Cursor, at};
use super::error::{Anomaly, ManifestError, Part, Tally};
use super::strings::{StringPool, parse_pool};

mod ser {
    use std::sync::Arc;

    pub(super) fn arc<S: serde::Serializer>(v: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v)
    }

    pub(super) fn opt<S: serde::Serializer>(v: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_some(&**v),
            None => s.serialize_none(),
        }
    }
}

pub(crate) const RES_STRING_POOL_TYPE: u16 = 0x0001;
pub(crate) const RES_XML_TYPE: u16 = 0x0003;
const RES_XML_FIRST_CHUNK_TYPE: u16 = 0x0100;
const RES_XML_START_NAMESPACE_TYPE: u16 = 0x0100;
const RES_XML_END_NAMESPACE_TYPE: u16 = 0x0101;
const RES_XML_START_ELEMENT_TYPE: u16 = 0x0102;
const RES_XML_END_ELEMENT_TYPE: u16 = 0x0103;
const RES_XML_CDATA_TYPE: u16 = 0x0104;
const RES_XML_LAST_CHUNK_TYPE: u16 = 0x017f;
const RES_XML_RESOURCE_MAP_TYPE: u16 = 0x0180;
/// `sizeof(ResXMLTree_node)`: chunk header, line number, comment.
const NODE_HEADER_SIZE: u16 = 16;
/// `sizeof(ResXMLTree_attribute)`.
const ATTRIBUTE_SIZE: usize = 20;
const NO_STRING: u32 = u32::MAX;

/// A typed attribute value (`Res_value`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Value {
    /// `TYPE_STRING`: a string of the file's pool.
    String(#[serde(serialize_with = "ser::arc")] Arc<str>),
    /// `TYPE_REFERENCE` (`@0x7f040000`): a resource, resolved through `resources.arsc`.
    Reference(u32),
    /// `TYPE_ATTRIBUTE` (`?0x…`): a theme attribute.
    Attribute(u32),
    /// `TYPE_INT_DEC`.
    Int(i32),
    /// `TYPE_INT_HEX` (flags such as `accessibilityFlags`).
    Hex(u32),
    /// `TYPE_INT_BOOLEAN` (Android: any non-zero data is true).
    Bool(bool),
    /// `TYPE_FLOAT`.
    Float(f32),
    /// `TYPE_NULL` (`@null` or empty).
    Null,
    /// Any other type (dimension, fraction, colour, dynamic reference…), or a string type
    /// whose index is not in the pool.
    Other {
        /// `Res_value::dataType`.
        data_type: u8,
        /// `Res_value::data`.
        data: u32,
    },
}

impl Value {
    pub(crate) fn from_raw(data_type: u8, data: u32, strings: &StringPool) -> Value {
        match data_type {
            0x00 => Value::Null,
            0x01 => Value::Reference(data),
            0x02 => Value::Attribute(data),
            0x03 => match strings.get(data) {
                Some(s) => Value::String(s),
                None => Value::Other { data_type, data },
            },
            0x04 => Value::Float(f32::from_bits(data)),
            0x10 => Value::Int(i32::from_le_bytes(data.to_le_bytes())),
            0x11 => Value::Hex(data),
            0x12 => Value::Bool(data != 0),
            _ => Value::Other { data_type, data },
        }
    }

    /// The string, for a string value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value as Android's `TypedArray.getBoolean` reads it: booleans and integers
    /// (non-zero is true), and the strings `true`/`false` in any case.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::Int(i) => Some(*i != 0),
            Value::Hex(i) => Some(*i != 0),
            Value::String(s) if s.eq_ignore_ascii_case("true") => Some(true),
            Value::String(s) if s.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }

    /// The value as an integer: decimal, hex, boolean, or a string of digits (Android's
    /// `TypedArray.getInt` parses strings too).
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(i64::from(*i)),
            Value::Hex(i) => Some(i64::from(*i)),
            Value::Bool(b) => Some(i64::from(*b)),
            Value::String(s) => parse_int(s),
            _ => None,
        }
    }

    /// The resource id, for a reference.
    pub fn as_reference(&self) -> Option<u32> {
        match self {
            Value::Reference(id) => Some(*id),
            _ => None,
        }
    }
}

fn parse_int(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).ok();
    }
    s.parse().ok()
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::String(s) => f.write_str(s),
            Value::Reference(id) => write!(f, "@{id:#010x}"),
            Value::Attribute(id) => write!(f, "?{id:#010x}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Hex(i) => write!(f, "{i:#x}"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::Null => f.write_str("@null"),
            Value::Other { data_type, data } => write!(f, "(type {data_type:#04x}){data:#x}"),
        }
    }
}

/// One attribute of an element.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribute {
    /// Namespace URI, if any.
    #[serde(serialize_with = "ser::opt")]
    pub namespace: Option<Arc<str>>,
    /// The name as stored in the string pool (may be renamed or empty: see `resource_id`).
    #[serde(serialize_with = "ser::arc")]
    pub name: Arc<str>,
    /// The attribute's resource id from the resource map (`0x0101xxxx` for `android:`
    /// attributes): what Android resolves the attribute by.
    pub resource_id: Option<u32>,
    /// The typed value.
    pub value: Value,
    /// The raw string value, when the file keeps one.
    #[serde(serialize_with = "ser::opt")]
    pub raw: Option<Arc<str>>,
}

impl Attribute {
    /// The framework name (`name`, `exported`…) for a known `android:` resource id, else the
    /// stored name.
    pub fn effective_name(&self) -> &str {
        self.resource_id
            .and_then(framework_attr_name)
            .unwrap_or(&self.name)
    }
}

/// One element, with its attributes and children in document order.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Element {
    /// Namespace URI, if any.
    #[serde(serialize_with = "ser::opt")]
    pub namespace: Option<Arc<str>>,
    /// The element name (empty when its string is unreadable).
    #[serde(serialize_with = "ser::arc")]
    pub name: Arc<str>,
    /// Attributes in stored order.
    pub attributes: Vec<Attribute>,
    /// Child elements.
    pub children: Vec<Element>,
    /// Character data directly inside the element, concatenated.
    pub text: Option<String>,
    /// Source line number recorded by the compiler.
    pub line: u32,
}

impl Element {
    fn new(name: Arc<str>, namespace: Option<Arc<str>>, line: u32) -> Element {
        Element {
            namespace,
            name,
            attributes: Vec::new(),
            children: Vec::new(),
            text: None,
            line,
        }
    }

    /// The `android:` attribute with framework resource id `id`, as Android finds it: by id.
    /// When no attribute has the id, an android-namespace attribute with the framework name
    /// and no id is used instead (Android would ignore it; the document's anomalies say so).
    pub fn android_attr(&self, id: u32) -> Option<&Value> {
        if let Some(a) = self.attributes.iter().find(|a| a.resource_id == Some(id)) {
            return Some(&a.value);
        }
        let name = framework_attr_name(id)?;
        self.attributes
            .iter()
            .find(|a| {
                a.resource_id.is_none()
                    && a.namespace.as_deref() == Some(ANDROID_NS)
                    && &*a.name == name
            })
            .map(|a| &a.value)
    }

    /// An attribute without namespace, by name (`package` on `<manifest>`).
    pub fn plain_attr(&self, name: &str) -> Option<&Value> {
        self.attributes
            .iter()
            .find(|a| a.namespace.is_none() && a.resource_id.is_none() && &*a.name == name)
            .map(|a| &a.value)
    }

    /// Children named `name`.
    pub fn children_named<'s>(&'s self, name: &'s str) -> impl Iterator<Item = &'s Element> + 's {
        self.children.iter().filter(move |c| &*c.name == name)
    }

    /// This element and all below it, depth first.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(e) = stack.pop() {
            out.push(e);
            stack.extend(e.children.iter().rev());
        }
        out
    }
}

/// A decoded binary XML document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct XmlDocument {
    /// The root element.
    pub root: Element,
    /// `(prefix, uri)` of each namespace declaration, in order.
    pub namespaces: Vec<(Option<String>, Option<String>)>,
    /// What was odd, in the order found.
    pub anomalies: Vec<Anomaly>,
}

impl XmlDocument {
    /// What was odd about the file.
    pub fn anomalies(&self) -> &[Anomaly] {
        &self.anomalies
    }

    /// Whether Android would fail to read this file.
    pub fn android_rejects(&self) -> bool {
        self.anomalies.iter().any(Anomaly::android_rejects)
    }
}

/// Parses a binary XML file with the default [`Limits`]; see the [module doc](super).
///
/// # Errors
/// [`ManifestError`] when there is no element to return (too short, plain text, nothing
/// decodable); every other problem is an [`Anomaly`] in the document.
pub fn parse_axml(bytes: &[u8]) -> Result<XmlDocument, ManifestError> {
    parse_axml_with(bytes, &Limits::default())
}

/// [`parse_axml`] with explicit [`Limits`].
pub fn parse_axml_with(bytes: &[u8], limits: &Limits) -> Result<XmlDocument, ManifestError> {
    if bytes.len() > limits.max_size {
        return Err(ManifestError::TooLarge {
            len: bytes.len(),
            limit: limits.max_size,
        });
    }
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .and_then(|i| bytes.get(i..))
        .unwrap_or_default();
    if start.starts_with(b"<") || start.starts_with(b"\xef\xbb\xbf<") {
        return Err(ManifestError::PlainTextXml);
    }
    let cursor = Cursor::new(bytes);
    let header =
        ChunkHeader::read(&cursor, 0).ok_or(ManifestError::TooShort { len: bytes.len() })?;
    let mut p = Parser {
        cursor,
        limits,
        anomalies: Vec::new(),
        strings: StringPool::default(),
        res_ids: Vec::new(),
        namespaces: Vec::new(),
        bad_index: Tally::default(),
        renamed: Tally::default(),
        no_id: Tally::default(),
        unbalanced: Tally::default(),
        unknown: Tally::default(),
        extra_roots: 0,
        elements: 0,
        text_bytes: 0,
    };
    if header.kind != RES_XML_TYPE {
        p.anomalies
            .push(Anomaly::WrongFileType { found: header.kind });
    }
    let len = bytes.len();
    let declared = usize::try_from(header.size).unwrap_or(usize::MAX);
    let first = usize::from(header.header_size);
    let end = if declared > len || declared < first || declared < 8 {
        p.anomalies.push(Anomaly::FileSizeMismatch {
            declared: u64::from(header.size),
            actual: len as u64,
        });
        len
    } else {
        if declared < len {
            p.anomalies.push(Anomaly::FileSizeMismatch {
                declared: u64::from(header.size),
                actual: len as u64,
            });
        }
        declared
    };
    let first = if first < 8 || first >= end {
        p.anomalies.push(Anomaly::ChunkInvalid {
            part: Part::Axml,
            kind: header.kind,
            offset: 0,
            reason: "file header size out of range",
        });
        8
    } else {
        first
    };
    let root = p.run(first, end);
    p.finish_tallies();
    match root {
        Some(root) => Ok(XmlDocument {
            root,
            namespaces: p.namespaces,
            anomalies: p.anomalies,
        }),
        None => Err(ManifestError::NoRootElement {
            reason: p
                .anomalies
                .iter()
                .find(|a| a.android_rejects())
                .or(p.anomalies.first())
                .map_or_else(|| "no element node".to_owned(), ToString::to_string),
        }),
    }
}

struct Parser<'a, 'l> {
    cursor: Cursor<'a>,
    limits: &'l Limits,
    anomalies: Vec<Anomaly>,
    strings: StringPool,
    res_ids: Vec<u32>,
    namespaces: Vec<(Option<String>, Option<String>)>,
    bad_index: Tally<u32>,
    renamed: Tally<(u32, String, String)>,
    no_id: Tally<String>,
    unbalanced: Tally<String>,
    unknown: Tally<(u16, u64)>,
    extra_roots: u32,
    elements: u64,
    text_bytes: usize,
}

impl Parser<'_, '_> {
    fn string(&mut self, index: u32) -> Option<Arc<str>> {
        if index == NO_STRING {
            return None;
        }
        if !self.strings.contains(index) {
            self.bad_index.add(|| index);
        }
        self.strings.get(index)
    }

    fn chunk_invalid(&mut self, kind: u16, offset: usize, reason: &'static str) {
        self.anomalies.push(Anomaly::ChunkInvalid {
            part: Part::Axml,
            kind,
            offset: offset as u64,
            reason,
        });
    }

    /// The chunks before the first node (`setTo`), then the nodes (`nextNode`).
    fn run(&mut self, mut pos: usize, end: usize) -> Option<Element> {
        let mut pools = 0u32;
        let budget = (end as u64).saturating_mul(4).saturating_add(1 << 16);
        let first_node = loop {
            if pos.saturating_add(8) > end {
                break None;
            }
            let header = ChunkHeader::read(&self.cursor, pos)?;
            let room = end.saturating_sub(pos);
            if let Err(reason) = header.validate(8, room) {
                self.chunk_invalid(header.kind, pos, reason);
                // Android stops here (BAD_TYPE). Read what we can: a pool runs to the end,
                // then look for the next plausible chunk.
                if header.kind == RES_STRING_POOL_TYPE {
                    let chunk = self.cursor.range(pos, end).unwrap_or_default();
                    self.strings = parse_pool(
                        chunk,
                        Part::Axml,
                        self.limits.max_strings,
                        budget,
                        &mut self.anomalies,
                    );
                    pools = pools.saturating_add(1);
                }
                pos = self.resync(pos, end)?;
                continue;
            }
            let size = usize::try_from(header.size).ok()?;
            match header.kind {
                RES_STRING_POOL_TYPE => {
                    let chunk = self.cursor.take(pos, size).unwrap_or_default();
                    self.strings = parse_pool(
                        chunk,
                        Part::Axml,
                        self.limits.max_strings,
                        budget,
                        &mut self.anomalies,
                    );
                    pools = pools.saturating_add(1);
                }
                RES_XML_RESOURCE_MAP_TYPE => {
                    let body_start = at(pos, header.header_size)?;
                    let body = self
                        .cursor
                        .range(body_start, pos.saturating_add(size))
                        .unwrap_or_default();
                    self.res_ids = body
                        .chunks_exact(4)
                        .filter_map(|c| Some(u32::from_le_bytes(c.try_into().ok()?)))
                        .collect();
                }
                RES_XML_FIRST_CHUNK_TYPE..=RES_XML_LAST_CHUNK_TYPE => break Some(pos),
                kind => self.unknown.add(|| (kind, pos as u64)),
            }
            pos = pos.saturating_add(size);
        };
        if pools == 0 {
            self.anomalies
                .push(Anomaly::NoStringPool { part: Part::Axml });
        } else if pools > 1 {
            self.anomalies
                .push(Anomaly::DuplicateStringPool { count: pools });
        }
        self.nodes(first_node?, end)
    }

    /// After an invalid chunk: the next 4-aligned offset holding a chunk header that could
    /// start a resource map or the first node.
    fn resync(&self, from: usize, end: usize) -> Option<usize> {
        let mut pos = from.checked_add(4)?;
        while pos.saturating_add(8) <= end {
            if let Some(h) = ChunkHeader::read(&self.cursor, pos) {
                let plausible = match h.kind {
                    RES_XML_RESOURCE_MAP_TYPE => h.header_size == 8,
                    RES_XML_START_NAMESPACE_TYPE | RES_XML_START_ELEMENT_TYPE => {
                        h.header_size == NODE_HEADER_SIZE
                    }
                    _ => false,
                };
                if plausible && h.validate(8, end.saturating_sub(pos)).is_ok() {
                    return Some(pos);
                }
            }
            pos = pos.checked_add(4)?;
        }
        None
    }

    fn nodes(&mut self, mut pos: usize, end: usize) -> Option<Element> {
        let mut stack: Vec<Element> = Vec::new();
        let mut root: Option<Element> = None;
        // Depth of ignored elements (after the root, or past the depth limit).
        let mut skipping = 0u32;
        while pos < end {
            let Some(header) = ChunkHeader::read(&self.cursor, pos) else {
                self.truncated(pos, "node header cut short");
                break;
            };
            if let Err(reason) = header.validate(NODE_HEADER_SIZE, end.saturating_sub(pos)) {
                self.truncated(pos, reason);
                break;
            }
            let size = usize::try_from(header.size).unwrap_or(usize::MAX);
            let ext = pos.saturating_add(usize::from(header.header_size));
            let ext_room = size.saturating_sub(usize::from(header.header_size));
            let line = self.cursor.u32_at(pos.saturating_add(8)).unwrap_or(0);
            let min_ext = match header.kind {
                RES_XML_START_NAMESPACE_TYPE | RES_XML_END_NAMESPACE_TYPE => 8,
                RES_XML_START_ELEMENT_TYPE => 20,
                RES_XML_END_ELEMENT_TYPE => 8,
                RES_XML_CDATA_TYPE => 12,
                kind => {
                    self.unknown.add(|| (kind, pos as u64));
                    pos = pos.saturating_add(size);
                    continue;
                }
            };
            if ext_room < min_ext {
                self.truncated(pos, "node smaller than its extension");
                break;
            }
            let c = self.cursor;
            let u32_at = |off: usize| c.u32_at(ext.saturating_add(off));
            match header.kind {
                RES_XML_START_NAMESPACE_TYPE => {
                    let (prefix, uri) = (u32_at(0)?, u32_at(4)?);
                    let pair = (
                        self.string(prefix).map(|s| s.to_string()),
                        self.string(uri).map(|s| s.to_string()),
                    );
                    if self.namespaces.len() < 1024 {
                        self.namespaces.push(pair);
                    }
                }
                RES_XML_END_NAMESPACE_TYPE => {}
                RES_XML_START_ELEMENT_TYPE => {
                    if let Err(reason) = self.check_attributes(ext, ext_room) {
                        self.truncated(pos, reason);
                        break;
                    }
                    if root.is_some() && stack.is_empty() && skipping == 0 {
                        self.extra_roots = self.extra_roots.saturating_add(1);
                    }
                    if skipping > 0 || (root.is_some() && stack.is_empty()) {
                        skipping = skipping.saturating_add(1);
                    } else if stack.len() >= self.limits.max_depth {
                        self.over_limit(
                            "element depth",
                            stack.len() as u64,
                            self.limits.max_depth as u64,
                        );
                        skipping = 1;
                    } else if self.elements >= self.limits.max_elements {
                        self.over_limit("elements", self.elements, self.limits.max_elements);
                        break;
                    } else {
                        self.elements = self.elements.saturating_add(1);
                        let element = self.element(ext, line)?;
                        stack.push(element);
                    }
                }
                RES_XML_END_ELEMENT_TYPE => {
                    if skipping > 0 {
                        skipping = skipping.saturating_sub(1);
                    } else if let Some(done) = stack.pop() {
                        let name = u32_at(4).and_then(|i| self.string(i));
                        if name.as_deref() != Some(&*done.name) {
                            self.unbalanced.add(|| {
                                format!(
                                    "</{}> closes <{}>",
                                    name.as_deref().unwrap_or(""),
                                    done.name
                                )
                            });
                        }
                        match stack.last_mut() {
                            Some(parent) => parent.children.push(done),
                            None => root = Some(done),
                        }
                    } else {
                        self.unbalanced
                            .add(|| "end element without start".to_owned());
                    }
                }
                _ => {
                    // CDATA
                    let text = u32_at(0).and_then(|i| self.string(i));
                    if let (Some(text), Some(current)) = (text, stack.last_mut())
                        && self.text_bytes.saturating_add(text.len()) <= self.limits.max_text
                    {
                        self.text_bytes = self.text_bytes.saturating_add(text.len());
                        current.text.get_or_insert_with(String::new).push_str(&text);
                    }
                }
            }
            pos = pos.saturating_add(size);
        }
        if !stack.is_empty() {
            let open = stack.len();
            self.unbalanced
                .add(|| format!("{open} elements still open at the end"));
            while let Some(done) = stack.pop() {
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => root = Some(done),
                }
            }
        }
        root
    }

    /// androidfw `validateNode` for start elements: the attributes lie inside the node.
    fn check_attributes(&self, ext: usize, ext_room: usize) -> Result<(), &'static str> {
        let field = |off: usize| self.cursor.u16_at(ext.saturating_add(off));
        let (Some(start), Some(size), Some(count)) = (field(8), field(10), field(12)) else {
            return Err("attribute extension cut short");
        };
        let used =
            usize::from(start).saturating_add(usize::from(size).saturating_mul(usize::from(count)));
        if used > ext_room {
            return Err("attributes extend past the node");
        }
        Ok(())
    }

    fn element(&mut self, ext: usize, line: u32) -> Option<Element> {
        let c = self.cursor;
        let ns = c.u32_at(ext)?;
        let name = c.u32_at(ext.saturating_add(4))?;
        let attr_start = usize::from(c.u16_at(ext.saturating_add(8))?);
        let attr_size = usize::from(c.u16_at(ext.saturating_add(10))?);
        let attr_count = c.u16_at(ext.saturating_add(12))?;
        let namespace = self.string(ns);
        let name = self.string(name).unwrap_or_else(|| Arc::from(""));
        let mut element = Element::new(name, namespace, line);
        for i in 0..usize::from(attr_count) {
            let base = ext
                .saturating_add(attr_start)
                .saturating_add(i.saturating_mul(attr_size));
            if c.take(base, ATTRIBUTE_SIZE).is_none() {
                break;
            }
            let field = |off: usize| c.u32_at(base.saturating_add(off));
            let (Some(a_ns), Some(a_name), Some(raw), Some(data)) =
                (field(0), field(4), field(8), field(16))
            else {
                break;
            };
            let data_type = c.u8_at(base.saturating_add(15)).unwrap_or(0);
            let resource_id = usize::try_from(a_name)
                .ok()
                .and_then(|i| self.res_ids.get(i))
                .copied()
                .filter(|&id| id != 0);
            let namespace = self.string(a_ns);
            let stored = self.string(a_name).unwrap_or_else(|| Arc::from(""));
            if let Some(id) = resource_id {
                if let Some(expected) = framework_attr_name(id)
                    && *stored != *expected
                {
                    self.renamed
                        .add(|| (id, expected.to_owned(), stored.to_string()));
                }
            } else if namespace.as_deref() == Some(ANDROID_NS) {
                self.no_id.add(|| stored.to_string());
            }
            let raw = self.string(raw);
            let value = Value::from_raw(data_type, data, &self.strings);
            element.attributes.push(Attribute {
                namespace,
                name: stored,
                resource_id,
                value,
                raw,
            });
        }
        Some(element)
    }

    fn truncated(&mut self, offset: usize, reason: &'static str) {
        self.anomalies.push(Anomaly::DocumentTruncated {
            offset: offset as u64,
            reason,
        });
    }

    fn over_limit(&mut self, what: &'static str, count: u64, limit: u64) {
        if !self
            .anomalies
            .iter()
            .any(|a| matches!(a, Anomaly::OverLimit { what: w, .. } if *w == what))
        {
            self.anomalies
                .push(Anomaly::OverLimit { what, count, limit });
        }
    }

    fn finish_tallies(&mut self) {
        if let Some((count, (first_kind, first_offset))) = std::mem::take(&mut self.unknown).take()
        {
            self.anomalies.push(Anomaly::UnknownChunk {
                part: Part::Axml,
                count,
                first_kind,
                first_offset,
            });
        }
        if let Some((count, first_index)) = std::mem::take(&mut self.bad_index).take() {
            self.anomalies
                .push(Anomaly::StringIndexOutOfRange { count, first_index });
        }
        if let Some((count, (resource_id, expected, found))) =
            std::mem::take(&mut self.renamed).take()
        {
            self.anomalies.push(Anomaly::AttributeNameMismatch {
                count,
                resource_id,
                expected,
                found,
            });
        }
        if let Some((count, first_name)) = std::mem::take(&mut self.no_id).take() {
            self.anomalies
                .push(Anomaly::AttributeWithoutResourceId { count, first_name });
        }
        if let Some((count, detail)) = std::mem::take(&mut self.unbalanced).take() {
            self.anomalies
                .push(Anomaly::UnbalancedElements { count, detail });
        }
        if self.extra_roots > 0 {
            self.anomalies.push(Anomaly::ExtraRootElements {
                count: self.extra_roots,
            });
        }
    }
}
