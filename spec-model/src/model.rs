//! The data types of the spec: one Rust type per kind of TOML table.
//!
//! Every item that a maintainer can get wrong carries a [`Location`] (file and line),
//! filled in by the loader, so that validation errors point at the TOML source.

use serde::{Deserialize, Serialize};

use crate::source::{impl_located, located, located_opt};
pub use crate::source::{Located, Location};
use crate::values::{CommandId, Length, NotificationId, Oid, Tag};

impl_located!(
    Field,
    Table,
    Example,
    Envelope,
    StatusGroup,
    StatusCode,
    Command,
    Notification,
    DetailGroup,
    DetailCode,
    Property,
    FileType,
    EnumValue,
    BitField,
    ReferenceTable,
);

/// Marker for sections the manual flags as "MAGTEK INTERNAL ONLY" (optionally "FOR NOW").
///
/// In TOML: absent (public), `internal = true`, or `internal = "for_now"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "InternalRepr", into = "InternalRepr")]
pub enum Internal {
    /// A public item.
    #[default]
    No,
    /// "MAGTEK INTERNAL ONLY".
    Yes,
    /// "MAGTEK INTERNAL ONLY FOR NOW".
    ForNow,
}

/// TOML form of [`Internal`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
enum InternalRepr {
    Flag(bool),
    Word(String),
}

impl TryFrom<InternalRepr> for Internal {
    type Error = String;
    fn try_from(r: InternalRepr) -> Result<Self, Self::Error> {
        match r {
            InternalRepr::Flag(true) => Ok(Internal::Yes),
            InternalRepr::Flag(false) => Ok(Internal::No),
            InternalRepr::Word(w) if w == "for_now" => Ok(Internal::ForNow),
            InternalRepr::Word(w) => Err(format!(
                "internal must be true, false or \"for_now\", not {w:?}"
            )),
        }
    }
}

impl From<Internal> for InternalRepr {
    fn from(i: Internal) -> Self {
        match i {
            Internal::No => InternalRepr::Flag(false),
            Internal::Yes => InternalRepr::Flag(true),
            Internal::ForNow => InternalRepr::Word("for_now".into()),
        }
    }
}

impl Internal {
    /// True for both internal variants.
    pub fn is_internal(self) -> bool {
        self != Internal::No
    }
    pub(crate) fn is_no(&self) -> bool {
        *self == Internal::No
    }
}

/// Whether a field must be present.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum Requirement {
    /// `R` (or `M`): required.
    Required,
    /// `O`: optional.
    Optional,
    /// Anything else the manual writes in the Req column (kept verbatim).
    Other(String),
}

impl From<String> for Requirement {
    fn from(s: String) -> Self {
        match s.as_str() {
            "R" | "M" => Requirement::Required,
            "O" => Requirement::Optional,
            _ => Requirement::Other(s),
        }
    }
}

impl From<Requirement> for String {
    fn from(r: Requirement) -> Self {
        match r {
            Requirement::Required => "R".into(),
            Requirement::Optional => "O".into(),
            Requirement::Other(s) => s,
        }
    }
}

/// One enumerated value of a field or property, e.g. `0x04 = SHA-256`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The value as the manual writes it, in hex without `0x` (e.g. `"04"`); a range is `"01..FE"`.
    pub value: String,
    /// The value's short name (e.g. `"SHA-256"`).
    pub name: String,
    /// For a value of one byte of a longer field: which byte, numbered as the manual does
    /// (some tables count from 0, others from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte: Option<u32>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl EnumValue {
    /// The value as bytes, or `None` for ranges and values that are not plain hex.
    pub fn bytes(&self) -> Option<Vec<u8>> {
        crate::values::parse_hex(&self.value).ok()
    }
}

