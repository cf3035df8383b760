//! Writing TLV headers. Sizes are known up front (`encoded_len`), so nested
//! TLVs are written in one pass.

use crate::length::{write_length, LengthForm};
use crate::sink::Writer;
use crate::tag::Tag;

/// Bytes a TLV header takes for `tag`, a value of `value_len` bytes and `form`
/// (a requested form too small for the length falls back to the minimal form).
pub fn header_len(tag: Tag, form: LengthForm, value_len: usize) -> usize {
    tag.len() + form.field_len(value_len)
}

/// Writes a TLV header (tag and length field).
///
/// # Panics
///
/// If `value_len` exceeds `u32::MAX` (no length field can express it).
pub fn write_header<W: Writer + ?Sized>(out: &mut W, tag: Tag, form: LengthForm, value_len: usize) {
    out.write(tag.as_bytes());
    write_length(out, form, value_len);
}

/// Writes a whole primitive TLV: header, then `value`.
pub fn write_tlv<W: Writer + ?Sized>(out: &mut W, tag: Tag, form: LengthForm, value: &[u8]) {
    write_header(out, tag, form, value.len());
    out.write(value);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        let mut out = alloc::vec::Vec::new();
        write_header(&mut out, Tag::from_u32(0x9F02), LengthForm::Long(2), 6);
        assert_eq!(out, [0x9F, 0x02, 0x82, 0x00, 0x06]);
        assert_eq!(header_len(Tag::from_u32(0x9F02), LengthForm::Long(2), 6), 5);
        assert_eq!(header_len(Tag::from_u32(0x84), LengthForm::Minimal, 300), 4);
    }
}
