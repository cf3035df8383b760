//! Rustdoc text of generated items: spec text escaped for Markdown, and the summaries of a
//! field (tag, type, length, requirement, default, values, bits).

use mms_spec::{Field, Length, Requirement};
use proc_macro2::TokenStream;
use quote::quote;

/// Escapes what Markdown would read as links, emphasis or HTML in spec text, outside
/// `code spans` (which the generator writes itself and never contain such characters).
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        if i > 0 {
            out.push('`');
        }
        if i % 2 == 1 {
            out.push_str(part);
            continue;
        }
        for c in part.chars() {
            match c {
                '[' | ']' | '*' | '_' | '\\' | '#' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
    }
    out
}

/// `#[doc = " text"]` lines (prettyplease prints them as `///` comments); spec text in
/// them is escaped for Markdown.
pub fn doc(text: &str) -> TokenStream {
    let text = escape_markdown(text);
    let lines = text.lines().map(|l| {
        let l = if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        };
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// A value in `digits` upper-case hex digits, e.g. `D812`.
pub fn hex_text(raw: u64, digits: usize) -> String {
    format!("{raw:0digits$X}")
}

/// The field's tag in hex, or `raw` for an untagged value.
pub fn tag_text(field: &Field) -> String {
    field
        .tag
        .map_or_else(|| "raw".to_string(), |t| t.to_string())
}

/// `1 byte`, `4 bytes`, `variable length`.
pub fn len_text(len: &Length) -> String {
    match len {
        Length::Fixed(1) => "1 byte".to_string(),
        Length::Fixed(n) => format!("{n} bytes"),
        Length::Var(_) => "variable length".to_string(),
        other => format!("length {other}"),
    }
}

/// `` `81` File ID (binary, 4 bytes, required; see manual Table 201). ``
pub fn field_doc(field: &Field) -> String {
    let mut parts = Vec::new();
    if let Some(t) = field.value_type() {
        parts.push(t.to_string());
    }
    parts.push(len_text(&field.len));
    parts.push(
        match &field.requirement {
            Some(Requirement::Required) => "required",
            _ => "optional",
        }
        .to_string(),
    );
    if let Some(d) = field
        .default
        .as_deref()
        .filter(|d| !d.is_empty() && *d != "N/A")
    {
        if d.len() <= 40 {
            parts.push(format!("default {d}"));
        }
    }
    let mut text = format!(
        "`{}` {} ({}",
        tag_text(field),
        field.label,
        parts.join(", ")
    );
    if !field.table_refs.is_empty() {
        let refs: Vec<String> = field.table_refs.iter().map(|t| t.to_string()).collect();
        text.push_str(&format!("; see manual Table {}", refs.join(", ")));
    }
    text.push_str(").");
    if !field.limits.is_empty() {
        text.push_str(&format!(" Limited to: {}.", field.limits.join(", ")));
    }
    text
}

/// Most enumerated values or bits listed in a field's doc.
const MAX_LISTED: usize = 16;

/// `\n\nValues: `00` Never; `01..FE` Interval.` and the bits, for fields without an enum.
pub fn values_doc(field: &Field) -> String {
    let mut text = String::new();
    if !field.values.is_empty() {
        let listed: Vec<String> = field
            .values
            .iter()
            .take(MAX_LISTED)
            .map(|v| match v.byte {
                Some(b) => format!("byte {b} `{}` {}", v.value, v.name),
                None => format!("`{}` {}", v.value, v.name),
            })
            .collect();
        text.push_str(&format!("\n\nValues: {}.", listed.join("; ")));
    }
    if !field.bits.is_empty() {
        // Masks, not bit numbers: the manual counts bits from 0 in some tables and from 1 (EMV's
        // b8..b1) in others, and a mask reads the same either way.
        let width = field
            .len
            .fixed()
            .unwrap_or_else(|| mms_spec::bits::bits_width(&field.bits));
        let masks = mms_spec::bits::bit_masks(&field.bits, width).filter(|_| width <= 8);
        let listed: Vec<String> = match masks {
            Some(masks) => masks
                .iter()
                .take(MAX_LISTED)
                .map(|m| {
                    format!(
                        "`{}` {}",
                        hex_text(m.mask as u64, width as usize * 2),
                        m.name
                    )
                })
                .collect(),
            // A table that does not fit the value: as the spec numbers it.
            None => field
                .bits
                .iter()
                .take(MAX_LISTED)
                .map(|b| {
                    let byte = b.byte.map_or(String::new(), |n| format!("byte {n} "));
                    match b.last_bit {
                        Some(last) => format!("{byte}bits {}..={last} {}", b.bit, b.name),
                        None => format!("{byte}bit {} {}", b.bit, b.name),
                    }
                })
                .collect(),
        };
        text.push_str(&format!("\n\nBits: {}.", listed.join("; ")));
    }
    text
}
