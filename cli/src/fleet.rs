//! `mms fleet`: the readers on a broker (from their retained status and
//! their traffic), live; and one command sent to many readers, answers in a table.

use std::collections::BTreeMap;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, UNIX_EPOCH};

use anyhow::{anyhow, bail, Result};
use mms_runtime::mqtt::{LinkEvent, MqttLink, MqttTransport, ReplyRoute, Topics, SERVER_PREFIX};
use mms_runtime::{Client, ClientOptions};
use mms_spec::Spec;
use serde_json::{json, Value};

use crate::mqtt::MqttArgs;

/// Arguments of `mms fleet`.
#[derive(clap::Args, Debug)]
pub struct FleetArgs {
    /// The broker (mqtt://HOST, mqtt://HOST:PORT or mqtts://...).
    #[arg(long, value_name = "URL")]
    pub mqtt: String,
    #[command(flatten)]
    pub mqtt_args: MqttArgs,
    /// Seconds to gather statuses before printing (retained ones arrive at once).
    #[arg(long, value_name = "SECONDS", default_value_t = 1.0)]
    pub wait: f64,
    /// Keep watching after the first list: print each reader again whenever
    /// its status changes, until Ctrl-C.
    #[arg(long)]
    pub watch: bool,
    /// One JSON object per reader: `model`, `serial`, `status`, `last_seen`.
    #[arg(long)]
    pub json: bool,
    /// Send this command (name or ID, as for `mms send`) to every online
    /// reader, or those of --readers, and print the answers as a table.
    #[arg(long, value_name = "COMMAND")]
    pub send: Option<String>,
    /// A request field for --send, `KEY=VALUE` (as for `mms send`).
    #[arg(long = "field", short = 'f', value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// Only these readers (serial numbers, comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "SERIAL,...")]
    pub readers: Vec<String>,
    /// Seconds to wait for each answer to --send.
    #[arg(long, value_name = "SECONDS", default_value_t = 5.0)]
    pub response_timeout: f64,
}

/// What is known about one reader.
#[derive(Clone, Debug, Default)]
struct Reader {
    status: String,
    /// Unix seconds of the newest status or message seen.
    last_seen: Option<u64>,
}

type Fleet = BTreeMap<(String, String), Reader>;

fn now() -> u64 {
    mms_runtime::mqtt::unix_now()
}

fn rfc3339(seconds: u64) -> String {
    humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_secs(seconds)).to_string()
}

/// Updates `fleet` from one message; returns the reader it was about when
/// its status changed.
fn observe(fleet: &mut Fleet, topic: &str, payload: &[u8]) -> Option<(String, String)> {
    let rest = topic.strip_prefix(SERVER_PREFIX)?.strip_prefix('/')?;
    let levels: Vec<&str> = rest.split('/').collect();
    let (model, serial) = (levels.first()?.to_string(), levels.get(1)?.to_string());
    let key = (model, serial);
    let reader = fleet.entry(key.clone()).or_insert_with(|| Reader {
        status: "unknown".into(),
        last_seen: None,
    });
    match levels.get(2..) {
        Some(["status"]) => {
            let value: Value = serde_json::from_slice(payload).unwrap_or_else(|_| {
                // A plain `online` / `offline` text status.
                json!({ "status": String::from_utf8_lossy(payload).trim() })
            });
            let status = value["status"].as_str().unwrap_or("unknown").to_owned();
            if let Some(since) = value["since"].as_u64() {
                reader.last_seen = reader.last_seen.max(Some(since));
            }
            let changed = reader.status != status;
            reader.status = status;
            changed.then_some(key)
        }
        // Traffic from the reader (responses, notifications, private replies).
        _ => {
            reader.last_seen = Some(now());
            None
        }
    }
}

fn reader_json(key: &(String, String), reader: &Reader) -> Value {
    json!({
        "model": key.0,
        "serial": key.1,
        "status": reader.status,
        "last_seen": reader.last_seen.map(rfc3339),
    })
}

fn print_reader(key: &(String, String), reader: &Reader, json: bool) {
    if json {
        println!("{}", reader_json(key, reader));
    } else {
        let seen = reader.last_seen.map_or_else(|| "-".to_owned(), rfc3339);
        println!("{:<20} {:<16} {:<8} {seen}", key.0, key.1, reader.status);
    }
}

fn seconds(value: f64, what: &str) -> Result<Duration> {
    if !(value.is_finite() && value >= 0.0) {
        bail!("{what} must be a number of seconds");
    }
    Ok(Duration::from_secs_f64(value.min(86_400.0)))
}

