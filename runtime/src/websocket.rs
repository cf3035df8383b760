//! WebSocket transport for WLAN devices (manual section 2.2): each MMS message is
//! one binary WebSocket message. `ws://`, or `wss://` over rustls with the
//! server verified ([`TlsOptions`]: a CA file or the system roots, and an
//! optional client certificate); [`WebSocketTransport::accept_tls`] is the
//! server side for simulators.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::pki_types::ServerName;
use rustls::{ClientConnection, ServerConnection, StreamOwned};
use tungstenite::error::CapacityError;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::protocol::{CloseFrame, WebSocketConfig};

use crate::tls::TlsOptions;
use tungstenite::{Message, WebSocket};

use crate::limits::Limits;
use crate::transport::{
    remaining, HexBytes, Transport, TransportError, TransportErrorKind, FRAME_TRACE_TARGET,
};

/// How often an idle connection is pinged to notice a dead peer (the manual
/// suggests a few seconds).
pub const PING_INTERVAL: Duration = Duration::from_secs(5);
/// How long one socket write may block before the peer counts as dead.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a received message ([`Limits::DEFAULT`]): 1 MiB.
pub const DEFAULT_MAX_MESSAGE_LEN: usize = crate::limits::DEFAULT_MAX_MESSAGE_LEN;
/// How long the server side waits for a client's opening handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// The byte stream under a WebSocket: plain TCP, or TLS as client or server.
#[derive(Debug)]
pub enum Stream {
    /// `ws://`.
    Plain(TcpStream),
    /// `wss://`, client side.
    TlsClient(Box<StreamOwned<ClientConnection, TcpStream>>),
    /// `wss://`, server side.
    TlsServer(Box<StreamOwned<ServerConnection, TcpStream>>),
}

impl Stream {
    /// The TCP connection underneath.
    pub fn tcp(&self) -> &TcpStream {
        match self {
            Self::Plain(s) => s,
            Self::TlsClient(s) => &s.sock,
            Self::TlsServer(s) => &s.sock,
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Self::Plain(s) => s.read(buf),
            Self::TlsClient(s) => s.read(buf),
            Self::TlsServer(s) => s.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Self::Plain(s) => s.write(buf),
            Self::TlsClient(s) => s.write(buf),
            Self::TlsServer(s) => s.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Self::Plain(s) => s.flush(),
            Self::TlsClient(s) => s.flush(),
            Self::TlsServer(s) => s.flush(),
        }
    }
}

/// A [`Transport`] over a WebSocket connection.
pub struct WebSocketTransport {
    name: String,
    socket: WebSocket<Stream>,
    last_ping: Instant,
    max_message_len: usize,
}

impl fmt::Debug for WebSocketTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebSocketTransport")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

pub(crate) fn config(max_message_len: usize) -> WebSocketConfig {
    WebSocketConfig::default()
        .max_message_size(Some(max_message_len))
        .max_frame_size(Some(max_message_len))
}

fn open_error(name: &str, why: impl fmt::Display) -> TransportError {
    TransportError::new(name, TransportErrorKind::Open(why.to_string()))
}

/// Names an accepted connection (`ws-peer:ADDR`, `wss-peer:ADDR`) and bounds
/// its handshake and writes.
fn prepare_accepted(
    stream: &TcpStream,
    scheme: &str,
    handshake_timeout: Duration,
) -> Result<String, TransportError> {
    let name = peer_name(stream, scheme);
    stream
        .set_nonblocking(false)
        .and_then(|()| stream.set_read_timeout(Some(handshake_timeout)))
        .and_then(|()| stream.set_write_timeout(Some(WRITE_TIMEOUT)))
        .map_err(|e| open_error(&name, e))?;
    Ok(name)
}

impl WebSocketTransport {
    /// Connects to a device (or simulator) at `url`, e.g. `ws://192.168.1.20/` or
    /// `ws://127.0.0.1:8080/` (port 80 when none is given), or `wss://...`
    /// (port 443) verified against the system's trusted certificates.
    pub fn connect(url: &str, connect_timeout: Duration) -> Result<Self, TransportError> {
        Self::connect_tls(url, connect_timeout, &TlsOptions::default())
    }

    /// Like [`connect`](Self::connect), with the CA and client certificate
    /// for `wss://` taken from `tls` (ignored for `ws://`).
    pub fn connect_tls(
        url: &str,
        connect_timeout: Duration,
        tls: &TlsOptions,
    ) -> Result<Self, TransportError> {
        Self::connect_with(url, connect_timeout, tls, &Limits::DEFAULT)
    }

