//! Markdown (and embedded HTML tables) to a flat list of blocks with line numbers.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use scraper::{ElementRef, Html, Selector};

/// A block of the document that the extractor cares about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading (`#` .. `######`).
    Heading {
        /// 1..=6.
        level: u8,
        /// Text, whitespace-normalised.
        text: String,
        /// 1-based line.
        line: usize,
    },
    /// A paragraph (text only, whitespace-normalised).
    Paragraph {
        /// Text.
        text: String,
        /// 1-based line.
        line: usize,
    },
    /// A table (pipe or HTML).
    Table(RawTable),
}

/// A table as a grid of cell texts; HTML rowspan/colspan are expanded into the covered cells.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawTable {
    /// 1-based line of the table's first line.
    pub line: usize,
    /// Header cells.
    pub header: Vec<String>,
    /// Body rows.
    pub rows: Vec<Vec<String>>,
    /// True for an HTML table.
    pub html: bool,
}

/// Collapses runs of whitespace into single spaces and trims.
pub fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

struct LineIndex(Vec<usize>);

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex(starts)
    }
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|&s| s <= offset)
    }
}

/// Parses markdown into blocks. Text inside images is dropped; links keep their text.
pub fn parse(markdown: &str) -> Vec<Block> {
    let lines = LineIndex::new(markdown);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    let parser = Parser::new_ext(markdown, options).into_offset_iter();

    let mut blocks = Vec::new();
    let mut text = String::new();
    let mut start_line = 0;
    let mut in_image = 0usize;
    let mut heading_level = 0u8;
    let mut table: Option<RawTable> = None;
    let mut row: Vec<String> = Vec::new();
    let mut in_head = false;
    let mut html = String::new();
    let mut in_html = false;

    for (event, range) in parser {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading_level = level as u8;
                text.clear();
                start_line = lines.line(range.start);
            }
            Event::End(TagEnd::Heading(_)) => {
                blocks.push(Block::Heading {
                    level: heading_level,
                    text: normalize_space(&text),
                    line: start_line,
                });
                heading_level = 0;
            }
            // Items of tight lists have no paragraph: their text is a paragraph of its own.
            Event::Start(Tag::Item | Tag::Paragraph) if table.is_none() => {
                text.clear();
                start_line = lines.line(range.start);
            }
            Event::End(TagEnd::Item | TagEnd::Paragraph) if table.is_none() => {
                let t = normalize_space(&text);
                if !t.is_empty() {
                    blocks.push(Block::Paragraph {
                        text: t,
                        line: start_line,
                    });
                }
                text.clear();
            }
            Event::Start(Tag::Table(_)) => {
                table = Some(RawTable {
                    line: lines.line(range.start),
                    ..RawTable::default()
                });
            }
            Event::End(TagEnd::Table) => {
                if let Some(t) = table.take() {
                    blocks.push(Block::Table(t));
                }
            }
            Event::Start(Tag::TableHead) => {
                in_head = true;
                row.clear();
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                if let Some(t) = table.as_mut() {
                    t.header = std::mem::take(&mut row);
                }
            }
            Event::Start(Tag::TableRow) => row.clear(),
            Event::End(TagEnd::TableRow) => {
                if let Some(t) = table.as_mut() {
                    if !in_head {
                        t.rows.push(std::mem::take(&mut row));
                    }
                }
            }
            Event::Start(Tag::TableCell) => text.clear(),
            Event::End(TagEnd::TableCell) => row.push(normalize_space(&text)),
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::HtmlBlock) => {
                in_html = true;
                html.clear();
                start_line = lines.line(range.start);
            }
            Event::End(TagEnd::HtmlBlock) => {
                in_html = false;
                if html.contains("<table") {
                    blocks.extend(html_tables(&html, start_line).into_iter().map(Block::Table));
                }
            }
            Event::Html(s) if in_html => html.push_str(&s),
            Event::Html(_) | Event::InlineHtml(_) => text.push(' '),
            Event::Text(s) | Event::Code(s) if in_image == 0 => text.push_str(&s),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            _ => {}
        }
    }
    blocks
}

/// Parses every `<table>` in an HTML fragment, expanding rowspan and colspan.
pub fn html_tables(fragment: &str, line: usize) -> Vec<RawTable> {
    let doc = Html::parse_fragment(fragment);
    let table_sel = Selector::parse("table").expect("valid selector");
    let row_sel = Selector::parse("tr").expect("valid selector");
    let mut out = Vec::new();
    for table in doc.select(&table_sel) {
        // Rows with their cells; a header row is one made only of <th>.
        let mut grid: Vec<Vec<Option<String>>> = Vec::new();
        let mut header_rows = 0usize;
        for (r, tr) in table.select(&row_sel).enumerate() {
            // Nested tables are not expected; rows belong to the nearest table.
            if tr
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|e| e.value().name() == "table")
                .map(|e| e.id())
                != Some(table.id())
            {
                continue;
            }
            while grid.len() <= r {
                grid.push(Vec::new());
            }
            let cells: Vec<ElementRef> = tr
                .children()
                .filter_map(ElementRef::wrap)
                .filter(|e| matches!(e.value().name(), "td" | "th"))
                .collect();
            if !cells.is_empty()
                && cells.iter().all(|c| c.value().name() == "th")
                && r == header_rows
            {
                header_rows += 1;
            }
            let mut col = 0usize;
            for cell in cells {
                while grid[r].get(col).is_some_and(Option::is_some) {
                    col += 1;
                }
                let span = |name: &str| {
                    cell.value()
                        .attr(name)
                        .and_then(|v| v.trim().parse::<usize>().ok())
                        .unwrap_or(1)
                        .clamp(1, 1000)
                };
                let (rowspan, colspan) = (span("rowspan"), span("colspan"));
                let text = normalize_space(&cell.text().collect::<String>());
                for dr in 0..rowspan {
                    while grid.len() <= r + dr {
                        grid.push(Vec::new());
                    }
                    let target = &mut grid[r + dr];
                    for dc in 0..colspan {
                        let c = col + dc;
                        if target.len() <= c {
                            target.resize(c + 1, None);
                        }
                        target[c] = Some(text.clone());
                    }
                }
                col += colspan;
            }
        }
        let mut rows: Vec<Vec<String>> = grid
            .into_iter()
            .map(|r| r.into_iter().map(Option::unwrap_or_default).collect())
            .collect();
        let header = if header_rows > 0 {
            rows.remove(0)
        } else {
            Vec::new()
        };
        out.push(RawTable {
            line,
            header,
            rows,
            html: true,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_rowspan_and_colspan_fill_the_grid() {
        let t = &html_tables(
            "<table><tr><th>A</th><th>B</th><th>C</th></tr>\
             <tr><td rowspan=\"2\">x</td><td colspan=\"2\">wide</td></tr>\
             <tr><td>1</td><td>2</td></tr></table>",
            7,
        )[0];
        assert_eq!(t.header, ["A", "B", "C"]);
        assert_eq!(t.rows, [vec!["x", "wide", "wide"], vec!["x", "1", "2"]]);
        assert_eq!(t.line, 7);
    }
}
