//! The client's protocol rules without I/O (in the manner of `quinn-proto`):
//! reference numbers, matching responses by reference number *and* command
//! ID, routing notifications and everything no call waits for, deadlines, and
//! typing responses.
//!
//! [`Core`] takes received messages, transport errors and the time; it gives
//! back [`Output`]s (a call's result, an [`Event`]) and the next deadline at
//! which it wants [`Core::handle_timeout`]. It never blocks, sleeps or reads a
//! clock of its own. The blocking [`Client`](crate::Client) and the async client
//! (`nonblocking`, feature `tokio`) are drivers around it: they own the
//! transport, feed the core and hand its outputs on. File transfers are
//! step machines of their own ([`crate::files::SendFileSteps`],
//! [`crate::files::GetFileSteps`]) that drivers run through the same core.
//!
//! ```
//! use std::time::{Duration, Instant};
//! use mms_protocol::generated::commands::echo;
//! use mms_protocol::Envelope;
//! use mms_runtime::core::{Core, Output};
//!
//! let mut core = Core::new(7);
//! let now = Instant::now();
//! let request = echo::Request { data_to_be_echoed: Some(vec![1]), ..Default::default() };
//! let (call, reference, bytes) = core.start_request(&request, now + Duration::from_secs(5));
//! assert_eq!(reference, 7);
//! // ... the driver sends `bytes`; the device answers:
//! let answer = echo::Response { data_being_echoed: Some(vec![1]), ..Default::default() };
//! let response = Envelope::response::<echo::Request>(reference, [0; 4], &answer);
//! core.handle_message(response.encode(), Instant::now());
//! match core.poll_output() {
//!     Some(Output::Done { call: done, result }) => {
//!         assert_eq!(done, call);
//!         assert_eq!(result.unwrap().info.reference, 7);
//!     }
//!     other => panic!("{other:?}"),
//! }
//! # let _ = bytes;
//! ```

use std::collections::VecDeque;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mms_codec::{Contents, DecodeOptions, Unknown};
use mms_protocol::envelope::{API_VERSION, START_OF_MESSAGE};
use mms_protocol::generated::message::Notification;
use mms_protocol::PayloadEnum;
use mms_protocol::{Command, Envelope, MessageInfo, MessageType, Status};

use crate::error::ClientError;
use crate::event::{DeviceNotification, Event};
use crate::transport::{TransportError, TransportErrorKind};

/// Settings for a client (blocking or async).
#[derive(Clone, Debug)]
pub struct ClientOptions {
    /// How long a call may take, from the moment it is made until its response
    /// (sending included): one absolute deadline, never restarted.
    pub timeout: Duration,
    /// How long a file transfer waits for the data file or the final response.
    pub file_timeout: Duration,
    /// The first message reference number used. The default is drawn at
    /// random for each client (never 0, which notifications use), so a
    /// response left over from an earlier run is unlikely to carry the number
    /// of a new request.
    pub first_reference: u8,
    /// How long the I/O thread of the blocking client waits for input before
    /// checking for messages to send (the latency a send can see).
    pub poll_interval: Duration,
    /// How many events each subscriber queues before further ones are dropped
    /// and counted ([`Event::Lagged`]); the I/O never waits for a reader.
    pub event_capacity: usize,
    /// With a connector: how many times one call tries to re-open a dropped
    /// link before it fails with [`ClientError::Reconnect`] (at least once;
    /// never past the call's timeout).
    pub reconnect_attempts: u32,
    /// With a connector: the pause between two attempts to re-open the link.
    pub reconnect_delay: Duration,
    /// When a link opens (and re-opens), whatever the device sent before is
    /// read for this long of quiet and reported as events, never handed to a
    /// call: a response still queued from an earlier run cannot answer a new
    /// request. Zero turns it off.
    pub drain_on_open: Duration,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(5),
            file_timeout: Duration::from_secs(60),
            first_reference: random_reference(),
            poll_interval: Duration::from_millis(5),
            event_capacity: 4096,
            reconnect_attempts: 3,
            reconnect_delay: Duration::from_millis(100),
            drain_on_open: Duration::from_millis(30),
        }
    }
}

