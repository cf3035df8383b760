//! Values that carry one of the manual's data types (chapter 4): the
//! transaction data of notification 0x0101 is ARQC, batch data, NFC UID or a
//! GPO response as its detail code says. Such a value keeps its `hex` (so
//! `mms encode` writes it back as it was) and gains a `data_type` object: the
//! layout, its framing, and its TLVs named by the layout's rows, with the tags
//! the layout does not name (the EMV data inside `70`, `F0` ...) named and
//! shown by the EMV dictionary.

use mms_codec::{DecodeContext, Tag, TlvIter};
use mms_emv::{show_value, Dictionary, ShowOptions};
use mms_spec::{Field, Layout, Spec};
use serde_json::{json, Map, Value};

use crate::decode::parse_nodes;
use crate::values::hex;

/// The layout the detail code of notification `id` names for its data, if any.
pub(crate) fn detail_layout<'s>(
    spec: &'s Spec,
    id: u16,
    status: Option<&[u8]>,
) -> Option<&'s Layout> {
    let code = <[u8; 4]>::try_from(status?).ok()?;
    let name = spec.notification_detail(id, code)?.layout.as_deref()?;
    spec.layout(name)
}

/// The rows a constructed field's children are read with: its own, or those of the layout it
/// names (`/FE` is Table 25's VAS Data Container).
pub(crate) fn child_rows<'s>(field: &'s Field, spec: &'s Spec) -> &'s [Field] {
    if !field.fields.is_empty() {
        return &field.fields;
    }
    let named = field.layout.as_deref().and_then(|name| spec.layout(name));
    match named.map(|l| l.fields.as_slice()) {
        Some([container]) if container.tag == field.tag => &container.fields,
        _ => &[],
    }
}

/// In a payload's `fields`, adds `data_type` to the first primitive row of `rows` (the data the
/// detail code types) found in `body` (the payload's TLVs, read at `cx`).
pub(crate) fn attach(
    fields: &mut Map<String, Value>,
    rows: Option<&[Field]>,
    body: &[u8],
    cx: DecodeContext,
    layout: &Layout,
    spec: &Spec,
) {
    let Some(row) = rows
        .unwrap_or_default()
        .iter()
        .find(|f| f.tag.is_some_and(|t| !t.is_constructed()))
    else {
        return;
    };
    let Some(tag) = row.tag else { return };
    let Some(tlv) = TlvIter::new(body, cx)
        .map_while(Result::ok)
        .find(|t| t.tag.as_bytes() == tag.as_bytes())
    else {
        return;
    };
    if let Some(Value::Object(node)) = fields.get_mut(&row.name) {
        let typed = data_type_json(tlv.value, tlv.value_offset(), layout, spec);
        node.insert("data_type".into(), typed);
    }
}

/// The `data_type` object of `bytes` (found at `offset` in the message) read as `layout`.
pub fn data_type_json(bytes: &[u8], offset: usize, layout: &Layout, spec: &Spec) -> Value {
    let mut out = Map::new();
    out.insert("layout".into(), json!(layout.ident));
    out.insert("title".into(), json!(layout.title));
    let mut at = 0;
    let mut raw = Map::new();
    let mut counted_end = None;
    // Raw rows before the TLVs: a length prefix, or fixed values (a file's version and hash).
    for f in layout.fields.iter().take_while(|f| f.tag.is_none()) {
        let Some(n) = f.len.fixed().map(|n| n as usize) else {
            break;
        };
        let Some(value) = bytes.get(at..at + n) else {
            out.insert(
                "error".into(),
                json!(format!(
                    "at byte {}: {} needs {n} bytes",
                    offset + at,
                    f.label
                )),
            );
            return Value::Object(out);
        };
        at += n;
        if f.length_prefix {
            let len = value.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
            if len > bytes.len() - at {
                out.insert(
                    "error".into(),
                    json!(format!(
                        "at byte {}: the length says {len} bytes, but {} follow",
                        offset + at - n,
                        bytes.len() - at
                    )),
                );
                return Value::Object(out);
            }
            out.insert("length".into(), json!(len));
            counted_end = Some(at + len);
        } else {
            raw.insert(f.name.clone(), json!(hex(value)));
        }
    }
    if !raw.is_empty() {
        out.insert("raw".into(), Value::Object(raw));
    }
    let rest = &bytes[at..];
    // Without a prefix the TLVs run while they parse; what follows is padding (and a MAC).
    let end = match counted_end {
        Some(end) => end - at,
        None => {
            let cx = DecodeContext::default().at(offset + at);
            let mut end = 0;
            for tlv in TlvIter::new(rest, cx) {
                match tlv {
                    Ok(t) if !(t.tag.to_u32() == 0 && t.value.is_empty()) => {
                        end = t.value_offset() - offset - at + t.value.len();
                    }
                    _ => break,
                }
            }
            end
        }
    };
    let (counted, trailer) = rest.split_at(end);
    let tagged: Vec<Field> = layout
        .fields
        .iter()
        .filter(|f| f.tag.is_some())
        .cloned()
        .collect();
    let cx = DecodeContext::default().at(offset + at);
    match parse_nodes(counted, cx, Some(&tagged), spec) {
        Ok(mut fields) => {
            name_emv_tags(&mut fields);
            out.insert("fields".into(), Value::Object(fields));
        }
        Err(e) => {
            out.insert("error".into(), json!(e.to_string()));
        }
    }
    if !trailer.is_empty() {
        out.insert("trailer".into(), json!(hex(trailer)));
    }
    Value::Object(out)
}

