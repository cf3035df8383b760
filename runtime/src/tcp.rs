//! The oDynamo-style message family over TCP (devices listen on port
//! [`TCP_PORT`](mms_protocol::generated::odynamo::TCP_PORT), 5000): messages are raw
//! TLV sequences with no wrapper, so the reader finds where a message ends by
//! parsing its top-level TLVs.
//!
//! [`TlvFramer`] holds that rule without I/O (the simulator uses it too);
//! [`TcpClient`] is a blocking client on top of it.
//!
//! # Where a message ends
//!
//! The source page defines the message (`C0`, `C1`, `C2`, optional `C3`, optional
//! data `C4`/`E0`) but not how a stream of them is cut. The framer ends a message
//! - after a data object (`C4` or `E0`: it is the last object of a message),
//! - before a top-level `C0` (the first object of the next message), or
//! - when the input pauses at a TLV boundary ([`TlvFramer::flush_idle`]; the client
//!   waits [`TcpClientOptions::idle_gap`] for more bytes first), which is how an ACK
//!   response (`C0 C1 C2 C3`, no data) ends.
//!
//! Partial input is kept until it is complete. Bytes that cannot start a message
//! (anything but `C0`), malformed TLV headers and messages over
//! [`FramerOptions::max_message_len`] are errors that say where and why; the framer
//! then drops bytes up to the next `C0` and goes on.
//!
//! ```no_run
//! use mms_protocol::generated::odynamo::commands::clear_transaction_data;
//! use mms_runtime::tcp::{TcpClient, TcpClientOptions};
//!
//! let mut client = TcpClient::connect("192.168.1.50:5000", TcpClientOptions::default())?;
//! let ack = client.call(&clear_transaction_data::command())?;
//! println!("{}", ack.result_code.map_or("no result code".into(), |rc| rc.to_string()));
//! # Ok::<(), mms_runtime::tcp::TcpError>(())
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::io::{self, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use mms_codec::DecodeError;
use mms_protocol::generated::odynamo::{Message, MessageType};

use crate::big_block::{self, BigBlockAssembler, BigBlockError};
pub use crate::tlv_framing::{
    FramerOptions, FramingError, TlvFramer, DATA_TAGS, MESSAGE_START_TAG,
};

/// Settings of a [`TcpClient`].
#[derive(Debug, Clone)]
pub struct TcpClientOptions {
    /// How long [`TcpClient::call`] waits for the response; default 5 s.
    pub response_timeout: Duration,
    /// How long the input must pause before a message without a data object is taken
    /// as complete; default 50 ms.
    pub idle_gap: Duration,
    /// Framing limits.
    pub framer: FramerOptions,
    /// Most notifications kept while waiting for a response (the oldest go first); default 256.
    pub max_queued_notifications: usize,
    /// Largest message reassembled from Big Block Device Data; default 1 MiB.
    pub max_big_block_len: usize,
}

impl Default for TcpClientOptions {
    fn default() -> Self {
        TcpClientOptions {
            response_timeout: Duration::from_secs(5),
            idle_gap: Duration::from_millis(50),
            framer: FramerOptions::default(),
            max_queued_notifications: 256,
            max_big_block_len: 1 << 20,
        }
    }
}

/// What went wrong on a [`TcpClient`].
#[derive(Debug)]
pub enum TcpError {
    /// Connecting or an I/O operation failed.
    Io(io::Error),
    /// The device closed the connection.
    Closed,
    /// No response within the timeout.
    Timeout {
        /// The command waited for: `(application group, command ID)`.
        command: (u8, u8),
        /// The timeout.
        after: Duration,
    },
    /// Received bytes were dropped (the connection goes on).
    Framing(FramingError),
    /// A whole message that does not decode (the connection goes on).
    Decode {
        /// The codec's error (offsets from the message start).
        error: Box<DecodeError>,
        /// The message's bytes.
        bytes: Vec<u8>,
    },
    /// Reassembling Big Block Device Data failed.
    BigBlock(BigBlockError),
    /// The message given to `call` is not a command.
    NotACommand(MessageType),
}

impl fmt::Display for TcpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TcpError::Io(e) => write!(f, "I/O error: {e}"),
            TcpError::Closed => f.write_str("the device closed the connection"),
            TcpError::Timeout { command, after } => write!(
                f,
                "no response to command 0x{:02X}::0x{:02X} within {after:?}",
                command.0, command.1
            ),
            TcpError::Framing(e) => e.fmt(f),
            TcpError::Decode { error, bytes } => {
                write!(
                    f,
                    "a received message of {} bytes does not decode: {error}",
                    bytes.len()
                )
            }
            TcpError::BigBlock(e) => e.fmt(f),
            TcpError::NotACommand(t) => write!(f, "only commands can be called, not a {t} message"),
        }
    }
}

