//! Serving the device: in memory (whole messages or HID reports), over a
//! pseudo-terminal with SLIP framing, and over WebSocket on 127.0.0.1.
//!
//! Each link has a reader (host bytes -> device) and a writer (device messages
//! -> wire, where faults are applied); one clock thread hands the device's
//! scheduled notifications to every live link. The framing is the runtime's:
//! its HID and SLIP state machines, driven here with the time bytes arrive,
//! and its WebSocket transport on the server side.

use crate::device::{Device, DeviceConfig, MessageKind, Outgoing};
use crate::faults::{Fault, FaultQueue};
use mms_runtime::hid::{HidTransport, MemoryReports, ReportIo};
use mms_runtime::hid_framing::{cancel_report, packetize, HidEvent, Reassembler, REPORT_LEN};
use mms_runtime::limits::Limits;
use mms_runtime::slip::{encode, encode_capability_exceeded, SlipDecoder, SlipEvent, SlipInfo};
use mms_runtime::tls::{server_config, ServerConfig};
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{MemoryTransport, Transport, TransportError, TransportErrorKind};
use std::collections::VecDeque;
use std::io;
use std::net::TcpListener;
use std::os::fd::{AsFd, OwnedFd};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How often idle threads look at the stop flag and the schedule.
const TICK: Duration = Duration::from_millis(5);
/// How long a reordered message waits for a successor before it goes anyway.
const REORDER_HOLD: Duration = Duration::from_millis(100);

/// How the simulator serves its links.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ServeOptions {
    /// Size and time limits of every link ([`Limits::DEFAULT`]: 1 MiB
    /// messages on HID, SLIP and WebSocket, 2 s to wait for the rest of a
    /// message).
    pub limits: Limits,
    /// Most WebSocket connections served at once; a client beyond that is
    /// refused with HTTP 503 and the reason.
    pub max_ws_connections: usize,
    /// How long a WebSocket client may take for its opening handshake.
    pub ws_handshake_timeout: Duration,
}

impl ServeOptions {
    /// The defaults: [`Limits::DEFAULT`], 64 WebSocket connections, 2 s for a
    /// WebSocket handshake.
    pub const DEFAULT: ServeOptions = ServeOptions {
        limits: Limits::DEFAULT,
        max_ws_connections: 64,
        ws_handshake_timeout: Duration::from_secs(2),
    };
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions::DEFAULT
    }
}

/// What a link's writer sends.
enum Out {
    /// A device message, subject to faults.
    Message(Outgoing),
    /// Bytes that bypass faults (the SLIP capability-exceeded reply).
    Raw(Vec<u8>),
}

/// The kind of link a message crossed, for an [`Observer`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// In memory, whole messages.
    Memory,
    /// In memory, HID reports.
    Hid,
    /// A pseudo-terminal with SLIP framing.
    Serial,
    /// WebSocket.
    WebSocket,
}

/// Which way an observed message went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// From the host to the simulated device.
    FromHost,
    /// From the simulated device to the host.
    ToHost,
}

/// Sees every whole message a link carries (to record captures, for example).
pub type Observer = Arc<dyn Fn(LinkKind, Flow, &[u8]) + Send + Sync>;

struct Shared {
    options: ServeOptions,
    device: Mutex<Device>,
    faults: FaultQueue,
    stop: AtomicBool,
    links: Mutex<Vec<Sender<Out>>>,
    events: Mutex<VecDeque<String>>,
    trace: AtomicBool,
    observer: Mutex<Option<Observer>>,
}

/// Most events kept when nobody takes them (the oldest go first).
const MAX_EVENTS: usize = 1000;

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }

    fn note(&self, event: String) {
        let mut events = lock(&self.events);
        if events.len() == MAX_EVENTS {
            events.pop_front();
        }
        events.push_back(event);
    }

    fn tracing(&self) -> bool {
        self.trace.load(Ordering::Relaxed)
    }

    fn observe(&self, link: LinkKind, flow: Flow, message: &[u8]) {
        let observer = lock(&self.observer).clone();
        if let Some(observer) = observer {
            observer(link, flow, message);
        }
    }

    /// Hands one host message to the device; replies go to `outbox`.
    fn deliver(&self, link: LinkKind, message: &[u8], outbox: &Sender<Out>) {
        self.observe(link, Flow::FromHost, message);
        if self.tracing() {
            self.note(format!("<- {}", hex(message)));
        }
        if self.faults.take(|f| *f == Fault::DropRequest).is_some() {
            self.note("fault: dropped a host message".into());
            return;
        }
        let (replies, rejected) = {
            let mut device = lock(&self.device);
            let replies = device.handle(message, Instant::now());
            (replies, device.take_rejected())
        };
        for reason in rejected {
            self.note(format!("ignored a host message: {reason}"));
        }
        for reply in replies {
            let _ = outbox.send(Out::Message(reply));
        }
    }

    fn register(&self) -> (Sender<Out>, Receiver<Out>) {
        let (tx, rx) = mpsc::channel();
        lock(&self.links).push(tx.clone());
        (tx, rx)
    }
}

