//! Example tables and hex found in running text.

use super::*;

impl Walker {
    pub(super) fn example_table(&mut self, t: &RawTable, number: Option<u32>, title: &str) {
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
        self.report.tables_interpreted += 1;
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
    pub(super) fn paragraph_examples(&mut self, text: &str, line: usize) {
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

    pub(super) fn add_example(
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

    pub(super) fn add_example_at(
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
            Context::DataType { index, .. } => {
                let heading = self.spec.data_types[*index].heading.clone();
                self.other_section(&heading).push(example)
            }
            Context::None => self.other_section("(front matter)").push(example),
            Context::Other { heading } => {
                let heading = heading.clone();
                self.other_section(&heading).push(example)
            }
        }
    }

    pub(super) fn other_section(&mut self, heading: &str) -> &mut Vec<Example> {
        if self
            .other_examples
            .last()
            .is_none_or(|s| s.heading != heading)
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
