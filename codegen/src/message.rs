//! `message`: the `Message` type that decodes any message into its typed payload.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::commands::CommandInfo;
use crate::names::{camel, ident, Scope};
use crate::notifications::NotificationInfo;
use crate::types::hex_lit;

/// (variant, module, ID literal, name literal) of each command or notification.
fn variants(
    items: impl Iterator<Item = (u16, String, String)>,
) -> Vec<(Ident, Ident, TokenStream, Literal)> {
    let mut names = Scope::default();
    items
        .map(|(id, module, name)| {
            let v = format_ident!("{}", names.unique(&camel(&module, "C")));
            (
                v,
                ident(&module),
                hex_lit(u64::from(id), 4),
                Literal::string(&name),
            )
        })
        .collect()
}

/// What differs between the payload enums (`Request`, `Response`, `Notification`); the
/// accessors, decoding and encoding around it are the same.
struct PayloadEnum {
    name: Ident,
    doc: String,
    id_doc: &'static str,
    name_doc: &'static str,
    /// One `///` line each.
    decode_doc: &'static [&'static str],
    decls: Vec<TokenStream>,
    /// Statements before the ID match (e.g. reading the notification detail code).
    decode_prelude: TokenStream,
    decode_arms: Vec<TokenStream>,
    /// `contents_len` and `encode_contents` of one payload `p`.
    len_expr: TokenStream,
    enc_expr: TokenStream,
}

