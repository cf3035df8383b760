//! The async client (feature `tokio`): a thin driver over the same protocol
//! [`Core`] as the blocking [`Client`](crate::Client), with the same
//! [`ClientError`], [`Event`] and file steps.
//!
//! One driver task owns the transport and the core; calls reach it through a
//! channel and wait for their result. [`AsyncClient`] is cheap to clone and
//! share between tasks; calls are served one at a time, in the order they
//! were made. Dropping a pending call is safe: its message is sent whole (or
//! not at all), its response goes to the events when it comes, and the next
//! call works.
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() {
//! use mms_protocol::generated::commands::echo;
//! use mms_runtime::hid::{open_hid, HidSelector};
//! use mms_runtime::nonblocking::{on_thread, AsyncClient};
//! use mms_runtime::ClientOptions;
//!
//! // USB HID (through hidapi) is blocking: drive it on a thread. The same
//! // against the simulator: `examples/clients/src/bin/nonblocking.rs`.
//! let hid = open_hid(&HidSelector::First).unwrap();
//! let (client, mut events) = AsyncClient::new(on_thread(hid), ClientOptions::default());
//! let request = echo::Request { data_to_be_echoed: Some(vec![1, 2, 3]), ..Default::default() };
//! let response = client.call(&request).await.unwrap();
//! assert_eq!(response.payload.data_being_echoed, Some(vec![1, 2, 3]));
//! # let _ = &mut events;
//! # }
//! ```

mod mqtt;
mod transaction;
mod transports;

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use futures_util::Stream;
use mms_protocol::{Command, Envelope};
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio_stream::wrappers::BroadcastStream;

use crate::client::lock;
use crate::core::{
    raw_request, typed_response, CallId, ClientOptions, Core, Output, RawResponse, Response,
};
use crate::error::ClientError;
use crate::event::Event;
use crate::files::{
    scale, FileStep, FileSteps, GetFileSteps, Next, ReceivedFile, SendFileSteps, SendStart,
    SentFile,
};
use crate::transport::TransportError;
use mms_protocol::generated::file_types::FileType;

pub use mqtt::AsyncMqttTransport;
pub use transaction::AsyncTransaction;
pub use transports::{
    async_memory_pair, on_thread, open_serial_async, AsyncMemoryTransport, AsyncSlipTransport,
    AsyncWebSocketTransport, OnThread,
};

/// A boxed future, as [`AsyncTransport`] returns them.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An async connection that carries whole MMS messages.
pub trait AsyncTransport: Send + 'static {
    /// A short description for error messages.
    fn name(&self) -> &str;

    /// Sends one whole message, calling `progress(bytes_sent, total)` as it goes.
    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>>;

    /// Waits for one whole message. An error for which
    /// [`TransportError::is_fatal`] is false reports something dropped; the
    /// transport goes on. Must be cancel-safe: dropping the future before it
    /// is ready loses nothing (partial input stays in the transport).
    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>>;

    /// `(bytes received, total)` of a message partly received, when the
    /// framing announces totals.
    fn receive_progress(&self) -> Option<(usize, usize)> {
        None
    }
}

impl AsyncTransport for Box<dyn AsyncTransport> {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>> {
        (**self).send(message, progress)
    }
    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>> {
        (**self).receive()
    }
    fn receive_progress(&self) -> Option<(usize, usize)> {
        (**self).receive_progress()
    }
}

/// Opens the link again after a disconnect; see [`AsyncClient::connect_with`].
pub type AsyncConnector =
    Box<dyn FnMut() -> BoxFuture<'static, Result<Box<dyn AsyncTransport>, TransportError>> + Send>;

type Reply = oneshot::Sender<Result<Envelope, ClientError>>;
type Progress = mpsc::UnboundedSender<(usize, usize)>;
/// Progress reports coming from the driver, and the caller's callback for them.
type ProgressTo<'a> = (
    mpsc::UnboundedReceiver<(usize, usize)>,
    &'a mut (dyn FnMut(usize, usize) + Send),
);

