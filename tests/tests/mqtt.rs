//! MMS over a real MQTT broker: `mosquitto` started by each test on free
//! loopback ports (plain, TLS and mutual-TLS listeners, certificates made
//! here), simulated WLAN readers and bridges, and the fault cases: broker
//! restart, a reader going offline, duplicate deliveries, bad payloads.
//! Without `mosquitto` the tests print what to install (and fail when CI=true).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mms_runtime::mqtt::{
    Bridge, BridgeEvent, BridgeOptions, LinkEvent, MqttLink, MqttOptions, MqttTransport,
    ReplyRoute, Topics, REFUSED_STATUS,
};
use mms_runtime::tls::TlsOptions;
use mms_runtime::{Client, ClientError, ClientOptions, Event};
use mms_sim::broker::{EmbeddedBroker, Mosquitto, MosquittoSetup};
use mms_sim::mqtt::{start_readers, WlanReader};
use mms_sim::{DeviceConfig, Fault, Simulator};

const ECHO: u16 = 0xDF01;

fn options(url: &str, tls: TlsOptions) -> MqttOptions {
    let mut o = MqttOptions::new(url).unwrap();
    o.tls = tls;
    o.connect_timeout = Duration::from_secs(5);
    o
}

fn readers(url: &str, tls: TlsOptions, n: usize) -> Vec<WlanReader> {
    start_readers(
        &DeviceConfig::default(),
        &options(url, tls),
        n,
        0xB600_0001,
        |_, _| {},
    )
    .unwrap()
}

fn client(url: &str, tls: TlsOptions, topics: &Topics) -> (Client, mms_runtime::Events) {
    client_with_id(url, tls, topics, None)
}

fn client_with_id(
    url: &str,
    tls: TlsOptions,
    topics: &Topics,
    id: Option<&str>,
) -> (Client, mms_runtime::Events) {
    let mut o = options(url, tls);
    if let Some(id) = id {
        o.client_id = id.to_owned();
    }
    let topics = topics.clone();
    let client_options = ClientOptions {
        timeout: Duration::from_secs(3),
        reconnect_attempts: 1,
        ..ClientOptions::default()
    };
    Client::connect_with(
        move || MqttTransport::connect(&o, &topics, ReplyRoute::Private),
        client_options,
    )
    .unwrap()
}

/// The TLV body of an Echo request carrying `data`.
fn echo_body(data: &[u8]) -> Vec<u8> {
    let mut body = vec![0x81, data.len() as u8];
    body.extend_from_slice(data);
    body
}

fn echo(client: &Client, data: &[u8]) -> Result<Vec<u8>, ClientError> {
    let r = client.call_raw(ECHO, &echo_body(data))?;
    assert_eq!(r.status, Some([0; 4]));
    Ok(r.payload_body().unwrap().to_vec())
}

/// Waits for a message on `link` whose payload contains `needle`.
fn wait_for(link: &MqttLink, needle: &str, within: Duration) -> Option<String> {
    let deadline = Instant::now() + within;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Ok(Some(LinkEvent::Message { payload, .. })) = link.recv(left) {
            let text = String::from_utf8_lossy(&payload).into_owned();
            if text.contains(needle) {
                return Some(text);
            }
        }
    }
    None
}

