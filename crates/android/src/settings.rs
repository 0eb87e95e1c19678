//! `settings list secure|global|system` (androidqf saves the same output as
//! `settings_secure.txt`, `settings_global.txt`, `settings_system.txt`): one `key=value` a line.
//!
//! A value may hold newlines; a line without `=` after a setting continues its value (blank
//! lines are dropped). The secure namespace also says which notification listeners the user
//! enabled ([`notification_listeners`]).

use std::collections::BTreeMap;

use crate::model::ComponentName;
use crate::text::{NotUnderstood, component, key_value};

/// Settings by key, and the lines that were neither `key=value` nor the continuation of a value.
pub fn parse(text: &str) -> (BTreeMap<String, String>, Vec<String>) {
    let mut settings: BTreeMap<String, String> = BTreeMap::new();
    let mut odd = NotUnderstood::default();
    let mut last: Option<String> = None;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        if let Some((key, value)) = key_value(line).filter(|_| !line.starts_with(' ')) {
            settings.insert(key.to_owned(), value.to_owned());
            last = Some(key.to_owned());
            continue;
        }
        match last.as_ref().and_then(|key| settings.get_mut(key)) {
            Some(value) => {
                value.push('\n');
                value.push_str(line);
            }
            None => odd.push(line),
        }
    }
    (settings, odd.finish())
}

/// The components of `enabled_notification_listeners` (secure settings:
/// `pkg/cls:pkg2/cls2`), and the parts that are not components.
pub fn notification_listeners(value: &str) -> (Vec<ComponentName>, Vec<String>) {
    let mut listeners = Vec::new();
    let mut odd = NotUnderstood::default();
    for part in value.split(':').filter(|part| !part.trim().is_empty()) {
        match component(part) {
            Some(listener) => crate::text::push_unique(&mut listeners, listener),
            None => odd.push(part),
        }
    }
    (listeners, odd.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_key_values_and_continued_values() {
        let text = "Error: oops\n\
                    samsung_errorlog_agree=0\n\
                    navigationbar_recently_used_color=\n\
                    url=https://x/?a=b\n\
                    multi=first\n\
                    second\n\
                    \n\
                    last=1\n";
        let (settings, odd) = parse(text);
        assert_eq!(settings["samsung_errorlog_agree"], "0");
        assert_eq!(settings["navigationbar_recently_used_color"], "");
        assert_eq!(settings["url"], "https://x/?a=b");
        assert_eq!(settings["multi"], "first\nsecond");
        assert_eq!(settings["last"], "1");
        assert_eq!(odd, ["Error: oops"]);
    }

    #[test]
    fn splits_notification_listeners() {
        let (listeners, odd) = notification_listeners(
            "com.wifi0/com.wifi0.listeners.NotificationListener:com.b/.L::bad",
        );
        assert_eq!(listeners.len(), 2);
        assert_eq!(listeners[1].class, "com.b.L");
        assert_eq!(odd, ["bad"]);
    }
}
