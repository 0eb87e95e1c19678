//! One phone: running allow-listed commands on it and recording each.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::host::{DeviceInfo, Reply};
use crate::server::{AdbServer, Start};
use crate::{AdbError, DeviceCommand};

/// The most [`Device::run`] keeps in memory by default. `dumpsys package` on a phone with a
/// few hundred apps is tens of megabytes; a phone sending more is not telling us anything.
const DEFAULT_MAX_OUTPUT: u64 = 256 * 1024 * 1024;
/// Commands [`Device::run_all`] runs at once. adb multiplexes them over one USB link, so a
/// batch takes about as long as its slowest command instead of their sum.
const PARALLEL_COMMANDS: usize = 4;
/// How much output is read at a time.
const CHUNK: usize = 64 * 1024;

/// A phone the adb server sees as `device` (connected and authorised), from
/// [`AdbServer::device`]. It runs only [`DeviceCommand`]s.
#[derive(Debug)]
pub struct Device {
    server: AdbServer,
    info: DeviceInfo,
    max_output: u64,
    log: Mutex<Vec<CommandRecord>>,
}

/// One command sent to the phone, for the report and the benchmark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandRecord {
    pub command: DeviceCommand,
    /// From connecting to the server to the end of the output.
    pub duration: Duration,
    /// Bytes of output received.
    pub bytes: u64,
    /// Why it failed, if it did.
    pub error: Option<String>,
}

impl Device {
    pub(crate) fn new(server: AdbServer, info: DeviceInfo) -> Self {
        Self {
            server,
            info,
            max_output: DEFAULT_MAX_OUTPUT,
            log: Mutex::new(Vec::new()),
        }
    }

    /// The most output [`Device::run`] accepts from one command (256 MiB by default).
    pub fn with_max_output(mut self, bytes: u64) -> Self {
        self.max_output = bytes;
        self
    }

    /// The serial, as `--serial` takes it.
    pub fn serial(&self) -> &str {
        &self.info.serial
    }

    /// The model the adb server reports (`ro.product.model`; adb writes characters other than letters and digits as `_`).
    pub fn model(&self) -> Option<&str> {
        self.info.model()
    }

    /// The phone as the adb server listed it.
    pub fn info(&self) -> &DeviceInfo {
        &self.info
    }

    /// Runs `command` and returns all it printed (standard output and error together, as adb
    /// passes them).
    pub fn run(&self, command: &DeviceCommand) -> Result<Vec<u8>, AdbError> {
        let mut output = Vec::new();
        self.transfer(command, &mut output, Some(self.max_output))?;
        Ok(output)
    }

    /// Runs `command`, writing what it prints to `out` as it arrives (for
    /// [`DeviceCommand::ReadApk`]: APKs can be hundreds of megabytes); returns the byte count.
    /// There is no size limit: `out` decides.
    pub fn stream(&self, command: &DeviceCommand, out: &mut dyn Write) -> Result<u64, AdbError> {
        self.transfer(command, out, None)
    }

    /// Runs every command of the batch, a few at a time, and returns their results in the
    /// batch's order. One failing command does not stop the others.
    pub fn run_all(&self, commands: &[DeviceCommand]) -> Vec<Result<Vec<u8>, AdbError>> {
        let next = AtomicUsize::new(0);
        let mut results: Vec<(usize, Result<Vec<u8>, AdbError>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..PARALLEL_COMMANDS.min(commands.len()))
                .map(|_| {
                    scope.spawn(|| {
                        let mut done = Vec::new();
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some(command) = commands.get(index) else {
                                return done;
                            };
                            done.push((index, self.run(command)));
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|worker| {
                    worker
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
        results.sort_by_key(|(index, _)| *index);
        results.into_iter().map(|(_, result)| result).collect()
    }

    /// Every command sent so far, in the order they finished.
    pub fn log(&self) -> Vec<CommandRecord> {
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    fn transfer(
        &self,
        command: &DeviceCommand,
        out: &mut dyn Write,
        limit: Option<u64>,
    ) -> Result<u64, AdbError> {
        let started = Instant::now();
        let mut bytes = 0;
        let result = self.transfer_unlogged(command, out, limit, &mut bytes);
        let record = CommandRecord {
            command: command.clone(),
            duration: started.elapsed(),
            bytes,
            error: result.as_ref().err().map(ToString::to_string),
        };
        self.log
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(record);
        result
    }

    fn transfer_unlogged(
        &self,
        command: &DeviceCommand,
        out: &mut dyn Write,
        limit: Option<u64>,
        bytes: &mut u64,
    ) -> Result<u64, AdbError> {
        let serial = self.serial().to_owned();
        let mut connection = self.server.connect(Start::Never)?;
        if let Reply::Fail(message) = connection.request(&format!("host:transport:{serial}"))? {
            return Err(transport_error(serial, message));
        }
        if let Reply::Fail(message) = connection.request(&command.service())? {
            return Err(AdbError::CommandRefused {
                serial,
                command: command.shell_line(),
                message,
            });
        }
        let doing = format!("reading the output of `{command}`");
        let mut buffer = vec![0u8; CHUNK];
        loop {
            let read = connection.read(&mut buffer, &doing)?;
            if read == 0 {
                return Ok(*bytes);
            }
            *bytes = bytes.saturating_add(read as u64);
            if let Some(limit) = limit.filter(|limit| *bytes > *limit) {
                return Err(AdbError::OutputTooLarge {
                    serial,
                    command: command.shell_line(),
                    limit,
                });
            }
            let chunk = buffer.get(..read).unwrap_or_default();
            out.write_all(chunk).map_err(|source| AdbError::Output {
                serial: serial.clone(),
                command: command.shell_line(),
                source,
            })?;
        }
    }
}

/// The server's `FAIL` to `host:transport:<serial>`, as advice.
fn transport_error(serial: String, message: String) -> AdbError {
    if message.contains("unauthorized") {
        AdbError::Unauthorized { serial }
    } else if message.contains("offline") {
        AdbError::Offline { serial }
    } else if message.contains("authorizing") || message.contains("connecting") {
        AdbError::NotReady {
            serial,
            state: message,
        }
    } else if message.contains("not found") {
        AdbError::Disconnected { serial, message }
    } else {
        AdbError::ServerRefused {
            request: format!("host:transport:{serial}"),
            message,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transport_failures_become_advice() {
        let error = |message: &str| transport_error("R58M".to_owned(), message.to_owned());
        assert!(matches!(
            error("device unauthorized.\nThis adb server's $ADB_VENDOR_KEYS is not set"),
            AdbError::Unauthorized { .. }
        ));
        assert!(matches!(error("device offline"), AdbError::Offline { .. }));
        assert!(matches!(
            error("device still authorizing"),
            AdbError::NotReady { .. }
        ));
        assert!(matches!(
            error("device 'R58M' not found"),
            AdbError::Disconnected { .. }
        ));
        assert!(matches!(error("???"), AdbError::ServerRefused { .. }));
    }
}
