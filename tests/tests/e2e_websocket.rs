//! End to end over WebSocket on 127.0.0.1: the runtime's WebSocket transports
//! (tungstenite, tokio-tungstenite) against the simulator's server, one
//! description for both clients.

use crate::e2e_support::*;
use mms_runtime::{ClientError, ClientOptions, Event};
use mms_sim::{Fault, Simulator};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

for_both_clients!(
    echo_properties_and_transaction,
    a_dropped_connection_is_a_disconnect_and_the_next_call_reconnects,
);

fn echo_properties_and_transaction(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let client = connect(kind, Link::WebSocket, &sim, ClientOptions::default(), None);
    echo_and_properties(&*client);
    transaction_with_commands_in_flight(&*client);
}

fn a_dropped_connection_is_a_disconnect_and_the_next_call_reconnects(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let options = ClientOptions {
        timeout: Duration::from_secs(2),
        ..ClientOptions::default()
    };
    let plugged = Some(Arc::new(AtomicBool::new(false)));
    let owned = connect(kind, Link::WebSocket, &sim, options, plugged);
    let (client, events) = (&*owned, &*owned);
    echo(client, &[1]).unwrap();
    // 100 bytes of echo: the response is cut and the connection dropped.
    sim.inject(Fault::DisconnectMidTransfer);
    let reason = match echo(client, &[9; 100]) {
        Err(ClientError::Disconnected { reason }) => reason,
        other => panic!("expected a disconnect, got {other:?}"),
    };
    assert!(reason.starts_with("ws://127.0.0.1:"), "{reason}");
    assert!(reason.contains("the next call reconnects"), "{reason}");
    let Event::Disconnected(event_reason) =
        wait_event(events, |e| matches!(e, Event::Disconnected(_)))
    else {
        unreachable!()
    };
    assert_eq!(event_reason, reason);

    // The same client: the next call opens a new connection.
    echo(client, &[9; 100]).unwrap();
    wait_event(events, |e| matches!(e, Event::Reconnected { .. }));
    echo_and_properties(client);
}
