//! The size and time limits of every link, defined once.
//!
//! Bytes from a reader (or from whoever is on the other end of a socket) are
//! untrusted: each framing layer caps what it buffers and how long it waits for
//! the rest of a message. The defaults below are used by the HID
//! [`Reassembler`](crate::hid_framing::Reassembler), the
//! [`SlipDecoder`](crate::slip::SlipDecoder), the
//! [`WebSocketTransport`](crate::websocket::WebSocketTransport) (client and
//! server side) and the simulator's links; each can be changed through a
//! [`Limits`] value.
//!
//! ```
//! use mms_runtime::hid_framing::Reassembler;
//! use mms_runtime::limits::Limits;
//!
//! // A host that only ever expects small messages.
//! let limits = Limits { max_message_len: 4096, ..Limits::DEFAULT };
//! let reassembler = Reassembler::with_limits(&limits);
//! assert_eq!(reassembler.max_message_len(), 4096);
//! assert_eq!(Limits::default().max_message_len, 1 << 20);
//! ```

use std::time::Duration;

/// Default cap on one MMS message on any link: 1 MiB, enough for a 640 KiB
/// image file in a data file message.
pub const DEFAULT_MAX_MESSAGE_LEN: usize = 1 << 20;

/// Default cap on the HID reports of one message: as many as a message of
/// [`DEFAULT_MAX_MESSAGE_LEN`] bytes takes (17,190).
pub const DEFAULT_MAX_HID_PACKETS: usize = crate::hid_report::report_count(DEFAULT_MAX_MESSAGE_LEN);

/// Default longest silence inside a multi-packet HID message or a SLIP frame
/// before the partial message is dropped. A device sends the packets of one
/// message back to back (a 1 MiB message is about 16 s of reports at one per
/// millisecond, but never seconds between two of them).
pub const DEFAULT_REASSEMBLY_TIMEOUT: Duration = Duration::from_secs(2);

/// The largest message buffer a HID reassembler or SLIP decoder keeps for its
/// next message once it has lent the last one out: a link's everyday messages
/// then allocate nothing on the borrowing path, while one large file transfer
/// does not pin its size for the link's life.
pub(crate) const RETAINED_BUFFER: usize = 16 * 1024;

/// The finished message in `buffer`, for a caller that keeps it: the buffer
/// itself when it was sized for this message, else a copy, so that a larger
/// buffer kept from lent messages stays for the next one instead of going out
/// with a small message.
pub(crate) fn hand_over(buffer: &mut Vec<u8>) -> Vec<u8> {
    if buffer.capacity() == buffer.len() {
        core::mem::take(buffer)
    } else {
        buffer.to_vec()
    }
}

/// Size and time limits for one link. [`Limits::DEFAULT`] holds the defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Limits {
    /// Longest MMS message accepted (HID reassembly, SLIP frames' messages).
    pub max_message_len: usize,
    /// Most HID reports one message may take (the head's declared total is
    /// checked against it before anything is buffered).
    pub max_hid_packets: usize,
    /// Longest message a SLIP frame may carry (the frame's own bytes are this
    /// plus the 5-byte header, before escaping).
    pub max_slip_message_len: usize,
    /// Longest WebSocket message (and frame) accepted.
    pub max_ws_message_len: usize,
    /// Longest wait for the rest of a message once part of it has arrived
    /// (between two HID reports of one message, between two bytes of one SLIP
    /// frame).
    pub reassembly_timeout: Duration,
}

impl Limits {
    /// The defaults: 1 MiB messages on every link, as many HID reports as that
    /// takes, and 2 s to wait for the rest of a message.
    pub const DEFAULT: Limits = Limits {
        max_message_len: DEFAULT_MAX_MESSAGE_LEN,
        max_hid_packets: DEFAULT_MAX_HID_PACKETS,
        max_slip_message_len: DEFAULT_MAX_MESSAGE_LEN,
        max_ws_message_len: DEFAULT_MAX_MESSAGE_LEN,
        reassembly_timeout: DEFAULT_REASSEMBLY_TIMEOUT,
    };

    /// The defaults with every message cap set to `max_message_len` (and the HID
    /// packet cap to what such a message takes).
    pub const fn with_max_message_len(max_message_len: usize) -> Limits {
        Limits {
            max_message_len,
            max_hid_packets: crate::hid_report::report_count(max_message_len),
            max_slip_message_len: max_message_len,
            max_ws_message_len: max_message_len,
            reassembly_timeout: DEFAULT_REASSEMBLY_TIMEOUT,
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::DEFAULT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        assert_eq!(DEFAULT_MAX_HID_PACKETS, 17_190);
        assert_eq!(Limits::with_max_message_len(1 << 20), Limits::DEFAULT);
    }
}
