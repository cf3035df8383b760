//! The blocking MMS client: a thin driver over the protocol [`Core`].
//!
//! One I/O thread owns the transport: it sends what callers queue, feeds
//! everything received to the core, and hands the core's outputs on (a result
//! to the waiting call, an event to every [`Events`] subscriber). Calls are
//! serialised: the device serves one command at a time.
//!
//! A client built with [`Client::connect_with`] keeps a connector: when the
//! link drops, the pending call fails with [`ClientError::Disconnected`],
//! [`Events`] reports [`Event::Disconnected`], and the next call re-opens the
//! link through the connector ([`Event::Reconnected`]).

use core::fmt;
use std::collections::{HashMap, VecDeque};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use mms_protocol::{Command, Envelope, MessageType};

use crate::core::{raw_request, typed_response, CallId, Core, Output};
pub use crate::core::{status_is_ok, ClientOptions, RawResponse, Response};
pub use crate::error::ClientError;
pub use crate::event::Event;
use crate::transport::{Transport, TransportError};

/// Opens the link again after a disconnect; see [`Client::connect_with`].
pub type Connector = Box<dyn FnMut() -> Result<Box<dyn Transport>, TransportError> + Send>;

type Reply = mpsc::Sender<Result<Envelope, ClientError>>;

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic in another thread while holding the lock leaves plain data behind.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// Receives [`Event`]s; iterating blocks and ends after the connection ends
/// (with a connector: after the client is closed or dropped).
///
/// Every subscriber gets every event: [`Events::subscribe`] (or `clone`) adds
/// one that receives the events from then on, with its own queue and its own
/// [`Event::Lagged`] count.
#[derive(Debug)]
pub struct Events {
    receiver: mpsc::Receiver<Event>,
    /// Final events that did not fit the queue when the connection ended.
    tail: Arc<Mutex<VecDeque<Event>>>,
    hub: Arc<Hub>,
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

    /// Another subscriber: it receives every event from now on.
    pub fn subscribe(&self) -> Events {
        self.hub.subscribe()
    }
}

impl Clone for Events {
    /// A new subscriber (see [`Events::subscribe`]), not a copy of the queue.
    fn clone(&self) -> Self {
        self.subscribe()
    }
}

impl Iterator for Events {
    type Item = Event;
    fn next(&mut self) -> Option<Event> {
        self.recv()
    }
}

/// Hands each event to every subscriber without ever blocking the I/O thread.
#[derive(Debug)]
struct Hub {
    capacity: usize,
    state: Mutex<HubState>,
}

#[derive(Debug, Default)]
struct HubState {
    subscribers: Vec<Subscriber>,
    /// Set once the connection has ended for good (the last event).
    ended: Option<String>,
}

#[derive(Debug)]
struct Subscriber {
    sender: mpsc::SyncSender<Event>,
    /// Events dropped because this subscriber's queue was full.
    lagged: u64,
    tail: Arc<Mutex<VecDeque<Event>>>,
}

impl Subscriber {
    /// Tries to deliver the lag count; true when nothing is pending any more.
    fn flush_lagged(&mut self) -> bool {
        if self.lagged == 0 {
            return true;
        }
        match self.sender.try_send(Event::Lagged(self.lagged)) {
            Ok(()) | Err(mpsc::TrySendError::Disconnected(_)) => {
                self.lagged = 0;
                true
            }
            Err(mpsc::TrySendError::Full(_)) => false,
        }
    }

    /// False once the receiver is gone.
    fn offer(&mut self, event: Event) -> bool {
        if !self.flush_lagged() {
            self.lagged += 1;
            return true;
        }
        match self.sender.try_send(event) {
            Ok(()) => true,
            Err(mpsc::TrySendError::Full(_)) => {
                self.lagged += 1;
                true
            }
            Err(mpsc::TrySendError::Disconnected(_)) => false,
        }
    }
}

impl Hub {
    fn new(capacity: usize) -> Arc<Self> {
        Arc::new(Self {
            capacity: capacity.max(1),
            state: Mutex::new(HubState::default()),
        })
    }

