//! A writer of Android's binary XML (the compiled `AndroidManifest.xml`), as `aapt` lays it out:
//! one XML chunk holding a UTF-16 string pool, a resource map giving the framework attribute id
//! of each `android:` attribute name (Android resolves attributes by these ids, not by name),
//! then the `android` namespace, the elements and their ends.
//!
//! Values are written typed, as `aapt` does: strings, decimal integers and booleans. Labels are
//! literal strings rather than references into a `resources.arsc`, which `aapt dump badging`
//! and Android both accept.

use crate::zip::{put16, put32, u32_len};

pub const ANDROID_NS: &str = "http://schemas.android.com/apk/res/android";

const NO_INDEX: u32 = u32::MAX;

/// A typed attribute value.
#[derive(Debug, Clone)]
pub enum Value {
    Str(String),
    Int(u32),
    Bool(bool),
}

/// An attribute: `android:` ones carry their framework resource id.
#[derive(Debug, Clone)]
pub struct Attr {
    pub name: &'static str,
    /// The `android.R.attr` id, or `None` for an attribute outside the android namespace
    /// (`package` on `<manifest>`).
    pub id: Option<u32>,
    pub value: Value,
}

/// An element and its children.
#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<Attr>,
    pub children: Vec<Element>,
}

impl Element {
    pub fn new(name: &str) -> Element {
        Element {
            name: name.to_owned(),
            ..Element::default()
        }
    }

    /// Adds the android attribute `name`; its id comes from [`android_attr_id`].
    pub fn android(mut self, name: &'static str, value: Value) -> Element {
        self.attrs.push(Attr {
            name,
            id: android_attr_id(name),
            value,
        });
        self
    }

    /// Adds an attribute outside the android namespace.
    pub fn plain(mut self, name: &'static str, value: Value) -> Element {
        self.attrs.push(Attr {
            name,
            id: None,
            value,
        });
        self
    }

    pub fn child(mut self, child: Element) -> Element {
        self.children.push(child);
        self
    }
}

/// `android.R.attr` ids of the attributes the demo writes (AOSP
/// `frameworks/base/core/res/res/values/public.xml`).
pub fn android_attr_id(name: &str) -> Option<u32> {
    Some(match name {
        "label" => 0x0101_0001,
        "icon" => 0x0101_0002,
        "name" => 0x0101_0003,
        "permission" => 0x0101_0006,
        "enabled" => 0x0101_000e,
        "exported" => 0x0101_0010,
        "excludeFromRecents" => 0x0101_0017,
        "resource" => 0x0101_0025,
        "minSdkVersion" => 0x0101_020c,
        "versionCode" => 0x0101_021b,
        "versionName" => 0x0101_021c,
        "targetSdkVersion" => 0x0101_0270,
        _ => return None,
    })
}

/// The string pool under construction: attribute names with resource ids first, in the order
/// of the resource map, as Android requires.
struct Pool {
    strings: Vec<String>,
}

impl Pool {
    fn index(&mut self, text: &str) -> u32 {
        match self.strings.iter().position(|s| s == text) {
            Some(at) => u32_len(at),
            None => {
                self.strings.push(text.to_owned());
                u32_len(self.strings.len() - 1)
            }
        }
    }
}

