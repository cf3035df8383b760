use mms_codec::{Tlv, Unknown};

#[derive(Tlv)]
struct Conflicts {
    #[tlv(raw, tag = 0x81)]
    raw_and_tag: u8,
    #[tlv(tag = 0x82, unknown)]
    tag_and_unknown: Unknown,
    #[tlv(tag = 0xA3, nested)]
    nested_constructed: Vec<u8>,
    #[tlv(tag = 0x84, tag = 0x85)]
    two_tags: u8,
    #[tlv(tag = 0x86, size = 2)]
    unknown_key: u8,
    #[tlv(tag = 0x87, nested)]
    nested_bytes: Option<Vec<u8>>,
}

fn main() {}
