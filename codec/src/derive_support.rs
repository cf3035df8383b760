//! Helpers called by `#[derive(Tlv)]` output. Not a stable API.
//!
//! Generated code names only this module, the public codec items and `::core`,
//! so it works in any crate that depends on `mms-codec` alone.

use crate::encode::{header_len, write_header};
use crate::error::{DecodeError, ErrorKind};
use crate::length::LengthForm;
use crate::options::DecodeContext;
use crate::sink::Writer;
use crate::tag::Tag;
use crate::traits::{Contents, NestedLens, Unrecognized, Value};
use crate::unknown::{LayoutEntry, Slot, Unknown, UnknownTlv};
use crate::view::{TlvIter, TlvRef};

pub use alloc::vec::Vec;

/// Receives the items of a derived struct in encoding order. The same walk
/// feeds [`LenSink`] (for `contents_len`) and [`WriteSink`] (for encoding), so
/// the two always agree.
pub trait Sink {
    /// A raw value in front of the TLVs.
    fn raw<T: Value>(&mut self, value: &T);
    /// A primitive TLV.
    fn value<T: Value>(&mut self, tag: Tag, form: LengthForm, value: &T);
    /// A TLV whose value is a TLV sequence.
    fn contents<T: Contents>(&mut self, tag: Tag, form: LengthForm, value: &T);
    /// An item kept by an `unknown` field.
    fn unknown(&mut self, item: &UnknownTlv, form: LengthForm);
}

/// Where the sinks get the length of a nested sequence: computed on the spot (`()`),
/// or noted by a length pass and taken by the write pass (`&mut NestedLens`). A type
/// parameter rather than a runtime choice, so each sink compiles to its own straight path.
pub trait NestedLengths {
    /// The length of the nested `value`, in a length pass.
    fn measure<T: Contents>(&mut self, value: &T) -> usize;
    /// Writes the nested `value` with its header, in a write pass.
    fn write<T: Contents, W: Writer + ?Sized>(
        &mut self,
        out: &mut W,
        tag: Tag,
        form: LengthForm,
        value: &T,
    );
}

impl NestedLengths for () {
    #[inline(always)]
    fn measure<T: Contents>(&mut self, value: &T) -> usize {
        value.contents_len()
    }
    #[inline(always)]
    fn write<T: Contents, W: Writer + ?Sized>(
        &mut self,
        out: &mut W,
        tag: Tag,
        form: LengthForm,
        value: &T,
    ) {
        write_header(out, tag, form, value.contents_len());
        value.encode_contents(out);
    }
}

impl NestedLengths for &mut NestedLens {
    #[inline(always)]
    fn measure<T: Contents>(&mut self, value: &T) -> usize {
        // Reserved before the value's own nested sequences: the order they are written in.
        let slot = self.reserve();
        let n = value.contents_len_noting(self);
        self.set(slot, n);
        n
    }
    #[inline(always)]
    fn write<T: Contents, W: Writer + ?Sized>(
        &mut self,
        out: &mut W,
        tag: Tag,
        form: LengthForm,
        value: &T,
    ) {
        write_header(out, tag, form, self.take(value));
        value.encode_contents_noted(out, self);
    }
}

/// Adds up encoded sizes; [`LenSink::noting`] also notes each nested sequence's length
/// for [`WriteSink::noted`].
#[derive(Default)]
pub struct LenSink<L = ()> {
    len: usize,
    lens: L,
}

impl<'a> LenSink<&'a mut NestedLens> {
    /// A sink that notes nested lengths into `lens`.
    #[inline]
    pub fn noting(lens: &'a mut NestedLens) -> Self {
        LenSink { len: 0, lens }
    }
}

impl<L> LenSink<L> {
    /// The total so far.
    #[inline]
    pub fn total(&self) -> usize {
        self.len
    }
}

impl<L: NestedLengths> Sink for LenSink<L> {
    #[inline(always)]
    fn raw<T: Value>(&mut self, value: &T) {
        self.len += value.value_len();
    }
    #[inline(always)]
    fn value<T: Value>(&mut self, tag: Tag, form: LengthForm, value: &T) {
        let n = value.value_len();
        self.len += header_len(tag, form, n) + n;
    }
    #[inline(always)]
    fn contents<T: Contents>(&mut self, tag: Tag, form: LengthForm, value: &T) {
        let n = self.lens.measure(value);
        self.len += header_len(tag, form, n) + n;
    }
    #[inline(always)]
    fn unknown(&mut self, item: &UnknownTlv, form: LengthForm) {
        let n = item.value.len();
        self.len += header_len(item.tag, form, n) + n;
    }
}

