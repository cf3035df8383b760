//! Bytes to the annotated tree: the JSON shape that `mms decode --json`
//! prints (see the crate README), without the `roundtrip` key.

pub mod data_type;

use std::collections::HashMap;

use mms_codec::{DecodeContext, LengthForm, TlvIter, TlvRef};
use mms_spec::{Field, Spec};
use serde_json::{json, Map, Value};

use crate::error::{DecodeError, DecodeErrorKind};
use crate::property::{property_json, property_values};
use crate::tables::{
    describe_detail, describe_status, find_field, kind_of, payload_table, START, TAG_ADDITIONAL,
    TAG_INFO, TAG_PAYLOAD, TAG_RESERVED, TAG_STATUS,
};
use crate::values::{enum_matches, enum_text, hex, is_text_type, looks_like_text, text_of};

/// Decodes one message (or, when it does not start with `AA`, a bare TLV
/// sequence) into the annotated tree.
pub fn decode(bytes: &[u8], spec: &Spec) -> Result<Value, DecodeError> {
    match bytes.first() {
        None => Err(DecodeError::new(DecodeErrorKind::Empty, 0)),
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

/// The envelope items of a message, as found.
#[derive(Default)]
struct Envelope<'a> {
    info: Option<TlvRef<'a>>,
    status: Option<&'a [u8]>,
    additional: Option<&'a [u8]>,
    payload: Option<TlvRef<'a>>,
    reserved: Option<&'a [u8]>,
    extra: Map<String, Value>,
    len_forms: Map<String, Value>,
    order_kept: bool,
}

fn read_envelope(bytes: &[u8]) -> Result<Envelope<'_>, DecodeError> {
    let mut env = Envelope {
        order_kept: true,
        ..Envelope::default()
    };
    let mut extra_keys = Keys::default();
    let mut last_rank = 0;
    for item in TlvIter::new(&bytes[2..], DecodeContext::default().at(2)) {
        let tlv = item?;
        if let Some(n) = non_minimal(&tlv) {
            env.len_forms.insert(tlv.tag.to_string(), json!(n));
        }
        let rank = match tlv.tag.to_u32() {
            TAG_INFO => 1,
            TAG_STATUS => 2,
            TAG_ADDITIONAL => 3,
            TAG_PAYLOAD => 4,
            TAG_RESERVED => 5,
            _ => 6,
        };
        env.order_kept &= rank >= last_rank;
        last_rank = rank;
        let duplicate = match tlv.tag.to_u32() {
            TAG_INFO => env.info.replace(tlv).is_some(),
            TAG_STATUS => env.status.replace(tlv.value).is_some(),
            TAG_ADDITIONAL => env.additional.replace(tlv.value).is_some(),
            TAG_PAYLOAD => env.payload.replace(tlv).is_some(),
            TAG_RESERVED => env.reserved.replace(tlv.value).is_some(),
            _ => {
                let key = extra_keys.next(&tlv.tag.to_string());
                env.extra.insert(key, json!(hex(tlv.value)));
                false
            }
        };
        if duplicate {
            return Err(DecodeError::new(
                DecodeErrorKind::DuplicateEnvelopeTag(tlv.tag),
                tlv.offset,
            ));
        }
    }
    Ok(env)
}

