//! End to end over a real pseudo-terminal: the runtime's serial transport
//! (SLIP) opens the simulator's `/dev/pts/N` like any serial port.

mod e2e_support;

use e2e_support::*;
use mms_runtime::serial::open_serial;
use mms_runtime::{Client, ClientError, ClientOptions, Event, TransportErrorKind};
use mms_sim::{Fault, Simulator};
use std::time::Duration;

fn connect(sim: &Simulator, options: ClientOptions) -> (Client, mms_runtime::Events) {
    let path = sim.spawn_pty().expect("a pseudo-terminal");
    let path = path.to_str().expect("a UTF-8 path").to_string();
    assert!(path.starts_with("/dev/pts/"), "{path}");
    let port = open_serial(&path).expect("the pts opens as a serial port");
    Client::with_options(port, options)
}

fn quick_options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_millis(800),
        file_timeout: Duration::from_secs(2),
        ..ClientOptions::default()
    }
}

#[test]
fn echo_properties_file_and_transaction() {
    let sim = Simulator::default();
    let (client, events) = connect(&sim, ClientOptions::default());
    echo_and_properties(&client);
    file_round_trip(&client);
    transaction_with_commands_in_flight(&client, &events);
    client.close();
    sim.shutdown();
}

#[test]
fn each_fault_has_its_own_error_and_the_same_client_goes_on() {
    let sim = Simulator::default();
    let (client, events) = connect(&sim, quick_options());
    echo(&client, &[0]).unwrap();

    // Lost response: a timeout.
    sim.inject(Fault::DropResponse);
    assert!(matches!(
        echo(&client, &[1]),
        Err(ClientError::Timeout {
            command_id: 0xDF01,
            ..
        })
    ));
    echo(&client, &[2]).unwrap();

    // Garbage on the line: dropped bytes reported as a SLIP framing event.
    sim.inject(Fault::Garbage(vec![0x11, 0x22, 0xC0, 0x01, 0xC0]));
    echo(&client, &[3]).unwrap();
    let Event::Dropped(error) = wait_event(&events, |e| matches!(e, Event::Dropped(_))) else {
        unreachable!()
    };
    assert!(
        matches!(error.kind, TransportErrorKind::SlipDiscarded { .. }),
        "{error}"
    );
    while events.try_recv().is_some() {}

    // A slow device: timeout, then the late response as an event.
    sim.inject(Fault::Delay(Duration::from_millis(1200)));
    assert!(matches!(
        echo(&client, &[4]),
        Err(ClientError::Timeout { .. })
    ));
    wait_event(&events, |e| matches!(e, Event::UnmatchedResponse(_)));
    echo(&client, &[5]).unwrap();

    // The line drops in the middle of a 640 KiB file: the transfer times out,
    // the cut frame is discarded when the next one starts, and the next
    // commands work on the same client.
    let data = image();
    client
        .send_file(IMAGE_SLOT_1, &data, Default::default(), &mut |_, _| {})
        .unwrap();
    sim.inject(Fault::DisconnectMidTransfer);
    match client.get_file(IMAGE_SLOT_1, &mut |_, _| {}) {
        Err(ClientError::Timeout { .. }) => {}
        other => panic!("expected a timeout, got {:?}", other.map(|f| f.data.len())),
    }
    echo(&client, &[6]).unwrap();
    let Event::Dropped(error) = wait_event(&events, |e| matches!(e, Event::Dropped(_))) else {
        unreachable!()
    };
    assert!(
        matches!(error.kind, TransportErrorKind::SlipDiscarded { .. }),
        "{error}"
    );
    let file = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert!(file.data == data);
    assert!(sim.faults_triggered());
}
