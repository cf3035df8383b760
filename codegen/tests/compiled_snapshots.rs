//! The snapshot files compile, and the code in them works: decoding the fixture
//! spec's examples, re-encoding them byte-identically, open enums, status text.

// Formatted by the generator; the snapshot test compares the files byte for byte.
#[rustfmt::skip]
#[path = "fixtures/expected/mod.rs"]
pub mod generated;

use generated::commands::{fixture_device_version, start_send_file_to_device_unsecured};
use generated::message::{Body, Message, Notification, Response};
use generated::notifications::fixture_device_update;
use generated::status::{Status, StatusDetail, StatusSummary};
use mms_codec::Contents;
use mms_message::{Command, Envelope, MessageKind};

fn hex(text: &str) -> Vec<u8> {
    mms_spec::parse_hex(text).expect("valid hex")
}

#[test]
fn fixture_examples_round_trip() {
    let spec = mms_spec::Spec::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/spec"),
    )
    .unwrap();
    let mut count = 0;
    for (_, example) in spec.examples() {
        let bytes = example.bytes().unwrap();
        let message =
            Message::decode(&bytes).unwrap_or_else(|e| panic!("Table {}: {e}", example.table));
        assert_eq!(message.encode(), bytes, "Table {}", example.table);
        count += 1;
    }
    assert_eq!(count, 6);
}

#[test]
fn packed_values_nested_sequences_and_unknown_items() {
    let bytes = hex("AA 00 81 04 82 07 E0 E0 82 04 00 00 00 00 84 14 E0 E0 81 04 01 02 00 07 A2 0A 83 04 00 00 00 2A A4 02 C1 00");
    let message = Message::decode(&bytes).unwrap();
    assert_eq!(message.kind(), MessageKind::Response);
    assert_eq!(message.name(), Some("Fixture Device Version"));
    let Body::Response(Response::FixtureDeviceVersion(response)) = &message.body else {
        panic!("not typed: {:?}", message.body);
    };
    assert_eq!(response.version.major, 1);
    assert_eq!(response.version.minor, 2);
    assert_eq!(response.version.build, [0, 7]);
    let details = response.details.as_ref().unwrap();
    // `rust_type = "u32"` in the spec: a number, not the four bytes.
    assert_eq!(details.serial, Some(0x2A));
    assert_eq!(details.vendor_data.as_ref().unwrap().unknown.items.len(), 1);
    assert!(message.status().unwrap().is_ok());
}

#[test]
fn built_requests_encode_canonically() {
    let request =
        fixture_device_version::Request::new(fixture_device_version::RequestPart::Hardware);
    assert_eq!(request.to_bytes(), [0x81, 0x01, 0x01]);
    let wire = Envelope::request(0x07, &request).encode();
    assert_eq!(wire, hex("AA 00 81 04 01 07 E0 E0 84 05 E0 E0 81 01 01"));
    assert_eq!(
        <fixture_device_version::Request as Command>::NAME,
        "Fixture Device Version"
    );
    // Unnamed values are kept, and print in hex.
    let other = fixture_device_version::RequestPart::from_raw(0x33);
    assert_eq!(other.to_string(), "0x33");
    assert_eq!(other.to_raw(), 0x33);
    assert_eq!(
        fixture_device_version::RequestPart::Firmware.to_string(),
        "Firmware"
    );
    let _: start_send_file_to_device_unsecured::Response = Default::default();
    // Two commands with the same value set share one type.
    let mut with_hash = request.clone();
    with_hash.hash_checksum_type = Some(generated::value_sets::HashChecksumType::Sha256);
    let properties = start_send_file_to_device_unsecured::RequestFileTransferProperties::new(
        vec![0, 0, 0, 1],
        generated::value_sets::HashChecksumType::Sha256,
    );
    assert_eq!(
        with_hash.hash_checksum_type,
        Some(properties.hash_checksum_type)
    );
}

#[test]
fn status_prints_summary_and_detail() {
    let failed = Status::from_bytes([0x80, 0x02, 0x03, 0x05]);
    assert_eq!(failed.summary, StatusSummary::FailedToStartOperation);
    assert_eq!(failed.detail, StatusDetail::RequestHandlerLowBattery);
    assert_eq!(
        failed.to_string(),
        "Failed to start operation: Request Handler / Device state issues / Low battery"
    );
    assert_eq!(Status::from_bytes([0, 0, 0, 0]).to_string(), "OK, Done");
    let unknown = Status::from_bytes([0x81, 0x09, 0x08, 0x07]);
    assert_eq!(unknown.to_bytes(), [0x81, 0x09, 0x08, 0x07]);
    assert_eq!(
        unknown.to_string(),
        "0x81: group 0x09 / subgroup 0x08 / code 0x07"
    );
}

