//! The annotated tree (JSON) back to bytes.
//!
//! Informational keys (`label`, `name`, `offset`, `value` when `hex` is
//! present, status meanings ...) are ignored, so a decoded message encodes
//! back to the same bytes; hand-written JSON may leave out `tag` (taken from
//! the spec by field name) and use `text` or `value` instead of `hex`.

use mms_codec::{write_tlv, LengthForm, Tag};
use mms_spec::lookup::{lookup_field, LookupError};
use mms_spec::{Field, Length, Spec, Table};
use serde_json::{Map, Value};

use crate::error::EncodeError;
use crate::tables::{find_field, fits, payload_tables, START};
use crate::values::unescape_text;

type Result<T> = std::result::Result<T, EncodeError>;

/// Encodes one JSON message (or bare TLV sequence, `"kind": "tlv"`).
pub fn encode(value: &Value, spec: &Spec) -> Result<Vec<u8>> {
    let obj = value.as_object().ok_or_else(|| {
        EncodeError::top("expected a JSON object like the ones `mms decode --json` prints")
    })?;
    if obj.get("ok") == Some(&Value::Bool(false)) {
        let why = obj.get("error").and_then(Value::as_str).unwrap_or("?");
        return Err(EncodeError::top(format!(
            "this is a failed decode (\"ok\": false: {why}), there is nothing to encode"
        )));
    }
    let kind = obj.get("kind").and_then(Value::as_str).ok_or_else(|| {
        EncodeError::new(
            "kind",
            "missing (request, response, notification, file or tlv)",
        )
    })?;
    if kind == "tlv" {
        let fields = obj
            .get("fields")
            .ok_or_else(|| EncodeError::new("fields", "a \"tlv\" object needs it"))?;
        return encode_fields(fields, None, "fields");
    }
    let version = match obj.get("version") {
        None => 0,
        Some(v) => small_number(v, 0xFF, "version")? as u8,
    };
    let (info, id) = message_info(obj, kind, spec)?;
    let forms = match obj.get("len_forms") {
        None => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => {
            return Err(EncodeError::new(
                "len_forms",
                "must be an object like {\"84\": 2}",
            ))
        }
    };
    let form_of = |tag: &str| -> Result<LengthForm> {
        match forms.get(tag) {
            None => Ok(LengthForm::Minimal),
            Some(v) => long_form(v, &format!("len_forms.{tag}")),
        }
    };

    // Every envelope item as (its key in `envelope_order`, tag, bytes), in the usual order;
    // written in that order unless `envelope_order` gives the order they came in.
    let mut items: Vec<(String, Tag, Vec<u8>)> = vec![("81".into(), Tag::from_u32(0x81), info)];
    let mut status_bytes = None;
    if let Some(status) = obj.get("status") {
        let bytes = match status {
            Value::Object(m) => hex_value(
                m.get("hex").ok_or_else(|| {
                    EncodeError::new("status", "needs \"hex\" (e.g. \"00000000\")")
                })?,
                "status.hex",
            )?,
            other => hex_value(other, "status")?,
        };
        status_bytes = Some(bytes.clone());
        items.push(("82".into(), Tag::from_u32(0x82), bytes));
    }
    if let Some(a) = obj.get("additional") {
        items.push((
            "83".into(),
            Tag::from_u32(0x83),
            hex_value(a, "additional")?,
        ));
    }
    let payload = if kind == "file" {
        obj.get("data").map(|d| hex_value(d, "data")).transpose()?
    } else if let Some(fields) = obj.get("fields") {
        let payload_id = match obj.get("payload_id").and_then(Value::as_str) {
            Some(p) => resolve_id(p, kind, spec, "payload_id")?,
            None => id,
        };
        let tables = payload_tables(spec, kind, payload_id, status_bytes.as_deref());
        let mut bytes = payload_id.to_be_bytes().to_vec();
        bytes.extend(encode_payload(fields, &tables)?);
        Some(bytes)
    } else {
        obj.get("payload_hex")
            .map(|p| hex_value(p, "payload_hex"))
            .transpose()?
    };
    if let Some(payload) = payload {
        items.push(("84".into(), Tag::from_u32(0x84), payload));
    }
    if let Some(r) = obj.get("reserved") {
        items.push(("9E".into(), Tag::from_u32(0x9E), hex_value(r, "reserved")?));
    }
    if let Some(extra) = obj.get("envelope_extra") {
        let extra = extra
            .as_object()
            .ok_or_else(|| EncodeError::new("envelope_extra", "must be an object of tag: hex"))?;
        for (key, value) in extra {
            let here = format!("envelope_extra.{key}");
            let tag = parse_tag(strip_suffix(key), &here)?;
            items.push((key.clone(), tag, hex_value(value, &here)?));
        }
    }
    if let Some(order) = obj.get("envelope_order") {
        in_order(&mut items, order)?;
    }
    let mut out = vec![START, version];
    for (key, tag, bytes) in &items {
        write_tlv(&mut out, *tag, form_of(key)?, bytes);
    }
    Ok(out)
}

