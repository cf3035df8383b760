//! Spec-driven decoding of whole MMS messages into the JSON shape that
//! `mms decode --json` prints and `mms encode` reads back.
//!
//! The JSON value is the single intermediate form: the text tree
//! ([`crate::render`]) is drawn from it and the encoder ([`crate::encode`])
//! rebuilds the bytes from it, so "roundtrip" checks exactly what a user can
//! do with the two commands.

use mms_codec::{DecodeContext, DecodeError, LengthForm, TlvIter, TlvRef};
use mms_spec::{Field, Spec, Table};
use serde_json::{json, Map, Value};

/// Envelope tags (manual Tables 11, 12, 14, 15).
pub const TAG_INFO: u32 = 0x81;
pub const TAG_STATUS: u32 = 0x82;
pub const TAG_ADDITIONAL: u32 = 0x83;
pub const TAG_PAYLOAD: u32 = 0x84;
pub const TAG_RESERVED: u32 = 0x9E;

/// Start-of-message byte.
pub const START: u8 = 0xAA;

/// A message that could not be decoded: where and why.
#[derive(Debug, Clone)]
pub struct DecodeFailure(pub String);

impl std::fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<DecodeError> for DecodeFailure {
    fn from(e: DecodeError) -> Self {
        DecodeFailure(e.to_string())
    }
}

/// Uppercase hex without separators (the JSON form).
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push_str(&format!("{b:02X}"));
    }
    s
}

/// The message kind for a message type byte, and whether the direction is
/// the usual one for that kind.
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

/// Decodes one message (or, when it does not start with `AA`, a bare TLV
/// sequence) into the JSON shape, without the `roundtrip` key.
pub fn decode(bytes: &[u8], spec: &Spec) -> Result<Value, DecodeFailure> {
    match bytes.first() {
        None => Err(DecodeFailure("empty input: no bytes to decode".into())),
        Some(&START) => decode_message(bytes, spec),
        Some(_) => {
            let nodes = parse_nodes(bytes, DecodeContext::default(), None, spec)?;
            let mut out = Map::new();
            out.insert("ok".into(), json!(true));
            out.insert("kind".into(), json!("tlv"));
            out.insert("fields".into(), Value::Object(nodes));
            Ok(Value::Object(out))
        }
    }
}

