//! What the spec says about a message: envelope tags, message kinds, the
//! table that describes a payload, status and detail code meanings.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use mms_codec::{DecodeContext, TlvIter};

use mms_spec::{
    Command, DetailCode, EnumValue, Field, FileType, Notification, Property, Spec, StatusCode,
    StatusGroup, Table,
};
use serde_json::Value;

use crate::json::{self, Obj};
use crate::values::HEX_DIGITS;

/// Message information (type, reference, ID), manual Table 11.
pub const TAG_INFO: u32 = 0x81;
/// Response status or notification detail code.
pub const TAG_STATUS: u32 = 0x82;
/// Additional details.
pub const TAG_ADDITIONAL: u32 = 0x83;
/// Payload: a 2-byte ID, then TLVs.
pub const TAG_PAYLOAD: u32 = 0x84;
/// Reserved.
pub const TAG_RESERVED: u32 = 0x9E;
/// Start-of-message byte.
pub const START: u8 = 0xAA;

/// The message kind (`request`, `response`, `notification`, `file`) for a
/// message type byte, and whether the direction is the usual one for that kind.
pub fn kind_of(message_type: u8) -> Option<(&'static str, bool)> {
    match message_type {
        0x01 => Some(("request", true)),
        0x81 => Some(("request", false)),
        0x82 => Some(("response", true)),
        0x02 => Some(("response", false)),
        0x83 => Some(("notification", true)),
        0x03 => Some(("notification", false)),
        0x04 | 0x84 => Some(("file", true)),
        _ => None,
    }
}

/// What the dissector looks up in the spec for every message (commands, notifications, status
/// and detail codes, file types, properties), straight from the spec's lists or, for a
/// dissector that decodes many messages, through an index built once (the spec's lookups
/// search lists and parse hex for each candidate).
pub struct Lookup<'s> {
    /// The spec.
    pub spec: &'s Spec,
    index: Option<Index<'s>>,
}

/// Hash maps over the spec's lists; each keeps the first entry of a key, as the spec's own
/// lookups (which search in order) find it.
struct Index<'s> {
    /// Commands and notifications by ID, each with its `"name":"..."` key, written once.
    commands: Map<u16, (&'s Command, Box<[u8]>)>,
    notifications: Map<u16, (&'s Notification, Box<[u8]>)>,
    details: Map<(u16, [u8; 4]), &'s DetailCode>,
    /// [`Notification::payloads_by_code`] of each notification (codes that name a table).
    payloads: Map<(u16, [u8; 4]), Box<[&'s Table]>>,
    summaries: Map<u8, &'s EnumValue>,
    groups: Map<u8, &'s StatusGroup>,
    codes: Map<[u8; 3], &'s StatusCode>,
    file_types: Map<[u8; 4], &'s FileType>,
    properties: Map<Oid, (PropertyFacts<'s>, PropertyHead)>,
    /// Properties of longer OIDs than [`Oid::MAX`] components (none in the manual).
    long_properties: Map<&'s [u32], (PropertyFacts<'s>, PropertyHead)>,
    /// Every spec row's facts and, for a row with a tag, its [`json::KeyedHead`], by the row's
    /// address.
    rows: Map<usize, (RowFacts<'s>, Option<json::KeyedHead>)>,
}

/// A property and what writing its values needs to know of it, worked out once.
#[derive(Clone, Copy)]
pub(crate) struct PropertyFacts<'s> {
    /// The property.
    pub property: &'s Property,
    /// Its values are text ([`crate::values::is_text_property`]).
    pub text: bool,
    /// Its name needs no escape in JSON.
    pub name_plain: bool,
}

impl<'s> PropertyFacts<'s> {
    fn of(property: &'s Property) -> Self {
        PropertyFacts {
            property,
            text: crate::values::is_text_property(property),
            name_plain: !json::needs_escape(property.name.as_bytes()),
        }
    }
}

/// An OID of up to [`Oid::MAX`] components as a map key: compared as an array, without a
/// call to `memcmp` for every property value looked up (spec OIDs have six components).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Oid {
    len: usize,
    components: [u32; Oid::MAX],
}

impl Oid {
    const MAX: usize = 8;

    /// The key of `oid`, if it is short enough.
    fn of(oid: &[u32]) -> Option<Oid> {
        let mut components = [0; Oid::MAX];
        components.get_mut(..oid.len())?.copy_from_slice(oid);
        Some(Oid {
            len: oid.len(),
            components,
        })
    }
}

/// A message's or a property's `"name":"..."` key, written once for the index.
fn named(name: &str) -> Box<[u8]> {
    json::key_string("name", name, !json::needs_escape(name.as_bytes()))
}

/// What a spec property's values always start with in JSON, written once: its object up to
/// the OID (`{"oid":"1.2.7.1.1.1"`, [`json::property_head`]) and its name key
/// (`"name":"..."`, which follows the value's `hex`).
pub(crate) struct PropertyHead {
    pub oid: Box<[u8]>,
    pub name: Box<[u8]>,
}

impl PropertyHead {
    fn new(facts: &PropertyFacts<'_>) -> Self {
        let p = facts.property;
        let mut oid = Vec::new();
        json::property_head(&mut oid, p.oid.components());
        PropertyHead {
            oid: oid.into_boxed_slice(),
            name: json::key_string("name", &p.name, facts.name_plain),
        }
    }
}

/// A spec row and what the walk needs to know of it besides its text, worked out from the row's
/// data type, name and layout once rather than for each value it reads.
#[derive(Clone, Copy)]
pub(crate) struct RowFacts<'s> {
    /// The row.
    pub field: &'s Field,
    /// Its data type names text.
    pub text: bool,
    /// Its data type is `N` or `CN` (digits shown as hex).
    pub digits: bool,
    /// Typed as TLV (`T`, or `rust_type = "tlv"`) or laid out by tagged rows of its own
    /// ([`Field::holds_tagged_rows`]): a primitive value holding TLVs.
    pub tlv: bool,
    /// Its name says it counts something (a length, a timeout ...): shown as a number.
    pub counts: bool,
    /// The fewest bytes its packed raw rows need ([`Field::packed_min_len`]).
    pub packed_min_len: Option<usize>,
    /// The rows its children are read with ([`child_rows`]).
    pub children: &'s [Field],
    /// Its name needs no escape in JSON.
    pub name_plain: bool,
    /// Its label needs no escape in JSON.
    pub label_plain: bool,
}

