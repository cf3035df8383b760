//! What `Message` is built on: message kinds, errors that
//! name the command, and payload decoding helpers.

use core::fmt;

use mms_codec::{Contents, DecodeContext, DecodeError, DecodeOptions, Tlv, Unknown};

use crate::envelope::{Envelope, MessageType, PayloadError};

/// Send Secured Command to Device (manual Table 240): a request payload that wraps another
/// command, so its `81` names the wrapped command rather than this ID.
pub const SECURED_COMMAND: u16 = 0xEEEE;

/// What a message is, from its message type byte (direction aside).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MessageKind {
    /// A command request.
    Request,
    /// A command response.
    Response,
    /// A notification.
    Notification,
    /// A data file.
    DataFile,
    /// A message type this version does not name.
    Other,
}

impl MessageKind {
    /// The kind of a message type, whichever direction it goes.
    pub fn of(message_type: MessageType) -> MessageKind {
        match message_type {
            MessageType::Request | MessageType::RequestFromDevice => MessageKind::Request,
            MessageType::Response | MessageType::ResponseFromHost => MessageKind::Response,
            MessageType::Notification | MessageType::NotificationFromHost => {
                MessageKind::Notification
            }
            MessageType::DataFileToDevice | MessageType::DataFileFromDevice => {
                MessageKind::DataFile
            }
            MessageType::Other(_) => MessageKind::Other,
        }
    }
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MessageKind::Request => "request",
            MessageKind::Response => "response",
            MessageKind::Notification => "notification",
            MessageKind::DataFile => "data file",
            MessageKind::Other => "message",
        })
    }
}

/// Why a message could not be decoded (boxed: errors are rare, results stay small).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageError {
    /// The envelope is malformed.
    Envelope(Box<DecodeError>),
    /// The payload does not decode as the type of its command or notification.
    Payload(Box<PayloadFailure>),
    /// The ID in the message information (`81`) differs from the 2-byte ID the payload
    /// (`84`) starts with, so the message does not say which command or notification it is.
    IdMismatch {
        /// Request, response or notification.
        kind: MessageKind,
        /// The ID in `81`.
        info_id: u16,
        /// The ID at the front of the payload.
        payload_id: u16,
        /// Offset of the payload ID from the start of the message.
        offset: usize,
    },
}

/// A payload that does not decode as the type of its command or notification.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayloadFailure {
    /// Request, response or notification.
    pub kind: MessageKind,
    /// The command or notification ID.
    pub id: u16,
    /// Its name.
    pub name: &'static str,
    /// What went wrong, with the offset from the start of the message.
    pub error: PayloadError,
}

impl MessageError {
    /// The malformed envelope error.
    pub fn envelope(error: DecodeError) -> MessageError {
        MessageError::Envelope(Box::new(error))
    }

    /// The decode error and its offset from the start of the message, if there is one.
    pub fn decode_error(&self) -> Option<&DecodeError> {
        match self {
            MessageError::Envelope(error) => Some(error),
            MessageError::Payload(failure) => match &failure.error {
                PayloadError::Decode(error) => Some(error),
                _ => None,
            },
            MessageError::IdMismatch { .. } => None,
        }
    }
}

/// Checks that a request's, response's or notification's payload starts with the ID its
/// message information (`81`) names. Data files (the payload is the file), other message
/// types, and payloads shorter than an ID (reported by the payload decoder) pass, and so
/// does a request whose payload is the secured command wrapper (0xEEEE, manual Table 240):
/// its `81` names the wrapped command.
pub fn check_payload_id(envelope: &Envelope) -> Result<(), MessageError> {
    let kind = MessageKind::of(envelope.info.message_type);
    if !matches!(
        kind,
        MessageKind::Request | MessageKind::Response | MessageKind::Notification
    ) {
        return Ok(());
    }
    match envelope.payload_id() {
        Some(SECURED_COMMAND) if kind == MessageKind::Request => Ok(()),
        Some(payload_id) if payload_id != envelope.info.id => Err(MessageError::IdMismatch {
            kind,
            info_id: envelope.info.id,
            payload_id,
            offset: envelope.payload_value_offset(),
        }),
        _ => Ok(()),
    }
}

impl fmt::Display for MessageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MessageError::Envelope(error) => write!(f, "malformed message: {error}"),
            MessageError::Payload(failure) => {
                let PayloadFailure {
                    kind,
                    id,
                    name,
                    error,
                } = &**failure;
                write!(f, "{kind} {name} (0x{id:04X}): {error}")
            }
            MessageError::IdMismatch {
                kind,
                info_id,
                payload_id,
                offset,
            } => write!(
                f,
                "{kind}: 81 names ID {info_id:04X} but the payload (84) starts with \
                 {payload_id:04X} (offset {offset})"
            ),
        }
    }
}

impl std::error::Error for MessageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MessageError::Envelope(error) => Some(&**error),
            MessageError::Payload(failure) => Some(&failure.error),
            MessageError::IdMismatch { .. } => None,
        }
    }
}

/// Decodes the payload of `envelope` as `T`, the type of command or notification `id`
/// (the payload must start with `id`).
pub fn decode_payload<T: Contents>(
    envelope: &Envelope,
    kind: MessageKind,
    id: u16,
    name: &'static str,
    options: DecodeOptions,
) -> Result<T, MessageError> {
    decode_payload_by(envelope, kind, id, name, options, T::decode_contents)
}

/// Decodes the payload of `envelope` with `decode` (the payload must start with `id`).
pub fn decode_payload_by<T>(
    envelope: &Envelope,
    kind: MessageKind,
    id: u16,
    name: &'static str,
    options: DecodeOptions,
    decode: impl FnOnce(&[u8], DecodeContext) -> Result<T, DecodeError>,
) -> Result<T, MessageError> {
    envelope
        .decode_payload_by(id, options, decode)
        .map_err(|error| {
            MessageError::Payload(Box::new(PayloadFailure {
                kind,
                id,
                name,
                error,
            }))
        })
}

/// A TLV sequence the spec does not describe item by item, kept verbatim (it
/// re-encodes byte-identically).
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct TlvList {
    /// The items, in wire order, and their length forms.
    #[tlv(unknown)]
    pub unknown: Unknown,
}
