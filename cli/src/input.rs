//! Reading hex input: message arguments or stdin lines, optionally as HID
//! reports or SLIP frames that are reassembled into messages first.

use anyhow::{bail, Result};
use mms_runtime::hid_framing::{HidEvent, Reassembler, DEFAULT_MAX_MESSAGE_LEN};
use mms_runtime::slip::{SlipDecoder, SlipEvent};

/// Parses hex with optional spaces, commas, colons and `0x` prefixes
/// (`AA 00 81`, `0xAA,0x00`, `AA0081`).
pub fn parse_hex(text: &str) -> Result<Vec<u8>> {
    let mut digits = Vec::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts_token = i == 0 || matches!(chars[i - 1], ' ' | '\t' | ',' | ':');
        if c == '0' && starts_token && matches!(chars.get(i + 1), Some('x' | 'X')) {
            i += 2;
            continue;
        }
        match c.to_digit(16) {
            Some(d) => digits.push(d as u8),
            None if c.is_whitespace() || c == ',' || c == ':' => {}
            None => bail!(
                "character {c:?} at column {} is not a hex digit (expected hex like \"AA 00 81 04 ...\")",
                i + 1
            ),
        }
        i += 1;
    }
    if digits.len() % 2 != 0 {
        bail!(
            "odd number of hex digits ({}): a byte needs two digits",
            digits.len()
        );
    }
    Ok(digits.chunks(2).map(|p| (p[0] << 4) | p[1]).collect())
}

/// One input to decode: where it came from, and its bytes or why there are none.
pub struct Input {
    /// `argument 2`, `line 5` ...
    pub origin: String,
    /// The message bytes, or a one-line reason.
    pub bytes: Result<Vec<u8>, String>,
}

/// How the text inputs are framed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Each input is one whole message.
    Plain,
    /// Each input is one 64-byte HID report; messages span reports.
    Hid,
    /// Each input holds SLIP bytes (one or more frames, or part of one).
    Slip,
}

/// Turns text inputs (`(origin, text)`, blank ones already skipped) into messages.
pub fn messages(texts: Vec<(String, String)>, framing: Framing) -> Vec<Input> {
    let mut out = Vec::new();
    match framing {
        Framing::Plain => {
            for (origin, text) in texts {
                let bytes = parse_hex(&text).map_err(|e| format!("{origin}: {e}"));
                out.push(Input { origin, bytes });
            }
        }
        Framing::Hid => {
            let mut reassembler = Reassembler::new(DEFAULT_MAX_MESSAGE_LEN);
            let mut last = String::new();
            for (origin, text) in texts {
                last.clone_from(&origin);
                let report = match parse_hex(&text) {
                    Ok(r) => r,
                    Err(e) => {
                        out.push(Input {
                            bytes: Err(format!("{origin}: {e}")),
                            origin,
                        });
                        continue;
                    }
                };
                reassembler.push(&report, |event| {
                    let bytes = match event {
                        HidEvent::Message(m) => Ok(m),
                        HidEvent::Cancelled { reason, discarded } => Err(format!(
                            "{origin}: the sender cancelled the message (reason {reason:#06x}, {discarded} bytes dropped)"
                        )),
                        HidEvent::Error(e) => Err(format!("{origin}: HID report: {e}")),
                    };
                    out.push(Input {
                        origin: origin.clone(),
                        bytes,
                    });
                });
            }
            if let Some((have, total)) = reassembler.progress() {
                out.push(Input {
                    origin: last.clone(),
                    bytes: Err(format!(
                        "{last}: input ends inside a multi-report message ({have} of {total} bytes)"
                    )),
                });
            }
        }
        Framing::Slip => {
            let mut decoder = SlipDecoder::new(mms_runtime::slip::DEFAULT_MAX_MESSAGE_LEN);
            for (origin, text) in texts {
                let bytes = match parse_hex(&text) {
                    Ok(b) => b,
                    Err(e) => {
                        out.push(Input {
                            bytes: Err(format!("{origin}: {e}")),
                            origin,
                        });
                        continue;
                    }
                };
                decoder.push(&bytes, |event| {
                    let bytes = match event {
                        SlipEvent::Message { message, .. } => Ok(message),
                        SlipEvent::CapabilityExceeded { max_len } => Err(format!(
                            "{origin}: SLIP capability-exceeded reply (the device takes at most {max_len} bytes)"
                        )),
                        SlipEvent::Discarded { bytes, reason, .. } => Err(format!(
                            "{origin}: SLIP: {bytes} bytes discarded: {reason}"
                        )),
                    };
                    out.push(Input {
                        origin: origin.clone(),
                        bytes,
                    });
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_forms() {
        assert_eq!(parse_hex("AA 00 81").unwrap(), [0xAA, 0, 0x81]);
        assert_eq!(parse_hex("0xAA,0x00").unwrap(), [0xAA, 0]);
        assert_eq!(parse_hex("0xAA0081").unwrap(), [0xAA, 0, 0x81]);
        assert!(parse_hex("AZ")
            .unwrap_err()
            .to_string()
            .contains("column 2"));
        assert!(parse_hex("AAA").is_err());
    }

    #[test]
    fn hid_reports_reassemble() {
        let message: Vec<u8> = (0..100).collect();
        let reports: Vec<(String, String)> = mms_runtime::hid_framing::packetize(&message)
            .unwrap()
            .enumerate()
            .map(|(i, r)| (format!("line {i}"), crate::annotate::hex(&r)))
            .collect();
        let inputs = messages(reports, Framing::Hid);
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].bytes.as_ref().unwrap(), &message);
    }
}
