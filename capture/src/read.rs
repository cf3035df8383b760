//! Reading captures: pcap and pcapng files of USB traffic (usbmon, USBPcap) or of
//! [`LINKTYPE_MMS`] records, and raw serial byte logs, into
//! MMS messages with their time and direction.
//!
//! HID reports are put back together by the runtime's
//! [`Reassembler`], one per device and
//! direction, and serial logs go through its [`SlipDecoder`]; cancelled or broken
//! multi-packet messages become [`EventKind::Problem`] events in place, and
//! decoding goes on.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use mms_runtime::hid_framing::{HidEvent, Reassembler};
use mms_runtime::slip::{SlipDecoder, SlipEvent, SlipInfo};
use pcap_file::pcap::PcapReader;
use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionOption;
use pcap_file::pcapng::{Block, PcapNgReader};
use pcap_file::Endianness;

use crate::usb::{
    parse_usbmon, parse_usbpcap, DeviceAddress, UsbRecord, LINKTYPE_USBPCAP, LINKTYPE_USB_LINUX,
    LINKTYPE_USB_LINUX_MMAPPED,
};
use crate::{parse_user_record, Direction, LINKTYPE_MMS, MAGTEK_VENDOR_ID};

/// Options for [`decode_file`].
#[derive(Clone, Debug)]
pub struct DecodeOptions {
    /// Decode this USB device only, whatever its descriptors say (`--device BUS.ADDR`).
    pub device: Option<DeviceAddress>,
    /// Longest message kept; longer ones are reported and dropped.
    pub max_message_len: usize,
}

impl Default for DecodeOptions {
    fn default() -> Self {
        Self {
            device: None,
            max_message_len: mms_runtime::hid_framing::DEFAULT_MAX_MESSAGE_LEN,
        }
    }
}

/// What one event is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A whole MMS message.
    Message(Vec<u8>),
    /// Something that was dropped or could not be read: a cancelled or broken
    /// multi-packet message, a bad record, SLIP bytes that were not a frame.
    Problem(String),
}

/// One message (or problem) found in a capture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaptureEvent {
    /// 1-based number of the record that completed it (Wireshark's frame
    /// number); for a serial log, the byte offset where its frame ended.
    pub frame: u64,
    /// Time since the Unix epoch (`None` in serial logs, which have no times).
    pub time: Option<Duration>,
    /// Which way it went.
    pub direction: Option<Direction>,
    /// Where it came from: `usb:1.5`, `serial`, `websocket`, `link`.
    pub source: String,
    /// The message or the problem.
    pub kind: EventKind,
}

/// What [`decode_file`] found besides the events.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Records read.
    pub records: u64,
    /// USB devices with a MagTek device descriptor: address, product ID.
    pub magtek_devices: Vec<(DeviceAddress, u16)>,
    /// Remarks for the user (how devices were chosen, records skipped).
    pub notes: Vec<String>,
}

/// A capture that cannot be read at all.
#[derive(Debug)]
pub struct CaptureError {
    /// The file.
    pub path: PathBuf,
    /// Why.
    pub message: String,
}

impl fmt::Display for CaptureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

impl std::error::Error for CaptureError {}

/// One record of a capture file, with what is needed to read its link layer.
struct Record {
    time: Duration,
    linktype: u32,
    little_endian: bool,
    data: Vec<u8>,
}

enum Records {
    Pcap {
        reader: PcapReader<BufReader<File>>,
        linktype: u32,
        little_endian: bool,
    },
    PcapNg(PcapNgReader<BufReader<File>>),
}

const PCAPNG_MAGIC: [u8; 4] = [0x0A, 0x0D, 0x0D, 0x0A];
const PCAP_MAGICS: [[u8; 4]; 4] = [
    [0xD4, 0xC3, 0xB2, 0xA1],
    [0xA1, 0xB2, 0xC3, 0xD4],
    [0x4D, 0x3C, 0xB2, 0xA1],
    [0xA1, 0xB2, 0x3C, 0x4D],
];

