//! File transfer (manual command group `D8nn`): send with `D812` (or `D811`,
//! secured), get with `D821`, file info with `D825`, delete with `D831`.
//!
//! Sending is three messages: the start command, then a data file message
//! (type `04`, the file type in its message information, the file as payload),
//! then the device's final response carrying the data file message's reference
//! number. Getting is the start command, its response announcing length and
//! SHA-256, then a data file message (type `84`) from the device. Both sides
//! check length and SHA-256.
//!
//! The payload types are the generated ones of `mms_protocol::generated::commands`;
//! the aliases below name the few that this module's API uses.

use mms_protocol::generated::commands::{
    delete_file_from_device, get_file_info_from_device, start_get_file_from_device,
    start_send_file_to_device_secured, start_send_file_to_device_unsecured,
};
use mms_protocol::generated::file_types::FileType;
use mms_protocol::{Envelope, MessageType};
use sha2::{Digest, Sha256};

use start_get_file_from_device::ResponseFileTransferPropertiesHashChecksumType as HashChecksumType;

use crate::client::{hex, status_is_ok, Client, ClientError, RawResponse};

/// `D812`: Start Send File to Device (Unsecured).
pub const START_SEND_FILE_UNSECURED: u16 = start_send_file_to_device_unsecured::ID;
/// `D811`: Start Send File to Device (Secured).
pub const START_SEND_FILE_SECURED: u16 = start_send_file_to_device_secured::ID;
/// `D821`: Start Get File from Device.
pub const START_GET_FILE: u16 = start_get_file_from_device::ID;
/// `D825`: Get File Info from Device.
pub const GET_FILE_INFO: u16 = get_file_info_from_device::ID;
/// `D831`: Delete File from Device.
pub const DELETE_FILE: u16 = delete_file_from_device::ID;

/// Request of `D812` (and, inside a secure wrapper, of `D811`).
pub type StartSendFile = start_send_file_to_device_unsecured::Request;
/// Tag `A2` of a `D812` request: the file's length and hash ([`transfer_properties`] builds it).
pub type TransferProperties = start_send_file_to_device_unsecured::RequestFileTransferProperties;
/// Tag `A3` of a `D812` request: descriptive fields (all optional).
pub type FileDescription = start_send_file_to_device_unsecured::RequestFileDescription;
/// Request of `D821`.
pub type StartGetFile = start_get_file_from_device::Request;
/// Response of `D821`: the file's type, length, hash and description.
pub type StartGetFileResponse = start_get_file_from_device::Response;
/// Request of `D825`.
pub type GetFileInfo = get_file_info_from_device::Request;
/// Response of `D825`: what the device knows about the file.
pub type FileInfo = get_file_info_from_device::Response;
/// Request of `D831`.
pub type DeleteFile = delete_file_from_device::Request;
/// Response of `D831` (no parameters; anything present is kept in `unknown`).
pub type DeleteFileResponse = delete_file_from_device::Response;

/// The `A2` properties of a `D812` request for `data`: its length (4 bytes) and SHA-256.
pub fn transfer_properties(data: &[u8]) -> TransferProperties {
    TransferProperties::new(
        (data.len() as u32).to_be_bytes().to_vec(),
        start_send_file_to_device_unsecured::RequestFileTransferPropertiesHashChecksumType::Sha256,
        Sha256::digest(data).into(),
    )
}

/// A big-endian, variable-width length field as a number (`None` when wider than 8 bytes).
pub fn file_length(field: &[u8]) -> Option<u64> {
    if field.len() > 8 {
        return None;
    }
    Some(field.iter().fold(0u64, |n, &b| (n << 8) | u64::from(b)))
}

/// How [`Client::send_file`] starts the transfer.
#[derive(Clone, Debug, Default)]
pub enum SendStart {
    /// `D812` built here from the file.
    #[default]
    Unsecured,
    /// `D812` built here, with this description.
    UnsecuredWith(FileDescription),
    /// `D811`: the caller supplies the request payload body (already wrapped
    /// for authorization, see the manual's `D811` and `EEEE` sections).
    Secured(Vec<u8>),
}

