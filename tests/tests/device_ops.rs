//! End to end against the simulator, over in-memory HID reports and over a
//! real pseudo-terminal (SLIP): the certificate, key and trust flows
//! (`mms_runtime::security`) and the display and signature flows
//! (`mms_runtime::ui`), each with its failures.

use std::sync::Arc;
use std::time::Duration;

use mms_protocol::generated::commands::get_key_info::ResponseKeySlotInformationKeySlotStatus as SlotStatus;
use mms_protocol::generated::commands::show_image::RequestCustomIdlePageImageNumber as Image;
use mms_runtime::flow::{wait_notification, FlowError};
use mms_runtime::security::{CsrRequest, TrustFile};
use mms_runtime::serial::open_serial;
use mms_runtime::ui::{Selection, ShowImage, ShowQrCode, Tone};
use mms_runtime::{Client, ClientError, ClientOptions, Events};
use mms_sim::{DeviceConfig, SignatureOutcome, Simulator, UiConfig};
use x509_parser::prelude::FromDer;

#[derive(Clone, Copy, Debug)]
enum Link {
    MemoryHid,
    Pty,
}

const LINKS: [Link; 2] = [Link::MemoryHid, Link::Pty];

/// Generous: the machine may be loaded.
fn options() -> ClientOptions {
    ClientOptions {
        timeout: Duration::from_secs(10),
        file_timeout: Duration::from_secs(20),
        ..ClientOptions::default()
    }
}

fn client(link: Link, sim: &Arc<Simulator>) -> (Client, Events) {
    match link {
        Link::MemoryHid => Client::with_options(sim.in_memory_hid(), options()),
        Link::Pty => {
            let path = sim.spawn_pty().expect("a pseudo-terminal");
            let port = open_serial(path.to_str().expect("a UTF-8 path")).expect("the pty opens");
            Client::with_options(port, options())
        }
    }
}

fn sim_with(ui: UiConfig) -> Arc<Simulator> {
    // The sim_device fuzz target's configuration byte for `ui`.
    let config = u8::from(ui.selection.is_some())
        | match ui.signature {
            SignatureOutcome::Signs => 0,
            SignatureOutcome::TimesOut => 2,
            SignatureOutcome::NoHardware => 4,
        };
    let sim = Arc::new(Simulator::new(DeviceConfig {
        ui,
        ..DeviceConfig::default()
    }));
    crate::common::record_sim_session(&sim, config);
    sim
}

fn status_of(e: &FlowError) -> [u8; 4] {
    match e {
        FlowError::Client(ClientError::Status { status, .. }) => status.to_bytes(),
        other => panic!("expected a failure status, got {other:?}"),
    }
}

fn nul(text: &str) -> Vec<u8> {
    [text.as_bytes(), &[0]].concat()
}

#[test]
fn csr_keys_then_csr_as_pem_that_parses() {
    for link in LINKS {
        let sim = sim_with(UiConfig::default());
        let (client, _events) = client(link, &sim);
        // No CSR key pair yet: Generate CSR fails, naming the key identifier.
        let err = client.generate_csr(&CsrRequest::default()).unwrap_err();
        assert_eq!(status_of(&err)[0], 0x80, "{link:?}");

        client.generate_csr_keys(Duration::from_secs(20)).unwrap();
        let request = CsrRequest {
            subject: Some(nul(
                "CN=reader-17,O=Example,OU=Payments,C=US,ST=Texas,L=Austin",
            )),
            subject_alternative_names: Some(nul("reader-17.example.com,192.0.2.7")),
            ..Default::default()
        };
        let csr = client.generate_csr(&request).unwrap();
        let (_, pem) = x509_parser::pem::parse_x509_pem(csr.pem.as_bytes()).unwrap();
        assert_eq!(pem.label, "CERTIFICATE REQUEST");
        let (_, parsed) =
            x509_parser::certification_request::X509CertificationRequest::from_der(&pem.contents)
                .unwrap();
        let info = &parsed.certification_request_info;
        let cn = info.subject.iter_common_name().next().unwrap();
        assert_eq!(cn.as_str().unwrap(), "reader-17");
        let subject = info.subject.to_string();
        for part in ["O=Example", "OU=Payments", "C=US", "ST=Texas", "L=Austin"] {
            assert!(subject.contains(part), "{part} not in {subject}");
        }
        // A P-256 key, as the manual's EF02 makes.
        let key_oid = info.subject_pki.algorithm.algorithm.to_id_string();
        assert_eq!(key_oid, "1.2.840.10045.2.1", "id-ecPublicKey");
        let extensions = parsed.requested_extensions().unwrap().collect::<Vec<_>>();
        assert!(
            format!("{extensions:?}").contains("reader-17.example.com"),
            "{extensions:?}"
        );

        // The device erased the CSR once fetched.
        let again = client
            .get_file(
                mms_protocol::generated::file_types::FileType::CERTIFICATE_SIGNING_REQUEST_CSR,
                &mut |_, _| {},
            )
            .unwrap_err();
        assert!(matches!(again, ClientError::Status { .. }), "{again}");
        client.close();
    }
}

