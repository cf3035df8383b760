//! [`ClientError`]: why a call failed, the same for the blocking and the async client.

use core::fmt;
use std::time::Duration;

use mms_codec::DecodeError;
use mms_protocol::PayloadError;
use mms_protocol::Status;

use crate::transport::TransportError;

/// Why a call failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError {
    /// No response arrived in time. A late response goes to the events.
    Timeout {
        /// The command sent.
        command_id: u16,
        /// Its reference number.
        reference: u8,
        /// How long the call waited.
        waited: Duration,
    },
    /// The transport did not finish sending the request in time (the peer
    /// stopped reading, or the link is far slower than the timeout allows).
    SendStalled {
        /// The command being sent.
        command_id: u16,
        /// Its reference number.
        reference: u8,
        /// How long the call waited.
        waited: Duration,
    },
    /// The connection is gone (closed, unplugged, I/O failure, client closed).
    /// With a connector the next call re-opens it.
    Disconnected {
        /// What ended it.
        reason: String,
    },
    /// The link had dropped and re-opening it through the connector failed;
    /// the next call tries again.
    Reconnect {
        /// How many times the connector was called.
        attempts: u32,
        /// The connector's last error.
        error: TransportError,
    },
    /// Sending failed without ending the connection (e.g. the message is too long).
    Transport(TransportError),
    /// The device answered that the request is longer than it accepts.
    CapabilityExceeded {
        /// The command sent.
        command_id: u16,
        /// The device's limit.
        max_len: u32,
    },
    /// Bytes given to `send_raw` are not an MMS message.
    Decode {
        /// Where (byte offset, tag path) and why.
        error: DecodeError,
    },
    /// The response payload could not be read as the command's response type
    /// (decode offsets count from the start of the response message).
    Payload {
        /// The command.
        command_id: u16,
        /// Where and why.
        error: PayloadError,
    },
    /// No response with the call's reference number arrived in time, but a
    /// response to the same command with another reference number did (a
    /// device that numbers its answers wrongly, or an answer meant for someone
    /// else). The response itself went to the events as
    /// [`Event::UnmatchedResponse`](crate::Event::UnmatchedResponse).
    WrongReference {
        /// The command sent.
        command_id: u16,
        /// The call's reference number.
        expected: u8,
        /// The reference number of the response that came instead.
        found: u8,
    },
    /// A response carried the call's reference number but another command ID.
    UnexpectedResponse {
        /// The reference number.
        reference: u8,
        /// The command sent.
        expected_id: u16,
        /// The command ID in the response.
        found_id: u16,
    },
    /// The device answered with a failure status (summary `0x80` and up).
    /// Every typed call reports a failure this way, whatever the payload.
    Status {
        /// The command.
        command_id: u16,
        /// The status, typed (summary and detail code).
        status: Status,
        /// Tag `83`, if present.
        additional: Option<Vec<u8>>,
    },
    /// A response without a 4-byte status.
    MissingStatus {
        /// The command.
        command_id: u16,
    },
    /// A transferred file does not match what was announced.
    FileCheck {
        /// What differs: `"length"`, `"SHA-256"`, `"file type"` or `"hash type"`.
        what: &'static str,
        /// The announced value (hex for hashes).
        expected: String,
        /// The value found.
        found: String,
    },
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Timeout {
                command_id,
                reference,
                waited,
            } => write!(
                f,
                "no response to command {command_id:04X} (reference {reference:#04x}) within {waited:?}"
            ),
            Self::SendStalled {
                command_id,
                reference,
                waited,
            } => write!(
                f,
                "command {command_id:04X} (reference {reference:#04x}) could not be sent within {waited:?}"
            ),
            Self::Disconnected { reason } => write!(f, "disconnected: {reason}"),
            Self::Reconnect { attempts, error } => write!(
                f,
                "the link is down and {attempts} attempt(s) to re-open it failed \
                 (the next call tries again); last error: {error}"
            ),
            Self::Transport(e) => write!(f, "{e}"),
            Self::CapabilityExceeded {
                command_id,
                max_len,
            } => write!(
                f,
                "command {command_id:04X} is longer than the device accepts ({max_len} bytes)"
            ),
            Self::Decode { error } => write!(f, "not an MMS message: {error}"),
            Self::Payload { command_id, error } => {
                write!(f, "response to command {command_id:04X}: {error}")
            }
            Self::WrongReference {
                command_id,
                expected,
                found,
            } => write!(
                f,
                "no response to command {command_id:04X} with reference {expected:#04x}; \
                 one came with reference {found:#04x} instead"
            ),
            Self::UnexpectedResponse {
                reference,
                expected_id,
                found_id,
            } => write!(
                f,
                "response with reference {reference:#04x} is for command {found_id:04X}, not {expected_id:04X}"
            ),
            Self::Status {
                command_id,
                status,
                additional,
            } => {
                write!(
                    f,
                    "command {command_id:04X} failed with status {}: {status}",
                    hex(&status.to_bytes())
                )?;
                match additional {
                    // For a bad parameter, the device names the parameter's tag path here.
                    Some(detail) if !detail.is_empty() => {
                        write!(f, " (tag 83: {})", hex(detail))
                    }
                    _ => Ok(()),
                }
            }
            Self::MissingStatus { command_id } => {
                write!(f, "response to command {command_id:04X} has no 4-byte status")
            }
            Self::FileCheck {
                what,
                expected,
                found,
            } => write!(f, "file {what} mismatch: expected {expected}, got {found}"),
        }
    }
}

impl std::error::Error for ClientError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Transport(e) => Some(e),
            Self::Reconnect { error, .. } => Some(error),
            Self::Decode { error } => Some(error),
            Self::Payload { error, .. } => Some(error),
            _ => None,
        }
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02X}");
    }
    s
}
