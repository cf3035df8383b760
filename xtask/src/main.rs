//! `cargo xtask <extract|regen>`: maintainer tasks.
fn main() {
    eprintln!("usage: cargo xtask <extract|regen> [--check]");
    std::process::exit(2);
}
