//! `mms encode`: builds message bytes from the JSON shape that `mms decode
//! --json` prints (see the CLI README for the shape).
//!
//! Informational keys (`label`, `name`, `value` when `hex` is present,
//! status meanings ...) are ignored, so a decoded message encodes back to the
//! same bytes; hand-written JSON may leave out `tag` (taken from the spec by
//! field name) and use `text` or `value` instead of `hex`.

use anyhow::{anyhow, bail, Context, Result};
use mms_codec::{write_tlv, LengthForm, Tag};
use mms_spec::{Field, Spec};
use serde_json::{Map, Value};

use crate::annotate::{self, START};

/// Encodes one JSON message (or bare TLV sequence).
pub fn encode(value: &Value, spec: &Spec) -> Result<Vec<u8>> {
    let obj = value.as_object().ok_or_else(|| {
        anyhow!("expected a JSON object like the ones `mms decode --json` prints")
    })?;
    if obj.get("ok") == Some(&Value::Bool(false)) {
        let why = obj.get("error").and_then(Value::as_str).unwrap_or("?");
        bail!("this is a failed decode (\"ok\": false: {why}), there is nothing to encode");
    }
    let kind = obj.get("kind").and_then(Value::as_str).ok_or_else(|| {
        anyhow!("missing \"kind\" (request, response, notification, file or tlv)")
    })?;
    if kind == "tlv" {
        let fields = obj
            .get("fields")
            .ok_or_else(|| anyhow!("a \"tlv\" object needs \"fields\""))?;
        return encode_fields(fields, None, "fields");
    }
    let version = match obj.get("version") {
        None => 0,
        Some(v) => small_number(v, 0xFF).context("\"version\"")? as u8,
    };
    let (info, id) = message_info(obj, kind, spec)?;

    let forms = match obj.get("len_forms") {
        None => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => bail!("\"len_forms\" must be an object like {{\"84\": 2}}"),
    };
    let form_of = |tag: &str| -> Result<LengthForm> {
        match forms.get(tag) {
            None => Ok(LengthForm::Minimal),
            Some(v) => long_form(v).with_context(|| format!("\"len_forms\".{tag}")),
        }
    };

    let mut out = vec![START, version];
    write_tlv(&mut out, Tag::from_u32(0x81), form_of("81")?, &info);
    let mut status_bytes = None;
    if let Some(status) = obj.get("status") {
        let bytes = match status {
            Value::Object(m) => hex_value(
                m.get("hex")
                    .ok_or_else(|| anyhow!("\"status\" needs \"hex\" (e.g. \"00000000\")"))?,
            ),
            other => hex_value(other),
        }
        .context("\"status\"")?;
        write_tlv(&mut out, Tag::from_u32(0x82), form_of("82")?, &bytes);
        status_bytes = Some(bytes);
    }
    if let Some(a) = obj.get("additional") {
        let bytes = hex_value(a).context("\"additional\"")?;
        write_tlv(&mut out, Tag::from_u32(0x83), form_of("83")?, &bytes);
    }
    let payload = if kind == "file" {
        obj.get("data")
            .map(|d| hex_value(d).context("\"data\""))
            .transpose()?
    } else if let Some(fields) = obj.get("fields") {
        let payload_id = match obj.get("payload_id").and_then(Value::as_str) {
            Some(p) => resolve_id(p, kind, spec).context("\"payload_id\"")?,
            None => id,
        };
        let table = annotate::payload_table(spec, kind, payload_id, status_bytes.as_deref());
        let mut bytes = payload_id.to_be_bytes().to_vec();
        bytes.extend(encode_fields(
            fields,
            table.map(|t| t.fields.as_slice()),
            "fields",
        )?);
        Some(bytes)
    } else {
        obj.get("payload_hex")
            .map(|p| hex_value(p).context("\"payload_hex\""))
            .transpose()?
    };
    if let Some(payload) = payload {
        write_tlv(&mut out, Tag::from_u32(0x84), form_of("84")?, &payload);
    }
    if let Some(r) = obj.get("reserved") {
        let bytes = hex_value(r).context("\"reserved\"")?;
        write_tlv(&mut out, Tag::from_u32(0x9E), form_of("9E")?, &bytes);
    }
    if let Some(extra) = obj.get("envelope_extra") {
        let extra = extra
            .as_object()
            .ok_or_else(|| anyhow!("\"envelope_extra\" must be an object of tag: hex"))?;
        for (key, value) in extra {
            let tag = parse_tag(strip_suffix(key))
                .with_context(|| format!("\"envelope_extra\".{key}"))?;
            let bytes = hex_value(value).with_context(|| format!("\"envelope_extra\".{key}"))?;
            write_tlv(&mut out, tag, form_of(strip_suffix(key))?, &bytes);
        }
    }
    Ok(out)
}

