//! The Data Types chapter: one data type section per level-2 heading, its TLV tables read as
//! layouts (with the length prefix, padding, MAC, encrypted primitives and references by name
//! made explicit) and its other tables kept as reference tables.

use mms_spec::{DataTypeSection, Layout};

use super::*;

/// The chapter's level-1 heading (without product tags).
const CHAPTER: &str = "Data Types and Shared TLV Data Objects";

impl Walker {
    /// Starts a data type section for a level-2 heading of the chapter.
    pub(super) fn data_type_heading(
        &mut self,
        level: u8,
        text: &str,
        line: usize,
    ) -> Option<Context> {
        if self.chapter != CHAPTER || level != 2 {
            return None;
        }
        let (heading, limits, internal) = split_tags(text);
        // "... File Type (Not Supported on Expresspay 4.x)": the remark is not part of the name.
        let ident = type_ident(heading.split(" (").next().unwrap_or(&heading));
        self.spec.data_types.push(DataTypeSection {
            ident,
            heading,
            internal,
            limits,
            layouts: Vec::new(),
            reference_tables: Vec::new(),
            source: manual_location(line),
        });
        Some(Context::DataType {
            index: self.spec.data_types.len() - 1,
            level,
        })
    }

    /// Why a table outside the modelled sections is skipped, from the chapter it is in.
    pub(super) fn skip_reason(&self) -> String {
        let why = match self.chapter.as_str() {
            "" => "before the first chapter",
            c if c.starts_with("MMS Dyna Devices") || c == "Introduction" => {
                "front matter (revision history, connection types, device features)"
            }
            "Connection Types" => {
                "transport framing (USB reports, Bluetooth LE, SLIP, iAP2): implemented by hand in mms-runtime"
            }
            c if c.starts_with("Messages") => {
                "message framing overview (packet formats, TLV basics): the envelopes are modelled from their own tables"
            }
            "Security" => "security procedures (MAC, KSN, key derivation): prose for mms-dukpt, not a wire layout",
            CHAPTER => "a table of the Data Types chapter before its first section",
            "Commands" => "a note box (icon and text) rendered as a table",
            _ => "appendix table (LED states, symbologies, beep codes, examples of walkthroughs): not a wire layout",
        };
        format!("{why} [chapter: {}]", self.chapter)
    }

    /// A table of a data type section: a TLV table becomes a layout; any other titled table a
    /// reference table; an untitled one is skipped with the reason.
    pub(super) fn data_type_table(
        &mut self,
        index: usize,
        t: &RawTable,
        number: Option<u32>,
        malformed: Option<String>,
        title: &str,
    ) {
        let heading = self.spec.data_types[index].heading.clone();
        let Some(number) = number else {
            self.report.skipped_tables.push(TableIssue {
                line: t.line,
                table: None,
                title: String::new(),
                reason: format!("untitled table in data type section \"{heading}\" (a rendering of a file's contents, not a layout)"),
            });
            return;
        };
        if shape(t) != Shape::Tlv {
            let table = crate::reference::reference_table(t, number, title);
            self.report.reference_tables += 1;
            self.spec.data_types[index].reference_tables.push(table);
            return;
        }
        let (mut fields, problems) = parse_tlv_rows(t, None, false);
        for p in problems {
            self.report.row_problems.push(TableIssue {
                line: t.line,
                table: Some(number),
                title: title.to_string(),
                reason: p,
            });
        }
        frame_fields(&mut fields);
        self.report.tables_interpreted += 1;
        let section = &mut self.spec.data_types[index];
        section.layouts.push(Layout {
            ident: type_ident(title),
            table: number,
            numbered: malformed,
            title: title.to_string(),
            fields,
            source: manual_location(t.line),
        });
    }
}

/// `"EMV ARQC (DynaPro Format) Type"` -> `emv_arqc_dynapro_format`.
fn type_ident(text: &str) -> String {
    let ident = snake(text);
    ident
        .strip_suffix("_type")
        .filter(|s| !s.is_empty())
        .map_or(ident.clone(), str::to_string)
}

/// Makes a layout's untagged rows explicit: the "N-byte MSB length" row becomes a length prefix
/// of N raw bytes, the CBC-MAC row 4 raw bytes, and padding and MAC rows (which the table lists
/// after the innermost container) move back to the top level, where the bytes are.
fn frame_fields(fields: &mut Vec<Field>) {
    let mut trailer = Vec::new();
    take_trailer(fields, &mut trailer, true);
    fields.extend(trailer);
    for f in fields.iter_mut() {
        let lower = f.label.to_ascii_lowercase();
        if !f.raw || f.tag.is_some() {
            continue;
        }
        if lower.contains("msb") && lower.contains("length") {
            let width = lower
                .split(|c: char| !c.is_ascii_digit())
                .find_map(|d| d.parse::<u32>().ok())
                .unwrap_or(2);
            f.len = Length::Fixed(width);
            f.length_prefix = true;
            f.name = "message_length".into();
        } else if lower.contains("cbc-mac") || lower.starts_with("four-byte") {
            f.len = Length::Fixed(4);
            f.name = "mac".into();
        }
    }
    make_unique_names(fields);
}

