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
mod golden_examples;
mod late_answers;
mod module_graph;
mod mqtt;
mod odynamo;
mod roundtrip_props;
mod seeds;
mod shared_parts;
mod spec_roundtrip;
mod transaction;

/// With `autotests = false`, a file in `tests/` that no `mod` line or
/// `[[test]]` names would silently never run.
#[test]
fn every_test_file_is_built() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let main = std::fs::read_to_string(dir.join("integration.rs")).unwrap();
    let manifest = std::fs::read_to_string(dir.parent().unwrap().join("Cargo.toml")).unwrap();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let listed = if path.extension().is_some_and(|e| e == "rs") {
            name == "integration"
                || main.contains(&format!("\nmod {name};"))
                || manifest.contains(&format!("path = \"tests/{name}.rs\""))
        } else if path.is_dir() {
            main.contains(&format!("\nmod {name};"))
        } else {
            true
        };
        assert!(
            listed,
            "tests/{name}: add `mod {name};` to tests/integration.rs"
        );
    }
}
