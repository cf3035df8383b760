//! AES DUKPT, ANSI X9.24-3: initial key from a BDK and the initial key ID,
//! intermediate derivation keys along the counter's one-bits, and the working
//! key of a key usage.

use crate::encryption_type::{Algorithm, EncryptionType, KeyUsage};
use crate::error::{CounterProblem, Error, Unsupported};
use crate::key::SecretKey;
use aes::{Aes128, Aes256};
use cipher::generic_array::GenericArray;
use cipher::{BlockEncrypt, KeyInit};
use zeroize::Zeroizing;

/// KSN length: 8-byte initial key ID and 4-byte counter.
pub const KSN_LEN: usize = 12;
/// The originator never uses a counter with more one-bits than this.
const MAX_ONE_BITS: u32 = 16;
/// Key usage of intermediate derivation keys.
const USAGE_KEY_DERIVATION: u16 = 0x8000;
/// Key usage of the initial key derived from the BDK.
const USAGE_INITIAL_KEY: u16 = 0x8001;

/// The X9.24-3 algorithm indicator and key length in bits.
fn algorithm_code(algorithm: Algorithm) -> Result<(u16, u16), Error> {
    match algorithm {
        Algorithm::Aes128 => Ok((0x0002, 128)),
        Algorithm::Aes256 => Ok((0x0004, 256)),
        Algorithm::Tdes => Err(Error::UnsupportedEncryptionType {
            byte: EncryptionType {
                algorithm,
                usage: KeyUsage::TdesData,
            }
            .to_byte(),
            reason: Unsupported::UsageNotForAlgorithm,
        }),
    }
}

/// The 16-byte derivation data block (X9.24-3 section 6.3.2).
fn derivation_data(usage: u16, algorithm: Algorithm, tail: [u8; 8]) -> Result<[u8; 16], Error> {
    let (code, bits) = algorithm_code(algorithm)?;
    let mut data = [0u8; 16];
    data[0] = 0x01; // version
    data[1] = 0x01; // key block counter, set per block in `derive`
    data[2..4].copy_from_slice(&usage.to_be_bytes());
    data[4..6].copy_from_slice(&code.to_be_bytes());
    data[6..8].copy_from_slice(&bits.to_be_bytes());
    data[8..].copy_from_slice(&tail);
    Ok(data)
}

/// Encrypts one block per 128 bits of the new key with `key` (counter mode KDF).
fn derive(key: &SecretKey, algorithm: Algorithm, mut data: [u8; 16]) -> Result<SecretKey, Error> {
    let len = algorithm.key_len();
    let key = key.check_len(len)?;
    let mut out = Zeroizing::new([0u8; 32]);
    for (i, chunk) in out[..len].chunks_exact_mut(16).enumerate() {
        data[1] = i as u8 + 1;
        let mut block = GenericArray::from(data);
        match algorithm {
            Algorithm::Aes256 => {
                Aes256::new(GenericArray::from_slice(key)).encrypt_block(&mut block)
            }
            _ => Aes128::new(GenericArray::from_slice(key)).encrypt_block(&mut block),
        }
        chunk.copy_from_slice(&block);
    }
    SecretKey::new(&out[..len])
}

fn split_ksn(ksn: &[u8]) -> Result<([u8; 8], u32), Error> {
    let ksn: [u8; KSN_LEN] = ksn.try_into().map_err(|_| Error::BadKsnLength {
        expected: KSN_LEN,
        found: ksn.len(),
    })?;
    let mut id = [0u8; 8];
    id.copy_from_slice(&ksn[..8]);
    Ok((id, u32::from_be_bytes([ksn[8], ksn[9], ksn[10], ksn[11]])))
}

/// The 4-byte counter of a KSN.
pub fn counter(ksn: &[u8]) -> Result<u32, Error> {
    split_ksn(ksn).map(|(_, counter)| counter)
}

/// Derives the initial key from the BDK and the KSN's initial key ID (its first 8 bytes).
pub fn initial_key(bdk: &SecretKey, algorithm: Algorithm, ksn: &[u8]) -> Result<SecretKey, Error> {
    let (id, _) = split_ksn(ksn)?;
    derive(
        bdk,
        algorithm,
        derivation_data(USAGE_INITIAL_KEY, algorithm, id)?,
    )
}

/// The derivation data tail of working and intermediate keys: the initial key
/// ID's last four bytes and a counter.
fn tail(id: &[u8; 8], counter: u32) -> [u8; 8] {
    let mut t = [0u8; 8];
    t[..4].copy_from_slice(&id[4..]);
    t[4..].copy_from_slice(&counter.to_be_bytes());
    t
}

/// Derives the working key of `usage` for `ksn` from the initial key.
pub fn working_key(
    initial: &SecretKey,
    algorithm: Algorithm,
    usage: KeyUsage,
    ksn: &[u8],
) -> Result<SecretKey, Error> {
    let (id, counter) = split_ksn(ksn)?;
    let problem = if counter == 0 {
        Some(CounterProblem::Zero)
    } else if counter.count_ones() > MAX_ONE_BITS {
        Some(CounterProblem::TooManyOneBits)
    } else {
        None
    };
    if let Some(problem) = problem {
        return Err(Error::BadCounter { counter, problem });
    }
    let Some(code) = usage.aes_code() else {
        return Err(Error::UnsupportedEncryptionType {
            byte: EncryptionType { algorithm, usage }.to_byte(),
            reason: Unsupported::UsageNotForAlgorithm,
        });
    };
    let mut key = initial.clone();
    let mut so_far = 0u32;
    for bit in (0..32).rev() {
        let mask = 1u32 << bit;
        if counter & mask != 0 {
            so_far |= mask;
            let data = derivation_data(USAGE_KEY_DERIVATION, algorithm, tail(&id, so_far))?;
            key = derive(&key, algorithm, data)?;
        }
    }
    derive(
        &key,
        algorithm,
        derivation_data(code, algorithm, tail(&id, counter))?,
    )
}
