//! How single values are shown: hex, text, enumerated names, the names of set bits.

/// The uppercase hex digits, by value: a table lookup per nibble, not the formatting
/// machinery per byte (a 640 KiB data file is shown as hex).
pub(crate) const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// Both hex digits of each byte: one lookup a byte where a value is written whole.
pub(crate) static HEX_PAIRS: [[u8; 2]; 256] = {
    let mut table = [[0u8; 2]; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = [HEX_DIGITS[i >> 4], HEX_DIGITS[i & 0x0F]];
        i += 1;
    }
    table
};

/// Uppercase hex without separators (the JSON form).
pub fn hex(bytes: &[u8]) -> String {
    let s: Vec<u8> = bytes
        .iter()
        .flat_map(|&b| HEX_PAIRS[usize::from(b)])
        .collect();
    // Only ASCII digits were written.
    String::from_utf8(s).unwrap_or_default()
}

/// The names of the bits set in a bit-mapped value (unnamed set bits in hex), as the generated
/// bit-set types display them; `None` when there is no bit table or it does not fit the value.
pub fn set_bit_names(value: &[u8], bits: &[mms_spec::BitField]) -> Option<Vec<String>> {
    // A table of one byte's bits without byte numbers names one-byte values only: which byte of
    // a longer value it describes is not said.
    let table_width = mms_spec::bits::bits_width(bits) as usize;
    if bits.is_empty()
        || (value.len() > 1 && table_width == 1 && bits.iter().all(|b| b.byte.is_none()))
    {
        return None;
    }
    // A value shorter than a table whose bits all name their byte is the table's first bytes
    // (D-PAS's Kernel Configuration: byte 1 alone, or bytes 1 and 2), as the generated bit sets
    // read it.
    let width = if table_width > value.len() && bits.iter().all(|b| b.byte.is_some()) {
        table_width
    } else {
        value.len()
    };
    let masks = mms_spec::bits::bit_masks(bits, u32::try_from(width).ok()?)?;
    let raw = value
        .iter()
        .chain(std::iter::repeat_n(&0, width - value.len()))
        .fold(0u128, |acc, b| (acc << 8) | u128::from(*b));
    let named = masks
        .iter()
        .filter(|m| !m.reserved)
        .map(|m| (m.mask, m.name));
    Some(mms_protocol::bits::set_names(raw, width * 2, named))
}

/// How a node's `bits` (see [`set_bit_names`]) read after its value: `(bits: A, B)`, or
/// `(no bits set)`.
pub fn bits_note(bits: Option<&serde_json::Value>) -> Option<String> {
    let names: Vec<&str> = bits?
        .as_array()?
        .iter()
        .filter_map(serde_json::Value::as_str)
        .collect();
    Some(if names.is_empty() {
        "(no bits set)".to_string()
    } else {
        format!("(bits: {})", names.join(", "))
    })
}

/// Text of an alphanumeric value: ASCII kept, trailing NULs dropped, other bytes escaped (`\xNN`).
pub fn text_of(value: &[u8]) -> String {
    let trimmed = match value.iter().rposition(|b| *b != 0) {
        Some(last) => &value[..=last],
        None => &value[..0],
    };
    let mut s = String::with_capacity(trimmed.len());
    for b in trimmed {
        match *b {
            0x20..=0x7E => s.push(*b as char),
            other => s.push_str(&format!("\\x{other:02X}")),
        }
    }
    s
}

