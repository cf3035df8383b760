//! Consistency checks of the manual's hex examples, to find the ones that are wrong in the manual.
//!
//! A small TLV reader of its own keeps the extractor independent of the codec crate.

use mms_spec::{Example, ExampleKind};

/// One parsed TLV: tag bytes and the value's byte range in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tlv {
    /// Tag bytes.
    pub tag: Vec<u8>,
    /// Offset of the tag's first byte.
    pub at: usize,
    /// Value start (offset in the buffer given to [`parse_tlvs`]).
    pub start: usize,
    /// Value end (exclusive).
    pub end: usize,
}

impl Tlv {
    fn constructed(&self) -> bool {
        self.tag[0] & 0x20 != 0
    }
    fn tag_hex(&self) -> String {
        self.tag.iter().map(|b| format!("{b:02X}")).collect()
    }
}

/// Parses a sequence of TLVs covering `data[start..end]` exactly; errors say where and why.
pub fn parse_tlvs(data: &[u8], start: usize, end: usize) -> Result<Vec<Tlv>, String> {
    let mut out = Vec::new();
    let mut pos = start;
    while pos < end {
        let tag_start = pos;
        let first = data[pos];
        pos += 1;
        if first & 0x1F == 0x1F {
            loop {
                let Some(&b) = data.get(pos).filter(|_| pos < end) else {
                    return Err(format!("tag at offset {tag_start} is truncated"));
                };
                pos += 1;
                if b & 0x80 == 0 {
                    break;
                }
                if pos - tag_start > 4 {
                    return Err(format!("tag at offset {tag_start} is longer than 4 bytes"));
                }
            }
        }
        let tag = data[tag_start..pos].to_vec();
        let tag_hex: String = tag.iter().map(|b| format!("{b:02X}")).collect();
        let Some(&l0) = data.get(pos).filter(|_| pos < end) else {
            return Err(format!(
                "{tag_hex} at offset {tag_start} has no length byte"
            ));
        };
        pos += 1;
        let len = if l0 & 0x80 == 0 {
            usize::from(l0)
        } else {
            let n = usize::from(l0 & 0x7F);
            if n == 0 || n > 3 {
                return Err(format!(
                    "{tag_hex} at offset {tag_start}: length form {l0:02X} is not supported"
                ));
            }
            if pos + n > end {
                return Err(format!(
                    "{tag_hex} at offset {tag_start}: length bytes are truncated"
                ));
            }
            let len = data[pos..pos + n]
                .iter()
                .fold(0usize, |a, b| (a << 8) | usize::from(*b));
            pos += n;
            len
        };
        if pos + len > end {
            return Err(format!(
                "{tag_hex} at offset {tag_start} announces {len} (0x{len:X}) bytes but only {} follow",
                end - pos
            ));
        }
        out.push(Tlv {
            tag,
            at: tag_start,
            start: pos,
            end: pos + len,
        });
        pos += len;
    }
    Ok(out)
}

/// Parses TLVs and every constructed TLV's contents, recursively.
fn parse_deep(data: &[u8], start: usize, end: usize, depth: usize) -> Result<Vec<Tlv>, String> {
    let tlvs = parse_tlvs(data, start, end)?;
    if depth < 16 {
        for t in &tlvs {
            if t.constructed() {
                parse_deep(data, t.start, t.end, depth + 1)
                    .map_err(|e| format!("inside {} at offset {}: {e}", t.tag_hex(), t.at))?;
            }
        }
    }
    Ok(tlvs)
}

/// What the example is expected to show.
#[derive(Debug, Clone, Default)]
pub struct Expectation {
    /// The command section it is in.
    pub command: Option<u16>,
    /// The notification section it is in.
    pub notification: Option<u16>,
    /// The property it shows.
    pub property: Option<Vec<u32>>,
}

