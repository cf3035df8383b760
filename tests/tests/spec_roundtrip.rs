//! Every request, response and notification of the spec, filled with random
//! field values, round-trips: built from the spec model (so a new command is
//! covered the day it enters `spec/`), encoded by mms-dissect's JSON encoder
//! (what `mms encode` runs), then read back by the dissector and by the
//! generated `Message`, each of which must give the same bytes again.
//!
//! The same messages, sparse variants of them and broken ones (payload
//! missing, cut or with another ID, one field changed) seed the fuzz targets
//! that decode whole messages: the typed decoder has a decode path of its own
//! for each message, and these reach each path's errors at once instead of
//! after hours of mutations. With `MMS_FUZZ_SEEDS=DIR` set,
//! `sparse_and_broken_messages_of_the_spec` writes them into `DIR/messages/`,
//! and into `DIR/json/` the JSON they were encoded from and the dissected trees
//! of them, their broken copies and the manual's examples (what
//! `fuzz/seed_corpus.py` runs).

use std::sync::OnceLock;

use mms_protocol::{Envelope, Message};
use mms_spec::model::Field;
use mms_spec::values::Length;
use mms_spec::Spec;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

use crate::common::Rng;

/// A message shape of the spec: kind, ID and the fields of its table.
struct Shape {
    kind: &'static str,
    id: u16,
    fields: Vec<Field>,
    /// For a notification's payload table, the detail codes that pick it (hex):
    /// both decoders choose the table by the detail code, so a message of this
    /// shape carries one of them.
    details: Vec<String>,
    /// Whether the dissector reads a message of this shape with this table: false for a
    /// notification payload table that no detail code picks (but the first, its fallback).
    own_table: bool,
}

fn shapes(spec: &Spec) -> Vec<Shape> {
    let mut out = Vec::new();
    for command in &spec.commands {
        // A command that reuses another's layout takes its tables.
        let tables = spec.command_tables(command.id.0).unwrap_or(command);
        for (kind, table) in [("request", &tables.request), ("response", &tables.response)] {
            let fields = table.as_ref().map(|t| t.fields.clone()).unwrap_or_default();
            out.push(Shape {
                kind,
                id: command.id.0,
                fields,
                details: Vec::new(),
                own_table: true,
            });
        }
    }
    for notification in &spec.notifications {
        // Every payload table, with the detail codes that name it (alone or among
        // alternatives, which the decoders tell apart by the data).
        let codes: Vec<[u8; 4]> = notification
            .detail_tables
            .iter()
            .flat_map(|t| &t.codes)
            .filter_map(|c| c.bytes())
            .collect();
        let mut payloads: Vec<(Vec<Field>, Vec<String>)> = notification
            .payloads
            .iter()
            .map(|table| {
                let details = codes
                    .iter()
                    .filter(|code| {
                        notification
                            .payloads_for(**code)
                            .iter()
                            .any(|t| t.table == table.table)
                    })
                    .map(|code| format!("{:08X}", u32::from_be_bytes(*code)))
                    .collect();
                (table.fields.clone(), details)
            })
            .collect();
        if payloads.is_empty() {
            payloads.push((Vec::new(), Vec::new()));
        }
        for (i, (fields, details)) in payloads.into_iter().enumerate() {
            out.push(Shape {
                kind: "notification",
                id: notification.id.0,
                fields,
                own_table: i == 0 || !details.is_empty(),
                details,
            });
        }
    }
    out
}

/// A value length the field allows: its fixed length, or one within its
/// bounds (at most 40 bytes: the values are random, not their sizes' limits).
fn length(field: &Field, rng: &mut Rng) -> usize {
    // A value laid out as raw rows: exactly the rows' bytes.
    if !field.fields.is_empty() && field.fields.iter().all(|f| f.raw) {
        let fixed: Option<u32> = field.fields.iter().map(|f| f.len.fixed()).sum();
        if let Some(total) = fixed {
            return total as usize;
        }
        // Fixed rows then variable ones: at least the fixed rows' bytes, so the
        // value is well formed (a value too short for its rows is a decode
        // error for the typed decoder, which the dissector shows as hex).
        let at_least: u32 = field.fields.iter().filter_map(|f| f.len.fixed()).sum();
        return at_least as usize + rng.below(41) as usize;
    }
    match &field.len {
        Length::Fixed(n) => *n as usize,
        Length::Bounded(b) if !b.one_of.is_empty() => {
            b.one_of[rng.below(b.one_of.len() as u64) as usize] as usize
        }
        Length::Bounded(b) => {
            let min = b.min.unwrap_or(0) as u64;
            let max = b.max.map_or(min + 40, |m| u64::from(m).min(min + 40));
            (min + rng.below(max.saturating_sub(min) + 1)) as usize
        }
        Length::Var(_) => rng.below(41) as usize,
    }
}

