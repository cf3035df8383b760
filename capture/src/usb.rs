//! USB capture records: Linux usbmon (link types 189 and 220) and Windows
//! USBPcap (249), read into one [`UsbRecord`] shape; and usbmon records built
//! for the capture writer.
//!
//! Layouts follow the kernel's `usbmon` documentation (`struct usbmon_packet`,
//! 48 bytes, or 64 with the memory-mapped interface's extra fields, in the
//! capturing host's byte order) and USBPcap's `USBPCAP_BUFFER_PACKET_HEADER`
//! (27 bytes, little-endian, one more byte, the stage, for control transfers).

use core::fmt;

use crate::Direction;

/// Linux usbmon, 48-byte header (`DLT_USB_LINUX`).
pub const LINKTYPE_USB_LINUX: u32 = 189;
/// Linux usbmon, memory-mapped interface, 64-byte header (`DLT_USB_LINUX_MMAPPED`).
pub const LINKTYPE_USB_LINUX_MMAPPED: u32 = 220;
/// Windows USBPcap (`DLT_USBPCAP`).
pub const LINKTYPE_USBPCAP: u32 = 249;

/// USB transfer type of a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransferType {
    /// Isochronous.
    Isochronous,
    /// Interrupt (HID reports travel here).
    Interrupt,
    /// Control (descriptors, `SET_REPORT`).
    Control,
    /// Bulk.
    Bulk,
    /// Anything else the header says.
    Other(u8),
}

impl TransferType {
    fn from_byte(b: u8) -> Self {
        match b {
            0 => Self::Isochronous,
            1 => Self::Interrupt,
            2 => Self::Control,
            3 => Self::Bulk,
            other => Self::Other(other),
        }
    }
}

/// A device on the bus: bus number and device address (`--device 1.5`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceAddress {
    /// Bus number.
    pub bus: u16,
    /// Device address on the bus.
    pub address: u16,
}

impl fmt::Display for DeviceAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.bus, self.address)
    }
}

impl core::str::FromStr for DeviceAddress {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("{s:?} is not BUS.ADDRESS (such as 1.5)");
        let (bus, address) = s.split_once('.').ok_or_else(bad)?;
        Ok(Self {
            bus: bus.trim().parse().map_err(|_| bad())?,
            address: address.trim().parse().map_err(|_| bad())?,
        })
    }
}

/// One USB record with the fields a decoder needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsbRecord<'a> {
    /// Which device.
    pub device: DeviceAddress,
    /// Endpoint number with the direction bit (`0x81` = IN endpoint 1).
    pub endpoint: u8,
    /// Transfer type.
    pub transfer: TransferType,
    /// True for the completion (usbmon `C`/`E`, USBPcap "from device" records),
    /// false for the submission.
    pub completion: bool,
    /// The setup packet of a control submission, when present.
    pub setup: Option<[u8; 8]>,
    /// The data the record carries (may be empty).
    pub data: &'a [u8],
}

impl UsbRecord<'_> {
    /// Which way the data went: IN endpoints carry data to the host.
    pub fn direction(&self) -> Direction {
        if self.endpoint & 0x80 != 0 {
            Direction::ToHost
        } else {
            Direction::ToDevice
        }
    }

    /// The vendor and product IDs when the data is a USB device descriptor
    /// (18 bytes, `bLength` 18, `bDescriptorType` 1), as a `GET_DESCRIPTOR` reply carries.
    pub fn device_descriptor_ids(&self) -> Option<(u16, u16)> {
        let d = self.data;
        if self.transfer != TransferType::Control || d.len() < 18 || d[0] != 18 || d[1] != 1 {
            return None;
        }
        Some((
            u16::from_le_bytes([d[8], d[9]]),
            u16::from_le_bytes([d[10], d[11]]),
        ))
    }

    /// The HID report the record carries, if any: interrupt data in either
    /// direction, or the data stage of a control `SET_REPORT` (hosts without an
    /// interrupt OUT endpoint send reports that way).
    pub fn hid_report(&self) -> Option<&[u8]> {
        if self.data.is_empty() {
            return None;
        }
        match self.transfer {
            TransferType::Interrupt => Some(self.data),
            // bmRequestType 0x21 (class, interface, host to device), bRequest 0x09 SET_REPORT.
            TransferType::Control if self.setup.is_some_and(|s| s[0] == 0x21 && s[1] == 0x09) => {
                Some(self.data)
            }
            _ => None,
        }
    }
}

