use mms_codec::Tlv;

#[derive(Tlv)]
struct Inner {
    #[tlv(tag = 0x81)]
    a: u8,
}

#[derive(Tlv)]
struct Outer {
    #[tlv(tag = 0x82)]
    inner: Inner,
}

fn main() {}
