//! Reading host messages and building device messages (manual section 3.2.2,
//! Tables 11, 12, 14 and 15).

use crate::tlv::{self, LengthForm};
use std::fmt;

/// Start of message constant.
const START: u8 = 0xAA;
/// API framework version the simulator writes.
const FRAMEWORK_VERSION: u8 = 0x00;

/// Message type byte: request from the host.
pub const TYPE_REQUEST: u8 = 0x01;
/// Message type byte: data file from the host.
pub const TYPE_DATA_FILE_TO_DEVICE: u8 = 0x04;
/// Message type byte: response from the device.
pub const TYPE_RESPONSE: u8 = 0x82;
/// Message type byte: notification from the device.
pub const TYPE_NOTIFICATION: u8 = 0x83;
/// Message type byte: data file from the device.
pub const TYPE_DATA_FILE_TO_HOST: u8 = 0x84;

/// An operation status: one summary byte and three detail bytes (Table 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Status {
    /// Operation Status Summary (`0x00` OK done, `0x01` OK started, `0x80`
    /// failed to start, `0x81` failed during operation).
    pub summary: u8,
    /// Detail group, subgroup and code.
    pub detail: [u8; 3],
}

impl Status {
    /// OK, done; all good.
    pub const OK: Status = Status::new(0x00, [0x00, 0x00, 0x00]);
    /// OK, started / running; all good.
    pub const STARTED: Status = Status::new(0x01, [0x00, 0x00, 0x00]);
    /// Failed to start: the message is not constructed properly (01 01 02).
    pub const BAD_MESSAGE: Status = Status::new(0x80, [0x01, 0x01, 0x02]);
    /// Failed to start: the device has no such feature (01 01 13), used for
    /// command IDs the simulator does not implement.
    pub const FEATURE_NOT_AVAILABLE: Status = Status::new(0x80, [0x01, 0x01, 0x13]);
    /// Failed to start: a request parameter is bad, missing or unknown (02 01 02).
    pub const BAD_PARAMETER: Status = Status::new(0x80, [0x02, 0x01, 0x02]);
    /// Failed during the operation: a data check failed (02 01 02).
    pub const FAILED_BAD_DATA: Status = Status::new(0x81, [0x02, 0x01, 0x02]);
    /// Failed to start: requested operation failed (00 00 02).
    pub const OPERATION_FAILED: Status = Status::new(0x80, [0x00, 0x00, 0x02]);
    /// Failed to start: no transaction (02 03 04).
    pub const NO_TRANSACTION: Status = Status::new(0x80, [0x02, 0x03, 0x04]);
    /// Failed to start: a transaction is in progress (02 03 08).
    pub const TRANSACTION_IN_PROGRESS: Status = Status::new(0x80, [0x02, 0x03, 0x08]);
    /// Failed to start: wrong transaction state (02 03 0D).
    pub const WRONG_TRANSACTION_STATE: Status = Status::new(0x80, [0x02, 0x03, 0x0D]);

    /// Builds a status.
    pub const fn new(summary: u8, detail: [u8; 3]) -> Status {
        Status { summary, detail }
    }

    /// The four bytes of the Response Status item.
    pub const fn to_bytes(self) -> [u8; 4] {
        [self.summary, self.detail[0], self.detail[1], self.detail[2]]
    }

    /// Summary codes below `0x80` mean success.
    pub const fn is_ok(self) -> bool {
        self.summary < 0x80
    }
}

/// A host message the device understood at the envelope level.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum HostMessage {
    /// A command request.
    Request {
        /// Message reference number.
        reference: u8,
        /// Command ID from the message information.
        command: u16,
        /// The Request Payload (starting with the command ID), if present.
        payload: Option<Vec<u8>>,
    },
    /// A data file message (Table 15).
    DataFile {
        /// Message reference number.
        reference: u8,
        /// The command that started the transfer.
        command: u16,
        /// The file type (File ID) from the message information.
        file_id: [u8; 4],
        /// The File Payload.
        payload: Vec<u8>,
    },
}

/// Why a host message was not understood, with what could be salvaged for a
/// failure response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EnvelopeError {
    /// What is wrong.
    pub reason: String,
    /// Reference and command, when the message information was readable.
    pub reply_to: Option<(u8, u16)>,
}

impl fmt::Display for EnvelopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

/// Parses a whole host message.
pub(crate) fn parse_host_message(bytes: &[u8]) -> Result<HostMessage, EnvelopeError> {
    let error = |reason: String, reply_to| EnvelopeError { reason, reply_to };
    if bytes.len() < 2 {
        return Err(error(
            format!("message of {} bytes is too short", bytes.len()),
            None,
        ));
    }
    if bytes[0] != START {
        return Err(error(
            format!("start of message is {:02X}, expected AA", bytes[0]),
            None,
        ));
    }
    let items = tlv::parse_all(&bytes[2..])
        .map_err(|e| error(format!("malformed TLV: {e} (after AA xx)"), None))?;
    let info =
        tlv::find(&items, 0x81).ok_or_else(|| error("no Message Information (81)".into(), None))?;
    if info.value.len() < 4 {
        return Err(error(
            format!(
                "Message Information has {} bytes, needs 4",
                info.value.len()
            ),
            None,
        ));
    }
    let kind = info.value[0];
    let reference = info.value[1];
    let command = u16::from_be_bytes([info.value[2], info.value[3]]);
    let payload = tlv::find(&items, 0x84).map(|p| p.value.to_vec());
    match kind {
        TYPE_REQUEST => Ok(HostMessage::Request {
            reference,
            command,
            payload,
        }),
        TYPE_DATA_FILE_TO_DEVICE => {
            let file_id = info
                .value
                .get(4..8)
                .and_then(|id| <[u8; 4]>::try_from(id).ok())
                .ok_or_else(|| {
                    error(
                        "data file Message Information lacks the 4-byte file type".into(),
                        Some((reference, command)),
                    )
                })?;
            let payload = payload.ok_or_else(|| {
                error(
                    "data file message has no File Payload (84)".into(),
                    Some((reference, command)),
                )
            })?;
            Ok(HostMessage::DataFile {
                reference,
                command,
                file_id,
                payload,
            })
        }
        other => Err(error(
            format!("message type {other:02X} is not one a host sends"),
            None,
        )),
    }
}

