//! Property tests for derived types: `decode(encode(x)) == x`, and
//! decode -> encode is byte-identical for encodings rewritten with random
//! non-minimal length forms and a different item order.

use crate::common::*;
use mms_codec::{
    write_header, Contents, DecodeContext, LengthForm, Tag, Tlv, TlvIter, Unknown, UnknownTlv,
};
use mms_protocol::envelope::{Envelope, MessageInfo, MessageType};
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

/// Repeated, nested, packed and open-enum fields in one struct.
#[derive(Tlv, Clone, Debug, Default, PartialEq, Eq)]
struct Mixed {
    #[tlv(tag = 0xA1)]
    children: Vec<FileDescription>,
    #[tlv(tag = 0x85)]
    numbers: Vec<u16>,
    #[tlv(tag = 0x86, nested)]
    echo: Option<EchoRequest>,
    #[tlv(tag = 0x87)]
    info: Option<MessageInfo>,
    #[tlv(tag = 0x9F28)]
    kinds: Vec<HashType>,
    #[tlv(tag = 0xDFDF25)]
    text: Option<String>,
    #[tlv(unknown)]
    unknown: Unknown,
}

fn bytes_up_to(max: usize) -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..max)
}

/// Unknown items with tags from `candidates` (the struct must not name any).
/// The form is what decoding records for a short minimal length.
fn unknown_items(candidates: &'static [u32]) -> impl Strategy<Value = Unknown> {
    vec((prop::sample::select(candidates), bytes_up_to(12)), 0..3).prop_map(|items| Unknown {
        items: items
            .into_iter()
            .map(|(tag, value)| UnknownTlv {
                tag: Tag::from_u32(tag),
                form: LengthForm::Short,
                value,
            })
            .collect(),
        layout: Vec::new(),
    })
}

fn hash_type() -> impl Strategy<Value = HashType> {
    any::<u8>().prop_map(HashType::from_raw)
}

fn message_info() -> impl Strategy<Value = MessageInfo> {
    (any::<u8>(), any::<u8>(), any::<u16>(), bytes_up_to(6)).prop_map(
        |(message_type, reference, id, extra)| MessageInfo {
            message_type: MessageType::from_raw(message_type),
            reference,
            id,
            extra,
        },
    )
}

fn echo_request() -> impl Strategy<Value = EchoRequest> {
    (
        option::of(bytes_up_to(20)),
        option::of(bytes_up_to(20)),
        unknown_items(&[0x83, 0x9F20, 0xC5, 0xE1]),
    )
        .prop_map(|(data, more, unknown)| EchoRequest {
            data,
            more,
            unknown,
        })
}

fn file_description() -> impl Strategy<Value = FileDescription> {
    (
        option::of(bytes_up_to(8)),
        option::of(bytes_up_to(8)),
        option::of(bytes_up_to(8)),
        option::of(bytes_up_to(8)),
        unknown_items(&[0x85, 0xC5, 0xE1]),
    )
        .prop_map(|(name, label, version, date, unknown)| FileDescription {
            name,
            label,
            version,
            date,
            unknown,
        })
}

fn start_send_file() -> impl Strategy<Value = StartSendFileRequest> {
    let properties = (
        bytes_up_to(5),
        hash_type(),
        any::<[u8; 32]>(),
        unknown_items(&[0x84, 0xC5]),
    )
        .prop_map(|(length, hash_type, hash, unknown)| TransferProperties {
            length,
            hash_type,
            hash,
            unknown,
        });
    (
        any::<[u8; 4]>(),
        properties,
        file_description(),
        option::of(bytes_up_to(2)),
        unknown_items(&[0x88, 0xA4, 0xDFDF25]),
    )
        .prop_map(|(file_id, properties, description, reserved, unknown)| {
            StartSendFileRequest {
                file_id,
                properties,
                description,
                reserved,
                unknown,
            }
        })
}

fn mixed() -> impl Strategy<Value = Mixed> {
    (
        vec(file_description(), 0..3),
        vec(any::<u16>(), 0..3),
        option::of(echo_request()),
        option::of(message_info()),
        vec(hash_type(), 0..3),
        option::of("[a-z0-9 ]{0,12}"),
        unknown_items(&[0x81, 0xA2, 0xC5, 0xFFEE01]),
    )
        .prop_map(
            |(children, numbers, echo, info, kinds, text, unknown)| Mixed {
                children,
                numbers,
                echo,
                info,
                kinds,
                text,
                unknown,
            },
        )
}

fn envelope() -> impl Strategy<Value = Envelope> {
    (
        any::<u8>(),
        message_info(),
        option::of(bytes_up_to(4)),
        option::of(bytes_up_to(6)),
        option::of(bytes_up_to(300)),
        option::of(bytes_up_to(3)),
        unknown_items(&[0x85, 0x9F01, 0xC5, 0xE1]),
    )
        .prop_map(
            |(api_version, info, status, additional, payload, reserved, unknown)| Envelope {
                start: 0xAA,
                api_version,
                info,
                status,
                additional,
                payload,
                reserved,
                unknown,
            },
        )
}