/// Which rows a random message has.
#[derive(Clone, Copy, PartialEq)]
enum Rows {
    /// Every TLV row once (the first row of a repeated tag).
    All,
    /// About two rows in three, some of them twice: messages the typed decoder
    /// may refuse (a required row missing), for the fuzz seeds.
    Sparse,
}

/// The JSON `fields` object of `fields` with random values, constructed rows
/// recursively.
fn random_fields(fields: &[Field], rng: &mut Rng, depth: usize, rows: Rows) -> Value {
    let mut map = Map::new();
    for field in fields {
        let Some(tag) = field.tag else { continue };
        let key = tag.to_string();
        if map.contains_key(&key) || (rows == Rows::Sparse && rng.below(3) == 0) {
            continue;
        }
        let node = if tag.is_constructed() || field.holds_tagged_rows() {
            let children = if depth < 4 {
                random_fields(&field.fields, rng, depth + 1, rows)
            } else {
                json!({})
            };
            json!({"tag": key, "fields": children})
        } else if field.rust_type == Some(mms_spec::RustType::Tlv) {
            // A TLV list in a primitive value (Start Transaction's `86`): random EMV items.
            let items: String = (0..rng.below(4))
                .map(|_| {
                    let len = rng.below(16) as usize;
                    format!(
                        "9F{:02X}{len:02X}{}",
                        0x01 + rng.below(0x7E),
                        rng.bytes(len)
                    )
                })
                .collect();
            json!({"tag": key, "hex": items})
        } else {
            let len = length(field, rng);
            json!({"tag": key, "hex": rng.bytes(len)})
        };
        if rows == Rows::Sparse && rng.below(8) == 0 {
            // The dissector's key for a second item of one tag.
            map.insert(format!("{key}#2"), node.clone());
        }
        map.insert(key, node);
    }
    Value::Object(map)
}

fn message(shape: &Shape, seed: u64, rows: Rows) -> Value {
    let mut rng = Rng(seed | 1);
    let mut object = json!({
        "kind": shape.kind,
        "id": format!("0x{:04X}", shape.id),
        "ref": if shape.kind == "notification" { 0 } else { rng.below(256) },
        "fields": random_fields(&shape.fields, &mut rng, 0, rows),
    });
    if shape.kind != "request" {
        // A notification's payload table is the one its detail code picks; a
        // sparse message has any 4 bytes half the time (a code the spec does not name).
        let detail = match rows {
            Rows::Sparse if rng.below(2) == 0 => None,
            _ => (!shape.details.is_empty())
                .then(|| shape.details[rng.below(shape.details.len() as u64) as usize].clone()),
        };
        object["status"] = match (rows, detail) {
            (_, Some(code)) => json!(code),
            (Rows::All, None) => json!("00000000"),
            (Rows::Sparse, None) => json!(rng.bytes(4)),
        };
    }
    object
}

/// Encodes `shape` with random values and checks both decoders.
fn round_trip(spec: &Spec, shape: &Shape, seed: u64) {
    let value = message(shape, seed, Rows::All);
    let bytes = match mms_dissect::encode(&value, spec) {
        Ok(bytes) => bytes,
        Err(e) => panic!("the encoder refused a message built from the spec: {e}\n{value}"),
    };
    let tree = mms_dissect::dissect(&bytes, spec);
    assert!(
        mms_dissect::is_exact(&tree),
        "dissector round trip of {value}:\n{tree}"
    );
    // The fields' values survive, not just the bytes.
    let again = mms_dissect::encode(&tree, spec).unwrap();
    assert_eq!(again, bytes);
    if shape.own_table {
        read_as_sent(&value["fields"], &tree["fields"], &value);
    }
    match Message::decode(&bytes) {
        Ok(message) => {
            assert_eq!(message.encode(), bytes, "typed round trip of {value}");
            assert_eq!(message.id(), shape.id, "{value}");
        }
        Err(e) => panic!(
            "the typed decoder refused what the dissector read ({e}): {value}\n{}",
            mms_spec::format_hex(&bytes)
        ),
    }
}