/// Text with `\xNN` escapes (as [`text_of`] writes them) turned back into bytes.
pub fn unescape_text(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'x') {
            if let Some(b) = text
                .get(i + 2..i + 4)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 4;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// Binary values that are plainly text (file names, versions): at least 4
/// printable ASCII bytes, optionally NUL-padded.
pub fn looks_like_text(value: &[u8]) -> bool {
    let end = value.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    end >= 4 && value[..end].iter().all(|b| (0x20..=0x7E).contains(b))
}

/// Whether a field's data type names text (the spec model's one reading).
pub use mms_spec::data_type::names_text as is_text_type;

/// True for string-valued properties.
pub fn is_text_property(p: &mms_spec::Property) -> bool {
    let t = p.data_type.as_deref().unwrap_or("").as_bytes();
    let has = |word: &str| {
        t.windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    !has("binary")
        && !has("signed")
        && (has("ascii") || has("string") || has("alphanumeric") || has("character"))
}

/// The two ends of a range of enumerated values (`"01..FE"`), or `None` for one value.
/// (Runs for every enumerated value of every field decoded: a byte search, not `str`'s
/// substring search, whose set-up costs more than these short texts.)
pub fn enum_range(spec_value: &str) -> Option<(&str, &str)> {
    let at = spec_value.as_bytes().windows(2).position(|w| w == b"..")?;
    Some((&spec_value[..at], &spec_value[at + 2..]))
}

/// Whether an enumerated value (`"04"` or a range `"01..FE"`) covers `value`.
pub fn enum_matches(spec_value: &str, value: &[u8]) -> bool {
    // Most values are plain hex digits (`"04"`): compared digit pair by byte, without the
    // general reading below (ranges, spaces, `0x`), which reads such a text the same way.
    let text = spec_value.as_bytes();
    if text.iter().all(u8::is_ascii_hexdigit) {
        let digit = |c: u8| char::from(c).to_digit(16).unwrap_or(0) as u8;
        return text.len() == 2 * value.len()
            && text
                .chunks_exact(2)
                .zip(value)
                .all(|(pair, &b)| (digit(pair[0]) << 4) | digit(pair[1]) == b);
    }
    enum_matches_read(spec_value, value)
}

/// [`enum_matches`] in general: a range, or a value with spaces or `0x`.
fn enum_matches_read(spec_value: &str, value: &[u8]) -> bool {
    use std::cmp::Ordering::{Equal, Greater, Less};
    if let Some((lo, hi)) = enum_range(spec_value) {
        return matches!(cmp_hex(lo, value), Some(Less | Equal))
            && matches!(cmp_hex(hi, value), Some(Greater | Equal));
    }
    cmp_hex(spec_value, value) == Some(Equal)
}

/// How the bytes that `text` writes in hex (read as [`mms_spec::parse_hex`]
/// reads it) compare with `value`; `None` when `text` is not hex or not of
/// `value`'s length. Without allocating: this runs for every enumerated value
/// of every field decoded.
fn cmp_hex(text: &str, value: &[u8]) -> Option<std::cmp::Ordering> {
    let text = text.trim();
    let text = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    let mut digits = text.chars().filter(|c| !c.is_whitespace());
    let mut order = std::cmp::Ordering::Equal;
    let mut n = 0;
    while let Some(high) = digits.next() {
        let low = digits.next()?;
        let byte = ((high.to_digit(16)? << 4) | low.to_digit(16)?) as u8;
        order = order.then(byte.cmp(value.get(n)?));
        n += 1;
    }
    (n == value.len()).then_some(order)
}

/// How an enumerated value reads for `value`: its name, or for a range of numbers with a
/// unit (`01..FF` "1 to 255 seconds") the number itself (`60 seconds`); a range named
/// otherwise (`02..FE` "Reserved") keeps its name.
pub fn enum_text(spec_value: &str, name: &str, value: &[u8]) -> String {
    let unit = enum_range(spec_value)
        .is_some()
        .then(|| {
            let mut words = name.split_whitespace();
            let (lo, to, hi) = (words.next()?, words.next()?, words.next()?);
            let numbers = lo.parse::<u64>().is_ok() && hi.parse::<u64>().is_ok();
            let unit: Vec<&str> = words.collect();
            (numbers && to == "to" && !unit.is_empty()).then(|| unit.join(" "))
        })
        .flatten();
    match unit {
        Some(unit) if value.len() <= 8 => {
            let n = value.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b));
            format!("{n} {unit}")
        }
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_is_uppercase_two_digits_a_byte() {
        assert_eq!(hex(&[0x00, 0x0A, 0xF0, 0xFF, 0x9B]), "000AF0FF9B");
        assert_eq!(hex(&[]), "");
    }

    #[test]
    fn set_bits_are_named_and_one_byte_tables_name_one_byte_values() {
        let bit = |byte, bit, name: &str| mms_spec::BitField {
            byte,
            bit,
            last_bit: None,
            name: name.into(),
            source: Default::default(),
        };
        // EMV's Bit 7 and Bit 6, recorded from 0.
        let table = [
            bit(None, 6, "MSR"),
            bit(None, 5, "ICC"),
            bit(None, 0, "RFU"),
        ];
        assert_eq!(set_bit_names(&[0x60], &table).unwrap(), ["MSR", "ICC"]);
        assert_eq!(
            set_bit_names(&[0x00], &table).unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(set_bit_names(&[0x60, 0x00], &table), None);
        let two = [bit(Some(1), 7, "First"), bit(Some(2), 0, "Last")];
        assert_eq!(
            set_bit_names(&[0x80, 0x03], &two).unwrap(),
            ["First", "Last", "0x0002"]
        );
        // A shorter value is the table's first byte (D-PAS's 1- or 2-byte Kernel Configuration).
        assert_eq!(set_bit_names(&[0x81], &two).unwrap(), ["First", "0x0100"]);
        assert_eq!(
            bits_note(Some(&serde_json::json!(["A", "B"]))).unwrap(),
            "(bits: A, B)"
        );
        assert_eq!(
            bits_note(Some(&serde_json::json!([]))).unwrap(),
            "(no bits set)"
        );
        assert_eq!(bits_note(None), None);
    }

    #[test]
    fn ranges_of_numbers_read_as_numbers() {
        assert_eq!(
            enum_text("01..FF", "1 to 255 seconds", &[0x3C]),
            "60 seconds"
        );
        assert_eq!(enum_text("02..FE", "Reserved", &[0x10]), "Reserved");
        assert_eq!(enum_text("00", "No timeout", &[0]), "No timeout");
    }

    #[test]
    fn ranges_are_split_at_the_first_two_dots() {
        assert_eq!(enum_range("01..FE"), Some(("01", "FE")));
        assert_eq!(enum_range("0x0001 .. 0x00FF"), Some(("0x0001 ", " 0x00FF")));
        assert_eq!(enum_range("04"), None);
        assert_eq!(enum_range("1.5"), None);
        assert_eq!(enum_range(".."), Some(("", "")));
        assert_eq!(enum_range("é..ü"), Some(("é", "ü")));
    }

    /// The plain-hex shortcut of `enum_matches` agrees with the general reading for every
    /// enumerated value of the spec, on values of every length near the value's own.
    #[test]
    fn plain_hex_values_match_as_the_general_reading_does() {
        let spec = mms_spec::Spec::builtin();
        let mut texts: Vec<&str> = spec
            .properties
            .iter()
            .flat_map(|p| &p.values)
            .map(|v| v.value.as_str())
            .collect();
        fn rows<'s>(fields: &'s [mms_spec::Field], texts: &mut Vec<&'s str>) {
            for f in fields {
                texts.extend(f.values.iter().map(|v| v.value.as_str()));
                rows(&f.fields, texts);
            }
        }
        let tables = spec
            .commands
            .iter()
            .flat_map(|c| c.request.iter().chain(&c.response));
        for table in tables.chain(spec.notifications.iter().flat_map(|n| &n.payloads)) {
            rows(&table.fields, &mut texts);
        }
        texts.extend(["", "0", "0G", "04", "0x04", " 04", "0A0b", "01..FE"]);
        let mut compared = 0;
        for text in &texts {
            let own = mms_spec::parse_hex(text).unwrap_or_default();
            let mut values: Vec<Vec<u8>> = (0..=255u8).map(|b| vec![b]).collect();
            values.extend([vec![], own.clone(), [own.as_slice(), &[0]].concat()]);
            if let Some((last, rest)) = own.split_last() {
                values.push([rest, &[last.wrapping_add(1)]].concat());
            }
            for value in &values {
                assert_eq!(
                    enum_matches(text, value),
                    enum_matches_read(text, value),
                    "{text:?} {value:02X?}"
                );
                compared += 1;
            }
        }
        assert!(
            texts.len() > 300 && compared > 90_000,
            "{} texts",
            texts.len()
        );
    }

    #[test]
    fn ranges_match_by_value() {
        assert!(enum_matches("01..FE", &[0x10]));
        assert!(!enum_matches("01..FE", &[0xFF]));
        assert!(enum_matches("04", &[0x04]));
        assert!(enum_matches("01..FE", &[0x01]) && enum_matches("01..FE", &[0xFE]));
        assert!(enum_matches("0x0102", &[1, 2]) && enum_matches(" 01 02 ", &[1, 2]));
        assert!(!enum_matches("0102", &[1]) && !enum_matches("01", &[1, 2]));
        assert!(!enum_matches("0", &[0]) && !enum_matches("0G", &[0]));
        assert!(enum_matches("", &[]));
        assert!(!enum_matches("0100..01FF", &[0x02, 0x00]));
        assert!(enum_matches("0100..01FF", &[0x01, 0x80]));
    }

    #[test]
    fn text_drops_trailing_nuls_and_escapes_round_trip() {
        assert_eq!(text_of(b"DynaFlex Pro\0"), "DynaFlex Pro");
        assert_eq!(text_of(&[0x41, 0x01]), "A\\x01");
        assert_eq!(unescape_text("A\\x01B"), vec![0x41, 0x01, 0x42]);
    }
}
