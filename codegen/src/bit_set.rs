//! Bit sets: a value whose bits the spec names one by one, as a newtype over its integer that
//! implements `bitflags::Flags` (re-exported by `mms_message::bits`, imported with `Flag`) with the manual's names,
//! and displays every set bit by name.

use mms_spec::bits::{bit_masks, BitMask};
use mms_spec::{BitField, Field};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs::{doc, hex_text};
use crate::names::{shouty, Scope};
use crate::tokens::hex_lit;

/// The width and named (not reserved) masks of a bit table for a value of `len` bytes: an
/// integer width (1, 2, 4 or 8 bytes) whose table fits and names at least one bit.
pub fn bit_set_masks(bits: &[BitField], len: u32) -> Option<(u32, Vec<BitMask<'_>>)> {
    if !matches!(len, 1 | 2 | 4 | 8) {
        return None;
    }
    let masks: Vec<BitMask> = bit_masks(bits, len)?
        .into_iter()
        .filter(|m| !m.reserved)
        .collect();
    (!masks.is_empty()).then_some((len, masks))
}

/// The width and masks of a field that gets a bit set: a fixed width, a bit table, no type
/// forced by the spec and no nested rows.
pub fn bit_set_candidate(field: &Field) -> Option<(u32, Vec<BitMask<'_>>)> {
    if field.rust_type.is_some() || !field.fields.is_empty() {
        return None;
    }
    bit_set_masks(&field.bits, field.len.fixed()?)
}

/// The bit-set type `name` for `len`-byte values: a constant per named bit (or bit range),
/// `Flags` with the manual's names, `mms_codec::Value` (big-endian, unnamed bits kept)
/// and `Display` (see `mms_message::bits::write_set`).
pub fn bit_set(name: &str, doc_text: &str, len: u32, masks: &[BitMask]) -> TokenStream {
    let id = format_ident!("{}", name);
    let repr = match len {
        1 => quote!(u8),
        2 => quote!(u16),
        4 => quote!(u32),
        _ => quote!(u64),
    };
    let digits = len as usize * 2;
    let mut consts = Scope::with(&["FLAGS"]);
    let mut decls = Vec::new();
    let mut flags = Vec::new();
    for m in masks {
        let c = format_ident!("{}", consts.unique(&shouty(m.name, "BIT")));
        // At most 8 bytes wide (see `bit_set_masks`).
        let mask = m.mask as u64;
        let lit = hex_lit(mask, digits);
        let what = if mask.count_ones() == 1 {
            "bit"
        } else {
            "bits"
        };
        let d = doc(&format!(
            "`{}` ({what}): {}.",
            hex_text(mask, digits),
            m.name
        ));
        decls.push(quote! { #d pub const #c: Self = Self(#lit); });
        let label = Literal::string(m.name);
        flags.push(quote! { Flag::new(#label, Self::#c), });
    }
    let width = Literal::usize_unsuffixed(len as usize);
    let digits = Literal::usize_unsuffixed(digits);
    let d = doc(doc_text);
    quote! {
        #d
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        pub struct #id(pub #repr);

        impl #id {
            #(#decls)*
        }

        impl Flags for #id {
            const FLAGS: &'static [Flag<Self>] = &[#(#flags)*];
            type Bits = #repr;
            fn bits(&self) -> #repr {
                self.0
            }
            fn from_bits_retain(raw: #repr) -> Self {
                Self(raw)
            }
        }

        impl mms_codec::Value for #id {
            const FIXED_LEN: Option<usize> = Some(#width);
            fn value_len(&self) -> usize {
                #width
            }
            fn encode_value<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
                mms_codec::Value::encode_value(&self.0, out);
            }
            fn decode_value(
                bytes: &[u8],
                cx: mms_codec::DecodeContext,
            ) -> Result<Self, mms_codec::DecodeError> {
                <#repr as mms_codec::Value>::decode_value(bytes, cx).map(Self)
            }
        }

        impl fmt::Display for #id {
            /// The names of the set bits, bits the spec does not name in hex (`none` for no bit).
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                mms_message::bits::write_set(self, #digits, f)
            }
        }
    }
}
