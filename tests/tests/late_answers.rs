//! A late answer to a timed-out call on every link (found by the soak, issue
//! 11): it is an event, never the next call's error. Against the simulator,
//! so here rather than in mms-runtime (the simulator depends on it).

use std::time::Duration;

use mms_protocol::generated::commands::echo;
use mms_runtime::mqtt::{MqttOptions, MqttTransport, ReplyRoute};
use mms_runtime::serial::open_serial;
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{Client, ClientError, ClientOptions, Event, Transport};
use mms_sim::broker::EmbeddedBroker;
use mms_sim::mqtt::start_readers;
use mms_sim::{DeviceConfig, Fault, Simulator};

fn echo_request(data: &[u8]) -> echo::Request {
    echo::Request {
        data_to_be_echoed: Some(data.to_vec()),
        ..Default::default()
    }
}

/// Found by the soak on a pty: the answer to a call that timed out came
/// while the next call waited, and when that call's own answer was lost too
/// it failed with `WrongReference` naming the late answer's number. A late
/// answer to an abandoned request is an event, never the current call's
/// error; the rule is in the I/O-free core, so it holds on every link (over
/// MQTT the bridge also forgets the given-up request and drops its answer).
#[test]
fn a_late_answer_is_skipped_on_every_link() {
    let sim = Simulator::default();
    let pty = sim.spawn_pty().unwrap();
    let ws = sim.spawn_ws().unwrap();
    let broker = EmbeddedBroker::start().unwrap();
    let mqtt = MqttOptions::new(&broker.url()).unwrap();
    let reader = start_readers(&DeviceConfig::default(), &mqtt, 1, 0xB700_0001, |_, _| {})
        .unwrap()
        .remove(0);
    let wait = Duration::from_secs(10);
    let topics = &reader.identity.topics;
    let links: Vec<(&str, &Simulator, Box<dyn Transport>)> = vec![
        ("HID", &sim, Box::new(sim.in_memory_hid())),
        (
            "pty",
            &sim,
            Box::new(open_serial(pty.to_str().unwrap()).unwrap()),
        ),
        (
            "WebSocket",
            &sim,
            Box::new(WebSocketTransport::connect(&ws, wait).unwrap()),
        ),
        (
            "MQTT",
            reader.simulator(),
            Box::new(MqttTransport::connect(&mqtt, topics, ReplyRoute::Private).unwrap()),
        ),
    ];
    for (name, sim, transport) in links {
        late_answer_case(name, sim, transport);
    }
}

/// Call 1 is answered 3 s late (its 2 s timeout has passed); call 2's own
/// answer is lost while call 1's arrives; call 3 works.
fn late_answer_case(name: &str, sim: &Simulator, transport: Box<dyn Transport>) {
    let timeout = Duration::from_secs(2);
    let options = ClientOptions {
        timeout,
        ..ClientOptions::default()
    };
    let (client, events) = Client::with_options(transport, options);
    client.call(&echo_request(b"warm")).unwrap();
    sim.inject(Fault::Delay(Duration::from_secs(3)));
    let first = match client.call(&echo_request(b"1")) {
        Err(ClientError::Timeout { reference, .. }) => reference,
        other => panic!("{name}: the delayed call: {other:?}"),
    };
    // The simulator is holding call 1's answer back: the next one is lost.
    sim.inject(Fault::DropResponse);
    match client.call(&echo_request(b"2")) {
        Err(ClientError::Timeout { reference, .. }) => assert_ne!(reference, first),
        other => panic!("{name}: the call during the late answer: {other:?}"),
    }
    let third = client.call(&echo_request(b"3")).unwrap();
    assert_eq!(third.payload.data_being_echoed.as_deref(), Some(&b"3"[..]));
    let late = std::iter::from_fn(|| events.try_recv())
        .filter(|e| matches!(e, Event::UnmatchedResponse(e) if e.info.reference == first))
        .count();
    // Over MQTT the bridge dropped it already.
    let expected = usize::from(name != "MQTT");
    assert_eq!(late, expected, "{name}: the late answer as an event");
    sim.clear_faults();
}