/// A running simulator: one device, any number of links.
///
/// Dropping it (or [`Simulator::shutdown`]) stops and joins every thread.
pub struct Simulator {
    shared: Arc<Shared>,
    threads: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

/// Starts the thread serving one link.
fn spawn_link_on<S: Sink + Send + 'static>(
    shared: &Arc<Shared>,
    threads: &Mutex<Vec<JoinHandle<()>>>,
    sink: S,
) {
    let shared = shared.clone();
    let handle = thread::spawn(move || {
        if let Err(e) = run_link(&shared, sink) {
            shared.note(format!("link ended: {e}"));
        }
    });
    lock(threads).push(handle);
}

/// A new in-memory HID link, unless the simulator stopped or the device is
/// away for a reset (what opening a USB device that is re-enumerating gives).
fn open_hid_link(
    shared: &Arc<Shared>,
    threads: &Mutex<Vec<JoinHandle<()>>>,
) -> Result<HidTransport<MemoryReports>, TransportError> {
    let name = "hid-memory:simulator";
    if shared.stopping() {
        return Err(TransportError::new(name, TransportErrorKind::Closed));
    }
    if lock(&shared.device).is_resetting(Instant::now()) {
        return Err(TransportError::new(
            name,
            TransportErrorKind::Open("the device is not present (it is resetting)".into()),
        ));
    }
    let (host, device) = MemoryReports::pair();
    let limits = shared.options.limits;
    spawn_link_on(
        shared,
        threads,
        HidSink {
            reports: Some(device),
            reassembler: Reassembler::with_limits(&limits),
        },
    );
    Ok(HidTransport::new(host, name, limits.max_message_len))
}

impl Default for Simulator {
    fn default() -> Self {
        Simulator::new(DeviceConfig::default())
    }
}

impl Simulator {
    /// Starts a simulator for a device with `config`, served with the default
    /// [`ServeOptions`].
    pub fn new(config: DeviceConfig) -> Self {
        Simulator::with_options(config, ServeOptions::DEFAULT)
    }

    /// Starts a simulator for a device with `config`, served with `options`.
    pub fn with_options(config: DeviceConfig, options: ServeOptions) -> Self {
        let shared = Arc::new(Shared {
            options,
            device: Mutex::new(Device::new(config)),
            faults: FaultQueue::default(),
            stop: AtomicBool::new(false),
            links: Mutex::new(Vec::new()),
            events: Mutex::new(VecDeque::new()),
            trace: AtomicBool::new(false),
            observer: Mutex::new(None),
        });
        let clock = {
            let shared = shared.clone();
            thread::spawn(move || run_clock(&shared))
        };
        Simulator {
            shared,
            threads: Arc::new(Mutex::new(vec![clock])),
        }
    }

    /// Arms a one-shot fault.
    pub fn inject(&self, fault: Fault) {
        self.shared.faults.arm(fault);
    }

    /// Disarms every fault not yet triggered.
    pub fn clear_faults(&self) {
        self.shared.faults.clear();
    }

    /// Whether every injected fault has triggered.
    pub fn faults_triggered(&self) -> bool {
        self.shared.faults.is_empty()
    }

    /// Runs `f` on the device (to preset properties, store files, look at state).
    pub fn with_device<R>(&self, f: impl FnOnce(&mut Device) -> R) -> R {
        f(&mut lock(&self.shared.device))
    }

    /// What the simulator noticed and could not answer (unreadable messages,
    /// framing errors), and which faults it applied; oldest first. Clears the list.
    pub fn take_events(&self) -> Vec<String> {
        lock(&self.shared.events).drain(..).collect()
    }

    /// Also records every message in and out as an event (`<- AA00...` from
    /// the host, `-> AA00...` from the device), for a verbose command line.
    pub fn set_trace(&self, on: bool) {
        self.shared.trace.store(on, Ordering::Relaxed);
    }

    /// A link exchanging whole messages in memory: the host end of a
    /// [`mms_runtime::memory_pair`], ready for a client.
    pub fn in_memory(&self) -> MemoryTransport {
        let (host, device) = mms_runtime::memory_pair();
        self.spawn_link(MemorySink {
            transport: Some(device),
        });
        host
    }

    /// A link exchanging 64-byte HID reports in memory: a runtime
    /// [`HidTransport`] for the host, while the device packetizes its messages
    /// and reassembles the host's itself (manual Tables 4-8), so packet-level
    /// faults are possible.
    ///
    /// When the device resets (after a firmware commit) the link drops for
    /// good; [`Simulator::hid_connector`] opens new ones.
    pub fn in_memory_hid(&self) -> HidTransport<MemoryReports> {
        let (host, device) = MemoryReports::pair();
        let limits = self.shared.options.limits;
        self.spawn_link(HidSink {
            reports: Some(device),
            reassembler: Reassembler::with_limits(&limits),
        });
        HidTransport::with_limits(host, "hid-memory:simulator", &limits)
    }

