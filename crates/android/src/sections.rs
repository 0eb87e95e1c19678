//! Splits combined dumps into the output of each service or command: the plain `dumpsys`
//! androidqf saves as `dumpsys.txt`, and a bugreport's `dumpstate.txt`.
//!
//! ```text
//! -------------------------------------------------------------------------------
//! DUMP OF SERVICE package:                                   ← a service (also CRITICAL/HIGH)
//! …
//! --------- 2.929s was the duration of dumpsys package, ending at: 2022-01-28 17:37:43
//! ------ SYSTEM PROPERTIES (getprop) ------                  ← a bugreport command
//! …
//! ------ 0.040s was the duration of 'SYSTEM PROPERTIES' ------
//! ```
//!
//! A section runs from its header to the next header or duration line; the rows of dashes that
//! separate sections are not part of it. A bugreport's `DUMPSYS` command holds the services'
//! sections; they are returned as sections of their own, one after the other.

/// One part of a combined dump.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section<'a> {
    pub header: Header<'a>,
    /// The header line as printed, to say where a section came from.
    pub title: &'a str,
    pub body: &'a str,
}

/// What produced a section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Header<'a> {
    /// `DUMP OF SERVICE [CRITICAL |HIGH |NORMAL ]name:`.
    Service(&'a str),
    /// `------ TITLE (command) ------`.
    Command { title: &'a str, command: &'a str },
}

/// The sections of a combined dump, in order; text before the first header is not returned.
pub fn split(text: &str) -> Vec<Section<'_>> {
    let mut sections = Vec::new();
    let mut open: Option<(Header<'_>, &str, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        let header = header(trimmed);
        if (header.is_some() || is_duration(trimmed))
            && let Some((opened, title, body_start)) = open.take()
        {
            sections.push(section(text, opened, title, body_start, start));
        }
        if let Some(header) = header {
            open = Some((header, trimmed, offset));
        }
    }
    if let Some((opened, title, body_start)) = open {
        sections.push(section(text, opened, title, body_start, text.len()));
    }
    sections
}

fn section<'a>(
    text: &'a str,
    header: Header<'a>,
    title: &'a str,
    start: usize,
    end: usize,
) -> Section<'a> {
    let mut body = text.get(start..end).unwrap_or_default().trim_end();
    // The rows of dashes before the next header belong to no section.
    loop {
        let (rest, last) = body.rsplit_once('\n').unwrap_or(("", body));
        if last.is_empty() || !last.trim().chars().all(|c| c == '-') {
            break;
        }
        body = rest.trim_end();
    }
    Section {
        header,
        title,
        body,
    }
}

pub(crate) fn header(line: &str) -> Option<Header<'_>> {
    if let Some(name) = line
        .strip_prefix("DUMP OF SERVICE ")
        .and_then(|rest| rest.strip_suffix(':'))
    {
        // Bugreports dump some services twice, by priority: `DUMP OF SERVICE CRITICAL cpuinfo:`.
        let name = match name.split_once(' ') {
            Some(("CRITICAL" | "HIGH" | "NORMAL", name)) => name,
            _ => name,
        };
        return Some(Header::Service(name.trim()));
    }
    let inner = line.strip_prefix("------ ")?.strip_suffix(" ------")?;
    let (title, command) = inner.split_once(" (")?;
    let command = command.strip_suffix(')')?;
    Some(Header::Command { title, command })
}

/// `--------- 0.004s was the duration of dumpsys accessibility, …` and
/// `------ 0.040s was the duration of 'SYSTEM PROPERTIES' ------` end a section.
pub(crate) fn is_duration(line: &str) -> bool {
    line.starts_with("------") && line.contains(" was the duration of ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_androidqf_and_bugreport_text() {
        let text = "some random text here\n\
            \n\
            DUMP OF SERVICE accessibility:\n\
            ACCESSIBILITY MANAGER\n\
            --------- 0.004s was the duration of dumpsys accessibility, ending at: 2022-01-28\n\
            ----------------------------\n\
            -------------------------------------------------------------------------------\n\
            DUMP OF SERVICE CRITICAL package:\n\
            Packages:\n\
            \x20 Package [a] (1):\n\
            -------------------------------------------------------------------------------\n\
            ------ SYSTEM PROPERTIES (getprop) ------\n\
            [a]: [b]\n\
            ------ 0.040s was the duration of 'SYSTEM PROPERTIES' ------\n\
            ------ DUMPSYS (/system/bin/dumpsys) ------\n\
            Currently running services:\n\
            DUMP OF SERVICE appops:\n\
            Uid 0:";
        let sections = split(text);
        let headers: Vec<Header> = sections.iter().map(|s| s.header).collect();
        assert_eq!(
            headers,
            [
                Header::Service("accessibility"),
                Header::Service("package"),
                Header::Command {
                    title: "SYSTEM PROPERTIES",
                    command: "getprop"
                },
                Header::Command {
                    title: "DUMPSYS",
                    command: "/system/bin/dumpsys"
                },
                Header::Service("appops"),
            ]
        );
        let bodies: Vec<&str> = sections.iter().map(|s| s.body).collect();
        assert_eq!(
            bodies,
            [
                "ACCESSIBILITY MANAGER",
                "Packages:\n  Package [a] (1):",
                "[a]: [b]",
                "Currently running services:",
                "Uid 0:"
            ]
        );
        assert_eq!(sections[1].title, "DUMP OF SERVICE CRITICAL package:");
        assert!(split("no sections").is_empty());
    }
}
