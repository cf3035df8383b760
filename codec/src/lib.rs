#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

extern crate alloc;

mod encode;
mod error;
mod length;
mod node;
mod options;
mod read;
mod sink;
mod tag;
mod traits;
mod unknown;
mod view;

#[doc(hidden)]
pub mod derive_support;

pub use encode::{header_len, write_header, write_tlv};
pub use error::{DecodeError, EncodeError, ErrorKind, TagPath};
pub use length::{read_length, write_length, LengthField, LengthForm};
pub use node::{NodeValue, TlvNode};
pub use options::{DecodeContext, DecodeOptions};
pub use sink::{CompareWriter, CountingWriter, SliceWriter, Writer};
pub use tag::{ParseTagError, Tag, TagClass};
pub use traits::{Contents, NestedLens, Unrecognized, Value};
pub use unknown::{LayoutEntry, Slot, Unknown, UnknownTlv};
pub use view::{TlvIter, TlvRef};

/// `#[derive(Tlv)]`: see the `mms-derive` crate for the attribute reference.
#[cfg(feature = "derive")]
pub use mms_derive::Tlv;

/// The README of `mms-derive`, whose example needs this crate: its doctests run here.
#[cfg(doctest)]
#[doc = include_str!("../../mms-derive/README.md")]
pub struct DeriveReadme;
