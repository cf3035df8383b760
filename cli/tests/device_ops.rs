//! `mms csr`, `mms keyinfo`, `mms challenge`, `mms trust load` and `mms ui ...`
//! against the simulator: in process (`--sim`, in-memory HID) and `mms sim`
//! over a pseudo-terminal, with its faults.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use predicates::str::contains;
use x509_parser::prelude::FromDer;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

/// `mms sim --pty ARGS`, killed on drop.
struct PtySim {
    child: Child,
    path: String,
}

impl PtySim {
    fn start(args: &[&str]) -> PtySim {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
            .args(["sim", "--pty"])
            .args(args)
            .env_remove("MMS_SPEC")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("mms sim starts");
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let line = lines.next().unwrap().unwrap();
        let path = line
            .strip_prefix("serial: ")
            .unwrap_or_else(|| panic!("expected serial: PATH, got {line}"))
            .to_string();
        PtySim { child, path }
    }
}

impl Drop for PtySim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Checks a PEM CSR as a PKCS #10 request with this common name and a P-256 key.
fn check_csr(pem_text: &[u8], common_name: &str) {
    let (_, pem) = x509_parser::pem::parse_x509_pem(pem_text).expect("PEM");
    assert_eq!(pem.label, "CERTIFICATE REQUEST");
    let (_, csr) =
        x509_parser::certification_request::X509CertificationRequest::from_der(&pem.contents)
            .expect("a PKCS #10 request");
    let info = &csr.certification_request_info;
    let cn = info.subject.iter_common_name().next().expect("a CN");
    assert_eq!(cn.as_str().unwrap(), common_name);
    assert_eq!(
        info.subject_pki.algorithm.algorithm.to_id_string(),
        "1.2.840.10045.2.1"
    );
}

#[test]
fn csr_writes_a_pem_that_parses() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("device.csr");
    mms()
        .args(["csr", "--sim", "--subject", "CN=reader-9,O=Example"])
        .arg("--out")
        .arg(&out)
        .assert()
        .success()
        .stdout(contains("wrote the device's certificate signing request"));
    check_csr(&std::fs::read(&out).unwrap(), "reader-9");

    // Over a pty, to stdout; a second run with --keep-keys reuses the pair.
    let sim = PtySim::start(&[]);
    let first = mms()
        .args(["csr", "--serial", &sim.path, "--subject", "CN=over-pty"])
        .assert()
        .success();
    check_csr(&first.get_output().stdout, "over-pty");
    let again = mms()
        .args([
            "csr",
            "--keep-keys",
            "--serial",
            &sim.path,
            "--subject",
            "CN=again",
        ])
        .assert()
        .success();
    check_csr(&again.get_output().stdout, "again");
}

#[test]
fn csr_without_keys_is_a_one_line_error() {
    mms()
        .args(["csr", "--sim", "--keep-keys"])
        .assert()
        .failure()
        .stderr(contains("making the CSR (0xEF03)"))
        .stderr(contains("EF03 failed with status 80000002"));
}

#[test]
fn keyinfo_and_challenge_are_decoded() {
    mms()
        .args(["keyinfo", "--sim"])
        .assert()
        .success()
        .stdout(contains(
            "1002 DEVTK: Loaded & Active, slot type 01, transport key 1001 MTK, AES256",
        ))
        .stdout(contains("1003 FINTK"))
        .stdout(contains("2000 DKPTM0: Loaded & Active"))
        .stdout(contains("derivation data 0102030405060708"));
    let sim = PtySim::start(&[]);
    mms()
        .args(["keyinfo", "--serial", &sim.path, "1002", "4242"])
        .assert()
        .success()
        .stdout(contains("1002 DEVTK"))
        .stdout(contains("4242 ?: not available (80020102"));
    mms()
        .args(["keyinfo", "--sim", "4242"])
        .assert()
        .failure()
        .stderr(contains("no key slot"));
    mms()
        .args(["challenge", "--serial", &sim.path, "D811"])
        .assert()
        .success()
        .stdout(contains("challenge for D811: token "));
}

