//! Writing TLVs: sinks and headers. Sizes are known up front (`encoded_len`),
//! so nested TLVs are written in one pass.

use crate::length::LengthForm;
use crate::tag::Tag;

/// A byte sink. Implemented for `Vec<u8>` and [`SliceWriter`].
pub trait Writer {
    /// Appends bytes.
    fn write(&mut self, bytes: &[u8]);
}

impl Writer for alloc::vec::Vec<u8> {
    fn write(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

/// Writes into a caller's buffer whose size was checked against `encoded_len` first.
pub struct SliceWriter<'a> {
    buf: &'a mut [u8],
    pos: usize,
}

/// Bytes a TLV header takes for `tag`, a value of `value_len` bytes and `form`
/// (a requested form too small for the length falls back to the minimal form).
pub fn header_len(tag: Tag, form: LengthForm, value_len: usize) -> usize {
    todo!()
}

/// Writes a TLV header (tag and length field).
pub fn write_header<W: Writer + ?Sized>(out: &mut W, tag: Tag, form: LengthForm, value_len: usize) {
    todo!()
}
