//! USB HID packet framing (manual section 2.1.3, tables 4 to 8).
//!
//! MMS devices exchange 64-byte reports without a report ID. A message of up to
//! [`SINGLE_MAX`] bytes travels in one *single packet*; a longer one is split into a
//! *head* (total length plus the first [`HEAD_PART`] bytes), numbered *middles*
//! ([`MIDDLE_PART`] bytes each) and a *tail* (the remaining 1 to [`TAIL_MAX`] bytes).
//! A *cancel* packet abandons a multi-packet message.
//!
//! This module is pure (no I/O): [`packetize`] turns a message into reports and
//! [`Reassembler`] turns reports (and the time they arrived) back into messages
//! and tells when a partial message stops being worth waiting for
//! ([`Reassembler::deadline`], [`Reassembler::expire`]). The host transports
//! ([`HidTransport`](crate::hid::HidTransport)) and the simulator (`mms-sim`)
//! both drive this one implementation.

use core::fmt;
use std::time::{Duration, Instant};

pub use crate::hid_report::{
    report_count, PacketType, Report, HEAD_PART, MAX_FRAMED_LEN, MAX_MIDDLES, MIDDLE_PART,
    REPORT_LEN, SINGLE_MAX, TAIL_MAX,
};
use crate::limits::{hand_over, Limits, RETAINED_BUFFER};

/// Default cap on a reassembled message ([`Limits::DEFAULT`]): 1 MiB, enough
/// for a 640 KB image file.
pub const DEFAULT_MAX_MESSAGE_LEN: usize = crate::limits::DEFAULT_MAX_MESSAGE_LEN;

/// The message is longer than the HID packet format can carry ([`MAX_FRAMED_LEN`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MessageTooLong {
    /// Length of the rejected message.
    pub len: usize,
    /// The format's limit.
    pub max: usize,
}

impl fmt::Display for MessageTooLong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "message of {} bytes does not fit the HID packet format (at most {} bytes)",
            self.len, self.max
        )
    }
}

impl std::error::Error for MessageTooLong {}

/// Splits `message` into reports (single packet, or head, middles and tail).
///
/// The iterator borrows the message and builds each report on demand.
pub fn packetize(message: &[u8]) -> Result<Packets<'_>, MessageTooLong> {
    if message.len() > MAX_FRAMED_LEN {
        return Err(MessageTooLong {
            len: message.len(),
            max: MAX_FRAMED_LEN,
        });
    }
    Ok(Packets {
        message,
        offset: 0,
        next_number: 0,
        done: false,
    })
}

/// Builds a cancel report with the given reason (`0x0000` = general).
pub fn cancel_report(reason: u16) -> Report {
    let mut report = [0u8; REPORT_LEN];
    report[0] = PacketType::Cancel as u8;
    report[1..3].copy_from_slice(&reason.to_be_bytes());
    report
}

/// Iterator over the reports of one message, from [`packetize`].
#[derive(Clone, Debug)]
pub struct Packets<'a> {
    message: &'a [u8],
    offset: usize,
    /// 0 before the head; then the number of the next middle.
    next_number: usize,
    done: bool,
}

impl Iterator for Packets<'_> {
    type Item = Report;

    fn next(&mut self) -> Option<Report> {
        if self.done {
            return None;
        }
        let mut report = [0u8; REPORT_LEN];
        let len = self.message.len();
        if len <= SINGLE_MAX {
            report[0] = PacketType::Single as u8;
            report[1] = len as u8;
            report[2..2 + len].copy_from_slice(self.message);
            self.done = true;
        } else if self.next_number == 0 {
            report[0] = PacketType::Head as u8;
            report[1..5].copy_from_slice(&(len as u32).to_be_bytes());
            report[5..].copy_from_slice(&self.message[..HEAD_PART]);
            self.offset = HEAD_PART;
            self.next_number = 1;
        } else {
            let remaining = len - self.offset;
            if remaining > TAIL_MAX {
                report[0] = PacketType::Middle as u8;
                report[1..3].copy_from_slice(&(self.next_number as u16).to_be_bytes());
                report[3..].copy_from_slice(&self.message[self.offset..self.offset + MIDDLE_PART]);
                self.offset += MIDDLE_PART;
                self.next_number += 1;
            } else {
                report[0] = PacketType::Tail as u8;
                report[1] = remaining as u8;
                report[2..2 + remaining].copy_from_slice(&self.message[self.offset..]);
                self.offset = len;
                self.done = true;
            }
        }
        Some(report)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        if self.done {
            return (0, Some(0));
        }
        let total = report_count(self.message.len());
        let sent = if self.next_number == 0 {
            0
        } else {
            self.next_number // head + (next_number - 1) middles
        };
        (total - sent, Some(total - sent))
    }
}

impl ExactSizeIterator for Packets<'_> {}

