//! `mms ui ...`: the reader's display, buzzer, signature capture and
//! cardholder selection.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use mms_runtime::signature::Signature;
use mms_runtime::ui::{Selection, SelectionRequest, ShowImage, ShowQrCode, Tone};
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};
use crate::security::flow_error;

/// Arguments of `mms ui`.
#[derive(clap::Args, Debug)]
pub struct UiArgs {
    #[command(subcommand)]
    action: UiAction,
}

#[derive(clap::Subcommand, Debug)]
enum UiAction {
    /// Show one of the device's display strings (0x1803).
    Message {
        /// Display string ID (hex, e.g. `01` "Thank You"; the manual's Display Strings).
        id: String,
        /// Seconds to show it, waiting until the device says it is done (0: until changed).
        #[arg(long, default_value_t = 0)]
        seconds: u8,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Show a custom idle page image, 1 to 4 (0x1821).
    Image {
        /// The image number.
        number: u8,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Show a QR code (0x1822).
    Qr {
        /// The text to encode.
        text: String,
        /// Seconds to show it (0: until changed).
        #[arg(long, default_value_t = 0)]
        seconds: u8,
        /// A prompt shown with the code.
        #[arg(long)]
        prompt: Option<String>,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Play tones on the buzzer (0x1805) and wait until they are played.
    Beep {
        /// Tones as HZ:MS (default one tone, 2000:100); up to 10.
        #[arg(value_name = "HZ:MS")]
        tones: Vec<String>,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Ask the cardholder to sign (0x1801), fetch the signature and draw it.
    Signature {
        /// Write the signature as SVG here.
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
        /// Write the signature as PNG here.
        #[arg(long, value_name = "FILE")]
        png: Option<PathBuf>,
        /// Pixels per device unit in the PNG (1 to 8).
        #[arg(long, default_value_t = 2)]
        scale: u32,
        /// Write the signature capture file as fetched here.
        #[arg(long, value_name = "FILE")]
        raw: Option<PathBuf>,
        /// Seconds the cardholder has to sign.
        #[arg(long, default_value_t = 60)]
        seconds: u8,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Answer a reader without a display that asks the cardholder to choose
    /// (notification 0x1803), with Report Cardholder Selection (0x1802).
    Select {
        /// Choose this item (0 is the first); without it, ask on the terminal.
        #[arg(long, conflicts_with_all = ["cancel", "time_out"])]
        choose: Option<u8>,
        /// Report that the cardholder cancelled.
        #[arg(long)]
        cancel: bool,
        /// Report that the cardholder did not choose in time.
        #[arg(long)]
        time_out: bool,
        /// Start a transaction first (0x1001, contactless, 60 s), so that the reader asks.
        #[arg(long)]
        start_transaction: bool,
        /// Seconds to wait for the reader to ask.
        #[arg(long, default_value_t = 30.0)]
        wait: f64,
        #[command(flatten)]
        transport: TransportArgs,
    },
}

/// Notification 0x0105 - Transaction Operation Complete.
const TRANSACTION_COMPLETE: u16 = 0x0105;

/// Runs `mms ui`.
pub fn run(args: &UiArgs, spec: &Spec) -> Result<()> {
    match &args.action {
        UiAction::Message {
            id,
            seconds,
            transport,
        } => {
            let id = u8::from_str_radix(id.trim_start_matches("0x"), 16)
                .with_context(|| format!("display string ID {id:?} is not one hex byte"))?;
            let conn = connect::connect(transport, spec, None)?;
            conn.client
                .display_message(id, *seconds)
                .map_err(flow_error)?;
            println!("display string {id:02X} shown");
        }
        UiAction::Image { number, transport } => {
            let conn = connect::connect(transport, spec, None)?;
            let request = ShowImage::new(
                mms_protocol::generated::commands::show_image::RequestCustomIdlePageImageNumber::from_raw(*number),
            );
            conn.client.show_image(&request).map_err(flow_error)?;
            println!("image {number} shown");
        }
        UiAction::Qr {
            text,
            seconds,
            prompt,
            transport,
        } => {
            let conn = connect::connect(transport, spec, None)?;
            let request = ShowQrCode {
                display_time: Some(*seconds),
                data_to_encode: text.as_bytes().to_vec(),
                prompt_text: prompt.as_ref().map(|p| p.as_bytes().to_vec()),
                ..Default::default()
            };
            conn.client.show_qr_code(&request).map_err(flow_error)?;
            println!("QR code shown ({} bytes encoded)", text.len());
        }
        UiAction::Beep { tones, transport } => {
            let tones = if tones.is_empty() {
                vec![Tone { hz: 2000, ms: 100 }]
            } else {
                tones.iter().map(|t| parse_tone(t)).collect::<Result<_>>()?
            };
            let conn = connect::connect(transport, spec, None)?;
            conn.client.buzzer(&tones).map_err(flow_error)?;
            println!("played {} tone(s)", tones.len());
        }
        UiAction::Signature {
            svg,
            png,
            scale,
            raw,
            seconds,
            transport,
        } => {
            let conn = connect::connect(transport, spec, None)?;
            let wait =
                Duration::from_secs(u64::from(*seconds)) + mms_runtime::ui::NOTIFICATION_SLACK;
            let captured = conn
                .client
                .request_signature(*seconds, wait)
                .map_err(flow_error)?;
            println!("{}", describe_signature(&captured.signature));
            if let Some(path) = raw {
                write(path, &captured.file)?;
            }
            if let Some(path) = svg {
                write(path, captured.signature.to_svg().as_bytes())?;
            }
            if let Some(path) = png {
                let image = captured
                    .signature
                    .to_png(*scale)
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
                write(path, &image)?;
            }
        }
        UiAction::Select {
            choose,
            cancel,
            time_out,
            start_transaction,
            wait,
            transport,
        } => {
            if !(wait.is_finite() && *wait > 0.0) {
                bail!("--wait must be a positive number of seconds");
            }
            let conn = connect::connect(transport, spec, None)?;
            let events = conn.client.subscribe();
            if *start_transaction {
                conn.client
                    .call_raw(0x1001, &[0x82, 0x01, 0x3C])
                    .map_err(connect::call_error)?;
            }
            let wait = Duration::from_secs_f64(wait.min(86_400.0));
            let answer = |request: &SelectionRequest| {
                println!(
                    "the reader asks the cardholder to choose ({} s):",
                    request.wait_seconds
                );
                for (i, line) in request.lines.iter().enumerate() {
                    println!("  {i}: {line}");
                }
                if *cancel {
                    Selection::Cancelled
                } else if *time_out {
                    Selection::TimedOut
                } else if let Some(index) = choose {
                    Selection::Chosen(*index)
                } else {
                    ask(request.lines.len())
                }
            };
            let (_, selection) = conn
                .client
                .answer_selection(&events, wait, answer)
                .map_err(flow_error)?;
            println!("reported: {selection:?}");
            if *start_transaction {
                let done = mms_runtime::flow::wait_notification(
                    &events,
                    TRANSACTION_COMPLETE,
                    "0105 transaction complete",
                    Duration::from_secs(60),
                    |_| true,
                )
                .map_err(flow_error)?;
                let detail = done.detail.unwrap_or(0);
                let text = mms_protocol::generated::notifications::detail_label(done.id, detail)
                    .unwrap_or("?");
                println!("transaction complete: {detail:08X} {text}");
            }
            drop(events);
        }
    }
    Ok(())
}

/// Asks on the terminal; anything but a valid index is a cancel.
fn ask(count: usize) -> Selection {
    if !std::io::stdin().is_terminal() {
        eprintln!("mms: no --choose, --cancel or --time-out and no terminal to ask: cancelling");
        return Selection::Cancelled;
    }
    print!("choice (0..{}, empty to cancel): ", count.saturating_sub(1));
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    match line.trim().parse::<u8>() {
        Ok(index) if usize::from(index) < count => Selection::Chosen(index),
        _ => Selection::Cancelled,
    }
}

/// `HZ:MS` as a tone.
fn parse_tone(text: &str) -> Result<Tone> {
    let (hz, ms) = text
        .split_once(':')
        .with_context(|| format!("tone {text:?}: write HZ:MS, e.g. 2000:100"))?;
    let hz: u16 = hz
        .trim()
        .parse()
        .with_context(|| format!("tone {text:?}: frequency"))?;
    let ms: u16 = ms
        .trim()
        .parse()
        .with_context(|| format!("tone {text:?}: duration"))?;
    if hz > 4000 || ms == 0 {
        bail!("tone {text:?}: up to 4000 Hz, at least 1 ms");
    }
    Ok(Tone { hz, ms })
}

/// A signature in one line: strokes, points and window.
pub fn describe_signature(signature: &Signature) -> String {
    let w = signature.window;
    format!(
        "signature: {} strokes, {} points, window x {}..{}, y {}..{}",
        signature.strokes.len(),
        signature.point_count(),
        w.left,
        w.right,
        w.top,
        w.bottom
    )
}

fn write(path: &PathBuf, data: &[u8]) -> Result<()> {
    std::fs::write(path, data).with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {} ({} bytes)", path.display(), data.len());
    Ok(())
}

/// The demo's signature step: asks the simulated cardholder to sign, and
/// shows the file decoded and drawn as text.
pub fn demo_signature(client: &mms_runtime::Client) -> Result<()> {
    let captured = client
        .request_signature(30, Duration::from_secs(10))
        .map_err(flow_error)?;
    println!("  {}", describe_signature(&captured.signature));
    for (i, stroke) in captured.signature.strokes.iter().enumerate() {
        let first = stroke[0];
        let last = stroke[stroke.len() - 1];
        println!(
            "  stroke {}: {} points from ({}, {}) to ({}, {})",
            i + 1,
            stroke.len(),
            first.x,
            first.y,
            last.x,
            last.y
        );
    }
    println!(
        "  as SVG: {} bytes (`mms ui signature --sim --svg sig.svg --png sig.png` writes the files)",
        captured.signature.to_svg().len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tones_parse_with_limits() {
        assert_eq!(parse_tone("440:250").unwrap(), Tone { hz: 440, ms: 250 });
        assert!(parse_tone("5000:10").is_err());
        assert!(parse_tone("440").is_err());
        assert!(parse_tone("440:0").is_err());
    }
}