fn decode_message(bytes: &[u8], spec: &Spec) -> Result<Value, DecodeFailure> {
    let Some(&version) = bytes.get(1) else {
        return Err(DecodeFailure(
            "at byte 1: message ends after the start byte AA (the API version byte is missing)"
                .into(),
        ));
    };
    let cx = DecodeContext::default().at(2);
    let mut info: Option<TlvRef<'_>> = None;
    let mut status = None;
    let mut additional = None;
    let mut payload: Option<TlvRef<'_>> = None;
    let mut reserved = None;
    let mut extra = Map::new();
    let mut len_forms = Map::new();
    let mut order_kept = true;
    let mut last_rank = 0;
    for item in TlvIter::new(&bytes[2..], cx) {
        let tlv = item?;
        if let Some(n) = non_minimal(&tlv) {
            len_forms.insert(tlv.tag.to_string(), json!(n));
        }
        let rank = match tlv.tag.to_u32() {
            TAG_INFO => 1,
            TAG_STATUS => 2,
            TAG_ADDITIONAL => 3,
            TAG_PAYLOAD => 4,
            TAG_RESERVED => 5,
            _ => 6,
        };
        if rank < last_rank {
            order_kept = false;
        }
        last_rank = rank;
        let duplicate = match tlv.tag.to_u32() {
            TAG_INFO => info.replace(tlv).is_some(),
            TAG_STATUS => status.replace(tlv.value).is_some(),
            TAG_ADDITIONAL => additional.replace(tlv.value).is_some(),
            TAG_PAYLOAD => payload.replace(tlv).is_some(),
            TAG_RESERVED => reserved.replace(tlv.value).is_some(),
            _ => {
                let key = unique_key(&extra, &tlv.tag.to_string());
                extra.insert(key, json!(hex(tlv.value)));
                false
            }
        };
        if duplicate {
            return Err(DecodeFailure(format!(
                "at byte {}: tag {} appears twice in the message envelope",
                tlv.offset, tlv.tag
            )));
        }
    }
    let Some(info) = info else {
        return Err(DecodeFailure(
            "at byte 2: the message has no message information (tag 81)".into(),
        ));
    };
    if info.value.len() < 4 {
        return Err(DecodeFailure(format!(
            "at byte {} in 81: message information has {} bytes, needs at least 4 (type, reference, ID)",
            info.value_offset(),
            info.value.len()
        )));
    }
    let message_type = info.value[0];
    let reference = info.value[1];
    let id = u16::from_be_bytes([info.value[2], info.value[3]]);
    let info_extra = &info.value[4..];

    let mut out = Map::new();
    out.insert("ok".into(), json!(true));
    let (kind, usual) = kind_of(message_type).unwrap_or(("other", true));
    out.insert("kind".into(), json!(kind));
    out.insert("id".into(), json!(format!("0x{id:04X}")));
    let name = match kind {
        "notification" => spec.notification(id).map(|n| n.name.clone()),
        _ => spec.command(id).map(|c| c.name.clone()),
    };
    if let Some(name) = &name {
        out.insert("name".into(), json!(name));
    }
    out.insert("ref".into(), json!(reference));
    if kind == "other" {
        out.insert("message_type".into(), json!(format!("{message_type:02X}")));
    }
    if kind == "file" || !usual {
        let direction = if message_type & 0x80 != 0 {
            "from_device"
        } else {
            "to_device"
        };
        out.insert("direction".into(), json!(direction));
    }
    if version != 0 {
        out.insert("version".into(), json!(version));
    }
    if kind == "file" && info_extra.len() == 4 {
        out.insert("file_type".into(), json!(hex(info_extra)));
        let id: [u8; 4] = [info_extra[0], info_extra[1], info_extra[2], info_extra[3]];
        if let Some(ft) = spec.file_type(id) {
            out.insert("file_type_label".into(), json!(ft.label));
        }
    } else if !info_extra.is_empty() {
        out.insert("info_extra".into(), json!(hex(info_extra)));
    }
    if let Some(status) = status {
        let described = match kind {
            "notification" => describe_detail(spec, id, status),
            _ => describe_status(spec, status),
        };
        out.insert("status".into(), described);
    }
    if let Some(additional) = additional {
        out.insert("additional".into(), json!(hex(additional)));
    }
    if let Some(payload) = payload {
        decode_payload(&mut out, kind, id, status, &payload, spec)?;
    }
    if let Some(reserved) = reserved {
        out.insert("reserved".into(), json!(hex(reserved)));
    }
    if !extra.is_empty() {
        out.insert("envelope_extra".into(), Value::Object(extra));
    }
    if !len_forms.is_empty() {
        out.insert("len_forms".into(), Value::Object(len_forms));
    }
    if !order_kept {
        out.insert(
            "note".into(),
            json!("envelope items are not in the usual order 81, 82, 83, 84, 9E"),
        );
    }
    Ok(Value::Object(out))
}

fn decode_payload(
    out: &mut Map<String, Value>,
    kind: &str,
    id: u16,
    status: Option<&[u8]>,
    payload: &TlvRef<'_>,
    spec: &Spec,
) -> Result<(), DecodeFailure> {
    let value = payload.value;
    if kind == "file" {
        out.insert("len".into(), json!(value.len()));
        out.insert("data".into(), json!(hex(value)));
        return Ok(());
    }
    if value.len() < 2 {
        out.insert("payload_hex".into(), json!(hex(value)));
        return Ok(());
    }
    let payload_id = u16::from_be_bytes([value[0], value[1]]);
    if payload_id != id {
        out.insert("payload_id".into(), json!(format!("0x{payload_id:04X}")));
    }
    let table = payload_table(spec, kind, payload_id, status);
    let fields = table.map(|t| t.fields.as_slice());
    let cx = DecodeContext::default().at(payload.value_offset() + 2);
    let nodes = parse_nodes(&value[2..], cx, fields, spec)
        .map_err(|e| DecodeFailure(with_outer(&e.0, "84")))?;
    out.insert("fields".into(), Value::Object(nodes));
    if matches!(payload_id, 0xD101 | 0xD111 | 0xD112) {
        annotate_properties(out, &value[2..], spec);
    }
    Ok(())
}

