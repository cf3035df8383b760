//! The standards' published DUKPT values and every reference value of
//! `shared/vectors/DUKPT.md` (copied here as facts: keys, KSNs, results).

use mms_codec::DecodeContext;
use mms_dukpt::{
    aes_dukpt, derive_key, tdes, Algorithm, EncryptedData, EncryptedTags, EncryptionType, Error,
    KeySource, KeyUsage, SecretKey,
};

fn unhex(s: &str) -> Vec<u8> {
    hex::decode(s).unwrap()
}

fn key(s: &str) -> SecretKey {
    SecretKey::from_hex(s).unwrap()
}

fn hexkey(k: &SecretKey) -> String {
    hex::encode_upper(k.expose())
}

const TDES_BDK: &str = "0123456789ABCDEFFEDCBA9876543210";
const AES_BDK: &str = "FEDCBA9876543210F1F1F1F1F1F1F1F1";

#[test]
fn tdes_ipek_is_the_published_one() {
    let ipek = tdes::initial_key(&key(TDES_BDK), &unhex("FFFF9876543210E00000")).unwrap();
    assert_eq!(hexkey(&ipek), "6AC292FAA1315B4D858AB3A3D7D5933A");
}

#[test]
fn tdes_transaction_keys() {
    let ipek = key("6AC292FAA1315B4D858AB3A3D7D5933A");
    for (ksn, expected) in [
        ("FFFF9876543210E00001", "042666B49184CFA368DE9628D0397BC9"),
        ("FFFF9876543210E00002", "C46551CEF9FD24B0AA9AD834130D3BC7"),
        ("FFFF9876543210E00003", "0DF3D9422ACA56E547676D07AD6BADFA"),
        ("FFFF9876543210E00010", "59598DCBD9BD94C094165CE453585F57"),
    ] {
        let k = tdes::transaction_key(&ipek, &unhex(ksn)).unwrap();
        assert_eq!(hexkey(&k), expected, "KSN {ksn}");
    }
}

#[test]
fn tdes_variants() {
    let ksn = unhex("FFFF9876543210E00001");
    let bdk = KeySource::Bdk(key(TDES_BDK));
    let variant = |usage| {
        let t = EncryptionType {
            algorithm: Algorithm::Tdes,
            usage,
        };
        hexkey(&derive_key(&bdk, t, &ksn).unwrap())
    };
    for (usage, expected) in [
        (KeyUsage::TdesPin, "042666B49184CF5C68DE9628D0397B36"),
        (KeyUsage::TdesData, "042666B4917BCFA368DE9628D0C67BC9"),
        (
            KeyUsage::TdesDataEncrypt,
            "448D3F076D8304036A55A3D7E0055A78",
        ),
        // The two MAC variants: the derived key above XOR `000000000000FF00…FF00` (X9.24's
        // request variant, key usage 0x2) and `00000000FF000000…FF000000` (response, 0x4).
        (KeyUsage::TdesMac, "042666B4918430A368DE9628D03984C9"),
        (KeyUsage::TdesMacVerify, "042666B46E84CFA368DE96282F397BC9"),
    ] {
        assert_eq!(variant(usage), expected, "{usage:?}");
    }
    // From the IPEK instead of the BDK: the same key.
    let ipek = KeySource::InitialKey(key("6AC292FAA1315B4D858AB3A3D7D5933A"));
    let t = EncryptionType::from_byte(0x80).unwrap();
    assert_eq!(
        hexkey(&derive_key(&ipek, t, &ksn).unwrap()),
        variant(KeyUsage::TdesData)
    );
}

#[test]
fn aes_initial_key_is_the_published_one() {
    let ksn = unhex("123456789012345600000001");
    let k = aes_dukpt::initial_key(&key(AES_BDK), Algorithm::Aes128, &ksn).unwrap();
    assert_eq!(hexkey(&k), "1273671EA26AC29AFA4D1084127652A1");
}

