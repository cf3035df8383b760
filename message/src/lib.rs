#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bits;
pub mod envelope;
pub mod message;
pub mod payload;
pub mod property;
pub mod traits;

pub use envelope::{Envelope, MessageInfo, MessageType, PayloadError};
pub use message::{Body, Either, Extended, Message, PayloadEnum, Payloads};
pub use payload::{MessageError, MessageKind, PayloadFailure, TlvList};
pub use traits::{Command, Notification};
