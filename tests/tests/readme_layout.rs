//! The README's layout table names every workspace member (and the fuzz crate outside it), and
//! every folder it names exists.

use std::path::Path;

/// The workspace members listed in the root `Cargo.toml`.
fn members(cargo_toml: &str) -> Vec<String> {
    let Some(start) = cargo_toml.find("members = [") else {
        return Vec::new();
    };
    let list = &cargo_toml[start + "members = [".len()..];
    let list = &list[..list.find(']').unwrap_or(list.len())];
    list.split(',')
        .map(|m| m.trim().trim_matches('"').to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

/// The folders named in the first cell of the README's table rows (`| \`codec/\` | ...`).
fn table_folders(readme: &str) -> Vec<String> {
    readme
        .lines()
        .filter_map(|l| l.strip_prefix("| `"))
        .filter_map(|l| l.split_once("/` |"))
        .map(|(folder, _)| folder.to_string())
        .collect()
}

/// Members missing from the table, and folders of the table that do not exist under `root`.
fn mismatches(root: &Path, cargo_toml: &str, readme: &str) -> (Vec<String>, Vec<String>) {
    let folders = table_folders(readme);
    let missing = members(cargo_toml)
        .into_iter()
        .chain(["fuzz".to_string()])
        .filter(|m| !folders.contains(m))
        .collect();
    let stale = folders
        .into_iter()
        .filter(|f| !root.join(f).is_dir())
        .collect();
    (missing, stale)
}

#[test]
fn the_readme_layout_table_names_every_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let cargo_toml = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    assert!(members(&cargo_toml).len() > 10, "the members list was read");
    let (missing, stale) = mismatches(root, &cargo_toml, &readme);
    assert!(
        missing.is_empty() && stale.is_empty(),
        "README.md's layout table: members without a row {missing:?}, rows without a folder {stale:?}"
    );
}

#[test]
fn the_check_finds_a_missing_row_and_a_stale_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let cargo_toml = "members = [\"codec\", \"bench\"]\n";
    let readme = "| `codec/` | `mms-codec` | x |\n| `fuzz/` | | y |\n| `gone/` | | z |\n";
    assert_eq!(
        mismatches(root, cargo_toml, readme),
        (vec!["bench".to_string()], vec!["gone".to_string()])
    );
}
