//! Every Encryption Type byte in every encrypted-data container layout
//! mms-dukpt knows: the data types of TDES, AES-128 and AES-256 decrypt what
//! was encrypted under the same BDK and KSN; PIN and MAC types, fixed keys and
//! reserved or mixed values are refused with `UnsupportedEncryptionType`
//! naming the byte. With `MMS_FUZZ_SEEDS` set, the containers are seeds of the
//! `encrypted_container` target (encrypted under the BDKs it holds), whose
//! corpus had reached a decryption through three inputs only.

use mms_codec::{DecodeContext, TlvNode};
use mms_dukpt::{EncryptedData, EncryptedTags, EncryptionType, Error, KeySource, SecretKey};

/// The `encrypted_container` target's BDKs, by the algorithm bits of the type
/// byte: X9.24's TDES test BDK, an AES-128 and an AES-256 key.
const BDKS: [&str; 3] = [
    "0123456789ABCDEFFEDCBA9876543210",
    "FEDCBA9876543210F1F1F1F1F1F1F1F1",
    "FEDCBA9876543210F1F1F1F1F1F1F1F1FEDCBA9876543210F1F1F1F1F1F1F1F1",
];
const TDES_KSN: &[u8] = b"\xFF\xFF\x98\x76\x54\x32\x10\xE0\x00\x01";
const AES_KSN: &[u8] = b"\x12\x34\x56\x78\x90\x12\x34\x56\x00\x00\x00\x01";

/// The container's items (its value), padding count included where the layout has one.
fn items(tags: &EncryptedTags, ksn: &[u8], kind: u8, data: &[u8], padding: u8) -> Vec<u8> {
    let mut items = vec![
        TlvNode::primitive(tags.data, data.to_vec()),
        TlvNode::primitive(tags.ksn, ksn.to_vec()),
        TlvNode::primitive(tags.encryption_type, vec![kind]),
    ];
    if let Some(tag) = tags.padding {
        items.push(TlvNode::primitive(tag, vec![padding]));
    }
    items.iter().flat_map(TlvNode::to_bytes).collect()
}

#[test]
fn every_encryption_type_in_every_container_decrypts_or_is_refused() {
    let plain = b"track data, 20 bytes".to_vec();
    let mut padded = plain.clone();
    padded.resize(32, 0);
    let padding = (padded.len() - plain.len()) as u8;
    let sources = BDKS.map(|hex| KeySource::Bdk(SecretKey::from_hex(hex).unwrap()));
    let mut decrypted = Vec::new();
    let mut seeds = Vec::new();
    for (layout, tags) in EncryptedTags::ALL.iter().enumerate() {
        for byte in 0u8..=0xFF {
            let algorithm = usize::from((byte >> 4) & 0b111).min(2);
            let ksn = if algorithm == 0 { TDES_KSN } else { AES_KSN };
            let source = &sources[algorithm];
            let ciphertext = EncryptionType::from_byte(byte)
                .and_then(|kind| mms_dukpt::encrypt(source, kind, ksn, &padded));
            let value = items(
                tags,
                ksn,
                byte,
                ciphertext.as_deref().unwrap_or(&padded),
                padding,
            );
            let parsed = EncryptedData::parse(&value, tags, DecodeContext::default());
            let name = format!("enc_{layout}_{byte:02X}");
            match ciphertext {
                Ok(_) => {
                    let parsed = parsed.unwrap_or_else(|e| panic!("{name}: {e}"));
                    let back = parsed
                        .decrypt(source)
                        .unwrap_or_else(|e| panic!("{name}: {e}"));
                    let expected = if tags.padding.is_some() {
                        &plain
                    } else {
                        &padded
                    };
                    assert_eq!(&back[..], &expected[..], "{name}");
                    if layout == 0 {
                        decrypted.push(byte);
                    }
                }
                Err(refused) => {
                    assert!(
                        matches!(refused, Error::UnsupportedEncryptionType { byte: b, .. } if b == byte),
                        "{name}: encrypting: {refused}"
                    );
                    // Parsing or decrypting refuses it the same way.
                    let error = parsed
                        .and_then(|p| p.decrypt(source).map(drop))
                        .unwrap_err();
                    assert!(
                        matches!(error, Error::UnsupportedEncryptionType { byte: b, .. } if b == byte),
                        "{name}: {error}"
                    );
                }
            }
            // Seeds: every byte with the DUKPT bit and a usage nibble in use.
            if byte >= 0x80 && byte & 0x0F <= 0x0D {
                seeds.push((name, value));
            }
        }
    }
    // TDES data (80) and data encryption (83); AES-128 and AES-256 data
    // encrypt, decrypt and both (9B-9D, AB-AD).
    assert_eq!(decrypted, [0x80, 0x83, 0x9B, 0x9C, 0x9D, 0xAB, 0xAC, 0xAD]);
    crate::common::write_fuzz_seeds("encrypted_container", seeds);
}
