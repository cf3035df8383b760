//! mms-extract (placeholder)
