//! Arbitrary text as the programmer's manual: the markdown parser, the table
//! walker that extracts the spec, and the rendering of the spec back to
//! TOML. Never a panic, hang or unbounded allocation (the manual is input
//! written by people, and a new edition may hold anything).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(extraction) = mms_extract::extract(text, &[]) {
        let _ = mms_extract::render_files(&extraction.spec);
    }
});
