#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod decode;
pub use decode::data_type;
pub mod encode;
pub mod error;
mod json;
pub mod property;
pub mod render;
pub mod tables;
pub mod values;

use mms_spec::Spec;
use serde_json::Value;

pub use decode::decode;
pub use encode::encode;
pub use error::{DecodeError, DecodeErrorKind, EncodeError};
pub use render::{render, RenderOptions};

use decode::Walk;
use json::Obj;
use tables::Lookup;

/// Adds `roundtrip` to a decoded tree: whether [`encode()`] gives `bytes` back
/// (and `roundtrip_error` when it fails).
pub fn with_roundtrip(mut tree: Value, bytes: &[u8], spec: &Spec) -> Value {
    let (same, error) = roundtrip(&tree, bytes, spec);
    if let Value::Object(map) = &mut tree {
        map.insert("roundtrip".into(), Value::Bool(same));
        if let Some(e) = error {
            map.insert("roundtrip_error".into(), Value::String(e));
        }
    }
    tree
}

/// Whether [`encode()`] gives `bytes` back from `tree`, and why not when it fails.
fn roundtrip(tree: &Value, bytes: &[u8], spec: &Spec) -> (bool, Option<String>) {
    match encode(tree, spec) {
        Ok(again) => (again == bytes, None),
        Err(e) => (false, Some(e.to_string())),
    }
}

/// Decodes and checks the round trip: the object `mms decode --json` prints.
/// A failure becomes `{"ok": false, "error": TEXT, "offset": N, "path": "84/A2"}`.
pub fn dissect(bytes: &[u8], spec: &Spec) -> Value {
    let mut out = Vec::new();
    Dissector::with_lookup(Lookup::plain(spec)).write_json(bytes, &mut out);
    json::to_value(&out)
}

/// The JSON of a failed decode.
pub fn failure_json(e: &DecodeError) -> Value {
    let mut out = Vec::new();
    write_failure(&mut out, e);
    json::to_value(&out)
}

fn write_failure(out: &mut Vec<u8>, e: &DecodeError) {
    let mut o = Obj::open(out);
    json::boolean(o.key(out, "ok"), false);
    json::display(o.key(out, "error"), e);
    json::uint(o.key(out, "offset"), e.offset as u64);
    json::string(o.key(out, "path"), &e.path_text());
    o.close(out);
}

/// Whether a [`dissect`] result decoded and re-encodes byte-identically.
pub fn is_exact(tree: &Value) -> bool {
    tree.get("ok") == Some(&Value::Bool(true)) && tree.get("roundtrip") == Some(&Value::Bool(true))
}

/// What [`Dissector::write_json`] wrote: a decoded message (and whether it re-encodes
/// byte-identically), or a failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dissected {
    /// `"ok": true`, with `"roundtrip"`.
    Decoded {
        /// Whether the message re-encodes byte-identically.
        roundtrip: bool,
    },
    /// `"ok": false`: the bytes did not decode.
    Failed,
}

impl Dissected {
    /// Decoded and re-encodes byte-identically ([`is_exact`] of the JSON written).
    pub fn is_exact(self) -> bool {
        self == Dissected::Decoded { roundtrip: true }
    }
}

/// Dissects many messages: [`dissect`]'s JSON written straight into a buffer, without a
/// `Value` tree, with the spec's lookups indexed once and the walk's scratch space reused.
/// The round trip is proven on the way for messages whose envelope is in the usual order
/// without unknown items (every tag and length form is written back as read); others are
/// encoded back from their tree and compared.
///
/// ```
/// let spec = mms_spec::Spec::builtin();
/// let mut dissector = mms_dissect::Dissector::new(&spec);
/// let wire = mms_spec::parse_hex("AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03").unwrap();
/// let mut out = Vec::new();
/// assert!(dissector.write_json(&wire, &mut out).is_exact());
/// let text = String::from_utf8(out).unwrap();
/// assert!(text.starts_with(r#"{"ok":true,"kind":"request","id":"0xDF01","name":"Echo""#));
/// assert!(text.ends_with(r#""roundtrip":true}"#));
/// assert_eq!(text, mms_dissect::dissect(&wire, &spec).to_string());
/// ```
pub struct Dissector<'s> {
    look: Lookup<'s>,
    scratch: decode::Scratch<'s>,
}

impl<'s> Dissector<'s> {
    /// A dissector over `spec` (indexes its lookups: meant for more than a few messages).
    pub fn new(spec: &'s Spec) -> Self {
        Self::with_lookup(Lookup::indexed(spec))
    }

    fn with_lookup(look: Lookup<'s>) -> Self {
        Dissector {
            look,
            scratch: decode::Scratch::default(),
        }
    }

