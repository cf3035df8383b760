//! Reading hex input: message arguments or stdin lines, optionally as HID
//! reports or SLIP frames that are reassembled into messages first.

use std::io::{BufRead, Read};

use anyhow::{bail, Result};
use mms_runtime::hid_framing::{HidEvent, Reassembler, DEFAULT_MAX_MESSAGE_LEN};
use mms_runtime::slip::{SlipDecoder, SlipEvent};

/// Parses hex with optional spaces, commas, colons and `0x` prefixes
/// (`AA 00 81`, `0xAA,0x00`, `AA0081`).
pub fn parse_hex(text: &str) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 2);
    parse_hex_into(text, &mut out)?;
    Ok(out)
}

/// [`parse_hex`] into `out` (cleared first), so that one buffer serves every input line.
pub fn parse_hex_into(text: &str, out: &mut Vec<u8>) -> Result<()> {
    out.clear();
    // The usual form first: it refuses any byte that is not ASCII, so needs no check before.
    if parse_spaced_pairs(text.as_bytes(), out)
        || (text.is_ascii() && parse_ascii_hex(text.as_bytes(), out))
    {
        return Ok(());
    }
    // Not plain ASCII hex: the same reading character by character, which says where and why
    // it fails (or reads separators that are not ASCII).
    out.clear();
    parse_hex_chars(text, out)
}

/// [`parse_hex_into`] a character at a time, bytes assembled as the digits come.
fn parse_hex_chars(text: &str, out: &mut Vec<u8>) -> Result<()> {
    let mut high: Option<u8> = None;
    let mut digits = 0usize;
    let mut prev: Option<char> = None;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, c)) = chars.next() {
        let starts_token = prev.is_none_or(|p| matches!(p, ' ' | '\t' | ',' | ':'));
        if c == '0' && starts_token && matches!(chars.peek(), Some((_, 'x' | 'X'))) {
            prev = chars.next().map(|(_, x)| x);
            continue;
        }
        prev = Some(c);
        match c.to_digit(16) {
            Some(d) => {
                digits += 1;
                let d = d as u8;
                match high.take() {
                    Some(h) => out.push((h << 4) | d),
                    None => high = Some(d),
                }
            }
            None if c.is_whitespace() || c == ',' || c == ':' => {}
            None => bail!(
                "character {c:?} at column {} is not a hex digit (expected hex like \"AA 00 81 04 ...\")",
                i + 1
            ),
        }
    }
    if digits % 2 != 0 {
        bail!("odd number of hex digits ({digits}): a byte needs two digits");
    }
    Ok(())
}

/// Hex digit values by byte, 16 for bytes that are not hex digits.
const HEX_DIGIT: [u8; 256] = {
    let mut table = [16u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        table[i] = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ => 16,
        };
        i += 1;
    }
    table
};

/// Two hex digit characters (the first in the low byte, as a little-endian load reads them) to
/// the byte they write, or 256 when either is not a hex digit: a byte of `AA 00 81` text is
/// read by one lookup.
static HEX_PAIR: [u16; 1 << 16] = {
    let mut table = [256u16; 1 << 16];
    let mut i = 0;
    while i < 1 << 16 {
        let (high, low) = (HEX_DIGIT[i & 0xFF], HEX_DIGIT[i >> 8]);
        if high < 16 && low < 16 {
            table[i] = ((high as u16) << 4) | low as u16;
        }
        i += 1;
    }
    table
};

