use mms_codec::Tlv;

#[derive(Tlv)]
struct NoTag {
    value: u8,
}

#[derive(Tlv)]
struct EmptyAttr {
    #[tlv(nested)]
    value: Vec<u8>,
}

fn main() {}
