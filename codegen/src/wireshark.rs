//! The Wireshark dissector: a Lua plugin (`magtek_mms`) generated from the spec.
//!
//! The generated part is data only: the names of every command, notification,
//! status code, file type and enumerated value, and one display-filter field per
//! TLV of every request, response and notification payload table, named after
//! the spec's identifiers (`magtek_mms.echo.request.data_to_be_echoed`). The
//! dissector logic that reads those tables is fixed Lua kept next to this file
//! (`wireshark.lua`) and appended as is.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;

use mms_spec::{Field, Spec, Table};

/// The dissector logic appended after the generated tables.
const DISSECTOR: &str = include_str!("wireshark.lua");

/// USB product IDs of MagTek's MMS readers (DynaFlex, DynaProx, DynaFlex II Go).
const USB_PRODUCTS: [u16; 3] = [0x2020, 0x2023, 0x2024];

/// A Lua string literal.
fn lua_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A display-filter name component: lowercase letters, digits and `_`.
fn filter_word(text: &str) -> String {
    let word: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    if word.is_empty() {
        "field".into()
    } else {
        word
    }
}

/// Hex without spaces, uppercase (as Lua's `ByteArray:tohex()` prints it).
fn clean_hex(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_hexdigit())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn hex_number(text: &str) -> Option<u64> {
    let digits = clean_hex(text);
    if digits.is_empty() || digits.len() > 16 {
        return None;
    }
    u64::from_str_radix(&digits, 16).ok()
}

/// Collects the `ProtoField`s and the layout tables that point at them.
struct Fields {
    /// `ProtoField.bytes(...)` constructors, in order (Lua index = position + 1).
    list: Vec<String>,
    /// Filter names in use, to keep every one unique.
    used: HashSet<String>,
}

impl Fields {
    fn add(&mut self, filter: String, label: &str) -> usize {
        let mut name = filter.clone();
        let mut n = 2;
        while !self.used.insert(name.clone()) {
            name = format!("{filter}_{n}");
            n += 1;
        }
        self.list.push(format!(
            "ProtoField.bytes({}, {})",
            lua_str(&name),
            lua_str(label)
        ));
        self.list.len()
    }

    /// The Lua layout table of `fields` (tag hex -> definition), fields registered under `prefix`.
    fn layout(&mut self, fields: &[Field], prefix: &str, indent: usize) -> String {
        let pad = "    ".repeat(indent);
        let mut out = String::from("{\n");
        let mut seen = HashSet::new();
        for field in fields {
            let Some(tag) = field.tag else { continue };
            let tag_hex = clean_hex(&tag.to_string());
            if !seen.insert(tag_hex.clone()) {
                continue;
            }
            let filter = format!("{prefix}.{}", filter_word(&field.name));
            let label = if field.label.trim().is_empty() {
                field.name.clone()
            } else {
                field.label.clone()
            };
            let index = self.add(filter.clone(), &label);
            let _ = write!(out, "{pad}    [{}] = {{ f = {index}", lua_str(&tag_hex));
            let values: Vec<String> = field
                .values
                .iter()
                .filter(|v| v.byte.is_none())
                .filter_map(|v| match v.value.split_once("..") {
                    Some((lo, hi)) => {
                        let (lo, hi) = (clean_hex(lo), clean_hex(hi));
                        (!lo.is_empty() && lo.len() == hi.len()).then(|| {
                            format!(
                                "{{ {}, {}, {} }}",
                                lua_str(&lo),
                                lua_str(&hi),
                                lua_str(&v.name)
                            )
                        })
                    }
                    None => {
                        let value = clean_hex(&v.value);
                        (!value.is_empty() && value.len() % 2 == 0)
                            .then(|| format!("{{ {}, {} }}", lua_str(&value), lua_str(&v.name)))
                    }
                })
                .collect();
            if !values.is_empty() {
                let _ = write!(out, ", v = {{ {} }}", values.join(", "));
            }
            if mms_spec::data_type::names_text(field.data_type.as_deref()) {
                out.push_str(", t = true");
            }
            if field.is_required() {
                out.push_str(", r = true");
            }
            if field.nests_rows() {
                out.push_str(", n = true");
            }
            if field.fields.iter().any(|f| f.tag.is_some()) {
                let nested = self.layout(&field.fields, &filter, indent + 1);
                let _ = write!(out, ", c = {nested}");
            }
            out.push_str(" },\n");
        }
        let _ = write!(out, "{pad}}}");
        out
    }

    fn table(&mut self, table: Option<&Table>, prefix: &str, indent: usize) -> String {
        match table {
            Some(t) => self.layout(&t.fields, prefix, indent),
            None => "nil".into(),
        }
    }
}

