//! The [`Transport`] trait (whole MMS messages in, whole messages out), its error
//! type, and an in-memory pair of connected endpoints.

use core::fmt;
use std::io;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::hid_framing::HidFramingError;
use crate::slip::DiscardReason;

/// A connection that carries whole MMS messages (framing is the transport's job).
///
/// `receive` with a timeout lets one thread alternate between sending and
/// receiving, which is how the [`Client`](crate::Client) drives every transport.
pub trait Transport: Send + fmt::Debug {
    /// A short description for error messages, e.g. `hid:/dev/hidraw3` or `ws://10.0.0.5:80/`.
    fn name(&self) -> &str;

    /// Sends one whole message.
    fn send(&mut self, message: &[u8]) -> Result<(), TransportError>;

    /// Sends one whole message, calling `progress(bytes_sent, total)` as it goes.
    /// The default reports only the end.
    fn send_with_progress(
        &mut self,
        message: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), TransportError> {
        self.send(message)?;
        progress(message.len(), message.len());
        Ok(())
    }

    /// Waits up to `timeout` (forever with `None`) for one whole message.
    ///
    /// `Ok(None)` means the time ran out. An error for which
    /// [`TransportError::is_fatal`] is false (bad framing, a cancelled message, the
    /// peer's "capability exceeded" reply) reports something that was dropped; the
    /// transport stays usable.
    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError>;

    /// `(bytes received, total)` of a message partly received, when the framing
    /// announces totals (HID heads, SLIP length fields). Used for progress of
    /// long incoming messages such as files.
    fn receive_progress(&self) -> Option<(usize, usize)> {
        None
    }
}

impl<T: Transport + ?Sized> Transport for Box<T> {
    fn name(&self) -> &str {
        (**self).name()
    }
    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        (**self).send(message)
    }
    fn send_with_progress(
        &mut self,
        message: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), TransportError> {
        (**self).send_with_progress(message, progress)
    }
    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        (**self).receive(timeout)
    }
    fn receive_progress(&self) -> Option<(usize, usize)> {
        (**self).receive_progress()
    }
}

/// A transport failure: which transport, and what happened.
#[derive(Debug)]
pub struct TransportError {
    /// [`Transport::name`] of the transport that failed.
    pub transport: String,
    /// What happened.
    pub kind: TransportErrorKind,
}

/// What went wrong on a transport.
#[derive(Debug)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The peer closed the connection (or the device was unplugged).
    Closed,
    /// An operating-system I/O error.
    Io(io::Error),
    /// The HID library reported an error (its text).
    Hid(String),
    /// The WebSocket layer reported an error (its text).
    WebSocket(String),
    /// Opening the connection failed (bad address, no such device, ...).
    Open(String),
    /// A received HID report broke the packet rules; the message was dropped.
    HidFraming(HidFramingError),
    /// The peer cancelled a multi-packet HID message.
    HidCancelled {
        /// The cancel packet's reason field.
        reason: u16,
        /// Bytes of the message that were dropped.
        discarded: usize,
    },
    /// Received SLIP bytes were not a valid frame and were dropped.
    SlipDiscarded {
        /// Where the dropped run started, counted in bytes received.
        stream_offset: u64,
        /// How many bytes were dropped.
        bytes: usize,
        /// Why.
        reason: DiscardReason,
    },
    /// The device replied that the message sent was longer than it accepts.
    CapabilityExceeded {
        /// The longest message the device accepts.
        max_len: u32,
    },
    /// A message to send is longer than this transport (or its cap) allows.
    MessageTooLong {
        /// The message's length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The peer sent something that is not an MMS message (a WebSocket text frame).
    UnexpectedData(&'static str),
    /// The MQTT layer reported an error (its text), such as a lost broker connection.
    Mqtt(String),
}

impl TransportError {
    /// Builds an error for the transport named `transport`.
    pub fn new(transport: impl Into<String>, kind: TransportErrorKind) -> Self {
        Self {
            transport: transport.into(),
            kind,
        }
    }

    /// True when the connection is unusable; false when only one message (or
    /// some bytes) was lost or refused and the transport can go on.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self.kind,
            TransportErrorKind::Closed
                | TransportErrorKind::Io(_)
                | TransportErrorKind::Hid(_)
                | TransportErrorKind::WebSocket(_)
                | TransportErrorKind::Open(_)
                | TransportErrorKind::Mqtt(_)
        )
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.transport)?;
        match &self.kind {
            TransportErrorKind::Closed => write!(f, "connection closed"),
            TransportErrorKind::Io(e) => write!(f, "I/O error: {e}"),
            TransportErrorKind::Hid(e) => write!(f, "HID error: {e}"),
            TransportErrorKind::WebSocket(e) => write!(f, "WebSocket error: {e}"),
            TransportErrorKind::Open(e) => write!(f, "cannot open: {e}"),
            TransportErrorKind::HidFraming(e) => write!(f, "{e}; message dropped"),
            TransportErrorKind::HidCancelled { reason, discarded } => write!(
                f,
                "peer cancelled a multi-packet message (reason {reason:#06x}) after {discarded} bytes"
            ),
            TransportErrorKind::SlipDiscarded {
                stream_offset,
                bytes,
                reason,
            } => write!(
                f,
                "dropped {bytes} received bytes at stream offset {stream_offset}: {reason}"
            ),
            TransportErrorKind::CapabilityExceeded { max_len } => write!(
                f,
                "device cannot take a message this long (its limit is {max_len} bytes)"
            ),
            TransportErrorKind::MessageTooLong { len, max } => {
                write!(f, "message of {len} bytes is over the {max}-byte limit")
            }
            TransportErrorKind::UnexpectedData(what) => write!(f, "unexpected {what}"),
            TransportErrorKind::Mqtt(e) => write!(f, "MQTT: {e}"),
        }
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            TransportErrorKind::Io(e) => Some(e),
            TransportErrorKind::HidFraming(e) => Some(e),
            _ => None,
        }
    }
}