#[test]
fn aes_working_keys_for_data_both_ways() {
    let bdk = KeySource::Bdk(key(AES_BDK));
    let ipk = KeySource::InitialKey(key("1273671EA26AC29AFA4D1084127652A1"));
    let t = EncryptionType::from_byte(0x9D).unwrap();
    assert_eq!(t.usage.aes_code(), Some(0x3002));
    for (ksn, expected) in [
        (
            "123456789012345600000001",
            "A308E080DD15A1B741F1721BF67DE11C",
        ),
        (
            "123456789012345600000002",
            "384DBC2DE98F6AEFA18BD7C1B5997E3B",
        ),
        (
            "123456789012345600000010",
            "5EF466B1AFA1ADBC844FAC39B7E08F64",
        ),
    ] {
        assert_eq!(
            hexkey(&derive_key(&bdk, t, &unhex(ksn)).unwrap()),
            expected,
            "KSN {ksn}"
        );
        assert_eq!(
            hexkey(&derive_key(&ipk, t, &unhex(ksn)).unwrap()),
            expected,
            "KSN {ksn}"
        );
    }
}

#[test]
fn aes_container_decrypts_end_to_end() {
    let ciphertext = "E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA";
    let expected = "FC145A0847617390010100105F24032712315F3401010A0A0A0A0A0A0A0A0A0A";
    let bdk = KeySource::Bdk(key(AES_BDK));
    let t = EncryptionType::from_byte(0x9D).unwrap();
    let ksn = unhex("123456789012345600000001");
    let plain = mms_dukpt::decrypt(&bdk, t, &ksn, &unhex(ciphertext)).unwrap();
    assert_eq!(hex::encode_upper(&plain[..]), expected);

    // The same through an F8 container with its padding count.
    let f8 = unhex(&format!(
        "DFDF5920{ciphertext}DFDF560C123456789012345600000001DFDF57019DDFDF58010A"
    ));
    let data =
        EncryptedData::parse(&f8, &EncryptedTags::TRANSACTION, DecodeContext::default()).unwrap();
    let plain = data.decrypt(&bdk).unwrap();
    assert_eq!(hex::encode_upper(&plain[..]), &expected[..44]);
}

#[test]
fn container_errors_are_typed() {
    let cx = DecodeContext::default();
    let parse = |hex: &str| {
        let bytes: &'static [u8] = unhex(hex).leak();
        EncryptedData::parse(bytes, &EncryptedTags::TRANSACTION, cx)
    };
    assert!(matches!(
        parse("DFDF560C123456789012345600000001DFDF57019D"),
        Err(Error::MissingItem { .. })
    ));
    assert!(matches!(
        parse(
            "DFDF591000000000000000000000000000000000DFDF560C123456789012345600000001DFDF5702009D"
        ),
        Err(Error::BadItemLength { found: 2, .. })
    ));
    assert!(matches!(parse("DFDF5905"), Err(Error::Decode(_))));
    // Padding longer than the data.
    let data = parse(
        "DFDF591000000000000000000000000000000000DFDF560C123456789012345600000001DFDF57019DDFDF580111",
    )
    .unwrap();
    let bdk = KeySource::Bdk(key(AES_BDK));
    assert_eq!(
        data.decrypt(&bdk).unwrap_err(),
        Error::BadPadding {
            padding: 17,
            length: 16
        }
    );
    // A ciphertext that is not whole blocks.
    let t = EncryptionType::from_byte(0x9D).unwrap();
    let ksn = unhex("123456789012345600000001");
    assert!(matches!(
        mms_dukpt::decrypt(&bdk, t, &ksn, &[0; 15]),
        Err(Error::CiphertextLength {
            length: 15,
            block: 16
        })
    ));
    // A PIN key never decrypts data; a TDES KSN is not an AES KSN.
    let pin = EncryptionType::from_byte(0x97).unwrap();
    assert!(matches!(
        mms_dukpt::decrypt(&bdk, pin, &ksn, &[0; 16]),
        Err(Error::UnsupportedEncryptionType { .. })
    ));
    assert!(matches!(
        mms_dukpt::decrypt(&bdk, t, &ksn[..10], &[0; 16]),
        Err(Error::BadKsnLength {
            expected: 12,
            found: 10
        })
    ));
}

#[test]
fn keys_never_print() {
    let k = key(AES_BDK);
    let shown = format!("{k:?} {:?}", KeySource::Bdk(k.clone()));
    assert!(
        !shown.contains("FEDC") && !shown.to_lowercase().contains("fedc"),
        "{shown}"
    );
    assert!(!shown.contains("254"), "{shown}");
    assert!(shown.contains("redacted"));
    assert!(SecretKey::from_hex("00112233").is_err());
    assert!(SecretKey::from_hex("zz").is_err());
}

