"""Parses an opcit BibTeX file with bibtexparser (v2), decoding LaTeX, and
prints the entries as JSON.

usage: read_bibtex.py FILE
"""
import json
import sys

import bibtexparser
from bibtexparser.middlewares import LatexDecodingMiddleware


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    lib = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    out = {
        "failed": [str(b.raw)[:200] for b in lib.failed_blocks],
        "entries": [
            {
                "key": e.key,
                "type": e.entry_type,
                "fields": {f.key: f.value for f in e.fields},
            }
            for e in lib.entries
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