    /// Appends to `out` the JSON object of [`dissect`] for `bytes`, compact, without a line
    /// end; returns whether the message decoded, and whether it re-encodes byte-identically.
    pub fn write_json(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Dissected {
        let start = out.len();
        let (decoded, proven) = {
            let mut walk = Walk::new(&self.look, out, &mut self.scratch);
            let decoded = walk.message(bytes);
            (decoded, walk.exact)
        };
        let mut o = match decoded {
            Ok(o) => o,
            Err(e) => {
                out.truncate(start);
                write_failure(out, &e);
                return Dissected::Failed;
            }
        };
        if proven {
            json::boolean(o.key(out, "roundtrip"), true);
            o.close(out);
            return Dissected::Decoded { roundtrip: true };
        }
        // Not known to be canonical: encode the tree back, as `with_roundtrip` does.
        o.close(out);
        let tree = json::to_value(&out[start..]);
        let (same, error) = roundtrip(&tree, bytes, self.look.spec);
        out.pop();
        json::boolean(o.key(out, "roundtrip"), same);
        if let Some(e) = error {
            json::string(o.key(out, "roundtrip_error"), &e);
        }
        o.close(out);
        Dissected::Decoded { roundtrip: same }
    }
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

    /// Issue 11, defect A (found by the `message_vs_dissect` fuzz target): envelope items of
    /// unknown tags between 81 and 84 were written back after the known ones.
    #[test]
    fn envelope_items_keep_their_place() {
        let spec = Spec::builtin();
        let bytes =
            mms_spec::parse_hex("AA 00 81 04 69 82 04 00 00 00 00 00 00 00 84 02 EF 07").unwrap();
        let tree = dissect(&bytes, &spec);
        assert!(is_exact(&tree), "{tree}");
        assert_eq!(
            tree["envelope_order"],
            serde_json::json!(["81", "00", "00#2", "00#3", "84"])
        );
        // A long length form belongs to its item, not to the first item of its tag (found
        // by the `message_vs_dissect` fuzz target).
        for hex in [
            "AA 00 81 04 01 55 D1 01 00 00 00 81 01 FF 84 02 D1 01",
            "AA 00 81 04 01 55 D1 01 00 81 01 FF 00 00 84 02 D1 01",
        ] {
            let tree = dissect(&mms_spec::parse_hex(hex).unwrap(), &spec);
            assert!(is_exact(&tree), "{hex}: {tree}");
        }
        // Known items out of order keep their place too.
        let bytes = mms_spec::parse_hex("AA 00 84 02 EF 07 81 04 69 82 04 00").unwrap();
        assert!(is_exact(&dissect(&bytes, &spec)));
    }

    /// Found by the `message_vs_dissect` fuzz target: a request for an ID the spec does not
    /// know (0x1831) whose payload is not TLV was refused here while the typed `Message`
    /// keeps such a payload as raw bytes.
    #[test]
    fn an_unknown_payload_that_is_not_tlv_is_shown_as_bytes() {
        let spec = Spec::builtin();
        let bytes =
            mms_spec::parse_hex("AA 00 81 04 01 2C 18 31 84 08 18 31 C1 01 00 82 04 00").unwrap();
        let tree = dissect(&bytes, &spec);
        assert!(is_exact(&tree), "{tree}");
        assert_eq!(tree["payload_hex"], "1831C10100820400", "{tree}");
        // An unknown payload that is TLV still shows its items.
        let bytes = mms_spec::parse_hex("AA 00 81 04 01 2C 18 31 84 05 18 31 C1 01 00").unwrap();
        let tree = dissect(&bytes, &spec);
        assert!(is_exact(&tree), "{tree}");
        assert_eq!(tree["fields"]["C1"]["hex"], "00", "{tree}");
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

    /// A dissector keeps the `status` objects of at most 1,024 distinct statuses (they come
    /// from the input); past that it writes each one afresh, and the same text either way.
    #[test]
    fn statuses_past_the_cache_are_written_the_same() {
        let spec = Spec::builtin();
        let mut dissector = Dissector::new(&spec);
        for pass in 0..2 {
            for n in 0u16..1100 {
                let [hi, lo] = n.to_be_bytes();
                // An Echo response whose status is 00 hi lo 00.
                let wire = [
                    0xAA, 0x00, 0x81, 0x04, 0x82, 0x01, 0xDF, 0x01, 0x82, 0x04, 0x00, hi, lo, 0x00,
                ];
                let mut out = Vec::new();
                dissector.write_json(&wire, &mut out);
                let fresh = dissect(&wire, &spec).to_string();
                assert!(fresh.contains(r#""status":{"#), "{fresh}");
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    fresh,
                    "pass {pass}, status {n}"
                );
            }
            assert_eq!(dissector.scratch.statuses.len(), 1024);
        }
    }
}