impl ClientOptions {
    /// Until when a data file announced by a command sent at `now` is awaited:
    /// the command's response, then the file itself.
    pub fn data_file_deadline(&self, now: Instant) -> Instant {
        now + self.timeout + self.file_timeout
    }
}

/// A reference number that is hard to predict (1..=255): the standard
/// library's per-process random hash keys, the time and a counter.
pub fn random_reference() -> u8 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    hasher.write_u128(now.as_nanos());
    hasher.write_u32(std::process::id());
    (hasher.finish() % 255) as u8 + 1
}

/// A decoded response: the typed status and payload, and the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Response<T> {
    /// Response status (an OK one: a failure is [`ClientError::Status`]).
    pub status: Status,
    /// The payload, decoded.
    pub payload: T,
    /// Tag `83` (additional details), if present.
    pub additional: Option<Vec<u8>>,
    /// The reference number the call used.
    pub reference: u8,
    /// The whole response message.
    pub envelope: Envelope,
}

impl<T> Response<T> {
    /// True when the status summary is one of the OK values (below `0x80`).
    pub fn is_ok(&self) -> bool {
        self.status.is_ok()
    }
}

/// True for the OK status summaries (`0x00`, `0x01`, `0x40`, `0x41`: below `0x80`).
pub fn status_is_ok(status: [u8; 4]) -> bool {
    Status::from_bytes(status).is_ok()
}

/// A response whose payload is left as bytes (from `call_raw` and `send_raw`).
/// Its status is not judged: a failure status is a response like any other.
#[derive(Clone, Debug, PartialEq)]
pub struct RawResponse {
    /// Response status bytes, when the message has 4 of them.
    pub status: Option<[u8; 4]>,
    /// The whole response message.
    pub envelope: Envelope,
}

impl RawResponse {
    /// Reads `envelope`'s status.
    pub fn new(envelope: Envelope) -> Self {
        let status = envelope.status.as_deref().and_then(|s| s.try_into().ok());
        Self { status, envelope }
    }

    /// The status, typed.
    pub fn typed_status(&self) -> Option<Status> {
        self.status.map(Status::from_bytes)
    }

    /// The payload after its 2-byte command ID.
    pub fn payload_body(&self) -> Option<&[u8]> {
        self.envelope.payload_body()
    }
}

/// The status of a response to `command_id`, required to be OK: a failure is
/// [`ClientError::Status`], a missing status [`ClientError::MissingStatus`].
pub fn ok_status(command_id: u16, envelope: &Envelope) -> Result<Status, ClientError> {
    let status = envelope
        .status
        .as_deref()
        .and_then(Status::from_slice)
        .ok_or(ClientError::MissingStatus { command_id })?;
    if status.is_ok() {
        Ok(status)
    } else {
        Err(ClientError::Status {
            command_id,
            status,
            additional: envelope.additional.clone(),
        })
    }
}

/// Types the response to command `command_id`: a failure status is always
/// [`ClientError::Status`] (whatever the response type requires), an OK one
/// carries the decoded payload.
pub fn typed_response<T: Contents>(
    command_id: u16,
    envelope: Envelope,
) -> Result<Response<T>, ClientError> {
    let status = ok_status(command_id, &envelope)?;
    let payload = envelope
        .decode_payload::<T>(command_id)
        .map_err(|error| ClientError::Payload { command_id, error })?;
    Ok(Response {
        status,
        payload,
        additional: envelope.additional.clone(),
        reference: envelope.info.reference,
        envelope,
    })
}

