//! Bit-mapped values decode into bit sets that name every set bit, keep the bits the spec
//! does not name, and re-encode byte for byte; the dissector names the same bits.

use mms_codec::Value;
use mms_protocol::bits::Flags;
use mms_protocol::generated::commands::start_transaction::TransactionOptions;
use mms_protocol::generated::message::{Body, Message, Request as RequestPayload};
use mms_protocol::generated::properties::{
    SelectableCardDataEncryptionEnable, UserEventNotificationsEnable,
};

fn bytes(hex: &str) -> Vec<u8> {
    hex::decode(hex.replace(' ', "")).unwrap()
}

/// Manual Table 73: Start Transaction with Transaction Options `84 02 00 03`.
const START_TRANSACTION: &str = "AA 00 81 04 01 00 10 01 84 3D 10 01 82 01 3C A3 09 81 01 01 82 01 01 83 01 01 84 02 00 03 86 27 9C 01 00 9F 02 06 00 00 00 00 01 00 9F 03 06 00 00 00 00 00 00 5F 2A 02 08 40 5F 36 01 02 9F 15 02 00 00 9F 53 01 00";

#[test]
fn the_manual_example_names_its_transaction_options() {
    let wire = bytes(START_TRANSACTION);
    let message = Message::decode(&wire).unwrap();
    let Body::Request(RequestPayload::StartTransaction(request)) = &message.body else {
        panic!("a Start Transaction request: {:?}", message.body)
    };
    let options = request.transaction_options.expect("84");
    assert_eq!(options, TransactionOptions(0x0003));
    assert!(options.contains(TransactionOptions::QUICK_CHIP_TRANSACTION_FLOW));
    assert!(!options.contains(TransactionOptions::SKIP_SIGNATURE_CAPTURE_ON_SERVICE_CODE));
    assert_eq!(
        options.to_string(),
        "Quick Chip Transaction Flow, DynaPro Response Format"
    );
    assert_eq!(message.encode(), wire);
}

#[test]
fn unnamed_bits_are_kept_and_shown_in_hex() {
    // Byte 0: Contactless Card Presented and Card Swiped; byte 1: Encrypt Barcode Reader
    // Event Data and the reserved bit 1; byte 3 bit 7 is not named either.
    let raw = [0x11, 0x03, 0x00, 0x80];
    let set = UserEventNotificationsEnable::value_from_bytes(&raw).unwrap();
    assert_eq!(
        set.to_string(),
        "Contactless Card Presented, Card Swiped, Encrypt Barcode Reader Event Data, 0x00020080"
    );
    assert_eq!(set.value_to_bytes(), raw);
    let names: Vec<&str> = set.iter_names().map(|(name, _)| name).collect();
    assert_eq!(
        names,
        [
            "Contactless Card Presented",
            "Card Swiped",
            "Encrypt Barcode Reader Event Data"
        ]
    );
    assert_eq!(UserEventNotificationsEnable::default().to_string(), "none");
    assert!(UserEventNotificationsEnable::value_from_bytes(&raw[..3]).is_err());
}

#[test]
fn a_range_shows_its_value_and_bytes_count_from_zero() {
    // Property 1.1.2.6.1.1 numbers its bytes from 0: byte 0 bit 0 is the first byte's LSB.
    let set = SelectableCardDataEncryptionEnable::from_bits_retain(0x0100 | 0x0400);
    assert_eq!(set.to_string(), "Card Holder Name, Expiration Date");
    let options = TransactionOptions(0x0203);
    assert!(options
        .to_string()
        .starts_with("Apple/Google VAS Mode = 2, "));
}

#[test]
fn the_dissector_names_the_same_bits() {
    let spec = mms_spec::Spec::builtin();
    let tree = mms_dissect::decode(&bytes(START_TRANSACTION), &spec).unwrap();
    let text = mms_dissect::render(&tree, &spec, mms_dissect::RenderOptions::default());
    assert!(
        text.contains("(bits: Quick Chip Transaction Flow, DynaPro Response Format)"),
        "{text}"
    );
}
