//! Bytes to the annotated tree: the JSON shape that `mms decode --json`
//! prints (see the crate README), without the `roundtrip` key.
//!
//! The decoder writes that JSON as it walks the bytes (`Walk`), into a byte buffer, without
//! building a tree; [`decode`] and [`parse_nodes`] read what it wrote back into a `Value` for
//! those who want one. So there is one set of decoding rules, whatever the output.

pub mod data_type;

use std::collections::HashMap;

use mms_codec::{DecodeContext, LengthForm, Tag, TlvIter, TlvRef};
use mms_spec::{Field, Spec};
use serde_json::{json, Map, Value};

use crate::error::{DecodeError, DecodeErrorKind};
use crate::json::{self, Obj};
use crate::property::write_property;
use crate::tables::{
    find_field, kind_of, Lookup, RowFacts, START, TAG_ADDITIONAL, TAG_INFO, TAG_PAYLOAD,
    TAG_RESERVED, TAG_STATUS,
};
use crate::values::{enum_matches, enum_range, enum_text, hex, looks_like_text};
use mms_protocol::property::for_each_property_leaf;

/// Decodes one message (or, when it does not start with `AA`, a bare TLV
/// sequence) into the annotated tree.
pub fn decode(bytes: &[u8], spec: &Spec) -> Result<Value, DecodeError> {
    let look = Lookup::plain(spec);
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    let mut walk = Walk::new(&look, &mut out, &mut scratch);
    walk.message(bytes)?.close(walk.out);
    Ok(json::to_value(&out))
}

/// Parses a TLV sequence into a `fields` object, annotated from `fields` (the spec rows).
///
/// A value that its spec rows say is too short (raw rows shorter than their
/// fixed widths, which the typed decoder refuses too) fails the whole parse
/// with where and why, after the TLV structure itself was read.
pub fn parse_nodes(
    bytes: &[u8],
    cx: DecodeContext,
    fields: Option<&[Field]>,
    spec: &Spec,
) -> Result<Map<String, Value>, DecodeError> {
    let look = Lookup::plain(spec);
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    Walk::new(&look, &mut out, &mut scratch).nodes(bytes, cx, fields, false)?;
    match json::to_value(&out) {
        Value::Object(map) => Ok(map),
        _ => Ok(Map::new()),
    }
}

/// The text of a key of a `fields` object before its `#n`: a spec name or a tag in hex.
#[derive(Clone, Copy)]
pub(crate) enum KeyText<'s> {
    Name(&'s str),
    Tag(Tag),
}

impl KeyText<'_> {
    fn same(&self, other: &KeyText<'_>) -> bool {
        match (self, other) {
            (KeyText::Name(a), KeyText::Name(b)) => a == b,
            (KeyText::Tag(a), KeyText::Tag(b)) => a == b,
            (KeyText::Name(n), KeyText::Tag(t)) | (KeyText::Tag(t), KeyText::Name(n)) => {
                let (digits, len) = json::tag_text(*t);
                n.as_bytes() == &digits[..len]
            }
        }
    }

    fn text(&self) -> String {
        match self {
            KeyText::Name(n) => n.to_string(),
            KeyText::Tag(t) => t.to_string(),
        }
    }
}

/// How many times each key of one `fields` object was seen (`81`, `81#2`, `81#3` ...), in
/// constant time each for many keys (40,000 repeats stay linear): a short list on the walk's
/// shared stack while the object has few distinct keys, a hash map past that.
enum Counts {
    Stack(usize),
    Map(HashMap<String, u32>),
}

/// Distinct keys of one object searched in a list before a hash map takes over.
const FEW_KEYS: usize = 24;

impl Counts {
    /// The number of times `key` was seen, this one included.
    fn next<'s>(&mut self, stack: &mut Vec<(KeyText<'s>, u32)>, key: KeyText<'s>) -> u32 {
        match self {
            Counts::Stack(start) => {
                if let Some(seen) = stack[*start..].iter_mut().find(|(k, _)| k.same(&key)) {
                    seen.1 += 1;
                    return seen.1;
                }
                if stack.len() - *start < FEW_KEYS {
                    stack.push((key, 1));
                    return 1;
                }
                let map = stack.drain(*start..).map(|(k, n)| (k.text(), n)).collect();
                *self = Counts::Map(map);
                self.next(stack, key)
            }
            Counts::Map(map) => {
                let seen = map.entry(key.text()).or_insert(0);
                *seen += 1;
                *seen
            }
        }
    }
}

