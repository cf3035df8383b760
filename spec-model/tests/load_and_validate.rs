//! `Spec::load` errors carry file:line:column; `Spec::validate` finds contradictions.

use std::path::Path;

use mms_spec::{Spec, SpecError};

fn write(dir: &Path, rel: &str, text: &str) {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn load_err(rel: &str, text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), rel, text);
    let err = Spec::load(dir.path()).expect_err("spec should not load");
    let msg = err.to_string();
    // Locations are shown relative to the temporary directory's path.
    msg.replace(&dir.path().display().to_string(), "<spec>")
}

fn from(files: &[(&str, &str)]) -> Spec {
    Spec::from_sources(
        Path::new("spec"),
        files.iter().map(|(p, t)| (Path::new(*p), *t)),
    )
    .unwrap_or_else(|e| panic!("{e}"))
}

fn messages(errors: &[SpecError]) -> Vec<String> {
    errors.iter().map(ToString::to_string).collect()
}

const CMD_HEAD: &str = "id = \"D812\"\nname = \"Send\"\nident = \"send\"\n";

#[test]
fn toml_syntax_error_names_file_line_and_column() {
    let msg = load_err("commands/D812.toml", "id = \"D812\"\nname = \n");
    assert!(msg.starts_with("<spec>/commands/D812.toml:2:8: "), "{msg}");
}

#[test]
fn unknown_key_is_reported_at_its_line() {
    let text = format!("{CMD_HEAD}[request]\ntable = 1\ntitle = \"t\"\ncolour = 3\n");
    let msg = load_err("commands/D812.toml", &text);
    assert!(msg.starts_with("<spec>/commands/D812.toml:7:1: "), "{msg}");
    assert!(msg.contains("colour"), "{msg}");
}

#[test]
fn bad_tag_says_what_is_wrong() {
    let text = format!(
        "{CMD_HEAD}[request]\ntable = 1\ntitle = \"t\"\n[[request.field]]\ntag = \"8102\"\nlen = 2\nname = \"a\"\nlabel = \"A\"\n"
    );
    let msg = load_err("commands/D812.toml", &text);
    assert!(msg.starts_with("<spec>/commands/D812.toml:8:7: "), "{msg}");
    assert!(msg.contains("one byte long"), "{msg}");
}

#[test]
fn bad_command_id_and_file_name_mismatch() {
    let msg = load_err(
        "commands/D812.toml",
        "id = \"D81\"\nname = \"x\"\nident = \"x\"\n",
    );
    assert!(msg.starts_with("<spec>/commands/D812.toml:1:6: "), "{msg}");
    assert!(msg.contains("4 hex digits"), "{msg}");
    let msg = load_err("commands/D811.toml", CMD_HEAD);
    assert!(
        msg.contains("named D811.toml but its id is \"D812\""),
        "{msg}"
    );
}

#[test]
fn unexpected_file_is_an_error_but_overrides_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "overrides/fixes.toml",
        "this is not a spec file = [",
    );
    assert!(Spec::load(dir.path()).is_ok());
    write(dir.path(), "misc/x.toml", "");
    let msg = Spec::load(dir.path()).unwrap_err().to_string();
    assert!(msg.contains("x.toml:1:1: unexpected spec file"), "{msg}");
}

#[test]
fn all_bad_files_are_reported_together() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "commands/D812.toml", "id = 1\n");
    write(dir.path(), "status.toml", "table = \"x\"\n");
    let err = Spec::load(dir.path()).unwrap_err();
    assert_eq!(err.0.len(), 2, "{err}");
}