impl Records {
    fn open(path: &Path) -> Result<Self, String> {
        let mut magic = [0u8; 4];
        File::open(path)
            .and_then(|mut f| f.read_exact(&mut magic))
            .map_err(|e| match e.kind() {
                io::ErrorKind::UnexpectedEof => "file is shorter than a capture header".into(),
                _ => e.to_string(),
            })?;
        let file = BufReader::new(File::open(path).map_err(|e| e.to_string())?);
        if magic == PCAPNG_MAGIC {
            let reader = PcapNgReader::new(file).map_err(|e| format!("pcapng: {e}"))?;
            Ok(Self::PcapNg(reader))
        } else if PCAP_MAGICS.contains(&magic) {
            let reader = PcapReader::new(file).map_err(|e| format!("pcap: {e}"))?;
            let header = reader.header();
            Ok(Self::Pcap {
                linktype: header.datalink.into(),
                little_endian: header.endianness == Endianness::Little,
                reader,
            })
        } else {
            Err(format!(
                "not a pcap or pcapng capture (it starts with {:02X} {:02X} {:02X} {:02X})",
                magic[0], magic[1], magic[2], magic[3]
            ))
        }
    }

    /// The next packet record; blocks that are not packets are skipped.
    fn next(&mut self) -> Option<Result<Record, String>> {
        match self {
            Self::Pcap {
                reader,
                linktype,
                little_endian,
            } => {
                let packet = match reader.next_packet()? {
                    Ok(p) => p,
                    Err(e) => return Some(Err(e.to_string())),
                };
                Some(Ok(Record {
                    time: packet.timestamp,
                    linktype: *linktype,
                    little_endian: *little_endian,
                    data: packet.data.into_owned(),
                }))
            }
            Self::PcapNg(reader) => loop {
                let (interface, raw_time, data) = match reader.next_block()? {
                    Err(e) => return Some(Err(e.to_string())),
                    Ok(Block::EnhancedPacket(p)) => (
                        p.interface_id,
                        // pcap-file reads the raw count as nanoseconds; the unit is the interface's.
                        p.timestamp.as_nanos() as u64,
                        p.data.into_owned(),
                    ),
                    Ok(Block::SimplePacket(p)) => (0, 0, p.data.into_owned()),
                    Ok(_) => continue,
                };
                let little_endian = reader.section().endianness == Endianness::Little;
                let Some(idb) = reader.interfaces().get(interface as usize) else {
                    return Some(Err(format!(
                        "packet names interface {interface}, which the file does not describe"
                    )));
                };
                let resolution = idb
                    .options
                    .iter()
                    .find_map(|o| match o {
                        InterfaceDescriptionOption::IfTsResol(r) => Some(*r),
                        _ => None,
                    })
                    .unwrap_or(6);
                return Some(Ok(Record {
                    time: timestamp(raw_time, resolution),
                    linktype: idb.linktype.into(),
                    little_endian,
                    data,
                }));
            },
        }
    }
}

/// A pcapng timestamp: `raw` units of the interface's `if_tsresol`
/// (bit 7 set: a negative power of 2, else of 10; 6 = microseconds by default).
fn timestamp(raw: u64, resolution: u8) -> Duration {
    let exponent = u32::from(resolution & 0x7F);
    let per_second: u128 = if resolution & 0x80 != 0 {
        1u128.checked_shl(exponent).unwrap_or(0)
    } else {
        10u128.checked_pow(exponent).unwrap_or(0)
    };
    if per_second == 0 {
        return Duration::ZERO;
    }
    let nanos = u128::from(raw) * 1_000_000_000 / per_second;
    Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
}

fn usb_record(record: &Record) -> Option<Result<UsbRecord<'_>, String>> {
    let parsed = match record.linktype {
        LINKTYPE_USB_LINUX => parse_usbmon(&record.data, false, record.little_endian),
        LINKTYPE_USB_LINUX_MMAPPED => parse_usbmon(&record.data, true, record.little_endian),
        LINKTYPE_USBPCAP => parse_usbpcap(&record.data),
        _ => return None,
    };
    Some(parsed.map_err(|e| e.0))
}

fn open(path: &Path) -> Result<Records, CaptureError> {
    Records::open(path).map_err(|message| CaptureError {
        path: path.to_path_buf(),
        message,
    })
}

/// USB devices and their (vendor, product) IDs from the device descriptors in the capture.
fn scan_descriptors(path: &Path) -> Result<BTreeMap<DeviceAddress, (u16, u16)>, CaptureError> {
    let mut records = open(path)?;
    let mut devices = BTreeMap::new();
    // Read errors are reported by the decoding pass; here they only end the scan.
    while let Some(Ok(record)) = records.next() {
        if let Some(Ok(usb)) = usb_record(&record) {
            if let Some(ids) = usb.device_descriptor_ids() {
                devices.insert(usb.device, ids);
            }
        }
    }
    Ok(devices)
}

