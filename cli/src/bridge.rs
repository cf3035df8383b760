//! `mms bridge`: publishes a local reader (`--hid`, `--serial`, `--sim`) on an
//! MQTT broker under the manual's topics, with a retained online/offline
//! status (the offline one as MQTT last will), serving remote clients one
//! command at a time.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use mms_runtime::mqtt::{identify, Bridge, BridgeEvent, BridgeOptions};
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};

/// Arguments of `mms bridge`.
#[derive(clap::Args, Debug)]
pub struct BridgeArgs {
    /// The reader to publish (`--hid`, `--serial` or `--sim`) and the broker
    /// (`--mqtt URL` with its credentials and certificates).
    #[command(flatten)]
    pub transport: TransportArgs,
    /// Also serve commands that change firmware, keys, certificates or the
    /// security state (refused by default with status 80 02 02 00).
    #[arg(long)]
    pub allow_security_commands: bool,
    /// Model name for the topics instead of the one the reader reports.
    #[arg(long, value_name = "NAME")]
    pub model: Option<String>,
    /// Serial number for the topics instead of the one the reader reports.
    #[arg(long, value_name = "SERIAL")]
    pub serial_number: Option<String>,
    /// Stop after this many seconds (default: run until Ctrl-C).
    #[arg(long, value_name = "SECONDS")]
    pub duration: Option<f64>,
}

/// Runs `mms bridge` until Ctrl-C, `--duration`, or the reader goes away.
pub fn run(args: &BridgeArgs, spec: &Spec, verbose: bool) -> Result<()> {
    let Some(url) = args.transport.mqtt.clone() else {
        bail!("mms bridge needs --mqtt URL (the broker) and a reader: --hid, --serial or --sim");
    };
    if args.transport.reader.is_some() {
        bail!("--reader picks a remote reader; a bridge publishes a local one (--hid, --serial or --sim)");
    }
    let duration = match args.duration {
        Some(s) if !(s.is_finite() && s >= 0.0) => bail!("--duration must be a number of seconds"),
        Some(s) => Some(Duration::from_secs_f64(s.min(1e7))),
        None => None,
    };
    let mut mqtt = args.transport.mqtt_args.options(&url)?;
    mqtt.max_payload_len = connect::link_limits(&args.transport)?.max_message_len;
    let mut device_args = args.transport.clone();
    device_args.mqtt = None;
    let (mut device, _simulator) = connect::open_transport(&device_args, spec)?;
    let timeout = Duration::from_secs_f64(args.transport.response_timeout.clamp(0.1, 3600.0));
    let (model, serial) = match (&args.model, &args.serial_number) {
        (Some(m), Some(s)) => (m.clone(), s.clone()),
        (m, s) => {
            let (found_model, found_serial) = identify(device.as_mut(), timeout)
                .map_err(|e| anyhow!("{e}; give --model and --serial-number"))?;
            (
                m.clone().unwrap_or(found_model),
                s.clone().unwrap_or(found_serial),
            )
        }
    };
    let mut options = BridgeOptions::new(mqtt, &model, &serial);
    options.allow_security_commands = args.allow_security_commands;
    options.response_timeout = timeout;
    let topics = options.topics.clone();
    let bridge = Bridge::start(device, options, move |event| match event {
        BridgeEvent::Served { .. } if !verbose => {}
        other => eprintln!("bridge: {other}"),
    })
    .map_err(|e| anyhow!("{e}; check the broker URL, credentials and certificates"))?;
    println!("bridge: {model} {serial} on {}", url_without_password(&url));
    println!(
        "requests: {} (and {}/client/<id>)",
        topics.device, topics.device
    );
    println!("responses: {}", topics.server);
    println!("status: {}", topics.status());
    let stop = crate::listen::interrupted();
    let started = Instant::now();
    while !stop.load(Ordering::SeqCst)
        && bridge.is_running()
        && duration.is_none_or(|d| started.elapsed() < d)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    bridge
        .stop()
        .map_err(|e| anyhow!("the reader went away: {e}"))
}

/// The URL as printed: credentials dropped.
pub fn url_without_password(url: &str) -> String {
    mms_runtime::mqtt::BrokerUrl::parse(url).map_or_else(|_| url.to_owned(), |u| u.to_string())
}
