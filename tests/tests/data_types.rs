//! The Data Types chapter (`spec/data_types/`) against the generated `data_types` module.
//!
//! - Every layout with example values (the manual's Example columns) is assembled into one
//!   encoding: each row with an example gets its example, required rows without one get a value
//!   of their declared length, containers wrap their rows, a length prefix counts the TLVs. The
//!   generated type must decode it and re-encode it byte for byte, and every example value must
//!   survive.
//! - The ARQC carried by notification 0x0101's example (manual Table 313) decodes as the layout
//!   its detail code names and re-encodes byte for byte.

use std::path::PathBuf;

use mms_codec::{DecodeContext, TlvIter};
use mms_protocol::generated::data_types::{emv_arqc_dynapro_format, DataType, LAYOUTS};
use mms_protocol::generated::notifications::transaction_information_update;
use mms_spec::{Field, Layout, Spec};

use crate::common::tlv;

fn spec() -> Spec {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec");
    Spec::load(&dir).unwrap_or_else(|e| panic!("spec {} does not load:\n{e}", dir.display()))
}

/// An example cell holds the value, or (Miniature Certificate) the whole TLV: then its value.
fn example_value(field: &Field, example: &[u8]) -> Vec<u8> {
    let tag = field.tag.expect("examples are on tagged rows");
    let tag = tag.as_bytes();
    match example.strip_prefix(tag) {
        Some([len, rest @ ..]) if usize::from(*len) == rest.len() => rest.to_vec(),
        _ => example.to_vec(),
    }
}

/// The encoding of `fields`, and how many example values it holds. With `all`, every tagged
/// row is there (its example, or zeros of its length) instead of the examples and required
/// rows only.
fn assemble(fields: &[Field], examples: &mut Vec<Vec<u8>>, all: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for f in fields {
        let Some(tag) = f.tag else {
            // Fixed raw rows before the TLVs (a file's version byte and hash, Table 31): their
            // first enumerated value, or zeros.
            if let (Some(n), false) = (f.len.fixed(), f.length_prefix) {
                let value = f
                    .values
                    .first()
                    .and_then(|v| mms_spec::parse_hex(&v.value).ok());
                out.extend(value.unwrap_or_else(|| vec![0; n as usize]));
            }
            continue;
        };
        let value = if let Some(ex) = &f.example {
            let v = example_value(f, &mms_spec::parse_hex(ex).expect("validated hex"));
            examples.push(v.clone());
            Some(v)
        } else if !f.fields.is_empty() {
            let before = examples.len();
            let inner = assemble(&f.fields, examples, all);
            let required = f.is_required();
            (examples.len() > before || required || all).then_some(inner)
        } else if all || f.is_required() {
            Some(vec![0; f.len.fixed().unwrap_or(1) as usize])
        } else {
            None
        };
        if let Some(v) = value {
            out.extend(tlv(tag.as_bytes(), &v));
        }
    }
    out
}

fn framed(layout: &Layout, tlvs: Vec<u8>) -> Vec<u8> {
    match layout.fields.first() {
        Some(f) if f.length_prefix => {
            let mut out = (tlvs.len() as u16).to_be_bytes().to_vec();
            out.extend(tlvs);
            out
        }
        _ => tlvs,
    }
}

#[test]
fn every_layout_is_generated() {
    let spec = spec();
    let names: Vec<&str> = spec.layouts().map(|l| l.ident.as_str()).collect();
    assert_eq!(names, LAYOUTS);
    assert!(names.len() >= 38, "{} layouts", names.len());
}