/// A request for `command_id` whose payload body (the TLVs after the ID) is given as bytes.
pub fn raw_request(reference: u8, command_id: u16, payload_body: &[u8]) -> Envelope {
    let mut payload = Vec::with_capacity(2 + payload_body.len());
    payload.extend_from_slice(&command_id.to_be_bytes());
    payload.extend_from_slice(payload_body);
    Envelope {
        start: START_OF_MESSAGE,
        api_version: API_VERSION,
        info: MessageInfo {
            message_type: MessageType::Request,
            reference,
            id: command_id,
            extra: Vec::new(),
        },
        status: None,
        additional: None,
        payload: Some(payload),
        reserved: None,
        unknown: Unknown::default(),
    }
}

/// Types a notification message; one without a payload is typed with an
/// empty payload.
pub fn type_notification(envelope: Envelope) -> Event {
    let detail = envelope
        .status
        .as_deref()
        .and_then(|s| <[u8; 4]>::try_from(s).ok())
        .map(u32::from_be_bytes);
    let decoded = if envelope.payload.is_none() {
        let mut probe = envelope.clone();
        probe.payload = Some(envelope.info.id.to_be_bytes().to_vec());
        Notification::decode(&probe, DecodeOptions::default())
    } else {
        Notification::decode(&envelope, DecodeOptions::default())
    };
    match decoded {
        Some(Ok(notification)) => Event::Notification(DeviceNotification {
            id: notification.id(),
            detail,
            notification: Box::new(notification),
            envelope,
        }),
        Some(Err(error)) => Event::UndecodedNotification {
            envelope,
            error: Some(error),
        },
        None => Event::UndecodedNotification {
            envelope,
            error: None,
        },
    }
}

/// Names one wait registered with the [`Core`] (a response or a data file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CallId(u64);

/// What the core gives back.
#[derive(Debug)]
pub enum Output {
    /// A wait ended: its response or data file, or why not.
    Done {
        /// The wait.
        call: CallId,
        /// The message, or the error.
        result: Result<Envelope, ClientError>,
    },
    /// Something for the event subscribers.
    Event(Event),
}

#[derive(Debug)]
struct ResponseWait {
    call: CallId,
    reference: u8,
    command_id: u16,
    deadline: Instant,
    waited: Duration,
    /// A response to the same command with another reference number came.
    wrong_reference: Option<u8>,
}

#[derive(Debug)]
struct Drain {
    quiet: Duration,
    until: Instant,
    give_up: Instant,
}

#[derive(Debug)]
struct DataFileWait {
    call: CallId,
    command_id: u16,
    deadline: Instant,
    waited: Duration,
}

/// How many abandoned reference numbers are remembered (their answers may
/// still come); older ones are forgotten.
const ABANDONED_KEPT: usize = 32;

/// The client's protocol state for one device; see the [module docs](self).
#[derive(Debug)]
pub struct Core {
    next_reference: u8,
    next_call: u64,
    response: Option<ResponseWait>,
    /// Reference numbers of requests whose waits ended without their response
    /// (timed out, cancelled, replaced, link lost), newest last. A response
    /// that carries one is late, not a wrong reference: it is an event and
    /// never the error of the call waiting now.
    abandoned: VecDeque<u8>,
    data_file: Option<DataFileWait>,
    drain: Option<Drain>,
    outputs: VecDeque<Output>,
}

impl Core {
    /// A core whose first reference number is `first_reference` (0 becomes 1).
    pub fn new(first_reference: u8) -> Self {
        Self {
            next_reference: first_reference.max(1),
            next_call: 0,
            response: None,
            abandoned: VecDeque::new(),
            data_file: None,
            drain: None,
            outputs: VecDeque::new(),
        }
    }

    /// The reference number the next message will use.
    pub fn peek_reference(&self) -> u8 {
        self.next_reference
    }

    /// Takes the next reference number: 1 to 255 in turn, wrapping, never 0
    /// (the number notifications carry).
    pub fn take_reference(&mut self) -> u8 {
        let reference = self.next_reference;
        self.next_reference = reference.checked_add(1).unwrap_or(1);
        // Used again (after 255 others): an answer with it is this request's.
        self.abandoned.retain(|&r| r != reference);
        reference
    }

