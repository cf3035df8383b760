//! ARQC and batch data as a reader delivers them (notification 0x0101, manual
//! Tables 19 and 27): a 2-byte MSB length, the `F9` message it counts, then
//! padding and an optional CBC-MAC. [`TransactionData`] is a view over the
//! generated types of those tables (`mms_protocol::generated::data_types`),
//! which do the reading; the encrypted containers inside are decrypted with
//! `mms-dukpt`.

use crate::dictionary::Dictionary;
use crate::display::ShowOptions;
use crate::expand::{expand_padded, render, Expanded};
use crate::find::FindNode;
use core::fmt;
use core::fmt::Write as _;
use mms_codec::{DecodeContext, DecodeError, NodeValue, Tag, TlvIter, TlvNode};
use mms_dukpt::{find_encrypted, EncryptedTags, EncryptionType, KeySource};
use mms_protocol::generated::data_types::emv_arqc_dynapro_format::EmvArqcDynaproFormat;
use mms_protocol::generated::data_types::emv_batch_data_dynapro_format::EmvBatchDataDynaproFormat;

/// Encrypted containers nested inside decrypted data are decrypted this deep.
const MAX_NESTING: usize = 2;

/// Which transaction data a blob holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DataKind {
    /// An ARQC (manual Table 19): `F9 > FA > 70`, sent for online authorisation.
    Arqc,
    /// Batch data (manual Table 27): `F9 > FA > F0`, the transaction's results.
    Batch,
}

impl fmt::Display for DataKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DataKind::Arqc => "ARQC",
            DataKind::Batch => "batch data",
        })
    }
}

/// Why bytes are not transaction data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransactionDataError {
    /// Fewer than the 2 length bytes.
    TooShort,
    /// The 2-byte length counts more bytes than follow it.
    LengthPastEnd {
        /// The length declared.
        declared: usize,
        /// Bytes after the length.
        available: usize,
    },
    /// The counted bytes are not one `F9` TLV.
    NotF9 {
        /// What was found instead (`None`: not TLV, or more than one TLV).
        found: Option<Tag>,
    },
    /// The TLV inside is malformed.
    Decode(DecodeError),
    /// A container could not be read or decrypted.
    Dukpt(mms_dukpt::Error),
}

impl fmt::Display for TransactionDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransactionDataError::TooShort => {
                f.write_str("at byte 0: transaction data needs its 2-byte length")
            }
            TransactionDataError::LengthPastEnd {
                declared,
                available,
            } => write!(
                f,
                "at byte 0: the 2-byte length says {declared} bytes, but {available} follow"
            ),
            TransactionDataError::NotF9 { found: Some(tag) } => write!(
                f,
                "at byte 2: expected one F9 container (MAC structure), found tag {tag}"
            ),
            TransactionDataError::NotF9 { found: None } => {
                f.write_str("at byte 2: expected exactly one F9 container (MAC structure)")
            }
            TransactionDataError::Decode(e) => write!(f, "in transaction data: {e}"),
            TransactionDataError::Dukpt(e) => write!(f, "in transaction data: {e}"),
        }
    }
}

impl std::error::Error for TransactionDataError {}

impl From<DecodeError> for TransactionDataError {
    fn from(e: DecodeError) -> Self {
        TransactionDataError::Decode(e)
    }
}

impl From<mms_dukpt::Error> for TransactionDataError {
    fn from(e: mms_dukpt::Error) -> Self {
        TransactionDataError::Dukpt(e)
    }
}

