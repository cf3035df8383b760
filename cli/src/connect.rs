//! Choosing and opening the connection to a device (`--hid`, `--serial`,
//! `--ws`, `--sim`), with every frame traced under `-v`.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use mms_runtime::hid::{open_hid, HidSelector};
use mms_runtime::mqtt::{MqttTransport, ReplyRoute};
use mms_runtime::serial::{
    open_serial, open_serial_port, serial_name, ByteStream, SlipRole, SlipTransport,
};
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{Client, ClientOptions, Events, Transport, TransportError, TransportErrorKind};
use mms_sim::{builtin_properties, DeviceConfig, PropertyDefinition, Simulator};
use mms_spec::Spec;

/// Transport options shared by every command that talks to a device.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct TransportArgs {
    /// USB HID: the first MMS reader found, or the one with this path or USB
    /// serial number (`--hid=/dev/hidraw3`). See `mms devices`.
    #[arg(long, num_args = 0..=1, require_equals = true, default_missing_value = "", value_name = "PATH|SERIAL")]
    pub hid: Option<String>,
    /// Serial port (SLIP framing, 115200 8N1), such as /dev/ttyACM0 or a
    /// simulator's /dev/pts/N.
    #[arg(long, value_name = "PORT")]
    pub serial: Option<String>,
    /// WebSocket URL of a WLAN reader or a simulator (ws://HOST:PORT).
    #[arg(long, value_name = "URL")]
    pub ws: Option<String>,
    /// The built-in simulator, in this process (HID reports in memory).
    #[arg(long)]
    pub sim: bool,
    /// MQTT broker of a remote reader (mqtt://HOST[:PORT], mqtts://...), with --reader.
    #[arg(long, value_name = "URL")]
    pub mqtt: Option<String>,
    /// The reader on the broker: its serial number (found through its
    /// retained status, see `mms fleet`) or MODEL/SERIAL.
    #[arg(long, value_name = "SERIAL")]
    pub reader: Option<String>,
    /// Talk on the reader's own two topics (a real WLAN reader) instead of
    /// private reply topics (a bridge or `mms sim --mqtt`).
    #[arg(long)]
    pub shared_topics: bool,
    #[command(flatten)]
    pub mqtt_args: crate::mqtt::MqttArgs,
    /// Seconds to wait for each response.
    #[arg(long, value_name = "SECONDS", default_value_t = 5.0)]
    pub response_timeout: f64,
}

/// Which way a message went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Host to device.
    Sent,
    /// Device to host.
    Received,
}

/// Called with every whole message that crosses the transport.
pub type Tap = Arc<dyn Fn(Direction, &[u8]) + Send + Sync>;

/// A transport that shows every message to a [`Tap`] and to `tracing`.
#[derive(Clone)]
struct TapTransport<T> {
    inner: T,
    tap: Option<Tap>,
}

impl<T: Transport> std::fmt::Debug for TapTransport<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl<T: Transport> TapTransport<T> {
    fn show(&self, direction: Direction, message: &[u8]) {
        let arrow = match direction {
            Direction::Sent => "->",
            Direction::Received => "<-",
        };
        tracing::debug!(
            "{} {arrow} {}",
            self.inner.name(),
            crate::annotate::hex(message)
        );
        if let Some(tap) = &self.tap {
            tap(direction, message);
        }
    }
}

impl<T: Transport> Transport for TapTransport<T> {
    fn name(&self) -> &str {
        self.inner.name()
    }

    fn send(&mut self, message: &[u8]) -> Result<(), TransportError> {
        self.show(Direction::Sent, message);
        self.inner.send(message)
    }

    fn send_with_progress(
        &mut self,
        message: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), TransportError> {
        self.show(Direction::Sent, message);
        self.inner.send_with_progress(message, progress)
    }

    fn receive(&mut self, timeout: Option<Duration>) -> Result<Option<Vec<u8>>, TransportError> {
        let received = self.inner.receive(timeout);
        match &received {
            Ok(Some(message)) => self.show(Direction::Received, message),
            Err(e) => tracing::debug!("{}: {e}", self.inner.name()),
            Ok(None) => {}
        }
        received
    }
}

/// An open connection. Fields drop in order: the client closes before the
/// simulator it may talk to stops.
pub struct Connection {
    /// The client.
    pub client: Client,
    /// Notifications and other unrequested messages.
    pub events: Events,
    /// The in-process simulator for `--sim`, kept running while the client lives.
    _simulator: Option<Simulator>,
}

