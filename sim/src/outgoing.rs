//! The messages the simulated device sends: responses with their statuses,
//! notifications, and when each is due. Shared by the device and the parts
//! of it that live in their own modules (firmware, properties, UI).

use std::time::Instant;

use mms_codec::Contents;
use mms_codec::{DecodeError, ErrorKind, LayoutEntry, LengthForm, Slot};
use mms_protocol::{Envelope, MessageType, Status};

/// What kind of message the device sends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MessageKind {
    /// A command response.
    Response,
    /// A notification.
    Notification,
    /// A data file message to the host.
    DataFile,
    /// Not a message: the device resets now (after a firmware commit); its
    /// links drop and it is away for [`DeviceConfig::reset_delay`](crate::DeviceConfig::reset_delay).
    Reset,
}

/// One message from the device, with when it is due.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outgoing {
    /// What it is.
    pub kind: MessageKind,
    /// The whole message, starting with `AA 00`.
    pub message: Vec<u8>,
    /// When the device sends it.
    pub due: Instant,
}

/// A response payload: the command ID, then the parameters.
pub(crate) fn with_command_id(command: u16, parameters: &impl Contents) -> Vec<u8> {
    let mut payload = command.to_be_bytes().to_vec();
    payload.extend_from_slice(&parameters.to_bytes());
    payload
}

/// The Additional Detail of a request that does not decode: the tags down to
/// the bad or missing parameter (`A2 83`), or `84` (the payload) when the
/// error names no tag.
pub(crate) fn parameter_detail(error: &DecodeError) -> Vec<u8> {
    let mut detail: Vec<u8> = error
        .path
        .iter()
        .flat_map(|tag| tag.as_bytes().to_vec())
        .collect();
    if let ErrorKind::MissingTag { expected } = error.kind {
        detail.extend_from_slice(expected.as_bytes());
    }
    if detail.is_empty() {
        detail.push(0x84);
    }
    detail
}

pub(crate) fn reply(
    reference: u8,
    command: u16,
    status: Status,
    additional_detail: Option<&[u8]>,
    payload: Option<&[u8]>,
    now: Instant,
) -> Outgoing {
    Outgoing {
        kind: MessageKind::Response,
        message: response(
            reference,
            command,
            status,
            additional_detail,
            payload,
            false,
        ),
        due: now,
    }
}

/// The statuses the simulated device answers with (manual Table 13).
pub(crate) mod answer {
    use mms_protocol::Status;

    /// OK, done.
    pub fn ok() -> Status {
        Status::from_bytes([0x00, 0x00, 0x00, 0x00])
    }
    /// OK, started / running.
    pub fn started() -> Status {
        Status::from_bytes([0x01, 0x00, 0x00, 0x00])
    }
    /// Failed to start: the message is not constructed properly (01 01 02).
    pub fn bad_message() -> Status {
        Status::from_bytes([0x80, 0x01, 0x01, 0x02])
    }
    /// Failed to start: no such feature (01 01 13), for commands the simulator lacks.
    pub fn feature_not_available() -> Status {
        Status::from_bytes([0x80, 0x01, 0x01, 0x13])
    }
    /// Failed to start: a request parameter is bad, missing or unknown (02 01 02).
    pub fn bad_parameter() -> Status {
        Status::from_bytes([0x80, 0x02, 0x01, 0x02])
    }
    /// Failed during the operation: a data check failed (02 01 02).
    pub fn failed_bad_data() -> Status {
        Status::from_bytes([0x81, 0x02, 0x01, 0x02])
    }
    /// Failed to start: the requested operation failed (00 00 02).
    pub fn operation_failed() -> Status {
        Status::from_bytes([0x80, 0x00, 0x00, 0x02])
    }
    /// Failed to start: no transaction (02 03 04).
    pub fn no_transaction() -> Status {
        Status::from_bytes([0x80, 0x02, 0x03, 0x04])
    }
    /// Failed to start: a transaction is in progress (02 03 08).
    pub fn transaction_in_progress() -> Status {
        Status::from_bytes([0x80, 0x02, 0x03, 0x08])
    }
    /// Failed to start: wrong transaction state (02 03 0D).
    pub fn wrong_transaction_state() -> Status {
        Status::from_bytes([0x80, 0x02, 0x03, 0x0D])
    }
}

/// A device message with its status (or notification detail) and any
/// additional details.
fn envelope(
    message_type: MessageType,
    reference: u8,
    id: u16,
    status: [u8; 4],
    additional: Option<&[u8]>,
    payload: Option<Vec<u8>>,
) -> Envelope {
    let mut message = Envelope::build(message_type, reference, id, Some(status.to_vec()), payload);
    message.additional = additional.map(<[u8]>::to_vec);
    message
}

/// A response message. `two_byte_payload_length` writes the payload length as
/// `82 hh ll`, as the device does in property responses (manual Tables 188,
/// 190, 936).
pub(crate) fn response(
    reference: u8,
    command: u16,
    status: Status,
    additional_detail: Option<&[u8]>,
    payload: Option<&[u8]>,
    two_byte_payload_length: bool,
) -> Vec<u8> {
    let mut message = envelope(
        MessageType::Response,
        reference,
        command,
        status.to_bytes(),
        additional_detail,
        payload.map(<[u8]>::to_vec),
    );
    if two_byte_payload_length {
        // The envelope writes its items in the order and length forms its
        // layout records (tagged fields 0-3 are 81, 82, 83, 84).
        let minimal = |field| LayoutEntry {
            slot: Slot::Field(field),
            form: LengthForm::Minimal,
        };
        message.unknown.layout = vec![
            minimal(0),
            minimal(1),
            minimal(2),
            LayoutEntry {
                slot: Slot::Field(3),
                form: LengthForm::Long(2),
            },
        ];
    }
    message.encode()
}

/// A notification message (Table 14). `payload` excludes the leading
/// notification ID, which is added here.
pub(crate) fn notification(id: u16, detail: [u8; 4], payload: Option<&[u8]>) -> Vec<u8> {
    let payload = payload.map(|items| [&id.to_be_bytes()[..], items].concat());
    envelope(MessageType::Notification, 0, id, detail, None, payload).encode()
}
