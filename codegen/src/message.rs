//! `message`: the `Message` type that decodes any message into its typed payload.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::commands::CommandInfo;
use crate::names::{camel, ident, Scope};
use crate::notifications::NotificationInfo;
use crate::tokens::hex_lit;

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
/// `PayloadEnum` implementation around it is the same.
struct PayloadEnum {
    name: Ident,
    doc: String,
    decls: Vec<TokenStream>,
    /// Statements before the ID match (e.g. reading the notification detail code).
    decode_prelude: TokenStream,
    decode_arms: Vec<TokenStream>,
    /// `contents_len` and `encode_contents` of one payload `p`.
    len_expr: TokenStream,
    enc_expr: TokenStream,
}

/// A payload enum and its `mms_message::PayloadEnum` implementation.
fn payload_enum(e: PayloadEnum, vs: &[(Ident, Ident, TokenStream, Literal)]) -> TokenStream {
    let PayloadEnum {
        name: enum_name,
        doc,
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
            None
        }
    } else {
        quote! {
            #decode_prelude
            let id = envelope.payload_id().unwrap_or(envelope.info.id);
            Some(match id {
                #(#decode_arms)*
                _ => return None,
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
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum #enum_name {
            #(#decls)*
        }

        impl mms_message::PayloadEnum for #enum_name {
            fn decode(
                envelope: &mms_message::Envelope,
                options: mms_codec::DecodeOptions,
            ) -> Option<Result<Self, mms_message::MessageError>> {
                #decode_body
            }

            fn id(&self) -> u16 {
                #id_body
            }

            fn name(&self) -> &'static str {
                #name_body
            }

            fn contents_len(&self) -> usize {
                #len_body
            }

            fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
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
                #id => mms_message::payload::decode_payload::<super::commands::#m::#struct_name>(
                    envelope,
                    mms_message::MessageKind::#enum_name,
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
        decls,
        decode_prelude: TokenStream::new(),
        decode_arms,
        len_expr: quote!(mms_codec::Contents::contents_len(p)),
        enc_expr: quote!(mms_codec::Contents::encode_contents(p, out)),
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
                #id => mms_message::payload::decode_payload_by(
                    envelope,
                    mms_message::MessageKind::Notification,
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

/// The `message` module body: the three payload enums, the `Spec` that names them for the
/// hand-written `mms_message::Message`, and the `Message` and `Body` of this spec.
pub fn generate(commands: &[CommandInfo], notifications: &[NotificationInfo]) -> TokenStream {
    let request = command_enum("Request", commands);
    let response = command_enum("Response", commands);
    let notification = notification_enum(notifications);
    quote! {
        #request
        #response
        #notification

        /// The payloads, status and file types of this spec, for [`mms_message::Message`]
        /// (join it with another spec's by [`mms_message::Extended`]).
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct Spec;

        impl mms_message::Payloads for Spec {
            type Request = Request;
            type Response = Response;
            type Notification = Notification;
            type Status = super::status::Status;
            type FileType = super::file_types::FileType;

            fn command_name(id: u16) -> Option<&'static str> {
                super::commands::name(id)
            }

            fn notification_name(id: u16) -> Option<&'static str> {
                super::notifications::name(id)
            }

            fn detail_label(id: u16, detail: u32) -> Option<&'static str> {
                super::notifications::detail_label(id, detail)
            }
        }

        /// Any message of this spec, decoded into its typed payload (see [`mms_message::Message`]).
        pub type Message = mms_message::Message<Spec>;

        /// What a message of this spec carries after its envelope.
        pub type Body = mms_message::Body<Spec>;
    }
}
