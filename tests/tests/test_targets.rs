//! The crates that build their tests as one binary (`autotests = false`, a
//! `tests/integration.rs` naming each file as a module) must not lose a file:
//! cargo would silently stop building a file that nothing names.

use std::path::Path;

/// Every `tests/*.rs` file of `crate_dir` is a `[[test]]` of its manifest or a
/// `mod` of one of them, and every module folder (`tests/x/mod.rs`) is a `mod`
/// somewhere in `tests/`. Returns what is missing.
fn unbuilt_test_files(crate_dir: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(crate_dir.join("Cargo.toml")).unwrap();
    let dir = crate_dir.join("tests");
    let sources: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    let declared = |name: &str| {
        sources
            .iter()
            .any(|(_, text)| text.lines().any(|l| l.trim() == format!("mod {name};")))
    };
    let mut missing = Vec::new();
    for (name, _) in &sources {
        if !manifest.contains(&format!("path = \"tests/{name}.rs\"")) && !declared(name) {
            missing.push(format!("{}/tests/{name}.rs", crate_dir.display()));
        }
    }
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.join("mod.rs").is_file() && !declared(&name) {
            missing.push(format!("{}/tests/{name}/mod.rs", crate_dir.display()));
        }
    }
    missing
}

#[test]
fn every_test_file_is_built() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut checked = Vec::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let crate_dir = entry.unwrap().path();
        let Ok(manifest) = std::fs::read_to_string(crate_dir.join("Cargo.toml")) else {
            continue;
        };
        if !manifest.lines().any(|l| l.trim() == "autotests = false") {
            continue;
        }
        let missing = unbuilt_test_files(&crate_dir);
        assert!(
            missing.is_empty(),
            "not built by any test target (add a `mod` line to tests/integration.rs): {missing:?}"
        );
        checked.push(
            crate_dir
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
        );
    }
    checked.sort();
    assert_eq!(checked, ["cli", "codec", "runtime", "sim", "tests"]);
}

#[test]
fn a_file_nothing_names_is_found() {
    let dir = std::env::temp_dir().join(format!("mms-test-targets-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("tests/shared")).unwrap();
    std::fs::write(
        dir.join("Cargo.toml"),
        "autotests = false\n[[test]]\nname = \"integration\"\npath = \"tests/integration.rs\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("tests/integration.rs"), "mod named;\n").unwrap();
    std::fs::write(dir.join("tests/named.rs"), "").unwrap();
    std::fs::write(dir.join("tests/forgotten.rs"), "").unwrap();
    std::fs::write(dir.join("tests/shared/mod.rs"), "").unwrap();
    let missing = unbuilt_test_files(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].ends_with("tests/forgotten.rs"), "{missing:?}");
    assert!(missing[1].ends_with("tests/shared/mod.rs"), "{missing:?}");
}
