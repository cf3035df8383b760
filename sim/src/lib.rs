#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

pub mod broker;
mod device;
mod faults;
pub mod firmware;
pub mod mqtt;
pub mod odynamo;
mod outgoing;
mod properties;
mod serve;
pub mod transaction;

pub use device::ui::{default_selection, sample_signature, SignatureOutcome, UiConfig};
pub use device::{commands, notifications, Device, DeviceConfig, MessageKind, Outgoing};
pub use faults::Fault;
pub use firmware::{FirmwareConfig, FirmwareFault};
pub use mms_runtime::limits::Limits;
pub use properties::{
    builtin_properties, default_properties, device_properties, information_overlay,
    spec_properties, PropertyDefinition, PropertyStore, UNSPECIFIED_MAX_LEN,
};
pub use serve::{Flow, LinkKind, Observer, ServeOptions, Simulator};
