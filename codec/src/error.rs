//! Decode and encode errors: small, typed, built only on failure.

use crate::tag::Tag;

/// What went wrong while decoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Input ended inside a tag.
    TagTruncated {
        /// Tag bytes that were left.
        available: usize,
    },
    /// Input ended inside a length field (or another fixed-size field).
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

impl core::fmt::Display for ErrorKind {
    /// The "why" part of an error message, e.g. `length 32 is past the end of
    /// input (3 bytes left)`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            ErrorKind::TagTruncated { available } => write!(
                f,
                "input ends inside a tag ({available} tag byte{} present, more announced)",
                plural(available)
            ),
            ErrorKind::Truncated { needed, available } => write!(
                f,
                "input ends inside a field: {needed} byte{} needed, {available} left",
                plural(needed)
            ),
            ErrorKind::ValueTruncated {
                declared,
                available,
            } => write!(
                f,
                "length {declared} is past the end of input ({available} byte{} left)",
                plural(available)
            ),
            ErrorKind::BadTag => f.write_str("tag is longer than 4 bytes"),
            ErrorKind::BadLengthForm { first_byte } => {
                if first_byte == 0x80 {
                    f.write_str("indefinite length (80) is not supported")
                } else {
                    write!(
                        f,
                        "length form {first_byte:02X} is not supported (only 00..7F and 81..84)"
                    )
                }
            }
            ErrorKind::NonMinimalLength { length } => write!(
                f,
                "length {length} is not in its shortest form (strict DER)"
            ),
            ErrorKind::LengthTooLarge { length, max } => {
                write!(f, "length {length} exceeds the limit of {max} bytes")
            }
            ErrorKind::TooDeep { max } => {
                write!(f, "nesting is deeper than the limit of {max} levels")
            }
            ErrorKind::MissingTag { expected } => write!(f, "required tag {expected} is missing"),
            ErrorKind::UnexpectedTag { found } => write!(f, "unexpected tag {found}"),
            ErrorKind::DuplicateTag { tag } => write!(f, "tag {tag} appears more than once"),
            ErrorKind::WrongValueLength { expected, found } => write!(
                f,
                "value has {found} byte{} where {expected} are required",
                plural(found)
            ),
            ErrorKind::TrailingBytes { count } => write!(
                f,
                "{count} unexpected byte{} after the end of the value",
                plural(count)
            ),
            ErrorKind::UnexpectedByte { expected, found } => {
                write!(f, "byte {found:02X} where {expected:02X} is required")
            }
            ErrorKind::InvalidValue => f.write_str("value is not valid for its type"),
        }
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

impl TagPath {
    /// An empty path.
    pub const fn new() -> TagPath {
        TagPath {
            tags: [None; TagPath::CAPACITY],
            len: 0,
            truncated: false,
        }
    }

    /// Adds `tag` as the new outermost tag. When full, the outermost tags are
    /// dropped (the innermost ones locate the error best) and `truncated` is set.
    pub fn push_outer(&mut self, tag: Tag) {
        let len = self.len as usize;
        if len == TagPath::CAPACITY {
            self.truncated = true;
            return;
        }
        self.tags.copy_within(0..len, 1);
        self.tags[0] = Some(tag);
        self.len += 1;
    }

    /// The tags kept, outermost first.
    pub fn iter(&self) -> impl Iterator<Item = Tag> + '_ {
        self.tags[..self.len as usize].iter().flatten().copied()
    }

    /// Number of tags kept.
    pub const fn len(&self) -> usize {
        self.len as usize
    }

    /// No enclosing tags.
    pub const fn is_empty(&self) -> bool {
        self.len == 0 && !self.truncated
    }

    /// Whether outer tags were dropped because the path was full.
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
}

impl core::fmt::Display for TagPath {
    /// Tags joined by `/`, outermost first, e.g. `84/A2/83`; `…/` in front when
    /// outer tags were dropped.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.truncated {
            f.write_str("…/")?;
        }
        for (i, tag) in self.iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{tag}")?;
        }
        Ok(())
    }
}

impl DecodeError {
    /// An error of `kind` at absolute `offset`, with an empty path.
    #[cold]
    pub const fn new(kind: ErrorKind, offset: usize) -> DecodeError {
        DecodeError {
            kind,
            offset,
            path: TagPath::new(),
        }
    }

    /// Records that the error happened inside `tag`. Called as the error
    /// propagates outwards, so the outermost tag ends up first.
    ///
    /// Convention: a TLV's own tag is added by whoever read its header, for
    /// errors in its length field and in its value.
    #[must_use]
    #[cold]
    pub fn within(mut self, tag: Tag) -> DecodeError {
        self.path.push_outer(tag);
        self
    }
}

impl core::fmt::Display for DecodeError {
    /// What, where and why: `at byte 14 in 84/A2/83: length 32 is past the end
    /// of input (3 bytes left)`.
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "at byte {}", self.offset)?;
        if !self.path.is_empty() {
            write!(f, " in {}", self.path)?;
        }
        write!(f, ": {}", self.kind)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for DecodeError {}

impl core::fmt::Display for EncodeError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match *self {
            EncodeError::BufferTooSmall { needed, available } => write!(
                f,
                "output buffer too small: {needed} bytes needed, {available} available"
            ),
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for EncodeError {}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn display_says_what_where_why() {
        let err = DecodeError::new(
            ErrorKind::ValueTruncated {
                declared: 32,
                available: 3,
            },
            14,
        )
        .within(Tag::from_u32(0x83))
        .within(Tag::from_u32(0xA2))
        .within(Tag::from_u32(0x84));
        assert_eq!(
            err.to_string(),
            "at byte 14 in 84/A2/83: length 32 is past the end of input (3 bytes left)"
        );
        assert_eq!(
            DecodeError::new(ErrorKind::BadTag, 0).to_string(),
            "at byte 0: tag is longer than 4 bytes"
        );
    }

    #[test]
    fn full_path_keeps_innermost_tags() {
        let mut err = DecodeError::new(ErrorKind::InvalidValue, 0);
        for i in 0..(TagPath::CAPACITY as u32 + 2) {
            err = err.within(Tag::from_u32(0x80 + i));
        }
        assert_eq!(err.path.len(), TagPath::CAPACITY);
        assert!(err.path.is_truncated());
        let first = err.path.iter().next().unwrap();
        assert_eq!(first, Tag::from_u32(0x80 + TagPath::CAPACITY as u32 - 1));
        assert_eq!(err.path.iter().last().unwrap(), Tag::from_u32(0x80));
        assert!(err.path.to_string().starts_with("…/8B/8A/"));
    }
}
