//! YARA rules: kept verbatim for pass-through export, and split into one
//! [`IndicatorKind::YaraRule`] indicator per rule so rules can be counted, searched and tied to
//! a family.
//!
//! The splitter only needs to find where each top-level `rule NAME … { … }` starts and ends; it
//! tracks strings, regular expressions, hex strings and comments so braces inside them do not
//! confuse it. It does not validate rules: the YARA engine of the APK scanner does that.

use std::io::Write;
use std::path::Path;

use crate::builder::{Location, RawIndicator, SetBuilder};
use crate::error::Severity;
use crate::model::{IndicatorKind, IndicatorSet, Provenance, Role, SourceFormat, YaraSource};
use crate::{Error, Loaded};

/// One rule found in a YARA source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleText<'a> {
    pub name: &'a str,
    /// Tags after the colon (`rule snoopza : stalkerware`).
    pub tags: Vec<&'a str>,
    /// The rule's full text, from its modifiers/`rule` keyword to the closing brace.
    pub text: &'a str,
    /// 1-based line of the `rule` keyword.
    pub line: u64,
}

/// Reads a YARA file on its own (no family is known: rules are tied to families by name when
/// read as part of an Echap folder).
pub fn read(path: &Path, bytes: &[u8]) -> Result<Loaded, Error> {
    let text = std::str::from_utf8(bytes).map_err(|error| Error::Syntax {
        path: path.to_path_buf(),
        line: None,
        message: format!("not UTF-8 text: {error}"),
    })?;
    let mut builder = SetBuilder::new(path.display().to_string());
    let source = builder
        .set
        .add_source(crate::file_source(path, bytes, SourceFormat::Yara, None));
    add_rules(&mut builder, source, text, |_| None);
    Ok(builder.finish())
}

/// Adds the rules of `text` to `builder` as indicators of `source`; `family_of(rule name)` ties
/// a rule to a family.
pub fn add_rules<'f>(
    builder: &mut SetBuilder,
    source: u32,
    text: &str,
    family_of: impl Fn(&str) -> Option<&'f str>,
) {
    builder.set.yara_sources.push(YaraSource {
        source,
        text: text.to_owned(),
    });
    let (rules, unterminated) = split_rules(text);
    for rule in rules {
        let provenance = Provenance {
            source,
            ..Provenance::default()
        };
        builder.push(
            RawIndicator {
                kind: IndicatorKind::YaraRule,
                value: rule.text,
                family: family_of(rule.name),
                role: Some(Role::Sample),
                label: Some(rule.name),
                provenance,
            },
            &Location {
                line: Some(rule.line),
                record: Some(format!("rule {}", rule.name)),
            },
        );
    }
    if let Some(line) = unterminated {
        builder.report(
            Severity::Error,
            "yara.unterminated",
            &Location { line: Some(line), record: None },
            "a rule, string or comment is not closed; the rest of the file was not split into rules (kept verbatim for export)",
        );
    }
}

/// Writes every YARA source verbatim, separated by a blank line.
pub fn write(set: &IndicatorSet, out: &mut dyn Write) -> std::io::Result<()> {
    for (index, source) in set.yara_sources.iter().enumerate() {
        if index > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(source.text.as_bytes())?;
        if !source.text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
    }
    Ok(())
}

/// Splits YARA source into rules. The second value is the line where an unterminated construct
/// began, if any.
pub fn split_rules(text: &str) -> (Vec<RuleText<'_>>, Option<u64>) {
    let bytes = text.as_bytes();
    let mut rules = Vec::new();
    let mut position = 0;
    let line_of = |offset: usize| {
        1 + bytes
            .get(..offset)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count()) as u64
    };
    while let Some(start) = next_rule_keyword(text, position) {
        let header_start = start;
        let after_keyword = start + "rule".len();
        let Some(open) = text
            .get(after_keyword..)
            .and_then(|rest| rest.find('{'))
            .map(|i| i + after_keyword)
        else {
            return (rules, Some(line_of(start)));
        };
        let header = text.get(after_keyword..open).unwrap_or("");
        let (name_part, tags_part) = header.split_once(':').unwrap_or((header, ""));
        let name = name_part.trim();
        let tags = tags_part.split_whitespace().collect();
        let Some(close) = matching_brace(bytes, open) else {
            return (rules, Some(line_of(start)));
        };
        let rule_start = modifiers_start(text, header_start);
        rules.push(RuleText {
            name,
            tags,
            text: text.get(rule_start..=close).unwrap_or(""),
            line: line_of(header_start),
        });
        position = close + 1;
    }
    (rules, None)
}

