//! HID packetize/reassemble and SLIP encode/decode of 64 B, 4 KiB and 640 KiB
//! messages (640 KiB: the largest image file), each next to a naive baseline.
//! Each is measured twice: a fresh state machine handing out an owned message
//! (`push`), and a link's state machine lending it (`push_borrowed`, as the
//! simulator and `mms decode --hid/--slip` take messages), whose buffer is
//! reused from message to message.
//!
//! Run: `cargo bench -p mms-runtime --bench framing` (or `-- --test` to check it runs).

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use mms_runtime::hid_framing::{packetize, HidEvent, Reassembler};
use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};

/// Message sizes: a short command, a mid-size response, the largest image file.
const SIZES: [(&str, usize); 3] = [("64B", 64), ("4KiB", 4 * 1024), ("640KiB", 640 * 1024)];

fn message(len: usize) -> Vec<u8> {
    // Every byte value, so SLIP escapes about 1 byte in 128.
    (0..len).map(|i| (i * 31 % 256) as u8).collect()
}

/// Baseline: one heap-allocated report per packet, reassembled by copying
/// byte by byte.
fn naive_hid_round_trip(message: &[u8]) -> Vec<u8> {
    let mut reports: Vec<Vec<u8>> = Vec::new();
    if message.len() <= 62 {
        let mut r = vec![0u8; 64];
        r[1] = message.len() as u8;
        r[2..2 + message.len()].copy_from_slice(message);
        reports.push(r);
    } else {
        let mut r = vec![1u8];
        r.extend_from_slice(&(message.len() as u32).to_be_bytes());
        r.extend_from_slice(&message[..59]);
        reports.push(r);
        let mut offset = 59;
        let mut number = 1u16;
        while message.len() - offset > 62 {
            let mut r = vec![2u8];
            r.extend_from_slice(&number.to_be_bytes());
            r.extend_from_slice(&message[offset..offset + 61]);
            reports.push(r);
            offset += 61;
            number += 1;
        }
        let mut r = vec![3u8, (message.len() - offset) as u8];
        r.extend_from_slice(&message[offset..]);
        r.resize(64, 0);
        reports.push(r);
    }
    let mut out = Vec::new();
    for r in &reports {
        let (start, len) = match r[0] {
            0 | 3 => (2, r[1] as usize),
            1 => (5, 59),
            _ => (3, 61),
        };
        for &b in &r[start..start + len] {
            out.push(b);
        }
    }
    out
}

fn hid_round_trip(message: &[u8]) -> Vec<u8> {
    let mut reassembler = Reassembler::default();
    let mut out = Vec::new();
    for report in packetize(message).unwrap() {
        reassembler.push(&report, |e| {
            if let HidEvent::Message(m) = e {
                out = m;
            }
        });
    }
    out
}

/// The link's reassembler lends each message: nothing allocated per message.
fn hid_round_trip_borrowed(reassembler: &mut Reassembler, message: &[u8]) -> usize {
    let mut len = 0;
    for report in packetize(message).unwrap() {
        reassembler.push_borrowed(&report, |e| {
            if let HidEvent::Message(m) = e {
                len = black_box(m).len();
            }
        });
    }
    len
}

/// Baseline: byte-at-a-time SLIP encoder.
fn naive_slip_encode(message: &[u8]) -> Vec<u8> {
    let mut out = vec![0xC0];
    let mut header = vec![0x00];
    header.extend_from_slice(&(message.len() as u32).to_be_bytes());
    for &b in header.iter().chain(message) {
        match b {
            0xC0 => out.extend_from_slice(&[0xDB, 0xDC]),
            0xDB => out.extend_from_slice(&[0xDB, 0xDD]),
            b => out.push(b),
        }
    }
    out.push(0xC0);
    out
}

/// Baseline: byte-at-a-time SLIP decoder (no caps, no error reports).
fn naive_slip_decode(frame: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut escaped = false;
    for &b in frame {
        match (escaped, b) {
            (false, 0xC0) => {}
            (false, 0xDB) => escaped = true,
            (true, 0xDC) => {
                out.push(0xC0);
                escaped = false
            }
            (true, 0xDD) => {
                out.push(0xDB);
                escaped = false
            }
            (_, b) => {
                out.push(b);
                escaped = false
            }
        }
    }
    out.split_off(5)
}

fn slip_decode(frame: &[u8]) -> Vec<u8> {
    let mut decoder = SlipDecoder::default();
    let mut out = Vec::new();
    // Serial reads arrive in chunks.
    for chunk in frame.chunks(4096) {
        decoder.push(chunk, |e| {
            if let SlipEvent::Message { message, .. } = e {
                out = message;
            }
        });
    }
    out
}

/// The link's decoder lends each message.
fn slip_decode_borrowed(decoder: &mut SlipDecoder, frame: &[u8]) -> usize {
    let mut len = 0;
    for chunk in frame.chunks(4096) {
        decoder.push_borrowed(chunk, |e| {
            if let SlipEvent::Message { message, .. } = e {
                len = black_box(message).len();
            }
        });
    }
    len
}

fn bench(c: &mut Criterion) {
    for (size, len) in SIZES {
        let message = message(len);
        assert_eq!(hid_round_trip(&message), message);
        assert_eq!(naive_hid_round_trip(&message), message);
        let frame = encode(SlipInfo::HOST_TO_DEVICE, &message);
        assert_eq!(naive_slip_encode(&message), frame);
        assert_eq!(slip_decode(&frame), message);
        assert_eq!(naive_slip_decode(&frame), message);

        let mut group = c.benchmark_group(format!("hid_round_trip_{size}"));
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(BenchmarkId::new("packetize_reassemble", len), |b| {
            b.iter(|| hid_round_trip(black_box(&message)))
        });
        let mut reassembler = Reassembler::default();
        assert_eq!(hid_round_trip_borrowed(&mut reassembler, &message), len);
        group.bench_function(BenchmarkId::new("link_borrowed", len), |b| {
            b.iter(|| hid_round_trip_borrowed(&mut reassembler, black_box(&message)))
        });
        group.bench_function(BenchmarkId::new("naive_baseline", len), |b| {
            b.iter(|| naive_hid_round_trip(black_box(&message)))
        });
        group.finish();

        let mut group = c.benchmark_group(format!("slip_encode_{size}"));
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(BenchmarkId::new("encode", len), |b| {
            b.iter(|| encode(SlipInfo::HOST_TO_DEVICE, black_box(&message)))
        });
        group.bench_function(BenchmarkId::new("naive_byte_at_a_time", len), |b| {
            b.iter(|| naive_slip_encode(black_box(&message)))
        });
        group.finish();

        let mut group = c.benchmark_group(format!("slip_decode_{size}"));
        group.throughput(Throughput::Bytes(len as u64));
        group.bench_function(BenchmarkId::new("streaming_decoder", len), |b| {
            b.iter(|| slip_decode(black_box(&frame)))
        });
        let mut decoder = SlipDecoder::default();
        assert_eq!(slip_decode_borrowed(&mut decoder, &frame), len);
        group.bench_function(BenchmarkId::new("link_borrowed", len), |b| {
            b.iter(|| slip_decode_borrowed(&mut decoder, black_box(&frame)))
        });
        group.bench_function(BenchmarkId::new("naive_byte_at_a_time", len), |b| {
            b.iter(|| naive_slip_decode(black_box(&frame)))
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
