//! End to end over a real pseudo-terminal: the runtime's serial transports
//! (SLIP; blocking and tokio-serial) open the simulator's `/dev/pts/N` like
//! any serial port. One description, both clients.

use crate::e2e_support::*;
use mms_runtime::slip::DiscardReason;
use mms_runtime::{ClientError, ClientOptions, Event, TransportErrorKind};
use mms_sim::{Fault, Simulator};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

for_both_clients!(
    echo_properties_file_and_transaction,
    each_fault_has_its_own_error_and_the_same_client_goes_on,
);

/// A client on a new pty of `sim`; the connector opens the port again should
/// the link ever drop.
fn pty_client(kind: Kind, sim: &Arc<Simulator>, options: ClientOptions) -> Box<dyn AnyClient> {
    let plugged = Some(Arc::new(AtomicBool::new(false)));
    connect(kind, Link::Pty, sim, options, plugged)
}

fn quick_options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_millis(800),
        file_timeout: Duration::from_secs(2),
        ..ClientOptions::default()
    }
}

fn echo_properties_file_and_transaction(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let client = pty_client(kind, &sim, ClientOptions::default());
    echo_and_properties(&*client);
    file_round_trip(&*client);
    transaction_with_commands_in_flight(&*client);
    client.close();
}

/// The SLIP discard reason of the next `Event::Dropped`.
fn next_discard(events: &dyn AnyClient) -> DiscardReason {
    let Event::Dropped(error) = wait_event(events, |e| matches!(e, Event::Dropped(_))) else {
        unreachable!()
    };
    match &error.kind {
        TransportErrorKind::SlipDiscarded { reason, .. } => reason.clone(),
        other => panic!("expected discarded SLIP bytes, got {other:?}"),
    }
}

fn each_fault_has_its_own_error_and_the_same_client_goes_on(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let owned = pty_client(kind, &sim, quick_options());
    let (client, events) = (&*owned, &*owned);
    echo(client, &[0]).unwrap();

    // DropRequest / DropResponse: timeouts, told apart by the device's state.
    dropped_request_and_dropped_response(&sim, client);

    // Delay: a timeout, then the late response as an unmatched event.
    delayed_response(&sim, client, Duration::from_millis(1200));

    // Garbage: a frame whose info byte is neither direction, dropped; the call succeeds.
    drain(events);
    sim.inject(Fault::Garbage(vec![0x11, 0x22, 0xC0, 0x01, 0xC0]));
    echo(client, &[3]).unwrap();
    assert_eq!(
        next_discard(events),
        DiscardReason::UnknownInfo { info: 0x11 }
    );

    // Reorder: the data file overtakes the response that announces it; the
    // client matches each to its waiter and the file reads back intact.
    let data: Vec<u8> = (0..3000u32).map(|i| i as u8).collect();
    client
        .send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {})
        .unwrap();
    sim.take_events();
    sim.inject(Fault::Reorder);
    let file = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert!(file.data == data);
    assert!(sim.faults_triggered());
    assert!(
        sim.take_events().iter().any(|e| e.contains("reorder")),
        "the fault was applied"
    );

    // DisconnectMidTransfer: a serial line cannot be unplugged, so the frame is
    // cut and the rest never comes: the file wait times out, the cut frame is
    // discarded (its length field promised more) when the next frame starts,
    // and the next commands work on the same client.
    let data = image();
    client
        .send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {})
        .unwrap();
    drain(events);
    sim.inject(Fault::DisconnectMidTransfer);
    match client.get_file(IMAGE_SLOT_1, &mut |_, _| {}) {
        Err(ClientError::Timeout { command_id, .. }) => assert_eq!(command_id, 0xD821),
        other => panic!("expected a timeout, got {:?}", other.map(|f| f.data.len())),
    }
    echo(client, &[6]).unwrap();
    assert!(
        matches!(next_discard(events), DiscardReason::LengthMismatch { .. }),
        "a cut frame"
    );
    let file = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert!(file.data == data);
    assert!(sim.faults_triggered());
}