impl std::error::Error for TcpError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TcpError::Io(e) => Some(e),
            TcpError::Framing(e) => Some(e),
            TcpError::Decode { error, .. } => Some(&**error),
            TcpError::BigBlock(e) => Some(e),
            _ => None,
        }
    }
}

impl From<io::Error> for TcpError {
    fn from(e: io::Error) -> Self {
        TcpError::Io(e)
    }
}

/// A blocking client for the oDynamo-style family over TCP: one command at a time
/// (the device serves one command at a time), notifications queued on the side.
#[derive(Debug)]
pub struct TcpClient {
    stream: TcpStream,
    framer: TlvFramer,
    options: TcpClientOptions,
    notifications: VecDeque<Message>,
    /// Responses that matched no call in progress, counted (never handed to a later call).
    stray_responses: u64,
}

impl TcpClient {
    /// Connects to a device (e.g. `"10.0.0.5:5000"`).
    pub fn connect(
        addr: impl ToSocketAddrs,
        options: TcpClientOptions,
    ) -> Result<TcpClient, TcpError> {
        let stream = TcpStream::connect(addr)?;
        Ok(TcpClient::from_stream(stream, options))
    }

    /// Uses a connected stream.
    pub fn from_stream(stream: TcpStream, options: TcpClientOptions) -> TcpClient {
        let _ = stream.set_nodelay(true);
        TcpClient {
            stream,
            framer: TlvFramer::new(options.framer.clone()),
            options,
            notifications: VecDeque::new(),
            stray_responses: 0,
        }
    }

    /// Sends one message as it is.
    pub fn send(&mut self, message: &Message) -> Result<(), TcpError> {
        self.stream.write_all(&message.encode())?;
        Ok(())
    }