fn decode_message(bytes: &[u8], spec: &Spec) -> Result<Value, DecodeError> {
    let Some(&version) = bytes.get(1) else {
        return Err(DecodeError::new(DecodeErrorKind::NoVersion, 1));
    };
    let env = read_envelope(bytes)?;
    let Some(info) = env.info else {
        return Err(DecodeError::new(DecodeErrorKind::NoMessageInfo, 2));
    };
    if info.value.len() < 4 {
        return Err(DecodeError::new(
            DecodeErrorKind::ShortMessageInfo {
                len: info.value.len(),
            },
            info.value_offset(),
        )
        .within(info.tag));
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
    if let (true, Ok(file_type)) = (kind == "file", <[u8; 4]>::try_from(info_extra)) {
        out.insert("file_type".into(), json!(hex(info_extra)));
        if let Some(ft) = spec.file_type(file_type) {
            out.insert("file_type_label".into(), json!(ft.label));
        }
    } else if !info_extra.is_empty() {
        out.insert("info_extra".into(), json!(hex(info_extra)));
    }
    if let Some(status) = env.status {
        let described = match kind {
            "notification" => describe_detail(spec, id, status),
            _ => describe_status(spec, status),
        };
        out.insert("status".into(), described);
    }
    if let Some(additional) = env.additional {
        out.insert("additional".into(), json!(hex(additional)));
    }
    if let Some(payload) = env.payload {
        decode_payload(&mut out, kind, id, env.status, &payload, spec)?;
    }
    if let Some(reserved) = env.reserved {
        out.insert("reserved".into(), json!(hex(reserved)));
    }
    if !env.extra.is_empty() {
        out.insert("envelope_extra".into(), Value::Object(env.extra));
    }
    if !env.len_forms.is_empty() {
        out.insert("len_forms".into(), Value::Object(env.len_forms));
    }
    if !env.order_kept {
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
) -> Result<(), DecodeError> {
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
    let mut nodes =
        parse_nodes(&value[2..], cx, fields, spec).map_err(|e| e.within(payload.tag))?;
    if let Some(layout) = (kind == "notification")
        .then(|| data_type::detail_layout(spec, payload_id, status))
        .flatten()
    {
        data_type::attach(&mut nodes, fields, &value[2..], cx, layout, spec);
    }
    out.insert("fields".into(), Value::Object(nodes));
    if matches!(payload_id, 0xD101 | 0xD111 | 0xD112) {
        if let Ok(values) = property_values(&value[2..]) {
            let list: Vec<Value> = values
                .iter()
                .map(|(oid, value)| property_json(oid, value, spec))
                .collect();
            if !list.is_empty() {
                out.insert("properties".into(), Value::Array(list));
            }
        }
    }
    Ok(())
}

fn non_minimal(tlv: &TlvRef<'_>) -> Option<u8> {
    match tlv.form {
        LengthForm::Long(n) if LengthForm::minimal_for(tlv.value.len()) != LengthForm::Long(n) => {
            Some(n)
        }
        _ => None,
    }
}

/// Unique keys for repeated names (`81`, `81#2`, `81#3` ...) in constant
/// time each: a count per name, not a search (40,000 repeats stay linear).
#[derive(Default)]
struct Keys(HashMap<String, usize>);

impl Keys {
    fn next(&mut self, base: &str) -> String {
        let seen = self.0.entry(base.to_string()).or_insert(0);
        *seen += 1;
        if *seen == 1 {
            base.to_string()
        } else {
            format!("{base}#{seen}")
        }
    }
}

/// Parses a TLV sequence into a `fields` object, annotated from `fields` (the spec rows).
///
/// A value that its spec rows say is too short (raw rows shorter than their
/// fixed widths, which the typed decoder refuses too) fails the whole parse
/// with where and why, after the TLV structure itself was read.
pub fn parse_nodes(
    bytes: &[u8],
    cx: DecodeContext,
    fields: Option<&[Field]>,
    spec: &Spec,
) -> Result<Map<String, Value>, DecodeError> {
    let mut invalid = None;
    let out = parse_tree(bytes, cx, fields, spec, &mut invalid)?;
    match invalid {
        Some(error) => Err(error),
        None => Ok(out),
    }
}

/// [`parse_nodes`]' walk: TLV structure errors are returned, the first value
/// its spec rows refuse is kept in `invalid`.
fn parse_tree(
    bytes: &[u8],
    cx: DecodeContext,
    fields: Option<&[Field]>,
    spec: &Spec,
    invalid: &mut Option<DecodeError>,
) -> Result<Map<String, Value>, DecodeError> {
    let mut out = Map::new();
    let mut keys = Keys::default();
    for item in TlvIter::new(bytes, cx) {
        let tlv = item?;
        let field = find_field(fields, tlv.tag.as_bytes());
        let key = match field {
            Some(f) => keys.next(&f.name),
            None => keys.next(&tlv.tag.to_string()),
        };
        out.insert(key, node_json(&tlv, cx, field, spec, invalid));
    }
    Ok(out)
}

fn node_json(
    tlv: &TlvRef<'_>,
    cx: DecodeContext,
    field: Option<&Field>,
    spec: &Spec,
    invalid: &mut Option<DecodeError>,
) -> Value {
    let mut node = Map::new();
    node.insert("tag".into(), json!(tlv.tag.to_string()));
    if let Some(f) = field {
        node.insert("label".into(), json!(f.label));
    }
    node.insert("offset".into(), json!(tlv.offset));
    if let Some(n) = non_minimal(tlv) {
        node.insert("len_form".into(), json!(n));
    }
    let children = field
        .map(|f| data_type::child_rows(f, spec))
        .filter(|f| !f.is_empty());
    if tlv.tag.is_constructed() {
        let mut inner = None;
        let parsed = tlv
            .children(cx)
            .map_err(DecodeError::from)
            .and_then(|iter| parse_tree(tlv.value, iter.context(), children, spec, &mut inner));
        match parsed {
            Ok(children) => {
                if invalid.is_none() {
                    *invalid = inner.map(|e| e.within(tlv.tag));
                }
                node.insert("fields".into(), Value::Object(children));
            }
            Err(e) => {
                // Some constructed tags carry raw bytes; show them as they are.
                node.insert("hex".into(), json!(hex(tlv.value)));
                let why = format!("value is not a TLV sequence ({})", e.within(tlv.tag));
                node.insert("note".into(), json!(why));
            }
        }
        return Value::Object(node);
    }
    // A primitive tag that the spec types as TLV ("T", or `rust_type = "tlv"` such as Start
    // Transaction's 86) holds a nested sequence (EMV data); show it as fields when it parses,
    // the tags its rows do not name named by the EMV dictionary.
    let typed_tlv = field.is_some_and(|f| {
        f.data_type.as_deref().map(str::trim) == Some("T")
            || f.rust_type == Some(mms_spec::data_type::RustType::Tlv)
    });
    if typed_tlv && !tlv.value.is_empty() {
        let inner = cx.nested(tlv.value_offset()).map_err(DecodeError::from);
        if let Ok(mut children) = inner.and_then(|cx| parse_nodes(tlv.value, cx, children, spec)) {
            data_type::name_emv_tags(&mut children);
            node.insert("fields".into(), Value::Object(children));
            return Value::Object(node);
        }
    }
    let needed = field.and_then(Field::packed_min_len);
    if let Some(needed) = needed.filter(|&n| tlv.value.len() < n) {
        if invalid.is_none() {
            let kind = DecodeErrorKind::ShortRows {
                needed,
                found: tlv.value.len(),
            };
            *invalid = Some(DecodeError::new(kind, tlv.value_offset()).within(tlv.tag));
        }
    }
    node.insert("hex".into(), json!(hex(tlv.value)));
    if let Some(f) = field {
        annotate_value(&mut node, tlv.value, f, spec);
    }
    Value::Object(node)
}

/// The names of the bits set in a bit-mapped value (see [`crate::values::set_bit_names`]).
fn set_bit_names(value: &[u8], field: &Field) -> Option<Vec<String>> {
    crate::values::set_bit_names(value, &field.bits)
}

/// Adds `text`, `value` and `bits` annotations for a primitive value.
fn annotate_value(node: &mut Map<String, Value>, value: &[u8], field: &Field, spec: &Spec) {
    if is_text_type(field.data_type.as_deref()) {
        node.insert("text".into(), json!(text_of(value)));
        return;
    }
    if let Some(v) = field.values.iter().find(|v| enum_matches(&v.value, value)) {
        node.insert("value".into(), json!(enum_text(&v.value, &v.name, value)));
        return;
    }
    if let (true, Ok(id)) = (
        field.table_refs.contains(&spec.file_types.table),
        <[u8; 4]>::try_from(value),
    ) {
        if let Some(ft) = spec.file_type(id) {
            node.insert("value".into(), json!(ft.label));
            return;
        }
    }
    if let Some(names) = set_bit_names(value, field) {
        node.insert("bits".into(), json!(names));
        return;
    }
    if looks_like_text(value) {
        node.insert("text".into(), json!(text_of(value)));
        return;
    }
    if matches!(
        field.data_type.as_deref().map(str::trim),
        Some("N") | Some("CN")
    ) {
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

/// The tag of a TLV given in hex (used by the tests of other modules).
#[cfg(test)]
pub(crate) fn tag(text: &str) -> mms_codec::Tag {
    mms_codec::Tag::from_u32(u32::from_str_radix(text, 16).unwrap())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_tags_get_numbered_keys() {
        let spec = Spec::default();
        let bytes: Vec<u8> = [0x81u8, 0x01, 0x00].repeat(3);
        let v = decode(&bytes, &spec).unwrap();
        let keys: Vec<&String> = v["fields"].as_object().unwrap().keys().collect();
        assert_eq!(keys, ["81", "81#2", "81#3"]);
        assert_eq!(v["fields"]["81#3"]["offset"], 6);
    }

    #[test]
    fn errors_carry_offset_and_tag_path() {
        let spec = Spec::default();
        let bytes =
            mms_spec::parse_hex("AA 00 81 04 01 01 DF 01 84 07 DF 01 81 09 01 02 03").unwrap();
        let e = decode(&bytes, &spec).unwrap_err();
        assert_eq!(e.path, [tag("84"), tag("81")]);
        assert!(matches!(e.kind, DecodeErrorKind::Tlv(_)));
        assert_eq!(
            e.to_string(),
            format!("at byte {} in 84/81: {}", e.offset, e.kind)
        );
        let e = decode(&[0xAA, 0, 0x81, 1, 1], &spec).unwrap_err();
        assert_eq!((e.offset, e.path_text()), (4, "81".to_string()));
        assert_eq!(e.kind, DecodeErrorKind::ShortMessageInfo { len: 1 });
    }
}