    fn subscribe(self: &Arc<Self>) -> Events {
        let (sender, receiver) = mpsc::sync_channel(self.capacity);
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let mut state = lock(&self.state);
        match &state.ended {
            Some(reason) => lock(&tail).push_back(Event::Disconnected(reason.clone())),
            None => state.subscribers.push(Subscriber {
                sender,
                lagged: 0,
                tail: Arc::clone(&tail),
            }),
        }
        Events {
            receiver,
            tail,
            hub: Arc::clone(self),
        }
    }

    fn emit(&self, event: Event) {
        let mut state = lock(&self.state);
        state.subscribers.retain_mut(|s| s.offer(event.clone()));
    }

    /// Delivers pending lag counts as soon as readers made room.
    fn flush(&self) {
        for s in &mut lock(&self.state).subscribers {
            s.flush_lagged();
        }
    }

    /// The last event: what does not fit a queue goes to its tail, read
    /// after the queue, and the queues end.
    fn finish(&self, reason: String) {
        let mut state = lock(&self.state);
        for mut s in state.subscribers.drain(..) {
            let tail = Arc::clone(&s.tail);
            let mut tail = lock(&tail);
            if !s.flush_lagged() {
                tail.push_back(Event::Lagged(s.lagged));
            }
            let last = Event::Disconnected(reason.clone());
            if let Err(mpsc::TrySendError::Full(last)) = s.sender.try_send(last) {
                tail.push_back(last);
            }
        }
        state.ended = Some(reason);
    }
}

/// What the caller threads and the I/O thread share.
struct Shared {
    core: Core,
    replies: HashMap<CallId, Reply>,
    /// `(received, total)` of the message arriving while a data file is awaited.
    incoming_progress: Option<(usize, usize)>,
    /// Set once the I/O thread has stopped for good.
    disconnected: Option<String>,
    /// Counts the links that dropped (with a connector). A message queued
    /// for an older link is never sent on a newer one: its call already
    /// failed with the disconnect.
    generation: u64,
    /// Why the last link dropped (for messages queued before it did).
    last_disconnect: Option<String>,
}

impl Shared {
    /// Hands the core's outputs on: results to their calls, events to the hub.
    fn dispatch(&mut self, hub: &Hub) {
        while let Some(output) = self.core.poll_output() {
            match output {
                Output::Done { call, result } => {
                    if let Some(reply) = self.replies.remove(&call) {
                        let _ = reply.send(result);
                    }
                }
                Output::Event(event) => hub.emit(event),
            }
        }
    }

    fn register(
        &mut self,
        call: CallId,
    ) -> Result<mpsc::Receiver<Result<Envelope, ClientError>>, ClientError> {
        if let Some(reason) = &self.disconnected {
            self.core.cancel(call);
            return Err(ClientError::Disconnected {
                reason: reason.clone(),
            });
        }
        let (reply, answer) = mpsc::channel();
        self.replies.insert(call, reply);
        Ok(answer)
    }
}

struct Outgoing {
    message: Vec<u8>,
    /// Progress `(done, total)` while sending; the final `Err`/`Ok` on `done`.
    progress: Option<mpsc::Sender<(usize, usize)>>,
    done: mpsc::Sender<Result<(), ClientError>>,
    /// [`Shared::generation`] when the call registered.
    generation: u64,
    /// When the caller stops waiting; not sent after that.
    deadline: Instant,
    command_id: u16,
    reference: u8,
    waited: Duration,
}

impl Outgoing {
    fn stalled(&self) -> ClientError {
        ClientError::SendStalled {
            command_id: self.command_id,
            reference: self.reference,
            waited: self.waited,
        }
    }
}

