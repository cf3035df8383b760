//! What extraction found: counts, tables it could not interpret, suspicious examples.

use std::fmt::Write as _;

use serde::Serialize;

/// A table (or a row of one) the extractor could not fully interpret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TableIssue {
    /// 1-based line of the table in the manual.
    pub line: usize,
    /// The table's number, when titled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub table: Option<u32>,
    /// The table's title.
    pub title: String,
    /// What is wrong.
    pub reason: String,
}

/// A manual example that fails the consistency checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExampleProblem {
    /// 1-based line of the example in the manual.
    pub line: usize,
    /// Table number (0 for examples in running text).
    pub table: u32,
    /// Index of the example in its table.
    pub index: usize,
    /// What is wrong.
    pub reason: String,
    /// True when an override marks it as an erratum.
    pub marked: bool,
}

/// Extraction report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Command sections.
    pub commands: usize,
    /// Command sections with a request or response table.
    pub commands_with_tables: usize,
    /// Notification sections.
    pub notifications: usize,
    /// Property sections.
    pub properties: usize,
    /// Status detail codes.
    pub status_codes: usize,
    /// Notification detail codes.
    pub notification_detail_codes: usize,
    /// Notification detail code tables.
    pub notification_detail_tables: usize,
    /// File types.
    pub file_types: usize,
    /// Hex examples.
    pub examples: usize,
    /// Examples whose bytes an override corrected (see `Example::correction`).
    pub corrected_examples: usize,
    /// Tables that could not be interpreted.
    pub uninterpreted_tables: Vec<TableIssue>,
    /// Rows the extractor skipped or kept with a caveat.
    pub row_problems: Vec<TableIssue>,
    /// Reference lists in command/notification/property sections, kept as `reference_table`s.
    pub reference_tables: usize,
    /// Tables in command/notification/property sections with a shape the extractor does not model
    /// (layouts, lists): not part of the wire format.
    pub other_tables: Vec<TableIssue>,
    /// Tables outside the modelled sections (transport framing, security procedures, appendices),
    /// skipped, each with the reason.
    pub skipped_tables: Vec<TableIssue>,
    /// Every table of the manual (each ends up interpreted, a reference table, skipped with a
    /// reason, or in one of the problem lists).
    pub tables_total: usize,
    /// Tables read into the spec (TLV layouts, examples, property/status/detail/file type tables).
    pub tables_interpreted: usize,
    /// Data type sections (`spec/data_types/`) and their layouts.
    pub data_types: usize,
    /// Layouts of the Data Types chapter.
    pub data_type_layouts: usize,
    /// Tables for which no outcome was recorded (must stay empty).
    pub unaccounted_tables: Vec<TableIssue>,
    /// Examples that fail the checks (start byte, TLV lengths, message type, IDs, OIDs).
    pub example_problems: Vec<ExampleProblem>,
    /// Overrides applied.
    pub overrides_applied: usize,
    /// Other observations (heading/table mismatches ...).
    pub notes: Vec<String>,
}

impl Report {
    /// How many tables have an outcome so far (the walker checks that each table adds one).
    pub fn accounted(&self) -> usize {
        self.tables_interpreted
            + self.reference_tables
            + self.skipped_tables.len()
            + self.uninterpreted_tables.len()
            + self.other_tables.len()
    }