/// Decodes every MMS message of a pcap or pcapng capture, calling `emit` in
/// capture order.
///
/// USB devices are chosen by `options.device`, else by a MagTek vendor ID in
/// their device descriptor; a capture started after the reader was plugged in
/// has no descriptor, and then every device's interrupt and `SET_REPORT` data
/// is decoded (except devices whose descriptor names another vendor), which the
/// summary notes. A record that cannot be read is reported as a problem; a file
/// that ends in the middle of a record ends decoding with a problem event.
pub fn decode_file(
    path: &Path,
    options: &DecodeOptions,
    mut emit: impl FnMut(CaptureEvent),
) -> Result<Summary, CaptureError> {
    let descriptors = if options.device.is_some() {
        BTreeMap::new()
    } else {
        scan_descriptors(path)?
    };
    let magtek: BTreeSet<DeviceAddress> = descriptors
        .iter()
        .filter(|(_, (vendor, _))| *vendor == MAGTEK_VENDOR_ID)
        .map(|(d, _)| *d)
        .collect();
    let selected = |device: DeviceAddress| match options.device {
        Some(chosen) => chosen == device,
        None if !magtek.is_empty() => magtek.contains(&device),
        None => !descriptors.contains_key(&device),
    };
    let mut summary = Summary {
        magtek_devices: descriptors
            .iter()
            .filter(|(_, (vendor, _))| *vendor == MAGTEK_VENDOR_ID)
            .map(|(d, (_, product))| (*d, *product))
            .collect(),
        ..Summary::default()
    };
    let mut reassemblers: HashMap<(DeviceAddress, Direction), Reassembler> = HashMap::new();
    let mut guessed: BTreeSet<DeviceAddress> = BTreeSet::new();
    let mut other_links: BTreeMap<u32, u64> = BTreeMap::new();
    let mut records = open(path)?;
    let mut frame = 0u64;
    while let Some(next) = records.next() {
        frame += 1;
        let record = match next {
            Ok(r) => r,
            Err(e) => {
                emit(CaptureEvent {
                    frame,
                    time: None,
                    direction: None,
                    source: "file".into(),
                    kind: EventKind::Problem(format!(
                        "record {frame} cannot be read ({e}); decoding stops here"
                    )),
                });
                break;
            }
        };
        summary.records = frame;
        let time = Some(record.time);
        if record.linktype == LINKTYPE_MMS {
            let (direction, source, kind) = match parse_user_record(&record.data) {
                Ok((dir, link, message)) => (
                    Some(dir),
                    link.as_str().to_string(),
                    EventKind::Message(message.to_vec()),
                ),
                Err(e) => (None, "link".into(), EventKind::Problem(e)),
            };
            emit(CaptureEvent {
                frame,
                time,
                direction,
                source,
                kind,
            });
            continue;
        }
        let usb = match usb_record(&record) {
            None => {
                *other_links.entry(record.linktype).or_default() += 1;
                continue;
            }
            Some(Err(e)) => {
                emit(CaptureEvent {
                    frame,
                    time,
                    direction: None,
                    source: "usb".into(),
                    kind: EventKind::Problem(e),
                });
                continue;
            }
            Some(Ok(usb)) => usb,
        };
        let Some(report) = usb.hid_report() else {
            continue;
        };
        if !selected(usb.device) {
            continue;
        }
        if options.device.is_none() && magtek.is_empty() {
            guessed.insert(usb.device);
        }
        let direction = usb.direction();
        let source = format!("usb:{}", usb.device);
        let reassembler = reassemblers
            .entry((usb.device, direction))
            .or_insert_with(|| Reassembler::new(options.max_message_len));
        reassembler.push(report, |event| {
            let kind = match event {
                HidEvent::Message(message) => EventKind::Message(message),
                HidEvent::Cancelled { reason, discarded } => EventKind::Problem(format!(
                    "the sender cancelled a multi-packet message (reason {reason:#06x}) after {discarded} bytes"
                )),
                HidEvent::Error(e) => EventKind::Problem(e.to_string()),
            };
            emit(CaptureEvent {
                frame,
                time,
                direction: Some(direction),
                source: source.clone(),
                kind,
            });
        });
    }
    for ((device, direction), reassembler) in &reassemblers {
        if let Some((received, total)) = reassembler.progress() {
            let message = format!(
                "the capture ends inside a multi-packet message from usb:{device} ({} bytes of {total} received)",
                received
            );
            emit(CaptureEvent {
                frame,
                time: None,
                direction: Some(*direction),
                source: format!("usb:{device}"),
                kind: EventKind::Problem(message),
            });
        }
    }
    if !guessed.is_empty() {
        let list: Vec<String> = guessed.iter().map(ToString::to_string).collect();
        summary.notes.push(format!(
            "no MagTek device descriptor (vendor {MAGTEK_VENDOR_ID:#06x}) in the capture, so the HID data of \
             every device without a descriptor was decoded ({}); choose one with --device BUS.ADDR",
            list.join(", ")
        ));
    }
    for (linktype, count) in other_links {
        summary.notes.push(format!(
            "{count} record(s) of link type {linktype} skipped: not USB (189, 220, 249) or MMS ({LINKTYPE_MMS})"
        ));
    }
    Ok(summary)
}

