//! Small value types written as strings in the TOML files (tags, IDs, OIDs, lengths, hex).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Error from [`parse_hex`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HexError {
    /// A character that is neither a hex digit nor a separator, at this character index.
    BadChar {
        /// Character index in the input.
        index: usize,
        /// The character.
        found: char,
    },
    /// An odd number of hex digits.
    OddDigits(usize),
}

impl fmt::Display for HexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HexError::BadChar { index, found } => {
                write!(f, "character {found:?} at index {index} is not a hex digit")
            }
            HexError::OddDigits(n) => write!(f, "odd number of hex digits ({n})"),
        }
    }
}

impl std::error::Error for HexError {}

/// Parses hex bytes, ignoring spaces (and an optional `0x` prefix).
pub fn parse_hex(text: &str) -> Result<Vec<u8>, HexError> {
    let text = text.trim();
    let text = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    // One pass, bytes assembled as the digits come: one allocation (the dissector
    // reads every value of a decoded tree back through this).
    let mut out = Vec::with_capacity(text.len() / 2);
    let (mut high, mut digits) = (None, 0);
    for (index, c) in text.chars().enumerate() {
        match c.to_digit(16) {
            Some(d) => {
                digits += 1;
                match high.take() {
                    Some(h) => out.push((h << 4) | d as u8),
                    None => high = Some(d as u8),
                }
            }
            None if c.is_whitespace() => {}
            None => return Err(HexError::BadChar { index, found: c }),
        }
    }
    if digits % 2 != 0 {
        return Err(HexError::OddDigits(digits));
    }
    Ok(out)
}

/// Formats bytes as uppercase hex separated by single spaces.
pub fn format_hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{b:02X}"));
    }
    s
}

/// A BER-TLV tag of 1 to 4 bytes, written in hex (`"81"`, `"9F02"`, `"DFDF25"`, `"DFDFDF37"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Tag {
    bytes: [u8; 4],
    len: u8,
}

impl Tag {
    /// Builds a tag from its encoded bytes (1 to 4), checking the BER multi-byte rules.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tag, String> {
        if bytes.is_empty() || bytes.len() > 4 {
            return Err(format!("a tag has 1 to 4 bytes, not {}", bytes.len()));
        }
        let multi = bytes[0] & 0x1F == 0x1F;
        if !multi && bytes.len() > 1 {
            return Err(format!(
                "first byte {:02X} has low bits < 0x1F, so the tag is one byte long",
                bytes[0]
            ));
        }
        if multi && bytes.len() == 1 {
            return Err(format!(
                "first byte {:02X} announces a multi-byte tag",
                bytes[0]
            ));
        }
        for (i, b) in bytes.iter().enumerate().skip(1) {
            let last = i == bytes.len() - 1;
            if last == (b & 0x80 != 0) {
                return Err(format!(
                    "byte {b:02X} at position {i}: continuation bit must be set on all but the last tag byte"
                ));
            }
        }
        let mut out = [0u8; 4];
        out[..bytes.len()].copy_from_slice(bytes);
        Ok(Tag {
            bytes: out,
            len: bytes.len() as u8,
        })
    }

    /// The encoded bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len as usize]
    }

    /// True for a constructed tag (bit 6 of the first byte), whose value is a sequence of TLVs.
    pub fn is_constructed(&self) -> bool {
        self.bytes[0] & 0x20 != 0
    }

    /// The tag as a big-endian number (`0x9F02`).
    pub fn value(&self) -> u32 {
        self.as_bytes()
            .iter()
            .fold(0u32, |acc, b| (acc << 8) | u32::from(*b))
    }
}

impl FromStr for Tag {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() % 2 != 0 || s.is_empty() || !s.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(format!(
                "tag {s:?} must be 2, 4, 6 or 8 hex digits (e.g. \"81\", \"9F02\", \"DFDF25\")"
            ));
        }
        let bytes = parse_hex(s).map_err(|e| format!("tag {s:?}: {e}"))?;
        Tag::from_bytes(&bytes).map_err(|e| format!("tag {s:?}: {e}"))
    }
}

impl TryFrom<String> for Tag {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Tag> for String {
    fn from(t: Tag) -> String {
        t.to_string()
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.as_bytes() {
            write!(f, "{b:02X}")?;
        }
        Ok(())
    }
}

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident, $what:literal) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(pub u16);

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let digits = s.strip_prefix("0x").unwrap_or(s);
                if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
                    return Err(format!(concat!($what, " {:?} must be 4 hex digits (e.g. \"D812\")"), s));
                }
                u16::from_str_radix(digits, 16).map($name).map_err(|e| e.to_string())
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                s.parse()
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.to_string()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:04X}", self.0)
            }
        }
    };
}