#[test]
fn validate_finds_duplicates_and_contradictions() {
    let cmd = format!(
        r#"{CMD_HEAD}reuses = "D899"
[request]
table = 5
title = "Request"

[[request.field]]
tag = "81"
len = 4
name = "file_id"
label = "File ID"
table_refs = [999]

[[request.field]]
tag = "81"
len = 2
name = "file_id"
label = "Again"
values = [{{ value = "0102", name = "ok" }}, {{ value = "01", name = "too short" }}]

[[request.field]]
tag = "A2"
len = 3
name = "box"
label = "Box"

[[request.field.field]]
raw = true
len = 1
name = "one"
label = "One"

[[request.field.field]]
raw = true
len = 1
name = "two"
label = "Two"

[[request.field]]
len = 1
name = "Bad Name"
label = "Neither"

[[example]]
table = 6
title = "Request Example"
kind = "request"
hex = "AA 0"
"#
    );
    let spec = from(&[("commands/D812.toml", &cmd), ("commands/D812.toml", &cmd)]);
    let got = messages(&spec.validate());
    let expected = [
        "spec/commands/D812.toml:1:1: duplicate command ID D812 (first at spec/commands/D812.toml:1:1)",
        "spec/commands/D812.toml:1:1: command D812 reuses the tables of command D899, which is not in the spec",
        "spec/commands/D812.toml:9:1: reference to table 999, which is not in the spec",
        "spec/commands/D812.toml:16:1: duplicate field name \"file_id\" among siblings (first at spec/commands/D812.toml:9:1)",
        "spec/commands/D812.toml:16:1: duplicate tag 81 among siblings (first at spec/commands/D812.toml:9:1)",
        "spec/commands/D812.toml:21:44: value 01 (too short) is 1 byte(s) wide but the length is 2",
        "spec/commands/D812.toml:23:1: length 3 contradicts the raw bytes nested in it (which add up to 2)",
        "spec/commands/D812.toml:41:1: name \"Bad Name\" must be snake_case: lowercase letters, digits and single underscores, starting with a letter",
        "spec/commands/D812.toml:41:1: a field needs a tag (TLV) or raw = true (bytes without TLV)",
        "spec/commands/D812.toml:46:1: example (table 6): hex does not parse: odd number of hex digits (3)",
    ];
    for e in &expected {
        assert!(
            got.contains(&e.to_string()),
            "missing {e}\n got:\n{}",
            got.join("\n")
        );
    }
    // Each problem is reported once per copy of the file (two copies here), plus the duplicate ID once.
    assert_eq!(
        got.len(),
        (expected.len() - 1) * 2 + 1,
        "{}",
        got.join("\n")
    );
}

#[test]
fn per_byte_values_must_be_one_byte_of_the_field() {
    let cmd = format!(
        r#"{CMD_HEAD}[request]
table = 5
title = "Request"

[[request.field]]
tag = "84"
len = 2
name = "options"
label = "Options"
values = [
    {{ value = "01", name = "fine", byte = 1 }},
    {{ value = "0001", name = "too wide", byte = 1 }},
    {{ value = "01", name = "past the end", byte = 3 }},
]
"#
    );
    let spec = from(&[("commands/D812.toml", &cmd)]);
    let got = messages(&spec.validate());
    assert_eq!(got.len(), 2, "{}", got.join("\n"));
    assert!(
        got[0].ends_with("value 0001 (too wide) of byte 1 is 2 byte(s) wide; a per-byte value is one byte of the field (length 2)"),
        "{}",
        got[0]
    );
    assert!(
        got[1].contains("value 01 (past the end) of byte 3"),
        "{}",
        got[1]
    );
}

#[test]
fn forced_number_types_must_fit_the_length() {
    let cmd = format!(
        r#"{CMD_HEAD}[request]
table = 5
title = "Request"

[[request.field]]
tag = "81"
len = 2
name = "count"
label = "Count"
rust_type = "u16"

[[request.field]]
tag = "82"
len = 4
name = "short"
label = "Short"
rust_type = "u16"

[[request.field]]
tag = "83"
len = "var"
name = "text"
label = "Text"
rust_type = "String"
"#
    );
    let spec = from(&[("commands/D812.toml", &cmd)]);
    assert_eq!(
        spec.command(0xD812)
            .unwrap()
            .request
            .as_ref()
            .unwrap()
            .fields[0]
            .rust_type,
        Some(mms_spec::RustType::U16)
    );
    let got = messages(&spec.validate());
    assert_eq!(got.len(), 1, "{}", got.join("\n"));
    assert!(
        got[0].ends_with("rust_type U16 is 2 byte(s) wide but the field's length is 4"),
        "{}",
        got[0]
    );
}

