// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! Configuration properties: one descriptor per property, looked up by OID.
use mms_message::property::{Access, AllowedValue, PropertyDescriptor};
/// Property 1.1.1.1.1.1 EMV Terminal Identification (manual Table 355). Alphanumeric, 8 bytes. Default: “00000000” (0x3030303030303030). Read and write.
pub const EMV_TERMINAL_IDENTIFICATION: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 1],
    oid_text: "1.1.1.1.1.1",
    name: "EMV Terminal Identification",
    ident: "emv_terminal_identification",
    table: Some(355),
    access: Access::ReadWrite,
    data_type: Some("Alphanumeric"),
    min_len: Some(8),
    max_len: Some(8),
    default: Some("“00000000” (0x3030303030303030)"),
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.2 EMV ARQC Message Tag List (manual Table 360). Binary, 0 to 255 bytes. Default: see `default`. Read and write.
pub const EMV_ARQC_MESSAGE_TAG_LIST: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 2],
    oid_text: "1.1.1.1.1.2",
    name: "EMV ARQC Message Tag List",
    ident: "emv_arqc_message_tag_list",
    table: Some(360),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(0),
    max_len: Some(255),
    default: Some(
        "50 5A 57 82 84 95 9A 9B 9C F4 5F 1A 5F 20 5F 24 5F 2A 5F 30 5F 34 9F 02 9F 03 9F 06 9F 09 9F 10 9F 15 9F 1A 9F 1D 9F 1E 9F 24 9F 26 9F 27 9F 33 9F 34 9F 35 9F 36 9F 37 9F 39 9F 41 9F 45 9F 4C 9F 4E 9F 5D 9F 66 9F 6E 9F 7C",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.3 EMV Batch Data Tag List (manual Table 365). Binary, 0 to 255 bytes. Default: see `default`. Read and write.
pub const EMV_BATCH_DATA_TAG_LIST: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 3],
    oid_text: "1.1.1.1.1.3",
    name: "EMV Batch Data Tag List",
    ident: "emv_batch_data_tag_list",
    table: Some(365),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(0),
    max_len: Some(255),
    default: Some(
        "50 57 5A 82 84 8E 95 9A 9C F4 5F 20 5F 24 5F 25 5F 28 5F 2A 5F 2D 5F 34 9F 02 9F 03 9F 07 9F 09 9F 0B 9F 0D 9F 0E 9F 0F 9F 10 9F 11 9F 12 9F 15 9F 16 9F 1A 9F 1C 9F 1E 9F 21 9F 24 9F 26 9F 27 9F 33 9F 34 9F 35 9F 36 9F 37 DF DF 25",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.4 EMV Reversal Data Tag List (manual Table 370). Binary, 0 to 255 bytes. Default: see `default`. Read and write.
///
/// Limited to: EMV Contact Only.
pub const EMV_REVERSAL_DATA_TAG_LIST: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 4],
    oid_text: "1.1.1.1.1.4",
    name: "EMV Reversal Data Tag List",
    ident: "emv_reversal_data_tag_list",
    table: Some(370),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(0),
    max_len: Some(255),
    default: Some(
        "57 5A 82 8A 95 9A 9C 5F 24 5F 2A 5F 34 9F 01 9F 02 9F 10 9F 15 9F 16 9F 1A 9F 1C 9F 21 9F 33 9F 35 9F 36 9F 39 9F 5B DF DF 25",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &["EMV Contact Only"],
    internal: false,
};
/// Property 1.1.1.1.1.5 ARPC Receive Timeout (manual Table 375). Binary, 1 bytes. Default: 0xFF. Read and write.
pub const ARPC_RECEIVE_TIMEOUT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 5],
    oid_text: "1.1.1.1.1.5",
    name: "ARPC Receive Timeout",
    ident: "arpc_receive_timeout",
    table: Some(375),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0xFF"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Infinite timeout",
        },
        AllowedValue {
            value: "01..FE",
            name: "Timeout in seconds",
        },
        AllowedValue {
            value: "FF",
            name: "Use Transaction Timeout parameter in Command",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.6 ARPC Retry Attempts (manual Table 380). Binary, 1 bytes. Default: 0x00. Read and write.
pub const ARPC_RETRY_ATTEMPTS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 6],
    oid_text: "1.1.1.1.1.6",
    name: "ARPC Retry Attempts",
    ident: "arpc_retry_attempts",
    table: Some(380),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[],
    valid: Some("0x00..0xFF"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.7 Apple VAS Merchant ID and URL Slot 1 (manual Table 385). Binary, 1 to 102 bytes. Default: 0x00. Read and write.
pub const APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_1: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 7],
    oid_text: "1.1.1.1.1.7",
    name: "Apple VAS Merchant ID and URL Slot 1",
    ident: "apple_vas_merchant_id_and_url_slot_1",
    table: Some(385),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(102),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.8 Apple VAS Merchant ID and URL Slot 2 (manual Table 391). Binary, 1 to 102 bytes. Default: 0x00. Read and write.
pub const APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_2: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 8],
    oid_text: "1.1.1.1.1.8",
    name: "Apple VAS Merchant ID and URL Slot 2",
    ident: "apple_vas_merchant_id_and_url_slot_2",
    table: Some(391),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(102),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.9 Apple VAS Merchant ID and URL Slot 3 (manual Table 396). Binary, 1 to 102 bytes. Default: 0x00. Read and write.
pub const APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_3: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 9],
    oid_text: "1.1.1.1.1.9",
    name: "Apple VAS Merchant ID and URL Slot 3",
    ident: "apple_vas_merchant_id_and_url_slot_3",
    table: Some(396),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(102),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.A Apple VAS Merchant ID and URL Slot 4 (manual Table 401). Binary, 1 to 102 bytes. Default: 0x00. Read and write.
pub const APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_4: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 10],
    oid_text: "1.1.1.1.1.A",
    name: "Apple VAS Merchant ID and URL Slot 4",
    ident: "apple_vas_merchant_id_and_url_slot_4",
    table: Some(401),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(102),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.B Apple VAS Merchant ID and URL Slot 5 (manual Table 406). Binary, 1 to 102 bytes. Default: 0x00. Read and write.
pub const APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_5: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 11],
    oid_text: "1.1.1.1.1.B",
    name: "Apple VAS Merchant ID and URL Slot 5",
    ident: "apple_vas_merchant_id_and_url_slot_5",
    table: Some(406),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(102),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.C Apple VAS Merchant ID and URL Slot 6 (manual Table 411). Binary, 1 to 102 bytes. Default: 0x00. Read and write.
pub const APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_6: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 12],
    oid_text: "1.1.1.1.1.C",
    name: "Apple VAS Merchant ID and URL Slot 6",
    ident: "apple_vas_merchant_id_and_url_slot_6",
    table: Some(411),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(102),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.D Apple iAP2 AppBundleID (manual Table 416). ASCII. Default: com.magtek.dynaflex2go. Read and write.
pub const APPLE_IAP2_APPBUNDLEID: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 13],
    oid_text: "1.1.1.1.1.D",
    name: "Apple iAP2 AppBundleID",
    ident: "apple_iap2_appbundleid",
    table: Some(416),
    access: Access::ReadWrite,
    data_type: Some("ASCII"),
    min_len: None,
    max_len: Some(50),
    default: Some("com.magtek.dynaflex2go"),
    values: &[],
    valid: Some("ASCII"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.10 Google Smart Tap Collector ID Slot 1 (manual Table 8). Binary, 1 to 25 bytes. Default: 0x00. Read and write.
pub const GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_1: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 16],
    oid_text: "1.1.1.1.1.10",
    name: "Google Smart Tap Collector ID Slot 1",
    ident: "google_smart_tap_collector_id_slot_1",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(25),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.11 Google Smart Tap Collector ID Slot 2 (manual Table 8). Binary, 1 to 25 bytes. Default: 0x00. Read and write.
pub const GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_2: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 17],
    oid_text: "1.1.1.1.1.11",
    name: "Google Smart Tap Collector ID Slot 2",
    ident: "google_smart_tap_collector_id_slot_2",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(25),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.12 Google Smart Tap Collector ID Slot 3 (manual Table 8). Binary, 1 to 25 bytes. Default: 0x00. Read and write.
pub const GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_3: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 18],
    oid_text: "1.1.1.1.1.12",
    name: "Google Smart Tap Collector ID Slot 3",
    ident: "google_smart_tap_collector_id_slot_3",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(25),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.13 Google Smart Tap Collector ID Slot 4 (manual Table 8). Binary, 1 to 25 bytes. Default: 0x00. Read and write.
pub const GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_4: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 19],
    oid_text: "1.1.1.1.1.13",
    name: "Google Smart Tap Collector ID Slot 4",
    ident: "google_smart_tap_collector_id_slot_4",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(25),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.14 Google Smart Tap Collector ID Slot 5 (manual Table 8). Binary, 1 to 25 bytes. Default: 0x00. Read and write.
pub const GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_5: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 20],
    oid_text: "1.1.1.1.1.14",
    name: "Google Smart Tap Collector ID Slot 5",
    ident: "google_smart_tap_collector_id_slot_5",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(25),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.15 Google Smart Tap Collector ID Slot 6 (manual Table 8). Binary, 1 to 25 bytes. Default: 0x00. Read and write.
pub const GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_6: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 21],
    oid_text: "1.1.1.1.1.15",
    name: "Google Smart Tap Collector ID Slot 6",
    ident: "google_smart_tap_collector_id_slot_6",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(25),
    default: Some("0x00"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.1A Google Smart Tap POS Capabilities (manual Table 8). Binary, 4 bytes. Default: see `default`. Read and write. Its bits: `GoogleSmartTapPosCapabilities`.
pub const GOOGLE_SMART_TAP_POS_CAPABILITIES: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 26],
    oid_text: "1.1.1.1.1.1A",
    name: "Google Smart Tap POS Capabilities",
    ident: "google_smart_tap_pos_capabilities",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some(
        "DynaProx, DynaFlex II Go and DynaFlex II: 0x08, 0x10, 0x03, 0x00 All Other devices: 0x08, 0x14, 0x03, 0x05",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.1.1B Interac Contact Card Terminal Capability ONLINE PIN Support Disable (manual Table 8). Binary, 1 bytes. Default: 0x00. Read and write.
pub const INTERAC_CONTACT_CARD_TERMINAL_CAPABILITY_ONLINE_PIN_SUPPORT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 1, 27],
    oid_text: "1.1.1.1.1.1B",
    name: "Interac Contact Card Terminal Capability ONLINE PIN Support Disable",
    ident: "interac_contact_card_terminal_capability_online_pin_support",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disable",
        },
        AllowedValue {
            value: "01",
            name: "Enable",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.2.1 Start Transaction on Touchscreen Event Control (manual Table 426). Binary, 1 bytes. Default: 0x00 - Do not start Transaction on Touchscreen event s. Read and write.
///
/// Limited to: Touch Only.
pub const START_TRANSACTION_ON_TOUCHSCREEN_EVENT_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 2, 1],
    oid_text: "1.1.1.1.2.1",
    name: "Start Transaction on Touchscreen Event Control",
    ident: "start_transaction_on_touchscreen_event_control",
    table: Some(426),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 - Do not start Transaction on Touchscreen event s"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Do not start Transaction on Touchscreen event",
        },
        AllowedValue {
            value: "01",
            name: "Start Transaction on Touchscreen Event",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.2.2 Tip Mode (manual Table 431). Binary. Default: see `default`. Read and write.
///
/// Limited to: Touch Only.
pub const TIP_MODE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 2, 2],
    oid_text: "1.1.1.1.2.2",
    name: "Tip Mode",
    ident: "tip_mode",
    table: Some(431),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some(
        "0x1, // show tip GUI using % 0x0, 0x0, 0x0, 0x0, 0x15, // button 1, %, value 15 0x0, 0x0, 0x0, 0x0, 0x20, // button 2, %, value 20 0x0, 0x0, 0x0, 0x0, 0x25, // button 3, %, value 25 0x2, 0x0, 0x0, 0x0, 0x0, // button 4 'no tip' 0x1, 0x0, 0x0, 0x0, 0x0, // button 5 'custom' 0x3, 0x0, 0x0, 0x0, 0x0, // button 6 disabled",
    ),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disable Tip Mode",
        },
        AllowedValue {
            value: "01",
            name: "Show Tip GUI immediately using % value",
        },
        AllowedValue {
            value: "02",
            name: "Show Tip GUI immediately using $ amount",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.2.3 Tax Rate (manual Table 436). Binary, 3 bytes. Default: 0x000000 - Tax Display and Calculation Disabled. Read and write.
///
/// Limited to: Touch Only.
pub const TAX_RATE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 2, 3],
    oid_text: "1.1.1.1.2.3",
    name: "Tax Rate",
    ident: "tax_rate",
    table: Some(436),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(3),
    max_len: Some(3),
    default: Some("0x000000 - Tax Display and Calculation Disabled"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.2.4 Display Tax or Surcharge Control (manual Table 441). Binary, 1 bytes. Default: 0x00 – Display Tax. Read and write.
///
/// Limited to: Touch Only.
pub const DISPLAY_TAX_OR_SURCHARGE_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 2, 4],
    oid_text: "1.1.1.1.2.4",
    name: "Display Tax or Surcharge Control",
    ident: "display_tax_or_surcharge_control",
    table: Some(441),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 – Display Tax"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Display Tax",
        },
        AllowedValue {
            value: "01",
            name: "Display Surcharge",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.2.5 Disabled Tip Button Display Mode (manual Table 446). Binary, 1 bytes. Default: 0x02 - Invisible. Read and write.
///
/// Limited to: Touch Only.
pub const DISABLED_TIP_BUTTON_DISPLAY_MODE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 2, 5],
    oid_text: "1.1.1.1.2.5",
    name: "Disabled Tip Button Display Mode",
    ident: "disabled_tip_button_display_mode",
    table: Some(446),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x02 - Invisible"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Display as Blank",
        },
        AllowedValue {
            value: "01",
            name: "Display as Disabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.2.6 Tip Mode Enable Submit on Amount Button Press (manual Table 451). Binary, 1 bytes. Default: 0x00 - Disabled. Read and write.
pub const TIP_MODE_ENABLE_SUBMIT_ON_AMOUNT_BUTTON_PRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 2, 6],
    oid_text: "1.1.1.1.2.6",
    name: "Tip Mode Enable Submit on Amount Button Press",
    ident: "tip_mode_enable_submit_on_amount_button_press",
    table: Some(451),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 - Disabled"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Require submit button tap",
        },
        AllowedValue {
            value: "01",
            name: "Don’t require submit button tap",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.3.1 Timeout (manual Table 456). Binary, 1 bytes. Default: 0x78 – 120 seconds. Read and write.
///
/// Limited to: Touch Only.
pub const TIMEOUT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 3, 1],
    oid_text: "1.1.1.1.3.1",
    name: "Timeout",
    ident: "timeout",
    table: Some(456),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x78 – 120 seconds"),
    values: &[
        AllowedValue {
            value: "00",
            name: "No Timeout",
        },
        AllowedValue {
            value: "01",
            name: "0xFF (1 to 255 Seconds)",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.3.2 Reader Options (manual Table 461). Binary, 9 to 20 bytes. Default: see `default`. Read and write.
///
/// Limited to: Touch Only.
pub const READER_OPTIONS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 3, 2],
    oid_text: "1.1.1.1.3.2",
    name: "Reader Options",
    ident: "reader_options",
    table: Some(461),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(9),
    max_len: Some(20),
    default: Some(
        "810101 820101 830101 85020101 860100 MSR Enabled Contact Enabled Contactless Enabled BCR Enabled and Encrypt Non-EMV PIN Block Format 0",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.3.3 Transaction Options (manual Table 466). Binary, 4 to 20 bytes. Default: see `default`. Read and write.
///
/// Limited to: Touch Only.
pub const TRANSACTION_OPTIONS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 3, 3],
    oid_text: "1.1.1.1.3.3",
    name: "Transaction Options",
    ident: "transaction_options",
    table: Some(466),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(20),
    default: Some(
        "84020007 Apple VAS Disabled Quickchip Skip MSR signature capture if service code is chip card Do not display amount in Quickchip",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.3.4 Other TLV (manual Table 471). Binary, 3 to 100 bytes. Default: see `default`. Read and write.
///
/// Limited to: Touch Only.
pub const OTHER_TLV: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 3, 4],
    oid_text: "1.1.1.1.3.4",
    name: "Other TLV",
    ident: "other_tlv",
    table: Some(471),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(3),
    max_len: Some(100),
    default: Some(
        "9C0100 9F0206000000000100 9F0306000000000000 5F2A020840 5F360102 Transaction Type = Purchase Default Amount for Quickchip = $1.00 Amount, Other = 0 Transaction Currency Code = US Dollar Transaction Currency Exponent = 2",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.1.1.4.1 EMV Configuration Filename (manual Table 476). ASCII, 14 bytes. Default: None. Read and write.
pub const EMV_CONFIGURATION_FILENAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 4, 1],
    oid_text: "1.1.1.1.4.1",
    name: "EMV Configuration Filename",
    ident: "emv_configuration_filename",
    table: Some(476),
    access: Access::ReadWrite,
    data_type: Some("ASCII"),
    min_len: Some(14),
    max_len: Some(14),
    default: Some("None"),
    values: &[],
    valid: Some("CFG000xxxx-xxx"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.4.2 CA Public Key Configuration Filename (manual Table 481). ASCII, 14 bytes. Default: None. Read and write.
pub const CA_PUBLIC_KEY_CONFIGURATION_FILENAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 4, 2],
    oid_text: "1.1.1.1.4.2",
    name: "CA Public Key Configuration Filename",
    ident: "ca_public_key_configuration_filename",
    table: Some(481),
    access: Access::ReadWrite,
    data_type: Some("ASCII"),
    min_len: Some(14),
    max_len: Some(14),
    default: Some("None"),
    values: &[],
    valid: Some("CFG000xxxx-xxx"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.5.1 Report All Available Tags Enable (manual Table 486). binary. Default: 0x0. Read and write.
pub const REPORT_ALL_AVAILABLE_TAGS_ENABLE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 5, 1],
    oid_text: "1.1.1.1.5.1",
    name: "Report All Available Tags Enable",
    ident: "report_all_available_tags_enable",
    table: Some(486),
    access: Access::ReadWrite,
    data_type: Some("binary"),
    min_len: None,
    max_len: None,
    default: Some("0x0"),
    values: &[],
    valid: Some("0x0 0x1"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.5.2 Encrypted Sensitive Tag List (manual Table 491). binary. Default: see `default`. Read and write.
pub const ENCRYPTED_SENSITIVE_TAG_LIST: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 5, 2],
    oid_text: "1.1.1.1.5.2",
    name: "Encrypted Sensitive Tag List",
    ident: "encrypted_sensitive_tag_list",
    table: Some(491),
    access: Access::ReadWrite,
    data_type: Some("binary"),
    min_len: None,
    max_len: None,
    default: Some("0x5A, 0x57, 0x5F26, 0x5F24, 0x5F30, 0x9F36, 0x9F37, 0xF4, 0xF5"),
    values: &[],
    valid: Some("Tag list"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.1.1.5.3 MSR Cleartext Tag List (manual Table 496). binary. Default: see `default`. Read and write.
pub const MSR_CLEARTEXT_TAG_LIST: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 1, 1, 5, 3],
    oid_text: "1.1.1.1.5.3",
    name: "MSR Cleartext Tag List",
    ident: "msr_cleartext_tag_list",
    table: Some(496),
    access: Access::ReadWrite,
    data_type: Some("binary"),
    min_len: None,
    max_len: None,
    default: Some(
        "0x9A, 0x9C, 0x5F2A, 0x9F02, 0x9F03, 0x9F15, 0x9F1E, 0x9F35, 0x9F39, 0x9F41, 0x9F4E",
    ),
    values: &[],
    valid: Some("Tag list"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.2.1.2 ISO/ABA Masking Character (manual Table 501). Character. Default: ‘0’. Read and write.
pub const ISO_ABA_MASKING_CHARACTER: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 2, 1, 2],
    oid_text: "1.1.2.2.1.2",
    name: "ISO/ABA Masking Character",
    ident: "iso_aba_masking_character",
    table: Some(501),
    access: Access::ReadWrite,
    data_type: Some("Character"),
    min_len: None,
    max_len: None,
    default: Some("‘0’"),
    values: &[],
    valid: Some("Any ASCII character"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.2.1.3 PAN Number of Leading Unmasked Characters (manual Table 508). Binary. Default: 0x04. Read and write.
pub const PAN_NUMBER_OF_LEADING_UNMASKED_CHARACTERS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 2, 1, 3],
    oid_text: "1.1.2.2.1.3",
    name: "PAN Number of Leading Unmasked Characters",
    ident: "pan_number_of_leading_unmasked_characters",
    table: Some(508),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x04"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.2.1.4 PAN Number of Trailing Unmasked Characters (manual Table 513). Binary. Default: 0x04. Read and write.
pub const PAN_NUMBER_OF_TRAILING_UNMASKED_CHARACTERS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 2, 1, 4],
    oid_text: "1.1.2.2.1.4",
    name: "PAN Number of Trailing Unmasked Characters",
    ident: "pan_number_of_trailing_unmasked_characters",
    table: Some(513),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x04"),
    values: &[],
    valid: Some("Min 0x00 Max 0x04"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.2.1.5 PAN MOD 10 Check Digit Correction (manual Table 518). Binary. Default: 0x01. Read and write.
pub const PAN_MOD_10_CHECK_DIGIT_CORRECTION: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 2, 1, 5],
    oid_text: "1.1.2.2.1.5",
    name: "PAN MOD 10 Check Digit Correction",
    ident: "pan_mod_10_check_digit_correction",
    table: Some(518),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.2.1.6 PAN MOD 10 Check Digit Validation (manual Table 523). Binary. Default: 0x00. Read and write.
