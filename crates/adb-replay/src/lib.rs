//! A pretend Android phone for tests and benchmarks.
//!
//! [`ReplayDevice`] listens on 127.0.0.1 and speaks the phone's side (adbd's) of the ADB wire
//! protocol, so the real adb server takes it for a phone after `adb connect 127.0.0.1:PORT`.
//! It answers every `shell:` and `exec:` command from a replay folder of recorded dumps (see
//! [`folder`] for the format) and records every command it receives, so a test can prove which
//! commands reached the phone — and that nothing else did.
//!
//! What it does, following adb's `protocol.txt`:
//! - answers the server's `CNXN` with its own: protocol version `0x01000001`, the smaller of
//!   the two maximum payloads, and the banner
//!   `device::ro.product.name=…;ro.product.model=…;ro.product.device=…;features=cmd`. It asks
//!   for no key (no `AUTH`), so the server accepts it at once — unless
//!   [`ReplayOptions::unauthorized`] makes it a phone whose owner never taps "Allow". It does
//!   not advertise `shell_v2`, so the server sends plain `shell:` requests.
//! - `OPEN` of `shell:LINE` or `exec:LINE`: waits [`ReplayOptions::latency`] (a phone takes
//!   time to start a command), says `OKAY`, sends the answer in `WRTE`s of at most the agreed
//!   payload, each after the server's `OKAY` to the last, then `CLSE`. Other services
//!   (`sync:`, `reboot:`, …) are refused with `CLSE`, as adbd refuses unknown ones.
//!
//! Hostile or damaged messages (bad magic, checksum, a length over 1 MiB) end the connection;
//! nothing panics.

pub mod folder;
pub mod harness;
mod wire;

pub use wire::fuzz_read_messages;

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread;
use std::time::Duration;

pub use folder::Identity;
use folder::{Body, Replay};
use wire::{
    A_AUTH, A_CLSE, A_CNXN, A_OKAY, A_OPEN, A_VERSION, A_WRTE, AUTH_SIGNATURE, AUTH_TOKEN, Message,
    WireError,
};

/// How long a stream waits for the server to acknowledge a `WRTE` before giving up on it.
const ACK_TIMEOUT: Duration = Duration::from_secs(60);

/// How the pretend phone behaves.
#[derive(Debug, Clone)]
pub struct ReplayOptions {
    /// The port to listen on, on 127.0.0.1 (0, the default: any free port).
    pub port: u16,
    /// Waited before answering each command (0 by default; the benchmark uses 30 ms).
    pub latency: Duration,
    /// Made-up apps added to the package listings (see [`folder`]).
    pub extra_packages: usize,
    /// The largest `WRTE` payload this phone sends (256 KiB by default; real phones use 4 KiB
    /// to 1 MiB; a small value exercises flow control).
    pub max_payload: u32,
    /// Ask for a key and never accept one: `adb devices` shows the phone `unauthorized`.
    pub unauthorized: bool,
}

impl Default for ReplayOptions {
    fn default() -> Self {
        Self {
            port: 0,
            latency: Duration::ZERO,
            extra_packages: 0,
            max_payload: 256 * 1024,
            unauthorized: false,
        }
    }
}

/// How a received command was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// From the replay folder.
    Replayed,
    /// With made-up packages added.
    Synthesised,
    /// Not in the folder: "inaccessible or not found", as Android's shell says.
    NotFound,
    /// Not a `shell:` or `exec:` service: refused.
    Refused,
}

/// One service request the phone received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedCommand {
    /// The whole request, e.g. `shell:getprop` or `exec:cat /data/app/…/base.apk`.
    pub service: String,
    pub answer: Answer,
}

/// What went wrong starting a replay device.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReplayError {
    #[error("{path} is not a folder: give the folder holding the recorded dumps")]
    NotAFolder { path: PathBuf },
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a valid replay file: {source}")]
    BadReplayFile {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("replay.json answers `{command}` with {path}, which does not exist")]
    MissingFile { command: String, path: PathBuf },
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Listen { port: u16, source: std::io::Error },
}

/// A running pretend phone; it stops (and drops its connections) when dropped.
#[derive(Debug)]
pub struct ReplayDevice {
    address: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<thread::JoinHandle<()>>,
}

