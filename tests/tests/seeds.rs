//! Golden vectors from the manual and the seed pages: each example decodes to
//! the expected fields, re-encodes byte-identically, and (where the example is
//! minimal DER) a freshly built value encodes to the same bytes. Then
//! malformed messages, each with its own error and offset.

use crate::common::*;
use mms_codec::{Contents, DecodeOptions, ErrorKind, LengthForm, Tag, UnknownTlv};
use mms_protocol::envelope::{
    Envelope, MessageInfo, MessageType, PayloadError, API_VERSION, START_OF_MESSAGE,
};
use mms_protocol::{Command, Notification};

/// Manual Table 234 (seed 004 TLV example).
const ECHO_REQUEST: &str = "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03";
/// Manual Table 235.
const ECHO_RESPONSE: &str = "AA 00 81 04 82 01 DF 01 82 04 00 00 00 00 84 07 DF 01 81 03 01 02 03";
/// Manual Table 213 (seed 001 request example).
const START_SEND_FILE_REQUEST: &str = "AA 00 81 04 01 07 D8 12 84 44 D8 12 81 04 02 00 00 00 \
    A2 2B 81 04 00 02 58 38 82 01 04 83 20 D5 B8 BF 2F 3A 15 D9 EE 1D 0D E5 8E DD 68 37 73 18 \
    51 C7 3C 3D 79 58 2B A6 07 90 5C 2B 86 3C E5 A3 0A 81 08 30 32 30 30 30 30 30 30 87 01 01";
/// Manual Table 214.
const START_SEND_FILE_RESPONSE: &str = "AA 00 81 04 82 07 D8 12 82 04 00 00 00 00";
/// Seed 000, Table 15 (data file message).
const DATA_FILE: &str = "AA 00 81 08 84 08 D8 21 00 00 00 01 84 40 \
    00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F 10 11 12 13 14 15 16 17 18 19 1A 1B 1C 1D 1E 1F \
    20 21 22 23 24 25 26 27 28 29 2A 2B 2C 2D 2E 2F 30 31 32 33 34 35 36 37 38 39 3A 3B 3C 3D 3E 3F";
/// A Get Property response from the manual with a non-minimal payload length `84 82 00 10`.
const GET_PROPERTY_RESPONSE: &str = "AA 00 81 04 82 55 D1 01 82 04 00 00 00 00 84 82 00 10 \
    D1 01 85 01 01 87 04 02 07 01 01 89 03 C1 01 00";

