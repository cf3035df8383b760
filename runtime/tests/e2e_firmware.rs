//! Firmware update end to end against the simulator, over the in-memory HID
//! link and over a real pseudo-terminal that hangs up when the device resets
//! and comes back under the same name: success (commit, auto-commit, load
//! only then commit), and each failure (hash mismatch, battery low, commit
//! failure, already up to date).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mms_runtime::firmware::{
    CommitMode, FirmwareError, FirmwareEvent, FirmwareUpdate, NoticeKind, Outcome, Stage,
    UpdateReport,
};
use mms_runtime::serial::open_serial;
use mms_runtime::{Client, ClientOptions, Transport};
use mms_sim::firmware::image;
use mms_sim::{FirmwareFault, Simulator};

const FIRST: &str = "1000007183-A1-PCI";

fn options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_secs(5),
        file_timeout: Duration::from_secs(30),
        ..ClientOptions::default()
    }
}

#[derive(Clone, Copy, Debug)]
enum Link {
    Hid,
    Pty,
}

/// A reconnecting client on `link`; the directory holds the pty's stable name.
fn client(sim: &Arc<Simulator>, link: Link) -> (Client, Option<TempDir>) {
    match link {
        Link::Hid => {
            let (client, _events) = Client::connect_with(sim.hid_connector(), options()).unwrap();
            (client, None)
        }
        Link::Pty => {
            let dir = TempDir::new();
            let path = sim.spawn_pty_at(dir.0.join("ttyMMS")).expect("a pseudo-terminal");
            let (client, _events) = Client::connect_with(
                move || open_serial(path.to_str().unwrap()).map(|t| Box::new(t) as Box<dyn Transport>),
                options(),
            )
            .unwrap();
            (client, Some(dir))
        }
    }
}