///
/// Limited to: MCE Only.
pub const PAN_MOD_10_CHECK_DIGIT_VALIDATION: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 2, 1, 6],
    oid_text: "1.1.2.2.1.6",
    name: "PAN MOD 10 Check Digit Validation",
    ident: "pan_mod_10_check_digit_validation",
    table: Some(523),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MCE Only"],
    internal: false,
};
/// Property 1.1.2.4.1.1 Key Mapping of PIN-TDES (manual Table 528). Binary. Default: 0x00, 0x00, 0x01. Read and write.
///
/// Limited to: Touch Only.
pub const KEY_MAPPING_OF_PIN_TDES: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 1],
    oid_text: "1.1.2.4.1.1",
    name: "Key Mapping of PIN-TDES",
    ident: "key_mapping_of_pin_tdes",
    table: Some(528),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x00, 0x00, 0x01"),
    values: &[],
    valid: Some("See DUKPT Key Mapping for detail information"),
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.2.4.1.2 Key Mapping of Account Data (manual Table 533). Binary. Default: 0x20, 0x07, 0x04. Read and write.
pub const KEY_MAPPING_OF_ACCOUNT_DATA: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 2],
    oid_text: "1.1.2.4.1.2",
    name: "Key Mapping of Account Data",
    ident: "key_mapping_of_account_data",
    table: Some(533),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x20, 0x07, 0x04"),
    values: &[],
    valid: Some("See DUKPT Key Mapping for detail information"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.4.1.3 Key Mapping of MAC (manual Table 538). Binary. Default: 0x20, 0x07, 0x02. Read and write.
pub const KEY_MAPPING_OF_MAC: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 3],
    oid_text: "1.1.2.4.1.3",
    name: "Key Mapping of MAC",
    ident: "key_mapping_of_mac",
    table: Some(538),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x20, 0x07, 0x02"),
    values: &[],
    valid: Some("See DUKPT Key Mapping for detail information"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.1.2.4.1.4 Key Mapping of Magneprint (manual Table 543). Binary. Default: 0x20, 0x07, 0x04. Read and write.
///
/// Limited to: MSR Only.
pub const KEY_MAPPING_OF_MAGNEPRINT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 4],
    oid_text: "1.1.2.4.1.4",
    name: "Key Mapping of Magneprint",
    ident: "key_mapping_of_magneprint",
    table: Some(543),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x20, 0x07, 0x04"),
    values: &[],
    valid: Some("See DUKPT Key Mapping for detail information"),
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.1.2.4.1.5 Key Mapping of MagTek Token. Read and write.
pub const KEY_MAPPING_OF_MAGTEK_TOKEN: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 5],
    oid_text: "1.1.2.4.1.5",
    name: "Key Mapping of MagTek Token",
    ident: "key_mapping_of_magtek_token",
    table: None,
    access: Access::ReadWrite,
    data_type: None,
    min_len: None,
    max_len: None,
    default: None,
    values: &[],
    valid: None,
    securing_key: None,
    limits: &[],
    internal: false,
};
/// Property 1.1.2.4.1.6 Key Mapping of User Data 1. Read and write.
pub const KEY_MAPPING_OF_USER_DATA_1: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 6],
    oid_text: "1.1.2.4.1.6",
    name: "Key Mapping of User Data 1",
    ident: "key_mapping_of_user_data_1",
    table: None,
    access: Access::ReadWrite,
    data_type: None,
    min_len: None,
    max_len: None,
    default: None,
    values: &[],
    valid: None,
    securing_key: None,
    limits: &[],
    internal: false,
};
/// Property 1.1.2.4.1.7 Key Mapping of PIN-AES (manual Table 548). Binary. Default: 0x00, 0x00, 0x07. Read and write.
///
/// Limited to: Touch Only.
pub const KEY_MAPPING_OF_PIN_AES: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 4, 1, 7],
    oid_text: "1.1.2.4.1.7",
    name: "Key Mapping of PIN-AES",
    ident: "key_mapping_of_pin_aes",
    table: Some(548),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x00, 0x00, 0x07"),
    values: &[],
    valid: Some("See DUKPT Key Mapping for detail information"),
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.1.2.5.1.1 AAMVA Allowed (manual Table 553). Binary. Default: 0x01. Read and write.
///
/// Limited to: MSR Only.
pub const AAMVA_ALLOWED: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 5, 1, 1],
    oid_text: "1.1.2.5.1.1",
    name: "AAMVA Allowed",
    ident: "aamva_allowed",
    table: Some(553),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.1.2.5.1.2 Track 1 Enable (manual Table 558). Binary. Default: 0x01. Read and write.
///
/// Limited to: MSR Only.
pub const TRACK_1_ENABLE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 5, 1, 2],
    oid_text: "1.1.2.5.1.2",
    name: "Track 1 Enable",
    ident: "track_1_enable",
    table: Some(558),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.1.2.5.1.3 Track 2 Enable (manual Table 563). Binary. Default: 0x01. Read and write.
///
/// Limited to: MSR Only.
pub const TRACK_2_ENABLE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 5, 1, 3],
    oid_text: "1.1.2.5.1.3",
    name: "Track 2 Enable",
    ident: "track_2_enable",
    table: Some(563),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.1.2.5.1.4 Track 2 Enable (manual Table 568). Binary. Default: 0x01. Read and write.
///
/// Limited to: MSR Only.
pub const TRACK_2_ENABLE_2: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 5, 1, 4],
    oid_text: "1.1.2.5.1.4",
    name: "Track 2 Enable",
    ident: "track_2_enable",
    table: Some(568),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.1.2.6.1.1 Selectable Card Data Encryption Enable (manual Table 573). Binary. Default: 0x0000. Read and write.
///
/// The manual marks this section MagTek internal. Its bits: `SelectableCardDataEncryptionEnable`.
pub const SELECTABLE_CARD_DATA_ENCRYPTION_ENABLE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 1, 2, 6, 1, 1],
    oid_text: "1.1.2.6.1.1",
    name: "Selectable Card Data Encryption Enable",
    ident: "selectable_card_data_encryption_enable",
    table: Some(573),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("0x0000"),
    values: &[],
    valid: None,
    securing_key: Some("Refer to 0xD112 Command"),
    limits: &[],
    internal: true,
};
/// Property 1.2.1.1.1.1 Device-Driven Fallback Behavior (manual Table 578). Binary, 1 bytes. Default: 0x01. Read and write.
///
/// Limited to: MSR Only.
pub const DEVICE_DRIVEN_FALLBACK_BEHAVIOR: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 1, 1],
    oid_text: "1.2.1.1.1.1",
    name: "Device-Driven Fallback Behavior",
    ident: "device_driven_fallback_behavior",
    table: Some(578),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "No device-driven fallback",
        },
        AllowedValue {
            value: "01",
            name: "Device-driven fallback enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.2.1.1.1.2 Application Selection Behavior (manual Table 583). Binary, 1 bytes. Default: 0x00 – Card Preference. Read and write.
///
/// Limited to: Contactless Only.
pub const APPLICATION_SELECTION_BEHAVIOR: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 1, 2],
    oid_text: "1.2.1.1.1.2",
    name: "Application Selection Behavior",
    ident: "application_selection_behavior",
    table: Some(583),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 – Card Preference"),
    values: &[
        AllowedValue {
            value: "01",
            name: "Reserved",
        },
        AllowedValue {
            value: "02",
            name: "Reserved",
        },
        AllowedValue {
            value: "03",
            name: "Enhanced Prompt Cardholder",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 1.2.1.1.2.1 Signature Capture Control (manual Table 588). Binary, 1 bytes. Default: 0x00. Read and write.
pub const SIGNATURE_CAPTURE_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 2, 1],
    oid_text: "1.2.1.1.2.1",
    name: "Signature Capture Control",
    ident: "signature_capture_control",
    table: Some(588),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Device-driven Signature Capture",
        },
        AllowedValue {
            value: "01",
            name: "Host-driven Signature Capture",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.2.2 Include Signature Data in EMV Batch Data (manual Table 593). Binary, 1 bytes. Default: 0x00. Read and write.
///
/// Limited to: Touch Only.
pub const INCLUDE_SIGNATURE_DATA_IN_EMV_BATCH_DATA: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 2, 2],
    oid_text: "1.2.1.1.2.2",
    name: "Include Signature Data in EMV Batch Data",
    ident: "include_signature_data_in_emv_batch_data",
    table: Some(593),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Include signature data in EMV Batch Data Type",
        },
        AllowedValue {
            value: "01",
            name: "RESERVED",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.2.1.1.2.3 Signature Timing Window (manual Table 598). Binary, 1 bytes. Default: 0x01 (second). Read and write.
///
/// Limited to: Touch Only.
pub const SIGNATURE_TIMING_WINDOW: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 2, 3],
    oid_text: "1.2.1.1.2.3",
    name: "Signature Timing Window",
    ident: "signature_timing_window",
    table: Some(598),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x01 (second)"),
    values: &[
        AllowedValue {
            value: "00",
            name: "No Wait Time",
        },
        AllowedValue {
            value: "01..FF",
            name: "Wait the Specified Number of Seconds",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Touch Only"],
    internal: false,
};
/// Property 1.2.1.1.3.1 Contactless Low Power Card Detect (manual Table 603). Binary, 1 bytes. Default: 0x00 - Disabled. Read and write.
///
/// Limited to: Contactless Only.
pub const CONTACTLESS_LOW_POWER_CARD_DETECT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 3, 1],
    oid_text: "1.2.1.1.3.1",
    name: "Contactless Low Power Card Detect",
    ident: "contactless_low_power_card_detect",
    table: Some(603),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 - Disabled"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disable",
        },
        AllowedValue {
            value: "01",
            name: "Enable",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 1.2.1.1.4.1 MIFARE Ultralight C 2keys3DES (manual Table 608). Binary, 16 bytes. Default: 49454D4B 41455242 214E4143 554F5946. Read and write.
pub const MIFARE_ULTRALIGHT_C_2KEYS3DES: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 1],
    oid_text: "1.2.1.1.4.1",
    name: "MIFARE Ultralight C 2keys3DES",
    ident: "mifare_ultralight_c_2keys3des",
    table: Some(608),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("49454D4B 41455242 214E4143 554F5946"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.2 MIFARE Ultralight AES DataProtKey (manual Table 613). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_ULTRALIGHT_AES_DATAPROTKEY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 2],
    oid_text: "1.2.1.1.4.2",
    name: "MIFARE Ultralight AES DataProtKey",
    ident: "mifare_ultralight_aes_dataprotkey",
    table: Some(613),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.3 MIFARE Ultralight AES UIDRetrKey (manual Table 618). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_ULTRALIGHT_AES_UIDRETRKEY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 3],
    oid_text: "1.2.1.1.4.3",
    name: "MIFARE Ultralight AES UIDRetrKey",
    ident: "mifare_ultralight_aes_uidretrkey",
    table: Some(618),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.4 MIFARE Ultralight AES OriginalityKey (manual Table 623). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_ULTRALIGHT_AES_ORIGINALITYKEY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 4],
    oid_text: "1.2.1.1.4.4",
    name: "MIFARE Ultralight AES OriginalityKey",
    ident: "mifare_ultralight_aes_originalitykey",
    table: Some(623),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.5 MIFARE Plus AES\_Key1 (manual Table 628). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_PLUS_AES_KEY1: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 5],
    oid_text: "1.2.1.1.4.5",
    name: "MIFARE Plus AES_Key1",
    ident: "mifare_plus_aes_key1",
    table: Some(628),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.6 MIFARE Plus AES\_Key2 (manual Table 633). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_PLUS_AES_KEY2: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 6],
    oid_text: "1.2.1.1.4.6",
    name: "MIFARE Plus AES_Key2",
    ident: "mifare_plus_aes_key2",
    table: Some(633),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.7 MIFARE Plus AES\_Key3 (manual Table 638). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_PLUS_AES_KEY3: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 7],
    oid_text: "1.2.1.1.4.7",
    name: "MIFARE Plus AES_Key3",
    ident: "mifare_plus_aes_key3",
    table: Some(638),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.8 MIFARE Plus AES\_Key4 (manual Table 643). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_PLUS_AES_KEY4: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 8],
    oid_text: "1.2.1.1.4.8",
    name: "MIFARE Plus AES_Key4",
    ident: "mifare_plus_aes_key4",
    table: Some(643),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.9 MIFARE Plus AES\_Key5 (manual Table 648). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_PLUS_AES_KEY5: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 9],
    oid_text: "1.2.1.1.4.9",
    name: "MIFARE Plus AES_Key5",
    ident: "mifare_plus_aes_key5",
    table: Some(648),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.4.A MIFARE Plus AES\_Key6 (manual Table 653). Binary, 16 bytes. Default: 00000000 00000000 00000000 00000000. Read and write.
