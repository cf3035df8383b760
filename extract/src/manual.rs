//! Walks the manual's blocks and builds the spec: sections, table shapes, and their interpretation.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use mms_spec::{
    Access, Command, CommandId, DetailCode, DetailGroup, DetailTable, EnumValue, Envelope,
    EnvelopeKind, Example, ExampleKind, ExampleSection, Field, FileType, Internal, Length,
    Location, Notification, NotificationId, Oid, Property, Spec, StatusCode, StatusGroup, Table,
    Tag,
};
use regex::Regex;

use crate::markdown::{normalize_space, Block, RawTable};
use crate::report::{Report, TableIssue};
use crate::text::{
    bit_fields, cell_label, enum_values, example_label, first_sentence, short_label, snake,
    split_tags, table_refs, unique,
};

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// A table title: `Table 211 - Request Data for Command 0xD812 - ...`.
#[derive(Debug, Clone)]
struct Title {
    number: u32,
    /// The manual's number when it is not a plain integer ("8.271").
    malformed: Option<String>,
    text: String,
}

fn parse_title(text: &str) -> Option<Title> {
    static TITLE: OnceLock<Regex> = OnceLock::new();
    static LINK: OnceLock<Regex> = OnceLock::new();
    let title = re(&TITLE, r"^Table\s+(\d+)((?:\.\d+)*)\s*(?:[-–—:]\s*)?(.*)$");
    // "[Table 277 - ...](#table-277...)": a link whose nested brackets markdown keeps as text.
    let link = re(&LINK, r"\]\(#[^)]*\)");
    let cleaned = link.replace_all(text.trim(), "");
    let cleaned = cleaned.trim().trim_start_matches('[').trim();
    let c = title.captures(cleaned)?;
    Some(Title {
        number: c[1].parse().ok()?,
        malformed: (!c[2].is_empty()).then(|| format!("{}{}", &c[1], &c[2])),
        text: normalize_space(&c[3]),
    })
}

/// A title at the end of a paragraph ("Build ... with: 1. 2. [Table 46](#table-46) - Encrypted ...").
fn trailing_title(text: &str) -> Option<Title> {
    let at = text.rfind("[Table ")?;
    parse_title(&text[at..])
}

/// What the current heading is about.
#[derive(Debug, Clone, PartialEq)]
enum Context {
    /// Before any interesting heading.
    None,
    /// The "Message Structure" section (envelopes).
    Envelope { level: u8 },
    /// A command section; index into the commands list.
    Command { index: usize, level: u8 },
    /// A notification section.
    Notification { index: usize, level: u8 },
    /// A property section.
    Property { index: usize, level: u8 },
    /// Any other section.
    Other { heading: String },
}

impl Context {
    fn level(&self) -> Option<u8> {
        match self {
            Context::Envelope { level }
            | Context::Command { level, .. }
            | Context::Notification { level, .. }
            | Context::Property { level, .. } => Some(*level),
            _ => None,
        }
    }
}

/// The recognised table shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `Tag | Len | Value / Description | Typ | Req | Default`.
    Tlv,
    /// `Example (Hex)`.
    Example,
    /// `Property Description | ...` two-column property table.
    Property,
    /// `Source | Grp | Sub | Cde | Meaning`.
    Status,
    /// Four code columns and `Meaning`.
    DetailCodes,
    /// `Description | Secured | File Type | ...`.
    FileTypes,
    /// Anything else.
    Other,
}

/// Classifies a table by its header.
pub fn shape(t: &RawTable) -> Shape {
    let h: Vec<String> = t
        .header
        .iter()
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let first = h.first().map(String::as_str).unwrap_or("");
    if first == "example (hex)" {
        Shape::Example
    } else if first.ends_with("property description") {
        Shape::Property
    } else if first == "tag" && h.iter().any(|c| c == "len") {
        Shape::Tlv
    } else if h.len() == 5 && first == "source" && h[1] == "grp" && h[4] == "meaning" {
        Shape::Status
    } else if h.len() == 5 && h[4] == "meaning" {
        Shape::DetailCodes
    } else if first == "description"
        && h.iter().any(|c| c == "secured")
        && h.iter().any(|c| c == "file type")
    {
        Shape::FileTypes
    } else {
        Shape::Other
    }
}

/// Builder state while walking the manual.
struct Walker {
    spec: Spec,
    report: Report,
    context: Context,
    /// The most recent table title since the last table.
    title: Option<(Title, usize)>,
    /// Paragraphs of the current command section (to find "identical to Command 0x...").
    command_text: String,
    /// Example sections by heading, in manual order.
    other_examples: Vec<ExampleSection>,
    /// Where each example comes from (table, index) -> manual line, for overrides and reports.
    pub example_lines: BTreeMap<(u32, usize), usize>,
}

