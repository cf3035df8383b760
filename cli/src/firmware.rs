//! `mms firmware`: load a firmware image (0xD801) and commit it (0xD901),
//! following the device through its notifications and its reset.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use mms_runtime::firmware::{
    CommitMode, FirmwareError, FirmwareEvent, FirmwareIdentity, FirmwareUpdate, ImageType, Outcome,
    Stage, UpdateReport,
};
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};
use crate::files::BarSlot;
use mms_dissect::values::hex;

/// Arguments of `mms firmware`.
#[derive(clap::Args, Debug)]
pub struct FirmwareArgs {
    #[command(subcommand)]
    action: FirmwareAction,
}

#[derive(clap::Subcommand, Debug)]
enum FirmwareAction {
    /// Load a signed firmware image and commit it; the device resets and is read again.
    Load {
        /// The firmware image file.
        path: PathBuf,
        /// Image type: main (Main App), boot1 (Boot Loader 1), wifi, ble, or 4 hex digits.
        #[arg(long, default_value = "main", value_name = "TYPE")]
        image_type: String,
        /// Load only; commit later with `mms firmware commit`.
        #[arg(long)]
        no_commit: bool,
        /// Ask the device to commit by itself (load option Auto Commit) instead of sending 0xD901.
        #[arg(long, conflicts_with = "no_commit")]
        auto_commit: bool,
        /// Seconds to wait for each notification and for the device to come back.
        #[arg(long, value_name = "SECONDS", default_value_t = 120.0)]
        wait: f64,
        #[command(flatten)]
        transport: TransportArgs,
    },
    /// Commit an image loaded earlier with `load --no-commit`.
    Commit {
        /// The image file that was loaded (for its SHA-256), or give --sha256.
        #[arg(required_unless_present = "sha256")]
        path: Option<PathBuf>,
        /// SHA-256 of the loaded image (64 hex digits).
        #[arg(long, value_name = "HEX", conflicts_with = "path")]
        sha256: Option<String>,
        /// Image type (as for `load`).
        #[arg(long, default_value = "main", value_name = "TYPE")]
        image_type: String,
        /// Seconds to wait for the notification and for the device to come back.
        #[arg(long, value_name = "SECONDS", default_value_t = 120.0)]
        wait: f64,
        #[command(flatten)]
        transport: TransportArgs,
    },
}

/// Largest image file read.
const MAX_IMAGE: u64 = 16 << 20;

/// An image type from its short name or 4 hex digits.
pub fn parse_image_type(text: &str) -> Result<ImageType> {
    let t = match text
        .to_ascii_lowercase()
        .replace(['-', '_', ' '], "")
        .as_str()
    {
        "main" | "mainapp" | "app" => ImageType::MainAppImage,
        "boot1" | "bootloader" | "bootloader1" => ImageType::BootLoader1Image,
        "wifi" | "wlan" => ImageType::WiFiModuleImage,
        "ble" | "bluetooth" => ImageType::BleModuleImage,
        digits if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_hexdigit()) => {
            ImageType::from_raw(u16::from_str_radix(digits, 16)?)
        }
        _ => bail!("unknown image type {text:?}: main, boot1, wifi, ble, or 4 hex digits"),
    };
    Ok(t)
}

fn seconds(value: f64) -> Result<Duration> {
    if !(value.is_finite() && value > 0.0) {
        bail!("--wait must be a positive number of seconds");
    }
    Ok(Duration::from_secs_f64(value.min(86_400.0)))
}

fn read_image(path: &std::path::Path) -> Result<Vec<u8>> {
    let limits = crate::input::Limits {
        max_input_bytes: MAX_IMAGE,
        ..Default::default()
    };
    crate::input::read_file(path, &limits)
}

/// Prints the identification, marking what changed since `before`.
fn show_identity(stage: Stage, identity: &FirmwareIdentity, before: Option<&FirmwareIdentity>) {
    let title = match stage {
        Stage::Before => "firmware before:",
        Stage::After => "firmware after:",
    };
    let mut text = format!("{title}\n");
    for (property, value) in &identity.entries {
        let value = value.as_deref().unwrap_or("(not available)");
        let changed = before
            .and_then(|b| b.entries.iter().find(|(p, _)| p.oid == property.oid))
            .is_some_and(|(_, old)| old.as_deref() != Some(value));
        let mark = if changed { "  (changed)" } else { "" };
        text.push_str(&format!(
            "  {:<28} {:<12} {value}{mark}\n",
            property.name, property.oid_text
        ));
    }
    print!("{text}");
}

