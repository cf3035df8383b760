#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod read;
pub mod usb;
pub mod write;

pub use read::{
    decode_file, decode_slip_log, CaptureError, CaptureEvent, DecodeOptions, EventKind, Summary,
};
pub use usb::DeviceAddress;
pub use write::{CaptureWriter, Recorder, RecordingTransport};

/// MagTek's USB vendor ID: devices with it are decoded from USB captures.
pub const MAGTEK_VENDOR_ID: u16 = 0x0801;

/// The link type of records that carry one whole MMS message with a 2-byte
/// header (see [`user_record`]): `LINKTYPE_USER0`, which every capture tool
/// accepts and Wireshark hands to the `magtek_mms` dissector.
pub const LINKTYPE_MMS: u32 = 147;

/// Which way a message or report went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Host to device (a request, or a file sent to the device).
    ToDevice,
    /// Device to host (a response, a notification, a file from the device).
    ToHost,
}

impl Direction {
    /// `"to_device"` or `"to_host"`, as `mms decode --pcap --json` prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ToDevice => "to_device",
            Self::ToHost => "to_host",
        }
    }

    /// The opposite direction.
    pub fn reverse(self) -> Self {
        match self {
            Self::ToDevice => Self::ToHost,
            Self::ToHost => Self::ToDevice,
        }
    }
}

/// The connection a message crossed, as recorded in [`LINKTYPE_MMS`] records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Link {
    /// USB HID: recorded as usbmon records of 64-byte reports, not as [`LINKTYPE_MMS`].
    Hid,
    /// Serial with SLIP framing.
    Serial,
    /// WebSocket.
    WebSocket,
    /// Anything else (in-memory links).
    Other,
}

impl Link {
    /// The byte after the direction in a [`LINKTYPE_MMS`] record.
    pub fn byte(self) -> u8 {
        match self {
            Self::Other => 0,
            Self::Serial => 1,
            Self::WebSocket => 2,
            Self::Hid => 3,
        }
    }

    /// The link for a record's byte (unknown bytes read as [`Link::Other`]).
    pub fn from_byte(byte: u8) -> Self {
        match byte {
            1 => Self::Serial,
            2 => Self::WebSocket,
            3 => Self::Hid,
            _ => Self::Other,
        }
    }

    /// `"usb"`, `"serial"`, `"websocket"` or `"link"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hid => "usb",
            Self::Serial => "serial",
            Self::WebSocket => "websocket",
            Self::Other => "link",
        }
    }
}

/// Bytes before the message in a [`LINKTYPE_MMS`] record.
pub const USER_HEADER_LEN: usize = 2;

/// A [`LINKTYPE_MMS`] record: direction (`0x00` to the device, `0x01` to the
/// host), link ([`Link::byte`]), then the whole MMS message.
pub fn user_record(direction: Direction, link: Link, message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(USER_HEADER_LEN + message.len());
    out.push(match direction {
        Direction::ToDevice => 0,
        Direction::ToHost => 1,
    });
    out.push(link.byte());
    out.extend_from_slice(message);
    out
}

/// Reads a [`LINKTYPE_MMS`] record back: direction, link and message.
pub fn parse_user_record(record: &[u8]) -> Result<(Direction, Link, &[u8]), String> {
    match record {
        [0, link, message @ ..] => Ok((Direction::ToDevice, Link::from_byte(*link), message)),
        [1, link, message @ ..] => Ok((Direction::ToHost, Link::from_byte(*link), message)),
        [other, _, ..] => Err(format!(
            "MMS record direction byte {other:#04x} at offset 0 is neither 0x00 nor 0x01"
        )),
        _ => Err(format!(
            "MMS record of {} bytes is shorter than its {USER_HEADER_LEN}-byte header",
            record.len()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_records_round_trip_and_reject_bad_headers() {
        let record = user_record(Direction::ToHost, Link::Serial, &[0xAA, 0x00]);
        assert_eq!(record, [1, 1, 0xAA, 0x00]);
        assert_eq!(
            parse_user_record(&record).unwrap(),
            (Direction::ToHost, Link::Serial, &[0xAA, 0x00][..])
        );
        assert!(parse_user_record(&[7, 0]).unwrap_err().contains("0x07"));
        assert!(parse_user_record(&[0]).unwrap_err().contains("shorter"));
    }
}
