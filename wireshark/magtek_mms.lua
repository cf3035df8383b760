-- Generated from spec/ by `cargo xtask wireshark` (also run by `cargo xtask regen`).
-- Do not edit: change spec/ (or codegen/src/wireshark.rs, codegen/src/wireshark.lua) and regenerate.
--
-- Wireshark dissector for MagTek MMS (DynaFlex, DynaProx readers): USB HID reports
-- (usbmon, USBPcap) and the link-type-147 records mms-capture writes.
-- Use: wireshark -X lua_script:magtek_mms.lua capture.pcapng (or copy the file to
-- Wireshark's personal Lua plugins folder). Filter: magtek_mms.cmd == 0xD812.

local commands = {
    [0x1001] = "Start Transaction",
    [0x1002] = "Continue Transaction",
    [0x1003] = "Finalize",
    [0x1004] = "Resume Transaction",
    [0x1008] = "Cancel Transaction",
    [0x1009] = "Close / Clear Transaction",
    [0x1014] = "Get Transaction Status",
    [0x1041] = "Set Payment Parameters",
    [0x1042] = "Get Payment Parameters",
    [0x1100] = "Pass Through Command For NTag/MIFARE Ultralight, Type 2",
    [0x1101] = "Pass Through Command for MIFARE Classic/MINI®/Plus SL1 (Security Level 1), Type 2",
    [0x1102] = "Pass Through Command for MIFARE DESFire, Type 4",
    [0x1103] = "Pass Through Command for MIFARE Plus, Type 2",
    [0x1801] = "Request Cardholder Signature",
    [0x1802] = "Report Cardholder Selection",
    [0x1803] = "Display Message",
    [0x1804] = "Read Barcode",
    [0x1805] = "Buzzer",
    [0x1821] = "Show Image",
    [0x1822] = "Show QR Code",
    [0x1823] = "Show Bitmap Image",
    [0x1830] = "Display Flexible UI Pages",
    [0x1840] = "Card Emulation",
    [0x1F01] = "Reset Device",
    [0x1F02] = "Set Notification Subscriptions",
    [0x1F03] = "Extend Session",
    [0x1F04] = "Terminate Bluetooth® LE Connection",
    [0x1F05] = "Erase All Bluetooth® LE Bonds",
    [0x2001] = "Request PIN with Host Supplied Account Data",
    [0x2002] = "Request PIN with Card Supplied Account Data",
    [0xD101] = "Get Property",
    [0xD111] = "Set Property (Unsecured)",
    [0xD112] = "Set Property (Secured)",
    [0xD201] = "Reset Properties to Defaults",
    [0xD801] = "Load Firmware File",
    [0xD811] = "Start Send File to Device (Secured)",
    [0xD812] = "Start Send File to Device (Unsecured)",
    [0xD821] = "Start Get File from Device",
    [0xD825] = "Get File Info from Device",
    [0xD831] = "Delete File from Device",
    [0xD901] = "Commit Firmware from File",
    [0xDF01] = "Echo",
    [0xDF02] = "Convert Binary Tag Data to Text",
    [0xE001] = "Get Challenge",
    [0xEEEE] = "Send Secured Command to Device",
    [0xEF01] = "Load Key Using TR-31",
    [0xEF02] = "Generate CSR keys",
    [0xEF03] = "Generate CSR",
    [0xEF04] = "Load LTPK Protection Key",
    [0xEF05] = "Load Encrypted LTPK and Version",
    [0xEF06] = "Change Device Lock State",
    [0xEF07] = "Change Device Lock Passcode",
    [0xEF08] = "Reset Device Lock Passcode",
    [0xEF09] = "Encrypt User Data",
    [0xEF11] = "Get Key Info",
    [0xF012] = "Force Tamper",
    [0xF014] = "Read Log",
    [0xF015] = "Read Log & Clear Tamper",
    [0xF016] = "Activate Device Security",
    [0xF017] = "Establish Ephemeral KBPK",
}
local notifications = {
    [0x0101] = "Transaction Information Update",
    [0x0103] = "Transaction Host Action Request",
    [0x0104] = "Transaction Callback",
    [0x0105] = "Transaction Operation Complete",
    [0x0201] = "Banking Functions Information Update",
    [0x0203] = "Banking Functions Host Action Request",
    [0x0205] = "Banking Functions Operation Complete",
    [0x0905] = "Firmware Update Successful",
    [0x0906] = "Firmware Update Failed",
    [0x0907] = "Firmware is Up to Date",
    [0x1001] = "Device Information Update",
    [0x1801] = "User Interface Information Update",
    [0x1803] = "User Interface Host Action Request",
    [0x1805] = "User Interface Operation Complete",
}
local status_summary = {
    [0x00] = "OK, Done",
    [0x01] = "OK, Started / Running",
    [0x40] = "OK, Done with Warnings",
    [0x41] = "OK, Started / Running with Warnings",
    [0x80] = "Failed to start operation",
    [0x81] = "Failed during operation",
}
local status_groups = {
    [0x00] = "General",
    [0x01] = "Message Handler",
    [0x02] = "Request Handler",
    [0x03] = "EMV Tag Processing",
    [0x04] = "Keys / Cryptographic Handler",
    [0x05] = "Configuration",
    [0xF0] = "Kernel Set ‘A’",
    [0xF1] = "Kernel Set ‘I’",
}
local status_details = {
    [0x000000] = "All good / requested operation was successful",
    [0x000002] = "Requested Operation Failed",
    [0x000010] = "Setting up RTC data and time failure",
    [0x000011] = "Setting up RTC alarm failure",
    [0x000012] = "Key generation failure",
    [0x000013] = "Tamper setting is locked, can’t be changed",
    [0x000014] = "Tamper setting requires system reset to continue",
    [0x000015] = "Tamper status can’t be cleared, failure",
    [0x000016] = "Device has been tampered, need attention",
    [0x000017] = "Tamper module failed for other cases",
    [0x000018] = "Setting WLAN SoftAP password failure",
    [0x010101] = "Generic Failure",
    [0x010102] = "Bad message parameter",
    [0x010109] = "Device offline, can not process messages",
    [0x010110] = "PIN Key Not Mapped",
    [0x010113] = "Feature Not Available",
    [0x020000] = "Reserved",
    [0x020100] = "Reserved",
    [0x020101] = "Generic Failure",
    [0x020102] = "Bad Message Parameter",
    [0x020103] = "Response Payload too big",
    [0x020107] = "Internal FW Failure",
    [0x02010A] = "Image Failure",
    [0x020119] = "Key does not exist",
    [0x02011A] = "Not Secured",
    [0x02011B] = "Passcode validation failed",
    [0x02011C] = "Device is locked",
    [0x020200] = "Reserved",
    [0x020304] = "Failed, device state issue, no transaction",
    [0x020305] = "Failed, device state issue, cannot cancel",
    [0x020308] = "Failed, device state, Transaction in Progress",
    [0x02030C] = "Failed, device state, Signature Not allowed",
    [0x02030D] = "Failed, device state, Wrong Transaction State",
    [0x02030E] = "Failed, device state, Invalid PIN Entry State",
    [0x02030F] = "Failed, device state, PIN Entry in Session",
    [0x020311] = "Failed, device state, Barcode Read in Progress",
    [0x020312] = "Failed, device state, Pass-through command Not Activated",
    [0x020314] = "Failed, device state, UI Settings in Progress",
    [0x020315] = "Failed, device state, Buzzer in Progress",
    [0x020316] = "Failed, device state, Low Battery (5% or less)",
    [0x020318] = "Request is invalid while card emulation is in progress",
    [0x020413] = "Failed, BCR hardware not found",
    [0x020501] = "Invalid TR31parameter",
    [0x020502] = "Invalid AES length",
    [0x020503] = "Invalid 16-Byte Boundary",
    [0x020504] = "Invalid Length in Message",
    [0x020505] = "Invalid number of optional KBH",
    [0x020506] = "Error in conversion of data type",
    [0x020507] = "Invalid KCV algorithm",
    [0x020508] = "Invalid KCV length",
    [0x020509] = "Invalid Optional KBH ID",
    [0x02050A] = "Invalid KBH ID",
    [0x02050B] = "Invalid algorithm used in KBH",
    [0x02050C] = "Invalid KBH usage",
    [0x02050D] = "Invalid KBH length",
    [0x02050E] = "Invalid version ID for key derivation",
    [0x02050F] = "Invalid KBH mode of use",
    [0x020510] = "TR31 engine not installed",
    [0x020511] = "Invalid Cryptographic operation",
    [0x020512] = "MAC Verification Failed",
    [0x020513] = "Error in Decrypting Key data",
    [0x020514] = "Error in computing MAC over entire message",
    [0x020515] = "Invalid MAC length",
    [0x020516] = "KDF Error",
    [0x020517] = "Buffer Insufficient",
    [0x020518] = "Invalid Storage KPM",
    [0x020519] = "Invalid Storage Secure RAM",
    [0x02051A] = "Invalid Key ID specified in option block",
    [0x02051B] = "Unsupported Key ID specified in option block",
    [0x02051C] = "Invalid Key ID Relationship",
    [0x02051D] = "Protection Key ID not loaded",
    [0x02051E] = "Invalid Data Tag MagTek Custom option block",
    [0x02051F] = "Invalid Kcv",
    [0x020520] = "Invalid Data",
    [0x020521] = "Invalid DUKPT key derivation",
    [0x020522] = "Invalid Exportability",
    [0x020523] = "Invalid Key Class",
    [0x020524] = "Invalid DSN",
    [0x020525] = "Invalid Challenge",
    [0x020526] = "Key Undeletable",
    [0x020527] = "Key not present",
    [0x020528] = "Unsupported Keyset ID",
    [0x020529] = "KPM Error",
    [0x02052A] = "Secure RAM Error",
    [0x02052B] = "Duplicated Key",
    [0x02052C] = "Invalid Key Usage Rule",
    [0x02052D] = "Selftest Key Corrupted",
    [0x02052E] = "Selftest System Key Bitmap Corrupted",
    [0x02052F] = "Selftest System Key Missing",
    [0x020530] = "Selftest System Key Not Loaded",
    [0x020531] = "Invalid Key Storage Limit",
    [0x020532] = "Duplicated Key set",
    [0x020533] = "Key Restriction",
    [0x020534] = "Key Transported by Weaker key",
    [0x020535] = "Repeat Key Agreement",
    [0x020536] = "Security not activated",
    [0x020537] = "Selftest key relocated",
    [0x020538] = "Invalid Selftest Scanned Versus Saved Bitmap",
    [0x030000] = "Reserved",
    [0x040000] = "Reserved",
    [0x050000] = "Reserved",
}
local file_types = {
    [0x00000000] = "EMV configuration, terminal file",
    [0x00000100] = "EMV configuration, processing file",
    [0x00000200] = "EMV configuration, entry point file",
    [0x00000300] = "EMV configuration, CA keys file",
    [0x00000400] = "EMV configuration, Visa DRL set",
    [0x00000500] = "EMV configuration, American Express DRL set",
    [0x00000600] = "EMV configuration, MasterCard update conditions",
    [0x00000800] = "EMV configuration, American Express update conditions",
    [0x00000900] = "EMV configuration, Discover update conditions",
    [0x00000A00] = "EMV configuration, CA revocation list",
    [0x00000B00] = "EMV configuration, exception file list",
    [0x00000C00] = "EMV configuration, DPAS data storage",
    [0x01000000] = "Signature capture file",
    [0x02000000] = "Custom Idle Page Image 1",
    [0x02000001] = "Custom Idle Page Image 2",
    [0x02000002] = "Custom Idle Page Image 3",
    [0x02000003] = "Custom Idle Page Image 4",
    [0x03000000] = "Apollo root CA certificate",
    [0x03000100] = "Apollo intermediate CA certificate",
    [0x03000200] = "Apollo server certificate",
    [0x03000300] = "Customer root CA certificate",
    [0x03000400] = "Customer intermediate CA certificate",
    [0x03000500] = "Customer server certificate",
    [0x03000600] = "Commercial root CA certificate",
    [0x03000700] = "Commercial intermediate CA certificate",
    [0x03000800] = "Commercial server certificate",
    [0x03000900] = "Apollo trust certificate",
    [0x03000A00] = "Customer trust certificate",
    [0x03000B00] = "Apollo client certificate",
    [0x04000000] = "Certificate signing request (CSR)",
    [0x05000000] = "WebSocket Trust configuration file, Request file from MagTek",
    [0x05000100] = "MQTT Trust configuration file, Request file from MagTek",
    [0x06000000] = "UI configuration file",
    [0x07000000] = "Magtek signed image file type",
    [0x08000000] = "User File",
}
local notification_details = {
    [0x0101] = {
        [0x00100100] = "None, State Update, Transaction Started by Device, Legacy EMV Flow",
        [0x00100101] = "None, State Update, Transaction Started by Device, Quick Chip Flow",
        [0x00100200] = "None, State Update, Transaction Canceled, Reserved",
        [0x07010100] = "Manual Card Entry, Card Event, Data Entered, Reserved",
        [0x07080202] = "Manual Card Entry, Data Update, ARQC Update (Quick Chip), Data Attached",
        [0x07080302] = "Manual Card Entry, Data Update, Batch Data, Data Attached",
        [0x08010100] = "MSR, Card Event, Swiped, Reserved",
        [0x08010200] = "MSR, Card Event, Inserted, Reserved",
        [0x08010300] = "MSR, Card Event, Removed, Reserved",
        [0x08010400] = "MSR, Card Event, Detected, Reserved",
        [0x08080202] = "MSR, Data Update, ARQC Update (Quick Chip), Data Attached",
        [0x08080302] = "MSR, Data Update, Batch Data, Data Attached",
        [0x10010200] = "EMV Contact, Card Event, Inserted, Reserved",
        [0x10010300] = "EMV Contact, Card Event, Removed, Reserved",
        [0x10010400] = "EMV Contact, Card Event, Detected, Reserved",
        [0x10020601] = "EMV Contact, Online PIN Event, PIN Entry, PIN Pad Error",
        [0x10020602] = "EMV Contact, Online PIN Event, PIN Entry, PIN Block Encryption Error",
        [0x10080202] = "EMV Contact, Data Update, ARQC Update (Quick Chip), Data Attached",
        [0x10080302] = "EMV Contact, Data Update, Batch Data, Data Attached",
        [0x20010300] = "EMV Contactless, Card Event, Removed, Reserved",
        [0x20010400] = "EMV Contactless, Card Event, Detected",
        [0x20010401] = "EMV Contactless, Card Event, Detected, NFC/MIFARE Ultralight",
        [0x20010402] = "EMV Contactless, Card Event, Detected, MIFARE Classic 1K",
        [0x20010403] = "EMV Contactless, Card Event, Detected, MIFARE Classic 4K",
        [0x20010404] = "EMV Contactless, Card Event, Detected, MIFARE DESFire Light",
        [0x20010405] = "EMV Contactless, Card Event, Detected, MIFARE MINI®",
        [0x20010406] = "EMV Contactless, Card Event, Detected, MIFARE Plus EV1",
        [0x20010407] = "EMV Contactless, Card Event, Detected, MIFARE Plus EV2",
        [0x20010408] = "EMV Contactless, Card Event, Detected, MIFARE Plus SE",
        [0x20010409] = "EMV Contactless, Card Event, Detected, MIFARE Plus X",
        [0x2001040A] = "EMV Contactless, Card Event, Detected, MIFARE DESFire EV1",
        [0x2001040B] = "EMV Contactless, Card Event, Detected, MIFARE DESFire EV2",
        [0x2001040C] = "EMV Contactless, Card Event, Detected, MIFARE DESFire EV3",
        [0x20010500] = "EMV Contactless, Card Event, Collision, Reserved",
        [0x20011002] = "EMV Contactless, Card Event, Apple VAS Error, Data Attached",
        [0x20012002] = "EMV Contactless, Card Event, Google Smart Tap Error, Data Attached",
        [0x20020601] = "EMV Contactless, Online PIN Event, PIN Entry, PIN Pad Error",
        [0x20020602] = "EMV Contactless, Online PIN Event, PIN Block Encryption Error",
        [0x20080202] = "EMV Contactless, Data Update, ARQC Update (Quick Chip), Data Attached",
        [0x20080302] = "EMV Contactless, Data Update",
        [0x20080402] = "EMV Contactless, Data Update, NFC UID data",
        [0x20080702] = "EMV Contactless, Data Update, GPO Response, Data Attached",
        [0x30010100] = "Barcode Reader",
        [0x30080002] = "Barcode Reader",
    },
    [0x0103] = {
    },
    [0x0104] = {
    },
    [0x0105] = {
        [0x00010000] = "None, Timeout/No Cards Detected, Transaction Timed Out, Reserved",
        [0x00030100] = "None, Transaction Terminated, Transaction Canceled by Host, Reserved",
        [0x00030200] = "None, Transaction Terminated, Transaction Canceled by User, Reserved",
        [0x07030500] = "MCE, Transaction Terminated, Transaction",
        [0x07040000] = "MCE, Transaction Completed, Reserved, Reserved",
        [0x08020600] = "MSR, Outcome, Approved, Reserved",
        [0x08020601] = "MSR, Outcome, Approved, Signature Capture Requested",
        [0x08020604] = "MSR, Outcome, Approved, Signature Capture Available",
        [0x08020605] = "MSR, Outcome, Approved, Signature Capture Success",
        [0x08020606] = "MSR, Outcome, Approved, Signature Capture Fail",
        [0x08020700] = "MSR, Outcome, Quick Chip Deferred, Reserved",
        [0x08020701] = "MSR, Outcome, Quick Chip Deferred, Signature Capture Requested",
        [0x08020704] = "MSR, Outcome, Quick Chip Deferred, Signature Capture Available",
        [0x08020705] = "MSR, Outcome, Quick Chip Deferred, Signature Capture Success",
        [0x08020706] = "MSR, Outcome, Quick Chip Deferred, Signature Capture Fail",
        [0x08028000] = "MSR, Outcome, Declined, Reserved",
        [0x08028001] = "MSR, Outcome, Declined, Signature Capture Requested",
        [0x08028004] = "MSR, Outcome, Declined, Signature Capture Available",
        [0x08028005] = "MSR, Outcome, Declined, Signature Capture Success",
        [0x08028006] = "MSR, Outcome, Declined, Signature Capture Fail",
        [0x08030500] = "MSR, Transaction Terminated, Transaction Canceled Due to Card Read Error, Reserved",
        [0x10020000] = "ICC, Kernel Outcome, None, Reserved",
        [0x10020002] = "ICC, Kernel Outcome, None, Technical Fallback",
        [0x10020100] = "ICC, Kernel Outcome, Try Another Interface, Reserved",
        [0x10020200] = "ICC, Kernel Outcome, Offline Approved, Reserved",
        [0x10020201] = "ICC, Kernel Outcome, Offline Approved, Signature Capture Requested",
        [0x10020204] = "ICC, Kernel Outcome, Offline Approved, Signature Capture Available",
        [0x10020205] = "ICC, Kernel Outcome, Offline Approved, Signature Capture Success",
        [0x10020206] = "ICC, Kernel Outcome, Offline Approved, Signature Capture Fail",
        [0x10020300] = "ICC, Kernel Outcome, Offline Declined, Reserved",
        [0x10020400] = "ICC, Kernel Outcome, Offline Failed, Reserved",
        [0x10020500] = "ICC, Kernel Outcome, Offline Not Accepted, Reserved",
        [0x10020600] = "ICC, Kernel Outcome, Approved, Reserved",
        [0x10020601] = "ICC, Kernel Outcome, Approved, Signature Capture Requested",
        [0x10020604] = "ICC, Kernel Outcome, Approved, Signature Capture Available",
        [0x10020605] = "ICC, Kernel Outcome, Approved, Signature Capture Success",
        [0x10020606] = "ICC, Kernel Outcome, Approved, Signature Capture Fail",
        [0x10020700] = "ICC, Kernel Outcome, Quick Chip Deferred, Reserved",
        [0x10020701] = "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Requested",
        [0x10020704] = "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Available",
        [0x10020705] = "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Success",
        [0x10020706] = "ICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Failed",
        [0x10020800] = "ICC, Kernel Outcome, Failed, Reserved",
        [0x10020803] = "ICC, Kernel Outcome, Failed, MSR Fallback",
        [0x10020900] = "ICC, Kernel Outcome, Not Accepted, Reserved",
        [0x10020903] = "ICC, Kernel Outcome, Empty Candidate List, MSR Fallback",
        [0x10020A00] = "ICC, Kernel Outcome, Transaction Canceled, Reserved",
        [0x10020B00] = "ICC, Kernel Outcome, Select Next Not Accepted, Reserved",
        [0x10020C00] = "ICC, Kernel Outcome, Select Next Retry, Reserved",
        [0x10020D00] = "ICC, Kernel Outcome, Try Again, Reserved",
        [0x10020E00] = "ICC, Kernel Outcome, Online Request, Reserved",
        [0x10020F00] = "ICC, Kernel Outcome, End Application, Reserved",
        [0x10020F02] = "ICC, Kernel Outcome, End Application, Technical Fallback",
        [0x10021000] = "ICC, Kernel Outcome, Not EMV Card Pooled, Reserved",
        [0x10028000] = "ICC, Kernel Outcome, Declined, Reserved",
        [0x10028001] = "ICC, Kernel Outcome, Declined, Signature Capture Requested",
        [0x10028004] = "ICC, Kernel Outcome, Declined, Signature Capture Available",
        [0x10028005] = "ICC, Kernel Outcome, Declined, Signature Capture Success",
        [0x10028006] = "ICC, Kernel Outcome, Declined, Signature Capture Failed",
        [0x10040700] = "ICC, Transaction Completed, Declined, Reserved",
        [0x20020000] = "PICC, Kernel Outcome, None, Reserved",
        [0x20020100] = "PICC, Kernel Outcome, Try Another Interface, Reserved",
        [0x20020200] = "PICC, Kernel Outcome, Offline Approved, Reserved",
        [0x20020201] = "PICC, Kernel Outcome, Offline Approved, Signature Capture Requested",
        [0x20020204] = "PICC, Kernel Outcome, Offline Approved, Signature Capture Available",
        [0x20020205] = "PICC, Kernel Outcome, Offline Approved, Signature Capture Success",
        [0x20020206] = "PICC, Kernel Outcome, Offline Approved, Signature Capture Fail",
        [0x20020300] = "PICC, Kernel Outcome, Offline Declined, Reserved",
        [0x20020400] = "PICC, Kernel Outcome, Offline Failed, Reserved",
        [0x20020500] = "PICC, Kernel Outcome, Offline Not Accepted, Reserved",
        [0x20020600] = "PICC, Kernel Outcome, Approved, Reserved",
        [0x20020601] = "PICC, Kernel Outcome, Approved, Signature Capture Requested",
        [0x20020604] = "PICC, Kernel Outcome, Approved, Signature Capture Available",
        [0x20020605] = "PICC, Kernel Outcome, Approved, Signature Capture Success",
        [0x20020606] = "PICC, Kernel Outcome, Approved, Signature Capture Fail",
        [0x20020700] = "PICC, Kernel Outcome, Quick Chip Deferred, Reserved",
        [0x20020701] = "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Requested",
        [0x20020704] = "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Available",
        [0x20020705] = "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Success",
        [0x20020706] = "PICC, Kernel Outcome, Quick Chip Deferred, Signature Capture Failed",
        [0x20020800] = "PICC, Kernel Outcome, Failed, Reserved",
        [0x20020900] = "PICC, Kernel Outcome, Not Accepted, Reserved",
        [0x20020A00] = "PICC, Kernel Outcome, Transaction Canceled, Reserved",
        [0x20020B00] = "PICC, Kernel Outcome, Select Next Not Accepted, Reserved",
        [0x20020C00] = "PICC, Kernel Outcome, Select Next Retry, Reserved",
        [0x20020D00] = "PICC, Kernel Outcome, Try Again, Reserved",
        [0x20020E00] = "PICC, Kernel Outcome, Online Request, Reserved",
        [0x20020F00] = "PICC, Kernel Outcome, End Application, Reserved",
        [0x20021000] = "PICC, Kernel Outcome, Not EMV Card Pooled, Reserved",
        [0x20028000] = "PICC, Kernel Outcome, Declined, Reserved",
        [0x20028001] = "PICC, Kernel Outcome, Declined, Signature Capture Requested",
        [0x20028004] = "PICC, Kernel Outcome, Declined, Signature Capture Available",
        [0x20028005] = "PICC, Kernel Outcome, Declined, Signature Capture Success",
        [0x20028006] = "PICC, Kernel Outcome, Declined, Signature Capture Failed",
        [0x20040700] = "PICC, Transaction Completed, Declined, Reserved",
        [0x20050000] = "PICC, NFC TAG, Tag Removed, Reserved",
    },
    [0x0201] = {
        [0x07010100] = "Manual Card Entry, Card Event, Data Entered, Reserved",
        [0x08010100] = "MSR, Card Event, Swiped, Reserved",
        [0x08010200] = "MSR, Card Event, Inserted, Reserved",
        [0x08010300] = "MSR, Card Event, Removed, Reserved",
        [0x08010400] = "MSR, Card Event, Detected, Reserved",
        [0x10010200] = "EMV Contact, Card Event, Inserted, Reserved",
        [0x10010300] = "EMV Contact, Card Event, Removed, Reserved",
        [0x10010400] = "EMV Contact, Card Event, Detected, Reserved",
        [0x20010300] = "EMV Contactless, Card Event, Removed, Reserved",
        [0x20010400] = "EMV Contactless, Card Event, Detected, Reserved",
        [0x20010500] = "EMV Contactless, Card Event, Collision, Reserved",
    },
    [0x0203] = {
    },
    [0x0205] = {
        [0x01020101] = "Touchscreen, PIN Entry, Success, Data Attached",
        [0x01020201] = "Touchscreen, PIN Entry, Operation Failed, Timeout",
        [0x01020202] = "Touchscreen, PIN Entry, Operation Failed, Hardware Not Available",
        [0x01020203] = "Touchscreen, PIN Entry, Operation Failed, Canceled",
        [0x01020204] = "Touchscreen, PIN Entry, Operation Failed, Error",
        [0x01020205] = "Touchscreen, PIN Entry, Operation Failed, PIN Verify Failed",
        [0x01020206] = "Touchscreen, PIN Entry, Operation Failed, Account Data Capture Failed",
    },
    [0x0905] = {
        [0x08010903] = "Load Firmware File Complete, Success",
        [0x08010A03] = "Commit Firmware from File Complete, Success",
    },
    [0x0906] = {
        [0x08010904] = "Load Firmware File Complete, Failed",
        [0x08010A04] = "Commit Firmware from File Complete, Failed",
    },
    [0x0907] = {
        [0x08010903] = "Load Firmware File Complete, Complete",
    },
    [0x1001] = {
        [0x00000000] = "Power/Reset, Device Reset Occurred, Reserved, Reserved",
        [0x00010000] = "Power/Reset, Device Reset Will Occur Soon, Reserved, Reserved",
        [0x00020000] = "Power/Reset, Battery, Low Battery Warning, Percent",
        [0x00020100] = "Power/Reset, Battery, Power Down Imminent, Reserved",
        [0x00020200] = "Power/Reset, Battery, Battery Charge Complete, Reserved",
        [0x00030000] = "Power/Reset",
        [0x01000000] = "User Event, Contactless Card Presented, EMV, Reserved",
        [0x01000100] = "User Event, Contactless Card Presented, NTag/MIFARE Ultralite, Reserved",
        [0x01000200] = "User Event, Contactless Card Presented, MIFARE Classic",
        [0x01000300] = "User Event, Contactless Card Presented, MIFARE Classic",
        [0x01000400] = "User Event, Contactless Card Presented, MIFARE DESFire Light",
        [0x01000500] = "User Event, Contactless Card Presented, MIFARE MINI®",
        [0x01000600] = "User Event, Contactless Card Presented, MIFARE Plus EV1",
        [0x01000700] = "User Event, Contactless Card Presented, MIFARE Plus EV2",
        [0x01000800] = "User Event, Contactless Card Presented, MIFARE Plus SE",
        [0x01000900] = "User Event, Contactless Card Presented, MIFARE Plus X",
        [0x01000A00] = "User Event, Contactless Card Presented, MIFARE DESFire EV1",
        [0x01000B00] = "User Event, Contactless Card Presented, MIFARE DESFire EV2",
        [0x01000C00] = "User Event, Contactless Card Presented, MIFARE DESFire EV3",
        [0x01010000] = "User Event, Contactless Card Removed, EMV, Reserved",
        [0x01010100] = "User Event, Contactless Card Removed, NTag/MIFARE Ultralite, Reserved",
        [0x01010200] = "User Event, Contactless Card Removed, MIFARE Classic",
        [0x01010300] = "User Event, Contactless Card Removed, MIFARE Classic",
        [0x01010400] = "User Event, Contactless Card Removed, MIFARE DESFire Light",
        [0x01010500] = "User Event, Contactless Card Removed, MIFARE MINI®",
        [0x01010600] = "User Event, Contactless Card Removed, MIFARE Plus EV1",
        [0x01010700] = "User Event, Contactless Card Removed, MIFARE Plus EV2",
        [0x01010800] = "User Event, Contactless Card Removed, MIFARE Plus SE",
        [0x01010900] = "User Event, Contactless Card Removed, MIFARE Plus X",
        [0x01010A00] = "User Event, Contactless Card Removed, MIFARE DESFire EV1",
        [0x01010B00] = "User Event, Contactless Card Removed, MIFARE DESFire EV2",
        [0x01010C00] = "User Event, Contactless Card Removed, MIFARE DESFire EV3",
        [0x01020000] = "User Event, Card Seated in Slot, Reserved, Reserved",
        [0x01030000] = "User Event, Card Unseated from Slot, Reserved, Reserved",
        [0x01040000] = "User Event, Card Swiped, Reserved, Reserved",
        [0x01050000] = "User Event, Touch Sensor Press On Display, Reserved, Reserved",
        [0x01060000] = "User Event, Touch Sensor Release On Display, Reserved, Reserved",
        [0x01070000] = "Barcode Reader, Read",
        [0x02000000] = "Session Management",
        [0x03000000] = "Key management, CSR keys generated, Reserved, Reserved",
        [0x03010000] = "Key management, Certificate Expiring Soon, Reserved, Reserved",
        [0x04000000] = "Temperature, Out of Range, Low Warning, Temperature",
        [0x04000100] = "Temperature, Out of Range, High Warning, Temperature",
    },
    [0x1801] = {
    },
    [0x1803] = {
        [0x01020100] = "Touchscreen",
        [0x01020200] = "Touchscreen",
        [0x01020300] = "Touchscreen",
        [0x01030100] = "Touchscreen",
        [0x01030200] = "Touchscreen",
        [0x01030300] = "Touchscreen",
        [0x01030400] = "Touchscreen",
        [0x01030500] = "Touchscreen",
        [0x01030600] = "Touchscreen",
        [0x01040000] = "Touchscreen, $Amount button selected, Data",
        [0x01050000] = "Touchscreen",
        [0x02010000] = "Display, Display Message, No Data Attached, Clear Display",
        [0x02010100] = "Display, Display Message, Data Attached, No Cancel Function",
        [0x02010200] = "Display, Display Message, Data Attached, Include Cancel Function",
        [0x02020000] = "Display, Cardholder Selection, Data Attached, Reserved",
        [0x02030000] = "Display, Online PIN Request, Application ID / Amount, Data Attached, Reserved",
    },
    [0x1805] = {
        [0x01010101] = "Touchscreen, Signature Capture, Success, Data Available",
        [0x01010201] = "Touchscreen, Signature Capture, Operation Failed, Timeout",
        [0x01010202] = "Touchscreen, Signature Capture, Operation Failed, Hardware Not Available",
        [0x02010000] = "Display, Display Message, Timed Out, Reserved",
        [0x04030100] = "Barcode Reader, Read",
        [0x04030101] = "Barcode Reader, Read",
        [0x04030102] = "Barcode Reader, Read",
        [0x04030201] = "Barcode Reader, Read",
        [0x05040100] = "Buzzer, Buzzer Result, Operation Success, Reserve",
        [0x05040200] = "Buzzer, Buzzer Result, Operation Fail, Reserve",
        [0x06050100] = "Card Emulation",
        [0x06050201] = "Card Emulation",
        [0x06050203] = "Card Emulation",
        [0x06050204] = "Card Emulation",
    },
}
local usb_products = { 0x2020, 0x2023, 0x2024 }

local field_list = {
    ProtoField.bytes("magtek_mms.start_transaction.request.reserved", "Reserved"),
    ProtoField.bytes("magtek_mms.start_transaction.request.transaction_timeout_in_seconds", "Transaction Timeout, in seconds"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options", "Reader Options"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options.magnetic_stripe_reader_mode", "Magnetic Stripe Reader Mode"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options.contact_reader_mode", "Contact Reader Mode"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options.contactless_reader_mode", "Contactless Reader Mode"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options.manual_entry_mode", "Manual Entry Mode"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options.barcode_reader_mode", "Barcode Reader Mode"),
    ProtoField.bytes("magtek_mms.start_transaction.request.reader_options.pin_block_format", "PIN Block Format"),
    ProtoField.bytes("magtek_mms.start_transaction.request.tip_and_tax_options", "Tip and Tax Options"),
    ProtoField.bytes("magtek_mms.start_transaction.request.tip_and_tax_options.byte_1_tip_mode", "Byte 1 Tip Mode"),
    ProtoField.bytes("magtek_mms.start_transaction.request.tip_and_tax_options.tax_or_surcharge_amount_to_display", "Tax or Surcharge Amount to Display"),
    ProtoField.bytes("magtek_mms.start_transaction.request.transaction_options", "Transaction Options"),
    ProtoField.bytes("magtek_mms.start_transaction.request.transaction_tlv", "Transaction TLV"),
    ProtoField.bytes("magtek_mms.start_transaction.request.tag_lists", "Tag Lists"),
    ProtoField.bytes("magtek_mms.start_transaction.request.notification_options", "Notification Options"),
    ProtoField.bytes("magtek_mms.start_transaction.request.user_interface_options", "User Interface Options"),
    ProtoField.bytes("magtek_mms.start_transaction.request.user_interface_options.suppress_thank_you_message", "Suppress Thank You Message"),
    ProtoField.bytes("magtek_mms.start_transaction.request.user_interface_options.override_final_transaction_message", "Override Final Transaction Message"),
    ProtoField.bytes("magtek_mms.start_transaction.request.user_interface_options.functional_button", "Functional button"),
    ProtoField.bytes("magtek_mms.resume_transaction.request.resume_code", "Resume Code"),
    ProtoField.bytes("magtek_mms.resume_transaction.request.reserved", "Reserved"),
    ProtoField.bytes("magtek_mms.resume_transaction.request.arpc_data", "ARPC Data"),
    ProtoField.bytes("magtek_mms.resume_transaction.request.transaction_tlv_update", "Transaction TLV Update"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_ntag_mifare_ultralight_type_2.request.command_to_send", "Command to Send"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_ntag_mifare_ultralight_type_2.request.encryption", "Encryption"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_ntag_mifare_ultralight_type_2.request.last_command", "Last Command"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_ntag_mifare_ultralight_type_2.response.tag_response_code", "Tag Response Code"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_ntag_mifare_ultralight_type_2.response.encryption_control", "Encryption Control"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_classic_mini_plus_sl1.request.command_to_send", "Command to Send"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_classic_mini_plus_sl1.request.encryption", "Encryption"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_classic_mini_plus_sl1.request.last_command", "Last Command"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_classic_mini_plus_sl1.response.tag_response_code", "Tag Response Code"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_classic_mini_plus_sl1.response.encryption_control", "Encryption Control"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_desfire_type_4.request.command_to_send", "Command to Send"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_desfire_type_4.request.encryption", "Encryption"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_desfire_type_4.request.last_command", "Last Command"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_desfire_type_4.response.tag_response_sw1_sw2", "Tag Response (SW1 SW2)"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_desfire_type_4.response.tag_data", "Tag Data"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_plus_type_2.request.command_to_send", "Command to Send"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_plus_type_2.request.encryption", "Encryption"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_plus_type_2.request.last_command", "Last Command"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_plus_type_2.response.tag_response_code", "Tag Response Code"),
    ProtoField.bytes("magtek_mms.pass_through_command_for_mifare_plus_type_2.response.encryption_control", "Encryption Control"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.timeout", "Timeout"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.encryption_on_signature_and_user_data", "Encryption on signature and user data"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.user_data_parameters_for_item_number_0_to_item_number_3", "User data parameters for item #0 to item #3"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_0", "User data item #0"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_1", "User data item #1"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_2", "User data item #2"),
    ProtoField.bytes("magtek_mms.request_cardholder_signature.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_3", "User data item #3"),
    ProtoField.bytes("magtek_mms.report_cardholder_selection.request.cardholder_selection_request_status", "Cardholder Selection Request Status"),
    ProtoField.bytes("magtek_mms.report_cardholder_selection.request.selection_result", "Selection Result"),
    ProtoField.bytes("magtek_mms.display_message.request.timeout", "Timeout"),
    ProtoField.bytes("magtek_mms.display_message.request.message_id", "Message ID"),
    ProtoField.bytes("magtek_mms.read_barcode.request.enable", "Enable"),
    ProtoField.bytes("magtek_mms.read_barcode.request.timeout", "Timeout"),
    ProtoField.bytes("magtek_mms.read_barcode.request.encrypt_barcode_data", "Encrypt Barcode Data"),
    ProtoField.bytes("magtek_mms.read_barcode.request.send_command_to_barcode_reader", "Send Command to Barcode Reader"),
    ProtoField.bytes("magtek_mms.buzzer.request.n", "N"),
    ProtoField.bytes("magtek_mms.show_image.request.custom_idle_page_image_number", "Custom Idle Page Image Number"),
    ProtoField.bytes("magtek_mms.show_image.request.display_option", "Display Option"),
    ProtoField.bytes("magtek_mms.show_image.request.display_time", "Display Time"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.display_time", "Display Time"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.data_to_encode", "Data to Encode"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.error_correction", "Error Correction"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.mask_pattern", "Mask Pattern"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.minimum_version", "Minimum Version"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.maximum_version", "Maximum Version"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.block_color", "Block Color"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.background_color", "Background Color"),
    ProtoField.bytes("magtek_mms.show_qr_code.request.prompt_text", "Prompt Text"),
    ProtoField.bytes("magtek_mms.show_bitmap_image.request.display_time", "Display Time"),
    ProtoField.bytes("magtek_mms.show_bitmap_image.request.background_color", "Background Color"),
    ProtoField.bytes("magtek_mms.show_bitmap_image.request.x_position", "X Position"),
    ProtoField.bytes("magtek_mms.show_bitmap_image.request.y_position", "Y Position"),
    ProtoField.bytes("magtek_mms.show_bitmap_image.request.bitmap", "Bitmap"),
    ProtoField.bytes("magtek_mms.show_bitmap_image.request.display_option", "Display Option"),
    ProtoField.bytes("magtek_mms.display_flexible_ui_pages.request.display_time", "Display Time"),
    ProtoField.bytes("magtek_mms.display_flexible_ui_pages.request.ui_page_option", "UI page option"),
    ProtoField.bytes("magtek_mms.card_emulation.request.start_cancel", "Start/Cancel"),
    ProtoField.bytes("magtek_mms.card_emulation.request.timeout_in_seconds", "Timeout in seconds"),
    ProtoField.bytes("magtek_mms.card_emulation.request.url", "URL"),
    ProtoField.bytes("magtek_mms.reset_device.request.power_off_option", "Power Off Option"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.subscribe", "Subscribe"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.notifications_affected", "Notifications Affected"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.notification_message_id_list", "Notification Message ID List"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.interfaces", "Interfaces"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.interfaces.apply_changes_to_the_usb_interface", "Apply changes to the USB interface"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.interfaces.apply_changes_to_the_wlan_interface", "Apply changes to the WLAN interface"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.interfaces.apply_changes_to_the_bluetooth_le_interface", "Apply changes to the Bluetooth® LE interface"),
    ProtoField.bytes("magtek_mms.set_notification_subscriptions.request.interfaces.apply_changes_to_the_uart_interface", "Apply changes to the UART interface"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.timeout", "Timeout"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.user_interface_sequence", "User Interface Sequence"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.pin_length_limits", "PIN Length Limits"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.account_number_options", "Account Number Options"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.account_number_options.account_number_length", "Account Number Length"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.account_number_options.account_number", "Account Number"),
    ProtoField.bytes("magtek_mms.request_pin_with_host_supplied_account_data.request.pin_block_format", "PIN Block Format"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.timeout", "Timeout"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.reader_options", "Reader Options"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.reader_options.magnetic_stripe_reader_mode", "Magnetic Stripe Reader Mode"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.reader_options.contact_reader_mode", "Contact Reader Mode"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.reader_options.contactless_reader_mode", "Contactless Reader Mode"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.pin_entry_options", "PIN Entry Options"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.pin_entry_options.user_interface_sequence", "User Interface Sequence"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.pin_entry_options.pin_length_limits", "PIN Length Limits"),
    ProtoField.bytes("magtek_mms.request_pin_with_card_supplied_account_data.request.pin_entry_options.pin_block_format", "PIN Block Format"),
    ProtoField.bytes("magtek_mms.get_property.request.company_id", "Company ID"),
    ProtoField.bytes("magtek_mms.get_property.request.device_family_id", "Device Family ID"),
    ProtoField.bytes("magtek_mms.get_property.request.property_type", "Property Type"),
    ProtoField.bytes("magtek_mms.get_property.request.property_oid_tree_prefix", "Property OID Tree Prefix"),
    ProtoField.bytes("magtek_mms.get_property.request.property_oid_remainder", "Property OID Remainder"),
    ProtoField.bytes("magtek_mms.get_property.response.company_id", "Company ID"),
    ProtoField.bytes("magtek_mms.get_property.response.device_family_id", "Device Family ID"),
    ProtoField.bytes("magtek_mms.get_property.response.property_type", "Property Type"),
    ProtoField.bytes("magtek_mms.get_property.response.property_oid_tree_prefix", "Property OID Tree Prefix"),
    ProtoField.bytes("magtek_mms.get_property.response.property_oid_remainder", "Property OID Remainder"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.request.company_id", "Company ID"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.request.device_family_id", "Device Family ID"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.request.property_type", "Property Type"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.request.property_oid_tree_prefix", "Property OID Tree Prefix"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.request.property_oid_remainder", "Property OID Remainder"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.response.company_id", "Company ID"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.response.device_family_id", "Device Family ID"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.response.property_type", "Property Type"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.response.property_oid_tree_prefix", "Property OID Tree Prefix"),
    ProtoField.bytes("magtek_mms.set_property_unsecured.response.property_oid_remainder", "Property OID Remainder"),
    ProtoField.bytes("magtek_mms.reset_properties_to_defaults.request.default_values_to_use", "Default Values to Use"),
    ProtoField.bytes("magtek_mms.load_firmware_file.request.progress_indicator", "Progress Indicator"),
    ProtoField.bytes("magtek_mms.load_firmware_file.request.image_type", "Image Type"),
    ProtoField.bytes("magtek_mms.load_firmware_file.request.hash_checksum", "Hash Checksum"),
    ProtoField.bytes("magtek_mms.load_firmware_file.request.payload", "Payload"),
    ProtoField.bytes("magtek_mms.load_firmware_file.request.load_options", "Load Options"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_transfer_properties", "File transfer properties"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_transfer_properties.length_of_file_payload", "Length of File Payload"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_transfer_properties.hash_checksum_type", "Hash Checksum Type"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_transfer_properties.hash_checksum", "Hash Checksum"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_description", "File Description"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_description.file_name", "File Name"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_description.file_label", "File Label"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_description.file_version", "File Version"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.file_description.file_date", "File Date"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_secured.request.reserved_for_future_use", "Reserved for future use"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_transfer_properties", "File transfer properties"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_transfer_properties.length_of_file_payload", "Length of File Payload"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_transfer_properties.hash_checksum_type", "Hash Checksum Type"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_transfer_properties.hash_checksum", "Hash Checksum"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_description", "File Description"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_description.file_name", "File Name"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_description.file_label", "File Label"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_description.file_version", "File Version"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.file_description.file_date", "File Date"),
    ProtoField.bytes("magtek_mms.start_send_file_to_device_unsecured.request.reserved_for_future_use", "Reserved for future use"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.request.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.request.progress_indicator_behavior", "Progress indicator behavior"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_transfer_properties", "File transfer properties"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_transfer_properties.length_of_file_payload", "Length of File Payload"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_transfer_properties.hash_checksum_type", "Hash Checksum Type"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_transfer_properties.hash_checksum", "Hash Checksum"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_description", "File Description"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_description.file_name", "File Name"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_description.file_label", "File Label"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_description.file_version", "File Version"),
    ProtoField.bytes("magtek_mms.start_get_file_from_device.response.file_description.file_date", "File Date"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.request.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_transfer_properties", "File transfer properties"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_transfer_properties.length_of_file", "Length of File"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_transfer_properties.hash_checksum_type", "Hash Checksum Type"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_transfer_properties.hash_checksum", "Hash Checksum"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_description", "File Description"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_description.file_name", "File Name"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_description.file_label", "File Label"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_description.file_version", "File Version"),
    ProtoField.bytes("magtek_mms.get_file_info_from_device.response.file_description.file_date", "File Date"),
    ProtoField.bytes("magtek_mms.delete_file_from_device.request.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.commit_firmware_from_file.request.progress_indicator", "Progress Indicator"),
    ProtoField.bytes("magtek_mms.commit_firmware_from_file.request.operation_options", "Operation Options"),
    ProtoField.bytes("magtek_mms.commit_firmware_from_file.request.image_type", "Image Type"),
    ProtoField.bytes("magtek_mms.commit_firmware_from_file.request.hash_checksum", "Hash Checksum"),
    ProtoField.bytes("magtek_mms.echo.request.data_to_be_echoed", "Data to be echoed"),
    ProtoField.bytes("magtek_mms.echo.request.data_to_be_echoed_2", "Data to be echoed"),
    ProtoField.bytes("magtek_mms.echo.response.data_being_echoed", "Data being echoed"),
    ProtoField.bytes("magtek_mms.echo.response.data_being_echoed_2", "Data being echoed"),
    ProtoField.bytes("magtek_mms.get_challenge.request.request_id_to_be_protected", "Request ID to be protected"),
    ProtoField.bytes("magtek_mms.get_challenge.response.request_id_to_be_protected", "Request ID to be protected"),
    ProtoField.bytes("magtek_mms.get_challenge.response.device_serial_number", "Device Serial Number"),
    ProtoField.bytes("magtek_mms.get_challenge.response.challenge_token", "Challenge Token"),
    ProtoField.bytes("magtek_mms.send_secured_command_to_device.request.security_parameters", "Security Parameters"),
    ProtoField.bytes("magtek_mms.send_secured_command_to_device.request.serial_number", "Serial Number"),
    ProtoField.bytes("magtek_mms.send_secured_command_to_device.request.challenge_token", "Challenge Token"),
    ProtoField.bytes("magtek_mms.send_secured_command_to_device.request.message_payload", "Message Payload"),
    ProtoField.bytes("magtek_mms.send_secured_command_to_device.request.mac_or_signature", "MAC or Signature"),
    ProtoField.bytes("magtek_mms.load_key_using_tr_31.request.key_block", "Key Block"),
    ProtoField.bytes("magtek_mms.generate_csr.request.key_identifier", "Key Identifier"),
    ProtoField.bytes("magtek_mms.generate_csr.request.subject", "Subject"),
    ProtoField.bytes("magtek_mms.generate_csr.request.subject_alternative_names", "Subject Alternative Names"),
    ProtoField.bytes("magtek_mms.load_ltpk_protection_key.request.action", "Action"),
    ProtoField.bytes("magtek_mms.load_ltpk_protection_key.request.aes_256_key_32_bytes_of_key", "AES-256 Key 32 bytes of key"),
    ProtoField.bytes("magtek_mms.load_ltpk_protection_key.request.crc_16_ccitt_checksum_polynomial_x16_x12_x5_1", "CRC-16-CCITT Checksum Polynomial X16 + X12 + X5 + 1"),
    ProtoField.bytes("magtek_mms.load_encrypted_ltpk_and_version.request.action", "Action"),
    ProtoField.bytes("magtek_mms.load_encrypted_ltpk_and_version.request.key_version", "Key Version"),
    ProtoField.bytes("magtek_mms.load_encrypted_ltpk_and_version.request.raw_key", "Raw Key"),
    ProtoField.bytes("magtek_mms.load_encrypted_ltpk_and_version.request.encrypted_key_length", "Encrypted Key Length"),
    ProtoField.bytes("magtek_mms.load_encrypted_ltpk_and_version.request.crc_16_ccitt_checksum_polynomial_x16_x12_x5_1", "CRC-16-CCITT Checksum Polynomial X16 + X12 + X5 + 1"),
    ProtoField.bytes("magtek_mms.load_encrypted_ltpk_and_version.response.ltpk_key_version", "LTPK Key Version"),
    ProtoField.bytes("magtek_mms.change_device_lock_state.request.device_lock_state", "Device Lock State"),
    ProtoField.bytes("magtek_mms.change_device_lock_state.request.passcode_format", "Passcode Format"),
    ProtoField.bytes("magtek_mms.change_device_lock_state.request.passcode", "Passcode"),
    ProtoField.bytes("magtek_mms.change_device_lock_passcode.request.current_passcode", "Current Passcode"),
    ProtoField.bytes("magtek_mms.change_device_lock_passcode.request.new_passcode", "New Passcode"),
    ProtoField.bytes("magtek_mms.reset_device_lock_passcode.request.device_serial_number", "Device Serial Number"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.request.user_data_parameters_for_item_number_0_to_item_number_3", "User data parameters for item #0 to item #3"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_0", "User data item #0"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_1", "User data item #1"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_2", "User data item #2"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.request.user_data_parameters_for_item_number_0_to_item_number_3.user_data_item_number_3", "User data Item #3"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.response.container_for_encrypted_data", "Container for Encrypted Data"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.response.container_for_encrypted_data.encrypted_data_primitive", "Encrypted Data Primitive"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.response.container_for_encrypted_data.encrypted_data_ksn", "Encrypted Data KSN"),
    ProtoField.bytes("magtek_mms.encrypt_user_data.response.container_for_encrypted_data.encrypted_data_encryption_type", "Encrypted Data Encryption Type"),
    ProtoField.bytes("magtek_mms.get_key_info.request.key_slot_id", "Key Slot ID"),
    ProtoField.bytes("magtek_mms.get_key_info.response.key_slot_information", "Key Slot Information"),
    ProtoField.bytes("magtek_mms.get_key_info.response.loaded_key_information", "Loaded Key Information"),
    ProtoField.bytes("magtek_mms.get_key_info.response.key_check_value_for_aes_cmac", "Key Check Value For AES-CMAC"),
    ProtoField.bytes("magtek_mms.get_key_info.response.key_derivation_information", "Key Derivation Information"),
    ProtoField.bytes("magtek_mms.get_key_info.response.restrictions_reserved", "Restrictions Reserved"),
    ProtoField.bytes("magtek_mms.get_key_info.response.restrictions_reserved.dukpt_restrictions", "DUKPT Restrictions"),
    ProtoField.bytes("magtek_mms.get_key_info.response.timestamp", "Timestamp"),
    ProtoField.bytes("magtek_mms.read_log.response.system_event_log", "System Event Log"),
    ProtoField.bytes("magtek_mms.read_log_and_clear_tamper.response.system_event_log", "System Event Log"),
    ProtoField.bytes("magtek_mms.activate_device_security.request.current_date_and_time", "Current Date and Time"),
    ProtoField.bytes("magtek_mms.activate_device_security.request.pci_hardware_id", "PCI Hardware ID"),
    ProtoField.bytes("magtek_mms.activate_device_security.request.hardware_configuration_profile", "Hardware Configuration Profile"),
    ProtoField.bytes("magtek_mms.activate_device_security.request.mac_address", "MAC Address"),
    ProtoField.bytes("magtek_mms.activate_device_security.request.wlan_softap_magtek_password", "WLAN SoftAP MagTek Password"),
    ProtoField.bytes("magtek_mms.activate_device_security.request.wlan_firmware_sequence_number", "WLAN Firmware Sequence Number"),
    ProtoField.bytes("magtek_mms.establish_ephemeral_kbpk.request.security_parameters", "Security Parameters"),
    ProtoField.bytes("magtek_mms.establish_ephemeral_kbpk.request.host_ephemeral_public_key", "Host Ephemeral Public Key"),
    ProtoField.bytes("magtek_mms.establish_ephemeral_kbpk.request.host_random_token", "Host Random Token"),
    ProtoField.bytes("magtek_mms.establish_ephemeral_kbpk.response.security_parameters", "Security Parameters"),
    ProtoField.bytes("magtek_mms.establish_ephemeral_kbpk.response.device_ephemeral_public_key", "Device Ephemeral Public Key"),
    ProtoField.bytes("magtek_mms.establish_ephemeral_kbpk.response.device_random_token", "Device Random Token"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t309.transaction_data", "Transaction Data"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t310.notification_payload", "Notification Payload"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t310.notification_payload.encrypted_data_primitive", "Encrypted Data Primitive"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t310.notification_payload.encrypted_data_ksn", "Encrypted Data KSN"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t310.notification_payload.encrypted_data_encryption_type", "Encrypted Data Encryption Type"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t311.barcode_data_container", "Barcode Data Container"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t311.barcode_data_container.barcode_data", "Barcode Data"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t312.vas_error_container", "VAS Error Container"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t312.vas_error_container.device_serial_number_ifd_serial_number", "Device Serial Number (IFD Serial Number)"),
    ProtoField.bytes("magtek_mms.transaction_information_update.t312.vas_error_container.vas_error_report", "VAS Error Report"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t326.notification_payload", "Notification Payload"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t326.notification_payload.container_for_encrypted_pin_data", "Container for Encrypted PIN Data"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t326.notification_payload.container_for_encrypted_pin_data.pin_block_format", "PIN Block Format"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t326.notification_payload.container_for_encrypted_pin_data.encrypted_pin_block_iso_formats_0", "Encrypted PIN Block ISO Formats 0"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t326.notification_payload.container_for_encrypted_pin_data.pin_key_serial_number_ksn", "PIN Key Serial Number (KSN)"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t326.notification_payload.container_for_encrypted_pin_data.pin_encryption_type", "PIN Encryption Type"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload", "Notification Payload"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.encrypted_data_primitive", "Encrypted Data Primitive"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.encrypted_data_ksn", "Encrypted Data KSN"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.encrypted_data_encryption_type", "Encrypted Data Encryption Type"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.container_for_encrypted_pin_data", "Container for Encrypted PIN Data"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.container_for_encrypted_pin_data.pin_block_format", "PIN Block Format"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.container_for_encrypted_pin_data.encrypted_pin_block_iso_formats_0", "Encrypted PIN Block ISO Formats 0"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.container_for_encrypted_pin_data.pin_ksn", "PIN KSN"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t327.notification_payload.container_for_encrypted_pin_data.pin_encryption_type", "PIN Encryption Type"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t328.decrypted_data_container", "Decrypted Data Container"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t328.decrypted_data_container.msr_track_2_clear_text_data", "MSR Track 2 Clear Text Data"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t328.decrypted_data_container.track_2_equivalent_data", "Track 2 Equivalent Data"),
    ProtoField.bytes("magtek_mms.banking_functions_operation_complete.t328.decrypted_data_container.primary_account_number", "Primary Account Number"),
    ProtoField.bytes("magtek_mms.device_information_update.t335.device_operational_status", "Device Operational Status"),
    ProtoField.bytes("magtek_mms.device_information_update.t335.offline_status_detail", "Offline Status Detail"),
    ProtoField.bytes("magtek_mms.device_information_update.t337.press_release_coordinates", "Press / Release Coordinates"),
    ProtoField.bytes("magtek_mms.device_information_update.t339.interface", "Interface"),
    ProtoField.bytes("magtek_mms.device_information_update.t339.connection", "Connection"),
    ProtoField.bytes("magtek_mms.device_information_update.t339.expiration_time", "Expiration Time"),
    ProtoField.bytes("magtek_mms.device_information_update.t341.notification_threshold", "Notification Threshold"),
    ProtoField.bytes("magtek_mms.device_information_update.t341.certificate_id", "Certificate ID"),
    ProtoField.bytes("magtek_mms.device_information_update.t341.days_valid", "Days Valid"),
    ProtoField.bytes("magtek_mms.device_information_update.t343.nfc_payload", "NFC Payload"),
    ProtoField.bytes("magtek_mms.device_information_update.t343.nfc_payload.nfc_uid", "NFC UID"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t346.reserved_for_time_functions", "Reserved for time functions"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t346.append_or_clear_display", "Append or Clear Display"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t346.message", "Message"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t346.enhanced_application_select_message_for_contactless", "Enhanced Application Select Message For Contactless"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t347.amount_selected_payload", "Amount selected payload"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t347.amount_selected_payload.dollar_and_cents_amount_selected_in_bcd_format", "Dollar and cents amount selected in BCD format"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t348.time_in_seconds", "Time in seconds"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t348.append_or_clear_display", "Append or Clear Display"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t348.message", "Message"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t349.application_preferred_name", "Application Preferred Name"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t349.aid", "AID"),
    ProtoField.bytes("magtek_mms.user_interface_host_action_request.t349.amount", "Amount"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t351.file_id", "File ID"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t352.notification_payload", "Notification Payload"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t352.notification_payload.encrypted_data_primitive", "Encrypted Data Primitive"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t352.notification_payload.encrypted_data_ksn", "Encrypted Data KSN"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t352.notification_payload.encrypted_data_encryption_type", "Encrypted Data Encryption Type"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t353.barcode_data_container", "Barcode Data Container"),
    ProtoField.bytes("magtek_mms.user_interface_operation_complete.t353.barcode_data_container.barcode_data", "Barcode Data"),
}

local command_layouts = {
    [0x1001] = {
        request = {
            ["81"] = { f = 1 },
            ["82"] = { f = 2, v = { { "00", "No timeout" }, { "01", "FF", "1 to 255 seconds" } }, r = true },
            ["A3"] = { f = 3, n = true, c = {
                ["81"] = { f = 4, v = { { "00", "Disabled" }, { "01", "EMV" }, { "80", "Non-EMV" } } },
                ["82"] = { f = 5, v = { { "00", "Disabled" }, { "01", "EMV" } } },
                ["83"] = { f = 6, v = { { "00", "Disabled" }, { "01", "EMV" }, { "02", "NFC" }, { "03", "EMV and NFC" } } },
                ["84"] = { f = 7 },
                ["85"] = { f = 8 },
                ["86"] = { f = 9, v = { { "00", "ISO Format 0" }, { "03", "ISO Format 3" }, { "04", "ISO Format 4" } } },
            } },
            ["A4"] = { f = 10, n = true, c = {
                ["81"] = { f = 11 },
                ["82"] = { f = 12 },
            } },
            ["84"] = { f = 13 },
            ["86"] = { f = 14 },
            ["A8"] = { f = 15 },
            ["8A"] = { f = 16 },
            ["AC"] = { f = 17, n = true, c = {
                ["81"] = { f = 18 },
                ["82"] = { f = 19 },
                ["83"] = { f = 20 },
            } },
        },
        response = {
        },
    },
    [0x1002] = {
        request = nil,
        response = nil,
    },
    [0x1003] = {
        request = nil,
        response = nil,
    },
    [0x1004] = {
        request = {
            ["81"] = { f = 21, v = { { "00", "Waiting for ARPC" } }, r = true },
            ["83"] = { f = 22 },
            ["84"] = { f = 23, r = true },
            ["86"] = { f = 24 },
        },
        response = {
        },
    },
    [0x1008] = {
        request = {
        },
        response = {
        },
    },
    [0x1009] = {
        request = nil,
        response = nil,
    },
    [0x1014] = {
        request = nil,
        response = nil,
    },
    [0x1041] = {
        request = nil,
        response = nil,
    },
    [0x1042] = {
        request = nil,
        response = nil,
    },
    [0x1100] = {
        request = {
            ["81"] = { f = 25, r = true },
            ["82"] = { f = 26, v = { { "00", "No Encrypt" }, { "01", "Encrypt" } }, r = true },
            ["83"] = { f = 27, v = { { "00", "Expect More Commands" }, { "01", "FF", "Last Command" } }, r = true },
        },
        response = {
            ["81"] = { f = 28, v = { { "00", "Success" }, { "01", "Failed" } }, r = true },
            ["82"] = { f = 29 },
        },
    },
    [0x1101] = {
        request = {
            ["81"] = { f = 30, r = true },
            ["82"] = { f = 31, v = { { "00", "No Encrypt" }, { "01", "Encrypt" } } },
            ["83"] = { f = 32, v = { { "00", "Expect More Commands" }, { "01", "FF", "Last Command" } }, r = true },
        },
        response = {
            ["81"] = { f = 33, r = true },
            ["82"] = { f = 34 },
        },
    },
    [0x1102] = {
        request = {
            ["81"] = { f = 35, r = true },
            ["82"] = { f = 36, v = { { "00", "No Encrypt" }, { "01", "Encrypt" } } },
            ["83"] = { f = 37, v = { { "00", "Expect More Commands" }, { "01", "FF", "Last Command" } }, r = true },
        },
        response = {
            ["81"] = { f = 38, r = true },
            ["82"] = { f = 39 },
        },
    },
    [0x1103] = {
        request = {
            ["81"] = { f = 40, r = true },
            ["82"] = { f = 41, v = { { "00", "No Encrypt" }, { "01", "Encrypt" } } },
            ["83"] = { f = 42, v = { { "00", "Expect More Commands" }, { "01", "FF", "Last Command" } }, r = true },
        },
        response = {
            ["81"] = { f = 43, v = { { "00", "Success" }, { "01", "Failed" } }, r = true },
            ["82"] = { f = 44 },
        },
    },
    [0x1801] = {
        request = {
            ["81"] = { f = 45, r = true },
            ["82"] = { f = 46 },
            ["A3"] = { f = 47, n = true, c = {
                ["81"] = { f = 48 },
                ["82"] = { f = 49 },
                ["83"] = { f = 50 },
                ["84"] = { f = 51 },
            } },
        },
        response = {
        },
    },
    [0x1802] = {
        request = {
            ["81"] = { f = 52, v = { { "00", "Cardholder Selection Request completed" }, { "01", "Cardholder Selection Request canceled by cardholder, Transaction Aborted" }, { "02", "Cardholder Selection Request timed out, Transaction Aborted" } }, r = true },
            ["82"] = { f = 53 },
        },
        response = {
        },
    },
    [0x1803] = {
        request = {
            ["81"] = { f = 54, v = { { "00", "Infinite" } } },
            ["82"] = { f = 55 },
        },
        response = {
        },
    },
    [0x1804] = {
        request = {
            ["81"] = { f = 56, v = { { "00", "Disable" }, { "01", "Enable" } }, r = true },
            ["82"] = { f = 57, v = { { "00", "Infinite" } } },
            ["83"] = { f = 58, v = { { "00", "Do Not Encrypt" }, { "01", "Encrypt" } } },
            ["99"] = { f = 59 },
        },
        response = {
        },
    },
    [0x1805] = {
        request = {
            ["81"] = { f = 60, v = { { "01", "Min (1 tone)" }, { "0A", "Max (10 tones)" } }, r = true },
        },
        response = {
        },
    },
    [0x1821] = {
        request = {
            ["81"] = { f = 61, v = { { "01", "Show custom image 1" }, { "02", "Show custom image 2" }, { "03", "Show custom image 3" }, { "04", "Show custom image 4" } }, r = true },
            ["82"] = { f = 62, v = { { "00", "Default" }, { "01", "Cover Status Bar" }, { "02", "Do Not Cover Status Bar" } } },
            ["83"] = { f = 63, v = { { "00", "Show image" } } },
        },
        response = {
        },
    },
    [0x1822] = {
        request = {
            ["81"] = { f = 64, v = { { "00", "Indefinite" }, { "01", "FF", "1 to 255 seconds" } } },
            ["82"] = { f = 65, r = true },
            ["83"] = { f = 66, v = { { "00", "Low" }, { "01", "Medium" }, { "02", "Quartile" }, { "03", "High" } } },
            ["84"] = { f = 67, v = { { "00", "07", "Mask Pattern" }, { "FF", "Device Select Optimal Mask Pattern" } } },
            ["85"] = { f = 68, v = { { "01", "28", "Version 1 to Version 40" } } },
            ["86"] = { f = 69, v = { { "01", "28", "Version 1 to Version 40" } } },
            ["87"] = { f = 70 },
            ["88"] = { f = 71 },
            ["89"] = { f = 72 },
        },
        response = {
        },
    },
    [0x1823] = {
        request = {
            ["81"] = { f = 73, v = { { "00", "Indefinite" }, { "01", "FF", "1 to 255 seconds" } } },
            ["82"] = { f = 74 },
            ["83"] = { f = 75 },
            ["84"] = { f = 76 },
            ["85"] = { f = 77, r = true },
            ["86"] = { f = 78, v = { { "00", "Default" }, { "01", "Cover Status Bar" }, { "02", "Do Not Cover Status Bar" } } },
        },
        response = {
        },
    },
    [0x1830] = {
        request = {
            ["81"] = { f = 79, v = { { "00", "Infinite" } }, r = true },
            ["82"] = { f = 80, v = { { "00", "Enter Sale Amount page" } }, r = true },
        },
        response = {
        },
    },
    [0x1840] = {
        request = {
            ["81"] = { f = 81, v = { { "00", "Cancel" }, { "01", "Start" } }, r = true },
            ["82"] = { f = 82, v = { { "00", "No timeout" }, { "01", "FF", "1 to 255 seconds" } } },
            ["83"] = { f = 83 },
        },
        response = nil,
    },
    [0x1F01] = {
        request = {
            ["81"] = { f = 84, v = { { "00", "Reset" }, { "01", "Power Off" } } },
        },
        response = {
        },
    },
    [0x1F02] = {
        request = {
            ["81"] = { f = 85, v = { { "00", "Unsubscribe" }, { "01", "Subscribe" } } },
            ["82"] = { f = 86, v = { { "00", "Listed Notifications" }, { "01", "All Notifications" } } },
            ["83"] = { f = 87 },
            ["A4"] = { f = 88, n = true, c = {
                ["81"] = { f = 89 },
                ["82"] = { f = 90 },
                ["83"] = { f = 91 },
                ["84"] = { f = 92 },
            } },
        },
        response = {
        },
    },
    [0x1F03] = {
        request = {
        },
        response = {
        },
    },
    [0x1F04] = {
        request = {
        },
        response = {
        },
    },
    [0x1F05] = {
        request = {
        },
        response = {
        },
    },
    [0x2001] = {
        request = {
            ["81"] = { f = 93, v = { { "00", "Reserved, Not Allowed" }, { "01", "FF", "1 to 255 seconds" } }, r = true },
            ["82"] = { f = 94, v = { { "00", "Enter PIN" }, { "02", "PIN Incorrect, Try Again" }, { "03", "Enter PIN / Enter PIN Again" }, { "05", "Enter PIN Again" }, { "FD", "Cancel PIN Session" }, { "FE", "PIN Entry Failed" }, { "FF", "PIN Entry Successful" } }, r = true },
            ["83"] = { f = 95, r = true },
            ["A1"] = { f = 96, r = true, n = true, c = {
                ["81"] = { f = 97, r = true },
                ["82"] = { f = 98 },
            } },
            ["85"] = { f = 99, v = { { "00", "ISO Format 0" }, { "01", "ISO Format 1" }, { "03", "ISO Format 3" }, { "04", "ISO Format 4" } }, r = true },
        },
        response = {
        },
    },
    [0x2002] = {
        request = {
            ["81"] = { f = 100, r = true },
            ["A3"] = { f = 101, r = true, n = true, c = {
                ["81"] = { f = 102, v = { { "00", "Disabled" }, { "01", "Enabled" } }, r = true },
                ["82"] = { f = 103, v = { { "00", "Disabled" }, { "01", "Enabled" } }, r = true },
                ["83"] = { f = 104, v = { { "00", "Disabled" }, { "01", "Enabled" } }, r = true },
            } },
            ["A4"] = { f = 105, r = true, n = true, c = {
                ["82"] = { f = 106, v = { { "00", "Reserved" }, { "01", "Present Card / Enter PIN" }, { "02", "PIN Incorrect, Try Again" }, { "03", "Enter PIN / Enter PIN Again" }, { "04", "Present Card / Enter PIN / Enter PIN Again" }, { "FD", "Cancel PIN Session" }, { "FE", "PIN Entry Failed" }, { "FF", "PIN Entry Successful" } }, r = true },
                ["83"] = { f = 107, r = true },
                ["85"] = { f = 108, v = { { "00", "ISO Format 0" }, { "01", "Reserved / Invalid" }, { "03", "ISO Format 3" }, { "04", "ISO Format 4" } }, r = true },
            } },
        },
        response = {
        },
    },
    [0xD101] = {
        request = {
            ["81"] = { f = 109 },
            ["82"] = { f = 110 },
            ["85"] = { f = 111, v = { { "01", "Device Settings" }, { "02", "Device Information" } }, r = true },
            ["87"] = { f = 112 },
            ["89"] = { f = 113, r = true },
        },
        response = {
            ["81"] = { f = 114 },
            ["82"] = { f = 115 },
            ["85"] = { f = 116, r = true },
            ["87"] = { f = 117 },
            ["89"] = { f = 118, r = true },
        },
    },
    [0xD111] = {
        request = {
            ["81"] = { f = 119 },
            ["82"] = { f = 120 },
            ["85"] = { f = 121, v = { { "01", "Device Settings" }, { "02", "Device Information" } }, r = true },
            ["87"] = { f = 122 },
            ["89"] = { f = 123, r = true },
        },
        response = {
            ["81"] = { f = 124 },
            ["82"] = { f = 125 },
            ["85"] = { f = 126, r = true },
            ["87"] = { f = 127 },
            ["89"] = { f = 128, r = true },
        },
    },
    [0xD201] = {
        request = {
            ["81"] = { f = 129, v = { { "01", "Use Firmware Defaults" } }, r = true },
        },
        response = {
        },
    },
    [0xD801] = {
        request = {
            ["81"] = { f = 130, r = true },
            ["85"] = { f = 131, v = { { "0000", "Boot Loader 1 image" }, { "0001", "Main App image" }, { "0002", "WiFi Module image" }, { "0003", "BLE Module image" } }, r = true },
            ["86"] = { f = 132 },
            ["87"] = { f = 133, r = true },
            ["88"] = { f = 134, v = { { "00", "Default mode" }, { "01", "Auto Commit" } } },
        },
        response = {
        },
    },
    [0xD811] = {
        request = {
            ["81"] = { f = 135, r = true },
            ["A2"] = { f = 136, r = true, n = true, c = {
                ["81"] = { f = 137, r = true },
                ["82"] = { f = 138, v = { { "04", "SHA-256" } }, r = true },
                ["83"] = { f = 139, r = true },
            } },
            ["A3"] = { f = 140, r = true, n = true, c = {
                ["81"] = { f = 141 },
                ["82"] = { f = 142 },
                ["83"] = { f = 143 },
                ["84"] = { f = 144 },
            } },
            ["87"] = { f = 145 },
        },
        response = {
        },
    },
    [0xD812] = {
        request = {
            ["81"] = { f = 146, r = true },
            ["A2"] = { f = 147, r = true, n = true, c = {
                ["81"] = { f = 148, r = true },
                ["82"] = { f = 149, v = { { "04", "SHA-256" } }, r = true },
                ["83"] = { f = 150, r = true },
            } },
            ["A3"] = { f = 151, r = true, n = true, c = {
                ["81"] = { f = 152 },
                ["82"] = { f = 153 },
                ["83"] = { f = 154 },
                ["84"] = { f = 155 },
            } },
            ["87"] = { f = 156 },
        },
        response = {
        },
    },
    [0xD821] = {
        request = {
            ["81"] = { f = 157, r = true },
            ["87"] = { f = 158, v = { { "00", "None" }, { "01", "LED" } } },
        },
        response = {
            ["81"] = { f = 159, r = true },
            ["A2"] = { f = 160, r = true, n = true, c = {
                ["81"] = { f = 161, r = true },
                ["82"] = { f = 162, v = { { "04", "SHA-256" } }, r = true },
                ["83"] = { f = 163, r = true },
            } },
            ["A3"] = { f = 164, r = true, n = true, c = {
                ["81"] = { f = 165 },
                ["82"] = { f = 166 },
                ["83"] = { f = 167 },
                ["84"] = { f = 168 },
            } },
        },
    },
    [0xD825] = {
        request = {
            ["81"] = { f = 169, r = true },
        },
        response = {
            ["81"] = { f = 170, r = true },
            ["A2"] = { f = 171, r = true, n = true, c = {
                ["81"] = { f = 172, r = true },
                ["82"] = { f = 173, v = { { "04", "SHA-256" } }, r = true },
                ["83"] = { f = 174, r = true },
            } },
            ["A3"] = { f = 175, r = true, n = true, c = {
                ["81"] = { f = 176 },
                ["82"] = { f = 177 },
                ["83"] = { f = 178 },
                ["84"] = { f = 179 },
            } },
        },
    },
    [0xD831] = {
        request = {
            ["81"] = { f = 180, r = true },
        },
        response = {
        },
    },
    [0xD901] = {
        request = {
            ["81"] = { f = 181, r = true },
            ["82"] = { f = 182, r = true },
            ["85"] = { f = 183, v = { { "0000", "Boot Loader 1 image" }, { "0001", "Main App image" }, { "0002", "WiFi Module image" }, { "0003", "BLE Module image" } }, r = true },
            ["86"] = { f = 184, r = true },
        },
        response = {
        },
    },
    [0xDF01] = {
        request = {
            ["81"] = { f = 185 },
            ["82"] = { f = 186 },
        },
        response = {
            ["81"] = { f = 187 },
            ["82"] = { f = 188 },
        },
    },
    [0xDF02] = {
        request = nil,
        response = nil,
    },
    [0xE001] = {
        request = {
            ["81"] = { f = 189, r = true },
        },
        response = {
            ["81"] = { f = 190, r = true },
            ["82"] = { f = 191, r = true },
            ["83"] = { f = 192, r = true },
        },
    },
    [0xEEEE] = {
        request = {
            ["A1"] = { f = 193, r = true },
            ["82"] = { f = 194, r = true },
            ["83"] = { f = 195, r = true },
            ["84"] = { f = 196, r = true },
            ["9E"] = { f = 197, r = true },
        },
        response = nil,
    },
    [0xEF01] = {
        request = {
            ["84"] = { f = 198, r = true },
        },
        response = {
        },
    },
    [0xEF02] = {
        request = {
        },
        response = {
        },
    },
    [0xEF03] = {
        request = {
            ["81"] = { f = 199 },
            ["82"] = { f = 200 },
            ["83"] = { f = 201 },
        },
        response = {
        },
    },
    [0xEF04] = {
        request = {
            ["81"] = { f = 202, r = true },
            ["82"] = { f = 203, r = true },
            ["83"] = { f = 204, r = true },
        },
        response = {
        },
    },
    [0xEF05] = {
        request = {
            ["81"] = { f = 205, r = true },
            ["82"] = { f = 206, r = true },
            ["83"] = { f = 207, r = true },
            ["85"] = { f = 208, r = true },
            ["86"] = { f = 209, r = true },
        },
        response = {
            ["81"] = { f = 210, r = true },
        },
    },
    [0xEF06] = {
        request = {
            ["81"] = { f = 211, v = { { "00", "Unlocked" }, { "01", "Locked" } }, r = true },
            ["82"] = { f = 212, v = { { "00", "Clear" }, { "01", "Fixed SHA-256" }, { "02", "Variable SHA-256" } }, r = true },
            ["83"] = { f = 213, r = true },
        },
        response = {
        },
    },
    [0xEF07] = {
        request = {
            ["81"] = { f = 214, r = true },
            ["82"] = { f = 215, r = true },
        },
        response = {
        },
    },
    [0xEF08] = {
        request = {
            ["81"] = { f = 216, r = true },
        },
        response = {
        },
    },
    [0xEF09] = {
        request = {
            ["A3"] = { f = 217, r = true, n = true, c = {
                ["81"] = { f = 218, r = true },
                ["82"] = { f = 219 },
                ["83"] = { f = 220 },
                ["84"] = { f = 221 },
            } },
        },
        response = {
            ["F8"] = { f = 222, r = true, n = true, c = {
                ["DFDF59"] = { f = 223, r = true },
                ["DFDF56"] = { f = 224, r = true },
                ["DFDF57"] = { f = 225, r = true },
            } },
        },
    },
    [0xEF11] = {
        request = {
            ["81"] = { f = 226, r = true },
        },
        response = {
            ["81"] = { f = 227, r = true },
            ["82"] = { f = 228 },
            ["83"] = { f = 229 },
            ["84"] = { f = 230 },
            ["A6"] = { f = 231, n = true, c = {
                ["81"] = { f = 232 },
            } },
            ["89"] = { f = 233 },
        },
    },
    [0xF012] = {
        request = {
        },
        response = {
        },
    },
    [0xF014] = {
        request = {
        },
        response = {
            ["83"] = { f = 234, r = true },
        },
    },
    [0xF015] = {
        request = {
        },
        response = {
            ["83"] = { f = 235, r = true },
        },
    },
    [0xF016] = {
        request = {
            ["81"] = { f = 236, r = true },
            ["85"] = { f = 237 },
            ["86"] = { f = 238 },
            ["88"] = { f = 239 },
            ["89"] = { f = 240 },
            ["8A"] = { f = 241 },
        },
        response = {
        },
    },
    [0xF017] = {
        request = {
            ["A1"] = { f = 242, r = true },
            ["83"] = { f = 243, r = true },
            ["84"] = { f = 244, r = true },
        },
        response = {
            ["A1"] = { f = 245, r = true },
            ["83"] = { f = 246, r = true },
            ["84"] = { f = 247, r = true },
        },
    },
}
command_layouts[0xD112] = command_layouts[0xD111]
local notification_layouts = {
    [0x0101] = {
        tables = {
            [309] = {
                ["84"] = { f = 248, r = true },
            },
            [310] = {
                ["84"] = { f = 249, r = true, n = true, c = {
                    ["DFDF59"] = { f = 250, r = true },
                    ["DFDF50"] = { f = 251, r = true },
                    ["DFDF51"] = { f = 252, r = true },
                } },
            },
            [311] = {
                ["FC"] = { f = 253, r = true, n = true, c = {
                    ["DF74"] = { f = 254 },
                } },
            },
            [312] = {
                ["FC"] = { f = 255, r = true, n = true, c = {
                    ["DFDF25"] = { f = 256, r = true },
                    ["DF75"] = { f = 257, r = true },
                } },
            },
        },
        by_detail = {},
    },
    [0x0103] = {
        tables = {
            [315] = {
            },
        },
        by_detail = {},
    },
    [0x0104] = {
        tables = {
            [320] = {
            },
        },
        by_detail = {},
    },
    [0x0105] = {
        tables = {
        },
        by_detail = {},
    },
    [0x0201] = {
        tables = {
        },
        by_detail = {},
    },
    [0x0203] = {
        tables = {
        },
        by_detail = {},
    },
    [0x0205] = {
        tables = {
            [326] = {
                ["84"] = { f = 258, r = true, n = true, c = {
                    ["F5"] = { f = 259, r = true, n = true, c = {
                        ["DF71"] = { f = 260, v = { { "00", "ISO Format 0" }, { "01", "ISO Format 1" }, { "03", "ISO Format 3" }, { "04", "ISO Format 4" } }, r = true },
                        ["99"] = { f = 261, r = true },
                        ["DFDF41"] = { f = 262, r = true },
                        ["DFDF42"] = { f = 263, r = true },
                    } },
                } },
            },
            [327] = {
                ["84"] = { f = 264, r = true, n = true, c = {
                    ["DFDF59"] = { f = 265, r = true },
                    ["DFDF56"] = { f = 266, r = true },
                    ["DFDF57"] = { f = 267, r = true },
                    ["F5"] = { f = 268, r = true, n = true, c = {
                        ["DF71"] = { f = 269, v = { { "00", "ISO Format 0" }, { "01", "ISO Format 1" }, { "03", "ISO Format 3" }, { "04", "ISO Format 4" } }, r = true },
                        ["99"] = { f = 270, r = true },
                        ["DFDF41"] = { f = 271, r = true },
                        ["DFDF42"] = { f = 272, r = true },
                    } },
                } },
            },
            [328] = {
                ["FC"] = { f = 273, r = true, n = true, c = {
                    ["DF42"] = { f = 274 },
                    ["57"] = { f = 275 },
                    ["5A"] = { f = 276 },
                } },
            },
        },
        by_detail = {},
    },
    [0x0905] = {
        tables = {
        },
        by_detail = {},
    },
    [0x0906] = {
        tables = {
        },
        by_detail = {},
    },
    [0x0907] = {
        tables = {
        },
        by_detail = {},
    },
    [0x1001] = {
        tables = {
            [335] = {
                ["81"] = { f = 277, r = true },
                ["82"] = { f = 278, r = true },
            },
            [337] = {
                ["81"] = { f = 279, r = true },
            },
            [339] = {
                ["81"] = { f = 280, v = { { "00", "WLAN" } }, r = true },
                ["82"] = { f = 281, v = { { "00", "Connection 0" } }, r = true },
                ["83"] = { f = 282, r = true },
            },
            [341] = {
                ["81"] = { f = 283, r = true },
                ["82"] = { f = 284, r = true },
                ["83"] = { f = 285, r = true },
            },
            [343] = {
                ["84"] = { f = 286, r = true, n = true, c = {
                    ["DF79"] = { f = 287, r = true },
                } },
            },
        },
        by_detail = {},
    },
    [0x1801] = {
        tables = {
        },
        by_detail = {},
    },
    [0x1803] = {
        tables = {
            [346] = {
                ["81"] = { f = 288, r = true },
                ["82"] = { f = 289, v = { { "00", "Append" }, { "01", "Clear" } }, r = true },
                ["83"] = { f = 290, r = true },
                ["85"] = { f = 291 },
            },
            [347] = {
                ["84"] = { f = 292, r = true, c = {
                    ["9F02"] = { f = 293, r = true },
                } },
            },
            [348] = {
                ["81"] = { f = 294, r = true },
                ["82"] = { f = 295, v = { { "00", "Append" }, { "01", "Clear" } }, r = true },
                ["83"] = { f = 296, r = true },
            },
            [349] = {
                ["9F12"] = { f = 297 },
                ["9F06"] = { f = 298 },
                ["9F02"] = { f = 299 },
            },
        },
        by_detail = {},
    },
    [0x1805] = {
        tables = {
            [351] = {
                ["83"] = { f = 300, r = true },
            },
            [352] = {
                ["84"] = { f = 301, r = true, n = true, c = {
                    ["DFDF59"] = { f = 302, r = true },
                    ["DFDF50"] = { f = 303, r = true },
                    ["DFDF51"] = { f = 304, r = true },
                } },
            },
            [353] = {
                ["FC"] = { f = 305, r = true, n = true, c = {
                    ["DF74"] = { f = 306 },
                } },
            },
        },
        by_detail = {},
    },
}
notification_layouts[0x0101].default = notification_layouts[0x0101].tables[309]
notification_layouts[0x0101].by_detail[0x07080202] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x07080302] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x08080202] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x08080302] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x10080202] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x10080302] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x20011002] = { notification_layouts[0x0101].tables[312] }
notification_layouts[0x0101].by_detail[0x20012002] = { notification_layouts[0x0101].tables[312] }
notification_layouts[0x0101].by_detail[0x20080202] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x20080302] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x20080402] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x20080702] = { notification_layouts[0x0101].tables[309] }
notification_layouts[0x0101].by_detail[0x30080002] = { notification_layouts[0x0101].tables[310], notification_layouts[0x0101].tables[309], notification_layouts[0x0101].tables[311] }
notification_layouts[0x0103].default = notification_layouts[0x0103].tables[315]
notification_layouts[0x0104].default = notification_layouts[0x0104].tables[320]
notification_layouts[0x0205].default = notification_layouts[0x0205].tables[326]
notification_layouts[0x0205].by_detail[0x01020101] = { notification_layouts[0x0205].tables[327], notification_layouts[0x0205].tables[326] }
notification_layouts[0x1001].default = notification_layouts[0x1001].tables[335]
notification_layouts[0x1001].by_detail[0x00000000] = { notification_layouts[0x1001].tables[335] }
notification_layouts[0x1001].by_detail[0x01000100] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000200] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000300] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000400] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000500] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000600] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000700] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000800] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000900] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000A00] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000B00] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01000C00] = { notification_layouts[0x1001].tables[343] }
notification_layouts[0x1001].by_detail[0x01050000] = { notification_layouts[0x1001].tables[337] }
notification_layouts[0x1001].by_detail[0x01060000] = { notification_layouts[0x1001].tables[337] }
notification_layouts[0x1001].by_detail[0x02000000] = { notification_layouts[0x1001].tables[339] }
notification_layouts[0x1001].by_detail[0x03010000] = { notification_layouts[0x1001].tables[341] }
notification_layouts[0x1803].default = notification_layouts[0x1803].tables[346]
notification_layouts[0x1803].by_detail[0x01040000] = { notification_layouts[0x1803].tables[347] }
notification_layouts[0x1803].by_detail[0x02010100] = { notification_layouts[0x1803].tables[346] }
notification_layouts[0x1803].by_detail[0x02010200] = { notification_layouts[0x1803].tables[346] }
notification_layouts[0x1803].by_detail[0x02020000] = { notification_layouts[0x1803].tables[348] }
notification_layouts[0x1803].by_detail[0x02030000] = { notification_layouts[0x1803].tables[349] }
notification_layouts[0x1805].default = notification_layouts[0x1805].tables[351]
notification_layouts[0x1805].by_detail[0x01010101] = { notification_layouts[0x1805].tables[351] }
notification_layouts[0x1805].by_detail[0x04030100] = { notification_layouts[0x1805].tables[352], notification_layouts[0x1805].tables[353] }
notification_layouts[0x1805].by_detail[0x04030101] = { notification_layouts[0x1805].tables[352] }
notification_layouts[0x1805].by_detail[0x04030102] = { notification_layouts[0x1805].tables[352] }

