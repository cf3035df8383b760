#!/usr/bin/env python3
"""Fills corpus/<target>/ with seeds for the fuzz targets (git-ignored).

Binary targets get every hex example of the spec (spec/**/*.toml: the manual's
examples and the oDynamo page's). Through `cargo test`, the message targets also
get messages built from the spec with random values (dissect_json their JSON),
data_type and transaction_data the data type layouts assembled from the spec,
both also the simulator's ARQC and batch data (encrypted under its
test BDK), encrypted_container every Encryption Type in every container layout,
odynamo messages holding every data object row,
and sim_device sessions of host messages recorded from the simulator tests.
dissect_json also gets the trees of message_vs_dissect's corpus; spec_loader
each spec file behind the byte that selects its kind; overrides the files of
spec/overrides/ and entries they lack; markdown_extractor slices of the manual around its headings and
tables (../shared/manual, when present). Run from fuzz/.
"""
import os
import pathlib
import re
import subprocess
import tempfile
import tomllib
import unicodedata

import carry

root = pathlib.Path(__file__).resolve().parent
spec = root.parent / "spec"
corpus = root / "corpus"
# First the corpora earlier runs grew, on this machine or another (carry.py).
carry.load()


def put(path, data):
    """Writes a seed unless the file holds it already, so a seed's modification time
    says when its contents last changed."""
    data = data.encode() if isinstance(data, str) else data
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)


hexes = set()
for toml in spec.rglob("*.toml"):
    for m in re.finditer(r'^\s*(?:manual_)?hex\s*=\s*"([0-9A-Fa-f ]+)"', toml.read_text(), re.M):
        try:
            hexes.add(bytes.fromhex(m.group(1)))
        except ValueError:  # an odd digit count: a damaged example of the manual
            pass
for seed in (root / "seeds").iterdir():
    hexes.add(seed.read_bytes())

binary = ["tlv_iter", "tlv_node", "hid_reassembler", "slip_decoder", "envelope", "sim_device",
          "message", "encrypted_container", "odynamo", "message_vs_dissect", "view_vs_node",
          "transaction_data"]
# A byte in front for the targets whose first byte picks a mode: odynamo's the
# chunk size of its stream half, sim_device's the device configuration (0: the default).
mode_byte = {"odynamo": b"\x03", "sim_device": b"\x00"}
for target in binary:
    out = corpus / target
    out.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(sorted(hexes)):
        put(out / f"spec_{i}", mode_byte.get(target, b"") + data)

# Messages built from the spec with random values, every row or a sparse
# subset, and broken copies (tests/tests/spec_roundtrip.rs), and every data
# type layout assembled from the manual's examples or with all its rows
# (tests/tests/data_types.rs): the hex examples leave most messages' nested
# rows, the typed decoder's per-message error paths and most layouts unseen.
with tempfile.TemporaryDirectory() as generated:
    print("seed_corpus.py: building the spec's random messages and layouts (cargo test, mms-tests)...",
          flush=True)
    subprocess.run(["cargo", "test", "-q", "-p", "mms-tests", "--test", "integration", "--",
                    "spec_roundtrip::sparse_and_broken_messages_of_the_spec",
                    "data_types::layouts_read_alike_by_type_and_dissector",
                    "data_types::detail_codes_read_their_notification_data_as_their_layout",
                    # Every Encryption Type byte in every container layout.
                    "encryption_types::",
                    # Every oDynamo data object row in each message type.
                    "odynamo::every_data_object_decodes_into_its_typed_field",
                    # ARQC and batch data from the simulator, encrypted under its test BDK,
                    # and sessions of host messages (transactions, files, firmware, UI).
                    "transaction::", "device_ops::", "echo_properties_file_and_transaction"],
                   cwd=root.parent, env={**os.environ, "MMS_FUZZ_SEEDS": generated},
                   check=True, stdout=subprocess.DEVNULL)
    written = pathlib.Path(generated)
    for source, targets in [("messages", ["message", "message_vs_dissect", "sim_device"]),
                            ("json", ["dissect_json"]),
                            ("data_type", ["data_type"]),
                            ("transaction_data", ["transaction_data"]),
                            ("sim_device", ["sim_device"]),
                            ("encrypted_container", ["encrypted_container"]),
                            ("odynamo", ["odynamo"])]:
        for target in targets:
            (corpus / target).mkdir(parents=True, exist_ok=True)
            # Recorded sessions carry their configuration byte already.
            mode = mode_byte.get(target, b"") if source != "sim_device" else b""
            for seed in (written / source).iterdir():
                put(corpus / target / seed.name, mode + seed.read_bytes())

