//! Firmware update (manual Commands 0xD801 and 0xD901, Notifications 0x0905 to 0x0907).
//!
//! The flow, as [`Client::update_firmware`] runs it:
//!
//! 1. read the firmware identification properties (Property Group 2.1.2: main
//!    firmware version and part number, boot loader version, and the WLAN or
//!    Bluetooth LE module version for those image types);
//! 2. send Load Firmware File (0xD801: image type, SHA-256 of the image, the
//!    image itself, load options) as one large multi-packet message, with
//!    progress;
//! 3. follow the device's notifications: 0x0905 (success), 0x0906 (failure,
//!    the detail code named by the spec) or 0x0907 (already up to date);
//! 4. unless the image was loaded with auto-commit, or only a load was asked
//!    for, send Commit Firmware from File (0xD901) and follow its notification;
//! 5. after a commit the device resets: the link drops, and the client's
//!    connector (see [`Client::connect_with`]) re-opens it;
//! 6. read the identification again.
//!
//! The device refuses a load when its battery is at 5 percent or less
//! (status `02 03 16`): that is [`FirmwareError::BatteryLow`]. A refused hash
//! (a failure status whose additional detail names tag `86`, the hash) is
//! [`FirmwareError::HashMismatch`]. A 0x0906 notification is
//! [`FirmwareError::Failed`], with what was learned so far.
//!
//! The pieces without I/O (requests, reading notifications, classifying
//! errors) are public so that other drivers can run the same flow.

use std::time::{Duration, Instant};

use mms_protocol::generated::commands::{commit_firmware_from_file, load_firmware_file};
use mms_protocol::generated::notifications::{
    firmware_is_up_to_date as up_to_date, firmware_update_failed as failed,
    firmware_update_successful as successful,
};
use mms_protocol::generated::properties as props;
use mms_protocol::property::{get_request, response_value, OidForm, PropertyDescriptor};
use mms_protocol::{Envelope, Status};
use sha2::{Digest, Sha256};

use crate::client::Client;
use crate::core::{ok_status, typed_response};
use crate::error::{hex, ClientError};
use crate::event::{DeviceNotification, Event};
use crate::flow::{wait_for, Waited};

/// The image types of 0xD801 and 0xD901 (Boot Loader 1, Main App, WiFi module, BLE module).
pub type ImageType = mms_protocol::generated::value_sets::ImageType;

/// The Progress Indicator and Operation Options the manual asks hosts to send
/// (reserved fields: `0x03` and `0x00`).
const PROGRESS_INDICATOR: u8 = 0x03;

/// How the loaded image becomes the device's firmware.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CommitMode {
    /// Load (0xD801, default mode), then Commit Firmware from File (0xD901).
    #[default]
    Separate,
    /// Load with the Auto Commit load option: the device commits by itself.
    AutoCommit,
    /// Load only; commit later with [`Client::commit_firmware`].
    LoadOnly,
}

/// What to update and how long to wait for each stage.
#[derive(Clone, Debug)]
pub struct FirmwareUpdate<'a> {
    /// The signed firmware image, sent as it is.
    pub image: &'a [u8],
    /// Which image it is.
    pub image_type: ImageType,
    /// Load then commit, auto-commit, or load only.
    pub mode: CommitMode,
    /// How long to wait for each notification after the device accepted a command.
    pub notification_timeout: Duration,
    /// How long the device may take to come back after it resets.
    pub reset_timeout: Duration,
}

impl<'a> FirmwareUpdate<'a> {
    /// A Main App update of `image`, loaded then committed, with 60 s for each
    /// notification and 60 s for the reset.
    pub fn new(image: &'a [u8]) -> Self {
        FirmwareUpdate {
            image,
            image_type: ImageType::MainAppImage,
            mode: CommitMode::Separate,
            notification_timeout: Duration::from_secs(60),
            reset_timeout: Duration::from_secs(60),
        }
    }

    /// SHA-256 of the image (what tag `86` carries).
    pub fn sha256(&self) -> [u8; 32] {
        Sha256::digest(self.image).into()
    }

