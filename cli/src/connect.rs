//! Choosing and opening the connection to a device (`--hid`, `--serial`,
//! `--ws`, `--sim`), with every frame traced under `-v`.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use mms_runtime::hid::{open_hid_with, HidSelector};
use mms_runtime::limits::Limits;
use mms_runtime::mqtt::{MqttTransport, ReplyRoute};
use mms_runtime::serial::{
    open_serial_port, open_serial_with, serial_name, ByteStream, SlipRole, SlipTransport,
};
use mms_runtime::tls::TlsOptions;
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{Client, ClientOptions, Events, Transport, TransportError, TransportErrorKind};
use mms_sim::{DeviceConfig, ServeOptions, Simulator};
use mms_spec::Spec;

/// Transport options shared by every command that talks to a device. They go
/// after the subcommand, or before it ([`hoist_device_options`]).
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
    /// CA certificates (PEM) that sign a wss:// server's certificate (default:
    /// the system's trusted certificates), such as the `ca:` file `mms sim --tls` prints.
    #[arg(long, value_name = "FILE", requires = "ws")]
    pub ws_ca: Option<std::path::PathBuf>,
    /// The built-in simulator, in this process (HID reports in memory).
    #[arg(long)]
    pub sim: bool,
    /// MQTT broker of a remote reader (mqtt://HOST, mqtt://HOST:PORT or mqtts://...), with --reader.
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
    /// Longest message taken from or sent to the device, on every link (HID
    /// reassembly and report count, SLIP frames, WebSocket messages, MQTT
    /// payloads) [default: 1048576].
    #[arg(long, value_name = "BYTES")]
    pub max_message_bytes: Option<usize>,
    /// Seconds to wait for the rest of a multi-packet HID message or of a
    /// SLIP frame before the part received is dropped [default: 2].
    #[arg(long, value_name = "SECONDS")]
    pub reassembly_timeout: Option<f64>,
    /// Record the traffic to this pcapng file (for Wireshark with wireshark/magtek_mms.lua,
    /// or `mms decode --pcap`).
    #[arg(long, value_name = "FILE")]
    pub capture: Option<std::path::PathBuf>,
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
            mms_dissect::values::hex(message)
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
    /// The `--capture` file, finished after the client closed.
    _capture: Option<crate::capture::CaptureFile>,
}

/// The one line printed when a command needs a device and none was chosen.
pub const NO_TRANSPORT: &str = "no device chosen: add --sim (built-in simulator), --hid[=PATH|SERIAL], --serial PORT, --ws URL or --mqtt URL --reader SERIAL (`mms devices` lists readers)";

/// Opens the transport the arguments choose.
pub fn connect(args: &TransportArgs, spec: &Spec, tap: Option<Tap>) -> Result<Connection> {
    let options = client_options(args)?;
    if args.mqtt.is_some() {
        if args.capture.is_some() {
            bail!("--capture records local links (HID, serial, WebSocket, --sim), not --mqtt");
        }
        return connect_mqtt(args, options, tap);
    }
    let (transport, sim) = open_transport(args, spec)?;
    tracing::debug!("connected to {}", transport.name());
    let capture = args
        .capture
        .as_deref()
        .map(crate::capture::CaptureFile::create)
        .transpose()?;
    let transport: Box<dyn Transport> = match &capture {
        Some(file) => Box::new(mms_capture::RecordingTransport::new(
            transport,
            capture_link(args),
            file.recorder.clone(),
        )),
        None => transport,
    };
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
        _capture: capture,
    })
}

