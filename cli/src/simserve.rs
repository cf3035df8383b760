//! `mms sim`: serves the simulator on a pseudo-terminal and/or WebSocket.

use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use mms_sim::Simulator;

/// Arguments of `mms sim`.
#[derive(clap::Args, Debug)]
pub struct SimArgs {
    /// Serve on a pseudo-terminal (SLIP framing); prints `serial: /dev/pts/N`.
    #[arg(long)]
    pub pty: bool,
    /// Serve over WebSocket on 127.0.0.1; prints `ws: ws://127.0.0.1:PORT`.
    #[arg(long)]
    pub ws: bool,
    /// Serve `wss://` instead of `ws://`: with --tls-cert and --tls-key, that
    /// certificate; otherwise one made now for 127.0.0.1, whose CA is written
    /// to a file printed as `ca: PATH` (give it to clients as --ws-ca).
    #[arg(long)]
    pub tls: bool,
    /// The server certificate chain (PEM) for --tls.
    #[arg(long, value_name = "FILE", requires_all = ["tls", "tls_key"])]
    pub tls_cert: Option<PathBuf>,
    /// The server certificate's private key (PEM) for --tls.
    #[arg(long, value_name = "FILE", requires_all = ["tls", "tls_cert"])]
    pub tls_key: Option<PathBuf>,
    /// Record every link's traffic to this pcapng file (serial and WebSocket as
    /// link-type-147 records; see `mms decode --pcap`).
    #[arg(long, value_name = "FILE")]
    pub capture: Option<PathBuf>,
    /// Run simulated WLAN readers on this MQTT broker instead; with no URL,
    /// on a broker embedded in this process (loopback, printed as `mqtt: URL`).
    #[arg(long, value_name = "URL", num_args = 0..=1, default_missing_value = "")]
    pub mqtt: Option<String>,
    /// How many simulated readers (with --mqtt); each has its own serial
    /// number and topics.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "mqtt")]
    pub readers: usize,
    /// Serial number of the first reader (hex, 4 bytes); the others count up.
    #[arg(
        long,
        value_name = "HEX",
        default_value = "B6000001",
        requires = "mqtt"
    )]
    pub first_serial: String,
    #[command(flatten)]
    pub mqtt_args: crate::mqtt::MqttArgs,
    /// `odynamo`: serve the oDynamo-style family on a loopback TCP port instead
    /// (prints `tcp: 127.0.0.1:PORT`).
    #[arg(long, value_enum, default_value_t = crate::family::Family::Mms, conflicts_with_all = ["pty", "ws"])]
    pub family: crate::family::Family,
    /// Make every firmware update fail this way: hash-mismatch, commit-fails,
    /// battery-low or up-to-date.
    #[arg(long, value_name = "FAULT", value_parser = parse_firmware_fault)]
    pub firmware_fault: Option<mms_sim::FirmwareFault>,
    /// Serve the pseudo-terminal under this name (a symbolic link, like
    /// /dev/ttyACM0): it goes away while the device resets after a firmware
    /// commit and comes back (`/dev/pts/N` cannot).
    #[arg(long, value_name = "PATH")]
    pub pty_link: Option<PathBuf>,
    /// What the simulated cardholder does when asked to sign: `signs`,
    /// `times-out` (the device reports a timeout) or `no-hardware`.
    #[arg(long, value_enum, default_value_t = SignatureFault::Signs)]
    pub signature: SignatureFault,
    /// Simulate a reader without a display: a transaction first asks the host
    /// to have the cardholder choose (notification 0x1803; `mms ui select`).
    #[arg(long)]
    pub no_display: bool,
    /// With `--family odynamo`: the TCP port (default: a free one).
    #[arg(long, default_value_t = 0, requires = "family")]
    pub port: u16,
}

fn parse_firmware_fault(text: &str) -> Result<mms_sim::FirmwareFault, String> {
    mms_sim::FirmwareFault::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = mms_sim::FirmwareFault::NAMES
            .iter()
            .map(|(n, _)| *n)
            .collect();
        format!("unknown firmware fault; one of: {}", names.join(", "))
    })
}

