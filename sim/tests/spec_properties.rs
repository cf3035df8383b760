//! The simulator's property table comes from the spec: every property of
//! `mms_spec::Spec::builtin()` reads back through a client, read/write ones
//! take a valid value, and lengths outside the spec's limits are refused.

use crate::common::tlv;
use mms_runtime::{Client, ClientOptions, RawResponse};
use mms_sim::{default_properties, PropertyDefinition, Simulator};
use mms_spec::model::Access;
use mms_spec::Spec;
use std::time::Duration;

const BAD_PARAMETER: [u8; 4] = [0x80, 0x02, 0x01, 0x02];

/// Get / Set Property parameters for `oid`, with `value` for a set: group in
/// `85`, the middle of the OID in `87`, the leaf in `89`.
fn params(oid: &[u32], value: &[u8]) -> Vec<u8> {
    let (last, middle) = oid[1..].split_last().unwrap();
    assert!(*last < 0x1F && middle.iter().all(|n| *n < 0x80));
    let middle: Vec<u8> = middle.iter().map(|n| *n as u8).collect();
    let mut out = tlv(&[0x85], &[oid[0] as u8]);
    out.extend(tlv(&[0x87], &middle));
    out.extend(tlv(&[0x89], &tlv(&[0xC0 | *last as u8], value)));
    out
}

/// The leaf value in the `89` item of a Get Property response.
fn leaf_value(response: &RawResponse) -> Vec<u8> {
    let body = response.payload_body().unwrap();
    let at = body.iter().rposition(|b| *b == 0x89).unwrap();
    let (len, skip) = read_len(&body[at + 1..]);
    let remainder = &body[at + 1 + skip..at + 1 + skip + len];
    assert_eq!(remainder[0] & 0xE0, 0xC0, "a primitive leaf");
    let (len, skip) = read_len(&remainder[1..]);
    remainder[1 + skip..1 + skip + len].to_vec()
}

fn read_len(bytes: &[u8]) -> (usize, usize) {
    match bytes[0] {
        n if n < 0x80 => (usize::from(n), 1),
        0x81 => (usize::from(bytes[1]), 2),
        0x82 => (usize::from(bytes[1]) << 8 | usize::from(bytes[2]), 3),
        n => panic!("length form {n:#04x}"),
    }
}

fn get(client: &Client, oid: &[u32]) -> Vec<u8> {
    let response = client.call_raw(0xD101, &params(oid, &[])).unwrap();
    assert_eq!(response.status, Some([0; 4]), "get {oid:X?}");
    leaf_value(&response)
}

fn set(client: &Client, oid: &[u32], value: &[u8]) -> [u8; 4] {
    let response = client.call_raw(0xD111, &params(oid, value)).unwrap();
    response.status.unwrap()
}

fn definition(oid: &[u32]) -> PropertyDefinition {
    default_properties()
        .into_iter()
        .find(|d| d.oid == oid)
        .unwrap()
}

/// A valid value other than the current one, when the length allows one.
fn another_value(definition: &PropertyDefinition) -> Vec<u8> {
    let len = definition.max_len.min(8).max(definition.min_len);
    let mut value: Vec<u8> = (0..len).map(|i| b'1' + (i % 9) as u8).collect();
    if value == definition.default {
        value[0] = b'X';
    }
    value
}

