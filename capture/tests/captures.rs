//! The checked-in test captures (`tests/data/`): how each is made, that the
//! files match (run with `MMS_BLESS=1` to rewrite them), and what decoding them finds.
//!
//! Each capture is built from the spec's own example messages with fixed times,
//! so the files are reproducible: `sim_session.pcapng` and `mms_records.pcapng`
//! by the crate's writer (as `--capture` writes), the others by hand here with
//! broken multi-packet sequences, one per link type (189, 220, 249, 147) plus a
//! raw SLIP byte log.

use std::path::{Path, PathBuf};
use std::time::Duration;

use mms_capture::usb::{usbmon_record, DeviceAddress, TransferType, UsbmonEvent};
use mms_capture::{
    decode_file, decode_slip_log, CaptureEvent, CaptureWriter, DecodeOptions, Direction, EventKind,
    Link,
};
use mms_runtime::hid_framing::{cancel_report, packetize, Report, REPORT_LEN};
use mms_runtime::slip::{self, SlipInfo};
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapWriter};
use pcap_file::{DataLink, Endianness};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// The spec example with this table number, as bytes.
fn example(table: u32) -> Vec<u8> {
    let spec = mms_spec::Spec::builtin();
    let (_, e) = spec
        .examples()
        .find(|(_, e)| e.table == table)
        .unwrap_or_else(|| panic!("no example in table {table}"));
    e.bytes().unwrap()
}

/// Echo request / response (tables 234, 235).
fn echo() -> (Vec<u8>, Vec<u8>) {
    (example(234), example(235))
}

/// File upload request (2 reports) and its response.
fn send_file() -> (Vec<u8>, Vec<u8>) {
    let spec = mms_spec::Spec::builtin();
    let c = spec.command(0xD812).unwrap();
    (
        c.examples[0].bytes().unwrap(),
        c.examples[1].bytes().unwrap(),
    )
}

/// Get Property request / response.
fn get_property() -> (Vec<u8>, Vec<u8>) {
    let spec = mms_spec::Spec::builtin();
    let c = spec.command(0xD101).unwrap();
    (
        c.examples[0].bytes().unwrap(),
        c.examples[1].bytes().unwrap(),
    )
}

/// A long notification (0x0101, about 520 bytes: a head, middles and a tail).
fn notification() -> Vec<u8> {
    let spec = mms_spec::Spec::builtin();
    let n = spec.notification(0x0101).unwrap();
    n.examples
        .iter()
        .map(|e| e.bytes().unwrap())
        .max_by_key(Vec::len)
        .unwrap()
}

fn reports(message: &[u8]) -> Vec<Report> {
    packetize(message).unwrap().collect()
}

fn at(ms: u64) -> Duration {
    Duration::from_secs(1_795_874_400) + Duration::from_millis(ms)
}

/// `sim_session.pcapng`: a session as the writer records HID (usbmon, link type 220).
fn sim_session() -> Vec<u8> {
    let mut w = CaptureWriter::new(Vec::new()).unwrap();
    let mut t = 0;
    let mut msg = |w: &mut CaptureWriter<Vec<u8>>, dir, m: &[u8]| {
        t += 10;
        w.write_message(at(t), Link::Hid, dir, m).unwrap();
    };
    for (request, response) in [echo(), send_file(), get_property()] {
        msg(&mut w, Direction::ToDevice, &request);
        msg(&mut w, Direction::ToHost, &response);
    }
    msg(&mut w, Direction::ToHost, &notification());
    w.into_inner()
}

/// `mms_records.pcapng`: serial and WebSocket messages (link type 147), one bad record.
fn mms_records() -> Vec<u8> {
    let mut w = CaptureWriter::new(Vec::new()).unwrap();
    let (echo_rq, echo_rs) = echo();
    let (prop_rq, prop_rs) = get_property();
    w.write_message(at(1), Link::Serial, Direction::ToDevice, &echo_rq)
        .unwrap();
    w.write_message(at(2), Link::Serial, Direction::ToHost, &echo_rs)
        .unwrap();
    w.write_message(at(3), Link::WebSocket, Direction::ToDevice, &prop_rq)
        .unwrap();
    w.write_message(at(4), Link::WebSocket, Direction::ToHost, &prop_rs)
        .unwrap();
    w.write_message(at(5), Link::Serial, Direction::ToHost, &notification())
        .unwrap();
    w.into_inner()
}

