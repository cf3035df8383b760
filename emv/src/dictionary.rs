//! The EMV tag dictionary: tag, short name, format, length and origin of each
//! data element, loaded from the spec's `spec/emv/tags.toml` and validated on load.

use mms_codec::Tag;
use serde::Deserialize;
use serde_spanned::Spanned;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

/// The dictionary file compiled into the crate.
pub const BUILTIN_SOURCE: &str = include_str!("../../spec/emv/tags.toml");
const BUILTIN_NAME: &str = "spec/emv/tags.toml";

/// EMV data element format (EMV Book 3, data element format conventions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// `a`: alphabetic.
    A,
    /// `an`: alphanumeric.
    An,
    /// `ans`: alphanumeric and special characters.
    Ans,
    /// `b`: binary.
    B,
    /// `cn`: compressed numeric, left-justified BCD padded with `F`.
    Cn,
    /// `n`: numeric, right-justified BCD padded with leading zeros.
    N,
    /// `t`: a constructed template holding more TLVs.
    Template,
}

impl Format {
    fn parse(text: &str) -> Option<Format> {
        Some(match text {
            "a" => Format::A,
            "an" => Format::An,
            "ans" => Format::Ans,
            "b" => Format::B,
            "cn" => Format::Cn,
            "n" => Format::N,
            "t" => Format::Template,
            _ => return None,
        })
    }
}

/// How a value is shown beyond what its format says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Show {
    /// `n12` amount in the currency's minor units.
    Amount,
    /// ISO 4217 numeric currency code.
    Currency,
    /// ISO 3166 numeric country code.
    Country,
    /// `YYMMDD`.
    Date,
    /// `HHMMSS`.
    Time,
    /// A primary account number: masked unless card data is revealed.
    Pan,
    /// Track 2 equivalent data (PAN, separator, expiry, ...): masked likewise.
    Track2,
}

impl Show {
    fn parse(text: &str) -> Option<Show> {
        Some(match text {
            "amount" => Show::Amount,
            "currency" => Show::Currency,
            "country" => Show::Country,
            "date" => Show::Date,
            "time" => Show::Time,
            "pan" => Show::Pan,
            "track2" => Show::Track2,
            _ => return None,
        })
    }

    /// The format and byte length the hint needs (`None`: any length).
    fn needs(self) -> (Format, Option<usize>) {
        match self {
            Show::Amount => (Format::N, Some(6)),
            Show::Currency | Show::Country => (Format::N, Some(2)),
            Show::Date | Show::Time => (Format::N, Some(3)),
            Show::Pan => (Format::Cn, None),
            Show::Track2 => (Format::B, None),
        }
    }
}

/// Who supplies a data element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The card.
    Icc,
    /// The terminal (or the host through it).
    Terminal,
    /// The issuer, in its response.
    Issuer,
    /// The MagTek reader itself.
    Reader,
}

/// Which group of the dictionary an entry belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// EMV Book 3 Annex A.
    Emv,
    /// Contactless kernels and payment brands.
    Contactless,
    /// MagTek's own tags from the MMS manual.
    MagTek,
}

/// Allowed value length in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Length {
    /// Fewest bytes.
    pub min: usize,
    /// Most bytes (`None`: no limit).
    pub max: Option<usize>,
}

impl Length {
    fn parse(text: &str) -> Option<Length> {
        if text == "var" {
            return Some(Length { min: 0, max: None });
        }
        let (min, max) = match text.split_once('-') {
            Some((lo, hi)) => (lo.parse().ok()?, hi.parse().ok()?),
            None => {
                let n = text.parse().ok()?;
                (n, n)
            }
        };
        (min <= max && max > 0).then_some(Length {
            min,
            max: Some(max),
        })
    }

    /// Whether `len` bytes are allowed.
    pub fn allows(&self, len: usize) -> bool {
        len >= self.min && self.max.is_none_or(|max| len <= max)
    }
}

/// One data element of the dictionary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TagInfo {
    /// Its tag.
    pub tag: Tag,
    /// Short name.
    pub name: String,
    /// Value format.
    pub format: Format,
    /// Allowed length in bytes.
    pub length: Length,
    /// Who supplies it.
    pub origin: Origin,
    /// Display hint, if any.
    pub show: Option<Show>,
    /// Which group it was listed in.
    pub group: Group,
    /// The line of the dictionary file it is defined on.
    pub line: usize,
}

/// A problem in a dictionary file, with its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictionaryError {
    /// File name as given to [`Dictionary::parse`].
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DictionaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for DictionaryError {}

/// Every problem found in one dictionary file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictionaryErrors(pub Vec<DictionaryError>);

