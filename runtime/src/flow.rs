//! What the multi-message device flows ([`security`](crate::security),
//! [`ui`](crate::ui)) share: [`FlowError`] and waiting for the notification
//! that ends a command the device answered with "started".

use std::fmt;
use std::time::{Duration, Instant};

use crate::client::Events;
use crate::error::ClientError;
use crate::event::{DeviceNotification, Event};
use crate::signature::SignatureError;
use mms_protocol::Envelope;

/// Why a device flow failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum FlowError {
    /// A command of the flow failed (status, timeout, link).
    Client(ClientError),
    /// The notification that ends the step did not come in time.
    NoNotification {
        /// What was awaited, e.g. `"CSR keys generated (1001 03000000)"`.
        awaited: &'static str,
        /// How long the flow waited.
        waited: Duration,
    },
    /// The device reported that the operation failed (or the cardholder
    /// cancelled, or let it time out).
    Failed {
        /// The notification ID.
        notification: u16,
        /// Its detail code.
        detail: u32,
        /// The detail code's name from the spec.
        text: String,
    },
    /// The device's result could not be read.
    BadResult(String),
    /// The captured signature could not be read.
    Signature(SignatureError),
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Client(e) => write!(f, "{e}"),
            Self::NoNotification { awaited, waited } => {
                write!(f, "no notification {awaited} within {waited:?}")
            }
            Self::Failed {
                notification,
                detail,
                text,
            } => write!(
                f,
                "the device reported {notification:04X} {detail:08X}: {text}"
            ),
            Self::BadResult(why) => write!(f, "{why}"),
            Self::Signature(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for FlowError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Client(e) => Some(e),
            Self::Signature(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ClientError> for FlowError {
    fn from(e: ClientError) -> Self {
        Self::Client(e)
    }
}

impl From<SignatureError> for FlowError {
    fn from(e: SignatureError) -> Self {
        Self::Signature(e)
    }
}

/// A notification that ends a flow's step, typed or not: one whose payload
/// does not decode as the spec reads it still carries its ID and detail code.
#[derive(Clone, Debug, PartialEq)]
pub struct Notified {
    /// The notification ID.
    pub id: u16,
    /// Its detail code.
    pub detail: Option<u32>,
    /// The whole message.
    pub envelope: Envelope,
}

impl Notified {
    fn from_event(event: Event) -> Option<Self> {
        match event {
            Event::Notification(DeviceNotification {
                id,
                detail,
                envelope,
                ..
            }) => Some(Notified {
                id,
                detail,
                envelope,
            }),
            Event::UndecodedNotification { envelope, .. } => Some(Notified {
                id: envelope.info.id,
                detail: envelope
                    .status
                    .as_deref()
                    .and_then(|s| <[u8; 4]>::try_from(s).ok())
                    .map(u32::from_be_bytes),
                envelope,
            }),
            _ => None,
        }
    }
}

/// Waits until `events` brings notification `id` whose detail code `accept`s,
/// or `wait` has passed. Subscribe *before* sending the command: the
/// notification may follow its response at once.
pub fn wait_notification(
    events: &Events,
    id: u16,
    awaited: &'static str,
    wait: Duration,
    mut accept: impl FnMut(&Notified) -> bool,
) -> Result<Notified, FlowError> {
    let start = Instant::now();
    let found = wait_for(events, start + wait, |event| {
        Notified::from_event(event).filter(|n| n.id == id && accept(n))
    });
    match found {
        Waited::Found(n) => Ok(n),
        Waited::Disconnected(reason) => {
            Err(FlowError::Client(ClientError::Disconnected { reason }))
        }
        Waited::Closed => Err(FlowError::Client(ClientError::Disconnected {
            reason: "the client closed".into(),
        })),
        Waited::TimedOut => Err(FlowError::NoNotification {
            awaited,
            waited: start.elapsed(),
        }),
    }
}

/// What [`wait_for`] ended with.
pub(crate) enum Waited<T> {
    /// `pick` accepted an event.
    Found(T),
    /// The link dropped (`Event::Disconnected`).
    Disconnected(String),
    /// The deadline passed.
    TimedOut,
    /// The client is gone: its event channel closed.
    Closed,
}

/// Reads `events` until `pick` turns one into a value, the link drops, or
/// `deadline` passes: the one deadline loop of every flow that waits for a
/// notification. Events `pick` refuses are skipped.
pub(crate) fn wait_for<T>(
    events: &Events,
    deadline: Instant,
    mut pick: impl FnMut(Event) -> Option<T>,
) -> Waited<T> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        match events.recv_timeout(left) {
            Ok(Event::Disconnected(reason)) => return Waited::Disconnected(reason),
            Ok(event) => {
                if let Some(value) = pick(event) {
                    return Waited::Found(value);
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => return Waited::TimedOut,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return Waited::Closed,
        }
    }
}

/// The spec's name of `detail` for notification `id` (hex when unnamed).
pub(crate) fn detail_text(id: u16, detail: u32) -> String {
    mms_protocol::generated::notifications::detail_label(id, detail)
        .map_or_else(|| format!("{detail:08X}"), str::to_string)
}
