//! `ps` / `ps -A` (toybox, Android 8 and later; toolbox before), the `ps` of a bugreport, and
//! androidqf's `processes.txt`, which is either `ps -A` or the JSON list of its collector.
//!
//! Columns are found by the header line, since the options (`-A`, `-T`, `-Z`, `-O …`) and the
//! Android version change them. The process name is the last column and may contain spaces.
//! Toolbox prints the state (`S`) in a column its header does not name; with `-T` every thread
//! is a row, and only the main thread (TID = PID) is kept.

use serde_json::Value;

use crate::model::Process;
use crate::text::NotUnderstood;

/// Reads `ps` output (or androidqf's JSON process list); the second value lists the rows that
/// were not understood.
pub fn parse(text: &str) -> (Vec<Process>, Vec<String>) {
    if text.trim_start().starts_with('[') {
        return parse_json(text);
    }
    let mut processes = Vec::new();
    let mut odd = NotUnderstood::default();
    let mut columns: Option<Columns> = None;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        // A process names itself: a row whose name holds `USER PID NAME` is not a header. A
        // header is the first line read, or starts with a column's name.
        let first_word = line.split_whitespace().next();
        let may_be_header = columns.is_none() || matches!(first_word, Some("USER" | "LABEL"));
        if may_be_header && let Some(header) = Columns::from_header(line) {
            columns = Some(header);
            continue;
        }
        match columns.as_ref().and_then(|columns| columns.row(line)) {
            Some(Some(process)) => processes.push(process),
            Some(None) => {} // a thread other than the main one
            None => odd.push(line),
        }
    }
    (processes, odd.finish())
}

/// Where the columns read here are.
struct Columns {
    count: usize,
    user: usize,
    pid: usize,
    ppid: Option<usize>,
    tid: Option<usize>,
    name: usize,
    /// Toolbox: the state is printed before the name without a header of its own.
    unnamed_state: bool,
}

impl Columns {
    fn from_header(line: &str) -> Option<Self> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let at = |name: &str| words.iter().position(|word| *word == name);
        let name = ["NAME", "CMD", "ARGS", "COMMAND", "CMDLINE"]
            .into_iter()
            .find_map(at)?;
        Some(Columns {
            count: words.len(),
            user: at("USER")?,
            pid: at("PID")?,
            ppid: at("PPID"),
            tid: at("TID"),
            name,
            unnamed_state: at("S").is_none() && at("STAT").is_none(),
        })
    }

    /// `None`: not a row of this table; `Some(None)`: a thread row, skipped.
    fn row(&self, line: &str) -> Option<Option<Process>> {
        let words: Vec<&str> = line.split_whitespace().collect();
        let pid: u32 = words.get(self.pid)?.parse().ok()?;
        if let Some(tid) = self.tid
            && words.get(tid)?.parse::<u32>().ok()? != pid
        {
            return Some(None);
        }
        let mut name_at = self.name;
        if self.unnamed_state && self.name + 1 == self.count && words.len() > self.count {
            name_at += 1;
        }
        let name = words
            .get(name_at..)
            .filter(|rest| !rest.is_empty())?
            .join(" ");
        Some(Some(Process {
            user: (*words.get(self.user)?).to_owned(),
            pid,
            ppid: self
                .ppid
                .and_then(|at| words.get(at))
                .and_then(|ppid| ppid.parse().ok()),
            name,
        }))
    }
}

