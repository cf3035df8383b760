//! Each table shape the extractor reads, on small fixture tables written for these tests.

use std::path::Path;

use mms_extract::overrides::OverridesFile;
use mms_spec::{Access, EnvelopeKind, ExampleKind, Internal, Length, Spec};

fn fixture() -> mms_extract::Extraction {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini_manual.md"),
    )
    .expect("fixture");
    mms_extract::extract(&text, &[]).expect("no overrides to apply")
}

fn names(fields: &[mms_spec::Field]) -> Vec<&str> {
    fields.iter().map(|f| f.name.as_str()).collect()
}

#[test]
fn envelope_pipe_table_with_raw_header_bytes_and_null_rows() {
    let x = fixture();
    let req = x
        .spec
        .envelope(EnvelopeKind::Request)
        .expect("request envelope");
    assert_eq!(req.table, 11);
    assert_eq!(
        names(&req.fields),
        [
            "start_of_message",
            "api_framework_version",
            "message_information",
            "request_payload"
        ]
    );
    assert!(req.fields[0].raw);
    assert_eq!(req.fields[0].values[0].value, "AA");
    let info = &req.fields[2];
    assert_eq!(info.len, Length::Var(mms_spec::values::VarLength::Var));
    let raw: Vec<(bool, Option<u32>)> =
        info.fields.iter().map(|f| (f.raw, f.len.fixed())).collect();
    assert_eq!(raw, [(true, Some(1)), (true, Some(1)), (true, Some(2))]);
    let types: Vec<(&str, &str)> = info.fields[0]
        .values
        .iter()
        .map(|v| (v.value.as_str(), v.name.as_str()))
        .collect();
    assert_eq!(types, [("01", "To device"), ("81", "From device")]);
    // The summary values come from the response envelope's 82 field.
    let summary: Vec<&str> = x
        .spec
        .status
        .summary
        .iter()
        .map(|v| v.name.as_str())
        .collect();
    assert_eq!(summary, ["Fine", "Refused"]);
}

#[test]
fn status_table_with_group_rows() {
    let x = fixture();
    assert_eq!(x.spec.status.table, 13);
    assert_eq!(x.spec.status.codes.len(), 3);
    assert_eq!(x.spec.status_detail(0, 0, 0).unwrap().label, "It worked");
    let groups: Vec<(&str, &str, Internal)> = x
        .spec
        .status
        .groups
        .iter()
        .map(|g| (g.group.as_str(), g.name.as_str(), g.internal))
        .collect();
    assert_eq!(
        groups,
        [
            ("00", "Basics", Internal::No),
            ("04", "Secrets", Internal::ForNow)
        ]
    );
    assert_eq!(x.spec.status.groups[0].subgroups[0].name, "Everyday");
}

#[test]
fn command_request_with_slash_nesting_lengths_enumerations_and_bits() {
    let x = fixture();
    let cmd = x.spec.command(0xAB01).expect("command AB01");
    assert_eq!(
        (cmd.name.as_str(), cmd.ident.as_str()),
        ("Blink Lights", "blink_lights")
    );
    assert_eq!(cmd.limits, ["Touch Only"]);
    let req = cmd.request.as_ref().expect("request table");
    // Wrapper rows are not fields.
    assert_eq!(
        names(&req.fields),
        ["blink_count", "colour_settings", "serial_number"]
    );
    assert_eq!(req.fields[0].default.as_deref(), Some("01"));
    let colour = &req.fields[1];
    assert!(colour.is_constructed());
    assert_eq!(
        names(&colour.fields),
        ["colour_code", "timing", "pattern_hash"]
    );
    // Per-byte enumerations keep their byte number.
    let code: Vec<(Option<u32>, &str, &str)> = colour.fields[0]
        .values
        .iter()
        .map(|v| (v.byte, v.value.as_str(), v.name.as_str()))
        .collect();
    assert_eq!(
        code,
        [
            (Some(1), "00", "Red"),
            (Some(1), "01", "Green"),
            (Some(2), "00", "Dim"),
            (Some(2), "01", "Bright")
        ]
    );
    // "//null (1)" rows nest two levels down; TLV lengths are hex ("20" = 32 bytes).
    let timing = &colour.fields[1];
    assert_eq!(
        timing
            .fields
            .iter()
            .map(|f| f.len.fixed())
            .collect::<Vec<_>>(),
        [Some(1), Some(2)]
    );
    assert_eq!(colour.fields[2].tag.unwrap().to_string(), "9F02");
    assert_eq!(colour.fields[2].len.fixed(), Some(32));
    assert_eq!(colour.fields[2].table_refs, [22u32; 0]);
    let serial = &req.fields[2];
    assert_eq!(serial.tag.unwrap().as_bytes(), [0xDF, 0xDF, 0x25]);
    let bits: Vec<(u32, Option<u32>, &str)> = serial
        .bits
        .iter()
        .map(|b| (b.bit, b.last_bit, b.name.as_str()))
        .collect();
    assert_eq!(bits, [(0, None, "Fast"), (1, Some(7), "RFU")]);
}

