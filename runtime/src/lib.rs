#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod big_block;
pub mod client;
pub mod core;
pub mod error;
pub mod event;
pub mod files;
pub mod firmware;
pub mod flow;
pub mod hid;
pub mod hid_framing;
pub mod hid_report;
pub mod limits;
pub mod mqtt;
#[cfg(feature = "tokio")]
pub mod nonblocking;
pub mod script;
pub mod security;
pub mod serial;
pub mod signature;
pub mod slip;
pub mod tcp;
pub mod tls;
pub mod tlv_framing;
pub mod transaction;
pub mod transport;
pub mod ui;
pub mod websocket;

pub use client::{Client, Events};
pub use core::{status_is_ok, ClientOptions, RawResponse, Response};
pub use error::ClientError;
pub use event::{DeviceNotification, Event};
pub use transaction::{
    Outcome, Readers, Technology, Transaction, TransactionError, TransactionEvent,
    TransactionRequest,
};
pub use transport::{
    memory_pair, MemoryTransport, Transport, TransportError, TransportErrorKind, FRAME_TRACE_TARGET,
};
