//! Decoding limits and the context threaded through nested decoders.

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

/// Where a decoder is: its options, nesting depth and the absolute offset of the
/// slice it was given (so errors report offsets into the original input).
#[derive(Clone, Copy, Debug)]
pub struct DecodeContext {
    /// Options in force.
    pub options: DecodeOptions,
    /// Current nesting depth (0 at the top).
    pub depth: usize,
    /// Absolute offset of the first byte of the slice being decoded.
    pub offset: usize,
}
