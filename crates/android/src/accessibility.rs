//! `dumpsys accessibility`: which accessibility services the user enabled (the way most
//! stalkerware reads the screen and keeps itself running), which are bound, and, on phones that
//! print it, which are installed.
//!
//! Two layouts exist. AOSP prints, per user, one-line lists:
//! `Enabled services:{{com.wifi0/com.wifi0.AccessibilityReceiver4}}` and
//! `Bound services:{Service[label=WiFi, feedbackType[…], capabilities=1, …]}` (several bound
//! services continue on the next lines). Samsung prints multi-line lists, lower case:
//! `installed services: {` then `0 : pkg/.Class` lines then `}`. Both are read, whatever the
//! Android version.
//!
//! A bound service is printed with its label only. Bound services are a subset of the enabled
//! ones, so when a user has exactly one of each they are the same service and the bound entry
//! gets the component.

use crate::model::{Accessibility, AccessibilityServiceSeen, ComponentName};
use crate::text::{NotUnderstood, component, push_unique};

/// `capabilities` bit of `AccessibilityServiceInfo.CAPABILITY_CAN_RETRIEVE_WINDOW_CONTENT`.
const CAN_RETRIEVE_WINDOW_CONTENT: u32 = 1;
/// A list longer than this many lines is cut: no phone has that many services.
const MAX_LIST_LINES: usize = 2_000;

/// Reads `dumpsys accessibility`; the second value lists entries of the service lists that were
/// not understood, or says that no enabled-services list was found.
pub fn parse(text: &str) -> (Accessibility, Vec<String>) {
    let lines: Vec<&str> = text.lines().collect();
    let mut accessibility = Accessibility::default();
    let mut odd = NotUnderstood::default();
    let mut user = UserBlock::default();
    let mut saw_enabled_list = false;
    let mut at = 0;
    while let Some(line) = lines.get(at) {
        let trimmed = line.trim();
        at += 1;
        if trimmed.starts_with("User state[") {
            user.pair(&mut accessibility);
            user = UserBlock::default();
        }
        let Some((list, rest)) = list_header(trimmed) else {
            continue;
        };
        let (body, used, cut) = list_body(rest, lines.get(at..).unwrap_or_default());
        at += used;
        match cut {
            Some(Cut::NotClosed) => odd.push(&format!("list not closed: {trimmed}")),
            Some(Cut::TooLong) => odd.push(&format!(
                "list too long (over {MAX_LIST_LINES} lines), the rest not read: {trimmed}"
            )),
            None => {}
        }
        let body = &body;
        match list {
            ListName::Enabled => {
                saw_enabled_list = true;
                for service in components(body, &mut odd) {
                    push_unique(&mut user.enabled, service.clone());
                    push_unique(&mut accessibility.enabled, service);
                }
            }
            ListName::Installed => {
                for service in components(body, &mut odd) {
                    push_unique(&mut accessibility.installed, seen(Some(service)));
                }
            }
            ListName::Bound => {
                for service in bound_services(body, &mut odd) {
                    user.bound.push(accessibility.bound.len());
                    accessibility.bound.push(service);
                }
            }
            ListName::Other => {}
        }
    }
    user.pair(&mut accessibility);
    if text.trim().is_empty() {
        odd.push("the dump is empty");
    } else if !saw_enabled_list {
        odd.push("no list of enabled services in the dump");
    }
    (accessibility, odd.finish())
}

/// Fuzzing entry point: any bytes, read as the phone's text would be. Must never panic.
pub fn fuzz_parse(bytes: &[u8]) {
    let _ = parse(&String::from_utf8_lossy(bytes));
}

/// What one `User state[` block enabled and bound, to pair them when there is one of each.
#[derive(Default)]
struct UserBlock {
    enabled: Vec<ComponentName>,
    /// Indexes into [`Accessibility::bound`].
    bound: Vec<usize>,
}

impl UserBlock {
    fn pair(&self, accessibility: &mut Accessibility) {
        if let ([enabled], [bound]) = (self.enabled.as_slice(), self.bound.as_slice())
            && let Some(service) = accessibility.bound.get_mut(*bound)
            && service.component.is_none()
        {
            service.component = Some(enabled.clone());
        }
    }
}

#[derive(Clone, Copy)]
enum ListName {
    Enabled,
    Installed,
    Bound,
    /// `Binding services`, `Crashed services`: read past, so their entries are not taken for
    /// another list's.
    Other,
}

/// `Enabled services:{…` → (the list, the text after the colon).
fn list_header(line: &str) -> Option<(ListName, &str)> {
    let (name, rest) = line.split_once(':')?;
    let list = match name.to_ascii_lowercase().as_str() {
        "enabled services" => ListName::Enabled,
        "installed services" => ListName::Installed,
        "bound services" => ListName::Bound,
        "binding services" | "crashed services" => ListName::Other,
        _ => return None,
    };
    Some((list, rest.trim()))
}

