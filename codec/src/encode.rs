//! Writing TLV headers. Sizes are known up front (`encoded_len`), so nested
//! TLVs are written in one pass.

use crate::length::{length_field, LengthForm};
use crate::sink::Writer;
use crate::tag::Tag;

/// Bytes a TLV header takes for `tag`, a value of `value_len` bytes and `form`
/// (a requested form too small for the length falls back to the minimal form).
#[inline(always)]
pub fn header_len(tag: Tag, form: LengthForm, value_len: usize) -> usize {
    tag.len() + form.field_len(value_len)
}

/// Writes a TLV header (tag and length field).
///
/// # Panics
///
/// If `value_len` exceeds `u32::MAX` (no length field can express it).
#[inline(always)]
pub fn write_header<W: Writer + ?Sized>(out: &mut W, tag: Tag, form: LengthForm, value_len: usize) {
    // Tag and length in one buffer: one write per header.
    let mut header = [0u8; 9];
    let tag_len = tag.len();
    header[..Tag::MAX_LEN].copy_from_slice(&tag.bytes);
    let mut field = [0u8; 5];
    let field_len = length_field(&mut field, form, value_len);
    header[tag_len..tag_len + 5].copy_from_slice(&field);
    out.write_header(&header, tag_len + field_len);
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
