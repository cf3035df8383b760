//! Behaviour of `#[derive(Tlv)]` output: decoding, layout-preserving
//! encoding, packed structs and open enums.

use mms_codec::{
    Contents, DecodeOptions, ErrorKind, LayoutEntry, LengthForm, Slot, Tag, Tlv, Unknown,
    UnknownTlv, Unrecognized, Value,
};

#[derive(Tlv, Clone, Copy, Debug, PartialEq, Eq)]
#[tlv(repr = u8)]
enum Kind {
    #[tlv(value = 0x01)]
    One,
    #[tlv(value = 0x82)]
    Big,
    #[tlv(unrecognized)]
    Other(Unrecognized<u8>),
}

#[derive(Tlv, Clone, Copy, Debug, PartialEq, Eq)]
#[tlv(repr = u16)]
enum Wide {
    #[tlv(value = 0xD812)]
    StartSend,
    #[tlv(unrecognized)]
    Other(Unrecognized<u16>),
}

#[derive(Tlv, Clone, Debug, PartialEq, Eq)]
#[tlv(packed)]
struct Info {
    kind: Kind,
    reference: u8,
    id: u16,
    extra: Vec<u8>,
}

#[derive(Tlv, Clone, Debug, PartialEq, Eq)]
#[tlv(packed)]
struct Fixed {
    a: u8,
    b: [u8; 3],
}

#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Inner {
    #[tlv(tag = 0x81)]
    a: Option<u8>,
    #[tlv(tag = 0x82)]
    b: Vec<Vec<u8>>,
}

#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Outer {
    #[tlv(raw)]
    id: u16,
    #[tlv(tag = 0x81)]
    required: u8,
    #[tlv(tag = 0xA2)]
    inner: Option<Inner>,
    #[tlv(tag = 0x84, nested)]
    nested: Vec<Inner>,
    #[tlv(tag = 0x9F02)]
    long_tag: Option<Vec<u8>>,
    #[tlv(unknown)]
    unknown: Unknown,
}

#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Closed {
    #[tlv(tag = 0x81)]
    a: u8,
}

#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Empty {}

#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct UnitLike;

fn hex(s: &str) -> Vec<u8> {
    s.split_whitespace()
        .map(|b| u8::from_str_radix(b, 16).unwrap())
        .collect()
}

#[test]
fn open_enum_maps_known_and_unknown_values() {
    assert_eq!(Kind::from_raw(0x01), Kind::One);
    assert_eq!(Kind::from(0x82), Kind::Big);
    let other = Kind::from_raw(0x33);
    assert!(matches!(other, Kind::Other(_)));
    assert_eq!(other.to_raw(), 0x33);
    assert_eq!(u8::from(other), 0x33);
    assert_eq!(Kind::FIXED_LEN, Some(1));
    assert_eq!(Kind::value_from_bytes(&[0x44]).unwrap().to_raw(), 0x44);
    assert_eq!(Kind::Big.value_to_bytes(), vec![0x82]);
    assert_eq!(Wide::FIXED_LEN, Some(2));
    assert_eq!(
        Wide::value_from_bytes(&[0xD8, 0x12]).unwrap(),
        Wide::StartSend
    );
    assert_eq!(Wide::from_raw(0x1234).value_to_bytes(), vec![0x12, 0x34]);
}

#[test]
fn packed_struct_slices_one_value() {
    assert_eq!(Info::FIXED_LEN, None);
    assert_eq!(Fixed::FIXED_LEN, Some(4));
    let info = Info::value_from_bytes(&hex("84 08 D8 21 00 00 00 01")).unwrap();
    assert_eq!(info.kind.to_raw(), 0x84);
    assert_eq!(info.reference, 0x08);
    assert_eq!(info.id, 0xD821);
    assert_eq!(info.extra, vec![0, 0, 0, 1]);
    assert_eq!(info.value_to_bytes(), hex("84 08 D8 21 00 00 00 01"));

    let short = Info::value_from_bytes(&hex("82 01 DF")).unwrap_err();
    assert_eq!(short.offset, 2);
    assert!(matches!(
        short.kind,
        ErrorKind::Truncated {
            needed: 2,
            available: 1
        }
    ));

    let wrong = Fixed::value_from_bytes(&hex("01 02 03")).unwrap_err();
    assert!(matches!(
        wrong.kind,
        ErrorKind::WrongValueLength {
            expected: 4,
            found: 3
        }
    ));
}

#[test]
fn struct_decodes_and_reencodes_identically() {
    // Odd order, non-minimal lengths, an unknown tag in the middle.
    let bytes = hex("12 34 \
         9F 02 81 02 AA BB \
         C5 01 FF \
         81 01 07 \
         84 03 82 01 01 \
         A2 82 00 03 81 01 05 \
         84 00");
    let outer = Outer::from_bytes(&bytes).unwrap();
    assert_eq!(outer.id, 0x1234);
    assert_eq!(outer.required, 7);
    assert_eq!(
        outer.inner,
        Some(Inner {
            a: Some(5),
            b: vec![]
        })
    );
    assert_eq!(
        outer.nested,
        vec![
            Inner {
                a: None,
                b: vec![vec![1]]
            },
            Inner::default()
        ]
    );
    assert_eq!(outer.long_tag, Some(vec![0xAA, 0xBB]));
    assert_eq!(outer.unknown.items.len(), 1);
    assert_eq!(
        outer.unknown.layout[1],
        LayoutEntry {
            slot: Slot::Unknown,
            form: LengthForm::Short
        }
    );
    assert_eq!(outer.contents_len(), bytes.len());
    assert_eq!(outer.to_bytes(), bytes);

    // A freshly built equal value is canonical.
    let fresh = Outer {
        unknown: Unknown {
            items: outer.unknown.items.clone(),
            layout: Vec::new(),
        },
        ..outer.clone()
    };
    assert_eq!(fresh, outer);
    let canonical =
        hex("12 34 81 01 07 A2 03 81 01 05 84 03 82 01 01 84 00 9F 02 02 AA BB C5 01 FF");
    assert_eq!(fresh.contents_len(), canonical.len());
    assert_eq!(fresh.to_bytes(), canonical);
}

