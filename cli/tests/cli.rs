//! End-to-end tests of the `mms` binary: every subcommand against the
//! simulator (in process with `--sim`, and `mms sim` over a pty and
//! WebSocket), the manual's examples, and bad input.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use mms_spec::{format_hex, Spec};
use predicates::prelude::*;
use predicates::str::contains;

/// `mms` with the built-in spec (a user's MMS_SPEC must not leak in).
fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

const ECHO_REQUEST: &str = "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03";

/// The manual's examples that are not marked as errata, as hex lines.
fn good_examples() -> Vec<String> {
    Spec::builtin()
        .examples()
        .filter(|(_, e)| e.erratum.is_none())
        .map(|(_, e)| format_hex(&e.bytes().expect("non-erratum examples parse")))
        .collect()
}

#[test]
fn every_manual_example_decodes_strictly() {
    let examples = good_examples();
    assert!(!examples.is_empty());
    let input = examples.join("\n");
    mms()
        .args(["decode", "--strict"])
        .write_stdin(input.clone())
        .assert()
        .success();
    // JSON lines: one per example, each ok and byte-identical on re-encoding.
    let out = mms()
        .args(["decode", "--strict", "--json"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), examples.len());
    for (line, hex) in lines.iter().zip(&examples) {
        assert_eq!(line["ok"], true, "{hex}: {line}");
        assert_eq!(line["roundtrip"], true, "{hex}: {line}");
    }
}

/// Issue 11, defect A: envelope items of unknown tags between 81 and 84 re-encode in place.
#[test]
fn unknown_envelope_items_between_known_ones_decode_strictly() {
    mms()
        .args([
            "decode",
            "--strict",
            "AA 00 81 04 69 82 04 00 00 00 00 00 00 00 84 02 EF 07",
        ])
        .assert()
        .success()
        .stdout(contains("re-encodes byte-identically"));
}

