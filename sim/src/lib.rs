#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod device;
mod faults;
pub mod framing;
mod message;
mod properties;
mod serve;
mod tlv;

pub use device::{commands, notifications, Device, DeviceConfig, MessageKind, Outgoing};
pub use faults::Fault;
pub use message::Status;
pub use properties::{
    builtin_properties, format_oid, parse_default, parse_oid, Oid, PropertyDefinition,
    PropertyStore,
};
pub use serve::{Simulator, MAX_MESSAGE_LEN};