pub const MIFARE_PLUS_AES_KEY6: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 4, 10],
    oid_text: "1.2.1.1.4.A",
    name: "MIFARE Plus AES_Key6",
    ident: "mifare_plus_aes_key6",
    table: Some(653),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(16),
    max_len: Some(16),
    default: Some("00000000 00000000 00000000 00000000"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.1.1.5.1 MCE Mode Setting (MCE: Manual Card Entry) (manual Table 658). Binary, 1 bytes. Default: 0x00. Read and write.
pub const MCE_MODE_SETTING_MCE_MANUAL_CARD_ENTRY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 1, 1, 5, 1],
    oid_text: "1.2.1.1.5.1",
    name: "MCE Mode Setting (MCE: Manual Card Entry)",
    ident: "mce_mode_setting_mce_manual_card_entry",
    table: Some(658),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Card Number, Expiration Date, CVV/CVC/Card ID",
        },
        AllowedValue {
            value: "01",
            name: "Card Number, Expiration Date",
        },
        AllowedValue {
            value: "02",
            name: "Card Number, CVV/CVC/Card ID",
        },
        AllowedValue {
            value: "03",
            name: "Card Number",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.1 SSID (manual Table 663). Binary, 32 bytes. Default: None. Read and write.
pub const SSID: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 1],
    oid_text: "1.2.2.1.1.1",
    name: "SSID",
    ident: "ssid",
    table: Some(663),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(32),
    max_len: Some(32),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.2 Password (manual Table 668). Binary, 63 bytes. Default: None. Read and write.
pub const PASSWORD: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 2],
    oid_text: "1.2.2.1.1.2",
    name: "Password",
    ident: "password",
    table: Some(668),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(63),
    max_len: Some(63),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.3 Security Mode (manual Table 673). Binary, 1 bytes. Default: None. Read and write.
pub const SECURITY_MODE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 3],
    oid_text: "1.2.2.1.1.3",
    name: "Security Mode",
    ident: "security_mode",
    table: Some(673),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "PSK (Personal) Mode",
        },
        AllowedValue {
            value: "01",
            name: "EAP-PEAP (Enterprise) Mode",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.4 Static\_IP\_Address (manual Table 678). IP4 Format/quad decimal (x.x.x.x), 4 bytes. Default: None. Read and write.
pub const STATIC_IP_ADDRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 4],
    oid_text: "1.2.2.1.1.4",
    name: "Static_IP_Address",
    ident: "static_ip_address",
    table: Some(678),
    access: Access::ReadWrite,
    data_type: Some("IP4 Format/quad decimal (x.x.x.x)"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: Some("0.0.0.0 to 255.255.255"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.5 Use\_DHCP (manual Table 683). Binary, 4 bytes. Default: 0001. Read and write.
pub const USE_DHCP: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 5],
    oid_text: "1.2.2.1.1.5",
    name: "Use_DHCP",
    ident: "use_dhcp",
    table: Some(683),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("0001"),
    values: &[],
    valid: Some("0000 to FFFF"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.6 Static\_IP\_Netmask (manual Table 688). IP4 Format/quad decimal (x.x.x.x), 4 bytes. Default: None. Read and write.
pub const STATIC_IP_NETMASK: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 6],
    oid_text: "1.2.2.1.1.6",
    name: "Static_IP_Netmask",
    ident: "static_ip_netmask",
    table: Some(688),
    access: Access::ReadWrite,
    data_type: Some("IP4 Format/quad decimal (x.x.x.x)"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: Some("0.0.0.0 to 255.255.255.255"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.7 Static\_IP\_Gateway (manual Table 693). IP4 Format/quad decimal (x.x.x.x), 4 bytes. Default: None. Read and write.
pub const STATIC_IP_GATEWAY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 7],
    oid_text: "1.2.2.1.1.7",
    name: "Static_IP_Gateway",
    ident: "static_ip_gateway",
    table: Some(693),
    access: Access::ReadWrite,
    data_type: Some("IP4 Format/quad decimal (x.x.x.x)"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: Some("0.0.0.0 to 255.255.255.255"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.8 Device Name (manual Table 698). Binary, 64 bytes. Default: None. Read and write.
pub const DEVICE_NAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 8],
    oid_text: "1.2.2.1.1.8",
    name: "Device Name",
    ident: "device_name",
    table: Some(698),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(64),
    max_len: Some(64),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.9 Wireless Heartbeat Time (manual Table 703). Binary, 1 bytes. Default: 0x00 (disabled). Read and write.
pub const WIRELESS_HEARTBEAT_TIME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 9],
    oid_text: "1.2.2.1.1.9",
    name: "Wireless Heartbeat Time",
    ident: "wireless_heartbeat_time",
    table: Some(703),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 (disabled)"),
    values: &[],
    valid: Some("0x00 to 0xFF"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.A Maximum Client Connections (manual Table 708). Binary, 1 bytes. Default: 0x01. Read and write.
pub const MAXIMUM_CLIENT_CONNECTIONS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 10],
    oid_text: "1.2.2.1.1.A",
    name: "Maximum Client Connections",
    ident: "maximum_client_connections",
    table: Some(708),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "01",
            name: "0x04",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.B Certificate Expiring Soon Notification Threshold (manual Table 713). Binary, 1 bytes. Default: 0x1E (30 days). Read and write.
pub const CERTIFICATE_EXPIRING_SOON_NOTIFICATION_THRESHOLD: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 11],
    oid_text: "1.2.2.1.1.B",
    name: "Certificate Expiring Soon Notification Threshold",
    ident: "certificate_expiring_soon_notification_threshold",
    table: Some(713),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x1E (30 days)"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0xFF",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.C Username (manual Table 718). ASCII String. Default: None. Read and write.
pub const USERNAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 12],
    oid_text: "1.2.2.1.1.C",
    name: "Username",
    ident: "username",
    table: Some(718),
    access: Access::ReadWrite,
    data_type: Some("ASCII String"),
    min_len: None,
    max_len: Some(32),
    default: Some("None"),
    values: &[],
    valid: Some("Example: joe@MagTek.com"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.D SoftAP\_IP\_Address (manual Table 723). IP4 Format/quad decimal (x.x.x.x), 4 bytes. Default: 192.168.0.1. Read and write.
pub const SOFTAP_IP_ADDRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 13],
    oid_text: "1.2.2.1.1.D",
    name: "SoftAP_IP_Address",
    ident: "softap_ip_address",
    table: Some(723),
    access: Access::ReadWrite,
    data_type: Some("IP4 Format/quad decimal (x.x.x.x)"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("192.168.0.1"),
    values: &[],
    valid: Some("0.0.0.0 to 255.255.255"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.1.E Web App Enabled (manual Table 728). Binary, 1 bytes. Default: 0x00 (not enabled). Read and write.
///
/// The manual marks this section MagTek internal for now.
pub const WEB_APP_ENABLED: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 14],
    oid_text: "1.2.2.1.1.E",
    name: "Web App Enabled",
    ident: "web_app_enabled",
    table: Some(728),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 (not enabled)"),
    values: &[],
    valid: Some("0x00 (not enabled), 0x01 (enabled)"),
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 1.2.2.1.1.F Web App Port (manual Table 733). Binary, 2 bytes. Default: 0x00 0x1A (26). Read and write.
///
/// The manual marks this section MagTek internal for now.
pub const WEB_APP_PORT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 15],
    oid_text: "1.2.2.1.1.F",
    name: "Web App Port",
    ident: "web_app_port",
    table: Some(733),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x00 0x1A (26)"),
    values: &[],
    valid: Some("0x00 0x00 (0) - 0xFF 0xFF (65535) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 1.2.2.1.1.10 Firmware Authentication Hash (manual Table 8). Binary, 44 bytes. Default: None. Read and write.
///
/// The manual marks this section MagTek internal.
pub const FIRMWARE_AUTHENTICATION_HASH: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 16],
    oid_text: "1.2.2.1.1.10",
    name: "Firmware Authentication Hash",
    ident: "firmware_authentication_hash",
    table: Some(8),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(44),
    max_len: Some(44),
    default: Some("None"),
    values: &[],
    valid: Some("FW_adr[4], FW_len[4], hash_len[4], hash[32]"),
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 1.2.2.1.1.11 WLAN Protocol (manual Table 741). Binary, 1 bytes. Default: 0x02. Read and write.
pub const WLAN_PROTOCOL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 1, 17],
    oid_text: "1.2.2.1.1.11",
    name: "WLAN Protocol",
    ident: "wlan_protocol",
    table: Some(741),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x02"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x02",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.1 MQTT Broker Address (manual Table 746). ASCII String with no spaces. Default: test.mosquitto.org. Read and write.
pub const MQTT_BROKER_ADDRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 1],
    oid_text: "1.2.2.1.2.1",
    name: "MQTT Broker Address",
    ident: "mqtt_broker_address",
    table: Some(746),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(64),
    default: Some("test.mosquitto.org"),
    values: &[],
    valid: Some("Any string Example: test.mosquitto.org"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.2 MQTT Port (manual Table 751). Binary, 2 bytes. Default: 8883. Read and write.
pub const MQTT_PORT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 2],
    oid_text: "1.2.2.1.2.2",
    name: "MQTT Port",
    ident: "mqtt_port",
    table: Some(751),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("8883"),
    values: &[],
    valid: Some("0x00 0x00 (0) – 0xFF 0xFF (65535) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.3 MQTT QoS (manual Table 756). Binary, 1 bytes. Default: 0x00. Read and write.
pub const MQTT_QOS: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 3],
    oid_text: "1.2.2.1.2.3",
    name: "MQTT QoS",
    ident: "mqtt_qos",
    table: Some(756),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x02",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.4 MQTT Subscribe Topic (manual Table 761). ASCII String with no spaces. Default: see `default`. Read and write.