/// Writes items to a [`Writer`]; [`WriteSink::noted`] takes nested lengths as a noting
/// [`LenSink`] noted them instead of computing them again.
pub struct WriteSink<'a, W: Writer + ?Sized, L = ()> {
    out: &'a mut W,
    lens: L,
}

impl<'a, W: Writer + ?Sized> WriteSink<'a, W> {
    /// Wraps `out`.
    #[inline]
    pub fn new(out: &'a mut W) -> Self {
        WriteSink { out, lens: () }
    }
}

impl<'a, W: Writer + ?Sized> WriteSink<'a, W, &'a mut NestedLens> {
    /// Wraps `out`, with the lengths a noting [`LenSink`] noted.
    #[inline]
    pub fn noted(out: &'a mut W, lens: &'a mut NestedLens) -> Self {
        WriteSink { out, lens }
    }
}

impl<W: Writer + ?Sized, L: NestedLengths> Sink for WriteSink<'_, W, L> {
    #[inline(always)]
    fn raw<T: Value>(&mut self, value: &T) {
        value.encode_value(self.out);
    }
    #[inline(always)]
    fn value<T: Value>(&mut self, tag: Tag, form: LengthForm, value: &T) {
        write_header(self.out, tag, form, value.value_len());
        value.encode_value(self.out);
    }
    #[inline(always)]
    fn contents<T: Contents>(&mut self, tag: Tag, form: LengthForm, value: &T) {
        self.lens.write(self.out, tag, form, value);
    }
    #[inline(always)]
    fn unknown(&mut self, item: &UnknownTlv, form: LengthForm) {
        write_header(self.out, item.tag, form, item.value.len());
        self.out.write(&item.value);
    }
}

/// The TLVs of `bytes[pos..]`.
pub fn tlvs(bytes: &[u8], pos: usize, cx: DecodeContext) -> TlvIter<'_> {
    let rest = bytes.get(pos..).unwrap_or_default();
    TlvIter::new(rest, cx.at(cx.offset.saturating_add(pos)))
}

/// Reads a fixed-width raw value at `*pos` and advances past it.
pub fn decode_raw<T: Value>(
    bytes: &[u8],
    pos: &mut usize,
    cx: DecodeContext,
) -> Result<T, DecodeError> {
    let rest = bytes.get(*pos..).unwrap_or_default();
    // The derive checks FIXED_LEN at compile time; `None` would take the rest.
    let width = T::FIXED_LEN.unwrap_or(rest.len());
    let offset = cx.offset.saturating_add(*pos);
    let Some(value) = rest.get(..width) else {
        return Err(cx.error(
            ErrorKind::Truncated {
                needed: width,
                available: rest.len(),
            },
            offset,
        ));
    };
    let decoded = T::decode_value(value, cx.at(offset))?;
    *pos += width;
    Ok(decoded)
}

/// Decodes the value of a primitive TLV.
pub fn decode_value_item<T: Value>(tlv: &TlvRef<'_>, cx: DecodeContext) -> Result<T, DecodeError> {
    T::decode_value(tlv.value, cx.at(tlv.value_offset())).map_err(|e| e.within(tlv.tag))
}

/// Decodes the value of a TLV that holds a TLV sequence, one level deeper.
pub fn decode_contents_item<T: Contents>(
    tlv: &TlvRef<'_>,
    cx: DecodeContext,
) -> Result<T, DecodeError> {
    cx.nested(tlv.value_offset())
        .and_then(|inner| T::decode_contents(tlv.value, inner))
        .map_err(|e| e.within(tlv.tag))
}

/// `DuplicateTag` at the second occurrence.
pub fn duplicate_tag(tlv: &TlvRef<'_>) -> DecodeError {
    DecodeError::new(ErrorKind::DuplicateTag { tag: tlv.tag }, tlv.offset)
}

/// `UnexpectedTag` at the item.
pub fn unexpected_tag(tlv: &TlvRef<'_>) -> DecodeError {
    DecodeError::new(ErrorKind::UnexpectedTag { found: tlv.tag }, tlv.offset)
}

/// `MissingTag`, reported at the start of the sequence that lacks it.
pub fn missing_tag(tag: u32, cx: DecodeContext) -> DecodeError {
    cx.error(
        ErrorKind::MissingTag {
            expected: Tag::from_u32(tag),
        },
        cx.offset,
    )
}