/// One bit (or bit range) of a bit-mapped field or property.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BitField {
    /// Byte of the value the bit is in, numbered as the manual does (some tables count from 0,
    /// others from 1), when the manual gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byte: Option<u32>,
    /// First bit (0 = least significant).
    pub bit: u32,
    /// Last bit for a range (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_bit: Option<u32>,
    /// Short name.
    pub name: String,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// One row of a TLV table (a TLV data object or raw bytes inside one), with its nested rows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// The TLV tag (`"81"`, `"9F02"`, `"DFDF25"`); absent for raw bytes (`/null` rows).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<Tag>,
    /// True for raw bytes that are not TLV-encoded (`/null` rows, whose length is in parentheses).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub raw: bool,
    /// Length of the value (TLV) or the byte count (raw).
    pub len: Length,
    /// Stable snake_case identifier, unique among siblings.
    pub name: String,
    /// Short label from the manual.
    pub label: String,
    /// Data type column (`B`, `T`, `AN`, `N`, `CN`, `A` ...), when given.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// Req column.
    #[serde(rename = "req", default, skip_serializing_if = "Option::is_none")]
    pub requirement: Option<Requirement>,
    /// Default column, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// The Rust type the generator must use (set by an override; see spec/README.md).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rust_type: Option<crate::data_type::RustType>,
    /// Enumerated values found in the description.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub values: Vec<EnumValue>,
    /// Bit fields found in the description.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub bits: Vec<BitField>,
    /// Numbers of tables the description refers to (e.g. the file type table).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub table_refs: Vec<u32>,
    /// Product limitations such as `"Touch Only"`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Internal-only marker.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Raw bytes holding the big-endian byte count of the field that follows (a data type's
    /// "2-byte MSB length" row).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub length_prefix: bool,
    /// For an encrypted primitive: the data type layout (its ident) of the decrypted value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decrypts_to: Option<String>,
    /// The data type layout (its ident) this field holds (`/FE` holds the VAS container).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// The row may occur any number of times (the manual's "additional instances ... as needed").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub repeated: bool,
    /// The manual's example value for this row (hex, from an Example column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// Nested rows (one more slash in the manual).
    #[serde(
        rename = "field",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub fields: Vec<Field>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl Field {
    /// True when the Req column says the row must be there (`R` or `M`).
    pub fn is_required(&self) -> bool {
        matches!(self.requirement, Some(Requirement::Required))
    }

    /// True when the value is a sequence of TLVs (constructed tag) rather than bytes.
    pub fn is_constructed(&self) -> bool {
        self.tag.is_some_and(|t| t.is_constructed())
    }

    /// True when a primitive row's value is a TLV sequence laid out by tagged rows of its own
    /// (Banking Functions Operation Complete's `84` holding `F5`, manual Table 326): the typed
    /// decoder reads it as a nested struct and the dissector shows its fields. Not when it has
    /// raw rows too, a fixed length (its rows are then the manual's indentation slip), a forced
    /// Rust type, or an encrypted value (its rows describe the decrypted contents).
    pub fn holds_tagged_rows(&self) -> bool {
        let encrypted =
            self.label.to_ascii_lowercase().contains("encrypt") || self.name.contains("encrypt");
        !self.is_constructed()
            && self.rust_type.is_none()
            && !self.fields.is_empty()
            && self.fields.iter().all(|f| f.tag.is_some())
            && self.len.fixed().is_none()
            && !encrypted
    }

    /// True when a decoder reads the row's value by its own tagged rows (the typed decoder as
    /// a nested struct): a constructed tag with tagged rows, or [`Field::holds_tagged_rows`].
    pub fn nests_rows(&self) -> bool {
        (self.is_constructed() && self.fields.iter().any(|f| f.tag.is_some()))
            || self.holds_tagged_rows()
    }

    /// The nested field with this tag (encoded bytes, e.g. `[0x9F, 0x02]`).
    pub fn child(&self, tag: &[u8]) -> Option<&Field> {
        field_with_tag(&self.fields, tag)
    }

    /// For a primitive value made of raw rows (no tagged row) that are laid
    /// out one after the other, every row but the last of a fixed width: the
    /// fewest bytes such a value holds (the fixed rows' widths). `None` when
    /// the rows do not pack (a tagged row, a variable row before the last,
    /// widths that do not fit the field's own fixed length, a forced Rust type).
    /// The typed decoder refuses a shorter value; so does the dissector.
    pub fn packed_min_len(&self) -> Option<usize> {
        let raw_only = !self.fields.is_empty() && self.fields.iter().all(|f| f.tag.is_none());
        if self.is_constructed() || !raw_only || self.rust_type.is_some() {
            return None;
        }
        let last = self.fields.len() - 1;
        let mut total = 0u32;
        for (i, f) in self.fields.iter().enumerate() {
            match f.len.fixed() {
                Some(n) if n >= 1 => total += n,
                _ if i == last => {}
                _ => return None,
            }
        }
        if let Some(n) = self.len.fixed() {
            let all_fixed = self.fields.iter().all(|f| f.len.fixed().is_some());
            if (all_fixed && total != n) || total > n {
                return None;
            }
        }
        Some(total as usize)
    }

    /// The enumerated value's name for a one-byte value (values without a byte number).
    pub fn value_name(&self, value: &[u8]) -> Option<&str> {
        self.values
            .iter()
            .filter(|v| v.byte.is_none())
            .find(|v| v.bytes().as_deref() == Some(value))
            .map(|v| v.name.as_str())
    }
}

