//! The generated API reads like hand-written code: one type per value set, typed parts of
//! notification detail codes, numbers for quantities.

use mms_protocol::generated::commands::{
    start_get_file_from_device as get_file, start_send_file_to_device_unsecured as send_file,
    start_transaction,
};
use mms_protocol::generated::notifications::transaction_operation_complete::{
    Detail, DetailCode, Reason, Source,
};
use mms_protocol::generated::value_sets::HashChecksumType;

#[test]
fn one_value_set_is_one_type() {
    let sent: send_file::RequestFileTransferProperties =
        send_file::RequestFileTransferProperties::new(
            vec![0; 4],
            HashChecksumType::Sha256,
            [0; 32],
        );
    let got: get_file::ResponseFileTransferProperties =
        get_file::ResponseFileTransferProperties::new(
            vec![0; 4],
            HashChecksumType::Sha256,
            [0; 32],
        );
    // The same type on both sides: compared directly, no conversion.
    assert_eq!(sent.hash_checksum_type, got.hash_checksum_type);
    assert_eq!(HashChecksumType::Sha256.to_string(), "SHA-256");
}

/// "Any approved outcome" is one match on the detail part, whatever the source.
fn approved(code: DetailCode) -> bool {
    matches!(code.detail(), Detail::Approved | Detail::OfflineApproved)
}

#[test]
fn detail_codes_expose_their_parts() {
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

#[test]
fn quantities_are_numbers() {
    // `01..FF` seconds: a number, its named value (`00` no timeout) documented.
    let request = start_transaction::Request {
        transaction_timeout_in_seconds: 60,
        ..Default::default()
    };
    let seconds: u8 = request.transaction_timeout_in_seconds;
    assert_eq!(seconds, 60);
}
