//! The async client against the built-in simulator: tasks sharing one
//! client, and a task that follows the notifications as a stream.
//!
//! `cargo run -p mms-example-clients --bin nonblocking`. With a reader, use
//! `on_thread(mms_runtime::hid::open_hid(&HidSelector::First)?)`,
//! `open_serial_async("/dev/ttyACM0")?` or
//! `AsyncWebSocketTransport::connect("ws://10.0.0.5/", timeout).await?`.

use std::time::Duration;

use mms_protocol::generated::commands::echo;
use mms_runtime::nonblocking::{on_thread, AsyncClient};
use mms_runtime::{ClientOptions, Event};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sim = mms_sim::Simulator::default();
    let (client, mut events) =
        AsyncClient::new(on_thread(sim.in_memory_hid()), ClientOptions::default());

    // A listener task: every subscriber sees every event.
    let listener = tokio::spawn(async move {
        while let Some(event) = events.next().await {
            if let Event::Notification(n) = event {
                println!("notification {:04X}, detail {:08X?}", n.id, n.detail);
                if n.id == 0x0105 {
                    break;
                }
            }
        }
    });

    // Start Transaction (Quick Chip, 60 s, all readers).
    let mut start = vec![
        0x82, 0x01, 0x3C, 0xA3, 0x09, 0x81, 0x01, 0x01, 0x82, 0x01, 0x01,
    ];
    start.extend([0x83, 0x01, 0x01, 0x84, 0x02, 0x00, 0x03]);
    start.extend([
        0x86, 0x0C, 0x9C, 0x01, 0x00, 0x9F, 0x02, 0x06, 0, 0, 0, 0, 0x01, 0x00,
    ]);
    client.call_raw(0x1001, &start).await?;

    // Meanwhile, ten tasks share the client; calls are served in turn.
    let mut tasks = Vec::new();
    for i in 0..10u8 {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let request = echo::Request {
                data_to_be_echoed: Some(vec![i]),
                ..Default::default()
            };
            client
                .call(&request)
                .await
                .map(|r| r.payload.data_being_echoed)
        }));
    }
    for task in tasks {
        println!("echoed {:?}", task.await??);
    }
    tokio::time::timeout(Duration::from_secs(10), listener).await??;
    Ok(())
}