/// A connection to one device. Methods take `&self`; calls from several threads
/// are queued one at a time.
pub struct Client {
    name: String,
    options: ClientOptions,
    /// Whether a connector re-opens the link after a disconnect.
    reconnects: bool,
    shared: Arc<Mutex<Shared>>,
    hub: Arc<Hub>,
    outgoing: Option<mpsc::Sender<Outgoing>>,
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
        Self::start(Box::new(transport), None, options)
    }

    /// Opens the link with `connector` and starts the I/O thread; the
    /// connector is called again whenever a call finds the link dropped.
    ///
    /// After a disconnect the pending call (and a pending file transfer)
    /// fails with [`ClientError::Disconnected`] and [`Events`] reports
    /// [`Event::Disconnected`] without ending. The next call re-opens the
    /// link (up to [`ClientOptions::reconnect_attempts`] tries,
    /// [`ClientOptions::reconnect_delay`] apart, within the call's timeout),
    /// [`Events`] reports [`Event::Reconnected`], and the call goes on; when
    /// every try fails the call returns [`ClientError::Reconnect`] and the
    /// call after it tries again. Nothing is re-opened while no call is made.
    ///
    /// Returns the connector's error when the first open fails.
    ///
    /// # Panics
    ///
    /// When the operating system cannot start a thread.
    pub fn connect_with<F, T>(
        mut connector: F,
        options: ClientOptions,
    ) -> Result<(Self, Events), TransportError>
    where
        F: FnMut() -> Result<T, TransportError> + Send + 'static,
        T: Transport + 'static,
    {
        let transport = connector()?;
        let connector: Connector =
            Box::new(move || connector().map(|t| Box::new(t) as Box<dyn Transport>));
        Ok(Self::start(Box::new(transport), Some(connector), options))
    }

    fn start(
        transport: Box<dyn Transport>,
        connector: Option<Connector>,
        options: ClientOptions,
    ) -> (Self, Events) {
        let name = transport.name().to_owned();
        let reconnects = connector.is_some();
        let shared = Arc::new(Mutex::new(Shared {
            core: Core::new(options.first_reference),
            replies: HashMap::new(),
            incoming_progress: None,
            disconnected: None,
            generation: 0,
            last_disconnect: None,
        }));
        let hub = Hub::new(options.event_capacity);
        let events = hub.subscribe();
        let (out_tx, out_rx) = mpsc::channel();
        let io = IoLoop {
            connector,
            options: options.clone(),
            shared: Arc::clone(&shared),
            hub: Arc::clone(&hub),
            outgoing: out_rx,
        };
        let io_thread = std::thread::Builder::new()
            .name(format!("mms-io {name}"))
            .spawn(move || io.run(transport))
            .expect("spawning the client I/O thread");
        let client = Self {
            name,
            options,
            reconnects,
            shared,
            hub,
            outgoing: Some(out_tx),
            call_lock: Mutex::new(()),
            io_thread: Some(io_thread),
        };
        (client, events)
    }

    /// The transport's name.
    pub fn transport_name(&self) -> &str {
        &self.name
    }

    /// The options in force.
    pub fn options(&self) -> &ClientOptions {
        &self.options
    }

    /// Whether the client re-opens a dropped link (built with [`Client::connect_with`]).
    pub fn reconnects(&self) -> bool {
        self.reconnects
    }

    /// Another [`Events`] subscriber: it receives every event from now on.
    pub fn subscribe(&self) -> Events {
        self.hub.subscribe()
    }

    /// The reference number the next message will use.
    pub fn peek_reference(&self) -> u8 {
        lock(&self.shared).core.peek_reference()
    }

    /// Sends `request` and waits for its response (default timeout).
    pub fn call<C: Command>(&self, request: &C) -> Result<Response<C::Response>, ClientError> {
        self.call_with_timeout(request, self.options.timeout)
    }

    /// Sends `request` and waits up to `timeout` (sending included) for its
    /// response. A failure status is [`ClientError::Status`], for every command.
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
        typed_response::<C::Response>(C::ID, envelope)
    }

    /// Sends a request for command `command_id` with `payload_body` (the TLVs
    /// after the command ID) and returns the response undecoded.
    pub fn call_raw(
        &self,
        command_id: u16,
        payload_body: &[u8],
    ) -> Result<RawResponse, ClientError> {
        let guard = self.lock_calls();
        let reference = self.take_reference();
        let message = raw_request(reference, command_id, payload_body).encode();
        let timeout = self.options.timeout;
        let envelope = self.exchange(&guard, message, reference, command_id, timeout, None)?;
        Ok(RawResponse::new(envelope))
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
        let timeout = self.options.timeout;
        match envelope.info.message_type {
            MessageType::Request | MessageType::DataFileToDevice => {
                let response =
                    self.exchange(&guard, bytes, reference, command_id, timeout, None)?;
                Ok(Some(RawResponse::new(response)))
            }
            _ => {
                let generation = lock(&self.shared).generation;
                let deadline = Instant::now() + timeout;
                let key = (command_id, reference);
                self.send_message(bytes, None, key, deadline, generation)?;
                Ok(None)
            }
        }
    }

    /// Takes the call lock: one exchange with the device at a time.
    pub(crate) fn lock_calls(&self) -> CallGuard<'_> {
        CallGuard(lock(&self.call_lock))
    }

    /// The next reference number (1 to 255 in turn, wrapping).
    pub(crate) fn take_reference(&self) -> u8 {
        lock(&self.shared).core.take_reference()
    }

    /// Registers a wait for the response `(reference, command_id)`, sends
    /// `message` and waits for the response: all within `timeout` from now.
    pub(crate) fn exchange(
        &self,
        _guard: &CallGuard<'_>,
        message: Vec<u8>,
        reference: u8,
        command_id: u16,
        timeout: Duration,
        progress: Option<&mut dyn FnMut(usize, usize)>,
    ) -> Result<Envelope, ClientError> {
        let now = Instant::now();
        let deadline = now + timeout;
        let (call, answer, generation) = {
            let mut shared = lock(&self.shared);
            let call = shared
                .core
                .expect_response(reference, command_id, now, deadline);
            (call, shared.register(call)?, shared.generation)
        };
        let key = (command_id, reference);
        if let Err(e) = self.send_message(message, progress, key, deadline, generation) {
            self.forget(call);
            return Err(e);
        }
        self.wait(call, &answer, deadline)
    }

    /// Waits for the result of `call` until `deadline`; past it, the core says
    /// why the call failed (a timeout, or a response with a wrong reference).
    fn wait(
        &self,
        call: CallId,
        answer: &mpsc::Receiver<Result<Envelope, ClientError>>,
        deadline: Instant,
    ) -> Result<Envelope, ClientError> {
        match answer.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                let expired = {
                    let mut shared = lock(&self.shared);
                    shared.replies.remove(&call);
                    shared.core.expire(call)
                };
                match expired {
                    Some(error) => Err(error),
                    // The result slipped in before the lock.
                    None => answer
                        .try_recv()
                        .unwrap_or_else(|_| Err(self.disconnected_error())),
                }
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(self.disconnected_error()),
        }
    }

    /// Gives up `call`: what comes for it later goes to the events.
    pub(crate) fn forget(&self, call: CallId) {
        let mut shared = lock(&self.shared);
        shared.core.cancel(call);
        shared.replies.remove(&call);
    }

    /// Registers a wait, until `deadline`, for the next data file message the
    /// device sends for `command_id`; register it before sending the command
    /// that triggers it.
    pub(crate) fn expect_data_file(
        &self,
        command_id: u16,
        deadline: Instant,
    ) -> Result<(CallId, mpsc::Receiver<Result<Envelope, ClientError>>), ClientError> {
        let mut shared = lock(&self.shared);
        let call = shared
            .core
            .expect_data_file(command_id, Instant::now(), deadline);
        shared.incoming_progress = None;
        Ok((call, shared.register(call)?))
    }

    /// Waits for a data file registered with [`Self::expect_data_file`],
    /// calling `progress(received, total)` (message bytes) while it arrives.
    pub(crate) fn wait_data_file(
        &self,
        (call, answer): (CallId, mpsc::Receiver<Result<Envelope, ClientError>>),
        deadline: Instant,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Envelope, ClientError> {
        let mut last = None;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return self.wait(call, &answer, deadline);
            }
            match answer.recv_timeout(left.min(Duration::from_millis(50))) {
                Ok(result) => return result,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let now = lock(&self.shared).incoming_progress;
                    if let Some((done, total)) = now.filter(|p| Some(*p) != last) {
                        progress(done, total);
                        last = now;
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(self.disconnected_error()),
            }
        }
    }

    fn disconnected_error(&self) -> ClientError {
        let reason = lock(&self.shared)
            .disconnected
            .clone()
            .unwrap_or_else(|| "the I/O thread stopped".to_owned());
        ClientError::Disconnected { reason }
    }

    /// Hands `message` to the I/O thread and waits until it is sent.
    /// Gives up at `deadline` with [`ClientError::SendStalled`] (a peer that
    /// stopped reading must not hang the caller).
    pub(crate) fn send_message(
        &self,
        message: Vec<u8>,
        progress: Option<&mut dyn FnMut(usize, usize)>,
        (command_id, reference): (u16, u8),
        deadline: Instant,
        generation: u64,
    ) -> Result<(), ClientError> {
        let left = || deadline.saturating_duration_since(Instant::now());
        let waited = left();
        let stalled = || ClientError::SendStalled {
            command_id,
            reference,
            waited,
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
            generation,
            deadline,
            command_id,
            reference,
            waited,
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
            Ok(result) => result,
            Err(mpsc::RecvTimeoutError::Timeout) => Err(stalled()),
            Err(mpsc::RecvTimeoutError::Disconnected) => Err(self.disconnected_error()),
        }
    }

    /// Stops the I/O thread and closes the transport. Pending calls and the
    /// [`Events`] subscribers see the disconnect.
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

