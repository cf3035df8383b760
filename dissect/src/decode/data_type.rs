//! Values that carry one of the manual's data types (chapter 4): the
//! transaction data of notification 0x0101 is ARQC, batch data, NFC UID or a
//! GPO response as its detail code says. Such a value keeps its `hex` (so
//! `mms encode` writes it back as it was) and gains a `data_type` object: the
//! layout, its framing, and its TLVs named by the layout's rows, with the tags
//! the layout does not name (the EMV data inside `70`, `F0` ...) named and
//! shown by the EMV dictionary.

use mms_codec::{DecodeContext, TlvIter};
use mms_spec::{Field, Layout, Spec};
use serde_json::Value;

use crate::decode::Walk;
use crate::json::{self, Obj};
use crate::tables::Lookup;

/// The layout the detail code of notification `id` names for its data, if any.
pub(crate) fn detail_layout<'s>(
    look: &Lookup<'s>,
    id: u16,
    status: Option<&[u8]>,
) -> Option<&'s Layout> {
    let code = <[u8; 4]>::try_from(status?).ok()?;
    let name = look.notification_detail(id, code)?.layout.as_deref()?;
    look.spec.layout(name)
}

/// The `data_type` object of `bytes` (found at `offset` in the message) read as `layout`.
pub fn data_type_json(bytes: &[u8], offset: usize, layout: &Layout, spec: &Spec) -> Value {
    let look = Lookup::plain(spec);
    let mut out = Vec::new();
    let mut scratch = crate::decode::Scratch::default();
    write(
        &mut Walk::new(&look, &mut out, &mut scratch),
        bytes,
        offset,
        layout,
    );
    json::to_value(&out)
}

/// Writes the `data_type` object: `layout`, `title`, then the raw rows before the TLVs (a
/// length prefix, or fixed values such as a file's version and hash), the TLVs named by the
/// layout's rows and the tags it does not name by the EMV dictionary, and what follows them.
pub(crate) fn write<'s>(walk: &mut Walk<'s, '_>, bytes: &[u8], offset: usize, layout: &'s Layout) {
    let out = &mut *walk.out;
    let mut o = Obj::open(out);
    json::string(o.key(out, "layout"), &layout.ident);
    json::string(o.key(out, "title"), &layout.title);
    // The raw rows are read first, the object written after: `length` comes before `raw`
    // (and before an error that stops the rows), whatever the rows' order.
    let raw_rows = || {
        layout
            .fields
            .iter()
            .take_while(|f| f.tag.is_none())
            .map_while(|f| Some((f, f.len.fixed()? as usize)))
    };
    let mut at = 0;
    let mut length = None;
    let mut counted_end = None;
    let mut error = None;
    for (f, n) in raw_rows() {
        let Some(value) = bytes.get(at..at + n) else {
            error = Some(format!(
                "at byte {}: {} needs {n} bytes",
                offset + at,
                f.label
            ));
            break;
        };
        at += n;
        if f.length_prefix {
            let len = value.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
            if len > bytes.len() - at {
                error = Some(format!(
                    "at byte {}: the length says {len} bytes, but {} follow",
                    offset + at - n,
                    bytes.len() - at
                ));
                break;
            }
            length = Some(len);
            counted_end = Some(at + len);
        }
    }
    if let Some(len) = length {
        json::uint(o.key(out, "length"), len as u64);
    }
    if let Some(error) = error {
        json::string(o.key(out, "error"), &error);
        o.close(out);
        return;
    }
    let values: Vec<(&Field, &[u8])> = raw_rows()
        .scan(0, |at, (f, n)| {
            *at += n;
            Some((f, &bytes[*at - n..*at]))
        })
        .filter(|(f, _)| !f.length_prefix)
        .collect();
    if !values.is_empty() {
        o.key(out, "raw");
        let mut raw = Obj::open(out);
        // A name given twice keeps its first place and its last value (as a map would).
        for (i, (f, _)) in values.iter().enumerate() {
            if values[..i].iter().any(|(g, _)| g.name == f.name) {
                continue;
            }
            let last = values.iter().rev().find(|(g, _)| g.name == f.name);
            json::hex(
                raw.key_text(out, &f.name, false, 1),
                last.map_or(&[][..], |(_, v)| v),
            );
        }
        raw.close(out);
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
    let cx = DecodeContext::default().at(offset + at);
    let mark = walk.out.len();
    o.key(walk.out, "fields");
    // The layout's rows without a tag are never found for a TLV.
    if let Err(e) = walk.nodes(counted, cx, Some(&layout.fields), true) {
        walk.out.truncate(mark);
        json::display(o.key(walk.out, "error"), e);
    }
    if !trailer.is_empty() {
        json::hex(o.key(walk.out, "trailer"), trailer);
    }
    o.close(walk.out);
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
