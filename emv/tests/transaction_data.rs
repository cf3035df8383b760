//! The crate against the manual's Start Transaction example, DUKPT-decrypted
//! transaction data, and random TLV trees.

use mms_codec::{DecodeContext, LengthForm, NodeValue, Tag, TlvNode};
use mms_dukpt::{EncryptedData, EncryptedTags, KeySource, SecretKey};
use mms_emv::{
    expand, expand_padded, find_path, find_tag, render, Amount, Currency, Dictionary, FindNode,
    ShowOptions, StartTransaction, TagPath,
};
use proptest::prelude::*;

fn unhex(s: &str) -> Vec<u8> {
    let s: String = s.split_whitespace().collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

/// The value of field `86` in the manual's Start Transaction request example (spec/commands/1001.toml, table 73).
fn manual_transaction_tlv() -> Vec<u8> {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../spec/commands/1001.toml"
    ))
    .unwrap();
    let line = spec
        .lines()
        .find(|l| l.starts_with("hex = ") && l.contains(" 86 27 "))
        .expect("the Start Transaction example with a Transaction TLV");
    let hex = line.trim_start_matches("hex = ").trim_matches('"');
    let bytes = unhex(hex);
    let at = bytes.windows(2).position(|w| w == [0x86, 0x27]).unwrap();
    bytes[at + 2..at + 2 + 0x27].to_vec()
}

#[test]
fn builder_writes_the_manual_example() {
    let tlv = StartTransaction::new(Amount::from_minor(100).unwrap())
        .currency(Currency::USD)
        .merchant_category(0)
        .tlv(Tag::from_u32(0x9F53), [0x00])
        .to_bytes();
    assert_eq!(tlv, manual_transaction_tlv());
}

#[test]
fn the_manual_example_reads_by_name() {
    let nodes = expand(&manual_transaction_tlv(), DecodeContext::default()).unwrap();
    let text = render(&nodes, Dictionary::builtin(), ShowOptions::default());
    assert_eq!(
        text,
        "9C Transaction Type: 00\n\
         9F02 Amount, Authorised (Numeric): 1.00 USD\n\
         9F03 Amount, Other (Numeric): 0.00 USD\n\
         5F2A Transaction Currency Code: USD (United States dollar)\n\
         5F36 Transaction Currency Exponent: 02\n\
         9F15 Merchant Category Code: 0000\n\
         9F53 Transaction Category Code: 00\n"
    );
}

#[test]
fn decrypted_arqc_data_shows_pan_expiry_by_name() {
    // The encrypted container of shared/vectors/DUKPT.md (AES-128, test BDK, usage 0x3002).
    let f8 = unhex(
        "DFDF5920 E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA \
         DFDF560C 123456789012345600000001 DFDF5701 9D",
    );
    let data =
        EncryptedData::parse(&f8, &EncryptedTags::TRANSACTION, DecodeContext::default()).unwrap();
    let bdk = KeySource::Bdk(SecretKey::from_hex("FEDCBA9876543210F1F1F1F1F1F1F1F1").unwrap());
    let plain = data.decrypt(&bdk).unwrap();
    // No padding count in this container: the padding stays as trailing bytes.
    let expanded = expand_padded(&plain, DecodeContext::default());
    assert_eq!(expanded.to_bytes(), &plain[..]);
    assert_eq!(expanded.trailing, [0x0A; 10]);
    let d = Dictionary::builtin();
    assert_eq!(
        expanded.render(d, ShowOptions::default()),
        "FC Decrypted Data Container\n\
         \x20 5A Application Primary Account Number (PAN): 476173******0010\n\
         \x20 5F24 Application Expiration Date: 2027-12-31\n\
         \x20 5F34 Application PAN Sequence Number: 01\n\
         (10 trailing bytes) 0A0A0A0A0A0A0A0A0A0A\n"
    );
    let revealed = ShowOptions {
        reveal_card_data: true,
        ..ShowOptions::default()
    };
    assert!(expanded
        .render(d, revealed)
        .contains("(PAN): 4761739001010010\n"));
    // The same element by tag and by path, borrowed and owned.
    let path: TagPath = "FC/5F24".parse().unwrap();
    let cx = DecodeContext::default();
    let body = &plain[..22];
    assert_eq!(
        find_path(body, &path, cx).unwrap().unwrap().value,
        [0x27, 0x12, 0x31]
    );
    assert_eq!(
        find_tag(body, Tag::from_u32(0x5A), cx)
            .unwrap()
            .unwrap()
            .offset,
        2
    );
    let node = expanded.nodes.find_path(&path).unwrap();
    assert_eq!(node.value, NodeValue::Primitive(vec![0x27, 0x12, 0x31]));
    assert!(expanded.nodes.find_tag(Tag::from_u32(0x9F02)).is_none());
}

#[test]
fn malformed_input_is_an_error_with_its_place() {
    let cx = DecodeContext::default();
    // FC claims 4 bytes, its child 5A claims 9.
    let bad = unhex("FC04 5A09 4761");
    let err = find_tag(&bad, Tag::from_u32(0x5F24), cx).unwrap_err();
    assert_eq!(err.offset, 3);
    assert_eq!(
        err.path.iter().collect::<Vec<_>>(),
        [Tag::from_u32(0xFC), Tag::from_u32(0x5A)]
    );
    assert!(find_path(&bad, &"FC/5A".parse().unwrap(), cx).is_err());
    assert!("FC/zz".parse::<TagPath>().is_err());
    // Lenient expansion keeps the malformed constructed value as bytes.
    let nodes = expand(&bad, cx).unwrap();
    assert_eq!(nodes[0].value, NodeValue::Primitive(unhex("5A094761")));
}