#[test]
fn echo_over_plain_tls_and_mutual_tls_listeners() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let certs = broker.certs.clone();
    for (url, tls) in [
        (broker.url(), TlsOptions::default()),
        (broker.tls_url(), certs.client_tls()),
        (broker.mtls_url(), certs.client_mtls()),
    ] {
        let readers = readers(&url, tls.clone(), 1);
        let topics = readers[0].identity.topics.clone();
        assert_eq!(topics.device, "MagTek/Device/DynaFlex II PED/B6000001");
        let (client, _events) = client(&url, tls, &topics);
        assert_eq!(
            echo(&client, b"hello").unwrap(),
            echo_body(b"hello"),
            "{url}"
        );
    }
    // The mutual-TLS listener turns away a client without a certificate,
    // and no listener accepts a server signed by another CA.
    let e = MqttLink::connect(
        &options(&broker.mtls_url(), certs.client_tls()),
        &[],
        None,
        false,
    )
    .unwrap_err();
    assert!(e.to_string().contains("cannot open"), "{e}");
    let stranger = mms_sim::broker::TestCerts::generate().unwrap().client_tls();
    let e = MqttLink::connect(&options(&broker.tls_url(), stranger), &[], None, false).unwrap_err();
    assert!(e.to_string().to_lowercase().contains("certificate"), "{e}");
}

#[test]
fn the_embedded_broker_serves_readers_too() {
    let broker = EmbeddedBroker::start().unwrap();
    let readers = readers(&broker.url(), TlsOptions::default(), 2);
    for reader in &readers {
        let (client, _events) = client(
            &broker.url(),
            TlsOptions::default(),
            &reader.identity.topics,
        );
        let serial = reader.identity.serial.as_bytes();
        assert_eq!(echo(&client, serial).unwrap(), echo_body(serial));
    }
}

#[test]
fn many_clients_on_one_reader_get_only_their_own_answers() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let readers = readers(&broker.url(), TlsOptions::default(), 1);
    let topics = readers[0].identity.topics.clone();
    std::thread::scope(|scope| {
        for c in 0..4u8 {
            let (url, topics) = (broker.url(), topics.clone());
            scope.spawn(move || {
                let (client, _events) = client(&url, TlsOptions::default(), &topics);
                for i in 0..40u8 {
                    let data = [c, i, c ^ i];
                    assert_eq!(echo(&client, &data).unwrap(), echo_body(&data));
                }
            });
        }
    });
}

#[test]
fn a_bridge_refuses_security_commands_unless_allowed() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let sim = Simulator::default();
    let events = Arc::new(Mutex::new(Vec::new()));
    let seen = events.clone();
    let options = BridgeOptions::new(
        options(&broker.url(), TlsOptions::default()),
        "DynaFlex Pro",
        "B61378A0",
    );
    let topics = options.topics.clone();
    let bridge = Bridge::start(sim.in_memory(), options, move |e| {
        seen.lock().unwrap().push(e)
    })
    .unwrap();
    let (client, _events) = client(&broker.url(), TlsOptions::default(), &topics);
    // Load Firmware File and Activate Device Security are refused...
    for id in [0xD801, 0xF016] {
        let r = client.call_raw(id, &[]).unwrap();
        assert_eq!(r.status, Some(REFUSED_STATUS));
    }
    // ...while everything else reaches the device.
    assert_eq!(echo(&client, b"ok").unwrap(), echo_body(b"ok"));
    let refused = events
        .lock()
        .unwrap()
        .iter()
        .filter(|e| matches!(e, BridgeEvent::Refused { .. }))
        .count();
    assert_eq!(refused, 2);
    bridge.stop().unwrap();
}

#[test]
fn a_reader_that_vanishes_turns_offline_through_its_last_will() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let mut readers = readers(&broker.url(), TlsOptions::default(), 2);
    let status = readers[0].identity.topics.status();
    let watcher = MqttLink::connect(
        &options(&broker.url(), TlsOptions::default()),
        &[status],
        None,
        false,
    )
    .unwrap();
    // Retained: a late subscriber learns the status at once.
    assert!(wait_for(&watcher, "\"online\"", Duration::from_secs(5)).is_some());
    readers[0].power_off();
    let offline = wait_for(&watcher, "\"offline\"", Duration::from_secs(5)).expect("the will");
    assert!(offline.contains("B6000001"), "{offline}");
    // A clean stop says offline too (the will would not fire).
    let second = readers.pop().unwrap();
    let watcher2 = MqttLink::connect(
        &options(&broker.url(), TlsOptions::default()),
        &[second.identity.topics.status()],
        None,
        false,
    )
    .unwrap();
    assert!(wait_for(&watcher2, "\"online\"", Duration::from_secs(5)).is_some());
    second.stop().unwrap();
    assert!(wait_for(&watcher2, "\"offline\"", Duration::from_secs(5)).is_some());
}

