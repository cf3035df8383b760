//! What only the async client has to prove: many tasks sharing one client,
//! dropped calls, and several subscribers of the event stream. (Everything
//! both clients share runs from one description in the `e2e_*` tests.)

use std::sync::Arc;
use std::time::Duration;

use mms_protocol::generated::commands::echo;
use mms_runtime::nonblocking::{on_thread, AsyncClient, EventStream};
use mms_runtime::{ClientError, ClientOptions, Event};
use mms_sim::{Fault, Simulator};

fn request(data: &[u8]) -> echo::Request {
    echo::Request {
        data_to_be_echoed: Some(data.to_vec()),
        ..Default::default()
    }
}

/// The next event `matches` accepts within 5 s.
async fn wait_for(events: &mut EventStream, matches: impl Fn(&Event) -> bool) -> Event {
    let waiting = async {
        loop {
            match events.next().await {
                Some(event) if matches(&event) => return event,
                Some(_) => {}
                None => panic!("the events ended"),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("the event within 5 s")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_tasks_share_one_client_and_each_gets_its_own_answer() {
    let sim = Simulator::default();
    let options = ClientOptions {
        // The deadline runs from each call's turn; generous for a loaded machine.
        timeout: Duration::from_secs(30),
        ..ClientOptions::default()
    };
    let (client, _events) = AsyncClient::new(on_thread(sim.in_memory_hid()), options);
    let tasks: Vec<_> = (0..1000u32)
        .map(|i| {
            let client = client.clone();
            tokio::spawn(async move {
                let data = i.to_be_bytes();
                let response = client.call(&request(&data)).await?;
                Ok::<_, ClientError>((i, response.payload.data_being_echoed))
            })
        })
        .collect();
    let mut answered = 0;
    for task in tasks {
        let (i, echoed) = task.await.unwrap().unwrap();
        assert_eq!(echoed.as_deref(), Some(&i.to_be_bytes()[..]), "task {i}");
        answered += 1;
    }
    assert_eq!(answered, 1000);
    sim.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_call_never_desynchronises_the_link() {
    let sim = Arc::new(Simulator::default());
    let (client, mut events) =
        AsyncClient::new(on_thread(sim.in_memory_hid()), ClientOptions::default());
    client.call(&request(b"warm")).await.unwrap();

    // The device answers late; the caller stops waiting (drops the future) first.
    sim.inject(Fault::Delay(Duration::from_millis(400)));
    let dropped =
        tokio::time::timeout(Duration::from_millis(50), client.call(&request(b"gone"))).await;
    assert!(dropped.is_err(), "the call was cut off");

    // The next call gets its own answer, not the late one ...
    let response = client.call(&request(b"next")).await.unwrap();
    assert_eq!(
        response.payload.data_being_echoed.as_deref(),
        Some(&b"next"[..])
    );
    // ... which arrives as an event of its own.
    let late = wait_for(&mut events, |e| matches!(e, Event::UnmatchedResponse(_))).await;
    let Event::UnmatchedResponse(late) = late else {
        unreachable!()
    };
    let payload: echo::Response = late.decode_payload(echo::ID).unwrap();
    assert_eq!(payload.data_being_echoed.as_deref(), Some(&b"gone"[..]));
    client.call(&request(b"again")).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_subscriber_gets_every_notification() {
    let sim = Simulator::default();
    let (client, mut first) =
        AsyncClient::new(on_thread(sim.in_memory()), ClientOptions::default());
    let mut second = client.subscribe();
    let response = client
        .call_raw(0x1001, &crate::e2e_support::start_transaction_body())
        .await;
    assert_eq!(
        response.unwrap().status,
        Some([0x01, 0, 0, 0]),
        "OK, started"
    );
    let done = |e: &Event| matches!(e, Event::Notification(n) if n.id == 0x0105);
    let (a, b) = tokio::join!(wait_for(&mut first, done), wait_for(&mut second, done));
    for event in [a, b] {
        let Event::Notification(n) = event else {
            unreachable!()
        };
        assert_eq!(n.detail, Some(0x2002_0700), "quick chip done");
    }
}

#[tokio::test]
async fn a_device_that_never_answers_is_a_timeout_at_the_deadline() {
    let sim = Simulator::default();
    let options = ClientOptions {
        timeout: Duration::from_millis(300),
        ..ClientOptions::default()
    };
    let (client, _events) = AsyncClient::new(on_thread(sim.in_memory_hid()), options);
    sim.inject(Fault::DropResponse);
    let err = client.call(&request(b"x")).await.unwrap_err();
    assert!(
        matches!(err, ClientError::Timeout { command_id: echo::ID, waited, .. } if waited <= Duration::from_millis(300)),
        "{err}"
    );
    client.call(&request(b"y")).await.unwrap();
}
