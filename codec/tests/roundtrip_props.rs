//! Property tests: random TLV trees (multi-byte tags, every length form)
//! survive encode -> parse -> encode unchanged, and arbitrary bytes never panic.

use mms_codec::{
    CountingWriter, DecodeContext, DecodeOptions, LengthForm, NodeValue, Tag, TlvIter, TlvNode,
    TlvRef,
};
use proptest::prelude::*;

/// A well-formed tag of 1..=4 bytes whose constructed bit is `constructed`.
fn tag_strategy(constructed: bool) -> impl Strategy<Value = Tag> {
    (1usize..=4, any::<[u8; 4]>()).prop_map(move |(len, mut bytes)| {
        let bit = if constructed { 0x20 } else { 0x00 };
        bytes[0] = (bytes[0] & !0x20) | bit;
        if len == 1 {
            if bytes[0] & 0x1F == 0x1F {
                bytes[0] &= !0x01;
            }
        } else {
            bytes[0] |= 0x1F;
            for b in &mut bytes[1..len - 1] {
                *b |= 0x80;
            }
            bytes[len - 1] &= 0x7F;
        }
        let raw = bytes[..len]
            .iter()
            .fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
        // A leading 00 byte cannot happen: multi-byte tags start with xx1F.
        assert!(Tag::is_valid(raw), "{raw:X}");
        Tag::from_u32(raw)
    })
}

fn form_strategy() -> impl Strategy<Value = LengthForm> {
    prop_oneof![
        Just(LengthForm::Minimal),
        Just(LengthForm::Short),
        (1u8..=4).prop_map(LengthForm::Long),
    ]
}

fn value_strategy() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => proptest::collection::vec(any::<u8>(), 0..20),
        1 => proptest::collection::vec(any::<u8>(), 120..300),
    ]
}

fn tree_strategy() -> impl Strategy<Value = TlvNode> {
    let leaf =
        (tag_strategy(false), form_strategy(), value_strategy()).prop_map(|(tag, form, bytes)| {
            TlvNode {
                tag,
                form,
                value: NodeValue::Primitive(bytes),
            }
        });
    leaf.prop_recursive(6, 64, 6, |inner| {
        (
            tag_strategy(true),
            form_strategy(),
            proptest::collection::vec(inner, 0..6),
        )
            .prop_map(|(tag, form, children)| TlvNode {
                tag,
                form,
                value: NodeValue::Constructed(children),
            })
    })
}

/// The tree as a decoder sees it: every form replaced by the one actually written.
fn as_written(node: &TlvNode) -> TlvNode {
    let value = match &node.value {
        NodeValue::Primitive(bytes) => NodeValue::Primitive(bytes.clone()),
        NodeValue::Constructed(children) => {
            NodeValue::Constructed(children.iter().map(as_written).collect())
        }
    };
    TlvNode {
        tag: node.tag,
        form: node.form.resolve(node.value_len()),
        value,
    }
}

fn all_minimal(node: &TlvNode) -> bool {
    node.form.is_minimal_for(node.value_len())
        && match &node.value {
            NodeValue::Primitive(_) => true,
            NodeValue::Constructed(children) => children.iter().all(all_minimal),
        }
}

/// Walks every TLV with the zero-copy iterator; returns how many it saw.
fn walk(iter: TlvIter<'_>) -> Result<usize, mms_codec::DecodeError> {
    let cx = iter.context();
    let mut count = 0;
    for tlv in iter {
        let tlv = tlv?;
        count += 1;
        if tlv.tag.is_constructed() {
            count += tlv.children(cx).and_then(walk)?;
        }
    }
    Ok(count)
}

fn count_nodes(node: &TlvNode) -> usize {
    1 + match &node.value {
        NodeValue::Primitive(_) => 0,
        NodeValue::Constructed(children) => children.iter().map(count_nodes).sum(),
    }
}

proptest! {
    #[test]
    fn encode_parse_encode_is_identity(tree in tree_strategy()) {
        let bytes = tree.to_bytes();
        prop_assert_eq!(bytes.len(), tree.encoded_len());
        let mut counter = CountingWriter::default();
        tree.encode(&mut counter);
        prop_assert_eq!(counter.count, bytes.len());

        let cx = DecodeContext::default();
        let (parsed, used) = TlvNode::parse(&bytes, cx).unwrap();
        prop_assert_eq!(used, bytes.len());
        prop_assert_eq!(&parsed, &as_written(&tree));
        prop_assert_eq!(parsed.to_bytes(), bytes.clone());

        // The zero-copy walk sees the same number of TLVs.
        prop_assert_eq!(walk(TlvIter::new(&bytes, cx)).unwrap(), count_nodes(&tree));

        // Strict mode accepts exactly the trees written in minimal form.
        let strict = TlvNode::parse(&bytes, DecodeContext::new(DecodeOptions::strict()));
        prop_assert_eq!(strict.is_ok(), all_minimal(&parsed));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let cx = DecodeContext::default();
        let _ = walk(TlvIter::new(&bytes, cx));
        if let Ok((node, used)) = TlvNode::parse(&bytes, cx) {
            prop_assert_eq!(node.to_bytes(), &bytes[..used]);
        }
        if let Ok((node, used)) = TlvNode::parse_lenient(&bytes, cx) {
            prop_assert_eq!(node.to_bytes(), &bytes[..used]);
        }
        if let Ok((tlv, used)) = TlvRef::parse(&bytes, cx) {
            prop_assert_eq!(tlv.encoded_len(), used);
        }
    }

    #[test]
    fn tags_round_trip_through_text_and_u32(tag in prop_oneof![tag_strategy(false), tag_strategy(true)]) {
        prop_assert_eq!(Tag::from_u32(tag.to_u32()), tag);
        prop_assert_eq!(tag.to_string().parse::<Tag>().unwrap(), tag);
        prop_assert_eq!(Tag::parse(tag.as_bytes(), 0).unwrap(), (tag, tag.len()));
    }
}
