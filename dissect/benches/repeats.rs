//! Decoding time against the number of repeats of one tag (issue 11, defect 3:
//! it was quadratic). The 2,000-repeat case is the baseline in the same run:
//! linear decoding takes about 20 times as long for 40,000.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use mms_spec::Spec;

fn repeats(c: &mut Criterion) {
    let spec = Spec::builtin();
    let mut group = c.benchmark_group("repeated_tags");
    group.sample_size(10);
    for n in [2_000usize, 10_000, 40_000] {
        let input = [0x81u8, 0x01, 0x00].repeat(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &input, |b, input| {
            b.iter(|| mms_dissect::decode(input, &spec).unwrap());
        });
    }
    group.finish();
}

criterion_group!(benches, repeats);
criterion_main!(benches);
