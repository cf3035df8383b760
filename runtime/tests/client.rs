//! Client behaviour against a tiny scripted fake device over the in-memory
//! transports (whole messages, HID reports, and SLIP over a socket pair).

use std::thread::JoinHandle;
use std::time::Duration;

use mms_codec::Tlv;
use mms_protocol::generated::commands::start_get_file_from_device as get_file;
use mms_protocol::generated::file_types::FileType;
use mms_protocol::{Command, Envelope, MessageType};
use mms_runtime::files::{self, transfer_properties, SendStart};
use mms_runtime::hid::hid_memory_pair;
use mms_runtime::{memory_pair, Client, ClientError, ClientOptions, Event, Transport};
use sha2::{Digest, Sha256};

const WAIT: Option<Duration> = Some(Duration::from_secs(5));
const OK: [u8; 4] = [0, 0, 0, 0];

#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Echo {
    #[tlv(tag = 0x81)]
    value: Vec<u8>,
}

impl Command for Echo {
    const ID: u16 = 0xDF01;
    const NAME: &'static str = "Echo";
    type Response = Echo;
}

/// Default options, but reference numbers from 1 (the default is random).
fn from_one() -> ClientOptions {
    ClientOptions {
        first_reference: 1,
        ..ClientOptions::default()
    }
}

/// The device end of a connection, driven by a test script.
struct FakeDevice<T> {
    transport: T,
}

impl<T: Transport> FakeDevice<T> {
    fn recv(&mut self) -> Envelope {
        let bytes = self
            .transport
            .receive(WAIT)
            .expect("device receive")
            .expect("device timed out waiting for the host");
        Envelope::decode(&bytes).expect("host sent a valid message")
    }

    fn send(&mut self, envelope: &Envelope) {
        self.transport
            .send(&envelope.encode())
            .expect("device send");
    }

    fn echo_reply(&mut self, request: &Envelope) {
        let echo: Echo = request.decode_payload(Echo::ID).unwrap();
        self.send(&Envelope::response::<Echo>(
            request.info.reference,
            OK,
            &echo,
        ));
    }

    /// A payload-less Device Information Update (0x1001) with detail code `000000xx`. Not 0:
    /// that is Device Reset Occurred, whose payload (81 and 82) is required.
    fn notification(&mut self, detail: u8) {
        assert_ne!(detail, 0, "detail code 00000000 needs a payload");
        let mut n = Envelope::decode(&[0xAA, 0x00, 0x81, 0x04, 0x83, 0x00, 0x10, 0x01]).unwrap();
        n.status = Some(vec![0, 0, 0, detail]);
        self.send(&n);
    }
}

fn spawn<T: Transport + 'static>(
    transport: T,
    script: impl FnOnce(&mut FakeDevice<T>) + Send + 'static,
) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut device = FakeDevice { transport };
        script(&mut device);
    })
}

fn echo(value: &[u8]) -> Echo {
    Echo {
        value: value.to_vec(),
    }
}

#[test]
fn echo_over_hid_reports_with_incrementing_references() {
    let (host, device) = hid_memory_pair();
    let script = spawn(device, |d| {
        for _ in 0..3 {
            let request = d.recv();
            d.echo_reply(&request);
        }
    });
    let (client, _events) = Client::with_options(host, from_one());
    // Long enough to need multi-packet HID framing.
    let long = vec![0x5A; 500];
    for (i, value) in [&b"\x01\x02\x03"[..], &long, b"x"].into_iter().enumerate() {
        let response = client.call(&echo(value)).unwrap();
        assert_eq!(response.payload.value, value);
        assert_eq!(response.status.to_bytes(), OK);
        assert!(response.is_ok());
        assert_eq!(response.reference, i as u8 + 1);
    }
    script.join().unwrap();
}