/// The envelope items of a message, as found.
#[derive(Default)]
struct Envelope<'a> {
    info: Option<TlvRef<'a>>,
    status: Option<&'a [u8]>,
    additional: Option<&'a [u8]>,
    payload: Option<TlvRef<'a>>,
    reserved: Option<&'a [u8]>,
    /// Items of other tags.
    extra: bool,
    /// Items in a long length form longer than needed.
    long_forms: bool,
    /// The first five of them, with their length bytes (five: the usual items, each once).
    forms: [(u32, u8); 5],
    form_count: usize,
    order_kept: bool,
}

#[inline]
fn rank(tag: Tag) -> u8 {
    match tag.to_u32() {
        TAG_INFO => 1,
        TAG_STATUS => 2,
        TAG_ADDITIONAL => 3,
        TAG_PAYLOAD => 4,
        TAG_RESERVED => 5,
        _ => 6,
    }
}

fn read_envelope(bytes: &[u8]) -> Result<Envelope<'_>, DecodeError> {
    let mut env = Envelope {
        order_kept: true,
        ..Envelope::default()
    };
    let mut last_rank = 0;
    for item in TlvIter::new(&bytes[2..], DecodeContext::default().at(2)) {
        let tlv = item?;
        if let Some(n) = non_minimal(&tlv) {
            env.long_forms = true;
            if let Some(slot) = env.forms.get_mut(env.form_count) {
                *slot = (tlv.tag.to_u32(), n);
                env.form_count += 1;
            }
        }
        let rank = rank(tlv.tag);
        env.order_kept &= rank >= last_rank;
        last_rank = rank;
        let duplicate = match tlv.tag.to_u32() {
            TAG_INFO => env.info.replace(tlv).is_some(),
            TAG_STATUS => env.status.replace(tlv.value).is_some(),
            TAG_ADDITIONAL => env.additional.replace(tlv.value).is_some(),
            TAG_PAYLOAD => env.payload.replace(tlv).is_some(),
            TAG_RESERVED => env.reserved.replace(tlv.value).is_some(),
            _ => {
                env.extra = true;
                false
            }
        };
        if duplicate {
            return Err(DecodeError::new(
                DecodeErrorKind::DuplicateEnvelopeTag(tlv.tag),
                tlv.offset,
            ));
        }
    }
    Ok(env)
}

/// The envelope's rare parts (`envelope_extra`, `len_forms`, `envelope_order`), read again
/// from the bytes once the rest is written: maps as the tree has them, built only when needed.
fn envelope_rest(bytes: &[u8], env: &Envelope<'_>) -> Vec<(&'static str, Value)> {
    let mut extra = Map::new();
    let mut len_forms = Map::new();
    let mut order = Vec::new();
    let mut extra_keys = HashMap::<String, usize>::new();
    // The envelope was read before without error.
    for tlv in TlvIter::new(&bytes[2..], DecodeContext::default().at(2)).map_while(Result::ok) {
        let tag = tlv.tag.to_string();
        let known = rank(tlv.tag) < 6;
        // An unknown tag may repeat: its items are told apart as `00`, `00#2` ... here, in
        // `envelope_order` and in `len_forms`.
        let key = if known {
            tag
        } else {
            let seen = extra_keys.entry(tag.clone()).or_insert(0);
            *seen += 1;
            match *seen {
                1 => tag,
                n => format!("{tag}#{n}"),
            }
        };
        if let Some(n) = non_minimal(&tlv) {
            len_forms.insert(key.clone(), json!(n));
        }
        if !known {
            extra.insert(key.clone(), json!(hex(tlv.value)));
        }
        order.push(json!(key));
    }
    let mut rest = Vec::new();
    if !extra.is_empty() {
        rest.push(("envelope_extra", Value::Object(extra)));
    }
    if !len_forms.is_empty() {
        rest.push(("len_forms", Value::Object(len_forms)));
    }
    if !env.order_kept {
        rest.push(("envelope_order", Value::Array(order)));
        rest.push((
            "note",
            json!("envelope items are not in the usual order 81, 82, 83, 84, 9E"),
        ));
    }
    rest
}

