//! Value sets that several commands or notifications share (the hash types of the file
//! commands, say): one enum in the `value_sets` module instead of a copy in each.

use std::collections::BTreeSet;

use mms_spec::{Field, Spec};
use proc_macro2::TokenStream;

use crate::detail_parts::{generate_shared, labelled_codes, SharedPart};
use crate::names::{camel, Scope, RESERVED_TYPES};
use crate::open_enum::{enum_candidate, open_enum};

/// A value set with a type of its own in `value_sets`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedSet {
    /// Width in bytes.
    pub len: u32,
    /// (raw value, name), as [`crate::open_enum::enum_values`] lists them.
    pub values: Vec<(u64, String)>,
    /// The type name in `value_sets`.
    pub name: String,
    /// The label of the first field with these values (for the doc).
    label: String,
}

/// A value set found in the spec: (len, values, first field name, first label, modules
/// using it).
type Seen = (u32, Vec<(u64, String)>, String, String, BTreeSet<String>);

/// The value sets of fields in two or more command or notification modules, in spec order.
pub fn shared(spec: &Spec) -> Vec<SharedSet> {
    let mut seen: Vec<Seen> = Vec::new();
    let mut visit = |module: &str, fields: &[Field]| {
        walk(fields, &mut |field| {
            let Some((len, values)) = enum_candidate(field) else {
                return;
            };
            match seen.iter_mut().find(|s| s.0 == len && s.1 == values) {
                Some(s) => {
                    s.4.insert(module.to_string());
                }
                None => seen.push((
                    len,
                    values,
                    field.name.clone(),
                    field.label.clone(),
                    BTreeSet::from([module.to_string()]),
                )),
            }
        });
    };
    for cmd in &spec.commands {
        let module = format!("command {}", cmd.ident);
        for table in [&cmd.request, &cmd.response].into_iter().flatten() {
            visit(&module, &table.fields);
        }
    }
    for n in &spec.notifications {
        let module = format!("notification {}", n.ident);
        for table in &n.payloads {
            visit(&module, &table.fields);
        }
    }
    let mut names = Scope::with(RESERVED_TYPES);
    seen.into_iter()
        .filter(|s| s.4.len() > 1)
        .map(|(len, values, field_name, label, _)| SharedSet {
            name: names.unique(&camel(&field_name, "Values")),
            len,
            values,
            label,
        })
        .collect()
}

/// The detail code parts (source, reason, detail) that two or more notifications name alike,
/// generated once here (named apart from the value sets).
pub fn shared_parts(spec: &Spec) -> Vec<SharedPart> {
    let sets = shared(spec);
    let taken: Vec<&str> = sets.iter().map(|s| s.name.as_str()).collect();
    let mut names = Scope::with(&[RESERVED_TYPES, &taken].concat());
    let codes: Vec<Vec<(u32, String)>> = spec.notifications.iter().map(labelled_codes).collect();
    crate::detail_parts::shared(&codes, &mut names)
}

/// Calls `f` on every row of `fields`, nested rows included.
fn walk(fields: &[Field], f: &mut impl FnMut(&Field)) {
    for field in fields {
        f(field);
        walk(&field.fields, f);
    }
}

/// The body of the `value_sets` module.
pub fn generate(spec: &Spec) -> TokenStream {
    let parts = generate_shared(&shared_parts(spec));
    let sets: TokenStream = shared(spec)
        .iter()
        .map(|set| {
            let d = format!(
                "Values of {} and the fields that share its values (an open enum: other values are kept in `Other`).",
                set.label
            );
            open_enum(&set.name, &d, set.len, &set.values)
        })
        .collect();
    quote::quote! { #sets #parts }
}
