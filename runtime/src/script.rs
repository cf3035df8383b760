//! Command scripts: the configuration scripts readers' vendors ship (trust
//! configuration, screen images, settings).
//!
//! A script is a JSON array of strings (in a `.json` or a `.txt` file alike),
//! each `VERB,argument`:
//!
//! | Verb | Argument |
//! | --- | --- |
//! | `SENDCOMMAND` | a whole MMS message in hex (spaces allowed) |
//! | `SENDBASE64COMMAND` | a whole MMS message in base64 |
//! | `WAIT` | milliseconds to pause |
//! | `DISPLAYMESSAGE` | text for the operator |
//!
//! [`parse`] reads the whole script before anything is sent: an unknown verb,
//! a bad argument, or a message that does not decode is an error naming the
//! step and its line. [`run`] sends each message (its reference number
//! renumbered by the client), checks the status of each response and stops at
//! the first failure unless [`RunOptions::keep_going`]. A data file message
//! (message type `04`, after a `D812` or `D811` started a transfer) is sent as
//! it is and answered by the device's final response.
//!
//! ```
//! let script = mms_runtime::script::parse(r#"[
//!     "DISPLAYMESSAGE,Loading settings",
//!     "SENDCOMMAND,AA 00 81 04 01 00 DF 01 84 05 DF 01 81 01 07",
//!     "WAIT,10"
//! ]"#)?;
//! assert_eq!(script.steps.len(), 3);
//! assert_eq!(script.steps[1].line, 3);
//! # Ok::<(), mms_runtime::script::ScriptError>(())
//! ```

use std::fmt;
use std::time::Duration;

use base64::Engine;
use mms_protocol::{Envelope, MessageType};
use serde_json::value::RawValue;

use crate::client::Client;
use crate::core::RawResponse;
use crate::error::ClientError;
use crate::files::{START_SEND_FILE_SECURED, START_SEND_FILE_UNSECURED};

/// Longest pause a `WAIT` may ask for.
pub const MAX_WAIT: Duration = Duration::from_secs(600);

/// What one step does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Send this message (a request or a data file message).
    Send(Envelope),
    /// Pause.
    Wait(Duration),
    /// Show this text to the operator.
    Display(String),
}

/// One entry of a script.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// Its number, from 1.
    pub number: usize,
    /// The line of the file it is on.
    pub line: usize,
    /// The verb as written.
    pub verb: String,
    /// What it does.
    pub action: Action,
}

/// A parsed script.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Script {
    /// The steps in order.
    pub steps: Vec<Step>,
}

/// Why a script could not be read or run.
#[derive(Debug)]
#[non_exhaustive]
pub enum ScriptError {
    /// The file is not a JSON array of strings.
    Syntax {
        /// Where (1-based line).
        line: usize,
        /// Why.
        reason: String,
    },
    /// A step cannot be read.
    Step {
        /// The step number (from 1).
        step: usize,
        /// Its line.
        line: usize,
        /// Why.
        reason: String,
    },
    /// The device answered a step with a failure status.
    Failed {
        /// The step number.
        step: usize,
        /// Its line.
        line: usize,
        /// The response.
        response: Box<RawResponse>,
    },
    /// A step's message could not be exchanged.
    Call {
        /// The step number.
        step: usize,
        /// Its line.
        line: usize,
        /// Why.
        error: Box<ClientError>,
    },
}

impl fmt::Display for ScriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax { line, reason } => write!(f, "line {line}: {reason}"),
            Self::Step { step, line, reason } => write!(f, "step {step} (line {line}): {reason}"),
            Self::Failed {
                step,
                line,
                response,
            } => {
                write!(
                    f,
                    "step {step} (line {line}): command {:04X} failed",
                    response.envelope.info.id
                )?;
                match response.typed_status() {
                    Some(status) => {
                        let bytes = status.to_bytes();
                        write!(f, " with status {}: {status}", crate::error::hex(&bytes))
                    }
                    None => write!(f, " (no status)"),
                }
            }
            Self::Call { step, line, error } => write!(f, "step {step} (line {line}): {error}"),
        }
    }
}

