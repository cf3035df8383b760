//! USB HID transport: [`HidTransport`] runs the [`crate::hid_framing`]
//! packetizer and reassembler over any [`ReportIo`] — a real device through
//! `hidapi` ([`open_hid`]) or an in-memory report channel ([`hid_memory_pair`]).

use std::collections::VecDeque;
use std::ffi::CString;
use std::fmt;
use std::io;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::hid_framing::{self, HidEvent, Reassembler, Report, REPORT_LEN};
use crate::limits::Limits;
use crate::transport::{
    remaining_until_either, HexBytes, Transport, TransportError, TransportErrorKind,
    FRAME_TRACE_TARGET,
};

/// MagTek's USB vendor ID.
pub const MAGTEK_VENDOR_ID: u16 = 0x0801;
/// Product IDs of MMS devices, with the product family name.
pub const MMS_PRODUCT_IDS: [(u16, &str); 3] = [
    (0x2020, "DynaFlex"),
    (0x2023, "DynaProx"),
    (0x2024, "DynaFlex II Go"),
];

/// Moves single 64-byte reports; [`HidTransport`] does the framing on top.
pub trait ReportIo: Send {
    /// Writes one output report (without a report ID: the device uses none).
    fn write_report(&mut self, report: &Report) -> io::Result<()>;
    /// Waits up to `timeout` (forever with `None`) for one input report; returns
    /// the number of bytes written into `buf`, or `None` when the time ran out.
    /// `Err` with [`io::ErrorKind::BrokenPipe`] means the other side is gone.
    fn read_report(
        &mut self,
        buf: &mut [u8; REPORT_LEN],
        timeout: Option<Duration>,
    ) -> io::Result<Option<usize>>;
}

/// A [`Transport`] over HID reports.
pub struct HidTransport<R> {
    name: String,
    io: R,
    reassembler: Reassembler,
    /// Outcomes of reports already read but not yet returned (one report can
    /// yield an error and a message).
    pending: VecDeque<HidEvent>,
}

impl<R> fmt::Debug for HidTransport<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HidTransport")
            .field("name", &self.name)
            .field("reassembler", &self.reassembler)
            .finish_non_exhaustive()
    }
}

impl<R: ReportIo> HidTransport<R> {
    /// Wraps a report channel; received messages longer than `max_message_len`
    /// are refused (see [`hid_framing::DEFAULT_MAX_MESSAGE_LEN`]), the other
    /// limits are the defaults.
    pub fn new(io: R, name: impl Into<String>, max_message_len: usize) -> Self {
        let limits = Limits {
            max_message_len,
            ..Limits::DEFAULT
        };
        Self::with_limits(io, name, &limits)
    }

    /// Wraps a report channel with the message size, report count and
    /// reassembly time limits of `limits`: a multi-packet message whose next
    /// report does not come within `limits.reassembly_timeout` is dropped and
    /// reported as [`HidFramingError::TimedOut`](hid_framing::HidFramingError::TimedOut).
    pub fn with_limits(io: R, name: impl Into<String>, limits: &Limits) -> Self {
        Self {
            name: name.into(),
            io,
            reassembler: Reassembler::with_limits(limits),
            pending: VecDeque::new(),
        }
    }

    /// The underlying report channel (tests use it to send raw reports).
    pub fn reports_mut(&mut self) -> &mut R {
        &mut self.io
    }

    fn error(&self, kind: TransportErrorKind) -> TransportError {
        TransportError::new(&self.name, kind)
    }

    fn io_error(&self, e: io::Error) -> TransportError {
        if e.kind() == io::ErrorKind::BrokenPipe {
            self.error(TransportErrorKind::Closed)
        } else {
            self.error(TransportErrorKind::Io(e))
        }
    }

    fn event_result(&self, event: HidEvent) -> Result<Option<Vec<u8>>, TransportError> {
        match event {
            HidEvent::Message(m) => Ok(Some(m)),
            HidEvent::Cancelled { reason, discarded } => {
                Err(self.error(TransportErrorKind::HidCancelled { reason, discarded }))
            }
            HidEvent::Error(e) => Err(self.error(TransportErrorKind::HidFraming(e))),
        }
    }
}

