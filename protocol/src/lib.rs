#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Generated code names this crate by its full path (`::mms_protocol::...`) so that it
// compiles unchanged here and in a user's crate (build script output).
extern crate self as mms_protocol;

pub mod envelope;
// Generated code is formatted by the generator (prettyplease); `cargo xtask regen --check`
// compares it byte for byte, so rustfmt must leave it alone.
#[rustfmt::skip]
pub mod generated;
pub mod payload;
pub mod property;
pub mod traits;

pub use envelope::{Envelope, MessageInfo, MessageType, PayloadError};
pub use generated::message::{Body, Message};
pub use generated::status::Status;
pub use payload::{MessageError, MessageKind, PayloadFailure, TlvList};
pub use traits::{Command, Notification};
