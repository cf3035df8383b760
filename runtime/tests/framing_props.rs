//! Property tests: HID packetize -> reassemble and SLIP encode -> decode round trips,
//! including garbage inserted between SLIP frames, and the borrowing paths
//! (`push_borrowed`) giving the same events as the owning ones.

use mms_runtime::hid_framing::{packetize, HidEvent, Reassembler};
use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};
use proptest::prelude::*;

fn reassemble(message: &[u8]) -> Vec<HidEvent> {
    let mut reassembler = Reassembler::default();
    let mut events = Vec::new();
    for report in packetize(message).unwrap() {
        reassembler.push(&report, |e| events.push(e));
    }
    events
}

proptest! {
    #[test]
    fn hid_round_trip(message in proptest::collection::vec(any::<u8>(), 0..2000)) {
        prop_assert_eq!(reassemble(&message), vec![HidEvent::Message(message)]);
    }

    #[test]
    fn hid_random_reports_never_panic(reports in proptest::collection::vec(
        proptest::collection::vec(any::<u8>(), 0..70), 0..40)) {
        let mut reassembler = Reassembler::new(4096);
        for report in &reports {
            reassembler.push(report, |_| {});
        }
        // Resynchronises: a good message after any junk arrives intact.
        let message = vec![0x5A; 300];
        let mut events = Vec::new();
        for report in packetize(&message).unwrap() {
            reassembler.push(&report, |e| events.push(e));
        }
        prop_assert_eq!(events.last(), Some(&HidEvent::Message(message)));
    }

    #[test]
    fn slip_round_trip_with_garbage_and_chunking(
        messages in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..300), 1..6),
        garbage in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..20), 6),
        chunk in 1usize..64,
    ) {
        let mut stream = Vec::new();
        for (i, message) in messages.iter().enumerate() {
            // Raw garbage between frames (line noise); it may contain delimiters.
            stream.extend(&garbage[i]);
            stream.extend(encode(SlipInfo::DEVICE_TO_HOST, message));
        }
        let mut decoder = SlipDecoder::default();
        let mut decoded = Vec::new();
        let mut discarded_bytes = 0;
        for piece in stream.chunks(chunk) {
            decoder.push(piece, |e| match e {
                SlipEvent::Message { message, .. } => decoded.push(message),
                SlipEvent::Discarded { bytes, .. } => discarded_bytes += bytes,
                SlipEvent::CapabilityExceeded { .. } => {}
            });
        }
        // Garbage that happens to form a valid frame shows up as an extra message;
        // every real message must come through, in order.
        let mut wanted = messages.iter();
        let mut next = wanted.next();
        for got in &decoded {
            if Some(got) == next {
                next = wanted.next();
            }
        }
        prop_assert!(next.is_none(), "lost a message: decoded {:?}", decoded);
        prop_assert!(discarded_bytes <= stream.len());
    }

    #[test]
    fn slip_random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..500)) {
        let mut decoder = SlipDecoder::new(64);
        decoder.push(&bytes, |_| {});
        let mut events = Vec::new();
        decoder.push(&[0xC0], |_| {});
        decoder.push(&encode(SlipInfo::DEVICE_TO_HOST, b"after"), |e| events.push(e));
        prop_assert_eq!(events.last(), Some(&SlipEvent::Message {
            info: SlipInfo::DEVICE_TO_HOST,
            message: b"after".to_vec(),
        }));
    }

    /// Whole messages (some over the cap) and junk reports, interleaved: the
    /// borrowing reassembler, whose buffer is reused from message to message,
    /// reports exactly what the owning one does.
    #[test]
    fn hid_borrowed_and_owned_agree(items in proptest::collection::vec(prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..700).prop_map(Ok),
        proptest::collection::vec(any::<u8>(), 0..70).prop_map(Err),
    ], 0..12)) {
        let mut reports = Vec::new();
        for item in &items {
            match item {
                Ok(message) => reports.extend(packetize(message).unwrap().map(|r| r.to_vec())),
                Err(junk) => reports.push(junk.clone()),
            }
        }
        let (mut owning, mut borrowing) = (Reassembler::new(500), Reassembler::new(500));
        let (mut owned, mut borrowed) = (Vec::new(), Vec::new());
        for report in &reports {
            owning.push(report, |e| owned.push(e));
            borrowing.push_borrowed(report, |e| borrowed.push(e.into_owned()));
        }
        prop_assert_eq!(owned, borrowed);
    }

    /// The same for SLIP: frames (some over the cap, some of the other
    /// direction) with garbage between them, pushed in random chunks.
    #[test]
    fn slip_borrowed_and_owned_agree(
        items in proptest::collection::vec(prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..400)
                .prop_map(|m| encode(SlipInfo::DEVICE_TO_HOST, &m)),
            proptest::collection::vec(any::<u8>(), 0..30),
        ], 0..10),
        chunk in 1usize..100,
    ) {
        let stream = items.concat();
        let (mut owning, mut borrowing) = (SlipDecoder::new(300), SlipDecoder::new(300));
        let (mut owned, mut borrowed) = (Vec::new(), Vec::new());
        for piece in stream.chunks(chunk) {
            owning.push(piece, |e| owned.push(e));
            borrowing.push_borrowed(piece, |e| borrowed.push(e.into_owned()));
        }
        prop_assert_eq!(owned, borrowed);
    }
}
