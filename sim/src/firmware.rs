//! Firmware update in the simulated device: Load Firmware File (0xD801),
//! Commit Firmware from File (0xD901), their notifications (0x0905 success,
//! 0x0906 failure, 0x0907 up to date) and the reset that follows a commit.
//!
//! Timing, as the manual describes the flow: the response comes at once (OK,
//! Started), the notification after the device has checked (or written) the
//! image, and after a commit (or an auto-commit load) the device resets: the
//! links drop a moment after the notification and the device is away for
//! [`DeviceConfig::reset_delay`](crate::DeviceConfig::reset_delay).
//!
//! The image format is MagTek's and not public; the simulator reads the new
//! version from images made by [`image`] (a `version=` line after a marker),
//! and names other images `SIM-` and the start of their SHA-256.

use std::time::{Duration, Instant};

use mms_codec::Contents;
use mms_protocol::generated::commands::{commit_firmware_from_file, load_firmware_file};
use mms_protocol::generated::notifications::{
    firmware_is_up_to_date as up_to_date, firmware_update_failed as failed,
    firmware_update_successful as successful,
};
use mms_protocol::generated::properties as props;
use mms_protocol::Status;
use sha2::{Digest, Sha256};

use crate::outgoing::{MessageKind, Outgoing};
use crate::properties::PropertyStore;

/// A firmware fault the simulated device shows on every update until cleared
/// (`Simulator::set_firmware_fault(None)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirmwareFault {
    /// The device finds the image's SHA-256 different from tag `86` and refuses the load.
    HashMismatch,
    /// The commit fails: Notification 0x0906, then the reset; the firmware is unchanged.
    CommitFails,
    /// The battery is at 5 percent or less: the load is refused (status `80 02 03 16`).
    BatteryLow,
    /// The device already runs the image: Notification 0x0907, nothing changes.
    UpToDate,
}

impl FirmwareFault {
    /// Every fault with its name for command lines (`hash-mismatch`, ...).
    pub const NAMES: [(&'static str, FirmwareFault); 4] = [
        ("hash-mismatch", FirmwareFault::HashMismatch),
        ("commit-fails", FirmwareFault::CommitFails),
        ("battery-low", FirmwareFault::BatteryLow),
        ("up-to-date", FirmwareFault::UpToDate),
    ];

    /// The fault named `name` (see [`FirmwareFault::NAMES`]).
    pub fn from_name(name: &str) -> Option<FirmwareFault> {
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }
}

/// Timing and size of the simulated firmware update.
#[derive(Clone, Debug)]
pub struct FirmwareConfig {
    /// From the 0xD801 response until its notification (checking the image).
    pub verify_delay: Duration,
    /// From the 0xD901 response (or the end of an auto-commit check) until
    /// its notification (writing the image).
    pub commit_delay: Duration,
    /// From the commit's notification until the links drop for the reset.
    pub reset_after: Duration,
    /// Largest image accepted.
    pub max_image_len: usize,
}

impl Default for FirmwareConfig {
    fn default() -> Self {
        FirmwareConfig {
            verify_delay: Duration::from_millis(150),
            commit_delay: Duration::from_millis(200),
            reset_after: Duration::from_millis(100),
            max_image_len: 1000 * 1024,
        }
    }
}

/// What starts an image made by [`image`].
pub const IMAGE_MARKER: &[u8] = b"MMS-SIM-FIRMWARE\n";

/// A firmware image for the simulator: the marker, `version=VERSION`, then
/// filler up to `len` bytes (at least the header).
pub fn image(version: &str, len: usize) -> Vec<u8> {
    let mut data = IMAGE_MARKER.to_vec();
    data.extend_from_slice(format!("version={version}\n").as_bytes());
    let mut x = 0x2545_F491u32;
    while data.len() < len {
        // xorshift: filler that does not compress to nothing.
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data.push(x as u8);
    }
    data
}

/// The version an image installs.
fn image_version(data: &[u8], hash: &[u8; 32]) -> Vec<u8> {
    let header = data.get(..256.min(data.len())).unwrap_or_default();
    if let Some(rest) = header.strip_prefix(IMAGE_MARKER) {
        if let Some(line) = rest.strip_prefix(b"version=") {
            let end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
            return line[..end].to_vec();
        }
    }
    let hex: String = hash[..4].iter().map(|b| format!("{b:02X}")).collect();
    format!("SIM-{hex}").into_bytes()
}

/// The property that holds the version of an image type.
fn version_property(image_type: u16) -> &'static [u32] {
    match image_type {
        0x0000 => props::BOOT_1_FIRMWARE_VERSION.oid,
        0x0002 => props::WLAN_FIRMWARE_VERSION.oid,
        0x0003 => props::BLUETOOTH_LE_FIRMWARE_VERSION.oid,
        _ => props::MAIN_FIRMWARE_VERSION.oid,
    }
}