    /// Sends a command and waits for the response with the same application group and
    /// command ID. Notifications that arrive meanwhile are queued for
    /// [`next_notification`](Self::next_notification); a response to another command is
    /// dropped and counted ([`stray_responses`](Self::stray_responses)), never returned.
    pub fn call(&mut self, command: &Message) -> Result<Message, TcpError> {
        if command.message_type != MessageType::Command {
            return Err(TcpError::NotACommand(command.message_type));
        }
        let (_, app, cmd) = command.key();
        self.send(command)?;
        let deadline = Instant::now() + self.options.response_timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let Some(message) = self.receive_until(Some(left))? else {
                return Err(TcpError::Timeout {
                    command: (app, cmd),
                    after: self.options.response_timeout,
                });
            };
            match message.message_type {
                MessageType::Response if (message.key().1, message.command_id) == (app, cmd) => {
                    return Ok(message)
                }
                MessageType::Notification => self.queue(message),
                _ => self.stray_responses += 1,
            }
        }
    }

    /// Sends a long command as a Big Block (Command 0x01::0x10 carrying the whole
    /// composed command; see [`big_block`]) and waits for its ACK.
    pub fn call_big_block(&mut self, command: &Message) -> Result<Message, TcpError> {
        self.call(&big_block::big_block_command(command))
    }

    /// The next notification (queued ones first), waiting up to `timeout`.
    pub fn next_notification(&mut self, timeout: Duration) -> Result<Option<Message>, TcpError> {
        if let Some(n) = self.notifications.pop_front() {
            return Ok(Some(n));
        }
        let deadline = Instant::now() + timeout;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.receive_until(Some(left))? {
                None => return Ok(None),
                Some(m) if m.message_type == MessageType::Notification => return Ok(Some(m)),
                Some(_) => self.stray_responses += 1,
            }
        }
    }

    /// Collects Big Block Device Data notifications (0x01::0x10) until their data,
    /// concatenated, is one whole message, and returns that message. Other
    /// notifications stay queued.
    pub fn receive_big_block(&mut self, timeout: Duration) -> Result<Message, TcpError> {
        let deadline = Instant::now() + timeout;
        let mut assembler = BigBlockAssembler::new(self.options.max_big_block_len);
        let mut others = Vec::new();
        let result = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let next = match self.notifications.pop_front() {
                Some(n) => Some(n),
                None => self.next_notification(left)?,
            };
            let Some(notification) = next else {
                break Err(TcpError::Timeout {
                    command: big_block::BIG_BLOCK_KEY,
                    after: timeout,
                });
            };
            if !big_block::is_big_block_data(&notification) {
                others.push(notification);
                continue;
            }
            match assembler.push(&notification) {
                Ok(Some(message)) => break Ok(message),
                Ok(None) => {}
                Err(e) => break Err(TcpError::BigBlock(e)),
            }
        };
        for n in others.into_iter().rev() {
            self.notifications.push_front(n);
        }
        result
    }

    /// Responses received that matched no call in progress.
    pub fn stray_responses(&self) -> u64 {
        self.stray_responses
    }

    fn queue(&mut self, notification: Message) {
        if self.notifications.len() >= self.options.max_queued_notifications {
            self.notifications.pop_front();
        }
        self.notifications.push_back(notification);
    }

    /// The next whole message, or `None` when `timeout` ran out.
    fn receive_until(&mut self, timeout: Option<Duration>) -> Result<Option<Message>, TcpError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(bytes) = self.framer.next_message().map_err(TcpError::Framing)? {
                return decode(bytes).map(Some);
            }
            // A run of whole TLVs: wait a short gap for more before taking it as complete.
            let idle = self.framer.at_boundary();
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            let wait = match (idle, left) {
                (true, Some(left)) => left.min(self.options.idle_gap),
                (true, None) => self.options.idle_gap,
                (false, left) => left.unwrap_or(Duration::from_secs(3600)),
            };
            if wait.is_zero() && !idle {
                return Ok(None);
            }
            self.stream
                .set_read_timeout(Some(wait.max(Duration::from_millis(1))))?;
            match self.stream.read(&mut chunk) {
                Ok(0) => return Err(TcpError::Closed),
                Ok(n) => self.framer.push(&chunk[..n]),
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                    ) =>
                {
                    if idle {
                        if let Some(bytes) = self.framer.flush_idle().map_err(TcpError::Framing)? {
                            return decode(bytes).map(Some);
                        }
                    }
                    if left.is_some_and(|l| l.is_zero()) {
                        return Ok(None);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(TcpError::Io(e)),
            }
        }
    }
}