/// The TLVs of a payload's `fields`, written by the first of `tables` (a detail code's
/// alternatives) that can write them and whose rows the result [fits], the table decoding
/// chooses; by the first table (with its error) when none does, by none when there is none.
fn encode_payload(fields: &Value, tables: &[&Table]) -> Result<Vec<u8>> {
    let by = |t: &Table| encode_fields(fields, Some(&t.fields), "fields");
    match tables {
        [] => encode_fields(fields, None, "fields"),
        [only] => by(only),
        many => match many
            .iter()
            .find_map(|t| by(t).ok().filter(|bytes| fits(&t.fields, bytes)))
        {
            Some(bytes) => Ok(bytes),
            None => by(many[0]),
        },
    }
}

/// Puts the envelope items in the order `envelope_order` lists their keys (`"81"`, `"84"`, an
/// `envelope_extra` key such as `"00#2"`); items it does not list follow in the usual order.
fn in_order(items: &mut [(String, Tag, Vec<u8>)], order: &Value) -> Result<()> {
    let order = order.as_array().ok_or_else(|| {
        EncodeError::new(
            "envelope_order",
            "must be a list of keys like [\"81\", \"84\"]",
        )
    })?;
    // The first `placed` items are in their place.
    for (placed, key) in order.iter().enumerate() {
        let here = format!("envelope_order[{placed}]");
        let key = key
            .as_str()
            .ok_or_else(|| EncodeError::new(&here, format!("expected a key, found {key}")))?;
        match items[placed..].iter().position(|(k, _, _)| k == key) {
            Some(at) => items[placed..=placed + at].rotate_right(1),
            None => {
                let why = match items[..placed].iter().any(|(k, _, _)| k == key) {
                    true => format!("{key:?} is listed twice"),
                    false => format!("{key:?} is not an item of this message"),
                };
                return Err(EncodeError::new(here, why));
            }
        }
    }
    Ok(())
}

