//! The manual's Encryption Type byte (section 4.4, "Encryption Type"): which
//! DUKPT algorithm and key usage encrypted a piece of data.

use crate::error::{Error, Unsupported};
use core::fmt;

/// The cipher and key size of a DUKPT key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Algorithm {
    /// Double-length TDES DUKPT (ANSI X9.24-1).
    Tdes,
    /// AES DUKPT with 128-bit keys (ANSI X9.24-3).
    Aes128,
    /// AES DUKPT with 256-bit keys (ANSI X9.24-3).
    Aes256,
}

impl Algorithm {
    /// Key length in bytes (BDK, initial and working keys alike).
    pub fn key_len(self) -> usize {
        match self {
            Algorithm::Tdes | Algorithm::Aes128 => 16,
            Algorithm::Aes256 => 32,
        }
    }

    /// Cipher block size in bytes, which encrypted data is padded to.
    pub fn block_len(self) -> usize {
        match self {
            Algorithm::Tdes => 8,
            Algorithm::Aes128 | Algorithm::Aes256 => 16,
        }
    }

    /// KSN length in bytes: 10 for TDES, 12 for AES.
    pub fn ksn_len(self) -> usize {
        match self {
            Algorithm::Tdes => 10,
            Algorithm::Aes128 | Algorithm::Aes256 => 12,
        }
    }
}

/// The key a DUKPT transaction key is turned into before use.
///
/// TDES keys are variants (an XOR mask, X9.24-1); AES keys are derived for a
/// key usage (X9.24-3 derivation data, usage code in [`KeyUsage::aes_code`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KeyUsage {
    /// TDES data variant (`xxxx 0000`), used as is.
    TdesData,
    /// TDES PIN variant (`xxxx 0001`).
    TdesPin,
    /// TDES MAC variant (`xxxx 0010`).
    TdesMac,
    /// TDES data variant encrypted under itself (`xxxx 0011`, X9.24-1 data
    /// encryption key).
    TdesDataEncrypt,
    /// TDES MAC verify (response MAC) variant (`xxxx 0100`).
    TdesMacVerify,
    /// AES PIN encryption, usage 0x1000 (`xxxx 0111`).
    AesPin,
    /// AES MAC generation, usage 0x2000 (`xxxx 1000`).
    AesMacGenerate,
    /// AES MAC verification, usage 0x2001 (`xxxx 1001`).
    AesMacVerify,
    /// AES MAC both ways, usage 0x2002 (`xxxx 1010`).
    AesMacBoth,
    /// AES data encryption (encrypt), usage 0x3000 (`xxxx 1011`).
    AesDataEncrypt,
    /// AES data encryption (decrypt), usage 0x3001 (`xxxx 1100`).
    AesDataDecrypt,
    /// AES data encryption (both ways), usage 0x3002 (`xxxx 1101`).
    AesDataBoth,
}

impl KeyUsage {
    /// The X9.24-3 key usage code, for AES usages.
    pub fn aes_code(self) -> Option<u16> {
        Some(match self {
            KeyUsage::AesPin => 0x1000,
            KeyUsage::AesMacGenerate => 0x2000,
            KeyUsage::AesMacVerify => 0x2001,
            KeyUsage::AesMacBoth => 0x2002,
            KeyUsage::AesDataEncrypt => 0x3000,
            KeyUsage::AesDataDecrypt => 0x3001,
            KeyUsage::AesDataBoth => 0x3002,
            _ => return None,
        })
    }

    /// Whether the key encrypts data (rather than PINs or MACs).
    pub fn is_data(self) -> bool {
        matches!(
            self,
            KeyUsage::TdesData
                | KeyUsage::TdesDataEncrypt
                | KeyUsage::AesDataEncrypt
                | KeyUsage::AesDataDecrypt
                | KeyUsage::AesDataBoth
        )
    }

    /// Whether the key computes MACs (TDES MAC variants, AES MAC usages).
    pub fn is_mac(self) -> bool {
        matches!(
            self,
            KeyUsage::TdesMac
                | KeyUsage::TdesMacVerify
                | KeyUsage::AesMacGenerate
                | KeyUsage::AesMacVerify
                | KeyUsage::AesMacBoth
        )
    }

    fn is_tdes(self) -> bool {
        matches!(
            self,
            KeyUsage::TdesData
                | KeyUsage::TdesPin
                | KeyUsage::TdesMac
                | KeyUsage::TdesDataEncrypt
                | KeyUsage::TdesMacVerify
        )
    }
}

