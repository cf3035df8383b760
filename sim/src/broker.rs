//! Brokers for simulated WLAN readers and for tests: an embedded `rumqttd`
//! on loopback (nothing to install), a real `mosquitto` started on free
//! loopback ports with a generated configuration (plain, TLS and mutual-TLS
//! listeners), and the test certificates both need (made with `rcgen`).

use std::io;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use mms_runtime::tls::TlsOptions;

/// A free TCP port on 127.0.0.1 (bound, then released).
pub fn free_port() -> io::Result<u16> {
    Ok(TcpListener::bind((Ipv4Addr::LOCALHOST, 0))?
        .local_addr()?
        .port())
}

/// Waits up to `timeout` for something to listen on `127.0.0.1:port`.
fn wait_listening(port: u16, timeout: Duration) -> bool {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// An MQTT broker in this process (`rumqttd`), plain MQTT 3.1.1 on
/// 127.0.0.1. It runs until the process ends (`rumqttd` has no shutdown).
///
/// `rumqttd` never frees what it keeps per topic: each new topic (such as a
/// new client's private reply topic) costs some 30 KiB for the life of the
/// process (measured in RELIABILITY.md, "Soak"). Long runs with many
/// short-lived clients belong on [`Mosquitto`] or another real broker.
#[derive(Debug)]
pub struct EmbeddedBroker {
    port: u16,
}

impl EmbeddedBroker {
    /// Starts a broker on a free loopback port and waits until it listens.
    pub fn start() -> io::Result<Self> {
        use std::collections::HashMap;
        let port = free_port()?;
        let connections = rumqttd::ConnectionSettings {
            connection_timeout_ms: 60_000,
            max_payload_size: 4 << 20,
            max_inflight_count: 500,
            auth: None,
            external_auth: None,
            dynamic_filters: true,
        };
        let server = rumqttd::ServerSettings {
            name: "mms-sim".into(),
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, port)),
            tls: None,
            next_connection_delay_ms: 1,
            connections,
        };
        let config = rumqttd::Config {
            id: 0,
            router: rumqttd::RouterConfig {
                max_connections: 10_010,
                max_outgoing_packet_count: 200,
                max_segment_size: 100 << 20,
                max_segment_count: 10,
                ..Default::default()
            },
            v4: Some(HashMap::from([("1".to_owned(), server)])),
            ..Default::default()
        };
        std::thread::Builder::new()
            .name("rumqttd".into())
            .spawn(move || {
                let mut broker = rumqttd::Broker::new(config);
                if let Err(e) = broker.start() {
                    eprintln!("embedded MQTT broker stopped: {e}");
                }
            })?;
        if !wait_listening(port, Duration::from_secs(10)) {
            return Err(io::Error::other(
                "the embedded MQTT broker did not start listening",
            ));
        }
        // Best effort: where the socket cannot be found (no /proc), calls are
        // only slower.
        let _ = no_delay_on_listener(port);
        Ok(Self { port })
    }

    /// Its URL, `mqtt://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("mqtt://127.0.0.1:{}", self.port)
    }
}

/// Turns Nagle's algorithm off on the TCP sockets of this process bound to
/// 127.0.0.1:`port` (the embedded broker's listener), which its connections
/// inherit. `rumqttd` leaves it on and has no setting for it: a response
/// published right after the broker's PUBACK to the same host then waits for
/// that host's delayed TCP acknowledgement, some 40 ms per call (mosquitto is
/// configured with `set_tcp_nodelay`).
fn no_delay_on_listener(port: u16) -> io::Result<()> {
    use std::os::fd::BorrowedFd;
    let mut found = false;
    for entry in std::fs::read_dir("/proc/self/fd")? {
        let Some(fd) = entry?.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        // SAFETY: the descriptor was listed as open by /proc a moment ago and
        // is only used for two socket-option calls; a descriptor closed since
        // fails them (or is some other socket, checked by its address below).
        let fd = unsafe { BorrowedFd::borrow_raw(fd) };
        let Ok(address) = rustix::net::getsockname(fd) else {
            continue; // not a socket
        };
        let ours = SocketAddr::try_from(address)
            .is_ok_and(|a| a == SocketAddr::from((Ipv4Addr::LOCALHOST, port)));
        let listening = rustix::net::sockopt::socket_acceptconn(fd).unwrap_or(false);
        if ours && listening {
            rustix::net::sockopt::set_tcp_nodelay(fd, true)?;
            found = true;
        }
    }
    if found {
        Ok(())
    } else {
        Err(io::Error::other(
            "the embedded MQTT broker's listening socket was not found",
        ))
    }
}

/// A certificate authority, a server certificate (for `127.0.0.1` /
/// `localhost` unless other names are asked for) and a client certificate, all made on the spot (PEM).
#[derive(Clone)]
pub struct TestCerts {
    /// The CA certificate.
    pub ca: String,
    /// The server certificate, signed by the CA.
    pub server_cert: String,
    /// The server's private key.
    pub server_key: String,
    /// A client certificate signed by the CA (for mutual TLS).
    pub client_cert: String,
    /// The client's private key.
    pub client_key: String,
}

