//! `#[derive(Tlv)]` for `mms-codec` (re-exported as `mms_codec::Tlv`).
use proc_macro::TokenStream;

/// Derives `mms_codec::Contents` (structs), or `mms_codec::Value` (packed structs, enums).
#[proc_macro_derive(Tlv, attributes(tlv))]
pub fn derive_tlv(_input: TokenStream) -> TokenStream {
    TokenStream::new()
}