# dissect_json: the trees `mms decode --json` makes of message_vs_dissect's grown
# corpus (when there is one): envelopes without message information, other message
# types, bare TLV, items out of order, which no generated message has.
grown = corpus / "message_vs_dissect"
if grown.is_dir():
    print("seed_corpus.py: dissecting the message_vs_dissect corpus (mms decode --json)...", flush=True)
    inputs = sorted(f for f in grown.iterdir() if f.is_file() and f.stat().st_size)
    decoded = subprocess.run(["cargo", "run", "-q", "-p", "mms-cli", "--", "decode", "--json"],
                             cwd=root.parent, input="".join(f.read_bytes().hex() + "\n" for f in inputs),
                             capture_output=True, text=True)  # non-zero when some fail: expected
    trees = decoded.stdout.splitlines()
    assert len(trees) == len(inputs), decoded.stderr
    for f, tree in zip(inputs, trees):
        put(corpus / "dissect_json" / f"tree_of_{f.name}", tree)

# Every ISO 4217 numeric code (000 to 999, BCD) as the Transaction Currency Code (5F2A)
# of one input that carries it: the currency table is a match arm per row, which a
# fuzzer otherwise finds a row at a time (16e's only new regions).
# message_vs_dissect: the Start Transaction example, whose Transaction TLV (86) the
# dissector lists tag by tag; transaction_data: the currency tag alone, as EMV TLV.
carriers = {"message_vs_dissect": next(h for h in sorted(hexes) if b"\x86\x27" in h and b"\x5f\x2a\x02" in h),
            "transaction_data": bytes.fromhex("5F2A020840")}
for target, data in carriers.items():
    at = data.index(b"\x5f\x2a\x02") + 3
    for code in range(1000):
        bcd = bytes.fromhex(f"{code:04d}")
        put(corpus / target / f"currency_{code:03d}", data[:at] + bcd + data[at + 2:])


def parses(text):
    try:
        tomllib.loads(text)
        return True
    except tomllib.TOMLDecodeError:
        return False


def dictionary_chunks(text, limit=7000):
    """The EMV dictionary (`group = [` lines, one `{ ... },` entry a line, `]`) as files of
    at most `limit` bytes, each one group's array of some of its entries."""
    group, entries = None, []
    for line in text.splitlines(keepends=True):
        if line.rstrip().endswith("= ["):
            group, entries = line, []
        elif line.strip() == "]" and group is not None:
            chunk = []
            for entry in entries + [None]:
                size = len(group) + sum(map(len, chunk)) + 2
                if chunk and (entry is None or size + len(entry) > limit):
                    yield group + "".join(chunk) + "]\n"
                    chunk = []
                if entry is not None:
                    chunk.append(entry)
            group = None
        elif group is not None and line.strip().startswith("{"):
            entries.append(line)


# Order of fuzz_targets/spec_loader.rs PATHS; the target names every command
# DF01.toml, every notification 1001.toml and every data type nfc_uid.toml, and
# the loader wants the file's ID or ident to match, so the seeds get those.
kinds = ["envelopes.toml", "status.toml", "file_types.toml", "examples.toml", "commands/",
         "notifications/", "properties/", "odynamo/family.toml", "data_types/", "emv/",
         "odynamo/data_objects.toml", "odynamo/commands.toml", "odynamo/examples.toml"]