impl std::fmt::Debug for TestCerts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TestCerts { .. }")
    }
}

impl TestCerts {
    /// Makes a fresh set.
    pub fn generate() -> Result<Self, rcgen::Error> {
        Self::generate_for(&["127.0.0.1", "localhost"])
    }

    /// Makes a fresh set whose server certificate is for `server_names`
    /// (subject alternative names; the first is also its common name).
    pub fn generate_for(server_names: &[&str]) -> Result<Self, rcgen::Error> {
        use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
        let ca_key = KeyPair::generate()?;
        let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
        ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(DnType::CommonName, "mms-rs test CA");
        let ca = ca_params.self_signed(&ca_key)?;
        let issuer = Issuer::from_params(&ca_params, &ca_key);
        let leaf = |names: Vec<String>, cn: &str| -> Result<(String, String), rcgen::Error> {
            let key = KeyPair::generate()?;
            let mut params = CertificateParams::new(names)?;
            params.distinguished_name.push(DnType::CommonName, cn);
            let cert = params.signed_by(&key, &issuer)?;
            Ok((cert.pem(), key.serialize_pem()))
        };
        let names: Vec<String> = server_names.iter().map(|n| n.to_string()).collect();
        let cn = names.first().cloned().unwrap_or_default();
        let (server_cert, server_key) = leaf(names, &cn)?;
        let (client_cert, client_key) = leaf(vec!["mms-client".into()], "mms-client")?;
        Ok(Self {
            ca: ca.pem(),
            server_cert,
            server_key,
            client_cert,
            client_key,
        })
    }

    /// Client TLS options trusting this CA, without a client certificate.
    pub fn client_tls(&self) -> TlsOptions {
        TlsOptions {
            ca_pem: Some(self.ca.clone().into_bytes()),
            ..TlsOptions::default()
        }
    }

    /// Client TLS options trusting this CA, with the client certificate.
    pub fn client_mtls(&self) -> TlsOptions {
        TlsOptions {
            ca_pem: Some(self.ca.clone().into_bytes()),
            client_cert_pem: Some(self.client_cert.clone().into_bytes()),
            client_key_pem: Some(self.client_key.clone().into_bytes()),
        }
    }

    /// Writes `ca.pem`, `server.pem`, `server.key`, `client.pem` and
    /// `client.key` into `dir`.
    pub fn write_to(&self, dir: &Path) -> io::Result<()> {
        for (name, text) in [
            ("ca.pem", &self.ca),
            ("server.pem", &self.server_cert),
            ("server.key", &self.server_key),
            ("client.pem", &self.client_cert),
            ("client.key", &self.client_key),
        ] {
            std::fs::write(dir.join(name), text)?;
        }
        Ok(())
    }
}

/// What to do when `mosquitto` is not installed.
pub const MOSQUITTO_MISSING: &str =
    "mosquitto is not installed: `apt-get install -y mosquitto` (Debian package `mosquitto`)";

/// How a test `mosquitto` is set up besides its three listeners.
#[derive(Clone, Debug, Default)]
pub struct MosquittoSetup {
    /// Require this user name and password on every listener (a password
    /// file made with `mosquitto_passwd`); anonymous clients are refused.
    pub credentials: Option<(String, String)>,
    /// Names the server certificate is made for; empty: `127.0.0.1` and `localhost`.
    pub server_names: Vec<String>,
}

/// A `mosquitto` process on three free loopback ports: plain MQTT, TLS, and
/// TLS with a required client certificate. Stopped (killed) on drop.
#[derive(Debug)]
pub struct Mosquitto {
    child: Option<Child>,
    dir: PathBuf,
    /// Port of the plain listener.
    pub plain_port: u16,
    /// Port of the TLS listener (server certificate from [`Mosquitto::certs`]).
    pub tls_port: u16,
    /// Port of the mutual-TLS listener.
    pub mtls_port: u16,
    /// The certificates the TLS listeners use.
    pub certs: TestCerts,
}

impl Mosquitto {
    /// The `mosquitto` binary: on `PATH` or in `/usr/sbin` (where Debian puts it).
    pub fn binary() -> Option<PathBuf> {
        find_tool("mosquitto", "/usr/sbin")
    }

    /// For tests: starts a broker, or returns `None` after printing what to
    /// install when `mosquitto` is missing. With `CI=true` a missing
    /// `mosquitto` panics instead, so CI cannot pass without it.
    pub fn start_for_test() -> Option<Self> {
        Self::start_for_test_with(&MosquittoSetup::default())
    }

    /// [`start_for_test`](Self::start_for_test) with a [`MosquittoSetup`].
    pub fn start_for_test_with(setup: &MosquittoSetup) -> Option<Self> {
        if Self::binary().is_none() {
            if std::env::var("CI").is_ok_and(|v| v == "true") {
                panic!("{MOSQUITTO_MISSING} (required when CI=true)");
            }
            eprintln!("skipping: {MOSQUITTO_MISSING}");
            return None;
        }
        Some(Self::start_with(setup).expect("starting mosquitto"))
    }