/// An image that was loaded and waits for its commit.
#[derive(Clone, Debug)]
struct Loaded {
    image_type: u16,
    hash: [u8; 32],
    version: Vec<u8>,
}

/// The firmware state of the simulated device.
#[derive(Clone, Debug, Default)]
pub(crate) struct Firmware {
    config: FirmwareConfig,
    fault: Option<FirmwareFault>,
    loaded: Option<Loaded>,
    /// Installed at the next reset (a successful commit).
    pending: Option<(u16, Vec<u8>)>,
    offline_until: Option<Instant>,
}

/// A device message of the firmware flow: sent now (`due` = now) or later.
pub(crate) type Replies = Vec<Outgoing>;

impl Firmware {
    pub fn new(config: FirmwareConfig) -> Self {
        Firmware {
            config,
            ..Firmware::default()
        }
    }

    pub fn set_fault(&mut self, fault: Option<FirmwareFault>) {
        self.fault = fault;
    }

    /// Whether the device is away for its reset at `now`.
    pub fn offline(&self, now: Instant) -> bool {
        self.offline_until.is_some_and(|until| now < until)
    }

    /// The device resets now: installs a committed image, and is away until `back`.
    pub fn reset(&mut self, properties: &mut PropertyStore, back: Instant) {
        self.loaded = None;
        self.offline_until = Some(back);
        if let Some((image_type, version)) = self.pending.take() {
            let oid = version_property(image_type);
            let mut value = version;
            // Keep the property's length (Main Firmware Version is 19 bytes).
            if let Some(len) = properties.value(oid).map(<[u8]>::len).filter(|n| *n > 0) {
                value.resize(len, 0);
            }
            properties.force(oid, &value);
        }
    }

    /// 0xD801.
    pub fn load(
        &mut self,
        reference: u8,
        params: &[u8],
        properties: &PropertyStore,
        now: Instant,
    ) -> Replies {
        let command = load_firmware_file::ID;
        if self.fault == Some(FirmwareFault::BatteryLow) {
            // Table 204: Failed, device state, Low Battery (5% or less).
            return vec![respond(
                reference,
                command,
                [0x80, 0x02, 0x03, 0x16],
                None,
                now,
            )];
        }
        let request = match load_firmware_file::Request::from_bytes(params) {
            Ok(r) => r,
            Err(e) => {
                let detail = crate::outgoing::parameter_detail(&e);
                return vec![respond(
                    reference,
                    command,
                    BAD_PARAMETER,
                    Some(&detail),
                    now,
                )];
            }
        };
        let auto = request.load_options == Some(load_firmware_file::RequestLoadOptions::AutoCommit);
        let hash: [u8; 32] = Sha256::digest(&request.payload).into();
        if request.payload.len() > self.config.max_image_len {
            return vec![respond(
                reference,
                command,
                BAD_PARAMETER,
                Some(&[0x87]),
                now,
            )];
        }
        // Tag 86 is required in default mode, optional with auto-commit (Table 202).
        let hash_ok = match request.hash_checksum {
            Some(sent) => sent == hash,
            None => auto,
        };
        if !hash_ok || self.fault == Some(FirmwareFault::HashMismatch) {
            return vec![respond(
                reference,
                command,
                BAD_PARAMETER,
                Some(&[0x86]),
                now,
            )];
        }
        let image_type = request.image_type.to_raw();
        let version = image_version(&request.payload, &hash);
        let current = properties
            .value(version_property(image_type))
            .unwrap_or_default();
        let same = trim(current) == trim(&version);
        let mut out = vec![respond(reference, command, STARTED, None, now)];
        let checked = now + self.config.verify_delay;
        if same || self.fault == Some(FirmwareFault::UpToDate) {
            out.push(notice(up_to_date::ID, [0x08, 0x01, 0x09, 0x03], checked));
            return out;
        }
        let loaded = Loaded {
            image_type,
            hash,
            version,
        };
        if auto {
            self.commit_at(loaded, checked, &mut out);
        } else {
            self.loaded = Some(loaded);
            out.push(notice(successful::ID, [0x08, 0x01, 0x09, 0x03], checked));
        }
        out
    }

