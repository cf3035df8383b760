//! Behaviour of the device model beyond the manual's single examples: files,
//! transactions over time, failures.

use crate::common::*;
use mms_sim::{Device, DeviceConfig, MessageKind, Outgoing};
use sha2::{Digest, Sha256};
use std::time::{Duration, Instant};

#[test]
fn a_640_kib_image_goes_up_and_comes_back() {
    let mut device = Device::default();
    let now = Instant::now();
    let file_id = [0x02, 0x00, 0x00, 0x00];
    let image: Vec<u8> = (0..640 * 1024).map(|i| (i * 7 % 251) as u8).collect();

    let out = device.handle(&request(7, 0xD812, &send_file_params(file_id, &image)), now);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);

    let out = device.handle(&data_file(9, 0xD812, file_id, &image), now);
    assert_eq!(out.len(), 1);
    // The final response echoes the data file message's reference number.
    assert_eq!(&out[0].message[4..8], &[0x82, 0x09, 0xD8, 0x12]);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);
    assert!(
        device.file(file_id) == Some(image.as_slice()),
        "stored file differs"
    );

    let out = device.handle(&request(10, 0xD821, &tlv(&[0x81], &file_id)), now);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].kind, MessageKind::Response);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);
    assert_eq!(out[1].kind, MessageKind::DataFile);
    let file = &out[1].message;
    assert_eq!(
        &file[2..12],
        &[0x81, 0x08, 0x84, 10, 0xD8, 0x21, 2, 0, 0, 0]
    );
    assert_eq!(&file[12..17], &[0x84, 0x83, 0x0A, 0x00, 0x00]);
    assert!(file[17..] == image[..], "file contents differ");

    let out = device.handle(&request(11, 0xD825, &tlv(&[0x81], &file_id)), now);
    assert_eq!(out.len(), 1);
    let hash = Sha256::digest(&image);
    assert!(out[0].message.windows(32).any(|w| w == hash.as_slice()));

    let out = device.handle(&request(12, 0xD831, &tlv(&[0x81], &file_id)), now);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);
    assert_eq!(device.file(file_id), None);
}

#[test]
fn a_file_with_the_wrong_hash_or_length_is_refused() {
    let mut device = Device::default();
    let now = Instant::now();
    let file_id = [0x08, 0x00, 0x00, 0x00];
    let data = b"user data".to_vec();
    device.handle(&request(1, 0xD812, &send_file_params(file_id, &data)), now);
    let out = device.handle(&data_file(2, 0xD812, file_id, b"user dat!"), now);
    assert_eq!(status(&out[0].message), [0x81, 0x02, 0x01, 0x02]);
    // Additional detail names the hash parameter.
    assert!(out[0].message.ends_with(&[0x83, 0x02, 0xA2, 0x83]));

    device.handle(&request(3, 0xD812, &send_file_params(file_id, &data)), now);
    let out = device.handle(&data_file(4, 0xD812, file_id, b"short"), now);
    assert!(out[0].message.ends_with(&[0x83, 0x02, 0xA2, 0x81]));
    assert_eq!(device.file(file_id), None);

    // A user file over 10,000 bytes is refused at the start.
    let big = vec![0u8; 10_001];
    let out = device.handle(&request(5, 0xD812, &send_file_params(file_id, &big)), now);
    assert_eq!(status(&out[0].message), [0x80, 0x02, 0x01, 0x02]);

    // A data file nobody asked for.
    let out = device.handle(&data_file(6, 0xD812, file_id, &data), now);
    assert_eq!(status(&out[0].message), [0x80, 0x01, 0x01, 0x02]);
}

fn drain(device: &mut Device, from: Instant, until: Duration) -> Vec<Outgoing> {
    let mut out = Vec::new();
    let mut now = from;
    while now <= from + until {
        out.extend(device.poll(now));
        now += Duration::from_millis(10);
    }
    out
}

#[test]
fn a_quick_chip_transaction_sends_its_notifications_over_time() {
    let mut device = Device::default();
    let start = Instant::now();
    let out = device.handle(
        &request(1, 0x1001, &start_transaction_params([0, 3])),
        start,
    );
    assert_eq!(out.len(), 1, "only the response right away");
    assert_eq!(status(&out[0].message), [0x01, 0, 0, 0]);
    assert!(device.next_due().unwrap() > start);

    // Commands keep being served while the transaction runs.
    let out = device.handle(&request(2, 0xDF01, &tlv(&[0x81], &[1])), start);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);
    let out = device.handle(
        &request(3, 0x1001, &start_transaction_params([0, 3])),
        start,
    );
    assert_eq!(status(&out[0].message), [0x80, 0x02, 0x03, 0x08]);

    let notes = drain(&mut device, start, Duration::from_secs(2));
    let details: Vec<_> = notes
        .iter()
        .map(|n| notification_detail(&n.message))
        .collect();
    assert_eq!(
        details,
        [
            (0x0101, [0x20, 0x01, 0x04, 0x00]),
            (0x0101, [0x20, 0x08, 0x02, 0x02]),
            (0x0101, [0x20, 0x08, 0x03, 0x02]),
            (0x0105, [0x20, 0x02, 0x07, 0x00]),
        ]
    );
    // Data-attached notifications carry payload 84 = 01 01 84 <ARQC container>.
    let arqc = &notes[1].message;
    let payload_start = 14;
    assert_eq!(arqc[payload_start], 0x84);
    assert!(arqc.windows(3).any(|w| w == [0x01, 0x01, 0x84]));
    assert!(notes.windows(2).all(|w| w[0].due < w[1].due));
    assert!(!device.transaction_active());
}