impl std::error::Error for ScriptError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Call { error, .. } => Some(&**error),
            _ => None,
        }
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Reads a script; nothing is sent. Errors name the step and its line.
pub fn parse(text: &str) -> Result<Script, ScriptError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let items: Vec<&RawValue> = serde_json::from_str(text).map_err(|e| ScriptError::Syntax {
        line: e.line().max(1),
        reason: format!("not a JSON array of strings: {e}"),
    })?;
    let mut steps = Vec::with_capacity(items.len());
    let mut transfer = None;
    for (index, item) in items.iter().enumerate() {
        let number = index + 1;
        let offset = item.get().as_ptr() as usize - text.as_ptr() as usize;
        let line = line_of(text, offset);
        let bad = |reason: String| ScriptError::Step {
            step: number,
            line,
            reason,
        };
        let entry: String = serde_json::from_str(item.get())
            .map_err(|_| bad(format!("{} is not a string", item.get())))?;
        let (verb, argument) = entry.split_once(',').unwrap_or((entry.as_str(), ""));
        let verb = verb.trim();
        let action = match verb.to_ascii_uppercase().as_str() {
            "SENDCOMMAND" => Action::Send(message(&hex_bytes(argument).map_err(bad)?).map_err(bad)?),
            "SENDBASE64COMMAND" => {
                let bytes = base64::engine::general_purpose::STANDARD
                    .decode(argument.trim())
                    .map_err(|e| bad(format!("not base64: {e}")))?;
                Action::Send(message(&bytes).map_err(bad)?)
            }
            "WAIT" => {
                let ms: u64 = argument.trim().parse().map_err(|_| {
                    bad(format!("WAIT needs milliseconds, not {:?}", argument.trim()))
                })?;
                let wait = Duration::from_millis(ms);
                if wait > MAX_WAIT {
                    return Err(bad(format!("WAIT of {ms} ms is longer than {MAX_WAIT:?}")));
                }
                Action::Wait(wait)
            }
            "DISPLAYMESSAGE" => Action::Display(argument.to_owned()),
            _ => {
                return Err(bad(format!(
                    "unknown verb {verb:?}; known: SENDCOMMAND, SENDBASE64COMMAND, WAIT, DISPLAYMESSAGE"
                )))
            }
        };
        if let Action::Send(envelope) = &action {
            let id = envelope.info.id;
            match envelope.info.message_type {
                MessageType::Request if id == START_SEND_FILE_UNSECURED || id == START_SEND_FILE_SECURED => {
                    transfer = Some(id)
                }
                MessageType::DataFileToDevice if transfer != Some(id) => {
                    return Err(bad(format!(
                        "a data file message for {id:04X} with no file transfer started before it \
                         (a {START_SEND_FILE_UNSECURED:04X} or {START_SEND_FILE_SECURED:04X} request)"
                    )))
                }
                MessageType::DataFileToDevice => transfer = None,
                _ => {}
            }
        }
        steps.push(Step {
            number,
            line,
            verb: verb.to_owned(),
            action,
        });
    }
    Ok(Script { steps })
}

fn hex_bytes(text: &str) -> Result<Vec<u8>, String> {
    let digits: String = text
        .split_whitespace()
        .flat_map(|word| word.strip_prefix("0x").unwrap_or(word).chars())
        .collect();
    if digits.len() % 2 != 0 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(format!("not hex bytes: {:?}", text.trim()));
    }
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).map_err(|e| e.to_string()))
        .collect()
}

/// A message a host may send: a request or a data file message.
fn message(bytes: &[u8]) -> Result<Envelope, String> {
    let envelope = Envelope::decode(bytes).map_err(|e| format!("not an MMS message: {e}"))?;
    match envelope.info.message_type {
        MessageType::Request | MessageType::DataFileToDevice => Ok(envelope),
        other => Err(format!(
            "message type {:02X} is not one a host sends (a request 01 or a data file 04)",
            other.to_raw()
        )),
    }
}

/// How [`run`] goes on after a failure.
#[derive(Clone, Copy, Debug, Default)]
pub struct RunOptions {
    /// Run the remaining steps after a failing status or call, and report
    /// the first failure at the end.
    pub keep_going: bool,
}