impl fmt::Display for DictionaryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DictionaryErrors {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    emv: Vec<Spanned<Entry>>,
    #[serde(default)]
    contactless: Vec<Spanned<Entry>>,
    #[serde(default)]
    magtek: Vec<Spanned<Entry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    tag: Spanned<String>,
    name: Spanned<String>,
    format: Spanned<String>,
    len: Spanned<String>,
    from: Spanned<String>,
    #[serde(default)]
    show: Option<Spanned<String>>,
}

/// The EMV tag dictionary.
///
/// ```
/// use mms_codec::Tag;
/// use mms_emv::{Dictionary, Format};
/// let info = Dictionary::builtin().get(Tag::from_u32(0x9F02)).unwrap();
/// assert_eq!((info.name.as_str(), info.format), ("Amount, Authorised (Numeric)", Format::N));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    entries: Vec<TagInfo>,
    by_tag: HashMap<Tag, usize>,
}

impl Dictionary {
    /// The dictionary compiled into this crate (checked by its tests, so loading cannot fail).
    pub fn builtin() -> &'static Dictionary {
        static BUILTIN: OnceLock<Dictionary> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            Dictionary::parse(BUILTIN_SOURCE, BUILTIN_NAME).unwrap_or_else(|errors| {
                // Unreachable in a released crate: `builtin_dictionary_is_valid` checks this file.
                debug_assert!(false, "{errors}");
                Dictionary::default()
            })
        })
    }

    /// Parses and validates a dictionary file; every problem is reported with `file:line:column`.
    pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictionaryErrors> {
        let lines = LineIndex::new(text);
        let error_at = |offset: usize, message: String| {
            let (line, column) = lines.locate(offset);
            DictionaryError {
                file: file.to_string(),
                line,
                column,
                message,
            }
        };
        let parsed: File = toml::from_str(text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            DictionaryErrors(vec![error_at(offset, e.message().trim_end().to_string())])
        })?;
        let mut errors = Vec::new();
        let mut dictionary = Dictionary::default();
        let groups = [
            (Group::Emv, parsed.emv),
            (Group::Contactless, parsed.contactless),
            (Group::MagTek, parsed.magtek),
        ];
        for (group, entries) in groups {
            for entry in entries {
                let at = entry.span().start;
                match check_entry(entry.into_inner(), group, &error_at) {
                    Ok(mut info) => {
                        info.line = lines.locate(at).0;
                        if let Some(&first) = dictionary.by_tag.get(&info.tag) {
                            let first_line = dictionary.entries[first].line;
                            errors.push(error_at(
                                at,
                                format!(
                                    "duplicate tag {} (first defined on line {first_line})",
                                    info.tag
                                ),
                            ));
                        } else {
                            dictionary.by_tag.insert(info.tag, dictionary.entries.len());
                            dictionary.entries.push(info);
                        }
                    }
                    Err(e) => errors.push(e),
                }
            }
        }
        if errors.is_empty() {
            Ok(dictionary)
        } else {
            Err(DictionaryErrors(errors))
        }
    }

    /// The entry for `tag`.
    pub fn get(&self, tag: Tag) -> Option<&TagInfo> {
        self.by_tag.get(&tag).map(|&i| &self.entries[i])
    }

    /// The short name of `tag`, if known.
    pub fn name(&self, tag: Tag) -> Option<&str> {
        self.get(tag).map(|info| info.name.as_str())
    }

    /// All entries, in file order.
    pub fn entries(&self) -> &[TagInfo] {
        &self.entries
    }
}

fn check_entry(
    entry: Entry,
    group: Group,
    error_at: &impl Fn(usize, String) -> DictionaryError,
) -> Result<TagInfo, DictionaryError> {
    fn field(s: &Spanned<String>) -> (usize, &str) {
        (s.span().start, s.get_ref().as_str())
    }
    let (at, text) = field(&entry.tag);
    let tag = u32::from_str_radix(text, 16)
        .ok()
        .filter(|_| text.len() % 2 == 0 && text.len() <= 8 && !text.is_empty())
        .and_then(Tag::try_from_u32)
        .filter(|tag| tag.as_bytes().len() * 2 == text.len())
        .ok_or_else(|| {
            error_at(
                at,
                format!("`{text}` is not a well-formed BER-TLV tag in hex"),
            )
        })?;
    let (at, text) = field(&entry.format);
    let format = Format::parse(text).ok_or_else(|| {
        error_at(
            at,
            format!("unknown format `{text}` (expected a, an, ans, b, cn, n or t)"),
        )
    })?;
    if (format == Format::Template) != tag.is_constructed() {
        let why = if tag.is_constructed() {
            format!("tag {tag} is constructed, so its format must be t")
        } else {
            format!("tag {tag} is primitive, so its format cannot be t")
        };
        return Err(error_at(at, why));
    }
    let (at, text) = field(&entry.len);
    let length = Length::parse(text).ok_or_else(|| {
        error_at(
            at,
            format!("bad length `{text}` (expected N, MIN-MAX or var)"),
        )
    })?;
    let (at, text) = field(&entry.from);
    let origin = match text {
        "icc" => Origin::Icc,
        "terminal" => Origin::Terminal,
        "issuer" => Origin::Issuer,
        "reader" => Origin::Reader,
        _ => {
            return Err(error_at(
                at,
                format!("unknown origin `{text}` (expected icc, terminal, issuer or reader)"),
            ))
        }
    };
    let show = match &entry.show {
        None => None,
        Some(s) => {
            let (at, text) = field(s);
            let show = Show::parse(text)
                .ok_or_else(|| error_at(at, format!("unknown display hint `{text}`")))?;
            let (needs_format, needs_len) = show.needs();
            let fixed = (length.max == Some(length.min)).then_some(length.min);
            if format != needs_format || needs_len.is_some_and(|n| fixed != Some(n)) {
                return Err(error_at(
                    at,
                    format!("display hint `{text}` does not fit format and length"),
                ));
            }
            Some(show)
        }
    };
    let (at, name) = field(&entry.name);
    if name.trim().is_empty() || name.len() > 80 {
        return Err(error_at(
            at,
            "a name must be a short label (1 to 80 characters)".into(),
        ));
    }
    Ok(TagInfo {
        tag,
        name: name.to_string(),
        format,
        length,
        origin,
        show,
        group,
        line: 0,
    })
}