/// `mms sim --signature`: the simulated cardholder's answer to 0x1801.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignatureFault {
    /// Signs with a few pen strokes.
    Signs,
    /// Never signs: the device reports a timeout.
    TimesOut,
    /// The touch hardware is missing.
    NoHardware,
}

/// The simulated device `mms sim` serves, with its UI faults.
fn device_config(args: &SimArgs, spec: &mms_spec::Spec) -> mms_sim::DeviceConfig {
    let mut config = crate::connect::sim_config(spec);
    config.ui.signature = match args.signature {
        SignatureFault::Signs => mms_sim::SignatureOutcome::Signs,
        SignatureFault::TimesOut => mms_sim::SignatureOutcome::TimesOut,
        SignatureFault::NoHardware => mms_sim::SignatureOutcome::NoHardware,
    };
    if args.no_display {
        config.ui.selection = Some(mms_sim::default_selection());
    }
    config
}

/// Runs `mms sim` until Ctrl-C or a termination signal. With neither
/// `--pty` nor `--ws`, serves both.
pub fn run(args: &SimArgs, spec: &mms_spec::Spec, verbose: bool) -> Result<()> {
    if args.family == crate::family::Family::Odynamo {
        return run_odynamo_sim(args.port, verbose);
    }
    if let Some(url) = &args.mqtt {
        return run_mqtt(args, url, spec, verbose);
    }
    if args.tls && args.pty && !args.ws {
        bail!("--tls applies to the WebSocket server: add --ws");
    }
    let (pty, ws) = if args.pty || args.ws {
        (args.pty, args.ws)
    } else {
        (true, true)
    };
    let stop = Arc::new(AtomicBool::new(false));
    let setter = stop.clone();
    ctrlc::set_handler(move || setter.store(true, Ordering::SeqCst))
        .context("cannot install the Ctrl-C handler")?;
    let sim = Simulator::new(device_config(args, spec));
    sim.set_trace(verbose);
    sim.set_firmware_fault(args.firmware_fault);
    let capture = args
        .capture
        .as_deref()
        .map(crate::capture::CaptureFile::create)
        .transpose()?;
    if let Some(file) = &capture {
        sim.set_observer(crate::capture::sim_observer(file.recorder.clone()));
    }
    let mut out = std::io::stdout().lock();
    if pty {
        let path = match &args.pty_link {
            Some(link) => sim.spawn_pty_at(link),
            None => sim.spawn_pty(),
        }
        .context("cannot open a pseudo-terminal (try --ws)")?;
        writeln!(out, "serial: {}", path.display())?;
    }
    let mut written_ca = None;
    if ws && args.tls {
        let (cert, key, ca) = server_certificate(args)?;
        let url = sim
            .spawn_wss(&cert, &key)
            .context("cannot serve wss:// on 127.0.0.1")?;
        writeln!(out, "ws: {url}")?;
        if let Some(ca) = &ca {
            writeln!(out, "ca: {}", ca.display())?;
        }
        written_ca = ca;
    } else if ws {
        let url = sim
            .spawn_ws()
            .context("cannot listen on 127.0.0.1 (try --pty)")?;
        writeln!(out, "ws: {url}")?;
    }
    out.flush()?;
    drop(out);
    print_events_until(&stop, verbose, || sim.take_events());
    sim.shutdown();
    drop(capture);
    if let Some(dir) = written_ca.as_deref().and_then(std::path::Path::parent) {
        let _ = std::fs::remove_dir_all(dir);
    }
    Ok(())
}

