//! `mms arqc` and `mms decode --bdk` on the transaction data the simulator
//! sends (encrypted under the public X9.24-3 AES test BDK).

use std::time::{Duration, Instant};

use assert_cmd::Command;
use mms_sim::transaction::TEST_BDK;
use mms_sim::Device;
use mms_spec::format_hex;
use predicates::prelude::*;
use predicates::str::contains;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC")
        .env_remove("MMS_BDK")
        .env_remove("MMS_IPEK");
    cmd
}

fn tlv(tag: &[u8], value: &[u8]) -> Vec<u8> {
    let mut out = tag.to_vec();
    out.push(value.len() as u8);
    out.extend_from_slice(value);
    out
}

/// The simulator's ARQC notification for a 12.34 USD contactless sale.
fn arqc_notification() -> Vec<u8> {
    let mut device = Device::default();
    let start = Instant::now();
    let emv = [
        tlv(&[0x9F, 0x02], &[0, 0, 0, 0, 0x12, 0x34]),
        tlv(&[0x5F, 0x2A], &[0x08, 0x40]),
    ]
    .concat();
    let params = [tlv(&[0x82], &[0x3C]), tlv(&[0x86], &emv)].concat();
    let mut request = vec![0xAA, 0x00, 0x81, 0x04, 0x01, 0x01, 0x10, 0x01];
    request.extend(tlv(&[0x84], &[&[0x10, 0x01][..], &params].concat()));
    device.handle(&request, start);
    let notes = device.poll(start + Duration::from_secs(5));
    notes
        .into_iter()
        .map(|n| n.message)
        .find(|m| m.windows(4).any(|w| w == [0x08, 0x02, 0x02, 0x84]))
        .expect("an ARQC notification")
}

/// The blob inside it: the value of the inner `84` (2-byte length onwards).
fn arqc_blob(notification: &[u8]) -> Vec<u8> {
    let at = notification
        .windows(3)
        .position(|w| w == [0x01, 0x01, 0x84])
        .expect("payload 01 01 84")
        + 3;
    let rest = &notification[at..];
    let (len, skip) = match rest[0] {
        0x81 => (usize::from(rest[1]), 2),
        0x82 => (usize::from(u16::from_be_bytes([rest[1], rest[2]])), 3),
        n => (usize::from(n), 1),
    };
    rest[skip..skip + len].to_vec()
}

#[test]
fn arqc_with_the_test_bdk_lists_the_decrypted_tags() {
    let blob = format_hex(&arqc_blob(&arqc_notification()));
    let out = mms()
        .args(["arqc", "--bdk", TEST_BDK, &blob])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for line in [
        "ARQC: ",
        "F9 Container for MAC Structure and Generic Data",
        "encrypted container F8",
        "KSN 123456789012345600000001, encryption type",
        "9F02 Amount, Authorised (Numeric): 12.34 USD",
        "5F2A Transaction Currency Code: USD (United States dollar)",
        "5F24 Application Expiration Date: 2027-12-31",
        "5A Application Primary Account Number (PAN): ",
        "MAC verified",
    ] {
        assert!(stdout.contains(line), "missing `{line}` in:\n{stdout}");
    }
    // Masked unless --reveal; the key never appears.
    assert!(!stdout.contains("4761739001010010"), "{stdout}");
    assert!(!stdout.contains(TEST_BDK), "{stdout}");
    mms()
        .args(["arqc", "--reveal", "--bdk", TEST_BDK, &blob])
        .assert()
        .success()
        .stdout(contains("4761739001010010"));
}

#[test]
fn a_changed_byte_is_a_mac_mismatch_and_fails() {
    let blob = arqc_blob(&arqc_notification());
    let serial = blob
        .windows(3)
        .position(|w| w == [0xDF, 0xDF, 0x25])
        .expect("DFDF25 serial number")
        + 4;
    for at in [serial, blob.len() - 1] {
        let mut changed = blob.clone();
        changed[at] ^= 0x01;
        mms()
            .args(["arqc", "--bdk", TEST_BDK, &format_hex(&changed)])
            .assert()
            .failure()
            .stdout(contains("error: MAC mismatch"))
            .stdout(contains("MAC verified").not());
    }
}

#[test]
fn arqc_without_a_key_shows_the_containers_only() {
    let blob = format_hex(&arqc_blob(&arqc_notification()));
    mms()
        .args(["arqc", &blob])
        .assert()
        .success()
        .stdout(contains("not decrypted (no key given)"))
        .stdout(contains("DFDF25 Device Serial Number"))
        .stdout(contains("9F02").not());
    // From stdin, and the key from the environment.
    mms()
        .arg("arqc")
        .env("MMS_BDK", TEST_BDK)
        .write_stdin(blob)
        .assert()
        .success()
        .stdout(contains("9F02 Amount, Authorised (Numeric): 12.34 USD"));
}

