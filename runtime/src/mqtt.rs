//! MMS over MQTT: WLAN readers (DynaFlex II PED) and bridged USB readers
//! talk to hosts through a broker (manual properties 1.2.2.1.2.1 to
//! 1.2.2.1.2.A; 1.2.2.1.1.11 selects MQTT).
//!
//! A reader subscribes to its *device* topic (`MagTek/Device/<Model>/<Serial>`
//! by default) and publishes to its *server* topic
//! (`MagTek/Server/<Model>/<Serial>`). Each MQTT message is one whole MMS
//! message, binary; hex text is accepted on receive (browser bridges send it).
//!
//! Several hosts may share one reader. On the shared topics every host sees
//! every response, so [`MqttTransport`] by default asks a bridge for private
//! replies: it publishes requests to `<device>/client/<id>` and the bridge
//! answers on `<server>/client/<id>`; notifications stay on the server topic.
//! A real WLAN reader only knows its two topics: use
//! [`ReplyRoute::Shared`] for it.
//!
//! A bridge (see [`Bridge`]) publishes a retained status on
//! `<server>/status` (`{"status":"online",...}`), with `offline` as its MQTT
//! last will, so a crashed bridge or a lost network flips it.
//!
//! Pieces:
//! - [`BrokerUrl`] and [`MqttOptions`]: which broker (`mqtt://`, `mqtts://`
//!   with server verification and optional client certificate), QoS 1 by
//!   default, payload cap.
//! - [`MqttLink`]: one broker connection (a driver thread over `rumqttc`),
//!   used by everything below.
//! - [`MqttTransport`]: a [`Transport`] to one reader, for the
//!   [`Client`](crate::Client); it ends on a broker disconnect, and
//!   [`Client::connect_with`](crate::Client::connect_with) opens a new one.
//! - [`Bridge`]: serves a local [`Transport`] (a USB reader, a simulator) on
//!   the broker, one command at a time, answering each client on its own topic.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use mms_protocol::{Envelope, MessageType};
use rumqttc::{Event, LastWill, Outgoing, Packet, QoS, SubscribeFilter, SubscribeReasonCode};

use crate::tls::TlsOptions;
use crate::transport::{
    HexBytes, Transport, TransportError, TransportErrorKind, FRAME_TRACE_TARGET,
};

/// Default cap on one MMS message carried over MQTT: 1 MiB.
pub const DEFAULT_MAX_PAYLOAD_LEN: usize = 1 << 20;
/// The default topic prefix of messages from readers.
pub const SERVER_PREFIX: &str = "MagTek/Server";
/// The default topic prefix of messages to readers.
pub const DEVICE_PREFIX: &str = "MagTek/Device";
/// The status a bridge refuses a guarded command with (Table 13: failed to
/// start, request handler, security / permission problems).
pub const REFUSED_STATUS: [u8; 4] = [0x80, 0x02, 0x02, 0x00];

/// Commands a [`Bridge`] refuses unless [`BridgeOptions::allow_security_commands`]
/// is set: they load or commit firmware, load keys or certificates, or change
/// the security or tamper state.
pub const GUARDED_COMMANDS: &[u16] = &[
    0xD112, // Set Property (Secured)
    0xD801, // Load Firmware File
    0xD811, // Start Send File to Device (Secured): firmware, certificates
    0xD901, // Commit Firmware from File
    0xEEEE, // Send Secured Command to Device
    0xEF01, 0xEF02, 0xEF03, 0xEF04, 0xEF05, // keys, CSR, LTPK
    0xEF06, 0xEF07, 0xEF08, // device lock state and passcode
    0xF012, 0xF015, 0xF016, 0xF017, // tamper, security activation, KBPK
];

/// Whether `request` is a `D812` file send that loads a certificate (file
/// types `03xxxxxx`) or a trust configuration (`05xxxxxx`): it changes what
/// the device trusts, so a [`Bridge`] guards it like [`GUARDED_COMMANDS`].
pub fn loads_trust(request: &Envelope) -> bool {
    use mms_codec::Contents;
    request.info.id == crate::files::START_SEND_FILE_UNSECURED
        && request
            .payload_body()
            .and_then(|body| crate::files::StartSendFile::from_bytes(body).ok())
            .is_some_and(|start| matches!(start.file_id.0 >> 24, 0x03 | 0x05))
}

/// A broker address: `mqtt://[user[:password]@]host[:port]` (port 1883) or
/// `mqtts://...` (TLS, port 8883).
#[derive(Clone, PartialEq, Eq)]
pub struct BrokerUrl {
    /// TLS (`mqtts://`).
    pub tls: bool,
    /// Host name or address (IPv6 without brackets).
    pub host: String,
    /// TCP port.
    pub port: u16,
    /// User name, from the URL or set later.
    pub username: Option<String>,
    /// Password, from the URL or set later. Never printed.
    pub password: Option<String>,
}

impl fmt::Debug for BrokerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

impl fmt::Display for BrokerUrl {
    /// The URL without the password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let scheme = if self.tls { "mqtts" } else { "mqtt" };
        write!(f, "{scheme}://")?;
        if let Some(user) = &self.username {
            write!(f, "{user}@")?;
        }
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

impl BrokerUrl {
    /// Parses `mqtt://` and `mqtts://` URLs; a path, if any, is ignored.
    pub fn parse(url: &str) -> Result<Self, String> {
        let (tls, rest) = if let Some(rest) = url.strip_prefix("mqtts://") {
            (true, rest)
        } else if let Some(rest) = url.strip_prefix("mqtt://") {
            (false, rest)
        } else {
            return Err(format!(
                "{url:?}: a broker URL starts with mqtt:// or mqtts://"
            ));
        };
        let authority = rest.split('/').next().unwrap_or("");
        let (userinfo, hostport) = match authority.rsplit_once('@') {
            Some((u, h)) => (Some(u), h),
            None => (None, authority),
        };
        let (username, password) = match userinfo {
            Some(u) => match u.split_once(':') {
                Some((user, pass)) => (Some(user.to_owned()), Some(pass.to_owned())),
                None => (Some(u.to_owned()), None),
            },
            None => (None, None),
        };
        let default_port = if tls { 8883 } else { 1883 };
        let (host, port) = if let Some(v6) = hostport.strip_prefix('[') {
            let (host, after) = v6
                .split_once(']')
                .ok_or_else(|| format!("{url:?}: unclosed '[' in the host"))?;
            (host, after.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (hostport, None),
            }
        };
        if host.is_empty() {
            return Err(format!("{url:?}: the URL has no host"));
        }
        let port = match port {
            Some(p) => p.parse().map_err(|_| format!("{url:?}: bad port {p:?}"))?,
            None => default_port,
        };
        Ok(Self {
            tls,
            host: host.to_owned(),
            port,
            username,
            password,
        })
    }
}

/// How to reach the broker.
#[derive(Clone, Debug)]
pub struct MqttOptions {
    /// The broker.
    pub broker: BrokerUrl,
    /// The MQTT client ID; unique per connection (a broker drops the older of
    /// two connections with one ID).
    pub client_id: String,
    /// Trust anchors and client certificate for `mqtts://`.
    pub tls: TlsOptions,
    /// QoS of what is published and subscribed (0, 1 or 2; default 1).
    pub qos: u8,
    /// MQTT keep-alive (manual property 1.2.2.1.2.A).
    pub keep_alive: Duration,
    /// How long opening the connection may take.
    pub connect_timeout: Duration,
    /// Largest MMS message accepted from the broker; longer ones are dropped
    /// with an event (hex text may be twice as long on the wire).
    pub max_payload_len: usize,
    /// For `mqtts://`: the name the broker's certificate must be valid for,
    /// when it is not the host of the URL (manual property 1.2.2.1.2.9,
    /// MQTT Peer Common Name). `None`: the URL's host.
    pub peer_name: Option<String>,
}

static CLIENT_COUNTER: AtomicU64 = AtomicU64::new(0);

/// A client ID no other connection of this machine uses: `prefix-pid-n-nanos`.
pub fn unique_client_id(prefix: &str) -> String {
    let n = CLIENT_COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!("{prefix}-{}-{n}-{nanos:x}", std::process::id())
}

impl MqttOptions {
    /// Options for the broker at `url` with a fresh client ID and the defaults.
    pub fn new(url: &str) -> Result<Self, TransportError> {
        let broker = BrokerUrl::parse(url).map_err(|e| open_error(url, e))?;
        Ok(Self {
            broker,
            client_id: unique_client_id("mms"),
            tls: TlsOptions::default(),
            qos: 1,
            keep_alive: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            max_payload_len: DEFAULT_MAX_PAYLOAD_LEN,
            peer_name: None,
        })
    }

