//! Feeds arbitrary bytes to the runtime's `SlipDecoder`, in chunks whose size
//! the first byte picks and all at once: the events must not depend on how
//! the stream was cut (the chunked run lends its messages, `push_borrowed`;
//! the whole one gives them, `push`), messages stay under the cap, discarded
//! runs lie inside the stream, and the messages are exactly those the
//! reference decoder (`mms_fuzz::slip`, the frame rules written plainly)
//! finds. The input, SLIP-encoded, decodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_fuzz::SlipOutcome;
use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};

fn decode(
    cap: usize,
    chunks: impl Iterator<Item = impl AsRef<[u8]>>,
    borrowed: bool,
) -> Vec<SlipEvent> {
    let mut decoder = SlipDecoder::new(cap);
    let mut events = Vec::new();
    for chunk in chunks {
        if borrowed {
            decoder.push_borrowed(chunk.as_ref(), |event| events.push(event.into_owned()));
        } else {
            decoder.push(chunk.as_ref(), |event| events.push(event));
        }
        let _ = decoder.progress();
    }
    events
}

fuzz_target!(|data: &[u8]| {
    let Some((&step, stream)) = data.split_first() else {
        return;
    };
    let step = usize::from(step % 32) + 1;
    for cap in [1 << 20, 100, 0] {
        let whole = decode(cap, std::iter::once(stream), false);
        let chunked = decode(cap, stream.chunks(step), true);
        assert_eq!(whole, chunked, "chunks of {step}");
        let mut outcomes = Vec::new();
        for event in &whole {
            match event {
                SlipEvent::Message { info, message } => {
                    assert!(message.len() <= cap);
                    outcomes.push(SlipOutcome::Message(info.0, message.clone()));
                }
                SlipEvent::Discarded {
                    stream_offset,
                    bytes,
                    ..
                } => assert!(*stream_offset as usize + bytes <= stream.len()),
                SlipEvent::CapabilityExceeded { max_len } => {
                    outcomes.push(SlipOutcome::CapabilityExceeded(*max_len))
                }
            }
        }
        assert_eq!(outcomes, mms_fuzz::slip(stream, cap), "cap {cap}");
    }

    let info = SlipInfo::HOST_TO_DEVICE;
    let framed = encode(info, stream);
    let events = decode(1 << 20, std::iter::once(&framed), true);
    let expected = SlipEvent::Message {
        info,
        message: stream.to_vec(),
    };
    assert_eq!(events, [expected]);
});