/// ARQC or batch data: the `F9` message and what follows it.
///
/// ```
/// use mms_dukpt::{KeySource, SecretKey};
/// use mms_emv::{DataKind, TransactionData};
/// # fn unhex(s: &str) -> Vec<u8> { let s: String = s.split_whitespace().collect(); (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect() }
/// // 2-byte length, F9 (MAC KSN, MAC encryption type, serial number) > FA > 70 (fallback
/// // indicator, card type, AIP) > F8 (DUKPT.md's container under the AES test BDK).
/// let blob = unhex("006F F96D DFDF540A 00000000000000000000 DFDF5501 82 DFDF2504 01020304
///     FA50 704E DFDF5301 00 DFDF5201 06 82021980
///     F83E DFDF5920 E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA
///     DFDF560C 123456789012345600000001 DFDF5701 9D DFDF5801 0A");
/// let data = TransactionData::parse(&blob)?;
/// assert_eq!(data.kind(), Some(DataKind::Arqc));
/// // Field by field, as the generated type of manual Table 19 reads it:
/// let mms_emv::TransactionLayout::Arqc(arqc) = data.typed() else { unreachable!() };
/// assert_eq!(arqc.tlvs.container_for_mac_structure_and_generic_data.device_serial_number_ifd_serial_number, [1, 2, 3, 4]);
/// let bdk = KeySource::Bdk(SecretKey::from_hex("FEDCBA9876543210F1F1F1F1F1F1F1F1")?);
/// // Its MAC KSN is all zeros: no MAC to check (the simulator's data carries one).
/// assert_eq!(data.mac_status(&bdk)?, mms_emv::MacStatus::Absent);
/// let decrypted = data.decrypt(&bdk)?;
/// let pan = decrypted[0].find(0x5A).unwrap();
/// assert_eq!(pan, [0x47, 0x61, 0x73, 0x90, 0x01, 0x01, 0x00, 0x10]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransactionData {
    /// The value as the generated data type reads it.
    typed: TransactionLayout,
    /// Whether the blob started with its 2-byte length.
    length_prefix: bool,
}

/// ARQC or batch data as the generated types of manual Tables 19 and 27 read it (they read the
/// 2-byte length, the `F9` message and the padding and MAC after it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransactionLayout {
    /// EMV ARQC (DynaPro Format), Table 19.
    Arqc(Box<EmvArqcDynaproFormat>),
    /// EMV Batch Data (DynaPro Format), Table 27.
    Batch(Box<EmvBatchDataDynaproFormat>),
}

impl TransactionData {
    /// Reads a blob as a notification delivers it: 2-byte MSB length, `F9`
    /// message, padding and MAC. A blob that starts with `F9` itself is read
    /// as a bare message (no length, no trailer).
    pub fn parse(bytes: &[u8]) -> Result<TransactionData, TransactionDataError> {
        let length_prefix = bytes.first() != Some(&0xF9);
        // One reader: the generated layouts. A bare message gets the length it would carry.
        let framed = if length_prefix {
            std::borrow::Cow::Borrowed(bytes)
        } else {
            let len = u16::try_from(bytes.len())
                .map_err(|_| TransactionDataError::NotF9 { found: None })?;
            let mut out = len.to_be_bytes().to_vec();
            out.extend_from_slice(bytes);
            std::borrow::Cow::Owned(out)
        };
        let typed = match EmvArqcDynaproFormat::decode(&framed) {
            Ok(arqc) => TransactionLayout::Arqc(Box::new(arqc)),
            Err(arqc_error) => match EmvBatchDataDynaproFormat::decode(&framed) {
                Ok(batch) => TransactionLayout::Batch(Box::new(batch)),
                // Report the layout the contents look like (`FA` holding `F0` is batch data).
                Err(batch_error) if looks_like_batch(&framed) => {
                    return Err(framing_error(batch_error, &framed, length_prefix))
                }
                Err(_) => return Err(framing_error(arqc_error, &framed, length_prefix)),
            },
        };
        let unknown = match &typed {
            TransactionLayout::Arqc(a) => &a.tlvs.unknown,
            TransactionLayout::Batch(b) => &b.tlvs.unknown,
        };
        if let Some(other) = unknown.items.first() {
            return Err(TransactionDataError::NotF9 {
                found: Some(other.tag),
            });
        }
        if !length_prefix && !trailer_of(&typed).is_empty() {
            return Err(TransactionDataError::NotF9 { found: None });
        }
        Ok(TransactionData {
            typed,
            length_prefix,
        })
    }

    /// The generated type that read it: ARQC (Table 19) or batch data (Table 27), field by field.
    pub fn typed(&self) -> &TransactionLayout {
        &self.typed
    }

    /// The `F9` TLV (what the 2-byte length counts), as read.
    pub fn message(&self) -> Vec<u8> {
        match &self.typed {
            TransactionLayout::Arqc(a) => mms_codec::Contents::to_bytes(&a.tlvs),
            TransactionLayout::Batch(b) => mms_codec::Contents::to_bytes(&b.tlvs),
        }
    }

    /// Bytes after it: padding to the cipher block and the CBC-MAC, if any.
    pub fn trailer(&self) -> &[u8] {
        trailer_of(&self.typed)
    }

    /// Whether the blob started with its 2-byte length.
    pub fn length_prefix(&self) -> bool {
        self.length_prefix
    }

