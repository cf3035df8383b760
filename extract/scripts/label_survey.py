#!/usr/bin/env python3
"""Lists spec labels/names (and reference table cells) that look like sentences: 7+ words, a ". " inside, or a dangling last word.

Usage: python3 extract/scripts/label_survey.py [SPEC_DIR] [-v]   (needs Python 3.11+ for tomllib)
"""
import sys, re, os, glob
try:
    import tomllib
except ImportError:
    import tomli as tomllib
root = sys.argv[1] if len(sys.argv) > 1 else 'spec'
DANGLING = set("the a an to of by for in will that should are is be with and or from on at as this when if which can may must".split())
bad = []
def walk(obj, path, f):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ('label', 'name') and isinstance(v, str):
                check(v, f, path + '.' + k)
            # Reference table cells are labels too.
            if k == 'rows' and isinstance(v, list):
                for i, row in enumerate(v):
                    for j, cell in enumerate(row if isinstance(row, list) else []):
                        if isinstance(cell, str):
                            check(cell, f, f'{path}.rows[{i}][{j}]')
            walk(v, path + '.' + k, f)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            walk(v, path + f'[{i}]', f)
def check(v, f, path):
    words = v.split()
    reasons = []
    if len(words) >= 7: reasons.append('7+')
    if '. ' in v: reasons.append('dot')
    if words and words[-1].lower().strip(',') in DANGLING: reasons.append('dangling')
    if reasons:
        bad.append((f, path, v, reasons))
for f in sorted(glob.glob(root + '/**/*.toml', recursive=True)):
    if '/overrides/' in f: continue
    with open(f, 'rb') as fh:
        data = tomllib.load(fh)
    walk(data, '', f)
n7 = sum('7+' in r for *_, r in bad)
n9 = sum(len(v.split()) >= 9 for _, _, v, _ in bad)
nfrag = sum(('dot' in r or 'dangling' in r) for *_, r in bad)
if '-v' in sys.argv:
    for f, p, v, r in bad:
        print(f"{','.join(r):14} {os.path.relpath(f, root)}: {p}: {v}")
print(f"flagged={len(bad)} words7+={n7} words9+={n9} fragments(dot/dangling)={nfrag}")
