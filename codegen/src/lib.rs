//! mms-codegen (placeholder)