#[test]
fn validate_checks_properties_and_erratum_examples_are_skipped() {
    let props = r#"
[[property]]
oid = "1.2.7.1.1.1"
oid_hex = "010207010101"
name = "Reset Control"
ident = "reset_control"
table = 1
access = "read_write"

[[property]]
oid = "1.2.7.1.1.1"
oid_hex = "010207010102"
name = "Twin"
ident = "twin"
table = 2
access = "read_only"

[[property.example]]
table = 3
title = "Get Request Example"
kind = "request"
hex = "ZZ"
erratum = "not hex in the manual"
"#;
    let spec = from(&[("properties/1.2.toml", props)]);
    let got = messages(&spec.validate());
    assert_eq!(
        got,
        [
            "spec/properties/1.2.toml:10:1: duplicate property OID 1.2.7.1.1.1 (first at spec/properties/1.2.toml:2:1)",
            "spec/properties/1.2.toml:10:1: property 1.2.7.1.1.1: group 1 properties are ReadWrite",
            "spec/properties/1.2.toml:10:1: property 1.2.7.1.1.1: oid_hex 010207010102 does not match the dotted OID",
        ]
    );
    assert_eq!(
        spec.property_by_oid("1.2.7.1.1.1").unwrap().ident,
        "reset_control"
    );
    assert_eq!(spec.property_by_name("Twin").unwrap().table, Some(2));
}

#[test]
fn builtin_spec_loads_and_validates() {
    let spec = Spec::builtin_files().unwrap_or_else(|e| panic!("{e}"));
    let problems = messages(&spec.validate());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let d812 = spec.command(0xD812).expect("command D812");
    assert_eq!(d812.request.as_ref().map(|t| t.table), Some(211));
    assert!(spec.property_by_oid("1.2.7.1.1.1").is_some());
    assert!(spec.status_detail(0, 0, 0).is_some());
    assert_eq!(spec.commands.len(), 60);
    assert_eq!(spec.properties.len(), 212);
    // Lookups the CLI uses to label a decoded message.
    let file_props = d812.request.as_ref().unwrap().field(&[0xA2]).unwrap();
    let hash_type = file_props.child(&[0x82]).unwrap();
    assert_eq!(hash_type.name, "hash_checksum_type");
    assert_eq!(hash_type.value_name(&[0x04]), Some("SHA-256"));
    let n = spec.notification(0x0101).unwrap();
    assert_eq!(
        n.payload_for([0x07, 0x08, 0x02, 0x02]).map(|t| t.table),
        Some(309)
    );
    assert!(spec.status_summary(0x00).is_some());
    assert!(spec.file_type([0, 0, 0, 0]).is_some());
}

#[test]
fn internal_flag_forms() {
    let text = |v: &str| format!("id = \"D812\"\nname = \"x\"\nident = \"x\"\ninternal = {v}\n");
    let spec = from(&[("commands/D812.toml", &text("true"))]);
    assert_eq!(spec.commands[0].internal, mms_spec::Internal::Yes);
    let spec = from(&[("commands/D812.toml", &text("\"for_now\""))]);
    assert_eq!(spec.commands[0].internal, mms_spec::Internal::ForNow);
    assert!(spec.commands[0].internal.is_internal());
    let msg = load_err("commands/D812.toml", &text("\"sometimes\""));
    assert!(msg.contains("<spec>/commands/D812.toml:4:12: "), "{msg}");
    assert!(
        msg.contains("internal must be true, false or \"for_now\", not \"sometimes\""),
        "{msg}"
    );
}

#[test]
fn validate_checks_envelope_fields_and_variable_raw_children() {
    // Envelope fields get the same checks as command fields. A variable-length raw child makes the
    // parent's length an upper bound for its fixed siblings rather than their exact sum.
    let env = r#"[[envelope]]
kind = "request"
table = 11
title = "Request"

[[envelope.field]]
tag = "81"
len = 2
name = "info"
label = "Info"

[[envelope.field.field]]
raw = true
len = 1
name = "one"
label = "One"

[[envelope.field.field]]
raw = true
len = 2
name = "two"
label = "Two"

[[envelope.field.field]]
raw = true
len = "var"
name = "rest"
label = "Rest"
"#;
    let spec = from(&[("envelopes.toml", env)]);
    assert_eq!(
        messages(&spec.validate()),
        ["spec/envelopes.toml:6:1: length 2 contradicts the raw bytes nested in it (whose fixed parts already add up to 3)"]
    );
    // With room for the fixed parts, the variable child takes the rest and nothing is reported.
    let spec = from(&[(
        "envelopes.toml",
        &env.replace("len = 2\nname = \"info\"", "len = 4\nname = \"info\""),
    )]);
    assert_eq!(messages(&spec.validate()), Vec::<String>::new());
}
