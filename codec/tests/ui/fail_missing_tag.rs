use mms_codec::{Contents, Tlv};

#[derive(Tlv)]
struct NoTag {
    value: u8,
}

#[derive(Tlv)]
struct EmptyAttr {
    #[tlv(nested)]
    value: Vec<u8>,
}

// After a derive error, uses of the type report nothing more.
fn main() {
    let _ = NoTag::from_bytes(&[]);
}
