//! Simulated WLAN readers on an MQTT broker: each is a [`Simulator`] served
//! by an [`mms_runtime::mqtt::Bridge`] connected the way its own MQTT
//! properties say, as a real DynaFlex II PED uses them: broker address,
//! port, QoS, subscribe and publish topics (with `[DevModelName]` and
//! `[DevSN]` filled in), client ID, user name and password, peer common name
//! (the name the broker's certificate must carry) and keep-alive
//! (1.2.2.1.2.1 to 1.2.2.1.2.A). [`start_readers`] first writes the broker
//! settings it is given into those properties, as an installer would with
//! Set Property. Like a bridge (and unlike a real reader) the readers also
//! answer each host on its private reply topic, and keep a retained
//! online/offline status.

use std::time::Duration;

use mms_runtime::mqtt::{
    property_text, serial_text, Bridge, BridgeEvent, BridgeOptions, MqttOptions, Topics,
    MODEL_NAME_OID, SERIAL_NUMBER_OID,
};
use mms_runtime::TransportError;

use crate::{Device, DeviceConfig, Simulator};

/// MQTT Broker Address.
const BROKER_ADDRESS_OID: [u32; 6] = [1, 2, 2, 1, 2, 1];
/// MQTT Port (2 bytes, most significant first).
const PORT_OID: [u32; 6] = [1, 2, 2, 1, 2, 2];
/// MQTT QoS (1 byte).
const QOS_OID: [u32; 6] = [1, 2, 2, 1, 2, 3];
/// MQTT UserName.
const USERNAME_OID: [u32; 6] = [1, 2, 2, 1, 2, 7];
/// MQTT Password.
const PASSWORD_OID: [u32; 6] = [1, 2, 2, 1, 2, 8];
/// MQTT Peer Common Name.
const PEER_NAME_OID: [u32; 6] = [1, 2, 2, 1, 2, 9];
/// MQTT Keep Alive (2 bytes, seconds).
const KEEP_ALIVE_OID: [u32; 6] = [1, 2, 2, 1, 2, 0xA];

/// MQTT Subscribe Topic.
const SUBSCRIBE_TOPIC_OID: [u32; 6] = [1, 2, 2, 1, 2, 4];
/// MQTT Publish Topic.
const PUBLISH_TOPIC_OID: [u32; 6] = [1, 2, 2, 1, 2, 5];
/// MQTT Client ID.
const CLIENT_ID_OID: [u32; 6] = [1, 2, 2, 1, 2, 6];

/// The manual's default subscribe topic template.
const DEFAULT_DEVICE_TOPIC: &str = "MagTek/Device/[DevModelName]/[DevSN]";
/// The manual's default publish topic template.
const DEFAULT_SERVER_TOPIC: &str = "MagTek/Server/[DevModelName]/[DevSN]";

/// The model name simulated WLAN readers report.
pub const WLAN_MODEL: &str = "DynaFlex II PED";

/// What a device's properties say about its MQTT identity and broker.
#[derive(Clone, PartialEq, Eq)]
pub struct WlanIdentity {
    /// Device Model Name, without padding.
    pub model: String,
    /// Serial number as text (hex digits of the 4-byte property).
    pub serial: String,
    /// Its two topics.
    pub topics: Topics,
    /// Its MQTT client ID.
    pub client_id: String,
    /// Broker address (host name or IP address).
    pub broker: String,
    /// Broker port.
    pub port: u16,
    /// QoS (0 to 2).
    pub qos: u8,
    /// Broker user name, if set.
    pub username: Option<String>,
    /// Broker password, if set. Never printed.
    pub password: Option<String>,
    /// The name the broker's certificate must be valid for, if set.
    pub peer_name: Option<String>,
    /// MQTT keep-alive.
    pub keep_alive: Duration,
}

impl std::fmt::Debug for WlanIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WlanIdentity")
            .field("model", &self.model)
            .field("serial", &self.serial)
            .field("topics", &self.topics)
            .field("client_id", &self.client_id)
            .field("broker", &format_args!("{}:{}", self.broker, self.port))
            .field("qos", &self.qos)
            .field("username", &self.username)
            .field("peer_name", &self.peer_name)
            .field("keep_alive", &self.keep_alive)
            .finish_non_exhaustive()
    }
}

impl WlanIdentity {
    /// Connection options from these settings; `base` gives what the
    /// properties do not hold: TLS or not (its URL scheme), the trust
    /// anchors and client certificate, timeouts and the payload cap.
    pub fn mqtt_options(&self, base: &MqttOptions) -> MqttOptions {
        let mut options = base.clone();
        options.broker.host = self.broker.clone();
        options.broker.port = self.port;
        options.broker.username = self.username.clone();
        options.broker.password = self.password.clone();
        options.client_id = self.client_id.clone();
        options.qos = self.qos;
        options.keep_alive = self.keep_alive;
        options.peer_name = self.peer_name.clone();
        options
    }
}

