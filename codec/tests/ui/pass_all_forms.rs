// Every attribute form in a crate that depends on mms-codec only, with user
// names that would clash with unqualified paths in the generated code.
use mms_codec::{Contents, Tlv, Unknown, Unrecognized, Value};

#[allow(dead_code)]
struct Result;
#[allow(dead_code)]
struct Option;
#[allow(dead_code)]
struct Tag;
#[allow(dead_code)]
trait Sink {}

#[derive(Tlv, Clone, Copy, Debug, PartialEq, Eq)]
#[tlv(repr = u32)]
enum Code {
    #[tlv(value = 0xFFFF_FFFF)]
    Max,
    #[tlv(unrecognized)]
    Other(Unrecognized<u32>),
}

#[derive(Tlv, Debug, PartialEq)]
#[tlv(packed)]
struct Packed {
    code: Code,
    tail: [u8; 2],
}

#[derive(Tlv, Debug, Default, PartialEq)]
struct Leaf {
    #[tlv(tag = 0xDFDF25)]
    text: std::option::Option<String>,
}

#[derive(Tlv, Debug, PartialEq)]
struct Message {
    #[tlv(raw)]
    start: u8,
    #[tlv(raw)]
    id: [u8; 2],
    #[tlv(tag = 0x81)]
    packed: Packed,
    #[tlv(tag = 0xA2)]
    leaves: Vec<Leaf>,
    #[tlv(tag = 0x84, nested)]
    nested: std::option::Option<Leaf>,
    #[tlv(tag = 0x85)]
    wide: u64,
    #[tlv(tag = 0x86)]
    r#type: Vec<[u8; 2]>,
    #[tlv(unknown)]
    rest: Unknown,
}

fn main() {
    let message = Message {
        start: 0xAA,
        id: [0xDF, 0x01],
        packed: Packed { code: Code::Max, tail: [1, 2] },
        leaves: vec![Leaf::default()],
        nested: None,
        wide: 7,
        r#type: vec![[1, 2], [3, 4]],
        rest: Unknown::default(),
    };
    let bytes = message.to_bytes();
    assert_eq!(Message::from_bytes(&bytes).unwrap(), message);
    assert_eq!(<Packed as Value>::FIXED_LEN, Some(6));
}
