//! The reader as a small display: typed calls for Display Message (`1803`),
//! Show Image (`1821`), Show QR Code (`1822`), Buzzer (`1805`), Request
//! Cardholder Signature (`1801`, its result announced by notification `1805`
//! and fetched as the Signature Capture File) and Report Cardholder Selection
//! (`1802`, the host's answer to notification `1803` when a reader without a
//! display asks the cardholder to choose). Each call that the device answers
//! with "started" waits, with a timeout, for the notification that ends it.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let (client, _events) = mms_runtime::Client::new(mms_runtime::memory_pair().0);
//! use std::time::Duration;
//! let captured = client.request_signature(30, Duration::from_secs(40))?;
//! std::fs::write("signature.svg", captured.signature.to_svg())?;
//! # Ok(()) }
//! ```

use std::time::Duration;

use mms_protocol::generated::commands::{
    buzzer, display_message, report_cardholder_selection, request_cardholder_signature, show_image,
    show_qr_code,
};
use mms_protocol::generated::file_types::FileType;
use mms_protocol::generated::notifications::{
    user_interface_host_action_request as host_action,
    user_interface_operation_complete as ui_complete,
};

use mms_codec::Contents;

use crate::client::Client;
use crate::flow::{detail_text, wait_notification, FlowError};
use crate::signature::Signature;

/// Request of `1821` Show Image.
pub type ShowImage = show_image::Request;
/// Request of `1822` Show QR Code.
pub type ShowQrCode = show_qr_code::Request;
/// The status a host reports in `1802`.
pub type SelectionStatus = report_cardholder_selection::RequestCardholderSelectionRequestStatus;

/// Extra time on top of a device-side timeout before giving up on its notification.
pub const NOTIFICATION_SLACK: Duration = Duration::from_secs(5);

/// Detail code of notification `1805` when a signature is ready (manual Table 350).
pub const SIGNATURE_DATA_AVAILABLE: u32 = 0x0101_0101;
/// Detail code of notification `1805` when a timed Display Message ends.
pub const DISPLAY_MESSAGE_DONE: u32 = 0x0201_0000;
/// Detail code of notification `1805` when the buzzer played its tones.
pub const BUZZER_DONE: u32 = 0x0504_0100;
/// Detail code of notification `1803` asking the host for a cardholder selection (Table 345).
pub const CARDHOLDER_SELECTION: u32 = 0x0202_0000;

/// One buzzer tone (`1805`, tag `81`: 4 bytes a tone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tone {
    /// Frequency in Hz (below 50: silent; 50 to 4000).
    pub hz: u16,
    /// Duration in milliseconds (1 to 65535).
    pub ms: u16,
}

/// A signature fetched after Request Cardholder Signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CapturedSignature {
    /// The file type the device named in its notification.
    pub file_type: FileType,
    /// The file as fetched.
    pub file: Vec<u8>,
    /// The file, read.
    pub signature: Signature,
}

/// What the device asks the cardholder to choose from (notification `1803`,
/// Table 348).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SelectionRequest {
    /// How long the device waits for the host's answer, in seconds.
    pub wait_seconds: u8,
    /// Clear the display before showing the lines (else append).
    pub clear: bool,
    /// The message's lines (split at NUL or LF), the menu items in order; a
    /// selection is an index into them.
    pub lines: Vec<String>,
}

impl SelectionRequest {
    /// Reads the payload of a `1803` cardholder selection notification.
    pub fn parse(notification: &mms_protocol::Envelope) -> Result<Self, FlowError> {
        let payload: host_action::CardholderSelectionNotificationsNoDisplayOnly = notification
            .decode_payload(host_action::ID)
            .map_err(|e| FlowError::BadResult(format!("cardholder selection request: {e}")))?;
        let lines = payload
            .message
            .split(|b| *b == 0 || *b == b'\n')
            .filter(|line| !line.is_empty())
            .map(|line| String::from_utf8_lossy(line).into_owned())
            .collect();
        Ok(SelectionRequest {
            wait_seconds: payload.time_in_seconds,
            clear: payload.append_or_clear_display.to_raw() == 0x01,
            lines,
        })
    }
}

