//! End to end: the runtime's TCP client talks to the simulated oDynamo-style device
//! over loopback TCP (real sockets, raw TLV messages, no wrapper).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use mms_protocol::generated::odynamo::{commands, ApplicationId, Message, ResultCode, COMMANDS};
use mms_runtime::tcp::{TcpClient, TcpClientOptions, TcpError};
use mms_sim::odynamo::{OdynamoConfig, OdynamoSimulator};

fn sim() -> OdynamoSimulator {
    OdynamoSimulator::spawn(OdynamoConfig::default()).expect("listen on 127.0.0.1")
}

fn client(sim: &OdynamoSimulator) -> TcpClient {
    TcpClient::connect(sim.addr(), TcpClientOptions::default()).expect("connect")
}

#[test]
fn every_command_of_the_spec_is_acked() {
    let sim = sim();
    assert!(sim.addr().ip().is_loopback());
    let mut client = client(&sim);
    for (app, cmd, name) in COMMANDS {
        let ack = client
            .call(&Message::command(ApplicationId::from_raw(*app), *cmd))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        // A big block command without a command inside is refused.
        let expected = if (*app, *cmd) == (1, 0x10) {
            ResultCode::DataErrorOrBadParameter
        } else {
            ResultCode::OkDone
        };
        assert_eq!(ack.result_code, Some(expected), "{name}");
        assert_eq!(ack.name(), Some(*name));
    }
    // The page's Table 2-1, as the simulator sends it.
    let ack = client
        .call(&commands::clear_transaction_data::command())
        .unwrap();
    assert_eq!(
        ack.encode(),
        mms_spec::parse_hex("C0 01 02 C1 01 01 C2 01 02 C3 01 00").unwrap()
    );
    let unknown = client
        .call(&Message::command(ApplicationId::GeneralMessages, 0x7F))
        .unwrap();
    assert_eq!(unknown.result_code, Some(ResultCode::BadMessageId));
    assert_eq!(client.stray_responses(), 0);
}

#[test]
fn a_big_block_command_carries_a_whole_command() {
    let sim = sim();
    let mut client = client(&sim);
    let mut inner = commands::request_msr_card_data::command();
    inner.data = Some(vec![0x5A; 3000]);
    let ack = client.call_big_block(&inner).unwrap();
    assert!(commands::send_big_block_command::is_response(&ack));
    assert_eq!(ack.result_code, Some(ResultCode::OkDone));
    let events = sim.take_events();
    assert!(
        events
            .iter()
            .any(|e| e.contains("big block carried Request MSR Card Data 0x04::0x12")),
        "{events:?}"
    );
}

#[test]
fn big_block_device_data_is_reassembled() {
    let sim = sim();
    let mut client = client(&sim);
    // Make sure the connection is registered before notifying.
    client
        .call(&commands::clear_transaction_data::command())
        .unwrap();
    let mut long = Message::notification(
        ApplicationId::EmvL2ContactMessages,
        0x83,
        ResultCode::OkDone,
    );
    long.data = Some((0..5000u32).map(|i| i as u8).collect());
    let packets = sim.notify(&long);
    assert!(packets >= 5, "{packets}");
    // A short notification in between stays queued for next_notification.
    let short = Message::notification(
        ApplicationId::EmvL2ContactMessages,
        0x84,
        ResultCode::OkDone,
    );
    sim.notify(&short);
    let message = client.receive_big_block(Duration::from_secs(5)).unwrap();
    assert_eq!(message, long);
    assert_eq!(message.name(), Some("EMV L2 ARQC Message"));
    let next = client.next_notification(Duration::from_secs(5)).unwrap();
    assert_eq!(next, Some(short));
}

#[test]
fn garbage_gets_bad_message_format_and_the_link_goes_on() {
    let sim = sim();
    let mut raw = TcpStream::connect(sim.addr()).unwrap();
    raw.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    raw.write_all(&[0x12, 0x34, 0x56]).unwrap();
    let mut reply = [0u8; 12];
    raw.read_exact(&mut reply).unwrap();
    assert_eq!(reply[9..], [0xC3, 0x01, 0xFF]);
    // Split across writes, the next command is still understood.
    raw.write_all(&[0xC0, 0x01, 0x01, 0xC1]).unwrap();
    std::thread::sleep(Duration::from_millis(5));
    raw.write_all(&[0x01, 0x01, 0xC2, 0x01, 0x02]).unwrap();
    raw.read_exact(&mut reply).unwrap();
    assert_eq!(reply, [0xC0, 1, 2, 0xC1, 1, 1, 0xC2, 1, 2, 0xC3, 1, 0]);
    let events = sim.take_events();
    assert!(
        events
            .iter()
            .any(|e| e.contains("12 cannot start a message")),
        "{events:?}"
    );
}

#[test]
fn a_silent_device_times_out_and_a_closed_one_is_reported() {
    // A listener that accepts and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let options = TcpClientOptions {
        response_timeout: Duration::from_millis(200),
        ..TcpClientOptions::default()
    };
    let mut client = TcpClient::connect(addr, options.clone()).unwrap();
    let (peer, _) = listener.accept().unwrap();
    let e = client
        .call(&commands::clear_transaction_data::command())
        .unwrap_err();
    assert!(
        matches!(
            e,
            TcpError::Timeout {
                command: (1, 2),
                ..
            }
        ),
        "{e}"
    );
    drop(peer);
    let e = client
        .call(&commands::clear_transaction_data::command())
        .unwrap_err();
    assert!(matches!(e, TcpError::Closed | TcpError::Io(_)), "{e}");
    // Only commands can be called.
    let mut client = TcpClient::connect(addr, options).unwrap();
    let ack = Message::response(ApplicationId::GeneralMessages, 2, ResultCode::OkDone);
    assert!(matches!(client.call(&ack), Err(TcpError::NotACommand(_))));
}
