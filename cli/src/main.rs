#![doc = include_str!("../README.md")]

mod bridge;
mod capture;
mod connect;
mod demo;
mod devices;
mod family;
mod files;
mod firmware;
mod fleet;
mod input;
mod listen;
mod mqtt;
mod parallel;
mod props;
mod script;
mod security;
mod send;
mod simserve;
mod txdata;
mod ui;

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, bail, Result};
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
    /// Update the device's firmware (load 0xD801, commit 0xD901), following its reset.
    Firmware(firmware::FirmwareArgs),
    /// Run a command script (JSON array of `VERB,argument`), or check one without a device.
    Script(script::ScriptArgs),
    /// List MagTek HID readers and serial ports.
    Devices,
    /// Run the simulator on a pseudo-terminal and/or WebSocket until interrupted.
    Sim(simserve::SimArgs),
    /// A guided tour against the built-in simulator.
    Demo(demo::DemoArgs),
    /// Decode ARQC or batch data (as a 0x0101 notification carries it); decrypt it with --bdk.
    Arqc(txdata::ArqcArgs),
    /// Publish a local reader (--hid, --serial, --sim) on an MQTT broker.
    Bridge(bridge::BridgeArgs),
    /// List the readers on an MQTT broker, or send one command to many.
    Fleet(fleet::FleetArgs),
    /// Have the device make a key pair and a certificate signing request; write the CSR as PEM.
    Csr(security::CsrArgs),
    /// Show what the device's key slots hold (0xEF11), decoded.
    Keyinfo(security::KeyInfoArgs),
    /// Get a challenge for a secured command (0xE001).
    Challenge(security::ChallengeArgs),
    /// Load trust configuration or certificate files.
    Trust(security::TrustArgs),
    /// The reader's display, buzzer, signature capture and cardholder selection.
    Ui(ui::UiArgs),
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
    /// Also exit non-zero when a message does not re-encode byte-identically (a failed
    /// decode always does).
    #[arg(long)]
    strict: bool,
    /// Inputs are 64-byte USB HID reports, one per line; messages are reassembled first.
    #[arg(long, conflicts_with = "slip")]
    hid: bool,
    /// Inputs are SLIP-framed serial bytes; frames are unwrapped first.
    #[arg(long)]
    slip: bool,
    #[command(flatten)]
    limits: input::Limits,
    /// Read a pcap or pcapng capture: USB (Linux usbmon, Windows USBPcap) or one `--capture` wrote.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["hex", "hid", "slip"])]
    pcap: Option<PathBuf>,
    /// With --pcap: decode this USB device (bus.address, as Wireshark shows it), whatever its
    /// descriptors say.
    #[arg(long, value_name = "BUS.ADDR", requires = "pcap")]
    device: Option<String>,
    /// With --slip: read this raw serial byte log (both directions) instead of hex text.
    #[arg(long, value_name = "FILE", requires = "slip", conflicts_with = "hex")]
    log: Option<PathBuf>,
    /// The message family: `mms`, or `odynamo` for raw TLV messages (`C0 C1 C2 ...`).
    #[arg(long, value_enum, default_value_t = family::Family::Mms, conflicts_with_all = ["hid", "slip"])]
    family: family::Family,
    /// Decrypt the encrypted containers met (transaction data) and list them by EMV tag name.
    #[command(flatten)]
    keys: txdata::KeyArgs,
    /// Decode standard input on this many threads (default: one per core). The output is the
    /// same as one thread's, in input order; --hid and --slip input is read on one thread.
    #[arg(long, value_name = "N")]
    threads: Option<std::num::NonZeroUsize>,
}

#[derive(clap::Args, Debug)]
struct EncodeArgs {
    /// The JSON message; read from stdin when not given (one object per line, or one object).
    json: Option<String>,
    #[command(flatten)]
    limits: input::Limits,
}

