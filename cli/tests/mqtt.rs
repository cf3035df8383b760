//! `mms sim --mqtt`, `mms bridge --sim --mqtt`, `mms fleet` and
//! `mms send --mqtt URL --reader SN` against a real `mosquitto` on loopback
//! (plain, TLS and mutual-TLS listeners). Without `mosquitto` the tests print
//! what to install (and fail when CI=true).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command as StdCommand, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use assert_cmd::Command;
use mms_sim::broker::{Mosquitto, MosquittoSetup};
use predicates::prelude::PredicateBooleanExt;
use predicates::str::contains;
use serde_json::Value;

fn mms() -> Command {
    let mut cmd = Command::cargo_bin("mms").expect("the mms binary is built");
    cmd.env_remove("MMS_SPEC").env_remove("RUST_BACKTRACE");
    cmd
}

/// A background `mms` process, killed on drop, with its first stdout lines.
struct Background {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Background {
    fn spawn(args: &[&str]) -> Self {
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("mms"))
            .args(args)
            .env_remove("MMS_SPEC")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("mms starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        Self { child, lines }
    }

    /// The next JSON line (bounded wait).
    fn json(&self) -> Value {
        let line = self.line("{");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("{e}: {line}"))
    }

    /// The next JSON line, which must be `serial` with `status` (`mms fleet --watch --json`).
    fn status_line(&self, serial: &str, status: &str) -> Value {
        let seen = self.json();
        assert_eq!(
            (seen["serial"].as_str(), seen["status"].as_str()),
            (Some(serial), Some(status)),
            "{seen}"
        );
        seen
    }

    /// The next line starting with `prefix` (bounded wait).
    fn line(&self, prefix: &str) -> String {
        loop {
            let line = self
                .lines
                .recv_timeout(Duration::from_secs(30))
                .unwrap_or_else(|_| panic!("no `{prefix}` line from mms"));
            if line.starts_with(prefix) {
                return line;
            }
        }
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `mms send --mqtt URL --reader READER ARGS...`.
fn send(url: &str, reader: &str, args: &[&str]) -> Command {
    let mut cmd = mms();
    cmd.args(["send", "--mqtt", url, "--reader", reader])
        .args(args);
    cmd
}

/// `mms fleet --json` as parsed objects.
fn fleet(url: &str, tls: &[String]) -> Vec<Value> {
    let out = mms()
        .args(["fleet", "--mqtt", url, "--json", "--wait", "1"])
        .args(tls)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The CLI options for the broker's TLS listener (its CA) and its mutual-TLS
/// listener (the CA and a client certificate).
fn tls_args(broker: &Mosquitto) -> (Vec<String>, Vec<String>) {
    let dir = broker.dir();
    let file = |name: &str| dir.join(name).display().to_string();
    let tls = vec!["--mqtt-ca".to_owned(), file("ca.pem")];
    let mut mtls = tls.clone();
    mtls.extend([
        "--mqtt-cert".to_owned(),
        file("client.pem"),
        "--mqtt-key".to_owned(),
        file("client.key"),
    ]);
    (tls, mtls)
}

#[test]
fn sim_send_and_fleet_over_plain_tls_and_mutual_tls() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let (tls, mtls) = tls_args(&broker);
    for (url, extra) in [
        (broker.url(), vec![]),
        (broker.tls_url(), tls),
        (broker.mtls_url(), mtls),
    ] {
        let mut args = vec!["sim", "--mqtt", &url, "--readers", "2"];
        args.extend(extra.iter().map(String::as_str));
        let sim = Background::spawn(&args);
        assert!(sim.line("reader:").contains("B6000001"));
        assert!(sim.line("reader:").contains("B6000002"));

        mms()
            .args([
                "send", "--mqtt", &url, "--reader", "B6000002", "echo", "--field", "81=0A0B",
            ])
            .args(&extra)
            .assert()
            .success()
            .stdout(contains("Echo").and(contains("0A 0B")));

        let readers = fleet(&url, &extra);
        assert_eq!(readers.len(), 2, "{readers:?}");
        for r in &readers {
            assert_eq!(r["model"], "DynaFlex II PED");
            assert_eq!(r["status"], "online");
            assert!(r["last_seen"].as_str().unwrap().ends_with('Z'));
        }
        // The simulator process dies: the broker publishes each reader's will.
        drop(sim);
        let readers = fleet(&url, &extra);
        assert!(
            readers.iter().all(|r| r["status"] == "offline"),
            "{readers:?}"
        );
    }
}

#[test]
fn bridge_serves_over_tls_and_mutual_tls() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let (tls, mtls) = tls_args(&broker);
    for (url, extra) in [(broker.tls_url(), tls), (broker.mtls_url(), mtls)] {
        let mut args = vec!["bridge", "--sim", "--mqtt", &url];
        args.extend(extra.iter().map(String::as_str));
        let bridge = Background::spawn(&args);
        let line = bridge.line("bridge:");
        assert!(line.contains("B61378A0"), "{line}");
        send(&url, "B61378A0", &["echo", "--field", "81=0C0D"])
            .args(&extra)
            .assert()
            .success()
            .stdout(contains("0C 0D"));
        let readers = fleet(&url, &extra);
        assert!(
            readers
                .iter()
                .any(|r| r["serial"] == "B61378A0" && r["status"] == "online"),
            "{readers:?}"
        );
        // Without the test CA (system roots only) the broker's certificate is refused.
        let out = send(&url, "B61378A0", &["echo", "--response-timeout", "2"])
            .assert()
            .failure()
            .get_output()
            .stderr
            .clone();
        let err = String::from_utf8_lossy(&out);
        assert!(
            err.to_lowercase().contains("certificate") || err.contains("trusted"),
            "{err}"
        );
    }
}

#[test]
fn bridge_publishes_the_simulator_and_guards_security_commands() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let url = broker.url();
    let bridge = Background::spawn(&["bridge", "--sim", "--mqtt", &url]);
    let line = bridge.line("bridge:");
    assert!(line.contains("DynaFlex Pro B61378A0"), "{line}");