/// The field with this tag among `fields`.
pub fn field_with_tag<'a>(fields: &'a [Field], tag: &[u8]) -> Option<&'a Field> {
    fields
        .iter()
        .find(|f| f.tag.is_some_and(|t| t.as_bytes() == tag))
}

/// A TLV table of the manual (request, response, payload or auxiliary table).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The manual's table number.
    pub table: u32,
    /// The table's title without the number.
    pub title: String,
    /// Top-level rows.
    #[serde(
        rename = "field",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub fields: Vec<Field>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl Table {
    /// The top-level field with this tag (encoded bytes).
    pub fn field(&self, tag: &[u8]) -> Option<&Field> {
        field_with_tag(&self.fields, tag)
    }

    /// How many rows data of this table must carry: its required rows and, inside them, theirs
    /// (rows inside an optional row are required only when that row is there, so they do not
    /// count).
    pub fn required_rows(&self) -> usize {
        fn count(fields: &[Field]) -> usize {
            fields
                .iter()
                .filter(|f| f.is_required())
                .map(|f| 1 + count(&f.fields))
                .sum()
        }
        count(&self.fields)
    }
}

/// A reference list of a section that is not a TLV layout (pass-through card commands, key slots,
/// sensor bits, display strings, sample card data): kept as short cells, one row per manual row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceTable {
    /// The manual's table number.
    pub table: u32,
    /// The table's title without the number.
    pub title: String,
    /// Column headers, in the manual's order (columns left out are listed in `note`).
    pub columns: Vec<String>,
    /// What was left out and why (e.g. a column of sentences), when anything was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The rows: one short cell per column (`""` for an empty cell).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<Vec<String>>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// What a hex example shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleKind {
    /// A request message (host to device).
    Request,
    /// A response message.
    Response,
    /// A notification message.
    Notification,
    /// A data file message.
    DataFile,
    /// Anything else (a payload fragment, a file's contents ...).
    Other,
}

/// A hex example from the manual, attached to the item it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The manual's table number.
    pub table: u32,
    /// The table's title without the number.
    pub title: String,
    /// What the example shows.
    pub kind: ExampleKind,
    /// Short label written before the hex in the same cell, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Property the example shows (Get/Set Property examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub property: Option<Oid>,
    /// The manual's bytes, as space-separated hex.
    pub hex: String,
    /// Set when the manual's example is wrong: says what is wrong. Golden tests skip these.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub erratum: Option<String>,
    /// Set when an override corrected `hex` (one unambiguous fix of the manual's bytes); golden
    /// tests use the corrected bytes and count these apart from untouched examples.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<Correction>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// How an override corrected an example's bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The manual's bytes, as space-separated hex.
    pub manual_hex: String,
    /// What was wrong and what was changed.
    pub reason: String,
}

