//! `#[derive(Tlv)]` for `mms-codec` (re-exported as `mms_codec::Tlv`).
#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

use proc_macro::TokenStream;
use syn::{Data, DeriveInput, Fields};

mod attr;
mod contents;
mod open_enum;
mod packed;
mod tag;
mod types;

/// Derives `mms_codec::Contents` for structs, or `mms_codec::Value` for
/// `#[tlv(packed)]` structs and `#[tlv(repr = ..)]` enums. See the crate docs
/// for the attributes.
#[proc_macro_derive(Tlv, attributes(tlv))]
pub fn derive_tlv(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as DeriveInput);
    match expand(&input) {
        Ok(tokens) => tokens.into(),
        Err(error) => error.to_compile_error().into(),
    }
}

fn expand(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    if !input.generics.params.is_empty() {
        return Err(syn::Error::new_spanned(
            &input.generics,
            "#[derive(Tlv)] does not support generic parameters",
        ));
    }
    let attrs = attr::type_attrs(&input.attrs)?;
    let name = &input.ident;
    match &input.data {
        Data::Struct(data) => {
            if let Some(repr) = attrs.repr {
                return Err(syn::Error::new(
                    repr.span,
                    "`repr` is for enums; a struct is a TLV sequence or `packed`",
                ));
            }
            let fields: Vec<&syn::Field> = match &data.fields {
                Fields::Named(named) => named.named.iter().collect(),
                Fields::Unit => Vec::new(),
                Fields::Unnamed(_) => return Err(syn::Error::new(
                    name.span(),
                    "#[derive(Tlv)] needs named fields (`struct Name { .. }`), not a tuple struct",
                )),
            };
            if attrs.packed.is_some() {
                packed::expand(name, fields.into_iter())
            } else {
                contents::expand(name, fields.into_iter())
            }
        }
        Data::Enum(data) => {
            if let Some(span) = attrs.packed {
                return Err(syn::Error::new(span, "`packed` is for structs"));
            }
            let Some(repr) = attrs.repr else {
                return Err(syn::Error::new(
                    name.span(),
                    "an enum deriving Tlv needs #[tlv(repr = u8)] (or u16, u32)",
                ));
            };
            open_enum::expand(name, data, repr)
        }
        Data::Union(_) => Err(syn::Error::new(
            name.span(),
            "#[derive(Tlv)] does not support unions",
        )),
    }
}
