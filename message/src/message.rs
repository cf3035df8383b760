//! `Message`: any MMS message, its envelope and its payload typed by a spec's payload
//! types. Nothing here depends on a spec: the generated code (or a build script's output)
//! names its payload enums, status and file types by implementing [`Payloads`], and
//! [`Extended`] joins two such sets into one (the manual's commands and a product's own).

use core::fmt;
use core::marker::PhantomData;

use mms_codec::{CompareWriter, DecodeOptions, Writer};

use crate::envelope::Envelope;
use crate::payload::{check_payload_id, MessageError, MessageKind};

/// The payloads of one kind (requests, responses or notifications) of a spec, one variant
/// per command or notification. Implemented by generated code.
pub trait PayloadEnum: Sized + Clone + fmt::Debug + PartialEq + Eq {
    /// Decodes the payload of `envelope` by the ID at its front (which differs from the
    /// envelope's when a command travels inside another, e.g. a secured wrapper); `None` for
    /// an ID this set does not have.
    fn decode(envelope: &Envelope, options: DecodeOptions) -> Option<Result<Self, MessageError>>;
    /// The command or notification ID.
    fn id(&self) -> u16;
    /// The command's or notification's name.
    fn name(&self) -> &'static str;
    /// Bytes the encoded TLVs take (without the 2-byte ID).
    fn contents_len(&self) -> usize;
    /// Appends the TLVs (without the 2-byte ID).
    fn encode_contents<W: Writer + ?Sized>(&self, out: &mut W);
}

/// What [`Message`] needs from a spec: its payload enums, status and file types, and names.
/// Generated code implements it on a marker type (`generated::message::Spec`).
pub trait Payloads: Clone + fmt::Debug + PartialEq + Eq + 'static {
    /// Command request payloads.
    type Request: PayloadEnum;
    /// Command response payloads.
    type Response: PayloadEnum;
    /// Notification payloads.
    type Notification: PayloadEnum;
    /// The status of a response, from its four bytes.
    type Status: From<[u8; 4]> + fmt::Display + fmt::Debug + Clone;
    /// The file type of a data file message, from its four bytes.
    type FileType: From<[u8; 4]> + fmt::Display + fmt::Debug + Clone;
    /// The name of a command, if the spec has it.
    fn command_name(id: u16) -> Option<&'static str>;
    /// The name of a notification, if the spec has it.
    fn notification_name(id: u16) -> Option<&'static str>;
    /// The short meaning of a notification's detail code, if the spec names it.
    fn detail_label(id: u16, detail: u32) -> Option<&'static str>;
}

/// A payload of one of two sets: `Base`'s, or `Extra`'s when `Base` does not know the ID.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Either<A, B> {
    /// A payload of the base set.
    Base(A),
    /// A payload of the extra set.
    Extra(B),
}

impl<A: PayloadEnum, B: PayloadEnum> PayloadEnum for Either<A, B> {
    fn decode(envelope: &Envelope, options: DecodeOptions) -> Option<Result<Self, MessageError>> {
        match A::decode(envelope, options) {
            Some(result) => Some(result.map(Either::Base)),
            None => B::decode(envelope, options).map(|result| result.map(Either::Extra)),
        }
    }

    fn id(&self) -> u16 {
        match self {
            Either::Base(p) => p.id(),
            Either::Extra(p) => p.id(),
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Either::Base(p) => p.name(),
            Either::Extra(p) => p.name(),
        }
    }

    fn contents_len(&self) -> usize {
        match self {
            Either::Base(p) => p.contents_len(),
            Either::Extra(p) => p.contents_len(),
        }
    }

    fn encode_contents<W: Writer + ?Sized>(&self, out: &mut W) {
        match self {
            Either::Base(p) => p.encode_contents(out),
            Either::Extra(p) => p.encode_contents(out),
        }
    }
}