/// Result of reading the manual: the spec before overrides, and the report.
pub struct Extracted {
    /// The spec.
    pub spec: Spec,
    /// What was found and what could not be interpreted.
    pub report: Report,
}

/// Extracts the spec from the manual's blocks.
pub fn extract(blocks: &[Block]) -> Extracted {
    let mut w = Walker {
        spec: Spec::default(),
        report: Report::default(),
        context: Context::None,
        title: None,
        command_text: String::new(),
        other_examples: Vec::new(),
        example_lines: BTreeMap::new(),
    };
    for block in blocks {
        match block {
            Block::Heading { level, text, line } => w.heading(*level, text, *line),
            Block::Paragraph { text, line } => {
                if let Some(t) = parse_title(text).or_else(|| trailing_title(text)) {
                    if let Some(m) = &t.malformed {
                        w.report.notes.push(format!(
                            "line {line}: table title number {m} is not an integer; {} is used",
                            t.number
                        ));
                    }
                    w.title = Some((t, *line));
                } else {
                    if matches!(w.context, Context::Command { .. }) {
                        w.command_text.push_str(text);
                        w.command_text.push('\n');
                    }
                    w.paragraph_examples(text, *line);
                }
            }
            Block::Table(t) => {
                let title = w.title.take();
                w.table(t, title);
            }
        }
    }
    w.finish_command();
    w.spec.other_examples.sections = w
        .other_examples
        .into_iter()
        .filter(|s| !s.examples.is_empty())
        .collect();
    w.spec.commands.sort_by_key(|c| c.id);
    w.spec.notifications.sort_by_key(|n| n.id);
    Extracted {
        spec: w.spec,
        report: w.report,
    }
}

impl Walker {
    fn heading(&mut self, level: u8, text: &str, line: usize) {
        static COMMAND: OnceLock<Regex> = OnceLock::new();
        static NOTIFICATION: OnceLock<Regex> = OnceLock::new();
        static PROPERTY: OnceLock<Regex> = OnceLock::new();
        let command = re(&COMMAND, r"^Command 0x([0-9A-Fa-f]{4})\s*[-–]\s*(.+)$");
        let notification = re(
            &NOTIFICATION,
            r"^Notification 0x([0-9A-Fa-f]{4})\s*[-–]?\s*(.+)$",
        );
        let property = re(
            &PROPERTY,
            r"^(?:[\d.]+\s+)?Property ((?:[0-9A-Fa-f]+\.)+[0-9A-Fa-f]+)\s+(.+)$",
        );

        // A sub-heading of the current item stays in it (e.g. "Encrypted Data Format"); the appendices
        // use level-6 headings, which always start a new section.
        if let Some(current) = self.context.level().filter(|_| level < 6) {
            let same_notification = matches!(self.context, Context::Notification { index, .. }
            if notification.captures(text).is_some_and(|c| {
                c[1].eq_ignore_ascii_case(&self.spec.notifications[index].id.to_string())
            }));
            if level > current || same_notification {
                if let Context::Envelope { .. } = self.context {
                    // Envelope subsections (Request Message ...) are all part of Message Structure.
                }
                return;
            }
        }
        self.finish_command();
        self.title = None;
        if let Some(c) = command.captures(text) {
            let (name, limits, internal) = split_tags(&c[2]);
            let id: CommandId = c[1].to_ascii_uppercase().parse().expect("4 hex digits");
            self.spec.commands.push(Command {
                id,
                ident: snake(&name),
                name,
                internal,
                limits,
                reuses: None,
                request: None,
                response: None,
                tables: Vec::new(),
                reference_tables: Vec::new(),
                examples: Vec::new(),
                source: manual_location(line),
            });
            self.context = Context::Command {
                index: self.spec.commands.len() - 1,
                level,
            };
        } else if let Some(c) = notification.captures(text) {
            let (name, limits, internal) = split_tags(&c[2]);
            let id: NotificationId = c[1].to_ascii_uppercase().parse().expect("4 hex digits");
            self.spec.notifications.push(Notification {
                id,
                ident: snake(&name),
                name,
                internal,
                limits,
                detail_tables: Vec::new(),
                payloads: Vec::new(),
                reference_tables: Vec::new(),
                examples: Vec::new(),
                source: manual_location(line),
            });
            self.context = Context::Notification {
                index: self.spec.notifications.len() - 1,
                level,
            };
        } else if let Some(c) = property.captures(text) {
            let (name, limits, internal) = split_tags(&c[2]);
            let name = name.trim_end_matches('.').to_string();
            let oid: Oid = match c[1].parse() {
                Ok(o) => o,
                Err(e) => {
                    self.report
                        .notes
                        .push(format!("line {line}: property heading: {e}"));
                    self.context = Context::Other {
                        heading: text.to_string(),
                    };
                    return;
                }
            };
            let access = if oid.group() == 1 {
                Access::ReadWrite
            } else {
                Access::ReadOnly
            };
            let oid_hex: String = oid
                .components()
                .iter()
                .map(|c| format!("{c:02X}"))
                .collect();
            self.spec.properties.push(Property {
                oid,
                oid_hex,
                ident: snake(&name),
                name,
                table: None,
                access,
                securing_key: None,
                min_len: None,
                max_len: None,
                data_type: None,
                values: Vec::new(),
                bits: Vec::new(),
                valid: None,
                default: None,
                internal,
                limits,
                reference_tables: Vec::new(),
                examples: Vec::new(),
                source: manual_location(line),
            });
            self.context = Context::Property {
                index: self.spec.properties.len() - 1,
                level,
            };
        } else if text == "Message Structure" {
            self.context = Context::Envelope { level };
        } else {
            let (heading, _, _) = split_tags(text);
            self.context = Context::Other { heading };
        }
    }