/// The form `mms` prints and the manual writes, `AA 00 81 ...` (pairs of digits, single
/// spaces, trailing whitespace), three characters at a time by table. False, with `out`
/// cleared, for anything else: then [`parse_ascii_hex`] decides.
fn parse_spaced_pairs(text: &[u8], out: &mut Vec<u8>) -> bool {
    let text = text.trim_ascii_end();
    // `AA 00 81`: whole chunks of three, then the last pair.
    let (body, last) = text.split_at(text.len().saturating_sub(2) / 3 * 3);
    let [high, low] = *last else {
        out.clear();
        return text.is_empty();
    };
    let pair = |a: u8, b: u8| HEX_PAIR[usize::from(u16::from_le_bytes([a, b]))];
    // The bytes are written in place and the faults gathered in one flag, without a check
    // per byte.
    let end = pair(high, low);
    let mut fault = end;
    let (start, n) = (out.len(), body.len() / 3);
    out.resize(start + n + 1, end as u8);
    for (byte, chunk) in out[start..start + n].iter_mut().zip(body.chunks_exact(3)) {
        let value = pair(chunk[0], chunk[1]);
        // A separator other than a space sets a bit above the byte, as a bad digit does.
        fault |= value | (u16::from(chunk[2] ^ b' ') << 8);
        *byte = value as u8;
    }
    if fault > 0xFF {
        out.clear();
        return false;
    }
    true
}

/// The common case of [`parse_hex_into`], a byte at a time: ASCII hex digits, `0x` prefixes
/// and ASCII separators. False for anything else (then the character reading decides).
fn parse_ascii_hex(text: &[u8], out: &mut Vec<u8>) -> bool {
    let mut high: Option<u8> = None;
    let mut prev: Option<u8> = None;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        let starts_token = prev.is_none_or(|p| matches!(p, b' ' | b'\t' | b',' | b':'));
        if c == b'0' && starts_token && matches!(text.get(i + 1), Some(b'x' | b'X')) {
            prev = Some(text[i + 1]);
            i += 2;
            continue;
        }
        prev = Some(c);
        i += 1;
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            // `char::is_whitespace` in ASCII: tab to carriage return, and space.
            b'\t'..=b'\r' | b' ' | b',' | b':' => continue,
            _ => return false,
        };
        match high.take() {
            Some(h) => out.push((h << 4) | d),
            None => high = Some(d),
        }
    }
    high.is_none()
}

/// Limits on what the CLI reads from stdin or a file, with safe defaults.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct Limits {
    /// Longest input line, in bytes (a 1 MiB message in spaced hex is 3 MiB).
    #[arg(long, value_name = "BYTES", default_value_t = 4 << 20)]
    pub max_line_bytes: usize,
    /// Most bytes read in total (stdin, or the file of `file send`).
    #[arg(long, value_name = "BYTES", default_value_t = 256 << 20)]
    pub max_input_bytes: u64,
    /// Most lines read.
    #[arg(long, value_name = "N", default_value_t = 10_000_000)]
    pub max_lines: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_line_bytes: 4 << 20,
            max_input_bytes: 256 << 20,
            max_lines: 10_000_000,
        }
    }
}

/// A line that could not be read.
#[derive(Debug)]
pub enum LineError {
    /// Longer than `--max-line-bytes`; skipped, reading goes on.
    TooLong {
        /// 1-based line number.
        line: u64,
        /// The limit.
        max: usize,
    },
    /// Not UTF-8 text; skipped, reading goes on.
    NotUtf8 {
        /// 1-based line number.
        line: u64,
        /// 1-based byte column of the first bad byte.
        column: usize,
    },
    /// A limit on the whole input, or a read error: reading stops.
    Fatal(String),
}

impl LineError {
    /// Whether reading stops here.
    pub fn is_fatal(&self) -> bool {
        matches!(self, LineError::Fatal(_))
    }
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LineError::TooLong { line, max } => write!(
                f,
                "line {line}: longer than {max} bytes, skipped (--max-line-bytes raises the limit)"
            ),
            LineError::NotUtf8 { line, column } => {
                write!(
                    f,
                    "line {line}: not UTF-8 text (bad byte at column {column}), skipped"
                )
            }
            LineError::Fatal(why) => f.write_str(why),
        }
    }
}

/// Lines of a reader, one at a time, within [`Limits`]: memory stays at one
/// line whatever the input (`mms decode < /dev/zero` ends with an error).
pub struct Lines<R> {
    reader: R,
    limits: Limits,
    line: u64,
    total: u64,
    done: bool,
    /// The last line when it spanned reads of the reader (or was cut at the limit).
    buf: Vec<u8>,
    /// The last line when it lay whole in the reader's buffer: its bytes there, line end
    /// included, consumed on the next call (the line is borrowed until then, not copied).
    borrowed: usize,
}

