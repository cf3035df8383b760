//! Derived payload types side by side with the generic `TlvNode` tree (the
//! baseline): decoding and encoding the manual's Start Send File request
//! payload, and a whole Echo message through the envelope.
//!
//! Run briefly with `cargo bench -p mms-tests --bench derived -- --quick`.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{bytes, EchoRequest, StartSendFileRequest};
use criterion::{criterion_group, criterion_main, Criterion};
use mms_codec::{Contents, TlvNode};
use mms_protocol::envelope::Envelope;
use std::hint::black_box;

/// Manual Table 213, payload after the 2-byte command ID.
const START_SEND_FILE_BODY: &str = "81 04 02 00 00 00 A2 2B 81 04 00 02 58 38 82 01 04 83 20 \
    D5 B8 BF 2F 3A 15 D9 EE 1D 0D E5 8E DD 68 37 73 18 51 C7 3C 3D 79 58 2B A6 07 90 5C 2B 86 3C E5 \
    A3 0A 81 08 30 32 30 30 30 30 30 30 87 01 01";
/// Manual Table 234.
const ECHO_REQUEST: &str = "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03";

fn decode(c: &mut Criterion) {
    let body = bytes(START_SEND_FILE_BODY);
    let mut group = c.benchmark_group("decode start send file");
    group.bench_function("derived", |b| {
        b.iter(|| StartSendFileRequest::from_bytes(black_box(&body)).unwrap())
    });
    group.bench_function("TlvNode (baseline)", |b| {
        b.iter(|| Vec::<TlvNode>::from_bytes(black_box(&body)).unwrap())
    });
    group.finish();

    let message = bytes(ECHO_REQUEST);
    c.bench_function("decode echo message and payload", |b| {
        b.iter(|| {
            let envelope = Envelope::decode(black_box(&message)).unwrap();
            envelope.decode_payload::<EchoRequest>(0xDF01).unwrap()
        })
    });
}

fn encode(c: &mut Criterion) {
    let body = bytes(START_SEND_FILE_BODY);
    let derived = StartSendFileRequest::from_bytes(&body).unwrap();
    let tree = Vec::<TlvNode>::from_bytes(&body).unwrap();
    let mut group = c.benchmark_group("encode start send file");
    group.bench_function("derived", |b| b.iter(|| black_box(&derived).to_bytes()));
    group.bench_function("TlvNode (baseline)", |b| {
        b.iter(|| black_box(&tree).to_bytes())
    });
    group.finish();
}

criterion_group!(benches, decode, encode);
criterion_main!(benches);
