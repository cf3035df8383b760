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

use mms_protocol::generated::value_sets::HashChecksumType;

use std::time::Instant;

use mms_codec::Contents;
use mms_protocol::Status;

use crate::client::Client;
use crate::core::{ok_status, raw_request, typed_response, Response};
use crate::error::{hex, ClientError};

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
        HashChecksumType::Sha256,
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

/// How a file send starts the transfer.
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

/// The outcome of a file send.
#[derive(Clone, Debug, PartialEq)]
pub struct SentFile {
    /// Status of the start command.
    pub start_status: Status,
    /// Status of the device's final response (after it checked the file).
    pub final_status: Status,
    /// Bytes sent.
    pub len: usize,
    /// SHA-256 of the file.
    pub sha256: [u8; 32],
}

/// A file from a file get, checked against its announced length and SHA-256.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceivedFile {
    /// The announcement from the `D821` response.
    pub info: StartGetFileResponse,
    /// The file.
    pub data: Vec<u8>,
}

/// One exchange a file transfer asks its driver for.
#[derive(Clone, Debug, PartialEq)]
pub enum FileStep {
    /// Send a request for `command_id` with `body` (the TLVs after the ID)
    /// and wait for its response (the call timeout). With `then_data_file`,
    /// start waiting for the device's data file message *before* sending: it
    /// follows the response at once.
    Request {
        /// The command.
        command_id: u16,
        /// Its payload body.
        body: Vec<u8>,
        /// A data file message from the device follows the response.
        then_data_file: bool,
    },
    /// Send the data file message (type `04`, from [`FileSteps::data_message`])
    /// and wait for the device's final response (the file timeout); progress
    /// counts file bytes.
    SendData {
        /// The command that started the transfer.
        command_id: u16,
        /// The file's length, for progress.
        len: usize,
    },
    /// Wait (the file timeout) for the data file announced as `len` bytes.
    ReceiveData {
        /// The announced length, for progress.
        len: usize,
    },
}

/// What a file transfer's step machine says next.
#[derive(Clone, Debug, PartialEq)]
pub enum Next<T> {
    /// Do this exchange, then pass its answer back.
    Step(FileStep),
    /// The transfer is over.
    Done(T),
}

/// A file transfer as steps without I/O. The drivers (blocking and async)
/// run them in a loop: ask [`FileSteps::next`], perform the [`FileStep`],
/// pass the message that answered it back.
pub trait FileSteps {
    /// What the transfer gives at the end.
    type Output;
    /// The next step, given the answer to the previous one (`None` at first).
    fn next(&mut self, answer: Option<Envelope>) -> Result<Next<Self::Output>, ClientError>;
    /// The data file message of a [`FileStep::SendData`] step, with reference number `reference`.
    fn data_message(&self, reference: u8) -> Envelope;
}

/// Sending a file: the start command (`D812`, or `D811` with a caller-built
/// secured payload), then the data file message, then the device's final
/// response carrying the data file message's reference number.
#[derive(Debug)]
pub struct SendFileSteps<'a> {
    file_type: FileType,
    data: &'a [u8],
    sha256: [u8; 32],
    start: Option<SendStart>,
    command_id: u16,
    start_status: Option<Status>,
}

impl<'a> SendFileSteps<'a> {
    /// Sends `data` as file `file_type`.
    pub fn new(file_type: FileType, data: &'a [u8], start: SendStart) -> Self {
        let command_id = match start {
            SendStart::Secured(_) => START_SEND_FILE_SECURED,
            _ => START_SEND_FILE_UNSECURED,
        };
        Self {
            file_type,
            data,
            sha256: Sha256::digest(data).into(),
            start: Some(start),
            command_id,
            start_status: None,
        }
    }
}

impl FileSteps for SendFileSteps<'_> {
    type Output = SentFile;

    fn next(&mut self, answer: Option<Envelope>) -> Result<Next<SentFile>, ClientError> {
        if let Some(start) = self.start.take() {
            let body = match start {
                SendStart::Secured(body) => body,
                SendStart::Unsecured => self.request(FileDescription::default()),
                SendStart::UnsecuredWith(description) => self.request(description),
            };
            return Ok(Next::Step(FileStep::Request {
                command_id: self.command_id,
                body,
                then_data_file: false,
            }));
        }
        let answer = answer.ok_or(ClientError::MissingStatus {
            command_id: self.command_id,
        })?;
        let status = ok_status(self.command_id, &answer)?;
        match self.start_status {
            None => {
                self.start_status = Some(status);
                Ok(Next::Step(FileStep::SendData {
                    command_id: self.command_id,
                    len: self.data.len(),
                }))
            }
            Some(start_status) => Ok(Next::Done(SentFile {
                start_status,
                final_status: status,
                len: self.data.len(),
                sha256: self.sha256,
            })),
        }
    }

    fn data_message(&self, reference: u8) -> Envelope {
        Envelope::data_file(
            MessageType::DataFileToDevice,
            reference,
            self.command_id,
            self.file_type.0,
            self.data.to_vec(),
        )
    }
}

impl SendFileSteps<'_> {
    /// The `D812` payload body for this file.
    fn request(&self, description: FileDescription) -> Vec<u8> {
        StartSendFile::new(self.file_type, transfer_properties(self.data), description).to_bytes()
    }
}

/// Getting a file: `D821` (listening for the data file before it is sent),
/// its response announcing length and SHA-256, then the device's data file
/// message, checked against the announcement.
#[derive(Debug)]
pub struct GetFileSteps {
    file_type: FileType,
    started: bool,
    info: Option<StartGetFileResponse>,
}