/// Every row of `sent` that holds rows (a constructed tag, or a primitive one laid out by
/// tagged rows) the dissector shows as fields too, not as a hex blob: what `mms decode` shows
/// a support engineer.
fn read_as_sent(sent: &Value, read: &Value, message: &Value) {
    for node in sent.as_object().into_iter().flat_map(|m| m.values()) {
        let Some(children) = node.get("fields") else {
            continue;
        };
        let tag = &node["tag"];
        let shown = read
            .as_object()
            .and_then(|m| m.values().find(|n| n["tag"] == *tag))
            .unwrap_or_else(|| panic!("{tag} is not in the dissected tree of {message}:\n{read}"));
        let fields = shown.get("fields").unwrap_or_else(|| {
            panic!("{tag} was sent as fields and dissected as {shown}\nin {message}")
        });
        read_as_sent(children, fields, message);
    }
}

#[test]
fn every_message_of_the_spec_round_trips_with_random_values() {
    let spec = Spec::builtin();
    let shapes = shapes(&spec);
    assert!(shapes.len() > 100, "{} shapes", shapes.len());
    for (i, shape) in shapes.iter().enumerate() {
        for seed in 0..2u64 {
            round_trip(&spec, shape, seed * 7919 + i as u64);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn a_random_message_of_the_spec_round_trips(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
        static SPEC: OnceLock<(Spec, Vec<Shape>)> = OnceLock::new();
        let (spec, shapes) = SPEC.get_or_init(|| {
            let spec = Spec::builtin();
            let shapes = shapes(&spec);
            (spec, shapes)
        });
        round_trip(spec, &shapes[pick.index(shapes.len())], seed);
    }
}

/// Broken copies of an encoded message: without its payload (`84`), with a
/// 1-byte payload, with another payload ID than the message's, and with the
/// payload's body one byte short and one byte (`00`) long. The first item is
/// whether the typed decoder must refuse it (a payload ID that is cut or
/// foreign).
fn broken(bytes: &[u8]) -> Vec<(bool, Vec<u8>)> {
    let envelope = Envelope::decode(bytes).expect("an encoded message");
    let Some(value) = envelope.payload.as_deref() else {
        return Vec::new();
    };
    let with_payload =
        |payload: Option<&[u8]>| with_payload(&envelope, payload.map(<[u8]>::to_vec));
    let mut foreign = value.to_vec();
    foreign[1] ^= 0xFF;
    let mut long = value.to_vec();
    long.push(0);
    let mut out = vec![
        (false, with_payload(None)),
        (true, with_payload(Some(&value[..1]))),
        (true, with_payload(Some(&foreign))),
        (false, with_payload(Some(&long))),
    ];
    if value.len() > 2 {
        out.push((false, with_payload(Some(&value[..value.len() - 1]))));
    }
    out
}

/// Copies of an encoded message with one field or table of its payload changed
/// ([`crate::common::tlv_variants`]), the payload ID kept.
fn field_variants(bytes: &[u8]) -> Vec<Vec<u8>> {
    let envelope = Envelope::decode(bytes).expect("an encoded message");
    let Some((id, body)) = envelope
        .payload
        .as_deref()
        .and_then(|p| p.split_at_checked(2))
    else {
        return Vec::new();
    };
    crate::common::tlv_variants(body)
        .into_iter()
        .map(|body| with_payload(&envelope, Some([id, &body].concat())))
        .collect()
}

/// `envelope` encoded with another payload (`84`).
fn with_payload(envelope: &Envelope, payload: Option<Vec<u8>>) -> Vec<u8> {
    Envelope {
        payload,
        ..envelope.clone()
    }
    .encode()
}

/// Sparse messages (and complete ones) of every shape encode and dissect:
/// the fuzz seeds are messages, not encoder errors. The typed decoder may
/// refuse a sparse one; it must not panic. Broken copies dissect without a
/// panic too, and the typed decoder refuses the ones whose payload ID is cut
/// or foreign. Copies of a complete message with one field changed
/// ([`field_variants`]) dissect too, and those the typed decoder accepts
/// re-encode byte for byte.
#[test]
fn sparse_and_broken_messages_of_the_spec() {
    let spec = Spec::builtin();
    let per_shape = if crate::common::fuzz_seeds_wanted() {
        16
    } else {
        2
    };
    let mut seeds = Vec::new();
    // The JSON each message was encoded from, and its dissected tree: what
    // `mms encode` reads, for the `dissect_json` target.
    let mut json_seeds = Vec::new();
    for (i, shape) in shapes(&spec).iter().enumerate() {
        for n in 0..per_shape {
            let rows = if n % 2 == 0 { Rows::Sparse } else { Rows::All };
            let value = message(shape, (n * 7919 + i) as u64, rows);
            let bytes = mms_dissect::encode(&value, &spec)
                .unwrap_or_else(|e| panic!("the encoder refused {value}: {e}"));
            let tree = mms_dissect::dissect(&bytes, &spec);
            assert!(mms_dissect::is_exact(&tree), "{value}:\n{tree}");
            let _ = Message::decode(&bytes);
            let name = format!("gen_{}_{:04X}_{i}_{n}", shape.kind, shape.id);
            json_seeds.push((format!("{name}_json"), value.to_string().into_bytes()));
            json_seeds.push((format!("{name}_tree"), tree.to_string().into_bytes()));
            if n < 2 {
                for (k, (refused, copy)) in broken(&bytes).into_iter().enumerate() {
                    let tree = mms_dissect::dissect(&copy, &spec);
                    json_seeds.push((
                        format!("{name}_broken{k}_tree"),
                        tree.to_string().into_bytes(),
                    ));
                    if refused {
                        assert!(
                            Message::decode(&copy).is_err(),
                            "a broken payload ID decoded: {}",
                            mms_spec::format_hex(&copy)
                        );
                    }
                    seeds.push((format!("{name}_broken{k}"), copy));
                }
            }
            if n == 1 {
                for (k, copy) in field_variants(&bytes).into_iter().enumerate() {
                    let tree = mms_dissect::dissect(&copy, &spec);
                    // What the typed decoder accepts (out of order, long-form lengths,
                    // unknown items) it writes back as it came, and the dissector reads too.
                    if let Ok(message) = Message::decode(&copy) {
                        assert_eq!(message.encode(), copy, "{name} variant {k}");
                        assert!(mms_dissect::is_exact(&tree), "{name} variant {k}:\n{tree}");
                    }
                    json_seeds.push((
                        format!("{name}_field{k}_tree"),
                        tree.to_string().into_bytes(),
                    ));
                    seeds.push((format!("{name}_field{k}"), copy));
                }
            }
            seeds.push((name, bytes));
        }
    }
    // The trees of the manual's examples: files, envelope items and lengths the
    // generated messages do not have (what `mms encode` reads back from `mms decode`).
    for (i, (_, example)) in spec.examples().enumerate() {
        if let Ok(bytes) = example.bytes() {
            let tree = mms_dissect::dissect(&bytes, &spec);
            json_seeds.push((format!("example_{i}_tree"), tree.to_string().into_bytes()));
        }
    }
    // Every detail code a notification names that picks no payload table: the
    // messages above carry only the codes that pick one (or 00000000), so the
    // rest of each `DetailCode` (its variant, its label) had no seed.
    for notification in &spec.notifications {
        let codes = notification.detail_tables.iter().flat_map(|t| &t.codes);
        for code in codes.filter_map(|c| c.bytes()) {
            if notification.payload_for(code).is_some() {
                continue;
            }
            let hex = format!("{:08X}", u32::from_be_bytes(code));
            let value = json!({
                "kind": "notification",
                "id": format!("0x{:04X}", notification.id.0),
                "ref": 0,
                "status": hex,
                "fields": {},
            });
            let bytes = mms_dissect::encode(&value, &spec)
                .unwrap_or_else(|e| panic!("the encoder refused {value}: {e}"));
            let message =
                Message::decode(&bytes).unwrap_or_else(|e| panic!("{value} did not decode: {e}"));
            assert!(
                message.notification_detail_label().is_some(),
                "{value}: no label for a code the spec names"
            );
            seeds.push((format!("detail_{:04X}_{hex}", notification.id.0), bytes));
        }
    }
    crate::common::write_fuzz_seeds("messages", seeds);
    crate::common::write_fuzz_seeds("json", json_seeds);
}