impl Example {
    /// The example's bytes.
    pub fn bytes(&self) -> Result<Vec<u8>, crate::values::HexError> {
        crate::values::parse_hex(&self.hex)
    }
}

/// Message envelope kinds (manual Tables 11, 12, 14 and 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnvelopeKind {
    /// Request message.
    Request,
    /// Response message.
    Response,
    /// Notification message.
    Notification,
    /// Data file message.
    DataFile,
}

/// A message envelope format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    /// Which message this is.
    pub kind: EnvelopeKind,
    /// The manual's table number.
    pub table: u32,
    /// The table's title without the number.
    pub title: String,
    /// Rows, starting with the two raw header bytes.
    #[serde(rename = "field", default, deserialize_with = "located")]
    pub fields: Vec<Field>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// Contents of `spec/envelopes.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvelopesFile {
    /// The four envelopes.
    #[serde(rename = "envelope", default, deserialize_with = "located")]
    pub envelopes: Vec<Envelope>,
    /// Examples of whole messages shown next to the envelope tables.
    #[serde(rename = "example", default, deserialize_with = "located")]
    pub examples: Vec<Example>,
}

/// A group header row of the status detail code table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusGroup {
    /// Group byte, hex (`"02"`).
    pub group: String,
    /// Group name (`"Request Handler"`).
    pub name: String,
    /// Subgroups the header lists.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub subgroups: Vec<EnumValue>,
    /// Internal-only marker.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// One operation status detail code (group, subgroup, code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusCode {
    /// Group byte, hex.
    pub group: String,
    /// Subgroup byte, hex.
    pub subgroup: String,
    /// Code byte, hex.
    pub code: String,
    /// Source column (`"General"`, `"Request Handler"` ...).
    pub origin: String,
    /// Short meaning.
    pub label: String,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl StatusCode {
    /// The three bytes (group, subgroup, code), if they are valid hex.
    pub fn bytes(&self) -> Option<[u8; 3]> {
        let b = |s: &str| u8::from_str_radix(s, 16).ok();
        Some([b(&self.group)?, b(&self.subgroup)?, b(&self.code)?])
    }
}

/// Contents of `spec/status.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusFile {
    /// The manual's table number of the detail code table.
    pub table: u32,
    /// Operation status summary values (the first status byte).
    #[serde(default, deserialize_with = "located")]
    pub summary: Vec<EnumValue>,
    /// Group header rows.
    #[serde(rename = "group", default, deserialize_with = "located")]
    pub groups: Vec<StatusGroup>,
    /// Detail codes.
    #[serde(rename = "code", default, deserialize_with = "located")]
    pub codes: Vec<StatusCode>,
}

/// A command: `spec/commands/<ID>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Command {
    /// Command ID (`"D812"`).
    pub id: CommandId,
    /// Name from the section heading, without the ID and the parenthesised tags.
    pub name: String,
    /// Stable snake_case identifier derived from the name.
    pub ident: String,
    /// Internal-only marker.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Product limitations such as `"Touch Only"`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Another command whose request/response tables this one uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reuses: Option<CommandId>,
    /// Request table.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "located_opt"
    )]
    pub request: Option<Table>,
    /// Response table.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "located_opt"
    )]
    pub response: Option<Table>,
    /// Other TLV tables of the section (encrypted data formats, layouts ...).
    #[serde(
        rename = "table",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub tables: Vec<Table>,
    /// Reference lists of the section (tables that are not TLV layouts).
    #[serde(
        rename = "reference_table",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub reference_tables: Vec<ReferenceTable>,
    /// Hex examples of the section.
    #[serde(
        rename = "example",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub examples: Vec<Example>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// A group header row in a notification detail code table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailGroup {
    /// The first code byte the group covers (hex), when the header row names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Short label of the header row.
    pub label: String,
    /// Values the header lists (e.g. reasons).
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub values: Vec<EnumValue>,
    /// Product limitations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// One notification detail code (four bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailCode {
    /// The four bytes, hex (`"07010100"`).
    pub code: String,
    /// Short meaning.
    pub label: String,
    /// Product limitations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Internal-only marker.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Tables (payload formats) the meaning refers to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub table_refs: Vec<u32>,
    /// The data type layout (its ident) of the data this code's notification carries (ARQC,
    /// batch data, NFC UID ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl DetailCode {
    /// The four bytes, if the code is valid hex.
    pub fn bytes(&self) -> Option<[u8; 4]> {
        crate::values::parse_hex(&self.code).ok()?.try_into().ok()
    }
}