enum Request {
    /// Send the message `encode` builds with the next reference number and
    /// wait for the response to `command_id` until `deadline`.
    Exchange {
        ticket: u64,
        command_id: u16,
        encode: Box<dyn FnOnce(u8) -> Vec<u8> + Send>,
        deadline: Instant,
        progress: Option<Progress>,
        reply: Reply,
    },
    /// Wait until `deadline` for a data file from the device for `command_id`.
    DataFile {
        ticket: u64,
        command_id: u16,
        deadline: Instant,
        progress: Option<Progress>,
        reply: Reply,
    },
    /// The caller of `ticket` went away.
    Cancel(u64),
}

/// Events as a [`Stream`]; every subscriber gets every event. A subscriber
/// that falls behind by more than
/// [`ClientOptions::event_capacity`] gets [`Event::Lagged`].
pub struct EventStream {
    inner: BroadcastStream<Event>,
}

impl std::fmt::Debug for EventStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventStream")
    }
}

impl Stream for EventStream {
    type Item = Event;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Event>> {
        use tokio_stream::wrappers::errors::BroadcastStreamRecvError::Lagged;
        Pin::new(&mut self.inner).poll_next(cx).map(|next| {
            next.map(|item| match item {
                Ok(event) => event,
                Err(Lagged(n)) => Event::Lagged(n),
            })
        })
    }
}

impl EventStream {
    /// The next event; `None` once the client is gone.
    pub async fn next(&mut self) -> Option<Event> {
        std::future::poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }
}

struct Inner {
    name: String,
    options: ClientOptions,
    requests: mpsc::UnboundedSender<Request>,
    events: broadcast::Sender<Event>,
    /// Set when the driver stopped for good (why).
    ended: Arc<Mutex<Option<String>>>,
    /// One exchange (or file transfer) at a time, in call order.
    calls: tokio::sync::Mutex<()>,
    tickets: AtomicU64,
}

/// An async connection to one device; clone it to share it between tasks.
#[derive(Clone)]
pub struct AsyncClient {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for AsyncClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AsyncClient")
            .field("transport", &self.inner.name)
            .finish_non_exhaustive()
    }
}

/// Fails the call of `ticket` if its future is dropped before the end.
struct CancelOnDrop<'a> {
    requests: &'a mpsc::UnboundedSender<Request>,
    ticket: u64,
    armed: bool,
}

impl Drop for CancelOnDrop<'_> {
    fn drop(&mut self) {
        if self.armed {
            let _ = self.requests.send(Request::Cancel(self.ticket));
        }
    }
}

impl AsyncClient {
    /// Starts the driver task on `transport` (call from within a tokio runtime).
    pub fn new(transport: impl AsyncTransport, options: ClientOptions) -> (Self, EventStream) {
        Self::start(Box::new(transport), None, options)
    }

    /// Opens the link with `connector` and keeps it: after a disconnect the
    /// next call re-opens it (as [`Client::connect_with`](crate::Client::connect_with)).
    pub async fn connect_with<F, Fut, T>(
        mut connector: F,
        options: ClientOptions,
    ) -> Result<(Self, EventStream), TransportError>
    where
        F: FnMut() -> Fut + Send + 'static,
        Fut: Future<Output = Result<T, TransportError>> + Send + 'static,
        T: AsyncTransport,
    {
        let transport = connector().await?;
        let connector: AsyncConnector = Box::new(move || {
            let opening = connector();
            Box::pin(async move {
                opening
                    .await
                    .map(|t| Box::new(t) as Box<dyn AsyncTransport>)
            })
        });
        Ok(Self::start(Box::new(transport), Some(connector), options))
    }

    fn start(
        transport: Box<dyn AsyncTransport>,
        connector: Option<AsyncConnector>,
        options: ClientOptions,
    ) -> (Self, EventStream) {
        let (requests, incoming) = mpsc::unbounded_channel();
        let (events, first) = broadcast::channel(options.event_capacity.max(1));
        let ended = Arc::new(Mutex::new(None));
        let name = transport.name().to_owned();
        let driver = Driver {
            core: Core::new(options.first_reference),
            options: options.clone(),
            connector,
            requests: incoming,
            events: events.clone(),
            waits: HashMap::new(),
            file_progress: None,
            ended: Arc::clone(&ended),
        };
        tokio::spawn(driver.run(transport));
        let inner = Inner {
            name,
            options,
            requests,
            events,
            ended,
            calls: tokio::sync::Mutex::new(()),
            tickets: AtomicU64::new(0),
        };
        let stream = EventStream {
            inner: BroadcastStream::new(first),
        };
        (
            Self {
                inner: Arc::new(inner),
            },
            stream,
        )
    }