/// Includes `private`/`global` modifiers written before `rule` on the same line.
fn modifiers_start(text: &str, rule_keyword: usize) -> usize {
    let line_start = text
        .get(..rule_keyword)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1);
    let before = text.get(line_start..rule_keyword).unwrap_or("");
    if before
        .split_whitespace()
        .all(|word| word == "private" || word == "global")
    {
        line_start + (before.len() - before.trim_start().len())
    } else {
        rule_keyword
    }
}

/// Finds the next `rule` keyword at top level (outside comments), starting at `from`.
fn next_rule_keyword(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes.get(i..i + 2) {
            Some(b"//") => {
                i = text
                    .get(i..)
                    .and_then(|rest| rest.find('\n'))
                    .map_or(bytes.len(), |n| i + n);
                continue;
            }
            Some(b"/*") => {
                i = text
                    .get(i + 2..)
                    .and_then(|rest| rest.find("*/"))
                    .map_or(bytes.len(), |n| i + 2 + n + 2);
                continue;
            }
            _ => {}
        }
        if bytes.get(i..i + 4) == Some(b"rule")
            && (i == 0 || !is_word(bytes.get(i - 1).copied()))
            && !is_word(bytes.get(i + 4).copied())
        {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn is_word(byte: Option<u8>) -> bool {
    byte.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The offset of the `}` closing the `{` at `open`, skipping strings, regexes and comments.
fn matching_brace(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    let mut previous_significant = b'{';
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'"' => i = skip_quoted(bytes, i, b'"')?,
            // A '/' after '=' starts a regular expression (`$re = /ab+c/`).
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = bytes
                    .get(i..)?
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |n| i + n);
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                let rest = bytes.get(i + 2..)?;
                i = i + 2 + rest.windows(2).position(|w| w == b"*/")? + 1;
            }
            b'/' if previous_significant == b'=' => i = skip_quoted(bytes, i, b'/')?,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        if let Some(&b) = bytes.get(i)
            && !b.is_ascii_whitespace()
        {
            previous_significant = b;
        }
        i += 1;
    }
    None
}

/// Offset of the closing `quote` of the literal starting at `start`, honouring backslashes.
fn skip_quoted(bytes: &[u8], start: usize, quote: u8) -> Option<usize> {
    let mut i = start + 1;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'\\' => i += 2,
            b'\n' => return None,
            b if b == quote => return Some(i),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: &str = r#"import "dex"
// rule commented_out { condition: true }
rule snoopza : stalkerware {
    strings:
        $s1 = "Server changed to {" ascii
        $re = /a{2}}b/
        $hex = { 64 65 78 }
    condition:
        uint16(0) == 0x6564 and 1 of them
}

private rule helper { condition: true }
"#;

    #[test]
    fn splits_rules_past_braces_in_strings_regexes_and_hex() {
        let (rules, unterminated) = split_rules(RULES);
        assert_eq!(unterminated, None);
        let names: Vec<_> = rules.iter().map(|rule| rule.name).collect();
        assert_eq!(names, ["snoopza", "helper"]);
        assert_eq!(rules[0].tags, ["stalkerware"]);
        assert_eq!(rules[0].line, 3);
        assert!(rules[0].text.ends_with("1 of them\n}"));
        assert!(rules[1].text.starts_with("private rule helper"));
    }

    #[test]
    fn reports_an_unterminated_rule_and_keeps_the_text() {
        let path = Path::new("broken.yar");
        let loaded = read(
            path,
            b"rule ok { condition: true }\nrule broken { strings: $a = \"x",
        )
        .expect("readable");
        assert_eq!(loaded.set.of_kind(IndicatorKind::YaraRule).count(), 1);
        assert_eq!(loaded.diagnostics.len(), 1);
        let mut out = Vec::new();
        write(&loaded.set, &mut out).expect("write to memory");
        assert!(String::from_utf8_lossy(&out).contains("rule broken"));
    }
}
