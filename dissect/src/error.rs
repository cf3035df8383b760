//! Typed errors: where (byte offset and tag path, or JSON path) and why.

use std::fmt;

use mms_codec::Tag;

/// Why a message could not be dissected.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// No bytes at all.
    Empty,
    /// The message ends after the start byte `AA`.
    NoVersion,
    /// A TLV-level failure reported by the codec.
    Tlv(mms_codec::ErrorKind),
    /// An envelope tag (81, 82, 83, 84, 9E) appears twice.
    DuplicateEnvelopeTag(Tag),
    /// The message has no message information (tag 81).
    NoMessageInfo,
    /// Tag 81 is shorter than type, reference and ID.
    ShortMessageInfo {
        /// Bytes present.
        len: usize,
    },
    /// A value made of raw rows (laid out one after the other) is shorter
    /// than its rows of fixed width; the typed decoder refuses it too.
    ShortRows {
        /// The fixed rows' total width.
        needed: usize,
        /// The value's length.
        found: usize,
    },
}

/// A message that could not be dissected: what, at which byte, inside which tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Why.
    pub kind: DecodeErrorKind,
    /// Offset in the input where it went wrong.
    pub offset: usize,
    /// Enclosing tags, outermost first (`84`, `A2`, `83`).
    pub path: Vec<Tag>,
}

impl DecodeError {
    /// An error at `offset` with an empty path.
    pub fn new(kind: DecodeErrorKind, offset: usize) -> Self {
        Self {
            kind,
            offset,
            path: Vec::new(),
        }
    }

    /// The same error, inside `tag` (added as the outermost tag).
    #[must_use]
    pub fn within(mut self, tag: Tag) -> Self {
        self.path.insert(0, tag);
        self
    }

    /// The tag path as text, `84/A2/83` (empty at the top level).
    pub fn path_text(&self) -> String {
        let tags: Vec<String> = self.path.iter().map(Tag::to_string).collect();
        tags.join("/")
    }
}

impl From<mms_codec::DecodeError> for DecodeError {
    fn from(e: mms_codec::DecodeError) -> Self {
        Self {
            kind: DecodeErrorKind::Tlv(e.kind),
            offset: e.offset,
            path: e.path.iter().collect(),
        }
    }
}

impl fmt::Display for DecodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("empty input: no bytes to decode"),
            Self::NoVersion => f.write_str(
                "message ends after the start byte AA (the API version byte is missing)",
            ),
            Self::Tlv(kind) => write!(f, "{kind}"),
            Self::DuplicateEnvelopeTag(tag) => {
                write!(f, "tag {tag} appears twice in the message envelope")
            }
            Self::NoMessageInfo => f.write_str("the message has no message information (tag 81)"),
            Self::ShortMessageInfo { len } => write!(
                f,
                "message information has {len} bytes, needs at least 4 (type, reference, ID)"
            ),
            Self::ShortRows { needed, found } => write!(
                f,
                "value of {found} byte{} is shorter than its rows of fixed width ({needed} bytes)",
                if *found == 1 { "" } else { "s" }
            ),
        }
    }
}

impl fmt::Display for DecodeError {
    /// `at byte 14 in 84/A2/83: length 32 is past the end of input (3 bytes left)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind == DecodeErrorKind::Empty {
            return write!(f, "{}", self.kind);
        }
        write!(f, "at byte {}", self.offset)?;
        if !self.path.is_empty() {
            write!(f, " in {}", self.path_text())?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl std::error::Error for DecodeError {}

/// JSON that does not describe a message: where in the JSON (`fields.file_id.hex`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncodeError {
    /// The JSON path of the offending key, dot-separated; empty for the whole object.
    pub path: String,
    /// Why, in one line.
    pub reason: String,
}

impl EncodeError {
    /// An error at `path`.
    pub fn new(path: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            reason: reason.into(),
        }
    }

    /// The same error at `path`: callers name the path only when there is an
    /// error (building it for every value decoded costs more than the rest).
    pub fn at(self, path: impl Into<String>) -> Self {
        Self::new(path, self.reason)
    }

    /// An error about the whole object.
    pub fn top(reason: impl Into<String>) -> Self {
        Self::new("", reason)
    }
}

impl fmt::Display for EncodeError {
    /// `fields.file_id: "0Z" is not hex ...`, or only the reason for the whole object.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.reason)
        } else {
            write!(f, "{}: {}", self.path, self.reason)
        }
    }
}

impl std::error::Error for EncodeError {}