renamed = {"commands/": (r'^id = "[0-9A-Fa-f]{4}"', 'id = "DF01"'),
           "notifications/": (r'^id = "[0-9A-Fa-f]{4}"', 'id = "1001"'),
           "data_types/": (r'^ident = "\w+"', 'ident = "nfc_uid"')}
out = corpus / "spec_loader"
out.mkdir(parents=True, exist_ok=True)
for i, toml in enumerate(sorted(spec.rglob("*.toml"))):
    rel = toml.relative_to(spec).as_posix()
    pick = next((k for k, p in enumerate(kinds) if rel == p or (p.endswith("/") and rel.startswith(p))), None)
    if pick is None:
        continue
    text = toml.read_text()
    if kinds[pick] in renamed:
        pattern, line = renamed[kinds[pick]]
        text = re.sub(pattern, line, text, count=1, flags=re.M)
    if kinds[pick] == "emv/":
        # The dictionary is one array per group, longer than a seed may be: cut at 8000 bytes
        # it would not parse, and its entries would never reach their checks. Whole files
        # instead, each a run of one group's entries.
        for n, chunk in enumerate(dictionary_chunks(text)):
            put(out / f"spec_{i}_{n}", bytes([pick]) + chunk.encode())
        continue
    if len(text) > 8000:  # the start of a long file, cut at a line where it still parses
        text = text[: text.rfind("\n", 0, 8000) + 1]
        while not parses(text) and "\n" in text[:-1]:
            text = text[: text.rfind("\n", 0, len(text) - 1) + 1]
    put(out / f"spec_{i}", bytes([pick]) + text.encode())

out = corpus / "overrides"
out.mkdir(parents=True, exist_ok=True)
for toml in sorted((spec / "overrides").glob("*.toml")):
    put(out / toml.name, toml.read_bytes())
# Entries no file there has: a command and a notification override; and the
# corrections with the bytes the built-in spec (corrected already) has, so they apply.
put(out / "command_and_notification.toml",
    '[[command]]\nid = "1001"\nset = { name = "Begin" }\nreason = "r"\n\n'
    '[[notification]]\nid = "0101"\nset = { ident = "update" }\nreason = "r"\n')
corrections = (spec / "overrides" / "corrections.toml").read_text()
put(out / "corrections_applying.toml",
    re.sub(r'^manual = ".*"\nhex = (".*")$', r'manual = \1\nhex = \1', corrections, flags=re.M))

