//! The annotated text tree drawn from the JSON form (what `mms decode` prints).

use mms_spec::{EnvelopeKind, Spec};
use serde_json::{Map, Value};
use std::fmt::Write;

/// How much of long values to show.
#[derive(Clone, Copy, Debug, Default)]
pub struct RenderOptions {
    /// Show at most this many bytes of a value (then `... (N bytes)`); all when `None`.
    pub max_bytes: Option<usize>,
    /// Leave out the round-trip line (for exchanges the tool built itself).
    pub hide_roundtrip: bool,
}

/// Spaced hex of a JSON hex string, shortened per `opts`.
fn spaced(hex: &str, opts: RenderOptions) -> String {
    let bytes: Vec<&str> = (0..hex.len() / 2).map(|i| &hex[2 * i..2 * i + 2]).collect();
    match opts.max_bytes {
        Some(max) if bytes.len() > max => {
            format!("{} ... ({} bytes)", bytes[..max].join(" "), bytes.len())
        }
        _ => bytes.join(" "),
    }
}

fn str_of<'a>(m: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    m.get(key).and_then(Value::as_str)
}

/// The spec's label of an envelope tag for a message kind.
fn envelope_label<'s>(spec: &'s Spec, kind: &str, tag: u32) -> &'s str {
    let kind = match kind {
        "request" => Some(EnvelopeKind::Request),
        "response" => Some(EnvelopeKind::Response),
        "notification" => Some(EnvelopeKind::Notification),
        "file" => Some(EnvelopeKind::DataFile),
        _ => None,
    };
    let label = kind.and_then(|k| spec.envelope(k)).and_then(|e| {
        e.fields
            .iter()
            .find(|f| f.tag.is_some_and(|t| t.value() == tag))
            .map(|f| f.label.as_str())
    });
    label.unwrap_or(match tag {
        0x81 => "Message Information",
        0x82 => "Status",
        0x83 => "Additional Details",
        0x84 => "Payload",
        _ => "Reserved",
    })
}

