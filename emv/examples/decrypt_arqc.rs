//! Decrypts every encrypted container of an ARQC or batch data message and
//! lists its contents by EMV tag name.
//!
//!     cargo run -p mms-emv --example decrypt_arqc -- [--reveal] BDK HEX
//!
//! With no arguments it decrypts a built-in sample under the public X9.24-3
//! AES test BDK (never a production key). Card data stays masked unless `--reveal`.

use mms_codec::DecodeContext;
use mms_dukpt::{find_encrypted, KeySource, SecretKey};
use mms_emv::{expand_padded, Dictionary, ShowOptions};

/// An `F9 > FA > 70 > F8` message whose `F8` holds `shared/vectors/DUKPT.md`'s container.
const SAMPLE: &str = concat!(
    "F950 DFDF2504 01020304 FA46 7044 82021980",
    " F83E DFDF5920 E4F086DB7A2110FE8656C955D41370783C91E3DEE177337663ACC09E91D8F7DA",
    " DFDF560C 123456789012345600000001 DFDF5701 9D DFDF5801 0A",
);
const TEST_BDK: &str = "FEDCBA9876543210F1F1F1F1F1F1F1F1";

fn unhex(text: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if digits.len() % 2 != 0 {
        return Err("odd number of hex digits".into());
    }
    digits
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair).map_err(|e| e.to_string())?;
            u8::from_str_radix(pair, 16).map_err(|_| format!("`{pair}` is not hex"))
        })
        .collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let reveal = args.first().is_some_and(|a| a == "--reveal");
    if reveal {
        args.remove(0);
    }
    let (bdk, message) = match args.as_slice() {
        [] => (TEST_BDK.to_string(), SAMPLE.to_string()),
        [bdk, hex] => (bdk.clone(), hex.clone()),
        _ => return Err("usage: decrypt_arqc [--reveal] [BDK HEX]".into()),
    };
    let source = KeySource::Bdk(SecretKey::from_hex(&bdk)?);
    let message = unhex(&message)?;
    let options = ShowOptions {
        reveal_card_data: reveal,
        ..ShowOptions::default()
    };
    for found in find_encrypted(&message, DecodeContext::default())? {
        let data = found.data;
        let ksn: String = data.ksn.iter().map(|b| format!("{b:02X}")).collect();
        println!(
            "container {} at byte {}: KSN {ksn}, encryption type {}",
            found.layout.container, found.offset, data.encryption_type
        );
        let plain = data.decrypt(&source)?;
        let contents = expand_padded(&plain, DecodeContext::default());
        print!("{}", contents.render(Dictionary::builtin(), options));
    }
    Ok(())
}
