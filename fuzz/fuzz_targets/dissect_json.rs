//! The JSON encoder of `mms-dissect` (what `mms encode` runs) on arbitrary
//! input read as JSON: never a panic, hang or unbounded allocation. When the
//! JSON encodes, the bytes must dissect again without panicking, and a
//! message that decodes must encode again from its own tree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_fuzz::spec;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let spec = spec();
    match mms_dissect::encode(&value, spec) {
        Ok(bytes) => {
            let tree = mms_dissect::dissect(&bytes, spec);
            if tree["ok"] == true {
                assert!(mms_dissect::encode(&tree, spec).is_ok(), "{tree}");
            }
            let _ = mms_dissect::render(&tree, spec, Default::default());
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
});
