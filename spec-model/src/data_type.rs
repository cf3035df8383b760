//! The data type of a field or property value: one notion for the generator, the CLI and
//! the simulator, read from the spec's `type` column (fields: `B`, `T`, `AN` ...) or a
//! property's data type text (`Binary`, `String` ...), instead of guessing from labels.

use core::fmt;

/// What a value holds, as the manual's data type says.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum DataType {
    /// `B`, "Binary": bytes.
    Binary,
    /// `T`: a TLV or a sequence of TLVs.
    Tlv,
    /// `TC`: a constructed TLV.
    TlvConstructed,
    /// `AN`, "Alphanumeric", "String", "ASCII", "Character", or words with "ASCII" or
    /// "String" in them ("ASCII String with no spaces"): text.
    Alphanumeric,
    /// `ANS`: text with special characters.
    AlphanumericSpecial,
    /// `A`: letters.
    Alphabetic,
    /// `N`: digits, one per byte as the manual writes them (ASCII or BCD by field).
    Numeric,
    /// `CN`: compressed numeric (BCD, padded with `F`).
    CompressedNumeric,
    /// Anything else, kept as the spec writes it.
    Other(String),
}

impl DataType {
    /// Reads a field's `type` column or a property's data type text (case and surrounding
    /// space do not matter).
    pub fn parse(text: &str) -> DataType {
        let trimmed = text.trim();
        match trimmed.to_ascii_uppercase().as_str() {
            "B" | "BINARY" => DataType::Binary,
            "T" | "TLV" => DataType::Tlv,
            "TC" => DataType::TlvConstructed,
            "AN" | "ALPHANUMERIC" | "STRING" | "ASCII" | "TEXT" | "CHARACTER" => {
                DataType::Alphanumeric
            }
            "ANS" => DataType::AlphanumericSpecial,
            "A" | "ALPHABETIC" => DataType::Alphabetic,
            "N" | "NUMERIC" => DataType::Numeric,
            "CN" => DataType::CompressedNumeric,
            // Property data types in words: "ASCII String with no spaces", "ASCII String".
            upper if upper.contains("ASCII") || upper.contains("STRING") => DataType::Alphanumeric,
            _ => DataType::Other(trimmed.to_string()),
        }
    }

    /// Whether the value is text (printable as a string).
    pub fn is_text(&self) -> bool {
        matches!(
            self,
            DataType::Alphanumeric | DataType::AlphanumericSpecial | DataType::Alphabetic
        )
    }

    /// Whether the value is itself TLV-encoded.
    pub fn is_tlv(&self) -> bool {
        matches!(self, DataType::Tlv | DataType::TlvConstructed)
    }
}

impl fmt::Display for DataType {
    /// The type in words: `binary`, `TLV`, `alphanumeric` ...
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DataType::Binary => "binary",
            DataType::Tlv => "TLV",
            DataType::TlvConstructed => "constructed TLV",
            DataType::Alphanumeric => "alphanumeric",
            DataType::AlphanumericSpecial => "alphanumeric and special",
            DataType::Alphabetic => "alphabetic",
            DataType::Numeric => "numeric",
            DataType::CompressedNumeric => "compressed numeric",
            DataType::Other(text) => text,
        })
    }
}

/// Whether a data type text (a field's `type` column or a property's data type) names text:
/// [`DataType::parse`] then [`DataType::is_text`], the one reading the dissector, the
/// Wireshark generator, property defaults and the simulator share.
pub fn names_text(data_type: Option<&str>) -> bool {
    data_type.is_some_and(|t| DataType::parse(t).is_text())
}

/// The Rust type a spec forces on a field (`rust_type = "u16"`), instead of the one the
/// generator would choose from its length, values and label.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum RustType {
    /// One byte as a number.
    #[serde(rename = "u8")]
    U8,
    /// Two bytes, a big-endian number.
    #[serde(rename = "u16")]
    U16,
    /// Four bytes, a big-endian number.
    #[serde(rename = "u32")]
    U32,
    /// Eight bytes, a big-endian number.
    #[serde(rename = "u64")]
    U64,
    /// Text (UTF-8; the manual's text is ASCII).
    #[serde(rename = "String")]
    String,
    /// Bytes of any length.
    #[serde(rename = "bytes")]
    Bytes,
    /// A primitive value that holds a TLV sequence (EMV data objects, such as Start
    /// Transaction's Transaction TLV `86`): `mms_message::TlvList`, kept item by item.
    #[serde(rename = "tlv")]
    Tlv,
}

impl RustType {
    /// The width in bytes of a number type (`None` for text and bytes).
    pub fn width(self) -> Option<u32> {
        match self {
            RustType::U8 => Some(1),
            RustType::U16 => Some(2),
            RustType::U32 => Some(4),
            RustType::U64 => Some(8),
            RustType::String | RustType::Bytes | RustType::Tlv => None,
        }
    }
}

impl crate::Field {
    /// The data type column, read as a [`DataType`].
    pub fn value_type(&self) -> Option<DataType> {
        self.data_type.as_deref().map(DataType::parse)
    }
}

impl crate::Property {
    /// The property's data type, read as a [`DataType`].
    pub fn value_type(&self) -> Option<DataType> {
        self.data_type.as_deref().map(DataType::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_property_texts_parse() {
        assert_eq!(DataType::parse("B"), DataType::Binary);
        assert_eq!(DataType::parse(" an "), DataType::Alphanumeric);
        assert_eq!(DataType::parse("String"), DataType::Alphanumeric);
        assert!(DataType::parse("ANS").is_text());
        assert!(!DataType::parse("CN").is_text());
        assert!(DataType::parse("TC").is_tlv());
        assert_eq!(
            DataType::parse("IP4 address"),
            DataType::Other("IP4 address".into())
        );
        assert_eq!(DataType::parse("AN").to_string(), "alphanumeric");
        // Every way the spec writes a text type is one reading.
        for text in [
            "AN",
            "A",
            "ANS",
            "Alphanumeric",
            "ASCII",
            "ASCII String with no spaces",
            "Character",
        ] {
            assert!(names_text(Some(text)), "{text}");
        }
        for other in [
            "B",
            "Binary",
            "Signed Character",
            "Signed Binary",
            "IP4 Format/quad decimal (x.x.x.x)",
        ] {
            assert!(!names_text(Some(other)), "{other}");
        }
        assert!(!names_text(None));
    }
}
