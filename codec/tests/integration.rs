//! The tests of this crate as one test binary: a binary per file linked the
//! whole dependency graph once per file. Run one file's tests with its
//! module path, e.g. `cargo test -p mms-codec --test integration derive::`.
//! A new file in `tests/` needs a `mod` line here (`mms-tests` checks it).

mod derive;
mod derive_tag_rule;
mod malformed;
mod manual_examples;
mod roundtrip_props;
mod trybuild;
