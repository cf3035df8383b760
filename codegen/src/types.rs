//! TLV tables to Rust types: derived structs, packed structs and open enums.

use mms_spec::{Field, Length, Requirement};
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::names::{camel, ident, snake, Scope, RESERVED_TYPES};

/// Escapes what Markdown would read as links, emphasis or HTML in spec text, outside
/// `code spans` (which the generator writes itself and never contain such characters).
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        if i % 2 == 1 {
            out.push_str(part);
            continue;
        }
        for c in part.chars() {
            match c {
                '[' | ']' | '*' | '_' | '\\' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
    }
    out
}

/// `#[doc = " text"]` lines (prettyplease prints them as `///` comments); spec text in
/// them is escaped for Markdown.
pub fn doc(text: &str) -> TokenStream {
    let text = escape_markdown(text);
    let lines = text.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// `match scrutinee { arms, _ => fallback }`, or just `fallback` when there are no arms (a
/// spec without such items), so the output has no single-arm matches.
pub fn match_or(
    scrutinee: TokenStream,
    arms: Vec<TokenStream>,
    fallback: TokenStream,
) -> TokenStream {
    if arms.is_empty() {
        quote!({
            let _ = #scrutinee;
            #fallback
        })
    } else {
        quote!(match #scrutinee { #(#arms)* _ => #fallback, })
    }
}

/// An integer literal in hex, e.g. `0xD812`.
pub fn hex_lit(value: u64, digits: usize) -> TokenStream {
    format!("0x{value:0digits$X}")
        .parse()
        .expect("a hex literal is a valid token")
}

/// Most parameters of a generated `new` (clippy's `too_many_arguments` limit).
const MAX_CONSTRUCTOR_ARGS: usize = 7;

/// Upper bound on fixed-size arrays; longer fixed values are `Vec<u8>` (and the standard
/// library implements `Default` only up to 32).
const MAX_ARRAY: u32 = 32;

/// The Rust type of one field, and what it allows.
struct FieldType {
    ty: TokenStream,
    /// Whether the type implements `Default`.
    default: bool,
    /// A primitive tag whose value is decoded as a TLV sequence.
    nested: bool,
    /// An open enum names the values (so the field doc need not list them).
    enumerated: bool,
}

/// An open enum already generated in the module.
struct GeneratedEnum {
    values: Vec<(u64, String)>,
    len: u32,
    name: String,
}

/// Collects the items (structs, enums) of one generated module.
pub struct TypeGen {
    /// Generated items, in order.
    pub items: Vec<TokenStream>,
    names: Scope,
    /// Enums generated so far, reused for fields with the same values and width.
    enums: Vec<GeneratedEnum>,
    /// The file type table: 4-byte fields that refer to it are `file_types::FileType`.
    file_type_table: Option<u32>,
}

impl TypeGen {
    /// A generator whose type names avoid `reserved` (and [`RESERVED_TYPES`]). Types go in a module two levels
    /// below the generated root (`commands::<command>`), next to `file_types`' parent.
    pub fn new(reserved: &[&str], file_type_table: Option<u32>) -> TypeGen {
        TypeGen {
            items: Vec::new(),
            names: Scope::with(&[reserved, RESERVED_TYPES].concat()),
            enums: Vec::new(),
            file_type_table,
        }
    }

    /// An open enum named `name` for `len`-byte values, which later fields with the same
    /// values and width reuse (so a spec can give a shared value set a name of its own).
    pub fn named_enum(&mut self, name: &str, doc_text: &str, len: u32, values: Vec<(u64, String)>) {
        let name = self.names.unique(name);
        self.items.push(open_enum(&name, doc_text, len, &values));
        self.enums.push(GeneratedEnum { values, len, name });
    }

    /// A unique type name in this module.
    pub fn type_name(&mut self, base: &str) -> String {
        self.names.unique(base)
    }

    /// A struct deriving `Tlv` for a TLV sequence (`fields` may be empty). Returns whether it
    /// implements `Default`.
    pub fn contents_struct(&mut self, name: &str, doc_text: &str, fields: &[Field]) -> bool {
        // Reserve the slot so that the struct comes before the types of its fields.
        let slot = self.items.len();
        self.items.push(TokenStream::new());
        let mut field_names = Scope::with(&["unknown"]);
        let mut defaultable = true;
        let mut members = Vec::new();
        // (name, type) of the fields a constructor needs; the others start empty.
        let mut required: Vec<(proc_macro2::Ident, TokenStream)> = Vec::new();
        let mut optional_names = Vec::new();
        // Raw rows in a sequence can only be leading fixed-width values; any other layout
        // is not representable, so those rows are left to the catch-all.
        let mut leading = true;
        for field in fields {
            let fname = field_names.unique(&snake(&field.name, "field"));
            let fident = ident(&fname);
            match field.tag {
                None => {
                    let Some(n) = field
                        .len
                        .fixed()
                        .filter(|n| leading && (1..=MAX_ARRAY).contains(n))
                    else {
                        continue;
                    };
                    let ty = raw_type(n);
                    let d = doc(&format!("Raw bytes: {} ({n} bytes).", field.label));
                    required.push((fident.clone(), ty.clone()));
                    members.push(quote! { #d #[tlv(raw)] pub #fident: #ty, });
                }
                Some(tag) => {
                    leading = false;
                    let parent = format!("{name}{}", camel(&field.name, "Field"));
                    let ft = self.field_type(field, &parent);
                    let optional = !matches!(field.requirement, Some(Requirement::Required));
                    let inner = ft.ty;
                    let ty = if optional {
                        optional_names.push(fident.clone());
                        quote!(Option<#inner>)
                    } else {
                        defaultable &= ft.default;
                        required.push((fident.clone(), inner.clone()));
                        inner
                    };
                    let tag_lit = hex_lit(u64::from(tag.value()), tag.as_bytes().len() * 2);
                    let attr = if ft.nested {
                        quote!(#[tlv(tag = #tag_lit, nested)])
                    } else {
                        quote!(#[tlv(tag = #tag_lit)])
                    };
                    let mut text = field_doc(field);
                    if !ft.enumerated {
                        text.push_str(&values_doc(field));
                    }
                    let d = doc(&text);
                    members.push(quote! { #d #attr pub #fident: #ty, });
                }
            }
        }
        let name_ident = format_ident!("{}", name);
        let d = doc(doc_text);
        let derives = if defaultable {
            quote!(#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)])
        } else {
            quote!(#[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)])
        };
        self.items[slot] = quote! {
            #d
            #derives
            pub struct #name_ident {
                #(#members)*
                /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
                #[tlv(unknown)]
                pub unknown: mms_codec::Unknown,
            }
        };
        // Without `Default`, a constructor saves spelling out the optional fields.
        if !defaultable && required.len() <= MAX_CONSTRUCTOR_ARGS {
            let params = required.iter().map(|(n, t)| quote!(#n: #t));
            let names = required.iter().map(|(n, _)| n);
            self.items[slot].extend(quote! {
                impl #name_ident {
                    /// A value with these required fields, no optional ones, and no unknown items.
                    pub fn new(#(#params),*) -> Self {
                        #name_ident {
                            #(#names,)*
                            #(#optional_names: None,)*
                            unknown: mms_codec::Unknown::new(),
                        }
                    }
                }
            });
        }
        defaultable
    }

    /// The type of a tagged field, generating nested types under `parent` as needed.
    fn field_type(&mut self, field: &Field, parent: &str) -> FieldType {
        let constructed = field.is_constructed();
        let has_tags = field.fields.iter().any(|f| f.tag.is_some());
        let has_raw = field.fields.iter().any(|f| f.tag.is_none());
        if constructed {
            if field.fields.is_empty() || !has_tags {
                return FieldType {
                    ty: quote!(mms_message::TlvList),
                    default: true,
                    nested: false,
                    enumerated: false,
                };
            }
            let name = self.type_name(parent);
            let d = format!("`{}` {}: a TLV sequence.", tag_text(field), field.label);
            let default = self.contents_struct(&name, &d, &field.fields);
            let id = format_ident!("{}", name);
            return FieldType {
                ty: quote!(#id),
                default,
                nested: false,
                enumerated: false,
            };
        }
        // Encrypted values describe their decrypted contents; on the wire they are opaque bytes.
        let encrypted =
            field.label.to_ascii_lowercase().contains("encrypt") || field.name.contains("encrypt");
        // A fixed length means a plain value: nested rows under it are the manual's (or the
        // extractor's) indentation slip, and are left to the catch-all.
        let fixed = field.len.fixed().is_some();
        if has_tags && !has_raw && !encrypted && !fixed {
            let name = self.type_name(parent);
            let d = format!(
                "`{}` {}: a primitive tag whose value is a TLV sequence.",
                tag_text(field),
                field.label
            );
            let default = self.contents_struct(&name, &d, &field.fields);
            let id = format_ident!("{}", name);
            return FieldType {
                ty: quote!(#id),
                default,
                nested: true,
                enumerated: false,
            };
        }
        if has_raw && !has_tags {
            if let Some(ft) = self.packed_struct(field, parent) {
                return ft;
            }
        }
        let file_type = self
            .file_type_table
            .is_some_and(|t| field.table_refs.contains(&t));
        if file_type && field.len.fixed() == Some(4) && !has_raw {
            return FieldType {
                ty: quote!(super::super::file_types::FileType),
                default: true,
                nested: false,
                enumerated: false,
            };
        }
        if !has_raw {
            if let Some(n) = field.len.fixed() {
                if let Some(ft) = self.enum_for(field, n, parent) {
                    return ft;
                }
                if (1..=MAX_ARRAY).contains(&n) {
                    return FieldType {
                        ty: sized_type(field, n),
                        default: true,
                        nested: false,
                        enumerated: false,
                    };
                }
            }
        }
        FieldType {
            ty: quote!(Vec<u8>),
            default: true,
            nested: false,
            enumerated: false,
        }
    }

    /// A `#[tlv(packed)]` struct for raw rows inside a primitive value, when every row but
    /// the last has a fixed width (and the widths fit the declared length).
    fn packed_struct(&mut self, field: &Field, parent: &str) -> Option<FieldType> {
        let last = field.fields.len() - 1;
        let mut total = 0u32;
        for (i, f) in field.fields.iter().enumerate() {
            match f.len.fixed() {
                Some(n) if n >= 1 => total += n,
                _ if i == last => {}
                _ => return None,
            }
        }
        if let Some(n) = field.len.fixed() {
            let all_fixed = field.fields.iter().all(|f| f.len.fixed().is_some());
            if (all_fixed && total != n) || total > n {
                return None;
            }
        }
        let name = self.type_name(parent);
        let mut names = Scope::default();
        let mut default = true;
        let mut members = Vec::new();
        for (i, f) in field.fields.iter().enumerate() {
            let fname = names.unique(&snake(&f.name, "field"));
            let fident = ident(&fname);
            let ty = match f.len.fixed() {
                Some(n) if i < last || (1..=MAX_ARRAY).contains(&n) => {
                    let sub = format!("{name}{}", camel(&f.name, "Field"));
                    match self.enum_for(f, n, &sub) {
                        Some(ft) => {
                            default = false;
                            ft.ty
                        }
                        None if n <= MAX_ARRAY => sized_type(f, n),
                        None => return None,
                    }
                }
                _ => quote!(Vec<u8>),
            };
            let d = doc(&format!("{} ({}).", f.label, len_text(&f.len)));
            members.push(quote! { #d pub #fident: #ty, });
        }
        let id = format_ident!("{}", name);
        let d = doc(&format!(
            "`{}` {}: raw values packed into one primitive value.",
            tag_text(field),
            field.label
        ));
        let derives = if default {
            quote!(#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)])
        } else {
            quote!(#[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)])
        };
        self.items.push(quote! {
            #d
            #derives
            #[tlv(packed)]
            pub struct #id {
                #(#members)*
            }
        });
        Some(FieldType {
            ty: quote!(#id),
            default,
            nested: false,
            enumerated: false,
        })
    }

    /// An open enum for a fixed-width value of 1, 2 or 4 bytes with enumerated values.
    fn enum_for(&mut self, field: &Field, len: u32, name_base: &str) -> Option<FieldType> {
        // A range (`01..FF` = "1 to 255 seconds") makes the value a number, its named values
        // documented, rather than an enum whose every in-range value is `Other`.
        if !matches!(len, 1 | 2 | 4) || field.values.iter().any(per_byte) || has_range(field) {
            return None;
        }
        let values = enum_values(field, len);
        if values.is_empty() {
            return None;
        }
        if let Some(existing) = self
            .enums
            .iter()
            .find(|e| e.values == values && e.len == len)
        {
            let id = format_ident!("{}", existing.name);
            return Some(FieldType {
                ty: quote!(#id),
                default: false,
                nested: false,
                enumerated: true,
            });
        }
        let name = self.type_name(name_base);
        let d = format!(
            "Values of {} (an open enum: other values are kept in `Other`).",
            field.label
        );
        self.items.push(open_enum(&name, &d, len, &values));
        self.enums.push(GeneratedEnum {
            values,
            len,
            name: name.clone(),
        });
        let id = format_ident!("{}", name);
        Some(FieldType {
            ty: quote!(#id),
            default: false,
            nested: false,
            enumerated: true,
        })
    }
}

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

/// Words of a label that make a 2- or 4-byte value a big-endian number rather than bytes
/// ("serial number" is an identifier, so "number" alone is not one of them).
const QUANTITY_WORDS: &[&str] = &[
    "count", "size", "timeout", "seconds", "interval", "port", "offset", "delay",
];

/// Whether one of the field's values is a range of numbers with a meaning (`01..FF` = "1 to
/// 255 seconds"); a reserved range (`02..FE` = "Reserved") leaves the value an enum.
fn has_range(field: &Field) -> bool {
    field.values.iter().any(|v| {
        let name = v.name.to_ascii_lowercase();
        let reserved = name.starts_with("reserved") || name == "rfu" || name == "invalid";
        v.byte.is_none() && v.value.contains("..") && !reserved
    })
}

/// A fixed-width value: `u16`/`u32` for 2 or 4 bytes whose values include a range or whose
/// label names a quantity (`Number of Events`), otherwise [`raw_type`].
fn sized_type(field: &Field, n: u32) -> TokenStream {
    let label = field.label.to_ascii_lowercase();
    let quantity = has_range(field)
        || (label.starts_with("number of") || label.starts_with("length of"))
        || label
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| QUANTITY_WORDS.contains(&w));
    match (n, quantity) {
        (2, true) => quote!(u16),
        (4, true) => quote!(u32),
        _ => raw_type(n),
    }
}

/// `u8` for one byte, else `[u8; n]`.
fn raw_type(n: u32) -> TokenStream {
    if n == 1 {
        quote!(u8)
    } else {
        let n = Literal::usize_unsuffixed(n as usize);
        quote!([u8; #n])
    }
}

fn hex_text(raw: u64, digits: usize) -> String {
    format!("{raw:0digits$X}")
}

fn tag_text(field: &Field) -> String {
    field
        .tag
        .map_or_else(|| "raw".to_string(), |t| t.to_string())
}

fn len_text(len: &Length) -> String {
    match len {
        Length::Fixed(1) => "1 byte".to_string(),
        Length::Fixed(n) => format!("{n} bytes"),
        Length::Var(_) => "variable length".to_string(),
        other => format!("length {other}"),
    }
}

/// `` `81` File ID (binary, 4 bytes, required; see manual Table 201). ``
fn field_doc(field: &Field) -> String {
    let mut parts = Vec::new();
    if let Some(t) = field.value_type() {
        parts.push(t.to_string());
    }
    parts.push(len_text(&field.len));
    parts.push(
        match &field.requirement {
            Some(Requirement::Required) => "required",
            _ => "optional",
        }
        .to_string(),
    );
    if let Some(d) = field
        .default
        .as_deref()
        .filter(|d| !d.is_empty() && *d != "N/A")
    {
        if d.len() <= 40 {
            parts.push(format!("default {d}"));
        }
    }
    let mut text = format!(
        "`{}` {} ({}",
        tag_text(field),
        field.label,
        parts.join(", ")
    );
    if !field.table_refs.is_empty() {
        let refs: Vec<String> = field.table_refs.iter().map(|t| t.to_string()).collect();
        text.push_str(&format!("; see manual Table {}", refs.join(", ")));
    }
    text.push_str(").");
    if !field.limits.is_empty() {
        text.push_str(&format!(" Limited to: {}.", field.limits.join(", ")));
    }
    text
}

/// Most enumerated values or bits listed in a field's doc.
const MAX_LISTED: usize = 16;

/// `\n\nValues: `00` Never; `01..FE` Interval.` and the bits, for fields without an enum.
fn values_doc(field: &Field) -> String {
    let mut text = String::new();
    if !field.values.is_empty() {
        let listed: Vec<String> = field
            .values
            .iter()
            .take(MAX_LISTED)
            .map(|v| match v.byte {
                Some(b) => format!("byte {b} `{}` {}", v.value, v.name),
                None => format!("`{}` {}", v.value, v.name),
            })
            .collect();
        text.push_str(&format!("\n\nValues: {}.", listed.join("; ")));
    }
    if !field.bits.is_empty() {
        let listed: Vec<String> = field
            .bits
            .iter()
            .take(MAX_LISTED)
            .map(|b| {
                let byte = b.byte.map_or(String::new(), |n| format!("byte {n} "));
                match b.last_bit {
                    Some(last) => format!("{byte}bits {}..={last} {}", b.bit, b.name),
                    None => format!("{byte}bit {} {}", b.bit, b.name),
                }
            })
            .collect();
        text.push_str(&format!("\n\nBits: {}.", listed.join("; ")));
    }
    text
}

/// Whether a value describes one byte of a longer field (such fields get no enum).
fn per_byte(value: &mms_spec::EnumValue) -> bool {
    value.byte.is_some()
}
