//! The simulator served in memory, over a pseudo-terminal and over WebSocket,
//! with injected faults. The host side here reads raw bytes (the runtime's
//! end-to-end tests use its transports).

use crate::common::*;
use mms_runtime::slip::{encode, SlipDecoder, SlipEvent, SlipInfo};
use mms_runtime::{Transport, TransportErrorKind};
use mms_sim::{Fault, Simulator};
use std::time::Duration;

const WAIT: Option<Duration> = Some(Duration::from_secs(5));
const SHORT: Option<Duration> = Some(Duration::from_millis(300));

fn next(link: &mut impl Transport) -> Vec<u8> {
    link.receive(WAIT)
        .unwrap()
        .expect("a message before the timeout")
}

#[test]
fn whole_messages_in_memory_with_notifications_during_commands() {
    let sim = Simulator::default();
    let mut link = sim.in_memory();
    link.send(&request(1, 0x1001, &start_transaction_params([0, 3])))
        .unwrap();
    assert_eq!(status(&next(&mut link)), [1, 0, 0, 0]);
    let mut notes = Vec::new();
    let mut echoes = 0;
    let mut reference = 2u8;
    while notes.len() < 4 {
        link.send(&request(reference, 0xDF01, &tlv(&[0x81], &[reference])))
            .unwrap();
        reference += 1;
        loop {
            let message = next(&mut link);
            if message[4] == 0x83 {
                notes.push(notification_detail(&message));
            } else {
                assert_eq!(status(&message), [0, 0, 0, 0]);
                echoes += 1;
                break;
            }
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(echoes >= 2, "commands were served during the transaction");
    assert_eq!(notes.last().unwrap().0, 0x0105);
    sim.shutdown();
}

#[test]
fn hid_reports_carry_a_640_kib_file_both_ways() {
    let sim = Simulator::default();
    let mut host = sim.in_memory_hid();
    let file_id = [0x02, 0, 0, 0];
    let image: Vec<u8> = (0..640 * 1024).map(|i| (i % 253) as u8).collect();
    host.send(&request(1, 0xD812, &send_file_params(file_id, &image)))
        .unwrap();
    assert_eq!(status(&next(&mut host)), [0, 0, 0, 0]);
    host.send(&data_file(2, 0xD812, file_id, &image)).unwrap();
    let done = next(&mut host);
    assert_eq!(&done[4..6], &[0x82, 0x02]);
    assert_eq!(status(&done), [0, 0, 0, 0]);
    host.send(&request(3, 0xD821, &tlv(&[0x81], &file_id)))
        .unwrap();
    assert_eq!(status(&next(&mut host)), [0, 0, 0, 0]);
    let file = next(&mut host);
    assert!(data_file_payload(&file) == image.as_slice());
}

#[test]
fn each_fault_shows_and_the_next_command_succeeds() {
    let sim = Simulator::default();
    let mut host = sim.in_memory_hid();
    let echo = |r: u8| request(r, 0xDF01, &tlv(&[0x81], &[r]));
    let big_echo = |r: u8| request(r, 0xDF01, &tlv(&[0x81], &[r; 120]));

    sim.inject(Fault::DropResponse);
    host.send(&echo(1)).unwrap();
    assert_eq!(host.receive(SHORT).unwrap(), None, "response dropped");
    host.send(&echo(2)).unwrap();
    assert_eq!(next(&mut host)[5], 2);

    sim.inject(Fault::DropRequest);
    host.send(&echo(3)).unwrap();
    assert_eq!(host.receive(SHORT).unwrap(), None, "request dropped");
    host.send(&echo(4)).unwrap();
    assert_eq!(next(&mut host)[5], 4);

    sim.inject(Fault::Garbage(vec![1, 2, 3]));
    host.send(&echo(5)).unwrap();
    let error = host.receive(WAIT).unwrap_err();
    assert!(!error.is_fatal());
    assert!(
        matches!(error.kind, TransportErrorKind::HidFraming(_)),
        "{error}"
    );
    assert!(
        error.to_string().contains("unknown HID packet type 0x7f"),
        "{error}"
    );
    assert_eq!(next(&mut host)[5], 5);

    sim.inject(Fault::Reorder);
    host.send(&big_echo(6)).unwrap();
    let error = host.receive(WAIT).unwrap_err();
    assert!(
        matches!(error.kind, TransportErrorKind::HidFraming(_)),
        "{error}"
    );
    // The rest of the broken message is dropped too; then all is well again.
    while let Err(e) = host.receive(SHORT) {
        assert!(!e.is_fatal(), "{e}");
    }
    host.send(&echo(7)).unwrap();
    assert_eq!(next(&mut host)[5], 7);

    sim.inject(Fault::Delay(Duration::from_millis(500)));
    host.send(&echo(8)).unwrap();
    assert_eq!(host.receive(SHORT).unwrap(), None, "delayed");
    assert_eq!(next(&mut host)[5], 8);

    sim.inject(Fault::DisconnectMidTransfer);
    host.send(&big_echo(9)).unwrap();
    let error = host.receive(WAIT).unwrap_err();
    assert!(error.is_fatal(), "{error}");
    assert!(sim.faults_triggered());
    // A new connection to the same device works.
    let mut host = sim.in_memory_hid();
    host.send(&echo(10)).unwrap();
    assert_eq!(next(&mut host)[5], 10);
    let events = sim.take_events();
    assert!(
        events.iter().any(|e| e.contains("dropped a response")),
        "{events:?}"
    );
}

#[test]
fn whole_message_link_reorders_messages() {
    let sim = Simulator::default();
    let mut link = sim.in_memory();
    sim.inject(Fault::Reorder);
    link.send(&request(1, 0xDF01, &[])).unwrap();
    link.send(&request(2, 0xDF01, &[])).unwrap();
    assert_eq!(next(&mut link)[5], 2);
    assert_eq!(next(&mut link)[5], 1);
    // A held message with no successor goes out after a short while.
    sim.inject(Fault::Reorder);
    link.send(&request(3, 0xDF01, &[])).unwrap();
    assert_eq!(next(&mut link)[5], 3);
}

#[test]
fn pseudo_terminal_speaks_slip() {
    use rustix::event::{poll, PollFd, PollFlags, Timespec};
    use rustix::fs::{Mode, OFlags};
    let sim = Simulator::default();
    let path = sim.spawn_pty().unwrap();
    assert!(path.to_string_lossy().starts_with("/dev/pts/"), "{path:?}");
    let port = rustix::fs::open(&path, OFlags::RDWR | OFlags::NOCTTY, Mode::empty()).unwrap();
    let mut decoder = SlipDecoder::new(1 << 21);
    let mut read_message = |timeout_ms: i64| -> Option<Vec<u8>> {
        let mut buffer = [0u8; 4096];
        loop {
            let mut fds = [PollFd::new(&port, PollFlags::IN)];
            let timeout = Timespec {
                tv_sec: timeout_ms / 1000,
                tv_nsec: (timeout_ms % 1000) * 1_000_000,
            };
            if poll(&mut fds, Some(&timeout)).unwrap() == 0 {
                return None;
            }
            let n = rustix::io::read(&port, &mut buffer).unwrap();
            let mut message = None;
            decoder.push(&buffer[..n], |event| match event {
                SlipEvent::Message {
                    info: SlipInfo::DEVICE_TO_HOST,
                    message: m,
                } => message = Some(m),
                other => panic!("unexpected {other:?}"),
            });
            if message.is_some() {
                return message;
            }
        }
    };
    let frame = encode(
        SlipInfo::HOST_TO_DEVICE,
        &request(1, 0xDF01, &tlv(&[0x81], &[0xC0, 0xDB])),
    );
    rustix::io::write(&port, &frame).unwrap();
    let response = read_message(5000).expect("a response over the pty");
    assert_eq!(status(&response), [0, 0, 0, 0]);
    assert!(response.ends_with(&[0x81, 0x02, 0xC0, 0xDB]));
    // Garbage first, then the frame: the device still answers.
    rustix::io::write(&port, &[0x11, 0x22, 0xC0, 0x33, 0xC0]).unwrap();
    rustix::io::write(
        &port,
        &encode(SlipInfo::HOST_TO_DEVICE, &request(2, 0xDF01, &[])),
    )
    .unwrap();
    assert_eq!(read_message(5000).unwrap()[5], 2);
    drop(port);
    sim.shutdown();
}

#[test]
fn websocket_serves_binary_messages() {
    let sim = Simulator::default();
    let url = sim.spawn_ws().unwrap();
    assert!(url.starts_with("ws://127.0.0.1:"));
    let (mut socket, _) = tungstenite::connect(&url).unwrap();
    socket
        .send(tungstenite::Message::Binary(
            request(1, 0xDF01, &tlv(&[0x81], &[1, 2, 3])).into(),
        ))
        .unwrap();
    match socket.read().unwrap() {
        tungstenite::Message::Binary(message) => {
            assert_eq!(status(&message), [0, 0, 0, 0]);
        }
        other => panic!("unexpected {other:?}"),
    }
    sim.inject(Fault::DisconnectMidTransfer);
    socket
        .send(tungstenite::Message::Binary(
            request(2, 0xDF01, &tlv(&[0x81], &[0; 100])).into(),
        ))
        .unwrap();
    assert!(socket.read().is_err(), "the connection drops");
    let (mut socket, _) = tungstenite::connect(&url).unwrap();
    socket
        .send(tungstenite::Message::Binary(request(3, 0xDF01, &[]).into()))
        .unwrap();
    assert!(matches!(socket.read().unwrap(), tungstenite::Message::Binary(m) if m[5] == 3));
    drop(socket);
    sim.shutdown();
}

#[test]
fn shutdown_is_prompt_with_idle_links() {
    let sim = Simulator::default();
    let mut memory = sim.in_memory();
    let _hid = sim.in_memory_hid();
    let _pty = sim.spawn_pty().unwrap();
    let _ws = sim.spawn_ws().unwrap();
    let started = std::time::Instant::now();
    sim.shutdown();
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(memory.receive(SHORT).unwrap_err().is_fatal());
}

#[test]
fn trace_records_messages_both_ways() {
    let sim = Simulator::default();
    sim.set_trace(true);
    let mut link = sim.in_memory();
    link.send(&request(1, 0xDF01, &[])).unwrap();
    next(&mut link);
    let events = sim.take_events();
    assert_eq!(
        events,
        [
            "<- AA0081040101DF018402DF01",
            "-> AA0081048201DF018204000000008402DF01"
        ]
    );
}
