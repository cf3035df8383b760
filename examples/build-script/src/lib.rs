#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

/// Types generated from `spec/` by `build.rs`.
pub mod mms {
    include!(concat!(env!("OUT_DIR"), "/mms.rs"));
}

pub use mms::commands::read_usage_counter;

/// The manual's payloads and this crate's: one `Message` decodes both.
pub type Payloads =
    mms_message::Extended<mms_protocol::generated::message::Spec, mms::message::Spec>;

/// Any message of the manual or of this crate's commands.
pub type Message = mms_message::Message<Payloads>;

/// What such a message carries after its envelope.
pub type Body = mms_message::Body<Payloads>;

/// The request that reads `counter`, as this crate's callers would build it.
pub fn read_counter(counter: read_usage_counter::RequestCounter) -> read_usage_counter::Request {
    read_usage_counter::Request {
        counter,
        reset_after_read: None,
        unknown: Default::default(),
    }
}