    /// The 0xD801 request for this update.
    pub fn load_request(&self) -> load_firmware_file::Request {
        let mut request = load_firmware_file::Request::new(
            PROGRESS_INDICATOR,
            self.image_type,
            self.image.to_vec(),
        );
        request.hash_checksum = Some(self.sha256());
        request.load_options = Some(match self.mode {
            CommitMode::AutoCommit => load_firmware_file::RequestLoadOptions::AutoCommit,
            _ => load_firmware_file::RequestLoadOptions::DefaultMode,
        });
        request
    }
}

/// The 0xD901 request committing the image of `image_type` whose SHA-256 is `sha256`.
pub fn commit_request(
    image_type: ImageType,
    sha256: [u8; 32],
) -> commit_firmware_from_file::Request {
    commit_firmware_from_file::Request::new(PROGRESS_INDICATOR, 0x00, image_type, sha256)
}

/// Before or after the update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Before anything was sent.
    Before,
    /// After the device came back (or after the last notification when it did not reset).
    After,
}

/// The firmware identification properties read from the device.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FirmwareIdentity {
    /// Each property read, with its value as text (trailing NULs removed; hex when
    /// not printable), or `None` when the device refused it.
    pub entries: Vec<(&'static PropertyDescriptor, Option<String>)>,
}

impl FirmwareIdentity {
    /// The value of `property`, if it was read.
    pub fn value(&self, property: &PropertyDescriptor) -> Option<&str> {
        self.entries
            .iter()
            .find(|(p, _)| p.oid == property.oid)
            .and_then(|(_, v)| v.as_deref())
    }

    /// The main firmware version (2.1.2.2.2.2), if read.
    pub fn main_version(&self) -> Option<&str> {
        self.value(&props::MAIN_FIRMWARE_VERSION)
    }
}

/// The identification properties read for an update of `image_type`.
pub fn identification_properties(image_type: ImageType) -> Vec<&'static PropertyDescriptor> {
    let mut list = vec![
        &props::MAIN_FIRMWARE_VERSION,
        &props::MAIN_FIRMWARE_PART_NUMBER,
        &props::BOOT_1_FIRMWARE_VERSION,
    ];
    match image_type {
        ImageType::WiFiModuleImage => list.push(&props::WLAN_FIRMWARE_VERSION),
        ImageType::BleModuleImage => list.push(&props::BLUETOOTH_LE_FIRMWARE_VERSION),
        _ => {}
    }
    list
}

/// A property value as text: printable ASCII without its trailing NULs, else hex.
pub fn value_text(value: &[u8]) -> String {
    let trimmed = value.strip_suffix(&[0]).map_or(value, |_| {
        let end = value.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
        &value[..end]
    });
    if trimmed.iter().all(|b| (0x20..0x7F).contains(b)) {
        String::from_utf8_lossy(trimmed).into_owned()
    } else {
        hex(value)
    }
}

/// What a firmware notification says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// 0x0905, Load Firmware File Complete, Success.
    Loaded,
    /// 0x0905, Commit Firmware from File Complete, Success.
    Committed,
    /// 0x0906, Load Firmware File Complete, Failed.
    LoadFailed,
    /// 0x0906, Commit Firmware from File Complete, Failed.
    CommitFailed,
    /// 0x0907: the image is the firmware the device already runs.
    UpToDate,
    /// A 0x0905 or 0x0906 detail code the spec does not name.
    Other,
}

/// A firmware notification (0x0905, 0x0906 or 0x0907), read.
#[derive(Clone, Debug, PartialEq)]
pub struct FirmwareNotice {
    /// The notification ID.
    pub id: u16,
    /// The detail code.
    pub detail: u32,
    /// What it means.
    pub kind: NoticeKind,
    /// The spec's name of the notification and the spec's meaning of its detail code.
    pub text: String,
    /// The message as received.
    pub envelope: Envelope,
}

