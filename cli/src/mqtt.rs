//! MQTT options shared by `--mqtt URL --reader SERIAL`, `mms bridge`,
//! `mms fleet` and `mms sim --mqtt`, and finding a reader's topics.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use mms_runtime::mqtt::{LinkEvent, MqttLink, MqttOptions, Topics, SERVER_PREFIX};
use mms_runtime::tls::TlsOptions;

/// Broker credentials, TLS files and QoS.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MqttArgs {
    /// Broker user name (overrides one in the URL).
    #[arg(long, value_name = "NAME", env = "MMS_MQTT_USER")]
    pub mqtt_user: Option<String>,
    /// Broker password (better given in the environment than on the command line).
    #[arg(
        long,
        value_name = "PASSWORD",
        env = "MMS_MQTT_PASSWORD",
        hide_env_values = true
    )]
    pub mqtt_password: Option<String>,
    /// CA certificates (PEM) that sign the broker's certificate, for mqtts://
    /// (default: the system's trusted certificates).
    #[arg(long, value_name = "FILE")]
    pub mqtt_ca: Option<PathBuf>,
    /// Client certificate (PEM) for brokers that require one (mutual TLS).
    #[arg(long, value_name = "FILE", requires = "mqtt_key")]
    pub mqtt_cert: Option<PathBuf>,
    /// The client certificate's private key (PEM).
    #[arg(long, value_name = "FILE", requires = "mqtt_cert")]
    pub mqtt_key: Option<PathBuf>,
    /// For mqtts://: the name the broker's certificate must be valid for, when
    /// it is not the URL's host (a WLAN reader's MQTT Peer Common Name).
    #[arg(long, value_name = "NAME")]
    pub mqtt_peer_name: Option<String>,
    /// MQTT QoS for what is published and subscribed.
    #[arg(long, value_name = "0|1|2", default_value_t = 1, value_parser = clap::value_parser!(u8).range(0..=2))]
    pub qos: u8,
}

impl MqttArgs {
    /// Connection options for the broker at `url`.
    pub fn options(&self, url: &str) -> Result<MqttOptions> {
        let mut options = MqttOptions::new(url).map_err(|e| anyhow!("{e}"))?;
        if let Some(user) = &self.mqtt_user {
            options.broker.username = Some(user.clone());
        }
        if let Some(password) = &self.mqtt_password {
            options.broker.password = Some(password.clone());
        }
        options.qos = self.qos;
        options.peer_name = self.mqtt_peer_name.clone();
        options.tls = TlsOptions::from_files(
            self.mqtt_ca.as_deref(),
            self.mqtt_cert.as_deref(),
            self.mqtt_key.as_deref(),
        )
        .map_err(|e| anyhow!(e))?;
        let tls_only =
            self.mqtt_ca.is_some() || self.mqtt_cert.is_some() || self.mqtt_peer_name.is_some();
        if !options.broker.tls && tls_only {
            bail!("--mqtt-ca / --mqtt-cert / --mqtt-peer-name need an mqtts:// broker URL");
        }
        Ok(options)
    }
}

/// The topics of `reader`: `MODEL/SERIAL` gives them directly; a bare
/// serial number is looked up in the retained statuses of bridges and
/// simulated readers (`MagTek/Server/+/SERIAL/status`).
pub fn reader_topics(options: &MqttOptions, reader: &str, wait: Duration) -> Result<Topics> {
    if let Some((model, serial)) = reader.rsplit_once('/') {
        return Ok(Topics::magtek(model, serial));
    }
    let probe = MqttOptions {
        client_id: mms_runtime::mqtt::unique_client_id("mms-find"),
        ..options.clone()
    };
    let filter = format!("{SERVER_PREFIX}/+/{reader}/status");
    let link = MqttLink::connect(&probe, &[filter], None, false)
        .map_err(|e| anyhow!("{e}; check the broker URL and that it is running"))?;
    let deadline = Instant::now() + wait;
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        if let Some(LinkEvent::Message { topic, .. }) =
            link.recv(left).map_err(|e| anyhow!("{e}"))?
        {
            let mut levels = topic.split('/').skip(2);
            if let Some(model) = levels.next() {
                return Ok(Topics::magtek(model, reader));
            }
        }
    }
    bail!(
        "no reader with serial number {reader} has a status on the broker; \
         give --reader MODEL/SERIAL for a reader without a bridge (see `mms fleet`)"
    )
}