#[test]
fn decode_json_then_encode_gives_the_manual_bytes() {
    let examples = good_examples();
    let json = mms()
        .args(["decode", "--json"])
        .write_stdin(examples.join("\n"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = mms()
        .arg("encode")
        .write_stdin(json)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let encoded: Vec<String> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(encoded, examples);
}

#[test]
fn decode_annotates_from_the_spec() {
    // Set Property response (manual Table 196): long-form payload length.
    let hex = "AA 00 81 04 82 55 D1 11 82 04 00 00 00 00 84 82 00 10 D1 11 85 01 01 87 04 02 07 01 01 89 03 C1 01 00";
    mms()
        .args(["decode", hex])
        .assert()
        .success()
        .stdout(contains("Set Property"))
        .stdout(contains("OK, Done"))
        .stdout(contains("Property OID Remainder"))
        .stdout(contains(
            "1.2.7.1.1.1 Device Reset Occurred Notification Control",
        ))
        .stdout(contains("re-encodes byte-identically"));
    let out = mms()
        .args(["decode", "--json", &hex.replace(' ', "")])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["kind"], "response");
    assert_eq!(v["id"], "0xD111");
    assert_eq!(v["ref"], 0x55);
    assert_eq!(v["status"]["summary"], "OK, Done");
    assert_eq!(v["fields"]["property_type"]["hex"], "01");
    assert_eq!(v["len_forms"]["84"], 2);
    assert_eq!(v["roundtrip"], true);
}

#[test]
fn decode_accepts_0x_and_blank_lines_on_stdin() {
    mms()
        .args(["decode", "--strict"])
        .write_stdin(format!("\n0x{}\n\n", ECHO_REQUEST.replace(' ', "")))
        .assert()
        .success()
        .stdout(contains("request 0xDF01 Echo"));
}

#[test]
fn unquoted_bytes_are_one_message_and_quoted_messages_several() {
    // `mms decode AA 00 81 ...`: every argument one byte, so together they are one message.
    let bytes: Vec<&str> = ECHO_REQUEST.split(' ').collect();
    mms()
        .args(["decode", "--strict", "--json"])
        .args(&bytes)
        .assert()
        .success()
        .stdout(contains("\"id\":\"0xDF01\"").count(1));
    // Two quoted messages stay two messages.
    mms()
        .args(["decode", "--strict", "--json", ECHO_REQUEST, ECHO_REQUEST])
        .assert()
        .success()
        .stdout(contains("\"id\":\"0xDF01\"").count(2));
}

#[test]
fn bad_hex_and_truncated_messages_are_clear_errors() {
    mms()
        .args(["decode", "--strict", "AA 0Z"])
        .assert()
        .failure()
        .stdout(contains("not a hex digit"));
    mms()
        .args(["decode", "--strict", "--json", "AA 00 81 04 01"])
        .assert()
        .failure()
        .stdout(contains(r#""ok":false"#))
        .stdout(contains("at byte 3 in 81"));
    // A payload TLV cut short: the error names the offset and the tag path.
    mms()
        .args([
            "decode",
            "--strict",
            "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 09 01 02 03",
        ])
        .assert()
        .failure()
        .stdout(contains("at byte"))
        .stdout(contains("84/81"));
    // Like `jq` or `base64 -d`, a failed decode is an error without --strict too.
    mms()
        .args(["decode", "AA 00 81"])
        .assert()
        .failure()
        .stdout(contains("error: at byte"))
        .stderr(contains("1 of 1 inputs failed to decode"));
}

#[test]
fn decode_reassembles_hid_reports_and_slip_frames() {
    let message = mms_spec::parse_hex(ECHO_REQUEST).unwrap();
    let long: Vec<u8> = [
        &message[..8],
        &[0x84, 0x81, 0x82, 0xDF, 0x01, 0x81, 0x7E][..],
        &[0x55; 0x7E][..],
    ]
    .concat();
    let reports: Vec<String> = mms_runtime::hid_framing::packetize(&long)
        .unwrap()
        .map(|r| format_hex(&r))
        .collect();
    assert!(reports.len() > 1);
    mms()
        .args(["decode", "--strict", "--hid"])
        .write_stdin(reports.join("\n"))
        .assert()
        .success()
        .stdout(contains("request 0xDF01 Echo"));
    let frame = mms_runtime::slip::encode(mms_runtime::slip::SlipInfo::HOST_TO_DEVICE, &message);
    mms()
        .args(["decode", "--strict", "--slip", &format_hex(&frame)])
        .assert()
        .success()
        .stdout(contains("request 0xDF01 Echo"));
    mms()
        .args(["decode", "--strict", "--hid", &reports[0]])
        .assert()
        .failure()
        .stdout(contains("input ends inside a multi-report message"));
}

#[test]
fn encode_builds_hand_written_json() {
    let json =
        r#"{"kind": "request", "id": "Echo", "ref": 1, "fields": {"data_to_be_echoed": "010203"}}"#;
    mms()
        .args(["encode", json])
        .assert()
        .success()
        .stdout(format!("{ECHO_REQUEST}\n"));
    mms()
        .args(["encode", "{not json"])
        .assert()
        .failure()
        .stderr(contains("not valid JSON"));
    mms()
        .args([
            "encode",
            r#"{"kind": "request", "id": "0xDF01", "fields": {"nope": "01"}}"#,
        ])
        .assert()
        .failure()
        .stderr(contains("fields.nope"));
}

#[test]
fn send_by_name_id_and_field_name() {
    mms()
        .args(["send", "--sim", "echo", "--field", "81=010203"])
        .assert()
        .success()
        .stdout(contains("response 0xDF01 Echo"))
        .stdout(contains("01 02 03"));
    mms()
        .args([
            "send",
            "--sim",
            "0xDF01",
            "-f",
            "data_to_be_echoed=0A0B",
            "--json",
        ])
        .assert()
        .success()
        .stdout(contains(r#""hex":"0A0B""#));
}

#[test]
fn verbose_traces_every_frame() {
    // `--sim` talks over in-memory HID reports: -v shows each 64-byte report both ways.
    mms()
        .args(["-v", "send", "--sim", "echo", "--field", "81=0102"])
        .assert()
        .success()
        .stderr(contains("report -> 00 10 AA 00 81 04"))
        .stderr(contains("report <- 00 16 AA 00 81 04 82"));
}

#[test]
fn send_refuses_unknown_commands_fields_and_wrong_lengths() {
    mms()
        .args(["send", "--sim", "no_such_command"])
        .assert()
        .failure()
        .stderr(contains("unknown command"));
    mms()
        .args(["send", "--sim", "echo", "--field", "99=01"])
        .assert()
        .failure()
        .stderr(contains("unknown field \"99\""))
        .stderr(contains("data_to_be_echoed"));
    mms()
        .args(["send", "--sim", "D812", "--field", "81=01"])
        .assert()
        .failure()
        .stderr(contains("wrong length for file_id"));
    mms()
        .args(["send", "--sim", "echo", "--field", "81"])
        .assert()
        .failure()
        .stderr(contains("KEY=VALUE"));
}

#[test]
fn send_hex_replays_a_capture_with_a_new_reference() {
    // Reference 0x55 in the capture; the client renumbers it.
    let capture = "AA 00 81 04 01 55 DF 01 84 07 DF 01 81 03 01 02 03";
    mms()
        .args(["send", "--sim", "--hex", capture])
        .assert()
        .success()
        // The client's first reference number is drawn at random, so only
        // the answer itself is checked (it once asserted "ref 1", which held
        // for about half of the draws).
        .stdout(contains("response 0xDF01 Echo, ref "))
        .stdout(contains("Data being echoed: 01 02 03"));
    mms()
        .args(["send", "--sim", "--hex", "AA 00 81"])
        .assert()
        .failure()
        .stderr(contains("not an MMS message"));
}

#[test]
fn a_failure_status_is_shown_and_exits_non_zero() {
    // Start Send File without its required fields.
    mms()
        .args(["send", "--sim", "D812", "-f", "81=02000000"])
        .assert()
        .failure()
        .stdout(contains("82 Response Status: 80 02"))
        .stderr(contains("failure status"));
}

#[test]
fn commands_that_need_a_device_say_how_to_choose_one() {
    for args in [
        vec!["send", "echo"],
        vec!["props", "get", "1.2.7.1.1.1"],
        vec!["file", "info", "02000000"],
        vec!["listen", "--count", "1"],
    ] {
        mms()
            .args(&args)
            .assert()
            .failure()
            .stderr(contains("no device chosen"))
            .stderr(contains("--sim"));
    }
    mms()
        .args(["send", "--sim", "--ws", "ws://127.0.0.1:1", "echo"])
        .assert()
        .failure()
        .stderr(contains("choose one transport"));
}

#[test]
fn props_get_and_set() {
    mms()
        .args(["props", "get", "--sim", "2.1.2.2.2.1", "1.2.7.1.1"])
        .assert()
        .success()
        .stdout(contains("2.1.2.2.2.1"))
        .stdout(contains("DynaFlex Pro"))
        .stdout(contains("1.2.7.1.1.3"));
    mms()
        .args([
            "props",
            "get",
            "--sim",
            "--json",
            "Device Reset Occurred Notification Control",
        ])
        .assert()
        .success()
        .stdout(contains(r#""oid":"1.2.7.1.1.1""#));
    mms()
        .args(["props", "set", "--sim", "1.2.7.1.1.1", "01"])
        .assert()
        .success()
        .stdout(contains("set 1.2.7.1.1.1"));
}

/// A bit-mapped property (User Event Notifications Enable, manual Table 951) shows the names
/// of its set bits, in text and in JSON.
#[test]
fn props_name_the_set_bits_of_bit_mapped_properties() {
    // The simulator's default: every notification disabled.
    mms()
        .args(["props", "get", "--sim", "1.2.7.1.2.1"])
        .assert()
        .success()
        .stdout(contains(
            "1.2.7.1.2.1 User Event Notifications Enable: 00 00 00 00 (no bits set)",
        ));
    mms()
        .args(["props", "get", "--sim", "--json", "1.2.7.1.2.1"])
        .assert()
        .success()
        .stdout(contains(r#""bits":[]"#));
    // Byte 0: Contactless Card Presented, Card Swiped; byte 1: Encrypt Barcode Reader Event Data.
    mms()
        .args(["props", "set", "--sim", "1.2.7.1.2.1", "11 01 00 00"])
        .assert()
        .success()
        .stdout(contains(
            "(bits: Contactless Card Presented, Card Swiped, Encrypt Barcode Reader Event Data)",
        ));
}

#[test]
fn props_refuse_bad_oids_names_values() {
    mms()
        .args(["props", "get", "--sim", "1.x.3"])
        .assert()
        .failure()
        .stderr(contains("bad OID"));
    mms()
        .args(["props", "get", "--sim", "no such property at all"])
        .assert()
        .failure()
        .stderr(contains("unknown property"));
    mms()
        .args(["props", "set", "--sim", "1.2.7.1.1.1", "0102"])
        .assert()
        .failure()
        .stderr(contains("wrong length"));
    mms()
        .args(["props", "set", "--sim", "2.1.2.2.2.1", "x"])
        .assert()
        .failure()
        .stderr(contains("read-only"));
    // Unknown to the device: its failure status is the error.
    mms()
        .args(["props", "get", "--sim", "1.9.9.9"])
        .assert()
        .failure()
        .stderr(contains("refused"));
    mms()
        .args(["props", "list", "reset"])
        .assert()
        .success()
        .stdout(contains("1.2.7.1.1.1"));
}

#[test]
fn file_send_and_missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("image.bin");
    std::fs::write(&path, vec![0x5A; 3000]).unwrap();
    mms()
        .args(["file", "send", "--sim", "02000000"])
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("sent 3000 bytes as file type 02000000"));
    mms()
        .args(["file", "send", "--sim", "02000000"])
        .arg(dir.path().join("missing.bin"))
        .assert()
        .failure()
        .stderr(contains("cannot read"));
    mms()
        .args(["file", "info", "--sim", "xyz-no-such-type"])
        .assert()
        .failure()
        .stderr(contains("bad file type"));
}

#[test]
fn listen_prints_transaction_notifications() {
    // Start Transaction with a 60 s timeout; the simulator then sends 4 notifications.
    mms()
        .args([
            "listen",
            "--sim",
            "--count",
            "4",
            "--timeout",
            "10",
            "--send",
            "AA 00 81 04 01 01 10 01 84 05 10 01 82 01 3C",
        ])
        .assert()
        .success()
        .stdout(contains("response 0x1001 Start Transaction"))
        .stdout(contains(
            "notification 0x0101 Transaction Information Update",
        ))
        .stdout(contains("notification 0x0105"));
    mms()
        .args(["listen", "--sim", "--count", "1", "--timeout", "0.2"])
        .assert()
        .failure()
        .stderr(contains("only 0 of 1 notifications"));
}

#[test]
fn devices_lists_or_says_none_found() {
    mms()
        .arg("devices")
        .assert()
        .success()
        .stdout(contains("HID readers:"))
        .stdout(contains("serial ports:"));
}

#[test]
fn demo_runs_to_the_end() {
    mms()
        .arg("demo")
        .assert()
        .success()
        .stdout(contains("Echo"))
        .stdout(contains("sent 20480 bytes"))
        .stdout(contains("notification 0x0105"))
        // Step 5's ARQC, decrypted and named: PAN masked, expiry, amount.
        .stdout(contains(
            "5A Application Primary Account Number (PAN): 476173******0010",
        ))
        .stdout(contains("5F24 Application Expiration Date: 2027-12-31"))
        .stdout(contains("9F02 Amount, Authorised (Numeric): 12.34 USD"))
        // Step 6: a signature, fetched and decoded.
        .stdout(contains("signature: 3 strokes"))
        // Step 7: a firmware update through the device's reset.
        .stdout(contains("Firmware update"))
        // Step 8: through the embedded broker to a simulated WLAN reader.
        .stdout(contains("Echo over MQTT"))
        .stdout(contains("Data being echoed: 04 05 06"))
        .stdout(contains("Done."));
}

#[test]
fn verbose_traces_frames_to_stderr() {
    mms()
        .args(["-v", "send", "--sim", "echo", "-f", "81=01"])
        .assert()
        .success()
        // A request (type 01) with the client's reference number (drawn at random).
        .stderr(contains("-> AA00810401"))
        .stderr(contains("DF018405DF01810101"));
}

/// A running `mms sim`, killed on drop.
struct SimProcess {
    child: Child,
    serial: String,
    ws: String,
}

impl SimProcess {
    /// Starts `mms sim ARGS` and returns it with its standard output's lines.
    fn spawn(args: &[&str]) -> (Child, std::io::Lines<BufReader<std::process::ChildStdout>>) {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
            .arg("sim")
            .args(args)
            .env_remove("MMS_SPEC")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("mms sim starts");
        let lines = BufReader::new(child.stdout.take().unwrap()).lines();
        (child, lines)
    }

    fn start() -> SimProcess {
        let (child, mut lines) = Self::spawn(&[]);
        let serial = lines.next().unwrap().unwrap();
        let ws = lines.next().unwrap().unwrap();
        SimProcess {
            child,
            serial: serial
                .strip_prefix("serial: ")
                .expect("first line is serial: PATH")
                .to_string(),
            ws: ws
                .strip_prefix("ws: ")
                .expect("second line is ws: URL")
                .to_string(),
        }
    }
}

impl Drop for SimProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn sim_serves_wss_with_a_certificate_made_for_the_test() {
    let (child, mut lines) = SimProcess::spawn(&["--ws", "--tls"]);
    let mut next = |prefix: &str| {
        let line = lines.next().unwrap().unwrap();
        line.strip_prefix(prefix)
            .unwrap_or_else(|| panic!("expected {prefix}URL, got {line}"))
            .to_string()
    };
    let url = next("ws: ");
    let ca = next("ca: ");
    let sim = SimProcess {
        child,
        serial: String::new(),
        ws: url.clone(),
    };
    assert!(url.starts_with("wss://127.0.0.1:"), "{url}");
    mms()
        .args([
            "send", "--ws", &url, "--ws-ca", &ca, "echo", "-f", "81=0102",
        ])
        .assert()
        .success()
        .stdout(contains("response 0xDF01 Echo"))
        .stdout(contains("Response Status: 00 00 00 00"));
    // The system's trust store does not know the simulator's CA.
    mms()
        .args(["send", "--ws", &url, "echo"])
        .assert()
        .failure()
        .stderr(contains("TLS handshake"));
    drop(sim);
    // Killed, the simulator could not remove its CA file.
    let _ = std::fs::remove_dir_all(std::path::Path::new(&ca).parent().unwrap());
}

#[test]
fn sim_serves_serial_and_websocket() {
    let sim = SimProcess::start();
    assert!(sim.serial.starts_with("/dev/"), "{}", sim.serial);
    assert!(sim.ws.starts_with("ws://127.0.0.1:"), "{}", sim.ws);
    mms()
        .args(["send", "--serial", &sim.serial, "echo", "-f", "81=0102"])
        .assert()
        .success()
        .stdout(contains("response 0xDF01 Echo"));
    // -vv shows the SLIP bytes, escapes included.
    mms()
        .args([
            "-vv",
            "send",
            "--serial",
            &sim.serial,
            "echo",
            "-f",
            "81=C0",
        ])
        .assert()
        .success()
        .stderr(contains("wire -> C0"))
        .stderr(contains("DBDC"));
    mms()
        .args(["props", "get", "--ws", &sim.ws, "2.2.1.1.1.1"])
        .assert()
        .success()
        .stdout(contains("2.2.1.1.1.1"));

    // A string property set on one link reads back on the other.
    mms()
        .args([
            "props",
            "set",
            "--ws",
            &sim.ws,
            "MQTT Broker Address",
            "broker.example",
        ])
        .assert()
        .success();
    mms()
        .args(["props", "get", "--serial", &sim.serial, "1.2.2.1.2.1"])
        .assert()
        .success()
        .stdout(contains("MQTT Broker Address: \"broker.example\""));

    // A file goes in over WebSocket and comes back over the pty.
    let dir = tempfile::tempdir().unwrap();
    let sent = dir.path().join("sent.bin");
    let got = dir.path().join("got.bin");
    let data: Vec<u8> = (0..5000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&sent, &data).unwrap();
    mms()
        .args(["file", "send", "--ws", &sim.ws, "02000000"])
        .arg(&sent)
        .assert()
        .success();
    mms()
        .args(["file", "info", "--ws", &sim.ws, "02000000"])
        .assert()
        .success()
        .stdout(contains("response 0xD825"));
    mms()
        .args(["file", "get", "--serial", &sim.serial, "02000000"])
        .arg(&got)
        .assert()
        .success()
        .stdout(contains("got 5000 bytes"));
    assert_eq!(std::fs::read(&got).unwrap(), data);

    // Notifications go to every link: listen on one, start a transaction on the other.
    let listener = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
        .args([
            "listen",
            "--ws",
            &sim.ws,
            "--count",
            "4",
            "--timeout",
            "10",
            "--json",
        ])
        .env_remove("MMS_SPEC")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Give the listener time to connect before the transaction starts.
    std::thread::sleep(std::time::Duration::from_millis(300));
    mms()
        .args(["send", "--serial", &sim.serial, "1001", "-f", "82=3C"])
        .assert()
        .success();
    let out = listener.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 4, "{text}");
    assert!(text.contains(r#""kind":"notification""#));
}

#[test]
fn unreachable_transports_are_one_line_errors() {
    mms()
        .args(["send", "--serial", "/dev/does-not-exist", "echo"])
        .assert()
        .failure()
        .stderr(contains("cannot open"))
        .stderr(predicate::function(|s: &str| s.lines().count() == 1));
    mms()
        .args([
            "send",
            "--ws",
            "ws://127.0.0.1:1",
            "--response-timeout",
            "1",
            "echo",
        ])
        .assert()
        .failure()
        .stderr(contains("cannot open"));
}

/// `--max-message-bytes` reaches every link `mms` opens (issue 11): an Echo
/// of 20 bytes is a 34-byte request and a 40-byte response. With a 40-byte
/// cap it works; with 34 the request goes out but the answer is refused by
/// the link (the call fails); with 33 the request itself is refused.
#[test]
fn the_message_size_flag_reaches_every_link() {
    let sim = SimProcess::start();
    let data = format!("81={}", "AB".repeat(20));
    for link in [
        vec!["--serial", sim.serial.as_str()],
        vec!["--ws", sim.ws.as_str()],
        vec!["--sim"],
    ] {
        let send = |cap: &str| {
            let mut cmd = mms();
            cmd.args(["send"])
                .args(&link)
                .args(["--response-timeout", "2", "--max-message-bytes", cap])
                .args(["echo", "-f", &data]);
            cmd.assert()
        };
        send("40").success().stdout(contains("AB AB AB"));
        send("34").failure();
        send("33")
            .failure()
            .stderr(contains("message of 34 bytes is over the 33-byte limit"));
    }
    mms()
        .args(["send", "--sim", "--max-message-bytes", "8", "echo"])
        .assert()
        .failure()
        .stderr(contains("--max-message-bytes 8"));
    mms()
        .args(["send", "--sim", "--reassembly-timeout", "0", "echo"])
        .assert()
        .failure()
        .stderr(contains("--reassembly-timeout"));
    mms()
        .args(["--sim", "--reassembly-timeout", "0.5", "send", "echo"])
        .assert()
        .success();
}