/// How results are printed: the annotated tree or JSON lines.
pub struct Output {
    /// JSON lines instead of text.
    pub json: bool,
    /// Text rendering options.
    pub render: mms_dissect::RenderOptions,
}

impl Output {
    /// Prints one decoded message.
    pub fn print(&self, value: &Value, spec: &Spec) {
        self.write(&self.text(value, spec));
    }

    /// The text [`Output::print`] prints for one decoded message.
    pub fn text(&self, value: &Value, spec: &Spec) -> String {
        if self.json {
            format!("{value}\n")
        } else {
            mms_dissect::render(value, spec, self.render)
        }
    }

    /// Writes text to stdout and flushes it, so output streams line by line.
    pub fn write(&self, text: &str) {
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

/// A single hex byte such as `AA`, `0x0a` or `7`.
fn is_one_byte(text: &str) -> bool {
    let digits = text
        .trim()
        .trim_start_matches("0x")
        .trim_start_matches("0X");
    (1..=2).contains(&digits.len()) && digits.chars().all(|c| c.is_ascii_hexdigit())
}

/// Decodes and prints one input as soon as it is complete; counts failures.
struct Decoder<'a, W> {
    spec: &'a Spec,
    /// Writes the JSON of each message (indexed spec lookups, reused scratch space).
    dissector: mms_dissect::Dissector<'a>,
    /// `--family odynamo`: decode with that family's spec instead of the MMS one.
    family: Option<mms_spec::FamilySpec>,
    output: Output,
    /// Where the output goes: standard output, locked once, flushed when the input runs dry
    /// (see `run_decode`), not at each line; or a worker's buffer (see [`parallel`]).
    out: W,
    /// One message's JSON, reused from one message to the next.
    json: Vec<u8>,
    strict: bool,
    headers: bool,
    keys: txdata::KeyArgs,
    key: Option<mms_dukpt::KeySource>,
    inputs: u64,
    bad: u64,
}

/// Where a [`Decoder`] writes: a byte buffer (a worker's, see [`parallel`]) takes the JSON
/// written straight into it; other writers get it copied from the decoder's own buffer.
trait Sink: Write {
    fn buffer(&mut self) -> Option<&mut Vec<u8>> {
        None
    }
}

impl Sink for Vec<u8> {
    fn buffer(&mut self) -> Option<&mut Vec<u8>> {
        Some(self)
    }
}

impl<W: Write> Sink for std::io::BufWriter<W> {}

impl<'a, W: Sink> Decoder<'a, W> {
    fn new(
        args: &DecodeArgs,
        spec: &'a Spec,
        family: &Option<mms_spec::FamilySpec>,
        key: &Option<mms_dukpt::KeySource>,
        out: W,
    ) -> Self {
        Decoder {
            spec,
            dissector: mms_dissect::Dissector::new(spec),
            json: Vec::new(),
            family: family.clone(),
            output: Output {
                json: args.json,
                render: mms_dissect::RenderOptions::default(),
            },
            out,
            strict: args.strict,
            headers: args.hex.len() > 1 || args.hex.is_empty(),
            keys: args.keys.clone(),
            key: key.clone(),
            inputs: 0,
            bad: 0,
        }
    }