/// Records of one hand-made USB capture: (time, device, IN?, report or data).
struct UsbScript {
    records: Vec<(Duration, Vec<u8>)>,
    urb: u64,
    ms: u64,
}

const READER: DeviceAddress = DeviceAddress { bus: 2, address: 7 };
const KEYBOARD: DeviceAddress = DeviceAddress { bus: 2, address: 3 };

impl UsbScript {
    fn new() -> Self {
        Self {
            records: Vec::new(),
            urb: 0x1000,
            ms: 0,
        }
    }

    fn push(&mut self, event: UsbmonEvent<'_>) {
        self.records.push((event.time, usbmon_record(&event)));
    }

    fn next(&mut self) -> (u64, Duration) {
        self.urb += 1;
        self.ms += 3;
        (self.urb, at(self.ms))
    }

    /// A GET_DESCRIPTOR exchange announcing `vendor`:`product` at `device`.
    fn descriptor(&mut self, device: DeviceAddress, vendor: u16, product: u16) {
        let (urb_id, time) = self.next();
        let mut d = [0u8; 18];
        d[..8].copy_from_slice(&[18, 1, 0, 2, 0, 0, 0, 64]);
        d[8..10].copy_from_slice(&vendor.to_le_bytes());
        d[10..12].copy_from_slice(&product.to_le_bytes());
        let base = UsbmonEvent {
            urb_id,
            completion: false,
            transfer: TransferType::Control,
            endpoint: 0x80,
            device,
            setup: Some([0x80, 6, 0, 1, 0, 0, 18, 0]),
            length: 18,
            data: &[],
            time,
        };
        self.push(base);
        self.push(UsbmonEvent {
            completion: true,
            setup: None,
            data: &d,
            ..base
        });
    }

    /// One interrupt transfer carrying `data`, as usbmon shows it (OUT data in
    /// the submission, IN data in the completion, plus the empty other half).
    fn interrupt(&mut self, device: DeviceAddress, to_host: bool, data: &[u8]) {
        let (urb_id, time) = self.next();
        let endpoint = if to_host { 0x81 } else { 0x01 };
        let base = UsbmonEvent {
            urb_id,
            completion: false,
            transfer: TransferType::Interrupt,
            endpoint,
            device,
            setup: None,
            length: data.len() as u32,
            data: if to_host { &[] } else { data },
            time,
        };
        self.push(base);
        self.push(UsbmonEvent {
            completion: true,
            data: if to_host { data } else { &[] },
            ..base
        });
    }

    fn message(&mut self, to_host: bool, message: &[u8]) {
        for r in reports(message) {
            self.interrupt(READER, to_host, &r);
        }
    }
}

/// The broken sequences both hand-made USB captures carry, in order.
fn broken_script(s: &mut UsbScript) {
    let (echo_rq, echo_rs) = echo();
    let (file_rq, file_rs) = send_file();
    let long = notification();
    let parts = reports(&long);
    // 1. A good request and response.
    s.message(false, &echo_rq);
    s.message(true, &echo_rs);
    // 2. The device cancels a long message after its head and first middle.
    s.interrupt(READER, true, &parts[0]);
    s.interrupt(READER, true, &parts[1]);
    s.interrupt(READER, true, &cancel_report(0));
    // 3. A middle packet goes missing: number 2 arrives where 1 was expected;
    //    the rest of that message is dropped quietly.
    s.interrupt(READER, true, &parts[0]);
    s.interrupt(READER, true, &parts[2]);
    s.interrupt(READER, true, &parts[parts.len() - 1]);
    // 4. A tail with no head.
    s.interrupt(READER, true, &parts[parts.len() - 1]);
    // 5. A single packet interrupts a multi-packet request.
    let file_reports = reports(&file_rq);
    s.interrupt(READER, false, &file_reports[0]);
    s.message(false, &echo_rq);
    // 6. Decoding goes on: a whole long message and a response.
    s.message(true, &long);
    s.message(true, &file_rs);
    // 7. An unknown packet type.
    let mut junk = [0u8; REPORT_LEN];
    junk[0] = 0x7F;
    s.interrupt(READER, true, &junk);
    // 8. The capture ends in the middle of a message.
    s.interrupt(READER, true, &parts[0]);
}

