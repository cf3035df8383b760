#!/usr/bin/env python3
"""Carries grown corpora from one machine to the next.

    python3 carry.py save TARGET...   # minimize corpus/TARGET/ and pack it as carried/TARGET.tar.xz
    python3 carry.py load             # unpack every carried/*.tar.xz into corpus/ (seed_corpus.py does)

corpus/ is git-ignored and a new machine starts without it, so the corpus a run
grows is lost with the machine, and a target whose plateau takes more than one
session's runs (RELIABILITY.md: a run on the corpus earlier runs left) would start
from its seeds every time. `save` first minimizes the corpus in place (`cargo fuzz
cmin`: the fewest inputs that keep every feature, named by their SHA-1), so run it
when no fuzzer is running on the target, then packs it. The archive keeps each
input's modification time (the minimization's), older than any later run, so
`frontier.py --since` after that run still tells the carried inputs from the new
ones. `load` never overwrites an input that is there already. Run from fuzz/.
"""
import pathlib
import subprocess
import sys
import tarfile

root = pathlib.Path(__file__).resolve().parent
carried = root / "carried"
corpus = root / "corpus"
# Targets whose corpus grows from slices of the manual, which must never be committed:
# seed_corpus.py gives them those slices again from ../shared on each machine.
MANUAL_TEXT = {"markdown_extractor"}


def save(target):
    if target in MANUAL_TEXT:
        sys.exit(f"carry.py: corpus/{target}/ holds the manual's text, which is not committed")
    source = corpus / target
    if not source.is_dir():
        sys.exit(f"carry.py: no corpus/{target}/ to save")
    before = sum(1 for _ in source.iterdir())
    subprocess.run(["cargo", "+nightly", "fuzz", "cmin", "-s", "none", target, str(source)],
                   cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    files = sorted(f for f in source.iterdir() if f.is_file())
    carried.mkdir(exist_ok=True)
    archive = carried / f"{target}.tar.xz"
    with tarfile.open(archive, "w:xz", preset=9) as tar:
        for f in files:
            info = tar.gettarinfo(f, arcname=f.name)
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            with f.open("rb") as data:
                tar.addfile(info, data)
    print(f"carry.py: {target}: {before} inputs, {len(files)} after cmin, "
          f"{sum(f.stat().st_size for f in files)} bytes, {archive.stat().st_size} packed")


def load():
    for archive in sorted(carried.glob("*.tar.xz")):
        target = archive.name.removesuffix(".tar.xz")
        out = corpus / target
        out.mkdir(parents=True, exist_ok=True)
        added = 0
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                # Plain files only, by name alone: nothing outside corpus/TARGET/.
                if member.isfile() and "/" not in member.name and not (out / member.name).exists():
                    tar.extract(member, out, filter="data")
                    added += 1
        print(f"carry.py: {target}: {added} carried inputs unpacked", flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["load"] and len(sys.argv) == 2:
        load()
    elif sys.argv[1:2] == ["save"] and len(sys.argv) > 2:
        for name in sys.argv[2:]:
            save(name)
    else:
        sys.exit(__doc__)
