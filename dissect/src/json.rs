//! Writing JSON straight into a byte buffer, as `serde_json` would serialise
//! the same tree (compact, keys in the order written, its string escaping):
//! the dissector writes its output this way instead of building a `Value`.

/// An object being written: `{`, then `"key":value` pairs with commas between them. A copy
/// is the state to go back to when what was written after it is cut.
#[derive(Clone, Copy)]
pub(crate) struct Obj {
    first: bool,
}

impl Obj {
    /// Writes `{`.
    pub(crate) fn open(out: &mut Vec<u8>) -> Obj {
        out.push(b'{');
        Obj { first: true }
    }

    /// Writes the separator and `"key":` for a key that needs no escaping (the dissector's own).
    pub(crate) fn key<'o>(&mut self, out: &'o mut Vec<u8>, key: &str) -> &'o mut Vec<u8> {
        self.comma(out);
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
        out
    }

    /// Writes the separator and a key that may need escaping (a spec name), with `#n` after it
    /// when `n > 1` (the second and later repeats of a name).
    pub(crate) fn key_text<'o>(
        &mut self,
        out: &'o mut Vec<u8>,
        key: &str,
        n: u32,
    ) -> &'o mut Vec<u8> {
        self.comma(out);
        string(out, key);
        if n > 1 {
            out.pop();
            out.push(b'#');
            uint(out, u64::from(n));
            out.push(b'"');
        }
        out.push(b':');
        out
    }

    fn comma(&mut self, out: &mut Vec<u8>) {
        if !self.first {
            out.push(b',');
        }
        self.first = false;
    }

    /// Writes `}`.
    pub(crate) fn close(self, out: &mut Vec<u8>) {
        out.push(b'}');
    }
}

/// A JSON string, escaped as `serde_json` escapes it.
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    // Most strings (names, labels) need no escape: copied whole. `serde_json` escapes
    // exactly the control characters, `"` and `\`.
    // (A fold without an early exit: the compiler checks many bytes per instruction.)
    let escapes = s.bytes().fold(false, |any, b| {
        any | (b < 0x20) | (b == b'"') | (b == b'\\')
    });
    if !escapes {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
        return;
    }
    // Writing into a `Vec` cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
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
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    out.reserve(bytes.len() * 2 + 2);
    out.push(b'"');
    for &b in bytes {
        out.extend_from_slice(&[DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 0x0F)]]);
    }
    out.push(b'"');
}

/// A two-byte ID as `"0x1234"`.
pub(crate) fn id(out: &mut Vec<u8>, id: u16) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let digit = |shift: u16| DIGITS[usize::from((id >> shift) & 0x0F)];
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
pub(crate) fn uint(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// `true` or `false`.
pub(crate) fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

/// [`crate::values::text_of`] as a JSON string, written without building the text first:
/// printable ASCII kept (`"` and `\` escaped for JSON), trailing NULs dropped, other bytes as
/// `\xNN` (whose backslash JSON escapes in turn).
pub(crate) fn text(out: &mut Vec<u8>, value: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
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
                DIGITS[usize::from(other >> 4)],
                DIGITS[usize::from(other & 0x0F)],
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
        uint(o.key_text(&mut out, "a\"b", 1), 1);
        uint(o.key_text(&mut out, "a\"b", 2), 2);
        o.close(&mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r##"{"a\"b":1,"a\"b#2":2}"##
        );
    }
}
