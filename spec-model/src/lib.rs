//! mms-spec (placeholder)
