#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod decode;
pub use decode::data_type;
pub mod encode;
pub mod error;
pub mod property;
pub mod render;
pub mod tables;
pub mod values;

use mms_spec::Spec;
use serde_json::{json, Value};

pub use decode::decode;
pub use encode::encode;
pub use error::{DecodeError, DecodeErrorKind, EncodeError};
pub use render::{render, RenderOptions};

/// Adds `roundtrip` to a decoded tree: whether [`encode`] gives `bytes` back
/// (and `roundtrip_error` when it fails).
pub fn with_roundtrip(mut tree: Value, bytes: &[u8], spec: &Spec) -> Value {
    let again = encode(&tree, spec);
    let same = matches!(&again, Ok(b) if b == bytes);
    if let Value::Object(map) = &mut tree {
        map.insert("roundtrip".into(), json!(same));
        if let Err(e) = again {
            map.insert("roundtrip_error".into(), json!(e.to_string()));
        }
    }
    tree
}

/// Decodes and checks the round trip: the object `mms decode --json` prints.
/// A failure becomes `{"ok": false, "error": TEXT, "offset": N, "path": "84/A2"}`.
pub fn dissect(bytes: &[u8], spec: &Spec) -> Value {
    match decode(bytes, spec) {
        Ok(tree) => with_roundtrip(tree, bytes, spec),
        Err(e) => failure_json(&e),
    }
}

/// The JSON of a failed decode.
pub fn failure_json(e: &DecodeError) -> Value {
    json!({"ok": false, "error": e.to_string(), "offset": e.offset, "path": e.path_text()})
}

/// Whether a [`dissect`] result decoded and re-encodes byte-identically.
pub fn is_exact(tree: &Value) -> bool {
    tree.get("ok") == Some(&Value::Bool(true)) && tree.get("roundtrip") == Some(&Value::Bool(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn damaged_examples_never_panic() {
        let spec = Spec::builtin();
        let examples: Vec<Vec<u8>> = spec
            .examples()
            .filter_map(|(_, e)| e.bytes().ok())
            .step_by(7)
            .take(60)
            .collect();
        for bytes in &examples {
            for cut in 0..bytes.len().min(80) {
                let v = dissect(&bytes[..cut], &spec);
                let _ = render(&v, &spec, RenderOptions::default());
            }
            for at in 0..bytes.len().min(40) {
                for flip in [0x01u8, 0x80, 0xFF] {
                    let mut damaged = bytes.clone();
                    damaged[at] ^= flip;
                    let v = dissect(&damaged, &spec);
                    if v["ok"] == true {
                        // Whatever decodes must also encode.
                        assert!(encode(&v, &spec).is_ok(), "{v}");
                    }
                    let _ = render(&v, &spec, RenderOptions::default());
                }
            }
        }
    }

    #[test]
    fn every_good_example_round_trips() {
        let spec = Spec::builtin();
        let mut n = 0;
        for (_, e) in spec.examples().filter(|(_, e)| e.erratum.is_none()) {
            let bytes = e.bytes().unwrap();
            assert!(
                is_exact(&dissect(&bytes, &spec)),
                "{}",
                mms_spec::format_hex(&bytes)
            );
            n += 1;
        }
        assert!(n > 50, "only {n} examples");
    }
}
