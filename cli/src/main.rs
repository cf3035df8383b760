#![doc = include_str!("../README.md")]

mod annotate;
mod connect;
mod demo;
mod devices;
mod encode;
mod family;
mod files;
mod input;
mod listen;
mod props;
mod render;
mod send;
mod simserve;

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Parser, Subcommand};
use mms_spec::Spec;
use serde_json::Value;

/// Decode, encode and talk to MagTek MMS card readers (DynaFlex, DynaProx) or
/// the built-in simulator.
#[derive(Parser, Debug)]
#[command(name = "mms", version, propagate_version = true)]
struct Cli {
    /// Trace every message sent and received to stderr; twice (`-vv`) also
    /// the raw bytes of serial links.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    verbose: u8,
    /// Use the spec in this directory instead of the one built in.
    #[arg(long, global = true, value_name = "DIR", env = "MMS_SPEC")]
    spec: Option<PathBuf>,
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand, Debug)]
enum Commands {
    /// Decode messages given as hex (arguments, or one per stdin line).
    Decode(DecodeArgs),
    /// Build a message from the JSON that `decode --json` prints; print its hex.
    Encode(EncodeArgs),
    /// Send a command from the spec (or a captured message) and print the response.
    Send(send::SendArgs),
    /// Get or set configuration properties.
    Props(props::PropsArgs),
    /// Send, get or describe files on the device.
    File(files::FileArgs),
    /// Print notifications as they arrive.
    Listen(listen::ListenArgs),
    /// List MagTek HID readers and serial ports.
    Devices,
    /// Run the simulator on a pseudo-terminal and/or WebSocket until interrupted.
    Sim(simserve::SimArgs),
    /// A guided tour against the built-in simulator.
    Demo(demo::DemoArgs),
}

#[derive(clap::Args, Debug)]
struct DecodeArgs {
    /// Messages in hex (spaces and 0x allowed; quote a message that has spaces). Arguments that
    /// are all single bytes (`AA 00 81 ...`) are one message. Read from stdin, one per line,
    /// when none are given.
    hex: Vec<String>,
    /// Print one JSON object per input instead of the annotated tree.
    #[arg(long)]
    json: bool,
    /// Exit non-zero when any input fails to decode or does not re-encode byte-identically.
    #[arg(long)]
    strict: bool,
    /// Inputs are 64-byte USB HID reports, one per line; messages are reassembled first.
    #[arg(long, conflicts_with = "slip")]
    hid: bool,
    /// Inputs are SLIP-framed serial bytes; frames are unwrapped first.
    #[arg(long)]
    slip: bool,
    /// The message family: `mms`, or `odynamo` for raw TLV messages (`C0 C1 C2 ...`).
    #[arg(long, value_enum, default_value_t = family::Family::Mms, conflicts_with_all = ["hid", "slip"])]
    family: family::Family,
}

#[derive(clap::Args, Debug)]
struct EncodeArgs {
    /// The JSON message; read from stdin when not given (one object per line, or one object).
    json: Option<String>,
}

/// How results are printed: the annotated tree or JSON lines.
pub struct Output {
    /// JSON lines instead of text.
    pub json: bool,
    /// Text rendering options.
    pub render: render::RenderOptions,
}

impl Output {
    /// Prints one decoded message.
    pub fn print(&self, value: &Value, spec: &Spec) {
        let text = if self.json {
            format!("{value}\n")
        } else {
            render::render(value, spec, self.render)
        };
        let mut out = std::io::stdout().lock();
        // A closed pipe (`mms decode | head`) is not worth a panic.
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
    }
}

fn load_spec(dir: Option<&PathBuf>) -> Result<Spec> {
    match dir {
        Some(dir) => Spec::load(dir).map_err(|e| {
            let first = e.to_string();
            let first = first.lines().next().unwrap_or("").to_string();
            anyhow!("cannot load the spec in {}: {first}", dir.display())
        }),
        None => Spec::builtin_files()
            .map_err(|e| anyhow!("the built-in spec does not load (a bug): {e}")),
    }
}

/// Non-blank lines of stdin with their line numbers.
fn stdin_lines() -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for (i, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.context("reading stdin")?;
        if !line.trim().is_empty() {
            out.push((format!("line {}", i + 1), line));
        }
    }
    Ok(out)
}

/// A single hex byte such as `AA`, `0x0a` or `7`.
fn is_one_byte(text: &str) -> bool {
    let digits = text
        .trim()
        .trim_start_matches("0x")
        .trim_start_matches("0X");
    (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_hexdigit())
}

