//! `mms send`: any command of the spec, built from `--field` options checked
//! against the command's request table, or a captured message sent as it is.

use anyhow::{anyhow, bail, Result};
use mms_codec::{write_tlv, LengthForm, Tag};
use mms_spec::{Command, Field, Length, Spec};

use mms_dissect::values::is_text_type;
use mms_spec::lookup::{lookup_field, loose, LookupError};

use crate::connect::{self, TransportArgs};
use crate::Output;

fn parse_tag(text: &str, key: &str) -> Result<Tag> {
    mms_dissect::encode::parse_tag(text, key).map_err(|e| anyhow!("{e}"))
}

/// Arguments of `mms send`.
#[derive(clap::Args, Debug)]
pub struct SendArgs {
    /// Command name or ID from the spec: `echo`, `DF01`, `0xD101`, `get_property`.
    #[arg(required_unless_present_any = ["hex", "list"])]
    pub command: Option<String>,
    /// A request field, `KEY=VALUE`: KEY is a tag (`81`) or field name
    /// (`file_id`); nested fields as `A2/81` or `file_transfer_properties/hash_checksum_type`.
    /// VALUE is hex, text for alphanumeric fields, or an enumerated value name;
    /// `hex:` and `text:` prefixes force one reading.
    #[arg(long = "field", short = 'f', value_name = "KEY=VALUE")]
    pub fields: Vec<String>,
    /// Send this captured message as it is (its reference number is renumbered).
    #[arg(long, value_name = "HEX", conflicts_with_all = ["command", "fields"])]
    pub hex: Option<String>,
    /// Print the response as JSON (the shape of `decode --json`).
    #[arg(long)]
    pub json: bool,
    /// List the commands in the spec (filtered by COMMAND when given) and exit.
    #[arg(long)]
    pub list: bool,
    #[command(flatten)]
    pub transport: TransportArgs,
}

/// Finds a command by ID, identifier, name, or a unique part of its name.
pub fn resolve_command<'s>(spec: &'s Spec, text: &str) -> Result<&'s Command> {
    let digits = text
        .strip_prefix("0x")
        .or_else(|| text.strip_prefix("0X"))
        .unwrap_or(text);
    if digits.len() == 4 && digits.chars().all(|c| c.is_ascii_hexdigit()) {
        let id = u16::from_str_radix(digits, 16)?;
        return spec.command(id).ok_or_else(|| {
            anyhow!("command 0x{id:04X} is not in the spec; to send it anyway, use `mms send --hex <whole message>`")
        });
    }
    if loose(text).is_empty() {
        bail!("empty command name; give a name or an ID such as DF01");
    }
    spec.lookup_command(text).map_err(|e| match e {
        LookupError::NotFound => anyhow!(
            "unknown command {text:?}: no command in the spec has that name or ID (`mms send --list` shows them)"
        ),
        LookupError::Ambiguous(many) => {
            let names: Vec<String> = many
                .iter()
                .take(8)
                .map(|c| format!("{} {}", c.id, c.name))
                .collect();
            anyhow!(
                "command {text:?} is ambiguous: it matches {}{}; use the ID",
                names.join(", "),
                if many.len() > 8 { ", ..." } else { "" }
            )
        }
    })
}

/// One requested field and its place in the request table.
#[derive(Debug)]
struct Entry {
    tag: Tag,
    order: usize,
    label: String,
    value: EntryValue,
}

#[derive(Debug)]
enum EntryValue {
    Bytes(Vec<u8>),
    Children(Vec<Entry>),
}

fn find_in<'s>(fields: &'s [Field], key: &str) -> Result<(usize, &'s Field)> {
    let field = lookup_field(fields, key).map_err(|e| match e {
        LookupError::NotFound => anyhow!("unknown field {key:?}"),
        LookupError::Ambiguous(many) => {
            let names: Vec<&str> = many.iter().map(|f| f.name.as_str()).collect();
            anyhow!(
                "field {key:?} is ambiguous: it matches {}",
                names.join(", ")
            )
        }
    })?;
    let order = fields
        .iter()
        .position(|f| std::ptr::eq(f, field))
        .unwrap_or(usize::MAX);
    Ok((order, field))
}

