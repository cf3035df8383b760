//! Device properties: definitions, stored values, and the OID tree encoding of
//! Get Property / Set Property (manual section 6.6, Tables 185-196).
//!
//! In the Property OID Remainder (tag 89) every OID number is a private-class
//! tag whose number is the OID component: constructed (`E1`, `E2`, ...) to go
//! one level down, primitive (`C1`, ...) for a leaf and its value. A primitive
//! item naming a branch asks for the whole branch.

use crate::message::Status;
use crate::tlv::{self, LengthForm, Tlv};
use mms_codec::{DecodeContext, TlvRef};
use mms_protocol::property::{oid_components, property_leaves, OidError};
use std::collections::BTreeMap;

/// Deepest OID a request may name; nesting beyond it is refused before it
/// can exhaust the stack.
const MAX_OID_DEPTH: usize = 16;

/// An OID as its numbers, e.g. `[1, 2, 7, 1, 1, 1]` for 1.2.7.1.1.1.
pub type Oid = Vec<u32>;

/// What the simulator knows about one property.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PropertyDefinition {
    /// Full OID; the first number is the property type (1 settings, 2 information).
    pub oid: Oid,
    /// Name from the manual.
    pub name: String,
    /// Whether Set Property may change it.
    pub writable: bool,
    /// Value after a reset to defaults.
    pub default: Vec<u8>,
    /// Smallest accepted value length.
    pub min_len: usize,
    /// Largest accepted value length.
    pub max_len: usize,
}

impl PropertyDefinition {
    /// A definition; settings (type 1) are writable, information (type 2) is not.
    pub fn new(oid: &[u32], name: &str, default: &[u8], min_len: usize, max_len: usize) -> Self {
        PropertyDefinition {
            oid: oid.to_vec(),
            name: name.to_string(),
            writable: oid.first() == Some(&1),
            default: default.to_vec(),
            min_len,
            max_len,
        }
    }
}

/// Reads a property's default as the manual's property tables write it
/// (`"0x00"`, `"0x0003"`, `"0x00, 0x00, 0x00, 0x00 (all disabled)"`): the
/// leading `0x` numbers, each as many bytes as it has hex digit pairs.
/// `None` when the text starts with no such number (`"None"`, `""`, prose).
///
/// This is the bridge for building [`PropertyDefinition`]s from the spec
/// crate, whose property defaults keep the manual's text.
pub fn parse_default(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    for token in text.split([',', ' ']).filter(|t| !t.is_empty()) {
        let Some(digits) = token
            .strip_prefix("0x")
            .or_else(|| token.strip_prefix("0X"))
        else {
            break;
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        // An odd digit count (`0x1`) reads as if it had a leading zero.
        let padded = format!("{}{digits}", if digits.len() % 2 == 1 { "0" } else { "" });
        for pair in padded.as_bytes().chunks(2) {
            let pair = std::str::from_utf8(pair).ok()?;
            bytes.push(u8::from_str_radix(pair, 16).ok()?);
        }
    }
    (!bytes.is_empty()).then_some(bytes)
}

/// Largest value length assumed for a property whose spec entry gives none.
pub const UNSPECIFIED_MAX_LEN: usize = 255;

/// The simulator's default property table: every property of the spec
/// (`mms_spec::Spec::builtin()`), see [`spec_properties`], with the realistic
/// device information of [`information_overlay`] on top. Built once and cloned.
pub fn default_properties() -> Vec<PropertyDefinition> {
    static TABLE: std::sync::OnceLock<Vec<PropertyDefinition>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| {
            let mut table = spec_properties(&mms_spec::Spec::builtin());
            for (oid, value) in information_overlay() {
                if let Some(definition) = table.iter_mut().find(|d| d.oid == oid) {
                    if (definition.min_len..=definition.max_len).contains(&value.len()) {
                        definition.default = value;
                    }
                }
            }
            table
        })
        .clone()
}

/// Values a real DynaFlex Pro reports (as the manual's examples show it),
/// laid over the spec's table by [`default_properties`]: model name, firmware
/// version and part number, key type, serial number and operational status.
pub fn information_overlay() -> Vec<(Oid, Vec<u8>)> {
    builtin_properties()
        .into_iter()
        .filter(|d| d.oid.first() == Some(&2) && !d.default.is_empty())
        .map(|d| (d.oid, d.default))
        .collect()
}

