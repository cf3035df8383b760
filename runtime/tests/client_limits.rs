//! The client side of HID and serial links applies the reassembly time of
//! [`Limits`]: the rest of a multi-packet message (or a SLIP frame) that never
//! comes is dropped with its own error once the limit has passed, instead of
//! holding the partial message until the caller's timeout (and blending it
//! with whatever arrives next), and the link goes on working.

use std::io::Write;
use std::os::unix::net::UnixStream;
use std::time::Duration;

use mms_runtime::hid::{HidTransport, MemoryReports, ReportIo};
use mms_runtime::hid_framing::{packetize, HidFramingError};
use mms_runtime::limits::Limits;
use mms_runtime::nonblocking::{AsyncSlipTransport, AsyncTransport};
use mms_runtime::serial::{SlipRole, SlipTransport};
use mms_runtime::slip::{encode, DiscardReason, SlipInfo};
use mms_runtime::{Transport, TransportErrorKind};

/// A short reassembly time, and a caller's timeout far beyond it: the error
/// must come from the reassembly limit (the caller's timeout would be `Ok(None)`).
fn limits() -> Limits {
    Limits {
        reassembly_timeout: Duration::from_millis(200),
        ..Limits::DEFAULT
    }
}
const CALLER_WAIT: Option<Duration> = Some(Duration::from_secs(30));

/// A SLIP frame dropped because its rest did not come in time.
fn assert_incomplete(error: &mms_runtime::TransportError) {
    assert!(
        matches!(
            error.kind,
            TransportErrorKind::SlipDiscarded {
                reason: DiscardReason::Incomplete { .. },
                ..
            }
        ),
        "{error}"
    );
}

#[test]
fn hid_client_drops_a_message_whose_rest_never_comes() {
    let (host, mut device) = MemoryReports::pair();
    let mut host = HidTransport::with_limits(host, "hid-memory:host", &limits());
    let message: Vec<u8> = (0..150).map(|i| i as u8).collect();
    let reports: Vec<_> = packetize(&message).unwrap().collect();
    assert_eq!(reports.len(), 3);
    // The head only: the middle and tail never come.
    device.write_report(&reports[0]).unwrap();
    let error = host.receive(CALLER_WAIT).unwrap_err();
    match error.kind {
        TransportErrorKind::HidFraming(HidFramingError::TimedOut {
            total, received, ..
        }) => assert_eq!((total, received), (150, 59)),
        other => panic!("expected a reassembly timeout, got {other:?}"),
    }
    // The link goes on: the whole message arrives next time.
    for report in &reports {
        device.write_report(report).unwrap();
    }
    assert_eq!(host.receive(CALLER_WAIT).unwrap().unwrap(), message);
    // And with nothing partial, the caller's own timeout is a plain `None`.
    assert!(host
        .receive(Some(Duration::from_millis(50)))
        .unwrap()
        .is_none());
}

#[test]
fn serial_client_drops_a_frame_whose_rest_never_comes() {
    let (host, mut device) = UnixStream::pair().unwrap();
    let mut host = SlipTransport::with_limits(host, SlipRole::Host, "serial:pair", &limits());
    let frame = encode(SlipInfo::DEVICE_TO_HOST, &[0xAA; 40]);
    device.write_all(&frame[..20]).unwrap();
    let error = host.receive(CALLER_WAIT).unwrap_err();
    assert_incomplete(&error);
    device.write_all(&frame).unwrap();
    assert_eq!(host.receive(CALLER_WAIT).unwrap().unwrap(), [0xAA; 40]);
}

#[test]
fn async_serial_client_drops_a_frame_whose_rest_never_comes() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        use tokio::io::AsyncWriteExt;
        let (host, mut device) = tokio::io::duplex(4096);
        let mut host = AsyncSlipTransport::with_limits(host, SlipRole::Host, "pipe", &limits());
        let frame = encode(SlipInfo::DEVICE_TO_HOST, &[0x55; 40]);
        device.write_all(&frame[..20]).await.unwrap();
        let wait = Duration::from_secs(30);
        let error = tokio::time::timeout(wait, host.receive())
            .await
            .expect("the reassembly limit, not the caller, ends the wait")
            .unwrap_err();
        assert_incomplete(&error);
        device.write_all(&frame).await.unwrap();
        let message = tokio::time::timeout(wait, host.receive()).await.unwrap();
        assert_eq!(message.unwrap(), [0x55; 40]);
    });
}
