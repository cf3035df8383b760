//! Async transports: in memory, SLIP over any async byte stream (a serial
//! port through `tokio-serial`), WebSocket through `tokio-tungstenite`, and
//! any blocking [`Transport`] on a thread of its own (USB HID through hidapi,
//! the simulator's in-memory links).

use std::collections::VecDeque;
use std::fmt;
use std::sync::mpsc as std_mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::{mpsc, oneshot};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::Connector;

use super::{AsyncTransport, BoxFuture};
use crate::client::lock;
use crate::limits::Limits;
use crate::serial::{
    frame_for, message_progress, received, serial_name, slip_limits, SlipRole, SERIAL_BAUD_RATE,
    WRITE_CHUNK,
};
use crate::slip::{self, SlipDecoder, SlipEvent};
use crate::tls::TlsOptions;
use crate::transport::{Transport, TransportError, TransportErrorKind};

/// One end of an async in-memory connection; see [`async_memory_pair`].
#[derive(Debug)]
pub struct AsyncMemoryTransport {
    name: String,
    outgoing: mpsc::UnboundedSender<Vec<u8>>,
    incoming: mpsc::UnboundedReceiver<Vec<u8>>,
}

/// Two connected async in-memory endpoints (`host`, `device`).
pub fn async_memory_pair() -> (AsyncMemoryTransport, AsyncMemoryTransport) {
    let (to_device, from_host) = mpsc::unbounded_channel();
    let (to_host, from_device) = mpsc::unbounded_channel();
    (
        AsyncMemoryTransport {
            name: "async-memory:host".into(),
            outgoing: to_device,
            incoming: from_device,
        },
        AsyncMemoryTransport {
            name: "async-memory:device".into(),
            outgoing: to_host,
            incoming: from_host,
        },
    )
}

impl AsyncTransport for AsyncMemoryTransport {
    fn name(&self) -> &str {
        &self.name
    }

    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>> {
        let sent = self.outgoing.send(message.to_vec());
        let result = sent.map_err(|_| TransportError::new(&self.name, TransportErrorKind::Closed));
        if result.is_ok() {
            progress(message.len(), message.len());
        }
        Box::pin(std::future::ready(result))
    }

    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>> {
        Box::pin(async move {
            self.incoming
                .recv()
                .await
                .ok_or_else(|| TransportError::new(&self.name, TransportErrorKind::Closed))
        })
    }
}

/// A blocking [`Transport`] driven on a thread of its own; see [`on_thread`].
pub struct OnThread {
    name: String,
    sends: std_mpsc::Sender<Outgoing>,
    received: mpsc::UnboundedReceiver<Result<Vec<u8>, TransportError>>,
    progress: Arc<Mutex<Option<(usize, usize)>>>,
}