impl std::fmt::Display for FirmwareNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl FirmwareNotice {
    /// Reads a notification; `None` when it is not one of the firmware notifications.
    pub fn from_notification(n: &DeviceNotification) -> Option<FirmwareNotice> {
        let detail = n.detail.unwrap_or(0);
        let (kind, label) = match n.id {
            successful::ID => {
                let code = successful::DetailCode::from_raw(detail);
                let kind = match code {
                    successful::DetailCode::LoadFirmwareFileCompleteSuccess => NoticeKind::Loaded,
                    successful::DetailCode::CommitFirmwareFromFileCompleteSuccess => {
                        NoticeKind::Committed
                    }
                    _ => NoticeKind::Other,
                };
                (kind, code.label())
            }
            failed::ID => {
                let code = failed::DetailCode::from_raw(detail);
                let kind = match code {
                    failed::DetailCode::LoadFirmwareFileCompleteFailed => NoticeKind::LoadFailed,
                    failed::DetailCode::CommitFirmwareFromFileCompleteFailed => {
                        NoticeKind::CommitFailed
                    }
                    _ => NoticeKind::LoadFailed,
                };
                (kind, code.label())
            }
            up_to_date::ID => (
                NoticeKind::UpToDate,
                up_to_date::DetailCode::from_raw(detail).label(),
            ),
            _ => return None,
        };
        let name = mms_protocol::generated::notifications::name(n.id).unwrap_or("notification");
        let text = match label {
            Some(label) => format!("{name} (0x{:04X}): {label} ({detail:08X})", n.id),
            None => format!("{name} (0x{:04X}): detail code {detail:08X}", n.id),
        };
        Some(FirmwareNotice {
            id: n.id,
            detail,
            kind,
            text,
            envelope: n.envelope.clone(),
        })
    }

    /// Whether the device resets after this notification (a commit, or an
    /// auto-commit load, that finished either way).
    pub fn resets(&self, mode: CommitMode) -> bool {
        match self.kind {
            NoticeKind::Committed | NoticeKind::CommitFailed => true,
            NoticeKind::Loaded | NoticeKind::LoadFailed => mode == CommitMode::AutoCommit,
            NoticeKind::UpToDate | NoticeKind::Other => false,
        }
    }
}

/// How an update ended, when it did not fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The new firmware is committed (and the device reset).
    Updated,
    /// The image is loaded and awaits a commit.
    Loaded,
    /// The device already runs this firmware (0x0907); nothing changed.
    UpToDate,
}

/// What an update did.
#[derive(Clone, Debug, PartialEq)]
pub struct UpdateReport {
    /// SHA-256 of the image.
    pub sha256: [u8; 32],
    /// Image length in bytes.
    pub len: usize,
    /// The identification before.
    pub before: FirmwareIdentity,
    /// The identification after (`None` when the device did not come back).
    pub after: Option<FirmwareIdentity>,
    /// The firmware notifications, in order.
    pub notices: Vec<FirmwareNotice>,
    /// Whether the link dropped for the device's reset.
    pub reset: bool,
    /// How it ended (for a failure, the stage reached).
    pub outcome: Outcome,
}

