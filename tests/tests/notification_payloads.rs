//! Notification payloads typed by their detail code: a code that names one payload table, and
//! codes that name alternatives (encrypted or not, with or without account data), which the
//! decoder tells apart by the items the data carries.

use mms_protocol::generated::message::{Body, Message, Notification};
use mms_protocol::generated::notifications::{
    banking_functions_operation_complete as banking, device_information_update as device,
    transaction_information_update as transaction, user_interface_operation_complete as ui,
};

/// One TLV with a short length.
fn tlv(tag: &[u8], value: &[u8]) -> Vec<u8> {
    assert!(value.len() < 0x80);
    [tag, &[value.len() as u8], value].concat()
}

/// A notification message: `81` (type 0x83, reference 0, ID), `82` (detail code), `84` (the ID
/// again and the payload's TLVs).
fn notification(id: u16, detail: u32, contents: &[u8]) -> Vec<u8> {
    let info = [&[0x83, 0x00][..], &id.to_be_bytes()].concat();
    let payload = [&id.to_be_bytes()[..], contents].concat();
    [
        &[0xAA, 0x00][..],
        &tlv(&[0x81], &info),
        &tlv(&[0x82], &detail.to_be_bytes()),
        &tlv(&[0x84], &payload),
    ]
    .concat()
}

