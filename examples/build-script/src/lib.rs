#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

/// Types generated from `spec/` by `build.rs`.
pub mod mms {
    include!(concat!(env!("OUT_DIR"), "/mms.rs"));
}

pub use mms::commands::read_usage_counter;

/// The request that reads `counter`, as this crate's callers would build it.
pub fn read_counter(counter: read_usage_counter::RequestCounter) -> read_usage_counter::Request {
    read_usage_counter::Request {
        counter,
        reset_after_read: None,
        unknown: Default::default(),
    }
}
