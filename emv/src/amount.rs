//! `n12` amounts (six BCD bytes in the currency's minor units) and ISO 4217 currencies.

use core::fmt;
pub use iso_currency::Currency;

/// Why an amount could not be read or built.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum AmountError {
    /// An `n12` value must be exactly six bytes.
    WrongLength {
        /// Bytes found.
        found: usize,
    },
    /// A nibble that is not a decimal digit.
    NotBcd {
        /// Index of the byte holding it.
        byte: usize,
    },
    /// More than the twelve digits of `n12` (999 999 999 999 minor units).
    Overflow,
    /// Text that is not a decimal amount with at most `exponent` decimals.
    BadDecimal {
        /// The currency exponent in force.
        exponent: u32,
    },
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountError::WrongLength { found } => {
                write!(f, "an n12 amount has 6 bytes, found {found}")
            }
            AmountError::NotBcd { byte } => write!(f, "byte {byte} of the amount is not BCD"),
            AmountError::Overflow => write!(f, "amount exceeds the 12 digits of n12"),
            AmountError::BadDecimal { exponent } => write!(
                f,
                "not a decimal amount with at most {exponent} digits after the point"
            ),
        }
    }
}

impl std::error::Error for AmountError {}

/// An amount in minor units (cents for USD), at most twelve decimal digits.
///
/// ```
/// use mms_emv::Amount;
/// let a = Amount::parse_decimal("12.34", 2)?;
/// assert_eq!(a.to_n12(), [0x00, 0x00, 0x00, 0x00, 0x12, 0x34]);
/// assert_eq!(Amount::from_n12(&a.to_n12())?, a);
/// assert_eq!(a.display(2).to_string(), "12.34");
/// # Ok::<(), mms_emv::AmountError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Amount(u64);

impl Amount {
    /// The largest `n12` amount.
    pub const MAX: Amount = Amount(999_999_999_999);
    /// Zero.
    pub const ZERO: Amount = Amount(0);

    /// An amount of `minor` units.
    pub fn from_minor(minor: u64) -> Result<Amount, AmountError> {
        if minor > Amount::MAX.0 {
            return Err(AmountError::Overflow);
        }
        Ok(Amount(minor))
    }

    /// The amount in minor units.
    pub fn minor(self) -> u64 {
        self.0
    }

    /// Reads six BCD bytes.
    pub fn from_n12(bytes: &[u8]) -> Result<Amount, AmountError> {
        if bytes.len() != 6 {
            return Err(AmountError::WrongLength { found: bytes.len() });
        }
        let mut minor = 0u64;
        for (i, &b) in bytes.iter().enumerate() {
            let (hi, lo) = (b >> 4, b & 0x0F);
            if hi > 9 || lo > 9 {
                return Err(AmountError::NotBcd { byte: i });
            }
            minor = minor * 100 + u64::from(hi) * 10 + u64::from(lo);
        }
        Ok(Amount(minor))
    }

    /// Writes six BCD bytes.
    pub fn to_n12(self) -> [u8; 6] {
        let mut out = [0u8; 6];
        let mut rest = self.0;
        for byte in out.iter_mut().rev() {
            let two = (rest % 100) as u8;
            *byte = (two / 10) << 4 | (two % 10);
            rest /= 100;
        }
        out
    }

    /// Parses `"12.34"` (or `"12"`) with `exponent` digits of minor units.
    pub fn parse_decimal(text: &str, exponent: u32) -> Result<Amount, AmountError> {
        let bad = AmountError::BadDecimal { exponent };
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty()
            || !digits(whole)
            || !digits(fraction)
            || fraction.len() > exponent as usize
        {
            return Err(bad);
        }
        let scale = 10u64.checked_pow(exponent).ok_or(AmountError::Overflow)?;
        let whole: u64 = whole.parse().map_err(|_| AmountError::Overflow)?;
        let mut minor_part = 0u64;
        for (i, b) in fraction.bytes().enumerate() {
            minor_part += u64::from(b - b'0') * 10u64.pow(exponent - 1 - i as u32);
        }
        let minor = whole
            .checked_mul(scale)
            .and_then(|m| m.checked_add(minor_part))
            .ok_or(AmountError::Overflow)?;
        Amount::from_minor(minor)
    }

    /// Shows the amount with `exponent` decimals (`12.34` for 1234 with exponent 2).
    pub fn display(self, exponent: u32) -> impl fmt::Display {
        DecimalAmount {
            minor: self.0,
            exponent,
        }
    }
}

struct DecimalAmount {
    minor: u64,
    exponent: u32,
}

impl fmt::Display for DecimalAmount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match 10u64.checked_pow(self.exponent) {
            Some(1) => write!(f, "{}", self.minor),
            Some(scale) => write!(
                f,
                "{}.{:0width$}",
                self.minor / scale,
                self.minor % scale,
                width = self.exponent as usize
            ),
            None => write!(f, "{}e-{}", self.minor, self.exponent),
        }
    }
}