/// Everything that can be wrong with a report stream. Each variant says what was
/// found; none of them is fatal: the [`Reassembler`] resynchronises on the next
/// head or single packet.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum HidFramingError {
    /// The report is too short for the fields its packet type declares.
    TruncatedReport {
        /// The packet type byte.
        packet_type: u8,
        /// Bytes the packet needs.
        needed: usize,
        /// Bytes received.
        len: usize,
    },
    /// The first byte is not a known packet type.
    UnknownPacketType {
        /// The byte found.
        byte: u8,
    },
    /// A single packet or tail declares more bytes than a report can hold.
    LengthFieldTooLarge {
        /// The packet type byte.
        packet_type: u8,
        /// The declared length.
        declared: usize,
    },
    /// A middle arrived with no multi-packet message in progress.
    UnexpectedMiddle {
        /// Its packet number.
        number: u16,
    },
    /// A tail arrived with no multi-packet message in progress.
    UnexpectedTail,
    /// A middle's packet number is not the next one.
    WrongPacketNumber {
        /// The number expected.
        expected: u32,
        /// The number found.
        found: u16,
    },
    /// A middle would carry the message past the head's declared total.
    MiddlePastTotal {
        /// The head's declared total.
        total: usize,
        /// Bytes already received.
        received: usize,
    },
    /// The tail's length does not complete the message exactly.
    TailLengthMismatch {
        /// Bytes the message still needed.
        expected: usize,
        /// Bytes the tail declares.
        found: usize,
    },
    /// The head declares a message longer than the reassembler's cap.
    TotalOverCap {
        /// The head's declared total.
        total: usize,
        /// The cap in force.
        max: usize,
    },
    /// The report is longer than the 64 bytes of an MMS HID report.
    ReportTooLong {
        /// Its length.
        len: usize,
    },
    /// The head declares a message that takes more reports than the cap allows.
    TooManyPackets {
        /// Reports the declared total takes.
        packets: usize,
        /// The cap in force.
        max: usize,
    },
    /// The rest of a multi-packet message did not come in time; what was
    /// received is dropped.
    TimedOut {
        /// The head's declared total.
        total: usize,
        /// Bytes received.
        received: usize,
        /// How long the reassembler waited after the last report.
        waited: Duration,
    },
    /// A head or single packet arrived while a multi-packet message was incomplete;
    /// the incomplete one is dropped and the new packet is processed.
    Interrupted {
        /// The head's declared total of the dropped message.
        total: usize,
        /// Bytes of it received.
        received: usize,
    },
}

impl fmt::Display for HidFramingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::TruncatedReport {
                packet_type,
                needed,
                len,
            } => write!(
                f,
                "HID report of {len} bytes is truncated: packet type {packet_type:#04x} needs {needed}"
            ),
            Self::UnknownPacketType { byte } => {
                write!(f, "unknown HID packet type {byte:#04x} at report offset 0")
            }
            Self::LengthFieldTooLarge {
                packet_type,
                declared,
            } => write!(
                f,
                "HID packet type {packet_type:#04x} declares {declared} bytes at offset 1, more than a report holds"
            ),
            Self::UnexpectedMiddle { number } => write!(
                f,
                "HID middle packet {number} arrived without a multi-packet head"
            ),
            Self::UnexpectedTail => {
                write!(f, "HID tail packet arrived without a multi-packet head")
            }
            Self::WrongPacketNumber { expected, found } => write!(
                f,
                "HID middle packet number {found} where {expected} was expected"
            ),
            Self::MiddlePastTotal { total, received } => write!(
                f,
                "HID middle packet runs past the declared total of {total} bytes ({received} received)"
            ),
            Self::TailLengthMismatch { expected, found } => write!(
                f,
                "HID tail carries {found} bytes but the message needs {expected} more"
            ),
            Self::TotalOverCap { total, max } => write!(
                f,
                "HID head declares a {total}-byte message, over the {max}-byte cap"
            ),
            Self::ReportTooLong { len } => write!(
                f,
                "HID report of {len} bytes is longer than the {REPORT_LEN} bytes of a report"
            ),
            Self::TooManyPackets { packets, max } => write!(
                f,
                "HID head declares a message of {packets} reports, over the {max}-report cap"
            ),
            Self::TimedOut {
                total,
                received,
                waited,
            } => write!(
                f,
                "HID multi-packet message dropped after {received} of {total} bytes: no report for {waited:?}"
            ),
            Self::Interrupted { total, received } => write!(
                f,
                "HID multi-packet message dropped after {received} of {total} bytes: a new message started"
            ),
        }
    }
}

impl std::error::Error for HidFramingError {}

/// What a report produced (see [`Reassembler::push`]).
///
/// `M` holds the message: owned (`Vec<u8>`, from [`Reassembler::push`]) or
/// borrowed from the reassembler for the duration of the callback (`&[u8]`,
/// from [`Reassembler::push_borrowed`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HidEvent<M = Vec<u8>> {
    /// A whole message.
    Message(M),
    /// The sender cancelled the multi-packet message in progress.
    Cancelled {
        /// The reason field (`0x0000` = general).
        reason: u16,
        /// Message bytes dropped (0 when nothing was in progress).
        discarded: usize,
    },
    /// The report broke the framing rules; the reassembler has resynchronised.
    Error(HidFramingError),
}

impl<M> HidEvent<M> {
    fn map_message<N>(self, f: impl FnOnce(M) -> N) -> HidEvent<N> {
        match self {
            HidEvent::Message(m) => HidEvent::Message(f(m)),
            HidEvent::Cancelled { reason, discarded } => HidEvent::Cancelled { reason, discarded },
            HidEvent::Error(e) => HidEvent::Error(e),
        }
    }
}