/// Manual Table 630 (notification without payload).
const NOTIFICATION: &str = "AA 00 81 04 83 00 18 05 82 04 02 01 00 00";
/// Manual Table 313: a transaction notification with long-form lengths.
const TRANSACTION_NOTIFICATION: &str =
    "AA 00 81 04 83 00 01 01 82 04 10 08 02 02 84 82 01 F8 01 01 84 82 01 F2 01 E9 F9 82 01 E5 \
    DF DF 54 0A 00 00 00 00 00 00 00 00 00 00 DF DF 55 01 82 DF DF 25 0F 42 34 44 42 38 31 37 \
    31 31 31 39 31 39 41 41 FA 82 01 BB 70 82 01 B7 DF DF 53 01 00 5F 20 12 47 55 53 54 49 4E \
    2F 53 54 45 50 48 41 4E 49 45 20 4D 5F 30 02 02 01 DF DF 4D 25 3B 35 33 32 32 30 30 30 30 \
    36 30 30 30 31 36 37 34 3D 31 38 30 39 32 30 31 30 30 30 30 30 30 30 30 30 30 30 3F DF DF \
    52 01 05 F8 82 01 66 DF DF 59 82 01 48 36 69 98 57 4C 81 08 66 28 B6 1F DD 69 B1 C3 43 F7 \
    BA 98 B2 5A 92 53 5F DA 63 6D DA 44 95 F1 15 2D 01 07 9A 4C EB 28 0B 30 5C 21 B2 39 ED E7 \
    EE B6 1A 79 43 56 2E 26 1E C9 87 86 19 68 FA EB 4A 2B BD F5 5D 54 6F C4 67 97 FF 42 2C D6 \
    CF 36 03 48 58 A4 23 9B 51 03 5C 32 0B DC 5E 4E E5 95 1B B5 C5 18 E7 33 0B D2 FE 8D E8 5C \
    47 4D 3C 16 79 42 48 1D CD 83 D5 58 64 48 23 17 F3 29 A7 F1 F1 75 F4 B9 C6 45 F3 02 28 1C \
    90 C7 83 B9 49 AF 56 BD 76 73 E7 45 7D 25 C5 77 3F C7 9A 1B ED 52 0A 05 54 15 B7 9A 2A 59 \
    C1 67 6D E2 8C 02 8B 97 64 96 5D 4C F8 31 A2 20 75 12 8D 99 C1 A2 DF AB 55 0A 62 24 79 CF \
    A8 51 3D AE 84 91 A5 80 19 9F BC 75 B0 F9 56 5E BA 57 A3 B1 61 AA 84 43 F0 D8 E6 44 C1 FA \
    51 0E 0A B0 F7 F2 61 57 5B 86 7E AB DC 49 00 87 A0 3B 69 5F C1 45 C4 10 9A A8 5F B6 30 59 \
    2C 25 FA 15 A5 44 83 24 96 3D 5A 03 50 36 02 EC 6B 15 7C 8D CC 66 BF B7 F4 CF 4C 6D 67 75 \
    87 B9 4E D4 08 76 25 F8 B8 EF BF A8 A0 72 F9 81 AB FF 49 84 E7 BC 8F C5 DD A0 86 B2 74 DD \
    59 8A B2 83 5D DD CC 0C 30 01 96 DF DF 56 0A 90 10 01 0B 4D B8 17 00 00 03 DF DF 57 01 80 \
    DF DF 58 01 05 00 00 00 00 00 00 00";

const OK: [u8; 4] = [0, 0, 0, 0];

fn sha256_of_example() -> [u8; 32] {
    let hash = bytes(
        "D5 B8 BF 2F 3A 15 D9 EE 1D 0D E5 8E DD 68 37 73 18 51 C7 3C 3D 79 58 2B A6 07 90 5C 2B 86 3C E5",
    );
    hash.try_into().unwrap()
}

/// Decodes, checks the byte-identical round trip, and returns the envelope.
fn round_trip(example: &str) -> Envelope {
    let wire = bytes(example);
    let envelope = Envelope::decode(&wire).unwrap();
    assert_eq!(envelope.start, START_OF_MESSAGE);
    assert_eq!(envelope.api_version, API_VERSION);
    assert_eq!(envelope.contents_len(), wire.len());
    assert_eq!(envelope.encode(), wire, "re-encoding differs");
    envelope
}

#[test]
fn echo_request() {
    let envelope = round_trip(ECHO_REQUEST);
    assert_eq!(
        envelope.info,
        MessageInfo {
            message_type: MessageType::Request,
            reference: 0x01,
            id: 0xDF01,
            extra: vec![],
        }
    );
    assert_eq!(envelope.status, None);
    assert_eq!(envelope.payload_id(), Some(EchoRequest::ID));
    assert_eq!(envelope.payload_body(), Some(&[0x81, 0x03, 1, 2, 3][..]));
    let request: EchoRequest = envelope.decode_payload(EchoRequest::ID).unwrap();
    let expected = EchoRequest {
        data: Some(vec![1, 2, 3]),
        ..EchoRequest::default()
    };
    assert_eq!(request, expected);

    let built = Envelope::request(0x01, &expected);
    assert_eq!(built, envelope);
    assert_eq!(built.encode(), bytes(ECHO_REQUEST));
}

#[test]
fn echo_response() {
    let envelope = round_trip(ECHO_RESPONSE);
    assert_eq!(envelope.info.message_type, MessageType::Response);
    assert_eq!(envelope.info.reference, 0x01);
    assert_eq!(envelope.info.id, 0xDF01);
    assert_eq!(envelope.status.as_deref(), Some(&OK[..]));
    let response: EchoResponse = envelope.decode_payload(EchoRequest::ID).unwrap();
    assert_eq!(response.data, Some(vec![1, 2, 3]));
    assert_eq!(response.more, None);

    let built = Envelope::response::<EchoRequest>(0x01, OK, &response);
    assert_eq!(built.encode(), bytes(ECHO_RESPONSE));
}