manual = root.parent.parent / "shared/manual/MMS-Dyna-Devices-Master-Programmers-Manual.md"
out = corpus / "markdown_extractor"
out.mkdir(parents=True, exist_ok=True)
if manual.exists():
    lines = manual.read_text().splitlines(keepends=True)
    starts = [i for i, l in enumerate(lines) if l.startswith("#") or "<table" in l]
    for n, i in enumerate(starts[:: max(1, len(starts) // 300)]):
        put(out / f"manual_{n}", "".join(lines[i : i + 40])[:6000])
    # Every table behind the headings above it: the extractor reads a table by the
    # section it sits in (a message format table only inside the envelope section),
    # which a slice from a heading 40 lines up rarely reaches.
    headings = []  # (level, line) of the open sections
    for i, line in enumerate(lines):
        level = len(line) - len(line.lstrip("#"))
        if 0 < level <= 6 and line[level:level + 1] == " ":
            headings = [h for h in headings if h[0] < level] + [(level, line)]
        elif re.match(r"Table \d+ - ", line):
            text = "".join(h[1] + "\n" for h in headings) + "".join(lines[i : i + 80])
            put(out / f"table_{i}", text[: text.rfind("\n", 0, 6000) + 1])
    # Two example checks no table of the manual reaches: a property OID whose remainder
    # holds a multi-byte tag, and a malformed TLV two constructed levels down.
    simple = "840F D101 8501 01 8704 02070101 8902 C100"
    table = next((p for p in sorted(out.glob("table_*")) if simple in p.read_text()), None)
    if table is not None:
        text = table.read_text()
        put(out / "example_oid_multibyte_tag", text.replace(
            simple, "8414 D101 8501 01 8704 02070101 8907 BF8105 03 9F2000", 1))
        put(out / "example_nested_error", text.replace(
            simple, simple + " A106 E104 C105 0000", 1))

# Link labels holding every code point of the blocks the case-folding table of the
# parser's dependency (unicase) has rows for: it matches a reference to its
# definition case-insensitively, through that table, a match arm per block and range
# (15b's most new regions); Python's own Unicode tables are older, so whole blocks,
# not just the characters Python folds. The parser gives up on a label past 999,
# counting each byte of a character outside ASCII: labels of at most 900 bytes.
blocks = [(0x80, 0x2CFF), (0xA640, 0xA7FF), (0xAB70, 0xABBF), (0xFB00, 0xFB1F), (0xFF20, 0xFF3F),
          (0x10400, 0x104FF), (0x10570, 0x105BF), (0x10C80, 0x10CFF), (0x10D50, 0x10D8F),
          (0x118A0, 0x118BF), (0x16E40, 0x16E5F), (0x1DF00, 0x1DFFF), (0x1E900, 0x1E93F),
          (0x3041, 0x3050)]  # and a block past the table, which folds to itself
labels = [""]
for c in (chr(n) for first, last in blocks for n in range(first, last + 1)):
    if c.isspace() or not c.isprintable() and unicodedata.category(c) != "Cn":
        continue  # whitespace ends a label's word, controls are not text
    if len((labels[-1] + c).encode()) > 900:
        labels.append("")
    labels[-1] += c
for n, label in enumerate(labels):
    put(out / f"casefold_{n}", f"# Links\n\n[{label}]: /a\n\nSee [{label.upper()}].\n")

# libFuzzer dictionaries (dicts/TARGET.dict, which plateau.py passes as -dict): the
# syntax of the text targets' languages, and for the TOML targets every key and table
# name the spec's files use, so mutations make files the loaders read further into.
dicts = root / "dicts"
dicts.mkdir(exist_ok=True)


def write_dict(name, tokens):
    escaped = ('"' + "".join(c if c.isprintable() and c < "\x7f" and c not in '"\\' else f"\\x{ord(c):02X}"
                             for c in t.encode().decode("latin-1")) + '"' for t in sorted(set(tokens)))
    put(dicts / f"{name}.dict", "".join(f"{e}\n" for e in escaped))


toml_syntax = ["=", "[", "]", "[[", "]]", "{", "}", ",", ".", "#", "\n", '"', "'", '"""', "'''",
               "\\u", "\\U", "\\n", "\\\\", "true", "false", "inf", "nan", "+inf", "-nan", "0x", "0o",
               "0b", "1_000", "1e+3", "-0.5", "1979-05-27T07:32:00Z", "1979-05-27 07:32:00.999999",
               "1979-05-27T00:32:00-07:00", "1979-05-27", "07:32:00", "07:32:00.5", "\r\n"]
keys = set()
for toml in spec.rglob("*.toml"):
    keys.update(re.findall(r"^\s*\[{1,2}\s*([\w.]+)\s*\]{1,2}", toml.read_text(), re.M))
    keys.update(re.findall(r"(?:^|[{,])\s*(\w+)\s*=", toml.read_text(), re.M))
for target in ["spec_loader", "overrides"]:
    write_dict(target, toml_syntax + sorted(keys))
write_dict("markdown_extractor", [
    "#", "## ", "### ", "\n", "\n\n", "|", "| --- |", "|:--|", "--:|", ":-:", "`", "```", "~~~", "*",
    "**", "_", "__", "[", "](", ")", "![", "]: ", "<", ">", "> ", "- ", "1. ", "\\", "&amp;", "&#x41;",
    "&nbsp;", "<!--", "-->", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>",
    "<thead>", "<tbody>", "<br>", "<br/>", "<p>", "colspan=\"2\"", "rowspan=\"2\"", "<![CDATA[",
    "<script>", "<?", "<!DOCTYPE", "Table 1 - ", "0x", "Example", "Hex"])
