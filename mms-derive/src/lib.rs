//! `#[derive(Tlv)]` for `mms-codec` (re-exported as `mms_codec::Tlv`).
//!
//! The attributes and an example are in the crate's README. Its example is
//! compiled and run as a doctest of `mms-codec`: this crate cannot depend on
//! the crate that uses it, not even for its doctests.
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
        Err(error) => {
            let mut tokens = error.to_compile_error();
            tokens.extend(placeholder_impl(&input));
            tokens.into()
        }
    }
}

/// After an error, an impl of the trait the derive would have implemented, so
/// the user sees the derive's message and not follow-on "trait not
/// implemented" errors at every use. It never runs: the crate does not compile.
fn placeholder_impl(input: &DeriveInput) -> proc_macro2::TokenStream {
    let Ok(attrs) = attr::type_attrs(&input.attrs) else {
        return proc_macro2::TokenStream::new();
    };
    if !input.generics.params.is_empty() {
        return proc_macro2::TokenStream::new();
    }
    let name = &input.ident;
    let unreachable = quote::quote!(::core::unreachable!("#[derive(Tlv)] failed"));
    match &input.data {
        Data::Struct(_) if attrs.packed.is_none() => quote::quote! {
            impl ::mms_codec::Contents for #name {
                fn contents_len(&self) -> usize { #unreachable }
                fn encode_contents<__W: ::mms_codec::Writer + ?Sized>(&self, _: &mut __W) { #unreachable }
                fn decode_contents(
                    _: &[u8],
                    _: ::mms_codec::DecodeContext,
                ) -> ::core::result::Result<Self, ::mms_codec::DecodeError> { #unreachable }
            }
        },
        Data::Struct(_) | Data::Enum(_) => quote::quote! {
            impl ::mms_codec::Value for #name {
                fn value_len(&self) -> usize { #unreachable }
                fn encode_value<__W: ::mms_codec::Writer + ?Sized>(&self, _: &mut __W) { #unreachable }
                fn decode_value(
                    _: &[u8],
                    _: ::mms_codec::DecodeContext,
                ) -> ::core::result::Result<Self, ::mms_codec::DecodeError> { #unreachable }
            }
        },
        Data::Union(_) => proc_macro2::TokenStream::new(),
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
