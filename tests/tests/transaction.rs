//! The typed transaction flow against the in-memory simulator: the ARQC and
//! batch data decrypt, under the public X9.24-3 AES test BDK, to the card and
//! the amount the transaction was started with; cancel; the ARPC continuation.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use crate::transaction_support::{arqc_of, check_12_34_usd_contactless, sale, WAIT};
use mms_emv::{arpc_data, Currency, DataKind};
use mms_protocol::generated::data_types::{DataType, LAYOUTS};
use mms_runtime::transaction::{
    Readers, Technology, Transaction, TransactionEvent, TransactionRequest,
};
use mms_runtime::Client;
use mms_sim::transaction::{test_key, test_pan_bcd, TEST_PAN};
use mms_sim::{DeviceConfig, Simulator};

fn client() -> (Simulator, Client) {
    let sim = Simulator::new(DeviceConfig::default());
    crate::common::record_sim_session(&sim, 0);
    let (client, _events) = Client::new(sim.in_memory());
    (sim, client)
}

/// Events until the outcome (or the first ARQC when `stop_at_arqc`).
fn events(transaction: &mut Transaction<'_>, stop_at_arqc: bool) -> Vec<TransactionEvent> {
    let mut all = Vec::new();
    while let Some(event) = transaction.next_event(WAIT).unwrap() {
        let arqc = matches!(event, TransactionEvent::Arqc(_));
        all.push(event);
        if arqc && stop_at_arqc {
            break;
        }
    }
    fuzz_seeds(&all);
    all
}

/// The ARQC and batch data among `events` read as their layouts with the generated
/// data-type decoder too. With `MMS_FUZZ_SEEDS` set they seed the `transaction_data`
/// target (data that decrypts and whose MAC verifies under the simulator's test BDK,
/// which mutations alone do not make) and the `data_type` target, behind the byte that
/// picks their layout (the layouts assembled from the spec give no batch data it accepts).
fn fuzz_seeds(events: &[TransactionEvent]) {
    // Tests run in parallel: one count keeps their file names apart.
    static WRITTEN: AtomicUsize = AtomicUsize::new(0);
    let mut whole = Vec::new();
    let mut by_layout = Vec::new();
    for event in events {
        let (TransactionEvent::Arqc(d) | TransactionEvent::BatchData(d)) = event else {
            continue;
        };
        let n = WRITTEN.fetch_add(1, Ordering::Relaxed);
        let layout = match d.kind() {
            Some(DataKind::Batch) => "emv_batch_data_dynapro_format",
            _ => "emv_arqc_dynapro_format",
        };
        let bytes = d.to_bytes();
        let typed = DataType::decode(layout, &bytes).expect("a generated layout");
        assert_eq!(
            typed.map(|t| t.to_bytes()),
            Ok(Some(bytes.clone())),
            "{layout}"
        );
        let pick = LAYOUTS
            .iter()
            .position(|l| *l == layout)
            .expect("in LAYOUTS");
        by_layout.push((format!("sim_{n}"), [&[pick as u8][..], &bytes].concat()));
        whole.push((format!("sim_{n}"), bytes));
    }
    crate::common::write_fuzz_seeds("transaction_data", whole);
    crate::common::write_fuzz_seeds("data_type", by_layout);
}

#[test]
fn contactless_arqc_decrypts_to_the_card_amount_and_currency() {
    let (_sim, client) = client();
    let request = TransactionRequest::new(sale("12.34", Currency::USD));
    let mut transaction = client.start_transaction(&request).unwrap();
    let events = events(&mut transaction, false);
    check_12_34_usd_contactless(&events);
    let TransactionEvent::BatchData(batch) = &events[events.len() - 2] else {
        panic!("batch data before the outcome: {events:?}");
    };
    assert_eq!(batch.kind(), Some(DataKind::Batch));
    let TransactionEvent::Outcome(outcome) = events.last().unwrap() else {
        panic!("the outcome last");
    };
    assert!(outcome.deferred(), "{outcome}");
    // Done: no more events.
    assert!(transaction.next_event(WAIT).unwrap().is_none());
}

