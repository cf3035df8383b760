//! Shared steps of the end-to-end tests: the runtime's clients, blocking and
//! async, against the `mms-sim` device over real transports. Every step takes
//! a [`AnyClient`], so one test description runs against both clients.
#![allow(dead_code)]

use mms_protocol::generated::file_types::FileType;
use mms_runtime::files::{ReceivedFile, SendStart, SentFile};
use mms_runtime::nonblocking::{
    on_thread, open_serial_async, AsyncClient, AsyncTransport, AsyncWebSocketTransport, EventStream,
};
use mms_runtime::serial::open_serial;
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{
    Client, ClientError, ClientOptions, Event, Events, RawResponse, TransportError,
    TransportErrorKind,
};
use mms_sim::{Fault, Simulator};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::tlv;

/// What the end-to-end steps need from a client: the blocking one and the
/// async one (driven from a test thread) both provide it.
pub trait AnyClient {
    fn call_raw(&self, command_id: u16, body: &[u8]) -> Result<RawResponse, ClientError>;
    fn send_file(
        &self,
        file_type: FileType,
        data: &[u8],
        start: SendStart,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<SentFile, ClientError>;
    fn get_file(
        &self,
        file_type: FileType,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<ReceivedFile, ClientError>;
    /// The next event within `timeout`; `None` when none came or the events ended.
    fn recv_timeout(&self, timeout: Duration) -> Option<Event>;
    fn try_recv(&self) -> Option<Event> {
        self.recv_timeout(Duration::ZERO)
    }
    /// Closes the client and returns the events that were still to come.
    fn close(self: Box<Self>) -> Vec<Event>;
}

impl AnyClient for (Client, Events) {
    fn call_raw(&self, command_id: u16, body: &[u8]) -> Result<RawResponse, ClientError> {
        self.0.call_raw(command_id, body)
    }
    fn send_file(
        &self,
        file_type: FileType,
        data: &[u8],
        start: SendStart,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<SentFile, ClientError> {
        self.0.send_file(file_type, data, start, progress)
    }
    fn get_file(
        &self,
        file_type: FileType,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<ReceivedFile, ClientError> {
        self.0.get_file(file_type, progress)
    }
    fn recv_timeout(&self, timeout: Duration) -> Option<Event> {
        if timeout.is_zero() {
            return self.1.try_recv();
        }
        self.1.recv_timeout(timeout).ok()
    }
    fn close(self: Box<Self>) -> Vec<Event> {
        let (client, events) = *self;
        client.close();
        events.collect()
    }
}

/// The async client with the runtime it runs on.
pub struct Async {
    runtime: tokio::runtime::Runtime,
    client: Option<AsyncClient>,
    events: Mutex<EventStream>,
}

impl Async {
    fn client(&self) -> &AsyncClient {
        self.client.as_ref().expect("open")
    }
}

impl AnyClient for Async {
    fn call_raw(&self, command_id: u16, body: &[u8]) -> Result<RawResponse, ClientError> {
        self.runtime
            .block_on(self.client().call_raw(command_id, body))
    }
    fn send_file(
        &self,
        file_type: FileType,
        data: &[u8],
        start: SendStart,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<SentFile, ClientError> {
        let sending = self.client().send_file(file_type, data, start, progress);
        self.runtime.block_on(sending)
    }
    fn get_file(
        &self,
        file_type: FileType,
        progress: &mut (dyn FnMut(usize, usize) + Send),
    ) -> Result<ReceivedFile, ClientError> {
        self.runtime
            .block_on(self.client().get_file(file_type, progress))
    }
    fn recv_timeout(&self, timeout: Duration) -> Option<Event> {
        let mut events = self.events.lock().unwrap();
        let next = async { tokio::time::timeout(timeout, events.next()).await };
        self.runtime.block_on(next).ok().flatten()
    }
    fn close(mut self: Box<Self>) -> Vec<Event> {
        drop(self.client.take());
        let mut rest = Vec::new();
        while let Some(event) = self.recv_timeout(Duration::from_secs(5)) {
            rest.push(event);
        }
        rest
    }
}

/// Which client a test drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Blocking,
    Async,
}

/// Which simulator link a client uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// The simulator's pseudo-terminal, opened as a serial port (SLIP).
    Pty,
    /// In-memory HID reports.
    MemoryHid,
    /// In-memory whole messages.
    Memory,
    /// The simulator's WebSocket server on 127.0.0.1.
    WebSocket,
}

/// Generates a `blocking` and a `nonblocking` test for each scenario
/// `fn name(kind: Kind)`: one description, both clients.
#[macro_export]
macro_rules! for_both_clients {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            #[test]
            fn blocking() {
                super::$name(super::Kind::Blocking)
            }
            #[test]
            fn nonblocking() {
                super::$name(super::Kind::Async)
            }
        }
    )*};
}

