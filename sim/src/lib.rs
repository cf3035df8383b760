//! mms-sim (placeholder)