impl fmt::Debug for OnThread {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OnThread")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

struct Outgoing {
    message: Vec<u8>,
    progress: mpsc::UnboundedSender<(usize, usize)>,
    done: oneshot::Sender<Result<(), TransportError>>,
}

/// Drives a blocking `transport` on a thread of its own, for the async client.
///
/// This is how USB HID is reached (`on_thread(open_hid(..)?)`): hidapi is
/// blocking, maintained and works on Linux, macOS and Windows with the same
/// device selection as the blocking client, and a thread per reader costs
/// nothing next to the device's pace. The thread stops when the returned
/// transport is dropped (within 5 ms) or the link fails.
///
/// # Panics
///
/// When the operating system cannot start a thread.
pub fn on_thread(transport: impl Transport + 'static) -> OnThread {
    let name = transport.name().to_owned();
    let (sends, to_send) = std_mpsc::channel::<Outgoing>();
    let (deliver, received) = mpsc::unbounded_channel();
    let progress = Arc::new(Mutex::new(None));
    let shared = Arc::clone(&progress);
    let mut transport = transport;
    std::thread::Builder::new()
        .name(format!("mms-async-io {name}"))
        .spawn(move || loop {
            loop {
                match to_send.try_recv() {
                    Ok(out) => {
                        let result = transport.send_with_progress(&out.message, &mut |d, t| {
                            let _ = out.progress.send((d, t));
                        });
                        let _ = out.done.send(result);
                    }
                    Err(std_mpsc::TryRecvError::Empty) => break,
                    Err(std_mpsc::TryRecvError::Disconnected) => return,
                }
            }
            let result = transport.receive(Some(Duration::from_millis(5)));
            *lock(&shared) = transport.receive_progress();
            let fatal = matches!(&result, Err(e) if e.is_fatal());
            let delivered = match result {
                Ok(None) => true,
                Ok(Some(message)) => deliver.send(Ok(message)).is_ok(),
                Err(e) => deliver.send(Err(e)).is_ok(),
            };
            if fatal || !delivered {
                return;
            }
        })
        .expect("spawning the transport thread");
    OnThread {
        name,
        sends,
        received,
        progress,
    }
}

impl OnThread {
    fn closed(&self) -> TransportError {
        TransportError::new(&self.name, TransportErrorKind::Closed)
    }
}

impl AsyncTransport for OnThread {
    fn name(&self) -> &str {
        &self.name
    }

    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>> {
        Box::pin(async move {
            let (done, result) = oneshot::channel();
            let (report, mut reports) = mpsc::unbounded_channel();
            let out = Outgoing {
                message: message.to_vec(),
                progress: report,
                done,
            };
            self.sends.send(out).map_err(|_| self.closed())?;
            while let Some((d, t)) = reports.recv().await {
                progress(d, t);
            }
            result.await.unwrap_or_else(|_| Err(self.closed()))
        })
    }

    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>> {
        Box::pin(async move {
            let next = self.received.recv().await;
            next.unwrap_or_else(|| Err(self.closed()))
        })
    }

    fn receive_progress(&self) -> Option<(usize, usize)> {
        *lock(&self.progress)
    }
}

/// SLIP framing over an async byte stream: a serial port from
/// [`open_serial_async`], or any `AsyncRead + AsyncWrite` (a pipe in tests).
pub struct AsyncSlipTransport<S> {
    stream: S,
    name: String,
    role: SlipRole,
    decoder: SlipDecoder,
    pending: VecDeque<SlipEvent>,
    max_message_len: usize,
}

impl<S> fmt::Debug for AsyncSlipTransport<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsyncSlipTransport")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin + Send + 'static> AsyncSlipTransport<S> {
    /// Frames messages over `stream` as `role`, refusing messages over `max_message_len`.
    pub fn new(stream: S, role: SlipRole, name: impl Into<String>, max_message_len: usize) -> Self {
        Self::with_limits(stream, role, name, &slip_limits(max_message_len))
    }

    /// Frames messages over `stream` as `role` with the SLIP message cap and
    /// reassembly time of `limits` (a frame whose rest is overdue is dropped
    /// and reported, as on the blocking [`SlipTransport`](crate::serial::SlipTransport)).
    pub fn with_limits(
        stream: S,
        role: SlipRole,
        name: impl Into<String>,
        limits: &Limits,
    ) -> Self {
        Self {
            stream,
            name: name.into(),
            role,
            decoder: SlipDecoder::with_limits(limits),
            pending: VecDeque::new(),
            max_message_len: limits.max_slip_message_len,
        }
    }