fn text(value: Option<&[u8]>) -> Option<String> {
    value.map(property_text)
}

/// A big-endian number property (port, keep-alive).
fn number(value: Option<&[u8]>) -> Option<u64> {
    let value = value.filter(|v| !v.is_empty() && v.len() <= 8)?;
    Some(value.iter().fold(0, |n, &b| (n << 8) | u64::from(b)))
}

/// A text property's value as the device stores it: the text, NUL-padded
/// to the property's maximum length when that is known.
fn text_value(device: &Device, oid: &[u32], text: &str) -> Vec<u8> {
    let mut value = text.as_bytes().to_vec();
    if let Some(current) = device.properties().value(oid) {
        if current.len() > value.len() {
            value.resize(current.len(), 0);
        }
    }
    value
}

/// Writes the broker settings of `mqtt` into `device`'s MQTT properties
/// (address, port, QoS, user name, password, peer common name, keep-alive),
/// as an installer configures a reader before it goes on the network.
/// Topics and client ID keep the device's own values.
pub fn provision(device: &mut Device, mqtt: &MqttOptions) {
    let broker = &mqtt.broker;
    let texts = [
        (BROKER_ADDRESS_OID, broker.host.as_str()),
        (USERNAME_OID, broker.username.as_deref().unwrap_or("")),
        (PASSWORD_OID, broker.password.as_deref().unwrap_or("")),
        (PEER_NAME_OID, mqtt.peer_name.as_deref().unwrap_or("")),
    ];
    for (oid, value) in texts {
        let value = text_value(device, &oid, value);
        device.properties_mut().force(&oid, &value);
    }
    let keep_alive = mqtt.keep_alive.as_secs().clamp(1, u64::from(u16::MAX)) as u16;
    let p = device.properties_mut();
    p.force(&PORT_OID, &broker.port.to_be_bytes());
    p.force(&QOS_OID, &[mqtt.qos.min(2)]);
    p.force(&KEEP_ALIVE_OID, &keep_alive.to_be_bytes());
}

/// Reads the MQTT identity from `device`'s properties; a topic property the
/// device lacks (or holds no `[DevSN]`-style template) falls back to the
/// manual's default layout.
pub fn wlan_identity(device: &Device) -> WlanIdentity {
    let p = device.properties();
    let model = text(p.value(&MODEL_NAME_OID)).unwrap_or_else(|| WLAN_MODEL.into());
    let serial = p
        .value(&SERIAL_NUMBER_OID)
        .map_or_else(|| "0".into(), serial_text);
    let usable = |t: Option<String>| t.filter(|t| !t.trim().is_empty() && !t.starts_with('0'));
    let device_t = usable(text(p.value(&SUBSCRIBE_TOPIC_OID)));
    let server_t = usable(text(p.value(&PUBLISH_TOPIC_OID)));
    let topics = Topics::from_templates(
        device_t.as_deref().unwrap_or(DEFAULT_DEVICE_TOPIC),
        server_t.as_deref().unwrap_or(DEFAULT_SERVER_TOPIC),
        &model,
        &serial,
    );
    let client_id = usable(text(p.value(&CLIENT_ID_OID)))
        .map(|t| {
            t.split(' ')
                .next()
                .unwrap_or("")
                .replace("[DevSN]", &serial)
        })
        .unwrap_or_else(|| format!("MagTek_Device-{serial}"));
    // The simulator's placeholder for a text property without a default is "0".
    let set = |oid: &[u32]| text(p.value(oid)).filter(|t| !t.is_empty() && t != "0");
    WlanIdentity {
        model,
        serial,
        topics,
        client_id,
        broker: set(&BROKER_ADDRESS_OID).unwrap_or_else(|| "test.mosquitto.org".into()),
        port: number(p.value(&PORT_OID)).map_or(8883, |n| n as u16),
        qos: number(p.value(&QOS_OID)).map_or(0, |n| n.min(2) as u8),
        username: set(&USERNAME_OID),
        password: set(&PASSWORD_OID),
        peer_name: set(&PEER_NAME_OID),
        // Unset (0) means the manual's default, 300 s.
        keep_alive: Duration::from_secs(
            number(p.value(&KEEP_ALIVE_OID))
                .filter(|&n| n > 0)
                .unwrap_or(300),
        ),
    }
}

/// One simulated WLAN reader on a broker.
pub struct WlanReader {
    /// Its identity and topics.
    pub identity: WlanIdentity,
    bridge: Option<Bridge>,
    simulator: Simulator,
}

impl std::fmt::Debug for WlanReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WlanReader")
            .field("identity", &self.identity)
            .finish_non_exhaustive()
    }
}