/// One definition per property of `spec`:
///
/// - access: read/write properties accept Set Property, read-only ones refuse it;
/// - lengths: the spec's minimum and maximum (0 and [`UNSPECIFIED_MAX_LEN`]
///   when absent);
/// - default: read from the spec's default text with [`spec_default`] when
///   that gives a value of an allowed length; otherwise a filler of the
///   right length: the first enumerated valid value when the spec lists
///   some, else the minimum length (at least one byte when allowed) of
///   ASCII `'0'` for text types or `00` bytes for the others.
pub fn spec_properties(spec: &mms_spec::Spec) -> Vec<PropertyDefinition> {
    spec.properties
        .iter()
        .map(|property| {
            let max_len = property.max_len.map_or(UNSPECIFIED_MAX_LEN, |n| n as usize);
            let min_len = property.min_len.map_or(0, |n| n as usize).min(max_len);
            let fits = |value: &Vec<u8>| (min_len..=max_len).contains(&value.len());
            let default = spec_default(property)
                .filter(fits)
                .or_else(|| property.values.iter().filter_map(|v| v.bytes()).find(fits))
                .unwrap_or_else(|| {
                    let filler = if is_text(property) { b'0' } else { 0x00 };
                    vec![filler; min_len.max(1).min(max_len)]
                });
            PropertyDefinition {
                oid: property.oid.components().to_vec(),
                name: property.name.clone(),
                writable: property.access == mms_spec::model::Access::ReadWrite,
                default,
                min_len,
                max_len,
            }
        })
        .collect()
}

/// Whether the spec's data type is text (ASCII, alphanumeric, string, character).
fn is_text(property: &mms_spec::model::Property) -> bool {
    let data_type = property
        .data_type
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    ["ascii", "alphanumeric", "string", "character"]
        .iter()
        .any(|word| data_type.contains(word))
}