/// Moves padding and MAC rows found below the top level to `out`, in order.
fn take_trailer(fields: &mut Vec<Field>, out: &mut Vec<Field>, top: bool) {
    let mut kept = Vec::with_capacity(fields.len());
    for mut f in fields.drain(..) {
        take_trailer(&mut f.fields, out, false);
        let lower = f.label.to_ascii_lowercase();
        let trailer = f.raw
            && f.tag.is_none()
            && (lower.starts_with("padding")
                || lower.contains("cbc-mac")
                || lower.starts_with("four-byte"));
        if trailer && !top {
            out.push(f);
        } else {
            kept.push(f);
        }
    }
    *fields = kept;
}

fn make_unique_names(fields: &mut [Field]) {
    let mut names: Vec<String> = fields.iter().map(|f| f.name.clone()).collect();
    unique(&mut names);
    for (f, n) in fields.iter_mut().zip(names) {
        f.name = n;
    }
}

/// Links the layouts by name once every section is read: encrypted primitives to the layout of
/// their decrypted contents (`DFDF59` to "... DFDF59 Decrypted Contents"), and childless
/// constructed fields to the layout whose only top-level field has their tag (`/FE` to the VAS
/// container). Layout idents are made unique.
pub(super) fn link_layouts(spec: &mut Spec) {
    let mut idents: Vec<String> = spec.layouts().map(|l| l.ident.clone()).collect();
    unique(&mut idents);
    let mut it = idents.into_iter();
    for l in spec.data_types.iter_mut().flat_map(|s| &mut s.layouts) {
        l.ident = it.next().expect("one ident per layout");
    }
    // (ident, title, root tag when the layout has exactly one constructed top-level TLV)
    let all: Vec<(String, String, Option<Tag>)> = spec
        .layouts()
        .map(|l| {
            let tagged: Vec<&Field> = l.fields.iter().filter(|f| f.tag.is_some()).collect();
            let root = match tagged.as_slice() {
                [one] if one.is_constructed() => one.tag,
                _ => None,
            };
            (l.ident.clone(), l.title.clone(), root)
        })
        .collect();
    for section in &mut spec.data_types {
        for layout in &mut section.layouts {
            let own = layout.ident.clone();
            let title = layout.title.clone();
            link_fields(&mut layout.fields, &own, &title, &all, true);
        }
    }
}

fn link_fields(
    fields: &mut [Field],
    own: &str,
    title: &str,
    all: &[(String, String, Option<Tag>)],
    top: bool,
) {
    for f in fields {
        if let Some(tag) = f.tag {
            let hex = tag.to_string();
            let marker = format!("{hex} Decrypted Contents");
            let lower = f.label.to_ascii_lowercase();
            if lower.contains("encrypted") && lower.contains("primitive") {
                // "EMV ARQC (DynaPro Format) DFDF59 Decrypted Contents" belongs to the layout whose
                // title starts with "EMV ARQC (DynaPro Format)".
                f.decrypts_to = all
                    .iter()
                    .find(|(_, t, _)| {
                        t.find(&marker)
                            .is_some_and(|at| title.starts_with(t[..at].trim_end()))
                    })
                    .map(|(i, _, _)| i.clone());
            }
            let linkable = !top && f.fields.is_empty() && f.is_constructed();
            if linkable {
                f.layout = all
                    .iter()
                    .find(|(i, _, root)| i != own && *root == Some(tag))
                    .map(|(i, _, _)| i.clone());
            }
        }
        link_fields(&mut f.fields, own, title, all, false);
    }
}

/// The data type of the data a notification detail code announces, from the code's label:
/// "ARQC Update" carries an ARQC, "Batch Data" batch data, "NFC UID" and "GPO Response" theirs.
pub fn detail_code_layout(label: &str) -> Option<&'static str> {
    let lower = label.to_ascii_lowercase();
    [
        ("arqc update", "emv_arqc_dynapro_format"),
        ("batch data", "emv_batch_data_dynapro_format"),
        ("nfc uid", "nfc_uid"),
        ("gpo response", "gpo_response"),
    ]
    .into_iter()
    .find(|(words, _)| lower.contains(words))
    .map(|(_, layout)| layout)
}
