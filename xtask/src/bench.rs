//! `cargo xtask bench`: every benchmark of `BENCHMARKS.md` in one command.
//!
//! Runs the criterion benches (each with its baseline), then the measurements
//! that are whole processes: `mms decode --json` over a large capture (next to
//! `cat` of the same file, the I/O floor), `regen` on the full spec, the build
//! of the generated crate, and the MQTT fleet load (`--no-mqtt` skips it).

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use crate::workspace_root;

const USAGE: &str = "usage: cargo xtask bench [--quick] [--no-mqtt] [--no-criterion] [--lines N]";

/// The criterion benches: package and bench target.
const CRITERION: [(&str, &str); 6] = [
    ("mms-bench", "corpus"),
    ("mms-bench", "compare"),
    ("mms-runtime", "framing"),
    ("mms-bench", "codec"),
    ("mms-tests", "derived"),
    ("mms-dissect", "repeats"),
];

/// Runs the benchmarks; 0 when every step ran, 1 when one failed, 2 on bad arguments.
pub fn run(args: &[String]) -> ExitCode {
    let (mut quick, mut mqtt, mut criterion, mut lines) = (false, true, true, 1_000_000usize);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quick" => quick = true,
            "--no-mqtt" => mqtt = false,
            "--no-criterion" => criterion = false,
            "--lines" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) => lines = n,
                None => {
                    eprintln!("--lines needs a number\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let root = workspace_root();
    let mut failed = Vec::new();
    if criterion {
        // Short runs: the machine is shared, and medians of short runs are stable enough.
        let times: &[&str] = if quick {
            &["--warm-up-time", "0.5", "--measurement-time", "1"]
        } else {
            &["--warm-up-time", "1", "--measurement-time", "3"]
        };
        for (package, bench) in CRITERION {
            let mut cargo = cargo(&root);
            cargo.args(["bench", "-p", package, "--bench", bench, "--"]);
            cargo.args(times);
            if !step(&format!("criterion: {package} {bench}"), &mut cargo) {
                failed.push(bench.to_string());
            }
        }
    }
    match cli_decode(&root, lines) {
        Ok(()) => {}
        Err(e) => {
            eprintln!("mms decode --json: {e}");
            failed.push("mms decode --json".into());
        }
    }
    regen_time(&root);
    if let Err(e) = generated_build_time(&root) {
        eprintln!("generated crate build: {e}");
        failed.push("generated crate build".into());
    }
    if mqtt {
        let mut cargo = cargo(&root);
        cargo
            .args([
                "bench",
                "-p",
                "mms-bench",
                "--bench",
                "mqtt_load",
                "--profile",
                "dev",
            ])
            .env("MMS_LOAD_READERS", if quick { "10" } else { "20" })
            .env("MMS_LOAD_COMMANDS", if quick { "100" } else { "200" });
        if !step(
            "MQTT fleet load (see BENCHMARKS.md for the 100 x 1,000 run)",
            &mut cargo,
        ) {
            failed.push("mqtt_load".into());
        }
    }
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        eprintln!("failed: {}", failed.join(", "));
        ExitCode::FAILURE
    }
}

fn cargo(root: &Path) -> Command {
    let mut cargo = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cargo.current_dir(root);
    cargo
}

/// Runs one command with its output shown; whether it succeeded.
fn step(title: &str, command: &mut Command) -> bool {
    println!("\n=== {title}");
    match command.status() {
        Ok(status) => status.success(),
        Err(e) => {
            eprintln!("cannot run {command:?}: {e}");
            false
        }
    }
}

/// CPU time (user plus system) used so far by this process (`children: false`) or by
/// its waited-for children (`true`), from `/proc/self/stat` (Linux; zero elsewhere). On a
/// shared machine it says what a free core would take, where wall time includes waiting.
fn cpu_time(children: bool) -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime is field 14 of the whole line.
    let fields: Vec<u64> = stat
        .rsplit_once(')')
        .map(|(_, rest)| {
            rest.split_whitespace()
                .map(|f| f.parse().unwrap_or(0))
                .collect()
        })
        .unwrap_or_default();
    let first = if children { 13 } else { 11 };
    let ticks = fields.get(first).unwrap_or(&0) + fields.get(first + 1).unwrap_or(&0);
    // /proc reports in USER_HZ, 100 per second on Linux.
    Duration::from_millis(ticks * 10)
}

/// Wall and CPU time of one run.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Timing {
    wall: Duration,
    cpu: Duration,
}

/// The median of `runs` timings of `f`.
fn median(runs: usize, mut f: impl FnMut() -> Result<Timing, String>) -> Result<Timing, String> {
    let mut times = (0..runs).map(|_| f()).collect::<Result<Vec<_>, _>>()?;
    times.sort();
    Ok(times[times.len() / 2])
}