    /// Opens in-memory HID links (as [`Simulator::in_memory_hid`]) for
    /// `Client::connect_with`: each call opens a new one, and fails while the
    /// device is away for a reset or after the simulator stopped, as opening a
    /// USB reader does while it re-enumerates.
    ///
    /// ```
    /// use mms_runtime::{Client, ClientOptions};
    /// let sim = mms_sim::Simulator::default();
    /// let (client, _events) = Client::connect_with(sim.hid_connector(), ClientOptions::default())?;
    /// assert!(client.reconnects());
    /// # Ok::<(), mms_runtime::TransportError>(())
    /// ```
    pub fn hid_connector(
        &self,
    ) -> impl FnMut() -> Result<HidTransport<MemoryReports>, TransportError> + Send + 'static {
        let shared = self.shared.clone();
        let threads = self.threads.clone();
        move || open_hid_link(&shared, &threads)
    }

    /// Shows `fault` on every firmware update from now on; `None` clears it.
    pub fn set_firmware_fault(&self, fault: Option<crate::FirmwareFault>) {
        lock(&self.shared.device).set_firmware_fault(fault);
    }

    fn spawn_link<S: Sink + Send + 'static>(&self, sink: S) {
        spawn_link_on(&self.shared, &self.threads, sink);
    }

    /// Calls `observer` with every whole message any link carries from now on
    /// (messages cut short by [`Fault::DisconnectMidTransfer`] and garbage are not shown).
    pub fn set_observer(&self, observer: Observer) {
        *lock(&self.shared.observer) = Some(observer);
    }

    /// Serves the device on a new pseudo-terminal with SLIP framing and returns
    /// the path of its serial side (such as `/dev/pts/3`), to open like any
    /// serial port (for example with [`mms_runtime::serial::open_serial`]).
    ///
    /// A pseudo-terminal cannot be unplugged: while the device resets it
    /// answers nothing. [`Simulator::spawn_pty_at`] gives a serial port that
    /// goes away and comes back.
    pub fn spawn_pty(&self) -> io::Result<PathBuf> {
        let pty = Pty::open()?;
        let path = pty.path.clone();
        self.spawn_link(PtySink {
            pty: Some(pty),
            link: None,
            decoder: SlipDecoder::with_limits(&self.shared.options.limits),
            buffer: vec![0; 16 * 1024],
        });
        Ok(path)
    }

    /// Serves the device on a new pseudo-terminal reached through the
    /// symbolic link `link` (created, or replaced when it is a symbolic link
    /// already), like a USB serial port such as `/dev/ttyACM0`: when the
    /// device resets, the terminal hangs up (the host's reads fail), `link`
    /// disappears, and after the reset it points to a fresh terminal. `link`
    /// is removed when the simulator stops. Returns `link`.
    pub fn spawn_pty_at(&self, link: impl Into<PathBuf>) -> io::Result<PathBuf> {
        let link = link.into();
        let pty = Pty::open()?;
        point_link(&link, &pty.path)?;
        self.spawn_link(PtySink {
            pty: Some(pty),
            link: Some(link.clone()),
            decoder: SlipDecoder::with_limits(&self.shared.options.limits),
            buffer: vec![0; 16 * 1024],
        });
        Ok(link)
    }

    /// Serves the device over WebSocket (binary messages) on 127.0.0.1 with an
    /// ephemeral port; returns the URL, such as `ws://127.0.0.1:40123`. Each
    /// connection is a link of its own, on a thread that is joined as soon as
    /// the connection ends; at most [`ServeOptions::max_ws_connections`] are
    /// served at once, and a message over the WebSocket limit closes its
    /// connection (code 1009).
    pub fn spawn_ws(&self) -> io::Result<String> {
        self.spawn_ws_listener(None)
    }

    /// Serves the device over `wss://` on 127.0.0.1 with an ephemeral port, as
    /// [`spawn_ws`](Self::spawn_ws) does, presenting the certificate chain
    /// `cert_pem` with its private key `key_pem` (PEM; see
    /// [`TestCerts`](crate::broker::TestCerts) for ones made on the spot).
    /// Returns the URL, such as `wss://127.0.0.1:40123`.
    pub fn spawn_wss(&self, cert_pem: &[u8], key_pem: &[u8]) -> io::Result<String> {
        let config = server_config(cert_pem, key_pem)
            .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
        self.spawn_ws_listener(Some(config))
    }

    fn spawn_ws_listener(&self, tls: Option<Arc<ServerConfig>>) -> io::Result<String> {
        let listener = TcpListener::bind(("127.0.0.1", 0))?;
        listener.set_nonblocking(true)?;
        let scheme = if tls.is_some() { "wss" } else { "ws" };
        let url = format!("{scheme}://{}", listener.local_addr()?);
        let shared = self.shared.clone();
        let acceptor = thread::spawn(move || run_ws_acceptor(&shared, &listener, tls.as_ref()));
        lock(&self.threads).push(acceptor);
        Ok(url)
    }

    /// Stops every link and joins every thread.
    pub fn shutdown(self) {
        drop(self);
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        lock(&self.shared.links).clear();
        for handle in lock(&self.threads).drain(..) {
            let _ = handle.join();
        }
    }
}

