//! The traits that `#[derive(Tlv)]` implements and that generated code uses.

use crate::error::{DecodeError, EncodeError, ErrorKind};
use crate::options::{DecodeContext, DecodeOptions};
use crate::sink::{SliceWriter, Writer};
use alloc::string::String;
use alloc::vec::Vec;

/// A type that is the value of a primitive TLV, or a run of raw bytes inside one
/// (the manual's `/null` rows): integers, byte strings, open enums, packed structs.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a primitive TLV value (mms_codec::Value)",
    label = "not a primitive value",
    note = "a struct deriving Tlv is a TLV sequence: give it a constructed tag (bit 6 set, e.g. 0xA1) or `#[tlv(tag = .., nested)]`"
)]
pub trait Value: Sized {
    /// `Some(n)` when every value of the type is exactly `n` bytes (`u16`, `[u8; 4]`).
    const FIXED_LEN: Option<usize> = None;
    /// Bytes the value takes.
    fn value_len(&self) -> usize;
    /// Writes exactly `value_len()` bytes.
    fn encode_value<W: Writer + ?Sized>(&self, out: &mut W);
    /// Decodes from exactly `bytes` (the whole value).
    fn decode_value(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError>;

    /// The encoded value in a `Vec` of exactly `value_len()` bytes.
    fn value_to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.value_len());
        self.encode_value(&mut out);
        out
    }

    /// Decodes `bytes` (the whole value) with default options.
    fn value_from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        Self::decode_value(bytes, DecodeContext::default())
    }
}

/// A type encoded as a sequence of TLVs: the contents of a constructed TLV, a
/// command payload, or a whole message.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a TLV sequence (mms_codec::Contents)",
    label = "not a TLV sequence",
    note = "a constructed tag (bit 6 set) or `nested` holds a struct that derives Tlv; primitive values need a primitive tag"
)]
pub trait Contents: Sized {
    /// Bytes the encoded sequence takes.
    fn contents_len(&self) -> usize;
    /// Writes exactly `contents_len()` bytes.
    fn encode_contents<W: Writer + ?Sized>(&self, out: &mut W);
    /// Decodes from exactly `bytes`.
    fn decode_contents(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError>;

    /// [`Contents::contents_len`], also noting in `lens` the length of every nested
    /// sequence in the order [`Contents::encode_contents_noted`] writes them, so that
    /// encoding computes each nested length once instead of once per enclosing level.
    /// Derived structs implement it; the default notes nothing.
    #[doc(hidden)]
    #[inline]
    fn contents_len_noting(&self, lens: &mut NestedLens) -> usize {
        let _ = lens;
        self.contents_len()
    }

    /// [`Contents::encode_contents`] taking nested lengths from `lens`, as
    /// [`Contents::contents_len_noting`] noted them.
    #[doc(hidden)]
    #[inline]
    fn encode_contents_noted<W: Writer + ?Sized>(&self, out: &mut W, lens: &mut NestedLens) {
        let _ = lens;
        self.encode_contents(out);
    }

    /// The encoding in a `Vec` of exactly `contents_len()` bytes (one allocation).
    fn to_bytes(&self) -> Vec<u8> {
        let mut lens = NestedLens::new();
        let mut out = Vec::with_capacity(self.contents_len_noting(&mut lens));
        self.encode_contents_noted(&mut out, &mut lens);
        out
    }

    /// Encodes into the front of `buf`; returns the bytes written, or
    /// [`EncodeError::BufferTooSmall`] (checked before anything is written).
    fn encode_to_slice(&self, buf: &mut [u8]) -> Result<usize, EncodeError> {
        let mut lens = NestedLens::new();
        let needed = self.contents_len_noting(&mut lens);
        if needed > buf.len() {
            return Err(EncodeError::BufferTooSmall {
                needed,
                available: buf.len(),
            });
        }
        let mut out = SliceWriter::new(buf);
        self.encode_contents_noted(&mut out, &mut lens);
        out.finish()
    }

    /// Decodes all of `bytes` with [`DecodeOptions::default`].
    fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        Self::from_bytes_with(bytes, DecodeOptions::default())
    }

    /// Decodes all of `bytes` with the given limits.
    fn from_bytes_with(bytes: &[u8], options: DecodeOptions) -> Result<Self, DecodeError> {
        Self::decode_contents(bytes, DecodeContext::new(options))
    }
}

/// The lengths of the nested sequences of one value, in encoding order, noted by
/// [`Contents::contents_len_noting`] and taken by [`Contents::encode_contents_noted`].
/// Fixed capacity (no allocation): lengths past it are computed again when taken.
#[doc(hidden)]
#[derive(Clone, Debug)]
pub struct NestedLens {
    lens: [usize; NestedLens::CAPACITY],
    noted: usize,
    taken: usize,
}

impl NestedLens {
    /// Lengths kept; MMS payloads rarely nest more sequences than this.
    const CAPACITY: usize = 16;

    /// Nothing noted.
    #[inline]
    pub const fn new() -> NestedLens {
        NestedLens {
            lens: [0; NestedLens::CAPACITY],
            noted: 0,
            taken: 0,
        }
    }

    /// Reserves the next entry, for a nested sequence whose length is being computed.
    #[inline]
    pub fn reserve(&mut self) -> usize {
        let slot = self.noted;
        self.noted += 1;
        slot
    }

    /// Sets the entry `slot` returned by [`NestedLens::reserve`].
    #[inline]
    pub fn set(&mut self, slot: usize, len: usize) {
        if let Some(entry) = self.lens.get_mut(slot) {
            *entry = len;
        }
    }

