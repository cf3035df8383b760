//! The device model: one host message in, the device's messages out.
//!
//! [`Device`] has no clock and no threads. The caller passes the current
//! [`Instant`]; messages that a real device sends later (transaction
//! notifications, the reset notification) are kept in a schedule and handed
//! out by [`Device::poll`] once due, so tests can drive time by hand.

use crate::firmware::{Firmware, FirmwareConfig, FirmwareFault};
use crate::outgoing::{answer, notification, parameter_detail, reply, response, with_command_id};
pub use crate::outgoing::{MessageKind, Outgoing};

pub(crate) mod ui;
use crate::properties::{default_properties, PropertyDefinition, PropertyStore};
use crate::transaction::{Sale, Stage, TECH_CONTACT, TECH_CONTACTLESS, TECH_MSR};
use mms_codec::{Contents, DecodeContext, Tag, TlvIter, TlvNode};
use mms_protocol::bits::Flags;
use mms_protocol::generated::commands::{
    delete_file_from_device, echo, get_file_info_from_device, resume_transaction,
    start_get_file_from_device, start_send_file_to_device_unsecured, start_transaction,
};
use mms_protocol::generated::file_types::FileType;
use mms_protocol::{Envelope, MessageInfo, MessageType};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// Command IDs the simulator implements (the generated modules' `ID`s).
pub mod commands {
    use mms_protocol::generated::commands as generated;

    /// Command 0x1001 - Start Transaction.
    pub const START_TRANSACTION: u16 = generated::start_transaction::ID;
    /// Command 0x1004 - Resume Transaction.
    pub const RESUME_TRANSACTION: u16 = generated::resume_transaction::ID;
    /// Command 0x1008 - Cancel Transaction.
    pub const CANCEL_TRANSACTION: u16 = generated::cancel_transaction::ID;
    /// Command 0xD801 - Load Firmware File.
    pub const LOAD_FIRMWARE: u16 = generated::load_firmware_file::ID;
    /// Command 0xD901 - Commit Firmware from File.
    pub const COMMIT_FIRMWARE: u16 = generated::commit_firmware_from_file::ID;
    /// Command 0x1F01 - Reset Device.
    pub const RESET_DEVICE: u16 = generated::reset_device::ID;
    /// Command 0xD101 - Get Property.
    pub const GET_PROPERTY: u16 = generated::get_property::ID;
    /// Command 0xD111 - Set Property (Unsecured).
    pub const SET_PROPERTY: u16 = generated::set_property_unsecured::ID;
    /// Command 0xD811 - Start Send File to Device (Secured).
    pub const SEND_FILE_SECURED: u16 = generated::start_send_file_to_device_secured::ID;
    /// Command 0xD812 - Start Send File to Device (Unsecured).
    pub const SEND_FILE: u16 = generated::start_send_file_to_device_unsecured::ID;
    /// Command 0xD821 - Start Get File from Device.
    pub const GET_FILE: u16 = generated::start_get_file_from_device::ID;
    /// Command 0xD825 - Get File Info from Device.
    pub const GET_FILE_INFO: u16 = generated::get_file_info_from_device::ID;
    /// Command 0xD831 - Delete File from Device.
    pub const DELETE_FILE: u16 = generated::delete_file_from_device::ID;
    /// Command 0xDF01 - Echo.
    pub const ECHO: u16 = generated::echo::ID;
}

/// Notification IDs the simulator sends.
pub mod notifications {
    /// Notification 0x0101 - Transaction Information Update.
    pub const TRANSACTION_INFORMATION_UPDATE: u16 = 0x0101;
    /// Notification 0x0105 - Transaction Operation Complete.
    pub const TRANSACTION_OPERATION_COMPLETE: u16 = 0x0105;
    /// Notification 0x0905 - Firmware Update Successful.
    pub const FIRMWARE_UPDATE_SUCCESSFUL: u16 = 0x0905;
    /// Notification 0x0906 - Firmware Update Failed.
    pub const FIRMWARE_UPDATE_FAILED: u16 = 0x0906;
    /// Notification 0x0907 - Firmware is Up to Date.
    pub const FIRMWARE_IS_UP_TO_DATE: u16 = 0x0907;
    /// Notification 0x1001 - Device Information Update.
    pub const DEVICE_INFORMATION_UPDATE: u16 = 0x1001;
}

/// Behaviour knobs of the simulated device.
#[derive(Clone, Debug)]
pub struct DeviceConfig {
    /// The properties the device has, with their defaults (by default every
    /// property of the spec: [`default_properties`](crate::default_properties)).
    pub properties: Vec<PropertyDefinition>,
    /// Time from Start Transaction until the simulated cardholder presents a card.
    pub card_delay: Duration,
    /// Time between the transaction notifications that follow.
    pub step_delay: Duration,
    /// Time from the Reset Device response until the device is back
    /// (the manual allows up to 500 ms).
    pub reset_delay: Duration,
    /// Largest file accepted by 0xD811 / 0xD812 (640 KiB: image slot 1).
    pub max_file_len: usize,
    /// Largest user file (file type 0x08).
    pub max_user_file_len: usize,
    /// How long the device waits for the data file after a send-file start.
    pub file_timeout: Duration,
    /// Most bytes Echo accepts across its parameters.
    pub echo_limit: usize,
    /// Firmware update timing and size (see [`crate::firmware`]).
    pub firmware: FirmwareConfig,
    /// Display, signature, selection and key behaviour (and their faults).
    pub ui: ui::UiConfig,
}

