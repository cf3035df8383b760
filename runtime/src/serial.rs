//! SLIP-framed transport over a byte stream: a serial port ([`open_serial`],
//! 115200 8N1, no flow control) or any stream with read timeouts (a TCP or Unix
//! socket, used by tests and the simulator).

use std::collections::VecDeque;
use std::fmt;
use std::io::{self, Read, Write};
use std::net::TcpStream;
#[cfg(unix)]
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use crate::limits::Limits;
use crate::slip::{self, SlipDecoder, SlipEvent, SlipInfo};
use crate::transport::{
    remaining, remaining_until_either, HexBytes, Transport, TransportError, TransportErrorKind,
    FRAME_TRACE_TARGET,
};

/// The serial settings the manual prescribes (section 2.5).
pub const SERIAL_BAUD_RATE: u32 = 115_200;
/// How long one write may block before the link counts as dead. The kernel
/// buffer drains at ~11 KB/s at 115200 baud, so any live link moves within this.
pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

/// A byte stream whose reads can time out.
pub trait ByteStream: Read + Write + Send {
    /// Sets how long a read may block (`None` = forever). A read that times out
    /// fails with [`io::ErrorKind::TimedOut`] or [`io::ErrorKind::WouldBlock`].
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()>;
    /// Sets how long a write may block (`None` = forever).
    fn set_write_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()>;
}

impl ByteStream for TcpStream {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        TcpStream::set_read_timeout(self, timeout)
    }
    fn set_write_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        TcpStream::set_write_timeout(self, timeout)
    }
}

#[cfg(unix)]
impl ByteStream for UnixStream {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        UnixStream::set_read_timeout(self, timeout)
    }
    fn set_write_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        UnixStream::set_write_timeout(self, timeout)
    }
}

impl ByteStream for Box<dyn serialport::SerialPort> {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        // serialport has no "forever"; a day is long enough between two bytes.
        let timeout = timeout.unwrap_or(Duration::from_secs(86_400));
        self.set_timeout(timeout).map_err(io::Error::from)
    }
    fn set_write_timeout(&mut self, timeout: Option<Duration>) -> io::Result<()> {
        // serialport has one timeout for both directions: the last one set wins,
        // and every send and receive sets its own.
        ByteStream::set_read_timeout(self, timeout)
    }
}

/// Which side of the link this end is: it decides the info byte of sent frames.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlipRole {
    /// Sends [`SlipInfo::HOST_TO_DEVICE`] frames.
    Host,
    /// Sends [`SlipInfo::DEVICE_TO_HOST`] frames (the simulator).
    Device,
}

/// A [`Transport`] that frames messages with SLIP over a [`ByteStream`].
///
/// Sent frames carry the role's direction byte; received frames are accepted
/// with either direction byte (the direction adds nothing to a point-to-point
/// link), and a "capability exceeded" frame is reported as
/// [`TransportErrorKind::CapabilityExceeded`].
pub struct SlipTransport<S> {
    name: String,
    stream: S,
    role: SlipRole,
    decoder: SlipDecoder,
    pending: VecDeque<SlipEvent>,
    max_message_len: usize,
}

impl<S> fmt::Debug for SlipTransport<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SlipTransport")
            .field("name", &self.name)
            .field("role", &self.role)
            .field("decoder", &self.decoder)
            .finish_non_exhaustive()
    }
}

fn is_timeout(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
    )
}

impl<S: ByteStream> SlipTransport<S> {
    /// Wraps a stream. Messages longer than `max_message_len` are refused both
    /// ways (see [`slip::DEFAULT_MAX_MESSAGE_LEN`]).
    pub fn new(stream: S, role: SlipRole, name: impl Into<String>, max_message_len: usize) -> Self {
        Self::with_limits(stream, role, name, &slip_limits(max_message_len))
    }

    /// Wraps a stream with the SLIP message cap (both ways) and reassembly
    /// time of `limits`: a frame whose next bytes do not come within
    /// `limits.reassembly_timeout` is dropped and reported as
    /// [`DiscardReason::Incomplete`](crate::slip::DiscardReason::Incomplete).
    pub fn with_limits(
        stream: S,
        role: SlipRole,
        name: impl Into<String>,
        limits: &Limits,
    ) -> Self {
        Self {
            name: name.into(),
            stream,
            role,
            decoder: SlipDecoder::with_limits(limits),
            pending: VecDeque::new(),
            max_message_len: limits.max_slip_message_len,
        }
    }

    /// The underlying stream (tests use it to write raw bytes).
    pub fn stream_mut(&mut self) -> &mut S {
        &mut self.stream
    }

    /// Sends the device's "hardware capability exceeded" reply (simulator side).
    pub fn send_capability_exceeded(&mut self, max_len: u32) -> Result<(), TransportError> {
        let frame = slip::encode_capability_exceeded(max_len);
        self.write_all(&frame)
    }

    fn error(&self, kind: TransportErrorKind) -> TransportError {
        TransportError::new(&self.name, kind)
    }

