//! Configuration properties: the descriptor type of the generated
//! `generated::properties` constants, and the TLVs of Get Property (0xD101) and
//! Set Property (0xD111) requests. (The typed requests are built by `mms_protocol::property`.)
//!
//! A property is addressed by its OID (manual section 8). Tables 185 and 193
//! describe the request; the manual's examples use two shapes, with or
//! without the company ID in `81` ([`OidForm`]):
//! - simple: `85` holds the first OID component, `87` the middle ones, one
//!   byte each, and `89` one TLV whose tag is `C0 | last component` (its value
//!   is empty for Get, the new value for Set);
//! - nested: `85` holds the first component, and `89` nests one constructed
//!   tag `E0 | component` per middle component around that same leaf TLV.

use core::fmt;

use mms_codec::{write_length, DecodeContext, DecodeError, LengthForm, Tag, TlvIter, TlvRef};

/// Whether a property can be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// A device setting (OID group 1): Get Property and Set Property.
    ReadWrite,
    /// Device information (OID group 2): Get Property only.
    ReadOnly,
}

/// One enumerated valid value of a property.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AllowedValue {
    /// The value in hex as the manual writes it (`"01"`), or a range (`"01..FE"`).
    pub value: &'static str,
    /// Its short name.
    pub name: &'static str,
}

/// What the spec says about one configuration property.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PropertyDescriptor {
    /// OID components (`[1, 2, 7, 1, 1, 1]`).
    pub oid: &'static [u32],
    /// OID as the manual writes it (components in hex).
    pub oid_text: &'static str,
    /// The manual's name.
    pub name: &'static str,
    /// snake_case identifier.
    pub ident: &'static str,
    /// The manual's table number of the property.
    pub table: Option<u32>,
    /// Read/write (settings) or read-only (information).
    pub access: Access,
    /// Value type (`"Binary"`, `"String"` ...).
    pub data_type: Option<&'static str>,
    /// Minimum value length in bytes.
    pub min_len: Option<u32>,
    /// Maximum value length in bytes.
    pub max_len: Option<u32>,
    /// Default value, as the manual writes it.
    pub default: Option<&'static str>,
    /// Enumerated valid values.
    pub values: &'static [AllowedValue],
    /// Valid values when they are a short label rather than a list (`"Bit Mapped"`).
    pub valid: Option<&'static str>,
    /// The key that secures a Set, as the manual names it (`"None"`).
    pub securing_key: Option<&'static str>,
    /// Product limitations (`"MSR Only"`).
    pub limits: &'static [&'static str],
    /// Whether the manual marks the property MagTek internal.
    pub internal: bool,
}

/// How a request addresses a property's OID (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OidForm {
    /// Middle components as nested tags in `89` (else one byte each in `87`).
    pub nested: bool,
    /// Starts with `81` and the MagTek company ID.
    pub company_id: bool,
}

impl OidForm {
    /// `85`, `87`, `89`: the short form of the command sections (Tables 187 and 195).
    pub const SIMPLE: OidForm = OidForm {
        nested: false,
        company_id: false,
    };
    /// `81`, `85`, nested `89`: the form most property sections show.
    pub const NESTED: OidForm = OidForm {
        nested: true,
        company_id: true,
    };
}

/// The company ID of every MagTek device (the root of the long OID form; Table 185 default).
pub const MAGTEK_COMPANY_ID: [u8; 7] = [0x2B, 0x06, 0x01, 0x04, 0x01, 0xF6, 0x09];

/// Get Property command ID.
pub const GET_PROPERTY: u16 = 0xD101;
/// Set Property (unsecured) command ID.
pub const SET_PROPERTY: u16 = 0xD111;

impl PropertyDescriptor {
    /// The TLVs of a Get Property (0xD101) request for this property (after the 2-byte ID).
    pub fn get_request_tlvs(&self, form: OidForm) -> Vec<u8> {
        request_tlvs(self.oid, form, &[])
    }