/// The value of tag 81 (message type, reference, ID, extra bytes) and the ID
/// of a message object whose `kind` is `kind`.
pub fn message_info(obj: &Map<String, Value>, kind: &str, spec: &Spec) -> Result<(Vec<u8>, u16)> {
    let mut message_type = match kind {
        "request" => 0x01,
        "response" => 0x82,
        "notification" => 0x83,
        "file" => 0x04,
        "other" => 0x00,
        other => {
            return Err(EncodeError::new(
                "kind",
                format!("{other:?} is not one of request, response, notification, file, tlv"),
            ))
        }
    };
    match obj.get("direction").and_then(Value::as_str) {
        None => {}
        Some("to_device") => message_type &= 0x7F,
        Some("from_device") => message_type |= 0x80,
        Some(other) => {
            return Err(EncodeError::new(
                "direction",
                format!("{other:?} must be \"to_device\" or \"from_device\""),
            ))
        }
    }
    if let Some(t) = obj.get("message_type") {
        message_type = match hex_value(t, "message_type")?.as_slice() {
            [b] => *b,
            _ => return Err(EncodeError::new("message_type", "expected one byte of hex")),
        };
    }
    let reference = match obj.get("ref") {
        None => 0,
        Some(v) => small_number(v, 0xFF, "ref")? as u8,
    };
    let id_text = obj
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| EncodeError::new("id", "missing (e.g. \"0xD812\" or a command name)"))?;
    let id = resolve_id(id_text, kind, spec, "id")?;

    let mut info = vec![message_type, reference];
    info.extend_from_slice(&id.to_be_bytes());
    if let Some(ft) = obj.get("file_type") {
        let bytes = hex_value(ft, "file_type")?;
        if bytes.len() != 4 {
            let why = format!("must be 4 bytes (8 hex digits), not {}", bytes.len());
            return Err(EncodeError::new("file_type", why));
        }
        info.extend_from_slice(&bytes);
    }
    if let Some(extra) = obj.get("info_extra") {
        info.extend(hex_value(extra, "info_extra")?);
    }
    Ok((info, id))
}

/// A command or notification ID from `"0xD812"`, `"D812"` or a name in the spec.
pub fn resolve_id(text: &str, kind: &str, spec: &Spec, at: &str) -> Result<u16> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return u16::from_str_radix(digits, 16).map_err(|e| EncodeError::new(at, e.to_string()));
    }
    let found = if kind == "notification" {
        spec.lookup_notification(text)
            .map(|n| n.id.0)
            .map_err(|e| names(e, |n| &n.name))
    } else {
        spec.lookup_command(text)
            .map(|c| c.id.0)
            .map_err(|e| names(e, |c| &c.name))
    };
    found.map_err(|candidates| {
        let why = match candidates {
            None => format!("{text:?} is neither 4 hex digits nor a name in the spec"),
            Some(list) => format!("{text:?} is ambiguous: {list}; give the ID"),
        };
        EncodeError::new(at, why)
    })
}

/// The candidates of an ambiguous lookup, for an error message.
fn names<T>(e: LookupError<'_, T>, name: impl Fn(&T) -> &String) -> Option<String> {
    match e {
        LookupError::NotFound => None,
        LookupError::Ambiguous(many) => {
            let list: Vec<&str> = many.iter().take(6).map(|t| name(t).as_str()).collect();
            Some(list.join(", "))
        }
    }
}

fn strip_suffix(key: &str) -> &str {
    key.split_once('#').map_or(key, |(k, _)| k)
}

/// Parses a tag written in hex (`"81"`, `"9F02"`).
pub fn parse_tag(text: &str, at: &str) -> Result<Tag> {
    let bytes = mms_spec::parse_hex(text)
        .map_err(|e| EncodeError::new(at, format!("tag {text:?}: {e}")))?;
    if bytes.is_empty() || bytes.len() > 4 {
        return Err(EncodeError::new(
            at,
            format!("tag {text:?} must be 1 to 4 bytes of hex"),
        ));
    }
    if bytes[0] == 0 && bytes.len() > 1 {
        return Err(EncodeError::new(
            at,
            format!("tag {text:?} starts with a 00 byte"),
        ));
    }
    let raw = bytes.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b));
    Tag::try_from_u32(raw)
        .ok_or_else(|| EncodeError::new(at, format!("{text:?} is not a well-formed TLV tag")))
}

/// Bytes from a JSON string of hex digits (spaces and `0x` allowed).
pub fn hex_value(value: &Value, at: &str) -> Result<Vec<u8>> {
    let text = value.as_str().ok_or_else(|| {
        EncodeError::new(
            at,
            format!("expected a string of hex digits, found {value}"),
        )
    })?;
    mms_spec::parse_hex(text).map_err(|e| EncodeError::new(at, format!("{text:?}: {e}")))
}

