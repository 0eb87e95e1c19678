//! Reads a dump from a stream under a memory budget, so that no acquisition, however large or
//! crafted its files, makes unstalk hold more than a few hundred MB.
//!
//! Real dumps are under 50 MB, but a file of an acquisition can be anything: a 1 GiB
//! `packages.json` on one line, a zip entry that inflates to 5 GiB. Text dumps are read line
//! by line ([`read_lines`]): a line longer than [`MAX_LINE`] is not kept, and at most
//! [`MAX_TEXT`] of text is kept for the parsers. JSON lists are read item by item
//! ([`json_items`]): at most [`MAX_JSON_ITEM`] per item, [`MAX_JSON_ITEMS`] items and
//! [`MAX_TEXT`] in all. What was not
//! read is said in plain words, so the report names it.
//!
//! The JSON list is cut into items here rather than by `serde_json`'s streaming deserialiser:
//! that one stops at the first bad item, and one invalid value (a lone surrogate escape, a
//! cut-short object) must lose that item only, never the rest of the app list.

use std::io::{BufRead, BufReader, ErrorKind, Read};

use serde_json::Value;

use crate::text::NotUnderstood;

/// At most this much text of one dump is kept for the parsers.
pub(crate) const MAX_TEXT: usize = 64 << 20;
/// A longer line is not kept: no line of a real dump comes close.
pub(crate) const MAX_LINE: usize = 1 << 20;
/// A longer item of a JSON list is not read: an androidqf package is a few KB.
pub(crate) const MAX_JSON_ITEM: usize = 16 << 20;

/// A JSON list is read up to this many items: a phone has a few thousand packages and
/// androidqf lists tens of thousands of files; each item read becomes a value unstalk keeps.
pub(crate) const MAX_JSON_ITEMS: usize = 100_000;

const MIB: usize = 1 << 20;

/// The text kept from a dump, and what of it was not read.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    pub(crate) text: String,
    /// Why part of the dump was not read, in plain words; `None` when all of it was.
    pub(crate) unread: Option<String>,
}

/// Reads `reader` line by line, lossily decoded (a bad byte spoils only its line, which keeps a
/// replacement character), keeping the lines `keep` accepts. `keep` sees every line that is
/// not too long, in order, so it can follow the sections of a combined dump.
pub(crate) fn read_lines(reader: impl Read, mut keep: impl FnMut(&str) -> bool) -> Lines {
    let mut reader = BufReader::with_capacity(64 << 10, reader);
    let mut lines = Lines::default();
    let mut line = Vec::new();
    let mut too_long = 0usize;
    let mut over = false;
    let mut cut_at_text_budget = false;
    let mut stopped = None;
    loop {
        let chunk = match reader.fill_buf() {
            Ok([]) => break,
            Ok(chunk) => chunk,
            Err(error) if error.kind() == ErrorKind::Interrupted => continue,
            Err(error) => {
                stopped = Some(stopped_reading(&error));
                break;
            }
        };
        let (part, ends_line) = match chunk.iter().position(|&byte| byte == b'\n') {
            Some(at) => (&chunk[..=at], true),
            None => (chunk, false),
        };
        let used = part.len();
        if !over {
            if line.len() + part.len() > MAX_LINE {
                over = true;
                line.clear();
            } else {
                line.extend_from_slice(part);
            }
        }
        reader.consume(used);
        if ends_line {
            if over {
                too_long += 1;
            } else if !keep_line(&mut lines.text, &line, &mut keep) {
                cut_at_text_budget = true;
                break;
            }
            line.clear();
            over = false;
        }
    }
    if over {
        too_long += 1;
    } else if !line.is_empty() && !keep_line(&mut lines.text, &line, &mut keep) {
        cut_at_text_budget = true;
    }
    let mut why = Vec::new();
    if cut_at_text_budget {
        why.push(format!(
            "it holds more than {} MiB of text to read; only the first {} MiB were read",
            MAX_TEXT / MIB,
            MAX_TEXT / MIB
        ));
    }
    if too_long > 0 {
        why.push(format!(
            "{too_long} line(s) longer than {} MiB were not read",
            MAX_LINE / MIB
        ));
    }
    why.extend(stopped);
    lines.unread = (!why.is_empty()).then(|| why.join("; "));
    lines
}

/// Adds `line` to `text` when `keep` wants it; `false` when the text budget is spent.
fn keep_line(text: &mut String, line: &[u8], keep: &mut impl FnMut(&str) -> bool) -> bool {
    let decoded = String::from_utf8_lossy(line);
    if !keep(&decoded) {
        return true;
    }
    if text.len() + decoded.len() > MAX_TEXT {
        return false;
    }
    text.push_str(&decoded);
    true
}

