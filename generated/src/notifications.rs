// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! Notifications: one module per notification with its detail codes and payload types.
/// Notification 0x0101 - Transaction Information Update.
pub mod transaction_information_update {
    use ::core::fmt;
    use super::super::data_types;
    /// Notification ID 0x0101 (source byte, type byte).
    pub const ID: u16 = 0x0101;
    /// Detail codes of notification 0x0101 (manual Table 308): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `07010100`: Manual Card Entry, Card Event, Data Entered, Reserved.
        ManualCardEntryCardEventDataEnteredReserved,
        /// `07080202`: Manual Card Entry, Data Update, ARQC Update (Quick Chip), Data Attached.
        ManualCardEntryDataUpdateArqcUpdateQuickChipDataAttached,
        /// `07080302`: Manual Card Entry, Data Update, Batch Data, Data Attached.
        ManualCardEntryDataUpdateBatchDataDataAttached,
        /// `08010100`: MSR, Card Event, Swiped, Reserved.
        MsrCardEventSwipedReserved,
        /// `08010200`: MSR, Card Event, Inserted, Reserved.
        MsrCardEventInsertedReserved,
        /// `08010300`: MSR, Card Event, Removed, Reserved.
        MsrCardEventRemovedReserved,
        /// `08010400`: MSR, Card Event, Detected, Reserved.
        MsrCardEventDetectedReserved,
        /// `08080202`: MSR, Data Update, ARQC Update (Quick Chip), Data Attached.
        MsrDataUpdateArqcUpdateQuickChipDataAttached,
        /// `08080302`: MSR, Data Update, Batch Data, Data Attached.
        MsrDataUpdateBatchDataDataAttached,
        /// `10010200`: EMV Contact, Card Event, Inserted, Reserved.
        EmvContactCardEventInsertedReserved,
        /// `10010300`: EMV Contact, Card Event, Removed, Reserved.
        EmvContactCardEventRemovedReserved,
        /// `10010400`: EMV Contact, Card Event, Detected, Reserved.
        EmvContactCardEventDetectedReserved,
        /// `10020601`: EMV Contact, Online PIN Event, PIN Entry, PIN Pad Error.
        EmvContactOnlinePinEventPinEntryPinPadError,
        /// `10020602`: EMV Contact, Online PIN Event, PIN Entry, PIN Block Encryption Error.
        EmvContactOnlinePinEventPinEntryPinBlockEncryptionError,
        /// `10080202`: EMV Contact, Data Update, ARQC Update (Quick Chip), Data Attached.
        EmvContactDataUpdateArqcUpdateQuickChipDataAttached,
        /// `10080302`: EMV Contact, Data Update, Batch Data, Data Attached.
        EmvContactDataUpdateBatchDataDataAttached,
        /// `00100100`: None, State Update, Transaction Started by Device, Legacy EMV Flow.
        NoneStateUpdateTransactionStartedByDeviceLegacyEmvFlow,
        /// `00100101`: None, State Update, Transaction Started by Device, Quick Chip Flow.
        NoneStateUpdateTransactionStartedByDeviceQuickChipFlow,
        /// `00100200`: None, State Update, Transaction Canceled, Reserved.
        NoneStateUpdateTransactionCanceledReserved,
        /// `20010300`: EMV Contactless, Card Event, Removed, Reserved.
        EmvContactlessCardEventRemovedReserved,
        /// `20010400`: EMV Contactless, Card Event, Detected.
        EmvContactlessCardEventDetected,
        /// `20010401`: EMV Contactless, Card Event, Detected, NFC/MIFARE Ultralight.
        EmvContactlessCardEventDetectedNfcMifareUltralight,
        /// `20010402`: EMV Contactless, Card Event, Detected, MIFARE Classic 1K.
        EmvContactlessCardEventDetectedMifareClassic1k,
        /// `20010403`: EMV Contactless, Card Event, Detected, MIFARE Classic 4K.
        EmvContactlessCardEventDetectedMifareClassic4k,
        /// `20010404`: EMV Contactless, Card Event, Detected, MIFARE DESFire Light.
        EmvContactlessCardEventDetectedMifareDesFireLight,
        /// `20010405`: EMV Contactless, Card Event, Detected, MIFARE MINI®.
        EmvContactlessCardEventDetectedMifareMini,
        /// `20010406`: EMV Contactless, Card Event, Detected, MIFARE Plus EV1.
        EmvContactlessCardEventDetectedMifarePlusEv1,
        /// `20010407`: EMV Contactless, Card Event, Detected, MIFARE Plus EV2.
        EmvContactlessCardEventDetectedMifarePlusEv2,
        /// `20010408`: EMV Contactless, Card Event, Detected, MIFARE Plus SE.
        EmvContactlessCardEventDetectedMifarePlusSe,
        /// `20010409`: EMV Contactless, Card Event, Detected, MIFARE Plus X.
        EmvContactlessCardEventDetectedMifarePlusX,
        /// `2001040A`: EMV Contactless, Card Event, Detected, MIFARE DESFire EV1.
        EmvContactlessCardEventDetectedMifareDesFireEv1,
        /// `2001040B`: EMV Contactless, Card Event, Detected, MIFARE DESFire EV2.
        EmvContactlessCardEventDetectedMifareDesFireEv2,
        /// `2001040C`: EMV Contactless, Card Event, Detected, MIFARE DESFire EV3.
        EmvContactlessCardEventDetectedMifareDesFireEv3,
        /// `20010500`: EMV Contactless, Card Event, Collision, Reserved.
        EmvContactlessCardEventCollisionReserved,
        /// `20011002`: EMV Contactless, Card Event, Apple VAS Error, Data Attached.
        EmvContactlessCardEventAppleVasErrorDataAttached,
        /// `20012002`: EMV Contactless, Card Event, Google Smart Tap Error, Data Attached.
        EmvContactlessCardEventGoogleSmartTapErrorDataAttached,
        /// `20020601`: EMV Contactless, Online PIN Event, PIN Entry, PIN Pad Error.
        EmvContactlessOnlinePinEventPinEntryPinPadError,
        /// `20020602`: EMV Contactless, Online PIN Event, PIN Block Encryption Error.
        EmvContactlessOnlinePinEventPinBlockEncryptionError,
        /// `20080202`: EMV Contactless, Data Update, ARQC Update (Quick Chip), Data Attached.
        EmvContactlessDataUpdateArqcUpdateQuickChipDataAttached,
        /// `20080302`: EMV Contactless, Data Update.
        EmvContactlessDataUpdate,
        /// `20080402`: EMV Contactless, Data Update, NFC UID data.
        EmvContactlessDataUpdateNfcUidData,
        /// `20080702`: EMV Contactless, Data Update, GPO Response, Data Attached.
        EmvContactlessDataUpdateGpoResponseDataAttached,
        /// `30010100`: Barcode Reader.
        BarcodeReader,
        /// `30080002`: Barcode Reader.
        BarcodeReader2,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x07010100 => Self::ManualCardEntryCardEventDataEnteredReserved,
                0x07080202 => {
                    Self::ManualCardEntryDataUpdateArqcUpdateQuickChipDataAttached
                }
                0x07080302 => Self::ManualCardEntryDataUpdateBatchDataDataAttached,
                0x08010100 => Self::MsrCardEventSwipedReserved,
                0x08010200 => Self::MsrCardEventInsertedReserved,
                0x08010300 => Self::MsrCardEventRemovedReserved,
                0x08010400 => Self::MsrCardEventDetectedReserved,
                0x08080202 => Self::MsrDataUpdateArqcUpdateQuickChipDataAttached,
                0x08080302 => Self::MsrDataUpdateBatchDataDataAttached,
                0x10010200 => Self::EmvContactCardEventInsertedReserved,
                0x10010300 => Self::EmvContactCardEventRemovedReserved,
                0x10010400 => Self::EmvContactCardEventDetectedReserved,
                0x10020601 => Self::EmvContactOnlinePinEventPinEntryPinPadError,
                0x10020602 => {
                    Self::EmvContactOnlinePinEventPinEntryPinBlockEncryptionError
                }
                0x10080202 => Self::EmvContactDataUpdateArqcUpdateQuickChipDataAttached,
                0x10080302 => Self::EmvContactDataUpdateBatchDataDataAttached,
                0x00100100 => {
                    Self::NoneStateUpdateTransactionStartedByDeviceLegacyEmvFlow
                }
                0x00100101 => {
                    Self::NoneStateUpdateTransactionStartedByDeviceQuickChipFlow
                }
                0x00100200 => Self::NoneStateUpdateTransactionCanceledReserved,
                0x20010300 => Self::EmvContactlessCardEventRemovedReserved,
                0x20010400 => Self::EmvContactlessCardEventDetected,
                0x20010401 => Self::EmvContactlessCardEventDetectedNfcMifareUltralight,
                0x20010402 => Self::EmvContactlessCardEventDetectedMifareClassic1k,
                0x20010403 => Self::EmvContactlessCardEventDetectedMifareClassic4k,
                0x20010404 => Self::EmvContactlessCardEventDetectedMifareDesFireLight,
                0x20010405 => Self::EmvContactlessCardEventDetectedMifareMini,
                0x20010406 => Self::EmvContactlessCardEventDetectedMifarePlusEv1,
                0x20010407 => Self::EmvContactlessCardEventDetectedMifarePlusEv2,
                0x20010408 => Self::EmvContactlessCardEventDetectedMifarePlusSe,
                0x20010409 => Self::EmvContactlessCardEventDetectedMifarePlusX,
                0x2001040A => Self::EmvContactlessCardEventDetectedMifareDesFireEv1,
                0x2001040B => Self::EmvContactlessCardEventDetectedMifareDesFireEv2,
                0x2001040C => Self::EmvContactlessCardEventDetectedMifareDesFireEv3,
                0x20010500 => Self::EmvContactlessCardEventCollisionReserved,
                0x20011002 => Self::EmvContactlessCardEventAppleVasErrorDataAttached,
                0x20012002 => {
                    Self::EmvContactlessCardEventGoogleSmartTapErrorDataAttached
                }
                0x20020601 => Self::EmvContactlessOnlinePinEventPinEntryPinPadError,
                0x20020602 => Self::EmvContactlessOnlinePinEventPinBlockEncryptionError,
                0x20080202 => {
                    Self::EmvContactlessDataUpdateArqcUpdateQuickChipDataAttached
                }
                0x20080302 => Self::EmvContactlessDataUpdate,
                0x20080402 => Self::EmvContactlessDataUpdateNfcUidData,
                0x20080702 => Self::EmvContactlessDataUpdateGpoResponseDataAttached,
                0x30010100 => Self::BarcodeReader,
                0x30080002 => Self::BarcodeReader2,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::ManualCardEntryCardEventDataEnteredReserved => 0x07010100,
                Self::ManualCardEntryDataUpdateArqcUpdateQuickChipDataAttached => {
                    0x07080202
                }
                Self::ManualCardEntryDataUpdateBatchDataDataAttached => 0x07080302,
                Self::MsrCardEventSwipedReserved => 0x08010100,
                Self::MsrCardEventInsertedReserved => 0x08010200,
                Self::MsrCardEventRemovedReserved => 0x08010300,
                Self::MsrCardEventDetectedReserved => 0x08010400,
                Self::MsrDataUpdateArqcUpdateQuickChipDataAttached => 0x08080202,
                Self::MsrDataUpdateBatchDataDataAttached => 0x08080302,
                Self::EmvContactCardEventInsertedReserved => 0x10010200,
                Self::EmvContactCardEventRemovedReserved => 0x10010300,
                Self::EmvContactCardEventDetectedReserved => 0x10010400,
                Self::EmvContactOnlinePinEventPinEntryPinPadError => 0x10020601,
                Self::EmvContactOnlinePinEventPinEntryPinBlockEncryptionError => {
                    0x10020602
                }
                Self::EmvContactDataUpdateArqcUpdateQuickChipDataAttached => 0x10080202,
                Self::EmvContactDataUpdateBatchDataDataAttached => 0x10080302,
                Self::NoneStateUpdateTransactionStartedByDeviceLegacyEmvFlow => {
                    0x00100100
                }
                Self::NoneStateUpdateTransactionStartedByDeviceQuickChipFlow => {
                    0x00100101
                }
                Self::NoneStateUpdateTransactionCanceledReserved => 0x00100200,
                Self::EmvContactlessCardEventRemovedReserved => 0x20010300,
                Self::EmvContactlessCardEventDetected => 0x20010400,
                Self::EmvContactlessCardEventDetectedNfcMifareUltralight => 0x20010401,
                Self::EmvContactlessCardEventDetectedMifareClassic1k => 0x20010402,
                Self::EmvContactlessCardEventDetectedMifareClassic4k => 0x20010403,
                Self::EmvContactlessCardEventDetectedMifareDesFireLight => 0x20010404,
                Self::EmvContactlessCardEventDetectedMifareMini => 0x20010405,
                Self::EmvContactlessCardEventDetectedMifarePlusEv1 => 0x20010406,
                Self::EmvContactlessCardEventDetectedMifarePlusEv2 => 0x20010407,
                Self::EmvContactlessCardEventDetectedMifarePlusSe => 0x20010408,
                Self::EmvContactlessCardEventDetectedMifarePlusX => 0x20010409,
                Self::EmvContactlessCardEventDetectedMifareDesFireEv1 => 0x2001040A,
                Self::EmvContactlessCardEventDetectedMifareDesFireEv2 => 0x2001040B,
                Self::EmvContactlessCardEventDetectedMifareDesFireEv3 => 0x2001040C,
                Self::EmvContactlessCardEventCollisionReserved => 0x20010500,
                Self::EmvContactlessCardEventAppleVasErrorDataAttached => 0x20011002,
                Self::EmvContactlessCardEventGoogleSmartTapErrorDataAttached => {
                    0x20012002
                }
                Self::EmvContactlessOnlinePinEventPinEntryPinPadError => 0x20020601,
                Self::EmvContactlessOnlinePinEventPinBlockEncryptionError => 0x20020602,
                Self::EmvContactlessDataUpdateArqcUpdateQuickChipDataAttached => {
                    0x20080202
                }
                Self::EmvContactlessDataUpdate => 0x20080302,
                Self::EmvContactlessDataUpdateNfcUidData => 0x20080402,
                Self::EmvContactlessDataUpdateGpoResponseDataAttached => 0x20080702,
                Self::BarcodeReader => 0x30010100,
                Self::BarcodeReader2 => 0x30080002,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ManualCardEntryCardEventDataEnteredReserved => {
                    Some("Manual Card Entry, Card Event, Data Entered, Reserved")
                }
                Self::ManualCardEntryDataUpdateArqcUpdateQuickChipDataAttached => {
                    Some(
                        "Manual Card Entry, Data Update, ARQC Update (Quick Chip), Data Attached",
                    )
                }
                Self::ManualCardEntryDataUpdateBatchDataDataAttached => {
                    Some("Manual Card Entry, Data Update, Batch Data, Data Attached")
                }
                Self::MsrCardEventSwipedReserved => {
                    Some("MSR, Card Event, Swiped, Reserved")
                }
                Self::MsrCardEventInsertedReserved => {
                    Some("MSR, Card Event, Inserted, Reserved")
                }
                Self::MsrCardEventRemovedReserved => {
                    Some("MSR, Card Event, Removed, Reserved")
                }
                Self::MsrCardEventDetectedReserved => {
                    Some("MSR, Card Event, Detected, Reserved")
                }
                Self::MsrDataUpdateArqcUpdateQuickChipDataAttached => {
                    Some("MSR, Data Update, ARQC Update (Quick Chip), Data Attached")
                }
                Self::MsrDataUpdateBatchDataDataAttached => {
                    Some("MSR, Data Update, Batch Data, Data Attached")
                }
                Self::EmvContactCardEventInsertedReserved => {
                    Some("EMV Contact, Card Event, Inserted, Reserved")
                }
                Self::EmvContactCardEventRemovedReserved => {
                    Some("EMV Contact, Card Event, Removed, Reserved")
                }
                Self::EmvContactCardEventDetectedReserved => {
                    Some("EMV Contact, Card Event, Detected, Reserved")
                }
                Self::EmvContactOnlinePinEventPinEntryPinPadError => {
                    Some("EMV Contact, Online PIN Event, PIN Entry, PIN Pad Error")
                }
                Self::EmvContactOnlinePinEventPinEntryPinBlockEncryptionError => {
                    Some(
                        "EMV Contact, Online PIN Event, PIN Entry, PIN Block Encryption Error",
                    )
                }
                Self::EmvContactDataUpdateArqcUpdateQuickChipDataAttached => {
                    Some(
                        "EMV Contact, Data Update, ARQC Update (Quick Chip), Data Attached",
                    )
                }
                Self::EmvContactDataUpdateBatchDataDataAttached => {
                    Some("EMV Contact, Data Update, Batch Data, Data Attached")
                }
                Self::NoneStateUpdateTransactionStartedByDeviceLegacyEmvFlow => {
                    Some(
                        "None, State Update, Transaction Started by Device, Legacy EMV Flow",
                    )
                }
                Self::NoneStateUpdateTransactionStartedByDeviceQuickChipFlow => {
                    Some(
                        "None, State Update, Transaction Started by Device, Quick Chip Flow",
                    )
                }
                Self::NoneStateUpdateTransactionCanceledReserved => {
                    Some("None, State Update, Transaction Canceled, Reserved")
                }
                Self::EmvContactlessCardEventRemovedReserved => {
                    Some("EMV Contactless, Card Event, Removed, Reserved")
                }
                Self::EmvContactlessCardEventDetected => {
                    Some("EMV Contactless, Card Event, Detected")
                }
                Self::EmvContactlessCardEventDetectedNfcMifareUltralight => {
                    Some("EMV Contactless, Card Event, Detected, NFC/MIFARE Ultralight")
                }
                Self::EmvContactlessCardEventDetectedMifareClassic1k => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE Classic 1K")
                }
                Self::EmvContactlessCardEventDetectedMifareClassic4k => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE Classic 4K")
                }
                Self::EmvContactlessCardEventDetectedMifareDesFireLight => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE DESFire Light")
                }
                Self::EmvContactlessCardEventDetectedMifareMini => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE MINI®")
                }
                Self::EmvContactlessCardEventDetectedMifarePlusEv1 => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE Plus EV1")
                }
                Self::EmvContactlessCardEventDetectedMifarePlusEv2 => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE Plus EV2")
                }
                Self::EmvContactlessCardEventDetectedMifarePlusSe => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE Plus SE")
                }
                Self::EmvContactlessCardEventDetectedMifarePlusX => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE Plus X")
                }
                Self::EmvContactlessCardEventDetectedMifareDesFireEv1 => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE DESFire EV1")
                }
                Self::EmvContactlessCardEventDetectedMifareDesFireEv2 => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE DESFire EV2")
                }
                Self::EmvContactlessCardEventDetectedMifareDesFireEv3 => {
                    Some("EMV Contactless, Card Event, Detected, MIFARE DESFire EV3")
                }
                Self::EmvContactlessCardEventCollisionReserved => {
                    Some("EMV Contactless, Card Event, Collision, Reserved")
                }
                Self::EmvContactlessCardEventAppleVasErrorDataAttached => {
                    Some("EMV Contactless, Card Event, Apple VAS Error, Data Attached")
                }
                Self::EmvContactlessCardEventGoogleSmartTapErrorDataAttached => {
                    Some(
                        "EMV Contactless, Card Event, Google Smart Tap Error, Data Attached",
                    )
                }
                Self::EmvContactlessOnlinePinEventPinEntryPinPadError => {
                    Some("EMV Contactless, Online PIN Event, PIN Entry, PIN Pad Error")
                }
                Self::EmvContactlessOnlinePinEventPinBlockEncryptionError => {
                    Some("EMV Contactless, Online PIN Event, PIN Block Encryption Error")
                }
                Self::EmvContactlessDataUpdateArqcUpdateQuickChipDataAttached => {
                    Some(
                        "EMV Contactless, Data Update, ARQC Update (Quick Chip), Data Attached",
                    )
                }
                Self::EmvContactlessDataUpdate => Some("EMV Contactless, Data Update"),
                Self::EmvContactlessDataUpdateNfcUidData => {
                    Some("EMV Contactless, Data Update, NFC UID data")
                }
                Self::EmvContactlessDataUpdateGpoResponseDataAttached => {
                    Some("EMV Contactless, Data Update, GPO Response, Data Attached")
                }
                Self::BarcodeReader => Some("Barcode Reader"),
                Self::BarcodeReader2 => Some("Barcode Reader"),
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// Manual Card Entry.
        ManualCardEntry,
        /// MSR.
        Msr,
        /// EMV Contact.
        EmvContact,
        /// None.
        None,
        /// EMV Contactless.
        EmvContactless,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ManualCardEntry => Some("Manual Card Entry"),
                Self::Msr => Some("MSR"),
                Self::EmvContact => Some("EMV Contact"),
                Self::None => Some("None"),
                Self::EmvContactless => Some("EMV Contactless"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// Card Event.
        CardEvent,
        /// Data Update.
        DataUpdate,
        /// Online PIN Event.
        OnlinePinEvent,
        /// State Update.
        StateUpdate,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::CardEvent => Some("Card Event"),
                Self::DataUpdate => Some("Data Update"),
                Self::OnlinePinEvent => Some("Online PIN Event"),
                Self::StateUpdate => Some("State Update"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// Data Entered.
        DataEntered,
        /// ARQC Update (Quick Chip).
        ArqcUpdateQuickChip,
        /// Batch Data.
        BatchData,
        /// Swiped.
        Swiped,
        /// Inserted.
        Inserted,
        /// Removed.
        Removed,
        /// Detected.
        Detected,
        /// PIN Entry.
        PinEntry,
        /// Transaction Started by Device.
        TransactionStartedByDevice,
        /// Transaction Canceled.
        TransactionCanceled,
        /// Collision.
        Collision,
        /// Apple VAS Error.
        AppleVasError,
        /// Google Smart Tap Error.
        GoogleSmartTapError,
        /// GPO Response.
        GpoResponse,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::DataEntered => Some("Data Entered"),
                Self::ArqcUpdateQuickChip => Some("ARQC Update (Quick Chip)"),
                Self::BatchData => Some("Batch Data"),
                Self::Swiped => Some("Swiped"),
                Self::Inserted => Some("Inserted"),
                Self::Removed => Some("Removed"),
                Self::Detected => Some("Detected"),
                Self::PinEntry => Some("PIN Entry"),
                Self::TransactionStartedByDevice => Some("Transaction Started by Device"),
                Self::TransactionCanceled => Some("Transaction Canceled"),
                Self::Collision => Some("Collision"),
                Self::AppleVasError => Some("Apple VAS Error"),
                Self::GoogleSmartTapError => Some("Google Smart Tap Error"),
                Self::GpoResponse => Some("GPO Response"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x07 => Source::ManualCardEntry,
                0x08 => Source::Msr,
                0x10 => Source::EmvContact,
                0x00 => Source::None,
                0x20 => Source::EmvContactless,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0701 => Reason::CardEvent,
                0x0708 => Reason::DataUpdate,
                0x0801 => Reason::CardEvent,
                0x0808 => Reason::DataUpdate,
                0x1001 => Reason::CardEvent,
                0x1002 => Reason::OnlinePinEvent,
                0x1008 => Reason::DataUpdate,
                0x0010 => Reason::StateUpdate,
                0x2001 => Reason::CardEvent,
                0x2002 => Reason::OnlinePinEvent,
                0x2008 => Reason::DataUpdate,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x070101 => Detail::DataEntered,
                0x070802 => Detail::ArqcUpdateQuickChip,
                0x070803 => Detail::BatchData,
                0x080101 => Detail::Swiped,
                0x080102 => Detail::Inserted,
                0x080103 => Detail::Removed,
                0x080104 => Detail::Detected,
                0x080802 => Detail::ArqcUpdateQuickChip,
                0x080803 => Detail::BatchData,
                0x100102 => Detail::Inserted,
                0x100103 => Detail::Removed,
                0x100104 => Detail::Detected,
                0x100206 => Detail::PinEntry,
                0x100802 => Detail::ArqcUpdateQuickChip,
                0x100803 => Detail::BatchData,
                0x001001 => Detail::TransactionStartedByDevice,
                0x001002 => Detail::TransactionCanceled,
                0x200103 => Detail::Removed,
                0x200104 => Detail::Detected,
                0x200105 => Detail::Collision,
                0x200110 => Detail::AppleVasError,
                0x200120 => Detail::GoogleSmartTapError,
                0x200206 => Detail::PinEntry,
                0x200802 => Detail::ArqcUpdateQuickChip,
                0x200807 => Detail::GpoResponse,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    impl DetailCode {
        /// The data type layout (a name of `data_types::LAYOUTS`) of the data a notification
        /// with this code carries, when the spec names one.
        pub fn data_type(&self) -> Option<&'static str> {
            match self.to_raw() {
                0x07080202 | 0x08080202 | 0x10080202 | 0x20080202 => {
                    Some("emv_arqc_dynapro_format")
                }
                0x07080302 | 0x08080302 | 0x10080302 => {
                    Some("emv_batch_data_dynapro_format")
                }
                0x20080702 => Some("gpo_response"),
                0x20080402 => Some("nfc_uid"),
                _ => None,
            }
        }
        /// Decodes `data` (the transaction data blob) as [`DetailCode::data_type`] says;
        /// `None` when the code names no data type.
        pub fn decode_data(
            &self,
            data: &[u8],
        ) -> Option<Result<data_types::DataType, mms_codec::DecodeError>> {
            data_types::DataType::decode(self.data_type()?, data)
        }
    }
    /// Payload of notification 0x0101 Transaction Information Update (manual Table 309).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DataUpdateArqcUpdateQuickChipDataAttached {
        /// `84` Transaction Data (binary, variable length, required).
        #[tlv(tag = 0x84)]
        pub transaction_data: DataUpdateArqcUpdateQuickChipDataAttachedTransactionData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `84` Transaction Data: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct DataUpdateArqcUpdateQuickChipDataAttachedTransactionData {
        /// Transaction data blob (variable length).
        pub data: Vec<u8>,
    }
    /// Payload of notification 0x0101 Transaction Information Update (manual Table 310).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderBarcodeEventTypeEncryptedDataAttached {
        /// `84` Notification Payload (binary, variable length, required).
        #[tlv(tag = 0x84, nested)]
        pub notification_payload: BarcodeReaderBarcodeEventTypeEncryptedDataAttachedNotificationPayload,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `84` Notification Payload: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderBarcodeEventTypeEncryptedDataAttachedNotificationPayload {
        /// `DFDF59` Encrypted Data Primitive (binary, variable length, required; see manual Table 311).
        #[tlv(tag = 0xDFDF59)]
        pub encrypted_data_primitive: Vec<u8>,
        /// `DFDF50` Encrypted Data KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF50)]
        pub encrypted_data_ksn: Vec<u8>,
        /// `DFDF51` Encrypted Data Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF51)]
        pub encrypted_data_encryption_type: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x0101 Transaction Information Update (manual Table 311).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData {
        /// `FC` Barcode Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub barcode_data_container: BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedDataBarcodeDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Barcode Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedDataBarcodeDataContainer {
        /// `DF74` Barcode Data (binary, variable length, optional).
        #[tlv(tag = 0xDF74)]
        pub barcode_data: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x0101 Transaction Information Update (manual Table 312).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct VasErrorReport {
        /// `FC` VAS Error Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub vas_error_container: VasErrorReportVasErrorContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` VAS Error Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct VasErrorReportVasErrorContainer {
        /// `DFDF25` Device Serial Number (IFD Serial Number) (binary, variable length, required).
        #[tlv(tag = 0xDFDF25)]
        pub device_serial_number_ifd_serial_number: Vec<u8>,
        /// `DF75` VAS Error Report (binary, variable length, required).
        ///
        /// Values: byte 4 `00` Select OSE Error; byte 4 `01` Get VAS Data Error (Apple only); byte 4 `02` Select Smart Tap Error (Google only); byte 4 `03` Negotiate Secure Session Error (Google only); byte 4 `04` Get Select Smart Tap Error (Google only).
        #[tlv(tag = 0xDF75)]
        pub vas_error_report: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification for DataUpdateArqcUpdateQuickChipDataAttached {
        const ID: u16 = 0x0101;
        const NAME: &'static str = "Transaction Information Update";
    }
    impl mms_message::Notification
    for BarcodeReaderBarcodeEventTypeEncryptedDataAttached {
        const ID: u16 = 0x0101;
        const NAME: &'static str = "Transaction Information Update";
    }
    impl mms_message::Notification
    for BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData {
        const ID: u16 = 0x0101;
        const NAME: &'static str = "Transaction Information Update";
    }
    impl mms_message::Notification for VasErrorReport {
        const ID: u16 = 0x0101;
        const NAME: &'static str = "Transaction Information Update";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 309.
        DataUpdateArqcUpdateQuickChipDataAttached(
            DataUpdateArqcUpdateQuickChipDataAttached,
        ),
        /// The payload of manual Table 310.
        BarcodeReaderBarcodeEventTypeEncryptedDataAttached(
            BarcodeReaderBarcodeEventTypeEncryptedDataAttached,
        ),
        /// The payload of manual Table 311.
        BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData(
            BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData,
        ),
        /// The payload of manual Table 312.
        VasErrorReport(VasErrorReport),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            match detail {
                Some(
                    0x07080202 | 0x07080302 | 0x08080202 | 0x08080302 | 0x10080202
                    | 0x10080302 | 0x20080202 | 0x20080302 | 0x20080402 | 0x20080702,
                ) => {
                    <DataUpdateArqcUpdateQuickChipDataAttached as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::DataUpdateArqcUpdateQuickChipDataAttached)
                }
                Some(0x30080002) => {
                    <BarcodeReaderBarcodeEventTypeEncryptedDataAttached as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::BarcodeReaderBarcodeEventTypeEncryptedDataAttached)
                        .or_else(|first| {
                            <DataUpdateArqcUpdateQuickChipDataAttached as mms_codec::Contents>::decode_contents(
                                    bytes,
                                    cx,
                                )
                                .map(Payload::DataUpdateArqcUpdateQuickChipDataAttached)
                                .map_err(|_| first)
                        })
                        .or_else(|first| {
                            <BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData as mms_codec::Contents>::decode_contents(
                                    bytes,
                                    cx,
                                )
                                .map(
                                    Payload::BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData,
                                )
                                .map_err(|_| first)
                        })
                }
                Some(0x20011002 | 0x20012002) => {
                    <VasErrorReport as mms_codec::Contents>::decode_contents(bytes, cx)
                        .map(Payload::VasErrorReport)
                }
                _ => {
                    <mms_message::TlvList as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::Other)
                }
            }
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::DataUpdateArqcUpdateQuickChipDataAttached(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::BarcodeReaderBarcodeEventTypeEncryptedDataAttached(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::VasErrorReport(p) => mms_codec::Contents::contents_len(p),
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::DataUpdateArqcUpdateQuickChipDataAttached(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::BarcodeReaderBarcodeEventTypeEncryptedDataAttached(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::BarcodeReaderBarcodeEventTypeDataAttachedUnencryptedData(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::VasErrorReport(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0103 - Transaction Host Action Request.
///
/// The manual marks this section MagTek internal for now.
pub mod transaction_host_action_request {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0103 (source byte, type byte).
    pub const ID: u16 = 0x0103;
    /// Detail codes of notification 0x0103 (manual Table 314): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            Self::Other(mms_codec::Unrecognized::__new(raw))
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            let Self::Other(raw) = self;
            raw.get()
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            None
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// Payload of notification 0x0103 Transaction Host Action Request (manual Table 315).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct TransactionHostActionRequest {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification for TransactionHostActionRequest {
        const ID: u16 = 0x0103;
        const NAME: &'static str = "Transaction Host Action Request";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 315.
        TransactionHostActionRequest(TransactionHostActionRequest),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::TransactionHostActionRequest(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::TransactionHostActionRequest(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0104 - Transaction Callback.
///
/// The manual marks this section MagTek internal for now.
pub mod transaction_callback {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0104 (source byte, type byte).
    pub const ID: u16 = 0x0104;
    /// Detail codes of notification 0x0104 (manual Table 319): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            Self::Other(mms_codec::Unrecognized::__new(raw))
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            let Self::Other(raw) = self;
            raw.get()
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            None
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// Payload of notification 0x0104 Transaction Callback (manual Table 320).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Table320 {
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification for Table320 {
        const ID: u16 = 0x0104;
        const NAME: &'static str = "Transaction Callback";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 320.
        Table320(Table320),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Table320(p) => mms_codec::Contents::contents_len(p),
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Table320(p) => mms_codec::Contents::encode_contents(p, out),
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0105 - Transaction Operation Complete.
pub mod transaction_operation_complete {
    use ::core::fmt;
    /// Notification ID 0x0105 (source byte, type byte).
    pub const ID: u16 = 0x0105;
    /// Detail codes of notification 0x0105 (manual Table 322): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `00010000`: None, Timeout/No Cards Detected, Transaction Timed Out, Reserved.
        NoneTimeoutNoCardsDetectedTransactionTimedOutReserved,
        /// `00030100`: None, Transaction Terminated, Transaction Canceled by Host, Reserved.
        NoneTransactionTerminatedTransactionCanceledByHostReserved,
        /// `00030200`: None, Transaction Terminated, Transaction Canceled by User, Reserved.
        NoneTransactionTerminatedTransactionCanceledByUserReserved,
        /// `07030500`: MCE, Transaction Terminated, Transaction.
        MceTransactionTerminatedTransaction,
        /// `07040000`: MCE, Transaction Completed, Reserved, Reserved.
        MceTransactionCompletedReservedReserved,
        /// `08030500`: MSR, Transaction Terminated, Transaction Canceled Due to Card Read Error, Reserved.
        MsrTransactionTerminatedTransactionCanceledDueToCardReadErrorReserved,
        /// `08020600`: MSR, Outcome, Approved, Reserved.
        MsrOutcomeApprovedReserved,
        /// `08020601`: MSR, Outcome, Approved, Signature Capture Requested.
        MsrOutcomeApprovedSignatureCaptureRequested,
        /// `08020604`: MSR, Outcome, Approved, Signature Capture Available.
        MsrOutcomeApprovedSignatureCaptureAvailable,
        /// `08020605`: MSR, Outcome, Approved, Signature Capture Success.
        MsrOutcomeApprovedSignatureCaptureSuccess,
        /// `08020606`: MSR, Outcome, Approved, Signature Capture Fail.
        MsrOutcomeApprovedSignatureCaptureFail,
        /// `08020700`: MSR, Outcome, Quick Chip Deferred, Reserved.
        MsrOutcomeQuickChipDeferredReserved,
        /// `08020701`: MSR, Outcome, Quick Chip Deferred, Signature Capture Requested.
        MsrOutcomeQuickChipDeferredSignatureCaptureRequested,
        /// `08020704`: MSR, Outcome, Quick Chip Deferred, Signature Capture Available.
        MsrOutcomeQuickChipDeferredSignatureCaptureAvailable,
        /// `08020705`: MSR, Outcome, Quick Chip Deferred, Signature Capture Success.
        MsrOutcomeQuickChipDeferredSignatureCaptureSuccess,
        /// `08020706`: MSR, Outcome, Quick Chip Deferred, Signature Capture Fail.
        MsrOutcomeQuickChipDeferredSignatureCaptureFail,
        /// `08028000`: MSR, Outcome, Declined, Reserved.
        MsrOutcomeDeclinedReserved,
        /// `08028001`: MSR, Outcome, Declined, Signature Capture Requested.
        MsrOutcomeDeclinedSignatureCaptureRequested,
        /// `08028004`: MSR, Outcome, Declined, Signature Capture Available.
        MsrOutcomeDeclinedSignatureCaptureAvailable,
        /// `08028005`: MSR, Outcome, Declined, Signature Capture Success.
        MsrOutcomeDeclinedSignatureCaptureSuccess,
        /// `08028006`: MSR, Outcome, Declined, Signature Capture Fail.
        MsrOutcomeDeclinedSignatureCaptureFail,
        /// `10020803`: ICC, Kernel Outcome, Failed, MSR Fallback.
        IccKernelOutcomeFailedMsrFallback,
        /// `10020903`: ICC, Kernel Outcome, Empty Candidate List, MSR Fallback.
        IccKernelOutcomeEmptyCandidateListMsrFallback,
        /// `10020000`: ICC, Kernel Outcome, None, Reserved.
        IccKernelOutcomeNoneReserved,
        /// `10020002`: ICC, Kernel Outcome, None, Technical Fallback.
        IccKernelOutcomeNoneTechnicalFallback,
        /// `10020F02`: ICC, Kernel Outcome, End Application, Technical Fallback.
        IccKernelOutcomeEndApplicationTechnicalFallback,
        /// `10020100`: ICC, Kernel Outcome, Try Another Interface, Reserved.
        IccKernelOutcomeTryAnotherInterfaceReserved,
        /// `10020200`: ICC, Kernel Outcome, Offline Approved, Reserved.
        IccKernelOutcomeOfflineApprovedReserved,
        /// `10020201`: ICC, Kernel Outcome, Offline Approved, Signature Capture Requested.
        IccKernelOutcomeOfflineApprovedSignatureCaptureRequested,
        /// `10020204`: ICC, Kernel Outcome, Offline Approved, Signature Capture Available.
        IccKernelOutcomeOfflineApprovedSignatureCaptureAvailable,
        /// `10020205`: ICC, Kernel Outcome, Offline Approved, Signature Capture Success.
        IccKernelOutcomeOfflineApprovedSignatureCaptureSuccess,
        /// `10020206`: ICC, Kernel Outcome, Offline Approved, Signature Capture Fail.
        IccKernelOutcomeOfflineApprovedSignatureCaptureFail,
        /// `10020300`: ICC, Kernel Outcome, Offline Declined, Reserved.
        IccKernelOutcomeOfflineDeclinedReserved,
        /// `10020400`: ICC, Kernel Outcome, Offline Failed, Reserved.
        IccKernelOutcomeOfflineFailedReserved,
        /// `10020500`: ICC, Kernel Outcome, Offline Not Accepted, Reserved.
        IccKernelOutcomeOfflineNotAcceptedReserved,
        /// `10020600`: ICC, Kernel Outcome, Approved, Reserved.
        IccKernelOutcomeApprovedReserved,
        /// `10020601`: ICC, Kernel Outcome, Approved, Signature Capture Requested.
        IccKernelOutcomeApprovedSignatureCaptureRequested,
        /// `10020604`: ICC, Kernel Outcome, Approved, Signature Capture Available.
        IccKernelOutcomeApprovedSignatureCaptureAvailable,
        /// `10020605`: ICC, Kernel Outcome, Approved, Signature Capture Success.
        IccKernelOutcomeApprovedSignatureCaptureSuccess,
        /// `10020606`: ICC, Kernel Outcome, Approved, Signature Capture Fail.
        IccKernelOutcomeApprovedSignatureCaptureFail,
        /// `10020700`: ICC, Kernel Outcome, Quick Chip Deferred, Reserved.
        IccKernelOutcomeQuickChipDeferredReserved,
        /// `10020701`: ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Requested.
        IccKernelOutcomeQuickChipDeferredSignatureCaptureRequested,
        /// `10020704`: ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Available.
        IccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable,
        /// `10020705`: ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Success.
        IccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess,
        /// `10020706`: ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Failed.
        IccKernelOutcomeQuickChipDeferredSignatureCaptureFailed,
        /// `10020800`: ICC, Kernel Outcome, Failed, Reserved.
        IccKernelOutcomeFailedReserved,
        /// `10020900`: ICC, Kernel Outcome, Not Accepted, Reserved.
        IccKernelOutcomeNotAcceptedReserved,
        /// `10020A00`: ICC, Kernel Outcome, Transaction Canceled, Reserved.
        IccKernelOutcomeTransactionCanceledReserved,
        /// `10020B00`: ICC, Kernel Outcome, Select Next Not Accepted, Reserved.
        IccKernelOutcomeSelectNextNotAcceptedReserved,
        /// `10020C00`: ICC, Kernel Outcome, Select Next Retry, Reserved.
        IccKernelOutcomeSelectNextRetryReserved,
        /// `10020D00`: ICC, Kernel Outcome, Try Again, Reserved.
        IccKernelOutcomeTryAgainReserved,
        /// `10020E00`: ICC, Kernel Outcome, Online Request, Reserved.
        IccKernelOutcomeOnlineRequestReserved,
        /// `10020F00`: ICC, Kernel Outcome, End Application, Reserved.
        IccKernelOutcomeEndApplicationReserved,
        /// `10021000`: ICC, Kernel Outcome, Not EMV Card Pooled, Reserved.
        IccKernelOutcomeNotEmvCardPooledReserved,
        /// `10028000`: ICC, Kernel Outcome, Declined, Reserved.
        IccKernelOutcomeDeclinedReserved,
        /// `10028001`: ICC, Kernel Outcome, Declined, Signature Capture Requested.
        IccKernelOutcomeDeclinedSignatureCaptureRequested,
        /// `10028004`: ICC, Kernel Outcome, Declined, Signature Capture Available.
        IccKernelOutcomeDeclinedSignatureCaptureAvailable,
        /// `10028005`: ICC, Kernel Outcome, Declined, Signature Capture Success.
        IccKernelOutcomeDeclinedSignatureCaptureSuccess,
        /// `10028006`: ICC, Kernel Outcome, Declined, Signature Capture Failed.
        IccKernelOutcomeDeclinedSignatureCaptureFailed,
        /// `10040700`: ICC, Transaction Completed, Declined, Reserved.
        IccTransactionCompletedDeclinedReserved,
        /// `20020000`: PICC, Kernel Outcome, None, Reserved.
        PiccKernelOutcomeNoneReserved,
        /// `20020100`: PICC, Kernel Outcome, Try Another Interface, Reserved.
        PiccKernelOutcomeTryAnotherInterfaceReserved,
        /// `20020200`: PICC, Kernel Outcome, Offline Approved, Reserved.
        PiccKernelOutcomeOfflineApprovedReserved,
        /// `20020201`: PICC, Kernel Outcome, Offline Approved, Signature Capture Requested.
        PiccKernelOutcomeOfflineApprovedSignatureCaptureRequested,
        /// `20020204`: PICC, Kernel Outcome, Offline Approved, Signature Capture Available.
        PiccKernelOutcomeOfflineApprovedSignatureCaptureAvailable,
        /// `20020205`: PICC, Kernel Outcome, Offline Approved, Signature Capture Success.
        PiccKernelOutcomeOfflineApprovedSignatureCaptureSuccess,
        /// `20020206`: PICC, Kernel Outcome, Offline Approved, Signature Capture Fail.
        PiccKernelOutcomeOfflineApprovedSignatureCaptureFail,
        /// `20020300`: PICC, Kernel Outcome, Offline Declined, Reserved.
        PiccKernelOutcomeOfflineDeclinedReserved,
        /// `20020400`: PICC, Kernel Outcome, Offline Failed, Reserved.
        PiccKernelOutcomeOfflineFailedReserved,
        /// `20020500`: PICC, Kernel Outcome, Offline Not Accepted, Reserved.
        PiccKernelOutcomeOfflineNotAcceptedReserved,
        /// `20020600`: PICC, Kernel Outcome, Approved, Reserved.
        PiccKernelOutcomeApprovedReserved,
        /// `20020601`: PICC, Kernel Outcome, Approved, Signature Capture Requested.
        PiccKernelOutcomeApprovedSignatureCaptureRequested,
        /// `20020604`: PICC, Kernel Outcome, Approved, Signature Capture Available.
        PiccKernelOutcomeApprovedSignatureCaptureAvailable,
        /// `20020605`: PICC, Kernel Outcome, Approved, Signature Capture Success.
        PiccKernelOutcomeApprovedSignatureCaptureSuccess,
        /// `20020606`: PICC, Kernel Outcome, Approved, Signature Capture Fail.
        PiccKernelOutcomeApprovedSignatureCaptureFail,
        /// `20020700`: PICC, Kernel Outcome, Quick Chip Deferred, Reserved.
        PiccKernelOutcomeQuickChipDeferredReserved,
        /// `20020701`: PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Requested.
        PiccKernelOutcomeQuickChipDeferredSignatureCaptureRequested,
        /// `20020704`: PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Available.
        PiccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable,
        /// `20020705`: PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Success.
        PiccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess,
        /// `20020706`: PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Failed.
        PiccKernelOutcomeQuickChipDeferredSignatureCaptureFailed,
        /// `20020800`: PICC, Kernel Outcome, Failed, Reserved.
        PiccKernelOutcomeFailedReserved,
        /// `20020900`: PICC, Kernel Outcome, Not Accepted, Reserved.
        PiccKernelOutcomeNotAcceptedReserved,
        /// `20020A00`: PICC, Kernel Outcome, Transaction Canceled, Reserved.
        PiccKernelOutcomeTransactionCanceledReserved,
        /// `20020B00`: PICC, Kernel Outcome, Select Next Not Accepted, Reserved.
        PiccKernelOutcomeSelectNextNotAcceptedReserved,
        /// `20020C00`: PICC, Kernel Outcome, Select Next Retry, Reserved.
        PiccKernelOutcomeSelectNextRetryReserved,
        /// `20020D00`: PICC, Kernel Outcome, Try Again, Reserved.
        PiccKernelOutcomeTryAgainReserved,
        /// `20020E00`: PICC, Kernel Outcome, Online Request, Reserved.
        PiccKernelOutcomeOnlineRequestReserved,
        /// `20020F00`: PICC, Kernel Outcome, End Application, Reserved.
        PiccKernelOutcomeEndApplicationReserved,
        /// `20021000`: PICC, Kernel Outcome, Not EMV Card Pooled, Reserved.
        PiccKernelOutcomeNotEmvCardPooledReserved,
        /// `20028000`: PICC, Kernel Outcome, Declined, Reserved.
        PiccKernelOutcomeDeclinedReserved,
        /// `20028001`: PICC, Kernel Outcome, Declined, Signature Capture Requested.
        PiccKernelOutcomeDeclinedSignatureCaptureRequested,
        /// `20028004`: PICC, Kernel Outcome, Declined, Signature Capture Available.
        PiccKernelOutcomeDeclinedSignatureCaptureAvailable,
        /// `20028005`: PICC, Kernel Outcome, Declined, Signature Capture Success.
        PiccKernelOutcomeDeclinedSignatureCaptureSuccess,
        /// `20028006`: PICC, Kernel Outcome, Declined, Signature Capture Failed.
        PiccKernelOutcomeDeclinedSignatureCaptureFailed,
        /// `20040700`: PICC, Transaction Completed, Declined, Reserved.
        PiccTransactionCompletedDeclinedReserved,
        /// `20050000`: PICC, NFC TAG, Tag Removed, Reserved.
        PiccNfcTagTagRemovedReserved,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x00010000 => Self::NoneTimeoutNoCardsDetectedTransactionTimedOutReserved,
                0x00030100 => {
                    Self::NoneTransactionTerminatedTransactionCanceledByHostReserved
                }
                0x00030200 => {
                    Self::NoneTransactionTerminatedTransactionCanceledByUserReserved
                }
                0x07030500 => Self::MceTransactionTerminatedTransaction,
                0x07040000 => Self::MceTransactionCompletedReservedReserved,
                0x08030500 => {
                    Self::MsrTransactionTerminatedTransactionCanceledDueToCardReadErrorReserved
                }
                0x08020600 => Self::MsrOutcomeApprovedReserved,
                0x08020601 => Self::MsrOutcomeApprovedSignatureCaptureRequested,
                0x08020604 => Self::MsrOutcomeApprovedSignatureCaptureAvailable,
                0x08020605 => Self::MsrOutcomeApprovedSignatureCaptureSuccess,
                0x08020606 => Self::MsrOutcomeApprovedSignatureCaptureFail,
                0x08020700 => Self::MsrOutcomeQuickChipDeferredReserved,
                0x08020701 => Self::MsrOutcomeQuickChipDeferredSignatureCaptureRequested,
                0x08020704 => Self::MsrOutcomeQuickChipDeferredSignatureCaptureAvailable,
                0x08020705 => Self::MsrOutcomeQuickChipDeferredSignatureCaptureSuccess,
                0x08020706 => Self::MsrOutcomeQuickChipDeferredSignatureCaptureFail,
                0x08028000 => Self::MsrOutcomeDeclinedReserved,
                0x08028001 => Self::MsrOutcomeDeclinedSignatureCaptureRequested,
                0x08028004 => Self::MsrOutcomeDeclinedSignatureCaptureAvailable,
                0x08028005 => Self::MsrOutcomeDeclinedSignatureCaptureSuccess,
                0x08028006 => Self::MsrOutcomeDeclinedSignatureCaptureFail,
                0x10020803 => Self::IccKernelOutcomeFailedMsrFallback,
                0x10020903 => Self::IccKernelOutcomeEmptyCandidateListMsrFallback,
                0x10020000 => Self::IccKernelOutcomeNoneReserved,
                0x10020002 => Self::IccKernelOutcomeNoneTechnicalFallback,
                0x10020F02 => Self::IccKernelOutcomeEndApplicationTechnicalFallback,
                0x10020100 => Self::IccKernelOutcomeTryAnotherInterfaceReserved,
                0x10020200 => Self::IccKernelOutcomeOfflineApprovedReserved,
                0x10020201 => {
                    Self::IccKernelOutcomeOfflineApprovedSignatureCaptureRequested
                }
                0x10020204 => {
                    Self::IccKernelOutcomeOfflineApprovedSignatureCaptureAvailable
                }
                0x10020205 => {
                    Self::IccKernelOutcomeOfflineApprovedSignatureCaptureSuccess
                }
                0x10020206 => Self::IccKernelOutcomeOfflineApprovedSignatureCaptureFail,
                0x10020300 => Self::IccKernelOutcomeOfflineDeclinedReserved,
                0x10020400 => Self::IccKernelOutcomeOfflineFailedReserved,
                0x10020500 => Self::IccKernelOutcomeOfflineNotAcceptedReserved,
                0x10020600 => Self::IccKernelOutcomeApprovedReserved,
                0x10020601 => Self::IccKernelOutcomeApprovedSignatureCaptureRequested,
                0x10020604 => Self::IccKernelOutcomeApprovedSignatureCaptureAvailable,
                0x10020605 => Self::IccKernelOutcomeApprovedSignatureCaptureSuccess,
                0x10020606 => Self::IccKernelOutcomeApprovedSignatureCaptureFail,
                0x10020700 => Self::IccKernelOutcomeQuickChipDeferredReserved,
                0x10020701 => {
                    Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureRequested
                }
                0x10020704 => {
                    Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable
                }
                0x10020705 => {
                    Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess
                }
                0x10020706 => {
                    Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureFailed
                }
                0x10020800 => Self::IccKernelOutcomeFailedReserved,
                0x10020900 => Self::IccKernelOutcomeNotAcceptedReserved,
                0x10020A00 => Self::IccKernelOutcomeTransactionCanceledReserved,
                0x10020B00 => Self::IccKernelOutcomeSelectNextNotAcceptedReserved,
                0x10020C00 => Self::IccKernelOutcomeSelectNextRetryReserved,
                0x10020D00 => Self::IccKernelOutcomeTryAgainReserved,
                0x10020E00 => Self::IccKernelOutcomeOnlineRequestReserved,
                0x10020F00 => Self::IccKernelOutcomeEndApplicationReserved,
                0x10021000 => Self::IccKernelOutcomeNotEmvCardPooledReserved,
                0x10028000 => Self::IccKernelOutcomeDeclinedReserved,
                0x10028001 => Self::IccKernelOutcomeDeclinedSignatureCaptureRequested,
                0x10028004 => Self::IccKernelOutcomeDeclinedSignatureCaptureAvailable,
                0x10028005 => Self::IccKernelOutcomeDeclinedSignatureCaptureSuccess,
                0x10028006 => Self::IccKernelOutcomeDeclinedSignatureCaptureFailed,
                0x10040700 => Self::IccTransactionCompletedDeclinedReserved,
                0x20020000 => Self::PiccKernelOutcomeNoneReserved,
                0x20020100 => Self::PiccKernelOutcomeTryAnotherInterfaceReserved,
                0x20020200 => Self::PiccKernelOutcomeOfflineApprovedReserved,
                0x20020201 => {
                    Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureRequested
                }
                0x20020204 => {
                    Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureAvailable
                }
                0x20020205 => {
                    Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureSuccess
                }
                0x20020206 => Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureFail,
                0x20020300 => Self::PiccKernelOutcomeOfflineDeclinedReserved,
                0x20020400 => Self::PiccKernelOutcomeOfflineFailedReserved,
                0x20020500 => Self::PiccKernelOutcomeOfflineNotAcceptedReserved,
                0x20020600 => Self::PiccKernelOutcomeApprovedReserved,
                0x20020601 => Self::PiccKernelOutcomeApprovedSignatureCaptureRequested,
                0x20020604 => Self::PiccKernelOutcomeApprovedSignatureCaptureAvailable,
                0x20020605 => Self::PiccKernelOutcomeApprovedSignatureCaptureSuccess,
                0x20020606 => Self::PiccKernelOutcomeApprovedSignatureCaptureFail,
                0x20020700 => Self::PiccKernelOutcomeQuickChipDeferredReserved,
                0x20020701 => {
                    Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureRequested
                }
                0x20020704 => {
                    Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable
                }
                0x20020705 => {
                    Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess
                }
                0x20020706 => {
                    Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureFailed
                }
                0x20020800 => Self::PiccKernelOutcomeFailedReserved,
                0x20020900 => Self::PiccKernelOutcomeNotAcceptedReserved,
                0x20020A00 => Self::PiccKernelOutcomeTransactionCanceledReserved,
                0x20020B00 => Self::PiccKernelOutcomeSelectNextNotAcceptedReserved,
                0x20020C00 => Self::PiccKernelOutcomeSelectNextRetryReserved,
                0x20020D00 => Self::PiccKernelOutcomeTryAgainReserved,
                0x20020E00 => Self::PiccKernelOutcomeOnlineRequestReserved,
                0x20020F00 => Self::PiccKernelOutcomeEndApplicationReserved,
                0x20021000 => Self::PiccKernelOutcomeNotEmvCardPooledReserved,
                0x20028000 => Self::PiccKernelOutcomeDeclinedReserved,
                0x20028001 => Self::PiccKernelOutcomeDeclinedSignatureCaptureRequested,
                0x20028004 => Self::PiccKernelOutcomeDeclinedSignatureCaptureAvailable,
                0x20028005 => Self::PiccKernelOutcomeDeclinedSignatureCaptureSuccess,
                0x20028006 => Self::PiccKernelOutcomeDeclinedSignatureCaptureFailed,
                0x20040700 => Self::PiccTransactionCompletedDeclinedReserved,
                0x20050000 => Self::PiccNfcTagTagRemovedReserved,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::NoneTimeoutNoCardsDetectedTransactionTimedOutReserved => 0x00010000,
                Self::NoneTransactionTerminatedTransactionCanceledByHostReserved => {
                    0x00030100
                }
                Self::NoneTransactionTerminatedTransactionCanceledByUserReserved => {
                    0x00030200
                }
                Self::MceTransactionTerminatedTransaction => 0x07030500,
                Self::MceTransactionCompletedReservedReserved => 0x07040000,
                Self::MsrTransactionTerminatedTransactionCanceledDueToCardReadErrorReserved => {
                    0x08030500
                }
                Self::MsrOutcomeApprovedReserved => 0x08020600,
                Self::MsrOutcomeApprovedSignatureCaptureRequested => 0x08020601,
                Self::MsrOutcomeApprovedSignatureCaptureAvailable => 0x08020604,
                Self::MsrOutcomeApprovedSignatureCaptureSuccess => 0x08020605,
                Self::MsrOutcomeApprovedSignatureCaptureFail => 0x08020606,
                Self::MsrOutcomeQuickChipDeferredReserved => 0x08020700,
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureRequested => 0x08020701,
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureAvailable => 0x08020704,
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureSuccess => 0x08020705,
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureFail => 0x08020706,
                Self::MsrOutcomeDeclinedReserved => 0x08028000,
                Self::MsrOutcomeDeclinedSignatureCaptureRequested => 0x08028001,
                Self::MsrOutcomeDeclinedSignatureCaptureAvailable => 0x08028004,
                Self::MsrOutcomeDeclinedSignatureCaptureSuccess => 0x08028005,
                Self::MsrOutcomeDeclinedSignatureCaptureFail => 0x08028006,
                Self::IccKernelOutcomeFailedMsrFallback => 0x10020803,
                Self::IccKernelOutcomeEmptyCandidateListMsrFallback => 0x10020903,
                Self::IccKernelOutcomeNoneReserved => 0x10020000,
                Self::IccKernelOutcomeNoneTechnicalFallback => 0x10020002,
                Self::IccKernelOutcomeEndApplicationTechnicalFallback => 0x10020F02,
                Self::IccKernelOutcomeTryAnotherInterfaceReserved => 0x10020100,
                Self::IccKernelOutcomeOfflineApprovedReserved => 0x10020200,
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureRequested => {
                    0x10020201
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureAvailable => {
                    0x10020204
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureSuccess => {
                    0x10020205
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureFail => 0x10020206,
                Self::IccKernelOutcomeOfflineDeclinedReserved => 0x10020300,
                Self::IccKernelOutcomeOfflineFailedReserved => 0x10020400,
                Self::IccKernelOutcomeOfflineNotAcceptedReserved => 0x10020500,
                Self::IccKernelOutcomeApprovedReserved => 0x10020600,
                Self::IccKernelOutcomeApprovedSignatureCaptureRequested => 0x10020601,
                Self::IccKernelOutcomeApprovedSignatureCaptureAvailable => 0x10020604,
                Self::IccKernelOutcomeApprovedSignatureCaptureSuccess => 0x10020605,
                Self::IccKernelOutcomeApprovedSignatureCaptureFail => 0x10020606,
                Self::IccKernelOutcomeQuickChipDeferredReserved => 0x10020700,
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureRequested => {
                    0x10020701
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable => {
                    0x10020704
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess => {
                    0x10020705
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureFailed => {
                    0x10020706
                }
                Self::IccKernelOutcomeFailedReserved => 0x10020800,
                Self::IccKernelOutcomeNotAcceptedReserved => 0x10020900,
                Self::IccKernelOutcomeTransactionCanceledReserved => 0x10020A00,
                Self::IccKernelOutcomeSelectNextNotAcceptedReserved => 0x10020B00,
                Self::IccKernelOutcomeSelectNextRetryReserved => 0x10020C00,
                Self::IccKernelOutcomeTryAgainReserved => 0x10020D00,
                Self::IccKernelOutcomeOnlineRequestReserved => 0x10020E00,
                Self::IccKernelOutcomeEndApplicationReserved => 0x10020F00,
                Self::IccKernelOutcomeNotEmvCardPooledReserved => 0x10021000,
                Self::IccKernelOutcomeDeclinedReserved => 0x10028000,
                Self::IccKernelOutcomeDeclinedSignatureCaptureRequested => 0x10028001,
                Self::IccKernelOutcomeDeclinedSignatureCaptureAvailable => 0x10028004,
                Self::IccKernelOutcomeDeclinedSignatureCaptureSuccess => 0x10028005,
                Self::IccKernelOutcomeDeclinedSignatureCaptureFailed => 0x10028006,
                Self::IccTransactionCompletedDeclinedReserved => 0x10040700,
                Self::PiccKernelOutcomeNoneReserved => 0x20020000,
                Self::PiccKernelOutcomeTryAnotherInterfaceReserved => 0x20020100,
                Self::PiccKernelOutcomeOfflineApprovedReserved => 0x20020200,
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureRequested => {
                    0x20020201
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureAvailable => {
                    0x20020204
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureSuccess => {
                    0x20020205
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureFail => 0x20020206,
                Self::PiccKernelOutcomeOfflineDeclinedReserved => 0x20020300,
                Self::PiccKernelOutcomeOfflineFailedReserved => 0x20020400,
                Self::PiccKernelOutcomeOfflineNotAcceptedReserved => 0x20020500,
                Self::PiccKernelOutcomeApprovedReserved => 0x20020600,
                Self::PiccKernelOutcomeApprovedSignatureCaptureRequested => 0x20020601,
                Self::PiccKernelOutcomeApprovedSignatureCaptureAvailable => 0x20020604,
                Self::PiccKernelOutcomeApprovedSignatureCaptureSuccess => 0x20020605,
                Self::PiccKernelOutcomeApprovedSignatureCaptureFail => 0x20020606,
                Self::PiccKernelOutcomeQuickChipDeferredReserved => 0x20020700,
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureRequested => {
                    0x20020701
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable => {
                    0x20020704
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess => {
                    0x20020705
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureFailed => {
                    0x20020706
                }
                Self::PiccKernelOutcomeFailedReserved => 0x20020800,
                Self::PiccKernelOutcomeNotAcceptedReserved => 0x20020900,
                Self::PiccKernelOutcomeTransactionCanceledReserved => 0x20020A00,
                Self::PiccKernelOutcomeSelectNextNotAcceptedReserved => 0x20020B00,
                Self::PiccKernelOutcomeSelectNextRetryReserved => 0x20020C00,
                Self::PiccKernelOutcomeTryAgainReserved => 0x20020D00,
                Self::PiccKernelOutcomeOnlineRequestReserved => 0x20020E00,
                Self::PiccKernelOutcomeEndApplicationReserved => 0x20020F00,
                Self::PiccKernelOutcomeNotEmvCardPooledReserved => 0x20021000,
                Self::PiccKernelOutcomeDeclinedReserved => 0x20028000,
                Self::PiccKernelOutcomeDeclinedSignatureCaptureRequested => 0x20028001,
                Self::PiccKernelOutcomeDeclinedSignatureCaptureAvailable => 0x20028004,
                Self::PiccKernelOutcomeDeclinedSignatureCaptureSuccess => 0x20028005,
                Self::PiccKernelOutcomeDeclinedSignatureCaptureFailed => 0x20028006,
                Self::PiccTransactionCompletedDeclinedReserved => 0x20040700,
                Self::PiccNfcTagTagRemovedReserved => 0x20050000,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::NoneTimeoutNoCardsDetectedTransactionTimedOutReserved => {
                    Some(
                        "None, Timeout/No Cards Detected, Transaction Timed Out, Reserved",
                    )
                }
                Self::NoneTransactionTerminatedTransactionCanceledByHostReserved => {
                    Some(
                        "None, Transaction Terminated, Transaction Canceled by Host, Reserved",
                    )
                }
                Self::NoneTransactionTerminatedTransactionCanceledByUserReserved => {
                    Some(
                        "None, Transaction Terminated, Transaction Canceled by User, Reserved",
                    )
                }
                Self::MceTransactionTerminatedTransaction => {
                    Some("MCE, Transaction Terminated, Transaction")
                }
                Self::MceTransactionCompletedReservedReserved => {
                    Some("MCE, Transaction Completed, Reserved, Reserved")
                }
                Self::MsrTransactionTerminatedTransactionCanceledDueToCardReadErrorReserved => {
                    Some(
                        "MSR, Transaction Terminated, Transaction Canceled Due to Card Read Error, Reserved",
                    )
                }
                Self::MsrOutcomeApprovedReserved => {
                    Some("MSR, Outcome, Approved, Reserved")
                }
                Self::MsrOutcomeApprovedSignatureCaptureRequested => {
                    Some("MSR, Outcome, Approved, Signature Capture Requested")
                }
                Self::MsrOutcomeApprovedSignatureCaptureAvailable => {
                    Some("MSR, Outcome, Approved, Signature Capture Available")
                }
                Self::MsrOutcomeApprovedSignatureCaptureSuccess => {
                    Some("MSR, Outcome, Approved, Signature Capture Success")
                }
                Self::MsrOutcomeApprovedSignatureCaptureFail => {
                    Some("MSR, Outcome, Approved, Signature Capture Fail")
                }
                Self::MsrOutcomeQuickChipDeferredReserved => {
                    Some("MSR, Outcome, Quick Chip Deferred, Reserved")
                }
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureRequested => {
                    Some(
                        "MSR, Outcome, Quick Chip Deferred, Signature Capture Requested",
                    )
                }
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureAvailable => {
                    Some(
                        "MSR, Outcome, Quick Chip Deferred, Signature Capture Available",
                    )
                }
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureSuccess => {
                    Some("MSR, Outcome, Quick Chip Deferred, Signature Capture Success")
                }
                Self::MsrOutcomeQuickChipDeferredSignatureCaptureFail => {
                    Some("MSR, Outcome, Quick Chip Deferred, Signature Capture Fail")
                }
                Self::MsrOutcomeDeclinedReserved => {
                    Some("MSR, Outcome, Declined, Reserved")
                }
                Self::MsrOutcomeDeclinedSignatureCaptureRequested => {
                    Some("MSR, Outcome, Declined, Signature Capture Requested")
                }
                Self::MsrOutcomeDeclinedSignatureCaptureAvailable => {
                    Some("MSR, Outcome, Declined, Signature Capture Available")
                }
                Self::MsrOutcomeDeclinedSignatureCaptureSuccess => {
                    Some("MSR, Outcome, Declined, Signature Capture Success")
                }
                Self::MsrOutcomeDeclinedSignatureCaptureFail => {
                    Some("MSR, Outcome, Declined, Signature Capture Fail")
                }
                Self::IccKernelOutcomeFailedMsrFallback => {
                    Some("ICC, Kernel Outcome, Failed, MSR Fallback")
                }
                Self::IccKernelOutcomeEmptyCandidateListMsrFallback => {
                    Some("ICC, Kernel Outcome, Empty Candidate List, MSR Fallback")
                }
                Self::IccKernelOutcomeNoneReserved => {
                    Some("ICC, Kernel Outcome, None, Reserved")
                }
                Self::IccKernelOutcomeNoneTechnicalFallback => {
                    Some("ICC, Kernel Outcome, None, Technical Fallback")
                }
                Self::IccKernelOutcomeEndApplicationTechnicalFallback => {
                    Some("ICC, Kernel Outcome, End Application, Technical Fallback")
                }
                Self::IccKernelOutcomeTryAnotherInterfaceReserved => {
                    Some("ICC, Kernel Outcome, Try Another Interface, Reserved")
                }
                Self::IccKernelOutcomeOfflineApprovedReserved => {
                    Some("ICC, Kernel Outcome, Offline Approved, Reserved")
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureRequested => {
                    Some(
                        "ICC, Kernel Outcome, Offline Approved, Signature Capture Requested",
                    )
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureAvailable => {
                    Some(
                        "ICC, Kernel Outcome, Offline Approved, Signature Capture Available",
                    )
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureSuccess => {
                    Some(
                        "ICC, Kernel Outcome, Offline Approved, Signature Capture Success",
                    )
                }
                Self::IccKernelOutcomeOfflineApprovedSignatureCaptureFail => {
                    Some("ICC, Kernel Outcome, Offline Approved, Signature Capture Fail")
                }
                Self::IccKernelOutcomeOfflineDeclinedReserved => {
                    Some("ICC, Kernel Outcome, Offline Declined, Reserved")
                }
                Self::IccKernelOutcomeOfflineFailedReserved => {
                    Some("ICC, Kernel Outcome, Offline Failed, Reserved")
                }
                Self::IccKernelOutcomeOfflineNotAcceptedReserved => {
                    Some("ICC, Kernel Outcome, Offline Not Accepted, Reserved")
                }
                Self::IccKernelOutcomeApprovedReserved => {
                    Some("ICC, Kernel Outcome, Approved, Reserved")
                }
                Self::IccKernelOutcomeApprovedSignatureCaptureRequested => {
                    Some("ICC, Kernel Outcome, Approved, Signature Capture Requested")
                }
                Self::IccKernelOutcomeApprovedSignatureCaptureAvailable => {
                    Some("ICC, Kernel Outcome, Approved, Signature Capture Available")
                }
                Self::IccKernelOutcomeApprovedSignatureCaptureSuccess => {
                    Some("ICC, Kernel Outcome, Approved, Signature Capture Success")
                }
                Self::IccKernelOutcomeApprovedSignatureCaptureFail => {
                    Some("ICC, Kernel Outcome, Approved, Signature Capture Fail")
                }
                Self::IccKernelOutcomeQuickChipDeferredReserved => {
                    Some("ICC, Kernel Outcome, Quick Chip Deferred, Reserved")
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureRequested => {
                    Some(
                        "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Requested",
                    )
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable => {
                    Some(
                        "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Available",
                    )
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess => {
                    Some(
                        "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Success",
                    )
                }
                Self::IccKernelOutcomeQuickChipDeferredSignatureCaptureFailed => {
                    Some(
                        "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Failed",
                    )
                }
                Self::IccKernelOutcomeFailedReserved => {
                    Some("ICC, Kernel Outcome, Failed, Reserved")
                }
                Self::IccKernelOutcomeNotAcceptedReserved => {
                    Some("ICC, Kernel Outcome, Not Accepted, Reserved")
                }
                Self::IccKernelOutcomeTransactionCanceledReserved => {
                    Some("ICC, Kernel Outcome, Transaction Canceled, Reserved")
                }
                Self::IccKernelOutcomeSelectNextNotAcceptedReserved => {
                    Some("ICC, Kernel Outcome, Select Next Not Accepted, Reserved")
                }
                Self::IccKernelOutcomeSelectNextRetryReserved => {
                    Some("ICC, Kernel Outcome, Select Next Retry, Reserved")
                }
                Self::IccKernelOutcomeTryAgainReserved => {
                    Some("ICC, Kernel Outcome, Try Again, Reserved")
                }
                Self::IccKernelOutcomeOnlineRequestReserved => {
                    Some("ICC, Kernel Outcome, Online Request, Reserved")
                }
                Self::IccKernelOutcomeEndApplicationReserved => {
                    Some("ICC, Kernel Outcome, End Application, Reserved")
                }
                Self::IccKernelOutcomeNotEmvCardPooledReserved => {
                    Some("ICC, Kernel Outcome, Not EMV Card Pooled, Reserved")
                }
                Self::IccKernelOutcomeDeclinedReserved => {
                    Some("ICC, Kernel Outcome, Declined, Reserved")
                }
                Self::IccKernelOutcomeDeclinedSignatureCaptureRequested => {
                    Some("ICC, Kernel Outcome, Declined, Signature Capture Requested")
                }
                Self::IccKernelOutcomeDeclinedSignatureCaptureAvailable => {
                    Some("ICC, Kernel Outcome, Declined, Signature Capture Available")
                }
                Self::IccKernelOutcomeDeclinedSignatureCaptureSuccess => {
                    Some("ICC, Kernel Outcome, Declined, Signature Capture Success")
                }
                Self::IccKernelOutcomeDeclinedSignatureCaptureFailed => {
                    Some("ICC, Kernel Outcome, Declined, Signature Capture Failed")
                }
                Self::IccTransactionCompletedDeclinedReserved => {
                    Some("ICC, Transaction Completed, Declined, Reserved")
                }
                Self::PiccKernelOutcomeNoneReserved => {
                    Some("PICC, Kernel Outcome, None, Reserved")
                }
                Self::PiccKernelOutcomeTryAnotherInterfaceReserved => {
                    Some("PICC, Kernel Outcome, Try Another Interface, Reserved")
                }
                Self::PiccKernelOutcomeOfflineApprovedReserved => {
                    Some("PICC, Kernel Outcome, Offline Approved, Reserved")
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureRequested => {
                    Some(
                        "PICC, Kernel Outcome, Offline Approved, Signature Capture Requested",
                    )
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureAvailable => {
                    Some(
                        "PICC, Kernel Outcome, Offline Approved, Signature Capture Available",
                    )
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureSuccess => {
                    Some(
                        "PICC, Kernel Outcome, Offline Approved, Signature Capture Success",
                    )
                }
                Self::PiccKernelOutcomeOfflineApprovedSignatureCaptureFail => {
                    Some(
                        "PICC, Kernel Outcome, Offline Approved, Signature Capture Fail",
                    )
                }
                Self::PiccKernelOutcomeOfflineDeclinedReserved => {
                    Some("PICC, Kernel Outcome, Offline Declined, Reserved")
                }
                Self::PiccKernelOutcomeOfflineFailedReserved => {
                    Some("PICC, Kernel Outcome, Offline Failed, Reserved")
                }
                Self::PiccKernelOutcomeOfflineNotAcceptedReserved => {
                    Some("PICC, Kernel Outcome, Offline Not Accepted, Reserved")
                }
                Self::PiccKernelOutcomeApprovedReserved => {
                    Some("PICC, Kernel Outcome, Approved, Reserved")
                }
                Self::PiccKernelOutcomeApprovedSignatureCaptureRequested => {
                    Some("PICC, Kernel Outcome, Approved, Signature Capture Requested")
                }
                Self::PiccKernelOutcomeApprovedSignatureCaptureAvailable => {
                    Some("PICC, Kernel Outcome, Approved, Signature Capture Available")
                }
                Self::PiccKernelOutcomeApprovedSignatureCaptureSuccess => {
                    Some("PICC, Kernel Outcome, Approved, Signature Capture Success")
                }
                Self::PiccKernelOutcomeApprovedSignatureCaptureFail => {
                    Some("PICC, Kernel Outcome, Approved, Signature Capture Fail")
                }
                Self::PiccKernelOutcomeQuickChipDeferredReserved => {
                    Some("PICC, Kernel Outcome, Quick Chip Deferred, Reserved")
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureRequested => {
                    Some(
                        "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Requested",
                    )
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureAvailable => {
                    Some(
                        "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Available",
                    )
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureSuccess => {
                    Some(
                        "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Success",
                    )
                }
                Self::PiccKernelOutcomeQuickChipDeferredSignatureCaptureFailed => {
                    Some(
                        "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Failed",
                    )
                }
                Self::PiccKernelOutcomeFailedReserved => {
                    Some("PICC, Kernel Outcome, Failed, Reserved")
                }
                Self::PiccKernelOutcomeNotAcceptedReserved => {
                    Some("PICC, Kernel Outcome, Not Accepted, Reserved")
                }
                Self::PiccKernelOutcomeTransactionCanceledReserved => {
                    Some("PICC, Kernel Outcome, Transaction Canceled, Reserved")
                }
                Self::PiccKernelOutcomeSelectNextNotAcceptedReserved => {
                    Some("PICC, Kernel Outcome, Select Next Not Accepted, Reserved")
                }
                Self::PiccKernelOutcomeSelectNextRetryReserved => {
                    Some("PICC, Kernel Outcome, Select Next Retry, Reserved")
                }
                Self::PiccKernelOutcomeTryAgainReserved => {
                    Some("PICC, Kernel Outcome, Try Again, Reserved")
                }
                Self::PiccKernelOutcomeOnlineRequestReserved => {
                    Some("PICC, Kernel Outcome, Online Request, Reserved")
                }
                Self::PiccKernelOutcomeEndApplicationReserved => {
                    Some("PICC, Kernel Outcome, End Application, Reserved")
                }
                Self::PiccKernelOutcomeNotEmvCardPooledReserved => {
                    Some("PICC, Kernel Outcome, Not EMV Card Pooled, Reserved")
                }
                Self::PiccKernelOutcomeDeclinedReserved => {
                    Some("PICC, Kernel Outcome, Declined, Reserved")
                }
                Self::PiccKernelOutcomeDeclinedSignatureCaptureRequested => {
                    Some("PICC, Kernel Outcome, Declined, Signature Capture Requested")
                }
                Self::PiccKernelOutcomeDeclinedSignatureCaptureAvailable => {
                    Some("PICC, Kernel Outcome, Declined, Signature Capture Available")
                }
                Self::PiccKernelOutcomeDeclinedSignatureCaptureSuccess => {
                    Some("PICC, Kernel Outcome, Declined, Signature Capture Success")
                }
                Self::PiccKernelOutcomeDeclinedSignatureCaptureFailed => {
                    Some("PICC, Kernel Outcome, Declined, Signature Capture Failed")
                }
                Self::PiccTransactionCompletedDeclinedReserved => {
                    Some("PICC, Transaction Completed, Declined, Reserved")
                }
                Self::PiccNfcTagTagRemovedReserved => {
                    Some("PICC, NFC TAG, Tag Removed, Reserved")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// None.
        None,
        /// MCE.
        Mce,
        /// MSR.
        Msr,
        /// ICC.
        Icc,
        /// PICC.
        Picc,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::None => Some("None"),
                Self::Mce => Some("MCE"),
                Self::Msr => Some("MSR"),
                Self::Icc => Some("ICC"),
                Self::Picc => Some("PICC"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// Timeout/No Cards Detected.
        TimeoutNoCardsDetected,
        /// Transaction Terminated.
        TransactionTerminated,
        /// Transaction Completed.
        TransactionCompleted,
        /// Outcome.
        Outcome,
        /// Kernel Outcome.
        KernelOutcome,
        /// NFC TAG.
        NfcTag,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::TimeoutNoCardsDetected => Some("Timeout/No Cards Detected"),
                Self::TransactionTerminated => Some("Transaction Terminated"),
                Self::TransactionCompleted => Some("Transaction Completed"),
                Self::Outcome => Some("Outcome"),
                Self::KernelOutcome => Some("Kernel Outcome"),
                Self::NfcTag => Some("NFC TAG"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// Transaction Timed Out.
        TransactionTimedOut,
        /// Transaction Canceled by Host.
        TransactionCanceledByHost,
        /// Transaction Canceled by User.
        TransactionCanceledByUser,
        /// Reserved.
        Reserved,
        /// Transaction Canceled Due to Card Read Error.
        TransactionCanceledDueToCardReadError,
        /// Approved.
        Approved,
        /// Quick Chip Deferred.
        QuickChipDeferred,
        /// Declined.
        Declined,
        /// Failed.
        Failed,
        /// Empty Candidate List.
        EmptyCandidateList,
        /// None.
        None,
        /// End Application.
        EndApplication,
        /// Try Another Interface.
        TryAnotherInterface,
        /// Offline Approved.
        OfflineApproved,
        /// Offline Declined.
        OfflineDeclined,
        /// Offline Failed.
        OfflineFailed,
        /// Offline Not Accepted.
        OfflineNotAccepted,
        /// Transaction Canceled.
        TransactionCanceled,
        /// Select Next Not Accepted.
        SelectNextNotAccepted,
        /// Select Next Retry.
        SelectNextRetry,
        /// Try Again.
        TryAgain,
        /// Online Request.
        OnlineRequest,
        /// Not EMV Card Pooled.
        NotEmvCardPooled,
        /// Not Accepted.
        NotAccepted,
        /// Tag Removed.
        TagRemoved,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::TransactionTimedOut => Some("Transaction Timed Out"),
                Self::TransactionCanceledByHost => Some("Transaction Canceled by Host"),
                Self::TransactionCanceledByUser => Some("Transaction Canceled by User"),
                Self::Reserved => Some("Reserved"),
                Self::TransactionCanceledDueToCardReadError => {
                    Some("Transaction Canceled Due to Card Read Error")
                }
                Self::Approved => Some("Approved"),
                Self::QuickChipDeferred => Some("Quick Chip Deferred"),
                Self::Declined => Some("Declined"),
                Self::Failed => Some("Failed"),
                Self::EmptyCandidateList => Some("Empty Candidate List"),
                Self::None => Some("None"),
                Self::EndApplication => Some("End Application"),
                Self::TryAnotherInterface => Some("Try Another Interface"),
                Self::OfflineApproved => Some("Offline Approved"),
                Self::OfflineDeclined => Some("Offline Declined"),
                Self::OfflineFailed => Some("Offline Failed"),
                Self::OfflineNotAccepted => Some("Offline Not Accepted"),
                Self::TransactionCanceled => Some("Transaction Canceled"),
                Self::SelectNextNotAccepted => Some("Select Next Not Accepted"),
                Self::SelectNextRetry => Some("Select Next Retry"),
                Self::TryAgain => Some("Try Again"),
                Self::OnlineRequest => Some("Online Request"),
                Self::NotEmvCardPooled => Some("Not EMV Card Pooled"),
                Self::NotAccepted => Some("Not Accepted"),
                Self::TagRemoved => Some("Tag Removed"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x00 => Source::None,
                0x07 => Source::Mce,
                0x08 => Source::Msr,
                0x10 => Source::Icc,
                0x20 => Source::Picc,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0001 => Reason::TimeoutNoCardsDetected,
                0x0003 => Reason::TransactionTerminated,
                0x0704 => Reason::TransactionCompleted,
                0x0803 => Reason::TransactionTerminated,
                0x0802 => Reason::Outcome,
                0x1002 => Reason::KernelOutcome,
                0x1004 => Reason::TransactionCompleted,
                0x2002 => Reason::KernelOutcome,
                0x2004 => Reason::TransactionCompleted,
                0x2005 => Reason::NfcTag,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x000100 => Detail::TransactionTimedOut,
                0x000301 => Detail::TransactionCanceledByHost,
                0x000302 => Detail::TransactionCanceledByUser,
                0x070400 => Detail::Reserved,
                0x080305 => Detail::TransactionCanceledDueToCardReadError,
                0x080206 => Detail::Approved,
                0x080207 => Detail::QuickChipDeferred,
                0x080280 => Detail::Declined,
                0x100208 => Detail::Failed,
                0x100209 => Detail::EmptyCandidateList,
                0x100200 => Detail::None,
                0x10020F => Detail::EndApplication,
                0x100201 => Detail::TryAnotherInterface,
                0x100202 => Detail::OfflineApproved,
                0x100203 => Detail::OfflineDeclined,
                0x100204 => Detail::OfflineFailed,
                0x100205 => Detail::OfflineNotAccepted,
                0x100206 => Detail::Approved,
                0x100207 => Detail::QuickChipDeferred,
                0x10020A => Detail::TransactionCanceled,
                0x10020B => Detail::SelectNextNotAccepted,
                0x10020C => Detail::SelectNextRetry,
                0x10020D => Detail::TryAgain,
                0x10020E => Detail::OnlineRequest,
                0x100210 => Detail::NotEmvCardPooled,
                0x100280 => Detail::Declined,
                0x100407 => Detail::Declined,
                0x200200 => Detail::None,
                0x200201 => Detail::TryAnotherInterface,
                0x200202 => Detail::OfflineApproved,
                0x200203 => Detail::OfflineDeclined,
                0x200204 => Detail::OfflineFailed,
                0x200205 => Detail::OfflineNotAccepted,
                0x200206 => Detail::Approved,
                0x200207 => Detail::QuickChipDeferred,
                0x200208 => Detail::Failed,
                0x200209 => Detail::NotAccepted,
                0x20020A => Detail::TransactionCanceled,
                0x20020B => Detail::SelectNextNotAccepted,
                0x20020C => Detail::SelectNextRetry,
                0x20020D => Detail::TryAgain,
                0x20020E => Detail::OnlineRequest,
                0x20020F => Detail::EndApplication,
                0x200210 => Detail::NotEmvCardPooled,
                0x200280 => Detail::Declined,
                0x200407 => Detail::Declined,
                0x200500 => Detail::TagRemoved,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0201 - Banking Functions Information Update.
pub mod banking_functions_information_update {
    use ::core::fmt;
    /// Notification ID 0x0201 (source byte, type byte).
    pub const ID: u16 = 0x0201;
    /// Detail codes of notification 0x0201 (manual Table 324): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `07010100`: Manual Card Entry, Card Event, Data Entered, Reserved.
        ManualCardEntryCardEventDataEnteredReserved,
        /// `08010100`: MSR, Card Event, Swiped, Reserved.
        MsrCardEventSwipedReserved,
        /// `08010200`: MSR, Card Event, Inserted, Reserved.
        MsrCardEventInsertedReserved,
        /// `08010300`: MSR, Card Event, Removed, Reserved.
        MsrCardEventRemovedReserved,
        /// `08010400`: MSR, Card Event, Detected, Reserved.
        MsrCardEventDetectedReserved,
        /// `10010200`: EMV Contact, Card Event, Inserted, Reserved.
        EmvContactCardEventInsertedReserved,
        /// `10010300`: EMV Contact, Card Event, Removed, Reserved.
        EmvContactCardEventRemovedReserved,
        /// `10010400`: EMV Contact, Card Event, Detected, Reserved.
        EmvContactCardEventDetectedReserved,
        /// `20010300`: EMV Contactless, Card Event, Removed, Reserved.
        EmvContactlessCardEventRemovedReserved,
        /// `20010400`: EMV Contactless, Card Event, Detected, Reserved.
        EmvContactlessCardEventDetectedReserved,
        /// `20010500`: EMV Contactless, Card Event, Collision, Reserved.
        EmvContactlessCardEventCollisionReserved,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x07010100 => Self::ManualCardEntryCardEventDataEnteredReserved,
                0x08010100 => Self::MsrCardEventSwipedReserved,
                0x08010200 => Self::MsrCardEventInsertedReserved,
                0x08010300 => Self::MsrCardEventRemovedReserved,
                0x08010400 => Self::MsrCardEventDetectedReserved,
                0x10010200 => Self::EmvContactCardEventInsertedReserved,
                0x10010300 => Self::EmvContactCardEventRemovedReserved,
                0x10010400 => Self::EmvContactCardEventDetectedReserved,
                0x20010300 => Self::EmvContactlessCardEventRemovedReserved,
                0x20010400 => Self::EmvContactlessCardEventDetectedReserved,
                0x20010500 => Self::EmvContactlessCardEventCollisionReserved,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::ManualCardEntryCardEventDataEnteredReserved => 0x07010100,
                Self::MsrCardEventSwipedReserved => 0x08010100,
                Self::MsrCardEventInsertedReserved => 0x08010200,
                Self::MsrCardEventRemovedReserved => 0x08010300,
                Self::MsrCardEventDetectedReserved => 0x08010400,
                Self::EmvContactCardEventInsertedReserved => 0x10010200,
                Self::EmvContactCardEventRemovedReserved => 0x10010300,
                Self::EmvContactCardEventDetectedReserved => 0x10010400,
                Self::EmvContactlessCardEventRemovedReserved => 0x20010300,
                Self::EmvContactlessCardEventDetectedReserved => 0x20010400,
                Self::EmvContactlessCardEventCollisionReserved => 0x20010500,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ManualCardEntryCardEventDataEnteredReserved => {
                    Some("Manual Card Entry, Card Event, Data Entered, Reserved")
                }
                Self::MsrCardEventSwipedReserved => {
                    Some("MSR, Card Event, Swiped, Reserved")
                }
                Self::MsrCardEventInsertedReserved => {
                    Some("MSR, Card Event, Inserted, Reserved")
                }
                Self::MsrCardEventRemovedReserved => {
                    Some("MSR, Card Event, Removed, Reserved")
                }
                Self::MsrCardEventDetectedReserved => {
                    Some("MSR, Card Event, Detected, Reserved")
                }
                Self::EmvContactCardEventInsertedReserved => {
                    Some("EMV Contact, Card Event, Inserted, Reserved")
                }
                Self::EmvContactCardEventRemovedReserved => {
                    Some("EMV Contact, Card Event, Removed, Reserved")
                }
                Self::EmvContactCardEventDetectedReserved => {
                    Some("EMV Contact, Card Event, Detected, Reserved")
                }
                Self::EmvContactlessCardEventRemovedReserved => {
                    Some("EMV Contactless, Card Event, Removed, Reserved")
                }
                Self::EmvContactlessCardEventDetectedReserved => {
                    Some("EMV Contactless, Card Event, Detected, Reserved")
                }
                Self::EmvContactlessCardEventCollisionReserved => {
                    Some("EMV Contactless, Card Event, Collision, Reserved")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// Manual Card Entry.
        ManualCardEntry,
        /// MSR.
        Msr,
        /// EMV Contact.
        EmvContact,
        /// EMV Contactless.
        EmvContactless,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::ManualCardEntry => Some("Manual Card Entry"),
                Self::Msr => Some("MSR"),
                Self::EmvContact => Some("EMV Contact"),
                Self::EmvContactless => Some("EMV Contactless"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// Card Event.
        CardEvent,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::CardEvent => Some("Card Event"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// Data Entered.
        DataEntered,
        /// Swiped.
        Swiped,
        /// Inserted.
        Inserted,
        /// Removed.
        Removed,
        /// Detected.
        Detected,
        /// Collision.
        Collision,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::DataEntered => Some("Data Entered"),
                Self::Swiped => Some("Swiped"),
                Self::Inserted => Some("Inserted"),
                Self::Removed => Some("Removed"),
                Self::Detected => Some("Detected"),
                Self::Collision => Some("Collision"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x07 => Source::ManualCardEntry,
                0x08 => Source::Msr,
                0x10 => Source::EmvContact,
                0x20 => Source::EmvContactless,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0701 => Reason::CardEvent,
                0x0801 => Reason::CardEvent,
                0x1001 => Reason::CardEvent,
                0x2001 => Reason::CardEvent,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x070101 => Detail::DataEntered,
                0x080101 => Detail::Swiped,
                0x080102 => Detail::Inserted,
                0x080103 => Detail::Removed,
                0x080104 => Detail::Detected,
                0x100102 => Detail::Inserted,
                0x100103 => Detail::Removed,
                0x100104 => Detail::Detected,
                0x200103 => Detail::Removed,
                0x200104 => Detail::Detected,
                0x200105 => Detail::Collision,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0203 - Banking Functions Host Action Request.
///
/// The manual marks this section MagTek internal for now.
pub mod banking_functions_host_action_request {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0203 (source byte, type byte).
    pub const ID: u16 = 0x0203;
    /// Detail codes of notification 0x0203 (the spec lists none).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            Self::Other(mms_codec::Unrecognized::__new(raw))
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            let Self::Other(raw) = self;
            raw.get()
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            None
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0205 - Banking Functions Operation Complete.
pub mod banking_functions_operation_complete {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0205 (source byte, type byte).
    pub const ID: u16 = 0x0205;
    /// Detail codes of notification 0x0205 (manual Table 325): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `01020101`: Touchscreen, PIN Entry, Success, Data Attached.
        TouchscreenPinEntrySuccessDataAttached,
        /// `01020201`: Touchscreen, PIN Entry, Operation Failed, Timeout.
        TouchscreenPinEntryOperationFailedTimeout,
        /// `01020202`: Touchscreen, PIN Entry, Operation Failed, Hardware Not Available.
        TouchscreenPinEntryOperationFailedHardwareNotAvailable,
        /// `01020203`: Touchscreen, PIN Entry, Operation Failed, Canceled.
        TouchscreenPinEntryOperationFailedCanceled,
        /// `01020204`: Touchscreen, PIN Entry, Operation Failed, Error.
        TouchscreenPinEntryOperationFailedError,
        /// `01020205`: Touchscreen, PIN Entry, Operation Failed, PIN Verify Failed.
        TouchscreenPinEntryOperationFailedPinVerifyFailed,
        /// `01020206`: Touchscreen, PIN Entry, Operation Failed, Account Data Capture Failed.
        TouchscreenPinEntryOperationFailedAccountDataCaptureFailed,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x01020101 => Self::TouchscreenPinEntrySuccessDataAttached,
                0x01020201 => Self::TouchscreenPinEntryOperationFailedTimeout,
                0x01020202 => {
                    Self::TouchscreenPinEntryOperationFailedHardwareNotAvailable
                }
                0x01020203 => Self::TouchscreenPinEntryOperationFailedCanceled,
                0x01020204 => Self::TouchscreenPinEntryOperationFailedError,
                0x01020205 => Self::TouchscreenPinEntryOperationFailedPinVerifyFailed,
                0x01020206 => {
                    Self::TouchscreenPinEntryOperationFailedAccountDataCaptureFailed
                }
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::TouchscreenPinEntrySuccessDataAttached => 0x01020101,
                Self::TouchscreenPinEntryOperationFailedTimeout => 0x01020201,
                Self::TouchscreenPinEntryOperationFailedHardwareNotAvailable => {
                    0x01020202
                }
                Self::TouchscreenPinEntryOperationFailedCanceled => 0x01020203,
                Self::TouchscreenPinEntryOperationFailedError => 0x01020204,
                Self::TouchscreenPinEntryOperationFailedPinVerifyFailed => 0x01020205,
                Self::TouchscreenPinEntryOperationFailedAccountDataCaptureFailed => {
                    0x01020206
                }
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::TouchscreenPinEntrySuccessDataAttached => {
                    Some("Touchscreen, PIN Entry, Success, Data Attached")
                }
                Self::TouchscreenPinEntryOperationFailedTimeout => {
                    Some("Touchscreen, PIN Entry, Operation Failed, Timeout")
                }
                Self::TouchscreenPinEntryOperationFailedHardwareNotAvailable => {
                    Some(
                        "Touchscreen, PIN Entry, Operation Failed, Hardware Not Available",
                    )
                }
                Self::TouchscreenPinEntryOperationFailedCanceled => {
                    Some("Touchscreen, PIN Entry, Operation Failed, Canceled")
                }
                Self::TouchscreenPinEntryOperationFailedError => {
                    Some("Touchscreen, PIN Entry, Operation Failed, Error")
                }
                Self::TouchscreenPinEntryOperationFailedPinVerifyFailed => {
                    Some("Touchscreen, PIN Entry, Operation Failed, PIN Verify Failed")
                }
                Self::TouchscreenPinEntryOperationFailedAccountDataCaptureFailed => {
                    Some(
                        "Touchscreen, PIN Entry, Operation Failed, Account Data Capture Failed",
                    )
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// Touchscreen.
        Touchscreen,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Touchscreen => Some("Touchscreen"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// PIN Entry.
        PinEntry,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::PinEntry => Some("PIN Entry"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// Success.
        Success,
        /// Operation Failed.
        OperationFailed,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Success => Some("Success"),
                Self::OperationFailed => Some("Operation Failed"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x01 => Source::Touchscreen,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0102 => Reason::PinEntry,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x010201 => Detail::Success,
                0x010202 => Detail::OperationFailed,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// Payload of notification 0x0205 Banking Functions Operation Complete (manual Table 326).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly {
        /// `84` Notification Payload (binary, variable length, required).
        #[tlv(tag = 0x84, nested)]
        pub notification_payload: TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayload,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            notification_payload: TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayload,
        ) -> Self {
            TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly {
                notification_payload,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `84` Notification Payload: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayload {
        /// `F5` Container for Encrypted PIN Data (binary, variable length, required).
        #[tlv(tag = 0xF5)]
        pub container_for_encrypted_pin_data: TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayload {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            container_for_encrypted_pin_data: TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData,
        ) -> Self {
            TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayload {
                container_for_encrypted_pin_data,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `F5` Container for Encrypted PIN Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData {
        /// `DF71` PIN Block Format (binary, 1 byte, required).
        #[tlv(tag = 0xDF71)]
        pub pin_block_format: value_sets::PinBlockFormat,
        /// `99` Encrypted PIN Block ISO Formats 0 (binary, variable length, required).
        #[tlv(tag = 0x99)]
        pub encrypted_pin_block_iso_formats_0: Vec<u8>,
        /// `DFDF41` PIN Key Serial Number (KSN) (binary, variable length, required).
        #[tlv(tag = 0xDFDF41)]
        pub pin_key_serial_number_ksn: Vec<u8>,
        /// `DFDF42` PIN Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF42)]
        pub pin_encryption_type: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            pin_block_format: value_sets::PinBlockFormat,
            encrypted_pin_block_iso_formats_0: Vec<u8>,
            pin_key_serial_number_ksn: Vec<u8>,
            pin_encryption_type: u8,
        ) -> Self {
            TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData {
                pin_block_format,
                encrypted_pin_block_iso_formats_0,
                pin_key_serial_number_ksn,
                pin_encryption_type,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Payload of notification 0x0205 Banking Functions Operation Complete (manual Table 327).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly {
        /// `84` Notification Payload (binary, variable length, required).
        #[tlv(tag = 0x84, nested)]
        pub notification_payload: TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayload,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            notification_payload: TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayload,
        ) -> Self {
            TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly {
                notification_payload,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `84` Notification Payload: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayload {
        /// `DFDF59` Encrypted Data Primitive (binary, variable length, required; see manual Table 328).
        #[tlv(tag = 0xDFDF59)]
        pub encrypted_data_primitive: Vec<u8>,
        /// `DFDF56` Encrypted Data KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF56)]
        pub encrypted_data_ksn: Vec<u8>,
        /// `DFDF57` Encrypted Data Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF57)]
        pub encrypted_data_encryption_type: u8,
        /// `F5` Container for Encrypted PIN Data (constructed TLV, variable length, required).
        #[tlv(tag = 0xF5)]
        pub container_for_encrypted_pin_data: TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayload {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            encrypted_data_primitive: Vec<u8>,
            encrypted_data_ksn: Vec<u8>,
            encrypted_data_encryption_type: u8,
            container_for_encrypted_pin_data: TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData,
        ) -> Self {
            TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayload {
                encrypted_data_primitive,
                encrypted_data_ksn,
                encrypted_data_encryption_type,
                container_for_encrypted_pin_data,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `F5` Container for Encrypted PIN Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData {
        /// `DF71` PIN Block Format (binary, 1 byte, required).
        #[tlv(tag = 0xDF71)]
        pub pin_block_format: value_sets::PinBlockFormat,
        /// `99` Encrypted PIN Block ISO Formats 0 (binary, variable length, required).
        #[tlv(tag = 0x99)]
        pub encrypted_pin_block_iso_formats_0: Vec<u8>,
        /// `DFDF41` PIN KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF41)]
        pub pin_ksn: Vec<u8>,
        /// `DFDF42` PIN Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF42)]
        pub pin_encryption_type: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            pin_block_format: value_sets::PinBlockFormat,
            encrypted_pin_block_iso_formats_0: Vec<u8>,
            pin_ksn: Vec<u8>,
            pin_encryption_type: u8,
        ) -> Self {
            TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnlyNotificationPayloadContainerForEncryptedPinData {
                pin_block_format,
                encrypted_pin_block_iso_formats_0,
                pin_ksn,
                pin_encryption_type,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Payload of notification 0x0205 Banking Functions Operation Complete (manual Table 328).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AccountDataDfdf59DecryptedContentsBankingFunctionsOnly {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: AccountDataDfdf59DecryptedContentsBankingFunctionsOnlyDecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AccountDataDfdf59DecryptedContentsBankingFunctionsOnlyDecryptedDataContainer {
        /// `DF42` MSR Track 2 Clear Text Data (binary, variable length, optional).
        #[tlv(tag = 0xDF42)]
        pub msr_track_2_clear_text_data: Option<Vec<u8>>,
        /// `57` Track 2 Equivalent Data (binary, variable length, optional).
        #[tlv(tag = 0x57)]
        pub track_2_equivalent_data: Option<Vec<u8>>,
        /// `5A` Primary Account Number (binary, variable length, optional).
        #[tlv(tag = 0x5A)]
        pub primary_account_number: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification
    for TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly {
        const ID: u16 = 0x0205;
        const NAME: &'static str = "Banking Functions Operation Complete";
    }
    impl mms_message::Notification
    for TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly {
        const ID: u16 = 0x0205;
        const NAME: &'static str = "Banking Functions Operation Complete";
    }
    impl mms_message::Notification
    for AccountDataDfdf59DecryptedContentsBankingFunctionsOnly {
        const ID: u16 = 0x0205;
        const NAME: &'static str = "Banking Functions Operation Complete";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 326.
        TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly(
            TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly,
        ),
        /// The payload of manual Table 327.
        TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly(
            TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly,
        ),
        /// The payload of manual Table 328.
        AccountDataDfdf59DecryptedContentsBankingFunctionsOnly(
            AccountDataDfdf59DecryptedContentsBankingFunctionsOnly,
        ),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            match detail {
                Some(0x01020101) => {
                    <TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(
                            Payload::TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly,
                        )
                        .or_else(|first| {
                            <TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly as mms_codec::Contents>::decode_contents(
                                    bytes,
                                    cx,
                                )
                                .map(
                                    Payload::TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly,
                                )
                                .map_err(|_| first)
                        })
                }
                _ => {
                    <mms_message::TlvList as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::Other)
                }
            }
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly(
                    p,
                ) => mms_codec::Contents::contents_len(p),
                Payload::TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly(
                    p,
                ) => mms_codec::Contents::contents_len(p),
                Payload::AccountDataDfdf59DecryptedContentsBankingFunctionsOnly(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::TouchscreenPinEntrySuccessDataAttachedWithoutAccountDataBankingFunctionsOnly(
                    p,
                ) => mms_codec::Contents::encode_contents(p, out),
                Payload::TouchscreenPinEntrySuccessDataAttachedWithAccountDataBankingFunctionsOnly(
                    p,
                ) => mms_codec::Contents::encode_contents(p, out),
                Payload::AccountDataDfdf59DecryptedContentsBankingFunctionsOnly(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0905 - Firmware Update Successful.
pub mod firmware_update_successful {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0905 (source byte, type byte).
    pub const ID: u16 = 0x0905;
    /// Detail codes of notification 0x0905 (manual Table 329): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `08010A03`: Commit Firmware from File Complete, Success.
        CommitFirmwareFromFileCompleteSuccess,
        /// `08010903`: Load Firmware File Complete, Success.
        LoadFirmwareFileCompleteSuccess,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x08010A03 => Self::CommitFirmwareFromFileCompleteSuccess,
                0x08010903 => Self::LoadFirmwareFileCompleteSuccess,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::CommitFirmwareFromFileCompleteSuccess => 0x08010A03,
                Self::LoadFirmwareFileCompleteSuccess => 0x08010903,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::CommitFirmwareFromFileCompleteSuccess => {
                    Some("Commit Firmware from File Complete, Success")
                }
                Self::LoadFirmwareFileCompleteSuccess => {
                    Some("Load Firmware File Complete, Success")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0906 - Firmware Update Failed.
pub mod firmware_update_failed {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0906 (source byte, type byte).
    pub const ID: u16 = 0x0906;
    /// Detail codes of notification 0x0906 (manual Table 330): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `08010A04`: Commit Firmware from File Complete, Failed.
        CommitFirmwareFromFileCompleteFailed,
        /// `08010904`: Load Firmware File Complete, Failed.
        LoadFirmwareFileCompleteFailed,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x08010A04 => Self::CommitFirmwareFromFileCompleteFailed,
                0x08010904 => Self::LoadFirmwareFileCompleteFailed,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::CommitFirmwareFromFileCompleteFailed => 0x08010A04,
                Self::LoadFirmwareFileCompleteFailed => 0x08010904,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::CommitFirmwareFromFileCompleteFailed => {
                    Some("Commit Firmware from File Complete, Failed")
                }
                Self::LoadFirmwareFileCompleteFailed => {
                    Some("Load Firmware File Complete, Failed")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x0907 - Firmware is Up to Date.
pub mod firmware_is_up_to_date {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x0907 (source byte, type byte).
    pub const ID: u16 = 0x0907;
    /// Detail codes of notification 0x0907 (manual Table 7.33): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `08010903`: Load Firmware File Complete, Complete.
        LoadFirmwareFileCompleteComplete,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x08010903 => Self::LoadFirmwareFileCompleteComplete,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::LoadFirmwareFileCompleteComplete => 0x08010903,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::LoadFirmwareFileCompleteComplete => {
                    Some("Load Firmware File Complete, Complete")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x1001 - Device Information Update.
pub mod device_information_update {
    use ::core::fmt;
    /// Notification ID 0x1001 (source byte, type byte).
    pub const ID: u16 = 0x1001;
    /// Detail codes of notification 0x1001 (manual Table 331): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `00000000`: Power/Reset, Device Reset Occurred, Reserved, Reserved.
        PowerResetDeviceResetOccurredReservedReserved,
        /// `00010000`: Power/Reset, Device Reset Will Occur Soon, Reserved, Reserved.
        PowerResetDeviceResetWillOccurSoonReservedReserved,
        /// `00020000`: Power/Reset, Battery, Low Battery Warning, Percent.
        PowerResetBatteryLowBatteryWarningPercent,
        /// `00020100`: Power/Reset, Battery, Power Down Imminent, Reserved.
        PowerResetBatteryPowerDownImminentReserved,
        /// `00020200`: Power/Reset, Battery, Battery Charge Complete, Reserved.
        PowerResetBatteryBatteryChargeCompleteReserved,
        /// `00030000`: Power/Reset.
        PowerReset,
        /// `01000000`: User Event, Contactless Card Presented, EMV, Reserved.
        UserEventContactlessCardPresentedEmvReserved,
        /// `01010000`: User Event, Contactless Card Removed, EMV, Reserved.
        UserEventContactlessCardRemovedEmvReserved,
        /// `01000100`: User Event, Contactless Card Presented, NTag/MIFARE Ultralite, Reserved.
        UserEventContactlessCardPresentedNTagMifareUltraliteReserved,
        /// `01010100`: User Event, Contactless Card Removed, NTag/MIFARE Ultralite, Reserved.
        UserEventContactlessCardRemovedNTagMifareUltraliteReserved,
        /// `01000200`: User Event, Contactless Card Presented, MIFARE Classic.
        UserEventContactlessCardPresentedMifareClassic,
        /// `01010200`: User Event, Contactless Card Removed, MIFARE Classic.
        UserEventContactlessCardRemovedMifareClassic,
        /// `01000300`: User Event, Contactless Card Presented, MIFARE Classic.
        UserEventContactlessCardPresentedMifareClassic2,
        /// `01010300`: User Event, Contactless Card Removed, MIFARE Classic.
        UserEventContactlessCardRemovedMifareClassic2,
        /// `01000400`: User Event, Contactless Card Presented, MIFARE DESFire Light.
        UserEventContactlessCardPresentedMifareDesFireLight,
        /// `01010400`: User Event, Contactless Card Removed, MIFARE DESFire Light.
        UserEventContactlessCardRemovedMifareDesFireLight,
        /// `01000500`: User Event, Contactless Card Presented, MIFARE MINI®.
        UserEventContactlessCardPresentedMifareMini,
        /// `01010500`: User Event, Contactless Card Removed, MIFARE MINI®.
        UserEventContactlessCardRemovedMifareMini,
        /// `01000600`: User Event, Contactless Card Presented, MIFARE Plus EV1.
        UserEventContactlessCardPresentedMifarePlusEv1,
        /// `01010600`: User Event, Contactless Card Removed, MIFARE Plus EV1.
        UserEventContactlessCardRemovedMifarePlusEv1,
        /// `01000700`: User Event, Contactless Card Presented, MIFARE Plus EV2.
        UserEventContactlessCardPresentedMifarePlusEv2,
        /// `01010700`: User Event, Contactless Card Removed, MIFARE Plus EV2.
        UserEventContactlessCardRemovedMifarePlusEv2,
        /// `01000800`: User Event, Contactless Card Presented, MIFARE Plus SE.
        UserEventContactlessCardPresentedMifarePlusSe,
        /// `01010800`: User Event, Contactless Card Removed, MIFARE Plus SE.
        UserEventContactlessCardRemovedMifarePlusSe,
        /// `01000900`: User Event, Contactless Card Presented, MIFARE Plus X.
        UserEventContactlessCardPresentedMifarePlusX,
        /// `01010900`: User Event, Contactless Card Removed, MIFARE Plus X.
        UserEventContactlessCardRemovedMifarePlusX,
        /// `01000A00`: User Event, Contactless Card Presented, MIFARE DESFire EV1.
        UserEventContactlessCardPresentedMifareDesFireEv1,
        /// `01010A00`: User Event, Contactless Card Removed, MIFARE DESFire EV1.
        UserEventContactlessCardRemovedMifareDesFireEv1,
        /// `01000B00`: User Event, Contactless Card Presented, MIFARE DESFire EV2.
        UserEventContactlessCardPresentedMifareDesFireEv2,
        /// `01010B00`: User Event, Contactless Card Removed, MIFARE DESFire EV2.
        UserEventContactlessCardRemovedMifareDesFireEv2,
        /// `01000C00`: User Event, Contactless Card Presented, MIFARE DESFire EV3.
        UserEventContactlessCardPresentedMifareDesFireEv3,
        /// `01010C00`: User Event, Contactless Card Removed, MIFARE DESFire EV3.
        UserEventContactlessCardRemovedMifareDesFireEv3,
        /// `01020000`: User Event, Card Seated in Slot, Reserved, Reserved.
        UserEventCardSeatedInSlotReservedReserved,
        /// `01030000`: User Event, Card Unseated from Slot, Reserved, Reserved.
        UserEventCardUnseatedFromSlotReservedReserved,
        /// `01040000`: User Event, Card Swiped, Reserved, Reserved.
        UserEventCardSwipedReservedReserved,
        /// `01050000`: User Event, Touch Sensor Press On Display, Reserved, Reserved.
        UserEventTouchSensorPressOnDisplayReservedReserved,
        /// `01060000`: User Event, Touch Sensor Release On Display, Reserved, Reserved.
        UserEventTouchSensorReleaseOnDisplayReservedReserved,
        /// `01070000`: Barcode Reader, Read.
        BarcodeReaderRead,
        /// `02000000`: Session Management.
        SessionManagement,
        /// `03000000`: Key management, CSR keys generated, Reserved, Reserved.
        KeyManagementCsrKeysGeneratedReservedReserved,
        /// `03010000`: Key management, Certificate Expiring Soon, Reserved, Reserved.
        KeyManagementCertificateExpiringSoonReservedReserved,
        /// `04000000`: Temperature, Out of Range, Low Warning, Temperature.
        TemperatureOutOfRangeLowWarningTemperature,
        /// `04000100`: Temperature, Out of Range, High Warning, Temperature.
        TemperatureOutOfRangeHighWarningTemperature,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x00000000 => Self::PowerResetDeviceResetOccurredReservedReserved,
                0x00010000 => Self::PowerResetDeviceResetWillOccurSoonReservedReserved,
                0x00020000 => Self::PowerResetBatteryLowBatteryWarningPercent,
                0x00020100 => Self::PowerResetBatteryPowerDownImminentReserved,
                0x00020200 => Self::PowerResetBatteryBatteryChargeCompleteReserved,
                0x00030000 => Self::PowerReset,
                0x01000000 => Self::UserEventContactlessCardPresentedEmvReserved,
                0x01010000 => Self::UserEventContactlessCardRemovedEmvReserved,
                0x01000100 => {
                    Self::UserEventContactlessCardPresentedNTagMifareUltraliteReserved
                }
                0x01010100 => {
                    Self::UserEventContactlessCardRemovedNTagMifareUltraliteReserved
                }
                0x01000200 => Self::UserEventContactlessCardPresentedMifareClassic,
                0x01010200 => Self::UserEventContactlessCardRemovedMifareClassic,
                0x01000300 => Self::UserEventContactlessCardPresentedMifareClassic2,
                0x01010300 => Self::UserEventContactlessCardRemovedMifareClassic2,
                0x01000400 => Self::UserEventContactlessCardPresentedMifareDesFireLight,
                0x01010400 => Self::UserEventContactlessCardRemovedMifareDesFireLight,
                0x01000500 => Self::UserEventContactlessCardPresentedMifareMini,
                0x01010500 => Self::UserEventContactlessCardRemovedMifareMini,
                0x01000600 => Self::UserEventContactlessCardPresentedMifarePlusEv1,
                0x01010600 => Self::UserEventContactlessCardRemovedMifarePlusEv1,
                0x01000700 => Self::UserEventContactlessCardPresentedMifarePlusEv2,
                0x01010700 => Self::UserEventContactlessCardRemovedMifarePlusEv2,
                0x01000800 => Self::UserEventContactlessCardPresentedMifarePlusSe,
                0x01010800 => Self::UserEventContactlessCardRemovedMifarePlusSe,
                0x01000900 => Self::UserEventContactlessCardPresentedMifarePlusX,
                0x01010900 => Self::UserEventContactlessCardRemovedMifarePlusX,
                0x01000A00 => Self::UserEventContactlessCardPresentedMifareDesFireEv1,
                0x01010A00 => Self::UserEventContactlessCardRemovedMifareDesFireEv1,
                0x01000B00 => Self::UserEventContactlessCardPresentedMifareDesFireEv2,
                0x01010B00 => Self::UserEventContactlessCardRemovedMifareDesFireEv2,
                0x01000C00 => Self::UserEventContactlessCardPresentedMifareDesFireEv3,
                0x01010C00 => Self::UserEventContactlessCardRemovedMifareDesFireEv3,
                0x01020000 => Self::UserEventCardSeatedInSlotReservedReserved,
                0x01030000 => Self::UserEventCardUnseatedFromSlotReservedReserved,
                0x01040000 => Self::UserEventCardSwipedReservedReserved,
                0x01050000 => Self::UserEventTouchSensorPressOnDisplayReservedReserved,
                0x01060000 => Self::UserEventTouchSensorReleaseOnDisplayReservedReserved,
                0x01070000 => Self::BarcodeReaderRead,
                0x02000000 => Self::SessionManagement,
                0x03000000 => Self::KeyManagementCsrKeysGeneratedReservedReserved,
                0x03010000 => Self::KeyManagementCertificateExpiringSoonReservedReserved,
                0x04000000 => Self::TemperatureOutOfRangeLowWarningTemperature,
                0x04000100 => Self::TemperatureOutOfRangeHighWarningTemperature,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::PowerResetDeviceResetOccurredReservedReserved => 0x00000000,
                Self::PowerResetDeviceResetWillOccurSoonReservedReserved => 0x00010000,
                Self::PowerResetBatteryLowBatteryWarningPercent => 0x00020000,
                Self::PowerResetBatteryPowerDownImminentReserved => 0x00020100,
                Self::PowerResetBatteryBatteryChargeCompleteReserved => 0x00020200,
                Self::PowerReset => 0x00030000,
                Self::UserEventContactlessCardPresentedEmvReserved => 0x01000000,
                Self::UserEventContactlessCardRemovedEmvReserved => 0x01010000,
                Self::UserEventContactlessCardPresentedNTagMifareUltraliteReserved => {
                    0x01000100
                }
                Self::UserEventContactlessCardRemovedNTagMifareUltraliteReserved => {
                    0x01010100
                }
                Self::UserEventContactlessCardPresentedMifareClassic => 0x01000200,
                Self::UserEventContactlessCardRemovedMifareClassic => 0x01010200,
                Self::UserEventContactlessCardPresentedMifareClassic2 => 0x01000300,
                Self::UserEventContactlessCardRemovedMifareClassic2 => 0x01010300,
                Self::UserEventContactlessCardPresentedMifareDesFireLight => 0x01000400,
                Self::UserEventContactlessCardRemovedMifareDesFireLight => 0x01010400,
                Self::UserEventContactlessCardPresentedMifareMini => 0x01000500,
                Self::UserEventContactlessCardRemovedMifareMini => 0x01010500,
                Self::UserEventContactlessCardPresentedMifarePlusEv1 => 0x01000600,
                Self::UserEventContactlessCardRemovedMifarePlusEv1 => 0x01010600,
                Self::UserEventContactlessCardPresentedMifarePlusEv2 => 0x01000700,
                Self::UserEventContactlessCardRemovedMifarePlusEv2 => 0x01010700,
                Self::UserEventContactlessCardPresentedMifarePlusSe => 0x01000800,
                Self::UserEventContactlessCardRemovedMifarePlusSe => 0x01010800,
                Self::UserEventContactlessCardPresentedMifarePlusX => 0x01000900,
                Self::UserEventContactlessCardRemovedMifarePlusX => 0x01010900,
                Self::UserEventContactlessCardPresentedMifareDesFireEv1 => 0x01000A00,
                Self::UserEventContactlessCardRemovedMifareDesFireEv1 => 0x01010A00,
                Self::UserEventContactlessCardPresentedMifareDesFireEv2 => 0x01000B00,
                Self::UserEventContactlessCardRemovedMifareDesFireEv2 => 0x01010B00,
                Self::UserEventContactlessCardPresentedMifareDesFireEv3 => 0x01000C00,
                Self::UserEventContactlessCardRemovedMifareDesFireEv3 => 0x01010C00,
                Self::UserEventCardSeatedInSlotReservedReserved => 0x01020000,
                Self::UserEventCardUnseatedFromSlotReservedReserved => 0x01030000,
                Self::UserEventCardSwipedReservedReserved => 0x01040000,
                Self::UserEventTouchSensorPressOnDisplayReservedReserved => 0x01050000,
                Self::UserEventTouchSensorReleaseOnDisplayReservedReserved => 0x01060000,
                Self::BarcodeReaderRead => 0x01070000,
                Self::SessionManagement => 0x02000000,
                Self::KeyManagementCsrKeysGeneratedReservedReserved => 0x03000000,
                Self::KeyManagementCertificateExpiringSoonReservedReserved => 0x03010000,
                Self::TemperatureOutOfRangeLowWarningTemperature => 0x04000000,
                Self::TemperatureOutOfRangeHighWarningTemperature => 0x04000100,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::PowerResetDeviceResetOccurredReservedReserved => {
                    Some("Power/Reset, Device Reset Occurred, Reserved, Reserved")
                }
                Self::PowerResetDeviceResetWillOccurSoonReservedReserved => {
                    Some("Power/Reset, Device Reset Will Occur Soon, Reserved, Reserved")
                }
                Self::PowerResetBatteryLowBatteryWarningPercent => {
                    Some("Power/Reset, Battery, Low Battery Warning, Percent")
                }
                Self::PowerResetBatteryPowerDownImminentReserved => {
                    Some("Power/Reset, Battery, Power Down Imminent, Reserved")
                }
                Self::PowerResetBatteryBatteryChargeCompleteReserved => {
                    Some("Power/Reset, Battery, Battery Charge Complete, Reserved")
                }
                Self::PowerReset => Some("Power/Reset"),
                Self::UserEventContactlessCardPresentedEmvReserved => {
                    Some("User Event, Contactless Card Presented, EMV, Reserved")
                }
                Self::UserEventContactlessCardRemovedEmvReserved => {
                    Some("User Event, Contactless Card Removed, EMV, Reserved")
                }
                Self::UserEventContactlessCardPresentedNTagMifareUltraliteReserved => {
                    Some(
                        "User Event, Contactless Card Presented, NTag/MIFARE Ultralite, Reserved",
                    )
                }
                Self::UserEventContactlessCardRemovedNTagMifareUltraliteReserved => {
                    Some(
                        "User Event, Contactless Card Removed, NTag/MIFARE Ultralite, Reserved",
                    )
                }
                Self::UserEventContactlessCardPresentedMifareClassic => {
                    Some("User Event, Contactless Card Presented, MIFARE Classic")
                }
                Self::UserEventContactlessCardRemovedMifareClassic => {
                    Some("User Event, Contactless Card Removed, MIFARE Classic")
                }
                Self::UserEventContactlessCardPresentedMifareClassic2 => {
                    Some("User Event, Contactless Card Presented, MIFARE Classic")
                }
                Self::UserEventContactlessCardRemovedMifareClassic2 => {
                    Some("User Event, Contactless Card Removed, MIFARE Classic")
                }
                Self::UserEventContactlessCardPresentedMifareDesFireLight => {
                    Some("User Event, Contactless Card Presented, MIFARE DESFire Light")
                }
                Self::UserEventContactlessCardRemovedMifareDesFireLight => {
                    Some("User Event, Contactless Card Removed, MIFARE DESFire Light")
                }
                Self::UserEventContactlessCardPresentedMifareMini => {
                    Some("User Event, Contactless Card Presented, MIFARE MINI®")
                }
                Self::UserEventContactlessCardRemovedMifareMini => {
                    Some("User Event, Contactless Card Removed, MIFARE MINI®")
                }
                Self::UserEventContactlessCardPresentedMifarePlusEv1 => {
                    Some("User Event, Contactless Card Presented, MIFARE Plus EV1")
                }
                Self::UserEventContactlessCardRemovedMifarePlusEv1 => {
                    Some("User Event, Contactless Card Removed, MIFARE Plus EV1")
                }
                Self::UserEventContactlessCardPresentedMifarePlusEv2 => {
                    Some("User Event, Contactless Card Presented, MIFARE Plus EV2")
                }
                Self::UserEventContactlessCardRemovedMifarePlusEv2 => {
                    Some("User Event, Contactless Card Removed, MIFARE Plus EV2")
                }
                Self::UserEventContactlessCardPresentedMifarePlusSe => {
                    Some("User Event, Contactless Card Presented, MIFARE Plus SE")
                }
                Self::UserEventContactlessCardRemovedMifarePlusSe => {
                    Some("User Event, Contactless Card Removed, MIFARE Plus SE")
                }
                Self::UserEventContactlessCardPresentedMifarePlusX => {
                    Some("User Event, Contactless Card Presented, MIFARE Plus X")
                }
                Self::UserEventContactlessCardRemovedMifarePlusX => {
                    Some("User Event, Contactless Card Removed, MIFARE Plus X")
                }
                Self::UserEventContactlessCardPresentedMifareDesFireEv1 => {
                    Some("User Event, Contactless Card Presented, MIFARE DESFire EV1")
                }
                Self::UserEventContactlessCardRemovedMifareDesFireEv1 => {
                    Some("User Event, Contactless Card Removed, MIFARE DESFire EV1")
                }
                Self::UserEventContactlessCardPresentedMifareDesFireEv2 => {
                    Some("User Event, Contactless Card Presented, MIFARE DESFire EV2")
                }
                Self::UserEventContactlessCardRemovedMifareDesFireEv2 => {
                    Some("User Event, Contactless Card Removed, MIFARE DESFire EV2")
                }
                Self::UserEventContactlessCardPresentedMifareDesFireEv3 => {
                    Some("User Event, Contactless Card Presented, MIFARE DESFire EV3")
                }
                Self::UserEventContactlessCardRemovedMifareDesFireEv3 => {
                    Some("User Event, Contactless Card Removed, MIFARE DESFire EV3")
                }
                Self::UserEventCardSeatedInSlotReservedReserved => {
                    Some("User Event, Card Seated in Slot, Reserved, Reserved")
                }
                Self::UserEventCardUnseatedFromSlotReservedReserved => {
                    Some("User Event, Card Unseated from Slot, Reserved, Reserved")
                }
                Self::UserEventCardSwipedReservedReserved => {
                    Some("User Event, Card Swiped, Reserved, Reserved")
                }
                Self::UserEventTouchSensorPressOnDisplayReservedReserved => {
                    Some("User Event, Touch Sensor Press On Display, Reserved, Reserved")
                }
                Self::UserEventTouchSensorReleaseOnDisplayReservedReserved => {
                    Some(
                        "User Event, Touch Sensor Release On Display, Reserved, Reserved",
                    )
                }
                Self::BarcodeReaderRead => Some("Barcode Reader, Read"),
                Self::SessionManagement => Some("Session Management"),
                Self::KeyManagementCsrKeysGeneratedReservedReserved => {
                    Some("Key management, CSR keys generated, Reserved, Reserved")
                }
                Self::KeyManagementCertificateExpiringSoonReservedReserved => {
                    Some("Key management, Certificate Expiring Soon, Reserved, Reserved")
                }
                Self::TemperatureOutOfRangeLowWarningTemperature => {
                    Some("Temperature, Out of Range, Low Warning, Temperature")
                }
                Self::TemperatureOutOfRangeHighWarningTemperature => {
                    Some("Temperature, Out of Range, High Warning, Temperature")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// Power/Reset.
        PowerReset,
        /// User Event.
        UserEvent,
        /// Key management.
        KeyManagement,
        /// Temperature.
        Temperature,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::PowerReset => Some("Power/Reset"),
                Self::UserEvent => Some("User Event"),
                Self::KeyManagement => Some("Key management"),
                Self::Temperature => Some("Temperature"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// Device Reset Occurred.
        DeviceResetOccurred,
        /// Device Reset Will Occur Soon.
        DeviceResetWillOccurSoon,
        /// Battery.
        Battery,
        /// Contactless Card Presented.
        ContactlessCardPresented,
        /// Contactless Card Removed.
        ContactlessCardRemoved,
        /// Card Seated in Slot.
        CardSeatedInSlot,
        /// Card Unseated from Slot.
        CardUnseatedFromSlot,
        /// Card Swiped.
        CardSwiped,
        /// Touch Sensor Press On Display.
        TouchSensorPressOnDisplay,
        /// Touch Sensor Release On Display.
        TouchSensorReleaseOnDisplay,
        /// CSR keys generated.
        CsrKeysGenerated,
        /// Certificate Expiring Soon.
        CertificateExpiringSoon,
        /// Out of Range.
        OutOfRange,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::DeviceResetOccurred => Some("Device Reset Occurred"),
                Self::DeviceResetWillOccurSoon => Some("Device Reset Will Occur Soon"),
                Self::Battery => Some("Battery"),
                Self::ContactlessCardPresented => Some("Contactless Card Presented"),
                Self::ContactlessCardRemoved => Some("Contactless Card Removed"),
                Self::CardSeatedInSlot => Some("Card Seated in Slot"),
                Self::CardUnseatedFromSlot => Some("Card Unseated from Slot"),
                Self::CardSwiped => Some("Card Swiped"),
                Self::TouchSensorPressOnDisplay => Some("Touch Sensor Press On Display"),
                Self::TouchSensorReleaseOnDisplay => {
                    Some("Touch Sensor Release On Display")
                }
                Self::CsrKeysGenerated => Some("CSR keys generated"),
                Self::CertificateExpiringSoon => Some("Certificate Expiring Soon"),
                Self::OutOfRange => Some("Out of Range"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// Reserved.
        Reserved,
        /// Low Battery Warning.
        LowBatteryWarning,
        /// Power Down Imminent.
        PowerDownImminent,
        /// Battery Charge Complete.
        BatteryChargeComplete,
        /// EMV.
        Emv,
        /// NTag/MIFARE Ultralite.
        NTagMifareUltralite,
        /// Low Warning.
        LowWarning,
        /// High Warning.
        HighWarning,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Reserved => Some("Reserved"),
                Self::LowBatteryWarning => Some("Low Battery Warning"),
                Self::PowerDownImminent => Some("Power Down Imminent"),
                Self::BatteryChargeComplete => Some("Battery Charge Complete"),
                Self::Emv => Some("EMV"),
                Self::NTagMifareUltralite => Some("NTag/MIFARE Ultralite"),
                Self::LowWarning => Some("Low Warning"),
                Self::HighWarning => Some("High Warning"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x00 => Source::PowerReset,
                0x01 => Source::UserEvent,
                0x03 => Source::KeyManagement,
                0x04 => Source::Temperature,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0000 => Reason::DeviceResetOccurred,
                0x0001 => Reason::DeviceResetWillOccurSoon,
                0x0002 => Reason::Battery,
                0x0100 => Reason::ContactlessCardPresented,
                0x0101 => Reason::ContactlessCardRemoved,
                0x0102 => Reason::CardSeatedInSlot,
                0x0103 => Reason::CardUnseatedFromSlot,
                0x0104 => Reason::CardSwiped,
                0x0105 => Reason::TouchSensorPressOnDisplay,
                0x0106 => Reason::TouchSensorReleaseOnDisplay,
                0x0300 => Reason::CsrKeysGenerated,
                0x0301 => Reason::CertificateExpiringSoon,
                0x0400 => Reason::OutOfRange,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x000000 => Detail::Reserved,
                0x000100 => Detail::Reserved,
                0x000200 => Detail::LowBatteryWarning,
                0x000201 => Detail::PowerDownImminent,
                0x000202 => Detail::BatteryChargeComplete,
                0x010000 => Detail::Emv,
                0x010100 => Detail::Emv,
                0x010001 => Detail::NTagMifareUltralite,
                0x010101 => Detail::NTagMifareUltralite,
                0x010200 => Detail::Reserved,
                0x010300 => Detail::Reserved,
                0x010400 => Detail::Reserved,
                0x010500 => Detail::Reserved,
                0x010600 => Detail::Reserved,
                0x030000 => Detail::Reserved,
                0x030100 => Detail::Reserved,
                0x040000 => Detail::LowWarning,
                0x040001 => Detail::HighWarning,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// Payload of notification 0x1001 Device Information Update (manual Table 335).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DeviceResetOccurred {
        /// `81` Device Operational Status (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub device_operational_status: Vec<u8>,
        /// `82` Offline Status Detail (binary, variable length, required).
        #[tlv(tag = 0x82)]
        pub offline_status_detail: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x1001 Device Information Update (manual Table 337).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct TouchSensorPressOrReleaseOnDisplayTouchOnly {
        /// `81` Press / Release Coordinates (binary, 4 bytes, required). Limited to: Display Only.
        #[tlv(tag = 0x81)]
        pub press_release_coordinates: [u8; 4],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x1001 Device Information Update (manual Table 339).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct SessionExpiringSoonSessionManagementOnly {
        /// `81` Interface (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub interface: SessionExpiringSoonSessionManagementOnlyInterface,
        /// `82` Connection (binary, 1 byte, required). Limited to: Session Management Only.
        #[tlv(tag = 0x82)]
        pub connection: SessionExpiringSoonSessionManagementOnlyConnection,
        /// `83` Expiration Time (binary, 1 byte, required).
        #[tlv(tag = 0x83)]
        pub expiration_time: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl SessionExpiringSoonSessionManagementOnly {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            interface: SessionExpiringSoonSessionManagementOnlyInterface,
            connection: SessionExpiringSoonSessionManagementOnlyConnection,
            expiration_time: u8,
        ) -> Self {
            SessionExpiringSoonSessionManagementOnly {
                interface,
                connection,
                expiration_time,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Interface (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum SessionExpiringSoonSessionManagementOnlyInterface {
        /// `00`: WLAN.
        #[tlv(value = 0x00)]
        Wlan,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl SessionExpiringSoonSessionManagementOnlyInterface {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Wlan => Some("WLAN"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for SessionExpiringSoonSessionManagementOnlyInterface {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Connection (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum SessionExpiringSoonSessionManagementOnlyConnection {
        /// `00`: Connection 0.
        #[tlv(value = 0x00)]
        Connection0,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl SessionExpiringSoonSessionManagementOnlyConnection {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Connection0 => Some("Connection 0"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for SessionExpiringSoonSessionManagementOnlyConnection {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Payload of notification 0x1001 Device Information Update (manual Table 341).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct KeyManagementCertificateExpiringSoonSessionManagementOnly {
        /// `81` Notification Threshold (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub notification_threshold: u8,
        /// `82` Certificate ID (binary, 1 byte, required; see manual Table 201).
        #[tlv(tag = 0x82)]
        pub certificate_id: u8,
        /// `83` Days Valid (binary, 1 byte, required).
        #[tlv(tag = 0x83)]
        pub days_valid: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x1001 Device Information Update (manual Table 343).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct Uid {
        /// `84` NFC Payload (binary, variable length, required).
        #[tlv(tag = 0x84, nested)]
        pub nfc_payload: UidNfcPayload,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `84` NFC Payload: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct UidNfcPayload {
        /// `DF79` NFC UID (binary, variable length, required).
        #[tlv(tag = 0xDF79)]
        pub nfc_uid: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification for DeviceResetOccurred {
        const ID: u16 = 0x1001;
        const NAME: &'static str = "Device Information Update";
    }
    impl mms_message::Notification for TouchSensorPressOrReleaseOnDisplayTouchOnly {
        const ID: u16 = 0x1001;
        const NAME: &'static str = "Device Information Update";
    }
    impl mms_message::Notification for SessionExpiringSoonSessionManagementOnly {
        const ID: u16 = 0x1001;
        const NAME: &'static str = "Device Information Update";
    }
    impl mms_message::Notification
    for KeyManagementCertificateExpiringSoonSessionManagementOnly {
        const ID: u16 = 0x1001;
        const NAME: &'static str = "Device Information Update";
    }
    impl mms_message::Notification for Uid {
        const ID: u16 = 0x1001;
        const NAME: &'static str = "Device Information Update";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 335.
        DeviceResetOccurred(DeviceResetOccurred),
        /// The payload of manual Table 337.
        TouchSensorPressOrReleaseOnDisplayTouchOnly(
            TouchSensorPressOrReleaseOnDisplayTouchOnly,
        ),
        /// The payload of manual Table 339.
        SessionExpiringSoonSessionManagementOnly(
            SessionExpiringSoonSessionManagementOnly,
        ),
        /// The payload of manual Table 341.
        KeyManagementCertificateExpiringSoonSessionManagementOnly(
            KeyManagementCertificateExpiringSoonSessionManagementOnly,
        ),
        /// The payload of manual Table 343.
        Uid(Uid),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            match detail {
                Some(0x00000000) => {
                    <DeviceResetOccurred as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::DeviceResetOccurred)
                }
                Some(0x01050000 | 0x01060000) => {
                    <TouchSensorPressOrReleaseOnDisplayTouchOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::TouchSensorPressOrReleaseOnDisplayTouchOnly)
                }
                Some(0x02000000) => {
                    <SessionExpiringSoonSessionManagementOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::SessionExpiringSoonSessionManagementOnly)
                }
                Some(0x03010000) => {
                    <KeyManagementCertificateExpiringSoonSessionManagementOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(
                            Payload::KeyManagementCertificateExpiringSoonSessionManagementOnly,
                        )
                }
                Some(
                    0x01000100 | 0x01000200 | 0x01000300 | 0x01000400 | 0x01000500
                    | 0x01000600 | 0x01000700 | 0x01000800 | 0x01000900 | 0x01000A00
                    | 0x01000B00 | 0x01000C00,
                ) => {
                    <Uid as mms_codec::Contents>::decode_contents(bytes, cx)
                        .map(Payload::Uid)
                }
                _ => {
                    <mms_message::TlvList as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::Other)
                }
            }
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::DeviceResetOccurred(p) => mms_codec::Contents::contents_len(p),
                Payload::TouchSensorPressOrReleaseOnDisplayTouchOnly(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::SessionExpiringSoonSessionManagementOnly(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::KeyManagementCertificateExpiringSoonSessionManagementOnly(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::Uid(p) => mms_codec::Contents::contents_len(p),
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::DeviceResetOccurred(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::TouchSensorPressOrReleaseOnDisplayTouchOnly(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::SessionExpiringSoonSessionManagementOnly(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::KeyManagementCertificateExpiringSoonSessionManagementOnly(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::Uid(p) => mms_codec::Contents::encode_contents(p, out),
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x1801 - User Interface Information Update.
///
/// The manual marks this section MagTek internal for now.
pub mod user_interface_information_update {
    use ::core::fmt;
    use super::super::value_sets;
    /// Notification ID 0x1801 (source byte, type byte).
    pub const ID: u16 = 0x1801;
    /// Detail codes of notification 0x1801 (the spec lists none).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            Self::Other(mms_codec::Unrecognized::__new(raw))
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            let Self::Other(raw) = self;
            raw.get()
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            None
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    pub use value_sets::DetailCodeSource as Source;
    pub use value_sets::DetailCodeReason as Reason;
    pub use value_sets::DetailCodeDetail as Detail;
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            Source::Other((self.to_raw() >> 24) as u8)
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            Reason::Other((self.to_raw() >> 16) as u8)
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            Detail::Other((self.to_raw() >> 8) as u8)
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let _ = detail;
            <mms_message::TlvList as mms_codec::Contents>::decode_contents(bytes, cx)
                .map(Payload::Other)
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x1803 - User Interface Host Action Request.
pub mod user_interface_host_action_request {
    use ::core::fmt;
    /// Notification ID 0x1803 (source byte, type byte).
    pub const ID: u16 = 0x1803;
    /// Detail codes of notification 0x1803 (manual Table 345): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `01020100`: Touchscreen.
        Touchscreen,
        /// `01020200`: Touchscreen.
        Touchscreen2,
        /// `01020300`: Touchscreen.
        Touchscreen3,
        /// `01030100`: Touchscreen.
        Touchscreen4,
        /// `01030200`: Touchscreen.
        Touchscreen5,
        /// `01030300`: Touchscreen.
        Touchscreen6,
        /// `01030400`: Touchscreen.
        Touchscreen7,
        /// `01030500`: Touchscreen.
        Touchscreen8,
        /// `01030600`: Touchscreen.
        Touchscreen9,
        /// `01040000`: Touchscreen, $Amount button selected, Data.
        TouchscreenAmountButtonSelectedData,
        /// `01050000`: Touchscreen.
        Touchscreen10,
        /// `02010000`: Display, Display Message, No Data Attached, Clear Display.
        DisplayDisplayMessageNoDataAttachedClearDisplay,
        /// `02010100`: Display, Display Message, Data Attached, No Cancel Function.
        DisplayDisplayMessageDataAttachedNoCancelFunction,
        /// `02010200`: Display, Display Message, Data Attached, Include Cancel Function.
        DisplayDisplayMessageDataAttachedIncludeCancelFunction,
        /// `02020000`: Display, Cardholder Selection, Data Attached, Reserved.
        DisplayCardholderSelectionDataAttachedReserved,
        /// `02030000`: Display, Online PIN Request, Application ID / Amount, Data Attached, Reserved.
        DisplayOnlinePinRequestApplicationIdAmountDataAttachedReserved,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x01020100 => Self::Touchscreen,
                0x01020200 => Self::Touchscreen2,
                0x01020300 => Self::Touchscreen3,
                0x01030100 => Self::Touchscreen4,
                0x01030200 => Self::Touchscreen5,
                0x01030300 => Self::Touchscreen6,
                0x01030400 => Self::Touchscreen7,
                0x01030500 => Self::Touchscreen8,
                0x01030600 => Self::Touchscreen9,
                0x01040000 => Self::TouchscreenAmountButtonSelectedData,
                0x01050000 => Self::Touchscreen10,
                0x02010000 => Self::DisplayDisplayMessageNoDataAttachedClearDisplay,
                0x02010100 => Self::DisplayDisplayMessageDataAttachedNoCancelFunction,
                0x02010200 => {
                    Self::DisplayDisplayMessageDataAttachedIncludeCancelFunction
                }
                0x02020000 => Self::DisplayCardholderSelectionDataAttachedReserved,
                0x02030000 => {
                    Self::DisplayOnlinePinRequestApplicationIdAmountDataAttachedReserved
                }
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::Touchscreen => 0x01020100,
                Self::Touchscreen2 => 0x01020200,
                Self::Touchscreen3 => 0x01020300,
                Self::Touchscreen4 => 0x01030100,
                Self::Touchscreen5 => 0x01030200,
                Self::Touchscreen6 => 0x01030300,
                Self::Touchscreen7 => 0x01030400,
                Self::Touchscreen8 => 0x01030500,
                Self::Touchscreen9 => 0x01030600,
                Self::TouchscreenAmountButtonSelectedData => 0x01040000,
                Self::Touchscreen10 => 0x01050000,
                Self::DisplayDisplayMessageNoDataAttachedClearDisplay => 0x02010000,
                Self::DisplayDisplayMessageDataAttachedNoCancelFunction => 0x02010100,
                Self::DisplayDisplayMessageDataAttachedIncludeCancelFunction => {
                    0x02010200
                }
                Self::DisplayCardholderSelectionDataAttachedReserved => 0x02020000,
                Self::DisplayOnlinePinRequestApplicationIdAmountDataAttachedReserved => {
                    0x02030000
                }
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Touchscreen => Some("Touchscreen"),
                Self::Touchscreen2 => Some("Touchscreen"),
                Self::Touchscreen3 => Some("Touchscreen"),
                Self::Touchscreen4 => Some("Touchscreen"),
                Self::Touchscreen5 => Some("Touchscreen"),
                Self::Touchscreen6 => Some("Touchscreen"),
                Self::Touchscreen7 => Some("Touchscreen"),
                Self::Touchscreen8 => Some("Touchscreen"),
                Self::Touchscreen9 => Some("Touchscreen"),
                Self::TouchscreenAmountButtonSelectedData => {
                    Some("Touchscreen, $Amount button selected, Data")
                }
                Self::Touchscreen10 => Some("Touchscreen"),
                Self::DisplayDisplayMessageNoDataAttachedClearDisplay => {
                    Some("Display, Display Message, No Data Attached, Clear Display")
                }
                Self::DisplayDisplayMessageDataAttachedNoCancelFunction => {
                    Some("Display, Display Message, Data Attached, No Cancel Function")
                }
                Self::DisplayDisplayMessageDataAttachedIncludeCancelFunction => {
                    Some(
                        "Display, Display Message, Data Attached, Include Cancel Function",
                    )
                }
                Self::DisplayCardholderSelectionDataAttachedReserved => {
                    Some("Display, Cardholder Selection, Data Attached, Reserved")
                }
                Self::DisplayOnlinePinRequestApplicationIdAmountDataAttachedReserved => {
                    Some(
                        "Display, Online PIN Request, Application ID / Amount, Data Attached, Reserved",
                    )
                }
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// Display.
        Display,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Display => Some("Display"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// Display Message.
        DisplayMessage,
        /// Cardholder Selection.
        CardholderSelection,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::DisplayMessage => Some("Display Message"),
                Self::CardholderSelection => Some("Cardholder Selection"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// No Data Attached.
        NoDataAttached,
        /// Data Attached.
        DataAttached,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::NoDataAttached => Some("No Data Attached"),
                Self::DataAttached => Some("Data Attached"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x02 => Source::Display,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0201 => Reason::DisplayMessage,
                0x0202 => Reason::CardholderSelection,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x020100 => Detail::NoDataAttached,
                0x020101 => Detail::DataAttached,
                0x020102 => Detail::DataAttached,
                0x020200 => Detail::DataAttached,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// Payload of notification 0x1803 User Interface Host Action Request (manual Table 346).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct DisplayMessageRequestNotificationsNoDisplayOnly {
        /// `81` Reserved for time functions (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub reserved_for_time_functions: u8,
        /// `82` Append or Clear Display (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub append_or_clear_display: DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay,
        /// `83` Message (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub message: Vec<u8>,
        /// `85` Enhanced Application Select Message For Contactless (binary, variable length, optional).
        #[tlv(tag = 0x85)]
        pub enhanced_application_select_message_for_contactless: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl DisplayMessageRequestNotificationsNoDisplayOnly {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            reserved_for_time_functions: u8,
            append_or_clear_display: DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay,
            message: Vec<u8>,
        ) -> Self {
            DisplayMessageRequestNotificationsNoDisplayOnly {
                reserved_for_time_functions,
                append_or_clear_display,
                message,
                enhanced_application_select_message_for_contactless: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Append or Clear Display (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay {
        /// `00`: Append.
        #[tlv(value = 0x00)]
        Append,
        /// `01`: Clear.
        #[tlv(value = 0x01)]
        Clear,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Append => Some("Append"),
                Self::Clear => Some("Clear"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display
    for DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Payload of notification 0x1803 User Interface Host Action Request (manual Table 347).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AmountButtonSelectedDataAttached {
        /// `84` Amount selected payload (binary, 9 bytes, required).
        #[tlv(tag = 0x84)]
        pub amount_selected_payload: [u8; 9],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x1803 User Interface Host Action Request (manual Table 348).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct CardholderSelectionNotificationsNoDisplayOnly {
        /// `81` Time in seconds (binary, 1 byte, required).
        #[tlv(tag = 0x81)]
        pub time_in_seconds: u8,
        /// `82` Append or Clear Display (binary, 1 byte, required).
        #[tlv(tag = 0x82)]
        pub append_or_clear_display: DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay,
        /// `83` Message (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub message: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl CardholderSelectionNotificationsNoDisplayOnly {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            time_in_seconds: u8,
            append_or_clear_display: DisplayMessageRequestNotificationsNoDisplayOnlyAppendOrClearDisplay,
            message: Vec<u8>,
        ) -> Self {
            CardholderSelectionNotificationsNoDisplayOnly {
                time_in_seconds,
                append_or_clear_display,
                message,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Payload of notification 0x1803 User Interface Host Action Request (manual Table 349).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay {
        /// `9F12` Application Preferred Name (binary, variable length, optional).
        #[tlv(tag = 0x9F12)]
        pub application_preferred_name: Option<Vec<u8>>,
        /// `9F06` AID (binary, variable length, optional).
        #[tlv(tag = 0x9F06)]
        pub aid: Option<Vec<u8>>,
        /// `9F02` Amount (binary, 6 bytes, optional).
        #[tlv(tag = 0x9F02)]
        pub amount: Option<[u8; 6]>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification for DisplayMessageRequestNotificationsNoDisplayOnly {
        const ID: u16 = 0x1803;
        const NAME: &'static str = "User Interface Host Action Request";
    }
    impl mms_message::Notification for AmountButtonSelectedDataAttached {
        const ID: u16 = 0x1803;
        const NAME: &'static str = "User Interface Host Action Request";
    }
    impl mms_message::Notification for CardholderSelectionNotificationsNoDisplayOnly {
        const ID: u16 = 0x1803;
        const NAME: &'static str = "User Interface Host Action Request";
    }
    impl mms_message::Notification
    for DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay {
        const ID: u16 = 0x1803;
        const NAME: &'static str = "User Interface Host Action Request";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 346.
        DisplayMessageRequestNotificationsNoDisplayOnly(
            DisplayMessageRequestNotificationsNoDisplayOnly,
        ),
        /// The payload of manual Table 347.
        AmountButtonSelectedDataAttached(AmountButtonSelectedDataAttached),
        /// The payload of manual Table 348.
        CardholderSelectionNotificationsNoDisplayOnly(
            CardholderSelectionNotificationsNoDisplayOnly,
        ),
        /// The payload of manual Table 349.
        DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay(
            DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay,
        ),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            match detail {
                Some(0x02010100 | 0x02010200) => {
                    <DisplayMessageRequestNotificationsNoDisplayOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::DisplayMessageRequestNotificationsNoDisplayOnly)
                }
                Some(0x01040000) => {
                    <AmountButtonSelectedDataAttached as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::AmountButtonSelectedDataAttached)
                }
                Some(0x02020000) => {
                    <CardholderSelectionNotificationsNoDisplayOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::CardholderSelectionNotificationsNoDisplayOnly)
                }
                Some(0x02030000) => {
                    <DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(
                            Payload::DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay,
                        )
                }
                _ => {
                    <mms_message::TlvList as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::Other)
                }
            }
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::DisplayMessageRequestNotificationsNoDisplayOnly(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::AmountButtonSelectedDataAttached(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::CardholderSelectionNotificationsNoDisplayOnly(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay(
                    p,
                ) => mms_codec::Contents::contents_len(p),
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::DisplayMessageRequestNotificationsNoDisplayOnly(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::AmountButtonSelectedDataAttached(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::CardholderSelectionNotificationsNoDisplayOnly(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::DisplayOnlinePinRequestNotificationsMagtekInternalOnlyForNowNoDisplay(
                    p,
                ) => mms_codec::Contents::encode_contents(p, out),
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Notification 0x1805 - User Interface Operation Complete.
pub mod user_interface_operation_complete {
    use ::core::fmt;
    use super::super::file_types;
    /// Notification ID 0x1805 (source byte, type byte).
    pub const ID: u16 = 0x1805;
    /// Detail codes of notification 0x1805 (manual Table 350): payment technology or category, reason, detail, extra.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum DetailCode {
        /// `01010101`: Touchscreen, Signature Capture, Success, Data Available.
        TouchscreenSignatureCaptureSuccessDataAvailable,
        /// `01010201`: Touchscreen, Signature Capture, Operation Failed, Timeout.
        TouchscreenSignatureCaptureOperationFailedTimeout,
        /// `01010202`: Touchscreen, Signature Capture, Operation Failed, Hardware Not Available.
        TouchscreenSignatureCaptureOperationFailedHardwareNotAvailable,
        /// `02010000`: Display, Display Message, Timed Out, Reserved.
        DisplayDisplayMessageTimedOutReserved,
        /// `04030100`: Barcode Reader, Read.
        BarcodeReaderRead,
        /// `04030101`: Barcode Reader, Read.
        BarcodeReaderRead2,
        /// `04030102`: Barcode Reader, Read.
        BarcodeReaderRead3,
        /// `04030201`: Barcode Reader, Read.
        BarcodeReaderRead4,
        /// `05040100`: Buzzer, Buzzer Result, Operation Success, Reserve.
        BuzzerBuzzerResultOperationSuccessReserve,
        /// `05040200`: Buzzer, Buzzer Result, Operation Fail, Reserve.
        BuzzerBuzzerResultOperationFailReserve,
        /// `06050100`: Card Emulation.
        CardEmulation,
        /// `06050201`: Card Emulation.
        CardEmulation2,
        /// `06050203`: Card Emulation.
        CardEmulation3,
        /// `06050204`: Card Emulation.
        CardEmulation4,
        /// A code this spec does not name; keeps its raw value.
        Other(mms_codec::Unrecognized<u32>),
    }
    impl DetailCode {
        /// The variant for a raw code (`Other` when the spec does not name it).
        pub fn from_raw(raw: u32) -> Self {
            match raw {
                0x01010101 => Self::TouchscreenSignatureCaptureSuccessDataAvailable,
                0x01010201 => Self::TouchscreenSignatureCaptureOperationFailedTimeout,
                0x01010202 => {
                    Self::TouchscreenSignatureCaptureOperationFailedHardwareNotAvailable
                }
                0x02010000 => Self::DisplayDisplayMessageTimedOutReserved,
                0x04030100 => Self::BarcodeReaderRead,
                0x04030101 => Self::BarcodeReaderRead2,
                0x04030102 => Self::BarcodeReaderRead3,
                0x04030201 => Self::BarcodeReaderRead4,
                0x05040100 => Self::BuzzerBuzzerResultOperationSuccessReserve,
                0x05040200 => Self::BuzzerBuzzerResultOperationFailReserve,
                0x06050100 => Self::CardEmulation,
                0x06050201 => Self::CardEmulation2,
                0x06050203 => Self::CardEmulation3,
                0x06050204 => Self::CardEmulation4,
                other => Self::Other(mms_codec::Unrecognized::__new(other)),
            }
        }
        /// The raw code.
        pub fn to_raw(&self) -> u32 {
            match self {
                Self::TouchscreenSignatureCaptureSuccessDataAvailable => 0x01010101,
                Self::TouchscreenSignatureCaptureOperationFailedTimeout => 0x01010201,
                Self::TouchscreenSignatureCaptureOperationFailedHardwareNotAvailable => {
                    0x01010202
                }
                Self::DisplayDisplayMessageTimedOutReserved => 0x02010000,
                Self::BarcodeReaderRead => 0x04030100,
                Self::BarcodeReaderRead2 => 0x04030101,
                Self::BarcodeReaderRead3 => 0x04030102,
                Self::BarcodeReaderRead4 => 0x04030201,
                Self::BuzzerBuzzerResultOperationSuccessReserve => 0x05040100,
                Self::BuzzerBuzzerResultOperationFailReserve => 0x05040200,
                Self::CardEmulation => 0x06050100,
                Self::CardEmulation2 => 0x06050201,
                Self::CardEmulation3 => 0x06050203,
                Self::CardEmulation4 => 0x06050204,
                Self::Other(raw) => raw.get(),
            }
        }
        /// The manual's short meaning, if the spec names the code.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::TouchscreenSignatureCaptureSuccessDataAvailable => {
                    Some("Touchscreen, Signature Capture, Success, Data Available")
                }
                Self::TouchscreenSignatureCaptureOperationFailedTimeout => {
                    Some("Touchscreen, Signature Capture, Operation Failed, Timeout")
                }
                Self::TouchscreenSignatureCaptureOperationFailedHardwareNotAvailable => {
                    Some(
                        "Touchscreen, Signature Capture, Operation Failed, Hardware Not Available",
                    )
                }
                Self::DisplayDisplayMessageTimedOutReserved => {
                    Some("Display, Display Message, Timed Out, Reserved")
                }
                Self::BarcodeReaderRead => Some("Barcode Reader, Read"),
                Self::BarcodeReaderRead2 => Some("Barcode Reader, Read"),
                Self::BarcodeReaderRead3 => Some("Barcode Reader, Read"),
                Self::BarcodeReaderRead4 => Some("Barcode Reader, Read"),
                Self::BuzzerBuzzerResultOperationSuccessReserve => {
                    Some("Buzzer, Buzzer Result, Operation Success, Reserve")
                }
                Self::BuzzerBuzzerResultOperationFailReserve => {
                    Some("Buzzer, Buzzer Result, Operation Fail, Reserve")
                }
                Self::CardEmulation => Some("Card Emulation"),
                Self::CardEmulation2 => Some("Card Emulation"),
                Self::CardEmulation3 => Some("Card Emulation"),
                Self::CardEmulation4 => Some("Card Emulation"),
                Self::Other(_) => None,
            }
        }
    }
    impl From<u32> for DetailCode {
        fn from(raw: u32) -> Self {
            Self::from_raw(raw)
        }
    }
    impl fmt::Display for DetailCode {
        /// The short meaning, or the code in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "{:0width$X}", self.to_raw(), width = 8),
            }
        }
    }
    /// Of a detail code: the payment technology or category the code is about (first byte). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Source {
        /// Touchscreen.
        Touchscreen,
        /// Display.
        Display,
        /// Buzzer.
        Buzzer,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Source {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Touchscreen => Some("Touchscreen"),
                Self::Display => Some("Display"),
                Self::Buzzer => Some("Buzzer"),
                _ => None,
            }
        }
    }
    /// Of a detail code: why the notification was sent (second byte, read with the first). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Reason {
        /// Signature Capture.
        SignatureCapture,
        /// Display Message.
        DisplayMessage,
        /// Buzzer Result.
        BuzzerResult,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Reason {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::SignatureCapture => Some("Signature Capture"),
                Self::DisplayMessage => Some("Display Message"),
                Self::BuzzerResult => Some("Buzzer Result"),
                _ => None,
            }
        }
    }
    /// Of a detail code: what happened (third byte, read with the first two). Codes whose parts the spec names alike share a variant.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum Detail {
        /// Success.
        Success,
        /// Operation Failed.
        OperationFailed,
        /// Timed Out.
        TimedOut,
        /// Operation Success.
        OperationSuccess,
        /// Operation Fail.
        OperationFail,
        /// A byte the spec does not name in this position.
        Other(u8),
    }
    impl Detail {
        /// The manual's name of the part, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Success => Some("Success"),
                Self::OperationFailed => Some("Operation Failed"),
                Self::TimedOut => Some("Timed Out"),
                Self::OperationSuccess => Some("Operation Success"),
                Self::OperationFail => Some("Operation Fail"),
                _ => None,
            }
        }
    }
    impl DetailCode {
        /// The part of the code that says the payment technology or category the code is about (first byte).
        pub fn source(&self) -> Source {
            match self.to_raw() >> 24 {
                0x01 => Source::Touchscreen,
                0x02 => Source::Display,
                0x05 => Source::Buzzer,
                _ => Source::Other((self.to_raw() >> 24) as u8),
            }
        }
        /// The part of the code that says why the notification was sent (second byte, read with the first).
        pub fn reason(&self) -> Reason {
            match self.to_raw() >> 16 {
                0x0101 => Reason::SignatureCapture,
                0x0201 => Reason::DisplayMessage,
                0x0504 => Reason::BuzzerResult,
                _ => Reason::Other((self.to_raw() >> 16) as u8),
            }
        }
        /// The part of the code that says what happened (third byte, read with the first two).
        pub fn detail(&self) -> Detail {
            match self.to_raw() >> 8 {
                0x010101 => Detail::Success,
                0x010102 => Detail::OperationFailed,
                0x020100 => Detail::TimedOut,
                0x050401 => Detail::OperationSuccess,
                0x050402 => Detail::OperationFail,
                _ => Detail::Other((self.to_raw() >> 8) as u8),
            }
        }
        /// The fourth byte: extra information.
        pub fn extra(&self) -> u8 {
            self.to_raw() as u8
        }
    }
    /// Payload of notification 0x1805 User Interface Operation Complete (manual Table 351).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly {
        /// `83` File ID (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0x83)]
        pub file_id: file_types::FileType,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x1805 User Interface Operation Complete (manual Table 352).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached {
        /// `84` Notification Payload (binary, variable length, required).
        #[tlv(tag = 0x84, nested)]
        pub notification_payload: BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttachedNotificationPayload,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `84` Notification Payload: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttachedNotificationPayload {
        /// `DFDF59` Encrypted Data Primitive (binary, variable length, required; see manual Table 353).
        #[tlv(tag = 0xDFDF59)]
        pub encrypted_data_primitive: Vec<u8>,
        /// `DFDF50` Encrypted Data KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF50)]
        pub encrypted_data_ksn: Vec<u8>,
        /// `DFDF51` Encrypted Data Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF51)]
        pub encrypted_data_encryption_type: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// Payload of notification 0x1805 User Interface Operation Complete (manual Table 353).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderReadBarcodeResultSuccessUnencryptedData {
        /// `FC` Barcode Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub barcode_data_container: BarcodeReaderReadBarcodeResultSuccessUnencryptedDataBarcodeDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Barcode Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct BarcodeReaderReadBarcodeResultSuccessUnencryptedDataBarcodeDataContainer {
        /// `DF74` Barcode Data (binary, variable length, optional).
        #[tlv(tag = 0xDF74)]
        pub barcode_data: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl mms_message::Notification
    for AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly {
        const ID: u16 = 0x1805;
        const NAME: &'static str = "User Interface Operation Complete";
    }
    impl mms_message::Notification
    for BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached {
        const ID: u16 = 0x1805;
        const NAME: &'static str = "User Interface Operation Complete";
    }
    impl mms_message::Notification
    for BarcodeReaderReadBarcodeResultSuccessUnencryptedData {
        const ID: u16 = 0x1805;
        const NAME: &'static str = "User Interface Operation Complete";
    }
    /// The payload, typed by the table the detail code refers to; other payloads are kept as TLVs.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum Payload {
        /// The payload of manual Table 351.
        AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly(
            AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly,
        ),
        /// The payload of manual Table 352.
        BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached(
            BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached,
        ),
        /// The payload of manual Table 353.
        BarcodeReaderReadBarcodeResultSuccessUnencryptedData(
            BarcodeReaderReadBarcodeResultSuccessUnencryptedData,
        ),
        /// A payload whose detail code refers to no payload table of the spec.
        Other(mms_message::TlvList),
    }
    impl Payload {
        /// Decodes the TLVs after the payload's 2-byte ID, choosing the type by the detail code.
        pub fn decode(
            detail: Option<u32>,
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            match detail {
                Some(0x01010101) => {
                    <AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(
                            Payload::AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly,
                        )
                }
                Some(0x04030101..=0x04030102) => {
                    <BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(
                            Payload::BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached,
                        )
                }
                Some(0x04030100) => {
                    <BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(
                            Payload::BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached,
                        )
                        .or_else(|first| {
                            <BarcodeReaderReadBarcodeResultSuccessUnencryptedData as mms_codec::Contents>::decode_contents(
                                    bytes,
                                    cx,
                                )
                                .map(
                                    Payload::BarcodeReaderReadBarcodeResultSuccessUnencryptedData,
                                )
                                .map_err(|_| first)
                        })
                }
                _ => {
                    <mms_message::TlvList as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(Payload::Other)
                }
            }
        }
        /// Bytes the encoded TLVs take.
        pub fn contents_len(&self) -> usize {
            match self {
                Payload::AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly(
                    p,
                ) => mms_codec::Contents::contents_len(p),
                Payload::BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached(
                    p,
                ) => mms_codec::Contents::contents_len(p),
                Payload::BarcodeReaderReadBarcodeResultSuccessUnencryptedData(p) => {
                    mms_codec::Contents::contents_len(p)
                }
                Payload::Other(p) => mms_codec::Contents::contents_len(p),
            }
        }
        /// Writes the TLVs (without the 2-byte ID).
        pub fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
            match self {
                Payload::AdditionalDetailForTouchscreenSignatureCaptureSuccessDataAvailableTouchOnly(
                    p,
                ) => mms_codec::Contents::encode_contents(p, out),
                Payload::BarcodeReaderReadBarcodeResultSuccessEncryptedDataAttached(
                    p,
                ) => mms_codec::Contents::encode_contents(p, out),
                Payload::BarcodeReaderReadBarcodeResultSuccessUnencryptedData(p) => {
                    mms_codec::Contents::encode_contents(p, out)
                }
                Payload::Other(p) => mms_codec::Contents::encode_contents(p, out),
            }
        }
    }
}
/// Every notification of the spec: (ID, name), sorted by ID.
pub static NOTIFICATIONS: &[(u16, &str)] = &[
    (0x0101, "Transaction Information Update"),
    (0x0103, "Transaction Host Action Request"),
    (0x0104, "Transaction Callback"),
    (0x0105, "Transaction Operation Complete"),
    (0x0201, "Banking Functions Information Update"),
    (0x0203, "Banking Functions Host Action Request"),
    (0x0205, "Banking Functions Operation Complete"),
    (0x0905, "Firmware Update Successful"),
    (0x0906, "Firmware Update Failed"),
    (0x0907, "Firmware is Up to Date"),
    (0x1001, "Device Information Update"),
    (0x1801, "User Interface Information Update"),
    (0x1803, "User Interface Host Action Request"),
    (0x1805, "User Interface Operation Complete"),
];
/// The name of a notification, if the spec has it.
pub fn name(id: u16) -> Option<&'static str> {
    NOTIFICATIONS
        .binary_search_by_key(&id, |&(known, _)| known)
        .ok()
        .map(|i| NOTIFICATIONS[i].1)
}
/// The short meaning of a notification's detail code, if the spec names it.
pub fn detail_label(id: u16, code: u32) -> Option<&'static str> {
    match id {
        0x0101 => transaction_information_update::DetailCode::from_raw(code).label(),
        0x0103 => transaction_host_action_request::DetailCode::from_raw(code).label(),
        0x0104 => transaction_callback::DetailCode::from_raw(code).label(),
        0x0105 => transaction_operation_complete::DetailCode::from_raw(code).label(),
        0x0201 => {
            banking_functions_information_update::DetailCode::from_raw(code).label()
        }
        0x0203 => {
            banking_functions_host_action_request::DetailCode::from_raw(code).label()
        }
        0x0205 => {
            banking_functions_operation_complete::DetailCode::from_raw(code).label()
        }
        0x0905 => firmware_update_successful::DetailCode::from_raw(code).label(),
        0x0906 => firmware_update_failed::DetailCode::from_raw(code).label(),
        0x0907 => firmware_is_up_to_date::DetailCode::from_raw(code).label(),
        0x1001 => device_information_update::DetailCode::from_raw(code).label(),
        0x1801 => user_interface_information_update::DetailCode::from_raw(code).label(),
        0x1803 => user_interface_host_action_request::DetailCode::from_raw(code).label(),
        0x1805 => user_interface_operation_complete::DetailCode::from_raw(code).label(),
        _ => None,
    }
}