#[test]
fn notification_payload_follows_the_detail_code() {
    let bytes = hex("AA 00 81 04 83 00 10 01 82 04 02 01 00 00 84 06 10 01 81 02 00 05");
    let message = Message::decode(&bytes).unwrap();
    assert_eq!(
        message.notification_detail_label(),
        Some("Keys, Key Loaded")
    );
    let Body::Notification(Notification::FixtureDeviceUpdate(
        fixture_device_update::Payload::KeyLoaded(payload),
    )) = &message.body
    else {
        panic!("not typed: {:?}", message.body);
    };
    assert_eq!(payload.key_slot, [0, 5]);
    // Another detail code has no payload table: the TLVs are kept as they are.
    let other = hex("AA 00 81 04 83 00 10 01 82 04 01 01 00 00 84 06 10 01 81 02 00 05");
    let message = Message::decode(&other).unwrap();
    assert!(matches!(
        message.body,
        Body::Notification(Notification::FixtureDeviceUpdate(
            fixture_device_update::Payload::Other(_)
        ))
    ));
    assert_eq!(message.encode(), other);
}

#[test]
fn malformed_payloads_name_the_command_and_offset() {
    // 81 should hold at least the two fixed version bytes.
    let bytes = hex("AA 00 81 04 82 07 E0 E0 82 04 00 00 00 00 84 05 E0 E0 81 01 01");
    let error = Message::decode(&bytes).unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains("response Fixture Device Version (0xE0E0)"),
        "{text}"
    );
    assert!(error.decode_error().is_some(), "{text}");
    // Unknown IDs keep their payload raw.
    let unknown = hex("AA 00 81 04 01 07 E1 E1 84 05 E1 E1 81 01 01");
    let message = Message::decode(&unknown).unwrap();
    assert_eq!(message.body, Body::Raw(hex("E1 E1 81 01 01")));
    assert_eq!(message.encode(), unknown);
}

#[test]
fn file_ids_are_file_types() {
    use generated::file_types::FileType;
    // Manual Table 213 (the start of it): file ID 00000100, then transfer properties.
    let payload = hex("81 04 00 00 01 00 A2 06 81 01 10 82 01 04");
    let request = start_send_file_to_device_unsecured::Request::from_bytes(&payload).unwrap();
    assert_eq!(request.file_id, FileType::EMV_CONFIGURATION_PROCESSING_FILE);
    assert_eq!(
        request.file_id.to_string(),
        "EMV configuration, processing file"
    );
    assert_eq!(format!("{:?}", FileType(0x0900_0000)), "FileType(09000000)");
    assert_eq!(request.to_bytes(), payload);
}

// The family snapshot, compiled and exercised.
#[rustfmt::skip]
#[path = "fixtures/expected_family/tiny.rs"]
pub mod tiny;

#[test]
fn family_snapshot_decodes_its_examples() {
    let family = mms_spec::FamilySpec::load(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/family/tiny"),
    )
    .unwrap();
    for example in &family.examples.examples {
        let bytes = hex(&example.hex);
        let message = tiny::Message::decode(&bytes).unwrap();
        assert_eq!(message.encode(), bytes, "Table {}", example.table);
    }
    let event = tiny::Message::decode(&hex(&family.examples.examples[1].hex)).unwrap();
    assert!(tiny::notifications::event::matches(&event));
    assert_eq!(event.name(), Some("Event"));
    let status = event
        .data_objects
        .as_ref()
        .unwrap()
        .status
        .as_ref()
        .unwrap();
    // A two-byte bit table is a bit set: named bits by name, a range by its value.
    assert!(mms_message::bits::Flags::contains(
        &status.flags,
        tiny::Flags::BUSY
    ));
    assert!(
        status.flags.to_string().starts_with("Busy"),
        "{}",
        status.flags
    );
    assert_eq!(tiny::Flags(0x8002).to_string(), "Busy, Mode = 2");
    assert_eq!(tiny::Flags(0x0104).to_string(), "0x0104");
    assert_eq!(tiny::bits::tag_81::MODE, (1, 0b0000_0011));
    let version = status.version.as_ref().unwrap();
    assert_eq!((version.major, version.minor), (1, 2));
    // 99 is not in the spec: kept, and written back in place.
    assert_eq!(
        event
            .data_objects
            .as_ref()
            .unwrap()
            .status
            .as_ref()
            .unwrap()
            .unknown
            .items
            .len(),
        1
    );
    let ping = tiny::commands::ping::command();
    assert_eq!(ping.encode(), hex("C0 01 01 C1 01 01 C2 01 01"));
    let ack = tiny::Message::response(tiny::ApplicationId::GroupOne, 1, tiny::ResultCode::Ok);
    assert!(tiny::commands::ping::is_response(&ack));
    assert_eq!(tiny::TCP_PORT, 7000);
}

