//! Simulated WLAN readers on an MQTT broker: each is a [`Simulator`] served
//! by an [`mms_runtime::mqtt::Bridge`] on the topics its own MQTT properties
//! give (subscribe topic 1.2.2.1.2.4, publish topic 1.2.2.1.2.5, client ID
//! 1.2.2.1.2.6, with `[DevModelName]` and `[DevSN]` filled in), as a real
//! DynaFlex II PED uses them. Like a bridge (and unlike a real reader) they
//! also answer each host on its private reply topic, and keep a retained
//! online/offline status.

use mms_runtime::mqtt::{
    property_text, serial_text, Bridge, BridgeEvent, BridgeOptions, MqttOptions, Topics,
    MODEL_NAME_OID, SERIAL_NUMBER_OID,
};
use mms_runtime::TransportError;

use crate::{Device, DeviceConfig, Simulator};

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

/// What a device's properties say about its MQTT identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WlanIdentity {
    /// Device Model Name, without padding.
    pub model: String,
    /// Serial number as text (hex digits of the 4-byte property).
    pub serial: String,
    /// Its two topics.
    pub topics: Topics,
    /// Its MQTT client ID.
    pub client_id: String,
}

fn text(value: Option<&[u8]>) -> Option<String> {
    value.map(property_text)
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
    WlanIdentity {
        model,
        serial,
        topics,
        client_id,
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
/// [`WLAN_MODEL`] and serial numbers counting up from `first_serial`,
/// connected with `mqtt` (each with the client ID of its properties).
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
            wlan_identity(d)
        });
        let mut options = BridgeOptions::new(
            MqttOptions {
                client_id: identity.client_id.clone(),
                ..mqtt.clone()
            },
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