pub const MQTT_SUBSCRIBE_TOPIC: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 4],
    oid_text: "1.2.2.1.2.4",
    name: "MQTT Subscribe Topic",
    ident: "mqtt_subscribe_topic",
    table: Some(761),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(64),
    default: Some(
        "MagTek/Device/[DevModelName]/[DevSN] [DevModelName] = DynaFlexIIPED, Device Model Name with no spaces",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.5 MQTT Publish Topic (manual Table 766). ASCII String with no spaces. Default: see `default`. Read and write.
pub const MQTT_PUBLISH_TOPIC: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 5],
    oid_text: "1.2.2.1.2.5",
    name: "MQTT Publish Topic",
    ident: "mqtt_publish_topic",
    table: Some(766),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(64),
    default: Some(
        "MagTek/Server/[DevModelName]/[DevSN] [DevModelName] = DynaFlexIIPED, Device Model Name with no spaces",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.6 MQTT Client ID (manual Table 771). ASCII String with no spaces. Default: MagTek\_Device-\[DevSN\] \[DevSN\] = Device Serial \#. Read and write.
pub const MQTT_CLIENT_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 6],
    oid_text: "1.2.2.1.2.6",
    name: "MQTT Client ID",
    ident: "mqtt_client_id",
    table: Some(771),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(32),
    default: Some("MagTek_Device-[DevSN] [DevSN] = Device Serial #"),
    values: &[],
    valid: Some("Any string Example: MagTek_Device-B62B3C6"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.7 MQTT UserName (manual Table 776). ASCII String with no spaces. Read and write.
pub const MQTT_USERNAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 7],
    oid_text: "1.2.2.1.2.7",
    name: "MQTT UserName",
    ident: "mqtt_username",
    table: Some(776),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(32),
    default: None,
    values: &[],
    valid: Some("Any string Example: magtek_testonly1"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.8 MQTT Password (manual Table 781). ASCII String with no spaces. Read and write.
pub const MQTT_PASSWORD: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 8],
    oid_text: "1.2.2.1.2.8",
    name: "MQTT Password",
    ident: "mqtt_password",
    table: Some(781),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(32),
    default: None,
    values: &[],
    valid: Some("Any string Example: emqx-tST1!"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.9 MQTT Peer Common Name (manual Table 786). ASCII String with no spaces. Read and write.
pub const MQTT_PEER_COMMON_NAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 9],
    oid_text: "1.2.2.1.2.9",
    name: "MQTT Peer Common Name",
    ident: "mqtt_peer_common_name",
    table: Some(786),
    access: Access::ReadWrite,
    data_type: Some("ASCII String with no spaces"),
    min_len: None,
    max_len: Some(64),
    default: None,
    values: &[],
    valid: Some("Any string Example: test.mosquitto.org"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.1.2.A MQTT Keep Alive (manual Table 791). Binary, 2 bytes. Default: 300 seconds. Read and write.
pub const MQTT_KEEP_ALIVE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 1, 2, 10],
    oid_text: "1.2.2.1.2.A",
    name: "MQTT Keep Alive",
    ident: "mqtt_keep_alive",
    table: Some(791),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("300 seconds"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.2.1.1 Reduce Power During USB Suspend (manual Table 796). Binary, 1 bytes. Default: 0x01. Read and write.
pub const REDUCE_POWER_DURING_USB_SUSPEND: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 2, 1, 1],
    oid_text: "1.2.2.2.1.1",
    name: "Reduce Power During USB Suspend",
    ident: "reduce_power_during_usb_suspend",
    table: Some(796),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x01"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disabled",
        },
        AllowedValue {
            value: "01",
            name: "Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.2.1.2 USB Configuration Type (manual Table 801). Binary, 1 bytes. Default: 0x02. Read and write.
pub const USB_CONFIGURATION_TYPE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 2, 1, 2],
    oid_text: "1.2.2.2.1.2",
    name: "USB Configuration Type",
    ident: "usb_configuration_type",
    table: Some(801),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x02"),
    values: &[
        AllowedValue {
            value: "00",
            name: "HID only",
        },
        AllowedValue {
            value: "01",
            name: "iAP2 only",
        },
        AllowedValue {
            value: "02",
            name: "autodetect",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.1 Bluetooth® LE Device Name (manual Table 810). Binary, 0 to 20 bytes. Default: see `default`. Read and write.
pub const BLUETOOTH_LE_DEVICE_NAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 1],
    oid_text: "1.2.2.3.1.1",
    name: "Bluetooth® LE Device Name",
    ident: "bluetooth_le_device_name",
    table: Some(810),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(0),
    max_len: Some(20),
    default: Some(
        "A prefix, such as “DF II Go-“ for DynaFlex II Go, followed by the device’s serial number",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.2 Bluetooth® LE Desired Minimum Connection Interval (manual Table 815). Binary, 2 bytes. Default: 0x00 0x0C (15.0 milliseconds). Read and write.
pub const BLUETOOTH_LE_DESIRED_MINIMUM_CONNECTION_INTERVAL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 2],
    oid_text: "1.2.2.3.1.2",
    name: "Bluetooth® LE Desired Minimum Connection Interval",
    ident: "bluetooth_le_desired_minimum_connection_interval",
    table: Some(815),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x00 0x0C (15.0 milliseconds)"),
    values: &[],
    valid: Some("0x00 0x06 (6) - 0x0C 0x80 (3200) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.3 Bluetooth® LE Desired Maximum Connection Interval (manual Table 820). Binary, 2 bytes. Default: 0x00 0x00C (15.0 milliseconds). Read and write.
pub const BLUETOOTH_LE_DESIRED_MAXIMUM_CONNECTION_INTERVAL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 3],
    oid_text: "1.2.2.3.1.3",
    name: "Bluetooth® LE Desired Maximum Connection Interval",
    ident: "bluetooth_le_desired_maximum_connection_interval",
    table: Some(820),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x00 0x00C (15.0 milliseconds)"),
    values: &[],
    valid: Some("0x00 0x06 (6) - 0x0C 0x80 (3200) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.4 Bluetooth® LE Desired Slave Latency (manual Table 825). Binary, 2 bytes. Default: 0x00 0x00. Read and write.
pub const BLUETOOTH_LE_DESIRED_SLAVE_LATENCY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 4],
    oid_text: "1.2.2.3.1.4",
    name: "Bluetooth® LE Desired Slave Latency",
    ident: "bluetooth_le_desired_slave_latency",
    table: Some(825),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x00 0x00"),
    values: &[],
    valid: Some("0x00 0x00 (0) – 0x01 0xF3 (499) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.5 Bluetooth® LE Desired Supervision Timeout (manual Table 830). Binary, 2 bytes. Default: 0x01 0xF4 (5000 milliseconds). Read and write.
pub const BLUETOOTH_LE_DESIRED_SUPERVISION_TIMEOUT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 5],
    oid_text: "1.2.2.3.1.5",
    name: "Bluetooth® LE Desired Supervision Timeout",
    ident: "bluetooth_le_desired_supervision_timeout",
    table: Some(830),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x01 0xF4 (5000 milliseconds)"),
    values: &[],
    valid: Some("0x00 0x0A (10) - 0x0C 0x80 (3200) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.6 Bluetooth® LE Connection Parameter Update Request Control (manual Table 835). Binary, 1 bytes. Default: 0x01 (Enabled). Read and write.
pub const BLUETOOTH_LE_CONNECTION_PARAMETER_UPDATE_REQUEST_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 6],
    oid_text: "1.2.2.3.1.6",
    name: "Bluetooth® LE Connection Parameter Update Request Control",
    ident: "bluetooth_le_connection_parameter_update_request_control",
    table: Some(835),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x01 (Enabled)"),
    values: &[],
    valid: Some("0x00 (Disabled) 0x01 (Enabled)"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.7 Bluetooth® LE Minimum Advertising Interval (manual Table 840). Binary, 2 bytes. Default: 0x00 0xA0 = 160 (100 milliseconds). Read and write.
pub const BLUETOOTH_LE_MINIMUM_ADVERTISING_INTERVAL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 7],
    oid_text: "1.2.2.3.1.7",
    name: "Bluetooth® LE Minimum Advertising Interval",
    ident: "bluetooth_le_minimum_advertising_interval",
    table: Some(840),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x00 0xA0 = 160 (100 milliseconds)"),
    values: &[],
    valid: Some("0x00 0x20 (32) - 0xFF 0xFF (65535) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.8 Bluetooth® LE Maximum Advertising Interval (manual Table 845). Binary, 2 bytes. Default: 0x00 0xA0 = 160 (100 milliseconds). Read and write.
pub const BLUETOOTH_LE_MAXIMUM_ADVERTISING_INTERVAL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 8],
    oid_text: "1.2.2.3.1.8",
    name: "Bluetooth® LE Maximum Advertising Interval",
    ident: "bluetooth_le_maximum_advertising_interval",
    table: Some(845),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x00 0xA0 = 160 (100 milliseconds)"),
    values: &[],
    valid: Some("0x00 0x20 (32) - 0xFF 0xFF (65535) MSB first"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.9 Bluetooth® LE Passkey (manual Table 850). Alphanumeric, 6 bytes. Default: '000000'. Read and write.
pub const BLUETOOTH_LE_PASSKEY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 9],
    oid_text: "1.2.2.3.1.9",
    name: "Bluetooth® LE Passkey",
    ident: "bluetooth_le_passkey",
    table: Some(850),
    access: Access::ReadWrite,
    data_type: Some("Alphanumeric"),
    min_len: Some(6),
    max_len: Some(6),
    default: Some("'000000'"),
    values: &[],
    valid: Some("'000000' - '999999'"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.A Bluetooth® LE Never Advertise (manual Table 855). Binary, 1 bytes. Default: 0x00 (Disabled). Read and write.
pub const BLUETOOTH_LE_NEVER_ADVERTISE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 10],
    oid_text: "1.2.2.3.1.A",
    name: "Bluetooth® LE Never Advertise",
    ident: "bluetooth_le_never_advertise",
    table: Some(855),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 (Disabled)"),
    values: &[],
    valid: Some("0x00 (Disabled) 0x01 (Enabled)"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.B Bluetooth® LE FCC Test Control (manual Table 860). Binary, 1 bytes. Default: 0xFF (FCC test disabled). Read and write.
///
/// The manual marks this section MagTek internal.
pub const BLUETOOTH_LE_FCC_TEST_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 11],
    oid_text: "1.2.2.3.1.B",
    name: "Bluetooth® LE FCC Test Control",
    ident: "bluetooth_le_fcc_test_control",
    table: Some(860),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0xFF (FCC test disabled)"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0xFF",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 1.2.2.3.1.C Bluetooth® LE Sleep Enabled (manual Table 865). Binary, 1 bytes. Default: 0x01 (Bluetooth® LE Sleep enabled). Read and write.
pub const BLUETOOTH_LE_SLEEP_ENABLED: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 12],
    oid_text: "1.2.2.3.1.C",
    name: "Bluetooth® LE Sleep Enabled",
    ident: "bluetooth_le_sleep_enabled",
    table: Some(865),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x01 (Bluetooth® LE Sleep enabled)"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x01",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.2.3.1.D Bluetooth® LE Debug Mode Enabled (manual Table 870). Binary, 1 bytes. Default: 0x00 (Bluetooth® LE Debug Mode disabled). Read and write.
pub const BLUETOOTH_LE_DEBUG_MODE_ENABLED: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 2, 3, 1, 13],
    oid_text: "1.2.2.3.1.D",
    name: "Bluetooth® LE Debug Mode Enabled",
    ident: "bluetooth_le_debug_mode_enabled",
    table: Some(870),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00 (Bluetooth® LE Debug Mode disabled)"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x01",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.3.1.1.1 Custom Idle Page Image (manual Table 875). Binary, 1 bytes. Default: 0x00. Read and write.
///
/// Limited to: Display Only.
pub const CUSTOM_IDLE_PAGE_IMAGE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 1, 1, 1],
    oid_text: "1.2.3.1.1.1",
    name: "Custom Idle Page Image",
    ident: "custom_idle_page_image",
    table: Some(875),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[],
    valid: Some("Any number"),
    securing_key: Some("None"),
    limits: &["Display Only"],
    internal: false,
};
/// Property 1.2.3.1.1.2 Custom Idle Page Image Device Locked (manual Table 880). Binary, 1 bytes. Default: 0x00. Read and write.
///
/// Limited to: Display Only.
pub const CUSTOM_IDLE_PAGE_IMAGE_DEVICE_LOCKED: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 1, 1, 2],
    oid_text: "1.2.3.1.1.2",
    name: "Custom Idle Page Image Device Locked",
    ident: "custom_idle_page_image_device_locked",
    table: Some(880),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[],
    valid: Some("Any number"),
    securing_key: Some("None"),
    limits: &["Display Only"],
    internal: false,
};
/// Property 1.2.3.1.2.1 Display Orientation (manual Table 885). Binary, 1 bytes. Default: 0x00. Read and write.
///
/// Limited to: Display Only.
pub const DISPLAY_ORIENTATION: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 1, 2, 1],
    oid_text: "1.2.3.1.2.1",
    name: "Display Orientation",
    ident: "display_orientation",
    table: Some(885),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Landscape with MSR on Top",
        },
        AllowedValue {
            value: "01",
            name: "Portrait with MSR on Right",
        },
        AllowedValue {
            value: "02",
            name: "Portrait with MSR on Left",
        },
        AllowedValue {
            value: "03",
            name: "Landscape with MSR on Bottom",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["Display Only"],
    internal: false,
};
/// Property 1.2.3.1.2.2 Display Backlight Intensity (manual Table 900). Binary, 1 bytes. Default: 0x5A (90%). Read and write.
///
/// Limited to: Display Only.
pub const DISPLAY_BACKLIGHT_INTENSITY: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 1, 2, 2],
    oid_text: "1.2.3.1.2.2",
    name: "Display Backlight Intensity",
    ident: "display_backlight_intensity",
    table: Some(900),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x5A (90%)"),
    values: &[],
    valid: Some("0x01..0x64"),
    securing_key: Some("None"),
    limits: &["Display Only"],
    internal: false,
};
/// Property 1.2.3.1.3.1 Enable Card Logos Page at Startup (manual Table 890). Binary, 1 bytes. Default: 0x00. Read and write.
pub const ENABLE_CARD_LOGOS_PAGE_AT_STARTUP: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 1, 3, 1],
    oid_text: "1.2.3.1.3.1",
    name: "Enable Card Logos Page at Startup",
    ident: "enable_card_logos_page_at_startup",
    table: Some(890),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disable Logo Page at Startup",
        },
        AllowedValue {
            value: "01",
            name: "Enable Logo Page at Startup",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.3.1.3.2 Display Card Logo While Authorizing (manual Table 895). Binary, 1 bytes. Default: 0x00. Read and write.
pub const DISPLAY_CARD_LOGO_WHILE_AUTHORIZING: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 1, 3, 2],
    oid_text: "1.2.3.1.3.2",
    name: "Display Card Logo While Authorizing",
    ident: "display_card_logo_while_authorizing",
    table: Some(895),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Disable Logo",
        },
        AllowedValue {
            value: "01",
            name: "Enable Logo",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.3.2.1.1 System Volume Control (manual Table 905). Binary, 1 bytes. Default: 0x32 (50%). Read and write.
pub const SYSTEM_VOLUME_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 2, 1, 1],
    oid_text: "1.2.3.2.1.1",
    name: "System Volume Control",
    ident: "system_volume_control",
    table: Some(905),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x32 (50%)"),
    values: &[],
    valid: Some("0x00..0x64"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.3.2.2.1 Touch Keypress Beep Enable (manual Table 910). Binary, 1 bytes. Default: 0x1. Read and write.
pub const TOUCH_KEYPRESS_BEEP_ENABLE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 3, 2, 2, 1],
    oid_text: "1.2.3.2.2.1",
    name: "Touch Keypress Beep Enable",
    ident: "touch_keypress_beep_enable",
    table: Some(910),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x1"),
    values: &[],
    valid: Some("0x0 - 0x1"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.5.2.1.1 Device Lock State (manual Table 917). Binary, 1 bytes. Default: See Property 1.2.5.2.1.2 Device Lock State After Reset. Read and write.
pub const DEVICE_LOCK_STATE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 5, 2, 1, 1],
    oid_text: "1.2.5.2.1.1",
    name: "Device Lock State",
    ident: "device_lock_state",
    table: Some(917),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("See Property 1.2.5.2.1.2 Device Lock State After Reset"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Unlocked",
        },
        AllowedValue {
            value: "01",
            name: "Locked",
        },
    ],
    valid: None,
    securing_key: Some("See Command 0xD112 - Set Property"),
    limits: &[],
    internal: false,
};
/// Property 1.2.5.2.1.2 Device Lock State After Reset (manual Table 922). Binary, 1 bytes. Default: 0x00. Read and write.
pub const DEVICE_LOCK_STATE_AFTER_RESET: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 5, 2, 1, 2],
    oid_text: "1.2.5.2.1.2",
    name: "Device Lock State After Reset",
    ident: "device_lock_state_after_reset",
    table: Some(922),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Unlocked",
        },
        AllowedValue {
            value: "01",
            name: "Locked",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.5.2.1.3 Device Lock Passcode (manual Table 927). Binary, 4 to 63 bytes. Default: 0x34 0x33 0x32 0x31 (“4321”). Read and write.
pub const DEVICE_LOCK_PASSCODE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 5, 2, 1, 3],
    oid_text: "1.2.5.2.1.3",
    name: "Device Lock Passcode",
    ident: "device_lock_passcode",
    table: Some(927),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(63),
    default: Some("0x34 0x33 0x32 0x31 (“4321”)"),
    values: &[],
    valid: Some("It can only contain any printable ASCII character"),
    securing_key: Some("See Command 0xD112 - Set Property"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.1.1 Device Reset Occurred Notification Control (manual Table 932). Binary, 1 bytes. Default: 0x00. Read and write.
pub const DEVICE_RESET_OCCURRED_NOTIFICATION_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 1, 1],
    oid_text: "1.2.7.1.1.1",
    name: "Device Reset Occurred Notification Control",
    ident: "device_reset_occurred_notification_control",
    table: Some(932),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Never send this notification",
        },
        AllowedValue {
            value: "01..FE",
            name: "Frequency in seconds",
        },
        AllowedValue {
            value: "FF",
            name: "Only send this notification once",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.1.2 Device Reset Occurred Notification Acknowledged (manual Table 937). Binary, 1 bytes. Default: 0x00. Read and write.
pub const DEVICE_RESET_OCCURRED_NOTIFICATION_ACKNOWLEDGED: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 1, 2],
    oid_text: "1.2.7.1.1.2",
    name: "Device Reset Occurred Notification Acknowledged",
    ident: "device_reset_occurred_notification_acknowledged",
    table: Some(937),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x00"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Not acknowledged",
        },
        AllowedValue {
            value: "01",
            name: "Acknowledged",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.1.3 Device Reset Will Occur Soon Notification Control (manual Table 942). Binary, 1 bytes. Default: 0x03. Read and write.
pub const DEVICE_RESET_WILL_OCCUR_SOON_NOTIFICATION_CONTROL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 1, 3],
    oid_text: "1.2.7.1.1.3",
    name: "Device Reset Will Occur Soon Notification Control",
    ident: "device_reset_will_occur_soon_notification_control",
    table: Some(942),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x03"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Never send this notification",
        },
        AllowedValue {
            value: "01..FF",
            name: "Minutes before reset",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.1.4 Auto Reset Configuration (manual Table 946). Binary, 2 bytes. Default: 0xFF 0xFF. Read and write.
pub const AUTO_RESET_CONFIGURATION: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 1, 4],
    oid_text: "1.2.7.1.1.4",
    name: "Auto Reset Configuration",
    ident: "auto_reset_configuration",
    table: Some(946),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0xFF 0xFF"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.2.1 User Event Notifications Enable (manual Table 951). Binary, 4 bytes. Default: see `default`. Read and write. Its bits: `UserEventNotificationsEnable`.