/// A directory removed at the end of the test.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        use std::sync::atomic::{AtomicU32, Ordering};
        static N: AtomicU32 = AtomicU32::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("mms-fw-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs an update, recording what the flow reported.
fn update(
    client: &Client,
    data: &[u8],
    mode: CommitMode,
) -> (Result<UpdateReport, FirmwareError>, Vec<String>) {
    let mut seen = Vec::new();
    let mut last_progress = (0, 0);
    let mut update = FirmwareUpdate::new(data);
    update.mode = mode;
    update.notification_timeout = Duration::from_secs(20);
    update.reset_timeout = Duration::from_secs(20);
    let result = client.update_firmware(&update, &mut |event| match event {
        FirmwareEvent::Sending { done, total } => {
            assert!(done >= last_progress.0 && done <= total, "{done} of {total}");
            last_progress = (done, total);
        }
        FirmwareEvent::Identified(stage, identity) => {
            seen.push(format!("{stage:?} {}", identity.main_version().unwrap_or("?")))
        }
        FirmwareEvent::Accepted { command_id, .. } => seen.push(format!("{command_id:04X}")),
        FirmwareEvent::Notice(n) => seen.push(format!("{:?}", n.kind)),
        FirmwareEvent::Resetting(_) => seen.push("reset".into()),
        FirmwareEvent::Back => seen.push("back".into()),
    });
    if result.is_ok() || matches!(result, Err(FirmwareError::Failed { .. })) {
        assert_eq!(last_progress, (data.len(), data.len()), "progress ends at the total");
    }
    (result, seen)
}

fn every_flow_and_failure(link: Link) {
    let sim = Arc::new(Simulator::default());
    let (client, _dir) = client(&sim, link);
    let len = 48 * 1024;

    // Load, then commit: the device resets and comes back with the new version.
    let (result, seen) = update(&client, &image("1000007183-B2-PCI", len), CommitMode::Separate);
    let report = result.unwrap();
    assert_eq!(
        seen,
        [
            format!("Before {FIRST}"),
            "D801".into(),
            "Loaded".into(),
            "D901".into(),
            "Committed".into(),
            "reset".into(),
            "back".into(),
            "After 1000007183-B2-PCI".into(),
        ],
        "{link:?}"
    );
    assert_eq!(report.outcome, Outcome::Updated);
    assert!(report.reset);
    assert_eq!(report.before.main_version(), Some(FIRST));

    // Auto-commit: one notification (the commit's codes), then the reset.
    let (result, seen) = update(&client, &image("1000007183-C3-PCI", len), CommitMode::AutoCommit);
    assert_eq!(result.unwrap().outcome, Outcome::Updated);
    assert_eq!(seen[2..4], ["Committed", "reset"], "{seen:?}");
    assert_eq!(seen.last().unwrap(), "After 1000007183-C3-PCI");

    // The same image again: already up to date, no reset.
    let (result, seen) = update(&client, &image("1000007183-C3-PCI", len), CommitMode::Separate);
    let report = result.unwrap();
    assert_eq!(report.outcome, Outcome::UpToDate);
    assert!(!report.reset);
    assert_eq!(seen[2], "UpToDate");
    sim.set_firmware_fault(Some(FirmwareFault::UpToDate));
    let (result, _) = update(&client, &image("1000007183-D4-PCI", len), CommitMode::Separate);
    assert_eq!(result.unwrap().outcome, Outcome::UpToDate);

    // Battery low: refused before anything changes.
    sim.set_firmware_fault(Some(FirmwareFault::BatteryLow));
    let (result, _) = update(&client, &image("1000007183-D4-PCI", len), CommitMode::Separate);
    let e = result.unwrap_err();
    assert!(matches!(e, FirmwareError::BatteryLow { command_id: 0xD801, .. }), "{e:?}");
    assert!(e.to_string().contains("Low Battery"), "{e}");

    // Hash mismatch.
    sim.set_firmware_fault(Some(FirmwareFault::HashMismatch));
    let (result, _) = update(&client, &image("1000007183-D4-PCI", len), CommitMode::Separate);
    assert!(matches!(result, Err(FirmwareError::HashMismatch { .. })), "{result:?}");

    // The commit fails: 0x0906 named by the spec, the reset, the old version.
    sim.set_firmware_fault(Some(FirmwareFault::CommitFails));
    let (result, seen) = update(&client, &image("1000007183-D4-PCI", len), CommitMode::Separate);
    match result {
        Err(FirmwareError::Failed { notice, report }) => {
            assert_eq!(notice.kind, NoticeKind::CommitFailed);
            assert!(notice.text.contains("Commit Firmware from File Complete, Failed"), "{notice}");
            assert!(report.reset);
            let after = report.after.expect("the device came back");
            assert_eq!(after.main_version(), Some("1000007183-C3-PCI"));
        }
        other => panic!("{other:?}"),
    }
    assert!(seen.contains(&"back".to_string()), "{seen:?}");

    // Load only, then commit on its own.
    sim.set_firmware_fault(None);
    let data = image("1000007183-E5-PCI", len);
    let (result, _) = update(&client, &data, CommitMode::LoadOnly);
    let report = result.unwrap();
    assert_eq!(report.outcome, Outcome::Loaded);
    assert_eq!(report.after.unwrap().main_version(), Some("1000007183-C3-PCI"));
    let report = client
        .commit_firmware(
            mms_runtime::firmware::ImageType::MainAppImage,
            report.sha256,
            Duration::from_secs(20),
            &mut |_| {},
        )
        .unwrap();
    assert!(report.reset);
    assert_eq!(
        report.after.unwrap().main_version(),
        Some("1000007183-E5-PCI")
    );
    let stage = Stage::After;
    assert_eq!(stage, Stage::After);
    client.close();
}

#[test]
fn over_in_memory_hid() {
    every_flow_and_failure(Link::Hid);
}

#[test]
fn over_a_pty_that_hangs_up_on_reset() {
    every_flow_and_failure(Link::Pty);
}

#[test]
fn a_client_without_connector_cannot_follow_the_reset() {
    let sim = Simulator::default();
    let (client, _events) = Client::with_options(sim.in_memory_hid(), options());
    let data = image("1000007183-B2-PCI", 4096);
    let (result, seen) = update(&client, &data, CommitMode::AutoCommit);
    match result {
        Err(FirmwareError::NotBack { report, .. }) => assert!(report.reset),
        other => panic!("{other:?}"),
    }
    assert!(seen.contains(&"reset".to_string()), "{seen:?}");
}