#[test]
fn references_wrap_through_every_value() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        let mut seen = Vec::new();
        for _ in 0..3 {
            let request = d.recv();
            seen.push(request.info.reference);
            d.echo_reply(&request);
        }
        assert_eq!(seen, [0xFE, 0xFF, 0x01], "0 is left to notifications");
    });
    let options = ClientOptions {
        first_reference: 0xFE,
        ..from_one()
    };
    let (client, _events) = Client::with_options(host, options);
    for _ in 0..3 {
        client.call(&echo(b"r")).unwrap();
    }
    script.join().unwrap();
}

#[test]
fn responses_match_reference_and_notifications_interleave() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        let request = d.recv();
        // A stale response (other reference), notifications, then the real one.
        let mut stale =
            Envelope::response::<Echo>(request.info.reference.wrapping_add(9), OK, &echo(b"stale"));
        stale.info.reference = request.info.reference.wrapping_add(9);
        d.send(&stale);
        d.notification(1);
        d.notification(2);
        d.echo_reply(&request);
        d.notification(3);
    });
    let (client, events) = Client::with_options(host, from_one());
    let response = client.call(&echo(b"real")).unwrap();
    assert_eq!(response.payload.value, b"real");
    // A separate thread could consume these while the call is pending; here they
    // are already queued, in arrival order, and none of them is the response.
    let mut seen = Vec::new();
    while seen.len() < 4 {
        match events.recv_timeout(Duration::from_secs(5)).unwrap() {
            Event::UnmatchedResponse(e) => seen.push(format!("unmatched {}", e.info.reference)),
            Event::Notification(n) => {
                seen.push(format!("notification {}", n.detail.unwrap() & 0xFF))
            }
            other => panic!("unexpected event {other:?}"),
        }
    }
    assert_eq!(
        seen,
        [
            format!("unmatched {}", response.reference.wrapping_add(9)),
            "notification 1".into(),
            "notification 2".into(),
            "notification 3".into()
        ]
    );
    script.join().unwrap();
}

#[test]
fn notifications_reach_a_listener_while_a_call_is_pending() {
    let (host, device) = hid_memory_pair();
    let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
    let script = spawn(device, move |d| {
        let request = d.recv();
        d.notification(7);
        // Answer only after the listener has seen the notification.
        go_rx.recv_timeout(Duration::from_secs(5)).unwrap();
        d.echo_reply(&request);
    });
    let (client, events) = Client::with_options(host, from_one());
    let listener = std::thread::spawn(move || {
        let event = events.recv_timeout(Duration::from_secs(5)).unwrap();
        assert!(matches!(&event, Event::Notification(n) if n.detail == Some(7)));
        go_tx.send(()).unwrap();
        events
    });
    let response = client.call(&echo(b"pending")).unwrap();
    assert_eq!(response.payload.value, b"pending");
    listener.join().unwrap();
    script.join().unwrap();
}

#[test]
fn same_reference_other_command_is_an_unexpected_response() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        let request = d.recv();
        let mut wrong = Envelope::response::<Echo>(request.info.reference, OK, &echo(b"?"));
        wrong.info.id = 0xD101;
        d.send(&wrong);
    });
    let (client, _events) = Client::with_options(host, from_one());
    let err = client.call(&echo(b"a")).unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::UnexpectedResponse {
                reference: 1,
                expected_id: 0xDF01,
                found_id: 0xD101
            }
        ),
        "{err}"
    );
    script.join().unwrap();
}

#[test]
fn timeout_then_next_call_succeeds_and_late_response_is_an_event() {
    let (host, device) = memory_pair();
    let (go_tx, go_rx) = std::sync::mpsc::channel::<()>();
    let script = spawn(device, move |d| {
        let first = d.recv();
        // Answer the first request only after the host gave up on it.
        go_rx.recv_timeout(Duration::from_secs(5)).unwrap();
        d.echo_reply(&first);
        let second = d.recv();
        d.echo_reply(&second);
    });
    let options = ClientOptions {
        timeout: Duration::from_millis(100),
        ..from_one()
    };
    let (client, events) = Client::with_options(host, options);
    let err = client.call(&echo(b"slow")).unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::Timeout {
                command_id: 0xDF01,
                reference: 1,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("DF01"));
    go_tx.send(()).unwrap();
    let late = events.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(matches!(late, Event::UnmatchedResponse(e) if e.info.reference == 1));
    let response = client
        .call_with_timeout(&echo(b"fast"), Duration::from_secs(5))
        .unwrap();
    assert_eq!(response.payload.value, b"fast");
    assert_eq!(response.reference, 2);
    script.join().unwrap();
}

