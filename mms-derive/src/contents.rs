//! Structs with named fields: `impl Contents` (a sequence of TLVs).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Field, Ident, LitInt, Type};

use crate::attr::{field_attrs, FieldAttrs};
use crate::tag::{hex, is_constructed, tag_bytes};
use crate::types::{classify, is_obviously_primitive, Occurs};

/// A tagged field.
struct Tagged<'a> {
    ident: &'a Ident,
    tag: u32,
    occurs: Occurs,
    elem: &'a Type,
    /// The value is a TLV sequence (`Contents`) rather than a `Value`.
    contents: bool,
}

/// The parsed struct.
struct Model<'a> {
    raw: Vec<(&'a Ident, &'a Type)>,
    tagged: Vec<Tagged<'a>>,
    unknown: Option<(&'a Ident, &'a Type)>,
}

fn analyse<'a>(fields: impl Iterator<Item = &'a Field>) -> syn::Result<Model<'a>> {
    let mut model = Model {
        raw: Vec::new(),
        tagged: Vec::new(),
        unknown: None,
    };
    let mut errors: Option<syn::Error> = None;
    let mut push = |e: syn::Error| match &mut errors {
        Some(all) => all.combine(e),
        None => errors = Some(e),
    };
    for field in fields {
        let ident = field.ident.as_ref().expect("named field");
        let attrs = match field_attrs(&field.attrs) {
            Ok(a) => a,
            Err(e) => {
                push(e);
                continue;
            }
        };
        if let Err(e) = add_field(&mut model, field, ident, &attrs) {
            push(e);
        }
    }
    if model.tagged.len() > u16::MAX as usize {
        push(syn::Error::new(
            Span::call_site(),
            "too many tagged fields (at most 65535)",
        ));
    }
    match errors {
        Some(e) => Err(e),
        None => Ok(model),
    }
}

