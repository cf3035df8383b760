//! Device-side framing: SLIP for serial lines (manual section 2.6, Table 9) and
//! HID report packets for USB (section 2.1.3, Tables 4-8).
//!
//! Written independently of the runtime's host-side framing on purpose: the
//! end-to-end tests then check that the two agree.

/// SLIP frame delimiter.
pub const SLIP_END: u8 = 0xC0;
const SLIP_ESC: u8 = 0xDB;
const SLIP_ESC_END: u8 = 0xDC;
const SLIP_ESC_ESC: u8 = 0xDD;
/// Message Info byte: direction host to device.
pub const SLIP_HOST_TO_DEVICE: u8 = 0x00;
/// Message Info byte: direction device to host.
pub const SLIP_DEVICE_TO_HOST: u8 = 0x02;
/// Message Info byte: hardware capability exceeded.
pub const SLIP_CAPABILITY_EXCEEDED: u8 = 0x03;

/// HID report payload length.
pub const REPORT_LEN: usize = 64;
/// Largest message that fits a single packet.
const SINGLE_MAX: usize = REPORT_LEN - 2;
const HEAD_PART: usize = REPORT_LEN - 5;
const MIDDLE_PART: usize = REPORT_LEN - 3;

fn slip_escape(data: &[u8], out: &mut Vec<u8>) {
    for &byte in data {
        match byte {
            SLIP_END => out.extend_from_slice(&[SLIP_ESC, SLIP_ESC_END]),
            SLIP_ESC => out.extend_from_slice(&[SLIP_ESC, SLIP_ESC_ESC]),
            other => out.push(other),
        }
    }
}

/// One SLIP frame: `C0`, info byte, 4-byte big-endian length, message, `C0`,
/// everything between the delimiters escaped.
pub fn slip_frame(info: u8, message: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(message.len() + message.len() / 32 + 8);
    out.push(SLIP_END);
    let mut header = vec![info];
    header.extend_from_slice(&(message.len() as u32).to_be_bytes());
    slip_escape(&header, &mut out);
    slip_escape(message, &mut out);
    out.push(SLIP_END);
    out
}

/// What the SLIP reader found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SlipInput {
    /// A complete message from the host.
    Message(Vec<u8>),
    /// A frame announcing more bytes than the device accepts: the device
    /// answers with a capability-exceeded frame.
    TooLong {
        /// Length the frame declared.
        declared: usize,
    },
    /// A frame that was dropped, and why.
    Discarded(String),
}

/// Reassembles SLIP frames from a byte stream, bounded by `max_message_len`.
#[derive(Debug)]
pub struct SlipReader {
    buffer: Vec<u8>,
    escaped: bool,
    overflow: bool,
    max_message_len: usize,
}

impl SlipReader {
    /// A reader that accepts messages up to `max_message_len` bytes.
    pub fn new(max_message_len: usize) -> Self {
        SlipReader {
            buffer: Vec::new(),
            escaped: false,
            overflow: false,
            max_message_len,
        }
    }

    /// Feeds bytes; returns what completed.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<SlipInput> {
        let mut found = Vec::new();
        for &byte in bytes {
            if byte == SLIP_END {
                if let Some(item) = self.finish_frame() {
                    found.push(item);
                }
                continue;
            }
            if self.overflow {
                continue;
            }
            let decoded = if self.escaped {
                self.escaped = false;
                match byte {
                    SLIP_ESC_END => SLIP_END,
                    SLIP_ESC_ESC => SLIP_ESC,
                    other => {
                        found.push(SlipInput::Discarded(format!(
                            "invalid SLIP escape DB {other:02X}"
                        )));
                        self.overflow = true;
                        continue;
                    }
                }
            } else if byte == SLIP_ESC {
                self.escaped = true;
                continue;
            } else {
                byte
            };
            if self.buffer.len() >= self.max_message_len + 5 {
                // Keep memory bounded: drop the rest of this frame.
                self.overflow = true;
                found.push(SlipInput::TooLong {
                    declared: self.declared_len().unwrap_or(usize::MAX),
                });
                continue;
            }
            self.buffer.push(decoded);
        }
        found
    }

    fn declared_len(&self) -> Option<usize> {
        let header = self.buffer.get(1..5)?;
        Some(u32::from_be_bytes(header.try_into().ok()?) as usize)
    }

    fn finish_frame(&mut self) -> Option<SlipInput> {
        let overflow = std::mem::take(&mut self.overflow);
        self.escaped = false;
        let frame = std::mem::take(&mut self.buffer);
        if overflow || frame.is_empty() {
            return None;
        }
        if frame.len() < 5 {
            return Some(SlipInput::Discarded(format!(
                "SLIP frame of {} bytes is shorter than its 5-byte header",
                frame.len()
            )));
        }
        if frame[0] != SLIP_HOST_TO_DEVICE {
            return Some(SlipInput::Discarded(format!(
                "SLIP message info {:02X} is not host-to-device",
                frame[0]
            )));
        }
        let declared = u32::from_be_bytes([frame[1], frame[2], frame[3], frame[4]]) as usize;
        if declared > self.max_message_len {
            return Some(SlipInput::TooLong { declared });
        }
        let message = &frame[5..];
        if message.len() != declared {
            return Some(SlipInput::Discarded(format!(
                "SLIP frame declares {declared} bytes but carries {}",
                message.len()
            )));
        }
        Some(SlipInput::Message(message.to_vec()))
    }
}

