//! A blocking MMS client over any [`Transport`].
//!
//! One I/O thread owns the transport: it sends what callers queue and reads
//! everything the device sends, handing each response to the call waiting for
//! it (matched by reference number and command ID) and everything else
//! (notifications, late responses, dropped bytes) to the [`Events`] receiver.
//! Calls are serialised: the device serves one command at a time.

use core::fmt;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use mms_codec::{Contents, DecodeError, Unknown};
use mms_protocol::envelope::{API_VERSION, START_OF_MESSAGE};
use mms_protocol::{Command, Envelope, MessageInfo, MessageType, PayloadError};

use crate::transport::{Transport, TransportError, TransportErrorKind};

/// Settings for a [`Client`].
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// How long a call waits for its response.
    pub timeout: Duration,
    /// How long a file transfer waits for the data file or the final response.
    pub file_timeout: Duration,
    /// The first message reference number used.
    pub first_reference: u8,
    /// How long the I/O thread waits for input before checking for messages to
    /// send (the latency a send can see).
    pub poll_interval: Duration,
    /// How many events [`Events`] queues before further ones are dropped and
    /// counted ([`Event::Lagged`]); the I/O thread never waits for a reader.
    pub event_capacity: usize,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(5),
            file_timeout: Duration::from_secs(60),
            first_reference: 1,
            poll_interval: Duration::from_millis(5),
            event_capacity: 4096,
        }
    }
}

/// A decoded response: the status bytes, the typed payload, and the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Response<T> {
    /// Response status: summary, then detail group, subgroup and code (manual
    /// table 13). A failure status is still a response, not an error.
    pub status: [u8; 4],
    /// The payload, decoded.
    pub payload: T,
    /// Tag `83` (additional details), if present.
    pub additional: Option<Vec<u8>>,
    /// The reference number the call used.
    pub reference: u8,
    /// The whole response message.
    pub envelope: Envelope,
}

impl<T> Response<T> {
    /// True when the status summary is one of the OK values (below `0x80`).
    pub fn is_ok(&self) -> bool {
        status_is_ok(self.status)
    }
}

/// True for the OK status summaries (`0x00`, `0x01`, `0x40`, `0x41`: below `0x80`).
pub fn status_is_ok(status: [u8; 4]) -> bool {
    status[0] < 0x80
}

/// A response whose payload is left as bytes (from [`Client::call_raw`] and
/// [`Client::send_raw`]).
#[derive(Clone, Debug, PartialEq)]
pub struct RawResponse {
    /// Response status, when the message has one of 4 bytes.
    pub status: Option<[u8; 4]>,
    /// The whole response message.
    pub envelope: Envelope,
}

impl RawResponse {
    /// The payload after its 2-byte command ID.
    pub fn payload_body(&self) -> Option<&[u8]> {
        self.envelope.payload_body()
    }
}