#[test]
fn html_response_table_with_rowspan_and_colspan() {
    let x = fixture();
    let resp = x
        .spec
        .command(0xAB01)
        .unwrap()
        .response
        .as_ref()
        .expect("response table");
    assert_eq!(resp.table, 21);
    let tags: Vec<String> = resp
        .fields
        .iter()
        .map(|f| f.tag.unwrap().to_string())
        .collect();
    assert_eq!(tags, ["81", "82", "83"]);
    assert_eq!(resp.fields[0].label, "Lights Blinked");
    // rowspan="2" on the Typ cell gives 82 the type of 81.
    assert_eq!(resp.fields[1].data_type.as_deref(), Some("B"));
    assert_eq!(
        resp.fields[1].requirement,
        Some(mms_spec::Requirement::Optional)
    );
    // colspan="2" spreads "var" over the Len and description cells.
    assert_eq!(
        resp.fields[2].len,
        Length::Var(mms_spec::values::VarLength::Var)
    );
    assert_eq!(resp.fields[2].label, "var");
}

#[test]
fn reuse_internal_flags_and_examples() {
    let x = fixture();
    let secure = x.spec.command(0xAB02).unwrap();
    assert_eq!(secure.reuses.map(|c| c.0), Some(0xAB01));
    assert_eq!(secure.internal, Internal::ForNow);
    let cmd = x.spec.command(0xAB01).unwrap();
    let ex: Vec<(u32, ExampleKind, Option<&str>)> = cmd
        .examples
        .iter()
        .map(|e| (e.table, e.kind, e.label.as_deref()))
        .collect();
    assert_eq!(
        ex,
        [
            (22, ExampleKind::Request, Some("Blink twice")),
            (23, ExampleKind::Response, None)
        ]
    );
    assert_eq!(
        cmd.examples[0].hex,
        "AA 00 81 04 01 07 AB 01 84 05 AB 01 81 01 02"
    );
    // Table 23 announces 5 status bytes but has 4: the check finds it.
    let problems: Vec<(u32, &str)> = x
        .report
        .example_problems
        .iter()
        .map(|p| (p.table, p.reason.as_str()))
        .collect();
    assert_eq!(
        problems,
        [(
            23,
            "message TLVs: 82 at offset 8 announces 5 (0x5) bytes but only 4 follow"
        )]
    );
}

