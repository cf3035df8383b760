//! TLV tags carried as their raw identifier bytes (EMV-style BER-TLV).

/// Class of a tag, from bits 8..7 of its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TagClass {
    /// `00`
    Universal,
    /// `01`
    Application,
    /// `10`: almost every MMS tag.
    ContextSpecific,
    /// `11`
    Private,
}

/// A tag of one to four raw identifier bytes, e.g. `81`, `9F02`, `DFDF25`, `FFEE01`.
///
/// Stored as the bytes seen on the wire, never as a decoded tag number, so `9F02`
/// (a multi-byte tag with a small number, which strict DER forbids) is accepted.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag {
    // Crate-visible for the reader in `read.rs`.
    pub(crate) bytes: [u8; 4],
    pub(crate) len: u8,
}

/// Low five bits of a first identifier byte that announce continuation bytes.
pub(crate) const MULTI_BYTE_MARK: u8 = 0x1F;
/// Bit 8 of a continuation byte: another byte follows.
pub(crate) const MORE_BYTES: u8 = 0x80;

impl Tag {
    /// Most identifier bytes a tag may have.
    pub const MAX_LEN: usize = 4;

    /// Builds a tag from its identifier bytes written as one big-endian number:
    /// `Tag::from_u32(0x81)`, `Tag::from_u32(0x9F02)`, `Tag::from_u32(0xDFDF25)`.
    /// `0` is the one-byte tag `00`.
    ///
    /// The bytes are taken as given; use [`Tag::is_valid`] or
    /// [`Tag::try_from_u32`] to check that they form one well-formed identifier.
    #[inline]
    pub const fn from_u32(raw: u32) -> Tag {
        let len = byte_count(raw);
        let be = raw.to_be_bytes();
        let mut bytes = [0u8; 4];
        let mut i = 0;
        while i < len {
            bytes[i] = be[4 - len + i];
            i += 1;
        }
        Tag {
            bytes,
            len: len as u8,
        }
    }

    /// The one-byte tag `first` (which must not announce more bytes).
    #[inline]
    pub(crate) const fn single(first: u8) -> Tag {
        Tag {
            bytes: [first, 0, 0, 0],
            len: 1,
        }
    }

    /// Like [`Tag::from_u32`], but `None` unless `raw` is a well-formed identifier.
    pub const fn try_from_u32(raw: u32) -> Option<Tag> {
        if Tag::is_valid(raw) {
            Some(Tag::from_u32(raw))
        } else {
            None
        }
    }

    /// Whether `raw` (identifier bytes as a big-endian number, as in
    /// [`Tag::from_u32`]) is exactly one well-formed identifier: a first byte
    /// whose low five bits are not all 1 stands alone; otherwise continuation
    /// bytes follow, each with bit 8 set except the last. Usable in `const`
    /// contexts (the derive checks `#[tlv(tag = ...)]` with it).
    pub const fn is_valid(raw: u32) -> bool {
        let len = byte_count(raw);
        let be = raw.to_be_bytes();
        let first = be[4 - len];
        if len == 1 {
            return first & MULTI_BYTE_MARK != MULTI_BYTE_MARK;
        }
        if first & MULTI_BYTE_MARK != MULTI_BYTE_MARK {
            return false;
        }
        let mut i = 4 - len + 1;
        while i < 4 {
            let is_last = i == 3;
            let has_more = be[i] & MORE_BYTES != 0;
            if has_more == is_last {
                return false;
            }
            i += 1;
        }
        true
    }

    /// The identifier bytes as one big-endian number (inverse of [`Tag::from_u32`]).
    #[inline]
    pub const fn to_u32(self) -> u32 {
        let mut raw = 0u32;
        let mut i = 0;
        while i < self.len as usize {
            raw = (raw << 8) | self.bytes[i] as u32;
            i += 1;
        }
        raw
    }

    /// The identifier bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// Number of identifier bytes (1..=4).
    #[allow(clippy::len_without_is_empty)] // a tag is never empty
    #[inline]
    pub const fn len(self) -> usize {
        self.len as usize
    }

    /// Class bits of the first byte.
    pub const fn class(self) -> TagClass {
        match self.bytes[0] >> 6 {
            0 => TagClass::Universal,
            1 => TagClass::Application,
            2 => TagClass::ContextSpecific,
            _ => TagClass::Private,
        }
    }

    /// Bit 6 of the first byte: the value is a sequence of TLVs.
    pub const fn is_constructed(self) -> bool {
        self.bytes[0] & 0x20 != 0
    }
}

/// Significant bytes of `raw`, at least one.
const fn byte_count(raw: u32) -> usize {
    if raw > 0x00FF_FFFF {
        4
    } else if raw > 0xFFFF {
        3
    } else if raw > 0xFF {
        2
    } else {
        1
    }
}