fn known_list(fields: &[Field]) -> String {
    let names: Vec<String> = fields
        .iter()
        .filter_map(|f| f.tag.map(|t| format!("{t} {}", f.name)))
        .collect();
    if names.is_empty() {
        "the spec lists none".into()
    } else {
        format!("known: {}", names.join(", "))
    }
}

/// Parses a `--field` value for `field`.
pub fn field_value(field: &Field, text: &str) -> Result<Vec<u8>> {
    if let Some(h) = text.strip_prefix("hex:") {
        return crate::input::parse_hex(h);
    }
    if let Some(t) = text.strip_prefix("text:") {
        return Ok(t.as_bytes().to_vec());
    }
    if is_text_type(field.data_type.as_deref()) {
        return Ok(text.as_bytes().to_vec());
    }
    if let Some(v) = field
        .values
        .iter()
        .find(|v| v.name.eq_ignore_ascii_case(text))
    {
        if let Some(b) = v.bytes() {
            return Ok(b);
        }
    }
    crate::input::parse_hex(text).map_err(|e| {
        let names: Vec<&str> = field.values.iter().map(|v| v.name.as_str()).collect();
        if names.is_empty() {
            anyhow!("{e}")
        } else {
            anyhow!("{e}; or one of: {}", names.join(", "))
        }
    })
}

/// Checks a value's length against the spec row.
pub fn check_length(field: &Field, len: usize) -> Result<()> {
    let ok = match &field.len {
        Length::Fixed(n) => len == *n as usize,
        Length::Var(_) => true,
        Length::Bounded(b) => {
            (b.one_of.is_empty() || b.one_of.contains(&(len as u32)))
                && b.min.is_none_or(|m| len >= m as usize)
                && b.max.is_none_or(|m| len <= m as usize)
        }
    };
    if ok {
        Ok(())
    } else {
        bail!(
            "wrong length for {} ({}): {len} bytes given, the spec says {} bytes",
            field.name,
            field.tag.map(|t| t.to_string()).unwrap_or_default(),
            field.len
        )
    }
}

fn insert(
    entries: &mut Vec<Entry>,
    fields: &[Field],
    path: &[&str],
    value: &str,
    context: &str,
) -> Result<()> {
    let key = path[0];
    let (order, field) =
        find_in(fields, key).map_err(|e| anyhow!("{e} in {context} ({})", known_list(fields)))?;
    let tag = parse_tag(&field.tag.map(|t| t.to_string()).unwrap_or_default(), key)?;
    let existing = entries.iter().position(|e| e.tag == tag);
    if path.len() == 1 {
        if existing.is_some() {
            bail!("field {key:?} is given twice");
        }
        let bytes = field_value(field, value).map_err(|e| anyhow!("field {key:?}: {e}"))?;
        check_length(field, bytes.len())?;
        entries.push(Entry {
            tag,
            order,
            label: field.label.clone(),
            value: EntryValue::Bytes(bytes),
        });
        return Ok(());
    }
    if !field.is_constructed() || field.fields.is_empty() {
        bail!("field {key:?} has no nested fields in the spec; give its value directly");
    }
    let index = match existing {
        Some(i) => i,
        None => {
            entries.push(Entry {
                tag,
                order,
                label: field.label.clone(),
                value: EntryValue::Children(Vec::new()),
            });
            entries.len() - 1
        }
    };
    match &mut entries[index].value {
        EntryValue::Children(children) => insert(
            children,
            &field.fields,
            &path[1..],
            value,
            &format!("{} ({})", field.label, field.name),
        ),
        EntryValue::Bytes(_) => bail!("field {key:?} is given both whole and by its nested fields"),
    }
}

fn encode_entries(entries: &mut [Entry], out: &mut Vec<u8>) {
    entries.sort_by_key(|e| e.order);
    for e in entries {
        let bytes = match &mut e.value {
            EntryValue::Bytes(b) => b.clone(),
            EntryValue::Children(children) => {
                let mut inner = Vec::new();
                encode_entries(children, &mut inner);
                inner
            }
        };
        write_tlv(out, e.tag, LengthForm::Minimal, &bytes);
    }
}