    /// The JSON object of `--report --json`.
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Issue<'a> {
            line: usize,
            title: String,
            reason: &'a str,
        }
        #[derive(Serialize)]
        struct Json<'a> {
            commands: usize,
            notifications: usize,
            properties: usize,
            status_codes: usize,
            notification_detail_codes: usize,
            file_types: usize,
            examples: usize,
            uninterpreted_tables: Vec<Issue<'a>>,
            details: &'a Report,
        }
        let issues = self
            .uninterpreted_tables
            .iter()
            .map(|i| Issue {
                line: i.line,
                title: match i.table {
                    Some(n) => format!("Table {n} - {}", i.title),
                    None => i.title.clone(),
                },
                reason: &i.reason,
            })
            .collect();
        serde_json::to_string_pretty(&Json {
            commands: self.commands,
            notifications: self.notifications,
            properties: self.properties,
            status_codes: self.status_codes,
            notification_detail_codes: self.notification_detail_codes,
            file_types: self.file_types,
            examples: self.examples,
            uninterpreted_tables: issues,
            details: self,
        })
        .expect("report serializes")
    }

    /// The human-readable report.
    pub fn to_text(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "commands:                  {} ({} with request/response tables)",
            self.commands, self.commands_with_tables
        );
        let _ = writeln!(s, "notifications:             {}", self.notifications);
        let _ = writeln!(s, "properties:                {}", self.properties);
        let _ = writeln!(s, "status codes:              {}", self.status_codes);
        let _ = writeln!(
            s,
            "notification detail codes: {} (in {} tables)",
            self.notification_detail_codes, self.notification_detail_tables
        );
        let _ = writeln!(s, "file types:                {}", self.file_types);
        let marked = self.example_problems.iter().filter(|p| p.marked).count();
        let _ = writeln!(
            s,
            "examples:                  {} ({} fail the checks, {} of them marked as errata)",
            self.examples,
            self.example_problems.len(),
            marked
        );
        let _ = writeln!(
            s,
            "corrected examples:        {} (manual bytes fixed by an override)",
            self.corrected_examples
        );
        let _ = writeln!(s, "reference tables:          {}", self.reference_tables);
        let _ = writeln!(s, "overrides applied:         {}", self.overrides_applied);
        let _ = writeln!(
            s,
            "data types:                {} sections, {} layouts",
            self.data_types, self.data_type_layouts
        );
        let _ = writeln!(
            s,
            "manual tables:             {} = {} interpreted + {} reference + {} skipped + {} with problems + {} unaccounted",
            self.tables_total,
            self.tables_interpreted,
            self.reference_tables,
            self.skipped_tables.len(),
            self.uninterpreted_tables.len() + self.other_tables.len(),
            self.unaccounted_tables.len()
        );
        let _ = writeln!(s, "\nunaccounted tables: {}", self.unaccounted_tables.len());
        for i in &self.unaccounted_tables {
            let _ = writeln!(s, "  line {}: {}: {}", i.line, table_name(i), i.reason);
        }
        let _ = writeln!(s, "\nskipped tables: {}", self.skipped_tables.len());
        for i in &self.skipped_tables {
            let _ = writeln!(s, "  line {}: {}: {}", i.line, table_name(i), i.reason);
        }
        let _ = writeln!(
            s,
            "\nuninterpreted tables: {}",
            self.uninterpreted_tables.len()
        );
        for i in &self.uninterpreted_tables {
            let _ = writeln!(s, "  line {}: {}: {}", i.line, table_name(i), i.reason);
        }
        let _ = writeln!(s, "\nrow problems: {}", self.row_problems.len());
        for i in &self.row_problems {
            let _ = writeln!(s, "  line {}: {}: {}", i.line, table_name(i), i.reason);
        }
        let _ = writeln!(
            s,
            "\nunmodelled tables in command/notification/property sections: {}",
            self.other_tables.len()
        );
        for i in &self.other_tables {
            let _ = writeln!(s, "  line {}: {}: {}", i.line, table_name(i), i.reason);
        }
        let unmarked: Vec<_> = self.example_problems.iter().filter(|p| !p.marked).collect();
        let _ = writeln!(
            s,
            "\nexamples failing the checks without an erratum override: {}",
            unmarked.len()
        );
        for p in unmarked {
            let _ = writeln!(
                s,
                "  line {}: Table {} #{}: {}",
                p.line, p.table, p.index, p.reason
            );
        }
        let _ = writeln!(s, "\nnotes: {}", self.notes.len());
        for n in &self.notes {
            let _ = writeln!(s, "  {n}");
        }
        s
    }
}

fn table_name(i: &TableIssue) -> String {
    match i.table {
        Some(n) if i.title.is_empty() => format!("Table {n}"),
        Some(n) => format!("Table {n} - {}", i.title),
        None if i.title.is_empty() => "(untitled table)".into(),
        None => i.title.clone(),
    }
}
