//! One-shot fault injection.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

/// A fault the simulator injects once, on the next message it applies to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// The next host message is lost before the device sees it.
    DropRequest,
    /// The device handles the next request but its response is never sent.
    DropResponse,
    /// The next device message is held back this long.
    Delay(Duration),
    /// These raw bytes go on the wire before the next device message (for HID,
    /// as one report with an invalid packet type; for whole-message links and
    /// WebSocket, as one message of their own).
    Garbage(Vec<u8>),
    /// HID: in the next device message of three or more packets, the first
    /// middle packet is swapped with the packet after it. Other links: the next device message is sent after the one
    /// that follows it (or 100 ms late when nothing follows).
    Reorder,
    /// The next device message longer than 64 bytes is cut in the middle and
    /// the link is dropped: in memory and over WebSocket the connection closes;
    /// on a pseudo-terminal, where the line cannot be unplugged, the frame is
    /// cut and the rest never sent.
    DisconnectMidTransfer,
    /// HID: the first middle packet of the next device message of three or
    /// more packets is never sent.
    DropMiddle,
    /// HID: the first middle packet of the next device message of three or
    /// more packets is sent twice.
    RepeatMiddle,
    /// HID: the next device message of two or more packets stops after its
    /// head with a cancel packet (reason 0); the rest is never sent.
    Cancel,
    /// HID: this complete message (a notification, say) goes out as its own
    /// packets between the head and the rest of the next device message of
    /// two or more packets.
    Interleave(Vec<u8>),
    /// The link is dropped once the device has received the head of a
    /// multi-packet host message (HID), as a reader unplugged while a file
    /// is being sent to it.
    DisconnectMidUpload,
}

/// The queue of armed faults, shared by all links of a simulator.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    armed: Mutex<VecDeque<Fault>>,
}

impl FaultQueue {
    pub fn arm(&self, fault: Fault) {
        self.lock().push_back(fault);
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    /// Removes and returns the first armed fault that `applies` accepts.
    pub fn take(&self, applies: impl Fn(&Fault) -> bool) -> Option<Fault> {
        let mut armed = self.lock();
        let index = armed.iter().position(applies)?;
        armed.remove(index)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<Fault>> {
        // A panic elsewhere must not take fault injection down with it.
        self.armed.lock().unwrap_or_else(|e| e.into_inner())
    }
}
