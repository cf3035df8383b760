//! `mms demo`: a short guided tour against the built-in simulator, showing
//! every message decoded.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use mms_spec::Spec;

use crate::connect::{self, Direction, TransportArgs};
use mms_dissect::{render, RenderOptions};

/// Arguments of `mms demo`.
#[derive(clap::Args, Debug)]
pub struct DemoArgs {
    /// Show long values in full instead of their first bytes.
    #[arg(long)]
    pub full: bool,
}

fn step(title: &str, what: &str) {
    println!("\n=== {title} ===\n{what}");
}

/// Runs `mms demo`.
pub fn run(args: &DemoArgs, spec: &Spec) -> Result<()> {
    let opts = RenderOptions {
        max_bytes: (!args.full).then_some(24),
        hide_roundtrip: true,
    };
    let tap_spec = Arc::new(spec.clone());
    let bar_slot = crate::files::BarSlot::default();
    let tap_bar = bar_slot.clone();
    let tap: connect::Tap = Arc::new(move |direction, message| {
        let arrow = match direction {
            Direction::Sent => "host -> device:",
            Direction::Received => "device -> host:",
        };
        let decoded = mms_dissect::dissect(message, &tap_spec);
        let text = render(&decoded, &tap_spec, opts);
        let indented: String = text.lines().map(|l| format!("    {l}\n")).collect();
        crate::files::print_around(&tap_bar, &format!("  {arrow}\n{indented}\n"));
    });
    let transport = TransportArgs {
        sim: true,
        response_timeout: 5.0,
        ..TransportArgs::default()
    };
    let conn = connect::connect(&transport, spec, Some(tap.clone()))?;
    let client = &conn.client;
    println!("mms demo: a tour of the MMS protocol against the built-in simulator (a DynaFlex-like reader).");

    step(
        "1. Echo (0xDF01)",
        "The device returns the bytes it is sent: a quick check that the link works.",
    );
    client
        .call_raw(0xDF01, &[0x81, 0x03, 0x01, 0x02, 0x03])
        .map_err(connect::call_error)?;

    step(
        "2. Get Property (0xD101)",
        "Properties are addressed by OID; 2.1.2.2.2.1 is the device model name.",
    );
    let body = crate::props::request_body(&[2, 1, 2, 2, 2, 1], None)?;
    client
        .call_raw(crate::props::GET_PROPERTY, &body)
        .map_err(connect::call_error)?;

    step(
        "3. Set Property (0xD111)",
        "Setting 1.2.7.1.1.1 (Device Reset Occurred Notification Control) to 01.",
    );
    let body = crate::props::request_body(&[1, 2, 7, 1, 1, 1], Some(&[0x01]))?;
    let reply = client
        .call_raw(crate::props::SET_PROPERTY, &body)
        .map_err(connect::call_error)?;
    if reply.status.is_none_or(|s| s[0] >= 0x80) {
        bail!("the simulator refused Set Property");
    }

    step(
        "4. Send a file (0xD812, then a data file message)",
        "A 20 KiB image goes to file type 02000000; the device checks its length and SHA-256.",
    );
    let image: Vec<u8> = (0..20 * 1024u32).map(|i| (i * 7 % 251) as u8).collect();
    let summary = crate::files::send_file(client, spec, 0x0200_0000, &image, Some(&bar_slot))?;
    println!("  {summary}");
    let back = client
        .get_file(
            mms_protocol::generated::file_types::FileType(0x0200_0000),
            &mut |_, _| {},
        )
        .map_err(connect::call_error)?;
    if back.data != image {
        bail!("the file read back with 0xD821 differs from the one sent");
    }
    println!(
        "  read back with 0xD821: {} bytes, identical",
        back.data.len()
    );

    step(
        "5. A transaction (0x1001) and its notifications",
        "Start Transaction for 12.34 USD with a 60 s timeout; the simulated cardholder taps a card, the device reports each step, and the ARQC it sends is decrypted with the public X9.24-3 AES test BDK (the simulator's key; never a production key).",
    );
    transaction(client)?;
    step(
        "6. A cardholder signature (0x1801)",
        "The device asks the cardholder to sign, reports the signature ready (0x1805), and the host fetches the Signature Capture File (0xD821) and draws its pen strokes.",
    );
    crate::ui::demo_signature(client)?;

    step(
        "7. Firmware update (0xD801, 0xD901, notifications 0x0905-0x0907)",
        "A 32 KiB image is loaded as one multi-packet message, committed, and the device resets; the client reconnects and reads the firmware identification again.",
    );
    firmware_update(spec, tap.clone(), &bar_slot)?;

    step(
        "8. Echo over MQTT (a WLAN reader)",
        "WLAN readers such as the DynaFlex II PED speak MMS through an MQTT broker: here a broker in this process, one simulated reader on its topics, and an Echo through them.",
    );
    mqtt_echo(spec, tap)?;

    println!("\nDone. Try `mms send --sim echo --field 81=0102`, `mms props get --sim 2.1.2.2.2.1` or `mms listen --help`.");
    Ok(())
}