/// What a walk reuses from one message to the next (a [`crate::Dissector`] keeps one).
#[derive(Default)]
pub(crate) struct Scratch<'s> {
    /// Key counts of the `fields` objects being written, innermost last.
    keys: Vec<(KeyText<'s>, u32)>,
    /// The `status` objects of the response statuses met so far.
    pub(crate) statuses: StatusCache,
}

/// The JSON `status` objects of the statuses met so far: a reader answers with few distinct
/// statuses, and each object is four spec texts looked up and escaped. Keys come from the
/// input, so the map uses the default (keyed) hash and keeps at most [`StatusCache::MAX`].
#[derive(Default)]
pub(crate) struct StatusCache(HashMap<[u8; 4], Box<[u8]>>);

impl StatusCache {
    const MAX: usize = 1024;

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// [`Lookup::write_status`], from the cache when this status was met before.
    fn write(&mut self, look: &Lookup<'_>, out: &mut Vec<u8>, status: &[u8]) {
        let Ok(key) = <[u8; 4]>::try_from(status) else {
            return look.write_status(out, status);
        };
        if let Some(json) = self.0.get(&key) {
            return out.extend_from_slice(json);
        }
        let start = out.len();
        look.write_status(out, status);
        if self.0.len() < Self::MAX {
            self.0.insert(key, out[start..].into());
        }
    }
}

/// The walk over the bytes that writes the JSON.
pub(crate) struct Walk<'s, 'o> {
    pub(crate) look: &'o Lookup<'s>,
    pub(crate) out: &'o mut Vec<u8>,
    /// What the walk reuses from one message to the next.
    scratch: &'o mut Scratch<'s>,
    /// Stays true while what is written is known to encode back to exactly the bytes read
    /// (every TLV's tag and length form kept, the envelope in the usual order, no unknown
    /// envelope items); then the round trip needs no check. False is "not known".
    pub(crate) exact: bool,
}

impl<'s, 'o> Walk<'s, 'o> {
    pub(crate) fn new(
        look: &'o Lookup<'s>,
        out: &'o mut Vec<u8>,
        scratch: &'o mut Scratch<'s>,
    ) -> Self {
        Walk {
            look,
            out,
            scratch,
            exact: true,
        }
    }

    /// Writes the message object, open (its closing `}` is the caller's, who may add keys).
    /// On an error, what was written is left for the caller to cut.
    pub(crate) fn message(&mut self, bytes: &[u8]) -> Result<Obj, DecodeError> {
        match bytes.first() {
            None => Err(DecodeError::new(DecodeErrorKind::Empty, 0)),
            Some(&START) => self.envelope(bytes),
            Some(_) => {
                let mut o = Obj::open(self.out);
                json::boolean(o.key(self.out, "ok"), true);
                json::string(o.key(self.out, "kind"), "tlv");
                o.key(self.out, "fields");
                self.nodes(bytes, DecodeContext::default(), None, false)?;
                Ok(o)
            }
        }
    }

