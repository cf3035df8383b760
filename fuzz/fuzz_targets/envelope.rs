//! Decodes arbitrary input as an MMS message (`Envelope::decode`, default and
//! strict limits): no panic, errors point inside the input, and an accepted
//! message re-encodes to exactly the bytes it was read from.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_codec::DecodeOptions;
use mms_protocol::Envelope;

fuzz_target!(|data: &[u8]| {
    for options in [DecodeOptions::default(), DecodeOptions::strict()] {
        match Envelope::decode_with(data, options) {
            Ok(envelope) => {
                assert_eq!(envelope.encode(), data, "{envelope:?}");
                let _ = envelope.payload_id();
                let _ = envelope.info.file_type();
            }
            Err(error) => assert!(error.offset <= data.len(), "{error}"),
        }
    }
});
