//! The generator never panics and always emits code that parses, whatever labels,
//! names, lengths, enumerations and nesting a (loadable, valid) spec has.

use std::path::Path;

use proptest::prelude::*;

/// Labels that stress identifier making: keywords, digits first, punctuation, non-ASCII, empty.
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("type".to_string()),
        Just("self".to_string()),
        Just("Self".to_string()),
        Just("3DES key".to_string()),
        Just("can’t – “quoted”".to_string()),
        Just("...".to_string()),
        Just("Other".to_string()),
        Just("unknown".to_string()),
        Just("Request".to_string()),
        "[a-zA-Z0-9 ,/()-]{0,24}",
    ]
}

/// A table row: raw bytes, a primitive value (maybe enumerated), or a constructed one.
#[derive(Debug, Clone)]
enum Row {
    Raw {
        len: Option<u32>,
        label: String,
    },
    Value {
        len: Option<u32>,
        label: String,
        required: bool,
        value_names: Vec<String>,
    },
    Constructed {
        label: String,
        children: Vec<Row>,
    },
}

fn row(depth: u32) -> BoxedStrategy<Row> {
    let len = prop_oneof![
        Just(Some(1)),
        Just(Some(2)),
        Just(Some(4)),
        Just(Some(40)),
        Just(None)
    ];
    let raw = (len.clone(), label()).prop_map(|(len, label)| Row::Raw { len, label });
    let value = (
        len,
        label(),
        any::<bool>(),
        proptest::collection::vec(label(), 0..3),
    )
        .prop_map(|(len, label, required, value_names)| Row::Value {
            len,
            label,
            required,
            value_names,
        });
    if depth == 0 {
        return prop_oneof![raw, value].boxed();
    }
    let constructed = (label(), proptest::collection::vec(row(depth - 1), 0..4))
        .prop_map(|(label, children)| Row::Constructed { label, children });
    prop_oneof![raw, value, constructed].boxed()
}

/// TOML for `rows` under `path` (`request.field`); tags are unique among siblings.
fn render(path: &str, rows: &[Row], out: &mut String) {
    for (i, r) in rows.iter().enumerate() {
        out.push_str(&format!("\n[[{path}]]\nname = \"f{i}\"\n"));
        let len_text = |len: &Option<u32>| len.map_or("\"var\"".to_string(), |n| n.to_string());
        match r {
            Row::Raw { len, label } => {
                out.push_str(&format!(
                    "raw = true\nlen = {}\nlabel = {label:?}\n",
                    len_text(len)
                ));
            }
            Row::Value {
                len,
                label,
                required,
                value_names,
            } => {
                out.push_str(&format!(
                    "tag = \"{:02X}\"\nlen = {}\nlabel = {label:?}\nreq = \"{}\"\n",
                    0x81 + i,
                    len_text(len),
                    if *required { "R" } else { "O" }
                ));
                if let Some(width) = len.filter(|n| *n <= 4) {
                    let values: Vec<String> = value_names
                        .iter()
                        .enumerate()
                        .map(|(v, name)| {
                            format!(
                                "{{ value = \"{:0w$X}\", name = {name:?} }}",
                                v,
                                w = width as usize * 2
                            )
                        })
                        .collect();
                    out.push_str(&format!("values = [{}]\n", values.join(", ")));
                }
            }
            Row::Constructed { label, children } => {
                out.push_str(&format!(
                    "tag = \"{:02X}\"\nlen = \"var\"\nlabel = {label:?}\ntype = \"T\"\nreq = \"R\"\n",
                    0xA1 + i
                ));
                render(&format!("{path}.field"), children, out);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn generation_never_panics_and_parses(
        name in label(),
        request in proptest::collection::vec(row(2), 0..4),
        response in proptest::collection::vec(row(2), 0..4),
    ) {
        let mut text = format!("id = \"7E01\"\nname = {name:?}\nident = \"x{}\"\n", name.len());
        text.push_str("\n[request]\ntable = 1\ntitle = \"Request\"\n");
        render("request.field", &request, &mut text);
        text.push_str("\n[response]\ntable = 2\ntitle = \"Response\"\n");
        render("response.field", &response, &mut text);
        let spec = mms_spec::Spec::from_sources(Path::new("spec"), [(Path::new("commands/7E01.toml"), text.as_str())])
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        // Specs the validator rejects are not the generator's business.
        prop_assume!(spec.validate().is_empty());
        let files = mms_codegen::generate_module_files(&spec, "test")
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(files.len(), mms_codegen::module_names().count());
    }
}
