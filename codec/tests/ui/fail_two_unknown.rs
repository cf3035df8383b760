use mms_codec::{Tlv, Unknown};

#[derive(Tlv)]
struct TwoCatchAlls {
    #[tlv(unknown)]
    first: Unknown,
    #[tlv(unknown)]
    second: Unknown,
}

#[derive(Tlv)]
struct NotUnknown {
    #[tlv(unknown)]
    rest: Vec<u8>,
}

fn main() {}
