// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! The manual's Data Types chapter: one module per layout (ARQC, batch data, NFC UID ...).
/// The names of every layout, in spec order.
pub const LAYOUTS: &[&str] = &[
    "response_card_data_type_wip",
    "common_file_structure",
    "emv_configuration_american_express_drl_set_file",
    "raw_emv_configuration_american_express_drl_set_file",
    "emv_arpc_data",
    "emv_arqc_dynapro_format",
    "emv_arqc_dynapro_format_dfdf59_decrypted_contents",
    "emv_arqc_dynapro_format_dfdfdf37_decrypted_contents",
    "emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data",
    "emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and",
    "emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint",
    "vas_data_container_payload",
    "fleet_data_container_payload_common_kernel_only",
    "emv_batch_data_dynapro_format",
    "emv_batch_data_dynapro_format_dfdf59_decrypted_contents",
    "emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2",
    "emv_configuration_ca_keys_file",
    "mastercard_mcl_entry_point_table",
    "visa_paywave_entry_point_table",
    "american_express_expresspay_entry_point_table",
    "discover_d_pas_entry_point_table",
    "china_unionpay_entry_point_table",
    "jcb_entry_point_table",
    "interac_flash_entry_point_table",
    "emv_configuration_processing_file",
    "emv_configuration_terminal_file",
    "gpo_response",
    "key_information",
    "miniature_certificate",
    "nfc_uid",
    "security_parameters",
    "encrypted_signature_capture_file_type_after_decryption_2",
    "signature_capture_file",
    "encrypted_signature_capture_file",
    "encrypted_signature_capture_file_type_after_decryption",
    "response_track",
    "format_of_a_signed_ui_configuration_file",
    "format_of_an_ui_configuration_file_signing_mini_cert_signed",
];
/// A value of any data type layout (boxed: the layouts differ much in size).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataType {
    /// Response Card Data Type (wip) (`response_card_data_type_wip`).
    ResponseCardDataTypeWip(Box<response_card_data_type_wip::ResponseCardDataTypeWip>),
    /// Common File Structure (`common_file_structure`).
    CommonFileStructure(Box<common_file_structure::CommonFileStructure>),
    /// EMV Configuration American Express DRL Set File Type (`emv_configuration_american_express_drl_set_file`).
    EmvConfigurationAmericanExpressDrlSetFile(
        Box<
            emv_configuration_american_express_drl_set_file::EmvConfigurationAmericanExpressDrlSetFile,
        >,
    ),
    /// Raw EMV Configuration American Express DRL Set File Type (`raw_emv_configuration_american_express_drl_set_file`).
    RawEmvConfigurationAmericanExpressDrlSetFile(
        Box<
            raw_emv_configuration_american_express_drl_set_file::RawEmvConfigurationAmericanExpressDrlSetFile,
        >,
    ),
    /// EMV ARPC Data (`emv_arpc_data`).
    EmvArpcData(Box<emv_arpc_data::EmvArpcData>),
    /// EMV ARQC (DynaPro Format) Type (`emv_arqc_dynapro_format`).
    EmvArqcDynaproFormat(Box<emv_arqc_dynapro_format::EmvArqcDynaproFormat>),
    /// EMV ARQC (DynaPro Format) DFDF59 Decrypted Contents (`emv_arqc_dynapro_format_dfdf59_decrypted_contents`).
    EmvArqcDynaproFormatDfdf59DecryptedContents(
        Box<
            emv_arqc_dynapro_format_dfdf59_decrypted_contents::EmvArqcDynaproFormatDfdf59DecryptedContents,
        >,
    ),
    /// EMV ARQC (DynaPro Format) DFDFDF37 Decrypted Contents (`emv_arqc_dynapro_format_dfdfdf37_decrypted_contents`).
    EmvArqcDynaproFormatDfdfdf37DecryptedContents(
        Box<
            emv_arqc_dynapro_format_dfdfdf37_decrypted_contents::EmvArqcDynaproFormatDfdfdf37DecryptedContents,
        >,
    ),
    /// EMV ARQC Enhanced DFDF59 Decrypted Contents for EMV Data (`emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data`).
    EmvArqcEnhancedDfdf59DecryptedContentsForEmvData(
        Box<
            emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data::EmvArqcEnhancedDfdf59DecryptedContentsForEmvData,
        >,
    ),
    /// EMV ARQC Enhanced DFDF59 Decrypted Contents for MSR and MagnePrint Data (`emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and`).
    EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd(
        Box<
            emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and::EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd,
        >,
    ),
    /// EMV ARQC Enhanced DFDF59 Decrypted Contents for MagnePrint Data (`emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint`).
    EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint(
        Box<
            emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint::EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint,
        >,
    ),
    /// VAS Data Container Payload (`vas_data_container_payload`).
    VasDataContainerPayload(Box<vas_data_container_payload::VasDataContainerPayload>),
    /// Fleet Data Container Payload (Common Kernel Only) (`fleet_data_container_payload_common_kernel_only`).
    FleetDataContainerPayloadCommonKernelOnly(
        Box<
            fleet_data_container_payload_common_kernel_only::FleetDataContainerPayloadCommonKernelOnly,
        >,
    ),
    /// EMV Batch Data (DynaPro Format) Type (`emv_batch_data_dynapro_format`).
    EmvBatchDataDynaproFormat(
        Box<emv_batch_data_dynapro_format::EmvBatchDataDynaproFormat>,
    ),
    /// EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (`emv_batch_data_dynapro_format_dfdf59_decrypted_contents`).
    EmvBatchDataDynaproFormatDfdf59DecryptedContents(
        Box<
            emv_batch_data_dynapro_format_dfdf59_decrypted_contents::EmvBatchDataDynaproFormatDfdf59DecryptedContents,
        >,
    ),
    /// EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (`emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2`).
    EmvBatchDataDynaproFormatDfdf59DecryptedContents2(
        Box<
            emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2::EmvBatchDataDynaproFormatDfdf59DecryptedContents2,
        >,
    ),
    /// EMV Configuration CA Keys File Type (`emv_configuration_ca_keys_file`).
    EmvConfigurationCaKeysFile(
        Box<emv_configuration_ca_keys_file::EmvConfigurationCaKeysFile>,
    ),
    /// Mastercard MCL Entry Point Table (`mastercard_mcl_entry_point_table`).
    MastercardMclEntryPointTable(
        Box<mastercard_mcl_entry_point_table::MastercardMclEntryPointTable>,
    ),
    /// Visa payWave Entry Point Table (`visa_paywave_entry_point_table`).
    VisaPaywaveEntryPointTable(
        Box<visa_paywave_entry_point_table::VisaPaywaveEntryPointTable>,
    ),
    /// American Express Expresspay Entry Point Table (`american_express_expresspay_entry_point_table`).
    AmericanExpressExpresspayEntryPointTable(
        Box<
            american_express_expresspay_entry_point_table::AmericanExpressExpresspayEntryPointTable,
        >,
    ),
    /// Discover D-PAS Entry Point Table (`discover_d_pas_entry_point_table`).
    DiscoverDPasEntryPointTable(
        Box<discover_d_pas_entry_point_table::DiscoverDPasEntryPointTable>,
    ),
    /// China Unionpay Entry Point Table (`china_unionpay_entry_point_table`).
    ChinaUnionpayEntryPointTable(
        Box<china_unionpay_entry_point_table::ChinaUnionpayEntryPointTable>,
    ),
    /// JCB Entry Point Table (`jcb_entry_point_table`).
    JcbEntryPointTable(Box<jcb_entry_point_table::JcbEntryPointTable>),
    /// Interac Flash Entry Point Table (`interac_flash_entry_point_table`).
    InteracFlashEntryPointTable(
        Box<interac_flash_entry_point_table::InteracFlashEntryPointTable>,
    ),
    /// EMV Configuration Processing File Type (`emv_configuration_processing_file`).
    EmvConfigurationProcessingFile(
        Box<emv_configuration_processing_file::EmvConfigurationProcessingFile>,
    ),
    /// EMV Configuration Terminal File Type (`emv_configuration_terminal_file`).
    EmvConfigurationTerminalFile(
        Box<emv_configuration_terminal_file::EmvConfigurationTerminalFile>,
    ),
    /// GPO Response Type (`gpo_response`).
    GpoResponse(Box<gpo_response::GpoResponse>),
    /// Key Information Type (`key_information`).
    KeyInformation(Box<key_information::KeyInformation>),
    /// Miniature Certificate Type (`miniature_certificate`).
    MiniatureCertificate(Box<miniature_certificate::MiniatureCertificate>),
    /// NFC UID Type (`nfc_uid`).
    NfcUid(Box<nfc_uid::NfcUid>),
    /// Security Parameters Type (`security_parameters`).
    SecurityParameters(Box<security_parameters::SecurityParameters>),
    /// Encrypted Signature Capture File Type (after decryption) (`encrypted_signature_capture_file_type_after_decryption_2`).
    EncryptedSignatureCaptureFileTypeAfterDecryption2(
        Box<
            encrypted_signature_capture_file_type_after_decryption_2::EncryptedSignatureCaptureFileTypeAfterDecryption2,
        >,
    ),
    /// Signature Capture File Type (`signature_capture_file`).
    SignatureCaptureFile(Box<signature_capture_file::SignatureCaptureFile>),
    /// Encrypted Signature Capture File Type (`encrypted_signature_capture_file`).
    EncryptedSignatureCaptureFile(
        Box<encrypted_signature_capture_file::EncryptedSignatureCaptureFile>,
    ),
    /// Encrypted Signature Capture File Type (after decryption) (`encrypted_signature_capture_file_type_after_decryption`).
    EncryptedSignatureCaptureFileTypeAfterDecryption(
        Box<
            encrypted_signature_capture_file_type_after_decryption::EncryptedSignatureCaptureFileTypeAfterDecryption,
        >,
    ),
    /// Response Track Type (`response_track`).
    ResponseTrack(Box<response_track::ResponseTrack>),
    /// Format of a Signed UI Configuration File (`format_of_a_signed_ui_configuration_file`).
    FormatOfASignedUiConfigurationFile(
        Box<format_of_a_signed_ui_configuration_file::FormatOfASignedUiConfigurationFile>,
    ),
    /// Format of an UI Configuration File Signing Mini-cert Signed by the Base Mini-cert (`format_of_an_ui_configuration_file_signing_mini_cert_signed`).
    FormatOfAnUiConfigurationFileSigningMiniCertSigned(
        Box<
            format_of_an_ui_configuration_file_signing_mini_cert_signed::FormatOfAnUiConfigurationFileSigningMiniCertSigned,
        >,
    ),
}
impl DataType {
    /// Decodes `bytes` as the layout named `layout` (see [`LAYOUTS`]); `None` for a name
    /// the spec does not have.
    pub fn decode(
        layout: &str,
        bytes: &[u8],
    ) -> Option<Result<DataType, mms_codec::DecodeError>> {
        let cx = mms_codec::DecodeContext::default();
        Some(
            match layout {
                "response_card_data_type_wip" => {
                    <response_card_data_type_wip::ResponseCardDataTypeWip as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::ResponseCardDataTypeWip(Box::new(v)))
                }
                "common_file_structure" => {
                    <common_file_structure::CommonFileStructure as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::CommonFileStructure(Box::new(v)))
                }
                "emv_configuration_american_express_drl_set_file" => {
                    <emv_configuration_american_express_drl_set_file::EmvConfigurationAmericanExpressDrlSetFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvConfigurationAmericanExpressDrlSetFile(
                            Box::new(v),
                        ))
                }
                "raw_emv_configuration_american_express_drl_set_file" => {
                    <raw_emv_configuration_american_express_drl_set_file::RawEmvConfigurationAmericanExpressDrlSetFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::RawEmvConfigurationAmericanExpressDrlSetFile(
                            Box::new(v),
                        ))
                }
                "emv_arpc_data" => {
                    <emv_arpc_data::EmvArpcData as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvArpcData(Box::new(v)))
                }
                "emv_arqc_dynapro_format" => {
                    emv_arqc_dynapro_format::EmvArqcDynaproFormat::decode_with(bytes, cx)
                        .map(|v| DataType::EmvArqcDynaproFormat(Box::new(v)))
                }
                "emv_arqc_dynapro_format_dfdf59_decrypted_contents" => {
                    emv_arqc_dynapro_format_dfdf59_decrypted_contents::EmvArqcDynaproFormatDfdf59DecryptedContents::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvArqcDynaproFormatDfdf59DecryptedContents(
                            Box::new(v),
                        ))
                }
                "emv_arqc_dynapro_format_dfdfdf37_decrypted_contents" => {
                    emv_arqc_dynapro_format_dfdfdf37_decrypted_contents::EmvArqcDynaproFormatDfdfdf37DecryptedContents::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvArqcDynaproFormatDfdfdf37DecryptedContents(
                            Box::new(v),
                        ))
                }
                "emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data" => {
                    emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data::EmvArqcEnhancedDfdf59DecryptedContentsForEmvData::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvArqcEnhancedDfdf59DecryptedContentsForEmvData(
                            Box::new(v),
                        ))
                }
                "emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and" => {
                    emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and::EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd(
                            Box::new(v),
                        ))
                }
                "emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint" => {
                    emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint::EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint(
                            Box::new(v),
                        ))
                }
                "vas_data_container_payload" => {
                    <vas_data_container_payload::VasDataContainerPayload as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::VasDataContainerPayload(Box::new(v)))
                }
                "fleet_data_container_payload_common_kernel_only" => {
                    <fleet_data_container_payload_common_kernel_only::FleetDataContainerPayloadCommonKernelOnly as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::FleetDataContainerPayloadCommonKernelOnly(
                            Box::new(v),
                        ))
                }
                "emv_batch_data_dynapro_format" => {
                    emv_batch_data_dynapro_format::EmvBatchDataDynaproFormat::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvBatchDataDynaproFormat(Box::new(v)))
                }
                "emv_batch_data_dynapro_format_dfdf59_decrypted_contents" => {
                    emv_batch_data_dynapro_format_dfdf59_decrypted_contents::EmvBatchDataDynaproFormatDfdf59DecryptedContents::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvBatchDataDynaproFormatDfdf59DecryptedContents(
                            Box::new(v),
                        ))
                }
                "emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2" => {
                    emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2::EmvBatchDataDynaproFormatDfdf59DecryptedContents2::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvBatchDataDynaproFormatDfdf59DecryptedContents2(
                            Box::new(v),
                        ))
                }
                "emv_configuration_ca_keys_file" => {
                    <emv_configuration_ca_keys_file::EmvConfigurationCaKeysFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvConfigurationCaKeysFile(Box::new(v)))
                }
                "mastercard_mcl_entry_point_table" => {
                    <mastercard_mcl_entry_point_table::MastercardMclEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::MastercardMclEntryPointTable(Box::new(v)))
                }
                "visa_paywave_entry_point_table" => {
                    <visa_paywave_entry_point_table::VisaPaywaveEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::VisaPaywaveEntryPointTable(Box::new(v)))
                }
                "american_express_expresspay_entry_point_table" => {
                    <american_express_expresspay_entry_point_table::AmericanExpressExpresspayEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::AmericanExpressExpresspayEntryPointTable(
                            Box::new(v),
                        ))
                }
                "discover_d_pas_entry_point_table" => {
                    <discover_d_pas_entry_point_table::DiscoverDPasEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::DiscoverDPasEntryPointTable(Box::new(v)))
                }
                "china_unionpay_entry_point_table" => {
                    <china_unionpay_entry_point_table::ChinaUnionpayEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::ChinaUnionpayEntryPointTable(Box::new(v)))
                }
                "jcb_entry_point_table" => {
                    <jcb_entry_point_table::JcbEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::JcbEntryPointTable(Box::new(v)))
                }
                "interac_flash_entry_point_table" => {
                    <interac_flash_entry_point_table::InteracFlashEntryPointTable as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::InteracFlashEntryPointTable(Box::new(v)))
                }
                "emv_configuration_processing_file" => {
                    <emv_configuration_processing_file::EmvConfigurationProcessingFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvConfigurationProcessingFile(Box::new(v)))
                }
                "emv_configuration_terminal_file" => {
                    <emv_configuration_terminal_file::EmvConfigurationTerminalFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EmvConfigurationTerminalFile(Box::new(v)))
                }
                "gpo_response" => {
                    <gpo_response::GpoResponse as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::GpoResponse(Box::new(v)))
                }
                "key_information" => {
                    <key_information::KeyInformation as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::KeyInformation(Box::new(v)))
                }
                "miniature_certificate" => {
                    miniature_certificate::MiniatureCertificate::decode_with(bytes, cx)
                        .map(|v| DataType::MiniatureCertificate(Box::new(v)))
                }
                "nfc_uid" => {
                    <nfc_uid::NfcUid as mms_codec::Contents>::decode_contents(bytes, cx)
                        .map(|v| DataType::NfcUid(Box::new(v)))
                }
                "security_parameters" => {
                    security_parameters::SecurityParameters::decode_with(bytes, cx)
                        .map(|v| DataType::SecurityParameters(Box::new(v)))
                }
                "encrypted_signature_capture_file_type_after_decryption_2" => {
                    encrypted_signature_capture_file_type_after_decryption_2::EncryptedSignatureCaptureFileTypeAfterDecryption2::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EncryptedSignatureCaptureFileTypeAfterDecryption2(
                            Box::new(v),
                        ))
                }
                "signature_capture_file" => {
                    <signature_capture_file::SignatureCaptureFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::SignatureCaptureFile(Box::new(v)))
                }
                "encrypted_signature_capture_file" => {
                    encrypted_signature_capture_file::EncryptedSignatureCaptureFile::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EncryptedSignatureCaptureFile(Box::new(v)))
                }
                "encrypted_signature_capture_file_type_after_decryption" => {
                    encrypted_signature_capture_file_type_after_decryption::EncryptedSignatureCaptureFileTypeAfterDecryption::decode_with(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::EncryptedSignatureCaptureFileTypeAfterDecryption(
                            Box::new(v),
                        ))
                }
                "response_track" => {
                    <response_track::ResponseTrack as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::ResponseTrack(Box::new(v)))
                }
                "format_of_a_signed_ui_configuration_file" => {
                    <format_of_a_signed_ui_configuration_file::FormatOfASignedUiConfigurationFile as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::FormatOfASignedUiConfigurationFile(
                            Box::new(v),
                        ))
                }
                "format_of_an_ui_configuration_file_signing_mini_cert_signed" => {
                    <format_of_an_ui_configuration_file_signing_mini_cert_signed::FormatOfAnUiConfigurationFileSigningMiniCertSigned as mms_codec::Contents>::decode_contents(
                            bytes,
                            cx,
                        )
                        .map(|v| DataType::FormatOfAnUiConfigurationFileSigningMiniCertSigned(
                            Box::new(v),
                        ))
                }
                _ => return None,
            },
        )
    }
    /// The bytes, as [`DataType::decode`] reads them (`None` when a length prefix cannot
    /// count the contents).
    pub fn to_bytes(&self) -> Option<Vec<u8>> {
        match self {
            DataType::ResponseCardDataTypeWip(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::CommonFileStructure(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::EmvConfigurationAmericanExpressDrlSetFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::RawEmvConfigurationAmericanExpressDrlSetFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::EmvArpcData(v) => Some(mms_codec::Contents::to_bytes(v.as_ref())),
            DataType::EmvArqcDynaproFormat(v) => v.to_bytes(),
            DataType::EmvArqcDynaproFormatDfdf59DecryptedContents(v) => v.to_bytes(),
            DataType::EmvArqcDynaproFormatDfdfdf37DecryptedContents(v) => v.to_bytes(),
            DataType::EmvArqcEnhancedDfdf59DecryptedContentsForEmvData(v) => v.to_bytes(),
            DataType::EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd(v) => v.to_bytes(),
            DataType::EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint(v) => {
                v.to_bytes()
            }
            DataType::VasDataContainerPayload(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::FleetDataContainerPayloadCommonKernelOnly(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::EmvBatchDataDynaproFormat(v) => v.to_bytes(),
            DataType::EmvBatchDataDynaproFormatDfdf59DecryptedContents(v) => v.to_bytes(),
            DataType::EmvBatchDataDynaproFormatDfdf59DecryptedContents2(v) => {
                v.to_bytes()
            }
            DataType::EmvConfigurationCaKeysFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::MastercardMclEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::VisaPaywaveEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::AmericanExpressExpresspayEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::DiscoverDPasEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::ChinaUnionpayEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::JcbEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::InteracFlashEntryPointTable(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::EmvConfigurationProcessingFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::EmvConfigurationTerminalFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::GpoResponse(v) => Some(mms_codec::Contents::to_bytes(v.as_ref())),
            DataType::KeyInformation(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::MiniatureCertificate(v) => v.to_bytes(),
            DataType::NfcUid(v) => Some(mms_codec::Contents::to_bytes(v.as_ref())),
            DataType::SecurityParameters(v) => v.to_bytes(),
            DataType::EncryptedSignatureCaptureFileTypeAfterDecryption2(v) => {
                v.to_bytes()
            }
            DataType::SignatureCaptureFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::EncryptedSignatureCaptureFile(v) => v.to_bytes(),
            DataType::EncryptedSignatureCaptureFileTypeAfterDecryption(v) => v.to_bytes(),
            DataType::ResponseTrack(v) => Some(mms_codec::Contents::to_bytes(v.as_ref())),
            DataType::FormatOfASignedUiConfigurationFile(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
            DataType::FormatOfAnUiConfigurationFileSigningMiniCertSigned(v) => {
                Some(mms_codec::Contents::to_bytes(v.as_ref()))
            }
        }
    }
    /// The layout's name.
    pub fn layout(&self) -> &'static str {
        match self {
            DataType::ResponseCardDataTypeWip(_) => "response_card_data_type_wip",
            DataType::CommonFileStructure(_) => "common_file_structure",
            DataType::EmvConfigurationAmericanExpressDrlSetFile(_) => {
                "emv_configuration_american_express_drl_set_file"
            }
            DataType::RawEmvConfigurationAmericanExpressDrlSetFile(_) => {
                "raw_emv_configuration_american_express_drl_set_file"
            }
            DataType::EmvArpcData(_) => "emv_arpc_data",
            DataType::EmvArqcDynaproFormat(_) => "emv_arqc_dynapro_format",
            DataType::EmvArqcDynaproFormatDfdf59DecryptedContents(_) => {
                "emv_arqc_dynapro_format_dfdf59_decrypted_contents"
            }
            DataType::EmvArqcDynaproFormatDfdfdf37DecryptedContents(_) => {
                "emv_arqc_dynapro_format_dfdfdf37_decrypted_contents"
            }
            DataType::EmvArqcEnhancedDfdf59DecryptedContentsForEmvData(_) => {
                "emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data"
            }
            DataType::EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd(_) => {
                "emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and"
            }
            DataType::EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint(_) => {
                "emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint"
            }
            DataType::VasDataContainerPayload(_) => "vas_data_container_payload",
            DataType::FleetDataContainerPayloadCommonKernelOnly(_) => {
                "fleet_data_container_payload_common_kernel_only"
            }
            DataType::EmvBatchDataDynaproFormat(_) => "emv_batch_data_dynapro_format",
            DataType::EmvBatchDataDynaproFormatDfdf59DecryptedContents(_) => {
                "emv_batch_data_dynapro_format_dfdf59_decrypted_contents"
            }
            DataType::EmvBatchDataDynaproFormatDfdf59DecryptedContents2(_) => {
                "emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2"
            }
            DataType::EmvConfigurationCaKeysFile(_) => "emv_configuration_ca_keys_file",
            DataType::MastercardMclEntryPointTable(_) => {
                "mastercard_mcl_entry_point_table"
            }
            DataType::VisaPaywaveEntryPointTable(_) => "visa_paywave_entry_point_table",
            DataType::AmericanExpressExpresspayEntryPointTable(_) => {
                "american_express_expresspay_entry_point_table"
            }
            DataType::DiscoverDPasEntryPointTable(_) => {
                "discover_d_pas_entry_point_table"
            }
            DataType::ChinaUnionpayEntryPointTable(_) => {
                "china_unionpay_entry_point_table"
            }
            DataType::JcbEntryPointTable(_) => "jcb_entry_point_table",
            DataType::InteracFlashEntryPointTable(_) => "interac_flash_entry_point_table",
            DataType::EmvConfigurationProcessingFile(_) => {
                "emv_configuration_processing_file"
            }
            DataType::EmvConfigurationTerminalFile(_) => {
                "emv_configuration_terminal_file"
            }
            DataType::GpoResponse(_) => "gpo_response",
            DataType::KeyInformation(_) => "key_information",
            DataType::MiniatureCertificate(_) => "miniature_certificate",
            DataType::NfcUid(_) => "nfc_uid",
            DataType::SecurityParameters(_) => "security_parameters",
            DataType::EncryptedSignatureCaptureFileTypeAfterDecryption2(_) => {
                "encrypted_signature_capture_file_type_after_decryption_2"
            }
            DataType::SignatureCaptureFile(_) => "signature_capture_file",
            DataType::EncryptedSignatureCaptureFile(_) => {
                "encrypted_signature_capture_file"
            }
            DataType::EncryptedSignatureCaptureFileTypeAfterDecryption(_) => {
                "encrypted_signature_capture_file_type_after_decryption"
            }
            DataType::ResponseTrack(_) => "response_track",
            DataType::FormatOfASignedUiConfigurationFile(_) => {
                "format_of_a_signed_ui_configuration_file"
            }
            DataType::FormatOfAnUiConfigurationFileSigningMiniCertSigned(_) => {
                "format_of_an_ui_configuration_file_signing_mini_cert_signed"
            }
        }
    }
}
/// Response Card Data Type (wip) (manual Table 66).
pub mod response_card_data_type_wip {
    use ::core::fmt;
    /// Response Card Data Type (wip): a TLV sequence (manual Table 66).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ResponseCardDataTypeWip {
        /// `81` Card Data Descriptor (4 bytes, required, default See below).
        #[tlv(tag = 0x81)]
        pub card_data_descriptor: CardDataDescriptor,
        /// `A4` List of Track Types (binary, variable length, optional).
        #[tlv(tag = 0xA4)]
        pub list_of_track_types: Option<ListOfTrackTypes>,
        /// `A6` List of Encrypted Block Types - SRED + TBD (variable length, optional).
        #[tlv(tag = 0xA6)]
        pub list_of_encrypted_block_types_sred_tbd: Option<
            ListOfEncryptedBlockTypesSredTbd,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ResponseCardDataTypeWip {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(card_data_descriptor: CardDataDescriptor) -> Self {
            ResponseCardDataTypeWip {
                card_data_descriptor,
                list_of_track_types: None,
                list_of_encrypted_block_types_sred_tbd: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Status (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum CardDataDescriptorStatus {
        /// `00`: OK.
        #[tlv(value = 0x00)]
        Ok,
        /// `80`: No Data.
        #[tlv(value = 0x80)]
        NoData,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl CardDataDescriptorStatus {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Ok => Some("OK"),
                Self::NoData => Some("No Data"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for CardDataDescriptorStatus {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Source (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum CardDataDescriptorSource {
        /// `01`: Swipe.
        #[tlv(value = 0x01)]
        Swipe,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl CardDataDescriptorSource {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Swipe => Some("Swipe"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for CardDataDescriptorSource {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Card Type (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum CardDataDescriptorCardType {
        /// `00`: Unknown.
        #[tlv(value = 0x00)]
        Unknown,
        /// `01`: ISO.
        #[tlv(value = 0x01)]
        Iso,
        /// `02`: AAMVA.
        #[tlv(value = 0x02)]
        Aamva,
        /// `03`: Other.
        #[tlv(value = 0x03)]
        Other2,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl CardDataDescriptorCardType {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Unknown => Some("Unknown"),
                Self::Iso => Some("ISO"),
                Self::Aamva => Some("AAMVA"),
                Self::Other2 => Some("Other"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for CardDataDescriptorCardType {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `81` Card Data Descriptor: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct CardDataDescriptor {
        /// Status (1 byte).
        pub status: CardDataDescriptorStatus,
        /// Source (1 byte).
        pub source: CardDataDescriptorSource,
        /// Card Type (1 byte).
        pub card_type: CardDataDescriptorCardType,
        /// Reserved (1 byte).
        pub reserved: u8,
    }
    /// `A4` List of Track Types: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ListOfTrackTypes {
        /// `A0` Track x (\*, variable length, optional).
        #[tlv(tag = 0xA0)]
        pub track_x: Option<mms_message::TlvList>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A6` List of Encrypted Block Types - SRED + TBD: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ListOfEncryptedBlockTypesSredTbd {
        /// `80` Enc Block 1 (\*, variable length, optional).
        #[tlv(tag = 0x80)]
        pub enc_block_1: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Common File Structure (manual Table 67).
pub mod common_file_structure {
    use super::super::file_types;
    /// Common File Structure: a TLV sequence (manual Table 67).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CommonFileStructure {
        /// Raw bytes: MGTKAP10 (8 bytes).
        #[tlv(raw)]
        pub mgtkap10: [u8; 8],
        /// `C1` File Type (binary, 4 bytes, required; see manual Table 201).
        #[tlv(tag = 0xC1)]
        pub file_type: file_types::FileType,
        /// `CE` File Payload (binary, variable length, required).
        #[tlv(tag = 0xCE)]
        pub file_payload: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV Configuration American Express DRL Set File Type (manual Table 43).
pub mod emv_configuration_american_express_drl_set_file {
    /// EMV Configuration American Express DRL Set File Type: a TLV sequence (manual Table 43).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvConfigurationAmericanExpressDrlSetFile {
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Raw EMV Configuration American Express DRL Set File Type (manual Table 44).
pub mod raw_emv_configuration_american_express_drl_set_file {
    /// Raw EMV Configuration American Express DRL Set File Type: a TLV sequence (manual Table 44).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct RawEmvConfigurationAmericanExpressDrlSetFile {
        /// Raw bytes: File Type Version (1 byte).
        #[tlv(raw)]
        pub file_type_version: u8,
        /// Raw bytes: SHA-1 Hash 20 byte hash (20 bytes).
        #[tlv(raw)]
        pub sha_1_hash_20_byte_hash: [u8; 20],
        /// `FF37` DRL Configuration Container (TLV, variable length, required).
        #[tlv(tag = 0xFF37)]
        pub drl_configuration_container: DrlConfigurationContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF37` DRL Configuration Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DrlConfigurationContainer {
        /// `FF36` DRL Set Container (TLV, variable length, required).
        #[tlv(tag = 0xFF36)]
        pub drl_set_container: Vec<DrlSetContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF36` DRL Set Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DrlSetContainer {
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARPC Data (manual Table 26).
pub mod emv_arpc_data {
    /// EMV ARPC Data: a TLV sequence (manual Table 26).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArpcData {
        /// `FF74` Container for non-MAC ARPC (TLV, variable length, required).
        #[tlv(tag = 0xFF74)]
        pub container_for_non_mac_arpc: ContainerForNonMacArpc,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF74` Container for non-MAC ARPC: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForNonMacArpc {
        /// `DFDF25` Device Serial Number (IFD Serial Number) (binary, variable length, required).
        #[tlv(tag = 0xDFDF25)]
        pub device_serial_number_ifd_serial_number: Vec<u8>,
        /// `FA` Container for generic data (TLV, variable length, required).
        #[tlv(tag = 0xFA)]
        pub container_for_generic_data: ContainerForGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FA` Container for generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForGenericData {
        /// `70` Container for ARPC (TLV, variable length, required).
        #[tlv(tag = 0x70)]
        pub container_for_arpc: ContainerForArpc,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `70` Container for ARPC: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForArpc {
        /// `8A` Authorization Response Code (alphanumeric, 2 bytes, required).
        #[tlv(tag = 0x8A)]
        pub authorization_response_code: [u8; 2],
        /// `91` Issuer Authentication Data (binary, variable length, optional).
        #[tlv(tag = 0x91)]
        pub issuer_authentication_data: Option<Vec<u8>>,
        /// `71` Issuer Script Template 1 (binary, variable length, optional).
        #[tlv(tag = 0x71)]
        pub issuer_script_template_1: Option<mms_message::TlvList>,
        /// `72` Issuer Script Template 2 (binary, variable length, optional).
        #[tlv(tag = 0x72)]
        pub issuer_script_template_2: Option<mms_message::TlvList>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARQC (DynaPro Format) Type (manual Table 19).
pub mod emv_arqc_dynapro_format {
    use ::core::fmt;
    /// EMV ARQC (DynaPro Format) Type (manual Table 19): a 2-byte big-endian length of the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct EmvArqcDynaproFormat {
        /// The TLVs.
        pub tlvs: EmvArqcDynaproFormatTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvArqcDynaproFormat {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let Some((prefix, rest)) = bytes.split_at_checked(2) else {
                return Err(
                    mms_codec::DecodeError::new(
                        mms_codec::ErrorKind::Truncated {
                            needed: 2,
                            available: bytes.len(),
                        },
                        cx.offset,
                    ),
                );
            };
            let len = prefix.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
            if len > rest.len() {
                return Err(
                    mms_codec::DecodeError::new(
                        mms_codec::ErrorKind::ValueTruncated {
                            declared: len,
                            available: rest.len(),
                        },
                        cx.offset + 2,
                    ),
                );
            }
            let (counted, trailer) = rest.split_at(len);
            let tlvs = <EmvArqcDynaproFormatTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx.at(cx.offset + 2),
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. `None` when the TLVs are longer than a 2-byte length can count.
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let tlvs = mms_codec::Contents::to_bytes(&self.tlvs);
            if tlvs.len() > (1usize << 16) - 1 {
                return None;
            }
            let mut out = Vec::with_capacity(2 + tlvs.len() + self.trailer.len());
            let len = tlvs.len().to_be_bytes();
            out.extend_from_slice(&len[len.len() - 2..]);
            out.extend_from_slice(&tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV ARQC (DynaPro Format) Type (manual Table 19).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct EmvArqcDynaproFormatTlvs {
        /// `F9` Container for MAC structure and generic data (TLV, variable length, required).
        #[tlv(tag = 0xF9)]
        pub container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl EmvArqcDynaproFormatTlvs {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        ) -> Self {
            EmvArqcDynaproFormatTlvs {
                container_for_mac_structure_and_generic_data,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `F9` Container for MAC structure and generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ContainerForMacStructureAndGenericData {
        /// `DFDF54` MAC KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF54)]
        pub mac_ksn: Vec<u8>,
        /// `DFDF55` MAC Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF55)]
        pub mac_encryption_type: u8,
        /// `DFDF25` Device Serial Number (IFD Serial Number) (binary, variable length, required).
        #[tlv(tag = 0xDFDF25)]
        pub device_serial_number_ifd_serial_number: Vec<u8>,
        /// `FA` Container for generic data (TLV, variable length, required).
        #[tlv(tag = 0xFA)]
        pub container_for_generic_data: ContainerForGenericData,
        /// `FE` VAS Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFE)]
        pub vas_data_container: Option<
            super::vas_data_container_payload::VasDataContainer,
        >,
        /// `FF40` Fleet Data Container (TLV, variable length, optional). Limited to: Common Kernel Only.
        #[tlv(tag = 0xFF40)]
        pub fleet_data_container: Option<
            super::fleet_data_container_payload_common_kernel_only::FleetDataContainer,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ContainerForMacStructureAndGenericData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            mac_ksn: Vec<u8>,
            mac_encryption_type: u8,
            device_serial_number_ifd_serial_number: Vec<u8>,
            container_for_generic_data: ContainerForGenericData,
        ) -> Self {
            ContainerForMacStructureAndGenericData {
                mac_ksn,
                mac_encryption_type,
                device_serial_number_ifd_serial_number,
                container_for_generic_data,
                vas_data_container: None,
                fleet_data_container: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `FA` Container for generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ContainerForGenericData {
        /// `70` Container for ARQC (TLV, variable length, required).
        #[tlv(tag = 0x70)]
        pub container_for_arqc: ContainerForArqc,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ContainerForGenericData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(container_for_arqc: ContainerForArqc) -> Self {
            ContainerForGenericData {
                container_for_arqc,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `70` Container for ARQC: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ContainerForArqc {
        /// `82` Application Interchange Profile (binary, 2 bytes, optional).
        #[tlv(tag = 0x82)]
        pub application_interchange_profile: Option<[u8; 2]>,
        /// `9F6E` Third Party Data (binary, variable length, optional).
        #[tlv(tag = 0x9F6E)]
        pub third_party_data: Option<Vec<u8>>,
        /// `DFDF53` Fallback Indicator (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF53)]
        pub fallback_indicator: FallbackIndicator,
        /// `DFDF33` Masked Track 2 MSR Data (alphanumeric, variable length, optional).
        #[tlv(tag = 0xDFDF33)]
        pub masked_track_2_msr_data: Option<Vec<u8>>,
        /// `DFDF4D` Masked Track 2 ICC Data (alphanumeric, variable length, optional).
        #[tlv(tag = 0xDFDF4D)]
        pub masked_track_2_icc_data: Option<Vec<u8>>,
        /// `DFDF52` Card Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF52)]
        pub card_type: CardType,
        /// `FF42` Container for Selectable Encrypted Card Data (TLV, variable length, optional).
        #[tlv(tag = 0xFF42)]
        pub container_for_selectable_encrypted_card_data: Option<
            ContainerForSelectableEncryptedCardData,
        >,
        /// `DF2A` Tip Mode Sale Amount Entered (binary, 6 bytes, optional).
        #[tlv(tag = 0xDF2A)]
        pub tip_mode_sale_amount_entered: Option<[u8; 6]>,
        /// `DF2B` Tip Mode Total Amount (binary, 6 bytes, optional).
        #[tlv(tag = 0xDF2B)]
        pub tip_mode_total_amount: Option<[u8; 6]>,
        /// `DF5D` Tip Amount (binary, 6 bytes, optional).
        #[tlv(tag = 0xDF5D)]
        pub tip_amount: Option<[u8; 6]>,
        /// `DF5E` Tax Amount (binary, 6 bytes, optional).
        #[tlv(tag = 0xDF5E)]
        pub tax_amount: Option<[u8; 6]>,
        /// `F8` Container for Encrypted Data (TLV, variable length, required).
        #[tlv(tag = 0xF8)]
        pub container_for_encrypted_data: ContainerForEncryptedData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ContainerForArqc {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            fallback_indicator: FallbackIndicator,
            card_type: CardType,
            container_for_encrypted_data: ContainerForEncryptedData,
        ) -> Self {
            ContainerForArqc {
                fallback_indicator,
                card_type,
                container_for_encrypted_data,
                application_interchange_profile: None,
                third_party_data: None,
                masked_track_2_msr_data: None,
                masked_track_2_icc_data: None,
                container_for_selectable_encrypted_card_data: None,
                tip_mode_sale_amount_entered: None,
                tip_mode_total_amount: None,
                tip_amount: None,
                tax_amount: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Fallback Indicator (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum FallbackIndicator {
        /// `00`: No Fallback.
        #[tlv(value = 0x00)]
        NoFallback,
        /// `01`: Technical Fallback.
        #[tlv(value = 0x01)]
        TechnicalFallback,
        /// `81`: MSR Fallback.
        #[tlv(value = 0x81)]
        MsrFallback,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl FallbackIndicator {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::NoFallback => Some("No Fallback"),
                Self::TechnicalFallback => Some("Technical Fallback"),
                Self::MsrFallback => Some("MSR Fallback"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for FallbackIndicator {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Card Type (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum CardType {
        /// `00`: Other.
        #[tlv(value = 0x00)]
        Other2,
        /// `01`: Magnetic Stripe ISO/ABA Financial (MSR).
        #[tlv(value = 0x01)]
        MagneticStripeIsoAbaFinancialMsr,
        /// `02`: Magnetic Stripe AAMVA (MSR).
        #[tlv(value = 0x02)]
        MagneticStripeAamvaMsr,
        /// `03`: Manual Entry.
        #[tlv(value = 0x03)]
        ManualEntry,
        /// `04`: Unknown.
        #[tlv(value = 0x04)]
        Unknown,
        /// `05`: Contact Chip Card (ICC).
        #[tlv(value = 0x05)]
        ContactChipCardIcc,
        /// `06`: Contactless Chip Card (PICC), EMV.
        #[tlv(value = 0x06)]
        ContactlessChipCardPiccEmv,
        /// `07`: MSR Financial and Contact Chip Card (ICC).
        #[tlv(value = 0x07)]
        MsrFinancialAndContactChipCardIcc,
        /// `08`: Contactless PICC, Magnetic Stripe Data (MSD).
        #[tlv(value = 0x08)]
        ContactlessPiccMagneticStripeDataMsd,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl CardType {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Other2 => Some("Other"),
                Self::MagneticStripeIsoAbaFinancialMsr => {
                    Some("Magnetic Stripe ISO/ABA Financial (MSR)")
                }
                Self::MagneticStripeAamvaMsr => Some("Magnetic Stripe AAMVA (MSR)"),
                Self::ManualEntry => Some("Manual Entry"),
                Self::Unknown => Some("Unknown"),
                Self::ContactChipCardIcc => Some("Contact Chip Card (ICC)"),
                Self::ContactlessChipCardPiccEmv => {
                    Some("Contactless Chip Card (PICC), EMV")
                }
                Self::MsrFinancialAndContactChipCardIcc => {
                    Some("MSR Financial and Contact Chip Card (ICC)")
                }
                Self::ContactlessPiccMagneticStripeDataMsd => {
                    Some("Contactless PICC, Magnetic Stripe Data (MSD)")
                }
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for CardType {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `FF42` Container for Selectable Encrypted Card Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForSelectableEncryptedCardData {
        /// `DFDFDF37` Selectable Encrypted Data Primitive (binary, variable length, optional).
        #[tlv(tag = 0xDFDFDF37)]
        pub selectable_encrypted_data_primitive: Option<Vec<u8>>,
        /// `DFDFDF38` Selectable Encrypted Data KSN (binary, 12 bytes, optional).
        #[tlv(tag = 0xDFDFDF38)]
        pub selectable_encrypted_data_ksn: Option<[u8; 12]>,
        /// `DFDFDF39` Selectable Encrypted Data Encryption Type (binary, 1 byte, optional).
        #[tlv(tag = 0xDFDFDF39)]
        pub selectable_encrypted_data_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F8` Container for Encrypted Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedData {
        /// `DFDF59` Encrypted Data Primitive (binary, variable length, required).
        #[tlv(tag = 0xDFDF59)]
        pub encrypted_data_primitive: Vec<u8>,
        /// `DFDF56` Encrypted Transaction Data KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF56)]
        pub encrypted_transaction_data_ksn: Vec<u8>,
        /// `DFDF57` Encrypted Transaction Data Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF57)]
        pub encrypted_transaction_data_encryption_type: u8,
        /// `DFDF58` Number of Padding Bytes (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF58)]
        pub number_of_padding_bytes: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARQC (DynaPro Format) DFDF59 Decrypted Contents (manual Table 20).
pub mod emv_arqc_dynapro_format_dfdf59_decrypted_contents {
    use super::super::value_sets;
    /// EMV ARQC (DynaPro Format) DFDF59 Decrypted Contents (manual Table 20): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcDynaproFormatDfdf59DecryptedContents {
        /// The TLVs.
        pub tlvs: EmvArqcDynaproFormatDfdf59DecryptedContentsTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvArqcDynaproFormatDfdf59DecryptedContents {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvArqcDynaproFormatDfdf59DecryptedContentsTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV ARQC (DynaPro Format) DFDF59 Decrypted Contents (manual Table 20).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcDynaproFormatDfdf59DecryptedContentsTlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: DecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `DF29` Outcome Parameter Set (binary, 8 bytes, optional).
        ///
        /// Values: byte 1 `10` Approved; byte 1 `20` Declined; byte 1 `30` Online Request; byte 1 `40` End Application; byte 1 `50` Select Next Application; byte 1 `60` Try Another Interface; byte 1 `70` Try Again; byte 1 `F0` N/A; byte 2 `00` Start; byte 2 `10` Start B; byte 2 `20` Start C; byte 2 `30` Start D; byte 2 `F0` N/A; byte 3 `00` EMV Data; byte 3 `10` Any; byte 3 `F0` N/A.
        #[tlv(tag = 0xDF29)]
        pub outcome_parameter_set: Option<[u8; 8]>,
        /// `F4` Container for encrypted MSR data (TLV, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xF4)]
        pub container_for_encrypted_msr_data: Option<ContainerForEncryptedMsrData>,
        /// `FF73` Container for Encrypted MagnePrint Data (TLV, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xFF73)]
        pub container_for_encrypted_magneprint_data: Option<
            ContainerForEncryptedMagneprintData,
        >,
        /// `F5` Container for Encrypted PIN Data (TLV, variable length, optional). Limited to: Touch Only.
        #[tlv(tag = 0xF5)]
        pub container_for_encrypted_pin_data: Option<ContainerForEncryptedPinData>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F4` Container for encrypted MSR data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedMsrData {
        /// `DFDF36` Encrypted Track 1 Status (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF36)]
        pub encrypted_track_1_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DFDF37` Encrypted Track 1 Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF37)]
        pub encrypted_track_1_data: Option<Vec<u8>>,
        /// `DFDF38` Encrypted Track 2 Status (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF38)]
        pub encrypted_track_2_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DFDF39` Encrypted Track 2 Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF39)]
        pub encrypted_track_2_data: Option<Vec<u8>>,
        /// `DFDF3A` Encrypted Track 3 Status (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3A)]
        pub encrypted_track_3_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DFDF3B` Encrypted Track 3 Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3B)]
        pub encrypted_track_3_data: Option<Vec<u8>>,
        /// `DFDF3C` Encrypted MagnePrint Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3C)]
        pub encrypted_magneprint_data: Option<Vec<u8>>,
        /// `DFDF43` MagnePrint Status Data (binary, 4 bytes, optional). Limited to: MSR Only.
        ///
        /// Bits: `00000001` MagnePrint Capable Flag; `0000000E` Mode; `0000FFF0` ASIC Revision; `00010000` Reserved; `00020000` Reserved; `00040000` Swipe too slow; `00080000` Swipe too fast; `00100000` Reserved; `00200000` Card swipe direction; `FFC00000` Reserved.
        #[tlv(tag = 0xDFDF43)]
        pub magneprint_status_data: Option<value_sets::MagneprintStatusData>,
        /// `DFDF50` MSR KSN Data Key Serial Number for the key (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF50)]
        pub msr_ksn_data_key_serial_number_for_the_key: Option<Vec<u8>>,
        /// `DFDF51` MSR Encryption Type (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF51)]
        pub msr_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF73` Container for Encrypted MagnePrint Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedMagneprintData {
        /// `DFDF3C` Encrypted MagnePrint Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3C)]
        pub encrypted_magneprint_data: Option<Vec<u8>>,
        /// `DFDF43` MagnePrint Status Data (binary, 4 bytes, optional). Limited to: MSR Only.
        ///
        /// Bits: `00000001` MagnePrint Capable Flag; `0000000E` Mode; `0000FFF0` ASIC Revision; `00010000` Reserved; `00020000` Reserved; `00040000` Swipe too slow; `00080000` Swipe too fast; `00100000` Reserved; `00200000` Card swipe direction; `FFC00000` Reserved.
        #[tlv(tag = 0xDFDF43)]
        pub magneprint_status_data: Option<value_sets::MagneprintStatusData>,
        /// `DFDF50` MSR KSN Data Key Serial Number for the key (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF50)]
        pub msr_ksn_data_key_serial_number_for_the_key: Option<Vec<u8>>,
        /// `DFDF51` MSR Encryption Type (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF51)]
        pub msr_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F5` Container for Encrypted PIN Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedPinData {
        /// `DF71` PIN Block Format (binary, 1 byte, optional). Limited to: Touch Only.
        #[tlv(tag = 0xDF71)]
        pub pin_block_format: Option<value_sets::PinBlockFormat>,
        /// `99` Encrypted PIN Data (binary, 8 bytes, optional). Limited to: Touch Only.
        #[tlv(tag = 0x99)]
        pub encrypted_pin_data: Option<[u8; 8]>,
        /// `DFDF41` PIN KSN Data (binary, variable length, optional). Limited to: Touch Only.
        #[tlv(tag = 0xDFDF41)]
        pub pin_ksn_data: Option<Vec<u8>>,
        /// `DFDF42` PIN Encryption Type (binary, 1 byte, optional). Limited to: Touch Only.
        #[tlv(tag = 0xDFDF42)]
        pub pin_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARQC (DynaPro Format) DFDFDF37 Decrypted Contents (manual Table 21).
pub mod emv_arqc_dynapro_format_dfdfdf37_decrypted_contents {
    /// EMV ARQC (DynaPro Format) DFDFDF37 Decrypted Contents (manual Table 21): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcDynaproFormatDfdfdf37DecryptedContents {
        /// The TLVs.
        pub tlvs: EmvArqcDynaproFormatDfdfdf37DecryptedContentsTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvArqcDynaproFormatDfdfdf37DecryptedContents {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvArqcDynaproFormatDfdfdf37DecryptedContentsTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV ARQC (DynaPro Format) DFDFDF37 Decrypted Contents (manual Table 21).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcDynaproFormatDfdfdf37DecryptedContentsTlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: DecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `5F20` Only (alphanumeric, variable length, optional).
        #[tlv(tag = 0x5F20)]
        pub only: Option<Vec<u8>>,
        /// `5F24` Only (n4/ n6, length 2|3, optional).
        #[tlv(tag = 0x5F24)]
        pub only_2: Option<Vec<u8>>,
        /// `5F30` Only (n3, 2 bytes, optional).
        #[tlv(tag = 0x5F30)]
        pub only_3: Option<[u8; 2]>,
        /// `9F1F` Only (alphanumeric, variable length, optional).
        #[tlv(tag = 0x9F1F)]
        pub only_4: Option<Vec<u8>>,
        /// `9F20` Only (compressed numeric, variable length, optional).
        #[tlv(tag = 0x9F20)]
        pub only_5: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARQC Enhanced DFDF59 Decrypted Contents for EMV Data (manual Table 22).
pub mod emv_arqc_enhanced_dfdf59_decrypted_contents_for_emv_data {
    /// EMV ARQC Enhanced DFDF59 Decrypted Contents for EMV Data (manual Table 22): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcEnhancedDfdf59DecryptedContentsForEmvData {
        /// The TLVs.
        pub tlvs: EmvArqcEnhancedDfdf59DecryptedContentsForEmvDataTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvArqcEnhancedDfdf59DecryptedContentsForEmvData {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvArqcEnhancedDfdf59DecryptedContentsForEmvDataTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV ARQC Enhanced DFDF59 Decrypted Contents for EMV Data (manual Table 22).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcEnhancedDfdf59DecryptedContentsForEmvDataTlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: DecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `FE` VAS Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFE)]
        pub vas_data_container: Option<
            super::vas_data_container_payload::VasDataContainer,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARQC Enhanced DFDF59 Decrypted Contents for MSR and MagnePrint Data (manual Table 23).
pub mod emv_arqc_enhanced_dfdf59_decrypted_contents_for_msr_and {
    use super::super::value_sets;
    /// EMV ARQC Enhanced DFDF59 Decrypted Contents for MSR and MagnePrint Data (manual Table 23): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd {
        /// The TLVs.
        pub tlvs: EmvArqcEnhancedDfdf59DecryptedContentsForMsrAndTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvArqcEnhancedDfdf59DecryptedContentsForMsrAnd {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvArqcEnhancedDfdf59DecryptedContentsForMsrAndTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV ARQC Enhanced DFDF59 Decrypted Contents for MSR and MagnePrint Data (manual Table 23).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcEnhancedDfdf59DecryptedContentsForMsrAndTlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: DecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `9F41` Transaction Counter Starts at 00000000 each time (binary, 4 bytes, required).
        #[tlv(tag = 0x9F41)]
        pub transaction_counter_starts_at_00000000_each_time: [u8; 4],
        /// `DFDF36` MSR Track 1 Status (binary, 1 byte, optional).
        #[tlv(tag = 0xDFDF36)]
        pub msr_track_1_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DF41` MSR Track 1 Clear Text (alphanumeric, variable length, optional).
        #[tlv(tag = 0xDF41)]
        pub msr_track_1_clear_text: Option<Vec<u8>>,
        /// `DFDF38` MSR Track 2 Status (binary, 1 byte, optional).
        #[tlv(tag = 0xDFDF38)]
        pub msr_track_2_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DF42` MSR Track 2 Clear Text (alphanumeric, variable length, optional).
        #[tlv(tag = 0xDF42)]
        pub msr_track_2_clear_text: Option<Vec<u8>>,
        /// `DFDF3A` MSR Track 3 Status (binary, 1 byte, optional).
        #[tlv(tag = 0xDFDF3A)]
        pub msr_track_3_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DF43` MSR Track 3 Clear Text (alphanumeric, variable length, optional).
        #[tlv(tag = 0xDF43)]
        pub msr_track_3_clear_text: Option<Vec<u8>>,
        /// `DFDF43` MagnePrint Status (binary, 4 bytes, optional).
        ///
        /// Bits: `00000001` MagnePrint Capable Flag; `0000000E` Mode; `0000FFF0` ASIC Revision; `00010000` Reserved; `00020000` Reserved; `00040000` Swipe too slow; `00080000` Swipe too fast; `00100000` Reserved; `00200000` Card swipe direction; `FFC00000` Reserved.
        #[tlv(tag = 0xDFDF43)]
        pub magneprint_status: Option<value_sets::MagneprintStatusData>,
        /// `DF44` MagnePrint Data (binary, variable length, optional).
        #[tlv(tag = 0xDF44)]
        pub magneprint_data: Option<Vec<u8>>,
        /// `FE` VAS Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFE)]
        pub vas_data_container: Option<
            super::vas_data_container_payload::VasDataContainer,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV ARQC Enhanced DFDF59 Decrypted Contents for MagnePrint Data (manual Table 24).
pub mod emv_arqc_enhanced_dfdf59_decrypted_contents_for_magneprint {
    /// EMV ARQC Enhanced DFDF59 Decrypted Contents for MagnePrint Data (manual Table 24): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint {
        /// The TLVs.
        pub tlvs: EmvArqcEnhancedDfdf59DecryptedContentsForMagneprintTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvArqcEnhancedDfdf59DecryptedContentsForMagneprint {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvArqcEnhancedDfdf59DecryptedContentsForMagneprintTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV ARQC Enhanced DFDF59 Decrypted Contents for MagnePrint Data (manual Table 24).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvArqcEnhancedDfdf59DecryptedContentsForMagneprintTlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: DecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `DFDF43` MagnePrint Status (binary, variable length, required).
        ///
        /// Bits: `00000001` MagnePrint Capable Flag; `0000FFFE` Product revision & mode; `00010000` Reserved; `00020000` Reserved for noise measurement; `00040000` Swipe too slow; `00080000` Swipe too fast; `00100000` Reserved; `00200000` Card swipe direction; `FFC00000` Reserved.
        #[tlv(tag = 0xDFDF43)]
        pub magneprint_status: Vec<u8>,
        /// `DF44` MagnePrint Data (binary, variable length, required).
        #[tlv(tag = 0xDF44)]
        pub magneprint_data: Vec<u8>,
        /// `DF4B` MSR PAN (binary, variable length, required).
        #[tlv(tag = 0xDF4B)]
        pub msr_pan: Vec<u8>,
        /// `FE` VAS Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFE)]
        pub vas_data_container: Option<
            super::vas_data_container_payload::VasDataContainer,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// VAS Data Container Payload (manual Table 25).
pub mod vas_data_container_payload {
    /// VAS Data Container Payload: a TLV sequence (manual Table 25).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct VasDataContainerPayload {
        /// `FE` VAS Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFE)]
        pub vas_data_container: Option<VasDataContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FE` VAS Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct VasDataContainer {
        /// `FF01` Apple VAS Container Slot 1 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF01)]
        pub apple_vas_container_slot_1_container: Option<
            AppleVasContainerSlot1Container,
        >,
        /// `FF02` Apple VAS Container Slot 2 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF02)]
        pub apple_vas_container_slot_2_container: Option<
            AppleVasContainerSlot2Container,
        >,
        /// `FF03` Apple VAS Container Slot 3 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF03)]
        pub apple_vas_container_slot_3_container: Option<
            AppleVasContainerSlot3Container,
        >,
        /// `FF04` Apple VAS Container Slot 4 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF04)]
        pub apple_vas_container_slot_4_container: Option<
            AppleVasContainerSlot4Container,
        >,
        /// `FF05` Apple VAS Container Slot 5 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF05)]
        pub apple_vas_container_slot_5_container: Option<
            AppleVasContainerSlot5Container,
        >,
        /// `FF06` Apple VAS Container Slot 6 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF06)]
        pub apple_vas_container_slot_6_container: Option<
            AppleVasContainerSlot6Container,
        >,
        /// `FF41` Google Smart Tap Container (binary, variable length, optional).
        #[tlv(tag = 0xFF41)]
        pub google_smart_tap_container: Option<GoogleSmartTapContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF01` Apple VAS Container Slot 1 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AppleVasContainerSlot1Container {
        /// `9F27` VAS Data Up to 128 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F27)]
        pub vas_data_up_to_128_bytes: Option<Vec<u8>>,
        /// `9F2A` Mobile Token Up to 36 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F2A)]
        pub mobile_token_up_to_36_bytes: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF02` Apple VAS Container Slot 2 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AppleVasContainerSlot2Container {
        /// `9F27` VAS Data Up to 128 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F27)]
        pub vas_data_up_to_128_bytes: Option<Vec<u8>>,
        /// `9F2A` Mobile Token Up to 36 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F2A)]
        pub mobile_token_up_to_36_bytes: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF03` Apple VAS Container Slot 3 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AppleVasContainerSlot3Container {
        /// `9F27` VAS Data Up to 128 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F27)]
        pub vas_data_up_to_128_bytes: Option<Vec<u8>>,
        /// `9F2A` Mobile Token Up to 36 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F2A)]
        pub mobile_token_up_to_36_bytes: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF04` Apple VAS Container Slot 4 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AppleVasContainerSlot4Container {
        /// `9F27` VAS Data Up to 128 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F27)]
        pub vas_data_up_to_128_bytes: Option<Vec<u8>>,
        /// `9F2A` Mobile Token Up to 36 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F2A)]
        pub mobile_token_up_to_36_bytes: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF05` Apple VAS Container Slot 5 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AppleVasContainerSlot5Container {
        /// `9F27` VAS Data Up to 128 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F27)]
        pub vas_data_up_to_128_bytes: Option<Vec<u8>>,
        /// `9F2A` Mobile Token Up to 36 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F2A)]
        pub mobile_token_up_to_36_bytes: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF06` Apple VAS Container Slot 6 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AppleVasContainerSlot6Container {
        /// `9F27` VAS Data Up to 128 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F27)]
        pub vas_data_up_to_128_bytes: Option<Vec<u8>>,
        /// `9F2A` Mobile Token Up to 36 bytes (binary, variable length, optional).
        #[tlv(tag = 0x9F2A)]
        pub mobile_token_up_to_36_bytes: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF41` Google Smart Tap Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct GoogleSmartTapContainer {
        /// `FF01` Collector ID Slot 1 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF01)]
        pub collector_id_slot_1_container: Option<CollectorIdSlot1Container>,
        /// `FF02` Collector ID Slot 2 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF02)]
        pub collector_id_slot_2_container: Option<CollectorIdSlot2Container>,
        /// `FF03` Collector ID Slot 3 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF03)]
        pub collector_id_slot_3_container: Option<CollectorIdSlot3Container>,
        /// `FF04` Collector ID Slot 4 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF04)]
        pub collector_id_slot_4_container: Option<CollectorIdSlot4Container>,
        /// `FF05` Collector ID Slot 5 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF05)]
        pub collector_id_slot_5_container: Option<CollectorIdSlot5Container>,
        /// `FF06` Collector ID Slot 6 Container (binary, variable length, optional).
        #[tlv(tag = 0xFF06)]
        pub collector_id_slot_6_container: Option<CollectorIdSlot6Container>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF01` Collector ID Slot 1 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CollectorIdSlot1Container {
        /// `DF7B` Service Response NDEF Record (binary, variable length, optional).
        #[tlv(tag = 0xDF7B)]
        pub service_response_ndef_record: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF02` Collector ID Slot 2 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CollectorIdSlot2Container {
        /// `DF7B` Service Response NDEF Record (binary, variable length, optional).
        #[tlv(tag = 0xDF7B)]
        pub service_response_ndef_record: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF03` Collector ID Slot 3 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CollectorIdSlot3Container {
        /// `DF7B` Service Response NDEF Record (binary, variable length, optional).
        #[tlv(tag = 0xDF7B)]
        pub service_response_ndef_record: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF04` Collector ID Slot 4 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CollectorIdSlot4Container {
        /// `DF7B` Service Response NDEF Record (binary, variable length, optional).
        #[tlv(tag = 0xDF7B)]
        pub service_response_ndef_record: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF05` Collector ID Slot 5 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CollectorIdSlot5Container {
        /// `DF7B` Service Response NDEF Record (binary, variable length, optional).
        #[tlv(tag = 0xDF7B)]
        pub service_response_ndef_record: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF06` Collector ID Slot 6 Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct CollectorIdSlot6Container {
        /// `DF7B` Service Response NDEF Record (binary, variable length, optional).
        #[tlv(tag = 0xDF7B)]
        pub service_response_ndef_record: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Fleet Data Container Payload (Common Kernel Only) (manual Table 4.59).
pub mod fleet_data_container_payload_common_kernel_only {
    /// Fleet Data Container Payload (Common Kernel Only): a TLV sequence (manual Table 4.59).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct FleetDataContainerPayloadCommonKernelOnly {
        /// `FF40` Fleet Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFF40)]
        pub fleet_data_container: Option<FleetDataContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF40` Fleet Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct FleetDataContainer {
        /// `DF30` Prompting (binary, variable length, optional).
        #[tlv(tag = 0xDF30)]
        pub prompting: Option<Vec<u8>>,
        /// `DF32` Purchase Restrictions (binary, variable length, optional).
        #[tlv(tag = 0xDF32)]
        pub purchase_restrictions: Option<Vec<u8>>,
        /// `DF33` Tag DF33 (binary, variable length, optional).
        #[tlv(tag = 0xDF33)]
        pub tag_df33: Option<Vec<u8>>,
        /// `DF34` Chip (binary, variable length, optional).
        #[tlv(tag = 0xDF34)]
        pub chip: Option<Vec<u8>>,
        /// `DF35` Chip (binary, variable length, optional).
        #[tlv(tag = 0xDF35)]
        pub chip_2: Option<Vec<u8>>,
        /// `DF36` Relationship Codes (binary, variable length, optional).
        #[tlv(tag = 0xDF36)]
        pub relationship_codes: Option<Vec<u8>>,
        /// `DF37` 3rd Party Reference Data Generation 2 (binary, variable length, optional).
        #[tlv(tag = 0xDF37)]
        pub n_3rd_party_reference_data_generation_2: Option<Vec<u8>>,
        /// `DF38` Loyalty ID (binary, variable length, optional).
        #[tlv(tag = 0xDF38)]
        pub loyalty_id: Option<Vec<u8>>,
        /// `DF39` Purchase Device Sequence Number (binary, variable length, optional).
        #[tlv(tag = 0xDF39)]
        pub purchase_device_sequence_number: Option<Vec<u8>>,
        /// `DF40` Generic Tag (binary, variable length, optional).
        #[tlv(tag = 0xDF40)]
        pub generic_tag: Option<Vec<u8>>,
        /// `DF41` Vehicle/Trailer Number (binary, variable length, optional).
        #[tlv(tag = 0xDF41)]
        pub vehicle_trailer_number: Option<Vec<u8>>,
        /// `DF42` Vehicle Tag (binary, variable length, optional).
        #[tlv(tag = 0xDF42)]
        pub vehicle_tag: Option<Vec<u8>>,
        /// `DF43` Driver ID (binary, variable length, optional).
        #[tlv(tag = 0xDF43)]
        pub driver_id: Option<Vec<u8>>,
        /// `DF44` Driver’s License Number (binary, variable length, optional).
        #[tlv(tag = 0xDF44)]
        pub driver_s_license_number: Option<Vec<u8>>,
        /// `DF45` Driver’s License State/Province Abbreviation (binary, variable length, optional).
        #[tlv(tag = 0xDF45)]
        pub driver_s_license_state_province_abbreviation: Option<Vec<u8>>,
        /// `DF46` Driver’s License Name Abbreviation (binary, variable length, optional).
        #[tlv(tag = 0xDF46)]
        pub driver_s_license_name_abbreviation: Option<Vec<u8>>,
        /// `DF47` Date of Birth (binary, variable length, optional).
        #[tlv(tag = 0xDF47)]
        pub date_of_birth: Option<Vec<u8>>,
        /// `DF48` Zip/Postal Code (binary, variable length, optional).
        #[tlv(tag = 0xDF48)]
        pub zip_postal_code: Option<Vec<u8>>,
        /// `DF52` Trailer Number (binary, variable length, optional).
        #[tlv(tag = 0xDF52)]
        pub trailer_number: Option<Vec<u8>>,
        /// `DF53` Employee Number (binary, variable length, optional).
        #[tlv(tag = 0xDF53)]
        pub employee_number: Option<Vec<u8>>,
        /// `DF54` Work Order / Purchase Order Number (binary, variable length, optional).
        #[tlv(tag = 0xDF54)]
        pub work_order_purchase_order_number: Option<Vec<u8>>,
        /// `DF55` Additional Prompted Data 1 (binary, variable length, optional).
        #[tlv(tag = 0xDF55)]
        pub additional_prompted_data_1: Option<Vec<u8>>,
        /// `DF56` Additional Prompted Data 2 (binary, variable length, optional).
        #[tlv(tag = 0xDF56)]
        pub additional_prompted_data_2: Option<Vec<u8>>,
        /// `DF57` Proprietary Data (binary, variable length, optional).
        #[tlv(tag = 0xDF57)]
        pub proprietary_data: Option<Vec<u8>>,
        /// `9F5A` Tag 9F5A (binary, variable length, optional).
        #[tlv(tag = 0x9F5A)]
        pub tag_9f5a: Option<Vec<u8>>,
        /// `9F0A` ASRPD (binary, variable length, optional).
        #[tlv(tag = 0x9F0A)]
        pub asrpd: Option<Vec<u8>>,
        /// `9F6E` M/C Fleet (binary, variable length, optional).
        #[tlv(tag = 0x9F6E)]
        pub m_c_fleet: Option<Vec<u8>>,
        /// `9F50` Tag 9F50 (binary, variable length, optional).
        #[tlv(tag = 0x9F50)]
        pub tag_9f50: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV Batch Data (DynaPro Format) Type (manual Table 27).
pub mod emv_batch_data_dynapro_format {
    use ::core::fmt;
    /// EMV Batch Data (DynaPro Format) Type (manual Table 27): a 2-byte big-endian length of the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct EmvBatchDataDynaproFormat {
        /// The TLVs.
        pub tlvs: EmvBatchDataDynaproFormatTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvBatchDataDynaproFormat {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            let Some((prefix, rest)) = bytes.split_at_checked(2) else {
                return Err(
                    mms_codec::DecodeError::new(
                        mms_codec::ErrorKind::Truncated {
                            needed: 2,
                            available: bytes.len(),
                        },
                        cx.offset,
                    ),
                );
            };
            let len = prefix.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
            if len > rest.len() {
                return Err(
                    mms_codec::DecodeError::new(
                        mms_codec::ErrorKind::ValueTruncated {
                            declared: len,
                            available: rest.len(),
                        },
                        cx.offset + 2,
                    ),
                );
            }
            let (counted, trailer) = rest.split_at(len);
            let tlvs = <EmvBatchDataDynaproFormatTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx.at(cx.offset + 2),
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. `None` when the TLVs are longer than a 2-byte length can count.
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let tlvs = mms_codec::Contents::to_bytes(&self.tlvs);
            if tlvs.len() > (1usize << 16) - 1 {
                return None;
            }
            let mut out = Vec::with_capacity(2 + tlvs.len() + self.trailer.len());
            let len = tlvs.len().to_be_bytes();
            out.extend_from_slice(&len[len.len() - 2..]);
            out.extend_from_slice(&tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV Batch Data (DynaPro Format) Type (manual Table 27).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct EmvBatchDataDynaproFormatTlvs {
        /// `F9` Container for MAC structure and generic data (TLV, variable length, required).
        #[tlv(tag = 0xF9)]
        pub container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl EmvBatchDataDynaproFormatTlvs {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        ) -> Self {
            EmvBatchDataDynaproFormatTlvs {
                container_for_mac_structure_and_generic_data,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `F9` Container for MAC structure and generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ContainerForMacStructureAndGenericData {
        /// `DFDF54` MAC KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF54)]
        pub mac_ksn: Vec<u8>,
        /// `DFDF55` MAC Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF55)]
        pub mac_encryption_type: u8,
        /// `DFDF25` Device Serial Number (IFD Serial Number) (binary, variable length, required).
        #[tlv(tag = 0xDFDF25)]
        pub device_serial_number_ifd_serial_number: Vec<u8>,
        /// `FA` Container for Generic Data (TLV, variable length, required).
        #[tlv(tag = 0xFA)]
        pub container_for_generic_data: ContainerForGenericData,
        /// `FE` VAS Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFE)]
        pub vas_data_container: Option<
            super::vas_data_container_payload::VasDataContainer,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ContainerForMacStructureAndGenericData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            mac_ksn: Vec<u8>,
            mac_encryption_type: u8,
            device_serial_number_ifd_serial_number: Vec<u8>,
            container_for_generic_data: ContainerForGenericData,
        ) -> Self {
            ContainerForMacStructureAndGenericData {
                mac_ksn,
                mac_encryption_type,
                device_serial_number_ifd_serial_number,
                container_for_generic_data,
                vas_data_container: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `FA` Container for Generic Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ContainerForGenericData {
        /// `F0` Transaction Results (TLV, variable length, required).
        #[tlv(tag = 0xF0)]
        pub transaction_results: TransactionResults,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ContainerForGenericData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(transaction_results: TransactionResults) -> Self {
            ContainerForGenericData {
                transaction_results,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `F0` Transaction Results: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct TransactionResults {
        /// `F1` Container for Status Data (TLV, variable length, required).
        #[tlv(tag = 0xF1)]
        pub container_for_status_data: ContainerForStatusData,
        /// `F8` Container for Encrypted Data (TLV, variable length, required).
        #[tlv(tag = 0xF8)]
        pub container_for_encrypted_data: ContainerForEncryptedData,
        /// `F7` Merchant Data (TLV, variable length, required).
        #[tlv(tag = 0xF7)]
        pub merchant_data: mms_message::TlvList,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl TransactionResults {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            container_for_status_data: ContainerForStatusData,
            container_for_encrypted_data: ContainerForEncryptedData,
            merchant_data: mms_message::TlvList,
        ) -> Self {
            TransactionResults {
                container_for_status_data,
                container_for_encrypted_data,
                merchant_data,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `F1` Container for Status Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ContainerForStatusData {
        /// `DFDF1A` Transaction Status (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF1A)]
        pub transaction_status: TransactionStatus,
        /// `DFDF1B` Additional Transaction Information (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF1B)]
        pub additional_transaction_information: AdditionalTransactionInformation,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ContainerForStatusData {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            transaction_status: TransactionStatus,
            additional_transaction_information: AdditionalTransactionInformation,
        ) -> Self {
            ContainerForStatusData {
                transaction_status,
                additional_transaction_information,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Transaction Status (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum TransactionStatus {
        /// `00`: Accept.
        #[tlv(value = 0x00)]
        Accept,
        /// `01`: Decline.
        #[tlv(value = 0x01)]
        Decline,
        /// `02`: Error.
        #[tlv(value = 0x02)]
        Error,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl TransactionStatus {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Accept => Some("Accept"),
                Self::Decline => Some("Decline"),
                Self::Error => Some("Error"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for TransactionStatus {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Additional Transaction Information (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum AdditionalTransactionInformation {
        /// `00`: No additional information.
        #[tlv(value = 0x00)]
        NoAdditionalInformation,
        /// `31`: EMV Application not selected.
        #[tlv(value = 0x31)]
        EmvApplicationNotSelected,
        /// `32`: Error transaction in progress.
        #[tlv(value = 0x32)]
        ErrorTransactionInProgress,
        /// `33`: Error invalid PSE format.
        #[tlv(value = 0x33)]
        ErrorInvalidPseFormat,
        /// `34`: EMV Terminal application list is empty.
        #[tlv(value = 0x34)]
        EmvTerminalApplicationListIsEmpty,
        /// `35`: Candidate list is empty.
        #[tlv(value = 0x35)]
        CandidateListIsEmpty,
        /// `36`: No transaction.
        #[tlv(value = 0x36)]
        NoTransaction,
        /// `37`: No common EMV applications.
        #[tlv(value = 0x37)]
        NoCommonEmvApplications,
        /// `38`: Transaction canceled.
        #[tlv(value = 0x38)]
        TransactionCanceled,
        /// `39`: Aid parse error.
        #[tlv(value = 0x39)]
        AidParseError,
        /// `3A`: Code table index not found.
        #[tlv(value = 0x3A)]
        CodeTableIndexNotFound,
        /// `3B`: Error no more record.
        #[tlv(value = 0x3B)]
        ErrorNoMoreRecord,
        /// `3C`: EMV e overflow \[sic.\].
        #[tlv(value = 0x3C)]
        EmvEOverflow,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl AdditionalTransactionInformation {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::NoAdditionalInformation => Some("No additional information"),
                Self::EmvApplicationNotSelected => Some("EMV Application not selected"),
                Self::ErrorTransactionInProgress => Some("Error transaction in progress"),
                Self::ErrorInvalidPseFormat => Some("Error invalid PSE format"),
                Self::EmvTerminalApplicationListIsEmpty => {
                    Some("EMV Terminal application list is empty")
                }
                Self::CandidateListIsEmpty => Some("Candidate list is empty"),
                Self::NoTransaction => Some("No transaction"),
                Self::NoCommonEmvApplications => Some("No common EMV applications"),
                Self::TransactionCanceled => Some("Transaction canceled"),
                Self::AidParseError => Some("Aid parse error"),
                Self::CodeTableIndexNotFound => Some("Code table index not found"),
                Self::ErrorNoMoreRecord => Some("Error no more record"),
                Self::EmvEOverflow => Some("EMV e overflow [sic.]"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for AdditionalTransactionInformation {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `F8` Container for Encrypted Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedData {
        /// `DFDF59` Encrypted Data Primitive (binary, variable length, required).
        #[tlv(tag = 0xDFDF59)]
        pub encrypted_data_primitive: Vec<u8>,
        /// `DFDF56` Encrypted Transaction Data KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF56)]
        pub encrypted_transaction_data_ksn: Vec<u8>,
        /// `DFDF57` Encrypted Transaction Data Encryption Type (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF57)]
        pub encrypted_transaction_data_encryption_type: u8,
        /// `DFDF58` Number of padding bytes added to DFDF59 value to force (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF58)]
        pub number_of_padding_bytes_added_to_dfdf59_value_to_force: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (manual Table 28).
pub mod emv_batch_data_dynapro_format_dfdf59_decrypted_contents {
    use super::super::value_sets;
    /// EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (manual Table 28): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvBatchDataDynaproFormatDfdf59DecryptedContents {
        /// The TLVs.
        pub tlvs: EmvBatchDataDynaproFormatDfdf59DecryptedContentsTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvBatchDataDynaproFormatDfdf59DecryptedContents {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvBatchDataDynaproFormatDfdf59DecryptedContentsTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (manual Table 28).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvBatchDataDynaproFormatDfdf59DecryptedContentsTlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: Option<DecryptedDataContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `F2` Container for Batch Data (TLV, variable length, optional).
        #[tlv(tag = 0xF2)]
        pub container_for_batch_data: Option<ContainerForBatchData>,
        /// `F3` Container for Reversal Data (TLV, variable length, optional, default null). Limited to: EMV Contact Only.
        #[tlv(tag = 0xF3)]
        pub container_for_reversal_data: Option<mms_message::TlvList>,
        /// `F4` Container for encrypted MSR data (TLV, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xF4)]
        pub container_for_encrypted_msr_data: Option<ContainerForEncryptedMsrData>,
        /// `FF73` Container for Encrypted MagnePrint Data (TLV, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xFF73)]
        pub container_for_encrypted_magneprint_data: Option<
            ContainerForEncryptedMagneprintData,
        >,
        /// `F5` Container for Encrypted PIN Data (TLV, variable length, optional). Limited to: Touch Only.
        #[tlv(tag = 0xF5)]
        pub container_for_encrypted_pin_data: Option<ContainerForEncryptedPinData>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F2` Container for Batch Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForBatchData {
        /// `DF29` Outcome Parameter Set (binary, 8 bytes, optional).
        ///
        /// Values: byte 1 `10` Approved; byte 1 `20` Declined; byte 1 `30` Online Request; byte 1 `40` End Application; byte 1 `50` Select Next Application; byte 1 `60` Try Another Interface; byte 1 `70` Try Again; byte 1 `F0` N/A; byte 2 `00` Start; byte 2 `10` Start B; byte 2 `20` Start C; byte 2 `30` Start D; byte 2 `F0` N/A; byte 3 `00` EMV Data; byte 3 `10` Any; byte 3 `F0` N/A.
        #[tlv(tag = 0xDF29)]
        pub outcome_parameter_set: Option<[u8; 8]>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F4` Container for encrypted MSR data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedMsrData {
        /// `DFDF36` Encrypted Track 1 Status (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF36)]
        pub encrypted_track_1_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DFDF37` Encrypted Track 1 Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF37)]
        pub encrypted_track_1_data: Option<Vec<u8>>,
        /// `DFDF38` Encrypted Track 2 Status (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF38)]
        pub encrypted_track_2_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DFDF39` Encrypted Track 2 Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF39)]
        pub encrypted_track_2_data: Option<Vec<u8>>,
        /// `DFDF3A` Encrypted Track 3 Status (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3A)]
        pub encrypted_track_3_status: Option<value_sets::EncryptedTrack1Status>,
        /// `DFDF3B` Encrypted Track 3 Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3B)]
        pub encrypted_track_3_data: Option<Vec<u8>>,
        /// `DFDF3C` Encrypted MagnePrint Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3C)]
        pub encrypted_magneprint_data: Option<Vec<u8>>,
        /// `DFDF43` MagnePrint Status Data (binary, 4 bytes, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF43)]
        pub magneprint_status_data: Option<[u8; 4]>,
        /// `DFDF50` MSR KSN Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF50)]
        pub msr_ksn_data: Option<Vec<u8>>,
        /// `DFDF51` MSR Encryption Type (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF51)]
        pub msr_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF73` Container for Encrypted MagnePrint Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedMagneprintData {
        /// `DFDF3C` Encrypted MagnePrint Data (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF3C)]
        pub encrypted_magneprint_data: Option<Vec<u8>>,
        /// `DFDF43` MagnePrint Status Data (binary, 4 bytes, optional). Limited to: MSR Only.
        ///
        /// Bits: `00000001` MagnePrint Capable Flag; `0000000E` Mode; `0000FFF0` ASIC Revision; `00010000` Reserved; `00020000` Reserved; `00040000` Swipe too slow; `00080000` Swipe too fast; `00100000` Reserved; `00200000` Card swipe direction; `FFC00000` Reserved.
        #[tlv(tag = 0xDFDF43)]
        pub magneprint_status_data: Option<value_sets::MagneprintStatusData>,
        /// `DFDF50` MSR KSN Data Key Serial Number for the key (binary, variable length, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF50)]
        pub msr_ksn_data_key_serial_number_for_the_key: Option<Vec<u8>>,
        /// `DFDF51` MSR Encryption Type (binary, 1 byte, optional). Limited to: MSR Only.
        #[tlv(tag = 0xDFDF51)]
        pub msr_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F5` Container for Encrypted PIN Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedPinData {
        /// `DF71` PIN Block Format (binary, 1 byte, optional). Limited to: Touch Only.
        #[tlv(tag = 0xDF71)]
        pub pin_block_format: Option<value_sets::PinBlockFormat>,
        /// `99` Encrypted PIN Data (binary, 8 bytes, optional). Limited to: Touch Only.
        #[tlv(tag = 0x99)]
        pub encrypted_pin_data: Option<[u8; 8]>,
        /// `DFDF41` PIN KSN Data (binary, variable length, optional). Limited to: Touch Only.
        #[tlv(tag = 0xDFDF41)]
        pub pin_ksn_data: Option<Vec<u8>>,
        /// `DFDF42` PIN Encryption Type (binary, 1 byte, optional). Limited to: Touch Only.
        #[tlv(tag = 0xDFDF42)]
        pub pin_encryption_type: Option<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (manual Table 29).
pub mod emv_batch_data_dynapro_format_dfdf59_decrypted_contents_2 {
    /// EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (manual Table 29): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvBatchDataDynaproFormatDfdf59DecryptedContents2 {
        /// The TLVs.
        pub tlvs: EmvBatchDataDynaproFormatDfdf59DecryptedContents2Tlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EmvBatchDataDynaproFormatDfdf59DecryptedContents2 {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xFC)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EmvBatchDataDynaproFormatDfdf59DecryptedContents2Tlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of EMV Batch Data (DynaPro Format) DFDF59 Decrypted Contents (manual Table 29).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvBatchDataDynaproFormatDfdf59DecryptedContents2Tlvs {
        /// `FC` Decrypted Data Container (TLV, variable length, optional).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: Option<DecryptedDataContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `F2` Container for Batch Data (TLV, variable length, optional).
        #[tlv(tag = 0xF2)]
        pub container_for_batch_data: Option<mms_message::TlvList>,
        /// `F3` Container for Reversal Data (TLV, variable length, optional, default null).
        #[tlv(tag = 0xF3)]
        pub container_for_reversal_data: Option<mms_message::TlvList>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV Configuration CA Keys File Type (manual Table 41).
pub mod emv_configuration_ca_keys_file {
    /// EMV Configuration CA Keys File Type: a TLV sequence (manual Table 41).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvConfigurationCaKeysFile {
        /// `DFDF79` Registered Application ID (RID) (binary, 5 bytes, required).
        #[tlv(tag = 0xDFDF79)]
        pub registered_application_id_rid: [u8; 5],
        /// `DFDF7A` CA Public Key Index (binary, 1 byte, required).
        #[tlv(tag = 0xDFDF7A)]
        pub ca_public_key_index: u8,
        /// `DFDF7B` CA (binary, variable length, required).
        #[tlv(tag = 0xDFDF7B)]
        pub ca: Vec<u8>,
        /// `DFDF7C` CA Public Key Exponent (binary, length 1|3, required).
        #[tlv(tag = 0xDFDF7C)]
        pub ca_public_key_exponent: Vec<u8>,
        /// `DFDF7D` CA Public Key Checksum (binary, 20 bytes, required).
        #[tlv(tag = 0xDFDF7D)]
        pub ca_public_key_checksum: [u8; 20],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Mastercard MCL Entry Point Table (manual Table 34).
pub mod mastercard_mcl_entry_point_table {
    /// Mastercard MCL Entry Point Table: a TLV sequence (manual Table 34).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct MastercardMclEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `02` MasterCard Contactless (MCL); byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F40` Additional Terminal Capabilities (binary, 5 bytes, required).
        #[tlv(tag = 0x9F40)]
        pub additional_terminal_capabilities: [u8; 5],
        /// `9F7E` Mobile Support Indicator (binary, 1 byte, required).
        #[tlv(tag = 0x9F7E)]
        pub mobile_support_indicator: u8,
        /// `DF0C` Kernel ID (binary, 1 byte, required).
        #[tlv(tag = 0xDF0C)]
        pub kernel_id: u8,
        /// `DF1B` Kernel Configuration (binary, 1 byte, required).
        ///
        /// Bits: `80` MSD Mode Not Supported; `40` EMV Mode contactless transaction not supported (Always set to 0); `20` On-Device-CVM Supported; `10` Relay Resistance Protocol Supported; `0F` Reserved for future use.
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration: KernelConfiguration,
        /// `DF2D` Message Hold Time (100 of ms) (binary, 3 bytes, required).
        #[tlv(tag = 0xDF2D)]
        pub message_hold_time_100_of_ms: [u8; 3],
        /// `9F6D` Magnetic Stripe Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F6D)]
        pub magnetic_stripe_application_version_number: [u8; 2],
        /// `DF1A` Magnetic Stripe Default UDOL (binary, 3 bytes, required).
        #[tlv(tag = 0xDF1A)]
        pub magnetic_stripe_default_udol: [u8; 3],
        /// `DF1E` CVM Capability - CVM Required (binary, 1 byte, required).
        ///
        /// Bits: `F0` CVM; `0F` Reserved for future use.
        #[tlv(tag = 0xDF1E)]
        pub cvm_capability_cvm_required: CvmCapabilityCvmRequired,
        /// `DF2C` CVM Capability - No (binary, 1 byte, required).
        ///
        /// Bits: `F0` CVM; `0F` Reserved for future use.
        #[tlv(tag = 0xDF2C)]
        pub cvm_capability_no: CvmCapabilityCvmRequired,
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `DF03` Security Capabilities (binary, 1 byte, required).
        ///
        /// Bits: `80` SDA; `40` DDA; `20` Card Capture; `10` Reserved for future use; `08` CDA; `07` Reserved for future use.
        #[tlv(tag = 0xDF03)]
        pub security_capabilities: SecurityCapabilities,
        /// `DF17` Card Data Input Capabilities (binary, 1 byte, required).
        ///
        /// Bits: `80` Manual Key Entry; `40` MSR; `20` ICC; `1F` Reserved for future use.
        #[tlv(tag = 0xDF17)]
        pub card_data_input_capabilities: CardDataInputCapabilities,
        /// `DF18` CVM Capability - CVM Required (binary, 1 byte, required).
        ///
        /// Bits: `80` Offline Plaintext PIN; `40` Enciphered Online PIN; `20` Signature; `10` Enciphered Offline PIN; `08` No CVM; `07` Reserved for future use.
        #[tlv(tag = 0xDF18)]
        pub cvm_capability_cvm_required_2: CvmCapabilityCvmRequired2,
        /// `DF19` CVM Capability - No (binary, 1 byte, required).
        ///
        /// Bits: `80` Offline Plaintext PIN; `40` Enciphered Online PIN; `20` Signature; `10` Enciphered Offline PIN; `08` No CVM; `07` Reserved for future use.
        #[tlv(tag = 0xDF19)]
        pub cvm_capability_no_2: CvmCapabilityCvmRequired2,
        /// `DF1C` Max Lifetime Torn Transaction(s) (binary, 2 bytes, required).
        #[tlv(tag = 0xDF1C)]
        pub max_lifetime_torn_transaction_s: [u8; 2],
        /// `DF1D` Max Number Torn Transaction (binary, 1 byte, required).
        #[tlv(tag = 0xDF1D)]
        pub max_number_torn_transaction: u8,
        /// `DF20` Terminal Action Code - Default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF20)]
        pub terminal_action_code_default: [u8; 5],
        /// `DF21` Terminal Action Code - Denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF21)]
        pub terminal_action_code_denial: [u8; 5],
        /// `DF22` Terminal Action Code - Online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF22)]
        pub terminal_action_code_online: [u8; 5],
        /// `DF04` Balance Read Before GenAC (binary, 0 bytes, required).
        #[tlv(tag = 0xDF04)]
        pub balance_read_before_genac: Vec<u8>,
        /// `DF05` Balance Read After GenAC (binary, 0 bytes, required).
        #[tlv(tag = 0xDF05)]
        pub balance_read_after_genac: Vec<u8>,
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (No On-Device CVM) (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit_no_on_device_cvm: [u8; 6],
        /// `DF25` Reader Contactless Transaction Limit (On-Device CVM) (binary, 6 bytes, required).
        #[tlv(tag = 0xDF25)]
        pub reader_contactless_transaction_limit_on_device_cvm: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// `DF27` Timeout (binary, 2 bytes, required).
        #[tlv(tag = 0xDF27)]
        pub timeout: u16,
        /// `DF30` Hold time value before field off (100 of ms) (binary, 1 byte, required).
        #[tlv(tag = 0xDF30)]
        pub hold_time_value_before_field_off_100_of_ms: u8,
        /// `DF32` Minimum Relay Resistance Grace Period (100 of micro sec) (binary, 2 bytes, required).
        #[tlv(tag = 0xDF32)]
        pub minimum_relay_resistance_grace_period_100_of_micro_sec: [u8; 2],
        /// `DF33` Maximum Relay Resistance Grace Period (100 of micro seconds) (binary, 2 bytes, required).
        #[tlv(tag = 0xDF33)]
        pub maximum_relay_resistance_grace_period_100_of_micro_seconds: u16,
        /// `DF34` Terminal Expected Transmission Time for Relay Resistance C-APDU (binary, 2 bytes, required).
        #[tlv(tag = 0xDF34)]
        pub terminal_expected_transmission_time_for_relay_resistance_c: [u8; 2],
        /// `DF35` Terminal Expected Transmission Time for Relay Resistance R-APDU (binary, 2 bytes, required).
        #[tlv(tag = 0xDF35)]
        pub terminal_expected_transmission_time_for_relay_resistance_r: [u8; 2],
        /// `DF36` Relay Resistance Accuracy Threshold (100 of micro seconds) (binary, 2 bytes, required).
        #[tlv(tag = 0xDF36)]
        pub relay_resistance_accuracy_threshold_100_of_micro_seconds: u16,
        /// `DF37` Relay Resistance Transmission Time Mismatch Threshold (%) (binary, 1 byte, required).
        #[tlv(tag = 0xDF37)]
        pub relay_resistance_transmission_time_mismatch_threshold: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration (a bit set: bits the spec does not name are kept).
        pub struct KernelConfiguration(u8) {
            /// `80` (bit): MSD Mode Not Supported.
            const MSD_MODE_NOT_SUPPORTED = 0x80, "MSD Mode Not Supported";
            /// `40` (bit): EMV Mode contactless transaction not supported (Always set to 0).
            const EMV_MODE_CONTACTLESS_TRANSACTION_NOT_SUPPORTED_ALWAYS_SET_TO_0 = 0x40, "EMV Mode contactless transaction not supported (Always set to 0)";
            /// `20` (bit): On-Device-CVM Supported.
            const ON_DEVICE_CVM_SUPPORTED = 0x20, "On-Device-CVM Supported";
            /// `10` (bit): Relay Resistance Protocol Supported.
            const RELAY_RESISTANCE_PROTOCOL_SUPPORTED = 0x10, "Relay Resistance Protocol Supported";
        }
    }
    mms_message::bit_set! {
        /// Bits of CVM Capability - CVM Required (a bit set: bits the spec does not name are kept).
        pub struct CvmCapabilityCvmRequired(u8) {
            /// `F0` (bits): CVM.
            const CVM = 0xF0, "CVM";
        }
    }
    mms_message::bit_set! {
        /// Bits of Security Capabilities (a bit set: bits the spec does not name are kept).
        pub struct SecurityCapabilities(u8) {
            /// `80` (bit): SDA.
            const SDA = 0x80, "SDA";
            /// `40` (bit): DDA.
            const DDA = 0x40, "DDA";
            /// `20` (bit): Card Capture.
            const CARD_CAPTURE = 0x20, "Card Capture";
            /// `08` (bit): CDA.
            const CDA = 0x08, "CDA";
        }
    }
    mms_message::bit_set! {
        /// Bits of Card Data Input Capabilities (a bit set: bits the spec does not name are kept).
        pub struct CardDataInputCapabilities(u8) {
            /// `80` (bit): Manual Key Entry.
            const MANUAL_KEY_ENTRY = 0x80, "Manual Key Entry";
            /// `40` (bit): MSR.
            const MSR = 0x40, "MSR";
            /// `20` (bit): ICC.
            const ICC = 0x20, "ICC";
        }
    }
    mms_message::bit_set! {
        /// Bits of CVM Capability - CVM Required (a bit set: bits the spec does not name are kept).
        pub struct CvmCapabilityCvmRequired2(u8) {
            /// `80` (bit): Offline Plaintext PIN.
            const OFFLINE_PLAINTEXT_PIN = 0x80, "Offline Plaintext PIN";
            /// `40` (bit): Enciphered Online PIN.
            const ENCIPHERED_ONLINE_PIN = 0x40, "Enciphered Online PIN";
            /// `20` (bit): Signature.
            const SIGNATURE = 0x20, "Signature";
            /// `10` (bit): Enciphered Offline PIN.
            const ENCIPHERED_OFFLINE_PIN = 0x10, "Enciphered Offline PIN";
            /// `08` (bit): No CVM.
            const NO_CVM = 0x08, "No CVM";
        }
    }
}
/// Visa payWave Entry Point Table (manual Table 35).
pub mod visa_paywave_entry_point_table {
    use super::super::value_sets;
    /// Visa payWave Entry Point Table: a TLV sequence (manual Table 35).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct VisaPaywaveEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl VisaPaywaveEntryPointTable {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(aid_delimiter_container: AidDelimiterContainer) -> Self {
            VisaPaywaveEntryPointTable {
                aid_delimiter_container,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `03` Visa payWave; byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl AidDelimiterContainer {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            kernel_id_processing_slot_transaction_type: [u8; 3],
            payload_delimiter_container: PayloadDelimiterContainer,
        ) -> Self {
            AidDelimiterContainer {
                kernel_id_processing_slot_transaction_type,
                payload_delimiter_container,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F33` Terminal Capabilities (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capabilities: [u8; 3],
        /// `9F40` Additional Terminal Capabilities (binary, 5 bytes, required).
        #[tlv(tag = 0x9F40)]
        pub additional_terminal_capabilities: [u8; 5],
        /// `9F66` Terminal Transaction Qualifier (binary, 4 bytes, required).
        #[tlv(tag = 0x9F66)]
        pub terminal_transaction_qualifier: [u8; 4],
        /// `DF1B` Kernel Configuration (binary, 3 bytes, required).
        ///
        /// Bits: `800000` CVN17 fallback to MSD legacy (Not supported); `400000` Enable MSD and CVN17 (Not supported); `200000` MSD Formatting Track 2 Data (Not supported); `100000` MSD Formatting Track 1 Data (Not supported); `0C0000` Reserved for future use; `020000` Force Online; `010000` UL2 \#23 Errata S.79/5.80 Performed; `008000` DRL Set; `004000` TVR not reset; `002000` TSI not reset; `001F00` Reserved for future use.
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration: KernelConfiguration,
        /// `DF2D` Message Hold Time (100 of ms) (binary, 3 bytes, required).
        #[tlv(tag = 0xDF2D)]
        pub message_hold_time_100_of_ms: [u8; 3],
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `DF30` Bitmap Entry Point (binary, 1 byte, required).
        ///
        /// Bits: `80` Status Check Support Flag; `40` Zero Amount Allowed Flag; `20` Reader Contactless Transaction Limit; `10` Reader Contactless Floor Limit; `08` Reader CVM Required Limit; `07` Reserved for future use.
        #[tlv(tag = 0xDF30)]
        pub bitmap_entry_point: value_sets::BitmapEntryPoint,
        /// `DF32` Status Zero Amount Allowed Flag (binary, 1 byte, required).
        #[tlv(tag = 0xDF32)]
        pub status_zero_amount_allowed_flag: value_sets::StatusZeroAmountAllowedFlag,
        /// `9F1B` Terminal Floor Limit (binary, 4 bytes, required).
        #[tlv(tag = 0x9F1B)]
        pub terminal_floor_limit: [u8; 4],
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration (a bit set: bits the spec does not name are kept).
        pub struct KernelConfiguration(u32, 3 bytes) {
            /// `800000` (bit): CVN17 fallback to MSD legacy (Not supported).
            const CVN17_FALLBACK_TO_MSD_LEGACY_NOT_SUPPORTED = 0x800000, "CVN17 fallback to MSD legacy (Not supported)";
            /// `400000` (bit): Enable MSD and CVN17 (Not supported).
            const ENABLE_MSD_AND_CVN17_NOT_SUPPORTED = 0x400000, "Enable MSD and CVN17 (Not supported)";
            /// `200000` (bit): MSD Formatting Track 2 Data (Not supported).
            const MSD_FORMATTING_TRACK_2_DATA_NOT_SUPPORTED = 0x200000, "MSD Formatting Track 2 Data (Not supported)";
            /// `100000` (bit): MSD Formatting Track 1 Data (Not supported).
            const MSD_FORMATTING_TRACK_1_DATA_NOT_SUPPORTED = 0x100000, "MSD Formatting Track 1 Data (Not supported)";
            /// `020000` (bit): Force Online.
            const FORCE_ONLINE = 0x020000, "Force Online";
            /// `010000` (bit): UL2 \#23 Errata S.79/5.80 Performed.
            const UL2_23_ERRATA_S_79_5_80_PERFORMED = 0x010000, "UL2 #23 Errata S.79/5.80 Performed";
            /// `008000` (bit): DRL Set.
            const DRL_SET = 0x008000, "DRL Set";
            /// `004000` (bit): TVR not reset.
            const TVR_NOT_RESET = 0x004000, "TVR not reset";
            /// `002000` (bit): TSI not reset.
            const TSI_NOT_RESET = 0x002000, "TSI not reset";
        }
    }
}
/// American Express Expresspay Entry Point Table (manual Table 36).
pub mod american_express_expresspay_entry_point_table {
    use super::super::value_sets;
    /// American Express Expresspay Entry Point Table: a TLV sequence (manual Table 36).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct AmericanExpressExpresspayEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl AmericanExpressExpresspayEntryPointTable {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(aid_delimiter_container: AidDelimiterContainer) -> Self {
            AmericanExpressExpresspayEntryPointTable {
                aid_delimiter_container,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `04` Expresspay; byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl AidDelimiterContainer {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            kernel_id_processing_slot_transaction_type: [u8; 3],
            payload_delimiter_container: PayloadDelimiterContainer,
        ) -> Self {
            AidDelimiterContainer {
                kernel_id_processing_slot_transaction_type,
                payload_delimiter_container,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F33` Terminal Capabilities (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capabilities: [u8; 3],
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F40` Additional Terminal Capabilities (binary, 5 bytes, required).
        #[tlv(tag = 0x9F40)]
        pub additional_terminal_capabilities: [u8; 5],
        /// `9F6D` Contactless Reader Capability (binary, 1 byte, required).
        ///
        /// Bits: `C0` Expresspay Version; `3F` Reserved, not to be configured.
        #[tlv(tag = 0x9F6D)]
        pub contactless_reader_capability: ContactlessReaderCapability,
        /// `DF1B` Kernel Configuration (binary, 6 bytes, required).
        ///
        /// Bits: `FF0000000000` Seed for UN for MSD mode; `008000000000` DRL Set; `004000000000` EMVCo Entry Point; `002000000000` Use TAC and IAC; `001000000000` Not EMV Consistency Check; `000800000000` Patch ODA Applied; `000400000000` Consistency Check as per EMV; `000200000000` Delay authorization; `000100000000` Unable to go online support; `0000FF000000` Hold Time for See Phone cases; `000000FF0000` No holding time on Approve and Decline; `000000008000` XP 3.0 activated; `000000004000` Start D managed in EMV Mode; `000000002000` Disable Discretionary Data; `000000001000` Display delayed message; `000000000800` Check CDOL2 Presence.
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration: KernelConfiguration,
        /// `DF27` Timeout (binary, 1 byte, required).
        #[tlv(tag = 0xDF27)]
        pub timeout: u8,
        /// `DF2D` Message Hold Time (100 of ms) (binary, 3 bytes, required).
        #[tlv(tag = 0xDF2D)]
        pub message_hold_time_100_of_ms: [u8; 3],
        /// `DF30` Bitmap Entry Point (binary, 1 byte, required).
        ///
        /// Bits: `80` Status Check Support Flag; `40` Zero Amount Allowed Flag; `20` Reader Contactless Transaction Limit; `10` Reader Contactless Floor Limit; `08` Reader CVM Required Limit; `07` Reserved for future use.
        #[tlv(tag = 0xDF30)]
        pub bitmap_entry_point: value_sets::BitmapEntryPoint,
        /// `DF32` Status Zero Amount Allowed (binary, 1 byte, required).
        #[tlv(tag = 0xDF32)]
        pub status_zero_amount_allowed: value_sets::StatusZeroAmountAllowedFlag,
        /// `DF20` Terminal Action Code - Default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF20)]
        pub terminal_action_code_default: [u8; 5],
        /// `DF21` Terminal Action Code - Denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF21)]
        pub terminal_action_code_denial: [u8; 5],
        /// `DF22` Terminal Action Code - Online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF22)]
        pub terminal_action_code_online: [u8; 5],
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Contactless Reader Capability (a bit set: bits the spec does not name are kept).
        pub struct ContactlessReaderCapability(u8) {
            /// `C0` (bits): Expresspay Version.
            const EXPRESSPAY_VERSION = 0xC0, "Expresspay Version";
        }
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration (a bit set: bits the spec does not name are kept).
        pub struct KernelConfiguration(u64, 6 bytes) {
            /// `FF0000000000` (bits): Seed for UN for MSD mode.
            const SEED_FOR_UN_FOR_MSD_MODE = 0xFF0000000000, "Seed for UN for MSD mode";
            /// `008000000000` (bit): DRL Set.
            const DRL_SET = 0x008000000000, "DRL Set";
            /// `004000000000` (bit): EMVCo Entry Point.
            const EMV_CO_ENTRY_POINT = 0x004000000000, "EMVCo Entry Point";
            /// `002000000000` (bit): Use TAC and IAC.
            const USE_TAC_AND_IAC = 0x002000000000, "Use TAC and IAC";
            /// `001000000000` (bit): Not EMV Consistency Check.
            const NOT_EMV_CONSISTENCY_CHECK = 0x001000000000, "Not EMV Consistency Check";
            /// `000800000000` (bit): Patch ODA Applied.
            const PATCH_ODA_APPLIED = 0x000800000000, "Patch ODA Applied";
            /// `000400000000` (bit): Consistency Check as per EMV.
            const CONSISTENCY_CHECK_AS_PER_EMV = 0x000400000000, "Consistency Check as per EMV";
            /// `000200000000` (bit): Delay authorization.
            const DELAY_AUTHORIZATION = 0x000200000000, "Delay authorization";
            /// `000100000000` (bit): Unable to go online support.
            const UNABLE_TO_GO_ONLINE_SUPPORT = 0x000100000000, "Unable to go online support";
            /// `0000FF000000` (bits): Hold Time for See Phone cases.
            const HOLD_TIME_FOR_SEE_PHONE_CASES = 0x0000FF000000, "Hold Time for See Phone cases";
            /// `000000FF0000` (bits): No holding time on Approve and Decline.
            const NO_HOLDING_TIME_ON_APPROVE_AND_DECLINE = 0x000000FF0000, "No holding time on Approve and Decline";
            /// `000000008000` (bit): XP 3.0 activated.
            const XP_3_0_ACTIVATED = 0x000000008000, "XP 3.0 activated";
            /// `000000004000` (bit): Start D managed in EMV Mode.
            const START_D_MANAGED_IN_EMV_MODE = 0x000000004000, "Start D managed in EMV Mode";
            /// `000000002000` (bit): Disable Discretionary Data.
            const DISABLE_DISCRETIONARY_DATA = 0x000000002000, "Disable Discretionary Data";
            /// `000000001000` (bit): Display delayed message.
            const DISPLAY_DELAYED_MESSAGE = 0x000000001000, "Display delayed message";
            /// `000000000800` (bit): Check CDOL2 Presence.
            const CHECK_CDOL2_PRESENCE = 0x000000000800, "Check CDOL2 Presence";
            /// `000000000400` (bit): CVM Mobile Supported.
            const CVM_MOBILE_SUPPORTED = 0x000000000400, "CVM Mobile Supported";
            /// `000000000200` (bit): Terminal exempt of No CVM checks.
            const TERMINAL_EXEMPT_OF_NO_CVM_CHECKS = 0x000000000200, "Terminal exempt of No CVM checks";
            /// `000000000100` (bit): Transit Terminal.
            const TRANSIT_TERMINAL = 0x000000000100, "Transit Terminal";
            /// `000000000080` (bit): Display PROCESSING Message.
            const DISPLAY_PROCESSING_MESSAGE = 0x000000000080, "Display PROCESSING Message";
            /// `000000000040` (bit): Only EMV Mode.
            const ONLY_EMV_MODE = 0x000000000040, "Only EMV Mode";
            /// `000000000007` (bits): C-4 Kernel Version.
            const C_4_KERNEL_VERSION = 0x000000000007, "C-4 Kernel Version";
        }
    }
}
/// Discover D-PAS Entry Point Table (manual Table 37).
pub mod discover_d_pas_entry_point_table {
    use super::super::value_sets;
    /// Discover D-PAS Entry Point Table: a TLV sequence (manual Table 37).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct DiscoverDPasEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl DiscoverDPasEntryPointTable {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(aid_delimiter_container: AidDelimiterContainer) -> Self {
            DiscoverDPasEntryPointTable {
                aid_delimiter_container,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `06` Discover D-PAS; byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl AidDelimiterContainer {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(
            kernel_id_processing_slot_transaction_type: [u8; 3],
            payload_delimiter_container: PayloadDelimiterContainer,
        ) -> Self {
            AidDelimiterContainer {
                kernel_id_processing_slot_transaction_type,
                payload_delimiter_container,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F33` Terminal Capabilities (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capabilities: [u8; 3],
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F66` Terminal Transaction Qualifier (binary, 4 bytes, required).
        #[tlv(tag = 0x9F66)]
        pub terminal_transaction_qualifier: [u8; 4],
        /// `DF1B` Kernel Configuration (binary, length 1|2, required).
        ///
        /// Bits: `8000` Exception List Supported; `4000` Check PID Limit; `2000` Extended Selection Support; `1000` RFU; `0800` Kernel Supports Do Not Fix Track; `0400` Online PIN allowed after going online; `0300` Reserved for future use; `00E0` RFU; `0010` Deferred Authorization; `0008` Data Storage Supported (MagTek internal); `0004` Torn Transaction Supported (MagTek internal); `0002` Extended Logging Supported (MagTek internal); `0001` Do Not Display Processing Message (MagTek internal).
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration: KernelConfiguration,
        /// `DF30` Bitmap Entry Point (binary, 1 byte, required).
        ///
        /// Bits: `80` Status Check Support Flag; `40` Zero Amount Allowed Flag; `20` Reader Contactless Transaction Limit; `10` Reader Contactless Floor Limit; `08` Reader CVM Required Limit; `07` Reserved for future use.
        #[tlv(tag = 0xDF30)]
        pub bitmap_entry_point: value_sets::BitmapEntryPoint,
        /// `DF32` Status Zero Amount Allowed Flag (binary, 1 byte, required).
        #[tlv(tag = 0xDF32)]
        pub status_zero_amount_allowed_flag: value_sets::StatusZeroAmountAllowedFlag,
        /// `9F1B` Terminal Floor Limit (binary, 4 bytes, required).
        #[tlv(tag = 0x9F1B)]
        pub terminal_floor_limit: [u8; 4],
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration (a bit set: bits the spec does not name are kept).
        pub struct KernelConfiguration(u16, 1..=2 bytes) {
            /// `8000` (bit): Exception List Supported.
            const EXCEPTION_LIST_SUPPORTED = 0x8000, "Exception List Supported";
            /// `4000` (bit): Check PID Limit.
            const CHECK_PID_LIMIT = 0x4000, "Check PID Limit";
            /// `2000` (bit): Extended Selection Support.
            const EXTENDED_SELECTION_SUPPORT = 0x2000, "Extended Selection Support";
            /// `0800` (bit): Kernel Supports Do Not Fix Track.
            const KERNEL_SUPPORTS_DO_NOT_FIX_TRACK = 0x0800, "Kernel Supports Do Not Fix Track";
            /// `0400` (bit): Online PIN allowed after going online.
            const ONLINE_PIN_ALLOWED_AFTER_GOING_ONLINE = 0x0400, "Online PIN allowed after going online";
            /// `0010` (bit): Deferred Authorization.
            const DEFERRED_AUTHORIZATION = 0x0010, "Deferred Authorization";
            /// `0008` (bit): Data Storage Supported (MagTek internal).
            const DATA_STORAGE_SUPPORTED_MAG_TEK_INTERNAL = 0x0008, "Data Storage Supported (MagTek internal)";
            /// `0004` (bit): Torn Transaction Supported (MagTek internal).
            const TORN_TRANSACTION_SUPPORTED_MAG_TEK_INTERNAL = 0x0004, "Torn Transaction Supported (MagTek internal)";
            /// `0002` (bit): Extended Logging Supported (MagTek internal).
            const EXTENDED_LOGGING_SUPPORTED_MAG_TEK_INTERNAL = 0x0002, "Extended Logging Supported (MagTek internal)";
            /// `0001` (bit): Do Not Display Processing Message (MagTek internal).
            const DO_NOT_DISPLAY_PROCESSING_MESSAGE_MAG_TEK_INTERNAL = 0x0001, "Do Not Display Processing Message (MagTek internal)";
        }
    }
}
/// China Unionpay Entry Point Table (manual Table 38).
pub mod china_unionpay_entry_point_table {
    use super::super::value_sets;
    /// China Unionpay Entry Point Table: a TLV sequence (manual Table 38).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ChinaUnionpayEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// `9F1B` Terminal Floor Limit (binary, 4 bytes, required).
        #[tlv(tag = 0x9F1B)]
        pub terminal_floor_limit: [u8; 4],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `07` China Unionpay; byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F33` Terminal Capabilities (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capabilities: [u8; 3],
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F66` Terminal Transaction Qualifier (binary, 4 bytes, required).
        #[tlv(tag = 0x9F66)]
        pub terminal_transaction_qualifier: [u8; 4],
        /// `DF1B` Kernel Configuration Byte1 (binary, 2 bytes, required).
        ///
        /// Bits: `FE00` RFU; `0100` Display PROCESSING Message; `0080` C7 Outcome; `0040` TVR Not Reset; `0020` 9F27 Always Raised; `0010` Not Forced Online; `0008` Standard UICS DT/CT Application Flow Supported; `0004` Always DD; `0002` Not Decline On Transit Debit AID ONLINE PIN Case; `0001` Transit Terminal.
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration_byte1: KernelConfigurationByte1,
        /// `DF20` Terminal Action Code - Default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF20)]
        pub terminal_action_code_default: [u8; 5],
        /// `DF21` Terminal Action Code - Denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF21)]
        pub terminal_action_code_denial: [u8; 5],
        /// `DF22` Terminal Action Code - Online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF22)]
        pub terminal_action_code_online: [u8; 5],
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// `DF30` Bitmap Entry Point (binary, 1 byte, required).
        ///
        /// Bits: `80` Status Check Support Flag; `40` Zero Amount Allowed Flag; `20` Reader Contactless Transaction Limit; `10` Reader Contactless Floor Limit; `08` Reader CVM Required Limit; `07` Reserved for future use.
        #[tlv(tag = 0xDF30)]
        pub bitmap_entry_point: value_sets::BitmapEntryPoint,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration Byte1 (a bit set: bits the spec does not name are kept).
        pub struct KernelConfigurationByte1(u16) {
            /// `0100` (bit): Display PROCESSING Message.
            const DISPLAY_PROCESSING_MESSAGE = 0x0100, "Display PROCESSING Message";
            /// `0080` (bit): C7 Outcome.
            const C7_OUTCOME = 0x0080, "C7 Outcome";
            /// `0040` (bit): TVR Not Reset.
            const TVR_NOT_RESET = 0x0040, "TVR Not Reset";
            /// `0020` (bit): 9F27 Always Raised.
            const BIT_9F27_ALWAYS_RAISED = 0x0020, "9F27 Always Raised";
            /// `0010` (bit): Not Forced Online.
            const NOT_FORCED_ONLINE = 0x0010, "Not Forced Online";
            /// `0008` (bit): Standard UICS DT/CT Application Flow Supported.
            const STANDARD_UICS_DT_CT_APPLICATION_FLOW_SUPPORTED = 0x0008, "Standard UICS DT/CT Application Flow Supported";
            /// `0004` (bit): Always DD.
            const ALWAYS_DD = 0x0004, "Always DD";
            /// `0002` (bit): Not Decline On Transit Debit AID ONLINE PIN Case.
            const NOT_DECLINE_ON_TRANSIT_DEBIT_AID_ONLINE_PIN_CASE = 0x0002, "Not Decline On Transit Debit AID ONLINE PIN Case";
            /// `0001` (bit): Transit Terminal.
            const TRANSIT_TERMINAL = 0x0001, "Transit Terminal";
        }
    }
}
/// JCB Entry Point Table (manual Table 39).
pub mod jcb_entry_point_table {
    /// JCB Entry Point Table: a TLV sequence (manual Table 39).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct JcbEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `05` JCB; byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F01` Acquirer Identifier (binary, 6 bytes, required).
        #[tlv(tag = 0x9F01)]
        pub acquirer_identifier: [u8; 6],
        /// `9F15` Merchant Category Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F15)]
        pub merchant_category_code: [u8; 2],
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F33` Terminal Capability (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capability: [u8; 3],
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F4E` Merchant Name and Location (binary, variable length, required).
        #[tlv(tag = 0x9F4E)]
        pub merchant_name_and_location: Vec<u8>,
        /// `DF1B` Kernel Configuration (binary, 3 bytes, required).
        ///
        /// Bits: `800000` RFU; `400000` Status Check Supported; `200000` ODA Supported; `100000` Exception File Supported; `080000` Random Transaction Selection Supported; `040000` MagStripe Mode Supported; `020000` EMV Mode Supported; `010000` Legacy Mode Supported; `00FF00` RFU; `000080` On Device CVM; `000040` Transit Reader Supported; `000020` Issuer Update Supported; `00001C` RFU; `000002` Do Not Display PROCESSING message; `000001` TVR with Online Pin for Legacy.
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration: KernelConfiguration,
        /// `DF20` Terminal Action Code - Default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF20)]
        pub terminal_action_code_default: [u8; 5],
        /// `DF21` Terminal Action Code - Denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF21)]
        pub terminal_action_code_denial: [u8; 5],
        /// `DF22` Terminal Action Code - Online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF22)]
        pub terminal_action_code_online: [u8; 5],
        /// `DF23` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF23)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF24` Reader Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF24)]
        pub reader_contactless_transaction_limit: [u8; 6],
        /// `DF25` On Device CVM Contactless Transaction Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF25)]
        pub on_device_cvm_contactless_transaction_limit: [u8; 6],
        /// `DF26` Reader CVM Required Limit (binary, 6 bytes, required).
        #[tlv(tag = 0xDF26)]
        pub reader_cvm_required_limit: [u8; 6],
        /// `9F1B` Terminal Floor Limit (binary, 4 bytes, required).
        #[tlv(tag = 0x9F1B)]
        pub terminal_floor_limit: [u8; 4],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration (a bit set: bits the spec does not name are kept).
        pub struct KernelConfiguration(u32, 3 bytes) {
            /// `400000` (bit): Status Check Supported.
            const STATUS_CHECK_SUPPORTED = 0x400000, "Status Check Supported";
            /// `200000` (bit): ODA Supported.
            const ODA_SUPPORTED = 0x200000, "ODA Supported";
            /// `100000` (bit): Exception File Supported.
            const EXCEPTION_FILE_SUPPORTED = 0x100000, "Exception File Supported";
            /// `080000` (bit): Random Transaction Selection Supported.
            const RANDOM_TRANSACTION_SELECTION_SUPPORTED = 0x080000, "Random Transaction Selection Supported";
            /// `040000` (bit): MagStripe Mode Supported.
            const MAG_STRIPE_MODE_SUPPORTED = 0x040000, "MagStripe Mode Supported";
            /// `020000` (bit): EMV Mode Supported.
            const EMV_MODE_SUPPORTED = 0x020000, "EMV Mode Supported";
            /// `010000` (bit): Legacy Mode Supported.
            const LEGACY_MODE_SUPPORTED = 0x010000, "Legacy Mode Supported";
            /// `000080` (bit): On Device CVM.
            const ON_DEVICE_CVM = 0x000080, "On Device CVM";
            /// `000040` (bit): Transit Reader Supported.
            const TRANSIT_READER_SUPPORTED = 0x000040, "Transit Reader Supported";
            /// `000020` (bit): Issuer Update Supported.
            const ISSUER_UPDATE_SUPPORTED = 0x000020, "Issuer Update Supported";
            /// `000002` (bit): Do Not Display PROCESSING message.
            const DO_NOT_DISPLAY_PROCESSING_MESSAGE = 0x000002, "Do Not Display PROCESSING message";
            /// `000001` (bit): TVR with Online Pin for Legacy.
            const TVR_WITH_ONLINE_PIN_FOR_LEGACY = 0x000001, "TVR with Online Pin for Legacy";
        }
    }
}
/// Interac Flash Entry Point Table (manual Table 40).
pub mod interac_flash_entry_point_table {
    /// Interac Flash Entry Point Table: a TLV sequence (manual Table 40).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct InteracFlashEntryPointTable {
        /// `FF35` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF35)]
        pub aid_delimiter_container: AidDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF35` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `DF0E` Kernel ID, Processing Slot, Transaction Type (binary, 3 bytes, required).
        ///
        /// Values: byte 1 `41` Interac Flash; byte 3 `00` Purchase; byte 3 `01` Cash; byte 3 `02` Purchase with cashback; byte 3 `03` Refund.
        #[tlv(tag = 0xDF0E)]
        pub kernel_id_processing_slot_transaction_type: [u8; 3],
        /// `DF0F` Payload Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xDF0F, nested)]
        pub payload_delimiter_container: PayloadDelimiterContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `DF0F` Payload Delimiter Container: a primitive tag whose value is a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct PayloadDelimiterContainer {
        /// `9F09` EMV Application Version Number (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub emv_application_version_number: [u8; 2],
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `9F33` Terminal Capabilities (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capabilities: [u8; 3],
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `9F40` Additional Terminal Capabilities (binary, 5 bytes, required).
        #[tlv(tag = 0x9F40)]
        pub additional_terminal_capabilities: [u8; 5],
        /// `9F58` Merchant Type Indicator (binary, 1 byte, required).
        #[tlv(tag = 0x9F58)]
        pub merchant_type_indicator: u8,
        /// `9F5D` Receipt Limit (binary, 6 bytes, required).
        #[tlv(tag = 0x9F5D)]
        pub receipt_limit: [u8; 6],
        /// `9F5E` Terminal Option Status Byte1 (binary, 2 bytes, required).
        ///
        /// Bits: `8000` Use Interface If Different Currency; `4000` Use Interface If Different Country Code; `2000` Use Interface If Domestic Transaction With Different Currency; `1F00` RFU; `00FF` RFU.
        #[tlv(tag = 0x9F5E)]
        pub terminal_option_status_byte1: TerminalOptionStatusByte1,
        /// `9F5F` Reader Contactless Floor Limit (binary, 6 bytes, required).
        #[tlv(tag = 0x9F5F)]
        pub reader_contactless_floor_limit: [u8; 6],
        /// `DF1B` Kernel Configuration Byte1 (binary, 2 bytes, required).
        ///
        /// Bits: `FF00` Max Retry; `0080` Interac Contact; `0040` Interac on Other Terminal; `0020` Mobile NFC; `0010` Contactless Card; `0008` Legacy Floor Limit; `0004` Always DD; `0002` Terminal v1.4; `0001` Processing Message Disabled.
        #[tlv(tag = 0xDF1B)]
        pub kernel_configuration_byte1: KernelConfigurationByte1,
        /// `DF20` Terminal Action Code - Default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF20)]
        pub terminal_action_code_default: [u8; 5],
        /// `DF21` Terminal Action Code - Denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF21)]
        pub terminal_action_code_denial: [u8; 5],
        /// `DF22` Terminal Action Code - Online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF22)]
        pub terminal_action_code_online: [u8; 5],
        /// `9F1B` Terminal Floor Limit (binary, 4 bytes, required).
        #[tlv(tag = 0x9F1B)]
        pub terminal_floor_limit: [u8; 4],
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    mms_message::bit_set! {
        /// Bits of Terminal Option Status Byte1 (a bit set: bits the spec does not name are kept).
        pub struct TerminalOptionStatusByte1(u16) {
            /// `8000` (bit): Use Interface If Different Currency.
            const USE_INTERFACE_IF_DIFFERENT_CURRENCY = 0x8000, "Use Interface If Different Currency";
            /// `4000` (bit): Use Interface If Different Country Code.
            const USE_INTERFACE_IF_DIFFERENT_COUNTRY_CODE = 0x4000, "Use Interface If Different Country Code";
            /// `2000` (bit): Use Interface If Domestic Transaction With Different Currency.
            const USE_INTERFACE_IF_DOMESTIC_TRANSACTION_WITH_DIFFERENT_CURRENCY = 0x2000, "Use Interface If Domestic Transaction With Different Currency";
        }
    }
    mms_message::bit_set! {
        /// Bits of Kernel Configuration Byte1 (a bit set: bits the spec does not name are kept).
        pub struct KernelConfigurationByte1(u16) {
            /// `FF00` (bits): Max Retry.
            const MAX_RETRY = 0xFF00, "Max Retry";
            /// `0080` (bit): Interac Contact.
            const INTERAC_CONTACT = 0x0080, "Interac Contact";
            /// `0040` (bit): Interac on Other Terminal.
            const INTERAC_ON_OTHER_TERMINAL = 0x0040, "Interac on Other Terminal";
            /// `0020` (bit): Mobile NFC.
            const MOBILE_NFC = 0x0020, "Mobile NFC";
            /// `0010` (bit): Contactless Card.
            const CONTACTLESS_CARD = 0x0010, "Contactless Card";
            /// `0008` (bit): Legacy Floor Limit.
            const LEGACY_FLOOR_LIMIT = 0x0008, "Legacy Floor Limit";
            /// `0004` (bit): Always DD.
            const ALWAYS_DD = 0x0004, "Always DD";
            /// `0002` (bit): Terminal v1.4.
            const TERMINAL_V1_4 = 0x0002, "Terminal v1.4";
            /// `0001` (bit): Processing Message Disabled.
            const PROCESSING_MESSAGE_DISABLED = 0x0001, "Processing Message Disabled";
        }
    }
}
/// EMV Configuration Processing File Type (manual Table 32).
pub mod emv_configuration_processing_file {
    /// EMV Configuration Processing File Type: a TLV sequence (manual Table 32).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvConfigurationProcessingFile {
        /// Raw bytes: File Type Version (1 byte).
        #[tlv(raw)]
        pub file_type_version: u8,
        /// Raw bytes: SHA-1 Hash 20-byte hash of all (20 bytes).
        #[tlv(raw)]
        pub sha_1_hash_20_byte_hash_of_all: [u8; 20],
        /// `FF33` AID Delimiter Container (TLV, variable length, required).
        #[tlv(tag = 0xFF33)]
        pub aid_delimiter_container: Vec<AidDelimiterContainer>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FF33` AID Delimiter Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct AidDelimiterContainer {
        /// `9F01` Payment Brand Identifier (binary, 6 bytes, required). Limited to: Common Kernel Only.
        #[tlv(tag = 0x9F01)]
        pub payment_brand_identifier: [u8; 6],
        /// `4F` Application Identifier (AID) (binary, length 0..22, required).
        #[tlv(tag = 0x4F)]
        pub application_identifier_aid: Vec<u8>,
        /// `DF7E` ASI (binary, 1 byte, required).
        #[tlv(tag = 0xDF7E)]
        pub asi: u8,
        /// `9F09` Application Version (binary, 2 bytes, required).
        #[tlv(tag = 0x9F09)]
        pub application_version: [u8; 2],
        /// `DF11` Skip TAC/IAC default supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF11)]
        pub skip_tac_iac_default_supported: u8,
        /// `DF12` Random transaction selection supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF12)]
        pub random_transaction_selection_supported: u8,
        /// `DF13` Velocity checking supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF13)]
        pub velocity_checking_supported: u8,
        /// `DF14` Floor limit checking supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF14)]
        pub floor_limit_checking_supported: u8,
        /// `DF15` TAC supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF15)]
        pub tac_supported: u8,
        /// `DF20` TAC default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF20)]
        pub tac_default: [u8; 5],
        /// `DF21` TAC denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF21)]
        pub tac_denial: [u8; 5],
        /// `DF22` TAC online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF22)]
        pub tac_online: [u8; 5],
        /// `9F1B` Floor limit (binary, 4 bytes, required).
        #[tlv(tag = 0x9F1B)]
        pub floor_limit: [u8; 4],
        /// `DF70` Target percentage (binary, 1 byte, required).
        #[tlv(tag = 0xDF70)]
        pub target_percentage: u8,
        /// `DF6E` Threshold value (binary, 3 bytes, required).
        #[tlv(tag = 0xDF6E)]
        pub threshold_value: [u8; 3],
        /// `DF6F` Maximum target percentage (binary, 1 byte, required).
        #[tlv(tag = 0xDF6F)]
        pub maximum_target_percentage: u8,
        /// `DF01` Default DDOL supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF01)]
        pub default_ddol_supported: u8,
        /// `DF71` DDOL (binary, length 0..252, required).
        #[tlv(tag = 0xDF71)]
        pub ddol: Vec<u8>,
        /// `DF02` Default TDOL supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF02)]
        pub default_tdol_supported: u8,
        /// `DF72` TDOL (binary, length 0..252, required).
        #[tlv(tag = 0xDF72)]
        pub tdol: Vec<u8>,
        /// `5F2A` Currency Code (binary, 2 bytes, required).
        #[tlv(tag = 0x5F2A)]
        pub currency_code: [u8; 2],
        /// `5F36` Transaction currency exponent (binary, 1 byte, required).
        #[tlv(tag = 0x5F36)]
        pub transaction_currency_exponent: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// EMV Configuration Terminal File Type (manual Table 31).
pub mod emv_configuration_terminal_file {
    /// EMV Configuration Terminal File Type: a TLV sequence (manual Table 31).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EmvConfigurationTerminalFile {
        /// Raw bytes: File Type Version (1 byte).
        #[tlv(raw)]
        pub file_type_version: u8,
        /// Raw bytes: SHA-1 Hash 20-byte hash of all (20 bytes).
        #[tlv(raw)]
        pub sha_1_hash_20_byte_hash_of_all: [u8; 20],
        /// `9F1A` Terminal Country Code (binary, 2 bytes, required).
        #[tlv(tag = 0x9F1A)]
        pub terminal_country_code: [u8; 2],
        /// `DF79` Cardholder Confirmation (binary, 1 byte, required).
        #[tlv(tag = 0xDF79)]
        pub cardholder_confirmation: u8,
        /// `9F35` Terminal Type (binary, 1 byte, required).
        #[tlv(tag = 0x9F35)]
        pub terminal_type: u8,
        /// `DF0A` EMV Contact Supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF0A)]
        pub emv_contact_supported: u8,
        /// `9F33` Terminal Capabilities (binary, 3 bytes, required).
        #[tlv(tag = 0x9F33)]
        pub terminal_capabilities: [u8; 3],
        /// `9F40` Additional Terminal Capabilities (binary, 5 bytes, required).
        #[tlv(tag = 0x9F40)]
        pub additional_terminal_capabilities: [u8; 5],
        /// `DF55` EMV Contactless Supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF55)]
        pub emv_contactless_supported: u8,
        /// `DF0B` Magnetic Stripe Supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF0B)]
        pub magnetic_stripe_supported: u8,
        /// `DF27` Time allocated to enter (binary, 1 byte, required).
        #[tlv(tag = 0xDF27)]
        pub time_allocated_to_enter: u8,
        /// `DF06` Batch / Online Data (binary, 1 byte, required).
        #[tlv(tag = 0xDF06)]
        pub batch_online_data: u8,
        /// `DF08` Advice Managed (binary, 0 bytes, required).
        #[tlv(tag = 0xDF08)]
        pub advice_managed: Vec<u8>,
        /// `DF7A` PSE Supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF7A)]
        pub pse_supported: u8,
        /// `DF0D` AutoRun Mode (binary, 0 bytes, required).
        #[tlv(tag = 0xDF0D)]
        pub autorun_mode: Vec<u8>,
        /// `DF10` Predefined amount for AutoRun mode (binary, 3 bytes, required).
        #[tlv(tag = 0xDF10)]
        pub predefined_amount_for_autorun_mode: [u8; 3],
        /// `DF7B` PIN Bypass Supported (binary, 1 byte, required).
        #[tlv(tag = 0xDF7B)]
        pub pin_bypass_supported: u8,
        /// `DF07` Referral Managed (binary, 1 byte, required).
        #[tlv(tag = 0xDF07)]
        pub referral_managed: u8,
        /// `DF09` Default TAC supported when regular TACs are not present (binary, 1 byte, required).
        #[tlv(tag = 0xDF09)]
        pub default_tac_supported_when_regular_tacs_are_not_present: u8,
        /// `DF73` Default TAC default (binary, 5 bytes, required).
        #[tlv(tag = 0xDF73)]
        pub default_tac_default: [u8; 5],
        /// `DF74` Default TAC denial (binary, 5 bytes, required).
        #[tlv(tag = 0xDF74)]
        pub default_tac_denial: [u8; 5],
        /// `DF75` Default TAC online (binary, 5 bytes, required).
        #[tlv(tag = 0xDF75)]
        pub default_tac_online: [u8; 5],
        /// `DF53` Random Transaction (binary, 1 byte, required).
        #[tlv(tag = 0xDF53)]
        pub random_transaction: u8,
        /// `DF54` Velocity (binary, 1 byte, required).
        #[tlv(tag = 0xDF54)]
        pub velocity: u8,
        /// `DF7C` CDA Mode (binary, 1 byte, required).
        #[tlv(tag = 0xDF7C)]
        pub cda_mode: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// GPO Response Type (manual Table 52).
pub mod gpo_response {
    /// GPO Response Type: a TLV sequence (manual Table 52).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct GpoResponse {
        /// `81` GPO Response (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub gpo_response: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Key Information Type (manual Table 50).
pub mod key_information {
    /// Key Information Type: a TLV sequence (manual Table 50).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct KeyInformation {
        /// `81` Key Slot ID (binary, 2 bytes, required).
        #[tlv(tag = 0x81)]
        pub key_slot_id: [u8; 2],
        /// `82` Key Label (alphanumeric, variable length, optional).
        #[tlv(tag = 0x82)]
        pub key_label: Option<Vec<u8>>,
        /// `86` Key Derivation Details (binary, variable length, optional).
        #[tlv(tag = 0x86)]
        pub key_derivation_details: Option<Vec<u8>>,
        /// `88` Additional Information (binary, variable length, optional).
        #[tlv(tag = 0x88)]
        pub additional_information: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Miniature Certificate Type (manual Table 64).
pub mod miniature_certificate {
    /// Miniature Certificate Type (manual Table 64): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct MiniatureCertificate {
        /// The TLVs.
        pub tlvs: MiniatureCertificateTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl MiniatureCertificate {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[
                mms_codec::Tag::from_u32(0x81),
                mms_codec::Tag::from_u32(0x83),
                mms_codec::Tag::from_u32(0x84),
                mms_codec::Tag::from_u32(0x86),
                mms_codec::Tag::from_u32(0x90),
                mms_codec::Tag::from_u32(0x91),
                mms_codec::Tag::from_u32(0x9E),
            ];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <MiniatureCertificateTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of Miniature Certificate Type (manual Table 64).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct MiniatureCertificateTlvs {
        /// `81` Miniature Certificate Info and ID (binary, 8 bytes, required).
        #[tlv(tag = 0x81)]
        pub miniature_certificate_info_and_id: [u8; 8],
        /// `83` Public Key Info (binary, 2 bytes, required).
        #[tlv(tag = 0x83)]
        pub public_key_info: [u8; 2],
        /// `84` Public Key (binary, 64 bytes, required).
        #[tlv(tag = 0x84)]
        pub public_key: Vec<u8>,
        /// `86` Reserved for RSA cipher (binary, 0 bytes, optional).
        #[tlv(tag = 0x86)]
        pub reserved_for_rsa_cipher: Option<Vec<u8>>,
        /// `90` Signing Miniature Certificate ID Signed by Base Miniature Certificate (binary, 4 bytes, required).
        #[tlv(tag = 0x90)]
        pub signing_miniature_certificate_id_signed_by_base_miniature: [u8; 4],
        /// `91` Signing Algorithm SHA-256, ECDSA Curve P-256 (binary, 1 byte, required).
        #[tlv(tag = 0x91)]
        pub signing_algorithm_sha_256_ecdsa_curve_p_256: u8,
        /// `9E` Signature (64 bytes for ECDSA P-256) (binary, 64 bytes, required).
        #[tlv(tag = 0x9E)]
        pub signature_64_bytes_for_ecdsa_p_256: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// NFC UID Type (manual Table 51).
pub mod nfc_uid {
    /// NFC UID Type: a TLV sequence (manual Table 51).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct NfcUid {
        /// `DF79` NFC UID (binary, variable length, required).
        #[tlv(tag = 0xDF79)]
        pub nfc_uid: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Security Parameters Type (manual Table 49).
pub mod security_parameters {
    /// Security Parameters Type (manual Table 49): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct SecurityParameters {
        /// The TLVs.
        pub tlvs: SecurityParametersTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl SecurityParameters {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[
                mms_codec::Tag::from_u32(0x81),
                mms_codec::Tag::from_u32(0xF9),
            ];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <SecurityParametersTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of Security Parameters Type (manual Table 49).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct SecurityParametersTlvs {
        /// `81` Operation (Len, variable length, optional, default Typ; see manual Table 46).
        #[tlv(tag = 0x81)]
        pub operation: Option<Vec<u8>>,
        /// `F9` Container for MAC structure and generic data (TLV, variable length, required).
        #[tlv(tag = 0xF9)]
        pub container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F9` Container for MAC structure and generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForMacStructureAndGenericData {
        /// `81` MAC KSN (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub mac_ksn: Vec<u8>,
        /// `82` MAC Encryption Type (binary, variable length, required).
        #[tlv(tag = 0x82)]
        pub mac_encryption_type: Vec<u8>,
        /// `A2` Encrypted Signature Data (TLV, variable length, required).
        #[tlv(tag = 0xA2)]
        pub encrypted_signature_data: mms_message::TlvList,
        /// `83` KSN (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub ksn: Vec<u8>,
        /// `84` Encryption Type, AES or TDES (binary, 1 byte, required).
        #[tlv(tag = 0x84)]
        pub encryption_type_aes_or_tdes: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Encrypted Signature Capture File Type (after decryption) (manual Table 47).
pub mod encrypted_signature_capture_file_type_after_decryption_2 {
    /// Encrypted Signature Capture File Type (after decryption) (manual Table 47): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureCaptureFileTypeAfterDecryption2 {
        /// The TLVs.
        pub tlvs: EncryptedSignatureCaptureFileTypeAfterDecryption2Tlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EncryptedSignatureCaptureFileTypeAfterDecryption2 {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xF9)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EncryptedSignatureCaptureFileTypeAfterDecryption2Tlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of Encrypted Signature Capture File Type (after decryption) (manual Table 47).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureCaptureFileTypeAfterDecryption2Tlvs {
        /// `F9` Container for MAC structure and generic data (TLV, variable length, required).
        #[tlv(tag = 0xF9)]
        pub container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F9` Container for MAC structure and generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForMacStructureAndGenericData {
        /// `81` MAC KSN (binary, variable length, required).
        #[tlv(tag = 0x81)]
        pub mac_ksn: Vec<u8>,
        /// `82` MAC Encryption Type (binary, variable length, required).
        #[tlv(tag = 0x82)]
        pub mac_encryption_type: Vec<u8>,
        /// `A2` Encrypted Signature Data (TLV, variable length, required).
        #[tlv(tag = 0xA2)]
        pub encrypted_signature_data: EncryptedSignatureData,
        /// `83` KSN (binary, variable length, required).
        #[tlv(tag = 0x83)]
        pub ksn: Vec<u8>,
        /// `84` Encryption Type, AES or TDES (binary, 1 byte, required).
        #[tlv(tag = 0x84)]
        pub encryption_type_aes_or_tdes: u8,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A2` Encrypted Signature Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureData {
        /// `FC` Decrypted Data Container (TLV, variable length, required).
        #[tlv(tag = 0xFC)]
        pub decrypted_data_container: DecryptedDataContainer,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `FC` Decrypted Data Container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct DecryptedDataContainer {
        /// `A1` Signature file container (TLV, variable length, required).
        #[tlv(tag = 0xA1)]
        pub signature_file_container: SignatureFileContainer,
        /// `81` Real Timer Clock ASCII string (binary, 16 bytes, required).
        #[tlv(tag = 0x81)]
        pub real_timer_clock_ascii_string: [u8; 16],
        /// `82` Device Serial Number (binary, 4 bytes, required).
        #[tlv(tag = 0x82)]
        pub device_serial_number: [u8; 4],
        /// `A3` User data parameters for item \#0 to item \#3 (TLV, variable length, optional).
        #[tlv(tag = 0xA3)]
        pub user_data_parameters_for_item_number_0_to_item_number_3: Option<
            UserDataParametersForItemNumber0ToItemNumber3,
        >,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A1` Signature file container: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct SignatureFileContainer {
        /// `81` Signature Window Width and Height (binary, 8 bytes, required).
        #[tlv(tag = 0x81)]
        pub signature_window_width_and_height: [u8; 8],
        /// `82` Signature Coordinate Values List (binary, variable length, required).
        #[tlv(tag = 0x82)]
        pub signature_coordinate_values_list: Vec<u8>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `A3` User data parameters for item \#0 to item \#3: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct UserDataParametersForItemNumber0ToItemNumber3 {
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
}
/// Signature Capture File Type (manual Table 45).
pub mod signature_capture_file {
    /// Signature Capture File Type: a TLV sequence (manual Table 45).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct SignatureCaptureFile {
        /// `81` Signature Window Width and Height Bytes (binary, 8 bytes, required).
        #[tlv(tag = 0x81)]
        pub signature_window_width_and_height_bytes: [u8; 8],
        /// `82` Signature Coordinate Values List (binary, variable length, optional).
        #[tlv(tag = 0x82)]
        pub signature_coordinate_values_list: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Encrypted Signature Capture File Type (manual Table 46).
pub mod encrypted_signature_capture_file {
    /// Encrypted Signature Capture File Type (manual Table 46): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureCaptureFile {
        /// The TLVs.
        pub tlvs: EncryptedSignatureCaptureFileTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EncryptedSignatureCaptureFile {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xF9)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EncryptedSignatureCaptureFileTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of Encrypted Signature Capture File Type (manual Table 46).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureCaptureFileTlvs {
        /// `F9` Container for MAC structure and generic data (TLV, variable length, required).
        #[tlv(tag = 0xF9)]
        pub container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F9` Container for MAC structure and generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForMacStructureAndGenericData {
        /// `DFDF54` MAC KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF54)]
        pub mac_ksn: Vec<u8>,
        /// `DFDF55` MAC Encryption Type (binary, variable length, required).
        #[tlv(tag = 0xDFDF55)]
        pub mac_encryption_type: Vec<u8>,
        /// `F8` Container for Encrypted Data (TLV, variable length, required).
        #[tlv(tag = 0xF8)]
        pub container_for_encrypted_data: ContainerForEncryptedData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F8` Container for Encrypted Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedData {
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
}
/// Encrypted Signature Capture File Type (after decryption) (manual Table 47).
pub mod encrypted_signature_capture_file_type_after_decryption {
    /// Encrypted Signature Capture File Type (after decryption) (manual Table 47): the TLVs, then the bytes after them (padding, MAC) as read.
    #[derive(Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureCaptureFileTypeAfterDecryption {
        /// The TLVs.
        pub tlvs: EncryptedSignatureCaptureFileTypeAfterDecryptionTlvs,
        /// The bytes after the TLVs (padding, MAC), kept for byte-identical re-encoding.
        pub trailer: Vec<u8>,
    }
    impl EncryptedSignatureCaptureFileTypeAfterDecryption {
        /// Reads the layout from `bytes` (all of them: what follows the TLVs is the trailer).
        pub fn decode(bytes: &[u8]) -> Result<Self, mms_codec::DecodeError> {
            Self::decode_with(bytes, mms_codec::DecodeContext::default())
        }
        /// [`Self::decode`] with the caller's limits and offset.
        pub fn decode_with(
            bytes: &[u8],
            cx: mms_codec::DecodeContext,
        ) -> Result<Self, mms_codec::DecodeError> {
            const TAGS: &[mms_codec::Tag] = &[mms_codec::Tag::from_u32(0xF9)];
            let mut end = 0;
            while end < bytes.len() {
                match mms_codec::TlvRef::parse(&bytes[end..], cx.at(cx.offset + end)) {
                    Ok((tlv, used)) if TAGS.contains(&tlv.tag) => end += used,
                    _ => break,
                }
            }
            let (counted, trailer) = bytes.split_at(end);
            let tlvs = <EncryptedSignatureCaptureFileTypeAfterDecryptionTlvs as mms_codec::Contents>::decode_contents(
                counted,
                cx,
            )?;
            Ok(Self {
                tlvs,
                trailer: trailer.to_vec(),
            })
        }
        /// The bytes, as `decode` reads them. Never `None` (the layout has no length prefix).
        pub fn to_bytes(&self) -> Option<Vec<u8>> {
            let mut out = mms_codec::Contents::to_bytes(&self.tlvs);
            out.extend_from_slice(&self.trailer);
            Some(out)
        }
    }
    /// The TLVs of Encrypted Signature Capture File Type (after decryption) (manual Table 47).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct EncryptedSignatureCaptureFileTypeAfterDecryptionTlvs {
        /// `F9` Container for MAC structure and generic data (TLV, variable length, required).
        #[tlv(tag = 0xF9)]
        pub container_for_mac_structure_and_generic_data: ContainerForMacStructureAndGenericData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F9` Container for MAC structure and generic data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForMacStructureAndGenericData {
        /// `DFDF54` MAC KSN (binary, variable length, required).
        #[tlv(tag = 0xDFDF54)]
        pub mac_ksn: Vec<u8>,
        /// `DFDF55` MAC Encryption Type (binary, variable length, required).
        #[tlv(tag = 0xDFDF55)]
        pub mac_encryption_type: Vec<u8>,
        /// `F8` Container for Encrypted Data (TLV, variable length, required).
        #[tlv(tag = 0xF8)]
        pub container_for_encrypted_data: ContainerForEncryptedData,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `F8` Container for Encrypted Data: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct ContainerForEncryptedData {
        /// `DFDF59` Encrypted Data Primitive (TLV, variable length, required).
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
}
/// Response Track Type (manual Table 65).
pub mod response_track {
    use ::core::fmt;
    /// Response Track Type: a TLV sequence (manual Table 65).
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    pub struct ResponseTrack {
        /// `81` Track Data Descriptor (4 bytes, required).
        #[tlv(tag = 0x81)]
        pub track_data_descriptor: TrackDataDescriptor,
        /// `84` Track Data ASCII characters (binary, variable length, optional).
        #[tlv(tag = 0x84)]
        pub track_data_ascii_characters: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    impl ResponseTrack {
        /// A value with these required fields, no optional ones, and no unknown items.
        pub fn new(track_data_descriptor: TrackDataDescriptor) -> Self {
            ResponseTrack {
                track_data_descriptor,
                track_data_ascii_characters: None,
                unknown: mms_codec::Unknown::new(),
            }
        }
    }
    /// Values of Track ID (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum TrackDataDescriptorTrackId {
        /// `00`: Reserved.
        #[tlv(value = 0x00)]
        Reserved,
        /// `01`: Track 1.
        #[tlv(value = 0x01)]
        Track1,
        /// `02`: Track 2.
        #[tlv(value = 0x02)]
        Track2,
        /// `03`: Track 3.
        #[tlv(value = 0x03)]
        Track3,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl TrackDataDescriptorTrackId {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Reserved => Some("Reserved"),
                Self::Track1 => Some("Track 1"),
                Self::Track2 => Some("Track 2"),
                Self::Track3 => Some("Track 3"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for TrackDataDescriptorTrackId {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Track Status (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum TrackDataDescriptorTrackStatus {
        /// `00`: OK.
        #[tlv(value = 0x00)]
        Ok,
        /// `01`: Empty.
        #[tlv(value = 0x01)]
        Empty,
        /// `02`: Disabled.
        #[tlv(value = 0x02)]
        Disabled,
        /// `81`: No Start Sentinel.
        #[tlv(value = 0x81)]
        NoStartSentinel,
        /// `82`: No End Sentinel.
        #[tlv(value = 0x82)]
        NoEndSentinel,
        /// `83`: Bad Parity.
        #[tlv(value = 0x83)]
        BadParity,
        /// `84`: Bad LRC.
        #[tlv(value = 0x84)]
        BadLrc,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl TrackDataDescriptorTrackStatus {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::Ok => Some("OK"),
                Self::Empty => Some("Empty"),
                Self::Disabled => Some("Disabled"),
                Self::NoStartSentinel => Some("No Start Sentinel"),
                Self::NoEndSentinel => Some("No End Sentinel"),
                Self::BadParity => Some("Bad Parity"),
                Self::BadLrc => Some("Bad LRC"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for TrackDataDescriptorTrackStatus {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// Values of Track Encoding (an open enum: other values are kept in `Other`).
    #[derive(mms_codec::Tlv, Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[tlv(repr = u8)]
    #[non_exhaustive]
    pub enum TrackDataDescriptorTrackEncoding {
        /// `05`: 5-bit Encoding.
        #[tlv(value = 0x05)]
        V5BitEncoding,
        /// `07`: 7-bit Encoding.
        #[tlv(value = 0x07)]
        V7BitEncoding,
        /// A value this spec does not name; re-encodes unchanged.
        #[tlv(unrecognized)]
        Other(mms_codec::Unrecognized<u8>),
    }
    impl TrackDataDescriptorTrackEncoding {
        /// The manual's short name of the value, if the spec names it.
        pub fn label(&self) -> Option<&'static str> {
            match self {
                Self::V5BitEncoding => Some("5-bit Encoding"),
                Self::V7BitEncoding => Some("7-bit Encoding"),
                Self::Other(_) => None,
            }
        }
    }
    impl fmt::Display for TrackDataDescriptorTrackEncoding {
        /// The short name, or the value in hex when the spec does not name it.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.label() {
                Some(label) => f.write_str(label),
                None => write!(f, "0x{:0width$X}", self.to_raw(), width = 2),
            }
        }
    }
    /// `81` Track Data Descriptor: raw values packed into one primitive value.
    #[derive(mms_codec::Tlv, Clone, Debug, PartialEq, Eq)]
    #[tlv(packed)]
    pub struct TrackDataDescriptor {
        /// Track ID (1 byte).
        pub track_id: TrackDataDescriptorTrackId,
        /// Track Status (1 byte).
        pub track_status: TrackDataDescriptorTrackStatus,
        /// Track Encoding (1 byte).
        pub track_encoding: TrackDataDescriptorTrackEncoding,
        /// Track Data Format (ORed bits) (1 byte).
        pub track_data_format_ored_bits: u8,
    }
}
/// Format of a Signed UI Configuration File (manual Table 68).
pub mod format_of_a_signed_ui_configuration_file {
    use super::super::value_sets;
    /// Format of a Signed UI Configuration File: a TLV sequence (manual Table 68).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct FormatOfASignedUiConfigurationFile {
        /// `C1` File ID (4 bytes, optional).
        #[tlv(tag = 0xC1)]
        pub file_id: Option<[u8; 4]>,
        /// `E3` File Description Strings Required String 1 (length sum, optional).
        #[tlv(tag = 0xE3)]
        pub file_description_strings_required_string_1: Option<mms_message::TlvList>,
        /// `E5` File Manifest (length sum, optional).
        #[tlv(tag = 0xE5)]
        pub file_manifest: Option<FileManifest>,
        /// `E7` File Security (length sum, optional).
        #[tlv(tag = 0xE7)]
        pub file_security: Option<FileSecurity>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `E5` File Manifest: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct FileManifest {
        /// `81` Product/Module Type 00 00 (4 bytes, optional).
        #[tlv(tag = 0x81)]
        pub product_module_type_00_00: Option<[u8; 4]>,
        /// `82` Payload Type 0000 (2 bytes, optional).
        #[tlv(tag = 0x82)]
        pub payload_type_0000: Option<[u8; 2]>,
        /// `83` Payload Offset (4 bytes, optional).
        #[tlv(tag = 0x83)]
        pub payload_offset: Option<u32>,
        /// `86` Customer ID (4 bytes, optional).
        #[tlv(tag = 0x86)]
        pub customer_id: Option<[u8; 4]>,
        /// `A8` Constraints (variable length, optional).
        #[tlv(tag = 0xA8)]
        pub constraints: Option<mms_message::TlvList>,
        /// `A9` Extra Operations (variable length, optional).
        #[tlv(tag = 0xA9)]
        pub extra_operations: Option<mms_message::TlvList>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
    /// `E7` File Security: a TLV sequence.
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct FileSecurity {
        /// `81` Sequence Number (4 bytes, optional).
        #[tlv(tag = 0x81)]
        pub sequence_number: Option<[u8; 4]>,
        /// `82` Time Stamp (4 bytes, optional).
        #[tlv(tag = 0x82)]
        pub time_stamp: Option<[u8; 4]>,
        /// `84` Hash Algorithm (1 byte, optional).
        #[tlv(tag = 0x84)]
        pub hash_algorithm: Option<value_sets::HashChecksumType>,
        /// `85` Payload Length (4 bytes, optional).
        #[tlv(tag = 0x85)]
        pub payload_length: Option<[u8; 4]>,
        /// `86` Payload Hash Checksum (Note 1) (32 bytes, optional).
        #[tlv(tag = 0x86)]
        pub payload_hash_checksum_note_1: Option<[u8; 32]>,
        /// `88` Signing mini-cert 159 bytes of Certificate (159 bytes, optional).
        #[tlv(tag = 0x88)]
        pub signing_mini_cert_159_bytes_of_certificate: Option<Vec<u8>>,
        /// `89` Signature OP, Data Sig + ECDSA + P256 + SHA256 (4 bytes, optional).
        #[tlv(tag = 0x89)]
        pub signature_op_data_sig_ecdsa_p256_sha256: Option<[u8; 4]>,
        /// `CC` Signature 64 bytes of signature (64 bytes, optional).
        #[tlv(tag = 0xCC)]
        pub signature_64_bytes_of_signature: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
/// Format of an UI Configuration File Signing Mini-cert Signed by the Base Mini-cert (manual Table 69).
pub mod format_of_an_ui_configuration_file_signing_mini_cert_signed {
    /// Format of an UI Configuration File Signing Mini-cert Signed by the Base Mini-cert: a TLV sequence (manual Table 69).
    #[derive(mms_codec::Tlv, Clone, Debug, Default, PartialEq, Eq)]
    pub struct FormatOfAnUiConfigurationFileSigningMiniCertSigned {
        /// `FF01` Mini-cert Marker (length N/A, optional).
        #[tlv(tag = 0xFF01)]
        pub mini_cert_marker: Option<mms_message::TlvList>,
        /// `81` Mini-cert Info and ID (8 bytes, optional).
        #[tlv(tag = 0x81)]
        pub mini_cert_info_and_id: Option<[u8; 8]>,
        /// `83` Public Key Info (2 bytes, optional).
        #[tlv(tag = 0x83)]
        pub public_key_info: Option<[u8; 2]>,
        /// `84` Public Key (100 bytes, optional).
        #[tlv(tag = 0x84)]
        pub public_key: Option<Vec<u8>>,
        /// `86` Reserved for RSA cipher (0 bytes, optional).
        #[tlv(tag = 0x86)]
        pub reserved_for_rsa_cipher: Option<Vec<u8>>,
        /// `90` Signing Mini-cert ID (4 bytes, optional).
        #[tlv(tag = 0x90)]
        pub signing_mini_cert_id: Option<[u8; 4]>,
        /// `91` Signing Algorithm SHA-256, ECDSA Curve P-256 (1 byte, optional).
        #[tlv(tag = 0x91)]
        pub signing_algorithm_sha_256_ecdsa_curve_p_256: Option<u8>,
        /// `9E` Signature (64 bytes for ECDSA P-256) (100 bytes, optional).
        #[tlv(tag = 0x9E)]
        pub signature_64_bytes_for_ecdsa_p_256: Option<Vec<u8>>,
        /// Items this spec does not name, and the layout they were read in (for byte-identical re-encoding).
        #[tlv(unknown)]
        pub unknown: mms_codec::Unknown,
    }
}
