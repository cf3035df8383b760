//! The parts of a notification's detail code (source, reason, detail) as typed enums, so
//! that "any approved outcome" is one match on `code.detail()` instead of a list of codes.
//!
//! The spec labels a code with its parts, comma-separated (`MSR, Outcome, Approved,
//! Reserved`). A part's meaning depends on the bytes before it (reason `02` is "Online PIN
//! Event" for one source and "Outcome" for another), so each part is looked up by its
//! prefix of the code; prefixes with the same name share one variant.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

use crate::docs::doc;
use crate::names::{camel, Scope};
use crate::tokens::{hex_lit, match_or};

/// The parts with a type of their own: (enum, accessor, what the part is).
const PARTS: [(&str, &str, &str); 3] = [
    (
        "Source",
        "source",
        "the payment technology or category the code is about (first byte)",
    ),
    (
        "Reason",
        "reason",
        "why the notification was sent (second byte, read with the first)",
    ),
    (
        "Detail",
        "detail",
        "what happened (third byte, read with the first two)",
    ),
];

/// Type names the parts take in a notification module.
pub const PART_TYPES: [&str; 3] = [PARTS[0].0, PARTS[1].0, PARTS[2].0];

/// One part enum: its variants (in first-seen order) and the code prefixes naming each.
struct Part {
    variants: Vec<(Ident, String)>,
    prefixes: Vec<(u32, usize)>,
}

/// A part enum that two or more notifications have alike, generated once in `value_sets`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedPart {
    /// Which part (0 source, 1 reason, 2 detail).
    index: usize,
    /// (variant, label) in order.
    variants: Vec<(String, String)>,
    /// The type name in `value_sets`.
    name: String,
}

/// A notification's codes with their labels (raw code, label), in spec order, the first label
/// winning for a repeated code.
pub fn labelled_codes(n: &mms_spec::Notification) -> Vec<(u32, String)> {
    let mut codes: Vec<(u32, String)> = Vec::new();
    for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
        let Some(bytes) = code.bytes() else { continue };
        let raw = u32::from_be_bytes(bytes);
        if !codes.iter().any(|(r, _)| *r == raw) {
            codes.push((raw, code.label.clone()));
        }
    }
    codes
}

/// A part's (variant, label) list.
type PartKey = Vec<(String, String)>;

/// The (variant, label) list of a part, its identity when comparing notifications.
fn key(part: &Part) -> PartKey {
    part.variants
        .iter()
        .map(|(v, text)| (v.to_string(), text.clone()))
        .collect()
}

/// The part enums that two or more notifications' codes give alike (`codes` per notification:
/// raw code and label), named `DetailCodeSource`, `DetailCodeReason`, `DetailCodeDetail`
/// (numbered when several differ); `names` holds the other type names of `value_sets`.
pub fn shared(notifications: &[Vec<(u32, String)>], names: &mut Scope) -> Vec<SharedPart> {
    // (part index, variants, notifications with them)
    let mut seen: Vec<(usize, PartKey, usize)> = Vec::new();
    for codes in notifications {
        for index in 0..PARTS.len() {
            let k = key(&collect(codes, index));
            match seen.iter_mut().find(|(i, v, _)| *i == index && *v == k) {
                Some(s) => s.2 += 1,
                None => seen.push((index, k, 1)),
            }
        }
    }
    seen.into_iter()
        .filter(|(_, _, count)| *count > 1)
        .map(|(index, variants, _)| SharedPart {
            index,
            name: names.unique(&format!("DetailCode{}", PARTS[index].0)),
            variants,
        })
        .collect()
}

/// The shared part enums, for the `value_sets` module.
pub fn generate_shared(shared: &[SharedPart]) -> TokenStream {
    shared
        .iter()
        .map(|s| {
            let part = Part {
                variants: s
                    .variants
                    .iter()
                    .map(|(v, text)| (format_ident!("{v}"), text.clone()))
                    .collect(),
                prefixes: Vec::new(),
            };
            let id = format_ident!("{}", s.name);
            let what = format!(
                "{} (the notifications whose codes name this part alike share this type)",
                PARTS[s.index].2
            );
            part_enum(&id, &what, &part)
        })
        .collect()
}