#[test]
fn contact_waits_for_the_arpc_and_reports_the_issuer_decision() {
    let (_sim, client) = client();
    let request = TransactionRequest::new(sale("7.50", Currency::EUR))
        .readers(Readers::CONTACT)
        .quick_chip(false);
    let mut transaction = client.start_transaction(&request).unwrap();
    let first = events(&mut transaction, true);
    let arqc = arqc_of(&first);
    let key = test_key().unwrap();
    let decrypted = arqc.decrypt(&key).unwrap();
    assert_eq!(decrypted[0].find(0x9F02).unwrap(), [0, 0, 0, 0, 0x07, 0x50]);
    assert_eq!(decrypted[0].find(0x5F2A).unwrap(), [0x09, 0x78]);
    assert_eq!(decrypted[0].find(0x5A).unwrap(), test_pan_bcd());
    // Nothing more until the host answers.
    assert!(transaction.next_event(Duration::from_millis(600)).is_err());

    let serial = arqc.serial_number().unwrap_or_default();
    transaction
        .send_arpc(&arpc_data(serial.as_bytes(), &[0x8A, 0x02, b'0', b'0']))
        .unwrap();
    let rest = events(&mut transaction, false);
    let TransactionEvent::BatchData(batch) = &rest[0] else {
        panic!("batch data first: {rest:?}");
    };
    let batch = batch.decrypt(&key).unwrap();
    // Approved: a TC (9F27 = 40), and the issuer's response code in the batch data.
    assert_eq!(batch[0].find(0x9F27).unwrap(), [0x40]);
    assert_eq!(batch[0].find(0x8A).unwrap(), b"00");
    let TransactionEvent::Outcome(outcome) = rest.last().unwrap() else {
        panic!("the outcome last");
    };
    assert!(outcome.approved(), "{outcome}");
    assert_eq!(outcome.technology(), Technology::Contact);
}

#[test]
fn a_declining_arpc_declines() {
    let (_sim, client) = client();
    let request = TransactionRequest::new(sale("1.00", Currency::USD))
        .readers(Readers::CONTACT)
        .quick_chip(false);
    let mut transaction = client.start_transaction(&request).unwrap();
    events(&mut transaction, true);
    transaction
        .send_arpc(&arpc_data(b"SIM", &[0x8A, 0x02, b'0', b'5']))
        .unwrap();
    let rest = events(&mut transaction, false);
    let TransactionEvent::Outcome(outcome) = rest.last().unwrap() else {
        panic!("the outcome last");
    };
    assert!(outcome.declined(), "{outcome}");
}

#[test]
fn msr_arqc_carries_the_tracks_and_amount() {
    let (_sim, client) = client();
    let request = TransactionRequest::new(sale("12.34", Currency::USD)).readers(Readers::MSR);
    let mut transaction = client.start_transaction(&request).unwrap();
    let events = events(&mut transaction, false);
    assert!(matches!(
        events[0],
        TransactionEvent::CardDetected {
            technology: Technology::Msr,
            ..
        }
    ));
    let decrypted = arqc_of(&events).decrypt(&test_key().unwrap()).unwrap();
    let track2 = String::from_utf8(decrypted[0].find(0xDF42).unwrap()).unwrap();
    assert!(track2.starts_with(&format!(";{TEST_PAN}=2712")), "{track2}");
    assert_eq!(decrypted[0].find(0x9F02).unwrap(), [0, 0, 0, 0, 0x12, 0x34]);
    assert_eq!(decrypted[0].find(0x5F2A).unwrap(), [0x08, 0x40]);
}

#[test]
fn cancel_ends_the_transaction_with_a_cancelled_outcome() {
    let sim = Simulator::new(DeviceConfig {
        card_delay: Duration::from_secs(3600),
        ..DeviceConfig::default()
    });
    crate::common::record_sim_session(&sim, 0x40); // the target's slow cardholder
    let (client, _events) = Client::new(sim.in_memory());
    let request = TransactionRequest::new(sale("12.34", Currency::USD));
    let mut transaction = client.start_transaction(&request).unwrap();
    transaction.cancel().unwrap();
    let events = events(&mut transaction, false);
    let [TransactionEvent::Outcome(outcome)] = events.as_slice() else {
        panic!("only the outcome: {events:?}");
    };
    assert!(outcome.cancelled(), "{outcome}");
    assert!(!sim.with_device(|d| d.transaction_active()));
}