/// The host's answer to a cardholder selection request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// The cardholder chose the line with this index.
    Chosen(u8),
    /// The cardholder cancelled (the device aborts the transaction).
    Cancelled,
    /// The cardholder did not choose in time (the device aborts the transaction).
    TimedOut,
}

impl Client {
    /// `1803`: shows display string `message_id` (manual section Display
    /// Strings). With `seconds` 0 it stays until changed; otherwise the call
    /// waits until the device reports the time is up (notification `1805`).
    pub fn display_message(&self, message_id: u8, seconds: u8) -> Result<(), FlowError> {
        let events = self.subscribe();
        let request = display_message::Request {
            timeout: Some(seconds),
            message_id: Some(message_id),
            ..Default::default()
        };
        self.call(&request)?;
        if seconds == 0 {
            return Ok(());
        }
        let wait = Duration::from_secs(u64::from(seconds)) + NOTIFICATION_SLACK;
        wait_notification(&events, ui_complete::ID, "1805 display done", wait, |n| {
            n.detail == Some(DISPLAY_MESSAGE_DONE)
        })?;
        Ok(())
    }

    /// `1821`: shows one of the custom idle page images.
    pub fn show_image(&self, request: &ShowImage) -> Result<(), FlowError> {
        self.call(request)?;
        Ok(())
    }

    /// `1822`: shows `request.data_to_encode` as a QR code.
    pub fn show_qr_code(&self, request: &ShowQrCode) -> Result<(), FlowError> {
        self.call(request)?;
        Ok(())
    }

    /// `1805`: plays 1 to 10 tones and waits until the device reports them played.
    pub fn buzzer(&self, tones: &[Tone]) -> Result<(), FlowError> {
        if tones.is_empty() || tones.len() > 10 {
            return Err(FlowError::BadResult(format!(
                "the buzzer plays 1 to 10 tones, not {}",
                tones.len()
            )));
        }
        let events = self.subscribe();
        let n = tones
            .iter()
            .flat_map(|t| [t.hz.to_be_bytes(), t.ms.to_be_bytes()].concat())
            .collect();
        self.call(&buzzer::Request {
            n,
            ..Default::default()
        })?;
        let total: u64 = tones.iter().map(|t| u64::from(t.ms)).sum();
        let wait = Duration::from_millis(total) + NOTIFICATION_SLACK;
        let done = wait_notification(&events, ui_complete::ID, "1805 buzzer result", wait, |n| {
            n.detail.is_some_and(|d| d >> 16 == 0x0504)
        })?;
        ui_outcome(&done, BUZZER_DONE)
    }

    /// `1801`: asks the cardholder to sign within `seconds`, waits up to `wait`
    /// for the outcome (notification `1805`), then fetches and reads the
    /// signature file the notification names. A timeout or missing touch
    /// hardware is [`FlowError::Failed`].
    pub fn request_signature(
        &self,
        seconds: u8,
        wait: Duration,
    ) -> Result<CapturedSignature, FlowError> {
        let events = self.subscribe();
        self.call(&request_cardholder_signature::Request {
            timeout: seconds,
            ..Default::default()
        })?;
        let done = wait_notification(
            &events,
            ui_complete::ID,
            "1805 signature capture",
            wait,
            |n| n.detail.is_some_and(|d| d >> 16 == 0x0101),
        )?;
        ui_outcome(&done, SIGNATURE_DATA_AVAILABLE)?;
        // Table 351: the file ID is the notification's Additional Detail
        // (tag 83, Table 14); a device that puts `83 04 ID` in the payload
        // instead, as the spec now reads it, is understood too.
        let in_payload = done.envelope.payload_body().and_then(|body| {
            ui_complete::AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly::from_bytes(body).ok()
        });
        let file_type = done
            .envelope
            .additional
            .as_deref()
            .and_then(|a| <[u8; 4]>::try_from(a).ok())
            .map(|id| FileType(u32::from_be_bytes(id)))
            .or(in_payload.map(|p| p.file_id))
            .unwrap_or(FileType::SIGNATURE_CAPTURE_FILE);
        let file = self.get_file(file_type, &mut |_, _| {})?.data;
        let signature = Signature::parse(&file)?;
        Ok(CapturedSignature {
            file_type,
            file,
            signature,
        })
    }