/// The one line printed when a command needs a device and none was chosen.
pub const NO_TRANSPORT: &str = "no device chosen: add --sim (built-in simulator), --hid[=PATH|SERIAL], --serial PORT, --ws URL or --mqtt URL --reader SERIAL (`mms devices` lists readers)";

/// Opens the transport the arguments choose.
pub fn connect(args: &TransportArgs, spec: &Spec, tap: Option<Tap>) -> Result<Connection> {
    let options = client_options(args)?;
    if args.mqtt.is_some() {
        return connect_mqtt(args, options, tap);
    }
    let (transport, sim) = open_transport(args, spec)?;
    tracing::debug!("connected to {}", transport.name());
    let (client, events) = Client::with_options(
        TapTransport {
            inner: transport,
            tap,
        },
        options,
    );
    Ok(Connection {
        client,
        events,
        _simulator: sim,
    })
}

fn client_options(args: &TransportArgs) -> Result<ClientOptions> {
    let chosen = [
        args.hid.is_some(),
        args.serial.is_some(),
        args.ws.is_some(),
        args.sim,
        args.mqtt.is_some(),
    ]
    .iter()
    .filter(|c| **c)
    .count();
    if chosen == 0 {
        bail!(NO_TRANSPORT);
    }
    if chosen > 1 {
        bail!("choose one transport: --hid, --serial, --ws, --sim or --mqtt were given together");
    }
    if !(args.response_timeout.is_finite() && args.response_timeout > 0.0) {
        bail!("--response-timeout must be a positive number of seconds");
    }
    let timeout = Duration::from_secs_f64(args.response_timeout.min(86_400.0));
    Ok(ClientOptions {
        timeout,
        file_timeout: timeout.max(Duration::from_secs(60)),
        ..ClientOptions::default()
    })
}

/// A remote reader through a broker; the client reconnects after a broker
/// disconnect on its next call.
fn connect_mqtt(
    args: &TransportArgs,
    options: ClientOptions,
    tap: Option<Tap>,
) -> Result<Connection> {
    let url = args.mqtt.as_deref().unwrap_or_default();
    let reader = args
        .reader
        .as_deref()
        .ok_or_else(|| anyhow!("--mqtt needs --reader SERIAL (or MODEL/SERIAL); `mms fleet --mqtt {url}` lists readers"))?;
    let mut mqtt = args.mqtt_args.options(url)?;
    mqtt.connect_timeout = options.timeout.max(Duration::from_secs(2));
    let topics = crate::mqtt::reader_topics(&mqtt, reader, options.timeout)?;
    let route = if args.shared_topics {
        ReplyRoute::Shared
    } else {
        ReplyRoute::Private
    };
    let (client, events) = Client::connect_with(
        move || {
            MqttTransport::connect(&mqtt, &topics, route).map(|inner| TapTransport {
                inner,
                tap: tap.clone(),
            })
        },
        options,
    )
    .map_err(|e| open_error(e, "check the broker URL, credentials and certificates"))?;
    Ok(Connection {
        client,
        events,
        _simulator: None,
    })
}

/// Opens the device the arguments choose (not `--mqtt`), with the
/// in-process simulator behind `--sim`.
pub fn open_transport(
    args: &TransportArgs,
    spec: &Spec,
) -> Result<(Box<dyn Transport>, Option<Simulator>)> {
    let timeout = client_options(args)?.timeout;
    let mut sim = None;
    let transport: Box<dyn Transport> = if let Some(hid) = &args.hid {
        let selector = if hid.is_empty() {
            HidSelector::First
        } else if hid.starts_with('/') {
            HidSelector::Path(hid.clone())
        } else {
            HidSelector::SerialNumber(hid.clone())
        };
        Box::new(open_hid(&selector).map_err(|e| open_error(e, "check `mms devices`"))?)
    } else if let Some(port) = &args.serial {
        let hint = "check the port name (`mms devices` lists ports)";
        if tracing::enabled!(tracing::Level::TRACE) {
            Box::new(traced_serial(port).map_err(|e| open_error(e, hint))?)
        } else {
            Box::new(open_serial(port).map_err(|e| open_error(e, hint))?)
        }
    } else if let Some(url) = &args.ws {
        Box::new(WebSocketTransport::connect(url, timeout).map_err(|e| {
            open_error(
                e,
                "check the URL (ws://HOST:PORT) and that the device is reachable",
            )
        })?)
    } else {
        let simulator = Simulator::new(sim_config(spec));
        let transport = simulator.in_memory_hid();
        sim = Some(simulator);
        Box::new(transport)
    };
    Ok((transport, sim))
}

