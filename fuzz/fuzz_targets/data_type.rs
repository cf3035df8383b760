//! Differential: the generated data-type decoders (`DataType::decode`, one
//! module per layout of the manual's Data Types chapter) and the dissector's
//! spec-driven reading of the same layout (`data_type_json`, what `mms decode`
//! shows for notification 0x0101's transaction data). The first input byte
//! picks the layout, the rest is the value. Neither may panic; a value the
//! typed decoder accepts re-encodes byte for byte and is one the dissector
//! reads without an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mms_fuzz::spec;
use mms_protocol::generated::data_types::{DataType, LAYOUTS};

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = LAYOUTS[usize::from(pick) % LAYOUTS.len()];
    let layout = spec()
        .layout(name)
        .expect("every generated layout is in the spec");
    let tree = mms_dissect::data_type::data_type_json(bytes, 0, layout, spec());
    assert_eq!(tree["layout"], name, "{tree}");
    let typed = DataType::decode(name, bytes).expect("a name of LAYOUTS");
    if let Ok(value) = typed {
        assert_eq!(value.layout(), name);
        if let Some(again) = value.to_bytes() {
            assert_eq!(again, bytes, "{name} does not re-encode");
        }
        assert!(
            tree.get("error").is_none(),
            "the typed {name} decoder accepted what the dissector refused: {tree}"
        );
    }
});
