//! `mms csr`, `mms keyinfo`, `mms challenge` and `mms trust load`: the
//! device's keys, certificate requests and trust files.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use mms_protocol::generated::file_types::FileType;
use mms_runtime::flow::FlowError;
use mms_runtime::security::{key_slot_label, CsrRequest, KeyInfo, TrustFile, KEY_SLOTS};
use mms_spec::Spec;

use crate::connect::{self, TransportArgs};
use mms_dissect::values::hex;

/// Arguments of `mms csr`.
#[derive(clap::Args, Debug)]
pub struct CsrArgs {
    /// Write the CSR (PEM) here instead of to stdout.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Use the key pair the device has instead of having it make a new one (0xEF02).
    #[arg(long)]
    pub keep_keys: bool,
    /// Subject, e.g. `CN=reader-17,O=Example` (default: the device's own).
    #[arg(long)]
    pub subject: Option<String>,
    /// Subject alternative names, comma-separated DNS names and IP addresses.
    #[arg(long, value_name = "NAMES")]
    pub san: Option<String>,
    /// How long to wait for the device to make the key pair, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0)]
    pub wait: f64,
    #[command(flatten)]
    pub transport: TransportArgs,
}

/// Arguments of `mms keyinfo`.
#[derive(clap::Args, Debug)]
pub struct KeyInfoArgs {
    /// Key slot IDs in hex (`1002`, `2000`); default: the slots of the manual's Table 58.
    #[arg(value_name = "SLOT")]
    pub slots: Vec<String>,
    #[command(flatten)]
    pub transport: TransportArgs,
}

/// Arguments of `mms challenge`.
#[derive(clap::Args, Debug)]
pub struct ChallengeArgs {
    /// The command the challenge will protect, in hex (e.g. `D811`).
    #[arg(value_name = "COMMAND")]
    pub command: String,
    #[command(flatten)]
    pub transport: TransportArgs,
}

/// Arguments of `mms trust`.
#[derive(clap::Args, Debug)]
pub struct TrustArgs {
    #[command(subcommand)]
    action: TrustAction,
}

#[derive(clap::Subcommand, Debug)]
enum TrustAction {
    /// Load a trust configuration file (or a certificate) with a file send (0xD812).
    Load {
        /// The file, as MagTek supplies it.
        path: PathBuf,
        /// `websocket` (05000000), `mqtt` (05000100), or a file type of the
        /// spec (8 hex digits or part of its label, e.g. `customer trust`).
        #[arg(long, default_value = "websocket")]
        kind: String,
        #[command(flatten)]
        limits: crate::input::Limits,
        #[command(flatten)]
        transport: TransportArgs,
    },
}

fn seconds(value: f64, what: &str) -> Result<Duration> {
    if !(value.is_finite() && value > 0.0) {
        bail!("{what} must be a positive number of seconds");
    }
    Ok(Duration::from_secs_f64(value.min(86_400.0)))
}

/// A flow's error as one line with what to try.
pub fn flow_error(e: FlowError) -> anyhow::Error {
    match e {
        FlowError::Client(e) => connect::call_error(e),
        other => anyhow!("{other}"),
    }
}

/// NUL-terminated, as `EF03` wants its strings.
fn c_string(text: &str) -> Vec<u8> {
    let mut bytes = text.as_bytes().to_vec();
    bytes.push(0);
    bytes
}

/// Runs `mms csr`.
pub fn run_csr(args: &CsrArgs, spec: &Spec) -> Result<()> {
    let wait = seconds(args.wait, "--wait")?;
    let conn = connect::connect(&args.transport, spec, None)?;
    if !args.keep_keys {
        conn.client
            .generate_csr_keys(wait)
            .map_err(flow_error)
            .context("making the CSR key pair (0xEF02)")?;
    }
    let request = CsrRequest {
        subject: args.subject.as_deref().map(c_string),
        subject_alternative_names: args.san.as_deref().map(c_string),
        ..Default::default()
    };
    let csr = conn
        .client
        .generate_csr(&request)
        .map_err(flow_error)
        .context("making the CSR (0xEF03)")?;
    match &args.out {
        Some(path) => {
            std::fs::write(path, &csr.pem)
                .with_context(|| format!("cannot write {}", path.display()))?;
            println!(
                "wrote the device's certificate signing request ({} bytes of PEM) to {}",
                csr.pem.len(),
                path.display()
            );
        }
        None => print!("{}", csr.pem),
    }
    Ok(())
}

