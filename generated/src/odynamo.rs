// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! The oDynamo message family: raw TLV messages without an envelope.
use ::core::fmt;
/// The TCP port oDynamo devices take raw messages on.
pub const TCP_PORT: u16 = 5000;
/// `C0` Message Type (MTYP) (source Table 2-3; an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum MessageType {
    /// `01`: Command.
    #[tlv(value = 0x01)]
    Command,
    /// `02`: Response.
    #[tlv(value = 0x02)]
    Response,
    /// `03`: Notification.
    #[tlv(value = 0x03)]
    Notification,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl MessageType {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Command => Some("Command"),
            Self::Response => Some("Response"),
            Self::Notification => Some("Notification"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for MessageType {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// `C1` Application ID (APPID) (source Table 2-3; an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum ApplicationId {
    /// `00`: Device Information Messages.
    #[tlv(value = 0x00)]
    DeviceInformationMessages,
    /// `01`: General Messages.
    #[tlv(value = 0x01)]
    GeneralMessages,
    /// `02`: Authentication Messages.
    #[tlv(value = 0x02)]
    AuthenticationMessages,
    /// `03`: Device Configuration Messages.
    #[tlv(value = 0x03)]
    DeviceConfigurationMessages,
    /// `04`: Magnetic Stripe Reader (MSR) Messages.
    #[tlv(value = 0x04)]
    MagneticStripeReaderMsrMessages,
    /// `05`: PAN Messages.
    #[tlv(value = 0x05)]
    PanMessages,
    /// `07`: EMV L2 Contact Messages.
    #[tlv(value = 0x07)]
    EmvL2ContactMessages,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl ApplicationId {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::DeviceInformationMessages => Some("Device Information Messages"),
            Self::GeneralMessages => Some("General Messages"),
            Self::AuthenticationMessages => Some("Authentication Messages"),
            Self::DeviceConfigurationMessages => Some("Device Configuration Messages"),
            Self::MagneticStripeReaderMsrMessages => {
                Some("Magnetic Stripe Reader (MSR) Messages")
            }
            Self::PanMessages => Some("PAN Messages"),
            Self::EmvL2ContactMessages => Some("EMV L2 Contact Messages"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for ApplicationId {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// `C3` Result Code (RC) (source Table 2-3; an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum ResultCode {
    /// `00`: OK / Done.
    #[tlv(value = 0x00)]
    OkDone,
    /// `01`: Failure.
    #[tlv(value = 0x01)]
    Failure,
    /// `02`: Warning.
    #[tlv(value = 0x02)]
    Warning,
    /// `03`: Cardholder Cancel.
    #[tlv(value = 0x03)]
    CardholderCancel,
    /// `04`: Timeout.
    #[tlv(value = 0x04)]
    Timeout,
    /// `05`: Host Cancel.
    #[tlv(value = 0x05)]
    HostCancel,
    /// `06`: Verify fail.
    #[tlv(value = 0x06)]
    VerifyFail,
    /// `07`: Bad Message Header.
    #[tlv(value = 0x07)]
    BadMessageHeader,
    /// `08`: Bad Application ID.
    #[tlv(value = 0x08)]
    BadApplicationId,
    /// `09`: Bad Message ID.
    #[tlv(value = 0x09)]
    BadMessageId,
    /// `0A`: Bad Parameter.
    #[tlv(value = 0x0A)]
    BadParameter,
    /// `0B`: System State Error.
    #[tlv(value = 0x0B)]
    SystemStateError,
    /// `0F`: Current Device Status Prohibits Command.
    #[tlv(value = 0x0F)]
    CurrentDeviceStatusProhibitsCommand,
    /// `10`: Command not supported.
    #[tlv(value = 0x10)]
    CommandNotSupported,
    /// `11`: Requested item not available.
    #[tlv(value = 0x11)]
    RequestedItemNotAvailable,
    /// `12`: No card inserted.
    #[tlv(value = 0x12)]
    NoCardInserted,
    /// `13`: Wrong card inserted.
    #[tlv(value = 0x13)]
    WrongCardInserted,
    /// `14`: Smart card not accessible.
    #[tlv(value = 0x14)]
    SmartCardNotAccessible,
    /// `15`: Application already running.
    #[tlv(value = 0x15)]
    ApplicationAlreadyRunning,
    /// `16`: Requested item expired.
    #[tlv(value = 0x16)]
    RequestedItemExpired,
    /// `17`: Configuration locked.
    #[tlv(value = 0x17)]
    ConfigurationLocked,
    /// `18`: Error state.
    #[tlv(value = 0x18)]
    ErrorState,
    /// `19`: No encryption keys available.
    #[tlv(value = 0x19)]
    NoEncryptionKeysAvailable,
    /// `80`: Device Error.
    #[tlv(value = 0x80)]
    DeviceError,
    /// `81`: Device not Idle.
    #[tlv(value = 0x81)]
    DeviceNotIdle,
    /// `82`: Data Error or Bad Parameter.
    #[tlv(value = 0x82)]
    DataErrorOrBadParameter,
    /// `83`: Length Error or OID error.
    #[tlv(value = 0x83)]
    LengthErrorOrOidError,
    /// `8A`: Device not Available.
    #[tlv(value = 0x8A)]
    DeviceNotAvailable,
    /// `90`: Certificate or associated CA does not exist.
    #[tlv(value = 0x90)]
    CertificateOrAssociatedCaDoesNotExist,
    /// `91`: Expired.
    #[tlv(value = 0x91)]
    Expired,
    /// `92`: Invalid.
    #[tlv(value = 0x92)]
    Invalid,
    /// `93`: Revoked.
    #[tlv(value = 0x93)]
    Revoked,
    /// `94`: Associated Certificate or CRL does not exist.
    #[tlv(value = 0x94)]
    AssociatedCertificateOrCrlDoesNotExist,
    /// `95`: Certificate exists.
    #[tlv(value = 0x95)]
    CertificateExists,
    /// `96`: Duplicate KSN or Key.
    #[tlv(value = 0x96)]
    DuplicateKsnOrKey,
    /// `FF`: Bad Message Format.
    #[tlv(value = 0xFF)]
    BadMessageFormat,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl ResultCode {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::OkDone => Some("OK / Done"),
            Self::Failure => Some("Failure"),
            Self::Warning => Some("Warning"),
            Self::CardholderCancel => Some("Cardholder Cancel"),
            Self::Timeout => Some("Timeout"),
            Self::HostCancel => Some("Host Cancel"),
            Self::VerifyFail => Some("Verify fail"),
            Self::BadMessageHeader => Some("Bad Message Header"),
            Self::BadApplicationId => Some("Bad Application ID"),
            Self::BadMessageId => Some("Bad Message ID"),
            Self::BadParameter => Some("Bad Parameter"),
            Self::SystemStateError => Some("System State Error"),
            Self::CurrentDeviceStatusProhibitsCommand => {
                Some("Current Device Status Prohibits Command")
            }
            Self::CommandNotSupported => Some("Command not supported"),
            Self::RequestedItemNotAvailable => Some("Requested item not available"),
            Self::NoCardInserted => Some("No card inserted"),
            Self::WrongCardInserted => Some("Wrong card inserted"),
            Self::SmartCardNotAccessible => Some("Smart card not accessible"),
            Self::ApplicationAlreadyRunning => Some("Application already running"),
            Self::RequestedItemExpired => Some("Requested item expired"),
            Self::ConfigurationLocked => Some("Configuration locked"),
            Self::ErrorState => Some("Error state"),
            Self::NoEncryptionKeysAvailable => Some("No encryption keys available"),
            Self::DeviceError => Some("Device Error"),
            Self::DeviceNotIdle => Some("Device not Idle"),
            Self::DataErrorOrBadParameter => Some("Data Error or Bad Parameter"),
            Self::LengthErrorOrOidError => Some("Length Error or OID error"),
            Self::DeviceNotAvailable => Some("Device not Available"),
            Self::CertificateOrAssociatedCaDoesNotExist => {
                Some("Certificate or associated CA does not exist")
            }
            Self::Expired => Some("Expired"),
            Self::Invalid => Some("Invalid"),
            Self::Revoked => Some("Revoked"),
            Self::AssociatedCertificateOrCrlDoesNotExist => {
                Some("Associated Certificate or CRL does not exist")
            }
            Self::CertificateExists => Some("Certificate exists"),
            Self::DuplicateKsnOrKey => Some("Duplicate KSN or Key"),
            Self::BadMessageFormat => Some("Bad Message Format"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for ResultCode {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// One oDynamo message: the top-level TLVs of source Table 2-3 (Message Format), in order, with no wrapper.
///
/// Decoding keeps unnamed items and the wire layout, so re-encoding reproduces the input.
#[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// `C0` Message Type (MTYP) (binary, 1 byte, required).
    #[tlv(tag = 0xC0)]
    pub message_type: MessageType,
    /// `C1` Application ID (APPID) (binary, 1 byte, required).
    #[tlv(tag = 0xC1)]
    pub application_id: ApplicationId,
    /// `C2` Command ID (CMDID) (binary, 1 byte, required).
    #[tlv(tag = 0xC2)]
    pub command_id: u8,
    /// `C3` Result Code (RC) (binary, 1 byte, optional).
    #[tlv(tag = 0xC3)]
    pub result_code: Option<ResultCode>,
    /// `C4` Primitive Data Field (DATA) (binary, variable length, optional).
    #[tlv(tag = 0xC4)]
    pub data: Option<Vec<u8>>,
    /// `E0` Constructed Data Field (DATA) (TLV, variable length, optional).
    #[tlv(tag = 0xE0)]
    pub data_objects: Option<MessageDataObjects>,
    /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
    #[tlv(unknown)]
    pub unknown: mms_codec::Unknown,
}
impl Message {
    /// A value with these required fields, no optional ones, and no unknown items.
    pub fn new(
        message_type: MessageType,
        application_id: ApplicationId,
        command_id: u8,
    ) -> Self {
        Message {
            message_type,
            application_id,
            command_id,
            result_code: None,
            data: None,
            data_objects: None,
            unknown: mms_codec::Unknown::new(),
        }
    }
}
/// `E0` Constructed Data Field (DATA): a TLV sequence.
#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageDataObjects {
    /// `F1` Device Status (TLV, variable length, optional).
    #[tlv(tag = 0xF1)]
    pub device_status: Option<MessageDataObjectsDeviceStatus>,
    /// `F9` MACed Message (TLV, variable length, optional).
    #[tlv(tag = 0xF9)]
    pub maced_message: Option<MessageDataObjectsMacedMessage>,
    /// `DFDF6C` MAC (binary, variable length, optional).
    #[tlv(tag = 0xDFDF6C)]
    pub mac: Option<Vec<u8>>,
    /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
    #[tlv(unknown)]
    pub unknown: mms_codec::Unknown,
}
/// `F1` Device Status: a TLV sequence.
#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageDataObjectsDeviceStatus {
    /// `DF51` Device Status (binary, 12 bytes, optional).
    ///
    /// Bits: byte 0 bit 2 UCI Error; byte 0 bit 1 TRNG Error; byte 0 bit 0 Crypto Engine Error; byte 1 bit 0 Battery Voltage Low; byte 4 bit 3 RTC Not Set; byte 4 bit 2 System Cleared; byte 4 bit 1 Tamper Occurred; byte 4 bit 0 Tamper Not Activated; byte 5 bit 1 MAC Address Not Written to OTP; byte 5 bit 0 Serial Number Not Written to OTP.
    #[tlv(tag = 0xDF51)]
    pub device_status: Option<[u8; 12]>,
    /// `DF52` Device Certificate & Key Status (binary, 4 bytes, optional).
    ///
    /// Bits: `80000000` PIN CRL; `40000000` MSR Keyloader Cert; `20000000` PIN Keyloader Cert; `10000000` Device Cert; `08000000` MSR Sub CA Cert; `04000000` PIN Sub CA Cert; `02000000` Device CA Cert; `01000000` CA Unbind Cert; `00020000` Device Signing Cert; `00010000` MSR CRL; `00000100` MSR DUKPT Key.
    #[tlv(tag = 0xDF52)]
    pub device_certificate_status: Option<DeviceCertificateStatus>,
    /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
    #[tlv(unknown)]
    pub unknown: mms_codec::Unknown,
}
mms_message::bit_set! {
    /// Bits of Device Certificate & Key Status (a bit set: bits the spec does not name are kept).
    pub struct DeviceCertificateStatus(u32) {
        /// `80000000` (bit): PIN CRL.
        const PIN_CRL = 0x80000000, "PIN CRL";
        /// `40000000` (bit): MSR Keyloader Cert.
        const MSR_KEYLOADER_CERT = 0x40000000, "MSR Keyloader Cert";
        /// `20000000` (bit): PIN Keyloader Cert.
        const PIN_KEYLOADER_CERT = 0x20000000, "PIN Keyloader Cert";
        /// `10000000` (bit): Device Cert.
        const DEVICE_CERT = 0x10000000, "Device Cert";
        /// `08000000` (bit): MSR Sub CA Cert.
        const MSR_SUB_CA_CERT = 0x08000000, "MSR Sub CA Cert";
        /// `04000000` (bit): PIN Sub CA Cert.
        const PIN_SUB_CA_CERT = 0x04000000, "PIN Sub CA Cert";
        /// `02000000` (bit): Device CA Cert.
        const DEVICE_CA_CERT = 0x02000000, "Device CA Cert";
        /// `01000000` (bit): CA Unbind Cert.
        const CA_UNBIND_CERT = 0x01000000, "CA Unbind Cert";
        /// `00020000` (bit): Device Signing Cert.
        const DEVICE_SIGNING_CERT = 0x00020000, "Device Signing Cert";
        /// `00010000` (bit): MSR CRL.
        const MSR_CRL = 0x00010000, "MSR CRL";
        /// `00000100` (bit): MSR DUKPT Key.
        const MSR_DUKPT_KEY = 0x00000100, "MSR DUKPT Key";
    }
}
/// `F9` MACed Message: a TLV sequence.
#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageDataObjectsMacedMessage {
    /// `DFDF0B` Message Data Information (binary, 3 bytes, optional).
    #[tlv(tag = 0xDFDF0B)]
    pub message_data_information: Option<
        MessageDataObjectsMacedMessageMessageDataInformation,
    >,
    /// `9F39` POS Entry Mode (binary, 1 byte, optional).
    #[tlv(tag = 0x9F39)]
    pub pos_entry_mode: Option<MessageDataObjectsMacedMessagePosEntryMode>,
    /// `DFDF53` MSR Fallback (binary, 1 byte, optional).
    #[tlv(tag = 0xDFDF53)]
    pub msr_fallback: Option<MessageDataObjectsMacedMessageMsrFallback>,
    /// `F4` Magnetic Stripe Reader Card Data (TLV, variable length, optional).
    #[tlv(tag = 0xF4)]
    pub msr_card_data: Option<mms_message::TlvList>,
    /// `F8` Encrypted Data (TLV, variable length, optional).
    #[tlv(tag = 0xF8)]
    pub encrypted_data: Option<MessageDataObjectsMacedMessageEncryptedData>,
    /// `FA` Data Container (TLV, variable length, optional).
    #[tlv(tag = 0xFA)]
    pub container: Option<mms_message::TlvList>,
    /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
    #[tlv(unknown)]
    pub unknown: mms_codec::Unknown,
}
/// Values of Data Type (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum MessageDataObjectsMacedMessageMessageDataInformationDataType {
    /// `00`: Reserved.
    #[tlv(value = 0x00)]
    Reserved,
    /// `01`: EMV Contact L2 Data.
    #[tlv(value = 0x01)]
    EmvContactL2Data,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl MessageDataObjectsMacedMessageMessageDataInformationDataType {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Reserved => Some("Reserved"),
            Self::EmvContactL2Data => Some("EMV Contact L2 Data"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for MessageDataObjectsMacedMessageMessageDataInformationDataType {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Encryption Type (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum MessageDataObjectsMacedMessageMessageDataInformationEncryptionType {
    /// `00`: Data is Encrypted.
    #[tlv(value = 0x00)]
    DataIsEncrypted,
    /// `01`: Data is Clear Text.
    #[tlv(value = 0x01)]
    DataIsClearText,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl MessageDataObjectsMacedMessageMessageDataInformationEncryptionType {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::DataIsEncrypted => Some("Data is Encrypted"),
            Self::DataIsClearText => Some("Data is Clear Text"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display
for MessageDataObjectsMacedMessageMessageDataInformationEncryptionType {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Reserved (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum MessageDataObjectsMacedMessageMessageDataInformationReserved {
    /// `00`: Reserved.
    #[tlv(value = 0x00)]
    Reserved,
    /// `01`: Set to this value.
    #[tlv(value = 0x01)]
    SetToThisValue,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl MessageDataObjectsMacedMessageMessageDataInformationReserved {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Reserved => Some("Reserved"),
            Self::SetToThisValue => Some("Set to this value"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for MessageDataObjectsMacedMessageMessageDataInformationReserved {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// `DFDF0B` Message Data Information: raw values packed into one primitive value.
#[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
#[tlv(packed)]
pub struct MessageDataObjectsMacedMessageMessageDataInformation {
    /// Data Type (1 byte).
    pub data_type: MessageDataObjectsMacedMessageMessageDataInformationDataType,
    /// Encryption Type (1 byte).
    pub encryption_type: MessageDataObjectsMacedMessageMessageDataInformationEncryptionType,
    /// Reserved (1 byte).
    pub reserved: MessageDataObjectsMacedMessageMessageDataInformationReserved,
}
/// Values of POS Entry Mode (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum MessageDataObjectsMacedMessagePosEntryMode {
    /// `80`: Chip card.
    #[tlv(value = 0x80)]
    ChipCard,
    /// `90`: Magnetic stripe card.
    #[tlv(value = 0x90)]
    MagneticStripeCard,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl MessageDataObjectsMacedMessagePosEntryMode {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::ChipCard => Some("Chip card"),
            Self::MagneticStripeCard => Some("Magnetic stripe card"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for MessageDataObjectsMacedMessagePosEntryMode {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of MSR Fallback (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum MessageDataObjectsMacedMessageMsrFallback {
    /// `00`: No EMV transaction, magnetic stripe card.
    #[tlv(value = 0x00)]
    NoEmvTransactionMagneticStripeCard,
    /// `01`: No EMV transaction, chip card.
    #[tlv(value = 0x01)]
    NoEmvTransactionChipCard,
    /// `81`: EMV transaction failed, MSR fallback.
    #[tlv(value = 0x81)]
    EmvTransactionFailedMsrFallback,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl MessageDataObjectsMacedMessageMsrFallback {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::NoEmvTransactionMagneticStripeCard => {
                Some("No EMV transaction, magnetic stripe card")
            }
            Self::NoEmvTransactionChipCard => Some("No EMV transaction, chip card"),
            Self::EmvTransactionFailedMsrFallback => {
                Some("EMV transaction failed, MSR fallback")
            }
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for MessageDataObjectsMacedMessageMsrFallback {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// `F8` Encrypted Data: a TLV sequence.
#[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageDataObjectsMacedMessageEncryptedData {
    /// `DFDF59` Encrypted Track and MagnePrint Data (binary, variable length, optional).
    #[tlv(tag = 0xDFDF59)]
    pub encrypted_track_data: Option<Vec<u8>>,
    /// `DFDF58` Number of Padding Bytes in DFDF59 (binary, variable length, optional).
    #[tlv(tag = 0xDFDF58)]
    pub padding_count: Option<Vec<u8>>,
    /// `DFDF51` MSR Encryption Type (binary, 1 byte, optional).
    ///
    /// Bits: `80` DUKPT Key; `20` AES256; `10` AES128; `02` MAC Variant; `01` PIN Variant.
    #[tlv(tag = 0xDFDF51)]
    pub msr_encryption_type: Option<MsrEncryptionType>,
    /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
    #[tlv(unknown)]
    pub unknown: mms_codec::Unknown,
}
mms_message::bit_set! {
    /// Bits of MSR Encryption Type (a bit set: bits the spec does not name are kept).
    pub struct MsrEncryptionType(u8) {
        /// `80` (bit): DUKPT Key.
        const DUKPT_KEY = 0x80, "DUKPT Key";
        /// `20` (bit): AES256.
        const AES256 = 0x20, "AES256";
        /// `10` (bit): AES128.
        const AES128 = 0x10, "AES128";
        /// `02` (bit): MAC Variant.
        const MAC_VARIANT = 0x02, "MAC Variant";
        /// `01` (bit): PIN Variant.
        const PIN_VARIANT = 0x01, "PIN Variant";
    }
}
/// Commands by application group and command ID: `(group, id, name)`.
pub const COMMANDS: &[(u8, u8, &str)] = &[
    (0x01, 0x02, "Clear Transaction Data"),
    (0x01, 0x10, "Send Big Block Command"),
    (0x03, 0x72, "Get Device Configuration"),
    (0x03, 0x80, "Read PAN Whitelist / Account Data Whitelist"),
    (0x04, 0x09, "Read MSR Data"),
    (0x04, 0x12, "Request MSR Card Data"),
    (0x07, 0x00, "EMV L2 Start Transaction"),
];
/// Notifications by application group and command ID: `(group, id, name)`.
pub const NOTIFICATIONS: &[(u8, u8, &str)] = &[
    (0x01, 0x10, "Big Block Device Data"),
    (0x07, 0x82, "EMV L2 User Selection Request"),
    (0x07, 0x83, "EMV L2 ARQC Message"),
    (0x07, 0x84, "EMV L2 Transaction Result"),
];
impl Message {
    /// A command (host to device) with no result code and no data.
    pub fn command(application_id: ApplicationId, command_id: u8) -> Self {
        Message {
            message_type: MessageType::from_raw(0x01),
            application_id,
            command_id,
            result_code: ::core::option::Option::None,
            data: ::core::option::Option::None,
            data_objects: ::core::option::Option::None,
            unknown: ::mms_codec::Unknown::new(),
        }
    }
    /// A response (an ACK when it has no data): the command's group and ID and a result code.
    pub fn response(
        application_id: ApplicationId,
        command_id: u8,
        result_code: ResultCode,
    ) -> Self {
        Message {
            message_type: MessageType::from_raw(0x02),
            application_id,
            command_id,
            result_code: ::core::option::Option::Some(result_code),
            data: ::core::option::Option::None,
            data_objects: ::core::option::Option::None,
            unknown: ::mms_codec::Unknown::new(),
        }
    }
    /// A notification (device to host) with a result code and no data.
    pub fn notification(
        application_id: ApplicationId,
        command_id: u8,
        result_code: ResultCode,
    ) -> Self {
        Message {
            message_type: MessageType::from_raw(0x03),
            application_id,
            command_id,
            result_code: ::core::option::Option::Some(result_code),
            data: ::core::option::Option::None,
            data_objects: ::core::option::Option::None,
            unknown: ::mms_codec::Unknown::new(),
        }
    }
    /// The name of the command (for commands and responses) or notification, when the spec has it.
    pub fn name(&self) -> ::core::option::Option<&'static str> {
        let list = if self.message_type.to_raw() == 0x03 {
            NOTIFICATIONS
        } else {
            COMMANDS
        };
        let key = (self.application_id.to_raw(), self.command_id);
        list.iter().find(|(a, c, _)| (*a, *c) == key).map(|(_, _, name)| *name)
    }
    /// The data field's value bytes: `C4` as it is, `E0` re-encoded; empty without data.
    pub fn data_bytes(&self) -> ::std::vec::Vec<u8> {
        match (&self.data, &self.data_objects) {
            (::core::option::Option::Some(bytes), _) => bytes.clone(),
            (::core::option::Option::None, ::core::option::Option::Some(objects)) => {
                ::mms_codec::Contents::to_bytes(objects)
            }
            (::core::option::Option::None, ::core::option::Option::None) => {
                ::std::vec::Vec::new()
            }
        }
    }
    /// `(message type, application group, command ID)` as raw bytes.
    pub fn key(&self) -> (u8, u8, u8) {
        (self.message_type.to_raw(), self.application_id.to_raw(), self.command_id)
    }
    /// Decodes a whole message (every byte of `bytes`), with default limits.
    pub fn decode(
        bytes: &[u8],
    ) -> ::core::result::Result<Self, ::mms_codec::DecodeError> {
        <Self as ::mms_codec::Contents>::from_bytes(bytes)
    }
    /// The message's bytes.
    pub fn encode(&self) -> ::std::vec::Vec<u8> {
        ::mms_codec::Contents::to_bytes(self)
    }
}
/// Commands, one module each, by application group and command ID.
pub mod commands {
    /// Command 0x01::0x02 - Clear Transaction Data. The device answers it with an ACK response (result code, no data).
    pub mod clear_transaction_data {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x01;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x02;
        /// The source's name.
        pub const NAME: &str = "Clear Transaction Data";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = true;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Command 0x01::0x10 - Send Big Block Command. The device answers it with an ACK response (result code, no data).
    pub mod send_big_block_command {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x01;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x10;
        /// The source's name.
        pub const NAME: &str = "Send Big Block Command";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = true;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Command 0x03::0x72 - Get Device Configuration.
    pub mod get_device_configuration {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x03;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x72;
        /// The source's name.
        pub const NAME: &str = "Get Device Configuration";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = false;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Command 0x03::0x80 - Read PAN Whitelist / Account Data Whitelist.
    pub mod read_pan_whitelist {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x03;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x80;
        /// The source's name.
        pub const NAME: &str = "Read PAN Whitelist / Account Data Whitelist";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = false;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Command 0x04::0x09 - Read MSR Data.
    pub mod read_msr_data {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x04;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x09;
        /// The source's name.
        pub const NAME: &str = "Read MSR Data";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = false;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Command 0x04::0x12 - Request MSR Card Data.
    pub mod request_msr_card_data {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x04;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x12;
        /// The source's name.
        pub const NAME: &str = "Request MSR Card Data";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = false;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Command 0x07::0x00 - EMV L2 Start Transaction.
    pub mod emv_l2_start_transaction {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x07;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x00;
        /// The source's name.
        pub const NAME: &str = "EMV L2 Start Transaction";
        /// Whether the device answers with an ACK response.
        pub const ACK: bool = false;
        /// The command message, without data.
        pub fn command() -> super::super::Message {
            super::super::Message::command(
                super::super::ApplicationId::from_raw(APPLICATION_ID),
                COMMAND_ID,
            )
        }
        /// Whether `message` is this command.
        pub fn is_command(message: &super::super::Message) -> bool {
            message.key() == (0x01, APPLICATION_ID, COMMAND_ID)
        }
        /// Whether `message` is the response to this command.
        pub fn is_response(message: &super::super::Message) -> bool {
            message.key() == (0x02, APPLICATION_ID, COMMAND_ID)
        }
    }
}
/// Notifications, one module each, by application group and command ID.
pub mod notifications {
    /// Notification 0x01::0x10 - Big Block Device Data.
    pub mod big_block_device_data {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x01;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x10;
        /// The source's name.
        pub const NAME: &str = "Big Block Device Data";
        /// Whether `message` is this notification.
        pub fn matches(message: &super::super::Message) -> bool {
            message.key() == (0x03, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Notification 0x07::0x82 - EMV L2 User Selection Request.
    pub mod emv_l2_user_selection_request {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x07;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x82;
        /// The source's name.
        pub const NAME: &str = "EMV L2 User Selection Request";
        /// Whether `message` is this notification.
        pub fn matches(message: &super::super::Message) -> bool {
            message.key() == (0x03, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Notification 0x07::0x83 - EMV L2 ARQC Message.
    pub mod emv_l2_arqc_message {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x07;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x83;
        /// The source's name.
        pub const NAME: &str = "EMV L2 ARQC Message";
        /// Whether `message` is this notification.
        pub fn matches(message: &super::super::Message) -> bool {
            message.key() == (0x03, APPLICATION_ID, COMMAND_ID)
        }
    }
    /// Notification 0x07::0x84 - EMV L2 Transaction Result.
    pub mod emv_l2_transaction_result {
        /// Application group.
        pub const APPLICATION_ID: u8 = 0x07;
        /// Command ID within the group.
        pub const COMMAND_ID: u8 = 0x84;
        /// The source's name.
        pub const NAME: &str = "EMV L2 Transaction Result";
        /// Whether `message` is this notification.
        pub fn matches(message: &super::super::Message) -> bool {
            message.key() == (0x03, APPLICATION_ID, COMMAND_ID)
        }
    }
}
/// Bit-mapped data objects: `(byte index, mask)` per flag; a flag is set when
/// `value[index] & mask != 0` (for a multi-bit field, the bits under the mask).
pub mod bits {
    /// `DF51` Device Status: byte index and mask of each flag.
    pub mod df51 {
        /// UCI Error (byte 0, bit 2).
        pub const UCI_ERROR: (usize, u8) = (0, 0b00000100);
        /// TRNG Error (byte 0, bit 1).
        pub const TRNG_ERROR: (usize, u8) = (0, 0b00000010);
        /// Crypto Engine Error (byte 0, bit 0).
        pub const CRYPTO_ENGINE_ERROR: (usize, u8) = (0, 0b00000001);
        /// Battery Voltage Low (byte 1, bit 0).
        pub const BATTERY_VOLTAGE_LOW: (usize, u8) = (1, 0b00000001);
        /// RTC Not Set (byte 4, bit 3).
        pub const RTC_NOT_SET: (usize, u8) = (4, 0b00001000);
        /// System Cleared (byte 4, bit 2).
        pub const SYSTEM_CLEARED: (usize, u8) = (4, 0b00000100);
        /// Tamper Occurred (byte 4, bit 1).
        pub const TAMPER_OCCURRED: (usize, u8) = (4, 0b00000010);
        /// Tamper Not Activated (byte 4, bit 0).
        pub const TAMPER_NOT_ACTIVATED: (usize, u8) = (4, 0b00000001);
        /// MAC Address Not Written to OTP (byte 5, bit 1).
        pub const MAC_ADDRESS_NOT_WRITTEN_TO_OTP: (usize, u8) = (5, 0b00000010);
        /// Serial Number Not Written to OTP (byte 5, bit 0).
        pub const SERIAL_NUMBER_NOT_WRITTEN_TO_OTP: (usize, u8) = (5, 0b00000001);
    }
    /// `DF52` Device Certificate & Key Status: byte index and mask of each flag.
    pub mod df52 {
        /// PIN CRL (byte 0, bit 7).
        pub const PIN_CRL: (usize, u8) = (0, 0b10000000);
        /// MSR Keyloader Cert (byte 0, bit 6).
        pub const MSR_KEYLOADER_CERT: (usize, u8) = (0, 0b01000000);
        /// PIN Keyloader Cert (byte 0, bit 5).
        pub const PIN_KEYLOADER_CERT: (usize, u8) = (0, 0b00100000);
        /// Device Cert (byte 0, bit 4).
        pub const DEVICE_CERT: (usize, u8) = (0, 0b00010000);
        /// MSR Sub CA Cert (byte 0, bit 3).
        pub const MSR_SUB_CA_CERT: (usize, u8) = (0, 0b00001000);
        /// PIN Sub CA Cert (byte 0, bit 2).
        pub const PIN_SUB_CA_CERT: (usize, u8) = (0, 0b00000100);
        /// Device CA Cert (byte 0, bit 1).
        pub const DEVICE_CA_CERT: (usize, u8) = (0, 0b00000010);
        /// CA Unbind Cert (byte 0, bit 0).
        pub const CA_UNBIND_CERT: (usize, u8) = (0, 0b00000001);
        /// Device Signing Cert (byte 1, bit 1).
        pub const DEVICE_SIGNING_CERT: (usize, u8) = (1, 0b00000010);
        /// MSR CRL (byte 1, bit 0).
        pub const MSR_CRL: (usize, u8) = (1, 0b00000001);
        /// MSR DUKPT Key (byte 2, bit 0).
        pub const MSR_DUKPT_KEY: (usize, u8) = (2, 0b00000001);
    }
    /// `DFDF51` MSR Encryption Type: byte index and mask of each flag.
    pub mod dfdf51 {
        /// DUKPT Key (byte 0, bit 7).
        pub const DUKPT_KEY: (usize, u8) = (0, 0b10000000);
        /// AES256 (byte 0, bit 5).
        pub const AES256: (usize, u8) = (0, 0b00100000);
        /// AES128 (byte 0, bit 4).
        pub const AES128: (usize, u8) = (0, 0b00010000);
        /// MAC Variant (byte 0, bit 1).
        pub const MAC_VARIANT: (usize, u8) = (0, 0b00000010);
        /// PIN Variant (byte 0, bit 0).
        pub const PIN_VARIANT: (usize, u8) = (0, 0b00000001);
    }
}