impl DeviceConfig {
    /// The default configuration with the properties of `spec`
    /// ([`device_properties`](crate::device_properties)): what `mms --sim`
    /// and `mms sim` serve. [`DeviceConfig::default`] is this for the builtin spec.
    pub fn for_spec(spec: &mms_spec::Spec) -> Self {
        DeviceConfig {
            properties: crate::properties::device_properties(spec),
            ..DeviceConfig::default()
        }
    }
}

impl Default for DeviceConfig {
    fn default() -> Self {
        DeviceConfig {
            properties: default_properties(),
            card_delay: Duration::from_millis(150),
            step_delay: Duration::from_millis(100),
            reset_delay: Duration::from_millis(300),
            max_file_len: 640 * 1024,
            max_user_file_len: 10_000,
            file_timeout: Duration::from_secs(30),
            echo_limit: 128,
            firmware: FirmwareConfig::default(),
            ui: ui::UiConfig::default(),
        }
    }
}

/// A stored file.
#[derive(Clone, Debug)]
pub(crate) struct StoredFile {
    data: Vec<u8>,
    hash: [u8; 32],
    /// Raw value of the A3 File Description the host sent.
    description: Vec<u8>,
}

impl StoredFile {
    /// A file the device made itself (no description).
    pub(crate) fn new(data: Vec<u8>) -> Self {
        let hash = Sha256::digest(&data).into();
        StoredFile {
            data,
            hash,
            description: Vec::new(),
        }
    }
}

/// A send-file that is waiting for its data file message.
#[derive(Clone, Debug)]
struct PendingUpload {
    command: u16,
    file_id: [u8; 4],
    len: usize,
    hash: [u8; 32],
    description: Vec<u8>,
    expires: Instant,
}

/// Why a scheduled message exists, so cancel and reset can drop it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    Transaction,
    Reset,
    /// Display, buzzer, signature and key notifications (`crate::ui`).
    Ui,
}

#[derive(Clone, Debug)]
pub(crate) struct Scheduled {
    pub(crate) out: Outgoing,
    pub(crate) owner: Owner,
    /// Delivering this message ends the transaction.
    pub(crate) ends_transaction: bool,
    /// Send again after this long until the host acknowledges (the Device
    /// Reset Occurred notification, property 1.2.7.1.1.1).
    pub(crate) repeat: Option<Duration>,
}

/// A transaction in progress.
#[derive(Clone, Debug)]
struct Transaction {
    sale: Sale,
    waiting_for_arpc: bool,
}

/// The simulated device.
#[derive(Debug)]
pub struct Device {
    pub(crate) config: DeviceConfig,
    pub(crate) properties: PropertyStore,
    pub(crate) files: BTreeMap<[u8; 4], StoredFile>,
    upload: Option<PendingUpload>,
    transaction: Option<Transaction>,
    /// Counter of the KSNs its transaction data is encrypted under.
    ksn_counter: u32,
    pub(crate) schedule: Vec<Scheduled>,
    rejected: Vec<String>,
    firmware: Firmware,
    pub(crate) ui: ui::UiState,
}

impl Default for Device {
    fn default() -> Self {
        Device::new(DeviceConfig::default())
    }
}

impl Device {
    /// A device with the given configuration, all properties at their defaults.
    pub fn new(config: DeviceConfig) -> Self {
        let properties = PropertyStore::new(config.properties.clone());
        let firmware = Firmware::new(config.firmware.clone());
        Device {
            config,
            properties,
            files: BTreeMap::new(),
            upload: None,
            transaction: None,
            ksn_counter: 0,
            schedule: Vec::new(),
            rejected: Vec::new(),
            firmware,
            ui: Default::default(),
        }
    }

    /// The stored properties (read or preset values).
    pub fn properties(&self) -> &PropertyStore {
        &self.properties
    }

    /// The stored properties, mutable (to preset values in tests).
    pub fn properties_mut(&mut self) -> &mut PropertyStore {
        &mut self.properties
    }

    /// Whether a transaction is in progress.
    pub fn transaction_active(&self) -> bool {
        self.transaction.is_some()
    }

    /// Shows `fault` on every firmware update from now on (`None` clears it).
    pub fn set_firmware_fault(&mut self, fault: Option<FirmwareFault>) {
        self.firmware.set_fault(fault);
    }

