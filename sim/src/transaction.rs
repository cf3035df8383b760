//! The transaction data the simulated reader sends: ARQC and batch data in the
//! manual's DynaPro format (Tables 19, 20, 27, 28), for contact, contactless and
//! MSR, with the amount, currency and transaction type it was started with.
//!
//! Card data is encrypted under the **public** ANSI X9.24-3 AES-128 test BDK
//! ([`TEST_BDK`]), never a production key, so tests and demos can decrypt it
//! with `mms-dukpt` (`mms arqc --bdk FEDCBA9876543210F1F1F1F1F1F1F1F1 HEX`).
//! Each message ends with its MAC (AES-CMAC under the same test key, MAC
//! Encryption Type [`MAC_ENCRYPTION_TYPE`]), which `mms_emv::TransactionData::mac_status`
//! checks. The data is read back by `mms_emv::TransactionData`.

use mms_codec::{Tag, TlvNode};
use mms_dukpt::{EncryptionType, KeySource, SecretKey};
use sha2::{Digest, Sha256};

/// The public X9.24-3 AES-128 test BDK that the simulator's data is encrypted under.
pub const TEST_BDK: &str = "FEDCBA9876543210F1F1F1F1F1F1F1F1";
/// The initial key ID (first 8 bytes of each KSN) of the simulated reader.
pub const TEST_INITIAL_KEY_ID: [u8; 8] = [0x12, 0x34, 0x56, 0x78, 0x90, 0x12, 0x34, 0x56];
/// Encryption Type of the card data: DUKPT, AES-128, data encrypt/decrypt (manual 4.4).
pub const ENCRYPTION_TYPE: u8 = 0x9D;
/// MAC Encryption Type (`DFDF55`): DUKPT, AES-128, MAC generate. The MAC key comes
/// from the same KSN as the data key, as the manual says readers normally do.
pub const MAC_ENCRYPTION_TYPE: u8 = 0x98;
/// The simulated card's PAN (a public test card number).
pub const TEST_PAN: &str = "4761739001010010";
/// The simulated card's expiry date, `YYMMDD` in BCD (2027-12-31).
pub const TEST_EXPIRY: [u8; 3] = [0x27, 0x12, 0x31];
/// The simulated card's cardholder name.
pub const TEST_NAME: &str = "SIMULATOR/TEST CARD";

/// Payment technology of the detail codes (first byte).
pub(crate) const TECH_MSR: u8 = 0x08;
pub(crate) const TECH_CONTACT: u8 = 0x10;
pub(crate) const TECH_CONTACTLESS: u8 = 0x20;

/// What a transaction was started with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sale {
    /// Payment technology of the card presented (`TECH_*`).
    pub technology: u8,
    /// `9F02`, n12.
    pub amount: [u8; 6],
    /// `9F03`, n12.
    pub other_amount: [u8; 6],
    /// `5F2A`, n3 (USD when the host gave none).
    pub currency: [u8; 2],
    /// `9C`.
    pub transaction_type: u8,
}

impl Default for Sale {
    fn default() -> Self {
        Sale {
            technology: TECH_CONTACTLESS,
            amount: [0; 6],
            other_amount: [0; 6],
            currency: [0x08, 0x40],
            transaction_type: 0x00,
        }
    }
}

/// Which data to build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stage<'a> {
    /// The ARQC, before the host's answer.
    Arqc,
    /// Batch data: approved or declined, with the host's ARPC contents (`70`) if any.
    Batch {
        approved: bool,
        arpc: Option<&'a [TlvNode]>,
    },
}