#[test]
fn broker_restart_fails_the_call_in_flight_then_everyone_reconnects() {
    let Some(mut broker) = Mosquitto::start_for_test() else {
        return;
    };
    let readers = readers(&broker.url(), TlsOptions::default(), 1);
    let topics = readers[0].identity.topics.clone();
    let (client, events) = client(&broker.url(), TlsOptions::default(), &topics);
    assert_eq!(echo(&client, b"before").unwrap(), echo_body(b"before"));

    // The device holds its answer; the broker dies meanwhile.
    readers[0]
        .simulator()
        .inject(Fault::Delay(Duration::from_millis(1500)));
    let in_flight = std::thread::scope(|scope| {
        let call = scope.spawn(|| echo(&client, b"in flight"));
        std::thread::sleep(Duration::from_millis(300));
        broker.kill();
        call.join().unwrap()
    });
    let e = in_flight.unwrap_err();
    assert!(
        matches!(e, ClientError::Disconnected { .. }),
        "the call in flight fails clearly: {e}"
    );
    assert!(e.to_string().contains("broker"), "{e}");
    broker.restart().unwrap();

    // Bridges and clients come back by themselves (bounded wait); every
    // answer is the caller's own, and the held-back one never shows up.
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut answered = 0;
    while answered < 5 && Instant::now() < deadline {
        let data = [answered as u8; 3];
        match echo(&client, &data) {
            Ok(body) => {
                assert_eq!(body, echo_body(&data));
                answered += 1;
            }
            Err(_) => std::thread::sleep(Duration::from_millis(200)),
        }
    }
    assert_eq!(answered, 5, "no answers after the broker came back");
    // The restarted broker kept no retained message (no persistence): the
    // reader said `online` again when it reconnected.
    let watcher = MqttLink::connect(
        &options(&broker.url(), TlsOptions::default()),
        &[topics.status()],
        None,
        false,
    )
    .unwrap();
    assert!(wait_for(&watcher, "\"online\"", Duration::from_secs(10)).is_some());
    let reconnected =
        std::iter::from_fn(|| events.try_recv()).any(|e| matches!(e, Event::Reconnected { .. }));
    assert!(reconnected);
}