/// The device's side of one link.
trait Sink {
    /// Waits up to [`TICK`] for host input and hands complete messages to the
    /// device; returns false once the host side is gone.
    fn poll_input(&mut self, shared: &Shared, outbox: &Sender<Out>) -> io::Result<bool>;
    /// The units (HID reports, frames, messages) a message goes out as; by
    /// default the message itself (links that carry whole messages).
    fn frame(&self, message: &[u8]) -> Vec<Vec<u8>> {
        vec![message.to_vec()]
    }
    /// One unit of garbage; by default the bytes as they are.
    fn garbage(&self, bytes: &[u8]) -> Vec<u8> {
        bytes.to_vec()
    }
    /// Writes one unit.
    fn send(&mut self, unit: &[u8]) -> io::Result<()>;
    /// The kind of link, for the observer.
    fn link(&self) -> LinkKind;
    /// Whether units are bytes on a stream (a partial unit can be written).
    fn is_stream(&self) -> bool {
        false
    }
    /// Whether a message splits into numbered packets (HID).
    fn is_packetized(&self) -> bool {
        false
    }
    /// Drops the connection, when the link can be dropped.
    fn close(&mut self) {}
    /// Whether [`Sink::close`] dropped the connection.
    fn is_closed(&self) -> bool {
        false
    }
    /// The device resets: by default the connection drops for good (the host
    /// connects again, as to a USB device that re-enumerates).
    fn hangup(&mut self, _shared: &Shared) -> io::Result<()> {
        self.close();
        Ok(())
    }
}

/// One link: host input to the device, device messages (with faults) to the host.
fn run_link<S: Sink>(shared: &Shared, sink: S) -> io::Result<()> {
    let (outbox, out_rx) = shared.register();
    let mut emitter = Emitter { sink, held: None };
    while !shared.stopping() && !emitter.sink.is_closed() {
        if !emitter.sink.poll_input(shared, &outbox)? {
            return Ok(());
        }
        loop {
            match out_rx.try_recv() {
                Ok(out) => match emitter.emit(shared, out) {
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        shared.note(format!("dropped a device message: {e}"))
                    }
                    other => other?,
                },
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return Ok(()),
            }
        }
        emitter.flush_held(shared, false)?;
    }
    Ok(())
}

/// Applies faults and writes device messages.
struct Emitter<S: Sink> {
    sink: S,
    /// A message held back by [`Fault::Reorder`], and until when.
    held: Option<(Vec<u8>, Instant)>,
}

impl<S: Sink> Emitter<S> {
    fn emit(&mut self, shared: &Shared, out: Out) -> io::Result<()> {
        let outgoing = match out {
            Out::Raw(bytes) => return self.sink.send(&bytes),
            Out::Message(outgoing) => outgoing,
        };
        if outgoing.kind == MessageKind::Reset {
            shared.note("the device resets: the link drops".into());
            self.flush_held(shared, true)?;
            return self.sink.hangup(shared);
        }
        let faults = &shared.faults;
        if outgoing.kind == MessageKind::Response
            && faults.take(|f| *f == Fault::DropResponse).is_some()
        {
            shared.note("fault: dropped a response".into());
            return Ok(());
        }
        if let Some(Fault::Delay(delay)) = faults.take(|f| matches!(f, Fault::Delay(_))) {
            shared.note(format!("fault: delayed a message by {delay:?}"));
            thread::sleep(delay);
        }
        if let Some(Fault::Garbage(bytes)) = faults.take(|f| matches!(f, Fault::Garbage(_))) {
            shared.note(format!("fault: sent {} garbage bytes", bytes.len()));
            let unit = self.sink.garbage(&bytes);
            self.sink.send(&unit)?;
        }
        let mut units = self.sink.frame(&outgoing.message);
        if self.sink.is_packetized() {
            if units.len() >= 3 && faults.take(|f| *f == Fault::Reorder).is_some() {
                shared.note("fault: swapped the first middle packet with the next".into());
                units.swap(1, 2);
            }
            packet_faults(shared, &mut units);
        } else if self.held.is_none() && faults.take(|f| *f == Fault::Reorder).is_some() {
            shared.note("fault: holding a message back to reorder it".into());
            self.held = Some((outgoing.message, Instant::now() + REORDER_HOLD));
            return Ok(());
        }
        if outgoing.message.len() > 64
            && faults
                .take(|f| *f == Fault::DisconnectMidTransfer)
                .is_some()
        {
            shared.note("fault: disconnected in the middle of a message".into());
            if units.len() >= 2 {
                for unit in &units[..units.len() / 2] {
                    self.sink.send(unit)?;
                }
            } else if self.sink.is_stream() {
                let unit = &units[0];
                self.sink.send(&unit[..unit.len() / 2])?;
            }
            self.sink.close();
            return Ok(());
        }
        if shared.tracing() {
            shared.note(format!("-> {}", hex(&outgoing.message)));
        }
        shared.observe(self.sink.link(), Flow::ToHost, &outgoing.message);
        for unit in &units {
            self.sink.send(unit)?;
        }
        self.flush_held(shared, true)
    }