/// The outcome of [`Client::send_file`].
#[derive(Clone, Debug, PartialEq)]
pub struct SentFile {
    /// Status of the start command.
    pub start_status: [u8; 4],
    /// Status of the device's final response (after it checked the file).
    pub final_status: [u8; 4],
    /// Bytes sent.
    pub len: usize,
    /// SHA-256 of the file.
    pub sha256: [u8; 32],
}

/// A file from [`Client::get_file`], checked against its announced length and SHA-256.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceivedFile {
    /// The announcement from the `D821` response.
    pub info: StartGetFileResponse,
    /// The file.
    pub data: Vec<u8>,
}

fn status_of(raw: &RawResponse, command_id: u16) -> Result<[u8; 4], ClientError> {
    raw.status.ok_or(ClientError::MissingStatus { command_id })
}

fn require_ok(
    command_id: u16,
    status: [u8; 4],
    additional: Option<Vec<u8>>,
) -> Result<(), ClientError> {
    if status_is_ok(status) {
        Ok(())
    } else {
        Err(ClientError::Status {
            command_id,
            status,
            additional,
        })
    }
}

impl Client {
    /// Sends `data` as file `file_type`: start command, data file message, then
    /// the device's final response. `progress(done, total)` counts file bytes
    /// as the data file message goes out. A failure status at either step is [`ClientError::Status`].
    pub fn send_file(
        &self,
        file_type: u32,
        data: &[u8],
        start: SendStart,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<SentFile, ClientError> {
        let guard = self.lock_calls();
        let timeout = self.options().timeout;
        let sha256: [u8; 32] = Sha256::digest(data).into();
        let (command_id, start_response) = match start {
            SendStart::Secured(body) => (
                START_SEND_FILE_SECURED,
                self.call_raw_locked(&guard, START_SEND_FILE_SECURED, &body, timeout)?,
            ),
            SendStart::Unsecured | SendStart::UnsecuredWith(_) => {
                let description = match start {
                    SendStart::UnsecuredWith(d) => d,
                    _ => FileDescription::default(),
                };
                let request =
                    StartSendFile::new(FileType(file_type), transfer_properties(data), description);
                let r = self.call_locked(&guard, &request, timeout)?;
                (
                    START_SEND_FILE_UNSECURED,
                    RawResponse {
                        status: Some(r.status),
                        envelope: r.envelope,
                    },
                )
            }
        };
        let start_status = status_of(&start_response, command_id)?;
        require_ok(
            command_id,
            start_status,
            start_response.envelope.additional.clone(),
        )?;

        let reference = self.take_reference();
        let message = Envelope::data_file(
            MessageType::DataFileToDevice,
            reference,
            command_id,
            file_type,
            data.to_vec(),
        )
        .encode();
        let file_timeout = self.options().file_timeout;
        // Progress counts file bytes; the message around the file is a little longer.
        let len = data.len();
        let mut scaled = |done: usize, total: usize| progress(scale(done, total, len), len);
        let done = self.exchange(
            &guard,
            message,
            reference,
            command_id,
            file_timeout,
            Some(&mut scaled),
        )?;
        let final_status = done
            .status
            .as_deref()
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .ok_or(ClientError::MissingStatus { command_id })?;
        require_ok(command_id, final_status, done.additional)?;
        Ok(SentFile {
            start_status,
            final_status,
            len: data.len(),
            sha256,
        })
    }

    /// Gets file `file_type` from the device and checks its type, length and
    /// SHA-256 against the `D821` response. `progress(done, total)` counts file
    /// bytes: `(0, total)` at the start, steps while the data file arrives
    /// (transports that announce lengths: HID, serial), `(total, total)` at the end.
    pub fn get_file(
        &self,
        file_type: u32,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ReceivedFile, ClientError> {
        let guard = self.lock_calls();
        // The data file follows the response at once: listen before asking.
        let answer = self.expect_data_file(START_GET_FILE)?;
        let request = StartGetFile {
            file_id: FileType(file_type),
            ..Default::default()
        };
        let response = match self.call_locked(&guard, &request, self.options().timeout) {
            Ok(r) => r,
            Err(e) => {
                self.clear_data_file_waiter();
                return Err(e);
            }
        };
        if let Err(e) = require_ok(START_GET_FILE, response.status, response.additional.clone()) {
            self.clear_data_file_waiter();
            return Err(e);
        }
        let info = response.payload;
        let len = file_length(&info.file_transfer_properties.length_of_file_payload).unwrap_or(0)
            as usize;
        progress(0, len);
        let mut scaled = |done: usize, total: usize| progress(scale(done, total, len), len);
        let file_timeout = self.options().file_timeout;
        let file = self.wait_data_file(&answer, START_GET_FILE, file_timeout, &mut scaled)?;
        let data = file.payload.clone().unwrap_or_default();
        check_file(&info, file_type, file.info.file_type(), &data)?;
        progress(data.len(), data.len());
        Ok(ReceivedFile { info, data })
    }

    /// `D825`: what the device knows about file `file_type`.
    pub fn file_info(&self, file_type: u32) -> Result<crate::Response<FileInfo>, ClientError> {
        self.call(&GetFileInfo {
            file_id: FileType(file_type),
            ..Default::default()
        })
    }

    /// `D831`: deletes file `file_type`.
    pub fn delete_file(
        &self,
        file_type: u32,
    ) -> Result<crate::Response<DeleteFileResponse>, ClientError> {
        self.call(&DeleteFile {
            file_id: FileType(file_type),
            ..Default::default()
        })
    }
}

/// `done` of `total` message bytes, expressed in file bytes (`len`).
fn scale(done: usize, total: usize, len: usize) -> usize {
    if total == 0 {
        return len;
    }
    (done as u128 * len as u128 / total as u128).min(len as u128) as usize
}

/// Checks a received file against its announcement.
pub fn check_file(
    info: &StartGetFileResponse,
    requested_type: u32,
    data_file_type: Option<u32>,
    data: &[u8],
) -> Result<(), ClientError> {
    if data_file_type != Some(requested_type) {
        return Err(ClientError::FileCheck {
            what: "file type",
            expected: format!("{requested_type:08X}"),
            found: data_file_type.map_or("none".into(), |t| format!("{t:08X}")),
        });
    }
    let properties = &info.file_transfer_properties;
    let expected_len = file_length(&properties.length_of_file_payload);
    if expected_len != Some(data.len() as u64) {
        return Err(ClientError::FileCheck {
            what: "length",
            expected: expected_len.map_or_else(
                || hex(&properties.length_of_file_payload),
                |n| n.to_string(),
            ),
            found: data.len().to_string(),
        });
    }
    if properties.hash_checksum_type != HashChecksumType::Sha256 {
        return Err(ClientError::FileCheck {
            what: "hash type",
            expected: format!("{:02X}", HashChecksumType::Sha256.to_raw()),
            found: format!("{:02X}", properties.hash_checksum_type.to_raw()),
        });
    }
    let digest = Sha256::digest(data);
    if digest.as_slice() != properties.hash_checksum.as_slice() {
        return Err(ClientError::FileCheck {
            what: "SHA-256",
            expected: hex(&properties.hash_checksum),
            found: hex(&digest),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_codec::Contents;

    fn unhex(s: &str) -> Vec<u8> {
        s.split_whitespace()
            .map(|b| u8::from_str_radix(b, 16).unwrap())
            .collect()
    }

    #[test]
    fn start_send_file_matches_manual_example() {
        // Request example for D812 (manual table 213); its file payload is 0x025838 bytes.
        let message = unhex(
            "AA 00 81 04 01 07 D8 12 84 44 D8 12 81 04 02 00 00 00 A2 2B 81 04 00 02 58 38 82 01 04 \
             83 20 D5 B8 BF 2F 3A 15 D9 EE 1D 0D E5 8E DD 68 37 73 18 51 C7 3C 3D 79 58 2B A6 07 90 \
             5C 2B 86 3C E5 A3 0A 81 08 30 32 30 30 30 30 30 30 87 01 01",
        );
        let envelope = Envelope::decode(&message).unwrap();
        let request: StartSendFile = envelope.decode_payload(0xD812).unwrap();
        assert_eq!(request.file_id, FileType(0x0200_0000));
        let properties = &request.file_transfer_properties;
        assert_eq!(
            file_length(&properties.length_of_file_payload),
            Some(0x025838)
        );
        assert_eq!(properties.hash_checksum_type.to_raw(), 0x04);
        assert_eq!(
            request.file_description.file_name.as_deref(),
            Some(&b"02000000"[..])
        );
        assert_eq!(request.reserved_for_future_use, Some(1));
        let rebuilt = Envelope::request(7, &request).encode();
        assert_eq!(rebuilt, message);
    }

    #[test]
    fn get_file_response_matches_manual_example() {
        // Response example for D821 (manual table 218).
        let message = unhex(
            "AA 00 81 04 82 08 D8 21 82 04 00 00 00 00 84 54 D8 21 81 04 00 00 00 01 A2 2B 81 04 00 \
             00 00 40 82 01 04 83 20 FD EA B9 AC F3 71 03 62 BD 26 58 CD C9 A2 9E 8F 9C 75 7F CF 98 \
             11 60 3A 8C 44 7C D1 D9 15 11 08 A3 1D 81 0B 54 45 53 54 5F 31 4B 2E 62 69 6E 82 05 4C \
             61 62 65 6C 83 07 31 2E 30 2E 30 2E 31",
        );
        let envelope = Envelope::decode(&message).unwrap();
        let info: StartGetFileResponse = envelope.decode_payload(0xD821).unwrap();
        assert_eq!(info.file_id, FileType(1));
        assert_eq!(
            file_length(&info.file_transfer_properties.length_of_file_payload),
            Some(0x40)
        );
        let description = &info.file_description;
        assert_eq!(description.file_name.as_deref(), Some(&b"TEST_1K.bin"[..]));
        assert_eq!(description.file_version.as_deref(), Some(&b"1.0.0.1"[..]));
        // The data file example (table 16) carries bytes 00..3F; its hash is the announced one.
        let data: Vec<u8> = (0..0x40).collect();
        check_file(&info, 1, Some(1), &data).unwrap();
        let mut tampered = data.clone();
        tampered[0] = 0xFF;
        assert!(matches!(
            check_file(&info, 1, Some(1), &tampered),
            Err(ClientError::FileCheck {
                what: "SHA-256",
                ..
            })
        ));
        assert!(matches!(
            check_file(&info, 1, Some(1), &data[..10]),
            Err(ClientError::FileCheck { what: "length", .. })
        ));
        assert!(matches!(
            check_file(&info, 1, Some(2), &data),
            Err(ClientError::FileCheck {
                what: "file type",
                ..
            })
        ));
    }

    #[test]
    fn small_requests_encode_as_in_the_manual() {
        // Delete file example (table 225) payload: D831 81 04 02000000.
        let body = DeleteFile {
            file_id: FileType(0x0200_0000),
            ..Default::default()
        }
        .to_bytes();
        assert_eq!(body, unhex("81 04 02 00 00 00"));
        // With the progress indicator (87) set to 01.
        let get = StartGetFile::from_bytes(&unhex("81 04 00 00 00 01 87 01 01")).unwrap();
        assert_eq!(get.file_id, FileType(1));
        assert_eq!(get.to_bytes(), unhex("81 04 00 00 00 01 87 01 01"));
    }
}
