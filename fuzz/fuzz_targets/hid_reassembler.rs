//! Feeds arbitrary input as a sequence of 64-byte HID reports (the last one
//! may be short) to the runtime's `Reassembler`: no panic, nothing over the
//! cap, progress within its total, and exactly the messages the reference
//! decoder (`mms_fuzz::hid`, the packet rules written plainly) finds; a
//! reassembler lending its messages (`push_borrowed`) reports the same. Also
//! checks that the input, packetized, reassembles to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_runtime::hid_framing::{
    packetize, HidEvent, Reassembler, DEFAULT_MAX_MESSAGE_LEN, REPORT_LEN,
};

fuzz_target!(|data: &[u8]| {
    // The first byte, when there is one, picks the report length (up to 70:
    // longer reports than 64 must be refused).
    let (size, stream) = match data.split_first() {
        Some((&b, rest)) if b & 0x80 != 0 => (usize::from(b & 0x7F) % 71 + 1, rest),
        _ => (REPORT_LEN, data),
    };
    let reports: Vec<&[u8]> = stream.chunks(size).collect();
    for cap in [DEFAULT_MAX_MESSAGE_LEN, 200, 0] {
        let mut reassembler = Reassembler::new(cap);
        let mut borrowing = Reassembler::new(cap);
        let mut messages = Vec::new();
        for report in &reports {
            let mut events = Vec::new();
            reassembler.push(report, |event| {
                if let HidEvent::Message(message) = &event {
                    assert!(message.len() <= cap, "{} over the cap {cap}", message.len());
                    messages.push(message.clone());
                }
                events.push(event);
            });
            let mut lent = Vec::new();
            borrowing.push_borrowed(report, |event| lent.push(event.into_owned()));
            assert_eq!(events, lent, "cap {cap}, reports of {size}");
            if let Some((received, total)) = reassembler.progress() {
                assert!(received <= total && total <= cap, "{received}/{total} cap {cap}");
            }
        }
        assert_eq!(messages, mms_fuzz::hid(&reports, cap), "cap {cap}, reports of {size}");
    }

    let packets = packetize(data).expect("fuzz inputs are far below the framing limit");
    let mut reassembler = Reassembler::default();
    let mut events = Vec::new();
    for report in packets {
        reassembler.push(&report, |event| events.push(event));
    }
    assert_eq!(events, [HidEvent::Message(data.to_vec())]);
});
