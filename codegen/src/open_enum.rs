//! Open enums: a value set of 1, 2 or 4 bytes whose unnamed values are kept in `Other`.

use mms_spec::Field;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs::{doc, hex_text};
use crate::names::{camel, Scope};
use crate::scalars::is_quantity;
use crate::tokens::hex_lit;

/// The enumerated values of a field that are exactly `len` bytes, as numbers, first name kept.
pub fn enum_values(field: &Field, len: u32) -> Vec<(u64, String)> {
    let mut values: Vec<(u64, String)> = Vec::new();
    for v in &field.values {
        let Some(bytes) = v.bytes().filter(|b| b.len() == len as usize) else {
            continue;
        };
        let raw = bytes.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        if !values.iter().any(|(r, _)| *r == raw) {
            values.push((raw, v.name.clone()));
        }
    }
    values
}

/// The width and values of a field that gets an open enum of its own: a fixed width of 1,
/// 2 or 4 bytes with whole-width values, not a quantity (a timeout whose `00` means
/// "infinite" is a number of seconds, its named values documented), and no type forced by
/// the spec.
pub fn enum_candidate(field: &Field) -> Option<(u32, Vec<(u64, String)>)> {
    let len = field.len.fixed()?;
    let per_byte = field.values.iter().any(|v| v.byte.is_some());
    if !matches!(len, 1 | 2 | 4) || per_byte || is_quantity(field) || field.rust_type.is_some() {
        return None;
    }
    let values = enum_values(field, len);
    (!values.is_empty()).then_some((len, values))
}

/// An open enum deriving `Tlv` (`repr` of `len` bytes) with `label()` and `Display`.
pub fn open_enum(name: &str, doc_text: &str, len: u32, values: &[(u64, String)]) -> TokenStream {
    let id = format_ident!("{}", name);
    let repr = match len {
        1 => quote!(u8),
        2 => quote!(u16),
        _ => quote!(u32),
    };
    let digits = len as usize * 2;
    let width = Literal::usize_unsuffixed(digits);
    let mut variants = Scope::with(&["Other"]);
    let mut decls = Vec::new();
    let mut labels = Vec::new();
    for (raw, label) in values {
        let v = format_ident!("{}", variants.unique(&camel(label, "V")));
        let lit = hex_lit(*raw, digits);
        let d = doc(&format!("`{}`: {label}.", hex_text(*raw, digits)));
        decls.push(quote! { #d #[tlv(value = #lit)] #v, });
        let text = Literal::string(label);
        labels.push(quote! { Self::#v => Some(#text), });
    }
    let d = doc(doc_text);
    quote! {
        #d
        #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[tlv(repr = #repr)]
        #[non_exhaustive]
        pub enum #id {
            #(#decls)*
            /// A value this spec does not name; re-encodes unchanged.
            #[tlv(unrecognized)]
            Other(mms_codec::Unrecognized<#repr>),
        }

        impl #id {
            /// The manual's short name of the value, if the spec names it.
            pub fn label(&self) -> Option<&'static str> {
                match self {
                    #(#labels)*
                    Self::Other(_) => None,
                }
            }
        }

        impl fmt::Display for #id {
            /// The short name, or the value in hex when the spec does not name it.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.label() {
                    Some(label) => f.write_str(label),
                    None => write!(f, "0x{:0width$X}", self.to_raw(), width = #width),
                }
            }
        }
    }
}
