//! Bit tables as masks: where each named bit (or bit range) of a field or property sits in its
//! value read as one big-endian number. The generator's bit-set types and the dissector both
//! read bit tables through [`bit_masks`], so they agree on the numbering.

use crate::model::BitField;

/// One named bit or bit range of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BitMask<'a> {
    /// The bits, in the value read as a big-endian number (the last byte's bit 0 is `1`).
    pub mask: u128,
    /// The manual's short name, without list bullets.
    pub name: &'a str,
    /// A reserved or RFU bit: it has no meaning to name.
    pub reserved: bool,
}

/// The masks of a bit table for a value of `len` bytes (1 to 16), or `None` when a bit does not
/// fit (the table numbers bits another way, or `len` is wrong).
///
/// A bit with a byte number sits in that byte (the first byte is byte 0, or byte 1 when no
/// bit of the table is in a byte 0); one without counts from the least significant bit of the
/// whole value.
///
/// ```
/// use mms_spec::{bits::bit_masks, BitField};
/// let bit = |byte, bit, name: &str| BitField { byte, bit, last_bit: None, name: name.into(), source: Default::default() };
/// let table = [bit(Some(1), 0, "Standalone"), bit(Some(2), 7, "RFU")];
/// let masks = bit_masks(&table, 2).unwrap();
/// assert_eq!((masks[0].mask, masks[0].reserved), (0x0100, false));
/// assert_eq!((masks[1].mask, masks[1].reserved), (0x0080, true));
/// assert!(bit_masks(&table, 1).is_none());
/// ```
pub fn bit_masks(bits: &[BitField], len: u32) -> Option<Vec<BitMask<'_>>> {
    if !(1..=16).contains(&len) {
        return None;
    }
    let first_byte = if bits.iter().any(|b| b.byte == Some(0)) {
        0
    } else {
        1
    };
    bits.iter()
        .map(|b| {
            let last = b.last_bit.unwrap_or(b.bit);
            let shift = match b.byte {
                Some(byte) => {
                    let index = byte.checked_sub(first_byte).filter(|i| *i < len)?;
                    if last >= 8 {
                        return None;
                    }
                    (len - 1 - index) * 8
                }
                None if last < len * 8 => 0,
                None => return None,
            };
            if last < b.bit {
                return None;
            }
            let width = last - b.bit + 1;
            let ones = if width == 128 {
                u128::MAX
            } else {
                (1u128 << width) - 1
            };
            let name = b.name.trim_end_matches(['•', ' ']).trim();
            Some(BitMask {
                mask: ones << (shift + b.bit),
                name,
                reserved: is_reserved(name),
            })
        })
        .collect()
}

/// The width in bytes a bit table implies: one past its highest byte number, or enough bytes
/// for its highest bit (for properties whose length the manual leaves open).
pub fn bits_width(bits: &[BitField]) -> u32 {
    let zero_based = bits.iter().any(|b| b.byte == Some(0));
    bits.iter()
        .map(|b| match b.byte {
            Some(byte) if zero_based => byte + 1,
            Some(byte) => byte,
            None => b.last_bit.unwrap_or(b.bit) / 8 + 1,
        })
        .max()
        .unwrap_or(0)
}

/// Whether a bit's name says it has no meaning for the host ("Reserved", "RFU", "Reserved
/// for future use", "0 (Reserved, not to be configured)").
fn is_reserved(name: &str) -> bool {
    // Compared without case and without a lowercase copy: this runs for each bit of each
    // bit-mapped value the dissector shows.
    let name = name.as_bytes();
    name.get(..3)
        .is_some_and(|start| start.eq_ignore_ascii_case(b"rfu"))
        || name.windows(8).any(|w| w.eq_ignore_ascii_case(b"reserved"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reserved_names_are_found_without_case() {
        let folded = |name: &str| {
            let lower = name.to_ascii_lowercase();
            lower.contains("reserved") || lower.starts_with("rfu")
        };
        for name in [
            "Reserved",
            "RFU",
            "rfu bit",
            "0 (Reserved, not to be configured)",
            "Reserved for future use",
            "Unreserved",
            "RESERVE",
            "Rf",
            "",
            "Résérved",
            "Card present",
            "xRFU",
        ] {
            assert_eq!(is_reserved(name), folded(name), "{name}");
        }
    }

    fn bit(byte: Option<u32>, bit: u32, last_bit: Option<u32>, name: &str) -> BitField {
        BitField {
            byte,
            bit,
            last_bit,
            name: name.into(),
            source: Default::default(),
        }
    }

    #[test]
    fn bytes_count_from_the_first_and_bits_from_the_least_significant() {
        // Byte 0 is the first (most significant) byte of the value.
        let table = [
            bit(Some(0), 0, None, "Card Holder Name •"),
            bit(Some(0), 6, Some(7), "Reserved"),
            bit(Some(1), 3, None, "Swiped"),
        ];
        let masks = bit_masks(&table, 2).unwrap();
        assert_eq!(masks[0].mask, 0x0100);
        assert_eq!(masks[0].name, "Card Holder Name");
        assert_eq!((masks[1].mask, masks[1].reserved), (0xC000, true));
        assert_eq!(masks[2].mask, 0x0008);
        assert_eq!(bits_width(&table), 2);
    }

    #[test]
    fn bits_without_bytes_span_the_value() {
        let table = [
            bit(None, 0, None, "Capable"),
            bit(None, 1, Some(3), "Mode"),
            bit(None, 22, Some(31), "Reserved"),
        ];
        let masks = bit_masks(&table, 4).unwrap();
        assert_eq!(masks[1].mask, 0b1110);
        assert_eq!(masks[2].mask, 0xFFC0_0000);
        assert_eq!(bits_width(&table), 4);
        // Bit 8 of a one-byte value (a table numbering bits 1 to 8) does not fit.
        assert!(bit_masks(&[bit(None, 8, None, "SDA")], 1).is_none());
        assert!(bit_masks(&[bit(Some(3), 0, None, "x")], 2).is_none());
        // Values up to 16 bytes (a 12-byte device status): byte 4 of 12 (numbered from 0).
        let wide = [bit(Some(0), 2, None, "a"), bit(Some(4), 1, None, "Tamper")];
        assert_eq!(bit_masks(&wide, 12).unwrap()[1].mask, 0x02 << (7 * 8));
        assert!(bit_masks(&wide, 17).is_none());
    }
}