    /// The length of the next nested sequence, `value`: as noted, or computed when it
    /// was past the capacity or never noted.
    #[inline]
    pub fn take<T: Contents>(&mut self, value: &T) -> usize {
        let slot = self.taken;
        self.taken += 1;
        match self.lens.get(slot) {
            Some(&len) if slot < self.noted => len,
            _ => value.contents_len(),
        }
    }
}

impl Default for NestedLens {
    fn default() -> NestedLens {
        NestedLens::new()
    }
}

/// `WrongValueLength` unless `bytes` has exactly `N` bytes.
fn exact<const N: usize>(bytes: &[u8], cx: &DecodeContext) -> Result<[u8; N], DecodeError> {
    bytes.try_into().map_err(|_| {
        cx.error(
            ErrorKind::WrongValueLength {
                expected: N,
                found: bytes.len(),
            },
            cx.offset,
        )
    })
}

macro_rules! big_endian_value {
    ($($int:ty),*) => {$(
        /// Big-endian, exactly `size_of::<Self>()` bytes.
        impl Value for $int {
            const FIXED_LEN: Option<usize> = Some(core::mem::size_of::<$int>());
            #[inline]
            fn value_len(&self) -> usize {
                core::mem::size_of::<$int>()
            }
            fn encode_value<W: Writer + ?Sized>(&self, out: &mut W) {
                out.write(&self.to_be_bytes());
            }
            #[inline]
            fn decode_value(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError> {
                exact(bytes, &cx).map(<$int>::from_be_bytes)
            }
        }
    )*};
}
big_endian_value!(u8, u16, u32, u64);

/// Exactly `N` raw bytes.
impl<const N: usize> Value for [u8; N] {
    const FIXED_LEN: Option<usize> = Some(N);
    #[inline]
    fn value_len(&self) -> usize {
        N
    }
    fn encode_value<W: Writer + ?Sized>(&self, out: &mut W) {
        out.write(self);
    }
    #[inline]
    fn decode_value(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError> {
        exact(bytes, &cx)
    }
}

/// Any number of raw bytes.
impl Value for Vec<u8> {
    #[inline]
    fn value_len(&self) -> usize {
        self.len()
    }
    fn encode_value<W: Writer + ?Sized>(&self, out: &mut W) {
        out.write(self);
    }
    #[inline]
    fn decode_value(bytes: &[u8], _cx: DecodeContext) -> Result<Self, DecodeError> {
        Ok(bytes.to_vec())
    }
}

/// UTF-8 text; other bytes are [`ErrorKind::InvalidValue`] at the first bad byte.
impl Value for String {
    #[inline]
    fn value_len(&self) -> usize {
        self.len()
    }
    fn encode_value<W: Writer + ?Sized>(&self, out: &mut W) {
        out.write(self.as_bytes());
    }
    #[inline]
    fn decode_value(bytes: &[u8], cx: DecodeContext) -> Result<Self, DecodeError> {
        match core::str::from_utf8(bytes) {
            Ok(text) => Ok(String::from(text)),
            Err(e) => Err(cx.error_at_relative(ErrorKind::InvalidValue, e.valid_up_to())),
        }
    }
}

/// An enumerated value the enum does not name. Only decoders (and an enum's own
/// `from_raw`) build it, so an unrecognized value never aliases a known variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unrecognized<T>(T);

impl<T: Copy> Unrecognized<T> {
    /// The raw value.
    pub fn get(&self) -> T {
        self.0
    }
}

impl<T> Unrecognized<T> {
    /// For derive output and enum `from_raw` only: wraps a raw value that is
    /// known not to be a named variant.
    #[doc(hidden)]
    pub fn __new(value: T) -> Self {
        Unrecognized(value)
    }
}

impl<T: core::fmt::UpperHex> core::fmt::Display for Unrecognized<T> {
    /// `0x` and the value in upper-case hex, two digits per byte: `0x05`, `0x00FF`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let digits = 2 * core::mem::size_of::<T>();
        write!(f, "0x{:0digits$X}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn integers_are_big_endian_and_fixed() {
        assert_eq!(0x0102u16.value_to_bytes(), [1, 2]);
        assert_eq!(u32::value_from_bytes(&[0, 0, 1, 0]).unwrap(), 256);
        assert_eq!(<u64 as Value>::FIXED_LEN, Some(8));
        let cx = DecodeContext::default().at(9);
        assert_eq!(
            u16::decode_value(&[1, 2, 3], cx).unwrap_err(),
            DecodeError::new(
                ErrorKind::WrongValueLength {
                    expected: 2,
                    found: 3
                },
                9
            )
        );
        assert_eq!(<[u8; 3]>::value_from_bytes(&[1, 2, 3]).unwrap(), [1, 2, 3]);
        assert!(<[u8; 3]>::value_from_bytes(&[1, 2]).is_err());
    }

    #[test]
    fn text_must_be_utf8() {
        assert_eq!(String::value_from_bytes(b"Dyna").unwrap(), "Dyna");
        let cx = DecodeContext::default().at(10);
        assert_eq!(
            String::decode_value(&[b'a', 0xFF], cx).unwrap_err(),
            DecodeError::new(ErrorKind::InvalidValue, 11)
        );
    }

    #[test]
    fn unrecognized_prints_hex() {
        assert_eq!(Unrecognized::__new(5u8).to_string(), "0x05");
        assert_eq!(Unrecognized::__new(0xFFu16).to_string(), "0x00FF");
        assert_eq!(Unrecognized::__new(7u8).get(), 7);
    }
}
