#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use mms_generated as generated;
pub use mms_message::{bits, envelope, payload, traits};

pub mod property;

pub use envelope::{Envelope, MessageInfo, MessageType, PayloadError};
pub use generated::message::{Body, Message};
pub use generated::status::Status;
pub use mms_message::{Either, Extended, PayloadEnum, Payloads};
pub use payload::{MessageError, MessageKind, PayloadFailure, TlvList};
pub use traits::{Command, Notification};

#[cfg(test)]
mod tests {
    use crate::generated::commands::send_secured_command_to_device;

    /// The message layer names the secured wrapper by number; it must be the spec's.
    #[test]
    fn secured_command_id_matches_the_spec() {
        assert_eq!(
            crate::payload::SECURED_COMMAND,
            send_secured_command_to_device::ID
        );
    }
}
