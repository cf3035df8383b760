#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod envelope;
pub mod traits;

pub use envelope::{Envelope, MessageInfo, MessageType, PayloadError};
pub use traits::{Command, Notification};
