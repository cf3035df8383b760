//! TLV table rows: tags, nesting, lengths, labels.

use super::*;

/// The columns of a TLV table, found by their headers.
struct Columns {
    len: Option<usize>,
    desc: Option<usize>,
    typ: Option<usize>,
    req: Option<usize>,
    default: Option<usize>,
    example: Option<usize>,
}

impl Columns {
    fn of(t: &RawTable) -> Columns {
        let header: Vec<String> = t
            .header
            .iter()
            .map(|h| h.trim().to_ascii_lowercase())
            .collect();
        let col = |pred: &dyn Fn(&str) -> bool| header.iter().position(|h| pred(h));
        Columns {
            len: col(&|h| h == "len"),
            desc: col(&|h| h.contains("description") || h.starts_with("value")),
            typ: col(&|h| h == "typ" || h == "type"),
            req: col(&|h| h == "req"),
            default: col(&|h| h == "default"),
            example: col(&|h| h == "example"),
        }
    }

    /// The trimmed cell of column `c` in row `r` (empty when the table has no such column).
    fn cell(r: &[String], c: Option<usize>) -> String {
        c.and_then(|c| r.get(c))
            .map_or("", |s| s.trim())
            .to_string()
    }
}

fn tag_re() -> &'static Regex {
    static TAG: OnceLock<Regex> = OnceLock::new();
    re(&TAG, r"^(/*)\s*([0-9A-Fa-f]+|null|NULL|Null)$")
}

/// The nesting depth (leading slashes) and tag text of a tag cell.
fn tag_cell(first: &str) -> Option<(usize, String)> {
    tag_re()
        .captures(first.replace(' ', "").as_str())
        .map(|c| (c[1].len(), c[2].to_string()))
}

/// The fewest slashes of any tag row. A table whose rows all carry a slash ("/9F12",
/// "/9F06") lists the children of a container it does not show: the rows are siblings, not
/// each nested in the one before.
fn base_depth(t: &RawTable) -> usize {
    t.rows
        .iter()
        .filter_map(|r| tag_cell(r.first()?).map(|(depth, _)| depth))
        .min()
        .unwrap_or(0)
}

/// Whether a row only frames the table ("Beginning of any wrappers", "End of ...", "No
/// parameters", the command ID row) rather than describing a field.
fn is_marker_row(r: &[String], cols: &Columns, section_id: Option<&str>) -> bool {
    static ID_MARKER: OnceLock<Regex> = OnceLock::new();
    let id_marker = re(&ID_MARKER, r"^[0-9A-Fa-f]{4}\s*=");
    let first = r.first().map_or("", |s| s.trim());
    let desc = Columns::cell(r, cols.desc).to_ascii_lowercase();
    let len_text = Columns::cell(r, cols.len);
    let lower = r.join(" ").trim().to_ascii_lowercase();
    lower.starts_with("beginning of")
        || lower.starts_with("end of")
        || lower.starts_with("no parameters")
        || id_marker.is_match(first)
        || (first.len() == 4
            && section_id.is_some_and(|id| first.eq_ignore_ascii_case(id))
            && len_text.is_empty())
        || (first.is_empty() && (desc.starts_with("beginning of") || desc.starts_with("end of")))
}

/// A field of raw (untagged) bytes with only a label, a length and values.
fn raw_field(label: String, len: Length, values: Vec<EnumValue>) -> Field {
    Field {
        tag: None,
        raw: true,
        len,
        name: snake(&label),
        label,
        data_type: None,
        requirement: None,
        default: None,
        rust_type: None,
        values,
        bits: Vec::new(),
        table_refs: Vec::new(),
        limits: Vec::new(),
        internal: Internal::No,
        length_prefix: false,
        decrypts_to: None,
        repeated: false,
        layout: None,
        example: None,
        fields: Vec::new(),
        source: Location::default(),
    }
}

/// The fields of a table being read: the top-level rows, the path to the last field (its
/// index at each level), and the problems found so far.
#[derive(Default)]
struct Rows {
    roots: Vec<Field>,
    path: Vec<usize>,
    problems: Vec<String>,
}

impl Rows {
    /// Adds `field` at nesting `depth` (0 = top level); a depth past the deepest open field is
    /// a problem and attaches there.
    fn attach(&mut self, field: Field, mut depth: usize, row: usize, first: &str) {
        if depth > self.path.len() {
            self.problems.push(format!(
                "row {row} (tag {first}): nesting jumps from level {} to {depth}; attached to the deepest open field",
                self.path.len()
            ));
            depth = self.path.len();
        }
        self.path.truncate(depth);
        let siblings = children_at(&mut self.roots, &self.path);
        siblings.push(field);
        self.path.push(siblings.len() - 1);
    }

