//! Load through one local broker: N simulated WLAN readers, one client per
//! reader sending M Echo commands back to back, while notifications flow to
//! every client. Prints commands/s, p50/p99 latency, lost and mismatched
//! responses, next to a baseline run in the same process (one reader, no
//! broker, in memory). Not a test: nothing is asserted.
//!
//! ```sh
//! cargo bench -p mms-bench --bench mqtt_load            # 100 readers x 1,000 commands
//! MMS_LOAD_READERS=10 MMS_LOAD_COMMANDS=200 cargo bench -p mms-bench --bench mqtt_load
//! ```
//!
//! Uses `mosquitto` when installed, otherwise the embedded broker.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mms_runtime::mqtt::{BridgeEvent, MqttLink, MqttOptions, MqttTransport, ReplyRoute};
use mms_runtime::{Client, ClientOptions, Event};
use mms_sim::broker::{EmbeddedBroker, Mosquitto};
use mms_sim::mqtt::start_readers;
use mms_sim::{DeviceConfig, Simulator};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[derive(Default)]
struct Tally {
    latencies: Vec<Duration>,
    lost: u64,
    mismatched: u64,
    /// Why calls were lost: the first few errors, as text.
    errors: Vec<String>,
}

/// Sends `commands` Echo calls with data unique to (`reader`, call) and checks each answer.
fn run_client(client: &Client, reader: usize, commands: usize) -> Tally {
    let mut tally = Tally::default();
    for i in 0..commands {
        let data = [(reader >> 8) as u8, reader as u8, (i >> 8) as u8, i as u8];
        let body = [&[0x81, 4][..], &data].concat();
        let started = Instant::now();
        match client.call_raw(0xDF01, &body) {
            Ok(r) if r.payload_body() == Some(&body[..]) => tally.latencies.push(started.elapsed()),
            Ok(_) => tally.mismatched += 1,
            Err(e) => {
                tally.lost += 1;
                if tally.errors.len() < 3 {
                    let at = started.elapsed().as_secs_f64();
                    tally.errors.push(format!(
                        "reader {reader}, call {i} (gave up after {at:.1} s): {e}"
                    ));
                }
            }
        }
    }
    tally
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

fn report(label: &str, tallies: Vec<Tally>, elapsed: Duration) {
    let mut all: Vec<Duration> = tallies.iter().flat_map(|t| t.latencies.clone()).collect();
    all.sort();
    let lost: u64 = tallies.iter().map(|t| t.lost).sum();
    let mismatched: u64 = tallies.iter().map(|t| t.mismatched).sum();
    println!(
        "{label}: {} answered in {:.1} s = {:.0} commands/s; p50 {:.2} ms, p99 {:.2} ms, max {:.0} ms; lost {lost}, mismatched {mismatched}",
        all.len(),
        elapsed.as_secs_f64(),
        all.len() as f64 / elapsed.as_secs_f64(),
        percentile(&all, 0.50).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3,
        percentile(&all, 1.0).as_secs_f64() * 1e3,
    );
    for error in tallies.iter().flat_map(|t| &t.errors).take(10) {
        println!("  lost: {error}");
    }
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs it with no
    // such flag: keep that run tiny.
    let benching = std::env::args().any(|a| a == "--bench");
    let readers_n = env("MMS_LOAD_READERS", if benching { 100 } else { 2 });
    let commands = env("MMS_LOAD_COMMANDS", if benching { 1000 } else { 10 });
    let client_options = ClientOptions {
        timeout: Duration::from_secs(10),
        ..ClientOptions::default()
    };

    // Baseline: one reader in memory, no broker.
    let sim = Simulator::new(DeviceConfig::default());
    let (client, _events) = Client::with_options(sim.in_memory(), client_options.clone());
    let started = Instant::now();
    let tally = run_client(&client, 0, commands);
    report(
        "baseline (1 reader, in memory)",
        vec![tally],
        started.elapsed(),
    );
    drop(client);
    sim.shutdown();

    let mosquitto = Mosquitto::binary().and_then(|_| Mosquitto::start().ok());
    let embedded;
    let url = match &mosquitto {
        Some(m) => m.url(),
        None => {
            embedded = EmbeddedBroker::start().expect("embedded broker");
            embedded.url()
        }
    };
    let broker_name = if mosquitto.is_some() {
        "mosquitto"
    } else {
        "embedded rumqttd"
    };
    let mqtt = MqttOptions::new(&url).unwrap();
    let setup = Instant::now();
    // Whatever a bridge reports besides a served command: a dropped request
    // or response, a device that did not answer, a lost broker connection.
    let bridge_trouble = Arc::new(AtomicU64::new(0));
    let trouble = bridge_trouble.clone();
    let readers = start_readers(
        &DeviceConfig::default(),
        &mqtt,
        readers_n,
        0xB600_0001,
        move |serial, event| {
            if !matches!(event, BridgeEvent::Served { .. } | BridgeEvent::Online)
                && trouble.fetch_add(1, Ordering::Relaxed) < 10
            {
                println!("  bridge {serial}: {event}");
            }
        },
    )
    .expect("readers start");
    let clients: Vec<_> = readers
        .iter()
        .map(|r| {
            let (mqtt, topics) = (MqttOptions::new(&url).unwrap(), r.identity.topics.clone());
            Client::connect_with(
                move || MqttTransport::connect(&mqtt, &topics, ReplyRoute::Private),
                client_options.clone(),
            )
            .expect("client connects")
        })
        .collect();
    println!(
        "{readers_n} readers and {readers_n} clients connected to {broker_name} in {:.1} s",
        setup.elapsed().as_secs_f64()
    );

    // Notifications: a Device Information Update-like message on every
    // reader's server topic, 10 per reader per second.
    let done = Arc::new(AtomicBool::new(false));
    let published = Arc::new(AtomicU64::new(0));
    let notifier = {
        let (done, published) = (done.clone(), published.clone());
        let servers: Vec<String> = readers
            .iter()
            .map(|r| r.identity.topics.server.clone())
            .collect();
        let link = MqttLink::connect(&MqttOptions::new(&url).unwrap(), &[], None, true).unwrap();
        std::thread::spawn(move || {
            let notification = vec![
                0xAA, 0x00, 0x81, 0x04, 0x83, 0x00, 0x10, 0x01, 0x82, 0x04, 0, 0, 0, 0,
            ];
            while !done.load(Ordering::SeqCst) {
                for topic in &servers {
                    if link.publish(topic, notification.clone(), false).is_ok() {
                        published.fetch_add(1, Ordering::Relaxed);
                    }
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };

    let started = Instant::now();
    let tallies: Vec<Tally> = std::thread::scope(|scope| {
        let handles: Vec<_> = clients
            .iter()
            .enumerate()
            .map(|(i, (client, _))| scope.spawn(move || run_client(client, i, commands)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let elapsed = started.elapsed();
    done.store(true, Ordering::SeqCst);
    notifier.join().unwrap();
    let (mut received, mut late, mut other) = (0, 0, Vec::new());
    for (_, events) in &clients {
        for event in std::iter::from_fn(|| events.try_recv()) {
            match event {
                Event::Notification(_) => received += 1,
                // An answer that came after its call gave up.
                Event::UnmatchedResponse(_) => late += 1,
                e => {
                    if other.len() < 10 {
                        other.push(format!("{e:?}"));
                    }
                }
            }
        }
    }
    report(
        &format!("{readers_n} readers x {commands} commands through {broker_name}"),
        tallies,
        elapsed,
    );
    println!(
        "notifications: {} published, {received} received by the clients (event queues hold 4096 each)",
        published.load(Ordering::Relaxed)
    );
    println!(
        "bridge events other than served commands: {}",
        bridge_trouble.load(Ordering::Relaxed)
    );
    println!("late answers (after their call gave up): {late}");
    for e in other {
        println!("  client event: {e}");
    }
    drop(clients);
    for r in readers {
        let _ = r.stop();
    }
}
