//! `#[tlv(packed)]` structs: consecutive raw values inside one primitive value
//! (the manual's `/null` rows), as `impl Value`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Field, Ident};

use crate::attr::field_attrs;
use crate::types::check_supported;

pub fn expand<'a>(
    name: &Ident,
    fields: impl Iterator<Item = &'a Field>,
) -> syn::Result<TokenStream> {
    let fields: Vec<&Field> = fields.collect();
    if fields.is_empty() {
        return Err(syn::Error::new(
            name.span(),
            "a packed struct needs at least one field",
        ));
    }
    for field in &fields {
        let attrs = field_attrs(&field.attrs)?;
        if let Some(span) = attrs.any {
            return Err(syn::Error::new(
                span,
                "fields of a packed struct take no #[tlv] attributes: they are consecutive values",
            ));
        }
        check_supported(&field.ty)?;
    }
    let ds = quote!(::mms_codec::derive_support);
    let last = fields.len() - 1;
    let mut checks = Vec::new();
    let mut decodes = Vec::new();
    let mut inits = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        let ident = field.ident.as_ref().expect("named field");
        let ty = &field.ty;
        let var = format_ident!("__packed_{}", ident);
        if i < last {
            let msg = format!(
                "packed field `{ident}` needs a fixed-width type (only the last field of a packed struct may be variable)"
            );
            checks.push(quote_spanned! {ty.span()=>
                const _: () = ::core::assert!(<#ty as ::mms_codec::Value>::FIXED_LEN.is_some(), #msg);
            });
            decodes.push(quote!(let #var = #ds::packed_field::<#ty>(__bytes, &mut __pos, __cx)?;));
        } else {
            decodes.push(quote!(let #var = #ds::packed_last::<#ty>(__bytes, __pos, __cx)?;));
        }
        inits.push(quote!(#ident: #var));
    }
    let idents: Vec<&Ident> = fields
        .iter()
        .map(|f| f.ident.as_ref().expect("named"))
        .collect();
    let types = fields.iter().map(|f| &f.ty);
    let pos_decl = if last == 0 {
        quote!(let __pos = 0usize;)
    } else {
        quote!(let mut __pos = 0usize;)
    };
    Ok(quote! {
        const _: () = {
            #(#checks)*
            impl ::mms_codec::Value for #name {
                const FIXED_LEN: ::core::option::Option<usize> =
                    #ds::sum_fixed(&[#(<#types as ::mms_codec::Value>::FIXED_LEN),*]);
                fn value_len(&self) -> usize {
                    0 #(+ ::mms_codec::Value::value_len(&self.#idents))*
                }
                fn encode_value<__W: ::mms_codec::Writer + ?Sized>(&self, __out: &mut __W) {
                    #(::mms_codec::Value::encode_value(&self.#idents, __out);)*
                }
                fn decode_value(
                    __bytes: &[u8],
                    __cx: ::mms_codec::DecodeContext,
                ) -> ::core::result::Result<Self, ::mms_codec::DecodeError> {
                    #ds::check_fixed_len(__bytes, <Self as ::mms_codec::Value>::FIXED_LEN, __cx)?;
                    #pos_decl
                    #(#decodes)*
                    ::core::result::Result::Ok(Self { #(#inits),* })
                }
            }
        };
    })
}