/// The value of tag 81 (message type, reference, ID, extra bytes) and the ID.
pub fn message_info(obj: &Map<String, Value>, kind: &str, spec: &Spec) -> Result<(Vec<u8>, u16)> {
    let mut message_type = match kind {
        "request" => 0x01,
        "response" => 0x82,
        "notification" => 0x83,
        "file" => 0x04,
        "other" => 0x00,
        other => {
            bail!("\"kind\": {other:?} is not one of request, response, notification, file, tlv")
        }
    };
    match obj.get("direction").and_then(Value::as_str) {
        None => {}
        Some("to_device") => message_type &= 0x7F,
        Some("from_device") => message_type |= 0x80,
        Some(other) => bail!("\"direction\": {other:?} must be \"to_device\" or \"from_device\""),
    }
    if let Some(t) = obj.get("message_type") {
        message_type = single_byte(t).context("\"message_type\"")?;
    }
    let reference = match obj.get("ref") {
        None => 0,
        Some(v) => small_number(v, 0xFF).context("\"ref\"")? as u8,
    };
    let id_text = obj
        .get("id")
        .and_then(Value::as_str)
        .ok_or_else(|| anyhow!("missing \"id\" (e.g. \"0xD812\" or a command name)"))?;
    let id = resolve_id(id_text, kind, spec)?;

    let mut info = vec![message_type, reference];
    info.extend_from_slice(&id.to_be_bytes());
    if let Some(ft) = obj.get("file_type") {
        let bytes = hex_value(ft).context("\"file_type\"")?;
        if bytes.len() != 4 {
            bail!(
                "\"file_type\" must be 4 bytes (8 hex digits), not {}",
                bytes.len()
            );
        }
        info.extend_from_slice(&bytes);
    }
    if let Some(extra) = obj.get("info_extra") {
        info.extend(hex_value(extra).context("\"info_extra\"")?);
    }
    Ok((info, id))
}

/// A command or notification ID from `"0xD812"`, `"D812"` or a name in the spec.
pub fn resolve_id(text: &str, kind: &str, spec: &Spec) -> Result<u16> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return u16::from_str_radix(digits, 16).map_err(|e| anyhow!("ID {text:?}: {e}"));
    }
    let found = if kind == "notification" {
        spec.notifications
            .iter()
            .find(|n| n.ident == text || n.name.eq_ignore_ascii_case(text))
            .map(|n| n.id.0)
    } else {
        spec.commands
            .iter()
            .find(|c| c.ident == text || c.name.eq_ignore_ascii_case(text))
            .map(|c| c.id.0)
    };
    found.ok_or_else(|| anyhow!("ID {text:?} is neither 4 hex digits nor a name in the spec"))
}

fn strip_suffix(key: &str) -> &str {
    key.split_once('#').map_or(key, |(k, _)| k)
}

/// Parses a tag written in hex (`"81"`, `"9F02"`).
pub fn parse_tag(text: &str) -> Result<Tag> {
    let bytes = mms_spec::parse_hex(text).map_err(|e| anyhow!("tag {text:?}: {e}"))?;
    if bytes.is_empty() || bytes.len() > 4 {
        bail!("tag {text:?} must be 1 to 4 bytes of hex");
    }
    let raw = bytes.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b));
    if bytes[0] == 0 && bytes.len() > 1 {
        bail!("tag {text:?} starts with a 00 byte");
    }
    Tag::try_from_u32(raw).ok_or_else(|| anyhow!("{text:?} is not a well-formed TLV tag"))
}

/// Bytes from a JSON string of hex digits (spaces and `0x` allowed).
pub fn hex_value(value: &Value) -> Result<Vec<u8>> {
    let text = value
        .as_str()
        .ok_or_else(|| anyhow!("expected a string of hex digits, found {value}"))?;
    mms_spec::parse_hex(text).map_err(|e| anyhow!("{text:?}: {e}"))
}

fn single_byte(value: &Value) -> Result<u8> {
    let bytes = hex_value(value)?;
    match bytes.as_slice() {
        [b] => Ok(*b),
        _ => bail!("expected one byte of hex"),
    }
}

fn small_number(value: &Value, max: u64) -> Result<u64> {
    let n = value
        .as_u64()
        .ok_or_else(|| anyhow!("expected a number from 0 to {max}, found {value}"))?;
    if n > max {
        bail!("{n} is more than {max}");
    }
    Ok(n)
}

