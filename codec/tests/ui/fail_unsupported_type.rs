use mms_codec::Tlv;

#[derive(Tlv)]
struct Unsupported {
    #[tlv(tag = 0x81)]
    pair: (u8, u8),
    #[tlv(tag = 0x82)]
    text: &'static str,
    #[tlv(tag = 0x83)]
    ratio: f32,
}

#[derive(Tlv)]
struct Plain {
    #[tlv(tag = 0x81)]
    pair: (u8, u8),
    #[tlv(tag = 0x82)]
    ratio: Option<f32>,
    #[tlv(tag = 0x83)]
    maybe_many: Option<Vec<u16>>,
}

fn main() {}
