//! The traits that `#[derive(Tlv)]` implements and that generated code uses.

use crate::encode::Writer;
use crate::error::DecodeError;
use crate::options::DecodeContext;

/// A type that is the value of a primitive TLV, or a run of raw bytes inside one
/// (the manual's `/null` rows): integers, byte strings, open enums, packed structs.
pub trait Value: Sized {
    /// `Some(n)` when every value of the type is exactly `n` bytes (`u16`, `[u8; 4]`).
    const FIXED_LEN: Option<usize> = None;
    /// Bytes the value takes.
    fn value_len(&self) -> usize;
    /// Writes exactly `value_len()` bytes.
    fn encode_value<W: Writer + ?Sized>(&self, out: &mut W);
    /// Decodes from exactly `bytes` (the whole value).
    fn decode_value(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError>;
}

/// A type encoded as a sequence of TLVs: the contents of a constructed TLV, a
/// command payload, or a whole message.
pub trait Contents: Sized {
    /// Bytes the encoded sequence takes.
    fn contents_len(&self) -> usize;
    /// Writes exactly `contents_len()` bytes.
    fn encode_contents<W: Writer + ?Sized>(&self, out: &mut W);
    /// Decodes from exactly `bytes`.
    fn decode_contents(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError>;
}

/// An enumerated value the enum does not name. Only decoders (and an enum's own
/// `from_raw`) build it, so an unrecognized value never aliases a known variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized<T>(T);