#[test]
fn bad_input_and_bad_keys_are_one_line_errors_that_never_repeat_the_key() {
    let secret = "0123456789ABCDEF0123456789ABCD";
    mms()
        .args(["arqc", "--bdk", secret, "0003F90100"])
        .assert()
        .failure()
        .stderr(contains("--bdk: not a key"))
        .stderr(contains(secret).not());
    mms()
        .args(["arqc", "0009F9"])
        .assert()
        .failure()
        .stderr(contains("the 2-byte length says 9 bytes, but 1 follow"));
    mms()
        .args(["arqc", "0003DF0100"])
        .assert()
        .failure()
        .stderr(contains("expected one F9 container"));
}

#[test]
fn decode_with_bdk_decrypts_the_notification_it_meets() {
    let notification = format_hex(&arqc_notification());
    mms()
        .args(["decode", "--bdk", TEST_BDK, &notification])
        .assert()
        .success()
        .stdout(contains("Transaction Information Update"))
        .stdout(contains("decrypted (EMV tags):"))
        .stdout(contains("MAC verified"))
        .stdout(contains("9F02 Amount, Authorised (Numeric): 12.34 USD"));
    // Without a key: no decrypted section.
    mms()
        .args(["decode", &notification])
        .assert()
        .success()
        .stdout(contains("decrypted (EMV tags)").not());
    // JSON: a `decrypted` member.
    let out = mms()
        .args([
            "decode",
            "--json",
            "--ipek",
            "1273671EA26AC29AFA4D1084127652A1",
            &notification,
        ])
        .assert()
        .success();
    let line = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let value: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    let decrypted = value["decrypted"].as_str().unwrap();
    assert!(decrypted.contains("12.34 USD"), "{decrypted}");
}

/// The manual's 0x0101 notification example (Table 313, contact ARQC): `mms decode` shows its
/// transaction data as the data type the detail code names, row by row, instead of hex only;
/// the JSON keeps `hex` (so it re-encodes) and adds `data_type`.
#[test]
fn decode_shows_the_0101_example_transaction_data_as_its_data_type() {
    let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../spec"));
    let spec = mms_spec::Spec::load(dir).unwrap();
    let example = spec
        .notification(0x0101)
        .unwrap()
        .examples
        .iter()
        .find(|e| e.table == 313)
        .expect("Table 313");
    let hex = format_hex(&example.bytes().unwrap());
    mms()
        .args(["decode", &hex])
        .assert()
        .success()
        .stdout(contains(
            "as EMV ARQC (DynaPro Format) Type (emv_arqc_dynapro_format)",
        ))
        .stdout(contains("F9 Container for MAC structure and generic data:"))
        .stdout(contains("DFDF25 Device Serial Number (IFD Serial Number)"))
        .stdout(contains(
            "DFDF57 Encrypted Transaction Data Encryption Type",
        ))
        .stdout(contains("5F30 Service Code: "))
        .stdout(contains("padding and MAC:"));
    let out = mms().args(["decode", "--json", &hex]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let data = &v["fields"]["transaction_data"];
    assert!(data["hex"].is_string(), "{data}");
    assert_eq!(data["data_type"]["layout"], "emv_arqc_dynapro_format");
    let f9 = &data["data_type"]["fields"]["container_for_mac_structure_and_generic_data"];
    assert_eq!(f9["tag"], "F9");
    // A tag the layout does not name, named by the EMV dictionary.
    let arqc = &f9["fields"]["container_for_generic_data"]["fields"]["container_for_arqc"];
    assert_eq!(arqc["fields"]["5F20"]["label"], "Cardholder Name");
    assert_eq!(arqc["fields"]["5F20"]["emv"], true);
    assert_eq!(v["roundtrip"], true);
}

/// Start Transaction's Transaction TLV (`86`) is EMV data: `mms decode` names
/// its tags and shows amounts and currencies, and still re-encodes exactly
/// (the manual's example, Table 73).
#[test]
fn decode_names_the_emv_tags_of_the_transaction_tlv() {
    let example = "AA 00 81 04 01 00 10 01 84 3D 10 01 82 01 3C A3 09 81 01 01 82 01 01 83 01 01 \
                   84 02 00 03 86 27 9C 01 00 9F 02 06 00 00 00 00 01 00 9F 03 06 00 00 00 00 00 \
                   00 5F 2A 02 08 40 5F 36 01 02 9F 15 02 00 00 9F 53 01 00";
    mms()
        .args(["decode", "--strict"])
        .write_stdin(example)
        .assert()
        .success()
        .stdout(contains("86 Transaction TLV"))
        .stdout(contains("9F02 Amount, Authorised (Numeric)"))
        .stdout(contains("1.00"))
        .stdout(contains("5F2A Transaction Currency Code"))
        .stdout(contains("USD"))
        .stdout(contains("re-encodes byte-identically"));
}
