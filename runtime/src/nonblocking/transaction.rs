//! The typed transaction flow on the [`AsyncClient`]: the same events, rules
//! and requests as the blocking [`Transaction`](crate::transaction::Transaction)
//! (the rules live in [`crate::transaction`]; this only drives them).
//!
//! ```no_run
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use mms_emv::{Amount, Currency, StartTransaction};
//! use mms_runtime::hid::{open_hid, HidSelector};
//! use mms_runtime::nonblocking::{on_thread, AsyncClient};
//! use mms_runtime::transaction::{TransactionEvent, TransactionRequest};
//!
//! // Against the simulator: `tests/tests/async_transaction.rs` (mms-tests).
//! let hid = on_thread(open_hid(&HidSelector::First)?);
//! let (client, _events) = AsyncClient::new(hid, Default::default());
//! let sale = StartTransaction::new(Amount::parse_decimal("12.34", 2)?).currency(Currency::USD);
//! let mut transaction = client.start_transaction(&TransactionRequest::new(sale)).await?;
//! while let Some(event) = transaction.next_event(Duration::from_secs(60)).await? {
//!     if let TransactionEvent::Outcome(outcome) = event {
//!         println!("{outcome}");
//!     }
//! }
//! # Ok(()) }
//! ```

use std::time::{Duration, Instant};

use mms_protocol::generated::commands::cancel_transaction;

use super::{AsyncClient, EventStream};
use crate::error::ClientError;
use crate::event::Event;
use crate::flow::Waited;
use crate::transaction::{
    arpc_request, classify, settle, TransactionError, TransactionEvent, TransactionRequest,
};

/// A transaction in progress on an [`AsyncClient`].
#[derive(Debug)]
pub struct AsyncTransaction {
    client: AsyncClient,
    events: EventStream,
    finished: bool,
}

impl AsyncClient {
    /// Starts a transaction (0x1001); its events come from the returned
    /// [`AsyncTransaction`], which subscribed before the request was sent.
    pub async fn start_transaction(
        &self,
        request: &TransactionRequest,
    ) -> Result<AsyncTransaction, ClientError> {
        let events = self.subscribe();
        self.call(&request.to_request()).await?;
        Ok(AsyncTransaction {
            client: self.clone(),
            events,
            finished: false,
        })
    }
}

impl AsyncTransaction {
    /// The next event, waiting up to `timeout`; `None` after the outcome.
    /// Other notifications and link events are skipped.
    pub async fn next_event(
        &mut self,
        timeout: Duration,
    ) -> Result<Option<TransactionEvent>, TransactionError> {
        if self.finished {
            return Ok(None);
        }
        let found = wait_for(&mut self.events, Instant::now() + timeout, |event| {
            classify(&event).transpose()
        })
        .await;
        settle(found, timeout, &mut self.finished)
    }

    /// Cancels the transaction (0x1008); the outcome event follows.
    pub async fn cancel(&self) -> Result<(), ClientError> {
        self.client
            .call(&cancel_transaction::Request::default())
            .await?;
        Ok(())
    }

    /// Answers an ARQC with the issuer's ARPC data (Resume Transaction,
    /// 0x1004; build it with [`mms_emv::arpc_data`]); batch data and the
    /// outcome follow.
    pub async fn send_arpc(&self, arpc: &[u8]) -> Result<(), ClientError> {
        self.client.call(&arpc_request(arpc)).await?;
        Ok(())
    }
}

/// [`crate::flow::wait_for`] on an [`EventStream`]: reads events until `pick`
/// turns one into a value, the link drops, or `deadline` passes.
pub(crate) async fn wait_for<T>(
    events: &mut EventStream,
    deadline: Instant,
    mut pick: impl FnMut(Event) -> Option<T>,
) -> Waited<T> {
    loop {
        match tokio::time::timeout_at(deadline.into(), events.next()).await {
            Err(_) => return Waited::TimedOut,
            Ok(None) => return Waited::Closed,
            Ok(Some(Event::Disconnected(reason))) => return Waited::Disconnected(reason),
            Ok(Some(event)) => {
                if let Some(value) = pick(event) {
                    return Waited::Found(value);
                }
            }
        }
    }
}