    /// Whether the device is away for a reset at `now` (it answers nothing).
    pub fn is_resetting(&self, now: Instant) -> bool {
        self.firmware.offline(now)
    }

    /// A stored file's contents.
    pub fn file(&self, file_id: [u8; 4]) -> Option<&[u8]> {
        self.files.get(&file_id).map(|f| f.data.as_slice())
    }

    /// Messages the device could not read at all (no reply possible), oldest
    /// first, each with the reason. Cleared by [`Device::take_rejected`].
    pub fn take_rejected(&mut self) -> Vec<String> {
        std::mem::take(&mut self.rejected)
    }

    /// When the next scheduled message is due.
    pub fn next_due(&self) -> Option<Instant> {
        self.schedule.iter().map(|s| s.out.due).min()
    }

    /// Scheduled messages due at `now`, in order.
    pub fn poll(&mut self, now: Instant) -> Vec<Outgoing> {
        let mut due: Vec<Scheduled> = Vec::new();
        let mut index = 0;
        while index < self.schedule.len() {
            if self.schedule[index].out.due <= now {
                due.push(self.schedule.remove(index));
            } else {
                index += 1;
            }
        }
        due.sort_by_key(|s| s.out.due);
        let acknowledged = self
            .properties
            .value(&RESET_ACKNOWLEDGED)
            .is_some_and(|v| v.iter().any(|b| *b != 0));
        let mut out = Vec::with_capacity(due.len());
        for item in due {
            if item.repeat.is_some() && acknowledged {
                continue;
            }
            if item.ends_transaction {
                self.transaction = None;
            }
            if item.out.kind == MessageKind::Reset {
                self.transaction = None;
                self.upload = None;
                self.schedule.retain(|s| s.owner != Owner::Transaction);
                let back = now + self.config.reset_delay;
                self.firmware.reset(&mut self.properties, back);
            }
            if let Some(period) = item.repeat {
                let mut again = item.clone();
                again.out.due = now.max(item.out.due) + period;
                self.schedule.push(again);
            }
            out.push(item.out);
        }
        out
    }

    /// Sends an unsolicited notification at `due` (for demos and tests).
    pub fn schedule_notification(
        &mut self,
        id: u16,
        detail: [u8; 4],
        payload: Option<&[u8]>,
        due: Instant,
    ) {
        self.schedule.push(Scheduled {
            out: Outgoing {
                kind: MessageKind::Notification,
                message: notification(id, detail, payload),
                due,
            },
            owner: Owner::Reset,
            ends_transaction: false,
            repeat: None,
        });
    }

    /// Handles one host message received at `now`. Returns the messages the
    /// device sends right away; later ones come from [`Device::poll`].
    pub fn handle(&mut self, bytes: &[u8], now: Instant) -> Vec<Outgoing> {
        let mut out = Vec::new();
        if self.firmware.offline(now) {
            self.reject("the device is resetting".into());
            return out;
        }
        let envelope = match Envelope::decode(bytes) {
            Ok(envelope) => envelope,
            Err(error) => {
                self.reject(format!("malformed message: {error}"));
                return out;
            }
        };
        let MessageInfo {
            message_type,
            reference,
            id: command,
            ..
        } = envelope.info;
        match message_type {
            MessageType::Request => self.request(
                reference,
                command,
                envelope.payload.as_deref(),
                now,
                &mut out,
            ),
            MessageType::DataFileToDevice => {
                // Table 15: the file type follows the command ID; the payload is the file.
                match (envelope.info.file_type(), envelope.payload) {
                    (Some(file_type), Some(payload)) => self.data_file(
                        reference,
                        command,
                        file_type.to_be_bytes(),
                        &payload,
                        now,
                        &mut out,
                    ),
                    _ => out.push(reply(
                        reference,
                        command,
                        answer::bad_message(),
                        None,
                        None,
                        now,
                    )),
                }
            }
            other => self.reject(format!(
                "message type {:02X} is not one a host sends",
                other.to_raw()
            )),
        }
        out
    }

    /// Keeps why a message got no reply (bounded: a caller that never looks
    /// must not grow memory).
    pub(crate) fn reject(&mut self, reason: String) {
        if self.rejected.len() == MAX_REJECTED {
            self.rejected.remove(0);
        }
        self.rejected.push(reason);
    }

