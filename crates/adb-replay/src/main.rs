//! `unstalk-adb-replay`: a pretend phone for the benchmark and for trying `unstalk scan
//! --device` without a phone. It prints where it listens, then each command it receives.
//!
//! ```sh
//! unstalk-adb-replay --port 15555 --latency-ms 30 --extra-packages 400 FOLDER &
//! adb connect 127.0.0.1:15555
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Parser;
use unstalk_adb_replay::{ReplayDevice, ReplayOptions};

/// Serve a folder of recorded dumps as an Android phone that `adb connect` accepts.
#[derive(Debug, Parser)]
#[command(version)]
struct Args {
    /// Port to listen on (on 127.0.0.1); 0 picks a free one.
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Milliseconds to wait before answering each command.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Made-up apps to add to the package listings.
    #[arg(long, default_value_t = 0)]
    extra_packages: usize,
    /// Largest payload per message, in bytes.
    #[arg(long, default_value_t = ReplayOptions::default().max_payload)]
    max_payload: u32,
    /// Ask for a key and never accept one (the phone stays "unauthorized").
    #[arg(long)]
    unauthorized: bool,
    /// The replay folder: replay.json and/or files named after command lines.
    folder: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let options = ReplayOptions {
        port: args.port,
        latency: Duration::from_millis(args.latency_ms),
        extra_packages: args.extra_packages,
        max_payload: args.max_payload,
        unauthorized: args.unauthorized,
    };
    let device = match ReplayDevice::start(&args.folder, options) {
        Ok(device) => device,
        Err(error) => {
            eprintln!("unstalk-adb-replay: {error}");
            return ExitCode::from(2);
        }
    };
    println!(
        "listening on {} (adb connect {})",
        device.address(),
        device.address()
    );
    let mut shown = 0;
    loop {
        std::thread::sleep(Duration::from_millis(100));
        let received = device.received();
        for command in received.iter().skip(shown) {
            println!("received {:?} {}", command.answer, command.service);
        }
        shown = received.len();
    }
}
