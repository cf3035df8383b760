//! Captures end to end: `mms decode --pcap` and `--slip --log` on the checked-in
//! captures (capture/tests/data), `--capture` on a client command and on
//! `mms sim`, and the generated Wireshark dissector run by a real `tshark` over
//! every capture, which must find the same messages, reference numbers, status
//! codes and broken HID sequences as `mms decode --pcap --json`.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::str::contains;
use serde_json::Value;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn data(name: &str) -> PathBuf {
    root().join("capture/tests/data").join(name)
}

const PCAPS: [&str; 4] = [
    "sim_session.pcapng",
    "mms_records.pcapng",
    "usbmon_broken.pcap",
    "usbpcap_broken.pcap",
];

/// `mms decode --pcap FILE --json`, one value per line.
fn decode_json(path: &Path) -> Vec<Value> {
    let out = mms()
        .args(["decode", "--json", "--pcap"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// What both sides must agree on: messages as `frame id ref status`, and the
/// frames where a HID report broke the framing rules.
#[derive(Debug, PartialEq, Eq, Default)]
struct Findings {
    messages: Vec<String>,
    problem_frames: BTreeSet<u64>,
}

fn findings_of_mms(values: &[Value]) -> Findings {
    let mut f = Findings::default();
    for v in values {
        let frame = v["frame"].as_u64().unwrap();
        if v["ok"] == Value::Bool(true) {
            let id = u16::from_str_radix(v["id"].as_str().unwrap().trim_start_matches("0x"), 16)
                .unwrap();
            let status = v["status"]["hex"].as_str().unwrap_or("-").to_lowercase();
            f.messages
                .push(format!("{frame} {id:04x} {} {status}", v["ref"]));
        } else if v["src"].as_str().unwrap().starts_with("usb:") && v.get("ts").is_some() {
            // Framing problems of a report (not the capture's end, not unreadable records).
            f.problem_frames.insert(frame);
        }
    }
    f
}

/// Where tshark is, or why the test cannot run (a failure under `CI=true`).
fn tshark() -> Option<&'static str> {
    let found = StdCommand::new("tshark")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if found {
        return Some("tshark");
    }
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "tshark is missing: install the Debian package `tshark` (.ci/run does)"
    );
    eprintln!("skipping: tshark is not installed (apt-get install -y tshark)");
    None
}

/// tshark with the generated dissector over `path`.
fn findings_of_tshark(tshark: &str, path: &Path) -> Findings {
    let lua = root().join("wireshark/magtek_mms.lua");
    let out = StdCommand::new(tshark)
        .arg("-X")
        .arg(format!("lua_script:{}", lua.display()))
        .arg("-r")
        .arg(path)
        .args(["-Y", "magtek_mms", "-T", "fields", "-E", "occurrence=a"])
        .args(["-E", "aggregator=|"])
        .args(["-e", "frame.number", "-e", "magtek_mms.cmd"])
        .args(["-e", "magtek_mms.notification", "-e", "magtek_mms.ref"])
        .args(["-e", "magtek_mms.status", "-e", "magtek_mms.detail"])
        .args(["-e", "magtek_mms.hid.problem"])
        .output()
        .expect("tshark runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "tshark failed: {stderr}");
    assert!(!stderr.contains("Lua: Error"), "{stderr}");
    // The full tree too: every message must dissect without a Lua error.
    let tree = StdCommand::new(tshark)
        .arg("-X")
        .arg(format!("lua_script:{}", lua.display()))
        .arg("-r")
        .arg(path)
        .arg("-V")
        .output()
        .expect("tshark runs");
    let tree = String::from_utf8_lossy(&tree.stdout);
    assert!(
        !tree.contains("Lua Error"),
        "{}",
        &tree[tree.find("Lua Error").unwrap_or(0)..][..200.min(tree.len())]
    );
    let mut f = Findings::default();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let frame: u64 = cols[0].parse().unwrap();
        let list = |i: usize| -> Vec<&str> {
            cols.get(i)
                .map(|c| c.split('|').filter(|s| !s.is_empty()).collect())
                .unwrap_or_default()
        };
        let (cmds, notes, refs) = (list(1), list(2), list(3));
        let statuses: Vec<&str> = list(4).into_iter().chain(list(5)).collect();
        let ids: Vec<&str> = cmds.into_iter().chain(notes).collect();
        for (i, id) in ids.iter().enumerate() {
            let status = statuses
                .get(i)
                .map_or("-".to_string(), |s| s.trim_start_matches("0x").to_string());
            let id = id.trim_start_matches("0x");
            f.messages
                .push(format!("{frame} {id} {} {status}", refs[i]));
        }
        if !list(6).is_empty() {
            f.problem_frames.insert(frame);
        }
    }
    f
}

#[test]
fn decode_pcap_prints_tree_and_json_with_time_and_direction() {
    mms()
        .args(["decode", "--pcap"])
        .arg(data("sim_session.pcapng"))
        .assert()
        .success()
        .stdout(contains(
            "# frame 3  2026-11-28T14:00:00.010000Z  to_device  usb:1.1",
        ))
        .stdout(contains("Echo"));
    let values = decode_json(&data("usbmon_broken.pcap"));
    assert_eq!(values[0]["dir"], "to_device");
    assert_eq!(values[0]["ts"], "2026-11-28T14:00:00.012000Z");
    assert_eq!(values[0]["name"], "Echo");
    let errors = values.iter().filter(|v| v["ok"] == false).count();
    assert_eq!(errors, 6);
    // --strict fails on the broken sequences but still prints everything.
    mms()
        .args(["decode", "--strict", "--pcap"])
        .arg(data("usbmon_broken.pcap"))
        .assert()
        .failure()
        .stderr(contains("6 of 11 captured items"));
}

#[test]
fn decode_pcap_explains_device_choice_and_bad_files() {
    mms()
        .args(["decode", "--pcap"])
        .arg(data("usbpcap_broken.pcap"))
        .assert()
        .success()
        .stderr(contains("choose one with --device BUS.ADDR"));
    mms()
        .args(["decode", "--pcap"])
        .arg(data("usbpcap_broken.pcap"))
        .args(["--device", "9.9"])
        .assert()
        .success()
        .stderr(contains("no MMS messages"));
    mms()
        .args(["decode", "--pcap"])
        .arg(data("usbpcap_broken.pcap"))
        .args(["--device", "nine"])
        .assert()
        .failure()
        .stderr(contains("--device: \"nine\" is not BUS.ADDRESS"));
    mms()
        .args(["decode", "--pcap"])
        .arg(data("serial.slip"))
        .assert()
        .failure()
        .stderr(contains("not a pcap or pcapng capture"));
}

#[test]
fn decode_slip_log_resynchronises() {
    mms()
        .args(["decode", "--json", "--slip", "--log"])
        .arg(data("serial.slip"))
        .assert()
        .success()
        .stdout(contains(
            "\"error\":\"dropped 3 bytes at offset 0: bytes before the first C0 delimiter\"",
        ))
        .stdout(contains("DB escape followed by 0x41"))
        .stdout(contains("\"dir\":\"to_host\",\"src\":\"serial\""));
}

#[test]
fn client_capture_decodes_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("echo.pcapng");
    mms()
        .args(["send", "--sim", "echo", "-f", "81=0102", "--capture"])
        .arg(&file)
        .assert()
        .success();
    let values = decode_json(&file);
    let kinds: Vec<(&str, &str)> = values
        .iter()
        .map(|v| (v["dir"].as_str().unwrap(), v["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [("to_device", "request"), ("to_host", "response")]);
    assert_eq!(values[0]["src"], "usb:1.1");
}

#[test]
fn sim_capture_records_websocket_traffic() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sim.pcapng");
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
        .args(["sim", "--ws", "--capture"])
        .arg(&file)
        .env_remove("MMS_SPEC")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let line = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .next()
        .unwrap()
        .unwrap();
    let url = line.strip_prefix("ws: ").unwrap().to_string();
    mms()
        .args(["send", "--ws", &url, "echo", "-f", "81=0102"])
        .assert()
        .success();
    let _ = child.kill();
    let _ = child.wait();
    // Records are flushed one by one, so the file is whole even after a kill.
    let values = decode_json(&file);
    assert_eq!(values.len(), 2, "{values:?}");
    assert!(values.iter().all(|v| v["src"] == "websocket"));
    assert_eq!(values[1]["kind"], "response");
    if let Some(tshark) = tshark() {
        assert_eq!(findings_of_tshark(tshark, &file), findings_of_mms(&values));
    }
}

#[test]
fn tshark_with_the_generated_dissector_agrees_with_mms_decode() {
    let Some(tshark) = tshark() else { return };
    for name in PCAPS {
        let path = data(name);
        let ours = findings_of_mms(&decode_json(&path));
        assert!(!ours.messages.is_empty(), "{name}");
        let theirs = findings_of_tshark(tshark, &path);
        assert_eq!(
            theirs, ours,
            "{name}: tshark (left) and mms decode (right) differ"
        );
    }
}

/// A notification message: `81` (type 0x83, reference `reference`, ID), `82` (detail code),
/// `84` (the ID again, then `contents`). Short lengths only.
fn notification(id: u16, reference: u8, detail: u32, contents: &[u8]) -> Vec<u8> {
    let tlv = |tag: u8, value: &[u8]| [&[tag, value.len() as u8][..], value].concat();
    let info = [&[0x83, reference][..], &id.to_be_bytes()].concat();
    let payload = [&id.to_be_bytes()[..], contents].concat();
    [
        &[0xAA, 0x00][..],
        &tlv(0x81, &info),
        &tlv(0x82, &detail.to_be_bytes()),
        &tlv(0x84, &payload),
    ]
    .concat()
}

#[test]
fn tshark_chooses_among_a_detail_codes_tables_by_the_data() {
    // 0x1805's barcode code 04030100 names an encrypted form (Table 352) and an unencrypted one
    // (353); 0x0205's 01020101 a PIN block with account data (327) and without (326). The
    // dissector takes the first table the payload fits, as `mms decode` does; before, it always
    // took the first, and showed the other form's rows as TLVs not in the spec.
    let Some(tshark) = tshark() else { return };
    let hex = |text: &str| mms_spec::parse_hex(text).unwrap();
    let tlv =
        |tag: &str, value: &[u8]| [hex(tag), vec![value.len() as u8], value.to_vec()].concat();
    let barcode = tlv("FC", &tlv("DF74", b"4012"));
    let encrypted = tlv(
        "84",
        &[
            tlv("DFDF59", &[0xAB, 0xCD, 0xEF, 0x01]),
            tlv("DFDF50", &[0xFF; 10]),
            tlv("DFDF51", &[0x01]),
        ]
        .concat(),
    );
    let pin = tlv(
        "F5",
        &[
            tlv("DF71", &[0x00]),
            tlv("99", &[0x11; 8]),
            tlv("DFDF41", &[0x22; 10]),
            tlv("DFDF42", &[0x01]),
        ]
        .concat(),
    );
    let account = [
        tlv("DFDF59", &[0xAB; 8]),
        tlv("DFDF56", &[0x33; 10]),
        tlv("DFDF57", &[0x01]),
    ]
    .concat();
    let without = tlv("84", &pin);
    let with = tlv("84", &[account, pin].concat());
    let messages = [
        notification(0x1805, 1, 0x0403_0100, &barcode),
        notification(0x1805, 2, 0x0403_0100, &encrypted),
        notification(0x0205, 3, 0x0102_0101, &without),
        notification(0x0205, 4, 0x0102_0101, &with),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("alternatives.pcapng");
    let mut writer = mms_capture::CaptureWriter::create(&path).unwrap();
    for (i, m) in messages.iter().enumerate() {
        let time = std::time::Duration::from_millis(10 * i as u64);
        writer
            .write_message(
                time,
                mms_capture::Link::WebSocket,
                mms_capture::Direction::ToHost,
                m,
            )
            .unwrap();
    }
    writer.flush().unwrap();
    drop(writer);

    let lua = root().join("wireshark/magtek_mms.lua");
    let ui = "magtek_mms.user_interface_operation_complete";
    let pins = "magtek_mms.banking_functions_operation_complete";
    let columns = [
        format!("{ui}.t353.barcode_data_container.barcode_data"),
        format!("{ui}.t352.notification_payload.encrypted_data_encryption_type"),
        format!("{pins}.t326.notification_payload.container_for_encrypted_pin_data.pin_key_serial_number_ksn"),
        format!("{pins}.t327.notification_payload.container_for_encrypted_pin_data.pin_ksn"),
        "magtek_mms.tlv".to_string(),
    ];
    let mut cmd = StdCommand::new(tshark);
    cmd.arg("-X")
        .arg(format!("lua_script:{}", lua.display()))
        .arg("-r")
        .arg(&path)
        .args(["-Y", "magtek_mms", "-T", "fields"]);
    for c in &columns {
        cmd.args(["-e", c]);
    }
    let out = cmd.output().expect("tshark runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !stderr.contains("Lua"), "{stderr}");
    let lines: Vec<Vec<String>> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| l.split('\t').map(str::to_lowercase).collect())
        .collect();
    // One message per frame; each names its own table's row, and no TLV is left unnamed.
    let expect = [
        ["34303132", "", "", "", ""],
        ["", "01", "", "", ""],
        ["", "", "22222222222222222222", "", ""],
        ["", "", "", "22222222222222222222", ""],
    ];
    assert_eq!(lines, expect.map(|row| row.map(String::from).to_vec()));
}
