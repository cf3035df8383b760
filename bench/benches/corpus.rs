//! The manual's example corpus (every whole-message example of the spec):
//! typed decode, typed decode plus re-encode, and the zero-copy `TlvIter`
//! walk, next to the generic owned `TlvNode` tree (the baseline).
//!
//! Throughput is in messages; `cargo xtask bench` also reports MB/s from the
//! corpus size this bench prints.
//!
//! Run: `cargo bench -p mms-bench --bench corpus -- --warm-up-time 1 --measurement-time 3`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use mms_codec::{DecodeContext, TlvIter, TlvNode};
use mms_protocol::Message;
use std::hint::black_box;

fn corpus(c: &mut Criterion) {
    let corpus = mms_bench::corpus();
    let bytes: usize = corpus.iter().map(Vec::len).sum();
    println!("corpus: {} messages, {bytes} bytes", corpus.len());
    for message in &corpus {
        assert_eq!(Message::decode(message).unwrap().encode(), *message);
    }
    let cx = DecodeContext::default();

    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("typed_decode", |b| {
        b.iter(|| {
            for message in &corpus {
                black_box(Message::decode(black_box(message)).unwrap());
            }
        })
    });
    group.bench_function("typed_decode_encode", |b| {
        b.iter(|| {
            for message in &corpus {
                black_box(Message::decode(black_box(message)).unwrap().encode());
            }
        })
    });
    group.bench_function("zero_copy_walk", |b| {
        b.iter(|| {
            for message in &corpus {
                black_box(mms_bench::walk(TlvIter::new(black_box(&message[2..]), cx)).unwrap());
            }
        })
    });
    group.bench_function("tlv_node_tree_baseline", |b| {
        b.iter(|| {
            for message in &corpus {
                black_box(TlvNode::parse_sequence(black_box(&message[2..]), cx).unwrap());
            }
        })
    });
    group.finish();
}

criterion_group!(benches, corpus);
criterion_main!(benches);