/// Runs an update (or a commit) with its output; `slot` publishes the progress bar.
pub fn run_update(
    client: &mms_runtime::Client,
    spec: &Spec,
    update: &FirmwareUpdate<'_>,
    commit_only: Option<[u8; 32]>,
    slot: Option<&BarSlot>,
) -> Result<UpdateReport> {
    let bar = crate::files::progress_bar("loading firmware", update.image.len());
    let mut before = None;
    let render = mms_dissect::RenderOptions {
        max_bytes: Some(24),
        hide_roundtrip: true,
    };
    let mut on_event = |event: FirmwareEvent<'_>| match event {
        FirmwareEvent::Identified(stage, identity) => {
            show_identity(stage, identity, before.as_ref());
            if stage == Stage::Before {
                before = Some(identity.clone());
                if let Some(slot) = slot {
                    *slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(bar.clone());
                }
            }
        }
        FirmwareEvent::Sending { done, total } => {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
            if done == total {
                bar.finish_and_clear();
                if let Some(slot) = slot {
                    *slot.lock().unwrap_or_else(|p| p.into_inner()) = None;
                }
            }
        }
        FirmwareEvent::Accepted { command_id, status } => println!(
            "device accepted {command_id:04X} {}: {status}",
            spec.command(command_id).map_or("", |c| c.name.as_str())
        ),
        FirmwareEvent::Notice(notice) => {
            println!("notification: {notice}");
            if slot.is_some() {
                // The demo shows every message already.
                return;
            }
            let decoded = mms_dissect::dissect(&notice.envelope.encode(), spec);
            let text = mms_dissect::render(&decoded, spec, render);
            print!(
                "{}",
                text.lines()
                    .map(|l| format!("    {l}\n"))
                    .collect::<String>()
            );
        }
        FirmwareEvent::Resetting(reason) => println!("the device resets (link dropped: {reason})"),
        FirmwareEvent::Back => println!("the device is back"),
    };
    let result = if let Some(sha256) = commit_only {
        client.commit_firmware(
            update.image_type,
            sha256,
            update.reset_timeout,
            &mut on_event,
        )
    } else {
        client.update_firmware(update, &mut on_event)
    };
    bar.finish_and_clear();
    if let Some(slot) = slot {
        *slot.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
    let report = result.map_err(|e| match e {
        FirmwareError::Client(e) => connect::call_error(e),
        other => anyhow!("{other}"),
    })?;
    let summary = match report.outcome {
        Outcome::Updated => "firmware updated",
        Outcome::Loaded => "firmware loaded; commit it with `mms firmware commit`",
        Outcome::UpToDate => "the device already runs this firmware; nothing changed",
    };
    println!("{summary} (image SHA-256 {})", hex(&report.sha256));
    Ok(report)
}

/// Runs `mms firmware`.
pub fn run(args: &FirmwareArgs, spec: &Spec) -> Result<()> {
    match &args.action {
        FirmwareAction::Load {
            path,
            image_type,
            no_commit,
            auto_commit,
            wait,
            transport,
        } => {
            let image_type = parse_image_type(image_type)?;
            let wait = seconds(*wait)?;
            let data = read_image(path)?;
            let conn = connect::connect_reconnecting(transport, spec, None)?;
            let mut update = FirmwareUpdate::new(&data);
            update.image_type = image_type;
            update.mode = if *no_commit {
                CommitMode::LoadOnly
            } else if *auto_commit {
                CommitMode::AutoCommit
            } else {
                CommitMode::Separate
            };
            update.notification_timeout = wait;
            update.reset_timeout = wait;
            run_update(&conn.client, spec, &update, None, None).map(|_| ())
        }
        FirmwareAction::Commit {
            path,
            sha256,
            image_type,
            wait,
            transport,
        } => {
            let image_type = parse_image_type(image_type)?;
            let wait = seconds(*wait)?;
            let hash: [u8; 32] = match (path, sha256) {
                (Some(path), _) => {
                    use sha2::Digest;
                    sha2::Sha256::digest(read_image(path)?).into()
                }
                (None, Some(text)) => crate::input::parse_hex(text)?
                    .try_into()
                    .map_err(|_| anyhow!("--sha256 needs 32 bytes (64 hex digits)"))?,
                (None, None) => bail!("give the image file or --sha256"),
            };
            let conn = connect::connect_reconnecting(transport, spec, None)?;
            let update = FirmwareUpdate {
                image: &[],
                image_type,
                mode: CommitMode::Separate,
                notification_timeout: wait,
                reset_timeout: wait,
            };
            run_update(&conn.client, spec, &update, Some(hash), None).map(|_| ())
        }
    }
}
