//! A property's default value as bytes, read from the Default row the spec
//! keeps verbatim (manual section 8, the property tables).
//!
//! The manual writes defaults in several ways; [`default_value`] reads them
//! all, and the simulator and the command-line tool both use it, so a
//! simulated device starts with the same values whichever way it is made.
//!
//! ```
//! let spec = mms_spec::Spec::builtin();
//! let property = spec.property_by_oid("1.2.7.1.1.3").unwrap();
//! assert_eq!(property.default.as_deref(), Some("0x03"));
//! assert_eq!(mms_spec::defaults::default_value(property), Some(vec![0x03]));
//! ```

use crate::model::Property;
use crate::values::parse_hex;

/// The leading `0x` numbers of a default text (`"0x00"`, `"0x0003"`,
/// `"0x00, 0x00, 0x00, 0x00 (all disabled)"`), each as many bytes as it has
/// hex digit pairs (an odd count reads as if it had a leading zero). `None`
/// when the text starts with no such number (`"None"`, `""`, prose) or one
/// of them is not hex.
pub fn parse_prefixed_numbers(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    for token in text.split([',', ' ']).filter(|t| !t.is_empty()) {
        let Some(digits) = token
            .strip_prefix("0x")
            .or_else(|| token.strip_prefix("0X"))
        else {
            break;
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let padded = format!("{}{digits}", if digits.len() % 2 == 1 { "0" } else { "" });
        bytes.extend(parse_hex(&padded).ok()?);
    }
    (!bytes.is_empty()).then_some(bytes)
}

/// A property's default value read from its Default text, tried in turn:
///
/// 1. `0x` numbers ([`parse_prefixed_numbers`]: `"0x00 0xA0 = 160"` is `00 A0`);
/// 2. a lone group of decimal digits for a fixed-width property is a number
///    in that width (`"8883"` for a 2-byte port is `22 B3`);
/// 3. bare hex groups (`"50 5A 57"`, `"00000000 00000000"`), up to the first
///    word that is not one;
/// 4. quoted text (`“00000000”`, `‘0’`) as ASCII;
/// 5. for IPv4 data types, a dotted quad (`"192.168.0.1"`) as 4 bytes;
/// 6. for text data types, a default that is one word (`"test.mosquitto.org"`)
///    as ASCII.
///
/// `None` when none applies (`"None"`, prose, no default). The caller checks
/// the length against the property's minimum and maximum.
pub fn default_value(property: &Property) -> Option<Vec<u8>> {
    let text = property.default.as_deref()?.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("none") {
        return None;
    }
    if let Some(bytes) = parse_prefixed_numbers(text) {
        return Some(bytes);
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let fixed_width = match (property.min_len, property.max_len) {
        (Some(min), Some(max)) if min == max => Some(min as usize),
        _ => None,
    };
    if let ([token], Some(width)) = (tokens.as_slice(), fixed_width) {
        if token.bytes().all(|b| b.is_ascii_digit()) {
            let number: u64 = token.parse().ok()?;
            let bytes = number.to_be_bytes();
            return (width <= 8 && bytes[..8 - width].iter().all(|b| *b == 0))
                .then(|| bytes[8 - width..].to_vec());
        }
    }
    let hex: Vec<&str> = tokens
        .iter()
        .copied()
        .take_while(|t| t.len() % 2 == 0 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect();
    if !hex.is_empty() {
        return parse_hex(&hex.concat()).ok();
    }
    for (open, close) in [('“', '”'), ('‘', '’'), ('\'', '\''), ('"', '"')] {
        if let Some(rest) = text.strip_prefix(open) {
            if let Some(end) = rest.find(close) {
                return Some(rest.as_bytes()[..end].to_vec());
            }
        }
    }
    let data_type = property.data_type.as_deref().unwrap_or("");
    if data_type.contains("IP4") {
        let quad: Option<Vec<u8>> = text.split('.').map(|n| n.parse().ok()).collect();
        return quad.filter(|q| q.len() == 4);
    }
    // A text type's default may be a bare word.
    if crate::data_type::names_text(Some(data_type)) && tokens.len() == 1 {
        return Some(text.as_bytes().to_vec());
    }
    None
}

impl Property {
    /// This property's default value as bytes: see [`default_value`].
    pub fn default_value(&self) -> Option<Vec<u8>> {
        default_value(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Spec;

    #[test]
    fn prefixed_numbers_read_like_the_manual_writes_them() {
        assert_eq!(parse_prefixed_numbers("0x00"), Some(vec![0]));
        assert_eq!(parse_prefixed_numbers("0x0003"), Some(vec![0, 3]));
        assert_eq!(
            parse_prefixed_numbers(
                "0x00, 0x00, 0x00, 0x00 (all User Event notifications disabled)"
            ),
            Some(vec![0; 4])
        );
        assert_eq!(parse_prefixed_numbers("None"), None);
        assert_eq!(parse_prefixed_numbers(""), None);
        assert_eq!(parse_prefixed_numbers("0x1"), Some(vec![1]));
        assert_eq!(parse_prefixed_numbers("0x123"), Some(vec![0x01, 0x23]));
        assert_eq!(parse_prefixed_numbers("0xZZ"), None);
    }

    fn property(default: &str, data_type: &str, len: Option<(u32, u32)>) -> Property {
        let spec = Spec::builtin();
        let mut property = spec.properties[0].clone();
        property.default = Some(default.to_owned());
        property.data_type = Some(data_type.to_owned());
        property.min_len = len.map(|l| l.0);
        property.max_len = len.map(|l| l.1);
        property
    }

    #[test]
    fn every_form_of_default_text() {
        let value = |default, data_type, len| default_value(&property(default, data_type, len));
        assert_eq!(
            value("0x00 0xA0 = 160", "Binary", None),
            Some(vec![0, 0xA0])
        );
        assert_eq!(
            value("8883", "Binary", Some((2, 2))),
            Some(vec![0x22, 0xB3])
        );
        assert_eq!(value("70000", "Binary", Some((2, 2))), None);
        assert_eq!(
            value("50 5A 57 and more", "Binary", None),
            Some(vec![0x50, 0x5A, 0x57])
        );
        assert_eq!(value("“0000”", "String", None), Some(b"0000".to_vec()));
        assert_eq!(
            value("192.168.0.1", "IP4 address", None),
            Some(vec![192, 168, 0, 1])
        );
        assert_eq!(
            value("test.mosquitto.org", "String", None),
            Some(b"test.mosquitto.org".to_vec())
        );
        assert_eq!(value("two words", "String", None), None);
        assert_eq!(value("None", "Binary", None), None);
        assert_eq!(value("see text", "Binary", None), None);
        assert_eq!(
            value("abc", "ASCII String with no spaces", None),
            Some(b"abc".to_vec())
        );
    }

    #[test]
    fn the_spec_defaults_that_read_as_bytes() {
        let spec = Spec::builtin();
        let read = spec
            .properties
            .iter()
            .filter(|p| p.default_value().is_some())
            .count();
        // Most properties have a default the reader understands.
        assert!(
            read * 2 > spec.properties.len(),
            "{read} of {}",
            spec.properties.len()
        );
        let tags = spec.property_by_oid("1.1.1.1.1.4").unwrap();
        let value = tags.default_value().unwrap();
        assert_eq!(value[..4], [0x57, 0x5A, 0x82, 0x8A]);
    }
}