/// A notification detail code table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetailTable {
    /// The manual's table number.
    pub table: u32,
    /// The manual's number when it is not a plain integer (`"7.33"`, where `table` is `7`):
    /// the number a reader finds in the manual.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbered: Option<String>,
    /// The table's title without the number.
    pub title: String,
    /// Column headers of the four code bytes (e.g. `["PT", "Rsn", "Det", "Ext"]`).
    pub columns: Vec<String>,
    /// Group header rows.
    #[serde(
        rename = "group",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub groups: Vec<DetailGroup>,
    /// Codes.
    #[serde(
        rename = "code",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub codes: Vec<DetailCode>,
}

impl DetailTable {
    /// The table's number as the manual prints it (`"331"`, `"7.33"`).
    pub fn number_text(&self) -> String {
        self.numbered
            .clone()
            .unwrap_or_else(|| self.table.to_string())
    }
}

/// A notification: `spec/notifications/<ID>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notification {
    /// Source and type bytes (`"0101"`).
    pub id: NotificationId,
    /// Name from the section heading.
    pub name: String,
    /// Stable snake_case identifier derived from the name.
    pub ident: String,
    /// Internal-only marker.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Product limitations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Detail code tables.
    #[serde(rename = "details", default, skip_serializing_if = "Vec::is_empty")]
    pub detail_tables: Vec<DetailTable>,
    /// Payload tables.
    #[serde(
        rename = "payload",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub payloads: Vec<Table>,
    /// Reference lists of the section (tables that are not TLV layouts).
    #[serde(
        rename = "reference_table",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub reference_tables: Vec<ReferenceTable>,
    /// Hex examples.
    #[serde(
        rename = "example",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub examples: Vec<Example>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl Notification {
    /// The payload tables detail code `code` names, in the order a decoder tries them; empty
    /// when the code is not one of this notification's or names none of its payload tables.
    ///
    /// A code may name alternatives: the encrypted and the unencrypted form of the same data
    /// (0x1805's barcode codes), or a PIN block with or without account data (0x0205). The
    /// table with more [required rows](Table::required_rows) comes first, so that data that
    /// fits both a table and a narrower one is read as the table that names all of it; ties keep
    /// the code's order. A code listed twice counts once: its first row that names a payload
    /// table. The generated decoders, `mms decode` and the Wireshark dissector all follow this
    /// order, each taking the first table the data fits.
    pub fn payloads_for(&self, code: [u8; 4]) -> Vec<&Table> {
        self.detail_tables
            .iter()
            .flat_map(|t| &t.codes)
            .filter(|detail| detail.bytes() == Some(code))
            .map(|detail| self.tables_of(detail))
            .find(|tables| !tables.is_empty())
            .unwrap_or_default()
    }

    /// [`Notification::payloads_for`] of every detail code that names a payload table, by code:
    /// for those that generate or index every code at once.
    pub fn payloads_by_code(&self) -> std::collections::BTreeMap<[u8; 4], Vec<&Table>> {
        // A code listed twice gives the same tables both times, so which one the map keeps
        // does not matter.
        self.detail_tables
            .iter()
            .flat_map(|t| &t.codes)
            .filter_map(DetailCode::bytes)
            .map(|code| (code, self.payloads_for(code)))
            .filter(|(_, tables)| !tables.is_empty())
            .collect()
    }

    /// The payload tables one detail code row names, in the order they are tried.
    fn tables_of(&self, detail: &DetailCode) -> Vec<&Table> {
        let mut tables: Vec<&Table> = Vec::new();
        for r in &detail.table_refs {
            if let Some(t) = self.payloads.iter().find(|p| p.table == *r) {
                if !tables.iter().any(|known| known.table == t.table) {
                    tables.push(t);
                }
            }
        }
        tables.sort_by_key(|t| std::cmp::Reverse(t.required_rows()));
        tables
    }

    /// The first of [`Notification::payloads_for`]: the table data under `code` is read as
    /// when nothing tells its alternatives apart.
    pub fn payload_for(&self, code: [u8; 4]) -> Option<&Table> {
        self.payloads_for(code).into_iter().next()
    }
}