    /// Starts `mosquitto` with fresh certificates in a new temporary directory.
    pub fn start() -> io::Result<Self> {
        Self::start_with(&MosquittoSetup::default())
    }

    /// [`start`](Self::start) with a [`MosquittoSetup`].
    pub fn start_with(setup: &MosquittoSetup) -> io::Result<Self> {
        let binary = Self::binary().ok_or_else(|| io::Error::other(MOSQUITTO_MISSING))?;
        let dir = std::env::temp_dir().join(mms_runtime::mqtt::unique_client_id("mms-mosquitto"));
        std::fs::create_dir_all(&dir)?;
        let certs = if setup.server_names.is_empty() {
            TestCerts::generate()
        } else {
            let names: Vec<&str> = setup.server_names.iter().map(String::as_str).collect();
            TestCerts::generate_for(&names)
        };
        let certs = certs.map_err(io::Error::other)?;
        certs.write_to(&dir)?;
        let auth = match &setup.credentials {
            None => "allow_anonymous true\n".to_owned(),
            Some((user, password)) => {
                write_password_file(&dir.join("passwords"), user, password)?;
                format!(
                    "allow_anonymous false\npassword_file {}\n",
                    dir.join("passwords").display()
                )
            }
        };
        let (plain_port, tls_port, mtls_port) = (free_port()?, free_port()?, free_port()?);
        let d = dir.display();
        let config = format!(
            "# generated by mms-sim for a test\n\
             user root\n\
             persistence false\n\
             set_tcp_nodelay true\n\
             {auth}\
             log_dest file {d}/mosquitto.log\n\
             listener {plain_port} 127.0.0.1\n\
             listener {tls_port} 127.0.0.1\n\
             cafile {d}/ca.pem\ncertfile {d}/server.pem\nkeyfile {d}/server.key\n\
             listener {mtls_port} 127.0.0.1\n\
             cafile {d}/ca.pem\ncertfile {d}/server.pem\nkeyfile {d}/server.key\n\
             require_certificate true\n"
        );
        std::fs::write(dir.join("mosquitto.conf"), config)?;
        let mut broker = Self {
            child: None,
            dir,
            plain_port,
            tls_port,
            mtls_port,
            certs,
        };
        broker.spawn(&binary)?;
        Ok(broker)
    }

    fn spawn(&mut self, binary: &Path) -> io::Result<()> {
        let child = Command::new(binary)
            .arg("-c")
            .arg(self.dir.join("mosquitto.conf"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        self.child = Some(child);
        for port in [self.plain_port, self.tls_port, self.mtls_port] {
            if !wait_listening(port, Duration::from_secs(10)) {
                let log =
                    std::fs::read_to_string(self.dir.join("mosquitto.log")).unwrap_or_default();
                return Err(io::Error::other(format!(
                    "mosquitto did not listen on port {port}; its log:\n{log}"
                )));
            }
        }
        Ok(())
    }

    /// Kills the broker (clients see the connection drop).
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Kills the broker and starts it again on the same ports (retained
    /// messages are lost: persistence is off).
    pub fn restart(&mut self) -> io::Result<()> {
        self.kill();
        let binary = Self::binary().ok_or_else(|| io::Error::other(MOSQUITTO_MISSING))?;
        self.spawn(&binary)
    }

    /// `mqtt://127.0.0.1:PORT` (plain listener).
    pub fn url(&self) -> String {
        format!("mqtt://127.0.0.1:{}", self.plain_port)
    }

    /// `mqtts://127.0.0.1:PORT` (TLS listener).
    pub fn tls_url(&self) -> String {
        format!("mqtts://127.0.0.1:{}", self.tls_port)
    }

    /// `mqtts://127.0.0.1:PORT` (the listener that requires a client certificate).
    pub fn mtls_url(&self) -> String {
        format!("mqtts://127.0.0.1:{}", self.mtls_port)
    }

    /// The process ID of the running broker (`None` after [`Mosquitto::kill`]).
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// The directory with the configuration, the certificates and the log.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// The program `name` on `PATH`, or in `also` (where Debian puts it).
fn find_tool(name: &str, also: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([PathBuf::from(also)])
        .map(|dir| dir.join(name))
        .find(|p| p.is_file())
}

/// Writes a `mosquitto` password file with one user, through `mosquitto_passwd`
/// (installed with `mosquitto`; it hashes the password).
fn write_password_file(path: &Path, user: &str, password: &str) -> io::Result<()> {
    let tool = find_tool("mosquitto_passwd", "/usr/bin")
        .ok_or_else(|| io::Error::other(MOSQUITTO_MISSING))?;
    let status = Command::new(tool)
        .args(["-c", "-b"])
        .arg(path)
        .args([user, password])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        return Err(io::Error::other(format!(
            "mosquitto_passwd failed: {status}"
        )));
    }
    Ok(())
}

impl Drop for Mosquitto {
    fn drop(&mut self) {
        self.kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
