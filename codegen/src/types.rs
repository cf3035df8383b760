//! TLV tables to the Rust types of one generated module: derived structs for TLV
//! sequences, packed structs for raw values, and the open enums of their fields.

use mms_spec::Field;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::bit_set::{bit_set, bit_set_candidate, Width};
use crate::docs::{doc, field_doc, len_text, tag_text, values_doc};
use crate::names::{camel, ident, snake, Scope, RESERVED_TYPES};
use crate::open_enum::{enum_candidate, open_enum};
use crate::scalars::{forced_type, raw_type, sized_type, MAX_ARRAY};
use crate::tokens::hex_lit;
use crate::value_sets::{bit_names, BitNames, Shared};

/// Most parameters of a generated `new` (clippy's `too_many_arguments` limit).
const MAX_CONSTRUCTOR_ARGS: usize = 7;

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
    /// Value sets and bit sets with a type in `value_sets`.
    shared: Shared,
    /// Bit sets generated so far: (width, (mask, name) pairs, type name).
    bit_sets: Vec<(Width, BitNames, String)>,
    /// Whether nested types are named after their fields alone where that name is free (in a
    /// data type module, whose name already says what they belong to).
    short_names: bool,
    /// Layouts that fields may name (`layout = ".."`): ident, container type path, whether
    /// that type has `Default`.
    layouts: Vec<(String, TokenStream, bool)>,
}