#[test]
fn start_send_file_request() {
    let envelope = round_trip(START_SEND_FILE_REQUEST);
    assert_eq!(envelope.info.message_type, MessageType::Request);
    assert_eq!(envelope.info.reference, 0x07);
    assert_eq!(envelope.info.id, 0xD812);
    let request: StartSendFileRequest = envelope.decode_payload(0xD812).unwrap();
    assert_eq!(request.file_id, [0x02, 0x00, 0x00, 0x00]);
    assert_eq!(request.properties.length, vec![0x00, 0x02, 0x58, 0x38]);
    assert_eq!(request.properties.hash_type, HashType::Sha256);
    assert_eq!(request.properties.hash, sha256_of_example());
    assert_eq!(request.description.name.as_deref(), Some(&b"02000000"[..]));
    assert_eq!(request.description.label, None);
    assert_eq!(request.description.version, None);
    assert_eq!(request.description.date, None);
    assert_eq!(request.reserved, Some(vec![0x01]));
    assert!(request.unknown.items.is_empty());
    // The payload alone also round-trips.
    assert_eq!(request.to_bytes(), envelope.payload_body().unwrap());

    let fresh = StartSendFileRequest {
        file_id: [0x02, 0, 0, 0],
        properties: TransferProperties {
            length: vec![0x00, 0x02, 0x58, 0x38],
            hash_type: HashType::Sha256,
            hash: sha256_of_example(),
            unknown: Default::default(),
        },
        description: FileDescription {
            name: Some(b"02000000".to_vec()),
            ..FileDescription::default()
        },
        reserved: Some(vec![0x01]),
        unknown: Default::default(),
    };
    assert_eq!(fresh, request);
    assert_eq!(
        Envelope::request(0x07, &fresh).encode(),
        bytes(START_SEND_FILE_REQUEST)
    );
}

#[test]
fn start_send_file_response_without_payload() {
    let envelope = round_trip(START_SEND_FILE_RESPONSE);
    assert_eq!(envelope.info.message_type, MessageType::Response);
    assert_eq!(envelope.info.reference, 0x07);
    assert_eq!(envelope.info.id, 0xD812);
    assert_eq!(envelope.status.as_deref(), Some(&OK[..]));
    assert_eq!(envelope.payload, None);
    assert_eq!(envelope.payload_id(), None);
    // No parameters: reads as the empty response.
    let response: StartSendFileResponse = envelope.decode_payload(0xD812).unwrap();
    assert_eq!(response, StartSendFileResponse::default());
    // A type with required items cannot come from a missing payload.
    assert_eq!(
        envelope.decode_payload::<StartSendFileRequest>(0xD812),
        Err(PayloadError::Missing)
    );

    let built = Envelope::response::<StartSendFileRequest>(0x07, OK, &response);
    assert_eq!(built.encode(), bytes(START_SEND_FILE_RESPONSE));
}

#[test]
fn data_file_message() {
    let envelope = round_trip(DATA_FILE);
    assert_eq!(envelope.info.message_type, MessageType::DataFileFromDevice);
    assert_eq!(envelope.info.reference, 0x08);
    assert_eq!(envelope.info.id, 0xD821);
    assert_eq!(envelope.info.extra, vec![0, 0, 0, 1]);
    assert_eq!(envelope.info.file_type(), Some(1));
    let data: Vec<u8> = (0..0x40).collect();
    assert_eq!(envelope.payload.as_deref(), Some(&data[..]));

    let built = Envelope::data_file(MessageType::DataFileFromDevice, 0x08, 0xD821, 1, data);
    assert_eq!(built, envelope);
    assert_eq!(built.encode(), bytes(DATA_FILE));
}