#[test]
fn disconnect_reaches_the_pending_call_and_the_event_receiver() {
    let (host, device) = hid_memory_pair();
    let script = spawn(device, |d| {
        let _request = d.recv();
        // Unplugged: drop the transport without answering.
    });
    let (client, events) = Client::with_options(host, from_one());
    let err = client
        .call_with_timeout(&echo(b"lost"), Duration::from_secs(30))
        .unwrap_err();
    assert!(matches!(err, ClientError::Disconnected { .. }), "{err}");
    script.join().unwrap();
    let last: Vec<Event> = events.collect(); // ends instead of hanging
    assert!(matches!(last.last(), Some(Event::Disconnected(_))));
    // Later calls fail at once.
    let err = client.call(&echo(b"again")).unwrap_err();
    assert!(matches!(err, ClientError::Disconnected { .. }), "{err}");
}

#[test]
fn a_connector_reopens_the_link_on_the_next_call() {
    // Each connector call plugs in a new in-memory link and hands its device
    // end to the test.
    let (plugged, devices) = std::sync::mpsc::channel();
    let connector = move || {
        let (host, device) = memory_pair();
        plugged.send(FakeDevice { transport: device }).unwrap();
        Ok(host)
    };
    let options = ClientOptions {
        timeout: Duration::from_secs(5),
        ..from_one()
    };
    let (client, events) = Client::connect_with(connector, options).unwrap();
    let mut first = devices.recv().unwrap();
    let script = std::thread::spawn(move || {
        let _request = first.recv();
        // Unplugged while the call waits.
    });
    match client.call(&echo(b"lost")) {
        Err(ClientError::Disconnected { reason }) => {
            assert!(
                reason.contains("memory:host: connection closed"),
                "{reason}"
            );
            assert!(reason.contains("the next call reconnects"), "{reason}");
        }
        other => panic!("expected a disconnect, got {other:?}"),
    }
    script.join().unwrap();
    assert!(matches!(
        events.recv_timeout(Duration::from_secs(5)),
        Ok(Event::Disconnected(_))
    ));
    // While the link is down nothing is re-opened.
    std::thread::sleep(Duration::from_millis(50));
    assert!(devices.try_recv().is_err());
    assert!(events.try_recv().is_none());

    let script = std::thread::spawn(move || {
        let mut second = devices.recv().unwrap();
        let request = second.recv();
        second.echo_reply(&request);
        second
    });
    let response = client.call(&echo(b"again")).unwrap();
    assert_eq!(response.payload.value, b"again");
    assert!(matches!(
        events.recv_timeout(Duration::from_secs(5)),
        Ok(Event::Reconnected { transport }) if transport == "memory:host"
    ));
    let _second = script.join().unwrap();
    // Dropping the client ends the events with the final disconnect.
    drop(client);
    let rest: Vec<Event> = events.collect();
    assert!(
        matches!(rest.as_slice(), [Event::Disconnected(reason)] if reason == "client closed"),
        "{rest:?}"
    );
}

