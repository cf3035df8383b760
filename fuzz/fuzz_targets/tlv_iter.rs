//! Walks every TLV of arbitrary input with the zero-copy iterator, recursing
//! into constructed values and decoding primitive values as the built-in
//! `Value` types. Must never panic, hang or allocate without bound.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_codec::{DecodeContext, DecodeError, DecodeOptions, TlvIter, Value};

fn walk(iter: TlvIter<'_>) -> Result<usize, DecodeError> {
    let cx = iter.context();
    let mut count = 0;
    for tlv in iter {
        let tlv = tlv?;
        count += 1;
        assert_eq!(tlv.encoded_len(), tlv.header_len + tlv.value.len());
        if tlv.tag.is_constructed() {
            count += tlv
                .children(cx)
                .and_then(walk)
                .map_err(|e| e.within(tlv.tag))?;
        } else {
            let value_cx = cx.at(tlv.value_offset());
            let _ = u16::decode_value(tlv.value, value_cx);
            let _ = u32::decode_value(tlv.value, value_cx);
            let _ = <[u8; 4]>::decode_value(tlv.value, value_cx);
            let _ = String::decode_value(tlv.value, value_cx);
        }
    }
    Ok(count)
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
        if let Err(err) = walk(TlvIter::new(data, DecodeContext::new(options))) {
            // Errors point into the input (or just past its end) and format cleanly.
            assert!(err.offset <= data.len(), "{err}");
            let _ = err.to_string();
        }
    }
});