/// Start Transaction with only the contact reader on (EMV flow, not Quick Chip).
fn contact_only() -> Vec<u8> {
    let mut params = start_transaction_params([0, 2]);
    // Readers A3: MSR 81=00, contact 82=01, contactless 83=00.
    let at = params.windows(2).position(|w| w == [0xA3, 0x09]).unwrap();
    params[at + 4] = 0x00;
    params[at + 10] = 0x00;
    params
}

/// An ARPC (Table 26) with this Authorisation Response Code.
fn arpc(code: &[u8; 2]) -> Vec<u8> {
    let response = [tlv(&[0x8A], code), tlv(&[0x91], &[1; 10])].concat();
    let generic = tlv(&[0xFA], &tlv(&[0x70], &response));
    let container = tlv(
        &[0xFF, 0x74],
        &[tlv(&[0xDF, 0xDF, 0x25], b"SIM"), generic].concat(),
    );
    let mut data = (container.len() as u16).to_be_bytes().to_vec();
    data.extend(container);
    [tlv(&[0x81], &[0]), tlv(&[0x84], &data)].concat()
}

#[test]
fn a_contact_transaction_waits_for_the_arpc() {
    for (code, outcome) in [(b"00", 0x06), (b"05", 0x80)] {
        let mut device = Device::default();
        let start = Instant::now();
        device.handle(&request(1, 0x1001, &contact_only()), start);
        let notes = drain(&mut device, start, Duration::from_secs(2));
        assert_eq!(notes.len(), 2, "card event and ARQC, then the device waits");
        assert_eq!(
            notification_detail(&notes[1].message),
            (0x0101, [0x10, 0x08, 0x02, 0x02])
        );
        assert!(device.transaction_active());
        let later = start + Duration::from_secs(3);
        // Without ARPC data: refused, naming 84; the transaction goes on.
        let out = device.handle(&request(2, 0x1004, &tlv(&[0x81], &[0])), later);
        assert_eq!(status(&out[0].message)[0], 0x80);
        assert!(device.transaction_active());
        let out = device.handle(&request(3, 0x1004, &arpc(code)), later);
        // Table 79: OK with payload 10 04.
        assert!(out[0].message.ends_with(&[0x84, 0x02, 0x10, 0x04]));
        let notes = drain(&mut device, later, Duration::from_secs(2));
        assert_eq!(
            notification_detail(&notes[0].message),
            (0x0101, [0x10, 0x08, 0x03, 0x02])
        );
        assert_eq!(
            notification_detail(&notes.last().unwrap().message),
            (0x0105, [0x10, 0x02, outcome, 0x00])
        );
    }
}

#[test]
fn contactless_does_not_wait_for_an_arpc() {
    let mut device = Device::default();
    let start = Instant::now();
    device.handle(
        &request(1, 0x1001, &start_transaction_params([0, 2])),
        start,
    );
    let notes = drain(&mut device, start, Duration::from_secs(2));
    assert_eq!(
        notification_detail(&notes.last().unwrap().message),
        (0x0105, [0x20, 0x02, 0x07, 0x00])
    );
    assert!(!device.transaction_active());
}

#[test]
fn cancel_stops_the_transaction_notifications() {
    let mut device = Device::default();
    let start = Instant::now();
    device.handle(
        &request(1, 0x1001, &start_transaction_params([0, 3])),
        start,
    );
    let out = device.handle(&request(2, 0x1008, &[]), start);
    assert_eq!(out.len(), 2);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);
    assert_eq!(
        notification_detail(&out[1].message),
        (0x0105, [0x00, 0x03, 0x01, 0x00])
    );
    assert!(drain(&mut device, start, Duration::from_secs(2)).is_empty());
    assert!(!device.transaction_active());
}

