//! The catch-all that keeps what a derived struct does not name, and the
//! original layout (item order and length forms), so decode -> encode is
//! byte-identical.

use crate::length::LengthForm;
use crate::tag::Tag;
use alloc::vec::Vec;

/// A TLV a struct does not name, kept raw (constructed values are not parsed).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownTlv {
    /// Its tag.
    pub tag: Tag,
    /// Length form it was read in.
    pub form: LengthForm,
    /// Raw value bytes.
    pub value: Vec<u8>,
}

/// Which item a layout entry stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The struct's n-th tagged field (declaration order, 0-based); for `Vec`
    /// fields each occurrence has its own entry.
    Field(u16),
    /// The next item of `Unknown::items`.
    Unknown,
}

/// One item of the original encoding, in wire order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LayoutEntry {
    /// What it was.
    pub slot: Slot,
    /// The length form it was read in.
    pub form: LengthForm,
}

/// Unknown items plus the layout they were read in.
///
/// Equality compares only `items`: the layout is an encoding detail, so a
/// freshly built value equals its decoded copy.
#[derive(Clone, Debug, Default)]
pub struct Unknown {
    /// Items the struct does not name, in wire order.
    pub items: Vec<UnknownTlv>,
    /// Layout of the decoded input; empty for newly built values (canonical
    /// order, minimal lengths).
    pub layout: Vec<LayoutEntry>,
}
