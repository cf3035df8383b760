//! The derive's compile-time tag check and the codec's `Tag::is_valid` accept
//! the same tags. The check lives in the proc-macro crate, which can export
//! nothing but macros and cannot depend on this crate, so its source file is
//! compiled into this test.

#[allow(dead_code)] // only `check_tag` is compared here
#[path = "../../mms-derive/src/tag.rs"]
mod derive_tag;

use mms_codec::Tag;

#[test]
fn same_verdict_as_tag_is_valid() {
    let samples = (0..=0xFFFFu32)
        .chain((0x1F_0000..=0xFF_FFFF).step_by(7))
        .chain((0x1F00_0000..=0xFFFF_FFFF).step_by(65_521));
    for raw in samples {
        assert_eq!(
            derive_tag::check_tag(raw as u128).is_ok(),
            Tag::is_valid(raw),
            "{raw:#X}"
        );
    }
}