fn add_field<'a>(
    model: &mut Model<'a>,
    field: &'a Field,
    ident: &'a Ident,
    attrs: &FieldAttrs,
) -> syn::Result<()> {
    let ty = &field.ty;
    if let Some(unknown) = attrs.unknown {
        if let Some(tag) = attrs.tag {
            return Err(syn::Error::new(
                tag.span,
                "a field cannot be both `unknown` and tagged; the catch-all keeps every TLV no other field names",
            ));
        }
        if let Some(span) = attrs.raw.or(attrs.nested) {
            return Err(syn::Error::new(
                span,
                "`unknown` cannot be combined with `raw` or `nested`",
            ));
        }
        if model.unknown.is_some() {
            return Err(syn::Error::new(
                unknown,
                "only one field may be `#[tlv(unknown)]`",
            ));
        }
        let is_unknown_type = matches!(ty, Type::Path(p) if p.qself.is_none()
            && p.path.segments.last().is_some_and(|s| s.ident == "Unknown" && s.arguments.is_none()));
        if !is_unknown_type {
            return Err(syn::Error::new(
                ty.span(),
                "an `unknown` field must have type `mms_codec::Unknown`",
            ));
        }
        model.unknown = Some((ident, ty));
        return Ok(());
    }
    if let Some(raw) = attrs.raw {
        if let Some(tag) = attrs.tag {
            return Err(syn::Error::new(
                tag.span,
                "a `raw` field has no tag: it is bytes in front of the TLVs",
            ));
        }
        if let Some(nested) = attrs.nested {
            return Err(syn::Error::new(
                nested,
                "`nested` needs a tag; it cannot be combined with `raw`",
            ));
        }
        if let Some(first) = model.tagged.first() {
            return Err(syn::Error::new(
                raw,
                format!(
                    "`raw` fields must come before every tagged field (`{}` is tagged and comes first)",
                    first.ident
                ),
            ));
        }
        let (occurs, _) = classify(ty)?;
        if occurs != Occurs::Required || crate::types::is_byte_vec(ty) {
            return Err(syn::Error::new(
                ty.span(),
                "a `raw` field must have a fixed-width type such as u8, u16 or [u8; N]",
            ));
        }
        model.raw.push((ident, ty));
        return Ok(());
    }
    let Some(tag) = attrs.tag else {
        let span = attrs.any.unwrap_or_else(|| ident.span());
        return Err(syn::Error::new(
            span,
            format!(
                "field `{ident}` needs `#[tlv(tag = 0x..)]` (or `#[tlv(raw)]` / `#[tlv(unknown)]`)"
            ),
        ));
    };
    if let Some(other) = model.tagged.iter().find(|t| t.tag == tag.value) {
        return Err(syn::Error::new(
            tag.span,
            format!(
                "duplicate tag 0x{}: field `{}` already uses it",
                hex(&tag_bytes(tag.value)),
                other.ident
            ),
        ));
    }
    let constructed = is_constructed(tag.value);
    if let (true, Some(nested)) = (constructed, attrs.nested) {
        return Err(syn::Error::new(
            nested,
            "`nested` is only for primitive tags; a constructed tag (bit 6 set) always holds TLVs",
        ));
    }
    let (occurs, elem) = classify(ty)?;
    if constructed && is_obviously_primitive(elem) {
        return Err(syn::Error::new(
            tag.span,
            format!(
                "tag 0x{} is constructed (bit 6 set) and holds TLVs, but `{}` is a primitive value; use a primitive tag or a struct that derives Tlv",
                hex(&tag_bytes(tag.value)),
                quote!(#elem).to_string().replace(' ', "")
            ),
        ));
    }
    if let (Some(nested), true) = (attrs.nested, is_obviously_primitive(elem)) {
        return Err(syn::Error::new(
            nested,
            format!(
                "`nested` means the value holds TLVs, but `{}` is a primitive value; drop `nested` or use a struct that derives Tlv",
                quote!(#elem).to_string().replace(' ', "")
            ),
        ));
    }
    model.tagged.push(Tagged {
        ident,
        tag: tag.value,
        occurs,
        elem,
        contents: constructed || attrs.nested.is_some(),
    });
    Ok(())
}

fn tag_literal(tag: u32) -> LitInt {
    LitInt::new(&format!("{tag:#X}u32"), Span::call_site())
}

pub fn expand<'a>(
    name: &Ident,
    fields: impl Iterator<Item = &'a Field>,
) -> syn::Result<TokenStream> {
    let model = analyse(fields)?;
    let ds = quote!(::mms_codec::derive_support);
    let checks = checks(&model, &ds);
    let walk = walk(name, &model, &ds);
    let decode = decode_body(&model, &ds);
    // With nested sequences, their lengths are computed once, before writing; without,
    // there is nothing to compute ahead.
    let encode = if model.tagged.iter().any(|t| t.contents) {
        quote! {
            let mut __lens = ::mms_codec::NestedLens::new();
            ::mms_codec::Contents::contents_len_noting(self, &mut __lens);
            ::mms_codec::Contents::encode_contents_noted(self, __out, &mut __lens);
        }
    } else {
        quote! {
            let mut __sink = #ds::WriteSink::new(__out);
            __walk(self, &mut __sink);
        }
    };
    Ok(quote! {
        const _: () = {
            #(#checks)*
            #walk
            impl ::mms_codec::Contents for #name {
                fn contents_len(&self) -> usize {
                    let mut __sink = #ds::LenSink::<()>::default();
                    __walk(self, &mut __sink);
                    __sink.total()
                }
                fn encode_contents<__W: ::mms_codec::Writer + ?Sized>(&self, __out: &mut __W) {
                    #encode
                }
                fn contents_len_noting(&self, __lens: &mut ::mms_codec::NestedLens) -> usize {
                    let mut __sink = #ds::LenSink::noting(__lens);
                    __walk(self, &mut __sink);
                    __sink.total()
                }
                fn encode_contents_noted<__W: ::mms_codec::Writer + ?Sized>(
                    &self,
                    __out: &mut __W,
                    __lens: &mut ::mms_codec::NestedLens,
                ) {
                    let mut __sink = #ds::WriteSink::noted(__out, __lens);
                    __walk(self, &mut __sink);
                }
                fn decode_contents(
                    __bytes: &[u8],
                    __cx: ::mms_codec::DecodeContext,
                ) -> ::core::result::Result<Self, ::mms_codec::DecodeError> {
                    #decode
                }
            }
        };
    })
}

