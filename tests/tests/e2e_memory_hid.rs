//! End to end over in-memory HID reports (and whole messages in memory): the
//! runtime's clients, blocking and async, from one description, against the
//! `mms-sim` device.

use crate::e2e_support::*;
use mms_runtime::hid_framing::HidFramingError;
use mms_runtime::{ClientError, ClientOptions, Event, TransportErrorKind};
use mms_sim::{Fault, Simulator};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

for_both_clients!(
    echo_properties_file_and_transaction,
    whole_message_memory_link_works_too,
    each_fault_has_its_own_error_and_the_same_client_goes_on,
    a_failed_reconnect_is_its_own_error_and_the_next_call_tries_again,
    without_a_connector_a_disconnect_is_final,
    whole_message_link_faults,
    hid_packet_faults_have_their_own_errors,
    a_disconnect_mid_upload_fails_the_send_and_the_next_call_reconnects,
);

fn quick_options() -> ClientOptions {
    ClientOptions {
        // Short, with room for a loaded machine; the delay fault waits longer.
        timeout: Duration::from_millis(500),
        file_timeout: Duration::from_secs(10),
        reconnect_delay: Duration::from_millis(20),
        ..ClientOptions::default()
    }
}

/// A client whose connector "plugs in" a new HID link to `sim` (or fails
/// while `unplugged` is set).
fn reconnecting_client(
    kind: Kind,
    sim: &Arc<Simulator>,
    unplugged: &Arc<AtomicBool>,
) -> Box<dyn AnyClient> {
    let unplugged = Some(Arc::clone(unplugged));
    connect(kind, Link::MemoryHid, sim, quick_options(), unplugged)
}

/// The HID framing error of the next `Event::Dropped`.
fn next_framing_error(events: &dyn AnyClient) -> HidFramingError {
    let Event::Dropped(error) = wait_event(events, |e| matches!(e, Event::Dropped(_))) else {
        unreachable!()
    };
    match &error.kind {
        TransportErrorKind::HidFraming(e) => e.clone(),
        other => panic!("expected a HID framing error, got {other:?}"),
    }
}

/// Waits for the disconnect event and checks the call's error matches it.
fn expect_disconnect(result: Result<(), ClientError>, events: &dyn AnyClient) {
    let reason = match result {
        Err(ClientError::Disconnected { reason }) => reason,
        other => panic!("expected a disconnect, got {other:?}"),
    };
    assert!(reason.contains("connection closed"), "{reason}");
    assert!(reason.contains("the next call reconnects"), "{reason}");
    let Event::Disconnected(event_reason) =
        wait_event(events, |e| matches!(e, Event::Disconnected(_)))
    else {
        unreachable!()
    };
    assert_eq!(event_reason, reason);
}

fn echo_properties_file_and_transaction(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    crate::common::record_sim_session(&sim, 0);
    let client = connect(kind, Link::MemoryHid, &sim, ClientOptions::default(), None);
    echo_and_properties(&*client);
    file_round_trip(&*client);
    transaction_with_commands_in_flight(&*client);
    client.close();
}

fn whole_message_memory_link_works_too(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let client = connect(kind, Link::Memory, &sim, ClientOptions::default(), None);
    echo_and_properties(&*client);
    transaction_with_commands_in_flight(&*client);
}

