//! Differential: the generated, typed `Message` decoder and the spec-driven
//! dissector (`mms decode`) read the same bytes. When both accept, both must
//! re-encode the input byte for byte. A message the typed decoder accepts
//! must be one the dissector decodes too (the dissector reads every message
//! the spec describes, so it is never stricter), and neither may panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use mms_protocol::Message;
use mms_spec::Spec;

fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(Spec::builtin)
}

fuzz_target!(|data: &[u8]| {
    let spec = spec();
    let typed = Message::decode(data);
    let tree = mms_dissect::dissect(data, spec);
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