fn decode(bytes: Vec<u8>) -> Result<Message, TcpError> {
    Message::decode(&bytes).map_err(|error| TcpError::Decode {
        error: Box::new(error),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ACK: [u8; 12] = [0xC0, 1, 2, 0xC1, 1, 1, 0xC2, 1, 2, 0xC3, 1, 0];

    #[test]
    fn a_message_with_data_ends_at_its_data_object() {
        let mut framer = TlvFramer::default();
        let mut wire = vec![
            0xC0, 1, 3, 0xC1, 1, 1, 0xC2, 1, 0x10, 0xC3, 1, 0, 0xC4, 0x81, 0x80,
        ];
        wire.extend([0xAB; 0x80]);
        for b in &wire[..wire.len() - 1] {
            framer.push(&[*b]);
            assert_eq!(framer.next_message().unwrap(), None);
        }
        framer.push(&wire[wire.len() - 1..]);
        assert_eq!(framer.next_message().unwrap(), Some(wire));
        assert_eq!(framer.pending(), 0);
    }

    #[test]
    fn an_ack_ends_at_the_next_c0_or_when_input_pauses() {
        let mut framer = TlvFramer::default();
        framer.push(&ACK);
        assert_eq!(framer.next_message().unwrap(), None);
        assert!(framer.at_boundary());
        framer.push(&ACK[..4]);
        assert_eq!(framer.next_message().unwrap().as_deref(), Some(&ACK[..]));
        // Mid-TLV: not at a boundary, nothing to flush.
        assert!(!framer.at_boundary());
        assert_eq!(framer.flush_idle().unwrap(), None);
        framer.push(&ACK[4..]);
        assert_eq!(framer.flush_idle().unwrap().as_deref(), Some(&ACK[..]));
    }

    #[test]
    fn garbage_is_reported_with_its_offset_and_skipped_to_the_next_c0() {
        let mut framer = TlvFramer::default();
        framer.push(&[0x12, 0x34]);
        framer.push(&ACK);
        let e = framer.next_message().unwrap_err();
        assert_eq!(
            e,
            FramingError::NotAMessageStart {
                stream_offset: 0,
                byte: 0x12,
                discarded: 2
            }
        );
        assert!(
            e.to_string()
                .starts_with("at stream byte 0: 12 cannot start a message"),
            "{e}"
        );
        assert_eq!(framer.flush_idle().unwrap().as_deref(), Some(&ACK[..]));
    }

    #[test]
    fn bad_headers_and_oversized_messages_are_errors() {
        let mut framer = TlvFramer::default();
        // 0x85: no such length form.
        framer.push(&[0xC0, 0x85, 1, 2, 3, 4, 5]);
        // The dropped run stays open until a C0 or a pause ends it.
        assert_eq!(framer.next_message().unwrap(), None);
        assert!(framer.at_boundary());
        let e = framer.flush_idle().unwrap_err();
        assert!(
            matches!(
                e,
                FramingError::BadHeader {
                    stream_offset: 1,
                    discarded: 7,
                    ..
                }
            ),
            "{e:?}"
        );
        let mut framer = TlvFramer::new(FramerOptions {
            max_message_len: 100,
            ..FramerOptions::default()
        });
        // A data object announcing 200 bytes: refused before they arrive.
        framer.push(&[0xC0, 1, 1, 0xC4, 0x81, 200, 0xC0]);
        let e = framer.next_message().unwrap_err();
        assert!(
            matches!(
                e,
                FramingError::TooLong {
                    max: 100,
                    discarded: 6,
                    ..
                }
            ),
            "{e:?}"
        );
        assert_eq!(framer.pending(), 1);
    }

    /// Everything the framer reports for `stream` pushed in chunks of `size`, with a
    /// pause (flush) at the end.
    fn frame_in_chunks(stream: &[u8], size: usize) -> Vec<Result<Vec<u8>, FramingError>> {
        let mut framer = TlvFramer::default();
        let mut out = Vec::new();
        for chunk in stream.chunks(size) {
            framer.push(chunk);
            while let Some(result) = framer.next_message().transpose() {
                out.push(result);
            }
        }
        while let Some(result) = framer.flush_idle().transpose() {
            out.push(result);
        }
        out
    }

    /// Regression (fuzz target `odynamo`): garbage used to be reported once per read,
    /// so the same stream gave one error whole and three read 4 bytes at a time.
    #[test]
    fn a_run_of_garbage_is_one_error_however_the_stream_is_cut() {
        let stream = [
            0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xEF, 0x03, 0x84, 0x02, 0xEF, 0x03,
        ];
        let mut with_ack = stream.to_vec();
        with_ack.extend(ACK);
        for input in [&stream[..], &with_ack] {
            let whole = frame_in_chunks(input, input.len());
            for size in 1..=16 {
                assert_eq!(frame_in_chunks(input, size), whole, "chunks of {size}");
            }
            assert_eq!(
                whole[0],
                Err(FramingError::NotAMessageStart {
                    stream_offset: 0,
                    byte: 0xAA,
                    discarded: 12
                })
            );
        }
        assert_eq!(frame_in_chunks(&with_ack, 5)[1].as_deref(), Ok(&ACK[..]));
    }
}