/// The payloads of `Base` plus those of `Extra`, e.g. the manual's commands and the ones a
/// build script generates for a product: `Message<Extended<generated::message::Spec,
/// my::message::Spec>>` decodes both. Status and file types are `Base`'s; where both sets
/// have an ID, `Base` wins.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Extended<Base, Extra>(PhantomData<(Base, Extra)>);

impl<Base: Payloads, Extra: Payloads> Payloads for Extended<Base, Extra> {
    type Request = Either<Base::Request, Extra::Request>;
    type Response = Either<Base::Response, Extra::Response>;
    type Notification = Either<Base::Notification, Extra::Notification>;
    type Status = Base::Status;
    type FileType = Base::FileType;

    fn command_name(id: u16) -> Option<&'static str> {
        Base::command_name(id).or_else(|| Extra::command_name(id))
    }

    fn notification_name(id: u16) -> Option<&'static str> {
        Base::notification_name(id).or_else(|| Extra::notification_name(id))
    }

    fn detail_label(id: u16, detail: u32) -> Option<&'static str> {
        Base::detail_label(id, detail).or_else(|| Extra::detail_label(id, detail))
    }
}

/// What a message carries after its envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body<P: Payloads> {
    /// No payload (tag `84` absent): a command without parameters, or a failure response.
    Empty,
    /// A command request.
    Request(P::Request),
    /// A command response.
    Response(P::Response),
    /// A notification.
    Notification(P::Notification),
    /// The payload of a data file message: the file's bytes.
    DataFile(Vec<u8>),
    /// The whole payload (2-byte ID included) of a message whose ID or type the spec does
    /// not have.
    Raw(Vec<u8>),
}

impl<P: Payloads> Body<P> {
    /// Decodes the payload of `envelope` (see [`Message::decode`]).
    pub fn decode(envelope: &Envelope, options: DecodeOptions) -> Result<Self, MessageError> {
        let Some(payload) = envelope.payload.as_deref() else {
            return Ok(Body::Empty);
        };
        let typed = match MessageKind::of(envelope.info.message_type) {
            MessageKind::Request => {
                P::Request::decode(envelope, options).map(|r| r.map(Body::Request))
            }
            MessageKind::Response => {
                P::Response::decode(envelope, options).map(|r| r.map(Body::Response))
            }
            MessageKind::Notification => {
                P::Notification::decode(envelope, options).map(|r| r.map(Body::Notification))
            }
            MessageKind::DataFile => return Ok(Body::DataFile(payload.to_vec())),
            MessageKind::Other => None,
        };
        typed.unwrap_or_else(|| Ok(Body::Raw(payload.to_vec())))
    }

    /// Whether [`Body::payload_bytes`] would return exactly `payload`, found without
    /// building it (no allocation).
    pub fn encodes_as(&self, payload: Option<&[u8]>) -> bool {
        fn typed(p: &impl PayloadEnum, payload: &[u8]) -> bool {
            let Some((id, body)) = payload.split_first_chunk::<2>() else {
                return false;
            };
            if u16::from_be_bytes(*id) != p.id() {
                return false;
            }
            let mut out = CompareWriter::new(body);
            p.encode_contents(&mut out);
            out.matches()
        }
        match (self, payload) {
            (Body::Empty, None) => true,
            (Body::DataFile(bytes) | Body::Raw(bytes), Some(payload)) => bytes == payload,
            (Body::Request(p), Some(payload)) => typed(p, payload),
            (Body::Response(p), Some(payload)) => typed(p, payload),
            (Body::Notification(p), Some(payload)) => typed(p, payload),
            _ => false,
        }
    }

    /// The payload bytes (2-byte ID then TLVs, or the file), `None` for [`Body::Empty`].
    pub fn payload_bytes(&self) -> Option<Vec<u8>> {
        fn typed(p: &impl PayloadEnum) -> Vec<u8> {
            let mut out = Vec::with_capacity(2 + p.contents_len());
            out.extend_from_slice(&p.id().to_be_bytes());
            p.encode_contents(&mut out);
            out
        }
        match self {
            Body::Empty => None,
            Body::DataFile(bytes) | Body::Raw(bytes) => Some(bytes.clone()),
            Body::Request(p) => Some(typed(p)),
            Body::Response(p) => Some(typed(p)),
            Body::Notification(p) => Some(typed(p)),
        }
    }
}