    /// Remembers that the request `reference` no longer has a wait.
    fn abandon(&mut self, wait: &ResponseWait) {
        if self.abandoned.len() == ABANDONED_KEPT {
            self.abandoned.pop_front();
        }
        self.abandoned.push_back(wait.reference);
    }

    fn new_call(&mut self) -> CallId {
        self.next_call += 1;
        CallId(self.next_call)
    }

    /// Waits for the response to `(reference, command_id)` until `deadline`.
    /// The device serves one command at a time: a wait still registered is
    /// replaced (drivers serialise calls, so it was abandoned).
    pub fn expect_response(
        &mut self,
        reference: u8,
        command_id: u16,
        now: Instant,
        deadline: Instant,
    ) -> CallId {
        let call = self.new_call();
        if let Some(old) = self.response.take() {
            self.abandon(&old);
        }
        self.response = Some(ResponseWait {
            call,
            reference,
            command_id,
            deadline,
            waited: deadline.saturating_duration_since(now),
            wrong_reference: None,
        });
        call
    }

    /// Encodes `request` with the next reference number and waits for its
    /// response until `deadline`: `(wait, reference, bytes to send)`.
    pub fn start_request<C: Command>(
        &mut self,
        request: &C,
        deadline: Instant,
    ) -> (CallId, u8, Vec<u8>) {
        let reference = self.take_reference();
        let bytes = Envelope::request(reference, request).encode();
        let call = self.expect_response(reference, C::ID, Instant::now(), deadline);
        (call, reference, bytes)
    }

    /// Waits until `deadline` for the next data file message the device sends
    /// for `command_id` (register it before sending the command that asks for it).
    pub fn expect_data_file(&mut self, command_id: u16, now: Instant, deadline: Instant) -> CallId {
        let call = self.new_call();
        self.data_file = Some(DataFileWait {
            call,
            command_id,
            deadline,
            waited: deadline.saturating_duration_since(now),
        });
        call
    }

    /// True while a data file is awaited.
    pub fn awaits_data_file(&self) -> bool {
        self.data_file.is_some()
    }

    /// True while `call` waits.
    pub fn is_waiting(&self, call: CallId) -> bool {
        self.response.as_ref().is_some_and(|w| w.call == call)
            || self.data_file.as_ref().is_some_and(|w| w.call == call)
    }

    /// Gives up `call` (its caller went away): a response that comes later
    /// goes to the events as [`Event::UnmatchedResponse`].
    pub fn cancel(&mut self, call: CallId) {
        if let Some(w) = self.response.take_if(|w| w.call == call) {
            self.abandon(&w);
        }
        if self.data_file.as_ref().is_some_and(|w| w.call == call) {
            self.data_file = None;
        }
    }

    /// Ends `call` as timed out now, whatever its deadline, and returns its
    /// error; `None` when it no longer waits (its result is already out).
    pub fn expire(&mut self, call: CallId) -> Option<ClientError> {
        if let Some(w) = self.response.take_if(|w| w.call == call) {
            self.abandon(&w);
            return Some(match w.wrong_reference {
                Some(found) => ClientError::WrongReference {
                    command_id: w.command_id,
                    expected: w.reference,
                    found,
                },
                None => ClientError::Timeout {
                    command_id: w.command_id,
                    reference: w.reference,
                    waited: w.waited,
                },
            });
        }
        let w = self.data_file.take_if(|w| w.call == call)?;
        Some(ClientError::Timeout {
            command_id: w.command_id,
            reference: 0,
            waited: w.waited,
        })
    }

    /// The earliest deadline of a wait: call [`Core::handle_timeout`] then.
    pub fn next_deadline(&self) -> Option<Instant> {
        let response = self.response.as_ref().map(|w| w.deadline);
        let file = self.data_file.as_ref().map(|w| w.deadline);
        response.into_iter().chain(file).min()
    }

