//! Hand-written payload types for the golden and property tests, shaped as the
//! code generator writes them: `#[derive(Tlv)]` structs with a catch-all.
//! They stay hand-written on purpose (Echo and Start Send File 0xD812), so the
//! seed examples test the derive on its own, independently of the generator.

#![allow(dead_code)] // each test binary uses a different subset

use mms_codec::{Tlv, Unknown, Unrecognized};
use mms_protocol::Command;

/// Parses spaced hex such as `"AA 00 81"`.
pub fn bytes(spaced_hex: &str) -> Vec<u8> {
    let compact: String = spaced_hex.split_whitespace().collect();
    hex::decode(compact).expect("valid hex in test vector")
}

/// One TLV: `tag`'s bytes, the shortest DER length of `value`, `value`.
pub fn tlv(tag: &[u8], value: &[u8]) -> Vec<u8> {
    let mut out = tag.to_vec();
    match value.len() {
        n @ 0..=0x7F => out.push(n as u8),
        n @ 0x80..=0xFF => out.extend([0x81, n as u8]),
        n => out.extend([0x82, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(value);
    out
}

/// Whether `MMS_FUZZ_SEEDS` names a directory for fuzz seeds: the tests that
/// build messages and layouts from the spec then write them there (what
/// `fuzz/seed_corpus.py` runs).
pub fn fuzz_seeds_wanted() -> bool {
    std::env::var_os("MMS_FUZZ_SEEDS").is_some()
}

/// Writes `seeds` (file name, bytes) into `$MMS_FUZZ_SEEDS/<group>/` when
/// [`fuzz_seeds_wanted`]; does nothing otherwise.
pub fn write_fuzz_seeds(group: &str, seeds: impl IntoIterator<Item = (String, Vec<u8>)>) {
    let Some(root) = std::env::var_os("MMS_FUZZ_SEEDS") else {
        return;
    };
    let dir = std::path::Path::new(&root).join(group);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in seeds {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}

/// With [`fuzz_seeds_wanted`], records the messages the host sends `sim` as
/// one `sim_device` seed, rewritten as each arrives: every message behind a
/// length byte, the target's framing (those over 255 bytes, file data and
/// firmware images, are left out: that framing would cut them), after
/// `config`, the target's first byte, which picks the device configuration
/// (`fuzz/fuzz_targets/sim_device.rs`: bit 0 selection, bits 1-2 signature
/// outcome, bits 3-5 firmware fault, bit 6 a card after an hour, bit 7
/// limits of 64 bytes on images and files; 0 is
/// `DeviceConfig::default()`). A session brings the device into the states
/// one message cannot: a transaction waiting for its ARPC, a file transfer,
/// a firmware commit, a selection.
pub fn record_sim_session(sim: &mms_sim::Simulator, config: u8) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    static SESSIONS: AtomicUsize = AtomicUsize::new(0);
    if !fuzz_seeds_wanted() {
        return;
    }
    let name = format!("session_{}", SESSIONS.fetch_add(1, Ordering::Relaxed));
    let framed = Arc::new(Mutex::new(vec![config]));
    sim.set_observer(Arc::new(move |_, flow, message: &[u8]| {
        let Ok(len) = u8::try_from(message.len()) else {
            return;
        };
        if flow != mms_sim::Flow::FromHost {
            return;
        }
        let mut framed = framed.lock().unwrap();
        framed.push(len);
        framed.extend_from_slice(message);
        write_fuzz_seeds("sim_device", [(name.clone(), framed.clone())]);
    }));
}

/// Copies of the TLV sequence `bytes`, each with one change at one node of its
/// tree: a primitive value a byte short, a byte (`00`) long, or with a long-form
/// length; a sequence (the top level or a constructed value) with its items
/// reversed, its first item repeated, an unknown item (`DF7F`) in front, or no
/// items; a constructed value with a long-form length. Each generated decoder
/// has its own copy of the paths these take (a field's length error, a
/// duplicate, a missing field, out-of-order or non-minimal items recorded for
/// re-encoding): seeds that reach them at once spare the fuzzer finding them one
/// field at a time. Empty when `bytes` is not a TLV sequence.
pub fn tlv_variants(bytes: &[u8]) -> Vec<Vec<u8>> {
    use mms_codec::{DecodeContext, TlvNode};
    let Ok(items) = TlvNode::parse_sequence(bytes, DecodeContext::default()) else {
        return Vec::new();
    };
    sequence_variants(&items)
        .iter()
        .map(|items| items.iter().flat_map(TlvNode::to_bytes).collect())
        .collect()
}

fn sequence_variants(items: &[mms_codec::TlvNode]) -> Vec<Vec<mms_codec::TlvNode>> {
    use mms_codec::{Tag, TlvNode};
    let mut out = Vec::new();
    if let Some(first) = items.first() {
        out.push(items.iter().rev().cloned().collect());
        out.push([items, std::slice::from_ref(first)].concat());
        out.push(Vec::new());
    }
    let unknown = TlvNode::primitive(Tag::from_u32(0xDF7F), [0u8]);
    out.push([std::slice::from_ref(&unknown), items].concat());
    for (i, item) in items.iter().enumerate() {
        for changed in node_variants(item) {
            let mut copy = items.to_vec();
            copy[i] = changed;
            out.push(copy);
        }
    }
    out
}

fn node_variants(node: &mms_codec::TlvNode) -> Vec<mms_codec::TlvNode> {
    use mms_codec::{LengthForm, NodeValue, TlvNode};
    let with = |value: NodeValue| TlvNode {
        value,
        ..node.clone()
    };
    let mut out = vec![TlvNode {
        form: LengthForm::Long(2),
        ..node.clone()
    }];
    match &node.value {
        NodeValue::Primitive(bytes) => {
            if let Some((_, short)) = bytes.split_last() {
                out.push(with(NodeValue::Primitive(short.to_vec())));
            }
            out.push(with(NodeValue::Primitive([bytes, &[0][..]].concat())));
        }
        NodeValue::Constructed(children) => out.extend(
            sequence_variants(children)
                .into_iter()
                .map(|children| with(NodeValue::Constructed(children))),
        ),
    }
    out
}

/// Command 0xDF01 - Echo, request (manual Table 232).
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct EchoRequest {
    /// Data to echo.
    #[tlv(tag = 0x81)]
    pub data: Option<Vec<u8>>,
    /// More data to echo.
    #[tlv(tag = 0x82)]
    pub more: Option<Vec<u8>>,
    #[tlv(unknown)]
    pub unknown: Unknown,
}

/// Command 0xDF01 - Echo, response (manual Table 233).
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct EchoResponse {
    /// Echoed data.
    #[tlv(tag = 0x81)]
    pub data: Option<Vec<u8>>,
    /// More echoed data.
    #[tlv(tag = 0x82)]
    pub more: Option<Vec<u8>>,
    #[tlv(unknown)]
    pub unknown: Unknown,
}

impl Command for EchoRequest {
    const ID: u16 = 0xDF01;
    const NAME: &'static str = "Echo";
    type Response = EchoResponse;
}

/// Hash checksum type of a file transfer (manual Table 211, A2/82).
#[derive(Tlv, Clone, Copy, Debug, PartialEq, Eq)]
#[tlv(repr = u8)]
pub enum HashType {
    #[tlv(value = 0x04)]
    Sha256,
    #[tlv(unrecognized)]
    Other(Unrecognized<u8>),
}

/// File transfer properties (A2).
#[derive(Tlv, Clone, Debug, PartialEq, Eq)]
pub struct TransferProperties {
    /// Length of the file payload, big-endian, variable width.
    #[tlv(tag = 0x81)]
    pub length: Vec<u8>,
    #[tlv(tag = 0x82)]
    pub hash_type: HashType,
    #[tlv(tag = 0x83)]
    pub hash: [u8; 32],
    #[tlv(unknown)]
    pub unknown: Unknown,
}

/// File description (A3); every item optional.
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct FileDescription {
    #[tlv(tag = 0x81)]
    pub name: Option<Vec<u8>>,
    #[tlv(tag = 0x82)]
    pub label: Option<Vec<u8>>,
    #[tlv(tag = 0x83)]
    pub version: Option<Vec<u8>>,
    #[tlv(tag = 0x84)]
    pub date: Option<Vec<u8>>,
    #[tlv(unknown)]
    pub unknown: Unknown,
}

/// Command 0xD812 - Start Send File to Device (Unsecured), request (manual Table 211).
#[derive(Tlv, Clone, Debug, PartialEq, Eq)]
pub struct StartSendFileRequest {
    #[tlv(tag = 0x81)]
    pub file_id: [u8; 4],
    #[tlv(tag = 0xA2)]
    pub properties: TransferProperties,
    #[tlv(tag = 0xA3)]
    pub description: FileDescription,
    /// Reserved.
    #[tlv(tag = 0x87)]
    pub reserved: Option<Vec<u8>>,
    #[tlv(unknown)]
    pub unknown: Unknown,
}

/// Command 0xD812 response: no parameters (manual Table 212).
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct StartSendFileResponse {
    #[tlv(unknown)]
    pub unknown: Unknown,
}

impl Command for StartSendFileRequest {
    const ID: u16 = 0xD812;
    const NAME: &'static str = "Start Send File to Device (Unsecured)";
    type Response = StartSendFileResponse;
}

/// A payload seen only as its items: used to check unknown tags stay in place.
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct Opaque {
    #[tlv(unknown)]
    pub unknown: Unknown,
}

/// A small deterministic generator (xorshift): the tests pick the seed, proptest or a loop.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    /// `len` random bytes, as hex.
    pub fn bytes(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| format!("{:02X}", self.next() as u8))
            .collect()
    }
}
