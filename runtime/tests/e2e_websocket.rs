//! End to end over WebSocket on 127.0.0.1: the runtime's WebSocket transport
//! against the simulator's server.

mod e2e_support;

use e2e_support::*;
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{Client, ClientError, ClientOptions};
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
fn a_dropped_connection_is_a_disconnect() {
    let sim = Simulator::default();
    let url = sim.spawn_ws().unwrap();
    let options = ClientOptions {
        timeout: Duration::from_secs(2),
        ..ClientOptions::default()
    };
    let transport = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap();
    let (client, _events) = Client::with_options(transport, options.clone());
    sim.inject(Fault::DisconnectMidTransfer);
    assert!(matches!(
        echo(&client, &[9; 100]),
        Err(ClientError::Disconnected { .. })
    ));
    let transport = WebSocketTransport::connect(&url, Duration::from_secs(5)).unwrap();
    let (client, _events) = Client::with_options(transport, options);
    echo(&client, &[9; 100]).unwrap();
}
