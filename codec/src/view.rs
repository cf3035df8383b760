//! Zero-copy views over encoded TLVs.

use crate::encode::write_header;
use crate::error::{DecodeError, ErrorKind};
use crate::length::{read_length, LengthForm};
use crate::options::DecodeContext;
use crate::sink::Writer;
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

impl<'a> TlvRef<'a> {
    /// Reads one TLV from the front of `input` (whose first byte is at absolute
    /// offset `cx.offset`); returns it and the bytes it took.
    ///
    /// Errors in the length field or value extent carry this TLV's tag in their path.
    /// Neither allocates nor formats.
    #[inline]
    pub fn parse(input: &'a [u8], cx: DecodeContext) -> Result<(TlvRef<'a>, usize), DecodeError> {
        let (tag, tag_len) = Tag::parse(input, cx.offset)?;
        // `tag_len <= input.len()` after a successful parse.
        let rest = input.get(tag_len..).unwrap_or_default();
        let length_offset = cx.offset.saturating_add(tag_len);
        let field = read_length(rest, length_offset, &cx.options).map_err(|e| e.within(tag))?;
        let value_start = tag_len + field.field_len;
        let available = input.len().saturating_sub(value_start);
        let Some(value) = value_start
            .checked_add(field.length)
            .and_then(|end| input.get(value_start..end))
        else {
            return Err(DecodeError::new(
                ErrorKind::ValueTruncated {
                    declared: field.length,
                    available,
                },
                length_offset,
            )
            .within(tag));
        };
        let tlv = TlvRef {
            tag,
            form: field.form,
            value,
            offset: cx.offset,
            header_len: value_start,
        };
        Ok((tlv, value_start + field.length))
    }

    /// Absolute offset of the first value byte.
    pub fn value_offset(&self) -> usize {
        self.offset.saturating_add(self.header_len)
    }

    /// Iterates the TLVs inside the value, one nesting level deeper than `cx`
    /// ([`ErrorKind::TooDeep`] past the limit). Errors from the iterator do not
    /// include this TLV's tag; add it with [`DecodeError::within`].
    pub fn children(&self, cx: DecodeContext) -> Result<TlvIter<'a>, DecodeError> {
        let inner = cx.nested(self.value_offset())?;
        Ok(TlvIter::new(self.value, inner))
    }

    /// Bytes the whole TLV took in the input (header plus value).
    pub fn encoded_len(&self) -> usize {
        self.header_len + self.value.len()
    }

    /// Writes the TLV as it was read (same tag, length form and value).
    pub fn encode<W: Writer + ?Sized>(&self, out: &mut W) {
        write_header(out, self.tag, self.form, self.value.len());
        out.write(self.value);
    }
}

/// Iterates the TLVs of a sequence; stops after the first error.
///
/// Zero-copy and allocation-free: each item borrows from the input.
#[derive(Clone, Debug)]
pub struct TlvIter<'a> {
    input: &'a [u8],
    pos: usize,
    cx: DecodeContext,
    failed: bool,
}

impl<'a> TlvIter<'a> {
    /// Iterates `input`, whose first byte is at absolute offset `cx.offset`.
    pub fn new(input: &'a [u8], cx: DecodeContext) -> TlvIter<'a> {
        TlvIter {
            input,
            pos: 0,
            cx,
            failed: false,
        }
    }

    /// The context items are read with (depth of this sequence).
    pub fn context(&self) -> DecodeContext {
        self.cx
    }

    /// Bytes not yet read.
    pub fn remaining(&self) -> &'a [u8] {
        self.input.get(self.pos..).unwrap_or_default()
    }

    /// Absolute offset of the next item.
    pub fn offset(&self) -> usize {
        self.cx.offset.saturating_add(self.pos)
    }
}

impl<'a> Iterator for TlvIter<'a> {
    type Item = Result<TlvRef<'a>, DecodeError>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.remaining();
        if self.failed || rest.is_empty() {
            return None;
        }
        match TlvRef::parse(rest, self.cx.at(self.offset())) {
            Ok((tlv, used)) => {
                self.pos += used;
                Some(Ok(tlv))
            }
            Err(err) => {
                self.failed = true;
                Some(Err(err))
            }
        }
    }
}

impl core::iter::FusedIterator for TlvIter<'_> {}
