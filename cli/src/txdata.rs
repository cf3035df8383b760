//! Transaction data on the command line: `mms arqc` and `mms decode --bdk`.
//! Keys are parsed straight into `mms_dukpt::SecretKey` (wiped on drop, never
//! printed); card data stays masked unless `--reveal`.

use std::io::Read as _;

use anyhow::{anyhow, bail, Result};
use mms_codec::{DecodeContext, Tag, TlvIter};
use mms_dukpt::{KeySource, SecretKey};
use mms_emv::{Dictionary, ShowOptions, TransactionData};

/// Key text from the command line or the environment: wiped on drop, never
/// shown (`Debug` included), and parsed by [`KeyArgs::source`] so that no
/// error message repeats it (clap's own would).
#[derive(Clone)]
pub struct KeyText(zeroize::Zeroizing<String>);

impl std::fmt::Debug for KeyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyText(redacted)")
    }
}

fn key_text(text: &str) -> Result<KeyText, std::convert::Infallible> {
    Ok(KeyText(zeroize::Zeroizing::new(text.to_string())))
}

/// Key options shared by `decode` and `arqc`.
#[derive(clap::Args, Debug, Default, Clone)]
pub struct KeyArgs {
    /// Decrypt with this Base Derivation Key (hex; TDES or AES DUKPT as each
    /// container's Encryption Type says). Test and development keys only.
    #[arg(long, value_name = "KEY", value_parser = key_text, env = "MMS_BDK", hide_env_values = true, conflicts_with = "ipek")]
    pub bdk: Option<KeyText>,
    /// Decrypt with this initial key (IPEK) of the reader instead of a BDK.
    #[arg(long, value_name = "KEY", value_parser = key_text, env = "MMS_IPEK", hide_env_values = true)]
    pub ipek: Option<KeyText>,
    /// Show card data (PAN, tracks, cardholder name) in clear.
    #[arg(long)]
    pub reveal: bool,
}

impl KeyArgs {
    /// The key source, if a key was given; the error never repeats the text.
    pub fn source(&self) -> Result<Option<KeySource>> {
        let parse = |option: &str, text: &KeyText| {
            SecretKey::from_hex(&text.0)
                .map_err(|_| anyhow!("{option}: not a key (32, 48 or 64 hex digits expected)"))
        };
        Ok(match (&self.bdk, &self.ipek) {
            (Some(text), _) => Some(KeySource::Bdk(parse("--bdk", text)?)),
            (None, Some(text)) => Some(KeySource::InitialKey(parse("--ipek", text)?)),
            (None, None) => None,
        })
    }

    fn options(&self) -> ShowOptions {
        ShowOptions {
            reveal_card_data: self.reveal,
            ..ShowOptions::default()
        }
    }
}

/// Arguments of `mms arqc`.
#[derive(clap::Args, Debug)]
pub struct ArqcArgs {
    /// ARQC or batch data in hex, as a 0x0101 notification carries it (2-byte
    /// length, F9 container, padding); read from stdin when not given.
    pub hex: Vec<String>,
    #[command(flatten)]
    pub keys: KeyArgs,
}

/// Runs `mms arqc`.
pub fn run_arqc(args: &ArqcArgs) -> Result<()> {
    let text = if args.hex.is_empty() {
        let mut text = String::new();
        std::io::stdin()
            .take(1 << 20)
            .read_to_string(&mut text)
            .map_err(|e| anyhow!("cannot read stdin: {e}"))?;
        text
    } else {
        args.hex.join(" ")
    };
    let bytes = mms_spec::parse_hex(text.trim()).map_err(|e| anyhow!("not hex: {e}"))?;
    if bytes.is_empty() {
        bail!("no input: give the transaction data in hex as arguments or on stdin");
    }
    let key = args.keys.source()?;
    let data = TransactionData::parse(&bytes).map_err(|e| anyhow!("{e}"))?;
    let listing = data.render(key.as_ref(), Dictionary::builtin(), args.keys.options());
    print!("{listing}");
    if listing.lines().any(|l| l.starts_with("error:")) {
        bail!("transaction data could not be fully decoded");
    }
    Ok(())
}

/// For `mms decode --bdk`: the transaction data and encrypted containers in a
/// message, listed by EMV tag name and decrypted; `None` when it has none.
pub fn decrypted_listing(
    message: &[u8],
    key: Option<&KeySource>,
    keys: &KeyArgs,
) -> Option<String> {
    let key = key?;
    let envelope = mms_protocol::Envelope::decode(message).ok()?;
    let body = envelope.payload_body()?;
    let options = keys.options();
    let mut out = String::new();
    // Transaction data (0x0101, Table 309): an `84` whose value is the blob.
    for item in TlvIter::new(body, DecodeContext::default()).flatten() {
        if item.tag == Tag::from_u32(0x84) {
            if let Ok(data) = TransactionData::parse(item.value) {
                out.push_str(&data.render(Some(key), Dictionary::builtin(), options));
            }
        }
    }
    if out.is_empty() {
        // Any other encrypted container (F8, FF42, F4, FF73) in the payload.
        let found = mms_dukpt::find_encrypted(body, DecodeContext::default()).ok()?;
        for f in found {
            let ksn = mms_spec::format_hex(f.data.ksn).replace(' ', "");
            out.push_str(&format!(
                "encrypted container {}: KSN {ksn}, encryption type {}\n",
                f.layout.container, f.data.encryption_type
            ));
            match f.data.decrypt(key) {
                Ok(plain) => {
                    let contents = mms_emv::expand_padded(&plain, DecodeContext::default());
                    for line in contents.render(Dictionary::builtin(), options).lines() {
                        out.push_str(&format!("  {line}\n"));
                    }
                }
                Err(e) => out.push_str(&format!("error: cannot decrypt: {e}\n")),
            }
        }
    }
    (!out.is_empty()).then_some(out)
}