    /// 0xD901.
    pub fn commit(&mut self, reference: u8, params: &[u8], now: Instant) -> Replies {
        let command = commit_firmware_from_file::ID;
        let request = match commit_firmware_from_file::Request::from_bytes(params) {
            Ok(r) => r,
            Err(e) => {
                let detail = crate::outgoing::parameter_detail(&e);
                return vec![respond(
                    reference,
                    command,
                    BAD_PARAMETER,
                    Some(&detail),
                    now,
                )];
            }
        };
        let Some(loaded) = self.loaded.take() else {
            // Nothing loaded: the operation cannot start.
            return vec![respond(
                reference,
                command,
                [0x80, 0x00, 0x00, 0x02],
                None,
                now,
            )];
        };
        if loaded.image_type != request.image_type.to_raw() || loaded.hash != request.hash_checksum
        {
            let detail: &[u8] = if loaded.hash != request.hash_checksum {
                &[0x86]
            } else {
                &[0x85]
            };
            self.loaded = Some(loaded);
            return vec![respond(
                reference,
                command,
                BAD_PARAMETER,
                Some(detail),
                now,
            )];
        }
        let mut out = vec![respond(reference, command, STARTED, None, now)];
        self.commit_at(loaded, now, &mut out);
        out
    }

    /// Writes `loaded` from `start`: the notification, then the reset.
    fn commit_at(&mut self, loaded: Loaded, start: Instant, out: &mut Replies) {
        let written = start + self.config.commit_delay;
        if self.fault == Some(FirmwareFault::CommitFails) {
            out.push(notice(failed::ID, [0x08, 0x01, 0x0A, 0x04], written));
        } else {
            self.pending = Some((loaded.image_type, loaded.version));
            out.push(notice(successful::ID, [0x08, 0x01, 0x0A, 0x03], written));
        }
        out.push(Outgoing {
            kind: MessageKind::Reset,
            message: Vec::new(),
            due: written + self.config.reset_after,
        });
    }
}

const STARTED: [u8; 4] = [0x01, 0x00, 0x00, 0x00];
/// Failed to start: a request parameter is bad (02 01 02); the additional detail names it.
const BAD_PARAMETER: [u8; 4] = [0x80, 0x02, 0x01, 0x02];

fn trim(value: &[u8]) -> &[u8] {
    let end = value.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
    &value[..end]
}

fn respond(
    reference: u8,
    command: u16,
    status: [u8; 4],
    additional: Option<&[u8]>,
    now: Instant,
) -> Outgoing {
    crate::outgoing::reply(
        reference,
        command,
        Status::from_bytes(status),
        additional,
        None,
        now,
    )
}

fn notice(id: u16, detail: [u8; 4], due: Instant) -> Outgoing {
    Outgoing {
        kind: MessageKind::Notification,
        message: crate::outgoing::notification(id, detail, None),
        due,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_carry_their_version() {
        let data = image("1000007183-B2", 300);
        assert_eq!(data.len(), 300);
        let hash: [u8; 32] = Sha256::digest(&data).into();
        assert_eq!(image_version(&data, &hash), b"1000007183-B2");
        let other = image_version(b"anything", &[0xAB; 32]);
        assert_eq!(other, b"SIM-ABABABAB");
        assert_eq!(
            FirmwareFault::from_name("commit-fails"),
            Some(FirmwareFault::CommitFails)
        );
        assert_eq!(FirmwareFault::from_name("nope"), None);
    }
}
