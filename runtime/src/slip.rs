//! SLIP framing for serial (RS-232 / UART) connections (manual section 2.6, table 9).
//!
//! A frame is `C0`, a message info byte (direction), the message length as 4 bytes
//! big-endian, the message, and `C0`. Inside the frame, `C0` is sent as `DB DC` and
//! `DB` as `DB DD`. A device that cannot take a message as long as the one it was
//! sent answers with a frame whose info byte is [`SlipInfo::CAPABILITY_EXCEEDED`],
//! whose length field is the longest message it accepts, and which has no message.
//!
//! [`encode`] builds frames; [`SlipDecoder`] takes bytes as they arrive (any
//! chunking), reports every discarded byte run as an event, and resynchronises
//! on the next delimiter. It does no I/O and reads no clock: the time bytes
//! arrived is an input ([`SlipDecoder::push_at`]), and a frame whose rest does
//! not come by [`SlipDecoder::deadline`] is dropped by [`SlipDecoder::expire`].
//! The serial transport and the simulator both drive it.

use core::fmt;
use std::time::{Duration, Instant};

use crate::limits::{hand_over, Limits, RETAINED_BUFFER};

/// Frame delimiter.
pub const END: u8 = 0xC0;
/// Escape byte.
pub const ESC: u8 = 0xDB;
/// `ESC ESC_END` stands for a `C0` data byte.
pub const ESC_END: u8 = 0xDC;
/// `ESC ESC_ESC` stands for a `DB` data byte.
pub const ESC_ESC: u8 = 0xDD;
/// Unescaped bytes before the message: info byte and 4-byte length.
pub const HEADER_LEN: usize = 5;
/// Default cap on a decoded message ([`Limits::DEFAULT`]): 1 MiB, enough for a
/// 640 KB image file.
pub const DEFAULT_MAX_MESSAGE_LEN: usize = crate::limits::DEFAULT_MAX_MESSAGE_LEN;

/// The message info byte of a SLIP frame (an open set: unknown values are kept).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct SlipInfo(pub u8);

impl SlipInfo {
    /// `0x00`: a message from the host to the device.
    pub const HOST_TO_DEVICE: Self = Self(0x00);
    /// `0x02`: a message from the device to the host.
    pub const DEVICE_TO_HOST: Self = Self(0x02);
    /// `0x03`: the device's reply to a message longer than it can take.
    pub const CAPABILITY_EXCEEDED: Self = Self(0x03);

    fn name(self) -> Option<&'static str> {
        Some(match self {
            Self::HOST_TO_DEVICE => "HOST_TO_DEVICE",
            Self::DEVICE_TO_HOST => "DEVICE_TO_HOST",
            Self::CAPABILITY_EXCEEDED => "CAPABILITY_EXCEEDED",
            _ => return None,
        })
    }
}

impl fmt::Debug for SlipInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "SlipInfo({:#04x})", self.0),
        }
    }
}

/// Appends one escaped byte run to `out`.
fn escape_into(data: &[u8], out: &mut Vec<u8>) {
    // Copy runs of ordinary bytes in one go (memchr finds the special bytes a
    // vector at a time); only the two special bytes need work.
    let mut start = 0;
    for pos in memchr::memchr2_iter(END, ESC, data) {
        out.extend_from_slice(&data[start..pos]);
        let escaped = if data[pos] == END { ESC_END } else { ESC_ESC };
        out.extend_from_slice(&[ESC, escaped]);
        start = pos + 1;
    }
    out.extend_from_slice(&data[start..]);
}

/// Appends the frame for `message` to `out`.
///
/// Messages over 4 GiB cannot be expressed by the length field; the caller's size
/// cap (far lower) is expected to reject them first, so this saturates instead.
pub fn encode_into(info: SlipInfo, message: &[u8], out: &mut Vec<u8>) {
    let len = u32::try_from(message.len()).unwrap_or(u32::MAX);
    // Room for the frame with one escape in 128 bytes (evenly spread data);
    // denser escapes grow the buffer once or twice.
    out.reserve(message.len() + message.len() / 128 + 16);
    out.push(END);
    let mut header = [0u8; HEADER_LEN];
    header[0] = info.0;
    header[1..].copy_from_slice(&len.to_be_bytes());
    escape_into(&header, out);
    escape_into(message, out);
    out.push(END);
}

/// The frame for `message`.
pub fn encode(info: SlipInfo, message: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    encode_into(info, message, &mut out);
    out
}