impl<'s> RowFacts<'s> {
    /// The row's label, and whether it needs no escape in JSON ([`json::node_head`]'s).
    pub(crate) fn label(&self) -> (&'s str, bool) {
        (&self.field.label, self.label_plain)
    }

    fn of(field: &'s Field, spec: &'s Spec) -> Self {
        let data_type = field.data_type.as_deref().map(str::trim);
        RowFacts {
            field,
            text: crate::values::is_text_type(field.data_type.as_deref()),
            digits: matches!(data_type, Some("N") | Some("CN")),
            tlv: data_type == Some("T")
                || field.rust_type == Some(mms_spec::data_type::RustType::Tlv)
                || field.holds_tagged_rows(),
            counts: counts_something(field),
            packed_min_len: field.packed_min_len(),
            children: child_rows(field, spec),
            name_plain: !json::needs_escape(field.name.as_bytes()),
            label_plain: !json::needs_escape(field.label.as_bytes()),
        }
    }
}

/// The rows a constructed field's children are read with: its own, or those of the layout it
/// names (`/FE` is Table 25's VAS Data Container).
fn child_rows<'s>(field: &'s Field, spec: &'s Spec) -> &'s [Field] {
    if !field.fields.is_empty() {
        return &field.fields;
    }
    let named = field.layout.as_deref().and_then(|name| spec.layout(name));
    match named.map(|l| l.fields.as_slice()) {
        Some([container]) if container.tag == field.tag => &container.fields,
        _ => &[],
    }
}