/// Runs `mms fleet`.
pub fn run(args: &FleetArgs, spec: &Spec) -> Result<()> {
    let options = args.mqtt_args.options(&args.mqtt)?;
    let wait = seconds(args.wait, "--wait")?;
    let filters = [
        format!("{SERVER_PREFIX}/+/+/status"),
        format!("{SERVER_PREFIX}/+/+"),
    ];
    let link = MqttLink::connect(&options, &filters, None, true)
        .map_err(|e| anyhow!("{e}; check the broker URL, credentials and certificates"))?;
    let mut fleet = Fleet::new();
    let deadline = Instant::now() + wait;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Some(LinkEvent::Message { topic, payload, .. }) =
            link.recv(left).map_err(|e| anyhow!("{e}"))?
        {
            observe(&mut fleet, &topic, &payload);
        }
    }
    if let Some(command) = &args.send {
        return send_to_many(args, spec, &options, &fleet, command);
    }
    if !args.json {
        println!("{:<20} {:<16} {:<8} LAST SEEN", "MODEL", "SERIAL", "STATUS");
    }
    for (key, reader) in &fleet {
        print_reader(key, reader, args.json);
    }
    if !args.watch {
        return Ok(());
    }
    let stop = crate::listen::interrupted();
    while !stop.load(Ordering::SeqCst) {
        match link
            .recv(Duration::from_millis(200))
            .map_err(|e| anyhow!("{e}"))?
        {
            Some(LinkEvent::Message { topic, payload, .. }) => {
                if let Some(key) = observe(&mut fleet, &topic, &payload) {
                    print_reader(&key, &fleet[&key], args.json);
                }
            }
            Some(LinkEvent::Down(why)) => {
                eprintln!("fleet: broker connection lost ({why}); reconnecting")
            }
            _ => {}
        }
    }
    Ok(())
}

/// One answer for the table.
struct Answer {
    key: (String, String),
    result: Result<(Option<[u8; 4]>, Vec<u8>), String>,
    elapsed: Duration,
}

fn send_to_many(
    args: &FleetArgs,
    spec: &Spec,
    options: &mms_runtime::mqtt::MqttOptions,
    fleet: &Fleet,
    command: &str,
) -> Result<()> {
    let command = crate::send::resolve_command(spec, command)?;
    let body = crate::send::build_request(command, spec, &args.fields)?;
    let timeout =
        seconds(args.response_timeout, "--response-timeout")?.max(Duration::from_millis(10));
    let targets: Vec<(String, String)> = fleet
        .iter()
        .filter(|(key, reader)| {
            if args.readers.is_empty() {
                reader.status == "online"
            } else {
                args.readers.contains(&key.1)
            }
        })
        .map(|(key, _)| key.clone())
        .collect();
    if targets.is_empty() {
        bail!("no reader to send to: none is online on the broker (or none of --readers was seen)");
    }
    let id = command.id.0;
    let answers: Vec<Answer> = std::thread::scope(|scope| {
        let handles: Vec<_> = targets
            .iter()
            .map(|key| {
                let body = &body;
                scope.spawn(move || {
                    let started = Instant::now();
                    let mut mqtt = options.clone();
                    mqtt.client_id = mms_runtime::mqtt::unique_client_id("mms-fleet");
                    let topics = Topics::magtek(&key.0, &key.1);
                    let result = MqttTransport::connect(&mqtt, &topics, ReplyRoute::Private)
                        .map_err(|e| e.to_string())
                        .and_then(|transport| {
                            let client_options = ClientOptions {
                                timeout,
                                ..ClientOptions::default()
                            };
                            let (client, _events) = Client::with_options(transport, client_options);
                            client
                                .call_raw(id, body)
                                .map(|r| (r.status, r.envelope.encode()))
                                .map_err(|e| e.to_string())
                        });
                    Answer {
                        key: key.clone(),
                        result,
                        elapsed: started.elapsed(),
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a send thread panicked"))
            .collect()
    });
    if !args.json {
        println!(
            "{:<20} {:<16} {:<9} {:>7}  ANSWER",
            "MODEL", "SERIAL", "STATUS", "MS"
        );
    }
    let mut failures = 0;
    for answer in &answers {
        let ms = answer.elapsed.as_millis();
        match &answer.result {
            Ok((status, message)) => {
                let status_hex =
                    status.map_or_else(|| "-".into(), |s| mms_dissect::values::hex(&s));
                let decoded = mms_dissect::dissect(message, spec);
                let summary = decoded["status"]["summary"]
                    .as_str()
                    .unwrap_or("")
                    .to_owned();
                if !status.is_some_and(mms_runtime::status_is_ok) {
                    failures += 1;
                }
                if args.json {
                    println!(
                        "{}",
                        json!({"model": answer.key.0, "serial": answer.key.1, "ok": status.is_some_and(mms_runtime::status_is_ok),
                               "status": status_hex, "summary": summary, "ms": ms as u64, "response": decoded})
                    );
                } else {
                    println!(
                        "{:<20} {:<16} {:<9} {ms:>7}  {summary}",
                        answer.key.0, answer.key.1, status_hex
                    );
                }
            }
            Err(e) => {
                failures += 1;
                if args.json {
                    println!(
                        "{}",
                        json!({"model": answer.key.0, "serial": answer.key.1, "ok": false, "error": e, "ms": ms as u64})
                    );
                } else {
                    println!(
                        "{:<20} {:<16} {:<9} {ms:>7}  error: {e}",
                        answer.key.0, answer.key.1, "-"
                    );
                }
            }
        }
    }
    if failures > 0 {
        bail!("{failures} of {} readers did not answer OK", answers.len());
    }
    Ok(())
}
