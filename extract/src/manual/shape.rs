//! Table shapes: which kind of table a header announces.

use crate::markdown::RawTable;

/// The recognised table shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `Tag | Len | Value / Description | Typ | Req | Default`.
    Tlv,
    /// `Example (Hex)`.
    Example,
    /// `Property Description | ...` two-column property table.
    Property,
    /// `Source | Grp | Sub | Cde | Meaning`.
    Status,
    /// Four code columns and `Meaning`.
    DetailCodes,
    /// `Description | Secured | File Type | ...`.
    FileTypes,
    /// Anything else.
    Other,
}

/// Classifies a table by its header.
pub fn shape(t: &RawTable) -> Shape {
    let h: Vec<String> = t
        .header
        .iter()
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let first = h.first().map(String::as_str).unwrap_or("");
    if first == "example (hex)" {
        Shape::Example
    } else if first.ends_with("property description") {
        Shape::Property
    } else if first == "tag" && h.iter().any(|c| c == "len") {
        Shape::Tlv
    } else if h.len() == 5 && first == "source" && h[1] == "grp" && h[4] == "meaning" {
        Shape::Status
    } else if h.len() == 5 && h[4] == "meaning" {
        Shape::DetailCodes
    } else if first == "description"
        && h.iter().any(|c| c == "secured")
        && h.iter().any(|c| c == "file type")
    {
        Shape::FileTypes
    } else {
        Shape::Other
    }
}