impl<R: BufRead> Lines<R> {
    /// Lines of `reader` within `limits`.
    pub fn new(reader: R, limits: Limits) -> Self {
        Self {
            reader,
            limits,
            line: 0,
            total: 0,
            done: false,
            buf: Vec::new(),
            borrowed: 0,
        }
    }

    fn count(&mut self, n: usize) -> Result<(), LineError> {
        self.total += n as u64;
        if self.total > self.limits.max_input_bytes {
            return Err(LineError::Fatal(format!(
                "input is longer than {} bytes; stopped reading (--max-input-bytes raises the limit)",
                self.limits.max_input_bytes
            )));
        }
        Ok(())
    }

    /// Skips to the end of the current line.
    fn skip_line(&mut self) -> Result<(), LineError> {
        loop {
            let chunk = self
                .reader
                .fill_buf()
                .map_err(|e| LineError::Fatal(format!("reading input: {e}")))?;
            if chunk.is_empty() {
                return Ok(());
            }
            let (used, end) = match chunk.iter().position(|b| *b == b'\n') {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            self.reader.consume(used);
            self.count(used)?;
            if end {
                return Ok(());
            }
        }
    }

    /// The next line, borrowed (its text without the line end); after a fatal error, `None`.
    /// Reads like the iterator, without a `String` per line.
    pub fn next_text(&mut self) -> Option<Result<(u64, &str), LineError>> {
        if self.done {
            return None;
        }
        let item = self.next_line();
        self.done = matches!(item, None | Some(Err(LineError::Fatal(_))));
        let (line, borrowed) = match item? {
            Ok(found) => found,
            Err(e) => return Some(Err(e)),
        };
        let bytes = match borrowed {
            // Still in the reader's buffer: `fill_buf` gives it back without reading.
            Some(len) => self
                .reader
                .fill_buf()
                .ok()
                .and_then(|chunk| chunk.get(..len))
                .unwrap_or_default(),
            None => &self.buf[..],
        };
        Some(match std::str::from_utf8(bytes) {
            Ok(text) => Ok((line, text)),
            Err(e) => Err(LineError::NotUtf8 {
                line,
                column: e.valid_up_to() + 1,
            }),
        })
    }

    /// Reads the next line; its number, and its length (without its line end) when it lies
    /// in the reader's buffer, else it is in `buf`.
    fn next_line(&mut self) -> Option<Result<(u64, Option<usize>), LineError>> {
        self.reader.consume(std::mem::take(&mut self.borrowed));
        self.buf.clear();
        let cap = self.limits.max_line_bytes as u64 + 1;
        // The usual case, a whole line already read: borrowed where it lies (its line end's
        // position, and whether a carriage return comes before it).
        let whole = match self.reader.fill_buf() {
            Ok(chunk) => {
                let within = &chunk[..chunk.len().min(usize::try_from(cap).unwrap_or(usize::MAX))];
                memchr::memchr(b'\n', within).map(|end| (end, end > 0 && within[end - 1] == b'\r'))
            }
            // `read_until` below reads again.
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => None,
            Err(e) => return Some(Err(LineError::Fatal(format!("reading input: {e}")))),
        };
        let mut borrowed = None;
        let n = if let Some((end, cr)) = whole {
            self.borrowed = end + 1;
            borrowed = Some(end - usize::from(cr));
            end + 1
        } else {
            match (&mut self.reader)
                .take(cap)
                .read_until(b'\n', &mut self.buf)
            {
                Ok(0) => return None,
                Ok(n) => n,
                Err(e) => return Some(Err(LineError::Fatal(format!("reading input: {e}")))),
            }
        };
        self.line += 1;
        if self.line > self.limits.max_lines {
            return Some(Err(LineError::Fatal(format!(
                "more than {} lines; stopped reading (--max-lines raises the limit)",
                self.limits.max_lines
            ))));
        }
        if let Err(e) = self.count(n) {
            return Some(Err(e));
        }
        let line = self.line;
        if borrowed.is_some() {
            return Some(Ok((line, borrowed)));
        }
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
        } else if n as u64 == cap {
            if let Err(e) = self.skip_line() {
                return Some(Err(e));
            }
            let max = self.limits.max_line_bytes;
            return Some(Err(LineError::TooLong { line, max }));
        }
        if self.buf.last() == Some(&b'\r') {
            self.buf.pop();
        }
        Some(Ok((line, None)))
    }
}

