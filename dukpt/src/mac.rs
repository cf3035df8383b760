//! The MAC readers append to ARQC and batch data (manual, "About Message
//! Authentication Codes (MAC)"): TDES DUKPT uses a CBC-MAC (ISO 16609 C.4,
//! ISO 9797-1 padding method 1), AES DUKPT uses CMAC (NIST SP 800-38B); both
//! keep the leftmost [`MAC_LEN`] bytes.

use crate::encryption_type::{Algorithm, EncryptionType};
use crate::error::{Error, Unsupported};
use crate::key::{KeySource, SecretKey};
use cipher::generic_array::GenericArray;
use cipher::{BlockEncrypt, KeyInit};
use subtle::ConstantTimeEq as _;
use zeroize::Zeroizing;

/// Bytes of MAC a reader sends: the leftmost bytes of the last CBC block or the CMAC.
pub const MAC_LEN: usize = 4;

/// Computes the MAC of `data` under the DUKPT key that `mac_type` (a MAC
/// Encryption Type, e.g. `DFDF55`) names for `ksn` (the MAC KSN, `DFDF54`).
///
/// Only MAC usages are accepted: a data or PIN Encryption Type is refused.
///
/// ```
/// use mms_dukpt::{mac, verify_mac, EncryptionType, KeySource, SecretKey};
/// let bdk = KeySource::Bdk(SecretKey::from_hex("FEDCBA9876543210F1F1F1F1F1F1F1F1")?);
/// let ksn = [0x12, 0x34, 0x56, 0x78, 0x90, 0x12, 0x34, 0x56, 0, 0, 0, 1];
/// let kind = EncryptionType::from_byte(0x98)?; // DUKPT, AES-128, MAC generate
/// let tag = mac(&bdk, kind, &ksn, b"2-byte length, F9 and padding")?;
/// assert!(verify_mac(&bdk, kind, &ksn, b"2-byte length, F9 and padding", &tag)?);
/// assert!(!verify_mac(&bdk, kind, &ksn, b"2-byte length, F9 and paddinG", &tag)?);
/// # Ok::<(), mms_dukpt::Error>(())
/// ```
pub fn mac(
    source: &KeySource,
    mac_type: EncryptionType,
    ksn: &[u8],
    data: &[u8],
) -> Result<[u8; MAC_LEN], Error> {
    if !mac_type.usage.is_mac() {
        return Err(Error::UnsupportedEncryptionType {
            byte: mac_type.to_byte(),
            reason: Unsupported::NotAMacKey,
        });
    }
    let key = crate::derive_key(source, mac_type, ksn)?;
    let full = full_mac(mac_type.algorithm, &key, data)?;
    let mut out = [0u8; MAC_LEN];
    out.copy_from_slice(&full[..MAC_LEN]);
    Ok(out)
}

/// Whether `expected` (the MAC received) is the MAC of `data`; compared in constant time.
///
/// A MAC of another length than [`MAC_LEN`] does not match.
pub fn verify_mac(
    source: &KeySource,
    mac_type: EncryptionType,
    ksn: &[u8],
    data: &[u8],
    expected: &[u8],
) -> Result<bool, Error> {
    let computed = mac(source, mac_type, ksn, data)?;
    Ok(expected.len() == MAC_LEN && bool::from(computed.ct_eq(expected)))
}

/// The whole MAC (8 bytes for TDES, 16 for AES) of `data` under a derived MAC key.
fn full_mac(algorithm: Algorithm, key: &SecretKey, data: &[u8]) -> Result<Vec<u8>, Error> {
    Ok(match algorithm {
        Algorithm::Tdes => tdes_cbc_mac(key.check_len(16)?, data).to_vec(),
        Algorithm::Aes128 => aes_cmac::<cmac::Cmac<aes::Aes128>>(key.check_len(16)?, data),
        Algorithm::Aes256 => aes_cmac::<cmac::Cmac<aes::Aes256>>(key.check_len(32)?, data),
    })
}

/// The MAC `M` (here RustCrypto's `Cmac<Aes128>` or `Cmac<Aes256>`) of `data`;
/// `key` has the cipher's length.
fn aes_cmac<M: cmac::Mac + KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = <M as KeyInit>::new(GenericArray::from_slice(key));
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

