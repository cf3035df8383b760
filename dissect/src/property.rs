//! Property values inside Get/Set Property messages (manual Tables 185, 193),
//! annotated by OID from the spec.

use mms_protocol::property::{property_leaves, OidError};
use mms_spec::Spec;
use serde_json::Value;

use crate::json::{self, Obj};
use crate::tables::Lookup;
use crate::values::{bits_note, enum_matches, set_bit_names};

/// A property's OID components and its value bytes.
pub type PropertyValue = (Vec<u32>, Vec<u8>);

/// Every property value in a Get/Set Property payload body (after the ID), with its OID.
pub fn property_values(body: &[u8]) -> Result<Vec<PropertyValue>, OidError> {
    Ok(property_leaves(body)?
        .into_iter()
        .map(|leaf| (leaf.oid, leaf.value.to_vec()))
        .collect())
}

/// Dotted OID text, hex components (`1.2.7.1.1.1`).
pub fn oid_text(oid: &[u32]) -> String {
    let mut out = Vec::new();
    json::oid_digits(&mut out, oid);
    // Hex digits and dots only.
    String::from_utf8(out).unwrap_or_default()
}

pub use crate::values::is_text_property;

/// A property value as JSON: `oid`, `hex`, and from the spec `name` and `text`, `value` or
/// `bits` (the names of the set bits of a bit-mapped property).
pub fn property_json(oid: &[u32], value: &[u8], spec: &Spec) -> Value {
    let mut out = Vec::new();
    write_property(&mut out, oid, value, &Lookup::plain(spec));
    json::to_value(&out)
}

/// Writes [`property_json`]'s object.
pub(crate) fn write_property(out: &mut Vec<u8>, oid: &[u32], value: &[u8], look: &Lookup<'_>) {
    // A spec property's OID and name were written once, when it was indexed (by the same
    // functions).
    let (facts, head) = look.property_with_head(oid);
    let mut o = match head {
        Some(head) => {
            out.extend_from_slice(&head.oid);
            Obj::continued()
        }
        None => json::property_head(out, oid),
    };
    json::hex(o.key(out, "hex"), value);
    if let Some(facts) = facts {
        let p = facts.property;
        match head {
            Some(head) => o.written(out, &head.name),
            None => json::string_known(o.key(out, "name"), &p.name, facts.name_plain),
        }
        let printable = value
            .iter()
            .rev()
            .skip_while(|b| **b == 0)
            .all(|b| (0x20..=0x7E).contains(b));
        if facts.text && printable {
            json::text(o.key(out, "text"), value);
        } else if let Some(e) = p.values.iter().find(|e| enum_matches(&e.value, value)) {
            json::string(o.key(out, "value"), &e.name);
        } else if let Some(names) = set_bit_names(value, &p.bits) {
            json::strings(o.key(out, "bits"), &names);
        }
    }
    o.close(out);
}

/// One line for a property value of [`property_json`]: `OID name: value`.
pub fn property_line(v: &Value) -> String {
    let s = |k: &str| v.get(k).and_then(Value::as_str);
    let mut line = format!(
        "{} {}: ",
        s("oid").unwrap_or("?"),
        s("name").unwrap_or("(not in spec)")
    );
    let hex = s("hex").unwrap_or("");
    if let Some(t) = s("text") {
        line.push_str(&format!("\"{t}\""));
    } else if hex.is_empty() {
        line.push_str("(empty)");
    } else {
        line.push_str(&mms_spec::format_hex(
            &mms_spec::parse_hex(hex).unwrap_or_default(),
        ));
        if let Some(name) = s("value") {
            line.push_str(&format!(" = {name}"));
        }
        if let Some(bits) = bits_note(v.get("bits")) {
            line.push(' ');
            line.push_str(&bits);
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oid_text_is_hex_components_joined_by_dots() {
        let oid = [0, 1, 0xF, 0x10, 0xAB, 0x3FFF, 0x1_0000, u32::MAX];
        let expected: Vec<String> = oid.iter().map(|n| format!("{n:X}")).collect();
        assert_eq!(oid_text(&oid), expected.join("."));
        assert_eq!(oid_text(&[]), "");
    }

    #[test]
    fn text_properties_are_found_without_case_folding_copies() {
        let spec = Spec::builtin();
        let folded = |p: &mms_spec::Property| {
            let t = p.data_type.as_deref().unwrap_or("").to_ascii_lowercase();
            !t.contains("binary")
                && !t.contains("signed")
                && ["ascii", "string", "alphanumeric", "character"]
                    .iter()
                    .any(|w| t.contains(w))
        };
        let mut texts = 0;
        for p in &spec.properties {
            assert_eq!(is_text_property(p), folded(p), "{}", p.name);
            texts += usize::from(folded(p));
        }
        assert!(texts > 10, "{texts} text properties");
    }

    /// A property value written from the index's prepared OID and name is what the spec's own
    /// lookup gives, for an OID too long for the index's array key as for the others.
    #[test]
    fn indexed_property_values_read_as_unindexed_ones() {
        let spec = crate::tables::tests::spec_with_a_long_oid();
        let (plain, indexed) = (Lookup::plain(&spec), Lookup::indexed(&spec));
        for p in &spec.properties {
            let write = |look: &Lookup<'_>| {
                let mut out = Vec::new();
                write_property(&mut out, p.oid.components(), &[1, 2], look);
                out
            };
            assert_eq!(write(&indexed), write(&plain), "{}", p.oid);
        }
    }

    #[test]
    fn values_walk_branches() {
        let body = mms_spec::parse_hex("85 01 02 87 02 01 02 89 0A E2 08 C1 02 41 42 C2 02 00 01")
            .unwrap();
        let values = property_values(&body).unwrap();
        assert_eq!(values[0], (vec![2, 1, 2, 2, 1], vec![0x41, 0x42]));
        assert_eq!(values[1], (vec![2, 1, 2, 2, 2], vec![0, 1]));
    }
}