/// What a step did.
#[derive(Debug)]
pub enum Outcome<'a> {
    /// The device's response (its status may be a failure).
    Response(&'a RawResponse),
    /// The exchange failed.
    Error(&'a ClientError),
    /// The pause is over.
    Waited(Duration),
    /// The text to show.
    Display(&'a str),
}

/// What a run did.
#[derive(Debug, Default)]
pub struct RunReport {
    /// Steps that ran.
    pub ran: usize,
    /// Failures (all of them with `keep_going`; otherwise at most the one that stopped the run).
    pub failures: Vec<ScriptError>,
}

/// Runs `script` on `client`; `on_step` sees each step and what it did.
/// Without `keep_going` the first failure ends the run and is returned.
pub fn run(
    client: &Client,
    script: &Script,
    options: RunOptions,
    on_step: &mut dyn FnMut(&Step, Outcome<'_>),
) -> Result<RunReport, ScriptError> {
    let mut report = RunReport::default();
    for step in &script.steps {
        report.ran += 1;
        let failure = match &step.action {
            Action::Wait(wait) => {
                std::thread::sleep(*wait);
                on_step(step, Outcome::Waited(*wait));
                None
            }
            Action::Display(text) => {
                on_step(step, Outcome::Display(text));
                None
            }
            Action::Send(envelope) => match client.send_raw(&envelope.encode()) {
                Ok(Some(response)) => {
                    on_step(step, Outcome::Response(&response));
                    let ok = response.typed_status().is_some_and(|s| s.is_ok());
                    (!ok).then(|| ScriptError::Failed {
                        step: step.number,
                        line: step.line,
                        response: Box::new(response),
                    })
                }
                Ok(None) => None,
                Err(error) => {
                    on_step(step, Outcome::Error(&error));
                    Some(ScriptError::Call {
                        step: step.number,
                        line: step.line,
                        error: Box::new(error),
                    })
                }
            },
        };
        if let Some(failure) = failure {
            if !options.keep_going {
                return Err(failure);
            }
            report.failures.push(failure);
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_step_and_line() {
        let e = parse("[\n \"WAIT,5\",\n \"BEEP,3\"\n]").unwrap_err();
        assert_eq!(
            e.to_string(),
            "step 2 (line 3): unknown verb \"BEEP\"; known: SENDCOMMAND, SENDBASE64COMMAND, WAIT, DISPLAYMESSAGE"
        );
        let e = parse("[\"WAIT,5\",\n\n 7]").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("step 2 (line 3): 7 is not a string"),
            "{e}"
        );
        let e = parse("[\"WAIT,soon\"]").unwrap_err();
        assert!(e.to_string().contains("WAIT needs milliseconds"), "{e}");
        let e = parse("[\"SENDCOMMAND,AA 00 81\"]").unwrap_err();
        assert!(e.to_string().contains("not an MMS message"), "{e}");
        let e = parse("{\"x\": 1}").unwrap_err();
        assert!(matches!(e, ScriptError::Syntax { line: 1, .. }), "{e}");
        // A data file message needs a transfer started before it.
        let data_file =
            Envelope::data_file(MessageType::DataFileToDevice, 2, 0xD812, 2, vec![1, 2]);
        let hex: String = data_file
            .encode()
            .iter()
            .map(|b| format!("{b:02X}"))
            .collect();
        let e = parse(&format!("[\"SENDCOMMAND,{hex}\"]")).unwrap_err();
        assert!(e.to_string().contains("no file transfer started"), "{e}");
    }

    #[test]
    fn base64_and_hex_give_the_same_message() {
        let hex = "AA 00 81 04 01 00 DF 01 84 05 DF 01 81 01 07";
        let bytes = hex_bytes(hex).unwrap();
        let b64 = base64::engine::general_purpose::STANDARD.encode(&bytes);
        let script = parse(&format!(
            "[\"SENDCOMMAND,{hex}\", \"sendbase64command,{b64}\", \"DISPLAYMESSAGE,a, b\"]"
        ))
        .unwrap();
        assert_eq!(script.steps[0].action, script.steps[1].action);
        assert_eq!(script.steps[2].action, Action::Display("a, b".into()));
    }
}
