//! Device operations end to end against the simulator, over the in-memory HID
//! link and over a real pseudo-terminal that hangs up when the device resets
//! and comes back under the same name. Firmware update: success (commit,
//! auto-commit, load only then commit), and each failure (hash mismatch,
//! battery low, commit failure, already up to date). Command scripts: a file
//! transfer inside a script, a failing step, `keep_going`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use mms_runtime::firmware::{
    CommitMode, FirmwareError, FirmwareEvent, FirmwareUpdate, NoticeKind, Outcome, Stage,
    UpdateReport,
};
use mms_runtime::serial::open_serial;
use mms_runtime::{Client, ClientError, ClientOptions, Transport};
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
            let path = sim
                .spawn_pty_at(dir.0.join("ttyMMS"))
                .expect("a pseudo-terminal");
            let (client, _events) = Client::connect_with(
                move || {
                    open_serial(path.to_str().unwrap()).map(|t| Box::new(t) as Box<dyn Transport>)
                },
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
            assert!(
                done >= last_progress.0 && done <= total,
                "{done} of {total}"
            );
            last_progress = (done, total);
        }
        FirmwareEvent::Identified(stage, identity) => seen.push(format!(
            "{stage:?} {}",
            identity.main_version().unwrap_or("?")
        )),
        FirmwareEvent::Accepted { command_id, .. } => seen.push(format!("{command_id:04X}")),
        FirmwareEvent::Notice(n) => seen.push(format!("{:?}", n.kind)),
        FirmwareEvent::Resetting(_) => seen.push("reset".into()),
        FirmwareEvent::Back => seen.push("back".into()),
    });
    if result.is_ok() || matches!(result, Err(FirmwareError::Failed { .. })) {
        assert_eq!(
            last_progress,
            (data.len(), data.len()),
            "progress ends at the total"
        );
    }
    (result, seen)
}