impl<R: ReportIo> Transport for HidTransport<R> {
    fn name(&self) -> &str {
        &self.name
    }

    fn receive_progress(&self) -> Option<(usize, usize)> {
        self.reassembler.progress()
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        self.send_with_progress(message, &mut |_, _| {})
    }

    fn send_with_progress(
        &mut self,
        message: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), TransportError> {
        // The same cap both ways, as on the other links.
        let max = self.reassembler.max_message_len();
        if message.len() > max {
            let len = message.len();
            return Err(self.error(TransportErrorKind::MessageTooLong { len, max }));
        }
        let packets = hid_framing::packetize(message).map_err(|e| {
            self.error(TransportErrorKind::MessageTooLong {
                len: e.len,
                max: e.max,
            })
        })?;
        let total = message.len();
        let mut sent = 0usize;
        for (i, report) in packets.enumerate() {
            tracing::debug!(target: FRAME_TRACE_TARGET, "{} report -> {}", self.name, HexBytes(&report));
            if let Err(e) = self.io.write_report(&report) {
                // Tell the device to drop the partial message, if it still listens.
                if i > 0 {
                    let _ = self.io.write_report(&hid_framing::cancel_report(0));
                }
                return Err(self.io_error(e));
            }
            sent = match i {
                0 => total.min(hid_framing::HEAD_PART),
                _ => (sent + hid_framing::MIDDLE_PART).min(total),
            };
            // Every 4 KiB or so is plenty for a progress bar.
            if i % 64 == 63 {
                progress(sent, total);
            }
        }
        progress(total, total);
        Ok(())
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            if let Some(event) = self.pending.pop_front() {
                return self.event_result(event);
            }
            let mut buf = [0u8; REPORT_LEN];
            // Wake up when the rest of a partial message is overdue, too.
            let wait = remaining_until_either(deadline, self.reassembler.deadline());
            let read = self.io.read_report(&mut buf, wait);
            let now = Instant::now();
            let pending = &mut self.pending;
            match read {
                Ok(None) => self.reassembler.expire(now, |e| pending.push_back(e)),
                Ok(Some(n)) => {
                    let report = &buf[..n.min(REPORT_LEN)];
                    tracing::debug!(target: FRAME_TRACE_TARGET, "{} report <- {}", self.name, HexBytes(report));
                    self.reassembler
                        .push_at(report, now, |e| pending.push_back(e));
                }
                Err(e) => return Err(self.io_error(e)),
            }
            if deadline.is_some_and(|d| now >= d) && self.pending.is_empty() {
                return Ok(None);
            }
        }
    }
}

/// One end of an in-memory report channel; see [`hid_memory_pair`].
#[derive(Debug)]
pub struct MemoryReports {
    outgoing: mpsc::Sender<Report>,
    incoming: mpsc::Receiver<Report>,
}

impl MemoryReports {
    /// Two connected report channels.
    pub fn pair() -> (Self, Self) {
        let (a_tx, b_rx) = mpsc::channel();
        let (b_tx, a_rx) = mpsc::channel();
        (
            Self {
                outgoing: a_tx,
                incoming: a_rx,
            },
            Self {
                outgoing: b_tx,
                incoming: b_rx,
            },
        )
    }
}

impl ReportIo for MemoryReports {
    fn write_report(&mut self, report: &Report) -> io::Result<()> {
        self.outgoing
            .send(*report)
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "report channel closed"))
    }

    fn read_report(
        &mut self,
        buf: &mut [u8; REPORT_LEN],
        timeout: Option<Duration>,
    ) -> io::Result<Option<usize>> {
        let closed = || io::Error::new(io::ErrorKind::BrokenPipe, "report channel closed");
        let report = match timeout {
            None => self.incoming.recv().map_err(|_| closed())?,
            Some(t) => match self.incoming.recv_timeout(t) {
                Ok(r) => r,
                Err(mpsc::RecvTimeoutError::Timeout) => return Ok(None),
                Err(mpsc::RecvTimeoutError::Disconnected) => return Err(closed()),
            },
        };
        *buf = report;
        Ok(Some(REPORT_LEN))
    }
}