    /// Ends every wait whose deadline is past.
    pub fn handle_timeout(&mut self, now: Instant) {
        let due: Vec<CallId> = self
            .response
            .iter()
            .map(|w| (w.call, w.deadline))
            .chain(self.data_file.iter().map(|w| (w.call, w.deadline)))
            .filter(|&(_, deadline)| deadline <= now)
            .map(|(call, _)| call)
            .collect();
        for call in due {
            if let Some(error) = self.expire(call) {
                self.outputs.push_back(Output::Done {
                    call,
                    result: Err(error),
                });
            }
        }
    }

    /// The link dropped (`reason`): every wait fails with
    /// [`ClientError::Disconnected`]. The event is the driver's to send (it
    /// knows whether the link will be re-opened).
    pub fn handle_link_lost(&mut self, reason: &str) {
        let calls = self.response.take().map(|w| {
            self.abandon(&w);
            w.call
        });
        let files = self.data_file.take().map(|w| w.call);
        for call in calls.into_iter().chain(files) {
            self.outputs.push_back(Output::Done {
                call,
                result: Err(ClientError::Disconnected {
                    reason: reason.to_owned(),
                }),
            });
        }
    }

    /// A transport error that did not end the link: the device's "capability
    /// exceeded" reply fails the pending call; anything else is an event.
    pub fn handle_dropped(&mut self, error: TransportError) {
        if let TransportErrorKind::CapabilityExceeded { max_len } = error.kind {
            if let Some(w) = self.response.take() {
                self.outputs.push_back(Output::Done {
                    call: w.call,
                    result: Err(ClientError::CapabilityExceeded {
                        command_id: w.command_id,
                        max_len,
                    }),
                });
                return;
            }
        }
        self.event(Event::Dropped(Arc::new(error)));
    }

    /// A link was opened (or re-opened) at `now`: until `quiet` passes
    /// without input (at most 20 times `quiet`), what arrives was waiting
    /// before anything was asked. It becomes events and never answers a call,
    /// whatever its reference number, and drivers send nothing meanwhile
    /// ([`Core::drain_deadline`]).
    pub fn link_opened(&mut self, now: Instant, quiet: Duration) {
        self.drain = (!quiet.is_zero()).then(|| Drain {
            quiet,
            until: now + quiet,
            give_up: now + quiet * 20,
        });
    }

    /// While a newly opened link is drained: read until this instant and
    /// send nothing before it. `None` when sending may start.
    pub fn drain_deadline(&mut self, now: Instant) -> Option<Instant> {
        let drain = self.drain.as_ref()?;
        let end = drain.until.min(drain.give_up);
        if now < end {
            Some(end)
        } else {
            self.drain = None;
            None
        }
    }

    /// One whole message from the device, received at `now`.
    pub fn handle_message(&mut self, bytes: Vec<u8>, now: Instant) {
        let draining = match &mut self.drain {
            Some(drain) if now < drain.until.min(drain.give_up) => {
                drain.until = now + drain.quiet;
                true
            }
            _ => false,
        };
        self.route(bytes, !draining);
    }

    fn route(&mut self, bytes: Vec<u8>, match_waits: bool) {
        let envelope = match Envelope::decode(&bytes) {
            Ok(envelope) => envelope,
            Err(error) => return self.event(Event::Undecodable { bytes, error }),
        };
        let info = &envelope.info;
        let event = match info.message_type {
            MessageType::Response if !match_waits => Event::UnmatchedResponse(envelope),
            MessageType::DataFileFromDevice if !match_waits => Event::UnexpectedDataFile(envelope),
            MessageType::Response => match self.response.as_mut() {
                Some(w) if w.reference == info.reference => {
                    let w = self.response.take().expect("matched above");
                    let result = if w.command_id == info.id {
                        Ok(envelope)
                    } else {
                        Err(ClientError::UnexpectedResponse {
                            reference: w.reference,
                            expected_id: w.command_id,
                            found_id: info.id,
                        })
                    };
                    self.outputs.push_back(Output::Done {
                        call: w.call,
                        result,
                    });
                    return;
                }
                // An answer to an abandoned request is late, not wrong.
                Some(w) if w.command_id == info.id && !self.abandoned.contains(&info.reference) => {
                    w.wrong_reference = Some(info.reference);
                    Event::UnmatchedResponse(envelope)
                }
                _ => Event::UnmatchedResponse(envelope),
            },
            MessageType::Notification => type_notification(envelope),
            MessageType::DataFileFromDevice => match &self.data_file {
                Some(w) if w.command_id == info.id => {
                    let w = self.data_file.take().expect("matched above");
                    self.outputs.push_back(Output::Done {
                        call: w.call,
                        result: Ok(envelope),
                    });
                    return;
                }
                _ => Event::UnexpectedDataFile(envelope),
            },
            _ => Event::Other(envelope),
        };
        self.event(event);
    }