    /// Like [`connect_tls`](Self::connect_tls), with the size limits of
    /// `limits`: a message (or frame) from the device longer than
    /// `limits.max_ws_message_len` is refused with
    /// [`TransportErrorKind::MessageTooLong`] and the connection closed (code
    /// 1009), and a longer one is not sent.
    pub fn connect_with(
        url: &str,
        connect_timeout: Duration,
        tls: &TlsOptions,
        limits: &Limits,
    ) -> Result<Self, TransportError> {
        let uri: tungstenite::http::Uri = url.parse().map_err(|e| open_error(url, e))?;
        let secure = match uri.scheme_str() {
            Some("ws") => false,
            Some("wss") => true,
            _ => return Err(open_error(url, "the URL must start with ws:// or wss://")),
        };
        let host = uri
            .host()
            .ok_or_else(|| open_error(url, "the URL has no host"))?;
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let port = uri.port_u16().unwrap_or(if secure { 443 } else { 80 });
        let addr = (host, port)
            .to_socket_addrs()
            .map_err(|e| open_error(url, e))?
            .next()
            .ok_or_else(|| open_error(url, "the host name has no address"))?;
        let stream =
            TcpStream::connect_timeout(&addr, connect_timeout).map_err(|e| open_error(url, e))?;
        stream.set_nodelay(true).map_err(|e| open_error(url, e))?;
        stream
            .set_write_timeout(Some(WRITE_TIMEOUT))
            .map_err(|e| open_error(url, e))?;
        // Bound the handshake too, so a silent peer cannot hang us.
        stream
            .set_read_timeout(Some(connect_timeout))
            .map_err(|e| open_error(url, e))?;
        let stream = if secure {
            let config = tls
                .client_config()
                .map_err(|e| open_error(url, format!("TLS: {e}")))?;
            let name = ServerName::try_from(host.to_owned()).map_err(|e| open_error(url, e))?;
            let connection = ClientConnection::new(config, name).map_err(|e| open_error(url, e))?;
            let mut tls_stream = StreamOwned::new(connection, stream);
            // Finish the handshake now, so certificate problems are open errors.
            while tls_stream.conn.is_handshaking() {
                tls_stream
                    .conn
                    .complete_io(&mut tls_stream.sock)
                    .map_err(|e| open_error(url, format!("TLS handshake: {e}")))?;
            }
            Stream::TlsClient(Box::new(tls_stream))
        } else {
            Stream::Plain(stream)
        };
        let max = limits.max_ws_message_len;
        let (socket, _response) =
            tungstenite::client::client_with_config(url, stream, Some(config(max)))
                .map_err(|e| open_error(url, e))?;
        let mut transport = Self::from_socket(socket, url.to_owned());
        transport.max_message_len = max;
        Ok(transport)
    }

    /// Accepts a client on an already accepted TCP connection (simulator side),
    /// with the default [`Limits`] and [`HANDSHAKE_TIMEOUT`].
    pub fn accept(stream: TcpStream) -> Result<Self, TransportError> {
        Self::accept_with(stream, &Limits::DEFAULT, HANDSHAKE_TIMEOUT)
    }

    /// Accepts a client on an already accepted TCP connection (server side):
    /// the opening handshake must complete within `handshake_timeout`, and a
    /// message longer than `limits.max_ws_message_len` is refused (the
    /// connection is closed with code 1009, "message too big").
    pub fn accept_with(
        stream: TcpStream,
        limits: &Limits,
        handshake_timeout: Duration,
    ) -> Result<Self, TransportError> {
        let name = prepare_accepted(&stream, "ws", handshake_timeout)?;
        Self::accept_stream(Stream::Plain(stream), name, limits)
    }

    /// Accepts a `wss://` client on an already accepted TCP connection
    /// (simulator side), with the server certificate in `config`, the default
    /// [`Limits`] and [`HANDSHAKE_TIMEOUT`].
    pub fn accept_tls(
        stream: TcpStream,
        config: Arc<rustls::ServerConfig>,
    ) -> Result<Self, TransportError> {
        Self::accept_tls_with(stream, config, &Limits::DEFAULT, HANDSHAKE_TIMEOUT)
    }

    /// [`accept_tls`](Self::accept_tls) with the limits and handshake timeout
    /// of [`accept_with`](Self::accept_with); the timeout bounds each wait of
    /// the TLS and WebSocket handshakes.
    pub fn accept_tls_with(
        stream: TcpStream,
        config: Arc<rustls::ServerConfig>,
        limits: &Limits,
        handshake_timeout: Duration,
    ) -> Result<Self, TransportError> {
        let name = prepare_accepted(&stream, "wss", handshake_timeout)?;
        let connection = ServerConnection::new(config).map_err(|e| open_error(&name, e))?;
        let stream = Stream::TlsServer(Box::new(StreamOwned::new(connection, stream)));
        Self::accept_stream(stream, name, limits)
    }