    /// The bytes it was read from.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let message = self.message();
        if self.length_prefix {
            let len = u16::try_from(message.len()).unwrap_or(u16::MAX);
            out.extend_from_slice(&len.to_be_bytes());
        }
        out.extend_from_slice(&message);
        out.extend_from_slice(self.trailer());
        out
    }

    /// ARQC or batch data, by the layout that read it.
    pub fn kind(&self) -> Option<DataKind> {
        Some(match self.typed {
            TransactionLayout::Arqc(_) => DataKind::Arqc,
            TransactionLayout::Batch(_) => DataKind::Batch,
        })
    }

    /// The clear-text TLV tree.
    pub fn nodes(&self) -> Vec<TlvNode> {
        TlvNode::parse_sequence_lenient(&self.message(), DecodeContext::default())
            .unwrap_or_default()
    }

    /// The value of the first `tag` in the clear-text part.
    pub fn find(&self, tag: u32) -> Option<Vec<u8>> {
        primitive(&self.nodes(), tag)
    }

    /// The device serial number (`DFDF25`), as text.
    pub fn serial_number(&self) -> Option<String> {
        self.find(0xDFDF25)
            .map(|v| String::from_utf8_lossy(&v).into_owned())
    }

    /// The encrypted containers, in order: layout, KSN and Encryption Type.
    pub fn containers(&self) -> Result<Vec<Container>, TransactionDataError> {
        Ok(find_encrypted(&self.message(), DecodeContext::default())?
            .into_iter()
            .map(|found| Container {
                layout: found.layout,
                offset: found.offset,
                ksn: found.data.ksn.to_vec(),
                encryption_type: found.data.encryption_type,
                ciphertext_len: found.data.ciphertext.len(),
            })
            .collect())
    }

    /// Decrypts every container (and containers inside what they decrypt to).
    pub fn decrypt(&self, key: &KeySource) -> Result<Vec<Decrypted>, TransactionDataError> {
        let mut out = Vec::new();
        decrypt_all(&self.message(), key, 0, &mut out)?;
        Ok(out)
    }

    /// Checks the MAC after the padding with the key that the MAC KSN (`DFDF54`)
    /// and MAC Encryption Type (`DFDF55`) name (manual, "About Message
    /// Authentication Codes (MAC)"). It covers the bytes from the 2-byte length
    /// through the padding; the last [`mms_dukpt::MAC_LEN`] bytes are the MAC.
    ///
    /// [`MacStatus::Absent`] when there is nothing to check: a bare `F9`
    /// message, a missing or all-zero MAC KSN, or no MAC after whole blocks.
    /// A MAC type or KSN the key cannot use is an error.
    pub fn mac_status(&self, key: &KeySource) -> Result<MacStatus, TransactionDataError> {
        let ksn = self.find(0xDFDF54).unwrap_or_default();
        if !self.length_prefix || ksn.iter().all(|&b| b == 0) {
            return Ok(MacStatus::Absent);
        }
        let Some(&[byte]) = self.find(0xDFDF55).as_deref() else {
            return Ok(MacStatus::Absent);
        };
        let mac_type = EncryptionType::from_byte(byte)?;
        let blob = self.to_bytes();
        let signed = blob.len().saturating_sub(mms_dukpt::MAC_LEN);
        let covered = 2 + self.message().len();
        if signed < covered || signed % mac_type.algorithm.block_len() != 0 {
            return Ok(MacStatus::Absent);
        }
        let (data, mac) = blob.split_at(signed);
        Ok(if mms_dukpt::verify_mac(key, mac_type, &ksn, data, mac)? {
            MacStatus::Verified
        } else {
            MacStatus::Mismatch
        })
    }

    /// A listing: the clear-text tree by EMV tag name, then each encrypted
    /// container with its KSN and Encryption Type and, with a key, its
    /// decrypted contents. Card data stays masked unless `options` reveals it.
    pub fn render(
        &self,
        key: Option<&KeySource>,
        dictionary: &Dictionary,
        options: ShowOptions,
    ) -> String {
        let mut out = String::new();
        let kind = self
            .kind()
            .map_or("transaction data".into(), |k| k.to_string());
        let _ = writeln!(
            out,
            "{kind}: {} bytes of TLV, {} bytes of padding and MAC",
            self.message().len(),
            self.trailer().len()
        );
        out.push_str(&render(&self.nodes(), dictionary, options));
        if let Some(key) = key {
            let _ = match self.mac_status(key) {
                Ok(MacStatus::Mismatch) => writeln!(
                    out,
                    "error: MAC mismatch (the data was changed, or the key is not the reader's)"
                ),
                Ok(status) => writeln!(out, "{status}"),
                Err(e) => writeln!(out, "error: cannot check the MAC: {e}"),
            };
        }
        match key {
            None => match self.containers() {
                Ok(containers) => {
                    for c in containers {
                        let _ = writeln!(out, "{c}: not decrypted (no key given)");
                    }
                }
                Err(e) => {
                    let _ = writeln!(out, "error: {e}");
                }
            },
            Some(key) => match self.decrypt(key) {
                Ok(all) => {
                    for d in all {
                        let _ = writeln!(out, "{}: decrypted", d.container);
                        for line in d.contents.render(dictionary, options).lines() {
                            let _ = writeln!(out, "  {line}");
                        }
                    }
                }
                Err(e) => {
                    let _ = writeln!(out, "error: cannot decrypt: {e}");
                }
            },
        }
        out
    }
}