#[test]
fn manual_example_values_round_trip_through_their_layouts() {
    let spec = spec();
    let mut layouts_with_examples = 0;
    let mut values = 0;
    let mut failures = Vec::new();
    for layout in spec.layouts() {
        let mut examples = Vec::new();
        let tlvs = assemble(&layout.fields, &mut examples, false);
        if examples.is_empty() {
            continue;
        }
        layouts_with_examples += 1;
        values += examples.len();
        let bytes = framed(layout, tlvs);
        let decoded = match DataType::decode(&layout.ident, &bytes).expect("a generated layout") {
            Ok(d) => d,
            Err(e) => {
                failures.push(format!("{}: {e} in {}", layout.ident, hex::encode(&bytes)));
                continue;
            }
        };
        assert_eq!(decoded.layout(), layout.ident);
        let again = decoded.to_bytes().expect("fits its prefix");
        assert_eq!(hex::encode(&again), hex::encode(&bytes), "{}", layout.ident);
        let text = format!("{decoded:?}");
        for ex in &examples {
            // Debug shows bytes as numbers; a value survives when its bytes are in the re-encoding.
            assert!(
                ex.is_empty() || again.windows(ex.len()).any(|w| w == ex.as_slice()),
                "{}: example {} lost ({text})",
                layout.ident,
                hex::encode(ex)
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Tables 31, 41, 43, 44, 64 and the Entry Point tables have Example columns.
    assert!(
        layouts_with_examples >= 5,
        "{layouts_with_examples} layouts with examples"
    );
    assert!(values >= 50, "{values} example values");
}

/// The transaction data blob of notification 0x0101's example: the value of 84 (Transaction
/// Data) inside the payload, after the payload's 2-byte notification ID.
fn arqc_blob(example: &[u8]) -> Vec<u8> {
    let cx = DecodeContext::default();
    let payload = TlvIter::new(example.get(2..).expect("envelope"), cx)
        .map(|t| t.expect("message TLVs"))
        .find(|t| t.tag.to_u32() == 0x84)
        .expect("payload 84");
    assert_eq!(&payload.value[..2], [0x01, 0x01], "notification ID");
    TlvIter::new(&payload.value[2..], cx)
        .map(|t| t.expect("payload TLVs"))
        .find(|t| t.tag.to_u32() == 0x84)
        .expect("transaction data 84")
        .value
        .to_vec()
}

#[test]
fn notification_0101_example_arqc_decodes_as_its_layout() {
    let spec = spec();
    let n = spec.notification(0x0101).expect("0101");
    let code = n
        .detail_tables
        .iter()
        .flat_map(|t| &t.codes)
        .find(|c| c.code == "10080202")
        .expect("contact ARQC detail code");
    assert_eq!(code.layout.as_deref(), Some("emv_arqc_dynapro_format"));
    let example = n
        .examples
        .iter()
        .find(|e| e.table == 313)
        .expect("Table 313");
    let bytes = example.bytes().expect("hex");
    let blob = arqc_blob(&bytes);
    let arqc = emv_arqc_dynapro_format::EmvArqcDynaproFormat::decode(&blob)
        .unwrap_or_else(|e| panic!("{e}"));
    let container = &arqc.tlvs.container_for_mac_structure_and_generic_data;
    assert_eq!(container.mac_encryption_type, 0x82);
    assert_eq!(
        container.device_serial_number_ifd_serial_number,
        b"B4DB817111919AA"
    );
    let encrypted = &container
        .container_for_generic_data
        .container_for_arqc
        .container_for_encrypted_data;
    assert_eq!(encrypted.encrypted_transaction_data_encryption_type, 0x80);
    assert_eq!(arqc.trailer.len(), 7, "padding after the TLVs");
    assert_eq!(arqc.to_bytes().expect("fits"), blob);
    let any = DataType::decode("emv_arqc_dynapro_format", &blob)
        .unwrap()
        .unwrap();
    assert_eq!(any.to_bytes().unwrap(), blob);
    // The generated detail code says which type the blob is.
    let detail = transaction_information_update::DetailCode::from_raw(0x1008_0202);
    assert_eq!(detail.data_type(), Some("emv_arqc_dynapro_format"));
    let typed = detail
        .decode_data(&blob)
        .expect("a data type")
        .expect("decodes");
    assert!(matches!(typed, DataType::EmvArqcDynaproFormat(_)));
    let batch = transaction_information_update::DetailCode::from_raw(0x1008_0302);
    assert_eq!(batch.data_type(), Some("emv_batch_data_dynapro_format"));
}

/// Tables 44 and 67: the raw rows before the TLVs (version byte and SHA-1 hash; the MGTKAP10
/// marker) are read as fixed-width values, and a second DRL set stays a TLV that re-encodes.
#[test]
fn leading_raw_rows_of_file_layouts_are_read() {
    use mms_codec::Contents;
    use mms_protocol::generated::data_types::{
        common_file_structure::CommonFileStructure,
        raw_emv_configuration_american_express_drl_set_file::RawEmvConfigurationAmericanExpressDrlSetFile as Drl,
    };
    let set = |floor: u8| {
        let mut v = tlv(&[0xDF, 0x23], &[0, 0, 0, 0, floor, 0]);
        v.extend(tlv(&[0xDF, 0x24], &[0, 0, 0, 0, 0x05, 0]));
        v.extend(tlv(&[0xDF, 0x26], &[0, 0, 0, 0, 0x10, 0]));
        tlv(&[0xFF, 0x36], &v)
    };
    let mut bytes = vec![0xAA];
    bytes.extend([0x5A; 20]);
    bytes.extend(tlv(&[0xFF, 0x37], &[set(0x15), set(0x25)].concat()));
    let drl = Drl::decode_contents(&bytes, DecodeContext::default()).unwrap();
    assert_eq!(drl.file_type_version, 0xAA);
    assert_eq!(drl.sha_1_hash_20_byte_hash, [0x5A; 20]);
    let sets = &drl.drl_configuration_container.drl_set_container;
    assert_eq!(sets.len(), 2, "both DRL sets");
    assert_eq!(
        sets[0].reader_contactless_floor_limit,
        [0, 0, 0, 0, 0x15, 0]
    );
    assert_eq!(
        sets[1].reader_contactless_floor_limit,
        [0, 0, 0, 0, 0x25, 0]
    );
    assert_eq!(drl.to_bytes(), bytes);
    let any = DataType::decode(
        "raw_emv_configuration_american_express_drl_set_file",
        &bytes,
    );
    assert_eq!(any.unwrap().unwrap().to_bytes().unwrap(), bytes);
    // Too short for the hash: an error at the end of input, not a panic.
    assert!(Drl::decode_contents(&bytes[..10], DecodeContext::default()).is_err());

    let mut file = b"MGTKAP10".to_vec();
    file.extend(tlv(&[0xC1], &[0x06, 0x00, 0x00, 0x00]));
    file.extend(tlv(&[0xCE], b"payload"));
    let common = CommonFileStructure::decode_contents(&file, DecodeContext::default()).unwrap();
    assert_eq!(&common.mgtkap10, b"MGTKAP10");
    assert_eq!(common.file_payload, b"payload");
    assert_eq!(common.to_bytes(), file);
}

/// A row that names another layout (`/FE` is the VAS Data Container of Table 25, `/FF40` the
/// Fleet Data Container) has that layout's type, not a bare TLV list.
#[test]
fn rows_naming_a_layout_take_its_type() {
    let spec = spec();
    let n = spec.notification(0x0101).expect("0101");
    let example = n.examples.iter().find(|e| e.table == 313).expect("313");
    let blob = arqc_blob(&example.bytes().expect("hex"));
    let arqc = emv_arqc_dynapro_format::EmvArqcDynaproFormat::decode(&blob).unwrap();
    // Add an FE container with Apple VAS slot 1 data and an FF40 fleet container to the F9.
    let mut tlvs = arqc.tlvs.clone();
    let vas = tlv(&[0xFF, 0x01], &tlv(&[0x9F, 0x27], b"pass"));
    let fleet = tlv(&[0xDF, 0x30], &[0x01, 0x02]);
    let mut f9 = mms_codec::Contents::to_bytes(&tlvs.container_for_mac_structure_and_generic_data);
    f9.extend(tlv(&[0xFE], &vas));
    f9.extend(tlv(&[0xFF, 0x40], &fleet));
    let whole = tlv(&[0xF9], &f9);
    let mut framed = (whole.len() as u16).to_be_bytes().to_vec();
    framed.extend(&whole);
    framed.extend(&arqc.trailer);
    let read = emv_arqc_dynapro_format::EmvArqcDynaproFormat::decode(&framed).unwrap();
    tlvs = read.tlvs.clone();
    let container = &tlvs.container_for_mac_structure_and_generic_data;
    let slot = container
        .vas_data_container
        .as_ref()
        .and_then(|v| v.apple_vas_container_slot_1_container.as_ref())
        .expect("typed VAS slot 1");
    assert_eq!(slot.vas_data_up_to_128_bytes.as_deref(), Some(&b"pass"[..]));
    let fleet = container.fleet_data_container.as_ref().expect("fleet");
    assert_eq!(fleet.prompting.as_deref(), Some(&[0x01, 0x02][..]));
    assert_eq!(read.to_bytes().unwrap(), framed);
}

/// Start Transaction's Transaction TLV (`86`, Tables 73 and 74) is a typed TLV list: the manual's
/// requests decode with the EMV items one by one, re-encode byte for byte, and the mms-emv
/// builder writes the same list through the generated field.
#[test]
fn start_transaction_examples_carry_a_typed_transaction_tlv() {
    use mms_codec::Contents;
    use mms_emv::{Amount, Currency, StartTransaction};
    use mms_protocol::generated::commands::start_transaction::Request;
    use mms_protocol::Envelope;
    let spec = spec();
    let command = spec.command(0x1001).expect("1001");
    let mut seen = 0;
    for example in command
        .examples
        .iter()
        .filter(|e| e.kind == mms_spec::ExampleKind::Request)
    {
        let bytes = example.bytes().expect("hex");
        let envelope = Envelope::decode(&bytes).unwrap();
        let request: Request = envelope.decode_payload(0x1001).unwrap();
        let list = request.transaction_tlv.as_ref().expect("86");
        let tags: Vec<u32> = list.unknown.items.iter().map(|i| i.tag.to_u32()).collect();
        assert_eq!(tags, [0x9C, 0x9F02, 0x9F03, 0x5F2A, 0x5F36, 0x9F15, 0x9F53]);
        let amount = &list.unknown.items[1].value;
        assert_eq!(amount, &[0, 0, 0, 0, 0x01, 0x00]);
        // The builder writes the same list (1.00 USD, MCC 0000, 9F53 = 00).
        let built = StartTransaction::new(Amount::from_minor(100).unwrap())
            .currency(Currency::USD)
            .merchant_category(0)
            .tlv(mms_codec::Tag::from_u32(0x9F53), [0x00])
            .to_tlv_list();
        assert_eq!(built.to_bytes(), list.to_bytes());
        let again = Request {
            transaction_tlv: Some(built),
            ..request.clone()
        };
        assert_eq!(again.to_bytes(), request.to_bytes());
        assert_eq!(
            envelope.payload_body().map(<[u8]>::to_vec),
            Some(request.to_bytes())
        );
        seen += 1;
    }
    assert_eq!(seen, 2, "Tables 73 and 74");
}

/// Every layout assembled with all its rows reads the same way with the generated decoder and
/// with the dissector (`mms decode`): what the generated type accepts re-encodes byte for byte
/// and the dissector reads without an error, also with one row changed (`tlv_variants`).
/// These encodings, the examples' and notification 0x0101's ARQC seed the `data_type` and
/// `transaction_data` fuzz targets: with `MMS_FUZZ_SEEDS=DIR` set they are written under
/// `DIR/data_type/` (a byte picking the layout in `LAYOUTS`, then the value) and
/// `DIR/transaction_data/` (fuzz/seed_corpus.py runs this).
#[test]
fn layouts_read_alike_by_type_and_dissector() {
    let spec = spec();
    // Fuzz seeds: of `data_type` (a byte picking the layout, then the value) and of
    // `transaction_data`.
    let mut by_layout = Vec::new();
    let mut transaction = Vec::new();
    let mut accepted = 0;
    for (i, layout) in spec.layouts().enumerate() {
        for all in [false, true] {
            let tlvs = assemble(&layout.fields, &mut Vec::new(), all);
            let bytes = framed(layout, tlvs.clone());
            let tree = mms_dissect::data_type::data_type_json(&bytes, 0, layout, &spec);
            if let Ok(typed) = DataType::decode(&layout.ident, &bytes).expect("a generated layout")
            {
                accepted += 1;
                assert_eq!(typed.to_bytes().as_ref(), Some(&bytes), "{}", layout.ident);
                assert!(tree.get("error").is_none(), "{}: {tree}", layout.ident);
            }
            let name = format!("{}_{}", layout.ident, if all { "all" } else { "examples" });
            by_layout.push((name.clone(), [&[i as u8][..], &bytes].concat()));
            if all {
                // One row changed at a time: what the typed decoder still accepts it
                // writes back as it came, and the dissector reads it.
                for (k, changed) in crate::common::tlv_variants(&tlvs).into_iter().enumerate() {
                    let bytes = framed(layout, changed);
                    let tree = mms_dissect::data_type::data_type_json(&bytes, 0, layout, &spec);
                    let typed = DataType::decode(&layout.ident, &bytes).expect("generated");
                    if let Ok(typed) = typed {
                        let again = typed.to_bytes();
                        assert_eq!(again.as_ref(), Some(&bytes), "{name} variant {k}");
                        assert!(tree.get("error").is_none(), "{name} variant {k}: {tree}");
                    }
                    by_layout.push((format!("{name}_row{k}"), [&[i as u8][..], &bytes].concat()));
                }
            }
            if layout.ident.starts_with("emv_arqc") || layout.ident.starts_with("emv_batch") {
                transaction.push((name, bytes));
            }
        }
    }
    // 62 of the 76 read today. The others hold a constructed row the layout lists no rows for
    // (`FE`, `A2`, `F7` ...): it gets one zero byte, which is not TLV. Fewer would be a
    // regression of the generated decoders.
    assert!(
        accepted >= 62,
        "{accepted} of {} encodings",
        2 * LAYOUTS.len()
    );
    let n = spec.notification(0x0101).expect("0101");
    for example in &n.examples {
        let bytes = example.bytes().expect("hex");
        transaction.push((format!("table_{}", example.table), arqc_blob(&bytes)));
    }
    crate::common::write_fuzz_seeds("data_type", by_layout);
    crate::common::write_fuzz_seeds("transaction_data", transaction);
}

/// A notification whose detail code names a layout (0x0101's ARQC and batch data, an NFC
/// UID ...) carrying an encoding of that layout: the dissector reads the payload's first
/// primitive row as that layout, with no error when the layout's own reading has none.
/// Also message seeds for the fuzz targets: the generated messages carry random bytes
/// there, which no layout reads, so the dissector's layout paths inside a message had none.
#[test]
fn detail_codes_read_their_notification_data_as_their_layout() {
    let spec = spec();
    let mut seeds = Vec::new();
    for n in &spec.notifications {
        for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
            let (Some(bytes), Some(ident)) = (code.bytes(), code.layout.as_deref()) else {
                continue;
            };
            let layout = spec.layout(ident).expect("a named layout is in the spec");
            let Some(row) = n.payload_for(bytes).or(n.payloads.first()).and_then(|t| {
                t.fields
                    .iter()
                    .find(|f| f.tag.is_some_and(|t| !t.is_constructed()))
            }) else {
                continue;
            };
            let tag = row.tag.expect("found by its tag").to_string();
            let data = framed(layout, assemble(&layout.fields, &mut Vec::new(), false));
            let alone = mms_dissect::data_type::data_type_json(&data, 0, layout, &spec);
            let hex = format!("{:08X}", u32::from_be_bytes(bytes));
            let value = serde_json::json!({
                "kind": "notification",
                "id": format!("0x{:04X}", n.id.0),
                "ref": 0,
                "status": hex,
                "fields": {tag.clone(): {"tag": tag, "hex": hex::encode_upper(&data)}},
            });
            let message = mms_dissect::encode(&value, &spec).expect("encodes");
            let tree = mms_dissect::dissect(&message, &spec);
            let read = tree["fields"]
                .as_object()
                .and_then(|fields| fields.values().find(|f| f["tag"] == tag.as_str()))
                .map(|f| &f["data_type"])
                .unwrap_or_else(|| panic!("{value}: no {tag} in {tree}"));
            assert_eq!(read["layout"], ident, "{value}: {tree}");
            assert_eq!(
                read.get("error").is_some(),
                alone.get("error").is_some(),
                "{value}: read alone {alone}, in the message {read}"
            );
            seeds.push((format!("layout_{:04X}_{hex}", n.id.0), message));
        }
    }
    // 9 today (ARQC, batch data, NFC UID ...); fewer would be a regression of the spec.
    assert!(
        seeds.len() >= 9,
        "{} detail codes name a layout",
        seeds.len()
    );
    crate::common::write_fuzz_seeds("messages", seeds);
}