/// Get/Set Property messages: the property values inside tag 89, by OID.
fn annotate_properties(out: &mut Map<String, Value>, body: &[u8], spec: &Spec) {
    let Ok(values) = crate::props::response_values(body) else {
        return;
    };
    let list: Vec<Value> = values
        .iter()
        .map(|(oid, value)| crate::props::value_json(oid, value, spec))
        .collect();
    if !list.is_empty() {
        out.insert("properties".into(), Value::Array(list));
    }
}

/// Adds an outer tag to the path of a failure message (`at byte N in A2: ...`).
fn with_outer(message: &str, tag: &str) -> String {
    let Some(rest) = message.strip_prefix("at byte ") else {
        return message.to_string();
    };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let tail = &rest[digits.len()..];
    match tail.strip_prefix(" in ") {
        Some(path) => format!("at byte {digits} in {tag}/{path}"),
        None => format!("at byte {digits} in {tag}{tail}"),
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
            if let Some(code) = status.and_then(|s| <[u8; 4]>::try_from(s).ok()) {
                if let Some(detail) = spec.notification_detail(id, code) {
                    if let Some(t) = n
                        .payloads
                        .iter()
                        .find(|p| detail.table_refs.contains(&p.table))
                    {
                        return Some(t);
                    }
                }
            }
            n.payloads.first()
        }
        _ => None,
    }
}

fn non_minimal(tlv: &TlvRef<'_>) -> Option<u8> {
    match tlv.form {
        LengthForm::Long(n) if LengthForm::minimal_for(tlv.value.len()) != LengthForm::Long(n) => {
            Some(n)
        }
        _ => None,
    }
}

fn unique_key(map: &Map<String, Value>, base: &str) -> String {
    if !map.contains_key(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}#{n}"))
        .find(|k| !map.contains_key(k))
        .unwrap_or_else(|| base.to_string())
}

/// The spec row for `tag` among `fields`.
pub fn find_field<'s>(fields: Option<&'s [Field]>, tag: &[u8]) -> Option<&'s Field> {
    fields?
        .iter()
        .find(|f| f.tag.is_some_and(|t| t.as_bytes() == tag))
}

/// Parses a TLV sequence into the JSON `fields` object.
pub fn parse_nodes(
    bytes: &[u8],
    cx: DecodeContext,
    fields: Option<&[Field]>,
    spec: &Spec,
) -> Result<Map<String, Value>, DecodeFailure> {
    let mut out = Map::new();
    for item in TlvIter::new(bytes, cx) {
        let tlv = item?;
        let field = find_field(fields, tlv.tag.as_bytes());
        let base = field.map_or_else(|| tlv.tag.to_string(), |f| f.name.clone());
        let key = unique_key(&out, &base);
        out.insert(key, node_json(&tlv, cx, field, spec)?);
    }
    Ok(out)
}