/// A list's text.
enum Body {
    /// Samsung's: one item a line.
    Lines(Vec<String>),
    /// AOSP's: `{{a/b}, {c/d}}` or `{Service[…], …}`, over one line or more.
    Braced(String),
}

/// Why a list was not read to its end.
enum Cut {
    /// The text ended, or the next list began, before the list was closed.
    NotClosed,
    /// It goes on past [`MAX_LIST_LINES`].
    TooLong,
}

/// The text of a list that starts with `first` (what follows the colon) and may go on over
/// `next` lines; returns it, how many of `next` it used, and why it was cut, if it was.
///
/// `{` alone opens Samsung's multi-line list, closed by a line starting with `}`. Otherwise the
/// list is closed when its braces balance, which for several bound services is lines later.
fn list_body(first: &str, next: &[&str]) -> (Body, usize, Option<Cut>) {
    if first == "{" {
        let mut items = Vec::new();
        for line in next.iter().take(MAX_LIST_LINES) {
            if line.trim().starts_with('}') {
                let used = items.len() + 1;
                return (Body::Lines(items), used, None);
            }
            items.push((*line).to_owned());
        }
        let used = items.len();
        let cut = if used < next.len() {
            Cut::TooLong
        } else {
            Cut::NotClosed
        };
        return (Body::Lines(items), used, Some(cut));
    }
    let mut body = first.to_owned();
    let mut depth = brace_depth(0, first);
    let mut used = 0;
    while depth > 0 && used < MAX_LIST_LINES {
        let Some(line) = next.get(used) else { break };
        if list_header(line.trim()).is_some() {
            break;
        }
        body.push('\n');
        body.push_str(line);
        depth = brace_depth(depth, line);
        used += 1;
    }
    let cut = match (depth > 0, used >= MAX_LIST_LINES) {
        (false, _) => None,
        (true, true) => Some(Cut::TooLong),
        (true, false) => Some(Cut::NotClosed),
    };
    (Body::Braced(body), used, cut)
}

fn brace_depth(start: i64, text: &str) -> i64 {
    text.chars().fold(start, |depth, c| match c {
        '{' => depth + 1,
        '}' => depth - 1,
        _ => depth,
    })
}

/// The components of an enabled or installed list: `{{a/b}, {c/.d}}`, `{a/b, c/d}`, `{}` or
/// Samsung's `0 : a/b` lines.
fn components(body: &Body, odd: &mut NotUnderstood) -> Vec<ComponentName> {
    let items: Vec<&str> = match body {
        Body::Lines(lines) => lines.iter().map(String::as_str).collect(),
        Body::Braced(text) => {
            let inner = text
                .trim()
                .strip_prefix('{')
                .and_then(|inner| inner.strip_suffix('}'))
                .unwrap_or(text);
            if inner.contains('{') {
                // An item not closed (the list cut short) is kept: it is read if it is a
                // component, else named.
                inner
                    .split('{')
                    .map(|item| item.split_once('}').map_or(item, |(item, _)| item))
                    .collect()
            } else {
                inner.split(['\n', ',']).collect()
            }
        }
    };
    let mut found = Vec::new();
    for item in items {
        let item = item.trim();
        // Samsung numbers its lines: `0 : com.android.settings/…`.
        let item = match item.split_once(" : ") {
            Some((number, rest)) if number.chars().all(|c| c.is_ascii_digit()) => rest,
            _ => item,
        };
        if item.is_empty() {
            continue;
        }
        match component(item) {
            Some(service) => found.push(service),
            None => odd.push(item),
        }
    }
    found
}

/// `Service[label=WiFi, feedbackType[…], capabilities=1, …]`, once per bound service.
fn bound_services(body: &Body, odd: &mut NotUnderstood) -> Vec<AccessibilityServiceSeen> {
    let text = match body {
        Body::Lines(lines) => lines.join("\n"),
        Body::Braced(text) => text.clone(),
    };
    let mut found = Vec::new();
    for piece in text.split("Service[").skip(1) {
        let Some(rest) = piece.strip_prefix("label=") else {
            odd.push(piece);
            continue;
        };
        // The label is the app's text: it ends where the next known field starts.
        let label = rest
            .split_once(", feedbackType")
            .or_else(|| rest.split_once(','))
            .map_or(rest, |(label, _)| label);
        let capabilities = piece
            .split_once("capabilities=")
            .and_then(|(_, value)| crate::text::leading_number::<u32>(value));
        found.push(AccessibilityServiceSeen {
            component: None,
            label: Some(label.to_owned()),
            retrieves_window_content: capabilities
                .map(|bits| bits & CAN_RETRIEVE_WINDOW_CONTENT != 0),
        });
    }
    if found.is_empty() && !text.contains("Service[") {
        // A list of components, as Samsung prints its lists.
        found.extend(components(body, odd).into_iter().map(Some).map(seen));
    }
    found
}

