//! Drift caught by `cargo test`, as prost and x11rb do: the generated crate and the spec
//! are regenerated into a temporary folder and compared file by file with the checked-in
//! ones (what `cargo xtask regen --check` and `cargo xtask extract --check` check).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A fresh, empty temporary folder for this test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mms-drift-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Every file under `dir` (relative path, contents) whose name passes `keep`.
fn files_under(dir: &Path, keep: &dyn Fn(&Path) -> bool) -> BTreeMap<PathBuf, String> {
    let mut out = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if keep(&path) {
                let rel = path.strip_prefix(dir).unwrap().to_path_buf();
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

/// Names the files that differ, are missing from `checked_in` or are only in `checked_in`.
fn differences(
    fresh: &BTreeMap<PathBuf, String>,
    checked_in: &BTreeMap<PathBuf, String>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (rel, text) in fresh {
        match checked_in.get(rel) {
            Some(current) if current == text => {}
            Some(_) => out.push(format!("differs: {}", rel.display())),
            None => out.push(format!("missing: {}", rel.display())),
        }
    }
    for rel in checked_in.keys().filter(|rel| !fresh.contains_key(*rel)) {
        out.push(format!("stale: {}", rel.display()));
    }
    out
}

#[test]
fn generated_crate_matches_a_fresh_generation() {
    let out = temp_dir("generated");
    // The same builder settings as `cargo xtask regen`.
    let regen = "cargo xtask regen";
    let written = mms_codegen::Builder::new()
        .spec_dir(root().join("spec"))
        .header(format!(
            "Generated from spec/ by `{regen}`. Do not edit: change spec/ (or the generator) and run `{regen}`."
        ))
        .module_files(true)
        .doctests("mms_generated")
        .out_dir(&out)
        .generate()
        .unwrap_or_else(|e| panic!("{e}"));
    // The modules generation writes, in order: the spec's, then one per message family.
    let modules: Vec<String> = written
        .iter()
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_owned()))
        .collect();
    let generated_file =
        |path: &Path| path.extension().is_some_and(|e| e == "rs") && !path.ends_with("lib.rs");
    let fresh = files_under(&out, &generated_file);
    let checked_in = files_under(&root().join("generated/src"), &generated_file);
    std::fs::remove_dir_all(&out).unwrap();
    let problems = differences(&fresh, &checked_in);
    assert!(
        problems.is_empty(),
        "generated/src/ is out of date with spec/: {problems:?}; run `{regen}` and commit"
    );
    // The hand-written lib.rs declares exactly the generated modules.
    let lib = std::fs::read_to_string(root().join("generated/src/lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod ")?.strip_suffix(';'))
        .collect();
    assert_eq!(
        declared, modules,
        "generated/src/lib.rs must declare every generated module"
    );
}

#[test]
fn spec_matches_a_fresh_extraction() {
    // Where `cargo xtask extract` reads it, unless MMS_MANUAL names another copy.
    let manual = std::env::var_os("MMS_MANUAL")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            root().join("../shared/manual/MMS-Dyna-Devices-Master-Programmers-Manual.md")
        });
    let Ok(text) = std::fs::read_to_string(&manual) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "the manual is absent ({}): CI must re-extract the spec",
            manual.display()
        );
        println!(
            "skipped: the manual is absent ({}); spec/ not compared with a fresh extraction",
            manual.display()
        );
        return;
    };
    let spec = root().join("spec");
    let overrides =
        mms_extract::overrides::load(&spec.join("overrides")).unwrap_or_else(|e| panic!("{e}"));
    let extraction = mms_extract::extract(&text, &overrides)
        .unwrap_or_else(|errors| panic!("overrides do not apply: {errors:?}"));
    let out = temp_dir("spec");
    mms_extract::write(&out, &extraction).unwrap();
    // Only files with the generated header: hand-written spec files and overrides are not
    // the extractor's to write, and a hand-written file wins over an extracted one.
    let header = |path: &Path| {
        std::fs::read_to_string(path)
            .is_ok_and(|t| t.lines().next() == Some(mms_extract::writer::GENERATED_HEADER))
    };
    let fresh: BTreeMap<PathBuf, String> = files_under(&out, &header)
        .into_iter()
        .filter(|(rel, _)| !spec.join(rel).exists() || header(&spec.join(rel)))
        .collect();
    let checked_in = files_under(&spec, &header);
    std::fs::remove_dir_all(&out).unwrap();
    let problems = differences(&fresh, &checked_in);
    assert!(
        problems.is_empty(),
        "spec/ differs from what the manual and spec/overrides/ produce: {problems:?}; \
         run `cargo xtask extract` and commit"
    );
    assert!(!fresh.is_empty(), "the extraction wrote no files");
}
