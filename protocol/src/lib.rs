//! Typed MMS messages.
#![forbid(unsafe_code)]

pub mod envelope;
pub mod traits;

pub use traits::{Command, Notification};