/// CBC-MAC with double-length TDES and a zero IV: the data padded with zero bytes
/// to whole blocks (ISO 9797-1 method 1; empty data is one zero block), each
/// block XORed into the chain and encrypted; the last block is the MAC.
fn tdes_cbc_mac(key: &[u8], data: &[u8]) -> [u8; 8] {
    let cipher = des::TdesEde2::new(GenericArray::from_slice(key));
    let mut chain = Zeroizing::new([0u8; 8]);
    let blocks = data.len().div_ceil(8).max(1);
    for i in 0..blocks {
        let start = i * 8;
        let part = &data[start.min(data.len())..(start + 8).min(data.len())];
        for (c, d) in chain.iter_mut().zip(part) {
            *c ^= d;
        }
        cipher.encrypt_block(GenericArray::from_mut_slice(&mut chain[..]));
    }
    *chain
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::KeyUsage;
    use cipher::{BlockEncryptMut, KeyIvInit};

    fn unhex(s: &str) -> Vec<u8> {
        hex::decode(s.replace(' ', "")).unwrap()
    }

    /// NIST SP 800-38B, Appendix D.1 (AES-128), examples 1 to 4.
    #[test]
    fn aes_cmac_matches_sp800_38b() {
        let key = SecretKey::from_hex("2b7e151628aed2a6abf7158809cf4f3c").unwrap();
        let message = unhex(concat!(
            "6bc1bee22e409f96e93d7e117393172a",
            "ae2d8a571e03ac9c9eb76fac45af8e51",
            "30c81c46a35ce411e5fbc1191a0a52ef",
            "f69f2445df4f9b17ad2b417be66c3710"
        ));
        for (len, expected) in [
            (0, "bb1d6929e95937287fa37d129b756746"),
            (16, "070a16b46b4d4144f79bdd9dd04a287c"),
            (40, "dfa66747de9ae63030ca32611497c827"),
            (64, "51f0bebf7e3b9d92fc49741779363cfe"),
        ] {
            let mac = full_mac(Algorithm::Aes128, &key, &message[..len]).unwrap();
            assert_eq!(hex::encode(mac), expected, "{len} bytes");
        }
    }

    /// The CBC-MAC is the last block of CBC encryption (RustCrypto `cbc`, zero IV)
    /// of the zero-padded data.
    #[test]
    fn tdes_cbc_mac_is_the_last_cbc_block() {
        let key = unhex("0123456789ABCDEFFEDCBA9876543210");
        for len in [0usize, 1, 7, 8, 9, 16, 23, 100] {
            let data: Vec<u8> = (0..len as u8).map(|b| b.wrapping_mul(37)).collect();
            let mut padded = data.clone();
            padded.resize(len.div_ceil(8).max(1) * 8, 0);
            let mut cbc = cbc::Encryptor::<des::TdesEde2>::new_from_slices(&key, &[0; 8]).unwrap();
            for block in padded.chunks_exact_mut(8) {
                cbc.encrypt_block_mut(GenericArray::from_mut_slice(block));
            }
            let last = &padded[padded.len() - 8..];
            assert_eq!(tdes_cbc_mac(&key, &data), last, "{len} bytes");
        }
    }

    /// An independent check of the TDES CBC-MAC: `openssl enc -des-ede-cbc -nopad`
    /// of the same bytes (key 0123456789ABCDEFFEDCBA9876543210, zero IV) ends with this block.
    #[test]
    fn tdes_cbc_mac_known_value() {
        let key = unhex("0123456789ABCDEFFEDCBA9876543210");
        let data = b"Now is the time for all ";
        assert_eq!(
            hex::encode_upper(tdes_cbc_mac(&key, data)),
            OPENSSL_LAST_BLOCK
        );
    }
    const OPENSSL_LAST_BLOCK: &str = "93462A6DB9B4A4D1";

    #[test]
    fn derived_mac_keys_verify_and_reject() {
        let ksn_aes = [0x12, 0x34, 0x56, 0x78, 0x90, 0x12, 0x34, 0x56, 0, 0, 0, 7];
        let ksn_tdes = [0xFF, 0xFF, 0x98, 0x76, 0x54, 0x32, 0x10, 0xE0, 0, 7];
        let data = [0xA5u8; 48];
        for (bdk, byte, ksn) in [
            ("FEDCBA9876543210F1F1F1F1F1F1F1F1", 0x98, &ksn_aes[..]),
            ("FEDCBA9876543210F1F1F1F1F1F1F1F1", 0x9A, &ksn_aes[..]),
            ("0123456789ABCDEFFEDCBA9876543210", 0x82, &ksn_tdes[..]),
        ] {
            let source = KeySource::Bdk(SecretKey::from_hex(bdk).unwrap());
            let kind = EncryptionType::from_byte(byte).unwrap();
            let tag = mac(&source, kind, ksn, &data).unwrap();
            assert!(verify_mac(&source, kind, ksn, &data, &tag).unwrap());
            let mut flipped = data;
            flipped[17] ^= 1;
            assert!(!verify_mac(&source, kind, ksn, &flipped, &tag).unwrap());
            assert!(!verify_mac(&source, kind, ksn, &data, &tag[..3]).unwrap());
            // The MAC key is the usage's own: the data key gives another MAC.
            let data_kind = EncryptionType {
                usage: if byte == 0x82 {
                    KeyUsage::TdesData
                } else {
                    KeyUsage::AesDataBoth
                },
                ..kind
            };
            assert_eq!(
                mac(&source, data_kind, ksn, &data).unwrap_err(),
                Error::UnsupportedEncryptionType {
                    byte: data_kind.to_byte(),
                    reason: Unsupported::NotAMacKey
                }
            );
        }
    }
}