#[test]
fn non_minimal_length_round_trips() {
    let envelope = round_trip(GET_PROPERTY_RESPONSE);
    assert_eq!(envelope.info.reference, 0x55);
    assert_eq!(envelope.payload_id(), Some(0xD101));
    assert_eq!(envelope.unknown.layout[2].form, LengthForm::Long(2));
    let payload: Opaque = envelope.decode_payload(0xD101).unwrap();
    let tags: Vec<u32> = payload
        .unknown
        .items
        .iter()
        .map(|i| i.tag.to_u32())
        .collect();
    assert_eq!(tags, vec![0x85, 0x87, 0x89]);
    assert_eq!(
        payload.to_bytes(),
        bytes("85 01 01 87 04 02 07 01 01 89 03 C1 01 00")
    );

    // Forgetting the layout gives the canonical (minimal) encoding.
    let mut canonical = envelope.clone();
    canonical.unknown.layout.clear();
    let mut expected = bytes(GET_PROPERTY_RESPONSE);
    expected.splice(15..18, [0x10]);
    assert_eq!(canonical.encode(), expected);
}

#[test]
fn unknown_tags_stay_in_place() {
    // C5 (primitive) between 81 and 84, E1 (constructed) after 84.
    let wire =
        bytes("AA 00 81 04 01 01 DF 01 C5 02 11 22 84 07 DF 01 81 03 01 02 03 E1 03 81 01 09");
    let envelope = Envelope::decode(&wire).unwrap();
    assert_eq!(
        envelope.unknown.items,
        vec![
            UnknownTlv {
                tag: Tag::from_u32(0xC5),
                form: LengthForm::Short,
                value: vec![0x11, 0x22],
            },
            UnknownTlv {
                tag: Tag::from_u32(0xE1),
                form: LengthForm::Short,
                value: vec![0x81, 0x01, 0x09],
            },
        ]
    );
    assert_eq!(envelope.encode(), wire);

    // Unknown tags inside the payload are kept too.
    let wire = bytes("AA 00 81 04 01 01 DF 01 84 0B DF 01 9F 20 01 AA 81 03 01 02 03");
    let envelope = Envelope::decode(&wire).unwrap();
    let request: EchoRequest = envelope.decode_payload(0xDF01).unwrap();
    assert_eq!(request.data, Some(vec![1, 2, 3]));
    assert_eq!(request.unknown.items[0].tag, Tag::from_u32(0x9F20));
    assert_eq!(request.to_bytes(), envelope.payload_body().unwrap());
}

/// The error's kind and offset when decoding `example`.
fn error_of(example: &str, options: DecodeOptions) -> (ErrorKind, usize) {
    let error = Envelope::decode_with(&bytes(example), options).unwrap_err();
    (error.kind, error.offset)
}

#[test]
fn malformed_messages_say_what_and_where() {
    let lenient = DecodeOptions::default();
    // Wrong start byte.
    assert_eq!(
        error_of("AB 00 81 04 01 01 DF 01", lenient),
        (
            ErrorKind::UnexpectedByte {
                expected: 0xAA,
                found: 0xAB
            },
            0
        )
    );
    // Message cut inside a TLV header.
    assert_eq!(
        error_of("AA 00 81", lenient),
        (
            ErrorKind::Truncated {
                needed: 1,
                available: 0
            },
            3
        )
    );
    // Message cut before the API version byte.
    assert_eq!(
        error_of("AA", lenient),
        (
            ErrorKind::Truncated {
                needed: 1,
                available: 0
            },
            1
        )
    );
    // A value shorter than its length says.
    assert_eq!(
        error_of("AA 00 81 04 01 01", lenient),
        (
            ErrorKind::ValueTruncated {
                declared: 4,
                available: 2
            },
            3
        )
    );
    // Length past the end of the message.
    assert_eq!(
        error_of("AA 00 81 04 01 01 DF 01 84 7F DF 01", lenient),
        (
            ErrorKind::ValueTruncated {
                declared: 0x7F,
                available: 2
            },
            9
        )
    );
    // Bad long-form length bytes (indefinite, and more than 4 length bytes).
    assert_eq!(
        error_of("AA 00 81 80 01 01 DF 01 00 00", lenient),
        (ErrorKind::BadLengthForm { first_byte: 0x80 }, 3)
    );
    assert_eq!(
        error_of(
            "AA 00 81 04 01 01 DF 01 84 85 00 00 00 00 02 DF 01",
            lenient
        ),
        (ErrorKind::BadLengthForm { first_byte: 0x85 }, 9)
    );
    // Oversized length.
    assert_eq!(
        error_of("AA 00 81 04 01 01 DF 01 84 84 7F FF FF FF", lenient),
        (
            ErrorKind::LengthTooLarge {
                length: 0x7FFF_FFFF,
                max: lenient.max_length
            },
            9
        )
    );
    // Non-minimal length in strict mode only.
    let strict = DecodeOptions {
        strict_der: true,
        ..DecodeOptions::default()
    };
    assert_eq!(
        error_of(GET_PROPERTY_RESPONSE, strict),
        (ErrorKind::NonMinimalLength { length: 0x10 }, 15)
    );
    // Required message information missing.
    assert_eq!(
        error_of("AA 00 84 00", lenient),
        (
            ErrorKind::MissingTag {
                expected: Tag::from_u32(0x81)
            },
            0
        )
    );
    // Message information too short for its fixed fields.
    let error = Envelope::decode(&bytes("AA 00 81 03 01 01 DF")).unwrap_err();
    assert_eq!(
        (error.kind, error.offset),
        (
            ErrorKind::Truncated {
                needed: 2,
                available: 1
            },
            6
        )
    );
    assert_eq!(error.path.iter().collect::<Vec<_>>(), [Tag::from_u32(0x81)]);
}