#[test]
fn a_transaction_times_out_when_no_card_comes() {
    let mut device = Device::new(DeviceConfig {
        card_delay: Duration::from_secs(5),
        ..DeviceConfig::default()
    });
    let start = Instant::now();
    let mut params = start_transaction_params([0, 3]);
    params[2] = 0x01; // 1 second timeout
    device.handle(&request(1, 0x1001, &params), start);
    let notes = drain(&mut device, start, Duration::from_secs(2));
    assert_eq!(notes.len(), 1);
    assert_eq!(
        notification_detail(&notes[0].message),
        (0x0105, [0x00, 0x01, 0x00, 0x00])
    );
}

#[test]
fn reset_sends_device_reset_occurred_when_enabled() {
    let mut device = Device::default();
    let start = Instant::now();
    device.handle(&request(1, 0x1F01, &[]), start);
    assert!(drain(&mut device, start, Duration::from_secs(1)).is_empty());

    device.properties_mut().force(&[1, 2, 7, 1, 1, 1], &[0xFF]);
    device.handle(&request(2, 0x1F01, &[]), start);
    let notes = drain(&mut device, start, Duration::from_secs(1));
    // Table 336.
    assert_eq!(
        notes[0].message,
        [
            0xAA, 0x00, 0x81, 0x04, 0x83, 0x00, 0x10, 0x01, 0x82, 0x04, 0, 0, 0, 0, 0x84, 0x08,
            0x10, 0x01, 0x81, 0x01, 0x02, 0x82, 0x01, 0x00
        ]
    );
}

#[test]
fn failures_carry_table_13_codes() {
    let mut device = Device::default();
    let now = Instant::now();
    // Unknown command.
    let out = device.handle(&request(1, 0xABCD, &[]), now);
    assert_eq!(status(&out[0].message), [0x80, 0x01, 0x01, 0x13]);
    // Read-only property: Set 2.1.2.2.2.1 names the OID in the additional detail.
    let mut params = tlv(&[0x85], &[0x02]);
    params.extend(tlv(&[0x87], &[0x01, 0x02, 0x02, 0x02]));
    params.extend(tlv(&[0x89], &tlv(&[0xC1], b"Other")));
    let out = device.handle(&request(2, 0xD111, &params), now);
    assert_eq!(status(&out[0].message), [0x80, 0x02, 0x01, 0x02]);
    assert!(out[0].message.ends_with(&[0x83, 0x06, 2, 1, 2, 2, 2, 1]));
    // Wrong length for a 1-byte setting.
    let mut params = tlv(&[0x85], &[0x01]);
    params.extend(tlv(&[0x87], &[0x02, 0x07, 0x01, 0x01]));
    params.extend(tlv(&[0x89], &tlv(&[0xC1], &[1, 2])));
    let out = device.handle(&request(3, 0xD111, &params), now);
    assert_eq!(status(&out[0].message), [0x80, 0x02, 0x01, 0x02]);
    // Unknown property.
    let mut params = tlv(&[0x85], &[0x01]);
    params.extend(tlv(&[0x89], &tlv(&[0xC9], &[])));
    let out = device.handle(&request(4, 0xD101, &params), now);
    assert_eq!(status(&out[0].message), [0x80, 0x02, 0x01, 0x02]);
    // Echo over 128 bytes.
    let out = device.handle(&request(5, 0xDF01, &tlv(&[0x81], &[0; 129])), now);
    assert_eq!(status(&out[0].message), [0x80, 0x02, 0x01, 0x02]);
    // Payload command ID that disagrees with the message information.
    let mut bad = request(6, 0xDF01, &[]);
    let len = bad.len();
    bad[len - 1] = 0x02;
    let out = device.handle(&bad, now);
    assert_eq!(status(&out[0].message), [0x80, 0x01, 0x01, 0x02]);
    // Garbage: no reply possible, but the reason is kept.
    assert!(device.handle(&[0x00, 0x01, 0x02], now).is_empty());
    assert_eq!(device.take_rejected().len(), 1);
}

#[test]
fn reset_notification_repeats_until_acknowledged() {
    let mut device = Device::default();
    let start = Instant::now();
    // Repeat every 2 seconds.
    device.properties_mut().force(&[1, 2, 7, 1, 1, 1], &[0x02]);
    device.handle(&request(1, 0x1F01, &[]), start);
    assert_eq!(
        drain(&mut device, start, Duration::from_millis(4500)).len(),
        3
    );
    // The host acknowledges: Set 1.2.7.1.1.2 = 01.
    let mut params = tlv(&[0x85], &[0x01]);
    params.extend(tlv(&[0x87], &[0x02, 0x07, 0x01, 0x01]));
    params.extend(tlv(&[0x89], &tlv(&[0xC2], &[0x01])));
    let later = start + Duration::from_millis(4600);
    let out = device.handle(&request(2, 0xD111, &params), later);
    assert_eq!(status(&out[0].message), [0, 0, 0, 0]);
    assert!(drain(&mut device, later, Duration::from_secs(5)).is_empty());
}
