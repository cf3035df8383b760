use mms_codec::Tlv;

#[derive(Tlv)]
#[tlv(packed)]
struct Packed {
    head: Vec<u8>,
    tail: u8,
}

#[derive(Tlv)]
#[tlv(packed)]
struct Tagged {
    #[tlv(tag = 0x81)]
    head: u8,
}

fn main() {}