#[test]
fn dropping_a_client_whose_link_is_down_does_not_wait() {
    let (plugged, devices) = std::sync::mpsc::channel();
    let connector = move || {
        let (host, device) = memory_pair();
        let _ = plugged.send(device);
        Ok(host)
    };
    let (client, events) = Client::connect_with(connector, ClientOptions::default()).unwrap();
    drop(devices.recv().unwrap());
    assert!(matches!(
        events.recv_timeout(Duration::from_secs(5)),
        Ok(Event::Disconnected(_))
    ));
    // The I/O thread waits for a call to re-open the link; drop ends it.
    drop(client);
    let rest: Vec<Event> = events.collect();
    assert!(
        matches!(rest.as_slice(), [Event::Disconnected(reason)] if reason == "client closed"),
        "{rest:?}"
    );
    assert!(devices.try_recv().is_err(), "nothing was re-opened");
}

#[test]
fn a_failed_first_open_is_the_connectors_error() {
    let connector = || -> Result<mms_runtime::MemoryTransport, _> {
        Err(mms_runtime::TransportError::new(
            "serial:/dev/ttyUSB9",
            mms_runtime::TransportErrorKind::Open("no such port".into()),
        ))
    };
    let err = Client::connect_with(connector, ClientOptions::default()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "serial:/dev/ttyUSB9: cannot open: no such port"
    );
}

#[test]
fn failure_status_is_a_typed_status_error_for_every_command() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        // Delete: failure status, no payload, and none required -> Status error.
        let request = d.recv();
        d.send(&Envelope::response::<files::DeleteFile>(
            request.info.reference,
            [0x80, 0x02, 0x01, 0x02],
            &Default::default(),
        ));
        // Echo: failure status and no payload, Echo needs tag 81 -> the same Status error.
        let request = d.recv();
        let mut failed =
            Envelope::response::<Echo>(request.info.reference, [0x81, 0, 0, 2], &echo(b""));
        failed.payload = None;
        failed.additional = Some(vec![0x81]);
        d.send(&failed);
    });
    let (client, _events) = Client::with_options(host, from_one());
    let err = client.delete_file(FileType(0x0200_0000)).unwrap_err();
    assert!(
        matches!(
            &err,
            ClientError::Status { command_id: 0xD831, status, additional: None }
                if status.to_bytes() == [0x80, 0x02, 0x01, 0x02] && !status.is_ok()
        ),
        "{err}"
    );
    let err = client.call(&echo(b"x")).unwrap_err();
    assert!(
        matches!(
            &err,
            ClientError::Status {
                command_id: 0xDF01,
                status,
                additional: Some(a)
            } if a == &[0x81] && status.to_bytes() == [0x81, 0, 0, 2]
        ),
        "{err}"
    );
    script.join().unwrap();
}

#[test]
fn call_raw_and_send_raw_renumber_and_match() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        for expected_ref in [1u8, 2] {
            let request = d.recv();
            assert_eq!(request.info.reference, expected_ref);
            d.echo_reply(&request);
        }
    });
    let (client, _events) = Client::with_options(host, from_one());
    let raw = client.call_raw(0xDF01, &[0x81, 0x01, 0x42]).unwrap();
    assert_eq!(raw.status, Some(OK));
    assert_eq!(raw.payload_body(), Some(&[0x81, 0x01, 0x42][..]));
    // The manual's Echo request uses reference 01; replayed, it gets the next one (02).
    let capture = [
        0xAA, 0x00, 0x81, 0x04, 0x01, 0x01, 0xDF, 0x01, 0x84, 0x07, 0xDF, 0x01, 0x81, 0x03, 0x01,
        0x02, 0x03,
    ];
    let replayed = client.send_raw(&capture).unwrap().unwrap();
    assert_eq!(replayed.envelope.info.reference, 2);
    assert_eq!(replayed.payload_body(), Some(&[0x81, 0x03, 1, 2, 3][..]));
    let err = client.send_raw(&[0x00, 0x01]).unwrap_err();
    assert!(
        matches!(&err, ClientError::Decode { error } if error.offset == 0),
        "{err}"
    );
    script.join().unwrap();
}