/// Re-encodes a TLV sequence (after `raw_prefix` raw bytes) with length forms
/// taken from `forms` (0 = minimal, n = n length bytes when that fits) and the
/// items rotated by `rotate`, recursing into constructed values that parse.
fn rewrite(
    input: &[u8],
    raw_prefix: usize,
    forms: &mut impl Iterator<Item = u8>,
    rotate: usize,
) -> Vec<u8> {
    let mut out = input[..raw_prefix].to_vec();
    let items: Vec<_> = TlvIter::new(&input[raw_prefix..], DecodeContext::default())
        .collect::<Result<_, _>>()
        .expect("encoder output parses");
    let count = items.len().max(1);
    for i in 0..items.len() {
        let tlv = items[(i + rotate) % count];
        let value = if tlv.tag.is_constructed()
            && TlvIter::new(tlv.value, DecodeContext::default()).all(|item| item.is_ok())
        {
            rewrite(tlv.value, 0, forms, rotate)
        } else {
            tlv.value.to_vec()
        };
        let form = match forms.next().unwrap_or(0) {
            0 => LengthForm::Minimal,
            n => LengthForm::Long(n),
        };
        write_header(&mut out, tlv.tag, form, value.len());
        out.extend_from_slice(&value);
    }
    out
}

fn check<T: Contents + PartialEq + std::fmt::Debug>(
    value: &T,
    raw_prefix: usize,
    forms: &[u8],
    rotate: usize,
) {
    let canonical = value.to_bytes();
    assert_eq!(value.contents_len(), canonical.len());
    let decoded = T::from_bytes(&canonical).expect("canonical encoding decodes");
    assert_eq!(&decoded, value);
    assert_eq!(decoded.to_bytes(), canonical);

    let mut forms = forms.iter().copied().cycle();
    let odd = rewrite(&canonical, raw_prefix, &mut forms, rotate);
    // (Not compared with `value`: unknown items may now be in another order
    // and carry the rewritten length forms.)
    let decoded = T::from_bytes(&odd).expect("rewritten encoding decodes");
    assert_eq!(decoded.contents_len(), odd.len());
    assert_eq!(decoded.to_bytes(), odd, "re-encoding is not byte-identical");
}

fn forms() -> impl Strategy<Value = Vec<u8>> {
    vec(0u8..=4, 1..16)
}

proptest! {
    #[test]
    fn echo_round_trips(value in echo_request(), forms in forms(), rotate in 0usize..4) {
        check(&value, 0, &forms, rotate);
    }

    #[test]
    fn start_send_file_round_trips(value in start_send_file(), forms in forms(), rotate in 0usize..4) {
        check(&value, 0, &forms, rotate);
    }

    #[test]
    fn mixed_round_trips(value in mixed(), forms in forms(), rotate in 0usize..4) {
        check(&value, 0, &forms, rotate);
    }

    #[test]
    fn envelope_round_trips(value in envelope(), forms in forms(), rotate in 0usize..4) {
        check(&value, 2, &forms, rotate);
        let decoded = Envelope::decode(&value.encode()).unwrap();
        prop_assert_eq!(decoded, value);
    }

    #[test]
    fn packed_and_enum_values_round_trip(info in message_info(), raw in any::<u8>()) {
        use mms_codec::Value;
        let bytes = info.value_to_bytes();
        prop_assert_eq!(bytes.len(), 4 + info.extra.len());
        prop_assert_eq!(MessageInfo::value_from_bytes(&bytes).unwrap(), info);
        let kind = HashType::from_raw(raw);
        prop_assert_eq!(kind.to_raw(), raw);
        prop_assert_eq!(HashType::value_from_bytes(&[raw]).unwrap(), kind);
        // An unknown value never aliases a known variant.
        prop_assert_eq!(matches!(kind, HashType::Other(_)), raw != 0x04);
    }
}

/// Any input a derived decoder accepts re-encodes to exactly that input (every
/// type here keeps unknown items and layout); anything else is an error, never
/// a panic.
fn accepted_inputs_reencode_exactly<T: Contents>(input: &[u8]) {
    if let Ok(value) = T::from_bytes(input) {
        assert_eq!(value.contents_len(), input.len());
        assert_eq!(
            value.to_bytes(),
            input,
            "accepted input re-encodes differently"
        );
    }
}

/// A valid encoding with a few bytes overwritten and possibly cut short.
fn mutated<S: Strategy>(values: S) -> impl Strategy<Value = Vec<u8>>
where
    S::Value: Contents + std::fmt::Debug,
{
    (
        values,
        vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
        any::<prop::sample::Index>(),
        any::<bool>(),
    )
        .prop_map(|(value, edits, cut, truncate)| {
            let mut bytes = value.to_bytes();
            if !bytes.is_empty() {
                for (at, byte) in edits {
                    let i = at.index(bytes.len());
                    bytes[i] = byte;
                }
                if truncate {
                    bytes.truncate(cut.index(bytes.len()));
                }
            }
            bytes
        })
}

proptest! {
    #[test]
    fn mutated_envelopes_never_panic(input in mutated(envelope())) {
        accepted_inputs_reencode_exactly::<Envelope>(&input);
        let _ = Envelope::decode(&input);
    }

    #[test]
    fn mutated_payloads_never_panic(
        send in mutated(start_send_file()),
        mixed_input in mutated(mixed()),
        noise in vec(any::<u8>(), 0..64),
    ) {
        accepted_inputs_reencode_exactly::<StartSendFileRequest>(&send);
        accepted_inputs_reencode_exactly::<Mixed>(&mixed_input);
        accepted_inputs_reencode_exactly::<Mixed>(&noise);
        accepted_inputs_reencode_exactly::<EchoRequest>(&noise);
    }
}