    pub(crate) fn qos(&self) -> QoS {
        match self.qos {
            0 => QoS::AtMostOnce,
            1 => QoS::AtLeastOnce,
            _ => QoS::ExactlyOnce,
        }
    }
}

pub(crate) fn open_error(name: &str, why: impl fmt::Display) -> TransportError {
    TransportError::new(name, TransportErrorKind::Open(why.to_string()))
}

pub(crate) fn mqtt_error(name: &str, why: impl fmt::Display) -> TransportError {
    TransportError::new(name, TransportErrorKind::Mqtt(why.to_string()))
}

/// The two topics of one reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topics {
    /// What the reader subscribes to: requests to it.
    pub device: String,
    /// What the reader publishes to: its responses and notifications.
    pub server: String,
}

/// Characters that would make a topic level a wildcard or a separator.
fn topic_level(text: &str) -> String {
    text.trim_end_matches('\0')
        .trim()
        .chars()
        .map(|c| {
            if matches!(c, '/' | '+' | '#') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

impl Topics {
    /// The manual's default layout: `MagTek/Device/<model>/<serial>` and
    /// `MagTek/Server/<model>/<serial>`.
    pub fn magtek(model: &str, serial: &str) -> Self {
        let (model, serial) = (topic_level(model), topic_level(serial));
        Self {
            device: format!("{DEVICE_PREFIX}/{model}/{serial}"),
            server: format!("{SERVER_PREFIX}/{model}/{serial}"),
        }
    }

    /// Topics from templates as the reader's subscribe / publish topic
    /// properties hold them: `[DevModelName]` and `[DevSN]` are replaced; the
    /// template ends at the first space (the properties allow none).
    pub fn from_templates(device: &str, server: &str, model: &str, serial: &str) -> Self {
        let fill = |t: &str| {
            t.trim_end_matches('\0')
                .split(' ')
                .next()
                .unwrap_or("")
                .replace("[DevModelName]", &topic_level(model))
                .replace("[DevSN]", &topic_level(serial))
        };
        Self {
            device: fill(device),
            server: fill(server),
        }
    }

    /// The retained status a bridge keeps: `<server>/status`.
    pub fn status(&self) -> String {
        format!("{}/status", self.server)
    }

    /// Where the client `client_id` publishes requests for private replies.
    pub fn client_requests(&self, client_id: &str) -> String {
        format!("{}/client/{}", self.device, topic_level(client_id))
    }

    /// Where a bridge answers the client `client_id`.
    pub fn client_replies(&self, client_id: &str) -> String {
        format!("{}/client/{}", self.server, topic_level(client_id))
    }
}

/// Whether a host gets its responses on a topic of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ReplyRoute {
    /// Requests to `<device>/client/<id>`, responses on `<server>/client/<id>`
    /// (a [`Bridge`] or the simulator): no other host sees them.
    #[default]
    Private,
    /// The reader's own two topics, as a real WLAN reader has them: every
    /// host on the reader sees every response.
    Shared,
}

impl ReplyRoute {
    /// Where a host publishes its requests, and what it subscribes to.
    pub(crate) fn topics(self, topics: &Topics, client_id: &str) -> (String, Vec<String>) {
        match self {
            Self::Private => (
                topics.client_requests(client_id),
                vec![topics.server.clone(), topics.client_replies(client_id)],
            ),
            Self::Shared => (topics.device.clone(), vec![topics.server.clone()]),
        }
    }
}

/// A reader's retained status (`<server>/status`) as JSON text:
/// `{"status":"online","model":"...","serial":"...","since":UNIX_SECONDS}`.
pub fn status_payload(online: bool, model: &str, serial: &str, since: Option<u64>) -> String {
    let status = if online { "online" } else { "offline" };
    let mut out = format!(
        "{{\"status\":\"{status}\",\"model\":{},\"serial\":{}",
        json_string(model),
        json_string(serial)
    );
    if let Some(since) = since {
        out.push_str(&format!(",\"since\":{since}"));
    }
    out.push('}');
    out
}

fn json_string(text: &str) -> String {
    let mut out = String::from('"');
    for c in text.trim_end_matches('\0').chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Seconds since the Unix epoch, now.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// What an MQTT payload carries, read as an MMS message: binary bytes
/// starting with `AA`, or hex text (spaces allowed).
pub fn decode_payload(payload: &[u8], max_len: usize) -> Result<Vec<u8>, TransportErrorKind> {
    if payload.first() == Some(&mms_protocol::envelope::START_OF_MESSAGE) {
        if payload.len() > max_len {
            return Err(TransportErrorKind::MessageTooLong {
                len: payload.len(),
                max: max_len,
            });
        }
        return Ok(payload.to_vec());
    }
    let digits: Vec<u8> = payload
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    if digits.len() / 2 > max_len {
        return Err(TransportErrorKind::MessageTooLong {
            len: digits.len() / 2,
            max: max_len,
        });
    }
    let nibble = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    if digits.is_empty() || digits.len() % 2 != 0 {
        return Err(TransportErrorKind::UnexpectedData(
            "MQTT payload that is neither a binary MMS message nor hex text",
        ));
    }
    digits
        .chunks(2)
        .map(|pair| Some((nibble(pair[0])? << 4) | nibble(pair[1])?))
        .collect::<Option<Vec<u8>>>()
        .ok_or(TransportErrorKind::UnexpectedData(
            "MQTT payload that is neither a binary MMS message nor hex text",
        ))
}

/// Device Model Name (a property every MMS reader has).
pub const MODEL_NAME_OID: [u32; 6] = [2, 1, 2, 2, 2, 1];
/// Serial Number.
pub const SERIAL_NUMBER_OID: [u32; 6] = [2, 2, 1, 1, 1, 1];

/// A text property's value up to its first NUL.
pub fn property_text(value: &[u8]) -> String {
    let end = value.iter().position(|&b| b == 0).unwrap_or(value.len());
    String::from_utf8_lossy(&value[..end]).trim().to_owned()
}

/// The Serial Number property as topic text: as is when it is ASCII letters
/// and digits, otherwise its bytes in hex.
pub fn serial_text(value: &[u8]) -> String {
    if !value.is_empty() && value.iter().all(u8::is_ascii_alphanumeric) {
        String::from_utf8_lossy(value).into_owned()
    } else {
        value.iter().map(|b| format!("{b:02X}")).collect()
    }
}

/// Asks `device` for its model name and serial number (Get Property), as
/// [`property_text`] and [`serial_text`]: what a bridge names its topics after.
pub fn identify(
    device: &mut dyn Transport,
    timeout: Duration,
) -> Result<(String, String), TransportError> {
    use mms_protocol::property::{property_leaves, property_request_tlvs, OidForm};
    let name = device.name().to_owned();
    let mut values = Vec::new();
    for (i, oid) in [MODEL_NAME_OID, SERIAL_NUMBER_OID].iter().enumerate() {
        let reference = 0xF0 + i as u8;
        let mut payload = 0xD101u16.to_be_bytes().to_vec();
        payload.extend(property_request_tlvs(oid, OidForm::SIMPLE, None).expect("a valid OID"));
        let request = Envelope {
            start: mms_protocol::envelope::START_OF_MESSAGE,
            api_version: mms_protocol::envelope::API_VERSION,
            info: mms_protocol::MessageInfo {
                message_type: MessageType::Request,
                reference,
                id: 0xD101,
                extra: Vec::new(),
            },
            status: None,
            additional: None,
            payload: Some(payload),
            reserved: None,
            unknown: Default::default(),
        };
        device.send(&request.encode())?;
        let deadline = Instant::now() + timeout;
        let value = loop {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                return Err(mqtt_error(
                    &name,
                    "the device did not tell its model and serial number in time",
                ));
            };
            let Some(bytes) = device.receive(Some(left))? else {
                continue;
            };
            let Ok(reply) = Envelope::decode(&bytes) else {
                continue;
            };
            if reply.info.message_type != MessageType::Response || reply.info.reference != reference
            {
                continue;
            }
            let body = reply.payload_body().unwrap_or_default();
            let leaves = property_leaves(body).unwrap_or_default();
            match leaves.iter().find(|l| l.oid == oid) {
                Some(leaf) => break leaf.value.to_vec(),
                None => {
                    return Err(mqtt_error(
                        &name,
                        "the device did not answer Get Property for its model and serial number",
                    ))
                }
            }
        };
        values.push(value);
    }
    Ok((property_text(&values[0]), serial_text(&values[1])))
}

/// Something that happened on an [`MqttLink`].
#[derive(Debug)]
pub enum LinkEvent {
    /// The broker accepted the connection (again, after a reconnect) and
    /// the subscriptions were sent.
    Connected,
    /// A message arrived.
    Message {
        /// Its topic.
        topic: String,
        /// Its payload.
        payload: Vec<u8>,
        /// Whether it is retained (sent because it was stored, not just published).
        retained: bool,
    },
    /// A message longer than [`wire_cap`] of the link's payload cap arrived
    /// and was dropped unread (the connection stays up).
    TooLong {
        /// Its topic.
        topic: String,
        /// Its payload length in bytes.
        len: usize,
    },
    /// The connection to the broker dropped (why). A reconnecting link keeps trying.
    Down(String),
}

/// The largest MQTT packet there is (a 256 MiB remaining length plus the
/// fixed header). rumqttc closes the connection on a packet over its limit,
/// so the limit for what the broker sends is this: an oversized message is
/// received and dropped with an event instead of costing the connection.
/// Brokers should cap messages themselves (mosquitto: `message_size_limit`).
pub const MQTT_MAX_PACKET_LEN: usize = 268_435_455 + 5;

/// The longest payload worth decoding for messages of at most `max_len`
/// bytes: hex text with a separator after every byte, plus slack for
/// surrounding white space. Longer ones are dropped as they arrive.
pub fn wire_cap(max_len: usize) -> usize {
    max_len.saturating_mul(3).saturating_add(64)
}

/// How many link events may wait unread before further messages are dropped
/// (and counted, see [`MqttLink::take_dropped`]).
const LINK_QUEUE: usize = 4096;

/// One connection to a broker, driven by its own thread.
pub struct MqttLink {
    name: String,
    client: rumqttc::Client,
    events: mpsc::Receiver<LinkEvent>,
    stop: Arc<AtomicBool>,
    /// Leave without DISCONNECT, so the broker publishes the last will.
    abort: Arc<AtomicBool>,
    dropped: Arc<AtomicU64>,
    qos: QoS,
    driver: Option<JoinHandle<()>>,
}

impl fmt::Debug for MqttLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MqttLink")
            .field("name", &self.name)
            .finish_non_exhaustive()
    }
}