    fn io_error(&self, e: io::Error) -> TransportError {
        match e.kind() {
            io::ErrorKind::BrokenPipe
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::UnexpectedEof => self.error(TransportErrorKind::Closed),
            _ => self.error(TransportErrorKind::Io(e)),
        }
    }

    fn write_all(&mut self, bytes: &[u8]) -> Result<(), TransportError> {
        let result = (self.stream.set_write_timeout(Some(WRITE_TIMEOUT)))
            .and_then(|()| self.stream.write_all(bytes))
            .and_then(|()| self.stream.flush());
        result.map_err(|e| self.io_error(e))
    }
}

impl<S: ByteStream> Transport for SlipTransport<S> {
    fn name(&self) -> &str {
        &self.name
    }

    fn receive_progress(&self) -> Option<(usize, usize)> {
        self.decoder.progress()
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        self.send_with_progress(message, &mut |_, _| {})
    }

    fn send_with_progress(
        &mut self,
        message: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), TransportError> {
        let frame = frame_for(&self.name, self.role, message, self.max_message_len)?;
        tracing::debug!(target: FRAME_TRACE_TARGET, "{} SLIP frame -> {}", self.name, HexBytes(&frame));
        let total = message.len();
        let set = self.stream.set_write_timeout(Some(WRITE_TIMEOUT));
        set.map_err(|e| self.io_error(e))?;
        let mut written = 0;
        for chunk in frame.chunks(WRITE_CHUNK) {
            let result = self.stream.write_all(chunk);
            result.map_err(|e| self.io_error(e))?;
            written += chunk.len();
            progress(message_progress(written, frame.len(), total), total);
        }
        let result = self.stream.flush();
        result.map_err(|e| self.io_error(e))
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut buf = [0u8; 4096];
        loop {
            if let Some(event) = self.pending.pop_front() {
                return received(&self.name, event).map(Some);
            }
            // A frame whose rest is overdue is dropped (an event of its own).
            let pending = &mut self.pending;
            self.decoder
                .expire(Instant::now(), |e| pending.push_back(e));
            if !self.pending.is_empty() {
                continue;
            }
            if remaining(deadline) == Some(Duration::ZERO) {
                return Ok(None);
            }
            // Wake up when the rest of a partial frame is overdue, too. A zero
            // timeout means "block" to some streams: keep at least 1 ms.
            let wait = remaining_until_either(deadline, self.decoder.deadline());
            let wait = wait.map(|w| w.max(Duration::from_millis(1)));
            let set = self.stream.set_read_timeout(wait);
            set.map_err(|e| self.io_error(e))?;
            match self.stream.read(&mut buf) {
                Ok(0) => return Err(self.error(TransportErrorKind::Closed)),
                Ok(n) => {
                    tracing::debug!(target: FRAME_TRACE_TARGET, "{} bytes <- {}", self.name, HexBytes(&buf[..n]));
                    let pending = &mut self.pending;
                    self.decoder
                        .push_at(&buf[..n], Instant::now(), |e| pending.push_back(e));
                }
                Err(e) if is_timeout(&e) => {}
                Err(e) => return Err(self.io_error(e)),
            }
        }
    }
}

/// The default limits with a SLIP message cap of `max_message_len`.
pub(crate) fn slip_limits(max_message_len: usize) -> Limits {
    Limits {
        max_slip_message_len: max_message_len,
        ..Limits::DEFAULT
    }
}

/// Frames are written in chunks of this size so that a long file reports
/// progress as it goes.
pub(crate) const WRITE_CHUNK: usize = 4096;

/// The SLIP frame of `message` sent by `role`, or `MessageTooLong`.
pub(crate) fn frame_for(
    name: &str,
    role: SlipRole,
    message: &[u8],
    max_message_len: usize,
) -> Result<Vec<u8>, TransportError> {
    if message.len() > max_message_len {
        let kind = TransportErrorKind::MessageTooLong {
            len: message.len(),
            max: max_message_len,
        };
        return Err(TransportError::new(name, kind));
    }
    let info = match role {
        SlipRole::Host => SlipInfo::HOST_TO_DEVICE,
        SlipRole::Device => SlipInfo::DEVICE_TO_HOST,
    };
    Ok(slip::encode(info, message))
}

/// Message bytes sent once `written` of the `frame_len` frame bytes are out:
/// the escaped frame is only slightly longer than the message, so scale linearly.
pub(crate) fn message_progress(written: usize, frame_len: usize, total: usize) -> usize {
    (written as u128 * total as u128 / frame_len.max(1) as u128) as usize
}

/// What a decoded SLIP event means to a transport's receive: a message, or
/// a non-fatal error saying what was dropped.
pub(crate) fn received(name: &str, event: SlipEvent) -> Result<Vec<u8>, TransportError> {
    let kind = match event {
        SlipEvent::Message { message, .. } => return Ok(message),
        SlipEvent::CapabilityExceeded { max_len } => {
            TransportErrorKind::CapabilityExceeded { max_len }
        }
        SlipEvent::Discarded {
            stream_offset,
            bytes,
            reason,
        } => TransportErrorKind::SlipDiscarded {
            stream_offset,
            bytes,
            reason,
        },
    };
    Err(TransportError::new(name, kind))
}