#[test]
fn trust_load_sends_the_trust_file_type() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("trust.bin");
    std::fs::write(&file, vec![0x5A; 3000]).unwrap();
    mms()
        .args(["trust", "load", "--sim", "--kind", "mqtt"])
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("sent 3000 bytes as file type 05000100"));
    let sim = PtySim::start(&[]);
    mms()
        .args(["trust", "load", "--serial", &sim.path])
        .arg(&file)
        .assert()
        .success()
        .stdout(contains("file type 05000000"));
    mms()
        .args(["trust", "load", "--sim", "--kind", "no such kind"])
        .arg(&file)
        .assert()
        .failure();
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(&png[12..16], b"IHDR");
    let be = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

#[test]
fn signature_is_written_as_svg_and_png() {
    let dir = tempfile::tempdir().unwrap();
    let (svg, png, raw) = (
        dir.path().join("sig.svg"),
        dir.path().join("sig.png"),
        dir.path().join("sig.bin"),
    );
    let sim = PtySim::start(&[]);
    for device in [
        vec!["--sim".to_string()],
        vec!["--serial".into(), sim.path.clone()],
    ] {
        mms()
            .args(["ui", "signature", "--scale", "1"])
            .args(&device)
            .arg("--svg")
            .arg(&svg)
            .arg("--png")
            .arg(&png)
            .arg("--raw")
            .arg(&raw)
            .assert()
            .success()
            .stdout(contains("signature: 3 strokes"));
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(text.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert_eq!(text.matches("<polyline").count(), 3);
        let file = std::fs::read(&raw).unwrap();
        let signature = mms_runtime::signature::Signature::parse(&file).unwrap();
        let (w, h) = png_size(&std::fs::read(&png).unwrap());
        // Scale 1: the window plus a 4-unit margin on each side.
        assert_eq!(
            (w, h),
            (signature.window.width() + 8, signature.window.height() + 8)
        );
    }
}

#[test]
fn signature_faults_over_the_pty() {
    let timeout = PtySim::start(&["--signature", "times-out"]);
    mms()
        .args([
            "ui",
            "signature",
            "--seconds",
            "1",
            "--serial",
            &timeout.path,
        ])
        .assert()
        .failure()
        .stderr(contains("1805 01010201"))
        .stderr(contains("Timeout"));
    let broken = PtySim::start(&["--signature", "no-hardware"]);
    mms()
        .args(["ui", "signature", "--serial", &broken.path])
        .assert()
        .failure()
        .stderr(contains("01010202"));
}

#[test]
fn message_image_qr_and_beep() {
    mms()
        .args(["ui", "message", "--sim", "01"])
        .assert()
        .success()
        .stdout(contains("display string 01 shown"));
    mms()
        .args(["ui", "message", "--sim", "02", "--seconds", "1"])
        .assert()
        .success();
    mms().args(["ui", "image", "--sim", "2"]).assert().success();
    mms()
        .args(["ui", "image", "--sim", "9"])
        .assert()
        .failure()
        .stderr(contains("1821 failed with status 80020102"));
    mms()
        .args([
            "ui",
            "qr",
            "--sim",
            "https://example.com/r/1",
            "--prompt",
            "Scan me",
        ])
        .assert()
        .success()
        .stdout(contains("QR code shown"));
    let sim = PtySim::start(&[]);
    mms()
        .args(["ui", "beep", "--serial", &sim.path, "440:50", "880:50"])
        .assert()
        .success()
        .stdout(contains("played 2 tone(s)"));
    mms()
        .args(["ui", "beep", "--sim", "440"])
        .assert()
        .failure()
        .stderr(contains("HZ:MS"));
}

#[test]
fn cardholder_selection_over_the_pty() {
    let sim = PtySim::start(&["--no-display"]);
    mms()
        .args(["ui", "select", "--start-transaction", "--choose", "1"])
        .args(["--serial", &sim.path])
        .assert()
        .success()
        .stdout(contains("1: VISA DEBIT"))
        .stdout(contains("reported: Chosen(1)"))
        .stdout(contains("transaction complete: 20020700"));
    mms()
        .args(["ui", "select", "--start-transaction", "--cancel"])
        .args(["--serial", &sim.path])
        .assert()
        .success()
        .stdout(contains("reported: Cancelled"))
        .stdout(contains("transaction complete: 00030100"));
    // A reader with a display never asks: a clear timeout.
    mms()
        .args([
            "ui",
            "select",
            "--sim",
            "--start-transaction",
            "--choose",
            "0",
            "--wait",
            "1",
        ])
        .assert()
        .failure()
        .stderr(contains("no notification 1803"));
}