/// A message the broker publishes when a connection ends without saying goodbye.
#[derive(Clone, Debug)]
pub struct Will {
    /// Its topic.
    pub topic: String,
    /// Its payload.
    pub payload: Vec<u8>,
    /// Kept by the broker for later subscribers.
    pub retain: bool,
}

impl MqttLink {
    /// Connects, subscribes to `subscriptions`, and waits for the broker to
    /// accept both (within [`MqttOptions::connect_timeout`]).
    ///
    /// With `reconnect`, a dropped connection is re-opened (pauses from 100 ms
    /// up to 5 s) and subscriptions are renewed, reporting
    /// [`LinkEvent::Down`] then [`LinkEvent::Connected`]; without it the link
    /// ends after [`LinkEvent::Down`].
    pub fn connect(
        options: &MqttOptions,
        subscriptions: &[String],
        will: Option<Will>,
        reconnect: bool,
    ) -> Result<Self, TransportError> {
        let name = options.broker.to_string();
        let mqtt = client_options(options, will)?;
        let qos = options.qos();
        let (client, mut connection) = rumqttc::Client::new(mqtt, 1024);
        tune(&mut connection.eventloop, options);

        let (tx, events) = mpsc::sync_channel(LINK_QUEUE);
        let (ready_tx, ready_rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let abort = Arc::new(AtomicBool::new(false));
        let dropped = Arc::new(AtomicU64::new(0));
        let driver = Driver {
            client: client.clone(),
            subscriptions: subscriptions
                .iter()
                .map(|t| SubscribeFilter::new(t.clone(), qos))
                .collect(),
            events: tx,
            ready: Some(ready_tx),
            stop: stop.clone(),
            abort: abort.clone(),
            dropped: dropped.clone(),
            reconnect,
            wire_cap: wire_cap(options.max_payload_len),
        };
        let driver = std::thread::Builder::new()
            .name(format!("mqtt {name}"))
            .spawn(move || driver.run(connection))
            .map_err(|e| open_error(&name, e))?;
        let link = Self {
            name: name.clone(),
            client,
            events,
            stop,
            abort,
            dropped,
            qos,
            driver: Some(driver),
        };
        match ready_rx.recv_timeout(options.connect_timeout + Duration::from_secs(1)) {
            Ok(Ok(())) => Ok(link),
            Ok(Err(why)) => Err(open_error(&name, why)),
            Err(_) => Err(open_error(&name, "the broker did not answer in time")),
        }
    }

    /// The broker URL (without password).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Queues a message for the broker. Fails when the link has ended or
    /// too much is queued (the broker is unreachable).
    pub fn publish(
        &self,
        topic: &str,
        payload: Vec<u8>,
        retain: bool,
    ) -> Result<(), TransportError> {
        self.client
            .try_publish(topic, self.qos, retain, payload)
            .map_err(|e| mqtt_error(&self.name, format!("cannot publish to {topic}: {e}")))
    }

    /// Waits up to `timeout` for the next event; `Err` once the link has ended.
    pub fn recv(&self, timeout: Duration) -> Result<Option<LinkEvent>, TransportError> {
        match self.events.recv_timeout(timeout) {
            Ok(e) => Ok(Some(e)),
            Err(mpsc::RecvTimeoutError::Timeout) => Ok(None),
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                Err(TransportError::new(&self.name, TransportErrorKind::Closed))
            }
        }
    }

