//! The adb server: where it listens, starting it, and the requests that are about the server
//! rather than a phone (`host:version`, `host:devices-l`).

use std::ffi::OsString;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::host::{self, DeviceInfo, DeviceState, ReadError, Reply};
use crate::{AdbError, Device};

/// The port adb uses unless told otherwise.
const DEFAULT_PORT: u16 = 5037;
/// How long connecting to the server may take; it is on this machine.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a phone may stay silent before a command is given up. `dumpsys package` on a phone
/// with hundreds of apps takes seconds, not minutes.
const DEFAULT_IO_TIMEOUT: Duration = Duration::from_secs(120);

/// Where the adb server listens, and how to start it.
#[derive(Debug, Clone)]
pub struct AdbServer {
    address: SocketAddr,
    program: PathBuf,
    io_timeout: Duration,
    /// Whether this value (or a clone) started the server: only then does
    /// [`AdbServer::stop_if_started`] stop it.
    started: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl AdbServer {
    /// The server at `address`, started with `adb` from `PATH` when it is not running.
    pub fn at(address: SocketAddr) -> Self {
        Self {
            address,
            program: PathBuf::from("adb"),
            io_timeout: DEFAULT_IO_TIMEOUT,
            started: std::sync::Arc::default(),
        }
    }

    /// The server adb itself would use: `ADB_SERVER_SOCKET` (`tcp:PORT` or `tcp:HOST:PORT`),
    /// else `ANDROID_ADB_SERVER_PORT`, else 127.0.0.1:5037.
    pub fn from_env() -> Result<Self, AdbError> {
        Self::from_settings(
            std::env::var_os("ADB_SERVER_SOCKET"),
            std::env::var_os("ANDROID_ADB_SERVER_PORT"),
        )
    }

    fn from_settings(socket: Option<OsString>, port: Option<OsString>) -> Result<Self, AdbError> {
        let localhost = |port| SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        if let Some(value) = socket.filter(|value| !value.is_empty()) {
            return parse_server_socket(&value.to_string_lossy()).map(Self::at);
        }
        if let Some(value) = port.filter(|value| !value.is_empty()) {
            let value = value.to_string_lossy();
            let port = value
                .parse::<u16>()
                .map_err(|_| AdbError::BadServerAddress {
                    variable: "ANDROID_ADB_SERVER_PORT",
                    value: value.to_string(),
                    reason: "it must be a port number",
                })?;
            return Ok(Self::at(localhost(port)));
        }
        Ok(Self::at(localhost(DEFAULT_PORT)))
    }

    /// Starts the server with `program` instead of `adb` from `PATH`.
    pub fn with_adb_program(mut self, program: impl Into<PathBuf>) -> Self {
        self.program = program.into();
        self
    }

    /// How long the server or the phone may stay silent before an operation fails.
    pub fn with_io_timeout(mut self, timeout: Duration) -> Self {
        self.io_timeout = timeout;
        self
    }

    /// Where the server listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The server's protocol version (41 for platform-tools 29 and later); starts the server
    /// (with `adb start-server`) when it is not running.
    pub fn version(&self) -> Result<u32, AdbError> {
        let mut connection = self.connect(Start::IfNeeded)?;
        connection.expect_okay("host:version")?;
        let block = connection.read_block("reading the server version")?;
        host::parse_version(&block)
            .map_err(|error| connection.read_error("reading the server version", error))
    }

    /// The phones the server sees, in its order; starts the server when it is not running.
    pub fn devices(&self) -> Result<Vec<DeviceInfo>, AdbError> {
        let mut connection = self.connect(Start::IfNeeded)?;
        connection.expect_okay("host:devices-l")?;
        let block = connection.read_block("listing phones")?;
        Ok(host::parse_devices(&String::from_utf8_lossy(&block)))
    }

    /// The phone to read: the one with `serial`, or the only one connected. Fails with a
    /// message saying what to do when there is none, several, or it is not ready (not
    /// authorised, offline, no USB permission, in recovery…).
    pub fn device(&self, serial: Option<&str>) -> Result<Device, AdbError> {
        let devices = self.devices()?;
        let info = match serial {
            Some(serial) => devices
                .iter()
                .find(|device| device.serial == serial)
                .cloned()
                .ok_or_else(|| AdbError::NotFound {
                    serial: serial.to_owned(),
                    connected: devices.clone(),
                })?,
            None => match devices.as_slice() {
                [] => return Err(AdbError::NoDevice),
                [only] => only.clone(),
                _ => return Err(AdbError::SeveralDevices { devices }),
            },
        };
        let serial = info.serial.clone();
        match &info.state {
            DeviceState::Device => Ok(Device::new(self.clone(), info)),
            DeviceState::Unauthorized => Err(AdbError::Unauthorized { serial }),
            DeviceState::Offline => Err(AdbError::Offline { serial }),
            DeviceState::NoPermissions(state) => Err(AdbError::NoPermissions {
                serial,
                state: state.clone(),
            }),
            DeviceState::Other(state) => Err(AdbError::NotReady {
                serial,
                state: state.clone(),
            }),
        }
    }

    /// Stops the server when this value started it (`host:kill`, as `adb kill-server` does),
    /// so a check leaves the computer as it found it; a server that was already running is
    /// someone else's and is left alone. Whether it stopped one.
    ///
    /// # Errors
    /// When the server it started does not answer the request.
    pub fn stop_if_started(&self) -> Result<bool, AdbError> {
        if !self
            .started
            .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            return Ok(false);
        }
        let mut connection = self.connect(Start::Never)?;
        connection.expect_okay("host:kill")?;
        Ok(true)
    }