fn long_form(value: &Value) -> Result<LengthForm> {
    let n = small_number(value, 4)?;
    if n == 0 {
        bail!("a long length form has 1 to 4 length bytes");
    }
    Ok(LengthForm::Long(n as u8))
}

/// Encodes a JSON `fields` object (tag or spec name keys) into a TLV sequence.
pub fn encode_fields(fields: &Value, spec: Option<&[Field]>, path: &str) -> Result<Vec<u8>> {
    let map = fields
        .as_object()
        .ok_or_else(|| anyhow!("{path} must be an object of fields"))?;
    let mut out = Vec::new();
    for (key, value) in map {
        let here = format!("{path}.{key}");
        let name = strip_suffix(key);
        let explicit_tag = value.get("tag").and_then(Value::as_str);
        let field = match explicit_tag {
            Some(tag) => parse_tag(tag)
                .ok()
                .and_then(|t| annotate::find_field(spec, t.as_bytes())),
            None => spec.and_then(|s| s.iter().find(|f| f.name == name)),
        };
        let tag = match (explicit_tag, field) {
            (Some(t), _) => parse_tag(t).with_context(|| here.clone())?,
            (None, Some(f)) => match f.tag {
                Some(t) => parse_tag(&t.to_string())?,
                None => bail!("{here}: the spec row {name:?} is raw bytes, not a TLV"),
            },
            (None, None) => parse_tag(name).with_context(|| {
                format!("{here}: not a field name of this message in the spec, and not a hex tag")
            })?,
        };
        let (bytes, form) = match value {
            Value::String(_) => (
                hex_value(value).with_context(|| here.clone())?,
                LengthForm::Minimal,
            ),
            Value::Object(node) => {
                let form = match node.get("len_form") {
                    Some(v) => long_form(v).with_context(|| format!("{here}.len_form"))?,
                    None => LengthForm::Minimal,
                };
                (node_bytes(node, field, &here)?, form)
            }
            other => bail!("{here}: expected a hex string or an object, found {other}"),
        };
        write_tlv(&mut out, tag, form, &bytes);
    }
    Ok(out)
}

fn node_bytes(node: &Map<String, Value>, field: Option<&Field>, here: &str) -> Result<Vec<u8>> {
    if let Some(children) = node.get("fields") {
        let spec_children = field.map(|f| f.fields.as_slice()).filter(|f| !f.is_empty());
        return encode_fields(children, spec_children, here);
    }
    if let Some(h) = node.get("hex") {
        return hex_value(h).with_context(|| format!("{here}.hex"));
    }
    if let Some(t) = node.get("text") {
        let text = t
            .as_str()
            .ok_or_else(|| anyhow!("{here}.text must be a string"))?;
        return Ok(unescape_text(text));
    }
    if let Some(v) = node.get("value") {
        return value_bytes(v, field).with_context(|| format!("{here}.value"));
    }
    Ok(Vec::new())
}

/// Bytes of a `value`: an enumerated name from the spec, or a number written
/// big-endian in the field's fixed length (or as few bytes as it needs).
fn value_bytes(value: &Value, field: Option<&Field>) -> Result<Vec<u8>> {
    if let Some(name) = value.as_str() {
        let f = field.ok_or_else(|| anyhow!("{name:?}: no spec row to look the name up in"))?;
        let v = f
            .values
            .iter()
            .find(|v| v.name.eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                let names: Vec<&str> = f.values.iter().map(|v| v.name.as_str()).collect();
                anyhow!(
                    "{name:?} is not a value of {} (known: {})",
                    f.label,
                    names.join(", ")
                )
            })?;
        return v
            .bytes()
            .ok_or_else(|| anyhow!("{name:?} stands for a range ({}); give \"hex\"", v.value));
    }
    let n = value
        .as_u64()
        .ok_or_else(|| anyhow!("expected a number or a value name, found {value}"))?;
    let full = n.to_be_bytes();
    let len = match field.and_then(|f| f.len.fixed()) {
        Some(len) => len as usize,
        None => (8 - (n.leading_zeros() / 8) as usize).max(1),
    };
    if len < 8 && n >> (8 * len) != 0 {
        bail!("{n} does not fit in {len} bytes");
    }
    Ok(full[8 - len.min(8)..].to_vec())
}

/// Text with `\xNN` escapes (as `decode` prints them) turned back into bytes.
fn unescape_text(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && bytes.get(i + 1) == Some(&b'x') {
            if let Some(b) = text
                .get(i + 2..i + 4)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(b);
                i += 4;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
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

    #[test]
    fn text_escapes_round_trip() {
        assert_eq!(unescape_text("A\\x01B"), vec![0x41, 0x01, 0x42]);
    }
}
