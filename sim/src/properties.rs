//! Device properties: definitions, stored values, and the OID tree encoding of
//! Get Property / Set Property (manual section 6.6, Tables 185-196).
//!
//! In the Property OID Remainder (tag 89) every OID number is a private-class
//! tag whose number is the OID component: constructed (`E1`, `E2`, ...) to go
//! one level down, primitive (`C1`, ...) for a leaf and its value. A primitive
//! item naming a branch asks for the whole branch.

use crate::outgoing::answer;
use mms_codec::{write_tlv, DecodeContext, DecodeError, LengthForm, Tag, TlvIter, TlvRef};
use mms_protocol::property::{oid_components, oid_node, oid_node_tag, property_leaves, OidError};
use mms_protocol::Status;
use std::collections::BTreeMap;

/// Deepest OID a request may name; nesting beyond it is refused before it
/// can exhaust the stack.
const MAX_OID_DEPTH: usize = 16;

/// What the simulator knows about one property.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PropertyDefinition {
    /// Full OID; the first number is the property type (1 settings, 2 information).
    pub oid: Vec<u32>,
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

/// Largest value length assumed for a property whose spec entry gives none.
pub const UNSPECIFIED_MAX_LEN: usize = 255;

/// The simulator's default property table: every property of the spec
/// (`mms_spec::Spec::builtin()`), see [`device_properties`]. Built once and cloned.
pub fn default_properties() -> Vec<PropertyDefinition> {
    static TABLE: std::sync::OnceLock<Vec<PropertyDefinition>> = std::sync::OnceLock::new();
    TABLE
        .get_or_init(|| device_properties(&mms_spec::Spec::builtin()))
        .clone()
}

/// A device's property table for `spec`: every property of it
/// ([`spec_properties`]) with the realistic device information of
/// [`information_overlay`] on top. What [`DeviceConfig::for_spec`](crate::DeviceConfig::for_spec)
/// uses; [`default_properties`] is this for the builtin spec.
pub fn device_properties(spec: &mms_spec::Spec) -> Vec<PropertyDefinition> {
    let mut table = spec_properties(spec);
    for (oid, value) in information_overlay() {
        if let Some(definition) = table.iter_mut().find(|d| d.oid == oid) {
            if (definition.min_len..=definition.max_len).contains(&value.len()) {
                definition.default = value;
            }
        }
    }
    table
}

/// Values a real DynaFlex Pro reports (as the manual's examples show it),
/// laid over the spec's table by [`default_properties`]: model name, firmware
/// version and part number, key type, serial number and operational status.
pub fn information_overlay() -> Vec<(Vec<u32>, Vec<u8>)> {
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
/// - default: read from the spec's default text with
///   [`mms_spec::defaults::default_value`] when that gives a value of an
///   allowed length; otherwise a filler of the right length: the first
///   enumerated valid value when the spec lists some, else the minimum length
///   (at least one byte when allowed) of ASCII `'0'` for text types or `00`
///   bytes for the others.
pub fn spec_properties(spec: &mms_spec::Spec) -> Vec<PropertyDefinition> {
    spec.properties
        .iter()
        .map(|property| {
            let max_len = property.max_len.map_or(UNSPECIFIED_MAX_LEN, |n| n as usize);
            let min_len = property.min_len.map_or(0, |n| n as usize).min(max_len);
            let fits = |value: &Vec<u8>| (min_len..=max_len).contains(&value.len());
            let default = property
                .default_value()
                .filter(fits)
                .or_else(|| property.values.iter().filter_map(|v| v.bytes()).find(fits))
                .unwrap_or_else(|| {
                    let text = mms_spec::data_type::names_text(property.data_type.as_deref());
                    let filler = if text { b'0' } else { 0x00 };
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
        status: answer::bad_parameter(),
        detail,
    }
}

fn oid_detail(oid: &[u32]) -> Vec<u8> {
    oid.iter().map(|n| (*n).min(0xFF) as u8).collect()
}

/// Get's and Set's limit on an OID's length: past [`MAX_OID_DEPTH`] components, a bad
/// parameter naming the first components past the limit (not a prefix of any length).
fn check_depth(oid: &[u32]) -> Result<(), PropertyError> {
    match oid.get(..=MAX_OID_DEPTH) {
        Some(first) => Err(bad(oid_detail(first))),
        None => Ok(()),
    }
}

/// Every TLV of `bytes`, or the first error.
fn tlvs(bytes: &[u8]) -> Result<Vec<TlvRef<'_>>, DecodeError> {
    TlvIter::new(bytes, DecodeContext::default()).collect()
}

fn find<'a>(items: &[TlvRef<'a>], tag: u32) -> Option<TlvRef<'a>> {
    items
        .iter()
        .copied()
        .find(|item| item.tag == Tag::from_u32(tag))
}

