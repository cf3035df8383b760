//! Writing JSON straight into a byte buffer, as `serde_json` would serialise
//! the same tree (compact, keys in the order written, its string escaping):
//! the dissector writes its output this way instead of building a `Value`.

use mms_codec::Tag;

use crate::values::{HEX_DIGITS, HEX_PAIRS};

/// An object being written: `{`, then `"key":value` pairs with commas between them. A copy
/// is the state to go back to when what was written after it is cut.
#[derive(Clone, Copy)]
pub(crate) struct Obj {
    first: bool,
}

impl Obj {
    /// Writes `{`.
    #[inline]
    pub(crate) fn open(out: &mut Vec<u8>) -> Obj {
        out.push(b'{');
        Obj { first: true }
    }

    /// Writes the separator and `"key":` for a key that needs no escaping (the dissector's own).
    #[inline]
    pub(crate) fn key<'o>(&mut self, out: &'o mut Vec<u8>, key: &str) -> &'o mut Vec<u8> {
        self.comma(out);
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
        out
    }

    /// Writes the separator and a key that may need escaping (a spec name; `plain` when it is
    /// known not to), with `#n` after it when `n > 1` (the second and later repeats of a name).
    pub(crate) fn key_text<'o>(
        &mut self,
        out: &'o mut Vec<u8>,
        key: &str,
        plain: bool,
        n: u32,
    ) -> &'o mut Vec<u8> {
        self.comma(out);
        string_known(out, key, plain);
        if n > 1 {
            out.pop();
            out.push(b'#');
            uint(out, u64::from(n));
            out.push(b'"');
        }
        out.push(b':');
        out
    }

    /// An object whose `{` and first keys were written already, copied whole (as a
    /// [`KeyedHead`] is).
    #[inline]
    pub(crate) fn continued() -> Obj {
        Obj { first: false }
    }

    /// Writes the separator and `key_value`, a `"key":value` written before.
    #[inline]
    pub(crate) fn written(&mut self, out: &mut Vec<u8>, key_value: &[u8]) {
        self.comma(out);
        out.extend_from_slice(key_value);
    }

    #[inline]
    fn comma(&mut self, out: &mut Vec<u8>) {
        if !self.first {
            out.push(b',');
        }
        self.first = false;
    }

    /// Writes `}`.
    #[inline]
    pub(crate) fn close(self, out: &mut Vec<u8>) {
        out.push(b'}');
    }
}

/// A JSON string, escaped as `serde_json` escapes it.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    // Most strings (names, labels) need no escape: copied whole.
    if !needs_escape(s.as_bytes()) {
        return string_known(out, s, true);
    }
    // Writing into a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// [`string`] of a text known to need no escape when `plain` (a spec row's name or label,
/// checked once): copied without looking.
#[inline]
pub(crate) fn string_known(out: &mut Vec<u8>, s: &str, plain: bool) {
    if !plain {
        return string(out, s);
    }
    out.reserve(s.len() + 2);
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
}

/// Whether `s` holds a byte `serde_json` escapes: a control character, `"` or `\`. Eight
/// bytes at a time (the "has a byte less than" and "has a zero byte" tests of Hacker's
/// Delight, exact for whether any byte matches).
pub(crate) fn needs_escape(s: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let less_than = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS != 0;
    let any_equal = |x: u64, b: u64| less_than(x ^ (ONES * b), 1);
    let mut words = s.chunks_exact(8);
    for word in &mut words {
        let x = u64::from_ne_bytes([
            word[0], word[1], word[2], word[3], word[4], word[5], word[6], word[7],
        ]);
        if less_than(x, 0x20) | any_equal(x, 0x22) | any_equal(x, 0x5C) {
            return true;
        }
    }
    words
        .remainder()
        .iter()
        .any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// A JSON array of strings.
pub(crate) fn strings(out: &mut Vec<u8>, items: &[String]) {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, item);
    }
    out.push(b']');
}

/// A JSON string of what `Display` writes (escaped).
pub(crate) fn display(out: &mut Vec<u8>, value: impl std::fmt::Display) {
    // Rare values (error texts): formatted once, then escaped.
    string(out, &value.to_string());
}

