//! Rust types of fixed-width plain values: numbers, single bytes and byte arrays.

use mms_spec::{Field, RustType};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// Upper bound on fixed-size arrays; longer fixed values are `Vec<u8>` (and the standard
/// library implements `Default` only up to 32).
pub const MAX_ARRAY: u32 = 32;

/// Words of a label that make a 2- or 4-byte value a big-endian number rather than bytes
/// ("serial number" is an identifier, so "number" alone is not one of them).
const QUANTITY_WORDS: &[&str] = &[
    "count", "size", "timeout", "seconds", "interval", "port", "offset", "delay",
];

/// Whether one of the field's values is a range of numbers with a meaning (`01..FF` = "1 to
/// 255 seconds"); a reserved range (`02..FE` = "Reserved") leaves the value an enum.
pub fn has_range(field: &Field) -> bool {
    field.values.iter().any(|v| {
        let name = v.name.to_ascii_lowercase();
        let reserved = name.starts_with("reserved") || name == "rfu" || name == "invalid";
        v.byte.is_none() && v.value.contains("..") && !reserved
    })
}

/// Whether a value is a quantity (a number of seconds, bytes, events ...): one of its
/// values is a range, or its label says so (`Number of Events`, `Timeout`).
pub fn is_quantity(field: &Field) -> bool {
    let label = field.label.to_ascii_lowercase();
    has_range(field)
        || (label.starts_with("number of") || label.starts_with("length of"))
        || label
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| QUANTITY_WORDS.contains(&w))
}

/// A fixed-width value: `u16`/`u32` for 2 or 4 bytes that are a quantity, otherwise
/// [`raw_type`].
pub fn sized_type(field: &Field, n: u32) -> TokenStream {
    match (n, is_quantity(field)) {
        (2, true) => quote!(u16),
        (4, true) => quote!(u32),
        _ => raw_type(n),
    }
}

/// The type a spec forces on a field with `rust_type`.
pub fn forced_type(rust_type: RustType) -> TokenStream {
    match rust_type {
        RustType::U8 => quote!(u8),
        RustType::U16 => quote!(u16),
        RustType::U32 => quote!(u32),
        RustType::U64 => quote!(u64),
        RustType::String => quote!(String),
        RustType::Bytes => quote!(Vec<u8>),
        RustType::Tlv => quote!(mms_message::TlvList),
    }
}

/// `u8` for one byte, else `[u8; n]`.
pub fn raw_type(n: u32) -> TokenStream {
    if n == 1 {
        quote!(u8)
    } else {
        let n = Literal::usize_unsuffixed(n as usize);
        quote!([u8; #n])
    }
}