/// Splits a message into 64-byte HID reports (single packet, or head, middles
/// and tail).
pub fn hid_reports(message: &[u8]) -> Vec<[u8; REPORT_LEN]> {
    let mut reports = Vec::new();
    if message.len() <= SINGLE_MAX {
        let mut report = [0u8; REPORT_LEN];
        report[0] = 0x00;
        report[1] = message.len() as u8;
        report[2..2 + message.len()].copy_from_slice(message);
        reports.push(report);
        return reports;
    }
    let mut head = [0u8; REPORT_LEN];
    head[0] = 0x01;
    head[1..5].copy_from_slice(&(message.len() as u32).to_be_bytes());
    head[5..].copy_from_slice(&message[..HEAD_PART]);
    reports.push(head);
    let mut rest = &message[HEAD_PART..];
    let mut number: u16 = 1;
    while rest.len() > SINGLE_MAX {
        let mut middle = [0u8; REPORT_LEN];
        middle[0] = 0x02;
        middle[1..3].copy_from_slice(&number.to_be_bytes());
        middle[3..].copy_from_slice(&rest[..MIDDLE_PART]);
        reports.push(middle);
        rest = &rest[MIDDLE_PART..];
        number = number.wrapping_add(1);
    }
    let mut tail = [0u8; REPORT_LEN];
    tail[0] = 0x03;
    tail[1] = rest.len() as u8;
    tail[2..2 + rest.len()].copy_from_slice(rest);
    reports.push(tail);
    reports
}

/// Reassembles host output reports into messages.
#[derive(Debug)]
pub struct HidReader {
    partial: Option<Partial>,
    max_message_len: usize,
}

#[derive(Debug)]
struct Partial {
    declared: usize,
    next_number: u16,
    data: Vec<u8>,
}

impl HidReader {
    /// A reader that accepts messages up to `max_message_len` bytes.
    pub fn new(max_message_len: usize) -> Self {
        HidReader {
            partial: None,
            max_message_len,
        }
    }

