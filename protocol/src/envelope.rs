//! The message envelope shared by every MMS message (manual section 3.2.2).
