//! Arbitrary text as an override file of `spec/overrides/` (the corrections
//! the extractor applies to what it reads from the manual), parsed and
//! applied to a copy of the built-in spec: never a panic, hang or unbounded
//! allocation; a file that does not parse, and every entry that does not
//! apply, gets an error that names the file.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;
use mms_extract::overrides::{apply, OverridesFile};
use mms_fuzz::spec;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = PathBuf::from("spec/overrides/fuzz.toml");
    let file = match mms_spec::parse_file::<OverridesFile>(&path, text) {
        Ok(file) => file,
        Err(error) => {
            assert!(error.to_string().contains("fuzz.toml"), "{error}");
            return;
        }
    };
    let mut copy = spec().clone();
    if let Err(errors) = apply(&mut copy, &[(path, file)]) {
        assert!(
            errors
                .iter()
                .all(|e| e.starts_with("spec/overrides/fuzz.toml: ")),
            "{errors:?}"
        );
    }
});