pub const USER_EVENT_NOTIFICATIONS_ENABLE: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 2, 1],
    oid_text: "1.2.7.1.2.1",
    name: "User Event Notifications Enable",
    ident: "user_event_notifications_enable",
    table: Some(951),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("0x00, 0x00, 0x00, 0x00 (all User Event notifications disabled)"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.2.2 User Event Notification MSR Data Timeout (manual Table 956). Binary, 1 bytes. Default: 0x02 (2 seconds). Read and write.
///
/// Limited to: MSR Only.
pub const USER_EVENT_NOTIFICATION_MSR_DATA_TIMEOUT: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 2, 2],
    oid_text: "1.2.7.1.2.2",
    name: "User Event Notification MSR Data Timeout",
    ident: "user_event_notification_msr_data_timeout",
    table: Some(956),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x02 (2 seconds)"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Invalid value",
        },
        AllowedValue {
            value: "01..FF",
            name: "1 to 255 seconds",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &["MSR Only"],
    internal: false,
};
/// Property 1.2.7.1.3.1 Maximum Battery Charge Level (manual Table 961). Binary, 1 bytes. Default: 0x64 (100%) if WLAN device 0x50 (80%) for all other devices. Read and write.
///
/// Limited to: Deprecated.
pub const MAXIMUM_BATTERY_CHARGE_LEVEL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 3, 1],
    oid_text: "1.2.7.1.3.1",
    name: "Maximum Battery Charge Level",
    ident: "maximum_battery_charge_level",
    table: Some(961),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x64 (100%) if WLAN device 0x50 (80%) for all other devices"),
    values: &[],
    valid: Some("0x0A..0x64"),
    securing_key: Some("None"),
    limits: &["Deprecated"],
    internal: false,
};
/// Property 1.2.7.1.4.1 Device Low Temperature Notification Level (manual Table 965). Signed Binary, 1 bytes. Default: see `default`. Read and write.
pub const DEVICE_LOW_TEMPERATURE_NOTIFICATION_LEVEL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 4, 1],
    oid_text: "1.2.7.1.4.1",
    name: "Device Low Temperature Notification Level",
    ident: "device_low_temperature_notification_level",
    table: Some(965),
    access: Access::ReadWrite,
    data_type: Some("Signed Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some(
        "Temperature in Celsius: DynaProx: 0xE2 (-30 DynaProx BCR: 0xEC (-20) DynaFlex: 0x00 (0)",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.4.2 Device High Temperature Notification Level (manual Table 969). Signed Binary, 1 bytes. Default: see `default`. Read and write.
pub const DEVICE_HIGH_TEMPERATURE_NOTIFICATION_LEVEL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 4, 2],
    oid_text: "1.2.7.1.4.2",
    name: "Device High Temperature Notification Level",
    ident: "device_high_temperature_notification_level",
    table: Some(969),
    access: Access::ReadWrite,
    data_type: Some("Signed Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some(
        "Temperature in Celsius: DynaProx: 0x55 (85) DynaProx BCR: 0x37 (55) DynaFlex: 0x2D (45)",
    ),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 1.2.7.1.4.3 Device Temperature Notification Repeat Interval (manual Table 972). Binary, 1 bytes. Default: 0x1E (30 seconds). Read and write.
pub const DEVICE_TEMPERATURE_NOTIFICATION_REPEAT_INTERVAL: PropertyDescriptor = PropertyDescriptor {
    oid: &[1, 2, 7, 1, 4, 3],
    oid_text: "1.2.7.1.4.3",
    name: "Device Temperature Notification Repeat Interval",
    ident: "device_temperature_notification_repeat_interval",
    table: Some(972),
    access: Access::ReadWrite,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("0x1E (30 seconds)"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.1.1.1.1 Main App Firmware API Feature Set (manual Table 974). Binary, 2 bytes. Default: 0x0000. Read only.
pub const MAIN_APP_FIRMWARE_API_FEATURE_SET: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 1, 1, 1, 1],
    oid_text: "2.1.1.1.1.1",
    name: "Main App Firmware API Feature Set",
    ident: "main_app_firmware_api_feature_set",
    table: Some(974),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("0x0000"),
    values: &[],
    valid: Some("Bit Mapped"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.1.1.2 Boot 1 Firmware Version (manual Table 977). Alphanumeric, 19 bytes. Read only.
pub const BOOT_1_FIRMWARE_VERSION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 1, 1, 2],
    oid_text: "2.1.2.1.1.2",
    name: "Boot 1 Firmware Version",
    ident: "boot_1_firmware_version",
    table: Some(977),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(19),
    max_len: Some(19),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.1.1.4 Boot 1 Firmware Part Number (manual Table 980). Alphanumeric, 11 bytes. Read only.
pub const BOOT_1_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 1, 1, 4],
    oid_text: "2.1.2.1.1.4",
    name: "Boot 1 Firmware Part Number",
    ident: "boot_1_firmware_part_number",
    table: Some(980),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.1.2.2 Boot 0 Firmware Version (manual Table 983). Alphanumeric, 19 bytes. Read only.
pub const BOOT_0_FIRMWARE_VERSION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 1, 2, 2],
    oid_text: "2.1.2.1.2.2",
    name: "Boot 0 Firmware Version",
    ident: "boot_0_firmware_version",
    table: Some(983),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(19),
    max_len: Some(19),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.1.2.4 Boot 0 Firmware Part Number (manual Table 986). Alphanumeric, 11 bytes. Read only.
pub const BOOT_0_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 1, 2, 4],
    oid_text: "2.1.2.1.2.4",
    name: "Boot 0 Firmware Part Number",
    ident: "boot_0_firmware_part_number",
    table: Some(986),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.2.2.1 Device Model Name (manual Table 989). Alphanumeric, 10 to 20 bytes. Read only.
pub const DEVICE_MODEL_NAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 2, 2, 1],
    oid_text: "2.1.2.2.2.1",
    name: "Device Model Name",
    ident: "device_model_name",
    table: Some(989),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(10),
    max_len: Some(20),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.2.2.2 Main Firmware Version (manual Table 992). Alphanumeric, 19 bytes. Read only.
pub const MAIN_FIRMWARE_VERSION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 2, 2, 2],
    oid_text: "2.1.2.2.2.2",
    name: "Main Firmware Version",
    ident: "main_firmware_version",
    table: Some(992),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(19),
    max_len: Some(19),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.2.2.4 Main Firmware Part Number (manual Table 995). Alphanumeric, 11 bytes. Read only.
pub const MAIN_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 2, 2, 4],
    oid_text: "2.1.2.2.2.4",
    name: "Main Firmware Part Number",
    ident: "main_firmware_part_number",
    table: Some(995),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.2.2.6 Key Type (manual Table 998). Alphanumeric, 2 bytes. Read only.
pub const KEY_TYPE: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 2, 2, 6],
    oid_text: "2.1.2.2.2.6",
    name: "Key Type",
    ident: "key_type",
    table: Some(998),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(2),
    max_len: Some(2),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.3.1.1 Encryption ID. Read only.
///
/// The manual marks this section MagTek internal for now.
pub const ENCRYPTION_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 1, 1],
    oid_text: "2.1.2.3.1.1",
    name: "Encryption ID",
    ident: "encryption_id",
    table: None,
    access: Access::ReadOnly,
    data_type: None,
    min_len: None,
    max_len: None,
    default: None,
    values: &[],
    valid: None,
    securing_key: None,
    limits: &[],
    internal: true,
};
/// Property 2.1.2.3.1.2 Encryption Checksum. Read only.
///
/// The manual marks this section MagTek internal for now.
pub const ENCRYPTION_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 1, 2],
    oid_text: "2.1.2.3.1.2",
    name: "Encryption Checksum",
    ident: "encryption_checksum",
    table: None,
    access: Access::ReadOnly,
    data_type: None,
    min_len: None,
    max_len: None,
    default: None,
    values: &[],
    valid: None,
    securing_key: None,
    limits: &[],
    internal: true,
};
/// Property 2.1.2.3.2.1 EMV Contact L1 Kernel ID (manual Table 1001). Alphanumeric, 17 bytes. Read only.
///
/// Limited to: Contact Only.
pub const EMV_CONTACT_L1_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 2, 1],
    oid_text: "2.1.2.3.2.1",
    name: "EMV Contact L1 Kernel ID",
    ident: "emv_contact_l1_kernel_id",
    table: Some(1001),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(17),
    max_len: Some(17),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contact Only"],
    internal: false,
};
/// Property 2.1.2.3.2.2 EMV Contact L1 Kernel Firmware Part Number (manual Table 1004). Alphanumeric, 17 bytes. Read only.
///
/// Limited to: Contact Only.
pub const EMV_CONTACT_L1_KERNEL_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 2, 2],
    oid_text: "2.1.2.3.2.2",
    name: "EMV Contact L1 Kernel Firmware Part Number",
    ident: "emv_contact_l1_kernel_firmware_part_number",
    table: Some(1004),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(17),
    max_len: Some(17),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contact Only"],
    internal: false,
};
/// Property 2.1.2.3.3.1 EMV Contact L2 Kernel ID (manual Table 1007). Alphanumeric, 11 bytes. Read only.
///
/// Limited to: Contact Only.
pub const EMV_CONTACT_L2_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 3, 1],
    oid_text: "2.1.2.3.3.1",
    name: "EMV Contact L2 Kernel ID",
    ident: "emv_contact_l2_kernel_id",
    table: Some(1007),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contact Only"],
    internal: false,
};
/// Property 2.1.2.3.3.2 EMV Contact L2 Kernel Firmware Part Number (manual Table 1010). Alphanumeric, 40 bytes. Read only.
///
/// Limited to: Contact Only.
pub const EMV_CONTACT_L2_KERNEL_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 3, 2],
    oid_text: "2.1.2.3.3.2",
    name: "EMV Contact L2 Kernel Firmware Part Number",
    ident: "emv_contact_l2_kernel_firmware_part_number",
    table: Some(1010),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(40),
    max_len: Some(40),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contact Only"],
    internal: false,
};
/// Property 2.1.2.3.3.3 EMV Contact L2 Kernel Checksum (manual Table 1013). Alphanumeric. Read only.
///
/// Limited to: Contact Only.
pub const EMV_CONTACT_L2_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 3, 3],
    oid_text: "2.1.2.3.3.3",
    name: "EMV Contact L2 Kernel Checksum",
    ident: "emv_contact_l2_kernel_checksum",
    table: Some(1013),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contact Only"],
    internal: false,
};
/// Property 2.1.2.3.3.4 EMV Contact L2 Kernel Configuration Checksum (manual Table 1016). Alphanumeric, 8 bytes. Read only.
///
/// Limited to: Contact Only.
pub const EMV_CONTACT_L2_KERNEL_CONFIGURATION_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 3, 4],
    oid_text: "2.1.2.3.3.4",
    name: "EMV Contact L2 Kernel Configuration Checksum",
    ident: "emv_contact_l2_kernel_configuration_checksum",
    table: Some(1016),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(8),
    max_len: Some(8),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contact Only"],
    internal: false,
};
/// Property 2.1.2.3.4.1 EMV Contactless L1 Kernel ID (manual Table 1019). Alphanumeric, 16 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const EMV_CONTACTLESS_L1_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 4, 1],
    oid_text: "2.1.2.3.4.1",
    name: "EMV Contactless L1 Kernel ID",
    ident: "emv_contactless_l1_kernel_id",
    table: Some(1019),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(16),
    max_len: Some(16),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.4.2 EMV Contactless L1 Kernel Firmware Part Number (manual Table 1022). Alphanumeric, 17 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const EMV_CONTACTLESS_L1_KERNEL_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 4, 2],
    oid_text: "2.1.2.3.4.2",
    name: "EMV Contactless L1 Kernel Firmware Part Number",
    ident: "emv_contactless_l1_kernel_firmware_part_number",
    table: Some(1022),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(17),
    max_len: Some(17),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.4.3 EMV Contactless L1 Kernel Checksum (manual Table 1025). Alphanumeric. Read only.
///
/// Limited to: Contactless Only.
pub const EMV_CONTACTLESS_L1_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 4, 3],
    oid_text: "2.1.2.3.4.3",
    name: "EMV Contactless L1 Kernel Checksum",
    ident: "emv_contactless_l1_kernel_checksum",
    table: Some(1025),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.5.1 Mastercard MCL Kernel ID (manual Table 1028). Alphanumeric, 10 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const MASTERCARD_MCL_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 5, 1],
    oid_text: "2.1.2.3.5.1",
    name: "Mastercard MCL Kernel ID",
    ident: "mastercard_mcl_kernel_id",
    table: Some(1028),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(10),
    max_len: Some(10),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.5.2 Mastercard MCL Firmware Part Number (manual Table 1031). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const MASTERCARD_MCL_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 5, 2],
    oid_text: "2.1.2.3.5.2",
    name: "Mastercard MCL Firmware Part Number",
    ident: "mastercard_mcl_firmware_part_number",
    table: Some(1031),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.5.3 Mastercard MCL Kernel Checksum (manual Table 1034). Alphanumeric. Read only.
///
/// Limited to: Contactless Only.
pub const MASTERCARD_MCL_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 5, 3],
    oid_text: "2.1.2.3.5.3",
    name: "Mastercard MCL Kernel Checksum",
    ident: "mastercard_mcl_kernel_checksum",
    table: Some(1034),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.6.1 Visa payWave Kernel ID (manual Table 1037). Alphanumeric, 12 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const VISA_PAYWAVE_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 6, 1],
    oid_text: "2.1.2.3.6.1",
    name: "Visa payWave Kernel ID",
    ident: "visa_paywave_kernel_id",
    table: Some(1037),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(12),
    max_len: Some(12),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.6.2 Visa payWave Firmware Part Number (manual Table 1040). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const VISA_PAYWAVE_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 6, 2],
    oid_text: "2.1.2.3.6.2",
    name: "Visa payWave Firmware Part Number",
    ident: "visa_paywave_firmware_part_number",
    table: Some(1040),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.6.3 Visa payWave Kernel Checksum (manual Table 1043). Alphanumeric. Read only.
///
/// Limited to: Contactless Only.
pub const VISA_PAYWAVE_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 6, 3],
    oid_text: "2.1.2.3.6.3",
    name: "Visa payWave Kernel Checksum",
    ident: "visa_paywave_kernel_checksum",
    table: Some(1043),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.6.5 Entry Point Checksum (manual Table 1046). Alphanumeric. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const ENTRY_POINT_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 6, 5],
    oid_text: "2.1.2.3.6.5",
    name: "Entry Point Checksum",
    ident: "entry_point_checksum",
    table: Some(1046),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.7.1 Discover D-PAS Kernel ID (manual Table 1049). Alphanumeric, 9 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const DISCOVER_D_PAS_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 7, 1],
    oid_text: "2.1.2.3.7.1",
    name: "Discover D-PAS Kernel ID",
    ident: "discover_d_pas_kernel_id",
    table: Some(1049),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(9),
    max_len: Some(9),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.7.2 Discover D-PAS Firmware Part Number (manual Table 1052). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const DISCOVER_D_PAS_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 7, 2],
    oid_text: "2.1.2.3.7.2",
    name: "Discover D-PAS Firmware Part Number",
    ident: "discover_d_pas_firmware_part_number",
    table: Some(1052),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.7.3 Discover D-PAS Kernel Checksum (manual Table 1055). Alphanumeric. Read only.
///
/// Limited to: Contactless Only.
pub const DISCOVER_D_PAS_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 7, 3],
    oid_text: "2.1.2.3.7.3",
    name: "Discover D-PAS Kernel Checksum",
    ident: "discover_d_pas_kernel_checksum",
    table: Some(1055),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.8.1 American Express Expresspay Kernel ID (manual Table 1058). Alphanumeric, 11 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const AMERICAN_EXPRESS_EXPRESSPAY_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 8, 1],
    oid_text: "2.1.2.3.8.1",
    name: "American Express Expresspay Kernel ID",
    ident: "american_express_expresspay_kernel_id",
    table: Some(1058),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.8.2 American Express Expresspay Firmware Part Number (manual Table 1061). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only.