fn seen(component: Option<ComponentName>) -> AccessibilityServiceSeen {
    AccessibilityServiceSeen {
        component,
        label: None,
        retrieves_window_content: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[ComponentName]) -> Vec<String> {
        list.iter()
            .map(|c| format!("{}/{}", c.package, c.class))
            .collect()
    }

    #[test]
    fn reads_the_aosp_layout_and_pairs_the_bound_service() {
        let text = "ACCESSIBILITY MANAGER (dumpsys accessibility)\n\
            User state[\n\
            \x20    attributes:{id=0, installedServiceCount=1}\n\
            \x20    Bound services:{Service[label=WiFi, feedbackType[FEEDBACK_SPOKEN, FEEDBACK_HAPTIC], capabilities=1, eventTypes=TYPES_ALL_MASK]}\n\
            \x20    Enabled services:{{com.wifi0/.AccessibilityReceiver4}}\n\
            \x20    Binding services:{}\n\
            \x20    Crashed services:{}]\n";
        let (accessibility, odd) = parse(text);
        assert!(odd.is_empty(), "{odd:?}");
        assert_eq!(
            names(&accessibility.enabled),
            ["com.wifi0/com.wifi0.AccessibilityReceiver4"]
        );
        assert_eq!(accessibility.bound.len(), 1);
        let bound = &accessibility.bound[0];
        assert_eq!(bound.label.as_deref(), Some("WiFi"));
        assert_eq!(bound.component.as_ref(), accessibility.enabled.first());
        assert_eq!(bound.retrieves_window_content, Some(true));
    }

    #[test]
    fn several_services_over_several_lines_are_not_paired() {
        let text = "User state[attributes:{id=0}\n\
            \x20    Bound services:{Service[label=Talk, back, feedbackType[FEEDBACK_SPOKEN], capabilities=2], \n\
            \x20                    Service[label=Other, feedbackType[FEEDBACK_GENERIC], capabilities=3]}\n\
            \x20    Enabled services:{{a.b/.One}, {c.d/c.d.Two}}\n\
            User state[attributes:{id=10}\n\
            \x20    Enabled services:{}\n";
        let (accessibility, odd) = parse(text);
        assert!(odd.is_empty(), "{odd:?}");
        assert_eq!(
            names(&accessibility.enabled),
            ["a.b/a.b.One", "c.d/c.d.Two"]
        );
        let labels: Vec<_> = accessibility
            .bound
            .iter()
            .map(|b| b.label.as_deref())
            .collect();
        assert_eq!(labels, [Some("Talk, back"), Some("Other")]);
        assert!(accessibility.bound.iter().all(|b| b.component.is_none()));
        assert_eq!(accessibility.bound[0].retrieves_window_content, Some(false));
    }

    #[test]
    fn reads_samsungs_multiline_lists() {
        let text = "User state[attributes:{id=0, currentUser=true\n\
            \x20 }\n\
            \x20 installed services: {\n\
            \x20 installed services: {\n\
            \x20   0 : com.android.settings/com.samsung.GPUWatch\n\
            \x20   1 : com.samsung.accessibility/.universalswitch.UniversalSwitchService\n\
            \x20   garbage\n\
            \x20 }\n\
            \x20 enabled services: {\n\
            \x20   0 : com.samsung.accessibility/.universalswitch.UniversalSwitchService\n\
            \x20 }\n\
            \x20 binding services: {\n\
            \x20 }\n\
            \x20 bound services:{\n\
            \x20 }\n";
        let (accessibility, odd) = parse(text);
        assert_eq!(odd, ["installed services: {", "garbage"]);
        assert_eq!(accessibility.installed.len(), 2);
        assert_eq!(
            names(&accessibility.enabled),
            [
                "com.samsung.accessibility/com.samsung.accessibility.universalswitch.UniversalSwitchService"
            ]
        );
        assert!(accessibility.bound.is_empty());
    }

    #[test]
    fn a_list_not_closed_keeps_its_last_item() {
        let (accessibility, odd) = parse("Enabled services:{{a.b/.A}, {com.spy/.K\n");
        assert_eq!(
            names(&accessibility.enabled),
            ["a.b/a.b.A", "com.spy/com.spy.K"]
        );
        assert_eq!(
            odd,
            ["list not closed: Enabled services:{{a.b/.A}, {com.spy/.K"]
        );
        let mut text = "enabled services: {\n".to_owned();
        for n in 0..MAX_LIST_LINES + 5 {
            text.push_str(&format!("  {n} : a.b/.S{n}\n"));
        }
        text.push_str("}\n");
        let (accessibility, odd) = parse(&text);
        assert_eq!(accessibility.enabled.len(), MAX_LIST_LINES);
        assert!(odd[0].starts_with("list too long"), "{odd:?}");
    }

    #[test]
    fn says_when_there_is_no_list() {
        assert_eq!(
            parse("Permission Denial").1,
            ["no list of enabled services in the dump"]
        );
        assert_eq!(parse("").1, ["the dump is empty"]);
        for text in [
            "Enabled services:{{{",
            "Bound services:{Service[",
            "enabled services: {",
            "Bound services:{Service[label=",
        ] {
            let _ = parse(text);
        }
    }
}
