//! The simulator's WebSocket server over TLS (`wss://`, issue 14): an echo
//! with a client that trusts the test CA, and a client that does not refused.

use crate::common::{request, status, tlv};
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::Transport;
use mms_sim::broker::TestCerts;
use mms_sim::Simulator;
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(5);

#[test]
fn echo_over_wss_with_a_trusted_certificate() {
    let certs = TestCerts::generate().unwrap();
    let sim = Simulator::default();
    let url = sim
        .spawn_wss(certs.server_cert.as_bytes(), certs.server_key.as_bytes())
        .unwrap();
    assert!(url.starts_with("wss://127.0.0.1:"), "{url}");
    let mut host = WebSocketTransport::connect_tls(&url, WAIT, &certs.client_tls()).unwrap();
    let echo = request(7, 0xDF01, &tlv(&[0x81], &[1, 2, 3]));
    host.send(&echo).unwrap();
    let response = host.receive(Some(WAIT)).unwrap().expect("a response");
    assert_eq!(status(&response), [0; 4]);
    assert!(
        response.windows(3).any(|w| w == [1, 2, 3]),
        "the echoed data: {response:02X?}"
    );
    host.close().unwrap();
    sim.shutdown();
}

#[test]
fn a_client_that_does_not_trust_the_certificate_is_refused() {
    let certs = TestCerts::generate().unwrap();
    let sim = Simulator::default();
    let url = sim
        .spawn_wss(certs.server_cert.as_bytes(), certs.server_key.as_bytes())
        .unwrap();
    // Another CA, and plain ws:// against the TLS port: both fail to connect.
    let stranger = TestCerts::generate().unwrap().client_tls();
    let e = WebSocketTransport::connect_tls(&url, WAIT, &stranger).unwrap_err();
    assert!(e.to_string().contains("TLS handshake"), "{e}");
    let plain = url.replacen("wss://", "ws://", 1);
    assert!(WebSocketTransport::connect(&plain, WAIT).is_err());
    // The server keeps serving trusted clients afterwards.
    let mut host = WebSocketTransport::connect_tls(&url, WAIT, &certs.client_tls()).unwrap();
    host.send(&request(8, 0xDF01, &tlv(&[0x81], &[9]))).unwrap();
    let response = host.receive(Some(WAIT)).unwrap().expect("a response");
    assert_eq!(status(&response), [0; 4]);
    host.close().unwrap();
    sim.shutdown();
}

#[test]
fn bad_certificate_files_are_explained() {
    let sim = Simulator::default();
    let e = sim.spawn_wss(b"not pem", b"").unwrap_err();
    assert!(e.to_string().contains("certificate"), "{e}");
}
