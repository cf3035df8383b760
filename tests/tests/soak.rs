//! The soak: thousands of connections and 100,000 commands with faults
//! against the simulator over every link (in-memory HID, a pseudo-terminal as
//! a serial port, WebSocket, and MQTT through a `mosquitto` process), reporting
//! commands done, errors by kind, and the process's threads, open file
//! descriptors and memory (from `/proc/self`) after a warm-up and at the end,
//! which must be flat. Ignored by default (minutes of work); one command runs it:
//!
//! ```sh
//! cargo test -p mms-tests --release --test soak -- --ignored --nocapture
//! ```
//!
//! `SOAK_COMMANDS` (default 100000) and `SOAK_CONNECTIONS` (default 2000)
//! scale it (each link gets a quarter); `SOAK_LINKS` (e.g. `Hid,Mqtt`) picks
//! links and `SOAK_FAULT_EVERY` (default 100) spaces the faults.
//! `SOAK_BROKER=embedded` runs MQTT through the in-process `rumqttd` instead
//! of a `mosquitto` process (the default): `rumqttd` keeps a log for every
//! topic it has seen, which a soak of new reply topics would count as ours
//! (see RELIABILITY.md).

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use mms_runtime::mqtt::{MqttOptions, MqttTransport, ReplyRoute};
use mms_runtime::serial::open_serial;
use mms_runtime::websocket::WebSocketTransport;
use mms_runtime::{Client, ClientError, ClientOptions, Transport};
use mms_sim::broker::{EmbeddedBroker, Mosquitto};
use mms_sim::mqtt::{start_readers, WlanReader};
use mms_sim::{DeviceConfig, Fault, Simulator};

const ECHO: u16 = 0xDF01;

/// A complete notification (Table 0104's example), for the HID interleave fault.
const NOTIFICATION: [u8; 14] = [
    0xAA, 0x00, 0x81, 0x04, 0x83, 0x00, 0x01, 0x05, 0x82, 0x04, 0x20, 0x00, 0x00, 0x00,
];

/// What `/proc/self` says about the process.
#[derive(Clone, Copy, Debug)]
struct Usage {
    threads: usize,
    fds: usize,
    rss_kib: usize,
}

