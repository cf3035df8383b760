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

impl Unknown {
    /// No unknown items and no recorded layout.
    pub const fn new() -> Unknown {
        Unknown {
            items: Vec::new(),
            layout: Vec::new(),
        }
    }

    /// Whether there are no unknown items (the layout is not considered).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl PartialEq for Unknown {
    /// Compares `items` only: the layout is an encoding detail.
    fn eq(&self, other: &Unknown) -> bool {
        self.items == other.items
    }
}

impl Eq for Unknown {}

impl core::hash::Hash for Unknown {
    /// Hashes `items` only, consistent with `PartialEq`.
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.items.hash(state);
    }
}

impl UnknownTlv {
    /// Bytes the TLV takes when encoded (header plus value).
    pub fn encoded_len(&self) -> usize {
        crate::encode::header_len(self.tag, self.form, self.value.len()) + self.value.len()
    }

    /// Writes the TLV in its recorded form.
    pub fn encode<W: crate::sink::Writer + ?Sized>(&self, out: &mut W) {
        crate::encode::write_tlv(out, self.tag, self.form, &self.value);
    }
}

impl From<crate::view::TlvRef<'_>> for UnknownTlv {
    /// Copies a borrowed TLV, keeping its length form.
    fn from(tlv: crate::view::TlvRef<'_>) -> UnknownTlv {
        UnknownTlv {
            tag: tlv.tag,
            form: tlv.form,
            value: tlv.value.to_vec(),
        }
    }
}