impl core::fmt::Debug for Tag {
    /// Prints the identifier bytes in hex, e.g. `Tag(9F02)`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("Tag(")?;
        for b in self.as_bytes() {
            write!(f, "{b:02X}")?;
        }
        f.write_str(")")
    }
}

impl core::fmt::Display for Tag {
    /// Prints the identifier bytes in upper-case hex, e.g. `9F02`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for b in self.as_bytes() {
            write!(f, "{b:02X}")?;
        }
        Ok(())
    }
}

/// Why a string is not a tag (see [`Tag`]'s `FromStr`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseTagError {
    /// Not 2, 4, 6 or 8 hex digits.
    BadLength,
    /// A character that is not a hex digit.
    NotHex,
    /// Hex digits that do not form one well-formed identifier.
    Malformed,
}

impl core::fmt::Display for ParseTagError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            ParseTagError::BadLength => "a tag is 2, 4, 6 or 8 hex digits",
            ParseTagError::NotHex => "a tag may only contain hex digits",
            ParseTagError::Malformed => {
                "not a well-formed tag (continuation bits do not match the length)"
            }
        })
    }
}

#[cfg(feature = "std")]
impl std::error::Error for ParseTagError {}

impl core::str::FromStr for Tag {
    type Err = ParseTagError;

    /// Parses hex identifier bytes such as `9F02` or `dfdf25`.
    fn from_str(s: &str) -> Result<Tag, ParseTagError> {
        if s.is_empty() || s.len() > 2 * Tag::MAX_LEN || s.len() % 2 != 0 {
            return Err(ParseTagError::BadLength);
        }
        let raw = u32::from_str_radix(s, 16).map_err(|_| ParseTagError::NotHex)?;
        // `from_str_radix` accepts a leading `+`.
        if !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ParseTagError::NotHex);
        }
        // Leading `00` bytes would be dropped by `from_u32`; only `00` itself is a tag.
        if byte_count(raw) * 2 != s.len() || !Tag::is_valid(raw) {
            return Err(ParseTagError::Malformed);
        }
        Ok(Tag::from_u32(raw))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_u32_round_trips() {
        for raw in [0x00, 0x81, 0x9F02, 0xDFDF25, 0xFFEE01, 0x9F8F8F01] {
            let tag = Tag::from_u32(raw);
            assert_eq!(tag.to_u32(), raw);
            assert_eq!(Tag::parse(tag.as_bytes(), 0).unwrap(), (tag, tag.len()));
        }
        assert_eq!(Tag::from_u32(0x9F02).as_bytes(), &[0x9F, 0x02]);
    }

    #[test]
    fn validity_follows_continuation_rules() {
        assert!(Tag::is_valid(0x81));
        assert!(Tag::is_valid(0x00));
        assert!(Tag::is_valid(0x9F02));
        assert!(Tag::is_valid(0xDFDF25));
        assert!(Tag::is_valid(0xFFEE01));
        assert!(!Tag::is_valid(0x9F)); // announces more bytes
        assert!(!Tag::is_valid(0x8102)); // first byte stands alone
        assert!(!Tag::is_valid(0x9F82)); // last byte says "more"
        assert!(!Tag::is_valid(0xDF0201)); // middle byte says "last"
    }

    #[test]
    fn class_and_constructed() {
        assert_eq!(Tag::from_u32(0x81).class(), TagClass::ContextSpecific);
        assert_eq!(Tag::from_u32(0x30).class(), TagClass::Universal);
        assert_eq!(Tag::from_u32(0x5F20).class(), TagClass::Application);
        assert_eq!(Tag::from_u32(0xDFDF25).class(), TagClass::Private);
        assert!(Tag::from_u32(0xA2).is_constructed());
        assert!(!Tag::from_u32(0x84).is_constructed());
    }

    #[test]
    fn text_forms() {
        let tag: Tag = "dfdf25".parse().unwrap();
        assert_eq!(tag, Tag::from_u32(0xDFDF25));
        assert_eq!(alloc::format!("{tag}"), "DFDF25");
        assert_eq!(alloc::format!("{tag:?}"), "Tag(DFDF25)");
        assert_eq!("00".parse::<Tag>().unwrap(), Tag::from_u32(0));
        assert_eq!("0081".parse::<Tag>(), Err(ParseTagError::Malformed));
        assert_eq!("9F".parse::<Tag>(), Err(ParseTagError::Malformed));
        assert_eq!("+81".parse::<Tag>(), Err(ParseTagError::BadLength));
        assert_eq!("+8".parse::<Tag>(), Err(ParseTagError::NotHex));
        assert_eq!("8".parse::<Tag>(), Err(ParseTagError::BadLength));
        assert_eq!("zz".parse::<Tag>(), Err(ParseTagError::NotHex));
    }
}