/// A Lua table from numbers to names, one entry per line, first name kept on duplicates.
fn name_table(
    name: &str,
    entries: impl IntoIterator<Item = (u64, String)>,
    width: usize,
) -> String {
    let mut map = BTreeMap::new();
    for (key, label) in entries {
        map.entry(key).or_insert(label);
    }
    let mut out = format!("local {name} = {{\n");
    for (key, label) in map {
        let _ = writeln!(out, "    [0x{key:0width$X}] = {},", lua_str(&label));
    }
    out.push_str("}\n");
    out
}

/// The whole Lua dissector for `spec`. `header` is put at the top as comments.
pub fn generate_lua(spec: &Spec, header: &str) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "-- {line}");
    }
    out.push_str(
        "--\n-- Wireshark dissector for MagTek MMS (DynaFlex, DynaProx readers): USB HID reports\n\
         -- (usbmon, USBPcap) and the link-type-147 records mms-capture writes.\n\
         -- Use: wireshark -X lua_script:magtek_mms.lua capture.pcapng (or copy the file to\n\
         -- Wireshark's personal Lua plugins folder). Filter: magtek_mms.cmd == 0xD812.\n\n",
    );
    out.push_str(&name_tables(spec));
    out.push_str(&notification_details(spec));
    let products: Vec<String> = USB_PRODUCTS.iter().map(|p| format!("0x{p:04X}")).collect();
    let _ = writeln!(out, "local usb_products = {{ {} }}\n", products.join(", "));

    let mut fields = Fields {
        list: Vec::new(),
        used: HashSet::new(),
    };
    let mut layouts = command_layouts(spec, &mut fields);
    layouts.push_str(&notification_layouts(spec, &mut fields));

    // Field constructors first (the layouts refer to them by index).
    out.push_str("local field_list = {\n");
    for f in &fields.list {
        let _ = writeln!(out, "    {f},");
    }
    out.push_str("}\n\n");
    out.push_str(&layouts);
    out.push('\n');
    out.push_str(DISSECTOR);
    out
}

/// The names of commands, notifications, status codes and file types, by number.
fn name_tables(spec: &Spec) -> String {
    let mut out = name_table(
        "commands",
        spec.commands
            .iter()
            .map(|c| (u64::from(c.id.0), c.name.clone())),
        4,
    );
    out.push_str(&name_table(
        "notifications",
        spec.notifications
            .iter()
            .map(|n| (u64::from(n.id.0), n.name.clone())),
        4,
    ));
    out.push_str(&name_table(
        "status_summary",
        spec.status
            .summary
            .iter()
            .filter_map(|v| Some((hex_number(&v.value)?, v.name.clone()))),
        2,
    ));
    out.push_str(&name_table(
        "status_groups",
        spec.status
            .groups
            .iter()
            .filter_map(|g| Some((hex_number(&g.group)?, g.name.clone()))),
        2,
    ));
    out.push_str(&name_table(
        "status_details",
        spec.status.codes.iter().filter_map(|c| {
            let [g, s, code] = c.bytes()?;
            Some((
                (u64::from(g) << 16) | (u64::from(s) << 8) | u64::from(code),
                c.label.clone(),
            ))
        }),
        6,
    ));
    out.push_str(&name_table(
        "file_types",
        spec.file_types
            .file_types
            .iter()
            .filter_map(|f| Some((u64::from(u32::from_be_bytes(f.bytes()?)), f.label.clone()))),
        8,
    ));
    out
}

/// `notification_details`: each notification's detail code names, by code.
fn notification_details(spec: &Spec) -> String {
    let mut out = String::from("local notification_details = {\n");
    for n in &spec.notifications {
        let mut codes = BTreeMap::new();
        for code in n.detail_tables.iter().flat_map(|t| &t.codes) {
            if let Some(bytes) = code.bytes() {
                codes
                    .entry(u32::from_be_bytes(bytes))
                    .or_insert(code.label.clone());
            }
        }
        let _ = writeln!(out, "    [0x{:04X}] = {{", n.id.0);
        for (code, label) in codes {
            let _ = writeln!(out, "        [0x{code:08X}] = {},", lua_str(&label));
        }
        out.push_str("    },\n");
    }
    out.push_str("}\n");
    out
}

