//! MQTT for the async client, on `rumqttc`'s async client and event loop.
//! Topics, payload decoding, the size cap and the duplicate rule are those
//! of the blocking [`MqttTransport`](crate::mqtt::MqttTransport) (one copy
//! in [`crate::mqtt`]).

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use rumqttc::{Event, Outgoing, Packet, QoS, SubscribeFilter, SubscribeReasonCode};
use tokio::sync::{mpsc, oneshot};

use super::{AsyncTransport, BoxFuture};
use crate::mqtt::{
    check_outgoing, client_options, connection_error_text, incoming, mqtt_error, open_error, tune,
    wire_cap, MqttOptions, ReplyRoute, Topics,
};
use crate::transport::{TransportError, TransportErrorKind};

/// How many received messages may wait unread before more are dropped (and counted).
const QUEUE: usize = 4096;

/// What the event-loop task hands to the transport.
enum Incoming {
    Message(Vec<u8>),
    /// A payload longer than the link's wire cap, dropped unread (its length).
    TooLong(usize),
    /// The broker connection ended (why).
    Down(String),
}

/// An [`AsyncTransport`] to one reader through a broker, the async twin of
/// [`MqttTransport`](crate::mqtt::MqttTransport).
///
/// A task on the current tokio runtime drives the connection. A broker
/// disconnect ends the transport with a fatal error; build the client with
/// [`AsyncClient::connect_with`](super::AsyncClient::connect_with) so the
/// next call reconnects. A duplicate delivery of the last response is
/// dropped with a non-fatal error ([`Event::Dropped`](crate::Event::Dropped)).
pub struct AsyncMqttTransport {
    name: String,
    client: rumqttc::AsyncClient,
    requests: String,
    qos: QoS,
    max_payload_len: usize,
    last_response: Option<Vec<u8>>,
    received: mpsc::Receiver<Incoming>,
    dropped: Arc<AtomicU64>,
}

impl fmt::Debug for AsyncMqttTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AsyncMqttTransport")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

impl AsyncMqttTransport {
    /// Connects to the broker and subscribes to the reader's topics, within
    /// [`MqttOptions::connect_timeout`] (plus a second for the subscription).
    pub async fn connect(
        options: &MqttOptions,
        topics: &Topics,
        route: ReplyRoute,
    ) -> Result<Self, TransportError> {
        let (requests, subscriptions) = route.topics(topics, &options.client_id);
        let name = format!("{}/{}", options.broker, topics.device);
        let mqtt = client_options(options, None).map_err(|e| open_error(&name, e.kind_text()))?;
        let qos = options.qos();
        let (client, mut eventloop) = rumqttc::AsyncClient::new(mqtt, 1024);
        tune(&mut eventloop, options);
        let (deliver, received) = mpsc::channel(QUEUE);
        let (ready, is_ready) = oneshot::channel();
        let dropped = Arc::new(AtomicU64::new(0));
        let driver = Driver {
            client: client.clone(),
            subscriptions: subscriptions
                .into_iter()
                .map(|t| SubscribeFilter::new(t, qos))
                .collect(),
            deliver,
            ready: Some(ready),
            dropped: dropped.clone(),
            wire_cap: wire_cap(options.max_payload_len),
        };
        tokio::spawn(driver.run(eventloop));
        let wait = options.connect_timeout + Duration::from_secs(1);
        match tokio::time::timeout(wait, is_ready).await {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(why))) => return Err(open_error(&name, why)),
            Ok(Err(_)) => return Err(open_error(&name, "the connection ended")),
            Err(_) => return Err(open_error(&name, "the broker did not answer in time")),
        }
        Ok(Self {
            name,
            client,
            requests,
            qos,
            max_payload_len: options.max_payload_len,
            last_response: None,
            received,
            dropped,
        })
    }

    /// How many received messages were dropped because nobody read them
    /// fast enough, since the last call.
    pub fn take_dropped(&self) -> u64 {
        self.dropped.swap(0, Ordering::Relaxed)
    }
}

impl Drop for AsyncMqttTransport {
    fn drop(&mut self) {
        // The driver leaves once its DISCONNECT is out (or its next event
        // finds nobody listening).
        let _ = self.client.try_disconnect();
    }
}