    /// The TLVs of a Set Property (0xD111) request that sets this property to `value`.
    pub fn set_request_tlvs(&self, form: OidForm, value: &[u8]) -> Vec<u8> {
        request_tlvs(self.oid, form, value)
    }

    /// Whether `len` bytes is a valid value length.
    pub fn accepts_len(&self, len: usize) -> bool {
        let len = u32::try_from(len).unwrap_or(u32::MAX);
        self.min_len.is_none_or(|min| len >= min) && self.max_len.is_none_or(|max| len <= max)
    }
}

/// The private-class tag for an OID component: `C0 | n` (leaf)
/// or `E0 | n` (branch), in the multi-byte form from 0x1F on.
fn component_tag(component: u32, constructed: bool) -> Vec<u8> {
    let first = if constructed { 0xE0 } else { 0xC0 };
    if component < 0x1F {
        return vec![first | component as u8];
    }
    let mut out = vec![first | 0x1F];
    out.extend(base128(component));
    out
}

/// Base-128 with continuation bits (BER sub-identifiers and long tag numbers).
fn base128(mut n: u32) -> Vec<u8> {
    let mut digits = vec![(n & 0x7F) as u8];
    n >>= 7;
    while n > 0 {
        digits.push((n & 0x7F) as u8 | 0x80);
        n >>= 7;
    }
    digits.reverse();
    digits
}

fn push_tlv(out: &mut Vec<u8>, tag: &[u8], value: &[u8]) {
    out.extend_from_slice(tag);
    write_length(out, LengthForm::Minimal, value.len());
    out.extend_from_slice(value);
}

fn request_tlvs(oid: &[u32], form: OidForm, value: &[u8]) -> Vec<u8> {
    let (first, rest) = oid.split_first().unwrap_or((&0, &[]));
    let (last, middle) = rest.split_last().unwrap_or((&0, &[]));
    let mut leaf = Vec::new();
    push_tlv(&mut leaf, &component_tag(*last, false), value);
    let mut out = Vec::new();
    if form.company_id {
        push_tlv(&mut out, &[0x81], &MAGTEK_COMPANY_ID);
    }
    push_tlv(&mut out, &[0x85], &base128(*first));
    if form.nested {
        let mut inner = leaf;
        for component in middle.iter().rev() {
            let mut wrapped = Vec::new();
            push_tlv(&mut wrapped, &component_tag(*component, true), &inner);
            inner = wrapped;
        }
        push_tlv(&mut out, &[0x89], &inner);
    } else {
        if !middle.is_empty() {
            let prefix: Vec<u8> = middle.iter().flat_map(|c| base128(*c)).collect();
            push_tlv(&mut out, &[0x87], &prefix);
        }
        push_tlv(&mut out, &[0x89], &leaf);
    }
    out
}

/// The value of the first leaf in a response's Property OID Remainder (tag `89`
/// value): descends through constructed tags to the first primitive TLV.
pub fn leaf_value(remainder: &[u8]) -> Result<&[u8], DecodeError> {
    let cx = DecodeContext::default();
    let mut items = TlvIter::new(remainder, cx);
    loop {
        let Some(item) = items.next() else {
            return Err(cx.error(
                mms_codec::ErrorKind::Truncated {
                    needed: 1,
                    available: 0,
                },
                remainder.len(),
            ));
        };
        let item = item?;
        if item.tag.is_constructed() {
            items = item.children(cx)?;
        } else {
            return Ok(item.value);
        }
    }
}

/// The tag of an OID node in a `89` tree: `C0 | n` for a leaf, `E0 | n` for a
/// branch (multi-byte from component 0x1F on). `None` for a component over
/// 0x3FFF (more than a 4-byte tag holds).
pub fn oid_node_tag(component: u32, constructed: bool) -> Option<Tag> {
    if component > 0x3FFF {
        return None;
    }
    let bytes = component_tag(component, constructed);
    Tag::parse(&bytes, 0).ok().map(|(tag, _)| tag)
}