id_type!(
    /// A command ID: group byte and command byte (`"D812"`).
    CommandId,
    "command ID"
);
id_type!(
    /// A notification ID: source byte and type byte (`"0101"`).
    NotificationId,
    "notification ID"
);

/// A property OID in the manual's dotted form; each component is a hex number (`"1.1.1.1.1.A"`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Oid {
    text: String,
    components: Vec<u32>,
}

impl Oid {
    /// The components (`[1, 2, 7, 1, 1, 1]`).
    pub fn components(&self) -> &[u32] {
        &self.components
    }
    /// The dotted text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Property group: 1 = settings, 2 = information.
    pub fn group(&self) -> u32 {
        self.components[0]
    }
}

impl FromStr for Oid {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let components = s
            .split('.')
            .map(|c| {
                if c.is_empty() || c.len() > 4 {
                    return Err(format!(
                        "OID {s:?}: component {c:?} must be 1 to 4 hex digits"
                    ));
                }
                u32::from_str_radix(c, 16)
                    .map_err(|_| format!("OID {s:?}: component {c:?} is not hex"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if components.len() < 2 {
            return Err(format!("OID {s:?} needs at least two components"));
        }
        Ok(Oid {
            text: s.to_string(),
            components,
        })
    }
}

impl TryFrom<String> for Oid {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Oid> for String {
    fn from(o: Oid) -> String {
        o.text
    }
}

impl fmt::Display for Oid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// The length of a field's value (TLV) or byte count (raw).
///
/// In TOML: an integer (`len = 4`), `"var"`, or an inline table for the rarer forms:
/// `{ max = 64 }` (variable up to), `{ min = 4, max = 99 }`, `{ one_of = [2, 3] }`, `{ text = "N*4" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Length {
    /// Exactly this many bytes.
    Fixed(u32),
    /// `"var"`: computed from the contents.
    Var(VarLength),
    /// A bounded or listed length.
    Bounded(BoundedLength),
}

/// The string `"var"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VarLength {
    /// Variable length.
    Var,
}

/// A length that is not a single number.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundedLength {
    /// Minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    /// Maximum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// Allowed lengths.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<u32>,
    /// The manual's text when it is neither (kept verbatim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Length {
    /// The fixed length, if any.
    pub fn fixed(&self) -> Option<u32> {
        match self {
            Length::Fixed(n) => Some(*n),
            _ => None,
        }
    }
    /// The largest length allowed, if bounded.
    pub fn max(&self) -> Option<u32> {
        match self {
            Length::Fixed(n) => Some(*n),
            Length::Var(_) => None,
            Length::Bounded(b) => b.max.or_else(|| b.one_of.iter().copied().max()),
        }
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Length::Fixed(n) => write!(f, "{n}"),
            Length::Var(_) => f.write_str("var"),
            Length::Bounded(b) => {
                if let Some(t) = &b.text {
                    return f.write_str(t);
                }
                if !b.one_of.is_empty() {
                    let parts: Vec<String> = b.one_of.iter().map(|n| n.to_string()).collect();
                    return f.write_str(&parts.join("|"));
                }
                match (b.min, b.max) {
                    (Some(lo), Some(hi)) => write!(f, "{lo}..{hi}"),
                    (None, Some(hi)) => write!(f, "var..{hi}"),
                    (Some(lo), None) => write!(f, "{lo}.."),
                    (None, None) => f.write_str("?"),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_parse_and_check_ber_rules() {
        assert_eq!("9F02".parse::<Tag>().unwrap().value(), 0x9F02);
        assert!(!"DFDF25".parse::<Tag>().unwrap().is_constructed());
        assert!("A2".parse::<Tag>().unwrap().is_constructed());
        assert!("8102".parse::<Tag>().is_err());
        assert!("9F".parse::<Tag>().is_err());
        assert!("9F82".parse::<Tag>().is_err());
        assert!("8".parse::<Tag>().is_err());
    }

    #[test]
    fn hex_parses_with_spaces_and_reports_bad_input() {
        assert_eq!(parse_hex("AA 00 81").unwrap(), vec![0xAA, 0, 0x81]);
        assert_eq!(parse_hex("AA0"), Err(HexError::OddDigits(3)));
        assert!(matches!(
            parse_hex("AZ"),
            Err(HexError::BadChar { index: 1, .. })
        ));
        assert_eq!(format_hex(&[0xAA, 0x01]), "AA 01");
    }

    #[test]
    fn oids_have_hex_components() {
        let oid: Oid = "1.1.1.1.1.10".parse().unwrap();
        assert_eq!(oid.components(), &[1, 1, 1, 1, 1, 0x10]);
        assert!("1..2".parse::<Oid>().is_err());
    }
}