/// Appends one TLV; `two_byte_length` writes its length as `82 hh ll`, as the
/// device does around expanded branches (manual Tables 188 and 192).
fn put(out: &mut Vec<u8>, tag: Tag, value: &[u8], two_byte_length: bool) {
    let form = if two_byte_length {
        LengthForm::Long(2)
    } else {
        LengthForm::Minimal
    };
    write_tlv(out, tag, form, value);
}

/// The `89` tree tag of an OID component the store holds (components come
/// from the spec or a request, so they fit a tag).
fn node_tag(number: u32, constructed: bool) -> Tag {
    oid_node_tag(number, constructed).unwrap_or(Tag::from_u32(0xDF7F))
}

/// Stored property values.
#[derive(Clone, Debug)]
pub struct PropertyStore {
    entries: BTreeMap<Vec<u32>, (PropertyDefinition, Vec<u8>)>,
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
        let nodes = tlvs(remainder.value).map_err(|_| bad(vec![0x89]))?;
        let mut answered = Vec::new();
        let mut expanded = false;
        for node in &nodes {
            let (bytes, grew) = self.get_node(&base, node)?;
            expanded |= grew;
            answered.extend_from_slice(&bytes);
        }
        let mut out = Vec::new();
        for item in &items {
            if item.tag == Tag::from_u32(0x89) {
                put(&mut out, item.tag, &answered, expanded);
            } else {
                put(&mut out, item.tag, item.value, false);
            }
        }
        Ok(out)
    }

    /// One requested node: returns its encoding and whether a branch was expanded.
    fn get_node(&self, path: &[u32], node: &TlvRef<'_>) -> Result<(Vec<u8>, bool), PropertyError> {
        let (number, constructed) =
            oid_node(node.tag).ok_or_else(|| bad(node.tag.as_bytes().to_vec()))?;
        let mut here = path.to_vec();
        here.push(number);
        check_depth(&here)?;
        let mut out = Vec::new();
        if constructed {
            let children = tlvs(node.value).map_err(|_| bad(oid_detail(&here)))?;
            let mut inner = Vec::new();
            let mut expanded = false;
            for child in &children {
                let (bytes, grew) = self.get_node(&here, child)?;
                expanded |= grew;
                inner.extend_from_slice(&bytes);
            }
            put(&mut out, node_tag(number, true), &inner, expanded);
            Ok((out, expanded))
        } else if let Some(value) = self.value(&here) {
            put(&mut out, node_tag(number, false), value, false);
            Ok((out, false))
        } else if self.is_branch(&here) {
            put(&mut out, node_tag(number, true), &self.expand(&here), true);
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
            match self.value(&here) {
                Some(value) => put(&mut out, node_tag(number, false), value, false),
                None => put(&mut out, node_tag(number, true), &self.expand(&here), true),
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
            check_depth(&leaf.oid)?;
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

/// The items of a property request, and what tags 85, 87 and 89 say.
type SplitRequest<'a> = (Vec<u32>, TlvRef<'a>, Vec<TlvRef<'a>>);

/// Reads tags 85, 87 and 89 of a property request. Returns the OID numbers
/// given by 85 and 87, the 89 item, and all items (to echo 81, 82...).
fn split_request(request: &[u8]) -> Result<SplitRequest<'_>, PropertyError> {
    let items = tlvs(request).map_err(|_| bad(Vec::new()))?;
    let kind = find(&items, 0x85).ok_or_else(|| bad(vec![0x85]))?;
    let [kind] = kind.value else {
        return Err(bad(vec![0x85]));
    };
    let mut base = vec![u32::from(*kind)];
    if let Some(prefix) = find(&items, 0x87) {
        base.extend(oid_components(prefix.value).ok_or_else(|| bad(vec![0x87]))?);
    }
    let remainder = find(&items, 0x89).ok_or_else(|| bad(vec![0x89]))?;
    Ok((base, remainder, items))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// An OID longer than [`MAX_OID_DEPTH`] components is refused, by Get and by Set, with
    /// its first 17 components as the detail (an unknown OID would have all of them).
    #[test]
    fn oids_deeper_than_the_limit_are_refused() {
        let mut store = PropertyStore::new(builtin_properties());
        // 85 01 01, a 16-component prefix 2..17, and node 1: 18 components.
        let mut request = vec![0x85, 0x01, 0x01, 0x87, 0x10];
        request.extend(2..=17u8);
        request.extend([0x89, 0x03, 0xC1, 0x01, 0x00]);
        let detail: Vec<u8> = (1..=17).collect();
        assert_eq!(store.get(&request).unwrap_err().detail, detail);
        assert_eq!(store.set(&request).unwrap_err().detail, detail);
        // 16 components are within the limit: refused as unknown, with the whole OID.
        let mut request = vec![0x85, 0x01, 0x01, 0x87, 0x0E];
        request.extend(2..=15u8);
        request.extend([0x89, 0x03, 0xC1, 0x01, 0x00]);
        let detail: Vec<u8> = (1..=15).chain([1]).collect();
        assert_eq!(store.get(&request).unwrap_err().detail, detail);
        assert_eq!(store.set(&request).unwrap_err().detail, detail);
    }
}
