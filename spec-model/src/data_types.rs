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
use crate::source::{impl_located, located};

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

impl_located!(DataTypeSection, Layout);
