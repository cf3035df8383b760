//! `cargo xtask wireshark [--check] [--spec DIR]`: writes the Wireshark Lua
//! dissector generated from `spec/` to `wireshark/magtek_mms.lua`, or (with
//! `--check`) fails when the checked-in file differs. `cargo xtask regen` runs
//! it too, so one regen updates the Rust code and the dissector together.

use std::path::Path;
use std::process::ExitCode;

/// Where the dissector lives, relative to the workspace root.
pub const LUA_PATH: &str = "wireshark/magtek_mms.lua";

const HEADER: &str =
    "Generated from spec/ by `cargo xtask wireshark` (also run by `cargo xtask regen`).\n\
Do not edit: change spec/ (or codegen/src/wireshark.rs, codegen/src/wireshark.lua) and regenerate.";

/// The dissector generated from `spec_dir`.
pub fn generate(spec_dir: &Path) -> Result<String, String> {
    let spec = mms_spec::Spec::load(spec_dir).map_err(|e| e.to_string())?;
    Ok(mms_codegen::wireshark::generate_lua(&spec, HEADER))
}

/// Writes the dissector (or, with `check`, compares it): `Ok(true)` when the
/// file was already up to date.
pub fn sync(root: &Path, spec_dir: &Path, check: bool) -> Result<bool, String> {
    let lua = generate(spec_dir)?;
    let path = root.join(LUA_PATH);
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    if current == lua {
        return Ok(true);
    }
    if check {
        return Ok(false);
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&path, lua).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(false)
}

/// Runs `cargo xtask wireshark`: 0 on success, 1 when out of date or failing, 2 on bad arguments.
pub fn run(args: &[String]) -> ExitCode {
    let root = crate::workspace_root();
    match crate::check_and_spec_args(&root, args, "cargo xtask wireshark") {
        Ok((check, spec_dir)) => report(sync(&root, &spec_dir, check), check),
        Err(code) => code,
    }
}

/// Prints the outcome of [`sync`] and turns it into an exit code.
pub fn report(outcome: Result<bool, String>, check: bool) -> ExitCode {
    match outcome {
        Ok(true) => {
            println!("{LUA_PATH} is up to date");
            ExitCode::SUCCESS
        }
        Ok(false) if check => {
            eprintln!(
                "{LUA_PATH} is out of date with spec/: run `cargo xtask regen` and commit it"
            );
            ExitCode::from(1)
        }
        Ok(false) => {
            println!("wrote {LUA_PATH}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `cargo xtask wireshark --check` checks, as a test.
    #[test]
    fn checked_in_dissector_is_up_to_date() {
        let root = crate::workspace_root();
        let lua = generate(&root.join("spec")).unwrap();
        let current = std::fs::read_to_string(root.join(LUA_PATH)).unwrap_or_default();
        assert!(
            current == lua,
            "{LUA_PATH} is out of date: run `cargo xtask regen`"
        );
    }
}