/// The body of a data file message, its bytes moved out of the envelope: the file
/// (up to 640 KiB for an image) is copied once on decode, not twice.
fn take_data_file<P: Payloads>(envelope: &mut Envelope) -> Option<Body<P>> {
    if MessageKind::of(envelope.info.message_type) != MessageKind::DataFile {
        return None;
    }
    envelope.payload.take().map(Body::DataFile)
}

/// Any MMS message: the envelope, and the payload typed by the command or notification ID.
///
/// Decoding is strict: the payload's ID must be the one in `81`, and a payload whose ID the
/// spec knows must decode as that command's or notification's type, or [`Message::decode`]
/// fails with the name, the ID and the byte offset ([`MessageError`]). Payloads of IDs the
/// spec does not know are kept raw ([`Body::Raw`]). `encode` reproduces decoded bytes exactly.
///
/// `P` is the spec's set of payloads; `mms_protocol::Message` is this type for the manual's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message<P: Payloads> {
    /// The envelope; its `payload` holds the bytes as decoded (except for a data file,
    /// whose bytes move to [`Body::DataFile`] instead of being copied), and
    /// [`Message::encode`] rebuilds it from `body`.
    pub envelope: Envelope,
    /// The typed payload.
    pub body: Body<P>,
}

impl<P: Payloads> Message<P> {
    /// Decodes a whole message with default limits.
    pub fn decode(bytes: &[u8]) -> Result<Self, MessageError> {
        Message::decode_with(bytes, DecodeOptions::default())
    }

    /// Decodes a whole message with the given limits.
    pub fn decode_with(bytes: &[u8], options: DecodeOptions) -> Result<Self, MessageError> {
        let envelope = Envelope::decode_with(bytes, options).map_err(MessageError::envelope)?;
        Message::from_envelope_with(envelope, options)
    }

    /// Types the payload of an already decoded envelope (a runtime's notification, say) with
    /// default limits, without re-encoding it. Fails as [`Message::decode`] does; offsets
    /// count from the start of the envelope's encoding.
    pub fn from_envelope(envelope: Envelope) -> Result<Self, MessageError> {
        Message::from_envelope_with(envelope, DecodeOptions::default())
    }

    /// [`Message::from_envelope`] with the given limits.
    pub fn from_envelope_with(
        mut envelope: Envelope,
        options: DecodeOptions,
    ) -> Result<Self, MessageError> {
        check_payload_id(&envelope)?;
        if let Some(file) = take_data_file(&mut envelope) {
            return Ok(Message {
                envelope,
                body: file,
            });
        }
        let body = Body::decode(&envelope, options)?;
        Ok(Message { envelope, body })
    }

    /// Like [`Message::decode`], but a payload that does not decode as its type, or whose ID
    /// differs from the one in `81`, is kept raw ([`Body::Raw`]) and its error returned beside
    /// the message; only a malformed envelope is an error. For tools that show whatever they
    /// can.
    pub fn decode_or_raw(bytes: &[u8]) -> Result<(Self, Option<MessageError>), MessageError> {
        let options = DecodeOptions::default();
        let mut envelope = Envelope::decode_with(bytes, options).map_err(MessageError::envelope)?;
        if let Some(file) = take_data_file(&mut envelope) {
            return Ok((
                Message {
                    envelope,
                    body: file,
                },
                None,
            ));
        }
        match check_payload_id(&envelope).and_then(|()| Body::decode(&envelope, options)) {
            Ok(body) => Ok((Message { envelope, body }, None)),
            Err(error) => {
                let raw = envelope.payload.clone().unwrap_or_default();
                let body = Body::Raw(raw);
                Ok((Message { envelope, body }, Some(error)))
            }
        }
    }