/// A `kind` client on a `link` to `sim`. With `unplugged`, the link is
/// re-opened after a disconnect unless the flag is set (then opening fails);
/// without it the client has no connector.
pub fn connect(
    kind: Kind,
    link: Link,
    sim: &Arc<Simulator>,
    options: ClientOptions,
    unplugged: Option<Arc<AtomicBool>>,
) -> Box<dyn AnyClient> {
    let path = match link {
        Link::Pty => {
            let path = sim.spawn_pty().expect("a pseudo-terminal");
            Some(path.to_str().expect("a UTF-8 path").to_string())
        }
        Link::WebSocket => Some(sim.spawn_ws().expect("a WebSocket server")),
        Link::MemoryHid | Link::Memory => None,
    };
    let wait = Duration::from_secs(5);
    let gate = unplugged.clone();
    let check = move || match &gate {
        Some(flag) if flag.load(Ordering::SeqCst) => Err(TransportError::new(
            "simulator",
            TransportErrorKind::Open("no such device (unplugged)".into()),
        )),
        _ => Ok(()),
    };
    let sim = Arc::clone(sim);
    match kind {
        Kind::Blocking => {
            let opener = move || -> Result<Box<dyn mms_runtime::Transport>, TransportError> {
                check()?;
                Ok(match (link, &path) {
                    (Link::Pty, Some(path)) => Box::new(open_serial(path)?),
                    (Link::WebSocket, Some(url)) => {
                        Box::new(WebSocketTransport::connect(url, wait)?)
                    }
                    (Link::MemoryHid, _) => Box::new(sim.in_memory_hid()),
                    _ => Box::new(sim.in_memory()),
                })
            };
            let pair = match unplugged {
                Some(_) => Client::connect_with(opener, options).unwrap(),
                None => Client::with_options(opener().unwrap(), options),
            };
            Box::new(pair)
        }
        Kind::Async => {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            let opener = move || {
                let checked = check();
                let sim = Arc::clone(&sim);
                let path = path.clone();
                async move {
                    checked?;
                    Ok(match (link, &path) {
                        (Link::Pty, Some(path)) => {
                            Box::new(open_serial_async(path)?) as Box<dyn AsyncTransport>
                        }
                        (Link::WebSocket, Some(url)) => {
                            Box::new(AsyncWebSocketTransport::connect(url, wait).await?)
                        }
                        (Link::MemoryHid, _) => Box::new(on_thread(sim.in_memory_hid())),
                        _ => Box::new(on_thread(sim.in_memory())),
                    })
                }
            };
            let (client, events) = runtime.block_on(async {
                match unplugged {
                    Some(_) => AsyncClient::connect_with(opener, options).await.unwrap(),
                    None => AsyncClient::new(opener().await.unwrap(), options),
                }
            });
            Box::new(Async {
                runtime,
                client: Some(client),
                events: Mutex::new(events),
            })
        }
    }
}

/// File ID of custom idle page image 1 (manual Table 201), the 640 KB slot.
pub const IMAGE_SLOT_1: FileType = FileType(0x0200_0000);

/// A 640 KiB test image.
pub fn image() -> Vec<u8> {
    (0..640 * 1024u32)
        .map(|i| (i.wrapping_mul(31) >> 3) as u8)
        .collect()
}

/// Echo (0xDF01) of `data`; checks the device sent it back.
pub fn echo(client: &dyn AnyClient, data: &[u8]) -> Result<(), ClientError> {
    let body = tlv(&[0x81], data);
    let response = client.call_raw(0xDF01, &body)?;
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    assert_eq!(response.payload_body(), Some(body.as_slice()));
    Ok(())
}

