//! Helpers called by `#[derive(Tlv)]` output. Not a stable API.