/// `usbmon_broken.pcap`: classic pcap, link type 189 (48-byte usbmon headers),
/// a MagTek reader and a keyboard, both enumerated in the capture.
fn usbmon_broken() -> Vec<u8> {
    let mut s = UsbScript::new();
    s.descriptor(KEYBOARD, 0x046D, 0xC31C);
    s.descriptor(READER, 0x0801, 0x2020);
    // A keypress on the keyboard: not an MMS device, never decoded.
    s.interrupt(KEYBOARD, true, &[0, 0, 0x04, 0, 0, 0, 0, 0]);
    broken_script(&mut s);
    let header = PcapHeader {
        datalink: DataLink::USB_LINUX,
        // usbmon headers are in the capturing host's byte order, which is the file's.
        endianness: Endianness::Little,
        ..PcapHeader::default()
    };
    let mut w = PcapWriter::with_header(Vec::new(), header).unwrap();
    for (time, record) in &s.records {
        // The 48-byte form: the mmapped header without its last 16 bytes.
        let short: Vec<u8> = record[..48].iter().chain(&record[64..]).copied().collect();
        w.write_packet(&PcapPacket::new(*time, short.len() as u32, &short))
            .unwrap();
    }
    w.into_writer()
}

/// A USBPcap record (27-byte header, interrupt transfer) for a usbmon-shaped one.
fn usbpcap_from(record: &[u8]) -> Option<Vec<u8>> {
    let parsed = mms_capture::usb::parse_usbmon(record, true, true).unwrap();
    if parsed.transfer != TransferType::Interrupt {
        return None;
    }
    let mut out = Vec::new();
    out.extend_from_slice(&27u16.to_le_bytes());
    out.extend_from_slice(&u64::from_le_bytes(record[..8].try_into().unwrap()).to_le_bytes());
    out.extend_from_slice(&0u32.to_le_bytes()); // USBD status
    out.extend_from_slice(&0x0009u16.to_le_bytes()); // URB_FUNCTION_BULK_OR_INTERRUPT_TRANSFER
    out.push(u8::from(parsed.completion)); // info: 1 = from the device
    out.extend_from_slice(&parsed.device.bus.to_le_bytes());
    out.extend_from_slice(&parsed.device.address.to_le_bytes());
    out.push(parsed.endpoint);
    out.push(1); // interrupt
    out.extend_from_slice(&(parsed.data.len() as u32).to_le_bytes());
    out.extend_from_slice(parsed.data);
    Some(out)
}

/// `usbpcap_broken.pcap`: link type 249, no descriptors (the capture started
/// after the reader was plugged in), one truncated record.
fn usbpcap_broken() -> Vec<u8> {
    let mut s = UsbScript::new();
    broken_script(&mut s);
    let header = PcapHeader {
        datalink: DataLink::USBPCAP,
        endianness: Endianness::Little,
        ..PcapHeader::default()
    };
    let mut w = PcapWriter::with_header(Vec::new(), header).unwrap();
    for (i, (time, record)) in s.records.iter().enumerate() {
        let Some(record) = usbpcap_from(record) else {
            continue;
        };
        w.write_packet(&PcapPacket::new(*time, record.len() as u32, &record))
            .unwrap();
        if i == 3 {
            let cut = &record[..20];
            w.write_packet(&PcapPacket::new(*time, cut.len() as u32, cut))
                .unwrap();
        }
    }
    w.into_writer()
}

