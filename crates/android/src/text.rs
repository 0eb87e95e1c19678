//! What every dump parser needs: the short list of lines it did not understand, component names
//! as Android prints them, indentation.
//!
//! Dumps are text written for people, by many Android versions and vendors. The parsers read
//! them line by line and by indentation, never by byte offsets, so hostile or cut-short text can
//! only end up in [`NotUnderstood`], not in a panic.

use crate::model::ComponentName;

/// How many lines a source keeps in [`SourceRead::not_understood`](crate::SourceRead): enough
/// to see a format change, short enough for a report.
const KEPT_LINES: usize = 20;
/// A kept line is cut to this many characters (a binary blob can be one long "line").
const KEPT_CHARS: usize = 160;

/// The lines a parser could not read: the first [`KEPT_LINES`], and how many more there were.
#[derive(Debug, Default)]
pub(crate) struct NotUnderstood {
    kept: Vec<String>,
    more: usize,
}

impl NotUnderstood {
    pub(crate) fn push(&mut self, line: &str) {
        if self.kept.len() < KEPT_LINES {
            let line = line.trim();
            let mut short: String = line.chars().take(KEPT_CHARS).collect();
            if short.len() < line.len() {
                short.push('…');
            }
            self.kept.push(short);
        } else {
            self.more += 1;
        }
    }

    /// The kept lines, then `… and N more` when some were dropped.
    pub(crate) fn finish(self) -> Vec<String> {
        let mut kept = self.kept;
        if self.more > 0 {
            kept.push(format!("… and {} more not understood", self.more));
        }
        kept
    }
}

/// Leading whitespace, in bytes: dumps nest by indenting with spaces.
pub(crate) fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// A package name as dumps print it: dotted letters, digits and `_` (`android` has no dot).
pub(crate) fn is_package_name(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '_' || c == '-')
}

/// `pkg/.Class`, `pkg/pkg.Class`, `{pkg/.Class}` or `ComponentInfo{pkg/pkg.Class}`, with the
/// short form expanded as `ComponentName.unflattenFromString` does.
pub(crate) fn component(text: &str) -> Option<ComponentName> {
    let text = text.trim();
    let text = text
        .strip_prefix("ComponentInfo{")
        .or_else(|| text.strip_prefix('{'))
        .and_then(|inner| inner.strip_suffix('}'))
        .unwrap_or(text);
    let (package, class) = text.split_once('/')?;
    if !is_package_name(package)
        || class.is_empty()
        || class.contains(|c: char| c.is_whitespace() || matches!(c, '/' | '{' | '}' | ','))
    {
        return None;
    }
    let class = if class.starts_with('.') {
        format!("{package}{class}")
    } else {
        class.to_owned()
    };
    Some(ComponentName {
        package: package.to_owned(),
        class,
    })
}

/// `key=value` with a key of one word (`userId=10155`, `versionCode=140 minSdk=19`).
pub(crate) fn key_value(line: &str) -> Option<(&str, &str)> {
    let (key, value) = line.trim().split_once('=')?;
    (!key.is_empty() && !key.contains(char::is_whitespace)).then_some((key, value))
}

/// The leading run of ASCII digits of `text`, as a number.
pub(crate) fn leading_number<T: std::str::FromStr>(text: &str) -> Option<T> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.get(..end)?.parse().ok()
}

/// Adds `item` to `list` unless it is there already (lists here are short: permissions of one
/// package, components of one action).
pub(crate) fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// Sets `slot` unless it holds a value already: the first source that knows a value wins.
pub(crate) fn fill<T>(slot: &mut Option<T>, value: Option<T>) {
    if slot.is_none() {
        *slot = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_are_expanded_and_checked() {
        let expanded = component("com.wifi0/.AccessibilityReceiver4");
        assert_eq!(
            expanded,
            Some(ComponentName {
                package: "com.wifi0".into(),
                class: "com.wifi0.AccessibilityReceiver4".into()
            })
        );
        assert_eq!(
            component("{com.wifi0/com.wifi0.AccessibilityReceiver4}"),
            expanded
        );
        assert_eq!(
            component("ComponentInfo{com.wifi0/com.wifi0.AccessibilityReceiver4}"),
            expanded
        );
        assert_eq!(
            component("com.a/androidx.work.Proxy$Battery").map(|c| c.class),
            Some("androidx.work.Proxy$Battery".into())
        );
        for bad in ["", "/", "com.a/", "/.B", "com a/.B", "com.a/.B c", "a/b/c"] {
            assert_eq!(component(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn not_understood_is_capped() {
        let mut odd = NotUnderstood::default();
        for n in 0..25 {
            odd.push(&format!("  line {n}  "));
        }
        odd.push(&"é".repeat(500));
        let lines = odd.finish();
        assert_eq!(lines.len(), KEPT_LINES + 1);
        assert_eq!(lines.first().map(String::as_str), Some("line 0"));
        assert_eq!(
            lines.last().map(String::as_str),
            Some("… and 6 more not understood")
        );
        let mut long = NotUnderstood::default();
        long.push(&"é".repeat(500));
        assert_eq!(long.finish()[0].chars().count(), KEPT_CHARS + 1);
    }

    #[test]
    fn numbers_and_pairs() {
        assert_eq!(leading_number::<u32>("10155 gids=[3003]"), Some(10155));
        assert_eq!(leading_number::<u32>("x1"), None);
        assert_eq!(leading_number::<u8>("999"), None);
        assert_eq!(
            key_value("  versionCode=140 minSdk=19"),
            Some(("versionCode", "140 minSdk=19"))
        );
        assert_eq!(key_value("a b=c"), None);
        assert_eq!(key_value("=c"), None);
    }
}