    /// Sends the reordered message once another went before it or its hold ran out.
    fn flush_held(&mut self, shared: &Shared, successor_sent: bool) -> io::Result<()> {
        match self.held.take() {
            Some((message, deadline)) if successor_sent || Instant::now() >= deadline => {
                shared.observe(self.sink.link(), Flow::ToHost, &message);
                for unit in self.sink.frame(&message) {
                    self.sink.send(&unit)?;
                }
                Ok(())
            }
            other => {
                self.held = other;
                Ok(())
            }
        }
    }
}

/// The HID packet faults ([`Fault::DropMiddle`], [`Fault::RepeatMiddle`],
/// [`Fault::Cancel`], [`Fault::Interleave`]) applied to one message's reports.
fn packet_faults(shared: &Shared, units: &mut Vec<Vec<u8>>) {
    let faults = &shared.faults;
    if units.len() >= 3 && faults.take(|f| *f == Fault::DropMiddle).is_some() {
        shared.note("fault: dropped the first middle packet".into());
        units.remove(1);
    } else if units.len() >= 3 && faults.take(|f| *f == Fault::RepeatMiddle).is_some() {
        shared.note("fault: sent the first middle packet twice".into());
        units.insert(1, units[1].clone());
    } else if units.len() >= 2 && faults.take(|f| *f == Fault::Cancel).is_some() {
        shared.note("fault: cancelled a message after its head".into());
        units.truncate(1);
        units.push(cancel_report(0).to_vec());
    } else if units.len() >= 2 {
        if let Some(Fault::Interleave(message)) = faults.take(|f| matches!(f, Fault::Interleave(_)))
        {
            shared.note(format!(
                "fault: a {}-byte message inside another",
                message.len()
            ));
            let inside = packetize(&message).map(|r| r.map(|r| r.to_vec()).collect::<Vec<_>>());
            units.splice(1..1, inside.unwrap_or_default());
        }
    }
}

/// Accepts WebSocket connections until the simulator stops: one thread per
/// connection, joined as soon as it ends (a finished thread keeps its stack
/// until joined), and no more than the configured number at once.
fn run_ws_acceptor(shared: &Arc<Shared>, listener: &TcpListener, tls: Option<&Arc<ServerConfig>>) {
    let options = shared.options;
    let mut connections: Vec<JoinHandle<()>> = Vec::new();
    while !shared.stopping() {
        reap_finished(&mut connections);
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                thread::sleep(TICK);
                continue;
            }
            Err(e) => {
                shared.note(format!("WebSocket accept failed: {e}"));
                thread::sleep(TICK);
                continue;
            }
        };
        if connections.len() >= options.max_ws_connections {
            let reason = format!(
                "the simulator serves at most {} WebSocket connections at once",
                options.max_ws_connections
            );
            shared.note(format!("WebSocket: refused a connection: {reason}"));
            if let Err(e) = WebSocketTransport::refuse(stream, &reason, TICK * 20) {
                shared.note(format!("WebSocket refusal not delivered: {e}"));
            }
            continue;
        }
        let shared = shared.clone();
        let tls = tls.cloned();
        connections.push(thread::spawn(move || {
            let limits = shared.options.limits;
            let timeout = shared.options.ws_handshake_timeout;
            let accepted = match tls {
                Some(config) => {
                    WebSocketTransport::accept_tls_with(stream, config, &limits, timeout)
                }
                None => WebSocketTransport::accept_with(stream, &limits, timeout),
            };
            let result = accepted.map_err(transport_error).and_then(|transport| {
                run_link(
                    &shared,
                    WsSink {
                        transport,
                        closed: false,
                    },
                )
            });
            if let Err(e) = result {
                shared.note(format!("WebSocket connection ended: {e}"));
            }
        }));
    }
    for connection in connections {
        let _ = connection.join();
    }
}

/// Joins the connection threads that have finished.
fn reap_finished(connections: &mut Vec<JoinHandle<()>>) {
    let mut index = 0;
    while index < connections.len() {
        if connections[index].is_finished() {
            let _ = connections.swap_remove(index).join();
        } else {
            index += 1;
        }
    }
}