/// `serial.slip`: a raw serial log: line noise, frames both ways, a bad escape.
fn serial_log() -> Vec<u8> {
    let (echo_rq, echo_rs) = echo();
    let (prop_rq, prop_rs) = get_property();
    let mut log = vec![0x00, 0x13, 0x37];
    log.extend(slip::encode(SlipInfo::HOST_TO_DEVICE, &echo_rq));
    log.extend(slip::encode(SlipInfo::DEVICE_TO_HOST, &echo_rs));
    log.extend([0xC0, 0x02, 0xDB, 0x41, 0xC0]);
    log.extend(slip::encode(SlipInfo::HOST_TO_DEVICE, &prop_rq));
    log.extend(slip::encode(SlipInfo::DEVICE_TO_HOST, &prop_rs));
    log
}

fn all_captures() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("sim_session.pcapng", sim_session()),
        ("mms_records.pcapng", mms_records()),
        ("usbmon_broken.pcap", usbmon_broken()),
        ("usbpcap_broken.pcap", usbpcap_broken()),
        ("serial.slip", serial_log()),
    ]
}

#[test]
fn checked_in_captures_are_up_to_date() {
    let bless = std::env::var_os("MMS_BLESS").is_some();
    for (name, bytes) in all_captures() {
        let path = data_dir().join(name);
        assert!(bytes.len() < 16 * 1024, "{name} is {} bytes", bytes.len());
        if bless {
            std::fs::write(&path, &bytes).unwrap();
        }
        let current = std::fs::read(&path).unwrap_or_default();
        assert!(
            current == bytes,
            "tests/data/{name} differs from what this test makes: rerun with MMS_BLESS=1"
        );
    }
}

/// A compact line per event: `dir kind id ref` for messages, `dir problem` for problems.
fn summarize(events: &[CaptureEvent]) -> Vec<String> {
    events
        .iter()
        .map(|e| {
            let dir = e.direction.map_or("?", Direction::as_str);
            match &e.kind {
                EventKind::Message(m) => {
                    format!("{dir} {:02X} {:02X}{:02X} ref {}", m[4], m[6], m[7], m[5])
                }
                EventKind::Problem(p) => format!("{dir} problem: {p}"),
            }
        })
        .collect()
}

fn decode(name: &str, options: &DecodeOptions) -> (Vec<String>, mms_capture::Summary) {
    let mut events = Vec::new();
    let summary = decode_file(&data_dir().join(name), options, |e| events.push(e)).unwrap();
    (summarize(&events), summary)
}

#[test]
fn sim_session_decodes_every_message() {
    let (events, summary) = decode("sim_session.pcapng", &DecodeOptions::default());
    assert_eq!(
        events,
        [
            "to_device 01 DF01 ref 1",
            "to_host 82 DF01 ref 1",
            "to_device 01 D812 ref 7",
            "to_host 82 D812 ref 7",
            "to_device 01 D101 ref 85",
            "to_host 82 D101 ref 85",
            "to_host 83 0101 ref 0",
        ]
    );
    assert_eq!(
        summary.magtek_devices,
        [(DeviceAddress { bus: 1, address: 1 }, 0x2020)]
    );
    assert!(summary.notes.is_empty());
}

#[test]
fn mms_records_decode_with_their_links() {
    let mut events = Vec::new();
    decode_file(
        &data_dir().join("mms_records.pcapng"),
        &DecodeOptions::default(),
        |e| events.push(e),
    )
    .unwrap();
    let sources: Vec<&str> = events.iter().map(|e| e.source.as_str()).collect();
    assert_eq!(
        sources,
        ["serial", "serial", "websocket", "websocket", "serial"]
    );
    assert_eq!(events[4].time, Some(at(5)));
    assert_eq!(summarize(&events)[4], "to_host 83 0101 ref 0");
}