/// Why a call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError {
    /// No response arrived in time. A late response goes to [`Events`].
    Timeout {
        /// The command sent.
        command_id: u16,
        /// Its reference number.
        reference: u8,
        /// How long the call waited.
        waited: Duration,
    },
    /// The transport did not finish sending the request in time (the peer
    /// stopped reading, or the link is far slower than the timeout allows).
    SendStalled {
        /// The command being sent.
        command_id: u16,
        /// Its reference number.
        reference: u8,
        /// How long the call waited.
        waited: Duration,
    },
    /// The connection is gone (closed, unplugged, I/O failure, client closed).
    Disconnected {
        /// What ended it.
        reason: String,
    },
    /// Sending failed without ending the connection (e.g. the message is too long).
    Transport(TransportError),
    /// The device answered that the request is longer than it accepts.
    CapabilityExceeded {
        /// The command sent.
        command_id: u16,
        /// The device's limit.
        max_len: u32,
    },
    /// Bytes given to [`Client::send_raw`] are not an MMS message.
    Decode {
        /// Where (byte offset, tag path) and why.
        error: DecodeError,
    },
    /// The response payload could not be read as the command's response type
    /// (decode offsets count from the start of the response message).
    Payload {
        /// The command.
        command_id: u16,
        /// Where and why.
        error: PayloadError,
    },
    /// A response carried the call's reference number but another command ID.
    UnexpectedResponse {
        /// The reference number.
        reference: u8,
        /// The command sent.
        expected_id: u16,
        /// The command ID in the response.
        found_id: u16,
    },
    /// The device reported a failure and sent no usable payload.
    Status {
        /// The command.
        command_id: u16,
        /// Its status bytes.
        status: [u8; 4],
        /// Tag `83`, if present.
        additional: Option<Vec<u8>>,
    },
    /// A response without a 4-byte status.
    MissingStatus {
        /// The command.
        command_id: u16,
    },
    /// A transferred file does not match what was announced.
    FileCheck {
        /// What differs: `"length"`, `"SHA-256"`, `"file type"` or `"hash type"`.
        what: &'static str,
        /// The announced value (hex for hashes).
        expected: String,
        /// The value found.
        found: String,
    },
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Timeout {
                command_id,
                reference,
                waited,
            } => write!(
                f,
                "no response to command {command_id:04X} (reference {reference:#04x}) within {waited:?}"
            ),
            Self::SendStalled {
                command_id,
                reference,
                waited,
            } => write!(
                f,
                "command {command_id:04X} (reference {reference:#04x}) could not be sent within {waited:?}"
            ),
            Self::Disconnected { reason } => write!(f, "disconnected: {reason}"),
            Self::Transport(e) => write!(f, "{e}"),
            Self::CapabilityExceeded {
                command_id,
                max_len,
            } => write!(
                f,
                "command {command_id:04X} is longer than the device accepts ({max_len} bytes)"
            ),
            Self::Decode { error } => write!(f, "not an MMS message: {error}"),
            Self::Payload { command_id, error } => {
                write!(f, "response to command {command_id:04X}: {error}")
            }
            Self::UnexpectedResponse {
                reference,
                expected_id,
                found_id,
            } => write!(
                f,
                "response with reference {reference:#04x} is for command {found_id:04X}, not {expected_id:04X}"
            ),
            Self::Status {
                command_id,
                status,
                ..
            } => write!(
                f,
                "command {command_id:04X} failed with status {}",
                hex(status)
            ),
            Self::MissingStatus { command_id } => {
                write!(f, "response to command {command_id:04X} has no 4-byte status")
            }
            Self::FileCheck {
                what,
                expected,
                found,
            } => write!(f, "file {what} mismatch: expected {expected}, got {found}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport(e) => Some(e),
            Self::Decode { error } => Some(error),
            Self::Payload { error, .. } => Some(error),
            _ => None,
        }
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02X}");
    }
    s
}

/// Something the device sent that no call was waiting for.
#[derive(Debug)]
#[non_exhaustive]
pub enum Event {
    /// A notification.
    Notification(Envelope),
    /// A response nobody waits for (it came after its call timed out, or its
    /// reference number matches no call).
    UnmatchedResponse(Envelope),
    /// A data file message nobody asked for.
    UnexpectedDataFile(Envelope),
    /// Any other message type (requests from the device are reserved).
    Other(Envelope),
    /// Bytes that are not an MMS message.
    Undecodable {
        /// The message as received.
        bytes: Vec<u8>,
        /// Where and why decoding failed.
        error: DecodeError,
    },
    /// The transport dropped something (bad framing, cancelled message); the
    /// connection goes on.
    Dropped(TransportError),
    /// This many events were dropped because [`Events`] was not read and its
    /// queue ([`ClientOptions::event_capacity`]) was full.
    Lagged(u64),
    /// The connection ended; this is the last event.
    Disconnected(String),
}

/// Receives [`Event`]s; iterating blocks and ends after the connection ends.
#[derive(Debug)]
pub struct Events {
    receiver: mpsc::Receiver<Event>,
    /// Final events that did not fit the queue when the connection ended
    /// (a lag count, the disconnect); handed out after the queue is drained.
    tail: Arc<Mutex<VecDeque<Event>>>,
}

impl Events {
    /// Waits for the next event; `None` once the connection has ended and every
    /// event was taken.
    pub fn recv(&self) -> Option<Event> {
        match self.receiver.recv() {
            Ok(event) => Some(event),
            Err(mpsc::RecvError) => lock(&self.tail).pop_front(),
        }
    }

