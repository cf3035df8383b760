//! The cross-crate tests as one test binary: linking each file on its own cost
//! the CI build a binary (and a link of the whole dependency graph) per file.
//! `allocations` (a counting global allocator) and `soak` (it measures the
//! process) stay binaries of their own; see `Cargo.toml`.
//!
//! Run one file's tests with its module path: `cargo test -p mms-tests --test
//! integration odynamo::`.

// Shared by several files.
mod common;
#[macro_use] // for_both_clients!
mod e2e_support;
mod transaction_support;

mod async_client;
mod async_network;
mod async_transaction;
mod bit_sets;
mod data_types;
mod device_ops;
mod e2e_device_ops;
mod e2e_memory_hid;
mod e2e_pty;
mod e2e_websocket;
mod encryption_types;
mod golden_examples;
mod late_answers;
mod module_graph;
mod mqtt;
mod notification_payloads;
mod odynamo;
mod readme_layout;
mod roundtrip_props;
mod seeds;
mod shared_parts;
mod spec_roundtrip;
mod test_targets;
mod transaction;
