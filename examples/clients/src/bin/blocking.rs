//! The blocking client against the built-in simulator: an echo, a file both
//! ways, and a transaction whose notifications arrive while calls go on.
//!
//! `cargo run -p mms-example-clients --bin blocking`. With a reader, open
//! `mms_runtime::hid::open_hid(&HidSelector::First)?` or
//! `mms_runtime::serial::open_serial("/dev/ttyACM0")?` instead.

use std::time::Duration;

use mms_protocol::generated::commands::echo;
use mms_protocol::generated::file_types::FileType;
use mms_runtime::files::SendStart;
use mms_runtime::{Client, ClientOptions, Event};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = mms_sim::Simulator::default();
    let (client, events) = Client::with_options(sim.in_memory_hid(), ClientOptions::default());

    let request = echo::Request {
        data_to_be_echoed: Some(b"hello".to_vec()),
        ..Default::default()
    };
    let response = client.call(&request)?;
    println!(
        "echo: {:?} ({})",
        response.payload.data_being_echoed, response.status
    );

    let image = vec![0x5A; 20 * 1024];
    let slot = FileType(0x0200_0000);
    let sent = client.send_file(slot, &image, SendStart::Unsecured, &mut |done, total| {
        if done == total {
            println!("sent {total} bytes");
        }
    })?;
    let back = client.get_file(slot, &mut |_, _| {})?;
    println!(
        "final status {}, read back {} bytes",
        sent.final_status,
        back.data.len()
    );

    // Start Transaction (Quick Chip, 60 s, all readers), then wait for its end.
    let mut start = vec![
        0x82, 0x01, 0x3C, 0xA3, 0x09, 0x81, 0x01, 0x01, 0x82, 0x01, 0x01,
    ];
    start.extend([0x83, 0x01, 0x01, 0x84, 0x02, 0x00, 0x03]);
    start.extend([
        0x86, 0x0C, 0x9C, 0x01, 0x00, 0x9F, 0x02, 0x06, 0, 0, 0, 0, 0x01, 0x00,
    ]);
    client.call_raw(0x1001, &start)?;
    while let Ok(event) = events.recv_timeout(Duration::from_secs(10)) {
        if let Event::Notification(n) = event {
            println!("notification {:04X}, detail {:08X?}", n.id, n.detail);
            if n.id == 0x0105 {
                break;
            }
        }
    }
    client.close();
    sim.shutdown();
    Ok(())
}