/// The device's "hardware capability exceeded" reply, announcing the longest
/// message it accepts.
pub fn encode_capability_exceeded(max_len: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(8);
    out.push(END);
    let mut header = [0u8; HEADER_LEN];
    header[0] = SlipInfo::CAPABILITY_EXCEEDED.0;
    header[1..].copy_from_slice(&max_len.to_be_bytes());
    escape_into(&header, &mut out);
    out.push(END);
    out
}

/// Why bytes were discarded.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DiscardReason {
    /// Bytes before the first delimiter: no frame had started.
    BeforeFirstDelimiter,
    /// A frame shorter than the 5-byte header.
    ShortFrame,
    /// `DB` followed by something other than `DC` or `DD` (or by the delimiter).
    BadEscape {
        /// The byte after `DB` (`C0` when the frame ended right after it).
        byte: u8,
    },
    /// The length field does not match the bytes in the frame.
    LengthMismatch {
        /// The length field.
        declared: usize,
        /// Message bytes actually in the frame.
        actual: usize,
    },
    /// The frame declares or carries more than the decoder's cap.
    TooLong {
        /// The length field (or the bytes seen, when larger).
        declared: usize,
        /// The cap in force.
        max: usize,
    },
    /// An info byte that is neither a direction nor the capability reply.
    UnknownInfo {
        /// The byte found.
        info: u8,
    },
    /// The rest of the frame did not come in time (see [`SlipDecoder::expire`]).
    Incomplete {
        /// How long the decoder waited after the frame's last byte.
        waited: Duration,
    },
}

impl fmt::Display for DiscardReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::BeforeFirstDelimiter => write!(f, "bytes before the first C0 delimiter"),
            Self::ShortFrame => write!(f, "frame shorter than the 5-byte header"),
            Self::BadEscape { byte } => write!(f, "DB escape followed by {byte:#04x}"),
            Self::LengthMismatch { declared, actual } => write!(
                f,
                "length field says {declared} bytes but the frame holds {actual}"
            ),
            Self::TooLong { declared, max } => {
                write!(f, "{declared}-byte message is over the {max}-byte cap")
            }
            Self::UnknownInfo { info } => write!(f, "unknown message info byte {info:#04x}"),
            Self::Incomplete { waited } => {
                write!(f, "frame left incomplete: no byte for {waited:?}")
            }
        }
    }
}

/// What the decoder found in the byte stream.
///
/// `M` holds a message: owned (`Vec<u8>`, from [`SlipDecoder::push`]) or
/// borrowed from the decoder for the duration of the callback (`&[u8]`, from
/// [`SlipDecoder::push_borrowed`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlipEvent<M = Vec<u8>> {
    /// A complete, well-formed message.
    Message {
        /// The frame's direction byte.
        info: SlipInfo,
        /// The message bytes (unescaped).
        message: M,
    },
    /// The peer cannot take a message this long; `max_len` is its limit.
    CapabilityExceeded {
        /// The longest message the device accepts.
        max_len: u32,
    },
    /// Bytes that were not a valid frame, dropped.
    Discarded {
        /// Position in the stream (bytes pushed so far) where the run started.
        stream_offset: u64,
        /// How many raw (still escaped) bytes were dropped.
        bytes: usize,
        /// Why.
        reason: DiscardReason,
    },
}

impl<M> SlipEvent<M> {
    fn map_message<N>(self, f: impl FnOnce(M) -> N) -> SlipEvent<N> {
        match self {
            SlipEvent::Message { info, message } => SlipEvent::Message {
                info,
                message: f(message),
            },
            SlipEvent::CapabilityExceeded { max_len } => SlipEvent::CapabilityExceeded { max_len },
            SlipEvent::Discarded {
                stream_offset,
                bytes,
                reason,
            } => SlipEvent::Discarded {
                stream_offset,
                bytes,
                reason,
            },
        }
    }
}

impl SlipEvent<&[u8]> {
    /// The same event with the message copied out of the decoder.
    pub fn into_owned(self) -> SlipEvent {
        self.map_message(<[u8]>::to_vec)
    }
}

/// Lends the decoder's message buffer (see [`SlipDecoder::push_borrowed`]).
fn lend(frame: &mut Vec<u8>) -> &[u8] {
    frame
}

#[derive(Debug, PartialEq, Eq)]
enum Phase {
    /// Waiting for the first delimiter.
    Hunting,
    /// Inside a frame, collecting unescaped bytes.
    InFrame,
    /// The current frame is already known bad; dropping bytes up to the next delimiter.
    Dropping,
}

