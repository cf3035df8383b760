use mms_codec::Tlv;

#[derive(Tlv)]
struct Twice {
    #[tlv(tag = 0x81)]
    first: u8,
    #[tlv(tag = 0x81)]
    second: u8,
}

fn main() {}