/// The OID component an `89` tree tag stands for, and whether it is a branch
/// (constructed); `None` for a tag that is not a private-class OID node.
pub fn oid_node(tag: Tag) -> Option<(u32, bool)> {
    let first = *tag.as_bytes().first()?;
    (first & 0xC0 == 0xC0).then(|| (tag_component(tag), tag.is_constructed()))
}

/// The OID component a tag of the `89` remainder stands for (its tag number).
fn tag_component(tag: Tag) -> u32 {
    let bytes = tag.as_bytes();
    match bytes.split_first() {
        Some((first, rest)) if first & 0x1F == 0x1F => rest
            .iter()
            .fold(0u32, |acc, b| (acc << 7) | u32::from(b & 0x7F)),
        Some((first, _)) => u32::from(first & 0x1F),
        None => 0,
    }
}

/// The property OID a Get/Set Property request or response addresses, from its TLVs
/// (after the 2-byte command ID): `85`, then `87`, then the tags down the first branch
/// of `89`. For a request of a whole branch this is the branch's OID.
pub fn oid_of(tlvs: &[u8]) -> Result<Vec<u32>, DecodeError> {
    let cx = DecodeContext::default();
    let mut oid = Vec::new();
    let mut remainder: &[u8] = &[];
    for item in TlvIter::new(tlvs, cx) {
        let item = item?;
        match item.tag.to_u32() {
            0x85 | 0x87 => oid.extend(from_base128(item.value)),
            0x89 => remainder = item.value,
            _ => {}
        }
    }
    let mut items = TlvIter::new(remainder, cx);
    while let Some(item) = items.next() {
        let item = item?;
        oid.push(tag_component(item.tag));
        if !item.tag.is_constructed() {
            break;
        }
        items = item.children(cx)?;
    }
    Ok(oid)
}

/// Base-128 numbers with continuation bits, one after the other.
fn from_base128(bytes: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut n = 0u32;
    for b in bytes {
        n = (n << 7) | u32::from(b & 0x7F);
        if b & 0x80 == 0 {
            out.push(n);
            n = 0;
        }
    }
    out
}

/// Whether `tag` is the leaf tag of OID component `component` (`C0 | component`).
pub fn is_leaf_tag(tag: Tag, component: u32) -> bool {
    tag.as_bytes() == component_tag(component, false).as_slice()
}

/// How deep the `89` tree of a request or response may nest (a property OID has far fewer
/// components; the bound stops hostile input early).
pub const MAX_OID_DEPTH: usize = 32;

/// Why a property OID request could not be built or its `89` tree read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OidError {
    /// An OID needs at least two components (the `85` type and a leaf).
    TooShort,
    /// The first component goes in `85` as one byte, so it must be below 0x80.
    TypeTooLarge(u32),
    /// A component too large for a tag number (at most 0x3FFF: two base-128 bytes).
    ComponentTooLarge(u32),
    /// The TLVs are malformed.
    Decode(DecodeError),
    /// The `87` OID prefix ends in the middle of a component, at this offset.
    BadPrefix {
        /// Offset of the `87` value.
        offset: usize,
    },
    /// A tag in `89` is not a private-class OID node (`C0`..`FF`).
    NotANode {
        /// Offset of the tag.
        offset: usize,
    },
    /// The `89` tree nests deeper than [`MAX_OID_DEPTH`].
    TooDeep {
        /// Offset of the first tag too deep.
        offset: usize,
    },
    /// The TLVs have no `89` (Property OID Remainder).
    NoRemainder,
}

