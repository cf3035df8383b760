//! `mms listen`: prints notifications as they arrive, decoded like `decode`.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use std::sync::mpsc::RecvTimeoutError;

use anyhow::{anyhow, bail, Result};
use mms_runtime::Event;
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};
use crate::Output;

/// Arguments of `mms listen`.
#[derive(clap::Args, Debug)]
pub struct ListenArgs {
    /// Stop after this many notifications.
    #[arg(long, value_name = "N")]
    pub count: Option<usize>,
    /// Stop after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Print JSON lines (the shape of `decode --json`).
    #[arg(long)]
    pub json: bool,
    /// First send this message (hex), for example a Start Transaction request,
    /// and print its response.
    #[arg(long, value_name = "HEX")]
    pub send: Option<String>,
    #[command(flatten)]
    pub transport: TransportArgs,
}

/// Set by Ctrl-C.
pub fn interrupted() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let setter = flag.clone();
    // Fails only when a handler is already installed; then Ctrl-C ends the process as usual.
    let _ = ctrlc::set_handler(move || setter.store(true, Ordering::SeqCst));
    flag
}

/// Runs `mms listen`.
pub fn run(args: &ListenArgs, spec: &Spec) -> Result<()> {
    let output = Output {
        json: args.json,
        render: mms_dissect::RenderOptions::default(),
    };
    let first = match &args.send {
        Some(hex) => Some(crate::input::parse_hex(hex).map_err(|e| anyhow!("--send: {e}"))?),
        None => None,
    };
    let timeout = match args.timeout {
        Some(t) if !(t.is_finite() && t >= 0.0) => bail!("--timeout must be a number of seconds"),
        Some(t) => Some(Duration::from_secs_f64(t.min(1e7))),
        None => None,
    };
    let conn = connect::connect(&args.transport, spec, None)?;
    let stop = interrupted();
    let start = Instant::now();
    if let Some(message) = first {
        if let Some(reply) = conn
            .client
            .send_raw(&message)
            .map_err(connect::call_error)?
        {
            output.print(&mms_dissect::dissect(&reply.envelope.encode(), spec), spec);
        }
    }
    if !args.json && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        eprintln!(
            "listening on {} (Ctrl-C to stop)",
            conn.client.transport_name()
        );
    }
    let mut seen = 0;
    while args.count.is_none_or(|n| seen < n) && !stop.load(Ordering::SeqCst) {
        let mut wait = Duration::from_millis(100);
        if let Some(limit) = timeout {
            let left = limit.saturating_sub(start.elapsed());
            if left.is_zero() {
                if let Some(n) = args.count {
                    bail!(
                        "only {seen} of {n} notifications arrived within {:?}",
                        limit
                    );
                }
                break;
            }
            wait = wait.min(left);
        }
        match conn.events.recv_timeout(wait) {
            Ok(Event::Notification(mms_runtime::DeviceNotification { envelope, .. }))
            | Ok(Event::UndecodedNotification { envelope, .. }) => {
                output.print(&mms_dissect::dissect(&envelope.encode(), spec), spec);
                seen += 1;
            }
            Ok(Event::Disconnected(why)) => bail!("the connection closed: {why}"),
            Ok(Event::Dropped(e)) => eprintln!("warning: dropped input: {e}"),
            Ok(Event::Undecodable { bytes, error }) => {
                eprintln!(
                    "warning: undecodable message {} ({error})",
                    mms_dissect::values::hex(&bytes)
                )
            }
            Ok(other) => tracing::debug!("not a notification: {other:?}"),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => bail!("the connection closed"),
        }
    }
    Ok(())
}