fn stopped_reading(error: &std::io::Error) -> String {
    format!("reading stopped part way: {error}")
}

/// Reads the JSON list in `reader` item by item, handing each item to `each`. Items that are
/// not JSON, or too long, go to `odd` and the next item is read. `null` (what androidqf writes
/// for an empty list) is an empty list.
///
/// Returns why part of the list was not read, in plain words; `None` when all of it was.
pub(crate) fn json_items(
    reader: impl Read,
    odd: &mut NotUnderstood,
    mut each: impl FnMut(Value, &mut NotUnderstood),
) -> Option<String> {
    let mut bytes = Bytes::new(reader);
    let mut read_in_all = 0usize;
    let mut items_read = 0usize;
    let first = match bytes.next_non_space() {
        Ok(first) => first,
        Err(error) => return Some(stopped_reading(&error)),
    };
    match first {
        Some(b'[') => {}
        None => {
            odd.push("an empty file, not a JSON list");
            return None;
        }
        Some(b'n') => {
            let mut rest = [0u8; 3];
            let rest_read = (0..3).try_for_each(|at| {
                rest[at] = bytes.next()?.ok_or(ErrorKind::UnexpectedEof)?;
                Ok::<(), std::io::Error>(())
            });
            if rest_read.is_err() || &rest != b"ull" {
                odd.push("a JSON value that is not a list");
            }
            return None;
        }
        Some(_) => {
            odd.push("a JSON value that is not a list");
            return None;
        }
    }
    let mut item = Vec::new();
    loop {
        item.clear();
        let end = match bytes.item(&mut item) {
            Ok(end) => end,
            Err(error) => return Some(stopped_reading(&error)),
        };
        let text = String::from_utf8_lossy(&item);
        let text = text.trim();
        match end.too_long {
            true => odd.push(&format!(
                "an item longer than {} MiB, not read: {text}",
                MAX_JSON_ITEM / MIB
            )),
            // `[]`, or a trailing comma.
            false if text.is_empty() => {}
            false => {
                read_in_all += text.len();
                if read_in_all > MAX_TEXT {
                    return Some(format!(
                        "its items add up to more than {} MiB; only the first {} MiB were read",
                        MAX_TEXT / MIB,
                        MAX_TEXT / MIB
                    ));
                }
                items_read += 1;
                if items_read > MAX_JSON_ITEMS {
                    return Some(format!(
                        "it lists more than {MAX_JSON_ITEMS} items; only the first \
                         {MAX_JSON_ITEMS} were read"
                    ));
                }
                match serde_json::from_str::<Value>(text) {
                    Ok(value) => each(value, odd),
                    Err(error) => odd.push(&format!("not JSON ({error}): {text}")),
                }
            }
        }
        match end.by {
            ItemEnd::Comma => {}
            ItemEnd::Bracket => return None,
            ItemEnd::EndOfFile => {
                return Some("the list ends early: the file may be cut short".to_owned());
            }
        }
    }
}

/// How one item of the list ended.
enum ItemEnd {
    Comma,
    Bracket,
    EndOfFile,
}

struct ItemRead {
    by: ItemEnd,
    /// The item was longer than [`MAX_JSON_ITEM`]; only its start is kept.
    too_long: bool,
}

/// The bytes of a reader, one at a time, buffered.
struct Bytes<R> {
    reader: BufReader<R>,
}

impl<R: Read> Bytes<R> {
    fn new(reader: R) -> Self {
        Bytes {
            reader: BufReader::with_capacity(64 << 10, reader),
        }
    }

