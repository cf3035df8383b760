//! The little TLV reading and writing the device needs.
//!
//! The simulator plays the device, so it parses requests with its own small,
//! strict reader instead of the host-side codec: an end-to-end test then checks
//! two independent implementations against each other.

use std::fmt;

/// One TLV borrowed from a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tlv<'a> {
    /// Tag identifier bytes as one big-endian number (`0x81`, `0xDFDF25`).
    pub tag: u32,
    /// Value bytes.
    pub value: &'a [u8],
    /// Offset of the first tag byte within the parsed slice.
    pub offset: usize,
    /// Tag plus length bytes.
    pub header_len: usize,
}

/// Why a TLV sequence could not be read, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TlvError {
    /// Offset of the TLV that failed.
    pub offset: usize,
    /// What failed.
    pub reason: &'static str,
}

impl fmt::Display for TlvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.reason, self.offset)
    }
}

/// Reads a whole sequence of TLVs; any malformed item fails the whole read.
pub(crate) fn parse_all(bytes: &[u8]) -> Result<Vec<Tlv<'_>>, TlvError> {
    let mut items = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        let item = parse_one(bytes, pos)?;
        pos += item.header_len + item.value.len();
        items.push(item);
    }
    Ok(items)
}

/// Reads the TLV that starts at `pos`.
pub(crate) fn parse_one(bytes: &[u8], pos: usize) -> Result<Tlv<'_>, TlvError> {
    let fail = |reason| TlvError {
        offset: pos,
        reason,
    };
    let mut cursor = pos;
    let first = *bytes.get(cursor).ok_or(fail("missing tag"))?;
    let mut tag = u32::from(first);
    cursor += 1;
    if first & 0x1F == 0x1F {
        loop {
            let next = *bytes.get(cursor).ok_or(fail("truncated tag"))?;
            cursor += 1;
            if cursor - pos > 4 {
                return Err(fail("tag longer than 4 bytes"));
            }
            tag = (tag << 8) | u32::from(next);
            if next & 0x80 == 0 {
                break;
            }
        }
    }
    let len_byte = *bytes.get(cursor).ok_or(fail("missing length"))?;
    cursor += 1;
    let len = if len_byte < 0x80 {
        usize::from(len_byte)
    } else {
        let count = usize::from(len_byte & 0x7F);
        if count == 0 || count > 4 {
            return Err(fail("unsupported length form"));
        }
        let field = bytes
            .get(cursor..cursor + count)
            .ok_or(fail("truncated length"))?;
        cursor += count;
        field
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b))
    };
    let value = bytes
        .get(cursor..)
        .and_then(|rest| rest.get(..len))
        .ok_or(fail("length past the end of the data"))?;
    Ok(Tlv {
        tag,
        value,
        offset: pos,
        header_len: cursor - pos,
    })
}

/// The identifier bytes of a tag written as a big-endian number.
pub(crate) fn tag_bytes(tag: u32) -> Vec<u8> {
    let bytes = tag.to_be_bytes();
    let skip = bytes.iter().take(3).take_while(|b| **b == 0).count();
    bytes[skip..].to_vec()
}

/// How a length field is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LengthForm {
    /// The shortest form (DER).
    Minimal,
    /// Always `82 hh ll`: what the device uses for property responses
    /// (manual Tables 188 and 192).
    TwoBytes,
}

/// Appends a length field.
pub(crate) fn write_length(out: &mut Vec<u8>, len: usize, form: LengthForm) {
    match form {
        LengthForm::TwoBytes if len <= 0xFFFF => {
            out.push(0x82);
            out.extend_from_slice(&(len as u16).to_be_bytes());
        }
        _ => {
            if len < 0x80 {
                out.push(len as u8);
            } else {
                let bytes = (len as u32).to_be_bytes();
                let skip = bytes.iter().take_while(|b| **b == 0).count();
                out.push(0x80 | (4 - skip) as u8);
                out.extend_from_slice(&bytes[skip..]);
            }
        }
    }
}

/// Appends one TLV.
pub(crate) fn write(out: &mut Vec<u8>, tag: u32, value: &[u8]) {
    write_with(out, tag, value, LengthForm::Minimal);
}

/// Appends one TLV with the given length form.
pub(crate) fn write_with(out: &mut Vec<u8>, tag: u32, value: &[u8], form: LengthForm) {
    out.extend_from_slice(&tag_bytes(tag));
    write_length(out, value.len(), form);
    out.extend_from_slice(value);
}

/// Finds the first TLV with `tag` in a parsed sequence.
pub(crate) fn find<'a>(items: &[Tlv<'a>], tag: u32) -> Option<Tlv<'a>> {
    items.iter().copied().find(|item| item.tag == tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_short_long_and_multibyte_tags() {
        let bytes = [0x81, 0x01, 0xAA, 0xDF, 0xDF, 0x25, 0x82, 0x00, 0x02, 1, 2];
        let items = parse_all(&bytes).unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].tag, 0x81);
        assert_eq!(items[1].tag, 0xDFDF25);
        assert_eq!(items[1].value, &[1, 2]);
        assert_eq!(items[1].header_len, 6);
    }

    #[test]
    fn rejects_length_past_the_end() {
        let err = parse_all(&[0x81, 0x01, 0x00, 0x84, 0x05, 1]).unwrap_err();
        assert_eq!(err.offset, 3);
        assert_eq!(err.reason, "length past the end of the data");
    }

    #[test]
    fn rejects_huge_and_indefinite_lengths_without_allocating() {
        assert!(parse_all(&[0x84, 0x84, 0xFF, 0xFF, 0xFF, 0xFF]).is_err());
        assert!(parse_all(&[0x84, 0x80, 0x00]).is_err());
        assert!(parse_all(&[0x9F]).is_err());
    }

    #[test]
    fn writes_minimal_and_two_byte_lengths() {
        let mut out = Vec::new();
        write(&mut out, 0x84, &[0; 0x80]);
        assert_eq!(&out[..3], &[0x84, 0x81, 0x80]);
        let mut out = Vec::new();
        write_with(&mut out, 0x89, &[7], LengthForm::TwoBytes);
        assert_eq!(out, [0x89, 0x82, 0x00, 0x01, 7]);
        let mut out = Vec::new();
        write_length(&mut out, 655_360, LengthForm::Minimal);
        assert_eq!(out, [0x83, 0x0A, 0x00, 0x00]);
    }
}