    fn accept_stream(
        stream: Stream,
        name: String,
        limits: &Limits,
    ) -> Result<Self, TransportError> {
        let max = limits.max_ws_message_len;
        let socket = tungstenite::accept_with_config(stream, Some(config(max)))
            .map_err(|e| open_error(&name, e))?;
        let mut transport = Self::from_socket(socket, name);
        transport.max_message_len = max;
        Ok(transport)
    }

    /// Drops the connection without a closing handshake, as a lost network
    /// does (for fault injection on the server side).
    pub fn disconnect(&mut self) {
        let _ = self
            .socket
            .get_ref()
            .tcp()
            .shutdown(std::net::Shutdown::Both);
    }

    /// Refuses a client on an already accepted TCP connection: its opening
    /// handshake is answered with HTTP 503 and `reason` as the body, so the
    /// client learns why (a server at its connection limit). Waits at most
    /// `timeout` for the client's request.
    pub fn refuse(
        stream: TcpStream,
        reason: &str,
        timeout: Duration,
    ) -> Result<(), TransportError> {
        use tungstenite::handshake::server::{ErrorResponse, Request, Response};
        use tungstenite::http::StatusCode;
        let name = peer_name(&stream, "ws");
        stream
            .set_nonblocking(false)
            .and_then(|()| stream.set_read_timeout(Some(timeout)))
            .and_then(|()| stream.set_write_timeout(Some(timeout)))
            .map_err(|e| open_error(&name, e))?;
        // The error type is tungstenite's `Callback` signature, not ours to box.
        #[allow(clippy::result_large_err)]
        let callback = |_: &Request, _: Response| -> Result<Response, ErrorResponse> {
            let mut response = ErrorResponse::new(Some(reason.to_owned()));
            *response.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
            Err(response)
        };
        match tungstenite::accept_hdr(stream, callback) {
            Err(tungstenite::HandshakeError::Failure(tungstenite::Error::Http(_))) => Ok(()),
            Err(e) => Err(open_error(&name, e)),
            Ok(_) => Err(open_error(&name, "the refusal was not sent")),
        }
    }

    fn from_socket(socket: WebSocket<Stream>, name: String) -> Self {
        Self {
            name,
            socket,
            last_ping: Instant::now(),
            max_message_len: DEFAULT_MAX_MESSAGE_LEN,
        }
    }

    fn error(&self, kind: TransportErrorKind) -> TransportError {
        TransportError::new(&self.name, kind)
    }

    fn ws_error(&self, e: tungstenite::Error) -> TransportError {
        use tungstenite::Error as E;
        match e {
            E::ConnectionClosed | E::AlreadyClosed => self.error(TransportErrorKind::Closed),
            E::Io(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::BrokenPipe
                        | io::ErrorKind::ConnectionReset
                        | io::ErrorKind::ConnectionAborted
                        | io::ErrorKind::UnexpectedEof
                ) =>
            {
                self.error(TransportErrorKind::Closed)
            }
            E::Io(e) => self.error(TransportErrorKind::Io(e)),
            other => self.error(TransportErrorKind::WebSocket(other.to_string())),
        }
    }

    /// Closes the connection politely.
    pub fn close(&mut self) -> Result<(), TransportError> {
        let result = self.socket.close(None).and_then(|()| self.socket.flush());
        match result {
            Ok(()) | Err(tungstenite::Error::ConnectionClosed) => Ok(()),
            Err(e) => Err(self.ws_error(e)),
        }
    }
}

/// `SCHEME-peer:ADDRESS`, the name of an accepted connection.
fn peer_name(stream: &TcpStream, scheme: &str) -> String {
    match stream.peer_addr() {
        Ok(addr) => format!("{scheme}-peer:{addr}"),
        Err(_) => format!("{scheme}-peer"),
    }
}

fn is_timeout(e: &tungstenite::Error) -> bool {
    matches!(e, tungstenite::Error::Io(e)
        if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut))
}

