//! The typed transaction flow on the async client, against the simulator: the
//! same events as the blocking one (`transaction.rs`), from the same rules.

use std::time::Duration;

use crate::transaction_support::{arqc_of, check_12_34_usd_contactless, sale, WAIT};
use mms_emv::{arpc_data, Currency};
use mms_runtime::nonblocking::{on_thread, AsyncClient, AsyncTransaction};
use mms_runtime::transaction::{Readers, Technology, TransactionEvent, TransactionRequest};
use mms_runtime::ClientOptions;
use mms_sim::transaction::test_key;
use mms_sim::{DeviceConfig, Simulator};

fn client(sim: &Simulator) -> AsyncClient {
    let options = ClientOptions {
        timeout: WAIT,
        ..ClientOptions::default()
    };
    AsyncClient::new(on_thread(sim.in_memory_hid()), options).0
}

/// Events until the outcome (or the first ARQC when `stop_at_arqc`).
async fn events(transaction: &mut AsyncTransaction, stop_at_arqc: bool) -> Vec<TransactionEvent> {
    let mut all = Vec::new();
    while let Some(event) = transaction.next_event(WAIT).await.unwrap() {
        let arqc = matches!(event, TransactionEvent::Arqc(_));
        all.push(event);
        if arqc && stop_at_arqc {
            break;
        }
    }
    all
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_12_34_usd_contactless_arqc_decrypts_to_the_card_and_amount() {
    let sim = Simulator::new(DeviceConfig::default());
    let client = client(&sim);
    let request = TransactionRequest::new(sale("12.34", Currency::USD));
    let mut transaction = client.start_transaction(&request).await.unwrap();
    let events = events(&mut transaction, false).await;
    check_12_34_usd_contactless(&events);
    let TransactionEvent::Outcome(outcome) = events.last().unwrap() else {
        panic!("the outcome last: {events:?}");
    };
    assert!(outcome.deferred(), "{outcome}");
    assert!(transaction.next_event(WAIT).await.unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_ends_the_transaction_with_a_cancelled_outcome() {
    let sim = Simulator::new(DeviceConfig {
        card_delay: Duration::from_secs(3600),
        ..DeviceConfig::default()
    });
    let client = client(&sim);
    let request = TransactionRequest::new(sale("12.34", Currency::USD));
    let mut transaction = client.start_transaction(&request).await.unwrap();
    transaction.cancel().await.unwrap();
    let events = events(&mut transaction, false).await;
    let [TransactionEvent::Outcome(outcome)] = events.as_slice() else {
        panic!("only the outcome: {events:?}");
    };
    assert!(outcome.cancelled(), "{outcome}");
    assert!(!sim.with_device(|d| d.transaction_active()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn contact_waits_for_the_arpc_then_approves() {
    let sim = Simulator::new(DeviceConfig::default());
    let client = client(&sim);
    let request = TransactionRequest::new(sale("7.50", Currency::EUR))
        .readers(Readers::CONTACT)
        .quick_chip(false);
    let mut transaction = client.start_transaction(&request).await.unwrap();
    let first = events(&mut transaction, true).await;
    let arqc = arqc_of(&first);
    let key = test_key().unwrap();
    let decrypted = arqc.decrypt(&key).unwrap();
    assert_eq!(decrypted[0].find(0x9F02).unwrap(), [0, 0, 0, 0, 0x07, 0x50]);
    // Nothing more until the host answers.
    assert!(transaction
        .next_event(Duration::from_millis(600))
        .await
        .is_err());
    let serial = arqc.serial_number().unwrap_or_default();
    transaction
        .send_arpc(&arpc_data(serial.as_bytes(), &[0x8A, 0x02, b'0', b'0']))
        .await
        .unwrap();
    let rest = events(&mut transaction, false).await;
    let TransactionEvent::BatchData(batch) = &rest[0] else {
        panic!("batch data first: {rest:?}");
    };
    let batch = batch.decrypt(&key).unwrap();
    assert_eq!(batch[0].find(0x8A).unwrap(), b"00");
    let TransactionEvent::Outcome(outcome) = rest.last().unwrap() else {
        panic!("the outcome last");
    };
    assert!(outcome.approved(), "{outcome}");
    assert_eq!(outcome.technology(), Technology::Contact);
}
