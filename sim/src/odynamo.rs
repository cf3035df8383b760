//! A simulated oDynamo-style device on a loopback TCP port: raw TLV messages with no
//! wrapper (framed by [`mms_runtime::tcp::TlvFramer`]), answering the commands of
//! `spec/odynamo/` through the generated `odynamo::Message`.
//!
//! What it answers ([`answer`]): every command of the spec with an ACK response, OK;
//! a message that does not decode with result code FF (Bad Message Format); a message
//! that is not a command with 07 (Bad Message Header); an unnamed application group
//! with 08; an unknown command ID in a known group with 09. Send Big Block Command
//! (0x01::0x10) is ACKed OK when its data is one whole command, else 82 (Data Error or
//! Bad Parameter); the page does not say what follows, so the inner command is only
//! recorded in the events.
//!
//! [`OdynamoSimulator::notify`] sends a notification to every connection, as several
//! Big Block Device Data notifications (`C4` chunks, result code OK) when it is longer
//! than the configured packet size: the simulator's reading of the page, which does not
//! define those notifications' data layout (see `mms_runtime::big_block`).
//!
//! ```
//! use mms_protocol::generated::odynamo::commands::clear_transaction_data;
//! use mms_runtime::tcp::{TcpClient, TcpClientOptions};
//! use mms_sim::odynamo::{OdynamoConfig, OdynamoSimulator};
//!
//! let sim = OdynamoSimulator::spawn(OdynamoConfig::default())?;
//! let mut client = TcpClient::connect(sim.addr(), TcpClientOptions::default())?;
//! let ack = client.call(&clear_transaction_data::command())?;
//! assert_eq!(ack.result_code.map(|rc| rc.to_raw()), Some(0x00));
//! sim.shutdown();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use mms_protocol::generated::odynamo::{
    commands, ApplicationId, Message, MessageType, ResultCode, COMMANDS,
};
use mms_runtime::tcp::{FramerOptions, TlvFramer};

/// How often idle threads look at the stop flag.
const TICK: Duration = Duration::from_millis(5);
/// Most events kept when nobody takes them.
const MAX_EVENTS: usize = 1000;

/// Settings of an [`OdynamoSimulator`].
#[derive(Debug, Clone)]
pub struct OdynamoConfig {
    /// Address to listen on; default `127.0.0.1:0` (loopback, a free port).
    pub bind: SocketAddr,
    /// Longest message sent in one piece; longer notifications go as Big Block
    /// Device Data. Default 1024.
    pub max_packet_len: usize,
    /// How long the input must pause before a message without data is complete; default 20 ms.
    pub idle_gap: Duration,
    /// Framing limits for host messages.
    pub framer: FramerOptions,
}

impl Default for OdynamoConfig {
    fn default() -> Self {
        OdynamoConfig {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            max_packet_len: 1024,
            idle_gap: Duration::from_millis(20),
            framer: FramerOptions::default(),
        }
    }
}

