//! Allocation counts, checked with a counting global allocator: decoding a
//! payload made only of fixed-width fields allocates nothing, encoding it
//! allocates once (the output), and re-encoding a decoded message allocates
//! once. Counts are per thread, so parallel tests do not disturb each other.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use mms_codec::Contents;
use mms_protocol::generated::commands::start_transaction;
use mms_protocol::Message;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|n| n.set(n.get() + 1));
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result and the allocations it made on this thread.
fn count<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    (result, ALLOCATIONS.with(Cell::get) - before)
}

fn hex(text: &str) -> Vec<u8> {
    mms_spec::parse_hex(text).unwrap()
}

/// Start Transaction: timeout, reader options (three one-byte enums), transaction options.
const START_TRANSACTION: &str = "82 01 3C A3 09 81 01 01 82 01 01 83 01 01 84 02 00 03";

#[test]
fn decoding_fixed_width_fields_does_not_allocate() {
    let body = hex(START_TRANSACTION);
    let (request, allocations) = count(|| start_transaction::Request::from_bytes(&body));
    let request = request.unwrap();
    assert_eq!(allocations, 0, "decode allocated");
    assert_eq!(request.transaction_timeout_in_seconds, 0x3C);
    assert_eq!(
        request.transaction_options,
        Some(start_transaction::TransactionOptions(0x0003))
    );
    assert!(request.reader_options.is_some());

    let (bytes, allocations) = count(|| request.to_bytes());
    assert_eq!(allocations, 1, "encode allocated more than its output");
    assert_eq!(bytes, body);
}

#[test]
fn non_canonical_input_still_round_trips() {
    // Reader options before the timeout, and a two-byte length form for 84: the layout
    // is recorded from the first deviation on, and the items before it are replayed.
    let body = hex("A3 09 81 01 01 82 01 01 83 01 01 82 01 3C 84 82 00 02 00 03 9F 7F 01 00");
    let request = start_transaction::Request::from_bytes(&body).unwrap();
    assert_eq!(request.to_bytes(), body);
    let canonical = hex("82 01 3C A3 09 81 01 01 82 01 01 83 01 01 84 82 00 02 00 03 9F 7F 01 00");
    let request = start_transaction::Request::from_bytes(&canonical).unwrap();
    assert_eq!(request.to_bytes(), canonical);
}

#[test]
fn re_encoding_a_decoded_message_allocates_once() {
    // Manual Table 234's Echo request.
    let wire = hex("AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03");
    let message = Message::decode(&wire).unwrap();
    let (bytes, allocations) = count(|| message.encode());
    assert_eq!(bytes, wire);
    assert_eq!(allocations, 1);

    // A changed body is encoded from the body, not from the decoded payload.
    let mut changed = message.clone();
    if let mms_protocol::Body::Request(mms_protocol::generated::message::Request::Echo(echo)) =
        &mut changed.body
    {
        echo.data_to_be_echoed = Some(vec![9]);
    } else {
        panic!("not an Echo request: {changed:?}");
    }
    assert_eq!(
        changed.encode(),
        hex("AA 00 81 04 01 01 DF 01 84 05 DF 01 81 01 09")
    );
}

/// A link that decodes each message where it lands (`push_borrowed`) frames
/// with no allocation per message once its buffer has grown: HID single and
/// multi-packet messages, SLIP frames.
#[test]
fn borrowed_framing_does_not_allocate_per_message() {
    use mms_runtime::hid_framing::{packetize, HidEvent, Reassembler};
    use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};

    let messages: Vec<Vec<u8>> = [40, 64, 700, 4096, 64]
        .iter()
        .map(|&len| (0..len).map(|i| (i * 31 % 256) as u8).collect())
        .collect();
    let reports: Vec<Vec<_>> = messages
        .iter()
        .map(|m| packetize(m).unwrap().collect())
        .collect();
    let frames: Vec<Vec<u8>> = messages
        .iter()
        .map(|m| encode(SlipInfo::DEVICE_TO_HOST, m))
        .collect();
    let mut reassembler = Reassembler::default();
    let mut decoder = SlipDecoder::default();
    // The largest message first, so the buffers have their size.
    for report in packetize(&messages[3]).unwrap() {
        reassembler.push_borrowed(&report, |_| {});
    }
    decoder.push_borrowed(&frames[3], |_| {});

    for (i, message) in messages.iter().enumerate() {
        let (seen, allocations) = count(|| {
            let mut seen = 0;
            for report in &reports[i] {
                reassembler.push_borrowed(report, |e| {
                    assert_eq!(e, HidEvent::Message(&message[..]));
                    seen += 1;
                });
            }
            decoder.push_borrowed(&frames[i], |e| {
                assert!(matches!(e, SlipEvent::Message { message: m, .. } if m == &message[..]));
                seen += 1;
            });
            seen
        });
        assert_eq!(seen, 2);
        assert_eq!(
            allocations,
            0,
            "framing a {}-byte message allocated",
            message.len()
        );
    }
}

/// Allocations per message over the manual's example corpus, printed for
/// BENCHMARKS.md (`cargo test -p mms-tests --test allocations -- --nocapture`):
/// what decoding costs is mostly owned bytes (the envelope's status and
/// payload, the body's byte fields). Re-encoding an unchanged decoded message
/// allocates once (the output), except a data file, whose bytes moved to the
/// body on decode: twice (the envelope around the file, then the output the
/// file is copied into).
#[test]
fn corpus_allocations_per_message() {
    let spec = mms_spec::Spec::builtin();
    let corpus: Vec<Vec<u8>> = spec
        .examples()
        .filter(|(_, e)| e.kind != mms_spec::ExampleKind::Other && e.erratum.is_none())
        .filter_map(|(_, e)| e.bytes().ok())
        .filter(|bytes| Message::decode(bytes).is_ok())
        .collect();
    assert!(corpus.len() > 500, "only {} messages", corpus.len());
    let (mut decoding, mut encoding, mut most) = (0, 0, 0);
    for wire in &corpus {
        let (message, n) = count(|| Message::decode(wire).unwrap());
        decoding += n;
        most = most.max(n);
        let (bytes, n) = count(|| message.encode());
        assert_eq!(&bytes, wire);
        let expected = match message.body {
            mms_protocol::Body::DataFile(_) => 2,
            _ => 1,
        };
        assert_eq!(n, expected, "re-encoding {}", mms_spec::format_hex(wire));
        encoding += n;
    }
    let per = |n: usize| n as f64 / corpus.len() as f64;
    println!(
        "{} messages: decode {:.2} allocations each (most {most}), re-encode {:.2}",
        corpus.len(),
        per(decoding),
        per(encoding)
    );
}