/// Whether a property can be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// Group 1 (settings): Get Property and Set Property.
    ReadWrite,
    /// Group 2 (information): Get Property only.
    ReadOnly,
}

/// A configuration property (section "Configuration").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Property {
    /// OID in dotted form; components are hex (`"1.1.1.1.1.A"`).
    pub oid: Oid,
    /// OID bytes as the manual writes them (`"010207010101"`).
    pub oid_hex: String,
    /// Name row.
    pub name: String,
    /// Stable snake_case identifier derived from the name.
    pub ident: String,
    /// The manual's table number (absent for a heading-only section).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    /// Settings (read/write) or information (read-only).
    pub access: Access,
    /// Securing key row (`"None"` ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub securing_key: Option<String>,
    /// Minimum length in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_len: Option<u32>,
    /// Maximum length in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_len: Option<u32>,
    /// Data type row (`"Binary"`, `"String"` ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// Enumerated valid values.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub values: Vec<EnumValue>,
    /// Bit fields of a bit-mapped value.
    #[serde(
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub bits: Vec<BitField>,
    /// Short valid-values label when it is not an enumeration (`"Bit Mapped"`, `"1-255"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid: Option<String>,
    /// Default row, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Internal-only marker.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Product limitations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Reference lists of the section (tables that are not TLV layouts).
    #[serde(
        rename = "reference_table",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub reference_tables: Vec<ReferenceTable>,
    /// Get/Set examples.
    #[serde(
        rename = "example",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub examples: Vec<Example>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

/// Contents of a `spec/properties/<group>.toml` file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PropertiesFile {
    /// The properties.
    #[serde(rename = "property", default, deserialize_with = "located")]
    pub properties: Vec<Property>,
}

/// One row of the file type table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileType {
    /// The four bytes (type, version, subtype, instance), hex (`"00000100"`).
    pub id: String,
    /// Short label.
    pub label: String,
    /// Secured column for Get (`"No"`, `"Yes"`, `"N/A"`).
    pub get: String,
    /// Secured column for Set.
    pub set: String,
    /// Product limitations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// Definition site.
    #[serde(skip)]
    pub source: Location,
}

impl FileType {
    /// The four bytes, if valid hex.
    pub fn bytes(&self) -> Option<[u8; 4]> {
        crate::values::parse_hex(&self.id).ok()?.try_into().ok()
    }
}

/// Contents of `spec/file_types.toml`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileTypesFile {
    /// The manual's table number.
    pub table: u32,
    /// The rows.
    #[serde(rename = "file_type", default, deserialize_with = "located")]
    pub file_types: Vec<FileType>,
}

/// A group of examples that are not attached to a command, notification, property or envelope.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExamplesFile {
    /// The examples, each with the section heading it appears under.
    #[serde(rename = "section", default)]
    pub sections: Vec<ExampleSection>,
}

/// Examples found under one heading of the manual.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExampleSection {
    /// The heading (a name, not prose).
    pub heading: String,
    /// The examples.
    #[serde(rename = "example", default, deserialize_with = "located")]
    pub examples: Vec<Example>,
}
