//! The `mms` binary under bad and hostile input (issue 11): regression tests
//! for each defect found, and random or mutated bytes fed to every
//! subcommand that reads input, which must end in a clear error, never a panic.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command as StdCommand, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use mms_spec::{format_hex, Spec};
use predicates::str::contains;
use proptest::prelude::*;

#[path = "../../dissect/tests/support/mod.rs"]
mod support;
use support::any_json;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

const ECHO_REQUEST: &str = "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03";

/// Defect 3: 40,000 repeats of one tag took more than 120 s (a quadratic
/// search for a free key). The timeout only stops a hang; speed itself is
/// measured by the `repeats` benchmark of mms-dissect.
#[test]
fn forty_thousand_repeated_tags_decode() {
    let input = "810100".repeat(40_000);
    mms()
        .args(["decode", "--json"])
        .write_stdin(input)
        .timeout(Duration::from_secs(60))
        .assert()
        .success()
        .stdout(contains(r#""81#40000":{"tag":"81""#));
}

/// Runs `mms ARGS < /dev/zero` (assert_cmd would read all of /dev/zero first).
fn from_dev_zero(args: &[&str]) -> std::process::Output {
    let zero = std::fs::File::open("/dev/zero").expect("/dev/zero");
    StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
        .args(args)
        .stdin(zero)
        .output()
        .unwrap()
}

/// Defect 4: `mms decode < /dev/zero` aborted on a 2 GB allocation.
#[test]
fn endless_input_ends_with_a_limit_error() {
    let out = from_dev_zero(&["decode"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("input is longer than 268435456 bytes; stopped reading (--max-input-bytes"),
        "{stderr}"
    );
    mms()
        .args(["decode", "--max-line-bytes", "8"])
        .write_stdin(format!("{ECHO_REQUEST}\nAA\n"))
        .assert()
        .failure()
        .stdout(contains("line 1: longer than 8 bytes"));
    mms()
        .args(["decode", "--max-lines", "2"])
        .write_stdin(format!("{ECHO_REQUEST}\n{ECHO_REQUEST}\n{ECHO_REQUEST}\n"))
        .assert()
        .failure()
        .stderr(contains("more than 2 lines"));
}

/// Defect 4: `encode` and `file send` read their whole input whatever its size.
#[test]
fn encode_and_file_send_read_within_limits() {
    let json =
        r#"{"kind": "request", "id": "Echo", "ref": 1, "fields": {"data_to_be_echoed": "010203"}}"#;
    mms()
        .args(["encode", "--max-input-bytes", "50"])
        .write_stdin(format!("{json}\n"))
        .assert()
        .failure()
        .stderr(contains("input is longer than 50 bytes"));
    let out = from_dev_zero(&["encode", "--max-input-bytes", "10000000"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("longer than"));
    // JSON lines and one object over several lines both stream through.
    mms()
        .arg("encode")
        .write_stdin(format!(
            "{json}\n{json}\n{{\n \"kind\": \"tlv\",\n \"fields\": {{\"81\": \"01\"}}\n}}\n"
        ))
        .assert()
        .success()
        .stdout(format!("{ECHO_REQUEST}\n{ECHO_REQUEST}\n81 01 01\n"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.bin");
    std::fs::write(&path, vec![7u8; 4096]).unwrap();
    mms()
        .args(["file", "send", "02000000"])
        .arg(&path)
        .args(["--sim", "--max-input-bytes", "1000"])
        .assert()
        .failure()
        .stderr(contains("is longer than 1000 bytes"));
}

/// Defect 4: decode held all output until the end of input. Each answer must
/// come out while stdin is still open.
#[test]
fn decode_streams_one_answer_per_line() {
    // On one thread, and split over threads (the default on a machine with several cores).
    for threads in ["1", "2"] {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
            .args(["decode", "--json", "--threads", threads])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let (tx, rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in stdout.lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        for _ in 0..3 {
            writeln!(stdin, "{ECHO_REQUEST}").unwrap();
            stdin.flush().unwrap();
            let line = rx
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("{threads} threads: an answer before the next line"));
            assert!(line.contains(r#""name":"Echo""#), "{line}");
        }
        drop(stdin);
        assert!(child.wait().unwrap().success());
        reader.join().unwrap();
    }
}

/// `--threads` changes the speed, nothing else: the same output in the same order, the same
/// reports and exit status, over more lines than one batch holds, with bad lines of every
/// kind among them, and an input that stops at a limit part way.
#[test]
fn threads_change_nothing_but_the_speed() {
    let examples: Vec<String> = Spec::builtin()
        .examples()
        .filter_map(|(_, e)| e.bytes().ok())
        .map(|b| format_hex(&b))
        .collect();
    let mut input = Vec::new();
    for (i, example) in examples.iter().cycle().take(3_000).enumerate() {
        match i % 500 {
            7 => input.extend_from_slice(b"AA 00 zz\n"),
            8 => input.extend_from_slice(b"AA \xFF 00\n"),
            9 => input.extend_from_slice(&[b'0'; 5000]),
            10 => input.extend_from_slice(b"\n  \n"),
            _ => {}
        }
        if i % 500 == 9 {
            input.push(b'\n');
        }
        input.extend_from_slice(example.as_bytes());
        input.push(b'\n');
    }
    let runs = [
        &["decode", "--json", "--max-line-bytes", "4096"][..],
        &["decode", "--strict", "--max-line-bytes", "4096"],
        &[
            "decode",
            "--json",
            "--max-line-bytes",
            "4096",
            "--max-lines",
            "2000",
        ],
    ];
    for args in runs {
        let one = run(&[args, &["--threads", "1"]].concat(), &input);
        assert!(one.stdout.len() > 100_000, "{args:?}");
        for threads in ["2", "3", "8"] {
            let many = run(&[args, &["--threads", threads]].concat(), &input);
            assert_eq!(many.status.code(), one.status.code(), "{args:?} {threads}");
            assert_eq!(many.stderr, one.stderr, "{args:?} {threads}");
            assert!(
                many.stdout == one.stdout,
                "{args:?} {threads}: output differs"
            );
        }
        let stderr = String::from_utf8_lossy(&one.stderr);
        if args.contains(&"--max-lines") {
            assert!(stderr.contains("more than 2000 lines"), "{stderr}");
        } else {
            // 6 hex errors, 6 non-UTF-8 lines and 6 lines too long, of 3,018 inputs.
            assert!(stderr.contains("of 3018 inputs failed"), "{stderr}");
        }
    }
}

/// Defect 5: a non-UTF-8 line aborted the run with no line number.
#[test]
fn a_non_utf8_line_is_reported_and_the_rest_decoded() {
    let mut input = format!("{ECHO_REQUEST}\n").into_bytes();
    input.extend_from_slice(b"AA \xFF\xFE 00\n");
    input.extend_from_slice(format!("{ECHO_REQUEST}\n").as_bytes());
    mms()
        .args(["decode", "--json"])
        .write_stdin(input)
        .assert()
        .failure()
        .stdout(contains("line 2: not UTF-8 text (bad byte at column 4)"))
        .stdout(contains(r#""name":"Echo""#).count(2))
        .stderr(contains("1 of 3 inputs failed to decode"));
}

/// A value of raw rows shorter than its fixed rows (Read Log's System Event
/// Log, tag 83: 2 + 2 bytes, then entries) was shown as hex with no error,
/// while the typed decoder refuses it: `mms decode` says where and why and
/// fails; with the 4 bytes the rows need it decodes.
#[test]
fn a_value_shorter_than_its_raw_rows_is_an_error() {
    let short = "AA 00 81 04 82 05 F0 14 82 04 00 00 00 00 84 06 F0 14 83 02 00 01";
    let whole = "AA 00 81 04 82 05 F0 14 82 04 00 00 00 00 84 08 F0 14 83 04 00 01 00 02";
    mms()
        .args(["decode"])
        .write_stdin(format!("{short}\n{whole}\n"))
        .assert()
        .failure()
        .stdout(contains(
            "at byte 20 in 84/83: value of 2 bytes is shorter than its rows of fixed width (4 bytes)",
        ))
        .stdout(contains("83 System Event Log: 00 01 00 02"))
        .stderr(contains("1 of 2 inputs failed to decode"));
    mms()
        .args(["decode", "--json"])
        .write_stdin(format!("{short}\n"))
        .assert()
        .failure()
        .stdout(contains("shorter than its rows of fixed width"));
}

/// Defect 6: a number for the 32-byte hash was written as 8 bytes.
#[test]
fn encode_refuses_a_number_for_a_wide_field() {
    let json = r#"{"kind": "request", "id": "D812", "fields": {"file_transfer_properties":
        {"fields": {"hash_checksum": {"value": 5}}}}}"#;
    mms()
        .args(["encode", json])
        .assert()
        .failure()
        .stderr(contains("hash_checksum (Hash Checksum) is 32 bytes wide"));
}

/// Defect 8: an input ending inside a SLIP frame said "no input".
#[test]
fn an_unterminated_slip_frame_is_reported() {
    let message = mms_spec::parse_hex(ECHO_REQUEST).unwrap();
    let frame = mms_runtime::slip::encode(mms_runtime::slip::SlipInfo::HOST_TO_DEVICE, &message);
    let cut = &frame[..frame.len() - 4];
    mms()
        .args(["decode", "--slip", &format_hex(cut)])
        .assert()
        .failure()
        .stdout(contains("input ends inside a SLIP frame"));
}

/// Issue 9: device options go before or after the subcommand; `decode --hid` keeps its meaning.
#[test]
fn device_options_before_or_after_the_subcommand() {
    for args in [
        &["--sim", "send", "echo", "-f", "81=0102"][..],
        &["send", "echo", "-f", "81=0102", "--sim"][..],
        &[
            "--response-timeout",
            "3",
            "--sim",
            "send",
            "echo",
            "-f",
            "81=0102",
        ][..],
    ] {
        mms()
            .args(args)
            .assert()
            .success()
            .stdout(contains("response 0xDF01 Echo"));
    }
    mms()
        .args(["--sim", "props", "get", "2.1.2.2.2.1"])
        .assert()
        .success();
    mms()
        .args(["--sim", "decode", ECHO_REQUEST])
        .assert()
        .code(2)
        .stderr(contains("--sim"));
}

/// Manual examples with one byte changed or cut short, as hex lines.
fn mutated_examples() -> impl Strategy<Value = Vec<u8>> {
    let examples: Vec<Vec<u8>> = Spec::builtin()
        .examples()
        .filter_map(|(_, e)| e.bytes().ok())
        .collect();
    (
        0..examples.len(),
        any::<usize>(),
        any::<u8>(),
        any::<bool>(),
    )
        .prop_map(move |(i, at, byte, cut)| {
            let mut bytes = examples[i].clone();
            let at = at % bytes.len().max(1);
            if cut {
                bytes.truncate(at);
            } else if let Some(b) = bytes.get_mut(at) {
                *b = byte;
            }
            bytes
        })
}

/// A run that ended by itself with a clear result: success, or a one-line error
/// (exit 1 or 2), never a panic (101) or a signal.
fn assert_clean(output: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        matches!(output.status.code(), Some(0..=2)),
        "status {:?}: {stderr}",
        output.status
    );
    assert!(!stderr.contains("internal error"), "{stderr}");
}

fn run(args: &[&str], stdin: &[u8]) -> std::process::Output {
    mms()
        .args(args)
        .write_stdin(stdin.to_vec())
        .timeout(Duration::from_secs(60))
        .output()
        .unwrap()
}

proptest! {
    // Each case starts 12 processes; the library's decoders get millions of
    // inputs from the fuzz targets, so this checks the command's plumbing.
    #![proptest_config(ProptestConfig { cases: 10, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn decode_never_panics(raw in prop::collection::vec(any::<u8>(), 0..300), mutated in mutated_examples()) {
        let mut lines = format_hex(&mutated).into_bytes();
        lines.push(b'\n');
        lines.extend_from_slice(&raw);
        for mode in [&["decode"][..], &["decode", "--json"], &["decode", "--hid"], &["decode", "--slip"], &["decode", "--strict"]] {
            assert_clean(&run(mode, &raw));
            assert_clean(&run(mode, &lines));
        }
        let hid: Vec<String> = raw.chunks(64).map(format_hex).collect();
        assert_clean(&run(&["decode", "--hid"], hid.join("\n").as_bytes()));
        assert_clean(&run(&["decode", "--slip"], format_hex(&raw).as_bytes()));
    }

    #[test]
    fn encode_never_panics(value in any_json(), raw in prop::collection::vec(any::<u8>(), 0..200)) {
        assert_clean(&run(&["encode"], value.to_string().as_bytes()));
        assert_clean(&run(&["encode", &value.to_string()], b""));
        assert_clean(&run(&["encode"], &raw));
    }

    #[test]
    fn encode_of_a_mutated_decode_never_panics(bytes in mutated_examples()) {
        let decoded = run(&["decode", "--json", &format_hex(&bytes)], b"");
        assert_clean(&decoded);
        assert_clean(&run(&["encode"], &decoded.stdout));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 8, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn file_send_never_panics(data in prop::collection::vec(any::<u8>(), 0..3000), kind in prop::sample::select(vec!["02000000", "00000100", "FFFFFFFF", "zz"])) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.bin");
        std::fs::write(&path, &data).unwrap();
        let path = path.to_string_lossy().to_string();
        assert_clean(&run(&["file", "send", kind, &path, "--sim"], b""));
        assert_clean(&run(&["file", "send", kind, &path, "--sim", "--max-input-bytes", "100"], b""));
    }
}