    /// A connection to the server; with [`Start::IfNeeded`], a refused connection to a server
    /// on this machine runs `adb start-server` once and tries again.
    pub(crate) fn connect(&self, start: Start) -> Result<Connection, AdbError> {
        match TcpStream::connect_timeout(&self.address, CONNECT_TIMEOUT) {
            Ok(stream) => self.connection(stream),
            Err(error)
                if start == Start::IfNeeded
                    && error.kind() == std::io::ErrorKind::ConnectionRefused
                    && self.address.ip().is_loopback() =>
            {
                self.start_server()?;
                let stream = TcpStream::connect_timeout(&self.address, CONNECT_TIMEOUT).map_err(
                    |error| AdbError::ServerDidNotStart {
                        program: self.program.display().to_string(),
                        address: self.address,
                        detail: format!("it reported success but refuses connections: {error}"),
                    },
                )?;
                self.connection(stream)
            }
            Err(source) => Err(AdbError::Io {
                address: self.address,
                doing: "connecting".to_owned(),
                source,
            }),
        }
    }

    fn connection(&self, stream: TcpStream) -> Result<Connection, AdbError> {
        let configure = stream
            .set_read_timeout(Some(self.io_timeout))
            .and_then(|()| stream.set_write_timeout(Some(self.io_timeout)))
            .and_then(|()| stream.set_nodelay(true));
        configure.map_err(|source| AdbError::Io {
            address: self.address,
            doing: "setting up the connection".to_owned(),
            source,
        })?;
        Ok(Connection {
            stream,
            address: self.address,
        })
    }

    /// Runs `adb -L tcp:PORT start-server`: the real adb starts its server in the background,
    /// listening on this machine's loopback addresses, and returns once it listens. (adb
    /// calls `tcp:127.0.0.1:PORT` a remote host it may not start a server on.)
    fn start_server(&self) -> Result<(), AdbError> {
        let program = self.program.display().to_string();
        // The server keeps no handle on our pipes (it logs to its own file), so waiting for
        // the output ends when `adb start-server` does.
        let output = Command::new(&self.program)
            .arg("-L")
            .arg(format!("tcp:{}", self.address.port()))
            .arg("start-server")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|source| AdbError::AdbNotInstalled {
                program: program.clone(),
                address: self.address,
                source,
            })?;
        if output.status.success() {
            self.started
                .store(true, std::sync::atomic::Ordering::SeqCst);
            return Ok(());
        }
        Err(AdbError::ServerDidNotStart {
            program,
            address: self.address,
            detail: format!(
                "{}: {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ),
        })
    }
}

/// Whether [`AdbServer::connect`] may start the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Start {
    IfNeeded,
    /// Mid-scan the server was running a moment ago; starting a fresh one would only hide
    /// that it died.
    Never,
}

/// `tcp:PORT` (this machine) or `tcp:HOST:PORT`, as in `ADB_SERVER_SOCKET`.
fn parse_server_socket(value: &str) -> Result<SocketAddr, AdbError> {
    let bad = |reason| AdbError::BadServerAddress {
        variable: "ADB_SERVER_SOCKET",
        value: value.to_owned(),
        reason,
    };
    let rest = value
        .strip_prefix("tcp:")
        .ok_or_else(|| bad("only tcp:PORT and tcp:HOST:PORT are supported"))?;
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host.trim_start_matches('[').trim_end_matches(']'), port),
        None => ("127.0.0.1", rest),
    };
    let port = port
        .parse::<u16>()
        .map_err(|_| bad("the port must be a number"))?;
    (host, port)
        .to_socket_addrs()
        .ok()
        .and_then(|mut addresses| addresses.next())
        .ok_or_else(|| bad("the host name does not resolve"))
}

