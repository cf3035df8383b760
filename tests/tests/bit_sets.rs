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

/// The EMV Entry Point tables (manual Tables 34 to 40) number bits 8 (most significant) down to
/// 1; their bit sets name the manual's example values.
#[test]
fn entry_point_tables_name_their_example_bits() {
    use mms_protocol::generated::data_types::{
        american_express_expresspay_entry_point_table as amex,
        china_unionpay_entry_point_table as unionpay, interac_flash_entry_point_table as interac,
        jcb_entry_point_table as jcb, mastercard_mcl_entry_point_table as mcl,
        visa_paywave_entry_point_table as visa,
    };
    use mms_protocol::generated::value_sets;
    fn shown<T: Value + std::fmt::Display>(hex: &str) -> String {
        let raw = bytes(hex);
        let value = T::value_from_bytes(&raw).unwrap();
        assert_eq!(value.value_to_bytes(), raw, "{hex} re-encodes");
        value.to_string()
    }
    // Table 34 (Mastercard).
    assert_eq!(
        shown::<mcl::KernelConfiguration>("20"),
        "On-Device-CVM Supported"
    );
    assert_eq!(shown::<mcl::SecurityCapabilities>("08"), "CDA");
    assert_eq!(shown::<mcl::CardDataInputCapabilities>("60"), "MSR, ICC");
    assert_eq!(
        shown::<mcl::CvmCapabilityCvmRequired2>("28"),
        "Signature, No CVM"
    );
    assert_eq!(shown::<mcl::CvmCapabilityCvmRequired>("00"), "none");
    // Bits 8..5 code the CVM: 0001 is Obtain Signature.
    assert_eq!(shown::<mcl::CvmCapabilityCvmRequired>("10"), "CVM = 1");
    // Table 35 (Visa): three bytes; byte 3 is reserved, so its bits show in hex.
    assert_eq!(shown::<visa::KernelConfiguration>("00 00 06"), "0x000006");
    assert_eq!(
        shown::<visa::KernelConfiguration>("82 40 00"),
        "CVN17 fallback to MSD legacy (Not supported), Force Online, TVR not reset"
    );
    assert_eq!(
        shown::<value_sets::BitmapEntryPoint>("F8"),
        "Status Check Support Flag, Zero Amount Allowed Flag, Reader Contactless Transaction Limit, \
         Reader Contactless Floor Limit, Reader CVM Required Limit"
    );
    // Table 36 (American Express): six bytes, bytes 1, 3 and 4 are numbers.
    assert_eq!(
        shown::<amex::ContactlessReaderCapability>("C0"),
        "Expresspay Version = 3"
    );
    assert_eq!(
        shown::<amex::KernelConfiguration>("31 01 00 00 00 00"),
        "Seed for UN for MSD mode = 49, Unable to go online support"
    );
    assert_eq!(
        shown::<amex::KernelConfiguration>("00 00 05 00 81 43"),
        "Hold Time for See Phone cases = 5, XP 3.0 activated, Transit Terminal, \
         Only EMV Mode, C-4 Kernel Version = 3"
    );
    // Table 38 (UnionPay), 39 (JCB), 40 (Interac): the `b8: name` notation.
    assert_eq!(
        shown::<unionpay::KernelConfigurationByte1>("01 81"),
        "Display PROCESSING Message, C7 Outcome, Transit Terminal"
    );
    assert_eq!(
        shown::<jcb::KernelConfiguration>("7B 00 80"),
        "Status Check Supported, ODA Supported, Exception File Supported, \
         Random Transaction Selection Supported, EMV Mode Supported, Legacy Mode Supported, \
         On Device CVM"
    );
    assert_eq!(
        shown::<interac::TerminalOptionStatusByte1>("E0 00"),
        "Use Interface If Different Currency, Use Interface If Different Country Code, \
         Use Interface If Domestic Transaction With Different Currency"
    );
    assert_eq!(
        shown::<interac::KernelConfigurationByte1>("02 34"),
        "Max Retry = 2, Mobile NFC, Contactless Card, Always DD"
    );
    assert!(visa::KernelConfiguration::value_from_bytes(&[0, 0, 0, 6]).is_err());
}

