//! What ties a request type to its command ID and response type.

/// A command request payload; `client.call(req)` returns `Self::Response`.
pub trait Command: mms_codec::Contents {
    /// Fully qualified command ID, e.g. `0xDF01`.
    const ID: u16;
    /// Name from the manual, e.g. `"Echo"`.
    const NAME: &'static str;
    /// The response payload type.
    type Response: mms_codec::Contents;
}

/// A notification payload.
pub trait Notification: mms_codec::Contents {
    /// Notification ID: source byte and type byte, e.g. `0x0101`.
    const ID: u16;
    /// Name from the manual.
    const NAME: &'static str;
}