#[test]
fn data_type_layouts_keep_their_framing() {
    use generated::data_types::{tiny_arqc::TinyArqc, DataType};
    // A 2-byte length (12), F9 { DFDF55: 82, DFDF59: AB }, then a 4-byte MAC.
    let bytes = [
        0x00, 0x0C, 0xF9, 0x0A, 0xDF, 0xDF, 0x55, 0x01, 0x82, 0xDF, 0xDF, 0x59, 0x01, 0xAB, 0x11,
        0x22, 0x33, 0x44,
    ];
    let arqc = TinyArqc::decode(&bytes).unwrap();
    assert_eq!(arqc.tlvs.container.mac_encryption_type, 0x82);
    assert_eq!(
        arqc.tlvs.container.encrypted_data_primitive.as_deref(),
        Some(&[0xAB][..])
    );
    assert_eq!(arqc.trailer, [0x11, 0x22, 0x33, 0x44]);
    assert_eq!(arqc.to_bytes().unwrap(), bytes);
    // The prefix may not claim more than there is.
    let err = TinyArqc::decode(&[0x00, 0x20, 0xF9, 0x00]).unwrap_err();
    assert!(
        matches!(
            err.kind,
            mms_codec::ErrorKind::ValueTruncated {
                declared: 32,
                available: 2
            }
        ),
        "{err:?}"
    );
    // Decrypted contents: padding after the TLVs stays as read.
    let plain = [0xFC, 0x05, 0xDF, 0xDF, 0x36, 0x01, 0x00, 0x00, 0x00];
    let any = DataType::decode("tiny_arqc_decrypted", &plain)
        .unwrap()
        .unwrap();
    assert_eq!(any.layout(), "tiny_arqc_decrypted");
    assert_eq!(any.to_bytes().unwrap(), plain);
    assert!(DataType::decode("no_such_layout", &plain).is_none());
}

#[test]
fn bit_mapped_properties_are_bit_sets_that_name_their_bits() {
    use generated::properties::FixtureReaderEnables;
    use mms_codec::Value;
    use mms_message::bits::Flags;
    let set = FixtureReaderEnables::value_from_bytes(&[0xA3]).unwrap();
    assert!(set.contains(FixtureReaderEnables::CONTACTLESS));
    // The reserved bit 7 has no constant: it prints in hex, and re-encodes unchanged.
    assert_eq!(set.to_string(), "Contact, Contactless, Mode = 2, 0x80");
    assert_eq!(set.value_to_bytes(), [0xA3]);
    assert_eq!(
        FixtureReaderEnables::FLAGS
            .iter()
            .map(|f| f.name())
            .collect::<Vec<_>>(),
        ["Contact", "Contactless", "Mode"]
    );
    assert!(FixtureReaderEnables::value_from_bytes(&[1, 2]).is_err());
}

#[test]
fn a_three_byte_bit_set_is_three_bytes_on_the_wire() {
    use generated::properties::FixtureKernelOptions;
    use mms_codec::Value;
    let set = FixtureKernelOptions::value_from_bytes(&[0x02, 0x80, 0x01]).unwrap();
    assert_eq!(set, FixtureKernelOptions(0x02_80_01));
    assert_eq!(set.to_string(), "Max Retry = 2, Contact, Transit");
    assert_eq!(set.value_to_bytes(), [0x02, 0x80, 0x01]);
    assert_eq!(FixtureKernelOptions(0x40_00).to_string(), "0x004000");
    assert!(FixtureKernelOptions::value_from_bytes(&[0, 0x02, 0x80, 0x01]).is_err());
}

#[test]
fn a_bit_set_of_one_or_two_bytes_is_shared_by_the_layouts_that_have_it() {
    use generated::data_types::{tiny_arqc_decrypted, tiny_uid};
    use generated::value_sets::ReaderOptions;
    use mms_codec::Value;
    // Both layouts' Reader Options are the one type in `value_sets`.
    let uid = tiny_uid::TinyUid {
        nfc_uid: vec![0x04],
        reader_options: Some(ReaderOptions::CONTACT),
        unknown: Default::default(),
    };
    let container = tiny_arqc_decrypted::DecryptedDataContainer {
        reader_options: uid.reader_options,
        ..Default::default()
    };
    assert_eq!(container.reader_options, Some(ReaderOptions::CONTACT));
    // One byte is byte 1; two bytes add byte 2; each keeps its width.
    let one = ReaderOptions::value_from_bytes(&[0x80]).unwrap();
    let two = ReaderOptions::value_from_bytes(&[0x80, 0x01]).unwrap();
    assert_eq!(one.to_string(), "Contact");
    assert_eq!(two.to_string(), "Contact, Transit");
    assert_eq!(one.value_to_bytes(), [0x80]);
    assert_eq!(
        ReaderOptions::value_from_bytes(&[0x80, 0x00])
            .unwrap()
            .value_to_bytes(),
        [0x80, 0x00]
    );
    assert!(ReaderOptions::value_from_bytes(&[0x80, 0x00, 0x00]).is_err());
    // In a message: DF7A of one byte round-trips.
    let bytes = [0xDF, 0x79, 0x01, 0x04, 0xDF, 0x7A, 0x01, 0x80];
    let any = generated::data_types::DataType::decode("tiny_uid", &bytes)
        .unwrap()
        .unwrap();
    assert_eq!(any.to_bytes().unwrap(), bytes);
}