    /// Commands without tables of their own may say they are identical to another command.
    fn finish_command(&mut self) {
        static IDENTICAL: OnceLock<Regex> = OnceLock::new();
        let identical = re(
            &IDENTICAL,
            r"identical to [^\n]*?Command 0x([0-9A-Fa-f]{4})",
        );
        if let Context::Command { index, .. } = self.context {
            let cmd = &mut self.spec.commands[index];
            // A request table titled only with the command's own heading ("Command 0x1103 - ..."),
            // instead of "Request Data for Command ...", is still the request.
            if cmd.request.is_none() {
                let heading = format!("Command 0x{}", cmd.id);
                let titled_as_command = |t: &mms_spec::Table| {
                    t.title
                        .get(..heading.len())
                        .is_some_and(|start| start.eq_ignore_ascii_case(&heading))
                };
                if let Some(at) = cmd.tables.iter().position(titled_as_command) {
                    let table = cmd.tables.remove(at);
                    self.report.notes.push(format!(
                        "line {}: Table {} is titled like its section heading; taken as the request of command 0x{}",
                        table.source.line, table.table, cmd.id
                    ));
                    cmd.request = Some(table);
                }
            }
            if cmd.request.is_none() && cmd.response.is_none() {
                if let Some(c) = identical.captures(&self.command_text) {
                    cmd.reuses = c[1].to_ascii_uppercase().parse().ok();
                }
            }
        }
        self.command_text.clear();
    }

    fn table(&mut self, t: &RawTable, title: Option<(Title, usize)>) {
        let shape = shape(t);
        let title_text = title
            .as_ref()
            .map_or_else(String::new, |(t, _)| t.text.clone());
        let number = title.as_ref().map(|(t, _)| t.number);
        let issue = |reason: String| TableIssue {
            line: t.line,
            table: number,
            title: title_text.clone(),
            reason,
        };
        match shape {
            Shape::Example => self.example_table(t, number, &title_text),
            Shape::Tlv => self.tlv_table(t, number, &title_text),
            Shape::Property => self.property_table(t, number),
            Shape::Status => self.status_table(t, number),
            Shape::DetailCodes => self.detail_table(t, number, &title_text),
            Shape::FileTypes => self.file_type_table(t, number),
            Shape::Other => {
                let relevant = matches!(
                    self.context,
                    Context::Command { .. }
                        | Context::Notification { .. }
                        | Context::Property { .. }
                );
                let reason = format!(
                    "table shape not recognised (header: {})",
                    t.header.join(" | ")
                );
                let named = !t.header.iter().all(|h| h.trim().is_empty());
                if let (true, true, Some(number)) = (relevant, named, number) {
                    let table = crate::reference::reference_table(t, number, &title_text);
                    self.report.reference_tables += 1;
                    match self.context {
                        Context::Command { index, .. } => {
                            self.spec.commands[index].reference_tables.push(table)
                        }
                        Context::Notification { index, .. } => {
                            self.spec.notifications[index].reference_tables.push(table)
                        }
                        Context::Property { index, .. } => {
                            self.spec.properties[index].reference_tables.push(table)
                        }
                        _ => {}
                    }
                } else if relevant && named {
                    self.report.other_tables.push(issue(reason));
                } else {
                    self.report.ignored_tables += 1;
                }
            }
        }
    }