impl Transport for WebSocketTransport {
    fn name(&self) -> &str {
        &self.name
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        if message.len() > self.max_message_len {
            return Err(self.error(TransportErrorKind::MessageTooLong {
                len: message.len(),
                max: self.max_message_len,
            }));
        }
        tracing::debug!(target: FRAME_TRACE_TARGET, "{} binary frame -> {}", self.name, HexBytes(message));
        let result = self.socket.send(Message::Binary(message.to_vec().into()));
        result.map_err(|e| self.ws_error(e))
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            if self.last_ping.elapsed() >= PING_INTERVAL {
                self.last_ping = Instant::now();
                let result = self.socket.send(Message::Ping(Vec::new().into()));
                result.map_err(|e| self.ws_error(e))?;
            }
            let wait = remaining(deadline);
            if wait == Some(Duration::ZERO) {
                return Ok(None);
            }
            // Wake up for the next ping at the latest.
            let wait = wait
                .unwrap_or(PING_INTERVAL)
                .min(PING_INTERVAL)
                .max(Duration::from_millis(1));
            let set = self.socket.get_ref().tcp().set_read_timeout(Some(wait));
            set.map_err(|e| self.error(TransportErrorKind::Io(e)))?;
            match self.socket.read() {
                Ok(Message::Binary(bytes)) => {
                    tracing::debug!(target: FRAME_TRACE_TARGET, "{} binary frame <- {}", self.name, HexBytes(&bytes));
                    return Ok(Some(bytes.to_vec()));
                }
                Ok(Message::Text(_)) => {
                    return Err(self.error(TransportErrorKind::UnexpectedData(
                        "WebSocket text message (MMS uses binary messages)",
                    )))
                }
                Ok(Message::Close(_)) => return Err(self.error(TransportErrorKind::Closed)),
                // Pings are answered by tungstenite on the next write or flush.
                // Only within this receive's time: a peer that floods pings and
                // reads nothing must not hold the caller past its deadline
                // (tungstenite keeps the one pending pong for later).
                Ok(Message::Ping(_)) => {
                    let left = remaining(deadline).unwrap_or(PING_INTERVAL);
                    let stream = self.socket.get_ref().tcp();
                    let _ = stream.set_write_timeout(Some(left.max(Duration::from_millis(1))));
                    let _ = self.socket.flush();
                    let _ = self
                        .socket
                        .get_ref()
                        .tcp()
                        .set_write_timeout(Some(WRITE_TIMEOUT));
                }
                Ok(Message::Pong(_) | Message::Frame(_)) => {}
                Err(e) if is_timeout(&e) => {}
                Err(tungstenite::Error::Capacity(CapacityError::MessageTooLong {
                    size,
                    max_size,
                })) => {
                    // The rest of the oversized message is still on the wire, so
                    // the connection cannot go on: say why and close it.
                    let close = CloseFrame {
                        code: CloseCode::Size,
                        reason: format!(
                            "message of {size} bytes is over the {max_size}-byte limit"
                        )
                        .into(),
                    };
                    let _ = self.socket.close(Some(close));
                    let _ = self.socket.flush();
                    self.disconnect();
                    return Err(self.error(TransportErrorKind::MessageTooLong {
                        len: size,
                        max: max_size,
                    }));
                }
                Err(e) => return Err(self.ws_error(e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn loopback_round_trip() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut device = WebSocketTransport::accept(stream).unwrap();
            let m = device
                .receive(Some(Duration::from_secs(5)))
                .unwrap()
                .unwrap();
            device.send(&m).unwrap();
            // Wait for the client to close.
            let e = device.receive(Some(Duration::from_secs(5))).unwrap_err();
            assert!(matches!(e.kind, TransportErrorKind::Closed), "{e}");
        });
        let url = format!("ws://127.0.0.1:{port}/");
        let mut host = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap();
        let big: Vec<u8> = (0..70_000u32).map(|i| i as u8).collect();
        assert_eq!(host.receive(Some(Duration::from_millis(5))).unwrap(), None);
        host.send(&big).unwrap();
        assert_eq!(
            host.receive(Some(Duration::from_secs(5))).unwrap(),
            Some(big)
        );
        host.close().unwrap();
        server.join().unwrap();
    }

    #[test]
    fn other_schemes_are_refused_clearly() {
        let e =
            WebSocketTransport::connect("http://127.0.0.1/", Duration::from_secs(1)).unwrap_err();
        assert!(e.to_string().contains("ws:// or wss://"), "{e}");
    }

    /// A self-signed certificate for 127.0.0.1 and a server config using it.
    fn test_server() -> (Vec<u8>, Arc<rustls::ServerConfig>) {
        let key = rcgen::KeyPair::generate().unwrap();
        let params = rcgen::CertificateParams::new(vec!["127.0.0.1".into()]).unwrap();
        let cert = params.self_signed(&key).unwrap();
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(
                vec![cert.der().clone()],
                rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
            )
            .unwrap();
        (cert.pem().into_bytes(), Arc::new(config))
    }

    #[test]
    fn wss_round_trip_with_a_verified_server() {
        let (ca, server_config) = test_server();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            for _ in 0..2 {
                let (stream, _) = listener.accept().unwrap();
                let Ok(mut device) = WebSocketTransport::accept_tls(stream, server_config.clone())
                else {
                    continue; // the client that does not trust us
                };
                let m = device
                    .receive(Some(Duration::from_secs(5)))
                    .unwrap()
                    .unwrap();
                device.send(&m).unwrap();
                let _ = device.receive(Some(Duration::from_secs(5)));
            }
        });
        let url = format!("wss://127.0.0.1:{port}/");
        // Without our CA the server is not trusted.
        let untrusted = TlsOptions {
            ca_pem: Some(test_server().0),
            ..Default::default()
        };
        let e =
            WebSocketTransport::connect_tls(&url, Duration::from_secs(5), &untrusted).unwrap_err();
        assert!(e.to_string().contains("TLS handshake"), "{e}");
        let tls = TlsOptions {
            ca_pem: Some(ca),
            ..Default::default()
        };
        let mut host = WebSocketTransport::connect_tls(&url, Duration::from_secs(5), &tls).unwrap();
        host.send(&[0xAA, 0x00, 1, 2, 3]).unwrap();
        assert_eq!(
            host.receive(Some(Duration::from_secs(5))).unwrap(),
            Some(vec![0xAA, 0x00, 1, 2, 3])
        );
        host.close().unwrap();
        server.join().unwrap();
    }

    #[test]
    fn a_message_over_the_cap_is_refused_and_the_connection_closed() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let limits = Limits {
            max_ws_message_len: 1000,
            ..Limits::DEFAULT
        };
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut device =
                WebSocketTransport::accept_with(stream, &limits, Duration::from_secs(5)).unwrap();
            let fits = device.receive(Some(Duration::from_secs(5))).unwrap();
            assert_eq!(fits.map(|m| m.len()), Some(1000));
            device.receive(Some(Duration::from_secs(5))).unwrap_err()
        });
        let url = format!("ws://127.0.0.1:{port}/");
        let mut host = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap();
        host.send(&[1; 1000]).unwrap();
        host.send(&[2; 1001]).unwrap();
        let error = server.join().unwrap();
        assert!(
            matches!(
                error.kind,
                TransportErrorKind::MessageTooLong {
                    len: 1001,
                    max: 1000
                }
            ),
            "{error}"
        );
        // The host learns why: a close frame with code 1009, then the end.
        let closed = host.receive(Some(Duration::from_secs(5))).unwrap_err();
        assert!(
            matches!(closed.kind, TransportErrorKind::Closed),
            "{closed}"
        );
    }

    #[test]
    fn the_client_takes_limits_too() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut device = WebSocketTransport::accept(stream).unwrap();
            device.send(&[1; 500]).unwrap();
            device.send(&[2; 501]).unwrap();
            // The host closes the connection with code 1009.
            device.receive(Some(Duration::from_secs(5))).unwrap_err()
        });
        let limits = Limits {
            max_ws_message_len: 500,
            ..Limits::DEFAULT
        };
        let url = format!("ws://127.0.0.1:{port}/");
        let tls = TlsOptions::default();
        let mut host =
            WebSocketTransport::connect_with(&url, Duration::from_secs(5), &tls, &limits).unwrap();
        let long = host.send(&[3; 501]).unwrap_err();
        assert!(
            matches!(
                long.kind,
                TransportErrorKind::MessageTooLong { len: 501, max: 500 }
            ),
            "{long}"
        );
        let fits = host.receive(Some(Duration::from_secs(5))).unwrap();
        assert_eq!(fits.map(|m| m.len()), Some(500));
        let error = host.receive(Some(Duration::from_secs(5))).unwrap_err();
        assert!(
            matches!(
                error.kind,
                TransportErrorKind::MessageTooLong { len: 501, max: 500 }
            ),
            "{error}"
        );
        let closed = server.join().unwrap();
        assert!(
            matches!(closed.kind, TransportErrorKind::Closed),
            "{closed}"
        );
    }

    #[test]
    fn a_refused_client_is_told_why() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            WebSocketTransport::refuse(stream, "busy: 4 connections", Duration::from_secs(5))
        });
        let url = format!("ws://127.0.0.1:{port}/");
        let e = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap_err();
        assert!(e.to_string().contains("503"), "{e}");
        server.join().unwrap().unwrap();
    }
}
