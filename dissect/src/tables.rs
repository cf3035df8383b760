//! What the spec says about a message: envelope tags, message kinds, the
//! table that describes a payload, status and detail code meanings.

use mms_spec::{Field, Spec, Table};
use serde_json::{json, Map, Value};

use crate::values::hex;

/// Message information (type, reference, ID), manual Table 11.
pub const TAG_INFO: u32 = 0x81;
/// Response status or notification detail code.
pub const TAG_STATUS: u32 = 0x82;
/// Additional details.
pub const TAG_ADDITIONAL: u32 = 0x83;
/// Payload: a 2-byte ID, then TLVs.
pub const TAG_PAYLOAD: u32 = 0x84;
/// Reserved.
pub const TAG_RESERVED: u32 = 0x9E;
/// Start-of-message byte.
pub const START: u8 = 0xAA;

/// The message kind (`request`, `response`, `notification`, `file`) for a
/// message type byte, and whether the direction is the usual one for that kind.
pub fn kind_of(message_type: u8) -> Option<(&'static str, bool)> {
    match message_type {
        0x01 => Some(("request", true)),
        0x81 => Some(("request", false)),
        0x82 => Some(("response", true)),
        0x02 => Some(("response", false)),
        0x83 => Some(("notification", true)),
        0x03 => Some(("notification", false)),
        0x04 | 0x84 => Some(("file", true)),
        _ => None,
    }
}

/// The table that describes a payload: a command's request or response
/// table, or the notification payload table its detail code points to.
pub fn payload_table<'s>(
    spec: &'s Spec,
    kind: &str,
    id: u16,
    status: Option<&[u8]>,
) -> Option<&'s Table> {
    match kind {
        "request" => spec.command_tables(id)?.request.as_ref(),
        "response" => spec.command_tables(id)?.response.as_ref(),
        "notification" => {
            let n = spec.notification(id)?;
            let code = status.and_then(|s| <[u8; 4]>::try_from(s).ok());
            let detail = code.and_then(|code| spec.notification_detail(id, code));
            detail
                .and_then(|d| n.payloads.iter().find(|p| d.table_refs.contains(&p.table)))
                .or(n.payloads.first())
        }
        _ => None,
    }
}

/// The spec row for `tag` (its bytes) among `fields`.
pub fn find_field<'s>(fields: Option<&'s [Field]>, tag: &[u8]) -> Option<&'s Field> {
    fields?
        .iter()
        .find(|f| f.tag.is_some_and(|t| t.as_bytes() == tag))
}

/// The JSON `status` object of a response: the 4 bytes and their meanings.
pub fn describe_status(spec: &Spec, status: &[u8]) -> Value {
    let mut out = Map::new();
    out.insert("hex".into(), json!(hex(status)));
    if let [summary, group, subgroup, code] = *status {
        out.insert("ok".into(), json!(summary < 0x80));
        if let Some(s) = spec.status_summary(summary) {
            out.insert("summary".into(), json!(s.name));
        }
        if let Some(g) = spec.status_group(group) {
            out.insert("group".into(), json!(g.name));
            let sub = format!("{subgroup:02X}");
            if let Some(s) = g
                .subgroups
                .iter()
                .find(|s| s.value.eq_ignore_ascii_case(&sub))
            {
                out.insert("subgroup".into(), json!(s.name));
            }
        }
        if let Some(c) = spec.status_detail(group, subgroup, code) {
            out.insert("detail".into(), json!(c.label));
        }
    }
    Value::Object(out)
}

/// The JSON `status` object of a notification: its detail code and meaning.
pub fn describe_detail(spec: &Spec, id: u16, detail: &[u8]) -> Value {
    let mut out = Map::new();
    out.insert("hex".into(), json!(hex(detail)));
    if let Ok(code) = <[u8; 4]>::try_from(detail) {
        if let Some(d) = spec.notification_detail(id, code) {
            out.insert("detail".into(), json!(d.label));
        }
    }
    Value::Object(out)
}
