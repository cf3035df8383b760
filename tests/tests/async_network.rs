//! The async client over the network transports: `wss://` against a loopback
//! TLS WebSocket peer with certificates made here, and MQTT through the
//! embedded broker to a simulated reader behind a [`Bridge`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use mms_protocol::generated::commands::echo;
use mms_runtime::mqtt::{Bridge, BridgeOptions, MqttOptions, ReplyRoute};
use mms_runtime::nonblocking::{AsyncClient, AsyncMqttTransport, AsyncWebSocketTransport};
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{ClientOptions, Transport};
use mms_sim::broker::{EmbeddedBroker, TestCerts};
use mms_sim::Simulator;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};

fn request(data: &[u8]) -> echo::Request {
    echo::Request {
        data_to_be_echoed: Some(data.to_vec()),
        ..Default::default()
    }
}

fn options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_secs(5),
        ..ClientOptions::default()
    }
}

fn server_config(certs: &TestCerts) -> Arc<rustls::ServerConfig> {
    let chain = CertificateDer::pem_slice_iter(certs.server_cert.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_slice(certs.server_key.as_bytes()).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    Arc::new(config)
}

/// Relays messages between `peer` and `device` until either ends or `stop` is set.
fn relay(mut peer: impl Transport, mut device: impl Transport, stop: &AtomicBool) {
    let tick = Some(Duration::from_millis(5));
    while !stop.load(Ordering::SeqCst) {
        match peer.receive(tick) {
            Ok(Some(m)) if device.send(&m).is_ok() => {}
            Ok(None) => {}
            _ => return,
        }
        match device.receive(tick) {
            Ok(Some(m)) if peer.send(&m).is_ok() => {}
            Ok(None) => {}
            _ => return,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wss_echo_through_a_verified_server_and_an_untrusted_one_refused() {
    let certs = TestCerts::generate().unwrap();
    let config = server_config(&certs);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("wss://{}/", listener.local_addr().unwrap());
    let sim = Arc::new(Simulator::default());
    let stop = Arc::new(AtomicBool::new(false));
    let server = {
        let (sim, stop) = (sim.clone(), stop.clone());
        std::thread::spawn(move || {
            // Two connections: the client that does not trust us, then the one that does.
            for _ in 0..2 {
                let (stream, _) = listener.accept().unwrap();
                if let Ok(peer) = WebSocketTransport::accept_tls(stream, config.clone()) {
                    relay(peer, sim.in_memory(), &stop);
                    return true;
                }
            }
            false
        })
    };

    // Another CA's certificates: our server is not trusted.
    let untrusted = TestCerts::generate().unwrap().client_tls();
    let refused =
        AsyncWebSocketTransport::connect_tls(&url, Duration::from_secs(5), &untrusted).await;
    let e = refused.unwrap_err().to_string();
    assert!(e.contains("certificate"), "{e}");

    let transport =
        AsyncWebSocketTransport::connect_tls(&url, Duration::from_secs(5), &certs.client_tls())
            .await
            .unwrap();
    let (client, _events) = AsyncClient::new(transport, options());
    for i in 0..10u8 {
        let data = [0xAA, i, 0x55];
        let response = client.call(&request(&data)).await.unwrap();
        assert_eq!(
            response.payload.data_being_echoed.as_deref(),
            Some(&data[..])
        );
    }
    drop(client);
    stop.store(true, Ordering::SeqCst);
    assert!(server.join().unwrap(), "the trusted client was served");
}

/// Issue 11: the async WebSocket client takes `Limits` as the blocking one
/// does (it used to accept tungstenite's 64 MiB): a longer message is
/// refused both ways.
#[tokio::test]
async fn the_async_websocket_client_takes_limits() {
    use mms_runtime::limits::Limits;
    use mms_runtime::nonblocking::AsyncTransport;
    use mms_runtime::tls::TlsOptions;
    use mms_runtime::TransportErrorKind;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("ws://{}/", listener.local_addr().unwrap());
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut device = WebSocketTransport::accept(stream).unwrap();
        device.send(&[1; 500]).unwrap();
        device.send(&[2; 501]).unwrap();
    });
    let limits = Limits {
        max_ws_message_len: 500,
        ..Limits::DEFAULT
    };
    let tls = TlsOptions::default();
    let mut host =
        AsyncWebSocketTransport::connect_with(&url, Duration::from_secs(5), &tls, &limits)
            .await
            .unwrap();
    let long = host.send(&[3; 501], &mut |_, _| {}).await.unwrap_err();
    assert!(
        matches!(
            long.kind,
            TransportErrorKind::MessageTooLong { len: 501, max: 500 }
        ),
        "{long}"
    );
    let wait = Duration::from_secs(5);
    let fits = tokio::time::timeout(wait, host.receive()).await.unwrap();
    assert_eq!(fits.unwrap().len(), 500);
    let error = tokio::time::timeout(wait, host.receive())
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(
            error.kind,
            TransportErrorKind::MessageTooLong { len: 501, max: 500 }
        ),
        "{error}"
    );
    server.join().unwrap();
}

#[tokio::test]
async fn a_url_that_is_not_a_websocket_is_refused() {
    let e = AsyncWebSocketTransport::connect("http://127.0.0.1:1/", Duration::from_secs(1))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("ws:// or wss://"), "{e}");
}

fn mqtt_options(url: &str) -> MqttOptions {
    let mut o = MqttOptions::new(url).unwrap();
    o.connect_timeout = Duration::from_secs(5);
    o
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mqtt_echo_through_the_embedded_broker_and_a_bridge() {
    let broker = EmbeddedBroker::start().unwrap();
    let sim = Simulator::default();
    let bridge_options =
        BridgeOptions::new(mqtt_options(&broker.url()), "DynaFlex Pro", "B61378A0");
    let topics = bridge_options.topics.clone();
    let bridge = Bridge::start(sim.in_memory(), bridge_options, |_| {}).unwrap();

    let mut host = mqtt_options(&broker.url());
    host.max_payload_len = 4096;
    let (client, _events) = AsyncClient::connect_with(
        move || {
            let (host, topics) = (host.clone(), topics.clone());
            async move { AsyncMqttTransport::connect(&host, &topics, ReplyRoute::Private).await }
        },
        options(),
    )
    .await
    .unwrap();
    // Several tasks at once, each with its own answer.
    let tasks: Vec<_> = (0..20u8)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                let data = [0x5A, i, 0xA5];
                let response = client.call(&request(&data)).await.unwrap();
                assert_eq!(
                    response.payload.data_being_echoed.as_deref(),
                    Some(&data[..])
                );
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    // The size cap is the blocking transport's: refused before publishing.
    let e = client.call(&request(&[0; 5000])).await.unwrap_err();
    assert!(e.to_string().contains("4096"), "{e}");
    // ...and the link goes on.
    let response = client.call(&request(&[7])).await.unwrap();
    assert_eq!(
        response.payload.data_being_echoed.as_deref(),
        Some(&[7][..])
    );
    drop(client);
    bridge.stop().unwrap();
    sim.shutdown();
}

#[tokio::test]
async fn mqtt_without_a_broker_is_an_open_error() {
    let port = mms_sim::broker::free_port().unwrap();
    let o = mqtt_options(&format!("mqtt://127.0.0.1:{port}"));
    let topics = mms_runtime::mqtt::Topics::magtek("DynaFlex Pro", "B61378A0");
    let e = AsyncMqttTransport::connect(&o, &topics, ReplyRoute::Private)
        .await
        .unwrap_err();
    assert!(e.to_string().contains("127.0.0.1"), "{e}");
}
