#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod device;
mod message;
mod properties;
mod tlv;

pub use device::{commands, notifications, Device, DeviceConfig, MessageKind, Outgoing};
pub use message::Status;
pub use properties::{
    builtin_properties, format_oid, parse_oid, Oid, PropertyDefinition, PropertyStore,
};