    fn tlv_table(&mut self, t: &RawTable, number: Option<u32>, title: &str) {
        let section_id = match self.context {
            Context::Command { index, .. } => Some(self.spec.commands[index].id.to_string()),
            Context::Notification { index, .. } => {
                Some(self.spec.notifications[index].id.to_string())
            }
            _ => None,
        };
        let relevant = !matches!(self.context, Context::None | Context::Other { .. });
        let Some(number) = number else {
            let reason = "TLV table without a title (Table N - ...)".to_string();
            if relevant {
                self.report.uninterpreted_tables.push(TableIssue {
                    line: t.line,
                    table: None,
                    title: String::new(),
                    reason,
                });
            } else {
                let id = t.rows.iter().find_map(|r| {
                    let first = r.first().map_or("", |c| c.trim());
                    let is_id = first.len() == 4 && first.chars().all(|c| c.is_ascii_hexdigit());
                    (is_id && r.iter().any(|c| c.contains("Command 0x"))).then(|| first.to_string())
                });
                self.report.notes.push(match id {
                    Some(id) => format!(
                        "line {}: untitled {} TLV table for command 0x{id} outside its section (a copy of one of its tables): ignored",
                        t.line,
                        if t.html { "HTML" } else { "pipe" }
                    ),
                    None => format!(
                        "line {}: untitled TLV table outside any command, notification or property section: ignored",
                        t.line
                    ),
                });
            }
            return;
        };
        if !relevant {
            self.report.ignored_tables += 1;
            return;
        }
        let envelope = matches!(self.context, Context::Envelope { .. });
        let (fields, problems) = parse_tlv_rows(t, section_id.as_deref(), envelope);
        for p in problems {
            self.report.row_problems.push(TableIssue {
                line: t.line,
                table: Some(number),
                title: title.to_string(),
                reason: p,
            });
        }
        let table = Table {
            table: number,
            title: title.to_string(),
            fields,
            source: manual_location(t.line),
        };
        let lower = title.to_ascii_lowercase();
        match self.context {
            Context::Envelope { .. } => {
                let kind = if lower.starts_with("request message format") {
                    Some(EnvelopeKind::Request)
                } else if lower.starts_with("response message format") {
                    Some(EnvelopeKind::Response)
                } else if lower.starts_with("notification message format") {
                    Some(EnvelopeKind::Notification)
                } else if lower.starts_with("data file message format") {
                    Some(EnvelopeKind::DataFile)
                } else {
                    None
                };
                match kind {
                    Some(kind) => self.spec.envelopes.envelopes.push(Envelope {
                        kind,
                        table: number,
                        title: title.to_string(),
                        fields: table.fields,
                        source: table.source,
                    }),
                    None => self.report.uninterpreted_tables.push(TableIssue {
                        line: t.line,
                        table: Some(number),
                        title: title.to_string(),
                        reason: "TLV table in Message Structure that is not an envelope format"
                            .into(),
                    }),
                }
            }
            Context::Command { index, .. } => {
                let cmd = &mut self.spec.commands[index];
                static FOR: OnceLock<Regex> = OnceLock::new();
                let for_cmd = re(
                    &FOR,
                    r"(?i)^(request|response) data for command 0x([0-9A-Fa-f]{4})",
                );
                match for_cmd.captures(title) {
                    Some(c) => {
                        if !c[2].eq_ignore_ascii_case(&cmd.id.to_string()) {
                            self.report.notes.push(format!(
                                "line {}: Table {number} is titled for command 0x{} but is in the section of command 0x{}",
                                t.line, &c[2], cmd.id
                            ));
                        }
                        let slot = if c[1].eq_ignore_ascii_case("request") {
                            &mut cmd.request
                        } else {
                            &mut cmd.response
                        };
                        if slot.is_none() {
                            *slot = Some(table);
                        } else {
                            cmd.tables.push(table);
                        }
                    }
                    None => cmd.tables.push(table),
                }
            }
            Context::Notification { index, .. } => {
                self.spec.notifications[index].payloads.push(table)
            }
            Context::Property { .. } => {
                self.report.ignored_tables += 1;
            }
            Context::None | Context::Other { .. } => unreachable!("checked above"),
        }
    }

