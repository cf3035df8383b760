//! The streaming JSON writer (`Dissector::write_json`: indexed lookups, the round trip proven
//! on the way) against the tree path (`decode` to a `Value`, `with_roundtrip` encoding the
//! tree back, serialised by serde_json): byte for byte the same JSON, for every example of
//! the spec, damaged copies of them, and random bytes.

use mms_dissect::{decode, failure_json, with_roundtrip, Dissector};
use mms_spec::Spec;
use proptest::prelude::*;

fn spec() -> &'static Spec {
    static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(Spec::builtin)
}

/// The tree path's JSON for `bytes`.
fn tree_json(bytes: &[u8], spec: &Spec) -> String {
    let value = match decode(bytes, spec) {
        Ok(tree) => with_roundtrip(tree, bytes, spec),
        Err(e) => failure_json(&e),
    };
    serde_json::to_string(&value).unwrap()
}

/// Checks one input; returns whether the writer says it re-encodes exactly.
fn same(dissector: &mut Dissector<'_>, out: &mut Vec<u8>, bytes: &[u8]) -> bool {
    out.clear();
    // Something before it in the buffer, as in the CLI's reused output buffer.
    out.extend_from_slice(b"x");
    let exact = dissector.write_json(bytes, out).is_exact();
    let written = std::str::from_utf8(&out[1..]).expect("UTF-8");
    let expected = tree_json(bytes, spec());
    assert_eq!(written, expected, "{}", mms_spec::format_hex(bytes));
    let value: serde_json::Value = serde_json::from_str(written).unwrap();
    assert_eq!(exact, mms_dissect::is_exact(&value));
    exact
}

#[test]
fn writer_matches_the_tree_on_every_example_and_damaged_copies() {
    let spec = spec();
    let mut dissector = Dissector::new(spec);
    let mut out = Vec::new();
    let examples: Vec<Vec<u8>> = spec
        .examples()
        .filter_map(|(_, e)| e.bytes().ok())
        .collect();
    assert!(examples.len() > 500, "only {} examples", examples.len());
    let (mut exact, mut checked) = (0, 0);
    for bytes in &examples {
        exact += usize::from(same(&mut dissector, &mut out, bytes));
        checked += 1;
    }
    assert!(exact > 500, "only {exact} examples re-encode exactly");
    // Cut and flipped copies of a sample (every example would take minutes in a debug build).
    for bytes in examples.iter().step_by(5) {
        for cut in (0..bytes.len()).step_by(3) {
            same(&mut dissector, &mut out, &bytes[..cut]);
            checked += 1;
        }
        for at in 0..bytes.len().min(48) {
            for flip in [0x01u8, 0x20, 0x80, 0xFF] {
                let mut damaged = bytes.clone();
                damaged[at] ^= flip;
                same(&mut dissector, &mut out, &damaged);
                checked += 1;
            }
        }
        // Non-minimal lengths and unknown envelope items take the path through the tree.
        let mut long = bytes.clone();
        if let Some(i) = long.windows(2).position(|w| w[0] == 0x84 && w[1] < 0x80) {
            long.insert(i + 1, 0x81);
            same(&mut dissector, &mut out, &long);
            let mut extra = bytes.clone();
            extra.splice(i..i, [0x00, 0x00, 0xC1, 0x01, 0x22]);
            same(&mut dissector, &mut out, &extra);
            checked += 2;
        }
    }
    assert!(checked > 10_000, "{checked}");
}

