#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

mod device;
mod faults;
pub mod framing;
mod message;
pub mod odynamo;
mod properties;
mod serve;
mod tlv;

pub use device::{commands, notifications, Device, DeviceConfig, MessageKind, Outgoing};
pub use faults::Fault;
pub use message::Status;
pub use properties::{
    builtin_properties, default_properties, format_oid, information_overlay, parse_default,
    parse_oid, spec_default, spec_properties, Oid, PropertyDefinition, PropertyStore,
    UNSPECIFIED_MAX_LEN,
};
pub use serve::{Simulator, MAX_MESSAGE_LEN};
