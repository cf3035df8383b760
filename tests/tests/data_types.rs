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
use mms_spec::{Field, Layout, Requirement, Spec};

fn spec() -> Spec {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec");
    Spec::load(&dir).unwrap_or_else(|e| panic!("spec {} does not load:\n{e}", dir.display()))
}

fn tlv(tag: &[u8], value: &[u8]) -> Vec<u8> {
    let mut out = tag.to_vec();
    match value.len() {
        n @ 0..=0x7F => out.push(n as u8),
        n @ 0x80..=0xFF => out.extend([0x81, n as u8]),
        n => out.extend([0x82, (n >> 8) as u8, n as u8]),
    }
    out.extend_from_slice(value);
    out
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

/// The encoding of `fields`, and how many example values it holds.
fn assemble(fields: &[Field], examples: &mut Vec<Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::new();
    for f in fields {
        let Some(tag) = f.tag else { continue };
        let value = if let Some(ex) = &f.example {
            let v = example_value(f, &mms_spec::parse_hex(ex).expect("validated hex"));
            examples.push(v.clone());
            Some(v)
        } else if !f.fields.is_empty() {
            let before = examples.len();
            let inner = assemble(&f.fields, examples);
            let required = matches!(f.requirement, Some(Requirement::Required));
            (examples.len() > before || required).then_some(inner)
        } else if matches!(f.requirement, Some(Requirement::Required)) {
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
        let tlvs = assemble(&layout.fields, &mut examples);
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