/// Time left until `deadline` (`None` = no deadline).
pub(crate) fn remaining(deadline: Option<Instant>) -> Option<Duration> {
    deadline.map(|d| d.saturating_duration_since(Instant::now()))
}

/// How long a receive may block: until the caller's `deadline` or the framing
/// layer's reassembly deadline (the rest of a partial message is overdue),
/// whichever comes first; `None` (forever) only when neither is set.
pub(crate) fn remaining_until_either(
    deadline: Option<Instant>,
    reassembly: Option<Instant>,
) -> Option<Duration> {
    let first = match (deadline, reassembly) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    remaining(first)
}

/// One end of an in-memory connection carrying whole messages; see [`memory_pair`].
#[derive(Debug)]
pub struct MemoryTransport {
    name: String,
    outgoing: mpsc::Sender<Vec<u8>>,
    incoming: mpsc::Receiver<Vec<u8>>,
}

/// Two connected in-memory endpoints (`host`, `device`): what one sends, the
/// other receives. Dropping one end closes the other.
pub fn memory_pair() -> (MemoryTransport, MemoryTransport) {
    let (to_device, from_host) = mpsc::channel();
    let (to_host, from_device) = mpsc::channel();
    (
        MemoryTransport {
            name: "memory:host".into(),
            outgoing: to_device,
            incoming: from_device,
        },
        MemoryTransport {
            name: "memory:device".into(),
            outgoing: to_host,
            incoming: from_host,
        },
    )
}

impl Transport for MemoryTransport {
    fn name(&self) -> &str {
        &self.name
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        self.outgoing
            .send(message.to_vec())
            .map_err(|_| TransportError::new(&self.name, TransportErrorKind::Closed))
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let closed = || TransportError::new(&self.name, TransportErrorKind::Closed);
        match timeout {
            None => self.incoming.recv().map(Some).map_err(|_| closed()),
            Some(t) => match self.incoming.recv_timeout(t) {
                Ok(m) => Ok(Some(m)),
                Err(mpsc::RecvTimeoutError::Timeout) => Ok(None),
                Err(mpsc::RecvTimeoutError::Disconnected) => Err(closed()),
            },
        }
    }
}

/// Bytes shown as spaced hex in frame traces; formatted only when a trace is enabled.
pub(crate) struct HexBytes<'a>(pub(crate) &'a [u8]);

impl fmt::Display for HexBytes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(" ")?;
            }
            write!(f, "{b:02X}")?;
        }
        Ok(())
    }
}

/// The `tracing` target of every frame crossing a transport (HID reports, SLIP frames,
/// WebSocket messages), at debug level: `mms -v` shows them.
pub const FRAME_TRACE_TARGET: &str = "mms_runtime::frames";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_pair_carries_messages_and_reports_close() {
        let (mut host, mut device) = memory_pair();
        host.send(b"ping").unwrap();
        assert_eq!(
            device.receive(Some(Duration::from_secs(1))).unwrap(),
            Some(b"ping".to_vec())
        );
        assert_eq!(host.receive(Some(Duration::from_millis(1))).unwrap(), None);
        drop(device);
        let err = host.receive(Some(Duration::from_millis(1))).unwrap_err();
        assert!(err.is_fatal());
        assert_eq!(err.to_string(), "memory:host: connection closed");
        assert!(host.send(b"x").unwrap_err().is_fatal());
    }
}
