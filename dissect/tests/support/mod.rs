//! A proptest strategy for JSON shaped like the dissector's tree, shared with
//! `cli/tests/abuse.rs` (which includes this file by path).

use proptest::prelude::*;
use serde_json::{json, Value};

/// Any JSON value a few levels deep, its keys and strings mostly ones the encoder knows.
pub fn any_json() -> impl Strategy<Value = Value> {
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
        "envelope_order",
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
