#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod amount;
pub mod dictionary;
mod display;
mod expand;
mod find;
mod pan;
mod start;
mod transaction_data;

pub use amount::{bcd_number, currency_from_n3, currency_to_n3, Amount, AmountError, Currency};
pub use dictionary::{
    Dictionary, DictionaryError, DictionaryErrors, Format, Group, Length, Origin, Show, TagInfo,
};
pub use display::{is_card_data, show_value, ShowOptions, ShownValue};
pub use expand::{expand, expand_padded, render, Expanded};
pub use find::{find_path, find_tag, BadTagPath, FindNode, TagPath};
pub use pan::{mask_pan, Pan, PanError};
pub use start::{StartTransaction, TransactionType};
pub use transaction_data::{
    arpc_data, read_arpc, Arpc, Container, DataKind, Decrypted, MacStatus, TransactionData,
    TransactionDataError, TransactionLayout,
};