struct Shared {
    config: OdynamoConfig,
    stop: AtomicBool,
    /// Write halves of the live connections.
    links: Mutex<Vec<Arc<Mutex<TcpStream>>>>,
    events: Mutex<VecDeque<String>>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

impl Shared {
    fn note(&self, event: String) {
        let mut events = lock(&self.events);
        if events.len() >= MAX_EVENTS {
            events.pop_front();
        }
        events.push_back(event);
    }
}

/// A simulated oDynamo-style device listening on TCP; stops when dropped.
pub struct OdynamoSimulator {
    addr: SocketAddr,
    shared: Arc<Shared>,
    acceptor: Option<JoinHandle<()>>,
}

impl OdynamoSimulator {
    /// Starts listening (on loopback unless `config.bind` says otherwise).
    pub fn spawn(config: OdynamoConfig) -> io::Result<OdynamoSimulator> {
        let listener = TcpListener::bind(config.bind)?;
        listener.set_nonblocking(true)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            config,
            stop: AtomicBool::new(false),
            links: Mutex::new(Vec::new()),
            events: Mutex::new(VecDeque::new()),
        });
        let accepting = shared.clone();
        let acceptor = thread::spawn(move || accept_loop(&listener, &accepting));
        Ok(OdynamoSimulator {
            addr,
            shared,
            acceptor: Some(acceptor),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Sends `message` to every connection, as Big Block Device Data when it is longer
    /// than the packet size. Returns the packets sent to each connection.
    pub fn notify(&self, message: &Message) -> usize {
        let packets = packets(message, self.shared.config.max_packet_len);
        let links = lock(&self.shared.links).clone();
        for link in links {
            let mut stream = lock(&link);
            for p in &packets {
                if let Err(e) = stream.write_all(&p.encode()) {
                    self.shared.note(format!("notification not sent: {e}"));
                    break;
                }
            }
        }
        packets.len()
    }

    /// Connections open now.
    pub fn connections(&self) -> usize {
        lock(&self.shared.links).len()
    }

    /// What happened since the last call (messages in and out, errors), oldest first.
    pub fn take_events(&self) -> Vec<String> {
        lock(&self.shared.events).drain(..).collect()
    }

    /// Stops listening, closes every connection and joins the threads.
    pub fn shutdown(self) {
        drop(self);
    }
}

impl Drop for OdynamoSimulator {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Relaxed);
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

fn accept_loop(listener: &TcpListener, shared: &Arc<Shared>) {
    let mut connections = Vec::new();
    while !shared.stop.load(Ordering::Relaxed) {
        match listener.accept() {
            Ok((stream, peer)) => {
                shared.note(format!("connection from {peer}"));
                let shared = shared.clone();
                connections.push(thread::spawn(move || {
                    if let Err(e) = serve(stream, &shared) {
                        shared.note(format!("connection from {peer} ended: {e}"));
                    }
                }));
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => thread::sleep(TICK),
            Err(e) => {
                shared.note(format!("accept failed: {e}"));
                thread::sleep(TICK);
            }
        }
    }
    for connection in connections {
        let _ = connection.join();
    }
}

/// Serves one connection until the host closes it or the simulator stops.
fn serve(stream: TcpStream, shared: &Shared) -> io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(TICK))?;
    let _ = stream.set_nodelay(true);
    let writer = Arc::new(Mutex::new(stream.try_clone()?));
    lock(&shared.links).push(writer.clone());
    let result = read_loop(stream, &writer, shared);
    lock(&shared.links).retain(|l| !Arc::ptr_eq(l, &writer));
    result
}

fn read_loop(mut stream: TcpStream, writer: &Mutex<TcpStream>, shared: &Shared) -> io::Result<()> {
    let mut framer = TlvFramer::new(shared.config.framer.clone());
    let mut chunk = [0u8; 4096];
    let mut last_input = Instant::now();
    while !shared.stop.load(Ordering::Relaxed) {
        match stream.read(&mut chunk) {
            Ok(0) => return Ok(()),
            Ok(n) => {
                framer.push(&chunk[..n]);
                last_input = Instant::now();
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
        loop {
            let next = match framer.next_message() {
                Ok(None) if last_input.elapsed() >= shared.config.idle_gap => framer.flush_idle(),
                other => other,
            };
            let replies = match next {
                Ok(Some(bytes)) => {
                    shared.note(format!("<- {}", mms_spec::format_hex(&bytes)));
                    handle(&bytes, shared)
                }
                Ok(None) => break,
                Err(e) => {
                    shared.note(format!("framing: {e}"));
                    vec![Message::response(
                        ApplicationId::from_raw(0),
                        0,
                        ResultCode::BadMessageFormat,
                    )]
                }
            };
            let mut out = lock(writer);
            for reply in replies {
                let bytes = reply.encode();
                shared.note(format!("-> {}", mms_spec::format_hex(&bytes)));
                out.write_all(&bytes)?;
            }
        }
    }
    Ok(())
}

fn handle(bytes: &[u8], shared: &Shared) -> Vec<Message> {
    match Message::decode(bytes) {
        Ok(message) => {
            if let Some(inner) = big_block_inner(&message) {
                shared.note(format!(
                    "big block carried {} 0x{:02X}::0x{:02X} ({} bytes)",
                    inner.name().unwrap_or("a command"),
                    inner.key().1,
                    inner.command_id,
                    inner.encode().len()
                ));
            }
            vec![answer(&message)]
        }
        Err(e) => {
            shared.note(format!("bad message: {e}"));
            vec![Message::response(
                ApplicationId::from_raw(bytes.get(5).copied().unwrap_or(0)),
                bytes.get(8).copied().unwrap_or(0),
                ResultCode::BadMessageFormat,
            )]
        }
    }
}

/// The command a Send Big Block Command carries, when its data is one whole command.
fn big_block_inner(message: &Message) -> Option<Message> {
    if !commands::send_big_block_command::is_command(message) {
        return None;
    }
    let inner = Message::decode(message.data.as_deref()?).ok()?;
    (inner.message_type == MessageType::Command).then_some(inner)
}

/// The device's response to a decoded message (see the module docs).
pub fn answer(message: &Message) -> Message {
    let (_, app, cmd) = message.key();
    let result = if message.message_type != MessageType::Command {
        ResultCode::BadMessageHeader
    } else if message.application_id.label().is_none() {
        ResultCode::BadApplicationId
    } else if !COMMANDS.iter().any(|(a, c, _)| (*a, *c) == (app, cmd)) {
        ResultCode::BadMessageId
    } else if commands::send_big_block_command::is_command(message)
        && big_block_inner(message).is_none()
    {
        ResultCode::DataErrorOrBadParameter
    } else {
        ResultCode::OkDone
    };
    Message::response(message.application_id, cmd, result)
}

/// `message` as it goes on the wire: itself, or Big Block Device Data notifications
/// whose `C4` data are consecutive chunks of its bytes.
pub fn packets(message: &Message, max_packet_len: usize) -> Vec<Message> {
    let bytes = message.encode();
    if bytes.len() <= max_packet_len {
        return vec![message.clone()];
    }
    // Room for the notification's own header (C0 C1 C2 C3 and C4 with a long length).
    let chunk_len = max_packet_len.saturating_sub(12 + 6).max(1);
    bytes
        .chunks(chunk_len)
        .map(|chunk| {
            let mut n = Message::notification(
                ApplicationId::from_raw(mms_runtime::big_block::BIG_BLOCK_KEY.0),
                mms_runtime::big_block::BIG_BLOCK_KEY.1,
                ResultCode::OkDone,
            );
            n.data = Some(chunk.to_vec());
            n
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_follow_the_result_code_table() {
        let ok = answer(&commands::clear_transaction_data::command());
        assert_eq!(
            ok.encode(),
            [0xC0, 1, 2, 0xC1, 1, 1, 0xC2, 1, 2, 0xC3, 1, 0]
        );
        let unknown_group = Message::command(ApplicationId::from_raw(0x06), 1);
        assert_eq!(
            answer(&unknown_group).result_code,
            Some(ResultCode::BadApplicationId)
        );
        let unknown_id = Message::command(ApplicationId::GeneralMessages, 0x7F);
        assert_eq!(
            answer(&unknown_id).result_code,
            Some(ResultCode::BadMessageId)
        );
        let not_a_command =
            Message::response(ApplicationId::GeneralMessages, 2, ResultCode::OkDone);
        assert_eq!(
            answer(&not_a_command).result_code,
            Some(ResultCode::BadMessageHeader)
        );
        let empty_big_block = commands::send_big_block_command::command();
        assert_eq!(
            answer(&empty_big_block).result_code,
            Some(ResultCode::DataErrorOrBadParameter)
        );
        let big_block =
            mms_runtime::big_block::big_block_command(&commands::read_msr_data::command());
        assert_eq!(answer(&big_block).result_code, Some(ResultCode::OkDone));
    }

    #[test]
    fn long_messages_go_out_as_big_block_data() {
        let mut long = Message::notification(
            ApplicationId::EmvL2ContactMessages,
            0x83,
            ResultCode::OkDone,
        );
        long.data = Some((0..=255).collect());
        assert_eq!(packets(&long, 1024).len(), 1);
        let parts = packets(&long, 100);
        assert_eq!(parts.len(), long.encode().len().div_ceil(82));
        assert!(parts.iter().all(|p| p.encode().len() <= 100));
        let joined: Vec<u8> = parts.iter().flat_map(|p| p.data_bytes()).collect();
        assert_eq!(joined, long.encode());
    }
}