/// A streaming SLIP decoder with a size cap.
#[derive(Debug)]
pub struct SlipDecoder {
    max_message_len: usize,
    phase: Phase,
    /// Unescaped header (info byte and length) of the frame in progress.
    header: [u8; HEADER_LEN],
    /// How much of `header` is filled.
    header_len: usize,
    /// The whole header is in and passed [`SlipDecoder::early_reject`].
    header_ok: bool,
    /// Unescaped message bytes of the frame in progress (after the header),
    /// handed out as the message without a copy (taken by [`SlipDecoder::push`],
    /// lent and then reused by [`SlipDecoder::push_borrowed`]).
    frame: Vec<u8>,
    /// The previous byte was `DB`.
    escaped: bool,
    /// Raw bytes consumed by the run in progress (for discard reports).
    raw_len: usize,
    /// Stream offset where the run in progress started.
    run_start: u64,
    /// Bytes pushed so far.
    stream_pos: u64,
    /// Why the run being dropped is bad (Dropping phase).
    drop_reason: Option<DiscardReason>,
    /// Longest wait for the rest of a frame.
    timeout: Duration,
    /// When the last bytes arrived (timed pushes only).
    last_input: Option<Instant>,
}

impl Default for SlipDecoder {
    fn default() -> Self {
        Self::with_limits(&Limits::DEFAULT)
    }
}

impl SlipDecoder {
    /// A decoder that drops frames whose message is longer than `max_message_len`
    /// (and waits the default time for the rest of a frame).
    pub fn new(max_message_len: usize) -> Self {
        Self::with_limits(&Limits {
            max_slip_message_len: max_message_len,
            ..Limits::DEFAULT
        })
    }

    /// A decoder with the SLIP message cap and reassembly time of `limits`.
    pub fn with_limits(limits: &Limits) -> Self {
        Self {
            timeout: limits.reassembly_timeout,
            last_input: None,
            max_message_len: limits.max_slip_message_len,
            phase: Phase::Hunting,
            header: [0; HEADER_LEN],
            header_len: 0,
            header_ok: false,
            frame: Vec::new(),
            escaped: false,
            raw_len: 0,
            run_start: 0,
            stream_pos: 0,
            drop_reason: None,
        }
    }

    /// The cap on a message's length.
    pub fn max_message_len(&self) -> usize {
        self.max_message_len
    }

    /// `(message bytes received, declared length)` of the frame in progress,
    /// once its header is in.
    pub fn progress(&self) -> Option<(usize, usize)> {
        if self.phase != Phase::InFrame || self.header_len < HEADER_LEN {
            return None;
        }
        Some((self.frame.len(), declared_len(&self.header)))
    }

    /// [`push`](Self::push) for bytes that arrived at `now`: a frame whose
    /// [`deadline`](Self::deadline) has passed is dropped first, and the new
    /// deadline counts from `now`.
    pub fn push_at(&mut self, input: &[u8], now: Instant, mut emit: impl FnMut(SlipEvent)) {
        self.expire(now, &mut emit);
        self.push(input, &mut emit);
        if !input.is_empty() {
            self.last_input = Some(now);
        }
    }

    /// [`push_at`](Self::push_at) with messages lent as by
    /// [`push_borrowed`](Self::push_borrowed).
    pub fn push_at_borrowed(
        &mut self,
        input: &[u8],
        now: Instant,
        mut emit: impl FnMut(SlipEvent<&[u8]>),
    ) {
        self.expire(now, &mut emit);
        self.push_borrowed(input, &mut emit);
        if !input.is_empty() {
            self.last_input = Some(now);
        }
    }

    /// True while part of a frame is buffered (its rest is awaited).
    fn frame_in_progress(&self) -> bool {
        self.phase == Phase::InFrame && (self.raw_len > 0 || self.escaped)
    }

    /// Until when the rest of a partly received frame is awaited: the last
    /// timed push plus the reassembly timeout. `None` between frames or when
    /// pushes are untimed.
    pub fn deadline(&self) -> Option<Instant> {
        let last = self.last_input.filter(|_| self.frame_in_progress())?;
        last.checked_add(self.timeout)
    }

    /// Drops a partly received frame whose [`deadline`](Self::deadline) is not
    /// after `now`, emitting a [`DiscardReason::Incomplete`] event; the bytes
    /// that follow are dropped up to the next delimiter.
    pub fn expire<M>(&mut self, now: Instant, mut emit: impl FnMut(SlipEvent<M>)) {
        let (Some(deadline), Some(last)) = (self.deadline(), self.last_input) else {
            return;
        };
        if now < deadline {
            return;
        }
        let waited = now.saturating_duration_since(last);
        self.report_discard(DiscardReason::Incomplete { waited }, 0, &mut emit);
        self.frame = Vec::new();
        self.header_len = 0;
        self.header_ok = false;
        self.escaped = false;
        self.phase = Phase::Hunting;
        self.run_start = self.stream_pos;
    }

