//! Zero-copy views over encoded TLVs.

use crate::error::DecodeError;
use crate::length::LengthForm;
use crate::options::DecodeContext;
use crate::tag::Tag;

/// One TLV borrowed from the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlvRef<'a> {
    /// Its tag.
    pub tag: Tag,
    /// The length form it was written in.
    pub form: LengthForm,
    /// Its value bytes.
    pub value: &'a [u8],
    /// Absolute offset of its first tag byte.
    pub offset: usize,
    /// Tag plus length bytes.
    pub header_len: usize,
}

/// Iterates the TLVs of a sequence; stops after the first error.
pub struct TlvIter<'a> {
    input: &'a [u8],
    pos: usize,
    cx: DecodeContext,
    failed: bool,
}