    /// A row whose first cell is not a tag: the envelope's leading raw bytes, raw bytes at the
    /// end of a decrypted blob, or a problem.
    fn untagged_row(&mut self, r: &[String], len_text: &str, envelope: bool, row: usize) {
        let first = r.first().map_or("", |s| s.trim());
        let all_text = r.join(" ");
        if envelope && len_text.is_empty() && self.roots.iter().all(|f| f.tag.is_none()) {
            // The start byte and the API version: raw bytes before the TLVs (some renderings give
            // each a label row and a description row).
            let label = if all_text.contains("Start of Message") {
                "Start of Message"
            } else if all_text.contains("API Framework Version") || all_text.contains("API version")
            {
                "API Framework Version"
            } else {
                return;
            };
            if self.roots.last().is_none_or(|f| f.label != label) {
                let values = enum_values(&all_text);
                self.roots
                    .push(raw_field(label.to_string(), Length::Fixed(1), values));
            }
            return;
        }
        if !first.is_empty()
            && first.split_whitespace().count() >= 3
            && r.iter().skip(1).all(|c| c.trim().is_empty())
        {
            // A row describing raw bytes at the end of a decrypted blob (padding, MAC): untagged
            // bytes. It continues the rows around it, so it sits next to the row before it.
            let label = short_label(first, 6);
            let len = Length::Var(mms_spec::values::VarLength::Var);
            let depth = self.path.len().saturating_sub(1);
            self.attach(raw_field(label, len, Vec::new()), depth, row, first);
            return;
        }
        self.problems.push(format!(
            "row {row}: not a tag: {}",
            first_sentence(first, 60)
        ));
    }

    /// The field of a tag row (`tag_text` is the tag or `null`), or `None` (a problem) when
    /// the tag does not parse.
    fn tagged_field(
        &mut self,
        r: &[String],
        cols: &Columns,
        tag_text: &str,
        row: usize,
    ) -> Option<Field> {
        let first = r.first().map_or("", |s| s.trim());
        let desc = Columns::cell(r, cols.desc);
        let len_text = Columns::cell(r, cols.len);
        let raw = tag_text.eq_ignore_ascii_case("null");
        let tag = if raw {
            None
        } else {
            match tag_text.to_ascii_uppercase().parse::<Tag>() {
                Ok(tag) => Some(tag),
                Err(e) => {
                    self.problems.push(format!("row {row}: {e}"));
                    return None;
                }
            }
        };
        let len = parse_len(&len_text, raw).unwrap_or_else(|| {
            self.problems.push(format!(
                "row {row} (tag {first}): length {len_text:?} not understood; kept as text"
            ));
            Length::Bounded(mms_spec::values::BoundedLength {
                text: Some(len_text.clone()),
                ..Default::default()
            })
        });
        let (clean, limits, internal) = split_tags(&desc);
        // An internal marker after the label belongs to one of the values, not to the field.
        let internal = if desc.trim_start().starts_with("(MAGTEK INTERNAL") {
            internal
        } else {
            Internal::No
        };
        let mut label = short_label(&clean, 10);
        if label.is_empty() {
            label = if raw {
                "Bytes".into()
            } else {
                format!("Tag {tag_text}")
            };
        }
        let values = self.values_of_width(&clean, &len, row, first);
        let default = Columns::cell(r, cols.default);
        Some(Field {
            tag,
            raw,
            len,
            name: snake(&label),
            label,
            data_type: non_empty(Columns::cell(r, cols.typ)),
            requirement: non_empty(Columns::cell(r, cols.req).to_ascii_uppercase()).map(Into::into),
            default: non_empty(first_sentence(&default, usize::MAX)),
            rust_type: None,
            values,
            bits: bit_fields(&clean),
            table_refs: table_refs(&desc),
            limits,
            internal,
            length_prefix: false,
            decrypts_to: None,
            repeated: false,
            layout: None,
            example: example_hex(&Columns::cell(r, cols.example)),
            fields: Vec::new(),
            source: Location::default(),
        })
    }

    /// The enumerated values of a description; with a fixed length, those of another width
    /// (not per byte) are left out as a problem.
    fn values_of_width(
        &mut self,
        clean: &str,
        len: &Length,
        row: usize,
        first: &str,
    ) -> Vec<EnumValue> {
        let mut values = enum_values(clean);
        if let Some(n) = len.fixed() {
            let before = values.len();
            values.retain(|v| v.byte.is_some() || v.bytes().is_none_or(|b| b.len() as u32 == n));
            if values.len() != before {
                self.problems.push(format!(
                    "row {row} (tag {first}): {} enumerated value(s) are not {n} byte(s) wide; left out",
                    before - values.len()
                ));
            }
        }
        values
    }
}

