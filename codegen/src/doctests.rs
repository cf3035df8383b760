//! A command module's manual example as a doctest: the example's bytes decoded into the
//! module's `Request` or `Response`, a field or two compared with the bytes the example
//! holds, and the whole message encoded again byte for byte.

use mms_codec::{DecodeContext, TlvIter};
use mms_spec::{Command, Example, ExampleKind, Field, Table};
use proc_macro2::TokenStream;
use quote::quote;

use crate::types::member_names;

/// Most fields a doctest compares (the round trip checks the rest).
const MAX_FIELDS: usize = 2;

/// The `# Example` section of a command module's docs (doc attributes, unescaped), for the
/// first request or response example of the command whose payload holds a plain field (else
/// the first one, decoded and encoded again without comparing fields);
/// `krate` is the name the generated modules are reached by in a doctest.
pub fn command_example(cmd: &Command, module: &str, krate: &str) -> TokenStream {
    let messages: Vec<(&Example, Option<&Table>, &str)> = cmd
        .examples
        .iter()
        .filter(|e| e.erratum.is_none())
        .filter_map(|e| match e.kind {
            ExampleKind::Request => Some((e, cmd.request.as_ref(), "Request")),
            ExampleKind::Response => Some((e, cmd.response.as_ref(), "Response")),
            _ => None,
        })
        .collect();
    // The first example with a plain field to compare, else the first one (round trip only).
    let with_checks = messages.iter().find_map(|(e, table, type_name)| {
        Some((*e, *type_name, field_checks(e, cmd.id.0, (*table)?)?))
    });
    let Some((example, type_name, checks)) =
        with_checks.or_else(|| messages.first().map(|(e, _, t)| (*e, *t, Vec::new())))
    else {
        return TokenStream::new();
    };
    let what = type_name.to_ascii_lowercase();
    let mut lines = vec![
        String::new(),
        "# Example".to_string(),
        String::new(),
        format!(
            "The manual's {what} example (Table {}), decoded and encoded again:",
            example.table
        ),
        String::new(),
        "```".to_string(),
    ];
    if !checks.is_empty() {
        lines.push(format!(
            "use {krate}::commands::{module}::{{{type_name}, ID}};"
        ));
    }
    lines.push(format!("use {krate}::message::Message;"));
    lines.push(String::new());
    lines.extend(byte_array_lines(&example_bytes(example)));
    if !checks.is_empty() {
        lines.push("let envelope = mms_message::Envelope::decode(&wire).unwrap();".into());
        lines.push(format!(
            "let payload: {type_name} = envelope.decode_payload(ID).unwrap();"
        ));
        lines.extend(checks);
    }
    lines.push("assert_eq!(Message::decode(&wire).unwrap().encode(), wire);".into());
    lines.push("```".into());
    let attrs = lines.into_iter().map(|l| {
        let l = if l.is_empty() { l } else { format!(" {l}") };
        quote!(#[doc = #l])
    });
    quote!(#(#attrs)*)
}

/// The example's bytes.
fn example_bytes(example: &Example) -> Vec<u8> {
    mms_spec::parse_hex(&example.hex).unwrap_or_default()
}

/// `let wire = [0xAA, 0x00, ...];` wrapped at 12 bytes a line.
fn byte_array_lines(bytes: &[u8]) -> Vec<String> {
    let mut lines = vec!["let wire = [".to_string()];
    for chunk in bytes.chunks(12) {
        let row: Vec<String> = chunk.iter().map(|b| format!("0x{b:02X},")).collect();
        lines.push(format!("    {}", row.join(" ")));
    }
    lines.push("];".into());
    lines
}

/// `assert_eq!` lines for up to [`MAX_FIELDS`] plain fields (primitive tags without rows)
/// that the example's payload (of command `id`, not a wrapper's) holds once; `None` when it
/// holds none.
fn field_checks(example: &Example, id: u16, table: &Table) -> Option<Vec<String>> {
    let payload = payload_tlvs(&example_bytes(example), id)?;
    let names = member_names(&table.fields);
    let mut checks = Vec::new();
    for (field, name) in table.fields.iter().zip(&names) {
        let Some(tag) = field.tag else { continue };
        if tag.is_constructed() || !field.fields.is_empty() || checks.len() == MAX_FIELDS {
            continue;
        }
        let found: Vec<&(u32, Vec<u8>)> =
            payload.iter().filter(|(t, _)| *t == tag.value()).collect();
        let [(_, value)] = found.as_slice() else {
            continue;
        };
        checks.push(check_line(field, name, value));
    }
    (!checks.is_empty()).then_some(checks)
}

/// One field compared, through its `mms_codec::Value` encoding, with the example's bytes.
fn check_line(field: &Field, name: &str, value: &[u8]) -> String {
    let bytes: Vec<String> = value.iter().map(|b| format!("0x{b:02X}")).collect();
    let bytes = bytes.join(", ");
    if field.is_required() {
        format!("assert_eq!(mms_codec::Value::value_to_bytes(&payload.{name}), [{bytes}]);")
    } else {
        format!(
            "assert_eq!(payload.{name}.as_ref().map(mms_codec::Value::value_to_bytes), Some(vec![{bytes}]));"
        )
    }
}

/// The (tag, value) items of a message's payload: the TLVs after the payload ID inside `84`,
/// when the ID is `id`.
fn payload_tlvs(message: &[u8], id: u16) -> Option<Vec<(u32, Vec<u8>)>> {
    let tlvs = |bytes: &[u8]| -> Option<Vec<(u32, Vec<u8>)>> {
        TlvIter::new(bytes, DecodeContext::default())
            .map(|item| item.ok().map(|t| (t.tag.to_u32(), t.value.to_vec())))
            .collect()
    };
    let envelope = tlvs(message.get(2..)?)?;
    let (_, payload) = envelope.into_iter().find(|(t, _)| *t == 0x84)?;
    if payload.get(..2)? != id.to_be_bytes() {
        return None;
    }
    tlvs(payload.get(2..)?)
}
