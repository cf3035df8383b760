// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! Commands: one module per command with its `Request` and `Response` types.
/// Command 0x1001 - Start Transaction. Manual Tables 70 and 71.
///
/// # Example
///
/// The manual's request example (Table 73), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::start_transaction::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x00, 0x10, 0x01, 0x84, 0x3D, 0x10, 0x01,
///     0x82, 0x01, 0x3C, 0xA3, 0x09, 0x81, 0x01, 0x01, 0x82, 0x01, 0x01, 0x83,
///     0x01, 0x01, 0x84, 0x02, 0x00, 0x03, 0x86, 0x27, 0x9C, 0x01, 0x00, 0x9F,
///     0x02, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x9F, 0x03, 0x06, 0x00,
///     0x00, 0x00, 0x00, 0x00, 0x00, 0x5F, 0x2A, 0x02, 0x08, 0x40, 0x5F, 0x36,
///     0x01, 0x02, 0x9F, 0x15, 0x02, 0x00, 0x00, 0x9F, 0x53, 0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.transaction_timeout_in_seconds), [0x3C]);
/// assert_eq!(payload.transaction_options.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00, 0x03]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod start_transaction {
    use ::core::fmt;
    /// Command ID 0x1001.
    pub const ID: u16 = 0x1001;
    /// Request data of command 0x1001 Start Transaction (manual Table 70).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Reserved (1 byte, optional).
        #[tlv(tag = 0x81)]
        pub reserved: Option<u8>,
        /// `82` Transaction Timeout, in seconds (binary, 1 byte, required).
        ///
        /// Values: `00` No timeout; `01..FF` 1 to 255 seconds.
        #[tlv(tag = 0x82)]
        pub transaction_timeout_in_seconds: u8,
        /// `A3` Reader Options (TLV, variable length, optional).
        #[tlv(tag = 0xA3)]
        pub reader_options: Option<RequestReaderOptions>,
        /// `A4` Tip and Tax Options (binary, variable length, optional).
        #[tlv(tag = 0xA4)]
        pub tip_and_tax_options: Option<RequestTipAndTaxOptions>,
        /// `84` Transaction Options (binary, 2 bytes, optional, default 0x0003). Limited to: Apple / Google VAS Only, MSR Only.
        ///
        /// Values: byte 1 `00` Apple/Google VAS Support Disabled; byte 1 `01` VAS App OR Payment Mode (Single Mode); byte 1 `02` VAS App and Payment Mode (Dual Mode); byte 1 `03` VAS App Only Mode (VAS Mode); byte 1 `04` Payment Only Mode (Payment Mode).
        ///
        /// Bits: `0F00` Apple/Google VAS Mode; `1000` Apple VAS Enabled; `2000` Google VAS Enabled; `4000` Reserved; `8000` Full VAS Protocol; `0001` Quick Chip Transaction Flow; `0002` DynaPro Response Format; `0004` Skip Signature Capture On Service Code; `0008` Display Amount for Quick Chip.
        #[tlv(tag = 0x84)]
        pub transaction_options: Option<TransactionOptions>,
        /// `86` Transaction TLV (binary, variable length, optional).
        #[tlv(tag = 0x86, nested)]
        pub transaction_tlv: Option<mms_message::TlvList>,
        /// `A8` Tag Lists (0 bytes, optional).
        #[tlv(tag = 0xA8)]
        pub tag_lists: Option<mms_message::TlvList>,
        /// `8A` Notification Options (variable length, optional).
        #[tlv(tag = 0x8A)]
        pub notification_options: Option<Vec<u8>>,
        /// `AC` User Interface Options (TLV, variable length, optional, default null).
        #[tlv(tag = 0xAC)]
        pub user_interface_options: Option<RequestUserInterfaceOptions>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A3` Reader Options: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestReaderOptions {
        /// `81` Magnetic Stripe Reader Mode (binary, 1 byte, optional, default 0x01). Limited to: MSR Only.
        #[tlv(tag = 0x81)]
        pub magnetic_stripe_reader_mode: Option<
            RequestReaderOptionsMagneticStripeReaderMode,
        >,
        /// `82` Contact Reader Mode (binary, 1 byte, optional, default 0x01). Limited to: EMV Contact Only.
        #[tlv(tag = 0x82)]
        pub contact_reader_mode: Option<RequestReaderOptionsContactReaderMode>,
        /// `83` Contactless Reader Mode (binary, 1 byte, optional, default 0x01). Limited to: EMV Contactless Only.
        #[tlv(tag = 0x83)]
        pub contactless_reader_mode: Option<RequestReaderOptionsContactlessReaderMode>,
        /// `84` Manual Entry Mode (binary, 3 bytes, optional). Limited to: Touch Only.
        ///
        /// Values: byte 1 `00` PAN min 8, max 21 digits; byte 2 `00` Per MCE Mode Setting; byte 3 `00` On keypress sound disabled; byte 3 `01` On keypress sound enabled.
        #[tlv(tag = 0x84)]
        pub manual_entry_mode: Option<[u8; 3]>,
        /// `85` Barcode Reader Mode (binary, 2 bytes, optional, default 0x0000). Limited to: BCR Only.
        ///
        /// Values: byte 1 `00` Disabled; byte 1 `01` Enabled; byte 2 `00` Disabled; byte 2 `01` Enabled.
        #[tlv(tag = 0x85)]
        pub barcode_reader_mode: Option<[u8; 2]>,
        /// `86` PIN Block Format (binary, 1 byte, optional, default 0x00). Limited to: Touch Only.
        #[tlv(tag = 0x86)]
        pub pin_block_format: Option<RequestReaderOptionsPinBlockFormat>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Values of Magnetic Stripe Reader Mode (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestReaderOptionsMagneticStripeReaderMode {
        /// `00`: Disabled.
        #[tlv(value = 0x00)]
        Disabled,
        /// `01`: EMV.
        #[tlv(value = 0x01)]
        Emv,
        /// `80`: Non-EMV.
        #[tlv(value = 0x80)]
        NonEmv,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestReaderOptionsMagneticStripeReaderMode {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Disabled => Some("Disabled"),
                Self::Emv => Some("EMV"),
                Self::NonEmv => Some("Non-EMV"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestReaderOptionsMagneticStripeReaderMode {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Contact Reader Mode (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestReaderOptionsContactReaderMode {
        /// `00`: Disabled.
        #[tlv(value = 0x00)]
        Disabled,
        /// `01`: EMV.
        #[tlv(value = 0x01)]
        Emv,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestReaderOptionsContactReaderMode {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Disabled => Some("Disabled"),
                Self::Emv => Some("EMV"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestReaderOptionsContactReaderMode {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Contactless Reader Mode (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestReaderOptionsContactlessReaderMode {
        /// `00`: Disabled.
        #[tlv(value = 0x00)]
        Disabled,
        /// `01`: EMV.
        #[tlv(value = 0x01)]
        Emv,
        /// `02`: NFC.
        #[tlv(value = 0x02)]
        Nfc,
        /// `03`: EMV and NFC.
        #[tlv(value = 0x03)]
        EmvAndNfc,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestReaderOptionsContactlessReaderMode {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Disabled => Some("Disabled"),
                Self::Emv => Some("EMV"),
                Self::Nfc => Some("NFC"),
                Self::EmvAndNfc => Some("EMV and NFC"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestReaderOptionsContactlessReaderMode {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of PIN Block Format (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestReaderOptionsPinBlockFormat {
        /// `00`: ISO Format 0.
        #[tlv(value = 0x00)]
        IsoFormat0,
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
    impl RequestReaderOptionsPinBlockFormat {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::IsoFormat0 => Some("ISO Format 0"),
                Self::IsoFormat3 => Some("ISO Format 3"),
                Self::IsoFormat4 => Some("ISO Format 4"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestReaderOptionsPinBlockFormat {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `A4` Tip and Tax Options: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestTipAndTaxOptions {
        /// `81` Byte 1 Tip Mode (binary, 31 bytes, optional). Limited to: Touch Only.
        ///
        /// Values: byte 1 `00` Disable Tip Mode; byte 1 `01` Show Tip GUI immediately using % value; byte 1 `02` Show Tip GUI immediately using $ amount.
        #[tlv(tag = 0x81)]
        pub byte_1_tip_mode: Option<[u8; 31]>,
        /// `82` Tax or Surcharge Amount to Display (binary, 6 bytes, optional). Limited to: Touch Only.
        #[tlv(tag = 0x82)]
        pub tax_or_surcharge_amount_to_display: Option<[u8; 6]>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Transaction Options (a bit set: bits the spec does not name are kept).
        pub struct TransactionOptions(u16) {
            /// `0F00` (bits): Apple/Google VAS Mode.
            const APPLE_GOOGLE_VAS_MODE = 0x0F00, "Apple/Google VAS Mode";
            /// `1000` (bit): Apple VAS Enabled.
            const APPLE_VAS_ENABLED = 0x1000, "Apple VAS Enabled";
            /// `2000` (bit): Google VAS Enabled.
            const GOOGLE_VAS_ENABLED = 0x2000, "Google VAS Enabled";
            /// `8000` (bit): Full VAS Protocol.
            const FULL_VAS_PROTOCOL = 0x8000, "Full VAS Protocol";
            /// `0001` (bit): Quick Chip Transaction Flow.
            const QUICK_CHIP_TRANSACTION_FLOW = 0x0001, "Quick Chip Transaction Flow";
            /// `0002` (bit): DynaPro Response Format.
            const DYNA_PRO_RESPONSE_FORMAT = 0x0002, "DynaPro Response Format";
            /// `0004` (bit): Skip Signature Capture On Service Code.
            const SKIP_SIGNATURE_CAPTURE_ON_SERVICE_CODE = 0x0004, "Skip Signature Capture On Service Code";
            /// `0008` (bit): Display Amount for Quick Chip.
            const DISPLAY_AMOUNT_FOR_QUICK_CHIP = 0x0008, "Display Amount for Quick Chip";
        }
    }
    /// `AC` User Interface Options: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestUserInterfaceOptions {
        /// `81` Suppress Thank You Message (TLV, 0 bytes, optional, default null).
        #[tlv(tag = 0x81)]
        pub suppress_thank_you_message: Option<Vec<u8>>,
        /// `82` Override Final Transaction Message (binary, 1 byte, optional, default null).
        #[tlv(tag = 0x82)]
        pub override_final_transaction_message: Option<u8>,
        /// `83` Functional button (binary, 2 bytes, optional, default null).
        #[tlv(tag = 0x83)]
        pub functional_button: Option<[u8; 2]>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1001 Start Transaction (manual Table 71).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1001;
        const NAME: &'static str = "Start Transaction";
        type Response = Response;
    }
}
/// Command 0x1002 - Continue Transaction.
///
/// The manual marks this section MagTek internal for now.
pub mod continue_transaction {
    /// Command ID 0x1002.
    pub const ID: u16 = 0x1002;
    /// Request data of command 0x1002 Continue Transaction: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1002 Continue Transaction: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1002;
        const NAME: &'static str = "Continue Transaction";
        type Response = Response;
    }
}
/// Command 0x1003 - Finalize.
///
/// The manual marks this section MagTek internal for now.
pub mod finalize {
    /// Command ID 0x1003.
    pub const ID: u16 = 0x1003;
    /// Request data of command 0x1003 Finalize: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1003 Finalize: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1003;
        const NAME: &'static str = "Finalize";
        type Response = Response;
    }
}
/// Command 0x1004 - Resume Transaction. Manual Tables 76 and 77.
///
/// # Example
///
/// The manual's request example (Table 78), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::resume_transaction::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x00, 0x10, 0x04, 0x84, 0x21, 0x10, 0x04,
///     0x81, 0x01, 0x00, 0x82, 0x01, 0x78, 0x84, 0x17, 0xFF, 0x74, 0x14, 0xDF,
///     0xDF, 0x25, 0x08, 0x99, 0x26, 0x90, 0xE1, 0x16, 0x12, 0x07, 0x10, 0xFA,
///     0x06, 0x70, 0x04, 0x8A, 0x02, 0x30, 0x30,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.resume_code), [0x00]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.arpc_data), [0xFF, 0x74, 0x14, 0xDF, 0xDF, 0x25, 0x08, 0x99, 0x26, 0x90, 0xE1, 0x16, 0x12, 0x07, 0x10, 0xFA, 0x06, 0x70, 0x04, 0x8A, 0x02, 0x30, 0x30]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod resume_transaction {
    use ::core::fmt;
    /// Command ID 0x1004.
    pub const ID: u16 = 0x1004;
    /// Request data of command 0x1004 Resume Transaction (manual Table 76).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Resume Code (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub resume_code: RequestResumeCode,
        /// `83` Reserved (binary, variable length, optional).
        #[tlv(tag = 0x83)]
        pub reserved: Option<Vec<u8>>,
        /// `84` ARPC Data (binary, variable length, required).
        #[tlv(tag = 0x84)]
        pub arpc_data: Vec<u8>,
        /// `86` Transaction TLV Update (binary, variable length, optional).
        #[tlv(tag = 0x86, nested)]
        pub transaction_tlv_update: Option<mms_message::TlvList>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(resume_code: RequestResumeCode, arpc_data: Vec<u8>) -> Self {
            Request {
                resume_code,
                arpc_data,
                reserved: None,
                transaction_tlv_update: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Resume Code (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestResumeCode {
        /// `00`: Waiting for ARPC.
        #[tlv(value = 0x00)]
        WaitingForArpc,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestResumeCode {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::WaitingForArpc => Some("Waiting for ARPC"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestResumeCode {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1004 Resume Transaction (manual Table 77).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1004;
        const NAME: &'static str = "Resume Transaction";
        type Response = Response;
    }
}
/// Command 0x1008 - Cancel Transaction. Manual Tables 80 and 81.
///
/// # Example
///
/// The manual's request example (Table 82), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x13, 0x10, 0x08, 0x84, 0x02, 0x10, 0x08,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod cancel_transaction {
    /// Command ID 0x1008.
    pub const ID: u16 = 0x1008;
    /// Request data of command 0x1008 Cancel Transaction (manual Table 80).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1008 Cancel Transaction (manual Table 81).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1008;
        const NAME: &'static str = "Cancel Transaction";
        type Response = Response;
    }
}
/// Command 0x1009 - Close / Clear Transaction.
///
/// The manual marks this section MagTek internal for now.
pub mod close_clear_transaction {
    /// Command ID 0x1009.
    pub const ID: u16 = 0x1009;
    /// Request data of command 0x1009 Close / Clear Transaction: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1009 Close / Clear Transaction: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1009;
        const NAME: &'static str = "Close / Clear Transaction";
        type Response = Response;
    }
}
/// Command 0x1014 - Get Transaction Status.
///
/// The manual marks this section MagTek internal for now.
pub mod get_transaction_status {
    /// Command ID 0x1014.
    pub const ID: u16 = 0x1014;
    /// Request data of command 0x1014 Get Transaction Status: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1014 Get Transaction Status: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1014;
        const NAME: &'static str = "Get Transaction Status";
        type Response = Response;
    }
}
/// Command 0x1041 - Set Payment Parameters.
///
/// The manual marks this section MagTek internal for now.
pub mod set_payment_parameters {
    /// Command ID 0x1041.
    pub const ID: u16 = 0x1041;
    /// Request data of command 0x1041 Set Payment Parameters: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1041 Set Payment Parameters: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1041;
        const NAME: &'static str = "Set Payment Parameters";
        type Response = Response;
    }
}
/// Command 0x1042 - Get Payment Parameters.
///
/// The manual marks this section MagTek internal for now.
pub mod get_payment_parameters {
    /// Command ID 0x1042.
    pub const ID: u16 = 0x1042;
    /// Request data of command 0x1042 Get Payment Parameters: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1042 Get Payment Parameters: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1042;
        const NAME: &'static str = "Get Payment Parameters";
        type Response = Response;
    }
}
/// Command 0x1100 - Pass Through Command For NTag/MIFARE Ultralight, Type 2. Manual Tables 84 and 89.
///
/// # Example
///
/// The manual's request example (Table 90), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::pass_through_command_for_ntag_mifare_ultralight_type_2::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x39, 0x11, 0x00, 0x84, 0x0B, 0x11, 0x00,
///     0x81, 0x01, 0x60, 0x82, 0x01, 0x00, 0x83, 0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.command_to_send), [0x60]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.encryption), [0x00]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod pass_through_command_for_ntag_mifare_ultralight_type_2 {
    use super::super::value_sets;
    /// Command ID 0x1100.
    pub const ID: u16 = 0x1100;
    /// Request data of command 0x1100 Pass Through Command For NTag/MIFARE Ultralight, Type 2 (manual Table 84).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Command to Send (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub command_to_send: Vec<u8>,
        /// `82` Encryption (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub encryption: value_sets::Encryption,
        /// `83` Last Command (binary, 1 byte, required).
        ///
        /// Values: `00` Expect More Commands; `01..FF` Last Command.
        #[tlv(tag = 0x83)]
        pub last_command: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            command_to_send: Vec<u8>,
            encryption: value_sets::Encryption,
            last_command: u8,
        ) -> Self {
            Request {
                command_to_send,
                encryption,
                last_command,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Response data of command 0x1100 Pass Through Command For NTag/MIFARE Ultralight, Type 2 (manual Table 89).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Response {
        /// `81` Tag Response Code (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub tag_response_code: value_sets::TagResponseCode,
        /// `82` Encryption Control (binary, variable length, optional; see manual Table 92, 93).
        #[tlv(tag = 0x82)]
        pub encryption_control: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Response {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(tag_response_code: value_sets::TagResponseCode) -> Self {
            Response {
                tag_response_code,
                encryption_control: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1100;
        const NAME: &'static str = "Pass Through Command For NTag/MIFARE Ultralight, Type 2";
        type Response = Response;
    }
}
/// Command 0x1101 - Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2. Manual Tables 94 and 97.
///
/// # Example
///
/// The manual's request example (Table 98), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::pass_through_command_for_mifare_classic_mini_plus_sl1::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x19, 0x11, 0x01, 0x84, 0x15, 0x11, 0x01,
///     0x81, 0x0B, 0x30, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
///     0xFF, 0x82, 0x01, 0x00, 0x83, 0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.command_to_send), [0x30, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
/// assert_eq!(payload.encryption.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod pass_through_command_for_mifare_classic_mini_plus_sl1 {
    use super::super::value_sets;
    /// Command ID 0x1101.
    pub const ID: u16 = 0x1101;
    /// Request data of command 0x1101 Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2 (manual Table 94).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Command to Send (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub command_to_send: Vec<u8>,
        /// `82` Encryption (1 byte, optional).
        #[tlv(tag = 0x82)]
        pub encryption: Option<value_sets::Encryption>,
        /// `83` Last Command (binary, 1 byte, required).
        ///
        /// Values: `00` Expect More Commands; `01..FF` Last Command.
        #[tlv(tag = 0x83)]
        pub last_command: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1101 Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2 (manual Table 97).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Tag Response Code (binary, variable length, required).
        ///
        /// Values: byte 0 `00` Success; byte 0 `01` I/O Failed; byte 1 `01` Block that Failed.
        #[tlv(tag = 0x81)]
        pub tag_response_code: Vec<u8>,
        /// `82` Encryption Control (binary, variable length, optional; see manual Table 92, 93).
        #[tlv(tag = 0x82)]
        pub encryption_control: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1101;
        const NAME: &'static str = "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2";
        type Response = Response;
    }
}
/// Command 0x1102 - Pass Through Command for MIFARE DESFire, Type 4. Manual Tables 102 and 103.
///
/// # Example
///
/// The manual's request example (Table 104), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::pass_through_command_for_mifare_desfire_type_4::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x13, 0x11, 0x02, 0x84, 0x0F, 0x11, 0x02,
///     0x81, 0x05, 0x90, 0x60, 0x00, 0x00, 0x00, 0x82, 0x01, 0x00, 0x83, 0x01,
///     0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.command_to_send), [0x90, 0x60, 0x00, 0x00, 0x00]);
/// assert_eq!(payload.encryption.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod pass_through_command_for_mifare_desfire_type_4 {
    use super::super::value_sets;
    /// Command ID 0x1102.
    pub const ID: u16 = 0x1102;
    /// Request data of command 0x1102 Pass Through Command for MIFARE DESFire, Type 4 (manual Table 102).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Command to Send (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub command_to_send: Vec<u8>,
        /// `82` Encryption (1 byte, optional).
        #[tlv(tag = 0x82)]
        pub encryption: Option<value_sets::Encryption>,
        /// `83` Last Command (binary, 1 byte, required).
        ///
        /// Values: `00` Expect More Commands; `01..FF` Last Command.
        #[tlv(tag = 0x83)]
        pub last_command: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1102 Pass Through Command for MIFARE DESFire, Type 4 (manual Table 103).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Tag Response (SW1 SW2) (binary, 2 bytes, required).
        #[tlv(tag = 0x81)]
        pub tag_response_sw1_sw2: [u8; 2],
        /// `82` Tag Data (binary, variable length, optional; see manual Table 92, 93).
        #[tlv(tag = 0x82)]
        pub tag_data: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1102;
        const NAME: &'static str = "Pass Through Command for MIFARE DESFire, Type 4";
        type Response = Response;
    }
}
/// Command 0x1103 - Pass Through Command for MIFARE Plus, Type 2. Manual Tables 108 and 111.
///
/// # Example
///
/// The manual's request example (Table 112), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::pass_through_command_for_mifare_plus_type_2::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0xDA, 0x11, 0x03, 0x84, 0x0B, 0x11, 0x03,
///     0x81, 0x01, 0x60, 0x82, 0x01, 0x00, 0x83, 0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.command_to_send), [0x60]);
/// assert_eq!(payload.encryption.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod pass_through_command_for_mifare_plus_type_2 {
    use super::super::value_sets;
    /// Command ID 0x1103.
    pub const ID: u16 = 0x1103;
    /// Request data of command 0x1103 Pass Through Command for MIFARE Plus, Type 2 (manual Table 108).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Command to Send (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub command_to_send: Vec<u8>,
        /// `82` Encryption (1 byte, optional).
        #[tlv(tag = 0x82)]
        pub encryption: Option<value_sets::Encryption>,
        /// `83` Last Command (binary, 1 byte, required).
        ///
        /// Values: `00` Expect More Commands; `01..FF` Last Command.
        #[tlv(tag = 0x83)]
        pub last_command: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1103 Pass Through Command for MIFARE Plus, Type 2 (manual Table 111).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Response {
        /// `81` Tag Response Code (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub tag_response_code: value_sets::TagResponseCode,
        /// `82` Encryption Control (binary, variable length, optional; see manual Table 92, 93).
        #[tlv(tag = 0x82)]
        pub encryption_control: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Response {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(tag_response_code: value_sets::TagResponseCode) -> Self {
            Response {
                tag_response_code,
                encryption_control: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1103;
        const NAME: &'static str = "Pass Through Command for MIFARE Plus, Type 2";
        type Response = Response;
    }
}
/// Command 0x1801 - Request Cardholder Signature. Manual Tables 116 and 117.
///
/// Limited to: Touch Only.
///
/// # Example
///
/// The manual's request example (Table 118), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::request_cardholder_signature::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x00, 0x18, 0x01, 0x84, 0x05, 0x18, 0x01,
///     0x81, 0x01, 0x1E,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.timeout), [0x1E]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod request_cardholder_signature {
    /// Command ID 0x1801.
    pub const ID: u16 = 0x1801;
    /// Request data of command 0x1801 Request Cardholder Signature (manual Table 116).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Timeout (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub timeout: u8,
        /// `82` Encryption on signature and user data (binary, 1 byte, optional, default 0).
        #[tlv(tag = 0x82)]
        pub encryption_on_signature_and_user_data: Option<u8>,
        /// `A3` User data parameters for item \#0 to item \#3 (TLV, variable length, optional).
        #[tlv(tag = 0xA3)]
        pub user_data_parameters_for_item_number_0_to_item_number_3: Option<
            RequestUserDataParametersForItemNumber0ToItemNumber3,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A3` User data parameters for item \#0 to item \#3: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestUserDataParametersForItemNumber0ToItemNumber3 {
        /// `81` User data item \#0 (binary, variable length, optional).
        #[tlv(tag = 0x81)]
        pub user_data_item_number_0: Option<Vec<u8>>,
        /// `82` User data item \#1 (binary, variable length, optional).
        #[tlv(tag = 0x82)]
        pub user_data_item_number_1: Option<Vec<u8>>,
        /// `83` User data item \#2 (binary, variable length, optional).
        #[tlv(tag = 0x83)]
        pub user_data_item_number_2: Option<Vec<u8>>,
        /// `84` User data item \#3 (binary, variable length, optional).
        #[tlv(tag = 0x84)]
        pub user_data_item_number_3: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1801 Request Cardholder Signature (manual Table 117).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1801;
        const NAME: &'static str = "Request Cardholder Signature";
        type Response = Response;
    }
}
/// Command 0x1802 - Report Cardholder Selection. Manual Tables 120 and 121.
///
/// # Example
///
/// The manual's request example (Table 122), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::report_cardholder_selection::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x00, 0x18, 0x02, 0x84, 0x08, 0x18, 0x02,
///     0x81, 0x01, 0x00, 0x82, 0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.cardholder_selection_request_status), [0x00]);
/// assert_eq!(payload.selection_result.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod report_cardholder_selection {
    use ::core::fmt;
    /// Command ID 0x1802.
    pub const ID: u16 = 0x1802;
    /// Request data of command 0x1802 Report Cardholder Selection (manual Table 120).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Cardholder Selection Request Status (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub cardholder_selection_request_status: RequestCardholderSelectionRequestStatus,
        /// `82` Selection Result (binary, 1 byte, optional).
        #[tlv(tag = 0x82)]
        pub selection_result: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            cardholder_selection_request_status: RequestCardholderSelectionRequestStatus,
        ) -> Self {
            Request {
                cardholder_selection_request_status,
                selection_result: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Cardholder Selection Request Status (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestCardholderSelectionRequestStatus {
        /// `00`: Cardholder Selection Request completed.
        #[tlv(value = 0x00)]
        CardholderSelectionRequestCompleted,
        /// `01`: Cardholder Selection Request canceled by cardholder, Transaction Aborted.
        #[tlv(value = 0x01)]
        CardholderSelectionRequestCanceledByCardholderTransactionAborted,
        /// `02`: Cardholder Selection Request timed out, Transaction Aborted.
        #[tlv(value = 0x02)]
        CardholderSelectionRequestTimedOutTransactionAborted,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestCardholderSelectionRequestStatus {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::CardholderSelectionRequestCompleted => {
                    Some("Cardholder Selection Request completed")
                }
                Self::CardholderSelectionRequestCanceledByCardholderTransactionAborted => {
                    Some(
                        "Cardholder Selection Request canceled by cardholder, Transaction Aborted",
                    )
                }
                Self::CardholderSelectionRequestTimedOutTransactionAborted => {
                    Some("Cardholder Selection Request timed out, Transaction Aborted")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestCardholderSelectionRequestStatus {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1802 Report Cardholder Selection (manual Table 121).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1802;
        const NAME: &'static str = "Report Cardholder Selection";
        type Response = Response;
    }
}
/// Command 0x1803 - Display Message. Manual Tables 124 and 125.
///
/// Limited to: Display Only.
///
/// # Example
///
/// The manual's request example (Table 126), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::display_message::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0x18, 0x03, 0x84, 0x08, 0x18, 0x03,
///     0x81, 0x01, 0x02, 0x82, 0x01, 0x16,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(payload.timeout.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x02]));
/// assert_eq!(payload.message_id.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x16]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod display_message {
    /// Command ID 0x1803.
    pub const ID: u16 = 0x1803;
    /// Request data of command 0x1803 Display Message (manual Table 124).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Timeout (binary, 1 byte, optional, default 0x00).
        ///
        /// Values: `00` Infinite.
        #[tlv(tag = 0x81)]
        pub timeout: Option<u8>,
        /// `82` Message ID (binary, 1 byte, optional, default 0x14).
        #[tlv(tag = 0x82)]
        pub message_id: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1803 Display Message (manual Table 125).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1803;
        const NAME: &'static str = "Display Message";
        type Response = Response;
    }
}
/// Command 0x1804 - Read Barcode. Manual Tables 128 and 129.
///
/// Limited to: BCR Only.
///
/// # Example
///
/// The manual's request example (Table 130), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::read_barcode::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x03, 0x18, 0x04, 0x84, 0x0B, 0x18, 0x04,
///     0x81, 0x01, 0x01, 0x82, 0x01, 0x0F, 0x83, 0x01, 0x01,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.enable), [0x01]);
/// assert_eq!(payload.timeout.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x0F]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod read_barcode {
    use ::core::fmt;
    /// Command ID 0x1804.
    pub const ID: u16 = 0x1804;
    /// Request data of command 0x1804 Read Barcode (manual Table 128).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Enable (binary, 1 byte, required, default 0x00).
        #[tlv(tag = 0x81)]
        pub enable: RequestEnable,
        /// `82` Timeout (binary, 1 byte, optional, default 0x00).
        ///
        /// Values: `00` Infinite.
        #[tlv(tag = 0x82)]
        pub timeout: Option<u8>,
        /// `83` Encrypt Barcode Data (binary, 1 byte, optional, default 0x00).
        #[tlv(tag = 0x83)]
        pub encrypt_barcode_data: Option<RequestEncryptBarcodeData>,
        /// `99` Send Command to Barcode Reader (binary, variable length, optional).
        #[tlv(tag = 0x99)]
        pub send_command_to_barcode_reader: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(enable: RequestEnable) -> Self {
            Request {
                enable,
                timeout: None,
                encrypt_barcode_data: None,
                send_command_to_barcode_reader: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Enable (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestEnable {
        /// `00`: Disable.
        #[tlv(value = 0x00)]
        Disable,
        /// `01`: Enable.
        #[tlv(value = 0x01)]
        Enable,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestEnable {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Disable => Some("Disable"),
                Self::Enable => Some("Enable"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestEnable {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Encrypt Barcode Data (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestEncryptBarcodeData {
        /// `00`: Do Not Encrypt.
        #[tlv(value = 0x00)]
        DoNotEncrypt,
        /// `01`: Encrypt.
        #[tlv(value = 0x01)]
        Encrypt,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestEncryptBarcodeData {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::DoNotEncrypt => Some("Do Not Encrypt"),
                Self::Encrypt => Some("Encrypt"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestEncryptBarcodeData {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1804 Read Barcode (manual Table 129).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1804;
        const NAME: &'static str = "Read Barcode";
        type Response = Response;
    }
}
/// Command 0x1805 - Buzzer. Manual Tables 132 and 133.
///
/// # Example
///
/// The manual's request example (Table 134), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::buzzer::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x03, 0x18, 0x05, 0x84, 0x18, 0x18, 0x05,
///     0x81, 0x14, 0x00, 0xC8, 0x01, 0xF4, 0x01, 0x90, 0x01, 0xF4, 0x02, 0x58,
///     0x01, 0xF4, 0x01, 0x90, 0x01, 0xF4, 0x00, 0xC8, 0x01, 0xF4,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.n), [0x00, 0xC8, 0x01, 0xF4, 0x01, 0x90, 0x01, 0xF4, 0x02, 0x58, 0x01, 0xF4, 0x01, 0x90, 0x01, 0xF4, 0x00, 0xC8, 0x01, 0xF4]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod buzzer {
    /// Command ID 0x1805.
    pub const ID: u16 = 0x1805;
    /// Request data of command 0x1805 Buzzer (manual Table 132).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` N (binary, length N\*4, required).
        ///
        /// Values: `01` Min (1 tone); `0A` Max (10 tones).
        #[tlv(tag = 0x81)]
        pub n: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1805 Buzzer (manual Table 133).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1805;
        const NAME: &'static str = "Buzzer";
        type Response = Response;
    }
}
/// Command 0x1821 - Show Image. Manual Tables 136 and 137.
///
/// Limited to: Display Only.
///
/// # Example
///
/// The manual's request example (Table 138), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::show_image::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x2C, 0x18, 0x21, 0x84, 0x08, 0x18, 0x21,
///     0x81, 0x01, 0x03, 0x83, 0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.custom_idle_page_image_number), [0x03]);
/// assert_eq!(payload.display_time.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod show_image {
    use ::core::fmt;
    use super::super::value_sets;
    /// Command ID 0x1821.
    pub const ID: u16 = 0x1821;
    /// Request data of command 0x1821 Show Image (manual Table 136).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Custom Idle Page Image Number (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub custom_idle_page_image_number: RequestCustomIdlePageImageNumber,
        /// `82` Display Option (binary, 1 byte, optional, default 0).
        #[tlv(tag = 0x82)]
        pub display_option: Option<value_sets::DisplayOption>,
        /// `83` Display Time (binary, 1 byte, optional, default 0).
        #[tlv(tag = 0x83)]
        pub display_time: Option<RequestDisplayTime>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            custom_idle_page_image_number: RequestCustomIdlePageImageNumber,
        ) -> Self {
            Request {
                custom_idle_page_image_number,
                display_option: None,
                display_time: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Custom Idle Page Image Number (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestCustomIdlePageImageNumber {
        /// `01`: Show custom image 1.
        #[tlv(value = 0x01)]
        ShowCustomImage1,
        /// `02`: Show custom image 2.
        #[tlv(value = 0x02)]
        ShowCustomImage2,
        /// `03`: Show custom image 3.
        #[tlv(value = 0x03)]
        ShowCustomImage3,
        /// `04`: Show custom image 4.
        #[tlv(value = 0x04)]
        ShowCustomImage4,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestCustomIdlePageImageNumber {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ShowCustomImage1 => Some("Show custom image 1"),
                Self::ShowCustomImage2 => Some("Show custom image 2"),
                Self::ShowCustomImage3 => Some("Show custom image 3"),
                Self::ShowCustomImage4 => Some("Show custom image 4"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestCustomIdlePageImageNumber {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Display Time (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestDisplayTime {
        /// `00`: Show image.
        #[tlv(value = 0x00)]
        ShowImage,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestDisplayTime {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ShowImage => Some("Show image"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestDisplayTime {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1821 Show Image (manual Table 137).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1821;
        const NAME: &'static str = "Show Image";
        type Response = Response;
    }
}
/// Command 0x1822 - Show QR Code. Manual Tables 140 and 141.
///
/// Limited to: Display Only.
///
/// # Example
///
/// The manual's request example (Table 142), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::show_qr_code::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x05, 0x18, 0x22, 0x84, 0x41, 0x18, 0x22,
///     0x81, 0x01, 0x3C, 0x82, 0x0F, 0x54, 0x68, 0x69, 0x73, 0x20, 0x69, 0x73,
///     0x20, 0x61, 0x20, 0x74, 0x65, 0x73, 0x74, 0x21, 0x83, 0x01, 0x00, 0x84,
///     0x01, 0xFF, 0x85, 0x01, 0x01, 0x86, 0x01, 0x28, 0x87, 0x03, 0x00, 0x00,
///     0x00, 0x88, 0x03, 0xFF, 0xFF, 0xFF, 0x89, 0x13, 0x50, 0x6C, 0x65, 0x61,
///     0x73, 0x65, 0x20, 0x73, 0x63, 0x61, 0x6E, 0x20, 0x51, 0x52, 0x20, 0x63,
///     0x6F, 0x64, 0x65,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(payload.display_time.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x3C]));
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.data_to_encode), [0x54, 0x68, 0x69, 0x73, 0x20, 0x69, 0x73, 0x20, 0x61, 0x20, 0x74, 0x65, 0x73, 0x74, 0x21]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod show_qr_code {
    use ::core::fmt;
    /// Command ID 0x1822.
    pub const ID: u16 = 0x1822;
    /// Request data of command 0x1822 Show QR Code (manual Table 140).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Display Time (binary, 1 byte, optional, default 0x00).
        ///
        /// Values: `00` Indefinite; `01..FF` 1 to 255 seconds.
        #[tlv(tag = 0x81)]
        pub display_time: Option<u8>,
        /// `82` Data to Encode (binary, variable length, required).
        #[tlv(tag = 0x82)]
        pub data_to_encode: Vec<u8>,
        /// `83` Error Correction (binary, 1 byte, optional, default 0x00).
        #[tlv(tag = 0x83)]
        pub error_correction: Option<RequestErrorCorrection>,
        /// `84` Mask Pattern (binary, 1 byte, optional, default 0xFF).
        ///
        /// Values: `00..07` Mask Pattern; `FF` Device Select Optimal Mask Pattern.
        #[tlv(tag = 0x84)]
        pub mask_pattern: Option<u8>,
        /// `85` Minimum Version (binary, 1 byte, optional, default 0x01).
        ///
        /// Values: `01..28` Version 1 to Version 40.
        #[tlv(tag = 0x85)]
        pub minimum_version: Option<u8>,
        /// `86` Maximum Version (binary, 1 byte, optional, default 0x28).
        ///
        /// Values: `01..28` Version 1 to Version 40.
        #[tlv(tag = 0x86)]
        pub maximum_version: Option<u8>,
        /// `87` Block Color (binary, 3 bytes, optional, default 0x000000 (Black)).
        #[tlv(tag = 0x87)]
        pub block_color: Option<[u8; 3]>,
        /// `88` Background Color (binary, 3 bytes, optional, default 0xFFFFFF (White)).
        #[tlv(tag = 0x88)]
        pub background_color: Option<[u8; 3]>,
        /// `89` Prompt Text (binary, variable length, optional, default No prompt). Limited to: Display Only.
        #[tlv(tag = 0x89)]
        pub prompt_text: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Values of Error Correction (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestErrorCorrection {
        /// `00`: Low.
        #[tlv(value = 0x00)]
        Low,
        /// `01`: Medium.
        #[tlv(value = 0x01)]
        Medium,
        /// `02`: Quartile.
        #[tlv(value = 0x02)]
        Quartile,
        /// `03`: High.
        #[tlv(value = 0x03)]
        High,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestErrorCorrection {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Low => Some("Low"),
                Self::Medium => Some("Medium"),
                Self::Quartile => Some("Quartile"),
                Self::High => Some("High"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestErrorCorrection {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1822 Show QR Code (manual Table 141).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1822;
        const NAME: &'static str = "Show QR Code";
        type Response = Response;
    }
}
/// Command 0x1823 - Show Bitmap Image. Manual Tables 143 and 144.
///
/// Limited to: Display Only.
pub mod show_bitmap_image {
    use super::super::value_sets;
    /// Command ID 0x1823.
    pub const ID: u16 = 0x1823;
    /// Request data of command 0x1823 Show Bitmap Image (manual Table 143).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Display Time (binary, 1 byte, optional, default 0x00).
        ///
        /// Values: `00` Indefinite; `01..FF` 1 to 255 seconds.
        #[tlv(tag = 0x81)]
        pub display_time: Option<u8>,
        /// `82` Background Color (binary, 3 bytes, optional).
        #[tlv(tag = 0x82)]
        pub background_color: Option<[u8; 3]>,
        /// `83` X Position (binary, 2 bytes, optional, default Centered). Limited to: Display Only.
        #[tlv(tag = 0x83)]
        pub x_position: Option<[u8; 2]>,
        /// `84` Y Position (binary, 2 bytes, optional, default Centered). Limited to: Display Only.
        #[tlv(tag = 0x84)]
        pub y_position: Option<[u8; 2]>,
        /// `85` Bitmap (binary, variable length, required).
        #[tlv(tag = 0x85)]
        pub bitmap: Vec<u8>,
        /// `86` Display Option (binary, 1 byte, optional, default 0).
        #[tlv(tag = 0x86)]
        pub display_option: Option<value_sets::DisplayOption>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1823 Show Bitmap Image (manual Table 144).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1823;
        const NAME: &'static str = "Show Bitmap Image";
        type Response = Response;
    }
}
/// Command 0x1830 - Display Flexible UI Pages. Manual Tables 146 and 150.
///
/// Limited to: Display Only.
///
/// # Example
///
/// The manual's request example (Table 151), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::display_flexible_ui_pages::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x2C, 0x18, 0x30, 0x84, 0x1A, 0x18, 0x30,
///     0x81, 0x01, 0x00, 0x82, 0x01, 0x00, 0x83, 0x02, 0x00, 0x05, 0xA1, 0x0C,
///     0x83, 0x0A, 0x54, 0x48, 0x41, 0x4E, 0x4B, 0x20, 0x59, 0x4F, 0x55, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.display_time), [0x00]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.ui_page_option), [0x00]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod display_flexible_ui_pages {
    use ::core::fmt;
    /// Command ID 0x1830.
    pub const ID: u16 = 0x1830;
    /// Request data of command 0x1830 Display Flexible UI Pages (manual Table 146).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Display Time (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub display_time: RequestDisplayTime,
        /// `82` UI page option (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub ui_page_option: RequestUiPageOption,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            display_time: RequestDisplayTime,
            ui_page_option: RequestUiPageOption,
        ) -> Self {
            Request {
                display_time,
                ui_page_option,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Display Time (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestDisplayTime {
        /// `00`: Infinite.
        #[tlv(value = 0x00)]
        Infinite,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestDisplayTime {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Infinite => Some("Infinite"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestDisplayTime {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of UI page option (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestUiPageOption {
        /// `00`: Enter Sale Amount page.
        #[tlv(value = 0x00)]
        EnterSaleAmountPage,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestUiPageOption {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::EnterSaleAmountPage => Some("Enter Sale Amount page"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestUiPageOption {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1830 Display Flexible UI Pages (manual Table 150).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1830;
        const NAME: &'static str = "Display Flexible UI Pages";
        type Response = Response;
    }
}
/// Command 0x1840 - Card Emulation. Manual Tables 153.
///
/// # Example
///
/// The manual's request example (Table 154), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::card_emulation::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x01, 0x18, 0x40, 0x84, 0x21, 0x18, 0x40,
///     0x81, 0x01, 0x01, 0x82, 0x01, 0x00, 0x83, 0x17, 0x68, 0x74, 0x74, 0x70,
///     0x73, 0x3A, 0x2F, 0x2F, 0x77, 0x77, 0x77, 0x2E, 0x6D, 0x61, 0x67, 0x74,
///     0x65, 0x6B, 0x2E, 0x63, 0x6F, 0x6D, 0x2F,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.start_cancel), [0x01]);
/// assert_eq!(payload.timeout_in_seconds.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x00]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod card_emulation {
    use ::core::fmt;
    /// Command ID 0x1840.
    pub const ID: u16 = 0x1840;
    /// Request data of command 0x1840 Card Emulation (manual Table 153).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Start/Cancel (1 byte, required).
        #[tlv(tag = 0x81)]
        pub start_cancel: RequestStartCancel,
        /// `82` Timeout in seconds (1 byte, optional, default 0x00).
        ///
        /// Values: `00` No timeout; `01..FF` 1 to 255 seconds.
        #[tlv(tag = 0x82)]
        pub timeout_in_seconds: Option<u8>,
        /// `83` URL (length &lt;= 254, optional).
        #[tlv(tag = 0x83)]
        pub url: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(start_cancel: RequestStartCancel) -> Self {
            Request {
                start_cancel,
                timeout_in_seconds: None,
                url: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Start/Cancel (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestStartCancel {
        /// `00`: Cancel.
        #[tlv(value = 0x00)]
        Cancel,
        /// `01`: Start.
        #[tlv(value = 0x01)]
        Start,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestStartCancel {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Cancel => Some("Cancel"),
                Self::Start => Some("Start"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestStartCancel {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1840 Card Emulation: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1840;
        const NAME: &'static str = "Card Emulation";
        type Response = Response;
    }
}
/// Command 0x1F01 - Reset Device. Manual Tables 157 and 158.
///
/// # Example
///
/// The manual's request example (Table 159), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x12, 0x1F, 0x01, 0x84, 0x02, 0x1F, 0x01,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod reset_device {
    use ::core::fmt;
    /// Command ID 0x1F01.
    pub const ID: u16 = 0x1F01;
    /// Request data of command 0x1F01 Reset Device (manual Table 157).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Power Off Option (binary, 1 byte, optional, default 0x00).
        #[tlv(tag = 0x81)]
        pub power_off_option: Option<RequestPowerOffOption>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Values of Power Off Option (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestPowerOffOption {
        /// `00`: Reset.
        #[tlv(value = 0x00)]
        Reset,
        /// `01`: Power Off.
        #[tlv(value = 0x01)]
        PowerOff,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestPowerOffOption {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Reset => Some("Reset"),
                Self::PowerOff => Some("Power Off"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestPowerOffOption {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x1F01 Reset Device (manual Table 158).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1F01;
        const NAME: &'static str = "Reset Device";
        type Response = Response;
    }
}
/// Command 0x1F02 - Set Notification Subscriptions. Manual Tables 161 and 162.
///
/// # Example
///
/// The manual's request example (Table 163), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0x1F, 0x02, 0x84, 0x02, 0x1F, 0x02,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod set_notification_subscriptions {
    use ::core::fmt;
    /// Command ID 0x1F02.
    pub const ID: u16 = 0x1F02;
    /// Request data of command 0x1F02 Set Notification Subscriptions (manual Table 161).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Subscribe (binary, 1 byte, optional, default 0x01).
        #[tlv(tag = 0x81)]
        pub subscribe: Option<RequestSubscribe>,
        /// `82` Notifications Affected (binary, 1 byte, optional, default 0x01).
        #[tlv(tag = 0x82)]
        pub notifications_affected: Option<RequestNotificationsAffected>,
        /// `83` Notification Message ID List (binary, variable length, optional, default Null).
        #[tlv(tag = 0x83)]
        pub notification_message_id_list: Option<Vec<u8>>,
        /// `A4` Interfaces (binary, variable length, optional, default Null).
        #[tlv(tag = 0xA4)]
        pub interfaces: Option<RequestInterfaces>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Values of Subscribe (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestSubscribe {
        /// `00`: Unsubscribe.
        #[tlv(value = 0x00)]
        Unsubscribe,
        /// `01`: Subscribe.
        #[tlv(value = 0x01)]
        Subscribe,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestSubscribe {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Unsubscribe => Some("Unsubscribe"),
                Self::Subscribe => Some("Subscribe"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestSubscribe {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Notifications Affected (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestNotificationsAffected {
        /// `00`: Listed Notifications.
        #[tlv(value = 0x00)]
        ListedNotifications,
        /// `01`: All Notifications.
        #[tlv(value = 0x01)]
        AllNotifications,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestNotificationsAffected {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ListedNotifications => Some("Listed Notifications"),
                Self::AllNotifications => Some("All Notifications"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestNotificationsAffected {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `A4` Interfaces: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestInterfaces {
        /// `81` Apply changes to the USB interface (0 bytes, optional).
        #[tlv(tag = 0x81)]
        pub apply_changes_to_the_usb_interface: Option<Vec<u8>>,
        /// `82` Apply changes to the WLAN interface (0 bytes, optional).
        #[tlv(tag = 0x82)]
        pub apply_changes_to_the_wlan_interface: Option<Vec<u8>>,
        /// `83` Apply changes to the Bluetooth® LE interface (0 bytes, optional).
        #[tlv(tag = 0x83)]
        pub apply_changes_to_the_bluetooth_le_interface: Option<Vec<u8>>,
        /// `84` Apply changes to the UART interface (0 bytes, optional).
        #[tlv(tag = 0x84)]
        pub apply_changes_to_the_uart_interface: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1F02 Set Notification Subscriptions (manual Table 162).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1F02;
        const NAME: &'static str = "Set Notification Subscriptions";
        type Response = Response;
    }
}
/// Command 0x1F03 - Extend Session. Manual Tables 165 and 166.
///
/// Limited to: Session Management Only.
///
/// # Example
///
/// The manual's request example (Table 167), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0x1F, 0x03, 0x84, 0x02, 0x1F, 0x03,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod extend_session {
    /// Command ID 0x1F03.
    pub const ID: u16 = 0x1F03;
    /// Request data of command 0x1F03 Extend Session (manual Table 165).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1F03 Extend Session (manual Table 166).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1F03;
        const NAME: &'static str = "Extend Session";
        type Response = Response;
    }
}
/// Command 0x1F04 - Terminate Bluetooth® LE Connection. Manual Tables 169 and 170.
///
/// Limited to: Bluetooth® LE Only.
///
/// # Example
///
/// The manual's request example (Table 171), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0x1F, 0x04, 0x84, 0x02, 0x1F, 0x04,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod terminate_bluetooth_le_connection {
    /// Command ID 0x1F04.
    pub const ID: u16 = 0x1F04;
    /// Request data of command 0x1F04 Terminate Bluetooth® LE Connection (manual Table 169).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1F04 Terminate Bluetooth® LE Connection (manual Table 170).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1F04;
        const NAME: &'static str = "Terminate Bluetooth® LE Connection";
        type Response = Response;
    }
}
/// Command 0x1F05 - Erase All Bluetooth® LE Bonds. Manual Tables 173 and 174.
///
/// Limited to: Bluetooth® LE Only.
///
/// # Example
///
/// The manual's request example (Table 175), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0x1F, 0x05, 0x84, 0x02, 0x1F, 0x05,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod erase_all_bluetooth_le_bonds {
    /// Command ID 0x1F05.
    pub const ID: u16 = 0x1F05;
    /// Request data of command 0x1F05 Erase All Bluetooth® LE Bonds (manual Table 173).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x1F05 Erase All Bluetooth® LE Bonds (manual Table 174).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x1F05;
        const NAME: &'static str = "Erase All Bluetooth® LE Bonds";
        type Response = Response;
    }
}
/// Command 0x2001 - Request PIN with Host Supplied Account Data. Manual Tables 177 and 178.
///
/// Limited to: Banking Functions Only.
///
/// # Example
///
/// The manual's request example (Table 179), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::request_pin_with_host_supplied_account_data::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x09, 0x20, 0x01, 0x84, 0x1C, 0x20, 0x01,
///     0x81, 0x01, 0x3C, 0x82, 0x01, 0x00, 0x83, 0x02, 0x08, 0x04, 0x85, 0x01,
///     0x00, 0xA1, 0x0B, 0x81, 0x01, 0x0C, 0x82, 0x06, 0x12, 0x34, 0x56, 0x78,
///     0x90, 0x12,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.timeout), [0x3C]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.user_interface_sequence), [0x00]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod request_pin_with_host_supplied_account_data {
    use ::core::fmt;
    use super::super::value_sets;
    /// Command ID 0x2001.
    pub const ID: u16 = 0x2001;
    /// Request data of command 0x2001 Request PIN with Host Supplied Account Data (manual Table 177).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Timeout (binary, 1 byte, required).
        ///
        /// Values: `00` Reserved, Not Allowed; `01..FF` 1 to 255 seconds.
        #[tlv(tag = 0x81)]
        pub timeout: u8,
        /// `82` User Interface Sequence (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub user_interface_sequence: RequestUserInterfaceSequence,
        /// `83` PIN Length Limits (binary, 2 bytes, required).
        #[tlv(tag = 0x83)]
        pub pin_length_limits: [u8; 2],
        /// `A1` Account Number Options (TLV, variable length, required).
        #[tlv(tag = 0xA1)]
        pub account_number_options: RequestAccountNumberOptions,
        /// `85` PIN Block Format (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub pin_block_format: value_sets::PinBlockFormat,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            timeout: u8,
            user_interface_sequence: RequestUserInterfaceSequence,
            pin_length_limits: [u8; 2],
            account_number_options: RequestAccountNumberOptions,
            pin_block_format: value_sets::PinBlockFormat,
        ) -> Self {
            Request {
                timeout,
                user_interface_sequence,
                pin_length_limits,
                account_number_options,
                pin_block_format,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of User Interface Sequence (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestUserInterfaceSequence {
        /// `00`: Enter PIN.
        #[tlv(value = 0x00)]
        EnterPin,
        /// `02`: PIN Incorrect, Try Again.
        #[tlv(value = 0x02)]
        PinIncorrectTryAgain,
        /// `03`: Enter PIN / Enter PIN Again.
        #[tlv(value = 0x03)]
        EnterPinEnterPinAgain,
        /// `05`: Enter PIN Again.
        #[tlv(value = 0x05)]
        EnterPinAgain,
        /// `FD`: Cancel PIN Session.
        #[tlv(value = 0xFD)]
        CancelPinSession,
        /// `FE`: PIN Entry Failed.
        #[tlv(value = 0xFE)]
        PinEntryFailed,
        /// `FF`: PIN Entry Successful.
        #[tlv(value = 0xFF)]
        PinEntrySuccessful,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestUserInterfaceSequence {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::EnterPin => Some("Enter PIN"),
                Self::PinIncorrectTryAgain => Some("PIN Incorrect, Try Again"),
                Self::EnterPinEnterPinAgain => Some("Enter PIN / Enter PIN Again"),
                Self::EnterPinAgain => Some("Enter PIN Again"),
                Self::CancelPinSession => Some("Cancel PIN Session"),
                Self::PinEntryFailed => Some("PIN Entry Failed"),
                Self::PinEntrySuccessful => Some("PIN Entry Successful"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestUserInterfaceSequence {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `A1` Account Number Options: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestAccountNumberOptions {
        /// `81` Account Number Length (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub account_number_length: u8,
        /// `82` Account Number (compressed numeric, variable length, optional).
        #[tlv(tag = 0x82)]
        pub account_number: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0x2001 Request PIN with Host Supplied Account Data (manual Table 178).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x2001;
        const NAME: &'static str = "Request PIN with Host Supplied Account Data";
        type Response = Response;
    }
}
/// Command 0x2002 - Request PIN with Card Supplied Account Data. Manual Tables 181 and 182.
///
/// Limited to: Banking Functions Only.
///
/// # Example
///
/// The manual's request example (Table 183), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::request_pin_with_card_supplied_account_data::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x0C, 0x20, 0x02, 0x84, 0x1C, 0x20, 0x02,
///     0x81, 0x01, 0x3C, 0xA3, 0x09, 0x81, 0x01, 0x01, 0x82, 0x01, 0x01, 0x83,
///     0x01, 0x01, 0xA4, 0x0A, 0x82, 0x01, 0x01, 0x83, 0x02, 0x08, 0x04, 0x85,
///     0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.timeout), [0x3C]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod request_pin_with_card_supplied_account_data {
    use ::core::fmt;
    /// Command ID 0x2002.
    pub const ID: u16 = 0x2002;
    /// Request data of command 0x2002 Request PIN with Card Supplied Account Data (manual Table 181).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Timeout (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub timeout: u8,
        /// `A3` Reader Options (constructed TLV, 9 bytes, required).
        #[tlv(tag = 0xA3)]
        pub reader_options: RequestReaderOptions,
        /// `A4` PIN Entry Options (binary, 10 bytes, required).
        #[tlv(tag = 0xA4)]
        pub pin_entry_options: RequestPinEntryOptions,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            timeout: u8,
            reader_options: RequestReaderOptions,
            pin_entry_options: RequestPinEntryOptions,
        ) -> Self {
            Request {
                timeout,
                reader_options,
                pin_entry_options,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A3` Reader Options: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct RequestReaderOptions {
        /// `81` Magnetic Stripe Reader Mode (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub magnetic_stripe_reader_mode: RequestReaderOptionsMagneticStripeReaderMode,
        /// `82` Contact Reader Mode (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub contact_reader_mode: RequestReaderOptionsMagneticStripeReaderMode,
        /// `83` Contactless Reader Mode (binary, 1 byte, required).
        #[tlv(tag = 0x83)]
        pub contactless_reader_mode: RequestReaderOptionsMagneticStripeReaderMode,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl RequestReaderOptions {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            magnetic_stripe_reader_mode: RequestReaderOptionsMagneticStripeReaderMode,
            contact_reader_mode: RequestReaderOptionsMagneticStripeReaderMode,
            contactless_reader_mode: RequestReaderOptionsMagneticStripeReaderMode,
        ) -> Self {
            RequestReaderOptions {
                magnetic_stripe_reader_mode,
                contact_reader_mode,
                contactless_reader_mode,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Magnetic Stripe Reader Mode (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestReaderOptionsMagneticStripeReaderMode {
        /// `00`: Disabled.
        #[tlv(value = 0x00)]
        Disabled,
        /// `01`: Enabled.
        #[tlv(value = 0x01)]
        Enabled,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestReaderOptionsMagneticStripeReaderMode {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Disabled => Some("Disabled"),
                Self::Enabled => Some("Enabled"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestReaderOptionsMagneticStripeReaderMode {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `A4` PIN Entry Options: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct RequestPinEntryOptions {
        /// `82` User Interface Sequence (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub user_interface_sequence: RequestPinEntryOptionsUserInterfaceSequence,
        /// `83` PIN Length Limits (binary, 2 bytes, required).
        #[tlv(tag = 0x83)]
        pub pin_length_limits: [u8; 2],
        /// `85` PIN Block Format (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub pin_block_format: RequestPinEntryOptionsPinBlockFormat,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl RequestPinEntryOptions {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            user_interface_sequence: RequestPinEntryOptionsUserInterfaceSequence,
            pin_length_limits: [u8; 2],
            pin_block_format: RequestPinEntryOptionsPinBlockFormat,
        ) -> Self {
            RequestPinEntryOptions {
                user_interface_sequence,
                pin_length_limits,
                pin_block_format,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of User Interface Sequence (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestPinEntryOptionsUserInterfaceSequence {
        /// `00`: Reserved.
        #[tlv(value = 0x00)]
        Reserved,
        /// `01`: Present Card / Enter PIN.
        #[tlv(value = 0x01)]
        PresentCardEnterPin,
        /// `02`: PIN Incorrect, Try Again.
        #[tlv(value = 0x02)]
        PinIncorrectTryAgain,
        /// `03`: Enter PIN / Enter PIN Again.
        #[tlv(value = 0x03)]
        EnterPinEnterPinAgain,
        /// `04`: Present Card / Enter PIN / Enter PIN Again.
        #[tlv(value = 0x04)]
        PresentCardEnterPinEnterPinAgain,
        /// `FD`: Cancel PIN Session.
        #[tlv(value = 0xFD)]
        CancelPinSession,
        /// `FE`: PIN Entry Failed.
        #[tlv(value = 0xFE)]
        PinEntryFailed,
        /// `FF`: PIN Entry Successful.
        #[tlv(value = 0xFF)]
        PinEntrySuccessful,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestPinEntryOptionsUserInterfaceSequence {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Reserved => Some("Reserved"),
                Self::PresentCardEnterPin => Some("Present Card / Enter PIN"),
                Self::PinIncorrectTryAgain => Some("PIN Incorrect, Try Again"),
                Self::EnterPinEnterPinAgain => Some("Enter PIN / Enter PIN Again"),
                Self::PresentCardEnterPinEnterPinAgain => {
                    Some("Present Card / Enter PIN / Enter PIN Again")
                }
                Self::CancelPinSession => Some("Cancel PIN Session"),
                Self::PinEntryFailed => Some("PIN Entry Failed"),
                Self::PinEntrySuccessful => Some("PIN Entry Successful"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestPinEntryOptionsUserInterfaceSequence {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of PIN Block Format (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestPinEntryOptionsPinBlockFormat {
        /// `00`: ISO Format 0.
        #[tlv(value = 0x00)]
        IsoFormat0,
        /// `01`: Reserved / Invalid.
        #[tlv(value = 0x01)]
        ReservedInvalid,
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
    impl RequestPinEntryOptionsPinBlockFormat {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::IsoFormat0 => Some("ISO Format 0"),
                Self::ReservedInvalid => Some("Reserved / Invalid"),
                Self::IsoFormat3 => Some("ISO Format 3"),
                Self::IsoFormat4 => Some("ISO Format 4"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestPinEntryOptionsPinBlockFormat {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0x2002 Request PIN with Card Supplied Account Data (manual Table 182).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0x2002;
        const NAME: &'static str = "Request PIN with Card Supplied Account Data";
        type Response = Response;
    }
}
/// Command 0xD101 - Get Property. Manual Tables 185 and 186.
///
/// # Example
///
/// The manual's request example (Table 187), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::get_property::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xD1, 0x01, 0x84, 0x0F, 0xD1, 0x01,
///     0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x02, 0xC1,
///     0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.property_type), [0x01]);
/// assert_eq!(payload.property_oid_tree_prefix.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x02, 0x07, 0x01, 0x01]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod get_property {
    use super::super::value_sets;
    /// Command ID 0xD101.
    pub const ID: u16 = 0xD101;
    /// Request data of command 0xD101 Get Property (manual Table 185).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Company ID (binary, variable length, optional, default 2B 06 01 04 01 F6 09).
        #[tlv(tag = 0x81)]
        pub company_id: Option<Vec<u8>>,
        /// `82` Device Family ID (binary, 3 bytes, optional, default Product dependent).
        ///
        /// Values: byte 1 `02` Apollo Platform; byte 2 `01` DynaFlex; byte 2 `02` DynaProx; byte 2 `03` DynaFlex II PED; byte 2 `04` DynaFlex II; byte 2 `05` DynaFlex II Go; byte 3 `00` Standard.
        #[tlv(tag = 0x82)]
        pub device_family_id: Option<[u8; 3]>,
        /// `85` Property Type (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub property_type: value_sets::PropertyType,
        /// `87` Property OID Tree Prefix (binary, variable length, optional, default Null).
        #[tlv(tag = 0x87)]
        pub property_oid_tree_prefix: Option<Vec<u8>>,
        /// `89` Property OID Remainder (binary, variable length, required).
        #[tlv(tag = 0x89)]
        pub property_oid_remainder: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            property_type: value_sets::PropertyType,
            property_oid_remainder: Vec<u8>,
        ) -> Self {
            Request {
                property_type,
                property_oid_remainder,
                company_id: None,
                device_family_id: None,
                property_oid_tree_prefix: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Response data of command 0xD101 Get Property (manual Table 186).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Company ID (binary, variable length, optional).
        #[tlv(tag = 0x81)]
        pub company_id: Option<Vec<u8>>,
        /// `82` Device Family ID (binary, 3 bytes, optional).
        #[tlv(tag = 0x82)]
        pub device_family_id: Option<[u8; 3]>,
        /// `85` Property Type (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub property_type: u8,
        /// `87` Property OID Tree Prefix (binary, variable length, optional).
        #[tlv(tag = 0x87)]
        pub property_oid_tree_prefix: Option<Vec<u8>>,
        /// `89` Property OID Remainder (binary, variable length, required).
        #[tlv(tag = 0x89)]
        pub property_oid_remainder: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD101;
        const NAME: &'static str = "Get Property";
        type Response = Response;
    }
}
/// Command 0xD111 - Set Property (Unsecured). Manual Tables 193 and 194.
///
/// # Example
///
/// The manual's request example (Table 195), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::set_property_unsecured::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xD1, 0x11, 0x84, 0x10, 0xD1, 0x11,
///     0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x03, 0xC1,
///     0x01, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.property_type), [0x01]);
/// assert_eq!(payload.property_oid_tree_prefix.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x02, 0x07, 0x01, 0x01]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod set_property_unsecured {
    use super::super::value_sets;
    /// Command ID 0xD111.
    pub const ID: u16 = 0xD111;
    /// Request data of command 0xD111 Set Property (Unsecured) (manual Table 193).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Company ID (binary, variable length, optional, default 2B 06 01 04 01 F6 09).
        #[tlv(tag = 0x81)]
        pub company_id: Option<Vec<u8>>,
        /// `82` Device Family ID (binary, 3 bytes, optional, default Product dependent).
        ///
        /// Values: byte 1 `02` Apollo Platform; byte 2 `01` DynaFlex; byte 2 `02` DynaProx; byte 2 `03` DynaFlex II PED; byte 2 `04` DynaFlex II; byte 2 `05` DynaFlex II Go; byte 3 `00` Standard.
        #[tlv(tag = 0x82)]
        pub device_family_id: Option<[u8; 3]>,
        /// `85` Property Type (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub property_type: value_sets::PropertyType,
        /// `87` Property OID Tree Prefix (binary, variable length, optional, default Null).
        #[tlv(tag = 0x87)]
        pub property_oid_tree_prefix: Option<Vec<u8>>,
        /// `89` Property OID Remainder (binary, variable length, required).
        #[tlv(tag = 0x89)]
        pub property_oid_remainder: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            property_type: value_sets::PropertyType,
            property_oid_remainder: Vec<u8>,
        ) -> Self {
            Request {
                property_type,
                property_oid_remainder,
                company_id: None,
                device_family_id: None,
                property_oid_tree_prefix: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Response data of command 0xD111 Set Property (Unsecured) (manual Table 194).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Company ID (binary, variable length, optional).
        #[tlv(tag = 0x81)]
        pub company_id: Option<Vec<u8>>,
        /// `82` Device Family ID (binary, 3 bytes, optional).
        #[tlv(tag = 0x82)]
        pub device_family_id: Option<[u8; 3]>,
        /// `85` Property Type (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub property_type: u8,
        /// `87` Property OID Tree Prefix (binary, variable length, optional).
        #[tlv(tag = 0x87)]
        pub property_oid_tree_prefix: Option<Vec<u8>>,
        /// `89` Property OID Remainder (binary, variable length, required).
        #[tlv(tag = 0x89)]
        pub property_oid_remainder: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD111;
        const NAME: &'static str = "Set Property (Unsecured)";
        type Response = Response;
    }
}
/// Command 0xD112 - Set Property (Secured). Manual Tables 193 and 194. Uses the tables of command 0xD111.
pub mod set_property_secured {
    use super::super::value_sets;
    /// Command ID 0xD112.
    pub const ID: u16 = 0xD112;
    /// Request data of command 0xD112 Set Property (Secured) (manual Table 193).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Company ID (binary, variable length, optional, default 2B 06 01 04 01 F6 09).
        #[tlv(tag = 0x81)]
        pub company_id: Option<Vec<u8>>,
        /// `82` Device Family ID (binary, 3 bytes, optional, default Product dependent).
        ///
        /// Values: byte 1 `02` Apollo Platform; byte 2 `01` DynaFlex; byte 2 `02` DynaProx; byte 2 `03` DynaFlex II PED; byte 2 `04` DynaFlex II; byte 2 `05` DynaFlex II Go; byte 3 `00` Standard.
        #[tlv(tag = 0x82)]
        pub device_family_id: Option<[u8; 3]>,
        /// `85` Property Type (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub property_type: value_sets::PropertyType,
        /// `87` Property OID Tree Prefix (binary, variable length, optional, default Null).
        #[tlv(tag = 0x87)]
        pub property_oid_tree_prefix: Option<Vec<u8>>,
        /// `89` Property OID Remainder (binary, variable length, required).
        #[tlv(tag = 0x89)]
        pub property_oid_remainder: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            property_type: value_sets::PropertyType,
            property_oid_remainder: Vec<u8>,
        ) -> Self {
            Request {
                property_type,
                property_oid_remainder,
                company_id: None,
                device_family_id: None,
                property_oid_tree_prefix: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Response data of command 0xD112 Set Property (Secured) (manual Table 194).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Company ID (binary, variable length, optional).
        #[tlv(tag = 0x81)]
        pub company_id: Option<Vec<u8>>,
        /// `82` Device Family ID (binary, 3 bytes, optional).
        #[tlv(tag = 0x82)]
        pub device_family_id: Option<[u8; 3]>,
        /// `85` Property Type (binary, 1 byte, required).
        #[tlv(tag = 0x85)]
        pub property_type: u8,
        /// `87` Property OID Tree Prefix (binary, variable length, optional).
        #[tlv(tag = 0x87)]
        pub property_oid_tree_prefix: Option<Vec<u8>>,
        /// `89` Property OID Remainder (binary, variable length, required).
        #[tlv(tag = 0x89)]
        pub property_oid_remainder: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD112;
        const NAME: &'static str = "Set Property (Secured)";
        type Response = Response;
    }
}
/// Command 0xD201 - Reset Properties to Defaults. Manual Tables 197 and 198.
///
/// The manual marks this section MagTek internal for now.
///
/// # Example
///
/// The manual's request example (Table 199), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::reset_properties_to_defaults::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x01, 0xD2, 0x01, 0x84, 0x05, 0xD2, 0x01,
///     0x81, 0x01, 0x01,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.default_values_to_use), [0x01]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod reset_properties_to_defaults {
    use ::core::fmt;
    /// Command ID 0xD201.
    pub const ID: u16 = 0xD201;
    /// Request data of command 0xD201 Reset Properties to Defaults (manual Table 197).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Default Values to Use (binary, 1 byte, required, default 01).
        #[tlv(tag = 0x81)]
        pub default_values_to_use: RequestDefaultValuesToUse,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(default_values_to_use: RequestDefaultValuesToUse) -> Self {
            Request {
                default_values_to_use,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Default Values to Use (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestDefaultValuesToUse {
        /// `01`: Use Firmware Defaults.
        #[tlv(value = 0x01)]
        UseFirmwareDefaults,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestDefaultValuesToUse {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::UseFirmwareDefaults => Some("Use Firmware Defaults"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestDefaultValuesToUse {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0xD201 Reset Properties to Defaults (manual Table 198).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD201;
        const NAME: &'static str = "Reset Properties to Defaults";
        type Response = Response;
    }
}
/// Command 0xD801 - Load Firmware File. Manual Tables 202 and 203.
///
/// # Example
///
/// The manual's response example (Table 204), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x82, 0x01, 0xD8, 0x01, 0x82, 0x04, 0x80, 0x02,
///     0x03, 0x16,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod load_firmware_file {
    use ::core::fmt;
    use super::super::value_sets;
    /// Command ID 0xD801.
    pub const ID: u16 = 0xD801;
    /// Request data of command 0xD801 Load Firmware File (manual Table 202).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Progress Indicator (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub progress_indicator: u8,
        /// `85` Image Type (binary, 2 bytes, required).
        #[tlv(tag = 0x85)]
        pub image_type: value_sets::ImageType,
        /// `86` Hash Checksum (binary, 32 bytes, optional).
        #[tlv(tag = 0x86)]
        pub hash_checksum: Option<[u8; 32]>,
        /// `87` Payload (binary, variable length, required).
        #[tlv(tag = 0x87)]
        pub payload: Vec<u8>,
        /// `88` Load Options (binary, 1 byte, optional, default 0x00).
        #[tlv(tag = 0x88)]
        pub load_options: Option<RequestLoadOptions>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            progress_indicator: u8,
            image_type: value_sets::ImageType,
            payload: Vec<u8>,
        ) -> Self {
            Request {
                progress_indicator,
                image_type,
                payload,
                hash_checksum: None,
                load_options: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Load Options (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestLoadOptions {
        /// `00`: Default mode.
        #[tlv(value = 0x00)]
        DefaultMode,
        /// `01`: Auto Commit.
        #[tlv(value = 0x01)]
        AutoCommit,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestLoadOptions {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::DefaultMode => Some("Default mode"),
                Self::AutoCommit => Some("Auto Commit"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestLoadOptions {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0xD801 Load Firmware File (manual Table 203).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD801;
        const NAME: &'static str = "Load Firmware File";
        type Response = Response;
    }
}
/// Command 0xD811 - Start Send File to Device (Secured). Manual Tables 207 and 208.
///
/// # Example
///
/// The manual's request example (Table 209), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x04, 0xD8, 0x11, 0x84, 0x81, 0x8F, 0xEE,
///     0xEE, 0xA1, 0x19, 0x81, 0x05, 0x03, 0x03, 0x06, 0x02, 0x08, 0x84, 0x00,
///     0x85, 0x00, 0xA8, 0x0A, 0x81, 0x02, 0x11, 0x02, 0x82, 0x00, 0x86, 0x00,
///     0x88, 0x00, 0xA9, 0x00, 0x82, 0x04, 0xFF, 0xFF, 0xFF, 0xF0, 0x83, 0x08,
///     0xC9, 0x65, 0x45, 0xF2, 0x97, 0x69, 0x85, 0xB1, 0x84, 0x4E, 0xD8, 0x11,
///     0x81, 0x04, 0x00, 0x00, 0x03, 0x00, 0xA2, 0x2B, 0x81, 0x04, 0x00, 0x00,
///     0x02, 0x99, 0x82, 0x01, 0x04, 0x83, 0x20, 0x87, 0xA4, 0xB3, 0x54, 0x61,
///     0xC5, 0xCB, 0xD3, 0x1D, 0xDC, 0xBA, 0x9D, 0x65, 0x25, 0x5A, 0xD4, 0x6A,
///     0x22, 0xFA, 0x51, 0x5E, 0xFD, 0x65, 0x87, 0xAF, 0xAC, 0xA8, 0x8C, 0x4F,
///     0xAF, 0x80, 0x9B, 0xA3, 0x14, 0x38, 0x31, 0x30, 0x38, 0x33, 0x30, 0x33,
///     0x30, 0x33, 0x30, 0x33, 0x30, 0x33, 0x30, 0x33, 0x33, 0x33, 0x30, 0x33,
///     0x30, 0x87, 0x01, 0x01, 0x9E, 0x10, 0x7D, 0xE4, 0x27, 0xC8, 0xA0, 0x70,
///     0x72, 0x08, 0x19, 0x0A, 0x1E, 0x0A, 0x3F, 0x48, 0xBB, 0xF1,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod start_send_file_to_device_secured {
    use super::super::{file_types, value_sets};
    /// Command ID 0xD811.
    pub const ID: u16 = 0xD811;
    /// Request data of command 0xD811 Start Send File to Device (Secured) (manual Table 207).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// `A2` File transfer properties (TLV, variable length, required).
        #[tlv(tag = 0xA2)]
        pub file_transfer_properties: RequestFileTransferProperties,
        /// `A3` File Description (TLV, variable length, required).
        #[tlv(tag = 0xA3)]
        pub file_description: RequestFileDescription,
        /// `87` Reserved for future use (binary, 1 byte, optional, default Null).
        #[tlv(tag = 0x87)]
        pub reserved_for_future_use: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            file_id: file_types::FileType,
            file_transfer_properties: RequestFileTransferProperties,
            file_description: RequestFileDescription,
        ) -> Self {
            Request {
                file_id,
                file_transfer_properties,
                file_description,
                reserved_for_future_use: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A2` File transfer properties: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct RequestFileTransferProperties {
        /// `81` Length of File Payload (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub length_of_file_payload: Vec<u8>,
        /// `82` Hash Checksum Type (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub hash_checksum_type: value_sets::HashChecksumType,
        /// `83` Hash Checksum (binary, 32 bytes, required).
        #[tlv(tag = 0x83)]
        pub hash_checksum: [u8; 32],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl RequestFileTransferProperties {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            length_of_file_payload: Vec<u8>,
            hash_checksum_type: value_sets::HashChecksumType,
            hash_checksum: [u8; 32],
        ) -> Self {
            RequestFileTransferProperties {
                length_of_file_payload,
                hash_checksum_type,
                hash_checksum,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A3` File Description: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestFileDescription {
        /// `81` File Name (binary, variable length, optional, default Null).
        #[tlv(tag = 0x81)]
        pub file_name: Option<Vec<u8>>,
        /// `82` File Label (binary, variable length, optional, default Null).
        #[tlv(tag = 0x82)]
        pub file_label: Option<Vec<u8>>,
        /// `83` File Version (binary, variable length, optional, default Null).
        #[tlv(tag = 0x83)]
        pub file_version: Option<Vec<u8>>,
        /// `84` File Date (binary, variable length, optional, default Null).
        #[tlv(tag = 0x84)]
        pub file_date: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xD811 Start Send File to Device (Secured) (manual Table 208).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD811;
        const NAME: &'static str = "Start Send File to Device (Secured)";
        type Response = Response;
    }
}
/// Command 0xD812 - Start Send File to Device (Unsecured). Manual Tables 211 and 212.
///
/// # Example
///
/// The manual's request example (Table 213), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::start_send_file_to_device_unsecured::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x07, 0xD8, 0x12, 0x84, 0x44, 0xD8, 0x12,
///     0x81, 0x04, 0x02, 0x00, 0x00, 0x00, 0xA2, 0x2B, 0x81, 0x04, 0x00, 0x02,
///     0x58, 0x38, 0x82, 0x01, 0x04, 0x83, 0x20, 0xD5, 0xB8, 0xBF, 0x2F, 0x3A,
///     0x15, 0xD9, 0xEE, 0x1D, 0x0D, 0xE5, 0x8E, 0xDD, 0x68, 0x37, 0x73, 0x18,
///     0x51, 0xC7, 0x3C, 0x3D, 0x79, 0x58, 0x2B, 0xA6, 0x07, 0x90, 0x5C, 0x2B,
///     0x86, 0x3C, 0xE5, 0xA3, 0x0A, 0x81, 0x08, 0x30, 0x32, 0x30, 0x30, 0x30,
///     0x30, 0x30, 0x30, 0x87, 0x01, 0x01,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.file_id), [0x02, 0x00, 0x00, 0x00]);
/// assert_eq!(payload.reserved_for_future_use.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x01]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod start_send_file_to_device_unsecured {
    use super::super::{file_types, value_sets};
    /// Command ID 0xD812.
    pub const ID: u16 = 0xD812;
    /// Request data of command 0xD812 Start Send File to Device (Unsecured) (manual Table 211).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// `A2` File transfer properties (TLV, variable length, required).
        #[tlv(tag = 0xA2)]
        pub file_transfer_properties: RequestFileTransferProperties,
        /// `A3` File Description (TLV, variable length, required).
        #[tlv(tag = 0xA3)]
        pub file_description: RequestFileDescription,
        /// `87` Reserved for future use (binary, 1 byte, optional, default Null).
        #[tlv(tag = 0x87)]
        pub reserved_for_future_use: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            file_id: file_types::FileType,
            file_transfer_properties: RequestFileTransferProperties,
            file_description: RequestFileDescription,
        ) -> Self {
            Request {
                file_id,
                file_transfer_properties,
                file_description,
                reserved_for_future_use: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A2` File transfer properties: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct RequestFileTransferProperties {
        /// `81` Length of File Payload (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub length_of_file_payload: Vec<u8>,
        /// `82` Hash Checksum Type (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub hash_checksum_type: value_sets::HashChecksumType,
        /// `83` Hash Checksum (binary, 32 bytes, required).
        #[tlv(tag = 0x83)]
        pub hash_checksum: [u8; 32],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl RequestFileTransferProperties {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            length_of_file_payload: Vec<u8>,
            hash_checksum_type: value_sets::HashChecksumType,
            hash_checksum: [u8; 32],
        ) -> Self {
            RequestFileTransferProperties {
                length_of_file_payload,
                hash_checksum_type,
                hash_checksum,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A3` File Description: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestFileDescription {
        /// `81` File Name (binary, variable length, optional, default Null).
        #[tlv(tag = 0x81)]
        pub file_name: Option<Vec<u8>>,
        /// `82` File Label (binary, variable length, optional, default Null).
        #[tlv(tag = 0x82)]
        pub file_label: Option<Vec<u8>>,
        /// `83` File Version (binary, variable length, optional, default Null).
        #[tlv(tag = 0x83)]
        pub file_version: Option<Vec<u8>>,
        /// `84` File Date (binary, variable length, optional, default Null).
        #[tlv(tag = 0x84)]
        pub file_date: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xD812 Start Send File to Device (Unsecured) (manual Table 212).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD812;
        const NAME: &'static str = "Start Send File to Device (Unsecured)";
        type Response = Response;
    }
}
/// Command 0xD821 - Start Get File from Device. Manual Tables 215 and 216.
///
/// # Example
///
/// The manual's request example (Table 217), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::start_get_file_from_device::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x08, 0xD8, 0x21, 0x84, 0x0B, 0xD8, 0x21,
///     0x81, 0x04, 0x00, 0x00, 0x00, 0x01, 0x87, 0x01, 0x01,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.file_id), [0x00, 0x00, 0x00, 0x01]);
/// assert_eq!(payload.progress_indicator_behavior.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x01]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod start_get_file_from_device {
    use ::core::fmt;
    use super::super::{file_types, value_sets};
    /// Command ID 0xD821.
    pub const ID: u16 = 0xD821;
    /// Request data of command 0xD821 Start Get File from Device (manual Table 215).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// `87` Progress indicator behavior (binary, 1 byte, optional, default Null).
        #[tlv(tag = 0x87)]
        pub progress_indicator_behavior: Option<RequestProgressIndicatorBehavior>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Values of Progress indicator behavior (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestProgressIndicatorBehavior {
        /// `00`: None.
        #[tlv(value = 0x00)]
        None,
        /// `01`: LED.
        #[tlv(value = 0x01)]
        Led,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestProgressIndicatorBehavior {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::None => Some("None"),
                Self::Led => Some("LED"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestProgressIndicatorBehavior {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0xD821 Start Get File from Device (manual Table 216).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Response {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// `A2` File transfer properties (TLV, variable length, required).
        #[tlv(tag = 0xA2)]
        pub file_transfer_properties: ResponseFileTransferProperties,
        /// `A3` File Description (TLV, variable length, required).
        #[tlv(tag = 0xA3)]
        pub file_description: ResponseFileDescription,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Response {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            file_id: file_types::FileType,
            file_transfer_properties: ResponseFileTransferProperties,
            file_description: ResponseFileDescription,
        ) -> Self {
            Response {
                file_id,
                file_transfer_properties,
                file_description,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A2` File transfer properties: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ResponseFileTransferProperties {
        /// `81` Length of File Payload (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub length_of_file_payload: Vec<u8>,
        /// `82` Hash Checksum Type (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub hash_checksum_type: value_sets::HashChecksumType,
        /// `83` Hash Checksum (binary, 32 bytes, required).
        #[tlv(tag = 0x83)]
        pub hash_checksum: [u8; 32],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ResponseFileTransferProperties {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            length_of_file_payload: Vec<u8>,
            hash_checksum_type: value_sets::HashChecksumType,
            hash_checksum: [u8; 32],
        ) -> Self {
            ResponseFileTransferProperties {
                length_of_file_payload,
                hash_checksum_type,
                hash_checksum,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A3` File Description: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ResponseFileDescription {
        /// `81` File Name (binary, variable length, optional, default Null).
        #[tlv(tag = 0x81)]
        pub file_name: Option<Vec<u8>>,
        /// `82` File Label (binary, variable length, optional, default Null).
        #[tlv(tag = 0x82)]
        pub file_label: Option<Vec<u8>>,
        /// `83` File Version (binary, variable length, optional, default Null).
        #[tlv(tag = 0x83)]
        pub file_version: Option<Vec<u8>>,
        /// `84` File Date (binary, variable length, optional, default Null).
        #[tlv(tag = 0x84)]
        pub file_date: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD821;
        const NAME: &'static str = "Start Get File from Device";
        type Response = Response;
    }
}
/// Command 0xD825 - Get File Info from Device. Manual Tables 219 and 220.
///
/// # Example
///
/// The manual's response example (Table 222), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::get_file_info_from_device::{Response, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x82, 0x08, 0xD8, 0x25, 0x82, 0x04, 0x00, 0x00,
///     0x00, 0x00, 0x84, 0x54, 0xD8, 0x25, 0x81, 0x04, 0x00, 0x00, 0x00, 0x01,
///     0xA2, 0x2B, 0x81, 0x04, 0x00, 0x00, 0x00, 0x40, 0x82, 0x01, 0x04, 0x83,
///     0x20, 0xFD, 0xEA, 0xB9, 0xAC, 0xF3, 0x71, 0x03, 0x62, 0xBD, 0x26, 0x58,
///     0xCD, 0xC9, 0xA2, 0x9E, 0x8F, 0x9C, 0x75, 0x7F, 0xCF, 0x98, 0x11, 0x60,
///     0x3A, 0x8C, 0x44, 0x7C, 0xD1, 0xD9, 0x15, 0x11, 0x08, 0xA3, 0x1D, 0x81,
///     0x0B, 0x54, 0x45, 0x53, 0x54, 0x5F, 0x31, 0x4B, 0x2E, 0x62, 0x69, 0x6E,
///     0x82, 0x05, 0x4C, 0x61, 0x62, 0x65, 0x6C, 0x83, 0x07, 0x31, 0x2E, 0x30,
///     0x2E, 0x30, 0x2E, 0x31,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Response = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.file_id), [0x00, 0x00, 0x00, 0x01]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod get_file_info_from_device {
    use super::super::{file_types, value_sets};
    /// Command ID 0xD825.
    pub const ID: u16 = 0xD825;
    /// Request data of command 0xD825 Get File Info from Device (manual Table 219).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xD825 Get File Info from Device (manual Table 220).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Response {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// `A2` File transfer properties (TLV, variable length, required).
        #[tlv(tag = 0xA2)]
        pub file_transfer_properties: ResponseFileTransferProperties,
        /// `A3` File Description (TLV, variable length, required).
        #[tlv(tag = 0xA3)]
        pub file_description: ResponseFileDescription,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Response {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            file_id: file_types::FileType,
            file_transfer_properties: ResponseFileTransferProperties,
            file_description: ResponseFileDescription,
        ) -> Self {
            Response {
                file_id,
                file_transfer_properties,
                file_description,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A2` File transfer properties: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ResponseFileTransferProperties {
        /// `81` Length of File (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub length_of_file: Vec<u8>,
        /// `82` Hash Checksum Type (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub hash_checksum_type: value_sets::HashChecksumType,
        /// `83` Hash Checksum (binary, 32 bytes, required).
        #[tlv(tag = 0x83)]
        pub hash_checksum: [u8; 32],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ResponseFileTransferProperties {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            length_of_file: Vec<u8>,
            hash_checksum_type: value_sets::HashChecksumType,
            hash_checksum: [u8; 32],
        ) -> Self {
            ResponseFileTransferProperties {
                length_of_file,
                hash_checksum_type,
                hash_checksum,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `A3` File Description: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ResponseFileDescription {
        /// `81` File Name (binary, variable length, optional, default Null).
        #[tlv(tag = 0x81)]
        pub file_name: Option<Vec<u8>>,
        /// `82` File Label (binary, variable length, optional, default Null).
        #[tlv(tag = 0x82)]
        pub file_label: Option<Vec<u8>>,
        /// `83` File Version (binary, variable length, optional, default Null).
        #[tlv(tag = 0x83)]
        pub file_version: Option<Vec<u8>>,
        /// `84` File Date (binary, variable length, optional, default Null).
        #[tlv(tag = 0x84)]
        pub file_date: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD825;
        const NAME: &'static str = "Get File Info from Device";
        type Response = Response;
    }
}
/// Command 0xD831 - Delete File from Device. Manual Tables 223 and 224.
///
/// # Example
///
/// The manual's request example (Table 225), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::delete_file_from_device::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x05, 0xD8, 0x31, 0x84, 0x08, 0xD8, 0x31,
///     0x81, 0x04, 0x02, 0x00, 0x00, 0x00,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.file_id), [0x02, 0x00, 0x00, 0x00]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod delete_file_from_device {
    use super::super::file_types;
    /// Command ID 0xD831.
    pub const ID: u16 = 0xD831;
    /// Request data of command 0xD831 Delete File from Device (manual Table 223).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x81)]
        pub file_id: file_types::FileType,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xD831 Delete File from Device (manual Table 224).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD831;
        const NAME: &'static str = "Delete File from Device";
        type Response = Response;
    }
}
/// Command 0xD901 - Commit Firmware from File. Manual Tables 227 and 228.
///
/// # Example
///
/// The manual's request example (Table 229), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::commit_firmware_from_file::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x02, 0xD9, 0x01, 0x84, 0x2E, 0xD9, 0x01,
///     0x81, 0x01, 0x03, 0x82, 0x01, 0x00, 0x85, 0x02, 0x00, 0x01, 0x86, 0x20,
///     0xDF, 0xC7, 0x1E, 0x09, 0xA3, 0xCE, 0x8E, 0x86, 0xB0, 0xF5, 0xB6, 0x75,
///     0xBE, 0xB7, 0x7A, 0x0E, 0x82, 0x33, 0xBF, 0xF1, 0x8A, 0xCD, 0x8F, 0x38,
///     0x34, 0xB0, 0xDB, 0x20, 0xD9, 0x40, 0x4B, 0x28,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.progress_indicator), [0x03]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.operation_options), [0x00]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod commit_firmware_from_file {
    use super::super::value_sets;
    /// Command ID 0xD901.
    pub const ID: u16 = 0xD901;
    /// Request data of command 0xD901 Commit Firmware from File (manual Table 227).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Progress Indicator (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub progress_indicator: u8,
        /// `82` Operation Options (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub operation_options: u8,
        /// `85` Image Type (binary, 2 bytes, required).
        #[tlv(tag = 0x85)]
        pub image_type: value_sets::ImageType,
        /// `86` Hash Checksum (binary, 32 bytes, required).
        #[tlv(tag = 0x86)]
        pub hash_checksum: [u8; 32],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            progress_indicator: u8,
            operation_options: u8,
            image_type: value_sets::ImageType,
            hash_checksum: [u8; 32],
        ) -> Self {
            Request {
                progress_indicator,
                operation_options,
                image_type,
                hash_checksum,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Response data of command 0xD901 Commit Firmware from File (manual Table 228).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xD901;
        const NAME: &'static str = "Commit Firmware from File";
        type Response = Response;
    }
}
/// Command 0xDF01 - Echo. Manual Tables 232 and 233.
///
/// # Example
///
/// The manual's request example (Table 234), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::echo::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x01, 0xDF, 0x01, 0x84, 0x07, 0xDF, 0x01,
///     0x81, 0x03, 0x01, 0x02, 0x03,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(payload.data_to_be_echoed.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![0x01, 0x02, 0x03]));
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod echo {
    /// Command ID 0xDF01.
    pub const ID: u16 = 0xDF01;
    /// Request data of command 0xDF01 Echo (manual Table 232).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Data to be echoed (binary, variable length, optional).
        #[tlv(tag = 0x81)]
        pub data_to_be_echoed: Option<Vec<u8>>,
        /// `82` Data to be echoed (binary, variable length, optional).
        #[tlv(tag = 0x82)]
        pub data_to_be_echoed_2: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xDF01 Echo (manual Table 233).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Data being echoed (binary, variable length, optional).
        #[tlv(tag = 0x81)]
        pub data_being_echoed: Option<Vec<u8>>,
        /// `82` Data being echoed (binary, variable length, optional).
        #[tlv(tag = 0x82)]
        pub data_being_echoed_2: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xDF01;
        const NAME: &'static str = "Echo";
        type Response = Response;
    }
}
/// Command 0xDF02 - Convert Binary Tag Data to Text.
///
/// The manual marks this section MagTek internal for now.
pub mod convert_binary_tag_data_to_text {
    /// Command ID 0xDF02.
    pub const ID: u16 = 0xDF02;
    /// Request data of command 0xDF02 Convert Binary Tag Data to Text: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xDF02 Convert Binary Tag Data to Text: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xDF02;
        const NAME: &'static str = "Convert Binary Tag Data to Text";
        type Response = Response;
    }
}
/// Command 0xE001 - Get Challenge. Manual Tables 236 and 237.
///
/// # Example
///
/// The manual's request example (Table 238), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::get_challenge::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x13, 0xE0, 0x01, 0x84, 0x06, 0xE0, 0x01,
///     0x81, 0x02, 0xF0, 0x12,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.request_id_to_be_protected), [0xF0, 0x12]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod get_challenge {
    /// Command ID 0xE001.
    pub const ID: u16 = 0xE001;
    /// Request data of command 0xE001 Get Challenge (manual Table 236).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Request ID to be protected (binary, 2 bytes, required).
        #[tlv(tag = 0x81)]
        pub request_id_to_be_protected: [u8; 2],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xE001 Get Challenge (manual Table 237).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` Request ID to be protected (binary, 2 bytes, required).
        #[tlv(tag = 0x81)]
        pub request_id_to_be_protected: [u8; 2],
        /// `82` Device Serial Number (binary, 4 bytes, required).
        #[tlv(tag = 0x82)]
        pub device_serial_number: [u8; 4],
        /// `83` Challenge Token (binary, 8 bytes, required).
        #[tlv(tag = 0x83)]
        pub challenge_token: [u8; 8],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xE001;
        const NAME: &'static str = "Get Challenge";
        type Response = Response;
    }
}
/// Command 0xEEEE - Send Secured Command to Device. Manual Tables 240.
///
/// # Example
///
/// The manual's request example (Table 241), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::send_secured_command_to_device::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x04, 0xD8, 0x11, 0x84, 0x81, 0x8F, 0xEE,
///     0xEE, 0xA1, 0x19, 0x81, 0x05, 0x03, 0x03, 0x06, 0x02, 0x08, 0x84, 0x00,
///     0x85, 0x00, 0xA8, 0x0A, 0x81, 0x02, 0x11, 0x02, 0x82, 0x00, 0x86, 0x00,
///     0x88, 0x00, 0xA9, 0x00, 0x82, 0x04, 0xFF, 0xFF, 0xFF, 0xF0, 0x83, 0x08,
///     0xC9, 0x65, 0x45, 0xF2, 0x97, 0x69, 0x85, 0xB1, 0x84, 0x4E, 0xD8, 0x11,
///     0x81, 0x04, 0x00, 0x00, 0x03, 0x00, 0xA2, 0x2B, 0x81, 0x04, 0x00, 0x00,
///     0x02, 0x99, 0x82, 0x01, 0x04, 0x83, 0x20, 0x87, 0xA4, 0xB3, 0x54, 0x61,
///     0xC5, 0xCB, 0xD3, 0x1D, 0xDC, 0xBA, 0x9D, 0x65, 0x25, 0x5A, 0xD4, 0x6A,
///     0x22, 0xFA, 0x51, 0x5E, 0xFD, 0x65, 0x87, 0xAF, 0xAC, 0xA8, 0x8C, 0x4F,
///     0xAF, 0x80, 0x9B, 0xA3, 0x14, 0x38, 0x31, 0x30, 0x38, 0x33, 0x30, 0x33,
///     0x30, 0x33, 0x30, 0x33, 0x30, 0x33, 0x30, 0x33, 0x33, 0x33, 0x30, 0x33,
///     0x30, 0x87, 0x01, 0x01, 0x9E, 0x10, 0x7D, 0xE4, 0x27, 0xC8, 0xA0, 0x70,
///     0x72, 0x08, 0x19, 0x0A, 0x1E, 0x0A, 0x3F, 0x48, 0xBB, 0xF1,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.serial_number), [0xFF, 0xFF, 0xFF, 0xF0]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.challenge_token), [0xC9, 0x65, 0x45, 0xF2, 0x97, 0x69, 0x85, 0xB1]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod send_secured_command_to_device {
    /// Command ID 0xEEEE.
    pub const ID: u16 = 0xEEEE;
    /// Request data of command 0xEEEE Send Secured Command to Device (manual Table 240).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `A1` Security Parameters (TLV, variable length, required).
        #[tlv(tag = 0xA1)]
        pub security_parameters: mms_message::TlvList,
        /// `82` Serial Number (binary, 4 bytes, required).
        #[tlv(tag = 0x82)]
        pub serial_number: [u8; 4],
        /// `83` Challenge Token (binary, 8 bytes, required).
        #[tlv(tag = 0x83)]
        pub challenge_token: [u8; 8],
        /// `84` Message Payload (binary, variable length, required).
        #[tlv(tag = 0x84)]
        pub message_payload: Vec<u8>,
        /// `9E` MAC or Signature (binary, variable length, required).
        #[tlv(tag = 0x9E)]
        pub mac_or_signature: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEEEE Send Secured Command to Device: the manual lists no parameters.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEEEE;
        const NAME: &'static str = "Send Secured Command to Device";
        type Response = Response;
    }
}
/// Command 0xEF01 - Load Key Using TR-31. Manual Tables 244 and 245.
///
/// # Example
///
/// The manual's request example (Table 246), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::load_key_using_tr_31::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x1A, 0xEF, 0x01, 0x84, 0x82, 0x01, 0x36,
///     0xEF, 0x01, 0x84, 0x82, 0x01, 0x30, 0x44, 0x30, 0x33, 0x30, 0x34, 0x42,
///     0x31, 0x54, 0x58, 0x30, 0x30, 0x4E, 0x30, 0x36, 0x30, 0x30, 0x49, 0x4B,
///     0x31, 0x38, 0x46, 0x46, 0x46, 0x46, 0x39, 0x38, 0x37, 0x36, 0x35, 0x34,
///     0x33, 0x32, 0x31, 0x30, 0x33, 0x30, 0x30, 0x30, 0x30, 0x30, 0x32, 0x31,
///     0x35, 0x38, 0x4D, 0x47, 0x54, 0x4B, 0x31, 0x30, 0x30, 0x31, 0x54, 0x31,
///     0x31, 0x30, 0x34, 0x32, 0x30, 0x30, 0x37, 0x31, 0x32, 0x30, 0x34, 0x31,
///     0x30, 0x38, 0x31, 0x32, 0x31, 0x30, 0x34, 0x30, 0x30, 0x33, 0x46, 0x33,
///     0x31, 0x30, 0x37, 0x42, 0x35, 0x30, 0x41, 0x46, 0x44, 0x32, 0x33, 0x32,
///     0x31, 0x30, 0x43, 0x39, 0x33, 0x36, 0x31, 0x39, 0x44, 0x44, 0x41, 0x41,
///     0x32, 0x31, 0x33, 0x36, 0x43, 0x37, 0x33, 0x33, 0x31, 0x30, 0x32, 0x30,
///     0x32, 0x30, 0x31, 0x32, 0x30, 0x34, 0x54, 0x31, 0x37, 0x31, 0x36, 0x33,
///     0x30, 0x5A, 0x4B, 0x50, 0x30, 0x45, 0x30, 0x31, 0x39, 0x33, 0x36, 0x46,
///     0x41, 0x33, 0x32, 0x45, 0x4B, 0x43, 0x30, 0x41, 0x30, 0x30, 0x34, 0x35,
///     0x30, 0x30, 0x54, 0x53, 0x31, 0x34, 0x32, 0x30, 0x32, 0x30, 0x30, 0x39,
///     0x30, 0x32, 0x54, 0x31, 0x35, 0x35, 0x38, 0x30, 0x32, 0x5A, 0x50, 0x42,
///     0x30, 0x34, 0x35, 0x37, 0x32, 0x31, 0x37, 0x46, 0x33, 0x34, 0x37, 0x31,
///     0x34, 0x43, 0x32, 0x42, 0x38, 0x38, 0x46, 0x33, 0x39, 0x35, 0x35, 0x32,
///     0x32, 0x32, 0x46, 0x46, 0x35, 0x39, 0x41, 0x41, 0x30, 0x35, 0x37, 0x44,
///     0x39, 0x39, 0x41, 0x46, 0x38, 0x32, 0x41, 0x37, 0x35, 0x37, 0x32, 0x46,
///     0x39, 0x33, 0x38, 0x46, 0x38, 0x33, 0x38, 0x42, 0x43, 0x36, 0x35, 0x45,
///     0x45, 0x35, 0x34, 0x46, 0x39, 0x34, 0x37, 0x46, 0x35, 0x39, 0x41, 0x30,
///     0x36, 0x43, 0x44, 0x34, 0x35, 0x35, 0x31, 0x39, 0x32, 0x32, 0x37, 0x41,
///     0x32, 0x35, 0x35, 0x43, 0x37, 0x44, 0x35, 0x44, 0x37, 0x43, 0x38, 0x36,
///     0x37, 0x34, 0x35, 0x30, 0x33, 0x46, 0x41, 0x43, 0x36, 0x46, 0x41, 0x37,
///     0x31, 0x33, 0x32, 0x43, 0x38, 0x46, 0x41, 0x39, 0x39, 0x36, 0x42, 0x34,
///     0x45, 0x42, 0x36, 0x41, 0x41, 0x31, 0x31, 0x34, 0x46, 0x45,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.key_block), [0x44, 0x30, 0x33, 0x30, 0x34, 0x42, 0x31, 0x54, 0x58, 0x30, 0x30, 0x4E, 0x30, 0x36, 0x30, 0x30, 0x49, 0x4B, 0x31, 0x38, 0x46, 0x46, 0x46, 0x46, 0x39, 0x38, 0x37, 0x36, 0x35, 0x34, 0x33, 0x32, 0x31, 0x30, 0x33, 0x30, 0x30, 0x30, 0x30, 0x30, 0x32, 0x31, 0x35, 0x38, 0x4D, 0x47, 0x54, 0x4B, 0x31, 0x30, 0x30, 0x31, 0x54, 0x31, 0x31, 0x30, 0x34, 0x32, 0x30, 0x30, 0x37, 0x31, 0x32, 0x30, 0x34, 0x31, 0x30, 0x38, 0x31, 0x32, 0x31, 0x30, 0x34, 0x30, 0x30, 0x33, 0x46, 0x33, 0x31, 0x30, 0x37, 0x42, 0x35, 0x30, 0x41, 0x46, 0x44, 0x32, 0x33, 0x32, 0x31, 0x30, 0x43, 0x39, 0x33, 0x36, 0x31, 0x39, 0x44, 0x44, 0x41, 0x41, 0x32, 0x31, 0x33, 0x36, 0x43, 0x37, 0x33, 0x33, 0x31, 0x30, 0x32, 0x30, 0x32, 0x30, 0x31, 0x32, 0x30, 0x34, 0x54, 0x31, 0x37, 0x31, 0x36, 0x33, 0x30, 0x5A, 0x4B, 0x50, 0x30, 0x45, 0x30, 0x31, 0x39, 0x33, 0x36, 0x46, 0x41, 0x33, 0x32, 0x45, 0x4B, 0x43, 0x30, 0x41, 0x30, 0x30, 0x34, 0x35, 0x30, 0x30, 0x54, 0x53, 0x31, 0x34, 0x32, 0x30, 0x32, 0x30, 0x30, 0x39, 0x30, 0x32, 0x54, 0x31, 0x35, 0x35, 0x38, 0x30, 0x32, 0x5A, 0x50, 0x42, 0x30, 0x34, 0x35, 0x37, 0x32, 0x31, 0x37, 0x46, 0x33, 0x34, 0x37, 0x31, 0x34, 0x43, 0x32, 0x42, 0x38, 0x38, 0x46, 0x33, 0x39, 0x35, 0x35, 0x32, 0x32, 0x32, 0x46, 0x46, 0x35, 0x39, 0x41, 0x41, 0x30, 0x35, 0x37, 0x44, 0x39, 0x39, 0x41, 0x46, 0x38, 0x32, 0x41, 0x37, 0x35, 0x37, 0x32, 0x46, 0x39, 0x33, 0x38, 0x46, 0x38, 0x33, 0x38, 0x42, 0x43, 0x36, 0x35, 0x45, 0x45, 0x35, 0x34, 0x46, 0x39, 0x34, 0x37, 0x46, 0x35, 0x39, 0x41, 0x30, 0x36, 0x43, 0x44, 0x34, 0x35, 0x35, 0x31, 0x39, 0x32, 0x32, 0x37, 0x41, 0x32, 0x35, 0x35, 0x43, 0x37, 0x44, 0x35, 0x44, 0x37, 0x43, 0x38, 0x36, 0x37, 0x34, 0x35, 0x30, 0x33, 0x46, 0x41, 0x43, 0x36, 0x46, 0x41, 0x37, 0x31, 0x33, 0x32, 0x43, 0x38, 0x46, 0x41, 0x39, 0x39, 0x36, 0x42, 0x34, 0x45, 0x42, 0x36, 0x41, 0x41, 0x31, 0x31, 0x34, 0x46, 0x45]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod load_key_using_tr_31 {
    /// Command ID 0xEF01.
    pub const ID: u16 = 0xEF01;
    /// Request data of command 0xEF01 Load Key Using TR-31 (manual Table 244).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `84` Key Block (binary, variable length, required).
        #[tlv(tag = 0x84)]
        pub key_block: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF01 Load Key Using TR-31 (manual Table 245).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF01;
        const NAME: &'static str = "Load Key Using TR-31";
        type Response = Response;
    }
}
/// Command 0xEF02 - Generate CSR keys. Manual Tables 248 and 249.
///
/// Limited to: WLAN Only.
///
/// # Example
///
/// The manual's request example (Table 250), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xEF, 0x02, 0x84, 0x02, 0xEF, 0x02,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod generate_csr_keys {
    /// Command ID 0xEF02.
    pub const ID: u16 = 0xEF02;
    /// Request data of command 0xEF02 Generate CSR keys (manual Table 248).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF02 Generate CSR keys (manual Table 249).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF02;
        const NAME: &'static str = "Generate CSR keys";
        type Response = Response;
    }
}
/// Command 0xEF03 - Generate CSR. Manual Tables 252 and 253.
///
/// Limited to: WLAN Only.
///
/// # Example
///
/// The manual's request example (Table 254), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xEF, 0x03, 0x84, 0x02, 0xEF, 0x03,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod generate_csr {
    /// Command ID 0xEF03.
    pub const ID: u16 = 0xEF03;
    /// Request data of command 0xEF03 Generate CSR (manual Table 252).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Key Identifier (binary, 1 byte, optional, default 0).
        #[tlv(tag = 0x81)]
        pub key_identifier: Option<u8>,
        /// `82` Subject (binary, variable length, optional).
        #[tlv(tag = 0x82)]
        pub subject: Option<Vec<u8>>,
        /// `83` Subject Alternative Names (binary, variable length, optional).
        #[tlv(tag = 0x83)]
        pub subject_alternative_names: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF03 Generate CSR (manual Table 253).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF03;
        const NAME: &'static str = "Generate CSR";
        type Response = Response;
    }
}
/// Command 0xEF04 - Load LTPK Protection Key. Manual Tables 256 and 257.
///
/// The manual marks this section MagTek internal for now.
///
/// # Example
///
/// The manual's request example (Table 258), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::load_ltpk_protection_key::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x06, 0xEF, 0x04, 0x84, 0x2B, 0xEF, 0x04,
///     0x81, 0x01, 0x01, 0x82, 0x20, 0x22, 0xF0, 0x66, 0x59, 0x0B, 0xDA, 0x04,
///     0xF7, 0xB9, 0x99, 0xB6, 0xB4, 0xB4, 0xBC, 0x2E, 0x0D, 0x95, 0x92, 0xC2,
///     0x7A, 0xB1, 0x55, 0x98, 0x2A, 0x31, 0xD3, 0x06, 0xCC, 0xE6, 0x6B, 0xCF,
///     0x85, 0x83, 0x02, 0x84, 0x99,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.action), [0x01]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.aes_256_key_32_bytes_of_key), [0x22, 0xF0, 0x66, 0x59, 0x0B, 0xDA, 0x04, 0xF7, 0xB9, 0x99, 0xB6, 0xB4, 0xB4, 0xBC, 0x2E, 0x0D, 0x95, 0x92, 0xC2, 0x7A, 0xB1, 0x55, 0x98, 0x2A, 0x31, 0xD3, 0x06, 0xCC, 0xE6, 0x6B, 0xCF, 0x85]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod load_ltpk_protection_key {
    /// Command ID 0xEF04.
    pub const ID: u16 = 0xEF04;
    /// Request data of command 0xEF04 Load LTPK Protection Key (manual Table 256).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Action (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub action: u8,
        /// `82` AES-256 Key 32 bytes of key (binary, 32 bytes, required).
        #[tlv(tag = 0x82)]
        pub aes_256_key_32_bytes_of_key: [u8; 32],
        /// `83` CRC-16-CCITT Checksum Polynomial X16 + X12 + X5 + 1 (binary, 2 bytes, required).
        #[tlv(tag = 0x83)]
        pub crc_16_ccitt_checksum_polynomial_x16_x12_x5_1: [u8; 2],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF04 Load LTPK Protection Key (manual Table 257).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF04;
        const NAME: &'static str = "Load LTPK Protection Key";
        type Response = Response;
    }
}
/// Command 0xEF05 - Load Encrypted LTPK and Version. Manual Tables 260 and 261.
///
/// The manual marks this section MagTek internal for now.
///
/// # Example
///
/// The manual's request example (Table 262), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::load_encrypted_ltpk_and_version::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x07, 0xEF, 0x05, 0x84, 0x81, 0x96, 0xEF,
///     0x05, 0x81, 0x01, 0x01, 0x82, 0x04, 0x00, 0x00, 0x00, 0x02, 0x83, 0x02,
///     0x00, 0x79, 0x85, 0x81, 0x80, 0xA1, 0x9A, 0x2D, 0xF7, 0xB9, 0x99, 0x57,
///     0x9B, 0x89, 0x5E, 0x58, 0x1B, 0xAD, 0x26, 0x52, 0x77, 0xEB, 0xB8, 0xAC,
///     0x6F, 0x6A, 0xBE, 0xA8, 0x21, 0xD6, 0x38, 0x0D, 0x54, 0x0B, 0x24, 0x65,
///     0xF4, 0xEC, 0xD4, 0x1D, 0x73, 0xE1, 0x5A, 0xBE, 0x9F, 0x13, 0x6B, 0x85,
///     0xDD, 0x96, 0x60, 0xFD, 0x33, 0x6C, 0x23, 0x15, 0x14, 0x0B, 0x53, 0xAC,
///     0xFF, 0xEF, 0x1C, 0x1B, 0x22, 0xBD, 0x56, 0xD7, 0x86, 0x6D, 0x82, 0xD4,
///     0xE0, 0xE6, 0x0B, 0xF5, 0x07, 0xE6, 0x5D, 0xA5, 0xEF, 0xC2, 0x89, 0xA1,
///     0x33, 0x28, 0xE1, 0xC7, 0xD2, 0x00, 0x7C, 0x8C, 0xB8, 0xC5, 0xD5, 0xF9,
///     0x5B, 0xD7, 0x4F, 0xED, 0xBB, 0x40, 0x9F, 0x10, 0x1D, 0x43, 0x08, 0x97,
///     0x5B, 0x4A, 0x1F, 0xD4, 0x50, 0xEB, 0x2B, 0x73, 0x82, 0xC9, 0xC9, 0x6C,
///     0x4C, 0x9C, 0xBC, 0x05, 0xF0, 0x74, 0x11, 0x3E, 0x7E, 0x9C, 0x60, 0x02,
///     0xDC, 0x86, 0x02, 0x69, 0xDF,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.action), [0x01]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.key_version), [0x00, 0x00, 0x00, 0x02]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod load_encrypted_ltpk_and_version {
    /// Command ID 0xEF05.
    pub const ID: u16 = 0xEF05;
    /// Request data of command 0xEF05 Load Encrypted LTPK and Version (manual Table 260).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Action (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub action: u8,
        /// `82` Key Version (binary, 4 bytes, required).
        #[tlv(tag = 0x82)]
        pub key_version: [u8; 4],
        /// `83` Raw Key (binary, 2 bytes, required).
        #[tlv(tag = 0x83)]
        pub raw_key: [u8; 2],
        /// `85` Encrypted Key Length (binary, variable length, required).
        #[tlv(tag = 0x85)]
        pub encrypted_key_length: Vec<u8>,
        /// `86` CRC-16-CCITT Checksum Polynomial X16 + X12 + X5 + 1 (binary, 2 bytes, required).
        #[tlv(tag = 0x86)]
        pub crc_16_ccitt_checksum_polynomial_x16_x12_x5_1: [u8; 2],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF05 Load Encrypted LTPK and Version (manual Table 261).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `81` LTPK Key Version (binary, 4 bytes, required).
        #[tlv(tag = 0x81)]
        pub ltpk_key_version: [u8; 4],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF05;
        const NAME: &'static str = "Load Encrypted LTPK and Version";
        type Response = Response;
    }
}
/// Command 0xEF06 - Change Device Lock State. Manual Tables 264 and 265.
///
/// # Example
///
/// The manual's request example (Table 266), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::change_device_lock_state::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xEF, 0x06, 0x84, 0x0E, 0xEF, 0x06,
///     0x81, 0x01, 0x00, 0x82, 0x01, 0x00, 0x83, 0x04, 0x34, 0x33, 0x32, 0x31,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.device_lock_state), [0x00]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.passcode_format), [0x00]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod change_device_lock_state {
    use ::core::fmt;
    /// Command ID 0xEF06.
    pub const ID: u16 = 0xEF06;
    /// Request data of command 0xEF06 Change Device Lock State (manual Table 264).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Request {
        /// `81` Device Lock State (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub device_lock_state: RequestDeviceLockState,
        /// `82` Passcode Format (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub passcode_format: RequestPasscodeFormat,
        /// `83` Passcode (binary, length 4..99, required).
        #[tlv(tag = 0x83)]
        pub passcode: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Request {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            device_lock_state: RequestDeviceLockState,
            passcode_format: RequestPasscodeFormat,
            passcode: Vec<u8>,
        ) -> Self {
            Request {
                device_lock_state,
                passcode_format,
                passcode,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Device Lock State (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestDeviceLockState {
        /// `00`: Unlocked.
        #[tlv(value = 0x00)]
        Unlocked,
        /// `01`: Locked.
        #[tlv(value = 0x01)]
        Locked,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestDeviceLockState {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Unlocked => Some("Unlocked"),
                Self::Locked => Some("Locked"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestDeviceLockState {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Passcode Format (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestPasscodeFormat {
        /// `00`: Clear.
        #[tlv(value = 0x00)]
        Clear,
        /// `01`: Fixed SHA-256.
        #[tlv(value = 0x01)]
        FixedSha256,
        /// `02`: Variable SHA-256.
        #[tlv(value = 0x02)]
        VariableSha256,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestPasscodeFormat {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Clear => Some("Clear"),
                Self::FixedSha256 => Some("Fixed SHA-256"),
                Self::VariableSha256 => Some("Variable SHA-256"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for RequestPasscodeFormat {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Response data of command 0xEF06 Change Device Lock State (manual Table 265).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF06;
        const NAME: &'static str = "Change Device Lock State";
        type Response = Response;
    }
}
/// Command 0xEF07 - Change Device Lock Passcode. Manual Tables 268 and 269.
///
/// # Example
///
/// The manual's request example (Table 270), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::change_device_lock_passcode::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xEF, 0x07, 0x84, 0x0E, 0xEF, 0x07,
///     0x81, 0x04, 0x34, 0x33, 0x32, 0x31, 0x82, 0x04, 0x34, 0x33, 0x32, 0x31,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.current_passcode), [0x34, 0x33, 0x32, 0x31]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.new_passcode), [0x34, 0x33, 0x32, 0x31]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod change_device_lock_passcode {
    /// Command ID 0xEF07.
    pub const ID: u16 = 0xEF07;
    /// Request data of command 0xEF07 Change Device Lock Passcode (manual Table 268).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Current Passcode (binary, length 4..99, required).
        #[tlv(tag = 0x81)]
        pub current_passcode: Vec<u8>,
        /// `82` New Passcode (binary, length 4..99, required).
        #[tlv(tag = 0x82)]
        pub new_passcode: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF07 Change Device Lock Passcode (manual Table 269).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF07;
        const NAME: &'static str = "Change Device Lock Passcode";
        type Response = Response;
    }
}
/// Command 0xEF08 - Reset Device Lock Passcode. Manual Tables 272 and 273.
///
/// The manual marks this section MagTek internal for now.
///
/// # Example
///
/// The manual's request example (Table 274), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::reset_device_lock_passcode::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x55, 0xEF, 0x08, 0x84, 0x08, 0xEF, 0x08,
///     0x81, 0x04, 0xBE, 0x00, 0x1B, 0xB0,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.device_serial_number), [0xBE, 0x00, 0x1B, 0xB0]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod reset_device_lock_passcode {
    /// Command ID 0xEF08.
    pub const ID: u16 = 0xEF08;
    /// Request data of command 0xEF08 Reset Device Lock Passcode (manual Table 272).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Device Serial Number (binary, 4 bytes, required).
        #[tlv(tag = 0x81)]
        pub device_serial_number: [u8; 4],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF08 Reset Device Lock Passcode (manual Table 273).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF08;
        const NAME: &'static str = "Reset Device Lock Passcode";
        type Response = Response;
    }
}
/// Command 0xEF09 - Encrypt User Data. Manual Tables 277 and 278.
///
/// # Example
///
/// The manual's request example (Table 280), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x03, 0xEF, 0x09, 0x84, 0x3E, 0xEF, 0x09,
///     0xA3, 0x3A, 0x81, 0x20, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
///     0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13,
///     0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
///     0x82, 0x06, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x83, 0x06, 0x06, 0x07,
///     0x08, 0x09, 0x0A, 0x0B, 0x84, 0x06, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod encrypt_user_data {
    /// Command ID 0xEF09.
    pub const ID: u16 = 0xEF09;
    /// Request data of command 0xEF09 Encrypt User Data (manual Table 277).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `A3` User data parameters for item \#0 to item \#3 (binary, variable length, required).
        #[tlv(tag = 0xA3)]
        pub user_data_parameters_for_item_number_0_to_item_number_3: RequestUserDataParametersForItemNumber0ToItemNumber3,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A3` User data parameters for item \#0 to item \#3: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RequestUserDataParametersForItemNumber0ToItemNumber3 {
        /// `81` User data item \#0 (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub user_data_item_number_0: Vec<u8>,
        /// `82` User data item \#1 (binary, variable length, optional).
        #[tlv(tag = 0x82)]
        pub user_data_item_number_1: Option<Vec<u8>>,
        /// `83` User data item \#2 (binary, variable length, optional).
        #[tlv(tag = 0x83)]
        pub user_data_item_number_2: Option<Vec<u8>>,
        /// `84` User data Item \#3 (binary, variable length, optional).
        #[tlv(tag = 0x84)]
        pub user_data_item_number_3: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF09 Encrypt User Data (manual Table 278).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `F8` Container for Encrypted Data (TLV, variable length, required).
        #[tlv(tag = 0xF8)]
        pub container_for_encrypted_data: ResponseContainerForEncryptedData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F8` Container for Encrypted Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ResponseContainerForEncryptedData {
        /// `DFDF59` Encrypted Data Primitive (binary, variable length, required).
        #[tlv(tag = 0xDFDF59)]
        pub encrypted_data_primitive: Vec<u8>,
        /// `DFDF56` Encrypted Data KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF56)]
        pub encrypted_data_ksn: Vec<u8>,
        /// `DFDF57` Encrypted Data Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF57)]
        pub encrypted_data_encryption_type: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF09;
        const NAME: &'static str = "Encrypt User Data";
        type Response = Response;
    }
}
/// Command 0xEF11 - Get Key Info. Manual Tables 282 and 283.
///
/// # Example
///
/// The manual's request example (Table 284), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::get_key_info::{Request, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x21, 0xEF, 0x11, 0x84, 0x06, 0xEF, 0x11,
///     0x81, 0x02, 0x20, 0x07,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Request = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.key_slot_id), [0x20, 0x07]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod get_key_info {
    use ::core::fmt;
    /// Command ID 0xEF11.
    pub const ID: u16 = 0xEF11;
    /// Request data of command 0xEF11 Get Key Info (manual Table 282).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Key Slot ID (binary, 2 bytes, required).
        #[tlv(tag = 0x81)]
        pub key_slot_id: [u8; 2],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xEF11 Get Key Info (manual Table 283).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct Response {
        /// `81` Key Slot Information (binary, 4 bytes, required).
        #[tlv(tag = 0x81)]
        pub key_slot_information: ResponseKeySlotInformation,
        /// `82` Loaded Key Information (binary, 6 bytes, optional).
        #[tlv(tag = 0x82)]
        pub loaded_key_information: Option<ResponseLoadedKeyInformation>,
        /// `83` Key Check Value For AES-CMAC (binary, variable length, optional).
        #[tlv(tag = 0x83)]
        pub key_check_value_for_aes_cmac: Option<Vec<u8>>,
        /// `84` Key Derivation Information (binary, variable length, optional).
        #[tlv(tag = 0x84)]
        pub key_derivation_information: Option<Vec<u8>>,
        /// `A6` Restrictions Reserved (binary, variable length, optional).
        #[tlv(tag = 0xA6)]
        pub restrictions_reserved: Option<ResponseRestrictionsReserved>,
        /// `89` Timestamp (binary, variable length, optional).
        #[tlv(tag = 0x89)]
        pub timestamp: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl Response {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(key_slot_information: ResponseKeySlotInformation) -> Self {
            Response {
                key_slot_information,
                loaded_key_information: None,
                key_check_value_for_aes_cmac: None,
                key_derivation_information: None,
                restrictions_reserved: None,
                timestamp: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Key Slot Status (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum ResponseKeySlotInformationKeySlotStatus {
        /// `00`: Empty.
        #[tlv(value = 0x00)]
        Empty,
        /// `01`: Loaded (Key not assigned purpose).
        #[tlv(value = 0x01)]
        LoadedKeyNotAssignedPurpose,
        /// `02`: Loaded & Active.
        #[tlv(value = 0x02)]
        LoadedActive,
        /// `03`: Exhausted.
        #[tlv(value = 0x03)]
        Exhausted,
        /// `04`: Expired (Reserved, certificate status).
        #[tlv(value = 0x04)]
        ExpiredReservedCertificateStatus,
        /// `FF`: Not supported in this device.
        #[tlv(value = 0xFF)]
        NotSupportedInThisDevice,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl ResponseKeySlotInformationKeySlotStatus {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Empty => Some("Empty"),
                Self::LoadedKeyNotAssignedPurpose => {
                    Some("Loaded (Key not assigned purpose)")
                }
                Self::LoadedActive => Some("Loaded & Active"),
                Self::Exhausted => Some("Exhausted"),
                Self::ExpiredReservedCertificateStatus => {
                    Some("Expired (Reserved, certificate status)")
                }
                Self::NotSupportedInThisDevice => Some("Not supported in this device"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for ResponseKeySlotInformationKeySlotStatus {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `81` Key Slot Information: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct ResponseKeySlotInformation {
        /// Key Slot Status (1 byte).
        pub key_slot_status: ResponseKeySlotInformationKeySlotStatus,
        /// Key Slot Type (1 byte).
        pub key_slot_type: u8,
        /// Transport Key Slot ID (2 bytes).
        pub transport_key_slot_id: [u8; 2],
    }
    /// Values of Encoding of Algorithm & Length (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum ResponseLoadedKeyInformationEncodingOfAlgorithmAndLength {
        /// `01`: DEA.
        #[tlv(value = 0x01)]
        Dea,
        /// `02`: 2TDEA.
        #[tlv(value = 0x02)]
        V2tdea,
        /// `03`: 3TDEA.
        #[tlv(value = 0x03)]
        V3tdea,
        /// `04`: AES128.
        #[tlv(value = 0x04)]
        Aes128,
        /// `05`: AES192.
        #[tlv(value = 0x05)]
        Aes192,
        /// `06`: AES256.
        #[tlv(value = 0x06)]
        Aes256,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl ResponseLoadedKeyInformationEncodingOfAlgorithmAndLength {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Dea => Some("DEA"),
                Self::V2tdea => Some("2TDEA"),
                Self::V3tdea => Some("3TDEA"),
                Self::Aes128 => Some("AES128"),
                Self::Aes192 => Some("AES192"),
                Self::Aes256 => Some("AES256"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for ResponseLoadedKeyInformationEncodingOfAlgorithmAndLength {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `82` Loaded Key Information: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct ResponseLoadedKeyInformation {
        /// Key Environment (1 byte).
        pub key_environment: u8,
        /// TR-31 Attributes (4 bytes).
        pub tr_31_attributes: [u8; 4],
        /// Encoding of Algorithm & Length (1 byte).
        pub encoding_of_algorithm_and_length: ResponseLoadedKeyInformationEncodingOfAlgorithmAndLength,
    }
    /// `A6` Restrictions Reserved: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ResponseRestrictionsReserved {
        /// `81` DUKPT Restrictions (binary, 2 bytes, optional).
        #[tlv(tag = 0x81)]
        pub dukpt_restrictions: Option<[u8; 2]>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xEF11;
        const NAME: &'static str = "Get Key Info";
        type Response = Response;
    }
}
/// Command 0xF012 - Force Tamper. Manual Tables 286 and 287.
///
/// The manual marks this section MagTek internal.
///
/// # Example
///
/// The manual's request example (Table 288), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x14, 0xF0, 0x12, 0x84, 0x81, 0xCA, 0xEE,
///     0xEE, 0xA1, 0x24, 0x81, 0x04, 0x02, 0x01, 0x04, 0x05, 0x84, 0x00, 0x85,
///     0x00, 0xA8, 0x16, 0x81, 0x02, 0x00, 0x00, 0x82, 0x07, 0x45, 0x43, 0x43,
///     0x53, 0x49, 0x47, 0x4E, 0x86, 0x05, 0x45, 0x43, 0x44, 0x53, 0x41, 0x88,
///     0x00, 0xA9, 0x00, 0x82, 0x04, 0xB5, 0x03, 0x3D, 0xA0, 0x83, 0x08, 0x3B,
///     0x4F, 0xA0, 0x62, 0x69, 0xBB, 0x73, 0x38, 0x84, 0x02, 0xF0, 0x12, 0x9E,
///     0x81, 0x8B, 0x30, 0x81, 0x88, 0x02, 0x42, 0x01, 0xF7, 0x60, 0xF4, 0x89,
///     0x8A, 0x81, 0x6D, 0xE2, 0x4E, 0x6C, 0x5D, 0xD1, 0x66, 0x41, 0xA4, 0x34,
///     0x54, 0xE7, 0x32, 0x93, 0x48, 0x3D, 0xE5, 0x7D, 0x2C, 0xC6, 0x16, 0xF6,
///     0xE8, 0xCC, 0x98, 0xC6, 0x5D, 0x26, 0xA6, 0x20, 0x60, 0xB7, 0xD1, 0xEF,
///     0x78, 0xDB, 0x85, 0x32, 0x82, 0x72, 0x67, 0x23, 0x8B, 0x04, 0x00, 0x93,
///     0x98, 0x14, 0x4E, 0x2C, 0x47, 0x1A, 0x3B, 0xF6, 0xB6, 0xB8, 0x93, 0xD2,
///     0xEA, 0x02, 0x42, 0x01, 0x84, 0xB4, 0xA4, 0x5C, 0x9F, 0xD8, 0xEC, 0xAD,
///     0xE2, 0x29, 0xF8, 0xAD, 0x8B, 0xDD, 0xAF, 0x4C, 0x4E, 0x85, 0xF9, 0xB9,
///     0xE2, 0xAC, 0x7E, 0x7D, 0x3B, 0xAE, 0xDB, 0x83, 0x47, 0xAD, 0x1B, 0x95,
///     0x91, 0x32, 0xC4, 0xAA, 0x0F, 0x31, 0xB0, 0x8C, 0x1B, 0x2D, 0xAD, 0xC0,
///     0x76, 0x4C, 0xA1, 0xAB, 0xD2, 0x9F, 0x3B, 0x25, 0x6A, 0x87, 0x36, 0xAC,
///     0x40, 0x67, 0xB9, 0x33, 0x5B, 0x20, 0x36, 0x50, 0x30,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod force_tamper {
    /// Command ID 0xF012.
    pub const ID: u16 = 0xF012;
    /// Request data of command 0xF012 Force Tamper (manual Table 286).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xF012 Force Tamper (manual Table 287).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xF012;
        const NAME: &'static str = "Force Tamper";
        type Response = Response;
    }
}
/// Command 0xF014 - Read Log. Manual Tables 290 and 291.
///
/// The manual marks this section MagTek internal.
///
/// # Example
///
/// The manual's request example (Table 293), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x32, 0xF0, 0x14, 0x84, 0x81, 0xCA, 0xEE,
///     0xEE, 0xA1, 0x24, 0x81, 0x04, 0x02, 0x01, 0x04, 0x05, 0x84, 0x00, 0x85,
///     0x00, 0xA8, 0x16, 0x81, 0x02, 0x00, 0x00, 0x82, 0x07, 0x45, 0x43, 0x43,
///     0x53, 0x49, 0x47, 0x4E, 0x86, 0x05, 0x45, 0x43, 0x44, 0x53, 0x41, 0x88,
///     0x00, 0xA9, 0x00, 0x82, 0x04, 0xBE, 0x00, 0x06, 0x80, 0x83, 0x08, 0x88,
///     0xD3, 0xF5, 0x28, 0x2B, 0xCF, 0x07, 0xED, 0x84, 0x02, 0xF0, 0x14, 0x9E,
///     0x81, 0x8B, 0x30, 0x81, 0x88, 0x02, 0x42, 0x00, 0x99, 0xF6, 0x96, 0x30,
///     0x7D, 0x27, 0xCB, 0x59, 0xB8, 0xA9, 0xF1, 0xC1, 0x7A, 0xC5, 0xA8, 0xD1,
///     0x62, 0xC2, 0x8A, 0x5A, 0x9A, 0xF2, 0x82, 0x25, 0xDD, 0xAF, 0xA7, 0xC6,
///     0x62, 0xD3, 0x57, 0x70, 0xDB, 0x52, 0xE6, 0xEC, 0x77, 0x7F, 0x20, 0x2D,
///     0xCE, 0xDB, 0xF0, 0x5E, 0x84, 0x77, 0xB4, 0x7B, 0xEA, 0x8F, 0x42, 0xFB,
///     0x6B, 0x49, 0x41, 0x6F, 0x78, 0x33, 0x08, 0xDB, 0x31, 0x94, 0xD0, 0x2A,
///     0x18, 0x02, 0x42, 0x00, 0x93, 0x06, 0x2A, 0xCF, 0x5C, 0x29, 0x4E, 0xD5,
///     0xFE, 0x7B, 0x1D, 0x00, 0x3E, 0x68, 0xC9, 0xDA, 0x4D, 0x94, 0x16, 0xDA,
///     0xF9, 0x86, 0xCC, 0xBB, 0x18, 0x54, 0x2E, 0xC4, 0x44, 0x28, 0xB8, 0x1C,
///     0x62, 0xCF, 0x9E, 0x47, 0x46, 0x20, 0x7C, 0x20, 0xEF, 0xDF, 0x71, 0x05,
///     0x49, 0xB7, 0xF9, 0xF7, 0xA0, 0x0B, 0x4D, 0x7C, 0x6C, 0x77, 0xEB, 0x93,
///     0xAF, 0xD3, 0x40, 0xED, 0x3A, 0x28, 0x10, 0xA9, 0xB4,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod read_log {
    /// Command ID 0xF014.
    pub const ID: u16 = 0xF014;
    /// Request data of command 0xF014 Read Log (manual Table 290).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xF014 Read Log (manual Table 291).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `83` System Event Log (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub system_event_log: ResponseSystemEventLog,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `83` System Event Log: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct ResponseSystemEventLog {
        /// Number of Events (2 bytes).
        pub number_of_events: u16,
        /// Length of Each Event (2 bytes).
        pub length_of_each_event: u16,
        /// Event Log (variable length).
        pub event_log: Vec<u8>,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xF014;
        const NAME: &'static str = "Read Log";
        type Response = Response;
    }
}
/// Command 0xF015 - Read Log & Clear Tamper. Manual Tables 295 and 296.
///
/// The manual marks this section MagTek internal.
///
/// # Example
///
/// The manual's request example (Table 298), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x0F, 0xF0, 0x15, 0x84, 0x81, 0xC8, 0xEE,
///     0xEE, 0xA1, 0x24, 0x81, 0x04, 0x02, 0x01, 0x06, 0x05, 0x84, 0x00, 0x85,
///     0x00, 0xA8, 0x16, 0x81, 0x02, 0x00, 0x00, 0x82, 0x07, 0x45, 0x43, 0x43,
///     0x53, 0x49, 0x47, 0x4E, 0x86, 0x05, 0x45, 0x43, 0x44, 0x53, 0x41, 0x88,
///     0x00, 0xA9, 0x00, 0x82, 0x04, 0xB5, 0x03, 0x3D, 0xA0, 0x83, 0x08, 0x5B,
///     0x6B, 0x45, 0x4B, 0x00, 0x5B, 0xCE, 0x31, 0x84, 0x02, 0xF0, 0x15, 0x9E,
///     0x81, 0x89, 0x30, 0x81, 0x86, 0x02, 0x41, 0x52, 0x5B, 0x04, 0x9A, 0xC7,
///     0xCC, 0x56, 0xDE, 0x5A, 0xEA, 0x89, 0x62, 0x47, 0xBB, 0xB8, 0x0D, 0x93,
///     0x80, 0xCE, 0xC8, 0xAD, 0x6E, 0x16, 0xF7, 0x6E, 0xDA, 0x08, 0x42, 0x0B,
///     0x9C, 0x69, 0x77, 0x61, 0xB0, 0x99, 0xFC, 0x05, 0x7D, 0xAE, 0xAF, 0x75,
///     0x79, 0x9C, 0x7B, 0xB3, 0x81, 0x72, 0x5C, 0x4E, 0x5B, 0x92, 0xDC, 0xF3,
///     0xB6, 0x85, 0x5E, 0xB3, 0xA2, 0x71, 0x0D, 0x1D, 0x93, 0xB5, 0x0D, 0x0C,
///     0x02, 0x41, 0x46, 0x47, 0x0A, 0xEF, 0x6F, 0xD5, 0x97, 0xED, 0x4F, 0x41,
///     0xE8, 0x3C, 0xFD, 0x20, 0xA1, 0xCE, 0x7D, 0xE5, 0xCA, 0xD3, 0xE8, 0x22,
///     0x3B, 0xED, 0xBC, 0x2A, 0x8A, 0xA0, 0xBF, 0x73, 0x72, 0x81, 0x35, 0x4F,
///     0xCB, 0x52, 0xB6, 0xA9, 0x07, 0x6F, 0x36, 0x7F, 0x5D, 0x35, 0xD5, 0x29,
///     0x3D, 0x5D, 0x78, 0x17, 0x0E, 0xB2, 0xD6, 0xAA, 0xA5, 0x0D, 0xB3, 0x4D,
///     0xB9, 0x04, 0x2C, 0x03, 0x6A, 0xAC, 0xA5,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod read_log_and_clear_tamper {
    /// Command ID 0xF015.
    pub const ID: u16 = 0xF015;
    /// Request data of command 0xF015 Read Log & Clear Tamper (manual Table 295).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xF015 Read Log & Clear Tamper (manual Table 296).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `83` System Event Log (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub system_event_log: ResponseSystemEventLog,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `83` System Event Log: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct ResponseSystemEventLog {
        /// Number of Events (2 bytes).
        pub number_of_events: u16,
        /// Length of Each Event (2 bytes).
        pub length_of_each_event: u16,
        /// Event Log (variable length).
        pub event_log: Vec<u8>,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xF015;
        const NAME: &'static str = "Read Log & Clear Tamper";
        type Response = Response;
    }
}
/// Command 0xF016 - Activate Device Security. Manual Tables 300 and 301.
///
/// The manual marks this section MagTek internal.
///
/// # Example
///
/// The manual's request example (Table 302), decoded and encoded again:
///
/// ```
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x01, 0x0F, 0xF0, 0x16, 0x84, 0x81, 0xEA, 0xEE,
///     0xEE, 0xA1, 0x24, 0x81, 0x04, 0x02, 0x01, 0x06, 0x05, 0x84, 0x00, 0x85,
///     0x00, 0xA8, 0x16, 0x81, 0x02, 0x00, 0x00, 0x82, 0x07, 0x45, 0x43, 0x43,
///     0x53, 0x49, 0x47, 0x4E, 0x86, 0x05, 0x45, 0x43, 0x44, 0x53, 0x41, 0x88,
///     0x00, 0xA9, 0x00, 0x82, 0x04, 0xB5, 0x03, 0x3D, 0xA0, 0x83, 0x08, 0xBE,
///     0xA5, 0x45, 0x81, 0x90, 0xC9, 0x28, 0x0C, 0x84, 0x22, 0xF0, 0x16, 0x81,
///     0x07, 0x08, 0x1A, 0x0E, 0x16, 0x28, 0x04, 0x0C, 0x85, 0x0B, 0x44, 0x65,
///     0x76, 0x65, 0x6C, 0x6F, 0x70, 0x6D, 0x65, 0x6E, 0x74, 0x86, 0x08, 0x31,
///     0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x9E, 0x81, 0x8B, 0x30, 0x81,
///     0x88, 0x02, 0x42, 0x00, 0xCD, 0xC1, 0xEC, 0x9E, 0xD1, 0x30, 0xA6, 0x19,
///     0x0A, 0x8D, 0x27, 0xF6, 0x65, 0x26, 0x4A, 0x97, 0x3C, 0x79, 0x94, 0x60,
///     0xBA, 0x57, 0x4D, 0x64, 0x4A, 0x47, 0xFC, 0x72, 0x6B, 0x83, 0x1F, 0x1F,
///     0xDB, 0x05, 0x40, 0xE3, 0x70, 0x16, 0x17, 0xDB, 0x5E, 0xA6, 0x93, 0x77,
///     0x1D, 0x40, 0xF5, 0xDE, 0x0A, 0x9E, 0x01, 0x7A, 0xB3, 0x6D, 0xDA, 0x8A,
///     0x73, 0x94, 0x46, 0x1A, 0x68, 0x99, 0xB6, 0x8C, 0x9F, 0x02, 0x42, 0x01,
///     0x5E, 0x40, 0x4E, 0x4C, 0xF9, 0xBF, 0x1B, 0x10, 0x4D, 0xBE, 0x7C, 0xF6,
///     0xF9, 0xFE, 0xF8, 0x77, 0x1E, 0xD0, 0x1A, 0xFE, 0xAA, 0xFC, 0x8B, 0xBD,
///     0x06, 0xBB, 0x8A, 0xE5, 0xA5, 0xB3, 0x0E, 0x2E, 0xB4, 0xCC, 0xDE, 0x60,
///     0x48, 0x96, 0x2A, 0x84, 0x38, 0xE0, 0x41, 0x45, 0xCD, 0xA2, 0x4B, 0xF9,
///     0x36, 0xDA, 0x61, 0xBE, 0x06, 0xA6, 0xCA, 0xF2, 0x2F, 0x17, 0xEC, 0xDA,
///     0x0D, 0x59, 0xD0, 0x01, 0xEC,
/// ];
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod activate_device_security {
    use ::core::fmt;
    /// Command ID 0xF016.
    pub const ID: u16 = 0xF016;
    /// Request data of command 0xF016 Activate Device Security (manual Table 300).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `81` Current Date and Time (binary, 7 bytes, required).
        #[tlv(tag = 0x81)]
        pub current_date_and_time: RequestCurrentDateAndTime,
        /// `85` PCI Hardware ID (binary, variable length, optional).
        #[tlv(tag = 0x85)]
        pub pci_hardware_id: Option<Vec<u8>>,
        /// `86` Hardware Configuration Profile (binary, variable length, optional).
        #[tlv(tag = 0x86)]
        pub hardware_configuration_profile: Option<RequestHardwareConfigurationProfile>,
        /// `88` MAC Address (binary, variable length, optional).
        #[tlv(tag = 0x88)]
        pub mac_address: Option<Vec<u8>>,
        /// `89` WLAN SoftAP MagTek Password (binary, variable length, optional).
        #[tlv(tag = 0x89)]
        pub wlan_softap_magtek_password: Option<Vec<u8>>,
        /// `8A` WLAN Firmware Sequence Number (binary, 4 bytes, optional).
        #[tlv(tag = 0x8A)]
        pub wlan_firmware_sequence_number: Option<[u8; 4]>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `81` Current Date and Time: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct RequestCurrentDateAndTime {
        /// Month (1 byte).
        pub month: u8,
        /// Day of Month (1 byte).
        pub day_of_month: u8,
        /// Hour (1 byte).
        pub hour: u8,
        /// Minute (1 byte).
        pub minute: u8,
        /// Seconds (1 byte).
        pub seconds: u8,
        /// Reserved (1 byte).
        pub reserved: u8,
        /// Year (1 byte).
        pub year: u8,
    }
    /// Values of Hardware Configuration Profile Version (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum RequestHardwareConfigurationProfileHardwareConfigurationProfileVersion {
        /// `01`: Initial release.
        #[tlv(value = 0x01)]
        InitialRelease,
        /// `02`: Added in specification revision 30.
        #[tlv(value = 0x02)]
        AddedInSpecificationRevision30,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl RequestHardwareConfigurationProfileHardwareConfigurationProfileVersion {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::InitialRelease => Some("Initial release"),
                Self::AddedInSpecificationRevision30 => {
                    Some("Added in specification revision 30")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display
    for RequestHardwareConfigurationProfileHardwareConfigurationProfileVersion {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `86` Hardware Configuration Profile: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct RequestHardwareConfigurationProfile {
        /// Hardware Configuration Profile Version (1 byte).
        pub hardware_configuration_profile_version: RequestHardwareConfigurationProfileHardwareConfigurationProfileVersion,
        /// System Core Hardware (5 bytes).
        pub system_core_hardware: [u8; 5],
        /// Readers (4 bytes).
        pub readers: [u8; 4],
        /// Power (2 bytes).
        pub power: [u8; 2],
        /// Communication (5 bytes).
        pub communication: [u8; 5],
        /// User Interface (5 bytes).
        pub user_interface: [u8; 5],
    }
    /// Response data of command 0xF016 Activate Device Security (manual Table 301).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xF016;
        const NAME: &'static str = "Activate Device Security";
        type Response = Response;
    }
}
/// Command 0xF017 - Establish Ephemeral KBPK. Manual Tables 304 and 305.
///
/// # Example
///
/// The manual's response example (Table 307), decoded and encoded again:
///
/// ```
/// use mms_generated::commands::establish_ephemeral_kbpk::{Response, ID};
/// use mms_generated::message::Message;
///
/// let wire = [
///     0xAA, 0x00, 0x81, 0x04, 0x82, 0x10, 0xF0, 0x17, 0x82, 0x04, 0x00, 0x00,
///     0x00, 0x00, 0x84, 0x81, 0xB5, 0xF0, 0x17, 0xA1, 0x06, 0x81, 0x01, 0x00,
///     0x82, 0x01, 0x00, 0x83, 0x81, 0x9E, 0x30, 0x81, 0x9B, 0x30, 0x10, 0x06,
///     0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01, 0x06, 0x05, 0x2B, 0x81,
///     0x04, 0x00, 0x23, 0x03, 0x81, 0x86, 0x00, 0x04, 0x01, 0x77, 0xCD, 0x91,
///     0x56, 0x96, 0x34, 0x2B, 0xC6, 0x5A, 0x6C, 0xEC, 0x5D, 0x74, 0x96, 0x41,
///     0xB3, 0xF9, 0x2B, 0x12, 0x85, 0x19, 0x90, 0xF8, 0x73, 0xBF, 0xFF, 0x3C,
///     0x10, 0x44, 0xE3, 0xCB, 0x21, 0x4E, 0xCA, 0xF6, 0xCE, 0xFC, 0xF8, 0xC8,
///     0x80, 0x52, 0x44, 0x13, 0xFA, 0xB1, 0x97, 0xA1, 0x8C, 0x44, 0xFE, 0x95,
///     0xA2, 0x0A, 0xF3, 0x3D, 0xA4, 0x3A, 0x8F, 0x2E, 0x39, 0x41, 0x23, 0x22,
///     0xB1, 0xAB, 0x01, 0x29, 0x26, 0x4F, 0xCC, 0x0E, 0x86, 0x11, 0x16, 0x92,
///     0xFF, 0xBC, 0xE1, 0xBF, 0xDA, 0xFC, 0x21, 0xBA, 0xB1, 0x5A, 0xC4, 0xDE,
///     0x7B, 0xC1, 0x6F, 0xA9, 0x17, 0xF8, 0x4B, 0x1E, 0xB2, 0x1F, 0x5F, 0x21,
///     0x7D, 0x54, 0x00, 0x15, 0x41, 0xC3, 0x21, 0x75, 0x0D, 0x21, 0xDC, 0x95,
///     0x13, 0xA7, 0x2C, 0x8C, 0x11, 0x77, 0x96, 0x38, 0x87, 0x51, 0x08, 0x7A,
///     0x1F, 0x63, 0xEC, 0xA8, 0x8F, 0xC4, 0xAB, 0xB3, 0x84, 0x08, 0x4C, 0x4A,
///     0xEC, 0x0B, 0x47, 0xE4, 0x53, 0xEB,
/// ];
/// let envelope = mms_message::Envelope::decode(&wire).unwrap();
/// let payload: Response = envelope.decode_payload(ID).unwrap();
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.device_ephemeral_public_key), [0x30, 0x81, 0x9B, 0x30, 0x10, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01, 0x06, 0x05, 0x2B, 0x81, 0x04, 0x00, 0x23, 0x03, 0x81, 0x86, 0x00, 0x04, 0x01, 0x77, 0xCD, 0x91, 0x56, 0x96, 0x34, 0x2B, 0xC6, 0x5A, 0x6C, 0xEC, 0x5D, 0x74, 0x96, 0x41, 0xB3, 0xF9, 0x2B, 0x12, 0x85, 0x19, 0x90, 0xF8, 0x73, 0xBF, 0xFF, 0x3C, 0x10, 0x44, 0xE3, 0xCB, 0x21, 0x4E, 0xCA, 0xF6, 0xCE, 0xFC, 0xF8, 0xC8, 0x80, 0x52, 0x44, 0x13, 0xFA, 0xB1, 0x97, 0xA1, 0x8C, 0x44, 0xFE, 0x95, 0xA2, 0x0A, 0xF3, 0x3D, 0xA4, 0x3A, 0x8F, 0x2E, 0x39, 0x41, 0x23, 0x22, 0xB1, 0xAB, 0x01, 0x29, 0x26, 0x4F, 0xCC, 0x0E, 0x86, 0x11, 0x16, 0x92, 0xFF, 0xBC, 0xE1, 0xBF, 0xDA, 0xFC, 0x21, 0xBA, 0xB1, 0x5A, 0xC4, 0xDE, 0x7B, 0xC1, 0x6F, 0xA9, 0x17, 0xF8, 0x4B, 0x1E, 0xB2, 0x1F, 0x5F, 0x21, 0x7D, 0x54, 0x00, 0x15, 0x41, 0xC3, 0x21, 0x75, 0x0D, 0x21, 0xDC, 0x95, 0x13, 0xA7, 0x2C, 0x8C, 0x11, 0x77, 0x96, 0x38, 0x87, 0x51, 0x08, 0x7A, 0x1F, 0x63, 0xEC, 0xA8, 0x8F, 0xC4, 0xAB, 0xB3]);
/// assert_eq!(mms_codec::Value::value_to_bytes(&payload.device_random_token), [0x4C, 0x4A, 0xEC, 0x0B, 0x47, 0xE4, 0x53, 0xEB]);
/// assert_eq!(Message::decode(&wire).unwrap().encode(), wire);
/// ```
pub mod establish_ephemeral_kbpk {
    /// Command ID 0xF017.
    pub const ID: u16 = 0xF017;
    /// Request data of command 0xF017 Establish Ephemeral KBPK (manual Table 304).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Request {
        /// `A1` Security Parameters (binary, variable length, required).
        #[tlv(tag = 0xA1)]
        pub security_parameters: mms_message::TlvList,
        /// `83` Host Ephemeral Public Key (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub host_ephemeral_public_key: Vec<u8>,
        /// `84` Host Random Token (binary, 8 bytes, required).
        #[tlv(tag = 0x84)]
        pub host_random_token: [u8; 8],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Response data of command 0xF017 Establish Ephemeral KBPK (manual Table 305).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Response {
        /// `A1` Security Parameters (binary, variable length, required).
        #[tlv(tag = 0xA1)]
        pub security_parameters: mms_message::TlvList,
        /// `83` Device Ephemeral Public Key (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub device_ephemeral_public_key: Vec<u8>,
        /// `84` Device Random Token (binary, 8 bytes, required).
        #[tlv(tag = 0x84)]
        pub device_random_token: [u8; 8],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Command for Request {
        const ID: u16 = 0xF017;
        const NAME: &'static str = "Establish Ephemeral KBPK";
        type Response = Response;
    }
}
/// Every command of the spec: (ID, name), sorted by ID.
pub static COMMANDS: &[(u16, &str)] = &[
    (0x1001, "Start Transaction"),
    (0x1002, "Continue Transaction"),
    (0x1003, "Finalize"),
    (0x1004, "Resume Transaction"),
    (0x1008, "Cancel Transaction"),
    (0x1009, "Close / Clear Transaction"),
    (0x1014, "Get Transaction Status"),
    (0x1041, "Set Payment Parameters"),
    (0x1042, "Get Payment Parameters"),
    (0x1100, "Pass Through Command For NTag/MIFARE Ultralight, Type 2"),
    (
        0x1101,
        "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2",
    ),
    (0x1102, "Pass Through Command for MIFARE DESFire, Type 4"),
    (0x1103, "Pass Through Command for MIFARE Plus, Type 2"),
    (0x1801, "Request Cardholder Signature"),
    (0x1802, "Report Cardholder Selection"),
    (0x1803, "Display Message"),
    (0x1804, "Read Barcode"),
    (0x1805, "Buzzer"),
    (0x1821, "Show Image"),
    (0x1822, "Show QR Code"),
    (0x1823, "Show Bitmap Image"),
    (0x1830, "Display Flexible UI Pages"),
    (0x1840, "Card Emulation"),
    (0x1F01, "Reset Device"),
    (0x1F02, "Set Notification Subscriptions"),
    (0x1F03, "Extend Session"),
    (0x1F04, "Terminate Bluetooth® LE Connection"),
    (0x1F05, "Erase All Bluetooth® LE Bonds"),
    (0x2001, "Request PIN with Host Supplied Account Data"),
    (0x2002, "Request PIN with Card Supplied Account Data"),
    (0xD101, "Get Property"),
    (0xD111, "Set Property (Unsecured)"),
    (0xD112, "Set Property (Secured)"),
    (0xD201, "Reset Properties to Defaults"),
    (0xD801, "Load Firmware File"),
    (0xD811, "Start Send File to Device (Secured)"),
    (0xD812, "Start Send File to Device (Unsecured)"),
    (0xD821, "Start Get File from Device"),
    (0xD825, "Get File Info from Device"),
    (0xD831, "Delete File from Device"),
    (0xD901, "Commit Firmware from File"),
    (0xDF01, "Echo"),
    (0xDF02, "Convert Binary Tag Data to Text"),
    (0xE001, "Get Challenge"),
    (0xEEEE, "Send Secured Command to Device"),
    (0xEF01, "Load Key Using TR-31"),
    (0xEF02, "Generate CSR keys"),
    (0xEF03, "Generate CSR"),
    (0xEF04, "Load LTPK Protection Key"),
    (0xEF05, "Load Encrypted LTPK and Version"),
    (0xEF06, "Change Device Lock State"),
    (0xEF07, "Change Device Lock Passcode"),
    (0xEF08, "Reset Device Lock Passcode"),
    (0xEF09, "Encrypt User Data"),
    (0xEF11, "Get Key Info"),
    (0xF012, "Force Tamper"),
    (0xF014, "Read Log"),
    (0xF015, "Read Log & Clear Tamper"),
    (0xF016, "Activate Device Security"),
    (0xF017, "Establish Ephemeral KBPK"),
];
/// The name of a command, if the spec has it.
pub fn name(id: u16) -> Option<&'static str> {
    COMMANDS.binary_search_by_key(&id, |&(known, _)| known).ok().map(|i| COMMANDS[i].1)
}