fn warn_missing(entries: &[Entry], fields: &[Field], context: &str) {
    for f in fields {
        let Some(tag) = f.tag else { continue };
        let given = entries.iter().find(|e| e.tag.as_bytes() == tag.as_bytes());
        match given {
            None if f.is_required() => {
                eprintln!(
                    "warning: required field {} ({tag} {}) of {context} not given",
                    f.name, f.label
                );
            }
            Some(Entry {
                value: EntryValue::Children(children),
                label,
                ..
            }) => warn_missing(children, &f.fields, label),
            _ => {}
        }
    }
}

/// The request payload body (TLVs after the command ID) for `--field` options.
pub fn build_request(command: &Command, spec: &Spec, fields: &[String]) -> Result<Vec<u8>> {
    let table = spec
        .command_tables(command.id.0)
        .and_then(|c| c.request.as_ref());
    let spec_fields: &[Field] = table.map_or(&[], |t| t.fields.as_slice());
    let context = format!("the request of command {} {}", command.id, command.name);
    let mut entries = Vec::new();
    for option in fields {
        let (key, value) = option.split_once('=').ok_or_else(|| {
            anyhow!("--field {option:?} needs KEY=VALUE, such as --field 81=010203")
        })?;
        let path: Vec<&str> = key.split(['/', '.']).map(str::trim).collect();
        if path.iter().any(|p| p.is_empty()) {
            bail!("--field {option:?}: empty name in {key:?}");
        }
        insert(&mut entries, spec_fields, &path, value, &context)?;
    }
    warn_missing(&entries, spec_fields, &context);
    let mut body = Vec::new();
    encode_entries(&mut entries, &mut body);
    Ok(body)
}

/// Runs `mms send`.
pub fn run(args: &SendArgs, spec: &Spec, output: &Output) -> Result<()> {
    if args.list {
        let filter = args.command.as_deref().map(loose).unwrap_or_default();
        for c in &spec.commands {
            if loose(&c.name).contains(&filter) || loose(&c.ident).contains(&filter) {
                println!("{} {:<50} {}", c.id, c.name, c.ident);
            }
        }
        return Ok(());
    }
    if let Some(hex) = &args.hex {
        let message = crate::input::parse_hex(hex).map_err(|e| anyhow!("--hex: {e}"))?;
        mms_dissect::decode(&message, spec)
            .map_err(|e| anyhow!("--hex is not an MMS message: {e}"))?;
        let conn = connect::connect(&args.transport, spec, None)?;
        let reply = conn
            .client
            .send_raw(&message)
            .map_err(connect::call_error)?;
        return match reply {
            Some(reply) => show_reply(&reply.envelope.encode(), spec, output),
            None => {
                println!("sent (this kind of message has no response)");
                Ok(())
            }
        };
    }
    let name = args.command.as_deref().unwrap_or_default();
    let command = resolve_command(spec, name)?;
    let body = build_request(command, spec, &args.fields)?;
    let conn = connect::connect(&args.transport, spec, None)?;
    let reply = conn
        .client
        .call_raw(command.id.0, &body)
        .map_err(connect::call_error)?;
    show_reply(&reply.envelope.encode(), spec, output)
}

/// Prints a response like `decode` does; a failure status is an error after printing.
pub fn show_reply(bytes: &[u8], spec: &Spec, output: &Output) -> Result<()> {
    let decoded = mms_dissect::dissect(bytes, spec);
    output.print(&decoded, spec);
    let status = decoded.get("status");
    let failed = status
        .and_then(|s| s.get("ok"))
        .and_then(serde_json::Value::as_bool)
        == Some(false);
    if failed {
        let hex = status
            .and_then(|s| s.get("hex"))
            .and_then(serde_json::Value::as_str)
            .unwrap_or("?");
        let why: Vec<&str> = ["summary", "detail"]
            .iter()
            .filter_map(|k| {
                status
                    .and_then(|s| s.get(*k))
                    .and_then(serde_json::Value::as_str)
            })
            .collect();
        bail!(
            "the device answered with failure status {hex}{}",
            if why.is_empty() {
                String::new()
            } else {
                format!(" ({})", why.join(": "))
            }
        );
    }
    Ok(())
}
