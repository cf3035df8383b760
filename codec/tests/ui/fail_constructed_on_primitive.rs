use mms_codec::Tlv;

#[derive(Tlv)]
struct Wrong {
    #[tlv(tag = 0xA1)]
    byte: u8,
    #[tlv(tag = 0xA2)]
    bytes: Option<Vec<u8>>,
    #[tlv(tag = 0xA3)]
    array: [u8; 4],
}

fn main() {}