/// Builds a response message.
///
/// `long_payload_length` writes the payload length as `82 hh ll`, as the
/// device does for property responses (manual Tables 188, 190, 936).
pub(crate) fn response(
    reference: u8,
    command: u16,
    status: Status,
    additional_detail: Option<&[u8]>,
    payload: Option<&[u8]>,
    long_payload_length: bool,
) -> Vec<u8> {
    let mut out = vec![START, FRAMEWORK_VERSION];
    let [c0, c1] = command.to_be_bytes();
    tlv::write(&mut out, 0x81, &[TYPE_RESPONSE, reference, c0, c1]);
    tlv::write(&mut out, 0x82, &status.to_bytes());
    if let Some(detail) = additional_detail {
        tlv::write(&mut out, 0x83, detail);
    }
    if let Some(payload) = payload {
        let form = if long_payload_length {
            LengthForm::TwoBytes
        } else {
            LengthForm::Minimal
        };
        tlv::write_with(&mut out, 0x84, payload, form);
    }
    out
}

/// Builds a notification message (Table 14). `payload` excludes the leading
/// notification ID, which is added here.
pub(crate) fn notification(id: u16, detail: [u8; 4], payload: Option<&[u8]>) -> Vec<u8> {
    let mut out = vec![START, FRAMEWORK_VERSION];
    let [source, kind] = id.to_be_bytes();
    tlv::write(&mut out, 0x81, &[TYPE_NOTIFICATION, 0x00, source, kind]);
    tlv::write(&mut out, 0x82, &detail);
    if let Some(payload) = payload {
        let mut value = id.to_be_bytes().to_vec();
        value.extend_from_slice(payload);
        tlv::write(&mut out, 0x84, &value);
    }
    out
}

/// Builds a data file message from the device (Table 15).
pub(crate) fn data_file_to_host(
    reference: u8,
    command: u16,
    file_id: [u8; 4],
    payload: &[u8],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 16);
    out.extend_from_slice(&[START, FRAMEWORK_VERSION]);
    let mut info = vec![TYPE_DATA_FILE_TO_HOST, reference];
    info.extend_from_slice(&command.to_be_bytes());
    info.extend_from_slice(&file_id);
    tlv::write(&mut out, 0x81, &info);
    tlv::write(&mut out, 0x84, payload);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_echo_example() {
        // Manual section 3.2.1.2 (TLV example).
        let bytes = [
            0xAA, 0x00, 0x81, 0x04, 0x01, 0x01, 0xDF, 0x01, 0x84, 0x07, 0xDF, 0x01, 0x81, 0x03,
            0x01, 0x02, 0x03,
        ];
        let message = parse_host_message(&bytes).unwrap();
        assert_eq!(
            message,
            HostMessage::Request {
                reference: 1,
                command: 0xDF01,
                payload: Some(vec![0xDF, 0x01, 0x81, 0x03, 0x01, 0x02, 0x03]),
            }
        );
    }

    #[test]
    fn parses_a_data_file_message() {
        // Manual Table 16, shortened payload.
        let bytes = [
            0xAA, 0x00, 0x81, 0x08, 0x04, 0x08, 0xD8, 0x12, 0x00, 0x00, 0x00, 0x01, 0x84, 0x02,
            0x00, 0x01,
        ];
        match parse_host_message(&bytes).unwrap() {
            HostMessage::DataFile {
                reference,
                command,
                file_id,
                payload,
            } => {
                assert_eq!((reference, command, file_id), (8, 0xD812, [0, 0, 0, 1]));
                assert_eq!(payload, [0, 1]);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn explains_bad_envelopes() {
        assert!(parse_host_message(&[0xAB, 0x00])
            .unwrap_err()
            .reason
            .contains("expected AA"));
        assert!(parse_host_message(&[0xAA, 0x00, 0x84, 0x09])
            .unwrap_err()
            .reason
            .contains("malformed TLV"));
        assert!(parse_host_message(&[0xAA, 0x00, 0x84, 0x00])
            .unwrap_err()
            .reason
            .contains("no Message Information"));
    }

    #[test]
    fn builds_the_notification_example() {
        // Manual Table 336.
        let bytes = notification(
            0x1001,
            [0, 0, 0, 0],
            Some(&[0x81, 0x01, 0x02, 0x82, 0x01, 0x00]),
        );
        assert_eq!(
            bytes,
            [
                0xAA, 0x00, 0x81, 0x04, 0x83, 0x00, 0x10, 0x01, 0x82, 0x04, 0x00, 0x00, 0x00, 0x00,
                0x84, 0x08, 0x10, 0x01, 0x81, 0x01, 0x02, 0x82, 0x01, 0x00
            ]
        );
    }
}