    /// The transport's name (of the first link).
    pub fn transport_name(&self) -> &str {
        &self.inner.name
    }

    /// The options in force.
    pub fn options(&self) -> &ClientOptions {
        &self.inner.options
    }

    /// Another event subscriber: it receives every event from now on.
    pub fn subscribe(&self) -> EventStream {
        EventStream {
            inner: BroadcastStream::new(self.inner.events.subscribe()),
        }
    }

    /// Sends `request` and waits for its response (default timeout). A failure
    /// status is [`ClientError::Status`], as with the blocking client.
    pub async fn call<C: Command>(
        &self,
        request: &C,
    ) -> Result<Response<C::Response>, ClientError> {
        self.call_with_timeout(request, self.inner.options.timeout)
            .await
    }

    /// Sends `request` and waits up to `timeout` (sending included).
    pub async fn call_with_timeout<C: Command>(
        &self,
        request: &C,
        timeout: Duration,
    ) -> Result<Response<C::Response>, ClientError> {
        let body = mms_codec::Contents::to_bytes(request);
        let _turn = self.inner.calls.lock().await;
        let encode = move |reference| raw_request(reference, C::ID, &body).encode();
        let envelope = self
            .exchange(C::ID, Box::new(encode), timeout, None)
            .await?;
        typed_response::<C::Response>(C::ID, envelope)
    }

    /// Sends a request for `command_id` with `payload_body` and returns the response undecoded.
    pub async fn call_raw(
        &self,
        command_id: u16,
        payload_body: &[u8],
    ) -> Result<RawResponse, ClientError> {
        let body = payload_body.to_vec();
        let _turn = self.inner.calls.lock().await;
        let encode = move |reference| raw_request(reference, command_id, &body).encode();
        let timeout = self.inner.options.timeout;
        let envelope = self
            .exchange(command_id, Box::new(encode), timeout, None)
            .await?;
        Ok(RawResponse::new(envelope))
    }

    fn ticket(&self) -> u64 {
        self.inner.tickets.fetch_add(1, Ordering::Relaxed)
    }

    fn ended(&self) -> ClientError {
        let reason = lock(&self.inner.ended)
            .clone()
            .unwrap_or_else(|| "the client's driver task stopped".to_owned());
        ClientError::Disconnected { reason }
    }

    async fn exchange(
        &self,
        command_id: u16,
        encode: Box<dyn FnOnce(u8) -> Vec<u8> + Send>,
        timeout: Duration,
        progress: Option<&mut (dyn FnMut(usize, usize) + Send)>,
    ) -> Result<Envelope, ClientError> {
        let deadline = Instant::now() + timeout;
        let (reply, answer) = oneshot::channel();
        let (progress_tx, progress_rx) = match progress {
            Some(_) => {
                let (tx, rx) = mpsc::unbounded_channel();
                (Some(tx), Some(rx))
            }
            None => (None, None),
        };
        let ticket = self.ticket();
        let request = Request::Exchange {
            ticket,
            command_id,
            encode,
            deadline,
            progress: progress_tx,
            reply,
        };
        self.inner
            .requests
            .send(request)
            .map_err(|_| self.ended())?;
        let result = self
            .wait(ticket, answer, deadline, progress_rx.zip(progress))
            .await;
        result.unwrap_or(Err(ClientError::Timeout {
            command_id,
            reference: 0,
            waited: timeout,
        }))
    }