/// The notification payload (Table 309): `84` holding the 2-byte length, the
/// `F9` message, padding to the AES block and the MAC. `counter` is the KSN counter.
pub(crate) fn notification_payload(
    sale: &Sale,
    stage: Stage<'_>,
    serial: &str,
    counter: u32,
) -> Vec<u8> {
    let ksn = test_ksn(counter);
    let encrypted = encrypted_container(&card_data(sale, stage, counter), &ksn);
    let generic = match stage {
        Stage::Arqc => {
            let card_type = match sale.technology {
                TECH_MSR => 0x01,
                TECH_CONTACT => 0x05,
                _ => 0x06,
            };
            let masked_track = match sale.technology {
                TECH_MSR => 0xDFDF33,
                _ => 0xDFDF4D,
            };
            let mut items = vec![primitive(0xDFDF53, &[0x00])];
            if sale.technology != TECH_MSR {
                items.push(primitive(0x82, &[0x19, 0x80]));
            }
            items.push(primitive(masked_track, masked_track2().as_bytes()));
            items.push(primitive(0xDFDF52, &[card_type]));
            items.push(encrypted);
            constructed(0x70, items)
        }
        Stage::Batch { approved, .. } => {
            let status = [
                primitive(0xDFDF1A, &[if approved { 0x00 } else { 0x01 }]),
                primitive(0xDFDF1B, &[0x00]),
            ];
            // F7 Merchant Data is required; the simulator has none to put in it.
            constructed(
                0xF0,
                vec![
                    constructed(0xF1, status.to_vec()),
                    encrypted,
                    constructed(0xF7, Vec::new()),
                ],
            )
        }
    };
    let message = constructed(
        0xF9,
        vec![
            primitive(0xDFDF54, &ksn),
            primitive(0xDFDF55, &[MAC_ENCRYPTION_TYPE]),
            primitive(0xDFDF25, serial.as_bytes()),
            constructed(0xFA, vec![generic]),
        ],
    )
    .to_bytes();
    let mut blob = Vec::with_capacity(message.len() + 22);
    blob.extend_from_slice(&(message.len() as u16).to_be_bytes());
    blob.extend_from_slice(&message);
    // Padding from the length on to the AES block, then the MAC of all that (Table 19's last rows).
    blob.resize(blob.len().next_multiple_of(16), 0);
    let mac = test_key()
        .and_then(|key| {
            let kind = EncryptionType::from_byte(MAC_ENCRYPTION_TYPE)?;
            mms_dukpt::mac(&key, kind, &ksn, &blob)
        })
        // The key, KSN and type are fixed and valid: a test checks this path.
        .unwrap_or_default();
    blob.extend_from_slice(&mac);
    primitive(0x84, &blob).to_bytes()
}

/// The clear contents of the `F8` container (Tables 20 and 28).
fn card_data(sale: &Sale, stage: Stage<'_>, counter: u32) -> TlvNode {
    let mut emv = vec![
        primitive(0x9C, &[sale.transaction_type]),
        primitive(0x9F02, &sale.amount),
        primitive(0x9F03, &sale.other_amount),
        primitive(0x5F2A, &sale.currency),
        primitive(0x9F1A, &[0x08, 0x40]),
    ];
    let entry_mode = match sale.technology {
        TECH_MSR => 0x90,
        TECH_CONTACT => 0x05,
        _ => 0x07,
    };
    emv.push(primitive(0x9F39, &[entry_mode]));
    if sale.technology == TECH_MSR {
        // Tracks in clear inside the encrypted container (Table 23's layout).
        let track1 = format!("%B{TEST_PAN}^{TEST_NAME}^2712201000000000000?");
        emv.extend([
            primitive(0xDFDF36, &[0x00]),
            primitive(0xDF41, track1.as_bytes()),
            primitive(0xDFDF38, &[0x00]),
            primitive(0xDF42, track2().as_bytes()),
            primitive(0xDFDF3A, &[0x01]),
        ]);
    } else {
        let cid = match stage {
            Stage::Arqc => 0x80,
            Stage::Batch { approved: true, .. } => 0x40,
            Stage::Batch {
                approved: false, ..
            } => 0x00,
        };
        let atc = (counter as u16).to_be_bytes();
        let cryptogram: [u8; 8] = {
            let digest = Sha256::new()
                .chain_update(sale.amount)
                .chain_update(sale.currency)
                .chain_update(counter.to_be_bytes())
                .chain_update([cid])
                .finalize();
            digest[..8].try_into().unwrap_or([0; 8])
        };
        emv.extend([
            primitive(0x5A, &test_pan_bcd()),
            primitive(0x5F24, &TEST_EXPIRY),
            primitive(0x5F34, &[0x01]),
            primitive(0x5F20, TEST_NAME.as_bytes()),
            primitive(0x57, &track2_equivalent()),
            primitive(0x84, &[0xA0, 0x00, 0x00, 0x00, 0x03, 0x10, 0x10]),
            primitive(0x82, &[0x19, 0x80]),
            primitive(0x95, &[0; 5]),
            primitive(0x9F10, &[0x06, 0x01, 0x0A, 0x03, 0xA0, 0x00, 0x00]),
            primitive(0x9F26, &cryptogram),
            primitive(0x9F27, &[cid]),
            primitive(0x9F36, &atc),
            primitive(0x9F37, &counter.to_be_bytes()),
        ]);
        if let Stage::Batch {
            arpc: Some(arpc), ..
        } = stage
        {
            // The issuer's answer the card saw (8A, 91, scripts), as EMV batch data carries it.
            emv.extend(arpc.iter().cloned());
        }
    }
    match stage {
        Stage::Arqc => constructed(0xFC, emv),
        Stage::Batch { .. } => constructed(0xFC, vec![constructed(0xF2, emv)]),
    }
}