#[test]
fn duplicates_and_bad_payloads_are_dropped_and_the_bridge_keeps_serving() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let sim = Simulator::default();
    let events = Arc::new(Mutex::new(Vec::<BridgeEvent>::new()));
    let seen = events.clone();
    let mut bridge_options = BridgeOptions::new(
        options(&broker.url(), TlsOptions::default()),
        "DynaFlex Pro",
        "B61378A0",
    );
    bridge_options.mqtt.max_payload_len = 1024;
    let topics = bridge_options.topics.clone();
    let bridge = Bridge::start(sim.in_memory(), bridge_options, move |e| {
        seen.lock().unwrap().push(e)
    })
    .unwrap();

    // A raw MQTT client playing a host with a private reply topic.
    let mut raw = options(&broker.url(), TlsOptions::default());
    raw.max_payload_len = 16 << 20;
    let requests = topics.client_requests("raw");
    let link = MqttLink::connect(&raw, &[topics.client_replies("raw")], None, false).unwrap();
    let echo_request = |reference: u8| {
        let mut m = vec![
            0xAA, 0x00, 0x81, 0x04, 0x01, reference, 0xDF, 0x01, 0x84, 0x06, 0xDF, 0x01,
        ];
        m.extend(echo_body(&[reference, 7]));
        m
    };
    // The same request delivered twice (QoS 1 may do that): one answer.
    link.publish(&requests, echo_request(9), false).unwrap();
    link.publish(&requests, echo_request(9), false).unwrap();
    let mut answers = 0;
    let deadline = Instant::now() + Duration::from_millis(1500);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Ok(Some(LinkEvent::Message { .. })) = link.recv(left) {
            answers += 1;
        }
    }
    assert_eq!(answers, 1);
    // Garbage, a broken message, and an oversized one.
    link.publish(&requests, b"not hex at all".to_vec(), false)
        .unwrap();
    link.publish(&requests, vec![0xAA, 0x00, 0x81, 0x09, 0x01], false)
        .unwrap();
    link.publish(&requests, vec![0xAA; 5000], false).unwrap();
    // Over rumqttc's old packet limit (4 x cap + 64 KiB): still received and
    // dropped, the connection stays.
    link.publish(&requests, vec![0xAA; 4 * 1024 + 64 * 1024 + 1000], false)
        .unwrap();
    link.publish(&requests, vec![b'A'; 200_000], false).unwrap();
    // Hex text works, and the bridge still serves.
    let hex: String = echo_request(10)
        .iter()
        .map(|b| format!("{b:02X} "))
        .collect();
    link.publish(&requests, hex.into_bytes(), false).unwrap();
    assert!(wait_for_bytes(&link, &[0xAA, 0x00, 0x81, 0x04, 0x82, 10]));
    let dropped: Vec<String> = events
        .lock()
        .unwrap()
        .iter()
        .filter_map(|e| match e {
            BridgeEvent::Dropped { reason, .. } => Some(reason.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(dropped.len(), 6, "{dropped:#?}");
    assert!(dropped[0].contains("duplicate"), "{}", dropped[0]);
    assert!(dropped[1].contains("neither"), "{}", dropped[1]);
    assert!(dropped[2].contains("not an MMS message"), "{}", dropped[2]);
    assert!(
        dropped[3].contains("5000 bytes is over the 1024-byte"),
        "{}",
        dropped[3]
    );
    assert!(
        dropped[4].contains("70632 bytes is over the 1024-byte"),
        "{}",
        dropped[4]
    );
    assert!(
        dropped[5].contains("200000 bytes is over the 1024-byte"),
        "{}",
        dropped[5]
    );
    assert!(
        !events
            .lock()
            .unwrap()
            .iter()
            .any(|e| matches!(e, BridgeEvent::BrokerDown(_))),
        "the bridge kept its broker connection"
    );

    // A client ignores a response delivered twice, and says so.
    let (client, client_events) = client_with_id(
        &broker.url(),
        TlsOptions::default(),
        &topics,
        Some("dup-test"),
    );
    let reply_topic = topics.client_replies("dup-test");
    let reply = client
        .call_raw(ECHO, &echo_body(b"a"))
        .unwrap()
        .envelope
        .encode();
    link.publish(&reply_topic, reply, false).unwrap();
    let deadline = Instant::now() + Duration::from_secs(3);
    let mut dropped_duplicate = false;
    while !dropped_duplicate && Instant::now() < deadline {
        if let Ok(Event::Dropped(e)) = client_events.recv_timeout(Duration::from_millis(100)) {
            dropped_duplicate = e.to_string().contains("duplicate");
        }
    }
    assert!(dropped_duplicate);
    assert_eq!(echo(&client, b"b").unwrap(), echo_body(b"b"));

    // Garbage and oversized messages where the client listens: dropped with
    // an event each, and the client keeps its connection and serves on.
    let client_events = drain(client_events);
    for payload in [
        b"garbage".to_vec(),
        vec![0xAA; 2 * 1024 * 1024],
        vec![0xAA; 8 * 1024 * 1024],
    ] {
        link.publish(&topics.server, payload, false).unwrap();
    }
    let mut why = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(10);
    while why.len() < 3 && Instant::now() < deadline {
        match client_events.recv_timeout(Duration::from_millis(100)) {
            Ok(Event::Dropped(e)) => why.push(e.to_string()),
            Ok(Event::Reconnected { .. }) => panic!("the client lost its connection"),
            _ => {}
        }
    }
    assert_eq!(why.len(), 3, "{why:#?}");
    assert!(why[0].contains("neither"), "{}", why[0]);
    assert!(why[1].contains("2097152 bytes is over"), "{}", why[1]);
    assert!(why[2].contains("8388608 bytes is over"), "{}", why[2]);
    assert_eq!(echo(&client, b"c").unwrap(), echo_body(b"c"));
    assert!(!std::iter::from_fn(|| client_events.try_recv())
        .any(|e| matches!(e, Event::Reconnected { .. } | Event::Disconnected(_))));
    bridge.stop().unwrap();
}

/// The same event channel with what is queued so far thrown away.
fn drain(events: mms_runtime::Events) -> mms_runtime::Events {
    while events.try_recv().is_some() {}
    events
}

#[test]
fn broker_credentials_for_readers_clients_and_bridges() {
    let setup = MosquittoSetup {
        credentials: Some(("fleet".into(), "s3cret-pass".into())),
        ..MosquittoSetup::default()
    };
    let Some(broker) = Mosquitto::start_for_test_with(&setup) else {
        return;
    };
    let port = broker.plain_port;
    let good = format!("mqtt://fleet:s3cret-pass@127.0.0.1:{port}");
    let wrong = format!("mqtt://fleet:guess@127.0.0.1:{port}");

    // Simulated readers take the credentials into their MQTT properties
    // and connect with what those say.
    let readers = readers(&good, TlsOptions::default(), 1);
    assert_eq!(readers[0].identity.username.as_deref(), Some("fleet"));
    let topics = readers[0].identity.topics.clone();
    let (sim_client, _events) = client(&good, TlsOptions::default(), &topics);
    assert_eq!(echo(&sim_client, b"in").unwrap(), echo_body(b"in"));

    // A bridge with the credentials serves.
    let sim = Simulator::default();
    let bridge_options = BridgeOptions::new(
        options(&good, TlsOptions::default()),
        "DynaFlex Pro",
        "B61378A0",
    );
    let bridged = bridge_options.topics.clone();
    let bridge = Bridge::start(sim.in_memory(), bridge_options, |_| {}).unwrap();
    let (remote, _events) = client(&good, TlsOptions::default(), &bridged);
    assert_eq!(echo(&remote, b"br").unwrap(), echo_body(b"br"));
    bridge.stop().unwrap();

    // A wrong password, or none, is refused with a clear error, everywhere.
    for url in [wrong.clone(), broker.url()] {
        let e = MqttLink::connect(&options(&url, TlsOptions::default()), &[], None, false)
            .unwrap_err()
            .to_string();
        assert!(e.contains("refused the connection"), "{e}");
        assert!(e.contains("password"), "{e}");
        assert!(!e.contains("guess"), "the password is not printed: {e}");
        let e = MqttTransport::connect(
            &options(&url, TlsOptions::default()),
            &topics,
            ReplyRoute::Private,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("password"), "{e}");
    }
    let bridge_options = BridgeOptions::new(
        options(&wrong, TlsOptions::default()),
        "DynaFlex Pro",
        "B61378A0",
    );
    let e = Bridge::start(Simulator::default().in_memory(), bridge_options, |_| {}).unwrap_err();
    assert!(e.to_string().contains("password"), "{e}");
    let e = start_readers(
        &DeviceConfig::default(),
        &options(&wrong, TlsOptions::default()),
        1,
        0xB700_0001,
        |_, _| {},
    )
    .unwrap_err();
    assert!(e.to_string().contains("password"), "{e}");
}

#[test]
fn the_peer_common_name_decides_which_certificate_is_accepted() {
    // The broker's certificate is for a name, not for the address readers dial.
    let setup = MosquittoSetup {
        server_names: vec!["broker.fleet.test".into()],
        ..MosquittoSetup::default()
    };
    let Some(broker) = Mosquitto::start_for_test_with(&setup) else {
        return;
    };
    let tls = broker.certs.client_tls();
    let with_peer = |peer: Option<&str>| {
        let mut o = options(&broker.tls_url(), tls.clone());
        o.peer_name = peer.map(str::to_owned);
        o
    };
    // Readers whose Peer Common Name property matches the certificate connect.
    let readers = start_readers(
        &DeviceConfig::default(),
        &with_peer(Some("broker.fleet.test")),
        1,
        0xB600_0001,
        |_, _| {},
    )
    .unwrap();
    assert_eq!(
        readers[0].identity.peer_name.as_deref(),
        Some("broker.fleet.test")
    );
    let topics = readers[0].identity.topics.clone();
    let o = with_peer(Some("broker.fleet.test"));
    let (client, _events) = Client::connect_with(
        move || MqttTransport::connect(&o, &topics, ReplyRoute::Private),
        ClientOptions::default(),
    )
    .unwrap();
    assert_eq!(echo(&client, b"cn").unwrap(), echo_body(b"cn"));

    // A name the certificate does not carry, or none (the address is
    // checked then), is refused: the certificate is not for that name.
    for peer in [Some("other.fleet.test"), None] {
        let e = MqttLink::connect(&with_peer(peer), &[], None, false)
            .unwrap_err()
            .to_string();
        assert!(e.to_lowercase().contains("certificate"), "{peer:?}: {e}");
        let e = start_readers(
            &DeviceConfig::default(),
            &with_peer(peer),
            1,
            0xB700_0001,
            |_, _| {},
        )
        .unwrap_err();
        assert!(e.to_string().to_lowercase().contains("certificate"), "{e}");
    }
}

fn wait_for_bytes(link: &MqttLink, prefix: &[u8]) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Ok(Some(LinkEvent::Message { payload, .. })) = link.recv(left) {
            if payload.starts_with(prefix) {
                return true;
            }
        }
    }
    false
}

