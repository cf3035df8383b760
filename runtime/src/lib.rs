//! mms-runtime (placeholder)