/// `command_layouts`: request and response layouts by command ID; commands that share
/// another's tables refer to its entry.
fn command_layouts(spec: &Spec, fields: &mut Fields) -> String {
    let mut layouts = String::from("local command_layouts = {\n");
    let mut commands: Vec<_> = spec.commands.iter().collect();
    commands.sort_by_key(|c| c.id.0);
    let mut owners_done = HashSet::new();
    let mut owner_of = BTreeMap::new();
    for c in &commands {
        let owner = spec.command_tables(c.id.0).unwrap_or(c);
        owner_of.insert(c.id.0, owner.id.0);
        if !owners_done.insert(owner.id.0) {
            continue;
        }
        let prefix = format!("magtek_mms.{}", filter_word(&owner.ident));
        let request = fields.table(owner.request.as_ref(), &format!("{prefix}.request"), 2);
        let response = fields.table(owner.response.as_ref(), &format!("{prefix}.response"), 2);
        let _ = writeln!(
            layouts,
            "    [0x{:04X}] = {{\n        request = {request},\n        response = {response},\n    }},",
            owner.id.0
        );
    }
    layouts.push_str("}\n");
    for (id, owner) in &owner_of {
        if id != owner {
            let _ = writeln!(
                layouts,
                "command_layouts[0x{id:04X}] = command_layouts[0x{owner:04X}]"
            );
        }
    }
    layouts
}

/// `notification_layouts`: each notification's payload tables, the default one, and the
/// one each detail code selects.
fn notification_layouts(spec: &Spec, fields: &mut Fields) -> String {
    let mut layouts = String::from("local notification_layouts = {\n");
    for n in &spec.notifications {
        let base = format!("magtek_mms.{}", filter_word(&n.ident));
        let mut tables = Vec::new();
        for p in &n.payloads {
            let prefix = if n.payloads.len() == 1 {
                format!("{base}.payload")
            } else {
                format!("{base}.t{}", p.table)
            };
            tables.push((p.table, fields.layout(&p.fields, &prefix, 3)));
        }
        let _ = writeln!(layouts, "    [0x{:04X}] = {{", n.id.0);
        let _ = writeln!(layouts, "        tables = {{");
        for (table, text) in &tables {
            let _ = writeln!(layouts, "            [{table}] = {text},");
        }
        layouts.push_str("        },\n        by_detail = {},\n    },\n");
    }
    layouts.push_str("}\n");
    // The payload tables each detail code names, in the order they are tried (the dissector
    // takes the first the payload fits, as `mms decode` does), and the default (the first
    // payload table).
    for n in &spec.notifications {
        if let Some(first) = n.payloads.first() {
            let _ = writeln!(
                layouts,
                "notification_layouts[0x{:04X}].default = notification_layouts[0x{:04X}].tables[{}]",
                n.id.0, n.id.0, first.table
            );
        }
        let t = |table: u32| format!("notification_layouts[0x{:04X}].tables[{table}]", n.id.0);
        for (code, tables) in n.payloads_by_code() {
            let list: Vec<String> = tables.iter().map(|p| t(p.table)).collect();
            let _ = writeln!(
                layouts,
                "notification_layouts[0x{:04X}].by_detail[0x{:08X}] = {{ {} }}",
                n.id.0,
                u32::from_be_bytes(code),
                list.join(", ")
            );
        }
    }
    layouts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_spec_names_every_command_and_notification() {
        let spec = Spec::builtin();
        let lua = generate_lua(&spec, "test header");
        assert!(lua.starts_with("-- test header\n"));
        for c in &spec.commands {
            assert!(lua.contains(&format!("[0x{:04X}] = {}", c.id.0, lua_str(&c.name))));
        }
        for n in &spec.notifications {
            assert!(lua.contains(&format!("[0x{:04X}] = {}", n.id.0, lua_str(&n.name))));
        }
        assert!(lua.contains("\"magtek_mms.echo.request.data_to_be_echoed\""));
        // Filter names are unique.
        let names: Vec<&str> = lua
            .lines()
            .filter_map(|l| l.trim().strip_prefix("ProtoField.bytes(\""))
            .map(|l| l.split('"').next().unwrap())
            .collect();
        let unique: HashSet<&&str> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
    }

    /// A command added to the spec is named, and its fields get filter names, in the dissector.
    #[test]
    fn a_new_command_in_the_spec_reaches_the_dissector() {
        let mut spec = Spec::builtin();
        let mut added = spec.command(0xDF01).unwrap().clone();
        added.id = "F0F0".parse().unwrap();
        added.name = "Vendor Ping".into();
        added.ident = "vendor_ping".into();
        spec.commands.push(added);
        let lua = generate_lua(&spec, "h");
        assert!(lua.contains("[0xF0F0] = \"Vendor Ping\""));
        assert!(lua.contains("\"magtek_mms.vendor_ping.request.data_to_be_echoed\""));
        assert!(lua.contains("    [0xF0F0] = {\n        request = {"));
    }

    #[test]
    fn lua_strings_are_escaped() {
        assert_eq!(lua_str("a \"b\" \\ c\n"), "\"a \\\"b\\\" \\\\ c \"");
        assert_eq!(filter_word("Data (bytes)"), "data__bytes_");
    }
}
