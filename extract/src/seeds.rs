//! Reading the seed pages (other renderings of parts of the manual: pipe tables, HTML tables,
//! plain text) and comparing what they say about the message formats, the status codes and
//! command 0xD812 with the manual-derived spec.

use std::collections::BTreeMap;

use mms_spec::{EnvelopeKind, Field, Spec};

use crate::manual::{parse_tlv_rows, shape, Shape};
use crate::markdown::{normalize_space, parse, Block, RawTable};

/// A table found in a seed page, with the title it was found under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedTable {
    /// Seed file name.
    pub file: String,
    /// The nearest preceding title ("Table - Request Message Format") or heading.
    pub title: String,
    /// The table.
    pub table: RawTable,
}

/// Reads a seed page: markdown (pipe and HTML tables), or plain text when it has no markdown tables.
pub fn read_seed(file: &str, text: &str) -> Vec<SeedTable> {
    let mut out = Vec::new();
    let mut title = String::new();
    for block in parse(text) {
        match block {
            Block::Heading { text, .. } => title = text,
            Block::Paragraph { text, .. } if text.starts_with("Table") => title = text,
            Block::Paragraph { .. } => {}
            Block::Table(table) => out.push(SeedTable {
                file: file.to_string(),
                title: title.clone(),
                table,
            }),
        }
    }
    if out.is_empty() {
        out = plain_text_tables(file, text);
    }
    out
}

fn looks_like_tag(line: &str) -> bool {
    let t = line.trim();
    let t = t.trim_start_matches('/');
    (t.len() >= 2 && t.len() <= 6 && t.len() % 2 == 0 && t.chars().all(|c| c.is_ascii_hexdigit()))
        || t.eq_ignore_ascii_case("null")
}

/// Tables in plain text: a `Table - ...` line, header cells one per line, then rows that each start
/// with a tag line; a long prose line or the next title ends the table.
pub fn plain_text_tables(file: &str, text: &str) -> Vec<SeedTable> {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(title) = lines[i].strip_prefix("Table") else {
            i += 1;
            continue;
        };
        if !title.trim_start().starts_with(['-', '–']) {
            i += 1;
            continue;
        }
        let title = normalize_space(title.trim_start().trim_start_matches(['-', '–']));
        i += 1;
        let mut header = Vec::new();
        while i < lines.len()
            && !looks_like_tag(lines[i])
            && header.len() < 8
            && lines[i].len() < 40
        {
            header.push(lines[i].to_string());
            i += 1;
        }
        let mut rows: Vec<Vec<String>> = Vec::new();
        while i < lines.len() && !lines[i].starts_with("Table") && lines[i].len() < 200 {
            if looks_like_tag(lines[i]) {
                rows.push(vec![lines[i].to_string()]);
            } else if let Some(row) = rows.last_mut() {
                if row.len() < header.len().max(2) {
                    row.push(lines[i].to_string());
                } else {
                    let last = row.last_mut().expect("non-empty row");
                    last.push(' ');
                    last.push_str(lines[i]);
                }
            } else {
                break;
            }
            i += 1;
        }
        if header
            .first()
            .is_some_and(|h| h.eq_ignore_ascii_case("tag"))
            && !rows.is_empty()
        {
            out.push(SeedTable {
                file: file.to_string(),
                title,
                table: RawTable {
                    line: 0,
                    header,
                    rows,
                    html: false,
                },
            });
        }
    }
    out
}

/// A field tree flattened to `path:len` entries (`81/null:1`), without the raw header bytes.
fn flatten(fields: &[Field]) -> Vec<String> {
    fn walk(fields: &[Field], prefix: &str, out: &mut Vec<String>) {
        for f in fields {
            let name = f.tag.map_or_else(|| "null".to_string(), |t| t.to_string());
            let path = if prefix.is_empty() {
                name
            } else {
                format!("{prefix}/{name}")
            };
            out.push(format!("{path}:{}", f.len));
            walk(&f.fields, &path, out);
        }
    }
    let start = fields
        .iter()
        .position(|f| f.tag.is_some())
        .unwrap_or(fields.len());
    let mut out = Vec::new();
    walk(&fields[start..], "", &mut out);
    out
}

/// Entries of `a` not in `b`, counting repeats.
fn missing(a: &[String], b: &[String]) -> Vec<String> {
    let mut counts: BTreeMap<&str, i32> = BTreeMap::new();
    for x in b {
        *counts.entry(x).or_default() += 1;
    }
    let mut out = Vec::new();
    for x in a {
        let c = counts.entry(x).or_default();
        if *c > 0 {
            *c -= 1;
        } else {
            out.push(x.clone());
        }
    }
    out
}

fn compare_fields(what: &str, seed: &[Field], manual: &[Field], out: &mut Vec<String>) {
    let (s, m) = (flatten(seed), flatten(manual));
    let only_seed = missing(&s, &m);
    let only_manual = missing(&m, &s);
    if !only_seed.is_empty() {
        out.push(format!(
            "{what}: only in the seed: {}",
            only_seed.join(", ")
        ));
    }
    if !only_manual.is_empty() {
        out.push(format!(
            "{what}: only in the manual: {}",
            only_manual.join(", ")
        ));
    }
}