    /// How many received messages were dropped because nobody read them fast
    /// enough, since the last call.
    pub fn take_dropped(&self) -> u64 {
        self.dropped.swap(0, Ordering::Relaxed)
    }

    /// Ends the connection without an MQTT DISCONNECT, as a crash or a lost
    /// network would: the broker publishes the last will.
    pub fn abort(mut self) {
        self.abort.store(true, Ordering::SeqCst);
        self.stop.store(true, Ordering::SeqCst);
        if let Some(driver) = self.driver.take() {
            let _ = driver.join();
        }
    }
}

impl Drop for MqttLink {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.client.try_disconnect();
        if let Some(driver) = self.driver.take() {
            let _ = driver.join();
        }
    }
}

/// rumqttc's options for `options` (clean session, credentials, TLS, packet
/// cap, keep-alive) and the optional last will: one place for the blocking
/// link and the async transport.
pub(crate) fn client_options(
    options: &MqttOptions,
    will: Option<Will>,
) -> Result<rumqttc::MqttOptions, TransportError> {
    let name = options.broker.to_string();
    let mut mqtt = rumqttc::MqttOptions::new(
        options.client_id.clone(),
        options.broker.host.clone(),
        options.broker.port,
    );
    mqtt.set_keep_alive(options.keep_alive.max(Duration::from_secs(1)));
    // The transports cap what they send before it is published; what
    // arrives may be anything the broker passes on, and is dropped by us
    // with an event. rumqttc's own limits would end the connection instead.
    mqtt.set_max_packet_size(MQTT_MAX_PACKET_LEN, MQTT_MAX_PACKET_LEN);
    mqtt.set_clean_session(true);
    if let Some(user) = &options.broker.username {
        mqtt.set_credentials(
            user.clone(),
            options.broker.password.clone().unwrap_or_default(),
        );
    }
    if options.broker.tls {
        let config = options
            .tls
            .client_config_for(options.peer_name.as_deref())
            .map_err(|e| open_error(&name, format!("TLS: {e}")))?;
        mqtt.set_transport(rumqttc::Transport::tls_with_config(
            rumqttc::TlsConfiguration::Rustls(config),
        ));
    }
    if let Some(will) = will {
        let qos = options.qos();
        mqtt.set_last_will(LastWill::new(will.topic, will.payload, qos, will.retain));
    }
    Ok(mqtt)
}

/// What went wrong on a broker connection, in words: a refused CONNECT says
/// why (credentials, access, client ID), the rest as rumqttc puts it.
pub(crate) fn connection_error_text(e: &rumqttc::ConnectionError) -> String {
    use rumqttc::ConnectReturnCode as Code;
    let why = match e {
        rumqttc::ConnectionError::ConnectionRefused(code) => match code {
            Code::BadUserNamePassword => "bad user name or password",
            Code::NotAuthorized => "not authorized (check the user name and password)",
            Code::BadClientId => "client ID refused",
            Code::RefusedProtocolVersion => "MQTT 3.1.1 not supported",
            Code::ServiceUnavailable => "service unavailable",
            Code::Success => "no reason given",
        },
        other => return other.to_string(),
    };
    format!("the broker refused the connection: {why}")
}

/// The connection timeout and TCP settings of an event loop (blocking or async).
pub(crate) fn tune(eventloop: &mut rumqttc::EventLoop, options: &MqttOptions) {
    let mut network = eventloop.network_options();
    network.set_connection_timeout(options.connect_timeout.as_secs().max(1));
    // One MMS message per packet, each awaited: Nagle's delay would add
    // tens of milliseconds to every exchange.
    network.set_tcp_nodelay(true);
    eventloop.set_network_options(network);
}

struct Driver {
    client: rumqttc::Client,
    subscriptions: Vec<SubscribeFilter>,
    events: mpsc::SyncSender<LinkEvent>,
    ready: Option<mpsc::Sender<Result<(), String>>>,
    stop: Arc<AtomicBool>,
    abort: Arc<AtomicBool>,
    dropped: Arc<AtomicU64>,
    reconnect: bool,
    /// Longer payloads are dropped here, before they are queued.
    wire_cap: usize,
}