#[derive(Debug)]
struct Shared {
    replay: Replay,
    options: ReplayOptions,
    received: Mutex<Vec<ReceivedCommand>>,
    connections: Mutex<Vec<TcpStream>>,
    stopping: AtomicBool,
    /// Commands being answered right now, and the most there ever were.
    answering: AtomicUsize,
    most_answering: AtomicUsize,
}

impl ReplayDevice {
    /// Serves `folder` on 127.0.0.1 until dropped.
    pub fn start(folder: &Path, options: ReplayOptions) -> Result<Self, ReplayError> {
        let replay = Replay::load(folder, options.extra_packages)?;
        let port = options.port;
        let listen_error = |source| ReplayError::Listen { port, source };
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port)).map_err(listen_error)?;
        let address = listener.local_addr().map_err(listen_error)?;
        let shared = Arc::new(Shared {
            replay,
            options,
            received: Mutex::new(Vec::new()),
            connections: Mutex::new(Vec::new()),
            stopping: AtomicBool::new(false),
            answering: AtomicUsize::new(0),
            most_answering: AtomicUsize::new(0),
        });
        let acceptor = {
            let shared = Arc::clone(&shared);
            thread::spawn(move || accept(&listener, &shared))
        };
        Ok(Self {
            address,
            shared,
            acceptor: Some(acceptor),
        })
    }

    /// Where it listens: `adb connect` this.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// Every service request received so far, in order of arrival.
    pub fn received(&self) -> Vec<ReceivedCommand> {
        lock(&self.shared.received).clone()
    }

    /// The most commands this phone was answering at one moment: more than one shows that a
    /// client runs commands in parallel, without timing anything.
    pub fn most_commands_at_once(&self) -> usize {
        self.shared.most_answering.load(Ordering::SeqCst)
    }
}

