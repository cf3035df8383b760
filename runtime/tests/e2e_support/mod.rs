//! Shared steps of the end-to-end tests: the runtime's client against the
//! `mms-sim` device over real transports.
#![allow(dead_code)]

use mms_protocol::generated::file_types::FileType;
use mms_runtime::files::SendStart;
use mms_runtime::{Client, ClientError, Event, Events};
use mms_sim::{Fault, Simulator};
use std::time::{Duration, Instant};

/// File ID of custom idle page image 1 (manual Table 201), the 640 KB slot.
pub const IMAGE_SLOT_1: FileType = FileType(0x0200_0000);

/// A 640 KiB test image.
pub fn image() -> Vec<u8> {
    (0..640 * 1024u32)
        .map(|i| (i.wrapping_mul(31) >> 3) as u8)
        .collect()
}

pub fn tlv(tag: u8, value: &[u8]) -> Vec<u8> {
    assert!(value.len() < 0x80);
    let mut out = vec![tag, value.len() as u8];
    out.extend_from_slice(value);
    out
}

/// Echo (0xDF01) of `data`; checks the device sent it back.
pub fn echo(client: &Client, data: &[u8]) -> Result<(), ClientError> {
    let body = tlv(0x81, data);
    let response = client.call_raw(0xDF01, &body)?;
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    assert_eq!(response.payload_body(), Some(body.as_slice()));
    Ok(())
}

/// Get Property body for 1.2.7.1.1.1 in the manual's "simple" form.
const RESET_NOTIFICATION_CONTROL: [u8; 13] = [
    0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x02, 0xC1, 0x00,
];

/// Reads property 1.2.7.1.1.1 (one byte).
pub fn get_reset_notification_control(client: &Client) -> u8 {
    let response = client
        .call_raw(0xD101, &RESET_NOTIFICATION_CONTROL)
        .unwrap();
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    let body = response.payload_body().unwrap();
    // ... 89 03 C1 01 vv
    assert_eq!(
        &body[body.len() - 5..body.len() - 1],
        &[0x89, 0x03, 0xC1, 0x01]
    );
    body[body.len() - 1]
}

/// Sets property 1.2.7.1.1.1 to `value`.
pub fn set_reset_notification_control(client: &Client, value: u8) -> Result<(), ClientError> {
    let mut set = RESET_NOTIFICATION_CONTROL.to_vec();
    set.truncate(set.len() - 4);
    set.extend_from_slice(&[0x89, 0x03, 0xC1, 0x01, value]);
    let response = client.call_raw(0xD111, &set)?;
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    Ok(())
}