/// The simulated reader's KSN for transaction `counter`.
fn test_ksn(counter: u32) -> Vec<u8> {
    let mut ksn = TEST_INITIAL_KEY_ID.to_vec();
    ksn.extend_from_slice(&counter.to_be_bytes());
    ksn
}

/// `F8`: the card data encrypted under the test BDK's key for this KSN.
fn encrypted_container(contents: &TlvNode, ksn: &[u8]) -> TlvNode {
    let mut plain = contents.to_bytes();
    let padding = plain.len().next_multiple_of(16) - plain.len();
    plain.resize(plain.len() + padding, padding as u8);
    let ciphertext = test_key()
        .and_then(|key| {
            let kind = EncryptionType::from_byte(ENCRYPTION_TYPE)?;
            mms_dukpt::encrypt(&key, kind, ksn, &plain)
        })
        // The key, KSN and lengths are fixed and valid: a test checks this path.
        .unwrap_or_default();
    constructed(
        0xF8,
        vec![
            primitive(0xDFDF59, &ciphertext),
            primitive(0xDFDF56, ksn),
            primitive(0xDFDF57, &[ENCRYPTION_TYPE]),
            primitive(0xDFDF58, &[padding as u8]),
        ],
    )
}

/// The test BDK as a key source.
pub fn test_key() -> Result<KeySource, mms_dukpt::Error> {
    SecretKey::from_hex(TEST_BDK).map(KeySource::Bdk)
}

/// [`TEST_PAN`] as `5A` carries it: BCD, two digits a byte.
pub fn test_pan_bcd() -> Vec<u8> {
    TEST_PAN
        .as_bytes()
        .chunks(2)
        .map(|p| (p[0] - b'0') << 4 | (p[1] - b'0'))
        .collect()
}

/// Track 2 equivalent data (`57`): PAN, `D`, expiry YYMM, service code 201, then `F` padding.
fn track2_equivalent() -> Vec<u8> {
    let digits = format!("{TEST_PAN}D2712201123456789F");
    digits
        .as_bytes()
        .chunks(2)
        .map(|p| {
            let nibble = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
            nibble(p[0]) << 4 | nibble(p[1])
        })
        .collect()
}

fn track2() -> String {
    format!(";{TEST_PAN}=27122011234567890?")
}

/// Track 2 with the middle of the PAN and the discretionary data masked, as
/// readers report it in clear.
fn masked_track2() -> String {
    let (first, last) = (&TEST_PAN[..6], &TEST_PAN[TEST_PAN.len() - 4..]);
    let hidden = "0".repeat(TEST_PAN.len() - 10);
    format!(";{first}{hidden}{last}=2712000000000000?")
}

fn primitive(tag: u32, value: &[u8]) -> TlvNode {
    TlvNode::primitive(Tag::from_u32(tag), value)
}

