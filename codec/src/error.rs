//! Decode and encode errors: small, typed, built only on failure.

use crate::tag::Tag;

/// What went wrong while decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Input ended inside a tag or length field.
    Truncated {
        /// Bytes the field needed.
        needed: usize,
        /// Bytes that were left.
        available: usize,
    },
    /// A length field claims more bytes than remain ("length past the end").
    ValueTruncated {
        /// Declared value length.
        declared: usize,
        /// Bytes that were left.
        available: usize,
    },
    /// A tag's continuation bytes never ended, or the tag is longer than 4 bytes.
    BadTag,
    /// A length byte that is not a supported form (`80` indefinite, `85`..`FF`).
    BadLengthForm {
        /// The offending first length byte.
        first_byte: u8,
    },
    /// Strict DER: a length written in a longer form than needed.
    NonMinimalLength {
        /// The length value.
        length: usize,
    },
    /// A length larger than [`DecodeOptions::max_length`](crate::DecodeOptions).
    LengthTooLarge {
        /// Declared length.
        length: usize,
        /// The limit in force.
        max: usize,
    },
    /// Nesting deeper than [`DecodeOptions::max_depth`](crate::DecodeOptions).
    TooDeep {
        /// The limit in force.
        max: usize,
    },
    /// A required item is missing.
    MissingTag {
        /// The tag that was expected.
        expected: Tag,
    },
    /// An item the type does not know (and has no catch-all for).
    UnexpectedTag {
        /// The tag found.
        found: Tag,
    },
    /// A non-repeated item appears twice.
    DuplicateTag {
        /// The repeated tag.
        tag: Tag,
    },
    /// A fixed-width value has the wrong number of bytes.
    WrongValueLength {
        /// Bytes the type needs.
        expected: usize,
        /// Bytes found.
        found: usize,
    },
    /// Bytes left over after a complete value.
    TrailingBytes {
        /// How many.
        count: usize,
    },
    /// A constant byte (such as the `AA` start of message) has another value.
    UnexpectedByte {
        /// The required value.
        expected: u8,
        /// The value found.
        found: u8,
    },
    /// A value that is not valid for its type (e.g. text that is not UTF-8).
    InvalidValue,
}

/// The tags enclosing an error, outermost first. Fixed capacity, no allocation;
/// deeper paths keep the innermost tags and set `truncated`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TagPath {
    tags: [Option<Tag>; TagPath::CAPACITY],
    len: u8,
    truncated: bool,
}

impl TagPath {
    /// Most tags kept.
    pub const CAPACITY: usize = 12;
}

/// A decode failure: what, where (absolute byte offset) and inside which tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// Absolute byte offset in the input where it went wrong.
    pub offset: usize,
    /// Enclosing tags, outermost first.
    pub path: TagPath,
}

/// An encode failure (encoding into an owned `Vec` cannot fail).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum EncodeError {
    /// The caller's buffer is smaller than `encoded_len`.
    BufferTooSmall {
        /// Bytes needed.
        needed: usize,
        /// Bytes available.
        available: usize,
    },
}
