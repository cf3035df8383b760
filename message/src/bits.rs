//! Bit sets: the values whose bits the manual names one by one (notification enables, key
//! status, transaction options). [`bit_set!`](crate::bit_set) declares one: a newtype over
//! its integer with a constant per named bit, [`Flags`] (from the `bitflags` crate,
//! re-exported here) with the manual's names, so `contains`, `insert`, `iter_names` and the
//! other set operations come with it, the codec's `Value` (big-endian, unnamed bits kept)
//! and a `Display` through [`write_set`]: every set bit by its name, the bits the spec does
//! not name in hex. Generated bit-set types are `bit_set!` invocations.
//!
//! ```
//! use mms_message::bits::{set_names, Flags};
//!
//! mms_message::bit_set! {
//!     /// The readers a transaction may use.
//!     pub struct Readers(u8) {
//!         /// `01` (bit): the contact reader.
//!         const CONTACT = 0x01, "Contact";
//!         /// `02` (bit): the contactless reader.
//!         const CONTACTLESS = 0x02, "Contactless";
//!         /// `30` (bits): a two-bit mode.
//!         const MODE = 0x30, "Mode";
//!     }
//! }
//!
//! let set = Readers(0xA3); // Contact, Contactless, Mode 2, and bit 7
//! assert!(set.contains(Readers::CONTACTLESS));
//! assert_eq!(set.to_string(), "Contact, Contactless, Mode = 2, 0x80");
//! assert_eq!(Readers(0).to_string(), "none");
//! assert_eq!(set_names(0x01, 2, [(0x01, "Contact")]), ["Contact"]);
//!
//! // On the wire: the integer, big-endian, unnamed bits kept.
//! use mms_codec::Value;
//! assert_eq!(Readers::value_from_bytes(&[0x81]).unwrap(), Readers(0x81));
//! assert_eq!(Readers::CONTACT.union(Readers(0x80)).value_to_bytes(), [0x81]);
//!
//! // A value narrower than its integer (three bytes in a `u32`) says its width.
//! mms_message::bit_set! {
//!     /// Options over three bytes.
//!     pub struct Options(u32, 3 bytes) {
//!         /// `800000` (bit): byte 1's top bit.
//!         const FIRST = 0x80_0000, "First";
//!     }
//! }
//! assert_eq!(Options::value_from_bytes(&[0x80, 0, 1]).unwrap().to_string(), "First, 0x000001");
//! assert!(Options::value_from_bytes(&[0x80, 0, 0, 1]).is_err());
//!
//! // A value of one or two bytes: the first byte is always the top byte.
//! mms_message::bit_set! {
//!     /// One byte, or two with more options.
//!     pub struct Config(u16, 1..=2 bytes) {
//!         /// `8000` (bit): byte 1's top bit.
//!         const FIRST = 0x8000, "First";
//!         /// `0010` (bit): a bit of byte 2.
//!         const LATER = 0x0010, "Later";
//!     }
//! }
//! let short = Config::value_from_bytes(&[0x80]).unwrap();
//! assert_eq!((short.to_string().as_str(), short.value_to_bytes()), ("First", vec![0x80]));
//! let long = Config::value_from_bytes(&[0x80, 0x00]).unwrap();
//! assert_eq!(long.value_to_bytes(), [0x80, 0x00]); // its width is kept
//! assert_ne!(short, long);
//! assert_eq!(Config::FIRST.union(Config::LATER).value_to_bytes(), [0x80, 0x10]);
//! assert_eq!(Config::FIRST.value_to_bytes(), [0x80]); // built: the fewest bytes
//! assert!(Config::with_len(0x0010, 1).is_none());
//! assert!(Config::value_from_bytes(&[1, 2, 3]).is_err());
//! ```

use core::fmt;

pub use bitflags::{Flag, Flags};

/// The names of the bits set in `raw`, in the order of `named` (`(mask, name)` pairs): a
/// one-bit mask by its name, a wider mask (a bit range) as `name = value` when any of its
/// bits is set, and the set bits no mask covers as one hex number of `digits` digits. (A
/// `u128` holds the dissector's values of up to 16 bytes; generated sets are at most 8.)
pub fn set_names<'a>(
    raw: u128,
    digits: usize,
    named: impl IntoIterator<Item = (u128, &'a str)>,
) -> Vec<String> {
    let mut names = Vec::new();
    let mut covered = 0u128;
    for (mask, name) in named {
        covered |= mask;
        let value = raw & mask;
        if value == 0 || mask == 0 {
            continue;
        }
        if mask.count_ones() == 1 {
            names.push(name.to_string());
        } else {
            names.push(format!("{name} = {}", value >> mask.trailing_zeros()));
        }
    }
    let unnamed = raw & !covered;
    if unnamed != 0 {
        names.push(format!("0x{unnamed:0digits$X}"));
    }
    names
}

