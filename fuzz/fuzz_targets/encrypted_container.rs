//! Arbitrary input as the value of an encrypted-data container (every layout
//! mms-dukpt knows) and as a whole message searched for containers: parsing and
//! decrypting with the public test keys must never panic, whatever decrypts
//! keeps within the ciphertext's length, and found containers lie inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_codec::DecodeContext;
use mms_dukpt::{find_encrypted, EncryptedData, EncryptedTags, KeySource, SecretKey};

fuzz_target!(|data: &[u8]| {
    let keys = [
        "0123456789ABCDEFFEDCBA9876543210",
        "FEDCBA9876543210F1F1F1F1F1F1F1F1",
        "FEDCBA9876543210F1F1F1F1F1F1F1F1FEDCBA9876543210F1F1F1F1F1F1F1F1",
    ]
    .map(|hex| SecretKey::from_hex(hex).expect("test key"));
    if let Ok(found) = find_encrypted(data, DecodeContext::default()) {
        for f in found {
            assert!(f.offset < data.len());
            let _ = f.data.decrypt(&KeySource::Bdk(keys[1].clone()));
        }
    }
    for tags in EncryptedTags::ALL {
        let Ok(parsed) = EncryptedData::parse(data, &tags, DecodeContext::default()) else {
            continue;
        };
        for key in &keys {
            for source in [
                KeySource::Bdk(key.clone()),
                KeySource::InitialKey(key.clone()),
            ] {
                if let Ok(plain) = parsed.decrypt(&source) {
                    assert!(plain.len() <= parsed.ciphertext.len());
                }
            }
        }
    }
});
