//! Every kind of malformed TLV input gets its own error kind, the offset of the
//! offending field, the enclosing tags, and a message that says what and why.

use mms_codec::{
    DecodeContext, DecodeError, DecodeOptions, ErrorKind, LengthForm, Tag, TlvIter, TlvNode, TlvRef,
};

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

fn tag(raw: u32) -> Tag {
    Tag::from_u32(raw)
}

/// Walks every TLV, recursing into constructed tags, and returns the first error.
fn walk(input: &[u8], options: DecodeOptions) -> Result<usize, DecodeError> {
    fn walk_seq(iter: TlvIter<'_>) -> Result<usize, DecodeError> {
        let cx = iter.context();
        let mut count = 0;
        for tlv in iter {
            let tlv = tlv?;
            count += 1;
            if tlv.tag.is_constructed() {
                count += tlv
                    .children(cx)
                    .and_then(walk_seq)
                    .map_err(|e| e.within(tlv.tag))?;
            }
        }
        Ok(count)
    }
    walk_seq(TlvIter::new(input, DecodeContext::new(options)))
}

fn first_error(input: &str) -> DecodeError {
    walk(&hex(input), DecodeOptions::default()).unwrap_err()
}

fn path(err: &DecodeError) -> Vec<Tag> {
    err.path.iter().collect()
}

#[test]
fn truncated_tag() {
    let err = first_error("81 01 00 DF");
    assert_eq!(err.kind, ErrorKind::TagTruncated { available: 1 });
    assert_eq!(err.offset, 3);
    assert!(err.path.is_empty());
    assert_eq!(
        err.to_string(),
        "at byte 3: input ends inside a tag (1 tag byte present, more announced)"
    );
}

#[test]
fn unterminated_and_five_byte_tags() {
    let err = first_error("DF 81 82 83 04 00");
    assert_eq!(err.kind, ErrorKind::BadTag);
    assert_eq!(err.offset, 0);
    assert_eq!(err.to_string(), "at byte 0: tag is longer than 4 bytes");

    let err = first_error("81 00 9F 81 82 83");
    assert_eq!((err.kind, err.offset), (ErrorKind::BadTag, 2));
}

#[test]
fn truncated_length() {
    let err = first_error("81 82 00");
    assert_eq!(
        err.kind,
        ErrorKind::Truncated {
            needed: 3,
            available: 2
        }
    );
    assert_eq!(err.offset, 1);
    assert_eq!(path(&err), [tag(0x81)]);
    assert_eq!(
        err.to_string(),
        "at byte 1 in 81: input ends inside a field: 3 bytes needed, 2 left"
    );

    let err = first_error("9F02");
    assert_eq!(
        (err.kind, err.offset),
        (
            ErrorKind::Truncated {
                needed: 1,
                available: 0
            },
            2
        )
    );
}

#[test]
fn truncated_value() {
    let err = first_error("A2 05 81 01");
    assert_eq!(
        err.kind,
        ErrorKind::ValueTruncated {
            declared: 5,
            available: 2
        }
    );
    assert_eq!(err.offset, 1);
    assert_eq!(path(&err), [tag(0xA2)]);
}

#[test]
fn length_past_the_end_inside_nesting() {
    let err = first_error("F4 07 A2 05 83 20 01 02 03");
    assert_eq!(
        err.kind,
        ErrorKind::ValueTruncated {
            declared: 32,
            available: 3
        }
    );
    assert_eq!(err.offset, 5);
    assert_eq!(path(&err), [tag(0xF4), tag(0xA2), tag(0x83)]);
    assert_eq!(
        err.to_string(),
        "at byte 5 in F4/A2/83: length 32 is past the end of input (3 bytes left)"
    );
    // The owned tree reports the same error.
    let cx = DecodeContext::default();
    assert_eq!(
        TlvNode::parse(&hex("F4 07 A2 05 83 20 01 02 03"), cx).unwrap_err(),
        err
    );
}

#[test]
fn bad_long_form_lengths() {
    let err = first_error("81 80 00 00");
    assert_eq!(err.kind, ErrorKind::BadLengthForm { first_byte: 0x80 });
    assert_eq!(err.offset, 1);
    assert_eq!(
        err.to_string(),
        "at byte 1 in 81: indefinite length (80) is not supported"
    );

    let err = first_error("81 00 DF01 85 00 00 00 00 01 00");
    assert_eq!(err.kind, ErrorKind::BadLengthForm { first_byte: 0x85 });
    assert_eq!(err.offset, 4);
    assert_eq!(path(&err), [tag(0xDF01)]);
    assert_eq!(
        err.to_string(),
        "at byte 4 in DF01: length form 85 is not supported (only 00..7F and 81..84)"
    );
    assert_eq!(
        first_error("81 FF").kind,
        ErrorKind::BadLengthForm { first_byte: 0xFF }
    );
}