/// Updates the firmware of a simulator whose link drops at the reset and
/// comes back (a connection that reconnects), every message shown by `tap`.
fn firmware_update(spec: &Spec, tap: connect::Tap, slot: &crate::files::BarSlot) -> Result<()> {
    let transport = TransportArgs {
        sim: true,
        response_timeout: 5.0,
        ..TransportArgs::default()
    };
    let conn = connect::connect_reconnecting(&transport, spec, Some(tap))?;
    let image = mms_sim::firmware::image("1000007183-B1-PCI", 32 * 1024);
    let mut update = mms_runtime::firmware::FirmwareUpdate::new(&image);
    update.notification_timeout = Duration::from_secs(10);
    update.reset_timeout = Duration::from_secs(10);
    crate::firmware::run_update(&conn.client, spec, &update, None, Some(slot))?;
    Ok(())
}

/// Runs a 12.34 USD contactless transaction with the typed flow and prints
/// its ARQC decrypted, by EMV tag name (card data masked).
fn transaction(client: &mms_runtime::Client) -> Result<()> {
    use mms_emv::{Amount, Currency, Dictionary, ShowOptions, StartTransaction};
    use mms_runtime::transaction::{Readers, TransactionEvent, TransactionRequest};

    let sale = StartTransaction::new(Amount::parse_decimal("12.34", 2)?).currency(Currency::USD);
    let request = TransactionRequest::new(sale).readers(Readers::CONTACTLESS);
    let mut transaction = client
        .start_transaction(&request)
        .map_err(connect::call_error)?;
    let key = mms_sim::transaction::test_key()?;
    while let Some(event) = transaction.next_event(Duration::from_secs(5))? {
        match event {
            TransactionEvent::Arqc(arqc) => {
                let listing =
                    arqc.render(Some(&key), Dictionary::builtin(), ShowOptions::default());
                let indented: String = listing.lines().map(|l| format!("    {l}\n")).collect();
                println!(
                    "  the ARQC, decrypted (`mms arqc --bdk KEY HEX` does the same):\n{indented}"
                );
            }
            TransactionEvent::Outcome(outcome) => println!("  {outcome}"),
            _ => {}
        }
    }
    Ok(())
}

/// Starts the embedded broker and one simulated WLAN reader on it, and sends
/// an Echo to the reader through the broker (messages shown by `tap`).
fn mqtt_echo(spec: &Spec, tap: connect::Tap) -> Result<()> {
    let broker = mms_sim::broker::EmbeddedBroker::start()
        .context("cannot start the embedded MQTT broker")?;
    let url = broker.url();
    let mqtt_args = crate::mqtt::MqttArgs {
        qos: 1,
        ..Default::default()
    };
    let readers = mms_sim::mqtt::start_readers(
        &connect::sim_config(spec),
        &mqtt_args.options(&url)?,
        1,
        0xB600_0001,
        |_, _| {},
    )
    .map_err(|e| anyhow!("the simulated WLAN reader did not start: {e}"))?;
    let identity = &readers[0].identity;
    println!(
        "  broker {url}; reader {} {} on topics {} / {}",
        identity.model, identity.serial, identity.topics.device, identity.topics.server
    );
    let transport = TransportArgs {
        mqtt: Some(url),
        reader: Some(format!("{}/{}", identity.model, identity.serial)),
        mqtt_args,
        response_timeout: 5.0,
        ..TransportArgs::default()
    };
    let conn = connect::connect(&transport, spec, Some(tap))?;
    conn.client
        .call_raw(0xDF01, &[0x81, 0x03, 0x04, 0x05, 0x06])
        .map_err(connect::call_error)?;
    drop(conn);
    for reader in readers {
        let _ = reader.stop();
    }
    Ok(())
}
