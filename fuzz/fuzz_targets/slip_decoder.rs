//! Feeds arbitrary bytes to the runtime's `SlipDecoder`, in chunks whose size
//! the first byte picks and all at once: the events must not depend on how
//! the stream was cut, messages stay under the cap, discarded runs lie inside
//! the stream. The simulator's `SlipReader` gets the same bytes (no panic),
//! and the input, SLIP-encoded, decodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};
use mms_sim::framing::SlipReader;

fn decode(cap: usize, chunks: impl Iterator<Item = impl AsRef<[u8]>>) -> Vec<SlipEvent> {
    let mut decoder = SlipDecoder::new(cap);
    let mut events = Vec::new();
    for chunk in chunks {
        decoder.push(chunk.as_ref(), |event| events.push(event));
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
        let whole = decode(cap, std::iter::once(stream));
        let chunked = decode(cap, stream.chunks(step));
        assert_eq!(whole, chunked, "chunks of {step}");
        for event in &whole {
            match event {
                SlipEvent::Message { message, .. } => assert!(message.len() <= cap),
                SlipEvent::Discarded {
                    stream_offset,
                    bytes,
                    ..
                } => assert!(*stream_offset as usize + bytes <= stream.len()),
                SlipEvent::CapabilityExceeded { .. } => {}
            }
        }
        let mut reader = SlipReader::new(cap);
        for chunk in stream.chunks(step) {
            reader.push(chunk);
        }
    }

    let info = SlipInfo::HOST_TO_DEVICE;
    let framed = encode(info, stream);
    let events = decode(1 << 20, std::iter::once(&framed));
    let expected = SlipEvent::Message {
        info,
        message: stream.to_vec(),
    };
    assert_eq!(events, [expected]);
});