#[test]
fn key_generation_that_never_reports_is_a_clear_timeout() {
    let sim = sim_with(UiConfig {
        key_generation_delay: Duration::from_secs(600),
        ..UiConfig::default()
    });
    let (client, _events) = client(Link::MemoryHid, &sim);
    let err = client
        .generate_csr_keys(Duration::from_millis(300))
        .unwrap_err();
    assert!(matches!(err, FlowError::NoNotification { .. }), "{err}");
    assert!(err.to_string().contains("03000000"), "{err}");
}

#[test]
fn key_info_challenge_and_trust_file() {
    for link in LINKS {
        let sim = sim_with(UiConfig::default());
        let (client, _events) = client(link, &sim);
        let devtk = client.key_info(0x1002).unwrap().payload;
        assert_eq!(
            devtk.key_slot_information.key_slot_status,
            SlotStatus::LoadedActive
        );
        assert_eq!(
            devtk.key_slot_information.transport_key_slot_id,
            [0x10, 0x01]
        );
        let dukpt = client.key_info(0x2000).unwrap().payload;
        assert_eq!(dukpt.key_derivation_information.map(|d| d.len()), Some(12));
        let missing = client.key_info(0x4242).unwrap_err();
        assert!(matches!(missing, ClientError::Status { .. }), "{missing}");

        let first = client.challenge(0xD811).unwrap().payload;
        let second = client.challenge(0xD811).unwrap().payload;
        assert_eq!(first.request_id_to_be_protected, [0xD8, 0x11]);
        assert_ne!(first.challenge_token, second.challenge_token);

        let trust = b"-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n".repeat(20);
        let sent = client
            .load_trust(TrustFile::Mqtt, &trust, &mut |_, _| {})
            .unwrap();
        assert_eq!(sent.len, trust.len());
        let stored = sim.with_device(|d| d.file([0x05, 0x00, 0x01, 0x00]).map(<[u8]>::to_vec));
        assert_eq!(stored.as_deref(), Some(&trust[..]));
        client.close();
    }
}

#[test]
fn signature_capture_is_fetched_and_drawn() {
    for link in LINKS {
        let sim = sim_with(UiConfig::default());
        let (client, _events) = client(link, &sim);
        let captured = client
            .request_signature(30, Duration::from_secs(20))
            .unwrap();
        assert_eq!(captured.file_type.0, 0x0100_0000);
        let signature = &captured.signature;
        assert_eq!(signature, &mms_sim::sample_signature());
        assert_eq!(signature.strokes.len(), 3);
        let svg = signature.to_svg();
        assert_eq!(svg.matches("<polyline").count(), 3);
        let png = signature.to_png(2).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        client.close();
    }
}

