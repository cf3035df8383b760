//! Differential: the zero-copy `TlvIter` walked by hand (recursing into every
//! constructed tag) and the owned `TlvNode::parse_sequence` must accept the
//! same inputs, build the same trees (tag, length form, value) and fail at
//! the same offset, under default, strict and tight limits.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_codec::{DecodeContext, DecodeError, DecodeOptions, NodeValue, TlvIter, TlvNode};

/// The tree as the view sees it: `(tag, form, primitive bytes or children)`.
fn walk(iter: TlvIter<'_>) -> Result<Vec<TlvNode>, DecodeError> {
    let cx = iter.context();
    let mut out = Vec::new();
    for tlv in iter {
        let tlv = tlv?;
        let value = if tlv.tag.is_constructed() {
            NodeValue::Constructed(
                tlv.children(cx)
                    .and_then(walk)
                    .map_err(|e| e.within(tlv.tag))?,
            )
        } else {
            NodeValue::Primitive(tlv.value.to_vec())
        };
        out.push(TlvNode {
            tag: tlv.tag,
            form: tlv.form,
            value,
        });
    }
    Ok(out)
}

fuzz_target!(|data: &[u8]| {
    for options in [
        DecodeOptions::default(),
        DecodeOptions::strict(),
        DecodeOptions {
            max_length: 64,
            max_depth: 3,
            strict_der: false,
        },
    ] {
        let cx = DecodeContext::new(options);
        let view = walk(TlvIter::new(data, cx));
        let owned = TlvNode::parse_sequence(data, cx);
        match (&view, &owned) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b);
                let bytes: Vec<u8> = b.iter().flat_map(TlvNode::to_bytes).collect();
                assert_eq!(bytes, data);
            }
            (Err(a), Err(b)) => assert_eq!(a.offset, b.offset, "{a} / {b}"),
            _ => panic!("view {view:?} and owned {owned:?} disagree"),
        }
    }
});
