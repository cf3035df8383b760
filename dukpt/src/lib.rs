#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod aes_dukpt;
mod container;
mod encryption_type;
mod error;
mod key;
mod mac;
pub mod tdes;

pub use container::{find_encrypted, EncryptedData, EncryptedTags, FoundEncrypted};
pub use encryption_type::{Algorithm, EncryptionType, KeyUsage};
pub use error::{CounterProblem, Error, Unsupported};
pub use key::{KeySource, SecretKey};
pub use mac::{mac, verify_mac, MAC_LEN};

use cipher::generic_array::GenericArray;
use cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit};
use zeroize::Zeroizing;

/// Decrypted data: wiped on drop, and `Debug` shows only its length, since it
/// usually holds card data. Read it through `Deref<Target = [u8]>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Plaintext(Zeroizing<Vec<u8>>);

impl Plaintext {
    /// Drops `count` bytes from the end (padding).
    fn drop_last(&mut self, count: usize) -> Result<(), Error> {
        let length = self.0.len();
        let keep = length.checked_sub(count).ok_or(Error::BadPadding {
            padding: count,
            length,
        })?;
        self.0.truncate(keep);
        Ok(())
    }
}

impl core::ops::Deref for Plaintext {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl core::fmt::Debug for Plaintext {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Plaintext({} bytes, redacted)", self.0.len())
    }
}

/// Derives the key that `encryption_type` names for the transaction `ksn`.
///
/// A [`KeySource::Bdk`] first yields the initial key for the KSN's device.
pub fn derive_key(
    source: &KeySource,
    encryption_type: EncryptionType,
    ksn: &[u8],
) -> Result<SecretKey, Error> {
    let EncryptionType { algorithm, usage } = encryption_type;
    let derived;
    let initial = match source {
        KeySource::InitialKey(key) => key,
        KeySource::Bdk(bdk) => {
            derived = match algorithm {
                Algorithm::Tdes => tdes::initial_key(bdk, ksn)?,
                _ => aes_dukpt::initial_key(bdk, algorithm, ksn)?,
            };
            &derived
        }
    };
    match algorithm {
        Algorithm::Tdes => tdes::usage_key(&tdes::transaction_key(initial, ksn)?, usage),
        _ => aes_dukpt::working_key(initial, algorithm, usage, ksn),
    }
}

/// Decrypts data a reader encrypted under DUKPT (CBC, zero IV), padding included.
///
/// Only data keys decrypt: a PIN or MAC Encryption Type is refused.
pub fn decrypt(
    source: &KeySource,
    encryption_type: EncryptionType,
    ksn: &[u8],
    ciphertext: &[u8],
) -> Result<Plaintext, Error> {
    let key = data_key(source, encryption_type, ksn, ciphertext.len())?;
    let mut plain = Zeroizing::new(ciphertext.to_vec());
    cbc::<false>(encryption_type.algorithm, &key, &mut plain)?;
    Ok(Plaintext(plain))
}

/// Encrypts data as a reader does (CBC, zero IV), for simulators and tests;
/// `plaintext` must already be padded to the cipher's block size.
///
/// Only data keys encrypt: a PIN or MAC Encryption Type is refused.
pub fn encrypt(
    source: &KeySource,
    encryption_type: EncryptionType,
    ksn: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, Error> {
    let key = data_key(source, encryption_type, ksn, plaintext.len())?;
    let mut data = plaintext.to_vec();
    cbc::<true>(encryption_type.algorithm, &key, &mut data)?;
    Ok(data)
}

/// The data key for `ksn`, after checking the usage and that `length` is whole blocks.
fn data_key(
    source: &KeySource,
    encryption_type: EncryptionType,
    ksn: &[u8],
    length: usize,
) -> Result<SecretKey, Error> {
    if !encryption_type.usage.is_data() {
        return Err(Error::UnsupportedEncryptionType {
            byte: encryption_type.to_byte(),
            reason: Unsupported::NotADataKey,
        });
    }
    let block = encryption_type.algorithm.block_len();
    if length == 0 || length % block != 0 {
        return Err(Error::CiphertextLength { length, block });
    }
    derive_key(source, encryption_type, ksn)
}

/// CBC with a zero IV over whole blocks, in place: encrypts when `ENCRYPT`, else decrypts.
fn cbc<const ENCRYPT: bool>(
    algorithm: Algorithm,
    key: &SecretKey,
    data: &mut [u8],
) -> Result<(), Error> {
    match algorithm {
        Algorithm::Tdes => cbc_blocks::<des::TdesEde2, ENCRYPT>(key.expose(), data),
        Algorithm::Aes128 => cbc_blocks::<aes::Aes128, ENCRYPT>(key.expose(), data),
        Algorithm::Aes256 => cbc_blocks::<aes::Aes256, ENCRYPT>(key.expose(), data),
    }
}

/// CBC in place with a zero IV; `data` is a whole number of blocks.
fn cbc_blocks<C, const ENCRYPT: bool>(key: &[u8], data: &mut [u8]) -> Result<(), Error>
where
    C: cipher::BlockEncrypt + cipher::BlockDecrypt + cipher::BlockCipher + cipher::KeyInit,
{
    let block = C::block_size();
    let iv = [0u8; 16];
    let bad_key = |_| Error::BadKeyLength {
        expected: C::key_size(),
        found: key.len(),
    };
    if ENCRYPT {
        let mut cbc = cbc::Encryptor::<C>::new_from_slices(key, &iv[..block]).map_err(bad_key)?;
        for chunk in data.chunks_exact_mut(block) {
            cbc.encrypt_block_mut(GenericArray::from_mut_slice(chunk));
        }
    } else {
        let mut cbc = cbc::Decryptor::<C>::new_from_slices(key, &iv[..block]).map_err(bad_key)?;
        for chunk in data.chunks_exact_mut(block) {
            cbc.decrypt_block_mut(GenericArray::from_mut_slice(chunk));
        }
    }
    Ok(())
}
