//! Certificates, keys and trust as flows over the generated commands:
//! Generate CSR keys (`EF02`, then notification `1001` "CSR keys generated"),
//! Generate CSR (`EF03`, then the CSR fetched as file `04000000`), Get Key Info
//! (`EF11`), Get Challenge (`E001`), and loading a trust configuration or
//! certificate file (a file send with its file type, `D812`).
//!
//! These commands change keys and certificates: a [`Bridge`](crate::mqtt::Bridge)
//! refuses `EF02`/`EF03` (and certificate or trust file loads) from remote
//! clients unless its operator allows security commands.
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! # let (client, _events) = mms_runtime::Client::new(mms_runtime::memory_pair().0);
//! use std::time::Duration;
//! use mms_runtime::security::CsrRequest;
//! client.generate_csr_keys(Duration::from_secs(30))?;
//! let csr = client.generate_csr(&CsrRequest::default())?;
//! std::fs::write("device.csr", csr.pem)?;
//! # Ok(()) }
//! ```

use std::time::Duration;

use mms_protocol::generated::commands::{
    generate_csr, generate_csr_keys, get_challenge, get_key_info,
};
use mms_protocol::generated::file_types::FileType;
use mms_protocol::generated::notifications::device_information_update;

use crate::client::Client;
use crate::core::Response;
use crate::error::ClientError;
use crate::files::{SendStart, SentFile};
use crate::flow::{wait_notification, FlowError};

/// Request of `EF03`: which key pair, and optionally the subject and subject
/// alternative names (each a NUL-terminated string, see the manual's `EF03`).
pub type CsrRequest = generate_csr::Request;
/// Response of `EF11`: slot status and type, loaded key, check value, derivation data.
pub type KeyInfo = get_key_info::Response;
/// Response of `E001`: the protected command, the device serial number and the token.
pub type Challenge = get_challenge::Response;

/// Detail code of notification `1001` when the CSR key pair is ready (manual Table 331).
pub const CSR_KEYS_GENERATED: u32 = 0x0300_0000;

/// A certificate signing request fetched from the device.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Csr {
    /// The CSR as the device wrote it: PEM text (`-----BEGIN CERTIFICATE REQUEST-----`).
    pub pem: String,
}

/// Files that configure what the device trusts, loaded with [`Client::load_trust`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrustFile {
    /// `05000000`: the WebSocket trust configuration file.
    WebSocket,
    /// `05000100`: the MQTT trust configuration file.
    Mqtt,
    /// Any other file type, e.g. a certificate type of Table 201 (`03xxxxxx`).
    Other(FileType),
}

impl TrustFile {
    /// The file type it is sent as.
    pub fn file_type(self) -> FileType {
        match self {
            Self::WebSocket => {
                FileType::WEB_SOCKET_TRUST_CONFIGURATION_FILE_REQUEST_FILE_FROM_MAG_TEK
            }
            Self::Mqtt => FileType::MQTT_TRUST_CONFIGURATION_FILE_REQUEST_FILE_FROM_MAG_TEK,
            Self::Other(file_type) => file_type,
        }
    }
}

/// The key slots of the manual's Table 58 (Key Slot IDs) with their labels;
/// `2000..=201F` are the DUKPT initial keys `DKPTM0`..`DKPTM1F`.
pub const KEY_SLOTS: &[(u16, &str)] = &[
    (0x1000, "TMPTK"),
    (0x1001, "MTK"),
    (0x1002, "DEVTK"),
    (0x1003, "FINTK"),
    (0x1021, "PRODTK"),
    (0x1022, "MFGTK"),
    (0x1081, "MKIFTK"),
    (0x1101, "FREQMK"),
    (0x1102, "MREQMK"),
    (0x1111, "MFRQMK"),
];

/// The label of key slot `id` (manual Table 58), e.g. `DEVTK` for `1002`.
pub fn key_slot_label(id: u16) -> Option<String> {
    if let Some((_, label)) = KEY_SLOTS.iter().find(|(slot, _)| *slot == id) {
        return Some((*label).to_string());
    }
    (0x2000..=0x201F)
        .contains(&id)
        .then(|| format!("DKPTM{:X}", id - 0x2000))
}

impl Client {
    /// `EF02`: has the device make a new CSR key pair, and waits up to `wait`
    /// for notification `1001` saying the keys are ready.
    pub fn generate_csr_keys(&self, wait: Duration) -> Result<(), FlowError> {
        let events = self.subscribe();
        self.call(&generate_csr_keys::Request::default())?;
        wait_notification(
            &events,
            device_information_update::ID,
            "1001 CSR keys generated (03000000)",
            wait,
            |n| n.detail == Some(CSR_KEYS_GENERATED),
        )?;
        Ok(())
    }

    /// `EF03`, then fetches the CSR the device made (file `04000000`) and checks
    /// that it is PEM text.
    pub fn generate_csr(&self, request: &CsrRequest) -> Result<Csr, FlowError> {
        self.call(request)?;
        let file = self.get_file(FileType::CERTIFICATE_SIGNING_REQUEST_CSR, &mut |_, _| {})?;
        let pem = String::from_utf8(file.data)
            .map_err(|_| FlowError::BadResult("the CSR file is not text".into()))?;
        if !pem
            .trim_start()
            .starts_with("-----BEGIN CERTIFICATE REQUEST-----")
        {
            let start: String = pem.chars().take(40).collect();
            return Err(FlowError::BadResult(format!(
                "the CSR file is not a PEM certificate request (it starts {start:?})"
            )));
        }
        Ok(Csr { pem })
    }

    /// `EF11`: what key slot `slot` holds (a failure status for a slot the
    /// device does not have is [`ClientError::Status`]).
    pub fn key_info(&self, slot: u16) -> Result<Response<KeyInfo>, ClientError> {
        self.call(&get_key_info::Request {
            key_slot_id: slot.to_be_bytes(),
            ..Default::default()
        })
    }

    /// `E001`: a challenge for protecting command `command_id` (valid five minutes).
    pub fn challenge(&self, command_id: u16) -> Result<Response<Challenge>, ClientError> {
        self.call(&get_challenge::Request {
            request_id_to_be_protected: command_id.to_be_bytes(),
            ..Default::default()
        })
    }

    /// Loads a trust configuration or certificate file: a file send (`D812`)
    /// with the file's type; `progress(done, total)` counts bytes.
    pub fn load_trust(
        &self,
        kind: TrustFile,
        data: &[u8],
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<SentFile, ClientError> {
        self.send_file(kind.file_type(), data, SendStart::Unsecured, progress)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_slots_have_their_table_58_labels() {
        assert_eq!(key_slot_label(0x1002).as_deref(), Some("DEVTK"));
        assert_eq!(key_slot_label(0x2000).as_deref(), Some("DKPTM0"));
        assert_eq!(key_slot_label(0x201F).as_deref(), Some("DKPTM1F"));
        assert_eq!(key_slot_label(0x2020), None);
    }

    #[test]
    fn requests_encode_as_in_the_manual() {
        use mms_codec::Contents;
        // EF02 has no parameters (Table 250's payload is just the ID).
        assert!(generate_csr_keys::Request::default().to_bytes().is_empty());
        let challenge = get_challenge::Request {
            request_id_to_be_protected: [0xD8, 0x11],
            ..Default::default()
        };
        assert_eq!(challenge.to_bytes(), [0x81, 0x02, 0xD8, 0x11]);
        assert_eq!(TrustFile::Mqtt.file_type(), FileType(0x0500_0100));
    }
}