    fn envelope(&mut self, bytes: &[u8]) -> Result<Obj, DecodeError> {
        let Some(&version) = bytes.get(1) else {
            return Err(DecodeError::new(DecodeErrorKind::NoVersion, 1));
        };
        let env = read_envelope(bytes)?;
        let Some(info) = env.info else {
            return Err(DecodeError::new(DecodeErrorKind::NoMessageInfo, 2));
        };
        if info.value.len() < 4 {
            return Err(DecodeError::new(
                DecodeErrorKind::ShortMessageInfo {
                    len: info.value.len(),
                },
                info.value_offset(),
            )
            .within(info.tag));
        }
        // Long forms are written back as read (`len_forms`, by item key: the tag, numbered
        // for an unknown tag that repeats).
        self.exact &= env.order_kept && !env.extra;
        let message_type = info.value[0];
        let reference = info.value[1];
        let id = u16::from_be_bytes([info.value[2], info.value[3]]);
        let info_extra = &info.value[4..];

        let out = &mut *self.out;
        let mut o = Obj::open(out);
        json::boolean(o.key(out, "ok"), true);
        let (kind, usual) = kind_of(message_type).unwrap_or(("other", true));
        // The kinds are the dissector's own words.
        json::string_known(o.key(out, "kind"), kind, true);
        json::id(o.key(out, "id"), id);
        self.look
            .write_message_name(&mut o, out, kind == "notification", id);
        json::uint(o.key(out, "ref"), u64::from(reference));
        if kind == "other" {
            json::hex(o.key(out, "message_type"), &[message_type]);
        }
        if kind == "file" || !usual {
            let direction = if message_type & 0x80 != 0 {
                "from_device"
            } else {
                "to_device"
            };
            json::string(o.key(out, "direction"), direction);
        }
        if version != 0 {
            json::uint(o.key(out, "version"), u64::from(version));
        }
        if let (true, Ok(file_type)) = (kind == "file", <[u8; 4]>::try_from(info_extra)) {
            json::hex(o.key(out, "file_type"), info_extra);
            if let Some(ft) = self.look.file_type(file_type) {
                json::string(o.key(out, "file_type_label"), &ft.label);
            }
        } else if !info_extra.is_empty() {
            json::hex(o.key(out, "info_extra"), info_extra);
        }
        if let Some(status) = env.status {
            o.key(out, "status");
            match kind {
                "notification" => self.look.write_detail(out, id, status),
                _ => self.scratch.statuses.write(self.look, out, status),
            }
        }
        if let Some(additional) = env.additional {
            json::hex(o.key(out, "additional"), additional);
        }
        if let Some(payload) = env.payload {
            self.payload(&mut o, kind, id, env.status, &payload)?;
        }
        let out = &mut *self.out;
        if let Some(reserved) = env.reserved {
            json::hex(o.key(out, "reserved"), reserved);
        }
        if env.long_forms && !env.extra && env.order_kept {
            // The common case of `envelope_rest` (a long payload length), each tag once.
            o.key(out, "len_forms");
            let mut forms = Obj::open(out);
            for &(tag, n) in &env.forms[..env.form_count] {
                let (text, len) = json::tag_text(Tag::from_u32(tag));
                let key = std::str::from_utf8(&text[..len]).unwrap_or("");
                json::uint(forms.key(out, key), u64::from(n));
            }
            forms.close(out);
        } else if env.extra || env.long_forms || !env.order_kept {
            for (key, value) in envelope_rest(bytes, &env) {
                // Writing into a `Vec` cannot fail.
                let _ = serde_json::to_writer(&mut *o.key(out, key), &value);
            }
        }
        Ok(o)
    }

    fn payload(
        &mut self,
        o: &mut Obj,
        kind: &str,
        id: u16,
        status: Option<&[u8]>,
        payload: &TlvRef<'_>,
    ) -> Result<(), DecodeError> {
        let value = payload.value;
        if kind == "file" {
            json::uint(o.key(self.out, "len"), value.len() as u64);
            json::hex(o.key(self.out, "data"), value);
            return Ok(());
        }
        if value.len() < 2 {
            json::hex(o.key(self.out, "payload_hex"), value);
            return Ok(());
        }
        let payload_id = u16::from_be_bytes([value[0], value[1]]);
        if payload_id != id {
            json::id(o.key(self.out, "payload_id"), payload_id);
        }
        let table = self
            .look
            .payload_table(kind, payload_id, status, &value[2..]);
        let rows = table.map(|t| t.fields.as_slice());
        let cx = DecodeContext::default().at(payload.value_offset() + 2);
        // A payload the spec does not describe need not be TLV: the typed `Message` keeps
        // it as raw bytes, so it is shown as bytes rather than refused.
        if table.is_none() && TlvIter::new(&value[2..], cx).any(|item| item.is_err()) {
            json::hex(o.key(self.out, "payload_hex"), value);
            return Ok(());
        }
        // The data a notification's detail code types (0x0101's transaction data): the first
        // TLV of the table's first primitive row gets a `data_type` object.
        let typed = (kind == "notification")
            .then(|| data_type::detail_layout(self.look, payload_id, status))
            .flatten()
            .and_then(|layout| {
                let row = rows?
                    .iter()
                    .find(|f| f.tag.is_some_and(|t| !t.is_constructed()))?;
                Some((row.tag?, layout))
            });
        o.key(self.out, "fields");
        let mut invalid = None;
        self.fields(&value[2..], cx, rows, false, typed, &mut invalid)
            .map_err(|e| e.within(payload.tag))?;
        if let Some(e) = invalid {
            return Err(e.within(payload.tag));
        }
        if matches!(payload_id, 0xD101 | 0xD111 | 0xD112) {
            // Written as the leaves are walked; cut again if the tree turns out malformed
            // or holds no value.
            let (mark, keep) = (self.out.len(), *o);
            let out = &mut *self.out;
            o.key(out, "properties");
            out.push(b'[');
            let empty = out.len();
            let walked = for_each_property_leaf(&value[2..], |oid, leaf| {
                if out.len() > empty {
                    out.push(b',');
                }
                write_property(out, oid, leaf.value, self.look);
            });
            if walked.is_ok() && out.len() > empty {
                out.push(b']');
            } else {
                out.truncate(mark);
                *o = keep;
            }
        }
        Ok(())
    }