/// Whether a binary field is a number worth showing in decimal (a length,
/// a count, a time ...), judged by its name.
fn counts_something(field: &Field) -> bool {
    const WORDS: [&str; 9] = [
        "length", "size", "count", "timeout", "seconds", "amount", "number", "offset", "interval",
    ];
    let name = field.name.as_bytes();
    WORDS.iter().any(|w| {
        name.windows(w.len())
            .any(|part| part.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Every row of `fields` and of the rows nested in them.
fn each_row<'s>(fields: &'s [Field], f: &mut impl FnMut(&'s Field)) {
    for field in fields {
        f(field);
        each_row(&field.fields, f);
    }
}

/// A hash map keyed by a few bytes from the spec (not by input an attacker chooses the keys
/// of: the input only looks keys up), so a multiply-and-rotate hash is enough, and several
/// times faster than the default SipHash for two-byte keys.
type Map<K, V> = HashMap<K, V, BuildHasherDefault<SmallKeyHasher>>;

/// The hash of [`Map`] (the rustc "Fx" scheme).
#[derive(Default)]
struct SmallKeyHasher(u64);

impl Hasher for SmallKeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step (an OID's components come as one slice of bytes).
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let word = [
                word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7],
            ];
            self.write_u64(u64::from_le_bytes(word));
        }
        for &b in words.remainder() {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_u16(&mut self, n: u16) {
        self.write_u64(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl<'s> Lookup<'s> {
    /// Lookups that search the spec's lists (no set-up cost: for one message).
    pub fn plain(spec: &'s Spec) -> Self {
        Lookup { spec, index: None }
    }

    /// Lookups through an index built now (for many messages).
    pub fn indexed(spec: &'s Spec) -> Self {
        let mut ix = Index {
            commands: Map::default(),
            notifications: Map::default(),
            details: Map::default(),
            payloads: Map::default(),
            summaries: Map::default(),
            groups: Map::default(),
            codes: Map::default(),
            file_types: Map::default(),
            properties: Map::default(),
            long_properties: Map::default(),
            rows: Map::default(),
        };
        for c in &spec.commands {
            ix.commands
                .entry(c.id.0)
                .or_insert_with(|| (c, named(&c.name)));
        }
        for n in &spec.notifications {
            ix.notifications
                .entry(n.id.0)
                .or_insert_with(|| (n, named(&n.name)));
        }
        // Details are looked up in the first notification of an ID, as `Spec::notification_detail`.
        for (&id, (n, _)) in &ix.notifications {
            for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
                if let Some(bytes) = code.bytes() {
                    ix.details.entry((id, bytes)).or_insert(code);
                }
            }
            for (code, tables) in n.payloads_by_code() {
                ix.payloads.insert((id, code), tables.into());
            }
        }
        for v in &spec.status.summary {
            if let Some([b]) = v.bytes().as_deref() {
                ix.summaries.entry(*b).or_insert(v);
            }
        }
        for g in &spec.status.groups {
            if let Ok(b) = u8::from_str_radix(&g.group, 16) {
                ix.groups.entry(b).or_insert(g);
            }
        }
        for c in &spec.status.codes {
            if let Some(bytes) = c.bytes() {
                ix.codes.entry(bytes).or_insert(c);
            }
        }
        for f in &spec.file_types.file_types {
            if let Some(bytes) = f.bytes() {
                ix.file_types.entry(bytes).or_insert(f);
            }
        }
        for p in &spec.properties {
            let indexed = || {
                let facts = PropertyFacts::of(p);
                (facts, PropertyHead::new(&facts))
            };
            match Oid::of(p.oid.components()) {
                Some(oid) => ix.properties.entry(oid).or_insert_with(indexed),
                None => ix
                    .long_properties
                    .entry(p.oid.components())
                    .or_insert_with(indexed),
            };
        }
        let tables = spec
            .commands
            .iter()
            .flat_map(|c| c.request.iter().chain(&c.response));
        let tables = tables.chain(spec.notifications.iter().flat_map(|n| &n.payloads));
        let mut add = |field: &'s Field| {
            let facts = RowFacts::of(field, spec);
            let head = field.tag.map(|tag| {
                let tag = mms_codec::Tag::from_u32(tag.value());
                json::KeyedHead::new(&field.name, facts.name_plain, tag, Some(facts.label()))
            });
            ix.rows
                .insert(field as *const Field as usize, (facts, head));
        };
        for table in tables {
            each_row(&table.fields, &mut add);
        }
        for layout in spec.layouts() {
            each_row(&layout.fields, &mut add);
        }
        Lookup {
            spec,
            index: Some(ix),
        }
    }

    /// [`Spec::command`].
    pub fn command(&self, id: u16) -> Option<&'s Command> {
        match &self.index {
            Some(ix) => ix.commands.get(&id).map(|(c, _)| *c),
            None => self.spec.command(id),
        }
    }

    /// Writes a message's `"name":"..."` as a key of `o`: the name of command `id`, or of
    /// notification `id` when `notification`, if the spec has it.
    pub(crate) fn write_message_name(
        &self,
        o: &mut Obj,
        out: &mut Vec<u8>,
        notification: bool,
        id: u16,
    ) {
        let Some(ix) = &self.index else {
            let name = match notification {
                true => self.spec.notification(id).map(|n| &n.name),
                false => self.spec.command(id).map(|c| &c.name),
            };
            if let Some(name) = name {
                json::string(o.key(out, "name"), name);
            }
            return;
        };
        let named = match notification {
            true => ix.notifications.get(&id).map(|(_, named)| named),
            false => ix.commands.get(&id).map(|(_, named)| named),
        };
        if let Some(named) = named {
            o.written(out, named);
        }
    }

    /// [`Spec::command_tables`].
    pub fn command_tables(&self, id: u16) -> Option<&'s Command> {
        let cmd = self.command(id)?;
        match cmd.reuses {
            Some(other) => self.command(other.0).or(Some(cmd)),
            None => Some(cmd),
        }
    }

    /// [`Spec::notification`].
    pub fn notification(&self, id: u16) -> Option<&'s Notification> {
        match &self.index {
            Some(ix) => ix.notifications.get(&id).map(|(n, _)| *n),
            None => self.spec.notification(id),
        }
    }

    /// [`Spec::notification_detail`].
    pub fn notification_detail(&self, id: u16, code: [u8; 4]) -> Option<&'s DetailCode> {
        match &self.index {
            Some(ix) => ix.details.get(&(id, code)).copied(),
            None => self.spec.notification_detail(id, code),
        }
    }

    /// [`Spec::status_summary`].
    pub fn status_summary(&self, value: u8) -> Option<&'s EnumValue> {
        match &self.index {
            Some(ix) => ix.summaries.get(&value).copied(),
            None => self.spec.status_summary(value),
        }
    }

    /// [`Spec::status_group`].
    pub fn status_group(&self, group: u8) -> Option<&'s StatusGroup> {
        match &self.index {
            Some(ix) => ix.groups.get(&group).copied(),
            None => self.spec.status_group(group),
        }
    }

    /// [`Spec::status_detail`].
    pub fn status_detail(&self, group: u8, subgroup: u8, code: u8) -> Option<&'s StatusCode> {
        match &self.index {
            Some(ix) => ix.codes.get(&[group, subgroup, code]).copied(),
            None => self.spec.status_detail(group, subgroup, code),
        }
    }

    /// [`Spec::file_type`].
    pub fn file_type(&self, id: [u8; 4]) -> Option<&'s FileType> {
        match &self.index {
            Some(ix) => ix.file_types.get(&id).copied(),
            None => self.spec.file_type(id),
        }
    }

    /// The facts of a spec row (any row reached from `spec`), with its [`json::KeyedHead`] when
    /// the index wrote it once.
    pub(crate) fn row_with_head(
        &self,
        field: &'s Field,
    ) -> (RowFacts<'s>, Option<&json::KeyedHead>) {
        let known = self
            .index
            .as_ref()
            .and_then(|ix| ix.rows.get(&(field as *const Field as usize)));
        match known {
            Some((facts, head)) => (*facts, head.as_ref()),
            None => (RowFacts::of(field, self.spec), None),
        }
    }

    /// [`Spec::property_by_oid_components`].
    pub fn property(&self, oid: &[u32]) -> Option<&'s Property> {
        self.property_facts(oid).map(|p| p.property)
    }

    /// [`Lookup::property`] with what writing its values needs to know.
    pub(crate) fn property_facts(&self, oid: &[u32]) -> Option<PropertyFacts<'s>> {
        self.property_with_head(oid).0
    }

    /// [`Lookup::property_facts`], with the property's [`PropertyHead`] when the index wrote it
    /// once.
    pub(crate) fn property_with_head(
        &self,
        oid: &[u32],
    ) -> (Option<PropertyFacts<'s>>, Option<&PropertyHead>) {
        match &self.index {
            Some(ix) => match Oid::of(oid).map_or_else(
                || ix.long_properties.get(oid),
                |key| ix.properties.get(&key),
            ) {
                Some((facts, head)) => (Some(*facts), Some(head)),
                None => (None, None),
            },
            None => {
                let facts = self.spec.property_by_oid_components(oid);
                (facts.map(PropertyFacts::of), None)
            }
        }
    }

    /// The table that describes a payload: a command's request or response table, or the
    /// notification payload table its detail code names. Of a code's alternatives
    /// ([`Lookup::payload_tables`]), the first whose rows `contents` (the payload's TLVs after
    /// its ID) [fits]; the first when it fits none.
    pub fn payload_table(
        &self,
        kind: &str,
        id: u16,
        status: Option<&[u8]>,
        contents: &[u8],
    ) -> Option<&'s Table> {
        if kind != "notification" {
            return self.command_table(kind, id);
        }
        let n = self.notification(id)?;
        match &*self.detail_payloads(id, status) {
            [] => n.payloads.first(),
            [only] => Some(*only),
            many => Some(
                *many
                    .iter()
                    .find(|t| fits(&t.fields, contents))
                    .unwrap_or(&many[0]),
            ),
        }
    }

    /// The tables that may describe a payload, in the order they are tried: a command's request
    /// or response table, or the notification payload tables its detail code names
    /// ([`Notification::payloads_for`]), else the notification's first payload table.
    pub fn payload_tables(&self, kind: &str, id: u16, status: Option<&[u8]>) -> Vec<&'s Table> {
        if kind != "notification" {
            return self.command_table(kind, id).into_iter().collect();
        }
        let Some(n) = self.notification(id) else {
            return Vec::new();
        };
        match self.detail_payloads(id, status) {
            tables if tables.is_empty() => n.payloads.first().into_iter().collect(),
            tables => tables.into_owned(),
        }
    }

    /// A command's request or response table.
    fn command_table(&self, kind: &str, id: u16) -> Option<&'s Table> {
        match kind {
            "request" => self.command_tables(id)?.request.as_ref(),
            "response" => self.command_tables(id)?.response.as_ref(),
            _ => None,
        }
    }

    /// [`Notification::payloads_for`] of notification `id`'s detail code `status`.
    fn detail_payloads(&self, id: u16, status: Option<&[u8]>) -> Cow<'_, [&'s Table]> {
        let Some(code) = status.and_then(|s| <[u8; 4]>::try_from(s).ok()) else {
            return Cow::Borrowed(&[]);
        };
        match &self.index {
            Some(ix) => Cow::Borrowed(ix.payloads.get(&(id, code)).map_or(&[], |t| &**t)),
            None => match self.spec.notification(id) {
                Some(n) => Cow::Owned(n.payloads_for(code)),
                None => Cow::Borrowed(&[]),
            },
        }
    }

    /// Writes the JSON `status` object of a response: the 4 bytes and their meanings.
    pub(crate) fn write_status(&self, out: &mut Vec<u8>, status: &[u8]) {
        let mut o = Obj::open(out);
        json::hex(o.key(out, "hex"), status);
        if let [summary, group, subgroup, code] = *status {
            json::boolean(o.key(out, "ok"), summary < 0x80);
            if let Some(s) = self.status_summary(summary) {
                json::string(o.key(out, "summary"), &s.name);
            }
            if let Some(g) = self.status_group(group) {
                json::string(o.key(out, "group"), &g.name);
                let sub = hex_pair(subgroup);
                if let Some(s) = g
                    .subgroups
                    .iter()
                    .find(|s| s.value.as_bytes().eq_ignore_ascii_case(&sub))
                {
                    json::string(o.key(out, "subgroup"), &s.name);
                }
            }
            if let Some(c) = self.status_detail(group, subgroup, code) {
                json::string(o.key(out, "detail"), &c.label);
            }
        }
        o.close(out);
    }

    /// Writes the JSON `status` object of a notification: its detail code and meaning.
    pub(crate) fn write_detail(&self, out: &mut Vec<u8>, id: u16, detail: &[u8]) {
        let mut o = Obj::open(out);
        json::hex(o.key(out, "hex"), detail);
        if let Ok(code) = <[u8; 4]>::try_from(detail) {
            if let Some(d) = self.notification_detail(id, code) {
                json::string(o.key(out, "detail"), &d.label);
            }
        }
        o.close(out);
    }
}