/// The members of a struct being generated.
#[derive(Default)]
struct Members {
    /// Field declarations.
    decls: Vec<TokenStream>,
    /// (name, type) of the fields a constructor needs; the others start empty.
    required: Vec<(Ident, TokenStream)>,
    /// The optional fields (`None` in a constructor).
    optional: Vec<Ident>,
    /// Whether every required field's type implements `Default`.
    defaultable: bool,
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
            shared: Shared::default(),
            bit_sets: Vec::new(),
            short_names: false,
            layouts: Vec::new(),
        }
    }

    /// A childless container that names a layout (`layout = "vas_data_container_payload"`) takes
    /// that layout's container type, given here as (layout ident, type path, has `Default`).
    pub fn with_layouts(mut self, layouts: Vec<(String, TokenStream, bool)>) -> TypeGen {
        self.layouts = layouts;
        self
    }

    /// Fields with one of these value sets or bit sets take its type in `value_sets` (a sibling
    /// of the generated module's parent, imported by [`crate::with_imports`]).
    pub fn with_shared(mut self, shared: Shared) -> TypeGen {
        self.shared = shared;
        self
    }

    /// Nested types are named after their fields alone where that name is still free
    /// (`AidDelimiterContainer`, not `VisaPaywaveEntryPointTableAidDelimiterContainer`), and
    /// after the struct they are in and their field otherwise.
    pub fn with_short_names(mut self) -> TypeGen {
        self.short_names = true;
        self
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
        let members = self.members(name, fields);
        let name_ident = format_ident!("{}", name);
        let d = doc(doc_text);
        let derives = if members.defaultable {
            quote!(#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)])
        } else {
            quote!(#[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)])
        };
        let decls = &members.decls;
        self.items[slot] = quote! {
            #d
            #derives
            pub struct #name_ident {
                #(#decls)*
                /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
                #[tlv(unknown)]
                pub unknown: mms_codec::Unknown,
            }
        };
        // Without `Default`, a constructor saves spelling out the optional fields.
        if !members.defaultable && members.required.len() <= MAX_CONSTRUCTOR_ARGS {
            self.items[slot].extend(constructor(&name_ident, &members));
        }
        members.defaultable
    }

    /// The members of the struct `name` for the rows of a TLV sequence.
    fn members(&mut self, name: &str, fields: &[Field]) -> Members {
        let mut members = Members {
            defaultable: true,
            ..Members::default()
        };
        // Raw rows in a sequence can only be leading fixed-width values; any other layout
        // is not representable, so those rows are left to the catch-all.
        let mut leading = true;
        for (field, member) in fields.iter().zip(member_names(fields)) {
            let fident = ident(&member);
            if field.tag.is_some() {
                leading = false;
                let own = camel(&field.name, "Field");
                let parent = if self.short_names && self.names.is_free(&own) {
                    own
                } else {
                    format!("{name}{own}")
                };
                self.tagged_member(field, fident, &parent, &mut members);
                continue;
            }
            let Some(n) = field
                .len
                .fixed()
                .filter(|n| leading && (1..=MAX_ARRAY).contains(n))
            else {
                continue;
            };
            let ty = raw_type(n);
            let d = doc(&format!(
                "Raw bytes: {} ({}).",
                field.label,
                len_text(&field.len)
            ));
            members.required.push((fident.clone(), ty.clone()));
            members
                .decls
                .push(quote! { #d #[tlv(raw)] pub #fident: #ty, });
        }
        members
    }

    /// Adds the member for a tagged row, generating its type under `parent` as needed.
    fn tagged_member(&mut self, field: &Field, fident: Ident, parent: &str, members: &mut Members) {
        let Some(tag) = field.tag else { return };
        let ft = self.field_type(field, parent);
        let optional = !field.is_required();
        let inner = ft.ty;
        let ty = if field.repeated {
            // Any number of occurrences, in wire order.
            members.required.push((fident.clone(), quote!(Vec<#inner>)));
            quote!(Vec<#inner>)
        } else if optional {
            members.optional.push(fident.clone());
            quote!(Option<#inner>)
        } else {
            members.defaultable &= ft.default;
            members.required.push((fident.clone(), inner.clone()));
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
        members.decls.push(quote! { #d #attr pub #fident: #ty, });
    }

    /// The type of a tagged field, generating nested types under `parent` as needed.
    fn field_type(&mut self, field: &Field, parent: &str) -> FieldType {
        let constructed = field.is_constructed();
        let has_tags = field.fields.iter().any(|f| f.tag.is_some());
        let has_raw = field.fields.iter().any(|f| f.tag.is_none());
        if constructed {
            let by_name = field
                .layout
                .as_deref()
                .filter(|_| field.fields.is_empty())
                .and_then(|name| self.layouts.iter().find(|(l, ..)| l == name));
            if let Some((_, ty, default)) = by_name {
                return FieldType {
                    ty: ty.clone(),
                    default: *default,
                    nested: false,
                    enumerated: false,
                };
            }
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
        if let Some(rust_type) = field.rust_type {
            return FieldType {
                ty: forced_type(rust_type),
                default: true,
                // A TLV list in a primitive value is read as a nested sequence.
                nested: rust_type == mms_spec::RustType::Tlv,
                enumerated: false,
            };
        }
        if field.holds_tagged_rows() {
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
                ty: quote!(file_types::FileType),
                default: true,
                nested: false,
                enumerated: false,
            };
        }
        if !has_raw {
            if let Some(ty) = self.bit_set_for(field) {
                return FieldType {
                    ty,
                    default: true,
                    nested: false,
                    enumerated: false,
                };
            }
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
        // The same rule tells the dissector how short such a value may be.
        field.packed_min_len()?;
        let last = field.fields.len() - 1;
        let name = self.type_name(parent);
        let mut names = Scope::default();
        let mut default = true;
        let mut members = Vec::new();
        for (i, f) in field.fields.iter().enumerate() {
            let fname = names.unique(&snake(&f.name, "field"));
            let fident = ident(&fname);
            let ty = match f.len.fixed() {
                _ if f.rust_type.is_some() => f.rust_type.map(forced_type).unwrap_or_default(),
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

    /// A bit set for a value whose bits the spec names: one generated earlier in the module
    /// for the same bits and width, or a new one.
    fn bit_set_for(&mut self, field: &Field) -> Option<TokenStream> {
        let (width, masks) = bit_set_candidate(field)?;
        let key = bit_names(&masks);
        if let Some(set) = self
            .shared
            .bits
            .iter()
            .find(|s| s.width == width && s.bits == key)
        {
            let id = format_ident!("{}", set.name);
            return Some(quote!(value_sets::#id));
        }
        if let Some((_, _, name)) = self
            .bit_sets
            .iter()
            .find(|(w, k, _)| *w == width && *k == key)
        {
            let id = format_ident!("{}", name);
            return Some(quote!(#id));
        }
        // Bit sets are shared within the module, so the field's own name reads better than
        // its path.
        let name = self.type_name(&camel(&field.name, "Bits"));
        let d = format!(
            "Bits of {} (a bit set: bits the spec does not name are kept).",
            field.label
        );
        self.items.push(bit_set(&name, &d, width, &masks));
        self.bit_sets.push((width, key, name.clone()));
        let id = format_ident!("{}", name);
        Some(quote!(#id))
    }

    /// An open enum for a fixed-width value of 1, 2 or 4 bytes with enumerated values: a
    /// shared one from `value_sets`, one generated earlier in the module, or a new one.
    fn enum_for(&mut self, field: &Field, len: u32, name_base: &str) -> Option<FieldType> {
        let (n, values) = enum_candidate(field)?;
        if n != len {
            return None;
        }
        let enumerated = |ty| FieldType {
            ty,
            default: false,
            nested: false,
            enumerated: true,
        };
        if let Some(set) = self
            .shared
            .sets
            .iter()
            .find(|s| s.values == values && s.len == len)
        {
            let id = format_ident!("{}", set.name);
            return Some(enumerated(quote!(value_sets::#id)));
        }
        if let Some(existing) = self
            .enums
            .iter()
            .find(|e| e.values == values && e.len == len)
        {
            let id = format_ident!("{}", existing.name);
            return Some(enumerated(quote!(#id)));
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
        Some(enumerated(quote!(#id)))
    }
}

/// The member names of the struct for a TLV sequence's rows, in row order (`unknown` is the
/// catch-all's).
pub fn member_names(fields: &[Field]) -> Vec<String> {
    let mut names = Scope::with(&["unknown"]);
    fields
        .iter()
        .map(|f| names.unique(&snake(&f.name, "field")))
        .collect()
}

/// `impl Name { pub fn new(required...) }`: the optional fields start empty.
fn constructor(name: &Ident, members: &Members) -> TokenStream {
    let params = members.required.iter().map(|(n, t)| quote!(#n: #t));
    let names = members.required.iter().map(|(n, _)| n);
    let optional = &members.optional;
    quote! {
        impl #name {
            /// A value with these required fields, no optional ones, and no unknown items.
            pub fn new(#(#params),*) -> Self {
                #name {
                    #(#names,)*
                    #(#optional: None,)*
                    unknown: mms_codec::Unknown::new(),
                }
            }
        }
    }
}