impl AsyncTransport for AsyncMqttTransport {
    fn name(&self) -> &str {
        &self.name
    }

    fn send<'a>(
        &'a mut self,
        message: &'a [u8],
        progress: &'a mut (dyn FnMut(usize, usize) + Send),
    ) -> BoxFuture<'a, Result<(), TransportError>> {
        Box::pin(async move {
            check_outgoing(&self.name, message, self.max_payload_len)?;
            // Queued whole or not at all: cancel-safe.
            let queued = self
                .client
                .try_publish(&self.requests, self.qos, false, message.to_vec());
            queued.map_err(|e| mqtt_error(&self.name, format!("cannot publish: {e}")))?;
            progress(message.len(), message.len());
            Ok(())
        })
    }

    fn receive(&mut self) -> BoxFuture<'_, Result<Vec<u8>, TransportError>> {
        Box::pin(async move {
            // Cancel-safe: a message is taken from the queue only when returned.
            match self.received.recv().await {
                Some(Incoming::Message(payload)) => incoming(
                    &self.name,
                    &payload,
                    self.max_payload_len,
                    &mut self.last_response,
                ),
                Some(Incoming::TooLong(len)) => {
                    let max = self.max_payload_len;
                    let kind = TransportErrorKind::MessageTooLong { len, max };
                    Err(TransportError::new(&self.name, kind))
                }
                Some(Incoming::Down(why)) => Err(mqtt_error(
                    &self.name,
                    format!("lost the broker connection ({why})"),
                )),
                None => Err(mqtt_error(&self.name, "the connection to the broker ended")),
            }
        })
    }
}

/// Drives the event loop: subscribes after each CONNACK, reports readiness
/// once, and forwards publications until the connection ends.
struct Driver {
    client: rumqttc::AsyncClient,
    subscriptions: Vec<SubscribeFilter>,
    deliver: mpsc::Sender<Incoming>,
    ready: Option<oneshot::Sender<Result<(), String>>>,
    dropped: Arc<AtomicU64>,
    /// Longer payloads are dropped here, before they are queued.
    wire_cap: usize,
}

impl Driver {
    async fn run(mut self, mut eventloop: rumqttc::EventLoop) {
        loop {
            let event = eventloop.poll().await;
            if self.deliver.is_closed() && self.ready.is_none() {
                return; // the transport is gone
            }
            match event {
                Ok(Event::Incoming(Packet::ConnAck(_))) => {
                    let subscribing = self.client.try_subscribe_many(self.subscriptions.clone());
                    if let Err(e) = subscribing {
                        self.set_ready(Err(format!("cannot subscribe: {e}")));
                        return;
                    }
                }
                Ok(Event::Incoming(Packet::SubAck(ack))) => {
                    let refused = ack
                        .return_codes
                        .iter()
                        .any(|c| matches!(c, SubscribeReasonCode::Failure));
                    if refused {
                        let why = "the broker refused a subscription (check its access rules)";
                        self.set_ready(Err(why.into()));
                        return;
                    }
                    self.set_ready(Ok(()));
                }
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    let message = if p.payload.len() > self.wire_cap {
                        Incoming::TooLong(p.payload.len())
                    } else {
                        Incoming::Message(p.payload.to_vec())
                    };
                    if self.deliver.try_send(message).is_err() {
                        self.dropped.fetch_add(1, Ordering::Relaxed);
                    }
                }
                Ok(Event::Outgoing(Outgoing::Disconnect)) => {
                    // Let the DISCONNECT leave before the socket is dropped.
                    let _ = tokio::time::timeout(Duration::from_millis(50), eventloop.poll()).await;
                    return;
                }
                Ok(_) => {}
                Err(e) => {
                    let why = connection_error_text(&e);
                    match self.ready.take() {
                        Some(ready) => {
                            let _ = ready.send(Err(why));
                        }
                        None => {
                            let _ = self.deliver.try_send(Incoming::Down(why));
                        }
                    }
                    return;
                }
            }
        }
    }

    fn set_ready(&mut self, result: Result<(), String>) {
        if let Some(ready) = self.ready.take() {
            let _ = ready.send(result);
        }
    }
}
