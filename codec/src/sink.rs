//! Byte sinks the encoders write into: a growing `Vec`, a caller's buffer,
//! a counter and a comparator.

use crate::error::EncodeError;

/// A byte sink. Implemented for `Vec<u8>` and [`SliceWriter`].
pub trait Writer {
    /// Appends bytes.
    fn write(&mut self, bytes: &[u8]);

    /// Appends the first `len` bytes of `header` (a TLV header: tag and length field,
    /// at most 9 bytes). A writer may copy all nine and keep `len`: a fixed-size copy
    /// is cheaper than a call for a few bytes.
    #[inline]
    fn write_header(&mut self, header: &[u8; 9], len: usize) {
        self.write(header.get(..len).unwrap_or(header));
    }
}

impl Writer for alloc::vec::Vec<u8> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // One byte (a `u8` value, a flag) is the most common write: no copy call for it.
        if let [byte] = bytes {
            self.push(*byte);
        } else {
            self.extend_from_slice(bytes);
        }
    }

    #[inline]
    fn write_header(&mut self, header: &[u8; 9], len: usize) {
        let len = len.min(header.len());
        if self.capacity() - self.len() >= header.len() {
            let end = self.len() + len;
            self.extend_from_slice(header);
            self.truncate(end);
        } else {
            // Near the end of a buffer sized by `contents_len`: no growth for the spare bytes.
            self.extend_from_slice(&header[..len]);
        }
    }
}

/// Writes into a caller's buffer whose size was checked against `encoded_len` first.
///
/// Writing past the end never panics: the excess is dropped, the position keeps
/// counting, and [`SliceWriter::finish`] reports the overflow.
pub struct SliceWriter<'a> {
    buf: &'a mut [u8],
    pos: usize,
}

impl<'a> SliceWriter<'a> {
    /// A writer that fills `buf` from the start.
    pub fn new(buf: &'a mut [u8]) -> SliceWriter<'a> {
        SliceWriter { buf, pos: 0 }
    }

    /// Bytes written so far (including any that did not fit).
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Bytes written, or [`EncodeError::BufferTooSmall`] if some did not fit.
    pub fn finish(self) -> Result<usize, EncodeError> {
        if self.pos > self.buf.len() {
            Err(EncodeError::BufferTooSmall {
                needed: self.pos,
                available: self.buf.len(),
            })
        } else {
            Ok(self.pos)
        }
    }
}

impl Writer for SliceWriter<'_> {
    fn write(&mut self, bytes: &[u8]) {
        if let Some(dest) = self
            .pos
            .checked_add(bytes.len())
            .and_then(|end| self.buf.get_mut(self.pos..end))
        {
            dest.copy_from_slice(bytes);
        } else if let Some(rest) = self.buf.get_mut(self.pos..) {
            let fit = rest.len();
            rest.copy_from_slice(&bytes[..fit]);
        }
        self.pos = self.pos.saturating_add(bytes.len());
    }
}

/// Counts bytes without storing them: checks `encoded_len` implementations.
#[derive(Clone, Copy, Debug, Default)]
pub struct CountingWriter {
    /// Bytes written so far.
    pub count: usize,
}

impl Writer for CountingWriter {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.count = self.count.saturating_add(bytes.len());
    }
}

/// Compares what is written with expected bytes, without storing it: tells
/// whether an encoding would reproduce a given input (no allocation).
#[derive(Clone, Copy, Debug)]
pub struct CompareWriter<'a> {
    expected: &'a [u8],
    pos: usize,
    equal: bool,
}

impl<'a> CompareWriter<'a> {
    /// A writer that expects exactly `expected`.
    pub fn new(expected: &'a [u8]) -> CompareWriter<'a> {
        CompareWriter {
            expected,
            pos: 0,
            equal: true,
        }
    }

    /// Whether everything written so far equals all of the expected bytes.
    pub fn matches(&self) -> bool {
        self.equal && self.pos == self.expected.len()
    }
}

impl Writer for CompareWriter<'_> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        if self.equal {
            let end = self.pos.saturating_add(bytes.len());
            self.equal = match self.expected.get(self.pos..end) {
                // Headers and small values: compared in place rather than by a call.
                Some(expected) if bytes.len() <= 16 => {
                    expected.iter().zip(bytes).all(|(a, b)| a == b)
                }
                expected => expected == Some(bytes),
            };
            self.pos = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_writer_matches_only_the_same_bytes() {
        let mut w = CompareWriter::new(&[1, 2, 3]);
        w.write(&[1, 2]);
        assert!(!w.matches());
        w.write(&[3]);
        assert!(w.matches());
        w.write(&[]);
        assert!(w.matches());
        w.write(&[4]);
        assert!(!w.matches());
        let mut w = CompareWriter::new(&[1, 2, 3]);
        w.write(&[1, 9, 3]);
        assert!(!w.matches());
    }

    #[test]
    fn headers_are_written_exactly_with_or_without_spare_capacity() {
        let header = [0x9F, 0x02, 0x82, 0x01, 0x00, 0xEE, 0xEE, 0xEE, 0xEE];
        // Spare capacity: nine bytes copied, five kept.
        let mut out = alloc::vec::Vec::with_capacity(64);
        out.write_header(&header, 5);
        out.write(&[7]);
        assert_eq!(out, [0x9F, 0x02, 0x82, 0x01, 0x00, 7]);
        // Exactly the capacity a length computation asked for: no growth.
        let mut out = alloc::vec::Vec::with_capacity(2);
        let capacity = out.capacity();
        out.write_header(&[0x81, 0x01, 0, 0, 0, 0, 0, 0, 0], 2);
        assert_eq!(out, [0x81, 0x01]);
        assert_eq!(out.capacity(), capacity);
        // Other writers take the first `len` bytes through `write`.
        let mut cmp = CompareWriter::new(&[0x9F, 0x02, 0x82]);
        cmp.write_header(&header, 3);
        assert!(cmp.matches());
        let mut count = CountingWriter::default();
        count.write_header(&header, 20);
        assert_eq!(count.count, 9);
    }

    #[test]
    fn slice_writer_reports_overflow_without_panicking() {
        let mut buf = [0u8; 3];
        let mut w = SliceWriter::new(&mut buf);
        w.write(&[1, 2]);
        assert_eq!(w.position(), 2);
        w.write(&[3, 4]);
        assert_eq!(w.position(), 4);
        assert_eq!(
            w.finish(),
            Err(EncodeError::BufferTooSmall {
                needed: 4,
                available: 3
            })
        );
        assert_eq!(buf, [1, 2, 3]);
        let mut w = SliceWriter::new(&mut buf);
        w.write(&[9, 9, 9]);
        assert_eq!(w.finish(), Ok(3));
    }
}
