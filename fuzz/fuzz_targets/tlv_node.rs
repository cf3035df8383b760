//! Parses arbitrary input into owned TLV trees; whatever is accepted must
//! re-encode to exactly the bytes it was read from.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_codec::{Contents, DecodeContext, DecodeOptions, TlvNode};

fuzz_target!(|data: &[u8]| {
    for options in [DecodeOptions::default(), DecodeOptions::strict()] {
        let cx = DecodeContext::new(options);
        if let Ok(nodes) = TlvNode::parse_sequence(data, cx) {
            assert_eq!(nodes.contents_len(), data.len());
            assert_eq!(nodes.to_bytes(), data);
        }
        if let Ok(nodes) = TlvNode::parse_sequence_lenient(data, cx) {
            assert_eq!(nodes.to_bytes(), data);
        }
        match TlvNode::parse(data, cx) {
            Ok((node, used)) => {
                assert_eq!(node.encoded_len(), used);
                assert_eq!(node.to_bytes(), &data[..used]);
            }
            Err(err) => assert!(err.offset <= data.len(), "{err}"),
        }
    }
});