/// Decodes `bytes`, checks they re-encode exactly, and returns the typed notification.
fn decode(bytes: &[u8]) -> Notification {
    let message = Message::decode(bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(message.encode(), bytes);
    match message.body {
        Body::Notification(n) => n,
        other => panic!("not a typed notification: {other:?}"),
    }
}

/// Items of the encrypted-data form: `DFDF59` data, `DFDF50` KSN, `DFDF51` encryption type.
fn encrypted_items() -> Vec<u8> {
    [
        tlv(&[0xDF, 0xDF, 0x59], &[0xAB, 0xCD, 0xEF, 0x01]),
        tlv(&[0xDF, 0xDF, 0x50], &[0xFF; 10]),
        tlv(&[0xDF, 0xDF, 0x51], &[0x01]),
    ]
    .concat()
}

/// The unencrypted form: `FC` holding `DF74` barcode data.
fn barcode_container() -> Vec<u8> {
    tlv(&[0xFC], &tlv(&[0xDF, 0x74], b"4012"))
}

/// 0x0205's PIN block container `F5`: format, encrypted block, KSN, encryption type.
fn pin_block() -> Vec<u8> {
    tlv(
        &[0xF5],
        &[
            tlv(&[0xDF, 0x71], &[0x00]),
            tlv(&[0x99], &[0x11; 8]),
            tlv(&[0xDF, 0xDF, 0x41], &[0x22; 10]),
            tlv(&[0xDF, 0xDF, 0x42], &[0x01]),
        ]
        .concat(),
    )
}

/// 0x0205's encrypted account data items: `DFDF59` data, `DFDF56` KSN, `DFDF57` type.
fn account_data() -> Vec<u8> {
    [
        tlv(&[0xDF, 0xDF, 0x59], &[0xAB; 8]),
        tlv(&[0xDF, 0xDF, 0x56], &[0x33; 10]),
        tlv(&[0xDF, 0xDF, 0x57], &[0x01]),
    ]
    .concat()
}

#[test]
fn device_reset_occurred_is_typed() {
    // Detail code 00000000 refers to its payload table (335) through an override: the manual's
    // row points at the detail code table (345) instead. Before it, the payload stayed `Other`.
    let contents = [tlv(&[0x81], &[0x02]), tlv(&[0x82], &[0x00])].concat();
    let Notification::DeviceInformationUpdate(device::Payload::DeviceResetOccurred(p)) =
        decode(&notification(0x1001, 0x0000_0000, &contents))
    else {
        panic!("not Device Reset Occurred");
    };
    assert_eq!(p.device_operational_status, [0x02]);
    assert_eq!(p.offline_status_detail, [0x00]);
}

#[test]
fn a_barcode_result_is_read_encrypted_or_not() {
    // 04030100 (unidentified type) names both forms; before, only the encrypted one was tried
    // and an unencrypted barcode failed to decode at all.
    let plain = decode(&notification(0x1805, 0x0403_0100, &barcode_container()));
    let Notification::UserInterfaceOperationComplete(
        ui::Payload::BarcodeReaderReadBarcodeResultSuccessUnencryptedData(p),
    ) = plain
    else {
        panic!("not the unencrypted form: {plain:?}");
    };
    assert_eq!(
        p.barcode_data_container.barcode_data.as_deref(),
        Some(&b"4012"[..])
    );

    let wrapped = tlv(&[0x84], &encrypted_items());
    let secret = decode(&notification(0x1805, 0x0403_0100, &wrapped));
    let Notification::UserInterfaceOperationComplete(
        ui::Payload::BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached(p),
    ) = secret
    else {
        panic!("not the encrypted form: {secret:?}");
    };
    assert_eq!(p.notification_payload.encrypted_data_encryption_type, 1);

    // 04030101 (MagTek blob) is always encrypted: unencrypted data does not fit it, and the
    // error is the encrypted form's.
    let error = Message::decode(&notification(0x1805, 0x0403_0101, &barcode_container()))
        .expect_err("unencrypted data under an encrypted-only code");
    assert!(error.to_string().contains("84"), "{error}");
}

#[test]
fn a_pin_block_is_read_with_or_without_account_data() {
    let pin = pin_block();
    let without = tlv(&[0x84], &pin);
    let n = decode(&notification(0x0205, 0x0102_0101, &without));
    assert!(
        matches!(
            n,
            Notification::BankingFunctionsOperationComplete(
                banking::Payload::TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly(_)
            )
        ),
        "{n:?}"
    );

    // With account data the payload also fits the narrower table (its extra items would be
    // kept as unknown ones); the table that names them is chosen.
    let account = account_data();
    let with = tlv(&[0x84], &[account, pin].concat());
    let n = decode(&notification(0x0205, 0x0102_0101, &with));
    let Notification::BankingFunctionsOperationComplete(
        banking::Payload::TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly(
            p,
        ),
    ) = n
    else {
        panic!("not the form with account data: {n:?}");
    };
    assert_eq!(p.notification_payload.encrypted_data_primitive, [0xAB; 8]);
    assert!(p.notification_payload.unknown.is_empty());
}

#[test]
fn a_transaction_barcode_update_is_read_in_each_form() {
    // 30080002 refers to the MagTek blob (309) and to the encrypted and unencrypted forms,
    // which this section has as Tables 310 and 311 (the manual names 0x1805's 352 and 353).
    let code = 0x3008_0002;
    let n = decode(&notification(
        0x0101,
        code,
        &tlv(&[0x84], &encrypted_items()),
    ));
    assert!(
        matches!(
            n,
            Notification::TransactionInformationUpdate(
                transaction::Payload::BarcodeReaderBarcodeEventTypeEncryptedDataAttached(_)
            )
        ),
        "{n:?}"
    );
    let n = decode(&notification(0x0101, code, &barcode_container()));
    assert!(
        matches!(
            n,
            Notification::TransactionInformationUpdate(
                transaction::Payload::BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData(_)
            )
        ),
        "{n:?}"
    );
    let blob = tlv(&[0x84], &[0x01, 0x02, 0x03]);
    let n = decode(&notification(0x0101, code, &blob));
    let Notification::TransactionInformationUpdate(
        transaction::Payload::DataUpdateArqcUpdateQuickChipDataAttached(p),
    ) = n
    else {
        panic!("not the MagTek blob: {n:?}");
    };
    assert_eq!(p.transaction_data.data, [0x01, 0x02, 0x03]);
}

/// `mms decode`'s JSON of `bytes`, after checking that what it names re-encodes exactly: the
/// rows' names, with their tags taken out, are resolved through the table the encoder picks.
fn dissected(spec: &mms_spec::Spec, bytes: &[u8]) -> serde_json::Value {
    fn names_only(v: &mut serde_json::Value) {
        if let serde_json::Value::Object(map) = v {
            map.remove("tag");
            map.values_mut().for_each(names_only);
        }
    }
    let tree = mms_dissect::decode(bytes, spec).unwrap_or_else(|e| panic!("{e}"));
    let mut named = tree.clone();
    names_only(&mut named);
    assert_eq!(
        mms_dissect::encode(&named, spec).unwrap_or_else(|e| panic!("{e}")),
        bytes,
        "{named}"
    );
    tree
}

#[test]
fn mms_decode_chooses_the_table_the_typed_decoder_does() {
    // The spec-driven dissector tries a detail code's tables in the same order and takes the
    // first whose required rows the payload carries. Before, it took the first table the code
    // names, so an unencrypted barcode's rows were shown as TLVs not in the spec.
    let spec = mms_spec::Spec::builtin();
    let plain = dissected(
        &spec,
        &notification(0x1805, 0x0403_0100, &barcode_container()),
    );
    assert_eq!(
        plain["fields"]["barcode_data_container"]["fields"]["barcode_data"]["hex"],
        "34303132"
    );
    let wrapped = tlv(&[0x84], &encrypted_items());
    let secret = dissected(&spec, &notification(0x1805, 0x0403_0100, &wrapped));
    assert_eq!(
        secret["fields"]["notification_payload"]["fields"]["encrypted_data_encryption_type"]["hex"],
        "01"
    );
    // 0101's barcode code: the MagTek blob (309) when the data is no TLV run.
    let blob = tlv(&[0x84], &[0x01, 0x02, 0x03]);
    let n = dissected(&spec, &notification(0x0101, 0x3008_0002, &blob));
    assert_eq!(n["fields"]["transaction_data"]["hex"], "010203", "{n}");
    let n = dissected(
        &spec,
        &notification(0x0101, 0x3008_0002, &barcode_container()),
    );
    assert!(n["fields"]["barcode_data_container"].is_object(), "{n}");

    // 0205: the PIN block alone is Table 326; with account data, 327 (its KSN row is named
    // `pin_ksn` there, `pin_key_serial_number_ksn` in 326).
    let pin = pin_block();
    let account = account_data();
    let container = |n: &serde_json::Value| {
        n["fields"]["notification_payload"]["fields"]["container_for_encrypted_pin_data"]["fields"]
            .clone()
    };
    let without = dissected(
        &spec,
        &notification(0x0205, 0x0102_0101, &tlv(&[0x84], &pin)),
    );
    assert!(
        container(&without)["pin_key_serial_number_ksn"].is_object(),
        "{without}"
    );
    let with = [account, pin].concat();
    let with = dissected(
        &spec,
        &notification(0x0205, 0x0102_0101, &tlv(&[0x84], &with)),
    );
    assert!(container(&with)["pin_ksn"].is_object(), "{with}");
    assert!(
        with["fields"]["notification_payload"]["fields"]["encrypted_data_ksn"].is_object(),
        "{with}"
    );
}

#[test]
fn the_order_of_a_codes_tables_is_the_specs() {
    // One rule, in mms-spec, for the generated decoders, `mms decode` and the Wireshark
    // dissector: most required rows first.
    let spec = mms_spec::Spec::builtin();
    let tables = |id: u16, code: u32| -> Vec<u32> {
        let n = spec.notification(id).unwrap();
        n.payloads_for(code.to_be_bytes())
            .iter()
            .map(|t| t.table)
            .collect()
    };
    assert_eq!(tables(0x1805, 0x0403_0100), [352, 353]);
    assert_eq!(tables(0x1805, 0x0403_0101), [352]);
    assert_eq!(tables(0x0205, 0x0102_0101), [327, 326]);
    assert_eq!(tables(0x0101, 0x3008_0002), [310, 309, 311]);
    assert_eq!(tables(0x1001, 0x0000_0000), [335]);
    assert!(tables(0x1805, 0xFFFF_FFFF).is_empty());
}