impl fmt::Display for OidError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OidError::TooShort => f.write_str("an OID needs at least two components"),
            OidError::TypeTooLarge(n) => write!(f, "OID type {n:X} is not one byte below 0x80"),
            OidError::ComponentTooLarge(n) => {
                write!(f, "OID component {n:X} is too large for a property tag")
            }
            OidError::Decode(error) => write!(f, "malformed property TLVs: {error}"),
            OidError::BadPrefix { offset } => {
                write!(
                    f,
                    "the OID prefix (87) at offset {offset} ends mid-component"
                )
            }
            OidError::NotANode { offset } => {
                write!(f, "the tag at offset {offset} in 89 is not an OID node")
            }
            OidError::TooDeep { offset } => write!(
                f,
                "89 nests deeper than {MAX_OID_DEPTH} components at offset {offset}"
            ),
            OidError::NoRemainder => f.write_str("no property values (89)"),
        }
    }
}

impl std::error::Error for OidError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OidError::Decode(error) => Some(error),
            _ => None,
        }
    }
}

impl From<DecodeError> for OidError {
    fn from(error: DecodeError) -> Self {
        OidError::Decode(error)
    }
}

/// The TLVs (after the 2-byte command ID) of a Get Property request (`value` `None`) or a
/// Set Property request (`Some(value)`) for any OID: a property's, or a branch's (the last
/// component then names the branch, and the device answers with all its leaves).
/// `form` picks the simple (`85`, `87`, `89`) or nested, long (`81`, `85`, nested `89`) layout.
pub fn property_request_tlvs(
    oid: &[u32],
    form: OidForm,
    value: Option<&[u8]>,
) -> Result<Vec<u8>, OidError> {
    let [first, rest @ ..] = oid else {
        return Err(OidError::TooShort);
    };
    if rest.is_empty() {
        return Err(OidError::TooShort);
    }
    if *first >= 0x80 {
        return Err(OidError::TypeTooLarge(*first));
    }
    if let Some(&large) = rest.iter().find(|&&c| c > 0x3FFF) {
        return Err(OidError::ComponentTooLarge(large));
    }
    Ok(request_tlvs(oid, form, value.unwrap_or_default()))
}

/// One leaf of a property `89` tree: a property's full OID and its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PropertyLeaf<'a> {
    /// The full OID (`85`, `87`, then the tags down to this leaf).
    pub oid: Vec<u32>,
    /// The value bytes (empty in a Get request).
    pub value: &'a [u8],
    /// The length form the leaf was written in, for re-encoding it unchanged.
    pub form: LengthForm,
    /// Offset of the leaf's tag in the TLVs given.
    pub offset: usize,
}

/// Every leaf of the `89` tree of Get/Set Property TLVs (request or response, after the
/// 2-byte command ID), in wire order, each with its full OID. Offsets in errors and leaves
/// count from the start of `tlvs`.
pub fn property_leaves(tlvs: &[u8]) -> Result<Vec<PropertyLeaf<'_>>, OidError> {
    let mut leaves = Vec::new();
    for_each_property_leaf(tlvs, |oid, leaf| {
        leaves.push(PropertyLeaf {
            oid: oid.to_vec(),
            value: leaf.value,
            form: leaf.form,
            offset: leaf.offset,
        })
    })?;
    Ok(leaves)
}

/// [`property_leaves`] without allocating: `visit` gets each leaf's full OID and its TLV, in
/// wire order, as the walk meets them. On an error the leaves before it have been visited.
pub fn for_each_property_leaf<'a>(
    tlvs: &'a [u8],
    mut visit: impl FnMut(&[u32], &TlvRef<'a>),
) -> Result<(), OidError> {
    let cx = DecodeContext::default();
    let mut path = OidPath::default();
    let mut remainder = None;
    for item in TlvIter::new(tlvs, cx) {
        let item = item?;
        match item.tag.to_u32() {
            // The guard puts the components on the path; it fails only on a bad prefix.
            0x85 | 0x87 if !for_each_component(item.value, |n| path.push(n)) => {
                return Err(OidError::BadPrefix {
                    offset: item.value_offset(),
                });
            }
            0x89 => remainder = Some(item),
            _ => {}
        }
    }
    let remainder = remainder.ok_or(OidError::NoRemainder)?;
    walk_leaves(remainder.children(cx)?, &mut path, &mut visit)
}