/// The I/O thread: owns the transport (and the connector that re-opens it).
struct IoLoop {
    connector: Option<Connector>,
    options: ClientOptions,
    shared: Arc<Mutex<Shared>>,
    hub: Arc<Hub>,
    outgoing: mpsc::Receiver<Outgoing>,
}

/// Why [`IoLoop::serve`] returned.
enum Ended {
    /// The client was closed or dropped.
    Closed,
    /// The link dropped (why).
    Lost(String),
}

impl IoLoop {
    fn run(mut self, mut transport: Box<dyn Transport>) {
        let mut first = None;
        let reason = loop {
            let reason = match self.serve(transport.as_mut(), first.take()) {
                Ended::Closed => break "client closed".to_owned(),
                Ended::Lost(reason) => reason,
            };
            if self.connector.is_none() {
                break reason;
            }
            drop(transport);
            self.fail_pending(&reason, false);
            self.hub.emit(Event::Disconnected(reason));
            match self.reopen() {
                Some((reopened, out)) => {
                    transport = reopened;
                    first = Some(out);
                }
                None => break "client closed".to_owned(),
            }
        };
        self.fail_pending(&reason, true);
        self.hub.finish(reason);
        // Callers still queued get "disconnected" when `outgoing` drops here.
    }

    /// Fails the pending call and file wait with `reason`; `for_good` when the
    /// I/O thread stops, otherwise the link's generation ends.
    fn fail_pending(&self, reason: &str, for_good: bool) {
        let mut shared = lock(&self.shared);
        if for_good {
            shared.disconnected = Some(reason.to_owned());
        } else {
            shared.generation += 1;
            shared.last_disconnect = Some(reason.to_owned());
        }
        shared.core.handle_link_lost(reason);
        shared.incoming_progress = None;
        shared.dispatch(&self.hub);
    }