/// Issue 11: over MQTT one fault cost about ten commands and every command
/// took some 50 ms. After a dropped request or response (the bridge's device
/// never answers), the very next command must succeed, and commands must not
/// wait on polling intervals.
#[test]
fn one_fault_costs_one_command_over_mqtt() {
    let broker = EmbeddedBroker::start().unwrap();
    let readers = readers(&broker.url(), TlsOptions::default(), 1);
    let topics = readers[0].identity.topics.clone();
    let o = options(&broker.url(), TlsOptions::default());
    let transport = MqttTransport::connect(&o, &topics, ReplyRoute::Private).unwrap();
    let client_options = ClientOptions {
        timeout: Duration::from_millis(400),
        ..ClientOptions::default()
    };
    let (client, _events) = Client::with_options(transport, client_options);
    let started = Instant::now();
    for i in 0..50u8 {
        assert_eq!(echo(&client, &[i]).unwrap(), echo_body(&[i]));
    }
    eprintln!("50 echoes in {:?}", started.elapsed()); // 2.4 s before the broker had TCP_NODELAY, 0.1 s after
    for fault in [Fault::DropResponse, Fault::DropRequest, Fault::DropResponse] {
        readers[0].simulator().inject(fault.clone());
        let err = echo(&client, b"lost").unwrap_err();
        assert!(
            matches!(err, ClientError::Timeout { .. }),
            "{fault:?}: {err}"
        );
        for i in 0..5u8 {
            let t = Instant::now();
            let r = echo(&client, &[i]);
            eprintln!(
                "{fault:?} then #{i}: {:?} in {:?}",
                r.as_ref().err(),
                t.elapsed()
            );
            assert_eq!(
                r.unwrap(),
                echo_body(&[i]),
                "{fault:?}: command {i} after it"
            );
        }
    }
}