    /// Queues an event that the driver observed (a disconnect, a reconnect).
    pub fn event(&mut self, event: Event) {
        self.outputs.push_back(Output::Event(event));
    }

    /// The next output, in the order things happened.
    pub fn poll_output(&mut self) -> Option<Output> {
        self.outputs.pop_front()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_protocol::generated::commands::echo;

    fn echo_response(reference: u8, data: &[u8]) -> Vec<u8> {
        let answer = echo::Response {
            data_being_echoed: Some(data.to_vec()),
            ..Default::default()
        };
        Envelope::response::<echo::Request>(reference, [0; 4], &answer).encode()
    }

    #[test]
    fn references_skip_zero_and_wrap() {
        let mut core = Core::new(254);
        assert_eq!(core.take_reference(), 254);
        assert_eq!(core.take_reference(), 255);
        assert_eq!(core.take_reference(), 1);
        assert_eq!(Core::new(0).peek_reference(), 1);
        let drawn: std::collections::HashSet<u8> = (0..64).map(|_| random_reference()).collect();
        assert!(!drawn.contains(&0));
        assert!(drawn.len() > 8, "{drawn:?}");
    }

    #[test]
    fn wrong_reference_is_its_own_error_at_the_deadline() {
        let mut core = Core::new(5);
        let now = Instant::now();
        let (call, reference, _) =
            core.start_request(&echo::Request::default(), now + Duration::from_secs(1));
        core.handle_message(echo_response(reference + 1, b"x"), now);
        assert!(matches!(
            core.poll_output(),
            Some(Output::Event(Event::UnmatchedResponse(_)))
        ));
        assert_eq!(core.next_deadline(), Some(now + Duration::from_secs(1)));
        core.handle_timeout(now + Duration::from_secs(1));
        match core.poll_output() {
            Some(Output::Done {
                call: done,
                result:
                    Err(ClientError::WrongReference {
                        expected, found, ..
                    }),
            }) => {
                assert_eq!(done, call);
                assert_eq!((expected, found), (5, 6));
            }
            other => panic!("{other:?}"),
        }
        assert!(core.next_deadline().is_none());
    }

    #[test]
    fn a_late_answer_to_an_abandoned_request_is_no_wrong_reference() {
        let mut core = Core::new(5);
        let now = Instant::now();
        let second = Duration::from_secs(1);
        let (first, late, _) = core.start_request(&echo::Request::default(), now + second);
        core.handle_timeout(now + second);
        assert!(matches!(
            core.poll_output(),
            Some(Output::Done { call, result: Err(ClientError::Timeout { .. }) }) if call == first
        ));
        // The retry: the first request's answer comes while it waits.
        let (retry, reference, _) = core.start_request(&echo::Request::default(), now + 2 * second);
        core.handle_message(echo_response(late, b"late"), now + second);
        assert!(matches!(
            core.poll_output(),
            Some(Output::Event(Event::UnmatchedResponse(e))) if e.info.reference == late
        ));
        // Its own answer is lost too: a timeout, not the late answer's number.
        core.handle_timeout(now + 2 * second);
        match core.poll_output() {
            Some(Output::Done {
                call,
                result: Err(ClientError::Timeout { reference: r, .. }),
            }) => assert_eq!((call, r), (retry, reference)),
            other => panic!("{other:?}"),
        }
        // Once the number comes round again (255 requests on), it is current.
        for _ in 0..253 {
            core.take_reference();
        }
        assert_eq!(core.peek_reference(), late);
        let (current, _, _) = core.start_request(&echo::Request::default(), now + 3 * second);
        core.handle_message(echo_response(late, b"mine"), now);
        assert!(matches!(
            core.poll_output(),
            Some(Output::Done { call, result: Ok(_) }) if call == current
        ));
    }

    #[test]
    fn cancelled_call_leaves_its_late_response_to_the_events() {
        let mut core = Core::new(1);
        let deadline = Instant::now() + Duration::from_secs(1);
        let (call, reference, _) = core.start_request(&echo::Request::default(), deadline);
        core.cancel(call);
        core.handle_message(echo_response(reference, b"late"), Instant::now());
        assert!(matches!(
            core.poll_output(),
            Some(Output::Event(Event::UnmatchedResponse(_)))
        ));
        let (next, reference, _) = core.start_request(&echo::Request::default(), deadline);
        core.handle_message(echo_response(reference, b"mine"), Instant::now());
        assert!(matches!(
            core.poll_output(),
            Some(Output::Done { call, result: Ok(_) }) if call == next
        ));
    }

    #[test]
    fn failure_status_is_an_error_for_every_response_type() {
        let failed = |id: u16| {
            let mut e = raw_request(3, id, &[]);
            e.info.message_type = MessageType::Response;
            e.status = Some(vec![0x81, 0x02, 0x01, 0x02]);
            e.payload = None;
            e
        };
        let echo = typed_response::<echo::Response>(echo::ID, failed(echo::ID)).unwrap_err();
        use mms_protocol::generated::commands::delete_file_from_device as delete;
        let delete =
            typed_response::<delete::Response>(delete::ID, failed(delete::ID)).unwrap_err();
        for error in [echo, delete] {
            match error {
                ClientError::Status { status, .. } => {
                    assert_eq!(status.to_bytes(), [0x81, 0x02, 0x01, 0x02]);
                    assert!(!status.is_ok());
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn what_waited_before_the_link_opened_answers_no_call() {
        let mut core = Core::new(1);
        let now = Instant::now();
        let quiet = Duration::from_millis(30);
        core.link_opened(now, quiet);
        let deadline = now + Duration::from_secs(1);
        let (_, reference, _) = core.start_request(&echo::Request::default(), deadline);
        core.handle_message(echo_response(reference, b"stale"), now);
        assert!(matches!(
            core.poll_output(),
            Some(Output::Event(Event::UnmatchedResponse(_)))
        ));
        // Input extends the quiet window; silence ends it.
        let later = now + Duration::from_millis(20);
        core.handle_message(echo_response(9, b"stale"), later);
        assert_eq!(core.drain_deadline(later), Some(later + quiet));
        assert_eq!(core.drain_deadline(later + quiet), None);
        core.handle_message(echo_response(reference, b"mine"), later + quiet);
        assert!(matches!(core.poll_output(), Some(Output::Event(_))));
        assert!(matches!(
            core.poll_output(),
            Some(Output::Done { result: Ok(_), .. })
        ));
    }

    #[test]
    fn notification_without_payload_is_typed() {
        use mms_protocol::generated::notifications::transaction_information_update as tiu;
        let mut envelope = raw_request(0, tiu::ID, &[]);
        envelope.info.message_type = MessageType::Notification;
        envelope.status = Some(vec![0x01, 0x00, 0x00, 0x01]);
        envelope.payload = None;
        match type_notification(envelope) {
            Event::Notification(n) => {
                assert_eq!(n.id, tiu::ID);
                assert_eq!(n.detail, Some(0x0100_0001));
                assert!(matches!(
                    *n.notification,
                    Notification::TransactionInformationUpdate(_)
                ));
            }
            other => panic!("{other:?}"),
        }
    }
}
