//! Big Block messages of the oDynamo-style family, host side, as far as the source page
//! defines them (seed 003, "About Big Block Commands and Notifications"):
//!
//! - **Sending.** A command too long for one packet (or one that needs special
//!   treatment) is composed whole in memory, then sent with Command 0x01::0x10 - Send
//!   Big Block Command. [`big_block_command`] does that: the composed command goes
//!   into the data field (`C4`) of one 0x01::0x10 command.
//! - **Receiving.** A response or notification too long for one packet arrives as
//!   several Notification 0x01::0x10 - Big Block Device Data; the host counts them and
//!   concatenates their data. [`BigBlockAssembler`] does that and reports a message
//!   once the concatenation decodes as one whole message.
//!
//! **Not defined by the page** (and so not invented here): the data layout of the
//! 0x01::0x10 command and notification (packet numbers, total length, parameters of
//! packets 1 through n, which result code 0x82 hints at), how the first and the last
//! notification are marked, and the connection's maximum packet size. Until those
//! sections are available, a big block command is sent as one command (no
//! splitting), and reassembly ends when the data is one message with its data object. The simulator
//! (`mms_sim::odynamo`) follows the same reading.

use std::fmt;

use mms_codec::DecodeError;
use mms_protocol::generated::odynamo::{commands, notifications, Message};

use crate::tlv_framing::{FramerOptions, FramingError, TlvFramer};

/// `(application group, command ID)` of Send Big Block Command and Big Block Device Data.
pub const BIG_BLOCK_KEY: (u8, u8) = (
    notifications::big_block_device_data::APPLICATION_ID,
    notifications::big_block_device_data::COMMAND_ID,
);

/// Command 0x01::0x10 carrying `command` (composed whole) in its data field.
///
/// ```
/// use mms_protocol::generated::odynamo::commands::clear_transaction_data;
/// use mms_runtime::big_block::big_block_command;
///
/// let inner = clear_transaction_data::command();
/// let outer = big_block_command(&inner);
/// assert_eq!(outer.command_id, 0x10);
/// assert_eq!(outer.data.as_deref(), Some(&inner.encode()[..]));
/// ```
pub fn big_block_command(command: &Message) -> Message {
    let mut outer = commands::send_big_block_command::command();
    outer.data = Some(command.encode());
    outer
}

/// Whether `message` is a Big Block Device Data notification.
pub fn is_big_block_data(message: &Message) -> bool {
    notifications::big_block_device_data::matches(message)
}

/// Why reassembly failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BigBlockError {
    /// The message given is not a Big Block Device Data notification.
    NotBigBlockData {
        /// Its `(message type, application group, command ID)`.
        key: (u8, u8, u8),
    },
    /// The concatenated data grew past the limit before it formed a message.
    TooLong {
        /// Bytes collected.
        len: usize,
        /// Notifications collected.
        count: usize,
        /// The limit.
        max: usize,
    },
    /// The concatenated data holds a message and more bytes after it.
    NotOneMessage {
        /// Notifications collected.
        count: usize,
        /// Length of the message at the start.
        message_len: usize,
        /// Bytes collected.
        len: usize,
    },
    /// The concatenated data does not start a message (see [`FramingError`]).
    Framing {
        /// Notifications collected.
        count: usize,
        /// Why; stream offsets count from the start of the data.
        error: FramingError,
    },
    /// The concatenated data is whole TLVs but not a valid message.
    BadMessage {
        /// Notifications collected.
        count: usize,
        /// The codec's error (offsets from the start of the reassembled message).
        error: Box<DecodeError>,
    },
}

impl fmt::Display for BigBlockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BigBlockError::NotBigBlockData { key } => write!(
                f,
                "message {:02X} 0x{:02X}::0x{:02X} is not Big Block Device Data",
                key.0, key.1, key.2
            ),
            BigBlockError::TooLong { len, count, max } => write!(
                f,
                "big block data reached {len} bytes in {count} notifications without forming a \
                 message (limit {max} bytes)"
            ),
            BigBlockError::NotOneMessage {
                count,
                message_len,
                len,
            } => write!(
                f,
                "big block data of {count} notifications ({len} bytes) holds a message of \
                 {message_len} bytes and more after it"
            ),
            BigBlockError::Framing { count, error } => {
                write!(f, "big block data of {count} notifications: {error}")
            }
            BigBlockError::BadMessage { count, error } => write!(
                f,
                "big block data of {count} notifications is not a valid message: {error}"
            ),
        }
    }
}

impl std::error::Error for BigBlockError {}

/// Concatenates the data of Big Block Device Data notifications until it is one message.
///
/// ```
/// use mms_protocol::generated::odynamo::{commands, notifications, ApplicationId, Message, ResultCode};
/// use mms_runtime::big_block::BigBlockAssembler;
///
/// let mut long = Message::response(ApplicationId::GeneralMessages, 0x02, ResultCode::OkDone);
/// long.data = Some(vec![7; 300]);
/// let bytes = long.encode();
/// let mut assembler = BigBlockAssembler::new(1 << 20);
/// let mut result = None;
/// for chunk in bytes.chunks(128) {
///     let mut n = Message::notification(ApplicationId::GeneralMessages, 0x10, ResultCode::OkDone);
///     n.data = Some(chunk.to_vec());
///     result = assembler.push(&n)?;
/// }
/// assert_eq!(result, Some(long));
/// assert_eq!(assembler.last_count(), 3);
/// assert!(assembler.is_empty());
/// # Ok::<(), mms_runtime::big_block::BigBlockError>(())
/// ```
#[derive(Debug)]
pub struct BigBlockAssembler {
    data: Vec<u8>,
    count: usize,
    last_count: usize,
    max: usize,
}