    /// Raw bytes pushed since the last frame boundary that no event covers yet:
    /// when the input ends, a non-zero count is an unterminated frame (or
    /// bytes with no delimiter at all).
    pub fn unterminated_len(&self) -> usize {
        self.raw_len
    }

    /// Feeds received bytes, calling `emit` for each message, capability reply or
    /// discarded run they complete. Bytes of an unfinished frame are kept for the
    /// next call.
    pub fn push(&mut self, input: &[u8], mut emit: impl FnMut(SlipEvent)) {
        self.push_frames(input, |event| emit(event.map_message(hand_over)));
    }

    /// [`push`](Self::push) with each message lent to `emit` instead of given: it
    /// borrows the decoder's buffer, which the next frame reuses, so a link that
    /// decodes each message where it lands allocates nothing per message.
    ///
    /// ```
    /// use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};
    ///
    /// let mut decoder = SlipDecoder::default();
    /// let frame = encode(SlipInfo::DEVICE_TO_HOST, &[0xAA, 0x00, 0x81]);
    /// let mut seen = Vec::new();
    /// decoder.push_borrowed(&frame, |event| {
    ///     if let SlipEvent::Message { message, .. } = event {
    ///         seen.extend_from_slice(message); // decode it here, or copy it to keep it
    ///     }
    /// });
    /// assert_eq!(seen, [0xAA, 0x00, 0x81]);
    /// ```
    pub fn push_borrowed(&mut self, input: &[u8], mut emit: impl FnMut(SlipEvent<&[u8]>)) {
        self.push_frames(input, |event| emit(event.map_message(lend)));
    }

    fn push_frames(&mut self, input: &[u8], mut emit: impl FnMut(SlipEvent<&mut Vec<u8>>)) {
        let mut rest = input;
        while !rest.is_empty() {
            match self.phase {
                Phase::Hunting | Phase::Dropping => {
                    // Skip to the next delimiter in one step.
                    match memchr::memchr(END, rest) {
                        None => {
                            self.raw_len += rest.len();
                            self.stream_pos += rest.len() as u64;
                            return;
                        }
                        Some(pos) => {
                            self.raw_len += pos;
                            self.stream_pos += pos as u64;
                            let reason = match self.phase {
                                Phase::Hunting => DiscardReason::BeforeFirstDelimiter,
                                _ => self.drop_reason.take().unwrap_or(DiscardReason::ShortFrame),
                            };
                            // The closing delimiter belongs to the dropped frame.
                            let closing = usize::from(self.phase == Phase::Dropping);
                            self.report_discard(reason, closing, &mut emit);
                            self.stream_pos += 1;
                            rest = &rest[pos + 1..];
                            self.start_frame();
                        }
                    }
                }
                Phase::InFrame => {
                    rest = self.take_frame_bytes(rest, &mut emit);
                }
            }
        }
    }