#[test]
fn every_spec_property_reads_sets_and_checks_lengths() {
    let spec = Spec::builtin();
    assert_eq!(spec.properties.len(), 212);
    let sim = Simulator::default();
    let options = ClientOptions {
        timeout: Duration::from_secs(2),
        // Over 800 calls in a row: keep the I/O thread's send latency small.
        poll_interval: Duration::from_millis(1),
        ..ClientOptions::default()
    };
    let (client, _events) = Client::with_options(sim.in_memory(), options);
    for property in &spec.properties {
        let oid = property.oid.components();
        let definition = definition(oid);
        let value = get(&client, oid);
        assert_eq!(value, definition.default, "{}", property.oid);
        let min = property.min_len.unwrap_or(0) as usize;
        assert!(
            value.len() >= min,
            "{} shorter than its minimum",
            property.oid
        );
        if let Some(max) = property.max_len {
            assert!(value.len() <= max as usize, "{} too long", property.oid);
        }
        match property.access {
            Access::ReadOnly => {
                assert_eq!(set(&client, oid, &value), BAD_PARAMETER, "{}", property.oid);
            }
            Access::ReadWrite => {
                let new = another_value(&definition);
                assert_eq!(set(&client, oid, &new), [0; 4], "{}", property.oid);
                assert_eq!(get(&client, oid), new, "{}", property.oid);
                let too_long = vec![b'7'; definition.max_len + 1];
                assert_eq!(
                    set(&client, oid, &too_long),
                    BAD_PARAMETER,
                    "{}",
                    property.oid
                );
                if definition.min_len > 0 {
                    let too_short = vec![b'7'; definition.min_len - 1];
                    assert_eq!(set(&client, oid, &too_short), BAD_PARAMETER);
                }
                assert_eq!(get(&client, oid), new, "a refused set changes nothing");
            }
        }
    }
}

#[test]
fn whole_branches_of_the_spec_table_read_at_once() {
    let sim = Simulator::default();
    let (client, _events) = Client::new(sim.in_memory());
    for (group, branch) in [(1, 1), (1, 2), (2, 1), (2, 2), (2, 3)] {
        let mut body = tlv(&[0x85], &[group]);
        body.extend(tlv(&[0x89], &tlv(&[0xC0 | branch], &[])));
        let response = client.call_raw(0xD101, &body).unwrap();
        assert_eq!(response.status, Some([0; 4]), "{group}.{branch}");
        let body = response.payload_body().unwrap();
        // 89 82 LL LL E<branch> 82 LL LL ...: the branch comes back constructed.
        let at = body.iter().position(|b| *b == 0x89).unwrap();
        assert_eq!(body[at + 1], 0x82);
        assert_eq!(body[at + 4], 0xE0 | branch, "{group}.{branch}");
    }
}

#[test]
fn defaults_come_from_the_spec_text_with_the_device_information_on_top() {
    let default =
        |oid: &str| definition(oid.parse::<mms_spec::Oid>().unwrap().components()).default;
    // Quoted text.
    assert_eq!(default("1.1.1.1.1.1"), b"00000000");
    // Bare hex groups.
    assert_eq!(&default("1.1.1.1.1.2")[..4], [0x50, 0x5A, 0x57, 0x82]);
    assert_eq!(default("1.2.1.1.4.2"), [0; 16]);
    // `0x` numbers, with prose after them.
    assert_eq!(default("1.1.1.1.3.1"), [0x78]);
    assert_eq!(default("1.2.7.1.1.3"), [0x03]);
    // A decimal port in a 2-byte property.
    assert_eq!(default("1.2.2.1.2.2"), 8883u16.to_be_bytes());
    // A dotted quad for an IPv4 property.
    assert_eq!(default("1.2.2.1.1.D"), [192, 168, 0, 1]);
    // One word of text for a text property.
    assert_eq!(default("1.1.1.1.1.D"), b"com.magtek.dynaflex2go");
    // Filler: no default text, right length.
    assert_eq!(default("2.1.2.5.6.1"), [0; 6]);
    assert_eq!(default("2.1.2.1.1.2"), [b'0'; 19]);
    // The device's own information overlays the spec.
    assert_eq!(default("2.1.2.2.2.1"), b"DynaFlex Pro\0");
    assert_eq!(default("2.1.2.2.2.2"), b"1000007183-A1-PCI\0\0");
    assert_eq!(default("2.2.1.1.1.1"), [0xB6, 0x13, 0x78, 0xA0]);
}
