//! Where a message ends in a stream of wrapper-less TLV messages (the
//! oDynamo-style family over TCP), without I/O: [`TlvFramer`]. The rule is
//! described in [`tcp`](crate::tcp); the blocking [`TcpClient`](crate::tcp::TcpClient),
//! the big-block assembler and the simulator all use this one framer.

use std::fmt;

use mms_codec::{read_length, DecodeError, DecodeOptions, ErrorKind, Tag};

/// Tag of the first object of every message (Message Type).
pub const MESSAGE_START_TAG: u8 = 0xC0;
/// Tags of the data objects, which end a message (primitive `C4`, constructed `E0`).
pub const DATA_TAGS: [u8; 2] = [0xC4, 0xE0];

/// Limits and tags of a [`TlvFramer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FramerOptions {
    /// Longest message accepted (bytes, all top-level TLVs together); default 1 MiB.
    pub max_message_len: usize,
    /// The tag every message starts with.
    pub start_tag: u8,
    /// Tags after which a message is complete.
    pub end_tags: Vec<u8>,
}

impl Default for FramerOptions {
    fn default() -> Self {
        FramerOptions {
            max_message_len: 1 << 20,
            start_tag: MESSAGE_START_TAG,
            end_tags: DATA_TAGS.to_vec(),
        }
    }
}

/// Why received bytes were dropped. Offsets count bytes received since the framer was made.
///
/// Each error covers one run of dropped bytes, reported once the run ends (a `C0` arrives,
/// or the input pauses: [`TlvFramer::flush_idle`]), so its `discarded` count does not depend
/// on how the stream was cut into reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FramingError {
    /// A message must start with the start tag (`C0`).
    NotAMessageStart {
        /// Where the unexpected byte is.
        stream_offset: u64,
        /// The byte found.
        byte: u8,
        /// Bytes dropped (up to the next `C0`).
        discarded: usize,
    },
    /// A top-level TLV header that is not valid BER-TLV (bad tag, bad length form).
    BadHeader {
        /// Where the bad header starts.
        stream_offset: u64,
        /// The codec's error (its offset counts from the message start).
        error: Box<DecodeError>,
        /// Bytes dropped.
        discarded: usize,
    },
    /// The message would be longer than [`FramerOptions::max_message_len`].
    TooLong {
        /// Where the message starts.
        stream_offset: u64,
        /// Bytes the message declares so far.
        declared: usize,
        /// The limit.
        max: usize,
        /// Bytes dropped.
        discarded: usize,
    },
}

impl fmt::Display for FramingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FramingError::NotAMessageStart {
                stream_offset,
                byte,
                discarded,
            } => write!(
                f,
                "at stream byte {stream_offset}: {byte:02X} cannot start a message (expected C0, \
                 message type); dropped {discarded} bytes"
            ),
            FramingError::BadHeader {
                stream_offset,
                error,
                discarded,
            } => write!(
                f,
                "at stream byte {stream_offset}: bad TLV header ({}); dropped {discarded} bytes",
                error.kind
            ),
            FramingError::TooLong {
                stream_offset,
                declared,
                max,
                discarded,
            } => write!(
                f,
                "at stream byte {stream_offset}: message of at least {declared} bytes is over the \
                 {max}-byte limit; dropped {discarded} bytes"
            ),
        }
    }
}

impl FramingError {
    fn discarded_mut(&mut self) -> &mut usize {
        match self {
            FramingError::NotAMessageStart { discarded, .. }
            | FramingError::BadHeader { discarded, .. }
            | FramingError::TooLong { discarded, .. } => discarded,
        }
    }
}

impl std::error::Error for FramingError {}

/// Cuts a byte stream of wrapper-less TLV messages into messages (no I/O).
///
/// ```
/// use mms_runtime::tlv_framing::TlvFramer;
///
/// let mut framer = TlvFramer::default();
/// // An ACK response, split anywhere, then the start of the next message.
/// framer.push(&[0xC0, 0x01, 0x02, 0xC1, 0x01]);
/// assert_eq!(framer.next_message().unwrap(), None);
/// framer.push(&[0x01, 0xC2, 0x01, 0x02, 0xC3, 0x01, 0x00, 0xC0]);
/// let ack = framer.next_message().unwrap().unwrap();
/// assert_eq!(ack.len(), 12);
/// assert_eq!(framer.pending(), 1);
/// ```
#[derive(Debug, Default)]
pub struct TlvFramer {
    buf: Vec<u8>,
    options: FramerOptions,
    /// Stream offset of `buf[0]`.
    offset: u64,
    /// The error of a run of dropped bytes that has not ended yet (no `C0` since).
    dropping: Option<FramingError>,
}

/// What a scan of the buffer found.
enum Scan {
    /// A message of this many bytes.
    Message(usize),
    /// A run of whole TLVs of this many bytes that may go on (0: nothing yet).
    Boundary(usize),
    /// More bytes are needed inside a TLV.
    Partial,
}

impl TlvFramer {
    /// A framer with these limits.
    pub fn new(options: FramerOptions) -> TlvFramer {
        TlvFramer {
            buf: Vec::new(),
            options,
            offset: 0,
            dropping: None,
        }
    }

    /// Adds received bytes.
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes held that are not yet part of a returned message.
    pub fn pending(&self) -> usize {
        self.buf.len()
    }

