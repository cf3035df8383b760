//! `properties`: a descriptor constant per configuration property, and `file_types`.

use mms_spec::{Access, Property, Spec};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::bit_set::{bit_set, bit_set_masks, Width};
use crate::commands::availability;
use crate::docs::doc;
use crate::names::{camel, shouty, Scope, RESERVED_TYPES};
use crate::tokens::hex_lit;

fn opt_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => {
            let s = Literal::string(s);
            quote!(Some(#s))
        }
        None => quote!(None),
    }
}

fn opt_u32(value: Option<u32>) -> TokenStream {
    match value {
        Some(n) => {
            let n = Literal::u32_unsuffixed(n);
            quote!(Some(#n))
        }
        None => quote!(None),
    }
}

/// The manual's table of a property.
fn table_of(p: &Property) -> Option<u32> {
    p.table
}

/// The width and named bits of a bit-mapped property: its fixed length, or the width its bit
/// table implies when the manual leaves the length open.
fn property_bits(p: &Property) -> Option<(u32, Vec<mms_spec::bits::BitMask<'_>>)> {
    let len = match (p.min_len, p.max_len) {
        (Some(a), Some(b)) if a == b => a,
        _ => mms_spec::bits::bits_width(&p.bits),
    };
    bit_set_masks(&p.bits, len)
}

/// The `properties` module body.
pub fn generate_properties(spec: &Spec) -> TokenStream {
    let mut names = Scope::with(&["PROPERTIES"]);
    let mut sorted: Vec<&Property> = spec.properties.iter().collect();
    // SHOUTY constant names cannot clash with these; a spec without properties (or without
    // enumerated values) does not use them all.
    let mut imports = vec![quote!(PropertyDescriptor)];
    if !sorted.is_empty() {
        imports.insert(0, quote!(Access));
    }
    if sorted.iter().any(|p| !p.values.is_empty()) {
        imports.insert(imports.len() - 1, quote!(AllowedValue));
    }
    let mut items = vec![quote! { use mms_message::property::{#(#imports),*}; }];
    let mut all = Vec::new();
    // Bit-set types are CamelCase, so they cannot clash with the SHOUTY constants.
    let mut types = Scope::with(RESERVED_TYPES);
    let mut bit_sets = Vec::new();
    sorted.sort_by(|a, b| a.oid.components().cmp(b.oid.components()));
    for p in sorted {
        let name = format_ident!("{}", names.unique(&shouty(&p.ident, "PROPERTY")));
        let components = p
            .oid
            .components()
            .iter()
            .map(|c| Literal::u32_unsuffixed(*c));
        let oid_text = Literal::string(p.oid.as_str());
        let label = Literal::string(&p.name);
        let ident = Literal::string(&p.ident);
        let table = opt_u32(table_of(p));
        let access = match p.access {
            Access::ReadWrite => quote!(Access::ReadWrite),
            Access::ReadOnly => quote!(Access::ReadOnly),
        };
        let data_type = opt_str(p.data_type.as_deref());
        let min_len = opt_u32(p.min_len);
        let max_len = opt_u32(p.max_len);
        let default = opt_str(p.default.as_deref());
        let valid = opt_str(p.valid.as_deref());
        let securing_key = opt_str(p.securing_key.as_deref());
        let values = p.values.iter().map(|v| {
            let value = Literal::string(&v.value);
            let vname = Literal::string(&v.name);
            quote!(AllowedValue { value: #value, name: #vname },)
        });
        let limits = p.limits.iter().map(|l| Literal::string(l));
        let internal = p.internal.is_internal();
        let mut text = format!("Property {} {}", p.oid, p.name);
        if let Some(t) = table_of(p) {
            text.push_str(&format!(" (manual Table {t})"));
        }
        text.push('.');
        if let Some(dt) = &p.data_type {
            text.push_str(&format!(" {dt}"));
            match (p.min_len, p.max_len) {
                (Some(a), Some(b)) if a == b => text.push_str(&format!(", {a} bytes")),
                (Some(a), Some(b)) => text.push_str(&format!(", {a} to {b} bytes")),
                _ => {}
            }
            text.push('.');
        }
        // The spec keeps a default whole (it is data the simulator and CLI read); docs show a
        // short one, and point to the descriptor for the rest (often with the manual's notes).
        match &p.default {
            Some(d) if d.chars().count() <= 60 => text.push_str(&format!(" Default: {d}.")),
            Some(_) => text.push_str(" Default: see `default`."),
            None => {}
        }
        text.push_str(match p.access {
            Access::ReadWrite => " Read and write.",
            Access::ReadOnly => " Read only.",
        });
        text.push_str(&availability(&p.limits, p.internal));
        if let Some((len, masks)) = property_bits(p) {
            let type_name = types.unique(&camel(&p.ident, "Property"));
            text.push_str(&format!(" Its bits: `{type_name}`."));
            let d = format!(
                "Bits of property {} {} (a bit set: bits the spec does not name are kept).",
                p.oid, p.name
            );
            bit_sets.push(bit_set(&type_name, &d, Width::fixed(len), &masks));
        }
        let d = doc(&text);
        items.push(quote! {
            #d
            pub const #name: PropertyDescriptor = PropertyDescriptor {
                oid: &[#(#components),*],
                oid_text: #oid_text,
                name: #label,
                ident: #ident,
                table: #table,
                access: #access,
                data_type: #data_type,
                min_len: #min_len,
                max_len: #max_len,
                default: #default,
                values: &[#(#values)*],
                valid: #valid,
                securing_key: #securing_key,
                limits: &[#(#limits),*],
                internal: #internal,
            };
        });
        all.push(name);
    }
    items.extend(bit_sets);
    items.push(quote! {
        /// Every property of the spec, sorted by OID.
        pub static PROPERTIES: &[PropertyDescriptor] = &[#(#all),*];

        /// The property with these OID components.
        pub fn by_oid(oid: &[u32]) -> Option<&'static PropertyDescriptor> {
            PROPERTIES
                .binary_search_by(|p| p.oid.cmp(oid))
                .ok()
                .map(|i| &PROPERTIES[i])
        }

        /// The property with this snake_case identifier.
        pub fn by_ident(ident: &str) -> Option<&'static PropertyDescriptor> {
            PROPERTIES.iter().find(|p| p.ident == ident)
        }
    });
    quote!(#(#items)*)
}

/// The `file_types` module body.
pub fn generate_file_types(spec: &Spec) -> TokenStream {
    let table = spec.file_types.table;
    let mut names = Scope::with(&["FILE_TYPES"]);
    let mut consts = Vec::new();
    let mut entries = Vec::new();
    let mut seen = Vec::new();
    let mut rows: Vec<&mms_spec::FileType> = spec.file_types.file_types.iter().collect();
    rows.sort_by_key(|f| f.bytes());
    for f in rows {
        let Some(bytes) = f.bytes() else { continue };
        let raw = u32::from_be_bytes(bytes);
        if seen.contains(&raw) {
            continue;
        }
        seen.push(raw);
        let name = format_ident!("{}", names.unique(&shouty(&f.label, "FILE")));
        let lit = hex_lit(u64::from(raw), 8);
        let mut text = format!("`{:08X}`: {}.", raw, f.label);
        text.push_str(&format!(" Secured: get {}, set {}.", f.get, f.set));
        text.push_str(&availability(&f.limits, Default::default()));
        let d = doc(&text);
        consts.push(quote! { #d pub const #name: FileType = FileType(#lit); });
        let label = Literal::string(&f.label);
        entries.push(quote! { (FileType::#name, #label), });
    }
    let type_doc = doc(&format!(
        "A file type: type, version, subtype and instance bytes (manual Table {table}).\n\n\
         Open: any four bytes are a `FileType`; the constants name the ones the spec lists."
    ));
    quote! {
        #type_doc
        #[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct FileType(pub u32);

        /// Four bytes, big-endian, in a TLV value or a message information field.
        impl mms_codec::Value for FileType {
            const FIXED_LEN: Option<usize> = Some(4);

            fn value_len(&self) -> usize {
                4
            }

            fn encode_value<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
                out.write(&self.0.to_be_bytes());
            }

            fn decode_value(
                bytes: &[u8],
                cx: mms_codec::DecodeContext,
            ) -> Result<Self, mms_codec::DecodeError> {
                <u32 as mms_codec::Value>::decode_value(bytes, cx).map(FileType)
            }
        }

        impl FileType {
            #(#consts)*

            /// The manual's label, if the spec lists this file type.
            pub fn label(self) -> Option<&'static str> {
                FILE_TYPES
                    .binary_search_by_key(&self, |&(known, _)| known)
                    .ok()
                    .map(|i| FILE_TYPES[i].1)
            }

            /// The four bytes.
            pub fn to_bytes(self) -> [u8; 4] {
                self.0.to_be_bytes()
            }
        }

        impl From<[u8; 4]> for FileType {
            fn from(bytes: [u8; 4]) -> Self {
                FileType(u32::from_be_bytes(bytes))
            }
        }

        impl fmt::Debug for FileType {
            /// `FileType(00000100 "EMV configuration, processing file")`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.label() {
                    Some(label) => write!(f, "FileType({:08X} {:?})", self.0, label),
                    None => write!(f, "FileType({:08X})", self.0),
                }
            }
        }

        impl fmt::Display for FileType {
            /// The label, or the four bytes in hex.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.label() {
                    Some(label) => f.write_str(label),
                    None => write!(f, "{:08X}", self.0),
                }
            }
        }

        /// Every file type of the spec with its label, sorted by value.
        pub static FILE_TYPES: &[(FileType, &str)] = &[#(#entries)*];
    }
}
