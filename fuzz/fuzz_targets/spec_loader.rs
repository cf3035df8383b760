//! Arbitrary text as each kind of spec file (envelopes, status, file types,
//! examples, a command, a notification, a property group, a data type, the
//! EMV tag dictionary, a file of the oDynamo family) through the spec loader
//! and its validation: never a panic, hang or unbounded allocation; a rejected
//! file gets an error that names the file. The loader only checks that the
//! dictionary is a TOML table; its entries are checked by `mms_emv::Dictionary::parse`,
//! which runs on the same text. A family file replaces its namesake among the
//! built-in family's files (a family needs its `family.toml`), as a maintainer's edit would.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use mms_spec::{FamilySpec, Spec};

/// Where the first input byte puts the text (the loader picks the file's
/// kind from its path, and a command, notification or data type file must
/// carry the ID or ident its name says: `seed_corpus.py` writes the seeds of
/// those kinds with these).
const PATHS: [&str; 13] = [
    "envelopes.toml",
    "status.toml",
    "file_types.toml",
    "examples.toml",
    "commands/DF01.toml",
    "notifications/1001.toml",
    "properties/device.toml",
    "odynamo/family.toml",
    "data_types/nfc_uid.toml",
    "emv/tags.toml",
    "odynamo/data_objects.toml",
    "odynamo/commands.toml",
    "odynamo/examples.toml",
];

/// The built-in oDynamo family, file by file.
const FAMILY: [(&str, &str); 4] = [
    ("family.toml", include_str!("../../spec/odynamo/family.toml")),
    ("data_objects.toml", include_str!("../../spec/odynamo/data_objects.toml")),
    ("commands.toml", include_str!("../../spec/odynamo/commands.toml")),
    ("examples.toml", include_str!("../../spec/odynamo/examples.toml")),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let name = PATHS[usize::from(pick) % PATHS.len()];
    if let Some(file) = name.strip_prefix("odynamo/") {
        let sources = FAMILY
            .iter()
            .map(|&(path, built_in)| (Path::new(path), if path == file { text } else { built_in }));
        match FamilySpec::from_sources(Path::new("spec/odynamo"), sources) {
            Ok(family) => named(family.validate(), "spec/odynamo/"),
            Err(errors) => named(errors.0, "spec/odynamo/"),
        }
        return;
    }
    if name.starts_with("emv/") {
        if let Err(errors) = mms_emv::Dictionary::parse(text, name) {
            assert!(!errors.0.is_empty());
            for e in &errors.0 {
                assert!(e.to_string().starts_with(name), "{e}");
            }
        }
    }
    match Spec::from_sources(Path::new("spec"), [(Path::new(name), text)]) {
        Ok(spec) => {
            let _ = spec.examples().count();
            // The consistency checks, on a spec of this one file: most fail (nothing else is
            // there), which is the point: none may panic.
            for e in spec.validate() {
                assert!(!e.to_string().is_empty());
            }
        }
        Err(errors) => {
            let shown = errors.to_string();
            assert!(!shown.is_empty());
        }
    }
});

/// Every error has a text, and those with a place put it in the family's directory.
fn named(errors: Vec<mms_spec::SpecError>, dir: &str) {
    for e in errors {
        let shown = e.to_string();
        assert!(!shown.is_empty());
        if e.location.is_some() {
            assert!(shown.starts_with(dir), "{shown}");
        }
    }
}