    fn request(
        &mut self,
        reference: u8,
        command: u16,
        payload: Option<&[u8]>,
        now: Instant,
        out: &mut Vec<Outgoing>,
    ) {
        // The payload starts with the command ID again (Table 11); a request
        // whose two IDs disagree is malformed.
        let params = match payload {
            Some(p) if p.len() >= 2 && p[..2] == command.to_be_bytes() => Some(&p[2..]),
            Some(_) => {
                out.push(reply(
                    reference,
                    command,
                    answer::bad_message(),
                    Some(&[0x84]),
                    None,
                    now,
                ));
                return;
            }
            None => None,
        };
        let params_or_empty = params.unwrap_or(&[]);
        use commands::*;
        match command {
            ECHO => self.echo(reference, params_or_empty, now, out),
            GET_PROPERTY => match self.properties.get(params_or_empty) {
                Ok(answer) => out.push(property_reply(reference, command, &answer, now)),
                Err(e) => out.push(reply(
                    reference,
                    command,
                    e.status,
                    Some(&e.detail),
                    None,
                    now,
                )),
            },
            SET_PROPERTY => match self.properties.set(params_or_empty) {
                Ok(()) => out.push(property_reply(reference, command, params_or_empty, now)),
                Err(e) => out.push(reply(
                    reference,
                    command,
                    e.status,
                    Some(&e.detail),
                    None,
                    now,
                )),
            },
            RESET_DEVICE => self.reset(reference, now, out),
            LOAD_FIRMWARE => {
                let replies = self
                    .firmware
                    .load(reference, params_or_empty, &self.properties, now);
                self.send_or_schedule(replies, now, out);
            }
            COMMIT_FIRMWARE => {
                let replies = self.firmware.commit(reference, params_or_empty, now);
                self.send_or_schedule(replies, now, out);
            }
            START_TRANSACTION => self.start_transaction(reference, params_or_empty, now, out),
            RESUME_TRANSACTION => self.resume_transaction(reference, params_or_empty, now, out),
            CANCEL_TRANSACTION => self.cancel_transaction(reference, now, out),
            SEND_FILE | SEND_FILE_SECURED => {
                self.start_upload(reference, command, params_or_empty, now, out)
            }
            GET_FILE | GET_FILE_INFO => {
                self.file_info(reference, command, params_or_empty, now, out)
            }
            DELETE_FILE => {
                let request = delete_file_from_device::Request::from_bytes(params_or_empty);
                let status = match request.map(|r| r.file_id.0.to_be_bytes()) {
                    Ok(id) if self.files.remove(&id).is_some() => answer::ok(),
                    Ok(_) => answer::operation_failed(),
                    Err(_) => answer::bad_parameter(),
                };
                let detail = (!status.is_ok()).then_some(&[0x81u8][..]);
                out.push(reply(reference, command, status, detail, None, now));
            }
            id if ui::COMMANDS.contains(&id) => {
                self.ui_request(reference, command, params_or_empty, now, out)
            }
            _ => out.push(reply(
                reference,
                command,
                answer::feature_not_available(),
                None,
                None,
                now,
            )),
        }
    }

    /// Messages due now go out; later ones wait in the schedule.
    fn send_or_schedule(&mut self, replies: Vec<Outgoing>, now: Instant, out: &mut Vec<Outgoing>) {
        for reply in replies {
            if reply.due <= now {
                out.push(reply);
            } else {
                self.schedule.push(Scheduled {
                    out: reply,
                    owner: Owner::Reset,
                    ends_transaction: false,
                    repeat: None,
                });
            }
        }
    }

    fn echo(&mut self, reference: u8, params: &[u8], now: Instant, out: &mut Vec<Outgoing>) {
        let answer = echo::Request::from_bytes(params)
            .ok()
            .filter(|request| echoed_len(request) <= self.config.echo_limit)
            .map(|request| echo::Response {
                data_being_echoed: request.data_to_be_echoed,
                data_being_echoed_2: request.data_to_be_echoed_2,
                unknown: request.unknown,
            });
        let status = if answer.is_some() {
            answer::ok()
        } else {
            answer::bad_parameter()
        };
        let payload = answer.map(|answer| with_command_id(commands::ECHO, &answer));
        out.push(reply(
            reference,
            commands::ECHO,
            status,
            None,
            payload.as_deref(),
            now,
        ));
    }

    fn reset(&mut self, reference: u8, now: Instant, out: &mut Vec<Outgoing>) {
        out.push(reply(
            reference,
            commands::RESET_DEVICE,
            answer::ok(),
            None,
            None,
            now,
        ));
        self.transaction = None;
        self.upload = None;
        self.schedule.clear();
        let control = self
            .properties
            .value(&[1, 2, 7, 1, 1, 1])
            .and_then(|v| v.first().copied())
            .unwrap_or(0);
        // 0x00 never, 0xFF once, otherwise every `control` seconds until the
        // host sets 1.2.7.1.1.2 (manual Table 932).
        if control != 0 {
            self.properties.force(&RESET_ACKNOWLEDGED, &[0x00]);
            // Payload items mirror properties 2.3.1.2.1.1 and 2.3.1.2.1.2 (Table 335).
            let status = self
                .properties
                .value(&[2, 3, 1, 2, 1, 1])
                .unwrap_or(&[0x02]);
            let detail = self
                .properties
                .value(&[2, 3, 1, 2, 1, 2])
                .unwrap_or(&[0x00]);
            let payload = vec![primitive(0x81, status), primitive(0x82, detail)].to_bytes();
            let repeat = (control != 0xFF).then(|| Duration::from_secs(u64::from(control)));
            self.schedule.push(Scheduled {
                out: Outgoing {
                    kind: MessageKind::Notification,
                    message: notification(
                        notifications::DEVICE_INFORMATION_UPDATE,
                        [0, 0, 0, 0],
                        Some(&payload),
                    ),
                    due: now + self.config.reset_delay,
                },
                owner: Owner::Reset,
                ends_transaction: false,
                repeat,
            });
        }
    }