/// A simulated device with every property of the spec: the simulator's own
/// (realistic device information) plus the spec's at their default values.
pub fn sim_config(spec: &Spec) -> DeviceConfig {
    let mut properties = builtin_properties();
    for p in &spec.properties {
        let oid = p.oid.components().to_vec();
        if properties.iter().any(|d| d.oid == oid) {
            continue;
        }
        let min = p.min_len.unwrap_or(0) as usize;
        let max = p.max_len.map_or(255, |m| m as usize).max(min);
        let mut default = spec_default(p);
        if default.len() < min || default.len() > max {
            default = vec![0; min];
        }
        properties.push(PropertyDefinition::new(&oid, &p.name, &default, min, max));
    }
    DeviceConfig {
        properties,
        ..DeviceConfig::default()
    }
}

/// The bytes of a property's Default row when it reads as bytes (`0x00 0xA0 ...`)
/// or, for a string property, as text; empty otherwise.
fn spec_default(p: &mms_spec::Property) -> Vec<u8> {
    let Some(text) = p.default.as_deref() else {
        return Vec::new();
    };
    let mut bytes = Vec::new();
    for token in text.split([' ', ',']).filter(|t| !t.is_empty()) {
        let Some(h) = token.strip_prefix("0x") else {
            break;
        };
        match mms_spec::parse_hex(h) {
            Ok(b) => bytes.extend(b),
            Err(_) => break,
        }
    }
    if bytes.is_empty() && crate::props::is_text_property(p) && text != "None" {
        return text.as_bytes().to_vec();
    }
    bytes
}

fn open_error(e: TransportError, hint: &str) -> anyhow::Error {
    let why = match &e.kind {
        TransportErrorKind::Open(why) => why.clone(),
        // The runtime's text starts with the transport name; say it once.
        _ => {
            let full = e.to_string();
            full.strip_prefix(&format!("{}: ", e.transport))
                .map_or(full.clone(), str::to_string)
        }
    };
    anyhow!("cannot open {}: {why}; {hint}", e.transport)
}

/// A byte stream that traces every chunk read and written (`-vv`).
struct TracedStream<S> {
    inner: S,
    name: String,
}

impl<S: std::io::Read> std::io::Read for TracedStream<S> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n > 0 {
            tracing::trace!("{} wire <- {}", self.name, crate::annotate::hex(&buf[..n]));
        }
        Ok(n)
    }
}

impl<S: std::io::Write> std::io::Write for TracedStream<S> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        tracing::trace!("{} wire -> {}", self.name, crate::annotate::hex(&buf[..n]));
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl<S: ByteStream> ByteStream for TracedStream<S> {
    fn set_read_timeout(&mut self, timeout: Option<Duration>) -> std::io::Result<()> {
        self.inner.set_read_timeout(timeout)
    }
    fn set_write_timeout(&mut self, timeout: Option<Duration>) -> std::io::Result<()> {
        self.inner.set_write_timeout(timeout)
    }
}

/// A serial port like [`open_serial`]'s (115200 8N1, no flow control) whose raw bytes are traced.
fn traced_serial(
    path: &str,
) -> Result<SlipTransport<TracedStream<Box<dyn serialport::SerialPort>>>, TransportError> {
    let name = serial_name(path);
    let port = open_serial_port(path)?;
    let stream = TracedStream {
        inner: port,
        name: name.clone(),
    };
    Ok(SlipTransport::new(
        stream,
        SlipRole::Host,
        name,
        mms_runtime::slip::DEFAULT_MAX_MESSAGE_LEN,
    ))
}

/// A one-line explanation of a failed call, with what to try.
pub fn call_error(e: mms_runtime::ClientError) -> anyhow::Error {
    use mms_runtime::ClientError;
    match e {
        ClientError::Timeout { .. } => anyhow!(
            "{e}; is the device connected and awake? (a longer --response-timeout may help)"
        ),
        ClientError::Disconnected { .. } => {
            anyhow!("{e}; check the cable or the connection and try again")
        }
        other => anyhow!("{other}"),
    }
}