    /// Waits for the answer of `ticket`, forwarding progress; `None` when the
    /// driver did not answer by `deadline` (it was busy sending).
    async fn wait(
        &self,
        ticket: u64,
        mut answer: oneshot::Receiver<Result<Envelope, ClientError>>,
        deadline: Instant,
        mut progress: Option<ProgressTo<'_>>,
    ) -> Option<Result<Envelope, ClientError>> {
        let mut guard = CancelOnDrop {
            requests: &self.inner.requests,
            ticket,
            armed: true,
        };
        // The driver answers at the deadline; a little slack for a busy driver.
        let give_up = tokio::time::Instant::from_std(deadline + Duration::from_millis(200));
        let result = loop {
            let step = async {
                match progress.as_mut() {
                    Some((rx, _)) => rx.recv().await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                result = &mut answer => break Some(result.unwrap_or_else(|_| Err(self.ended()))),
                Some((done, total)) = step => {
                    if let Some((_, callback)) = progress.as_mut() {
                        callback(done, total);
                    }
                }
                _ = tokio::time::sleep_until(give_up) => break None,
            }
        };
        guard.armed = result.is_none();
        result
    }

    /// Sends `data` as file `file_type` (start command, data file message,
    /// final response), with `progress(done, total)` in file bytes.
    pub async fn send_file(
        &self,
        file_type: FileType,
        data: &[u8],
        start: SendStart,
        mut progress: impl FnMut(usize, usize) + Send,
    ) -> Result<SentFile, ClientError> {
        let mut steps = SendFileSteps::new(file_type, data, start);
        self.run_file_steps(&mut steps, &mut progress).await
    }

    /// Gets file `file_type` and checks it against the `D821` announcement,
    /// with `progress(done, total)` in file bytes.
    pub async fn get_file(
        &self,
        file_type: FileType,
        mut progress: impl FnMut(usize, usize) + Send,
    ) -> Result<ReceivedFile, ClientError> {
        let file = self
            .run_file_steps(&mut GetFileSteps::new(file_type), &mut progress)
            .await?;
        progress(file.data.len(), file.data.len());
        Ok(file)
    }

    async fn run_file_steps<S: FileSteps>(
        &self,
        steps: &mut S,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<S::Output, ClientError> {
        let _turn = self.inner.calls.lock().await;
        let options = self.inner.options.clone();
        let mut data_file = None;
        let mut answer = None;
        loop {
            let step = match steps.next(answer.take())? {
                Next::Done(output) => return Ok(output),
                Next::Step(step) => step,
            };
            let envelope = match step {
                FileStep::Request {
                    command_id,
                    body,
                    then_data_file,
                } => {
                    if then_data_file {
                        let deadline = options.data_file_deadline(Instant::now());
                        let (reply, answer) = oneshot::channel();
                        let (tx, rx) = mpsc::unbounded_channel();
                        let ticket = self.ticket();
                        let request = Request::DataFile {
                            ticket,
                            command_id,
                            deadline,
                            progress: Some(tx),
                            reply,
                        };
                        self.inner
                            .requests
                            .send(request)
                            .map_err(|_| self.ended())?;
                        data_file = Some((ticket, answer, rx, deadline));
                    }
                    let encode =
                        move |reference| raw_request(reference, command_id, &body).encode();
                    self.exchange(command_id, Box::new(encode), options.timeout, None)
                        .await
                }
                FileStep::SendData { command_id, len } => {
                    // Built here (the steps borrow the file), numbered by the driver.
                    let mut envelope = steps.data_message(0);
                    let encode = move |reference| {
                        envelope.info.reference = reference;
                        envelope.encode()
                    };
                    let mut scaled = |done, total| progress(scale(done, total, len), len);
                    self.exchange(
                        command_id,
                        Box::new(encode),
                        options.file_timeout,
                        Some(&mut scaled),
                    )
                    .await
                }
                FileStep::ReceiveData { len } => {
                    progress(0, len);
                    let Some((ticket, answer, rx, deadline)) = data_file.take() else {
                        return Err(ClientError::MissingStatus {
                            command_id: crate::files::START_GET_FILE,
                        });
                    };
                    let deadline = deadline.min(Instant::now() + options.file_timeout);
                    let mut scaled = |done, total| progress(scale(done, total, len), len);
                    let waited = self
                        .wait(ticket, answer, deadline, Some((rx, &mut scaled)))
                        .await;
                    waited.unwrap_or(Err(ClientError::Timeout {
                        command_id: crate::files::START_GET_FILE,
                        reference: 0,
                        waited: options.file_timeout,
                    }))
                }
            };
            match envelope {
                Ok(envelope) => answer = Some(envelope),
                Err(e) => {
                    if let Some((ticket, ..)) = data_file {
                        let _ = self.inner.requests.send(Request::Cancel(ticket));
                    }
                    return Err(e);
                }
            }
        }
    }
}

/// The driver task: owns the transport and the core.
struct Driver {
    core: Core,
    options: ClientOptions,
    connector: Option<AsyncConnector>,
    requests: mpsc::UnboundedReceiver<Request>,
    events: broadcast::Sender<Event>,
    /// Each wait's ticket and reply channel.
    waits: HashMap<CallId, (u64, Reply)>,
    /// Where progress of an awaited data file goes.
    file_progress: Option<Progress>,
    ended: Arc<Mutex<Option<String>>>,
}

/// What woke the driver.
enum Wake {
    Request(Option<Request>),
    Received(Result<Vec<u8>, TransportError>),
    Deadline,
    Progress,
}

impl Driver {
    async fn run(mut self, first: Box<dyn AsyncTransport>) {
        let mut transport = Some(first);
        self.core
            .link_opened(Instant::now(), self.options.drain_on_open);
        let reason = loop {
            let now = Instant::now();
            let draining = self.core.drain_deadline(now);
            let deadline = draining.or(self.core.next_deadline());
            let watch_progress = self.file_progress.is_some() && self.core.awaits_data_file();
            let wake = {
                let sleep = async {
                    match deadline {
                        Some(d) => tokio::time::sleep_until(d.into()).await,
                        None => std::future::pending().await,
                    }
                };
                let receive = async {
                    match transport.as_mut() {
                        Some(t) => t.receive().await,
                        None => std::future::pending().await,
                    }
                };
                let tick = async {
                    if watch_progress {
                        tokio::time::sleep(Duration::from_millis(50)).await
                    } else {
                        std::future::pending().await
                    }
                };
                tokio::select! {
                    biased;
                    received = receive => Wake::Received(received),
                    request = self.requests.recv(), if draining.is_none() => Wake::Request(request),
                    _ = sleep => Wake::Deadline,
                    _ = tick => Wake::Progress,
                }
            };
            match wake {
                Wake::Request(None) => break "client closed".to_owned(),
                Wake::Request(Some(request)) => {
                    if let Err(reason) = self.handle(request, &mut transport).await {
                        match self.lose(reason, &mut transport) {
                            Some(reason) => break reason,
                            None => continue,
                        }
                    }
                }
                Wake::Received(Ok(bytes)) => self.core.handle_message(bytes, Instant::now()),
                Wake::Received(Err(e)) if e.is_fatal() => {
                    let reason = self.describe(&e);
                    if let Some(reason) = self.lose(reason, &mut transport) {
                        break reason;
                    }
                }
                Wake::Received(Err(e)) => self.core.handle_dropped(e),
                Wake::Deadline => {}
                Wake::Progress => {
                    let progress = transport.as_ref().and_then(|t| t.receive_progress());
                    if let (Some(p), Some(tx)) = (progress, &self.file_progress) {
                        let _ = tx.send(p);
                    }
                }
            }
            self.core.handle_timeout(Instant::now());
            self.dispatch();
        };
        self.core.handle_link_lost(&reason);
        *lock(&self.ended) = Some(reason.clone());
        self.dispatch();
        let _ = self.events.send(Event::Disconnected(reason));
        // Calls still queued see the channel close.
        self.requests.close();
        while let Ok(request) = self.requests.try_recv() {
            drop(request);
        }
    }

    fn describe(&self, error: &TransportError) -> String {
        match self.connector {
            Some(_) => format!("{error} (the next call reconnects)"),
            None => error.to_string(),
        }
    }

    /// The link dropped: fails the waits; `Some(reason)` when the driver
    /// stops (no connector), `None` when the next call reconnects.
    fn lose(
        &mut self,
        reason: String,
        transport: &mut Option<Box<dyn AsyncTransport>>,
    ) -> Option<String> {
        *transport = None;
        if self.connector.is_none() {
            return Some(reason);
        }
        self.core.handle_link_lost(&reason);
        self.core.event(Event::Disconnected(reason));
        self.dispatch();
        None
    }

    fn dispatch(&mut self) {
        while let Some(output) = self.core.poll_output() {
            match output {
                Output::Done { call, result } => {
                    if let Some((_, reply)) = self.waits.remove(&call) {
                        let _ = reply.send(result);
                    }
                }
                Output::Event(event) => {
                    let _ = self.events.send(event);
                }
            }
        }
    }

    /// Re-opens the link for a call due by `deadline`.
    async fn reconnect(
        &mut self,
        deadline: Instant,
    ) -> Result<Box<dyn AsyncTransport>, ClientError> {
        let Some(connector) = self.connector.as_mut() else {
            return Err(ClientError::Disconnected {
                reason: "no connector".to_owned(),
            });
        };
        let delay = self.options.reconnect_delay;
        let mut attempts = 0;
        loop {
            attempts += 1;
            let error = match connector().await {
                Ok(transport) => return Ok(transport),
                Err(error) => error,
            };
            let out_of_time = Instant::now() + delay >= deadline;
            if attempts >= self.options.reconnect_attempts.max(1) || out_of_time {
                return Err(ClientError::Reconnect { attempts, error });
            }
            tokio::time::sleep(delay).await;
        }
    }

    /// Serves one request; `Err(reason)` when sending ended the link.
    async fn handle(
        &mut self,
        request: Request,
        transport: &mut Option<Box<dyn AsyncTransport>>,
    ) -> Result<(), String> {
        match request {
            Request::Cancel(ticket) => {
                let calls: Vec<CallId> = self
                    .waits
                    .iter()
                    .filter(|(_, (t, _))| *t == ticket)
                    .map(|(call, _)| *call)
                    .collect();
                for call in calls {
                    self.waits.remove(&call);
                    self.core.cancel(call);
                }
                Ok(())
            }
            Request::DataFile {
                ticket,
                command_id,
                deadline,
                progress,
                reply,
            } => {
                let call = self
                    .core
                    .expect_data_file(command_id, Instant::now(), deadline);
                self.waits.insert(call, (ticket, reply));
                self.file_progress = progress;
                Ok(())
            }
            Request::Exchange {
                ticket,
                command_id,
                encode,
                deadline,
                progress,
                reply,
            } => {
                if reply.is_closed() || Instant::now() >= deadline {
                    return Ok(()); // the caller gave up before its turn
                }
                if transport.is_none() {
                    match self.reconnect(deadline).await {
                        Ok(t) => {
                            let name = t.name().to_owned();
                            *transport = Some(t);
                            self.core.event(Event::Reconnected { transport: name });
                            // What waited on the new link answers no call: drain, then send.
                            self.core
                                .link_opened(Instant::now(), self.options.drain_on_open);
                            self.drain(transport).await?;
                        }
                        Err(error) => {
                            let _ = reply.send(Err(error));
                            return Ok(());
                        }
                    }
                }
                let Some(link) = transport.as_mut() else {
                    return Ok(());
                };
                let reference = self.core.take_reference();
                let message = encode(reference);
                let call =
                    self.core
                        .expect_response(reference, command_id, Instant::now(), deadline);
                self.waits.insert(call, (ticket, reply));
                let mut report = |done, total| {
                    if let Some(tx) = &progress {
                        let _ = tx.send((done, total));
                    }
                };
                match link.send(&message, &mut report).await {
                    Ok(()) => Ok(()),
                    Err(e) if e.is_fatal() => Err(self.describe(&e)),
                    Err(e) => {
                        self.core.cancel(call);
                        if let Some((_, reply)) = self.waits.remove(&call) {
                            let _ = reply.send(Err(ClientError::Transport(e)));
                        }
                        Ok(())
                    }
                }
            }
        }
    }

    /// Reads a newly opened link until the core's drain ends.
    async fn drain(
        &mut self,
        transport: &mut Option<Box<dyn AsyncTransport>>,
    ) -> Result<(), String> {
        let Some(link) = transport.as_mut() else {
            return Ok(());
        };
        while let Some(end) = self.core.drain_deadline(Instant::now()) {
            match tokio::time::timeout_at(end.into(), link.receive()).await {
                Err(_) => {}
                Ok(Ok(bytes)) => self.core.handle_message(bytes, Instant::now()),
                Ok(Err(e)) if e.is_fatal() => return Err(self.describe(&e)),
                Ok(Err(e)) => self.core.handle_dropped(e),
            }
        }
        self.dispatch();
        Ok(())
    }
}