impl HidEvent<&[u8]> {
    /// The same outcome with the message copied out of the reassembler.
    pub fn into_owned(self) -> HidEvent {
        self.map_message(<[u8]>::to_vec)
    }
}

/// A finished message inside the reassembler: still in its report (a single
/// packet) or in the collecting buffer, which an owning caller takes whole and a
/// borrowing caller leaves for the next message.
enum Found<'a> {
    Report(&'a [u8]),
    Buffer(&'a mut Vec<u8>),
}

impl<'a> Found<'a> {
    fn owned(self) -> Vec<u8> {
        match self {
            Found::Report(bytes) => bytes.to_vec(),
            Found::Buffer(buffer) => hand_over(buffer),
        }
    }

    fn borrowed(self) -> &'a [u8] {
        match self {
            Found::Report(bytes) => bytes,
            Found::Buffer(buffer) => buffer,
        }
    }
}

#[derive(Debug)]
enum State {
    Idle,
    /// Collecting a multi-packet message.
    Collecting {
        total: usize,
        buffer: Vec<u8>,
        next_number: u32,
    },
    /// After an error inside a multi-packet message: its remaining middles and
    /// tail are dropped quietly (the error was already reported once).
    Skipping,
}

/// Turns reports back into messages, checking every field.
///
/// Time is an input, never read from a clock: [`push_at`](Self::push_at) says
/// when a report arrived, [`deadline`](Self::deadline) says until when the rest
/// of a multi-packet message is awaited, and [`expire`](Self::expire) drops it
/// once that time has passed. [`push`](Self::push) ignores time.
#[derive(Debug)]
pub struct Reassembler {
    max_message_len: usize,
    max_packets: usize,
    timeout: Duration,
    /// When the last report of the message in progress arrived (timed pushes only).
    last_report: Option<Instant>,
    state: State,
    /// The last message's buffer, emptied, for the next multi-packet message.
    spare: Vec<u8>,
}

impl Default for Reassembler {
    fn default() -> Self {
        Self::with_limits(&Limits::DEFAULT)
    }
}

impl Reassembler {
    /// A reassembler that rejects messages longer than `max_message_len` (the
    /// other limits at their defaults).
    pub fn new(max_message_len: usize) -> Self {
        Self::with_limits(&Limits {
            max_message_len,
            ..Limits::DEFAULT
        })
    }

    /// A reassembler with the message size, packet count and reassembly time
    /// limits of `limits`.
    pub fn with_limits(limits: &Limits) -> Self {
        Self {
            max_message_len: limits.max_message_len,
            max_packets: limits.max_hid_packets,
            timeout: limits.reassembly_timeout,
            last_report: None,
            state: State::Idle,
            spare: Vec::new(),
        }
    }

    /// The cap on a message's length.
    pub fn max_message_len(&self) -> usize {
        self.max_message_len
    }

    /// True while a multi-packet message is partly received.
    pub fn in_progress(&self) -> bool {
        matches!(self.state, State::Collecting { .. })
    }

    /// `(received, total)` of the multi-packet message in progress.
    pub fn progress(&self) -> Option<(usize, usize)> {
        match &self.state {
            State::Collecting { total, buffer, .. } => Some((buffer.len(), *total)),
            _ => None,
        }
    }

    /// Drops any partial message.
    pub fn reset(&mut self) {
        self.state = State::Idle;
        self.last_report = None;
    }

    /// Processes one report (normally 64 bytes; shorter reports are accepted
    /// when they hold every byte their header declares, padding is ignored) and
    /// calls `emit` for each outcome: nothing while more reports are needed, one
    /// message, cancel or error most of the time, and two when a single packet
    /// interrupts an incomplete multi-packet message (the error, then the message).
    pub fn push(&mut self, report: &[u8], mut emit: impl FnMut(HidEvent)) {
        self.push_found(report, |event| emit(event.map_message(Found::owned)));
    }

    /// [`push`](Self::push) with each message lent to `emit` instead of given:
    /// it borrows the report (a single packet) or the reassembler's buffer, which
    /// the next multi-packet message reuses, so a link that decodes each message
    /// where it lands allocates nothing per message.
    ///
    /// ```
    /// use mms_runtime::hid_framing::{packetize, HidEvent, Reassembler};
    ///
    /// let mut reassembler = Reassembler::default();
    /// let mut lengths = Vec::new();
    /// for report in packetize(&[0x5A; 100]).unwrap() {
    ///     reassembler.push_borrowed(&report, |event| {
    ///         if let HidEvent::Message(message) = event {
    ///             lengths.push(message.len()); // decode it here, or copy it to keep it
    ///         }
    ///     });
    /// }
    /// assert_eq!(lengths, [100]);
    /// ```
    pub fn push_borrowed(&mut self, report: &[u8], mut emit: impl FnMut(HidEvent<&[u8]>)) {
        self.push_found(report, |event| emit(event.map_message(Found::borrowed)));
    }