/// The OID down to the node being walked, on the stack: [`MAX_OID_DEPTH`] components are
/// kept; a longer `85`/`87` prefix is only counted, and the walk refuses to go below it.
#[derive(Default)]
struct OidPath {
    components: [u32; MAX_OID_DEPTH],
    len: usize,
}

impl OidPath {
    fn push(&mut self, component: u32) {
        if let Some(slot) = self.components.get_mut(self.len) {
            *slot = component;
        }
        self.len += 1;
    }
}

fn walk_leaves<'a>(
    items: TlvIter<'a>,
    path: &mut OidPath,
    visit: &mut impl FnMut(&[u32], &TlvRef<'a>),
) -> Result<(), OidError> {
    // Children are one level deeper than this level (the codec's depth limit applies too).
    let cx = items.context();
    for item in items {
        let item = item?;
        if item.tag.as_bytes().first().is_none_or(|b| b & 0xC0 != 0xC0) {
            return Err(OidError::NotANode {
                offset: item.offset,
            });
        }
        if path.len >= MAX_OID_DEPTH {
            return Err(OidError::TooDeep {
                offset: item.offset,
            });
        }
        path.push(tag_component(item.tag));
        if item.tag.is_constructed() {
            walk_leaves(item.children(cx)?, path, visit)?;
        } else {
            visit(&path.components[..path.len], &item);
        }
        path.len -= 1;
    }
    Ok(())
}

/// OID components written as base-128 numbers with continuation bits (the `85` and `87`
/// values; X.690 subidentifiers), or `None` if the last one is unfinished or overflows.
pub fn oid_components(bytes: &[u8]) -> Option<Vec<u32>> {
    let mut out = Vec::new();
    for_each_component(bytes, |n| out.push(n)).then_some(out)
}

/// Gives [`oid_components`]' components to `push` in order; false if the last one is
/// unfinished or one overflows.
fn for_each_component(bytes: &[u8], mut push: impl FnMut(u32)) -> bool {
    let mut n = 0u32;
    let mut pending = false;
    for b in bytes {
        let Some(shifted) = n.checked_mul(128) else {
            return false;
        };
        n = shifted | u32::from(b & 0x7F);
        pending = b & 0x80 != 0;
        if !pending {
            push(n);
            n = 0;
        }
    }
    !pending
}

#[cfg(test)]
mod tests {
    use super::*;

    const RESET_CONTROL: PropertyDescriptor = PropertyDescriptor {
        oid: &[1, 2, 7, 1, 1, 1],
        oid_text: "1.2.7.1.1.1",
        name: "Device Reset Occurred Notification Control",
        ident: "device_reset_occurred_notification_control",
        table: Some(932),
        access: Access::ReadWrite,
        data_type: Some("Binary"),
        min_len: Some(1),
        max_len: Some(1),
        default: Some("0x00"),
        values: &[],
        valid: None,
        securing_key: Some("None"),
        limits: &[],
        internal: false,
    };

    #[test]
    fn simple_form_matches_tables_187_and_195() {
        assert_eq!(
            RESET_CONTROL.get_request_tlvs(OidForm::SIMPLE),
            [0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x02, 0xC1, 0x00]
        );
        assert_eq!(
            RESET_CONTROL.set_request_tlvs(OidForm::SIMPLE, &[0x00]),
            [0x85, 0x01, 0x01, 0x87, 0x04, 0x02, 0x07, 0x01, 0x01, 0x89, 0x03, 0xC1, 0x01, 0x00]
        );
    }

    #[test]
    fn nested_form_wraps_each_middle_component() {
        let tlvs = RESET_CONTROL.get_request_tlvs(OidForm::NESTED);
        let expected_89 = [
            0x89, 0x0A, 0xE2, 0x08, 0xE7, 0x06, 0xE1, 0x04, 0xE1, 0x02, 0xC1, 0x00,
        ];
        assert!(tlvs.ends_with(&expected_89));
        assert!(tlvs.starts_with(&[0x81, 0x07, 0x2B]));
    }