pub const AMERICAN_EXPRESS_EXPRESSPAY_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 8, 2],
    oid_text: "2.1.2.3.8.2",
    name: "American Express Expresspay Firmware Part Number",
    ident: "american_express_expresspay_firmware_part_number",
    table: Some(1061),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.8.3 American Express Expresspay Kernel Checksum (manual Table 1064). Alphanumeric. Read only.
///
/// Limited to: Contactless Only.
pub const AMERICAN_EXPRESS_EXPRESSPAY_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 8, 3],
    oid_text: "2.1.2.3.8.3",
    name: "American Express Expresspay Kernel Checksum",
    ident: "american_express_expresspay_kernel_checksum",
    table: Some(1064),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only"],
    internal: false,
};
/// Property 2.1.2.3.9.1 Apple VAS Kernel ID (manual Table 1067). Alphanumeric, 16 bytes. Read only.
pub const APPLE_VAS_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 9, 1],
    oid_text: "2.1.2.3.9.1",
    name: "Apple VAS Kernel ID",
    ident: "apple_vas_kernel_id",
    table: Some(1067),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(16),
    max_len: Some(16),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.3.A.1 JCB Kernel ID (manual Table 1070). Alphanumeric, 11 bytes. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const JCB_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 10, 1],
    oid_text: "2.1.2.3.A.1",
    name: "JCB Kernel ID",
    ident: "jcb_kernel_id",
    table: Some(1070),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.A.2 JCB Firmware Part Number (manual Table 1073). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const JCB_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 10, 2],
    oid_text: "2.1.2.3.A.2",
    name: "JCB Firmware Part Number",
    ident: "jcb_firmware_part_number",
    table: Some(1073),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.A.3 JCB Kernel Checksum (manual Table 1076). Alphanumeric. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const JCB_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 10, 3],
    oid_text: "2.1.2.3.A.3",
    name: "JCB Kernel Checksum",
    ident: "jcb_kernel_checksum",
    table: Some(1076),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.A.4 Reader Core Checksum (manual Table 1079). Alphanumeric. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const READER_CORE_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 10, 4],
    oid_text: "2.1.2.3.A.4",
    name: "Reader Core Checksum",
    ident: "reader_core_checksum",
    table: Some(1079),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.A.5 Entry Point Checksum (manual Table 1082). Alphanumeric. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const ENTRY_POINT_CHECKSUM_2: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 10, 5],
    oid_text: "2.1.2.3.A.5",
    name: "Entry Point Checksum",
    ident: "entry_point_checksum",
    table: Some(1082),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.B.1 China Union Pay Kernel ID (manual Table 1085). Alphanumeric, 11 bytes. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const CHINA_UNION_PAY_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 11, 1],
    oid_text: "2.1.2.3.B.1",
    name: "China Union Pay Kernel ID",
    ident: "china_union_pay_kernel_id",
    table: Some(1085),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.B.2 China Union Pay Firmware Part Number (manual Table 1088). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const CHINA_UNION_PAY_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 11, 2],
    oid_text: "2.1.2.3.B.2",
    name: "China Union Pay Firmware Part Number",
    ident: "china_union_pay_firmware_part_number",
    table: Some(1088),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.B.3 China Union Pay Kernel Checksum (manual Table 1091). Alphanumeric. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const CHINA_UNION_PAY_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 11, 3],
    oid_text: "2.1.2.3.B.3",
    name: "China Union Pay Kernel Checksum",
    ident: "china_union_pay_kernel_checksum",
    table: Some(1091),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.C.1 Interact Flash Kernel ID (manual Table 1094). Alphanumeric, 11 bytes. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const INTERACT_FLASH_KERNEL_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 12, 1],
    oid_text: "2.1.2.3.C.1",
    name: "Interact Flash Kernel ID",
    ident: "interact_flash_kernel_id",
    table: Some(1094),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(11),
    max_len: Some(11),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.C.2 Interact Flash Firmware Part Number (manual Table 1097). Alphanumeric, 18 bytes. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const INTERACT_FLASH_FIRMWARE_PART_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 12, 2],
    oid_text: "2.1.2.3.C.2",
    name: "Interact Flash Firmware Part Number",
    ident: "interact_flash_firmware_part_number",
    table: Some(1097),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.3.C.3 Interact Flash Kernel Checksum (manual Table 1100). Alphanumeric. Read only.
///
/// Limited to: Contactless Only, Common Kernel Only.
pub const INTERACT_FLASH_KERNEL_CHECKSUM: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 3, 12, 3],
    oid_text: "2.1.2.3.C.3",
    name: "Interact Flash Kernel Checksum",
    ident: "interact_flash_kernel_checksum",
    table: Some(1100),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: Some(75),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &["Contactless Only", "Common Kernel Only"],
    internal: false,
};
/// Property 2.1.2.5.3.1 WLAN Firmware Version (manual Table 1103). Alphanumeric, 18 bytes. Default: None. Read only.
pub const WLAN_FIRMWARE_VERSION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 3, 1],
    oid_text: "2.1.2.5.3.1",
    name: "WLAN Firmware Version",
    ident: "wlan_firmware_version",
    table: Some(1103),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: Some("None"),
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.3.2 WLAN WiFi Module MAC Build Hash (manual Table 1106). Binary. Default: None. Read only.
///
/// The manual marks this section MagTek internal.
pub const WLAN_WIFI_MODULE_MAC_BUILD_HASH: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 3, 2],
    oid_text: "2.1.2.5.3.2",
    name: "WLAN WiFi Module MAC Build Hash",
    ident: "wlan_wifi_module_mac_build_hash",
    table: Some(1106),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: None,
    max_len: None,
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 2.1.2.5.3.3 WLAN Firmware Sequence Number (manual Table 8). Binary, 4 bytes. Default: None. Read only.
///
/// The manual marks this section MagTek internal.
pub const WLAN_FIRMWARE_SEQUENCE_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 3, 3],
    oid_text: "2.1.2.5.3.3",
    name: "WLAN Firmware Sequence Number",
    ident: "wlan_firmware_sequence_number",
    table: Some(8),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: Some("Any"),
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 2.1.2.5.6.1 WLAN WiFi Module MAC Address (manual Table 1109). Binary, 6 bytes. Default: None. Read only.
pub const WLAN_WIFI_MODULE_MAC_ADDRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 1],
    oid_text: "2.1.2.5.6.1",
    name: "WLAN WiFi Module MAC Address",
    ident: "wlan_wifi_module_mac_address",
    table: Some(1109),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(6),
    max_len: Some(6),
    default: Some("None"),
    values: &[],
    valid: Some("IEEE 802 EUI-48"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.6.2 WLAN WiFi RSSI (Received Signal Strength Indicator) (manual Table 1112). Signed Character, 1 bytes. Default: None. Read only.
pub const WLAN_WIFI_RSSI_RECEIVED_SIGNAL_STRENGTH_INDICATOR: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 2],
    oid_text: "2.1.2.5.6.2",
    name: "WLAN WiFi RSSI (Received Signal Strength Indicator)",
    ident: "wlan_wifi_rssi_received_signal_strength_indicator",
    table: Some(1112),
    access: Access::ReadOnly,
    data_type: Some("Signed Character"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0xFF",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.6.3 WLAN Dynamic IP Address (manual Table 1115). Binary, 4 bytes. Default: None. Read only.
pub const WLAN_DYNAMIC_IP_ADDRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 3],
    oid_text: "2.1.2.5.6.3",
    name: "WLAN Dynamic IP Address",
    ident: "wlan_dynamic_ip_address",
    table: Some(1115),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: Some("Internet Protocol version 4"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.6.4 Active Client Connections (manual Table 1118). Binary, 1 bytes. Default: None. Read only.
pub const ACTIVE_CLIENT_CONNECTIONS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 4],
    oid_text: "2.1.2.5.6.4",
    name: "Active Client Connections",
    ident: "active_client_connections",
    table: Some(1118),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x04",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.6.5 Server Certificate Chain Select (manual Table 1121). Binary, 1 bytes. Default: None. Read only.
pub const SERVER_CERTIFICATE_CHAIN_SELECT: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 5],
    oid_text: "2.1.2.5.6.5",
    name: "Server Certificate Chain Select",
    ident: "server_certificate_chain_select",
    table: Some(1121),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x01",
        },
        AllowedValue {
            value: "01",
            name: "server chain",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.6.6 Security Protocol (manual Table 1124). Binary, 1 bytes. Default: None. Read only.
pub const SECURITY_PROTOCOL: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 6],
    oid_text: "2.1.2.5.6.6",
    name: "Security Protocol",
    ident: "security_protocol",
    table: Some(1124),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "0x02",
        },
        AllowedValue {
            value: "01",
            name: "TLS",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.5.6.7 Available Access Points (manual Table 1127). Binary, 0 to 740 bytes. Default: None. Read only.
pub const AVAILABLE_ACCESS_POINTS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 5, 6, 7],
    oid_text: "2.1.2.5.6.7",
    name: "Available Access Points",
    ident: "available_access_points",
    table: Some(1127),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(0),
    max_len: Some(740),
    default: Some("None"),
    values: &[],
    valid: Some("See Table 8.5-146 – Access Point Payload Detail"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.6.1.1 Firmware Git and Build information (manual Table 1131). Alphanumeric. Default: None. Read only.
///
/// The manual marks this section MagTek internal.
pub const FIRMWARE_GIT_AND_BUILD_INFORMATION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 6, 1, 1],
    oid_text: "2.1.2.6.1.1",
    name: "Firmware Git and Build information",
    ident: "firmware_git_and_build_information",
    table: Some(1131),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: None,
    max_len: None,
    default: Some("None"),
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 2.1.2.7.1.1 Bluetooth® LE Firmware Version (manual Table 1134). Alphanumeric, 18 bytes. Default: None. Read only.
pub const BLUETOOTH_LE_FIRMWARE_VERSION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 7, 1, 1],
    oid_text: "2.1.2.7.1.1",
    name: "Bluetooth® LE Firmware Version",
    ident: "bluetooth_le_firmware_version",
    table: Some(1134),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(18),
    max_len: Some(18),
    default: Some("None"),
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.7.1.2 Bluetooth® LE Firmware Sequence Number (manual Table 1137). Binary, 4 bytes. Default: None. Read only.
pub const BLUETOOTH_LE_FIRMWARE_SEQUENCE_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 7, 1, 2],
    oid_text: "2.1.2.7.1.2",
    name: "Bluetooth® LE Firmware Sequence Number",
    ident: "bluetooth_le_firmware_sequence_number",
    table: Some(1137),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: Some("Non-zero"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.7.2.1 Bluetooth® LE Device Address (manual Table 1140). Binary, 6 bytes. Default: None. Read only.
pub const BLUETOOTH_LE_DEVICE_ADDRESS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 7, 2, 1],
    oid_text: "2.1.2.7.2.1",
    name: "Bluetooth® LE Device Address",
    ident: "bluetooth_le_device_address",
    table: Some(1140),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(6),
    max_len: Some(6),
    default: Some("None"),
    values: &[],
    valid: Some("IEEE 802 EUI-48"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.7.2.2 Bluetooth® LE Connection Status (manual Table 1143). Binary, 1 bytes. Default: None. Read only.
pub const BLUETOOTH_LE_CONNECTION_STATUS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 7, 2, 2],
    oid_text: "2.1.2.7.2.2",
    name: "Bluetooth® LE Connection Status",
    ident: "bluetooth_le_connection_status",
    table: Some(1143),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.7.2.3 Bluetooth® LE Number of Bondings (manual Table 1146). Binary, 1 bytes. Default: None. Read only.
pub const BLUETOOTH_LE_NUMBER_OF_BONDINGS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 7, 2, 3],
    oid_text: "2.1.2.7.2.3",
    name: "Bluetooth® LE Number of Bondings",
    ident: "bluetooth_le_number_of_bondings",
    table: Some(1146),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[],
    valid: Some("0 - 9"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.7.2.4 Bluetooth® LE MTU Size (manual Table 1149). Binary, 2 bytes. Default: None. Read only.
pub const BLUETOOTH_LE_MTU_SIZE: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 7, 2, 4],
    oid_text: "2.1.2.7.2.4",
    name: "Bluetooth® LE MTU Size",
    ident: "bluetooth_le_mtu_size",
    table: Some(1149),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(2),
    max_len: Some(2),
    default: Some("None"),
    values: &[],
    valid: Some("23 - 247"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.1.2.8.1.1 UI Configuration Filename (manual Table 1152). ASCII, 14 bytes. Default: None. Read only.
pub const UI_CONFIGURATION_FILENAME: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 1, 2, 8, 1, 1],
    oid_text: "2.1.2.8.1.1",
    name: "UI Configuration Filename",
    ident: "ui_configuration_filename",
    table: Some(1152),
    access: Access::ReadOnly,
    data_type: Some("ASCII"),
    min_len: Some(14),
    max_len: Some(14),
    default: Some("None"),
    values: &[],
    valid: Some("CFG000xxxx-xxx"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.2.1.1.1.1 Device Serial Number (manual Table 1155). Binary, 4 bytes. Read only.
pub const DEVICE_SERIAL_NUMBER: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 2, 1, 1, 1, 1],
    oid_text: "2.2.1.1.1.1",
    name: "Device Serial Number",
    ident: "device_serial_number",
    table: Some(1155),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: None,
    values: &[],
    valid: Some("Min 0x00000000 Max 0xFFFFFFF0"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.2.1.1.1.2 Device Capabilities Report (manual Table 1158). Alphanumeric, 64 bytes. Read only.
///
/// The manual marks this section MagTek internal for now.
pub const DEVICE_CAPABILITIES_REPORT: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 2, 1, 1, 1, 2],
    oid_text: "2.2.1.1.1.2",
    name: "Device Capabilities Report",
    ident: "device_capabilities_report",
    table: Some(1158),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(64),
    max_len: Some(64),
    default: None,
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 2.2.1.1.1.3 PCI Hardware ID (manual Table 1161). Alphanumeric, 10 to 256 bytes. Read only.
pub const PCI_HARDWARE_ID: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 2, 1, 1, 1, 3],
    oid_text: "2.2.1.1.1.3",
    name: "PCI Hardware ID",
    ident: "pci_hardware_id",
    table: Some(1161),
    access: Access::ReadOnly,
    data_type: Some("Alphanumeric"),
    min_len: Some(10),
    max_len: Some(256),
    default: None,
    values: &[],
    valid: Some("Any string"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.2.1.1.1.4 Device Hardware Configuration (manual Table 1164). Binary, 10 to 256 bytes. Read only.
///
/// The manual marks this section MagTek internal.
pub const DEVICE_HARDWARE_CONFIGURATION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 2, 1, 1, 1, 4],
    oid_text: "2.2.1.1.1.4",
    name: "Device Hardware Configuration",
    ident: "device_hardware_configuration",
    table: Some(1164),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(10),
    max_len: Some(256),
    default: None,
    values: &[],
    valid: Some("Any number"),
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 2.3.1.1.1.1 Device Key Status (manual Table 1167). Binary, 4 bytes. Default: None. Read only. Its bits: `DeviceKeyStatus`.
pub const DEVICE_KEY_STATUS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 1, 1, 1],
    oid_text: "2.3.1.1.1.1",
    name: "Device Key Status",
    ident: "device_key_status",
    table: Some(1167),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.1.1.2 Transaction Key Status (manual Table 1170). Binary, 4 bytes. Default: None. Read only. Its bits: `TransactionKeyStatus`.
pub const TRANSACTION_KEY_STATUS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 1, 1, 2],
    oid_text: "2.3.1.1.1.2",
    name: "Transaction Key Status",
    ident: "transaction_key_status",
    table: Some(1170),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(4),
    max_len: Some(4),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.1.2.1 Real Time Clock Enabled (manual Table 1173). Binary, 1 bytes. Default: None. Read only.