fn transport_error(error: TransportError) -> io::Error {
    match error.kind {
        TransportErrorKind::Io(e) => e,
        TransportErrorKind::Closed => closed(),
        _ => io::Error::other(error.to_string()),
    }
}

fn run_clock(shared: &Shared) {
    while !shared.stopping() {
        thread::sleep(TICK);
        let due = lock(&shared.device).poll(Instant::now());
        if due.is_empty() {
            continue;
        }
        let mut links = lock(&shared.links);
        for outgoing in due {
            links.retain(|link| link.send(Out::Message(outgoing.clone())).is_ok());
        }
    }
}

/// Uppercase hex, at most 64 bytes of it (longer messages are elided).
fn hex(bytes: &[u8]) -> String {
    let mut text: String = bytes.iter().take(64).map(|b| format!("{b:02X}")).collect();
    if bytes.len() > 64 {
        text.push_str(&format!("... ({} bytes)", bytes.len()));
    }
    text
}

fn closed() -> io::Error {
    io::Error::new(io::ErrorKind::BrokenPipe, "link closed")
}

/// Whole messages over a runtime [`MemoryTransport`].
struct MemorySink {
    transport: Option<MemoryTransport>,
}

impl Sink for MemorySink {
    fn poll_input(&mut self, shared: &Shared, outbox: &Sender<Out>) -> io::Result<bool> {
        let Some(transport) = self.transport.as_mut() else {
            return Ok(false);
        };
        match transport.receive(Some(TICK)) {
            Ok(Some(message)) => shared.deliver(LinkKind::Memory, &message, outbox),
            Ok(None) => {}
            Err(_) => return Ok(false),
        }
        Ok(true)
    }

    fn link(&self) -> LinkKind {
        LinkKind::Memory
    }

    fn send(&mut self, unit: &[u8]) -> io::Result<()> {
        let transport = self.transport.as_mut().ok_or_else(closed)?;
        transport.send(unit).map_err(|_| closed())
    }

    fn close(&mut self) {
        self.transport = None;
    }

    fn is_closed(&self) -> bool {
        self.transport.is_none()
    }
}

/// 64-byte reports over runtime [`MemoryReports`], framed by the device with
/// the runtime's HID state machines.
struct HidSink {
    reports: Option<MemoryReports>,
    reassembler: Reassembler,
}

impl HidSink {
    fn handle(shared: &Shared, outbox: &Sender<Out>, event: HidEvent<&[u8]>) {
        match event {
            HidEvent::Message(message) => shared.deliver(LinkKind::Hid, message, outbox),
            HidEvent::Cancelled { reason, discarded } => shared.note(format!(
                "HID framing: the host cancelled a message (reason {reason:#06x}, {discarded} bytes dropped)"
            )),
            HidEvent::Error(error) => shared.note(format!("HID framing: {error}")),
        }
    }
}

impl Sink for HidSink {
    fn poll_input(&mut self, shared: &Shared, outbox: &Sender<Out>) -> io::Result<bool> {
        let Some(reports) = self.reports.as_mut() else {
            return Ok(false);
        };
        let mut report = [0u8; REPORT_LEN];
        match reports.read_report(&mut report, Some(TICK)) {
            Ok(Some(n)) => {
                let report = report.get(..n).unwrap_or(&report);
                self.reassembler
                    .push_at_borrowed(report, Instant::now(), |event| {
                        Self::handle(shared, outbox, event)
                    });
                if self.reassembler.in_progress()
                    && shared
                        .faults
                        .take(|f| *f == Fault::DisconnectMidUpload)
                        .is_some()
                {
                    shared.note("fault: disconnected in the middle of a host message".into());
                    self.close();
                    return Ok(false);
                }
            }
            Ok(None) => self
                .reassembler
                .expire(Instant::now(), |event| Self::handle(shared, outbox, event)),
            Err(_) => return Ok(false),
        }
        Ok(true)
    }

    fn frame(&self, message: &[u8]) -> Vec<Vec<u8>> {
        match packetize(message) {
            Ok(reports) => reports.map(|r| r.to_vec()).collect(),
            // Longer than HID can carry: nothing the host could read.
            Err(_) => Vec::new(),
        }
    }

    fn garbage(&self, bytes: &[u8]) -> Vec<u8> {
        // Packet type 0x7F does not exist (Tables 4-8).
        let mut report = vec![0u8; REPORT_LEN];
        report[0] = 0x7F;
        let n = bytes.len().min(REPORT_LEN - 1);
        report[1..1 + n].copy_from_slice(&bytes[..n]);
        report
    }

    fn link(&self) -> LinkKind {
        LinkKind::Hid
    }