#[test]
fn undecodable_bytes_become_an_event() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        d.transport.send(&[0xAA, 0x00, 0x81, 0x09]).unwrap();
        let request = d.recv();
        d.echo_reply(&request);
    });
    let (client, events) = Client::with_options(host, from_one());
    client.call(&echo(b"still fine")).unwrap();
    match events.recv_timeout(Duration::from_secs(5)).unwrap() {
        Event::Undecodable { bytes, error } => {
            assert_eq!(bytes.len(), 4);
            assert!(error.offset <= 4);
        }
        other => panic!("unexpected event {other:?}"),
    }
    script.join().unwrap();
}

#[cfg(unix)]
#[test]
fn capability_exceeded_fails_the_pending_call_over_slip() {
    use mms_runtime::serial::slip_socket_pair;
    let (host, device) = slip_socket_pair().unwrap();
    let script = std::thread::spawn(move || {
        let mut device = device;
        let _ = device.receive(WAIT).unwrap().unwrap();
        device.send_capability_exceeded(512).unwrap();
    });
    let (client, _events) = Client::with_options(host, from_one());
    let err = client.call(&echo(&[0u8; 600])).unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::CapabilityExceeded {
                command_id: 0xDF01,
                max_len: 512
            }
        ),
        "{err}"
    );
    script.join().unwrap();
}

/// The `A2` item of a `D821` response announcing `data`.
fn announced_properties(data: &[u8]) -> get_file::ResponseFileTransferProperties {
    get_file::ResponseFileTransferProperties::new(
        (data.len() as u32).to_be_bytes().to_vec(),
        mms_protocol::generated::value_sets::HashChecksumType::Sha256,
        Sha256::digest(data).into(),
    )
}

/// A fake device that stores one file: answers D812 + data file, and D821 with
/// the stored file (optionally announcing a wrong hash).
fn file_device<T: Transport + 'static>(
    transport: T,
    corrupt_announcement: bool,
) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut d = FakeDevice { transport };
        // Send: start command.
        let start = d.recv();
        assert_eq!(start.info.id, files::START_SEND_FILE_UNSECURED);
        let request: files::StartSendFile = start.decode_payload(start.info.id).unwrap();
        d.send(&Envelope::response::<files::StartSendFile>(
            start.info.reference,
            [0x01, 0, 0, 0],
            &Default::default(),
        ));
        // Then the data file message, answered with its own reference number.
        let file = d.recv();
        assert_eq!(file.info.message_type, MessageType::DataFileToDevice);
        assert_eq!(file.info.reference, start.info.reference.wrapping_add(1));
        assert_eq!(file.info.file_type(), Some(request.file_id.0));
        let data = file.payload.clone().unwrap();
        assert_eq!(request.file_transfer_properties, transfer_properties(&data));
        d.send(&Envelope::response::<files::StartSendFile>(
            file.info.reference,
            OK,
            &Default::default(),
        ));
        // Get: announce, then send the data file.
        let get = d.recv();
        let get_request: files::StartGetFile = get.decode_payload(files::START_GET_FILE).unwrap();
        let mut properties = announced_properties(&data);
        if corrupt_announcement {
            properties.hash_checksum[0] ^= 0xFF;
        }
        let info =
            files::StartGetFileResponse::new(get_request.file_id, properties, Default::default());
        d.send(&Envelope::response::<files::StartGetFile>(
            get.info.reference,
            OK,
            &info,
        ));
        d.send(&Envelope::data_file(
            MessageType::DataFileFromDevice,
            get.info.reference,
            files::START_GET_FILE,
            get_request.file_id.0,
            data.clone(),
        ));
        data
    })
}