/// A lost request and a lost response both time out; what tells them apart
/// is whether the device acted: a Set Property whose request was dropped
/// changed nothing, one whose response was dropped did.
pub fn dropped_request_and_dropped_response(sim: &Simulator, client: &Client) {
    set_reset_notification_control(client, 0x00).unwrap();
    sim.inject(Fault::DropRequest);
    match set_reset_notification_control(client, 0x01) {
        Err(ClientError::Timeout { command_id, .. }) => assert_eq!(command_id, 0xD111),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(get_reset_notification_control(client), 0x00, "not applied");

    sim.inject(Fault::DropResponse);
    match set_reset_notification_control(client, 0x02) {
        Err(ClientError::Timeout { command_id, .. }) => assert_eq!(command_id, 0xD111),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(get_reset_notification_control(client), 0x02, "applied");
    set_reset_notification_control(client, 0x00).unwrap();
}

/// A response later than the call's timeout: the call times out, the
/// response arrives as an unmatched event with the call's reference number,
/// and the next call works.
pub fn delayed_response(sim: &Simulator, client: &Client, events: &Events, delay: Duration) {
    drain(events);
    sim.inject(Fault::Delay(delay));
    let reference = match echo(client, &[4]) {
        Err(ClientError::Timeout {
            command_id: 0xDF01,
            reference,
            waited,
        }) => {
            assert!(waited < delay);
            reference
        }
        other => panic!("expected a timeout, got {other:?}"),
    };
    let Event::UnmatchedResponse(late) =
        wait_event(events, |e| matches!(e, Event::UnmatchedResponse(_)))
    else {
        unreachable!()
    };
    assert_eq!(late.info.reference, reference);
    assert_eq!(late.info.id, 0xDF01);
    echo(client, &[5]).unwrap();
}

/// Takes every event already queued.
pub fn drain(events: &Events) {
    while events.try_recv().is_some() {}
}

/// Echo, property get/set (and a refused set of a read-only property).
pub fn echo_and_properties(client: &Client) {
    echo(client, &[1, 2, 3]).unwrap();
    echo(client, &[0xC0, 0xDB, 0xDC, 0xDD]).unwrap();
    assert_eq!(get_reset_notification_control(client), 0x00);
    let mut set = RESET_NOTIFICATION_CONTROL.to_vec();
    set.truncate(set.len() - 4);
    set.extend_from_slice(&[0x89, 0x03, 0xC1, 0x01, 0x05]);
    let response = client.call_raw(0xD111, &set).unwrap();
    assert_eq!(response.status, Some([0, 0, 0, 0]));
    assert_eq!(response.payload_body(), Some(set.as_slice()));
    assert_eq!(get_reset_notification_control(client), 0x05);

    // Device Model Name (2.1.2.2.2.1) is information: read-only.
    let mut name = vec![0x85, 0x01, 0x02, 0x87, 0x04, 0x01, 0x02, 0x02, 0x02];
    name.extend_from_slice(&[0x89, 0x02, 0xC1, 0x00]);
    let response = client.call_raw(0xD101, &name).unwrap();
    assert!(response
        .payload_body()
        .unwrap()
        .ends_with(b"DynaFlex Pro\0"));
    let mut set_name = name[..9].to_vec();
    set_name.extend_from_slice(&[0x89, 0x05, 0xC1, 0x03, b'a', b'b', b'c']);
    let response = client.call_raw(0xD111, &set_name).unwrap();
    assert_eq!(response.status, Some([0x80, 0x02, 0x01, 0x02]));
}

/// Sends a 640 KiB image and reads it back; SHA-256 checked on both trips.
pub fn file_round_trip(client: &Client) {
    let data = image();
    let mut progress_calls = 0;
    let sent = client
        .send_file(IMAGE_SLOT_1, &data, SendStart::Unsecured, &mut |_, _| {
            progress_calls += 1
        })
        .unwrap();
    assert_eq!(sent.final_status.to_bytes(), [0, 0, 0, 0]);
    assert!(progress_calls > 0);
    let received = client.get_file(IMAGE_SLOT_1, &mut |_, _| {}).unwrap();
    assert_eq!(received.data.len(), data.len());
    assert!(received.data == data, "the file read back differs");
    use sha2::Digest;
    assert_eq!(
        received.info.file_transfer_properties.hash_checksum[..],
        sha2::Sha256::digest(&data)[..]
    );
}

/// Start Transaction request body: 60 s timeout, all readers, Quick Chip.
pub fn start_transaction_body() -> Vec<u8> {
    let mut body = tlv(0x82, &[0x3C]);
    let mut readers = tlv(0x81, &[1]);
    readers.extend(tlv(0x82, &[1]));
    readers.extend(tlv(0x83, &[1]));
    body.extend(tlv(0xA3, &readers));
    body.extend(tlv(0x84, &[0x00, 0x03]));
    let mut data = tlv(0x9C, &[0]);
    data.extend([0x9F, 0x02, 0x06, 0, 0, 0, 0, 0x01, 0x00]);
    body.extend(tlv(0x86, &data));
    body
}

/// Starts a transaction and keeps calling Echo until the final 0x0105
/// notification; checks notifications arrived between calls.
pub fn transaction_with_commands_in_flight(client: &Client, events: &Events) {
    let response = client.call_raw(0x1001, &start_transaction_body()).unwrap();
    assert_eq!(response.status, Some([0x01, 0, 0, 0]), "OK, started");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut notifications = Vec::new();
    let mut echoes_between = 0;
    while Instant::now() < deadline {
        echo(client, &[0x42]).unwrap();
        if !notifications.is_empty() {
            echoes_between += 1;
        }
        while let Some(event) = events.try_recv() {
            if let Event::Notification(n) = event {
                let detail = n.detail.expect("a detail code").to_be_bytes();
                notifications.push((n.id, detail));
            }
        }
        if notifications.iter().any(|(id, _)| *id == 0x0105) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let ids: Vec<u16> = notifications.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [0x0101, 0x0101, 0x0101, 0x0105],
        "{notifications:02X?}"
    );
    assert_eq!(
        notifications[0].1,
        [0x20, 0x01, 0x04, 0x00],
        "card detected"
    );
    assert_eq!(
        notifications[3].1,
        [0x20, 0x02, 0x07, 0x00],
        "quick chip done"
    );
    assert!(echoes_between >= 2, "commands ran while notifications came");
}

/// Waits for the next event that `matches`, skipping others.
pub fn wait_event(events: &Events, matches: impl Fn(&Event) -> bool) -> Event {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match events.recv_timeout(left) {
            Ok(event) if matches(&event) => return event,
            Ok(_) => {}
            Err(_) => panic!("no matching event"),
        }
    }
}
