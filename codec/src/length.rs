//! Length fields: short form and long forms `81`..`84`.

use crate::error::{DecodeError, ErrorKind};
use crate::options::DecodeOptions;
use crate::sink::Writer;

/// The form a length field was (or will be) written in.
///
/// Decoding remembers the form it read so that re-encoding reproduces
/// non-minimal lengths such as `82 00 10` exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LengthForm {
    /// The minimal (DER) form for whatever length is written.
    #[default]
    Minimal,
    /// One byte `00..=7F`.
    Short,
    /// `80 | n` followed by `n` (1..=4) length bytes.
    Long(u8),
}

/// Most length bytes after the `8n` byte.
const MAX_LONG_BYTES: u8 = 4;

impl LengthForm {
    /// The smallest concrete form ([`Short`](LengthForm::Short) or
    /// [`Long`](LengthForm::Long)) that holds `len`.
    #[inline(always)]
    pub const fn minimal_for(len: usize) -> LengthForm {
        if len < 0x80 {
            LengthForm::Short
        } else if len <= 0xFF {
            LengthForm::Long(1)
        } else if len <= 0xFFFF {
            LengthForm::Long(2)
        } else if len <= 0xFF_FFFF {
            LengthForm::Long(3)
        } else {
            LengthForm::Long(4)
        }
    }

    /// The concrete form used to write `len`: this form when it can hold `len`,
    /// otherwise the minimal one (also for `Minimal` and invalid `Long(0)`/`Long(5..)`).
    #[inline(always)]
    pub const fn resolve(self, len: usize) -> LengthForm {
        match self {
            LengthForm::Short if len < 0x80 => LengthForm::Short,
            LengthForm::Long(n) if n >= 1 && n <= MAX_LONG_BYTES => {
                // `n` bytes hold values below 2^(8n); n = 4 holds all of u32.
                if n == MAX_LONG_BYTES || (len as u64) < (1u64 << (8 * n as u32)) {
                    LengthForm::Long(n)
                } else {
                    LengthForm::minimal_for(len)
                }
            }
            _ => LengthForm::minimal_for(len),
        }
    }

    /// Bytes the length field takes when `len` is written in this form.
    #[inline(always)]
    pub const fn field_len(self, len: usize) -> usize {
        match self.resolve(len) {
            LengthForm::Long(n) => 1 + n as usize,
            _ => 1,
        }
    }

    /// Whether this is the form [`LengthForm::minimal_for`] picks for `len`
    /// (`Minimal` counts as minimal).
    #[inline]
    pub const fn is_minimal_for(self, len: usize) -> bool {
        match (self, LengthForm::minimal_for(len)) {
            (LengthForm::Minimal, _) | (LengthForm::Short, LengthForm::Short) => true,
            (LengthForm::Long(a), LengthForm::Long(b)) => a == b,
            _ => false,
        }
    }
}

/// A length field read from the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LengthField {
    /// The declared value length.
    pub length: usize,
    /// The form it was written in (`Short` or `Long(n)`).
    pub form: LengthForm,
    /// Bytes the field took.
    pub field_len: usize,
}

/// Reads a length field from the front of `input`; `offset` is the absolute
/// position of `input[0]`, used in errors.
///
/// Checks, in order: supported form ([`ErrorKind::BadLengthForm`]), enough
/// bytes for the field ([`ErrorKind::Truncated`]), the limit
/// ([`ErrorKind::LengthTooLarge`]), then minimality in strict mode
/// ([`ErrorKind::NonMinimalLength`]). Whether the value itself fits in the
/// input is the caller's check.
#[inline]
pub fn read_length(
    input: &[u8],
    offset: usize,
    options: &DecodeOptions,
) -> Result<LengthField, DecodeError> {
    length_at(input, options).map_err(|kind| DecodeError::new(kind, offset))
}

/// [`read_length`] without the offset: the error is only its kind.
#[inline]
pub(crate) fn length_at(input: &[u8], options: &DecodeOptions) -> Result<LengthField, ErrorKind> {
    let Some(&first) = input.first() else {
        return Err(ErrorKind::Truncated {
            needed: 1,
            available: 0,
        });
    };
    if first < 0x80 {
        return check_limit(first as usize, options).map(|length| LengthField {
            length,
            form: LengthForm::Short,
            field_len: 1,
        });
    }
    let count = first & 0x7F;
    if count == 0 || count > MAX_LONG_BYTES {
        return Err(ErrorKind::BadLengthForm { first_byte: first });
    }
    let field_len = 1 + count as usize;
    let Some(digits) = input.get(1..field_len) else {
        return Err(ErrorKind::Truncated {
            needed: field_len,
            available: input.len(),
        });
    };
    let declared = digits.iter().fold(0u32, |acc, &b| (acc << 8) | b as u32);
    // Where usize is narrower than 32 bits, anything that does not fit is over any limit.
    let declared = usize::try_from(declared).unwrap_or(usize::MAX);
    let length = check_limit(declared, options)?;
    let form = LengthForm::Long(count);
    if options.strict_der && !form.is_minimal_for(length) {
        return Err(ErrorKind::NonMinimalLength { length });
    }
    Ok(LengthField {
        length,
        form,
        field_len,
    })
}

