//! Reading a tag from the front of input. It lives apart from [`Tag`] itself
//! because its errors name tags: the error types depend on the tag type, and
//! this module on both.

use crate::error::{DecodeError, ErrorKind};
use crate::tag::{Tag, MORE_BYTES, MULTI_BYTE_MARK};

impl Tag {
    /// Reads a tag from the front of `input`; returns it and the number of bytes used.
    /// `offset` is the absolute position of `input[0]`, used in errors.
    ///
    /// Errors: [`ErrorKind::TagTruncated`] when input ends inside the tag,
    /// [`ErrorKind::BadTag`] when it runs past four bytes.
    #[inline]
    pub fn parse(input: &[u8], offset: usize) -> Result<(Tag, usize), DecodeError> {
        Tag::read(input).map_err(|kind| DecodeError::new(kind, offset))
    }

    /// [`Tag::parse`] without the offset: the error is only its kind (small, so the
    /// TLV reader's hot path carries no full error).
    #[inline]
    pub(crate) fn read(input: &[u8]) -> Result<(Tag, usize), ErrorKind> {
        let Some(&first) = input.first() else {
            return Err(ErrorKind::TagTruncated { available: 0 });
        };
        let mut bytes = [first, 0, 0, 0];
        if first & MULTI_BYTE_MARK != MULTI_BYTE_MARK {
            return Ok((Tag { bytes, len: 1 }, 1));
        }
        let mut len = 1;
        loop {
            // The byte before says "more", but four bytes is the limit.
            if len == Tag::MAX_LEN {
                return Err(ErrorKind::BadTag);
            }
            let Some(&byte) = input.get(len) else {
                return Err(ErrorKind::TagTruncated {
                    available: input.len(),
                });
            };
            bytes[len] = byte;
            len += 1;
            if byte & MORE_BYTES == 0 {
                return Ok((
                    Tag {
                        bytes,
                        len: len as u8,
                    },
                    len,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors() {
        assert_eq!(
            Tag::parse(&[], 7).unwrap_err(),
            DecodeError::new(ErrorKind::TagTruncated { available: 0 }, 7)
        );
        assert_eq!(
            Tag::parse(&[0xDF, 0xDF], 3).unwrap_err(),
            DecodeError::new(ErrorKind::TagTruncated { available: 2 }, 3)
        );
        assert_eq!(
            Tag::parse(&[0xDF, 0x81, 0x82, 0x83, 0x04], 1).unwrap_err(),
            DecodeError::new(ErrorKind::BadTag, 1)
        );
        assert_eq!(
            Tag::parse(&[0xDF, 0x81, 0x82, 0x83], 0).unwrap_err(),
            DecodeError::new(ErrorKind::BadTag, 0)
        );
    }
}