    fn send(&mut self, unit: &[u8]) -> io::Result<()> {
        let reports = self.reports.as_mut().ok_or_else(closed)?;
        let mut report = [0u8; REPORT_LEN];
        report.copy_from_slice(unit);
        reports.write_report(&report)
    }

    fn is_packetized(&self) -> bool {
        true
    }

    fn close(&mut self) {
        self.reports = None;
    }

    fn is_closed(&self) -> bool {
        self.reports.is_none()
    }
}

/// A pseudo-terminal: the simulator keeps the master, hosts open `path`.
struct Pty {
    master: OwnedFd,
    /// Held open so the terminal stays alive while no host has it open.
    _slave: OwnedFd,
    path: PathBuf,
}

impl Pty {
    fn open() -> io::Result<Pty> {
        use rustix::fs::{Mode, OFlags};
        use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
        use rustix::termios::{tcgetattr, tcsetattr, OptionalActions};
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY)?;
        grantpt(&master)?;
        unlockpt(&master)?;
        let name = ptsname(&master, Vec::new())?;
        let path = PathBuf::from(name.to_string_lossy().into_owned());
        let slave = rustix::fs::open(
            &path,
            OFlags::RDWR | OFlags::NOCTTY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        // Raw mode: no echo, no line editing, no newline translation.
        let mut termios = tcgetattr(&slave)?;
        termios.make_raw();
        tcsetattr(&slave, OptionalActions::Now, &termios)?;
        rustix::fs::fcntl_setfl(&master, OFlags::NONBLOCK)?;
        Ok(Pty {
            master,
            _slave: slave,
            path,
        })
    }
}