    /// Waits up to `timeout` for the next event.
    pub fn recv_timeout(&self, timeout: Duration) -> Result<Event, mpsc::RecvTimeoutError> {
        match self.receiver.recv_timeout(timeout) {
            Err(mpsc::RecvTimeoutError::Disconnected) => lock(&self.tail)
                .pop_front()
                .ok_or(mpsc::RecvTimeoutError::Disconnected),
            other => other,
        }
    }

    /// The next event if one is waiting.
    pub fn try_recv(&self) -> Option<Event> {
        match self.receiver.try_recv() {
            Ok(event) => Some(event),
            Err(mpsc::TryRecvError::Empty) => None,
            Err(mpsc::TryRecvError::Disconnected) => lock(&self.tail).pop_front(),
        }
    }
}

impl Iterator for Events {
    type Item = Event;
    fn next(&mut self) -> Option<Event> {
        self.recv()
    }
}

type Reply = mpsc::Sender<Result<Envelope, ClientError>>;

struct ResponseWaiter {
    reference: u8,
    command_id: u16,
    reply: Reply,
}

struct DataFileWaiter {
    command_id: u16,
    reply: Reply,
}

#[derive(Default)]
struct Waiters {
    response: Option<ResponseWaiter>,
    data_file: Option<DataFileWaiter>,
    /// `(received, total)` of the message arriving while a data file is awaited.
    incoming_progress: Option<(usize, usize)>,
    disconnected: Option<String>,
}

struct Outgoing {
    message: Vec<u8>,
    /// Progress `(done, total)` while sending; the final `Err`/`Ok` on `done`.
    progress: Option<mpsc::Sender<(usize, usize)>>,
    done: mpsc::Sender<Result<(), TransportError>>,
}