#[test]
fn signature_failures_are_reported_with_their_detail() {
    for (outcome, detail) in [
        (SignatureOutcome::TimesOut, 0x0101_0201),
        (SignatureOutcome::NoHardware, 0x0101_0202),
    ] {
        for link in LINKS {
            let sim = sim_with(UiConfig {
                signature: outcome,
                ..UiConfig::default()
            });
            let (client, _events) = client(link, &sim);
            let err = client
                .request_signature(1, Duration::from_secs(20))
                .unwrap_err();
            match &err {
                FlowError::Failed {
                    notification,
                    detail: found,
                    text,
                } => {
                    assert_eq!((*notification, *found), (0x1805, detail), "{text}");
                    assert!(text.contains("Signature Capture"), "{text}");
                }
                other => panic!("{outcome:?} over {link:?}: {other}"),
            }
            client.close();
        }
    }
}

#[test]
fn display_image_qr_and_buzzer() {
    for link in LINKS {
        let sim = sim_with(UiConfig::default());
        let (client, _events) = client(link, &sim);
        client.display_message(0x01, 0).unwrap();
        // One second on screen: the call returns once the device says it is over.
        client.display_message(0x02, 1).unwrap();
        client
            .show_image(&ShowImage::new(Image::ShowCustomImage2))
            .unwrap();
        let err = client
            .show_image(&ShowImage::new(Image::from_raw(9)))
            .unwrap_err();
        assert_eq!(status_of(&err), [0x80, 0x02, 0x01, 0x02]);
        let qr = ShowQrCode {
            data_to_encode: b"https://example.com/receipt/17".to_vec(),
            ..Default::default()
        };
        client.show_qr_code(&qr).unwrap();
        let err = client.show_qr_code(&ShowQrCode::default()).unwrap_err();
        assert_eq!(status_of(&err)[0], 0x80);
        client
            .buzzer(&[Tone { hz: 440, ms: 50 }, Tone { hz: 880, ms: 50 }])
            .unwrap();
        let err = client.buzzer(&[Tone { hz: 5000, ms: 50 }]).unwrap_err();
        assert_eq!(status_of(&err)[0], 0x80);
        // Eleven tones are refused before anything is sent.
        let err = client.buzzer(&[Tone { hz: 440, ms: 1 }; 11]).unwrap_err();
        assert!(matches!(err, FlowError::BadResult(_)), "{err}");
        client.close();
    }
}

/// Start Transaction on a reader without a display; the host answers its
/// selection request as `answer` says; returns the outcome's detail code.
fn transaction_with_selection(link: Link, answer: Option<Selection>) -> (Arc<Simulator>, u32) {
    let sim = sim_with(UiConfig {
        selection: Some(mms_sim::default_selection()),
        selection_wait_seconds: 1,
        ..UiConfig::default()
    });
    let (client, events) = client(link, &sim);
    client.call_raw(0x1001, &[0x82, 0x01, 0x3C]).unwrap();
    if let Some(answer) = answer {
        let (request, sent) = client
            .answer_selection(&events, Duration::from_secs(20), |request| {
                assert_eq!(request.lines, ["VISA CREDIT", "VISA DEBIT"]);
                answer
            })
            .unwrap();
        assert_eq!(request.wait_seconds, 1);
        assert_eq!(sent, answer);
    }
    let done =
        wait_notification(&events, 0x0105, "0105", Duration::from_secs(20), |_| true).unwrap();
    client.close();
    (sim, done.detail.unwrap())
}

#[test]
fn cardholder_selection_answered_cancelled_or_ignored() {
    for link in LINKS {
        let (sim, detail) = transaction_with_selection(link, Some(Selection::Chosen(1)));
        assert_eq!(
            detail, 0x2002_0700,
            "{link:?}: approved after the selection"
        );
        assert_eq!(sim.with_device(|d| d.last_selection()), Some(1));

        let (_, detail) = transaction_with_selection(link, Some(Selection::Cancelled));
        assert_eq!(detail, 0x0003_0100, "{link:?}: cancelled");

        // Nobody answers: the device gives up after its wait (1 s here).
        let (sim, detail) = transaction_with_selection(link, None);
        assert_eq!(detail, 0x0001_0000, "{link:?}: timed out");
        assert_eq!(sim.with_device(|d| d.last_selection()), None);
    }
}

