//! Decodes arbitrary input as a whole MMS message with the generated `Message`
//! type (envelope, then the payload typed by command or notification ID). Must
//! never panic, hang or allocate without bound; an accepted message must
//! re-encode to exactly the input, and an error must point into the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_protocol::Message;

fuzz_target!(|data: &[u8]| {
    match Message::decode(data) {
        Ok(message) => {
            assert_eq!(message.encode(), data, "accepted input must re-encode exactly");
            let _ = (message.kind(), message.id(), message.name(), message.reference());
            if let Some(status) = message.status() {
                let _ = status.to_string();
            }
            let _ = message.notification_detail_label();
        }
        Err(error) => {
            if let Some(decode) = error.decode_error() {
                assert!(decode.offset <= data.len(), "{error}");
            }
            let _ = error.to_string();
        }
    }
});
