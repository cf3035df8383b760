//! The one error type of this crate: small, typed, and free of key material.

use core::fmt;
use mms_codec::{DecodeError, Tag};

/// Why a key could not be derived or data could not be decrypted.
///
/// No variant carries key bytes, so an error can be logged safely.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A key (BDK or initial key) has the wrong number of bytes for the algorithm.
    BadKeyLength {
        /// Bytes the algorithm needs.
        expected: usize,
        /// Bytes given.
        found: usize,
    },
    /// Key text that is not hex digits.
    KeyNotHex,
    /// A key serial number has the wrong number of bytes (10 for TDES, 12 for AES).
    BadKsnLength {
        /// Bytes the algorithm needs.
        expected: usize,
        /// Bytes given.
        found: usize,
    },
    /// The transaction counter of the KSN names no usable key.
    BadCounter {
        /// The counter read from the KSN.
        counter: u32,
        /// What is wrong with it.
        problem: CounterProblem,
    },
    /// The Encryption Type byte names something this crate does not decrypt.
    UnsupportedEncryptionType {
        /// The byte as received.
        byte: u8,
        /// Why it is refused.
        reason: Unsupported,
    },
    /// The ciphertext is empty or not a whole number of cipher blocks.
    CiphertextLength {
        /// Bytes given.
        length: usize,
        /// The cipher's block size.
        block: usize,
    },
    /// The declared padding is longer than the decrypted data.
    BadPadding {
        /// Padding bytes declared.
        padding: usize,
        /// Bytes decrypted.
        length: usize,
    },
    /// An encrypted container lacks a required item.
    MissingItem {
        /// The tag that is missing.
        tag: Tag,
    },
    /// An item of an encrypted container has the wrong length.
    BadItemLength {
        /// The item's tag.
        tag: Tag,
        /// Bytes found.
        found: usize,
    },
    /// The container is not well-formed TLV.
    Decode(DecodeError),
}

/// What is wrong with a KSN's transaction counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CounterProblem {
    /// Counter 0 is the initial key itself, never a transaction key.
    Zero,
    /// More one-bits than the standard allows (10 for TDES, 16 for AES): the
    /// originator skips such counters, and a device past the last valid one is
    /// exhausted, so no transaction carries one.
    TooManyOneBits,
}

/// Why an Encryption Type byte is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unsupported {
    /// Bit 8 clear: a fixed key, which the manual marks as unused.
    FixedKey,
    /// Algorithm bits `11`: reserved.
    ReservedAlgorithm,
    /// A usage nibble the manual marks as reserved.
    ReservedUsage,
    /// A TDES variant with an AES algorithm, or an AES usage with TDES.
    UsageNotForAlgorithm,
    /// A PIN or MAC key: it derives, but it does not decrypt data.
    NotADataKey,
    /// A data or PIN key where a MAC key is needed.
    NotAMacKey,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadKeyLength { expected, found } => {
                write!(f, "key has {found} bytes, the algorithm needs {expected}")
            }
            Error::KeyNotHex => write!(f, "key text is not hex digits"),
            Error::BadKsnLength { expected, found } => {
                write!(f, "KSN has {found} bytes, the algorithm needs {expected}")
            }
            Error::BadCounter { counter, problem } => {
                let why = match problem {
                    CounterProblem::Zero => "counter 0 names no transaction key",
                    CounterProblem::TooManyOneBits => "more one-bits than the standard allows",
                };
                write!(f, "KSN counter {counter:#x}: {why}")
            }
            Error::UnsupportedEncryptionType { byte, reason } => {
                let why = match reason {
                    Unsupported::FixedKey => "fixed key (not DUKPT)",
                    Unsupported::ReservedAlgorithm => "reserved algorithm bits",
                    Unsupported::ReservedUsage => "reserved key usage",
                    Unsupported::UsageNotForAlgorithm => {
                        "key usage does not exist for this algorithm"
                    }
                    Unsupported::NotADataKey => "PIN or MAC key, not a data key",
                    Unsupported::NotAMacKey => "data or PIN key, not a MAC key",
                };
                write!(f, "encryption type {byte:#04x}: {why}")
            }
            Error::CiphertextLength { length, block } => write!(
                f,
                "data of {length} bytes is not a non-empty multiple of the {block}-byte block"
            ),
            Error::BadPadding { padding, length } => write!(
                f,
                "{padding} padding bytes declared, but only {length} bytes were decrypted"
            ),
            Error::MissingItem { tag } => write!(f, "encrypted container has no {tag}"),
            Error::BadItemLength { tag, found } => {
                write!(
                    f,
                    "encrypted container item {tag} has a bad length ({found} bytes)"
                )
            }
            Error::Decode(e) => write!(f, "encrypted container: {e}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<DecodeError> for Error {
    fn from(e: DecodeError) -> Error {
        Error::Decode(e)
    }
}