#[test]
fn selection_report_without_a_request_is_refused() {
    let sim = sim_with(UiConfig::default());
    let (client, _events) = client(Link::MemoryHid, &sim);
    let report = mms_protocol::generated::commands::report_cardholder_selection::Request::new(
        mms_runtime::ui::SelectionStatus::CardholderSelectionRequestCompleted,
    );
    let err = client.call(&report).unwrap_err();
    assert!(matches!(err, ClientError::Status { .. }), "{err}");
    // And a selection awaited that never comes is a clear timeout.
    let err = client
        .cardholder_selection(Duration::from_millis(200), |_| Selection::Cancelled)
        .unwrap_err();
    assert!(matches!(err, FlowError::NoNotification { .. }), "{err}");
}

/// With Device Reset Occurred Notification Control at 1 (every second), a
/// reset is followed by notification 0x1001 again and again until the host
/// sets the acknowledged property; with 0 there is none.
#[test]
fn reset_notifications_repeat_until_acknowledged() {
    use mms_protocol::generated::commands::reset_device;
    use mms_protocol::generated::properties::{
        DEVICE_RESET_OCCURRED_NOTIFICATION_ACKNOWLEDGED as ACKNOWLEDGED,
        DEVICE_RESET_OCCURRED_NOTIFICATION_CONTROL as CONTROL,
    };
    use mms_protocol::property::{set_request, OidForm};
    let sim = sim_with(UiConfig::default());
    let (client, events) = client(Link::MemoryHid, &sim);
    let reset_notice = |wait| wait_notification(&events, 0x1001, "a reset notice", wait, |_| true);
    client.call(&reset_device::Request::default()).unwrap();
    assert!(
        reset_notice(Duration::from_millis(800)).is_err(),
        "control 0: none"
    );

    let set = |property, value: u8| {
        let request = set_request(property, OidForm::SIMPLE, &[value]).unwrap();
        client.call(&request).unwrap();
    };
    set(&CONTROL, 0x01);
    client.call(&reset_device::Request::default()).unwrap();
    for _ in 0..2 {
        let notice = reset_notice(Duration::from_secs(3)).unwrap();
        let payload = notice.envelope.payload.clone().unwrap_or_default();
        // Items 81 and 82 mirror properties 2.3.1.2.1.1 and 2.3.1.2.1.2 (defaults 02, 00).
        assert!(
            payload.ends_with(&[0x81, 0x01, 0x02, 0x82, 0x01, 0x00]),
            "{payload:02X?}"
        );
    }
    set(&ACKNOWLEDGED, 0x01);
    // One may already be on its way; after it, none.
    let _ = reset_notice(Duration::from_millis(200));
    assert!(
        reset_notice(Duration::from_millis(1500)).is_err(),
        "acknowledged: no more"
    );
    client.close();
}

/// A user file of a few bytes: sent, described, read back and deleted; a
/// second delete fails. (Its session seeds the `sim_device` fuzz target with
/// an upload that completes: every message fits the target's framing.)
#[test]
fn a_small_user_file_is_stored_read_and_deleted() {
    use mms_protocol::generated::file_types::FileType;
    use mms_runtime::files::SendStart;
    let sim = sim_with(UiConfig::default());
    let (client, _events) = client(Link::MemoryHid, &sim);
    let data = b"a user file of forty-two bytes, no more..".to_vec();
    let sent = client
        .send_file(
            FileType::USER_FILE,
            &data,
            SendStart::Unsecured,
            &mut |_, _| {},
        )
        .unwrap();
    assert_eq!(
        (sent.final_status.to_bytes(), sent.len),
        ([0; 4], data.len())
    );
    let info = client.file_info(FileType::USER_FILE).unwrap().payload;
    assert_eq!(info.file_id, FileType::USER_FILE, "{info:?}");
    let back = client
        .get_file(FileType::USER_FILE, &mut |_, _| {})
        .unwrap();
    assert_eq!(back.data, data);
    client.delete_file(FileType::USER_FILE).unwrap();
    let again = client.delete_file(FileType::USER_FILE).unwrap_err();
    assert!(matches!(again, ClientError::Status { .. }), "{again}");
    client.close();
}
