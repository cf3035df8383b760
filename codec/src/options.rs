//! Decoding limits and the context threaded through nested decoders.

use crate::error::{DecodeError, ErrorKind};

/// Limits and strictness for decoding. Every decode is bounded by these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeOptions {
    /// Largest value length accepted in any length field (default 16 MiB).
    pub max_length: usize,
    /// Deepest nesting of constructed values accepted (default 32).
    pub max_depth: usize,
    /// Reject non-minimal length forms (strict DER). Off by default because real
    /// host software sends forms like `84 82 00 10`.
    pub strict_der: bool,
}

impl DecodeOptions {
    /// Default [`max_length`](Self::max_length): 16 MiB, well above the largest
    /// file transfer chunk.
    pub const DEFAULT_MAX_LENGTH: usize = 16 * 1024 * 1024;
    /// Default [`max_depth`](Self::max_depth).
    pub const DEFAULT_MAX_DEPTH: usize = 32;

    /// The defaults: lenient length forms, 16 MiB, depth 32.
    pub const fn new() -> DecodeOptions {
        DecodeOptions {
            max_length: DecodeOptions::DEFAULT_MAX_LENGTH,
            max_depth: DecodeOptions::DEFAULT_MAX_DEPTH,
            strict_der: false,
        }
    }

    /// The defaults, but non-minimal length forms are errors.
    pub const fn strict() -> DecodeOptions {
        DecodeOptions {
            strict_der: true,
            ..DecodeOptions::new()
        }
    }
}

impl Default for DecodeOptions {
    fn default() -> DecodeOptions {
        DecodeOptions::new()
    }
}

/// Where a decoder is: its options, nesting depth and the absolute offset of the
/// slice it was given (so errors report offsets into the original input).
///
/// All offsets taken and reported are absolute (positions in the original
/// input), never relative to the current slice.
#[derive(Clone, Copy, Debug)]
pub struct DecodeContext {
    /// Options in force.
    pub options: DecodeOptions,
    /// Current nesting depth (0 at the top).
    pub depth: usize,
    /// Absolute offset of the first byte of the slice being decoded.
    pub offset: usize,
}

impl DecodeContext {
    /// A top-level context: depth 0, offset 0.
    pub const fn new(options: DecodeOptions) -> DecodeContext {
        DecodeContext {
            options,
            depth: 0,
            offset: 0,
        }
    }

    /// The same context for a slice starting at absolute `offset` (same depth).
    #[must_use]
    pub const fn at(self, offset: usize) -> DecodeContext {
        DecodeContext { offset, ..self }
    }

    /// The context for the contents of a constructed value starting at absolute
    /// `offset`: one level deeper, or [`ErrorKind::TooDeep`] (at `offset`) past
    /// [`DecodeOptions::max_depth`].
    #[inline]
    pub fn nested(self, offset: usize) -> Result<DecodeContext, DecodeError> {
        let depth = self.depth.saturating_add(1);
        if depth > self.options.max_depth {
            return Err(DecodeError::new(
                ErrorKind::TooDeep {
                    max: self.options.max_depth,
                },
                offset,
            ));
        }
        Ok(DecodeContext {
            depth,
            offset,
            ..self
        })
    }

    /// An error of `kind` at absolute `offset`.
    pub const fn error(&self, kind: ErrorKind, offset: usize) -> DecodeError {
        DecodeError::new(kind, offset)
    }

    /// An error of `kind` at `relative` bytes into the current slice.
    pub const fn error_at_relative(&self, kind: ErrorKind, relative: usize) -> DecodeError {
        DecodeError::new(kind, self.offset.saturating_add(relative))
    }
}

impl Default for DecodeContext {
    fn default() -> DecodeContext {
        DecodeContext::new(DecodeOptions::default())
    }
}
