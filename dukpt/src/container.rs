//! The reader's encrypted-data containers: ciphertext, KSN, Encryption Type and
//! padding count as sibling TLVs (manual Table 19, container `F8`, and the
//! selectable card data container `FF42`).

use crate::encryption_type::EncryptionType;
use crate::error::Error;
use crate::key::KeySource;
use mms_codec::{DecodeContext, DecodeError, ErrorKind, Tag, TlvIter};
use zeroize::Zeroizing;

/// Which tags of a container hold the parts of one encrypted value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncryptedTags {
    /// The constructed tag around them, for callers that search a tree.
    pub container: Tag,
    /// The ciphertext.
    pub data: Tag,
    /// The KSN of the key that encrypted it.
    pub ksn: Tag,
    /// The one-byte Encryption Type.
    pub encryption_type: Tag,
    /// The one-byte count of padding bytes at the end of the plaintext, if the container has one.
    pub padding: Option<Tag>,
}

impl EncryptedTags {
    /// `F8` with `DFDF59` data, `DFDF56` KSN, `DFDF57` type and `DFDF58` padding (ARQC, batch data).
    pub const TRANSACTION: EncryptedTags = EncryptedTags {
        container: Tag::from_u32(0xF8),
        data: Tag::from_u32(0xDFDF59),
        ksn: Tag::from_u32(0xDFDF56),
        encryption_type: Tag::from_u32(0xDFDF57),
        padding: Some(Tag::from_u32(0xDFDF58)),
    };
    /// `FF42` with `DFDFDF37` data, `DFDFDF38` KSN and `DFDFDF39` type (selectable card data).
    pub const SELECTABLE: EncryptedTags = EncryptedTags {
        container: Tag::from_u32(0xFF42),
        data: Tag::from_u32(0xDFDFDF37),
        ksn: Tag::from_u32(0xDFDFDF38),
        encryption_type: Tag::from_u32(0xDFDFDF39),
        padding: None,
    };
    /// Every container layout this crate knows.
    pub const ALL: [EncryptedTags; 2] = [EncryptedTags::TRANSACTION, EncryptedTags::SELECTABLE];
}

/// One encrypted value with what it takes to decrypt it, borrowed from the message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncryptedData<'a> {
    /// The ciphertext.
    pub ciphertext: &'a [u8],
    /// The KSN carried with it.
    pub ksn: &'a [u8],
    /// How it was encrypted.
    pub encryption_type: EncryptionType,
    /// Padding bytes to drop after decryption, when the container says.
    pub padding: Option<usize>,
}

impl<'a> EncryptedData<'a> {
    /// Reads the parts from a container's value (its child TLVs), as laid out by `tags`.
    ///
    /// Other children are ignored; a missing or repeated part, or a type or
    /// padding item that is not one byte, is an error.
    pub fn parse(value: &'a [u8], tags: &EncryptedTags, cx: DecodeContext) -> Result<Self, Error> {
        let mut data = None;
        let mut ksn = None;
        let mut kind = None;
        let mut padding = None;
        for item in TlvIter::new(value, cx) {
            let item = item?;
            let slot = if item.tag == tags.data {
                &mut data
            } else if item.tag == tags.ksn {
                &mut ksn
            } else if item.tag == tags.encryption_type {
                &mut kind
            } else if Some(item.tag) == tags.padding {
                &mut padding
            } else {
                continue;
            };
            if slot.replace(item.value).is_some() {
                let kind = ErrorKind::DuplicateTag { tag: item.tag };
                return Err(DecodeError::new(kind, item.offset).into());
            }
        }
        let require = |slot: Option<&'a [u8]>, tag: Tag| slot.ok_or(Error::MissingItem { tag });
        let one_byte = |bytes: &[u8], tag: Tag| match bytes {
            [b] => Ok(*b),
            _ => Err(Error::BadItemLength {
                tag,
                found: bytes.len(),
            }),
        };
        let kind = one_byte(require(kind, tags.encryption_type)?, tags.encryption_type)?;
        let padding = match (padding, tags.padding) {
            (Some(bytes), Some(tag)) => Some(usize::from(one_byte(bytes, tag)?)),
            _ => None,
        };
        Ok(EncryptedData {
            ciphertext: require(data, tags.data)?,
            ksn: require(ksn, tags.ksn)?,
            encryption_type: EncryptionType::from_byte(kind)?,
            padding,
        })
    }

    /// Decrypts with keys from `source` and drops the declared padding.
    pub fn decrypt(&self, source: &KeySource) -> Result<Zeroizing<Vec<u8>>, Error> {
        let mut plain = crate::decrypt(source, self.encryption_type, self.ksn, self.ciphertext)?;
        if let Some(padding) = self.padding {
            let length = plain.len();
            let Some(keep) = length.checked_sub(padding) else {
                return Err(Error::BadPadding { padding, length });
            };
            plain.truncate(keep);
        }
        Ok(plain)
    }
}
