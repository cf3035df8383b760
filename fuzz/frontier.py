#!/usr/bin/env python3
"""Where a target's corpus stops: code it never ran inside functions it did run.

    cargo +nightly fuzz coverage -s none TARGET corpus/TARGET   # builds, runs the corpus
    python3 frontier.py TARGET [--file PART] [--top N]

A fuzzer at an edge plateau can still be missing whole decode paths that
mutations do not reach (a branch on a 4-byte code, data that must decrypt).
This lists, for the workspace's own files, the regions `llvm-cov` counts as
never run inside functions that ran: the branches at the corpus's border.
Many are unreachable from the target (an error a caller rules out, an encode
branch decoding never produces); the others want a seed. With `--file` it
lists the functions of the files whose path contains PART, with the lines of
their missed regions. A generic function's instantiations count as one: a region
is missed only when none of them ran it. Code expanded from `#[derive(Tlv)]` has no usable
counts (its function records read 0), so the generated structs' field
decoders are not in the list. Run from fuzz/.

With `--others T1,T2` it leaves out the regions the corpora of those targets run (each
with its own coverage build and profile): what none of them reaches, such as the error
paths of the dissector that `dissect_json` (which only dissects what the encoder wrote)
leaves to `message_vs_dissect`.

    python3 frontier.py TARGET --since "2026-12-01 11:04" [--file PART]

With `--since` (a UTC time, or a file whose modification time to use) it says
instead what a run added in source terms: it loads the corpus entries the
fuzzer wrote since then (libFuzzer names them by their SHA-1) and all the others,
seeds included, apart (the coverage build, `-runs=0`) and
lists the regions, in any instrumented file (dependencies too), that only the
newer entries ran. libFuzzer's `cov:` counts the edges of the optimized build,
where every inlined copy of a function has its own, so it can grow for hours
while this list stays short. An entry the fuzzer replaced by a shorter one
counts as newer, so the list can overstate what the run added, not understate it.
"""
import argparse
import collections
import datetime
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

parser = argparse.ArgumentParser()
parser.add_argument("target")
parser.add_argument("--file", default=None)
parser.add_argument("--top", type=int, default=30)
parser.add_argument("--since", default=None)
parser.add_argument("--others", default=None)
args = parser.parse_args()

root = pathlib.Path(__file__).resolve().parent
rustc = lambda *a: subprocess.run(["rustc", "+nightly", *a], capture_output=True, text=True,
                                  check=True).stdout
triple = next(l.split()[1] for l in rustc("-vV").splitlines() if l.startswith("host:"))
binary_of = lambda target: root / f"target/{triple}/coverage/{triple}/release/{target}"
profile_of = lambda target: root / f"coverage/{target}/coverage.profdata"
binary, profile = binary_of(args.target), profile_of(args.target)
others = [] if args.others is None else args.others.split(",")
sysroot = rustc("--print", "sysroot").strip()
llvm_cov = pathlib.Path(sysroot) / f"lib/rustlib/{triple}/bin/llvm-cov"
for target in [args.target, *others]:
    if not binary_of(target).exists() or (args.since is None and not profile_of(target).exists()):
        sys.exit(f"frontier.py: run `cargo +nightly fuzz coverage -s none {target} "
                 f"corpus/{target}` first")
workspace = str(root.parent) + "/"


def export_of(profdata, binary=binary):
    return json.loads(subprocess.run([str(llvm_cov), "export", str(binary),
                                      f"-instr-profile={profdata}"],
                                     capture_output=True, text=True, check=True).stdout)


def run_counts(functions):
    """How often each code region (kind 0) ran, by (file, line, column, end line, end
    column). A generic function has one record per instantiation, each with its own
    counts: they are added up, so a region counts as run when any instantiation ran it (as
    `llvm-cov show` does)."""
    runs = collections.Counter()
    for f in functions:
        for r in f["regions"]:
            if r[7] == 0:
                runs[(f["filenames"][r[5]], *r[:4])] += r[4]
    return runs


def regions_run(export):
    functions = (f for data in export["data"] for f in data["functions"])
    return {region for region, n in run_counts(functions).items() if n > 0}