pub const REAL_TIME_CLOCK_ENABLED: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 1, 2, 1],
    oid_text: "2.3.1.1.2.1",
    name: "Real Time Clock Enabled",
    ident: "real_time_clock_enabled",
    table: Some(1173),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Real Time Clock Not Enabled",
        },
        AllowedValue {
            value: "01",
            name: "Real Time Clock Enabled",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.1.2.2 Tamper Sensors Activated (manual Table 1176). Binary, 1 bytes. Default: None. Read only.
pub const TAMPER_SENSORS_ACTIVATED: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 1, 2, 2],
    oid_text: "2.3.1.1.2.2",
    name: "Tamper Sensors Activated",
    ident: "tamper_sensors_activated",
    table: Some(1176),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Tamper Sensors Not Activated",
        },
        AllowedValue {
            value: "01",
            name: "Tamper Sensors Activated",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.1.2.3 Tamper Sensor Tampered (manual Table 1179). Binary, 1 bytes. Default: None. Read only.
pub const TAMPER_SENSOR_TAMPERED: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 1, 2, 3],
    oid_text: "2.3.1.1.2.3",
    name: "Tamper Sensor Tampered",
    ident: "tamper_sensor_tampered",
    table: Some(1179),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Not Tampered",
        },
        AllowedValue {
            value: "01",
            name: "Tampered",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.1.2.4 Tamper Configuration Revision (manual Table 1182). Binary, 1 bytes. Default: None. Read only.
///
/// The manual marks this section MagTek internal.
pub const TAMPER_CONFIGURATION_REVISION: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 1, 2, 4],
    oid_text: "2.3.1.1.2.4",
    name: "Tamper Configuration Revision",
    ident: "tamper_configuration_revision",
    table: Some(1182),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Not Configured",
        },
        AllowedValue {
            value: "01",
            name: "Original Configuration",
        },
        AllowedValue {
            value: "02",
            name: "Coin Cell Current Optimized",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: true,
};
/// Property 2.3.1.2.1.1 Device Operational Status (manual Table 1185). Binary, 1 bytes. Default: None. Read only.
pub const DEVICE_OPERATIONAL_STATUS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 2, 1, 1],
    oid_text: "2.3.1.2.1.1",
    name: "Device Operational Status",
    ident: "device_operational_status",
    table: Some(1185),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "01",
            name: "Offline",
        },
        AllowedValue {
            value: "02",
            name: "Online",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.2.1.2 Offline Status Detail (manual Table 1188). Binary, 1 to 16 bytes. Default: None. Read only. Its bits: `OfflineStatusDetail`.
pub const OFFLINE_STATUS_DETAIL: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 2, 1, 2],
    oid_text: "2.3.1.2.1.2",
    name: "Offline Status Detail",
    ident: "offline_status_detail",
    table: Some(1188),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(16),
    default: Some("None"),
    values: &[],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.2.1.3 External Power Supplied (manual Table 1191). Binary, 1 bytes. Default: None. Read only.
