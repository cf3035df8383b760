//! TDES DUKPT, ANSI X9.24-1: initial key (IPEK) from a BDK, transaction keys
//! from the IPEK and KSN, and the variants that turn them into usable keys.

use crate::encryption_type::{Algorithm, EncryptionType, KeyUsage};
use crate::error::{CounterProblem, Error, Unsupported};
use crate::key::SecretKey;
use cipher::generic_array::GenericArray;
use cipher::{BlockEncrypt, KeyInit};
use des::{Des, TdesEde2};
use zeroize::Zeroizing;

/// KSN length: 59-bit initial key serial number and 21-bit counter.
pub const KSN_LEN: usize = 10;
const KEY_LEN: usize = 16;
const COUNTER_BITS: u32 = 21;
const COUNTER_MASK: u32 = (1 << COUNTER_BITS) - 1;
/// The originator never uses a counter with more one-bits than this.
const MAX_ONE_BITS: u32 = 10;
/// XOR mask applied to a key to get the left half of a derived key (X9.24-1).
const KEY_MASK: [u8; KEY_LEN] = [
    0xC0, 0xC0, 0xC0, 0xC0, 0, 0, 0, 0, 0xC0, 0xC0, 0xC0, 0xC0, 0, 0, 0, 0,
];

type Key16 = Zeroizing<[u8; KEY_LEN]>;

fn ksn_bytes(ksn: &[u8]) -> Result<[u8; KSN_LEN], Error> {
    ksn.try_into().map_err(|_| Error::BadKsnLength {
        expected: KSN_LEN,
        found: ksn.len(),
    })
}

fn key_bytes(key: &SecretKey) -> Result<Key16, Error> {
    let bytes = key.check_len(KEY_LEN)?;
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    out.copy_from_slice(bytes);
    Ok(out)
}

/// The 21-bit transaction counter of a KSN.
pub fn counter(ksn: &[u8]) -> Result<u32, Error> {
    let k = ksn_bytes(ksn)?;
    Ok(u32::from_be_bytes([0, k[7], k[8], k[9]]) & COUNTER_MASK)
}

fn xor_mask(key: &[u8; KEY_LEN], mask: &[u8; KEY_LEN]) -> Key16 {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    for (o, (k, m)) in out.iter_mut().zip(key.iter().zip(mask)) {
        *o = k ^ m;
    }
    out
}

fn tdes_encrypt(key: &[u8; KEY_LEN], block: &mut [u8; 8]) {
    TdesEde2::new(GenericArray::from_slice(key)).encrypt_block(GenericArray::from_mut_slice(block));
}

/// Derives the initial key (IPEK) from a double-length BDK and any KSN of the device.
pub fn initial_key(bdk: &SecretKey, ksn: &[u8]) -> Result<SecretKey, Error> {
    let bdk = key_bytes(bdk)?;
    let ksn = ksn_bytes(ksn)?;
    let mut base = [0u8; 8];
    base.copy_from_slice(&ksn[..8]);
    base[7] &= 0xE0; // counter bits cleared
    let mut ipek = Zeroizing::new([0u8; KEY_LEN]);
    let (left, right) = ipek.split_at_mut(8);
    let mut block = base;
    tdes_encrypt(&bdk, &mut block);
    left.copy_from_slice(&block);
    let mut block = base;
    tdes_encrypt(&xor_mask(&bdk, &KEY_MASK), &mut block);
    right.copy_from_slice(&block);
    SecretKey::new(&ipek[..])
}

/// One step of the non-reversible key generation process.
fn non_reversible_key(key: &[u8; KEY_LEN], data: &[u8; 8]) -> Key16 {
    let half = |key: &[u8; KEY_LEN]| {
        let mut reg = Zeroizing::new([0u8; 8]);
        for (r, (d, k)) in reg.iter_mut().zip(data.iter().zip(&key[8..])) {
            *r = d ^ k;
        }
        Des::new(GenericArray::from_slice(&key[..8]))
            .encrypt_block(GenericArray::from_mut_slice(&mut reg[..]));
        for (r, k) in reg.iter_mut().zip(&key[8..]) {
            *r ^= k;
        }
        reg
    };
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    out[..8].copy_from_slice(&half(&xor_mask(key, &KEY_MASK))[..]);
    out[8..].copy_from_slice(&half(key)[..]);
    out
}