/// The binary XML of the document whose root is `root`, with the `android` namespace declared.
pub fn write(root: &Element) -> Vec<u8> {
    let mut ids: Vec<(&'static str, u32)> = Vec::new();
    collect_ids(root, &mut ids);
    ids.sort_by_key(|(_, id)| *id);
    ids.dedup();
    let mut pool = Pool {
        strings: ids.iter().map(|(name, _)| (*name).to_owned()).collect(),
    };
    let android = pool.index("android");
    let uri = pool.index(ANDROID_NS);
    let mut nodes = Vec::new();
    namespace_node(&mut nodes, 0x0100, android, uri);
    element_nodes(root, &mut pool, uri, &mut nodes);
    namespace_node(&mut nodes, 0x0101, android, uri);

    let pool_chunk = string_pool(&pool.strings);
    let mut map = Vec::new();
    put16(&mut map, 0x0180);
    put16(&mut map, 8);
    put32(&mut map, u32_len(8 + 4 * ids.len()));
    for (_, id) in &ids {
        put32(&mut map, *id);
    }
    let mut out = Vec::new();
    put16(&mut out, 0x0003);
    put16(&mut out, 8);
    put32(
        &mut out,
        u32_len(8 + pool_chunk.len() + map.len() + nodes.len()),
    );
    out.extend_from_slice(&pool_chunk);
    out.extend_from_slice(&map);
    out.extend_from_slice(&nodes);
    out
}

fn collect_ids(element: &Element, ids: &mut Vec<(&'static str, u32)>) {
    for attr in &element.attrs {
        if let Some(id) = attr.id {
            ids.push((attr.name, id));
        }
    }
    for child in &element.children {
        collect_ids(child, ids);
    }
}

fn namespace_node(out: &mut Vec<u8>, kind: u16, prefix: u32, uri: u32) {
    put16(out, kind);
    put16(out, 16);
    put32(out, 24);
    put32(out, 1); // line number
    put32(out, NO_INDEX); // comment
    put32(out, prefix);
    put32(out, uri);
}

fn element_nodes(element: &Element, pool: &mut Pool, uri: u32, out: &mut Vec<u8>) {
    let name = pool.index(&element.name);
    // Android looks attributes up by binary search on their resource ids.
    let mut attrs: Vec<&Attr> = element.attrs.iter().collect();
    attrs.sort_by_key(|attr| attr.id.unwrap_or(u32::MAX));
    let count = u16::try_from(attrs.len()).unwrap_or(u16::MAX);
    put16(out, 0x0102);
    put16(out, 16);
    put32(out, u32_len(36 + 20 * attrs.len()));
    put32(out, 1);
    put32(out, NO_INDEX);
    put32(out, NO_INDEX); // element namespace
    put32(out, name);
    put16(out, 20); // attribute start
    put16(out, 20); // attribute size
    put16(out, count);
    put16(out, 0); // id index
    put16(out, 0); // class index
    put16(out, 0); // style index
    for attr in attrs {
        let namespace = if attr.id.is_some() { uri } else { NO_INDEX };
        let attr_name = pool.index(attr.name);
        let (raw, kind, data) = match &attr.value {
            Value::Str(text) => {
                let at = pool.index(text);
                (at, 0x03, at)
            }
            Value::Int(value) => (NO_INDEX, 0x10, *value),
            Value::Bool(value) => (NO_INDEX, 0x12, if *value { u32::MAX } else { 0 }),
        };
        put32(out, namespace);
        put32(out, attr_name);
        put32(out, raw);
        put16(out, 8); // Res_value size
        out.push(0);
        out.push(kind);
        put32(out, data);
    }
    for child in &element.children {
        element_nodes(child, pool, uri, out);
    }
    put16(out, 0x0103);
    put16(out, 16);
    put32(out, 24);
    put32(out, 1);
    put32(out, NO_INDEX);
    put32(out, NO_INDEX);
    put32(out, name);
}

/// A UTF-16 string pool chunk (no styles).
fn string_pool(strings: &[String]) -> Vec<u8> {
    let mut offsets = Vec::new();
    let mut data = Vec::new();
    for text in strings {
        put32(&mut offsets, u32_len(data.len()));
        let units: Vec<u16> = text.encode_utf16().collect();
        // One length unit below 0x8000; above, two, the first with its high bit set (the
        // evasion tests write strings of millions of units).
        match u16::try_from(units.len()) {
            Ok(short) if short < 0x8000 => put16(&mut data, short),
            _ => {
                let long = u32_len(units.len()) & 0x7fff_ffff;
                put16(&mut data, 0x8000 | (long >> 16) as u16);
                put16(&mut data, (long & 0xffff) as u16);
            }
        }
        for unit in units {
            put16(&mut data, unit);
        }
        put16(&mut data, 0);
    }
    while data.len() % 4 != 0 {
        data.push(0);
    }
    let header = 28;
    let mut out = Vec::new();
    put16(&mut out, 0x0001);
    put16(&mut out, header);
    put32(
        &mut out,
        u32_len(usize::from(header) + offsets.len() + data.len()),
    );
    put32(&mut out, u32_len(strings.len()));
    put32(&mut out, 0); // style count
    put32(&mut out, 0); // flags: UTF-16, not sorted
    put32(&mut out, u32_len(usize::from(header) + offsets.len()));
    put32(&mut out, 0); // styles start
    out.extend_from_slice(&offsets);
    out.extend_from_slice(&data);
    out
}