/// Renders one decoded message (or failure) as an indented tree: a summary
/// line, then every envelope tag with its spec label, the payload's fields
/// nested under tag 84.
pub fn render(value: &Value, spec: &Spec, opts: RenderOptions) -> String {
    let mut out = String::new();
    let Some(m) = value.as_object() else {
        return value.to_string();
    };
    if m.get("ok") == Some(&Value::Bool(false)) {
        let _ = writeln!(out, "error: {}", str_of(m, "error").unwrap_or("?"));
        return out;
    }
    let kind = str_of(m, "kind").unwrap_or("?");
    if kind == "tlv" {
        let _ = writeln!(out, "TLV sequence");
        if let Some(Value::Object(fields)) = m.get("fields") {
            render_fields(&mut out, fields, 1, opts);
        }
        return out;
    }
    let _ = write!(out, "{kind} {}", str_of(m, "id").unwrap_or("?"));
    if let Some(name) = str_of(m, "name") {
        let _ = write!(out, " {name}");
    }
    if let Some(r) = m.get("ref") {
        let _ = write!(out, ", ref {r}");
    }
    if let Some(d) = str_of(m, "direction") {
        let _ = write!(out, ", {}", d.replace('_', " "));
    }
    if let Some(v) = m.get("version") {
        let _ = write!(out, ", API version {v}");
    }
    out.push('\n');
    let label = |tag: u32| {
        let form = m
            .get("len_forms")
            .and_then(|f| f.get(format!("{tag:02X}")))
            .map(|n| format!(" [{n} length bytes]"))
            .unwrap_or_default();
        format!("{}{form}", envelope_label(spec, kind, tag))
    };
    if let Ok((info, _)) = crate::encode::message_info(m, kind, spec) {
        let _ = write!(out, "  81 {}: {}", label(0x81), mms_spec::format_hex(&info));
        if let Some(ft) = str_of(m, "file_type") {
            let _ = write!(out, " (file type {ft}");
            if let Some(l) = str_of(m, "file_type_label") {
                let _ = write!(out, ": {l}");
            }
            out.push(')');
        }
        out.push('\n');
    }
    if let Some(Value::Object(s)) = m.get("status") {
        let _ = write!(
            out,
            "  82 {}: {}",
            label(0x82),
            spaced(str_of(s, "hex").unwrap_or(""), RenderOptions::default())
        );
        let parts: Vec<&str> = ["summary", "group", "subgroup", "detail"]
            .iter()
            .filter_map(|k| str_of(s, k))
            .collect();
        if !parts.is_empty() {
            let _ = write!(out, " = {}", parts.join(" / "));
        }
        out.push('\n');
    }
    if let Some(a) = str_of(m, "additional") {
        let _ = writeln!(out, "  83 {}: {}", label(0x83), spaced(a, opts));
    }
    if let Some(d) = str_of(m, "data") {
        let len = m.get("len").and_then(Value::as_u64).unwrap_or(0);
        let _ = writeln!(
            out,
            "  84 {}: {len} bytes: {}",
            label(0x84),
            spaced(d, opts)
        );
    }
    if let Some(p) = str_of(m, "payload_hex") {
        let _ = writeln!(
            out,
            "  84 {}: {} (too short for an ID)",
            label(0x84),
            spaced(p, opts)
        );
    }
    if let Some(Value::Object(fields)) = m.get("fields") {
        let id = str_of(m, "payload_id").or(str_of(m, "id")).unwrap_or("?");
        let _ = write!(out, "  84 {}: ID {id}", label(0x84));
        if m.contains_key("payload_id") {
            let _ = write!(out, " (not the message's ID)");
        }
        out.push('\n');
        render_fields(&mut out, fields, 2, opts);
    }
    if let Some(Value::Array(props)) = m.get("properties") {
        let _ = writeln!(out, "  properties:");
        for p in props {
            let _ = writeln!(out, "    {}", crate::property::property_line(p));
        }
    }
    if let Some(r) = str_of(m, "reserved") {
        let _ = writeln!(out, "  9E {}: {}", label(0x9E), spaced(r, opts));
    }
    if let Some(Value::Object(extra)) = m.get("envelope_extra") {
        for (tag, v) in extra {
            let _ = writeln!(
                out,
                "  {tag} (not an envelope tag): {}",
                spaced(v.as_str().unwrap_or(""), opts)
            );
        }
    }
    if let Some(note) = str_of(m, "note") {
        let _ = writeln!(out, "  note: {note}");
    }
    match m.get("roundtrip").filter(|_| !opts.hide_roundtrip) {
        Some(Value::Bool(true)) => {
            let _ = writeln!(out, "  re-encodes byte-identically");
        }
        Some(Value::Bool(false)) => {
            let why = str_of(m, "roundtrip_error").unwrap_or("the bytes differ");
            let _ = writeln!(out, "  does NOT re-encode byte-identically ({why})");
        }
        _ => {}
    }
    out
}

/// The rows of a `fields` object, indented `depth` levels.
pub fn render_fields(
    out: &mut String,
    fields: &Map<String, Value>,
    depth: usize,
    opts: RenderOptions,
) {
    let indent = "  ".repeat(depth);
    for (key, node) in fields {
        let Some(n) = node.as_object() else {
            let _ = writeln!(out, "{indent}{key}: {node}");
            continue;
        };
        let tag = str_of(n, "tag").unwrap_or("?");
        let name = match str_of(n, "label") {
            Some(label) => label.to_string(),
            None => "(not in spec)".to_string(),
        };
        let _ = write!(out, "{indent}{tag} {name}");
        if let Some(form) = n.get("len_form") {
            let _ = write!(out, " [{form} length bytes]");
        }
        if let Some(Value::Object(children)) = n.get("fields") {
            if children.is_empty() {
                out.push_str(": (empty)\n");
                continue;
            }
            out.push_str(":\n");
            render_fields(out, children, depth + 1, opts);
            continue;
        }
        let hex = str_of(n, "hex").unwrap_or("");
        if hex.is_empty() {
            let _ = write!(out, ": (empty)");
        } else {
            let _ = write!(out, ": {}", spaced(hex, opts));
        }
        if let Some(t) = str_of(n, "text") {
            let _ = write!(out, " = \"{t}\"");
        }
        match n.get("value") {
            Some(Value::String(v)) => {
                let _ = write!(out, " = {v}");
            }
            Some(Value::Number(v)) => {
                let _ = write!(out, " = {v}");
            }
            _ => {}
        }
        if let Some(bits) = crate::values::bits_note(n.get("bits")) {
            let _ = write!(out, " {bits}");
        }
        if let Some(note) = str_of(n, "note") {
            let _ = write!(out, " ({note})");
        }
        out.push('\n');
        if let Some(Value::Object(typed)) = n.get("data_type") {
            render_data_type(out, typed, depth + 1, opts);
        }
    }
}

