use mms_codec::Tlv;

#[derive(Tlv)]
struct Announces {
    #[tlv(tag = 0x1F)]
    value: u8,
}

#[derive(Tlv)]
struct FiveBytes {
    #[tlv(tag = 0x9F81818101)]
    value: u8,
}

#[derive(Tlv)]
struct Trailing {
    #[tlv(tag = 0x8101)]
    value: u8,
}

fn main() {}