fn small_number(value: &Value, max: u64, at: &str) -> Result<u64> {
    match value.as_u64() {
        Some(n) if n <= max => Ok(n),
        Some(n) => Err(EncodeError::new(at, format!("{n} is more than {max}"))),
        None => Err(EncodeError::new(
            at,
            format!("expected a number from 0 to {max}, found {value}"),
        )),
    }
}

fn long_form(value: &Value, at: &str) -> Result<LengthForm> {
    match small_number(value, 4, at)? {
        0 => Err(EncodeError::new(
            at,
            "a long length form has 1 to 4 length bytes",
        )),
        n => Ok(LengthForm::Long(n as u8)),
    }
}

/// The spec row a `fields` key names (field name, label or tag), if any.
fn field_for_key<'s>(spec: Option<&'s [Field]>, key: &str, at: &str) -> Result<Option<&'s Field>> {
    let Some(fields) = spec else { return Ok(None) };
    match lookup_field(fields, key) {
        Ok(f) => Ok(Some(f)),
        Err(LookupError::NotFound) => Ok(None),
        Err(e) => {
            let list = names(e, |f| &f.name).unwrap_or_default();
            Err(EncodeError::new(
                at,
                format!("{key:?} is ambiguous: {list}; give the field name"),
            ))
        }
    }
}

/// Encodes a JSON `fields` object (tag or spec name keys) into a TLV sequence;
/// `path` is where the object is, for errors.
pub fn encode_fields(fields: &Value, spec: Option<&[Field]>, path: &str) -> Result<Vec<u8>> {
    let map = fields
        .as_object()
        .ok_or_else(|| EncodeError::new(path, "must be an object of fields"))?;
    let mut out = Vec::new();
    for (key, value) in map {
        let here = format!("{path}.{key}");
        let name = strip_suffix(key);
        let (tag, field) = match value.get("tag").and_then(Value::as_str) {
            Some(text) => {
                let tag = parse_tag(text, "").map_err(|e| e.at(format!("{here}.tag")))?;
                (tag, find_field(spec, tag.as_bytes()))
            }
            None => match field_for_key(spec, name, &here)? {
                Some(f) => match f.tag {
                    Some(t) => (parse_tag(&t.to_string(), &here)?, Some(f)),
                    None => {
                        return Err(EncodeError::new(
                            here,
                            "the spec row is raw bytes, not a TLV",
                        ))
                    }
                },
                None => {
                    let tag = parse_tag(name, &here).map_err(|_| {
                        EncodeError::new(
                            &here,
                            "not a field name of this message in the spec, and not a hex tag",
                        )
                    })?;
                    (tag, None)
                }
            },
        };
        let (bytes, form) = match value {
            Value::String(_) => (hex_value(value, &here)?, LengthForm::Minimal),
            Value::Object(node) => {
                let form = match node.get("len_form") {
                    Some(v) => long_form(v, &format!("{here}.len_form"))?,
                    None => LengthForm::Minimal,
                };
                (node_bytes(node, field, &here)?, form)
            }
            other => {
                let why = format!("expected a hex string or an object, found {other}");
                return Err(EncodeError::new(here, why));
            }
        };
        write_tlv(&mut out, tag, form, &bytes);
    }
    Ok(out)
}

fn node_bytes(node: &Map<String, Value>, field: Option<&Field>, here: &str) -> Result<Vec<u8>> {
    if let Some(children) = node.get("fields") {
        let spec_children = field.map(|f| f.fields.as_slice()).filter(|f| !f.is_empty());
        return encode_fields(children, spec_children, &format!("{here}.fields"));
    }
    if let Some(h) = node.get("hex") {
        return hex_value(h, "").map_err(|e| e.at(format!("{here}.hex")));
    }
    if let Some(t) = node.get("text") {
        let text = t
            .as_str()
            .ok_or_else(|| EncodeError::new(format!("{here}.text"), "must be a string"))?;
        return Ok(unescape_text(text));
    }
    if let Some(v) = node.get("value") {
        return value_bytes(v, field, &format!("{here}.value"));
    }
    Ok(Vec::new())
}