/// One connection to the server: a request, its reply, then a block or a stream.
pub(crate) struct Connection {
    stream: TcpStream,
    address: SocketAddr,
}

impl Connection {
    /// Sends `request` and reads the server's reply.
    pub(crate) fn request(&mut self, request: &str) -> Result<Reply, AdbError> {
        let doing = || format!("sending {request}");
        let framed = host::encode_request(request).ok_or_else(|| AdbError::Protocol {
            address: self.address,
            doing: doing(),
            detail: "the request is longer than 65535 bytes".to_owned(),
        })?;
        self.stream
            .write_all(&framed)
            .map_err(|source| AdbError::Io {
                address: self.address,
                doing: doing(),
                source,
            })?;
        host::read_reply(&mut self.stream).map_err(|error| self.read_error(&doing(), error))
    }

    /// Sends `request`; a `FAIL` becomes [`AdbError::ServerRefused`].
    fn expect_okay(&mut self, request: &str) -> Result<(), AdbError> {
        match self.request(request)? {
            Reply::Okay => Ok(()),
            Reply::Fail(message) => Err(AdbError::ServerRefused {
                request: request.to_owned(),
                message,
            }),
        }
    }

    fn read_block(&mut self, doing: &str) -> Result<Vec<u8>, AdbError> {
        host::read_block(&mut self.stream).map_err(|error| self.read_error(doing, error))
    }

    /// Reads the next piece of a service's output; 0 at the end.
    pub(crate) fn read(&mut self, buffer: &mut [u8], doing: &str) -> Result<usize, AdbError> {
        self.stream
            .read(buffer)
            .map_err(|source| self.read_error(doing, ReadError::Io(source)))
    }

    fn read_error(&self, doing: &str, error: ReadError) -> AdbError {
        match error {
            ReadError::Io(source) => AdbError::Io {
                address: self.address,
                doing: doing.to_owned(),
                source,
            },
            ReadError::Malformed(detail) => AdbError::Protocol {
                address: self.address,
                doing: doing.to_owned(),
                detail,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(socket: Option<&str>, port: Option<&str>) -> Result<SocketAddr, AdbError> {
        AdbServer::from_settings(socket.map(OsString::from), port.map(OsString::from))
            .map(|server| server.address())
    }

    #[test]
    fn finds_the_server_address_as_adb_does() {
        let local = |port| Some(SocketAddr::from((Ipv4Addr::LOCALHOST, port)));
        assert_eq!(address(None, None).ok(), local(5037));
        assert_eq!(address(Some(""), None).ok(), local(5037));
        assert_eq!(address(None, Some("6000")).ok(), local(6000));
        assert_eq!(address(Some("tcp:7000"), Some("6000")).ok(), local(7000));
        assert_eq!(address(Some("tcp:127.0.0.1:7001"), None).ok(), local(7001));
        assert_eq!(
            address(Some("tcp:[::1]:7002"), None).ok(),
            Some(SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, 7002)))
        );
    }

    #[test]
    fn refuses_addresses_it_cannot_use() {
        for (socket, port) in [
            (Some("localfilesystem:/tmp/adb"), None),
            (Some("tcp:"), None),
            (Some("tcp:99999"), None),
            (None, Some("adb")),
        ] {
            let error = address(socket, port).expect_err("refused");
            assert!(
                matches!(error, AdbError::BadServerAddress { .. }),
                "{error}"
            );
        }
    }

    #[test]
    fn says_to_install_adb_when_it_is_missing() {
        // A port nothing listens on: bind one, then let it go.
        let free = std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|listener| listener.local_addr())
            .expect("a free port");
        let server = AdbServer::at(free).with_adb_program("/nonexistent/adb-for-unstalk-tests");
        let error = server.version().expect_err("no adb");
        assert!(matches!(error, AdbError::AdbNotInstalled { .. }), "{error}");
        let message = error.to_string();
        assert!(message.contains("platform-tools"), "{message}");
        assert!(message.contains("apt install adb"), "{message}");
    }
}