/// A value's data type (`data_type`): its layout, framing and named TLVs.
fn render_data_type(
    out: &mut String,
    typed: &Map<String, Value>,
    depth: usize,
    opts: RenderOptions,
) {
    let indent = "  ".repeat(depth);
    let title = str_of(typed, "title").unwrap_or("");
    let layout = str_of(typed, "layout").unwrap_or("");
    let _ = write!(out, "{indent}as {title} ({layout})");
    if let Some(len) = typed.get("length") {
        let _ = write!(out, ", length {len}");
    }
    out.push_str(":\n");
    if let Some(Value::Object(raw)) = typed.get("raw") {
        for (name, value) in raw {
            let h = value.as_str().unwrap_or("");
            let _ = writeln!(out, "{indent}  {name}: {}", spaced(h, opts));
        }
    }
    if let Some(Value::Object(fields)) = typed.get("fields") {
        render_fields(out, fields, depth + 1, opts);
    }
    if let Some(trailer) = str_of(typed, "trailer") {
        let _ = writeln!(out, "{indent}  padding and MAC: {}", spaced(trailer, opts));
    }
    if let Some(error) = str_of(typed, "error") {
        let _ = writeln!(out, "{indent}  error: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const ECHO: &str = "AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03";

    fn echo_tree(spec: &Spec) -> Value {
        crate::dissect(&mms_spec::parse_hex(ECHO).unwrap(), spec)
    }

    /// `max_bytes` cuts a long value and says how long it was; `hide_roundtrip` drops the
    /// round-trip line (`mms firmware` and the demo set them; nothing else does).
    #[test]
    fn options_shorten_values_and_hide_the_roundtrip() {
        let spec = Spec::builtin();
        let tree = echo_tree(&spec);
        let full = render(&tree, &spec, RenderOptions::default());
        assert!(full.contains(": 01 02 03\n"), "{full}");
        assert!(full.contains("re-encodes byte-identically"), "{full}");
        let opts = RenderOptions {
            max_bytes: Some(2),
            hide_roundtrip: true,
        };
        let short = render(&tree, &spec, opts);
        assert!(short.contains(": 01 02 ... (3 bytes)\n"), "{short}");
        assert!(!short.contains("re-encode"), "{short}");
    }

    /// A tree whose bytes do not come back from it says so, with the encoder's reason when
    /// there is one.
    #[test]
    fn a_failed_roundtrip_is_shown_with_its_reason() {
        let spec = Spec::builtin();
        let mut tree = echo_tree(&spec);
        tree["roundtrip"] = json!(false);
        let text = render(&tree, &spec, RenderOptions::default());
        assert!(
            text.contains("does NOT re-encode byte-identically (the bytes differ)"),
            "{text}"
        );
        tree["roundtrip_error"] = json!("fields.x: not hex");
        let text = render(&tree, &spec, RenderOptions::default());
        assert!(text.contains("(fields.x: not hex)"), "{text}");
    }

    /// Trees made by hand (the tree API takes any JSON): what is missing shows as `?` or is
    /// left out, never a panic; a data type's raw rows show before its TLVs.
    #[test]
    fn hand_made_trees_render_what_they_have() {
        let spec = Spec::builtin();
        let opts = RenderOptions::default();
        assert_eq!(render(&json!([1, 2]), &spec, opts), "[1,2]");
        assert_eq!(render(&json!({"ok": false}), &spec, opts), "error: ?\n");
        assert_eq!(
            render(&json!({"kind": "tlv"}), &spec, opts),
            "TLV sequence\n"
        );
        assert!(render(&json!({}), &spec, opts).starts_with("? ?\n"));
        let tree = json!({"kind": "tlv", "fields": {
            "a": 7,
            "b": {"tag": "C1", "hex": "0102", "data_type": {
                "title": "File", "layout": "file",
                "raw": {"version": "01", "hash": "AABB"},
                "fields": {"c": {"tag": "C2", "hex": ""}},
                "trailer": "FF", "error": "at byte 9: short"
            }}
        }});
        assert_eq!(
            render(&tree, &spec, opts),
            "TLV sequence\n  a: 7\n  C1 (not in spec): 01 02\n    as File (file):\n      \
             version: 01\n      hash: AA BB\n      C2 (not in spec): (empty)\n      \
             padding and MAC: FF\n      error: at byte 9: short\n"
        );
    }
}