/// Like [`connect`], with a client that re-opens the link whenever it drops:
/// for flows that follow the device through a reset (a firmware update).
/// `--sim` serves a simulator whose HID link comes back after the reset.
pub fn connect_reconnecting(
    args: &TransportArgs,
    spec: &Spec,
    tap: Option<Tap>,
) -> Result<Connection> {
    let options = client_options(args)?;
    if args.mqtt.is_some() {
        // Already reconnecting through the broker.
        return connect(args, spec, tap);
    }
    let capture = args
        .capture
        .as_deref()
        .map(crate::capture::CaptureFile::create)
        .transpose()?;
    let recorder = capture.as_ref().map(|file| file.recorder.clone());
    let link = capture_link(args);
    let mut sim = None;
    let mut open: Box<dyn FnMut() -> Result<Box<dyn Transport>, TransportError> + Send> =
        if args.sim {
            let simulator = sim_with_limits(spec, link_limits(args)?);
            let mut hid = simulator.hid_connector();
            sim = Some(simulator);
            Box::new(move || hid().map(|t| Box::new(t) as Box<dyn Transport>))
        } else {
            let (args, spec) = (args.clone(), spec.clone());
            Box::new(move || {
                open_transport(&args, &spec).map(|(t, _)| t).map_err(|e| {
                    TransportError::new("device", TransportErrorKind::Open(e.to_string()))
                })
            })
        };
    let (client, events) = Client::connect_with(
        move || {
            let transport = open()?;
            let transport: Box<dyn Transport> = match &recorder {
                Some(recorder) => Box::new(mms_capture::RecordingTransport::new(
                    transport,
                    link,
                    recorder.clone(),
                )),
                None => transport,
            };
            Ok(TapTransport {
                inner: transport,
                tap: tap.clone(),
            })
        },
        options,
    )
    .map_err(|e| match e.kind {
        TransportErrorKind::Open(why) => anyhow!("{why}"),
        _ => anyhow!("{e}"),
    })?;
    Ok(Connection {
        client,
        events,
        _simulator: sim,
        _capture: capture,
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

/// Smallest `--max-message-bytes`: an MMS message's header and a status.
const MIN_MESSAGE_BYTES: usize = 16;
/// Largest `--max-message-bytes` (256 MiB, MQTT's own packet limit).
const MAX_MESSAGE_BYTES: usize = 256 << 20;

/// The link limits `--max-message-bytes` and `--reassembly-timeout` give
/// (the runtime's defaults for what is not given); every link opened uses them.
pub fn link_limits(args: &TransportArgs) -> Result<Limits> {
    let mut limits = match args.max_message_bytes {
        None => Limits::DEFAULT,
        Some(n) if (MIN_MESSAGE_BYTES..=MAX_MESSAGE_BYTES).contains(&n) => {
            Limits::with_max_message_len(n)
        }
        Some(n) => {
            bail!("--max-message-bytes {n}: give {MIN_MESSAGE_BYTES} to {MAX_MESSAGE_BYTES} bytes")
        }
    };
    if let Some(seconds) = args.reassembly_timeout {
        if !(seconds.is_finite() && seconds > 0.0 && seconds <= 3600.0) {
            bail!("--reassembly-timeout {seconds}: give a number of seconds above 0, at most 3600");
        }
        limits.reassembly_timeout = Duration::from_secs_f64(seconds);
    }
    Ok(limits)
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
    mqtt.max_payload_len = link_limits(args)?.max_message_len;
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
        _capture: None,
    })
}

/// Opens the device the arguments choose (not `--mqtt`), with the
/// in-process simulator behind `--sim`.
pub fn open_transport(
    args: &TransportArgs,
    spec: &Spec,
) -> Result<(Box<dyn Transport>, Option<Simulator>)> {
    let timeout = client_options(args)?.timeout;
    let limits = link_limits(args)?;
    let mut sim = None;
    let transport: Box<dyn Transport> = if let Some(hid) = &args.hid {
        let selector = if hid.is_empty() {
            HidSelector::First
        } else if hid.starts_with('/') {
            HidSelector::Path(hid.clone())
        } else {
            HidSelector::SerialNumber(hid.clone())
        };
        let hid = open_hid_with(&selector, &limits);
        Box::new(hid.map_err(|e| open_error(e, "check `mms devices`"))?)
    } else if let Some(port) = &args.serial {
        let hint = "check the port name (`mms devices` lists ports)";
        if tracing::enabled!(tracing::Level::TRACE) {
            Box::new(traced_serial(port, &limits).map_err(|e| open_error(e, hint))?)
        } else {
            Box::new(open_serial_with(port, &limits).map_err(|e| open_error(e, hint))?)
        }
    } else if let Some(url) = &args.ws {
        let tls = TlsOptions::from_files(args.ws_ca.as_deref(), None, None)
            .map_err(|e| anyhow!("--ws-ca: {e}"))?;
        Box::new(
            WebSocketTransport::connect_with(url, timeout, &tls, &limits).map_err(|e| {
                open_error(
                    e,
                    "check the URL (ws://HOST:PORT), that the device is reachable and, for wss://, --ws-ca",
                )
            })?,
        )
    } else {
        let simulator = sim_with_limits(spec, limits);
        let transport = simulator.in_memory_hid();
        sim = Some(simulator);
        Box::new(transport)
    };
    Ok((transport, sim))
}

/// The `--sim` simulator: both ends of its in-memory link use `limits`.
fn sim_with_limits(spec: &Spec, limits: Limits) -> Simulator {
    let options = ServeOptions {
        limits,
        ..ServeOptions::DEFAULT
    };
    Simulator::with_options(sim_config(spec), options)
}

/// A simulated device with every property of the spec, as the simulator builds it.
pub fn sim_config(spec: &Spec) -> DeviceConfig {
    DeviceConfig::for_spec(spec)
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
            tracing::trace!(
                "{} wire <- {}",
                self.name,
                mms_dissect::values::hex(&buf[..n])
            );
        }
        Ok(n)
    }
}

