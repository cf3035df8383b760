//! Value sets that several commands, notifications or data types share (the hash types of the
//! file commands, the Bitmap Entry Point of the EMV Entry Point tables, say): one enum or bit
//! set in the `value_sets` module instead of a copy in each.

use std::collections::BTreeSet;

use mms_spec::bits::BitMask;
use mms_spec::{Field, Spec};
use proc_macro2::TokenStream;

use crate::bit_set::{bit_set, bit_set_candidate, Width};
use crate::detail_parts::{generate_shared, labelled_codes, SharedPart};
use crate::names::{camel, Scope, RESERVED_TYPES};
use crate::open_enum::{enum_candidate, open_enum};

/// The (mask, name) pairs of a bit set's named bits: what makes two bit sets the same.
pub type BitNames = Vec<(u128, String)>;

/// The identity of a bit set with these masks.
pub fn bit_names(masks: &[BitMask]) -> BitNames {
    masks.iter().map(|m| (m.mask, m.name.to_string())).collect()
}

/// The value sets and bit sets with a type in `value_sets`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    /// Enumerated value sets, in spec order.
    pub sets: Vec<SharedSet>,
    /// Bit sets, in spec order.
    pub bits: Vec<SharedBits>,
}

/// A bit set with a type of its own in `value_sets`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedBits {
    /// Widths in bytes.
    pub width: Width,
    /// The named bits.
    pub bits: BitNames,
    /// The type name in `value_sets`.
    pub name: String,
    /// The label of the first field with these bits (for the doc).
    label: String,
}

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

/// A value set or bit set found in the spec: (width, key, first field name, first label,
/// modules using it).
type Seen<W, K> = (W, K, String, String, BTreeSet<String>);

/// Notes `key` of `field` as used by `module`.
fn note<W: PartialEq, K: PartialEq>(
    seen: &mut Vec<Seen<W, K>>,
    module: &str,
    field: &Field,
    len: W,
    key: K,
) {
    match seen.iter_mut().find(|s| s.0 == len && s.1 == key) {
        Some(s) => {
            s.4.insert(module.to_string());
        }
        None => seen.push((
            len,
            key,
            field.name.clone(),
            field.label.clone(),
            BTreeSet::from([module.to_string()]),
        )),
    }
}

/// The value sets and bit sets of fields in two or more command, notification or data type
/// modules, in spec order.
pub fn shared(spec: &Spec) -> Shared {
    let mut sets: Vec<Seen<u32, Vec<(u64, String)>>> = Vec::new();
    let mut bits: Vec<Seen<Width, BitNames>> = Vec::new();
    let mut visit = |module: &str, fields: &[Field]| {
        walk(fields, &mut |field| {
            if let Some((len, values)) = enum_candidate(field) {
                note(&mut sets, module, field, len, values);
            }
            if let Some((width, masks)) = bit_set_candidate(field) {
                note(&mut bits, module, field, width, bit_names(&masks));
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
    for layout in spec.layouts() {
        visit(&format!("layout {}", layout.ident), &layout.fields);
    }
    let mut names = Scope::with(RESERVED_TYPES);
    let sets = sets
        .into_iter()
        .filter(|s| s.4.len() > 1)
        .map(|(len, values, field_name, label, _)| SharedSet {
            name: names.unique(&camel(&field_name, "Values")),
            len,
            values,
            label,
        })
        .collect();
    let bits = bits
        .into_iter()
        .filter(|s| s.4.len() > 1)
        .map(|(width, bits, field_name, label, _)| SharedBits {
            name: names.unique(&camel(&field_name, "Bits")),
            width,
            bits,
            label,
        })
        .collect();
    Shared { sets, bits }
}

/// The detail code parts (source, reason, detail) that two or more notifications name alike,
/// generated once here (named apart from the value sets).
pub fn shared_parts(spec: &Spec) -> Vec<SharedPart> {
    let shared = shared(spec);
    let taken: Vec<&str> = shared
        .sets
        .iter()
        .map(|s| s.name.as_str())
        .chain(shared.bits.iter().map(|b| b.name.as_str()))
        .collect();
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
    let shared = shared(spec);
    let sets: TokenStream = shared
        .sets
        .iter()
        .map(|set| {
            let d = format!(
                "Values of {} and the fields that share its values (an open enum: other values are kept in `Other`).",
                set.label
            );
            open_enum(&set.name, &d, set.len, &set.values)
        })
        .collect();
    let bits: TokenStream = shared
        .bits
        .iter()
        .map(|set| {
            let d = format!(
                "Bits of {} and the fields that share its bits (a bit set: bits the spec does not name are kept).",
                set.label
            );
            let masks: Vec<BitMask> = set
                .bits
                .iter()
                .map(|(mask, name)| BitMask {
                    mask: *mask,
                    name,
                    reserved: false,
                })
                .collect();
            bit_set(&set.name, &d, set.width, &masks)
        })
        .collect();
    quote::quote! { #sets #bits #parts }
}