    /// With the link down: waits (blocking, no polling) for the next message
    /// to send and re-opens the link for it. Messages of calls that already
    /// failed are refused, and a failed re-open fails only that call.
    /// `None` once the client is closed.
    fn reopen(&mut self) -> Option<(Box<dyn Transport>, Outgoing)> {
        loop {
            let out = self.outgoing.recv().ok()?;
            let Some(out) = self.refuse_if_stale(out) else {
                continue;
            };
            match self.connect(out.deadline) {
                Ok(transport) => {
                    let name = transport.name().to_owned();
                    self.hub.emit(Event::Reconnected { transport: name });
                    return Some((transport, out));
                }
                Err(error) => {
                    let _ = out.done.send(Err(error));
                }
            }
        }
    }

    /// Calls the connector up to `reconnect_attempts` times, stopping early
    /// when the next pause would pass `deadline`.
    fn connect(&mut self, deadline: Instant) -> Result<Box<dyn Transport>, ClientError> {
        let connector = self.connector.as_mut().ok_or(ClientError::Disconnected {
            reason: "no connector".to_owned(),
        })?;
        let delay = self.options.reconnect_delay;
        let mut attempts = 0;
        loop {
            attempts += 1;
            let error = match connector() {
                Ok(transport) => return Ok(transport),
                Err(error) => error,
            };
            let out_of_time = Instant::now() + delay >= deadline;
            if attempts >= self.options.reconnect_attempts.max(1) || out_of_time {
                return Err(ClientError::Reconnect { attempts, error });
            }
            std::thread::sleep(delay);
        }
    }

