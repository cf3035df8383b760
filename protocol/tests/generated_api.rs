//! The generated API over the repository's spec: names, status text, open enums,
//! property and file type tables, and the typed `Message`.

use mms_protocol::generated::file_types::{FileType, FILE_TYPES};
use mms_protocol::generated::message::{Body, Notification, Response};
use mms_protocol::generated::status::StatusDetail;
use mms_protocol::generated::{commands, notifications, properties};
use mms_protocol::property::{get_request, set_request, Access, OidForm};
use mms_protocol::{Command, Envelope, Message, MessageError, MessageKind, Status};

fn hex(text: &str) -> Vec<u8> {
    let compact: String = text.split_whitespace().collect();
    (0..compact.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&compact[i..i + 2], 16).unwrap())
        .collect()
}

#[test]
fn status_prints_summary_group_subgroup_and_meaning() {
    let status = Status::from_bytes([0x80, 0x02, 0x03, 0x16]);
    assert!(!status.is_ok());
    assert_eq!(
        status.detail,
        StatusDetail::RequestHandlerFailedDeviceStateLowBattery5OrLess
    );
    assert_eq!(
        status.to_string(),
        "Failed to start operation: Request Handler / Device state issues (busy, not permitted, \
         tampered, low battery) / Failed, device state, Low Battery (5% or less)"
    );
    assert_eq!(status.detail.origin(), Some("Request Handler"));
    // An unknown detail code keeps its bytes.
    let unknown = Status::from_bytes([0x81, 0x02, 0x03, 0xEE]);
    assert_eq!(unknown.to_bytes(), [0x81, 0x02, 0x03, 0xEE]);
    assert!(unknown.to_string().ends_with("/ code 0xEE"), "{unknown}");
}

#[test]
fn names_and_tables() {
    assert_eq!(
        commands::name(0xD812),
        Some("Start Send File to Device (Unsecured)")
    );
    assert_eq!(commands::name(0x0000), None);
    assert_eq!(<commands::echo::Request as Command>::ID, 0xDF01);
    assert_eq!(
        notifications::name(0x0101),
        Some("Transaction Information Update")
    );
    assert!(notifications::detail_label(0x0101, 0x0801_0100).is_some());
    let reset = properties::by_oid(&[1, 2, 7, 1, 1, 1]).unwrap();
    assert_eq!(reset.access, Access::ReadWrite);
    assert_eq!(properties::by_ident(reset.ident), Some(reset));
    assert!(properties::PROPERTIES
        .windows(2)
        .all(|w| w[0].oid < w[1].oid));
    assert!(FILE_TYPES.windows(2).all(|w| w[0].0 < w[1].0));
    assert_eq!(
        FileType(0x0000_0100).label(),
        Some("EMV configuration, processing file")
    );
}

#[test]
fn get_property_round_trip_through_message() {
    let reset = properties::by_oid(&[1, 2, 7, 1, 1, 1]).unwrap();
    let request = get_request(reset, OidForm::SIMPLE).unwrap();
    // Manual Table 187.
    let wire = hex("AA 00 81 04 01 55 D1 01 84 0F D1 01 85 01 01 87 04 02 07 01 01 89 02 C1 00");
    assert_eq!(Envelope::request(0x55, &request).encode(), wire);
    // Manual Table 188, whose payload length is written `82 00 10`.
    let response = hex(
        "AA 00 81 04 82 55 D1 01 82 04 00 00 00 00 84 82 00 10 D1 01 85 01 01 87 04 02 07 01 01 89 03 C1 01 00",
    );
    let message = Message::decode(&response).unwrap();
    assert_eq!(message.kind(), MessageKind::Response);
    assert_eq!(message.reference(), 0x55);
    assert!(message.status().unwrap().is_ok());
    let Body::Response(Response::GetProperty(get)) = &message.body else {
        panic!("{:?}", message.body);
    };
    assert_eq!(mms_protocol::property::response_value(get).unwrap(), [0x00]);
    assert_eq!(
        message.to_string(),
        "response Get Property (0xD101), reference 0x55: OK, Done"
    );
    assert_eq!(message.encode(), response);
}

