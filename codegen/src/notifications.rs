//! `notifications`: one module per notification with its detail codes and payload types.

use std::collections::BTreeMap;

use mms_spec::Spec;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::commands::availability;
use crate::detail_parts::{labelled_codes, SharedPart, PART_TYPES};
use crate::docs::doc;
use crate::names::{camel, ident, snake, Scope};
use crate::tokens::{hex_lit, match_or};
use crate::types::TypeGen;
use crate::value_sets::Shared;

/// What the message module needs to know about a generated notification.
pub struct NotificationInfo {
    /// Source byte and type byte.
    pub id: u16,
    /// The manual's name.
    pub name: String,
    /// Module name under `notifications`.
    pub module: String,
}

/// An open enum over `u32` codes that is not a wire value of its own (no derive).
///
/// `codes` are (raw code, text the variant is named after, label).
pub fn code_enum(
    name: &str,
    doc_text: &str,
    codes: &[(u32, String, String)],
    digits: usize,
) -> TokenStream {
    let id = format_ident!("{}", name);
    let mut variants = Scope::with(&["Other"]);
    let mut decls = Vec::new();
    let mut from = Vec::new();
    let mut to = Vec::new();
    let mut labels = Vec::new();
    for (raw, naming, label) in codes {
        let v = format_ident!("{}", variants.unique(&camel(naming, "V")));
        let lit = hex_lit(u64::from(*raw), digits);
        let d = doc(&format!("`{:0digits$X}`: {label}.", raw));
        decls.push(quote! { #d #v, });
        from.push(quote! { #lit => Self::#v, });
        to.push(quote! { Self::#v => #lit, });
        let text = Literal::string(label);
        labels.push(quote! { Self::#v => Some(#text), });
    }
    let d = doc(doc_text);
    let width = Literal::usize_unsuffixed(digits);
    // Without named codes the matches would have a single arm.
    let (from_body, to_body, label_body) = if codes.is_empty() {
        (
            quote!(Self::Other(mms_codec::Unrecognized::__new(raw))),
            quote!(let Self::Other(raw) = self; raw.get()),
            quote!(None),
        )
    } else {
        (
            quote!(match raw { #(#from)* other => Self::Other(mms_codec::Unrecognized::__new(other)), }),
            quote!(match self { #(#to)* Self::Other(raw) => raw.get(), }),
            quote!(match self { #(#labels)* Self::Other(_) => None, }),
        )
    };
    quote! {
        #d
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #id {
            #(#decls)*
            /// A code this spec does not name; keeps its raw value.
            Other(mms_codec::Unrecognized<u32>),
        }

        impl #id {
            /// The variant for a raw code (`Other` when the spec does not name it).
            pub fn from_raw(raw: u32) -> Self {
                #from_body
            }

            /// The raw code.
            pub fn to_raw(&self) -> u32 {
                #to_body
            }

            /// The manual's short meaning, if the spec names the code.
            pub fn label(&self) -> Option<&'static str> {
                #label_body
            }
        }

        impl From<u32> for #id {
            fn from(raw: u32) -> Self {
                Self::from_raw(raw)
            }
        }

        impl fmt::Display for #id {
            /// The short meaning, or the code in hex when the spec does not name it.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.label() {
                    Some(label) => f.write_str(label),
                    None => write!(f, "{:0width$X}", self.to_raw(), width = #width),
                }
            }
        }
    }
}

/// A type name from a payload table's title, without the "Notification Payload for" that
/// most titles start with (`None` when nothing else is left).
fn payload_name(title: &str) -> Option<String> {
    let rest = title
        .strip_prefix("Notification Payload for")
        .or_else(|| title.strip_prefix("Notification Payload"))
        .unwrap_or(title);
    let name = camel(rest, "T");
    (name != "T" && name != "Payload" && name != "DetailCode").then_some(name)
}

/// A match pattern for sorted codes: runs of consecutive codes become ranges.
fn code_pattern(codes: &[u32]) -> TokenStream {
    let mut sorted = codes.to_vec();
    sorted.sort_unstable();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j + 1 < sorted.len() && sorted[j + 1] == sorted[j] + 1 {
            j += 1;
        }
        let lo = hex_lit(u64::from(sorted[i]), 8);
        if j > i {
            let hi = hex_lit(u64::from(sorted[j]), 8);
            parts.push(quote!(#lo..=#hi));
        } else {
            parts.push(quote!(#lo));
        }
        i = j + 1;
    }
    quote!(#(#parts)|*)
}

/// The `notifications` module body and the list of generated notifications.
pub fn generate(spec: &Spec) -> (TokenStream, Vec<NotificationInfo>) {
    let mut modules = Scope::modules();
    let mut items = Vec::new();
    let mut infos = Vec::new();
    let shared = crate::value_sets::shared(spec);
    let shared_parts = crate::value_sets::shared_parts(spec);
    for n in &spec.notifications {
        let module = modules.unique(&snake(&n.ident, "notification"));
        items.push(notification_module(
            spec,
            &shared,
            &shared_parts,
            n,
            &module,
        ));
        infos.push(NotificationInfo {
            id: n.id.0,
            name: n.name.clone(),
            module,
        });
    }
    items.push(lookups(&infos));
    (quote!(#(#items)*), infos)
}

/// The module of one notification: its ID, `DetailCode`, payload structs and `Payload`.
fn notification_module(
    spec: &Spec,
    shared: &Shared,
    shared_parts: &[SharedPart],
    n: &mms_spec::Notification,
    module: &str,
) -> TokenStream {
    let mod_ident = ident(module);
    let id_text = format!("0x{:04X}", n.id.0);
    let id_lit = hex_lit(u64::from(n.id.0), 4);
    let name_lit = Literal::string(&n.name);
    let reserved = [&["Payload", "DetailCode", "ID"][..], &PART_TYPES[..]].concat();
    let mut gen =
        TypeGen::new(&reserved, crate::commands::file_type_table(spec)).with_shared(shared.clone());
    let (detail_enum, payload_of) = detail_codes(n, &id_text, shared_parts);

    // One struct per payload table, and the `Payload` enum that picks one by detail code.
    let mut variants = Vec::new();
    let mut variant_names = Scope::with(&["Other"]);
    for table in &n.payloads {
        let base = payload_name(&table.title).unwrap_or_else(|| format!("Table{}", table.table));
        let sname = gen.type_name(&base);
        let d = format!(
            "Payload of notification {id_text} {} (manual Table {}).",
            n.name, table.table
        );
        gen.contents_struct(&sname, &d, &table.fields);
        let v = variant_names.unique(&sname);
        variants.push((table.table, v, sname));
    }
    let payload = payload_enum(&variants, &payload_of);
    let notification_impls = variants.iter().map(|(_, _, s)| {
        let s = format_ident!("{}", s);
        quote! {
            impl mms_message::Notification for #s {
                const ID: u16 = #id_lit;
                const NAME: &'static str = #name_lit;
            }
        }
    });
    let type_items = gen.items;
    let mut module_doc = format!("Notification {id_text} - {}.", n.name);
    module_doc.push_str(&availability(&n.limits, n.internal));
    let d = doc(&module_doc);
    let id_doc = doc(&format!(
        "Notification ID {id_text} (source byte, type byte)."
    ));
    let body = crate::with_imports(quote! {
        #id_doc
        pub const ID: u16 = #id_lit;

        #detail_enum

        #(#type_items)*

        #(#notification_impls)*

        #payload
    });
    quote! {
        #d
        pub mod #mod_ident {
            #body
        }
    }
}

/// The `DetailCode` enum of a notification (codes of every detail table, the first label
/// winning for a repeated code), and the payload tables each code refers to.
fn detail_codes(
    n: &mms_spec::Notification,
    id_text: &str,
    shared_parts: &[SharedPart],
) -> (TokenStream, BTreeMap<u32, Vec<u32>>) {
    let labelled = labelled_codes(n);
    let codes: Vec<(u32, String, String)> = labelled
        .iter()
        .map(|(raw, label)| (*raw, label.clone(), label.clone()))
        .collect();
    let payload_of = payload_tables_of(n);
    let detail_tables: Vec<String> = n.detail_tables.iter().map(|t| t.number_text()).collect();
    let detail_doc = if detail_tables.is_empty() {
        format!("Detail codes of notification {id_text} (the spec lists none).")
    } else {
        format!(
            "Detail codes of notification {id_text} (manual Table {}): payment technology or category, reason, detail, extra.",
            detail_tables.join(", ")
        )
    };
    let detail_enum = code_enum("DetailCode", &detail_doc, &codes, 8);
    let parts = crate::detail_parts::generate(&labelled, shared_parts);
    let data_types = data_type_of(n);
    (quote! { #detail_enum #parts #data_types }, payload_of)
}

/// The payload tables of the notification each detail code refers to, in the order a decoder
/// tries them ([`mms_spec::Notification::payloads_by_code`]).
pub(crate) fn payload_tables_of(n: &mms_spec::Notification) -> BTreeMap<u32, Vec<u32>> {
    n.payloads_by_code()
        .into_iter()
        .map(|(code, tables)| {
            let numbers = tables.iter().map(|t| t.table).collect();
            (u32::from_be_bytes(code), numbers)
        })
        .collect()
}

/// `DetailCode::data_type` and `decode_data`, for notifications whose codes name the data type
/// of the data they carry (0x0101: ARQC, batch data, NFC UID ...).
fn data_type_of(n: &mms_spec::Notification) -> TokenStream {
    let mut by_layout: BTreeMap<&str, Vec<u32>> = BTreeMap::new();
    for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
        if let (Some(layout), Some(bytes)) = (&code.layout, code.bytes()) {
            let codes = by_layout.entry(layout.as_str()).or_default();
            let raw = u32::from_be_bytes(bytes);
            if !codes.contains(&raw) {
                codes.push(raw);
            }
        }
    }
    if by_layout.is_empty() {
        return TokenStream::new();
    }
    let arms = by_layout.iter().map(|(layout, codes)| {
        let pattern = code_pattern(codes);
        quote! { #pattern => Some(#layout), }
    });
    quote! {
        impl DetailCode {
            /// The data type layout (a name of `data_types::LAYOUTS`) of the data a notification
            /// with this code carries, when the spec names one.
            pub fn data_type(&self) -> Option<&'static str> {
                match self.to_raw() {
                    #(#arms)*
                    _ => None,
                }
            }

            /// Decodes `data` (the transaction data blob) as [`DetailCode::data_type`] says;
            /// `None` when the code names no data type.
            pub fn decode_data(
                &self,
                data: &[u8],
            ) -> Option<Result<data_types::DataType, mms_codec::DecodeError>> {
                data_types::DataType::decode(self.data_type()?, data)
            }
        }
    }
}

/// The `Payload` enum of a notification: one variant per payload table (table, variant,
/// struct), chosen by the detail code's tables (`payload_of`), else `Other`. A code with several
/// tables takes the first, in `payload_tables_of`'s order, whose layout the bytes fit (its
/// required items are there), and fails with the first table's error when none fits.
fn payload_enum(
    variants: &[(u32, String, String)],
    payload_of: &BTreeMap<u32, Vec<u32>>,
) -> TokenStream {
    let decls = variants.iter().map(|(t, v, s)| {
        let v = format_ident!("{}", v);
        let s = format_ident!("{}", s);
        let d = doc(&format!("The payload of manual Table {t}."));
        quote! { #d #v(#s), }
    });
    // The codes that share a list of tables, the lists in the order of their first table.
    let mut by_tables: Vec<(&Vec<u32>, Vec<u32>)> = Vec::new();
    for (raw, tables) in payload_of {
        match by_tables.iter_mut().find(|(t, _)| *t == tables) {
            Some((_, raws)) => raws.push(*raw),
            None => by_tables.push((tables, vec![*raw])),
        }
    }
    let position = |table: u32| variants.iter().position(|(t, _, _)| *t == table);
    by_tables.sort_by_key(|(tables, _)| tables.iter().map(|t| position(*t)).collect::<Vec<_>>());
    let decode_one = |table: u32| {
        let (_, v, s) = &variants[position(table).expect("a payload table of the notification")];
        let v = format_ident!("{}", v);
        let s = format_ident!("{}", s);
        quote! { <#s as mms_codec::Contents>::decode_contents(bytes, cx).map(Payload::#v) }
    };
    let decode_arms: Vec<TokenStream> = by_tables
        .iter()
        .map(|(tables, raws)| {
            let pattern = code_pattern(raws);
            let first = decode_one(tables[0]);
            let others = tables[1..].iter().map(|t| {
                let next = decode_one(*t);
                quote! { .or_else(|first| #next.map_err(|_| first)) }
            });
            quote! {
                Some(#pattern) => {
                    #first #(#others)*
                }
            }
        })
        .collect();
    let decode_body = if decode_arms.iter().all(TokenStream::is_empty) {
        quote! {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx).map(Payload::Other)
        }
    } else {
        quote! {
            match detail {
                #(#decode_arms)*
                _ => <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx).map(Payload::Other),
            }
        }
    };
    let encode_arms = variants.iter().map(|(_, v, _)| {
        let v = format_ident!("{}", v);
        quote! { Payload::#v(p) => mms_codec::Contents::encode_contents(p, out), }
    });
    let len_arms = variants.iter().map(|(_, v, _)| {
        let v = format_ident!("{}", v);
        quote! { Payload::#v(p) => mms_codec::Contents::contents_len(p), }
    });
    quote! {
        /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
        #[derive(Clone, Debug, PartialEq, Eq)]
        #[non_exhaustive]
        pub enum Payload {
            #(#decls)*
            /// A payload whose detail code refers to no payload table of the spec.
            Other(mms_message::TlvList),
        }

        impl Payload {
            /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
            pub fn decode(
                detail: Option<u32>,
                bytes: &[u8],
                cx: mms_codec::DecodeContext,
            ) -> Result<Self, mms_codec::DecodeError> {
                #decode_body
            }

            /// Bytes the encoded TLVs take.
            pub fn contents_len(&self) -> usize {
                match self {
                    #(#len_arms)*
                    Payload::Other(p) => mms_codec::Contents::contents_len(p),
                }
            }

            /// Writes the TLVs (without the 2-byte ID).
            pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
                match self {
                    #(#encode_arms)*
                    Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
                }
            }
        }
    }
}

/// `NOTIFICATIONS`, `name` and `detail_label`.
fn lookups(infos: &[NotificationInfo]) -> TokenStream {
    let entries = infos.iter().map(|n| {
        let id = hex_lit(u64::from(n.id), 4);
        let name = Literal::string(&n.name);
        quote!((#id, #name),)
    });
    let label_arms: Vec<TokenStream> = infos
        .iter()
        .map(|n| {
            let id = hex_lit(u64::from(n.id), 4);
            let m = ident(&n.module);
            quote! { #id => #m::DetailCode::from_raw(code).label(), }
        })
        .collect();
    let label_body = if label_arms.is_empty() {
        quote!({
            let _ = (id, code);
            None
        })
    } else {
        match_or(quote!(id), label_arms, quote!(None))
    };
    quote! {
        /// Every notification of the spec: (ID, name), sorted by ID.
        pub static NOTIFICATIONS: &[(u16, &str)] = &[#(#entries)*];

        /// The name of a notification, if the spec has it.
        pub fn name(id: u16) -> Option<&'static str> {
            NOTIFICATIONS
                .binary_search_by_key(&id, |&(known, _)| known)
                .ok()
                .map(|i| NOTIFICATIONS[i].1)
        }

        /// The short meaning of a notification's detail code, if the spec names it.
        pub fn detail_label(id: u16, code: u32) -> Option<&'static str> {
            #label_body
        }
    }
}

#[cfg(test)]
mod tests {
    use super::payload_tables_of;

    /// Every payload table of the spec's notifications is one a detail code leads the decoder
    /// to, or one that is not a top-level payload for a known reason: a generated variant no
    /// data can reach is a link the spec (or an override of the manual's reference) is missing.
    #[test]
    fn every_payload_table_is_reached_by_a_detail_code() {
        let not_reached = [
            // No detail code: the section lists a payment technology group without codes.
            (0x0103, 315),
            // Its detail codes are placeholders ("xxx", no bytes).
            (0x0104, 320),
            // The plaintext of the DFDF59 inside Table 327, not a payload of its own.
            (0x0205, 328),
        ];
        let spec = mms_spec::Spec::builtin();
        let mut missing = Vec::new();
        for n in &spec.notifications {
            let reached: Vec<u32> = payload_tables_of(n).into_values().flatten().collect();
            for p in &n.payloads {
                let expected = !not_reached.contains(&(n.id.0, p.table));
                if reached.contains(&p.table) != expected {
                    missing.push(format!("{} table {}", n.id, p.table));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "payload tables reached other than expected: {missing:?}"
        );
    }

    /// A code naming several tables tries the one with more required items first.
    #[test]
    fn alternatives_try_the_wider_table_first() {
        let spec = mms_spec::Spec::builtin();
        let tables = |id: u16, code: u32| {
            let n = spec.notifications.iter().find(|n| n.id.0 == id).unwrap();
            payload_tables_of(n)[&code].clone()
        };
        assert_eq!(tables(0x0205, 0x0102_0101), [327, 326]);
        assert_eq!(tables(0x1805, 0x0403_0100), [352, 353]);
        assert_eq!(tables(0x0101, 0x3008_0002), [310, 309, 311]);
        assert_eq!(tables(0x1001, 0x0000_0000), [335]);
    }
}