    fn property_table(&mut self, t: &RawTable, number: Option<u32>) {
        let Context::Property { index, .. } = self.context else {
            self.report.uninterpreted_tables.push(TableIssue {
                line: t.line,
                table: number,
                title: String::new(),
                reason: "property table outside a property section".into(),
            });
            return;
        };
        let prop = &mut self.spec.properties[index];
        if prop.table.is_some() {
            self.report.uninterpreted_tables.push(TableIssue {
                line: t.line,
                table: number,
                title: String::new(),
                reason: format!("second property table in the section of {}", prop.oid),
            });
            return;
        }
        prop.table = number;
        prop.source = manual_location(t.line);
        let mut rows: Vec<(String, String)> = Vec::new();
        // The header row is "Property Description | (empty)"; some tables put the OID row in the header.
        if t.header.len() >= 2 && !t.header[1].trim().is_empty() {
            rows.push((t.header[0].clone(), t.header[1].clone()));
        }
        for r in &t.rows {
            if r.len() >= 2 {
                rows.push((r[0].clone(), r[1..].join(" ").trim().to_string()));
            }
        }
        for (key, value) in rows {
            let key = key.to_ascii_lowercase();
            let value = value.trim().to_string();
            let number_of = |v: &str| {
                v.split_whitespace()
                    .next()
                    .and_then(|w| w.parse::<u32>().ok())
            };
            match key.as_str() {
                "property oid" => {
                    let mut parts = value.splitn(2, '/');
                    let dotted = parts.next().unwrap_or("").trim();
                    let hex = parts
                        .next()
                        .unwrap_or("")
                        .trim()
                        .trim_start_matches("0x")
                        .to_string();
                    let hex_ok = crate::checks::oid_hex_matches(&hex, dotted);
                    if !hex_ok {
                        self.report.notes.push(format!(
                            "line {}: property {dotted}: the manual's OID bytes 0x{hex} do not match the dotted OID",
                            t.line
                        ));
                    }
                    match dotted.parse::<Oid>() {
                        Ok(oid) if oid != prop.oid => {
                            self.report.notes.push(format!(
                                "line {}: property heading says {} but its table (Table {}) says {}; the table is used",
                                t.line,
                                prop.oid,
                                number.unwrap_or(0),
                                oid
                            ));
                            prop.oid = oid;
                            prop.access = if prop.oid.group() == 1 {
                                Access::ReadWrite
                            } else {
                                Access::ReadOnly
                            };
                        }
                        Ok(_) => {}
                        Err(e) => self
                            .report
                            .notes
                            .push(format!("line {}: property OID row: {e}", t.line)),
                    }
                    if !hex.is_empty() {
                        prop.oid_hex = hex.to_ascii_uppercase();
                    }
                }
                "name" => {
                    let (name, limits, internal) = split_tags(&value);
                    if !name.is_empty() {
                        prop.name = name.trim_end_matches('.').to_string();
                        prop.ident = snake(&prop.name);
                    }
                    for l in limits {
                        if !prop.limits.contains(&l) {
                            prop.limits.push(l);
                        }
                    }
                    if internal != Internal::No && prop.internal == Internal::No {
                        prop.internal = internal;
                    }
                }
                "securing key" => prop.securing_key = non_empty(first_sentence(&value, 40)),
                k if k.starts_with("min. len") || k.starts_with("min len") => {
                    prop.min_len = number_of(&value)
                }
                k if k.starts_with("max. len") || k.starts_with("max len") => {
                    prop.max_len = number_of(&value)
                }
                "data type" => prop.data_type = non_empty(first_sentence(&value, 40)),
                "valid values" => {
                    prop.values = enum_values(&value);
                    if let (Some(lo), Some(hi)) = (prop.min_len, prop.max_len) {
                        let before = prop.values.len();
                        prop.values.retain(|v| {
                            lo != hi
                                || v.byte.is_some()
                                || v.bytes().map_or(true, |b| b.len() as u32 == hi)
                        });
                        if prop.values.len() != before {
                            self.report.row_problems.push(TableIssue {
                                line: t.line,
                                table: number,
                                title: format!("Property {}", prop.oid),
                                reason: format!(
                                    "{} valid value(s) are not {hi} byte(s) wide; left out",
                                    before - prop.values.len()
                                ),
                            });
                        }
                    }
                    prop.bits = bit_fields(&value);
                    if prop.values.is_empty() && prop.bits.is_empty() && value.chars().count() <= 60
                    {
                        prop.valid = non_empty(value.trim_end_matches('.').to_string());
                    }
                }
                // Whole: a default cut short is a different value (a tag list cut mid-tag).
                "default" => prop.default = non_empty(first_sentence(&value, usize::MAX)),
                "description" if prop.bits.is_empty() => prop.bits = bit_fields(&value),
                _ => {}
            }
        }
    }

