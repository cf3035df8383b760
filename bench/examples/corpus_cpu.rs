//! The corpus benchmark as on-CPU time, for comparing two builds on a busy
//! machine: runs `passes` passes over the corpus and prints the fastest pass per
//! message, counting only the time this thread ran (`CLOCK_THREAD_CPUTIME_ID`),
//! so time spent waiting for a core is left out.
//!
//! `cargo run --release -p mms-bench --features cpu-clock --example corpus_cpu -- [decode|roundtrip|walk] [passes]`
//!
//! `s1-decode`, `s1-encode`, `s2-decode` and `s2-encode` time the Start Send File and
//! Start Transaction request bodies of the `compare` bench instead (one per "message").
//! `lines N` prints N lines of the corpus as hex (cycled), the input of the
//! `mms decode --json` measurement.

use mms_codec::{Contents, DecodeContext, TlvIter};
use mms_protocol::generated::commands::{
    start_send_file_to_device_unsecured as d812, start_transaction,
};
use mms_protocol::Message;
use std::hint::black_box;
use std::io::Write;

/// Nanoseconds this thread has run (`CLOCK_THREAD_CPUTIME_ID`).
fn on_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "roundtrip".into());
    let passes: usize = args.next().and_then(|p| p.parse().ok()).unwrap_or(2000);
    let corpus = mms_bench::corpus();
    if mode == "lines" {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for message in corpus.iter().cycle().take(passes) {
            writeln!(out, "{}", mms_spec::format_hex(message)).expect("stdout");
        }
        return;
    }
    let cx = DecodeContext::default();
    let s1 = mms_bench::start_send_file_body();
    let s2 = mms_bench::start_transaction_body();
    let s1_value = d812::Request::from_bytes(&s1).unwrap();
    let s2_value = start_transaction::Request::from_bytes(&s2).unwrap();
    let structure = |run: &dyn Fn()| corpus.iter().for_each(|_| run());
    let run = || match mode.as_str() {
        "s1-decode" => structure(&|| {
            black_box(d812::Request::from_bytes(black_box(&s1)).unwrap());
        }),
        "s1-encode" => structure(&|| {
            black_box(black_box(&s1_value).to_bytes());
        }),
        "s2-decode" => structure(&|| {
            black_box(start_transaction::Request::from_bytes(black_box(&s2)).unwrap());
        }),
        "s2-encode" => structure(&|| {
            black_box(black_box(&s2_value).to_bytes());
        }),
        "decode" => corpus.iter().for_each(|m| {
            black_box(Message::decode(black_box(m)).unwrap());
        }),
        "walk" => corpus.iter().for_each(|m| {
            black_box(mms_bench::walk(TlvIter::new(black_box(&m[2..]), cx)).unwrap());
        }),
        _ => corpus.iter().for_each(|m| {
            black_box(Message::decode(black_box(m)).unwrap().encode());
        }),
    };
    // Several passes per sample: the clock's resolution is coarse on some kernels.
    let per_sample = 10;
    let mut best = u64::MAX;
    for _ in 0..passes / per_sample {
        let start = on_cpu_ns();
        for _ in 0..per_sample {
            run();
        }
        best = best.min(on_cpu_ns() - start);
    }
    let per_message = best as f64 / (per_sample * corpus.len()) as f64;
    println!(
        "{mode}: {per_message:.1} ns per message on-CPU (best of {} samples of {per_sample} passes over {} messages), {:.2} M messages/s",
        passes / per_sample,
        corpus.len(),
        1e3 / per_message
    );
}
