//! The Data Types chapter to Rust: one module per layout (`data_types::emv_arqc_dynapro_format`)
//! with its TLV types from the shared type builder, plus, for a layout framed by a length prefix
//! or followed by raw bytes (padding, MAC), a wrapper that reads and writes that framing.

use mms_spec::{Field, Layout, Spec};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::docs::doc;
use crate::names::{camel, ident};
use crate::tokens::hex_lit;
use crate::types::TypeGen;
use crate::value_sets::Shared;

/// The body of the `data_types` module.
pub fn generate(spec: &Spec) -> TokenStream {
    let file_types = (spec.file_types.table != 0).then_some(spec.file_types.table);
    let refs = layout_refs(spec);
    let shared = crate::value_sets::shared(spec);
    let modules = spec
        .layouts()
        .map(|l| layout_module(l, file_types, refs.clone(), &shared));
    let any = any_enum(spec);
    quote! { #any #(#modules)* }
}

/// `DataType`: any layout, chosen by its name (a detail code's `layout`, a field's `decrypts_to`).
fn any_enum(spec: &Spec) -> TokenStream {
    let mut variants = Vec::new();
    let mut decode_arms = Vec::new();
    let mut bytes_arms = Vec::new();
    let mut name_arms = Vec::new();
    let mut names = Vec::new();
    for layout in spec.layouts() {
        let module = ident(&layout.ident);
        let ty = format_ident!("{}", camel(&layout.ident, "Layout"));
        let name = &layout.ident;
        let framed = {
            let f = framing(layout);
            f.prefix.is_some() || f.trailer
        };
        let d = doc(&format!("{} (`{name}`).", layout.title));
        variants.push(quote! { #d #ty(Box<#module::#ty>), });
        decode_arms.push(if framed {
            quote! { #name => #module::#ty::decode_with(bytes, cx).map(|v| DataType::#ty(Box::new(v))), }
        } else {
            quote! { #name => <#module::#ty as mms_codec::Contents>::decode_contents(bytes, cx).map(|v| DataType::#ty(Box::new(v))), }
        });
        bytes_arms.push(if framed {
            quote! { DataType::#ty(v) => v.to_bytes(), }
        } else {
            quote! { DataType::#ty(v) => Some(mms_codec::Contents::to_bytes(v.as_ref())), }
        });
        name_arms.push(quote! { DataType::#ty(_) => #name, });
        names.push(name.clone());
    }
    if names.is_empty() {
        // A spec without data types (a downstream spec directory): no enum to pick one.
        return quote! {
            /// The names of every layout, in spec order (this spec has none).
            pub const LAYOUTS: &[&str] = &[];
        };
    }
    quote! {
        /// The names of every layout, in spec order.
        pub const LAYOUTS: &[&str] = &[#(#names),*];

        /// A value of any data type layout (boxed: the layouts differ much in size).
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum DataType {
            #(#variants)*
        }

        impl DataType {
            /// Decodes `bytes` as the layout named `layout` (see [`LAYOUTS`]); `None` for a name
            /// the spec does not have.
            pub fn decode(layout: &str, bytes: &[u8]) -> Option<Result<DataType, mms_codec::DecodeError>> {
                let cx = mms_codec::DecodeContext::default();
                Some(match layout {
                    #(#decode_arms)*
                    _ => return None,
                })
            }

            /// The bytes, as [`DataType::decode`] reads them (`None` when a length prefix cannot
            /// count the contents).
            pub fn to_bytes(&self) -> Option<Vec<u8>> {
                match self {
                    #(#bytes_arms)*
                }
            }

            /// The layout's name.
            pub fn layout(&self) -> &'static str {
                match self {
                    #(#name_arms)*
                }
            }
        }
    }
}

/// How a layout's top-level rows frame its TLVs.
struct Framing<'a> {
    /// Width of the big-endian length prefix counting the TLVs, if any.
    prefix: Option<u32>,
    /// The tagged rows.
    tagged: Vec<&'a Field>,
    /// Raw rows after the TLVs (padding, MAC).
    trailer: bool,
}

fn framing(layout: &Layout) -> Framing<'_> {
    let mut prefix = None;
    let mut tagged = Vec::new();
    let mut trailer = false;
    for f in &layout.fields {
        if f.length_prefix && tagged.is_empty() {
            prefix = f.len.fixed();
        } else if f.tag.is_some() {
            tagged.push(f);
        } else if !tagged.is_empty() {
            trailer = true;
        }
    }
    Framing {
        prefix,
        tagged,
        trailer,
    }
}

/// The container types of layouts that other rows name (`/FE` is the VAS Data Container, Table
/// 25): a layout whose only row is one container, generated in its own module as
/// `<Container>` (or kept as a TLV list when the container names no rows).
fn layout_refs(spec: &Spec) -> Vec<(String, TokenStream, bool)> {
    fn named<'a>(fields: &'a [Field], out: &mut Vec<&'a str>) {
        for f in fields {
            out.extend(f.layout.as_deref());
            named(&f.fields, out);
        }
    }
    let mut names = Vec::new();
    for layout in spec.layouts() {
        named(&layout.fields, &mut names);
    }
    spec.layouts()
        .filter(|l| names.contains(&l.ident.as_str()))
        .filter_map(|l| {
            let [container] = l.fields.as_slice() else {
                return None;
            };
            if !container.is_constructed() {
                return None;
            }
            let tagged: Vec<&Field> = container
                .fields
                .iter()
                .filter(|f| f.tag.is_some())
                .collect();
            if tagged.is_empty() {
                return Some((l.ident.clone(), quote!(mms_message::TlvList), true));
            }
            let module = ident(&l.ident);
            // The top struct's only row: named after the row alone (see `with_short_names`),
            // unless that is the layout's own name.
            let layout_name = camel(&l.ident, "Layout");
            let row = camel(&container.name, "Field");
            let ty = if row == layout_name {
                format_ident!("{layout_name}{row}")
            } else {
                format_ident!("{row}")
            };
            let default = tagged.iter().all(|f| !f.is_required());
            Some((l.ident.clone(), quote!(super::#module::#ty), default))
        })
        .collect()
}

fn layout_module(
    layout: &Layout,
    file_types: Option<u32>,
    refs: Vec<(String, TokenStream, bool)>,
    shared: &Shared,
) -> TokenStream {
    let module = ident(&layout.ident);
    let name = camel(&layout.ident, "Layout");
    let table = match &layout.numbered {
        Some(n) => n.clone(),
        None => layout.table.to_string(),
    };
    let module_doc = doc(&format!("{} (manual Table {table}).", layout.title));
    let frame = framing(layout);
    let framed = frame.prefix.is_some() || frame.trailer;
    let root = if framed {
        format!("{name}Tlvs")
    } else {
        name.clone()
    };
    let mut gen = TypeGen::new(&[&name, &root], file_types)
        .with_layouts(refs)
        .with_shared(shared.clone())
        .with_short_names();
    if !framed {
        let d = format!("{}: a TLV sequence (manual Table {table}).", layout.title);
        gen.contents_struct(&name, &d, &layout.fields);
        let items = &gen.items;
        let body = crate::with_imports(quote! { #(#items)* });
        return quote! {
            #module_doc
            pub mod #module {
                #body
            }
        };
    }
    let tlvs_name = root;
    let tagged: Vec<Field> = frame.tagged.iter().map(|f| (*f).clone()).collect();
    let tlvs_doc = format!("The TLVs of {} (manual Table {table}).", layout.title);
    let default = gen.contents_struct(&tlvs_name, &tlvs_doc, &tagged);
    let wrapper = wrapper(&name, &tlvs_name, &frame, layout, &table, default);
    let items = &gen.items;
    let body = crate::with_imports(quote! { #wrapper #(#items)* });
    quote! {
        #module_doc
        pub mod #module {
            #body
        }
    }
}

/// The framed type: the TLVs plus the bytes around them, read and written byte for byte.
fn wrapper(
    name: &str,
    tlvs_name: &str,
    frame: &Framing<'_>,
    layout: &Layout,
    table: &str,
    default: bool,
) -> TokenStream {
    let id = format_ident!("{}", name);
    let tlvs = format_ident!("{}", tlvs_name);
    let d = doc(&format!(
        "{} (manual Table {table}): {}the TLVs, then the bytes after them (padding, MAC) as read.",
        layout.title,
        match frame.prefix {
            Some(n) => format!("a {n}-byte big-endian length of "),
            None => String::new(),
        }
    ));
    let derives = if default {
        quote!(#[derive(Clone, Debug, Default, PartialEq, Eq)])
    } else {
        quote!(#[derive(Clone, Debug, PartialEq, Eq)])
    };
    let (read, write) = match frame.prefix {
        Some(n) => {
            let width = proc_macro2::Literal::usize_unsuffixed(n as usize);
            let read = quote! {
                let Some((prefix, rest)) = bytes.split_at_checked(#width) else {
                    return Err(mms_codec::DecodeError::new(
                        mms_codec::ErrorKind::Truncated { needed: #width, available: bytes.len() },
                        cx.offset,
                    ));
                };
                let len = prefix.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
                if len > rest.len() {
                    return Err(mms_codec::DecodeError::new(
                        mms_codec::ErrorKind::ValueTruncated { declared: len, available: rest.len() },
                        cx.offset + #width,
                    ));
                }
                let (counted, trailer) = rest.split_at(len);
                let tlvs = <#tlvs as mms_codec::Contents>::decode_contents(counted, cx.at(cx.offset + #width))?;
            };
            let max = if n >= 4 {
                quote!(u32::MAX as usize)
            } else {
                let bits = proc_macro2::Literal::u32_unsuffixed(n * 8);
                quote!((1usize << #bits) - 1)
            };
            let write = quote! {
                let tlvs = mms_codec::Contents::to_bytes(&self.tlvs);
                if tlvs.len() > #max {
                    return None;
                }
                let mut out = Vec::with_capacity(#width + tlvs.len() + self.trailer.len());
                let len = tlvs.len().to_be_bytes();
                out.extend_from_slice(&len[len.len() - #width..]);
                out.extend_from_slice(&tlvs);
                out.extend_from_slice(&self.trailer);
                Some(out)
            };
            (read, write)
        }
        None => {
            let tags = frame.tagged.iter().filter_map(|f| f.tag).map(|t| {
                let lit = hex_lit(u64::from(t.value()), t.as_bytes().len() * 2);
                quote!(mms_codec::Tag::from_u32(#lit))
            });
            let read = quote! {
                // The TLVs run while the tags are the layout's; what follows is padding.
                const TAGS: &[mms_codec::Tag] = &[#(#tags),*];
                let mut end = 0;
                while end < bytes.len() {
                    match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                        Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                        _ => break,
                    }
                }
                let (counted, trailer) = bytes.split_at(end);
                let tlvs = <#tlvs as mms_codec::Contents>::decode_contents(counted, cx)?;
            };
            let write = quote! {
                let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
                out.extend_from_slice(&self.trailer);
                Some(out)
            };
            (read, write)
        }
    };
    let none_doc = match frame.prefix {
        Some(n) => format!("`None` when the TLVs are longer than a {n}-byte length can count."),
        None => "Never `None` (the layout has no length prefix).".to_string(),
    };
    let to_bytes_doc = doc(&format!("The bytes, as `decode` reads them. {none_doc}"));
    quote! {
        #d
        #derives
        pub struct #id {
            /// The TLVs.
            pub tlvs: #tlvs,
            /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
            pub trailer: Vec<u8>,
        }

        impl #id {
            /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
            pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
                Self::decode_with(bytes, mms_codec::DecodeContext::default())
            }

            /// [`Self::decode`] with the caller's limits and offset.
            pub fn decode_with(
                bytes: &[u8],
                cx: mms_codec::DecodeContext,
            ) -> Result<Self, mms_codec::DecodeError> {
                #read
                Ok(Self { tlvs, trailer: trailer.to_vec() })
            }

            #to_bytes_doc
            pub fn to_bytes(&self) -> Option<Vec<u8>> {
                #write
            }
        }
    }
}
