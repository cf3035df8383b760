#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod big_block;
pub mod client;
pub mod files;
pub mod hid;
pub mod hid_framing;
pub mod serial;
pub mod slip;
pub mod tcp;
pub mod transport;
pub mod websocket;

pub use client::{
    status_is_ok, Client, ClientError, ClientOptions, Event, Events, RawResponse, Response,
};
pub use transport::{
    memory_pair, MemoryTransport, Transport, TransportError, TransportErrorKind, FRAME_TRACE_TARGET,
};