/// A property's default value read from the spec's default text, tried in turn:
///
/// 1. `0x` numbers ([`parse_default`]: `"0x00 0xA0 = 160"` is `00 A0`);
/// 2. bare hex groups (`"50 5A 57"`, `"00000000 00000000"`); a lone group of
///    decimal digits for a fixed-width property is a decimal number in that
///    width (`"8883"` for a 2-byte port is `22 B3`);
/// 3. quoted text (`“00000000”`, `‘0’`) as ASCII;
/// 4. for IPv4 data types, a dotted quad (`"192.168.0.1"`) as 4 bytes;
/// 5. for text data types, a default that is one word (`"test.mosquitto.org"`) as ASCII.
///
/// `None` when none applies (`"None"`, prose, a missing default); the caller
/// still checks the length.
pub fn spec_default(property: &mms_spec::model::Property) -> Option<Vec<u8>> {
    let text = property.default.as_deref()?.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("none") {
        return None;
    }
    if let Some(bytes) = parse_default(text) {
        return Some(bytes);
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    let fixed_width = match (property.min_len, property.max_len) {
        (Some(min), Some(max)) if min == max => Some(min as usize),
        _ => None,
    };
    if let ([token], Some(width)) = (tokens.as_slice(), fixed_width) {
        if token.bytes().all(|b| b.is_ascii_digit()) {
            let number: u64 = token.parse().ok()?;
            let bytes = number.to_be_bytes();
            return (width <= 8 && bytes[..8 - width].iter().all(|b| *b == 0))
                .then(|| bytes[8 - width..].to_vec());
        }
    }
    let hex: Vec<&str> = tokens
        .iter()
        .copied()
        .take_while(|t| t.len() % 2 == 0 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .collect();
    if !hex.is_empty() {
        return hex
            .concat()
            .as_bytes()
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
            .collect();
    }
    for (open, close) in [('“', '”'), ('‘', '’'), ('\'', '\''), ('"', '"')] {
        if let Some(rest) = text.strip_prefix(open) {
            if let Some(end) = rest.find(close) {
                return Some(rest.as_bytes()[..end].to_vec());
            }
        }
    }
    let data_type = property.data_type.as_deref().unwrap_or("");
    if data_type.contains("IP4") {
        let quad: Option<Vec<u8>> = text.split('.').map(|n| n.parse().ok()).collect();
        return quad.filter(|q| q.len() == 4);
    }
    if is_text(property) && tokens.len() == 1 {
        return Some(text.as_bytes().to_vec());
    }
    None
}

/// Formats an OID as `1.2.7.1.1.1` (components above 9 in hex, as the manual does).
pub fn format_oid(oid: &[u32]) -> String {
    oid.iter()
        .map(|n| format!("{n:X}"))
        .collect::<Vec<_>>()
        .join(".")
}

/// Parses `1.2.7.1.1.1` (hex components, as in the manual's property names).
pub fn parse_oid(text: &str) -> Option<Oid> {
    text.split('.')
        .map(|part| u32::from_str_radix(part, 16).ok())
        .collect()
}

/// A small property table without the spec: a few settings with their
/// manual defaults and the device information the manual's examples show (a
/// DynaFlex Pro), including the reserved firmware entries the manual's branch
/// read example (Tables 191-192) returns. [`DeviceConfig::default`](crate::DeviceConfig)
/// uses [`default_properties`] instead; this list is for reproducing those examples.
pub fn builtin_properties() -> Vec<PropertyDefinition> {
    let def = PropertyDefinition::new;
    vec![
        def(
            &[1, 2, 7, 1, 1, 1],
            "Device Reset Occurred Notification Control",
            &[0x00],
            1,
            1,
        ),
        def(
            &[1, 2, 7, 1, 1, 2],
            "Device Reset Occurred Notification Acknowledged",
            &[0x00],
            1,
            1,
        ),
        def(
            &[1, 2, 7, 1, 1, 3],
            "Device Reset Will Occur Soon Notification Control",
            &[0x03],
            1,
            1,
        ),
        def(
            &[1, 2, 7, 1, 2, 1],
            "User Event Notification Controls Enable",
            &[0; 4],
            4,
            4,
        ),
        def(&[2, 1, 2, 2, 1, 1], "Core Firmware Reserved 1", &[], 0, 32),
        def(&[2, 1, 2, 2, 1, 2], "Core Firmware Reserved 2", &[], 0, 32),
        def(
            &[2, 1, 2, 2, 2, 1],
            "Device Model Name",
            b"DynaFlex Pro\0",
            10,
            20,
        ),
        def(
            &[2, 1, 2, 2, 2, 2],
            "Main Firmware Version",
            b"1000007183-A1-PCI\0\0",
            19,
            19,
        ),
        def(&[2, 1, 2, 2, 2, 3], "Main Firmware Reserved", &[], 0, 32),
        def(
            &[2, 1, 2, 2, 2, 4],
            "Main Firmware Part Number",
            b"1000007183\0",
            11,
            11,
        ),
        def(&[2, 1, 2, 2, 2, 5], "Main Firmware Reserved 2", &[], 0, 32),
        def(&[2, 1, 2, 2, 2, 6], "Key Type", &[0xFF, 0x00], 2, 2),
        def(
            &[2, 2, 1, 1, 1, 1],
            "Serial Number",
            &[0xB6, 0x13, 0x78, 0xA0],
            4,
            4,
        ),
        def(
            &[2, 3, 1, 2, 1, 1],
            "Device Operational Status",
            &[0x02],
            1,
            1,
        ),
        def(&[2, 3, 1, 2, 1, 2], "Offline Status Detail", &[0x00], 1, 16),
        def(
            &[2, 3, 1, 2, 1, 3],
            "External Power Supplied",
            &[0x01],
            1,
            1,
        ),
        def(
            &[2, 3, 1, 2, 1, 4],
            "Battery State of Charge",
            &[0x64],
            1,
            1,
        ),
    ]
}

/// A failed property request: the status and the Additional Detail bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PropertyError {
    pub status: Status,
    /// The offending OID, one byte per number (`01 02 07 01 01 01`), or the
    /// offending tag.
    pub detail: Vec<u8>,
}

fn bad(detail: Vec<u8>) -> PropertyError {
    PropertyError {
        status: Status::BAD_PARAMETER,
        detail,
    }
}

fn oid_detail(oid: &[u32]) -> Vec<u8> {
    oid.iter().map(|n| (*n).min(0xFF) as u8).collect()
}

/// Stored property values.
#[derive(Clone, Debug)]
pub struct PropertyStore {
    entries: BTreeMap<Oid, (PropertyDefinition, Vec<u8>)>,
}

impl PropertyStore {
    /// A store holding every definition at its default.
    pub fn new(definitions: Vec<PropertyDefinition>) -> Self {
        let entries = definitions
            .into_iter()
            .map(|d| (d.oid.clone(), (d.clone(), d.default)))
            .collect();
        PropertyStore { entries }
    }

    /// The current value of a property.
    pub fn value(&self, oid: &[u32]) -> Option<&[u8]> {
        self.entries.get(oid).map(|(_, v)| v.as_slice())
    }

    /// Overwrites a value regardless of access rules (for building test devices).
    /// Returns false when the OID is unknown.
    pub fn force(&mut self, oid: &[u32], value: &[u8]) -> bool {
        match self.entries.get_mut(oid) {
            Some((_, v)) => {
                *v = value.to_vec();
                true
            }
            None => false,
        }
    }

    /// Adds or replaces a definition (value set to its default).
    pub fn define(&mut self, definition: PropertyDefinition) {
        let default = definition.default.clone();
        self.entries
            .insert(definition.oid.clone(), (definition, default));
    }

    fn is_branch(&self, prefix: &[u32]) -> bool {
        self.entries
            .keys()
            .any(|oid| oid.len() > prefix.len() && oid.starts_with(prefix))
    }

    /// Answers a Get Property request payload (the bytes after the command ID);
    /// returns the response payload (also without the command ID).
    pub(crate) fn get(&self, request: &[u8]) -> Result<Vec<u8>, PropertyError> {
        let (base, remainder, items) = split_request(request)?;
        let nodes = tlv::parse_all(remainder.value).map_err(|_| bad(vec![0x89]))?;
        let mut answered = Vec::new();
        let mut expanded = false;
        for node in &nodes {
            let (bytes, grew) = self.get_node(&base, node)?;
            expanded |= grew;
            answered.extend_from_slice(&bytes);
        }
        let mut out = Vec::new();
        for item in &items {
            if item.tag == 0x89 {
                let form = if expanded {
                    LengthForm::TwoBytes
                } else {
                    LengthForm::Minimal
                };
                tlv::write_with(&mut out, 0x89, &answered, form);
            } else {
                tlv::write(&mut out, item.tag, item.value);
            }
        }
        Ok(out)
    }

    /// One requested node: returns its encoding and whether a branch was expanded.
    fn get_node(&self, path: &[u32], node: &Tlv<'_>) -> Result<(Vec<u8>, bool), PropertyError> {
        let (number, constructed) =
            node_number(node.tag).ok_or_else(|| bad(tlv::tag_bytes(node.tag)))?;
        let mut here = path.to_vec();
        here.push(number);
        if here.len() > MAX_OID_DEPTH {
            return Err(bad(oid_detail(&here)));
        }
        let mut out = Vec::new();
        if constructed {
            let children = tlv::parse_all(node.value).map_err(|_| bad(oid_detail(&here)))?;
            let mut inner = Vec::new();
            let mut expanded = false;
            for child in &children {
                let (bytes, grew) = self.get_node(&here, child)?;
                expanded |= grew;
                inner.extend_from_slice(&bytes);
            }
            let form = if expanded {
                LengthForm::TwoBytes
            } else {
                LengthForm::Minimal
            };
            tlv::write_with(&mut out, node_tag(number, true), &inner, form);
            Ok((out, expanded))
        } else if let Some(value) = self.value(&here) {
            tlv::write(&mut out, node_tag(number, false), value);
            Ok((out, false))
        } else if self.is_branch(&here) {
            tlv::write_with(
                &mut out,
                node_tag(number, true),
                &self.expand(&here),
                LengthForm::TwoBytes,
            );
            Ok((out, true))
        } else {
            Err(bad(oid_detail(&here)))
        }
    }

    /// Every property under `prefix`, as nested nodes.
    fn expand(&self, prefix: &[u32]) -> Vec<u8> {
        let mut children: Vec<u32> = self
            .entries
            .keys()
            .filter(|oid| oid.len() > prefix.len() && oid.starts_with(prefix))
            .map(|oid| oid[prefix.len()])
            .collect();
        children.dedup();
        let mut out = Vec::new();
        for number in children {
            let mut here = prefix.to_vec();
            here.push(number);
            if let Some(value) = self.value(&here) {
                tlv::write(&mut out, node_tag(number, false), value);
            } else {
                tlv::write_with(
                    &mut out,
                    node_tag(number, true),
                    &self.expand(&here),
                    LengthForm::TwoBytes,
                );
            }
        }
        out
    }

    /// Applies a Set Property request payload (after the command ID). Every
    /// leaf is checked before any is stored, so a failed request changes nothing.
    pub(crate) fn set(&mut self, request: &[u8]) -> Result<(), PropertyError> {
        // Same checks of 85, 87 and 89 (and the same details) as Get Property.
        split_request(request)?;
        let leaves = property_leaves(request).map_err(|error| set_error(request, error))?;
        let mut writes = Vec::new();
        for leaf in leaves {
            if leaf.oid.len() > MAX_OID_DEPTH {
                return Err(bad(oid_detail(&leaf.oid[..=MAX_OID_DEPTH])));
            }
            let (definition, _) = self
                .entries
                .get(&leaf.oid)
                .ok_or_else(|| bad(oid_detail(&leaf.oid)))?;
            let len = leaf.value.len();
            if !definition.writable || len < definition.min_len || len > definition.max_len {
                return Err(bad(oid_detail(&leaf.oid)));
            }
            writes.push((leaf.oid, leaf.value.to_vec()));
        }
        if writes.is_empty() {
            return Err(bad(vec![0x89]));
        }
        for (oid, value) in writes {
            self.force(&oid, &value);
        }
        Ok(())
    }
}

/// The detail of a Set Property request whose `89` tree is malformed: the tag that is not
/// an OID node, or `89` itself.
fn set_error(request: &[u8], error: OidError) -> PropertyError {
    match error {
        OidError::NotANode { offset } => {
            let tag = request.get(offset..).and_then(|rest| {
                let (tlv, _) = TlvRef::parse(rest, DecodeContext::default()).ok()?;
                Some(tlv.tag.as_bytes().to_vec())
            });
            bad(tag.unwrap_or_else(|| vec![0x89]))
        }
        _ => bad(vec![0x89]),
    }
}

/// Reads tags 85, 87 and 89 of a property request. Returns the OID numbers
/// given by 85 and 87, the 89 item, and all items (to echo 81, 82...).
fn split_request(request: &[u8]) -> Result<(Oid, Tlv<'_>, Vec<Tlv<'_>>), PropertyError> {
    let items = tlv::parse_all(request).map_err(|_| bad(Vec::new()))?;
    let kind = tlv::find(&items, 0x85).ok_or_else(|| bad(vec![0x85]))?;
    let [kind] = kind.value else {
        return Err(bad(vec![0x85]));
    };
    let mut base = vec![u32::from(*kind)];
    if let Some(prefix) = tlv::find(&items, 0x87) {
        base.extend(oid_components(prefix.value).ok_or_else(|| bad(vec![0x87]))?);
    }
    let remainder = tlv::find(&items, 0x89).ok_or_else(|| bad(vec![0x89]))?;
    Ok((base, remainder, items))
}

/// The OID number of a node tag and whether it is constructed; `None` for
/// tags that are not private class.
fn node_number(tag: u32) -> Option<(u32, bool)> {
    let bytes = tlv::tag_bytes(tag);
    let first = bytes[0];
    if first & 0xC0 != 0xC0 {
        return None;
    }
    let constructed = first & 0x20 != 0;
    if first & 0x1F != 0x1F {
        return Some((u32::from(first & 0x1F), constructed));
    }
    let number = bytes[1..]
        .iter()
        .fold(0u32, |acc, b| (acc << 7) | u32::from(b & 0x7F));
    Some((number, constructed))
}

/// The node tag for an OID number.
fn node_tag(number: u32, constructed: bool) -> u32 {
    let class = if constructed { 0xE0 } else { 0xC0 };
    if number < 0x1F {
        return class | number;
    }
    let mut tag = class | 0x1F;
    let mut groups = Vec::new();
    let mut rest = number;
    loop {
        groups.push((rest & 0x7F) as u8);
        rest >>= 7;
        if rest == 0 {
            break;
        }
    }
    for (i, group) in groups.iter().rev().enumerate() {
        let more = if i + 1 < groups.len() { 0x80 } else { 0 };
        tag = (tag << 8) | u32::from(group | more);
    }
    tag
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_tags_round_trip() {
        for number in [1, 2, 0x1A, 0x1E, 0x1F, 0x7F, 0x80, 0x3FFF] {
            for constructed in [false, true] {
                let tag = node_tag(number, constructed);
                assert_eq!(node_number(tag), Some((number, constructed)), "{number}");
            }
        }
        assert_eq!(node_tag(1, false), 0xC1);
        assert_eq!(node_tag(2, true), 0xE2);
    }

    #[test]
    fn oids_format_and_parse_in_hex() {
        assert_eq!(parse_oid("1.1.1.1.1.1A"), Some(vec![1, 1, 1, 1, 1, 0x1A]));
        assert_eq!(format_oid(&[1, 1, 1, 1, 1, 0x1A]), "1.1.1.1.1.1A");
        assert_eq!(parse_oid("1.x"), None);
    }

    #[test]
    fn defaults_read_like_the_manual_writes_them() {
        assert_eq!(parse_default("0x00"), Some(vec![0]));
        assert_eq!(parse_default("0x0003"), Some(vec![0, 3]));
        assert_eq!(
            parse_default("0x00, 0x00, 0x00, 0x00 (all User Event notifications disabled)"),
            Some(vec![0; 4])
        );
        assert_eq!(parse_default("None"), None);
        assert_eq!(parse_default(""), None);
        assert_eq!(parse_default("0x1"), Some(vec![1]));
        assert_eq!(parse_default("0x123"), Some(vec![0x01, 0x23]));
        assert_eq!(parse_default("0xZZ"), None);
    }

    #[test]
    fn set_checks_every_leaf_and_names_the_bad_one() {
        let mut store = PropertyStore::new(builtin_properties());
        // Manual Table 195 layout, nested long form too.
        let simple = [
            0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x03, 0xC1, 0x01, 0x01,
        ];
        store.set(&simple).unwrap();
        assert_eq!(store.value(&[1, 2, 7, 1, 1, 1]), Some(&[0x01][..]));
        let nested = mms_protocol::property::property_request_tlvs(
            &[1, 2, 7, 1, 1, 1],
            mms_protocol::property::OidForm::NESTED,
            Some(&[0x00]),
        )
        .unwrap();
        store.set(&nested).unwrap();
        assert_eq!(store.value(&[1, 2, 7, 1, 1, 1]), Some(&[0x00][..]));
        // Unknown leaf: its OID; a tag that is not an OID node: the tag; bad length: the OID.
        let unknown = [
            0x85, 0x01, 0x01, 0x87, 0x01, 0x09, 0x89, 0x03, 0xC1, 0x01, 0x01,
        ];
        assert_eq!(store.set(&unknown).unwrap_err().detail, [1, 9, 1]);
        let not_node = [0x85, 0x01, 0x01, 0x89, 0x03, 0x81, 0x01, 0x01];
        assert_eq!(store.set(&not_node).unwrap_err().detail, [0x81]);
        let too_long = [
            0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x04, 0xC1, 0x02, 0x01,
            0x01,
        ];
        assert_eq!(store.set(&too_long).unwrap_err().detail, [1, 2, 7, 1, 1, 1]);
        assert_eq!(store.set(&[0x85, 0x01, 0x01]).unwrap_err().detail, [0x89]);
    }
}