#[test]
fn notification_detail_and_typed_payload() {
    // Manual Table 630: a notification without payload.
    let wire = hex("AA 00 81 04 83 00 18 05 82 04 02 01 00 00");
    let message = Message::decode(&wire).unwrap();
    assert_eq!(message.kind(), MessageKind::Notification);
    assert_eq!(message.notification_detail(), Some(0x0201_0000));
    assert_eq!(message.body, Body::Empty);
    assert!(message.name().is_some());
    let _ = message.notification_detail_label();
    assert!(!matches!(
        message.body,
        Body::Notification(Notification::TransactionInformationUpdate(_))
    ));
}

#[test]
fn a_notification_the_spec_does_not_have_is_kept_raw_with_its_detail_code() {
    // 0x1234 is no notification of the spec: the message still decodes, keeps its
    // detail code and payload as they came, and names neither.
    let wire = hex("AA 00 81 04 83 07 12 34 82 04 02 01 00 00 84 03 12 34 00");
    let message = Message::decode(&wire).unwrap();
    assert_eq!(message.kind(), MessageKind::Notification);
    assert_eq!(message.id(), 0x1234);
    assert_eq!(message.name(), None);
    assert_eq!(message.notification_detail(), Some(0x0201_0000));
    assert_eq!(message.notification_detail_label(), None);
    assert_eq!(message.body, Body::Raw(hex("12 34 00")));
    assert_eq!(
        message.to_string(),
        "notification 0x1234, reference 0x07: detail 0x02010000"
    );
    assert_eq!(message.encode(), wire);
}

#[test]
fn a_payload_that_does_not_fit_its_command_is_an_error_with_name_and_offset() {
    // Echo request whose 81 length runs past the payload.
    let wire = hex("AA 00 81 04 01 01 DF 01 84 05 DF 01 81 05 01");
    let error = Message::decode(&wire).unwrap_err();
    let MessageError::Payload(failure) = &error else {
        panic!("{error}");
    };
    assert_eq!(failure.id, 0xDF01);
    assert_eq!(failure.name, "Echo");
    let text = error.to_string();
    assert!(text.starts_with("request Echo (0xDF01): "), "{text}");
    assert!(error.decode_error().unwrap().offset <= wire.len());
    // The lenient form keeps the payload raw and still re-encodes the input.
    let (message, error) = Message::decode_or_raw(&wire).unwrap();
    assert!(error.is_some());
    assert_eq!(message.body, Body::Raw(hex("DF 01 81 05 01")));
    assert_eq!(message.encode(), wire);
}

#[test]
fn every_property_has_typed_get_and_set_requests() {
    for p in properties::PROPERTIES {
        for form in [OidForm::SIMPLE, OidForm::NESTED] {
            let get = get_request(p, form).unwrap_or_else(|e| panic!("{}: {e}", p.oid_text));
            assert_eq!(
                mms_protocol::property::oid_of(&mms_codec::Contents::to_bytes(&get)).unwrap(),
                p.oid,
                "{}",
                p.oid_text
            );
            let value = vec![0u8; p.min_len.unwrap_or(1) as usize];
            assert!(p.accepts_len(value.len()), "{}", p.oid_text);
            set_request(p, form, &value).unwrap_or_else(|e| panic!("{}: {e}", p.oid_text));
        }
    }
    assert!(properties::PROPERTIES.len() > 200);
}