impl<R: Read> Lines<std::io::BufReader<R>> {
    /// Whether every line read so far is consumed, so the next one needs a read that may
    /// wait for more input: the moment to flush buffered output.
    pub fn input_drained(&self) -> bool {
        self.reader.buffer().len() == self.borrowed
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<(u64, String), LineError>;

    /// The next line (number and text without its line end); after a fatal error, `None`.
    fn next(&mut self) -> Option<Self::Item> {
        self.next_text()
            .map(|item| item.map(|(n, text)| (n, text.to_string())))
    }
}

/// Reads a whole file within `limits.max_input_bytes`, without reading more.
pub fn read_file(path: &std::path::Path, limits: &Limits) -> Result<Vec<u8>> {
    use anyhow::Context;
    let file = std::fs::File::open(path)
        .with_context(|| format!("cannot read {} (check the path)", path.display()))?;
    let mut data = Vec::new();
    file.take(limits.max_input_bytes.saturating_add(1))
        .read_to_end(&mut data)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if data.len() as u64 > limits.max_input_bytes {
        bail!(
            "{} is longer than {} bytes (--max-input-bytes raises the limit)",
            path.display(),
            limits.max_input_bytes
        );
    }
    Ok(data)
}

/// One input to decode: where it came from, and its bytes or why there are none.
pub struct Input<'a> {
    /// `argument 2`, `line 5` ...
    pub origin: &'a dyn std::fmt::Display,
    /// The message bytes, or a one-line reason.
    pub bytes: Result<&'a [u8], String>,
}

/// How the text inputs are framed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Framing {
    /// Each input is one whole message.
    Plain,
    /// Each input is one 64-byte HID report; messages span reports.
    Hid,
    /// Each input holds SLIP bytes (one or more frames, or part of one).
    Slip,
}

/// Turns text inputs, one at a time, into messages: the state of HID
/// reassembly or SLIP decoding carries over from one input to the next.
pub struct Unframer {
    framing: Framing,
    hid: Reassembler,
    slip: SlipDecoder,
    /// The origin of the last input (HID and SLIP: for a message left unfinished).
    last: String,
    /// The bytes of the current input, reused from one to the next.
    bytes: Vec<u8>,
}

impl Unframer {
    /// An unframer for `framing`.
    pub fn new(framing: Framing) -> Self {
        Self {
            framing,
            hid: Reassembler::new(DEFAULT_MAX_MESSAGE_LEN),
            slip: SlipDecoder::new(mms_runtime::slip::DEFAULT_MAX_MESSAGE_LEN),
            last: String::new(),
            bytes: Vec::new(),
        }
    }