-- ---------------------------------------------------------------------------
-- The dissector (fixed part, from codegen/src/wireshark.lua). The tables above
-- come from the spec; everything below only reads them.
-- ---------------------------------------------------------------------------

local proto = Proto("magtek_mms", "MagTek MMS")

local message_types = {
    [0x01] = "Request", [0x81] = "Request (device to host)",
    [0x02] = "Response (host to device)", [0x82] = "Response",
    [0x03] = "Notification (host to device)", [0x83] = "Notification",
    [0x04] = "Data file to device", [0x84] = "Data file from device",
}
local hid_packet_types = {
    [0] = "Single packet", [1] = "Head", [2] = "Middle", [3] = "Tail", [4] = "Cancel",
}
local directions = { [0] = "Host to device", [1] = "Device to host" }
local links = { [0] = "Other", [1] = "Serial (SLIP)", [2] = "WebSocket", [3] = "USB HID" }

local fixed = {
    hid_type = ProtoField.uint8("magtek_mms.hid.type", "HID packet type", base.HEX, hid_packet_types),
    hid_len = ProtoField.uint8("magtek_mms.hid.len", "Bytes in this packet", base.DEC),
    hid_total = ProtoField.uint32("magtek_mms.hid.total", "Message length", base.DEC),
    hid_number = ProtoField.uint16("magtek_mms.hid.number", "Packet number", base.DEC),
    hid_reason = ProtoField.uint16("magtek_mms.hid.cancel_reason", "Cancel reason", base.HEX),
    hid_data = ProtoField.bytes("magtek_mms.hid.data", "Message bytes"),
    hid_problem = ProtoField.string("magtek_mms.hid.problem", "Framing problem"),
    record_dir = ProtoField.uint8("magtek_mms.record.direction", "Direction", base.HEX, directions),
    record_link = ProtoField.uint8("magtek_mms.record.link", "Link", base.HEX, links),
    start = ProtoField.uint8("magtek_mms.start", "Start of message", base.HEX),
    version = ProtoField.uint8("magtek_mms.version", "API version", base.HEX),
    msg_type = ProtoField.uint8("magtek_mms.msg_type", "Message type", base.HEX, message_types),
    ref = ProtoField.uint8("magtek_mms.ref", "Reference number", base.DEC),
    cmd = ProtoField.uint16("magtek_mms.cmd", "Command", base.HEX, commands),
    notification = ProtoField.uint16("magtek_mms.notification", "Notification", base.HEX, notifications),
    file_type = ProtoField.uint32("magtek_mms.file_type", "File type", base.HEX, file_types),
    info_extra = ProtoField.bytes("magtek_mms.info_extra", "More message information"),
    status = ProtoField.uint32("magtek_mms.status", "Status", base.HEX),
    status_summary = ProtoField.uint8("magtek_mms.status.summary", "Summary", base.HEX, status_summary),
    status_group = ProtoField.uint8("magtek_mms.status.group", "Detail group", base.HEX, status_groups),
    status_detail = ProtoField.uint24("magtek_mms.status.detail", "Detail", base.HEX, status_details),
    detail = ProtoField.uint32("magtek_mms.detail", "Notification detail", base.HEX),
    detail_name = ProtoField.string("magtek_mms.detail.name", "Detail meaning"),
    additional = ProtoField.bytes("magtek_mms.additional", "Additional details"),
    payload = ProtoField.bytes("magtek_mms.payload", "Payload"),
    payload_id = ProtoField.uint16("magtek_mms.payload_id", "Payload ID", base.HEX),
    file = ProtoField.bytes("magtek_mms.file", "File data"),
    reserved = ProtoField.bytes("magtek_mms.reserved", "Reserved"),
    tlv = ProtoField.bytes("magtek_mms.tlv", "TLV not in the spec"),
    tag = ProtoField.uint32("magtek_mms.tag", "Tag", base.HEX),
    len = ProtoField.uint32("magtek_mms.len", "Length", base.DEC),
    problem = ProtoField.string("magtek_mms.problem", "Malformed"),
}