/// Uppercase hex of `bytes` as a JSON string (the digits need no escaping).
pub(crate) fn hex(out: &mut Vec<u8>, bytes: &[u8]) {
    let start = out.len();
    // The quotes and room for the digits in one step, then the digits written in place.
    out.resize(start + bytes.len() * 2 + 2, b'"');
    for (pair, &b) in out[start + 1..].chunks_exact_mut(2).zip(bytes) {
        pair.copy_from_slice(&HEX_PAIRS[usize::from(b)]);
    }
}

/// A tag in hex, as `Tag`'s `Display` writes it, without allocating.
pub(crate) fn tag_text(tag: Tag) -> ([u8; 8], usize) {
    let mut text = [0u8; 8];
    for (i, b) in tag.as_bytes().iter().enumerate() {
        text[2 * i] = HEX_DIGITS[usize::from(b >> 4)];
        text[2 * i + 1] = HEX_DIGITS[usize::from(b & 0x0F)];
    }
    (text, 2 * tag.len())
}

/// Opens a TLV's object and writes it up to its offset's value: `{"tag":"9F02",` then the
/// row's `"label":"...",` when a spec row names it (text, and whether it needs no escape),
/// then `"offset":`. The same for every TLV a row names, so the index writes it once per row.
pub(crate) fn node_head(out: &mut Vec<u8>, tag: Tag, label: Option<(&str, bool)>) -> Obj {
    let mut o = Obj::open(out);
    let (text, len) = tag_text(tag);
    let value = o.key(out, "tag");
    value.push(b'"');
    value.extend_from_slice(&text[..len]);
    value.push(b'"');
    if let Some((label, plain)) = label {
        string_known(o.key(out, "label"), label, plain);
    }
    o.key(out, "offset");
    o
}

/// `"key":"text"` (`text` escaped unless `plain`), written once for a key the walk copies
/// whole with [`Obj::written`].
pub(crate) fn key_string(key: &str, text: &str, plain: bool) -> Box<[u8]> {
    let mut out = Vec::new();
    string_known(Obj { first: true }.key(&mut out, key), text, plain);
    out.into_boxed_slice()
}

/// A `fields` object's key for a spec row and the start of its node's object, as
/// [`Obj::key_text`] and [`node_head`] write them (`"name":{"tag":"9F02","label":"...",
/// "offset":`), written once per row: the walk copies it, with `#n` put in for a repeat.
pub(crate) struct KeyedHead {
    bytes: Box<[u8]>,
    /// Where the key's closing quote is.
    quote: usize,
}

impl KeyedHead {
    /// The key `name` (and whether it needs no escape), then [`node_head`].
    pub(crate) fn new(name: &str, plain: bool, tag: Tag, label: Option<(&str, bool)>) -> Self {
        let mut bytes = Vec::new();
        Obj { first: true }.key_text(&mut bytes, name, plain, 1);
        // Before the `":` that ends the key.
        let quote = bytes.len() - 2;
        node_head(&mut bytes, tag, label);
        KeyedHead {
            bytes: bytes.into_boxed_slice(),
            quote,
        }
    }

    /// Writes the key, numbered `n` (see [`Obj::key_text`]), as a key of `o`; the node's object
    /// is open, its offset next.
    #[inline]
    pub(crate) fn write(&self, o: &mut Obj, out: &mut Vec<u8>, n: u32) -> Obj {
        if n > 1 {
            o.written(out, &self.bytes[..self.quote]);
            out.push(b'#');
            uint(out, u64::from(n));
            out.extend_from_slice(&self.bytes[self.quote..]);
        } else {
            o.written(out, &self.bytes);
        }
        Obj::continued()
    }
}

/// Dotted OID text, hex components (`1.2.7.1.1.1`), without quotes.
pub(crate) fn oid_digits(out: &mut Vec<u8>, oid: &[u32]) {
    for (i, &n) in oid.iter().enumerate() {
        if i > 0 {
            out.push(b'.');
        }
        let digits = (32 - (n | 1).leading_zeros()).div_ceil(4);
        for d in (0..digits).rev() {
            out.push(HEX_DIGITS[(n >> (4 * d)) as usize & 0xF]);
        }
    }
}

/// Opens a property value's object and writes its OID: `{"oid":"1.2.7.1.1.1"`.
pub(crate) fn property_head(out: &mut Vec<u8>, oid: &[u32]) -> Obj {
    let mut o = Obj::open(out);
    let value = o.key(out, "oid");
    value.push(b'"');
    oid_digits(value, oid);
    value.push(b'"');
    o
}

