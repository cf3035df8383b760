//! The message envelope shared by every MMS message (manual section "Message
//! Structure", Tables 10, 11, 13 and 14).
//!
//! Every message is the start byte `AA`, an API version byte, then TLVs:
//! `81` message information, `82` status (responses) or notification detail
//! (notifications), `83` additional details, `84` payload and `9E` (reserved).
//! The payload of a request, response or notification starts with the 2-byte
//! command or notification ID (not a TLV) followed by the command's TLVs; the
//! payload of a data file message is the file itself.

use core::fmt;

use mms_codec::{
    header_len, write_tlv, Contents, DecodeContext, DecodeError, DecodeOptions, ErrorKind,
    LengthForm, Tag, Tlv, TlvIter, Unknown, Unrecognized,
};

use crate::traits::{Command, Notification};

/// The constant first byte of every message.
pub const START_OF_MESSAGE: u8 = 0xAA;

/// The API framework version used in the manual's examples and in messages
/// built here.
pub const API_VERSION: u8 = 0x00;

/// Tag of the payload TLV.
const PAYLOAD_TAG: u32 = 0x84;

/// First byte of the message information: what the message is and which way it goes.
#[derive(Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
pub enum MessageType {
    /// Command request, host to device.
    #[tlv(value = 0x01)]
    Request,
    /// Command request, device to host (reserved).
    #[tlv(value = 0x81)]
    RequestFromDevice,
    /// Command response, host to device (reserved).
    #[tlv(value = 0x02)]
    ResponseFromHost,
    /// Command response, device to host.
    #[tlv(value = 0x82)]
    Response,
    /// Notification, host to device (reserved).
    #[tlv(value = 0x03)]
    NotificationFromHost,
    /// Notification, device to host.
    #[tlv(value = 0x83)]
    Notification,
    /// Data file, host to device.
    #[tlv(value = 0x04)]
    DataFileToDevice,
    /// Data file, device to host.
    #[tlv(value = 0x84)]
    DataFileFromDevice,
    /// A value this version does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(Unrecognized<u8>),
}

/// The value of tag `81`: raw bytes, not TLVs.
#[derive(Tlv, Clone, Debug, PartialEq, Eq, Hash)]
#[tlv(packed)]
pub struct MessageInfo {
    /// Message type and direction.
    pub message_type: MessageType,
    /// Message reference number, echoed by the response (0 in notifications).
    pub reference: u8,
    /// Command ID (requests, responses, data files), or notification source
    /// byte and type byte (notifications).
    pub id: u16,
    /// Bytes after the ID: empty in most messages, the 4-byte file type in a
    /// data file message.
    pub extra: Vec<u8>,
}

impl MessageInfo {
    /// The file type of a data file message (the 4 bytes after the command ID).
    pub fn file_type(&self) -> Option<u32> {
        let bytes: [u8; 4] = self.extra.as_slice().try_into().ok()?;
        Some(u32::from_be_bytes(bytes))
    }
}

/// A whole MMS message. Decoding keeps unknown tags, item order and length
/// forms, so [`Envelope::encode`] reproduces decoded bytes exactly.
#[derive(Tlv, Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    /// Start of message, always [`START_OF_MESSAGE`].
    #[tlv(raw)]
    pub start: u8,
    /// API framework version.
    #[tlv(raw)]
    pub api_version: u8,
    /// `81`: message type, reference number and ID.
    #[tlv(tag = 0x81)]
    pub info: MessageInfo,
    /// `82`: response status (summary, detail group, subgroup, code), or the
    /// notification detail code.
    #[tlv(tag = 0x82)]
    pub status: Option<Vec<u8>>,
    /// `83`: additional details.
    #[tlv(tag = 0x83)]
    pub additional: Option<Vec<u8>>,
    /// `84`: the payload (2-byte ID then TLVs, or a file).
    #[tlv(tag = 0x84)]
    pub payload: Option<Vec<u8>>,
    /// `9E`: reserved.
    #[tlv(tag = 0x9E)]
    pub reserved: Option<Vec<u8>>,
    /// Tags this version does not name, and the original layout.
    #[tlv(unknown)]
    pub unknown: Unknown,
}

/// Why a payload could not be read as the expected type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayloadError {
    /// The message has no `84` payload, and the expected type has required items.
    Missing,
    /// The payload belongs to another command or notification.
    WrongId {
        /// The ID asked for.
        expected: u16,
        /// The ID in the payload.
        found: u16,
    },
    /// The payload is malformed; offsets count from the start of the message.
    Decode(DecodeError),
}

