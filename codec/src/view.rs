//! Zero-copy views over encoded TLVs.

use crate::encode::write_header;
use crate::error::{DecodeError, ErrorKind};
use crate::length::{length_at, LengthField, LengthForm};
use crate::options::DecodeContext;
use crate::sink::Writer;
use crate::tag::{Tag, MULTI_BYTE_MARK};

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

/// Why a TLV header could not be read, before offsets are attached.
#[derive(Clone, Copy)]
enum HeaderFault {
    /// In the tag, at the TLV's first byte.
    Tag(ErrorKind),
    /// In the length field or the value's extent, at the length field, inside `tag`.
    Length {
        tag: Tag,
        tag_len: usize,
        kind: ErrorKind,
    },
}

impl HeaderFault {
    /// The full error for a TLV starting at absolute `offset`.
    #[cold]
    #[inline(never)]
    fn at(self, offset: usize) -> DecodeError {
        match self {
            HeaderFault::Tag(kind) => DecodeError::new(kind, offset),
            HeaderFault::Length { tag, tag_len, kind } => {
                DecodeError::new(kind, offset.saturating_add(tag_len)).within(tag)
            }
        }
    }
}

impl<'a> TlvRef<'a> {
    /// Reads one TLV from the front of `input` (whose first byte is at absolute
    /// offset `cx.offset`); returns it and the bytes it took.
    ///
    /// Errors in the length field or value extent carry this TLV's tag in their path.
    /// Neither allocates nor formats.
    #[inline(always)]
    pub fn parse(input: &'a [u8], cx: DecodeContext) -> Result<(TlvRef<'a>, usize), DecodeError> {
        match TlvRef::read(input, &cx.options) {
            Ok((tag, field, value_start)) => {
                let tlv = TlvRef {
                    tag,
                    form: field.form,
                    value: &input[value_start..value_start + field.length],
                    offset: cx.offset,
                    header_len: value_start,
                };
                Ok((tlv, value_start + field.length))
            }
            Err(fault) => Err(fault.at(cx.offset)),
        }
    }

    /// The header of the TLV at the front of `input`, checked to fit with its value:
    /// tag, length field and where the value starts. Errors are small ([`HeaderFault`])
    /// so that this hot path moves no full [`DecodeError`].
    #[inline(always)]
    fn read(
        input: &[u8],
        options: &crate::DecodeOptions,
    ) -> Result<(Tag, LengthField, usize), HeaderFault> {
        // Most MMS items: a one-byte tag and a short length, with the value all there.
        if let [first, length, ..] = *input {
            let length = length as usize;
            if first & MULTI_BYTE_MARK != MULTI_BYTE_MARK
                && length < 0x80
                && length <= input.len() - 2
                && length <= options.max_length
            {
                let field = LengthField {
                    length,
                    form: LengthForm::Short,
                    field_len: 1,
                };
                return Ok((Tag::single(first), field, 2));
            }
        }
        TlvRef::read_general(input, options)
    }

    /// [`TlvRef::read`] for any header: multi-byte tags, long lengths, errors. Out of
    /// line, so that the short path inlines into every decoder's loop.
    #[inline(never)]
    fn read_general(
        input: &[u8],
        options: &crate::DecodeOptions,
    ) -> Result<(Tag, LengthField, usize), HeaderFault> {
        let (tag, tag_len) = Tag::read(input).map_err(HeaderFault::Tag)?;
        // `tag_len <= input.len()` after a successful read.
        let rest = input.get(tag_len..).unwrap_or_default();
        let field =
            length_at(rest, options).map_err(|kind| HeaderFault::Length { tag, tag_len, kind })?;
        let value_start = tag_len + field.field_len;
        let available = input.len().saturating_sub(value_start);
        if field.length > available {
            return Err(HeaderFault::Length {
                tag,
                tag_len,
                kind: ErrorKind::ValueTruncated {
                    declared: field.length,
                    available,
                },
            });
        }
        Ok((tag, field, value_start))
    }

    /// Absolute offset of the first value byte.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn remaining(&self) -> &'a [u8] {
        self.input.get(self.pos..).unwrap_or_default()
    }

    /// Absolute offset of the next item.
    #[inline]
    pub fn offset(&self) -> usize {
        self.cx.offset.saturating_add(self.pos)
    }
}

impl<'a> Iterator for TlvIter<'a> {
    type Item = Result<TlvRef<'a>, DecodeError>;

    // Always inline: the item is then taken apart in registers by the caller's loop
    // instead of written out and read back (it is as large as a `DecodeError`).
    #[inline(always)]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DecodeOptions;

    fn parse(bytes: &[u8], options: DecodeOptions) -> Result<(TlvRef<'_>, usize), DecodeError> {
        TlvRef::parse(bytes, DecodeContext::new(options).at(10))
    }

    #[test]
    fn the_short_form_path_keeps_every_check() {
        let lenient = DecodeOptions::default();
        let (tlv, used) = parse(&[0x81, 0x02, 0xAA, 0xBB, 0xCC], lenient).unwrap();
        assert_eq!(
            (tlv.tag, tlv.value, tlv.form, used),
            (Tag::single(0x81), &[0xAA, 0xBB][..], LengthForm::Short, 4)
        );
        assert_eq!(
            (tlv.offset, tlv.header_len, tlv.value_offset()),
            (10, 2, 12)
        );
        // A short length past the end of the input.
        assert_eq!(
            parse(&[0x81, 0x03, 0xAA], lenient).unwrap_err(),
            DecodeError::new(
                ErrorKind::ValueTruncated {
                    declared: 3,
                    available: 1
                },
                11
            )
            .within(Tag::single(0x81))
        );
        // A short length above a limit below 128.
        let small = DecodeOptions {
            max_length: 2,
            ..lenient
        };
        assert_eq!(
            parse(&[0x81, 0x03, 1, 2, 3], small).unwrap_err(),
            DecodeError::new(ErrorKind::LengthTooLarge { length: 3, max: 2 }, 11)
                .within(Tag::single(0x81))
        );
        // Two bytes whose first starts a multi-byte tag take the general path.
        let (tlv, used) = parse(&[0x9F, 0x02, 0x01, 0x05], lenient).unwrap();
        assert_eq!(
            (tlv.tag, tlv.value, used),
            (Tag::from_u32(0x9F02), &[0x05][..], 4)
        );
        assert_eq!(
            parse(&[0x9F], lenient).unwrap_err(),
            DecodeError::new(ErrorKind::TagTruncated { available: 1 }, 10)
        );
        assert_eq!(
            parse(&[0x81], lenient).unwrap_err(),
            DecodeError::new(
                ErrorKind::Truncated {
                    needed: 1,
                    available: 0
                },
                11
            )
            .within(Tag::single(0x81))
        );
    }
}