impl Driver {
    fn run(mut self, mut connection: rumqttc::Connection) {
        let mut backoff = Duration::from_millis(100);
        // After a stop: how long to let the DISCONNECT go out.
        let mut leaving: Option<Instant> = None;
        loop {
            if self.abort.load(Ordering::SeqCst) {
                return; // dropping the connection closes the socket: the will fires
            }
            if self.stop.load(Ordering::SeqCst) {
                let since = *leaving.get_or_insert_with(Instant::now);
                if since.elapsed() > Duration::from_millis(500) {
                    return;
                }
            }
            match connection.recv_timeout(Duration::from_millis(100)) {
                Err(rumqttc::RecvTimeoutError::Timeout) => {}
                Err(rumqttc::RecvTimeoutError::Disconnected) => return,
                Ok(Ok(Event::Incoming(Packet::ConnAck(_)))) => {
                    backoff = Duration::from_millis(100);
                    if self.subscriptions.is_empty() {
                        self.set_ready(Ok(()));
                    } else if let Err(e) =
                        self.client.try_subscribe_many(self.subscriptions.clone())
                    {
                        self.set_ready(Err(format!("cannot subscribe: {e}")));
                    }
                    let _ = self.events.send(LinkEvent::Connected);
                }
                Ok(Ok(Event::Incoming(Packet::SubAck(ack)))) => {
                    let refused = ack
                        .return_codes
                        .iter()
                        .any(|c| matches!(c, SubscribeReasonCode::Failure));
                    if refused {
                        let why = "the broker refused a subscription (check its access rules)";
                        if self.ready.is_some() {
                            self.set_ready(Err(why.into()));
                            return;
                        }
                        tracing::warn!("{why}");
                    }
                    self.set_ready(Ok(()));
                }
                Ok(Ok(Event::Incoming(Packet::Publish(p)))) => {
                    let event = if p.payload.len() > self.wire_cap {
                        LinkEvent::TooLong {
                            topic: p.topic,
                            len: p.payload.len(),
                        }
                    } else {
                        LinkEvent::Message {
                            topic: p.topic,
                            payload: p.payload.to_vec(),
                            retained: p.retain,
                        }
                    };
                    if self.events.try_send(event).is_err() {
                        self.dropped.fetch_add(1, Ordering::Relaxed);
                    }
                }
                Ok(Ok(Event::Outgoing(Outgoing::Disconnect))) => {
                    if self.stop.load(Ordering::SeqCst) {
                        // Give the DISCONNECT packet a moment to leave.
                        let _ = connection.recv_timeout(Duration::from_millis(50));
                        return;
                    }
                }
                Ok(Ok(_)) => {}
                Ok(Err(e)) => {
                    let why = connection_error_text(&e);
                    if self.ready.is_some() {
                        self.set_ready(Err(why));
                        return;
                    }
                    let _ = self.events.send(LinkEvent::Down(why));
                    if !self.reconnect || self.stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let until = Instant::now() + backoff;
                    while Instant::now() < until && !self.stop.load(Ordering::SeqCst) {
                        std::thread::sleep(Duration::from_millis(20));
                    }
                    backoff = (backoff * 2).min(Duration::from_secs(5));
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

/// A [`Transport`] to one reader through a broker.
///
/// A broker disconnect ends it with a fatal error (the pending call fails
/// with [`ClientError::Disconnected`](crate::ClientError::Disconnected));
/// build the client with [`Client::connect_with`](crate::Client::connect_with)
/// and [`MqttTransport::connect`] so the next call reconnects.
/// A response repeated right after itself (a duplicate QoS 1 delivery: same
/// reference number, same bytes) is dropped with a non-fatal error, which
/// the client reports as [`Event::Dropped`](crate::Event::Dropped).
#[derive(Debug)]
pub struct MqttTransport {
    name: String,
    link: MqttLink,
    requests: String,
    max_payload_len: usize,
    last_response: Option<Vec<u8>>,
}

impl MqttTransport {
    /// Connects to the broker and subscribes to the reader's topics.
    pub fn connect(
        options: &MqttOptions,
        topics: &Topics,
        route: ReplyRoute,
    ) -> Result<Self, TransportError> {
        let (requests, subscriptions) = route.topics(topics, &options.client_id);
        let name = format!("{}/{}", options.broker, topics.device);
        let link = MqttLink::connect(options, &subscriptions, None, false)
            .map_err(|e| open_error(&name, e.kind_text()))?;
        Ok(Self {
            name,
            link,
            requests,
            max_payload_len: options.max_payload_len,
            last_response: None,
        })
    }
}

impl TransportError {
    /// The error's text without the transport name.
    pub(crate) fn kind_text(&self) -> String {
        let full = self.to_string();
        full.strip_prefix(&format!("{}: ", self.transport))
            .map_or(full.clone(), str::to_owned)
    }
}

impl Transport for MqttTransport {
    fn name(&self) -> &str {
        &self.name
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        check_outgoing(&self.name, message, self.max_payload_len)?;
        self.link
            .publish(&self.requests, message.to_vec(), false)
            .map_err(|e| mqtt_error(&self.name, e.kind_text()))
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let deadline = timeout.map(|t| Instant::now() + t);
        loop {
            let wait = crate::transport::remaining(deadline).unwrap_or(Duration::from_secs(3600));
            let event = self
                .link
                .recv(wait)
                .map_err(|_| mqtt_error(&self.name, "the connection to the broker ended"))?;
            match event {
                None => return Ok(None),
                Some(LinkEvent::Connected) => {}
                Some(LinkEvent::Down(why)) => {
                    return Err(mqtt_error(
                        &self.name,
                        format!("lost the broker connection ({why})"),
                    ))
                }
                Some(LinkEvent::TooLong { len, .. }) => {
                    let kind = TransportErrorKind::MessageTooLong {
                        len,
                        max: self.max_payload_len,
                    };
                    return Err(TransportError::new(&self.name, kind));
                }
                Some(LinkEvent::Message { payload, .. }) => {
                    let message = incoming(
                        &self.name,
                        &payload,
                        self.max_payload_len,
                        &mut self.last_response,
                    )?;
                    return Ok(Some(message));
                }
            }
        }
    }
}

/// Refuses a message over `max_len` before it is published, and traces it:
/// the send rule of every MQTT transport.
pub(crate) fn check_outgoing(
    name: &str,
    message: &[u8],
    max_len: usize,
) -> Result<(), TransportError> {
    if message.len() > max_len {
        let len = message.len();
        let kind = TransportErrorKind::MessageTooLong { len, max: max_len };
        return Err(TransportError::new(name, kind));
    }
    tracing::debug!(target: FRAME_TRACE_TARGET, "{name} publish -> {}", HexBytes(message));
    Ok(())
}

/// The MMS message in a received `payload` (binary or hex, at most `max_len`):
/// the receive rule of every MQTT transport. A response equal to the last one
/// (a duplicate QoS 1 delivery) is a non-fatal error, so it is dropped.
pub(crate) fn incoming(
    name: &str,
    payload: &[u8],
    max_len: usize,
    last_response: &mut Option<Vec<u8>>,
) -> Result<Vec<u8>, TransportError> {
    let message =
        decode_payload(payload, max_len).map_err(|kind| TransportError::new(name, kind))?;
    tracing::debug!(target: FRAME_TRACE_TARGET, "{name} message <- {}", HexBytes(&message));
    let is_response = message.len() > 5 && message[4] == 0x82;
    if is_response {
        if last_response.as_deref() == Some(&message[..]) {
            return Err(TransportError::new(
                name,
                TransportErrorKind::UnexpectedData(
                    "duplicate delivery of the last response (same reference number); dropped",
                ),
            ));
        }
        *last_response = Some(message.clone());
    }
    Ok(message)
}

/// Settings of a [`Bridge`].
#[derive(Clone, Debug)]
pub struct BridgeOptions {
    /// The broker connection (its client ID is the bridge's).
    pub mqtt: MqttOptions,
    /// The reader's topics.
    pub topics: Topics,
    /// Model name, for the status message.
    pub model: String,
    /// Serial number, for the status message.
    pub serial: String,
    /// Serve [`GUARDED_COMMANDS`] (firmware, keys, certificates, security
    /// state). Off by default: they are answered with [`REFUSED_STATUS`].
    pub allow_security_commands: bool,
    /// How long the device may take to answer one command before the bridge
    /// moves on to the next (the client has timed out by then). A client on
    /// a private reply topic that sends a new request gives up its earlier
    /// one at once ([`BridgeEvent::Superseded`]), without this wait.
    pub response_timeout: Duration,
    /// How many requests may wait for the device; more are dropped with an event.
    pub max_queue: usize,
}

impl BridgeOptions {
    /// Options with the manual's default topics for `model` / `serial`.
    pub fn new(mqtt: MqttOptions, model: &str, serial: &str) -> Self {
        Self {
            mqtt,
            topics: Topics::magtek(model, serial),
            model: model.trim_end_matches('\0').to_owned(),
            serial: serial.to_owned(),
            allow_security_commands: false,
            response_timeout: Duration::from_secs(10),
            max_queue: 256,
        }
    }
}

/// Something a [`Bridge`] did or dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BridgeEvent {
    /// Connected to the broker (again) and published the online status.
    Online,
    /// The broker connection dropped; the bridge keeps trying.
    BrokerDown(String),
    /// A message on a request topic was dropped (why).
    Dropped {
        /// Where it came from.
        topic: String,
        /// Why it was dropped.
        reason: String,
    },
    /// A guarded command was refused.
    Refused {
        /// Who asked.
        topic: String,
        /// The command.
        command_id: u16,
    },
    /// A response went back to the client that asked.
    Served {
        /// The reply topic.
        topic: String,
        /// The command.
        command_id: u16,
        /// Its reference number.
        reference: u8,
    },
    /// A client sent a new request while its previous one was still queued
    /// or waiting for the device: it has given that one up (a client makes
    /// one call at a time), so the bridge stops waiting for it. Its answer,
    /// should it still come, is dropped.
    Superseded {
        /// The reply topic of the client.
        topic: String,
        /// The command given up.
        command_id: u16,
        /// Its reference number.
        reference: u8,
    },
    /// The device did not answer a command in time.
    NoResponse {
        /// The command.
        command_id: u16,
        /// Its reference number.
        reference: u8,
    },
    /// The device link reported something dropped (not fatal).
    DeviceDropped(String),
}

impl fmt::Display for BridgeEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Online => write!(f, "online"),
            Self::BrokerDown(why) => write!(f, "broker connection lost ({why}); reconnecting"),
            Self::Dropped { topic, reason } => write!(f, "dropped a message on {topic}: {reason}"),
            Self::Refused { topic, command_id } => write!(
                f,
                "refused command {command_id:04X} from {topic} (it changes firmware, keys, certificates or security state; allow with --allow-security-commands)"
            ),
            Self::Served {
                topic,
                command_id,
                reference,
            } => write!(f, "answered {command_id:04X} (reference {reference:#04x}) on {topic}"),
            Self::Superseded {
                topic,
                command_id,
                reference,
            } => write!(f, "{topic} gave up {command_id:04X} (reference {reference:#04x}) for a new request"),
            Self::NoResponse {
                command_id,
                reference,
            } => write!(f, "the device did not answer {command_id:04X} (reference {reference:#04x}) in time"),
            Self::DeviceDropped(why) => write!(f, "device link: {why}"),
        }
    }
}

/// A running bridge: a local device served on a broker.
#[derive(Debug)]
pub struct Bridge {
    stop: Arc<AtomicBool>,
    abort: Arc<AtomicBool>,
    thread: Option<JoinHandle<Result<(), TransportError>>>,
    topics: Topics,
}

struct Request {
    reply: String,
    message: Vec<u8>,
    reference: u8,
    id: u16,
    /// A data file to the device: its final response carries its reference
    /// number, with the command that started the transfer.
    file: bool,
}

struct InFlight {
    reply: String,
    reference: u8,
    id: u16,
    file: bool,
    deadline: Instant,
}

impl Bridge {
    /// Connects to the broker (with `offline` as the last will), publishes
    /// the retained `online` status and serves `device` from a thread of its
    /// own until [`Bridge::stop`]. `on_event` sees what happens.
    pub fn start(
        device: impl Transport + 'static,
        options: BridgeOptions,
        on_event: impl FnMut(BridgeEvent) + Send + 'static,
    ) -> Result<Self, TransportError> {
        let topics = options.topics.clone();
        let will = Will {
            topic: topics.status(),
            payload: status_payload(false, &options.model, &options.serial, None).into_bytes(),
            retain: true,
        };
        let subscriptions = vec![topics.device.clone(), format!("{}/client/+", topics.device)];
        let link = MqttLink::connect(&options.mqtt, &subscriptions, Some(will), true)?;
        let stop = Arc::new(AtomicBool::new(false));
        let abort = Arc::new(AtomicBool::new(false));
        let worker = Worker {
            link: Some(link),
            device: Box::new(device),
            options,
            on_event: Box::new(on_event),
            queue: VecDeque::new(),
            in_flight: None,
            last_requester: None,
            recent: HashMap::new(),
        };
        let (s, a) = (stop.clone(), abort.clone());
        let thread = std::thread::Builder::new()
            .name(format!("mqtt bridge {}", topics.device))
            .spawn(move || worker.run(&s, &a))
            .map_err(|e| open_error(&topics.device, e))?;
        Ok(Self {
            stop,
            abort,
            thread: Some(thread),
            topics,
        })
    }