    /// [`parse_nodes`]: writes a `fields` object, or fails (TLV structure, or the first value
    /// its spec rows refuse).
    pub(crate) fn nodes(
        &mut self,
        bytes: &[u8],
        cx: DecodeContext,
        rows: Option<&'s [Field]>,
        emv: bool,
    ) -> Result<(), DecodeError> {
        let mut invalid = None;
        self.fields(bytes, cx, rows, emv, None, &mut invalid)?;
        match invalid {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// Writes a `fields` object: TLV structure errors are returned, the first value its spec
    /// rows refuse is kept in `invalid`. `emv`: name the tags the rows do not by the EMV
    /// dictionary. `typed`: the tag whose first TLV gets a `data_type` object of that layout.
    fn fields(
        &mut self,
        bytes: &[u8],
        cx: DecodeContext,
        rows: Option<&'s [Field]>,
        emv: bool,
        mut typed: Option<(mms_spec::Tag, &'s mms_spec::Layout)>,
        invalid: &mut Option<DecodeError>,
    ) -> Result<(), DecodeError> {
        let start = self.scratch.keys.len();
        let mut counts = Counts::Stack(start);
        let mut o = Obj::open(self.out);
        let mut result = Ok(());
        for item in TlvIter::new(bytes, cx) {
            let tlv = match item {
                Ok(tlv) => tlv,
                Err(e) => {
                    result = Err(e.into());
                    break;
                }
            };
            let row = find_field(rows, tlv.tag.as_bytes()).map(|f| self.look.row_with_head(f));
            let key = match row {
                Some((row, _)) => KeyText::Name(&row.field.name),
                None => KeyText::Tag(tlv.tag),
            };
            let n = counts.next(&mut self.scratch.keys, key);
            // The key and the node's object up to its offset: a row's were written once, when
            // it was indexed (by the same functions).
            let node = match row {
                Some((_, Some(head))) => head.write(&mut o, self.out, n),
                Some((row, None)) => {
                    o.key_text(self.out, &row.field.name, row.name_plain, n);
                    json::node_head(self.out, tlv.tag, Some(row.label()))
                }
                None => {
                    let (text, len) = json::tag_text(tlv.tag);
                    // Hex digits need no escaping.
                    let text = std::str::from_utf8(&text[..len]).unwrap_or("");
                    o.key_text(self.out, text, true, n);
                    json::node_head(self.out, tlv.tag, None)
                }
            };
            json::uint(self.out, tlv.offset as u64);
            let row = row.map(|(row, _)| row);
            let layout = match typed {
                Some((tag, layout)) if tag.as_bytes() == tlv.tag.as_bytes() => {
                    typed = None;
                    Some(layout)
                }
                _ => None,
            };
            self.node(node, &tlv, cx, row, emv, layout, invalid);
        }
        self.scratch.keys.truncate(start);
        o.close(self.out);
        result
    }

    /// Writes the rest of one TLV's object, `o` (written up to its offset by
    /// [`json::node_head`]).
    #[allow(clippy::too_many_arguments)]
    fn node(
        &mut self,
        mut o: Obj,
        tlv: &TlvRef<'_>,
        cx: DecodeContext,
        row: Option<RowFacts<'s>>,
        emv: bool,
        layout: Option<&'s mms_spec::Layout>,
        invalid: &mut Option<DecodeError>,
    ) {
        if let Some(n) = non_minimal(tlv) {
            // `encode` writes the same long form back (1 to 4 length bytes, as read).
            json::uint(o.key(self.out, "len_form"), u64::from(n));
        }
        self.exact &= Tag::is_valid(tlv.tag.to_u32());
        let has_fields = self.node_value(&mut o, tlv, cx, row, emv, invalid);
        if let Some(layout) = layout {
            o.key(self.out, "data_type");
            // Informational: `encode` ignores it, so it does not bear on the round trip.
            let exact = self.exact;
            data_type::write(self, tlv.value, tlv.value_offset(), layout);
            self.exact = exact;
        }
        if emv && row.is_none() {
            self.emv_names(&mut o, tlv, has_fields);
        }
        o.close(self.out);
    }

    /// Writes the value keys of a node (`fields`, or `hex` and what it means); true when they
    /// were `fields`.
    fn node_value(
        &mut self,
        o: &mut Obj,
        tlv: &TlvRef<'_>,
        cx: DecodeContext,
        row: Option<RowFacts<'s>>,
        emv: bool,
        invalid: &mut Option<DecodeError>,
    ) -> bool {
        let children = row.map(|f| f.children).filter(|f| !f.is_empty());
        let mark = self.out.len();
        let keep = (self.exact, *o);
        if tlv.tag.is_constructed() {
            let mut inner = None;
            o.key(self.out, "fields");
            let parsed = tlv
                .children(cx)
                .map_err(DecodeError::from)
                .and_then(|iter| {
                    self.fields(tlv.value, iter.context(), children, emv, None, &mut inner)
                });
            match parsed {
                Ok(()) => {
                    if invalid.is_none() {
                        *invalid = inner.map(|e| e.within(tlv.tag));
                    }
                    return true;
                }
                Err(e) => {
                    // Some constructed tags carry raw bytes; show them as they are.
                    self.out.truncate(mark);
                    self.exact = keep.0;
                    *o = keep.1;
                    json::hex(o.key(self.out, "hex"), tlv.value);
                    json::format(
                        o.key(self.out, "note"),
                        format_args!("value is not a TLV sequence ({})", e.within(tlv.tag)),
                    );
                    return false;
                }
            }
        }
        // A primitive tag that the spec types as TLV ("T", or `rust_type = "tlv"` such as Start
        // Transaction's 86) holds a nested sequence (EMV data); show it as fields when it
        // parses, the tags its rows do not name named by the EMV dictionary.
        let typed_tlv = row.is_some_and(|f| f.tlv);
        if typed_tlv && !tlv.value.is_empty() {
            if let Ok(inner) = cx.nested(tlv.value_offset()) {
                o.key(self.out, "fields");
                if self.nodes(tlv.value, inner, children, true).is_ok() {
                    return true;
                }
                self.out.truncate(mark);
                self.exact = keep.0;
                *o = keep.1;
            }
        }
        let needed = row.and_then(|f| f.packed_min_len);
        if let Some(needed) = needed.filter(|&n| tlv.value.len() < n) {
            if invalid.is_none() {
                let kind = DecodeErrorKind::ShortRows {
                    needed,
                    found: tlv.value.len(),
                };
                *invalid = Some(DecodeError::new(kind, tlv.value_offset()).within(tlv.tag));
            }
        }
        json::hex(o.key(self.out, "hex"), tlv.value);
        if let Some(row) = row {
            self.annotate_value(o, tlv.value, row);
        }
        false
    }

    /// Adds `label`, `emv` and a shown `value` (when it has no `fields`) to a node the spec rows
    /// do not name, from the EMV dictionary.
    fn emv_names(&mut self, o: &mut Obj, tlv: &TlvRef<'_>, has_fields: bool) {
        let Some(info) = mms_emv::Dictionary::builtin().get(tlv.tag) else {
            return;
        };
        json::string(o.key(self.out, "label"), &info.name);
        json::boolean(o.key(self.out, "emv"), true);
        if !has_fields {
            let shown = mms_emv::show_value(tlv.tag, Some(info), tlv.value, Default::default());
            json::display(o.key(self.out, "value"), shown);
        }
    }

    /// Adds `text`, `value` and `bits` annotations for a primitive value.
    fn annotate_value(&mut self, o: &mut Obj, value: &[u8], facts: RowFacts<'_>) {
        let field = facts.field;
        let out = &mut *self.out;
        if facts.text {
            json::text(o.key(out, "text"), value);
            return;
        }
        if let Some(v) = field.values.iter().find(|v| enum_matches(&v.value, value)) {
            if enum_range(&v.value).is_some() {
                json::string(o.key(out, "value"), &enum_text(&v.value, &v.name, value));
            } else {
                // What `enum_text` gives for a single value, without a copy.
                json::string(o.key(out, "value"), &v.name);
            }
            return;
        }
        if let (true, Ok(id)) = (
            field.table_refs.contains(&self.look.spec.file_types.table),
            <[u8; 4]>::try_from(value),
        ) {
            if let Some(ft) = self.look.file_type(id) {
                json::string(o.key(out, "value"), &ft.label);
                return;
            }
        }
        if let Some(names) = set_bit_names(value, field) {
            json::strings(o.key(out, "bits"), &names);
            return;
        }
        if looks_like_text(value) {
            json::text(o.key(out, "text"), value);
            return;
        }
        if facts.digits {
            json::hex(o.key(out, "value"), value);
            return;
        }
        if !value.is_empty() && value.len() <= 4 && field.values.is_empty() && facts.counts {
            let n = value.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b));
            json::uint(o.key(out, "value"), n);
        }
    }
}

fn non_minimal(tlv: &TlvRef<'_>) -> Option<u8> {
    match tlv.form {
        LengthForm::Long(n) if LengthForm::minimal_for(tlv.value.len()) != LengthForm::Long(n) => {
            Some(n)
        }
        _ => None,
    }
}

/// The names of the bits set in a bit-mapped value (see [`crate::values::set_bit_names`]).
fn set_bit_names(value: &[u8], field: &Field) -> Option<Vec<String>> {
    crate::values::set_bit_names(value, &field.bits)
}

/// The tag of a TLV given in hex (used by the tests of other modules).
#[cfg(test)]
pub(crate) fn tag(text: &str) -> mms_codec::Tag {
    mms_codec::Tag::from_u32(u32::from_str_radix(text, 16).unwrap())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_tags_get_numbered_keys() {
        let spec = Spec::default();
        let bytes: Vec<u8> = [0x81u8, 0x01, 0x00].repeat(3);
        let v = decode(&bytes, &spec).unwrap();
        let keys: Vec<&String> = v["fields"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["81", "81#2", "81#3"]);
        assert_eq!(v["fields"]["81#3"]["offset"], 6);
    }

    #[test]
    fn many_distinct_tags_keep_their_numbers() {
        let spec = Spec::default();
        // 40 distinct tags (past the short list), each three times.
        let mut bytes = Vec::new();
        for _ in 0..3 {
            for t in 0..40u8 {
                bytes.extend([0xDF, 0x01 + t, 0x00]);
            }
        }
        let v = decode(&bytes, &spec).unwrap();
        let fields = v["fields"].as_object().unwrap();
        assert_eq!(fields.len(), 120);
        assert_eq!(fields["DF28#3"]["offset"], 3 * (80 + 39));
    }

    #[test]
    fn errors_carry_offset_and_tag_path() {
        // Echo's payload is described, so its broken TLV is an error (an undescribed one
        // would be shown as bytes).
        let spec = Spec::builtin();
        let bytes =
            mms_spec::parse_hex("AA 00 81 04 01 01 DF 01 84 07 DF 01 81 09 01 02 03").unwrap();
        let e = decode(&bytes, &spec).unwrap_err();
        assert_eq!(e.path, [tag("84"), tag("81")]);
        assert!(matches!(e.kind, DecodeErrorKind::Tlv(_)));
        assert_eq!(
            e.to_string(),
            format!("at byte {} in 84/81: {}", e.offset, e.kind)
        );
        let e = decode(&[0xAA, 0, 0x81, 1, 1], &spec).unwrap_err();
        assert_eq!((e.offset, e.path_text()), (4, "81".to_string()));
        assert_eq!(e.kind, DecodeErrorKind::ShortMessageInfo { len: 1 });
    }
}