    fn status_table(&mut self, t: &RawTable, number: Option<u32>) {
        static GROUP: OnceLock<Regex> = OnceLock::new();
        static SUB: OnceLock<Regex> = OnceLock::new();
        let group_re = re(&GROUP, r"(?:The\s+)?(.+?)\s+group\s+0x([0-9A-Fa-f]{2})");
        let sub_re = re(&SUB, r"Subgroup 0x([0-9A-Fa-f]{2})\s*=\s*");
        self.spec.status.table = number.unwrap_or(0);
        for r in &t.rows {
            let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
            let is_group_row = cells.len() >= 2 && cells[1..].iter().all(|c| c.is_empty());
            if is_group_row {
                let (text, _, internal) = split_tags(cells[0]);
                let Some(g) = group_re.captures(&text) else {
                    self.report.row_problems.push(TableIssue {
                        line: t.line,
                        table: number,
                        title: "Operation Status Detail Codes".into(),
                        reason: format!(
                            "group row without \"group 0x..\": {}",
                            first_sentence(cells[0], 60)
                        ),
                    });
                    continue;
                };
                let name = g[1].trim_start_matches("The ").to_string();
                let subs: Vec<_> = sub_re.captures_iter(&text).collect();
                let mut subgroups = Vec::new();
                for (i, s) in subs.iter().enumerate() {
                    let start = s.get(0).expect("group 0").end();
                    let end = subs
                        .get(i + 1)
                        .map_or(text.len(), |n| n.get(0).expect("group 0").start());
                    let label = first_sentence(text[start..end].trim(), 80);
                    let label = label
                        .split(" (e.g")
                        .next()
                        .unwrap_or(&label)
                        .trim()
                        .to_string();
                    subgroups.push(EnumValue {
                        value: s[1].to_ascii_uppercase(),
                        name: label,
                        byte: None,
                        source: Location::default(),
                    });
                }
                self.spec.status.groups.push(StatusGroup {
                    group: g[2].to_ascii_uppercase(),
                    name,
                    subgroups,
                    internal,
                    source: Location::default(),
                });
            } else if cells.len() >= 5 {
                let hex2 = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_hexdigit());
                if !(hex2(cells[1]) && hex2(cells[2]) && hex2(cells[3])) {
                    self.report.row_problems.push(TableIssue {
                        line: t.line,
                        table: number,
                        title: "Operation Status Detail Codes".into(),
                        reason: format!("row with non-hex code: {}", cells[..4].join(" | ")),
                    });
                    continue;
                }
                self.spec.status.codes.push(StatusCode {
                    group: cells[1].to_ascii_uppercase(),
                    subgroup: cells[2].to_ascii_uppercase(),
                    code: cells[3].to_ascii_uppercase(),
                    origin: cells[0].to_string(),
                    label: first_sentence(cells[4], 80),
                    source: Location::default(),
                });
            }
        }
    }

    fn detail_table(&mut self, t: &RawTable, number: Option<u32>, title: &str) {
        let Context::Notification { index, .. } = self.context else {
            self.report.ignored_tables += 1;
            return;
        };
        let mut table = DetailTable {
            table: number.unwrap_or(0),
            title: title.to_string(),
            columns: t.header[..4].iter().map(|h| h.trim().to_string()).collect(),
            groups: Vec::new(),
            codes: Vec::new(),
        };
        for r in &t.rows {
            let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
            if cells.len() < 5 {
                continue;
            }
            if cells.iter().all(|c| c.is_empty()) {
                continue;
            }
            if cells[1..].iter().all(|c| c.is_empty()) {
                static GROUP: OnceLock<Regex> = OnceLock::new();
                let group = re(&GROUP, r"^(.*?)\s*0x([0-9A-Fa-f]{2})\s+(.+?)\s+contains\b");
                let (text, limits, _) = split_tags(cells[0]);
                let (value, label) = match group.captures(&text) {
                    Some(g) => (
                        Some(g[2].to_ascii_uppercase()),
                        normalize_space(&format!(
                            "{} 0x{} {}",
                            &g[1],
                            g[2].to_ascii_uppercase(),
                            &g[3]
                        )),
                    ),
                    None => (None, short_label(&text, 12)),
                };
                table.groups.push(DetailGroup {
                    value,
                    label,
                    values: enum_values(&text),
                    limits,
                    source: Location::default(),
                });
                continue;
            }
            let code: Vec<String> = cells[..4]
                .iter()
                .map(|c| c.trim_start_matches("0x").to_ascii_uppercase())
                .collect();
            if !code
                .iter()
                .all(|c| c.len() == 2 && c.chars().all(|d| d.is_ascii_hexdigit()))
            {
                self.report.row_problems.push(TableIssue {
                    line: t.line,
                    table: number,
                    title: title.to_string(),
                    reason: format!("row with non-hex code: {}", cells[..4].join(" | ")),
                });
                continue;
            }
            let (text, limits, internal) = split_tags(cells[4]);
            table.codes.push(DetailCode {
                code: code.concat(),
                label: short_label(&text, 20),
                limits,
                internal,
                table_refs: table_refs(cells[4]),
                source: Location::default(),
            });
        }
        self.spec.notifications[index].detail_tables.push(table);
    }

    fn file_type_table(&mut self, t: &RawTable, number: Option<u32>) {
        static SECURED: OnceLock<Regex> = OnceLock::new();
        let secured = re(&SECURED, r"Get:\s*(\S+)\s*Set:\s*(\S+)");
        self.spec.file_types.table = number.unwrap_or(0);
        for r in &t.rows {
            let cells: Vec<&str> = r.iter().map(|c| c.trim()).collect();
            if cells.len() < 6 {
                continue;
            }
            let bytes: Vec<String> = cells[2..6]
                .iter()
                .map(|c| c.trim_start_matches("0x").to_ascii_uppercase())
                .collect();
            if !bytes
                .iter()
                .all(|c| c.len() == 2 && c.chars().all(|d| d.is_ascii_hexdigit()))
            {
                self.report.row_problems.push(TableIssue {
                    line: t.line,
                    table: number,
                    title: "File Types".into(),
                    reason: format!("row with non-hex file type: {}", cells[2..6].join(" | ")),
                });
                continue;
            }
            let (text, limits, _) = split_tags(cells[0]);
            let label = cell_label(&text, 80);
            let label = label
                .split(" See ")
                .next()
                .unwrap_or(&label)
                .trim()
                .to_string();
            let (get, set) = secured
                .captures(cells[1])
                .map_or((cells[1].to_string(), cells[1].to_string()), |c| {
                    (c[1].to_string(), c[2].to_string())
                });
            self.spec.file_types.file_types.push(FileType {
                id: bytes.concat(),
                label,
                get,
                set,
                limits,
                source: Location::default(),
            });
        }
    }

    fn example_table(&mut self, t: &RawTable, number: Option<u32>, title: &str) {
        let mut rows: Vec<String> = Vec::new();
        if t.header.len() > 1 {
            // Not expected; keep the table reported rather than guessing.
        }
        for r in &t.rows {
            let cell = r.join(" ");
            if !cell.trim().is_empty() {
                rows.push(cell);
            }
        }
        let Some(number) = number else {
            self.report.uninterpreted_tables.push(TableIssue {
                line: t.line,
                table: None,
                title: String::new(),
                reason: "example table without a title".into(),
            });
            return;
        };
        for (i, cell) in rows.iter().enumerate() {
            match split_example(cell) {
                Some(ex) => {
                    if let Some(trailing) = &ex.trailing {
                        self.report.notes.push(format!(
                            "line {}: Table {number} example {}: text after the hex: {trailing}",
                            t.line,
                            i + 1
                        ));
                    }
                    self.add_example(number, i, title, ex.label, ex.hex, t.line)
                }
                None => self.report.row_problems.push(TableIssue {
                    line: t.line,
                    table: Some(number),
                    title: title.to_string(),
                    reason: format!(
                        "example row {} has no hex: {}",
                        i + 1,
                        first_sentence(cell, 60)
                    ),
                }),
            }
        }
    }

    /// Examples written in running text ("AA0081040101DF01..., which breaks down as follows").
    fn paragraph_examples(&mut self, text: &str, line: usize) {
        static INLINE: OnceLock<Regex> = OnceLock::new();
        let inline = re(&INLINE, r"\bAA ?00 ?81(?: ?[0-9A-F]{2})+\b");
        for m in inline.find_iter(text) {
            let index = self.example_lines.keys().filter(|(t, _)| *t == 0).count();
            self.add_example_at(
                0,
                index,
                "Inline Example",
                None,
                m.as_str().to_string(),
                line,
            );
        }
    }

    fn add_example(
        &mut self,
        table: u32,
        index: usize,
        title: &str,
        label: Option<String>,
        hex: String,
        line: usize,
    ) {
        self.add_example_at(table, index, title, label, hex, line)
    }

    fn add_example_at(
        &mut self,
        table: u32,
        index: usize,
        title: &str,
        label: Option<String>,
        hex: String,
        line: usize,
    ) {
        let digits: String = hex
            .chars()
            .filter(char::is_ascii_hexdigit)
            .collect::<String>()
            .to_ascii_uppercase();
        let even_tokens = hex.split_whitespace().all(|t| t.len() % 2 == 0);
        let spaced = if even_tokens {
            digits
                .as_bytes()
                .chunks(2)
                .map(|c| std::str::from_utf8(c).expect("ascii"))
                .collect::<Vec<_>>()
                .join(" ")
        } else {
            // A token with an odd digit count: keep the manual's tokens as written (the example is an erratum).
            normalize_space(&hex).to_ascii_uppercase()
        };
        let kind = example_kind(title, &digits);
        let property = match &self.context {
            Context::Property { index, .. } => Some(self.spec.properties[*index].oid.clone()),
            _ => label.as_deref().and_then(property_in_text),
        };
        let example = Example {
            table,
            title: title.to_string(),
            kind,
            label,
            property,
            hex: spaced,
            erratum: None,
            correction: None,
            source: manual_location(line),
        };
        self.example_lines.insert((table, index), line);
        self.report.examples += 1;
        match &self.context {
            Context::Command { index, .. } => self.spec.commands[*index].examples.push(example),
            Context::Notification { index, .. } => {
                self.spec.notifications[*index].examples.push(example)
            }
            Context::Property { index, .. } => self.spec.properties[*index].examples.push(example),
            Context::Envelope { .. } => self.spec.envelopes.examples.push(example),
            Context::None => self.other_section("(front matter)").push(example),
            Context::Other { heading } => {
                let heading = heading.clone();
                self.other_section(&heading).push(example)
            }
        }
    }

    fn other_section(&mut self, heading: &str) -> &mut Vec<Example> {
        if self
            .other_examples
            .last()
            .map_or(true, |s| s.heading != heading)
        {
            self.other_examples.push(ExampleSection {
                heading: heading.to_string(),
                examples: Vec::new(),
            });
        }
        &mut self
            .other_examples
            .last_mut()
            .expect("just pushed")
            .examples
    }
}