#[test]
fn notification_detail_codes_and_payload() {
    let x = fixture();
    let n = x.spec.notification(0x0901).expect("notification 0901");
    let details = &n.detail_tables[0];
    assert_eq!(details.columns, ["Src", "Rsn", "Det", "Ext"]);
    assert_eq!(details.groups[0].values[0].name, "Burnt out");
    let codes: Vec<(&str, &str, Vec<String>, Vec<u32>)> = details
        .codes
        .iter()
        .map(|c| {
            (
                c.code.as_str(),
                c.label.as_str(),
                c.limits.clone(),
                c.table_refs.clone(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            (
                "01010000",
                "Lamp, Burnt Out, Reserved",
                vec!["Display Only".to_string()],
                vec![]
            ),
            (
                "01020002",
                "Lamp, Replaced, Data Attached",
                vec![],
                vec![31]
            ),
        ]
    );
    assert_eq!(n.payloads[0].fields[0].fields[0].name, "lamp_index");
    // Rows that all carry one slash are siblings; labels end where the description starts.
    assert_eq!(names(&n.payloads[1].fields), ["bulb_count", "wattage"]);
    assert!(x.spec.notification_detail(0x0901, [1, 2, 0, 2]).is_some());
}

#[test]
fn property_table_and_its_example() {
    let x = fixture();
    let p = x.spec.property_by_oid("1.2.9.1.1.A").expect("property");
    assert_eq!(
        (p.name.as_str(), p.oid_hex.as_str(), p.access),
        ("Lamp Brightness", "01020901010A", Access::ReadWrite)
    );
    assert_eq!(
        (p.min_len, p.max_len, p.data_type.as_deref()),
        (Some(1), Some(1), Some("Binary"))
    );
    assert_eq!(
        p.values.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        ["Off", "Low", "High"]
    );
    assert_eq!(p.limits, ["Display Only"]);
    assert_eq!(
        p.examples[0].property.as_ref().map(|o| o.as_str()),
        Some("1.2.9.1.1.A")
    );
}

#[test]
fn file_type_table() {
    let x = fixture();
    let ft = x.spec.file_type([7, 0, 1, 0]).expect("file type");
    assert_eq!(
        (ft.label.as_str(), ft.get.as_str(), ft.set.as_str()),
        ("Lamp picture", "No", "Yes")
    );
    assert_eq!(ft.limits, ["Touch Only"]);
}

#[test]
fn written_files_load_validate_and_check_clean() {
    let x = fixture();
    let dir = tempfile::tempdir().unwrap();
    let changes = mms_extract::write(dir.path(), &x).unwrap();
    assert!(changes
        .iter()
        .all(|c| matches!(c, mms_extract::Drift::Missing(_))));
    assert!(mms_extract::drift(dir.path(), &x).unwrap().is_empty());
    let spec = Spec::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(spec.commands.len(), 2);
    // The fixture's only problem is its wrong example, which is not marked as an erratum here.
    let problems: Vec<String> = spec.validate().iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:?}");
    // A changed file and a stale generated file are both reported.
    let d812 = dir.path().join("commands/AB01.toml");
    std::fs::write(&d812, std::fs::read_to_string(&d812).unwrap() + "\n").unwrap();
    let stale = dir.path().join("commands/AB09.toml");
    std::fs::copy(dir.path().join("commands/AB02.toml"), &stale).unwrap();
    let drift: Vec<String> = mms_extract::drift(dir.path(), &x)
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        drift,
        [
            "differs: spec/commands/AB01.toml",
            "stale:   spec/commands/AB09.toml"
        ]
    );
}

#[test]
fn overrides_mark_errata_and_fix_fields() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini_manual.md"),
    )
    .unwrap();
    let overrides: OverridesFile = toml::from_str(
        r#"
[[erratum]]
table = 23
reason = "82 announces 5 bytes, 4 follow"

[[field]]
table = 20
path = "A2/82"
set = { name = "blink_timing", len = { one_of = [3, 4] } }
reason = "test"
"#,
    )
    .unwrap();
    let x = mms_extract::extract(&text, &[("test.toml".into(), overrides)]).unwrap();
    assert_eq!(x.report.overrides_applied, 2);
    assert!(x.report.example_problems.iter().all(|p| p.marked));
    let cmd = x.spec.command(0xAB01).unwrap();
    assert_eq!(
        cmd.examples[1].erratum.as_deref(),
        Some("82 announces 5 bytes, 4 follow")
    );
    let timing = &cmd.request.as_ref().unwrap().fields[1].fields[1];
    assert_eq!(timing.name, "blink_timing");
    assert_eq!(timing.fields.len(), 2, "children survive the patch");

    let bad: OverridesFile = toml::from_str("[[erratum]]\ntable = 99\nreason = \"x\"\n").unwrap();
    let err = mms_extract::extract(&text, &[("bad.toml".into(), bad)]).unwrap_err();
    assert_eq!(err, ["bad.toml: erratum: no example #0 in table 99"]);
}