impl BigBlockAssembler {
    /// An empty assembler that refuses to collect more than `max_len` bytes.
    pub fn new(max_len: usize) -> BigBlockAssembler {
        BigBlockAssembler {
            data: Vec::new(),
            count: 0,
            last_count: 0,
            max: max_len,
        }
    }

    /// Notifications collected since the last complete message.
    pub fn count(&self) -> usize {
        self.count
    }

    /// Notifications that made up the last complete message.
    pub fn last_count(&self) -> usize {
        self.last_count
    }

    /// Bytes collected since the last complete message.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// Whether nothing is collected.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Adds one notification's data; returns the message once the data collected is
    /// one whole message (and starts over). On an error the collected data is dropped.
    pub fn push(&mut self, notification: &Message) -> Result<Option<Message>, BigBlockError> {
        if !is_big_block_data(notification) {
            return Err(BigBlockError::NotBigBlockData {
                key: notification.key(),
            });
        }
        self.data.extend(notification.data_bytes());
        self.count += 1;
        if self.data.len() > self.max {
            let e = BigBlockError::TooLong {
                len: self.data.len(),
                count: self.count,
                max: self.max,
            };
            self.reset();
            return Err(e);
        }
        // Whole when all of the data is one message ending in its data object: a message
        // without data is a dozen bytes and never needs a big block, and waiting for the
        // data object keeps a chunk that ends after the header from passing for a message.
        let mut framer = TlvFramer::new(FramerOptions {
            max_message_len: self.max,
            ..FramerOptions::default()
        });
        framer.push(&self.data);
        let result = match framer.next_message() {
            // All the data is held: a run of dropped bytes that is still open ends here.
            Ok(None) => match framer.flush_idle() {
                Err(e) => Err(BigBlockError::Framing {
                    count: self.count,
                    error: e,
                }),
                Ok(_) => return Ok(None),
            },
            Ok(Some(m)) if m.len() == self.data.len() => {
                self.last_count = self.count;
                Message::decode(&self.data).map_err(|error| BigBlockError::BadMessage {
                    count: self.count,
                    error: Box::new(error),
                })
            }
            Ok(Some(m)) => Err(BigBlockError::NotOneMessage {
                count: self.count,
                message_len: m.len(),
                len: self.data.len(),
            }),
            Err(e) => Err(BigBlockError::Framing {
                count: self.count,
                error: e,
            }),
        };
        self.reset();
        result.map(Some)
    }

    fn reset(&mut self) {
        self.data.clear();
        self.count = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_protocol::generated::odynamo::{ApplicationId, ResultCode};

    fn chunk(data: &[u8]) -> Message {
        let mut n = Message::notification(ApplicationId::GeneralMessages, 0x10, ResultCode::OkDone);
        n.data = Some(data.to_vec());
        n
    }

    #[test]
    fn a_chunk_ending_after_the_header_is_not_taken_for_the_message() {
        let mut long = Message::response(ApplicationId::GeneralMessages, 0x02, ResultCode::OkDone);
        long.data = Some(vec![1; 40]);
        let bytes = long.encode();
        let mut a = BigBlockAssembler::new(1000);
        assert_eq!(a.push(&chunk(&bytes[..12])), Ok(None));
        assert_eq!(a.push(&chunk(&bytes[12..])), Ok(Some(long)));
        assert!(a.is_empty());
    }

    #[test]
    fn bad_data_is_an_error_and_starts_over() {
        let mut a = BigBlockAssembler::new(1000);
        let e = a.push(&chunk(&[0x12, 0x34])).unwrap_err();
        assert!(e.to_string().contains("12 cannot start a message"), "{e}");
        assert!(a.is_empty());
        let mut small = BigBlockAssembler::new(10);
        let e = small.push(&chunk(&[0xC0; 11])).unwrap_err();
        assert!(
            matches!(
                e,
                BigBlockError::TooLong {
                    len: 11,
                    count: 1,
                    max: 10
                }
            ),
            "{e:?}"
        );
        let ack = Message::response(ApplicationId::GeneralMessages, 2, ResultCode::OkDone);
        let e = a.push(&ack).unwrap_err();
        assert_eq!(e, BigBlockError::NotBigBlockData { key: (2, 1, 2) });
        // Two messages in one run of data.
        let mut two = commands::clear_transaction_data::command();
        two.data = Some(vec![1]);
        let mut bytes = two.encode();
        bytes.extend(two.encode());
        let e = a.push(&chunk(&bytes)).unwrap_err();
        assert!(
            matches!(
                e,
                BigBlockError::NotOneMessage {
                    message_len: 12,
                    len: 24,
                    ..
                }
            ),
            "{e:?}"
        );
    }
}
