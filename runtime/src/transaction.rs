//! A typed transaction on the blocking client: start it (Start Transaction,
//! 0x1001), read its events (card detected, ARQC, batch data, host action
//! requests, the outcome), cancel it (0x1008), or answer an ARQC with the
//! issuer's ARPC (Resume Transaction, 0x1004).
//!
//! ```no_run
//! # fn demo(client: &mms_runtime::Client) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//! use mms_emv::{Amount, Currency, StartTransaction};
//! use mms_runtime::transaction::{TransactionEvent, TransactionRequest};
//!
//! let sale = StartTransaction::new(Amount::parse_decimal("12.34", 2)?).currency(Currency::USD);
//! let mut transaction = client.start_transaction(&TransactionRequest::new(sale))?;
//! while let Some(event) = transaction.next_event(Duration::from_secs(60))? {
//!     match event {
//!         TransactionEvent::Arqc(arqc) => println!("forward to the processor: {} bytes", arqc.to_bytes().len()),
//!         TransactionEvent::Outcome(outcome) => println!("{outcome}"),
//!         _ => {}
//!     }
//! }
//! # Ok(()) }
//! ```

use core::fmt;
use std::time::{Duration, Instant};

use mms_emv::{StartTransaction, TransactionData, TransactionDataError};
use mms_protocol::bits::Flags;
use mms_protocol::generated::commands::{
    cancel_transaction, resume_transaction, start_transaction,
};
use mms_protocol::Envelope;

use crate::client::{Client, Events};
use crate::error::ClientError;
use crate::event::{DeviceNotification, Event};
use crate::flow::{wait_for, Waited};

/// Notification 0x0101 - Transaction Information Update.
const INFORMATION_UPDATE: u16 = 0x0101;
/// Notification 0x0103 - Transaction Host Action Request.
const HOST_ACTION_REQUEST: u16 = 0x0103;
/// Notification 0x0105 - Transaction Operation Complete.
const OPERATION_COMPLETE: u16 = 0x0105;

/// Which readers a transaction listens on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Readers {
    /// Magnetic stripe.
    pub msr: bool,
    /// EMV contact (chip).
    pub contact: bool,
    /// EMV contactless (tap).
    pub contactless: bool,
}

impl Readers {
    /// All three.
    pub const ALL: Readers = Readers {
        msr: true,
        contact: true,
        contactless: true,
    };
    /// Only the magnetic stripe reader.
    pub const MSR: Readers = Readers {
        msr: true,
        contact: false,
        contactless: false,
    };
    /// Only the contact reader.
    pub const CONTACT: Readers = Readers {
        msr: false,
        contact: true,
        contactless: false,
    };
    /// Only the contactless reader.
    pub const CONTACTLESS: Readers = Readers {
        msr: false,
        contact: false,
        contactless: true,
    };
}

/// What to start: the EMV data (amount, currency, type), readers, timeout, flow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransactionRequest {
    /// Amount, currency and transaction type (the Transaction TLV, `86`).
    pub emv: StartTransaction,
    /// Readers to listen on (all three by default).
    pub readers: Readers,
    /// How long the device waits for a card (1 to 255 s; 60 s by default).
    pub timeout: Duration,
    /// Quick Chip (the default): the device completes without the host's
    /// ARPC. Off, a contact card waits for [`Transaction::send_arpc`].
    pub quick_chip: bool,
}

impl TransactionRequest {
    /// A request for `emv` on every reader, 60 s, Quick Chip.
    pub fn new(emv: StartTransaction) -> TransactionRequest {
        TransactionRequest {
            emv,
            readers: Readers::ALL,
            timeout: Duration::from_secs(60),
            quick_chip: true,
        }
    }

    /// Listen on these readers.
    pub fn readers(mut self, readers: Readers) -> Self {
        self.readers = readers;
        self
    }

    /// Wait this long for a card (whole seconds, 1 to 255).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Quick Chip on or off.
    pub fn quick_chip(mut self, on: bool) -> Self {
        self.quick_chip = on;
        self
    }

    /// The Start Transaction request (manual Table 70).
    pub fn to_request(&self) -> start_transaction::Request {
        use start_transaction::{
            RequestReaderOptions as Options, RequestReaderOptionsContactReaderMode as Contact,
            RequestReaderOptionsContactlessReaderMode as Contactless,
            RequestReaderOptionsMagneticStripeReaderMode as Msr,
        };
        let readers = self.readers;
        let seconds = self.timeout.as_secs().clamp(1, 255) as u8;
        start_transaction::Request {
            transaction_timeout_in_seconds: seconds,
            reader_options: Some(Options {
                magnetic_stripe_reader_mode: Some(if readers.msr {
                    Msr::Emv
                } else {
                    Msr::Disabled
                }),
                contact_reader_mode: Some(if readers.contact {
                    Contact::Emv
                } else {
                    Contact::Disabled
                }),
                contactless_reader_mode: Some(if readers.contactless {
                    Contactless::Emv
                } else {
                    Contactless::Disabled
                }),
                ..Default::default()
            }),
            transaction_options: Some(self.transaction_options()),
            transaction_tlv: Some(self.emv.to_tlv_list()),
            ..Default::default()
        }
    }
}

