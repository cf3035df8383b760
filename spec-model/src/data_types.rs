//! The manual's Data Types chapter: one `spec/data_types/<ident>.toml` per section (EMV ARQC,
//! EMV Batch Data, NFC UID, TR-31 key block ...), each holding the section's layouts (TLV tables
//! with the extra keys of [`Field`]: `length_prefix`, `decrypts_to`, `layout`, `example`) and its
//! reference tables.
//!
//! Not to be confused with [`crate::data_type`], the `type` column of a single field.
//!
//! ```
//! let spec = mms_spec::Spec::builtin();
//! let arqc = spec.layout("emv_arqc_dynapro_format").expect("in the spec");
//! assert_eq!(arqc.table, 19);
//! // Its encrypted primitive decrypts to another layout of the same section.
//! let target = spec.decryption_target(arqc, "DFDF59").expect("an encrypted primitive");
//! assert_eq!(target.table, 20);
//! ```

use serde::{Deserialize, Serialize};

use crate::model::{Field, Internal, Location, ReferenceTable};
use crate::source::located;

/// One section of the Data Types chapter (`spec/data_types/<ident>.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DataTypeSection {
    /// Stable snake_case identifier; also the file stem.
    pub ident: String,
    /// The section heading, without product tags.
    pub heading: String,
    /// Internal-only marker of the heading.
    #[serde(default, skip_serializing_if = "Internal::is_no")]
    pub internal: Internal,
    /// Product limitations of the heading (`"EMV Contactless Only"`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limits: Vec<String>,
    /// The section's layouts (its TLV tables), in manual order.
    #[serde(
        rename = "layout",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub layouts: Vec<Layout>,
    /// The section's other tables (lists, byte layouts written as prose), kept as short cells.
    #[serde(
        rename = "reference_table",
        default,
        skip_serializing_if = "Vec::is_empty",
        deserialize_with = "located"
    )]
    pub reference_tables: Vec<ReferenceTable>,
    /// Definition site (the file).
    #[serde(skip)]
    pub source: Location,
}

/// A data type's byte layout: a TLV table of the Data Types chapter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    /// Stable snake_case identifier, unique in the spec (other fields refer to it by this name).
    pub ident: String,
    /// The manual's table number.
    pub table: u32,
    /// The manual's number when it is not a plain integer (`"4.59"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numbered: Option<String>,
    /// The table's title without the number.
    pub title: String,
    /// The rows, nested like a command's tables.
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

impl Layout {
    /// The field with this tag (hex, `"DFDF59"`) anywhere in the layout.
    pub fn find(&self, tag: &str) -> Option<&Field> {
        fn walk<'a>(fields: &'a [Field], tag: &str) -> Option<&'a Field> {
            fields.iter().find_map(|f| {
                if f.tag
                    .is_some_and(|t| t.to_string().eq_ignore_ascii_case(tag))
                {
                    Some(f)
                } else {
                    walk(&f.fields, tag)
                }
            })
        }
        walk(&self.fields, tag)
    }
}

impl crate::Spec {
    /// The layout with this ident, in any data type section.
    pub fn layout(&self, ident: &str) -> Option<&Layout> {
        self.layouts().find(|l| l.ident == ident)
    }

    /// Every layout of every data type section, in section order.
    pub fn layouts(&self) -> impl Iterator<Item = &Layout> {
        self.data_types.iter().flat_map(|s| &s.layouts)
    }

    /// The data type section with this ident.
    pub fn data_type_section(&self, ident: &str) -> Option<&DataTypeSection> {
        self.data_types.iter().find(|s| s.ident == ident)
    }

    /// The layout the encrypted primitive `tag` of `layout` decrypts to.
    pub fn decryption_target(&self, layout: &Layout, tag: &str) -> Option<&Layout> {
        self.layout(layout.find(tag)?.decrypts_to.as_deref()?)
    }
}

/// The data type checks of [`crate::Spec::validate`]: unique layout idents, references by name that
/// resolve (`decrypts_to`, `layout`, detail codes' `layout`), length prefixes that are 1 to 4 raw
/// bytes followed by the field they count, example values that are hex.
pub(crate) fn check(
    spec: &crate::Spec,
    tables: &std::collections::BTreeSet<u32>,
    errors: &mut Vec<crate::SpecError>,
) {
    use crate::validate::{check_fields, check_ident, check_reference_tables};
    use crate::SpecError;
    let mut seen: std::collections::HashMap<&str, &Location> = std::collections::HashMap::new();
    for section in &spec.data_types {
        check_ident(&section.ident, &section.source, errors);
        check_reference_tables(&section.reference_tables, errors);
        for layout in &section.layouts {
            check_ident(&layout.ident, &layout.source, errors);
            if let Some(first) = seen.insert(&layout.ident, &layout.source) {
                errors.push(SpecError::at(
                    &layout.source,
                    format!(
                        "duplicate data type layout {:?} (first at {first})",
                        layout.ident
                    ),
                ));
            }
            check_fields(&layout.fields, tables, errors);
            check_layout_fields(spec, &layout.fields, errors);
        }
    }
    let mut command_fields = Vec::new();
    for c in &spec.commands {
        for t in c.request.iter().chain(&c.response).chain(&c.tables) {
            command_fields.push(&t.fields);
        }
    }
    for n in &spec.notifications {
        for t in &n.payloads {
            command_fields.push(&t.fields);
        }
        for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
            if let Some(name) = &code.layout {
                check_name(spec, name, "layout", &code.source, errors);
            }
        }
    }
    for fields in command_fields {
        check_layout_fields(spec, fields, errors);
    }
}

fn check_name(
    spec: &crate::Spec,
    name: &str,
    key: &str,
    at: &Location,
    errors: &mut Vec<crate::SpecError>,
) {
    if spec.layout(name).is_none() {
        errors.push(crate::SpecError::at(
            at,
            format!("{key} = {name:?} names no data type layout (see spec/data_types/)"),
        ));
    }
}

fn check_layout_fields(spec: &crate::Spec, fields: &[Field], errors: &mut Vec<crate::SpecError>) {
    for (i, f) in fields.iter().enumerate() {
        if let Some(name) = &f.decrypts_to {
            check_name(spec, name, "decrypts_to", &f.source, errors);
        }
        if let Some(name) = &f.layout {
            check_name(spec, name, "layout", &f.source, errors);
        }
        if f.length_prefix {
            let width = f.len.fixed().filter(|n| (1..=4).contains(n));
            if !f.raw || width.is_none() {
                errors.push(crate::SpecError::at(
                    &f.source,
                    format!(
                        "{}: a length prefix must be raw bytes of a fixed length from 1 to 4",
                        f.name
                    ),
                ));
            }
            if i + 1 == fields.len() {
                errors.push(crate::SpecError::at(
                    &f.source,
                    format!(
                        "{}: a length prefix must be followed by the field it counts",
                        f.name
                    ),
                ));
            }
        }
        if let Some(example) = &f.example {
            if let Err(e) = crate::values::parse_hex(example) {
                errors.push(crate::SpecError::at(
                    &f.source,
                    format!("{}: example {example:?} is not hex: {e}", f.name),
                ));
            }
        }
        check_layout_fields(spec, &f.fields, errors);
    }
}