    #[test]
    fn leaf_value_descends_to_the_first_primitive() {
        let remainder = [
            0xE2, 0x09, 0xE7, 0x07, 0xE1, 0x05, 0xE1, 0x03, 0xC1, 0x01, 0x05,
        ];
        assert_eq!(leaf_value(&remainder).unwrap(), [0x05]);
        assert_eq!(leaf_value(&[0xC1, 0x01, 0x07]).unwrap(), [0x07]);
        assert!(leaf_value(&[0xE2, 0x05, 0xC1]).is_err());
        assert!(leaf_value(&[]).is_err());
        assert!(is_leaf_tag(Tag::from_u32(0xC1), 1));
    }

    #[test]
    fn oid_of_reads_both_forms() {
        let simple = RESET_CONTROL.get_request_tlvs(OidForm::SIMPLE);
        let nested = RESET_CONTROL.set_request_tlvs(OidForm::NESTED, &[1]);
        assert_eq!(oid_of(&simple).unwrap(), RESET_CONTROL.oid);
        assert_eq!(oid_of(&nested).unwrap(), RESET_CONTROL.oid);
        assert!(oid_of(&[0x89, 0x05, 0xE2]).is_err());
    }

    #[test]
    fn property_request_tlvs_builds_any_oid() {
        let get = property_request_tlvs(&[1, 2, 7, 1, 1, 1], OidForm::SIMPLE, None).unwrap();
        assert_eq!(get, RESET_CONTROL.get_request_tlvs(OidForm::SIMPLE));
        let set = property_request_tlvs(&[1, 2, 7, 1, 1, 1], OidForm::NESTED, Some(&[5])).unwrap();
        assert_eq!(set, RESET_CONTROL.set_request_tlvs(OidForm::NESTED, &[5]));
        // A branch, and a component that needs a two-byte tag number.
        let branch = property_request_tlvs(&[2, 1, 2, 2], OidForm::SIMPLE, None).unwrap();
        assert_eq!(
            branch,
            [0x85, 0x01, 0x02, 0x87, 0x02, 0x01, 0x02, 0x89, 0x02, 0xC2, 0x00]
        );
        let large = property_request_tlvs(&[1, 0x200], OidForm::SIMPLE, None).unwrap();
        assert_eq!(
            large,
            [0x85, 0x01, 0x01, 0x89, 0x04, 0xDF, 0x84, 0x00, 0x00]
        );
        assert_eq!(property_leaves(&large).unwrap()[0].oid, [1, 0x200]);
        assert_eq!(
            property_request_tlvs(&[1], OidForm::SIMPLE, None),
            Err(OidError::TooShort)
        );
        assert_eq!(
            property_request_tlvs(&[0x80, 1], OidForm::SIMPLE, None),
            Err(OidError::TypeTooLarge(0x80))
        );
        assert_eq!(
            property_request_tlvs(&[1, 0x4000], OidForm::SIMPLE, None),
            Err(OidError::ComponentTooLarge(0x4000))
        );
    }

    #[test]
    fn property_leaves_walks_every_branch() {
        // 85 02, 87 01 02, 89 { E2 { C1 "AB", C2 (82 form) 00 01 } }
        let tlvs = [
            0x85, 0x01, 0x02, 0x87, 0x02, 0x01, 0x02, 0x89, 0x0C, 0xE2, 0x0A, 0xC1, 0x02, 0x41,
            0x42, 0xC2, 0x82, 0x00, 0x02, 0x00, 0x01,
        ];
        let leaves = property_leaves(&tlvs).unwrap();
        assert_eq!(leaves.len(), 2);
        assert_eq!(leaves[0].oid, [2, 1, 2, 2, 1]);
        assert_eq!(leaves[0].value, b"AB");
        assert_eq!(leaves[0].offset, 11);
        assert_eq!(leaves[1].oid, [2, 1, 2, 2, 2]);
        assert_eq!(leaves[1].value, [0, 1]);
        assert_eq!(leaves[1].form, LengthForm::Long(2));
        let nested = RESET_CONTROL.set_request_tlvs(OidForm::NESTED, &[1]);
        assert_eq!(property_leaves(&nested).unwrap()[0].oid, RESET_CONTROL.oid);
    }