impl TransactionRequest {
    /// The manual's default options (DynaPro response format), with Quick Chip when asked.
    fn transaction_options(&self) -> start_transaction::TransactionOptions {
        use start_transaction::TransactionOptions as Options;
        let mut options = Options::DYNA_PRO_RESPONSE_FORMAT;
        options.set(Options::QUICK_CHIP_TRANSACTION_FLOW, self.quick_chip);
        options
    }
}

/// Payment technology: the first byte of the transaction detail codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Technology {
    /// No card (timeouts, cancellation).
    None,
    /// Manual card entry.
    ManualEntry,
    /// Magnetic stripe.
    Msr,
    /// EMV contact.
    Contact,
    /// EMV contactless.
    Contactless,
    /// Another value.
    Other(u8),
}

impl Technology {
    fn from_byte(byte: u8) -> Technology {
        match byte {
            0x00 => Technology::None,
            0x07 => Technology::ManualEntry,
            0x08 => Technology::Msr,
            0x10 => Technology::Contact,
            0x20 => Technology::Contactless,
            other => Technology::Other(other),
        }
    }
}

/// How a transaction ended (notification 0x0105's detail code).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Outcome {
    /// The four detail bytes: technology, group, outcome, extra.
    pub detail: [u8; 4],
}

impl Outcome {
    /// The card's technology.
    pub fn technology(&self) -> Technology {
        Technology::from_byte(self.detail[0])
    }

    /// Approved (`xx 02 06 xx`).
    pub fn approved(&self) -> bool {
        self.detail[1] == 0x02 && self.detail[2] == 0x06
    }

    /// Declined (`xx 02 80 xx`).
    pub fn declined(&self) -> bool {
        self.detail[1] == 0x02 && self.detail[2] == 0x80
    }

    /// Quick Chip: approval deferred to the host (`xx 02 07 xx`).
    pub fn deferred(&self) -> bool {
        self.detail[1] == 0x02 && self.detail[2] == 0x07
    }

    /// No card within the timeout (`00 01 00 00`).
    pub fn timed_out(&self) -> bool {
        self.detail[..2] == [0x00, 0x01]
    }

    /// Cancelled by the host or the user (`00 03 xx xx`).
    pub fn cancelled(&self) -> bool {
        self.detail[..2] == [0x00, 0x03]
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.detail;
        write!(
            f,
            "outcome {:02X} {:02X} {:02X} {:02X}",
            d[0], d[1], d[2], d[3]
        )?;
        let spec = mms_protocol::generated::notifications::transaction_operation_complete::DetailCode::from_raw(
            u32::from_be_bytes(d),
        );
        match spec.label() {
            Some(label) => write!(f, ": {label}"),
            None => Ok(()),
        }
    }
}

/// Something that happened in a transaction.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum TransactionEvent {
    /// A card was presented (0x0101, card event).
    CardDetected {
        /// How.
        technology: Technology,
        /// The whole detail code.
        detail: [u8; 4],
    },
    /// ARQC data to forward to the processor (0x0101, ARQC update).
    Arqc(TransactionData),
    /// Batch data: the transaction's results (0x0101, batch data).
    BatchData(TransactionData),
    /// The device asks the host to act (0x0103: display a message, let the
    /// cardholder choose, ...).
    HostActionRequest(DeviceNotification),
    /// Another 0x0101 update (progress), with its detail code.
    Update(DeviceNotification),
    /// The transaction ended (0x0105); the last event.
    Outcome(Outcome),
}

/// Why a transaction event could not be read.
#[derive(Debug)]
#[non_exhaustive]
pub enum TransactionError {
    /// The client failed (link down, timeout of a call, device refused).
    Client(ClientError),
    /// No event within the time given.
    Timeout(Duration),
    /// The connection ended before the outcome.
    Disconnected(String),
    /// Transaction data that is not ARQC or batch data as the manual lays it out.
    BadData {
        /// The notification's detail code.
        detail: [u8; 4],
        /// What is wrong.
        error: TransactionDataError,
    },
}

impl fmt::Display for TransactionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TransactionError::Client(e) => write!(f, "{e}"),
            TransactionError::Timeout(t) => {
                write!(f, "no transaction event within {:.1} s", t.as_secs_f64())
            }
            TransactionError::Disconnected(why) => {
                write!(f, "the connection ended during the transaction: {why}")
            }
            TransactionError::BadData { detail, error } => write!(
                f,
                "notification 0x0101 detail {:02X}{:02X}{:02X}{:02X}: {error}",
                detail[0], detail[1], detail[2], detail[3]
            ),
        }
    }
}

impl std::error::Error for TransactionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TransactionError::Client(e) => Some(e),
            TransactionError::BadData { error, .. } => Some(error),
            _ => None,
        }
    }
}

impl From<ClientError> for TransactionError {
    fn from(e: ClientError) -> Self {
        TransactionError::Client(e)
    }
}