/// What the flow reports while it runs.
#[derive(Debug)]
pub enum FirmwareEvent<'a> {
    /// The identification was read.
    Identified(Stage, &'a FirmwareIdentity),
    /// `done` of `total` image bytes sent.
    Sending {
        /// Bytes sent.
        done: usize,
        /// Image length.
        total: usize,
    },
    /// The device accepted a command (its response status).
    Accepted {
        /// 0xD801 or 0xD901.
        command_id: u16,
        /// The status.
        status: Status,
    },
    /// A firmware notification arrived.
    Notice(&'a FirmwareNotice),
    /// The link dropped while the device resets.
    Resetting(&'a str),
    /// The device answers again.
    Back,
}

/// Why an update failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum FirmwareError {
    /// The device refused the load: battery at 5 percent or less (status `02 03 16`).
    BatteryLow {
        /// The command refused.
        command_id: u16,
        /// The status.
        status: Status,
    },
    /// The device found the image's SHA-256 different from tag `86`.
    HashMismatch {
        /// The command refused.
        command_id: u16,
        /// The status.
        status: Status,
        /// The hash that was sent.
        sha256: [u8; 32],
    },
    /// A 0x0906 notification: the load or the commit failed on the device.
    Failed {
        /// The notification, with its detail code named.
        notice: Box<FirmwareNotice>,
        /// What was learned (identification before and, after a reset, after).
        report: Box<UpdateReport>,
    },
    /// No firmware notification came in time after the device accepted a command.
    NoNotification {
        /// The command accepted.
        command_id: u16,
        /// How long the flow waited.
        waited: Duration,
    },
    /// The device did not answer again within the reset timeout.
    NotBack {
        /// How long the flow waited.
        waited: Duration,
        /// The last error.
        last: Box<ClientError>,
        /// What was learned before.
        report: Box<UpdateReport>,
    },
    /// Any other failure of a call.
    Client(ClientError),
}

impl std::fmt::Display for FirmwareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::BatteryLow { command_id, status } => write!(
                f,
                "the device refused command {command_id:04X}: battery too low for a firmware \
                 update (status {}: {status}); charge it and try again",
                hex(&status.to_bytes())
            ),
            Self::HashMismatch {
                command_id,
                status,
                sha256,
            } => write!(
                f,
                "the device refused command {command_id:04X}: the image does not match its \
                 SHA-256 {} (status {}: {status}); the image may be damaged",
                hex(sha256),
                hex(&status.to_bytes())
            ),
            Self::Failed { notice, report } => {
                write!(f, "firmware update failed: {notice}")?;
                if let Some(version) = report.after.as_ref().and_then(|a| a.main_version()) {
                    write!(f, "; the device still runs {version}")?;
                }
                Ok(())
            }
            Self::NoNotification { command_id, waited } => write!(
                f,
                "no firmware notification within {waited:?} after command {command_id:04X}"
            ),
            Self::NotBack { waited, last, .. } => write!(
                f,
                "the device did not come back within {waited:?} after its reset: {last}"
            ),
            Self::Client(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FirmwareError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Client(e) => Some(e),
            Self::NotBack { last, .. } => Some(&**last),
            _ => None,
        }
    }
}

impl From<ClientError> for FirmwareError {
    fn from(e: ClientError) -> Self {
        FirmwareError::Client(e)
    }
}

/// Names a failure status of 0xD801 / 0xD901: a low battery and a refused hash
/// have errors of their own.
pub fn classify(error: ClientError, sha256: [u8; 32]) -> FirmwareError {
    match error {
        ClientError::Status {
            command_id,
            status,
            additional,
        } => {
            if status.to_bytes()[1..] == [0x02, 0x03, 0x16] {
                FirmwareError::BatteryLow { command_id, status }
            } else if additional.as_deref().is_some_and(|a| a.contains(&0x86)) {
                FirmwareError::HashMismatch {
                    command_id,
                    status,
                    sha256,
                }
            } else {
                FirmwareError::Client(ClientError::Status {
                    command_id,
                    status,
                    additional,
                })
            }
        }
        other => FirmwareError::Client(other),
    }
}

/// How often the flow tries the device again while it resets.
const RETRY_PAUSE: Duration = Duration::from_millis(100);
/// How long the flow waits for the link to drop after a notification that
/// announces a reset (a serial line may not notice the reset at all).
const RESET_NOTICE: Duration = Duration::from_secs(5);

impl Client {
    /// Reads the firmware identification properties for `image_type`; a property the
    /// device refuses (failure status) is `None`, other errors end the read.
    pub fn firmware_identity(
        &self,
        image_type: ImageType,
    ) -> Result<FirmwareIdentity, ClientError> {
        let mut identity = FirmwareIdentity::default();
        for property in identification_properties(image_type) {
            let request = get_request(property, OidForm::SIMPLE)
                .map_err(|error| ClientError::Decode { error })?;
            let value = match self.call(&request) {
                Ok(response) => response_value(&response.payload).ok().map(value_text),
                Err(ClientError::Status { .. }) => None,
                Err(e) => return Err(e),
            };
            identity.entries.push((property, value));
        }
        Ok(identity)
    }

