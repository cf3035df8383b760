use mms_codec::Tlv;

#[derive(Tlv)]
struct RawAfterTagged {
    #[tlv(tag = 0x81)]
    tagged: u8,
    #[tlv(raw)]
    late: u8,
}

#[derive(Tlv)]
struct RawVariable {
    #[tlv(raw)]
    bytes: Vec<u8>,
}

#[derive(Tlv)]
struct RawText {
    #[tlv(raw)]
    text: String,
}

fn main() {}
