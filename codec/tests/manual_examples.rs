//! Hex examples from the programmer's manual decode into trees and re-encode
//! byte for byte, including their non-minimal length forms.

use mms_codec::{
    Contents, DecodeContext, DecodeOptions, ErrorKind, LengthForm, NodeValue, Tag, TlvIter, TlvNode,
};

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

/// Messages start with `AA 00` (start of message, framework version), not TLV.
const PREFIX_LEN: usize = 2;

fn parse_message(message: &[u8]) -> Vec<TlvNode> {
    assert_eq!(&message[..PREFIX_LEN], [0xAA, 0x00]);
    let cx = DecodeContext::default().at(PREFIX_LEN);
    TlvNode::parse_sequence(&message[PREFIX_LEN..], cx).unwrap()
}

fn encode_all(nodes: &[TlvNode]) -> Vec<u8> {
    nodes.to_vec().to_bytes()
}

fn find(nodes: &[TlvNode], raw: u32) -> &TlvNode {
    nodes.iter().find(|n| n.tag == Tag::from_u32(raw)).unwrap()
}

fn primitive(node: &TlvNode) -> &[u8] {
    match &node.value {
        NodeValue::Primitive(bytes) => bytes,
        NodeValue::Constructed(_) => panic!("{} is constructed", node.tag),
    }
}

/// Payloads (tag 84) start with a 2-byte command id, then TLVs.
fn payload_tlvs(payload: &TlvNode) -> Vec<TlvNode> {
    TlvNode::parse_sequence(&primitive(payload)[2..], DecodeContext::default()).unwrap()
}

#[test]
fn echo_request_and_response() {
    // Message format section, TLV example (Command 0xDF01 - Echo).
    for text in [
        "AA0081040101DF018407DF018103010203",
        "AA0081048201DF018204000000008407DF018103010203",
    ] {
        let message = hex(text);
        let nodes = parse_message(&message);
        assert_eq!(encode_all(&nodes), message[PREFIX_LEN..]);
        let payload = find(&nodes, 0x84);
        assert_eq!(&primitive(payload)[..2], [0xDF, 0x01]);
        let echo = payload_tlvs(payload);
        assert_eq!(echo.len(), 1);
        assert_eq!(echo[0].tag, Tag::from_u32(0x81));
        assert_eq!(primitive(&echo[0]), [1, 2, 3]);
        // A node built from scratch encodes the same (minimal lengths).
        let built = TlvNode::primitive(Tag::from_u32(0x81), [1, 2, 3]);
        assert_eq!(built.to_bytes(), hex("81 03 010203"));
    }
}

#[test]
fn get_property_response_with_non_minimal_payload_length() {
    // Table 188: the payload length is written `82 00 10` for 16 bytes.
    let message =
        hex("AA00 8104 8255D101 8204 00000000 84820010 D101 8501 01 8704 02070101 8903 C10100");
    let nodes = parse_message(&message);
    assert_eq!(nodes.len(), 3);
    let payload = find(&nodes, 0x84);
    assert_eq!(payload.form, LengthForm::Long(2));
    assert_eq!(encode_all(&nodes), message[PREFIX_LEN..]);

    let params = payload_tlvs(payload);
    let tags: Vec<u32> = params.iter().map(|n| n.tag.to_u32()).collect();
    assert_eq!(tags, [0x85, 0x87, 0x89]);
    assert_eq!(primitive(find(&params, 0x89)), [0xC1, 0x01, 0x00]);

    // Strict DER rejects the same message at the payload's length field.
    let cx = DecodeContext::new(DecodeOptions::strict()).at(PREFIX_LEN);
    let err = TlvNode::parse_sequence(&message[PREFIX_LEN..], cx).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NonMinimalLength { length: 16 });
    assert_eq!(err.offset, 15);
    assert_eq!(
        err.to_string(),
        "at byte 15 in 84: length 16 is not in its shortest form (strict DER)"
    );
}

#[test]
fn get_property_longer_oid_request() {
    // Table 189 and 190: property OID nested in constructed E2/E7/E1 tags.
    for text in [
        "AA00 8104 0155D101 8411 D101 8501 01 890A E208 E706 E104 E102 C100",
        "AA00 8104 8255D101 8204 00000000 84820012 D101 8501 01 890B E209 E707 E105 E103 C101 00",
    ] {
        let message = hex(text);
        let nodes = parse_message(&message);
        assert_eq!(encode_all(&nodes), message[PREFIX_LEN..]);
        let params = payload_tlvs(find(&nodes, 0x84));
        // 89 is primitive, so its bytes are a TLV sequence only by convention.
        let oid = TlvNode::parse_sequence(primitive(find(&params, 0x89)), DecodeContext::default())
            .unwrap();
        assert_eq!(oid.len(), 1);
        assert!(matches!(oid[0].value, NodeValue::Constructed(_)));
        assert_eq!(encode_all(&oid), primitive(find(&params, 0x89)));
    }
}

