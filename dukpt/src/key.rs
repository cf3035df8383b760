//! Secret key bytes that are wiped on drop and never printed.

use crate::Error;
use core::fmt;
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Largest key this crate handles (AES-256).
const MAX_KEY: usize = 32;

/// Key bytes (a BDK, an initial key or a derived key), 16 to 32 bytes.
///
/// Zeroized when dropped; `Debug` shows only the length. Parse one from hex
/// with [`SecretKey::from_hex`] or take raw bytes with [`SecretKey::new`].
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SecretKey {
    bytes: [u8; MAX_KEY],
    len: u8,
}

impl SecretKey {
    /// Copies 16, 24 or 32 key bytes.
    pub fn new(bytes: &[u8]) -> Result<SecretKey, Error> {
        if !matches!(bytes.len(), 16 | 24 | 32) {
            return Err(Error::BadKeyLength {
                expected: 16,
                found: bytes.len(),
            });
        }
        let mut key = SecretKey {
            bytes: [0; MAX_KEY],
            len: bytes.len() as u8,
        };
        key.bytes[..bytes.len()].copy_from_slice(bytes);
        Ok(key)
    }

    /// Parses hex digits (spaces allowed) into a key.
    ///
    /// Errors say only that the text is not a key, never what it held.
    pub fn from_hex(text: &str) -> Result<SecretKey, Error> {
        let mut buf = zeroize::Zeroizing::new([0u8; MAX_KEY]);
        let mut n = 0usize;
        let mut high: Option<u8> = None;
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            let Some(digit) = c.to_digit(16) else {
                return Err(Error::KeyNotHex);
            };
            match high.take() {
                None => high = Some(digit as u8),
                Some(h) => {
                    if n == MAX_KEY {
                        return Err(Error::BadKeyLength {
                            expected: MAX_KEY,
                            found: n + 1,
                        });
                    }
                    buf[n] = h << 4 | digit as u8;
                    n += 1;
                }
            }
        }
        if high.is_some() {
            return Err(Error::KeyNotHex);
        }
        SecretKey::new(&buf[..n])
    }

    /// The key bytes. Keep what you copy out of here in a `Zeroizing` buffer.
    pub fn expose(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// Number of key bytes.
    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// Always false: a key has at least 16 bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Fails unless the key has exactly `expected` bytes.
    pub(crate) fn check_len(&self, expected: usize) -> Result<&[u8], Error> {
        if self.len() == expected {
            Ok(self.expose())
        } else {
            Err(Error::BadKeyLength {
                expected,
                found: self.len(),
            })
        }
    }
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({} bytes, redacted)", self.len)
    }
}

impl PartialEq for SecretKey {
    /// Constant-time in the key bytes, so comparing keys leaks no timing.
    fn eq(&self, other: &SecretKey) -> bool {
        self.len == other.len
            && self
                .bytes
                .iter()
                .zip(other.bytes.iter())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }
}

impl Eq for SecretKey {}

/// Where the transaction keys come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeySource {
    /// The Base Derivation Key: the initial key is derived from it and the KSN.
    Bdk(SecretKey),
    /// The initial key loaded into the reader (the IPEK for TDES).
    InitialKey(SecretKey),
}
