//! `#[tlv(repr = u8|u16|u32)]` enums: open enums as `impl Value`, with a
//! fallback variant so unknown values round-trip and never alias a known one.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DataEnum, Fields, Ident, LitInt};

use crate::attr::{variant_attrs, Located, Repr};

pub fn expand(name: &Ident, data: &DataEnum, repr: Located<Repr>) -> syn::Result<TokenStream> {
    let mut known: Vec<(&Ident, Located<u128>)> = Vec::new();
    let mut fallback: Option<&Ident> = None;
    for variant in &data.variants {
        let attrs = variant_attrs(&variant.attrs)?;
        if let Some((_, expr)) = &variant.discriminant {
            return Err(syn::Error::new_spanned(
                expr,
                "give the value as #[tlv(value = ..)], not as a discriminant",
            ));
        }
        if let Some(span) = attrs.unrecognized {
            if attrs.value.is_some() {
                return Err(syn::Error::new(
                    span,
                    "the `unrecognized` variant takes no `value`",
                ));
            }
            if fallback.is_some() {
                return Err(syn::Error::new(
                    span,
                    "only one variant may be `#[tlv(unrecognized)]`",
                ));
            }
            if !matches!(&variant.fields, Fields::Unnamed(f) if f.unnamed.len() == 1) {
                return Err(syn::Error::new(
                    variant.ident.span(),
                    "the `unrecognized` variant must hold one field: `Other(Unrecognized<..>)`",
                ));
            }
            fallback = Some(&variant.ident);
            continue;
        }
        if !matches!(variant.fields, Fields::Unit) {
            return Err(syn::Error::new(
                variant.ident.span(),
                "variants of an open enum are unit variants with #[tlv(value = ..)]; only the `#[tlv(unrecognized)]` variant holds data",
            ));
        }
        let Some(value) = attrs.value else {
            return Err(syn::Error::new(
                variant.ident.span(),
                format!("variant `{}` needs #[tlv(value = ..)]", variant.ident),
            ));
        };
        if value.value > repr.value.max() {
            return Err(syn::Error::new(
                value.span,
                format!(
                    "value {:#X} does not fit in {}",
                    value.value,
                    repr.value.ident()
                ),
            ));
        }
        if let Some((other, _)) = known.iter().find(|(_, v)| v.value == value.value) {
            return Err(syn::Error::new(
                value.span,
                format!(
                    "duplicate value {:#X}: variant `{other}` already uses it",
                    value.value
                ),
            ));
        }
        known.push((&variant.ident, value));
    }
    let Some(fallback) = fallback else {
        return Err(syn::Error::new(
            name.span(),
            "an open enum needs a fallback variant for values it does not name: `#[tlv(unrecognized)] Other(Unrecognized<..>)`",
        ));
    };
    let ds = quote!(::mms_codec::derive_support);
    let repr_ty = repr.value.ident();
    let literal = |v: u128| LitInt::new(&format!("{v:#X}{repr_ty}"), Span::call_site());
    let from_arms = known.iter().map(|(ident, v)| {
        let lit = literal(v.value);
        quote!(#lit => Self::#ident,)
    });
    let to_arms = known.iter().map(|(ident, v)| {
        let lit = literal(v.value);
        quote!(Self::#ident => #lit,)
    });
    Ok(quote! {
        impl #name {
            /// The variant for a raw value; values without a named variant map to the fallback variant.
            pub fn from_raw(raw: #repr_ty) -> Self {
                match raw {
                    #(#from_arms)*
                    _ => Self::#fallback(#ds::unrecognized(raw)),
                }
            }
            /// The raw value on the wire.
            pub fn to_raw(&self) -> #repr_ty {
                match self {
                    #(#to_arms)*
                    Self::#fallback(__other) => #ds::unrecognized_raw(__other),
                }
            }
        }
        impl ::core::convert::From<#repr_ty> for #name {
            fn from(raw: #repr_ty) -> Self {
                Self::from_raw(raw)
            }
        }
        impl ::core::convert::From<#name> for #repr_ty {
            fn from(value: #name) -> Self {
                value.to_raw()
            }
        }
        impl ::mms_codec::Value for #name {
            const FIXED_LEN: ::core::option::Option<usize> =
                ::core::option::Option::Some(::core::mem::size_of::<#repr_ty>());
            fn value_len(&self) -> usize {
                ::core::mem::size_of::<#repr_ty>()
            }
            fn encode_value<__W: ::mms_codec::Writer + ?Sized>(&self, __out: &mut __W) {
                ::mms_codec::Value::encode_value(&self.to_raw(), __out)
            }
            fn decode_value(
                __bytes: &[u8],
                __cx: ::mms_codec::DecodeContext,
            ) -> ::core::result::Result<Self, ::mms_codec::DecodeError> {
                <#repr_ty as ::mms_codec::Value>::decode_value(__bytes, __cx).map(Self::from_raw)
            }
        }
    })
}
