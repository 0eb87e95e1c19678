//! `getprop`: the system properties (`[ro.build.version.release]: [14]`).
//!
//! A value can hold newlines (some vendors put scripts or lists in properties), so a value that
//! does not end with `]` on its line goes on until a line that does.

use std::collections::BTreeMap;

use crate::text::NotUnderstood;

/// Properties by name, and the lines that were not `[name]: [value]`.
pub fn parse(text: &str) -> (BTreeMap<String, String>, Vec<String>) {
    let mut properties = BTreeMap::new();
    let mut odd = NotUnderstood::default();
    // A property whose value has not reached its closing `]` yet.
    let mut open: Option<(String, String)> = None;
    for line in text.lines() {
        let started = start(line);
        if let Some((name, mut value)) = open.take() {
            if started.is_none() {
                value.push('\n');
                match line.strip_suffix(']') {
                    Some(end) => {
                        value.push_str(end);
                        properties.insert(name, value);
                    }
                    None => {
                        value.push_str(line);
                        open = Some((name, value));
                    }
                }
                continue;
            }
            // A new property before the old one closed: keep what was read, and say so.
            odd.push(&format!("[{name}]: value without its closing ]"));
            properties.insert(name, value);
        }
        match started {
            Some((name, rest)) => match rest.strip_suffix(']') {
                Some(value) => {
                    properties.insert(name.to_owned(), value.to_owned());
                }
                None => open = Some((name.to_owned(), rest.to_owned())),
            },
            None if line.trim().is_empty() => {}
            None => odd.push(line),
        }
    }
    if let Some((name, value)) = open {
        odd.push(&format!(
            "[{name}]: value without its closing ] (cut short?)"
        ));
        properties.insert(name, value);
    }
    (properties, odd.finish())
}

/// `[name]: [rest…` → (name, rest…).
fn start(line: &str) -> Option<(&str, &str)> {
    let (name, rest) = line
        .trim_end_matches('\r')
        .strip_prefix('[')?
        .split_once("]: [")?;
    (!name.is_empty() && !name.contains(char::is_whitespace)).then_some((name, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_properties_and_multiline_values() {
        let text = "[ro.build.version.release]: [14]\n\
                    [ro.empty]: []\n\
                    \n\
                    [persist.list]: [a\n\
                    b]\n\
                    [ro.product.model]: [Pixel 7]\r\n\
                    garbage here\n\
                    [ro.cut]: [no end";
        let (properties, odd) = parse(text);
        assert_eq!(properties["ro.build.version.release"], "14");
        assert_eq!(properties["ro.empty"], "");
        assert_eq!(properties["persist.list"], "a\nb");
        assert_eq!(properties["ro.product.model"], "Pixel 7");
        assert_eq!(properties["ro.cut"], "no end");
        assert_eq!(
            odd,
            [
                "garbage here",
                "[ro.cut]: value without its closing ] (cut short?)"
            ]
        );
    }

    #[test]
    fn an_unclosed_value_stops_at_the_next_property() {
        let (properties, odd) = parse("[a]: [x\n[b]: [y]\n");
        assert_eq!(properties["a"], "x");
        assert_eq!(properties["b"], "y");
        assert_eq!(odd.len(), 1);
    }
}
