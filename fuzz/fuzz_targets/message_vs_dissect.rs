//! Differential: the generated, typed `Message` decoder and the spec-driven
//! dissector (`mms decode`) read the same bytes. When both accept, both must
//! re-encode the input byte for byte. A message the typed decoder accepts
//! must be one the dissector decodes too (the dissector reads every message
//! the spec describes, so it is never stricter), and neither may panic. The
//! dissector's JSON writer (`mms decode --json`, the round trip proven on the
//! way) must write what the tree path serialises (the round trip encoded).
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_fuzz::spec;
use mms_protocol::Message;

thread_local! {
    /// Built once: it indexes the spec.
    static DISSECTOR: std::cell::RefCell<mms_dissect::Dissector<'static>> =
        std::cell::RefCell::new(mms_dissect::Dissector::new(spec()));
}

fuzz_target!(|data: &[u8]| {
    let spec = spec();
    let typed = Message::decode(data);
    let tree = match mms_dissect::decode(data, spec) {
        Ok(tree) => mms_dissect::with_roundtrip(tree, data, spec),
        Err(e) => mms_dissect::failure_json(&e),
    };
    let mut written = Vec::new();
    DISSECTOR.with_borrow_mut(|d| d.write_json(data, &mut written));
    assert_eq!(
        std::str::from_utf8(&written).unwrap(),
        tree.to_string(),
        "the JSON writer and the tree disagree"
    );
    let dissected = tree["ok"] == true;
    if let Ok(message) = &typed {
        assert_eq!(message.encode(), data);
        assert!(dissected, "typed decode accepted what the dissector refused: {tree}");
        assert_eq!(tree["roundtrip"], true, "dissector does not re-encode: {tree}");
        assert_eq!(
            tree["ref"].as_u64(),
            Some(u64::from(message.reference())),
            "{tree}"
        );
    }
});
