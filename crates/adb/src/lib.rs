//! Reading a phone over adb, read-only by construction.
//!
//! `unstalk scan --device` asks the phone what is installed and what it is allowed to do. This
//! crate is the only way it talks to the phone:
//!
//! - [`DeviceCommand`] is the allow-list: every command that can reach the phone is one of its
//!   variants, and [`Device`] accepts nothing else. There is no public way to send any other
//!   string. Package names and APK paths are validated types ([`PackageName`], [`ApkPath`]).
//!   The [`command`] module lists each command's shell line and why it cannot change the
//!   phone: nothing installs, uninstalls, changes a setting or shows anything on its screen.
//! - [`AdbServer`] talks to the standard adb server (127.0.0.1:5037, or where
//!   `ADB_SERVER_SOCKET` / `ANDROID_ADB_SERVER_PORT` say) with its documented host protocol,
//!   and starts it with the real `adb start-server` when it is not running. Going through
//!   the server, not USB directly, means the phone's USB permissions, the computer's adb key
//!   and the "Allow USB debugging?" prompt are handled the way the person already knows from
//!   `adb`, and no second program fights the server for the USB device.
//! - [`Device::run_all`] runs a whole batch (the scanner runs [`DeviceCommand::survey`] once,
//!   not a command per app), a few commands at a time; [`Device::log`] records each command
//!   with its duration for the report and the benchmark.
//! - Output is returned as the phone sent it. Without adb's shell protocol v2 there is no exit
//!   status, and error messages arrive in the same stream: a parser must expect "not found" or
//!   "Permission denied" text, and an APK read should be checked to start with `PK`.
//!
//! ```no_run
//! use unstalk_adb::{AdbServer, DeviceCommand};
//!
//! let device = AdbServer::from_env()?.device(None)?;
//! let survey = DeviceCommand::survey();
//! for (command, output) in survey.iter().zip(device.run_all(&survey)) {
//!     println!("{command}: {} bytes", output?.len());
//! }
//! # Ok::<(), unstalk_adb::AdbError>(())
//! ```
//!
//! Why our own client (about 500 lines of blocking `std::net`, errors included) rather than
//! `adb_client` 3.2: we need four host requests (`host:version`, `host:devices-l`,
//! `host:transport:<serial>`, then `shell:`/`exec:`), and a client of our own keeps the
//! allow-list the only door — `adb_client`'s public API sends any shell string, installs and
//! reboots — with no TLS or USB stack to build. The server's replies are read as hostile input
//! (the framing never panics, lengths are bounded, output is capped), and every failure is an
//! [`AdbError`] that names the phone or server and says what to do.

pub mod command;
mod device;
mod error;
mod host;
mod server;

pub use command::{ApkPath, DeviceCommand, PackageName, SettingsNamespace};
pub use device::{CommandRecord, Device};
pub use error::AdbError;
pub use host::{DeviceInfo, DeviceState, fuzz_host_protocol};
pub use server::AdbServer;
