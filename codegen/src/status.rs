//! `status`: operation status summary and detail codes, and the `Status` of a response.

use mms_spec::Spec;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::notifications::code_enum;
use crate::open_enum::open_enum;
use crate::tokens::{hex_lit, match_or};

/// The `status` module body.
pub fn generate(spec: &Spec) -> TokenStream {
    let table = spec.status.table;
    let mut summary: Vec<(u64, String)> = Vec::new();
    for v in &spec.status.summary {
        if let Some([b]) = v.bytes().as_deref() {
            if !summary.iter().any(|(r, _)| *r == u64::from(*b)) {
                summary.push((u64::from(*b), v.name.clone()));
            }
        }
    }
    let summary_enum = open_enum(
        "StatusSummary",
        &format!("Operation status summary, the first status byte (manual Table {table})."),
        1,
        &summary,
    );
    let mut codes: Vec<(u32, String, String)> = Vec::new();
    let mut origins: Vec<(u32, String)> = Vec::new();
    for c in &spec.status.codes {
        let Some([g, s, c_]) = c.bytes() else {
            continue;
        };
        let raw = u32::from_be_bytes([0, g, s, c_]);
        if codes.iter().any(|(r, _, _)| *r == raw) {
            continue;
        }
        // Variant names need the origin: many groups have a "Generic Failure".
        codes.push((raw, format!("{} {}", c.origin, c.label), c.label.clone()));
        origins.push((raw, c.origin.clone()));
    }
    let detail_enum = code_enum(
        "StatusDetail",
        &format!(
            "Operation status detail code: group, subgroup and code bytes (manual Table {table})."
        ),
        &codes,
        6,
    );
    let origin_arms: Vec<TokenStream> = origins
        .iter()
        .map(|(raw, origin)| {
            let lit = hex_lit(u64::from(*raw), 6);
            let text = Literal::string(origin);
            quote! { #lit => Some(#text), }
        })
        .collect();
    let group_arms: Vec<TokenStream> = spec
        .status
        .groups
        .iter()
        .filter_map(|g| {
            let b = u8::from_str_radix(&g.group, 16).ok()?;
            let lit = hex_lit(u64::from(b), 2);
            let text = Literal::string(&g.name);
            Some(quote! { #lit => Some(#text), })
        })
        .collect();
    let subgroup_arms: Vec<TokenStream> = spec
        .status
        .groups
        .iter()
        .flat_map(|g| {
            let group = u8::from_str_radix(&g.group, 16).ok();
            g.subgroups.iter().filter_map(move |s| {
                let group = hex_lit(u64::from(group?), 2);
                let [sub] = s.bytes()?.try_into().ok()?;
                let sub = hex_lit(u64::from(sub), 2);
                let text = Literal::string(&s.name);
                Some(quote! { (#group, #sub) => Some(#text), })
            })
        })
        .collect();
    let none = quote!(None);
    let origin_body = match_or(quote!(self.to_raw()), origin_arms, none.clone());
    let group_body = match_or(quote!(group), group_arms, none.clone());
    let subgroup_body = match_or(quote!((group, subgroup)), subgroup_arms, none);
    let status = status_struct();
    quote! {
        #summary_enum

        impl StatusSummary {
            /// Whether the operation succeeded or is running (values below `0x80`).
            pub fn is_ok(&self) -> bool {
                self.to_raw() < 0x80
            }
        }

        #detail_enum

        impl StatusDetail {
            /// The group byte.
            pub fn group(&self) -> u8 {
                (self.to_raw() >> 16) as u8
            }

            /// The subgroup byte.
            pub fn subgroup(&self) -> u8 {
                (self.to_raw() >> 8) as u8
            }

            /// The code byte.
            pub fn code(&self) -> u8 {
                self.to_raw() as u8
            }

            /// Where the code comes from (the manual's Source column), if the spec names it.
            pub fn origin(&self) -> Option<&'static str> {
                #origin_body
            }
        }

        /// The name of a status detail group.
        pub fn group_name(group: u8) -> Option<&'static str> {
            #group_body
        }

        /// The name of a status detail subgroup.
        pub fn subgroup_name(group: u8, subgroup: u8) -> Option<&'static str> {
            #subgroup_body
        }

        #status
    }
}

/// The `Status` of a response: the summary and the detail code, read from and written to
/// the four status bytes, and printed with the names of the spec.
fn status_struct() -> TokenStream {
    quote! {
        /// The four status bytes of a response (tag `82`): summary, then the detail code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct Status {
            /// Whether and how the operation succeeded.
            pub summary: StatusSummary,
            /// Group, subgroup and code of the detail.
            pub detail: StatusDetail,
        }

        impl Status {
            /// Reads the four status bytes.
            pub fn from_bytes(bytes: [u8; 4]) -> Self {
                Status {
                    summary: StatusSummary::from_raw(bytes[0]),
                    detail: StatusDetail::from_raw(u32::from_be_bytes([0, bytes[1], bytes[2], bytes[3]])),
                }
            }

            /// Reads a status value, which must be exactly four bytes.
            pub fn from_slice(bytes: &[u8]) -> Option<Self> {
                let bytes: [u8; 4] = bytes.try_into().ok()?;
                Some(Status::from_bytes(bytes))
            }

            /// The four status bytes.
            pub fn to_bytes(&self) -> [u8; 4] {
                let [_, group, subgroup, code] = self.detail.to_raw().to_be_bytes();
                [self.summary.to_raw(), group, subgroup, code]
            }

            /// Whether the operation succeeded or is running.
            pub fn is_ok(&self) -> bool {
                self.summary.is_ok()
            }
        }

        impl From<[u8; 4]> for Status {
            fn from(bytes: [u8; 4]) -> Self {
                Status::from_bytes(bytes)
            }
        }

        impl fmt::Display for Status {
            /// `summary: group / subgroup / meaning`, e.g.
            /// `Failed to start operation: Request Handler / Data issues / Bad message parameter`;
            /// just the summary for an all-zero detail; unknown parts in hex.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.summary, f)?;
                if self.detail.to_raw() == 0 {
                    return Ok(());
                }
                let (group, subgroup) = (self.detail.group(), self.detail.subgroup());
                match group_name(group) {
                    Some(name) => write!(f, ": {name}")?,
                    None => write!(f, ": group 0x{group:02X}")?,
                }
                match subgroup_name(group, subgroup) {
                    Some(name) => write!(f, " / {name}")?,
                    None => write!(f, " / subgroup 0x{subgroup:02X}")?,
                }
                match self.detail.label() {
                    Some(meaning) => write!(f, " / {meaning}"),
                    None => write!(f, " / code 0x{:02X}", self.detail.code()),
                }
            }
        }
    }
}
