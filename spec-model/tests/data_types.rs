//! `spec/data_types/*.toml`: loading with file:line errors, and the data type checks of
//! `Spec::validate` (references by name, length prefixes, example hex, unique layout names).

use std::path::Path;

use mms_spec::Spec;

fn from(files: &[(&str, &str)]) -> Result<Spec, String> {
    Spec::from_sources(
        Path::new("spec"),
        files.iter().map(|(p, t)| (Path::new(*p), *t)),
    )
    .map_err(|e| e.to_string())
}

fn problems(text: &str) -> Vec<String> {
    let spec = from(&[("data_types/arqc.toml", text)]).unwrap_or_else(|e| panic!("{e}"));
    spec.validate().iter().map(ToString::to_string).collect()
}

const HEAD: &str = "ident = \"arqc\"\nheading = \"ARQC Type\"\n\n[[layout]]\nident = \"arqc\"\ntable = 19\ntitle = \"ARQC\"\n";

const PREFIX: &str = "\n[[layout.field]]\nraw = true\nlen = 2\nname = \"message_length\"\nlabel = \"Length\"\nlength_prefix = true\n";

const F9: &str = "\n[[layout.field]]\ntag = \"F9\"\nlen = \"var\"\nname = \"container\"\nlabel = \"Container\"\n";

#[test]
fn a_good_data_type_file_loads_and_validates() {
    let text = format!(
        "{HEAD}{PREFIX}{F9}\n[[layout.field.field]]\ntag = \"DFDF59\"\nlen = \"var\"\nname = \"encrypted\"\nlabel = \"Encrypted\"\ndecrypts_to = \"arqc\"\nexample = \"01 02\"\n"
    );
    assert_eq!(problems(&text), Vec::<String>::new());
    let spec = from(&[("data_types/arqc.toml", &text)]).unwrap();
    let layout = spec.layout("arqc").unwrap();
    assert_eq!(spec.decryption_target(layout, "DFDF59").unwrap().table, 19);
}

#[test]
fn unknown_keys_name_the_file_and_line() {
    let err = from(&[("data_types/arqc.toml", &format!("{HEAD}colour = 1\n"))]).unwrap_err();
    assert!(err.starts_with("spec/data_types/arqc.toml:8:1: "), "{err}");
    assert!(err.contains("colour"), "{err}");
}

#[test]
fn the_file_stem_is_the_ident() {
    let err = from(&[("data_types/other.toml", HEAD)]).unwrap_err();
    assert!(err.starts_with("spec/data_types/other.toml:1:1: "), "{err}");
    assert!(err.contains("name it arqc.toml"), "{err}");
}

#[test]
fn a_reference_to_a_missing_layout_is_reported_at_its_field() {
    let text = format!(
        "{HEAD}{F9}\n[[layout.field.field]]\ntag = \"DFDF59\"\nlen = \"var\"\nname = \"encrypted\"\nlabel = \"Encrypted\"\ndecrypts_to = \"nowhere\"\n"
    );
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].starts_with("spec/data_types/arqc.toml:15:1: "),
        "{p:?}"
    );
    assert!(
        p[0].contains("decrypts_to = \"nowhere\" names no data type layout"),
        "{p:?}"
    );
}

#[test]
fn a_field_is_tlv_or_raw_and_a_zero_length_holds_nothing() {
    // Both error paths were first reached by the eighteenth fuzz run of `spec_loader`.
    let both = F9.replace("tag = \"F9\"", "tag = \"F9\"\nraw = true");
    let p = problems(&format!("{HEAD}{both}"));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("spec/data_types/arqc.toml:9:1: "), "{p:?}");
    assert!(
        p[0].contains("either a tag or raw = true, not both"),
        "{p:?}"
    );
    let neither = F9.replace("tag = \"F9\"\n", "");
    let p = problems(&format!("{HEAD}{neither}"));
    assert!(
        p.iter()
            .any(|m| m.contains("needs a tag (TLV) or raw = true")),
        "{p:?}"
    );
    let empty = F9.replace("len = \"var\"", "len = 0");
    let p = problems(&format!(
        "{HEAD}{empty}\n[[layout.field.field]]\ntag = \"DFDF59\"\nlen = 1\nname = \"inner\"\nlabel = \"Inner\"\n"
    ));
    assert!(
        p.iter()
            .any(|m| m.starts_with("spec/data_types/arqc.toml:9:1: ")
                && m.contains("length 0 but the field has nested fields")),
        "{p:?}"
    );
}

#[test]
fn a_length_prefix_must_be_short_raw_bytes_before_a_field() {
    let wide = PREFIX.replace("len = 2", "len = 8");
    let p = problems(&format!("{HEAD}{wide}{F9}"));
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("spec/data_types/arqc.toml:9:1: "), "{p:?}");
    assert!(p[0].contains("fixed length from 1 to 4"), "{p:?}");
    let p = problems(&format!("{HEAD}{PREFIX}"));
    assert!(
        p.iter()
            .any(|m| m.contains("followed by the field it counts")),
        "{p:?}"
    );
}

#[test]
fn examples_must_be_hex_and_layout_names_unique() {
    let text = format!("{HEAD}{F9}example = \"zz\"\n");
    let p = problems(&text);
    assert!(
        p.iter().any(|m| m.contains("example \"zz\" is not hex")),
        "{p:?}"
    );
    let twice =
        format!("{HEAD}{F9}\n[[layout]]\nident = \"arqc\"\ntable = 20\ntitle = \"Again\"\n");
    let p = problems(&twice);
    assert!(
        p.iter()
            .any(|m| m.contains("duplicate data type layout \"arqc\"")),
        "{p:?}"
    );
}

#[test]
fn a_detail_code_layout_must_exist() {
    let notification = "id = \"0101\"\nname = \"Update\"\nident = \"update\"\n\n[[details]]\ntable = 308\ntitle = \"Codes\"\ncolumns = [\"a\", \"b\", \"c\", \"d\"]\n\n[[details.code]]\ncode = \"10080202\"\nlabel = \"ARQC\"\nlayout = \"missing\"\n";
    let spec = from(&[
        ("data_types/arqc.toml", HEAD),
        ("notifications/0101.toml", notification),
    ])
    .unwrap();
    let p: Vec<String> = spec.validate().iter().map(ToString::to_string).collect();
    assert!(
        p.iter()
            .any(|m| m.starts_with("spec/notifications/0101.toml:10:1: ")
                && m.contains("layout = \"missing\"")),
        "{p:?}"
    );
}

#[test]
fn the_builtin_spec_has_the_data_types_chapter() {
    let spec = Spec::builtin();
    assert!(spec.layouts().count() >= 38);
    let arqc = spec.layout("emv_arqc_dynapro_format").unwrap();
    assert!(arqc.fields[0].length_prefix);
    assert_eq!(
        spec.decryption_target(arqc, "DFDFDF37").unwrap().ident,
        "emv_arqc_dynapro_format_dfdfdf37_decrypted_contents"
    );
}
