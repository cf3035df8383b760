// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! Operation status: summary and detail codes of a response.
use ::core::fmt;
/// Operation status summary, the first status byte (manual Table 13).
#[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[tlv(repr = u8)]
#[non_exhaustive]
pub enum StatusSummary {
    /// `00`: OK, Done.
    #[tlv(value = 0x00)]
    OkDone,
    /// `01`: OK, Started / Running.
    #[tlv(value = 0x01)]
    OkStartedRunning,
    /// `40`: OK, Done with Warnings.
    #[tlv(value = 0x40)]
    OkDoneWithWarnings,
    /// `41`: OK, Started / Running with Warnings.
    #[tlv(value = 0x41)]
    OkStartedRunningWithWarnings,
    /// `80`: Failed to start operation.
    #[tlv(value = 0x80)]
    FailedToStartOperation,
    /// `81`: Failed during operation.
    #[tlv(value = 0x81)]
    FailedDuringOperation,
    /// A value this spec does not name; re-encodes unchanged.
    #[tlv(unrecognized)]
    Other(mms_codec::Unrecognized<u8>),
}
impl StatusSummary {
    /// The manual's short name of the value, if the spec names it.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::OkDone => Some("OK, Done"),
            Self::OkStartedRunning => Some("OK, Started / Running"),
            Self::OkDoneWithWarnings => Some("OK, Done with Warnings"),
            Self::OkStartedRunningWithWarnings => {
                Some("OK, Started / Running with Warnings")
            }
            Self::FailedToStartOperation => Some("Failed to start operation"),
            Self::FailedDuringOperation => Some("Failed during operation"),
            Self::Other(_) => None,
        }
    }
}
impl fmt::Display for StatusSummary {
    /// The short name, or the value in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
        }
    }
}
impl StatusSummary {
    /// Whether the operation succeeded or is running (values below `0x80`).
    pub fn is_ok(&self) -> bool {
        self.to_raw() < 0x80
    }
}
/// Operation status detail code: group, subgroup and code bytes (manual Table 13).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusDetail {
    /// `000000`: All good / requested operation was successful.
    GeneralAllGoodRequestedOperationWasSuccessful,
    /// `000002`: Requested Operation Failed.
    GeneralRequestedOperationFailed,
    /// `000010`: Setting up RTC data and time failure.
    GeneralSettingUpRtcDataAndTimeFailure,
    /// `000011`: Setting up RTC alarm failure.
    GeneralSettingUpRtcAlarmFailure,
    /// `000012`: Key generation failure.
    GeneralKeyGenerationFailure,
    /// `000013`: Tamper setting is locked, can’t be changed.
    GeneralTamperSettingIsLockedCantBeChanged,
    /// `000014`: Tamper setting requires system reset to continue.
    GeneralTamperSettingRequiresSystemResetToContinue,
    /// `000015`: Tamper status can’t be cleared, failure.
    GeneralTamperStatusCantBeClearedFailure,
    /// `000016`: Device has been tampered, need attention.
    GeneralDeviceHasBeenTamperedNeedAttention,
    /// `000017`: Tamper module failed for other cases.
    GeneralTamperModuleFailedForOtherCases,
    /// `000018`: Setting WLAN SoftAP password failure.
    GeneralSettingWlanSoftApPasswordFailure,
    /// `010101`: Generic Failure.
    MessageGenericFailure,
    /// `010102`: Bad message parameter.
    MessageBadMessageParameter,
    /// `010109`: Device offline, can not process messages.
    MessageDeviceOfflineCanNotProcessMessages,
    /// `010110`: PIN Key Not Mapped.
    MessagePinKeyNotMapped,
    /// `010113`: Feature Not Available.
    MessageFeatureNotAvailable,
    /// `020000`: Reserved.
    RequestHandlerReserved,
    /// `020100`: Reserved.
    RequestHandlerReserved2,
    /// `020101`: Generic Failure.
    RequestHandlerGenericFailure,
    /// `020102`: Bad Message Parameter.
    RequestHandlerBadMessageParameter,
    /// `020103`: Response Payload too big.
    RequestHandlerResponsePayloadTooBig,
    /// `020107`: Internal FW Failure.
    RequestHandlerInternalFwFailure,
    /// `02010A`: Image Failure.
    RequestHandlerImageFailure,
    /// `020119`: Key does not exist.
    RequestHandlerKeyDoesNotExist,
    /// `02011A`: Not Secured.
    RequestHandlerNotSecured,
    /// `02011B`: Passcode validation failed.
    RequestHandlerPasscodeValidationFailed,
    /// `02011C`: Device is locked.
    RequestHandlerDeviceIsLocked,
    /// `020200`: Reserved.
    RequestHandlerReserved3,
    /// `020304`: Failed, device state issue, no transaction.
    RequestHandlerFailedDeviceStateIssueNoTransaction,
    /// `020305`: Failed, device state issue, cannot cancel.
    RequestHandlerFailedDeviceStateIssueCannotCancel,
    /// `020308`: Failed, device state, Transaction in Progress.
    RequestHandlerFailedDeviceStateTransactionInProgress,
    /// `02030C`: Failed, device state, Signature Not allowed.
    RequestHandlerFailedDeviceStateSignatureNotAllowed,
    /// `02030D`: Failed, device state, Wrong Transaction State.
    RequestHandlerFailedDeviceStateWrongTransactionState,
    /// `02030E`: Failed, device state, Invalid PIN Entry State.
    RequestHandlerFailedDeviceStateInvalidPinEntryState,
    /// `02030F`: Failed, device state, PIN Entry in Session.
    RequestHandlerFailedDeviceStatePinEntryInSession,
    /// `020311`: Failed, device state, Barcode Read in Progress.
    RequestHandlerFailedDeviceStateBarcodeReadInProgress,
    /// `020312`: Failed, device state, Pass-through command Not Activated.
    RequestHandlerFailedDeviceStatePassThroughCommandNotActivated,
    /// `020314`: Failed, device state, UI Settings in Progress.
    RequestHandlerFailedDeviceStateUiSettingsInProgress,
    /// `020315`: Failed, device state, Buzzer in Progress.
    RequestHandlerFailedDeviceStateBuzzerInProgress,
    /// `020316`: Failed, device state, Low Battery (5% or less).
    RequestHandlerFailedDeviceStateLowBattery5OrLess,
    /// `020318`: Request is invalid while card emulation is in progress.
    RequestHandlerRequestIsInvalidWhileCardEmulationIsInProgress,
    /// `020413`: Failed, BCR hardware not found.
    RequestHandlerFailedBcrHardwareNotFound,
    /// `020501`: Invalid TR31parameter.
    RequestHandlerInvalidTr31parameter,
    /// `020502`: Invalid AES length.
    RequestHandlerInvalidAesLength,
    /// `020503`: Invalid 16-Byte Boundary.
    RequestHandlerInvalid16ByteBoundary,
    /// `020504`: Invalid Length in Message.
    RequestHandlerInvalidLengthInMessage,
    /// `020505`: Invalid number of optional KBH.
    RequestHandlerInvalidNumberOfOptionalKbh,
    /// `020506`: Error in conversion of data type.
    RequestHandlerErrorInConversionOfDataType,
    /// `020507`: Invalid KCV algorithm.
    RequestHandlerInvalidKcvAlgorithm,
    /// `020508`: Invalid KCV length.
    RequestHandlerInvalidKcvLength,
    /// `020509`: Invalid Optional KBH ID.
    RequestHandlerInvalidOptionalKbhId,
    /// `02050A`: Invalid KBH ID.
    RequestHandlerInvalidKbhId,
    /// `02050B`: Invalid algorithm used in KBH.
    RequestHandlerInvalidAlgorithmUsedInKbh,
    /// `02050C`: Invalid KBH usage.
    RequestHandlerInvalidKbhUsage,
    /// `02050D`: Invalid KBH length.
    RequestHandlerInvalidKbhLength,
    /// `02050E`: Invalid version ID for key derivation.
    RequestHandlerInvalidVersionIdForKeyDerivation,
    /// `02050F`: Invalid KBH mode of use.
    RequestHandlerInvalidKbhModeOfUse,
    /// `020510`: TR31 engine not installed.
    RequestHandlerTr31EngineNotInstalled,
    /// `020511`: Invalid Cryptographic operation.
    RequestHandlerInvalidCryptographicOperation,
    /// `020512`: MAC Verification Failed.
    RequestHandlerMacVerificationFailed,
    /// `020513`: Error in Decrypting Key data.
    RequestHandlerErrorInDecryptingKeyData,
    /// `020514`: Error in computing MAC over entire message.
    RequestHandlerErrorInComputingMacOverEntireMessage,
    /// `020515`: Invalid MAC length.
    RequestHandlerInvalidMacLength,
    /// `020516`: KDF Error.
    RequestHandlerKdfError,
    /// `020517`: Buffer Insufficient.
    RequestHandlerBufferInsufficient,
    /// `020518`: Invalid Storage KPM.
    RequestHandlerInvalidStorageKpm,
    /// `020519`: Invalid Storage Secure RAM.
    RequestHandlerInvalidStorageSecureRam,
    /// `02051A`: Invalid Key ID specified in option block.
    RequestHandlerInvalidKeyIdSpecifiedInOptionBlock,
    /// `02051B`: Unsupported Key ID specified in option block.
    RequestHandlerUnsupportedKeyIdSpecifiedInOptionBlock,
    /// `02051C`: Invalid Key ID Relationship.
    RequestHandlerInvalidKeyIdRelationship,
    /// `02051D`: Protection Key ID not loaded.
    RequestHandlerProtectionKeyIdNotLoaded,
    /// `02051E`: Invalid Data Tag MagTek Custom option block.
    RequestHandlerInvalidDataTagMagTekCustomOptionBlock,
    /// `02051F`: Invalid Kcv.
    RequestHandlerInvalidKcv,
    /// `020520`: Invalid Data.
    RequestHandlerInvalidData,
    /// `020521`: Invalid DUKPT key derivation.
    RequestHandlerInvalidDukptKeyDerivation,
    /// `020522`: Invalid Exportability.
    RequestHandlerInvalidExportability,
    /// `020523`: Invalid Key Class.
    RequestHandlerInvalidKeyClass,
    /// `020524`: Invalid DSN.
    RequestHandlerInvalidDsn,
    /// `020525`: Invalid Challenge.
    RequestHandlerInvalidChallenge,
    /// `020526`: Key Undeletable.
    RequestHandlerKeyUndeletable,
    /// `020527`: Key not present.
    RequestHandlerKeyNotPresent,
    /// `020528`: Unsupported Keyset ID.
    RequestHandlerUnsupportedKeysetId,
    /// `020529`: KPM Error.
    RequestHandlerKpmError,
    /// `02052A`: Secure RAM Error.
    RequestHandlerSecureRamError,
    /// `02052B`: Duplicated Key.
    RequestHandlerDuplicatedKey,
    /// `02052C`: Invalid Key Usage Rule.
    RequestHandlerInvalidKeyUsageRule,
    /// `02052D`: Selftest Key Corrupted.
    RequestHandlerSelftestKeyCorrupted,
    /// `02052E`: Selftest System Key Bitmap Corrupted.
    RequestHandlerSelftestSystemKeyBitmapCorrupted,
    /// `02052F`: Selftest System Key Missing.
    RequestHandlerSelftestSystemKeyMissing,
    /// `020530`: Selftest System Key Not Loaded.
    RequestHandlerSelftestSystemKeyNotLoaded,
    /// `020531`: Invalid Key Storage Limit.
    RequestHandlerInvalidKeyStorageLimit,
    /// `020532`: Duplicated Key set.
    RequestHandlerDuplicatedKeySet,
    /// `020533`: Key Restriction.
    RequestHandlerKeyRestriction,
    /// `020534`: Key Transported by Weaker key.
    RequestHandlerKeyTransportedByWeakerKey,
    /// `020535`: Repeat Key Agreement.
    RequestHandlerRepeatKeyAgreement,
    /// `020536`: Security not activated.
    RequestHandlerSecurityNotActivated,
    /// `020537`: Selftest key relocated.
    RequestHandlerSelftestKeyRelocated,
    /// `020538`: Invalid Selftest Scanned Versus Saved Bitmap.
    RequestHandlerInvalidSelftestScannedVersusSavedBitmap,
    /// `030000`: Reserved.
    EmvTagProcessingReserved,
    /// `040000`: Reserved.
    KeysCryptoHandlerReserved,
    /// `050000`: Reserved.
    ConfigurationReserved,
    /// A code this spec does not name; keeps its raw value.
    Other(mms_codec::Unrecognized<u32>),
}
impl StatusDetail {
    /// The variant for a raw code (`Other` when the spec does not name it).
    pub fn from_raw(raw: u32) -> Self {
        match raw {
            0x000000 => Self::GeneralAllGoodRequestedOperationWasSuccessful,
            0x000002 => Self::GeneralRequestedOperationFailed,
            0x000010 => Self::GeneralSettingUpRtcDataAndTimeFailure,
            0x000011 => Self::GeneralSettingUpRtcAlarmFailure,
            0x000012 => Self::GeneralKeyGenerationFailure,
            0x000013 => Self::GeneralTamperSettingIsLockedCantBeChanged,
            0x000014 => Self::GeneralTamperSettingRequiresSystemResetToContinue,
            0x000015 => Self::GeneralTamperStatusCantBeClearedFailure,
            0x000016 => Self::GeneralDeviceHasBeenTamperedNeedAttention,
            0x000017 => Self::GeneralTamperModuleFailedForOtherCases,
            0x000018 => Self::GeneralSettingWlanSoftApPasswordFailure,
            0x010101 => Self::MessageGenericFailure,
            0x010102 => Self::MessageBadMessageParameter,
            0x010109 => Self::MessageDeviceOfflineCanNotProcessMessages,
            0x010110 => Self::MessagePinKeyNotMapped,
            0x010113 => Self::MessageFeatureNotAvailable,
            0x020000 => Self::RequestHandlerReserved,
            0x020100 => Self::RequestHandlerReserved2,
            0x020101 => Self::RequestHandlerGenericFailure,
            0x020102 => Self::RequestHandlerBadMessageParameter,
            0x020103 => Self::RequestHandlerResponsePayloadTooBig,
            0x020107 => Self::RequestHandlerInternalFwFailure,
            0x02010A => Self::RequestHandlerImageFailure,
            0x020119 => Self::RequestHandlerKeyDoesNotExist,
            0x02011A => Self::RequestHandlerNotSecured,
            0x02011B => Self::RequestHandlerPasscodeValidationFailed,
            0x02011C => Self::RequestHandlerDeviceIsLocked,
            0x020200 => Self::RequestHandlerReserved3,
            0x020304 => Self::RequestHandlerFailedDeviceStateIssueNoTransaction,
            0x020305 => Self::RequestHandlerFailedDeviceStateIssueCannotCancel,
            0x020308 => Self::RequestHandlerFailedDeviceStateTransactionInProgress,
            0x02030C => Self::RequestHandlerFailedDeviceStateSignatureNotAllowed,
            0x02030D => Self::RequestHandlerFailedDeviceStateWrongTransactionState,
            0x02030E => Self::RequestHandlerFailedDeviceStateInvalidPinEntryState,
            0x02030F => Self::RequestHandlerFailedDeviceStatePinEntryInSession,
            0x020311 => Self::RequestHandlerFailedDeviceStateBarcodeReadInProgress,
            0x020312 => {
                Self::RequestHandlerFailedDeviceStatePassThroughCommandNotActivated
            }
            0x020314 => Self::RequestHandlerFailedDeviceStateUiSettingsInProgress,
            0x020315 => Self::RequestHandlerFailedDeviceStateBuzzerInProgress,
            0x020316 => Self::RequestHandlerFailedDeviceStateLowBattery5OrLess,
            0x020318 => {
                Self::RequestHandlerRequestIsInvalidWhileCardEmulationIsInProgress
            }
            0x020413 => Self::RequestHandlerFailedBcrHardwareNotFound,
            0x020501 => Self::RequestHandlerInvalidTr31parameter,
            0x020502 => Self::RequestHandlerInvalidAesLength,
            0x020503 => Self::RequestHandlerInvalid16ByteBoundary,
            0x020504 => Self::RequestHandlerInvalidLengthInMessage,
            0x020505 => Self::RequestHandlerInvalidNumberOfOptionalKbh,
            0x020506 => Self::RequestHandlerErrorInConversionOfDataType,
            0x020507 => Self::RequestHandlerInvalidKcvAlgorithm,
            0x020508 => Self::RequestHandlerInvalidKcvLength,
            0x020509 => Self::RequestHandlerInvalidOptionalKbhId,
            0x02050A => Self::RequestHandlerInvalidKbhId,
            0x02050B => Self::RequestHandlerInvalidAlgorithmUsedInKbh,
            0x02050C => Self::RequestHandlerInvalidKbhUsage,
            0x02050D => Self::RequestHandlerInvalidKbhLength,
            0x02050E => Self::RequestHandlerInvalidVersionIdForKeyDerivation,
            0x02050F => Self::RequestHandlerInvalidKbhModeOfUse,
            0x020510 => Self::RequestHandlerTr31EngineNotInstalled,
            0x020511 => Self::RequestHandlerInvalidCryptographicOperation,
            0x020512 => Self::RequestHandlerMacVerificationFailed,
            0x020513 => Self::RequestHandlerErrorInDecryptingKeyData,
            0x020514 => Self::RequestHandlerErrorInComputingMacOverEntireMessage,
            0x020515 => Self::RequestHandlerInvalidMacLength,
            0x020516 => Self::RequestHandlerKdfError,
            0x020517 => Self::RequestHandlerBufferInsufficient,
            0x020518 => Self::RequestHandlerInvalidStorageKpm,
            0x020519 => Self::RequestHandlerInvalidStorageSecureRam,
            0x02051A => Self::RequestHandlerInvalidKeyIdSpecifiedInOptionBlock,
            0x02051B => Self::RequestHandlerUnsupportedKeyIdSpecifiedInOptionBlock,
            0x02051C => Self::RequestHandlerInvalidKeyIdRelationship,
            0x02051D => Self::RequestHandlerProtectionKeyIdNotLoaded,
            0x02051E => Self::RequestHandlerInvalidDataTagMagTekCustomOptionBlock,
            0x02051F => Self::RequestHandlerInvalidKcv,
            0x020520 => Self::RequestHandlerInvalidData,
            0x020521 => Self::RequestHandlerInvalidDukptKeyDerivation,
            0x020522 => Self::RequestHandlerInvalidExportability,
            0x020523 => Self::RequestHandlerInvalidKeyClass,
            0x020524 => Self::RequestHandlerInvalidDsn,
            0x020525 => Self::RequestHandlerInvalidChallenge,
            0x020526 => Self::RequestHandlerKeyUndeletable,
            0x020527 => Self::RequestHandlerKeyNotPresent,
            0x020528 => Self::RequestHandlerUnsupportedKeysetId,
            0x020529 => Self::RequestHandlerKpmError,
            0x02052A => Self::RequestHandlerSecureRamError,
            0x02052B => Self::RequestHandlerDuplicatedKey,
            0x02052C => Self::RequestHandlerInvalidKeyUsageRule,
            0x02052D => Self::RequestHandlerSelftestKeyCorrupted,
            0x02052E => Self::RequestHandlerSelftestSystemKeyBitmapCorrupted,
            0x02052F => Self::RequestHandlerSelftestSystemKeyMissing,
            0x020530 => Self::RequestHandlerSelftestSystemKeyNotLoaded,
            0x020531 => Self::RequestHandlerInvalidKeyStorageLimit,
            0x020532 => Self::RequestHandlerDuplicatedKeySet,
            0x020533 => Self::RequestHandlerKeyRestriction,
            0x020534 => Self::RequestHandlerKeyTransportedByWeakerKey,
            0x020535 => Self::RequestHandlerRepeatKeyAgreement,
            0x020536 => Self::RequestHandlerSecurityNotActivated,
            0x020537 => Self::RequestHandlerSelftestKeyRelocated,
            0x020538 => Self::RequestHandlerInvalidSelftestScannedVersusSavedBitmap,
            0x030000 => Self::EmvTagProcessingReserved,
            0x040000 => Self::KeysCryptoHandlerReserved,
            0x050000 => Self::ConfigurationReserved,
            other => Self::Other(mms_codec::Unrecognized::__new(other)),
        }
    }
    /// The raw code.
    pub fn to_raw(&self) -> u32 {
        match self {
            Self::GeneralAllGoodRequestedOperationWasSuccessful => 0x000000,
            Self::GeneralRequestedOperationFailed => 0x000002,
            Self::GeneralSettingUpRtcDataAndTimeFailure => 0x000010,
            Self::GeneralSettingUpRtcAlarmFailure => 0x000011,
            Self::GeneralKeyGenerationFailure => 0x000012,
            Self::GeneralTamperSettingIsLockedCantBeChanged => 0x000013,
            Self::GeneralTamperSettingRequiresSystemResetToContinue => 0x000014,
            Self::GeneralTamperStatusCantBeClearedFailure => 0x000015,
            Self::GeneralDeviceHasBeenTamperedNeedAttention => 0x000016,
            Self::GeneralTamperModuleFailedForOtherCases => 0x000017,
            Self::GeneralSettingWlanSoftApPasswordFailure => 0x000018,
            Self::MessageGenericFailure => 0x010101,
            Self::MessageBadMessageParameter => 0x010102,
            Self::MessageDeviceOfflineCanNotProcessMessages => 0x010109,
            Self::MessagePinKeyNotMapped => 0x010110,
            Self::MessageFeatureNotAvailable => 0x010113,
            Self::RequestHandlerReserved => 0x020000,
            Self::RequestHandlerReserved2 => 0x020100,
            Self::RequestHandlerGenericFailure => 0x020101,
            Self::RequestHandlerBadMessageParameter => 0x020102,
            Self::RequestHandlerResponsePayloadTooBig => 0x020103,
            Self::RequestHandlerInternalFwFailure => 0x020107,
            Self::RequestHandlerImageFailure => 0x02010A,
            Self::RequestHandlerKeyDoesNotExist => 0x020119,
            Self::RequestHandlerNotSecured => 0x02011A,
            Self::RequestHandlerPasscodeValidationFailed => 0x02011B,
            Self::RequestHandlerDeviceIsLocked => 0x02011C,
            Self::RequestHandlerReserved3 => 0x020200,
            Self::RequestHandlerFailedDeviceStateIssueNoTransaction => 0x020304,
            Self::RequestHandlerFailedDeviceStateIssueCannotCancel => 0x020305,
            Self::RequestHandlerFailedDeviceStateTransactionInProgress => 0x020308,
            Self::RequestHandlerFailedDeviceStateSignatureNotAllowed => 0x02030C,
            Self::RequestHandlerFailedDeviceStateWrongTransactionState => 0x02030D,
            Self::RequestHandlerFailedDeviceStateInvalidPinEntryState => 0x02030E,
            Self::RequestHandlerFailedDeviceStatePinEntryInSession => 0x02030F,
            Self::RequestHandlerFailedDeviceStateBarcodeReadInProgress => 0x020311,
            Self::RequestHandlerFailedDeviceStatePassThroughCommandNotActivated => {
                0x020312
            }
            Self::RequestHandlerFailedDeviceStateUiSettingsInProgress => 0x020314,
            Self::RequestHandlerFailedDeviceStateBuzzerInProgress => 0x020315,
            Self::RequestHandlerFailedDeviceStateLowBattery5OrLess => 0x020316,
            Self::RequestHandlerRequestIsInvalidWhileCardEmulationIsInProgress => {
                0x020318
            }
            Self::RequestHandlerFailedBcrHardwareNotFound => 0x020413,
            Self::RequestHandlerInvalidTr31parameter => 0x020501,
            Self::RequestHandlerInvalidAesLength => 0x020502,
            Self::RequestHandlerInvalid16ByteBoundary => 0x020503,
            Self::RequestHandlerInvalidLengthInMessage => 0x020504,
            Self::RequestHandlerInvalidNumberOfOptionalKbh => 0x020505,
            Self::RequestHandlerErrorInConversionOfDataType => 0x020506,
            Self::RequestHandlerInvalidKcvAlgorithm => 0x020507,
            Self::RequestHandlerInvalidKcvLength => 0x020508,
            Self::RequestHandlerInvalidOptionalKbhId => 0x020509,
            Self::RequestHandlerInvalidKbhId => 0x02050A,
            Self::RequestHandlerInvalidAlgorithmUsedInKbh => 0x02050B,
            Self::RequestHandlerInvalidKbhUsage => 0x02050C,
            Self::RequestHandlerInvalidKbhLength => 0x02050D,
            Self::RequestHandlerInvalidVersionIdForKeyDerivation => 0x02050E,
            Self::RequestHandlerInvalidKbhModeOfUse => 0x02050F,
            Self::RequestHandlerTr31EngineNotInstalled => 0x020510,
            Self::RequestHandlerInvalidCryptographicOperation => 0x020511,
            Self::RequestHandlerMacVerificationFailed => 0x020512,
            Self::RequestHandlerErrorInDecryptingKeyData => 0x020513,
            Self::RequestHandlerErrorInComputingMacOverEntireMessage => 0x020514,
            Self::RequestHandlerInvalidMacLength => 0x020515,
            Self::RequestHandlerKdfError => 0x020516,
            Self::RequestHandlerBufferInsufficient => 0x020517,
            Self::RequestHandlerInvalidStorageKpm => 0x020518,
            Self::RequestHandlerInvalidStorageSecureRam => 0x020519,
            Self::RequestHandlerInvalidKeyIdSpecifiedInOptionBlock => 0x02051A,
            Self::RequestHandlerUnsupportedKeyIdSpecifiedInOptionBlock => 0x02051B,
            Self::RequestHandlerInvalidKeyIdRelationship => 0x02051C,
            Self::RequestHandlerProtectionKeyIdNotLoaded => 0x02051D,
            Self::RequestHandlerInvalidDataTagMagTekCustomOptionBlock => 0x02051E,
            Self::RequestHandlerInvalidKcv => 0x02051F,
            Self::RequestHandlerInvalidData => 0x020520,
            Self::RequestHandlerInvalidDukptKeyDerivation => 0x020521,
            Self::RequestHandlerInvalidExportability => 0x020522,
            Self::RequestHandlerInvalidKeyClass => 0x020523,
            Self::RequestHandlerInvalidDsn => 0x020524,
            Self::RequestHandlerInvalidChallenge => 0x020525,
            Self::RequestHandlerKeyUndeletable => 0x020526,
            Self::RequestHandlerKeyNotPresent => 0x020527,
            Self::RequestHandlerUnsupportedKeysetId => 0x020528,
            Self::RequestHandlerKpmError => 0x020529,
            Self::RequestHandlerSecureRamError => 0x02052A,
            Self::RequestHandlerDuplicatedKey => 0x02052B,
            Self::RequestHandlerInvalidKeyUsageRule => 0x02052C,
            Self::RequestHandlerSelftestKeyCorrupted => 0x02052D,
            Self::RequestHandlerSelftestSystemKeyBitmapCorrupted => 0x02052E,
            Self::RequestHandlerSelftestSystemKeyMissing => 0x02052F,
            Self::RequestHandlerSelftestSystemKeyNotLoaded => 0x020530,
            Self::RequestHandlerInvalidKeyStorageLimit => 0x020531,
            Self::RequestHandlerDuplicatedKeySet => 0x020532,
            Self::RequestHandlerKeyRestriction => 0x020533,
            Self::RequestHandlerKeyTransportedByWeakerKey => 0x020534,
            Self::RequestHandlerRepeatKeyAgreement => 0x020535,
            Self::RequestHandlerSecurityNotActivated => 0x020536,
            Self::RequestHandlerSelftestKeyRelocated => 0x020537,
            Self::RequestHandlerInvalidSelftestScannedVersusSavedBitmap => 0x020538,
            Self::EmvTagProcessingReserved => 0x030000,
            Self::KeysCryptoHandlerReserved => 0x040000,
            Self::ConfigurationReserved => 0x050000,
            Self::Other(raw) => raw.get(),
        }
    }
    /// The manual's short meaning, if the spec names the code.
    pub fn label(&self) -> Option<&'static str> {
        match self {
            Self::GeneralAllGoodRequestedOperationWasSuccessful => {
                Some("All good / requested operation was successful")
            }
            Self::GeneralRequestedOperationFailed => Some("Requested Operation Failed"),
            Self::GeneralSettingUpRtcDataAndTimeFailure => {
                Some("Setting up RTC data and time failure")
            }
            Self::GeneralSettingUpRtcAlarmFailure => Some("Setting up RTC alarm failure"),
            Self::GeneralKeyGenerationFailure => Some("Key generation failure"),
            Self::GeneralTamperSettingIsLockedCantBeChanged => {
                Some("Tamper setting is locked, can’t be changed")
            }
            Self::GeneralTamperSettingRequiresSystemResetToContinue => {
                Some("Tamper setting requires system reset to continue")
            }
            Self::GeneralTamperStatusCantBeClearedFailure => {
                Some("Tamper status can’t be cleared, failure")
            }
            Self::GeneralDeviceHasBeenTamperedNeedAttention => {
                Some("Device has been tampered, need attention")
            }
            Self::GeneralTamperModuleFailedForOtherCases => {
                Some("Tamper module failed for other cases")
            }
            Self::GeneralSettingWlanSoftApPasswordFailure => {
                Some("Setting WLAN SoftAP password failure")
            }
            Self::MessageGenericFailure => Some("Generic Failure"),
            Self::MessageBadMessageParameter => Some("Bad message parameter"),
            Self::MessageDeviceOfflineCanNotProcessMessages => {
                Some("Device offline, can not process messages")
            }
            Self::MessagePinKeyNotMapped => Some("PIN Key Not Mapped"),
            Self::MessageFeatureNotAvailable => Some("Feature Not Available"),
            Self::RequestHandlerReserved => Some("Reserved"),
            Self::RequestHandlerReserved2 => Some("Reserved"),
            Self::RequestHandlerGenericFailure => Some("Generic Failure"),
            Self::RequestHandlerBadMessageParameter => Some("Bad Message Parameter"),
            Self::RequestHandlerResponsePayloadTooBig => Some("Response Payload too big"),
            Self::RequestHandlerInternalFwFailure => Some("Internal FW Failure"),
            Self::RequestHandlerImageFailure => Some("Image Failure"),
            Self::RequestHandlerKeyDoesNotExist => Some("Key does not exist"),
            Self::RequestHandlerNotSecured => Some("Not Secured"),
            Self::RequestHandlerPasscodeValidationFailed => {
                Some("Passcode validation failed")
            }
            Self::RequestHandlerDeviceIsLocked => Some("Device is locked"),
            Self::RequestHandlerReserved3 => Some("Reserved"),
            Self::RequestHandlerFailedDeviceStateIssueNoTransaction => {
                Some("Failed, device state issue, no transaction")
            }
            Self::RequestHandlerFailedDeviceStateIssueCannotCancel => {
                Some("Failed, device state issue, cannot cancel")
            }
            Self::RequestHandlerFailedDeviceStateTransactionInProgress => {
                Some("Failed, device state, Transaction in Progress")
            }
            Self::RequestHandlerFailedDeviceStateSignatureNotAllowed => {
                Some("Failed, device state, Signature Not allowed")
            }
            Self::RequestHandlerFailedDeviceStateWrongTransactionState => {
                Some("Failed, device state, Wrong Transaction State")
            }
            Self::RequestHandlerFailedDeviceStateInvalidPinEntryState => {
                Some("Failed, device state, Invalid PIN Entry State")
            }
            Self::RequestHandlerFailedDeviceStatePinEntryInSession => {
                Some("Failed, device state, PIN Entry in Session")
            }
            Self::RequestHandlerFailedDeviceStateBarcodeReadInProgress => {
                Some("Failed, device state, Barcode Read in Progress")
            }
            Self::RequestHandlerFailedDeviceStatePassThroughCommandNotActivated => {
                Some("Failed, device state, Pass-through command Not Activated")
            }
            Self::RequestHandlerFailedDeviceStateUiSettingsInProgress => {
                Some("Failed, device state, UI Settings in Progress")
            }
            Self::RequestHandlerFailedDeviceStateBuzzerInProgress => {
                Some("Failed, device state, Buzzer in Progress")
            }
            Self::RequestHandlerFailedDeviceStateLowBattery5OrLess => {
                Some("Failed, device state, Low Battery (5% or less)")
            }
            Self::RequestHandlerRequestIsInvalidWhileCardEmulationIsInProgress => {
                Some("Request is invalid while card emulation is in progress")
            }
            Self::RequestHandlerFailedBcrHardwareNotFound => {
                Some("Failed, BCR hardware not found")
            }
            Self::RequestHandlerInvalidTr31parameter => Some("Invalid TR31parameter"),
            Self::RequestHandlerInvalidAesLength => Some("Invalid AES length"),
            Self::RequestHandlerInvalid16ByteBoundary => Some("Invalid 16-Byte Boundary"),
            Self::RequestHandlerInvalidLengthInMessage => {
                Some("Invalid Length in Message")
            }
            Self::RequestHandlerInvalidNumberOfOptionalKbh => {
                Some("Invalid number of optional KBH")
            }
            Self::RequestHandlerErrorInConversionOfDataType => {
                Some("Error in conversion of data type")
            }
            Self::RequestHandlerInvalidKcvAlgorithm => Some("Invalid KCV algorithm"),
            Self::RequestHandlerInvalidKcvLength => Some("Invalid KCV length"),
            Self::RequestHandlerInvalidOptionalKbhId => Some("Invalid Optional KBH ID"),
            Self::RequestHandlerInvalidKbhId => Some("Invalid KBH ID"),
            Self::RequestHandlerInvalidAlgorithmUsedInKbh => {
                Some("Invalid algorithm used in KBH")
            }
            Self::RequestHandlerInvalidKbhUsage => Some("Invalid KBH usage"),
            Self::RequestHandlerInvalidKbhLength => Some("Invalid KBH length"),
            Self::RequestHandlerInvalidVersionIdForKeyDerivation => {
                Some("Invalid version ID for key derivation")
            }
            Self::RequestHandlerInvalidKbhModeOfUse => Some("Invalid KBH mode of use"),
            Self::RequestHandlerTr31EngineNotInstalled => {
                Some("TR31 engine not installed")
            }
            Self::RequestHandlerInvalidCryptographicOperation => {
                Some("Invalid Cryptographic operation")
            }
            Self::RequestHandlerMacVerificationFailed => Some("MAC Verification Failed"),
            Self::RequestHandlerErrorInDecryptingKeyData => {
                Some("Error in Decrypting Key data")
            }
            Self::RequestHandlerErrorInComputingMacOverEntireMessage => {
                Some("Error in computing MAC over entire message")
            }
            Self::RequestHandlerInvalidMacLength => Some("Invalid MAC length"),
            Self::RequestHandlerKdfError => Some("KDF Error"),
            Self::RequestHandlerBufferInsufficient => Some("Buffer Insufficient"),
            Self::RequestHandlerInvalidStorageKpm => Some("Invalid Storage KPM"),
            Self::RequestHandlerInvalidStorageSecureRam => {
                Some("Invalid Storage Secure RAM")
            }
            Self::RequestHandlerInvalidKeyIdSpecifiedInOptionBlock => {
                Some("Invalid Key ID specified in option block")
            }
            Self::RequestHandlerUnsupportedKeyIdSpecifiedInOptionBlock => {
                Some("Unsupported Key ID specified in option block")
            }
            Self::RequestHandlerInvalidKeyIdRelationship => {
                Some("Invalid Key ID Relationship")
            }
            Self::RequestHandlerProtectionKeyIdNotLoaded => {
                Some("Protection Key ID not loaded")
            }
            Self::RequestHandlerInvalidDataTagMagTekCustomOptionBlock => {
                Some("Invalid Data Tag MagTek Custom option block")
            }
            Self::RequestHandlerInvalidKcv => Some("Invalid Kcv"),
            Self::RequestHandlerInvalidData => Some("Invalid Data"),
            Self::RequestHandlerInvalidDukptKeyDerivation => {
                Some("Invalid DUKPT key derivation")
            }
            Self::RequestHandlerInvalidExportability => Some("Invalid Exportability"),
            Self::RequestHandlerInvalidKeyClass => Some("Invalid Key Class"),
            Self::RequestHandlerInvalidDsn => Some("Invalid DSN"),
            Self::RequestHandlerInvalidChallenge => Some("Invalid Challenge"),
            Self::RequestHandlerKeyUndeletable => Some("Key Undeletable"),
            Self::RequestHandlerKeyNotPresent => Some("Key not present"),
            Self::RequestHandlerUnsupportedKeysetId => Some("Unsupported Keyset ID"),
            Self::RequestHandlerKpmError => Some("KPM Error"),
            Self::RequestHandlerSecureRamError => Some("Secure RAM Error"),
            Self::RequestHandlerDuplicatedKey => Some("Duplicated Key"),
            Self::RequestHandlerInvalidKeyUsageRule => Some("Invalid Key Usage Rule"),
            Self::RequestHandlerSelftestKeyCorrupted => Some("Selftest Key Corrupted"),
            Self::RequestHandlerSelftestSystemKeyBitmapCorrupted => {
                Some("Selftest System Key Bitmap Corrupted")
            }
            Self::RequestHandlerSelftestSystemKeyMissing => {
                Some("Selftest System Key Missing")
            }
            Self::RequestHandlerSelftestSystemKeyNotLoaded => {
                Some("Selftest System Key Not Loaded")
            }
            Self::RequestHandlerInvalidKeyStorageLimit => {
                Some("Invalid Key Storage Limit")
            }
            Self::RequestHandlerDuplicatedKeySet => Some("Duplicated Key set"),
            Self::RequestHandlerKeyRestriction => Some("Key Restriction"),
            Self::RequestHandlerKeyTransportedByWeakerKey => {
                Some("Key Transported by Weaker key")
            }
            Self::RequestHandlerRepeatKeyAgreement => Some("Repeat Key Agreement"),
            Self::RequestHandlerSecurityNotActivated => Some("Security not activated"),
            Self::RequestHandlerSelftestKeyRelocated => Some("Selftest key relocated"),
            Self::RequestHandlerInvalidSelftestScannedVersusSavedBitmap => {
                Some("Invalid Selftest Scanned Versus Saved Bitmap")
            }
            Self::EmvTagProcessingReserved => Some("Reserved"),
            Self::KeysCryptoHandlerReserved => Some("Reserved"),
            Self::ConfigurationReserved => Some("Reserved"),
            Self::Other(_) => None,
        }
    }
}
impl From<u32> for StatusDetail {
    fn from(raw: u32) -> Self {
        Self::from_raw(raw)
    }
}
impl fmt::Display for StatusDetail {
    /// The short meaning, or the code in hex when the spec does not name it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.label() {
            Some(label) => f.write_str(label),
            None => write!(f, "{:0width$X}", self.to_raw(), width = 6),
        }
    }
}
impl StatusDetail {
    /// The group byte.
    pub fn group(&self) -> u8 {
        (self.to_raw() >> 16) as u8
    }
    /// The subgroup byte.
    pub fn subgroup(&self) -> u8 {
        (self.to_raw() >> 8) as u8
    }
    /// The code byte.
    pub fn code(&self) -> u8 {
        self.to_raw() as u8
    }
    /// Where the code comes from (the manual's Source column), if the spec names it.
    pub fn origin(&self) -> Option<&'static str> {
        match self.to_raw() {
            0x000000 => Some("General"),
            0x000002 => Some("General"),
            0x000010 => Some("General"),
            0x000011 => Some("General"),
            0x000012 => Some("General"),
            0x000013 => Some("General"),
            0x000014 => Some("General"),
            0x000015 => Some("General"),
            0x000016 => Some("General"),
            0x000017 => Some("General"),
            0x000018 => Some("General"),
            0x010101 => Some("Message"),
            0x010102 => Some("Message"),
            0x010109 => Some("Message"),
            0x010110 => Some("Message"),
            0x010113 => Some("Message"),
            0x020000 => Some("Request Handler"),
            0x020100 => Some("Request Handler"),
            0x020101 => Some("Request Handler"),
            0x020102 => Some("Request Handler"),
            0x020103 => Some("Request Handler"),
            0x020107 => Some("Request Handler"),
            0x02010A => Some("Request Handler"),
            0x020119 => Some("Request Handler"),
            0x02011A => Some("Request Handler"),
            0x02011B => Some("Request Handler"),
            0x02011C => Some("Request Handler"),
            0x020200 => Some("Request Handler"),
            0x020304 => Some("Request Handler"),
            0x020305 => Some("Request Handler"),
            0x020308 => Some("Request Handler"),
            0x02030C => Some("Request Handler"),
            0x02030D => Some("Request Handler"),
            0x02030E => Some("Request Handler"),
            0x02030F => Some("Request Handler"),
            0x020311 => Some("Request Handler"),
            0x020312 => Some("Request Handler"),
            0x020314 => Some("Request Handler"),
            0x020315 => Some("Request Handler"),
            0x020316 => Some("Request Handler"),
            0x020318 => Some("Request Handler"),
            0x020413 => Some("Request Handler"),
            0x020501 => Some("Request Handler"),
            0x020502 => Some("Request Handler"),
            0x020503 => Some("Request Handler"),
            0x020504 => Some("Request Handler"),
            0x020505 => Some("Request Handler"),
            0x020506 => Some("Request Handler"),
            0x020507 => Some("Request Handler"),
            0x020508 => Some("Request Handler"),
            0x020509 => Some("Request Handler"),
            0x02050A => Some("Request Handler"),
            0x02050B => Some("Request Handler"),
            0x02050C => Some("Request Handler"),
            0x02050D => Some("Request Handler"),
            0x02050E => Some("Request Handler"),
            0x02050F => Some("Request Handler"),
            0x020510 => Some("Request Handler"),
            0x020511 => Some("Request Handler"),
            0x020512 => Some("Request Handler"),
            0x020513 => Some("Request Handler"),
            0x020514 => Some("Request Handler"),
            0x020515 => Some("Request Handler"),
            0x020516 => Some("Request Handler"),
            0x020517 => Some("Request Handler"),
            0x020518 => Some("Request Handler"),
            0x020519 => Some("Request Handler"),
            0x02051A => Some("Request Handler"),
            0x02051B => Some("Request Handler"),
            0x02051C => Some("Request Handler"),
            0x02051D => Some("Request Handler"),
            0x02051E => Some("Request Handler"),
            0x02051F => Some("Request Handler"),
            0x020520 => Some("Request Handler"),
            0x020521 => Some("Request Handler"),
            0x020522 => Some("Request Handler"),
            0x020523 => Some("Request Handler"),
            0x020524 => Some("Request Handler"),
            0x020525 => Some("Request Handler"),
            0x020526 => Some("Request Handler"),
            0x020527 => Some("Request Handler"),
            0x020528 => Some("Request Handler"),
            0x020529 => Some("Request Handler"),
            0x02052A => Some("Request Handler"),
            0x02052B => Some("Request Handler"),
            0x02052C => Some("Request Handler"),
            0x02052D => Some("Request Handler"),
            0x02052E => Some("Request Handler"),
            0x02052F => Some("Request Handler"),
            0x020530 => Some("Request Handler"),
            0x020531 => Some("Request Handler"),
            0x020532 => Some("Request Handler"),
            0x020533 => Some("Request Handler"),
            0x020534 => Some("Request Handler"),
            0x020535 => Some("Request Handler"),
            0x020536 => Some("Request Handler"),
            0x020537 => Some("Request Handler"),
            0x020538 => Some("Request Handler"),
            0x030000 => Some("EMV Tag Processing"),
            0x040000 => Some("Keys/Crypto Handler"),
            0x050000 => Some("Configuration"),
            _ => None,
        }
    }
}
/// The name of a status detail group.
pub fn group_name(group: u8) -> Option<&'static str> {
    match group {
        0x00 => Some("General"),
        0x01 => Some("Message Handler"),
        0x02 => Some("Request Handler"),
        0x03 => Some("EMV Tag Processing"),
        0x04 => Some("Keys / Cryptographic Handler"),
        0x05 => Some("Configuration"),
        0xF0 => Some("Kernel Set ‘A’"),
        0xF1 => Some("Kernel Set ‘I’"),
        _ => None,
    }
}
/// The name of a status detail subgroup.
pub fn subgroup_name(group: u8, subgroup: u8) -> Option<&'static str> {
    match (group, subgroup) {
        (0x00, 0x00) => Some("General"),
        (0x01, 0x01) => Some("Device issues that prevent Message Processing"),
        (0x02, 0x01) => Some("Data issues (bad, missing, unknown…)"),
        (0x02, 0x02) => Some("Security / permission problems"),
        (0x02, 0x03) => {
            Some("Device state issues (busy, not permitted, tampered, low battery)")
        }
        (0x02, 0x04) => Some("Device issues (missing hardware or features)"),
        (0x02, 0x05) => Some("TR31 Errors"),
        _ => None,
    }
}
/// The four status bytes of a response (tag `82`): summary, then the detail code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Status {
    /// Whether and how the operation succeeded.
    pub summary: StatusSummary,
    /// Group, subgroup and code of the detail.
    pub detail: StatusDetail,
}
impl Status {
    /// Reads the four status bytes.
    pub fn from_bytes(bytes: [u8; 4]) -> Self {
        Status {
            summary: StatusSummary::from_raw(bytes[0]),
            detail: StatusDetail::from_raw(
                u32::from_be_bytes([0, bytes[1], bytes[2], bytes[3]]),
            ),
        }
    }
    /// Reads a status value, which must be exactly four bytes.
    pub fn from_slice(bytes: &[u8]) -> Option<Self> {
        let bytes: [u8; 4] = bytes.try_into().ok()?;
        Some(Status::from_bytes(bytes))
    }
    /// The four status bytes.
    pub fn to_bytes(&self) -> [u8; 4] {
        let [_, group, subgroup, code] = self.detail.to_raw().to_be_bytes();
        [self.summary.to_raw(), group, subgroup, code]
    }
    /// Whether the operation succeeded or is running.
    pub fn is_ok(&self) -> bool {
        self.summary.is_ok()
    }
}
impl From<[u8; 4]> for Status {
    fn from(bytes: [u8; 4]) -> Self {
        Status::from_bytes(bytes)
    }
}
impl fmt::Display for Status {
    /// `summary: group / subgroup / meaning`, e.g.
    /// `Failed to start operation: Request Handler / Data issues / Bad message parameter`;
    /// just the summary for an all-zero detail; unknown parts in hex.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.summary, f)?;
        if self.detail.to_raw() == 0 {
            return Ok(());
        }
        let (group, subgroup) = (self.detail.group(), self.detail.subgroup());
        match group_name(group) {
            Some(name) => write!(f, ": {name}")?,
            None => write!(f, ": group 0x{group:02X}")?,
        }
        match subgroup_name(group, subgroup) {
            Some(name) => write!(f, " / {name}")?,
            None => write!(f, " / subgroup 0x{subgroup:02X}")?,
        }
        match self.detail.label() {
            Some(meaning) => write!(f, " / {meaning}"),
            None => write!(f, " / code 0x{:02X}", self.detail.code()),
        }
    }
}
