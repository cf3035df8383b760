//! Arbitrary host messages into the simulated `Device`: never a panic, and
//! everything the device sends is a well-formed MMS message. The input is
//! handled whole, then cut into messages by a leading length byte each, with
//! the clock moving on between them so scheduled notifications fire too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_protocol::Envelope;
use mms_sim::{Device, Outgoing};
use std::time::{Duration, Instant};

fn check(out: Vec<Outgoing>) {
    for outgoing in out {
        if let Err(error) = Envelope::decode(&outgoing.message) {
            panic!("the device sent a bad message ({error}): {:02X?}", outgoing.message);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut device = Device::default();
    let mut now = Instant::now();
    check(device.handle(data, now));
    let mut rest = data;
    while let Some((&len, tail)) = rest.split_first() {
        let (message, next) = tail.split_at(usize::from(len).min(tail.len()));
        check(device.handle(message, now));
        now += Duration::from_millis(u64::from(len) * 4);
        check(device.poll(now));
        rest = next;
    }
    check(device.poll(now + Duration::from_secs(120)));
    let _ = device.take_rejected();
});