#[inline]
fn check_limit(length: usize, options: &DecodeOptions) -> Result<usize, ErrorKind> {
    if length > options.max_length {
        Err(ErrorKind::LengthTooLarge {
            length,
            max: options.max_length,
        })
    } else {
        Ok(length)
    }
}

/// Writes a length field for `len` in `form` (falling back to the minimal form
/// when `form` cannot hold `len`).
///
/// # Panics
///
/// If `len` exceeds `u32::MAX`: no length field can express it.
pub fn write_length<W: Writer + ?Sized>(out: &mut W, form: LengthForm, len: usize) {
    let mut field = [0u8; 5];
    let n = length_field(&mut field, form, len);
    out.write(&field[..n]);
}

/// Puts the length field for `len` in `form` at the front of `buf`; returns its size.
/// One buffer, so a header is one write (writers pay per call).
///
/// # Panics
///
/// If `len` exceeds `u32::MAX`.
#[inline(always)]
pub(crate) fn length_field(buf: &mut [u8; 5], form: LengthForm, len: usize) -> usize {
    match form.resolve(len) {
        LengthForm::Long(n) => {
            let len = u32::try_from(len).expect("a TLV value is at most u32::MAX bytes");
            let n = n as usize;
            buf[0] = 0x80 | n as u8;
            buf[1..=n].copy_from_slice(&len.to_be_bytes()[4 - n..]);
            1 + n
        }
        _ => {
            buf[0] = len as u8;
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    fn written(form: LengthForm, len: usize) -> Vec<u8> {
        let mut out = Vec::new();
        write_length(&mut out, form, len);
        assert_eq!(out.len(), form.field_len(len));
        out
    }

    #[test]
    fn minimal_forms() {
        assert_eq!(written(LengthForm::Minimal, 0), [0x00]);
        assert_eq!(written(LengthForm::Minimal, 0x7F), [0x7F]);
        assert_eq!(written(LengthForm::Minimal, 0x80), [0x81, 0x80]);
        assert_eq!(written(LengthForm::Minimal, 0x1C3), [0x82, 0x01, 0xC3]);
        assert_eq!(
            written(LengthForm::Minimal, 0x10000),
            [0x83, 0x01, 0x00, 0x00]
        );
        assert_eq!(
            written(LengthForm::Minimal, 0x0100_0000),
            [0x84, 0x01, 0x00, 0x00, 0x00]
        );
    }

    #[test]
    fn recorded_forms_are_kept_when_they_fit() {
        assert_eq!(written(LengthForm::Long(2), 0x10), [0x82, 0x00, 0x10]);
        assert_eq!(written(LengthForm::Long(4), 0), [0x84, 0, 0, 0, 0]);
        assert_eq!(written(LengthForm::Long(1), 0x100), [0x82, 0x01, 0x00]);
        assert_eq!(written(LengthForm::Short, 0x80), [0x81, 0x80]);
        assert_eq!(written(LengthForm::Long(0), 5), [0x05]);
        assert_eq!(written(LengthForm::Long(9), 5), [0x05]);
    }

    #[test]
    fn reads_every_form() {
        let lenient = DecodeOptions::default();
        let read = |bytes: &[u8]| read_length(bytes, 0, &lenient).unwrap();
        assert_eq!(
            read(&[0x05]),
            LengthField {
                length: 5,
                form: LengthForm::Short,
                field_len: 1
            }
        );
        assert_eq!(read(&[0x82, 0x00, 0x10]).form, LengthForm::Long(2));
        assert_eq!(read(&[0x82, 0x00, 0x10]).length, 0x10);
        assert_eq!(read(&[0x83, 0x0A, 0x00, 0x00]).length, 0xA0000);
        let strict = DecodeOptions::strict();
        assert_eq!(
            read_length(&[0x82, 0x00, 0x10], 4, &strict).unwrap_err(),
            DecodeError::new(ErrorKind::NonMinimalLength { length: 16 }, 4)
        );
        assert!(read_length(&[0x82, 0x01, 0x00], 0, &strict).is_ok());
    }
}