/// The `wss://` server's certificate and key (PEM): the files given, or a
/// fresh CA-signed pair for 127.0.0.1 whose CA goes to a new file in the
/// temporary directory (its path is the third value; removed on exit).
fn server_certificate(args: &SimArgs) -> Result<(Vec<u8>, Vec<u8>, Option<PathBuf>)> {
    if let (Some(cert), Some(key)) = (&args.tls_cert, &args.tls_key) {
        let read = |p: &std::path::Path| {
            std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))
        };
        return Ok((read(cert)?, read(key)?, None));
    }
    let certs = mms_sim::broker::TestCerts::generate()
        .map_err(|e| anyhow::anyhow!("cannot make a certificate: {e}"))?;
    let dir = std::env::temp_dir().join(format!("mms-sim-{}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let ca = dir.join("ca.pem");
    std::fs::write(&ca, &certs.ca).with_context(|| format!("cannot write {}", ca.display()))?;
    Ok((
        certs.server_cert.into_bytes(),
        certs.server_key.into_bytes(),
        Some(ca),
    ))
}

/// Prints a simulator's events on stderr (messages only when `verbose`) until `stop` is set.
pub fn print_events_until(stop: &AtomicBool, verbose: bool, take_events: impl Fn() -> Vec<String>) {
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(50));
        for event in take_events() {
            if verbose || !event.starts_with("<-") && !event.starts_with("->") {
                eprintln!("sim: {event}");
            }
        }
    }
}

/// `mms sim --mqtt [URL] --readers N`: simulated WLAN readers on a broker.
fn run_mqtt(args: &SimArgs, url: &str, spec: &mms_spec::Spec, verbose: bool) -> Result<()> {
    use anyhow::anyhow;
    if args.pty || args.ws || args.tls {
        bail!(
            "--mqtt runs WLAN readers on a broker; it does not combine with --pty, --ws or --tls"
        );
    }
    if args.readers == 0 || args.readers > 10_000 {
        bail!("--readers must be between 1 and 10000");
    }
    let first = u32::from_str_radix(args.first_serial.trim_start_matches("0x"), 16)
        .map_err(|_| anyhow!("--first-serial must be 8 hex digits, such as B6000001"))?;
    let url = if url.is_empty() {
        let broker = mms_sim::broker::EmbeddedBroker::start()
            .context("cannot start the embedded MQTT broker")?;
        broker.url()
    } else {
        url.to_owned()
    };
    let mqtt = args.mqtt_args.options(&url)?;
    let stop = crate::listen::interrupted();
    let readers = mms_sim::mqtt::start_readers(
        &device_config(args, spec),
        &mqtt,
        args.readers,
        first,
        move |serial, event| match event {
            mms_runtime::mqtt::BridgeEvent::Served { .. } if !verbose => {}
            other => eprintln!("sim {serial}: {other}"),
        },
    )
    .map_err(|e| anyhow!("{e}; check the broker URL, credentials and certificates"))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "mqtt: {}", crate::bridge::url_without_password(&url))?;
    for reader in &readers {
        let id = &reader.identity;
        writeln!(
            out,
            "reader: {} {} {}",
            id.model, id.serial, id.topics.device
        )?;
    }
    out.flush()?;
    drop(out);
    while !stop.load(Ordering::SeqCst) {
        std::thread::sleep(Duration::from_millis(50));
    }
    for reader in readers {
        let _ = reader.stop();
    }
    Ok(())
}

/// `mms sim --family odynamo`: the simulated device on a loopback TCP port until Ctrl-C.
fn run_odynamo_sim(port: u16, verbose: bool) -> Result<()> {
    use mms_sim::odynamo::{OdynamoConfig, OdynamoSimulator};
    let stop = Arc::new(AtomicBool::new(false));
    let setter = stop.clone();
    ctrlc::set_handler(move || setter.store(true, Ordering::SeqCst))
        .context("cannot install the Ctrl-C handler")?;
    let config = OdynamoConfig {
        bind: std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        ..OdynamoConfig::default()
    };
    let sim = OdynamoSimulator::spawn(config)
        .with_context(|| format!("cannot listen on 127.0.0.1:{port}"))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "tcp: {}", sim.addr())?;
    out.flush()?;
    drop(out);
    print_events_until(&stop, verbose, || sim.take_events());
    sim.shutdown();
    Ok(())
}