    /// The next message whose end is certain (a data object, or a following `C0`).
    pub fn next_message(&mut self) -> Result<Option<Vec<u8>>, FramingError> {
        match self.scan()? {
            Scan::Message(len) => Ok(Some(self.take(len))),
            Scan::Boundary(_) | Scan::Partial => Ok(None),
        }
    }

    /// Whether [`flush_idle`](Self::flush_idle) would return something: the bytes held
    /// end at a TLV boundary of a started message, or a run of dropped bytes is open.
    pub fn at_boundary(&mut self) -> bool {
        // An open run first: scanning could end it, and its error must reach flush_idle.
        self.dropping.is_some() || matches!(self.scan(), Ok(Scan::Boundary(n)) if n > 0)
    }

    /// Call when the input has paused: ends an open run of dropped bytes (its error),
    /// else returns the held bytes as a message when they are whole TLVs (an ACK
    /// response has no data object to end it).
    pub fn flush_idle(&mut self) -> Result<Option<Vec<u8>>, FramingError> {
        let scan = self.scan()?;
        if let Some(error) = self.dropping.take() {
            return Err(error);
        }
        match scan {
            Scan::Message(len) | Scan::Boundary(len) if len > 0 => Ok(Some(self.take(len))),
            _ => Ok(None),
        }
    }

    fn take(&mut self, len: usize) -> Vec<u8> {
        let rest = self.buf.split_off(len);
        self.offset += len as u64;
        std::mem::replace(&mut self.buf, rest)
    }

    /// Drops the bytes before the next start tag at or after `from` (all of them when
    /// none has arrived) and returns how many.
    fn drop_to_start(&mut self, from: usize) -> usize {
        let drop = memchr::memchr(self.options.start_tag, &self.buf[from..])
            .map_or(self.buf.len(), |i| i + from);
        self.buf.drain(..drop);
        self.offset += drop as u64;
        drop
    }

    /// Starts a run of dropped bytes at the first byte held, described by `error`
    /// (`discarded` not yet counted). The error is returned once the run ends here;
    /// otherwise it stays open until more bytes (or [`flush_idle`](Self::flush_idle)) end it.
    fn fail(&mut self, error: FramingError) -> Result<Scan, FramingError> {
        self.drop_run(error, 1)
    }

    /// Drops bytes into `error`'s run up to a start tag at or after `from`: the run ends
    /// (its error is returned) when one is held, else it stays open.
    fn drop_run(&mut self, mut error: FramingError, from: usize) -> Result<Scan, FramingError> {
        *error.discarded_mut() += self.drop_to_start(from);
        if self.buf.is_empty() {
            self.dropping = Some(error);
            return Ok(Scan::Boundary(0));
        }
        Err(error)
    }

    fn scan(&mut self) -> Result<Scan, FramingError> {
        if let Some(error) = self.dropping.take() {
            return self.drop_run(error, 0);
        }
        let Some(&first) = self.buf.first() else {
            return Ok(Scan::Boundary(0));
        };
        let at = self.offset;
        if first != self.options.start_tag {
            return self.fail(FramingError::NotAMessageStart {
                stream_offset: at,
                byte: first,
                discarded: 0,
            });
        }
        let limits = DecodeOptions {
            max_length: self.options.max_message_len,
            ..DecodeOptions::default()
        };
        let mut pos = 0;
        loop {
            if pos == self.buf.len() {
                return Ok(Scan::Boundary(pos));
            }
            if pos > 0 && self.buf[pos] == self.options.start_tag {
                return Ok(Scan::Message(pos));
            }
            let header = Tag::parse(&self.buf[pos..], pos).and_then(|(tag, tag_len)| {
                read_length(&self.buf[pos + tag_len..], pos + tag_len, &limits)
                    .map(|l| (tag, tag_len + l.field_len, l.length))
            });
            let (tag, header_len, value_len) = match header {
                Ok(h) => h,
                Err(e)
                    if matches!(
                        e.kind,
                        ErrorKind::TagTruncated { .. } | ErrorKind::Truncated { .. }
                    ) =>
                {
                    return Ok(Scan::Partial)
                }
                Err(error) if matches!(error.kind, ErrorKind::LengthTooLarge { .. }) => {
                    let ErrorKind::LengthTooLarge { length, max } = error.kind else {
                        unreachable!("matched above")
                    };
                    return self.fail(FramingError::TooLong {
                        stream_offset: at,
                        declared: pos + length,
                        max,
                        discarded: 0,
                    });
                }
                Err(error) => {
                    return self.fail(FramingError::BadHeader {
                        stream_offset: at + error.offset as u64,
                        error: Box::new(error),
                        discarded: 0,
                    });
                }
            };
            let end = pos + header_len + value_len;
            if end > self.options.max_message_len {
                return self.fail(FramingError::TooLong {
                    stream_offset: at,
                    declared: end,
                    max: self.options.max_message_len,
                    discarded: 0,
                });
            }
            if end > self.buf.len() {
                return Ok(Scan::Partial);
            }
            pos = end;
            if tag.as_bytes().len() == 1 && self.options.end_tags.contains(&tag.as_bytes()[0]) {
                return Ok(Scan::Message(pos));
            }
        }
    }
}