    /// `Some(out)` when `out` may still be sent; otherwise answers its caller
    /// (the link it was queued for dropped, or the caller gave up) and `None`.
    fn refuse_if_stale(&self, out: Outgoing) -> Option<Outgoing> {
        let shared = lock(&self.shared);
        if out.generation != shared.generation {
            let reason = shared.last_disconnect.clone().unwrap_or_default();
            let _ = out.done.send(Err(ClientError::Disconnected { reason }));
            return None;
        }
        drop(shared);
        if Instant::now() >= out.deadline {
            let _ = out.done.send(Err(out.stalled()));
            return None;
        }
        Some(out)
    }

    /// Why a fatal transport error ended the link, as calls and events see it.
    fn lost(&self, error: &TransportError) -> String {
        match self.connector {
            Some(_) => format!("{error} (the next call reconnects)"),
            None => error.to_string(),
        }
    }

    /// Sends one queued message; `Some(reason)` when that ended the link.
    fn send(&mut self, transport: &mut dyn Transport, out: Outgoing) -> Option<String> {
        let out = self.refuse_if_stale(out)?;
        let result = match &out.progress {
            Some(tx) => transport.send_with_progress(&out.message, &mut |done, total| {
                let _ = tx.send((done, total));
            }),
            None => transport.send(&out.message),
        };
        drop(out.progress);
        match result {
            Ok(()) => {
                let _ = out.done.send(Ok(()));
                None
            }
            Err(e) if e.is_fatal() => {
                let reason = self.lost(&e);
                let _ = out.done.send(Err(ClientError::Disconnected {
                    reason: reason.clone(),
                }));
                Some(reason)
            }
            Err(e) => {
                let _ = out.done.send(Err(ClientError::Transport(e)));
                None
            }
        }
    }

    /// Feeds one receive result to the core and hands its outputs on.
    fn handle(
        &self,
        received: Result<Option<Vec<u8>>, TransportError>,
        progress: Option<(usize, usize)>,
    ) {
        let mut shared = lock(&self.shared);
        if shared.core.awaits_data_file() && progress.is_some() {
            shared.incoming_progress = progress;
        }
        match received {
            Ok(None) => {}
            Ok(Some(bytes)) => shared.core.handle_message(bytes, Instant::now()),
            Err(e) => shared.core.handle_dropped(e),
        }
        shared.core.handle_timeout(Instant::now());
        shared.dispatch(&self.hub);
    }

    /// Runs until the link ends; `first` is sent before anything else.
    fn serve(&mut self, transport: &mut dyn Transport, first: Option<Outgoing>) -> Ended {
        // What the device sent before this link was ours answers no call.
        lock(&self.shared)
            .core
            .link_opened(Instant::now(), self.options.drain_on_open);
        loop {
            let now = Instant::now();
            let Some(end) = lock(&self.shared).core.drain_deadline(now) else {
                break;
            };
            match transport.receive(Some(end - now)) {
                Err(e) if e.is_fatal() => return Ended::Lost(self.lost(&e)),
                received => self.handle(received, None),
            }
        }
        if let Some(reason) = first.and_then(|out| self.send(transport, out)) {
            return Ended::Lost(reason);
        }
        let poll = self.options.poll_interval.max(Duration::from_millis(1));
        loop {
            loop {
                match self.outgoing.try_recv() {
                    Ok(out) => {
                        if let Some(reason) = self.send(transport, out) {
                            return Ended::Lost(reason);
                        }
                    }
                    Err(mpsc::TryRecvError::Empty) => break,
                    Err(mpsc::TryRecvError::Disconnected) => return Ended::Closed,
                }
            }
            let received = transport.receive(Some(poll));
            self.hub.flush();
            match received {
                Err(e) if e.is_fatal() => return Ended::Lost(self.lost(&e)),
                received => self.handle(received, transport.receive_progress()),
            }
        }
    }
}