/// Two connected in-memory HID transports (`host`, `device`): messages travel as
/// 64-byte reports through the real packetizer and reassembler on both ends.
pub fn hid_memory_pair() -> (HidTransport<MemoryReports>, HidTransport<MemoryReports>) {
    let (a, b) = MemoryReports::pair();
    let max = hid_framing::DEFAULT_MAX_MESSAGE_LEN;
    (
        HidTransport::new(a, "hid-memory:host", max),
        HidTransport::new(b, "hid-memory:device", max),
    )
}

/// An MMS device found on USB.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HidDeviceSummary {
    /// Platform path, usable with [`HidSelector::Path`].
    pub path: String,
    /// USB vendor ID (always [`MAGTEK_VENDOR_ID`]).
    pub vendor_id: u16,
    /// USB product ID.
    pub product_id: u16,
    /// Product family from [`MMS_PRODUCT_IDS`].
    pub family: &'static str,
    /// USB serial number string, when the device reports one.
    pub serial_number: Option<String>,
    /// USB product string, when the device reports one.
    pub product: Option<String>,
}

/// Which device [`open_hid`] opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HidSelector {
    /// The first MMS device found.
    First,
    /// The device at this platform path (from [`list_hid_devices`]).
    Path(String),
    /// The MMS device with this USB serial number.
    SerialNumber(String),
}

/// A real device's report channel through `hidapi`.
pub struct HidApiReports {
    device: hidapi::HidDevice,
}

impl fmt::Debug for HidApiReports {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("HidApiReports")
    }
}

fn hid_io_error(e: hidapi::HidError) -> io::Error {
    io::Error::other(e.to_string())
}

impl ReportIo for HidApiReports {
    fn write_report(&mut self, report: &Report) -> io::Result<()> {
        // hidapi expects the report ID first; 0 means "no report ID".
        let mut data = [0u8; REPORT_LEN + 1];
        data[1..].copy_from_slice(report);
        self.device.write(&data).map_err(hid_io_error)?;
        Ok(())
    }

    fn read_report(
        &mut self,
        buf: &mut [u8; REPORT_LEN],
        timeout: Option<Duration>,
    ) -> io::Result<Option<usize>> {
        let millis = match timeout {
            None => -1,
            Some(t) => i32::try_from(t.as_millis()).unwrap_or(i32::MAX),
        };
        match self
            .device
            .read_timeout(buf, millis)
            .map_err(hid_io_error)?
        {
            0 => Ok(None),
            n => Ok(Some(n)),
        }
    }
}

fn hid_error(name: &str, e: hidapi::HidError) -> TransportError {
    TransportError::new(name, TransportErrorKind::Hid(e.to_string()))
}

/// MMS devices (MagTek vendor ID and a known product ID) attached over USB.
pub fn list_hid_devices() -> Result<Vec<HidDeviceSummary>, TransportError> {
    let api = hidapi::HidApi::new().map_err(|e| hid_error("hid", e))?;
    Ok(summaries(&api))
}

fn summaries(api: &hidapi::HidApi) -> Vec<HidDeviceSummary> {
    api.device_list()
        .filter(|d| d.vendor_id() == MAGTEK_VENDOR_ID)
        .filter_map(|d| {
            let family = MMS_PRODUCT_IDS
                .iter()
                .find(|(pid, _)| *pid == d.product_id())?
                .1;
            Some(HidDeviceSummary {
                path: d.path().to_string_lossy().into_owned(),
                vendor_id: d.vendor_id(),
                product_id: d.product_id(),
                family,
                serial_number: d.serial_number().map(str::to_owned),
                product: d.product_string().map(str::to_owned),
            })
        })
        .collect()
}

/// Opens an MMS device over USB HID.
pub fn open_hid(selector: &HidSelector) -> Result<HidTransport<HidApiReports>, TransportError> {
    open_hid_with(selector, &Limits::DEFAULT)
}