/// A payload enum with its `id`, `name`, `decode`, `contents_len` and `encode_contents`.
fn payload_enum(e: PayloadEnum, vs: &[(Ident, Ident, TokenStream, Literal)]) -> TokenStream {
    let PayloadEnum {
        name: enum_name,
        doc,
        id_doc,
        name_doc,
        decode_doc,
        decls,
        decode_prelude,
        decode_arms,
        len_expr,
        enc_expr,
    } = e;
    // An enum without variants cannot be matched on `self` with arms; `match *self {}` is fine.
    // Without variants there is nothing to decode.
    let decode_body = if vs.is_empty() {
        quote! {
            let _ = (envelope, options);
            ::core::option::Option::None
        }
    } else {
        quote! {
            #decode_prelude
            let id = envelope.payload_id().unwrap_or(envelope.info.id);
            ::core::option::Option::Some(match id {
                #(#decode_arms)*
                _ => return ::core::option::Option::None,
            })
        }
    };
    let (id_body, name_body, len_body, enc_body) = if vs.is_empty() {
        (
            quote!(match *self {}),
            quote!(match *self {}),
            quote!(match *self {}),
            quote!({
                let _ = out;
                match *self {}
            }),
        )
    } else {
        let id_arms = vs
            .iter()
            .map(|(v, _, id, _)| quote! { #enum_name::#v(_) => #id, });
        let name_arms = vs
            .iter()
            .map(|(v, _, _, name)| quote! { #enum_name::#v(_) => #name, });
        let len_arms = vs
            .iter()
            .map(|(v, _, _, _)| quote! { #enum_name::#v(p) => #len_expr, });
        let enc_arms = vs
            .iter()
            .map(|(v, _, _, _)| quote! { #enum_name::#v(p) => #enc_expr, });
        (
            quote!(match self { #(#id_arms)* }),
            quote!(match self { #(#name_arms)* }),
            quote!(match self { #(#len_arms)* }),
            quote!(match self { #(#enc_arms)* }),
        )
    };
    quote! {
        #[doc = #doc]
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        pub enum #enum_name {
            #(#decls)*
        }

        impl #enum_name {
            #[doc = #id_doc]
            pub fn id(&self) -> u16 {
                #id_body
            }

            #[doc = #name_doc]
            pub fn name(&self) -> &'static str {
                #name_body
            }

            #(#[doc = #decode_doc])*
            pub fn decode(
                envelope: &::mms_protocol::Envelope,
                options: ::mms_codec::DecodeOptions,
            ) -> ::core::option::Option<::core::result::Result<Self, ::mms_protocol::MessageError>> {
                #decode_body
            }

            /// Bytes the encoded TLVs take (without the 2-byte ID).
            pub fn contents_len(&self) -> usize {
                #len_body
            }

            /// Writes the TLVs (without the 2-byte ID).
            pub fn encode_contents<W: ::mms_codec::Writer + ?::core::marker::Sized>(&self, out: &mut W) {
                #enc_body
            }
        }
    }
}

/// One of the `Request` / `Response` enums.
fn command_enum(which: &str, commands: &[CommandInfo]) -> TokenStream {
    let enum_name = format_ident!("{}", which);
    let struct_name = format_ident!("{}", which);
    let vs = variants(
        commands
            .iter()
            .map(|c| (c.id, c.module.clone(), c.name.clone())),
    );
    let decls = vs
        .iter()
        .map(|(v, m, id, name)| {
            let d = format!(" {name} (command {id}).");
            quote! { #[doc = #d] #v(super::commands::#m::#struct_name), }
        })
        .collect();
    let decode_arms = vs
        .iter()
        .map(|(v, m, id, name)| {
            quote! {
                #id => ::mms_protocol::payload::decode_payload::<super::commands::#m::#struct_name>(
                    envelope,
                    ::mms_protocol::MessageKind::#enum_name,
                    #id,
                    #name,
                    options,
                )
                .map(#enum_name::#v),
            }
        })
        .collect();
    let e = PayloadEnum {
        doc: format!(
            " A command {} payload of any command in the spec.",
            which.to_lowercase()
        ),
        id_doc: " The command ID.",
        name_doc: " The command's name.",
        decode_doc: &[
            " Decodes the payload of `envelope` by the command ID at its front (which differs from the",
            " envelope's when a command travels inside another, e.g. a secured wrapper); `None` for an",
            " ID the spec does not have.",
        ],
        decls,
        decode_prelude: TokenStream::new(),
        decode_arms,
        len_expr: quote!(::mms_codec::Contents::contents_len(p)),
        enc_expr: quote!(::mms_codec::Contents::encode_contents(p, out)),
        name: enum_name,
    };
    payload_enum(e, &vs)
}

fn notification_enum(notifications: &[NotificationInfo]) -> TokenStream {
    let vs = variants(
        notifications
            .iter()
            .map(|n| (n.id, n.module.clone(), n.name.clone())),
    );
    let decls = vs
        .iter()
        .map(|(v, m, id, name)| {
            let d = format!(" {name} (notification {id}).");
            quote! { #[doc = #d] #v(super::notifications::#m::Payload), }
        })
        .collect();
    let decode_arms = vs
        .iter()
        .map(|(v, m, id, name)| {
            quote! {
                #id => ::mms_protocol::payload::decode_payload_by(
                    envelope,
                    ::mms_protocol::MessageKind::Notification,
                    #id,
                    #name,
                    options,
                    |bytes, cx| super::notifications::#m::Payload::decode(detail, bytes, cx),
                )
                .map(Notification::#v),
            }
        })
        .collect();
    let e = PayloadEnum {
        name: format_ident!("Notification"),
        doc: " A notification payload of any notification in the spec.".to_string(),
        id_doc: " The notification ID (source byte, type byte).",
        name_doc: " The notification's name.",
        decode_doc: &[
            " Decodes the payload of `envelope` by its notification ID, typed by its detail code;",
            " `None` for an ID the spec does not have.",
        ],
        decls,
        decode_prelude: quote! {
            let detail = envelope
                .status
                .as_deref()
                .and_then(|s| <[u8; 4]>::try_from(s).ok())
                .map(u32::from_be_bytes);
        },
        decode_arms,
        len_expr: quote!(p.contents_len()),
        enc_expr: quote!(p.encode_contents(out)),
    };
    payload_enum(e, &vs)
}

/// The `message` module body.
pub fn generate(commands: &[CommandInfo], notifications: &[NotificationInfo]) -> TokenStream {
    let request = command_enum("Request", commands);
    let response = command_enum("Response", commands);
    let notification = notification_enum(notifications);
    quote! {
        #request
        #response
        #notification

        /// What a message carries after its envelope.
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        pub enum Body {
            /// No payload (tag `84` absent): a command without parameters, or a failure response.
            Empty,
            /// A command request.
            Request(Request),
            /// A command response.
            Response(Response),
            /// A notification.
            Notification(Notification),
            /// The payload of a data file message: the file's bytes.
            DataFile(::std::vec::Vec<u8>),
            /// The whole payload (2-byte ID included) of a message whose ID or type the spec does not have.
            Raw(::std::vec::Vec<u8>),
        }

        impl Body {
            /// Decodes the payload of `envelope` (see [`Message::decode`]).
            pub fn decode(
                envelope: &::mms_protocol::Envelope,
                options: ::mms_codec::DecodeOptions,
            ) -> ::core::result::Result<Self, ::mms_protocol::MessageError> {
                let ::core::option::Option::Some(payload) = envelope.payload.as_deref() else {
                    return ::core::result::Result::Ok(Body::Empty);
                };
                let typed = match ::mms_protocol::MessageKind::of(envelope.info.message_type) {
                    ::mms_protocol::MessageKind::Request => Request::decode(envelope, options).map(|r| r.map(Body::Request)),
                    ::mms_protocol::MessageKind::Response => Response::decode(envelope, options).map(|r| r.map(Body::Response)),
                    ::mms_protocol::MessageKind::Notification => {
                        Notification::decode(envelope, options).map(|r| r.map(Body::Notification))
                    }
                    ::mms_protocol::MessageKind::DataFile => {
                        return ::core::result::Result::Ok(Body::DataFile(payload.to_vec()));
                    }
                    ::mms_protocol::MessageKind::Other => ::core::option::Option::None,
                };
                typed.unwrap_or_else(|| ::core::result::Result::Ok(Body::Raw(payload.to_vec())))
            }

            /// The payload bytes (2-byte ID then TLVs, or the file), `None` for [`Body::Empty`].
            pub fn payload_bytes(&self) -> ::core::option::Option<::std::vec::Vec<u8>> {
                let (id, len) = match self {
                    Body::Empty => return ::core::option::Option::None,
                    Body::DataFile(bytes) | Body::Raw(bytes) => return ::core::option::Option::Some(bytes.clone()),
                    Body::Request(p) => (p.id(), p.contents_len()),
                    Body::Response(p) => (p.id(), p.contents_len()),
                    Body::Notification(p) => (p.id(), p.contents_len()),
                };
                let mut out = ::std::vec::Vec::with_capacity(2 + len);
                out.extend_from_slice(&id.to_be_bytes());
                match self {
                    Body::Request(p) => p.encode_contents(&mut out),
                    Body::Response(p) => p.encode_contents(&mut out),
                    Body::Notification(p) => p.encode_contents(&mut out),
                    Body::Empty | Body::DataFile(_) | Body::Raw(_) => {}
                }
                ::core::option::Option::Some(out)
            }
        }

        /// Any MMS message: the envelope, and the payload typed by the command or notification ID.
        ///
        /// Decoding is strict: the payload's ID must be the one in `81`, and a payload whose ID the
        /// spec knows must decode as that command's or notification's type, or [`Message::decode`]
        /// fails with the name, the ID and the byte offset ([`::mms_protocol::MessageError`]).
        /// Payloads of IDs the spec does not know are kept raw ([`Body::Raw`]). `encode`
        /// reproduces decoded bytes exactly.
        #[derive(::core::clone::Clone, ::core::fmt::Debug, ::core::cmp::PartialEq, ::core::cmp::Eq)]
        pub struct Message {
            /// The envelope; its `payload` holds the bytes as decoded, and [`Message::encode`] rebuilds it from `body`.
            pub envelope: ::mms_protocol::Envelope,
            /// The typed payload.
            pub body: Body,
        }

        impl Message {
            /// Decodes a whole message with default limits.
            pub fn decode(bytes: &[u8]) -> ::core::result::Result<Self, ::mms_protocol::MessageError> {
                Message::decode_with(bytes, ::mms_codec::DecodeOptions::default())
            }

            /// Decodes a whole message with the given limits.
            pub fn decode_with(
                bytes: &[u8],
                options: ::mms_codec::DecodeOptions,
            ) -> ::core::result::Result<Self, ::mms_protocol::MessageError> {
                let envelope = ::mms_protocol::Envelope::decode_with(bytes, options)
                    .map_err(::mms_protocol::MessageError::envelope)?;
                Message::from_envelope_with(envelope, options)
            }

            /// Types the payload of an already decoded envelope (a runtime's notification, say)
            /// with default limits, without re-encoding it. Fails as [`Message::decode`] does;
            /// offsets count from the start of the envelope's encoding.
            pub fn from_envelope(
                envelope: ::mms_protocol::Envelope,
            ) -> ::core::result::Result<Self, ::mms_protocol::MessageError> {
                Message::from_envelope_with(envelope, ::mms_codec::DecodeOptions::default())
            }

            /// [`Message::from_envelope`] with the given limits.
            pub fn from_envelope_with(
                envelope: ::mms_protocol::Envelope,
                options: ::mms_codec::DecodeOptions,
            ) -> ::core::result::Result<Self, ::mms_protocol::MessageError> {
                ::mms_protocol::payload::check_payload_id(&envelope)?;
                let body = Body::decode(&envelope, options)?;
                ::core::result::Result::Ok(Message { envelope, body })
            }

            /// Like [`Message::decode`], but a payload that does not decode as its type, or whose
            /// ID differs from the one in `81`, is kept raw ([`Body::Raw`]) and its error returned
            /// beside the message; only a malformed envelope is an error. For tools that show
            /// whatever they can.
            pub fn decode_or_raw(
                bytes: &[u8],
            ) -> ::core::result::Result<(Self, ::core::option::Option<::mms_protocol::MessageError>), ::mms_protocol::MessageError> {
                let options = ::mms_codec::DecodeOptions::default();
                let envelope = ::mms_protocol::Envelope::decode_with(bytes, options)
                    .map_err(::mms_protocol::MessageError::envelope)?;
                let checked = ::mms_protocol::payload::check_payload_id(&envelope)
                    .and_then(|()| Body::decode(&envelope, options));
                match checked {
                    ::core::result::Result::Ok(body) => ::core::result::Result::Ok((Message { envelope, body }, ::core::option::Option::None)),
                    ::core::result::Result::Err(error) => {
                        let raw = envelope.payload.clone().unwrap_or_default();
                        ::core::result::Result::Ok((Message { envelope, body: Body::Raw(raw) }, ::core::option::Option::Some(error)))
                    }
                }
            }

            /// A message from an envelope and a body (the envelope's payload is replaced on encoding).
            pub fn new(envelope: ::mms_protocol::Envelope, body: Body) -> Self {
                Message { envelope, body }
            }

            /// The encoded message: the envelope with the payload rebuilt from `body`.
            pub fn encode(&self) -> ::std::vec::Vec<u8> {
                let mut envelope = self.envelope.clone();
                envelope.payload = self.body.payload_bytes();
                envelope.encode()
            }

            /// Request, response, notification, data file or other.
            pub fn kind(&self) -> ::mms_protocol::MessageKind {
                ::mms_protocol::MessageKind::of(self.envelope.info.message_type)
            }

            /// The command ID (requests, responses, data files) or notification ID.
            pub fn id(&self) -> u16 {
                self.envelope.info.id
            }

            /// The name of the command or notification, if the spec has it.
            pub fn name(&self) -> ::core::option::Option<&'static str> {
                match self.kind() {
                    ::mms_protocol::MessageKind::Notification => super::notifications::name(self.id()),
                    _ => super::commands::name(self.id()),
                }
            }

            /// The message reference number (a response echoes its request's).
            pub fn reference(&self) -> u8 {
                self.envelope.info.reference
            }

            /// The file type of a data file message (the four bytes after the command ID).
            pub fn file_type(&self) -> ::core::option::Option<super::file_types::FileType> {
                if self.kind() != ::mms_protocol::MessageKind::DataFile {
                    return ::core::option::Option::None;
                }
                self.envelope.info.file_type().map(super::file_types::FileType)
            }

            /// The status of a response (tag `82`, four bytes).
            pub fn status(&self) -> ::core::option::Option<super::status::Status> {
                if self.kind() != ::mms_protocol::MessageKind::Response {
                    return ::core::option::Option::None;
                }
                super::status::Status::from_slice(self.envelope.status.as_deref()?)
            }

            /// The detail code of a notification (tag `82`, four bytes).
            pub fn notification_detail(&self) -> ::core::option::Option<u32> {
                if self.kind() != ::mms_protocol::MessageKind::Notification {
                    return ::core::option::Option::None;
                }
                let bytes: [u8; 4] = self.envelope.status.as_deref()?.try_into().ok()?;
                ::core::option::Option::Some(u32::from_be_bytes(bytes))
            }

            /// The short meaning of a notification's detail code, if the spec names it.
            pub fn notification_detail_label(&self) -> ::core::option::Option<&'static str> {
                super::notifications::detail_label(self.id(), self.notification_detail()?)
            }
        }

        impl ::core::fmt::Display for Message {
            /// One line: kind, name and ID, reference number, then the status of a response or
            /// the detail of a notification, e.g.
            /// `response Get Property (0xD101), reference 0x55: OK, Done`.
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::write!(f, "{}", self.kind())?;
                if let ::core::option::Option::Some(name) = self.name() {
                    ::core::write!(f, " {name}")?;
                }
                ::core::write!(f, " (0x{:04X}), reference 0x{:02X}", self.id(), self.reference())?;
                if let ::core::option::Option::Some(status) = self.status() {
                    ::core::write!(f, ": {status}")?;
                }
                if let ::core::option::Option::Some(detail) = self.notification_detail() {
                    match self.notification_detail_label() {
                        ::core::option::Option::Some(label) => ::core::write!(f, ": {label}")?,
                        ::core::option::Option::None => ::core::write!(f, ": detail {detail:08X}")?,
                    }
                }
                ::core::result::Result::Ok(())
            }
        }
    }
}
