//! The whole manual: counts, no uninterpreted tables, and the committed spec/ is what extraction produces.

use std::path::{Path, PathBuf};

fn manual() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/manual/MMS-Dyna-Devices-Master-Programmers-Manual.md");
    match std::fs::read_to_string(&path) {
        Ok(t) => Some(t),
        Err(_) => {
            println!("skipped: the manual is absent ({})", path.display());
            None
        }
    }
}

fn spec_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec")
}

#[test]
fn manual_counts_and_committed_spec_is_up_to_date() {
    let Some(text) = manual() else { return };
    let overrides = mms_extract::overrides::load(&spec_dir().join("overrides")).unwrap();
    let x = mms_extract::extract(&text, &overrides).unwrap();
    let r = &x.report;
    assert_eq!(
        (
            r.commands,
            r.commands_with_tables,
            r.notifications,
            r.properties
        ),
        (60, 52, 14, 212)
    );
    assert_eq!(
        (
            r.status_codes,
            r.notification_detail_codes,
            r.notification_detail_tables,
            r.file_types
        ),
        (101, 236, 12, 35)
    );
    assert_eq!(r.examples, 834);
    assert!(
        r.uninterpreted_tables.is_empty(),
        "{:?}",
        r.uninterpreted_tables
    );
    // Every table of a command, notification or property section is interpreted: the reference
    // lists (pass-through card commands, key slots, tamper bits, display strings, track samples)
    // are kept as reference tables.
    assert!(r.other_tables.is_empty(), "{:?}", r.other_tables);
    // 14 in command/notification/property sections, 17 in the Data Types chapter.
    assert_eq!(r.reference_tables, 31);
    // Every table of the manual has an outcome: the Data Types chapter's TLV tables are layouts,
    // and each skipped table says why.
    assert!(
        r.unaccounted_tables.is_empty(),
        "{:?}",
        r.unaccounted_tables
    );
    assert_eq!(r.accounted(), r.tables_total);
    assert_eq!((r.data_types, r.data_type_layouts), (22, 38));
    assert!(r.skipped_tables.iter().all(|t| !t.reason.is_empty()));
    let unmarked: Vec<_> = r.example_problems.iter().filter(|p| !p.marked).collect();
    assert!(
        unmarked.is_empty(),
        "examples failing the checks without an erratum: {unmarked:?}"
    );
    let drift = mms_extract::drift(&spec_dir(), &x).unwrap();
    assert!(
        drift.is_empty(),
        "spec/ is stale, run `cargo xtask extract`: {drift:?}"
    );
}