fn envelope_kind(title: &str) -> Option<EnvelopeKind> {
    let t = title.to_ascii_lowercase();
    if t.contains("request message format") {
        Some(EnvelopeKind::Request)
    } else if t.contains("response message format") {
        Some(EnvelopeKind::Response)
    } else if t.contains("notification message format") {
        Some(EnvelopeKind::Notification)
    } else if t.contains("data file message format") {
        Some(EnvelopeKind::DataFile)
    } else if t.trim() == "message format" {
        // The plain-text page has a single "Message Format" table (the request/response header).
        Some(EnvelopeKind::Request)
    } else {
        None
    }
}

/// Compares every seed page with the spec; returns the differences, one line each.
///
/// `seeds` are `(file name, contents)`. Tables the comparison does not cover are ignored.
pub fn compare(seeds: &[(String, String)], spec: &Spec) -> Vec<String> {
    let mut out = Vec::new();
    let mut seed_codes: BTreeMap<[String; 3], (String, String)> = BTreeMap::new();
    for (file, text) in seeds {
        for t in read_seed(file, text) {
            let what = format!("{} \"{}\"", t.file, t.title);
            let tag_table = t
                .table
                .header
                .first()
                .is_some_and(|h| h.trim().eq_ignore_ascii_case("tag"));
            let table_shape = match shape(&t.table) {
                // The plain-text page's message format table has no Len column.
                Shape::Other if tag_table && envelope_kind(&t.title).is_some() => Shape::Tlv,
                s => s,
            };
            match table_shape {
                Shape::Tlv => {
                    let envelope = envelope_kind(&t.title);
                    let (fields, _) = parse_tlv_rows(&t.table, Some("D812"), envelope.is_some());
                    let lower = t.title.to_ascii_lowercase();
                    if let Some(kind) = envelope {
                        match spec.envelope(kind) {
                            Some(env) => compare_fields(&what, &fields, &env.fields, &mut out),
                            None => out.push(format!("{what}: the spec has no {kind:?} envelope")),
                        }
                    } else if lower.contains("command 0xd812") {
                        let Some(cmd) = spec.command(0xD812) else {
                            out.push(format!("{what}: the spec has no command D812"));
                            continue;
                        };
                        let manual = if lower.contains("request data") {
                            &cmd.request
                        } else {
                            &cmd.response
                        };
                        match manual {
                            Some(table) => compare_fields(&what, &fields, &table.fields, &mut out),
                            None => out.push(format!("{what}: the spec's D812 has no such table")),
                        }
                    }
                }
                Shape::Other | Shape::DetailCodes | Shape::Status => {
                    // Status code tables, with or without the Source column.
                    let h: Vec<String> = t
                        .table
                        .header
                        .iter()
                        .map(|c| c.trim().to_ascii_lowercase())
                        .collect();
                    let Some(grp) = h.iter().position(|c| c == "grp") else {
                        continue;
                    };
                    if h.get(grp + 3).map(String::as_str) != Some("meaning") {
                        continue;
                    }
                    for r in &t.table.rows {
                        let cell = |i: usize| {
                            r.get(i)
                                .map_or(String::new(), |c| c.trim().to_ascii_uppercase())
                        };
                        let key = [cell(grp), cell(grp + 1), cell(grp + 2)];
                        let meaning = r
                            .get(grp + 3)
                            .map_or(String::new(), |c| c.trim().to_string());
                        seed_codes.entry(key).or_insert((t.file.clone(), meaning));
                    }
                }
                Shape::Example => {
                    for r in &t.table.rows {
                        let Some(ex) = crate::manual::split_example(&r.join(" ")) else {
                            continue;
                        };
                        let digits: String =
                            ex.hex.chars().filter(char::is_ascii_hexdigit).collect();
                        let known = spec.examples().any(|(_, e)| {
                            e.hex
                                .chars()
                                .filter(char::is_ascii_hexdigit)
                                .collect::<String>()
                                == digits
                        });
                        if !known {
                            out.push(format!(
                                "{what}: example not in the manual: {}",
                                &ex.hex[..ex.hex.len().min(40)]
                            ));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    // Status codes: every seed code must be in the manual; labels compared loosely.
    let squash = |s: &str| -> String {
        s.to_ascii_lowercase()
            .replace("can not", "cannot")
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect()
    };
    for (key, (file, meaning)) in &seed_codes {
        let bytes: Option<Vec<u8>> = key.iter().map(|k| u8::from_str_radix(k, 16).ok()).collect();
        let Some(b) = bytes else { continue };
        match spec.status_detail(b[0], b[1], b[2]) {
            None => out.push(format!(
                "{file}: status code {}/{}/{} is not in the manual",
                key[0], key[1], key[2]
            )),
            Some(code) => {
                let (a, m) = (squash(meaning), squash(&code.label));
                if !(a.starts_with(&m) || m.starts_with(&a)) {
                    out.push(format!(
                        "{file}: status code {}/{}/{}: seed says {meaning:?}, manual says {:?}",
                        key[0], key[1], key[2], code.label
                    ));
                }
            }
        }
    }
    if !seed_codes.is_empty() {
        let missing = spec.status.codes.len().saturating_sub(
            spec.status
                .codes
                .iter()
                .filter(|c| {
                    seed_codes.contains_key(&[c.group.clone(), c.subgroup.clone(), c.code.clone()])
                })
                .count(),
        );
        out.push(format!(
            "seeds list {} status codes; {missing} of the manual's {} are in no seed",
            seed_codes.len(),
            spec.status.codes.len()
        ));
    }
    out
}
