//! `--family odynamo`: decoding and simulating the oDynamo-style message family
//! (raw TLV messages, `spec/odynamo/`), in the same JSON shape and tree as MMS.
//!
//! Decoding goes through the generated `odynamo::Message` (so `roundtrip` checks the
//! generated types); the spec's rows only add labels, value names and bits.

use std::fmt::Write as _;

use anyhow::{anyhow, Result};
use mms_codec::DecodeContext;
use mms_protocol::generated::odynamo::{Message, MessageType};
use mms_spec::{FamilySpec, Field, Spec};
use serde_json::{json, Map, Value};

use mms_dissect::render::{self, RenderOptions};

/// Message families other than MMS.
#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Family {
    /// MMS (DynaFlex, DynaProx): `AA 00` messages with an envelope.
    #[default]
    Mms,
    /// The oDynamo-style family: raw TLV messages (`C0 C1 C2 [C3] [C4|E0]`).
    Odynamo,
}

/// The built-in oDynamo family spec.
pub fn odynamo_spec() -> Result<FamilySpec> {
    FamilySpec::builtin("odynamo")
        .map_err(|e| anyhow!("the built-in oDynamo spec does not load (a bug): {e}"))
}

/// The message's rows with the data objects under `E0`.
fn message_fields(family: &FamilySpec) -> Vec<Field> {
    let mut fields = family.family.message.fields.clone();
    for f in &mut fields {
        if f.tag.is_some_and(|t| t.is_constructed()) && f.fields.is_empty() {
            f.fields = family.data_fields().to_vec();
        }
    }
    fields
}

/// `kind`, as in the MMS JSON (`request` for commands).
fn kind(message_type: MessageType) -> &'static str {
    match message_type {
        MessageType::Command => "request",
        MessageType::Response => "response",
        MessageType::Notification => "notification",
        _ => "unknown",
    }
}

/// Decodes one message into the JSON shape of `mms decode --json` (with `roundtrip`).
pub fn decode_json(bytes: &[u8], family: &FamilySpec) -> Value {
    let message = match Message::decode(bytes) {
        Ok(m) => m,
        Err(e) => return json!({"ok": false, "error": e.to_string()}),
    };
    let mut out = Map::new();
    out.insert("ok".into(), json!(true));
    out.insert("family".into(), json!(family.family.ident));
    out.insert("kind".into(), json!(kind(message.message_type)));
    let (_, app, cmd) = message.key();
    out.insert("id".into(), json!(format!("0x{app:02X}::0x{cmd:02X}")));
    if let Some(name) = message.name() {
        out.insert("name".into(), json!(name));
    }
    if let Some(rc) = message.result_code {
        let mut status = Map::new();
        status.insert("hex".into(), json!(format!("{:02X}", rc.to_raw())));
        status.insert("ok".into(), json!(rc.to_raw() == 0));
        if let Some(label) = rc.label() {
            status.insert("summary".into(), json!(label));
        }
        out.insert("status".into(), Value::Object(status));
    }
    // Labels, value names and bits from the spec's rows (the bytes decoded above).
    let fields = message_fields(family);
    match mms_dissect::decode::parse_nodes(
        bytes,
        DecodeContext::default(),
        Some(&fields),
        &Spec::default(),
    ) {
        Ok(nodes) => {
            out.insert("fields".into(), Value::Object(nodes));
        }
        Err(e) => {
            out.insert("note".into(), json!(e.to_string()));
        }
    }
    out.insert("roundtrip".into(), json!(message.encode() == bytes));
    Value::Object(out)
}

/// The annotated tree of a decoded message (same layout as MMS).
pub fn render(value: &Value, opts: RenderOptions) -> String {
    let mut out = String::new();
    let Some(m) = value.as_object() else {
        return value.to_string();
    };
    if m.get("ok") == Some(&Value::Bool(false)) {
        let _ = writeln!(
            out,
            "error: {}",
            m.get("error").and_then(Value::as_str).unwrap_or("?")
        );
        return out;
    }
    let text = |k: &str| m.get(k).and_then(Value::as_str);
    let _ = write!(
        out,
        "{} {}",
        text("kind").unwrap_or("?"),
        text("id").unwrap_or("?")
    );
    if let Some(name) = text("name") {
        let _ = write!(out, " {name}");
    }
    if let Some(summary) = m
        .get("status")
        .and_then(|s| s.get("summary"))
        .and_then(Value::as_str)
    {
        let _ = write!(out, ", {summary}");
    }
    out.push('\n');
    if let Some(Value::Object(fields)) = m.get("fields") {
        render::render_fields(&mut out, fields, 1, opts);
    }
    if let Some(note) = text("note") {
        let _ = writeln!(out, "  note: {note}");
    }
    match m.get("roundtrip") {
        Some(Value::Bool(true)) => out.push_str("  re-encodes byte-identically\n"),
        Some(Value::Bool(false)) => out.push_str("  does NOT re-encode byte-identically\n"),
        _ => {}
    }
    out
}