#[test]
fn file_send_and_get_640k_over_hid_with_progress_and_sha256() {
    let (host, device) = hid_memory_pair();
    let image: Vec<u8> = (0..640 * 1024).map(|i: u32| (i % 253) as u8).collect();
    let script = file_device(device, false);
    let (client, _events) = Client::with_options(host, from_one());
    let mut calls = Vec::new();
    let sent = client
        .send_file(
            FileType(0x0200_0000),
            &image,
            SendStart::Unsecured,
            &mut |d, t| calls.push((d, t)),
        )
        .unwrap();
    assert_eq!(sent.len, image.len());
    assert_eq!(sent.start_status.to_bytes(), [0x01, 0, 0, 0]);
    assert_eq!(sent.sha256.as_slice(), Sha256::digest(&image).as_slice());
    assert!(calls.len() > 10, "progress is reported during the transfer");
    assert!(calls.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(calls.last(), Some(&(image.len(), image.len())));

    let mut get_calls = Vec::new();
    let received = client
        .get_file(FileType(0x0200_0000), &mut |d, t| get_calls.push((d, t)))
        .unwrap();
    assert_eq!(received.data, image);
    assert_eq!(get_calls.first(), Some(&(0, image.len())));
    assert_eq!(get_calls.last(), Some(&(image.len(), image.len())));
    assert!(get_calls.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(script.join().unwrap(), image);
}

#[test]
fn get_file_detects_a_sha256_mismatch() {
    let (host, device) = memory_pair();
    let script = file_device(device, true);
    let (client, _events) = Client::with_options(host, from_one());
    let data = b"user file contents".to_vec();
    client
        .send_file(
            FileType(0x0800_0000),
            &data,
            SendStart::Unsecured,
            &mut |_, _| {},
        )
        .unwrap();
    let err = client
        .get_file(FileType(0x0800_0000), &mut |_, _| {})
        .unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::FileCheck {
                what: "SHA-256",
                ..
            }
        ),
        "{err}"
    );
    script.join().unwrap();
}

#[test]
fn get_file_reports_progress_while_the_file_arrives() {
    use mms_runtime::hid::ReportIo;
    use mms_runtime::hid_framing::packetize;
    let (host, device) = hid_memory_pair();
    let data: Vec<u8> = (0..20_000u32).map(|i| i as u8).collect();
    let file = data.clone();
    let script = spawn(device, move |d| {
        let get = d.recv();
        let info = files::StartGetFileResponse::new(
            FileType(1),
            announced_properties(&file),
            Default::default(),
        );
        d.send(&Envelope::response::<files::StartGetFile>(
            get.info.reference,
            OK,
            &info,
        ));
        let message = Envelope::data_file(
            MessageType::DataFileFromDevice,
            get.info.reference,
            files::START_GET_FILE,
            1,
            file,
        )
        .encode();
        // Send half the reports, pause like a slow USB link, then the rest.
        let reports: Vec<_> = packetize(&message).unwrap().collect();
        let (first, second) = reports.split_at(reports.len() / 2);
        for r in first {
            d.transport.reports_mut().write_report(r).unwrap();
        }
        std::thread::sleep(Duration::from_millis(300));
        for r in second {
            d.transport.reports_mut().write_report(r).unwrap();
        }
    });
    let (client, _events) = Client::with_options(host, from_one());
    let mut calls = Vec::new();
    let received = client
        .get_file(FileType(1), &mut |d, t| calls.push((d, t)))
        .unwrap();
    assert_eq!(received.data, data);
    assert!(
        calls.iter().any(|&(d, t)| d > 0 && d < t),
        "an intermediate step is reported: {calls:?}"
    );
    assert_eq!(calls.last(), Some(&(data.len(), data.len())));
    script.join().unwrap();
}

