// Generated from spec/ by `cargo xtask regen`. Do not edit: change spec/ (or the generator) and run `cargo xtask regen`.

//! `Message`: any message decoded into its typed payload.
/// A command request payload of any command in the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Request {
    /// "Start Transaction" (command 0x1001).
    StartTransaction(super::commands::start_transaction::Request),
    /// "Continue Transaction" (command 0x1002).
    ContinueTransaction(super::commands::continue_transaction::Request),
    /// "Finalize" (command 0x1003).
    Finalize(super::commands::finalize::Request),
    /// "Resume Transaction" (command 0x1004).
    ResumeTransaction(super::commands::resume_transaction::Request),
    /// "Cancel Transaction" (command 0x1008).
    CancelTransaction(super::commands::cancel_transaction::Request),
    /// "Close / Clear Transaction" (command 0x1009).
    CloseClearTransaction(super::commands::close_clear_transaction::Request),
    /// "Get Transaction Status" (command 0x1014).
    GetTransactionStatus(super::commands::get_transaction_status::Request),
    /// "Set Payment Parameters" (command 0x1041).
    SetPaymentParameters(super::commands::set_payment_parameters::Request),
    /// "Get Payment Parameters" (command 0x1042).
    GetPaymentParameters(super::commands::get_payment_parameters::Request),
    /// "Pass Through Command For NTag/MIFARE Ultralight, Type 2" (command 0x1100).
    PassThroughCommandForNtagMifareUltralightType2(
        super::commands::pass_through_command_for_ntag_mifare_ultralight_type_2::Request,
    ),
    /// "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2" (command 0x1101).
    PassThroughCommandForMifareClassicMiniPlusSl1(
        super::commands::pass_through_command_for_mifare_classic_mini_plus_sl1::Request,
    ),
    /// "Pass Through Command for MIFARE DESFire, Type 4" (command 0x1102).
    PassThroughCommandForMifareDesfireType4(
        super::commands::pass_through_command_for_mifare_desfire_type_4::Request,
    ),
    /// "Pass Through Command for MIFARE Plus, Type 2" (command 0x1103).
    PassThroughCommandForMifarePlusType2(
        super::commands::pass_through_command_for_mifare_plus_type_2::Request,
    ),
    /// "Request Cardholder Signature" (command 0x1801).
    RequestCardholderSignature(super::commands::request_cardholder_signature::Request),
    /// "Report Cardholder Selection" (command 0x1802).
    ReportCardholderSelection(super::commands::report_cardholder_selection::Request),
    /// "Display Message" (command 0x1803).
    DisplayMessage(super::commands::display_message::Request),
    /// "Read Barcode" (command 0x1804).
    ReadBarcode(super::commands::read_barcode::Request),
    /// "Buzzer" (command 0x1805).
    Buzzer(super::commands::buzzer::Request),
    /// "Show Image" (command 0x1821).
    ShowImage(super::commands::show_image::Request),
    /// "Show QR Code" (command 0x1822).
    ShowQrCode(super::commands::show_qr_code::Request),
    /// "Show Bitmap Image" (command 0x1823).
    ShowBitmapImage(super::commands::show_bitmap_image::Request),
    /// "Display Flexible UI Pages" (command 0x1830).
    DisplayFlexibleUiPages(super::commands::display_flexible_ui_pages::Request),
    /// "Card Emulation" (command 0x1840).
    CardEmulation(super::commands::card_emulation::Request),
    /// "Reset Device" (command 0x1F01).
    ResetDevice(super::commands::reset_device::Request),
    /// "Set Notification Subscriptions" (command 0x1F02).
    SetNotificationSubscriptions(
        super::commands::set_notification_subscriptions::Request,
    ),
    /// "Extend Session" (command 0x1F03).
    ExtendSession(super::commands::extend_session::Request),
    /// "Terminate Bluetooth® LE Connection" (command 0x1F04).
    TerminateBluetoothLeConnection(
        super::commands::terminate_bluetooth_le_connection::Request,
    ),
    /// "Erase All Bluetooth® LE Bonds" (command 0x1F05).
    EraseAllBluetoothLeBonds(super::commands::erase_all_bluetooth_le_bonds::Request),
    /// "Request PIN with Host Supplied Account Data" (command 0x2001).
    RequestPinWithHostSuppliedAccountData(
        super::commands::request_pin_with_host_supplied_account_data::Request,
    ),
    /// "Request PIN with Card Supplied Account Data" (command 0x2002).
    RequestPinWithCardSuppliedAccountData(
        super::commands::request_pin_with_card_supplied_account_data::Request,
    ),
    /// "Get Property" (command 0xD101).
    GetProperty(super::commands::get_property::Request),
    /// "Set Property (Unsecured)" (command 0xD111).
    SetPropertyUnsecured(super::commands::set_property_unsecured::Request),
    /// "Set Property (Secured)" (command 0xD112).
    SetPropertySecured(super::commands::set_property_secured::Request),
    /// "Reset Properties to Defaults" (command 0xD201).
    ResetPropertiesToDefaults(super::commands::reset_properties_to_defaults::Request),
    /// "Load Firmware File" (command 0xD801).
    LoadFirmwareFile(super::commands::load_firmware_file::Request),
    /// "Start Send File to Device (Secured)" (command 0xD811).
    StartSendFileToDeviceSecured(
        super::commands::start_send_file_to_device_secured::Request,
    ),
    /// "Start Send File to Device (Unsecured)" (command 0xD812).
    StartSendFileToDeviceUnsecured(
        super::commands::start_send_file_to_device_unsecured::Request,
    ),
    /// "Start Get File from Device" (command 0xD821).
    StartGetFileFromDevice(super::commands::start_get_file_from_device::Request),
    /// "Get File Info from Device" (command 0xD825).
    GetFileInfoFromDevice(super::commands::get_file_info_from_device::Request),
    /// "Delete File from Device" (command 0xD831).
    DeleteFileFromDevice(super::commands::delete_file_from_device::Request),
    /// "Commit Firmware from File" (command 0xD901).
    CommitFirmwareFromFile(super::commands::commit_firmware_from_file::Request),
    /// "Echo" (command 0xDF01).
    Echo(super::commands::echo::Request),
    /// "Convert Binary Tag Data to Text" (command 0xDF02).
    ConvertBinaryTagDataToText(
        super::commands::convert_binary_tag_data_to_text::Request,
    ),
    /// "Get Challenge" (command 0xE001).
    GetChallenge(super::commands::get_challenge::Request),
    /// "Send Secured Command to Device" (command 0xEEEE).
    SendSecuredCommandToDevice(super::commands::send_secured_command_to_device::Request),
    /// "Load Key Using TR-31" (command 0xEF01).
    LoadKeyUsingTr31(super::commands::load_key_using_tr_31::Request),
    /// "Generate CSR keys" (command 0xEF02).
    GenerateCsrKeys(super::commands::generate_csr_keys::Request),
    /// "Generate CSR" (command 0xEF03).
    GenerateCsr(super::commands::generate_csr::Request),
    /// "Load LTPK Protection Key" (command 0xEF04).
    LoadLtpkProtectionKey(super::commands::load_ltpk_protection_key::Request),
    /// "Load Encrypted LTPK and Version" (command 0xEF05).
    LoadEncryptedLtpkAndVersion(
        super::commands::load_encrypted_ltpk_and_version::Request,
    ),
    /// "Change Device Lock State" (command 0xEF06).
    ChangeDeviceLockState(super::commands::change_device_lock_state::Request),
    /// "Change Device Lock Passcode" (command 0xEF07).
    ChangeDeviceLockPasscode(super::commands::change_device_lock_passcode::Request),
    /// "Reset Device Lock Passcode" (command 0xEF08).
    ResetDeviceLockPasscode(super::commands::reset_device_lock_passcode::Request),
    /// "Encrypt User Data" (command 0xEF09).
    EncryptUserData(super::commands::encrypt_user_data::Request),
    /// "Get Key Info" (command 0xEF11).
    GetKeyInfo(super::commands::get_key_info::Request),
    /// "Force Tamper" (command 0xF012).
    ForceTamper(super::commands::force_tamper::Request),
    /// "Read Log" (command 0xF014).
    ReadLog(super::commands::read_log::Request),
    /// "Read Log & Clear Tamper" (command 0xF015).
    ReadLogAndClearTamper(super::commands::read_log_and_clear_tamper::Request),
    /// "Activate Device Security" (command 0xF016).
    ActivateDeviceSecurity(super::commands::activate_device_security::Request),
    /// "Establish Ephemeral KBPK" (command 0xF017).
    EstablishEphemeralKbpk(super::commands::establish_ephemeral_kbpk::Request),
}
impl mms_message::PayloadEnum for Request {
    fn decode(
        envelope: &mms_message::Envelope,
        options: mms_codec::DecodeOptions,
    ) -> Option<Result<Self, mms_message::MessageError>> {
        let id = envelope.payload_id().unwrap_or(envelope.info.id);
        Some(
            match id {
                0x1001 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_transaction::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1001,
                            "Start Transaction",
                            options,
                        )
                        .map(Request::StartTransaction)
                }
                0x1002 => {
                    mms_message::payload::decode_payload::<
                        super::commands::continue_transaction::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1002,
                            "Continue Transaction",
                            options,
                        )
                        .map(Request::ContinueTransaction)
                }
                0x1003 => {
                    mms_message::payload::decode_payload::<
                        super::commands::finalize::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1003,
                            "Finalize",
                            options,
                        )
                        .map(Request::Finalize)
                }
                0x1004 => {
                    mms_message::payload::decode_payload::<
                        super::commands::resume_transaction::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1004,
                            "Resume Transaction",
                            options,
                        )
                        .map(Request::ResumeTransaction)
                }
                0x1008 => {
                    mms_message::payload::decode_payload::<
                        super::commands::cancel_transaction::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1008,
                            "Cancel Transaction",
                            options,
                        )
                        .map(Request::CancelTransaction)
                }
                0x1009 => {
                    mms_message::payload::decode_payload::<
                        super::commands::close_clear_transaction::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1009,
                            "Close / Clear Transaction",
                            options,
                        )
                        .map(Request::CloseClearTransaction)
                }
                0x1014 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_transaction_status::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1014,
                            "Get Transaction Status",
                            options,
                        )
                        .map(Request::GetTransactionStatus)
                }
                0x1041 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_payment_parameters::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1041,
                            "Set Payment Parameters",
                            options,
                        )
                        .map(Request::SetPaymentParameters)
                }
                0x1042 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_payment_parameters::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1042,
                            "Get Payment Parameters",
                            options,
                        )
                        .map(Request::GetPaymentParameters)
                }
                0x1100 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_ntag_mifare_ultralight_type_2::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1100,
                            "Pass Through Command For NTag/MIFARE Ultralight, Type 2",
                            options,
                        )
                        .map(Request::PassThroughCommandForNtagMifareUltralightType2)
                }
                0x1101 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_mifare_classic_mini_plus_sl1::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1101,
                            "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2",
                            options,
                        )
                        .map(Request::PassThroughCommandForMifareClassicMiniPlusSl1)
                }
                0x1102 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_mifare_desfire_type_4::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1102,
                            "Pass Through Command for MIFARE DESFire, Type 4",
                            options,
                        )
                        .map(Request::PassThroughCommandForMifareDesfireType4)
                }
                0x1103 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_mifare_plus_type_2::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1103,
                            "Pass Through Command for MIFARE Plus, Type 2",
                            options,
                        )
                        .map(Request::PassThroughCommandForMifarePlusType2)
                }
                0x1801 => {
                    mms_message::payload::decode_payload::<
                        super::commands::request_cardholder_signature::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1801,
                            "Request Cardholder Signature",
                            options,
                        )
                        .map(Request::RequestCardholderSignature)
                }
                0x1802 => {
                    mms_message::payload::decode_payload::<
                        super::commands::report_cardholder_selection::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1802,
                            "Report Cardholder Selection",
                            options,
                        )
                        .map(Request::ReportCardholderSelection)
                }
                0x1803 => {
                    mms_message::payload::decode_payload::<
                        super::commands::display_message::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1803,
                            "Display Message",
                            options,
                        )
                        .map(Request::DisplayMessage)
                }
                0x1804 => {
                    mms_message::payload::decode_payload::<
                        super::commands::read_barcode::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1804,
                            "Read Barcode",
                            options,
                        )
                        .map(Request::ReadBarcode)
                }
                0x1805 => {
                    mms_message::payload::decode_payload::<
                        super::commands::buzzer::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1805,
                            "Buzzer",
                            options,
                        )
                        .map(Request::Buzzer)
                }
                0x1821 => {
                    mms_message::payload::decode_payload::<
                        super::commands::show_image::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1821,
                            "Show Image",
                            options,
                        )
                        .map(Request::ShowImage)
                }
                0x1822 => {
                    mms_message::payload::decode_payload::<
                        super::commands::show_qr_code::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1822,
                            "Show QR Code",
                            options,
                        )
                        .map(Request::ShowQrCode)
                }
                0x1823 => {
                    mms_message::payload::decode_payload::<
                        super::commands::show_bitmap_image::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1823,
                            "Show Bitmap Image",
                            options,
                        )
                        .map(Request::ShowBitmapImage)
                }
                0x1830 => {
                    mms_message::payload::decode_payload::<
                        super::commands::display_flexible_ui_pages::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1830,
                            "Display Flexible UI Pages",
                            options,
                        )
                        .map(Request::DisplayFlexibleUiPages)
                }
                0x1840 => {
                    mms_message::payload::decode_payload::<
                        super::commands::card_emulation::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1840,
                            "Card Emulation",
                            options,
                        )
                        .map(Request::CardEmulation)
                }
                0x1F01 => {
                    mms_message::payload::decode_payload::<
                        super::commands::reset_device::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1F01,
                            "Reset Device",
                            options,
                        )
                        .map(Request::ResetDevice)
                }
                0x1F02 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_notification_subscriptions::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1F02,
                            "Set Notification Subscriptions",
                            options,
                        )
                        .map(Request::SetNotificationSubscriptions)
                }
                0x1F03 => {
                    mms_message::payload::decode_payload::<
                        super::commands::extend_session::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1F03,
                            "Extend Session",
                            options,
                        )
                        .map(Request::ExtendSession)
                }
                0x1F04 => {
                    mms_message::payload::decode_payload::<
                        super::commands::terminate_bluetooth_le_connection::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1F04,
                            "Terminate Bluetooth® LE Connection",
                            options,
                        )
                        .map(Request::TerminateBluetoothLeConnection)
                }
                0x1F05 => {
                    mms_message::payload::decode_payload::<
                        super::commands::erase_all_bluetooth_le_bonds::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x1F05,
                            "Erase All Bluetooth® LE Bonds",
                            options,
                        )
                        .map(Request::EraseAllBluetoothLeBonds)
                }
                0x2001 => {
                    mms_message::payload::decode_payload::<
                        super::commands::request_pin_with_host_supplied_account_data::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x2001,
                            "Request PIN with Host Supplied Account Data",
                            options,
                        )
                        .map(Request::RequestPinWithHostSuppliedAccountData)
                }
                0x2002 => {
                    mms_message::payload::decode_payload::<
                        super::commands::request_pin_with_card_supplied_account_data::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0x2002,
                            "Request PIN with Card Supplied Account Data",
                            options,
                        )
                        .map(Request::RequestPinWithCardSuppliedAccountData)
                }
                0xD101 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_property::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD101,
                            "Get Property",
                            options,
                        )
                        .map(Request::GetProperty)
                }
                0xD111 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_property_unsecured::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD111,
                            "Set Property (Unsecured)",
                            options,
                        )
                        .map(Request::SetPropertyUnsecured)
                }
                0xD112 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_property_secured::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD112,
                            "Set Property (Secured)",
                            options,
                        )
                        .map(Request::SetPropertySecured)
                }
                0xD201 => {
                    mms_message::payload::decode_payload::<
                        super::commands::reset_properties_to_defaults::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD201,
                            "Reset Properties to Defaults",
                            options,
                        )
                        .map(Request::ResetPropertiesToDefaults)
                }
                0xD801 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_firmware_file::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD801,
                            "Load Firmware File",
                            options,
                        )
                        .map(Request::LoadFirmwareFile)
                }
                0xD811 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_send_file_to_device_secured::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD811,
                            "Start Send File to Device (Secured)",
                            options,
                        )
                        .map(Request::StartSendFileToDeviceSecured)
                }
                0xD812 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_send_file_to_device_unsecured::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD812,
                            "Start Send File to Device (Unsecured)",
                            options,
                        )
                        .map(Request::StartSendFileToDeviceUnsecured)
                }
                0xD821 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_get_file_from_device::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD821,
                            "Start Get File from Device",
                            options,
                        )
                        .map(Request::StartGetFileFromDevice)
                }
                0xD825 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_file_info_from_device::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD825,
                            "Get File Info from Device",
                            options,
                        )
                        .map(Request::GetFileInfoFromDevice)
                }
                0xD831 => {
                    mms_message::payload::decode_payload::<
                        super::commands::delete_file_from_device::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD831,
                            "Delete File from Device",
                            options,
                        )
                        .map(Request::DeleteFileFromDevice)
                }
                0xD901 => {
                    mms_message::payload::decode_payload::<
                        super::commands::commit_firmware_from_file::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xD901,
                            "Commit Firmware from File",
                            options,
                        )
                        .map(Request::CommitFirmwareFromFile)
                }
                0xDF01 => {
                    mms_message::payload::decode_payload::<
                        super::commands::echo::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xDF01,
                            "Echo",
                            options,
                        )
                        .map(Request::Echo)
                }
                0xDF02 => {
                    mms_message::payload::decode_payload::<
                        super::commands::convert_binary_tag_data_to_text::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xDF02,
                            "Convert Binary Tag Data to Text",
                            options,
                        )
                        .map(Request::ConvertBinaryTagDataToText)
                }
                0xE001 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_challenge::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xE001,
                            "Get Challenge",
                            options,
                        )
                        .map(Request::GetChallenge)
                }
                0xEEEE => {
                    mms_message::payload::decode_payload::<
                        super::commands::send_secured_command_to_device::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEEEE,
                            "Send Secured Command to Device",
                            options,
                        )
                        .map(Request::SendSecuredCommandToDevice)
                }
                0xEF01 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_key_using_tr_31::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF01,
                            "Load Key Using TR-31",
                            options,
                        )
                        .map(Request::LoadKeyUsingTr31)
                }
                0xEF02 => {
                    mms_message::payload::decode_payload::<
                        super::commands::generate_csr_keys::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF02,
                            "Generate CSR keys",
                            options,
                        )
                        .map(Request::GenerateCsrKeys)
                }
                0xEF03 => {
                    mms_message::payload::decode_payload::<
                        super::commands::generate_csr::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF03,
                            "Generate CSR",
                            options,
                        )
                        .map(Request::GenerateCsr)
                }
                0xEF04 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_ltpk_protection_key::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF04,
                            "Load LTPK Protection Key",
                            options,
                        )
                        .map(Request::LoadLtpkProtectionKey)
                }
                0xEF05 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_encrypted_ltpk_and_version::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF05,
                            "Load Encrypted LTPK and Version",
                            options,
                        )
                        .map(Request::LoadEncryptedLtpkAndVersion)
                }
                0xEF06 => {
                    mms_message::payload::decode_payload::<
                        super::commands::change_device_lock_state::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF06,
                            "Change Device Lock State",
                            options,
                        )
                        .map(Request::ChangeDeviceLockState)
                }
                0xEF07 => {
                    mms_message::payload::decode_payload::<
                        super::commands::change_device_lock_passcode::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF07,
                            "Change Device Lock Passcode",
                            options,
                        )
                        .map(Request::ChangeDeviceLockPasscode)
                }
                0xEF08 => {
                    mms_message::payload::decode_payload::<
                        super::commands::reset_device_lock_passcode::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF08,
                            "Reset Device Lock Passcode",
                            options,
                        )
                        .map(Request::ResetDeviceLockPasscode)
                }
                0xEF09 => {
                    mms_message::payload::decode_payload::<
                        super::commands::encrypt_user_data::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF09,
                            "Encrypt User Data",
                            options,
                        )
                        .map(Request::EncryptUserData)
                }
                0xEF11 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_key_info::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xEF11,
                            "Get Key Info",
                            options,
                        )
                        .map(Request::GetKeyInfo)
                }
                0xF012 => {
                    mms_message::payload::decode_payload::<
                        super::commands::force_tamper::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xF012,
                            "Force Tamper",
                            options,
                        )
                        .map(Request::ForceTamper)
                }
                0xF014 => {
                    mms_message::payload::decode_payload::<
                        super::commands::read_log::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xF014,
                            "Read Log",
                            options,
                        )
                        .map(Request::ReadLog)
                }
                0xF015 => {
                    mms_message::payload::decode_payload::<
                        super::commands::read_log_and_clear_tamper::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xF015,
                            "Read Log & Clear Tamper",
                            options,
                        )
                        .map(Request::ReadLogAndClearTamper)
                }
                0xF016 => {
                    mms_message::payload::decode_payload::<
                        super::commands::activate_device_security::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xF016,
                            "Activate Device Security",
                            options,
                        )
                        .map(Request::ActivateDeviceSecurity)
                }
                0xF017 => {
                    mms_message::payload::decode_payload::<
                        super::commands::establish_ephemeral_kbpk::Request,
                    >(
                            envelope,
                            mms_message::MessageKind::Request,
                            0xF017,
                            "Establish Ephemeral KBPK",
                            options,
                        )
                        .map(Request::EstablishEphemeralKbpk)
                }
                _ => return None,
            },
        )
    }
    fn id(&self) -> u16 {
        match self {
            Request::StartTransaction(_) => 0x1001,
            Request::ContinueTransaction(_) => 0x1002,
            Request::Finalize(_) => 0x1003,
            Request::ResumeTransaction(_) => 0x1004,
            Request::CancelTransaction(_) => 0x1008,
            Request::CloseClearTransaction(_) => 0x1009,
            Request::GetTransactionStatus(_) => 0x1014,
            Request::SetPaymentParameters(_) => 0x1041,
            Request::GetPaymentParameters(_) => 0x1042,
            Request::PassThroughCommandForNtagMifareUltralightType2(_) => 0x1100,
            Request::PassThroughCommandForMifareClassicMiniPlusSl1(_) => 0x1101,
            Request::PassThroughCommandForMifareDesfireType4(_) => 0x1102,
            Request::PassThroughCommandForMifarePlusType2(_) => 0x1103,
            Request::RequestCardholderSignature(_) => 0x1801,
            Request::ReportCardholderSelection(_) => 0x1802,
            Request::DisplayMessage(_) => 0x1803,
            Request::ReadBarcode(_) => 0x1804,
            Request::Buzzer(_) => 0x1805,
            Request::ShowImage(_) => 0x1821,
            Request::ShowQrCode(_) => 0x1822,
            Request::ShowBitmapImage(_) => 0x1823,
            Request::DisplayFlexibleUiPages(_) => 0x1830,
            Request::CardEmulation(_) => 0x1840,
            Request::ResetDevice(_) => 0x1F01,
            Request::SetNotificationSubscriptions(_) => 0x1F02,
            Request::ExtendSession(_) => 0x1F03,
            Request::TerminateBluetoothLeConnection(_) => 0x1F04,
            Request::EraseAllBluetoothLeBonds(_) => 0x1F05,
            Request::RequestPinWithHostSuppliedAccountData(_) => 0x2001,
            Request::RequestPinWithCardSuppliedAccountData(_) => 0x2002,
            Request::GetProperty(_) => 0xD101,
            Request::SetPropertyUnsecured(_) => 0xD111,
            Request::SetPropertySecured(_) => 0xD112,
            Request::ResetPropertiesToDefaults(_) => 0xD201,
            Request::LoadFirmwareFile(_) => 0xD801,
            Request::StartSendFileToDeviceSecured(_) => 0xD811,
            Request::StartSendFileToDeviceUnsecured(_) => 0xD812,
            Request::StartGetFileFromDevice(_) => 0xD821,
            Request::GetFileInfoFromDevice(_) => 0xD825,
            Request::DeleteFileFromDevice(_) => 0xD831,
            Request::CommitFirmwareFromFile(_) => 0xD901,
            Request::Echo(_) => 0xDF01,
            Request::ConvertBinaryTagDataToText(_) => 0xDF02,
            Request::GetChallenge(_) => 0xE001,
            Request::SendSecuredCommandToDevice(_) => 0xEEEE,
            Request::LoadKeyUsingTr31(_) => 0xEF01,
            Request::GenerateCsrKeys(_) => 0xEF02,
            Request::GenerateCsr(_) => 0xEF03,
            Request::LoadLtpkProtectionKey(_) => 0xEF04,
            Request::LoadEncryptedLtpkAndVersion(_) => 0xEF05,
            Request::ChangeDeviceLockState(_) => 0xEF06,
            Request::ChangeDeviceLockPasscode(_) => 0xEF07,
            Request::ResetDeviceLockPasscode(_) => 0xEF08,
            Request::EncryptUserData(_) => 0xEF09,
            Request::GetKeyInfo(_) => 0xEF11,
            Request::ForceTamper(_) => 0xF012,
            Request::ReadLog(_) => 0xF014,
            Request::ReadLogAndClearTamper(_) => 0xF015,
            Request::ActivateDeviceSecurity(_) => 0xF016,
            Request::EstablishEphemeralKbpk(_) => 0xF017,
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Request::StartTransaction(_) => "Start Transaction",
            Request::ContinueTransaction(_) => "Continue Transaction",
            Request::Finalize(_) => "Finalize",
            Request::ResumeTransaction(_) => "Resume Transaction",
            Request::CancelTransaction(_) => "Cancel Transaction",
            Request::CloseClearTransaction(_) => "Close / Clear Transaction",
            Request::GetTransactionStatus(_) => "Get Transaction Status",
            Request::SetPaymentParameters(_) => "Set Payment Parameters",
            Request::GetPaymentParameters(_) => "Get Payment Parameters",
            Request::PassThroughCommandForNtagMifareUltralightType2(_) => {
                "Pass Through Command For NTag/MIFARE Ultralight, Type 2"
            }
            Request::PassThroughCommandForMifareClassicMiniPlusSl1(_) => {
                "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2"
            }
            Request::PassThroughCommandForMifareDesfireType4(_) => {
                "Pass Through Command for MIFARE DESFire, Type 4"
            }
            Request::PassThroughCommandForMifarePlusType2(_) => {
                "Pass Through Command for MIFARE Plus, Type 2"
            }
            Request::RequestCardholderSignature(_) => "Request Cardholder Signature",
            Request::ReportCardholderSelection(_) => "Report Cardholder Selection",
            Request::DisplayMessage(_) => "Display Message",
            Request::ReadBarcode(_) => "Read Barcode",
            Request::Buzzer(_) => "Buzzer",
            Request::ShowImage(_) => "Show Image",
            Request::ShowQrCode(_) => "Show QR Code",
            Request::ShowBitmapImage(_) => "Show Bitmap Image",
            Request::DisplayFlexibleUiPages(_) => "Display Flexible UI Pages",
            Request::CardEmulation(_) => "Card Emulation",
            Request::ResetDevice(_) => "Reset Device",
            Request::SetNotificationSubscriptions(_) => "Set Notification Subscriptions",
            Request::ExtendSession(_) => "Extend Session",
            Request::TerminateBluetoothLeConnection(_) => {
                "Terminate Bluetooth® LE Connection"
            }
            Request::EraseAllBluetoothLeBonds(_) => "Erase All Bluetooth® LE Bonds",
            Request::RequestPinWithHostSuppliedAccountData(_) => {
                "Request PIN with Host Supplied Account Data"
            }
            Request::RequestPinWithCardSuppliedAccountData(_) => {
                "Request PIN with Card Supplied Account Data"
            }
            Request::GetProperty(_) => "Get Property",
            Request::SetPropertyUnsecured(_) => "Set Property (Unsecured)",
            Request::SetPropertySecured(_) => "Set Property (Secured)",
            Request::ResetPropertiesToDefaults(_) => "Reset Properties to Defaults",
            Request::LoadFirmwareFile(_) => "Load Firmware File",
            Request::StartSendFileToDeviceSecured(_) => {
                "Start Send File to Device (Secured)"
            }
            Request::StartSendFileToDeviceUnsecured(_) => {
                "Start Send File to Device (Unsecured)"
            }
            Request::StartGetFileFromDevice(_) => "Start Get File from Device",
            Request::GetFileInfoFromDevice(_) => "Get File Info from Device",
            Request::DeleteFileFromDevice(_) => "Delete File from Device",
            Request::CommitFirmwareFromFile(_) => "Commit Firmware from File",
            Request::Echo(_) => "Echo",
            Request::ConvertBinaryTagDataToText(_) => "Convert Binary Tag Data to Text",
            Request::GetChallenge(_) => "Get Challenge",
            Request::SendSecuredCommandToDevice(_) => "Send Secured Command to Device",
            Request::LoadKeyUsingTr31(_) => "Load Key Using TR-31",
            Request::GenerateCsrKeys(_) => "Generate CSR keys",
            Request::GenerateCsr(_) => "Generate CSR",
            Request::LoadLtpkProtectionKey(_) => "Load LTPK Protection Key",
            Request::LoadEncryptedLtpkAndVersion(_) => "Load Encrypted LTPK and Version",
            Request::ChangeDeviceLockState(_) => "Change Device Lock State",
            Request::ChangeDeviceLockPasscode(_) => "Change Device Lock Passcode",
            Request::ResetDeviceLockPasscode(_) => "Reset Device Lock Passcode",
            Request::EncryptUserData(_) => "Encrypt User Data",
            Request::GetKeyInfo(_) => "Get Key Info",
            Request::ForceTamper(_) => "Force Tamper",
            Request::ReadLog(_) => "Read Log",
            Request::ReadLogAndClearTamper(_) => "Read Log & Clear Tamper",
            Request::ActivateDeviceSecurity(_) => "Activate Device Security",
            Request::EstablishEphemeralKbpk(_) => "Establish Ephemeral KBPK",
        }
    }
    fn contents_len(&self) -> usize {
        match self {
            Request::StartTransaction(p) => mms_codec::Contents::contents_len(p),
            Request::ContinueTransaction(p) => mms_codec::Contents::contents_len(p),
            Request::Finalize(p) => mms_codec::Contents::contents_len(p),
            Request::ResumeTransaction(p) => mms_codec::Contents::contents_len(p),
            Request::CancelTransaction(p) => mms_codec::Contents::contents_len(p),
            Request::CloseClearTransaction(p) => mms_codec::Contents::contents_len(p),
            Request::GetTransactionStatus(p) => mms_codec::Contents::contents_len(p),
            Request::SetPaymentParameters(p) => mms_codec::Contents::contents_len(p),
            Request::GetPaymentParameters(p) => mms_codec::Contents::contents_len(p),
            Request::PassThroughCommandForNtagMifareUltralightType2(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::PassThroughCommandForMifareClassicMiniPlusSl1(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::PassThroughCommandForMifareDesfireType4(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::PassThroughCommandForMifarePlusType2(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::RequestCardholderSignature(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::ReportCardholderSelection(p) => mms_codec::Contents::contents_len(p),
            Request::DisplayMessage(p) => mms_codec::Contents::contents_len(p),
            Request::ReadBarcode(p) => mms_codec::Contents::contents_len(p),
            Request::Buzzer(p) => mms_codec::Contents::contents_len(p),
            Request::ShowImage(p) => mms_codec::Contents::contents_len(p),
            Request::ShowQrCode(p) => mms_codec::Contents::contents_len(p),
            Request::ShowBitmapImage(p) => mms_codec::Contents::contents_len(p),
            Request::DisplayFlexibleUiPages(p) => mms_codec::Contents::contents_len(p),
            Request::CardEmulation(p) => mms_codec::Contents::contents_len(p),
            Request::ResetDevice(p) => mms_codec::Contents::contents_len(p),
            Request::SetNotificationSubscriptions(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::ExtendSession(p) => mms_codec::Contents::contents_len(p),
            Request::TerminateBluetoothLeConnection(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::EraseAllBluetoothLeBonds(p) => mms_codec::Contents::contents_len(p),
            Request::RequestPinWithHostSuppliedAccountData(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::RequestPinWithCardSuppliedAccountData(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::GetProperty(p) => mms_codec::Contents::contents_len(p),
            Request::SetPropertyUnsecured(p) => mms_codec::Contents::contents_len(p),
            Request::SetPropertySecured(p) => mms_codec::Contents::contents_len(p),
            Request::ResetPropertiesToDefaults(p) => mms_codec::Contents::contents_len(p),
            Request::LoadFirmwareFile(p) => mms_codec::Contents::contents_len(p),
            Request::StartSendFileToDeviceSecured(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::StartSendFileToDeviceUnsecured(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::StartGetFileFromDevice(p) => mms_codec::Contents::contents_len(p),
            Request::GetFileInfoFromDevice(p) => mms_codec::Contents::contents_len(p),
            Request::DeleteFileFromDevice(p) => mms_codec::Contents::contents_len(p),
            Request::CommitFirmwareFromFile(p) => mms_codec::Contents::contents_len(p),
            Request::Echo(p) => mms_codec::Contents::contents_len(p),
            Request::ConvertBinaryTagDataToText(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::GetChallenge(p) => mms_codec::Contents::contents_len(p),
            Request::SendSecuredCommandToDevice(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::LoadKeyUsingTr31(p) => mms_codec::Contents::contents_len(p),
            Request::GenerateCsrKeys(p) => mms_codec::Contents::contents_len(p),
            Request::GenerateCsr(p) => mms_codec::Contents::contents_len(p),
            Request::LoadLtpkProtectionKey(p) => mms_codec::Contents::contents_len(p),
            Request::LoadEncryptedLtpkAndVersion(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Request::ChangeDeviceLockState(p) => mms_codec::Contents::contents_len(p),
            Request::ChangeDeviceLockPasscode(p) => mms_codec::Contents::contents_len(p),
            Request::ResetDeviceLockPasscode(p) => mms_codec::Contents::contents_len(p),
            Request::EncryptUserData(p) => mms_codec::Contents::contents_len(p),
            Request::GetKeyInfo(p) => mms_codec::Contents::contents_len(p),
            Request::ForceTamper(p) => mms_codec::Contents::contents_len(p),
            Request::ReadLog(p) => mms_codec::Contents::contents_len(p),
            Request::ReadLogAndClearTamper(p) => mms_codec::Contents::contents_len(p),
            Request::ActivateDeviceSecurity(p) => mms_codec::Contents::contents_len(p),
            Request::EstablishEphemeralKbpk(p) => mms_codec::Contents::contents_len(p),
        }
    }
    fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
        match self {
            Request::StartTransaction(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ContinueTransaction(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::Finalize(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ResumeTransaction(p) => mms_codec::Contents::encode_contents(p, out),
            Request::CancelTransaction(p) => mms_codec::Contents::encode_contents(p, out),
            Request::CloseClearTransaction(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::GetTransactionStatus(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::SetPaymentParameters(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::GetPaymentParameters(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::PassThroughCommandForNtagMifareUltralightType2(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::PassThroughCommandForMifareClassicMiniPlusSl1(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::PassThroughCommandForMifareDesfireType4(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::PassThroughCommandForMifarePlusType2(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::RequestCardholderSignature(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ReportCardholderSelection(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::DisplayMessage(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ReadBarcode(p) => mms_codec::Contents::encode_contents(p, out),
            Request::Buzzer(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ShowImage(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ShowQrCode(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ShowBitmapImage(p) => mms_codec::Contents::encode_contents(p, out),
            Request::DisplayFlexibleUiPages(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::CardEmulation(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ResetDevice(p) => mms_codec::Contents::encode_contents(p, out),
            Request::SetNotificationSubscriptions(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ExtendSession(p) => mms_codec::Contents::encode_contents(p, out),
            Request::TerminateBluetoothLeConnection(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::EraseAllBluetoothLeBonds(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::RequestPinWithHostSuppliedAccountData(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::RequestPinWithCardSuppliedAccountData(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::GetProperty(p) => mms_codec::Contents::encode_contents(p, out),
            Request::SetPropertyUnsecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::SetPropertySecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ResetPropertiesToDefaults(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::LoadFirmwareFile(p) => mms_codec::Contents::encode_contents(p, out),
            Request::StartSendFileToDeviceSecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::StartSendFileToDeviceUnsecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::StartGetFileFromDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::GetFileInfoFromDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::DeleteFileFromDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::CommitFirmwareFromFile(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::Echo(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ConvertBinaryTagDataToText(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::GetChallenge(p) => mms_codec::Contents::encode_contents(p, out),
            Request::SendSecuredCommandToDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::LoadKeyUsingTr31(p) => mms_codec::Contents::encode_contents(p, out),
            Request::GenerateCsrKeys(p) => mms_codec::Contents::encode_contents(p, out),
            Request::GenerateCsr(p) => mms_codec::Contents::encode_contents(p, out),
            Request::LoadLtpkProtectionKey(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::LoadEncryptedLtpkAndVersion(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ChangeDeviceLockState(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ChangeDeviceLockPasscode(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ResetDeviceLockPasscode(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::EncryptUserData(p) => mms_codec::Contents::encode_contents(p, out),
            Request::GetKeyInfo(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ForceTamper(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ReadLog(p) => mms_codec::Contents::encode_contents(p, out),
            Request::ReadLogAndClearTamper(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::ActivateDeviceSecurity(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Request::EstablishEphemeralKbpk(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
        }
    }
}
/// A command response payload of any command in the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Response {
    /// "Start Transaction" (command 0x1001).
    StartTransaction(super::commands::start_transaction::Response),
    /// "Continue Transaction" (command 0x1002).
    ContinueTransaction(super::commands::continue_transaction::Response),
    /// "Finalize" (command 0x1003).
    Finalize(super::commands::finalize::Response),
    /// "Resume Transaction" (command 0x1004).
    ResumeTransaction(super::commands::resume_transaction::Response),
    /// "Cancel Transaction" (command 0x1008).
    CancelTransaction(super::commands::cancel_transaction::Response),
    /// "Close / Clear Transaction" (command 0x1009).
    CloseClearTransaction(super::commands::close_clear_transaction::Response),
    /// "Get Transaction Status" (command 0x1014).
    GetTransactionStatus(super::commands::get_transaction_status::Response),
    /// "Set Payment Parameters" (command 0x1041).
    SetPaymentParameters(super::commands::set_payment_parameters::Response),
    /// "Get Payment Parameters" (command 0x1042).
    GetPaymentParameters(super::commands::get_payment_parameters::Response),
    /// "Pass Through Command For NTag/MIFARE Ultralight, Type 2" (command 0x1100).
    PassThroughCommandForNtagMifareUltralightType2(
        super::commands::pass_through_command_for_ntag_mifare_ultralight_type_2::Response,
    ),
    /// "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2" (command 0x1101).
    PassThroughCommandForMifareClassicMiniPlusSl1(
        super::commands::pass_through_command_for_mifare_classic_mini_plus_sl1::Response,
    ),
    /// "Pass Through Command for MIFARE DESFire, Type 4" (command 0x1102).
    PassThroughCommandForMifareDesfireType4(
        super::commands::pass_through_command_for_mifare_desfire_type_4::Response,
    ),
    /// "Pass Through Command for MIFARE Plus, Type 2" (command 0x1103).
    PassThroughCommandForMifarePlusType2(
        super::commands::pass_through_command_for_mifare_plus_type_2::Response,
    ),
    /// "Request Cardholder Signature" (command 0x1801).
    RequestCardholderSignature(super::commands::request_cardholder_signature::Response),
    /// "Report Cardholder Selection" (command 0x1802).
    ReportCardholderSelection(super::commands::report_cardholder_selection::Response),
    /// "Display Message" (command 0x1803).
    DisplayMessage(super::commands::display_message::Response),
    /// "Read Barcode" (command 0x1804).
    ReadBarcode(super::commands::read_barcode::Response),
    /// "Buzzer" (command 0x1805).
    Buzzer(super::commands::buzzer::Response),
    /// "Show Image" (command 0x1821).
    ShowImage(super::commands::show_image::Response),
    /// "Show QR Code" (command 0x1822).
    ShowQrCode(super::commands::show_qr_code::Response),
    /// "Show Bitmap Image" (command 0x1823).
    ShowBitmapImage(super::commands::show_bitmap_image::Response),
    /// "Display Flexible UI Pages" (command 0x1830).
    DisplayFlexibleUiPages(super::commands::display_flexible_ui_pages::Response),
    /// "Card Emulation" (command 0x1840).
    CardEmulation(super::commands::card_emulation::Response),
    /// "Reset Device" (command 0x1F01).
    ResetDevice(super::commands::reset_device::Response),
    /// "Set Notification Subscriptions" (command 0x1F02).
    SetNotificationSubscriptions(
        super::commands::set_notification_subscriptions::Response,
    ),
    /// "Extend Session" (command 0x1F03).
    ExtendSession(super::commands::extend_session::Response),
    /// "Terminate Bluetooth® LE Connection" (command 0x1F04).
    TerminateBluetoothLeConnection(
        super::commands::terminate_bluetooth_le_connection::Response,
    ),
    /// "Erase All Bluetooth® LE Bonds" (command 0x1F05).
    EraseAllBluetoothLeBonds(super::commands::erase_all_bluetooth_le_bonds::Response),
    /// "Request PIN with Host Supplied Account Data" (command 0x2001).
    RequestPinWithHostSuppliedAccountData(
        super::commands::request_pin_with_host_supplied_account_data::Response,
    ),
    /// "Request PIN with Card Supplied Account Data" (command 0x2002).
    RequestPinWithCardSuppliedAccountData(
        super::commands::request_pin_with_card_supplied_account_data::Response,
    ),
    /// "Get Property" (command 0xD101).
    GetProperty(super::commands::get_property::Response),
    /// "Set Property (Unsecured)" (command 0xD111).
    SetPropertyUnsecured(super::commands::set_property_unsecured::Response),
    /// "Set Property (Secured)" (command 0xD112).
    SetPropertySecured(super::commands::set_property_secured::Response),
    /// "Reset Properties to Defaults" (command 0xD201).
    ResetPropertiesToDefaults(super::commands::reset_properties_to_defaults::Response),
    /// "Load Firmware File" (command 0xD801).
    LoadFirmwareFile(super::commands::load_firmware_file::Response),
    /// "Start Send File to Device (Secured)" (command 0xD811).
    StartSendFileToDeviceSecured(
        super::commands::start_send_file_to_device_secured::Response,
    ),
    /// "Start Send File to Device (Unsecured)" (command 0xD812).
    StartSendFileToDeviceUnsecured(
        super::commands::start_send_file_to_device_unsecured::Response,
    ),
    /// "Start Get File from Device" (command 0xD821).
    StartGetFileFromDevice(super::commands::start_get_file_from_device::Response),
    /// "Get File Info from Device" (command 0xD825).
    GetFileInfoFromDevice(super::commands::get_file_info_from_device::Response),
    /// "Delete File from Device" (command 0xD831).
    DeleteFileFromDevice(super::commands::delete_file_from_device::Response),
    /// "Commit Firmware from File" (command 0xD901).
    CommitFirmwareFromFile(super::commands::commit_firmware_from_file::Response),
    /// "Echo" (command 0xDF01).
    Echo(super::commands::echo::Response),
    /// "Convert Binary Tag Data to Text" (command 0xDF02).
    ConvertBinaryTagDataToText(
        super::commands::convert_binary_tag_data_to_text::Response,
    ),
    /// "Get Challenge" (command 0xE001).
    GetChallenge(super::commands::get_challenge::Response),
    /// "Send Secured Command to Device" (command 0xEEEE).
    SendSecuredCommandToDevice(
        super::commands::send_secured_command_to_device::Response,
    ),
    /// "Load Key Using TR-31" (command 0xEF01).
    LoadKeyUsingTr31(super::commands::load_key_using_tr_31::Response),
    /// "Generate CSR keys" (command 0xEF02).
    GenerateCsrKeys(super::commands::generate_csr_keys::Response),
    /// "Generate CSR" (command 0xEF03).
    GenerateCsr(super::commands::generate_csr::Response),
    /// "Load LTPK Protection Key" (command 0xEF04).
    LoadLtpkProtectionKey(super::commands::load_ltpk_protection_key::Response),
    /// "Load Encrypted LTPK and Version" (command 0xEF05).
    LoadEncryptedLtpkAndVersion(
        super::commands::load_encrypted_ltpk_and_version::Response,
    ),
    /// "Change Device Lock State" (command 0xEF06).
    ChangeDeviceLockState(super::commands::change_device_lock_state::Response),
    /// "Change Device Lock Passcode" (command 0xEF07).
    ChangeDeviceLockPasscode(super::commands::change_device_lock_passcode::Response),
    /// "Reset Device Lock Passcode" (command 0xEF08).
    ResetDeviceLockPasscode(super::commands::reset_device_lock_passcode::Response),
    /// "Encrypt User Data" (command 0xEF09).
    EncryptUserData(super::commands::encrypt_user_data::Response),
    /// "Get Key Info" (command 0xEF11).
    GetKeyInfo(super::commands::get_key_info::Response),
    /// "Force Tamper" (command 0xF012).
    ForceTamper(super::commands::force_tamper::Response),
    /// "Read Log" (command 0xF014).
    ReadLog(super::commands::read_log::Response),
    /// "Read Log & Clear Tamper" (command 0xF015).
    ReadLogAndClearTamper(super::commands::read_log_and_clear_tamper::Response),
    /// "Activate Device Security" (command 0xF016).
    ActivateDeviceSecurity(super::commands::activate_device_security::Response),
    /// "Establish Ephemeral KBPK" (command 0xF017).
    EstablishEphemeralKbpk(super::commands::establish_ephemeral_kbpk::Response),
}
impl mms_message::PayloadEnum for Response {
    fn decode(
        envelope: &mms_message::Envelope,
        options: mms_codec::DecodeOptions,
    ) -> Option<Result<Self, mms_message::MessageError>> {
        let id = envelope.payload_id().unwrap_or(envelope.info.id);
        Some(
            match id {
                0x1001 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_transaction::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1001,
                            "Start Transaction",
                            options,
                        )
                        .map(Response::StartTransaction)
                }
                0x1002 => {
                    mms_message::payload::decode_payload::<
                        super::commands::continue_transaction::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1002,
                            "Continue Transaction",
                            options,
                        )
                        .map(Response::ContinueTransaction)
                }
                0x1003 => {
                    mms_message::payload::decode_payload::<
                        super::commands::finalize::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1003,
                            "Finalize",
                            options,
                        )
                        .map(Response::Finalize)
                }
                0x1004 => {
                    mms_message::payload::decode_payload::<
                        super::commands::resume_transaction::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1004,
                            "Resume Transaction",
                            options,
                        )
                        .map(Response::ResumeTransaction)
                }
                0x1008 => {
                    mms_message::payload::decode_payload::<
                        super::commands::cancel_transaction::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1008,
                            "Cancel Transaction",
                            options,
                        )
                        .map(Response::CancelTransaction)
                }
                0x1009 => {
                    mms_message::payload::decode_payload::<
                        super::commands::close_clear_transaction::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1009,
                            "Close / Clear Transaction",
                            options,
                        )
                        .map(Response::CloseClearTransaction)
                }
                0x1014 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_transaction_status::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1014,
                            "Get Transaction Status",
                            options,
                        )
                        .map(Response::GetTransactionStatus)
                }
                0x1041 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_payment_parameters::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1041,
                            "Set Payment Parameters",
                            options,
                        )
                        .map(Response::SetPaymentParameters)
                }
                0x1042 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_payment_parameters::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1042,
                            "Get Payment Parameters",
                            options,
                        )
                        .map(Response::GetPaymentParameters)
                }
                0x1100 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_ntag_mifare_ultralight_type_2::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1100,
                            "Pass Through Command For NTag/MIFARE Ultralight, Type 2",
                            options,
                        )
                        .map(Response::PassThroughCommandForNtagMifareUltralightType2)
                }
                0x1101 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_mifare_classic_mini_plus_sl1::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1101,
                            "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2",
                            options,
                        )
                        .map(Response::PassThroughCommandForMifareClassicMiniPlusSl1)
                }
                0x1102 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_mifare_desfire_type_4::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1102,
                            "Pass Through Command for MIFARE DESFire, Type 4",
                            options,
                        )
                        .map(Response::PassThroughCommandForMifareDesfireType4)
                }
                0x1103 => {
                    mms_message::payload::decode_payload::<
                        super::commands::pass_through_command_for_mifare_plus_type_2::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1103,
                            "Pass Through Command for MIFARE Plus, Type 2",
                            options,
                        )
                        .map(Response::PassThroughCommandForMifarePlusType2)
                }
                0x1801 => {
                    mms_message::payload::decode_payload::<
                        super::commands::request_cardholder_signature::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1801,
                            "Request Cardholder Signature",
                            options,
                        )
                        .map(Response::RequestCardholderSignature)
                }
                0x1802 => {
                    mms_message::payload::decode_payload::<
                        super::commands::report_cardholder_selection::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1802,
                            "Report Cardholder Selection",
                            options,
                        )
                        .map(Response::ReportCardholderSelection)
                }
                0x1803 => {
                    mms_message::payload::decode_payload::<
                        super::commands::display_message::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1803,
                            "Display Message",
                            options,
                        )
                        .map(Response::DisplayMessage)
                }
                0x1804 => {
                    mms_message::payload::decode_payload::<
                        super::commands::read_barcode::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1804,
                            "Read Barcode",
                            options,
                        )
                        .map(Response::ReadBarcode)
                }
                0x1805 => {
                    mms_message::payload::decode_payload::<
                        super::commands::buzzer::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1805,
                            "Buzzer",
                            options,
                        )
                        .map(Response::Buzzer)
                }
                0x1821 => {
                    mms_message::payload::decode_payload::<
                        super::commands::show_image::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1821,
                            "Show Image",
                            options,
                        )
                        .map(Response::ShowImage)
                }
                0x1822 => {
                    mms_message::payload::decode_payload::<
                        super::commands::show_qr_code::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1822,
                            "Show QR Code",
                            options,
                        )
                        .map(Response::ShowQrCode)
                }
                0x1823 => {
                    mms_message::payload::decode_payload::<
                        super::commands::show_bitmap_image::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1823,
                            "Show Bitmap Image",
                            options,
                        )
                        .map(Response::ShowBitmapImage)
                }
                0x1830 => {
                    mms_message::payload::decode_payload::<
                        super::commands::display_flexible_ui_pages::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1830,
                            "Display Flexible UI Pages",
                            options,
                        )
                        .map(Response::DisplayFlexibleUiPages)
                }
                0x1840 => {
                    mms_message::payload::decode_payload::<
                        super::commands::card_emulation::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1840,
                            "Card Emulation",
                            options,
                        )
                        .map(Response::CardEmulation)
                }
                0x1F01 => {
                    mms_message::payload::decode_payload::<
                        super::commands::reset_device::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1F01,
                            "Reset Device",
                            options,
                        )
                        .map(Response::ResetDevice)
                }
                0x1F02 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_notification_subscriptions::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1F02,
                            "Set Notification Subscriptions",
                            options,
                        )
                        .map(Response::SetNotificationSubscriptions)
                }
                0x1F03 => {
                    mms_message::payload::decode_payload::<
                        super::commands::extend_session::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1F03,
                            "Extend Session",
                            options,
                        )
                        .map(Response::ExtendSession)
                }
                0x1F04 => {
                    mms_message::payload::decode_payload::<
                        super::commands::terminate_bluetooth_le_connection::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1F04,
                            "Terminate Bluetooth® LE Connection",
                            options,
                        )
                        .map(Response::TerminateBluetoothLeConnection)
                }
                0x1F05 => {
                    mms_message::payload::decode_payload::<
                        super::commands::erase_all_bluetooth_le_bonds::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x1F05,
                            "Erase All Bluetooth® LE Bonds",
                            options,
                        )
                        .map(Response::EraseAllBluetoothLeBonds)
                }
                0x2001 => {
                    mms_message::payload::decode_payload::<
                        super::commands::request_pin_with_host_supplied_account_data::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x2001,
                            "Request PIN with Host Supplied Account Data",
                            options,
                        )
                        .map(Response::RequestPinWithHostSuppliedAccountData)
                }
                0x2002 => {
                    mms_message::payload::decode_payload::<
                        super::commands::request_pin_with_card_supplied_account_data::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0x2002,
                            "Request PIN with Card Supplied Account Data",
                            options,
                        )
                        .map(Response::RequestPinWithCardSuppliedAccountData)
                }
                0xD101 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_property::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD101,
                            "Get Property",
                            options,
                        )
                        .map(Response::GetProperty)
                }
                0xD111 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_property_unsecured::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD111,
                            "Set Property (Unsecured)",
                            options,
                        )
                        .map(Response::SetPropertyUnsecured)
                }
                0xD112 => {
                    mms_message::payload::decode_payload::<
                        super::commands::set_property_secured::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD112,
                            "Set Property (Secured)",
                            options,
                        )
                        .map(Response::SetPropertySecured)
                }
                0xD201 => {
                    mms_message::payload::decode_payload::<
                        super::commands::reset_properties_to_defaults::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD201,
                            "Reset Properties to Defaults",
                            options,
                        )
                        .map(Response::ResetPropertiesToDefaults)
                }
                0xD801 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_firmware_file::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD801,
                            "Load Firmware File",
                            options,
                        )
                        .map(Response::LoadFirmwareFile)
                }
                0xD811 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_send_file_to_device_secured::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD811,
                            "Start Send File to Device (Secured)",
                            options,
                        )
                        .map(Response::StartSendFileToDeviceSecured)
                }
                0xD812 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_send_file_to_device_unsecured::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD812,
                            "Start Send File to Device (Unsecured)",
                            options,
                        )
                        .map(Response::StartSendFileToDeviceUnsecured)
                }
                0xD821 => {
                    mms_message::payload::decode_payload::<
                        super::commands::start_get_file_from_device::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD821,
                            "Start Get File from Device",
                            options,
                        )
                        .map(Response::StartGetFileFromDevice)
                }
                0xD825 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_file_info_from_device::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD825,
                            "Get File Info from Device",
                            options,
                        )
                        .map(Response::GetFileInfoFromDevice)
                }
                0xD831 => {
                    mms_message::payload::decode_payload::<
                        super::commands::delete_file_from_device::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD831,
                            "Delete File from Device",
                            options,
                        )
                        .map(Response::DeleteFileFromDevice)
                }
                0xD901 => {
                    mms_message::payload::decode_payload::<
                        super::commands::commit_firmware_from_file::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xD901,
                            "Commit Firmware from File",
                            options,
                        )
                        .map(Response::CommitFirmwareFromFile)
                }
                0xDF01 => {
                    mms_message::payload::decode_payload::<
                        super::commands::echo::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xDF01,
                            "Echo",
                            options,
                        )
                        .map(Response::Echo)
                }
                0xDF02 => {
                    mms_message::payload::decode_payload::<
                        super::commands::convert_binary_tag_data_to_text::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xDF02,
                            "Convert Binary Tag Data to Text",
                            options,
                        )
                        .map(Response::ConvertBinaryTagDataToText)
                }
                0xE001 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_challenge::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xE001,
                            "Get Challenge",
                            options,
                        )
                        .map(Response::GetChallenge)
                }
                0xEEEE => {
                    mms_message::payload::decode_payload::<
                        super::commands::send_secured_command_to_device::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEEEE,
                            "Send Secured Command to Device",
                            options,
                        )
                        .map(Response::SendSecuredCommandToDevice)
                }
                0xEF01 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_key_using_tr_31::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF01,
                            "Load Key Using TR-31",
                            options,
                        )
                        .map(Response::LoadKeyUsingTr31)
                }
                0xEF02 => {
                    mms_message::payload::decode_payload::<
                        super::commands::generate_csr_keys::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF02,
                            "Generate CSR keys",
                            options,
                        )
                        .map(Response::GenerateCsrKeys)
                }
                0xEF03 => {
                    mms_message::payload::decode_payload::<
                        super::commands::generate_csr::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF03,
                            "Generate CSR",
                            options,
                        )
                        .map(Response::GenerateCsr)
                }
                0xEF04 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_ltpk_protection_key::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF04,
                            "Load LTPK Protection Key",
                            options,
                        )
                        .map(Response::LoadLtpkProtectionKey)
                }
                0xEF05 => {
                    mms_message::payload::decode_payload::<
                        super::commands::load_encrypted_ltpk_and_version::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF05,
                            "Load Encrypted LTPK and Version",
                            options,
                        )
                        .map(Response::LoadEncryptedLtpkAndVersion)
                }
                0xEF06 => {
                    mms_message::payload::decode_payload::<
                        super::commands::change_device_lock_state::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF06,
                            "Change Device Lock State",
                            options,
                        )
                        .map(Response::ChangeDeviceLockState)
                }
                0xEF07 => {
                    mms_message::payload::decode_payload::<
                        super::commands::change_device_lock_passcode::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF07,
                            "Change Device Lock Passcode",
                            options,
                        )
                        .map(Response::ChangeDeviceLockPasscode)
                }
                0xEF08 => {
                    mms_message::payload::decode_payload::<
                        super::commands::reset_device_lock_passcode::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF08,
                            "Reset Device Lock Passcode",
                            options,
                        )
                        .map(Response::ResetDeviceLockPasscode)
                }
                0xEF09 => {
                    mms_message::payload::decode_payload::<
                        super::commands::encrypt_user_data::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF09,
                            "Encrypt User Data",
                            options,
                        )
                        .map(Response::EncryptUserData)
                }
                0xEF11 => {
                    mms_message::payload::decode_payload::<
                        super::commands::get_key_info::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xEF11,
                            "Get Key Info",
                            options,
                        )
                        .map(Response::GetKeyInfo)
                }
                0xF012 => {
                    mms_message::payload::decode_payload::<
                        super::commands::force_tamper::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xF012,
                            "Force Tamper",
                            options,
                        )
                        .map(Response::ForceTamper)
                }
                0xF014 => {
                    mms_message::payload::decode_payload::<
                        super::commands::read_log::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xF014,
                            "Read Log",
                            options,
                        )
                        .map(Response::ReadLog)
                }
                0xF015 => {
                    mms_message::payload::decode_payload::<
                        super::commands::read_log_and_clear_tamper::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xF015,
                            "Read Log & Clear Tamper",
                            options,
                        )
                        .map(Response::ReadLogAndClearTamper)
                }
                0xF016 => {
                    mms_message::payload::decode_payload::<
                        super::commands::activate_device_security::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xF016,
                            "Activate Device Security",
                            options,
                        )
                        .map(Response::ActivateDeviceSecurity)
                }
                0xF017 => {
                    mms_message::payload::decode_payload::<
                        super::commands::establish_ephemeral_kbpk::Response,
                    >(
                            envelope,
                            mms_message::MessageKind::Response,
                            0xF017,
                            "Establish Ephemeral KBPK",
                            options,
                        )
                        .map(Response::EstablishEphemeralKbpk)
                }
                _ => return None,
            },
        )
    }
    fn id(&self) -> u16 {
        match self {
            Response::StartTransaction(_) => 0x1001,
            Response::ContinueTransaction(_) => 0x1002,
            Response::Finalize(_) => 0x1003,
            Response::ResumeTransaction(_) => 0x1004,
            Response::CancelTransaction(_) => 0x1008,
            Response::CloseClearTransaction(_) => 0x1009,
            Response::GetTransactionStatus(_) => 0x1014,
            Response::SetPaymentParameters(_) => 0x1041,
            Response::GetPaymentParameters(_) => 0x1042,
            Response::PassThroughCommandForNtagMifareUltralightType2(_) => 0x1100,
            Response::PassThroughCommandForMifareClassicMiniPlusSl1(_) => 0x1101,
            Response::PassThroughCommandForMifareDesfireType4(_) => 0x1102,
            Response::PassThroughCommandForMifarePlusType2(_) => 0x1103,
            Response::RequestCardholderSignature(_) => 0x1801,
            Response::ReportCardholderSelection(_) => 0x1802,
            Response::DisplayMessage(_) => 0x1803,
            Response::ReadBarcode(_) => 0x1804,
            Response::Buzzer(_) => 0x1805,
            Response::ShowImage(_) => 0x1821,
            Response::ShowQrCode(_) => 0x1822,
            Response::ShowBitmapImage(_) => 0x1823,
            Response::DisplayFlexibleUiPages(_) => 0x1830,
            Response::CardEmulation(_) => 0x1840,
            Response::ResetDevice(_) => 0x1F01,
            Response::SetNotificationSubscriptions(_) => 0x1F02,
            Response::ExtendSession(_) => 0x1F03,
            Response::TerminateBluetoothLeConnection(_) => 0x1F04,
            Response::EraseAllBluetoothLeBonds(_) => 0x1F05,
            Response::RequestPinWithHostSuppliedAccountData(_) => 0x2001,
            Response::RequestPinWithCardSuppliedAccountData(_) => 0x2002,
            Response::GetProperty(_) => 0xD101,
            Response::SetPropertyUnsecured(_) => 0xD111,
            Response::SetPropertySecured(_) => 0xD112,
            Response::ResetPropertiesToDefaults(_) => 0xD201,
            Response::LoadFirmwareFile(_) => 0xD801,
            Response::StartSendFileToDeviceSecured(_) => 0xD811,
            Response::StartSendFileToDeviceUnsecured(_) => 0xD812,
            Response::StartGetFileFromDevice(_) => 0xD821,
            Response::GetFileInfoFromDevice(_) => 0xD825,
            Response::DeleteFileFromDevice(_) => 0xD831,
            Response::CommitFirmwareFromFile(_) => 0xD901,
            Response::Echo(_) => 0xDF01,
            Response::ConvertBinaryTagDataToText(_) => 0xDF02,
            Response::GetChallenge(_) => 0xE001,
            Response::SendSecuredCommandToDevice(_) => 0xEEEE,
            Response::LoadKeyUsingTr31(_) => 0xEF01,
            Response::GenerateCsrKeys(_) => 0xEF02,
            Response::GenerateCsr(_) => 0xEF03,
            Response::LoadLtpkProtectionKey(_) => 0xEF04,
            Response::LoadEncryptedLtpkAndVersion(_) => 0xEF05,
            Response::ChangeDeviceLockState(_) => 0xEF06,
            Response::ChangeDeviceLockPasscode(_) => 0xEF07,
            Response::ResetDeviceLockPasscode(_) => 0xEF08,
            Response::EncryptUserData(_) => 0xEF09,
            Response::GetKeyInfo(_) => 0xEF11,
            Response::ForceTamper(_) => 0xF012,
            Response::ReadLog(_) => 0xF014,
            Response::ReadLogAndClearTamper(_) => 0xF015,
            Response::ActivateDeviceSecurity(_) => 0xF016,
            Response::EstablishEphemeralKbpk(_) => 0xF017,
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Response::StartTransaction(_) => "Start Transaction",
            Response::ContinueTransaction(_) => "Continue Transaction",
            Response::Finalize(_) => "Finalize",
            Response::ResumeTransaction(_) => "Resume Transaction",
            Response::CancelTransaction(_) => "Cancel Transaction",
            Response::CloseClearTransaction(_) => "Close / Clear Transaction",
            Response::GetTransactionStatus(_) => "Get Transaction Status",
            Response::SetPaymentParameters(_) => "Set Payment Parameters",
            Response::GetPaymentParameters(_) => "Get Payment Parameters",
            Response::PassThroughCommandForNtagMifareUltralightType2(_) => {
                "Pass Through Command For NTag/MIFARE Ultralight, Type 2"
            }
            Response::PassThroughCommandForMifareClassicMiniPlusSl1(_) => {
                "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2"
            }
            Response::PassThroughCommandForMifareDesfireType4(_) => {
                "Pass Through Command for MIFARE DESFire, Type 4"
            }
            Response::PassThroughCommandForMifarePlusType2(_) => {
                "Pass Through Command for MIFARE Plus, Type 2"
            }
            Response::RequestCardholderSignature(_) => "Request Cardholder Signature",
            Response::ReportCardholderSelection(_) => "Report Cardholder Selection",
            Response::DisplayMessage(_) => "Display Message",
            Response::ReadBarcode(_) => "Read Barcode",
            Response::Buzzer(_) => "Buzzer",
            Response::ShowImage(_) => "Show Image",
            Response::ShowQrCode(_) => "Show QR Code",
            Response::ShowBitmapImage(_) => "Show Bitmap Image",
            Response::DisplayFlexibleUiPages(_) => "Display Flexible UI Pages",
            Response::CardEmulation(_) => "Card Emulation",
            Response::ResetDevice(_) => "Reset Device",
            Response::SetNotificationSubscriptions(_) => "Set Notification Subscriptions",
            Response::ExtendSession(_) => "Extend Session",
            Response::TerminateBluetoothLeConnection(_) => {
                "Terminate Bluetooth® LE Connection"
            }
            Response::EraseAllBluetoothLeBonds(_) => "Erase All Bluetooth® LE Bonds",
            Response::RequestPinWithHostSuppliedAccountData(_) => {
                "Request PIN with Host Supplied Account Data"
            }
            Response::RequestPinWithCardSuppliedAccountData(_) => {
                "Request PIN with Card Supplied Account Data"
            }
            Response::GetProperty(_) => "Get Property",
            Response::SetPropertyUnsecured(_) => "Set Property (Unsecured)",
            Response::SetPropertySecured(_) => "Set Property (Secured)",
            Response::ResetPropertiesToDefaults(_) => "Reset Properties to Defaults",
            Response::LoadFirmwareFile(_) => "Load Firmware File",
            Response::StartSendFileToDeviceSecured(_) => {
                "Start Send File to Device (Secured)"
            }
            Response::StartSendFileToDeviceUnsecured(_) => {
                "Start Send File to Device (Unsecured)"
            }
            Response::StartGetFileFromDevice(_) => "Start Get File from Device",
            Response::GetFileInfoFromDevice(_) => "Get File Info from Device",
            Response::DeleteFileFromDevice(_) => "Delete File from Device",
            Response::CommitFirmwareFromFile(_) => "Commit Firmware from File",
            Response::Echo(_) => "Echo",
            Response::ConvertBinaryTagDataToText(_) => "Convert Binary Tag Data to Text",
            Response::GetChallenge(_) => "Get Challenge",
            Response::SendSecuredCommandToDevice(_) => "Send Secured Command to Device",
            Response::LoadKeyUsingTr31(_) => "Load Key Using TR-31",
            Response::GenerateCsrKeys(_) => "Generate CSR keys",
            Response::GenerateCsr(_) => "Generate CSR",
            Response::LoadLtpkProtectionKey(_) => "Load LTPK Protection Key",
            Response::LoadEncryptedLtpkAndVersion(_) => "Load Encrypted LTPK and Version",
            Response::ChangeDeviceLockState(_) => "Change Device Lock State",
            Response::ChangeDeviceLockPasscode(_) => "Change Device Lock Passcode",
            Response::ResetDeviceLockPasscode(_) => "Reset Device Lock Passcode",
            Response::EncryptUserData(_) => "Encrypt User Data",
            Response::GetKeyInfo(_) => "Get Key Info",
            Response::ForceTamper(_) => "Force Tamper",
            Response::ReadLog(_) => "Read Log",
            Response::ReadLogAndClearTamper(_) => "Read Log & Clear Tamper",
            Response::ActivateDeviceSecurity(_) => "Activate Device Security",
            Response::EstablishEphemeralKbpk(_) => "Establish Ephemeral KBPK",
        }
    }
    fn contents_len(&self) -> usize {
        match self {
            Response::StartTransaction(p) => mms_codec::Contents::contents_len(p),
            Response::ContinueTransaction(p) => mms_codec::Contents::contents_len(p),
            Response::Finalize(p) => mms_codec::Contents::contents_len(p),
            Response::ResumeTransaction(p) => mms_codec::Contents::contents_len(p),
            Response::CancelTransaction(p) => mms_codec::Contents::contents_len(p),
            Response::CloseClearTransaction(p) => mms_codec::Contents::contents_len(p),
            Response::GetTransactionStatus(p) => mms_codec::Contents::contents_len(p),
            Response::SetPaymentParameters(p) => mms_codec::Contents::contents_len(p),
            Response::GetPaymentParameters(p) => mms_codec::Contents::contents_len(p),
            Response::PassThroughCommandForNtagMifareUltralightType2(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::PassThroughCommandForMifareClassicMiniPlusSl1(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::PassThroughCommandForMifareDesfireType4(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::PassThroughCommandForMifarePlusType2(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::RequestCardholderSignature(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::ReportCardholderSelection(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::DisplayMessage(p) => mms_codec::Contents::contents_len(p),
            Response::ReadBarcode(p) => mms_codec::Contents::contents_len(p),
            Response::Buzzer(p) => mms_codec::Contents::contents_len(p),
            Response::ShowImage(p) => mms_codec::Contents::contents_len(p),
            Response::ShowQrCode(p) => mms_codec::Contents::contents_len(p),
            Response::ShowBitmapImage(p) => mms_codec::Contents::contents_len(p),
            Response::DisplayFlexibleUiPages(p) => mms_codec::Contents::contents_len(p),
            Response::CardEmulation(p) => mms_codec::Contents::contents_len(p),
            Response::ResetDevice(p) => mms_codec::Contents::contents_len(p),
            Response::SetNotificationSubscriptions(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::ExtendSession(p) => mms_codec::Contents::contents_len(p),
            Response::TerminateBluetoothLeConnection(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::EraseAllBluetoothLeBonds(p) => mms_codec::Contents::contents_len(p),
            Response::RequestPinWithHostSuppliedAccountData(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::RequestPinWithCardSuppliedAccountData(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::GetProperty(p) => mms_codec::Contents::contents_len(p),
            Response::SetPropertyUnsecured(p) => mms_codec::Contents::contents_len(p),
            Response::SetPropertySecured(p) => mms_codec::Contents::contents_len(p),
            Response::ResetPropertiesToDefaults(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::LoadFirmwareFile(p) => mms_codec::Contents::contents_len(p),
            Response::StartSendFileToDeviceSecured(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::StartSendFileToDeviceUnsecured(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::StartGetFileFromDevice(p) => mms_codec::Contents::contents_len(p),
            Response::GetFileInfoFromDevice(p) => mms_codec::Contents::contents_len(p),
            Response::DeleteFileFromDevice(p) => mms_codec::Contents::contents_len(p),
            Response::CommitFirmwareFromFile(p) => mms_codec::Contents::contents_len(p),
            Response::Echo(p) => mms_codec::Contents::contents_len(p),
            Response::ConvertBinaryTagDataToText(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::GetChallenge(p) => mms_codec::Contents::contents_len(p),
            Response::SendSecuredCommandToDevice(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::LoadKeyUsingTr31(p) => mms_codec::Contents::contents_len(p),
            Response::GenerateCsrKeys(p) => mms_codec::Contents::contents_len(p),
            Response::GenerateCsr(p) => mms_codec::Contents::contents_len(p),
            Response::LoadLtpkProtectionKey(p) => mms_codec::Contents::contents_len(p),
            Response::LoadEncryptedLtpkAndVersion(p) => {
                mms_codec::Contents::contents_len(p)
            }
            Response::ChangeDeviceLockState(p) => mms_codec::Contents::contents_len(p),
            Response::ChangeDeviceLockPasscode(p) => mms_codec::Contents::contents_len(p),
            Response::ResetDeviceLockPasscode(p) => mms_codec::Contents::contents_len(p),
            Response::EncryptUserData(p) => mms_codec::Contents::contents_len(p),
            Response::GetKeyInfo(p) => mms_codec::Contents::contents_len(p),
            Response::ForceTamper(p) => mms_codec::Contents::contents_len(p),
            Response::ReadLog(p) => mms_codec::Contents::contents_len(p),
            Response::ReadLogAndClearTamper(p) => mms_codec::Contents::contents_len(p),
            Response::ActivateDeviceSecurity(p) => mms_codec::Contents::contents_len(p),
            Response::EstablishEphemeralKbpk(p) => mms_codec::Contents::contents_len(p),
        }
    }
    fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
        match self {
            Response::StartTransaction(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ContinueTransaction(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::Finalize(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ResumeTransaction(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::CancelTransaction(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::CloseClearTransaction(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::GetTransactionStatus(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::SetPaymentParameters(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::GetPaymentParameters(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::PassThroughCommandForNtagMifareUltralightType2(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::PassThroughCommandForMifareClassicMiniPlusSl1(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::PassThroughCommandForMifareDesfireType4(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::PassThroughCommandForMifarePlusType2(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::RequestCardholderSignature(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ReportCardholderSelection(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::DisplayMessage(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ReadBarcode(p) => mms_codec::Contents::encode_contents(p, out),
            Response::Buzzer(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ShowImage(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ShowQrCode(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ShowBitmapImage(p) => mms_codec::Contents::encode_contents(p, out),
            Response::DisplayFlexibleUiPages(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::CardEmulation(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ResetDevice(p) => mms_codec::Contents::encode_contents(p, out),
            Response::SetNotificationSubscriptions(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ExtendSession(p) => mms_codec::Contents::encode_contents(p, out),
            Response::TerminateBluetoothLeConnection(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::EraseAllBluetoothLeBonds(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::RequestPinWithHostSuppliedAccountData(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::RequestPinWithCardSuppliedAccountData(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::GetProperty(p) => mms_codec::Contents::encode_contents(p, out),
            Response::SetPropertyUnsecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::SetPropertySecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ResetPropertiesToDefaults(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::LoadFirmwareFile(p) => mms_codec::Contents::encode_contents(p, out),
            Response::StartSendFileToDeviceSecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::StartSendFileToDeviceUnsecured(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::StartGetFileFromDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::GetFileInfoFromDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::DeleteFileFromDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::CommitFirmwareFromFile(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::Echo(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ConvertBinaryTagDataToText(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::GetChallenge(p) => mms_codec::Contents::encode_contents(p, out),
            Response::SendSecuredCommandToDevice(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::LoadKeyUsingTr31(p) => mms_codec::Contents::encode_contents(p, out),
            Response::GenerateCsrKeys(p) => mms_codec::Contents::encode_contents(p, out),
            Response::GenerateCsr(p) => mms_codec::Contents::encode_contents(p, out),
            Response::LoadLtpkProtectionKey(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::LoadEncryptedLtpkAndVersion(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ChangeDeviceLockState(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ChangeDeviceLockPasscode(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ResetDeviceLockPasscode(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::EncryptUserData(p) => mms_codec::Contents::encode_contents(p, out),
            Response::GetKeyInfo(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ForceTamper(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ReadLog(p) => mms_codec::Contents::encode_contents(p, out),
            Response::ReadLogAndClearTamper(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::ActivateDeviceSecurity(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
            Response::EstablishEphemeralKbpk(p) => {
                mms_codec::Contents::encode_contents(p, out)
            }
        }
    }
}
/// A notification payload of any notification in the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Notification {
    /// "Transaction Information Update" (notification 0x0101).
    TransactionInformationUpdate(
        super::notifications::transaction_information_update::Payload,
    ),
    /// "Transaction Host Action Request" (notification 0x0103).
    TransactionHostActionRequest(
        super::notifications::transaction_host_action_request::Payload,
    ),
    /// "Transaction Callback" (notification 0x0104).
    TransactionCallback(super::notifications::transaction_callback::Payload),
    /// "Transaction Operation Complete" (notification 0x0105).
    TransactionOperationComplete(
        super::notifications::transaction_operation_complete::Payload,
    ),
    /// "Banking Functions Information Update" (notification 0x0201).
    BankingFunctionsInformationUpdate(
        super::notifications::banking_functions_information_update::Payload,
    ),
    /// "Banking Functions Host Action Request" (notification 0x0203).
    BankingFunctionsHostActionRequest(
        super::notifications::banking_functions_host_action_request::Payload,
    ),
    /// "Banking Functions Operation Complete" (notification 0x0205).
    BankingFunctionsOperationComplete(
        super::notifications::banking_functions_operation_complete::Payload,
    ),
    /// "Firmware Update Successful" (notification 0x0905).
    FirmwareUpdateSuccessful(super::notifications::firmware_update_successful::Payload),
    /// "Firmware Update Failed" (notification 0x0906).
    FirmwareUpdateFailed(super::notifications::firmware_update_failed::Payload),
    /// "Firmware is Up to Date" (notification 0x0907).
    FirmwareIsUpToDate(super::notifications::firmware_is_up_to_date::Payload),
    /// "Device Information Update" (notification 0x1001).
    DeviceInformationUpdate(super::notifications::device_information_update::Payload),
    /// "User Interface Information Update" (notification 0x1801).
    UserInterfaceInformationUpdate(
        super::notifications::user_interface_information_update::Payload,
    ),
    /// "User Interface Host Action Request" (notification 0x1803).
    UserInterfaceHostActionRequest(
        super::notifications::user_interface_host_action_request::Payload,
    ),
    /// "User Interface Operation Complete" (notification 0x1805).
    UserInterfaceOperationComplete(
        super::notifications::user_interface_operation_complete::Payload,
    ),
}
impl mms_message::PayloadEnum for Notification {
    fn decode(
        envelope: &mms_message::Envelope,
        options: mms_codec::DecodeOptions,
    ) -> Option<Result<Self, mms_message::MessageError>> {
        let detail = envelope
            .status
            .as_deref()
            .and_then(|s| <[u8; 4]>::try_from(s).ok())
            .map(u32::from_be_bytes);
        let id = envelope.payload_id().unwrap_or(envelope.info.id);
        Some(
            match id {
                0x0101 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0101,
                            "Transaction Information Update",
                            options,
                            |bytes, cx| super::notifications::transaction_information_update::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::TransactionInformationUpdate)
                }
                0x0103 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0103,
                            "Transaction Host Action Request",
                            options,
                            |bytes, cx| super::notifications::transaction_host_action_request::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::TransactionHostActionRequest)
                }
                0x0104 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0104,
                            "Transaction Callback",
                            options,
                            |bytes, cx| super::notifications::transaction_callback::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::TransactionCallback)
                }
                0x0105 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0105,
                            "Transaction Operation Complete",
                            options,
                            |bytes, cx| super::notifications::transaction_operation_complete::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::TransactionOperationComplete)
                }
                0x0201 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0201,
                            "Banking Functions Information Update",
                            options,
                            |bytes, cx| super::notifications::banking_functions_information_update::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::BankingFunctionsInformationUpdate)
                }
                0x0203 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0203,
                            "Banking Functions Host Action Request",
                            options,
                            |bytes, cx| super::notifications::banking_functions_host_action_request::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::BankingFunctionsHostActionRequest)
                }
                0x0205 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0205,
                            "Banking Functions Operation Complete",
                            options,
                            |bytes, cx| super::notifications::banking_functions_operation_complete::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::BankingFunctionsOperationComplete)
                }
                0x0905 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0905,
                            "Firmware Update Successful",
                            options,
                            |bytes, cx| super::notifications::firmware_update_successful::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::FirmwareUpdateSuccessful)
                }
                0x0906 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0906,
                            "Firmware Update Failed",
                            options,
                            |bytes, cx| super::notifications::firmware_update_failed::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::FirmwareUpdateFailed)
                }
                0x0907 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x0907,
                            "Firmware is Up to Date",
                            options,
                            |bytes, cx| super::notifications::firmware_is_up_to_date::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::FirmwareIsUpToDate)
                }
                0x1001 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x1001,
                            "Device Information Update",
                            options,
                            |bytes, cx| super::notifications::device_information_update::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::DeviceInformationUpdate)
                }
                0x1801 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x1801,
                            "User Interface Information Update",
                            options,
                            |bytes, cx| super::notifications::user_interface_information_update::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::UserInterfaceInformationUpdate)
                }
                0x1803 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x1803,
                            "User Interface Host Action Request",
                            options,
                            |bytes, cx| super::notifications::user_interface_host_action_request::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::UserInterfaceHostActionRequest)
                }
                0x1805 => {
                    mms_message::payload::decode_payload_by(
                            envelope,
                            mms_message::MessageKind::Notification,
                            0x1805,
                            "User Interface Operation Complete",
                            options,
                            |bytes, cx| super::notifications::user_interface_operation_complete::Payload::decode(
                                detail,
                                bytes,
                                cx,
                            ),
                        )
                        .map(Notification::UserInterfaceOperationComplete)
                }
                _ => return None,
            },
        )
    }
    fn id(&self) -> u16 {
        match self {
            Notification::TransactionInformationUpdate(_) => 0x0101,
            Notification::TransactionHostActionRequest(_) => 0x0103,
            Notification::TransactionCallback(_) => 0x0104,
            Notification::TransactionOperationComplete(_) => 0x0105,
            Notification::BankingFunctionsInformationUpdate(_) => 0x0201,
            Notification::BankingFunctionsHostActionRequest(_) => 0x0203,
            Notification::BankingFunctionsOperationComplete(_) => 0x0205,
            Notification::FirmwareUpdateSuccessful(_) => 0x0905,
            Notification::FirmwareUpdateFailed(_) => 0x0906,
            Notification::FirmwareIsUpToDate(_) => 0x0907,
            Notification::DeviceInformationUpdate(_) => 0x1001,
            Notification::UserInterfaceInformationUpdate(_) => 0x1801,
            Notification::UserInterfaceHostActionRequest(_) => 0x1803,
            Notification::UserInterfaceOperationComplete(_) => 0x1805,
        }
    }
    fn name(&self) -> &'static str {
        match self {
            Notification::TransactionInformationUpdate(_) => {
                "Transaction Information Update"
            }
            Notification::TransactionHostActionRequest(_) => {
                "Transaction Host Action Request"
            }
            Notification::TransactionCallback(_) => "Transaction Callback",
            Notification::TransactionOperationComplete(_) => {
                "Transaction Operation Complete"
            }
            Notification::BankingFunctionsInformationUpdate(_) => {
                "Banking Functions Information Update"
            }
            Notification::BankingFunctionsHostActionRequest(_) => {
                "Banking Functions Host Action Request"
            }
            Notification::BankingFunctionsOperationComplete(_) => {
                "Banking Functions Operation Complete"
            }
            Notification::FirmwareUpdateSuccessful(_) => "Firmware Update Successful",
            Notification::FirmwareUpdateFailed(_) => "Firmware Update Failed",
            Notification::FirmwareIsUpToDate(_) => "Firmware is Up to Date",
            Notification::DeviceInformationUpdate(_) => "Device Information Update",
            Notification::UserInterfaceInformationUpdate(_) => {
                "User Interface Information Update"
            }
            Notification::UserInterfaceHostActionRequest(_) => {
                "User Interface Host Action Request"
            }
            Notification::UserInterfaceOperationComplete(_) => {
                "User Interface Operation Complete"
            }
        }
    }
    fn contents_len(&self) -> usize {
        match self {
            Notification::TransactionInformationUpdate(p) => p.contents_len(),
            Notification::TransactionHostActionRequest(p) => p.contents_len(),
            Notification::TransactionCallback(p) => p.contents_len(),
            Notification::TransactionOperationComplete(p) => p.contents_len(),
            Notification::BankingFunctionsInformationUpdate(p) => p.contents_len(),
            Notification::BankingFunctionsHostActionRequest(p) => p.contents_len(),
            Notification::BankingFunctionsOperationComplete(p) => p.contents_len(),
            Notification::FirmwareUpdateSuccessful(p) => p.contents_len(),
            Notification::FirmwareUpdateFailed(p) => p.contents_len(),
            Notification::FirmwareIsUpToDate(p) => p.contents_len(),
            Notification::DeviceInformationUpdate(p) => p.contents_len(),
            Notification::UserInterfaceInformationUpdate(p) => p.contents_len(),
            Notification::UserInterfaceHostActionRequest(p) => p.contents_len(),
            Notification::UserInterfaceOperationComplete(p) => p.contents_len(),
        }
    }
    fn encode_contents<W: mms_codec::Writer + ?Sized>(&self, out: &mut W) {
        match self {
            Notification::TransactionInformationUpdate(p) => p.encode_contents(out),
            Notification::TransactionHostActionRequest(p) => p.encode_contents(out),
            Notification::TransactionCallback(p) => p.encode_contents(out),
            Notification::TransactionOperationComplete(p) => p.encode_contents(out),
            Notification::BankingFunctionsInformationUpdate(p) => p.encode_contents(out),
            Notification::BankingFunctionsHostActionRequest(p) => p.encode_contents(out),
            Notification::BankingFunctionsOperationComplete(p) => p.encode_contents(out),
            Notification::FirmwareUpdateSuccessful(p) => p.encode_contents(out),
            Notification::FirmwareUpdateFailed(p) => p.encode_contents(out),
            Notification::FirmwareIsUpToDate(p) => p.encode_contents(out),
            Notification::DeviceInformationUpdate(p) => p.encode_contents(out),
            Notification::UserInterfaceInformationUpdate(p) => p.encode_contents(out),
            Notification::UserInterfaceHostActionRequest(p) => p.encode_contents(out),
            Notification::UserInterfaceOperationComplete(p) => p.encode_contents(out),
        }
    }
}
/// The payloads, status and file types of this spec, for [`mms_message::Message`]
/// (join it with another spec's by [`mms_message::Extended`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Spec;
impl mms_message::Payloads for Spec {
    type Request = Request;
    type Response = Response;
    type Notification = Notification;
    type Status = super::status::Status;
    type FileType = super::file_types::FileType;
    fn command_name(id: u16) -> Option<&'static str> {
        super::commands::name(id)
    }
    fn notification_name(id: u16) -> Option<&'static str> {
        super::notifications::name(id)
    }
    fn detail_label(id: u16, detail: u32) -> Option<&'static str> {
        super::notifications::detail_label(id, detail)
    }
}
/// Any message of this spec, decoded into its typed payload (see [`mms_message::Message`]).
pub type Message = mms_message::Message<Spec>;
/// What a message of this spec carries after its envelope.
pub type Body = mms_message::Body<Spec>;