/// Table 192 as printed: the example is cut off inside the last `E2`, so its
/// declared lengths run past the end.
const TABLE_192_AS_PRINTED: &str =
    "AA00 81 04 8255D101 82 04 00000000 84 820056 D101 85 01 02 87 02 0102 \
     89 820049 E2 820045 E1 820004 C1 00 C2 00 E2 820039 C1 0D 44796E61466C65782050726F00";

#[test]
fn table_192_as_printed_is_reported_as_truncated() {
    let message = hex(TABLE_192_AS_PRINTED);
    let cx = DecodeContext::default().at(PREFIX_LEN);
    let err = TlvNode::parse_sequence(&message[PREFIX_LEN..], cx).unwrap_err();
    assert_eq!(
        err.kind,
        ErrorKind::ValueTruncated {
            declared: 0x56,
            available: 44
        }
    );
    assert_eq!(err.offset, 15);
    assert_eq!(
        err.to_string(),
        "at byte 15 in 84: length 86 is past the end of input (44 bytes left)"
    );

    // Inside the payload (after `D101`), the walk yields 85 and 87, then stops at 89.
    let payload_start = 18 + 2;
    let cx = DecodeContext::default().at(payload_start);
    let params: Vec<_> = TlvIter::new(&message[payload_start..], cx).collect();
    assert_eq!(params.len(), 3);
    assert_eq!(params[1].as_ref().unwrap().value, [0x01, 0x02]);
    let err = params[2].unwrap_err();
    assert_eq!(
        err.to_string(),
        "at byte 28 in 89: length 73 is past the end of input (31 bytes left)"
    );
}

#[test]
fn table_192_completed_round_trips() {
    // Same header structure as Table 192 (all long-form `82 00 xx` lengths),
    // with the last `E2` completed to its declared 0x39 bytes by a 40-byte `C2`.
    let filler = "00".repeat(40);
    let text = format!("{} C2 28 {filler}", TABLE_192_AS_PRINTED);
    let message = hex(&text);
    let nodes = parse_message(&message);
    assert_eq!(encode_all(&nodes), message[PREFIX_LEN..]);

    let params = payload_tlvs(find(&nodes, 0x84));
    let oid_bytes = primitive(find(&params, 0x89));
    let oid = TlvNode::parse_sequence(oid_bytes, DecodeContext::default()).unwrap();
    assert_eq!(encode_all(&oid), oid_bytes);
    let NodeValue::Constructed(groups) = &oid[0].value else {
        panic!("E2 is constructed");
    };
    assert_eq!(oid[0].form, LengthForm::Long(2));
    assert_eq!(groups.len(), 2);
    let NodeValue::Constructed(info) = &groups[1].value else {
        panic!("inner E2 is constructed");
    };
    assert_eq!(primitive(&info[0]), b"DynaFlex Pro\0");

    // Rebuilt without recorded forms, the same tree encodes minimally (shorter).
    let mut fresh = oid.clone();
    forget_forms(&mut fresh);
    let minimal = encode_all(&fresh);
    assert!(minimal.len() < oid_bytes.len());
    let reparsed =
        TlvNode::parse_sequence(&minimal, DecodeContext::new(DecodeOptions::strict())).unwrap();
    assert_eq!(encode_all(&reparsed), minimal);
}

fn forget_forms(nodes: &mut [TlvNode]) {
    for node in nodes {
        node.form = LengthForm::Minimal;
        if let NodeValue::Constructed(children) = &mut node.value {
            forget_forms(children);
        }
    }
}

#[test]
fn constructed_bit_tags_with_plain_values_need_the_lenient_parse() {
    // A constructed-bit tag (`A1`) whose value is not a TLV sequence.
    let bytes = hex("E1 05 A1 03 80 05 00");
    let strict = TlvNode::parse(&bytes, DecodeContext::default()).unwrap_err();
    assert_eq!(strict.path.to_string(), "E1/A1/80");
    let (node, used) = TlvNode::parse_lenient(&bytes, DecodeContext::default()).unwrap();
    assert_eq!(used, bytes.len());
    let NodeValue::Constructed(children) = &node.value else {
        panic!("E1 holds TLVs");
    };
    assert_eq!(primitive(&children[0]), [0x80, 0x05, 0x00]);
    assert_eq!(node.to_bytes(), bytes);
}

#[test]
fn private_class_tags_such_as_dfdf25_are_primitive() {
    let bytes = hex("DFDF25 07 42323132333435");
    let (node, _) = TlvNode::parse(&bytes, DecodeContext::default()).unwrap();
    assert_eq!(primitive(&node), b"B212345");
    assert!(Tag::from_u32(0xFFEE01).is_constructed());
}
