//! The tests of this crate as one test binary: a binary per file linked the
//! whole dependency graph once per file. Run one file's tests with its
//! module path, e.g. `cargo test -p mms-runtime --test integration client::`.
//! A new file in `tests/` needs a `mod` line here (`mms-tests` checks it).

mod client;
mod client_limits;
mod framing_props;
mod link_defects;
