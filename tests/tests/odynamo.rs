//! Golden vectors of the oDynamo-style family (seed 003, `spec/odynamo/examples.toml`):
//! every example decodes into the generated `odynamo::Message` and re-encodes byte for
//! byte, the manual's own bytes included where an example was corrected.

use mms_codec::{Contents, ErrorKind};
use mms_protocol::bits::Flags;
use mms_protocol::generated::odynamo::{
    bits, commands, ApplicationId, DeviceCertificateStatus, Message, MessageType, ResultCode,
};
use mms_spec::FamilySpec;

use crate::common::{tlv, Rng};

fn family() -> FamilySpec {
    FamilySpec::builtin("odynamo").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_example_round_trips_through_the_generated_types() {
    let family = family();
    let mut count = 0;
    for example in &family.examples.examples {
        let mut variants = vec![example.hex.as_str()];
        if let Some(c) = &example.correction {
            variants.push(c.manual_hex.as_str());
        }
        for hex in variants {
            let bytes = mms_spec::parse_hex(hex).unwrap();
            let message =
                Message::decode(&bytes).unwrap_or_else(|e| panic!("Table {}: {e}", example.table));
            assert!(message.unknown.items.is_empty(), "Table {}", example.table);
            assert_eq!(message.encode(), bytes, "Table {}", example.table);
            count += 1;
        }
    }
    // Two examples, one of them with the manual's bytes kept beside the correction.
    assert_eq!(count, 3);
}

#[test]
fn table_2_1_is_an_ok_ack_to_clear_transaction_data() {
    let bytes = mms_spec::parse_hex("C0 01 02 C1 01 01 C2 01 02 C3 01 00").unwrap();
    let message = Message::decode(&bytes).unwrap();
    assert_eq!(message.message_type, MessageType::Response);
    assert_eq!(message.application_id, ApplicationId::GeneralMessages);
    assert_eq!(message.result_code, Some(ResultCode::OkDone));
    assert_eq!(message.name(), Some("Clear Transaction Data"));
    assert!(commands::clear_transaction_data::is_response(&message));
    // A freshly built ACK encodes to the same bytes.
    let built = Message::response(
        ApplicationId::GeneralMessages,
        commands::clear_transaction_data::COMMAND_ID,
        ResultCode::OkDone,
    );
    assert_eq!(built.encode(), bytes);
    assert_eq!(
        commands::clear_transaction_data::command().encode(),
        [0xC0, 0x01, 0x01, 0xC1, 0x01, 0x01, 0xC2, 0x01, 0x02]
    );
}

#[test]
fn table_2_2_keeps_the_manuals_application_byte() {
    let family = family();
    let example = &family.examples.examples[1];
    let fixed = Message::decode(&mms_spec::parse_hex(&example.hex).unwrap()).unwrap();
    assert_eq!(fixed.result_code, Some(ResultCode::BadMessageFormat));
    assert_eq!(fixed.name(), Some("Send Big Block Command"));
    assert_eq!(fixed.result_code.unwrap().to_string(), "Bad Message Format");
    let manual = example.correction.as_ref().unwrap();
    let as_printed = Message::decode(&mms_spec::parse_hex(&manual.manual_hex).unwrap()).unwrap();
    // 0x10 is no application group: kept as an unnamed value, shown in hex.
    assert_eq!(as_printed.application_id.label(), None);
    assert_eq!(as_printed.application_id.to_string(), "0x10");
    assert_eq!(as_printed.name(), None);
}

#[test]
fn data_objects_decode_into_their_types() {
    // E0 { F1 { DF51 (12 bytes: tamper occurred), DF52 (4 bytes: device cert) } }
    let bytes = mms_spec::parse_hex(
        "C0 01 02 C1 01 00 C2 01 01 C3 01 00 E0 18 F1 16 \
         DF 51 0C 00 00 00 00 02 00 00 00 00 00 00 00 DF 52 04 10 00 00 00",
    )
    .unwrap();
    let message = Message::decode(&bytes).unwrap();
    let status = message
        .data_objects
        .as_ref()
        .and_then(|d| d.device_status.as_ref())
        .expect("F1");
    let df51 = status.device_status.expect("DF51");
    let (byte, mask) = bits::df51::TAMPER_OCCURRED;
    assert_ne!(df51[byte] & mask, 0);
    let (byte, mask) = bits::df51::UCI_ERROR;
    assert_eq!(df51[byte] & mask, 0);
    // DF52 fits an integer, so it is a bit set that names its set bits.
    let df52 = status.device_certificate_status.expect("DF52");
    assert!(df52.contains(DeviceCertificateStatus::DEVICE_CERT));
    assert!(!df52.contains(DeviceCertificateStatus::PIN_CRL));
    assert_eq!(df52.to_string(), "Device Cert");
    assert_eq!(message.encode(), bytes);
    assert_eq!(message.data_bytes(), bytes[14..]);
}

#[test]
fn bad_input_is_an_error_with_its_offset() {
    // C2 claims 5 bytes, 1 follows.
    let e = Message::decode(&[0xC0, 0x01, 0x01, 0xC1, 0x01, 0x01, 0xC2, 0x05, 0x02]).unwrap_err();
    assert_eq!(e.offset, 7);
    assert!(matches!(e.kind, ErrorKind::ValueTruncated { .. }), "{e}");
    // No C2 at all.
    let e = Message::decode(&[0xC0, 0x01, 0x01, 0xC1, 0x01, 0x01]).unwrap_err();
    assert!(matches!(e.kind, ErrorKind::MissingTag { .. }), "{e}");
    // DF51 must be 12 bytes.
    let e = Message::from_bytes(
        &mms_spec::parse_hex("C0 01 02 C1 01 00 C2 01 01 E0 06 F1 04 DF 51 01 00").unwrap(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("E0/F1/DF51"), "{e}");
}

/// The bytes of `fields` (the data objects' rows), every row once with a value its
/// length allows: a raw row's bytes are one of its named values (or zeros), a TLV
/// list without rows holds two small items, a variable value 0 to 40 bytes.
fn every_row(fields: &[mms_spec::Field], rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for field in fields {
        let pick = rng.below(field.values.len() as u64 + 1) as usize;
        let named = field
            .values
            .get(pick)
            .map(|v| mms_spec::parse_hex(&v.value).unwrap());
        let value = if field.raw {
            let len = field.len.fixed().expect("raw rows have a fixed length");
            named.unwrap_or_else(|| vec![0; len as usize])
        } else if !field.fields.is_empty() {
            every_row(&field.fields, rng)
        } else if field.data_type.as_deref() == Some("T") {
            vec![0xDF, 0x40, 0x01, rng.next() as u8, 0x5A, 0x02, 0x12, 0x34]
        } else {
            let len = field.len.fixed().map_or(rng.below(41), u64::from);
            named.unwrap_or_else(|| (0..len).map(|_| rng.next() as u8).collect())
        };
        match field.tag {
            Some(tag) => out.extend(tlv(tag.as_bytes(), &value)),
            None => out.extend(value),
        }
    }
    out
}

/// Every data object row of the spec, in each message type, decodes into its typed
/// field (no level keeps an unnamed item) and re-encodes byte for byte. The messages
/// are seeds of the `odynamo` fuzz target (`MMS_FUZZ_SEEDS`).
#[test]
fn every_data_object_decodes_into_its_typed_field() {
    let family = family();
    let rows = &family
        .data_objects
        .data
        .as_ref()
        .expect("data objects")
        .fields;
    let mut seeds = Vec::new();
    for i in 0..48u64 {
        let objects = every_row(rows, &mut Rng(0x9E37_79B9_7F4A_7C15 ^ i));
        let app = ApplicationId::from_raw((i % 9) as u8);
        let mut message = match i % 3 {
            0 => Message::command(app, i as u8),
            1 => Message::response(app, i as u8, ResultCode::from_raw(i as u8)),
            _ => Message::notification(app, i as u8, ResultCode::from_raw(0x80 | i as u8)),
        }
        .encode();
        message.extend(tlv(&[0xE0], &objects));
        let decoded = Message::decode(&message).unwrap_or_else(|e| panic!("seed {i}: {e}"));
        assert_eq!(decoded.encode(), message, "seed {i}");
        let data = decoded.data_objects.as_ref().expect("E0");
        let status = data.device_status.as_ref().expect("F1");
        let maced = data.maced_message.as_ref().expect("F9");
        let encrypted = maced.encrypted_data.as_ref().expect("F8");
        for (level, unknown) in [
            ("message", &decoded.unknown),
            ("E0", &data.unknown),
            ("F1", &status.unknown),
            ("F9", &maced.unknown),
            ("F8", &encrypted.unknown),
        ] {
            assert!(
                unknown.items.is_empty(),
                "seed {i}: {level} kept {unknown:?}"
            );
        }
        assert!(status.device_status.is_some() && status.device_certificate_status.is_some());
        assert!(maced.message_data_information.is_some() && maced.pos_entry_mode.is_some());
        assert!(maced.msr_fallback.is_some() && maced.msr_card_data.is_some());
        assert!(maced.container.is_some() && data.mac.is_some());
        assert!(encrypted.encrypted_track_data.is_some() && encrypted.padding_count.is_some());
        assert!(encrypted.msr_encryption_type.is_some());
        seeds.push((format!("data_objects_{i}"), message));
    }
    crate::common::write_fuzz_seeds("odynamo", seeds);
}

mod stream {
    use mms_protocol::generated::odynamo::{ApplicationId, Message, ResultCode};
    use mms_runtime::tcp::TlvFramer;
    use proptest::prelude::*;

    fn message() -> impl Strategy<Value = Message> {
        (
            0u8..4,
            any::<u8>(),
            any::<u8>(),
            proptest::option::of(any::<u8>()),
            proptest::option::of(proptest::collection::vec(any::<u8>(), 0..300)),
        )
            .prop_map(|(kind, app, cmd, rc, data)| {
                let app = ApplicationId::from_raw(app);
                let mut m = match (kind, rc) {
                    (1, Some(rc)) => Message::response(app, cmd, ResultCode::from_raw(rc)),
                    (2, Some(rc)) => Message::notification(app, cmd, ResultCode::from_raw(rc)),
                    _ => Message::command(app, cmd),
                };
                m.data = data;
                m
            })
    }

    proptest! {
        /// Messages written back to back and cut anywhere come out of the framer whole,
        /// and decode to what was written.
        #[test]
        fn a_stream_cut_anywhere_gives_the_messages_back(
            messages in proptest::collection::vec(message(), 1..6),
            cuts in proptest::collection::vec(1usize..64, 1..40),
        ) {
            let wire: Vec<u8> = messages.iter().flat_map(Message::encode).collect();
            let mut framer = TlvFramer::default();
            let mut got = Vec::new();
            let mut rest = &wire[..];
            let mut cuts = cuts.into_iter().cycle();
            while !rest.is_empty() {
                let n = cuts.next().unwrap().min(rest.len());
                framer.push(&rest[..n]);
                rest = &rest[n..];
                while let Some(bytes) = framer.next_message().unwrap() {
                    got.push(Message::decode(&bytes).unwrap());
                }
            }
            if let Some(bytes) = framer.flush_idle().unwrap() {
                got.push(Message::decode(&bytes).unwrap());
            }
            prop_assert_eq!(got, messages);
            prop_assert_eq!(framer.pending(), 0);
        }
    }
}