/// Random TLV trees: known and unknown tags, primitive and constructed, with
/// long length forms now and then.
fn tree() -> impl Strategy<Value = TlvNode> {
    let primitive_tags = prop::sample::select(vec![
        0x5A, 0x9F02, 0x5F2A, 0x9C, 0xDF7F, 0xDFDF59, 0x9F7F, 0x1E, 0xDF8129,
    ]);
    let constructed_tags = prop::sample::select(vec![0xFC, 0x70, 0xF8, 0xFF7E, 0xBF0C, 0x3F20]);
    let form = prop::sample::select(vec![
        mms_codec::LengthForm::Minimal,
        mms_codec::LengthForm::Long(1),
        mms_codec::LengthForm::Long(2),
    ]);
    let leaf = (
        primitive_tags,
        prop::collection::vec(any::<u8>(), 0..40),
        form.clone(),
    )
        .prop_map(|(tag, value, form)| TlvNode {
            tag: Tag::from_u32(tag),
            form,
            value: NodeValue::Primitive(value),
        });
    leaf.prop_recursive(4, 48, 5, move |inner| {
        (
            constructed_tags.clone(),
            prop::collection::vec(inner, 0..5),
            form.clone(),
        )
            .prop_map(|(tag, children, form)| TlvNode {
                tag: Tag::from_u32(tag),
                form,
                value: NodeValue::Constructed(children),
            })
    })
}

proptest! {
    #[test]
    fn expand_re_encodes_byte_identically(nodes in prop::collection::vec(tree(), 0..4), trailing in prop::collection::vec(any::<u8>(), 0..3)) {
        let bytes: Vec<u8> = nodes.iter().flat_map(TlvNode::to_bytes).collect();
        let cx = DecodeContext::default();
        let expanded = expand(&bytes, cx).unwrap();
        prop_assert_eq!(expanded.iter().flat_map(TlvNode::to_bytes).collect::<Vec<_>>(), bytes.clone());
        // The listing never fails and names or hex-dumps every tag.
        let text = render(&expanded, Dictionary::builtin(), ShowOptions::default());
        prop_assert_eq!(text.lines().count(), count(&expanded));
        // Extra bytes after the trees survive expand_padded too.
        let mut padded = bytes.clone();
        padded.extend_from_slice(&trailing);
        prop_assert_eq!(expand_padded(&padded, cx).to_bytes(), padded);
        // Borrowed and owned look-ups agree.
        for tag in [0x5A, 0x9F02, 0xDF7F, 0xFC, 0x3F20] {
            let tag = Tag::from_u32(tag);
            let borrowed = find_tag(&bytes, tag, cx).unwrap().map(|t| t.encode_to_vec());
            let owned = expanded.find_tag(tag).map(TlvNode::to_bytes);
            prop_assert_eq!(borrowed, owned);
        }
    }
}

fn count(nodes: &[TlvNode]) -> usize {
    nodes
        .iter()
        .map(|n| match &n.value {
            NodeValue::Constructed(c) => 1 + count(c),
            NodeValue::Primitive(_) => 1,
        })
        .sum()
}

trait EncodeToVec {
    fn encode_to_vec(&self) -> Vec<u8>;
}

impl EncodeToVec for mms_codec::TlvRef<'_> {
    fn encode_to_vec(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.encode(&mut out);
        out
    }
}

/// `tag` around `value`, with the shortest length.
fn wrap(tag: u32, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    mms_codec::write_tlv(&mut out, Tag::from_u32(tag), LengthForm::Minimal, value);
    out
}

/// The typed layouts keep an item they do not know as it came, without reading into
/// it, so data nested deeper than the decoder's depth limit reads as transaction data;
/// the search for encrypted containers walks every constructed item and stops at the
/// limit with an error naming the way in, rather than recursing on.
#[test]
fn the_container_search_stops_at_the_depth_limit() {
    let limit = DecodeContext::default().options.max_depth;
    let mut inner = vec![0xC1, 0x01, 0x00];
    for _ in 0..limit + 8 {
        inner = wrap(0xE1, &inner);
    }
    // The items ARQC data requires (Table 19; a DUKPT TDES data key), then the deep one.
    let container = unhex("DFDF5900 DFDF5600 DFDF570180 DFDF580100");
    let mut body = unhex("DFDF5400 DFDF550100 DFDF250141");
    body.extend(wrap(
        0xFA,
        &wrap(
            0x70,
            &[unhex("DFDF530100 DFDF520100"), wrap(0xF8, &container)].concat(),
        ),
    ));
    body.extend(inner);
    let data = wrap(0xF9, &body);
    let parsed = mms_emv::TransactionData::parse(&data).expect("read as bare ARQC data");
    assert_eq!(parsed.to_bytes(), data);
    let error = parsed.containers().unwrap_err().to_string();
    assert_eq!(
        error,
        format!(
            "in transaction data: encrypted container: at byte 115 in \
             …/E1/E1/E1/E1/E1/E1/E1/E1/E1/E1/E1/E1: nesting is deeper than the limit of {limit} levels"
        )
    );
}
