//! Runs the example program (as CI does with every test) and checks what it prints.

use std::process::Command;

#[test]
fn the_example_prints_the_named_tags_of_its_arqc() {
    let output = Command::new(env!("CARGO_BIN_EXE_transaction"))
        .output()
        .expect("the example runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for line in [
        "FC Decrypted Data Container",
        "9F02 Amount, Authorised (Numeric): 12.34 USD",
        "5F2A Transaction Currency Code: USD (United States dollar)",
        "5F24 Application Expiration Date: 2027-12-31",
        "9F27 Cryptogram Information Data: 80",
    ] {
        assert!(stdout.contains(line), "missing `{line}` in:\n{stdout}");
    }
    // The PAN is masked: its middle digits never appear.
    assert!(
        stdout.contains("5A Application Primary Account Number (PAN): "),
        "{stdout}"
    );
    assert!(!stdout.contains("4761739001010010"), "{stdout}");
}