    fn push_found(&mut self, report: &[u8], mut emit: impl FnMut(HidEvent<Found<'_>>)) {
        if let Err(error) = self.push_inner(report, &mut emit) {
            emit(HidEvent::Error(error));
        }
    }

    /// [`push`](Self::push) for a report that arrived at `now`: a message in
    /// progress whose [`deadline`](Self::deadline) has passed is dropped first
    /// (reported as [`HidFramingError::TimedOut`]), and the new deadline counts
    /// from `now`.
    pub fn push_at(&mut self, report: &[u8], now: Instant, mut emit: impl FnMut(HidEvent)) {
        self.expire(now, &mut emit);
        self.push(report, &mut emit);
        self.last_report = self.in_progress().then_some(now);
    }

    /// [`push_at`](Self::push_at) with messages lent as by
    /// [`push_borrowed`](Self::push_borrowed).
    pub fn push_at_borrowed(
        &mut self,
        report: &[u8],
        now: Instant,
        mut emit: impl FnMut(HidEvent<&[u8]>),
    ) {
        self.expire(now, &mut emit);
        self.push_borrowed(report, &mut emit);
        self.last_report = self.in_progress().then_some(now);
    }

    /// Until when the rest of the message in progress is awaited: the last
    /// report's time (from [`push_at`](Self::push_at)) plus the reassembly
    /// timeout. `None` when no message is in progress or pushes are untimed.
    pub fn deadline(&self) -> Option<Instant> {
        let last = self.last_report.filter(|_| self.in_progress())?;
        last.checked_add(self.timeout)
    }

    /// Drops the message in progress if its [`deadline`](Self::deadline) is
    /// not after `now`, emitting [`HidFramingError::TimedOut`].
    pub fn expire<M>(&mut self, now: Instant, mut emit: impl FnMut(HidEvent<M>)) {
        let Some(deadline) = self.deadline() else {
            return;
        };
        if now < deadline {
            return;
        }
        let waited = self
            .last_report
            .map_or(self.timeout, |last| now.saturating_duration_since(last));
        if let Some((received, total)) = self.progress() {
            emit(HidEvent::Error(HidFramingError::TimedOut {
                total,
                received,
                waited,
            }));
        }
        self.reset();
    }

    /// Like [`push`](Self::push) for callers that handle one outcome at a time:
    /// returns the last outcome of the report (`None` when more reports are needed).
    /// Only an interrupting single packet has two outcomes; this returns its
    /// message and drops the `Interrupted` error.
    pub fn push_one(&mut self, report: &[u8]) -> Option<HidEvent> {
        let mut last = None;
        self.push(report, |event| last = Some(event));
        last
    }

    fn push_inner(
        &mut self,
        report: &[u8],
        emit: &mut impl FnMut(HidEvent<Found<'_>>),
    ) -> Result<(), HidFramingError> {
        let in_message = !matches!(self.state, State::Idle);
        let Some(&type_byte) = report.first() else {
            return Err(self.fail(
                HidFramingError::TruncatedReport {
                    packet_type: 0,
                    needed: 1,
                    len: 0,
                },
                in_message,
            ));
        };
        if report.len() > REPORT_LEN {
            return Err(self.fail(
                HidFramingError::ReportTooLong { len: report.len() },
                in_message,
            ));
        }
        let Some(packet_type) = PacketType::from_byte(type_byte) else {
            return Err(self.fail(
                HidFramingError::UnknownPacketType { byte: type_byte },
                in_message,
            ));
        };
        match packet_type {
            PacketType::Single => self.single(report, type_byte, emit),
            PacketType::Head => self.head(report, type_byte, emit),
            PacketType::Middle => self.middle(report, type_byte, in_message),
            PacketType::Tail => self.tail(report, type_byte, emit),
            PacketType::Cancel => self.cancel(report, type_byte, emit),
        }
    }

    /// A single packet: a whole message.
    fn single(
        &mut self,
        report: &[u8],
        type_byte: u8,
        emit: &mut impl FnMut(HidEvent<Found<'_>>),
    ) -> Result<(), HidFramingError> {
        // A new message: whatever was in progress is lost, and said so.
        if let Some(e) = self.take_interrupted() {
            emit(HidEvent::Error(e));
        }
        need(report, type_byte, 2)?;
        let len = report[1] as usize;
        if len > SINGLE_MAX {
            return Err(HidFramingError::LengthFieldTooLarge {
                packet_type: type_byte,
                declared: len,
            });
        }
        need(report, type_byte, 2 + len)?;
        if len > self.max_message_len {
            return Err(HidFramingError::TotalOverCap {
                total: len,
                max: self.max_message_len,
            });
        }
        emit(HidEvent::Message(Found::Report(&report[2..2 + len])));
        Ok(())
    }

    /// The head of a multi-packet message: its total length and first part.
    fn head(
        &mut self,
        report: &[u8],
        type_byte: u8,
        emit: &mut impl FnMut(HidEvent<Found<'_>>),
    ) -> Result<(), HidFramingError> {
        if let Some(e) = self.take_interrupted() {
            emit(HidEvent::Error(e));
        }
        need(report, type_byte, 5).map_err(|e| self.fail(e, true))?;
        let total = u32::from_be_bytes([report[1], report[2], report[3], report[4]]) as usize;
        if total > self.max_message_len {
            return Err(self.fail(
                HidFramingError::TotalOverCap {
                    total,
                    max: self.max_message_len,
                },
                true,
            ));
        }
        let packets = report_count(total);
        if packets > self.max_packets {
            return Err(self.fail(
                HidFramingError::TooManyPackets {
                    packets,
                    max: self.max_packets,
                },
                true,
            ));
        }
        let part = total.min(HEAD_PART);
        need(report, type_byte, 5 + part).map_err(|e| self.fail(e, true))?;
        // `total` is capped above, so this allocation is bounded.
        let mut buffer = core::mem::take(&mut self.spare);
        if buffer.capacity() < total {
            // A fresh buffer: growing the spare would copy it for nothing.
            buffer = Vec::with_capacity(total);
        }
        buffer.extend_from_slice(&report[5..5 + part]);
        self.state = State::Collecting {
            total,
            buffer,
            next_number: 1,
        };
        Ok(())
    }

    /// A numbered middle packet of the message being collected.
    fn middle(
        &mut self,
        report: &[u8],
        type_byte: u8,
        in_message: bool,
    ) -> Result<(), HidFramingError> {
        need(report, type_byte, 3).map_err(|e| self.fail(e, in_message))?;
        let number = u16::from_be_bytes([report[1], report[2]]);
        let error = match &mut self.state {
            State::Idle => HidFramingError::UnexpectedMiddle { number },
            State::Skipping => return Ok(()),
            State::Collecting {
                total,
                buffer,
                next_number,
            } => {
                let remaining = *total - buffer.len();
                if u32::from(number) != *next_number {
                    HidFramingError::WrongPacketNumber {
                        expected: *next_number,
                        found: number,
                    }
                } else if remaining <= TAIL_MAX {
                    // What is left fits a tail, so no middle may come.
                    HidFramingError::MiddlePastTotal {
                        total: *total,
                        received: buffer.len(),
                    }
                } else if let Err(e) = need(report, type_byte, 3 + MIDDLE_PART) {
                    e
                } else {
                    buffer.extend_from_slice(&report[3..3 + MIDDLE_PART]);
                    *next_number += 1;
                    return Ok(());
                }
            }
        };
        Err(self.fail(error, true))
    }

    /// The tail: the rest of the message being collected, which ends it.
    fn tail(
        &mut self,
        report: &[u8],
        type_byte: u8,
        emit: &mut impl FnMut(HidEvent<Found<'_>>),
    ) -> Result<(), HidFramingError> {
        let collecting = matches!(self.state, State::Collecting { .. });
        need(report, type_byte, 2).map_err(|e| self.fail(e, false))?;
        let len = report[1] as usize;
        match core::mem::replace(&mut self.state, State::Idle) {
            State::Idle => Err(HidFramingError::UnexpectedTail),
            State::Skipping => Ok(()),
            State::Collecting {
                total, mut buffer, ..
            } => {
                debug_assert!(collecting);
                let expected = total - buffer.len();
                if len > TAIL_MAX {
                    return Err(HidFramingError::LengthFieldTooLarge {
                        packet_type: type_byte,
                        declared: len,
                    });
                }
                if len != expected {
                    return Err(HidFramingError::TailLengthMismatch {
                        expected,
                        found: len,
                    });
                }
                need(report, type_byte, 2 + len)?;
                buffer.extend_from_slice(&report[2..2 + len]);
                emit(HidEvent::Message(Found::Buffer(&mut buffer)));
                // Left by a borrowing caller: keep it for the next message.
                if buffer.capacity() <= RETAINED_BUFFER {
                    buffer.clear();
                    self.spare = buffer;
                }
                Ok(())
            }
        }
    }

    /// A cancel packet: the message being collected is dropped.
    fn cancel(
        &mut self,
        report: &[u8],
        type_byte: u8,
        emit: &mut impl FnMut(HidEvent<Found<'_>>),
    ) -> Result<(), HidFramingError> {
        need(report, type_byte, 3).map_err(|e| self.fail(e, false))?;
        let reason = u16::from_be_bytes([report[1], report[2]]);
        let discarded = match &self.state {
            State::Collecting { buffer, .. } => buffer.len(),
            _ => 0,
        };
        self.state = State::Idle;
        emit(HidEvent::Cancelled { reason, discarded });
        Ok(())
    }

    /// Ends a multi-packet message in progress, returning the error that says so.
    fn take_interrupted(&mut self) -> Option<HidFramingError> {
        match core::mem::replace(&mut self.state, State::Idle) {
            State::Collecting { total, buffer, .. } => Some(HidFramingError::Interrupted {
                total,
                received: buffer.len(),
            }),
            _ => None,
        }
    }

    /// Records an error. With `skip_rest`, the remaining middles and tail of the
    /// broken multi-packet message are dropped quietly (reported once, here).
    fn fail(&mut self, error: HidFramingError, skip_rest: bool) -> HidFramingError {
        self.state = if skip_rest {
            State::Skipping
        } else {
            State::Idle
        };
        error
    }
}

/// `Ok` when `report` has at least `needed` bytes, else the error naming its packet type.
fn need(report: &[u8], type_byte: u8, needed: usize) -> Result<(), HidFramingError> {
    if report.len() < needed {
        Err(HidFramingError::TruncatedReport {
            packet_type: type_byte,
            needed,
            len: report.len(),
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + 3) as u8).collect()
    }

    /// One outcome per report, errors split out, for compact assertions.
    fn push(r: &mut Reassembler, report: &[u8]) -> Result<Option<HidEvent>, HidFramingError> {
        let mut events = Vec::new();
        r.push(report, |e| events.push(e));
        assert!(events.len() <= 1, "unexpected extra events: {events:?}");
        match events.pop() {
            Some(HidEvent::Error(e)) => Err(e),
            other => Ok(other),
        }
    }

    fn reassemble_all(reports: &[Report]) -> Vec<Result<Option<HidEvent>, HidFramingError>> {
        let mut r = Reassembler::default();
        reports.iter().map(|rep| push(&mut r, rep)).collect()
    }

    #[test]
    fn owned_messages_after_lent_ones_are_sized_to_the_message() {
        let mut r = Reassembler::default();
        for report in packetize(&message(4000)).unwrap() {
            r.push_borrowed(&report, |_| {});
        }
        // The 4,000-byte buffer is now the spare; an owned 100-byte message must not carry it.
        let mut owned = Vec::new();
        for report in packetize(&message(100)).unwrap() {
            r.push(&report, |e| owned.push(e));
        }
        let [HidEvent::Message(m)] = &owned[..] else {
            panic!("{owned:?}");
        };
        assert_eq!((m, m.capacity()), (&message(100), 100));
        // And the spare stays for the next lent message.
        assert!(r.spare.capacity() >= 4000);
    }

    #[test]
    fn single_packet_layout() {
        let reports: Vec<_> = packetize(&[0xAA, 0x00, 0x81]).unwrap().collect();
        assert_eq!(reports.len(), 1);
        assert_eq!(&reports[0][..6], &[0x00, 0x03, 0xAA, 0x00, 0x81, 0x00]);
        assert!(reports[0][5..].iter().all(|&b| b == 0));
    }

    #[test]
    fn multi_packet_layout() {
        let msg = message(59 + 61 + 10);
        let reports: Vec<_> = packetize(&msg).unwrap().collect();
        assert_eq!(reports.len(), 3);
        assert_eq!(&reports[0][..5], &[0x01, 0, 0, 0, 130]);
        assert_eq!(&reports[0][5..], &msg[..59]);
        assert_eq!(&reports[1][..3], &[0x02, 0x00, 0x01]);
        assert_eq!(&reports[1][3..], &msg[59..120]);
        assert_eq!(&reports[2][..2], &[0x03, 10]);
        assert_eq!(&reports[2][2..12], &msg[120..]);
        assert!(reports[2][12..].iter().all(|&b| b == 0));
    }

    #[test]
    fn boundaries_round_trip_and_counts_match() {
        for len in [
            0, 1, 61, 62, 63, 64, 121, 122, 123, 124, 183, 184, 185, 1000,
        ] {
            let msg = message(len);
            let reports: Vec<_> = packetize(&msg).unwrap().collect();
            assert_eq!(reports.len(), report_count(len), "len {len}");
            assert_eq!(packetize(&msg).unwrap().len(), reports.len());
            let out = reassemble_all(&reports);
            assert_eq!(
                out.last().unwrap(),
                &Ok(Some(HidEvent::Message(msg))),
                "len {len}"
            );
            assert!(out[..out.len() - 1].iter().all(|r| r == &Ok(None)));
        }
    }

    #[test]
    fn tail_never_empty_and_at_most_62() {
        for len in 63..400 {
            let reports: Vec<_> = packetize(&message(len)).unwrap().collect();
            let tail = reports.last().unwrap();
            assert_eq!(tail[0], 0x03);
            assert!((1..=62).contains(&(tail[1] as usize)), "len {len}");
        }
    }

    #[test]
    fn too_long_for_format() {
        let err = packetize(&vec![0; MAX_FRAMED_LEN + 1]).unwrap_err();
        assert_eq!(err.len, MAX_FRAMED_LEN + 1);
    }

    #[test]
    fn unexpected_middle_without_head() {
        let mut r = Reassembler::default();
        let mut rep = [0u8; 64];
        rep[0] = 0x02;
        rep[2] = 0x01;
        assert_eq!(
            push(&mut r, &rep),
            Err(HidFramingError::UnexpectedMiddle { number: 1 })
        );
    }

    #[test]
    fn unexpected_tail_without_head() {
        let mut r = Reassembler::default();
        let mut rep = [0u8; 64];
        rep[0] = 0x03;
        rep[1] = 4;
        assert_eq!(push(&mut r, &rep), Err(HidFramingError::UnexpectedTail));
    }

    #[test]
    fn wrong_packet_number_then_resync() {
        let msg = message(300);
        let mut reports: Vec<_> = packetize(&msg).unwrap().collect();
        reports[2][2] = 0x05; // second middle claims number 5
        let mut r = Reassembler::default();
        assert_eq!(push(&mut r, &reports[0]), Ok(None));
        assert_eq!(push(&mut r, &reports[1]), Ok(None));
        assert_eq!(
            push(&mut r, &reports[2]),
            Err(HidFramingError::WrongPacketNumber {
                expected: 2,
                found: 5
            })
        );
        // The rest of the broken message is skipped quietly.
        for rep in &reports[3..] {
            assert_eq!(push(&mut r, rep), Ok(None));
        }
        // Next message arrives intact.
        let good: Vec<_> = packetize(&msg).unwrap().collect();
        let out: Vec<_> = good.iter().map(|rep| push(&mut r, rep)).collect();
        assert_eq!(out.last().unwrap(), &Ok(Some(HidEvent::Message(msg))));
    }

    #[test]
    fn tail_length_mismatch() {
        let msg = message(130);
        let mut reports: Vec<_> = packetize(&msg).unwrap().collect();
        reports[2][1] = 9;
        let out = reassemble_all(&reports);
        assert_eq!(
            out[2],
            Err(HidFramingError::TailLengthMismatch {
                expected: 10,
                found: 9
            })
        );
    }

    #[test]
    fn tail_length_field_too_large() {
        let msg = message(130);
        let mut reports: Vec<_> = packetize(&msg).unwrap().collect();
        reports[2][1] = 63;
        let out = reassemble_all(&reports);
        assert!(matches!(
            out[2],
            Err(HidFramingError::LengthFieldTooLarge { declared: 63, .. })
        ));
    }

    #[test]
    fn single_length_field_too_large() {
        let mut rep = [0u8; 64];
        rep[1] = 63;
        assert_eq!(
            push(&mut Reassembler::default(), &rep),
            Err(HidFramingError::LengthFieldTooLarge {
                packet_type: 0,
                declared: 63
            })
        );
    }

    #[test]
    fn middle_past_total() {
        // Head says 100 bytes: 59 in the head, 41 left, which must be a tail.
        let mut head = [0u8; 64];
        head[0] = 0x01;
        head[4] = 100;
        let mut middle = [0u8; 64];
        middle[0] = 0x02;
        middle[2] = 1;
        let mut r = Reassembler::default();
        assert_eq!(push(&mut r, &head), Ok(None));
        assert_eq!(
            push(&mut r, &middle),
            Err(HidFramingError::MiddlePastTotal {
                total: 100,
                received: 59
            })
        );
    }

    #[test]
    fn total_over_cap_is_rejected_before_allocating() {
        let mut head = [0u8; 64];
        head[0] = 0x01;
        head[1..5].copy_from_slice(&u32::MAX.to_be_bytes());
        let mut r = Reassembler::new(1000);
        assert_eq!(
            push(&mut r, &head),
            Err(HidFramingError::TotalOverCap {
                total: u32::MAX as usize,
                max: 1000
            })
        );
        // Its middles are skipped, then a fresh single packet goes through.
        let mut middle = [0u8; 64];
        middle[0] = 0x02;
        middle[2] = 1;
        assert_eq!(push(&mut r, &middle), Ok(None));
        let single: Vec<_> = packetize(b"ok").unwrap().collect();
        assert_eq!(
            push(&mut r, &single[0]),
            Ok(Some(HidEvent::Message(b"ok".to_vec())))
        );
    }

    #[test]
    fn truncated_reports() {
        let mut r = Reassembler::default();
        assert!(matches!(
            push(&mut r, &[]),
            Err(HidFramingError::TruncatedReport { len: 0, .. })
        ));
        assert!(matches!(
            push(&mut r, &[0x00, 5, 1, 2]),
            Err(HidFramingError::TruncatedReport {
                needed: 7,
                len: 4,
                ..
            })
        ));
        assert!(matches!(
            push(&mut r, &[0x01, 0, 0]),
            Err(HidFramingError::TruncatedReport { needed: 5, .. })
        ));
        // A short report holding all declared bytes is fine.
        assert_eq!(
            push(&mut r, &[0x00, 2, 9, 8]),
            Ok(Some(HidEvent::Message(vec![9, 8])))
        );
    }

    #[test]
    fn unknown_packet_type() {
        let mut rep = [0u8; 64];
        rep[0] = 0x07;
        assert_eq!(
            push(&mut Reassembler::default(), &rep),
            Err(HidFramingError::UnknownPacketType { byte: 0x07 })
        );
    }

    #[test]
    fn cancel_mid_message() {
        let msg = message(300);
        let reports: Vec<_> = packetize(&msg).unwrap().collect();
        let mut r = Reassembler::default();
        push(&mut r, &reports[0]).unwrap();
        push(&mut r, &reports[1]).unwrap();
        assert_eq!(r.progress(), Some((120, 300)));
        assert_eq!(
            push(&mut r, &cancel_report(0)),
            Ok(Some(HidEvent::Cancelled {
                reason: 0,
                discarded: 120
            }))
        );
        assert!(!r.in_progress());
        // A late middle of the cancelled message is unexpected.
        assert!(matches!(
            push(&mut r, &reports[2]),
            Err(HidFramingError::UnexpectedMiddle { number: 2 })
        ));
    }

    #[test]
    fn head_interrupts_incomplete_message() {
        let first = message(300);
        let second = message(200);
        let a: Vec<_> = packetize(&first).unwrap().collect();
        let b: Vec<_> = packetize(&second).unwrap().collect();
        let mut r = Reassembler::default();
        push(&mut r, &a[0]).unwrap();
        push(&mut r, &a[1]).unwrap();
        assert_eq!(
            push(&mut r, &b[0]),
            Err(HidFramingError::Interrupted {
                total: 300,
                received: 120
            })
        );
        // The new head was taken: the second message completes.
        let out: Vec<_> = b[1..].iter().map(|rep| push(&mut r, rep)).collect();
        assert_eq!(out.last().unwrap(), &Ok(Some(HidEvent::Message(second))));
    }

    #[test]
    fn errors_display_where_and_why() {
        let e = HidFramingError::WrongPacketNumber {
            expected: 2,
            found: 5,
        };
        assert_eq!(
            e.to_string(),
            "HID middle packet number 5 where 2 was expected"
        );
    }

    #[test]
    fn single_interrupting_a_message_is_still_delivered() {
        let long: Vec<_> = packetize(&message(300)).unwrap().collect();
        let short: Vec<_> = packetize(b"hi").unwrap().collect();
        let mut r = Reassembler::default();
        push(&mut r, &long[0]).unwrap();
        let mut events = Vec::new();
        r.push(&short[0], |e| events.push(e));
        assert_eq!(
            events,
            vec![
                HidEvent::Error(HidFramingError::Interrupted {
                    total: 300,
                    received: 59
                }),
                HidEvent::Message(b"hi".to_vec()),
            ]
        );
    }

    #[test]
    fn a_report_over_64_bytes_is_a_typed_error() {
        // Issue 11, defect 8: a 65-byte report used to be read as if the extra
        // byte were padding.
        let mut long = packetize(b"hi").unwrap().next().unwrap().to_vec();
        long.push(0);
        let mut r = Reassembler::default();
        assert_eq!(
            push(&mut r, &long),
            Err(HidFramingError::ReportTooLong { len: 65 })
        );
        // Inside a multi-packet message it breaks that message, once.
        let reports: Vec<_> = packetize(&message(300)).unwrap().collect();
        push(&mut r, &reports[0]).unwrap();
        let mut middle = reports[1].to_vec();
        middle.extend_from_slice(&[0; 10]);
        assert_eq!(
            push(&mut r, &middle),
            Err(HidFramingError::ReportTooLong { len: 74 })
        );
        for rep in &reports[2..] {
            assert_eq!(push(&mut r, rep), Ok(None));
        }
        assert!(HidFramingError::ReportTooLong { len: 65 }
            .to_string()
            .contains("65 bytes"));
    }

    #[test]
    fn the_packet_count_is_capped_before_buffering() {
        let limits = Limits {
            max_hid_packets: 3,
            ..Limits::DEFAULT
        };
        let mut r = Reassembler::with_limits(&limits);
        let three: Vec<_> = packetize(&message(59 + 61 + 62)).unwrap().collect();
        assert_eq!(three.len(), 3);
        let out: Vec<_> = three.iter().map(|rep| push(&mut r, rep)).collect();
        assert_eq!(out[2], Ok(Some(HidEvent::Message(message(59 + 61 + 62)))));
        let four: Vec<_> = packetize(&message(59 + 61 + 63)).unwrap().collect();
        assert_eq!(
            push(&mut r, &four[0]),
            Err(HidFramingError::TooManyPackets { packets: 4, max: 3 })
        );
        assert!(!r.in_progress());
    }

    #[test]
    fn a_message_whose_rest_never_comes_is_dropped_at_its_deadline() {
        let limits = Limits {
            reassembly_timeout: Duration::from_millis(100),
            ..Limits::DEFAULT
        };
        let mut r = Reassembler::with_limits(&limits);
        let reports: Vec<_> = packetize(&message(300)).unwrap().collect();
        let t0 = Instant::now();
        let mut events = Vec::new();
        r.push_at(&reports[0], t0, |e| events.push(e));
        r.push_at(&reports[1], t0 + Duration::from_millis(50), |e| {
            events.push(e)
        });
        assert!(events.is_empty());
        // The deadline counts from the last report.
        assert_eq!(r.deadline(), Some(t0 + Duration::from_millis(150)));
        r.expire(t0 + Duration::from_millis(149), |e| events.push(e));
        assert!(events.is_empty() && r.in_progress());
        r.expire(t0 + Duration::from_millis(150), |e| events.push(e));
        assert_eq!(
            events,
            [HidEvent::Error(HidFramingError::TimedOut {
                total: 300,
                received: 120,
                waited: Duration::from_millis(100),
            })]
        );
        assert_eq!(r.deadline(), None);
        // A late report of the dropped message is unexpected; a late push
        // expires the message first.
        events.clear();
        r.push_at(&reports[0], t0, |e| events.push(e));
        r.push_at(&reports[1], t0 + Duration::from_secs(1), |e| events.push(e));
        assert!(matches!(
            events[..],
            [
                HidEvent::Error(HidFramingError::TimedOut { received: 59, .. }),
                HidEvent::Error(HidFramingError::UnexpectedMiddle { number: 1 })
            ]
        ));
        // Untimed pushes never expire.
        let mut untimed = Reassembler::with_limits(&limits);
        untimed.push(&reports[0], |_| {});
        assert_eq!(untimed.deadline(), None);
    }
}