impl Drop for ReplayDevice {
    fn drop(&mut self) {
        self.shared.stopping.store(true, Ordering::SeqCst);
        // Wake the acceptor, then hang up on the server.
        let _ = TcpStream::connect(self.address);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
        for connection in lock(&self.shared.connections).drain(..) {
            let _ = connection.shutdown(Shutdown::Both);
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

fn accept(listener: &TcpListener, shared: &Arc<Shared>) {
    for stream in listener.incoming() {
        if shared.stopping.load(Ordering::SeqCst) {
            return;
        }
        let Ok(stream) = stream else { continue };
        // Small messages (OKAY, then WRTE) must not wait for Nagle's algorithm: the latency
        // is what the options say, nothing more.
        let _ = stream.set_nodelay(true);
        let Ok(writer) = stream.try_clone() else {
            continue;
        };
        if let Ok(handle) = stream.try_clone() {
            lock(&shared.connections).push(handle);
        }
        let shared = Arc::clone(shared);
        thread::spawn(move || {
            let _ = serve(stream, writer, &shared);
        });
    }
}

/// The sending half of a connection, shared by its streams.
struct Link {
    writer: Mutex<TcpStream>,
    /// Events for each open stream, by our (local) id.
    streams: Mutex<HashMap<u32, Sender<Event>>>,
}

impl Link {
    fn send(&self, command: u32, arg0: u32, arg1: u32, payload: &[u8]) -> std::io::Result<()> {
        lock(&self.writer).write_all(&wire::encode(command, arg0, arg1, payload))
    }
}

/// What the server told an open stream.
enum Event {
    /// `OKAY`: it took the last `WRTE`.
    Ready,
    /// `CLSE`: it is gone.
    Closed,
}

/// One connection from the adb server, until it hangs up or breaks the protocol.
fn serve(reader: TcpStream, writer: TcpStream, shared: &Arc<Shared>) -> Result<(), WireError> {
    let link = Arc::new(Link {
        writer: Mutex::new(writer),
        streams: Mutex::new(HashMap::new()),
    });
    let result = dispatch(reader, &link, shared);
    // Streams still waiting for an acknowledgement see the hang-up and end.
    lock(&link.streams).clear();
    result
}

/// Reads the server's messages and acts on each.
fn dispatch(
    mut reader: TcpStream,
    link: &Arc<Link>,
    shared: &Arc<Shared>,
) -> Result<(), WireError> {
    let mut max_payload = shared.options.max_payload.max(1);
    let mut next_id = 1u32;
    loop {
        let Message {
            command,
            arg0,
            arg1,
            payload,
        } = wire::read_message(&mut reader)?;
        match command {
            A_CNXN if shared.options.unauthorized => {
                link.send(A_AUTH, AUTH_TOKEN, 0, &[0x5a; 20])?;
            }
            A_CNXN => {
                max_payload = max_payload.min(arg1.max(1));
                let identity = &shared.replay.identity;
                let banner = format!(
                    "device::ro.product.name={};ro.product.model={};ro.product.device={};features=cmd",
                    identity.product, identity.model, identity.device
                );
                link.send(A_CNXN, A_VERSION.min(arg0), max_payload, banner.as_bytes())?;
            }
            // Each key the server offers is "wrong": ask again, until it gives up and shows
            // the phone as unauthorized.
            A_AUTH if arg0 == AUTH_SIGNATURE => {
                link.send(A_AUTH, AUTH_TOKEN, 0, &[0x5a; 20])?;
            }
            A_OPEN if !shared.options.unauthorized => {
                let remote = arg0;
                let local = next_id;
                next_id = next_id.wrapping_add(1).max(1);
                let service = String::from_utf8_lossy(&payload)
                    .trim_end_matches('\0')
                    .to_owned();
                let (events, receiver) = mpsc::channel();
                lock(&link.streams).insert(local, events);
                let stream = Stream {
                    link: Arc::clone(link),
                    local,
                    remote,
                    max_payload,
                };
                let shared = Arc::clone(shared);
                thread::spawn(move || stream.serve(&service, &shared, &receiver));
            }
            A_OKAY | A_CLSE => {
                let event = if command == A_OKAY {
                    Event::Ready
                } else {
                    Event::Closed
                };
                if let Some(stream) = lock(&link.streams).get(&arg1) {
                    let _ = stream.send(event);
                }
            }
            // Input for a command (none of ours reads any): acknowledge and drop it.
            A_WRTE => link.send(A_OKAY, arg1, arg0, &[])?,
            _ => {}
        }
    }
}

/// One command being answered.
struct Stream {
    link: Arc<Link>,
    local: u32,
    remote: u32,
    max_payload: u32,
}

impl Stream {
    fn serve(self, service: &str, shared: &Shared, events: &Receiver<Event>) {
        let line = service
            .strip_prefix("shell:")
            .or_else(|| service.strip_prefix("exec:"))
            .filter(|line| !line.is_empty());
        let (body, answer) = match line {
            Some(line) => {
                let (body, answer) = shared.replay.respond(line);
                (Some(body), answer)
            }
            None => (None, Answer::Refused),
        };
        lock(&shared.received).push(ReceivedCommand {
            service: service.to_owned(),
            answer,
        });
        let now_answering = shared.answering.fetch_add(1, Ordering::SeqCst) + 1;
        shared
            .most_answering
            .fetch_max(now_answering, Ordering::SeqCst);
        thread::sleep(shared.options.latency);
        // The local id of the closing message. adbd refuses a service it does not know by
        // closing with no local id.
        let close_from = match body {
            Some(body) => match self.answer(body, events) {
                Ok(Sent::All) => Some(self.local),
                Ok(Sent::Stopped) | Err(_) => None,
            },
            None => Some(0),
        };
        lock(&self.link.streams).remove(&self.local);
        // Before closing: a client waits for the close before sending its next command, so
        // one run one at a time is never counted twice.
        shared.answering.fetch_sub(1, Ordering::SeqCst);
        if let Some(local) = close_from {
            let _ = self.link.send(A_CLSE, local, self.remote, &[]);
        }
    }

    fn answer(&self, body: Body, events: &Receiver<Event>) -> std::io::Result<Sent> {
        self.link.send(A_OKAY, self.local, self.remote, &[])?;
        let mut reader = body.open();
        let mut buffer = vec![0u8; self.max_payload as usize];
        loop {
            let read = reader.read(&mut buffer)?;
            if read == 0 {
                break;
            }
            let chunk = buffer.get(..read).unwrap_or_default();
            self.link.send(A_WRTE, self.local, self.remote, chunk)?;
            match events.recv_timeout(ACK_TIMEOUT) {
                Ok(Event::Ready) => {}
                Ok(Event::Closed)
                | Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                    return Ok(Sent::Stopped);
                }
            }
        }
        Ok(Sent::All)
    }
}

/// How far [`Stream::answer`] got.
enum Sent {
    /// The whole answer: the command is to be closed.
    All,
    /// The client closed the command or stopped acknowledging.
    Stopped,
}