/// A byte as two uppercase hex digits.
fn hex_pair(b: u8) -> [u8; 2] {
    [
        HEX_DIGITS[usize::from(b >> 4)],
        HEX_DIGITS[usize::from(b & 0x0F)],
    ]
}

/// [`Lookup::payload_table`].
pub fn payload_table<'s>(
    spec: &'s Spec,
    kind: &str,
    id: u16,
    status: Option<&[u8]>,
    contents: &[u8],
) -> Option<&'s Table> {
    Lookup::plain(spec).payload_table(kind, id, status, contents)
}

/// [`Lookup::payload_tables`].
pub fn payload_tables<'s>(
    spec: &'s Spec,
    kind: &str,
    id: u16,
    status: Option<&[u8]>,
) -> Vec<&'s Table> {
    Lookup::plain(spec).payload_tables(kind, id, status)
}

/// Whether `contents` (a run of TLVs) fits `rows`: it carries every row the spec requires, and
/// each of its TLVs whose row is read by rows of its own ([`Field::nests_rows`]) fits those.
/// This is how one of the tables a detail code names is chosen (the typed decoder's payload
/// structs refuse data without their required items). Malformed TLVs fit nothing; raw-byte
/// rows are not checked.
pub fn fits(rows: &[Field], contents: &[u8]) -> bool {
    let items = || TlvIter::new(contents, DecodeContext::default());
    for item in items() {
        let Ok(tlv) = item else { return false };
        let Some(row) = find_field(Some(rows), tlv.tag.as_bytes()) else {
            continue;
        };
        // Recursion follows the spec's rows, so its depth is theirs, not the data's.
        if row.nests_rows() && !fits(&row.fields, tlv.value) {
            return false;
        }
    }
    rows.iter().filter(|r| r.is_required()).all(|r| {
        r.tag.is_none_or(|tag| {
            items()
                .map_while(Result::ok)
                .any(|t| t.tag.as_bytes() == tag.as_bytes())
        })
    })
}

