#!/usr/bin/env python3
"""Runs fuzz targets one at a time until coverage stops growing.

    python3 plateau.py [--quiet SECS] [--min SECS] [--max SECS] [--fork N] [--rate PCT]
                       [--flag=-LIBFUZZER_FLAG ...] TARGET...

Each target runs under `nice -n NICE` (19 by default), its scheduling group
(Linux autogroup: the fuzzer runs in a session of its own) at the same nice
value, with one job (`cargo
+nightly fuzz run -s none TARGET corpus/TARGET [seeds]`), or N at once with --fork N
(libFuzzer's fork mode: N processes, their finds merged into one corpus), until its `ft:`
(features) figure has not grown for --quiet seconds and for as many executions
again as it took to reach its last growth (after at least --min seconds), or
--max seconds have passed. The execution rule keeps a loaded machine, where a
target runs slowly, from passing for a plateau. Prints one line per target: time run, executions, `cov:`, `ft:`,
corpus size, whether it plateaued, and any crash artifact. Run from fuzz/
after `python3 seed_corpus.py`, which also writes dicts/TARGET.dict for the text
targets (their languages' syntax, the spec's keys); a target that has one runs with it.

With --rate PCT a target also counts as at its plateau once, after --min seconds,
its edges (`cov:`) grew by less than PCT per cent over the last doubling of
executions (from half the executions to now): a target whose finds have thinned
to a trickle but not stopped, so the strict rule above would wait ever longer.
Features are edges times hit-count buckets (a branch taken 8 times rather than 4
is a new one), which keep growing as inputs loop more after the code reached has
stopped growing; so the rate counts edges (until the fifteenth run it counted
features; see ../RELIABILITY.md). Pair it with `frontier.py --since`, which shows
whether the run reached any source region the corpus before it had not.
"""
import argparse
import bisect
import os
import queue
import signal
import threading
import re
import subprocess
import sys
import time

# `#N NEW cov: ...` from one job, `#N: cov: ...` (totals of all jobs) in fork mode.
STAT = re.compile(r"#(\d+):?\s+(?:\w+\s+)?cov: (\d+) ft: (\d+) corp: (\d+)")

parser = argparse.ArgumentParser()
parser.add_argument("--quiet", type=float, default=90)
parser.add_argument("--min", type=float, default=120)
parser.add_argument("--max", type=float, default=480)
parser.add_argument("--nice", type=int, default=19)
parser.add_argument("--fork", type=int, default=1)
parser.add_argument("--rate", type=float, default=None)
parser.add_argument("--flag", action="append", default=[],
                    help="a libFuzzer flag passed on as is, e.g. --flag=-len_control=0")
parser.add_argument("targets", nargs="+")
args = parser.parse_args()

def doubling_growth(execs, figures):
    """Per cent growth of a figure from half the executions to now; None before that is
    known."""
    if not execs or execs[0] > execs[-1] // 2:
        return None
    half = figures[bisect.bisect_right(execs, execs[-1] // 2) - 1]
    return 100 * (figures[-1] - half) / max(half, 1)


for target in args.targets:
    os.makedirs(f"corpus/{target}", exist_ok=True)  # seed_corpus.py fills only some
    dirs = [f"corpus/{target}"] + (["seeds_json"] if target == "dissect_json" else [])
    # The text targets' dictionaries, from seed_corpus.py.
    dictionary = [f"-dict=dicts/{target}.dict"] if os.path.isfile(f"dicts/{target}.dict") else []
    cmd = ["nice", "-n", str(args.nice), "cargo", "+nightly", "fuzz", "run", "-s", "none", target, *dirs,
           "--", f"-max_total_time={int(args.max)}", "-rss_limit_mb=2048",
           "-timeout=10", "-print_final_stats=1", *dictionary, *args.flag] + ([f"-fork={args.fork}"] if args.fork > 1 else [])
    log = open(f"/tmp/fuzz_{target}.log", "w")
    # Its own process group: stopping it stops cargo, cargo-fuzz and the fuzzer.
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    # A new session is a new autogroup, scheduled against other groups by the group's own
    # nice value, not the process's: without this, `nice -n` changes nothing against other
    # sessions' work.
    try:
        with open(f"/proc/{proc.pid}/autogroup", "w") as group:
            group.write(str(args.nice))
    except OSError:
        pass
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in proc.stdout] + [lines.put(None)],
                     daemon=True).start()
    start = None
    last = (0, 0, 0, 0)
    grew = None
    grew_at = 0  # executions when ft last grew
    history = ([], [], [])  # executions, cov and ft at each line with figures, in order
    plateau = ""  # the rule that found the plateau
    crash = ""
    while True:
        try:
            line = lines.get(timeout=5)
        except queue.Empty:
            line = ""
        if line is None:
            break
        log.write(line)
        log.flush()  # fork mode prints a line a job: show progress as it comes
        now = time.monotonic()
        if "panicked" in line or "ERROR: libFuzzer" in line or "Test unit written to" in line:
            crash += line.strip() + " | "
        m = STAT.search(line)
        if m:
            start = start or now
            stats = tuple(int(x) for x in m.groups())
            if grew is None or stats[2] > last[2] or stats[1] > last[1]:
                grew = now
                grew_at = stats[0]
            last = stats
            for column, figure in zip(history, stats):
                column.append(figure)
        if start and now - start >= args.min:
            if now - grew >= args.quiet and last[0] >= 2 * grew_at:
                plateau = "plateau"
            elif args.rate is not None:
                growth = doubling_growth(history[0], history[1])  # once --min has passed
                if growth is not None and growth < args.rate:
                    plateau = f"plateau by --rate {args.rate}"
        if plateau:
            os.killpg(proc.pid, signal.SIGINT)
            for rest in iter(lines.get, None):
                log.write(rest)
            break
    proc.wait()
    elapsed = time.monotonic() - (start or time.monotonic())
    print(f"{target}: {elapsed:.0f} s, {last[0]} execs, cov: {last[1]} ft: {last[2]} corp: {last[3]}, "
          f"{plateau or ('stopped at max' if not crash else 'CRASH')} "
          f"(ft flat for {time.monotonic() - (grew or time.monotonic()):.0f} s, "
          f"over the last doubling cov +{doubling_growth(history[0], history[1]) or 0:.2f} % "
          f"and ft +{doubling_growth(history[0], history[2]) or 0:.2f} %) {crash}", flush=True)
    log.close()