    fn show(&mut self, item: input::Input<'_>) {
        self.inputs += 1;
        // The common case, `--json` of MMS messages without keys: the dissector's JSON
        // goes straight to the output, no tree.
        if let (true, None, None, Ok(bytes)) =
            (self.output.json, &self.family, &self.key, &item.bytes)
        {
            let direct = self.out.buffer();
            let json = match direct {
                Some(out) => out,
                None => {
                    self.json.clear();
                    &mut self.json
                }
            };
            let bad = match self.dissector.write_json(bytes, json) {
                mms_dissect::Dissected::Decoded { roundtrip } => self.strict && !roundtrip,
                mms_dissect::Dissected::Failed => true,
            };
            json.push(b'\n');
            self.bad += u64::from(bad);
            if self.out.buffer().is_none() {
                // A closed pipe (`mms decode | head`) is not worth a panic: write errors are
                // ignored.
                let _ = self.out.write_all(&self.json);
            }
            return;
        }
        let value = match (&item.bytes, &self.family) {
            (Ok(bytes), Some(family)) => family::decode_json(bytes, family),
            (Ok(bytes), None) => {
                self.json.clear();
                self.dissector.write_json(bytes, &mut self.json);
                serde_json::from_slice(&self.json).unwrap_or_default()
            }
            (Err(why), _) => serde_json::json!({"ok": false, "error": why}),
        };
        let decoded = value.get("ok") == Some(&Value::Bool(true));
        if !decoded || (self.strict && !mms_dissect::is_exact(&value)) {
            self.bad += 1;
        }
        // `--bdk` / `--ipek`: encrypted containers met in the message, decrypted and named.
        let decrypted = match (&item.bytes, &self.family) {
            (Ok(bytes), None) => txdata::decrypted_listing(bytes, self.key.as_ref(), &self.keys),
            _ => None,
        };
        // A closed pipe (`mms decode | head`) is not worth a panic: write errors are ignored.
        if self.output.json {
            let mut value = value;
            if let Some(listing) = decrypted {
                value["decrypted"] = Value::from(listing);
            }
            let _ = serde_json::to_writer(&mut self.out, &value);
            let _ = self.out.write_all(b"\n");
            return;
        }
        if self.headers {
            let _ = writeln!(self.out, "# {}", item.origin);
        }
        let text = match &self.family {
            Some(_) => family::render(&value, self.output.render),
            None => self.output.text(&value, self.spec),
        };
        let _ = self.out.write_all(text.as_bytes());
        if let Some(listing) = decrypted {
            let indented: String = listing.lines().map(|l| format!("  {l}\n")).collect();
            let _ = write!(self.out, "decrypted (EMV tags):\n{indented}");
        }
    }

    /// Line `n` of standard input.
    fn line(&mut self, unframer: &mut input::Unframer, n: u64, text: &str) {
        unframer.push(&format_args!("line {n}"), text, |i| self.show(i));
    }

    /// A line that could not be read: shown like a failed decode.
    fn unreadable(&mut self, why: &input::LineError) {
        self.inputs += 1;
        self.bad += 1;
        let value = serde_json::json!({"ok": false, "error": why.to_string()});
        let _ = self
            .out
            .write_all(self.output.text(&value, self.spec).as_bytes());
    }

