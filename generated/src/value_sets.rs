// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! Value sets that several commands or notifications share: one open enum each.
use ::core::fmt;
/// Values of Encryption and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum Encryption {
    /// `00`: No Encrypt.
    #[tlv(value = 0x00)]
    NoEncrypt,
    /// `01`: Encrypt.
    #[tlv(value = 0x01)]
    Encrypt,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl Encryption {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::NoEncrypt => Some("No Encrypt"),
            Self::Encrypt => Some("Encrypt"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for Encryption {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Tag Response Code and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum TagResponseCode {
    /// `00`: Success.
    #[tlv(value = 0x00)]
    Success,
    /// `01`: Failed.
    #[tlv(value = 0x01)]
    Failed,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl TagResponseCode {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Success"),
            Self::Failed => Some("Failed"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for TagResponseCode {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Display Option and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum DisplayOption {
    /// `00`: Default.
    #[tlv(value = 0x00)]
    Default,
    /// `01`: Cover Status Bar.
    #[tlv(value = 0x01)]
    CoverStatusBar,
    /// `02`: Do Not Cover Status Bar.
    #[tlv(value = 0x02)]
    DoNotCoverStatusBar,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl DisplayOption {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Default => Some("Default"),
            Self::CoverStatusBar => Some("Cover Status Bar"),
            Self::DoNotCoverStatusBar => Some("Do Not Cover Status Bar"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for DisplayOption {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of PIN Block Format and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum PinBlockFormat {
    /// `00`: ISO Format 0.
    #[tlv(value = 0x00)]
    IsoFormat0,
    /// `01`: ISO Format 1.
    #[tlv(value = 0x01)]
    IsoFormat1,
    /// `03`: ISO Format 3.
    #[tlv(value = 0x03)]
    IsoFormat3,
    /// `04`: ISO Format 4.
    #[tlv(value = 0x04)]
    IsoFormat4,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl PinBlockFormat {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::IsoFormat0 => Some("ISO Format 0"),
            Self::IsoFormat1 => Some("ISO Format 1"),
            Self::IsoFormat3 => Some("ISO Format 3"),
            Self::IsoFormat4 => Some("ISO Format 4"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for PinBlockFormat {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Property Type and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum PropertyType {
    /// `01`: Device Settings.
    #[tlv(value = 0x01)]
    DeviceSettings,
    /// `02`: Device Information.
    #[tlv(value = 0x02)]
    DeviceInformation,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl PropertyType {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::DeviceSettings => Some("Device Settings"),
            Self::DeviceInformation => Some("Device Information"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for PropertyType {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Image Type and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u16)]
#[non_exhaustive]
pub enum ImageType {
    /// `0000`: Boot Loader 1 image.
    #[tlv(value = 0x0000)]
    BootLoader1Image,
    /// `0001`: Main App image.
    #[tlv(value = 0x0001)]
    MainAppImage,
    /// `0002`: WiFi Module image.
    #[tlv(value = 0x0002)]
    WiFiModuleImage,
    /// `0003`: BLE Module image.
    #[tlv(value = 0x0003)]
    BleModuleImage,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u16>),
}
impl ImageType {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::BootLoader1Image => Some("Boot Loader 1 image"),
            Self::MainAppImage => Some("Main App image"),
            Self::WiFiModuleImage => Some("WiFi Module image"),
            Self::BleModuleImage => Some("BLE Module image"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for ImageType {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 4),
        }
    }
}
/// Values of Hash Checksum Type and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum HashChecksumType {
    /// `04`: SHA-256.
    #[tlv(value = 0x04)]
    Sha256,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl HashChecksumType {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Sha256 => Some("SHA-256"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for HashChecksumType {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of File Type Version and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum FileTypeVersion {
    /// `AA`: File Type Version.
    #[tlv(value = 0xAA)]
    FileTypeVersion,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl FileTypeVersion {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::FileTypeVersion => Some("File Type Version"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for FileTypeVersion {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Encrypted Track 1 Status and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum EncryptedTrack1Status {
    /// `00`: OK.
    #[tlv(value = 0x00)]
    Ok,
    /// `01`: Empty.
    #[tlv(value = 0x01)]
    Empty,
    /// `02`: Error.
    #[tlv(value = 0x02)]
    Error,
    /// `03`: Disabled.
    #[tlv(value = 0x03)]
    Disabled,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl EncryptedTrack1Status {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Ok => Some("OK"),
            Self::Empty => Some("Empty"),
            Self::Error => Some("Error"),
            Self::Disabled => Some("Disabled"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for EncryptedTrack1Status {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
/// Values of Status Zero Amount Allowed Flag and the fields that share its values (an open enum: other values are kept in `Other`).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum StatusZeroAmountAllowedFlag {
    /// `01`: Option 1, Online Cryptogram Request.
    #[tlv(value = 0x01)]
    Option1OnlineCryptogramRequest,
    /// `02`: Option 2, Not Allowed.
    #[tlv(value = 0x02)]
    Option2NotAllowed,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl StatusZeroAmountAllowedFlag {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::Option1OnlineCryptogramRequest => {
                Some("Option 1, Online Cryptogram Request")
            }
            Self::Option2NotAllowed => Some("Option 2, Not Allowed"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for StatusZeroAmountAllowedFlag {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
mms_message::bit_set! {
    /// Bits of MagnePrint Status Data and the fields that share its bits (a bit set: bits the spec does not name are kept).
    pub struct MagneprintStatusData(u32) {
        /// `00000001` (bit): MagnePrint Capable Flag.
        const MAGNE_PRINT_CAPABLE_FLAG = 0x00000001, "MagnePrint Capable Flag";
        /// `0000000E` (bits): Mode.
        const MODE = 0x0000000E, "Mode";
        /// `0000FFF0` (bits): ASIC Revision.
        const ASIC_REVISION = 0x0000FFF0, "ASIC Revision";
        /// `00040000` (bit): Swipe too slow.
        const SWIPE_TOO_SLOW = 0x00040000, "Swipe too slow";
        /// `00080000` (bit): Swipe too fast.
        const SWIPE_TOO_FAST = 0x00080000, "Swipe too fast";
        /// `00200000` (bit): Card swipe direction.
        const CARD_SWIPE_DIRECTION = 0x00200000, "Card swipe direction";
    }
}
mms_message::bit_set! {
    /// Bits of Bitmap Entry Point and the fields that share its bits (a bit set: bits the spec does not name are kept).
    pub struct BitmapEntryPoint(u8) {
        /// `80` (bit): Status Check Support Flag.
        const STATUS_CHECK_SUPPORT_FLAG = 0x80, "Status Check Support Flag";
        /// `40` (bit): Zero Amount Allowed Flag.
        const ZERO_AMOUNT_ALLOWED_FLAG = 0x40, "Zero Amount Allowed Flag";
        /// `20` (bit): Reader Contactless Transaction Limit.
        const READER_CONTACTLESS_TRANSACTION_LIMIT = 0x20, "Reader Contactless Transaction Limit";
        /// `10` (bit): Reader Contactless Floor Limit.
        const READER_CONTACTLESS_FLOOR_LIMIT = 0x10, "Reader Contactless Floor Limit";
        /// `08` (bit): Reader CVM Required Limit.
        const READER_CVM_REQUIRED_LIMIT = 0x08, "Reader CVM Required Limit";
    }
}
/// Of a detail code: the payment technology or category the code is about (first byte) (the notifications whose codes name this part alike share this type). Codes whose parts the spec names alike share a variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetailCodeSource {
    /// A byte the spec does not name in this position.
    Other(u8),
}
impl DetailCodeSource {
    /// The manual's name of the part, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        {
            let _ = self;
            None
        }
    }
}
/// Of a detail code: why the notification was sent (second byte, read with the first) (the notifications whose codes name this part alike share this type). Codes whose parts the spec names alike share a variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetailCodeReason {
    /// A byte the spec does not name in this position.
    Other(u8),
}
impl DetailCodeReason {
    /// The manual's name of the part, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        {
            let _ = self;
            None
        }
    }
}
/// Of a detail code: what happened (third byte, read with the first two) (the notifications whose codes name this part alike share this type). Codes whose parts the spec names alike share a variant.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DetailCodeDetail {
    /// A byte the spec does not name in this position.
    Other(u8),
}
impl DetailCodeDetail {
    /// The manual's name of the part, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        {
            let _ = self;
            None
        }
    }
}
