//! Regression tests for two link defects (issue 11): a stale serial answer
//! taken as the answer to a new request (defect 2), and a call timeout overrun
//! while the peer floods WebSocket pings, with a wrong reference number seen
//! only as a generic timeout (defect 7).

use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};

use mms_protocol::generated::commands::echo;
use mms_protocol::Envelope;
use mms_runtime::serial::open_serial;
use mms_runtime::slip::{self, SlipDecoder, SlipEvent, SlipInfo};
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{memory_pair, Client, ClientError, ClientOptions, Event, Transport};
use serialport::{SerialPort, TTYPort};

fn echo_request(data: &[u8]) -> echo::Request {
    echo::Request {
        data_to_be_echoed: Some(data.to_vec()),
        ..Default::default()
    }
}

fn echo_response(reference: u8, data: &[u8]) -> Vec<u8> {
    let answer = echo::Response {
        data_being_echoed: Some(data.to_vec()),
        ..Default::default()
    };
    Envelope::response::<echo::Request>(reference, [0; 4], &answer).encode()
}

/// Reads one SLIP frame from the device end of a pty (bounded: 5 s).
fn read_request(master: &mut TTYPort) -> Envelope {
    master.set_timeout(Duration::from_millis(100)).unwrap();
    let mut decoder = SlipDecoder::new(slip::DEFAULT_MAX_MESSAGE_LEN);
    let deadline = Instant::now() + Duration::from_secs(5);
    let mut buf = [0u8; 512];
    while Instant::now() < deadline {
        let n = match master.read(&mut buf) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::TimedOut => continue,
            Err(e) => panic!("pty read: {e}"),
        };
        let mut message = None;
        decoder.push(&buf[..n], |event| {
            if let SlipEvent::Message { message: m, .. } = event {
                message = Some(m);
            }
        });
        if let Some(m) = message {
            return Envelope::decode(&m).unwrap();
        }
    }
    panic!("no request within 5 s");
}

/// Defect 2: answers that a device still sends for an earlier run (which
/// timed out) must not answer a new request. Before the fix every client
/// started at reference 1 and took the stale answer to reference 1 as its own.
/// Opening the port flushes what the kernel holds, so the stale answers come
/// just after the port opens, as from a device still busy with the old run.
#[test]
fn a_stale_serial_answer_never_answers_a_new_request() {
    let (mut master, slave) = TTYPort::pair().expect("a pseudo-terminal pair");
    let path = slave.name().expect("the pty's path");
    let (client, events) =
        Client::with_options(open_serial(&path).unwrap(), ClientOptions::default());
    for reference in 1..=8u8 {
        let stale = echo_response(reference, b"stale");
        master
            .write_all(&slip::encode(SlipInfo::DEVICE_TO_HOST, &stale))
            .unwrap();
    }
    master.flush().unwrap();
    let device = std::thread::spawn(move || {
        let request = read_request(&mut master);
        let frame = slip::encode(
            SlipInfo::DEVICE_TO_HOST,
            &echo_response(request.info.reference, b"fresh"),
        );
        master.write_all(&frame).unwrap();
        master
    });
    let response = client.call(&echo_request(b"fresh")).unwrap();
    assert_eq!(
        response.payload.data_being_echoed.as_deref(),
        Some(&b"fresh"[..])
    );
    let _master = device.join().unwrap();
    let stale = std::iter::from_fn(|| events.try_recv())
        .filter(|e| matches!(e, Event::UnmatchedResponse(_)))
        .count();
    assert_eq!(stale, 8, "every stale answer is reported as an event");
    drop(slave);
}

/// Defect 2: the first reference number is not the same for every run.
#[test]
fn the_first_reference_is_not_predictable() {
    let firsts: std::collections::BTreeSet<u8> = (0..16)
        .map(|_| ClientOptions::default().first_reference)
        .collect();
    assert!(firsts.len() > 1, "{firsts:?}");
    assert!(!firsts.contains(&0), "0 is the notifications' number");
}

/// Defect 7: a peer that floods pings and never answers must not stretch the
/// call past its timeout (before the fix 5 s became 31 s).
#[test]
fn a_ping_flood_does_not_stretch_the_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("ws://{}/", listener.local_addr().unwrap());
    let peer = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut socket = tungstenite::accept(stream).unwrap();
        let _request = socket.read().unwrap();
        // Pings only, until the client goes away (bounded: 20 s).
        let stop = Instant::now() + Duration::from_secs(20);
        let mut sent = 0u64;
        while Instant::now() < stop {
            let ping = tungstenite::Message::Ping(vec![0; 125].into());
            if socket.send(ping).is_err() {
                break;
            }
            sent += 1;
        }
        sent
    });
    let timeout = Duration::from_secs(1);
    let options = ClientOptions {
        timeout,
        ..ClientOptions::default()
    };
    let transport = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap();
    let (client, _events) = Client::with_options(transport, options);
    let started = Instant::now();
    let err = client.call(&echo_request(b"x")).unwrap_err();
    let call_took = started.elapsed();
    // The whole run, as `mms send` sees it: the call, then closing the client.
    client.close();
    let took = started.elapsed();
    eprintln!("call {call_took:?}, call and close {took:?}");
    assert!(
        matches!(
            err,
            ClientError::Timeout {
                command_id: echo::ID,
                ..
            }
        ),
        "{err}"
    );
    // Generous for a loaded machine; the defect gave six times the timeout.
    assert!(took < timeout * 3, "a 1 s timeout took {took:?}");
    let pings = peer.join().unwrap();
    assert!(pings > 100, "the peer flooded ({pings} pings)");
}

/// Defect 7: a response to the call's command with another reference number
/// is its own error, not a generic timeout, and is reported as an event.
#[test]
fn a_wrong_reference_is_its_own_error() {
    let (host, mut device) = memory_pair();
    let peer = std::thread::spawn(move || {
        let bytes = device
            .receive(Some(Duration::from_secs(5)))
            .unwrap()
            .unwrap();
        let request = Envelope::decode(&bytes).unwrap();
        let wrong = request.info.reference.wrapping_add(1).max(1);
        device.send(&echo_response(wrong, b"x")).unwrap();
        (request.info.reference, wrong, device)
    });
    let options = ClientOptions {
        timeout: Duration::from_millis(500),
        ..ClientOptions::default()
    };
    let (client, events) = Client::with_options(host, options);
    let err = client.call(&echo_request(b"x")).unwrap_err();
    let (sent, wrong, _device) = peer.join().unwrap();
    match err {
        ClientError::WrongReference {
            command_id,
            expected,
            found,
        } => assert_eq!((command_id, expected, found), (echo::ID, sent, wrong)),
        other => panic!("expected a wrong-reference error, got {other}"),
    }
    let event = events.recv_timeout(Duration::from_secs(1)).unwrap();
    assert!(
        matches!(&event, Event::UnmatchedResponse(e) if e.info.reference == wrong),
        "{event:?}"
    );
}