local all_fields = {}
for _, f in pairs(fixed) do all_fields[#all_fields + 1] = f end
for _, f in ipairs(field_list) do all_fields[#all_fields + 1] = f end
proto.fields = all_fields

-- A BER-TLV header at `offset` of `tvb`: tag (hex), tag number, header length
-- and value length, or nil and why.
local function tlv_header(tvb, offset, limit)
    if offset >= limit then return nil, "no tag" end
    local start = offset
    local first = tvb(offset, 1):uint()
    offset = offset + 1
    if first % 0x20 == 0x1F then
        repeat
            if offset >= limit then return nil, "tag runs past the end" end
            local b = tvb(offset, 1):uint()
            offset = offset + 1
        until b < 0x80 or offset - start > 4
    end
    local tag_len = offset - start
    if offset >= limit then return nil, "no length after the tag" end
    local l = tvb(offset, 1):uint()
    offset = offset + 1
    if l >= 0x80 then
        local n = l - 0x80
        if n == 0 or n > 4 or offset + n > limit then return nil, "bad long length form" end
        l = tvb(offset, n):uint()
        offset = offset + n
    end
    if offset + l > limit then
        return nil, string.format("length %d runs past the end (%d bytes left)", l, limit - offset)
    end
    return {
        hex = tvb(start, tag_len):bytes():tohex(),
        number = tvb(start, math.min(tag_len, 4)):uint(),
        constructed = first % 0x40 >= 0x20,
        header = offset - start,
        len = l,
    }
end

local function enum_name(values, hex)
    if not values then return nil end
    for _, v in ipairs(values) do
        if #v == 2 then
            if v[1] == hex then return v[2] end
        elseif #hex == #v[1] and v[1] <= hex and hex <= v[2] then
            return v[3]
        end
    end
    return nil
end

local function printable(tvb)
    local s = tvb:raw()
    s = s:gsub("%z+$", "")
    if #s == 0 or s:find("[^\32-\126]") then return nil end
    return s
end

-- Whether the TLVs at `offset` carry every row `layout` marks required (`r`), and each TLV
-- read by rows of its own (`n`) fits those: how one of a detail code's payload tables is
-- chosen, as in `mms decode`. Malformed TLVs fit nothing. The recursion follows the layout,
-- not the data.
local function fits(tvb, offset, len, layout)
    local limit = offset + len
    local seen = {}
    while offset < limit do
        local h = tlv_header(tvb, offset, limit)
        if not h then return false end
        local def = layout[h.hex]
        if def and def.n and not fits(tvb, offset + h.header, h.len, def.c) then return false end
        seen[h.hex] = true
        offset = offset + h.header + h.len
    end
    for hex, def in pairs(layout) do
        if def.r and not seen[hex] then return false end
    end
    return true
end

-- Adds the TLVs of tvb(offset, len) to `tree`, named by `layout` (a table from
-- tag hex to {f = field index, v = values, c = nested layout, t = text, r = required,
-- n = read by its own rows}).
local function add_tlvs(tvb, offset, len, tree, layout)
    local limit = offset + len
    while offset < limit do
        local h, why = tlv_header(tvb, offset, limit)
        if not h then
            tree:add(fixed.problem, tvb(offset, limit - offset), "TLV at byte " .. offset .. ": " .. why)
            return
        end
        local whole = tvb(offset, h.header + h.len)
        local value = tvb(offset + h.header, h.len)
        local def = layout and layout[h.hex]
        local item
        if def then
            -- The item covers the value (its bytes are the field's value); empty values show the header.
            item = tree:add(field_list[def.f], h.len > 0 and value or whole)
            item:prepend_text("[" .. h.hex .. "] ")
            local hex = h.len > 0 and value:bytes():tohex() or ""
            local name = enum_name(def.v, hex)
            if name then
                item:append_text(" (" .. name .. ")")
            elseif h.len > 0 and (def.t or not h.constructed) then
                local text = printable(value)
                if text then item:append_text(' "' .. text .. '"') end
            end
        else
            item = tree:add(fixed.tlv, whole)
            item:prepend_text("[" .. h.hex .. "] ")
        end
        item:add(fixed.tag, tvb(offset, h.header), h.number)
        item:add(fixed.len, tvb(offset, h.header), h.len)
        -- A primitive tag whose row is read by rows of its own (`84` holding `F5`) is shown
        -- as TLVs when its value is a well-formed run of them.
        local nested = h.constructed or (def and def.n and fits(tvb, offset + h.header, h.len, {}))
        if nested and h.len > 0 then
            add_tlvs(tvb, offset + h.header, h.len, item, def and def.c)
        end
        offset = offset + h.header + h.len
    end
end

local function hex_of(tvb) return tvb:bytes():tohex() end

-- Dissects one whole MMS message.
local function dissect_message(tvb, pinfo, tree)
    local len = tvb:len()
    pinfo.cols.protocol = "MagTek MMS"
    local root = tree:add(proto, tvb())
    if len < 2 then
        root:add(fixed.problem, tvb(), "message shorter than 2 bytes")
        return
    end
    root:add(fixed.start, tvb(0, 1))
    root:add(fixed.version, tvb(1, 1))
    if tvb(0, 1):uint() ~= 0xAA then
        root:add(fixed.problem, tvb(0, 1), "start byte is not 0xAA")
    end
    local kind, id, ref, status, status_tvb, payload
    local offset = 2
    while offset < len do
        local h, why = tlv_header(tvb, offset, len)
        if not h then
            root:add(fixed.problem, tvb(offset, len - offset), "envelope at byte " .. offset .. ": " .. why)
            break
        end
        local value = tvb(offset + h.header, h.len)
        local whole = tvb(offset, h.header + h.len)
        if h.hex == "81" and h.len >= 4 then
            local info = root:add(proto, whole, "Message information (81)")
            kind = value(0, 1):uint()
            ref = value(1, 1):uint()
            id = value(2, 2):uint()
            info:add(fixed.msg_type, value(0, 1))
            info:add(fixed.ref, value(1, 1))
            if kind % 0x80 == 3 then
                info:add(fixed.notification, value(2, 2))
            else
                info:add(fixed.cmd, value(2, 2))
            end
            if h.len == 8 and kind % 0x80 == 4 then
                info:add(fixed.file_type, value(4, 4))
            elseif h.len > 4 then
                info:add(fixed.info_extra, value(4, h.len - 4))
            end
        elseif h.hex == "82" then
            status_tvb = value
        elseif h.hex == "83" then
            root:add(fixed.additional, value)
        elseif h.hex == "84" then
            payload = value
        elseif h.hex == "9E" then
            root:add(fixed.reserved, value)
        else
            root:add(fixed.tlv, whole):prepend_text("[" .. h.hex .. "] ")
        end
        offset = offset + h.header + h.len
    end
    local is_notification = kind and kind % 0x80 == 3
    if status_tvb and status_tvb:len() == 4 then
        status = status_tvb:uint()
        if is_notification then
            local item = root:add(fixed.detail, status_tvb)
            local names = notification_details[id]
            local name = names and names[status]
            if name then
                item:append_text(" (" .. name .. ")")
                item:add(fixed.detail_name, status_tvb, name)
            end
        else
            local item = root:add(fixed.status, status_tvb)
            local summary = status_summary[status_tvb(0, 1):uint()]
            local detail = status_details[status_tvb(1, 3):uint()]
            if summary then item:append_text(" (" .. summary .. (detail and ", " .. detail or "") .. ")") end
            item:add(fixed.status_summary, status_tvb(0, 1))
            item:add(fixed.status_group, status_tvb(1, 1))
            item:add(fixed.status_detail, status_tvb(1, 3))
        end
    elseif status_tvb then
        root:add(fixed.status, status_tvb):append_text(" (not 4 bytes)")
    end
    local layout
    if kind then
        local base_kind = kind % 0x80
        if base_kind == 1 or base_kind == 2 then
            local t = command_layouts[id]
            layout = t and (kind == 0x01 and t.request or t.response)
        elseif base_kind == 3 then
            local t = notification_layouts[id]
            local tables = t and status and t.by_detail[status]
            layout = t and t.default
            if tables then
                layout = tables[1]
                -- Alternatives: the first the payload's TLVs fit.
                if #tables > 1 and payload and payload:len() > 2 then
                    for _, candidate in ipairs(tables) do
                        if fits(payload:tvb(), 2, payload:len() - 2, candidate) then
                            layout = candidate
                            break
                        end
                    end
                end
            end
        end
    end
    if payload then
        local item = root:add(fixed.payload, payload)
        if kind and kind % 0x80 == 4 then
            item:add(fixed.file, payload)
        elseif payload:len() >= 2 then
            item:add(fixed.payload_id, payload(0, 2))
            if payload:len() > 2 then
                add_tlvs(payload:tvb(), 2, payload:len() - 2, item, layout)
            end
        end
    end
    -- The summary line, as `mms decode` prints it.
    local what = kind and (message_types[kind] or string.format("type 0x%02X", kind)) or "MMS"
    local name = id and ((is_notification and notifications[id]) or (not is_notification and commands[id]))
    local text = what
    if id then text = text .. string.format(" %s(0x%04X)", name and (name .. " ") or "", id) end
    if ref then text = text .. " ref " .. ref end
    if status then text = text .. string.format(" %s %08X", is_notification and "detail" or "status", status) end
    root:append_text(", " .. text)
    pinfo.cols.info:append(" " .. text)
end

-- HID reports: single packets carry a message; head, middles and a tail are
-- put back together on the first pass (per source and destination), and the
-- message is shown with the tail's frame.
local reassembled = {}  -- frame number -> list of hex messages completed there
local problems = {}     -- frame number -> list of framing problems found there
local streams = {}      -- "src>dst" -> {total, parts, received, next}
local claimed = {}      -- frame numbers of HID reports taken on the first pass
local known = {}        -- "src>dst" keys that have carried MMS reports

local function note(list, frame, text)
    local l = list[frame]
    if not l then l = {}; list[frame] = l end
    l[#l + 1] = text
end

-- Mirrors the runtime's Reassembler: after an error inside a multi-packet
-- message, its remaining middles and tail are dropped quietly.
local function hid_first_pass(tvb, pinfo, key)
    local frame = pinfo.number
    local ptype = tvb(0, 1):uint()
    local len = tvb:len()
    local s = streams[key]
    local function fail(text, skip)
        note(problems, frame, text)
        streams[key] = skip and { skipping = true } or nil
    end
    if ptype == 0 or ptype == 1 then
        if s and not s.skipping then
            note(problems, frame, string.format(
                "multi-packet message dropped after %d of %d bytes: a new message started", s.received, s.total))
        end
        streams[key] = nil
    end
    if ptype == 0 then
        local n = len >= 2 and tvb(1, 1):uint() or 0
        if len >= 2 and n <= 62 and 2 + n <= len then
            note(reassembled, frame, hex_of(tvb(2, n)))
        else
            fail("single packet length field is bad", false)
        end
    elseif ptype == 1 then
        if len < 64 then
            fail("head packet is truncated", true)
        else
            streams[key] = { total = tvb(1, 4):uint(), parts = { hex_of(tvb(5, 59)) }, received = 59, next = 1 }
        end
    elseif ptype == 2 then
        local number = len >= 3 and tvb(1, 2):uint() or -1
        if s and s.skipping then return end
        if not s then
            fail("middle packet " .. number .. " without a head", false)
        elseif number ~= s.next then
            fail("middle packet " .. number .. " where " .. s.next .. " was expected; message dropped", true)
        elseif len < 64 or s.total - s.received <= 62 then
            fail("middle packet runs past the declared total; message dropped", true)
        else
            s.parts[#s.parts + 1] = hex_of(tvb(3, 61))
            s.received = s.received + 61
            s.next = s.next + 1
        end
    elseif ptype == 3 then
        local n = len >= 2 and tvb(1, 1):uint() or -1
        streams[key] = nil
        if s and s.skipping then return end
        if not s then
            note(problems, frame, "tail packet without a head")
        elseif n ~= s.total - s.received or 2 + n > len then
            note(problems, frame, "tail carries " .. n .. " bytes but the message needs " .. (s.total - s.received) .. " more; message dropped")
        else
            s.parts[#s.parts + 1] = hex_of(tvb(2, n))
            note(reassembled, frame, table.concat(s.parts))
        end
    elseif ptype == 4 then
        local reason = len >= 3 and tvb(1, 2):uint() or 0
        note(problems, frame, string.format("sender cancelled the message (reason 0x%04X)%s", reason,
            (s and not s.skipping) and (" after " .. s.received .. " of " .. s.total .. " bytes") or ""))
        streams[key] = nil
    else
        fail(string.format("unknown HID packet type 0x%02X", ptype), s ~= nil)
    end
end

local function dissect_hid(tvb, pinfo, tree)
    local len = tvb:len()
    if len == 0 then return 0 end
    if not pinfo.visited then
        local key = tostring(pinfo.src) .. ">" .. tostring(pinfo.dst)
        claimed[pinfo.number] = true
        known[key] = true
        hid_first_pass(tvb, pinfo, key)
    end
    pinfo.cols.protocol = "MagTek MMS"
    local ptype = tvb(0, 1):uint()
    local hid = tree:add(proto, tvb(), "MagTek MMS HID report")
    hid:add(fixed.hid_type, tvb(0, 1))
    if ptype == 0 and len >= 2 then
        hid:add(fixed.hid_len, tvb(1, 1))
    elseif ptype == 1 and len >= 5 then
        hid:add(fixed.hid_total, tvb(1, 4))
        pinfo.cols.info:append(" MMS head of a " .. tvb(1, 4):uint() .. "-byte message")
    elseif ptype == 2 and len >= 3 then
        hid:add(fixed.hid_number, tvb(1, 2))
        pinfo.cols.info:append(" MMS middle packet " .. tvb(1, 2):uint())
    elseif ptype == 3 and len >= 2 then
        hid:add(fixed.hid_len, tvb(1, 1))
    elseif ptype == 4 and len >= 3 then
        hid:add(fixed.hid_reason, tvb(1, 2))
    end
    for _, text in ipairs(problems[pinfo.number] or {}) do
        hid:add(fixed.hid_problem, tvb(0, 1), text)
        pinfo.cols.info:append(" [" .. text .. "]")
    end
    for i, hex in ipairs(reassembled[pinfo.number] or {}) do
        if ptype == 0 then
            dissect_message(tvb(2, tvb(1, 1):uint()):tvb(), pinfo, tree)
        else
            dissect_message(ByteArray.new(hex):tvb("Reassembled MMS message"), pinfo, tree)
        end
    end
    return len
end

-- Records of link type 147 (LINKTYPE_USER0) written by mms-capture: direction,
-- link, then one whole message.
local record_proto = Proto("magtek_mms_record", "MagTek MMS record")
record_proto.fields = {}
local function dissect_record(tvb, pinfo, tree)
    if tvb:len() < 2 then return 0 end
    local sub = tree:add(proto, tvb(0, 2), "MagTek MMS record")
    sub:add(fixed.record_dir, tvb(0, 1))
    sub:add(fixed.record_link, tvb(1, 1))
    if tvb(0, 1):uint() == 0 then
        pinfo.cols.src = "host"; pinfo.cols.dst = "device"
    else
        pinfo.cols.src = "device"; pinfo.cols.dst = "host"
    end
    if tvb:len() > 2 then dissect_message(tvb(2):tvb(), pinfo, tree) end
    return tvb:len()
end
function record_proto.dissector(tvb, pinfo, tree) return dissect_record(tvb, pinfo, tree) end
DissectorTable.get("wtap_encap"):add(wtap_encaps.USER0, record_proto)

function proto.dissector(tvb, pinfo, tree) return dissect_hid(tvb, pinfo, tree) end

-- MagTek readers by vendor and product (known when the capture holds their
-- device descriptor) ...
local usb_product = DissectorTable.get("usb.product")
for _, product in ipairs(usb_products) do
    usb_product:add(0x08010000 + product, proto)
end

-- ... and otherwise by the look of the report: a single packet or head that
-- starts an MMS message, or any later report between the same endpoints.
local function heuristic(tvb, pinfo, tree)
    local len = tvb:len()
    if len ~= 64 then return false end
    local ptype = tvb(0, 1):uint()
    local key = tostring(pinfo.src) .. ">" .. tostring(pinfo.dst)
    local plausible = (ptype == 0 and tvb(1, 1):uint() >= 2 and tvb(1, 1):uint() <= 62 and tvb(2, 1):uint() == 0xAA)
        or (ptype == 1 and tvb(5, 1):uint() == 0xAA and tvb(1, 4):uint() > 59)
        or known[key] or claimed[pinfo.number]
    if not plausible then return false end
    dissect_hid(tvb, pinfo, tree)
    return true
end
proto:register_heuristic("usb.interrupt", heuristic)
