#!/usr/bin/env bash
# Builds the fuzz seed corpora from fixtures/ into fuzz/corpus/<target>/.
#
#   bash fuzz/seed-corpora.sh                        # from the repository root or fuzz/
#   bash fuzz/seed-corpora.sh fuzz/corpus-smoke 300  # at most 300 seeds per target
#
# The corpora are generated, not committed (fuzz/corpus/ is ignored): whole
# papers and 40-line windows of them for the document-level targets, single
# lines for the line-level ones, label-less note lines for `note_items`.
# Files are named by content hash, so running it twice adds nothing. With a
# limit, each target keeps an even sample of its seeds (every k-th by hash),
# so a short run still sees every kind of input. The
# work is done in one Python process: a shell loop forked several programs
# per line of every fixture and took minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - fixtures "${1:-fuzz/corpus}" "${2:-0}" <<'PY'
import hashlib
import os
import re
import sys

fixtures, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
# Note text without its label, as `analyze` hands it over.
LABEL = re.compile(rb"^\s*(- )?(\[\^)?[0-9]{1,4}[).:\]]+:?\s*")
seeds = {}


def seed(target, prefix, content):
    """Stores one seed; `prefix` is the format selector byte the `segment`
    and `pipeline` targets read first."""
    data = prefix + content
    if data:
        seeds.setdefault(target, {})[hashlib.sha1(data).hexdigest()] = data


def first_chars(line, n):
    try:
        return line.decode("utf-8")[:n].encode("utf-8")
    except UnicodeDecodeError:
        return line[:n]


# Every paper under fixtures/, subdirectories included, in a stable order.
paths = sorted(
    os.path.join(root, name)
    for root, _, names in os.walk(fixtures)
    for name in names
)
for path in paths:
    with open(path, "rb") as f:
        text = f.read()
    if path.endswith(".md"):
        sel = b"\x02"
    elif path.endswith((".html", ".htm")):
        sel = b"\x03"
    else:
        sel = b"\x00"
    seed("pipeline", sel, text)
    seed("segment", sel, text)
    seed("render", b"", text)
    lines = text.splitlines(keepends=True)
    for start in range(0, len(lines), 40):
        window = b"".join(lines[start : start + 40])
        seed("pipeline", sel, window)
        seed("segment", sel, window)
        seed("render", b"", window)
    for line in text.split(b"\n"):
        if not line.replace(b" ", b""):
            continue
        seed("marker", b"", line)
        seed("dates", b"", line)
        seed("reference", b"", line)
        seed("names", b"", first_chars(line, 120))
        seed("note_items", b"", LABEL.sub(b"", line, count=1))
for target, found in sorted(seeds.items()):
    names = sorted(found)
    if 0 < limit < len(names):
        step = -(-len(names) // limit)
        names = names[::step]
    folder = os.path.join(out, target)
    os.makedirs(folder, exist_ok=True)
    for name in names:
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            with open(path, "wb") as f:
                f.write(found[name])
    print(f"{len(os.listdir(os.path.join(out, target)))} seeds in {out}/{target}")
PY
