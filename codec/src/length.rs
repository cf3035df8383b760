//! Length fields: short form and long forms `81`..`84`.

/// The form a length field was (or will be) written in.
///
/// Decoding remembers the form it read so that re-encoding reproduces
/// non-minimal lengths such as `82 00 10` exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LengthForm {
    /// The minimal (DER) form for whatever length is written.
    #[default]
    Minimal,
    /// One byte `00..=7F`.
    Short,
    /// `80 | n` followed by `n` (1..=4) length bytes.
    Long(u8),
}
