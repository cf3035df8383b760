//! Random JSON into the encoder, and random bytes into the decoder and the
//! renderer: errors, never panics (in process, so thousands of cases are cheap;
//! `cli/tests/abuse.rs` runs the same through the `mms` binary).

use mms_spec::Spec;
use proptest::prelude::*;
use serde_json::{json, Value};

/// Loaded once: parsing the spec costs far more than one case.
fn spec() -> &'static Spec {
    static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(Spec::builtin)
}

fn any_json() -> impl Strategy<Value = Value> {
    let key = prop::sample::select(vec![
        "ok",
        "kind",
        "id",
        "ref",
        "fields",
        "tag",
        "hex",
        "text",
        "value",
        "status",
        "additional",
        "len_form",
        "len_forms",
        "data",
        "file_type",
        "payload_id",
        "payload_hex",
        "info_extra",
        "envelope_extra",
        "direction",
        "message_type",
        "version",
        "reserved",
        "81",
        "84",
        "A2",
        "data_to_be_echoed",
        "file_transfer_properties",
        "hash_checksum",
        "hash_checksum_type#2",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        prop::sample::select(vec![
            "request",
            "response",
            "notification",
            "file",
            "tlv",
            "other",
            "Echo",
            "D812",
            "0xDF01",
            "to_device",
            "from_device",
            "SHA-256",
            "81",
            "9F8101",
            "00",
            "zz",
            "",
        ])
        .prop_map(Value::from),
        "[0-9A-Fa-f ]{0,16}".prop_map(Value::from),
        ".{0,8}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
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