fn node_json(
    tlv: &TlvRef<'_>,
    cx: DecodeContext,
    field: Option<&Field>,
    spec: &Spec,
) -> Result<Value, DecodeFailure> {
    let mut node = Map::new();
    node.insert("tag".into(), json!(tlv.tag.to_string()));
    if let Some(f) = field {
        node.insert("label".into(), json!(f.label));
    }
    if let Some(n) = non_minimal(tlv) {
        node.insert("len_form".into(), json!(n));
    }
    if tlv.tag.is_constructed() {
        let children = field.map(|f| f.fields.as_slice()).filter(|f| !f.is_empty());
        let parsed = tlv
            .children(cx)
            .map_err(DecodeFailure::from)
            .and_then(|iter| parse_nodes(tlv.value, iter.context(), children, spec));
        match parsed {
            Ok(children) => {
                node.insert("fields".into(), Value::Object(children));
                return Ok(Value::Object(node));
            }
            Err(e) => {
                // Some constructed tags carry raw bytes; show them as they are.
                node.insert("hex".into(), json!(hex(tlv.value)));
                node.insert(
                    "note".into(),
                    json!(format!(
                        "value is not a TLV sequence ({})",
                        with_outer(&e.0, &tlv.tag.to_string())
                    )),
                );
                return Ok(Value::Object(node));
            }
        }
    }
    // A primitive tag that the spec types as TLV ("T") holds a nested
    // sequence (EMV data); show it as fields when it parses.
    let typed_tlv = field.is_some_and(|f| f.data_type.as_deref().map(str::trim) == Some("T"));
    if typed_tlv && !tlv.value.is_empty() {
        let children = field.map(|f| f.fields.as_slice()).filter(|f| !f.is_empty());
        let inner = DecodeContext::default().at(tlv.value_offset());
        if let Ok(children) = parse_nodes(tlv.value, inner, children, spec) {
            node.insert("fields".into(), Value::Object(children));
            return Ok(Value::Object(node));
        }
    }
    node.insert("hex".into(), json!(hex(tlv.value)));
    if let Some(f) = field {
        annotate_value(&mut node, tlv.value, f, spec);
    }
    Ok(Value::Object(node))
}

/// True for the spec's text data types (`AN`, `A`, `ANS`, `ASCII` ...).
pub fn is_text_type(data_type: Option<&str>) -> bool {
    matches!(
        data_type.map(|t| t.trim().to_ascii_uppercase()),
        Some(t) if t == "AN" || t == "A" || t == "ANS" || t.contains("ASCII") || t.contains("STRING")
    )
}

/// Whether an enumerated value (`"04"` or a range `"01..FE"`) covers `value`.
pub fn enum_matches(spec_value: &str, value: &[u8]) -> bool {
    if let Some((lo, hi)) = spec_value.split_once("..") {
        let (Ok(lo), Ok(hi)) = (mms_spec::parse_hex(lo), mms_spec::parse_hex(hi)) else {
            return false;
        };
        return lo.len() == value.len()
            && hi.len() == value.len()
            && lo.as_slice() <= value
            && value <= hi.as_slice();
    }
    mms_spec::parse_hex(spec_value).is_ok_and(|b| b == value)
}

/// Adds `text`, `value` and `bits` annotations for a primitive value.
fn annotate_value(node: &mut Map<String, Value>, value: &[u8], field: &Field, spec: &Spec) {
    if is_text_type(field.data_type.as_deref()) {
        node.insert("text".into(), json!(text_of(value)));
        return;
    }
    if let Some(v) = field.values.iter().find(|v| enum_matches(&v.value, value)) {
        node.insert("value".into(), json!(v.name));
        return;
    }
    if value.len() == 4 && field.table_refs.contains(&spec.file_types.table) {
        let id = [value[0], value[1], value[2], value[3]];
        if let Some(ft) = spec.file_type(id) {
            node.insert("value".into(), json!(ft.label));
            return;
        }
    }
    if !field.bits.is_empty() && !value.is_empty() {
        let set: Vec<Value> = field
            .bits
            .iter()
            .filter(|b| {
                let byte = b.byte.unwrap_or(0) as usize;
                let Some(v) = value.get(byte) else {
                    return false;
                };
                let last = b.last_bit.unwrap_or(b.bit).min(7);
                (b.bit.min(7)..=last).any(|bit| v & (1 << bit) != 0)
            })
            .map(|b| json!(b.name))
            .collect();
        node.insert("bits".into(), Value::Array(set));
        return;
    }
    if looks_like_text(value) {
        node.insert("text".into(), json!(text_of(value)));
        return;
    }
    let t = field.data_type.as_deref().map(str::trim);
    if matches!(t, Some("N") | Some("CN")) {
        node.insert("value".into(), json!(hex(value)));
        return;
    }
    if !value.is_empty() && value.len() <= 4 && field.values.is_empty() && counts_something(field) {
        let n = value.iter().fold(0u64, |n, b| (n << 8) | u64::from(*b));
        node.insert("value".into(), json!(n));
    }
}

