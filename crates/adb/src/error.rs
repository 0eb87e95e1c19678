//! What can go wrong reading a phone, each saying what failed and what to do.

use std::net::SocketAddr;

use crate::DeviceInfo;

/// An error from the adb client. Messages are meant for the person at the keyboard: they name
/// the phone, the command or the server, and say what to do next.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AdbError {
    /// `adb` could not be run to start the adb server.
    #[error(
        "the adb server is not running at {address} and `{program}` could not be started ({source}): \
         install Android platform-tools (https://developer.android.com/tools/releases/platform-tools) \
         or the Debian/Ubuntu package `adb` (apt install adb), then try again"
    )]
    AdbNotInstalled {
        program: String,
        address: SocketAddr,
        source: std::io::Error,
    },

    /// `adb start-server` ran but the server did not come up.
    #[error(
        "`{program} start-server` did not start the adb server at {address} ({detail}); \
         run `adb start-server` yourself to see why"
    )]
    ServerDidNotStart {
        program: String,
        address: SocketAddr,
        detail: String,
    },

    /// The server's address setting cannot be used.
    #[error("{variable}={value} is not an adb server address this tool can use: {reason}")]
    BadServerAddress {
        variable: &'static str,
        value: String,
        reason: &'static str,
    },

    /// Reading from or writing to the adb server failed.
    #[error("talking to the adb server at {address} failed while {doing}: {source}")]
    Io {
        address: SocketAddr,
        doing: String,
        source: std::io::Error,
    },

    /// The server answered something the protocol does not allow.
    #[error(
        "the adb server at {address} sent an unexpected answer while {doing}: {detail}; \
         restart it with `adb kill-server` and try again"
    )]
    Protocol {
        address: SocketAddr,
        doing: String,
        detail: String,
    },

    /// The server refused a request.
    #[error("the adb server refused {request}: {message}")]
    ServerRefused { request: String, message: String },

    /// No phone is connected.
    #[error(
        "no phone found: connect it with a USB cable, unlock it, and turn on USB debugging \
         (Settings > About phone > tap Build number 7 times, then Settings > Developer options)"
    )]
    NoDevice,

    /// Several phones are connected and none was chosen.
    #[error(
        "{} phones are connected ({}): choose one with --serial SERIAL",
        devices.len(),
        describe(devices)
    )]
    SeveralDevices { devices: Vec<DeviceInfo> },

    /// The phone asked for by serial is not connected.
    #[error(
        "no phone with serial {serial} is connected (connected: {})",
        describe_or_none(connected)
    )]
    NotFound {
        serial: String,
        connected: Vec<DeviceInfo>,
    },

    /// The phone has not allowed this computer.
    #[error(
        "the phone {serial} has not allowed this computer yet: unlock the phone and accept the \
         \"Allow USB debugging?\" prompt, then try again (no prompt? unplug and replug the cable, \
         or turn USB debugging off and on)"
    )]
    Unauthorized { serial: String },

    /// The phone is connected but not answering.
    #[error(
        "the phone {serial} is offline: unplug and replug the cable and unlock the phone; \
         if it stays offline, run `adb kill-server` and try again"
    )]
    Offline { serial: String },

    /// This computer's user may not open the phone's USB device.
    #[error(
        "this computer does not let you use the phone {serial} ({state}): on Linux, install the \
         udev rules (Debian/Ubuntu package `android-sdk-platform-tools-common`) and replug the phone"
    )]
    NoPermissions { serial: String, state: String },

    /// The phone is in a state where it cannot be read (recovery, bootloader, connecting, …).
    #[error(
        "the phone {serial} is `{state}`, not ready to be read: if it is connecting or \
         authorizing, wait a few seconds and try again; if it is in recovery, bootloader or \
         sideload mode, restart it normally"
    )]
    NotReady { serial: String, state: String },

    /// The phone went away during the scan.
    #[error(
        "the phone {serial} is no longer connected ({message}): reconnect it and run the scan again"
    )]
    Disconnected { serial: String, message: String },

    /// The phone refused to run a command.
    #[error("the phone {serial} refused `{command}`: {message}")]
    CommandRefused {
        serial: String,
        command: String,
        message: String,
    },

    /// A command printed more than the caller accepts.
    #[error(
        "`{command}` on the phone {serial} printed more than {limit} bytes; \
         the output was not kept"
    )]
    OutputTooLarge {
        serial: String,
        command: String,
        limit: u64,
    },

    /// Writing a command's output to the caller's writer failed.
    #[error("writing the output of `{command}` from the phone {serial} failed: {source}")]
    Output {
        serial: String,
        command: String,
        source: std::io::Error,
    },

    /// A package name failed validation.
    #[error("`{name}` is not a valid Android package name: {reason}")]
    InvalidPackageName { name: String, reason: &'static str },

    /// An APK path failed validation.
    #[error("`{path}` is not an APK path this tool reads: {reason}")]
    InvalidApkPath { path: String, reason: &'static str },
}

fn describe(devices: &[DeviceInfo]) -> String {
    devices
        .iter()
        .map(|device| match device.model() {
            Some(model) => format!("{} {model} [{}]", device.serial, device.state),
            None => format!("{} [{}]", device.serial, device.state),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn describe_or_none(devices: &[DeviceInfo]) -> String {
    if devices.is_empty() {
        "none".to_owned()
    } else {
        describe(devices)
    }
}