/// The currency of an `n3` code in two BCD bytes (`08 40` is USD).
pub fn currency_from_n3(bytes: &[u8]) -> Option<Currency> {
    Currency::from_numeric(u16::try_from(bcd_number(bytes)?).ok()?)
}

/// The two BCD bytes of a currency's numeric code.
pub fn currency_to_n3(currency: Currency) -> [u8; 2] {
    let n = currency.numeric();
    let digit = |d: u16| (n / d % 10) as u8;
    [digit(1000) << 4 | digit(100), digit(10) << 4 | digit(1)]
}

/// The number written in BCD `bytes` (`n` format), if every nibble is a digit.
pub fn bcd_number(bytes: &[u8]) -> Option<u64> {
    if bytes.len() > 9 {
        return None;
    }
    bytes.iter().try_fold(0u64, |acc, &b| {
        let (hi, lo) = (b >> 4, b & 0x0F);
        (hi <= 9 && lo <= 9).then(|| acc * 100 + u64::from(hi) * 10 + u64::from(lo))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn amounts_and_currencies() {
        let a = Amount::from_n12(&[0, 0, 0, 0, 0x12, 0x34]).unwrap();
        assert_eq!(a.minor(), 1234);
        assert_eq!(a.display(2).to_string(), "12.34");
        assert_eq!(a.display(0).to_string(), "1234");
        assert_eq!(a.display(3).to_string(), "1.234");
        assert_eq!(
            Amount::from_n12(&[0; 5]),
            Err(AmountError::WrongLength { found: 5 })
        );
        assert_eq!(
            Amount::from_n12(&[0, 0, 0, 0x1A, 0, 0]),
            Err(AmountError::NotBcd { byte: 3 })
        );
        assert_eq!(
            Amount::from_minor(1_000_000_000_000),
            Err(AmountError::Overflow)
        );
        assert_eq!(Amount::parse_decimal("9999999999.99", 2), Ok(Amount::MAX));
        assert_eq!(
            Amount::parse_decimal("10000000000", 2),
            Err(AmountError::Overflow)
        );
        assert_eq!(
            Amount::parse_decimal("99999999999999999999", 2),
            Err(AmountError::Overflow)
        );
        assert_eq!(Amount::parse_decimal("1.5", 2).map(Amount::minor), Ok(150));
        for bad in ["", ".5", "1.234", "1,00", "-1", "1.2.3", "1e3"] {
            assert_eq!(
                Amount::parse_decimal(bad, 2),
                Err(AmountError::BadDecimal { exponent: 2 }),
                "{bad}"
            );
        }
        assert_eq!(currency_from_n3(&[0x08, 0x40]), Some(Currency::USD));
        assert_eq!(currency_from_n3(&[0x09, 0x78]), Some(Currency::EUR));
        assert_eq!(
            currency_from_n3(&[0x03, 0x92]).map(|c| c.exponent()),
            Some(Some(0))
        );
        assert_eq!(currency_from_n3(&[0x0A, 0x40]), None);
        assert_eq!(currency_to_n3(Currency::USD), [0x08, 0x40]);
    }

    /// Every numeric code of the ISO 4217 table: the code a currency was found by is
    /// the code it writes, and each has its letters and a name (what the display shows).
    #[test]
    fn every_n3_code_round_trips() {
        let mut known = 0;
        for n in 0..1000u16 {
            let n3 = [(n / 100) as u8, (((n / 10 % 10) << 4) | (n % 10)) as u8];
            if let Some(currency) = currency_from_n3(&n3) {
                known += 1;
                assert_eq!(currency_to_n3(currency), n3, "{n:03}");
                assert_eq!(currency.code().len(), 3, "{n:03}");
                assert!(!currency.name().is_empty(), "{n:03}");
            }
        }
        // The rows of iso_currency 0.7's table that have a number (Cargo.lock pins it).
        assert_eq!(known, 183);
    }

    proptest! {
        #[test]
        fn n12_round_trips(minor in 0..=Amount::MAX.minor()) {
            let a = Amount::from_minor(minor).unwrap();
            prop_assert_eq!(Amount::from_n12(&a.to_n12()), Ok(a));
            for exponent in 0..4 {
                let text = a.display(exponent).to_string();
                prop_assert_eq!(Amount::parse_decimal(&text, exponent), Ok(a));
            }
        }

        #[test]
        fn any_six_bytes_decode_or_say_why(bytes in proptest::array::uniform6(any::<u8>())) {
            match Amount::from_n12(&bytes) {
                Ok(a) => prop_assert_eq!(a.to_n12(), bytes),
                Err(AmountError::NotBcd { byte }) => prop_assert!(byte < 6),
                Err(e) => prop_assert!(false, "{e}"),
            }
        }
    }
}