    /// Sends what was printed so far.
    fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

fn run_decode(args: &DecodeArgs, spec: &Spec) -> Result<ExitCode> {
    let source = match (&args.pcap, &args.log) {
        (Some(path), _) => Some(capture::Source::Pcap(path, args.device.as_deref())),
        (None, Some(path)) => Some(capture::Source::SlipLog(path)),
        (None, None) => None,
    };
    if let Some(source) = source {
        let output = Output {
            json: args.json,
            render: mms_dissect::RenderOptions::default(),
        };
        return capture::decode(source, &output, args.strict, spec);
    }
    let framing = if args.hid {
        input::Framing::Hid
    } else if args.slip {
        input::Framing::Slip
    } else {
        input::Framing::Plain
    };
    let family = match args.family {
        family::Family::Odynamo => Some(family::odynamo_spec()?),
        family::Family::Mms => None,
    };
    let key = args.keys.source()?;
    let threads = args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    );
    if args.hex.is_empty() && framing == input::Framing::Plain && threads > 1 {
        return decode_on_threads(args, threads, || LineWorker {
            unframer: input::Unframer::new(framing),
            decoder: Decoder::new(args, spec, &family, &key, Vec::new()),
        });
    }
    let mut unframer = input::Unframer::new(framing);
    let stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    let mut decoder = Decoder::new(args, spec, &family, &key, stdout);
    let mut stopped = None;
    if args.hex.is_empty() {
        // Each line is decoded and printed before the next is read: memory stays flat.
        // Output is flushed whenever the input read so far is used up, so it streams
        // (nothing waits in the buffer while we wait for input) without a write per line.
        let mut lines = stdin_lines(args);
        while let Some(line) = lines.next_text() {
            match line {
                Ok((_, text)) if text.trim().is_empty() => {}
                Ok((n, text)) => decoder.line(&mut unframer, n, text),
                Err(e) if e.is_fatal() => stopped = Some(e),
                Err(e) => decoder.unreadable(&e),
            }
            if lines.input_drained() {
                decoder.flush();
            }
        }
    } else if !args.hid
        && !args.slip
        && args.hex.len() > 1
        && args.hex.iter().all(|t| is_one_byte(t))
    {
        // No message is one byte long, so `mms decode AA 00 81 04 ...` (an unquoted capture)
        // means one message, not a list of one-byte messages.
        decoder.headers = false;
        unframer.push(&"arguments", &args.hex.join(" "), |i| decoder.show(i));
    } else {
        for (i, text) in args.hex.iter().enumerate() {
            if !text.trim().is_empty() {
                unframer.push(&format_args!("argument {}", i + 1), text, |i| {
                    decoder.show(i)
                });
            }
        }
    }
    unframer.finish(|i| decoder.show(i));
    decoder.flush();
    decode_status(args, stopped, decoder.inputs, decoder.bad)
}

/// What ends `mms decode`: the fatal input error, no input at all, or how many failed.
fn decode_status(
    args: &DecodeArgs,
    stopped: Option<input::LineError>,
    inputs: u64,
    bad: u64,
) -> Result<ExitCode> {
    if let Some(e) = stopped {
        bail!("{e}");
    }
    if inputs == 0 {
        bail!("no input: give hex messages as arguments or on stdin");
    }
    if bad > 0 {
        let what = if args.strict {
            "failed to decode or to re-encode byte-identically"
        } else {
            "failed to decode"
        };
        eprintln!("mms: {bad} of {inputs} inputs {what}");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// One thread of [`parallel::decode`]: a decoder writing into a buffer.
struct LineWorker<'a> {
    unframer: input::Unframer,
    decoder: Decoder<'a, Vec<u8>>,
}

impl parallel::Worker for LineWorker<'_> {
    fn line(&mut self, n: u64, text: &str) {
        self.decoder.line(&mut self.unframer, n, text);
    }

    fn unreadable(&mut self, error: &input::LineError) {
        self.decoder.unreadable(error);
    }

    fn swap_output(&mut self, buffer: &mut Vec<u8>) {
        std::mem::swap(&mut self.decoder.out, buffer);
    }
}

/// The lines of standard input within `args`' limits (saying so when it is a terminal).
fn stdin_lines(args: &DecodeArgs) -> input::Lines<std::io::BufReader<std::io::Stdin>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprintln!("reading hex messages from stdin, one per line (Ctrl-D to end)");
    }
    input::Lines::new(
        std::io::BufReader::with_capacity(64 * 1024, stdin),
        args.limits,
    )
}

/// `mms decode` of standard input, one line per message, on `threads` threads.
fn decode_on_threads<'a>(
    args: &DecodeArgs,
    threads: usize,
    new_worker: impl Fn() -> LineWorker<'a>,
) -> Result<ExitCode> {
    let mut lines = stdin_lines(args);
    let workers = (0..threads).map(|_| new_worker()).collect();
    let (workers, stopped) = parallel::decode(&mut lines, workers, std::io::stdout());
    if workers.len() != threads {
        bail!("a decoding thread failed (a bug); the output is incomplete");
    }
    let inputs = workers.iter().map(|w| w.decoder.inputs).sum();
    let bad = workers.iter().map(|w| w.decoder.bad).sum();
    decode_status(args, stopped, inputs, bad)
}

