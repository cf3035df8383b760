//! The reader's encrypted-data containers: ciphertext, KSN, Encryption Type and
//! padding count as sibling TLVs (manual Table 19, container `F8`, and the
//! selectable card data container `FF42`).

use crate::encryption_type::EncryptionType;
use crate::error::Error;
use crate::key::KeySource;
use crate::Plaintext;
use mms_codec::{DecodeContext, DecodeError, ErrorKind, Tag, TlvIter};

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
    /// `F4` with `DFDF37` track 1 data, `DFDF50` KSN and `DFDF51` type (MSR).
    pub const MSR_TRACK_1: EncryptedTags = EncryptedTags::msr(0xF4, 0xDFDF37);
    /// `F4` with `DFDF39` track 2 data, `DFDF50` KSN and `DFDF51` type (MSR).
    pub const MSR_TRACK_2: EncryptedTags = EncryptedTags::msr(0xF4, 0xDFDF39);
    /// `F4` with `DFDF3B` track 3 data, `DFDF50` KSN and `DFDF51` type (MSR).
    pub const MSR_TRACK_3: EncryptedTags = EncryptedTags::msr(0xF4, 0xDFDF3B);
    /// `F4` with `DFDF3C` MagnePrint data, `DFDF50` KSN and `DFDF51` type (MSR).
    pub const MAGNEPRINT: EncryptedTags = EncryptedTags::msr(0xF4, 0xDFDF3C);
    /// `FF73` with `DFDF3C` MagnePrint data under its own KSN (`DFDF50`) and type (`DFDF51`).
    pub const MAGNEPRINT_SEPARATE: EncryptedTags = EncryptedTags::msr(0xFF73, 0xDFDF3C);
    /// Every container layout this crate knows.
    pub const ALL: [EncryptedTags; 7] = [
        EncryptedTags::TRANSACTION,
        EncryptedTags::SELECTABLE,
        EncryptedTags::MSR_TRACK_1,
        EncryptedTags::MSR_TRACK_2,
        EncryptedTags::MSR_TRACK_3,
        EncryptedTags::MAGNEPRINT,
        EncryptedTags::MAGNEPRINT_SEPARATE,
    ];

    const fn msr(container: u32, data: u32) -> EncryptedTags {
        EncryptedTags {
            container: Tag::from_u32(container),
            data: Tag::from_u32(data),
            ksn: Tag::from_u32(0xDFDF50),
            encryption_type: Tag::from_u32(0xDFDF51),
            padding: None,
        }
    }
}

/// One encrypted value found in a message, with the layout it was read by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundEncrypted<'a> {
    /// The layout (container and tags) it matched.
    pub layout: EncryptedTags,
    /// Absolute offset of its container.
    pub offset: usize,
    /// The parts.
    pub data: EncryptedData<'a>,
}

/// Every encrypted value in a TLV sequence (an ARQC, batch data, ...), depth first.
///
/// A container of a known layout whose data item is absent (an MSR container
/// without track 3, say) is skipped for that layout; one whose parts are
/// malformed is an error, as is malformed TLV on the way.
pub fn find_encrypted(bytes: &[u8], cx: DecodeContext) -> Result<Vec<FoundEncrypted<'_>>, Error> {
    let mut found = Vec::new();
    walk(bytes, cx, &mut found)?;
    Ok(found)
}

fn walk<'a>(
    bytes: &'a [u8],
    cx: DecodeContext,
    found: &mut Vec<FoundEncrypted<'a>>,
) -> Result<(), Error> {
    let iter = TlvIter::new(bytes, cx);
    let cx = iter.context();
    for item in iter {
        let item = item?;
        if !item.tag.is_constructed() {
            continue;
        }
        let inner = item.children(cx).map_err(|e| e.within(item.tag))?.context();
        for layout in EncryptedTags::ALL
            .iter()
            .filter(|l| l.container == item.tag)
        {
            match EncryptedData::parse(item.value, layout, inner) {
                Ok(data) => found.push(FoundEncrypted {
                    layout: *layout,
                    offset: item.offset,
                    data,
                }),
                Err(Error::MissingItem { tag }) if tag == layout.data => {}
                Err(e) => return Err(e),
            }
        }
        walk(item.value, inner, found).map_err(|e| match e {
            Error::Decode(d) => Error::Decode(d.within(item.tag)),
            other => other,
        })?;
    }
    Ok(())
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
    pub fn decrypt(&self, source: &KeySource) -> Result<Plaintext, Error> {
        let mut plain = crate::decrypt(source, self.encryption_type, self.ksn, self.ciphertext)?;
        if let Some(padding) = self.padding {
            plain.drop_last(padding)?;
        }
        Ok(plain)
    }
}