    /// Consumes bytes inside a frame; returns what is left after a delimiter, or
    /// an empty slice.
    fn take_frame_bytes<'a>(
        &mut self,
        input: &'a [u8],
        emit: &mut impl FnMut(SlipEvent<&mut Vec<u8>>),
    ) -> &'a [u8] {
        let mut rest = input;
        loop {
            if self.escaped {
                let Some(&byte) = rest.first() else {
                    return rest;
                };
                self.escaped = false;
                match byte {
                    ESC_END => self.append(&[END]),
                    ESC_ESC => self.append(&[ESC]),
                    _ => {
                        // The bad byte (even a delimiter) is handled by the dropping phase.
                        self.begin_drop(DiscardReason::BadEscape { byte });
                        if byte == END {
                            // The frame ends here; report it now.
                            self.stream_pos += 1;
                            let reason =
                                self.drop_reason.take().unwrap_or(DiscardReason::ShortFrame);
                            self.report_discard(reason, 1, emit);
                            self.start_frame();
                            return &rest[1..];
                        }
                        return rest;
                    }
                }
                self.raw_len += 1;
                self.stream_pos += 1;
                rest = &rest[1..];
                if let Some(reason) = self.recheck() {
                    self.begin_drop(reason);
                    return rest;
                }
            }
            let pos = memchr::memchr2(END, ESC, rest);
            let run = pos.unwrap_or(rest.len());
            // Bound the buffer before copying: never hold more than the cap allows.
            let room = (self.max_message_len + HEADER_LEN).saturating_sub(self.unescaped_len());
            if run > room {
                self.append(&rest[..room]);
                self.raw_len += room;
                self.stream_pos += room as u64;
                let reason = self.recheck().unwrap_or(DiscardReason::TooLong {
                    declared: self.unescaped_len() + 1 - HEADER_LEN,
                    max: self.max_message_len,
                });
                self.begin_drop(reason);
                return &rest[room..];
            }
            self.append(&rest[..run]);
            self.raw_len += run;
            self.stream_pos += run as u64;
            if let Some(reason) = self.recheck() {
                self.begin_drop(reason);
                return &rest[run..];
            }
            let Some(pos) = pos else {
                return &rest[rest.len()..];
            };
            if rest[pos] == ESC {
                self.escaped = true;
                self.raw_len += 1;
                self.stream_pos += 1;
                rest = &rest[pos + 1..];
                continue;
            }
            // Delimiter: the frame is complete.
            self.stream_pos += 1;
            self.finish_frame(emit);
            return &rest[pos + 1..];
        }
    }

    /// Unescaped bytes of the frame in progress, header included.
    fn unescaped_len(&self) -> usize {
        self.header_len + self.frame.len()
    }

    /// Appends unescaped bytes to the frame in progress: the header first, then
    /// the message, whose buffer is sized from the length field once (a length
    /// over the cap is rejected by `early_reject` before anything is buffered).
    fn append(&mut self, mut bytes: &[u8]) {
        if self.header_len < HEADER_LEN {
            let n = bytes.len().min(HEADER_LEN - self.header_len);
            self.header[self.header_len..self.header_len + n].copy_from_slice(&bytes[..n]);
            self.header_len += n;
            bytes = &bytes[n..];
            if self.header_len == HEADER_LEN && self.header[0] != SlipInfo::CAPABILITY_EXCEEDED.0 {
                let declared = declared_len(&self.header);
                if declared <= self.max_message_len {
                    self.frame.reserve_exact(declared);
                }
            }
        }
        self.frame.extend_from_slice(bytes);
    }

    /// [`early_reject`](Self::early_reject) after bytes were added: once the
    /// whole header has passed it, only the size can fail.
    fn recheck(&mut self) -> Option<DiscardReason> {
        if self.header_ok && self.frame.len() <= self.max_message_len {
            return None;
        }
        let reason = self.early_reject();
        self.header_ok = reason.is_none() && self.header_len == HEADER_LEN;
        reason
    }

    /// Rejects a frame as soon as its header shows it is bad (unknown info byte,
    /// declared length over the cap), so it is never buffered.
    fn early_reject(&self) -> Option<DiscardReason> {
        if self.header_len > 0 {
            let info = self.header[0];
            if !matches!(
                SlipInfo(info),
                SlipInfo::HOST_TO_DEVICE | SlipInfo::DEVICE_TO_HOST | SlipInfo::CAPABILITY_EXCEEDED
            ) {
                return Some(DiscardReason::UnknownInfo { info });
            }
        }
        if self.header_len == HEADER_LEN && self.header[0] != SlipInfo::CAPABILITY_EXCEEDED.0 {
            let declared = declared_len(&self.header);
            if declared > self.max_message_len {
                return Some(DiscardReason::TooLong {
                    declared,
                    max: self.max_message_len,
                });
            }
        }
        if self.frame.len() > self.max_message_len {
            return Some(DiscardReason::TooLong {
                declared: self.frame.len(),
                max: self.max_message_len,
            });
        }
        None
    }

    fn begin_drop(&mut self, reason: DiscardReason) {
        self.phase = Phase::Dropping;
        self.drop_reason = Some(reason);
        self.escaped = false;
        self.frame = Vec::new();
        self.header_len = 0;
        self.header_ok = false;
    }

    fn start_frame(&mut self) {
        self.phase = Phase::InFrame;
        self.frame.clear();
        self.header_len = 0;
        self.header_ok = false;
        self.escaped = false;
        self.raw_len = 0;
        self.run_start = self.stream_pos;
        self.drop_reason = None;
    }

    fn report_discard<M>(
        &mut self,
        reason: DiscardReason,
        closing: usize,
        emit: &mut impl FnMut(SlipEvent<M>),
    ) {
        let bytes = self.raw_len + closing;
        if bytes > 0 {
            emit(SlipEvent::Discarded {
                stream_offset: self.run_start,
                bytes,
                reason,
            });
        }
        self.raw_len = 0;
    }

    fn finish_frame(&mut self, emit: &mut impl FnMut(SlipEvent<&mut Vec<u8>>)) {
        if self.unescaped_len() == 0 {
            // `C0 C0`: an empty frame is just a delimiter pair, used to resynchronise.
            self.start_frame();
            return;
        }
        let header = &self.header[..self.header_len];
        match validate_frame(header, self.frame.len(), self.max_message_len) {
            Ok(event) => {
                let frame = &mut self.frame;
                emit(event.map_message(move |()| frame));
                self.raw_len = 0;
            }
            Err(reason) => {
                self.report_discard(reason, 1, emit);
            }
        }
        // Taken by `push`, or lent by `push_borrowed` and kept unless a large message grew it.
        if self.frame.capacity() > RETAINED_BUFFER {
            self.frame = Vec::new();
        }
        self.start_frame();
    }
}