fn trailer_of(typed: &TransactionLayout) -> &[u8] {
    match typed {
        TransactionLayout::Arqc(a) => &a.trailer,
        TransactionLayout::Batch(b) => &b.trailer,
    }
}

/// Whether the generic data container holds batch results (`F9 > FA > F0`/`F2`).
fn looks_like_batch(framed: &[u8]) -> bool {
    let body = framed.get(2..).unwrap_or_default();
    let nodes = TlvNode::parse_sequence_lenient(body, DecodeContext::default()).unwrap_or_default();
    let Some(generic) = nodes.find_tag(Tag::from_u32(0xFA)) else {
        return false;
    };
    matches!(&generic.value, NodeValue::Constructed(children)
        if children.iter().any(|c| matches!(c.tag.to_u32(), 0xF0 | 0xF2)))
}

/// The generated decoder's error, in the terms of this type: a missing length, a length past
/// the end, not an `F9`, or where inside the TLVs.
fn framing_error(e: DecodeError, framed: &[u8], length_prefix: bool) -> TransactionDataError {
    use mms_codec::ErrorKind;
    match (&e.kind, e.offset) {
        (ErrorKind::Truncated { .. }, 0) if length_prefix => TransactionDataError::TooShort,
        (
            ErrorKind::ValueTruncated {
                declared,
                available,
            },
            2,
        ) if length_prefix => TransactionDataError::LengthPastEnd {
            declared: *declared,
            available: *available,
        },
        (ErrorKind::MissingTag { expected }, _) if *expected == Tag::from_u32(0xF9) => {
            let body = framed.get(2..).unwrap_or_default();
            let found = TlvIter::new(body, DecodeContext::default())
                .next()
                .and_then(Result::ok)
                .map(|t| t.tag);
            TransactionDataError::NotF9 { found }
        }
        _ if !length_prefix => {
            // Offsets count from the bare message, without the length added above.
            let mut e = e;
            e.offset = e.offset.saturating_sub(2);
            TransactionDataError::Decode(e)
        }
        _ => TransactionDataError::Decode(e),
    }
}

fn decrypt_all(
    bytes: &[u8],
    key: &KeySource,
    depth: usize,
    out: &mut Vec<Decrypted>,
) -> Result<(), TransactionDataError> {
    for found in find_encrypted(bytes, DecodeContext::default())? {
        let plain = found.data.decrypt(key)?;
        let contents = expand_padded(&plain, DecodeContext::default());
        let container = Container {
            layout: found.layout,
            offset: found.offset,
            ksn: found.data.ksn.to_vec(),
            encryption_type: found.data.encryption_type,
            ciphertext_len: found.data.ciphertext.len(),
        };
        out.push(Decrypted {
            container,
            contents,
        });
        if depth < MAX_NESTING {
            let whole: Vec<u8> = out
                .last()
                .map(|d| {
                    d.contents
                        .nodes
                        .iter()
                        .flat_map(TlvNode::to_bytes)
                        .collect()
                })
                .unwrap_or_default();
            decrypt_all(&whole, key, depth + 1, out)?;
        }
    }
    Ok(())
}

fn primitive(nodes: &[TlvNode], tag: u32) -> Option<Vec<u8>> {
    match &nodes.find_tag(Tag::from_u32(tag))?.value {
        NodeValue::Primitive(v) => Some(v.clone()),
        NodeValue::Constructed(_) => None,
    }
}

