//! How single values are shown: hex, text, enumerated names.

/// Uppercase hex without separators (the JSON form).
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02X}");
    }
    s
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

/// Whether an enumerated value (`"04"` or a range `"01..FE"`) covers `value`.
pub fn enum_matches(spec_value: &str, value: &[u8]) -> bool {
    if let Some((lo, hi)) = spec_value.split_once("..") {
        let (Ok(lo), Ok(hi)) = (mms_spec::parse_hex(lo), mms_spec::parse_hex(hi)) else {
            return false;
        };
        return lo.len() == value.len()
            && hi.len() == value.len()
            && lo.as_slice() <= value
            && value <= hi.as_slice();
    }
    mms_spec::parse_hex(spec_value).is_ok_and(|b| b == value)
}

/// How an enumerated value reads for `value`: its name, or for a range of numbers with a
/// unit (`01..FF` "1 to 255 seconds") the number itself (`60 seconds`); a range named
/// otherwise (`02..FE` "Reserved") keeps its name.
pub fn enum_text(spec_value: &str, name: &str, value: &[u8]) -> String {
    let unit = spec_value
        .contains("..")
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
    fn ranges_of_numbers_read_as_numbers() {
        assert_eq!(
            enum_text("01..FF", "1 to 255 seconds", &[0x3C]),
            "60 seconds"
        );
        assert_eq!(enum_text("02..FE", "Reserved", &[0x10]), "Reserved");
        assert_eq!(enum_text("00", "No timeout", &[0]), "No timeout");
    }

    #[test]
    fn ranges_match_by_value() {
        assert!(enum_matches("01..FE", &[0x10]));
        assert!(!enum_matches("01..FE", &[0xFF]));
        assert!(enum_matches("04", &[0x04]));
    }

    #[test]
    fn text_drops_trailing_nuls_and_escapes_round_trip() {
        assert_eq!(text_of(b"DynaFlex Pro\0"), "DynaFlex Pro");
        assert_eq!(text_of(&[0x41, 0x01]), "A\\x01");
        assert_eq!(unescape_text("A\\x01B"), vec![0x41, 0x01, 0x42]);
    }
}