/// Every flow with images of `len` bytes.
fn every_flow_and_failure(link: Link, len: usize) {
    let sim = Arc::new(Simulator::default());
    crate::common::record_sim_session(&sim, 0);
    let (client, _dir) = client(&sim, link);

    // Load, then commit: the device resets and comes back with the new version.
    let (result, seen) = update(
        &client,
        &image("1000007183-B2-PCI", len),
        CommitMode::Separate,
    );
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
    let (result, seen) = update(
        &client,
        &image("1000007183-C3-PCI", len),
        CommitMode::AutoCommit,
    );
    assert_eq!(result.unwrap().outcome, Outcome::Updated);
    assert_eq!(seen[2..4], ["Committed", "reset"], "{seen:?}");
    assert_eq!(seen.last().unwrap(), "After 1000007183-C3-PCI");

    // The same image again: already up to date, no reset.
    let (result, seen) = update(
        &client,
        &image("1000007183-C3-PCI", len),
        CommitMode::Separate,
    );
    let report = result.unwrap();
    assert_eq!(report.outcome, Outcome::UpToDate);
    assert!(!report.reset);
    assert_eq!(seen[2], "UpToDate");
    sim.set_firmware_fault(Some(FirmwareFault::UpToDate));
    let (result, _) = update(
        &client,
        &image("1000007183-D4-PCI", len),
        CommitMode::Separate,
    );
    assert_eq!(result.unwrap().outcome, Outcome::UpToDate);

    // Battery low: refused before anything changes.
    sim.set_firmware_fault(Some(FirmwareFault::BatteryLow));
    let (result, _) = update(
        &client,
        &image("1000007183-D4-PCI", len),
        CommitMode::Separate,
    );
    let e = result.unwrap_err();
    assert!(
        matches!(
            e,
            FirmwareError::BatteryLow {
                command_id: 0xD801,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("Low Battery"), "{e}");

    // Hash mismatch.
    sim.set_firmware_fault(Some(FirmwareFault::HashMismatch));
    let (result, _) = update(
        &client,
        &image("1000007183-D4-PCI", len),
        CommitMode::Separate,
    );
    assert!(
        matches!(result, Err(FirmwareError::HashMismatch { .. })),
        "{result:?}"
    );

    // The commit fails: 0x0906 named by the spec, the reset, the old version.
    sim.set_firmware_fault(Some(FirmwareFault::CommitFails));
    let (result, seen) = update(
        &client,
        &image("1000007183-D4-PCI", len),
        CommitMode::Separate,
    );
    match result {
        Err(FirmwareError::Failed { notice, report }) => {
            assert_eq!(notice.kind, NoticeKind::CommitFailed);
            assert!(
                notice
                    .text
                    .contains("Commit Firmware from File Complete, Failed"),
                "{notice}"
            );
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
    assert_eq!(
        report.after.unwrap().main_version(),
        Some("1000007183-C3-PCI")
    );
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
    every_flow_and_failure(Link::Hid, 48 * 1024);
}

#[test]
fn over_a_pty_that_hangs_up_on_reset() {
    every_flow_and_failure(Link::Pty, 48 * 1024);
}

/// Images of 96 bytes: the load fits in one short message (and so does the
/// recorded `sim_device` seed session, whose framing leaves out messages over
/// 255 bytes: the 48 KiB loads above).
#[test]
fn with_images_of_a_few_bytes() {
    every_flow_and_failure(Link::Hid, 96);
}

/// Each image type updates the version property of its own image (boot loader,
/// Wi-Fi module, BLE module) and leaves the main firmware's as it was.
#[test]
fn each_image_type_updates_its_own_version() {
    use mms_protocol::generated::properties as props;
    use mms_runtime::firmware::ImageType;
    let sim = Arc::new(Simulator::default());
    crate::common::record_sim_session(&sim, 0);
    let (client, _dir) = client(&sim, Link::Hid);
    for (image_type, property, version) in [
        (
            ImageType::BootLoader1Image,
            &props::BOOT_1_FIRMWARE_VERSION,
            "1000007170-B2",
        ),
        (
            ImageType::WiFiModuleImage,
            &props::WLAN_FIRMWARE_VERSION,
            "WLAN-2.1",
        ),
        (
            ImageType::BleModuleImage,
            &props::BLUETOOTH_LE_FIRMWARE_VERSION,
            "BLE-3.4",
        ),
    ] {
        let data = image(version, 96);
        let mut update = FirmwareUpdate::new(&data);
        update.image_type = image_type;
        update.notification_timeout = Duration::from_secs(20);
        update.reset_timeout = Duration::from_secs(20);
        let report = client.update_firmware(&update, &mut |_| {}).unwrap();
        assert_eq!(report.outcome, Outcome::Updated, "{image_type:?}");
        assert_ne!(
            report.before.value(property),
            Some(version),
            "{image_type:?}"
        );
        let after = report.after.expect("the device came back");
        assert_eq!(after.value(property), Some(version), "{image_type:?}");
        assert_eq!(after.main_version(), Some(FIRST), "{image_type:?}");
    }
    client.close();
}

/// An image over the device's size limit is refused before anything changes: bad
/// parameter, tag 87 named. The session is the `sim_device` seed of its config bit 7.
#[test]
fn an_image_over_the_size_limit_is_refused() {
    use mms_sim::DeviceConfig;
    let mut config = DeviceConfig::default();
    config.firmware.max_image_len = 64;
    config.max_file_len = 64;
    config.max_user_file_len = 64;
    let sim = Arc::new(Simulator::new(config));
    crate::common::record_sim_session(&sim, 0x80);
    let (client, _dir) = client(&sim, Link::Hid);
    let (result, seen) = update(
        &client,
        &image("1000007183-B2-PCI", 96),
        CommitMode::Separate,
    );
    let Err(FirmwareError::Client(e)) = result else {
        panic!("{result:?}")
    };
    // Tag 83 of the response names the parameter: 87, the image.
    assert!(
        matches!(&e, ClientError::Status { command_id: 0xD801, additional: Some(a), .. } if a == &[0x87]),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .ends_with("Bad Message Parameter (tag 83: 87)"),
        "{e}"
    );
    assert_eq!(seen, [format!("Before {FIRST}")]);
    // The same image within the limit is taken.
    let (result, _) = update(
        &client,
        &image("1000007183-B2-PCI", 64),
        CommitMode::Separate,
    );
    assert_eq!(result.unwrap().outcome, Outcome::Updated);
    client.close();
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

/// A script with an Echo, a file transfer (D812, then its data file message),
/// a refused Set Property (read-only) and a last message.
fn config_script() -> String {
    use mms_protocol::generated::file_types::FileType;
    use mms_protocol::{Envelope, MessageType};
    use mms_runtime::files::{transfer_properties, FileDescription, StartSendFile};
    let hex = |bytes: Vec<u8>| bytes.iter().map(|b| format!("{b:02X}")).collect::<String>();
    let data = vec![0x5A; 3000];
    let start = StartSendFile::new(
        FileType(0x0200_0000),
        transfer_properties(&data),
        FileDescription::default(),
    );
    let data_file =
        Envelope::data_file(MessageType::DataFileToDevice, 9, 0xD812, 0x0200_0000, data);
    let refused = mms_protocol::property::set_request(
        &mms_protocol::generated::properties::MAIN_FIRMWARE_VERSION,
        mms_protocol::property::OidForm::SIMPLE,
        b"x",
    )
    .unwrap();
    format!(
        "[\"SENDCOMMAND,AA 00 81 04 01 00 DF 01 84 05 DF 01 81 01 07\",\n\"SENDCOMMAND,{}\",\n\"SENDCOMMAND,{}\",\n\"WAIT,5\",\n\"SENDCOMMAND,{}\",\n\"DISPLAYMESSAGE,done\"]",
        hex(Envelope::request(1, &start).encode()),
        hex(data_file.encode()),
        hex(Envelope::request(1, &refused).encode()),
    )
}

fn scripts(link: Link) {
    use mms_runtime::script::{self, Outcome, RunOptions, ScriptError};
    let sim = Arc::new(Simulator::default());
    crate::common::record_sim_session(&sim, 0);
    let (client, _dir) = client(&sim, link);
    let parsed = script::parse(&config_script()).unwrap();
    let mut shown = Vec::new();
    let error = script::run(
        &client,
        &parsed,
        RunOptions::default(),
        &mut |step, outcome| {
            if let Outcome::Response(r) = outcome {
                shown.push((step.number, r.status));
            }
        },
    )
    .unwrap_err();
    match error {
        ScriptError::Failed {
            step: 5,
            line: 5,
            response,
        } => {
            assert_eq!(response.envelope.info.id, 0xD111)
        }
        other => panic!("{other:?}"),
    }
    // The file arrived whole: the data file message was answered by the final response.
    assert_eq!(
        sim.with_device(|d| d.file([2, 0, 0, 0]).map(<[u8]>::len)),
        Some(3000)
    );
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert!(
        shown[..3].iter().all(|(_, s)| s == &Some([0; 4])),
        "{shown:?}"
    );
    let mut last = None;
    let report = script::run(
        &client,
        &parsed,
        RunOptions { keep_going: true },
        &mut |step, _| last = Some(step.number),
    )
    .unwrap();
    assert_eq!((report.ran, report.failures.len(), last), (6, 1, Some(6)));
    client.close();
}

#[test]
fn scripts_over_in_memory_hid() {
    scripts(Link::Hid);
}

#[test]
fn scripts_over_a_pty() {
    scripts(Link::Pty);
}
