//! Values shown by their dictionary format: amounts with their currency,
//! currencies by code, dates as dates, text as text, PANs masked.

use crate::amount::{bcd_number, currency_from_n3, Amount, Currency};
use crate::dictionary::{Format, Show, TagInfo};
use crate::pan::mask_pan;
use core::fmt;
use mms_codec::Tag;

/// Options for showing values.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ShowOptions {
    /// Show card data (PAN, tracks, cardholder name) in clear. Off by default,
    /// so card data does not end up in logs by accident.
    pub reveal_card_data: bool,
    /// The transaction currency, for amounts (its exponent places the point;
    /// without one, amounts are shown with two decimals).
    pub currency: Option<Currency>,
}

/// Tags whose values are card data, hidden unless revealed: track data, the
/// cardholder name and MSR clear text (PANs are masked by their `pan` hint).
const CARD_DATA: [u32; 9] = [
    0x56, 0x5F20, 0x9F0B, 0x9F1F, 0x9F20, 0xDF41, 0xDF42, 0xDF43, 0xDF4B,
];

/// Whether a tag holds card data that [`ShowOptions::reveal_card_data`] guards.
pub fn is_card_data(tag: Tag, info: Option<&TagInfo>) -> bool {
    CARD_DATA.contains(&tag.to_u32())
        || info.is_some_and(|i| matches!(i.show, Some(Show::Pan | Show::Track2)))
}

/// A value shown by its format; build with [`show_value`].
pub struct ShownValue<'a> {
    tag: Tag,
    info: Option<&'a TagInfo>,
    value: &'a [u8],
    options: ShowOptions,
}

/// Shows `value` of `tag` as its dictionary entry says (hex when unknown).
///
/// ```
/// use mms_codec::Tag;
/// use mms_emv::{show_value, Dictionary, ShowOptions};
/// let d = Dictionary::builtin();
/// let opts = ShowOptions::default();
/// let shown = |tag: u32, v: &[u8]| show_value(Tag::from_u32(tag), d.get(Tag::from_u32(tag)), v, opts).to_string();
/// assert_eq!(shown(0x9F02, &[0, 0, 0, 0, 0x12, 0x34]), "12.34");
/// assert_eq!(shown(0x5F2A, &[0x08, 0x40]), "USD (United States dollar)");
/// assert_eq!(shown(0x9A, &[0x27, 0x12, 0x31]), "2027-12-31");
/// ```
pub fn show_value<'a>(
    tag: Tag,
    info: Option<&'a TagInfo>,
    value: &'a [u8],
    options: ShowOptions,
) -> ShownValue<'a> {
    ShownValue {
        tag,
        info,
        value,
        options,
    }
}

fn hex(f: &mut fmt::Formatter<'_>, bytes: &[u8]) -> fmt::Result {
    bytes.iter().try_for_each(|b| write!(f, "{b:02X}"))
}

/// Digits of BCD bytes; `None` if a nibble is not a digit.
fn bcd_digits(bytes: &[u8]) -> Option<String> {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        for nibble in [b >> 4, b & 0x0F] {
            if nibble > 9 {
                return None;
            }
            s.push(char::from(b'0' + nibble));
        }
    }
    Some(s)
}

/// `cn` digits up to the `F` padding; `None` if a digit follows padding or a nibble is A-E.
fn cn_digits(bytes: &[u8]) -> Option<String> {
    let mut s = String::new();
    let mut padding = false;
    for b in bytes {
        for nibble in [b >> 4, b & 0x0F] {
            match nibble {
                0..=9 if !padding => s.push(char::from(b'0' + nibble)),
                0xF => padding = true,
                _ => return None,
            }
        }
    }
    Some(s)
}

fn is_text(bytes: &[u8]) -> bool {
    bytes.iter().all(|b| (0x20..0x7F).contains(b))
}

fn date(f: &mut fmt::Formatter<'_>, digits: &str) -> fmt::Result {
    let n = |r: core::ops::Range<usize>| digits[r].parse::<u32>().unwrap_or(0);
    let (yy, mm, dd) = (n(0..2), n(2..4), n(4..6));
    // EMV dates carry two year digits; 50-99 are read as 19xx.
    let year = if yy < 50 { 2000 + yy } else { 1900 + yy };
    if (1..=12).contains(&mm) && (1..=31).contains(&dd) {
        write!(f, "{year}-{mm:02}-{dd:02}")
    } else {
        write!(f, "{digits} (not a YYMMDD date)")
    }
}

