//! The tests of this crate as one test binary: a binary per file linked the
//! whole dependency graph once per file. Run one file's tests with its
//! module path, e.g. `cargo test -p mms-cli --test integration abuse::`.
//! A new file in `tests/` needs a `mod` line here (`mms-tests` checks it).

mod abuse;
mod capture;
mod cli;
mod device_ops;
mod family;
mod firmware_script;
mod mqtt;
mod reliability;
mod sim_defaults;
mod txdata;
