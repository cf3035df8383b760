//! Inputs shared by the benchmarks (see `BENCHMARKS.md`): the manual's example
//! corpus and the structures compared with `rasn` and `der`.
//!
//! ```no_run
//! let corpus = mms_bench::corpus();
//! let bytes: usize = corpus.iter().map(Vec::len).sum();
//! println!("{} messages, {bytes} bytes", corpus.len());
//! ```

use mms_codec::{DecodeError, TlvIter};
use mms_protocol::Message;
use mms_spec::{ExampleKind, Spec};

/// Every example of the builtin spec that is a whole message (not a payload
/// fragment, not an erratum) and that decodes: the manual's example corpus.
pub fn corpus() -> Vec<Vec<u8>> {
    let spec = Spec::builtin();
    spec.examples()
        .filter(|(_, example)| example.kind != ExampleKind::Other && example.erratum.is_none())
        .filter_map(|(_, example)| example.bytes().ok())
        .filter(|bytes| Message::decode(bytes).is_ok())
        .collect()
}

/// Hex to bytes; the constants below are well-formed.
fn hex(text: &str) -> Vec<u8> {
    mms_spec::parse_hex(text).expect("valid hex")
}

/// S1: the body of the manual's Start Send File (`D812`) request (Table 213),
/// after the 2-byte command ID.
pub fn start_send_file_body() -> Vec<u8> {
    hex("81 04 02 00 00 00 A2 2B 81 04 00 02 58 38 82 01 04 83 20 \
         D5 B8 BF 2F 3A 15 D9 EE 1D 0D E5 8E DD 68 37 73 18 51 C7 3C 3D 79 58 2B A6 07 90 5C 2B 86 3C E5 \
         A3 0A 81 08 30 32 30 30 30 30 30 30 87 01 01")
}

/// S2: a Start Transaction (`1001`) request body: timeout, reader options,
/// transaction options and EMV transaction TLVs (type, amount, other amount, currency).
pub fn start_transaction_body() -> Vec<u8> {
    hex("82 01 3C A3 09 81 01 01 82 01 01 83 01 01 84 02 00 03 \
         86 1A 9C 01 00 9F 02 06 00 00 00 00 15 00 9F 03 06 00 00 00 00 00 00 5F 2A 02 08 40")
}

/// Size of the S3 file payload.
pub const FILE_LEN: usize = 640 * 1024;

/// The 640 KiB file content of S3 (every byte value).
pub fn file_data() -> Vec<u8> {
    (0..FILE_LEN).map(|i| (i * 31 % 251) as u8).collect()
}

/// S3: a whole data file message (`AA 00`, `81` with command `D812` and file type
/// `00000300`, `84` holding 640 KiB).
pub fn data_file_message() -> Vec<u8> {
    let mut out = hex("AA 00 81 08 04 00 D8 12 00 00 03 00 84 83");
    out.extend_from_slice(&(FILE_LEN as u32).to_be_bytes()[1..]);
    out.extend_from_slice(&file_data());
    out
}

/// S3 as `rasn` and `der` see it: `81` (the file type) and `84` (the file) in one sequence.
pub fn file_body() -> Vec<u8> {
    let mut out = hex("81 04 00 00 03 00 84 83");
    out.extend_from_slice(&(FILE_LEN as u32).to_be_bytes()[1..]);
    out.extend_from_slice(&file_data());
    out
}

/// An ARQC container: the EMV tags of an authorization request cryptogram, as a
/// card reader reports them (tags in the order of the ARQC tag list).
pub fn arqc_body() -> Vec<u8> {
    hex("9F 02 06 00 00 00 00 15 00 9F 03 06 00 00 00 00 00 00 \
         9F 26 08 12 34 56 78 9A BC DE F0 82 02 19 80 9F 36 02 00 2A 9F 27 01 80 \
         9F 10 14 01 10 A0 00 03 22 00 00 00 00 00 00 00 00 00 00 00 00 00 FF \
         9F 37 04 A1 B2 C3 D4 95 05 00 00 00 80 00 9A 03 26 11 29 9C 01 00 \
         5F 2A 02 08 40 9F 1A 02 08 40")
}

/// The ARQC container without the four tags that `der` and `rasn` cannot name
/// (`9F02`, `9F03`, `9F10`, `9F1A`: multi-byte tags for numbers below 31).
pub fn arqc_reduced_body() -> Vec<u8> {
    hex(
        "9F 26 08 12 34 56 78 9A BC DE F0 82 02 19 80 9F 36 02 00 2A 9F 27 01 80 \
         9F 37 04 A1 B2 C3 D4 95 05 00 00 00 80 00 9A 03 26 11 29 9C 01 00 5F 2A 02 08 40",
    )
}

/// `bytes` inside an outer `30` SEQUENCE, the form `rasn` and `der` decode.
pub fn wrap_sequence(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![0x30];
    let len = bytes.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let be = (len as u32).to_be_bytes();
        let skip = be.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (4 - skip) as u8);
        out.extend_from_slice(&be[skip..]);
    }
    out.extend_from_slice(bytes);
    out
}

/// Visits every TLV, recursing into constructed ones, without allocating (the
/// zero-copy walk); returns the value bytes of the primitive ones.
pub fn walk(iter: TlvIter<'_>) -> Result<usize, DecodeError> {
    let cx = iter.context();
    let mut value_bytes = 0;
    for tlv in iter {
        let tlv = tlv?;
        value_bytes += if tlv.tag.is_constructed() {
            tlv.children(cx).and_then(walk)?
        } else {
            tlv.value.len()
        };
    }
    Ok(value_bytes)
}