/// Compile-time checks, spanned at the offending field types: raw fields have a fixed
/// width, tagged fields implement `Value` or `Contents`.
fn checks(model: &Model<'_>, ds: &TokenStream) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for (ident, ty) in &model.raw {
        let msg = format!(
            "#[tlv(raw)] field `{ident}` needs a fixed-width type (its Value::FIXED_LEN is None)"
        );
        checks.push(quote_spanned! {ty.span()=>
            const _: () = ::core::assert!(<#ty as ::mms_codec::Value>::FIXED_LEN.is_some(), #msg);
        });
    }
    for t in &model.tagged {
        let elem = t.elem;
        let check = if t.contents {
            quote_spanned!(elem.span()=> #ds::assert_contents::<#elem>)
        } else {
            quote_spanned!(elem.span()=> #ds::assert_value::<#elem>)
        };
        checks.push(quote!(const _: fn() = #check;));
    }

    checks
}

/// The sink call for one item of field `t`: `value` for a primitive, `contents` for a sequence.
fn sink_call(t: &Tagged<'_>, form: &TokenStream, value: TokenStream) -> TokenStream {
    let tag = tag_literal(t.tag);
    let method = if t.contents {
        quote!(contents)
    } else {
        quote!(value)
    };
    quote!(__sink.#method(::mms_codec::Tag::from_u32(#tag), #form, #value))
}

/// `__emit` and `__walk`: every item in encoding order (the layout decoding recorded in
/// the unknown field, then the rest), into a sink that counts or writes.
fn walk(name: &Ident, model: &Model<'_>, ds: &TokenStream) -> TokenStream {
    let raw_emits = model
        .raw
        .iter()
        .map(|(ident, _)| quote!(__sink.raw(&__this.#ident);));
    let emit_arms = model.tagged.iter().enumerate().map(|(i, t)| {
        let ident = t.ident;
        let form = quote!(__form);
        let body = match t.occurs {
            Occurs::Required => sink_call(t, &form, quote!(&__this.#ident)),
            Occurs::Optional => {
                let call = sink_call(t, &form, quote!(__v));
                quote!(if let ::core::option::Option::Some(__v) = &__this.#ident { #call })
            }
            Occurs::Repeated => {
                let call = sink_call(t, &form, quote!(__v));
                quote!(if let ::core::option::Option::Some(__v) = __this.#ident.get(__nth) { #call })
            }
        };
        quote!(#i => { #body })
    });
    let counts = model.tagged.iter().map(|t| {
        let ident = t.ident;
        match t.occurs {
            Occurs::Required => quote!(1usize),
            Occurs::Optional => quote!(::core::option::Option::is_some(&__this.#ident) as usize),
            Occurs::Repeated => quote!(__this.#ident.len()),
        }
    });
    // Every item in declaration order, minimal lengths: the whole walk of a value built in
    // code or decoded from canonical input (no recorded layout), without the per-item
    // dispatch the layout replay needs.
    let in_order = model.tagged.iter().map(|t| {
        let ident = t.ident;
        let minimal = quote!(::mms_codec::LengthForm::Minimal);
        match t.occurs {
            Occurs::Required => {
                let call = sink_call(t, &minimal, quote!(&__this.#ident));
                quote!(#call;)
            }
            Occurs::Optional => {
                let call = sink_call(t, &minimal, quote!(__v));
                quote!(if let ::core::option::Option::Some(__v) = &__this.#ident { #call; })
            }
            Occurs::Repeated => {
                let call = sink_call(t, &minimal, quote!(__v));
                quote!(for __v in __this.#ident.iter() { #call; })
            }
        }
    });
    let Some((unknown, _)) = model.unknown else {
        return quote! {
            fn __walk<__S: #ds::Sink>(__this: &#name, __sink: &mut __S) {
                #(#raw_emits)*
                #(#in_order)*
            }
        };
    };
    let n = model.tagged.len();
    // Without a recorded layout: every field in declaration order, then the unknown items.
    let in_order_unknown = quote! {
        for __item in __this.#unknown.items.iter() {
            __sink.unknown(__item, ::mms_codec::LengthForm::Minimal);
        }
    };
    let layout_walk = quote! {
        let mut __unknown_next = 0usize;
        for __entry in __this.#unknown.layout.iter() {
            match __entry.slot {
                ::mms_codec::Slot::Field(__i) => {
                    let __i = __i as usize;
                    if __done.get(__i).is_some_and(|__d| *__d < __counts[__i]) {
                        __emit(__this, __sink, __i, __done[__i], __entry.form);
                        __done[__i] += 1;
                    }
                }
                ::mms_codec::Slot::Unknown => {
                    if let ::core::option::Option::Some(__item) = __this.#unknown.items.get(__unknown_next) {
                        __sink.unknown(__item, __entry.form);
                        __unknown_next += 1;
                    }
                }
            }
        }
    };
    let rest_unknown = quote! {
        for __item in __this.#unknown.items.iter().skip(__unknown_next) {
            __sink.unknown(__item, ::mms_codec::LengthForm::Minimal);
        }
    };
    quote! {
        fn __emit<__S: #ds::Sink>(__this: &#name, __sink: &mut __S, __field: usize, __nth: usize, __form: ::mms_codec::LengthForm) {
            let _ = (&__sink, __nth, __form);
            match __field {
                #(#emit_arms)*
                _ => {}
            }
        }
        fn __walk<__S: #ds::Sink>(__this: &#name, __sink: &mut __S) {
            #(#raw_emits)*
            if __this.#unknown.layout.is_empty() {
                #(#in_order)*
                #in_order_unknown
                return;
            }
            let __counts: [usize; #n] = [#(#counts),*];
            let mut __done = [0usize; #n];
            #layout_walk
            for __i in 0..__counts.len() {
                while __done[__i] < __counts[__i] {
                    __emit(__this, __sink, __i, __done[__i], ::mms_codec::LengthForm::Minimal);
                    __done[__i] += 1;
                }
            }
            #rest_unknown
        }
    }
}

/// The body of `decode_contents`: raw fields first, then each TLV into its field's slot
/// (or the unknown field), then required fields checked.
fn decode_body(model: &Model<'_>, ds: &TokenStream) -> TokenStream {
    let n = model.tagged.len();
    let pos_decl = if model.raw.is_empty() {
        quote!(let __pos = 0usize;)
    } else {
        quote!(let mut __pos = 0usize;)
    };
    let raw_decodes = model.raw.iter().map(|(ident, ty)| {
        let var = format_ident!("__raw_{}", ident);
        quote!(let #var = #ds::decode_raw::<#ty>(__bytes, &mut __pos, __cx)?;)
    });
    let slot_vars: Vec<Ident> = (0..n).map(|i| format_ident!("__field_{}", i)).collect();
    let slot_decls = model.tagged.iter().zip(&slot_vars).map(|(t, var)| {
        let elem = t.elem;
        match t.occurs {
            Occurs::Repeated => quote!(let mut #var: #ds::Vec<#elem> = #ds::Vec::new();),
            _ => {
                quote!(let mut #var: ::core::option::Option<#elem> = ::core::option::Option::None;)
            }
        }
    });
    let unknown_decl = model
        .unknown
        .map(|_| quote!(let mut __unknown = ::mms_codec::Unknown::default();));
    // Each item gets a slot number: its field's index, or `n` for an item no field names.
    let slot_arms = model.tagged.iter().enumerate().map(|(i, t)| {
        let tag = tag_literal(t.tag);
        let i = i as u16;
        quote!(#tag => #i,)
    });
    let unknown_slot = n as u16;
    let store_arms = model
        .tagged
        .iter()
        .zip(&slot_vars)
        .enumerate()
        .map(|(i, (t, var))| {
            let i = i as u16;
            let decode = if t.contents {
                quote!(#ds::decode_contents_item(&__tlv, __cx)?)
            } else {
                quote!(#ds::decode_value_item(&__tlv, __cx)?)
            };
            let store = match t.occurs {
                Occurs::Repeated => quote!(#var.push(#decode);),
                _ => quote! {
                    if #var.is_some() {
                        return ::core::result::Result::Err(#ds::duplicate_tag(&__tlv));
                    }
                    #var = ::core::option::Option::Some(#decode);
                },
            };
            quote!(#i => { #store })
        });
    let fallback_arm = match model.unknown {
        Some(_) => quote!(_ => #ds::keep_unknown(&mut __unknown, &__tlv),),
        None => quote!(_ => return ::core::result::Result::Err(#ds::unexpected_tag(&__tlv)),),
    };
    // The layout is recorded only from the first item out of canonical order or with a
    // non-minimal length on (a canonical input decodes without allocating for it); the
    // items before it are replayed from the field counts.
    let slot_counts = model
        .tagged
        .iter()
        .zip(&slot_vars)
        .map(|(t, var)| match t.occurs {
            Occurs::Repeated => quote!(#var.len()),
            _ => quote!(::core::option::Option::is_some(&#var) as usize),
        });
    let track = model.unknown.map(|_| {
        quote! {
            if __layout.deviates(__slot, &__tlv) {
                if __layout.starts_recording() {
                    #ds::replay_layout(&mut __unknown, &[#(#slot_counts),*]);
                }
                #ds::record_slot(&mut __unknown, __slot, #unknown_slot, &__tlv);
            }
        }
    });
    let track_decl = model
        .unknown
        .map(|_| quote!(let mut __layout = #ds::LayoutTracker::new();));
    let mut inits = Vec::new();
    for (ident, _) in &model.raw {
        let var = format_ident!("__raw_{}", ident);
        inits.push(quote!(#ident: #var));
    }
    for (t, var) in model.tagged.iter().zip(&slot_vars) {
        let ident = t.ident;
        let init = match t.occurs {
            Occurs::Required => {
                let tag = tag_literal(t.tag);
                quote! {
                    match #var {
                        ::core::option::Option::Some(__v) => __v,
                        ::core::option::Option::None => {
                            return ::core::result::Result::Err(#ds::missing_tag(#tag, __cx));
                        }
                    }
                }
            }
            _ => quote!(#var),
        };
        inits.push(quote!(#ident: #init));
    }
    if let Some((ident, _)) = model.unknown {
        inits.push(quote!(#ident: __unknown));
    }

    quote! {
        #pos_decl
        #(#raw_decodes)*
        #(#slot_decls)*
        #unknown_decl
        #track_decl
        for __item in #ds::tlvs(__bytes, __pos, __cx) {
            let __tlv = __item?;
            let __slot: u16 = match ::mms_codec::Tag::to_u32(__tlv.tag) {
                #(#slot_arms)*
                _ => #unknown_slot,
            };
            #track
            match __slot {
                #(#store_arms)*
                #fallback_arm
            }
        }
        ::core::result::Result::Ok(Self { #(#inits),* })
    }
}
