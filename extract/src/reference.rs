//! Reference lists in command, notification and property sections (tables that are not TLV
//! layouts): kept as rows of short cells, never as sentences.

use mms_spec::{Location, ReferenceTable};

use crate::markdown::RawTable;
use crate::text::short_label;

/// Cells with more words than this are descriptions: they are reduced to their label.
const SHORT_CELL_WORDS: usize = 6;

/// Words that start a sentence rather than a name.
const SENTENCE_STARTS: &[&str] = &[
    "The", "This", "These", "Use", "It", "If", "When", "A", "An", "Note", "See",
];

/// True for a header that names a description column (its cells are reduced to labels).
fn describes(header: &str) -> bool {
    let h = header.to_ascii_lowercase();
    h.contains("description") || h.contains("field value") || h.contains("tamper sensor")
}

/// True when a label is (the start of) a sentence or only a byte/bit position, not a name.
fn is_prose(label: &str) -> bool {
    let words: Vec<&str> = label.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let position = matches!(*first, "Byte" | "Bit" | "Bits")
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    let lower_second = words.get(1).is_some_and(|w| {
        w.starts_with(|c: char| c.is_lowercase())
            && !matches!(*w, "and" | "or" | "of" | "to" | "for" | "with" | "in")
    });
    words.len() > SHORT_CELL_WORDS
        || position
        || (words.len() > 2 && SENTENCE_STARTS.contains(first))
        || (words.len() > 2 && lower_second)
}

/// A cell of a description column: its short label (empty when it has none).
fn describe_cell(cell: &str) -> String {
    if cell.split_whitespace().count() <= SHORT_CELL_WORDS && !cell.contains(". ") {
        return cell.trim_end_matches('.').to_string();
    }
    // "Name: what it means": the name before the colon.
    match cell.split_once(": ") {
        Some((name, _)) if name.split_whitespace().count() <= SHORT_CELL_WORDS => {
            short_label(name, 8)
        }
        _ => short_label(cell, 8),
    }
}

/// Builds a reference table: identifiers, values and short names verbatim, description cells
/// reduced to their labels; a column with a cell that stays a sentence is left out (and named in
/// the note).
pub fn reference_table(t: &RawTable, number: u32, title: &str) -> ReferenceTable {
    let width = t.header.len();
    let mut keep: Vec<bool> = vec![true; width];
    let mut cells: Vec<Vec<String>> = t
        .rows
        .iter()
        .map(|r| {
            (0..width)
                .map(|c| r.get(c).map_or("", |s| s.trim()).to_string())
                .collect()
        })
        .collect();
    for c in 0..width {
        let long = cells
            .iter()
            .any(|r| r[c].split_whitespace().count() > SHORT_CELL_WORDS);
        if !(describes(&t.header[c]) || long) {
            continue;
        }
        for r in cells.iter_mut() {
            r[c] = describe_cell(&r[c]);
        }
        keep[c] = !cells.iter().any(|r| is_prose(&r[c]));
    }
    let dropped: Vec<&str> = (0..width)
        .filter(|&c| !keep[c])
        .map(|c| t.header[c].trim())
        .collect();
    let note = (!dropped.is_empty()).then(|| {
        let names = dropped
            .iter()
            .map(|h| format!("{h:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        let word = if dropped.len() == 1 {
            "column"
        } else {
            "columns"
        };
        format!(
            "{word} {names} left out: the cells are descriptions (see the manual's Table {number})"
        )
    });
    let columns = (0..width)
        .filter(|&c| keep[c])
        .map(|c| t.header[c].trim().to_string())
        .collect();
    let rows = cells
        .into_iter()
        .filter(|r| r.iter().any(|c| !c.is_empty()))
        .map(|r| {
            r.into_iter()
                .enumerate()
                .filter(|(c, _)| keep[*c])
                .map(|(_, s)| s)
                .collect()
        })
        .collect();
    ReferenceTable {
        table: number,
        title: title.to_string(),
        columns,
        note,
        rows,
        source: Location::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_are_not_names() {
        assert!(is_prose("The READ command requires a start page"));
        assert!(is_prose("Byte 0"));
        assert!(!is_prose("Reserved and set to 0"));
        assert!(!is_prose("Master Transport"));
        assert!(!is_prose("Tamper Pin Input 1"));
    }
}
