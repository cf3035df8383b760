//! Arbitrary host messages into the simulated `Device`: never a panic, and
//! everything the device sends is a well-formed MMS message. The first byte
//! picks the device's configuration (see `config`), so the paths of a reader
//! without a display and of each firmware fault are reachable too. The rest is
//! handled whole, then cut into messages by a leading length byte each, with
//! the clock moving on between them so scheduled notifications fire too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_protocol::Envelope;
use mms_sim::{
    default_selection, Device, DeviceConfig, FirmwareFault, MessageKind, Outgoing, SignatureOutcome,
};
use std::time::{Duration, Instant};

/// Bit 0: a reader without a display (it asks the host for the cardholder's
/// selection); bits 1-2: what the cardholder does when asked to sign; bits
/// 3-5: a firmware fault (1 to 4, in `FirmwareFault::NAMES` order); bit 6:
/// a cardholder who takes an hour to present a card (so a transaction's own
/// timeout ends it); bit 7: limits of 64 bytes on firmware images, files
/// and user files (so an input of a few KiB can pass them). `0` is
/// `DeviceConfig::default()`; the seed sessions recorded by the tests
/// (`record_sim_session`) start with the byte of their simulator.
fn config(byte: u8) -> (DeviceConfig, Option<FirmwareFault>) {
    let mut config = DeviceConfig::default();
    if byte & 1 != 0 {
        config.ui.selection = Some(default_selection());
    }
    if byte & 0x40 != 0 {
        config.card_delay = Duration::from_secs(3600);
    }
    if byte & 0x80 != 0 {
        config.firmware.max_image_len = 64;
        config.max_file_len = 64;
        config.max_user_file_len = 64;
    }
    config.ui.signature = match (byte >> 1) & 3 {
        1 => SignatureOutcome::TimesOut,
        2 => SignatureOutcome::NoHardware,
        _ => SignatureOutcome::Signs,
    };
    let fault = FirmwareFault::NAMES
        .get(usize::from((byte >> 3) & 7).wrapping_sub(1))
        .map(|(_, fault)| *fault);
    (config, fault)
}

fn check(out: Vec<Outgoing>) {
    for outgoing in out {
        // Not a message: the device resets after a firmware commit (its links drop).
        if outgoing.kind == MessageKind::Reset {
            assert!(
                outgoing.message.is_empty(),
                "a reset with bytes: {outgoing:?}"
            );
            continue;
        }
        if let Err(error) = Envelope::decode(&outgoing.message) {
            panic!("the device sent a bad message ({error}): {:02X?}", outgoing.message);
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&byte, data)) = data.split_first() else {
        return;
    };
    let (config, fault) = config(byte);
    let mut device = Device::new(config);
    device.set_firmware_fault(fault);
    let mut now = Instant::now();
    check(device.handle(data, now));
    let mut rest = data;
    while let Some((&len, tail)) = rest.split_first() {
        let (message, next) = tail.split_at(usize::from(len).min(tail.len()));
        check(device.handle(message, now));
        now += Duration::from_millis(u64::from(len) * 4);
        check(device.poll(now));
        rest = next;
    }
    check(device.poll(now + Duration::from_secs(120)));
    let _ = device.take_rejected();
});