/// Whether a binary field is a number worth showing in decimal (a length,
/// a count, a time ...), judged by its name.
fn counts_something(field: &Field) -> bool {
    const WORDS: [&str; 9] = [
        "length", "size", "count", "timeout", "seconds", "amount", "number", "offset", "interval",
    ];
    let name = field.name.to_ascii_lowercase();
    WORDS.iter().any(|w| name.contains(w))
}

/// Binary values that are plainly text (file names, versions): at least 4
/// printable ASCII bytes, optionally NUL-padded.
fn looks_like_text(value: &[u8]) -> bool {
    let end = value.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    end >= 4 && value[..end].iter().all(|b| (0x20..=0x7E).contains(b))
}

/// Text of an alphanumeric value: ASCII kept, trailing NULs dropped, other bytes escaped.
pub fn text_of(value: &[u8]) -> String {
    let trimmed = match value.iter().rposition(|b| *b != 0) {
        Some(last) => &value[..=last],
        None => &value[..0],
    };
    let mut s = String::new();
    for b in trimmed {
        match *b {
            0x20..=0x7E => s.push(*b as char),
            other => s.push_str(&format!("\\x{other:02X}")),
        }
    }
    s
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

/// Re-encodes a decoded value and reports whether it gives `bytes` back.
pub fn with_roundtrip(mut value: Value, bytes: &[u8], spec: &Spec) -> Value {
    let again = crate::encode::encode(&value, spec);
    let same = matches!(&again, Ok(b) if b == bytes);
    if let Value::Object(map) = &mut value {
        map.insert("roundtrip".into(), json!(same));
        if let Err(e) = again {
            map.insert("roundtrip_error".into(), json!(e.to_string()));
        }
    }
    value
}

/// Decodes and adds `roundtrip`; a failure becomes `{"ok": false, "error": ...}`.
pub fn decode_json(bytes: &[u8], spec: &Spec) -> Value {
    match decode(bytes, spec) {
        Ok(v) => with_roundtrip(v, bytes, spec),
        Err(e) => json!({"ok": false, "error": e.0}),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outer_tags_join_the_path() {
        assert_eq!(
            with_outer("at byte 9 in A2/81: length 5 is past the end", "84"),
            "at byte 9 in 84/A2/81: length 5 is past the end"
        );
        assert_eq!(
            with_outer("at byte 9: tag truncated", "84"),
            "at byte 9 in 84: tag truncated"
        );
    }

    #[test]
    fn ranges_match_by_value() {
        assert!(enum_matches("01..FE", &[0x10]));
        assert!(!enum_matches("01..FE", &[0xFF]));
        assert!(enum_matches("04", &[0x04]));
    }

    #[test]
    fn damaged_examples_never_panic() {
        let spec = Spec::builtin();
        let examples: Vec<Vec<u8>> = spec
            .examples()
            .filter_map(|(_, e)| e.bytes().ok())
            .step_by(7)
            .take(60)
            .collect();
        for bytes in &examples {
            for cut in 0..bytes.len().min(80) {
                let v = decode_json(&bytes[..cut], &spec);
                let _ = crate::render::render(&v, &spec, Default::default());
            }
            for at in 0..bytes.len().min(40) {
                for flip in [0x01u8, 0x80, 0xFF] {
                    let mut damaged = bytes.clone();
                    damaged[at] ^= flip;
                    let v = decode_json(&damaged, &spec);
                    if v["ok"] == true {
                        // Whatever decodes must also encode.
                        assert!(crate::encode::encode(&v, &spec).is_ok(), "{v}");
                    }
                    let _ = crate::render::render(&v, &spec, Default::default());
                }
            }
        }
    }

    #[test]
    fn text_drops_trailing_nuls() {
        assert_eq!(text_of(b"DynaFlex Pro\0"), "DynaFlex Pro");
        assert_eq!(text_of(&[0x41, 0x01]), "A\\x01");
    }
}