    #[test]
    fn a_prefix_longer_than_the_path_is_counted_not_stored() {
        // 87 with 40 one-byte components: the walk keeps 32 on the stack.
        let mut tlvs = vec![0x85, 0x01, 0x02, 0x87, 40];
        tlvs.extend(1..=40u8);
        let empty = [tlvs.clone(), vec![0x89, 0x00]].concat();
        assert_eq!(property_leaves(&empty), Ok(vec![]));
        let one = [tlvs, vec![0x89, 0x02, 0xC1, 0x00]].concat();
        assert_eq!(property_leaves(&one), Err(OidError::TooDeep { offset: 47 }));
        // 31 components and a leaf: the deepest OID the path holds.
        let mut tlvs = vec![0x85, 0x01, 0x02, 0x87, 30];
        tlvs.extend(1..=30u8);
        tlvs.extend([0x89, 0x03, 0xC1, 0x01, 0x07]);
        let leaves = property_leaves(&tlvs).unwrap();
        assert_eq!(leaves[0].oid.len(), MAX_OID_DEPTH);
        assert_eq!(leaves[0].value, [7]);
    }

    #[test]
    fn the_visitor_sees_the_leaves_before_an_error() {
        // 89 { C1 "A", 81 ... }: one leaf, then a tag that is not an OID node.
        let tlvs = [0x85, 0x01, 0x02, 0x89, 0x05, 0xC1, 0x01, 0x41, 0x81, 0x00];
        let mut seen = Vec::new();
        let result =
            for_each_property_leaf(&tlvs, |oid, leaf| seen.push((oid.to_vec(), leaf.value)));
        assert_eq!(result, Err(OidError::NotANode { offset: 8 }));
        assert_eq!(seen, [(vec![2, 1], &b"A"[..])]);
    }

    #[test]
    fn oid_components_use_base_128() {
        assert_eq!(oid_components(&[2, 7, 1, 1]), Some(vec![2, 7, 1, 1]));
        assert_eq!(oid_components(&[0x81, 0x00]), Some(vec![128]));
        assert_eq!(oid_components(&[0x81]), None);
        assert_eq!(oid_components(&[0xFF; 6]), None);
    }

    #[test]
    fn property_leaves_reports_malformed_trees() {
        assert_eq!(
            property_leaves(&[0x85, 0x01, 0x01]),
            Err(OidError::NoRemainder)
        );
        assert_eq!(
            property_leaves(&[0x87, 0x01, 0x81, 0x89, 0x00]),
            Err(OidError::BadPrefix { offset: 2 })
        );
        assert_eq!(
            property_leaves(&[0x89, 0x02, 0x81, 0x00]),
            Err(OidError::NotANode { offset: 2 })
        );
        assert!(matches!(
            property_leaves(&[0x89, 0x03, 0xE2, 0x05, 0xC1]),
            Err(OidError::Decode(_))
        ));
        // 40 nested branches: deeper than the bound.
        let mut tree = vec![0xC1, 0x00];
        for _ in 0..40 {
            let mut wrapped = vec![0xE1, tree.len() as u8];
            wrapped.extend(tree);
            tree = wrapped;
        }
        let mut tlvs = vec![0x89, 0x81, tree.len() as u8];
        tlvs.extend(tree);
        assert!(matches!(
            property_leaves(&tlvs),
            Err(OidError::TooDeep { .. } | OidError::Decode(_))
        ));
    }
}
