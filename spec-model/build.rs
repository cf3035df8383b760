//! Embeds the repository's spec (`../spec/**/*.toml`, except `overrides/`) for `Spec::builtin()`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn walk(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        if path.is_dir() {
            if relative != Path::new("overrides") {
                walk(root, &path, out);
            }
        } else if path.extension().is_some_and(|e| e == "toml") {
            out.push(relative);
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let spec_dir = manifest.join("..").join("spec");
    // Directories too, so that added or removed files trigger a rebuild.
    println!("cargo:rerun-if-changed={}", spec_dir.display());
    let mut files = Vec::new();
    walk(&spec_dir, &spec_dir, &mut files);
    files.sort();
    let mut dirs: Vec<PathBuf> = files
        .iter()
        .filter_map(|f| f.parent().map(|p| spec_dir.join(p)))
        .collect();
    dirs.dedup();
    for d in dirs {
        println!("cargo:rerun-if-changed={}", d.display());
    }
    let mut code = String::from("/// Spec files embedded at build time: (path relative to spec/, contents).\npub static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let full = spec_dir.join(f);
        println!("cargo:rerun-if-changed={}", full.display());
        let rel = f.to_string_lossy().replace('\\', "/");
        writeln!(
            code,
            "    ({rel:?}, include_str!({:?})),",
            full.display().to_string()
        )
        .expect("write to String");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("builtin_spec.rs");
    std::fs::write(out, code).expect("write builtin_spec.rs");
}
