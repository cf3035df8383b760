//! `mms firmware` and `mms script` against the simulator: in process
//! (`--sim`) and through `mms sim` on a pseudo-terminal whose name comes back
//! after the device resets; each firmware fault; scripts checked and run.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use mms_protocol::generated::file_types::FileType;
use mms_protocol::generated::properties::MAIN_FIRMWARE_VERSION;
use mms_protocol::property::{set_request, OidForm};
use mms_protocol::{Envelope, MessageType};
use mms_runtime::files::{transfer_properties, FileDescription, StartSendFile};
use predicates::str::contains;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

fn write_image(dir: &Path, version: &str) -> PathBuf {
    let path = dir.join(format!("{version}.bin"));
    std::fs::write(&path, mms_sim::firmware::image(version, 40 * 1024)).unwrap();
    path
}

/// `mms sim --pty --pty-link DIR/ttyMMS ARGS`, killed on drop.
struct Sim {
    child: Child,
    port: String,
}

impl Sim {
    fn start(dir: &Path, args: &[&str]) -> Sim {
        let link = dir.join("ttyMMS");
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
            .args(["sim", "--pty", "--pty-link"])
            .arg(&link)
            .args(args)
            .env_remove("MMS_SPEC")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("mms sim starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let first = lines.next().unwrap().unwrap();
        let port = first
            .strip_prefix("serial: ")
            .expect("serial: PATH")
            .to_string();
        assert_eq!(Path::new(&port), link);
        Sim { child, port }
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn firmware_load_commits_and_reads_the_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let image = write_image(dir.path(), "1000007183-B2-PCI");
    mms()
        .args(["firmware", "load", "--sim"])
        .arg(&image)
        .assert()
        .success()
        .stdout(contains("firmware before:"))
        .stdout(contains("1000007183-A1-PCI"))
        .stdout(contains(
            "device accepted D801 Load Firmware File: OK, Started / Running",
        ))
        .stdout(contains("Load Firmware File Complete, Success (08010903)"))
        .stdout(contains(
            "Commit Firmware from File Complete, Success (08010A03)",
        ))
        // The notification itself, decoded.
        .stdout(contains("notification 0x0905 Firmware Update Successful"))
        .stdout(contains("the device resets"))
        .stdout(contains("the device is back"))
        .stdout(contains("1000007183-B2-PCI  (changed)"))
        .stdout(contains("firmware updated"));
    mms()
        .args([
            "firmware",
            "load",
            "--no-commit",
            "--image-type",
            "main",
            "--sim",
        ])
        .arg(&image)
        .assert()
        .success()
        .stdout(contains(
            "firmware loaded; commit it with `mms firmware commit`",
        ));
    mms()
        .args(["firmware", "load", "--image-type", "floppy", "--sim"])
        .arg(&image)
        .assert()
        .failure()
        .stderr(contains("unknown image type \"floppy\""));
    // Nothing loaded in a fresh simulator: the commit cannot start.
    mms()
        .args(["firmware", "commit", "--sim"])
        .arg(&image)
        .assert()
        .failure()
        .stderr(contains("failed with status 80000002"));
}

#[test]
fn firmware_over_a_pty_that_goes_away_and_comes_back() {
    let dir = tempfile::tempdir().unwrap();
    let image = write_image(dir.path(), "1000007183-C3-PCI");
    let sim = Sim::start(dir.path(), &[]);
    mms()
        .args(["firmware", "load", "--no-commit", "--serial", &sim.port])
        .arg(&image)
        .assert()
        .success()
        .stdout(contains("firmware loaded"));
    mms()
        .args(["firmware", "commit", "--serial", &sim.port])
        .arg(&image)
        .assert()
        .success()
        .stdout(contains("the device is back"))
        .stdout(contains("1000007183-C3-PCI  (changed)"));
    // The same image again: nothing to do.
    mms()
        .args(["firmware", "load", "--auto-commit", "--serial", &sim.port])
        .arg(&image)
        .assert()
        .success()
        .stdout(contains("Firmware is Up to Date (0x0907)"))
        .stdout(contains("nothing changed"));
}

#[test]
fn each_firmware_fault_is_a_clear_error() {
    let cases = [
        ("battery-low", "battery too low for a firmware update"),
        ("hash-mismatch", "the image does not match its SHA-256"),
        (
            "commit-fails",
            "Firmware Update Failed (0x0906): Commit Firmware from File Complete, Failed (08010A04); \
             the device still runs 1000007183-A1-PCI",
        ),
    ];
    for (fault, message) in cases {
        let dir = tempfile::tempdir().unwrap();
        let image = write_image(dir.path(), "1000007183-D4-PCI");
        let sim = Sim::start(dir.path(), &["--firmware-fault", fault]);
        mms()
            .args(["firmware", "load", "--serial", &sim.port])
            .arg(&image)
            .assert()
            .failure()
            .stderr(contains(message));
    }
    mms()
        .args(["sim", "--firmware-fault", "melted"])
        .assert()
        .failure()
        .stderr(contains(
            "one of: hash-mismatch, commit-fails, battery-low, up-to-date",
        ));
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02X} "))
        .collect::<String>()
        .trim_end()
        .to_string()
}

/// A script: a message, an Echo, a file transfer (D812 then its data file
/// message), a pause, then a Set Property the device refuses (read-only), then a message.
fn script(dir: &Path) -> PathBuf {
    let data = b"trust configuration".to_vec();
    let start = StartSendFile::new(
        FileType(0x0200_0000),
        transfer_properties(&data),
        FileDescription::default(),
    );
    let start = Envelope::request(1, &start).encode();
    let data_file =
        Envelope::data_file(MessageType::DataFileToDevice, 2, 0xD812, 0x0200_0000, data).encode();
    let refused = set_request(&MAIN_FIRMWARE_VERSION, OidForm::SIMPLE, b"x").unwrap();
    let refused = Envelope::request(3, &refused).encode();
    use base64::Engine;
    let echo = base64::engine::general_purpose::STANDARD
        .encode(mms_spec::parse_hex("AA 00 81 04 01 00 DF 01 84 05 DF 01 81 01 07").unwrap());
    let text = format!(
        "[\n  \"DISPLAYMESSAGE,Configuring the reader\",\n  \"SENDBASE64COMMAND,{echo}\",\n  \"SENDCOMMAND,{}\",\n  \"SENDCOMMAND,{}\",\n  \"WAIT,20\",\n  \"SENDCOMMAND,{}\",\n  \"DISPLAYMESSAGE,All done\"\n]\n",
        hex(&start),
        hex(&data_file),
        hex(&refused)
    );
    let path = dir.join("config.txt");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn script_check_decodes_every_step_without_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(dir.path());
    mms()
        .args(["script", "check"])
        .arg(&path)
        .assert()
        .success()
        .stdout(contains("step 2 (line 3): SENDBASE64COMMAND"))
        .stdout(contains("request 0xDF01 Echo"))
        .stdout(contains("step 4 (line 5): SENDCOMMAND"))
        .stdout(contains("file 0xD812"))
        .stdout(contains("wait 20 ms"))
        .stdout(contains("7 steps, all readable"));
    std::fs::write(
        dir.path().join("bad.json"),
        "[\n \"WAIT,1\",\n \"REBOOT,now\"\n]",
    )
    .unwrap();
    mms()
        .args(["script", "check"])
        .arg(dir.path().join("bad.json"))
        .assert()
        .failure()
        .stderr(contains("step 2 (line 3): unknown verb \"REBOOT\""));
    // An unknown verb is refused before anything is sent.
    mms()
        .args(["script", "run", "--sim"])
        .arg(dir.path().join("bad.json"))
        .assert()
        .failure()
        .stdout("")
        .stderr(contains("unknown verb"));
}

#[test]
fn script_run_checks_each_response_and_stops_at_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    let path = script(dir.path());
    mms()
        .args(["script", "run", "--sim"])
        .arg(&path)
        .assert()
        .failure()
        .stdout(contains("step 1: >> Configuring the reader"))
        .stdout(contains("response 0xDF01 Echo"))
        // The data file message is answered by the device's final response.
        .stdout(contains("step 4 (line 5): SENDCOMMAND -> OK, Done"))
        .stdout(contains("step 5: waited 20 ms"))
        .stderr(contains(
            "step 6 (line 7): command D111 failed with status 80",
        ))
        .stdout(contains("All done").not());
    mms()
        .args(["script", "run", "--keep-going", "--sim"])
        .arg(&path)
        .assert()
        .failure()
        .stdout(contains("step 7: >> All done"))
        .stderr(contains("1 of 7 steps failed; the first: step 6 (line 7)"));
}

use predicates::prelude::PredicateBooleanExt;