    /// The reader's topics.
    pub fn topics(&self) -> &Topics {
        &self.topics
    }

    /// True while the bridge serves (false after the device link failed).
    pub fn is_running(&self) -> bool {
        self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Publishes the `offline` status, disconnects, and returns how serving
    /// ended (an error when the device link failed).
    pub fn stop(mut self) -> Result<(), TransportError> {
        self.stop.store(true, Ordering::SeqCst);
        self.join()
    }

    /// Stops without a goodbye, as a crash would: the broker publishes the
    /// last will (`offline`).
    pub fn abort(mut self) {
        self.abort.store(true, Ordering::SeqCst);
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.join();
    }

    /// Waits until serving ends by itself (the device link failed).
    pub fn wait(mut self) -> Result<(), TransportError> {
        self.join()
    }

    fn join(&mut self) -> Result<(), TransportError> {
        match self.thread.take() {
            Some(t) => t.join().unwrap_or_else(|_| {
                Err(mqtt_error(
                    &self.topics.device,
                    "the bridge thread panicked",
                ))
            }),
            None => Ok(()),
        }
    }
}

impl Drop for Bridge {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = self.join();
    }
}

/// How long an idle bridge waits for a request before it looks at the
/// device (for notifications) again.
const IDLE_WAIT: Duration = Duration::from_millis(10);
/// How long a bridge with a command in flight waits for the device before it
/// looks at the broker link (requests queue meanwhile) again.
const BUSY_WAIT: Duration = Duration::from_millis(5);

/// Most reply topics remembered for duplicate detection before the memory is cleared.
const RECENT_LIMIT: usize = 4096;

struct Worker {
    link: Option<MqttLink>,
    device: Box<dyn Transport>,
    options: BridgeOptions,
    on_event: Box<dyn FnMut(BridgeEvent) + Send>,
    queue: VecDeque<Request>,
    in_flight: Option<InFlight>,
    /// Who gets data files the device sends (the last client served).
    last_requester: Option<String>,
    /// The last request taken from each reply topic (QoS 1 may deliver twice).
    recent: HashMap<String, Vec<u8>>,
}

impl Worker {
    fn run(mut self, stop: &AtomicBool, abort: &AtomicBool) -> Result<(), TransportError> {
        let result = self.serve(stop);
        let link = self.link.take();
        if abort.load(Ordering::SeqCst) {
            if let Some(link) = link {
                link.abort();
            }
        } else if let Some(link) = link {
            // Goodbye: the will only fires on an unclean end.
            let offline = status_payload(
                false,
                &self.options.model,
                &self.options.serial,
                Some(unix_now()),
            );
            let _ = link.publish(&self.options.topics.status(), offline.into_bytes(), true);
            drop(link);
        }
        result
    }