def since_mode():
    try:
        since = pathlib.Path(args.since).stat().st_mtime
    except OSError:
        try:
            since = datetime.datetime.fromisoformat(args.since).replace(
                tzinfo=datetime.timezone.utc).timestamp()
        except ValueError:
            sys.exit(f"frontier.py: --since {args.since!r} is neither a file nor a UTC time "
                     f"such as \"2026-12-01 11:04\"")
    corpus = root / "corpus" / args.target
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        halves = {"before": tmp / "before", "since": tmp / "since"}
        for d in halves.values():
            d.mkdir()
        for entry in os.scandir(corpus):
            try:  # the fuzzer may be replacing entries as this runs
                found_by_fuzzer = re.fullmatch(r"[0-9a-f]{40}", entry.name) is not None
                newer = found_by_fuzzer and entry.stat().st_mtime > since
                half = "since" if newer else "before"
                os.link(entry.path, halves[half] / entry.name)
            except OSError:
                continue
        llvm_profdata = llvm_cov.with_name("llvm-profdata")
        found = {}
        for half, d in halves.items():
            raw = tmp / f"{half}-raw"
            raw.mkdir()
            entries = sum(1 for _ in d.iterdir())
            subprocess.run([str(binary), "-runs=0", str(d)], capture_output=True, check=True,
                           env={**os.environ, "LLVM_PROFILE_FILE": f"{raw}/%p.profraw"})
            merged = tmp / f"{half}.profdata"
            subprocess.run([str(llvm_profdata), "merge", "-sparse", *map(str, raw.iterdir()),
                            "-o", str(merged)], check=True)
            found[half] = (entries, regions_run(export_of(merged)))
    (n_before, before), (n_since, newer) = found["before"], found["since"]
    added = sorted(newer - before)
    print(f"{len(added)} regions run only by the {n_since} entries since {args.since} "
          f"({len(before)} run by the {n_before} before them; {args.target})")
    per_file = collections.Counter(r[0] for r in added)
    for path, n in per_file.most_common(args.top):
        print(f"{n:6} {path.removeprefix(workspace)}")
    for r in added:
        if args.file is not None and args.file in r[0]:
            print(f"       {r[0].removeprefix(workspace)}:{r[1]}:{r[2]}-{r[3]}:{r[4]}")


if args.since is not None:
    since_mode()
    sys.exit()
export = export_of(profile)

ours = [f for data in export["data"] for f in data["functions"]
        if f["filenames"][0].startswith(workspace) and "/target/" not in f["filenames"][0]]
# Code regions (kind 0) of the function's own file (file 0): line, column, end line, end column.
code = lambda f: [r for r in f["regions"] if r[7] == 0 and r[5] == 0]
runs = run_counts(ours)
# Regions another target's corpus runs are fuzzed there: count them as run here too.
for target in others:
    for region in regions_run(export_of(profile_of(target), binary_of(target))):
        runs[region] += 1

per_file = collections.Counter()
functions = {}  # one entry per source function: the instantiation run most
for f in ours:
    path = f["filenames"][0]
    regions = code(f)
    if f["count"] == 0 or not regions:
        continue
    missed = [r for r in regions if runs[(path, *r[:4])] == 0]
    key = (path, *regions[0][:2])
    if missed and (key not in functions or functions[key][3] < f["count"]):
        rel = path[len(workspace):]
        functions[key] = (len(missed), rel, f["name"], f["count"], sorted({r[0] for r in missed}))
for n, rel, *_ in functions.values():
    per_file[rel] += n
functions = list(functions.values())

if args.file is None:
    by = f", nor by {args.others}" if others else ""
    print(f"{sum(per_file.values())} regions never run in functions that ran ({args.target}{by})")
    for rel, n in per_file.most_common(args.top):
        print(f"{n:6} {rel}")
else:
    chosen = sorted((f for f in functions if args.file in f[1]), reverse=True)[: args.top]
    # Symbols are Rust v0-mangled; show them demangled when a demangler is at hand.
    demangler = shutil.which("rustfilt") or shutil.which("llvm-cxxfilt")
    names = subprocess.run([demangler], input="\n".join(f[2] for f in chosen), capture_output=True,
                           text=True).stdout.splitlines() if demangler and chosen else []
    for i, (n, rel, name, count, lines) in enumerate(chosen):
        shown = names[i] if i < len(names) and names[i] else name
        print(f"{n:4} missed, run {count} times: {rel} {shown[:120]}\n       lines {lines[:16]}")
