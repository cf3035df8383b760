//! TLV table rows: tags, nesting, lengths, labels.

use super::*;

/// Parses the rows of a TLV table into nested fields; returns the fields and row problems.
pub fn parse_tlv_rows(
    t: &RawTable,
    section_id: Option<&str>,
    envelope: bool,
) -> (Vec<Field>, Vec<String>) {
    let header: Vec<String> = t
        .header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let col = |pred: &dyn Fn(&str) -> bool| header.iter().position(|h| pred(h));
    let len_col = col(&|h| h == "len");
    let desc_col = col(&|h| h.contains("description") || h.starts_with("value"));
    let typ_col = col(&|h| h == "typ" || h == "type");
    let req_col = col(&|h| h == "req");
    let default_col = col(&|h| h == "default");
    let example_col = col(&|h| h == "example");
    let cell = |r: &[String], c: Option<usize>| {
        c.and_then(|c| r.get(c))
            .map_or("", |s| s.trim())
            .to_string()
    };

    static TAG: OnceLock<Regex> = OnceLock::new();
    static ID_MARKER: OnceLock<Regex> = OnceLock::new();
    let tag_re = re(&TAG, r"^(/*)\s*([0-9A-Fa-f]+|null|NULL|Null)$");
    let id_marker = re(&ID_MARKER, r"^[0-9A-Fa-f]{4}\s*=");

    // A table whose rows all carry a slash ("/9F12", "/9F06") lists the children of a container
    // it does not show: the rows are siblings, not each nested in the one before.
    let base_depth = t
        .rows
        .iter()
        .filter_map(|r| {
            let first = r.first()?.replace(' ', "");
            tag_re.captures(&first).map(|c| c[1].len())
        })
        .min()
        .unwrap_or(0);
    let mut roots: Vec<Field> = Vec::new();
    let mut path: Vec<usize> = Vec::new();
    let mut problems = Vec::new();
    for (i, r) in t.rows.iter().enumerate() {
        let first = r.first().map_or("", |s| s.trim());
        let desc = cell(r, desc_col);
        let len_text = cell(r, len_col);
        let all_text = r.join(" ");
        let lower = all_text.trim().to_ascii_lowercase();
        let is_marker = lower.starts_with("beginning of")
            || lower.starts_with("end of")
            || lower.starts_with("no parameters")
            || id_marker.is_match(first)
            || (first.len() == 4
                && section_id.is_some_and(|id| first.eq_ignore_ascii_case(id))
                && len_text.is_empty())
            || (first.is_empty()
                && (desc.to_ascii_lowercase().starts_with("beginning of")
                    || desc.to_ascii_lowercase().starts_with("end of")));
        if is_marker || all_text.trim().is_empty() {
            continue;
        }
        let Some(c) = tag_re
            .captures(first.replace(' ', "").as_str())
            .map(|c| (c[1].len(), c[2].to_string()))
        else {
            let header_label = if all_text.contains("Start of Message") {
                Some("Start of Message")
            } else if all_text.contains("API Framework Version") || all_text.contains("API version")
            {
                Some("API Framework Version")
            } else {
                None
            };
            if envelope && len_text.is_empty() && roots.iter().all(|f| f.tag.is_none()) {
                // The start byte and the API version: raw bytes before the TLVs (some renderings give
                // each a label row and a description row).
                let Some(label) = header_label else { continue };
                if roots.last().is_some_and(|f| f.label == label) {
                    continue;
                }
                roots.push(Field {
                    tag: None,
                    raw: true,
                    len: Length::Fixed(1),
                    name: snake(label),
                    label: label.to_string(),
                    data_type: None,
                    requirement: None,
                    default: None,
                    rust_type: None,
                    values: enum_values(&all_text),
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
                });
                continue;
            }
            if !first.is_empty()
                && first.split_whitespace().count() >= 3
                && r.iter().skip(1).all(|c| c.trim().is_empty())
            {
                // A row describing raw bytes at the end of a decrypted blob (padding, MAC): untagged bytes.
                let label = short_label(first, 6);
                // It continues the rows around it, so it sits next to the row before it.
                let depth = path.len().saturating_sub(1);
                path.truncate(depth);
                let siblings = children_at(&mut roots, &path);
                siblings.push(Field {
                    tag: None,
                    raw: true,
                    len: Length::Var(mms_spec::values::VarLength::Var),
                    name: snake(&label),
                    label,
                    data_type: None,
                    requirement: None,
                    default: None,
                    rust_type: None,
                    values: Vec::new(),
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
                });
                path.push(siblings.len() - 1);
                continue;
            }
            problems.push(format!(
                "row {}: not a tag: {}",
                i + 1,
                first_sentence(first, 60)
            ));
            continue;
        };
        let (depth, tag_text) = c;
        let raw = tag_text.eq_ignore_ascii_case("null");
        let tag = if raw {
            None
        } else {
            match tag_text.to_ascii_uppercase().parse::<Tag>() {
                Ok(tag) => Some(tag),
                Err(e) => {
                    problems.push(format!("row {}: {e}", i + 1));
                    continue;
                }
            }
        };
        let len = match parse_len(&len_text, raw) {
            Some(l) => l,
            None => {
                problems.push(format!(
                    "row {} (tag {first}): length {len_text:?} not understood; kept as text",
                    i + 1
                ));
                Length::Bounded(mms_spec::values::BoundedLength {
                    text: Some(len_text.clone()),
                    ..Default::default()
                })
            }
        };
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
        let mut values = enum_values(&clean);
        if let Some(n) = len.fixed() {
            let before = values.len();
            values.retain(|v| v.byte.is_some() || v.bytes().map_or(true, |b| b.len() as u32 == n));
            if values.len() != before {
                problems.push(format!(
                    "row {} (tag {first}): {} enumerated value(s) are not {n} byte(s) wide; left out",
                    i + 1,
                    before - values.len()
                ));
            }
        }
        let typ = cell(r, typ_col);
        let req = cell(r, req_col);
        let default = cell(r, default_col);
        let example = example_hex(&cell(r, example_col));
        let field = Field {
            tag,
            raw,
            len,
            name: snake(&label),
            label,
            data_type: non_empty(typ),
            requirement: non_empty(req.to_ascii_uppercase()).map(Into::into),
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
            example,
            fields: Vec::new(),
            source: Location::default(),
        };
        let mut depth = depth - base_depth;
        if depth > path.len() {
            problems.push(format!(
                "row {} (tag {first}): nesting jumps from level {} to {depth}; attached to the deepest open field",
                i + 1,
                path.len()
            ));
            depth = path.len();
        }
        path.truncate(depth);
        let siblings = children_at(&mut roots, &path);
        siblings.push(field);
        path.push(siblings.len() - 1);
    }
    make_unique(&mut roots);
    (roots, problems)
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