    fn link(&self) -> &MqttLink {
        self.link.as_ref().expect("the link lives while serving")
    }

    fn serve(&mut self, stop: &AtomicBool) -> Result<(), TransportError> {
        while !stop.load(Ordering::SeqCst) {
            // An idle bridge sleeps on the broker link (a request wakes it at
            // once) and looks at the device between naps; a busy one sleeps on
            // the device (its answer wakes it). Short naps on both, as before,
            // woke each bridge some 400 times a second: with a hundred of them
            // that alone starved a two-core machine into 10 s answers.
            let busy = self.in_flight.is_some() || !self.queue.is_empty();
            let mut wait = if busy { Duration::ZERO } else { IDLE_WAIT };
            // Take what the broker sent (bounded per round so the device is polled).
            for _ in 0..64 {
                match self.link().recv(wait)? {
                    Some(event) => self.on_link(event),
                    None => break,
                }
                wait = Duration::ZERO;
            }
            let lost = self.link().take_dropped();
            if lost > 0 {
                self.emit(BridgeEvent::Dropped {
                    topic: self.options.topics.device.clone(),
                    reason: format!("{lost} message(s) arrived faster than the device is served"),
                });
            }
            if self.in_flight.is_none() {
                if let Some(request) = self.queue.pop_front() {
                    self.forward(request)?;
                }
            }
            let wait = if self.in_flight.is_some() {
                BUSY_WAIT
            } else {
                Duration::from_millis(1)
            };
            match self.device.receive(Some(wait)) {
                Ok(Some(message)) => self.on_device(message),
                Ok(None) => {}
                Err(e) if e.is_fatal() => return Err(e),
                Err(e) => self.emit(BridgeEvent::DeviceDropped(e.to_string())),
            }
            if let Some(f) = &self.in_flight {
                if Instant::now() >= f.deadline {
                    let (command_id, reference) = (f.id, f.reference);
                    self.in_flight = None;
                    self.emit(BridgeEvent::NoResponse {
                        command_id,
                        reference,
                    });
                }
            }
        }
        Ok(())
    }

    fn emit(&mut self, event: BridgeEvent) {
        (self.on_event)(event);
    }

    fn publish(&mut self, topic: &str, message: Vec<u8>) {
        if let Err(e) = self.link().publish(topic, message, false) {
            self.emit(BridgeEvent::Dropped {
                topic: topic.to_owned(),
                reason: e.to_string(),
            });
        }
    }

    fn on_link(&mut self, event: LinkEvent) {
        match event {
            LinkEvent::Connected => {
                // Retained messages do not survive a broker restart without
                // persistence: say it again on every connect.
                let online = status_payload(
                    true,
                    &self.options.model,
                    &self.options.serial,
                    Some(unix_now()),
                );
                let _ =
                    self.link()
                        .publish(&self.options.topics.status(), online.into_bytes(), true);
                self.emit(BridgeEvent::Online);
            }
            LinkEvent::Down(why) => self.emit(BridgeEvent::BrokerDown(why)),
            LinkEvent::Message { topic, payload, .. } => {
                if let Err(reason) = self.take_request(&topic, &payload) {
                    self.emit(BridgeEvent::Dropped { topic, reason });
                }
            }
            LinkEvent::TooLong { topic, len } => {
                let kind = TransportErrorKind::MessageTooLong {
                    len,
                    max: self.options.mqtt.max_payload_len,
                };
                let reason = TransportError::new("", kind).kind_text();
                self.emit(BridgeEvent::Dropped { topic, reason });
            }
        }
    }

    fn take_request(&mut self, topic: &str, payload: &[u8]) -> Result<(), String> {
        let topics = &self.options.topics;
        let reply = if topic == topics.device {
            topics.server.clone()
        } else if let Some(client) = topic
            .strip_prefix(topics.device.as_str())
            .and_then(|rest| rest.strip_prefix("/client/"))
        {
            format!("{}/client/{client}", topics.server)
        } else {
            return Err("not a request topic of this reader".into());
        };
        let message = decode_payload(payload, self.options.mqtt.max_payload_len)
            .map_err(|kind| TransportError::new("", kind).kind_text())?;
        let envelope =
            Envelope::decode(&message).map_err(|e| format!("not an MMS message: {e}"))?;
        let file = match envelope.info.message_type {
            MessageType::Request => false,
            MessageType::DataFileToDevice => true,
            other => return Err(format!("a {other:?} message is not for the device")),
        };
        let (reference, id) = (envelope.info.reference, envelope.info.id);
        if self.recent.get(&reply) == Some(&message) {
            return Err(format!(
                "duplicate delivery of reference {reference:#04x} (command {id:04X}); ignored"
            ));
        }
        if self.recent.len() >= RECENT_LIMIT {
            self.recent.clear();
        }
        self.recent.insert(reply.clone(), message.clone());
        self.supersede(&reply);
        let guarded = GUARDED_COMMANDS.contains(&id) || loads_trust(&envelope);
        if !file && !self.options.allow_security_commands && guarded {
            let mut refusal = Envelope::decode(&message).expect("decoded above");
            refusal.info.message_type = MessageType::Response;
            refusal.status = Some(REFUSED_STATUS.to_vec());
            refusal.payload = None;
            refusal.additional = None;
            refusal.reserved = None;
            let refusal = Envelope {
                unknown: Default::default(),
                ..refusal
            };
            self.publish(&reply, refusal.encode());
            self.emit(BridgeEvent::Refused {
                topic: reply,
                command_id: id,
            });
            return Ok(());
        }
        if self.queue.len() >= self.options.max_queue {
            return Err(format!(
                "{} requests are already waiting for the device",
                self.queue.len()
            ));
        }
        self.queue.push_back(Request {
            reply,
            message,
            reference,
            id,
            file,
        });
        Ok(())
    }

