//! A minimal valid DEX file (format 035): header, string ids, type ids, one class definition
//! (an empty class extending `java.lang.Object`) and the map list, with the Adler-32 checksum
//! and SHA-1 signature Android checks. Its strings are what a scanner reads from an app's code:
//! the demo puts an upload address in the stalker-like app's.

use sha1::{Digest, Sha1};

use crate::zip::{put16, put32, u32_len};

const HEADER_SIZE: usize = 0x70;
const NO_INDEX: u32 = u32::MAX;
const ACC_PUBLIC: u32 = 0x1;

/// A DEX holding the class `class` (a descriptor, `Lcom/example/Main;`) and the `strings`.
pub fn write(class: &str, strings: &[&str]) -> Vec<u8> {
    let object = "Ljava/lang/Object;";
    let mut all: Vec<&str> = strings.iter().copied().chain([class, object]).collect();
    // string_ids are sorted by the strings' UTF-16 code units; the demo's are ASCII, where that
    // is byte order.
    all.sort_unstable();
    all.dedup();
    let index_of = |text: &str| u32_len(all.iter().position(|s| *s == text).unwrap_or(0));
    // type_ids are sorted by string index.
    let mut types = vec![index_of(class), index_of(object)];
    types.sort_unstable();
    let type_of =
        |text: &str| u32_len(types.iter().position(|t| *t == index_of(text)).unwrap_or(0));

    let string_ids_off = HEADER_SIZE;
    let type_ids_off = string_ids_off + 4 * all.len();
    let class_defs_off = type_ids_off + 4 * types.len();
    let data_off = class_defs_off + 32;
    let mut data = Vec::new();
    let mut string_offsets = Vec::new();
    for text in &all {
        string_offsets.push(u32_len(data_off + data.len()));
        uleb128(&mut data, u32_len(text.encode_utf16().count()));
        // Modified UTF-8 equals UTF-8 for text without NUL or supplementary characters.
        data.extend_from_slice(text.as_bytes());
        data.push(0);
    }
    while data.len() % 4 != 0 {
        data.push(0);
    }
    let map_off = data_off + data.len();
    let map_items: [(u16, usize, usize); 6] = [
        (0x0000, 1, 0),
        (0x0001, all.len(), string_ids_off),
        (0x0002, types.len(), type_ids_off),
        (0x0006, 1, class_defs_off),
        (0x2002, all.len(), data_off),
        (0x1000, 1, map_off),
    ];
    put32(&mut data, u32_len(map_items.len()));
    for (kind, size, offset) in map_items {
        put16(&mut data, kind);
        put16(&mut data, 0);
        put32(&mut data, u32_len(size));
        put32(&mut data, u32_len(offset));
    }
    let file_size = data_off + data.len();

    let mut out = Vec::with_capacity(file_size);
    out.extend_from_slice(b"dex\n035\0");
    put32(&mut out, 0); // checksum, filled below
    out.extend_from_slice(&[0; 20]); // signature, filled below
    put32(&mut out, u32_len(file_size));
    put32(&mut out, u32_len(HEADER_SIZE));
    put32(&mut out, 0x1234_5678); // endian tag
    put32(&mut out, 0); // link size
    put32(&mut out, 0); // link offset
    put32(&mut out, u32_len(map_off));
    put32(&mut out, u32_len(all.len()));
    put32(&mut out, u32_len(string_ids_off));
    put32(&mut out, u32_len(types.len()));
    put32(&mut out, u32_len(type_ids_off));
    for _ in 0..6 {
        put32(&mut out, 0); // protos, fields, methods: none
    }
    put32(&mut out, 1);
    put32(&mut out, u32_len(class_defs_off));
    put32(&mut out, u32_len(data.len()));
    put32(&mut out, u32_len(data_off));
    for offset in string_offsets {
        put32(&mut out, offset);
    }
    for string_index in &types {
        put32(&mut out, *string_index);
    }
    put32(&mut out, type_of(class));
    put32(&mut out, ACC_PUBLIC);
    put32(&mut out, type_of(object));
    put32(&mut out, 0); // interfaces
    put32(&mut out, NO_INDEX); // source file
    put32(&mut out, 0); // annotations
    put32(&mut out, 0); // class data: no fields or methods
    put32(&mut out, 0); // static values
    out.extend_from_slice(&data);

    let signature = Sha1::digest(out.get(32..).unwrap_or_default());
    if let Some(slot) = out.get_mut(12..32) {
        slot.copy_from_slice(&signature);
    }
    let checksum = adler2::adler32_slice(out.get(12..).unwrap_or_default());
    if let Some(slot) = out.get_mut(8..12) {
        slot.copy_from_slice(&checksum.to_le_bytes());
    }
    out
}

fn uleb128(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
