//! The tests of this crate as one test binary: a binary per file linked the
//! whole dependency graph once per file. Run one file's tests with its
//! module path, e.g. `cargo test -p mms-sim --test integration device_model::`.
//! A new file in `tests/` needs a `mod` line here (`mms-tests` checks it).

// Shared by several files.
mod common;

mod device_model;
mod manual_examples;
mod odynamo_tcp;
mod robustness;
mod serving;
mod spec_properties;
mod wss;
