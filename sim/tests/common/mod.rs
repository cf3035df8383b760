//! Host-side helpers shared by the simulator's tests.
#![allow(dead_code)]

use sha2::{Digest, Sha256};

/// One TLV with the shortest length field.
pub fn tlv(tag: &[u8], value: &[u8]) -> Vec<u8> {
    let (tag, _) = mms_codec::Tag::parse(tag, 0).unwrap();
    let mut out = Vec::new();
    mms_codec::write_tlv(&mut out, tag, mms_codec::LengthForm::Minimal, value);
    out
}

pub fn request(reference: u8, command: u16, params: &[u8]) -> Vec<u8> {
    let [c0, c1] = command.to_be_bytes();
    let mut out = vec![0xAA, 0x00];
    out.extend(tlv(&[0x81], &[0x01, reference, c0, c1]));
    let mut payload = vec![c0, c1];
    payload.extend_from_slice(params);
    out.extend(tlv(&[0x84], &payload));
    out
}

pub fn data_file(reference: u8, command: u16, file_id: [u8; 4], payload: &[u8]) -> Vec<u8> {
    let [c0, c1] = command.to_be_bytes();
    let mut info = vec![0x04, reference, c0, c1];
    info.extend_from_slice(&file_id);
    let mut out = vec![0xAA, 0x00];
    out.extend(tlv(&[0x81], &info));
    out.extend(tlv(&[0x84], payload));
    out
}

/// Status bytes of a response (`82 04 ss dd dd dd` right after the 6-byte info).
pub fn status(message: &[u8]) -> [u8; 4] {
    assert_eq!(&message[..3], &[0xAA, 0x00, 0x81]);
    assert_eq!(message[8], 0x82);
    message[10..14].try_into().unwrap()
}

pub fn notification_detail(message: &[u8]) -> (u16, [u8; 4]) {
    assert_eq!(message[4], 0x83, "not a notification: {message:02X?}");
    (
        u16::from_be_bytes([message[6], message[7]]),
        message[10..14].try_into().unwrap(),
    )
}

pub fn send_file_params(file_id: [u8; 4], data: &[u8]) -> Vec<u8> {
    let mut transfer = tlv(&[0x81], &(data.len() as u32).to_be_bytes());
    transfer.extend(tlv(&[0x82], &[0x04]));
    transfer.extend(tlv(&[0x83], &Sha256::digest(data)));
    let mut params = tlv(&[0x81], &file_id);
    params.extend(tlv(&[0xA2], &transfer));
    params.extend(tlv(&[0xA3], &tlv(&[0x81], b"image.bmp")));
    params
}

pub fn start_transaction_params(options: [u8; 2]) -> Vec<u8> {
    let mut params = tlv(&[0x82], &[0x3C]);
    let mut readers = tlv(&[0x81], &[0x01]);
    readers.extend(tlv(&[0x82], &[0x01]));
    readers.extend(tlv(&[0x83], &[0x01]));
    params.extend(tlv(&[0xA3], &readers));
    params.extend(tlv(&[0x84], &options));
    let mut data = tlv(&[0x9C], &[0x00]);
    data.extend(tlv(&[0x9F, 0x02], &[0, 0, 0, 0, 0x01, 0x00]));
    params.extend(tlv(&[0x86], &data));
    params
}

/// The payload of a data file message to the host (after `84 len`).
pub fn data_file_payload(message: &[u8]) -> &[u8] {
    assert_eq!(message[4], 0x84, "not a data file message");
    let len_byte = message[13];
    let skip = if len_byte < 0x80 {
        1
    } else {
        1 + usize::from(len_byte & 0x7F)
    };
    &message[13 + skip..]
}