    /// A message from an envelope and a body (the envelope's payload is replaced on encoding).
    pub fn new(envelope: Envelope, body: Body<P>) -> Self {
        Message { envelope, body }
    }

    /// The encoded message: the envelope with the payload rebuilt from `body`.
    pub fn encode(&self) -> Vec<u8> {
        // A decoded message whose body is unchanged still holds its payload bytes:
        // encode the envelope as it is (one allocation) instead of a modified copy.
        if self.body.encodes_as(self.envelope.payload.as_deref()) {
            return self.envelope.encode();
        }
        // A decoded data file's envelope has no payload, its bytes being the body's: the
        // file is written straight into the output (one copy, not one into a clone of the
        // envelope and another into the output).
        if let (Body::DataFile(file), None) = (&self.body, &self.envelope.payload) {
            if self.envelope.unknown.layout.is_empty() {
                return self.envelope.encode_with_payload(file);
            }
        }
        let mut envelope = self.envelope.clone();
        envelope.payload = self.body.payload_bytes();
        envelope.encode()
    }

    /// Request, response, notification, data file or other.
    pub fn kind(&self) -> MessageKind {
        MessageKind::of(self.envelope.info.message_type)
    }

    /// The command ID (requests, responses, data files) or notification ID.
    pub fn id(&self) -> u16 {
        self.envelope.info.id
    }

    /// The name of the command or notification, if the spec has it.
    pub fn name(&self) -> Option<&'static str> {
        match self.kind() {
            MessageKind::Notification => P::notification_name(self.id()),
            _ => P::command_name(self.id()),
        }
    }

    /// The message reference number (a response echoes its request's).
    pub fn reference(&self) -> u8 {
        self.envelope.info.reference
    }

    /// The file type of a data file message (the four bytes after the command ID).
    pub fn file_type(&self) -> Option<P::FileType> {
        if self.kind() != MessageKind::DataFile {
            return None;
        }
        let id = self.envelope.info.file_type()?;
        Some(P::FileType::from(id.to_be_bytes()))
    }

    /// The status of a response (tag `82`, four bytes).
    pub fn status(&self) -> Option<P::Status> {
        if self.kind() != MessageKind::Response {
            return None;
        }
        let bytes: [u8; 4] = self.envelope.status.as_deref()?.try_into().ok()?;
        Some(P::Status::from(bytes))
    }

    /// The detail code of a notification (tag `82`, four bytes).
    pub fn notification_detail(&self) -> Option<u32> {
        if self.kind() != MessageKind::Notification {
            return None;
        }
        let bytes: [u8; 4] = self.envelope.status.as_deref()?.try_into().ok()?;
        Some(u32::from_be_bytes(bytes))
    }

    /// The short meaning of a notification's detail code, if the spec names it.
    pub fn notification_detail_label(&self) -> Option<&'static str> {
        P::detail_label(self.id(), self.notification_detail()?)
    }
}

impl<P: Payloads> fmt::Display for Message<P> {
    /// One line: kind, name and ID, reference number, then the status of a response or the
    /// detail of a notification, e.g.
    /// `response Get Property (0xD101), reference 0x55: OK, Done`; an ID the spec does not
    /// name stands alone: `notification 0x1234, reference 0x07: detail 0x02010000`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind())?;
        match self.name() {
            Some(name) => write!(f, " {name} (0x{:04X})", self.id())?,
            None => write!(f, " 0x{:04X}", self.id())?,
        }
        write!(f, ", reference 0x{:02X}", self.reference())?;
        if let Some(status) = self.status() {
            write!(f, ": {status}")?;
        }
        if let Some(detail) = self.notification_detail() {
            match self.notification_detail_label() {
                Some(label) => write!(f, ": {label}")?,
                None => write!(f, ": detail 0x{detail:08X}")?,
            }
        }
        Ok(())
    }
}
