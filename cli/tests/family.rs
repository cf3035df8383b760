//! `mms decode --family odynamo` and `mms sim --family odynamo`.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use mms_protocol::generated::odynamo::{commands, ResultCode};
use mms_runtime::tcp::{TcpClient, TcpClientOptions};
use predicates::str::contains;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

#[test]
fn the_pages_examples_decode_as_trees() {
    let family = mms_spec::FamilySpec::builtin("odynamo").unwrap();
    let input: Vec<String> = family
        .examples
        .examples
        .iter()
        .map(|e| e.hex.clone())
        .collect();
    mms()
        .args(["decode", "--strict", "--family", "odynamo"])
        .write_stdin(input.join("\n"))
        .assert()
        .success()
        .stdout(contains(
            "response 0x01::0x02 Clear Transaction Data, OK / Done",
        ))
        .stdout(contains(
            "  C1 Application ID (APPID): 01 = General Messages",
        ))
        .stdout(contains(
            "response 0x01::0x10 Send Big Block Command, Bad Message Format",
        ))
        .stdout(contains("re-encodes byte-identically"));
}

#[test]
fn json_has_the_mms_shape() {
    let out = mms()
        .args([
            "decode",
            "--json",
            "--family",
            "odynamo",
            "C0 01 02 C1 01 01 C2 01 02 C3 01 00",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["ok"], true);
    assert_eq!(v["kind"], "response");
    assert_eq!(v["id"], "0x01::0x02");
    assert_eq!(v["name"], "Clear Transaction Data");
    assert_eq!(v["status"]["summary"], "OK / Done");
    assert_eq!(v["fields"]["result_code"]["value"], "OK / Done");
    assert_eq!(v["roundtrip"], true);
}

#[test]
fn data_objects_show_their_bits() {
    mms()
        .args([
            "decode",
            "--family",
            "odynamo",
            "C0 01 02 C1 01 00 C2 01 01 C3 01 00 E0 18 F1 16 DF 51 0C 00 00 00 00 02 00 00 00 00 00 00 00 DF 52 04 10 00 00 00",
        ])
        .assert()
        .success()
        .stdout(contains("    F1 Device Status:"))
        .stdout(contains("(bits: Tamper Occurred)"))
        .stdout(contains("(bits: Device Cert)"));
}

#[test]
fn bad_input_says_where_and_fails_strict() {
    mms()
        .args([
            "decode",
            "--strict",
            "--family",
            "odynamo",
            "C0 01 02 C1 01 01 C2 05 02",
        ])
        .assert()
        .failure()
        .stdout(contains(
            "error: at byte 7 in C2: length 5 is past the end of input",
        ));
    mms()
        .args(["decode", "--family", "odynamo", "--hid", "00"])
        .assert()
        .failure();
}

/// A running `mms sim --family odynamo`, killed on drop.
struct Sim(Child);

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn sim_serves_the_family_on_loopback_tcp() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
        .args(["sim", "--family", "odynamo"])
        .env_remove("MMS_SPEC")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("mms sim starts");
    let line = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .unwrap()
        .unwrap();
    let _sim = Sim(child);
    let addr = line.strip_prefix("tcp: ").expect("first line is tcp: ADDR");
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    let mut client = TcpClient::connect(addr, TcpClientOptions::default()).unwrap();
    let ack = client
        .call(&commands::clear_transaction_data::command())
        .unwrap();
    assert_eq!(ack.result_code, Some(ResultCode::OkDone));
}