/// Returns what is wrong with an example (empty when it passes).
pub fn check_example(example: &Example, expect: &Expectation) -> Vec<String> {
    let mut problems = Vec::new();
    let bytes = match example.bytes() {
        Ok(b) => b,
        Err(e) => return vec![format!("hex does not parse: {e}")],
    };
    if example.kind == ExampleKind::Other && bytes.first() != Some(&0xAA) {
        return problems;
    }
    if bytes.first() != Some(&0xAA) {
        return vec![format!(
            "does not start with AA (starts with {:02X?})",
            bytes.first()
        )];
    }
    if bytes.len() < 2 {
        return vec!["message is shorter than the start byte and version".into()];
    }
    let top = match parse_tlvs(&bytes, 2, bytes.len()) {
        Ok(t) => t,
        Err(e) => return vec![format!("message TLVs: {e}")],
    };
    let Some(info) = top.first().filter(|t| t.tag == [0x81]) else {
        return vec!["first TLV is not 81 (message information)".into()];
    };
    let info_value = &bytes[info.start..info.end];
    if info_value.len() < 4 {
        return vec![format!(
            "81 (message information) has {} bytes, at least 4 expected",
            info_value.len()
        )];
    }
    let msg_type = info_value[0];
    let id = u16::from_be_bytes([info_value[2], info_value[3]]);
    let (expected_types, kind_word): (&[u8], &str) = match example.kind {
        ExampleKind::Request => (&[0x01, 0x81], "request"),
        ExampleKind::Response => (&[0x02, 0x82], "response"),
        ExampleKind::Notification => (&[0x03, 0x83], "notification"),
        ExampleKind::DataFile => (&[0x04, 0x84], "data file"),
        ExampleKind::Other => (&[0x01, 0x81, 0x02, 0x82, 0x03, 0x83, 0x04, 0x84], "message"),
    };
    if !expected_types.contains(&msg_type) {
        problems.push(format!(
            "message type {msg_type:02X} does not match the title ({kind_word})"
        ));
    }
    let is_notification = matches!(msg_type, 0x03 | 0x83);
    let is_data_file = matches!(msg_type, 0x04 | 0x84);
    if let Some(cmd) = expect.command {
        // The secured wrapper (EEEE) carries the inner command's ID in 81.
        if !is_notification && !is_data_file && id != cmd && cmd != 0xEEEE {
            problems.push(format!(
                "81 names command {id:04X} but the section is command {cmd:04X}"
            ));
        }
    }
    if let Some(n) = expect.notification {
        if is_notification && id != n {
            problems.push(format!(
                "81 names notification {id:04X} but the section is notification {n:04X}"
            ));
        }
    }
    for t in &top[1..] {
        if t.constructed() {
            if let Err(e) = parse_deep(&bytes, t.start, t.end, 1) {
                problems.push(format!("inside {}: {e}", t.tag_hex()));
            }
        }
    }
    let payload = top.iter().find(|t| t.tag == [0x84]);
    if let Some(p) = payload.filter(|_| !is_data_file) {
        if p.end - p.start >= 2 {
            let payload_id = u16::from_be_bytes([bytes[p.start], bytes[p.start + 1]]);
            if payload_id != id && payload_id != 0xEEEE && id != 0xEEEE {
                problems.push(format!(
                    "81 names {id:04X} but the payload (84) starts with {payload_id:04X}"
                ));
            }
            match parse_deep(&bytes, p.start + 2, p.end, 1) {
                Ok(tlvs) => {
                    if let Some(expected) = &expect.property {
                        if matches!(id, 0xD101 | 0xD111 | 0xD112) {
                            if let Some(oid) = property_oid(&bytes, &tlvs) {
                                if &oid != expected {
                                    problems.push(format!(
                                        "OID in the payload is {} but the property is {}",
                                        dotted(&oid),
                                        dotted(expected)
                                    ));
                                }
                            }
                        }
                    }
                }
                Err(e) => problems.push(format!("payload (84): {e}")),
            }
        }
    }
    problems
}

/// True when `hex` (e.g. `010207010101`) is the dotted OID's components, one byte each.
pub fn oid_hex_matches(hex: &str, dotted: &str) -> bool {
    let Ok(oid) = dotted.parse::<mms_spec::Oid>() else {
        return false;
    };
    let expected: String = oid
        .components()
        .iter()
        .map(|c| format!("{c:02X}"))
        .collect();
    expected.eq_ignore_ascii_case(hex)
}

fn dotted(oid: &[u32]) -> String {
    oid.iter()
        .map(|c| format!("{c:X}"))
        .collect::<Vec<_>>()
        .join(".")
}

/// The tag number of a one- or multi-byte tag.
fn tag_number(tag: &[u8]) -> u32 {
    if tag[0] & 0x1F != 0x1F {
        return u32::from(tag[0] & 0x1F);
    }
    tag[1..]
        .iter()
        .fold(0u32, |a, b| (a << 7) | u32::from(b & 0x7F))
}