impl WlanReader {
    /// The simulator behind it (to inject faults, read its state).
    pub fn simulator(&self) -> &Simulator {
        &self.simulator
    }

    /// Disappears without a goodbye, as a reader losing power would: the
    /// broker publishes its last will (`offline`).
    pub fn power_off(&mut self) {
        if let Some(bridge) = self.bridge.take() {
            bridge.abort();
        }
    }

    /// Publishes `offline` and disconnects.
    pub fn stop(mut self) -> Result<(), TransportError> {
        match self.bridge.take() {
            Some(bridge) => bridge.stop(),
            None => Ok(()),
        }
    }
}

/// Starts `count` simulated readers, each with `config`, model
/// [`WLAN_MODEL`] and serial numbers counting up from `first_serial`.
/// Each is provisioned with `mqtt`'s broker settings ([`provision`]) and
/// connects as its properties then say ([`WlanIdentity::mqtt_options`]).
/// `on_event` sees every bridge event with the reader's serial number.
pub fn start_readers(
    config: &DeviceConfig,
    mqtt: &MqttOptions,
    count: usize,
    first_serial: u32,
    on_event: impl Fn(&str, BridgeEvent) + Send + Sync + Clone + 'static,
) -> Result<Vec<WlanReader>, TransportError> {
    let mut readers = Vec::with_capacity(count);
    for i in 0..count {
        let simulator = Simulator::new(config.clone());
        let serial = first_serial.wrapping_add(i as u32).to_be_bytes();
        let identity = simulator.with_device(|d| {
            let mut model = WLAN_MODEL.as_bytes().to_vec();
            model.push(0);
            d.properties_mut().force(&MODEL_NAME_OID, &model);
            d.properties_mut().force(&SERIAL_NUMBER_OID, &serial);
            provision(d, mqtt);
            wlan_identity(d)
        });
        let mut options = BridgeOptions::new(
            identity.mqtt_options(mqtt),
            &identity.model,
            &identity.serial,
        );
        options.topics = identity.topics.clone();
        // A simulated reader is the device itself: nothing to guard.
        options.allow_security_commands = true;
        let serial_text = identity.serial.clone();
        let on_event = on_event.clone();
        let bridge = Bridge::start(simulator.in_memory(), options, move |e| {
            on_event(&serial_text, e)
        })?;
        readers.push(WlanReader {
            identity,
            bridge: Some(bridge),
            simulator,
        });
    }
    Ok(readers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_comes_from_the_mqtt_properties() {
        let mut device = Device::default();
        let id = wlan_identity(&device);
        assert_eq!(id.model, "DynaFlex Pro");
        assert_eq!(id.serial, "B61378A0");
        assert_eq!(id.topics, Topics::magtek("DynaFlex Pro", "B61378A0"));
        assert_eq!(id.client_id, "MagTek_Device-B61378A0");
        assert_eq!(id.broker, "test.mosquitto.org");
        assert_eq!((id.port, id.qos), (8883, 0));
        assert_eq!(id.keep_alive, Duration::from_secs(300));
        assert_eq!(
            (id.username.as_deref(), id.peer_name.as_deref()),
            (None, None)
        );
        let mut mqtt = MqttOptions::new("mqtts://me:pw@10.0.0.7:9000").unwrap();
        mqtt.peer_name = Some("broker.shop.test".into());
        mqtt.keep_alive = Duration::from_secs(45);
        mqtt.qos = 1;
        provision(&mut device, &mqtt);
        let id = wlan_identity(&device);
        assert_eq!((id.broker.as_str(), id.port, id.qos), ("10.0.0.7", 9000, 1));
        assert_eq!(id.username.as_deref(), Some("me"));
        assert_eq!(id.password.as_deref(), Some("pw"));
        assert_eq!(id.peer_name.as_deref(), Some("broker.shop.test"));
        assert!(!format!("{id:?}").contains("pw"));
        let options = id.mqtt_options(&MqttOptions::new("mqtts://elsewhere").unwrap());
        assert_eq!(options.broker.to_string(), "mqtts://me@10.0.0.7:9000");
        assert_eq!(options.keep_alive, Duration::from_secs(45));
        assert_eq!(options.client_id, "MagTek_Device-B61378A0");
        assert_eq!(options.peer_name.as_deref(), Some("broker.shop.test"));
        device
            .properties_mut()
            .force(&SUBSCRIBE_TOPIC_OID, b"Shop7/[DevSN]/in");
        device
            .properties_mut()
            .force(&CLIENT_ID_OID, b"till-[DevSN]");
        let id = wlan_identity(&device);
        assert_eq!(id.topics.device, "Shop7/B61378A0/in");
        assert_eq!(id.topics.server, "MagTek/Server/DynaFlex Pro/B61378A0");
        assert_eq!(id.client_id, "till-B61378A0");
    }
}