/// Parses the rows of a TLV table into nested fields; returns the fields and row problems.
pub fn parse_tlv_rows(
    t: &RawTable,
    section_id: Option<&str>,
    envelope: bool,
) -> (Vec<Field>, Vec<String>) {
    let cols = Columns::of(t);
    let base_depth = base_depth(t);
    let mut rows = Rows::default();
    for (i, r) in t.rows.iter().enumerate() {
        let row = i + 1;
        if is_marker_row(r, &cols, section_id) || r.join(" ").trim().is_empty() {
            continue;
        }
        let first = r.first().map_or("", |s| s.trim());
        let Some((depth, tag_text)) = tag_cell(first) else {
            rows.untagged_row(r, &Columns::cell(r, cols.len), envelope, row);
            continue;
        };
        if let Some(field) = rows.tagged_field(r, &cols, &tag_text, row) {
            rows.attach(field, depth - base_depth, row, first);
        }
    }
    make_unique(&mut rows.roots);
    (rows.roots, rows.problems)
}

fn children_at<'a>(roots: &'a mut Vec<Field>, path: &[usize]) -> &'a mut Vec<Field> {
    let mut list = roots;
    for &i in path {
        list = &mut list[i].fields;
    }
    list
}

fn make_unique(fields: &mut [Field]) {
    let mut names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    unique(&mut names);
    for (f, n) in fields.iter_mut().zip(names) {
        f.name = n;
        make_unique(&mut f.fields);
    }
}

/// Parses a Len cell. TLV lengths are hex byte counts (`20` = 32); raw lengths in parentheses are decimal.
pub fn parse_len(text: &str, raw: bool) -> Option<Length> {
    use mms_spec::values::{BoundedLength, VarLength};
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let inner = lower.trim_start_matches('(').trim_end_matches(')').trim();
    let parenthesised = t.starts_with('(');
    let number = |s: &str, decimal: bool| -> Option<u32> {
        let s = s.trim();
        if let Some(h) = s.strip_prefix("0x") {
            return u32::from_str_radix(h, 16).ok();
        }
        if decimal || s.len() > 2 {
            s.parse().ok()
        } else {
            u32::from_str_radix(s, 16).ok()
        }
    };
    let decimal = parenthesised || raw;
    if inner.is_empty() {
        return if raw || t.is_empty() {
            Some(Length::Var(VarLength::Var))
        } else {
            None
        };
    }
    if inner == "var" || inner == "v" || inner == "variable" {
        return Some(Length::Var(VarLength::Var));
    }
    if let Some(rest) = inner.strip_prefix("var up to") {
        return Some(Length::Bounded(BoundedLength {
            max: Some(number(rest, false)?),
            ..Default::default()
        }));
    }
    if let Some(n) = number(inner, decimal) {
        return Some(Length::Fixed(n));
    }
    for sep in ["..", "-", "–"] {
        if let Some((a, b)) = inner.split_once(sep) {
            let (a, b) = (a.trim(), b.trim());
            // "0.. 252" is decimal; two-digit bounds are hex like the other TLV lengths.
            let dec = decimal || a.len() > 2 || b.len() > 2;
            return Some(Length::Bounded(BoundedLength {
                min: Some(number(a, dec)?),
                max: Some(number(b, dec)?),
                ..Default::default()
            }));
        }
    }
    for sep in ["/", " or "] {
        if inner.contains(sep) {
            let one_of: Option<Vec<u32>> = inner.split(sep).map(|p| number(p, decimal)).collect();
            return Some(Length::Bounded(BoundedLength {
                one_of: one_of?,
                ..Default::default()
            }));
        }
    }
    Some(Length::Bounded(BoundedLength {
        text: Some(t.replace('\\', "")),
        ..Default::default()
    }))
}

/// An Example cell's bytes, when the cell is only hex bytes ("A0 00 00 00 04"); cells that
/// abbreviate ("B8 04 8A … D5 97", "84 40 then 64 bytes") are left out.
fn example_hex(cell: &str) -> Option<String> {
    let tokens: Vec<&str> = cell.split_whitespace().collect();
    let hex = !tokens.is_empty()
        && tokens
            .iter()
            .all(|t| t.len() == 2 && t.chars().all(|c| c.is_ascii_hexdigit()));
    hex.then(|| tokens.join(" ").to_ascii_uppercase())
}