/// Derives the transaction key for `ksn` from the initial key (IPEK).
pub fn transaction_key(ipek: &SecretKey, ksn: &[u8]) -> Result<SecretKey, Error> {
    let mut key = key_bytes(ipek)?;
    let ksn = ksn_bytes(ksn)?;
    let counter = counter(&ksn)?;
    check_counter(counter)?;
    // The rightmost 64 bits of the KSN with the counter cleared, then its bits set one by one.
    let mut reg = u64::from_be_bytes([
        ksn[2], ksn[3], ksn[4], ksn[5], ksn[6], ksn[7], ksn[8], ksn[9],
    ]) & !u64::from(COUNTER_MASK);
    for bit in (0..COUNTER_BITS).rev() {
        let shift = 1u64 << bit;
        if u64::from(counter) & shift != 0 {
            reg |= shift;
            key = non_reversible_key(&key, &reg.to_be_bytes());
        }
    }
    SecretKey::new(&key[..])
}

fn check_counter(counter: u32) -> Result<(), Error> {
    let problem = if counter == 0 {
        CounterProblem::Zero
    } else if counter.count_ones() > MAX_ONE_BITS {
        CounterProblem::TooManyOneBits
    } else {
        return Ok(());
    };
    Err(Error::BadCounter { counter, problem })
}

/// Turns a transaction key into the key for `usage`; AES usages are refused.
pub fn usage_key(transaction_key: &SecretKey, usage: KeyUsage) -> Result<SecretKey, Error> {
    let key = key_bytes(transaction_key)?;
    let variant = |byte: usize| {
        let mut mask = [0u8; KEY_LEN];
        mask[byte] = 0xFF;
        mask[byte + 8] = 0xFF;
        xor_mask(&key, &mask)
    };
    let out = match usage {
        KeyUsage::TdesPin => variant(7),
        KeyUsage::TdesMac => variant(6),
        KeyUsage::TdesMacVerify => variant(4),
        KeyUsage::TdesData => variant(5),
        KeyUsage::TdesDataEncrypt => {
            // The data variant, each half encrypted under the variant itself.
            let data = variant(5);
            let mut out = Zeroizing::new([0u8; KEY_LEN]);
            for (half, chunk) in out.chunks_exact_mut(8).zip(data.chunks_exact(8)) {
                let mut block = Zeroizing::new([0u8; 8]);
                block.copy_from_slice(chunk);
                tdes_encrypt(&data, &mut block);
                half.copy_from_slice(&block[..]);
            }
            out
        }
        _ => {
            let named = EncryptionType {
                algorithm: Algorithm::Tdes,
                usage,
            };
            return Err(Error::UnsupportedEncryptionType {
                byte: named.to_byte(),
                reason: Unsupported::UsageNotForAlgorithm,
            });
        }
    };
    SecretKey::new(&out[..])
}

#[cfg(test)]
mod tests {
    use super::*;

    const BDK: &str = "0123456789ABCDEFFEDCBA9876543210";

    fn hex(key: &SecretKey) -> String {
        key.expose().iter().map(|b| format!("{b:02X}")).collect()
    }

    fn ksn(counter: u32) -> [u8; KSN_LEN] {
        let mut k = [0xFF, 0xFF, 0x98, 0x76, 0x54, 0x32, 0x10, 0xE0, 0, 0];
        k[7] |= (counter >> 16) as u8;
        k[8] = (counter >> 8) as u8;
        k[9] = counter as u8;
        k
    }

    #[test]
    fn counter_rules() {
        assert_eq!(counter(&ksn(0x1F_FFFF)), Ok(0x1F_FFFF));
        let ipek = SecretKey::from_hex(BDK).unwrap();
        let err = |c| transaction_key(&ipek, &ksn(c)).unwrap_err();
        assert!(matches!(
            err(0),
            Error::BadCounter {
                problem: CounterProblem::Zero,
                ..
            }
        ));
        assert!(matches!(
            err(0x7FF),
            Error::BadCounter {
                problem: CounterProblem::TooManyOneBits,
                ..
            }
        ));
        assert!(transaction_key(&ipek, &ksn(0x3FF)).is_ok());
    }

    #[test]
    fn bad_lengths_are_typed() {
        let bdk = SecretKey::from_hex(BDK).unwrap();
        assert_eq!(
            initial_key(&bdk, &[0; 9]).unwrap_err(),
            Error::BadKsnLength {
                expected: 10,
                found: 9
            }
        );
        let long = SecretKey::new(&[0; 32]).unwrap();
        assert_eq!(
            initial_key(&long, &ksn(1)).unwrap_err(),
            Error::BadKeyLength {
                expected: 16,
                found: 32
            }
        );
        assert_eq!(hex(&initial_key(&bdk, &ksn(5)).unwrap()).len(), 32);
    }
}
