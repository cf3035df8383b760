// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! File types of the file commands.
use ::core::fmt;
/// A file type: type, version, subtype and instance bytes (manual Table 201).
///
/// Open: any four bytes are a `FileType`; the constants name the ones the spec lists.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileType(pub u32);
/// Four bytes, big-endian, in a TLV value or a message information field.
impl mms_codec::Value for FileType {
    const FIXED_LEN: Option<usize> = Some(4);
    fn value_len(&self) -> usize {
        4
    }
    fn encode_value<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
        out.write(&self.0.to_be_bytes());
    }
    fn decode_value(
        bytes: &[u8],
        cx: mms_codec::DecodeContext,
    ) -> Result<Self, mms_codec::DecodeError> {
        <u32 as mms_codec::Value>::decode_value(bytes, cx).map(FileType)
    }
}
impl FileType {
    /// `00000000`: EMV configuration, terminal file. Secured: get No, set No.
    pub const EMV_CONFIGURATION_TERMINAL_FILE: FileType = FileType(0x00000000);
    /// `00000100`: EMV configuration, processing file. Secured: get No, set No.
    pub const EMV_CONFIGURATION_PROCESSING_FILE: FileType = FileType(0x00000100);
    /// `00000200`: EMV configuration, entry point file. Secured: get No, set No.
    pub const EMV_CONFIGURATION_ENTRY_POINT_FILE: FileType = FileType(0x00000200);
    /// `00000300`: EMV configuration, CA keys file. Secured: get No, set No.
    pub const EMV_CONFIGURATION_CA_KEYS_FILE: FileType = FileType(0x00000300);
    /// `00000400`: EMV configuration, Visa DRL set. Secured: get No, set No.
    pub const EMV_CONFIGURATION_VISA_DRL_SET: FileType = FileType(0x00000400);
    /// `00000500`: EMV configuration, American Express DRL set. Secured: get No, set No.
    pub const EMV_CONFIGURATION_AMERICAN_EXPRESS_DRL_SET: FileType = FileType(
        0x00000500,
    );
    /// `00000600`: EMV configuration, MasterCard update conditions. Secured: get No, set No.
    pub const EMV_CONFIGURATION_MASTER_CARD_UPDATE_CONDITIONS: FileType = FileType(
        0x00000600,
    );
    /// `00000800`: EMV configuration, American Express update conditions. Secured: get No, set No.
    pub const EMV_CONFIGURATION_AMERICAN_EXPRESS_UPDATE_CONDITIONS: FileType = FileType(
        0x00000800,
    );
    /// `00000900`: EMV configuration, Discover update conditions. Secured: get No, set No.
    pub const EMV_CONFIGURATION_DISCOVER_UPDATE_CONDITIONS: FileType = FileType(
        0x00000900,
    );
    /// `00000A00`: EMV configuration, CA revocation list. Secured: get No, set No.
    pub const EMV_CONFIGURATION_CA_REVOCATION_LIST: FileType = FileType(0x00000A00);
    /// `00000B00`: EMV configuration, exception file list. Secured: get No, set No.
    pub const EMV_CONFIGURATION_EXCEPTION_FILE_LIST: FileType = FileType(0x00000B00);
    /// `00000C00`: EMV configuration, DPAS data storage. Secured: get No, set No.
    pub const EMV_CONFIGURATION_DPAS_DATA_STORAGE: FileType = FileType(0x00000C00);
    /// `01000000`: Signature capture file. Secured: get No, set NA.
    ///
    /// Limited to: Touch Only.
    pub const SIGNATURE_CAPTURE_FILE: FileType = FileType(0x01000000);
    /// `02000000`: Custom Idle Page Image 1. Secured: get NA, set No.
    ///
    /// Limited to: Display Only.
    pub const CUSTOM_IDLE_PAGE_IMAGE_1: FileType = FileType(0x02000000);
    /// `02000001`: Custom Idle Page Image 2. Secured: get NA, set No.
    ///
    /// Limited to: Display Only.
    pub const CUSTOM_IDLE_PAGE_IMAGE_2: FileType = FileType(0x02000001);
    /// `02000002`: Custom Idle Page Image 3. Secured: get NA, set No.
    ///
    /// Limited to: Display Only.
    pub const CUSTOM_IDLE_PAGE_IMAGE_3: FileType = FileType(0x02000002);
    /// `02000003`: Custom Idle Page Image 4. Secured: get NA, set No.
    ///
    /// Limited to: Display Only.
    pub const CUSTOM_IDLE_PAGE_IMAGE_4: FileType = FileType(0x02000003);
    /// `03000000`: Apollo root CA certificate. Secured: get No, set Yes.
    ///
    /// Limited to: WLAN Only.
    pub const APOLLO_ROOT_CA_CERTIFICATE: FileType = FileType(0x03000000);
    /// `03000100`: Apollo intermediate CA certificate. Secured: get No, set Yes.
    ///
    /// Limited to: WLAN Only.
    pub const APOLLO_INTERMEDIATE_CA_CERTIFICATE: FileType = FileType(0x03000100);
    /// `03000200`: Apollo server certificate. Secured: get No, set No.
    ///
    /// Limited to: WLAN Only.
    pub const APOLLO_SERVER_CERTIFICATE: FileType = FileType(0x03000200);
    /// `03000300`: Customer root CA certificate. Secured: get No, set Yes.
    ///
    /// Limited to: WLAN Only.
    pub const CUSTOMER_ROOT_CA_CERTIFICATE: FileType = FileType(0x03000300);
    /// `03000400`: Customer intermediate CA certificate. Secured: get No, set Yes.
    ///
    /// Limited to: WLAN Only.
    pub const CUSTOMER_INTERMEDIATE_CA_CERTIFICATE: FileType = FileType(0x03000400);
    /// `03000500`: Customer server certificate. Secured: get No, set No.
    ///
    /// Limited to: WLAN Only.
    pub const CUSTOMER_SERVER_CERTIFICATE: FileType = FileType(0x03000500);
    /// `03000600`: Commercial root CA certificate. Secured: get No, set Yes.
    ///
    /// Limited to: WLAN Only.
    pub const COMMERCIAL_ROOT_CA_CERTIFICATE: FileType = FileType(0x03000600);
    /// `03000700`: Commercial intermediate CA certificate. Secured: get No, set Yes.
    ///
    /// Limited to: WLAN Only.
    pub const COMMERCIAL_INTERMEDIATE_CA_CERTIFICATE: FileType = FileType(0x03000700);
    /// `03000800`: Commercial server certificate. Secured: get No, set No.
    ///
    /// Limited to: WLAN Only.
    pub const COMMERCIAL_SERVER_CERTIFICATE: FileType = FileType(0x03000800);
    /// `03000900`: Apollo trust certificate. Secured: get No, set No.
    ///
    /// Limited to: WLAN Only.
    pub const APOLLO_TRUST_CERTIFICATE: FileType = FileType(0x03000900);
    /// `03000A00`: Customer trust certificate. Secured: get No, set No.
    ///
    /// Limited to: WLAN Only.
    pub const CUSTOMER_TRUST_CERTIFICATE: FileType = FileType(0x03000A00);
    /// `03000B00`: Apollo client certificate. Secured: get No, set No.
    ///
    /// Limited to: WLAN Only.
    pub const APOLLO_CLIENT_CERTIFICATE: FileType = FileType(0x03000B00);
    /// `04000000`: Certificate signing request (CSR). Secured: get No, set N/A.
    ///
    /// Limited to: WLAN Only.
    pub const CERTIFICATE_SIGNING_REQUEST_CSR: FileType = FileType(0x04000000);
    /// `05000000`: WebSocket Trust configuration file, Request file from MagTek. Secured: get N/A, set No.
    ///
    /// Limited to: WLAN Only.
    pub const WEB_SOCKET_TRUST_CONFIGURATION_FILE_REQUEST_FILE_FROM_MAG_TEK: FileType = FileType(
        0x05000000,
    );
    /// `05000100`: MQTT Trust configuration file, Request file from MagTek. Secured: get N/A, set No.
    ///
    /// Limited to: WLAN Only.
    pub const MQTT_TRUST_CONFIGURATION_FILE_REQUEST_FILE_FROM_MAG_TEK: FileType = FileType(
        0x05000100,
    );
    /// `06000000`: UI configuration file. Secured: get No, set No.
    pub const UI_CONFIGURATION_FILE: FileType = FileType(0x06000000);
    /// `07000000`: Magtek signed image file type. Secured: get N/A, set No.
    ///
    /// Limited to: Display Only.
    pub const MAGTEK_SIGNED_IMAGE_FILE_TYPE: FileType = FileType(0x07000000);
    /// `08000000`: User File. Secured: get No, set No.
    pub const USER_FILE: FileType = FileType(0x08000000);
    /// The manual's label, if the spec lists this file type.
    pub fn label(self) -> Option<&'static str> {
        FILE_TYPES
            .binary_search_by_key(&self, |&(known, _)| known)
            .ok()
            .map(|i| FILE_TYPES[i].1)
    }
    /// The four bytes.
    pub fn to_bytes(self) -> [u8; 4] {
        self.0.to_be_bytes()
    }
}
impl From<[u8; 4]> for FileType {
    fn from(bytes: [u8; 4]) -> Self {
        FileType(u32::from_be_bytes(bytes))
    }
}
impl fmt::Debug for FileType {
    /// `FileType(00000100 "EMV configuration, processing file")`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => write!(f, "FileType({:08X} {:?})", self.0, label),
            None => write!(f, "FileType({:08X})", self.0),
        }
    }
}
impl fmt::Display for FileType {
    /// The label, or the four bytes in hex.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "{:08X}", self.0),
        }
    }
}
/// Every file type of the spec with its label, sorted by value.
pub static FILE_TYPES: &[(FileType, &str)] = &[
    (FileType::EMV_CONFIGURATION_TERMINAL_FILE, "EMV configuration, terminal file"),
    (FileType::EMV_CONFIGURATION_PROCESSING_FILE, "EMV configuration, processing file"),
    (
        FileType::EMV_CONFIGURATION_ENTRY_POINT_FILE,
        "EMV configuration, entry point file",
    ),
    (FileType::EMV_CONFIGURATION_CA_KEYS_FILE, "EMV configuration, CA keys file"),
    (FileType::EMV_CONFIGURATION_VISA_DRL_SET, "EMV configuration, Visa DRL set"),
    (
        FileType::EMV_CONFIGURATION_AMERICAN_EXPRESS_DRL_SET,
        "EMV configuration, American Express DRL set",
    ),
    (
        FileType::EMV_CONFIGURATION_MASTER_CARD_UPDATE_CONDITIONS,
        "EMV configuration, MasterCard update conditions",
    ),
    (
        FileType::EMV_CONFIGURATION_AMERICAN_EXPRESS_UPDATE_CONDITIONS,
        "EMV configuration, American Express update conditions",
    ),
    (
        FileType::EMV_CONFIGURATION_DISCOVER_UPDATE_CONDITIONS,
        "EMV configuration, Discover update conditions",
    ),
    (
        FileType::EMV_CONFIGURATION_CA_REVOCATION_LIST,
        "EMV configuration, CA revocation list",
    ),
    (
        FileType::EMV_CONFIGURATION_EXCEPTION_FILE_LIST,
        "EMV configuration, exception file list",
    ),
    (
        FileType::EMV_CONFIGURATION_DPAS_DATA_STORAGE,
        "EMV configuration, DPAS data storage",
    ),
    (FileType::SIGNATURE_CAPTURE_FILE, "Signature capture file"),
    (FileType::CUSTOM_IDLE_PAGE_IMAGE_1, "Custom Idle Page Image 1"),
    (FileType::CUSTOM_IDLE_PAGE_IMAGE_2, "Custom Idle Page Image 2"),
    (FileType::CUSTOM_IDLE_PAGE_IMAGE_3, "Custom Idle Page Image 3"),
    (FileType::CUSTOM_IDLE_PAGE_IMAGE_4, "Custom Idle Page Image 4"),
    (FileType::APOLLO_ROOT_CA_CERTIFICATE, "Apollo root CA certificate"),
    (FileType::APOLLO_INTERMEDIATE_CA_CERTIFICATE, "Apollo intermediate CA certificate"),
    (FileType::APOLLO_SERVER_CERTIFICATE, "Apollo server certificate"),
    (FileType::CUSTOMER_ROOT_CA_CERTIFICATE, "Customer root CA certificate"),
    (
        FileType::CUSTOMER_INTERMEDIATE_CA_CERTIFICATE,
        "Customer intermediate CA certificate",
    ),
    (FileType::CUSTOMER_SERVER_CERTIFICATE, "Customer server certificate"),
    (FileType::COMMERCIAL_ROOT_CA_CERTIFICATE, "Commercial root CA certificate"),
    (
        FileType::COMMERCIAL_INTERMEDIATE_CA_CERTIFICATE,
        "Commercial intermediate CA certificate",
    ),
    (FileType::COMMERCIAL_SERVER_CERTIFICATE, "Commercial server certificate"),
    (FileType::APOLLO_TRUST_CERTIFICATE, "Apollo trust certificate"),
    (FileType::CUSTOMER_TRUST_CERTIFICATE, "Customer trust certificate"),
    (FileType::APOLLO_CLIENT_CERTIFICATE, "Apollo client certificate"),
    (FileType::CERTIFICATE_SIGNING_REQUEST_CSR, "Certificate signing request (CSR)"),
    (
        FileType::WEB_SOCKET_TRUST_CONFIGURATION_FILE_REQUEST_FILE_FROM_MAG_TEK,
        "WebSocket Trust configuration file, Request file from MagTek",
    ),
    (
        FileType::MQTT_TRUST_CONFIGURATION_FILE_REQUEST_FILE_FROM_MAG_TEK,
        "MQTT Trust configuration file, Request file from MagTek",
    ),
    (FileType::UI_CONFIGURATION_FILE, "UI configuration file"),
    (FileType::MAGTEK_SIGNED_IMAGE_FILE_TYPE, "Magtek signed image file type"),
    (FileType::USER_FILE, "User File"),
];
