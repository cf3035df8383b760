//! TLV tags carried as their raw identifier bytes (EMV-style BER-TLV).

use crate::error::{DecodeError, ErrorKind};

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
    bytes: [u8; 4],
    len: u8,
}

impl Tag {
    /// Builds a tag from its identifier bytes written as one big-endian number:
    /// `Tag::from_u32(0x81)`, `Tag::from_u32(0x9F02)`, `Tag::from_u32(0xDFDF25)`.
    /// `0` is the one-byte tag `00`.
    pub const fn from_u32(raw: u32) -> Tag {
        todo!()
    }
    /// The identifier bytes as one big-endian number (inverse of [`Tag::from_u32`]).
    pub const fn to_u32(self) -> u32 {
        todo!()
    }
    /// Reads a tag from the front of `input`; returns it and the number of bytes used.
    /// `offset` is the absolute position of `input[0]`, used in errors.
    pub fn parse(input: &[u8], offset: usize) -> Result<(Tag, usize), DecodeError> {
        todo!()
    }
    /// The identifier bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }
    /// Class bits of the first byte.
    pub const fn class(self) -> TagClass {
        todo!()
    }
    /// Bit 6 of the first byte: the value is a sequence of TLVs.
    pub const fn is_constructed(self) -> bool {
        self.bytes[0] & 0x20 != 0
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
