//! What the generated `Message` type is built on: message kinds, errors that
//! name the command, and payload decoding helpers.

use core::fmt;

use mms_codec::{Contents, DecodeContext, DecodeError, DecodeOptions, Tlv, Unknown};

use crate::envelope::{Envelope, MessageType, PayloadError};

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
        }
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
        }
    }
}

impl std::error::Error for MessageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            MessageError::Envelope(error) => Some(&**error),
            MessageError::Payload(failure) => Some(&failure.error),
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