impl GetFileSteps {
    /// Gets file `file_type`.
    pub fn new(file_type: FileType) -> Self {
        Self {
            file_type,
            started: false,
            info: None,
        }
    }
}

impl FileSteps for GetFileSteps {
    type Output = ReceivedFile;

    fn next(&mut self, answer: Option<Envelope>) -> Result<Next<ReceivedFile>, ClientError> {
        if !std::mem::replace(&mut self.started, true) {
            let request = StartGetFile {
                file_id: self.file_type,
                ..Default::default()
            };
            return Ok(Next::Step(FileStep::Request {
                command_id: START_GET_FILE,
                body: request.to_bytes(),
                then_data_file: true,
            }));
        }
        let answer = answer.ok_or(ClientError::MissingStatus {
            command_id: START_GET_FILE,
        })?;
        match self.info.take() {
            None => {
                let response = typed_response::<StartGetFileResponse>(START_GET_FILE, answer)?;
                let properties = &response.payload.file_transfer_properties;
                let len = file_length(&properties.length_of_file_payload).unwrap_or(0) as usize;
                self.info = Some(response.payload);
                Ok(Next::Step(FileStep::ReceiveData { len }))
            }
            Some(info) => {
                let data = answer.payload.unwrap_or_default();
                check_file(&info, self.file_type.0, answer.info.file_type(), &data)?;
                Ok(Next::Done(ReceivedFile { info, data }))
            }
        }
    }

    fn data_message(&self, reference: u8) -> Envelope {
        // Getting a file sends no data file; an empty one if asked.
        Envelope::data_file(
            MessageType::DataFileToDevice,
            reference,
            START_GET_FILE,
            self.file_type.0,
            Vec::new(),
        )
    }
}

impl Client {
    /// Sends `data` as file `file_type`: start command, data file message, then
    /// the device's final response. `progress(done, total)` counts file bytes
    /// as the data file message goes out. A failure status at either step is [`ClientError::Status`].
    pub fn send_file(
        &self,
        file_type: FileType,
        data: &[u8],
        start: SendStart,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<SentFile, ClientError> {
        self.run_file_steps(&mut SendFileSteps::new(file_type, data, start), progress)
    }

    /// Gets file `file_type` from the device and checks its type, length and
    /// SHA-256 against the `D821` response. `progress(done, total)` counts file
    /// bytes: `(0, total)` at the start, steps while the data file arrives
    /// (transports that announce lengths: HID, serial), `(total, total)` at the end.
    pub fn get_file(
        &self,
        file_type: FileType,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ReceivedFile, ClientError> {
        let file = self.run_file_steps(&mut GetFileSteps::new(file_type), progress)?;
        progress(file.data.len(), file.data.len());
        Ok(file)
    }

    /// Runs a file transfer's steps, holding the call lock throughout.
    fn run_file_steps<S: FileSteps>(
        &self,
        steps: &mut S,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<S::Output, ClientError> {
        let guard = self.lock_calls();
        let options = self.options().clone();
        let mut data_file = None;
        let mut answer = None;
        let result = loop {
            let step = match steps.next(answer.take()) {
                Ok(Next::Done(output)) => break Ok(output),
                Ok(Next::Step(step)) => step,
                Err(e) => break Err(e),
            };
            let done = match step {
                FileStep::Request {
                    command_id,
                    body,
                    then_data_file,
                } => {
                    if then_data_file {
                        let deadline = options.data_file_deadline(Instant::now());
                        match self.expect_data_file(command_id, deadline) {
                            Ok(wait) => data_file = Some((wait, deadline)),
                            Err(e) => break Err(e),
                        }
                    }
                    let reference = self.take_reference();
                    let message = raw_request(reference, command_id, &body).encode();
                    let timeout = options.timeout;
                    self.exchange(&guard, message, reference, command_id, timeout, None)
                }
                FileStep::SendData { command_id, len } => {
                    let reference = self.take_reference();
                    let message = steps.data_message(reference).encode();
                    let mut scaled = |done, total| progress(scale(done, total, len), len);
                    let timeout = options.file_timeout;
                    let scaled: &mut dyn FnMut(usize, usize) = &mut scaled;
                    self.exchange(
                        &guard,
                        message,
                        reference,
                        command_id,
                        timeout,
                        Some(scaled),
                    )
                }
                FileStep::ReceiveData { len } => {
                    progress(0, len);
                    let mut scaled = |done, total| progress(scale(done, total, len), len);
                    let Some((wait, deadline)) = data_file.take() else {
                        break Err(ClientError::MissingStatus {
                            command_id: START_GET_FILE,
                        });
                    };
                    let deadline = deadline.min(Instant::now() + options.file_timeout);
                    self.wait_data_file(wait, deadline, &mut scaled)
                }
            };
            match done {
                Ok(envelope) => answer = Some(envelope),
                Err(e) => break Err(e),
            }
        };
        if let Some(((call, _), _)) = data_file {
            self.forget(call);
        }
        result
    }

    /// `D825`: what the device knows about file `file_type`.
    pub fn file_info(&self, file_type: FileType) -> Result<Response<FileInfo>, ClientError> {
        self.call(&GetFileInfo {
            file_id: file_type,
            ..Default::default()
        })
    }

    /// `D831`: deletes file `file_type`.
    pub fn delete_file(
        &self,
        file_type: FileType,
    ) -> Result<Response<DeleteFileResponse>, ClientError> {
        self.call(&DeleteFile {
            file_id: file_type,
            ..Default::default()
        })
    }
}

/// `done` of `total` message bytes, expressed in file bytes (`len`).
pub(crate) fn scale(done: usize, total: usize, len: usize) -> usize {
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