#[test]
fn aes256_derives_and_refuses_a_short_bdk() {
    let t = EncryptionType::from_byte(0xAD).unwrap();
    let ksn = unhex("123456789012345600000001");
    let short = KeySource::Bdk(key(AES_BDK));
    assert_eq!(
        derive_key(&short, t, &ksn).unwrap_err(),
        Error::BadKeyLength {
            expected: 32,
            found: 16
        }
    );
    let long = KeySource::Bdk(key(&format!("{AES_BDK}{AES_BDK}")));
    assert_eq!(derive_key(&long, t, &ksn).unwrap().len(), 32);
}

mod arbitrary_input {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // The fuzz target's property on stable: no input panics, and decrypted
        // data never outgrows its ciphertext.
        #[test]
        fn containers_never_panic(data in proptest::collection::vec(any::<u8>(), 0..96), kind in any::<u8>()) {
            let source = KeySource::Bdk(key(AES_BDK));
            let mut f8 = data.clone();
            f8.extend_from_slice(&[0xDF, 0xDF, 0x57, 0x01, kind]);
            for bytes in [&data, &f8] {
                for tags in EncryptedTags::ALL {
                    if let Ok(parsed) = EncryptedData::parse(bytes, &tags, DecodeContext::default()) {
                        if let Ok(plain) = parsed.decrypt(&source) {
                            prop_assert!(plain.len() <= parsed.ciphertext.len());
                        }
                    }
                }
            }
        }

        #[test]
        fn any_ksn_and_type_derive_or_fail_cleanly(ksn in proptest::collection::vec(any::<u8>(), 8..14), kind in any::<u8>()) {
            if let Ok(t) = EncryptionType::from_byte(kind) {
                let source = KeySource::InitialKey(key(AES_BDK));
                if let Ok(k) = derive_key(&source, t, &ksn) {
                    prop_assert_eq!(k.len(), t.algorithm.key_len());
                    prop_assert_eq!(ksn.len(), t.algorithm.ksn_len());
                }
            }
        }
    }
}

#[test]
fn every_encrypted_value_of_an_arqc_is_found() {
    use mms_dukpt::find_encrypted;
    let ciphertext = "E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA";
    let f8 = format!("DFDF5920{ciphertext}DFDF560C123456789012345600000001DFDF57019DDFDF58010A");
    // MSR container with track 1 only (tracks 2 and 3 absent), under the same key.
    let f4 = format!(
        "DFDF3601 00 DFDF3710{} DFDF500C123456789012345600000002 DFDF51019D",
        "00".repeat(16)
    );
    let seventy = format!("8202 1980 F8{:02X}{f8}", f8.len() / 2);
    let seventy = seventy.replace(' ', "");
    let fa = format!(
        "70{:02X}{seventy}F4{:02X}{}",
        seventy.len() / 2,
        f4.replace(' ', "").len() / 2,
        f4.replace(' ', "")
    );
    let f9_body = format!("DFDF2504 01020304 FA81{:02X}{fa}", fa.len() / 2).replace(' ', "");
    let arqc = unhex(&format!("F981{:02X}{f9_body}", f9_body.len() / 2));
    let found = find_encrypted(&arqc, DecodeContext::default()).unwrap();
    let layouts: Vec<_> = found.iter().map(|f| f.layout).collect();
    assert_eq!(
        layouts,
        [EncryptedTags::TRANSACTION, EncryptedTags::MSR_TRACK_1]
    );
    let bdk = KeySource::Bdk(key(AES_BDK));
    let plain = found[0].data.decrypt(&bdk).unwrap();
    assert_eq!(
        hex::encode_upper(&plain[..]),
        "FC145A0847617390010100105F24032712315F340101"
    );
    assert_eq!(found[1].data.decrypt(&bdk).unwrap().len(), 16);
    assert_eq!(found[1].data.ksn, unhex("123456789012345600000002"));
    // A truncated copy is an error that names the containers on the way.
    let err = find_encrypted(&arqc[..arqc.len() - 1], DecodeContext::default()).unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err}");
    // An F8 whose type byte is malformed is an error, not skipped.
    let bad = unhex("F806DFDF57029D9D");
    assert!(matches!(
        find_encrypted(&bad, DecodeContext::default()),
        Err(Error::BadItemLength { .. })
    ));
    assert_eq!(SecretKey::from_hex("0").unwrap_err(), Error::KeyNotHex);
}

