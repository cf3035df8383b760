//! Bad input never panics the device or its framing: random bytes and
//! mutated valid messages (a deterministic generator, so failures replay).

use crate::common::*;
use mms_runtime::hid_framing::{packetize, HidEvent, Reassembler};
use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};
use mms_sim::Device;
use std::time::Instant;

/// xorshift64*: small, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    /// Random bytes, fewer than `max`.
    fn some_bytes(&mut self, max: usize) -> Vec<u8> {
        let len = self.below(max);
        self.bytes(len)
    }
}

fn valid_messages() -> Vec<Vec<u8>> {
    let mut get = tlv(&[0x85], &[0x02]);
    get.extend(tlv(&[0x87], &[0x01, 0x02]));
    get.extend(tlv(&[0x89], &[0xC2, 0x00]));
    let mut set = tlv(&[0x85], &[0x01]);
    set.extend(tlv(&[0x87], &[0x02, 0x07, 0x01, 0x01]));
    set.extend(tlv(&[0x89], &[0xE1, 0x03, 0xC1, 0x01, 0x05]));
    vec![
        request(1, 0xDF01, &tlv(&[0x81], &[1, 2, 3])),
        request(2, 0xD101, &get),
        request(3, 0xD111, &set),
        request(4, 0x1001, &start_transaction_params([0, 3])),
        request(5, 0x1008, &[]),
        request(6, 0xD812, &send_file_params([2, 0, 0, 0], b"file")),
        data_file(7, 0xD812, [2, 0, 0, 0], b"file"),
        request(8, 0xD821, &tlv(&[0x81], &[2, 0, 0, 0])),
        request(9, 0x1F01, &[]),
    ]
}

#[test]
fn the_device_survives_random_and_mutated_messages() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut device = Device::default();
    let now = Instant::now();
    let valid = valid_messages();
    for round in 0..20_000 {
        let message = if round % 3 == 0 {
            let len = rng.below(80);
            let mut bytes = rng.bytes(len);
            if len >= 2 {
                bytes[0] = 0xAA;
            }
            bytes
        } else {
            let mut bytes = valid[rng.below(valid.len())].clone();
            for _ in 0..1 + rng.below(3) {
                let at = rng.below(bytes.len());
                bytes[at] = rng.next() as u8;
            }
            if rng.below(4) == 0 {
                bytes.truncate(rng.below(bytes.len() + 1));
            }
            bytes
        };
        for out in device.handle(&message, now) {
            assert_eq!(&out.message[..2], &[0xAA, 0x00]);
        }
        device.poll(now);
    }
}

#[test]
fn framing_readers_survive_random_input() {
    // The simulator's links read with the runtime's state machines.
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let mut slip = SlipDecoder::new(4096);
    let mut hid = Reassembler::new(4096);
    for round in 0..5_000 {
        let mut chunk = if round % 2 == 0 {
            encode(SlipInfo::HOST_TO_DEVICE, &rng.some_bytes(200))
        } else {
            rng.some_bytes(100)
        };
        if !chunk.is_empty() && rng.below(2) == 0 {
            let at = rng.below(chunk.len());
            chunk[at] = [0xC0, 0xDB, 0x00][rng.below(3)];
        }
        slip.push(&chunk, |_| {});

        let message = rng.some_bytes(300);
        let mut reports: Vec<_> = packetize(&message).unwrap().collect();
        if reports.len() > 1 && rng.below(2) == 0 {
            let at = rng.below(reports.len());
            reports[at][rng.below(64)] = rng.next() as u8;
        }
        for report in &reports {
            hid.push(report, |_| {});
        }
        hid.push(&rng.some_bytes(70), |_| {});
    }
    // Still in working order afterwards.
    let mut events = Vec::new();
    slip.push(&[0xC0], |_| {});
    slip.push(&encode(SlipInfo::HOST_TO_DEVICE, &[1, 2]), |e| {
        events.push(e)
    });
    assert_eq!(
        events.last(),
        Some(&SlipEvent::Message {
            info: SlipInfo::HOST_TO_DEVICE,
            message: vec![1, 2]
        })
    );
    let mut last = None;
    for report in packetize(&[9; 100]).unwrap() {
        hid.push(&report, |e| last = Some(e));
    }
    assert_eq!(last, Some(HidEvent::Message(vec![9; 100])));
}

#[test]
fn deeply_nested_property_requests_are_refused() {
    // 89 holding 100,000 nested E1 items: must fail cleanly, not overflow the stack.
    let depth = 100_000;
    let mut nodes = Vec::with_capacity(5 * depth + 2);
    for level in 0..depth {
        // Each E1 holds the levels inside it (5 header bytes each) and the leaf.
        let len = 2 + 5 * (depth - 1 - level);
        nodes.extend([0xE1, 0x83, (len >> 16) as u8, (len >> 8) as u8, len as u8]);
    }
    nodes.extend([0xC1, 0x00]);
    let mut params = tlv(&[0x85], &[0x01]);
    let len = nodes.len();
    params.extend([0x89, 0x83, (len >> 16) as u8, (len >> 8) as u8, len as u8]);
    params.extend_from_slice(&nodes);
    let mut device = Device::default();
    for command in [0xD101, 0xD111] {
        let mut message = vec![0xAA, 0x00, 0x81, 0x04, 0x01, 0x01];
        message.extend((command as u16).to_be_bytes());
        let mut payload = (command as u16).to_be_bytes().to_vec();
        payload.extend_from_slice(&params);
        let len = payload.len();
        message.extend([0x84, 0x83, (len >> 16) as u8, (len >> 8) as u8, len as u8]);
        message.extend(payload);
        let out = device.handle(&message, Instant::now());
        assert_eq!(status(&out[0].message), [0x80, 0x02, 0x01, 0x02]);
    }
}