/// Encodes one JSON value and prints its hex.
fn encode_one(value: &Value, spec: &Spec, label: Option<String>) -> Result<()> {
    let bytes = mms_dissect::encode(value, spec).map_err(|e| match label {
        Some(label) => anyhow!("{label}: {e}"),
        None => anyhow!("{e}"),
    })?;
    println!("{}", mms_spec::format_hex(&bytes));
    Ok(())
}

fn run_encode(args: &EncodeArgs, spec: &Spec) -> Result<()> {
    if let Some(text) = &args.json {
        let value =
            serde_json::from_str::<Value>(text).map_err(|e| anyhow!("not valid JSON: {e}"))?;
        return encode_one(&value, spec, None);
    }
    // One JSON value (possibly spread over lines) or JSON lines, read as a stream
    // within the limits: each message is printed before the next is read.
    let lines = input::Lines::new(std::io::stdin().lock(), args.limits);
    let mut reader = LineReader::new(lines);
    let mut count = 0;
    let stream = serde_json::Deserializer::from_reader(&mut reader).into_iter::<Value>();
    for value in stream {
        let value = value.map_err(|e| {
            reader_error(&e).unwrap_or_else(|| anyhow!("line {}: not valid JSON: {e}", e.line()))
        })?;
        count += 1;
        encode_one(&value, spec, Some(format!("message {count}")))?;
    }
    if let Some(e) = reader.error.take() {
        bail!("{e}");
    }
    if count == 0 {
        bail!("no input: give a JSON message as an argument or on stdin");
    }
    Ok(())
}

/// The input error behind a JSON error, if it was one.
fn reader_error(e: &serde_json::Error) -> Option<anyhow::Error> {
    e.io_error_kind()?;
    Some(anyhow!("{e}"))
}

/// Bytes of [`input::Lines`] (lines joined by `\n`), for a streaming JSON reader;
/// a line that cannot be read ends the input with its error.
struct LineReader<R> {
    lines: input::Lines<R>,
    pending: Vec<u8>,
    at: usize,
    error: Option<input::LineError>,
}

impl<R: BufRead> LineReader<R> {
    fn new(lines: input::Lines<R>) -> Self {
        Self {
            lines,
            pending: Vec::new(),
            at: 0,
            error: None,
        }
    }
}

impl<R: BufRead> Read for LineReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.pending.len() {
            match self.lines.next() {
                None => return Ok(0),
                Some(Ok((_, text))) => {
                    self.pending = text.into_bytes();
                    self.pending.push(b'\n');
                    self.at = 0;
                }
                Some(Err(e)) => {
                    let text = e.to_string();
                    self.error = Some(e);
                    return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, text));
                }
            }
        }
        let n = buf.len().min(self.pending.len() - self.at);
        buf[..n].copy_from_slice(&self.pending[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    let spec = load_spec(cli.spec.as_ref())?;
    let text_output = Output {
        json: false,
        render: mms_dissect::RenderOptions::default(),
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
        Commands::Firmware(args) => firmware::run(args, &spec)?,
        Commands::Script(args) => script::run(args, &spec)?,
        Commands::Listen(args) => listen::run(args, &spec)?,
        Commands::Devices => devices::run()?,
        Commands::Sim(args) => simserve::run(args, &spec, cli.verbose > 0)?,
        Commands::Demo(args) => demo::run(args, &spec)?,
        Commands::Arqc(args) => txdata::run_arqc(args)?,
        Commands::Bridge(args) => bridge::run(args, &spec, cli.verbose > 0)?,
        Commands::Fleet(args) => fleet::run(args, &spec)?,
        Commands::Csr(args) => security::run_csr(args, &spec)?,
        Commands::Keyinfo(args) => security::run_keyinfo(args, &spec)?,
        Commands::Challenge(args) => security::run_challenge(args, &spec)?,
        Commands::Trust(args) => security::run_trust(args, &spec)?,
        Commands::Ui(args) => ui::run(args, &spec)?,
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
    let args = connect::hoist_device_options(std::env::args_os().collect());
    let cli = match Cli::try_parse_from(args) {
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