/// Bytes of a `value`: an enumerated name from the spec, or a number written
/// big-endian in the field's fixed width (or in as few bytes as it needs).
fn value_bytes(value: &Value, field: Option<&Field>, at: &str) -> Result<Vec<u8>> {
    if let Some(name) = value.as_str() {
        let f = field.ok_or_else(|| {
            EncodeError::new(at, format!("{name:?}: no spec row to look the name up in"))
        })?;
        let v = f
            .values
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                let names: Vec<&str> = f.values.iter().map(|v| v.name.as_str()).collect();
                let why = format!(
                    "{name:?} is not a value of {} (known: {})",
                    f.label,
                    names.join(", ")
                );
                EncodeError::new(at, why)
            })?;
        return v.bytes().ok_or_else(|| {
            EncodeError::new(
                at,
                format!("{name:?} stands for a range ({}); give \"hex\"", v.value),
            )
        });
    }
    let n = value.as_u64().ok_or_else(|| {
        EncodeError::new(
            at,
            format!("expected a number or a value name, found {value}"),
        )
    })?;
    let needed = (8 - (n.leading_zeros() / 8) as usize).max(1);
    let width = match field.map(|f| &f.len) {
        Some(Length::Fixed(w)) => *w as usize,
        _ => needed,
    };
    if width > 8 {
        // A number is at most 8 bytes; padding it silently would hide a mistake.
        let f = field.map_or(String::new(), |f| format!("{} ({}) ", f.name, f.label));
        return Err(EncodeError::new(
            at,
            format!("field {f}is {width} bytes wide, a number gives at most 8; give \"hex\" with {width} bytes"),
        ));
    }
    if needed > width {
        return Err(EncodeError::new(
            at,
            format!("{n} does not fit in the field's {width} bytes"),
        ));
    }
    Ok(n.to_be_bytes()[8 - width..].to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn hand_written_request_encodes() {
        let spec = Spec::default();
        let v = json!({"kind": "request", "id": "0xDF01", "ref": 1, "fields": {"81": "010203"}});
        assert_eq!(
            encode(&v, &spec).unwrap(),
            mms_spec::parse_hex("AA 00 81 04 01 01 DF 01 84 07 DF 01 81 03 01 02 03").unwrap()
        );
    }

    #[test]
    fn long_forms_are_kept() {
        let spec = Spec::default();
        let v = json!({"kind": "response", "id": "D111", "ref": 0x55, "status": {"hex": "00000000"},
            "fields": {"85": "01"}, "len_forms": {"84": 2}});
        assert_eq!(
            encode(&v, &spec).unwrap(),
            mms_spec::parse_hex(
                "AA 00 81 04 82 55 D1 11 82 04 00 00 00 00 84 82 00 05 D1 11 85 01 01"
            )
            .unwrap()
        );
    }

    /// Issue 11, defect 6: a number for a 32-byte field was written as 8 bytes.
    #[test]
    fn a_number_for_a_wide_field_is_refused() {
        let spec = Spec::builtin();
        let v = json!({"kind": "request", "id": "D812", "fields": {
            "file_transfer_properties": {"fields": {"hash_checksum": {"value": 5}}}}});
        let e = encode(&v, &spec).unwrap_err();
        assert!(e.path.ends_with("hash_checksum.value"), "{e}");
        assert!(
            e.reason.contains("hash_checksum") && e.reason.contains("32 bytes"),
            "{e}"
        );
        let v = json!({"kind": "request", "id": "D812", "fields": {
            "file_transfer_properties": {"fields": {"hash_checksum_type": {"value": 0x104}}}}});
        assert!(encode(&v, &spec)
            .unwrap_err()
            .reason
            .contains("does not fit"));
    }
}
