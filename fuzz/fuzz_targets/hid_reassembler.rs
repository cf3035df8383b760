//! Feeds arbitrary input as a sequence of 64-byte HID reports (the last one
//! may be short) to the runtime's `Reassembler` and to the simulator's own
//! `HidReader`: no panic, nothing over the cap, progress within its total.
//! Also checks that the input, packetized, reassembles to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_runtime::hid_framing::{
    packetize, HidEvent, Reassembler, DEFAULT_MAX_MESSAGE_LEN, REPORT_LEN,
};
use mms_sim::framing::HidReader;

fuzz_target!(|data: &[u8]| {
    for cap in [DEFAULT_MAX_MESSAGE_LEN, 200, 0] {
        let mut reassembler = Reassembler::new(cap);
        for report in data.chunks(REPORT_LEN) {
            reassembler.push(report, |event| {
                if let HidEvent::Message(message) = event {
                    assert!(message.len() <= cap, "{} over the cap {cap}", message.len());
                }
            });
            if let Some((received, total)) = reassembler.progress() {
                assert!(received <= total && total <= cap, "{received}/{total} cap {cap}");
            }
        }
        let mut reader = HidReader::new(cap);
        for report in data.chunks(REPORT_LEN) {
            if let Ok(Some(message)) = reader.push(report) {
                assert!(message.len() <= cap);
            }
        }
    }

    let packets = packetize(data).expect("fuzz inputs are far below the framing limit");
    let mut reassembler = Reassembler::default();
    let mut events = Vec::new();
    for report in packets {
        reassembler.push(&report, |event| events.push(event));
    }
    assert_eq!(events, [HidEvent::Message(data.to_vec())]);
});