/// Get Property body for 1.2.7.1.1.1 in the manual's "simple" form.
const RESET_NOTIFICATION_CONTROL: [u8; 13] = [
    0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x02, 0xC1, 0x00,
];

/// Reads property 1.2.7.1.1.1 (one byte).
pub fn get_reset_notification_control(client: &dyn AnyClient) -> u8 {
    let response = client
        .call_raw(0xD101, &RESET_NOTIFICATION_CONTROL)
        .unwrap();
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    let body = response.payload_body().unwrap();
    // ... 89 03 C1 01 vv
    assert_eq!(
        &body[body.len() - 5..body.len() - 1],
        &[0x89, 0x03, 0xC1, 0x01]
    );
    body[body.len() - 1]
}

/// Sets property 1.2.7.1.1.1 to `value`.
pub fn set_reset_notification_control(
    client: &dyn AnyClient,
    value: u8,
) -> Result<(), ClientError> {
    let mut set = RESET_NOTIFICATION_CONTROL.to_vec();
    set.truncate(set.len() - 4);
    set.extend_from_slice(&[0x89, 0x03, 0xC1, 0x01, value]);
    let response = client.call_raw(0xD111, &set)?;
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    Ok(())
}

/// A lost request and a lost response both time out; what tells them apart
/// is whether the device acted: a Set Property whose request was dropped
/// changed nothing, one whose response was dropped did.
pub fn dropped_request_and_dropped_response(sim: &Simulator, client: &dyn AnyClient) {
    set_reset_notification_control(client, 0x00).unwrap();
    sim.inject(Fault::DropRequest);
    match set_reset_notification_control(client, 0x01) {
        Err(ClientError::Timeout { command_id, .. }) => assert_eq!(command_id, 0xD111),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(get_reset_notification_control(client), 0x00, "not applied");

    sim.inject(Fault::DropResponse);
    match set_reset_notification_control(client, 0x02) {
        Err(ClientError::Timeout { command_id, .. }) => assert_eq!(command_id, 0xD111),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(get_reset_notification_control(client), 0x02, "applied");
    set_reset_notification_control(client, 0x00).unwrap();
}

/// A response later than the call's timeout: the call times out, the
/// response arrives as an unmatched event with the call's reference number,
/// and the next call works.
pub fn delayed_response(sim: &Simulator, client: &dyn AnyClient, delay: Duration) {
    let events = client;
    drain(events);
    sim.inject(Fault::Delay(delay));
    let reference = match echo(client, &[4]) {
        Err(ClientError::Timeout {
            command_id: 0xDF01,
            reference,
            waited,
        }) => {
            assert!(waited < delay);
            reference
        }
        other => panic!("expected a timeout, got {other:?}"),
    };
    let Event::UnmatchedResponse(late) =
        wait_event(events, |e| matches!(e, Event::UnmatchedResponse(_)))
    else {
        unreachable!()
    };
    assert_eq!(late.info.reference, reference);
    assert_eq!(late.info.id, 0xDF01);
    echo(client, &[5]).unwrap();
}

/// Takes every event already queued.
pub fn drain(events: &dyn AnyClient) {
    while events.try_recv().is_some() {}
}

/// Echo, property get/set (and a refused set of a read-only property).
pub fn echo_and_properties(client: &dyn AnyClient) {
    echo(client, &[1, 2, 3]).unwrap();
    echo(client, &[0xC0, 0xDB, 0xDC, 0xDD]).unwrap();
    assert_eq!(get_reset_notification_control(client), 0x00);
    let mut set = RESET_NOTIFICATION_CONTROL.to_vec();
    set.truncate(set.len() - 4);
    set.extend_from_slice(&[0x89, 0x03, 0xC1, 0x01, 0x05]);
    let response = client.call_raw(0xD111, &set).unwrap();
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    assert_eq!(response.payload_body(), Some(set.as_slice()));
    assert_eq!(get_reset_notification_control(client), 0x05);

    // Device Model Name (2.1.2.2.2.1) is information: read-only.
    let mut name = vec![0x85, 0x01, 0x02, 0x87, 0x04, 0x01, 0x02, 0x02, 0x02];
    name.extend_from_slice(&[0x89, 0x02, 0xC1, 0x00]);
    let response = client.call_raw(0xD101, &name).unwrap();
    assert!(response
        .payload_body()
        .unwrap()
        .ends_with(b"DynaFlex Pro\0"));
    let mut set_name = name[..9].to_vec();
    set_name.extend_from_slice(&[0x89, 0x05, 0xC1, 0x03, b'a', b'b', b'c']);
    let response = client.call_raw(0xD111, &set_name).unwrap();
    assert_eq!(response.status, Some([0x80, 0x02, 0x01, 0x02]));
}

/// Sends a 640 KiB image and reads it back; SHA-256 checked on both trips.
pub fn file_round_trip(client: &dyn AnyClient) {
    let data = image();
    let mut progress_calls = 0;
    let sent = client
        .send_file(IMAGE_SLOT_1, &data, SendStart::Unsecured, &mut |_, _| {
            progress_calls += 1
        })
        .unwrap();
    assert_eq!(sent.final_status.to_bytes(), [0, 0, 0, 0]);
    assert!(progress_calls > 0);
    let mut progress_after = 0;
    let received = client
        .get_file(IMAGE_SLOT_1, &mut |_, _| progress_after += 1)
        .unwrap();
    assert!(progress_after > 0);
    assert_eq!(received.data.len(), data.len());
    assert!(received.data == data, "the file read back differs");
    use sha2::Digest;
    assert_eq!(
        received.info.file_transfer_properties.hash_checksum[..],
        sha2::Sha256::digest(&data)[..]
    );
}

/// Start Transaction request body: 60 s timeout, all readers, Quick Chip.
pub fn start_transaction_body() -> Vec<u8> {
    let mut body = tlv(&[0x82], &[0x3C]);
    let mut readers = tlv(&[0x81], &[1]);
    readers.extend(tlv(&[0x82], &[1]));
    readers.extend(tlv(&[0x83], &[1]));
    body.extend(tlv(&[0xA3], &readers));
    body.extend(tlv(&[0x84], &[0x00, 0x03]));
    let mut data = tlv(&[0x9C], &[0]);
    data.extend([0x9F, 0x02, 0x06, 0, 0, 0, 0, 0x01, 0x00]);
    body.extend(tlv(&[0x86], &data));
    body
}

/// Starts a transaction and keeps calling Echo until the final 0x0105
/// notification; checks notifications arrived between calls.
pub fn transaction_with_commands_in_flight(client: &dyn AnyClient) {
    let events = client;
    let response = client.call_raw(0x1001, &start_transaction_body()).unwrap();
    assert_eq!(response.status, Some([0x01, 0, 0, 0]), "OK, started");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut notifications = Vec::new();
    let mut echoes_between = 0;
    while Instant::now() < deadline {
        echo(client, &[0x42]).unwrap();
        if !notifications.is_empty() {
            echoes_between += 1;
        }
        while let Some(event) = events.try_recv() {
            if let Event::Notification(n) = event {
                let detail = n.detail.expect("a detail code").to_be_bytes();
                notifications.push((n.id, detail));
            }
        }
        if notifications.iter().any(|(id, _)| *id == 0x0105) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let ids: Vec<u16> = notifications.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [0x0101, 0x0101, 0x0101, 0x0105],
        "{notifications:02X?}"
    );
    assert_eq!(
        notifications[0].1,
        [0x20, 0x01, 0x04, 0x00],
        "card detected"
    );
    assert_eq!(
        notifications[3].1,
        [0x20, 0x02, 0x07, 0x00],
        "quick chip done"
    );
    assert!(echoes_between >= 2, "commands ran while notifications came");
}

/// Waits for the next event that `matches`, skipping others.
pub fn wait_event(events: &dyn AnyClient, matches: impl Fn(&Event) -> bool) -> Event {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match events.recv_timeout(left) {
            Some(event) if matches(&event) => return event,
            Some(_) => {}
            None => panic!("no matching event"),
        }
    }
}
