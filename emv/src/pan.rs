//! Primary account numbers that mask themselves when shown.

use core::fmt;
use zeroize::Zeroize;

/// A PAN (digits only). `Display` and `Debug` mask it (first six and last four
/// digits shown at most); [`Pan::reveal`] is the explicit way to see it all.
///
/// ```
/// use mms_emv::Pan;
/// let pan = Pan::from_cn(&[0x47, 0x61, 0x73, 0x90, 0x01, 0x01, 0x00, 0x10])?;
/// assert_eq!(pan.to_string(), "476173******0010");
/// assert_eq!(pan.reveal(), "4761739001010010");
/// # Ok::<(), mms_emv::PanError>(())
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Pan(String);

/// Why bytes are not a PAN.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanError {
    /// A nibble that is neither a digit nor trailing `F` padding.
    BadNibble {
        /// Index of the byte holding it.
        byte: usize,
    },
    /// Fewer than 8 or more than 19 digits.
    BadLength {
        /// Digits found.
        digits: usize,
    },
}

impl fmt::Display for PanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PanError::BadNibble { byte } => {
                write!(f, "byte {byte} of the PAN is not BCD digits or F padding")
            }
            PanError::BadLength { digits } => write!(f, "a PAN has 8 to 19 digits, found {digits}"),
        }
    }
}

impl std::error::Error for PanError {}

impl Pan {
    /// Reads `cn` bytes: BCD digits, padded at the end with `F` nibbles.
    pub fn from_cn(bytes: &[u8]) -> Result<Pan, PanError> {
        let mut digits = String::with_capacity(bytes.len() * 2);
        let mut padding = false;
        for (i, b) in bytes.iter().enumerate() {
            for nibble in [b >> 4, b & 0x0F] {
                match nibble {
                    0..=9 if !padding => digits.push(char::from(b'0' + nibble)),
                    0xF => padding = true,
                    _ => {
                        digits.zeroize();
                        return Err(PanError::BadNibble { byte: i });
                    }
                }
            }
        }
        Pan::from_digits(digits)
    }

    /// Takes a string of 8 to 19 decimal digits.
    pub fn from_digits(digits: String) -> Result<Pan, PanError> {
        let mut digits = digits;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.zeroize();
            return Err(PanError::BadNibble { byte: 0 });
        }
        if !(8..=19).contains(&digits.len()) {
            let n = digits.len();
            digits.zeroize();
            return Err(PanError::BadLength { digits: n });
        }
        Ok(Pan(digits))
    }

    /// All the digits. Do not log them.
    pub fn reveal(&self) -> &str {
        &self.0
    }
}

impl Drop for Pan {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

/// Masks a PAN given as digits: all but the first six and last four are `*`
/// for PANs of 16 digits or more, all but the last four for shorter ones.
///
/// ```
/// assert_eq!(mms_emv::mask_pan("4761739001010010"), "476173******0010");
/// assert_eq!(mms_emv::mask_pan("123456789012"), "********9012");
/// ```
pub fn mask_pan(digits: &str) -> String {
    let n = digits.len();
    let (head, tail) = if n >= 16 {
        (6, 4)
    } else if n > 4 {
        (0, 4)
    } else {
        (0, 0)
    };
    digits
        .chars()
        .enumerate()
        .map(|(i, c)| if i < head || i >= n - tail { c } else { '*' })
        .collect()
}

impl fmt::Display for Pan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&mask_pan(&self.0))
    }
}

impl fmt::Debug for Pan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pan({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_unless_revealed() {
        let pan = Pan::from_cn(&[0x54, 0x13, 0x33, 0x00, 0x89, 0x02, 0x00, 0x19, 0x3F]).unwrap();
        assert_eq!(pan.reveal(), "54133300890200193");
        assert_eq!(
            format!("{pan} {pan:?}"),
            "541333*******0193 Pan(541333*******0193)"
        );
        assert_eq!(
            Pan::from_cn(&[0x12, 0x3F, 0x45]),
            Err(PanError::BadNibble { byte: 2 })
        );
        assert_eq!(
            Pan::from_cn(&[0x12, 0x34]),
            Err(PanError::BadLength { digits: 4 })
        );
    }
}
