use mms_codec::Tlv;

#[derive(Tlv)]
union Either {
    a: u8,
    b: u16,
}

#[derive(Tlv)]
struct Tuple(u8, u16);

#[derive(Tlv)]
struct Generic<T> {
    #[tlv(tag = 0x81)]
    value: T,
}

fn main() {}
