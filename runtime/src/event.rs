//! [`Event`]: what the device sent that no call waited for, and what happened
//! to the link. Both clients report the same events.

use std::sync::Arc;

use mms_codec::DecodeError;
use mms_protocol::generated::message::Notification;
use mms_protocol::{Envelope, MessageError};

use crate::transport::TransportError;

/// A notification from the device, decoded.
#[derive(Clone, Debug, PartialEq)]
pub struct DeviceNotification {
    /// The notification ID (source byte, type byte), e.g. `0x0101`.
    pub id: u16,
    /// The detail code (the notification's 4 status bytes as a number), when
    /// present. Each notification module of
    /// `mms_protocol::generated::notifications` has a `DetailCode` that names it.
    pub detail: Option<u32>,
    /// The typed notification. One without a payload is typed too, with an
    /// empty payload. (Boxed: some notification payloads are large.)
    pub notification: Box<Notification>,
    /// The whole message as received.
    pub envelope: Envelope,
}

/// Something the device sent that no call was waiting for, or a change of
/// the link.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum Event {
    /// A notification.
    Notification(DeviceNotification),
    /// A notification whose ID the spec does not know or whose payload does
    /// not decode as that notification's.
    UndecodedNotification {
        /// The message as received.
        envelope: Envelope,
        /// Why it could not be typed (`None`: the spec has no notification
        /// with this ID).
        error: Option<MessageError>,
    },
    /// A response nobody waits for (it came after its call timed out or was
    /// cancelled, or its reference number matches no call).
    UnmatchedResponse(Envelope),
    /// A data file message nobody asked for.
    UnexpectedDataFile(Envelope),
    /// Any other message type (requests from the device are reserved).
    Other(Envelope),
    /// Bytes that are not an MMS message.
    Undecodable {
        /// The message as received.
        bytes: Vec<u8>,
        /// Where and why decoding failed.
        error: DecodeError,
    },
    /// The transport dropped something (bad framing, cancelled message); the
    /// connection goes on.
    Dropped(Arc<TransportError>),
    /// This many events were dropped because this subscriber did not read its
    /// queue ([`ClientOptions::event_capacity`](crate::ClientOptions::event_capacity)) in time.
    Lagged(u64),
    /// The connection ended (why). Without a connector this is the last
    /// event; with one, [`Event::Reconnected`] follows once a later call has
    /// re-opened the link, and the last event is the
    /// `Disconnected("client closed")` of closing or dropping the client.
    Disconnected(String),
    /// The link was re-opened through the connector after a disconnect.
    Reconnected {
        /// The new transport's name.
        transport: String,
    },
}