impl fmt::Display for ShownValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.value;
        let Some(info) = self.info else {
            return hex(f, v);
        };
        let reveal = self.options.reveal_card_data;
        match info.show {
            Some(Show::Amount) => {
                let Ok(amount) = Amount::from_n12(v) else {
                    hex(f, v)?;
                    return f.write_str(" (not an n12 amount)");
                };
                let currency = self.options.currency;
                let exponent = currency.and_then(|c| c.exponent()).unwrap_or(2);
                write!(f, "{}", amount.display(u32::from(exponent)))?;
                match currency {
                    Some(c) => write!(f, " {}", c.code()),
                    None => Ok(()),
                }
            }
            Some(Show::Currency) => match currency_from_n3(v) {
                Some(c) => write!(f, "{} ({})", c.code(), c.name()),
                None => {
                    hex(f, v)?;
                    f.write_str(" (unknown currency)")
                }
            },
            Some(Show::Country) => match bcd_number(v) {
                Some(n) => write!(f, "{n:03} (ISO 3166 numeric)"),
                None => hex(f, v),
            },
            Some(Show::Date) => match bcd_digits(v) {
                Some(d) if d.len() == 6 => date(f, &d),
                _ => hex(f, v),
            },
            Some(Show::Time) => match bcd_digits(v) {
                Some(d) if d.len() == 6 => write!(f, "{}:{}:{}", &d[0..2], &d[2..4], &d[4..6]),
                _ => hex(f, v),
            },
            Some(Show::Pan) => match cn_digits(v) {
                Some(d) if reveal => f.write_str(&d),
                Some(d) => f.write_str(&mask_pan(&d)),
                None if reveal => hex(f, v),
                None => write!(f, "({} bytes hidden)", v.len()),
            },
            Some(Show::Track2) => {
                // Nibbles: PAN, separator D, expiry, service code, discretionary data, F padding.
                let mut s = String::with_capacity(v.len() * 2);
                for b in v {
                    for nibble in [b >> 4, b & 0x0F] {
                        s.push(
                            char::from_digit(u32::from(nibble), 16)
                                .unwrap_or('?')
                                .to_ascii_uppercase(),
                        );
                    }
                }
                let s = s.trim_end_matches('F');
                if reveal {
                    return f.write_str(s);
                }
                match s.split_once('D') {
                    Some((pan, rest)) => {
                        write!(f, "{}D({} digits hidden)", mask_pan(pan), rest.len())
                    }
                    None => write!(f, "({} bytes hidden)", v.len()),
                }
            }
            None if !reveal && is_card_data(self.tag, Some(info)) => {
                write!(f, "({} bytes hidden)", v.len())
            }
            None => match info.format {
                Format::N => match bcd_digits(v) {
                    Some(d) => f.write_str(&d),
                    None => hex(f, v),
                },
                Format::Cn => match cn_digits(v) {
                    Some(d) => f.write_str(&d),
                    None => hex(f, v),
                },
                Format::A | Format::An | Format::Ans if is_text(v) => {
                    write!(f, "\"{}\"", String::from_utf8_lossy(v))
                }
                _ => hex(f, v),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dictionary;

    fn shown(tag: u32, v: &[u8], options: ShowOptions) -> String {
        let tag = Tag::from_u32(tag);
        show_value(tag, Dictionary::builtin().get(tag), v, options).to_string()
    }

    #[test]
    fn values_by_format() {
        let o = ShowOptions::default();
        let jpy = ShowOptions {
            currency: Some(Currency::JPY),
            ..o
        };
        let usd = ShowOptions {
            currency: Some(Currency::USD),
            ..o
        };
        let amount = [0, 0, 0, 0, 0x12, 0x34];
        assert_eq!(shown(0x9F02, &amount, o), "12.34");
        assert_eq!(shown(0x9F02, &amount, usd), "12.34 USD");
        assert_eq!(shown(0x9F02, &amount, jpy), "1234 JPY");
        assert_eq!(
            shown(0x9F02, &[0x1A, 0, 0, 0, 0, 0], o),
            "1A0000000000 (not an n12 amount)"
        );
        assert_eq!(
            shown(0x5F2A, &[0x08, 0x40], o),
            "USD (United States dollar)"
        );
        assert_eq!(shown(0x5F2A, &[0x00, 0x01], o), "0001 (unknown currency)");
        assert_eq!(shown(0x9F1A, &[0x08, 0x40], o), "840 (ISO 3166 numeric)");
        assert_eq!(shown(0x5F24, &[0x27, 0x12, 0x31], o), "2027-12-31");
        assert_eq!(
            shown(0x5F24, &[0x27, 0x13, 0x31], o),
            "271331 (not a YYMMDD date)"
        );
        assert_eq!(shown(0x9F21, &[0x13, 0x45, 0x07], o), "13:45:07");
        assert_eq!(shown(0x50, b"VISA CREDIT", o), "\"VISA CREDIT\"");
        assert_eq!(shown(0x50, &[0x00, 0xFF], o), "00FF");
        assert_eq!(shown(0x9C, &[0x00], o), "00");
        assert_eq!(shown(0x9F26, &[0xAB, 0xCD], o), "ABCD");
        assert_eq!(shown(0xDF7F, &[0x01], o), "01");
    }

    #[test]
    fn card_data_is_masked_unless_revealed() {
        let o = ShowOptions::default();
        let reveal = ShowOptions {
            reveal_card_data: true,
            ..o
        };
        let pan = [0x47, 0x61, 0x73, 0x90, 0x01, 0x01, 0x00, 0x10];
        assert_eq!(shown(0x5A, &pan, o), "476173******0010");
        assert_eq!(shown(0x5A, &pan, reveal), "4761739001010010");
        let track2 = [
            0x47, 0x61, 0x73, 0x90, 0x01, 0x01, 0x00, 0x10, 0xD2, 0x71, 0x22, 0x01, 0x1F,
        ];
        assert_eq!(
            shown(0x57, &track2, o),
            "476173******0010D(8 digits hidden)"
        );
        assert_eq!(shown(0x57, &track2, reveal), "4761739001010010D27122011");
        assert_eq!(shown(0x5F20, b"CARDHOLDER/TEST", o), "(15 bytes hidden)");
        assert_eq!(
            shown(0x5F20, b"CARDHOLDER/TEST", reveal),
            "\"CARDHOLDER/TEST\""
        );
    }
}
