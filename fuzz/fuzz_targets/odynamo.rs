//! The oDynamo family: arbitrary input as one message with the generated
//! `odynamo::Message` (must re-encode exactly when accepted, errors point
//! into the input), and as a TCP byte stream through the runtime's
//! `TlvFramer`, whole and in chunks of 1 to 16 bytes (the first input byte
//! picks the size): both must cut the same messages and the same errors, and
//! no message may exceed the framer's cap.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_protocol::generated::odynamo::Message;
use mms_runtime::tcp::{FramerOptions, TlvFramer};

/// Messages and errors (as text) until the framer needs more input.
fn drain(framer: &mut TlvFramer, out: &mut Vec<Result<Vec<u8>, String>>, cap: usize) {
    // Each call either returns a message, consumes bytes on an error, or stops:
    // bounded by the bytes held.
    for _ in 0..=framer.pending() + 1 {
        match framer.next_message() {
            Ok(Some(message)) => {
                assert!(message.len() <= cap, "{} > {cap}", message.len());
                out.push(Ok(message));
            }
            Ok(None) => return,
            Err(e) => out.push(Err(e.to_string())),
        }
    }
    panic!("next_message neither ended nor made progress");
}

fuzz_target!(|data: &[u8]| {
    match Message::decode(data) {
        Ok(message) => assert_eq!(message.encode(), data, "accepted input must re-encode exactly"),
        Err(e) => assert!(e.offset <= data.len(), "{e}"),
    }

    let Some((&pick, stream)) = data.split_first() else {
        return;
    };
    for cap in [1 << 20, 64] {
        let options = FramerOptions {
            max_message_len: cap,
            ..FramerOptions::default()
        };
        let mut whole = TlvFramer::new(options.clone());
        let mut expected = Vec::new();
        whole.push(stream);
        drain(&mut whole, &mut expected, cap);

        let mut chunked = TlvFramer::new(options);
        let mut got = Vec::new();
        for chunk in stream.chunks(usize::from(pick % 16) + 1) {
            chunked.push(chunk);
            drain(&mut chunked, &mut got, cap);
        }
        assert_eq!(got, expected, "chunking changed what the framer found");
        for message in got.into_iter().flatten() {
            let _ = Message::decode(&message);
        }
    }
});
