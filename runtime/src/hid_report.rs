//! The HID report and its packet layout (manual section 2.1.3, tables 4 to 8):
//! report size, what each packet type carries, and how many reports a message
//! takes. Kept apart from the [`hid_framing`](crate::hid_framing) state
//! machines so that [`limits`](crate::limits) can size its defaults from it.

/// Bytes in every report (the device's report count).
pub const REPORT_LEN: usize = 64;
/// Largest message carried by a single packet.
pub const SINGLE_MAX: usize = REPORT_LEN - 2;
/// Message bytes carried by a multi-packet head.
pub const HEAD_PART: usize = REPORT_LEN - 5;
/// Message bytes carried by a multi-packet middle.
pub const MIDDLE_PART: usize = REPORT_LEN - 3;
/// Largest number of message bytes a multi-packet tail can carry.
pub const TAIL_MAX: usize = REPORT_LEN - 2;
/// Highest middle packet number (the field is 16 bits; numbering starts at 1).
pub const MAX_MIDDLES: usize = 0xFFFF;
/// Longest message the packet format can express: head + every middle + a full tail.
pub const MAX_FRAMED_LEN: usize = HEAD_PART + MAX_MIDDLES * MIDDLE_PART + TAIL_MAX;
/// One HID report, padding included.
pub type Report = [u8; REPORT_LEN];

/// The packet type byte (offset 0 of every report).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum PacketType {
    /// `0x00`: a whole message in one report.
    Single = 0x00,
    /// `0x01`: first report of a multi-packet message.
    Head = 0x01,
    /// `0x02`: a numbered report in the middle of a multi-packet message.
    Middle = 0x02,
    /// `0x03`: the last report of a multi-packet message.
    Tail = 0x03,
    /// `0x04`: abandons the multi-packet message in progress.
    Cancel = 0x04,
}

impl PacketType {
    /// The packet type for a report's first byte, if it is one of the five.
    pub fn from_byte(byte: u8) -> Option<Self> {
        Some(match byte {
            0x00 => Self::Single,
            0x01 => Self::Head,
            0x02 => Self::Middle,
            0x03 => Self::Tail,
            0x04 => Self::Cancel,
            _ => return None,
        })
    }
}

/// Number of reports [`packetize`](crate::hid_framing::packetize) produces for a message of `len` bytes.
pub const fn report_count(len: usize) -> usize {
    if len <= SINGLE_MAX {
        1
    } else {
        let after_head = len - HEAD_PART;
        // Middles carry 61 bytes each until what is left fits a tail.
        let middles = after_head.saturating_sub(TAIL_MAX).div_ceil(MIDDLE_PART);
        2 + middles
    }
}