/// A two-byte ID as `"0x1234"`.
#[inline]
pub(crate) fn id(out: &mut Vec<u8>, id: u16) {
    let digit = |shift: u16| HEX_DIGITS[usize::from((id >> shift) & 0x0F)];
    out.extend_from_slice(&[
        b'"',
        b'0',
        b'x',
        digit(12),
        digit(8),
        digit(4),
        digit(0),
        b'"',
    ]);
}

/// A number.
#[inline]
pub(crate) fn uint(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `true` or `false`.
#[inline]
pub(crate) fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

/// [`crate::values::text_of`] as a JSON string, written without building the text first:
/// printable ASCII kept (`"` and `\` escaped for JSON), trailing NULs dropped, other bytes as
/// `\xNN` (whose backslash JSON escapes in turn).
pub(crate) fn text(out: &mut Vec<u8>, value: &[u8]) {
    let end = value.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    out.push(b'"');
    for &b in &value[..end] {
        match b {
            b'"' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            0x20..=0x7E => out.push(b),
            other => out.extend_from_slice(&[
                b'\\',
                b'\\',
                b'x',
                HEX_DIGITS[usize::from(other >> 4)],
                HEX_DIGITS[usize::from(other & 0x0F)],
            ]),
        }
    }
    out.push(b'"');
}

/// Parses what the writer wrote back into a `Value` (for the tree API).
pub(crate) fn to_value(bytes: &[u8]) -> serde_json::Value {
    // The writer only writes valid JSON; `Null` would show a bug, not bad input.
    serde_json::from_slice(bytes).unwrap_or_default()
}

/// Writes formatted text into the buffer as a JSON string, escaped.
pub(crate) fn format(out: &mut Vec<u8>, args: std::fmt::Arguments<'_>) {
    match args.as_str() {
        Some(s) => string(out, s),
        None => display(out, args),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_text_of_escaped_by_serde_json() {
        let value = b"A\"\\\x01\x7F ok\0\0";
        let mut out = Vec::new();
        text(&mut out, value);
        let expected = serde_json::to_vec(&crate::values::text_of(value)).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            String::from_utf8(expected).unwrap()
        );
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let alphabet = [
            "a", "\"", "\\", "\u{1}", "\n", "\u{1F}", " ", "\u{7F}", "é", "/",
        ];
        for x in alphabet {
            for y in alphabet {
                let text = format!("{x}{y}");
                let mut out = Vec::new();
                string(&mut out, &text);
                assert_eq!(out, serde_json::to_vec(&text).unwrap(), "{text:?}");
            }
        }
    }

    #[test]
    fn long_strings_are_escaped_as_serde_json_escapes_them() {
        // Each character at each place of strings long enough for the eight-byte steps,
        // among plain, high and multi-byte filler.
        let specials = [
            "\"", "\\", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "é", "\u{FFFF}", "a",
        ];
        for filler in ["a", "~", "ÿ", "\u{21}"] {
            for len in 0..24 {
                for at in 0..=len {
                    for special in specials {
                        let text =
                            format!("{}{special}{}", filler.repeat(at), filler.repeat(len - at));
                        let mut out = b"x".to_vec();
                        string(&mut out, &text);
                        assert_eq!(out[1..], serde_json::to_vec(&text).unwrap(), "{text:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn hex_is_uppercase_digit_pairs_in_quotes() {
        let bytes: Vec<u8> = (0..=255).collect();
        for len in [0, 1, 2, 17, 256] {
            let mut out = b"x".to_vec();
            hex(&mut out, &bytes[..len]);
            let digits: String = bytes[..len].iter().map(|b| format!("{b:02X}")).collect();
            assert_eq!(out, format!("x\"{digits}\"").into_bytes());
        }
    }

    #[test]
    fn ids_are_written_like_format() {
        for n in [0u16, 0x0A, 0xD812, 0xFFFF] {
            let mut out = Vec::new();
            id(&mut out, n);
            assert_eq!(String::from_utf8(out).unwrap(), format!("\"0x{n:04X}\""));
        }
    }

    #[test]
    fn repeated_keys_get_their_number_inside_the_quotes() {
        let mut out = Vec::new();
        let mut o = Obj::open(&mut out);
        uint(o.key_text(&mut out, "a\"b", false, 1), 1);
        uint(o.key_text(&mut out, "a\"b", false, 2), 2);
        o.close(&mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r##"{"a\"b":1,"a\"b#2":2}"##
        );
    }
}