/// `mms decode --json` (release build) over `lines` messages of the manual's corpus, as a
/// whole process, next to `cat` of the same file.
fn cli_decode(root: &Path, lines: usize) -> Result<(), String> {
    println!("\n=== mms decode --json over {lines} messages, whole process");
    let mut build = cargo(root);
    build.args(["build", "--release", "-p", "mms-cli"]);
    if !step("build mms (release)", &mut build) {
        return Err("the release build failed".into());
    }
    let spec = mms_spec::Spec::builtin();
    let corpus: Vec<String> = spec
        .examples()
        .filter(|(_, e)| e.kind != mms_spec::ExampleKind::Other && e.erratum.is_none())
        .filter_map(|(_, e)| e.bytes().ok())
        .map(|bytes| mms_spec::format_hex(&bytes))
        .collect();
    if corpus.is_empty() {
        return Err("the spec has no examples".into());
    }
    let mut text = String::new();
    for line in corpus.iter().cycle().take(lines) {
        text.push_str(line);
        text.push('\n');
    }
    let dir = root.join("target/bench");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let input = dir.join("corpus-lines.txt");
    std::fs::write(&input, &text).map_err(|e| e.to_string())?;
    let mb = text.len() as f64 / 1e6;
    println!(
        "input: {lines} lines ({mb:.1} MB of hex) from {} examples",
        corpus.len()
    );

    let mms = root.join("target/release/mms");
    let limits = [
        "--max-lines",
        "1000000000",
        "--max-input-bytes",
        "100000000000",
    ];
    let time = |program: &Path, args: &[&str]| -> Result<Timing, String> {
        let file = std::fs::File::open(&input).map_err(|e| e.to_string())?;
        let cpu = cpu_time(true);
        let start = Instant::now();
        let status = Command::new(program)
            .args(args)
            .stdin(file)
            .stdout(Stdio::null())
            .status()
            .map_err(|e| format!("{}: {e}", program.display()))?;
        let elapsed = start.elapsed();
        // Examples the typed decoder rejects make the exit status non-zero; the time counts.
        if status.code().is_none() {
            return Err(format!("{} was killed", program.display()));
        }
        Ok(Timing {
            wall: elapsed,
            cpu: cpu_time(true) - cpu,
        })
    };
    let rate = |d: Duration| lines as f64 / d.as_secs_f64().max(1e-9);
    // The default decodes on every core; `--threads 1` shows one core's share.
    for (label, threads) in [("every core", None), ("one thread", Some("1"))] {
        let mut decode_args = vec!["decode", "--json"];
        decode_args.extend(limits);
        decode_args.extend(threads.map(|n| ["--threads", n]).into_iter().flatten());
        let decode = median(3, || time(&mms, &decode_args))?;
        println!(
            "mms decode --json ({label}): median of 3: wall {:.3} s = {:.0} messages/s \
             ({:.1} MB/s of hex); CPU {:.2} s = {:.0} messages/s",
            decode.wall.as_secs_f64(),
            rate(decode.wall),
            mb / decode.wall.as_secs_f64(),
            decode.cpu.as_secs_f64(),
            rate(decode.cpu)
        );
    }
    let cat = median(3, || time(Path::new("cat"), &[]))?;
    println!(
        "baseline cat:      median of 3: wall {:.3} s = {:.0} lines/s; CPU {:.2} s",
        cat.wall.as_secs_f64(),
        rate(cat.wall),
        cat.cpu.as_secs_f64()
    );
    Ok(())
}

/// `regen --check` in this process (generation and comparison, no writes), median of 5.
fn regen_time(root: &Path) {
    println!("\n=== regen on the full spec (this xtask's build, in process)");
    let spec = root.join("spec").display().to_string();
    let args = ["--check".to_string(), "--spec".to_string(), spec];
    let result = median(5, || {
        let cpu = cpu_time(false);
        let start = Instant::now();
        let code = crate::regen::run(&args);
        let wall = start.elapsed();
        if code == ExitCode::SUCCESS {
            Ok(Timing {
                wall,
                cpu: cpu_time(false) - cpu,
            })
        } else {
            Err("regen --check failed".into())
        }
    });
    match result {
        Ok(t) => println!(
            "regen --check: median of 5: wall {:.3} s, CPU {:.2} s",
            t.wall.as_secs_f64(),
            t.cpu.as_secs_f64()
        ),
        Err(e) => eprintln!("regen: {e}"),
    }
}

/// Rebuilds the generated crate alone (dev and release), dependencies already built.
fn generated_build_time(root: &Path) -> Result<(), String> {
    for profile in [None, Some("--release")] {
        let mut warm = cargo(root);
        warm.args(["build", "-p", "mms-generated"]).args(profile);
        if !step("build mms-generated's dependencies", &mut warm) {
            return Err("build failed".into());
        }
        // A new mtime makes cargo rebuild the crate, and only it.
        let lib = root.join("generated/src/lib.rs");
        let text = std::fs::read(&lib).map_err(|e| e.to_string())?;
        std::fs::write(&lib, text).map_err(|e| e.to_string())?;
        let mut build = cargo(root);
        build.args(["build", "-p", "mms-generated"]).args(profile);
        let cpu = cpu_time(true);
        let start = Instant::now();
        if !step("rebuild mms-generated", &mut build) {
            return Err("build failed".into());
        }
        println!(
            "mms-generated build ({}): wall {:.1} s, CPU {:.1} s",
            profile.unwrap_or("dev"),
            start.elapsed().as_secs_f64(),
            (cpu_time(true) - cpu).as_secs_f64()
        );
    }
    Ok(())
}