impl<S: std::io::Write> std::io::Write for TracedStream<S> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        tracing::trace!(
            "{} wire -> {}",
            self.name,
            mms_dissect::values::hex(&buf[..n])
        );
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

/// A serial port like [`open_serial_with`]'s (115200 8N1, no flow control) whose raw bytes are traced.
fn traced_serial(
    path: &str,
    limits: &Limits,
) -> Result<SlipTransport<TracedStream<Box<dyn serialport::SerialPort>>>, TransportError> {
    let name = serial_name(path);
    let port = open_serial_port(path)?;
    let stream = TracedStream {
        inner: port,
        name: name.clone(),
    };
    Ok(SlipTransport::with_limits(
        stream,
        SlipRole::Host,
        name,
        limits,
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

/// Moves device options given before the subcommand (`mms --sim send echo`)
/// to the end of the arguments, where the subcommand reads them
/// (`mms send echo --sim`). Only the words before the subcommand are looked
/// at, so a subcommand's own `--hid` (`mms decode --hid`) is left alone.
pub fn hoist_device_options(args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    const WITH_VALUE: [&str; 6] = [
        "--serial",
        "--ws",
        "--ws-ca",
        "--response-timeout",
        "--max-message-bytes",
        "--reassembly-timeout",
    ];
    const GLOBAL_WITH_VALUE: [&str; 1] = ["--spec"];
    let mut front = Vec::with_capacity(args.len());
    let mut moved = Vec::new();
    let mut words = args.into_iter();
    front.extend(words.next());
    while let Some(word) = words.next() {
        let Some(text) = word.to_str() else {
            front.push(word);
            break;
        };
        let name = text.split_once('=').map_or(text, |(n, _)| n);
        let device = name == "--sim" || name == "--hid" || WITH_VALUE.contains(&name);
        let target = if device { &mut moved } else { &mut front };
        let takes_value = (WITH_VALUE.contains(&text) || GLOBAL_WITH_VALUE.contains(&text))
            && !text.contains('=');
        let option = text.starts_with('-') && text != "-" && text != "--";
        target.push(word);
        if takes_value {
            target.extend(words.next());
        } else if !option {
            break; // the subcommand
        }
    }
    front.extend(words);
    front.extend(moved);
    front
}

/// The link `--capture` records for the chosen transport.
pub fn capture_link(args: &TransportArgs) -> mms_capture::Link {
    if args.serial.is_some() {
        mms_capture::Link::Serial
    } else if args.ws.is_some() {
        mms_capture::Link::WebSocket
    } else {
        // --hid, and --sim (whose in-process link carries HID reports).
        mms_capture::Link::Hid
    }
}

#[cfg(test)]
mod tests {
    use super::hoist_device_options;

    fn hoist(line: &str) -> String {
        let args = line.split(' ').map(Into::into).collect();
        let out: Vec<String> = hoist_device_options(args)
            .into_iter()
            .map(|w| w.into_string().unwrap())
            .collect();
        out.join(" ")
    }

    #[test]
    fn device_options_move_behind_the_subcommand() {
        assert_eq!(hoist("mms --sim send echo"), "mms send echo --sim");
        assert_eq!(
            hoist("mms -v --serial /dev/pts/3 --spec d props get 1.1 --json"),
            "mms -v --spec d props get 1.1 --json --serial /dev/pts/3"
        );
        assert_eq!(
            hoist("mms --ws=ws://h:1 --hid listen"),
            "mms listen --ws=ws://h:1 --hid"
        );
        assert_eq!(hoist("mms decode --hid AA"), "mms decode --hid AA");
        assert_eq!(hoist("mms send echo --sim"), "mms send echo --sim");
    }
}