#[test]
fn writer_matches_the_tree_on_odd_shapes() {
    let mut dissector = Dissector::new(spec());
    let mut out = Vec::new();
    for hex in [
        "",
        "AA",
        "AA 00",
        "AA 00 81 04 69 82 04 00 00 00 00 00 00 00 84 02 EF 07",
        "AA 00 84 02 EF 07 81 04 69 82 04 00",
        "AA 00 81 04 01 01 DF 01 81 04 01 01 DF 01",
        "AA 00 81 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03",
        "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 83 00 00 03 01 02 03",
        "AA 00 81 04 01 01 DF 01 84 0B DF 01 81 01 01 81 01 02 81 01 03",
        "AA 05 81 06 01 01 DF 01 AB CD 84 01 DF",
        "AA 00 81 04 33 01 DF 01 84 02 DF 01",
        "AA 00 81 08 04 01 D8 12 00 00 00 01 84 03 01 02 03",
        "81 01 00 81 01 00 81 01 00",
        "E1 05 C1 03 41 22 5C",
        "AA 00 81 04 01 01 DF 01 84 07 DF 01 E1 03 01 02 03",
    ] {
        same(&mut dissector, &mut out, &mms_spec::parse_hex(hex).unwrap());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn writer_matches_the_tree_on_random_bytes(bytes in prop::collection::vec(any::<u8>(), 0..120), start in any::<bool>()) {
        let mut bytes = bytes;
        if start && bytes.len() > 1 {
            bytes[0] = 0xAA;
            bytes[1] = 0x00;
        }
        let mut dissector = Dissector::new(spec());
        let mut out = Vec::new();
        same(&mut dissector, &mut out, &bytes);
    }
}

/// Row names and labels are checked for characters JSON escapes once per row; a row whose
/// name and label hold such characters is still written as the tree path writes it.
#[test]
fn rows_whose_names_need_escapes_are_escaped() {
    let mut spec = spec().clone();
    let echo = spec
        .commands
        .iter_mut()
        .find(|c| c.id.0 == 0xDF01)
        .expect("Echo is in the spec");
    let row = &mut echo
        .request
        .as_mut()
        .expect("Echo has a request table")
        .fields[0];
    row.name = "data \"quoted\" \\ tab\t".into();
    row.label = "Data to \"echo\"\n".into();
    let wire = mms_spec::parse_hex("AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03").unwrap();
    let mut dissector = Dissector::new(&spec);
    let mut out = Vec::new();
    dissector.write_json(&wire, &mut out);
    let written = String::from_utf8(out).unwrap();
    assert!(
        written.contains(r#""data \"quoted\" \\ tab\t":{"#),
        "{written}"
    );
    assert!(
        written.contains(r#""label":"Data to \"echo\"\n""#),
        "{written}"
    );
    assert_eq!(written, tree_json(&wire, &spec));
    // Repeats of the row are numbered inside the escaped name's quotes, as the tree path
    // numbers them.
    let wire =
        mms_spec::parse_hex("AA 00 81 04 01 01 DF 01 84 0B DF 01 81 01 01 81 01 02 81 01 03")
            .unwrap();
    let mut out = Vec::new();
    dissector.write_json(&wire, &mut out);
    let written = String::from_utf8(out).unwrap();
    assert!(
        written.contains(r#""data \"quoted\" \\ tab\t#3":{"#),
        "{written}"
    );
    assert_eq!(written, tree_json(&wire, &spec));
}

/// The same for property names, checked once per property.
#[test]
fn properties_whose_names_need_escapes_are_escaped() {
    let mut spec = spec().clone();
    for p in &mut spec.properties {
        p.name = format!("{} \"x\" \\", p.name);
    }
    let mut dissector = Dissector::new(&spec);
    let mut out = Vec::new();
    let mut seen = 0;
    for (_, example) in spec.examples() {
        let Ok(bytes) = example.bytes() else { continue };
        out.clear();
        dissector.write_json(&bytes, &mut out);
        let written = String::from_utf8(out.clone()).unwrap();
        if written.contains(r#" \"x\" \\","#) {
            seen += 1;
        }
        assert_eq!(written, tree_json(&bytes, &spec));
    }
    assert!(seen > 50, "{seen} examples with named properties");
}

/// A response's `status` object is kept once met; past the cache's bound, new statuses are
/// written afresh. Every answer, first met or repeated, before and past the bound, is the
/// tree path's.
#[test]
fn repeated_and_many_statuses_read_as_the_first_time() {
    let mut dissector = Dissector::new(spec());
    let mut out = Vec::new();
    let statuses: Vec<[u8; 4]> = (0u32..1_500)
        .map(|n| [(n % 3) as u8 * 0x40, 0x02, (n / 7 % 5) as u8, n as u8])
        .collect();
    for round in 0..2 {
        for status in &statuses {
            let mut wire = mms_spec::parse_hex("AA 00 81 04 82 01 10 01 82 04").unwrap();
            wire.extend_from_slice(status);
            let exact = same(&mut dissector, &mut out, &wire);
            assert!(exact, "round {round}: {status:02X?}");
        }
    }
}