#[test]
fn plaintext_never_prints() {
    let bdk = KeySource::Bdk(key(AES_BDK));
    let t = EncryptionType::from_byte(0x9D).unwrap();
    let ciphertext = unhex("E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA");
    let plain =
        mms_dukpt::decrypt(&bdk, t, &unhex("123456789012345600000001"), &ciphertext).unwrap();
    assert_eq!(format!("{plain:?}"), "Plaintext(32 bytes, redacted)");
    assert_eq!(plain[0], 0xFC);
}

/// Encrypts with RustCrypto's CBC directly under the derived key, then decrypts
/// through the crate: checks the cipher, IV and key wiring of every data type.
#[test]
fn every_data_encryption_type_round_trips() {
    use cipher::{BlockEncryptMut, KeyIvInit};

    fn encrypt<C>(key: &[u8], data: &mut [u8])
    where
        C: cipher::BlockEncrypt + cipher::BlockCipher + cipher::KeyInit,
    {
        let block = C::block_size();
        let mut cbc = cbc::Encryptor::<C>::new_from_slices(key, &vec![0u8; block]).unwrap();
        for chunk in data.chunks_exact_mut(block) {
            cbc.encrypt_block_mut(cipher::generic_array::GenericArray::from_mut_slice(chunk));
        }
    }

    let tdes_ksn = unhex("FFFF9876543210E00003");
    let aes_ksn = unhex("123456789012345600000010");
    let aes256_bdk = format!("{AES_BDK}{AES_BDK}");
    for (byte, bdk, ksn) in [
        (0x80, TDES_BDK, &tdes_ksn),
        (0x83, TDES_BDK, &tdes_ksn),
        (0x9B, AES_BDK, &aes_ksn),
        (0x9C, AES_BDK, &aes_ksn),
        (0x9D, AES_BDK, &aes_ksn),
        (0xAD, aes256_bdk.as_str(), &aes_ksn),
    ] {
        let t = EncryptionType::from_byte(byte).unwrap();
        let source = KeySource::Bdk(key(bdk));
        let k = derive_key(&source, t, ksn).unwrap();
        let message: Vec<u8> = (0..48u8).collect();
        let mut data = message.clone();
        match t.algorithm {
            Algorithm::Tdes => encrypt::<des::TdesEde2>(k.expose(), &mut data),
            Algorithm::Aes128 => encrypt::<aes::Aes128>(k.expose(), &mut data),
            Algorithm::Aes256 => encrypt::<aes::Aes256>(k.expose(), &mut data),
        }
        assert_ne!(data, message);
        let plain = mms_dukpt::decrypt(&source, t, ksn, &data).unwrap();
        assert_eq!(&plain[..], &message[..], "type {byte:#04x}");
    }
}

/// `encrypt` is the inverse of `decrypt` and reproduces DUKPT.md's container.
#[test]
fn encrypt_reproduces_the_reference_container() {
    use mms_dukpt::{decrypt, encrypt, EncryptionType, KeySource, SecretKey};
    let bdk = KeySource::Bdk(SecretKey::from_hex("FEDCBA9876543210F1F1F1F1F1F1F1F1").unwrap());
    let ksn = hex::decode("123456789012345600000001").unwrap();
    let kind = EncryptionType::from_byte(0x9D).unwrap();
    let plain =
        hex::decode("FC145A0847617390010100105F24032712315F3401010A0A0A0A0A0A0A0A0A0A").unwrap();
    let cipher = encrypt(&bdk, kind, &ksn, &plain).unwrap();
    assert_eq!(
        hex::encode_upper(&cipher),
        "E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA"
    );
    assert_eq!(&decrypt(&bdk, kind, &ksn, &cipher).unwrap()[..], &plain[..]);
    assert!(encrypt(&bdk, kind, &ksn, &plain[..31]).is_err());
    let tdes = EncryptionType::from_byte(0x80).unwrap();
    let tdes_bdk = KeySource::Bdk(SecretKey::from_hex("0123456789ABCDEFFEDCBA9876543210").unwrap());
    let tksn = hex::decode("FFFF9876543210E00001").unwrap();
    let c = encrypt(&tdes_bdk, tdes, &tksn, &plain).unwrap();
    assert_eq!(
        &decrypt(&tdes_bdk, tdes, &tksn, &c).unwrap()[..],
        &plain[..]
    );
}