    send(&url, "B61378A0", &["echo", "--field", "81=010203"])
        .assert()
        .success()
        .stdout(contains("01 02 03"));
    // Load Firmware File is refused by the bridge, not sent to the reader.
    mms()
        .args(["send", "--mqtt", &url, "--reader", "B61378A0", "D801"])
        .assert()
        .failure()
        .stderr(contains("80020200"));
    // One command to every online reader, answers in a table.
    mms()
        .args([
            "fleet", "--mqtt", &url, "--send", "echo", "--field", "81=01",
        ])
        .assert()
        .success()
        .stdout(contains("B61378A0").and(contains("00000000")));
    // An unknown reader is a clear error.
    send(&url, "NOPE", &["echo", "--response-timeout", "1"])
        .assert()
        .failure()
        .stderr(contains("no reader with serial number NOPE"));
}

#[test]
fn broker_credentials_for_sim_bridge_send_and_fleet() {
    let setup = MosquittoSetup {
        credentials: Some(("fleet".into(), "s3cret".into())),
        ..MosquittoSetup::default()
    };
    let Some(broker) = Mosquitto::start_for_test_with(&setup) else {
        return;
    };
    let url = broker.url();
    let creds = ["--mqtt-user", "fleet", "--mqtt-password", "s3cret"];
    let wrong = ["--mqtt-user", "fleet", "--mqtt-password", "guess"];
    let mut args = vec!["sim", "--mqtt", &url, "--readers", "1"];
    args.extend(creds);
    let sim = Background::spawn(&args);
    assert!(sim.line("reader:").contains("B6000001"));
    let mut args = vec!["bridge", "--sim", "--mqtt", &url];
    args.extend(creds);
    let bridge = Background::spawn(&args);
    assert!(bridge.line("bridge:").contains("B61378A0"));

    for reader in ["B6000001", "B61378A0"] {
        send(&url, reader, &["echo", "--field", "81=0C0D"])
            .args(creds)
            .assert()
            .success()
            .stdout(contains("0C 0D"));
    }
    let creds_owned: Vec<String> = creds.iter().map(|s| s.to_string()).collect();
    let readers = fleet(&url, &creds_owned);
    assert_eq!(readers.len(), 2, "{readers:?}");
    assert!(
        readers.iter().all(|r| r["status"] == "online"),
        "{readers:?}"
    );

    // A wrong password (or none) is a clear error from every subcommand,
    // and the password is never printed.
    let refused = || {
        contains("refused the connection")
            .and(contains("password"))
            .and(contains("guess").not())
    };
    mms()
        .args(["fleet", "--mqtt", &url])
        .args(wrong)
        .assert()
        .failure()
        .stderr(refused());
    mms()
        .args(["fleet", "--mqtt", &url])
        .assert()
        .failure()
        .stderr(contains("refused the connection"));
    send(&url, "B6000001", &["echo"])
        .args(wrong)
        .assert()
        .failure()
        .stderr(refused());
    mms()
        .args(["sim", "--mqtt", &url])
        .args(wrong)
        .timeout(Duration::from_secs(60))
        .assert()
        .failure()
        .stderr(refused());
    mms()
        .args(["bridge", "--sim", "--mqtt", &url])
        .args(wrong)
        .timeout(Duration::from_secs(60))
        .assert()
        .failure()
        .stderr(refused());
}