/// Names the rows the spec does not (no `label`) by the EMV dictionary, and shows their values
/// by its format (amounts, currencies, dates; card data masked).
pub(crate) fn name_emv_tags(fields: &mut Map<String, Value>) {
    let dictionary = Dictionary::builtin();
    for node in fields.values_mut() {
        let Value::Object(n) = node else { continue };
        if let Some(Value::Object(children)) = n.get_mut("fields") {
            name_emv_tags(children);
        }
        if n.contains_key("label") {
            continue;
        }
        let Some(tag) = n
            .get("tag")
            .and_then(Value::as_str)
            .and_then(|t| u32::from_str_radix(t, 16).ok())
            .map(Tag::from_u32)
        else {
            continue;
        };
        let Some(info) = dictionary.get(tag) else {
            continue;
        };
        n.insert("label".into(), json!(info.name));
        n.insert("emv".into(), json!(true));
        let value = n
            .get("hex")
            .and_then(Value::as_str)
            .and_then(|h| mms_spec::parse_hex(h).ok());
        if let (Some(value), false) = (value, n.contains_key("fields")) {
            let shown = show_value(tag, Some(info), &value, ShowOptions::default()).to_string();
            n.insert("value".into(), json!(shown));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arqc(spec: &Spec) -> &Layout {
        spec.layout("emv_arqc_dynapro_format").expect("Table 19")
    }

    #[test]
    fn a_length_past_the_end_is_an_error_with_its_place() {
        let spec = Spec::builtin();
        let v = data_type_json(&[0x00, 0x09, 0xF9], 10, arqc(&spec), &spec);
        assert_eq!(v["layout"], "emv_arqc_dynapro_format");
        assert_eq!(
            v["error"],
            "at byte 10: the length says 9 bytes, but 1 follow"
        );
        let v = data_type_json(&[0x00], 4, arqc(&spec), &spec);
        assert!(
            v["error"].as_str().unwrap().starts_with("at byte 4:"),
            "{v}"
        );
    }

    #[test]
    fn tlvs_are_named_by_the_layout_then_by_the_emv_dictionary() {
        let spec = Spec::builtin();
        // F9 > DFDF25 serial, and 9F02 which Table 19 does not name at that level.
        let body = [
            0xF9, 0x0E, 0xDF, 0xDF, 0x25, 0x01, 0x41, 0x9F, 0x02, 0x06, 0, 0, 0, 0, 0x12, 0x34,
        ];
        let mut bytes = vec![0x00, body.len() as u8];
        bytes.extend(body);
        bytes.extend([0, 0, 0]);
        let v = data_type_json(&bytes, 0, arqc(&spec), &spec);
        assert_eq!(v["length"], 16);
        assert_eq!(v["trailer"], "000000");
        let f9 = &v["fields"]["container_for_mac_structure_and_generic_data"];
        assert_eq!(
            f9["fields"]["device_serial_number_ifd_serial_number"]["label"],
            "Device Serial Number (IFD Serial Number)"
        );
        assert_eq!(
            f9["fields"]["9F02"]["label"],
            "Amount, Authorised (Numeric)"
        );
        assert_eq!(f9["fields"]["9F02"]["emv"], true);
        assert_eq!(f9["fields"]["9F02"]["value"], "12.34");
    }
}
