//! `mms sim`: serves the simulator on a pseudo-terminal and/or WebSocket.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
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
    /// `odynamo`: serve the oDynamo-style family on a loopback TCP port instead
    /// (prints `tcp: 127.0.0.1:PORT`).
    #[arg(long, value_enum, default_value_t = crate::family::Family::Mms, conflicts_with_all = ["pty", "ws"])]
    pub family: crate::family::Family,
    /// With `--family odynamo`: the TCP port (default: a free one).
    #[arg(long, default_value_t = 0, requires = "family")]
    pub port: u16,
}

/// Runs `mms sim` until Ctrl-C or a termination signal. With neither
/// `--pty` nor `--ws`, serves both.
pub fn run(args: &SimArgs, spec: &mms_spec::Spec, verbose: bool) -> Result<()> {
    if args.family == crate::family::Family::Odynamo {
        return crate::family::run_sim(args.port, verbose);
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
    let sim = Simulator::new(crate::connect::sim_config(spec));
    sim.set_trace(verbose);
    let mut out = std::io::stdout().lock();
    if pty {
        let path = sim
            .spawn_pty()
            .context("cannot open a pseudo-terminal (try --ws)")?;
        writeln!(out, "serial: {}", path.display())?;
    }
    if ws {
        let url = sim
            .spawn_ws()
            .context("cannot listen on 127.0.0.1 (try --pty)")?;
        writeln!(out, "ws: {url}")?;
    }
    out.flush()?;
    drop(out);
    print_events_until(&stop, verbose, || sim.take_events());
    sim.shutdown();
    Ok(())
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