    fn start_transaction(
        &mut self,
        reference: u8,
        params: &[u8],
        now: Instant,
        out: &mut Vec<Outgoing>,
    ) {
        let command = commands::START_TRANSACTION;
        if self.transaction.is_some() {
            out.push(reply(
                reference,
                command,
                answer::transaction_in_progress(),
                None,
                None,
                now,
            ));
            return;
        }
        let request = match parse_transaction_request(params) {
            Ok(r) => r,
            Err(tag) => {
                out.push(reply(
                    reference,
                    command,
                    answer::bad_parameter(),
                    Some(&[tag]),
                    None,
                    now,
                ));
                return;
            }
        };
        out.push(reply(
            reference,
            command,
            answer::started(),
            None,
            None,
            now,
        ));
        self.transaction = Some(Transaction {
            sale: request.sale,
            waiting_for_arpc: false,
        });

        let timeout = Duration::from_secs(u64::from(request.timeout_seconds));
        if request.timeout_seconds != 0 && self.config.card_delay > timeout {
            self.schedule_transaction(
                notifications::TRANSACTION_OPERATION_COMPLETE,
                [0x00, 0x01, 0x00, 0x00],
                None,
                now + timeout,
                true,
            );
            return;
        }
        if self.ask_selection(request.quick_chip, now) {
            return;
        }
        self.card_flow(now + self.config.card_delay, request.quick_chip);
    }

    /// Schedules the card being read at `at` and what follows (ARQC, then
    /// batch data and the outcome, or a wait for the host's ARPC).
    pub(crate) fn card_flow(&mut self, at: Instant, quick_chip: bool) {
        let Some(technology) = self.transaction.as_ref().map(|t| t.sale.technology) else {
            return;
        };
        let step = self.config.step_delay;
        let mut at = at;
        let card_event = match technology {
            TECH_CONTACTLESS => [TECH_CONTACTLESS, 0x01, 0x04, 0x00],
            TECH_CONTACT => [TECH_CONTACT, 0x01, 0x02, 0x00],
            _ => [TECH_MSR, 0x01, 0x01, 0x00],
        };
        self.schedule_transaction(
            notifications::TRANSACTION_INFORMATION_UPDATE,
            card_event,
            None,
            at,
            false,
        );
        at += step;
        let arqc = self.transaction_data(Stage::Arqc);
        self.schedule_transaction(
            notifications::TRANSACTION_INFORMATION_UPDATE,
            [technology, 0x08, 0x02, 0x02],
            Some(&arqc),
            at,
            false,
        );
        // Only a contact card waits for the host's ARPC (0x1004), and only outside Quick Chip.
        if quick_chip || technology != TECH_CONTACT {
            let outcome = [technology, 0x02, 0x07, 0x00];
            self.finish_transaction(
                at + step,
                outcome,
                Stage::Batch {
                    approved: true,
                    arpc: None,
                },
            );
        } else if let Some(t) = self.transaction.as_mut() {
            t.waiting_for_arpc = true;
        }
    }

    /// Schedules batch data and the final outcome.
    fn finish_transaction(&mut self, at: Instant, outcome: [u8; 4], stage: Stage<'_>) {
        let technology = outcome[0];
        let batch = self.transaction_data(stage);
        self.schedule_transaction(
            notifications::TRANSACTION_INFORMATION_UPDATE,
            [technology, 0x08, 0x03, 0x02],
            Some(&batch),
            at,
            false,
        );
        self.schedule_transaction(
            notifications::TRANSACTION_OPERATION_COMPLETE,
            outcome,
            None,
            at + self.config.step_delay,
            true,
        );
    }

    fn resume_transaction(
        &mut self,
        reference: u8,
        params: &[u8],
        now: Instant,
        out: &mut Vec<Outgoing>,
    ) {
        let command = commands::RESUME_TRANSACTION;
        let technology = match &self.transaction {
            Some(t) if t.waiting_for_arpc => t.sale.technology,
            Some(_) => {
                out.push(reply(
                    reference,
                    command,
                    answer::wrong_transaction_state(),
                    None,
                    None,
                    now,
                ));
                return;
            }
            None => {
                out.push(reply(
                    reference,
                    command,
                    answer::no_transaction(),
                    None,
                    None,
                    now,
                ));
                return;
            }
        };
        let arpc = resume_transaction::Request::from_bytes(params)
            .ok()
            .and_then(|r| mms_emv::read_arpc(&r.arpc_data));
        let Some(arpc) = arpc else {
            out.push(reply(
                reference,
                command,
                answer::bad_parameter(),
                Some(&[0x84]),
                None,
                now,
            ));
            return;
        };
        // Table 79: the response payload is just the command ID.
        let payload = command.to_be_bytes();
        out.push(reply(
            reference,
            command,
            answer::ok(),
            None,
            Some(&payload),
            now,
        ));
        if let Some(t) = self.transaction.as_mut() {
            t.waiting_for_arpc = false;
        }
        let approved = arpc.approved();
        let outcome = [technology, 0x02, if approved { 0x06 } else { 0x80 }, 0x00];
        let stage = Stage::Batch {
            approved,
            arpc: Some(&arpc.response),
        };
        self.finish_transaction(now + self.config.step_delay, outcome, stage);
    }