    /// A client on its private reply topic makes one call at a time: a new
    /// request from it means it gave up its earlier ones. Forgetting them at
    /// once keeps one lost answer from holding every later request of the
    /// client for [`BridgeOptions::response_timeout`] (which made one fault
    /// cost some ten calls). Hosts sharing the reader's own topics cannot be
    /// told apart, so they keep waiting their turn.
    fn supersede(&mut self, reply: &str) {
        if reply == self.options.topics.server {
            return;
        }
        let mut given_up = Vec::new();
        if self.in_flight.as_ref().is_some_and(|f| f.reply == reply) {
            let f = self.in_flight.take().expect("checked");
            given_up.push((f.id, f.reference));
        }
        self.queue.retain(|r| {
            let keep = r.reply != reply;
            if !keep {
                given_up.push((r.id, r.reference));
            }
            keep
        });
        for (command_id, reference) in given_up {
            self.emit(BridgeEvent::Superseded {
                topic: reply.to_owned(),
                command_id,
                reference,
            });
        }
    }

    fn forward(&mut self, request: Request) -> Result<(), TransportError> {
        match self.device.send(&request.message) {
            Ok(()) => {}
            Err(e) if e.is_fatal() => return Err(e),
            Err(e) => {
                self.emit(BridgeEvent::DeviceDropped(e.to_string()));
                return Ok(());
            }
        }
        self.last_requester = Some(request.reply.clone());
        self.in_flight = Some(InFlight {
            reply: request.reply,
            reference: request.reference,
            id: request.id,
            file: request.file,
            deadline: Instant::now() + self.options.response_timeout,
        });
        Ok(())
    }

    fn on_device(&mut self, message: Vec<u8>) {
        let envelope = match Envelope::decode(&message) {
            Ok(e) => e,
            Err(e) => {
                self.emit(BridgeEvent::DeviceDropped(format!(
                    "undecodable message from the device: {e}"
                )));
                return;
            }
        };
        let info = &envelope.info;
        let server = self.options.topics.server.clone();
        match info.message_type {
            MessageType::Response => {
                let matches = self
                    .in_flight
                    .as_ref()
                    .is_some_and(|f| f.reference == info.reference && (f.file || f.id == info.id));
                if matches {
                    let f = self.in_flight.take().expect("checked");
                    self.publish(&f.reply, message);
                    self.emit(BridgeEvent::Served {
                        topic: f.reply,
                        command_id: f.id,
                        reference: f.reference,
                    });
                } else {
                    // A late answer: its client gave up; never hand it to another.
                    self.emit(BridgeEvent::DeviceDropped(format!(
                        "late response to {:04X} (reference {:#04x}) dropped",
                        info.id, info.reference
                    )));
                }
            }
            MessageType::DataFileFromDevice => {
                let to = self.last_requester.clone().unwrap_or(server);
                self.publish(&to, message);
            }
            _ => self.publish(&server, message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn certificate_and_trust_file_sends_are_guarded() {
        use mms_protocol::generated::file_types::FileType;
        let send = |file_type: u32| {
            let body = crate::files::StartSendFile::new(
                FileType(file_type),
                crate::files::transfer_properties(b"x"),
                Default::default(),
            );
            Envelope::request(1, &body)
        };
        assert!(loads_trust(&send(0x0500_0000)));
        assert!(loads_trust(&send(0x0300_0A00)));
        assert!(!loads_trust(&send(0x0200_0000)));
        assert!(GUARDED_COMMANDS.contains(&0xEF02) && GUARDED_COMMANDS.contains(&0xEF03));
    }

    #[test]
    fn broker_urls() {
        let u = BrokerUrl::parse("mqtts://me:secret@broker.example:1884/x").unwrap();
        assert!(u.tls);
        assert_eq!((u.host.as_str(), u.port), ("broker.example", 1884));
        assert_eq!(u.password.as_deref(), Some("secret"));
        assert_eq!(u.to_string(), "mqtts://me@broker.example:1884");
        assert!(!format!("{u:?}").contains("secret"));
        let u = BrokerUrl::parse("mqtt://[::1]").unwrap();
        assert_eq!((u.host.as_str(), u.port, u.tls), ("::1", 1883, false));
        assert_eq!(BrokerUrl::parse("mqtts://h").unwrap().port, 8883);
        assert!(BrokerUrl::parse("tcp://h").unwrap_err().contains("mqtt://"));
        assert!(BrokerUrl::parse("mqtt://h:x").unwrap_err().contains("port"));
        assert!(BrokerUrl::parse("mqtt://").unwrap_err().contains("no host"));
    }

    #[test]
    fn topics_follow_the_manual_layout() {
        let t = Topics::magtek("DynaFlex II PED\0", "B1/2+");
        assert_eq!(t.device, "MagTek/Device/DynaFlex II PED/B1_2_");
        assert_eq!(t.server, "MagTek/Server/DynaFlex II PED/B1_2_");
        assert_eq!(t.status(), "MagTek/Server/DynaFlex II PED/B1_2_/status");
        assert_eq!(
            t.client_replies("a/b"),
            "MagTek/Server/DynaFlex II PED/B1_2_/client/a_b"
        );
        let t = Topics::from_templates(
            "MagTek/Device/[DevModelName]/[DevSN] [DevModelName] =",
            "Shop/[DevSN]/out",
            "DynaFlex",
            "B6",
        );
        assert_eq!(t.device, "MagTek/Device/DynaFlex/B6");
        assert_eq!(t.server, "Shop/B6/out");
    }

    #[test]
    fn payloads_binary_or_hex() {
        assert_eq!(decode_payload(&[0xAA, 0x00], 10).unwrap(), vec![0xAA, 0x00]);
        assert_eq!(
            decode_payload(b"AA 00 81", 10).unwrap(),
            vec![0xAA, 0x00, 0x81]
        );
        assert!(matches!(
            decode_payload(&[0xAA; 11], 10),
            Err(TransportErrorKind::MessageTooLong { len: 11, max: 10 })
        ));
        assert!(matches!(
            decode_payload(b"hello", 10),
            Err(TransportErrorKind::UnexpectedData(_))
        ));
        assert!(decode_payload(b"", 10).is_err());
        let s = status_payload(true, "Dyna\"Flex\0", "B6", Some(5));
        assert_eq!(
            s,
            r#"{"status":"online","model":"Dyna\"Flex","serial":"B6","since":5}"#
        );
    }
}