#[test]
fn non_minimal_lengths_only_fail_in_strict_mode() {
    let input = hex("84 82 00 03 D1 01 05");
    let err = walk(&input, DecodeOptions::strict()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NonMinimalLength { length: 3 });
    assert_eq!(err.offset, 1);
    assert_eq!(
        err.to_string(),
        "at byte 1 in 84: length 3 is not in its shortest form (strict DER)"
    );
    // `81 7F` is non-minimal too (7F fits the short form).
    let err = walk(&hex("81 81 01 00"), DecodeOptions::strict()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::NonMinimalLength { length: 1 });

    // Lenient (default) mode accepts and remembers the form...
    let (tlv, used) = TlvRef::parse(&input, DecodeContext::default()).unwrap();
    assert_eq!(used, input.len());
    assert_eq!(tlv.form, LengthForm::Long(2));
    assert_eq!(tlv.value, [0xD1, 0x01, 0x05]);
    // ...and re-encodes it identically.
    let (node, _) = TlvNode::parse(&input, DecodeContext::default()).unwrap();
    assert_eq!(node.to_bytes(), input);
    let mut again = Vec::new();
    tlv.encode(&mut again);
    assert_eq!(again, input);
}

#[test]
fn too_deep_nesting() {
    let options = DecodeOptions {
        max_depth: 2,
        ..DecodeOptions::default()
    };
    let input = hex("E1 06 E2 04 E3 02 E4 00");
    let err = walk(&input, options).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TooDeep { max: 2 });
    assert_eq!(err.offset, 6);
    assert_eq!(path(&err), [tag(0xE1), tag(0xE2), tag(0xE3)]);
    assert_eq!(
        err.to_string(),
        "at byte 6 in E1/E2/E3: nesting is deeper than the limit of 2 levels"
    );
    let cx = DecodeContext::new(options);
    assert_eq!(TlvNode::parse(&input, cx).unwrap_err(), err);
    // Every constructed value counts, even an empty one; two levels are fine.
    assert!(walk(&hex("E1 04 E2 02 E3 00"), options).is_err());
    assert!(walk(&hex("E1 02 E2 00"), options).is_ok());
}

#[test]
fn default_depth_limit_stops_a_deep_chain() {
    // 40 nested constructed TLVs with long-form lengths: deeper than 32.
    let mut bytes = Vec::new();
    for _ in 0..40 {
        let mut outer = vec![0xE1, 0x82];
        outer.extend_from_slice(&(bytes.len() as u16).to_be_bytes());
        outer.extend_from_slice(&bytes);
        bytes = outer;
    }
    let err = walk(&bytes, DecodeOptions::default()).unwrap_err();
    assert_eq!(err.kind, ErrorKind::TooDeep { max: 32 });
    assert_eq!(err.offset, 33 * 4);
    assert!(err.path.is_truncated());
    assert!(err.to_string().starts_with("at byte 132 in …/E1/E1/"));
}

#[test]
fn oversized_length_is_rejected_before_anything_else() {
    let err = first_error("84 84 FF FF FF FF");
    assert_eq!(
        err.kind,
        ErrorKind::LengthTooLarge {
            length: 0xFFFF_FFFF,
            max: 16 * 1024 * 1024
        }
    );
    assert_eq!(err.offset, 1);
    assert_eq!(
        err.to_string(),
        "at byte 1 in 84: length 4294967295 exceeds the limit of 16777216 bytes"
    );
    // Also before the strict-mode minimality check.
    let strict_small = DecodeOptions {
        max_length: 4,
        ..DecodeOptions::strict()
    };
    let err = walk(&hex("81 81 05 0102030405"), strict_small).unwrap_err();
    assert_eq!(err.kind, ErrorKind::LengthTooLarge { length: 5, max: 4 });
    // The limit is configurable.
    let small = DecodeOptions {
        max_length: 4,
        ..DecodeOptions::default()
    };
    let err = walk(&hex("81 05 0102030405"), small).unwrap_err();
    assert_eq!(err.kind, ErrorKind::LengthTooLarge { length: 5, max: 4 });
}

#[test]
fn iterator_stops_after_the_first_error() {
    let input = hex("81 01 00 82 80 83 01 00");
    let items: Vec<_> = TlvIter::new(&input, DecodeContext::default()).collect();
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok());
    assert!(items[1].is_err());
}

#[test]
fn offsets_are_absolute() {
    // A context positioned after a 2-byte prefix reports positions in the whole message.
    let message = hex("AA00 81 04 01 01 DF 01 84 09 DF01");
    let cx = DecodeContext::default().at(2);
    let err = TlvIter::new(&message[2..], cx)
        .find_map(Result::err)
        .unwrap();
    assert_eq!(err.offset, 9);
    assert_eq!(path(&err), [tag(0x84)]);
}