/// A decoded Encryption Type byte: a DUKPT algorithm and key usage.
///
/// ```
/// use mms_dukpt::{Algorithm, EncryptionType, KeyUsage};
/// let t = EncryptionType::from_byte(0x9D)?; // DUKPT, AES-128, data both ways
/// assert_eq!((t.algorithm, t.usage), (Algorithm::Aes128, KeyUsage::AesDataBoth));
/// assert_eq!(t.to_byte(), 0x9D);
/// # Ok::<(), mms_dukpt::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EncryptionType {
    /// Cipher and key size.
    pub algorithm: Algorithm,
    /// What the key is for.
    pub usage: KeyUsage,
}

const DUKPT_BIT: u8 = 0x80;

impl EncryptionType {
    /// Decodes the byte; fixed keys, reserved values and AES/TDES mixes are errors.
    pub fn from_byte(byte: u8) -> Result<EncryptionType, Error> {
        let refuse = |reason| Error::UnsupportedEncryptionType { byte, reason };
        if byte & DUKPT_BIT == 0 {
            return Err(refuse(Unsupported::FixedKey));
        }
        // Bit 7 is not defined by the manual: refused with the reserved algorithms.
        let algorithm = match (byte >> 4) & 0b111 {
            0b00 => Algorithm::Tdes,
            0b01 => Algorithm::Aes128,
            0b10 => Algorithm::Aes256,
            _ => return Err(refuse(Unsupported::ReservedAlgorithm)),
        };
        let usage = match byte & 0x0F {
            0x0 => KeyUsage::TdesData,
            0x1 => KeyUsage::TdesPin,
            0x2 => KeyUsage::TdesMac,
            0x3 => KeyUsage::TdesDataEncrypt,
            0x4 => KeyUsage::TdesMacVerify,
            0x7 => KeyUsage::AesPin,
            0x8 => KeyUsage::AesMacGenerate,
            0x9 => KeyUsage::AesMacVerify,
            0xA => KeyUsage::AesMacBoth,
            0xB => KeyUsage::AesDataEncrypt,
            0xC => KeyUsage::AesDataDecrypt,
            0xD => KeyUsage::AesDataBoth,
            _ => return Err(refuse(Unsupported::ReservedUsage)),
        };
        if usage.is_tdes() != (algorithm == Algorithm::Tdes) {
            return Err(refuse(Unsupported::UsageNotForAlgorithm));
        }
        Ok(EncryptionType { algorithm, usage })
    }

    /// The byte that names this type.
    pub fn to_byte(self) -> u8 {
        let algorithm = match self.algorithm {
            Algorithm::Tdes => 0x00,
            Algorithm::Aes128 => 0x10,
            Algorithm::Aes256 => 0x20,
        };
        let usage = match self.usage {
            KeyUsage::TdesData => 0x0,
            KeyUsage::TdesPin => 0x1,
            KeyUsage::TdesMac => 0x2,
            KeyUsage::TdesDataEncrypt => 0x3,
            KeyUsage::TdesMacVerify => 0x4,
            KeyUsage::AesPin => 0x7,
            KeyUsage::AesMacGenerate => 0x8,
            KeyUsage::AesMacVerify => 0x9,
            KeyUsage::AesMacBoth => 0xA,
            KeyUsage::AesDataEncrypt => 0xB,
            KeyUsage::AesDataDecrypt => 0xC,
            KeyUsage::AesDataBoth => 0xD,
        };
        DUKPT_BIT | algorithm | usage
    }
}

impl fmt::Display for EncryptionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:#04x} (DUKPT {:?}, {:?})",
            self.to_byte(),
            self.algorithm,
            self.usage
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_accepted_byte_round_trips_and_the_rest_are_refused() {
        let mut accepted = 0;
        for byte in 0..=255u8 {
            match EncryptionType::from_byte(byte) {
                Ok(t) => {
                    assert_eq!(t.to_byte(), byte);
                    accepted += 1;
                }
                Err(Error::UnsupportedEncryptionType { byte: b, .. }) => assert_eq!(b, byte),
                Err(other) => panic!("{other:?}"),
            }
        }
        // 5 TDES usages, 7 AES usages for each of 2 AES sizes.
        assert_eq!(accepted, 5 + 7 * 2);
    }

    #[test]
    fn fixed_keys_and_reserved_values_say_why() {
        let reason = |b| match EncryptionType::from_byte(b) {
            Err(Error::UnsupportedEncryptionType { reason, .. }) => reason,
            other => panic!("{other:?}"),
        };
        assert_eq!(reason(0x00), Unsupported::FixedKey);
        assert_eq!(reason(0xB0), Unsupported::ReservedAlgorithm);
        assert_eq!(reason(0x85), Unsupported::ReservedUsage);
        assert_eq!(reason(0x90), Unsupported::UsageNotForAlgorithm);
        assert_eq!(reason(0x8D), Unsupported::UsageNotForAlgorithm);
    }
}