fn each_fault_has_its_own_error_and_the_same_client_goes_on(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let unplugged = Arc::new(AtomicBool::new(false));
    let client = reconnecting_client(kind, &sim, &unplugged);
    let (client, events) = (&*client, &*client);
    echo(client, &[0]).unwrap();

    // DropRequest / DropResponse: timeouts, told apart by the device's state.
    dropped_request_and_dropped_response(&sim, client);

    // Delay: a timeout, then the late response as an unmatched event.
    delayed_response(&sim, client, Duration::from_millis(1000));

    // Garbage: an unknown packet type, dropped; the call itself succeeds.
    drain(events);
    sim.inject(Fault::Garbage(vec![0xDE, 0xAD]));
    echo(client, &[1]).unwrap();
    let error = next_framing_error(events);
    assert_eq!(error, HidFramingError::UnknownPacketType { byte: 0x7F });

    // Reorder: packets out of sequence; the message is dropped, the call times out.
    // 120 bytes of echo: the response needs head, middle and tail packets.
    drain(events);
    sim.inject(Fault::Reorder);
    assert!(matches!(
        echo(client, &[7; 120]),
        Err(ClientError::Timeout { .. })
    ));
    let error = next_framing_error(events);
    // Head, tail, middle: the tail comes before the middle it should follow.
    assert!(
        matches!(error, HidFramingError::TailLengthMismatch { .. }),
        "{error:?}"
    );
    echo(client, &[7; 120]).unwrap();

    // DisconnectMidTransfer: the file wait fails with the disconnect, the next
    // call re-opens the link, and the file is still on the device.
    let data = image();
    client
        .send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {})
        .unwrap();
    drain(events);
    sim.inject(Fault::DisconnectMidTransfer);
    let result = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).map(drop);
    expect_disconnect(result, events);
    echo(client, &[8]).unwrap();
    let Event::Reconnected { transport } =
        wait_event(events, |e| matches!(e, Event::Reconnected { .. }))
    else {
        unreachable!()
    };
    assert_eq!(transport, "hid-memory:simulator");
    let file = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert!(file.data == data);
    assert!(sim.faults_triggered());
}

fn a_failed_reconnect_is_its_own_error_and_the_next_call_tries_again(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let unplugged = Arc::new(AtomicBool::new(false));
    let owned = reconnecting_client(kind, &sim, &unplugged);
    let (client, events) = (&*owned, &*owned);
    sim.inject(Fault::DisconnectMidTransfer);
    // 100 bytes of echo: a response longer than one report, cut in the middle.
    expect_disconnect(echo(client, &[9; 100]), events);

    unplugged.store(true, Ordering::SeqCst);
    match echo(client, &[1]) {
        Err(ClientError::Reconnect { attempts, error }) => {
            assert_eq!(attempts, 3);
            assert!(matches!(error.kind, TransportErrorKind::Open(_)), "{error}");
            let message = ClientError::Reconnect { attempts, error }.to_string();
            assert!(message.contains("unplugged"), "{message}");
            assert!(message.contains("the next call tries again"), "{message}");
        }
        other => panic!("expected a failed reconnect, got {other:?}"),
    }

    unplugged.store(false, Ordering::SeqCst);
    echo(client, &[2]).unwrap();
    wait_event(events, |e| matches!(e, Event::Reconnected { .. }));
    echo(client, &[3]).unwrap();

    // Closing ends the event stream with the final disconnect.
    let rest = owned.close();
    assert!(
        matches!(rest.last(), Some(Event::Disconnected(reason)) if reason == "client closed"),
        "{rest:?}"
    );
}

fn without_a_connector_a_disconnect_is_final(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let owned = connect(kind, Link::MemoryHid, &sim, quick_options(), None);
    let client = &*owned;
    sim.inject(Fault::DisconnectMidTransfer);
    match echo(client, &[9; 100]) {
        Err(ClientError::Disconnected { reason }) => {
            assert!(!reason.contains("reconnects"), "{reason}")
        }
        other => panic!("expected a disconnect, got {other:?}"),
    }
    assert!(matches!(
        echo(client, &[1]),
        Err(ClientError::Disconnected { .. })
    ));
    let rest = owned.close();
    assert!(
        matches!(rest.last(), Some(Event::Disconnected(_))),
        "{rest:?}"
    );
}

fn whole_message_link_faults(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let plugged = Some(Arc::new(AtomicBool::new(false)));
    let owned = connect(kind, Link::Memory, &sim, quick_options(), plugged);
    let (client, events) = (&*owned, &*owned);

    // Garbage is a message of its own here: not MMS, reported as undecodable.
    sim.inject(Fault::Garbage(vec![0x12, 0x34]));
    echo(client, &[1]).unwrap();
    let Event::Undecodable { bytes, error } =
        wait_event(events, |e| matches!(e, Event::Undecodable { .. }))
    else {
        unreachable!()
    };
    assert_eq!(bytes, [0x12, 0x34]);
    assert_eq!(error.offset, 0, "{error}");

    // Reorder holds the response back until its hold runs out: still matched.
    sim.inject(Fault::Reorder);
    echo(client, &[2]).unwrap();

    // A dropped link: the call fails, the next one reconnects.
    sim.inject(Fault::DisconnectMidTransfer);
    expect_disconnect(echo(client, &[9; 100]), events);
    echo(client, &[3]).unwrap();
    wait_event(events, |e| matches!(e, Event::Reconnected { .. }));
    assert!(sim.faults_triggered());
}

