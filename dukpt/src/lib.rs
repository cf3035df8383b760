#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod aes_dukpt;
mod container;
mod encryption_type;
mod error;
mod key;
pub mod tdes;

pub use container::{find_encrypted, EncryptedData, EncryptedTags, FoundEncrypted};
pub use encryption_type::{Algorithm, EncryptionType, KeyUsage};
pub use error::{CounterProblem, Error, Unsupported};
pub use key::{KeySource, SecretKey};

use cipher::generic_array::GenericArray;
use cipher::{BlockDecryptMut, KeyIvInit};
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
    if !encryption_type.usage.is_data() {
        return Err(Error::UnsupportedEncryptionType {
            byte: encryption_type.to_byte(),
            reason: Unsupported::NotADataKey,
        });
    }
    let block = encryption_type.algorithm.block_len();
    if ciphertext.is_empty() || ciphertext.len() % block != 0 {
        return Err(Error::CiphertextLength {
            length: ciphertext.len(),
            block,
        });
    }
    let key = derive_key(source, encryption_type, ksn)?;
    let mut plain = Zeroizing::new(ciphertext.to_vec());
    match encryption_type.algorithm {
        Algorithm::Tdes => cbc_decrypt::<des::TdesEde2>(key.expose(), &mut plain)?,
        Algorithm::Aes128 => cbc_decrypt::<aes::Aes128>(key.expose(), &mut plain)?,
        Algorithm::Aes256 => cbc_decrypt::<aes::Aes256>(key.expose(), &mut plain)?,
    }
    Ok(Plaintext(plain))
}

/// CBC decryption in place with a zero IV; `data` is a whole number of blocks.
fn cbc_decrypt<C>(key: &[u8], data: &mut [u8]) -> Result<(), Error>
where
    C: cipher::BlockDecrypt + cipher::BlockCipher + cipher::KeyInit,
{
    let block = C::block_size();
    let iv = [0u8; 16];
    let mut cbc = cbc::Decryptor::<C>::new_from_slices(key, &iv[..block]).map_err(|_| {
        Error::BadKeyLength {
            expected: C::key_size(),
            found: key.len(),
        }
    })?;
    for chunk in data.chunks_exact_mut(block) {
        cbc.decrypt_block_mut(GenericArray::from_mut_slice(chunk));
    }
    Ok(())
}
