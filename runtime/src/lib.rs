#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod hid;
pub mod hid_framing;
pub mod serial;
pub mod slip;
pub mod transport;
pub mod websocket;

pub use transport::{memory_pair, MemoryTransport, Transport, TransportError, TransportErrorKind};
pub mod client;

pub use client::Client;
pub use client::{ClientError, ClientOptions, Event, Events, RawResponse, Response};
pub mod files;