    /// Runs a firmware update (see the [module docs](crate::firmware)); `on_event`
    /// sees each stage. Without a connector ([`Client::connect_with`]) the client
    /// cannot follow the device through its reset: the update then ends with
    /// [`FirmwareError::NotBack`].
    pub fn update_firmware(
        &self,
        update: &FirmwareUpdate<'_>,
        on_event: &mut dyn FnMut(FirmwareEvent<'_>),
    ) -> Result<UpdateReport, FirmwareError> {
        let events = self.subscribe();
        let sha256 = update.sha256();
        let before = self.firmware_identity(update.image_type)?;
        on_event(FirmwareEvent::Identified(Stage::Before, &before));
        let mut report = UpdateReport {
            sha256,
            len: update.image.len(),
            before,
            after: None,
            notices: Vec::new(),
            reset: false,
            outcome: Outcome::Loaded,
        };
        let request = update.load_request();
        let status = self
            .load_image(&request, &mut |done, total| {
                on_event(FirmwareEvent::Sending { done, total })
            })
            .map_err(|e| classify(e, sha256))?;
        on_event(FirmwareEvent::Accepted {
            command_id: load_firmware_file::ID,
            status,
        });
        let notice = self.await_notice(&events, load_firmware_file::ID, update, on_event)?;
        report.notices.push(notice.clone());
        let notice = match (notice.kind, update.mode) {
            (NoticeKind::UpToDate, _) => {
                report.outcome = Outcome::UpToDate;
                return self.finish(report, &events, update, false, on_event);
            }
            (NoticeKind::Loaded, CommitMode::LoadOnly) => {
                return self.finish(report, &events, update, false, on_event);
            }
            (NoticeKind::Loaded, CommitMode::Separate) => {
                let status = self
                    .call_with_timeout(
                        &commit_request(update.image_type, sha256),
                        self.options().timeout,
                    )
                    .map(|r| r.status)
                    .map_err(|e| classify(e, sha256))?;
                on_event(FirmwareEvent::Accepted {
                    command_id: commit_firmware_from_file::ID,
                    status,
                });
                let notice =
                    self.await_notice(&events, commit_firmware_from_file::ID, update, on_event)?;
                report.notices.push(notice.clone());
                notice
            }
            _ => notice,
        };
        let resets = notice.resets(update.mode);
        if matches!(notice.kind, NoticeKind::Committed | NoticeKind::Loaded) {
            report.outcome = Outcome::Updated;
        }
        let report = self.finish(report, &events, update, resets, on_event)?;
        match notice.kind {
            NoticeKind::LoadFailed | NoticeKind::CommitFailed | NoticeKind::Other => {
                Err(FirmwareError::Failed {
                    notice: Box::new(notice),
                    report: Box::new(report),
                })
            }
            _ => Ok(report),
        }
    }

    /// Commits an image loaded earlier (0xD901) and follows the device through
    /// its notification and reset, reading the identification before and after.
    pub fn commit_firmware(
        &self,
        image_type: ImageType,
        sha256: [u8; 32],
        reset_timeout: Duration,
        on_event: &mut dyn FnMut(FirmwareEvent<'_>),
    ) -> Result<UpdateReport, FirmwareError> {
        let events = self.subscribe();
        let update = FirmwareUpdate {
            image: &[],
            image_type,
            mode: CommitMode::Separate,
            notification_timeout: reset_timeout,
            reset_timeout,
        };
        let before = self.firmware_identity(image_type)?;
        on_event(FirmwareEvent::Identified(Stage::Before, &before));
        let status = self
            .call(&commit_request(image_type, sha256))
            .map(|r| r.status)
            .map_err(|e| classify(e, sha256))?;
        on_event(FirmwareEvent::Accepted {
            command_id: commit_firmware_from_file::ID,
            status,
        });
        let notice =
            self.await_notice(&events, commit_firmware_from_file::ID, &update, on_event)?;
        let mut report = UpdateReport {
            sha256,
            len: 0,
            before,
            after: None,
            notices: vec![notice.clone()],
            reset: false,
            outcome: if notice.kind == NoticeKind::Committed {
                Outcome::Updated
            } else {
                Outcome::Loaded
            },
        };
        report = self.finish(
            report,
            &events,
            &update,
            notice.resets(update.mode),
            on_event,
        )?;
        match notice.kind {
            NoticeKind::Committed | NoticeKind::UpToDate => Ok(report),
            _ => Err(FirmwareError::Failed {
                notice: Box::new(notice),
                report: Box::new(report),
            }),
        }
    }

    /// Sends 0xD801 as one message with progress (image bytes) and waits for its
    /// response within the file timeout.
    fn load_image(
        &self,
        request: &load_firmware_file::Request,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Status, ClientError> {
        let guard = self.lock_calls();
        let reference = self.take_reference();
        let message = Envelope::request(reference, request).encode();
        let len = request.payload.len();
        let mut scaled = |done, total| progress(crate::files::scale(done, total, len), len);
        let envelope = self.exchange(
            &guard,
            message,
            reference,
            load_firmware_file::ID,
            self.options().file_timeout,
            Some(&mut scaled),
        )?;
        let status = ok_status(load_firmware_file::ID, &envelope)?;
        typed_response::<load_firmware_file::Response>(load_firmware_file::ID, envelope)?;
        Ok(status)
    }

    /// Waits for the next firmware notification; other events are left alone.
    fn await_notice(
        &self,
        events: &crate::Events,
        command_id: u16,
        update: &FirmwareUpdate<'_>,
        on_event: &mut dyn FnMut(FirmwareEvent<'_>),
    ) -> Result<FirmwareNotice, FirmwareError> {
        let waited = update.notification_timeout;
        let found = wait_for(events, Instant::now() + waited, |event| match event {
            Event::Notification(n) => FirmwareNotice::from_notification(&n),
            _ => None,
        });
        match found {
            Waited::Found(notice) => {
                on_event(FirmwareEvent::Notice(&notice));
                Ok(notice)
            }
            Waited::Disconnected(reason) => {
                Err(FirmwareError::Client(ClientError::Disconnected { reason }))
            }
            Waited::TimedOut | Waited::Closed => {
                Err(FirmwareError::NoNotification { command_id, waited })
            }
        }
    }

    /// After the last notification: waits for the reset when one comes, then
    /// reads the identification again.
    fn finish(
        &self,
        mut report: UpdateReport,
        events: &crate::Events,
        update: &FirmwareUpdate<'_>,
        resets: bool,
        on_event: &mut dyn FnMut(FirmwareEvent<'_>),
    ) -> Result<UpdateReport, FirmwareError> {
        let start = Instant::now();
        let deadline = start + update.reset_timeout;
        if resets {
            let until = start + RESET_NOTICE.min(update.reset_timeout);
            while let Ok(event) =
                events.recv_timeout(until.saturating_duration_since(Instant::now()))
            {
                if let Event::Disconnected(reason) = event {
                    report.reset = true;
                    on_event(FirmwareEvent::Resetting(&reason));
                    break;
                }
            }
        }
        loop {
            match self.firmware_identity(update.image_type) {
                Ok(after) => {
                    if report.reset {
                        on_event(FirmwareEvent::Back);
                    }
                    on_event(FirmwareEvent::Identified(Stage::After, &after));
                    report.after = Some(after);
                    return Ok(report);
                }
                Err(last) => {
                    let retry = matches!(
                        last,
                        ClientError::Disconnected { .. }
                            | ClientError::Reconnect { .. }
                            | ClientError::Timeout { .. }
                            | ClientError::SendStalled { .. }
                    );
                    if !retry || !self.reconnects() || Instant::now() + RETRY_PAUSE >= deadline {
                        return Err(FirmwareError::NotBack {
                            waited: start.elapsed(),
                            last: Box::new(last),
                            report: Box::new(report),
                        });
                    }
                    std::thread::sleep(RETRY_PAUSE);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_protocol::MessageType;

    fn unhex(s: &str) -> Vec<u8> {
        s.split_whitespace()
            .map(|b| u8::from_str_radix(b, 16).unwrap())
            .collect()
    }

    #[test]
    fn requests_match_the_manual_examples() {
        // Table 229: the commit request for a Main App image.
        let hash = unhex(
            "DF C7 1E 09 A3 CE 8E 86 B0 F5 B6 75 BE B7 7A 0E 82 33 BF F1 8A CD 8F 38 34 B0 DB 20 D9 40 4B 28",
        );
        let request = commit_request(ImageType::MainAppImage, hash.try_into().unwrap());
        let wire = Envelope::request(2, &request).encode();
        let example = unhex(
            "AA 00 81 04 01 02 D9 01 84 2E D9 01 81 01 03 82 01 00 85 02 00 01 86 20 DF C7 1E 09 A3 CE \
             8E 86 B0 F5 B6 75 BE B7 7A 0E 82 33 BF F1 8A CD 8F 38 34 B0 DB 20 D9 40 4B 28",
        );
        assert_eq!(wire, example);
        // Table 205's header: progress indicator 03, image type 0001, hash, payload, options.
        let mut update = FirmwareUpdate::new(b"image");
        update.mode = CommitMode::AutoCommit;
        let load = update.load_request();
        assert_eq!(load.progress_indicator, 3);
        assert_eq!(load.hash_checksum, Some(update.sha256()));
        assert_eq!(
            load.load_options,
            Some(load_firmware_file::RequestLoadOptions::AutoCommit)
        );
        let wire = Envelope::request(1, &load).encode();
        assert!(wire.windows(4).any(|w| w == [0x85, 0x02, 0x00, 0x01]));
        assert!(wire.ends_with(&[0x87, 0x05, b'i', b'm', b'a', b'g', b'e', 0x88, 0x01, 0x01]));
    }

    #[test]
    fn notices_are_named_by_the_spec() {
        // Table 231: the notification example.
        let bytes = unhex("AA 00 81 04 83 00 09 05 82 04 08 01 0A 03");
        let envelope = Envelope::decode(&bytes).unwrap();
        assert_eq!(envelope.info.message_type, MessageType::Notification);
        let Event::Notification(n) = crate::core::type_notification(envelope) else {
            panic!("not typed");
        };
        let notice = FirmwareNotice::from_notification(&n).unwrap();
        assert_eq!(notice.kind, NoticeKind::Committed);
        assert!(notice.resets(CommitMode::Separate));
        assert_eq!(
            notice.text,
            "Firmware Update Successful (0x0905): Commit Firmware from File Complete, Success (08010A03)"
        );
        let failed = |detail: [u8; 4]| {
            let mut e = Envelope::decode(&bytes).unwrap();
            e.info.id = 0x0906;
            e.status = Some(detail.to_vec());
            let Event::Notification(n) = crate::core::type_notification(e) else {
                panic!("not typed");
            };
            FirmwareNotice::from_notification(&n).unwrap()
        };
        assert_eq!(failed([8, 1, 9, 4]).kind, NoticeKind::LoadFailed);
        assert!(!failed([8, 1, 9, 4]).resets(CommitMode::Separate));
        assert!(failed([8, 1, 9, 4]).resets(CommitMode::AutoCommit));
        assert!(failed([8, 1, 0x0A, 4])
            .text
            .contains("Commit Firmware from File Complete, Failed"));
    }

    #[test]
    fn battery_and_hash_refusals_have_their_own_errors() {
        let status = |bytes| ClientError::Status {
            command_id: 0xD801,
            status: Status::from_bytes(bytes),
            additional: None,
        };
        // Table 204: the battery refusal.
        assert!(matches!(
            classify(status([0x80, 0x02, 0x03, 0x16]), [0; 32]),
            FirmwareError::BatteryLow { .. }
        ));
        let hash = ClientError::Status {
            command_id: 0xD801,
            status: Status::from_bytes([0x80, 0x02, 0x01, 0x02]),
            additional: Some(vec![0x86]),
        };
        let e = classify(hash, [0xAB; 32]);
        assert!(matches!(e, FirmwareError::HashMismatch { .. }), "{e:?}");
        assert!(e.to_string().contains("ABABAB"), "{e}");
        assert!(matches!(
            classify(status([0x80, 0x02, 0x01, 0x02]), [0; 32]),
            FirmwareError::Client(ClientError::Status { .. })
        ));
        assert_eq!(value_text(b"1000007183-A1\0\0"), "1000007183-A1");
        assert_eq!(value_text(&[0x01, 0x00]), "0100");
    }
}
