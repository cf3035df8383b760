//! `mms script`: run a command script (a JSON array of `VERB,argument`
//! strings) on a device, or check one without a device.

use std::path::PathBuf;

use anyhow::{anyhow, bail, Result};
use mms_runtime::script::{self, Action, Outcome, RunOptions, Script};
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};

/// Arguments of `mms script`.
#[derive(clap::Args, Debug)]
pub struct ScriptArgs {
    #[command(subcommand)]
    action: ScriptAction,
}

// Parsed once per run: the size of the transport options does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(clap::Subcommand, Debug)]
enum ScriptAction {
    /// Run a script: send each command, check and show each response decoded.
    Run {
        /// The script (a JSON array of strings, in a .json or .txt file).
        path: PathBuf,
        /// Go on after a failing step; the exit status still reports the failure.
        #[arg(long)]
        keep_going: bool,
        /// Show long values in full.
        #[arg(long)]
        full: bool,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Read a script and show every step decoded, without a device.
    Check {
        /// The script.
        path: PathBuf,
        /// Show long values in full.
        #[arg(long)]
        full: bool,
    },
}

/// Largest script file read.
const MAX_SCRIPT: u64 = 64 << 20;

fn load(path: &std::path::Path) -> Result<Script> {
    let limits = crate::input::Limits {
        max_input_bytes: MAX_SCRIPT,
        ..Default::default()
    };
    let bytes = crate::input::read_file(path, &limits)?;
    let text =
        String::from_utf8(bytes).map_err(|e| anyhow!("{}: not UTF-8 text: {e}", path.display()))?;
    script::parse(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
}

fn indented(text: &str) -> String {
    text.lines().map(|l| format!("    {l}\n")).collect()
}

fn render(bytes: &[u8], spec: &Spec, full: bool) -> (String, bool) {
    let options = mms_dissect::RenderOptions {
        max_bytes: (!full).then_some(32),
        hide_roundtrip: true,
    };
    let decoded = mms_dissect::dissect(bytes, spec);
    let ok = decoded.get("ok") == Some(&serde_json::Value::Bool(true));
    (indented(&mms_dissect::render(&decoded, spec, options)), ok)
}

/// Runs `mms script`.
pub fn run(args: &ScriptArgs, spec: &Spec) -> Result<()> {
    match &args.action {
        ScriptAction::Check { path, full } => {
            let script = load(path)?;
            let mut bad = Vec::new();
            for step in &script.steps {
                println!("step {} (line {}): {}", step.number, step.line, step.verb);
                match &step.action {
                    Action::Send(envelope) => {
                        let (text, ok) = render(&envelope.encode(), spec, *full);
                        print!("{text}");
                        if !ok {
                            bad.push(step.number.to_string());
                        }
                    }
                    Action::Wait(wait) => println!("    wait {} ms", wait.as_millis()),
                    Action::Display(text) => println!("    show: {text}"),
                }
            }
            if !bad.is_empty() {
                bail!("step(s) {} do not decode against the spec", bad.join(", "));
            }
            println!("{} steps, all readable", script.steps.len());
            Ok(())
        }
        ScriptAction::Run {
            path,
            keep_going,
            full,
            transport,
        } => {
            // The whole script is read (and refused) before anything is sent.
            let script = load(path)?;
            let conn = connect::connect(transport, spec, None)?;
            let mut on_step = |step: &script::Step, outcome: Outcome<'_>| match outcome {
                Outcome::Display(text) => println!("step {}: >> {text}", step.number),
                Outcome::Waited(wait) => {
                    println!("step {}: waited {} ms", step.number, wait.as_millis())
                }
                Outcome::Response(response) => {
                    let status = response
                        .typed_status()
                        .map_or("no status".to_string(), |s| s.to_string());
                    println!(
                        "step {} (line {}): {} -> {status}",
                        step.number, step.line, step.verb
                    );
                    if let Action::Send(envelope) = &step.action {
                        print!("{}", render(&envelope.encode(), spec, *full).0);
                    }
                    print!("{}", render(&response.envelope.encode(), spec, *full).0);
                }
                Outcome::Error(error) => {
                    println!("step {} (line {}): {error}", step.number, step.line)
                }
            };
            let options = RunOptions {
                keep_going: *keep_going,
            };
            let report = script::run(&conn.client, &script, options, &mut on_step)
                .map_err(|e| anyhow!("{e}"))?;
            if let Some(first) = report.failures.first() {
                bail!(
                    "{} of {} steps failed; the first: {first}",
                    report.failures.len(),
                    report.ran
                );
            }
            println!("{} steps done", report.ran);
            Ok(())
        }
    }
}
