//! placeholder
pub mod dictionary;
pub use dictionary::{Dictionary, Format, Show, TagInfo, Group, Origin, Length, DictionaryError, DictionaryErrors};