/// Why a USB record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRecord(pub String);

impl fmt::Display for BadRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn short(what: &str, needed: usize, len: usize) -> BadRecord {
    BadRecord(format!(
        "{what} record of {len} bytes is shorter than its {needed}-byte header"
    ))
}

/// Reads a usbmon record (`mmapped` for link type 220). `little_endian` is the
/// capture file's byte order, which is the capturing host's.
pub fn parse_usbmon(
    data: &[u8],
    mmapped: bool,
    little_endian: bool,
) -> Result<UsbRecord<'_>, BadRecord> {
    let header = if mmapped { 64 } else { 48 };
    if data.len() < header {
        return Err(short("usbmon", header, data.len()));
    }
    let u16_at = |i: usize| {
        let b = [data[i], data[i + 1]];
        if little_endian {
            u16::from_le_bytes(b)
        } else {
            u16::from_be_bytes(b)
        }
    };
    let u32_at = |i: usize| {
        let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        if little_endian {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        }
    };
    let event = data[8];
    let flag_setup = data[14];
    let captured = u32_at(36) as usize;
    let body = &data[header..];
    // Isochronous descriptors (mmapped only) come before the data; HID never uses them.
    let skip = if mmapped && data[9] == 0 {
        (u32_at(60) as usize).saturating_mul(16)
    } else {
        0
    };
    let end = skip.saturating_add(captured).min(body.len());
    let payload = body.get(skip..end).unwrap_or(&[]);
    let setup = (event == b'S' && flag_setup == 0)
        .then(|| <[u8; 8]>::try_from(&data[40..48]).expect("8 bytes"));
    Ok(UsbRecord {
        device: DeviceAddress {
            bus: u16_at(12),
            address: u16::from(data[11]),
        },
        endpoint: data[10],
        transfer: TransferType::from_byte(data[9]),
        completion: event != b'S',
        setup,
        data: payload,
    })
}

/// Reads a USBPcap record.
pub fn parse_usbpcap(data: &[u8]) -> Result<UsbRecord<'_>, BadRecord> {
    const MIN: usize = 27;
    if data.len() < MIN {
        return Err(short("USBPcap", MIN, data.len()));
    }
    let header_len = usize::from(u16::from_le_bytes([data[0], data[1]]));
    if header_len < MIN || header_len > data.len() {
        return Err(BadRecord(format!(
            "USBPcap header length {header_len} at offset 0 does not fit the {}-byte record",
            data.len()
        )));
    }
    let info = data[16];
    let transfer = TransferType::from_byte(data[22]);
    let declared = u32::from_le_bytes([data[23], data[24], data[25], data[26]]) as usize;
    let body = &data[header_len..];
    let payload = &body[..declared.min(body.len())];
    // Control transfers add a stage byte: 0 = setup, whose data is the setup packet.
    let stage = (transfer == TransferType::Control && header_len > MIN).then(|| data[27]);
    let (setup, payload) = match stage {
        Some(0) if payload.len() >= 8 => (
            Some(<[u8; 8]>::try_from(&payload[..8]).expect("8 bytes")),
            &payload[8..],
        ),
        _ => (None, payload),
    };
    Ok(UsbRecord {
        device: DeviceAddress {
            bus: u16::from_le_bytes([data[17], data[18]]),
            address: u16::from_le_bytes([data[19], data[20]]),
        },
        endpoint: data[21],
        transfer,
        completion: info & 1 != 0,
        setup,
        data: payload,
    })
}

