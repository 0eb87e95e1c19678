//! The `unstalk` command: a thin shell over the library crates. It parses flags, picks the
//! indicator set, calls the libraries and maps the outcome to an exit code (see `--help`).

mod args;
mod commands;
mod fetch;
mod sources;

use clap::Parser;

use crate::args::{Cli, Command};

/// Documented exit codes (also in `--help` and the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    /// Success; for `search`, the value is known; for `scan`, no app was flagged.
    Success,
    /// `search` found nothing; `lint` had to skip records.
    NothingFound,
    /// `scan` flagged at least one app (known stalkerware or watchware, stalkerware-like).
    Flagged,
    /// An error: bad input, no indicator set, network failure.
    Error,
}

impl ExitCode {
    /// The process exit status.
    pub fn status(self) -> u8 {
        match self {
            ExitCode::Success => 0,
            ExitCode::NothingFound | ExitCode::Flagged => 1,
            ExitCode::Error => 2,
        }
    }
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let code = match run(&cli) {
        Ok(code) => code,
        Err(error) if is_broken_pipe(&error) => ExitCode::Success,
        Err(error) => {
            eprintln!("unstalk: error: {}", shown(format!("{error:#}")));
            ExitCode::Error
        }
    };
    std::process::ExitCode::from(code.status())
}

/// `text` as a terminal may show it ([`unstalk_report::shown`]), line by line: the line breaks
/// unstalk's own messages have are kept, any other control, escape or bidirectional character
/// (from a file name, an app, a phone or a feed) is written as its code point.
pub(crate) fn shown(text: impl std::fmt::Display) -> String {
    text.to_string()
        .split('\n')
        .map(|line| unstalk_report::shown(line).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Indicators(command) => commands::indicators::run(&cli.global, command),
        Command::Scan(args) => commands::scan::run(&cli.global, args),
        Command::Report(args) => commands::report::run(args),
        Command::Demo(args) => commands::demo::run(&cli.global, args),
        Command::Acquire(args) => {
            commands::phone::acquire_command(args)?;
            Ok(ExitCode::Success)
        }
    }
}

/// `unstalk … | head` closes the pipe early; that is not an error.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