    /// Waits up to `wait` for a cardholder selection request (notification
    /// `1803`), asks `choose` for the answer and reports it with `1802`.
    /// Returns the request and the answer sent.
    pub fn cardholder_selection(
        &self,
        wait: Duration,
        choose: impl FnOnce(&SelectionRequest) -> Selection,
    ) -> Result<(SelectionRequest, Selection), FlowError> {
        let events = self.subscribe();
        self.answer_selection(&events, wait, choose)
    }

    /// [`Client::cardholder_selection`] on events subscribed earlier (before
    /// the command that makes the device ask, e.g. Start Transaction).
    pub fn answer_selection(
        &self,
        events: &crate::Events,
        wait: Duration,
        choose: impl FnOnce(&SelectionRequest) -> Selection,
    ) -> Result<(SelectionRequest, Selection), FlowError> {
        let asked = wait_notification(
            events,
            host_action::ID,
            "1803 cardholder selection",
            wait,
            |n| n.detail == Some(CARDHOLDER_SELECTION),
        )?;
        let request = SelectionRequest::parse(&asked.envelope)?;
        let selection = choose(&request);
        let mut report = report_cardholder_selection::Request::new(match selection {
            Selection::Chosen(_) => SelectionStatus::CardholderSelectionRequestCompleted,
            Selection::Cancelled => {
                SelectionStatus::CardholderSelectionRequestCanceledByCardholderTransactionAborted
            }
            Selection::TimedOut => {
                SelectionStatus::CardholderSelectionRequestTimedOutTransactionAborted
            }
        });
        if let Selection::Chosen(index) = selection {
            report.selection_result = Some(index);
        }
        self.call(&report)?;
        Ok((request, selection))
    }
}

/// OK when notification `n` carries `success`, else [`FlowError::Failed`].
fn ui_outcome(n: &crate::flow::Notified, success: u32) -> Result<(), FlowError> {
    match n.detail {
        Some(detail) if detail == success => Ok(()),
        detail => {
            let detail = detail.unwrap_or(0);
            Err(FlowError::Failed {
                notification: n.id,
                detail,
                text: detail_text(n.id, detail),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_encode_as_in_the_manual() {
        // Table 118: 1801 with a 30-second timeout.
        let signature = request_cardholder_signature::Request {
            timeout: 0x1E,
            ..Default::default()
        };
        assert_eq!(signature.to_bytes(), [0x81, 0x01, 0x1E]);
        // Table 122: 1802, completed, item 0.
        let mut report = report_cardholder_selection::Request::new(
            SelectionStatus::CardholderSelectionRequestCompleted,
        );
        report.selection_result = Some(0);
        assert_eq!(report.to_bytes(), [0x81, 0x01, 0x00, 0x82, 0x01, 0x00]);
    }

    #[test]
    fn a_selection_request_reads_its_lines() {
        use mms_protocol::{Envelope, MessageType};
        let payload = [
            &[0x18, 0x03, 0x81, 0x01, 0x1E, 0x82, 0x01, 0x01, 0x83, 0x0C][..],
            b"CREDIT\0DEBIT",
        ]
        .concat();
        let mut envelope = Envelope::build(
            MessageType::Notification,
            0,
            0x1803,
            Some(vec![2, 2, 0, 0]),
            Some(payload),
        );
        envelope.additional = None;
        let request = SelectionRequest::parse(&envelope).unwrap();
        assert_eq!(request.wait_seconds, 30);
        assert!(request.clear);
        assert_eq!(request.lines, ["CREDIT", "DEBIT"]);
    }
}