/// Writes the names of a bit set's set bits (see [`set_names`]), separated by commas, or
/// `none` when no bit is set.
pub fn write_set<F>(set: &F, digits: usize, f: &mut fmt::Formatter<'_>) -> fmt::Result
where
    F: Flags,
    F::Bits: Into<u128>,
{
    let named = F::FLAGS
        .iter()
        .map(|flag| (flag.value().bits().into(), flag.name()));
    let names = set_names(set.bits().into(), digits, named);
    if names.is_empty() {
        f.write_str("none")
    } else {
        f.write_str(&names.join(", "))
    }
}

/// Declares a bit set: `pub struct Name(u16)` with one `const NAME = mask, "label";` per named
/// bit (or bit range), each with its docs. The type is a `Copy` newtype with a public raw field
/// (unnamed bits are kept), a constant per bit, [`Flags`] with the labels, `mms_codec::Value`
/// (the integer, big-endian, exactly its width) and a `Display` that names every set bit (see
/// [`write_set`]). The integer is `u8`, `u16`, `u32` or `u64`; a value narrower than its
/// integer says its width: `pub struct Name(u64, 6 bytes)` (bits above the width are not
/// written); a value of several widths gives the range, `pub struct Name(u16, 1..=2 bytes)`,
/// and is then a struct that keeps the width it was read in (its first byte is always the top
/// byte of the masks). See the [module](crate::bits) docs for examples.
#[macro_export]
macro_rules! bit_set {
    // A value of `min` to `max` bytes: the first byte is always the top byte of the widest
    // value, so a shorter value is the widest one with its last bytes cut (D-PAS's Kernel
    // Configuration is byte 1, or bytes 1 and 2 on the Common Kernel).
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident($repr:ty, $min:literal ..= $max:literal bytes) {
            $(
                $(#[$flag_attr:meta])*
                const $flag:ident = $mask:expr, $label:literal;
            )*
        }
    ) => {
        $(#[$attr])*
        ///
        #[doc = concat!("A value of ", $min, " to ", $max, " bytes: its first byte is the top byte of the masks. \
            A decoded value keeps its width; a built one takes the fewest bytes (at least ", $min, ") \
            that hold its bits.")]
        #[derive(Clone, Copy, Debug, Default)]
        $vis struct $name {
            bits: $repr,
            /// The width read, or 0: the fewest bytes that hold the bits.
            len: u8,
        }

        impl $name {
            /// Leading bytes of the integer that lie above the widest value.
            const SKIP: usize = ::core::mem::size_of::<$repr>() - $max;

            $(
                $(#[$flag_attr])*
                pub const $flag: Self = Self { bits: $mask, len: 0 };
            )*

            /// The bits in a value of `len` bytes (`None` when `len` is not allowed or a bit
            /// lies outside those bytes).
            pub fn with_len(bits: $repr, len: usize) -> Option<Self> {
                let fits = bits
                    .to_be_bytes()
                    .iter()
                    .enumerate()
                    .all(|(i, b)| *b == 0 || (Self::SKIP..Self::SKIP + len).contains(&i));
                ((($min)..=($max)).contains(&len) && fits).then_some(Self { bits, len: len as u8 })
            }

            /// The number of bytes the value is written in.
            pub fn width(&self) -> usize {
                if self.len != 0 {
                    return usize::from(self.len);
                }
                let bytes = self.bits.to_be_bytes();
                let mut n: usize = $max;
                while n > $min && bytes[Self::SKIP + n - 1] == 0 {
                    n -= 1;
                }
                n
            }
        }

        impl ::core::cmp::PartialEq for $name {
            /// Equal bits in the same width: equal bytes on the wire.
            fn eq(&self, other: &Self) -> bool {
                self.bits == other.bits && self.width() == other.width()
            }
        }

        impl ::core::cmp::Eq for $name {}

        impl ::core::hash::Hash for $name {
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                self.bits.hash(state);
                self.width().hash(state);
            }
        }

        impl $crate::bits::Flags for $name {
            const FLAGS: &'static [$crate::bits::Flag<Self>] = &[
                $($crate::bits::Flag::new($label, Self::$flag),)*
            ];
            type Bits = $repr;
            fn bits(&self) -> $repr {
                self.bits
            }
            fn from_bits_retain(bits: $repr) -> Self {
                Self { bits, len: 0 }
            }
        }

        impl $crate::bits::__private::Value for $name {
            const FIXED_LEN: Option<usize> = None;
            fn value_len(&self) -> usize {
                self.width()
            }
            fn encode_value<W: $crate::bits::__private::Writer + ?Sized>(&self, out: &mut W) {
                out.write(&self.bits.to_be_bytes()[Self::SKIP..Self::SKIP + self.width()]);
            }
            fn decode_value(
                bytes: &[u8],
                cx: $crate::bits::__private::DecodeContext,
            ) -> Result<Self, $crate::bits::__private::DecodeError> {
                if !(($min)..=($max)).contains(&bytes.len()) {
                    let expected = if bytes.len() < $min { $min } else { $max };
                    return Err(cx.error(
                        $crate::bits::__private::ErrorKind::WrongValueLength { expected, found: bytes.len() },
                        cx.offset,
                    ));
                }
                let mut all = [0; ::core::mem::size_of::<$repr>()];
                all[Self::SKIP..Self::SKIP + bytes.len()].copy_from_slice(bytes);
                Ok(Self { bits: <$repr>::from_be_bytes(all), len: bytes.len() as u8 })
            }
        }

        impl ::core::fmt::Display for $name {
            /// The names of the set bits, bits the spec does not name in hex (`none` for no bit).
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::bits::write_set(self, 2 * $max, f)
            }
        }
    };
    (
        $(#[$attr:meta])*
        $vis:vis struct $name:ident($repr:ty $(, $width:literal bytes)?) {
            $(
                $(#[$flag_attr:meta])*
                const $flag:ident = $mask:expr, $label:literal;
            )*
        }
    ) => {
        $(#[$attr])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
        $vis struct $name(pub $repr);

        impl $name {
            $(
                $(#[$flag_attr])*
                pub const $flag: Self = Self($mask);
            )*
        }

        impl $crate::bits::Flags for $name {
            const FLAGS: &'static [$crate::bits::Flag<Self>] = &[
                $($crate::bits::Flag::new($label, Self::$flag),)*
            ];
            type Bits = $repr;
            fn bits(&self) -> $repr {
                self.0
            }
            fn from_bits_retain(bits: $repr) -> Self {
                Self(bits)
            }
        }

        impl $crate::bits::__private::Value for $name {
            const FIXED_LEN: Option<usize> = Some($crate::bit_set!(@width $repr $(, $width)?));
            fn value_len(&self) -> usize {
                $crate::bit_set!(@width $repr $(, $width)?)
            }
            fn encode_value<W: $crate::bits::__private::Writer + ?Sized>(&self, out: &mut W) {
                let skip = ::core::mem::size_of::<$repr>() - $crate::bit_set!(@width $repr $(, $width)?);
                out.write(&self.0.to_be_bytes()[skip..]);
            }
            fn decode_value(
                bytes: &[u8],
                cx: $crate::bits::__private::DecodeContext,
            ) -> Result<Self, $crate::bits::__private::DecodeError> {
                type Bytes = [u8; $crate::bit_set!(@width $repr $(, $width)?)];
                let bytes = <Bytes as $crate::bits::__private::Value>::decode_value(bytes, cx)?;
                let mut all = [0; ::core::mem::size_of::<$repr>()];
                let start = all.len() - bytes.len();
                all[start..].copy_from_slice(&bytes);
                Ok(Self(<$repr>::from_be_bytes(all)))
            }
        }

        impl ::core::fmt::Display for $name {
            /// The names of the set bits, bits the spec does not name in hex (`none` for no bit).
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let digits = 2 * $crate::bit_set!(@width $repr $(, $width)?);
                $crate::bits::write_set(self, digits, f)
            }
        }
    };
    // The width in bytes: the one given, or the integer's.
    (@width $repr:ty, $width:literal) => {
        $width
    };
    (@width $repr:ty) => {
        ::core::mem::size_of::<$repr>()
    };
}

/// What [`bit_set!`](crate::bit_set) expands to refers to, so its users need no imports.
#[doc(hidden)]
pub mod __private {
    pub use mms_codec::{DecodeContext, DecodeError, ErrorKind, Value, Writer};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unnamed_bits_are_one_hex_number_and_ranges_show_their_value() {
        let named = [(0x8000_0000, "Top"), (0x0000_0F00, "Range")];
        assert_eq!(
            set_names(0x8000_0301, 8, named),
            ["Top", "Range = 3", "0x00000001"]
        );
        assert!(set_names(0, 8, named).is_empty());
        // A zero mask (a flag with no bits) names nothing.
        assert_eq!(set_names(0x01, 2, [(0, "Empty")]), ["0x01"]);
    }
}