#[test]
fn payload_errors_count_from_the_message_start() {
    // Too deep: the payload is one level, A2 inside it would be the second.
    let envelope = Envelope::decode(&bytes(START_SEND_FILE_REQUEST)).unwrap();
    let shallow = DecodeOptions {
        max_depth: 1,
        ..DecodeOptions::default()
    };
    let Err(PayloadError::Decode(error)) =
        envelope.decode_payload_with::<StartSendFileRequest>(0xD812, shallow)
    else {
        panic!("expected a depth error");
    };
    assert_eq!(error.kind, ErrorKind::TooDeep { max: 1 });
    assert_eq!(error.offset, 20);
    assert_eq!(
        error.path.iter().collect::<Vec<_>>(),
        [Tag::from_u32(0x84), Tag::from_u32(0xA2)]
    );

    // Wrong command.
    assert_eq!(
        envelope.decode_payload::<EchoRequest>(EchoRequest::ID),
        Err(PayloadError::WrongId {
            expected: 0xDF01,
            found: 0xD812
        })
    );

    // Truncated item inside the payload: offset in the whole message.
    let envelope =
        Envelope::decode(&bytes("AA 00 81 04 01 01 DF 01 84 05 DF 01 81 05 01")).unwrap();
    let Err(PayloadError::Decode(error)) = envelope.decode_payload::<EchoRequest>(0xDF01) else {
        panic!("expected a decode error");
    };
    assert_eq!(
        error.kind,
        ErrorKind::ValueTruncated {
            declared: 5,
            available: 1
        }
    );
    assert_eq!(error.offset, 13);
    assert_eq!(
        error.path.iter().collect::<Vec<_>>(),
        [Tag::from_u32(0x84), Tag::from_u32(0x81)]
    );
    assert_eq!(
        error.to_string(),
        "at byte 13 in 84/81: length 5 is past the end of input (1 byte left)"
    );

    // Payload shorter than its ID.
    let envelope = Envelope::decode(&bytes("AA 00 81 04 01 01 DF 01 84 01 DF")).unwrap();
    let Err(PayloadError::Decode(error)) = envelope.decode_payload::<EchoRequest>(0xDF01) else {
        panic!("expected a decode error");
    };
    assert_eq!(
        (error.kind, error.offset),
        (
            ErrorKind::Truncated {
                needed: 2,
                available: 1
            },
            10
        )
    );
}

#[test]
fn unknown_message_type_round_trips() {
    let wire = bytes("AA 00 81 04 7E 01 DF 01");
    let envelope = round_trip("AA 00 81 04 7E 01 DF 01");
    assert!(matches!(envelope.info.message_type, MessageType::Other(_)));
    assert_eq!(envelope.info.message_type.to_raw(), 0x7E);
    assert_eq!(envelope.encode(), wire);
}