fn declared_len(header: &[u8]) -> usize {
    u32::from_be_bytes([header[1], header[2], header[3], header[4]]) as usize
}

/// The event a finished frame of `actual` message bytes makes (its message
/// still in the decoder's buffer), or why it is dropped.
fn validate_frame(
    header: &[u8],
    actual: usize,
    max: usize,
) -> Result<SlipEvent<()>, DiscardReason> {
    if header.len() < HEADER_LEN {
        return Err(DiscardReason::ShortFrame);
    }
    let info = SlipInfo(header[0]);
    let declared = declared_len(header);
    match info {
        SlipInfo::CAPABILITY_EXCEEDED => {
            if actual != 0 {
                return Err(DiscardReason::LengthMismatch {
                    declared: 0,
                    actual,
                });
            }
            Ok(SlipEvent::CapabilityExceeded {
                max_len: declared as u32,
            })
        }
        SlipInfo::HOST_TO_DEVICE | SlipInfo::DEVICE_TO_HOST => {
            if declared > max {
                return Err(DiscardReason::TooLong { declared, max });
            }
            if declared != actual {
                return Err(DiscardReason::LengthMismatch { declared, actual });
            }
            Ok(SlipEvent::Message { info, message: () })
        }
        SlipInfo(info) => Err(DiscardReason::UnknownInfo { info }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(decoder: &mut SlipDecoder, bytes: &[u8]) -> Vec<SlipEvent> {
        let mut events = Vec::new();
        decoder.push(bytes, |e| events.push(e));
        events
    }

    fn msg(info: SlipInfo, m: &[u8]) -> SlipEvent {
        SlipEvent::Message {
            info,
            message: m.to_vec(),
        }
    }

    #[test]
    fn owned_messages_after_lent_ones_are_sized_to_the_message() {
        let mut d = SlipDecoder::default();
        d.push_borrowed(&encode(SlipInfo::DEVICE_TO_HOST, &[7; 4000]), |_| {});
        // The 4,000-byte buffer stays in the decoder; an owned 3-byte message must not carry it.
        let events = decode_all(&mut d, &encode(SlipInfo::DEVICE_TO_HOST, &[1, 2, 3]));
        let [SlipEvent::Message { message, .. }] = &events[..] else {
            panic!("{events:?}");
        };
        assert_eq!((&message[..], message.capacity()), (&[1, 2, 3][..], 3));
        assert!(d.frame.capacity() >= 4000);
    }

    #[test]
    fn encode_layout_and_escaping() {
        let frame = encode(SlipInfo::HOST_TO_DEVICE, &[0x01, 0xC0, 0xDB, 0x02]);
        assert_eq!(
            frame,
            [0xC0, 0x00, 0, 0, 0, 4, 0x01, 0xDB, 0xDC, 0xDB, 0xDD, 0x02, 0xC0]
        );
    }

    #[test]
    fn length_field_is_escaped_too() {
        let message = vec![0x11; 0xC0];
        let frame = encode(SlipInfo::DEVICE_TO_HOST, &message);
        assert_eq!(&frame[..8], &[0xC0, 0x02, 0, 0, 0, 0xDB, 0xDC, 0x11]);
        let events = decode_all(&mut SlipDecoder::default(), &frame);
        assert_eq!(events, vec![msg(SlipInfo::DEVICE_TO_HOST, &message)]);
    }

    #[test]
    fn decodes_byte_by_byte() {
        let payload = [0xAA, 0x00, 0xC0, 0xDB, 0xDB, 0xC0];
        let frame = encode(SlipInfo::DEVICE_TO_HOST, &payload);
        let mut d = SlipDecoder::default();
        let mut events = Vec::new();
        for b in &frame {
            d.push(&[*b], |e| events.push(e));
        }
        assert_eq!(events, vec![msg(SlipInfo::DEVICE_TO_HOST, &payload)]);
    }

    #[test]
    fn garbage_before_first_frame_is_reported() {
        let mut bytes = vec![1, 2, 3];
        bytes.extend(encode(SlipInfo::DEVICE_TO_HOST, b"hello"));
        let events = decode_all(&mut SlipDecoder::default(), &bytes);
        assert_eq!(
            events,
            vec![
                SlipEvent::Discarded {
                    stream_offset: 0,
                    bytes: 3,
                    reason: DiscardReason::BeforeFirstDelimiter
                },
                msg(SlipInfo::DEVICE_TO_HOST, b"hello"),
            ]
        );
    }

    #[test]
    fn garbage_between_frames_is_reported_and_next_frame_decodes() {
        let mut bytes = encode(SlipInfo::DEVICE_TO_HOST, b"one");
        bytes.extend([9, 9, 9, 9, 9, 9, 9]);
        bytes.extend(encode(SlipInfo::DEVICE_TO_HOST, b"two"));
        let events = decode_all(&mut SlipDecoder::default(), &bytes);
        assert_eq!(events.len(), 3);
        assert_eq!(events[0], msg(SlipInfo::DEVICE_TO_HOST, b"one"));
        // The garbage run starts right after the first frame's closing C0 and
        // reaches the second frame's opening C0 (taken as its end).
        // The garbage runs from the end of the first frame to the second frame's
        // opening C0, which closes it as a (bad) frame of its own.
        assert_eq!(
            events[1],
            SlipEvent::Discarded {
                stream_offset: 10,
                bytes: 8,
                reason: DiscardReason::UnknownInfo { info: 9 }
            }
        );
        assert_eq!(events[2], msg(SlipInfo::DEVICE_TO_HOST, b"two"));
    }

    #[test]
    fn bad_escape_drops_frame() {
        let bytes = [0xC0, 0x02, 0, 0, 0, 1, 0xDB, 0x01, 0xC0];
        let events = decode_all(&mut SlipDecoder::default(), &bytes);
        assert_eq!(
            events,
            vec![SlipEvent::Discarded {
                stream_offset: 1,
                bytes: 8,
                reason: DiscardReason::BadEscape { byte: 0x01 }
            }]
        );
    }

    #[test]
    fn escape_then_delimiter_drops_frame() {
        let bytes = [0xC0, 0x02, 0, 0, 0, 1, 0xDB, 0xC0];
        let events = decode_all(&mut SlipDecoder::default(), &bytes);
        assert_eq!(
            events,
            vec![SlipEvent::Discarded {
                stream_offset: 1,
                bytes: 7,
                reason: DiscardReason::BadEscape { byte: 0xC0 }
            }]
        );
    }

    #[test]
    fn length_mismatch() {
        let bytes = [0xC0, 0x02, 0, 0, 0, 3, 1, 2, 0xC0];
        let events = decode_all(&mut SlipDecoder::default(), &bytes);
        assert_eq!(
            events,
            vec![SlipEvent::Discarded {
                stream_offset: 1,
                bytes: 8,
                reason: DiscardReason::LengthMismatch {
                    declared: 3,
                    actual: 2
                }
            }]
        );
    }

    #[test]
    fn short_frame_and_unknown_info() {
        let mut d = SlipDecoder::default();
        let events = decode_all(&mut d, &[0xC0, 0x02, 0x00, 0xC0]);
        assert!(matches!(
            events[..],
            [SlipEvent::Discarded {
                reason: DiscardReason::ShortFrame,
                ..
            }]
        ));
        let events = decode_all(&mut d, &[0x07, 0, 0, 0, 0, 0xC0]);
        assert!(matches!(
            events[..],
            [SlipEvent::Discarded {
                reason: DiscardReason::UnknownInfo { info: 7 },
                ..
            }]
        ));
    }

    #[test]
    fn declared_length_over_cap_is_dropped_early() {
        let mut d = SlipDecoder::new(16);
        // Header declares 1 GiB; the decoder must not wait for or buffer it.
        let mut bytes = vec![0xC0, 0x02, 0x40, 0, 0, 0];
        bytes.extend(vec![0x55; 100]);
        let events = decode_all(&mut d, &bytes);
        assert!(events.is_empty());
        assert!(d.frame.capacity() <= 64);
        let mut events = decode_all(&mut d, &[0xC0]);
        events.extend(decode_all(&mut d, &encode(SlipInfo::DEVICE_TO_HOST, b"ok")));
        assert_eq!(
            events,
            vec![
                SlipEvent::Discarded {
                    stream_offset: 1,
                    bytes: 106,
                    reason: DiscardReason::TooLong {
                        declared: 0x4000_0000,
                        max: 16
                    }
                },
                msg(SlipInfo::DEVICE_TO_HOST, b"ok"),
            ]
        );
    }

    #[test]
    fn body_over_cap_is_dropped_even_with_small_length_field() {
        let mut d = SlipDecoder::new(8);
        let mut bytes = vec![0xC0, 0x02, 0, 0, 0, 4];
        bytes.extend(vec![0x55; 50]);
        bytes.push(0xC0);
        let events = decode_all(&mut d, &bytes);
        assert!(matches!(
            events[..],
            [SlipEvent::Discarded {
                reason: DiscardReason::TooLong { .. },
                bytes: 56,
                ..
            }]
        ));
    }

    #[test]
    fn capability_exceeded_reply() {
        let frame = encode_capability_exceeded(0x0000_C000);
        assert_eq!(frame, [0xC0, 0x03, 0, 0, 0xDB, 0xDC, 0, 0xC0]);
        let events = decode_all(&mut SlipDecoder::new(4), &frame);
        assert_eq!(
            events,
            vec![SlipEvent::CapabilityExceeded { max_len: 0xC000 }]
        );
    }

    #[test]
    fn empty_frames_are_silent() {
        let mut bytes = vec![0xC0, 0xC0, 0xC0];
        bytes.extend(encode(SlipInfo::HOST_TO_DEVICE, b""));
        let events = decode_all(&mut SlipDecoder::default(), &bytes);
        assert_eq!(events, vec![msg(SlipInfo::HOST_TO_DEVICE, b"")]);
    }

    #[test]
    fn info_debug_names() {
        assert_eq!(format!("{:?}", SlipInfo(3)), "CAPABILITY_EXCEEDED");
        assert_eq!(format!("{:?}", SlipInfo(9)), "SlipInfo(0x09)");
    }

    #[test]
    fn progress_of_a_partial_frame() {
        let frame = encode(SlipInfo::DEVICE_TO_HOST, &[7; 100]);
        let mut d = SlipDecoder::default();
        assert_eq!(d.progress(), None);
        d.push(&frame[..3], |_| {});
        assert_eq!(d.progress(), None); // header not complete
        d.push(&frame[3..50], |_| {});
        assert_eq!(d.progress(), Some((44, 100)));
        d.push(&frame[50..], |_| {});
        assert_eq!(d.progress(), None);
    }

    #[test]
    fn a_frame_whose_rest_never_comes_is_dropped_at_its_deadline() {
        let limits = Limits {
            reassembly_timeout: Duration::from_millis(100),
            ..Limits::DEFAULT
        };
        let mut d = SlipDecoder::with_limits(&limits);
        let frame = encode(SlipInfo::HOST_TO_DEVICE, &[7; 20]);
        let t0 = Instant::now();
        let mut events = Vec::new();
        d.push_at(&frame[..10], t0, |e| events.push(e));
        assert_eq!(d.deadline(), Some(t0 + Duration::from_millis(100)));
        d.expire(t0 + Duration::from_millis(99), |e| events.push(e));
        assert!(events.is_empty());
        // The rest arrives too late: the start is dropped, then the tail up to
        // the next delimiter; the next frame is read.
        d.push_at(&frame[10..], t0 + Duration::from_secs(1), |e| {
            events.push(e)
        });
        d.push_at(&frame, t0 + Duration::from_secs(1), |e| events.push(e));
        assert_eq!(
            events[0],
            SlipEvent::Discarded {
                // After the opening delimiter.
                stream_offset: 1,
                bytes: 9,
                reason: DiscardReason::Incomplete {
                    waited: Duration::from_secs(1)
                }
            }
        );
        assert!(matches!(
            events[1],
            SlipEvent::Discarded {
                stream_offset: 10,
                reason: DiscardReason::BeforeFirstDelimiter,
                ..
            }
        ));
        assert_eq!(events[2..], [msg(SlipInfo::HOST_TO_DEVICE, &[7; 20])]);
        // Between frames there is nothing to wait for.
        assert_eq!(d.deadline(), None);
    }
}