/// A complete notification (Table 0104's example) the device slips inside a
/// multi-packet response.
const NOTIFICATION: [u8; 14] = [
    0xAA, 0x00, 0x81, 0x04, 0x83, 0x00, 0x01, 0x05, 0x82, 0x04, 0x20, 0x00, 0x00, 0x00,
];

fn is_notification(event: &Event) -> bool {
    matches!(
        event,
        Event::Notification(_) | Event::UndecodedNotification { .. }
    )
}

/// Each fault in the packets of a multi-packet response: its own framing
/// error (or the host's cancel), the call fails with a timeout and no more,
/// a complete notification sent in between still arrives, and the same client
/// goes on.
fn hid_packet_faults_have_their_own_errors(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let owned = connect(kind, Link::MemoryHid, &sim, quick_options(), None);
    let (client, events) = (&*owned, &*owned);
    // 120 bytes of echo: the response takes head, middle and tail packets.
    let long = [7u8; 120];

    drain(events);
    sim.inject(Fault::DropMiddle);
    assert!(matches!(
        echo(client, &long),
        Err(ClientError::Timeout { .. })
    ));
    let error = next_framing_error(events);
    assert!(
        matches!(error, HidFramingError::TailLengthMismatch { .. }),
        "{error:?}"
    );
    echo(client, &long).unwrap();

    drain(events);
    sim.inject(Fault::RepeatMiddle);
    assert!(matches!(
        echo(client, &long),
        Err(ClientError::Timeout { .. })
    ));
    let error = next_framing_error(events);
    assert!(
        matches!(error, HidFramingError::WrongPacketNumber { .. }),
        "{error:?}"
    );
    echo(client, &long).unwrap();

    drain(events);
    sim.inject(Fault::Cancel);
    assert!(matches!(
        echo(client, &long),
        Err(ClientError::Timeout { .. })
    ));
    let Event::Dropped(error) = wait_event(events, |e| matches!(e, Event::Dropped(_))) else {
        unreachable!()
    };
    assert!(
        matches!(
            error.kind,
            TransportErrorKind::HidCancelled { reason: 0, .. }
        ),
        "{error}"
    );
    echo(client, &long).unwrap();

    // A single-packet notification interrupts the response: the response is
    // lost (its own error), the notification is not.
    drain(events);
    sim.inject(Fault::Interleave(NOTIFICATION.to_vec()));
    assert!(matches!(
        echo(client, &long),
        Err(ClientError::Timeout { .. })
    ));
    wait_event(events, is_notification);
    echo(client, &long).unwrap();

    // A device that never answers: a timeout, and the next call is answered.
    sim.inject(Fault::DropResponse);
    assert!(matches!(
        echo(client, &[1]),
        Err(ClientError::Timeout { .. })
    ));
    echo(client, &[2]).unwrap();
    assert!(sim.faults_triggered());
    owned.close();
}

/// The reader goes away while a file is being sent to it: the upload fails
/// with the disconnect, the next call re-opens the link, and the file can be
/// sent again.
fn a_disconnect_mid_upload_fails_the_send_and_the_next_call_reconnects(kind: Kind) {
    let sim = Arc::new(Simulator::default());
    let unplugged = Arc::new(AtomicBool::new(false));
    let owned = reconnecting_client(kind, &sim, &unplugged);
    let (client, events) = (&*owned, &*owned);
    echo(client, &[0]).unwrap();
    let data = image();
    sim.inject(Fault::DisconnectMidUpload);
    let result = client.send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {});
    match result {
        Err(ClientError::Disconnected { .. }) => {}
        other => panic!("expected a disconnect, got {other:?}"),
    }
    wait_event(events, |e| matches!(e, Event::Disconnected(_)));
    echo(client, &[1]).unwrap();
    wait_event(events, |e| matches!(e, Event::Reconnected { .. }));
    client
        .send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {})
        .unwrap();
    let file = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert!(file.data == data);
    owned.close();
}