    /// One text input (hex); `emit` gets each message (or failure) it completes.
    pub fn push(
        &mut self,
        origin: &dyn std::fmt::Display,
        text: &str,
        mut emit: impl FnMut(Input<'_>),
    ) {
        if self.framing != Framing::Plain {
            use std::fmt::Write;
            self.last.clear();
            let _ = write!(self.last, "{origin}");
        }
        if let Err(e) = parse_hex_into(text, &mut self.bytes) {
            return emit(Input {
                origin,
                bytes: Err(format!("{origin}: {e}")),
            });
        }
        let bytes = &self.bytes;
        match self.framing {
            Framing::Plain => emit(Input {
                origin,
                bytes: Ok(bytes),
            }),
            Framing::Hid => self.hid.push_borrowed(bytes, |event| {
                let bytes = match event {
                    HidEvent::Message(m) => Ok(m),
                    HidEvent::Cancelled { reason, discarded } => Err(format!(
                        "{origin}: the sender cancelled the message (reason {reason:#06x}, {discarded} bytes dropped)"
                    )),
                    HidEvent::Error(e) => Err(format!("{origin}: HID report: {e}")),
                };
                emit(Input { origin, bytes })
            }),
            Framing::Slip => self.slip.push_borrowed(bytes, |event| {
                let bytes = match event {
                    SlipEvent::Message { message, .. } => Ok(message),
                    SlipEvent::CapabilityExceeded { max_len } => Err(format!(
                        "{origin}: SLIP capability-exceeded reply (the device takes at most {max_len} bytes)"
                    )),
                    SlipEvent::Discarded { bytes, reason, .. } => {
                        Err(format!("{origin}: SLIP: {bytes} bytes discarded: {reason}"))
                    }
                };
                emit(Input { origin, bytes })
            }),
        }
    }

    /// The end of input: reports a message left unfinished.
    pub fn finish(self, mut emit: impl FnMut(Input<'_>)) {
        let last = self.last;
        let why = match self.framing {
            Framing::Plain => None,
            Framing::Hid => self.hid.progress().map(|(have, total)| {
                format!("{last}: input ends inside a multi-report message ({have} of {total} bytes)")
            }),
            Framing::Slip => match (self.slip.progress(), self.slip.unterminated_len()) {
                (Some((have, total)), _) => Some(format!(
                    "{last}: input ends inside a SLIP frame ({have} of {total} message bytes, no closing C0)"
                )),
                (None, 0) => None,
                (None, raw) => Some(format!(
                    "{last}: input ends inside a SLIP frame ({raw} bytes after the last C0 delimiter, no closing C0)"
                )),
            },
        };
        if let Some(why) = why {
            emit(Input {
                origin: &last,
                bytes: Err(why),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_forms() {
        assert_eq!(parse_hex("AA 00 81").unwrap(), [0xAA, 0, 0x81]);
        assert_eq!(parse_hex("0xAA,0x00").unwrap(), [0xAA, 0]);
        assert_eq!(parse_hex("0xAA0081").unwrap(), [0xAA, 0, 0x81]);
        assert!(parse_hex("AZ")
            .unwrap_err()
            .to_string()
            .contains("column 2"));
        assert!(parse_hex("AAA").is_err());
        // The byte-at-a-time reading and the character reading agree, on every string of up
        // to 5 characters from digits, prefixes, separators, non-hex letters and a letter that
        // is not ASCII (which the table reading of spaced pairs, tried first, must refuse).
        let alphabet = ['0', 'a', 'F', 'x', 'X', 'g', ' ', ',', ':', '\u{0B}', 'é'];
        for n in 0..=5u32 {
            for mut code in 0..alphabet.len().pow(n) {
                let text: String = (0..n)
                    .map(|_| {
                        let c = alphabet[code % alphabet.len()];
                        code /= alphabet.len();
                        c
                    })
                    .collect();
                let (mut by_bytes, mut by_chars) = (Vec::new(), Vec::new());
                let bytes_ok = parse_ascii_hex(text.as_bytes(), &mut by_bytes);
                let chars_ok = parse_hex_chars(&text, &mut by_chars).is_ok();
                assert_eq!(bytes_ok, chars_ok, "{text:?}");
                if bytes_ok {
                    assert_eq!(by_bytes, by_chars, "{text:?}");
                }
                // The table reading of spaced pairs agrees wherever it accepts, and leaves
                // nothing behind where it does not.
                let mut by_pairs = Vec::new();
                if parse_spaced_pairs(text.as_bytes(), &mut by_pairs) {
                    assert!(bytes_ok, "{text:?}");
                    assert_eq!(by_pairs, by_bytes, "{text:?}");
                } else {
                    assert!(by_pairs.is_empty(), "{text:?}");
                }
            }
        }
        assert_eq!(parse_hex("AA\u{2003}BB").unwrap(), [0xAA, 0xBB]);
        assert_eq!(parse_hex("0x0A 0XbB").unwrap(), [0x0A, 0xBB]);
        assert!(parse_hex("a0x0B").is_err());
        // Spaced pairs, with and without trailing whitespace, and where they stop applying.
        let mut out = Vec::new();
        assert!(parse_spaced_pairs(b"AA 00 81 0f\r", &mut out));
        assert_eq!(out, [0xAA, 0x00, 0x81, 0x0F]);
        for other in [
            &b" AA"[..],
            b"AA  00",
            b"AA00",
            b"0xAA",
            b"AA,00",
            b"A",
            b"AA 0",
        ] {
            assert!(!parse_spaced_pairs(other, &mut out), "{other:?}");
            assert!(out.is_empty());
        }
        assert_eq!(parse_hex("AA  00\t81").unwrap(), [0xAA, 0, 0x81]);
    }

    fn lines(input: &[u8], limits: Limits) -> Vec<String> {
        lines_of(input, limits)
    }

    /// Issue 11, defect 5: a non-UTF-8 line is reported with its number and the next lines still read.
    #[test]
    fn bad_lines_are_reported_and_skipped() {
        let got = lines(b"AA\r\n\xFF\xFE\nBB\n", Limits::default());
        assert_eq!(got[0], "1:AA");
        assert!(
            got[1].starts_with("line 2: not UTF-8 text (bad byte at column 1)"),
            "{got:?}"
        );
        assert_eq!(got[2], "3:BB");
        let short = Limits {
            max_line_bytes: 4,
            ..Limits::default()
        };
        let got = lines(b"0123456789\nAB", short);
        assert!(got[0].starts_with("line 1: longer than 4 bytes"), "{got:?}");
        assert_eq!(got[1], "2:AB");
    }

    /// Issue 11, defect 4: endless input without a line end ends with an error, in bounded memory.
    #[test]
    fn endless_input_stops_at_the_limits() {
        let limits = Limits {
            max_line_bytes: 16,
            max_input_bytes: 1000,
            max_lines: 3,
        };
        let zeros = std::io::repeat(0).take(1 << 30);
        let got = lines_of(std::io::BufReader::new(zeros), limits);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("input is longer than 1000 bytes"),
            "{got:?}"
        );
        let got = lines(b"a\nb\nc\nd\ne\n", limits);
        assert_eq!(got.len(), 4);
        assert!(got[3].contains("more than 3 lines"));
    }

    /// Lines lying whole in the reader's buffer are borrowed there, the others copied: both
    /// read the same, whatever the reads' sizes.
    #[test]
    fn lines_read_the_same_across_buffer_boundaries() {
        let input: &[u8] = b"AA 00\r\n\nBB 01 02\n0123456789ABCDEF\n\xFF\nCC\r\nDD";
        let limits = Limits {
            max_line_bytes: 12,
            ..Limits::default()
        };
        let expected = [
            "1:AA 00",
            "2:",
            "3:BB 01 02",
            "line 4: longer than 12 bytes, skipped (--max-line-bytes raises the limit)",
            "line 5: not UTF-8 text (bad byte at column 1), skipped",
            "6:CC",
            "7:DD",
        ];
        assert_eq!(lines(input, limits), expected);
        for capacity in 1..=input.len() + 1 {
            let reader = std::io::BufReader::with_capacity(capacity, input);
            assert_eq!(lines_of(reader, limits), expected, "capacity {capacity}");
        }
    }

    fn lines_of(input: impl BufRead, limits: Limits) -> Vec<String> {
        Lines::new(input, limits)
            .map(|l| l.map_or_else(|e| e.to_string(), |(n, t)| format!("{n}:{t}")))
            .collect()
    }

    #[test]
    fn hid_reports_reassemble() {
        let message: Vec<u8> = (0..100).collect();
        let reports: Vec<(String, String)> = mms_runtime::hid_framing::packetize(&message)
            .unwrap()
            .enumerate()
            .map(|(i, r)| (format!("line {i}"), mms_dissect::values::hex(&r)))
            .collect();
        let mut inputs = Vec::new();
        let mut unframer = Unframer::new(Framing::Hid);
        let owned = |i: Input<'_>| (i.origin.to_string(), i.bytes.map(<[u8]>::to_vec));
        for (origin, text) in &reports {
            unframer.push(origin, text, |i| inputs.push(owned(i)));
        }
        unframer.finish(|i| inputs.push(owned(i)));
        assert_eq!(inputs.len(), 1);
        assert_eq!(inputs[0].1.as_ref().unwrap(), &message);
    }
}