#[test]
fn a_payload_id_that_differs_from_81_is_an_error() {
    // Manual Table 221 (a recorded erratum): 81 names D821, the payload starts with D825.
    let bytes = hex("AA 00 81 04 01 08 D8 21 84 08 D8 25 81 04 00 00 00 01");
    let error = Message::decode(&bytes).unwrap_err();
    assert_eq!(
        error,
        MessageError::IdMismatch {
            kind: MessageKind::Request,
            info_id: 0xD821,
            payload_id: 0xD825,
            offset: 10,
        }
    );
    assert!(error.to_string().contains("D821"), "{error}");
    // Tools still get the message, the payload kept raw, and the error beside it.
    let (message, error) = Message::decode_or_raw(&bytes).unwrap();
    assert!(matches!(error, Some(MessageError::IdMismatch { .. })));
    assert!(matches!(message.body, Body::Raw(_)));
    assert_eq!(message.encode(), bytes);
    // The same envelope typed without re-encoding fails the same way.
    let envelope = Envelope::decode(&bytes).unwrap();
    assert!(matches!(
        Message::from_envelope(envelope),
        Err(MessageError::IdMismatch { offset: 10, .. })
    ));
}

#[test]
fn from_envelope_types_a_decoded_envelope() {
    let bytes = hex("AA 00 81 04 82 01 DF 01 82 04 00 00 00 00 84 07 DF 01 81 03 01 02 03");
    let envelope = Envelope::decode(&bytes).unwrap();
    let message = Message::from_envelope(envelope).unwrap();
    assert_eq!(message, Message::decode(&bytes).unwrap());
    assert!(matches!(message.body, Body::Response(_)));
}

/// A value whose spec lists a range (`01..FF` = "1 to 255 seconds") is a number, not an
/// enum whose in-range values are all `Other`.
#[test]
fn a_ranged_value_is_a_number() {
    let request = commands::start_transaction::Request {
        transaction_timeout_in_seconds: 60,
        ..Default::default()
    };
    let bytes = mms_codec::Contents::to_bytes(&request);
    let back =
        <commands::start_transaction::Request as mms_codec::Contents>::from_bytes(&bytes).unwrap();
    assert_eq!(back.transaction_timeout_in_seconds, 60);
}

/// "Any approved outcome" is one match on the detail part, whatever the source.
fn approved(code: notifications::transaction_operation_complete::DetailCode) -> bool {
    use notifications::transaction_operation_complete::Detail;
    matches!(code.detail(), Detail::Approved | Detail::OfflineApproved)
}

/// A notification detail code exposes its parts as enums named after the spec's labels, so
/// one match covers a whole group.
#[test]
fn detail_codes_expose_their_parts() {
    use notifications::transaction_operation_complete::{Detail, DetailCode, Reason, Source};
    let msr = DetailCode::from_raw(0x0802_0600);
    assert_eq!(msr.label(), Some("MSR, Outcome, Approved, Reserved"));
    assert_eq!(msr.source(), Source::Msr);
    assert_eq!(msr.reason(), Reason::Outcome);
    assert_eq!(msr.detail(), Detail::Approved);
    assert_eq!(msr.detail().label(), Some("Approved"));
    assert_eq!(msr.extra(), 0x00);
    let icc = DetailCode::from_raw(0x1002_0201);
    assert_eq!(icc.reason(), Reason::KernelOutcome);
    assert!(approved(msr) && approved(icc));
    assert!(!approved(DetailCode::from_raw(0x0802_8000)));
    // A code the spec does not name still has parts, kept as bytes.
    let unknown = DetailCode::from_raw(0xEE01_0203);
    assert_eq!(unknown.source(), Source::Other(0xEE));
    assert_eq!(unknown.detail(), Detail::Other(0x02));
}

/// Fields with the same values in several commands share one type.
#[test]
fn one_value_set_is_one_type() {
    use commands::{
        start_get_file_from_device as get_file, start_send_file_to_device_unsecured as send_file,
    };
    use mms_protocol::generated::value_sets::HashChecksumType;
    let sent = send_file::RequestFileTransferProperties::new(
        vec![0; 4],
        HashChecksumType::Sha256,
        [0; 32],
    );
    let got = get_file::ResponseFileTransferProperties::new(
        vec![0; 4],
        HashChecksumType::Sha256,
        [0; 32],
    );
    // The same type on both sides: compared directly, no conversion.
    assert_eq!(sent.hash_checksum_type, got.hash_checksum_type);
    assert_eq!(HashChecksumType::Sha256.to_string(), "SHA-256");
}