/// Opens a serial port at 115200 baud, 8 data bits, no parity, 1 stop bit, no
/// flow control, as the host end of a SLIP link.
pub fn open_serial(
    path: &str,
) -> Result<SlipTransport<Box<dyn serialport::SerialPort>>, TransportError> {
    open_serial_with(path, &Limits::DEFAULT)
}

/// [`open_serial`] with the SLIP frame size and reassembly time of `limits`.
pub fn open_serial_with(
    path: &str,
    limits: &Limits,
) -> Result<SlipTransport<Box<dyn serialport::SerialPort>>, TransportError> {
    Ok(SlipTransport::with_limits(
        open_serial_port(path)?,
        SlipRole::Host,
        serial_name(path),
        limits,
    ))
}

/// The port [`open_serial`] uses (115200 8N1, no flow control, 100 ms read
/// timeout), for callers that wrap the stream before framing it.
pub fn open_serial_port(path: &str) -> Result<Box<dyn serialport::SerialPort>, TransportError> {
    serialport::new(path, SERIAL_BAUD_RATE)
        .data_bits(serialport::DataBits::Eight)
        .parity(serialport::Parity::None)
        .stop_bits(serialport::StopBits::One)
        .flow_control(serialport::FlowControl::None)
        .timeout(Duration::from_millis(100))
        .open()
        .map_err(|e| {
            TransportError::new(serial_name(path), TransportErrorKind::Open(e.to_string()))
        })
}

/// The transport name of serial port `path` (`serial:/dev/ttyACM0`).
pub fn serial_name(path: &str) -> String {
    format!("serial:{path}")
}

#[cfg(unix)]
/// Two connected SLIP transports over a Unix socket pair (`host`, `device`).
pub fn slip_socket_pair() -> io::Result<(SlipTransport<UnixStream>, SlipTransport<UnixStream>)> {
    let (a, b) = UnixStream::pair()?;
    let max = slip::DEFAULT_MAX_MESSAGE_LEN;
    Ok((
        SlipTransport::new(a, SlipRole::Host, "slip-socket:host", max),
        SlipTransport::new(b, SlipRole::Device, "slip-socket:device", max),
    ))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::slip::DiscardReason;

    const WAIT: Option<Duration> = Some(Duration::from_secs(2));

    #[test]
    fn messages_cross_with_escaping() {
        let (mut host, mut device) = slip_socket_pair().unwrap();
        let message = vec![0xC0, 0xDB, 0xAA, 0x00];
        host.send(&message).unwrap();
        assert_eq!(device.receive(WAIT).unwrap(), Some(message.clone()));
        device.send(&message).unwrap();
        assert_eq!(host.receive(WAIT).unwrap(), Some(message));
    }

    #[test]
    fn large_message_with_progress() {
        let (mut host, mut device) = slip_socket_pair().unwrap();
        let big: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        let expected = big.clone();
        let reader = std::thread::spawn(move || device.receive(WAIT).unwrap());
        let mut last = (0, 0);
        host.send_with_progress(&big, &mut |d, t| last = (d, t))
            .unwrap();
        assert_eq!(last, (100_000, 100_000));
        assert_eq!(reader.join().unwrap(), Some(expected));
    }

    #[test]
    fn garbage_and_capability_reply_are_reported() {
        let (mut host, mut device) = slip_socket_pair().unwrap();
        device.stream_mut().write_all(&[1, 2, 3]).unwrap();
        device.send_capability_exceeded(4096).unwrap();
        device.send(b"after").unwrap();
        let e = host.receive(WAIT).unwrap_err();
        assert!(matches!(
            e.kind,
            TransportErrorKind::SlipDiscarded {
                bytes: 3,
                reason: DiscardReason::BeforeFirstDelimiter,
                ..
            }
        ));
        assert!(!e.is_fatal());
        let e = host.receive(WAIT).unwrap_err();
        assert!(matches!(
            e.kind,
            TransportErrorKind::CapabilityExceeded { max_len: 4096 }
        ));
        assert_eq!(host.receive(WAIT).unwrap(), Some(b"after".to_vec()));
    }

    #[test]
    fn timeout_then_close() {
        let (mut host, device) = slip_socket_pair().unwrap();
        assert_eq!(host.receive(Some(Duration::from_millis(5))).unwrap(), None);
        drop(device);
        let e = host.receive(WAIT).unwrap_err();
        assert!(matches!(e.kind, TransportErrorKind::Closed));
    }

    #[test]
    fn oversized_send_is_refused() {
        let (a, _b) = UnixStream::pair().unwrap();
        let mut t = SlipTransport::new(a, SlipRole::Host, "t", 10);
        let e = t.send(&[0; 11]).unwrap_err();
        assert!(matches!(
            e.kind,
            TransportErrorKind::MessageTooLong { len: 11, max: 10 }
        ));
    }
}