/// androidqf's collector: `[{"pid":1,"uid":0,"ppid":0,"filename":"init","command_line":[…]…}]`.
fn parse_json(text: &str) -> (Vec<Process>, Vec<String>) {
    let mut odd = NotUnderstood::default();
    let items = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items,
        Ok(_) => {
            odd.push("a JSON value that is not a list of processes");
            return (Vec::new(), odd.finish());
        }
        Err(error) => {
            odd.push(&format!("not JSON: {error}"));
            return (Vec::new(), odd.finish());
        }
    };
    let mut processes = Vec::new();
    for item in &items {
        let number = |key: &str| item.get(key).and_then(Value::as_u64);
        let command = item
            .get("command_line")
            .and_then(Value::as_array)
            .and_then(|arguments| arguments.first())
            .and_then(Value::as_str)
            .filter(|name| !name.is_empty());
        let name = command.or_else(|| item.get("filename").and_then(Value::as_str));
        match (number("pid").and_then(|pid| u32::try_from(pid).ok()), name) {
            (Some(pid), Some(name)) => processes.push(Process {
                user: number("uid").map(|uid| uid.to_string()).unwrap_or_default(),
                pid,
                ppid: number("ppid").and_then(|ppid| u32::try_from(ppid).ok()),
                name: name.to_owned(),
            }),
            _ => odd.push(&item.to_string()),
        }
    }
    (processes, odd.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_toybox_ps() {
        let text = "USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME\n\
                    root             1     0   57912   2084 0                   0 S init\n\
                    u0_a155      12345   800 1234567  99999 SyS_epoll_wait      0 S com.wifi0:remote\n\
                    shell          999     1    1000    100 0                   0 R sh -c ps -A\n\
                    garbage\n";
        let (processes, odd) = parse(text);
        assert_eq!(odd, ["garbage"]);
        assert_eq!(processes.len(), 3);
        assert_eq!(
            processes[0],
            Process {
                user: "root".into(),
                pid: 1,
                ppid: Some(0),
                name: "init".into()
            }
        );
        assert_eq!(processes[1].name, "com.wifi0:remote");
        assert_eq!(processes[1].user, "u0_a155");
        assert_eq!(processes[2].name, "sh -c ps -A");
    }

    #[test]
    fn a_process_named_like_a_header_is_a_process() {
        let (processes, odd) = parse(
            "USER PID PPID VSZ RSS WCHAN ADDR S NAME\n\
             u0_a155 12345 800 1 1 0 0 S USER PID X NAME\n\
             u0_a156 12346 800 1 1 0 0 S com.wifi0\n",
        );
        assert!(odd.is_empty(), "{odd:?}");
        assert_eq!(processes.len(), 2);
        assert_eq!(processes[0].name, "USER PID X NAME");
        assert_eq!(processes[1].name, "com.wifi0");
    }

    #[test]
    fn reads_toolbox_ps_and_threads() {
        let (processes, odd) = parse(
            "USER     PID   PPID  VSIZE  RSS     WCHAN    PC         NAME\n\
             root      1     0     8904   788   ffffffff 00000000 S /init\n",
        );
        assert!(odd.is_empty());
        assert_eq!(processes[0].name, "/init");
        let (processes, _) = parse(
            "LABEL USER PID TID PPID VSZ RSS WCHAN ADDR S PRI NI RTPRI SCH PCY TIME CMD\n\
             u:r:init:s0 root 1 1 0 1 1 0 0 S 19 0 - 0 fg 00:00:01 init\n\
             u:r:init:s0 root 1 7 0 1 1 0 0 S 19 0 - 0 fg 00:00:01 init-thread\n",
        );
        assert_eq!(processes.len(), 1);
        assert_eq!(processes[0].user, "root");
    }

    #[test]
    fn reads_the_collectors_json() {
        let (processes, odd) = parse(
            r#"[{"pid":1,"uid":0,"ppid":0,"filename":"init","command_line":["/system/bin/init","second_stage"]},
                {"pid":2,"uid":0,"ppid":0,"filename":"kthreadd","command_line":[]},
                {"uid":3}]"#,
        );
        assert_eq!(processes.len(), 2);
        assert_eq!(processes[0].name, "/system/bin/init");
        assert_eq!(processes[1].name, "kthreadd");
        assert_eq!(processes[1].user, "0");
        assert_eq!(odd, [r#"{"uid":3}"#]);
        assert_eq!(parse("[1, 2").1.len(), 1);
    }
}