/// A transaction in progress on a [`Client`]; see the [module](self) docs.
#[derive(Debug)]
pub struct Transaction<'c> {
    client: &'c Client,
    events: Events,
    finished: bool,
}

impl Client {
    /// Starts a transaction (0x1001); its events come from the returned
    /// [`Transaction`], which subscribed before the request was sent.
    pub fn start_transaction(
        &self,
        request: &TransactionRequest,
    ) -> Result<Transaction<'_>, ClientError> {
        let events = self.subscribe();
        self.call(&request.to_request())?;
        Ok(Transaction {
            client: self,
            events,
            finished: false,
        })
    }
}

impl Transaction<'_> {
    /// The next event, waiting up to `timeout`; `None` after the outcome.
    /// Other notifications and link events are skipped.
    pub fn next_event(
        &mut self,
        timeout: Duration,
    ) -> Result<Option<TransactionEvent>, TransactionError> {
        if self.finished {
            return Ok(None);
        }
        let found = wait_for(&self.events, Instant::now() + timeout, |event| {
            classify(&event).transpose()
        });
        settle(found, timeout, &mut self.finished)
    }

    /// Cancels the transaction (0x1008); the outcome event follows.
    pub fn cancel(&self) -> Result<(), ClientError> {
        self.client.call(&cancel_transaction::Request::default())?;
        Ok(())
    }

    /// Answers an ARQC with the issuer's ARPC data (Resume Transaction,
    /// 0x1004; build it with [`mms_emv::arpc_data`]); batch data and the
    /// outcome follow.
    pub fn send_arpc(&self, arpc: &[u8]) -> Result<(), ClientError> {
        self.client.call(&arpc_request(arpc))?;
        Ok(())
    }
}

// The rules of the flow, without I/O: the blocking `Transaction` and the async
// `AsyncTransaction` (`nonblocking`) only drive them.

/// The transaction event an event is, if any (`Err`: transaction data that does not read).
pub(crate) fn classify(event: &Event) -> Result<Option<TransactionEvent>, TransactionError> {
    let envelope = match event {
        Event::Notification(n) => &n.envelope,
        Event::UndecodedNotification { envelope, .. } => envelope,
        _ => return Ok(None),
    };
    let id = envelope.info.id;
    let detail: [u8; 4] = match envelope.status.as_deref().map(<[u8; 4]>::try_from) {
        Some(Ok(d)) => d,
        _ => return Ok(None),
    };
    let notification = || match event {
        Event::Notification(n) => Some(n.clone()),
        _ => None,
    };
    Ok(match (id, detail[1], detail[2]) {
        (OPERATION_COMPLETE, ..) => Some(TransactionEvent::Outcome(Outcome { detail })),
        (INFORMATION_UPDATE, 0x01, _) => Some(TransactionEvent::CardDetected {
            technology: Technology::from_byte(detail[0]),
            detail,
        }),
        (INFORMATION_UPDATE, 0x08, code @ (0x02 | 0x03)) => {
            let data = transaction_data(envelope)
                .map_err(|error| TransactionError::BadData { detail, error })?;
            Some(if code == 0x02 {
                TransactionEvent::Arqc(data)
            } else {
                TransactionEvent::BatchData(data)
            })
        }
        (INFORMATION_UPDATE, ..) => notification().map(TransactionEvent::Update),
        (HOST_ACTION_REQUEST, ..) => notification().map(TransactionEvent::HostActionRequest),
        _ => None,
    })
}

/// The result of one wait for an event; the outcome ends the transaction.
pub(crate) fn settle(
    waited: Waited<Result<TransactionEvent, TransactionError>>,
    timeout: Duration,
    finished: &mut bool,
) -> Result<Option<TransactionEvent>, TransactionError> {
    let typed = match waited {
        Waited::Found(typed) => typed?,
        Waited::Disconnected(why) => return Err(TransactionError::Disconnected(why)),
        Waited::TimedOut => return Err(TransactionError::Timeout(timeout)),
        Waited::Closed => return Err(TransactionError::Disconnected("client closed".into())),
    };
    if matches!(typed, TransactionEvent::Outcome(_)) {
        *finished = true;
    }
    Ok(Some(typed))
}

/// Resume Transaction (0x1004) with the issuer's ARPC data.
pub(crate) fn arpc_request(arpc: &[u8]) -> resume_transaction::Request {
    resume_transaction::Request::new(
        resume_transaction::RequestResumeCode::WaitingForArpc,
        arpc.to_vec(),
    )
}

/// The transaction data of a 0x0101 notification (Table 309: `84` holding the blob).
fn transaction_data(envelope: &Envelope) -> Result<TransactionData, TransactionDataError> {
    let body = envelope.payload_body().unwrap_or_default();
    let blob = mms_emv::find_tag(
        body,
        mms_codec::Tag::from_u32(0x84),
        mms_codec::DecodeContext::default(),
    )?
    .map(|item| item.value)
    .unwrap_or_default();
    TransactionData::parse(blob)
}