fn non_empty(s: String) -> Option<String> {
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// Locations in the extracted (not yet written) spec point at the manual's line.
fn manual_location(line: usize) -> Location {
    Location {
        file: Default::default(),
        line: line as u32,
        column: 1,
    }
}

/// A property OID mentioned in an example's label ("Get Property 1.2.7.1.1.1 ...").
fn property_in_text(text: &str) -> Option<Oid> {
    static PROP: OnceLock<Regex> = OnceLock::new();
    let prop = re(&PROP, r"Property ((?:[0-9A-Fa-f]+\.){3,}[0-9A-Fa-f]+)\b");
    prop.captures(text)?[1].parse().ok()
}

/// The example's kind from its title, else from the message type byte.
fn example_kind(title: &str, digits: &str) -> ExampleKind {
    let lower = title.to_ascii_lowercase();
    // "Notification Example for Display Message Request ...": the word before "example" decides.
    if lower.contains("data file") {
        ExampleKind::DataFile
    } else if lower.contains("notification example") || lower.starts_with("notification") {
        ExampleKind::Notification
    } else if lower.contains("response example") || lower.starts_with("response") {
        ExampleKind::Response
    } else if lower.contains("request") || lower.contains("command example") {
        ExampleKind::Request
    } else if lower.contains("response") {
        ExampleKind::Response
    } else if lower.contains("notification") {
        ExampleKind::Notification
    } else if digits.len() >= 10 && digits.starts_with("AA") && digits[4..6].eq("81") {
        match &digits[8..10] {
            "01" | "81" => ExampleKind::Request,
            "02" | "82" => ExampleKind::Response,
            "03" | "83" => ExampleKind::Notification,
            "04" | "84" => ExampleKind::DataFile,
            _ => ExampleKind::Other,
        }
    } else {
        ExampleKind::Other
    }
}

/// An example cell split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExampleCell {
    /// Text before the hex.
    pub label: Option<String>,
    /// The hex tokens (comments after `//` removed).
    pub hex: String,
    /// Text after the hex ("Plus ... bytes, excluded here for brevity").
    pub trailing: Option<String>,
}