/// [`open_hid`] with the message size, report count and reassembly time of `limits`.
pub fn open_hid_with(
    selector: &HidSelector,
    limits: &Limits,
) -> Result<HidTransport<HidApiReports>, TransportError> {
    let api = hidapi::HidApi::new().map_err(|e| hid_error("hid", e))?;
    let devices = summaries(&api);
    let found = match selector {
        HidSelector::First => devices.first(),
        HidSelector::Path(path) => devices.iter().find(|d| &d.path == path),
        HidSelector::SerialNumber(sn) => devices
            .iter()
            .find(|d| d.serial_number.as_deref() == Some(sn.as_str())),
    };
    let Some(found) = found else {
        return Err(TransportError::new(
            "hid",
            TransportErrorKind::Open(format!(
                "no MMS device matches {selector:?} ({} found)",
                devices.len()
            )),
        ));
    };
    let name = format!("hid:{}", found.path);
    let path = CString::new(found.path.clone()).map_err(|_| {
        TransportError::new(&name, TransportErrorKind::Open("path contains NUL".into()))
    })?;
    let device = api.open_path(&path).map_err(|e| hid_error(&name, e))?;
    Ok(HidTransport::with_limits(
        HidApiReports { device },
        name,
        limits,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hid_framing::{cancel_report, packetize};

    const WAIT: Option<Duration> = Some(Duration::from_secs(2));

    #[test]
    fn messages_cross_as_reports() {
        let (mut host, mut device) = hid_memory_pair();
        let big: Vec<u8> = (0..5000).map(|i| i as u8).collect();
        let mut calls = Vec::new();
        host.send_with_progress(&big, &mut |done, total| calls.push((done, total)))
            .unwrap();
        host.send(b"small").unwrap();
        assert_eq!(device.receive(WAIT).unwrap(), Some(big));
        assert_eq!(device.receive(WAIT).unwrap(), Some(b"small".to_vec()));
        assert_eq!(calls.last(), Some(&(5000, 5000)));
        assert!(calls.windows(2).all(|w| w[0].0 <= w[1].0));
        assert!(calls.len() >= 2);
    }

    #[test]
    fn framing_errors_are_not_fatal() {
        let (mut host, mut device) = hid_memory_pair();
        let reports: Vec<_> = packetize(&[7u8; 200]).unwrap().collect();
        // A head, then a cancel, then a stray middle, then a good message.
        host.reports_mut().write_report(&reports[0]).unwrap();
        host.reports_mut().write_report(&cancel_report(0)).unwrap();
        host.reports_mut().write_report(&reports[1]).unwrap();
        host.send(b"ok").unwrap();
        let e = device.receive(WAIT).unwrap_err();
        assert!(matches!(
            e.kind,
            TransportErrorKind::HidCancelled {
                reason: 0,
                discarded: 59
            }
        ));
        assert!(!e.is_fatal());
        let e = device.receive(WAIT).unwrap_err();
        assert!(matches!(e.kind, TransportErrorKind::HidFraming(_)));
        assert!(!e.is_fatal());
        assert_eq!(device.receive(WAIT).unwrap(), Some(b"ok".to_vec()));
    }

    #[test]
    fn timeout_and_close() {
        let (host, mut device) = hid_memory_pair();
        assert_eq!(
            device.receive(Some(Duration::from_millis(5))).unwrap(),
            None
        );
        drop(host);
        let e = device.receive(WAIT).unwrap_err();
        assert!(matches!(e.kind, TransportErrorKind::Closed));
    }

    #[test]
    fn listing_real_devices_never_panics() {
        // No MMS device is attached here; the call must still return cleanly
        // (an empty list, or an error when the platform has no HID support).
        match list_hid_devices() {
            Ok(devices) => assert!(devices.iter().all(|d| d.vendor_id == MAGTEK_VENDOR_ID)),
            Err(e) => eprintln!("HID enumeration unavailable here: {e}"),
        }
        let e = open_hid(&HidSelector::SerialNumber("no-such-device".into())).unwrap_err();
        assert!(e.is_fatal());
    }
}
