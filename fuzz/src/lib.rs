//! Shared by the fuzz targets: the built-in spec, loaded once, and reference
//! decoders for the differential targets: the HID packet and SLIP frame rules
//! written again, as plainly as possible and independently of the runtime's
//! streaming state machines (whole input in, list of messages out, no
//! buffering strategy, no limits on chunking). The targets assert that the
//! runtime and these agree on every message.
//!
//! Test-only code: nothing outside this fuzz crate uses it.

use std::sync::OnceLock;

use mms_spec::Spec;

/// The built-in spec, loaded once for the targets that read it.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(Spec::builtin)
}

/// What a SLIP stream yields that a reader acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlipOutcome {
    /// A well-formed frame: its info byte and message.
    Message(u8, Vec<u8>),
    /// A capability-exceeded frame and the length it announces.
    CapabilityExceeded(u32),
}

/// The messages of a SLIP stream (manual section 2.6): frames are the runs
/// between two `C0` delimiters (bytes before the first are not a frame, bytes
/// after the last are an unfinished frame); inside, `DB DC` is `C0` and
/// `DB DD` is `DB`, any other `DB` spoils the frame; a frame is an info byte
/// (`00`, `02`, or `03`), a 4-byte big-endian length, and exactly that many
/// message bytes, at most `cap` (`03` frames carry no message: the length is
/// the peer's limit).
pub fn slip(stream: &[u8], cap: usize) -> Vec<SlipOutcome> {
    let mut frames: Vec<&[u8]> = stream.split(|b| *b == 0xC0).collect();
    // Before the first delimiter, and after the last: not frames.
    frames.pop();
    if !frames.is_empty() {
        frames.remove(0);
    }
    frames
        .into_iter()
        .filter(|raw| !raw.is_empty())
        .filter_map(|raw| {
            let frame = unescape(raw)?;
            let (header, message) = frame.split_at_checked(5)?;
            let declared = u32::from_be_bytes([header[1], header[2], header[3], header[4]]);
            match header[0] {
                0x03 if message.is_empty() => Some(SlipOutcome::CapabilityExceeded(declared)),
                0x00 | 0x02
                    if declared as usize == message.len() && message.len() <= cap =>
                {
                    Some(SlipOutcome::Message(header[0], message.to_vec()))
                }
                _ => None,
            }
        })
        .collect()
}

fn unescape(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut bytes = raw.iter();
    while let Some(&b) = bytes.next() {
        out.push(match b {
            0xDB => match bytes.next()? {
                0xDC => 0xC0,
                0xDD => 0xDB,
                _ => return None,
            },
            other => other,
        });
    }
    Some(out)
}

/// A multi-packet message being collected, or one being skipped after an
/// error (its remaining middles and tail are ignored).
enum Hid {
    Idle,
    Collecting { total: usize, data: Vec<u8>, next: u16 },
    Skipping,
}

/// The messages of a sequence of HID reports (manual section 2.1.3, Tables
/// 4-8), each report at most 64 bytes and holding every byte its header
/// declares, messages at most `cap` bytes:
/// - single (`00 len data`, len at most 62) is a message; it also ends any
///   message in progress;
/// - head (`01 total(4) data`) starts a message of `total` bytes (with the
///   first 59 or fewer), ending any in progress;
/// - middles (`02 number(2) data(61)`) follow, numbered from 1, only while
///   more than 62 bytes are missing;
/// - the tail (`03 len data`) brings exactly the missing bytes (at most 62);
/// - cancel (`04 reason(2)`) drops the message in progress.
///
/// A middle that breaks the rules (or a head over the cap) spoils its
/// message: its other middles and tail are ignored until the next single,
/// head or cancel.
pub fn hid(reports: &[&[u8]], cap: usize) -> Vec<Vec<u8>> {
    let mut state = Hid::Idle;
    let mut out = Vec::new();
    for report in reports {
        let in_message = !matches!(state, Hid::Idle);
        let spoil = |state: &mut Hid, skip: bool| *state = if skip { Hid::Skipping } else { Hid::Idle };
        if report.is_empty() || report.len() > 64 || report[0] > 4 {
            spoil(&mut state, in_message);
            continue;
        }
        match report[0] {
            0x00 => {
                state = Hid::Idle;
                let Some(&len) = report.get(1) else { continue };
                let len = usize::from(len);
                if len <= 62 && len <= cap {
                    if let Some(data) = report.get(2..2 + len) {
                        out.push(data.to_vec());
                    }
                }
            }
            0x01 => {
                let Some(total) = report.get(1..5) else {
                    state = Hid::Skipping;
                    continue;
                };
                let total = u32::from_be_bytes([total[0], total[1], total[2], total[3]]) as usize;
                let first = total.min(59);
                match report.get(5..5 + first) {
                    Some(data) if total <= cap => {
                        state = Hid::Collecting { total, data: data.to_vec(), next: 1 }
                    }
                    _ => state = Hid::Skipping,
                }
            }
            0x02 => {
                if report.len() < 3 {
                    spoil(&mut state, in_message);
                    continue;
                }
                let number = u16::from_be_bytes([report[1], report[2]]);
                match &mut state {
                    Hid::Collecting { total, data, next }
                        if number == *next && *total - data.len() > 62 && report.len() >= 64 =>
                    {
                        data.extend_from_slice(&report[3..64]);
                        *next += 1;
                    }
                    Hid::Idle | Hid::Collecting { .. } => state = Hid::Skipping,
                    Hid::Skipping => {}
                }
            }
            0x03 => {
                let previous = std::mem::replace(&mut state, Hid::Idle);
                let (Hid::Collecting { total, mut data, .. }, Some(&len)) = (previous, report.get(1))
                else {
                    continue;
                };
                let len = usize::from(len);
                if len <= 62 && len == total - data.len() {
                    if let Some(rest) = report.get(2..2 + len) {
                        data.extend_from_slice(rest);
                        out.push(data);
                    }
                }
            }
            _ => {
                state = Hid::Idle;
            }
        }
    }
    out
}
