//! End to end over WebSocket on 127.0.0.1: the runtime's WebSocket transport
//! against the simulator's server.

mod e2e_support;

use e2e_support::*;
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{Client, ClientError, ClientOptions, Event};
use mms_sim::{Fault, Simulator};
use std::time::Duration;

#[test]
fn echo_properties_and_transaction() {
    let sim = Simulator::default();
    let url = sim.spawn_ws().unwrap();
    let transport = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap();
    let (client, events) = Client::new(transport);
    echo_and_properties(&client);
    transaction_with_commands_in_flight(&client, &events);
}

#[test]
fn a_dropped_connection_is_a_disconnect_and_the_next_call_reconnects() {
    let sim = Simulator::default();
    let url = sim.spawn_ws().unwrap();
    let options = ClientOptions {
        timeout: Duration::from_secs(2),
        ..ClientOptions::default()
    };
    let connector = move || WebSocketTransport::connect(&url, Duration::from_secs(5));
    let (client, events) = Client::connect_with(connector, options).unwrap();
    echo(&client, &[1]).unwrap();

    // 100 bytes of echo: the response is cut and the connection dropped.
    sim.inject(Fault::DisconnectMidTransfer);
    let reason = match echo(&client, &[9; 100]) {
        Err(ClientError::Disconnected { reason }) => reason,
        other => panic!("expected a disconnect, got {other:?}"),
    };
    assert!(reason.starts_with("ws://127.0.0.1:"), "{reason}");
    assert!(reason.contains("the next call reconnects"), "{reason}");
    let Event::Disconnected(event_reason) =
        wait_event(&events, |e| matches!(e, Event::Disconnected(_)))
    else {
        unreachable!()
    };
    assert_eq!(event_reason, reason);

    // The same client: the next call opens a new connection.
    echo(&client, &[9; 100]).unwrap();
    wait_event(&events, |e| matches!(e, Event::Reconnected { .. }));
    echo_and_properties(&client);
}
