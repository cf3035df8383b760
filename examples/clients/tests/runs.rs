//! Runs both example programs (as CI does with every test): each must finish successfully.

use std::process::Command;

fn run(program: &str) -> String {
    let output = Command::new(program).output().expect("the example runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{program}: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[test]
fn the_blocking_example_runs() {
    let out = run(env!("CARGO_BIN_EXE_blocking"));
    assert!(!out.is_empty());
}

#[test]
fn the_async_example_runs() {
    let out = run(env!("CARGO_BIN_EXE_nonblocking"));
    assert!(!out.is_empty());
}