fn constructed(tag: u32, children: Vec<TlvNode>) -> TlvNode {
    TlvNode::constructed(Tag::from_u32(tag), children)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_emv::{DataKind, MacStatus, TransactionData};

    fn blob(payload: &[u8]) -> Vec<u8> {
        // Strip the 84 tag and its (long-form) length.
        let (node, _) =
            TlvNode::parse_lenient(payload, mms_codec::DecodeContext::default()).unwrap();
        match node.value {
            mms_codec::NodeValue::Primitive(v) => v,
            mms_codec::NodeValue::Constructed(_) => panic!("84 is primitive"),
        }
    }

    #[test]
    fn arqc_and_batch_decrypt_to_what_the_sale_was() {
        let sale = Sale {
            technology: TECH_CONTACT,
            amount: [0, 0, 0, 0, 0x12, 0x34],
            currency: [0x09, 0x78],
            ..Sale::default()
        };
        let key = test_key().unwrap();
        for (stage, kind) in [
            (Stage::Arqc, DataKind::Arqc),
            (
                Stage::Batch {
                    approved: true,
                    arpc: None,
                },
                DataKind::Batch,
            ),
        ] {
            let bytes = blob(&notification_payload(&sale, stage, "B4DB", 7));
            assert_eq!((bytes.len() - mms_dukpt::MAC_LEN) % 16, 0);
            let data = TransactionData::parse(&bytes).unwrap();
            assert_eq!(data.mac_status(&key), Ok(MacStatus::Verified));
            assert_eq!(data.to_bytes(), bytes);
            assert_eq!(data.kind(), Some(kind));
            assert_eq!(data.serial_number().as_deref(), Some("B4DB"));
            let decrypted = data.decrypt(&key).unwrap();
            assert_eq!(decrypted.len(), 1);
            assert_eq!(decrypted[0].container.ksn[8..], [0, 0, 0, 7]);
            assert_eq!(decrypted[0].find(0x9F02).unwrap(), sale.amount);
            assert_eq!(decrypted[0].find(0x5F2A).unwrap(), [0x09, 0x78]);
            assert_eq!(decrypted[0].find(0x5A).unwrap(), test_pan_bcd());
            assert_eq!(decrypted[0].find(0x5F24).unwrap(), TEST_EXPIRY);
        }
    }

    /// Every technology's ARQC and batch data carries a MAC that verifies, and
    /// any flipped byte (length, message, padding or MAC) is a mismatch.
    #[test]
    fn every_message_is_maced_and_a_flipped_byte_is_a_mismatch() {
        let key = test_key().unwrap();
        for technology in [TECH_MSR, TECH_CONTACT, TECH_CONTACTLESS] {
            let sale = Sale {
                technology,
                ..Sale::default()
            };
            for stage in [
                Stage::Arqc,
                Stage::Batch {
                    approved: false,
                    arpc: None,
                },
            ] {
                let bytes = blob(&notification_payload(&sale, stage, "B4DB", 3));
                let data = TransactionData::parse(&bytes).unwrap();
                assert_eq!(data.find(0xDFDF54).unwrap(), test_ksn(3));
                assert_eq!(data.mac_status(&key), Ok(MacStatus::Verified));
                let message_end = 2 + data.message().len();
                // A byte of the serial number, of the padding, and of the MAC.
                let serial = bytes.windows(4).position(|w| w == b"B4DB").unwrap();
                for at in [serial, message_end, bytes.len() - 1] {
                    let mut changed = bytes.clone();
                    changed[at] ^= 0x01;
                    let data = TransactionData::parse(&changed).unwrap();
                    assert_eq!(data.mac_status(&key), Ok(MacStatus::Mismatch), "byte {at}");
                }
                // Another BDK derives another MAC key.
                let other = SecretKey::from_hex("0123456789ABCDEFFEDCBA9876543210").unwrap();
                assert_eq!(
                    data.mac_status(&KeySource::Bdk(other)),
                    Ok(MacStatus::Mismatch)
                );
            }
        }
    }
}
