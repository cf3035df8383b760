//! Bit sets: the values whose bits the manual names one by one (notification enables, key
//! status, transaction options). Generated bit-set types implement [`Flags`] (from the
//! `bitflags` crate, re-exported here) with the manual's names, so `contains`, `insert`,
//! `iter_names` and the other set operations come with them, and display through
//! [`write_set`]: every set bit by its name, the bits the spec does not name in hex.
//!
//! ```
//! use mms_message::bits::{set_names, write_set, Flag, Flags};
//!
//! #[derive(Clone, Copy, Debug, PartialEq, Eq)]
//! struct Readers(u8);
//! impl Flags for Readers {
//!     const FLAGS: &'static [Flag<Self>] = &[
//!         Flag::new("Contact", Readers(0x01)),
//!         Flag::new("Contactless", Readers(0x02)),
//!         Flag::new("Mode", Readers(0x30)),
//!     ];
//!     type Bits = u8;
//!     fn bits(&self) -> u8 {
//!         self.0
//!     }
//!     fn from_bits_retain(bits: u8) -> Self {
//!         Readers(bits)
//!     }
//! }
//! impl std::fmt::Display for Readers {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         write_set(self, 2, f)
//!     }
//! }
//!
//! let set = Readers(0xA3); // Contact, Contactless, Mode 2, and bit 7
//! assert!(set.contains(Readers(0x02)));
//! assert_eq!(set.to_string(), "Contact, Contactless, Mode = 2, 0x80");
//! assert_eq!(Readers(0).to_string(), "none");
//! assert_eq!(set_names(0x01, 2, [(0x01, "Contact")]), ["Contact"]);
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