/// Byte offset to line and column.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { starts }
    }

    fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        (line, offset - self.starts[line - 1] + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_dictionary_is_valid() {
        let d = Dictionary::parse(BUILTIN_SOURCE, BUILTIN_NAME).unwrap_or_else(|e| panic!("{e}"));
        assert!(d.entries().len() > 200, "{}", d.entries().len());
        for (tag, name) in [
            (0x9F02, "Amount, Authorised (Numeric)"),
            (0x5F2A, "Transaction Currency Code"),
            (0x9F6E, "Third Party Data"),
            (0x9F7C, "Customer Exclusive Data"),
            (0xDF8129, "Outcome Parameter Set"),
            (0xDFDF59, "Encrypted Data Primitive"),
            (0xFF42, "Container for Selectable Encrypted Card Data"),
        ] {
            assert_eq!(d.name(Tag::from_u32(tag)), Some(name));
        }
        for group in [Group::Emv, Group::Contactless, Group::MagTek] {
            assert!(d.entries().iter().any(|e| e.group == group));
        }
    }

    fn errors(text: &str) -> Vec<String> {
        match Dictionary::parse(text, "t.toml") {
            Ok(_) => vec![],
            Err(e) => e.0.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn problems_point_at_file_line_and_column() {
        let text = "emv = [\n  { tag = \"9F02\", name = \"A\", format = \"n\", len = \"6\", from = \"terminal\" },\n  { tag = \"9F02\", name = \"B\", format = \"n\", len = \"6\", from = \"terminal\" },\n]\n";
        assert_eq!(
            errors(text),
            ["t.toml:3:3: duplicate tag 9F02 (first defined on line 2)"]
        );

        let bad = |field: &str| {
            let base = [
                ("tag", "\"9F02\""),
                ("name", "\"A\""),
                ("format", "\"n\""),
                ("len", "\"6\""),
                ("from", "\"icc\""),
            ];
            let fields: Vec<String> = base
                .iter()
                .map(|(k, v)| {
                    if k == &field.split('=').next().unwrap() {
                        field.to_string()
                    } else {
                        format!("{k} = {v}")
                    }
                })
                .collect();
            errors(&format!("magtek = [\n  {{ {} }},\n]\n", fields.join(", ")))
        };
        assert!(
            bad("tag=\"9F\"")[0].contains(":2:")
                && bad("tag=\"9F\"")[0].contains("not a well-formed")
        );
        assert!(bad("tag=\"9F0211\"")[0].contains("not a well-formed"));
        assert!(bad("format=\"x\"")[0].contains("unknown format `x`"));
        assert!(bad("format=\"t\"")[0].contains("primitive"));
        assert!(bad("len=\"7-3\"")[0].contains("bad length"));
        assert!(bad("from=\"moon\"")[0].contains("unknown origin"));
        assert!(errors("emv = [ { tag = \"FC\", name = \"A\", format = \"b\", len = \"var\", from = \"reader\" } ]")[0]
            .contains("constructed"));
        assert!(errors("emv = [ { tag = \"9F02\", name = \"A\", format = \"b\", len = \"6\", from = \"icc\", show = \"amount\" } ]")[0]
            .contains("does not fit"));
        assert!(errors("emv = [ { tag = \"9F02\", nam = \"A\" } ]")[0].starts_with("t.toml:1:"));
        assert!(errors("emv = [").len() == 1);
    }
}