    /// Feeds one report: `Ok(Some(message))` when a message completes,
    /// `Err(reason)` when the report breaks the packet rules (the partial
    /// message is dropped).
    pub fn push(&mut self, report: &[u8]) -> Result<Option<Vec<u8>>, String> {
        let kind = *report.first().ok_or("empty HID report")?;
        match kind {
            0x00 => {
                self.partial = None;
                let len = usize::from(*report.get(1).ok_or("single packet without length")?);
                if len > self.max_message_len {
                    return Err(format!(
                        "single packet of {len} bytes exceeds {}",
                        self.max_message_len
                    ));
                }
                let body = report.get(2..2 + len).ok_or(format!(
                    "single packet declares {len} bytes, report too short"
                ))?;
                Ok(Some(body.to_vec()))
            }
            0x01 => {
                let declared = report
                    .get(1..5)
                    .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize)
                    .ok_or("multi-packet head too short")?;
                if declared > self.max_message_len {
                    self.partial = None;
                    return Err(format!(
                        "multi-packet message of {declared} bytes exceeds {}",
                        self.max_message_len
                    ));
                }
                let part = report
                    .get(5..REPORT_LEN)
                    .ok_or("multi-packet head too short")?;
                let mut data = Vec::with_capacity(declared.min(1 << 16));
                data.extend_from_slice(&part[..part.len().min(declared)]);
                self.partial = Some(Partial {
                    declared,
                    next_number: 1,
                    data,
                });
                Ok(None)
            }
            0x02 => {
                let partial = self
                    .partial
                    .as_mut()
                    .ok_or("middle packet without a head")?;
                let number = report
                    .get(1..3)
                    .map(|b| u16::from_be_bytes([b[0], b[1]]))
                    .ok_or("middle packet too short")?;
                if number != partial.next_number {
                    let expected = partial.next_number;
                    self.partial = None;
                    return Err(format!(
                        "middle packet {number} arrived, expected {expected}"
                    ));
                }
                partial.next_number = partial.next_number.wrapping_add(1);
                let part = report.get(3..REPORT_LEN).ok_or("middle packet too short")?;
                if partial.data.len() + part.len() > partial.declared {
                    self.partial = None;
                    return Err("middle packets exceed the declared length".into());
                }
                partial.data.extend_from_slice(part);
                Ok(None)
            }
            0x03 => {
                let partial = self.partial.take().ok_or("tail packet without a head")?;
                let len = usize::from(*report.get(1).ok_or("tail packet too short")?);
                let part = report
                    .get(2..2 + len)
                    .ok_or(format!("tail declares {len} bytes, report too short"))?;
                let mut data = partial.data;
                data.extend_from_slice(part);
                if data.len() != partial.declared {
                    return Err(format!(
                        "message has {} bytes, head declared {}",
                        data.len(),
                        partial.declared
                    ));
                }
                Ok(Some(data))
            }
            0x04 => {
                self.partial = None;
                Ok(None)
            }
            other => {
                self.partial = None;
                Err(format!("unknown HID packet type {other:02X}"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slip_round_trips_with_escapes() {
        let message = [0xAA, 0x00, 0xC0, 0xDB, 0x01];
        let frame = slip_frame(SLIP_HOST_TO_DEVICE, &message);
        assert_eq!(
            frame,
            [0xC0, 0x00, 0, 0, 0, 5, 0xAA, 0x00, 0xDB, 0xDC, 0xDB, 0xDD, 0x01, 0xC0]
        );
        let mut reader = SlipReader::new(1024);
        // Byte by byte, with noise frames around.
        let mut found = Vec::new();
        for byte in [&[0xC0u8, 0xC0][..], &frame].concat() {
            found.extend(reader.push(&[byte]));
        }
        assert_eq!(found, [SlipInput::Message(message.to_vec())]);
    }

    #[test]
    fn slip_reports_bad_frames_and_stays_bounded() {
        let mut reader = SlipReader::new(16);
        let found = reader.push(&[0xC0, 0x12, 0x34, 0xC0]);
        assert!(matches!(&found[0], SlipInput::Discarded(r) if r.contains("shorter")));
        let found = reader.push(&slip_frame(SLIP_HOST_TO_DEVICE, &[0; 17]));
        assert_eq!(found, [SlipInput::TooLong { declared: 17 }]);
        let mut bad = slip_frame(SLIP_HOST_TO_DEVICE, &[1, 2, 3]);
        bad[5] = 9;
        let found = reader.push(&bad);
        assert!(matches!(&found[0], SlipInput::Discarded(r) if r.contains("declares")));
        let found = reader.push(&slip_frame(SLIP_HOST_TO_DEVICE, &[7]));
        assert_eq!(found, [SlipInput::Message(vec![7])]);
    }

    #[test]
    fn hid_round_trips_every_size() {
        for len in [0, 1, 62, 63, 59 + 62, 59 + 61 + 62, 59 + 61 + 63, 5000] {
            let message: Vec<u8> = (0..len).map(|i| i as u8).collect();
            let reports = hid_reports(&message);
            let mut reader = HidReader::new(1 << 20);
            let mut done = None;
            for report in &reports {
                if let Some(m) = reader.push(report).unwrap() {
                    done = Some(m);
                }
            }
            assert_eq!(done.as_deref(), Some(message.as_slice()), "len {len}");
        }
    }

    #[test]
    fn hid_single_packets_respect_the_cap() {
        // Found by the `hid_reassembler` fuzz target: the cap was only checked
        // for multi-packet heads.
        let mut reader = HidReader::new(3);
        assert_eq!(
            reader.push(&hid_reports(&[1, 2, 3, 4])[0]),
            Err("single packet of 4 bytes exceeds 3".to_string())
        );
        assert_eq!(
            reader.push(&hid_reports(&[1, 2, 3])[0]),
            Ok(Some(vec![1, 2, 3]))
        );
    }

    #[test]
    fn hid_rejects_swapped_middles() {
        let message = vec![5u8; 400];
        let mut reports = hid_reports(&message);
        reports.swap(1, 2);
        let mut reader = HidReader::new(1 << 20);
        assert_eq!(reader.push(&reports[0]), Ok(None));
        assert_eq!(
            reader.push(&reports[1]),
            Err("middle packet 2 arrived, expected 1".to_string())
        );
    }
}