/// Waits up to [`TICK`] for `fd` to be ready.
fn poll_fd(fd: &OwnedFd, flags: rustix::event::PollFlags) -> io::Result<bool> {
    use rustix::event::{poll, PollFd, Timespec};
    let mut fds = [PollFd::new(fd, flags)];
    let timeout = Timespec {
        tv_sec: 0,
        tv_nsec: TICK.as_nanos() as _,
    };
    match poll(&mut fds, Some(&timeout)) {
        Ok(n) => Ok(n > 0),
        Err(rustix::io::Errno::INTR) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// SLIP frames over a pseudo-terminal, framed with the runtime's SLIP state
/// machine.
struct PtySink {
    /// `None` while the device is away for a reset.
    pty: Option<Pty>,
    /// The stable name hosts open ([`Simulator::spawn_pty_at`]).
    link: Option<PathBuf>,
    decoder: SlipDecoder,
    buffer: Vec<u8>,
}

/// Points the symbolic link `link` at `target`, replacing an older link.
fn point_link(link: &std::path::Path, target: &std::path::Path) -> io::Result<()> {
    if link
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink())
    {
        std::fs::remove_file(link)?;
    }
    std::os::unix::fs::symlink(target, link)
}

impl Drop for PtySink {
    fn drop(&mut self) {
        if let Some(link) = &self.link {
            let _ = std::fs::remove_file(link);
        }
    }
}

impl PtySink {
    fn handle(shared: &Shared, outbox: &Sender<Out>, event: SlipEvent<&[u8]>) {
        let max = shared.options.limits.max_slip_message_len;
        match event {
            SlipEvent::Message {
                info: SlipInfo::HOST_TO_DEVICE,
                message,
            } => shared.deliver(LinkKind::Serial, message, outbox),
            SlipEvent::Message { info, .. } => shared.note(format!(
                "SLIP framing: dropped a frame with message info {info:?}, not host-to-device"
            )),
            SlipEvent::CapabilityExceeded { max_len } => shared.note(format!(
                "SLIP framing: the host sent a capability-exceeded frame ({max_len})"
            )),
            SlipEvent::Discarded {
                reason: reason @ mms_runtime::slip::DiscardReason::TooLong { .. },
                ..
            } => {
                // Manual section 2.6: tell the host the longest message accepted.
                shared.note(format!("SLIP: host message refused: {reason}"));
                let max_len = u32::try_from(max).unwrap_or(u32::MAX);
                let _ = outbox.send(Out::Raw(encode_capability_exceeded(max_len)));
            }
            SlipEvent::Discarded { bytes, reason, .. } => {
                shared.note(format!("SLIP framing: dropped {bytes} bytes: {reason}"))
            }
        }
    }
}

impl Sink for PtySink {
    fn poll_input(&mut self, shared: &Shared, outbox: &Sender<Out>) -> io::Result<bool> {
        use rustix::event::PollFlags;
        if self.pty.is_none() {
            self.come_back(shared)?;
            return Ok(true);
        }
        let Some(pty) = self.pty.as_ref() else {
            return Ok(true);
        };
        if !poll_fd(&pty.master, PollFlags::IN)? {
            self.decoder
                .expire(Instant::now(), |event| Self::handle(shared, outbox, event));
            return Ok(true);
        }
        let n = match rustix::io::read(pty.master.as_fd(), &mut self.buffer) {
            Ok(n) => n,
            Err(rustix::io::Errno::AGAIN) | Err(rustix::io::Errno::INTR) => return Ok(true),
            // EIO: no process has the serial side open right now.
            Err(rustix::io::Errno::IO) => {
                thread::sleep(TICK);
                return Ok(true);
            }
            Err(e) => return Err(e.into()),
        };
        let bytes = self.buffer.get(..n).unwrap_or_default();
        self.decoder
            .push_at_borrowed(bytes, Instant::now(), |event| {
                Self::handle(shared, outbox, event)
            });
        Ok(true)
    }

    fn frame(&self, message: &[u8]) -> Vec<Vec<u8>> {
        vec![encode(SlipInfo::DEVICE_TO_HOST, message)]
    }

    fn garbage(&self, bytes: &[u8]) -> Vec<u8> {
        bytes.to_vec()
    }

    fn link(&self) -> LinkKind {
        LinkKind::Serial
    }

    fn send(&mut self, mut unit: &[u8]) -> io::Result<()> {
        use rustix::event::PollFlags;
        let Some(pty) = self.pty.as_ref() else {
            return Ok(());
        };
        let give_up = Instant::now() + STALLED_WRITE;
        while !unit.is_empty() {
            match rustix::io::write(pty.master.as_fd(), unit) {
                Ok(n) => unit = &unit[n..],
                Err(rustix::io::Errno::AGAIN) => {
                    // Nobody is reading; wait for room, but not forever. Dropping
                    // the rest keeps the link alive for a host that comes later
                    // (its SLIP decoder discards the cut frame).
                    if Instant::now() > give_up {
                        return Err(io::Error::new(
                            io::ErrorKind::WouldBlock,
                            "the host is not reading the pseudo-terminal",
                        ));
                    }
                    poll_fd(&pty.master, PollFlags::OUT)?;
                }
                Err(rustix::io::Errno::INTR) => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    fn is_stream(&self) -> bool {
        true
    }

    fn hangup(&mut self, _shared: &Shared) -> io::Result<()> {
        let Some(link) = &self.link else {
            // No stable name to come back under: stay, silent while the device resets.
            return Ok(());
        };
        if let Some(pty) = &self.pty {
            // Let the host read what was written before the line drops.
            let give_up = Instant::now() + STALLED_WRITE;
            while rustix::io::ioctl_fionread(&pty._slave).is_ok_and(|n| n > 0)
                && Instant::now() < give_up
            {
                thread::sleep(TICK);
            }
        }
        let _ = std::fs::remove_file(link);
        // Closing the master hangs the terminal up: the host's reads fail.
        self.pty = None;
        Ok(())
    }
}

impl PtySink {
    /// After a hangup: once the device is back, a fresh terminal under the same name.
    fn come_back(&mut self, shared: &Shared) -> io::Result<()> {
        if lock(&shared.device).is_resetting(Instant::now()) {
            thread::sleep(TICK);
            return Ok(());
        }
        let pty = Pty::open()?;
        if let Some(link) = &self.link {
            point_link(link, &pty.path)?;
        }
        self.decoder = SlipDecoder::with_limits(&shared.options.limits);
        self.pty = Some(pty);
        shared.note("the device is back after its reset".into());
        Ok(())
    }
}

/// How long a pseudo-terminal write may wait for the host to read.
const STALLED_WRITE: Duration = Duration::from_secs(2);

/// Binary messages over one WebSocket connection: the runtime's WebSocket
/// transport, server side.
struct WsSink {
    transport: WebSocketTransport,
    closed: bool,
}

impl Sink for WsSink {
    fn poll_input(&mut self, shared: &Shared, outbox: &Sender<Out>) -> io::Result<bool> {
        match self.transport.receive(Some(TICK)) {
            Ok(Some(message)) => shared.deliver(LinkKind::WebSocket, &message, outbox),
            Ok(None) => {}
            Err(e) => match e.kind {
                TransportErrorKind::Closed => return Ok(false),
                TransportErrorKind::UnexpectedData(_) => {
                    shared.note(format!("WebSocket: ignored a message: {e}"))
                }
                TransportErrorKind::MessageTooLong { .. } => {
                    // The transport has closed the connection (code 1009).
                    shared.note(format!("WebSocket: refused a message: {e}"));
                    return Ok(false);
                }
                _ => return Err(transport_error(e)),
            },
        }
        Ok(true)
    }

    fn link(&self) -> LinkKind {
        LinkKind::WebSocket
    }

    fn send(&mut self, unit: &[u8]) -> io::Result<()> {
        if self.closed {
            return Err(closed());
        }
        self.transport.send(unit).map_err(transport_error)
    }

    fn close(&mut self) {
        // An abrupt drop, no close handshake: what a lost network looks like.
        self.transport.disconnect();
        self.closed = true;
    }

    fn is_closed(&self) -> bool {
        self.closed
    }
}
