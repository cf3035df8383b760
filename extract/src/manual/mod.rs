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

mod data_types;
mod examples;
mod sections;
mod shape;
mod title;
mod tlv_rows;

pub use data_types::detail_code_layout;
pub use examples::{split_example, ExampleCell};
pub use shape::{shape, Shape};
use title::{parse_title, trailing_title, Title};
pub use tlv_rows::{parse_len, parse_tlv_rows};

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
    /// A section of the Data Types chapter; index into the data type sections.
    DataType { index: usize, level: u8 },
    /// Any other section.
    Other { heading: String },
}

impl Context {
    fn level(&self) -> Option<u8> {
        match self {
            Context::Envelope { level }
            | Context::Command { level, .. }
            | Context::Notification { level, .. }
            | Context::Property { level, .. }
            | Context::DataType { level, .. } => Some(*level),
            _ => None,
        }
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
    /// The level-1 heading (chapter) being walked.
    chapter: String,
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
        chapter: String::new(),
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
                w.report.tables_total += 1;
                let before = w.report.accounted();
                w.table(t, title.clone());
                if w.report.accounted() == before {
                    w.report.unaccounted_tables.push(TableIssue {
                        line: t.line,
                        table: title.as_ref().map(|(t, _)| t.number),
                        title: title.map_or_else(String::new, |(t, _)| t.text),
                        reason: "no interpretation recorded".into(),
                    });
                }
            }
        }
    }
    w.finish_command();
    w.spec.other_examples.sections = w
        .other_examples
        .into_iter()
        .filter(|s| !s.examples.is_empty())
        .collect();
    data_types::link_layouts(&mut w.spec);
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
        if level == 1 {
            self.chapter = split_tags(text).0;
        }
        if let Some(context) = self.data_type_heading(level, text, line) {
            self.context = context;
        } else if let Some(c) = command.captures(text) {
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
        let malformed = title.as_ref().and_then(|(t, _)| t.malformed.clone());
        if let Context::DataType { index, .. } = self.context {
            if shape != Shape::Example {
                self.data_type_table(index, t, number, malformed, &title_text);
                return;
            }
        }
        match shape {
            Shape::Example => self.example_table(t, number, &title_text),
            Shape::Tlv => self.tlv_table(t, number, &title_text),
            Shape::Property => self.property_table(t, number),
            Shape::Status => self.status_table(t, number),
            Shape::DetailCodes => self.detail_table(t, number, malformed, &title_text),
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
                    let reason = self.skip_reason();
                    self.report.skipped_tables.push(issue(reason));
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
                let reason = match id {
                    Some(id) => format!(
                        "untitled {} TLV table for command 0x{id} outside its section (a copy of one of its tables)",
                        if t.html { "HTML" } else { "pipe" }
                    ),
                    None => format!(
                        "untitled TLV table outside any command, notification or property section; {}",
                        self.skip_reason()
                    ),
                };
                self.report.skipped_tables.push(TableIssue {
                    line: t.line,
                    table: None,
                    title: String::new(),
                    reason,
                });
            }
            return;
        };
        if !relevant {
            let reason = self.skip_reason();
            self.report.skipped_tables.push(TableIssue {
                line: t.line,
                table: Some(number),
                title: title.to_string(),
                reason,
            });
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
                if kind.is_some() {
                    self.report.tables_interpreted += 1;
                }
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
                self.report.tables_interpreted += 1;
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
                self.report.tables_interpreted += 1;
                self.spec.notifications[index].payloads.push(table)
            }
            Context::Property { .. } => self.report.skipped_tables.push(TableIssue {
                line: t.line,
                table: Some(number),
                title: title.to_string(),
                reason: "TLV layout of a property's value: the generated property types keep the value as bytes (not modelled yet)"
                    .into(),
            }),
            Context::DataType { .. } | Context::None | Context::Other { .. } => {
                unreachable!("checked above")
            }
        }
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