/// Follows the order and length forms of a derived struct's items while decoding,
/// to tell when the input stops being canonical (fields in declaration order, then
/// unknown items, every length minimal): only from there on is a layout recorded.
#[derive(Clone, Copy, Debug, Default)]
pub struct LayoutTracker {
    last: u16,
    recording: bool,
    started: bool,
}

impl LayoutTracker {
    /// Nothing read yet.
    pub const fn new() -> LayoutTracker {
        LayoutTracker {
            last: 0,
            recording: false,
            started: false,
        }
    }

    /// Whether the item in `slot` must be recorded: the input is out of canonical order
    /// or form here, or was before.
    #[inline]
    pub fn deviates(&mut self, slot: u16, tlv: &TlvRef<'_>) -> bool {
        if !self.recording && (slot < self.last || !tlv.form.is_minimal_for(tlv.value.len())) {
            self.recording = true;
        }
        self.last = slot;
        self.recording
    }

    /// True once, at the first deviation: the items before it must be replayed.
    #[inline]
    pub fn starts_recording(&mut self) -> bool {
        !core::mem::replace(&mut self.started, true)
    }
}

/// Writes the layout of the canonical items read before the first deviation:
/// `counts[i]` items of field `i` in field order, then the unknown items so far,
/// all in minimal form (which is how they were read).
#[cold]
pub fn replay_layout(unknown: &mut Unknown, counts: &[usize]) {
    let fields = counts
        .iter()
        .enumerate()
        .flat_map(|(i, &count)| core::iter::repeat_n(Slot::Field(i as u16), count));
    let unknowns = core::iter::repeat_n(Slot::Unknown, unknown.items.len());
    unknown
        .layout
        .extend(fields.chain(unknowns).map(|slot| LayoutEntry {
            slot,
            form: LengthForm::Minimal,
        }));
}

/// Records the item just read: field `slot`, or an unknown item when `slot` is
/// `unknown_slot` (the number of tagged fields).
pub fn record_slot(unknown: &mut Unknown, slot: u16, unknown_slot: u16, tlv: &TlvRef<'_>) {
    let slot = if slot == unknown_slot {
        Slot::Unknown
    } else {
        Slot::Field(slot)
    };
    unknown.layout.push(LayoutEntry {
        slot,
        form: tlv.form,
    });
}

/// Keeps an item no field names (its place is in the layout when the input is not canonical).
pub fn keep_unknown(unknown: &mut Unknown, tlv: &TlvRef<'_>) {
    unknown.items.push(UnknownTlv::from(*tlv));
}

/// Sum of fixed widths, or `None` if any is variable (packed structs).
pub const fn sum_fixed(widths: &[Option<usize>]) -> Option<usize> {
    let mut total = 0usize;
    let mut i = 0;
    while i < widths.len() {
        match widths[i] {
            Some(n) => total += n,
            None => return None,
        }
        i += 1;
    }
    Some(total)
}

/// `WrongValueLength` when a fixed-width packed value has another length.
pub fn check_fixed_len(
    bytes: &[u8],
    fixed: Option<usize>,
    cx: DecodeContext,
) -> Result<(), DecodeError> {
    match fixed {
        Some(expected) if expected != bytes.len() => Err(cx.error(
            ErrorKind::WrongValueLength {
                expected,
                found: bytes.len(),
            },
            cx.offset,
        )),
        _ => Ok(()),
    }
}

/// A packed field before the last: fixed width, `Truncated` if the value ends early.
pub fn packed_field<T: Value>(
    bytes: &[u8],
    pos: &mut usize,
    cx: DecodeContext,
) -> Result<T, DecodeError> {
    decode_raw(bytes, pos, cx)
}

/// The last packed field: everything from `pos` on.
pub fn packed_last<T: Value>(
    bytes: &[u8],
    pos: usize,
    cx: DecodeContext,
) -> Result<T, DecodeError> {
    let rest = bytes.get(pos..).unwrap_or_default();
    T::decode_value(rest, cx.at(cx.offset.saturating_add(pos)))
}

/// An open enum's fallback for a value it does not name.
pub fn unrecognized<T>(raw: T) -> Unrecognized<T> {
    Unrecognized::__new(raw)
}

/// The raw value inside an open enum's fallback.
pub fn unrecognized_raw<T: Copy>(value: &Unrecognized<T>) -> T {
    value.get()
}

/// Compile-time check that a field type is a [`Value`].
pub fn assert_value<T: Value>() {}

/// Compile-time check that a field type is [`Contents`].
pub fn assert_contents<T: Contents>() {}
