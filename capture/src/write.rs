//! Writing captures: pcapng files that Wireshark, tshark and `mms decode --pcap`
//! open. HID messages are written as the 64-byte reports the runtime's
//! [`packetize`] makes of them, in usbmon records (link type 220) after a
//! device descriptor with MagTek's vendor ID; serial, WebSocket and in-memory
//! messages as [`LINKTYPE_MMS`] records.
//!
//! [`RecordingTransport`] wraps any [`Transport`] and records what crosses it.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use mms_runtime::hid_framing::{packetize, REPORT_LEN};
use mms_runtime::{Transport, TransportError};
use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketBlock;
use pcap_file::pcapng::blocks::interface_description::{
    InterfaceDescriptionBlock, InterfaceDescriptionOption,
};
use pcap_file::pcapng::PcapNgWriter;
use pcap_file::{DataLink, Endianness};

use crate::usb::{usbmon_record, DeviceAddress, TransferType, UsbmonEvent};
use crate::{user_record, Direction, Link, LINKTYPE_MMS, MAGTEK_VENDOR_ID};

/// Bus and address given to the recorded HID device.
pub const RECORDED_DEVICE: DeviceAddress = DeviceAddress { bus: 1, address: 1 };
/// Product ID in the recorded device descriptor (DynaFlex).
pub const RECORDED_PRODUCT_ID: u16 = 0x2020;

/// A pcapng file being written.
pub struct CaptureWriter<W: Write> {
    writer: PcapNgWriter<W>,
    usb_interface: Option<u32>,
    mms_interface: Option<u32>,
    interfaces: u32,
    next_urb: u64,
}

impl<W: Write> std::fmt::Debug for CaptureWriter<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaptureWriter")
            .field("interfaces", &self.interfaces)
            .finish_non_exhaustive()
    }
}

fn pcap_error(e: pcap_file::PcapError) -> io::Error {
    match e {
        pcap_file::PcapError::IoError(e) => e,
        other => io::Error::other(other.to_string()),
    }
}

/// Time since the Unix epoch, now.
pub fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

impl CaptureWriter<BufWriter<File>> {
    /// Creates (or truncates) `path` and writes the file header.
    pub fn create(path: &Path) -> io::Result<Self> {
        Self::new(BufWriter::new(File::create(path)?))
    }
}

impl<W: Write> CaptureWriter<W> {
    /// Writes the pcapng section header to `writer`.
    pub fn new(writer: W) -> io::Result<Self> {
        Ok(Self {
            writer: PcapNgWriter::with_endianness(writer, Endianness::Little)
                .map_err(pcap_error)?,
            usb_interface: None,
            mms_interface: None,
            interfaces: 0,
            next_urb: 1,
        })
    }

    fn add_interface(&mut self, linktype: DataLink, name: &'static str) -> io::Result<u32> {
        let mut idb = InterfaceDescriptionBlock::new(linktype, 0);
        // pcap-file writes packet times in nanoseconds; say so, or readers assume microseconds.
        idb.options = vec![
            InterfaceDescriptionOption::IfName(name.into()),
            InterfaceDescriptionOption::IfTsResol(9),
        ];
        self.writer.write_pcapng_block(idb).map_err(pcap_error)?;
        self.interfaces += 1;
        Ok(self.interfaces - 1)
    }

    fn write_packet(&mut self, interface: u32, time: Duration, data: &[u8]) -> io::Result<()> {
        let block = EnhancedPacketBlock {
            interface_id: interface,
            timestamp: time,
            original_len: data.len() as u32,
            data: data.into(),
            options: vec![],
        };
        self.writer.write_pcapng_block(block).map_err(pcap_error)?;
        Ok(())
    }

    fn usb_event(&mut self, interface: u32, event: UsbmonEvent<'_>) -> io::Result<()> {
        let record = usbmon_record(&event);
        self.write_packet(interface, event.time, &record)
    }

    /// The usbmon interface, created with the device's enumeration (a
    /// `GET_DESCRIPTOR` exchange) the first time.
    fn usb_interface(&mut self, time: Duration) -> io::Result<u32> {
        if let Some(i) = self.usb_interface {
            return Ok(i);
        }
        let interface = self.add_interface(DataLink::USB_LINUX_MMAPPED, "usbmon1")?;
        self.usb_interface = Some(interface);
        let mut descriptor = [0u8; 18];
        descriptor[..8].copy_from_slice(&[18, 1, 0x00, 0x02, 0, 0, 0, REPORT_LEN as u8]);
        descriptor[8..10].copy_from_slice(&MAGTEK_VENDOR_ID.to_le_bytes());
        descriptor[10..12].copy_from_slice(&RECORDED_PRODUCT_ID.to_le_bytes());
        descriptor[12..].copy_from_slice(&[0x00, 0x01, 1, 2, 3, 1]);
        let urb_id = self.urb();
        let base = UsbmonEvent {
            urb_id,
            completion: false,
            transfer: TransferType::Control,
            endpoint: 0x80,
            device: RECORDED_DEVICE,
            // GET_DESCRIPTOR (device), 18 bytes.
            setup: Some([0x80, 0x06, 0x00, 0x01, 0x00, 0x00, 18, 0x00]),
            length: 18,
            data: &[],
            time,
        };
        self.usb_event(interface, base)?;
        self.usb_event(
            interface,
            UsbmonEvent {
                completion: true,
                setup: None,
                data: &descriptor,
                ..base
            },
        )?;
        Ok(interface)
    }