impl fmt::Display for PayloadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PayloadError::Missing => f.write_str("the message has no payload (tag 84)"),
            PayloadError::WrongId { expected, found } => write!(
                f,
                "the payload is for ID {found:04X}, expected {expected:04X}"
            ),
            PayloadError::Decode(error) => write!(f, "malformed payload: {error}"),
        }
    }
}

impl std::error::Error for PayloadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PayloadError::Decode(error) => Some(error),
            _ => None,
        }
    }
}

impl From<DecodeError> for PayloadError {
    fn from(error: DecodeError) -> Self {
        PayloadError::Decode(error)
    }
}

impl Envelope {
    /// Decodes a whole message with default limits. A first byte other than
    /// `AA` is `UnexpectedByte` at offset 0.
    pub fn decode(bytes: &[u8]) -> Result<Self, DecodeError> {
        Self::decode_with(bytes, DecodeOptions::default())
    }

    /// Decodes a whole message with the given limits.
    pub fn decode_with(bytes: &[u8], options: DecodeOptions) -> Result<Self, DecodeError> {
        if let Some(&found) = bytes.first() {
            if found != START_OF_MESSAGE {
                return Err(DecodeError::new(
                    ErrorKind::UnexpectedByte {
                        expected: START_OF_MESSAGE,
                        found,
                    },
                    0,
                ));
            }
        }
        Self::from_bytes_with(bytes, options)
    }

    /// The encoded message.
    pub fn encode(&self) -> Vec<u8> {
        self.to_bytes()
    }

    /// The message with `payload` as its `84` item, for an envelope that has no payload of
    /// its own and no recorded layout: the envelope is encoded as it is and the `84` item
    /// written where canonical order puts it (after `81`, `82` and `83`), so a large
    /// payload (a data file) is copied once, into the output.
    pub(crate) fn encode_with_payload(&self, payload: &[u8]) -> Vec<u8> {
        debug_assert!(self.payload.is_none() && self.unknown.layout.is_empty());
        let head = self.encode();
        let at = TlvIter::new(
            head.get(2..).unwrap_or_default(),
            DecodeContext::default().at(2),
        )
        .map_while(Result::ok)
        .take_while(|tlv| matches!(tlv.tag.to_u32(), 0x81..=0x83))
        .last()
        .map_or(head.len().min(2), |tlv| tlv.offset + tlv.encoded_len());
        let tag = Tag::from_u32(PAYLOAD_TAG);
        let item = header_len(tag, LengthForm::Minimal, payload.len()) + payload.len();
        let mut out = Vec::with_capacity(head.len() + item);
        out.extend_from_slice(&head[..at]);
        write_tlv(&mut out, tag, LengthForm::Minimal, payload);
        out.extend_from_slice(&head[at..]);
        out
    }

    /// The 2-byte command or notification ID at the front of the payload.
    pub fn payload_id(&self) -> Option<u16> {
        let id = self.payload.as_deref()?.get(..2)?;
        Some(u16::from_be_bytes([id[0], id[1]]))
    }

    /// The payload after its 2-byte ID: the command's TLVs.
    pub fn payload_body(&self) -> Option<&[u8]> {
        self.payload.as_deref()?.get(2..)
    }

    /// A new message with the given parts (no additional details, no extra
    /// message information bytes), as a device or a test builds one.
    pub fn build(
        message_type: MessageType,
        reference: u8,
        id: u16,
        status: Option<Vec<u8>>,
        payload: Option<Vec<u8>>,
    ) -> Self {
        Envelope {
            start: START_OF_MESSAGE,
            api_version: API_VERSION,
            info: MessageInfo {
                message_type,
                reference,
                id,
                extra: Vec::new(),
            },
            status,
            additional: None,
            payload,
            reserved: None,
            unknown: Unknown::default(),
        }
    }

    /// A request message for command `C`.
    pub fn request<C: Command>(reference: u8, request: &C) -> Self {
        let payload = payload_bytes(C::ID, request);
        Self::build(MessageType::Request, reference, C::ID, None, Some(payload))
    }