/// `VmRSS` of a `/proc/PID/status` file, if it can be read.
fn rss_kib(path: &str) -> Option<usize> {
    let status = std::fs::read_to_string(path).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn usage() -> Usage {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let field = |name: &str| -> usize {
        let line = status.lines().find(|l| l.starts_with(name)).unwrap();
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    };
    Usage {
        threads: field("Threads:"),
        fds: std::fs::read_dir("/proc/self/fd").unwrap().count(),
        rss_kib: rss_kib("/proc/self/status").unwrap(),
    }
}

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Link {
    Hid,
    Pty,
    WebSocket,
    Mqtt,
}

/// The faults each link cycles through, one every [`fault_every`] commands.
fn faults(link: Link) -> Vec<Fault> {
    let mut faults = vec![
        Fault::DropResponse,
        Fault::DropRequest,
        Fault::Garbage(vec![0xDE, 0xAD, 0xBE, 0xEF]),
        Fault::Reorder,
    ];
    if link == Link::Hid {
        faults.extend([
            Fault::DropMiddle,
            Fault::RepeatMiddle,
            Fault::Cancel,
            Fault::Interleave(NOTIFICATION.to_vec()),
        ]);
    }
    // `SOAK_FAULTS=DropResponse,Reorder` keeps only those.
    if let Ok(only) = std::env::var("SOAK_FAULTS") {
        faults.retain(|f| {
            only.split(',')
                .any(|name| format!("{f:?}").starts_with(name))
        });
    }
    faults
}
/// One fault every this many commands (`SOAK_FAULT_EVERY`, default 100).
fn fault_every() -> usize {
    env_count("SOAK_FAULT_EVERY", 100).max(2)
}

/// Counters of one run.
#[derive(Default)]
struct Tally {
    ok: usize,
    errors: BTreeMap<String, usize>,
    faults: usize,
    connections: usize,
    /// Last commands of a connection that needed a second try.
    retried: usize,
}

impl Tally {
    fn error(&mut self, link: Link, error: &ClientError) {
        // The variant name: enough to tell timeouts from disconnects.
        let text = format!("{error:?}");
        let kind = text.split([' ', '(', '{']).next().unwrap_or("?");
        *self.errors.entry(format!("{link:?}/{kind}")).or_default() += 1;
    }
}

fn echo(client: &Client, data: &[u8]) -> Result<(), ClientError> {
    let mut body = vec![0x81, data.len() as u8];
    body.extend_from_slice(data);
    let response = client.call_raw(ECHO, &body)?;
    assert_eq!(response.status, Some([0; 4]));
    let echoed = response.payload_body().unwrap();
    assert_eq!(echoed, &body[..], "an answer to someone else's echo");
    Ok(())
}

fn options() -> ClientOptions {
    ClientOptions {
        // Faulted commands wait this long; generous for a loaded machine.
        timeout: Duration::from_millis(400),
        ..ClientOptions::default()
    }
}

/// The links' far ends, started once.
struct Rig {
    sim: Arc<Simulator>,
    pty: String,
    ws: String,
    broker: Broker,
    reader: WlanReader,
}

/// The MQTT broker of the soak (`SOAK_BROKER`, see the crate doc).
enum Broker {
    Embedded(EmbeddedBroker),
    Mosquitto(Mosquitto),
}

impl Broker {
    fn start() -> Broker {
        match std::env::var("SOAK_BROKER").as_deref() {
            Ok("embedded") => Broker::Embedded(EmbeddedBroker::start().unwrap()),
            Ok("mosquitto") | Err(_) => match Mosquitto::binary() {
                Some(_) => Broker::Mosquitto(Mosquitto::start().unwrap()),
                None => panic!(
                    "{} (or SOAK_BROKER=embedded)",
                    mms_sim::broker::MOSQUITTO_MISSING
                ),
            },
            Ok(other) => panic!("SOAK_BROKER={other}: `embedded` or `mosquitto`"),
        }
    }

    fn url(&self) -> String {
        match self {
            Broker::Embedded(b) => b.url(),
            Broker::Mosquitto(b) => b.url(),
        }
    }

    /// The broker's own RSS when it runs in a process of its own.
    fn rss_kib(&self) -> Option<usize> {
        match self {
            Broker::Embedded(_) => None,
            Broker::Mosquitto(b) => rss_kib(&format!("/proc/{}/status", b.pid()?)),
        }
    }
}

impl Rig {
    fn start() -> Rig {
        let sim = Arc::new(Simulator::default());
        let pty = sim.spawn_pty().unwrap().to_str().unwrap().to_owned();
        let ws = sim.spawn_ws().unwrap();
        let broker = Broker::start();
        let mqtt = self::mqtt_options(&broker);
        let reader = start_readers(&DeviceConfig::default(), &mqtt, 1, 0xB600_0001, |_, _| {})
            .unwrap()
            .remove(0);
        Rig {
            sim,
            pty,
            ws,
            broker,
            reader,
        }
    }

    fn simulator(&self, link: Link) -> &Simulator {
        match link {
            Link::Mqtt => self.reader.simulator(),
            _ => &self.sim,
        }
    }

    fn open(&self, link: Link) -> Box<dyn Transport> {
        let wait = Duration::from_secs(10);
        match link {
            Link::Hid => Box::new(self.sim.in_memory_hid()),
            Link::Pty => Box::new(open_serial(&self.pty).unwrap()),
            Link::WebSocket => Box::new(WebSocketTransport::connect(&self.ws, wait).unwrap()),
            Link::Mqtt => Box::new(
                MqttTransport::connect(
                    &mqtt_options(&self.broker),
                    &self.reader.identity.topics,
                    ReplyRoute::Private,
                )
                .unwrap(),
            ),
        }
    }

    /// `commands` echoes over `connections` successive connections on `link`,
    /// a fault every [`fault_every`] commands. The last command of every
    /// connection runs without a fault and must succeed: the client keeps working.
    fn run(&self, link: Link, commands: usize, connections: usize, tally: &mut Tally) {
        let faults = faults(link);
        let every = fault_every();
        let per_connection = commands.div_ceil(connections.max(1)).max(1);
        let mut done = 0;
        while done < commands {
            let (client, _events) = Client::with_options(self.open(link), options());
            tally.connections += 1;
            let n = per_connection.min(commands - done);
            for i in 0..n {
                let last = i + 1 == n;
                if !last && !faults.is_empty() && (done + i) % every == every / 2 {
                    let fault = faults[tally.faults % faults.len()].clone();
                    self.simulator(link).inject(fault);
                    tally.faults += 1;
                }
                let data = [(done + i) as u8, link as u8, (n - i) as u8];
                match echo(&client, &data) {
                    Ok(()) => tally.ok += 1,
                    Err(e) if last => {
                        // A loaded machine can miss 400 ms once; a client that
                        // stopped working misses again.
                        tally.error(link, &e);
                        tally.retried += 1;
                        if let Err(e) = echo(&client, &data) {
                            panic!("{link:?}: the client stopped working: {e}");
                        }
                    }
                    Err(e) => tally.error(link, &e),
                }
            }
            // A fault that found no message to apply to is not carried over.
            self.simulator(link).clear_faults();
            drop(client);
            done += n;
        }
    }
}

fn mqtt_options(broker: &Broker) -> MqttOptions {
    let mut options = MqttOptions::new(&broker.url()).unwrap();
    options.connect_timeout = Duration::from_secs(10);
    options
}

#[test]
#[ignore = "minutes of work: cargo test -p mms-tests --release --test soak -- --ignored --nocapture"]
fn soak_every_link_with_faults() {
    let commands = env_count("SOAK_COMMANDS", 100_000);
    let connections = env_count("SOAK_CONNECTIONS", 2_000);
    let links: Vec<Link> = [Link::Hid, Link::Pty, Link::WebSocket, Link::Mqtt]
        .into_iter()
        .filter(|l| {
            std::env::var("SOAK_LINKS").map_or(true, |only| only.contains(&format!("{l:?}")))
        })
        .collect();
    let rig = Rig::start();

    // Warm-up: lazy statics, thread pools and allocator arenas settle first.
    let mut warm = Tally::default();
    for &link in &links {
        rig.run(link, 400, 8, &mut warm);
    }
    std::thread::sleep(Duration::from_millis(500));
    let before = usage();
    let broker_before = rig.broker.rss_kib();
    let started = Instant::now();

    let mut tally = Tally::default();
    for &link in &links {
        let t = Instant::now();
        let ok = tally.ok;
        rig.run(link, commands / 4, connections / 4, &mut tally);
        println!(
            "{link:?}: {} commands ok in {:.1} s",
            tally.ok - ok,
            t.elapsed().as_secs_f64()
        );
    }
    // Connection threads end on their own; give them time under load.
    let mut after = usage();
    for _ in 0..50 {
        if after.threads <= before.threads && after.fds <= before.fds {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
        after = usage();
    }

    println!(
        "soak: {} commands ok, {} errors, {} faults, {} connections ({} last commands retried) in {:.1} s",
        tally.ok,
        tally.errors.values().sum::<usize>(),
        tally.faults,
        tally.connections,
        tally.retried,
        started.elapsed().as_secs_f64()
    );
    for (kind, n) in &tally.errors {
        println!("  {kind}: {n}");
    }
    println!("  before: {before:?}");
    println!("  after:  {after:?}");
    let broker_after = rig.broker.rss_kib();
    match rig.broker {
        Broker::Embedded(_) => println!("  broker: rumqttd, in this process"),
        Broker::Mosquitto(_) => println!(
            "  broker: mosquitto, its own RSS {broker_before:?} KiB -> {broker_after:?} KiB"
        ),
    }

    assert_eq!(
        tally.ok + tally.errors.values().sum::<usize>(),
        commands / 4 * links.len()
    );
    // Each fault costs at most its own command (and a reordered one the next).
    assert!(
        tally.errors.values().sum::<usize>() <= 2 * tally.faults + tally.retried,
        "{:?}",
        tally.errors
    );
    assert!(
        after.threads <= before.threads + 2,
        "{before:?} -> {after:?}"
    );
    assert!(after.fds <= before.fds + 4, "{before:?} -> {after:?}");
    // Memory: flat within the allocator's slack (not growing with the work done).
    assert!(
        after.rss_kib <= before.rss_kib + before.rss_kib / 2 + 16 * 1024,
        "{before:?} -> {after:?}"
    );
}
