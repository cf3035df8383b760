//! Arbitrary text as each kind of spec file (envelopes, status, file types,
//! examples, a command, a notification, a property group, a data type, the
//! EMV tag dictionary) through the spec
//! loader and its validation: never a panic, hang or unbounded allocation;
//! a rejected file gets an error that names the file. The loader only checks that the
//! dictionary is a TOML table; its entries are checked by `mms_emv::Dictionary::parse`,
//! which runs on the same text.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use mms_spec::Spec;

/// Where the first input byte puts the text (the loader picks the file's
/// kind from its path, and a command, notification or data type file must
/// carry the ID or ident its name says: `seed_corpus.py` writes the seeds of
/// those kinds with these).
const PATHS: [&str; 10] = [
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
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let name = PATHS[usize::from(pick) % PATHS.len()];
    if name.starts_with("emv/") {
        if let Err(errors) = mms_emv::Dictionary::parse(text, name) {
            assert!(!errors.0.is_empty());
            for e in &errors.0 {
                assert!(e.to_string().starts_with(name), "{e}");
            }
        }
    }
    let path = Path::new(name);
    match Spec::from_sources(Path::new("spec"), [(path, text)]) {
        Ok(spec) => {
            let _ = spec.examples().count();
        }
        Err(errors) => {
            let shown = errors.to_string();
            assert!(!shown.is_empty());
        }
    }
});