#[test]
fn secured_send_uses_d811_with_the_callers_payload() {
    let (host, device) = memory_pair();
    let wrapped = vec![0xEE, 0xEE, 0xA1, 0x00];
    let expected = wrapped.clone();
    let script = spawn(device, move |d| {
        let start = d.recv();
        assert_eq!(start.info.id, files::START_SEND_FILE_SECURED);
        assert_eq!(start.payload_body(), Some(&expected[..]));
        let mut accepted = Envelope::response::<files::StartSendFile>(
            start.info.reference,
            [0x01, 0, 0, 0],
            &Default::default(),
        );
        accepted.info.id = files::START_SEND_FILE_SECURED;
        d.send(&accepted);
        let file = d.recv();
        assert_eq!(file.info.id, files::START_SEND_FILE_SECURED);
        // The device rejects the file after checking it.
        let mut reply = Envelope::response::<files::StartSendFile>(
            file.info.reference,
            [0x81, 0x02, 0x01, 0x02],
            &Default::default(),
        );
        reply.info.id = files::START_SEND_FILE_SECURED;
        d.send(&reply);
    });
    let (client, _events) = Client::with_options(host, from_one());
    let err = client
        .send_file(
            FileType(0x0300_0000),
            b"cert",
            SendStart::Secured(wrapped),
            &mut |_, _| {},
        )
        .unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::Status {
                command_id: 0xD811,
                status,
                ..
            } if status.to_bytes() == [0x81, 0x02, 0x01, 0x02]
        ),
        "{err}"
    );
    script.join().unwrap();
}

/// A transport whose sends take far longer than the call's timeout.
#[derive(Debug)]
struct StalledLink;

impl Transport for StalledLink {
    fn name(&self) -> &str {
        "stalled"
    }
    fn send(&mut self, _message: &[u8]) -> Result<(), mms_runtime::TransportError> {
        std::thread::sleep(Duration::from_millis(500));
        Ok(())
    }
    fn receive(
        &mut self,
        timeout: Option<Duration>,
    ) -> Result<Option<Vec<u8>>, mms_runtime::TransportError> {
        std::thread::sleep(timeout.unwrap_or(Duration::from_millis(5)));
        Ok(None)
    }
}

#[test]
fn a_send_that_never_finishes_does_not_hang_the_call() {
    let options = ClientOptions {
        timeout: Duration::from_millis(50),
        ..from_one()
    };
    let (client, _events) = Client::with_options(StalledLink, options);
    let err = client.call(&echo(b"x")).unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::SendStalled {
                command_id: 0xDF01,
                reference: 1,
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn an_unread_event_queue_drops_and_counts_instead_of_growing() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        for i in 1..=10 {
            d.notification(i);
        }
        let request = d.recv();
        d.echo_reply(&request);
    });
    let options = ClientOptions {
        event_capacity: 3,
        ..from_one()
    };
    let (client, events) = Client::with_options(host, options);
    // The call still works while the queue is full.
    client.call(&echo(b"busy")).unwrap();
    script.join().unwrap();
    let mut notifications = 0;
    let mut lagged = 0;
    let mut disconnected = false;
    // The device is gone, so the stream ends (it does not hang), and nothing is
    // lost silently: the lag count and the disconnect come last.
    for event in events {
        match event {
            Event::Notification(_) => notifications += 1,
            Event::Lagged(n) => lagged += n,
            Event::Disconnected(_) => disconnected = true,
            other => panic!("unexpected event {other:?}"),
        }
    }
    assert!(disconnected);
    assert_eq!(notifications, 3);
    assert_eq!(notifications + lagged, 10);
}

#[test]
fn every_subscriber_gets_every_event() {
    let (host, device) = memory_pair();
    let script = spawn(device, |d| {
        let request = d.recv();
        d.notification(7);
        d.notification(8);
        d.echo_reply(&request);
    });
    let (client, first) = Client::with_options(host, from_one());
    let second = first.subscribe();
    let third = client.subscribe();
    client.call(&echo(b"x")).unwrap();
    for events in [first, second, third] {
        let details: Vec<u32> = (0..2)
            .map(
                |_| match events.recv_timeout(Duration::from_secs(5)).unwrap() {
                    Event::Notification(n) => n.detail.unwrap(),
                    other => panic!("unexpected event {other:?}"),
                },
            )
            .collect();
        assert_eq!(details, [7, 8]);
    }
    script.join().unwrap();
}