/// One slot's key information as a line.
pub fn describe_key(slot: u16, info: &KeyInfo) -> String {
    let name = key_slot_label(slot).unwrap_or_else(|| "?".into());
    let slot_info = &info.key_slot_information;
    let transport = u16::from_be_bytes(slot_info.transport_key_slot_id);
    let mut line = format!(
        "{slot:04X} {name}: {}, slot type {:02X}",
        slot_info.key_slot_status, slot_info.key_slot_type
    );
    if transport != 0 {
        let transport_name = key_slot_label(transport).unwrap_or_else(|| "?".into());
        line.push_str(&format!(", transport key {transport:04X} {transport_name}"));
    }
    if let Some(loaded) = &info.loaded_key_information {
        line.push_str(&format!(
            ", {} (environment {:02X}, TR-31 {})",
            loaded.encoding_of_algorithm_and_length,
            loaded.key_environment,
            String::from_utf8_lossy(&loaded.tr_31_attributes)
        ));
    }
    if let Some(kcv) = &info.key_check_value_for_aes_cmac {
        line.push_str(&format!(", check value {}", hex(kcv)));
    }
    if let Some(derivation) = &info.key_derivation_information {
        line.push_str(&format!(", derivation data {}", hex(derivation)));
    }
    line
}

/// Runs `mms keyinfo`.
pub fn run_keyinfo(args: &KeyInfoArgs, spec: &Spec) -> Result<()> {
    let slots: Vec<u16> = if args.slots.is_empty() {
        KEY_SLOTS
            .iter()
            .map(|(id, _)| *id)
            .chain([0x2000])
            .collect()
    } else {
        args.slots
            .iter()
            .map(|s| parse_u16(s).with_context(|| format!("key slot {s:?}")))
            .collect::<Result<_>>()?
    };
    let conn = connect::connect(&args.transport, spec, None)?;
    let mut failed = 0;
    for slot in &slots {
        match conn.client.key_info(*slot) {
            Ok(response) => println!("{}", describe_key(*slot, &response.payload)),
            Err(mms_runtime::ClientError::Status { status, .. }) => {
                failed += 1;
                println!(
                    "{slot:04X} {}: not available ({}: {status})",
                    key_slot_label(*slot).unwrap_or_else(|| "?".into()),
                    hex(&status.to_bytes())
                );
            }
            Err(e) => return Err(connect::call_error(e)),
        }
    }
    if failed == slots.len() {
        bail!("the device reported no key slot ({} asked)", slots.len());
    }
    Ok(())
}

/// Runs `mms challenge`.
pub fn run_challenge(args: &ChallengeArgs, spec: &Spec) -> Result<()> {
    let command = parse_u16(&args.command).context("the command to protect")?;
    let conn = connect::connect(&args.transport, spec, None)?;
    let response = conn
        .client
        .challenge(command)
        .map_err(connect::call_error)?;
    let c = &response.payload;
    println!(
        "challenge for {}: token {}, device serial number {} (valid 5 minutes)",
        hex(&c.request_id_to_be_protected),
        hex(&c.challenge_token),
        hex(&c.device_serial_number)
    );
    Ok(())
}

/// Runs `mms trust`.
pub fn run_trust(args: &TrustArgs, spec: &Spec) -> Result<()> {
    let TrustAction::Load {
        path,
        kind,
        limits,
        transport,
    } = &args.action;
    let kind = match kind.to_ascii_lowercase().as_str() {
        "websocket" | "ws" => TrustFile::WebSocket,
        "mqtt" => TrustFile::Mqtt,
        other => TrustFile::Other(FileType(crate::files::resolve_file_type(spec, other)?)),
    };
    let data = crate::input::read_file(path, limits)?;
    let conn = connect::connect(transport, spec, None)?;
    let summary = crate::files::send_file(&conn.client, spec, kind.file_type().0, &data, None)?;
    println!("{summary}");
    Ok(())
}

/// A 16-bit number in hex (`1002`, `0xD811`).
fn parse_u16(text: &str) -> Result<u16> {
    let digits = text
        .trim()
        .trim_start_matches("0x")
        .trim_start_matches("0X");
    u16::from_str_radix(digits, 16).map_err(|_| anyhow!("{text:?} is not a 16-bit hex number"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_protocol::generated::commands::get_key_info;

    #[test]
    fn key_lines_name_slots_and_values() {
        let mut info = get_key_info::Response::new(get_key_info::ResponseKeySlotInformation {
            key_slot_status: get_key_info::ResponseKeySlotInformationKeySlotStatus::LoadedActive,
            key_slot_type: 1,
            transport_key_slot_id: [0x10, 0x01],
        });
        info.key_check_value_for_aes_cmac = Some(vec![0xAB, 0xCD]);
        let line = describe_key(0x1002, &info);
        assert_eq!(
            line,
            "1002 DEVTK: Loaded & Active, slot type 01, transport key 1001 MTK, check value ABCD"
        );
        assert_eq!(parse_u16("0xd811").unwrap(), 0xD811);
        assert!(parse_u16("12345").is_err());
    }
}