/// Decodes a raw serial byte log (both directions as they crossed the line,
/// SLIP-framed), resynchronising on the next frame after bad bytes. Frame
/// numbers are the byte offsets where frames end.
pub fn decode_slip_log(bytes: &[u8], max_message_len: usize, mut emit: impl FnMut(CaptureEvent)) {
    let mut decoder = SlipDecoder::new(max_message_len);
    // Feed byte runs ending at delimiters so each event knows where its frame ended.
    let mut offset = 0usize;
    for chunk in bytes.split_inclusive(|&b| b == mms_runtime::slip::END) {
        offset += chunk.len();
        decoder.push(chunk, |event| {
            let (direction, kind) = match event {
                SlipEvent::Message { info, message } => (
                    match info {
                        SlipInfo::HOST_TO_DEVICE => Some(Direction::ToDevice),
                        SlipInfo::DEVICE_TO_HOST => Some(Direction::ToHost),
                        _ => None,
                    },
                    EventKind::Message(message),
                ),
                SlipEvent::CapabilityExceeded { max_len } => (
                    Some(Direction::ToHost),
                    EventKind::Problem(format!(
                        "the device cannot take a message this long (its limit is {max_len} bytes)"
                    )),
                ),
                SlipEvent::Discarded {
                    stream_offset,
                    bytes,
                    reason,
                } => (
                    None,
                    EventKind::Problem(format!(
                        "dropped {bytes} bytes at offset {stream_offset}: {reason}"
                    )),
                ),
            };
            emit(CaptureEvent {
                frame: offset as u64,
                time: None,
                direction,
                source: "serial".into(),
                kind,
            });
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_follow_the_interface_resolution() {
        assert_eq!(timestamp(1_500_000, 6), Duration::from_millis(1500));
        assert_eq!(timestamp(1_500_000_000, 9), Duration::from_millis(1500));
        assert_eq!(timestamp(3, 0x81), Duration::from_millis(1500));
        assert_eq!(timestamp(1, 200), Duration::ZERO);
    }

    #[test]
    fn slip_logs_resynchronise_after_garbage() {
        let mut log = vec![0x11, 0x22];
        log.extend(mms_runtime::slip::encode(
            SlipInfo::HOST_TO_DEVICE,
            &[0xAA, 0x00],
        ));
        log.extend([0xC0, 0xDB, 0x01, 0xC0]);
        log.extend(mms_runtime::slip::encode(
            SlipInfo::DEVICE_TO_HOST,
            &[0xAA, 0x01],
        ));
        let mut events = Vec::new();
        decode_slip_log(&log, 1024, |e| events.push(e));
        let kinds: Vec<_> = events.iter().map(|e| (&e.kind, e.direction)).collect();
        assert!(
            matches!(kinds[0], (EventKind::Problem(p), None) if p.contains("before the first"))
        );
        assert_eq!(
            kinds[1],
            (
                &EventKind::Message(vec![0xAA, 0x00]),
                Some(Direction::ToDevice)
            )
        );
        assert!(matches!(kinds[2], (EventKind::Problem(p), None) if p.contains("escape")));
        assert_eq!(
            kinds[3],
            (
                &EventKind::Message(vec![0xAA, 0x01]),
                Some(Direction::ToHost)
            )
        );
        assert_eq!(events.len(), 4);
    }
}