    fn next(&mut self) -> std::io::Result<Option<u8>> {
        loop {
            match self.reader.fill_buf() {
                Ok([]) => return Ok(None),
                Ok(&[byte, ..]) => {
                    self.reader.consume(1);
                    return Ok(Some(byte));
                }
                Err(error) if error.kind() == ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
    }

    /// The first byte that is not white space (nor a UTF-8 byte-order mark).
    fn next_non_space(&mut self) -> std::io::Result<Option<u8>> {
        while let Some(byte) = self.next()? {
            if !matches!(byte, b' ' | b'\t' | b'\r' | b'\n' | 0xEF | 0xBB | 0xBF) {
                return Ok(Some(byte));
            }
        }
        Ok(None)
    }

    /// Reads one item of the list into `item` (at most [`MAX_JSON_ITEM`] bytes of it), up to
    /// the `,` or `]` that ends it outside strings and nested values. Goes through the buffer
    /// a chunk at a time: a 1 GiB file is read in seconds even in a debug build.
    fn item(&mut self, item: &mut Vec<u8>) -> std::io::Result<ItemRead> {
        let mut depth = 0usize;
        let mut in_string = false;
        let mut escaped = false;
        let mut too_long = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok([]) => {
                    return Ok(ItemRead {
                        by: ItemEnd::EndOfFile,
                        too_long,
                    });
                }
                Ok(chunk) => chunk,
                Err(error) if error.kind() == ErrorKind::Interrupted => continue,
                Err(error) => return Err(error),
            };
            let mut end = None;
            for (at, &byte) in chunk.iter().enumerate() {
                if in_string {
                    if escaped {
                        escaped = false;
                    } else if byte == b'\\' {
                        escaped = true;
                    } else if byte == b'"' {
                        in_string = false;
                    }
                    continue;
                }
                match byte {
                    b'"' => in_string = true,
                    b'[' | b'{' => depth += 1,
                    b']' | b'}' if depth > 0 => depth -= 1,
                    b']' => end = Some((at, ItemEnd::Bracket)),
                    b',' if depth == 0 => end = Some((at, ItemEnd::Comma)),
                    _ => {}
                }
                if end.is_some() {
                    break;
                }
            }
            let taken = end.as_ref().map_or(chunk.len(), |(at, _)| *at);
            let room = MAX_JSON_ITEM.saturating_sub(item.len());
            too_long |= taken > room;
            item.extend_from_slice(&chunk[..taken.min(room)]);
            match end {
                Some((at, by)) => {
                    self.reader.consume(at + 1);
                    return Ok(ItemRead { by, too_long });
                }
                None => {
                    let used = chunk.len();
                    self.reader.consume(used);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &[u8]) -> (Vec<Value>, Vec<String>, Option<String>) {
        let mut odd = NotUnderstood::default();
        let mut kept = Vec::new();
        let unread = json_items(text, &mut odd, |value, _| kept.push(value));
        (kept, odd.finish(), unread)
    }

    #[test]
    fn one_bad_item_loses_only_itself() {
        let (kept, odd, unread) = items(
            br#"[{"name":"a,]}"}, {"name":"\ud800"}, {"name": "b", "x": [1, {"y": "]"}]}, ]"#,
        );
        assert_eq!(kept.len(), 2, "{odd:?}");
        assert_eq!(kept[1]["name"], "b");
        assert_eq!(odd.len(), 1);
        assert!(odd[0].starts_with("not JSON"), "{odd:?}");
        assert_eq!(unread, None);
        // Invalid UTF-8 spoils the value only: it keeps a replacement character.
        let (kept, odd, _) = items(b"[\"a\xffb\", 2]");
        assert_eq!(kept, [Value::from("a\u{fffd}b"), Value::from(2)], "{odd:?}");
    }

    #[test]
    fn other_shapes_are_said() {
        assert_eq!(items(b" null ").1, Vec::<String>::new());
        assert_eq!(items(b"[]").0, Vec::<Value>::new());
        assert_eq!(items(b"\xEF\xBB\xBF[1]").0, [Value::from(1)]);
        assert_eq!(items(b"{}").1, ["a JSON value that is not a list"]);
        assert_eq!(items(b"").1, ["an empty file, not a JSON list"]);
        let (kept, _, unread) = items(b"[1, 2, {\"a\":");
        assert_eq!(kept.len(), 2);
        assert!(unread.is_some_and(|why| why.contains("cut short")));
    }

    #[test]
    fn a_long_item_is_named_and_skipped() {
        let mut text = b"[\"".to_vec();
        text.resize(MAX_JSON_ITEM + 10, b'A');
        text.extend_from_slice(b"\", 7]");
        let (kept, odd, unread) = items(&text);
        assert_eq!(kept, [Value::from(7)]);
        assert!(odd[0].starts_with("an item longer than 16 MiB"), "{odd:?}");
        assert_eq!(unread, None);
    }

    #[test]
    fn long_lines_and_the_text_budget_are_said() {
        let mut text = b"first\n".to_vec();
        text.resize(text.len() + MAX_LINE + 1, b'x');
        text.extend_from_slice(b"\nlast");
        let lines = read_lines(&text[..], |_| true);
        assert_eq!(lines.text, "first\nlast");
        let unread = lines.unread.unwrap_or_default();
        assert!(unread.contains("1 line(s) longer than 1 MiB"), "{unread}");

        let line = "y".repeat(1000) + "\n";
        let many = line.repeat(MAX_TEXT / 1000 + 2);
        let lines = read_lines(many.as_bytes(), |line| !line.starts_with('z'));
        assert!(lines.text.len() <= MAX_TEXT);
        assert!(
            lines
                .unread
                .unwrap_or_default()
                .contains("only the first 64 MiB")
        );

        let lines = read_lines(&b"a\xff\nb\nc"[..], |line| line != "b\n");
        assert_eq!(lines.text, "a\u{fffd}\nc");
        assert_eq!(lines.unread, None);
    }
}
