//! For tests and benchmarks that drive a replay phone through the real `adb`: find `adb`, run
//! a private adb server on a free port (never the person's own server on 5037), connect the
//! replay phone to it, and kill the server when done.

use std::net::{Ipv4Addr, SocketAddr, TcpListener};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicU16, Ordering};
use std::time::{Duration, Instant};

/// The real adb's version line, or `None` after a loud `SKIPPED` line; under `CI=true`, where
/// `.ci/run` installs Debian's `adb`, a panic.
pub fn real_adb(test_name: &str) -> Option<String> {
    match Command::new("adb").arg("version").output() {
        Ok(output) if output.status.success() => {
            let text = String::from_utf8_lossy(&output.stdout);
            Some(text.lines().take(2).collect::<Vec<_>>().join(" / "))
        }
        outcome => {
            let message = format!(
                "`adb version` did not run ({outcome:?}): install Debian's `adb` package \
                 (apt-get install adb) or Android platform-tools"
            );
            if std::env::var("CI").is_ok_and(|value| value == "true") {
                panic!("{test_name}: {message}; CI=true requires it");
            }
            eprintln!("\n*** SKIPPED {test_name}: {message} ***\n");
            None
        }
    }
}

/// Ports below this are never handed out by the kernel for `bind(…, 0)` or outgoing
/// connections on Linux (its default `ip_local_port_range` starts at 32768).
const EPHEMERAL_PORTS_START: u16 = 32768;
/// Where private adb servers go: above the well-known services, below the ephemeral ports.
const PRIVATE_SERVER_PORTS: std::ops::Range<u16> = 20000..EPHEMERAL_PORTS_START;

/// A free loopback port for a private adb server, outside the kernel's ephemeral range.
///
/// Why not `bind(…, 0)`: the port is free only until the listener is dropped, and adb binds it
/// a moment later. Meanwhile a replay phone or an outgoing connection elsewhere in the test
/// process could be handed the same ephemeral port, and our client would then talk to the
/// wrong peer (seen in CI as "connection reset" about once in forty runs). Ports below the
/// ephemeral range are only ever taken by explicit choice, and each call in this process gets
/// a different one, starting at an offset from the process id so parallel test binaries
/// spread out.
///
/// # Panics
/// When no port of the range is free.
pub fn private_server_port() -> u16 {
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let width = PRIVATE_SERVER_PORTS.end - PRIVATE_SERVER_PORTS.start;
    let offset = (std::process::id() % u32::from(width)) as u16;
    for _ in 0..width {
        let step = NEXT.fetch_add(1, Ordering::Relaxed) % width;
        let port = PRIVATE_SERVER_PORTS.start + (offset + step) % width;
        if TcpListener::bind((Ipv4Addr::LOCALHOST, port)).is_ok() {
            return port;
        }
    }
    panic!("no free port in {PRIVATE_SERVER_PORTS:?} for a private adb server");
}

/// An adb server of our own on a free port, killed when dropped.
pub struct PrivateAdb {
    port: u16,
}

impl PrivateAdb {
    /// Starts the server.
    ///
    /// # Panics
    /// When no port is free or adb cannot start a server: the test cannot go on.
    pub fn start() -> PrivateAdb {
        let server = PrivateAdb {
            port: private_server_port(),
        };
        let output = server.adb(&["start-server"]);
        assert!(output.status.success(), "adb start-server: {output:?}");
        server
    }

    /// Where the server listens, as `ADB_SERVER_SOCKET` names it (`tcp:127.0.0.1:PORT`).
    pub fn socket(&self) -> String {
        format!("tcp:127.0.0.1:{}", self.port)
    }

    pub fn address(&self) -> SocketAddr {
        SocketAddr::from((Ipv4Addr::LOCALHOST, self.port))
    }

    /// Runs `adb -P PORT args…`.
    ///
    /// # Panics
    /// When `adb` cannot be run.
    pub fn adb(&self, args: &[&str]) -> Output {
        Command::new("adb")
            .arg("-P")
            .arg(self.port.to_string())
            .args(args)
            .output()
            .unwrap_or_else(|error| panic!("adb does not run: {error}"))
    }

    /// `adb connect` to the phone at `phone`, then waits until the server lists it as a
    /// usable device; returns its serial.
    ///
    /// # Panics
    /// When it never shows up.
    pub fn connect(&self, phone: SocketAddr) -> String {
        let serial = phone.to_string();
        let output = self.adb(&["connect", &serial]);
        let said = String::from_utf8_lossy(&output.stdout).into_owned();
        assert!(said.contains("connected to"), "adb connect said {said:?}");
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let listing = self.adb(&["devices"]);
            let listing = String::from_utf8_lossy(&listing.stdout).into_owned();
            let ready = listing.lines().any(|line| {
                let mut fields = line.split_whitespace();
                fields.next() == Some(serial.as_str()) && fields.next() == Some("device")
            });
            if ready {
                return serial;
            }
            assert!(
                Instant::now() < deadline,
                "{serial} never became ready: {listing}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for PrivateAdb {
    fn drop(&mut self) {
        let _ = self.adb(&["kill-server"]);
    }
}