/// D-PAS's Kernel Configuration (Table 37) is one byte, or two on the Common Kernel (the
/// manual's examples `60` and `60 00`); both read byte 1 the same way and keep their width.
#[test]
fn d_pas_kernel_configuration_is_one_or_two_bytes() {
    use mms_protocol::generated::data_types::discover_d_pas_entry_point_table::KernelConfiguration;
    let one = KernelConfiguration::value_from_bytes(&[0x60]).unwrap();
    let two = KernelConfiguration::value_from_bytes(&[0x60, 0x00]).unwrap();
    for value in [one, two] {
        assert_eq!(
            value.to_string(),
            "Check PID Limit, Extended Selection Support"
        );
        assert!(value.contains(KernelConfiguration::CHECK_PID_LIMIT));
    }
    assert_eq!(one.value_to_bytes(), [0x60]);
    assert_eq!(two.value_to_bytes(), [0x60, 0x00]);
    let common = KernelConfiguration::value_from_bytes(&[0x80, 0x10]).unwrap();
    assert_eq!(
        common.to_string(),
        "Exception List Supported, Deferred Authorization"
    );
    // Built from bits: as few bytes as hold them.
    let built = KernelConfiguration::EXCEPTION_LIST_SUPPORTED;
    assert_eq!(built.value_to_bytes(), [0x80]);
    assert_eq!(
        built
            .union(KernelConfiguration::DEFERRED_AUTHORIZATION)
            .value_to_bytes(),
        [0x80, 0x10]
    );
    assert!(KernelConfiguration::value_from_bytes(&[]).is_err());
    assert!(KernelConfiguration::value_from_bytes(&[1, 2, 3]).is_err());

    // The dissector reads both widths alike.
    let spec = mms_spec::Spec::builtin();
    let layout = spec.layout("discover_d_pas_entry_point_table").unwrap();
    for (kernel, names) in [
        (
            "01 60",
            r#""bits":["Check PID Limit","Extended Selection Support"]"#,
        ),
        (
            "02 80 10",
            r#""bits":["Exception List Supported","Deferred Authorization"]"#,
        ),
    ] {
        let kernel = bytes(kernel);
        let mut table = bytes("FF 35 00 DF 0F 00 DF 1B");
        table.extend(&kernel);
        table[2] = (table.len() - 3) as u8;
        table[5] = (2 + kernel.len()) as u8;
        let tree = mms_dissect::data_type::data_type_json(&table, 0, layout, &spec).to_string();
        assert!(tree.contains(names), "{names} in {tree}");
    }
}

/// Identical value sets are one type: the four Entry Point tables with a Bitmap Entry Point
/// (`DF30`) all use `value_sets::BitmapEntryPoint`.
#[test]
fn identical_bit_sets_are_one_type() {
    use mms_protocol::generated::data_types::{
        american_express_expresspay_entry_point_table as amex,
        china_unionpay_entry_point_table as unionpay, discover_d_pas_entry_point_table as dpas,
        visa_paywave_entry_point_table as visa,
    };
    use mms_protocol::generated::value_sets::BitmapEntryPoint;
    // Compiles only if each table's field is that one type.
    fn field<C>(get: fn(&C) -> &BitmapEntryPoint) -> fn(&C) -> &BitmapEntryPoint {
        get
    }
    field::<visa::PayloadDelimiterContainer>(|c| &c.bitmap_entry_point);
    field::<amex::PayloadDelimiterContainer>(|c| &c.bitmap_entry_point);
    field::<dpas::PayloadDelimiterContainer>(|c| &c.bitmap_entry_point);
    field::<unionpay::PayloadDelimiterContainer>(|c| &c.bitmap_entry_point);
}

/// The dissector reads an Entry Point table (a file's data, not a message) with the same names.
#[test]
fn the_dissector_names_entry_point_bits() {
    let spec = mms_spec::Spec::builtin();
    let layout = spec.layout("mastercard_mcl_entry_point_table").unwrap();
    // FF35 { DF0E 02 01 00, DF0F { DF1B 20, DF03 08, DF17 60 } } (Table 34's examples).
    let table = bytes("FF 35 15 DF 0E 03 02 01 00 DF 0F 0C DF 1B 01 20 DF 03 01 08 DF 17 01 60");
    let tree = mms_dissect::data_type::data_type_json(&table, 0, layout, &spec).to_string();
    for names in [
        r#""bits":["On-Device-CVM Supported"]"#,
        r#""bits":["CDA"]"#,
        r#""bits":["MSR","ICC"]"#,
    ] {
        assert!(tree.contains(names), "{names} in {tree}");
    }
}