    fn error(&self, kind: TransportErrorKind) -> TransportError {
        TransportError::new(&self.name, kind)
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin + Send + 'static> AsyncTransport for AsyncSlipTransport<S> {
    fn name(&self) -> &str {
        &self.name
    }

    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>> {
        Box::pin(async move {
            let frame = frame_for(&self.name, self.role, message, self.max_message_len)?;
            let total = message.len();
            let mut written = 0;
            for chunk in frame.chunks(WRITE_CHUNK) {
                let result = self.stream.write_all(chunk).await;
                result.map_err(|e| self.error(TransportErrorKind::Io(e)))?;
                written += chunk.len();
                progress(message_progress(written, frame.len(), total), total);
            }
            let result = self.stream.flush().await;
            result.map_err(|e| self.error(TransportErrorKind::Io(e)))
        })
    }

    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>> {
        Box::pin(async move {
            let mut buf = [0u8; 4096];
            loop {
                if let Some(event) = self.pending.pop_front() {
                    return received(&self.name, event);
                }
                // Cancel-safe: `read` loses nothing when dropped, and what it
                // returned is in the decoder before the next await. A partial
                // frame's rest is awaited only until its reassembly deadline.
                let read = self.stream.read(&mut buf);
                let read = match self.decoder.deadline() {
                    None => read.await,
                    Some(at) => match tokio::time::timeout_at(at.into(), read).await {
                        Ok(read) => read,
                        Err(_elapsed) => {
                            let pending = &mut self.pending;
                            self.decoder
                                .expire(Instant::now(), |e| pending.push_back(e));
                            continue;
                        }
                    },
                };
                match read {
                    Ok(0) => return Err(self.error(TransportErrorKind::Closed)),
                    Ok(n) => {
                        let pending = &mut self.pending;
                        self.decoder
                            .push_at(&buf[..n], Instant::now(), |e| pending.push_back(e));
                    }
                    Err(e) => return Err(self.error(TransportErrorKind::Io(e))),
                }
            }
        })
    }

    fn receive_progress(&self) -> Option<(usize, usize)> {
        self.decoder.progress()
    }
}

/// Opens a serial port asynchronously (115200 8N1, no flow control, as
/// [`open_serial`](crate::serial::open_serial)) as the host end of a SLIP link.
pub fn open_serial_async(
    path: &str,
) -> Result<AsyncSlipTransport<tokio_serial::SerialStream>, TransportError> {
    use tokio_serial::SerialPortBuilderExt;
    let port = tokio_serial::new(path, SERIAL_BAUD_RATE)
        .data_bits(tokio_serial::DataBits::Eight)
        .parity(tokio_serial::Parity::None)
        .stop_bits(tokio_serial::StopBits::One)
        .flow_control(tokio_serial::FlowControl::None)
        .open_native_async()
        .map_err(|e| {
            TransportError::new(serial_name(path), TransportErrorKind::Open(e.to_string()))
        })?;
    Ok(AsyncSlipTransport::new(
        port,
        SlipRole::Host,
        serial_name(path),
        slip::DEFAULT_MAX_MESSAGE_LEN,
    ))
}

type WsStream =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// WebSocket (binary messages) through `tokio-tungstenite`; pings from the
/// peer are answered as they come.
pub struct AsyncWebSocketTransport {
    socket: WsStream,
    name: String,
    max_message_len: usize,
}

impl fmt::Debug for AsyncWebSocketTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsyncWebSocketTransport")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl AsyncWebSocketTransport {
    /// Connects to `url` (`ws://`, or `wss://` with the system's trust
    /// store), giving up after `connect_timeout`.
    pub async fn connect(url: &str, connect_timeout: Duration) -> Result<Self, TransportError> {
        Self::connect_tls(url, connect_timeout, &TlsOptions::default()).await
    }

    /// Connects to `url` as [`connect`](Self::connect), with the trust
    /// anchors and optional client certificate for `wss://` taken from `tls`
    /// (ignored for `ws://`), as the blocking
    /// [`WebSocketTransport::connect_tls`](crate::websocket::WebSocketTransport::connect_tls).
    pub async fn connect_tls(
        url: &str,
        connect_timeout: Duration,
        tls: &TlsOptions,
    ) -> Result<Self, TransportError> {
        Self::connect_with(url, connect_timeout, tls, &Limits::DEFAULT).await
    }

