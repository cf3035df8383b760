//! `mms file`: send a file to the device (0xD812), get one (0xD821) or ask
//! about one (0xD825), with a progress bar on a terminal.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use mms_protocol::generated::file_types::FileType;
use mms_runtime::files::SendStart;
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};
use mms_dissect::values::hex;
use mms_spec::lookup::LookupError;

/// Arguments of `mms file`.
#[derive(clap::Args, Debug)]
pub struct FileArgs {
    #[command(subcommand)]
    action: FileAction,
}

#[derive(clap::Subcommand, Debug)]
enum FileAction {
    /// Send a file to the device.
    Send {
        /// File type: 8 hex digits (`00000100`) or part of a label from the spec's file type table.
        #[arg(value_name = "TYPE")]
        file_type: String,
        /// The file to send.
        path: PathBuf,
        #[command(flatten)]
        limits: crate::input::Limits,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Get a file from the device and save it.
    Get {
        /// File type (as for `send`).
        #[arg(value_name = "TYPE")]
        file_type: String,
        /// Where to save it.
        path: PathBuf,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Show what the device knows about a file (length, SHA-256).
    Info {
        /// File type (as for `send`).
        #[arg(value_name = "TYPE")]
        file_type: String,
        /// Print the response as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        transport: TransportArgs,
    },
}

/// A file type from 8 hex digits or a unique part of a spec label.
pub fn resolve_file_type(spec: &Spec, text: &str) -> Result<u32> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text)
        .replace(' ', "");
    if digits.len() == 8 && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return u32::from_str_radix(&digits, 16).map_err(|e| anyhow!("file type {text:?}: {e}"));
    }
    spec.lookup_file_type(text)
        .ok()
        .and_then(|f| f.bytes())
        .map(u32::from_be_bytes)
        .ok_or_else(|| match spec.lookup_file_type(text) {
            Err(LookupError::Ambiguous(many)) => {
                let list: Vec<String> = many
                    .iter()
                    .take(5)
                    .map(|f| format!("{} {}", f.id, f.label))
                    .collect();
                anyhow!(
                    "file type {text:?} is ambiguous: {}; use the 8 hex digits",
                    list.join(", ")
                )
            }
            _ => anyhow!(
                "bad file type {text:?}: give 8 hex digits (type, version, subtype, instance), such as 00000100"
            ),
        })
}

fn label(spec: &Spec, file_type: u32) -> String {
    spec.file_type(file_type.to_be_bytes())
        .map(|f| format!(" ({})", f.label))
        .unwrap_or_default()
}

pub fn progress_bar(what: &str, len: usize) -> ProgressBar {
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec}")
    {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_message(what.to_string());
    bar
}

/// Where a running progress bar is published, so that other output can
/// suspend it instead of tearing it (the demo prints messages meanwhile).
pub type BarSlot = Arc<Mutex<Option<ProgressBar>>>;

/// Prints text, around the published progress bar if one is running.
pub fn print_around(slot: &BarSlot, text: &str) {
    let bar = slot.lock().unwrap_or_else(|p| p.into_inner()).clone();
    match bar {
        Some(bar) => bar.suspend(|| print!("{text}")),
        None => print!("{text}"),
    }
}

fn publish(slot: Option<&BarSlot>, bar: Option<ProgressBar>) {
    if let Some(slot) = slot {
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = bar;
    }
}

/// Sends `data` as `file_type` with a progress bar (published in `slot`);
/// returns a one-line summary.
pub fn send_file(
    client: &mms_runtime::Client,
    spec: &Spec,
    file_type: u32,
    data: &[u8],
    slot: Option<&BarSlot>,
) -> Result<String> {
    let bar = progress_bar("sending", data.len());
    publish(slot, Some(bar.clone()));
    let sent = client.send_file(
        FileType(file_type),
        data,
        SendStart::Unsecured,
        &mut |done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
    );
    bar.finish_and_clear();
    publish(slot, None);
    let sent = sent.map_err(connect::call_error)?;
    Ok(format!(
        "sent {} bytes as file type {file_type:08X}{}; device checked SHA-256 {} (status {})",
        sent.len,
        label(spec, file_type),
        hex(&sent.sha256),
        hex(&sent.final_status.to_bytes())
    ))
}

/// Runs `mms file`.
pub fn run(args: &FileArgs, spec: &Spec) -> Result<()> {
    match &args.action {
        FileAction::Send {
            file_type,
            path,
            limits,
            transport,
        } => {
            let file_type = resolve_file_type(spec, file_type)?;
            let data = crate::input::read_file(path, limits)?;
            let conn = connect::connect(transport, spec, None)?;
            println!("{}", send_file(&conn.client, spec, file_type, &data, None)?);
            Ok(())
        }
        FileAction::Get {
            file_type,
            path,
            transport,
        } => {
            let file_type = resolve_file_type(spec, file_type)?;
            let conn = connect::connect(transport, spec, None)?;
            let bar = progress_bar("receiving", 0);
            let got = conn
                .client
                .get_file(FileType(file_type), &mut |done, total| {
                    bar.set_length(total as u64);
                    bar.set_position(done as u64);
                });
            bar.finish_and_clear();
            let got = got.map_err(connect::call_error)?;
            std::fs::write(path, &got.data)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!(
                "got {} bytes of file type {file_type:08X}{} into {} (length and SHA-256 checked)",
                got.data.len(),
                label(spec, file_type),
                path.display()
            );
            Ok(())
        }
        FileAction::Info {
            file_type,
            json,
            transport,
        } => {
            let file_type = resolve_file_type(spec, file_type)?;
            let conn = connect::connect(transport, spec, None)?;
            let request = mms_runtime::files::GetFileInfo {
                file_id: mms_protocol::generated::file_types::FileType(file_type),
                ..Default::default()
            };
            let request = mms_codec::Contents::to_bytes(&request);
            let reply = conn
                .client
                .call_raw(mms_runtime::files::GET_FILE_INFO, &request)
                .map_err(connect::call_error)?;
            let output = crate::Output {
                json: *json,
                render: mms_dissect::RenderOptions::default(),
            };
            crate::send::show_reply(&reply.envelope.encode(), spec, &output)
        }
    }
}