    fn cancel_transaction(&mut self, reference: u8, now: Instant, out: &mut Vec<Outgoing>) {
        let command = commands::CANCEL_TRANSACTION;
        if self.transaction.take().is_none() {
            out.push(reply(
                reference,
                command,
                answer::no_transaction(),
                None,
                None,
                now,
            ));
            return;
        }
        self.schedule.retain(|s| s.owner != Owner::Transaction);
        out.push(reply(reference, command, answer::ok(), None, None, now));
        out.push(Outgoing {
            kind: MessageKind::Notification,
            message: notification(
                notifications::TRANSACTION_OPERATION_COMPLETE,
                [0x00, 0x03, 0x01, 0x00],
                None,
            ),
            due: now,
        });
    }

    pub(crate) fn schedule_transaction(
        &mut self,
        id: u16,
        detail: [u8; 4],
        payload: Option<&[u8]>,
        due: Instant,
        ends_transaction: bool,
    ) {
        self.schedule.push(Scheduled {
            out: Outgoing {
                kind: MessageKind::Notification,
                message: notification(id, detail, payload),
                due,
            },
            owner: Owner::Transaction,
            ends_transaction,
            repeat: None,
        });
    }

    /// A notification payload carrying transaction data (Table 309), each
    /// under the next KSN.
    fn transaction_data(&mut self, stage: Stage<'_>) -> Vec<u8> {
        let sale = self
            .transaction
            .as_ref()
            .map(|t| t.sale.clone())
            .unwrap_or_default();
        let serial = self.properties.value(&[2, 2, 1, 1, 1, 1]).unwrap_or(&[]);
        let serial_text = mms_spec::format_hex(serial).replace(' ', "");
        self.ksn_counter += 1;
        crate::transaction::notification_payload(&sale, stage, &serial_text, self.ksn_counter)
    }

    fn start_upload(
        &mut self,
        reference: u8,
        command: u16,
        params: &[u8],
        now: Instant,
        out: &mut Vec<Outgoing>,
    ) {
        match self.parse_upload(command, params, now) {
            Ok(upload) => {
                self.upload = Some(upload);
                out.push(reply(reference, command, answer::ok(), None, None, now));
            }
            Err(detail) => out.push(reply(
                reference,
                command,
                answer::bad_parameter(),
                Some(&detail),
                None,
                now,
            )),
        }
    }

    /// Reads a send-file request (Table 211); errors name the bad parameter.
    fn parse_upload(
        &self,
        command: u16,
        params: &[u8],
        now: Instant,
    ) -> Result<PendingUpload, Vec<u8>> {
        // D811 carries the same parameters as D812 (inside its secure wrapper,
        // which the simulator does not check).
        // Parameters that are not TLV at all blame the payload (84), as the
        // other commands do; otherwise the decode error names the parameter.
        is_tlv(params).ok_or_else(|| vec![0x84])?;
        let request = start_send_file_to_device_unsecured::Request::from_bytes(params)
            .map_err(|e| parameter_detail(&e))?;
        let file_id = request.file_id.0.to_be_bytes();
        let properties = &request.file_transfer_properties;
        let len_field = &properties.length_of_file_payload;
        if len_field.is_empty() || len_field.len() > 4 {
            return Err(vec![0xA2, 0x81]);
        }
        let len = len_field
            .iter()
            .fold(0usize, |acc, b| (acc << 8) | usize::from(*b));
        let limit = if file_id[0] == 0x08 {
            self.config.max_user_file_len
        } else {
            self.config.max_file_len
        };
        if len > limit {
            return Err(vec![0xA2, 0x81]);
        }
        use mms_protocol::generated::value_sets::HashChecksumType as HashType;
        if properties.hash_checksum_type != HashType::Sha256 {
            return Err(vec![0xA2, 0x82]);
        }
        Ok(PendingUpload {
            command,
            file_id,
            len,
            hash: properties.hash_checksum,
            description: request.file_description.to_bytes(),
            expires: now + self.config.file_timeout,
        })
    }