fn run_decode(args: &DecodeArgs, spec: &Spec) -> Result<ExitCode> {
    let texts: Vec<(String, String)> = if args.hex.is_empty() {
        if std::io::stdin().is_terminal() {
            eprintln!("reading hex messages from stdin, one per line (Ctrl-D to end)");
        }
        stdin_lines()?
    } else if !args.hid
        && !args.slip
        && args.hex.len() > 1
        && args.hex.iter().all(|t| is_one_byte(t))
    {
        // No message is one byte long, so `mms decode AA 00 81 04 ...` (an unquoted capture)
        // means one message, not a list of one-byte messages.
        vec![("arguments".to_string(), args.hex.join(" "))]
    } else {
        args.hex
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.trim().is_empty())
            .map(|(i, t)| (format!("argument {}", i + 1), t.clone()))
            .collect()
    };
    let framing = if args.hid {
        input::Framing::Hid
    } else if args.slip {
        input::Framing::Slip
    } else {
        input::Framing::Plain
    };
    let output = Output {
        json: args.json,
        render: render::RenderOptions::default(),
    };
    let inputs = input::messages(texts, framing);
    if inputs.is_empty() {
        bail!("no input: give hex messages as arguments or on stdin");
    }
    let odynamo = match args.family {
        family::Family::Odynamo => Some(family::odynamo_spec()?),
        family::Family::Mms => None,
    };
    let mut bad = 0;
    for item in &inputs {
        let value = match (&item.bytes, &odynamo) {
            (Ok(bytes), Some(f)) => family::decode_json(bytes, f),
            (Ok(bytes), None) => annotate::decode_json(bytes, spec),
            (Err(why), _) => serde_json::json!({"ok": false, "error": why}),
        };
        let ok = value.get("ok") == Some(&Value::Bool(true))
            && value.get("roundtrip") == Some(&Value::Bool(true));
        if !ok {
            bad += 1;
        }
        if !args.json && inputs.len() > 1 {
            println!("# {}", item.origin);
        }
        match odynamo {
            Some(_) if !args.json => print!("{}", family::render(&value, output.render)),
            _ => output.print(&value, spec),
        }
    }
    if args.strict && bad > 0 {
        eprintln!(
            "mms: {bad} of {} inputs failed to decode or to re-encode byte-identically",
            inputs.len()
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn run_encode(args: &EncodeArgs, spec: &Spec) -> Result<()> {
    let text = match &args.json {
        Some(t) => t.clone(),
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .context("reading stdin")?;
            s
        }
    };
    // Either one JSON value (possibly spread over lines) or JSON lines.
    let values: Vec<Value> = match serde_json::from_str::<Value>(&text) {
        Ok(v) => vec![v],
        Err(_) => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                serde_json::from_str(l).map_err(|e| anyhow!("line {}: not valid JSON: {e}", i + 1))
            })
            .collect::<Result<_>>()?,
    };
    if values.is_empty() {
        bail!("no input: give a JSON message as an argument or on stdin");
    }
    for (i, v) in values.iter().enumerate() {
        let bytes = encode::encode(v, spec).map_err(|e| {
            if values.len() > 1 {
                anyhow!("message {}: {e:#}", i + 1)
            } else {
                anyhow!("{e:#}")
            }
        })?;
        println!("{}", mms_spec::format_hex(&bytes));
    }
    Ok(())
}

fn run(cli: Cli) -> Result<ExitCode> {
    let spec = load_spec(cli.spec.as_ref())?;
    let text_output = Output {
        json: false,
        render: render::RenderOptions::default(),
    };
    match &cli.command {
        Commands::Decode(args) => return run_decode(args, &spec),
        Commands::Encode(args) => run_encode(args, &spec)?,
        Commands::Send(args) => {
            let output = Output {
                json: args.json,
                ..text_output
            };
            send::run(args, &spec, &output)?
        }
        Commands::Props(args) => props::run(args, &spec)?,
        Commands::File(args) => files::run(args, &spec)?,
        Commands::Listen(args) => listen::run(args, &spec)?,
        Commands::Devices => devices::run()?,
        Commands::Sim(args) => simserve::run(args, &spec, cli.verbose > 0)?,
        Commands::Demo(args) => demo::run(args, &spec)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Set when stdout was closed under us (see the panic hook).
static BROKEN_PIPE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn main() -> ExitCode {
    // A bug must still end in one line, not a backtrace.
    std::panic::set_hook(Box::new(|info| {
        // `mms ... | head` closes stdout early: stop quietly, like other tools.
        if info.to_string().contains("Broken pipe") {
            BROKEN_PIPE.store(true, std::sync::atomic::Ordering::SeqCst);
            return;
        }
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("mms: internal error{place}: {what} (please report this)");
    }));
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    if cli.verbose > 0 {
        let level = if cli.verbose > 1 {
            tracing::Level::TRACE
        } else {
            tracing::Level::DEBUG
        };
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(level)
            .with_target(false)
            .with_ansi(std::io::stderr().is_terminal())
            .init();
    }
    match std::panic::catch_unwind(|| run(cli)) {
        Ok(Ok(code)) => code,
        Ok(Err(e)) => {
            eprintln!("mms: {}", one_line(&e));
            ExitCode::FAILURE
        }
        Err(_) if BROKEN_PIPE.load(std::sync::atomic::Ordering::SeqCst) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(101),
    }
}

/// Help and version go out as clap prints them; usage mistakes become one line.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let _ = e.print();
        return if e.use_stderr() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let text = e.render().to_string();
    // The first paragraph holds the message (a list of missing arguments
    // continues it on the next lines).
    let first: Vec<&str> = text
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect();
    let first = first.join(" ");
    let first = first.strip_prefix("error: ").unwrap_or(&first);
    eprintln!("mms: {first} (see `mms --help`)");
    ExitCode::from(2)
}

/// The error and its causes on one line.
fn one_line(e: &anyhow::Error) -> String {
    format!("{e:#}").replace('\n', " ")
}