/// A connection to one device. Methods take `&self`; calls from several threads
/// are queued one at a time.
pub struct Client {
    name: String,
    options: ClientOptions,
    waiters: Arc<Mutex<Waiters>>,
    outgoing: Option<mpsc::Sender<Outgoing>>,
    next_reference: AtomicU8,
    call_lock: Mutex<()>,
    io_thread: Option<JoinHandle<()>>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("transport", &self.name)
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// Proof that the caller holds the call lock (one exchange at a time).
pub(crate) struct CallGuard<'a>(#[allow(dead_code)] MutexGuard<'a, ()>);

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in another thread while holding the lock leaves plain data behind.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Client {
    /// Starts the I/O thread on `transport` with default options.
    pub fn new(transport: impl Transport + 'static) -> (Self, Events) {
        Self::with_options(transport, ClientOptions::default())
    }

    /// Starts the I/O thread on `transport`.
    ///
    /// # Panics
    ///
    /// When the operating system cannot start a thread.
    pub fn with_options(
        transport: impl Transport + 'static,
        options: ClientOptions,
    ) -> (Self, Events) {
        let name = transport.name().to_owned();
        let waiters = Arc::new(Mutex::new(Waiters::default()));
        let (out_tx, out_rx) = mpsc::channel();
        let (event_tx, event_rx) = mpsc::sync_channel(options.event_capacity.max(1));
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let io = IoLoop {
            transport,
            waiters: Arc::clone(&waiters),
            outgoing: out_rx,
            events: event_tx,
            lagged: 0,
            tail: Arc::clone(&tail),
            poll: options.poll_interval.max(Duration::from_millis(1)),
        };
        let io_thread = std::thread::Builder::new()
            .name(format!("mms-io {name}"))
            .spawn(move || io.run())
            .expect("spawning the client I/O thread");
        let client = Self {
            name,
            next_reference: AtomicU8::new(options.first_reference),
            options,
            waiters,
            outgoing: Some(out_tx),
            call_lock: Mutex::new(()),
            io_thread: Some(io_thread),
        };
        (
            client,
            Events {
                receiver: event_rx,
                tail,
            },
        )
    }

    /// The transport's name.
    pub fn transport_name(&self) -> &str {
        &self.name
    }

    /// The options in force.
    pub fn options(&self) -> &ClientOptions {
        &self.options
    }

    /// The reference number the next message will use.
    pub fn peek_reference(&self) -> u8 {
        self.next_reference.load(Ordering::SeqCst)
    }

    /// Sends `request` and waits for its response (default timeout).
    pub fn call<C: Command>(&self, request: &C) -> Result<Response<C::Response>, ClientError> {
        self.call_with_timeout(request, self.options.timeout)
    }

    /// Sends `request` and waits up to `timeout` for its response.
    ///
    /// A failure status comes back as `Ok` with that status when the payload
    /// still decodes (usually: failures have no payload and the response type
    /// has no required items); otherwise as [`ClientError::Status`].
    pub fn call_with_timeout<C: Command>(
        &self,
        request: &C,
        timeout: Duration,
    ) -> Result<Response<C::Response>, ClientError> {
        let guard = self.lock_calls();
        self.call_locked(&guard, request, timeout)
    }

    pub(crate) fn call_locked<C: Command>(
        &self,
        guard: &CallGuard<'_>,
        request: &C,
        timeout: Duration,
    ) -> Result<Response<C::Response>, ClientError> {
        let reference = self.take_reference();
        let message = Envelope::request(reference, request).encode();
        let envelope = self.exchange(guard, message, reference, C::ID, timeout, None)?;
        typed_response::<C::Response>(C::ID, reference, envelope)
    }

    /// Sends a request for command `command_id` with `payload_body` (the TLVs
    /// after the command ID) and returns the response undecoded.
    pub fn call_raw(
        &self,
        command_id: u16,
        payload_body: &[u8],
    ) -> Result<RawResponse, ClientError> {
        let guard = self.lock_calls();
        self.call_raw_locked(&guard, command_id, payload_body, self.options.timeout)
    }

    pub(crate) fn call_raw_locked(
        &self,
        guard: &CallGuard<'_>,
        command_id: u16,
        payload_body: &[u8],
        timeout: Duration,
    ) -> Result<RawResponse, ClientError> {
        let reference = self.take_reference();
        let mut payload = Vec::with_capacity(2 + payload_body.len());
        payload.extend_from_slice(&command_id.to_be_bytes());
        payload.extend_from_slice(payload_body);
        let envelope = Envelope {
            start: START_OF_MESSAGE,
            api_version: API_VERSION,
            info: MessageInfo {
                message_type: MessageType::Request,
                reference,
                id: command_id,
                extra: Vec::new(),
            },
            status: None,
            additional: None,
            payload: Some(payload),
            reserved: None,
            unknown: Unknown::default(),
        };
        let envelope = self.exchange(
            guard,
            envelope.encode(),
            reference,
            command_id,
            timeout,
            None,
        )?;
        Ok(raw_response(envelope))
    }

    /// Sends a whole message as given (e.g. replayed from a capture) after
    /// giving it the next reference number. For a request or a host data file,
    /// waits for the response with that reference number and command ID and
    /// returns it; other messages are only sent (`Ok(None)`).
    pub fn send_raw(&self, message: &[u8]) -> Result<Option<RawResponse>, ClientError> {
        let mut envelope =
            Envelope::decode(message).map_err(|error| ClientError::Decode { error })?;
        let guard = self.lock_calls();
        let reference = self.take_reference();
        envelope.info.reference = reference;
        let command_id = envelope.info.id;
        let bytes = envelope.encode();
        match envelope.info.message_type {
            MessageType::Request | MessageType::DataFileToDevice => {
                let timeout = self.options.timeout;
                let response =
                    self.exchange(&guard, bytes, reference, command_id, timeout, None)?;
                Ok(Some(raw_response(response)))
            }
            _ => {
                self.send_message(bytes, None, (command_id, reference), self.options.timeout)?;
                Ok(None)
            }
        }
    }

    /// Takes the call lock: one exchange with the device at a time.
    pub(crate) fn lock_calls(&self) -> CallGuard<'_> {
        CallGuard(lock(&self.call_lock))
    }

    /// The next reference number (all 256 values in turn, wrapping).
    pub(crate) fn take_reference(&self) -> u8 {
        self.next_reference.fetch_add(1, Ordering::SeqCst)
    }

    /// Registers a waiter for the response `(reference, command_id)`, sends
    /// `message` and waits for the response.
    pub(crate) fn exchange(
        &self,
        _guard: &CallGuard<'_>,
        message: Vec<u8>,
        reference: u8,
        command_id: u16,
        timeout: Duration,
        progress: Option<&mut dyn FnMut(usize, usize)>,
    ) -> Result<Envelope, ClientError> {
        let (reply, answer) = mpsc::channel();
        {
            let mut waiters = lock(&self.waiters);
            if let Some(reason) = &waiters.disconnected {
                return Err(ClientError::Disconnected {
                    reason: reason.clone(),
                });
            }
            waiters.response = Some(ResponseWaiter {
                reference,
                command_id,
                reply,
            });
        }
        if let Err(e) = self.send_message(message, progress, (command_id, reference), timeout) {
            self.clear_response_waiter(reference, command_id);
            return Err(e);
        }
        match answer.recv_timeout(timeout) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                self.clear_response_waiter(reference, command_id);
                // The response may have slipped in between the timeout and the clear.
                match answer.try_recv() {
                    Ok(result) => result,
                    Err(_) => Err(ClientError::Timeout {
                        command_id,
                        reference,
                        waited: timeout,
                    }),
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(self.disconnected_error()),
        }
    }

    /// Registers a waiter for the next data file message the device sends for
    /// `command_id`; register it before sending the command that triggers it.
    pub(crate) fn expect_data_file(
        &self,
        command_id: u16,
    ) -> Result<mpsc::Receiver<Result<Envelope, ClientError>>, ClientError> {
        let (reply, answer) = mpsc::channel();
        let mut waiters = lock(&self.waiters);
        if let Some(reason) = &waiters.disconnected {
            return Err(ClientError::Disconnected {
                reason: reason.clone(),
            });
        }
        waiters.data_file = Some(DataFileWaiter { command_id, reply });
        waiters.incoming_progress = None;
        Ok(answer)
    }

    /// Waits for a data file registered with [`Self::expect_data_file`],
    /// calling `progress(received, total)` (message bytes) while it arrives.
    pub(crate) fn wait_data_file(
        &self,
        answer: &mpsc::Receiver<Result<Envelope, ClientError>>,
        command_id: u16,
        timeout: Duration,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Envelope, ClientError> {
        let deadline = std::time::Instant::now() + timeout;
        let mut last = None;
        let result = loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match answer.recv_timeout(left.min(Duration::from_millis(50))) {
                Ok(result) => break result,
                Err(mpsc::RecvTimeoutError::Timeout) if left.is_zero() => {
                    break Err(ClientError::Timeout {
                        command_id,
                        reference: 0,
                        waited: timeout,
                    })
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let now = lock(&self.waiters).incoming_progress;
                    if let Some((done, total)) = now.filter(|p| Some(*p) != last) {
                        progress(done, total);
                        last = now;
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break Err(self.disconnected_error()),
            }
        };
        self.clear_data_file_waiter();
        result
    }

    pub(crate) fn clear_data_file_waiter(&self) {
        let mut waiters = lock(&self.waiters);
        waiters.data_file = None;
        waiters.incoming_progress = None;
    }

    fn clear_response_waiter(&self, reference: u8, command_id: u16) {
        let mut waiters = lock(&self.waiters);
        if waiters
            .response
            .as_ref()
            .is_some_and(|w| w.reference == reference && w.command_id == command_id)
        {
            waiters.response = None;
        }
    }

    fn disconnected_error(&self) -> ClientError {
        let reason = lock(&self.waiters)
            .disconnected
            .clone()
            .unwrap_or_else(|| "the I/O thread stopped".to_owned());
        ClientError::Disconnected { reason }
    }

    /// Hands `message` to the I/O thread and waits until it is sent.
    /// Gives up after `timeout` with [`ClientError::SendStalled`] (a peer that
    /// stopped reading must not hang the caller).
    pub(crate) fn send_message(
        &self,
        message: Vec<u8>,
        progress: Option<&mut dyn FnMut(usize, usize)>,
        (command_id, reference): (u16, u8),
        timeout: Duration,
    ) -> Result<(), ClientError> {
        let deadline = std::time::Instant::now() + timeout;
        let left = || deadline.saturating_duration_since(std::time::Instant::now());
        let stalled = || ClientError::SendStalled {
            command_id,
            reference,
            waited: timeout,
        };
        let (done_tx, done_rx) = mpsc::channel();
        let (progress_tx, progress_rx) = match progress {
            Some(_) => {
                let (tx, rx) = mpsc::channel();
                (Some(tx), Some(rx))
            }
            None => (None, None),
        };
        let outgoing = Outgoing {
            message,
            progress: progress_tx,
            done: done_tx,
        };
        let sent = self
            .outgoing
            .as_ref()
            .is_some_and(|tx| tx.send(outgoing).is_ok());
        if !sent {
            return Err(self.disconnected_error());
        }
        if let (Some(callback), Some(rx)) = (progress, progress_rx) {
            // The sender side closes when sending ends.
            loop {
                match rx.recv_timeout(left()) {
                    Ok((done, total)) => callback(done, total),
                    Err(mpsc::RecvTimeoutError::Disconnected) => break,
                    Err(mpsc::RecvTimeoutError::Timeout) => return Err(stalled()),
                }
            }
        }
        match done_rx.recv_timeout(left()) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) if e.is_fatal() => Err(ClientError::Disconnected {
                reason: e.to_string(),
            }),
            Ok(Err(e)) => Err(ClientError::Transport(e)),
            Err(mpsc::RecvTimeoutError::Timeout) => Err(stalled()),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(self.disconnected_error()),
        }
    }

    /// Stops the I/O thread and closes the transport. Pending calls and the
    /// [`Events`] receiver see the disconnect.
    pub fn close(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        // Dropping the queue tells the I/O thread to stop.
        self.outgoing = None;
        if let Some(thread) = self.io_thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn raw_response(envelope: Envelope) -> RawResponse {
    let status = envelope
        .status
        .as_deref()
        .and_then(|s| <[u8; 4]>::try_from(s).ok());
    RawResponse { status, envelope }
}

fn typed_response<T: Contents>(
    command_id: u16,
    reference: u8,
    envelope: Envelope,
) -> Result<Response<T>, ClientError> {
    let status = envelope
        .status
        .as_deref()
        .and_then(|s| <[u8; 4]>::try_from(s).ok())
        .ok_or(ClientError::MissingStatus { command_id })?;
    match envelope.decode_payload::<T>(command_id) {
        Ok(payload) => Ok(Response {
            status,
            payload,
            additional: envelope.additional.clone(),
            reference,
            envelope,
        }),
        Err(_) if !status_is_ok(status) => Err(ClientError::Status {
            command_id,
            status,
            additional: envelope.additional,
        }),
        Err(error) => Err(ClientError::Payload { command_id, error }),
    }
}

/// The I/O thread: owns the transport.
struct IoLoop<T> {
    transport: T,
    waiters: Arc<Mutex<Waiters>>,
    outgoing: mpsc::Receiver<Outgoing>,
    events: mpsc::SyncSender<Event>,
    /// Events dropped because nobody read [`Events`]; reported as `Lagged`.
    lagged: u64,
    /// Where the last events go when the queue is full at the end.
    tail: Arc<Mutex<VecDeque<Event>>>,
    poll: Duration,
}

impl<T: Transport> IoLoop<T> {
    fn run(mut self) {
        let reason = self.serve();
        let mut waiters = lock(&self.waiters);
        waiters.disconnected = Some(reason.clone());
        let disconnected = || ClientError::Disconnected {
            reason: reason.clone(),
        };
        if let Some(w) = waiters.response.take() {
            let _ = w.reply.send(Err(disconnected()));
        }
        if let Some(w) = waiters.data_file.take() {
            let _ = w.reply.send(Err(disconnected()));
        }
        drop(waiters);
        // Never block here (a reader that stopped reading would hang `Drop`):
        // what does not fit goes to the tail, read after the queue.
        let tail = Arc::clone(&self.tail);
        let mut tail = lock(&tail);
        if !self.flush_lagged() {
            tail.push_back(Event::Lagged(self.lagged));
        }
        let last = Event::Disconnected(reason);
        if let Err(mpsc::TrySendError::Full(last)) = self.events.try_send(last) {
            tail.push_back(last);
        }
        // Callers still queued get "disconnected" when `outgoing` drops here.
    }

    /// Runs until the connection ends; returns why.
    fn serve(&mut self) -> String {
        loop {
            loop {
                match self.outgoing.try_recv() {
                    Ok(out) => {
                        let result = match &out.progress {
                            Some(tx) => self.transport.send_with_progress(
                                &out.message,
                                &mut |done, total| {
                                    let _ = tx.send((done, total));
                                },
                            ),
                            None => self.transport.send(&out.message),
                        };
                        drop(out.progress);
                        let fatal = result
                            .as_ref()
                            .err()
                            .filter(|e| e.is_fatal())
                            .map(|e| e.to_string());
                        let _ = out.done.send(result);
                        if let Some(reason) = fatal {
                            return reason;
                        }
                    }
                    Err(mpsc::TryRecvError::Empty) => break,
                    Err(mpsc::TryRecvError::Disconnected) => return "client closed".to_owned(),
                }
            }
            let received = self.transport.receive(Some(self.poll));
            // Deliver a pending lag count as soon as the reader made room.
            self.flush_lagged();
            if let Some(progress) = self.transport.receive_progress() {
                let mut waiters = lock(&self.waiters);
                if waiters.data_file.is_some() {
                    waiters.incoming_progress = Some(progress);
                }
            }
            match received {
                Ok(None) => {}
                Ok(Some(bytes)) => self.route(bytes),
                Err(e) if e.is_fatal() => return e.to_string(),
                Err(e) => self.route_dropped(e),
            }
        }
    }

    fn route(&mut self, bytes: Vec<u8>) {
        let envelope = match Envelope::decode(&bytes) {
            Ok(envelope) => envelope,
            Err(error) => {
                self.emit(Event::Undecodable { bytes, error });
                return;
            }
        };
        let info = &envelope.info;
        let event = match info.message_type {
            MessageType::Response => {
                let mut waiters = lock(&self.waiters);
                match &waiters.response {
                    Some(w) if w.reference == info.reference => {
                        let w = waiters.response.take().expect("checked above");
                        let result = if w.command_id == info.id {
                            Ok(envelope)
                        } else {
                            Err(ClientError::UnexpectedResponse {
                                reference: w.reference,
                                expected_id: w.command_id,
                                found_id: info.id,
                            })
                        };
                        let _ = w.reply.send(result);
                        return;
                    }
                    _ => Event::UnmatchedResponse(envelope),
                }
            }
            MessageType::Notification => Event::Notification(envelope),
            MessageType::DataFileFromDevice => {
                let mut waiters = lock(&self.waiters);
                match &waiters.data_file {
                    Some(w) if w.command_id == info.id => {
                        let w = waiters.data_file.take().expect("checked above");
                        let _ = w.reply.send(Ok(envelope));
                        return;
                    }
                    _ => Event::UnexpectedDataFile(envelope),
                }
            }
            _ => Event::Other(envelope),
        };
        self.emit(event);
    }

    /// Queues an event without ever blocking the I/O thread: when the queue is
    /// full the event is counted, and the count is delivered as
    /// [`Event::Lagged`] once there is room.
    fn emit(&mut self, event: Event) {
        if !self.flush_lagged() {
            self.lagged += 1;
            return;
        }
        if let Err(mpsc::TrySendError::Full(_)) = self.events.try_send(event) {
            self.lagged += 1;
        }
    }

    /// Tries to deliver the lag count; true when nothing is pending any more.
    fn flush_lagged(&mut self) -> bool {
        if self.lagged == 0 {
            return true;
        }
        match self.events.try_send(Event::Lagged(self.lagged)) {
            Ok(()) | Err(mpsc::TrySendError::Disconnected(_)) => {
                self.lagged = 0;
                true
            }
            Err(mpsc::TrySendError::Full(_)) => false,
        }
    }

    fn route_dropped(&mut self, error: TransportError) {
        if let TransportErrorKind::CapabilityExceeded { max_len } = error.kind {
            let mut waiters = lock(&self.waiters);
            if let Some(w) = waiters.response.take() {
                let _ = w.reply.send(Err(ClientError::CapabilityExceeded {
                    command_id: w.command_id,
                    max_len,
                }));
                return;
            }
        }
        self.emit(Event::Dropped(error));
    }
}