#[test]
fn corrections_replace_bytes_and_keep_the_manuals() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini_manual.md"),
    )
    .unwrap();
    let manual = "AA 00 81 04 82 07 AB 01 82 05 00 00 00 00";
    let fixed = "AA 00 81 04 82 07 AB 01 82 04 00 00 00 00";
    let overrides: OverridesFile = toml::from_str(&format!(
        "[[correction]]\ntable = 23\nmanual = \"{manual}\"\nhex = \"{fixed}\"\nreason = \"82 holds 4 bytes\"\n"
    ))
    .unwrap();
    let x = mms_extract::extract(&text, &[("fix.toml".into(), overrides)]).unwrap();
    assert!(
        x.report.example_problems.is_empty(),
        "{:?}",
        x.report.example_problems
    );
    assert_eq!(x.report.corrected_examples, 1);
    let example = &x.spec.command(0xAB01).unwrap().examples[1];
    assert_eq!(example.hex, fixed);
    let correction = example.correction.as_ref().unwrap();
    assert_eq!(correction.manual_hex, manual);
    assert_eq!(correction.reason, "82 holds 4 bytes");

    // An override whose manual bytes no longer match is stale, and says so.
    let stale: OverridesFile = toml::from_str(&format!(
        "[[correction]]\ntable = 23\nmanual = \"{fixed}\"\nhex = \"{fixed}\"\nreason = \"x\"\n"
    ))
    .unwrap();
    let err = mms_extract::extract(&text, &[("fix.toml".into(), stale)]).unwrap_err();
    assert_eq!(
        err,
        ["fix.toml: correction: example #0 of table 23 no longer has the bytes the override expects"]
    );
}

#[test]
fn hand_written_files_are_left_alone() {
    let x = fixture();
    let dir = tempfile::tempdir().unwrap();
    mms_extract::write(dir.path(), &x).unwrap();
    let own = dir.path().join("commands/AB01.toml");
    std::fs::write(
        &own,
        "# written by hand\nid = \"AB01\"\nname = \"Mine\"\nident = \"mine\"\n",
    )
    .unwrap();
    assert!(mms_extract::drift(dir.path(), &x).unwrap().is_empty());
    mms_extract::write(dir.path(), &x).unwrap();
    assert!(std::fs::read_to_string(&own)
        .unwrap()
        .starts_with("# written by hand"));
}

#[test]
fn damaged_input_never_panics() {
    // Cut the fixture at many places and drop lines: extraction must finish with a report.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini_manual.md"),
    )
    .unwrap();
    let lines: Vec<&str> = text.lines().collect();
    for cut in (0..text.len()).step_by(37) {
        if text.is_char_boundary(cut) {
            let _ = mms_extract::extract(&text[..cut], &[]);
        }
    }
    for skip in 0..lines.len() {
        let damaged: Vec<&str> = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, l)| *l)
            .collect();
        let _ = mms_extract::extract(&damaged.join("\n"), &[]);
    }
    let garbage = "| Tag | Len |\n|---|---|\n| /////81 | (zz) |\n| 8102 | 0x |\n| Example (Hex) |\n<table><tr><td rowspan=\"99999\">x</td></tr></table>\n";
    let _ = mms_extract::extract(garbage, &[]);
}

fn reference_fixture() -> mms_extract::Extraction {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reference_tables.md"),
    )
    .expect("fixture");
    mms_extract::extract(&text, &[]).expect("no overrides to apply")
}