#[test]
fn fleet_watch_follows_a_reader_online_offline_and_back() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let url = broker.url();
    let watch = Background::spawn(&[
        "fleet", "--mqtt", &url, "--watch", "--json", "--wait", "0.2",
    ]);
    let mqtt = mms_runtime::mqtt::MqttOptions::new(&url).unwrap();
    let start = || {
        mms_sim::mqtt::start_readers(
            &mms_sim::DeviceConfig::default(),
            &mqtt,
            1,
            0xB600_0042,
            |_, _| {},
        )
        .unwrap()
    };
    // Give the watcher time to subscribe: a status published before would
    // come as a retained one, which is fine too; either way one line each.
    std::thread::sleep(Duration::from_millis(500));
    let mut readers = start();
    let seen = watch.status_line("B6000042", "online");
    assert_eq!(seen["model"], "DynaFlex II PED");
    assert!(seen["last_seen"].as_str().unwrap().ends_with('Z'), "{seen}");
    // Power lost: the broker publishes the reader's last will.
    readers[0].power_off();
    watch.status_line("B6000042", "offline");
    // Back on.
    let readers = start();
    watch.status_line("B6000042", "online");
    drop(readers);
}

#[test]
fn files_go_through_a_bridge_both_ways() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let url = broker.url();
    let bridge = Background::spawn(&["bridge", "--sim", "--mqtt", &url]);
    assert!(bridge.line("bridge:").contains("B61378A0"));
    let dir = tempfile::tempdir().unwrap();
    let sent = dir.path().join("sent.bin");
    let got = dir.path().join("got.bin");
    // Many HID reports' worth (and more than one 4 KiB page).
    let data: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(&sent, &data).unwrap();
    let file = |action: &str, path: Option<&std::path::Path>, expect: &str| {
        mms()
            .args([
                "file", action, "--mqtt", &url, "--reader", "B61378A0", "02000000",
            ])
            .args(path)
            .assert()
            .success()
            .stdout(contains(expect.to_owned()));
    };
    file("send", Some(&sent), "sent 20000 bytes");
    file("info", None, "response 0xD825");
    file("get", Some(&got), "got 20000 bytes");
    assert_eq!(std::fs::read(&got).unwrap(), data);
}

/// `--max-message-bytes` reaches the MQTT link too (issue 11): a 34-byte
/// Echo request with a 40-byte answer works under a 40-byte cap, fails
/// under 34 (the answer is refused) and is not sent under 33.
#[test]
fn the_message_size_flag_reaches_mqtt() {
    let Some(broker) = Mosquitto::start_for_test() else {
        return;
    };
    let url = broker.url();
    let sim = Background::spawn(&["sim", "--mqtt", &url, "--readers", "1"]);
    assert!(sim.line("reader:").contains("B6000001"));
    let data = format!("81={}", "AB".repeat(20));
    let run = |cap: &str| {
        let args = [
            "--response-timeout",
            "2",
            "--max-message-bytes",
            cap,
            "echo",
            "-f",
            &data,
        ];
        send(&url, "B6000001", &args).assert()
    };
    run("40").success().stdout(contains("AB AB AB"));
    run("34").failure();
    run("33")
        .failure()
        .stderr(contains("message of 34 bytes is over the 33-byte limit"));
}