    /// A response message for command `C`. A response without parameters has
    /// no `84` payload at all, as in the manual's examples.
    pub fn response<C: Command>(reference: u8, status: [u8; 4], response: &C::Response) -> Self {
        let payload = (response.contents_len() > 0).then(|| payload_bytes(C::ID, response));
        Self::build(
            MessageType::Response,
            reference,
            C::ID,
            Some(status.to_vec()),
            payload,
        )
    }

    /// A notification message (reference number 0). A notification without
    /// parameters has no `84` payload.
    pub fn notification<N: Notification>(detail: [u8; 4], payload: &N) -> Self {
        let body = (payload.contents_len() > 0).then(|| payload_bytes(N::ID, payload));
        Self::build(
            MessageType::Notification,
            0,
            N::ID,
            Some(detail.to_vec()),
            body,
        )
    }

    /// A data file message: `command` is the command that started the
    /// transfer, `file_type` goes after it in the message information, and
    /// `data` is the whole payload.
    pub fn data_file(
        message_type: MessageType,
        reference: u8,
        command: u16,
        file_type: u32,
        data: Vec<u8>,
    ) -> Self {
        let mut envelope = Self::build(message_type, reference, command, None, Some(data));
        envelope.info.extra = file_type.to_be_bytes().to_vec();
        envelope
    }

    /// Reads the payload as `T` after checking its 2-byte ID, with default limits.
    ///
    /// A message without a payload reads as `T` with no items when `T` allows
    /// that (a command without parameters); otherwise it is
    /// [`PayloadError::Missing`].
    pub fn decode_payload<T: Contents>(&self, expected_id: u16) -> Result<T, PayloadError> {
        self.decode_payload_with(expected_id, DecodeOptions::default())
    }

    /// [`Envelope::decode_payload`] with the given limits.
    pub fn decode_payload_with<T: Contents>(
        &self,
        expected_id: u16,
        options: DecodeOptions,
    ) -> Result<T, PayloadError> {
        self.decode_payload_by(expected_id, options, T::decode_contents)
    }

    /// Like [`Envelope::decode_payload_with`], with a decoding function for payloads whose
    /// type depends on more than the ID (a notification's payload depends on its detail code).
    ///
    /// `decode` gets the TLVs after the 2-byte ID and a context whose offsets count from the
    /// start of the payload value; error offsets are shifted to the whole message.
    pub fn decode_payload_by<T>(
        &self,
        expected_id: u16,
        options: DecodeOptions,
        decode: impl FnOnce(&[u8], DecodeContext) -> Result<T, DecodeError>,
    ) -> Result<T, PayloadError> {
        let Some(payload) = self.payload.as_deref() else {
            return decode(&[], DecodeContext::new(options)).map_err(|_| PayloadError::Missing);
        };
        let Some(id) = payload.get(..2) else {
            let error = DecodeError::new(
                ErrorKind::Truncated {
                    needed: 2,
                    available: payload.len(),
                },
                self.payload_value_offset(),
            );
            return Err(PayloadError::Decode(
                error.within(Tag::from_u32(PAYLOAD_TAG)),
            ));
        };
        let found = u16::from_be_bytes([id[0], id[1]]);
        if found != expected_id {
            return Err(PayloadError::WrongId {
                expected: expected_id,
                found,
            });
        }
        // Decode with offsets relative to the payload value; on failure shift
        // them to the whole message (computed only then: errors are rare).
        DecodeContext::new(options)
            .nested(2)
            .and_then(|cx| decode(&payload[2..], cx))
            .map_err(|mut error| {
                error.offset = error.offset.saturating_add(self.payload_value_offset());
                PayloadError::Decode(error.within(Tag::from_u32(PAYLOAD_TAG)))
            })
    }

    /// Offset of the first payload byte (the payload's 2-byte ID) in the encoded
    /// message, which for a decoded message is the input it came from; 0 without a payload.
    pub fn payload_value_offset(&self) -> usize {
        let bytes = self.encode();
        let items = bytes.get(2..).unwrap_or_default();
        TlvIter::new(items, DecodeContext::default().at(2))
            .map_while(Result::ok)
            .find(|tlv| tlv.tag == Tag::from_u32(PAYLOAD_TAG))
            .map_or(0, |tlv| tlv.value_offset())
    }
}

/// A payload: the 2-byte ID, then the encoded body.
fn payload_bytes<C: Contents>(id: u16, body: &C) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 + body.contents_len());
    out.extend_from_slice(&id.to_be_bytes());
    body.encode_contents(&mut out);
    out
}