#[test]
fn reference_tables_keep_short_cells_and_drop_description_columns() {
    let x = reference_fixture();
    let cmd = x.spec.command(0xCD01).expect("command CD01");
    let numbers: Vec<u32> = cmd.reference_tables.iter().map(|t| t.table).collect();
    assert_eq!(numbers, [41, 42, 43]);

    // Seven columns: the description column is left out and named in the note; group rows stay.
    let family = &cmd.reference_tables[0];
    assert_eq!(family.title, "Tag Family Commands");
    assert_eq!(
        family.columns,
        ["Command", "Length", "EV1", "EV2", "SE", "X"]
    );
    assert!(family
        .note
        .as_deref()
        .is_some_and(|n| n.contains("\"Field Value\"") && n.contains("Table 41")));
    assert_eq!(
        family.rows,
        [
            ["Reading", "", "", "", "", ""],
            ["Peek", "2", "Y", "Y", "N", "N"],
            ["Poke Many", "20/36", "Y", "Y", "Y", "Y"],
        ]
    );

    // Short cells are kept verbatim (bold headers are plain text).
    let slots = &cmd.reference_tables[1];
    assert_eq!(slots.columns, ["ID", "Label", "Description", "Load TK"]);
    assert_eq!(slots.note, None);
    assert_eq!(
        slots.rows[1],
        ["01xx", "SUBK0-0F", "Derived Slot Keys", "ROOTK"]
    );

    // A long description cell is reduced to its label.
    let bits = &cmd.reference_tables[2];
    assert_eq!(bits.note, None);
    assert_eq!(
        bits.rows,
        [["0", "Lid Switch"], ["1..7", "Reserved and set to 0"]]
    );

    let n = x.spec.notification(0x1A01).expect("notification 1A01");
    let strings = &n.reference_tables[0];
    assert_eq!(strings.rows[1], ["0x0001", "“$2.00 – Coffee”"]);
    let track = &n.reference_tables[1];
    assert_eq!(track.columns, ["Sample Track Data", ""]);
    assert_eq!(
        track.rows,
        [["Track 2", ";1234567890123456=25121010000000000000?"]]
    );

    // Tables without a title (or with an empty header) are not reference tables.
    assert_eq!(x.report.reference_tables, 5);
    assert_eq!(
        x.report.other_tables.len(),
        1,
        "{:?}",
        x.report.other_tables
    );
    assert!(x.report.to_text().contains("reference tables:          5"));
    assert!(x.report.to_json().contains("\"reference_tables\": 5"));
}

#[test]
fn reference_tables_are_written_loaded_and_validated() {
    let x = reference_fixture();
    let dir = tempfile::tempdir().unwrap();
    mms_extract::write(dir.path(), &x).unwrap();
    let written = std::fs::read_to_string(dir.path().join("commands/CD01.toml")).unwrap();
    assert!(
        written.contains("\n[[reference_table]]\ntable = 41\n"),
        "{written}"
    );
    assert!(written.contains("rows = [\n    [\"Reading\", \"\", \"\", \"\", \"\", \"\"],\n"));
    let mut spec = Spec::load(dir.path()).unwrap_or_else(|e| panic!("{e}"));
    let rows = |s: &Spec| -> Vec<Vec<Vec<String>>> {
        let cmd = s.command(0xCD01).unwrap();
        cmd.reference_tables
            .iter()
            .map(|t| t.rows.clone())
            .collect()
    };
    assert_eq!(rows(&spec), rows(&x.spec));
    assert!(spec.validate().is_empty());
    // A row with a missing cell is reported with its location.
    let table = &mut spec.commands[0].reference_tables[0];
    table.rows[1].pop();
    let problems: Vec<String> = spec.validate().iter().map(ToString::to_string).collect();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("commands/CD01.toml"), "{problems:?}");
    assert!(
        problems[0].contains("row 2 has 5 cells for 6 columns"),
        "{problems:?}"
    );
}

#[test]
fn a_table_titled_like_its_command_is_the_request() {
    let text = "# Commands\n\n## Command Group 0xABnn - Lights\n\n\
        ### Command 0xAB07 - Dim Lights\n\n\
        Table 40 - Command 0xAB07 - Dim Lights\n\n\
        | Tag | Len | Value / Description | Typ | Req | Default |\n\
        |-----|-----|---------------------|-----|-----|---------|\n\
        | 81 | 01 | Level | B | R | |\n";
    let x = mms_extract::extract(text, &[]).expect("extracts");
    let cmd = x.spec.command(0xAB07).expect("command");
    let request = cmd
        .request
        .as_ref()
        .expect("the table is taken as the request");
    assert_eq!(request.table, 40);
    assert_eq!(names(&request.fields), ["level"]);
    assert!(cmd.tables.is_empty());
    assert!(x
        .report
        .notes
        .iter()
        .any(|n| n.contains("Table 40 is titled like its section heading")));
}