/// `Source`, `Reason` and `Detail` enums (or re-exports of the `shared` ones in
/// `value_sets`) and the `impl DetailCode` that returns them, for `codes` (raw code, label).
pub fn generate(codes: &[(u32, String)], shared: &[SharedPart]) -> TokenStream {
    let mut items = Vec::new();
    let mut accessors = Vec::new();
    for (index, (name, accessor, what)) in PARTS.iter().enumerate() {
        let part = collect(codes, index);
        let id = format_ident!("{name}");
        let k = key(&part);
        match shared.iter().find(|s| s.index == index && s.variants == k) {
            Some(s) => {
                let shared_id = format_ident!("{}", s.name);
                items.push(quote! { pub use value_sets::#shared_id as #id; });
            }
            None => items.push(part_enum(&id, what, &part)),
        }
        let shift = Literal::u32_unsuffixed(8 * (3 - index as u32));
        let arms: Vec<TokenStream> = part
            .prefixes
            .iter()
            .map(|(prefix, v)| {
                let lit = hex_lit(u64::from(*prefix), 2 * (index + 1));
                let variant = &part.variants[*v].0;
                quote!(#lit => #id::#variant,)
            })
            .collect();
        let other = quote!(#id::Other((self.to_raw() >> #shift) as u8));
        // A notification without labelled codes names no part: no single-arm match.
        let body = if arms.is_empty() {
            other
        } else {
            quote!(match self.to_raw() >> #shift { #(#arms)* _ => #other, })
        };
        let accessor = format_ident!("{accessor}");
        let d = doc(&format!("The part of the code that says {what}."));
        accessors.push(quote! {
            #d
            pub fn #accessor(&self) -> #id {
                #body
            }
        });
    }
    quote! {
        #(#items)*

        impl DetailCode {
            #(#accessors)*

            /// The fourth byte: extra information.
            pub fn extra(&self) -> u8 {
                self.to_raw() as u8
            }
        }
    }
}

/// The names of part `index` of every code whose label has all four parts, first name kept
/// for a prefix.
fn collect(codes: &[(u32, String)], index: usize) -> Part {
    let mut part = Part {
        variants: Vec::new(),
        prefixes: Vec::new(),
    };
    let mut names = Scope::with(&["Other"]);
    for (raw, label) in codes {
        let words: Vec<&str> = label.split(", ").collect();
        if words.len() != 4 {
            continue;
        }
        let prefix = raw >> (8 * (3 - index));
        if part.prefixes.iter().any(|(p, _)| *p == prefix) {
            continue;
        }
        let text = words[index].trim();
        let v = match part.variants.iter().position(|(_, t)| t == text) {
            Some(v) => v,
            None => {
                let id = format_ident!("{}", names.unique(&camel(text, "V")));
                part.variants.push((id, text.to_string()));
                part.variants.len() - 1
            }
        };
        part.prefixes.push((prefix, v));
    }
    part
}

/// `pub enum Name { Variant, ..., Other(u8) }` with `label()`.
fn part_enum(id: &Ident, what: &str, part: &Part) -> TokenStream {
    let decls = part.variants.iter().map(|(v, text)| {
        let d = doc(&format!("{text}."));
        quote!(#d #v,)
    });
    let labels: Vec<TokenStream> = part
        .variants
        .iter()
        .map(|(v, text)| {
            let text = Literal::string(text);
            quote!(Self::#v => Some(#text),)
        })
        .collect();
    let label_body = match_or(quote!(self), labels, quote!(None));
    let d = doc(&format!(
        "Of a detail code: {what}. Codes whose parts the spec names alike share a variant."
    ));
    quote! {
        #d
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #id {
            #(#decls)*
            /// A byte the spec does not name in this position.
            Other(u8),
        }

        impl #id {
            /// The manual's name of the part, if the spec names it.
            pub fn label(&self) -> Option<&'static str> {
                #label_body
            }
        }
    }
}