/// Fields of a usbmon record to build (see [`usbmon_record`]).
#[derive(Clone, Copy, Debug)]
pub struct UsbmonEvent<'a> {
    /// URB identifier (a submission and its completion share it).
    pub urb_id: u64,
    /// `S`ubmission or `C`ompletion.
    pub completion: bool,
    /// Transfer type.
    pub transfer: TransferType,
    /// Endpoint with the direction bit.
    pub endpoint: u8,
    /// The device.
    pub device: DeviceAddress,
    /// Setup packet (control submissions).
    pub setup: Option<[u8; 8]>,
    /// URB length (requested or transferred).
    pub length: u32,
    /// Data captured.
    pub data: &'a [u8],
    /// Time since the Unix epoch.
    pub time: std::time::Duration,
}

/// A little-endian usbmon record with the 64-byte header of link type 220.
pub fn usbmon_record(event: &UsbmonEvent<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 + event.data.len());
    out.extend_from_slice(&event.urb_id.to_le_bytes());
    out.push(if event.completion { b'C' } else { b'S' });
    out.push(match event.transfer {
        TransferType::Isochronous => 0,
        TransferType::Interrupt => 1,
        TransferType::Control => 2,
        TransferType::Bulk => 3,
        TransferType::Other(b) => b,
    });
    out.push(event.endpoint);
    out.push(event.device.address as u8);
    out.extend_from_slice(&event.device.bus.to_le_bytes());
    // flag_setup: 0 = setup packet present, '-' = none.
    out.push(if event.setup.is_some() { 0 } else { b'-' });
    // flag_data: 0 = data present; '<' / '>' = none (IN / OUT).
    out.push(if !event.data.is_empty() {
        0
    } else if event.endpoint & 0x80 != 0 {
        b'<'
    } else {
        b'>'
    });
    out.extend_from_slice(&(event.time.as_secs() as i64).to_le_bytes());
    out.extend_from_slice(&(event.time.subsec_micros() as i32).to_le_bytes());
    // status: 0 on completion, -EINPROGRESS on submission.
    let status: i32 = if event.completion { 0 } else { -115 };
    out.extend_from_slice(&status.to_le_bytes());
    out.extend_from_slice(&event.length.to_le_bytes());
    out.extend_from_slice(&(event.data.len() as u32).to_le_bytes());
    out.extend_from_slice(&event.setup.unwrap_or_default());
    // interval, start_frame, xfer_flags, ndesc.
    let interval: i32 = if event.transfer == TransferType::Interrupt {
        1
    } else {
        0
    };
    out.extend_from_slice(&interval.to_le_bytes());
    out.extend_from_slice(&[0; 12]);
    out.extend_from_slice(event.data);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usbmon_records_read_back() {
        let data = [0x00, 0x05, 0x81, 0x00];
        let record = usbmon_record(&UsbmonEvent {
            urb_id: 7,
            completion: true,
            transfer: TransferType::Interrupt,
            endpoint: 0x81,
            device: DeviceAddress { bus: 3, address: 9 },
            setup: None,
            length: 4,
            data: &data,
            time: std::time::Duration::from_micros(1_500_000),
        });
        assert_eq!(record.len(), 68);
        let parsed = parse_usbmon(&record, true, true).unwrap();
        assert_eq!(parsed.device.to_string(), "3.9");
        assert_eq!(parsed.direction(), Direction::ToHost);
        assert_eq!(parsed.hid_report(), Some(&data[..]));
        // The 48-byte layout reads the same fields; its data starts 16 bytes earlier.
        let short_form: Vec<u8> = record[..48].iter().chain(&record[64..]).copied().collect();
        assert_eq!(parse_usbmon(&short_form, false, true).unwrap(), parsed);
    }

    #[test]
    fn short_records_are_errors() {
        assert!(parse_usbmon(&[0; 47], false, true)
            .unwrap_err()
            .to_string()
            .contains("shorter than its 48-byte header"));
        assert!(parse_usbpcap(&[0; 10]).is_err());
        let mut bad_len = [0u8; 27];
        bad_len[0] = 200;
        assert!(parse_usbpcap(&bad_len)
            .unwrap_err()
            .to_string()
            .contains("header length 200"));
    }

    #[test]
    fn device_addresses_parse() {
        assert_eq!(
            "1.5".parse::<DeviceAddress>().unwrap(),
            DeviceAddress { bus: 1, address: 5 }
        );
        assert!("15".parse::<DeviceAddress>().is_err());
    }
}
