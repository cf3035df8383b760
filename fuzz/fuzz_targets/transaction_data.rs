//! Arbitrary input as notification 0x0101's transaction data (ARQC or batch
//! data, with or without its 2-byte length) through `mms_emv::TransactionData`,
//! and as EMV TLV data through the expander and renderer: no panic; accepted
//! data re-encodes byte for byte, and its containers, decryption and MAC check
//! with the public test keys, and its listing, complete without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_codec::DecodeContext;
use mms_dukpt::{KeySource, SecretKey};
use mms_emv::{expand_padded, read_arpc, render, Dictionary, ShowOptions, TransactionData};

/// X9.24's TDES test BDK and the AES one the simulator encrypts under: data
/// built by either (the seeds) decrypts and its MAC verifies, so the paths
/// past a successful decryption are fuzzed too. Built once, not per input.
fn test_keys() -> &'static [KeySource; 2] {
    static KEYS: std::sync::OnceLock<[KeySource; 2]> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        [
            KeySource::Bdk(SecretKey::from_hex("0123456789ABCDEFFEDCBA9876543210").unwrap()),
            mms_sim::transaction::test_key().unwrap(),
        ]
    })
}

fuzz_target!(|data: &[u8]| {
    let dictionary = Dictionary::builtin();
    let shown = ShowOptions::default();
    let expanded = expand_padded(data, DecodeContext::default());
    let _ = render(&expanded.nodes, dictionary, shown);
    let _ = read_arpc(data);
    let parsed = match TransactionData::parse(data) {
        Ok(parsed) => parsed,
        Err(error) => {
            // What `mms decode` shows for it: formatting must not panic either.
            let _ = error.to_string();
            return;
        }
    };
    assert_eq!(
        parsed.to_bytes(),
        data,
        "transaction data does not re-encode"
    );
    if let Ok(containers) = parsed.containers() {
        let message = parsed.message().len();
        assert!(containers.iter().all(|c| c.offset < message));
    }
    for key in test_keys() {
        let _ = parsed.decrypt(key);
        let _ = parsed.mac_status(key);
        let _ = parsed.render(Some(key), dictionary, shown);
    }
    let _ = parsed.serial_number();
    let _ = parsed.render(
        None,
        dictionary,
        ShowOptions {
            reveal_card_data: true,
            ..shown
        },
    );
});