    fn urb(&mut self) -> u64 {
        self.next_urb += 1;
        0xFFFF_0000_0000_0000 | self.next_urb
    }

    /// Writes one HID report: an interrupt OUT submission (to the device) or an
    /// interrupt IN completion (to the host), each carrying the report.
    pub fn write_hid_report(
        &mut self,
        time: Duration,
        direction: Direction,
        report: &[u8],
    ) -> io::Result<()> {
        let interface = self.usb_interface(time)?;
        let (completion, endpoint) = match direction {
            Direction::ToDevice => (false, 0x01),
            Direction::ToHost => (true, 0x81),
        };
        let urb_id = self.urb();
        self.usb_event(
            interface,
            UsbmonEvent {
                urb_id,
                completion,
                transfer: TransferType::Interrupt,
                endpoint,
                device: RECORDED_DEVICE,
                setup: None,
                length: report.len() as u32,
                data: report,
                time,
            },
        )
    }

    /// Writes one whole message that crossed `link`: HID reports for
    /// [`Link::Hid`], one [`LINKTYPE_MMS`] record otherwise.
    pub fn write_message(
        &mut self,
        time: Duration,
        link: Link,
        direction: Direction,
        message: &[u8],
    ) -> io::Result<()> {
        if link == Link::Hid {
            let packets = packetize(message).map_err(io::Error::other)?;
            for report in packets {
                self.write_hid_report(time, direction, &report)?;
            }
            return Ok(());
        }
        let interface = match self.mms_interface {
            Some(i) => i,
            None => {
                let i = self.add_interface(DataLink::Unknown(LINKTYPE_MMS), "mms")?;
                self.mms_interface = Some(i);
                i
            }
        };
        self.write_packet(interface, time, &user_record(direction, link, message))
    }

    /// Flushes buffered records to the file.
    pub fn flush(&mut self) -> io::Result<()> {
        self.writer.get_mut().flush()
    }

    /// The underlying writer.
    pub fn into_inner(self) -> W {
        self.writer.into_inner()
    }
}

struct RecorderState {
    writer: CaptureWriter<Box<dyn Write + Send>>,
    /// The first write error; later records are not attempted.
    error: Option<io::Error>,
}

/// A capture file shared by everything that records into it (a client's
/// transport, a simulator's links). Records are flushed one by one, so the
/// file is complete up to the last message even if the program is killed.
#[derive(Clone)]
pub struct Recorder {
    state: Arc<Mutex<RecorderState>>,
}

impl std::fmt::Debug for Recorder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Recorder")
    }
}

impl Recorder {
    /// Records into a new file at `path`.
    pub fn create(path: &Path) -> io::Result<Self> {
        Self::new(BufWriter::new(File::create(path)?))
    }

    /// Records into `writer`.
    pub fn new(writer: impl Write + Send + 'static) -> io::Result<Self> {
        let boxed: Box<dyn Write + Send> = Box::new(writer);
        Ok(Self {
            state: Arc::new(Mutex::new(RecorderState {
                writer: CaptureWriter::new(boxed)?,
                error: None,
            })),
        })
    }

    fn lock(&self) -> MutexGuard<'_, RecorderState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records one message now. A failure is kept for [`Recorder::finish`]
    /// rather than disturbing the connection being recorded.
    pub fn record(&self, link: Link, direction: Direction, message: &[u8]) {
        let mut state = self.lock();
        if state.error.is_some() {
            return;
        }
        let result = state
            .writer
            .write_message(now(), link, direction, message)
            .and_then(|()| state.writer.flush());
        if let Err(e) = result {
            state.error = Some(e);
        }
    }

    /// Flushes the file and returns the first error any record met.
    pub fn finish(&self) -> io::Result<()> {
        let mut state = self.lock();
        if let Some(e) = state.error.take() {
            return Err(e);
        }
        state.writer.flush()
    }
}

/// A [`Transport`] that records every message it sends and receives (as the
/// host) into a [`Recorder`].
#[derive(Debug)]
pub struct RecordingTransport<T> {
    inner: T,
    recorder: Recorder,
    link: Link,
}

impl<T: Transport> RecordingTransport<T> {
    /// Records `inner`'s traffic as crossing `link`.
    pub fn new(inner: T, link: Link, recorder: Recorder) -> Self {
        Self {
            inner,
            recorder,
            link,
        }
    }
}

impl<T: Transport> Transport for RecordingTransport<T> {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        self.inner.send(message)?;
        self.recorder
            .record(self.link, Direction::ToDevice, message);
        Ok(())
    }

    fn send_with_progress(
        &mut self,
        message: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), TransportError> {
        self.inner.send_with_progress(message, progress)?;
        self.recorder
            .record(self.link, Direction::ToDevice, message);
        Ok(())
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let received = self.inner.receive(timeout)?;
        if let Some(message) = &received {
            self.recorder.record(self.link, Direction::ToHost, message);
        }
        Ok(received)
    }

    fn receive_progress(&self) -> Option<(usize, usize)> {
        self.inner.receive_progress()
    }
}