#[test]
fn layout_skips_removed_fields_and_appends_new_ones() {
    let bytes = hex("00 01 9F 02 01 AA 81 01 07 C5 01 FF");
    let mut outer = Outer::from_bytes(&bytes).unwrap();
    outer.long_tag = None;
    outer.inner = Some(Inner::default());
    outer.unknown.items.push(UnknownTlv {
        tag: Tag::from_u32(0xC6),
        form: LengthForm::Minimal,
        value: vec![1],
    });
    let expected = hex("00 01 81 01 07 C5 01 FF A2 00 C6 01 01");
    assert_eq!(outer.contents_len(), expected.len());
    assert_eq!(outer.to_bytes(), expected);
}

#[test]
fn decode_errors_say_what_and_where() {
    let missing = Outer::from_bytes(&hex("00 01 A2 00")).unwrap_err();
    assert!(
        matches!(missing.kind, ErrorKind::MissingTag { expected } if expected == Tag::from_u32(0x81))
    );

    let dup = Outer::from_bytes(&hex("00 01 81 01 07 81 01 08")).unwrap_err();
    assert!(matches!(dup.kind, ErrorKind::DuplicateTag { .. }));
    assert_eq!(dup.offset, 5);

    let unexpected = Closed::from_bytes(&hex("81 01 07 C5 01 FF")).unwrap_err();
    assert!(
        matches!(unexpected.kind, ErrorKind::UnexpectedTag { found } if found == Tag::from_u32(0xC5))
    );
    assert_eq!(unexpected.offset, 3);

    // Error inside a nested struct: absolute offset and tag path.
    let nested = Outer::from_bytes(&hex("00 01 81 01 07 A2 04 81 02 01 02")).unwrap_err();
    assert!(matches!(
        nested.kind,
        ErrorKind::WrongValueLength {
            expected: 1,
            found: 2
        }
    ));
    assert_eq!(nested.offset, 9);
    let path: Vec<Tag> = nested.path.iter().collect();
    assert_eq!(path, vec![Tag::from_u32(0xA2), Tag::from_u32(0x81)]);

    let raw = Outer::from_bytes(&hex("00")).unwrap_err();
    assert!(matches!(
        raw.kind,
        ErrorKind::Truncated {
            needed: 2,
            available: 1
        }
    ));
    assert_eq!(raw.offset, 0);

    let deep = Outer::from_bytes_with(
        &hex("00 01 81 01 07 A2 00"),
        DecodeOptions {
            max_depth: 0,
            ..DecodeOptions::default()
        },
    )
    .unwrap_err();
    assert!(matches!(deep.kind, ErrorKind::TooDeep { max: 0 }));
    assert_eq!(deep.offset, 7);
}

#[test]
fn empty_structs_are_empty_sequences() {
    assert_eq!(Empty::from_bytes(&[]).unwrap(), Empty {});
    assert!(Empty {}.to_bytes().is_empty());
    assert_eq!(UnitLike::from_bytes(&[]).unwrap(), UnitLike);
    assert!(Empty::from_bytes(&[0x81, 0x00]).is_err());
}

#[test]
fn nested_lengths_noted_once_agree_with_every_encoder() {
    // More nested sequences than `NestedLens` keeps (16): the rest are computed when
    // written, and every way of encoding gives the same bytes.
    let wide = Outer {
        id: 1,
        required: 2,
        inner: Some(Inner {
            a: Some(3),
            b: vec![vec![0x10; 200]],
        }),
        nested: (0..40)
            .map(|i| Inner {
                a: Some(i),
                b: vec![vec![i; i as usize * 7]],
            })
            .collect(),
        ..Outer::default()
    };
    let bytes = wide.to_bytes();
    assert_eq!(bytes.len(), wide.contents_len());
    let mut plain = Vec::new();
    wide.encode_contents(&mut plain);
    assert_eq!(plain, bytes);
    let mut buf = vec![0u8; bytes.len()];
    assert_eq!(wide.encode_to_slice(&mut buf), Ok(bytes.len()));
    assert_eq!(buf, bytes);
    assert_eq!(Outer::from_bytes(&bytes).unwrap(), wide);
    // After the id (00 01) and `81 01 02`: `A2` with a long length (its `82` holds 200 bytes).
    assert_eq!(bytes[5..9], [0xA2, 0x81, 0xCE, 0x81]);
}

/// More nested sequences than the encoder keeps lengths for (16): the rest have theirs
/// computed again when written, to the same bytes.
#[test]
fn more_nested_sequences_than_lengths_kept() {
    let outer = Outer {
        required: 7,
        nested: (0..20)
            .map(|i| Inner {
                a: Some(i),
                b: vec![vec![i; usize::from(i)]],
            })
            .collect(),
        ..Outer::default()
    };
    let mut expected = hex("00 00 81 01 07");
    for i in 0..20u8 {
        expected.extend([0x84, 5 + i, 0x81, 0x01, i, 0x82, i]);
        expected.extend(vec![i; usize::from(i)]);
    }
    assert_eq!(outer.contents_len(), expected.len());
    assert_eq!(outer.to_bytes(), expected);
    assert_eq!(Outer::from_bytes(&expected).unwrap(), outer);
}