/// The property OID of a Get/Set Property payload: 85 (type), 87 (prefix bytes), 89 (nested tags).
pub fn property_oid(bytes: &[u8], tlvs: &[Tlv]) -> Option<Vec<u32>> {
    let find = |tag: u8| tlvs.iter().find(|t| t.tag == [tag]);
    let group = find(0x85)?;
    let mut oid: Vec<u32> = bytes[group.start..group.end]
        .iter()
        .map(|b| u32::from(*b))
        .collect();
    if let Some(prefix) = find(0x87) {
        oid.extend(
            bytes[prefix.start..prefix.end]
                .iter()
                .map(|b| u32::from(*b)),
        );
    }
    let rest = find(0x89)?;
    let mut inner = parse_tlvs(bytes, rest.start, rest.end).ok()?;
    loop {
        // A branch holds one TLV; a Get of a whole subtree may list several leaves: then stop.
        if inner.len() != 1 {
            return None;
        }
        let t = inner.remove(0);
        oid.push(tag_number(&t.tag));
        if !t.constructed() {
            return Some(oid);
        }
        inner = parse_tlvs(bytes, t.start, t.end).ok()?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mms_spec::Location;

    fn example(kind: ExampleKind, hex: &str) -> Example {
        Example {
            table: 1,
            title: String::new(),
            kind,
            label: None,
            property: None,
            hex: hex.into(),
            erratum: None,
            correction: None,
            source: Location::default(),
        }
    }

    #[test]
    fn good_get_property_request_passes() {
        let ex = example(
            ExampleKind::Request,
            "AA 00 81 04 01 55 D1 01 84 0F D1 01 85 01 01 87 04 02 07 01 01 89 02 C1 00",
        );
        let expect = Expectation {
            command: Some(0xD101),
            property: Some(vec![1, 2, 7, 1, 1, 1]),
            ..Default::default()
        };
        assert_eq!(check_example(&ex, &expect), Vec::<String>::new());
        let wrong = Expectation {
            property: Some(vec![1, 2, 7, 1, 1, 2]),
            ..expect
        };
        assert_eq!(
            check_example(&ex, &wrong),
            ["OID in the payload is 1.2.7.1.1.1 but the property is 1.2.7.1.1.2"]
        );
    }

    #[test]
    fn a_multi_byte_tag_in_the_oid_remainder_is_one_component() {
        // 89 holds BF8105 (tag number 0x85) around 9F20 (0x20): two components.
        let ex = example(
            ExampleKind::Request,
            "AA 00 81 04 01 55 D1 01 84 14 D1 01 85 01 01 87 04 02 07 01 01 89 07 BF 81 05 03 9F 20 00",
        );
        let expect = Expectation {
            command: Some(0xD101),
            property: Some(vec![1, 2, 7, 1, 1, 0x85, 0x20]),
            ..Default::default()
        };
        assert_eq!(check_example(&ex, &expect), Vec::<String>::new());
        let wrong = Expectation {
            property: Some(vec![1, 2, 7, 1, 1, 5, 0x20]),
            ..expect
        };
        assert_eq!(
            check_example(&ex, &wrong),
            ["OID in the payload is 1.2.7.1.1.85.20 but the property is 1.2.7.1.1.5.20"]
        );
    }

    #[test]
    fn an_error_deep_inside_nested_tlvs_names_each_level() {
        // A1 holds E1, whose C1 announces 5 bytes where 2 follow.
        let ex = example(
            ExampleKind::Request,
            "AA 00 81 04 01 55 D1 01 A1 06 E1 04 C1 05 00 00",
        );
        assert_eq!(
            check_example(&ex, &Expectation::default()),
            ["inside A1: inside E1 at offset 10: C1 at offset 12 announces 5 (0x5) bytes but only 2 follow"]
        );
    }

    #[test]
    fn wrong_examples_are_explained() {
        let short = example(
            ExampleKind::Response,
            "AA 00 81 04 82 07 D8 12 82 05 00 00 00 00",
        );
        assert_eq!(
            check_example(&short, &Expectation::default()),
            ["message TLVs: 82 at offset 8 announces 5 (0x5) bytes but only 4 follow"]
        );
        let wrong_type = example(
            ExampleKind::Request,
            "AA 00 81 04 82 07 D8 12 82 04 00 00 00 00",
        );
        assert_eq!(
            check_example(
                &wrong_type,
                &Expectation {
                    command: Some(0xD811),
                    ..Default::default()
                }
            ),
            [
                "message type 82 does not match the title (request)",
                "81 names command D812 but the section is command D811"
            ]
        );
    }
}