pub const EXTERNAL_POWER_SUPPLIED: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 2, 1, 3],
    oid_text: "2.3.1.2.1.3",
    name: "External Power Supplied",
    ident: "external_power_supplied",
    table: Some(1191),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "No external power supplied",
        },
        AllowedValue {
            value: "01",
            name: "Power supplied by USB port",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.2.1.4 Battery State of Charge (manual Table 8201). Binary, 1 bytes. Default: None. Read only.
pub const BATTERY_STATE_OF_CHARGE: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 2, 1, 4],
    oid_text: "2.3.1.2.1.4",
    name: "Battery State of Charge",
    ident: "battery_state_of_charge",
    table: Some(8201),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[],
    valid: Some("0x00..0x64"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.2.1.5 Battery Charger Status (manual Table 8204). Binary, 1 bytes. Default: None. Read only.
pub const BATTERY_CHARGER_STATUS: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 2, 1, 5],
    oid_text: "2.3.1.2.1.5",
    name: "Battery Charger Status",
    ident: "battery_charger_status",
    table: Some(8204),
    access: Access::ReadOnly,
    data_type: Some("Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[
        AllowedValue {
            value: "00",
            name: "Precharge",
        },
        AllowedValue {
            value: "01",
            name: "Fast charge – constant current",
        },
        AllowedValue {
            value: "02",
            name: "Fast charge – constant voltage",
        },
        AllowedValue {
            value: "03",
            name: "End of charge",
        },
        AllowedValue {
            value: "04",
            name: "Charge complete",
        },
        AllowedValue {
            value: "08",
            name: "No external power supplied",
        },
    ],
    valid: None,
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
/// Property 2.3.1.2.1.6 Device Temperature (manual Table 8207). Signed Binary, 1 bytes. Default: None. Read only.
pub const DEVICE_TEMPERATURE: PropertyDescriptor = PropertyDescriptor {
    oid: &[2, 3, 1, 2, 1, 6],
    oid_text: "2.3.1.2.1.6",
    name: "Device Temperature",
    ident: "device_temperature",
    table: Some(8207),
    access: Access::ReadOnly,
    data_type: Some("Signed Binary"),
    min_len: Some(1),
    max_len: Some(1),
    default: Some("None"),
    values: &[],
    valid: Some("0x80 .. 0x7F (-128 .. 127)"),
    securing_key: Some("None"),
    limits: &[],
    internal: false,
};
mms_message::bit_set! {
    /// Bits of property 1.1.1.1.1.1A Google Smart Tap POS Capabilities (a bit set: bits the spec does not name are kept).
    pub struct GoogleSmartTapPosCapabilities(u32) {
        /// `01000000` (bit): Standalone.
        const STANDALONE = 0x01000000, "Standalone";
        /// `02000000` (bit): Semi-integrated.
        const SEMI_INTEGRATED = 0x02000000, "Semi-integrated";
        /// `04000000` (bit): Unattended.
        const UNATTENDED = 0x04000000, "Unattended";
        /// `08000000` (bit): Online.
        const ONLINE = 0x08000000, "Online";
        /// `10000000` (bit): Offline.
        const OFFLINE = 0x10000000, "Offline";
        /// `20000000` (bit): MMP.
        const MMP = 0x20000000, "MMP";
        /// `40000000` (bit): zlib support.
        const ZLIB_SUPPORT = 0x40000000, "zlib support";
        /// `00010000` (bit): Printer.
        const PRINTER = 0x00010000, "Printer";
        /// `00020000` (bit): Printer graphics.
        const PRINTER_GRAPHICS = 0x00020000, "Printer graphics";
        /// `00040000` (bit): Display.
        const DISPLAY = 0x00040000, "Display";
        /// `00080000` (bit): Images.
        const IMAGES = 0x00080000, "Images";
        /// `00100000` (bit): Audio.
        const AUDIO = 0x00100000, "Audio";
        /// `00200000` (bit): Animation.
        const ANIMATION = 0x00200000, "Animation";
        /// `00400000` (bit): Video.
        const VIDEO = 0x00400000, "Video";
        /// `00000100` (bit): Support payment.
        const SUPPORT_PAYMENT = 0x00000100, "Support payment";
        /// `00000200` (bit): Support digital receipt.
        const SUPPORT_DIGITAL_RECEIPT = 0x00000200, "Support digital receipt";
        /// `00000400` (bit): Support service issuance.
        const SUPPORT_SERVICE_ISSUANCE = 0x00000400, "Support service issuance";
        /// `00000800` (bit): Support OTA POS data.
        const SUPPORT_OTA_POS_DATA = 0x00000800, "Support OTA POS data";
        /// `00000001` (bit): Online PIN.
        const ONLINE_PIN = 0x00000001, "Online PIN";
        /// `00000002` (bit): CD PIN.
        const CD_PIN = 0x00000002, "CD PIN";
        /// `00000004` (bit): Signature.
        const SIGNATURE = 0x00000004, "Signature";
        /// `00000008` (bit): No CVM.
        const NO_CVM = 0x00000008, "No CVM";
        /// `00000010` (bit): Device-generated code.
        const DEVICE_GENERATED_CODE = 0x00000010, "Device-generated code";
        /// `00000020` (bit): SP-generated code.
        const SP_GENERATED_CODE = 0x00000020, "SP-generated code";
        /// `00000040` (bit): ID capture.
        const ID_CAPTURE = 0x00000040, "ID capture";
        /// `00000080` (bit): Biometric.
        const BIOMETRIC = 0x00000080, "Biometric";
    }
}
mms_message::bit_set! {
    /// Bits of property 1.1.2.6.1.1 Selectable Card Data Encryption Enable (a bit set: bits the spec does not name are kept).
    pub struct SelectableCardDataEncryptionEnable(u16) {
        /// `0100` (bit): Card Holder Name.
        const CARD_HOLDER_NAME = 0x0100, "Card Holder Name";
        /// `0400` (bit): Expiration Date.
        const EXPIRATION_DATE = 0x0400, "Expiration Date";
        /// `0800` (bit): Service Code.
        const SERVICE_CODE = 0x0800, "Service Code";
        /// `1000` (bit): T1 Discretionary Data.
        const T1_DISCRETIONARY_DATA = 0x1000, "T1 Discretionary Data";
        /// `2000` (bit): T2 Discretionary Data.
        const T2_DISCRETIONARY_DATA = 0x2000, "T2 Discretionary Data";
    }
}
mms_message::bit_set! {
    /// Bits of property 1.2.7.1.2.1 User Event Notifications Enable (a bit set: bits the spec does not name are kept).
    pub struct UserEventNotificationsEnable(u32) {
        /// `01000000` (bit): Contactless Card Presented.
        const CONTACTLESS_CARD_PRESENTED = 0x01000000, "Contactless Card Presented";
        /// `02000000` (bit): Contactless Card Removed.
        const CONTACTLESS_CARD_REMOVED = 0x02000000, "Contactless Card Removed";
        /// `04000000` (bit): Card Seated in Slot.
        const CARD_SEATED_IN_SLOT = 0x04000000, "Card Seated in Slot";
        /// `08000000` (bit): Card Unseated from Slot.
        const CARD_UNSEATED_FROM_SLOT = 0x08000000, "Card Unseated from Slot";
        /// `10000000` (bit): Card Swiped.
        const CARD_SWIPED = 0x10000000, "Card Swiped";
        /// `20000000` (bit): Touch Sensor Press Detected.
        const TOUCH_SENSOR_PRESS_DETECTED = 0x20000000, "Touch Sensor Press Detected";
        /// `40000000` (bit): Touch Sensor Release Detected.
        const TOUCH_SENSOR_RELEASE_DETECTED = 0x40000000, "Touch Sensor Release Detected";
        /// `80000000` (bit): Barcode Read Detected.
        const BARCODE_READ_DETECTED = 0x80000000, "Barcode Read Detected";
        /// `00010000` (bit): Encrypt Barcode Reader Event Data.
        const ENCRYPT_BARCODE_READER_EVENT_DATA = 0x00010000, "Encrypt Barcode Reader Event Data";
    }
}
mms_message::bit_set! {
    /// Bits of property 2.3.1.1.1.1 Device Key Status (a bit set: bits the spec does not name are kept).
    pub struct DeviceKeyStatus(u32) {
        /// `00000001` (bit): TMPTK\_1000.
        const TMPTK_1000 = 0x00000001, "TMPTK_1000";
        /// `00000002` (bit): MTK\_1001.
        const MTK_1001 = 0x00000002, "MTK_1001";
        /// `00000004` (bit): DEVTK\_1002.
        const DEVTK_1002 = 0x00000004, "DEVTK_1002";
        /// `00000008` (bit): FINTK\_1003.
        const FINTK_1003 = 0x00000008, "FINTK_1003";
        /// `00000010` (bit): PRODTK\_1021.
        const PRODTK_1021 = 0x00000010, "PRODTK_1021";
        /// `00000020` (bit): MFGTK\_1022.
        const MFGTK_1022 = 0x00000020, "MFGTK_1022";
        /// `00000040` (bit): MFIFTK\_1081.
        const MFIFTK_1081 = 0x00000040, "MFIFTK_1081";
        /// `00000080` (bit): AKIFTK\_1091.
        const AKIFTK_1091 = 0x00000080, "AKIFTK_1091";
        /// `00000100` (bit): FREQMK\_1101.
        const FREQMK_1101 = 0x00000100, "FREQMK_1101";
        /// `00000200` (bit): MREQMK\_1102.
        const MREQMK_1102 = 0x00000200, "MREQMK_1102";
        /// `00000400` (bit): MFRQMK\_1111.
        const MFRQMK_1111 = 0x00000400, "MFRQMK_1111";
        /// `00000800` (bit): ARQ1MK\_1121.
        const ARQ1MK_1121 = 0x00000800, "ARQ1MK_1121";
        /// `00001000` (bit): ARQ2MK\_1122.
        const ARQ2MK_1122 = 0x00001000, "ARQ2MK_1122";
    }
}
mms_message::bit_set! {
    /// Bits of property 2.3.1.1.1.2 Transaction Key Status (a bit set: bits the spec does not name are kept).
    pub struct TransactionKeyStatus(u32) {
        /// `00000001` (bit): DKPTM0\_2000.
        const DKPTM0_2000 = 0x00000001, "DKPTM0_2000";
        /// `00010000` (bit): DKPTM10\_2010.
        const DKPTM10_2010 = 0x00010000, "DKPTM10_2010";
        /// `00000002` (bit): DKPTM1\_2001.
        const DKPTM1_2001 = 0x00000002, "DKPTM1_2001";
        /// `00020000` (bit): DKPTM11\_2011.
        const DKPTM11_2011 = 0x00020000, "DKPTM11_2011";
        /// `00000004` (bit): DKPTM2\_2002.
        const DKPTM2_2002 = 0x00000004, "DKPTM2_2002";
        /// `00040000` (bit): DKPTM12\_2012.
        const DKPTM12_2012 = 0x00040000, "DKPTM12_2012";
        /// `00000008` (bit): DKPTM3\_2003.
        const DKPTM3_2003 = 0x00000008, "DKPTM3_2003";
        /// `00080000` (bit): DKPTM13\_2013.
        const DKPTM13_2013 = 0x00080000, "DKPTM13_2013";
        /// `00000010` (bit): DKPTM4\_2004.
        const DKPTM4_2004 = 0x00000010, "DKPTM4_2004";
        /// `00100000` (bit): DKPTM14\_2014.
        const DKPTM14_2014 = 0x00100000, "DKPTM14_2014";
        /// `00000020` (bit): DKPTM5\_2005.
        const DKPTM5_2005 = 0x00000020, "DKPTM5_2005";
        /// `00200000` (bit): DKPTM15\_2015.
        const DKPTM15_2015 = 0x00200000, "DKPTM15_2015";
        /// `00000040` (bit): DKPTM6\_2006.
        const DKPTM6_2006 = 0x00000040, "DKPTM6_2006";
        /// `00400000` (bit): DKPTM16\_2016.
        const DKPTM16_2016 = 0x00400000, "DKPTM16_2016";
        /// `00000080` (bit): DKPTM7\_2007.
        const DKPTM7_2007 = 0x00000080, "DKPTM7_2007";
        /// `00800000` (bit): DKPTM17\_2017.
        const DKPTM17_2017 = 0x00800000, "DKPTM17_2017";
        /// `00000100` (bit): DKPTM8\_2008.
        const DKPTM8_2008 = 0x00000100, "DKPTM8_2008";
        /// `01000000` (bit): DKPTM18\_2018.
        const DKPTM18_2018 = 0x01000000, "DKPTM18_2018";
        /// `00000200` (bit): DKPTM9\_2009.
        const DKPTM9_2009 = 0x00000200, "DKPTM9_2009";
        /// `02000000` (bit): DKPTM19\_2019.
        const DKPTM19_2019 = 0x02000000, "DKPTM19_2019";
        /// `00000400` (bit): DKPTMA\_200A.
        const DKPTMA_200A = 0x00000400, "DKPTMA_200A";
        /// `04000000` (bit): DKPTM1A\_201A.
        const DKPTM1A_201A = 0x04000000, "DKPTM1A_201A";
        /// `00000800` (bit): DKPTMB\_200B.
        const DKPTMB_200B = 0x00000800, "DKPTMB_200B";
        /// `08000000` (bit): DKPTM1B\_201B.
        const DKPTM1B_201B = 0x08000000, "DKPTM1B_201B";
        /// `00001000` (bit): DKPTMC\_200C.
        const DKPTMC_200C = 0x00001000, "DKPTMC_200C";
        /// `10000000` (bit): DKPTM1C\_201C.
        const DKPTM1C_201C = 0x10000000, "DKPTM1C_201C";
        /// `00002000` (bit): DKPTMD\_200D.
        const DKPTMD_200D = 0x00002000, "DKPTMD_200D";
        /// `20000000` (bit): DKPTM1D\_201D.
        const DKPTM1D_201D = 0x20000000, "DKPTM1D_201D";
        /// `00004000` (bit): DKPTME\_200E.
        const DKPTME_200E = 0x00004000, "DKPTME_200E";
        /// `40000000` (bit): DKPTM1E\_201E.
        const DKPTM1E_201E = 0x40000000, "DKPTM1E_201E";
        /// `00008000` (bit): DKPTMF\_200F.
        const DKPTMF_200F = 0x00008000, "DKPTMF_200F";
        /// `80000000` (bit): DKPTM1F\_201F.
        const DKPTM1F_201F = 0x80000000, "DKPTM1F_201F";
    }
}
mms_message::bit_set! {
    /// Bits of property 2.3.1.2.1.2 Offline Status Detail (a bit set: bits the spec does not name are kept).
    pub struct OfflineStatusDetail(u8) {
        /// `01` (bit): Tamper problem present.
        const TAMPER_PROBLEM_PRESENT = 0x01, "Tamper problem present";
        /// `02` (bit): Master Key problem present.
        const MASTER_KEY_PROBLEM_PRESENT = 0x02, "Master Key problem present";
        /// `04` (bit): Keys and Certificates problem present.
        const KEYS_AND_CERTIFICATES_PROBLEM_PRESENT = 0x04, "Keys and Certificates problem present";
        /// `08` (bit): Real Time Clock problem present.
        const REAL_TIME_CLOCK_PROBLEM_PRESENT = 0x08, "Real Time Clock problem present";
        /// `10` (bit): Random Number Generator problem present.
        const RANDOM_NUMBER_GENERATOR_PROBLEM_PRESENT = 0x10, "Random Number Generator problem present";
        /// `20` (bit): Cryptography Engine problem present.
        const CRYPTOGRAPHY_ENGINE_PROBLEM_PRESENT = 0x20, "Cryptography Engine problem present";
        /// `40` (bit): Magnetic Stripe Reader Hardware problem present.
        const MAGNETIC_STRIPE_READER_HARDWARE_PROBLEM_PRESENT = 0x40, "Magnetic Stripe Reader Hardware problem present";
    }
}
/// Every property of the spec, sorted by OID.
pub static PROPERTIES: &[PropertyDescriptor] = &[
    EMV_TERMINAL_IDENTIFICATION,
    EMV_ARQC_MESSAGE_TAG_LIST,
    EMV_BATCH_DATA_TAG_LIST,
    EMV_REVERSAL_DATA_TAG_LIST,
    ARPC_RECEIVE_TIMEOUT,
    ARPC_RETRY_ATTEMPTS,
    APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_1,
    APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_2,
    APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_3,
    APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_4,
    APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_5,
    APPLE_VAS_MERCHANT_ID_AND_URL_SLOT_6,
    APPLE_IAP2_APPBUNDLEID,
    GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_1,
    GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_2,
    GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_3,
    GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_4,
    GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_5,
    GOOGLE_SMART_TAP_COLLECTOR_ID_SLOT_6,
    GOOGLE_SMART_TAP_POS_CAPABILITIES,
    INTERAC_CONTACT_CARD_TERMINAL_CAPABILITY_ONLINE_PIN_SUPPORT,
    START_TRANSACTION_ON_TOUCHSCREEN_EVENT_CONTROL,
    TIP_MODE,
    TAX_RATE,
    DISPLAY_TAX_OR_SURCHARGE_CONTROL,
    DISABLED_TIP_BUTTON_DISPLAY_MODE,
    TIP_MODE_ENABLE_SUBMIT_ON_AMOUNT_BUTTON_PRESS,
    TIMEOUT,
    READER_OPTIONS,
    TRANSACTION_OPTIONS,
    OTHER_TLV,
    EMV_CONFIGURATION_FILENAME,
    CA_PUBLIC_KEY_CONFIGURATION_FILENAME,
    REPORT_ALL_AVAILABLE_TAGS_ENABLE,
    ENCRYPTED_SENSITIVE_TAG_LIST,
    MSR_CLEARTEXT_TAG_LIST,
    ISO_ABA_MASKING_CHARACTER,
    PAN_NUMBER_OF_LEADING_UNMASKED_CHARACTERS,
    PAN_NUMBER_OF_TRAILING_UNMASKED_CHARACTERS,
    PAN_MOD_10_CHECK_DIGIT_CORRECTION,
    PAN_MOD_10_CHECK_DIGIT_VALIDATION,
    KEY_MAPPING_OF_PIN_TDES,
    KEY_MAPPING_OF_ACCOUNT_DATA,
    KEY_MAPPING_OF_MAC,
    KEY_MAPPING_OF_MAGNEPRINT,
    KEY_MAPPING_OF_MAGTEK_TOKEN,
    KEY_MAPPING_OF_USER_DATA_1,
    KEY_MAPPING_OF_PIN_AES,
    AAMVA_ALLOWED,
    TRACK_1_ENABLE,
    TRACK_2_ENABLE,
    TRACK_2_ENABLE_2,
    SELECTABLE_CARD_DATA_ENCRYPTION_ENABLE,
    DEVICE_DRIVEN_FALLBACK_BEHAVIOR,
    APPLICATION_SELECTION_BEHAVIOR,
    SIGNATURE_CAPTURE_CONTROL,
    INCLUDE_SIGNATURE_DATA_IN_EMV_BATCH_DATA,
    SIGNATURE_TIMING_WINDOW,
    CONTACTLESS_LOW_POWER_CARD_DETECT,
    MIFARE_ULTRALIGHT_C_2KEYS3DES,
    MIFARE_ULTRALIGHT_AES_DATAPROTKEY,
    MIFARE_ULTRALIGHT_AES_UIDRETRKEY,
    MIFARE_ULTRALIGHT_AES_ORIGINALITYKEY,
    MIFARE_PLUS_AES_KEY1,
    MIFARE_PLUS_AES_KEY2,
    MIFARE_PLUS_AES_KEY3,
    MIFARE_PLUS_AES_KEY4,
    MIFARE_PLUS_AES_KEY5,
    MIFARE_PLUS_AES_KEY6,
    MCE_MODE_SETTING_MCE_MANUAL_CARD_ENTRY,
    SSID,
    PASSWORD,
    SECURITY_MODE,
    STATIC_IP_ADDRESS,
    USE_DHCP,
    STATIC_IP_NETMASK,
    STATIC_IP_GATEWAY,
    DEVICE_NAME,
    WIRELESS_HEARTBEAT_TIME,
    MAXIMUM_CLIENT_CONNECTIONS,
    CERTIFICATE_EXPIRING_SOON_NOTIFICATION_THRESHOLD,
    USERNAME,
    SOFTAP_IP_ADDRESS,
    WEB_APP_ENABLED,
    WEB_APP_PORT,
    FIRMWARE_AUTHENTICATION_HASH,
    WLAN_PROTOCOL,
    MQTT_BROKER_ADDRESS,
    MQTT_PORT,
    MQTT_QOS,
    MQTT_SUBSCRIBE_TOPIC,
    MQTT_PUBLISH_TOPIC,
    MQTT_CLIENT_ID,
    MQTT_USERNAME,
    MQTT_PASSWORD,
    MQTT_PEER_COMMON_NAME,
    MQTT_KEEP_ALIVE,
    REDUCE_POWER_DURING_USB_SUSPEND,
    USB_CONFIGURATION_TYPE,
    BLUETOOTH_LE_DEVICE_NAME,
    BLUETOOTH_LE_DESIRED_MINIMUM_CONNECTION_INTERVAL,
    BLUETOOTH_LE_DESIRED_MAXIMUM_CONNECTION_INTERVAL,
    BLUETOOTH_LE_DESIRED_SLAVE_LATENCY,
    BLUETOOTH_LE_DESIRED_SUPERVISION_TIMEOUT,
    BLUETOOTH_LE_CONNECTION_PARAMETER_UPDATE_REQUEST_CONTROL,
    BLUETOOTH_LE_MINIMUM_ADVERTISING_INTERVAL,
    BLUETOOTH_LE_MAXIMUM_ADVERTISING_INTERVAL,
    BLUETOOTH_LE_PASSKEY,
    BLUETOOTH_LE_NEVER_ADVERTISE,
    BLUETOOTH_LE_FCC_TEST_CONTROL,
    BLUETOOTH_LE_SLEEP_ENABLED,
    BLUETOOTH_LE_DEBUG_MODE_ENABLED,
    CUSTOM_IDLE_PAGE_IMAGE,
    CUSTOM_IDLE_PAGE_IMAGE_DEVICE_LOCKED,
    DISPLAY_ORIENTATION,
    DISPLAY_BACKLIGHT_INTENSITY,
    ENABLE_CARD_LOGOS_PAGE_AT_STARTUP,
    DISPLAY_CARD_LOGO_WHILE_AUTHORIZING,
    SYSTEM_VOLUME_CONTROL,
    TOUCH_KEYPRESS_BEEP_ENABLE,
    DEVICE_LOCK_STATE,
    DEVICE_LOCK_STATE_AFTER_RESET,
    DEVICE_LOCK_PASSCODE,
    DEVICE_RESET_OCCURRED_NOTIFICATION_CONTROL,
    DEVICE_RESET_OCCURRED_NOTIFICATION_ACKNOWLEDGED,
    DEVICE_RESET_WILL_OCCUR_SOON_NOTIFICATION_CONTROL,
    AUTO_RESET_CONFIGURATION,
    USER_EVENT_NOTIFICATIONS_ENABLE,
    USER_EVENT_NOTIFICATION_MSR_DATA_TIMEOUT,
    MAXIMUM_BATTERY_CHARGE_LEVEL,
    DEVICE_LOW_TEMPERATURE_NOTIFICATION_LEVEL,
    DEVICE_HIGH_TEMPERATURE_NOTIFICATION_LEVEL,
    DEVICE_TEMPERATURE_NOTIFICATION_REPEAT_INTERVAL,
    MAIN_APP_FIRMWARE_API_FEATURE_SET,
    BOOT_1_FIRMWARE_VERSION,
    BOOT_1_FIRMWARE_PART_NUMBER,
    BOOT_0_FIRMWARE_VERSION,
    BOOT_0_FIRMWARE_PART_NUMBER,
    DEVICE_MODEL_NAME,
    MAIN_FIRMWARE_VERSION,
    MAIN_FIRMWARE_PART_NUMBER,
    KEY_TYPE,
    ENCRYPTION_ID,
    ENCRYPTION_CHECKSUM,
    EMV_CONTACT_L1_KERNEL_ID,
    EMV_CONTACT_L1_KERNEL_FIRMWARE_PART_NUMBER,
    EMV_CONTACT_L2_KERNEL_ID,
    EMV_CONTACT_L2_KERNEL_FIRMWARE_PART_NUMBER,
    EMV_CONTACT_L2_KERNEL_CHECKSUM,
    EMV_CONTACT_L2_KERNEL_CONFIGURATION_CHECKSUM,
    EMV_CONTACTLESS_L1_KERNEL_ID,
    EMV_CONTACTLESS_L1_KERNEL_FIRMWARE_PART_NUMBER,
    EMV_CONTACTLESS_L1_KERNEL_CHECKSUM,
    MASTERCARD_MCL_KERNEL_ID,
    MASTERCARD_MCL_FIRMWARE_PART_NUMBER,
    MASTERCARD_MCL_KERNEL_CHECKSUM,
    VISA_PAYWAVE_KERNEL_ID,
    VISA_PAYWAVE_FIRMWARE_PART_NUMBER,
    VISA_PAYWAVE_KERNEL_CHECKSUM,
    ENTRY_POINT_CHECKSUM,
    DISCOVER_D_PAS_KERNEL_ID,
    DISCOVER_D_PAS_FIRMWARE_PART_NUMBER,
    DISCOVER_D_PAS_KERNEL_CHECKSUM,
    AMERICAN_EXPRESS_EXPRESSPAY_KERNEL_ID,
    AMERICAN_EXPRESS_EXPRESSPAY_FIRMWARE_PART_NUMBER,
    AMERICAN_EXPRESS_EXPRESSPAY_KERNEL_CHECKSUM,
    APPLE_VAS_KERNEL_ID,
    JCB_KERNEL_ID,
    JCB_FIRMWARE_PART_NUMBER,
    JCB_KERNEL_CHECKSUM,
    READER_CORE_CHECKSUM,
    ENTRY_POINT_CHECKSUM_2,
    CHINA_UNION_PAY_KERNEL_ID,
    CHINA_UNION_PAY_FIRMWARE_PART_NUMBER,
    CHINA_UNION_PAY_KERNEL_CHECKSUM,
    INTERACT_FLASH_KERNEL_ID,
    INTERACT_FLASH_FIRMWARE_PART_NUMBER,
    INTERACT_FLASH_KERNEL_CHECKSUM,
    WLAN_FIRMWARE_VERSION,
    WLAN_WIFI_MODULE_MAC_BUILD_HASH,
    WLAN_FIRMWARE_SEQUENCE_NUMBER,
    WLAN_WIFI_MODULE_MAC_ADDRESS,
    WLAN_WIFI_RSSI_RECEIVED_SIGNAL_STRENGTH_INDICATOR,
    WLAN_DYNAMIC_IP_ADDRESS,
    ACTIVE_CLIENT_CONNECTIONS,
    SERVER_CERTIFICATE_CHAIN_SELECT,
    SECURITY_PROTOCOL,
    AVAILABLE_ACCESS_POINTS,
    FIRMWARE_GIT_AND_BUILD_INFORMATION,
    BLUETOOTH_LE_FIRMWARE_VERSION,
    BLUETOOTH_LE_FIRMWARE_SEQUENCE_NUMBER,
    BLUETOOTH_LE_DEVICE_ADDRESS,
    BLUETOOTH_LE_CONNECTION_STATUS,
    BLUETOOTH_LE_NUMBER_OF_BONDINGS,
    BLUETOOTH_LE_MTU_SIZE,
    UI_CONFIGURATION_FILENAME,
    DEVICE_SERIAL_NUMBER,
    DEVICE_CAPABILITIES_REPORT,
    PCI_HARDWARE_ID,
    DEVICE_HARDWARE_CONFIGURATION,
    DEVICE_KEY_STATUS,
    TRANSACTION_KEY_STATUS,
    REAL_TIME_CLOCK_ENABLED,
    TAMPER_SENSORS_ACTIVATED,
    TAMPER_SENSOR_TAMPERED,
    TAMPER_CONFIGURATION_REVISION,
    DEVICE_OPERATIONAL_STATUS,
    OFFLINE_STATUS_DETAIL,
    EXTERNAL_POWER_SUPPLIED,
    BATTERY_STATE_OF_CHARGE,
    BATTERY_CHARGER_STATUS,
    DEVICE_TEMPERATURE,
];
/// The property with these OID components.
pub fn by_oid(oid: &[u32]) -> Option<&'static PropertyDescriptor> {
    PROPERTIES.binary_search_by(|p| p.oid.cmp(oid)).ok().map(|i| &PROPERTIES[i])
}
/// The property with this snake_case identifier.
pub fn by_ident(ident: &str) -> Option<&'static PropertyDescriptor> {
    PROPERTIES.iter().find(|p| p.ident == ident)
}
