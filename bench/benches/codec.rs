//! Decoding and encoding speed: the zero-copy `TlvIter` walk side by side with
//! the owned `TlvNode` parse (the baseline), plus encoding the owned tree.
//!
//! The codec's own micro-benchmarks (kept here, not in mms-codec, so that the codec's
//! trybuild tests do not build criterion). Run briefly with
//! `cargo bench -p mms-bench --bench codec -- --quick`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use mms_bench::walk;
use mms_codec::{DecodeContext, Tag, TlvIter, TlvNode};
use std::hint::black_box;

/// A file-transfer-like message: message info, status, and a payload whose
/// file data (`83`-form length) is 640 KiB.
fn large_file_message() -> Vec<u8> {
    let data: Vec<u8> = (0..640 * 1024).map(|i| (i % 251) as u8).collect();
    let payload = TlvNode::constructed(
        Tag::from_u32(0xE1),
        vec![
            TlvNode::primitive(Tag::from_u32(0x81), [0x01]),
            TlvNode::primitive(Tag::from_u32(0x82), [0x00, 0x0A, 0x00, 0x00]),
            TlvNode::primitive(Tag::from_u32(0x85), data),
        ],
    );
    let message = [
        TlvNode::primitive(Tag::from_u32(0x81), [0x01, 0x01, 0xD8, 0x21]),
        TlvNode::primitive(Tag::from_u32(0x82), [0, 0, 0, 0]),
        payload,
    ];
    message.iter().flat_map(TlvNode::to_bytes).collect()
}

/// A card-data-like tree: 16 levels of constructed containers, each holding a
/// dozen EMV-style primitives with one- to three-byte tags.
fn deep_card_data() -> Vec<u8> {
    let leaves = |level: u32| -> Vec<TlvNode> {
        (0..12)
            .map(|i| {
                let tag = match i % 3 {
                    0 => 0x81 + i,
                    1 => 0x9F00 + i,
                    _ => 0xDFDF00 + i,
                };
                TlvNode::primitive(Tag::from_u32(tag), vec![level as u8; 4 + i as usize])
            })
            .collect()
    };
    let mut node = TlvNode::constructed(Tag::from_u32(0xFFEE01), leaves(0));
    for level in 1..16 {
        let mut children = leaves(level);
        children.push(node);
        node = TlvNode::constructed(Tag::from_u32(0xE1 + level % 4), children);
    }
    // Several trees side by side, like a batch of notifications.
    (0..32).flat_map(|_| node.to_bytes()).collect()
}

fn decode(c: &mut Criterion) {
    let inputs = [
        ("file_640k", large_file_message()),
        ("deep_card_data", deep_card_data()),
    ];
    let cx = DecodeContext::default();
    let mut group = c.benchmark_group("decode");
    for (name, bytes) in &inputs {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("tlv_iter_walk", name),
            bytes,
            |b, bytes| b.iter(|| walk(TlvIter::new(black_box(bytes), cx)).unwrap()),
        );
        group.bench_with_input(
            BenchmarkId::new("tlv_node_parse_baseline", name),
            bytes,
            |b, bytes| b.iter(|| TlvNode::parse_sequence(black_box(bytes), cx).unwrap()),
        );
    }
    group.finish();

    let mut group = c.benchmark_group("encode");
    for (name, bytes) in &inputs {
        let tree = TlvNode::parse_sequence(bytes, cx).unwrap();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("tlv_node_to_bytes", name),
            &tree,
            |b, tree| {
                b.iter(|| {
                    let mut out = Vec::with_capacity(bytes.len());
                    for node in black_box(tree) {
                        node.encode(&mut out);
                    }
                    out
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, decode);
criterion_main!(benches);
