//! Parsing of `#[tlv(...)]` attributes.

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Ident, LitInt};

/// A parsed value with the span to blame in errors.
#[derive(Clone, Copy)]
pub struct Located<T> {
    pub value: T,
    pub span: Span,
}

/// `#[tlv(...)]` on a struct field.
#[derive(Default)]
pub struct FieldAttrs {
    pub tag: Option<Located<u32>>,
    pub nested: Option<Span>,
    pub raw: Option<Span>,
    pub unknown: Option<Span>,
    /// Span of the first `#[tlv]` attribute, if any.
    pub any: Option<Span>,
}

/// `#[tlv(...)]` on the type itself.
#[derive(Default)]
pub struct TypeAttrs {
    pub packed: Option<Span>,
    pub repr: Option<Located<Repr>>,
}

/// `#[tlv(...)]` on an enum variant.
#[derive(Default)]
pub struct VariantAttrs {
    pub value: Option<Located<u128>>,
    pub unrecognized: Option<Span>,
}

/// The integer type an open enum is carried in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    U8,
    U16,
    U32,
}

impl Repr {
    pub fn max(self) -> u128 {
        match self {
            Repr::U8 => u8::MAX as u128,
            Repr::U16 => u16::MAX as u128,
            Repr::U32 => u32::MAX as u128,
        }
    }
    pub fn ident(self) -> Ident {
        let name = match self {
            Repr::U8 => "u8",
            Repr::U16 => "u16",
            Repr::U32 => "u32",
        };
        Ident::new(name, Span::call_site())
    }
}

fn tlv_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|a| a.path().is_ident("tlv"))
}

fn set_once<T>(slot: &mut Option<T>, value: T, span: Span, key: &str) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new(
            span,
            format!("`{key}` is given twice in #[tlv]"),
        ));
    }
    *slot = Some(value);
    Ok(())
}

fn parse_int(lit: &LitInt) -> syn::Result<u128> {
    lit.base10_parse::<u128>()
        .map_err(|_| syn::Error::new(lit.span(), "expected an integer such as 0x81"))
}

pub fn field_attrs(attrs: &[Attribute]) -> syn::Result<FieldAttrs> {
    let mut out = FieldAttrs::default();
    for attr in tlv_attrs(attrs) {
        out.any.get_or_insert(attr.span());
        attr.parse_nested_meta(|meta| {
            let span = meta.path.span();
            if meta.path.is_ident("tag") {
                let lit: LitInt = meta.value()?.parse()?;
                let raw = parse_int(&lit)?;
                crate::tag::check_tag(raw).map_err(|msg| syn::Error::new(lit.span(), msg))?;
                let tag = Located {
                    value: raw as u32,
                    span: lit.span(),
                };
                set_once(&mut out.tag, tag, span, "tag")
            } else if meta.path.is_ident("nested") {
                set_once(&mut out.nested, span, span, "nested")
            } else if meta.path.is_ident("raw") {
                set_once(&mut out.raw, span, span, "raw")
            } else if meta.path.is_ident("unknown") {
                set_once(&mut out.unknown, span, span, "unknown")
            } else {
                Err(meta.error(
                    "unknown #[tlv] key on a field; expected `tag = ..`, `nested`, `raw` or `unknown`",
                ))
            }
        })?;
    }
    Ok(out)
}

pub fn type_attrs(attrs: &[Attribute]) -> syn::Result<TypeAttrs> {
    let mut out = TypeAttrs::default();
    for attr in tlv_attrs(attrs) {
        attr.parse_nested_meta(|meta| {
            let span = meta.path.span();
            if meta.path.is_ident("packed") {
                set_once(&mut out.packed, span, span, "packed")
            } else if meta.path.is_ident("repr") {
                let ident: Ident = meta.value()?.parse()?;
                let repr = match ident.to_string().as_str() {
                    "u8" => Repr::U8,
                    "u16" => Repr::U16,
                    "u32" => Repr::U32,
                    _ => {
                        return Err(syn::Error::new(
                            ident.span(),
                            "#[tlv(repr = ..)] must be u8, u16 or u32",
                        ))
                    }
                };
                let repr = Located {
                    value: repr,
                    span: ident.span(),
                };
                set_once(&mut out.repr, repr, span, "repr")
            } else {
                Err(meta.error(
                    "unknown #[tlv] key on a type; expected `packed` (structs) or `repr = u8|u16|u32` (enums)",
                ))
            }
        })?;
    }
    Ok(out)
}

pub fn variant_attrs(attrs: &[Attribute]) -> syn::Result<VariantAttrs> {
    let mut out = VariantAttrs::default();
    for attr in tlv_attrs(attrs) {
        attr.parse_nested_meta(|meta| {
            let span = meta.path.span();
            if meta.path.is_ident("value") {
                let lit: LitInt = meta.value()?.parse()?;
                let value = Located {
                    value: parse_int(&lit)?,
                    span: lit.span(),
                };
                set_once(&mut out.value, value, span, "value")
            } else if meta.path.is_ident("unrecognized") {
                set_once(&mut out.unrecognized, span, span, "unrecognized")
            } else {
                Err(meta.error(
                    "unknown #[tlv] key on a variant; expected `value = ..` or `unrecognized`",
                ))
            }
        })?;
    }
    Ok(out)
}