/// What both broken USB captures must yield, in order.
const BROKEN: [&str; 11] = [
    "to_device 01 DF01 ref 1",
    "to_host 82 DF01 ref 1",
    "to_host problem: the sender cancelled a multi-packet message (reason 0x0000) after 120 bytes",
    "to_host problem: HID middle packet number 2 where 1 was expected",
    "to_host problem: HID tail packet arrived without a multi-packet head",
    "to_device problem: HID multi-packet message dropped after 59 of 78 bytes: a new message started",
    "to_device 01 DF01 ref 1",
    "to_host 83 0101 ref 0",
    "to_host 82 D812 ref 7",
    "to_host problem: unknown HID packet type 0x7f at report offset 0",
    "to_host problem: the capture ends inside a multi-packet message from usb:2.7 (59 bytes of 522 received)",
];

#[test]
fn usbmon_capture_reports_broken_sequences_and_goes_on() {
    let (events, summary) = decode("usbmon_broken.pcap", &DecodeOptions::default());
    assert_eq!(events, BROKEN);
    // The keyboard is enumerated as another vendor's device and skipped.
    assert_eq!(summary.magtek_devices, [(READER, 0x2020)]);
    assert!(summary.notes.is_empty(), "{:?}", summary.notes);
}

#[test]
fn usbpcap_capture_without_descriptors_decodes_every_device() {
    let (events, summary) = decode("usbpcap_broken.pcap", &DecodeOptions::default());
    let mut expected: Vec<String> = BROKEN.iter().map(|s| s.to_string()).collect();
    expected.insert(
        2,
        "? problem: USBPcap record of 20 bytes is shorter than its 27-byte header".into(),
    );
    assert_eq!(events, expected);
    assert!(summary.magtek_devices.is_empty());
    assert!(
        summary.notes[0].contains("--device BUS.ADDR"),
        "{:?}",
        summary.notes
    );
    assert!(summary.notes[0].contains("2.7"));
    // Choosing another device finds nothing but the unreadable record.
    let other = DecodeOptions {
        device: Some(KEYBOARD),
        ..DecodeOptions::default()
    };
    let (events, _) = decode("usbpcap_broken.pcap", &other);
    assert_eq!(events.len(), 1);
}

#[test]
fn serial_log_resynchronises() {
    let bytes = std::fs::read(data_dir().join("serial.slip")).unwrap();
    let mut events = Vec::new();
    decode_slip_log(&bytes, 1 << 20, |e| events.push(e));
    let lines = summarize(&events);
    assert_eq!(lines.len(), 6, "{lines:?}");
    assert!(lines[0].contains("before the first C0"));
    assert_eq!(lines[1], "to_device 01 DF01 ref 1");
    assert_eq!(lines[2], "to_host 82 DF01 ref 1");
    assert!(lines[3].contains("DB escape followed by 0x41"), "{lines:?}");
    assert_eq!(lines[4], "to_device 01 D101 ref 85");
    assert_eq!(lines[5], "to_host 82 D101 ref 85");
}

#[test]
fn recording_a_simulator_session_round_trips() {
    use mms_runtime::{Client, Transport};
    let dir = std::env::temp_dir().join(format!("mms-capture-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("live.pcapng");
    let recorder = mms_capture::Recorder::create(&path).unwrap();
    let sim = mms_sim::Simulator::default();
    let transport =
        mms_capture::RecordingTransport::new(sim.in_memory_hid(), Link::Hid, recorder.clone());
    assert!(transport.name().contains("hid"));
    let (client, _events) = Client::new(transport);
    let echo_rq = echo().0;
    // The file upload request takes two reports (a head and a tail) on the recorded link.
    let response = client.send_raw(&send_file().0).unwrap().unwrap();
    assert!(response.status.is_some());
    client.send_raw(&echo_rq).unwrap();
    client.close();
    recorder.finish().unwrap();
    let (events, summary) = decode(path.to_str().unwrap(), &DecodeOptions::default());
    assert_eq!(summary.magtek_devices.len(), 1);
    let kinds: Vec<String> = events
        .iter()
        .map(|l| l.split(' ').take(3).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        kinds,
        [
            "to_device 01 D812",
            "to_host 82 D812",
            "to_device 01 DF01",
            "to_host 82 DF01"
        ]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