    /// [`connect_tls`](Self::connect_tls) with the WebSocket message size of
    /// `limits`, as the blocking
    /// [`WebSocketTransport::connect_with`](crate::websocket::WebSocketTransport::connect_with).
    pub async fn connect_with(
        url: &str,
        connect_timeout: Duration,
        tls: &TlsOptions,
        limits: &Limits,
    ) -> Result<Self, TransportError> {
        let open_error = |why: String| TransportError::new(url, TransportErrorKind::Open(why));
        let connector = if url.starts_with("wss://") {
            let config = tls
                .client_config()
                .map_err(|e| open_error(format!("TLS: {e}")))?;
            Connector::Rustls(config)
        } else if url.starts_with("ws://") {
            Connector::Plain
        } else {
            return Err(open_error("the URL must start with ws:// or wss://".into()));
        };
        // Nagle off: one small message per exchange, each awaited.
        let max_message_len = limits.max_ws_message_len;
        let config = crate::websocket::config(max_message_len);
        let connecting = tokio_tungstenite::connect_async_tls_with_config(
            url,
            Some(config),
            true,
            Some(connector),
        );
        let (socket, _response) = tokio::time::timeout(connect_timeout, connecting)
            .await
            .map_err(|_| open_error(format!("no answer within {connect_timeout:?}")))?
            .map_err(|e| open_error(e.to_string()))?;
        Ok(Self {
            socket,
            name: url.to_owned(),
            max_message_len,
        })
    }

    fn ws_error(&self, e: tokio_tungstenite::tungstenite::Error) -> TransportError {
        use tokio_tungstenite::tungstenite::error::CapacityError;
        use tokio_tungstenite::tungstenite::Error;
        let kind = match e {
            Error::ConnectionClosed | Error::AlreadyClosed => TransportErrorKind::Closed,
            Error::Capacity(CapacityError::MessageTooLong { size, max_size }) => {
                TransportErrorKind::MessageTooLong {
                    len: size,
                    max: max_size,
                }
            }
            Error::Io(e) => TransportErrorKind::Io(e),
            other => TransportErrorKind::WebSocket(other.to_string()),
        };
        TransportError::new(&self.name, kind)
    }
}

impl AsyncTransport for AsyncWebSocketTransport {
    fn name(&self) -> &str {
        &self.name
    }

    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>> {
        Box::pin(async move {
            if message.len() > self.max_message_len {
                let kind = TransportErrorKind::MessageTooLong {
                    len: message.len(),
                    max: self.max_message_len,
                };
                return Err(TransportError::new(&self.name, kind));
            }
            let sent = self
                .socket
                .send(Message::Binary(message.to_vec().into()))
                .await;
            sent.map_err(|e| self.ws_error(e))?;
            progress(message.len(), message.len());
            Ok(())
        })
    }

    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>> {
        Box::pin(async move {
            loop {
                // Cancel-safe: `next` on the stream keeps partial frames inside it.
                match self.socket.next().await {
                    None => {
                        return Err(TransportError::new(&self.name, TransportErrorKind::Closed))
                    }
                    Some(Ok(Message::Binary(bytes))) => return Ok(bytes.to_vec()),
                    Some(Ok(Message::Text(_))) => {
                        return Err(TransportError::new(
                            &self.name,
                            TransportErrorKind::UnexpectedData(
                                "WebSocket text message (MMS uses binary messages)",
                            ),
                        ))
                    }
                    Some(Ok(Message::Close(_))) => {
                        return Err(TransportError::new(&self.name, TransportErrorKind::Closed))
                    }
                    // Pongs to pings are queued by tungstenite and go out with the next write or flush.
                    Some(Ok(Message::Ping(_))) => {
                        let flushed = self.socket.flush().await;
                        flushed.map_err(|e| self.ws_error(e))?;
                    }
                    Some(Ok(_)) => {}
                    Some(Err(e)) => return Err(self.ws_error(e)),
                }
            }
        })
    }
}