fn hex_token(t: &str, strict: bool) -> bool {
    let t = t.replace('-', "");
    if t.is_empty() {
        return false;
    }
    if !t.chars().all(|c| c.is_ascii_hexdigit()) {
        return false;
    }
    // Lowercase hex appears in the manual ("6c"), but short lowercase words must stay text.
    let upper = t.chars().all(|c| !c.is_ascii_lowercase());
    upper || (!strict && t.len() == 2) || t.len() >= 6
}

/// Splits an example cell into an optional label, the hex, and trailing text.
///
/// The hex starts at the first `AA..` token (else at the run of hex tokens that ends the cell);
/// `// comment` parts are skipped up to the hex that ends them.
pub fn split_example(cell: &str) -> Option<ExampleCell> {
    let tokens: Vec<&str> = cell.split_whitespace().collect();
    let start = tokens
        .iter()
        .position(|t| t.starts_with("AA") && hex_token(t, false))
        .or_else(|| {
            let mut start = tokens.len();
            while start > 0 && hex_token(tokens[start - 1], true) {
                start -= 1;
            }
            (start < tokens.len()).then_some(start)
        })?;
    let mut hex: Vec<String> = Vec::new();
    let mut i = start;
    let mut trailing = None;
    while i < tokens.len() {
        let t = tokens[i];
        if t.starts_with("//") {
            // A comment runs to the next "//"; the hex that resumes is the run of hex tokens ending it.
            let end = (i + 1..tokens.len())
                .find(|&j| tokens[j].starts_with("//"))
                .unwrap_or(tokens.len());
            let mut resume = end;
            while resume > i + 1 && hex_token(tokens[resume - 1], false) {
                resume -= 1;
            }
            hex.extend(tokens[resume..end].iter().map(|t| t.replace('-', " ")));
            i = end;
            continue;
        }
        if hex_token(t, false) {
            hex.push(t.replace('-', " "));
            i += 1;
        } else {
            trailing = Some(first_sentence(&tokens[i..].join(" "), 120));
            break;
        }
    }
    let label = tokens[..start].join(" ");
    let label = label.trim().trim_end_matches(':').trim();
    Some(ExampleCell {
        label: example_label(label),
        hex: hex.join(" "),
        trailing,
    })
}

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