/// The hex constants above match the seed pages, when they are present.
#[test]
fn vectors_match_the_seed_pages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: seed pages not found at {}", dir.display());
        return;
    };
    let mut text = String::new();
    for entry in entries.flatten() {
        text.push_str(&std::fs::read_to_string(entry.path()).unwrap_or_default());
    }
    let squashed: String = text.split_whitespace().collect();
    for (name, example) in [
        ("echo request", ECHO_REQUEST),
        ("echo response", ECHO_RESPONSE),
        ("start send file request", START_SEND_FILE_REQUEST),
        ("start send file response", START_SEND_FILE_RESPONSE),
        ("data file", DATA_FILE),
    ] {
        let needle: String = example.split_whitespace().collect();
        assert!(
            squashed.contains(&needle),
            "{name} not found in the seed pages"
        );
    }
}

/// A notification without parameters, ID 0x1805 (manual Table 630).
#[derive(mms_codec::Tlv, Debug, Default, PartialEq, Eq)]
struct NoParameters {}

impl Notification for NoParameters {
    const ID: u16 = 0x1805;
    const NAME: &'static str = "example notification";
}

#[test]
fn notification_without_payload() {
    let envelope = round_trip(NOTIFICATION);
    assert_eq!(envelope.info.message_type, MessageType::Notification);
    assert_eq!(envelope.info.reference, 0);
    assert_eq!(envelope.info.id, 0x1805);
    assert_eq!(
        envelope.status.as_deref(),
        Some(&[0x02, 0x01, 0x00, 0x00][..])
    );
    assert_eq!(envelope.payload, None);
    let built = Envelope::notification([0x02, 0x01, 0x00, 0x00], &NoParameters {});
    assert_eq!(built, envelope);
    assert_eq!(built.encode(), bytes(NOTIFICATION));
}

#[test]
fn long_notification_round_trips() {
    let envelope = round_trip(TRANSACTION_NOTIFICATION);
    assert_eq!(envelope.info.message_type, MessageType::Notification);
    assert_eq!(envelope.info.id, 0x0101);
    assert_eq!(
        envelope.status.as_deref(),
        Some(&[0x10, 0x08, 0x02, 0x02][..])
    );
    assert_eq!(envelope.payload_id(), Some(0x0101));
    assert_eq!(envelope.payload.as_ref().map(Vec::len), Some(0x1F8));
    // The payload's items (one 84 with a two-byte length) survive too.
    let payload: Opaque = envelope.decode_payload(0x0101).unwrap();
    assert_eq!(payload.unknown.items.len(), 1);
    assert_eq!(payload.unknown.items[0].form, LengthForm::Long(2));
    assert_eq!(payload.to_bytes(), envelope.payload_body().unwrap());
}

/// A decoded data file's bytes live in the body, and re-encoding writes them
/// straight into the output where the `84` item belongs (`Message::encode`).
#[test]
fn a_decoded_data_file_re_encodes_with_every_item_in_place() {
    let cases = [
        // `83` before the file; the reserved `9E` and an unknown `C1` after it.
        "AA 00 81 08 84 08 D8 21 00 00 00 01 83 01 07 84 03 01 02 03 9E 01 00 C1 01 05",
        // Only `81` and the file.
        "AA 00 81 08 84 08 D8 21 00 00 00 01 84 03 01 02 03",
        // A long length for a file of 300 bytes, then an unknown item.
        &format!(
            "AA 00 81 08 04 00 D8 12 00 00 03 00 84 82 01 2C {} C1 00",
            "AB ".repeat(300)
        ),
        // Out of canonical order (a recorded layout): the general path keeps the order.
        "AA 00 84 03 01 02 03 81 08 84 08 D8 21 00 00 00 01",
    ];
    for case in cases {
        let wire = bytes(case);
        let message = mms_protocol::Message::decode(&wire).unwrap();
        assert!(
            matches!(&message.body, mms_protocol::Body::DataFile(file) if !file.is_empty()),
            "{case}"
        );
        assert_eq!(message.encode(), wire, "{case}");
    }
}