/// What [`TransactionData::mac_status`] found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MacStatus {
    /// The MAC matches: the data is what the reader sent.
    Verified,
    /// The MAC does not match: the data was changed, or the key is another.
    Mismatch,
    /// No MAC to check (no MAC KSN, or no MAC after the padding).
    Absent,
}

impl fmt::Display for MacStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MacStatus::Verified => "MAC verified",
            MacStatus::Mismatch => "MAC mismatch",
            MacStatus::Absent => "no MAC (no MAC KSN, or no MAC after the padding)",
        })
    }
}

/// One encrypted container of transaction data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Container {
    /// Its layout (container tag and part tags).
    pub layout: EncryptedTags,
    /// Offset of the container in the data it was found in.
    pub offset: usize,
    /// The KSN it carries.
    pub ksn: Vec<u8>,
    /// How it was encrypted.
    pub encryption_type: EncryptionType,
    /// Ciphertext bytes.
    pub ciphertext_len: usize,
}

impl fmt::Display for Container {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ksn: String = self.ksn.iter().map(|b| format!("{b:02X}")).collect();
        write!(
            f,
            "encrypted container {} ({} bytes in {}): KSN {ksn}, encryption type {}",
            self.layout.container, self.ciphertext_len, self.layout.data, self.encryption_type
        )
    }
}

/// The contents of one decrypted container.
#[derive(Clone, PartialEq, Eq)]
pub struct Decrypted {
    /// Which container.
    pub container: Container,
    /// What it decrypted to: TLV trees and the padding after them.
    pub contents: Expanded,
}

impl Decrypted {
    /// The value of the first primitive `tag` inside.
    pub fn find(&self, tag: u32) -> Option<Vec<u8>> {
        primitive(&self.contents.nodes, tag)
    }
}

impl fmt::Debug for Decrypted {
    /// Card data inside: only the container is shown.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Decrypted({}, contents redacted)", self.container)
    }
}

/// The ARPC data of Resume Transaction (manual Table 26): the 2-byte length,
/// then `FF74` holding the device serial number and `FA > 70` with the
/// issuer's response TLVs (`8A` response code, `91`, scripts `71`/`72`).
///
/// ```
/// let arpc = mms_emv::arpc_data(b"B4DB", &[0x8A, 0x02, b'0', b'0']);
/// assert_eq!(mms_emv::read_arpc(&arpc).unwrap().response_code.as_deref(), Some(&b"00"[..]));
/// ```
pub fn arpc_data(serial: &[u8], response: &[u8]) -> Vec<u8> {
    let arpc = TlvNode::constructed(
        Tag::from_u32(0xFF74),
        vec![
            TlvNode::primitive(Tag::from_u32(0xDFDF25), serial),
            TlvNode::constructed(
                Tag::from_u32(0xFA),
                vec![TlvNode::constructed(
                    Tag::from_u32(0x70),
                    TlvNode::parse_sequence_lenient(response, DecodeContext::default())
                        .unwrap_or_default(),
                )],
            ),
        ],
    )
    .to_bytes();
    let mut out = u16::try_from(arpc.len())
        .unwrap_or(u16::MAX)
        .to_be_bytes()
        .to_vec();
    out.extend_from_slice(&arpc);
    out
}

/// An ARPC as read by [`read_arpc`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arpc {
    /// The issuer's response TLVs (the items of `70`).
    pub response: Vec<TlvNode>,
    /// `8A` Authorisation Response Code (`"00"` approves).
    pub response_code: Option<Vec<u8>>,
}

impl Arpc {
    /// Whether the issuer approved (`8A` is `"00"`).
    pub fn approved(&self) -> bool {
        self.response_code.as_deref() == Some(b"00")
    }
}

/// Reads ARPC data, with or without its 2-byte length; `None` when it is not
/// an `FF74 > FA > 70` structure.
pub fn read_arpc(bytes: &[u8]) -> Option<Arpc> {
    let body = match bytes {
        [0xFF, 0x74, ..] => bytes,
        [hi, lo, rest @ ..] => rest.get(..usize::from(u16::from_be_bytes([*hi, *lo])))?,
        _ => return None,
    };
    let nodes = TlvNode::parse_sequence_lenient(body, DecodeContext::default()).ok()?;
    let path: crate::find::TagPath = "FF74/FA/70".parse().ok()?;
    let NodeValue::Constructed(response) = &nodes.find_path(&path)?.value else {
        return None;
    };
    Some(Arpc {
        response_code: primitive(response, 0x8A),
        response: response.clone(),
    })
}
