//! Types generated from the spec: commands, notifications, status codes, properties, file
//! types, bit sets, the value sets and detail code parts several of them share, and `Message`.
//! Each command module's docs carry the manual's example as a doctest. Every other file of
//! this crate is written by `cargo xtask regen` from `spec/`; only this one is hand-written. Use them through `mms_protocol::generated`.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

// Formatted by the generator (prettyplease) and compared byte for byte by the drift test,
// so rustfmt must leave the modules alone.
#[rustfmt::skip]
pub mod commands;
#[rustfmt::skip]
pub mod notifications;
#[rustfmt::skip]
pub mod status;
#[rustfmt::skip]
pub mod properties;
#[rustfmt::skip]
pub mod file_types;
#[rustfmt::skip]
pub mod value_sets;
#[rustfmt::skip]
pub mod message;
#[rustfmt::skip]
pub mod data_types;
#[rustfmt::skip]
pub mod odynamo;
