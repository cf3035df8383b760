use mms_codec::{Tlv, Unrecognized};

#[derive(Tlv)]
#[tlv(repr = u8)]
enum NoFallback {
    #[tlv(value = 1)]
    One,
}

#[derive(Tlv)]
#[tlv(repr = u8)]
enum DuplicateValue {
    #[tlv(value = 1)]
    One,
    #[tlv(value = 0x01)]
    Uno,
    #[tlv(unrecognized)]
    Other(Unrecognized<u8>),
}

#[derive(Tlv)]
#[tlv(repr = u8)]
enum NonUnit {
    #[tlv(value = 1)]
    One(u8),
    #[tlv(unrecognized)]
    Other(Unrecognized<u8>),
}

#[derive(Tlv)]
#[tlv(repr = u8)]
enum TooBig {
    #[tlv(value = 0x100)]
    Big,
    #[tlv(unrecognized)]
    Other(Unrecognized<u8>),
}

#[derive(Tlv)]
enum NoRepr {
    #[tlv(value = 1)]
    One,
}

fn main() {}