    fn data_file(
        &mut self,
        reference: u8,
        command: u16,
        file_id: [u8; 4],
        payload: &[u8],
        now: Instant,
        out: &mut Vec<Outgoing>,
    ) {
        let upload = match self.upload.take() {
            Some(u) if u.expires >= now && u.command == command && u.file_id == file_id => u,
            other => {
                // Not the file the device is waiting for; keep waiting for the
                // right one if there is one.
                self.upload = other.filter(|u| u.expires >= now);
                out.push(reply(
                    reference,
                    command,
                    answer::bad_message(),
                    Some(&[0x81]),
                    None,
                    now,
                ));
                return;
            }
        };
        let detail: Option<&[u8]> = if payload.len() != upload.len {
            Some(&[0xA2, 0x81])
        } else if Sha256::digest(payload).as_slice() != upload.hash {
            Some(&[0xA2, 0x83])
        } else {
            None
        };
        if let Some(detail) = detail {
            out.push(reply(
                reference,
                command,
                answer::failed_bad_data(),
                Some(detail),
                None,
                now,
            ));
            return;
        }
        self.files.insert(
            file_id,
            StoredFile {
                data: payload.to_vec(),
                hash: upload.hash,
                description: upload.description,
            },
        );
        out.push(reply(reference, command, answer::ok(), None, None, now));
    }

    /// 0xD821 (info, then the data file) and 0xD825 (info only).
    fn file_info(
        &mut self,
        reference: u8,
        command: u16,
        params: &[u8],
        now: Instant,
        out: &mut Vec<Outgoing>,
    ) {
        // D821 and D825 requests both start with the file ID; D821 may add 87.
        let file_id = match command {
            commands::GET_FILE => start_get_file_from_device::Request::from_bytes(params)
                .map(|r| r.file_id.0.to_be_bytes()),
            _ => get_file_info_from_device::Request::from_bytes(params)
                .map(|r| r.file_id.0.to_be_bytes()),
        };
        let Ok(file_id) = file_id else {
            out.push(reply(
                reference,
                command,
                answer::bad_parameter(),
                Some(&[0x81]),
                None,
                now,
            ));
            return;
        };
        let Some(file) = self.files.get(&file_id) else {
            out.push(reply(
                reference,
                command,
                answer::operation_failed(),
                Some(&[0x81]),
                None,
                now,
            ));
            return;
        };
        let payload = file_info_payload(command, file_id, file);
        out.push(reply(
            reference,
            command,
            answer::ok(),
            None,
            Some(&payload),
            now,
        ));
        if command == commands::GET_FILE {
            // The device erases a CSR once fetched (manual, CSR File Types).
            let erase = file_id == FileType::CERTIFICATE_SIGNING_REQUEST_CSR.0.to_be_bytes();
            out.push(Outgoing {
                kind: MessageKind::DataFile,
                message: Envelope::data_file(
                    MessageType::DataFileFromDevice,
                    reference,
                    command,
                    u32::from_be_bytes(file_id),
                    file.data.clone(),
                )
                .encode(),
                due: now,
            });
            if erase {
                self.files.remove(&file_id);
            }
        }
    }
}

/// Property 1.2.7.1.1.2 Device Reset Occurred Notification Acknowledged.
const RESET_ACKNOWLEDGED: [u32; 6] = [1, 2, 7, 1, 1, 2];
/// Most unreadable-message reasons kept by [`Device::take_rejected`].
const MAX_REJECTED: usize = 100;

struct TransactionRequest {
    timeout_seconds: u8,
    quick_chip: bool,
    sale: Sale,
}

/// Reads a Start Transaction request (Table 70); errors name the bad tag.
fn parse_transaction_request(params: &[u8]) -> Result<TransactionRequest, u8> {
    // Not TLV at all: blame the payload (84), as the other commands do.
    is_tlv(params).ok_or(0x84u8)?;
    let request =
        start_transaction::Request::from_bytes(params).map_err(|e| parameter_detail(&e)[0])?;
    let timeout_seconds = request.transaction_timeout_in_seconds;
    // Defaults: MSR off, contact and contactless on (Table 70).
    let mut modes = [0x00u8, 0x01, 0x01];
    if let Some(readers) = &request.reader_options {
        let given = [
            readers.magnetic_stripe_reader_mode.map(|m| m.to_raw()),
            readers.contact_reader_mode.map(|m| m.to_raw()),
            readers.contactless_reader_mode.map(|m| m.to_raw()),
        ];
        for (slot, mode) in given.into_iter().enumerate() {
            if let Some(mode) = mode {
                modes[slot] = mode;
            }
        }
    }
    let technology = if modes[2] != 0 {
        TECH_CONTACTLESS
    } else if modes[1] != 0 {
        TECH_CONTACT
    } else if modes[0] != 0 {
        TECH_MSR
    } else {
        return Err(0xA3);
    };
    let quick_chip = request.transaction_options.is_none_or(|options| {
        options.contains(start_transaction::TransactionOptions::QUICK_CHIP_TRANSACTION_FLOW)
    });
    let mut sale = Sale {
        technology,
        ..Sale::default()
    };
    if let Some(list) = &request.transaction_tlv {
        for item in &list.unknown.items {
            let value = item.value.as_slice();
            match item.tag.to_u32() {
                0x9F02 => copy_exact(&mut sale.amount, value),
                0x9F03 => copy_exact(&mut sale.other_amount, value),
                0x5F2A => copy_exact(&mut sale.currency, value),
                0x9C => copy_exact(std::slice::from_mut(&mut sale.transaction_type), value),
                _ => {}
            }
        }
    }
    Ok(TransactionRequest {
        timeout_seconds,
        quick_chip,
        sale,
    })
}