/// The spec row for `tag` (its bytes) among `fields`.
pub fn find_field<'s>(fields: Option<&'s [Field]>, tag: &[u8]) -> Option<&'s Field> {
    // Compared byte by byte in place: comparing slices calls `memcmp`, and that call for
    // each row was most of this search's time.
    let same = |row: &[u8]| row.len() == tag.len() && row.iter().zip(tag).all(|(a, b)| a == b);
    fields?
        .iter()
        .find(|f| f.tag.is_some_and(|t| same(t.as_bytes())))
}

/// The JSON `status` object of a response: the 4 bytes and their meanings.
pub fn describe_status(spec: &Spec, status: &[u8]) -> Value {
    let mut out = Vec::new();
    Lookup::plain(spec).write_status(&mut out, status);
    json::to_value(&out)
}

/// The JSON `status` object of a notification: its detail code and meaning.
pub fn describe_detail(spec: &Spec, id: u16, detail: &[u8]) -> Value {
    let mut out = Vec::new();
    Lookup::plain(spec).write_detail(&mut out, id, detail);
    json::to_value(&out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The built-in spec with one property's OID longer than the index's array key.
    pub(crate) fn spec_with_a_long_oid() -> Spec {
        let mut spec = Spec::builtin();
        spec.properties[0].oid = "1.2.3.4.5.6.7.8.9.A".parse().unwrap();
        spec
    }

    /// The index finds what the spec's own lookups find, for an OID too long for its array
    /// key as for the others, and writes the same message names (property values:
    /// `property::tests`).
    #[test]
    fn the_index_finds_what_the_spec_finds() {
        let spec = spec_with_a_long_oid();
        let (plain, indexed) = (Lookup::plain(&spec), Lookup::indexed(&spec));
        for p in &spec.properties {
            let oid = p.oid.components();
            let found = indexed.property(oid).map(|p| &p.oid);
            assert_eq!(found, plain.property(oid).map(|p| &p.oid), "{}", p.oid);
            assert!(found.is_some(), "{}", p.oid);
        }
        assert!(indexed.property(&[1, 2, 3, 4, 5, 6, 7, 8, 9]).is_none());
        for notification in [false, true] {
            for id in [0x1001, 0x1002, 0xD101, 0x0101, 0x0000, 0xFFFF] {
                let write = |look: &Lookup<'_>| {
                    let mut out = Vec::new();
                    let mut o = Obj::open(&mut out);
                    look.write_message_name(&mut o, &mut out, notification, id);
                    out
                };
                assert_eq!(write(&indexed), write(&plain), "{notification} {id:04X}");
            }
        }
    }
}
