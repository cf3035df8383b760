#![doc = include_str!("../README.md")]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod bench;
mod regen;
mod wireshark;

const USAGE: &str = "usage: cargo xtask extract [--manual PATH] [--check] [--report [--json]] | regen [--check] | wireshark [--check] | bench [--quick] [--no-mqtt] [--no-criterion] [--lines N]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("extract") => extract(&args[1..]),
        Some("regen") => regen::run(&args[1..]),
        Some("wireshark") => wireshark::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn extract(args: &[String]) -> ExitCode {
    let root = workspace_root();
    let mut manual = root.join("../shared/manual/MMS-Dyna-Devices-Master-Programmers-Manual.md");
    let mut manual_given = false;
    let (mut check, mut report, mut json) = (false, false, false);
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--manual" => {
                i += 1;
                let Some(path) = args.get(i) else {
                    eprintln!("--manual needs a path\n{USAGE}");
                    return ExitCode::from(2);
                };
                manual = PathBuf::from(path);
                manual_given = true;
            }
            "--check" => check = true,
            "--report" => report = true,
            "--json" => json = true,
            other => {
                eprintln!("unknown argument {other:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
        i += 1;
    }
    if json && !report {
        eprintln!("--json goes with --report\n{USAGE}");
        return ExitCode::from(2);
    }
    let text = match std::fs::read_to_string(&manual) {
        Ok(t) => t,
        // CI checkouts without ../shared cannot re-extract; the committed spec is then taken as is.
        Err(_) if check && !manual_given && !manual.exists() => {
            println!(
                "skipped: the manual is absent ({}); spec/ not checked",
                manual.display()
            );
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("cannot read the manual at {}: {e}", manual.display());
            return ExitCode::FAILURE;
        }
    };
    let spec_dir = root.join("spec");
    let overrides = match mms_extract::overrides::load(&spec_dir.join("overrides")) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let extraction = match mms_extract::extract(&text, &overrides) {
        Ok(x) => x,
        Err(errors) => {
            for e in errors {
                eprintln!("override does not apply: {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    if report {
        // Ignore write errors (a closed pipe, as in `| head`): the report is best effort output.
        let text = if json {
            extraction.report.to_json() + "\n"
        } else {
            extraction.report.to_text()
        };
        let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), text.as_bytes());
        if !check {
            return ExitCode::SUCCESS;
        }
    }
    if check {
        match mms_extract::drift(&spec_dir, &extraction) {
            Ok(d) if d.is_empty() => {
                if !report {
                    println!("spec/ is up to date with the manual");
                }
                ExitCode::SUCCESS
            }
            Ok(d) => {
                eprintln!("spec/ differs from what the manual and spec/overrides/ produce:");
                for change in d {
                    eprintln!("  {change}");
                }
                eprintln!("run `cargo xtask extract` to regenerate spec/");
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("cannot compare with {}: {e}", spec_dir.display());
                ExitCode::FAILURE
            }
        }
    } else {
        match mms_extract::write(&spec_dir, &extraction) {
            Ok(changes) => {
                for c in &changes {
                    println!("{c}");
                }
                println!("{} file(s) changed", changes.len());
                let problems = mms_spec::Spec::load(&spec_dir).map(|s| s.validate());
                match problems {
                    Ok(p) if p.is_empty() => ExitCode::SUCCESS,
                    Ok(p) => {
                        for e in p {
                            eprintln!("{e}");
                        }
                        ExitCode::FAILURE
                    }
                    Err(e) => {
                        eprintln!("{e}");
                        ExitCode::FAILURE
                    }
                }
            }
            Err(e) => {
                eprintln!("cannot write {}: {e}", spec_dir.display());
                ExitCode::FAILURE
            }
        }
    }
}

/// `[--check] [--spec DIR]`, the arguments of the generating commands
/// (`regen`, `wireshark`): whether to only check, and the spec directory
/// (default `spec/` of `root`). `Err` (exit code 2) after printing the usage
/// of `command` on anything else.
pub fn check_and_spec_args(
    root: &Path,
    args: &[String],
    command: &str,
) -> Result<(bool, PathBuf), ExitCode> {
    let mut check = false;
    let mut spec_dir = root.join("spec");
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.as_slice().first()) {
            ("--check", _) => check = true,
            ("--spec", Some(dir)) => {
                spec_dir = PathBuf::from(dir);
                args.next();
            }
            _ => {
                eprintln!("usage: {command} [--check] [--spec DIR]");
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok((check, spec_dir))
}
