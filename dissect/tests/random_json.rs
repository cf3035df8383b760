//! Random JSON into the encoder, and random bytes into the decoder and the
//! renderer: errors, never panics (in process, so thousands of cases are cheap;
//! `cli/tests/abuse.rs` runs the same through the `mms` binary).

use mms_spec::Spec;
use proptest::prelude::*;
use serde_json::json;

mod support;
use support::any_json;

/// Loaded once: parsing the spec costs far more than one case.
fn spec() -> &'static Spec {
    static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(Spec::builtin)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_json_encodes_or_errs(value in any_json()) {
        let spec = spec();
        if let Ok(bytes) = mms_dissect::encode(&value, spec) {
            let tree = mms_dissect::dissect(&bytes, spec);
            if tree["ok"] == true {
                prop_assert!(mms_dissect::encode(&tree, spec).is_ok(), "{}", tree);
            }
            let _ = mms_dissect::render(&tree, spec, Default::default());
        }
    }

    #[test]
    fn random_bytes_decode_or_err(bytes in prop::collection::vec(any::<u8>(), 0..200), start in any::<bool>()) {
        let spec = spec();
        let mut bytes = bytes;
        if start && !bytes.is_empty() {
            bytes[0] = 0xAA;
        }
        let tree = mms_dissect::dissect(&bytes, spec);
        match mms_dissect::decode(&bytes, spec) {
            Ok(_) => prop_assert_eq!(&tree["ok"], &json!(true)),
            Err(e) => prop_assert!(e.offset <= bytes.len(), "{}", e),
        }
        let _ = mms_dissect::render(&tree, spec, Default::default());
    }
}
