//! The device answers the manual's request examples with the manual's response
//! examples, byte for byte (hex examples are facts from the manual).

use mms_sim::{builtin_properties, Device, DeviceConfig, MessageKind};
use std::time::Instant;

fn hex(text: &str) -> Vec<u8> {
    let digits: String = text.chars().filter(|c| c.is_ascii_hexdigit()).collect();
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).unwrap())
        .collect()
}

fn respond(device: &mut Device, request: &str) -> Vec<u8> {
    let out = device.handle(&hex(request), Instant::now());
    assert_eq!(out.len(), 1, "one response expected, got {out:?}");
    assert_eq!(out[0].kind, MessageKind::Response);
    out[0].message.clone()
}

fn check(request: &str, response: &str) {
    let mut device = Device::default();
    assert_eq!(
        hex_string(&respond(&mut device, request)),
        hex_string(&hex(response))
    );
}

fn hex_string(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn echo_table_234() {
    check(
        "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03",
        "AA 00 81 04 82 01 DF 01 82 04 00 00 00 00 84 07 DF 01 81 03 01 02 03",
    );
}

#[test]
fn get_property_simple_form_table_187() {
    check(
        "AA00 8104 0155D101 840F D101 8501 01 8704 02070101 8902 C100",
        "AA00 8104 8255D101 8204 00000000 84820010 D101 8501 01 8704 02070101 8903 C101 00",
    );
}

#[test]
fn get_property_long_remainder_table_189() {
    check(
        "AA00 8104 0155D101 8411 D101 8501 01 890A E208 E706 E104 E102 C100",
        "AA00 8104 8255D101 8204 00000000 84820012 D101 8501 01 890B E209 E707 E105 E103 C101 00",
    );
}

#[test]
fn get_device_model_name_table_990() {
    check(
        "AA 00 81 04 01 06 D1 01 84 1A D1 01 81 07 2B 06 01 04 01 F6 09 85 01 02 89 0A E1 08 E2 06 E2 04 E2 02 C1 00",
        "AA 00 81 04 82 06 D1 01 82 04 00 00 00 00 84 82 00 27 D1 01 81 07 2B 06 01 04 01 F6 09 85 01 02 89 17 E1 15 E2 13 E2 11 E2 0F C1 0D 44 79 6E 61 46 6C 65 78 20 50 72 6F 00",
    );
}

#[test]
fn get_key_type_table_999() {
    check(
        "AA 00 81 04 01 31 D1 01 84 1A D1 01 81 07 2B 06 01 04 01 F6 09 85 01 02 89 0A E1 08 E2 06 E2 04 E2 02 C6 00",
        "AA 00 81 04 82 31 D1 01 82 04 00 00 00 00 84 82 00 1C D1 01 81 07 2B 06 01 04 01 F6 09 85 01 02 89 0C E1 0A E2 08 E2 06 E2 04 C6 02 FF 00",
    );
}

#[test]
fn get_serial_number_table_1156() {
    check(
        "AA 00 81 04 01 B5 D1 01 84 18 D1 01 81 07 2B 06 01 04 01 F6 09 85 01 02 87 04 02 01 01 01 89 02 C1 00",
        "AA 00 81 04 82 B5 D1 01 82 04 00 00 00 00 84 82 00 1C D1 01 81 07 2B 06 01 04 01 F6 09 85 01 02 87 04 02 01 01 01 89 06 C1 04 B6 13 78 A0",
    );
}

#[test]
fn get_branch_table_191() {
    // The manual's example device has a smaller 2.1.2 branch than the spec
    // (reserved entries, no boot or kernel versions): use its table.
    let mut device = Device::new(DeviceConfig {
        properties: builtin_properties(),
        ..DeviceConfig::default()
    });
    // Table 192 shows a device whose firmware version differs from Table 994's.
    device
        .properties_mut()
        .force(&[2, 1, 2, 2, 2, 2], b"1000007183-A5-PCI\0\0");
    let response = respond(
        &mut device,
        "AA00 8104 0155D101 840D D101 8501 02 8702 0102 8902 C200",
    );
    assert_eq!(
        hex_string(&response),
        hex_string(&hex(
            "AA00 81 04 8255D101 82 04 00000000 84 820056 D101 85 01 02 87 02 0102 89 820049 E2 820045 E1 820004 C1 00 C2 00 E2 820039 C1 0D 44796E61466C65782050726F00 C2 13 313030303030373138332D41352D5043490000 C3 00 C4 0B 3130303030303731383300 C5 00 C6 02 FF00"
        ))
    );
}

#[test]
fn set_then_get_property_tables_935_and_936() {
    let mut device = Device::default();
    assert_eq!(
        hex_string(&respond(
            &mut device,
            "AA 00 81 04 01 55 D1 11 84 10 D1 11 85 01 01 87 04 02 07 01 01 89 03 C1 01 05"
        )),
        hex_string(&hex(
            "AA 00 81 04 82 55 D1 11 82 04 00 00 00 00 84 82 00 10 D1 11 85 01 01 87 04 02 07 01 01 89 03 C1 01 05"
        ))
    );
    assert_eq!(
        hex_string(&respond(
            &mut device,
            "AA00 8104 0155D101 840F D101 8501 01 8704 02070101 8902 C100"
        )),
        hex_string(&hex(
            "AA00 8104 8255D101 8204 00000000 84820010 D101 8501 01 8704 02070101 8903 C101 05"
        ))
    );
}

#[test]
fn set_property_original_example_table_195() {
    check(
        "AA 00 81 04 01 55 D1 11 84 10 D1 11 85 01 01 87 04 02 07 01 01 89 03 C1 01 00",
        "AA 00 81 04 82 55 D1 11 82 04 00 00 00 00 84 82 00 10 D1 11 85 01 01 87 04 02 07 01 01 89 03 C1 01 00",
    );
}

#[test]
fn reset_device_table_159() {
    check(
        "AA 00 81 04 01 12 1F 01 84 02 1F 01",
        "AA 00 81 04 82 12 1F 01 82 04 00 00 00 00",
    );
}

#[test]
fn cancel_without_transaction_reports_no_transaction() {
    check(
        "AA 00 81 04 01 13 10 08 84 02 10 08",
        "AA 00 81 04 82 13 10 08 82 04 80 02 03 04",
    );
}

#[test]
fn start_transaction_table_73_is_started() {
    let mut device = Device::default();
    let response = respond(
        &mut device,
        "AA 00 81 04 01 00 10 01 84 3D 10 01 82 01 3C A3 09 81 01 01 82 01 01 83 01 01 84 02 00 03 86 27 9C 01 00 9F 02 06 00 00 00 00 01 00 9F 03 06 00 00 00 00 00 00 5F 2A 02 08 40 5F 36 01 02 9F 15 02 00 00 9F 53 01 00",
    );
    // Table 75.
    assert_eq!(
        hex_string(&response),
        hex_string(&hex("AA 00 81 04 82 00 10 01 82 04 01 00 00 00"))
    );
    assert!(device.transaction_active());
}

#[test]
fn delete_missing_file_fails_and_send_file_start_table_213_is_accepted() {
    let mut device = Device::default();
    let response = respond(
        &mut device,
        "AA 00 81 04 01 07 D8 12 84 44 D8 12 81 04 02 00 00 00 A2 2B 81 04 00 02 58 38 82 01 04 83 20 D5 B8 BF 2F 3A 15 D9 EE 1D 0D E5 8E DD 68 37 73 18 51 C7 3C 3D 79 58 2B A6 07 90 5C 2B 86 3C E5 A3 0A 81 08 30 32 30 30 30 30 30 30 87 01 01",
    );
    // Table 214.
    assert_eq!(
        hex_string(&response),
        hex_string(&hex("AA 00 81 04 82 07 D8 12 82 04 00 00 00 00"))
    );
    let response = respond(
        &mut device,
        "AA 00 81 04 01 05 D8 31 84 08 D8 31 81 04 02 00 00 00",
    );
    assert_eq!(
        response[10], 0x80,
        "deleting a file that was never stored fails"
    );
}
