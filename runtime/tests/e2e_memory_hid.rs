//! End to end over in-memory HID reports: the runtime's client and HID framing
//! on one side, the `mms-sim` device (with its own packet framing) on the other.

mod e2e_support;

use e2e_support::*;
use mms_runtime::{Client, ClientError, ClientOptions, Event, TransportErrorKind};
use mms_sim::{Fault, Simulator};
use std::time::Duration;

fn quick_options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_millis(600),
        file_timeout: Duration::from_secs(10),
        ..ClientOptions::default()
    }
}

#[test]
fn echo_properties_file_and_transaction() {
    let sim = Simulator::default();
    let (client, events) = Client::new(sim.in_memory_hid());
    echo_and_properties(&client);
    file_round_trip(&client);
    transaction_with_commands_in_flight(&client, &events);
    client.close();
    sim.shutdown();
}

#[test]
fn whole_message_memory_link_works_too() {
    let sim = Simulator::default();
    let (client, events) = Client::new(sim.in_memory());
    echo_and_properties(&client);
    transaction_with_commands_in_flight(&client, &events);
}

#[test]
fn a_dropped_response_is_a_timeout() {
    let sim = Simulator::default();
    let (client, _events) = Client::with_options(sim.in_memory_hid(), quick_options());
    sim.inject(Fault::DropResponse);
    match echo(&client, &[1]) {
        Err(ClientError::Timeout { command_id, .. }) => assert_eq!(command_id, 0xDF01),
        other => panic!("expected a timeout, got {other:?}"),
    }
    echo(&client, &[2]).unwrap();
}

#[test]
fn a_dropped_request_is_a_timeout() {
    let sim = Simulator::default();
    let (client, _events) = Client::with_options(sim.in_memory_hid(), quick_options());
    sim.inject(Fault::DropRequest);
    assert!(matches!(
        echo(&client, &[1]),
        Err(ClientError::Timeout { .. })
    ));
    echo(&client, &[2]).unwrap();
}

#[test]
fn a_late_response_times_out_then_arrives_as_an_event() {
    let sim = Simulator::default();
    let (client, events) = Client::with_options(sim.in_memory_hid(), quick_options());
    sim.inject(Fault::Delay(Duration::from_millis(1000)));
    assert!(matches!(
        echo(&client, &[1]),
        Err(ClientError::Timeout { .. })
    ));
    wait_event(&events, |e| matches!(e, Event::UnmatchedResponse(_)));
    echo(&client, &[2]).unwrap();
}

#[test]
fn a_garbage_report_is_a_framing_error_event() {
    let sim = Simulator::default();
    let (client, events) = Client::with_options(sim.in_memory_hid(), quick_options());
    sim.inject(Fault::Garbage(vec![0xDE, 0xAD]));
    echo(&client, &[1]).unwrap();
    let event = wait_event(&events, |e| matches!(e, Event::Dropped(_)));
    let Event::Dropped(error) = event else {
        unreachable!()
    };
    assert!(
        matches!(error.kind, TransportErrorKind::HidFraming(_)),
        "{error}"
    );
    assert!(
        error.to_string().contains("unknown HID packet type"),
        "{error}"
    );
    echo(&client, &[2]).unwrap();
}

#[test]
fn reordered_packets_are_a_framing_error_and_the_call_times_out() {
    let sim = Simulator::default();
    let (client, events) = Client::with_options(sim.in_memory_hid(), quick_options());
    sim.inject(Fault::Reorder);
    // 120 bytes of echo: the response needs head, middle and tail packets.
    assert!(matches!(
        echo(&client, &[7; 120]),
        Err(ClientError::Timeout { .. })
    ));
    let event = wait_event(&events, |e| matches!(e, Event::Dropped(_)));
    let Event::Dropped(error) = event else {
        unreachable!()
    };
    assert!(
        matches!(error.kind, TransportErrorKind::HidFraming(_)),
        "{error}"
    );
    echo(&client, &[7; 120]).unwrap();
}

#[test]
fn a_disconnect_mid_file_is_a_disconnect_and_a_new_connection_works() {
    let sim = Simulator::default();
    let (client, _events) = Client::with_options(sim.in_memory_hid(), quick_options());
    let data = image();
    client
        .send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {})
        .unwrap();
    sim.inject(Fault::DisconnectMidTransfer);
    match client.get_file(IMAGE_SLOT_1, &mut |_, _| {}) {
        Err(ClientError::Disconnected { reason }) => assert!(!reason.is_empty()),
        other => panic!(
            "expected a disconnect, got {:?}",
            other.map(|f| f.data.len())
        ),
    }
    assert!(matches!(
        echo(&client, &[1]),
        Err(ClientError::Disconnected { .. })
    ));
    // Plugged in again: same device, file still there.
    let (client, _events) = Client::with_options(sim.in_memory_hid(), quick_options());
    let file = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert!(file.data == data);
}
