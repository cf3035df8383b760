//! `cargo xtask regen [--check]`: writes the code generated from `spec/` into
//! `generated/src/`, or (with `--check`) fails when the checked-in
//! files differ from what generation produces, stale files included.
//! `--spec DIR` reads another spec directory (to try a spec before copying it in).

use std::path::Path;
use std::process::ExitCode;

/// The command that rewrites the generated files.
const REGEN: &str = "cargo xtask regen";

/// The files of `generated/src/`, generated from `spec_dir`.
fn generate(spec_dir: &Path) -> Result<Vec<mms_codegen::GeneratedFile>, mms_codegen::Error> {
    mms_codegen::Builder::new()
        .spec_dir(spec_dir)
        .header(format!(
            "Generated from spec/ by `{REGEN}`. Do not edit: change spec/ (or the generator) and run `{REGEN}`."
        ))
        .module_files(true)
        .doctests("mms_generated")
        .generate_files()
}

/// Runs `regen`: 0 on success, 1 when out of date or failing, 2 on bad arguments.
pub fn run(args: &[String]) -> ExitCode {
    let root = crate::workspace_root();
    let (check, spec_dir) = match crate::check_and_spec_args(&root, args, REGEN) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let out_dir = root.join("generated/src");
    let files = match generate(&spec_dir) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let (differing, missing, stale) = mms_codegen::compare_dir(&out_dir, &files);
    // The Wireshark dissector is generated from the same spec in the same step.
    if crate::wireshark::report(crate::wireshark::sync(&root, &spec_dir, check), check)
        != ExitCode::SUCCESS
    {
        return ExitCode::from(1);
    }
    if check {
        if differing.is_empty() && missing.is_empty() && stale.is_empty() {
            println!("generated/src/ is up to date ({} files)", files.len());
            return ExitCode::from(0);
        }
        eprintln!("generated/src/ is out of date with spec/:");
        for (what, names) in [
            ("differs", &differing),
            ("missing", &missing),
            ("stale", &stale),
        ] {
            for name in names {
                eprintln!("  {what}: generated/src/{name}");
            }
        }
        eprintln!("run `{REGEN}` and commit the result");
        return ExitCode::from(1);
    }
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("error: {}: {e}", out_dir.display());
        return ExitCode::from(1);
    }
    for f in &files {
        let path = out_dir.join(&f.name);
        if let Err(e) = std::fs::write(&path, &f.contents) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    for name in &stale {
        let path = out_dir.join(name);
        if let Err(e) = std::fs::remove_file(&path) {
            eprintln!("error: {}: {e}", path.display());
            return ExitCode::from(1);
        }
    }
    println!(
        "wrote {} files to generated/src/ ({} changed, {} new, {} stale removed)",
        files.len(),
        differing.len(),
        missing.len(),
        stale.len()
    );
    ExitCode::SUCCESS
}