/// Copies `value` into `slot` when the lengths agree (other lengths keep the default).
fn copy_exact(slot: &mut [u8], value: &[u8]) {
    if slot.len() == value.len() {
        slot.copy_from_slice(value);
    }
}

/// Bytes Echo is asked to return (what [`DeviceConfig::echo_limit`] limits).
fn echoed_len(request: &echo::Request) -> usize {
    [&request.data_to_be_echoed, &request.data_to_be_echoed_2]
        .iter()
        .filter_map(|data| data.as_ref().map(Vec::len))
        .sum::<usize>()
        + request
            .unknown
            .items
            .iter()
            .map(|item| item.value.len())
            .sum::<usize>()
}

/// The response payload of D821 or D825 for a stored file: file ID, length,
/// SHA-256 and the description the host sent. The two responses have the
/// same items (Tables 216 and 220), so one type builds both.
fn file_info_payload(command: u16, file_id: [u8; 4], file: &StoredFile) -> Vec<u8> {
    use get_file_info_from_device as info;
    let response = info::Response::new(
        FileType(u32::from_be_bytes(file_id)),
        info::ResponseFileTransferProperties::new(
            (file.data.len() as u32).to_be_bytes().to_vec(),
            mms_protocol::generated::value_sets::HashChecksumType::Sha256,
            file.hash,
        ),
        info::ResponseFileDescription::from_bytes(&file.description).unwrap_or_default(),
    );
    with_command_id(command, &response)
}

/// Property responses carry the command ID and use the `82 hh ll` payload
/// length the manual's examples show.
fn property_reply(reference: u8, command: u16, params: &[u8], now: Instant) -> Outgoing {
    let mut payload = command.to_be_bytes().to_vec();
    payload.extend_from_slice(params);
    Outgoing {
        kind: MessageKind::Response,
        message: response(reference, command, answer::ok(), None, Some(&payload), true),
        due: now,
    }
}

/// Whether `bytes` is a sequence of well-formed TLVs.
fn is_tlv(bytes: &[u8]) -> Option<()> {
    TlvIter::new(bytes, DecodeContext::default())
        .all(|item| item.is_ok())
        .then_some(())
}

fn primitive(tag: u32, value: &[u8]) -> TlvNode {
    TlvNode::primitive(Tag::from_u32(tag), value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail_of(params: &[u8]) -> Vec<u8> {
        let error = start_send_file_to_device_unsecured::Request::from_bytes(params).unwrap_err();
        parameter_detail(&error)
    }

    #[test]
    fn a_bad_send_file_request_names_its_bad_parameter() {
        // File ID of 3 bytes.
        assert_eq!(detail_of(&[0x81, 0x03, 2, 0, 0]), [0x81]);
        // No A2.
        assert_eq!(detail_of(&[0x81, 0x04, 2, 0, 0, 0, 0xA3, 0x00]), [0xA2]);
        // A hash of 2 bytes.
        let params = [
            0x81, 0x04, 2, 0, 0, 0, 0xA2, 0x0A, 0x81, 0x02, 0, 5, 0x82, 0x01, 0x04, 0x83, 0x01,
            0xAB, 0xA3, 0x00,
        ];
        assert_eq!(detail_of(&params), [0xA2, 0x83]);
    }

    #[test]
    fn a_bad_start_transaction_names_its_bad_tag() {
        let tag_of = |params: &[u8]| parse_transaction_request(params).err();
        // No timeout (82).
        assert_eq!(tag_of(&[0x84, 0x02, 0x00, 0x01]), Some(0x82));
        // Transaction options (84) of 1 byte.
        assert_eq!(tag_of(&[0x82, 0x01, 0x3C, 0x84, 0x01, 0x00]), Some(0x84));
        // An empty reader mode in A3.
        assert_eq!(
            tag_of(&[0x82, 0x01, 0x3C, 0xA3, 0x02, 0x81, 0x00]),
            Some(0xA3)
        );
        // Not TLV.
        assert_eq!(tag_of(&[0x82, 0x05]), Some(0x84));
        let request = parse_transaction_request(&[
            0x82, 0x01, 0x3C, 0xA3, 0x03, 0x82, 0x01, 0x01, 0x84, 0x02, 0x00, 0x00,
        ])
        .unwrap();
        assert_eq!(request.timeout_seconds, 0x3C);
        assert_eq!(request.sale.technology, TECH_CONTACTLESS);
        assert!(!request.quick_chip);
    }
}
